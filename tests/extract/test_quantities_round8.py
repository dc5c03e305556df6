"""Figures an unseen set showed lost (round 8): a figure given to a noun that names a count of people without
being one ("put the losses at more than 1,400", "police put the crowd at 4,500"), a bare figure after a verb of
saying and a preposition ("the rebels speak of 140,000"), a bound said by a preposition or a verb of exceeding
("the figure is below 30,000", "does not exceed 30,000"), a body of people brought to a level ("bringing the
mission to 160"), a part named by a casualty word ("identified 49 of the dead"), a time window ("within seven
days") and a count the tagger read as a date. Invented texts, each table with look-alikes that must not change."""
from __future__ import annotations

import pytest

from claimgraph.extract.quantities import find_quantities

pytestmark = pytest.mark.model


def found(nlp, text):
    doc = nlp(text)
    return [(q.value, q.unit, q.bound) for q, *_ in find_quantities(doc, 0, len(doc))]


@pytest.mark.parametrize("text, figure", [
    ("The rebels put government losses at more than 1,400.", (1400, "soldiers killed", "at_least")),
    ("The army estimates its losses at about 300 since March.", (300, "soldiers killed", "approx")),
    ("Kessa says its losses now stand at 212.", (212, "soldiers killed", "exact")),
    ("Police put the crowd at 4,500.", (4500, "protesters", "exact")),
    ("Organisers estimated the march at 20,000 on Sunday.", (20000, "protesters", "exact")),
    ("Officials put the size of the rally at 3,000.", None),      # "the size of" names no count noun: no figure
])
def test_quantities_round8_losses_and_crowds_given_a_figure(nlp, text, figure):
    if figure is None:
        assert all(u not in ("protesters", "soldiers killed") for _, u, _ in found(nlp, text)), found(nlp, text)
    else:
        assert figure in found(nlp, text), found(nlp, text)


@pytest.mark.parametrize("text", [
    "Police put the crowd at ease.",
    "The strike put the march at risk.",
    "The rally was held at 4 pm.",
])
def test_quantities_round8_crowd_without_a_figure_is_none(nlp, text):
    assert found(nlp, text) == []


@pytest.mark.parametrize("text, figure", [
    ("Aid groups counted 80,000 displaced in Lask. The rebels speak of 140,000.",
     (140000, "people displaced", "exact")),
    ("The clinic counted 34 dead on Monday. Villagers talk of about 60.", (60, "people killed", "approx")),
    ("Medics treated 18 wounded in Orsk. The governor spoke of 25.", (25, "people wounded", "exact")),
])
def test_quantities_round8_bare_figure_after_speak_of(nlp, text, figure):
    assert figure in found(nlp, text), found(nlp, text)


@pytest.mark.parametrize("text", [
    "The mayor spoke of 40.",                       # nothing counted before it
    "The rebels speak of 1991 as the start of the war.",
])
def test_quantities_round8_speak_of_with_nothing_counted_is_no_figure(nlp, text):
    assert found(nlp, text) == []


@pytest.mark.parametrize("text, figure", [
    ("The Red Cross says 86,000 people have been displaced. Lask insists the figure is below 30,000.",
     (30000, "people displaced", "at_most")),
    ("The number of persons who have left the province does not exceed 30,000.", (30000, "persons", "at_most")),
    ("The number of detainees will not exceed 200, the minister said.", (200, "detainees", "at_most")),
    ("Monitors say 40 people were killed. The rebels say the toll is above 90.", (90, "people killed", "at_least")),
])
def test_quantities_round8_bounds_by_preposition_or_exceeding(nlp, text, figure):
    assert figure in found(nlp, text), found(nlp, text)


@pytest.mark.parametrize("text, figure", [
    ("She said 40 more monitors would arrive next week, bringing the mission to 160.", (160, "monitors", "exact")),
    ("Kessa sent 500 additional troops on Friday, raising the force to 3,000.", (3000, "troops", "exact")),
    ("The ministry flew in 120 extra medics, which took the team to 400.", (400, "medics", "exact")),
])
def test_quantities_round8_body_of_people_brought_to_a_level(nlp, text, figure):
    assert figure in found(nlp, text), found(nlp, text)


@pytest.mark.parametrize("text", [
    "The mission took 30 to hospital.",             # no level of a body: not the count before
    "She said 40 more monitors would arrive, bringing the mission to Lask.",
])
def test_quantities_round8_no_level_without_a_collective_brought_to_a_number(nlp, text):
    assert all(v != 30 or u != "monitors" for v, u, _ in found(nlp, text)), found(nlp, text)
    assert all(u != "monitors" or v == 40 for v, u, _ in found(nlp, text)), found(nlp, text)


@pytest.mark.parametrize("text, figure", [
    ("The centre said it had now identified 49 of the dead.", (49, "people killed", "exact")),
    ("Doctors have treated 30 of the wounded in Lask.", (30, "people wounded", "exact")),
    ("Officials have registered 12,000 of the displaced so far.", (12000, "people displaced", "exact")),
])
def test_quantities_round8_part_named_by_a_casualty_word(nlp, text, figure):
    assert figure in found(nlp, text), found(nlp, text)


def test_quantities_round8_part_of_the_dead_said_to_be_women_stays_women(nlp):
    assert (19, "women", "exact") in found(nlp, "The clinic said 19 of the dead were women.")


@pytest.mark.parametrize("text, figure", [
    ("Within seven days the heavy guns will be pulled back.", (7, "days", "exact")),
    ("The guns must be moved back during seven days.", (7, "days", "exact")),
    ("Both sides must free their prisoners within three weeks.", (3, "weeks", "exact")),
])
def test_quantities_round8_time_window_is_a_duration(nlp, text, figure):
    assert figure in found(nlp, text), found(nlp, text)


@pytest.mark.parametrize("text", [
    "The guns will be pulled back in ten days.",
    "The guns were pulled back two weeks ago.",
])
def test_quantities_round8_when_is_no_duration(nlp, text):
    assert found(nlp, text) == []


@pytest.mark.parametrize("text, figure", [
    # the tagger reads "14" as a date after "12 October" and hangs it on "During"
    ("On 12 October units of the Northern Army conducted a counter-terrorist operation in the area of Lask. "
     "During the operation 14 armed militants were neutralised.", (14, "armed militants neutralised", "exact")),
    ("During the operation 14 armed militants were neutralised.", (14, "armed militants neutralised", "exact")),
])
def test_quantities_round8_count_the_tagger_read_as_a_date(nlp, text, figure):
    assert figure in found(nlp, text), found(nlp, text)


@pytest.mark.parametrize("text", [
    "The talks ended on 14 May.",
    "The operation began on 14 October and ended in 2021.",
])
def test_quantities_round8_year_or_date_stays_no_count(nlp, text):
    assert found(nlp, text) == []


@pytest.mark.parametrize("text, figure", [
    ("More than 10,000 have fled the city since Monday.", (10000, "people displaced", "at_least")),
    ("Some 2,000 fled across the border on Sunday.", (2000, "people displaced", "approx")),
    ("Medics estimated the casualties at about 300.", (300, "casualties", "approx")),
    ("Officials put the fatalities at 45.", (45, "people killed", "exact")),
])
def test_quantities_round8_fled_and_casualty_nouns_given_a_figure(nlp, text, figure):
    assert figure in found(nlp, text), found(nlp, text)


def test_quantities_round8_vague_amount_is_no_unit_of_a_bare_number(nlp):
    # "dozens" before a bare number is an amount, not what the number counts
    assert all(u != "dozens" for _, u, _ in found(nlp, "Police arrested dozens, and 14 remain in custody."))


@pytest.mark.parametrize("text", [
    "The family fled in 2019.",
    "Officials put the fatalities at the centre of the report.",
])
def test_quantities_round8_fled_or_fatalities_without_a_count(nlp, text):
    assert found(nlp, text) == []


@pytest.mark.parametrize("text, figure", [
    ("A doctors' group said the toll had passed 1,000.", (1000, "people killed", "at_least")),
    ("By Friday the death toll had topped 500.", (500, "people killed", "at_least")),
    ("The number of displaced has surpassed 2,000, the agency said.", (2000, "people displaced", "at_least")),
])
def test_quantities_round8_toll_gone_past_a_mark_is_a_floor(nlp, text, figure):
    assert figure in found(nlp, text), found(nlp, text)
