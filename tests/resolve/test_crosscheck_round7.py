"""Cross-checking, round 7 (issue 4): mechanisms that failed on unseen text, with invented articles.

Each test reproduces the structure of a failing case (same syntax, same kind of words) with names of
our own, and a look-alike that must not produce the link.
"""
from __future__ import annotations

import re

import pytest

from .world import World, links_between

# -- a ceiling disputed by a higher count from another voice in the same article ------------------------

CEILINGS = [
    # (article, ceiling (content, value, unit, text), higher (content, speaker, value, unit, text))
    ("Syldavia says the camps hold 31,000 people, while Borduria insists that no more than 9,000 are genuine "
     "refugees. The United Nations puts the total at about 26,000.",
     ("no more than 9,000 are genuine refugees", 9000, "refugees", "no more than 9,000"),
     ("puts the total at about 26,000", "un", 26000, "refugees", "about 26,000")),
    ("Borduria said fewer than 500 people had fled the valley. The United Nations said some 2,000 people had "
     "fled the valley since Monday.",
     ("fewer than 500 people had fled the valley", 500, "people", "fewer than 500 people"),
     ("some 2,000 people had fled the valley since Monday", "un", 2000, "people", "some 2,000 people")),
    ("Borduria said at most 40 civilians were killed in the shelling of Port Vela. Syldavia said 75 civilians "
     "were killed in the shelling.",
     ("at most 40 civilians were killed in the shelling of Port Vela", 40, "civilians killed", "at most 40 civilians"),
     ("75 civilians were killed in the shelling", "syldavia", 75, "civilians killed", "75 civilians")),
]


@pytest.mark.parametrize("text, ceiling, higher", CEILINGS)
def test_crosscheck_ceiling_against_a_later_higher_count_of_another_voice_contradicts(text, ceiling, higher):
    w = World()
    w.article("c1", text, outlet="Vela Post", published="2031-05-06")
    sentences = re.split(r"(?<=\.) ", text)
    content, value, unit, qtext = ceiling
    a = w.claim("c1", next(s for s in sentences if content in s), content=content, speaker="borduria",
                value=value, unit=unit, bound="at_most", high=value, qty_text=qtext)
    content, speaker, value, unit, qtext = higher
    b = w.claim("c1", next(s for s in sentences if content in s), content=content, speaker=speaker,
                value=value, unit=unit, bound="approx" if "about" in qtext or "some" in qtext else None,
                qty_text=qtext)
    links, _, _ = w.run()
    assert links_between(links, a, b, "contradicts"), links
    assert not links_between(links, a, b, "updates"), links


def test_crosscheck_floor_against_a_later_higher_count_is_no_contradiction():
    # look-alike: a floor ("at least 500") is met by the higher count: never a contradiction
    text = ("Borduria said at least 500 people had fled the valley. The United Nations said some 2,000 people had "
            "fled the valley since Monday.")
    w = World()
    w.article("c2", text, outlet="Vela Post", published="2031-05-06")
    a = w.claim("c2", "Borduria said at least 500 people had fled the valley.",
                content="at least 500 people had fled the valley", speaker="borduria", value=500, unit="people",
                bound="at_least", low=500, qty_text="at least 500 people")
    b = w.claim("c2", "The United Nations said some 2,000 people had fled the valley since Monday.",
                content="some 2,000 people had fled the valley since Monday", speaker="un", value=2000,
                unit="people", bound="approx", qty_text="some 2,000 people")
    links, _, _ = w.run()
    assert not links_between(links, a, b, "contradicts"), links


def test_crosscheck_ceiling_that_rose_is_an_update():
    # look-alike: the higher count says the tally grew ("has risen to"): an update of the ceiling, not a dispute
    text = ("Borduria said fewer than 500 people had fled the valley. By Friday the number of people who had fled "
            "the valley had risen to 2,000, the United Nations said.")
    w = World()
    w.article("c3", text, outlet="Vela Post", published="2031-05-06")
    a = w.claim("c3", "Borduria said fewer than 500 people had fled the valley.",
                content="fewer than 500 people had fled the valley", speaker="borduria", value=500, unit="people",
                bound="at_most", high=500, qty_text="fewer than 500 people")
    b = w.claim("c3", "By Friday the number of people who had fled the valley had risen to 2,000, the United "
                "Nations said.", content="By Friday the number of people who had fled the valley had risen to 2,000",
                speaker="un", value=2000, unit="people", qty_text="2,000")
    links, _, _ = w.run()
    assert not links_between(links, a, b, "contradicts"), links


# -- a content-less denial answering an accusation whose accused is no actor ----------------------------

ACCUSATIONS = [
    # (article, accusation sentence, its content, denial sentence, its content)
    ("Syldavia also accuses the rebels of kidnapping three nurses on Friday near Port Vela. The Northern Front "
     "has denied any involvement.",
     "Syldavia also accuses the rebels of kidnapping three nurses on Friday near Port Vela.",
     "kidnapping three nurses on Friday near Port Vela",
     "The Northern Front has denied any involvement.", "any involvement"),
    ("Syldavia blamed the gunmen for the ambush on the convoy. The Northern Front rejected any responsibility, "
     "its spokesman said.",
     "Syldavia blamed the gunmen for the ambush on the convoy.", "the gunmen for the ambush on the convoy",
     "The Northern Front rejected any responsibility, its spokesman said.", "any responsibility"),
    ("Syldavia accused those behind the raid of targeting civilians. Hours later the Northern Front denied "
     "any role in it.",
     "Syldavia accused those behind the raid of targeting civilians.", "targeting civilians",
     "Hours later the Northern Front denied any role in it.", "any role in it"),
]


@pytest.mark.parametrize("text, acc, acc_content, den, den_content", ACCUSATIONS)
def test_crosscheck_denial_answers_an_accusation_with_an_unnamed_accused(text, acc, acc_content, den,
                                                                         den_content):
    w = World()
    w.article("u1", text, outlet="Vela Post", published="2031-05-06")
    a = w.claim("u1", acc, content=acc_content, speaker="syldavia", speech_type="ACCUSE")
    d = w.claim("u1", den, content=den_content, speaker="northern-front", stance="denies", speech_type="REJECT")
    links, _, _ = w.run()
    assert links_between(links, a, d, "contradicts"), links


@pytest.mark.parametrize("den_speaker, den_content, acc_subject, gap", [
    # look-alikes: a denial by the accuser's own side; an accusation that names its accused (another actor);
    # a denial too far from the accusation; a denial with content of its own (left to the other rules)
    ("ana-vos", "any involvement", None, 1),
    ("northern-front", "any involvement", "grey-legion", 1),
    ("northern-front", "any involvement", None, 4),
    ("northern-front", "that its fighters had crossed the river at dawn", None, 1),
])
def test_crosscheck_unnamed_accused_look_alikes(den_speaker, den_content, acc_subject, gap):
    filler = " ".join(f"Rain fell on Lunden on day {n}." for n in range(gap - 1))
    acc = "Syldavia accuses the rebels of kidnapping three nurses near Port Vela."
    den = f"A spokesman denied {den_content}."
    text = f"{acc} {filler} {den}".replace("  ", " ")
    w = World()
    w.article("u2", text, outlet="Vela Post", published="2031-05-06")
    a = w.claim("u2", acc, content="kidnapping three nurses near Port Vela", speaker="syldavia",
                speech_type="ACCUSE", subject=acc_subject)
    d = w.claim("u2", den, content=den_content, speaker=den_speaker, stance="denies", speech_type="REJECT")
    links, _, _ = w.run()
    assert not links_between(links, a, d, "contradicts"), links


# -- a figure told as a part of another is a part ---------------------------------------------------------

@pytest.mark.parametrize("qtext, content, part", [
    ("eleven", "Thirty people remain in hospital in Port Vela, eleven of them in serious condition.", True),
    ("23 children", "The clinic counted 61 dead, among them 23 children.", True),
    ("70 wounded", "About 900 people crossed the bridge, including at least 70 wounded.", True),
    ("12", "Police held 40 men, of whom 12 were later charged.", True),
    # look-alikes: a count of the speaker's own people, a whole
    ("21 of its members", "The Northern Front said only 21 of its members had crossed.", False),
    ("40 people", "At least 40 people were killed in the market.", False),
])
def test_figures_told_as_part(qtext, content, part):
    from claimgraph.resolve.figures import told_as_part

    assert told_as_part(qtext, content) is part


def test_crosscheck_part_told_after_its_whole_does_not_contradict_a_larger_count():
    w = World()
    first = "Hospital officials in Port Vela said the shelling killed 17 people, wounding 30."
    second = "Thirty people remain in hospital in Port Vela, eleven of them in serious condition."
    w.article("p1", first, outlet="Vela Post", published="2031-05-06")
    w.article("p2", second, outlet="Lunden Herald", published="2031-05-07")
    b = w.claim("p1", first, content="the shelling killed 17 people, wounding 30", speaker="ruritania-govt",
                speaker_text="Hospital officials", value=30, unit="people wounded", qty_text="30", location="Port Vela")
    a = w.claim("p2", second, value=11, unit="people", qty_text="eleven", location="Port Vela")
    links, _, _ = w.run()
    assert not links_between(links, a, b, "contradicts"), links


# -- a count that names another as wrong disputes it (no rising tally) -----------------------------------

CORRECTIONS = [
    ("By him was said, that in Lunden now are living forty thousands refugees from Port Vela, and not twenty "
     "thousands, as it is written in the reports of the United Nations.", "forty thousands refugees", 40000),
    ("Syldavia now hosts 31,000 refugees, not 20,000 as the United Nations says.", "31,000 refugees", 31000),
    ("Syldavia says the camps now hold about 31,000 refugees, rather than the 20,000 the United Nations "
     "registered.", "about 31,000 refugees", 31000),
]


@pytest.mark.parametrize("first, qtext, value", CORRECTIONS)
def test_crosscheck_count_that_corrects_another_contradicts_it(first, qtext, value):
    second = "The United Nations office in Lunden has confirmed the number 20,000 for the registered refugees."
    w = World()
    w.article("r1", f"{first} {second}", outlet="Vela Post", published="2031-05-06")
    a = w.claim("r1", first, speaker="ana-vos", value=value, unit="refugees", qty_text=qtext)
    b = w.claim("r1", second, speaker="un", value=20000, unit="refugees", qty_text="20,000")
    links, _, _ = w.run()
    assert links_between(links, a, b, "contradicts"), links


def test_crosscheck_count_that_only_says_now_still_updates():
    # look-alike: no correction named, only "now": the higher count is read as the tally grown
    first = "Syldavia now hosts 31,000 refugees in three camps near Lunden."
    second = "The United Nations office in Lunden has confirmed the number 20,000 for the registered refugees."
    w = World()
    w.article("r2", f"{first} {second}", outlet="Vela Post", published="2031-05-06")
    a = w.claim("r2", first, speaker="ana-vos", value=31000, unit="refugees", qty_text="31,000 refugees")
    b = w.claim("r2", second, speaker="un", value=20000, unit="refugees", qty_text="20,000")
    links, _, _ = w.run()
    assert not links_between(links, a, b, "contradicts"), links


@pytest.mark.parametrize("unit, qtext, content, family", [
    ("terrorists eliminated", "about 30 terrorists", "As a result of the strike, about 30 terrorists were eliminated",
     "killed"),
    ("rebels slain", "Twelve rebels", "Twelve rebels were slain near the bridge", "killed"),
    ("fighters liquidated", "40 fighters", "40 fighters were liquidated in the raid", "killed"),
    # look-alike: a count of people sent somewhere is no toll
    ("rebels", "Twelve rebels", "Twelve rebels were seen near the bridge", None),
])
def test_figures_euphemisms_of_killing_are_tolls(unit, qtext, content, family):
    from claimgraph.model import Quantity
    from claimgraph.resolve.figures import figure_of

    fig = figure_of(Quantity(value=30, unit=unit, text=qtext), [], content)
    assert (family in fig.families) if family else ("killed" not in fig.families), fig


# -- the same uncommon figure in two outlets ties them ----------------------------------------------------

@pytest.mark.parametrize("first, second, value, unit, tied", [
    ("By him was said, that now are living thirty-one thousands five hundred refugees.",
     "The interior minister put it at 31,500.", 31500, "refugees", True),
    ("Police said they hold 1,250 detainees.", "The ombudsman put the number of those held at 1,250.", 1250,
     "detainees", True),
    ("Aid groups count 14,300 displaced people.", "Officials put it at 14,300.", 14300, "people displaced", True),
    # look-alike: a round figure met in two outlets with nothing else tying them is no agreement
    ("By him was said, that now are living thirty thousands refugees.", "The interior minister put it at 30,000.",
     30000, "refugees", False),
])
def test_crosscheck_same_uncommon_figure_in_two_outlets_corroborates(first, second, value, unit, tied):
    w = World()
    w.article("n1", first, outlet="Vela Post", published="2031-05-06")
    w.article("n2", second, outlet="Lunden Herald", published="2031-05-08")
    a = w.claim("n1", first, speaker="syldavia", value=value, unit=unit, qty_text=f"{value:,}")
    b = w.claim("n2", second, speaker="ana-vos", value=value, unit=unit, qty_text=f"{value:,}")
    links, _, _ = w.run()
    assert bool(links_between(links, a, b, "corroborates")) is tied, links


# -- a sum whose later part is "N more" is the whole, no increment -------------------------------------------

@pytest.mark.parametrize("qtext, parts, content, increment", [
    ("16 Storm drones in September and eight", [(16, "Storm drones"), (8, "Storm drones")],
     "Varnia is believed to have delivered 16 Storm drones in September and eight more in October", False),
    ("five hostages from the mine and two", [(5, "hostages"), (2, "hostages")],
     "Police freed five hostages from the mine and two more from the mill", False),
    ("500 soldiers from Varnia and 300", [(500, "soldiers"), (300, "soldiers")],
     "About 500 soldiers from Varnia and 300 more from Oskelia reached the front", False),
    # look-alikes: a sum said to be added ("another"), a single count with "more" after it
    ("16 drones and eight", [(16, "drones"), (8, "drones")], "Varnia sent another 16 drones and eight tanks", True),
    ("two", [], "Varnia sent two more brigades to the border", True),
])
def test_figures_sum_with_n_more_is_no_increment(qtext, parts, content, increment):
    from claimgraph.model import Quantity
    from claimgraph.resolve.figures import figure_of

    q = Quantity(value=sum(v for v, _ in parts) or 2, unit=parts[0][1] if parts else "brigades", text=qtext,
                 parts=[{"value": v, "unit": u, "text": f"{v} {u}"} for v, u in parts])
    assert figure_of(q, [], content).increment is increment


@pytest.mark.parametrize("qtext, content, increment", [
    ("three wounded officers", "The death toll from the raid rose to 11 after three wounded officers died", True),
    ("five", "The toll had risen to 52, up from 47 announced last week, after five of the wounded died", True),
    ("two", "The number of dead climbed to 19 after two more bodies were found", True),
    # look-alikes: "after" with no tally that rose, a toll given after a count
    ("three", "The convoy left Port Vela after three days of talks", False),
    ("11", "The death toll rose to 11 after the raid", False),
])
def test_figures_count_after_a_rise_is_what_it_added(qtext, content, increment):
    from claimgraph.model import Quantity
    from claimgraph.resolve.figures import figure_of

    fig = figure_of(Quantity(value=3, unit="people killed", text=qtext), [], content)
    assert fig.increment is increment
