"""Place keys (resolve/aliases.place_key): facility names with and without their hyphen. Names are invented."""
from __future__ import annotations

import pytest

from claimgraph.resolve.aliases import place_key


@pytest.mark.parametrize("a,b", [
    ("trans vessa pipeline", "transvessa pipeline"),
    ("north kessin airbase", "northkessin airbase"),
])
def test_aliases_place_key_hyphen_variants_meet(a, b):
    assert place_key(a) == place_key(b)


@pytest.mark.parametrize("a,b", [
    # two names, not one name spelt two ways: the head words differ
    ("trans vessa pipeline", "trans vessa dam"),
    # a place with no facility head keeps its words apart
    ("trans vessa", "transvessa"),
])
def test_aliases_place_key_look_alikes_stay_apart(a, b):
    assert place_key(a) != place_key(b)
