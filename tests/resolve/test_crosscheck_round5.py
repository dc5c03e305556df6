"""Cross-checking on unseen text, round 5 (invented articles): shares of one measured thing, counts of
different owners' equipment, people held under other names. Each case has a look-alike that must not link."""
from __future__ import annotations

from claimgraph.model import Actor

from .world import ACTORS, World, links_between

ACTORS5 = ACTORS + [
    Actor(id="tolvey-board", name="Tolvey Election Board", kind="organization", country="ruritania",
          aliases=["Tolvey Election Board"]),
    Actor(id="clearcount", name="Clearcount", kind="organization", aliases=["Clearcount"]),
]

TURNOUT_A = "Turnout in the Ruritanian plebiscite was 64 percent, the Tolvey Election Board said."
YES_A = "The board said 81 percent voted yes."
TURNOUT_B = "The monitors of Clearcount said turnout in the plebiscite was barely 19 percent."


def _shares(w: World):
    w.article("p1", f"{TURNOUT_A} {YES_A}", outlet="Vela Post", published="2031-05-06")
    w.article("p2", TURNOUT_B, outlet="Harbour Times", published="2031-05-07")
    a = w.claim("p1", TURNOUT_A, content="Turnout in the Ruritanian plebiscite was 64 percent", speaker="tolvey-board",
                value=64, unit="percent turnout", qty_text="64 percent")
    y = w.claim("p1", YES_A, content="81 percent voted yes", speaker="tolvey-board", value=81,
                unit="percent vote yes", qty_text="81 percent")
    b = w.claim("p2", TURNOUT_B, content="turnout in the plebiscite was barely 19 percent", speaker="clearcount",
                value=19, unit="percent turnout", qty_text="19 percent")
    return a, y, b


def test_crosscheck_shares_of_one_thing_from_two_bodies_contradict():
    w = World(ACTORS5)
    a, _, b = _shares(w)
    links, _, _ = w.run()
    assert links_between(links, a, b, "contradicts"), links


def test_crosscheck_shares_of_different_things_are_not_compared():
    w = World(ACTORS5)
    a, y, b = _shares(w)
    links, _, _ = w.run()
    assert not links_between(links, y, b), links
    assert not links_between(links, y, a), links
