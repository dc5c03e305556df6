"""Cross-checking across outlets that phrase one event differently (invented articles).

Each test pins a general failure seen on unseen text: figures that disagree across two
articles (one undated), an assertion and the accused's denial in another outlet, a figure
against a sum of parts, a spelled-out bound, and an undated lower bound below a higher tally.
"""
from __future__ import annotations

import pytest

from claimgraph.resolve.features import classify_unit, stem, words

from .world import World, links_between

SHELL_A = ("Grey Legion gunners fired twelve rockets at the Port Vela refinery on Monday, "
           "the Ruritanian army said.")
SHELL_B = "Residents of Port Vela told the Daily Courant they had counted 30 rockets hitting the refinery."


def test_crosscheck_figures_across_documents_contradict_when_one_is_undated():
    w = World()
    w.article("s1", SHELL_A, outlet="Vela Post", published="2031-05-06")
    w.article("s2", SHELL_B, outlet="Daily Courant")
    a = w.claim("s1", SHELL_A, content="Grey Legion gunners fired twelve rockets at the Port Vela refinery on Monday",
                speaker="ruritania", speaker_text="the Ruritanian army", type="ASSAULT", subject="grey-legion",
                object="port-vela", value=12, unit="rockets", qty_text="twelve rockets", location="Port Vela")
    b = w.claim("s2", SHELL_B, content="they had counted 30 rockets hitting the refinery", speaker_text="Residents",
                value=30, unit="rockets", qty_text="30 rockets", location="Port Vela")
    links, _, _ = w.run()
    assert links_between(links, a, b, "contradicts"), links


SHELLED = "Syldavia said Bordurian artillery shelled the villages around Port Vela overnight."
DENIED = "Petr Kral denied on Thursday that Borduria had shelled any village near Port Vela."


GERUND = "Petr Kral denied shelling Port Vela."


@pytest.mark.parametrize("sentence, content, event, published", [
    (DENIED, "Borduria had shelled any village near Port Vela",
     dict(type="ASSAULT", subject="borduria", negated=True, location="Port Vela"), "2031-05-07"),
    (DENIED, "Borduria had shelled any village near Port Vela", {}, None),
    # "X denied shelling Y": the extractor may leave the denied act without doer or type
    (GERUND, "shelling Port Vela", dict(type="ASSAULT", subject="borduria", object="port-vela"), None),
    (GERUND, "shelling Port Vela", {}, "2031-05-07"),
    (GERUND, "shelling Port Vela", {}, None),
])
def test_crosscheck_assertion_and_denial_in_two_outlets_contradict(sentence, content, event, published):
    w = World()
    w.article("d1", SHELLED, outlet="Vela Post", published="2031-05-06")
    w.article("d2", sentence, outlet="Harbour Times", published=published)
    a = w.claim("d1", SHELLED, content="Bordurian artillery shelled the villages around Port Vela overnight",
                speaker="syldavia", type="ASSAULT", subject="borduria", location="Port Vela")
    d = w.claim("d2", sentence, content=content, speaker="petr-kral", stance="denies", speech_type="REJECT", **event)
    links, _, _ = w.run()
    assert links_between(links, a, d, "contradicts"), links


GUNS_A = "Borduria delivered eight howitzers to the Grey Legion in Port Vela, Syldavian officials said."
GUNS_B = ("Five howitzers and three mortars reached Grey Legion positions in Port Vela from Borduria, "
          "a UN panel found.")


def test_crosscheck_single_figure_agrees_with_a_sum_of_parts_across_documents():
    w = World()
    w.article("g1", GUNS_A, outlet="Vela Post", published="2031-05-06")
    w.article("g2", GUNS_B, outlet="Harbour Times", published="2031-05-09")
    a = w.claim("g1", GUNS_A, content="Borduria delivered eight howitzers to the Grey Legion in Port Vela",
                speaker="syldavia", type="AID", subject="borduria", object="grey-legion", value=8, unit="howitzers",
                qty_text="eight howitzers", location="Port Vela")
    b = w.claim("g2", GUNS_B, content=GUNS_B.split(", a UN")[0], speaker="un", speaker_text="a UN panel",
                parts=[(5, "howitzers"), (3, "mortars")], unit="howitzers and mortars",
                qty_text="Five howitzers and three mortars", location="Port Vela")
    links, _, _ = w.run()
    assert links_between(links, a, b, "corroborates"), links
    assert not links_between(links, a, b, "contradicts")


FORTY_A = "At least forty people were killed when the market in Port Vela was bombed, medics said."
FORTY_B = "The Ruritanian health ministry put the death toll from the Port Vela market bombing at 40."


def test_crosscheck_spelled_out_lower_bound_agrees_with_its_number():
    w = World()
    w.article("f1", FORTY_A, outlet="Vela Post", published="2031-05-06")
    w.article("f2", FORTY_B, outlet="Harbour Times", published="2031-05-06")
    a = w.claim("f1", FORTY_A, content="At least forty people were killed when the market in Port Vela was bombed",
                speaker_text="medics", value=40, bound="at_least", unit="people", qty_text="At least forty people",
                location="Port Vela")
    b = w.claim("f2", FORTY_B, content="the death toll from the Port Vela market bombing at 40",
                speaker="ruritania", speaker_text="The Ruritanian health ministry", value=40, unit="",
                qty_text="40", location="Port Vela")
    links, _, _ = w.run()
    assert links_between(links, a, b, "corroborates"), links


FLOOR_U = "At least 30 people died in the collapse of the Port Vela dam, rescuers said."
TOLL_D = "The Port Vela dam collapse killed 52 people, the Ruritanian government said on Friday."


@pytest.mark.parametrize("floor_day, toll_day", [
    (None, "2031-05-09"),             # the floor undated: neither earlier nor later
    ("2031-05-09", None),
    ("2031-05-12", "2031-05-09"),     # the higher toll reported first: still no contradiction
])
def test_crosscheck_undated_lower_bound_below_a_figure_is_no_contradiction(floor_day, toll_day):
    w = World()
    w.article("u1", FLOOR_U, outlet="Vela Post", published=floor_day)
    w.article("u2", TOLL_D, outlet="Harbour Times", published=toll_day)
    a = w.claim("u1", FLOOR_U, content="At least 30 people died in the collapse of the Port Vela dam",
                speaker_text="rescuers", value=30, bound="at_least", unit="people died",
                qty_text="At least 30 people", location="Port Vela")
    b = w.claim("u2", TOLL_D, content="The Port Vela dam collapse killed 52 people", speaker="ruritania-govt",
                value=52, unit="people", qty_text="52 people", location="Port Vela")
    links, _, _ = w.run()
    assert not links_between(links, a, b, "contradicts"), links
    assert not links_between(links, a, b, "updates"), links
    assert links_between(links, a, b, "corroborates"), links


@pytest.mark.parametrize("unit, context, family", [
    ("howitzers", "Borduria delivered eight howitzers to the front", "weapons"),
    ("rockets", "the Grey Legion fired 24 rockets at the refinery", "munitions"),
    ("mortars", "gunners fired 30 mortars at the port", "munitions"),
    ("mortars", "Borduria supplied 30 mortars to the Grey Legion", "weapons"),
])
def test_classify_unit_tells_what_is_fired_from_what_fires_it(unit, context, family):
    fams, _, _ = classify_unit(unit, [stem(w) for w in words(context)], context)
    assert fams == {family}


def test_crosscheck_rockets_and_howitzers_are_not_compared():
    w = World()
    w.article("g1", GUNS_A, outlet="Vela Post", published="2031-05-06")
    w.article("s1", SHELL_A, outlet="Vela Post", published="2031-05-06")
    a = w.claim("g1", GUNS_A, content="Borduria delivered eight howitzers to the Grey Legion in Port Vela",
                speaker="syldavia", value=8, unit="howitzers", qty_text="eight howitzers", location="Port Vela")
    b = w.claim("s1", SHELL_A, content="Grey Legion gunners fired twelve rockets at the Port Vela refinery on Monday",
                speaker="ruritania", value=12, unit="rockets", qty_text="twelve rockets", location="Port Vela")
    links, _, _ = w.run()
    assert not links_between(links, a, b), links
