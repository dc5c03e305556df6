"""Cross-checking on unseen text, round 5 (invented articles): shares of one measured thing, counts of
different owners' equipment, people held under other names. Each case has a look-alike that must not link."""
from __future__ import annotations

import pytest

from claimgraph.model import Actor

from .world import ACTORS, World, links_between

ACTORS5 = ACTORS + [
    Actor(id="tolvey-board", name="Tolvey Election Board", kind="organization", country="ruritania",
          aliases=["Tolvey Election Board"]),
    Actor(id="clearcount", name="Clearcount", kind="organization", aliases=["Clearcount"]),
]

TURNOUT_A = "Turnout in the Ruritanian plebiscite was 64 percent, the Tolvey Election Board said."
YES_A = "The board said 81 percent voted yes."
TURNOUT_B = "The monitors of Clearcount said turnout in the plebiscite was barely 19 percent."


def _shares(w: World):
    w.article("p1", f"{TURNOUT_A} {YES_A}", outlet="Vela Post", published="2031-05-06")
    w.article("p2", TURNOUT_B, outlet="Harbour Times", published="2031-05-07")
    a = w.claim("p1", TURNOUT_A, content="Turnout in the Ruritanian plebiscite was 64 percent", speaker="tolvey-board",
                value=64, unit="percent turnout", qty_text="64 percent")
    y = w.claim("p1", YES_A, content="81 percent voted yes", speaker="tolvey-board", value=81,
                unit="percent vote yes", qty_text="81 percent")
    b = w.claim("p2", TURNOUT_B, content="turnout in the plebiscite was barely 19 percent", speaker="clearcount",
                value=19, unit="percent turnout", qty_text="19 percent")
    return a, y, b


def test_crosscheck_shares_of_one_thing_from_two_bodies_contradict():
    w = World(ACTORS5)
    a, _, b = _shares(w)
    links, _, _ = w.run()
    assert links_between(links, a, b, "contradicts"), links


def test_crosscheck_shares_of_different_things_are_not_compared():
    w = World(ACTORS5)
    a, y, b = _shares(w)
    links, _, _ = w.run()
    assert not links_between(links, y, b), links
    assert not links_between(links, y, a), links


FLEET_A = "Borduria has deployed six warships to the Vela Strait, Syldavian officials said."
ESCORT = "Two Syldavian corvettes escorted a grain convoy through the Vela Strait on Tuesday, Ivo Lenk said."
CLOSURE = "Ivo Lenk put the number of Bordurian ships at 14."
FLEET_B = "Borduria has four frigates, five patrol boats and two submarines in the Vela Strait, Petr Kral said."
FLEET_C = "Borduria has 11 warships in the Vela Strait, a naval analyst said."


def _fleets(w: World):
    w.article("f1", f"{FLEET_A}", outlet="Vela Post", published="2031-05-06")
    w.article("f2", f"{ESCORT} {CLOSURE}", outlet="Harbour Times", published="2031-05-06")
    w.article("f3", f"{FLEET_B} {FLEET_C}", outlet="Daily Courant", published="2031-05-07")
    return dict(
        six=w.claim("f1", FLEET_A, content="Borduria has deployed six warships to the Vela Strait", speaker="syldavia",
                    type="MOBILIZE", subject="borduria", value=6, unit="warships", qty_text="six warships",
                    location="Vela Strait"),
        escort=w.claim("f2", ESCORT, content="Two Syldavian corvettes escorted a grain convoy through the Vela Strait "
                       "on Tuesday", speaker="ivo-lenk", value=2, unit="Syldavian corvettes",
                       qty_text="Two Syldavian corvettes", location="Vela Strait"),
        closure=w.claim("f2", CLOSURE, content="the number of Bordurian ships at 14", speaker="ivo-lenk", value=14,
                        unit="Bordurian ships", qty_text="14"),
        parts=w.claim("f3", FLEET_B, content=FLEET_B.split(", Petr")[0], speaker="petr-kral",
                      parts=[(4, "frigates"), (5, "patrol boats"), (2, "submarines")],
                      unit="frigates and patrol boats and submarines",
                      qty_text="four frigates, five patrol boats and two submarines", location="Vela Strait"),
        eleven=w.claim("f3", FLEET_C, content="Borduria has 11 warships in the Vela Strait", speaker_text="a naval analyst",
                       value=11, unit="warships", qty_text="11 warships", location="Vela Strait"),
    )


def test_crosscheck_one_states_ships_against_another_states_are_not_compared():
    w = World()
    c = _fleets(w)
    links, _, _ = w.run()
    assert not links_between(links, c["escort"], c["closure"]), links
    assert not links_between(links, c["escort"], c["six"]), links       # the deployer's ships, not Syldavia's
    assert not links_between(links, c["escort"], c["parts"]), links


def test_crosscheck_ships_of_one_owner_are_compared_as_sums():
    w = World()
    c = _fleets(w)
    links, _, _ = w.run()
    assert links_between(links, c["six"], c["parts"], "contradicts"), links
    assert links_between(links, c["eleven"], c["parts"], "corroborates"), links
    assert links_between(links, c["six"], c["closure"], "contradicts"), links


HELD_A = "Borduria detained 14 sailors from a Syldavian trawler on Tuesday, Ivo Lenk said."
HELD_B = "Bordurian coast guards are holding 14 crew members of the trawler, Petr Kral confirmed."
SENT_B = "Borduria deployed 14 sailors to the island of Vesk, Petr Kral confirmed."


@pytest.mark.parametrize("other, content, unit, qty, linked", [
    (HELD_B, "Bordurian coast guards are holding 14 crew members of the trawler", "crew members", "14 crew members",
     True),
    # look-alike: the same noun and count, but men sent somewhere, not people held
    (SENT_B, "Borduria deployed 14 sailors to the island of Vesk", "sailors", "14 sailors", False),
])
def test_crosscheck_people_held_counted_under_other_names_corroborate(other, content, unit, qty, linked):
    w = World()
    w.article("h1", HELD_A, outlet="Vela Post", published="2031-05-06")
    w.article("h2", other, outlet="Harbour Times", published="2031-05-07")
    a = w.claim("h1", HELD_A, content="Borduria detained 14 sailors from a Syldavian trawler on Tuesday",
                speaker="ivo-lenk", type="COERCE", subject="borduria", object="syldavia", value=14,
                unit="sailors detained", qty_text="14 sailors")
    b = w.claim("h2", other, content=content, speaker="petr-kral", value=14, unit=unit, qty_text=qty)
    links, _, _ = w.run()
    assert bool(links_between(links, a, b, "corroborates")) == linked, links


OFFICERS = "The Grey Legion said it was holding 12 customs officers seized in a raid on the border post."
PROTEST = "Police arrested 30 protesters in Port Vela, Olek Dran said."
PEOPLE = "Police detained 30 people at a rally in Port Vela, the UN said."


def _held(w: World):
    w.article("k1", f"{HELD_B} {OFFICERS}", outlet="Vela Post", published="2031-05-06")
    w.article("k2", f"{PROTEST}", outlet="Harbour Times", published="2031-05-06")
    w.article("k3", f"{PEOPLE}", outlet="Daily Courant", published="2031-05-07")
    return dict(
        crew=w.claim("k1", HELD_B, content="Bordurian coast guards are holding 14 crew members of the trawler",
                     speaker="petr-kral", value=14, unit="crew members", qty_text="14 crew members", location="Port Vela"),
        officers=w.claim("k1", OFFICERS, content="it was holding 12 customs officers seized in a raid on the border post",
                         speaker="grey-legion", value=12, unit="customs officers", qty_text="12 customs officers"),
        protest=w.claim("k2", PROTEST, content="Police arrested 30 protesters in Port Vela", speaker="olek-dran",
                        value=30, unit="protesters arrested", qty_text="30 protesters", location="Port Vela"),
        people=w.claim("k3", PEOPLE, content="Police detained 30 people at a rally in Port Vela", speaker="un",
                       value=30, unit="people detained", qty_text="30 people", location="Port Vela"),
    )


def test_crosscheck_people_held_of_different_kinds_are_not_compared():
    w = World()
    c = _held(w)
    links, _, _ = w.run()
    assert not links_between(links, c["crew"], c["officers"]), links
    assert not links_between(links, c["crew"], c["protest"]), links


def test_crosscheck_people_held_in_general_meet_a_count_that_names_them():
    w = World()
    c = _held(w)
    links, _, _ = w.run()
    assert links_between(links, c["protest"], c["people"], "corroborates"), links


DIED = "At least 20 people died in the shelling of the fish market, most of them women, medics said."
DENY_WOMEN = "The Bordurian Defence Ministry denied that any women were killed in the shelling of the Port Vela fish market."
DENY_OTHER = "The Bordurian Defence Ministry denied that any warplanes had flown over the Port Vela fish market."


@pytest.mark.parametrize("denial, content, published, linked", [
    (DENY_WOMEN, "that any women were killed in the shelling of the Port Vela fish market", "2031-05-07", True),
    # look-alikes: a denial of another kind of thing; the same denial two months later
    (DENY_OTHER, "that any warplanes had flown over the Port Vela fish market", "2031-05-07", False),
    (DENY_WOMEN, "that any women were killed in the shelling of the Port Vela fish market", "2031-07-20", False),
])
def test_crosscheck_denial_of_a_component_of_a_toll_contradicts(denial, content, published, linked):
    w = World()
    w.article("w1", DIED, outlet="Vela Post", published="2031-05-06")
    w.article("w2", denial, outlet="Harbour Times", published=published)
    a = w.claim("w1", DIED, content="At least 20 people died in the shelling of the fish market",
                speaker_text="medics", value=20, bound="at_least", unit="people killed", qty_text="At least 20 people")
    d = w.claim("w2", denial, content=content, speaker="borduria-defence", stance="denies", speech_type="REJECT",
                negated=True)
    links, _, _ = w.run()
    assert bool(links_between(links, a, d, "contradicts")) == linked, links


POSS_A = "Syldavia's two corvettes escorted a grain convoy through the Vela Strait, Ivo Lenk said."
POSS_B = "Borduria has deployed six warships to the Vela Strait, Syldavian officials said."
POSS_C = "Syldavia's six warships left the Vela Strait on Monday, Petr Kral said."


def test_crosscheck_a_possessor_before_the_figure_owns_it():
    w = World()
    w.article("o1", POSS_A, outlet="Vela Post", published="2031-05-06")
    w.article("o2", f"{POSS_B} {POSS_C}", outlet="Harbour Times", published="2031-05-06")
    a = w.claim("o1", POSS_A, content="Syldavia's two corvettes escorted a grain convoy through the Vela Strait",
                speaker="ivo-lenk", value=2, unit="corvettes", qty_text="two corvettes", location="Vela Strait")
    b = w.claim("o2", POSS_B, content="Borduria has deployed six warships to the Vela Strait", speaker="syldavia",
                type="MOBILIZE", subject="borduria", value=6, unit="warships", qty_text="six warships",
                location="Vela Strait")
    c = w.claim("o2", POSS_C, content="Syldavia's six warships left the Vela Strait on Monday", speaker="petr-kral",
                value=6, unit="warships", qty_text="six warships", location="Vela Strait")
    links, _, _ = w.run()
    assert not links_between(links, a, b), links          # Syldavia's corvettes, the deployer Borduria's warships
    assert links_between(links, a, c, "contradicts"), links   # look-alike: both Syldavia's


MISSION_A = "Two Bordurian corvettes escorted a grain convoy through the Vela Strait, Ivo Lenk said."
MISSION_B = "Fourteen Bordurian ships are enforcing the blockade of the Vela Strait, Ana Vos said."
MISSION_C = "Four Bordurian corvettes escorted the grain convoy through the Vela Strait, Petr Kral said."


def test_crosscheck_equipment_on_different_missions_is_not_compared():
    w = World()
    w.article("m1", MISSION_A, outlet="Vela Post", published="2031-05-06")
    w.article("m2", f"{MISSION_B} {MISSION_C}", outlet="Harbour Times", published="2031-05-06")
    a = w.claim("m1", MISSION_A, content="Two Bordurian corvettes escorted a grain convoy through the Vela Strait",
                speaker="ivo-lenk", value=2, unit="Bordurian corvettes", qty_text="Two Bordurian corvettes",
                location="Vela Strait")
    b = w.claim("m2", MISSION_B, content="Fourteen Bordurian ships are enforcing the blockade of the Vela Strait",
                speaker="ana-vos", value=14, unit="Bordurian ships", qty_text="Fourteen Bordurian ships",
                location="Vela Strait")
    c = w.claim("m2", MISSION_C, content="Four Bordurian corvettes escorted the grain convoy through the Vela Strait",
                speaker="petr-kral", value=4, unit="Bordurian corvettes", qty_text="Four Bordurian corvettes",
                location="Vela Strait")
    links, _, _ = w.run()
    assert not links_between(links, a, b), links                 # escort vs blockade, one owner
    assert links_between(links, a, c, "contradicts"), links      # look-alike: the same escort, 2 vs 4
