"""A sum of different kinds in the cross-check (round 4b): its parts are compared, each as a claim of its own;
the mixed total is not, so a later count of one part is linked once. A sum of one kind is compared as a whole.
Invented world."""
from __future__ import annotations

from claimgraph.extract.figure_clauses import part_claims
from claimgraph.model import Quantity
from claimgraph.resolve.figures import figure_of

from .world import World, links_between

RAID = "The Bordurian Defence Ministry said it launched 34 drones and 6 cruise missiles at Port Vela on Monday."
COUNT = "Syldavian officials said 12 drones hit Port Vela on Monday."
CONTENT = "it launched 34 drones and 6 cruise missiles at Port Vela on Monday"


def _raid_world(parts):
    w = World()
    w.article("r", RAID, outlet="Vela Post", published="2031-04-08")
    w.article("s", COUNT, outlet="Harbour Times", published="2031-04-08")
    kw = dict(type="ASSAULT", subject="borduria", object="port-vela", location="Port Vela", date="2031-04-07")
    total = w.claim("r", RAID, content=CONTENT, speaker="borduria-defence", parts=parts,
                    unit=" and ".join(u for _, u in parts), qty_text=CONTENT[12:46], **kw)
    for p, (v, u) in zip(total.event.quantity.parts, parts):
        p["text"] = f"{v} {u}"
    copies = part_claims(total)
    for n, c in enumerate(copies):
        c.id = f"r:p{n}"
    w.claims += copies
    other = w.claim("s", COUNT, content="12 drones hit Port Vela on Monday", speaker="syldavia", value=12,
                    unit="drones", **kw)
    return w, total, copies, other


def test_figures_parts_of_a_mixed_sum_are_compared_alone():
    w, total, copies, other = _raid_world([(34, "drones"), (6, "cruise missiles")])
    assert [c.event.quantity.value for c in copies] == [34, 6]
    links, _, _ = w.run()
    drones = copies[0]
    assert links_between(links, drones, other, "contradicts"), links
    # the total is no figure of its own: "12 drones" is not set against "40 drones and cruise missiles" too
    assert not [l for l in links_between(links, total, other) if l.kind == "contradicts"]
    assert not links_between(links, copies[1], other, "contradicts")      # missiles are no drones


def test_figures_same_kind_sum_stays_one_figure():
    q = Quantity(value=8, unit="MiG-29s and Su-24s", text="six MiG-29s and two Su-24s",
                 parts=[{"value": 6, "unit": "MiG-29s"}, {"value": 2, "unit": "Su-24s"}])
    f = figure_of(q)
    assert f is not None and f.point == 8 and "aircraft" in f.families
    w, total, copies, other = _raid_world([(6, "MiG-29s"), (2, "Su-24s")])
    assert copies == []


def test_figures_mixed_total_has_no_figure():
    q = Quantity(value=40, unit="drones and cruise missiles", text="34 drones and 6 cruise missiles",
                 parts=[{"value": 34, "unit": "drones"}, {"value": 6, "unit": "cruise missiles"}])
    assert figure_of(q) is None
