"""Cross-checking, round 8 (issue 4): mechanisms that failed on unseen text, with invented articles.

People who are somewhere (a stock, never a tally that grows), the size of a street protest, rival definite
counts in one article (no update without a word of growth), and a side's negated act against the claim that
accuses it. Each test reproduces the structure of a failing case with names of our own, and a look-alike that
must not produce the link.
"""
from __future__ import annotations

import re

import pytest

from claimgraph.resolve.figures import figure_of
from claimgraph.model import Quantity

from .world import World, links_between


def _sentence(text: str, part: str) -> str:
    return next(s for s in re.split(r"(?<=[.!?]) ", text) if part in s)


# -- people who are in a place: a stock at one time, not a growing tally -------------------------------------

PRESENT = [
    # (earlier article, its content, value, bound, qty text; later article, content, value, qty text)
    ("Borduria says no more than 4,000 civilians remain in Port Vela.", "no more than 4,000 civilians remain in "
     "Port Vela", 4000, "at_most", "no more than 4,000 civilians",
     "Ana Vos said about 12,000 civilians were still living in Port Vela.", "about 12,000 civilians were still "
     "living in Port Vela", 12000, "about 12,000 civilians"),
    ("Borduria says 3,000 residents are trapped in Port Vela.", "3,000 residents are trapped in Port Vela", 3000,
     None, "3,000 residents",
     "Ana Vos said some 9,000 residents were trapped inside Port Vela.", "some 9,000 residents were trapped inside "
     "Port Vela", 9000, "some 9,000 residents"),
    ("Borduria says fewer than 500 people are hiding in the Port Vela stadium.", "fewer than 500 people are "
     "hiding in the Port Vela stadium", 500, "at_most", "fewer than 500 people",
     "Ana Vos said 2,000 people were hiding in the Port Vela stadium.", "2,000 people were hiding in the "
     "Port Vela stadium", 2000, "2,000 people"),
]


@pytest.mark.parametrize("early, e_content, e_value, e_bound, e_qtext, late, l_content, l_value, l_qtext", PRESENT)
def test_crosscheck_people_remaining_in_a_place_contradict_not_update(early, e_content, e_value, e_bound, e_qtext,
                                                                      late, l_content, l_value, l_qtext):
    w = World()
    w.article("p1", early, outlet="Vela Post", published="2031-05-06")
    w.article("p2", late, outlet="Harbour Times", published="2031-05-09")
    unit = e_qtext.split()[-1]
    a = w.claim("p1", early, content=e_content, speaker="borduria", value=e_value, unit=unit, bound=e_bound,
                high=e_value if e_bound == "at_most" else None, qty_text=e_qtext, location="Port Vela")
    b = w.claim("p2", late, content=l_content, speaker="ana-vos", value=l_value, unit=unit,
                bound="approx" if l_qtext.split()[0] in ("about", "some") else None, qty_text=l_qtext,
                location="Port Vela")
    links, _, _ = w.run()
    assert links_between(links, a, b, "contradicts"), links
    assert not links_between(links, a, b, "updates"), links


def test_crosscheck_killed_civilians_later_and_higher_still_update():
    # look-alike: a count of the dead is a tally that grows
    w = World()
    t1 = "Borduria says 4,000 civilians were killed in Port Vela."
    t2 = "Ana Vos said about 12,000 civilians were killed in Port Vela."
    w.article("k1", t1, outlet="Vela Post", published="2031-05-06")
    w.article("k2", t2, outlet="Harbour Times", published="2031-05-09")
    a = w.claim("k1", t1, content="4,000 civilians were killed in Port Vela", speaker="borduria", value=4000,
                unit="civilians killed", qty_text="4,000 civilians", location="Port Vela")
    b = w.claim("k2", t2, content="about 12,000 civilians were killed in Port Vela", speaker="ana-vos", value=12000,
                unit="civilians killed", bound="approx", qty_text="about 12,000 civilians", location="Port Vela")
    links, _, _ = w.run()
    assert links_between(links, a, b, "updates") and not links_between(links, a, b, "contradicts"), links


@pytest.mark.parametrize("content, qtext, family", [
    ("about 12,000 civilians remain inside with little food", "about 12,000 civilians", "present"),
    ("some 800 residents were still living in the old town", "some 800 residents", "present"),
    ("12 civilians were killed in the old town", "12 civilians", "killed"),
])
def test_figures_people_in_a_place_are_their_own_kind(content, qtext, family):
    value = float(re.search(r"[\d,]+", qtext).group().replace(",", ""))
    f = figure_of(Quantity(value=value, unit=qtext.split()[-1], text=qtext), (), content)
    assert family in f.families and (family == "present") == ("killed" not in f.families), f.families


# -- the size of a street protest ------------------------------------------------------------------------------

CROWDS = [
    ("Organisers said 20,000 people marched in Port Vela. Police put the crowd at 4,500.",
     ("20,000 people marched in Port Vela", "Organisers", 20000, "people", "20,000 people"),
     ("put the crowd at 4,500", "Police", 4500, "protesters", "4,500")),
    ("The union said 8,000 demonstrators gathered in Port Vela. The interior ministry put the rally at 1,200.",
     ("8,000 demonstrators gathered in Port Vela", "The union", 8000, "demonstrators", "8,000 demonstrators"),
     ("put the rally at 1,200", "The interior ministry", 1200, "protesters", "1,200")),
    ("Students said 30,000 people protested in Port Vela on Sunday. Police estimated the march at 6,000.",
     ("30,000 people protested in Port Vela on Sunday", "Students", 30000, "people", "30,000 people"),
     ("estimated the march at 6,000", "Police", 6000, "protesters", "6,000")),
]


@pytest.mark.parametrize("text, first, second", CROWDS)
def test_crosscheck_protest_size_by_organisers_and_police_contradicts(text, first, second):
    w = World()
    w.article("m", text, outlet="Vela Post", published="2031-05-06")
    claims = []
    for content, speaker_text, value, unit, qtext in (first, second):
        claims.append(w.claim("m", _sentence(text, content), content=content, speaker_text=speaker_text,
                              value=value, unit=unit, qty_text=qtext))
    links, _, _ = w.run()
    assert links_between(links, *claims, "contradicts"), links


def test_crosscheck_protesters_detained_are_no_count_of_the_crowd():
    text = "Organisers said 20,000 people marched in Port Vela. Police detained 312 protesters at the march."
    w = World()
    w.article("d", text, outlet="Vela Post", published="2031-05-06")
    a = w.claim("d", _sentence(text, "marched"), content="20,000 people marched in Port Vela",
                speaker_text="Organisers", value=20000, unit="people", qty_text="20,000 people")
    b = w.claim("d", _sentence(text, "detained"), content="Police detained 312 protesters at the march",
                value=312, unit="protesters", qty_text="312 protesters")
    links, _, _ = w.run()
    assert not links_between(links, a, b), links


# -- rival definite counts in one article: no update without a word of growth -------------------------------

RIVALS = [
    ("The United Nations estimates that 86,000 people have been displaced from Port Vela. Borduria speaks of "
     "140,000.",
     ("86,000 people have been displaced from Port Vela", "un", 86000, None, "people displaced", "86,000 people"),
     ("Borduria speaks of 140,000.", "borduria", 140000, None, "people displaced", "140,000")),
    ("Ruritania says 212 soldiers have been killed since April. Borduria puts Ruritanian losses at more than "
     "1,400.",
     ("212 soldiers have been killed since April", "ruritania", 212, None, "soldiers killed", "212 soldiers"),
     ("Borduria puts Ruritanian losses at more than 1,400.", "borduria", 1400, "at_least", "people killed",
      "more than 1,400")),
    ("Syldavia says 60 people were wounded in Port Vela. The Northern Front says 150 were wounded.",
     ("60 people were wounded in Port Vela", "syldavia", 60, None, "people wounded", "60 people"),
     ("The Northern Front says 150 were wounded.", "northern-front", 150, None, "people wounded", "150")),
]


@pytest.mark.parametrize("text, low, high", RIVALS)
def test_crosscheck_rival_definite_counts_in_one_article_contradict(text, low, high):
    w = World()
    w.article("r", text, outlet="Vela Post", published="2031-05-06")
    claims = []
    for content, speaker, value, bound, unit, qtext in (low, high):
        claims.append(w.claim("r", _sentence(text, content.split()[0] if content.endswith(".") else content),
                              content=content, speaker=speaker, value=value, unit=unit, bound=bound,
                              low=value if bound == "at_least" else None, qty_text=qtext))
    links, _, _ = w.run()
    assert links_between(links, *claims, "contradicts"), links
    assert not links_between(links, *claims, "updates"), links


def test_crosscheck_count_that_rose_in_one_article_still_updates():
    text = ("Syldavia says 60 people were wounded in Port Vela. The Northern Front says the number of wounded has "
            "risen to 150.")
    w = World()
    w.article("u", text, outlet="Vela Post", published="2031-05-06")
    a = w.claim("u", _sentence(text, "Syldavia"), content="60 people were wounded in Port Vela", speaker="syldavia",
                value=60, unit="people wounded", qty_text="60 people")
    b = w.claim("u", _sentence(text, "risen"), content="the number of wounded has risen to 150",
                speaker="northern-front", value=150, unit="people wounded", qty_text="150")
    links, _, _ = w.run()
    assert links_between(links, a, b, "updates") and not links_between(links, a, b, "contradicts"), links


# -- a side's negated act against the claim that accuses it ----------------------------------------------------

OWN_ACTS = [
    ("A memo seen by the Courant shows that the Bordurian Defence Ministry transferred 18 artillery pieces to the "
     "Grey Legion between June and May.",
     "that the Bordurian Defence Ministry transferred 18 artillery pieces to the Grey Legion between June and May",
     '"Borduria has not sent a single gun to the Grey Legion. What our citizens do with their money is their own '
     'affair," Petr Kral said.',
     "Borduria has not sent a single gun to the Grey Legion. What our citizens do with their money is their own "
     "affair"),
    ("A report seen by the Courant shows that the Bordurian Defence Ministry delivered 40 howitzers to the Grey "
     "Legion in the spring.",
     "that the Bordurian Defence Ministry delivered 40 howitzers to the Grey Legion in the spring",
     'Petr Kral said Borduria had never supplied weapons of any kind to the Grey Legion or to anyone else in the '
     'region.',
     "Borduria had never supplied weapons of any kind to the Grey Legion or to anyone else in the region"),
    ("Documents seen by the Courant show that the Bordurian Defence Ministry shipped 12 rocket launchers to the "
     "Grey Legion.",
     "that the Bordurian Defence Ministry shipped 12 rocket launchers to the Grey Legion",
     'Petr Kral said Borduria did not transfer a single launcher to the Grey Legion, and that its border guards '
     'watch every road.',
     "Borduria did not transfer a single launcher to the Grey Legion, and that its border guards watch every road"),
]


@pytest.mark.parametrize("acc_text, acc_content, den_text, den_content", OWN_ACTS)
def test_crosscheck_negated_act_of_the_speakers_own_side_denies_the_accusation(acc_text, acc_content, den_text,
                                                                               den_content):
    w = World()
    w.article("o", acc_text + " " + den_text, outlet="Daily Courant", published="2031-05-06")
    value = float(re.search(r"\b(\d+)\b", acc_content).group(1))
    a = w.claim("o", acc_text, content=acc_content, via=[("Daily Courant", "courant")], type="AID",
                subject="borduria-defence", object="grey-legion", value=value,
                unit=acc_content.split(str(int(value)))[1].split(" to ")[0].strip(), qty_text=None)
    b = w.claim("o", den_text, content=den_content, speaker="petr-kral", type="AID", subject="borduria",
                object="grey-legion", negated=True)
    links, _, _ = w.run()
    assert links_between(links, a, b, "contradicts"), links


def test_crosscheck_negated_act_of_another_side_is_no_denial():
    # look-alike: a third party says the accused did not do it; it shares little wording: no denial
    acc = ("A memo seen by the Courant shows that the Bordurian Defence Ministry transferred 18 artillery pieces to "
           "the Grey Legion between June and May.")
    other = ('"Syldavia has not sent a single gun to the Northern Front. What our citizens do with their money is '
             'their own affair," Ana Vos said.')
    w = World()
    w.article("n", acc + " " + other, outlet="Daily Courant", published="2031-05-06")
    a = w.claim("n", acc, content=acc.split("shows ")[1], via=[("Daily Courant", "courant")], type="AID",
                subject="borduria-defence", object="grey-legion", value=18, unit="artillery pieces")
    b = w.claim("n", other, content=other.split('," Ana')[0].strip('"'), speaker="ana-vos", type="AID",
                subject="syldavia", object="northern-front", negated=True)
    links, _, _ = w.run()
    assert not links_between(links, a, b, "contradicts"), links


# -- a rejection that gives the other's very figure does not reject it ----------------------------------------

REJECTIONS = [
    ("Kessgaz wants 540 euros from Borduria from December, up from 310 euros under the current contract.",
     "up from 310 euros under the current contract", 310, "EUR", "310 euros",
     '"No. We have a contract at 310 euros and we will not pay 540," Petr Kral said.',
     "No. We have a contract at 310 euros and we will not pay 540", 310, "EUR", "310 euros"),
    ("Syldavia says Borduria holds 14 of its sailors, not the four Borduria admits to.",
     "Borduria holds 14 of its sailors", 14, "sailors", "14 of its sailors",
     '"We reject this. We hold 14 sailors, all of them caught fishing illegally," Petr Kral said.',
     "We reject this. We hold 14 sailors, all of them caught fishing illegally", 14, "sailors", "14 sailors"),
    ("The Grey Legion says Borduria has 2,000 troops in Port Vela and plans to send more.",
     "Borduria has 2,000 troops in Port Vela", 2000, "troops", "2,000 troops",
     '"Nonsense. We have 2,000 troops there for an exercise and none will follow," Petr Kral said.',
     "Nonsense. We have 2,000 troops there for an exercise and none will follow", 2000, "troops", "2,000 troops"),
]


@pytest.mark.parametrize("acc, acc_content, a_value, a_unit, a_qtext, rej, rej_content, r_value, r_unit, r_qtext",
                         REJECTIONS)
def test_crosscheck_rejection_giving_the_same_figure_does_not_contradict_it(acc, acc_content, a_value, a_unit,
                                                                            a_qtext, rej, rej_content, r_value,
                                                                            r_unit, r_qtext):
    w = World()
    w.article("j1", acc, outlet="Vela Post", published="2031-05-06")
    w.article("j2", rej, outlet="Harbour Times", published="2031-05-07")
    a = w.claim("j1", acc, content=acc_content, value=a_value, unit=a_unit, qty_text=a_qtext)
    b = w.claim("j2", rej, content=rej_content, speaker="petr-kral", speech_type="REJECT", value=r_value,
                unit=r_unit, qty_text=r_qtext)
    links, _, _ = w.run()
    assert not links_between(links, a, b, "contradicts"), links


# -- one article is one report, dated or not ----------------------------------------------------------------------

UNDATED = [
    ("Tesh denied that her fighters had fired on the patrol. The Syldavian army blamed the Front. Spokesman Ivo Lenk "
     "said the shots came from a Northern Front post on a hill above the road.",
     "that her fighters had fired on the patrol", "the shots came from a Northern Front post on a hill above the road"),
    ("Tesh denied that her snipers had shot at the monitors. The mission stayed. Spokesman Ivo Lenk said the shooting "
     "came from Northern Front trenches by the old mill.",
     "that her snipers had shot at the monitors", "the shooting came from Northern Front trenches by the old mill"),
    ("Tesh denied that her fighters had fired at the observers. The mission left the area. Spokesman Ivo Lenk said "
     "the gunfire came from a Northern Front trench near the village school.",
     "that her fighters had fired at the observers", "the gunfire came from a Northern Front trench near the village "
     "school"),
]


@pytest.mark.parametrize("text, den_content, acc_content", UNDATED)
def test_crosscheck_denial_in_an_undated_article_meets_the_accusation(text, den_content, acc_content):
    w = World()
    w.article("u", text, outlet="Vela Post", published=None)      # a dateline without a year: no date
    den = w.claim("u", _sentence(text, "denied"), content=den_content, speaker="mara-tesh", stance="denies")
    acc = w.claim("u", _sentence(text, "Spokesman"), content=acc_content, speaker="ivo-lenk")
    links, _, _ = w.run()
    assert links_between(links, den, acc, "contradicts"), links


def test_crosscheck_third_party_denial_in_an_undated_article_stays_apart():
    # look-alike: the denier is not the side the spokesman names
    text = ("Kral denied that his guards had fired on the patrol. The Syldavian army blamed the Front. Spokesman Ivo "
            "Lenk said the shots came from a Northern Front post on a hill above the road.")
    w = World()
    w.article("t", text, outlet="Vela Post", published=None)
    den = w.claim("t", _sentence(text, "denied"), content="that his guards had fired on the patrol",
                  speaker="petr-kral", stance="denies")
    acc = w.claim("t", _sentence(text, "Spokesman"), content="the shots came from a Northern Front post on a hill "
                  "above the road", speaker="ivo-lenk")
    links, _, _ = w.run()
    assert not links_between(links, den, acc, "contradicts"), links


# -- whose dead: civilians and fighters are two sets -----------------------------------------------------------

SIDES = [
    ("The fighting in Port Vela killed at least 56 civilians, doctors said. The Syldavian army said it had killed "
     "300 Northern Front fighters there.", ("at least 56 civilians", 56, "at_least", "civilians killed"),
     ("300 Northern Front fighters", 300, None, "Northern Front fighters killed")),
    ("Twelve children died in the shelling of Port Vela, the hospital said. Borduria said its gunners killed 40 "
     "militants in the town.", ("Twelve children", 12, None, "children died"),
     ("40 militants", 40, None, "militants killed")),
    ("Ruritania says 30 soldiers were killed in Port Vela. The Grey Legion says 90 residents of Port Vela were "
     "killed in the fighting.", ("30 soldiers", 30, None, "soldiers killed"),
     ("90 residents", 90, None, "residents killed")),
]


@pytest.mark.parametrize("text, first, second", SIDES)
def test_crosscheck_civilian_and_fighter_tolls_are_not_compared(text, first, second):
    w = World()
    w.article("v", text, outlet="Vela Post", published="2031-05-06")
    sents = re.split(r"(?<=\.) ", text)
    claims = []
    for (qtext, value, bound, unit), sent, said in zip((first, second), sents, ("doctors", "the army")):
        claims.append(w.claim("v", sent, speaker_text=said, value=value, unit=unit, bound=bound,
                              low=value if bound == "at_least" else None, qty_text=qtext, location="Port Vela"))
    links, _, _ = w.run()
    assert not links_between(links, *claims), links


def test_crosscheck_toll_naming_no_side_meets_either():
    # look-alike: "56 people" names no side: it still meets the fighters' count
    text = ("The fighting in Port Vela killed 56 people, doctors said. Syldavia said 90 people were killed in Port "
            "Vela.")
    w = World()
    w.article("g", text, outlet="Vela Post", published="2031-05-06")
    sents = re.split(r"(?<=\.) ", text)
    a = w.claim("g", sents[0], speaker_text="doctors", value=56, unit="people killed", qty_text="56 people",
                location="Port Vela")
    b = w.claim("g", sents[1], speaker_text="the army", value=90, unit="people killed", qty_text="90 people",
                location="Port Vela")
    links, _, _ = w.run()
    assert links_between(links, a, b, "contradicts"), links


@pytest.mark.parametrize("content, qtext, has", [
    ("fewer than 10,000 residents have left the city", "fewer than 10,000 residents", False),
    ("20,000 people were affected by the floods", "20,000 people", False),
    ("some 3,000 people", "some 3,000 people", False),
    ("about 2,000 residents were trapped in the old town", "about 2,000 residents", True),
])
def test_figures_people_are_present_or_a_crowd_only_when_the_context_says_so(content, qtext, has):
    value = float(re.search(r"\d[\d,]*", qtext).group().replace(",", ""))
    f = figure_of(Quantity(value=value, unit=qtext.split()[-1], text=qtext), (), content)
    assert (("present" in f.families) or ("crowd" in f.families)) == has, f.families
