"""A level reached by a change ("raising the flow to 180 …", "the flow fell to 90 last week") is the level at one
time: two such figures of one quantity do not contradict (resolve/levels.py). Two rival readings of one level
with no change named still do. Invented places and bodies only.
"""
from __future__ import annotations

import pytest

from claimgraph.resolve.levels import _change_verb

from .world import World, links_between

UNIT = "cubic metres per second"

CHANGES = [
    # (first sentence, its content, value; second sentence, its content, value)
    ("The Vela Basin Board said the dam's gates were opened on Monday, raising the flow at the border to 180 "
     "cubic metres per second.", "raising the flow at the border to 180 cubic metres per second", 180,
     "The Syldavian minister said the flow at the border fell to 90 cubic metres per second last week.",
     "the flow at the border fell to 90 cubic metres per second last week", 90),
    ("The Vela Basin Board said the releases had lifted the flow at the border to about 240 cubic metres per "
     "second.", "the releases had lifted the flow at the border to about 240 cubic metres per second", 240,
     "The Syldavian minister said the dam had cut the flow at the border to 70 cubic metres per second.",
     "the dam had cut the flow at the border to 70 cubic metres per second", 70),
    ("The Vela Basin Board said the flow at the border dropped from 410 cubic metres per second in January.",
     "the flow at the border dropped from 410 cubic metres per second in January", 410,
     "The Syldavian minister said the flow at the border is 150 cubic metres per second.",
     "the flow at the border is 150 cubic metres per second", 150),
]


def _run(first, c1, v1, second, c2, v2):
    w = World()
    w.article("r1", first, outlet="Vela Post", published="2031-05-06")
    w.article("r2", second, outlet="Port Wire", published="2031-05-07")
    a = w.claim("r1", first, content=c1, speaker="vela basin board", value=v1, unit=UNIT,
                qty_text=f"{v1} {UNIT}")
    b = w.claim("r2", second, content=c2, speaker="syldavia", value=v2, unit=UNIT, qty_text=f"{v2} {UNIT}")
    links, _, _ = w.run()
    return links, a, b


@pytest.mark.parametrize("first, c1, v1, second, c2, v2", CHANGES)
def test_levels_reached_by_a_change_do_not_contradict(first, c1, v1, second, c2, v2):
    links, a, b = _run(first, c1, v1, second, c2, v2)
    assert not links_between(links, a, b, "contradicts"), links


def test_levels_rival_readings_of_one_level_still_contradict():
    # look-alike: no change named, two sources give the flow at the border now
    links, a, b = _run("The Vela Basin Board said the flow at the border is 180 cubic metres per second.",
                       "the flow at the border is 180 cubic metres per second", 180,
                       "The Syldavian minister said the flow at the border is 90 cubic metres per second.",
                       "the flow at the border is 90 cubic metres per second", 90)
    assert links_between(links, a, b, "contradicts"), links


@pytest.mark.parametrize("word,change", [("raising", True), ("fell", True), ("risen", True), ("halved", True),
                                         ("brought", True), ("travelled", False), ("sent", False)])
def test_levels_change_verbs_from_data(word, change):
    assert bool(_change_verb().fullmatch(word)) is change
