"""Shares ("61 percent", "78%", "45 per cent"): extracted as figures whose unit keeps what they measure.
Invented sentences; look-alikes that must not become shares."""
from __future__ import annotations

import pytest

from claimgraph.extract.quantities import find_quantities
from claimgraph.resolve.figures import figure_of

pytestmark = pytest.mark.model


def found(nlp, text):
    doc = nlp(text)
    return [q for q, *_ in find_quantities(doc, 0, len(doc))]


@pytest.mark.parametrize("text,value,unit", [
    ("Turnout in the Varnish plebiscite was 64 percent, the election board said.", 64, "percent turnout"),
    ("Monitors from the Oskel Institute said turnout was barely 19 percent.", 19, "percent turnout"),
    ("The board put turnout at 64%.", 64, "percent turnout"),
    ("The ballot drew a 47 per cent turnout, observers said.", 47, "percent turnout"),
    ("A turnout of 52 percent was recorded in Lask.", 52, "percent turnout"),
    ("The board said 81 percent voted yes.", 81, "percent vote yes"),
    ("The Tarn Alliance won 38 percent of the vote.", 38, "percent vote"),
    ("Inflation in Varnia rose to 14.5 percent in June.", 14.5, "percent inflation"),
])
def test_percents_unit_keeps_what_is_measured(nlp, text, value, unit):
    shares = [q for q in found(nlp, text) if q.unit.startswith("percent")]
    assert [(q.value, q.unit) for q in shares] == [(value, unit)]


@pytest.mark.parametrize("text", [
    "Support for the Tarn Alliance fell 5 percentage points.",   # a change, not a share
    "Bread prices in Lask rose by 40 percent.",                  # a change, not a share
    "Officials said 64 Varnian instructors were sent to Lask.",   # a count, no percent word
])
def test_percents_look_alikes_are_no_shares(nlp, text):
    assert not [q for q in found(nlp, text) if figure_of(q) is not None and
                any(f.startswith("share") for f in figure_of(q).families)]
