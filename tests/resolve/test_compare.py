"""Figure comparison and denials: indefinite and vague amounts, ambiguous units by size (invented)."""
from __future__ import annotations

import pytest

from claimgraph.model import Quantity
from claimgraph.resolve.compare import compare_figures
from claimgraph.resolve.features import figure_of, stem

from .world import World, links_between


def _fig(context=("deploy",), **q):
    return figure_of(Quantity(**q), [stem(w) for w in context])


@pytest.mark.parametrize("x, y, expected", [
    # "several" says some, not how many: never equal to a count, never in conflict with one
    (dict(value=3, low=3, high=9, bound="vague", unit="drones", text="several drones"),
     dict(value=3, unit="drones"), "consistent"),
    (dict(value=3, low=3, high=9, bound="vague", unit="drones", text="several drones"),
     dict(value=20, unit="drones"), None),
    # a vague order of magnitude allows a count in its range, it does not equal it
    (dict(value=200, low=200, high=999, bound="vague", unit="mercenaries", text="hundreds of mercenaries"),
     dict(value=200, unit="mercenaries"), "consistent"),
    (dict(value=200, low=200, high=999, bound="vague", unit="mercenaries", text="hundreds of mercenaries"),
     dict(value=200, low=200, high=999, bound="vague", unit="mercenaries", text="hundreds of mercenaries"), "equal"),
])
def test_compare_indefinite_and_vague_amounts(x, y, expected):
    got = compare_figures(_fig(**x), _fig(**y))
    assert (got[0] if got else None) == expected, got


@pytest.mark.parametrize("value, family", [(8, "aircraft"), (1200, "combatants")])
def test_figure_ambiguous_unit_too_large_for_aircraft(value, family):
    # the context speaks of pilots and jets, but 1,200 "fighters" are men
    f = figure_of(Quantity(value=value, unit="fighters", text=f"{value} fighters"), [stem("pilots"), stem("jets")],
                  f"pilots flew the jets for the Dorn Group, which has {value} fighters in the valley")
    assert f.families == frozenset({family}), f.families


EXCHANGE = ("Bordurian foreign minister Petr Kral again denied that his government had sent weapons to the "
            "Northern Front. Talks resumed on Monday. Syldavian general Ana Vos accused Borduria of hiding "
            "behind a private company.")


def test_crosscheck_accusation_answering_a_denial_contradicts():
    w = World()
    w.article("x", EXCHANGE, outlet="Vela Post", published="2031-02-01")
    den = w.claim("x", EXCHANGE.split(". ")[0] + ".", content="that his government had sent weapons to the "
                  "Northern Front", speaker="petr-kral", stance="denies", speech_type="REJECT", type="AID",
                  subject="petr-kral", object="northern-front")
    acc = w.claim("x", "Syldavian general Ana Vos accused Borduria of hiding behind a private company.",
                  content="hiding behind a private company", speaker="ana-vos", speech_type="ACCUSE",
                  subject="borduria")
    links, _, _ = w.run()
    hit = links_between(links, den, acc, "contradicts")
    assert hit and "exchanged in one article" in hit[0].reason


def test_crosscheck_accusation_by_the_deniers_own_side_is_no_exchange():
    w = World()
    text = ("Petr Kral denied that his government had sent weapons to the Northern Front. "
            "The Bordurian Defence Ministry accused Syldavia of lying.")
    w.article("y", text, outlet="Vela Post", published="2031-02-01")
    den = w.claim("y", text.split(". ")[0] + ".", content="that his government had sent weapons to the Northern "
                  "Front", speaker="petr-kral", stance="denies", speech_type="REJECT")
    acc = w.claim("y", "The Bordurian Defence Ministry accused Syldavia of lying.", content="lying",
                  speaker="borduria-defence", speech_type="ACCUSE", subject="syldavia")
    links, _, _ = w.run()
    assert not links_between(links, den, acc, "contradicts")


def test_crosscheck_denial_naming_its_own_side_meets_the_accusation():
    w = World()
    text = ("Fighters of the Northern Front shelled the market in Port Vela on Sunday, killing at least nine "
            "people, hospital officials said. Talks were due on Monday. The city was calm on Tuesday. "
            "Mara Tesh denied that the group had fired on civilians.")
    w.article("o", text, outlet="Vela Post", published="2031-06-02")
    acc = w.claim("o", text.split(". ")[0] + ".", content="Fighters of the Northern Front shelled the market in "
                  "Port Vela on Sunday, killing at least nine people", type="ASSAULT", subject="northern-front",
                  object="port-vela", value=9, bound="at_least", unit="people killed",
                  qty_text="at least nine people")
    den = w.claim("o", "Mara Tesh denied that the group had fired on civilians.", content="that the group had "
                  "fired on civilians", speaker="mara-tesh", stance="denies", speech_type="REJECT")
    links, _, _ = w.run()
    hit = links_between(links, acc, den, "contradicts")
    assert hit and "Northern Front named in both" in hit[0].reason


@pytest.mark.parametrize("content, arming", [
    ("Borduria armed the Northern Front", True),
    ("Borduria armed them with rockets", True),
    ("the armed formations of the Northern Front shelled Port Vela", False),
    ("armed men entered Port Vela", False),
])
def test_views_armed_is_arming_only_as_a_verb(content, arming):
    from claimgraph.resolve.features import ActorIndex, build_views

    w = World()
    w.article("v", content + ".", outlet="Vela Post", published="2031-06-02")
    w.claim("v", content + ".", content=content)
    view = build_views(w.claims, ActorIndex(w.actors), w.documents)[0]
    assert ("~arming" in view.tokens) == arming, view.tokens


def test_views_a_figure_read_from_the_count_before_brings_its_unit_words():
    from claimgraph.resolve.features import ActorIndex, build_views

    w = World()
    text = "The services put the figure at some 150."
    w.article("u", text, outlet="Vela Post", published="2031-06-02")
    w.claim("u", text, content="the figure at some 150", speaker="borduria-defence", value=150, bound="approx",
            unit="foreign contractors", qty_text="some 150")
    view = build_views(w.claims, ActorIndex(w.actors), w.documents)[0]
    assert "~mercenary" in view.tokens and "foreign" in view.tokens, view.tokens
