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
    "Turnout rose to 45 percent on Monday.",
    "The second convoy arrived at 10 am.",
])
def test_quantities_not_names_dates_or_percentages(nlp, text):
    assert quantities(nlp, text) == []


def test_quantities_currency(nlp):
    qs = quantities(nlp, "The ministry promised $40 million to the valley.")
    assert qs and qs[0].value == 40_000_000 and qs[0].unit == "USD"


def test_quantities_attached_to_the_event(nlp):
    claims, _ = extract(nlp, "Karl Odum said the Norland Front sent up to 1,200 fighters to Lyon in 2019.")
    mob = [c for c in claims if c.event.type == "MOBILIZE"]
    assert mob and mob[0].event.quantity.value == 1200 and mob[0].event.quantity.unit == "fighters"
    assert mob[0].speaker_text == "Karl Odum"
