"""Which coordinated counts are one sum (kinds of one thing) and which count different things (round 6)."""
from __future__ import annotations

import pytest

from claimgraph.extract.sums import mixed_kinds


def _parts(*units):
    return [{"value": 1, "unit": u} for u in units]


@pytest.mark.parametrize("units, mixed", [
    # plain nouns of no family that differ are different things
    (("firms", "officials"), True),
    (("drones", "cruise missiles"), True),
    # look-alikes: one noun, kinds of one family, unknown models (which may be of one kind)
    (("diplomats", "diplomats"), False),
    (("ground troops", "airborne troops", "special forces"), False),
    (("howitzers", "mortars"), False),
    (("Kv-24s", "Kv-29s"), False),
    (("Kv-24s", "firms"), False),
    # a plain noun is no evidence against a family the list knows ("marines" and an unlisted kind of troops)
    (("troops", "officials"), False),
    (("infantry", "paratroopers", "marines"), False),
])
def test_sums_mixed_kinds_of_plain_nouns(units, mixed):
    assert mixed_kinds(_parts(*units)) is mixed
