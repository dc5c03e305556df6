"""Measure units in one spelling (``extract/units.py``): "m3", "cubic meters" and "cubic metres" meet."""
from __future__ import annotations

import pytest

from claimgraph.extract.units import is_measure, normalise_unit


@pytest.mark.parametrize("unit,expected", [
    ("cubic meters", "cubic metres"),
    ("cubic metres", "cubic metres"),
    ("m3", "cubic metres"),
    ("m³", "cubic metres"),
    ("m3/s", "cubic metres per second"),
    ("m³ per second", "cubic metres per second"),
    ("cubic meters a second", "cubic metres per second"),
    ("km", "kilometres"),
    ("kilometers", "kilometres"),
    ("km/h", "kilometres per hour"),
    ("tons", "tonnes"),
    ("metric tons of wheat", "tonnes of wheat"),
    ("tonnes", "tonnes"),
])
def test_units_normalise_unit_one_spelling(unit, expected):
    assert normalise_unit(unit) == expected


@pytest.mark.parametrize("unit", [
    "drones", "cruise missiles", "people killed", "Tr-29s", "kmart stores", "atoms", "tonsils", "",
])
def test_units_normalise_unit_leaves_other_words(unit):
    # a spelling is matched as a whole word: "kmart", "atoms" and "tonsils" hold no unit
    assert normalise_unit(unit) == unit
    assert not is_measure(unit)
