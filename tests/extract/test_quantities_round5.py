"""Figures a blind set showed missed (round 5): a count noun given a bare figure ("put the number at 120"),
the earlier figure of a changed tally ("rose to 61, up from 52", "rose from 52 to 61"), a place's size ("a city of
300,000"). Invented texts, each with a look-alike that must not change."""
from __future__ import annotations

import pytest

from claimgraph.extract.quantities import find_quantities
from tests.extract.invented import extract

pytestmark = pytest.mark.model


def found(nlp, text):
    doc = nlp(text)
    return [(q.value, q.unit, q.bound) for q, *_ in find_quantities(doc, 0, len(doc))]


@pytest.mark.parametrize("text, figures", [
    ("The Varnish interior ministry put the number at 120.", [(120, "", "exact")]),
    ("Medics put the figure at 35.", [(35, "", "exact")]),
    ("The death toll in Lask rose to 61, up from 52, the Oskel Red Cross said.",
     [(61, "people killed", "exact"), (52, "people killed", "exact")]),
    ("The death toll in Lask rose from 52 to 61.", [(52, "people killed", "exact"), (61, "people killed", "exact")]),
    # look-alikes: a range of a count, a place of origin
    ("Convoys of 10 to 20 trucks crossed the Lask bridge daily.", [(10, "trucks", "range")]),
    ("About 900 soldiers from Varnia arrived in Lask.", [(900, "soldiers", "approx")]),
    # a place's size as a bare number counts its people; a look-alike counts what it names
    ("Lask, a city of 300,000, has had no power for a week.", [(300000, "people", "exact")]),
    ("Rebels took Lask, a village of 40 houses.", [(40, "houses", "exact")]),
    # the subject of a verb of dying; a figure given to a tally noun after a count in its own sentence
    ("Medics in Lask said 11 had died.", [(11, "people killed", "exact")]),
    ("The Varnish health ministry said 52 people were killed; Oren Calt put the figure at 11.",
     [(52, "people killed", "exact"), (11, "people killed", "exact")]),
    # look-alike: a date's day before a verb
    ("Officials said May 11 had been chosen for the talks.", []),
])
def test_quantities_round5_bare_and_earlier_figures(nlp, text, figures):
    assert found(nlp, text) == figures


def test_quantities_round5_population_is_a_claim_of_the_speaker(nlp):
    claims, _ = extract(nlp, "The Varnish energy ministry said Lask, a city of 300,000, had no power for a week.")
    assert [(c.event.quantity.value, c.speaker_text) for c in claims if c.event.quantity] == \
        [(300000, "The Varnish energy ministry")]


def test_quantities_round5_earlier_tally_is_a_claim_of_the_speaker(nlp):
    claims, by_id = extract(nlp, "The death toll in Lask rose to 61, up from 52, the Oskel Red Cross said.")
    values = {c.event.quantity.value: c.speaker_text for c in claims if c.event.quantity}
    assert values == {61: "the Oskel Red Cross", 52: "the Oskel Red Cross"}


@pytest.mark.parametrize("text, expected", [
    ("The Varnish interior ministry estimated the number at 120.", [(120, "The Varnish interior ministry")]),
    ("The Varnish interior ministry said the number stood at 120.", [(120, "The Varnish interior ministry")]),
    # look-alike: a figure of the next sentence is not the value of the tally noun
    ("The Varnish interior ministry estimated the number of shelters. 120 tents arrived in Lask.",
     [(120, None)]),
])
def test_quantities_round5_figure_given_to_a_tally_noun_is_the_speakers(nlp, text, expected):
    claims, _ = extract(nlp, text)
    assert [(c.event.quantity.value, c.speaker_text) for c in claims if c.event.quantity] == expected
