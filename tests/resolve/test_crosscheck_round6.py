"""Cross-checking, round 6 (issue 4): mechanisms that failed on unseen text, with invented articles.

Each test reproduces the structure of a failing case (same syntax, same kind of words) with names of
our own, and a look-alike that must not produce the link.
"""
from __future__ import annotations

import pytest

from claimgraph.resolve.figures import classify_unit

from .world import World, links_between

# -- the dead counted by what they were ("officers") -------------------------------------------------

TOLL = ("The Ruritanian interior ministry put the toll from the raid on the Port Vela police station at 9, "
        "while Bordurian radio said only two officers died.")


def test_crosscheck_toll_against_officers_who_died_contradicts():
    w = World()
    w.article("t1", TOLL, outlet="Vela Post", published="2031-05-06")
    a = w.claim("t1", TOLL, content="the toll from the raid on the Port Vela police station at 9",
                speaker="ruritania-govt", speaker_text="The Ruritanian interior ministry", value=9, unit="",
                qty_text="9")
    b = w.claim("t1", TOLL, content="only two officers died", speaker="borduria", speaker_text="Bordurian radio",
                value=2, unit="officers", qty_text="two officers")
    links, _, _ = w.run()
    assert links_between(links, a, b, "contradicts"), links


ON_DUTY = ("The Ruritanian interior ministry put the toll from the raid on the Port Vela police station at 9, "
           "while Bordurian radio said two officers were deployed to the hospital.")


def test_crosscheck_toll_against_officers_deployed_is_not_compared():
    w = World()
    w.article("t2", ON_DUTY, outlet="Vela Post", published="2031-05-06")
    a = w.claim("t2", ON_DUTY, content="the toll from the raid on the Port Vela police station at 9",
                speaker="ruritania-govt", speaker_text="The Ruritanian interior ministry", value=9, unit="",
                qty_text="9")
    b = w.claim("t2", ON_DUTY, content="two officers were deployed to the hospital", speaker="borduria",
                speaker_text="Bordurian radio", value=2, unit="officers", qty_text="two officers")
    links, _, _ = w.run()
    assert not links_between(links, a, b), links


@pytest.mark.parametrize("content, qty, family", [
    # the nearest word ("station") is the noun of a place, not "stationed": the toll says who they are
    ("The ministry put the death toll from the raid on the Harrow police station at eight officers",
     "eight officers", "killed"),
    ("At least five police officers were killed when gunmen stormed the station", "five police officers",
     "killed"),
    ("Six officers were wounded in the clash", "Six officers", "injured"),
    # look-alike: officers sent somewhere are a force, not a toll
    ("Two hundred officers were deployed to the border", "Two hundred officers", "combatants"),
])
def test_figures_officers_take_the_kind_of_their_sentence(content, qty, family):
    from claimgraph.resolve.figures import _near_words
    from claimgraph.resolve.text import stem, words

    ctx = [stem(w) for w in words(content)]
    fams, _, ambiguous = classify_unit(qty.split(" ", 1)[1], ctx, content, _near_words(content, qty))
    assert ambiguous and family in fams and len(fams) == 1, fams


# -- one source revising its own figure (not a tally) -------------------------------------------------

FIRST = "The Port Vela water board said the flood left 52,000 homes without drinking water."
REVISED = ("The Port Vela water board revised its count, saying 61,000 homes had no drinking water at the worst "
           "point, up from the 52,000 it gave on Monday.")
RESTATED = "The Port Vela water board said 61,000 homes had no drinking water at the worst point."
RIVAL = ("Bordurian radio said 61,000 homes had no drinking water at the worst point, up from the 52,000 "
         "the water board gave on Monday.")


@pytest.mark.parametrize("second, speaker, kind", [
    (REVISED, "ruritania-govt", "updates"),
    # look-alikes: the same source with no word of change, another source citing the first figure
    (RESTATED, "ruritania-govt", "contradicts"),
    (RIVAL, "borduria", "contradicts"),
])
def test_crosscheck_one_source_revising_its_figure_updates_it(second, speaker, kind):
    w = World()
    w.article("r1", FIRST, outlet="Vela Post", published="2031-05-04")
    w.article("r2", second, outlet="Harbour Times", published="2031-05-09")
    a = w.claim("r1", FIRST, content="the flood left 52,000 homes without drinking water", speaker="ruritania-govt",
                speaker_text="The Port Vela water board", value=52000, unit="homes", qty_text="52,000 homes",
                location="Port Vela")
    content = second[second.index("61,000"):].rstrip(".")
    b = w.claim("r2", second, content=content, speaker=speaker, value=61000, unit="homes", qty_text="61,000 homes",
                location="Port Vela")
    links, _, _ = w.run()
    assert [l.kind for l in links_between(links, a, b)] == [kind], links
    if kind == "updates":
        up = links_between(links, a, b)[0]
        assert (up.a, up.b) == (a.id, b.id)


# -- a sum of parts meeting a total ------------------------------------------------------------------

MASSED = "Ruritanian officials say Borduria has massed some 12,000 troops along the frontier."
PARTS = ("Satellite pictures reviewed by the Courant show roughly {} infantry, 3,000 paratroopers and "
         "2,000 marines in camps north of the river.")


@pytest.mark.parametrize("infantry, kind", [
    (7000, "corroborates"),
    # look-alike: parts that add up to another total are not tied to it by anything
    (6000, None),
])
def test_crosscheck_sum_of_parts_meets_the_total(infantry, kind):
    w = World()
    parts_text = PARTS.format(f"{infantry:,}")
    w.article("m1", MASSED, outlet="Vela Post", published="2031-05-04")
    w.article("m2", parts_text, outlet="Daily Courant", published="2031-05-06")
    a = w.claim("m1", MASSED, content="Borduria has massed some 12,000 troops along the frontier", speaker="ruritania",
                value=12000, unit="troops", bound="approx", qty_text="some 12,000 troops")
    b = w.claim("m2", parts_text, content=parts_text[parts_text.index("roughly"):].rstrip("."),
                parts=[(infantry, "infantry"), (3000, "paratroopers"), (2000, "marines")], bound="approx",
                qty_text=f"roughly {infantry:,} infantry, 3,000 paratroopers and 2,000 marines")
    links, _, _ = w.run()
    assert [l.kind for l in links_between(links, a, b)] == ([kind] if kind else []), links


# -- the same detained people named differently by each side ("guards" / "persons with weapons") ------

HELD = ("On the frontier near Port Vela on 03.02 were detained by the guards of Borduria five persons with "
        "weapons, which Ruritania calls as the patrol.")
RELEASE = "The Ruritanian minister Olek Dran has demanded the release of three guards."
EVACUATED = "On the frontier near Port Vela on 03.02 five persons were evacuated from the burning village."


@pytest.mark.parametrize("first, unit, kind", [
    (HELD, "persons", "contradicts"),
    # look-alike: people evacuated are no count of the held
    (EVACUATED, "persons", None),
])
def test_crosscheck_held_guards_against_held_persons(first, unit, kind):
    w = World()
    text = f"{first} {RELEASE}"
    w.article("h1", text, outlet="Vela Post", published="2031-05-04")
    a = w.claim("h1", first, content=first.rstrip("."), value=5, unit=unit, qty_text=f"five {unit}",
                location="Port Vela")
    b = w.claim("h1", RELEASE, content="has demanded the release of three guards", speaker="olek-dran", value=3,
                unit="guards", qty_text="three guards", type="REQUEST")
    links, _, _ = w.run()
    assert [l.kind for l in links_between(links, a, b)] == ([kind] if kind else []), links


INTRUDERS = ("According to the Bordurian Defence Ministry, a group of five armed intruders crossed onto Bordurian "
             "soil and opened fire on a Bordurian post.")
NOT_FIVE = "\"There were three guards, not five, and they were never on Bordurian soil,\" Dran said."


def test_crosscheck_guards_against_armed_intruders_contradict():
    w = World()
    w.article("i1", INTRUDERS, outlet="Vela Post", published="2031-05-04")
    w.article("i2", NOT_FIVE, outlet="Daily Courant", published="2031-05-06")
    a = w.claim("i1", INTRUDERS, content=INTRUDERS[INTRUDERS.index("a group"):].rstrip("."),
                speaker="borduria-defence", value=5, unit="armed intruders", qty_text="five armed intruders",
                type="ASSAULT")
    b = w.claim("i2", NOT_FIVE, content="There were three guards, not five, and they were never on Bordurian soil",
                speaker="olek-dran", value=3, unit="guards", qty_text="three guards")
    links, _, _ = w.run()
    assert [l.kind for l in links_between(links, a, b)] == ["contradicts"], links


@pytest.mark.parametrize("content, qty, family", [
    ("has demanded the release of three guards", "three guards", {"detained"}),
    ("three guards were deployed to the frontier post", "three guards", {"combatants"}),
    ("a group of five armed intruders crossed onto the soil", "five armed intruders", {"combatants"}),
])
def test_figures_guards_and_intruders_kinds(content, qty, family):
    from claimgraph.resolve.figures import _near_words
    from claimgraph.resolve.text import stem, words

    ctx = [stem(w) for w in words(content)]
    fams, _, _ = classify_unit(qty.split(" ", 1)[1], ctx, content, _near_words(content, qty))
    assert set(fams) == family, fams


# -- held people named by who they are vs held people in general: one place must tie them -----------------

GUARDS_HELD = "Borduria still holds three Ruritanian border guards, the Ruritanian government said."
SCUFFLES = "Ruritanian police detained 12 people after scuffles outside the Bordurian embassy, Ivo Lenk said."


def test_crosscheck_held_guards_and_people_detained_elsewhere_are_not_compared():
    w = World()
    w.article("g1", GUARDS_HELD, outlet="Vela Post", published="2031-05-04")
    w.article("g2", SCUFFLES, outlet="Daily Courant", published="2031-05-05")
    a = w.claim("g1", GUARDS_HELD, content="Borduria still holds three Ruritanian border guards",
                speaker="ruritania-govt", value=3, unit="Ruritanian border guards",
                qty_text="three Ruritanian border guards")
    b = w.claim("g2", SCUFFLES, content="Ruritanian police detained 12 people after scuffles outside the Bordurian embassy",
                speaker="ivo-lenk", value=12, unit="people detained", qty_text="12 people")
    links, _, _ = w.run()
    assert not links_between(links, a, b), links      # neither a rival count nor a later tally of the same


# -- figures of a kind few articles count: an upper bound against a count outside it ---------------------

OUTAGE = ("Ruritania blames Bordurian hackers for an attack on Monday that left 210,000 homes without water, "
          "the Port Vela water board said.")
BOUND = "The Bordurian Defence Ministry notes that, by its own information, {} homes were briefly affected."


@pytest.mark.parametrize("bound, value, kind, others", [
    ("fewer than 20,000", ("at_most", 20000), "contradicts", 0),
    # look-alikes: a lower bound the count satisfies; the same kind counted in many articles (not rare)
    ("at least 160,000", ("at_least", 160000), "corroborates", 0),
    ("fewer than 20,000", ("at_most", 20000), None, 3),
])
def test_crosscheck_rare_kind_bound_against_a_count(bound, value, kind, others):
    w = World()
    text = BOUND.format(bound)
    w.article("o1", OUTAGE, outlet="Vela Post", published="2031-05-04")
    w.article("o2", text, outlet="Szohod Telegraph", published="2031-05-05")
    a = w.claim("o1", OUTAGE, content=OUTAGE[OUTAGE.index("an attack"):OUTAGE.index(", the")],
                speaker="ruritania-govt", value=210000, unit="homes", qty_text="210,000 homes")
    b = w.claim("o2", text, content=text[text.index(bound):].rstrip("."), speaker="borduria-defence",
                value=value[1], unit="homes", bound=value[0], qty_text=f"{bound} homes",
                low=value[1] if value[0] == "at_least" else None, high=value[1] if value[0] == "at_most" else None)
    for n in range(others):
        other = f"Storms in the north damaged {n + 3},000 homes, the Syldavian weather office said."
        w.article(f"s{n}", other, outlet="Daily Courant", published="2031-05-06")
        w.claim(f"s{n}", other, content=f"Storms in the north damaged {n + 3},000 homes", speaker="syldavia",
                value=(n + 3) * 1000, unit="homes", qty_text=f"{n + 3},000 homes")
    links, _, _ = w.run()
    assert [l.kind for l in links_between(links, a, b)] == ([kind] if kind else []), links


# -- one side's toll, higher in an undated report -------------------------------------------------------

EIGHT = "The Ruritanian government put the death toll from the raid on the Port Vela depot at eight officers."
ELEVEN = "{} now puts the toll from the raid on the Port Vela depot at 11."


@pytest.mark.parametrize("speaker, who, published, kind", [
    ("olek-dran", "Olek Dran", None, "updates"),
    # look-alikes: the other side's higher toll; a higher toll reported before the lower one
    ("borduria-defence", "The Bordurian Defence Ministry", None, "contradicts"),
    ("olek-dran", "Olek Dran", "2031-05-01", "contradicts"),
])
def test_crosscheck_one_sides_toll_higher_in_an_undated_report_updates(speaker, who, published, kind):
    w = World()
    later = ELEVEN.format(who)
    w.article("k1", EIGHT, outlet="Vela Post", published="2031-05-04")
    w.article("k2", later, outlet="Daily Courant", published=published)
    a = w.claim("k1", EIGHT, content=EIGHT[EIGHT.index("the death toll"):].rstrip("."), speaker="ruritania-govt",
                value=8, unit="officers", qty_text="eight officers", location="Port Vela")
    b = w.claim("k2", later, content=later[later.index("the toll"):].rstrip("."), speaker=speaker, value=11,
                unit="people killed", qty_text="11", location="Port Vela")
    links, _, _ = w.run()
    assert [l.kind for l in links_between(links, a, b)] == [kind], links
