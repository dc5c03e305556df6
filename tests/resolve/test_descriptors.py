"""Descriptors an article could not place ("federal troops" where it never gives the state's federal name, "the
rebels" where it names no movement) take the corpus's one federal state or movement, when the article names a state
tied to it; two candidates, or an unrelated article, leave them alone. Mentions built by hand (no model).

All names here are invented for the tests.
"""
from __future__ import annotations

import pytest

from claimgraph.extract.descriptors import FEDERAL, MOVEMENT, SHAPE
from claimgraph.model import Mention
from claimgraph.resolve.actors import resolve_actors


def mention(doc, n, name, kind="country", *, key=None, kb_id=None, affiliation=None):
    return Mention(id=f"{doc}:m{n}", doc=doc, start=n * 10, end=n * 10 + len(name), text=name, name=name,
                   kind=kind, local_key=key or name, kb_id=kb_id, affiliation=affiliation)


def federal_article(doc="d1", state="Kessaria"):
    """An article that names the federal state by its formal name."""
    return [mention(doc, 0, f"Federal Republic of {state}", key=state), mention(doc, 1, state, key=state)]


def federal_troops(doc, n=5):
    return mention(doc, n, "federal troops", key=FEDERAL, kb_id=SHAPE)


def federal_government(doc, n=6):
    return mention(doc, n, "the federal government", "government", key=f"government ({FEDERAL})", kb_id=SHAPE,
                   affiliation=FEDERAL)


def federal_ministry(doc, n=7):
    return mention(doc, n, "defence ministry", "organization", key=f"defence ministry ({FEDERAL})",
                   kb_id="inst:defence-ministry", affiliation=FEDERAL)


def actor(actors, ma, mid):
    return next(a for a in actors if a.id == ma[mid])


@pytest.mark.parametrize("placeholder", [federal_troops, federal_government, federal_ministry])
def test_descriptors_federal_placeholder_takes_the_corpus_federal_state(placeholder):
    ms = federal_article("d1") + [mention("d2", 0, "Kessaria"), mention("d2", 1, "Belmark"), placeholder("d2")]
    actors, ma, _ = resolve_actors(ms)
    state = ma["d1:m1"]
    got = actor(actors, ma, "d2:m" + placeholder("d2").id.split(":m")[1])
    assert got.id == state or got.country == state
    assert got.id != ma["d2:m1"] and got.country != ma["d2:m1"]       # never the other state named beside it


def test_descriptors_federal_government_meets_the_states_government():
    ms = federal_article("d1") + [mention("d1", 2, "the government of Kessaria", "government",
                                          key="government (Kessaria)", affiliation="Kessaria"),
                                  mention("d2", 0, "Kessaria"), federal_government("d2")]
    actors, ma, _ = resolve_actors(ms)
    assert ma["d2:m6"] == ma["d1:m2"]


@pytest.mark.parametrize("corpus", [
    # the placeholder's article does not name the federal state: another story's "federal"
    federal_article("d1") + [mention("d2", 0, "Belmark"), federal_troops("d2")],
    # two federal states in the corpus: no guess
    federal_article("d1") + federal_article("d3", "Ostmark") +
    [mention("d2", 0, "Kessaria"), mention("d2", 1, "Ostmark"), federal_troops("d2")],
    # no federal state at all
    [mention("d1", 0, "Kessaria"), mention("d2", 0, "Kessaria"), federal_troops("d2")],
])
def test_descriptors_federal_placeholder_look_alikes_stay_apart(corpus):
    actors, ma, _ = resolve_actors(corpus)
    troops = actor(actors, ma, "d2:m5")
    assert all(troops.id != ma[m.id] for m in corpus if m.kind == "country" and m.id != "d2:m5")


def movement_article(doc="d1"):
    return [mention(doc, 0, "Kessaria"), mention(doc, 1, "Dravan Liberation Front", "armed_group")]


def rebels(doc, n=5):
    return mention(doc, n, "the rebels", "armed_group", key=MOVEMENT, kb_id=SHAPE)


def test_descriptors_movement_placeholder_takes_the_corpus_movement():
    ms = movement_article("d1") + [mention("d2", 0, "Kessaria"), rebels("d2")]
    actors, ma, _ = resolve_actors(ms)
    assert ma["d2:m5"] == ma["d1:m1"]


@pytest.mark.parametrize("corpus", [
    # the article names no state the movement's articles name
    movement_article("d1") + [mention("d2", 0, "Belmark"), rebels("d2")],
    # two movements
    movement_article("d1") + [mention("d3", 0, "Kessaria"), mention("d3", 1, "Northern Resistance Movement",
                                                                       "organization"),
                              mention("d2", 0, "Kessaria"), rebels("d2")],
])
def test_descriptors_movement_placeholder_look_alikes_stay_apart(corpus):
    actors, ma, _ = resolve_actors(corpus)
    assert all(ma["d2:m5"] != ma[m.id] for m in corpus if m.id != "d2:m5")


def test_descriptors_government_spelt_two_ways_is_one():
    ms = [mention("d1", 0, "Kessaria"), mention("d1", 1, "the Kessarian government", "government",
                                                 key="government (Kessaria)", affiliation="Kessaria"),
          mention("d2", 0, "Kessariya"), mention("d2", 1, "the government of Kessariya", "government",
                                                  key="government (Kessariya)", affiliation="Kessariya")]
    actors, ma, _ = resolve_actors(ms)
    assert ma["d1:m1"] == ma["d2:m1"]
    assert ma["d1:m0"] != ma["d1:m1"]


def test_descriptors_unplaced_placeholders_are_the_phrase_of_no_state():
    ms = [mention("d2", 0, "Belmark"), federal_troops("d2"), federal_government("d2"), federal_ministry("d2"),
          rebels("d2", 8)]
    actors, ma, _ = resolve_actors(ms)
    placed = [actor(actors, ma, f"d2:m{n}") for n in (5, 6, 7, 8)]
    assert not [a for a in actors if FEDERAL in a.name or MOVEMENT in a.name or FEDERAL in (a.country or "")]
    assert all(a.kind != "country" and a.country is None for a in placed)
    assert actor(actors, ma, "d2:m5").name == "federal troops"
