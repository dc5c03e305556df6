"""Quantities: digits and words, bounds, ranges, vague amounts, sums of parts, units (invented sentences)."""
from __future__ import annotations

import pytest

from claimgraph.extract.quantities import find_quantities
from tests.extract.test_claims import extract

pytestmark = pytest.mark.model


def quantities(nlp, text):
    doc = nlp(text)
    return [q for q, *_ in find_quantities(doc, 0, len(doc))]


@pytest.mark.parametrize("text,value,unit,bound,low,high", [
    ("The army sent eight jet fighters to the north.", 8, "jet fighters", "exact", None, None),
    ("The army sent 1,200 soldiers to the north.", 1200, "soldiers", "exact", None, None),
    ("The army sent twenty-five tanks to the north.", 25, "tanks", "exact", None, None),
    ("The army sent two hundred soldiers to the north.", 200, "soldiers", "exact", None, None),
    ("The army sent 2.5 million rounds to the north.", 2_500_000, "rounds", "exact", None, None),
    ("The militia has up to 1,200 fighters in the valley.", 1200, "fighters", "at_most", None, 1200),
    ("At least 58 people were killed in the valley.", 58, "people killed", "at_least", 58, None),
    ("The report counted approximately 14 military planes.", 14, "military planes", "approx", None, None),
    ("More than 300 families fled the valley.", 300, "families", "at_least", 300, None),
    ("Between 10 and 20 tanks crossed the river.", 10, "tanks", "range", 10, 20),
    ("The army moved 30 to 40 trucks across the river.", 30, "trucks", "range", 30, 40),
    ("The general has hired hundreds of foreign soldiers.", 200, "foreign soldiers", "vague", 200, 999),
    ("The shelling caused dozens of deaths in the valley.", 24, "deaths", "vague", 24, 99),
])
def test_quantities_values_bounds_units(nlp, text, value, unit, bound, low, high):
    qs = quantities(nlp, text)
    assert qs, text
    q = qs[0]
    assert (q.value, q.unit, q.bound, q.low, q.high) == (value, unit, bound, low, high)


def test_quantities_sum_of_parts(nlp):
    qs = quantities(nlp, "Officials said at least six T-72 tanks and two BMP-3 carriers crossed the river.")
    assert len(qs) == 1
    q = qs[0]
    assert q.value == 8 and [p["value"] for p in q.parts] == [6, 2] and q.bound == "at_least"
    assert q.text.startswith("at least six")


@pytest.mark.parametrize("text", [
    "The T-72 tanks crossed the river in 2019.",
    "The MiG-29 jets returned on 18 May.",
    "The second convoy arrived at 10 am.",
])
def test_quantities_not_names_or_dates(nlp, text):
    assert quantities(nlp, text) == []


def test_quantities_percentage_is_a_share_not_a_count(nlp):
    # a share keeps what it measures in its unit (extract/percents.py), never a count of "percent"
    assert [(q.value, q.unit) for q in quantities(nlp, "Turnout rose to 45 percent on Monday.")] == \
        [(45, "percent turnout")]


def test_quantities_currency(nlp):
    qs = quantities(nlp, "The ministry promised $40 million to the valley.")
    assert qs and qs[0].value == 40_000_000 and qs[0].unit == "USD"


def test_quantities_attached_to_the_event(nlp):
    claims, _ = extract(nlp, "Karl Odum said the Norland Front sent up to 1,200 fighters to Lyon in 2019.")
    mob = [c for c in claims if c.event.type == "MOBILIZE"]
    assert mob and mob[0].event.quantity.value == 1200 and mob[0].event.quantity.unit == "fighters"
    assert mob[0].speaker_text == "Karl Odum"


@pytest.mark.parametrize("text,value,unit", [
    ("The death toll from the bombing in Varsk has risen to 31, the health ministry said.", 31, "people killed"),
    ("Varsk bombing toll rises to 26", 26, "people killed"),
    ("The number of civilians killed in the raid on Ostrel has risen to 14, officials said.", 14,
     "civilians killed"),
    ("If the militia attacks, the death toll, already at 47, is likely to rise.", 47, "people killed"),
    ("Hospital officials put the toll at 58.", 58, "people killed"),
    ("The agency puts the number of drones used in the raid at 20.", 20, "drones"),
    ("Gunmen stormed the village of Ostrel, killing 17 people.", 17, "people killed"),
    ("Militia shelling kills nine in the town of Ostrel.", 9, "people killed"),
    ('"We have 14 dead now, among them three children," the surgeon said.', 14, "people killed"),
    ("The shelling killed at least 12 civilians and wounded dozens.", 12, "civilians killed"),
])
def test_quantities_tallies_and_casualties_take_their_unit(nlp, text, value, unit):
    qs = quantities(nlp, text)
    assert qs, text
    assert (qs[0].value, qs[0].unit) == (value, unit), qs


def test_quantities_casualty_verbs_give_bare_numbers_a_unit(nlp):
    qs = quantities(nlp, "Gunmen stormed the village, killing 17 people and wounding 40.")
    assert [(q.value, q.unit) for q in qs] == [(17, "people killed"), (40, "people wounded")]


def test_quantities_figure_without_noun_counts_what_came_before(nlp):
    qs = quantities(nlp, "At least 40 foreign contractors were seen in May. The services put the figure at some 150.")
    assert [(q.value, q.unit, q.bound) for q in qs] == [(40, "foreign contractors", "at_least"),
                                                        (150, "foreign contractors", "approx")]


@pytest.mark.parametrize("text,total,parts", [
    ("The air force sent six KV-9 fighters and two RS-4 strike jets to the base.", 8, [6, 2]),
    ("The army said eight Skarn-2 drones and four Vireo were shot down.", 12, [8, 4]),
])
def test_quantities_sum_of_unfamiliar_models(nlp, text, total, parts):
    qs = quantities(nlp, text)
    assert len(qs) == 1 and qs[0].value == total and [p["value"] for p in qs[0].parts] == parts, qs


@pytest.mark.parametrize("text", [
    "Not one Dalmarian soldier is on our soil.",
    "The talks were postponed to 2027.",
])
def test_quantities_no_count(nlp, text):
    assert quantities(nlp, text) == []


@pytest.mark.parametrize("text,first", [
    ("It is assessed by several western governments that the Dorn Group has up to 1,200 fighters in the valley.",
     1200),
    ('The Ostrel Gazette, citing two senior officials, put the number of foreign fighters at "hundreds".', 200),
    ("Three officials told the Gazette that 40 tanks had crossed the river.", 40),
])
def test_quantities_definite_figure_before_sources_and_indefinite_amounts(nlp, text, first):
    qs = quantities(nlp, text)
    assert len(qs) == 2 and qs[0].value == first, qs


def test_quantities_vague_in_quotes_keeps_its_unit(nlp):
    qs = quantities(nlp, 'The blog speaks only about "hundreds" of foreign fighters.')
    assert qs and qs[0].bound == "vague" and qs[0].unit == "foreign fighters"


@pytest.mark.parametrize("text,indefinite", [
    ("Several drones hit the depot.", True),
    ("A few officers were arrested.", True),
    ("Hundreds of volunteers arrived.", False),
    ("Eight drones hit the depot.", False),
])
def test_quantities_indefinite_amounts(nlp, text, indefinite):
    from claimgraph.extract.quantities import is_indefinite

    qs = quantities(nlp, text)
    assert qs and is_indefinite(qs[0]) == indefinite


@pytest.mark.parametrize("text,expected", [
    ("Start with the tanks. The minister says nine were destroyed at Ostrel.", [(9, "tanks")]),
    ("The rebels fired 30 rockets at the town. Twelve hit the market.", [(30, "rockets"), (12, "rockets")]),
    ("Two of the dead were children.", [(2, "children")]),
    ("The convoys arrived on Monday. Twelve were trucks.", [(12, "trucks")]),
    ("The surgeon said 19 of the dead were women and 14 were children.", [(19, "women"), (14, "children")]),
])
def test_quantities_number_standing_alone_counts_the_noun_before(nlp, text, expected):
    assert [(q.value, q.unit) for q in quantities(nlp, text)] == expected


@pytest.mark.parametrize("text,value,unit", [
    ("Shelling killed shoppers in the Ostrev bazaar on Monday. Rescuers now count 19.", 19, "people killed"),
    ("At least 11 people died in the blast. The Ostrev relief agency counts nine.", 9, "people killed"),
    ("The toll climbed overnight, and medics have recorded 23.", 23, "people killed"),
    ("Refugee arrivals total 400 a day.", 400, "Refugee arrivals"),
])
def test_quantities_counting_verb_takes_a_bare_number(nlp, text, value, unit):
    assert (value, unit) in [(q.value, q.unit) for q in quantities(nlp, text)]


@pytest.mark.parametrize("text,value,unit", [
    ("Eleven thousand of the villagers have fled to Marnow.", 11000, "villagers"),
    ("Villagers fled the shelling all week. Some eleven thousand of them have crossed the border.", 11000,
     "Villagers"),
])
def test_quantities_scale_words_and_partitives(nlp, text, value, unit):
    assert (value, unit) in [(q.value, q.unit) for q in quantities(nlp, text)]


@pytest.mark.parametrize("text,figure", [
    ("4 min read\nSeven howitzers were moved to the ridge.", 7),
    ("Seven howitzers were moved to the ridge. 12 comments", 7),
    ("It was 31 °C when seven howitzers were moved to the ridge.", 7),
    ("BRANVIK, 15 October 2026 - Seven howitzers were moved to the ridge.", 7),
    ("On October 15 seven howitzers were moved to the ridge.", 7),
])
def test_quantities_page_furniture_and_dates_are_never_figures(nlp, text, figure):
    assert [q.value for q in quantities(nlp, text)] == [figure]


@pytest.mark.model
@pytest.mark.parametrize("text,values", [
    ("The agency reported 23 deaths and 40 injuries.", [23, 40]),
    ("The army lost six MiG-29s and two Su-24s.", [8]),
])
def test_quantities_different_outcomes_are_not_summed(nlp, text, values):
    from claimgraph.extract.quantities import find_quantities

    doc = nlp(text)
    assert [q.value for q, *_ in find_quantities(doc, 0, len(doc))] == values


@pytest.mark.model
def test_quantities_fronted_partitive_counts_the_noun_before(nlp):
    from claimgraph.extract.quantities import find_quantities

    doc = nlp("Some 4,500 people fled the town. Of those, about 1,200 crossed the border.")
    found = [(q.value, q.unit) for q, *_ in find_quantities(doc, 0, len(doc))]
    assert (1200, "people") in found, found


@pytest.mark.model
def test_quantities_casualty_verb_number_read_as_adverbial(nlp):
    from claimgraph.extract.quantities import find_quantities

    doc = nlp("Shelling of Tarsk kills at least 31, officials say")
    found = [(q.value, q.unit, q.bound) for q, *_ in find_quantities(doc, 0, len(doc))]
    assert found and found[0][:2] == (31, "people killed"), found


@pytest.mark.model
def test_quantities_tally_of_a_casualty_word(nlp):
    from claimgraph.extract.quantities import find_quantities

    doc = nlp("The agency put the number of displaced at 2,000.")
    found = [(q.value, q.unit) for q, *_ in find_quantities(doc, 0, len(doc))]
    assert (2000, "people displaced") in found, found
