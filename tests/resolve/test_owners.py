"""Counts of one force's people under different unit nouns, and counts of two forces (owners.py).

Invented articles: a company's contractors counted by peacekeepers, its state's "no more than
80 instructors", a leaked memo's "personnel", and soldiers of another state at the same place.
"""
from __future__ import annotations

import pytest

from claimgraph.model import Actor, Quantity
from claimgraph.resolve.actor_index import ActorIndex
from claimgraph.resolve.owners import figure_owners, owners_meet, stated_nationality

from .world import ACTORS, World, links_between

KORVA = Actor(id="korva-group", name="Korva Group", kind="organization", aliases=["Korva Group"])
SABLE = Actor(id="sable-company", name="Sable Company", kind="organization", aliases=["Sable Company"])
KORVA_WORD = Actor(id="korva", name="Korva", kind="place", aliases=["Korva"])   # a bare name mis-typed
WORLD_ACTORS = [*ACTORS, KORVA, SABLE, KORVA_WORD]

COUNT = "Peacekeepers counted about 600 contractors of the Korva Group around Port Vela, the UN said."
WHO = "The Korva Group is a Bordurian private military company."
STATE = "No more than 80 Bordurian instructors are in Ruritania, the Bordurian Defence Ministry said."
MEMO = "A leaked memo seen by the Daily Courant counts roughly 600 Korva personnel around Port Vela."
OTHER = "The Syldavian army said 900 soldiers from Syldavia were stationed around Port Vela."


def _count(w: World):
    w.article("k1", f"{COUNT} {WHO}", outlet="Vela Post", published="2031-05-06")
    w.claim("k1", WHO, speaker=None)
    return w.claim("k1", COUNT, content="about 600 contractors of the Korva Group around Port Vela", speaker="un",
                   speaker_text="the UN", value=600, bound="approx", unit="contractors",
                   qty_text="about 600 contractors")


def test_owners_upper_bound_of_the_companys_state_contradicts_a_count_of_its_contractors():
    w = World(WORLD_ACTORS)
    a = _count(w)
    w.article("k2", STATE, outlet="Harbour Times", published="2031-05-07")
    b = w.claim("k2", STATE, content="No more than 80 Bordurian instructors are in Ruritania",
                speaker="borduria-defence", value=80, bound="at_most", unit="Bordurian instructors",
                qty_text="No more than 80 Bordurian instructors")
    links, _, _ = w.run()
    hits = links_between(links, a, b, "contradicts")
    assert hits and "counts of one force" in hits[0].reason, links


def test_owners_other_unit_noun_for_the_same_company_corroborates():
    w = World(WORLD_ACTORS)
    a = _count(w)
    w.article("k3", MEMO, outlet="Daily Courant", published="2031-05-08")
    b = w.claim("k3", MEMO, content="roughly 600 Korva personnel around Port Vela", speaker_text="A leaked memo",
                value=600, bound="approx", unit="Korva personnel", qty_text="roughly 600 Korva personnel")
    links, _, _ = w.run()
    assert links_between(links, a, b, "corroborates"), links


def test_owners_counts_of_two_forces_at_one_place_are_not_compared():
    w = World(WORLD_ACTORS)
    a = _count(w)
    w.article("k4", OTHER, outlet="Harbour Times", published="2031-05-07")
    b = w.claim("k4", OTHER, content="900 soldiers from Syldavia were stationed around Port Vela",
                speaker="syldavia", speaker_text="The Syldavian army", value=900, unit="soldiers",
                qty_text="900 soldiers")
    links, _, _ = w.run()
    assert not links_between(links, a, b), links


@pytest.fixture(scope="module")
def idx():
    return ActorIndex(WORLD_ACTORS)


@pytest.mark.parametrize("content, qtext, owners", [
    ("about 600 contractors of the Korva Group near the river", "about 600 contractors", {"korva-group"}),
    ("roughly 600 Korva personnel", "roughly 600 Korva personnel", {"korva-group"}),     # a bare name of the group
    ("no more than 80 Bordurian instructors", "no more than 80 Bordurian instructors", {"borduria"}),
    ("900 soldiers from Syldavia and 600 from Ruritania", "900 soldiers", {"syldavia", "ruritania"}),
    # places are where, not whose
    ("600 contractors in Port Vela", "600 contractors", set()),
    ("600 contractors, said the Korva Group", "600 contractors", set()),
])
def test_owners_figure_owners(idx, content, qtext, owners):
    q = Quantity(value=1, unit="", text=qtext)
    assert set(figure_owners(q, {"combatants"}, content, idx)) == owners


def test_owners_only_counts_of_people_and_equipment_have_owners(idx):
    q = Quantity(value=8, unit="tonnes", text="eight tonnes")
    assert not figure_owners(q, {"weight"}, "eight tonnes of Syldavia", idx)
    q = Quantity(value=8, unit="jets", text="eight jets")
    assert figure_owners(q, {"aircraft"}, "eight jets of Syldavia", idx) == {"syldavia"}


@pytest.mark.parametrize("sentence, pairs", [
    ("The Korva Group is a Bordurian private military company.", {("korva-group", "borduria")}),
    ("The Korva Group, a Bordurian company, denied it.", {("korva-group", "borduria")}),
    ("Fighters of the Bordurian firm Sable Company were seen.", {("sable-company", "borduria")}),
    # look-alikes: no company word, or the group is not the one described
    ("The Korva Group attacked a Bordurian convoy.", set()),
    ("The Korva Group said a Bordurian company was involved.", set()),
])
def test_owners_stated_nationality(idx, sentence, pairs):
    assert set(stated_nationality(sentence, idx)) == pairs


def test_owners_meet(idx):
    assert owners_meet(frozenset({"korva-group", "borduria"}), frozenset({"borduria"}), idx) == 1
    assert owners_meet(frozenset({"korva-group"}), frozenset({"sable-company"}), idx) == -1
    assert owners_meet(frozenset({"syldavia"}), frozenset({"borduria"}), idx) == -1
    assert owners_meet(frozenset({"korva-group"}), frozenset({"borduria"}), idx) == 0   # nationality unknown
    assert owners_meet(frozenset(), frozenset({"borduria"}), idx) == 0


def test_owners_a_company_country_from_resolution_counts_as_stated():
    korva = Actor(id="korva-group", name="Korva Group", kind="organization", country="borduria",
                  aliases=["Korva Group"])
    w = World([*ACTORS, korva])
    w.article("k1", COUNT, outlet="Vela Post", published="2031-05-06")       # no sentence says where it is from
    a = w.claim("k1", COUNT, content="about 600 contractors of the Korva Group around Port Vela", speaker="un",
                speaker_text="the UN", value=600, bound="approx", unit="contractors", qty_text="about 600 contractors")
    w.article("k2", STATE, outlet="Harbour Times", published="2031-05-07")
    b = w.claim("k2", STATE, content="No more than 80 Bordurian instructors are in Ruritania",
                speaker="borduria-defence", value=80, bound="at_most", unit="Bordurian instructors",
                qty_text="No more than 80 Bordurian instructors")
    links, _, _ = w.run()
    assert links_between(links, a, b, "contradicts"), links


@pytest.mark.parametrize("sentence, pairs", [
    ("Fighters of the Bordurian-backed Sable Company were seen.", {("sable-company", "borduria")}),
    ("The Syldavian army fought the Sable Company.", set()),        # a state's army fighting a company
])
def test_owners_stated_nationality_by_a_compound(idx, sentence, pairs):
    assert set(stated_nationality(sentence, idx)) == pairs
