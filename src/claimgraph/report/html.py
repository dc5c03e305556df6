"""The self-contained HTML report: one file, no network, safe to email.

CSS, JavaScript and data are inlined; the actor network and the timeline are SVG laid out
here at build time (networkx ``spring_layout`` with a fixed seed, so the same store gives the
same picture). Jinja2 autoescaping escapes every value from the store, and a Content
Security Policy in the page lets only the report's own inline script run (by its hash), so
markup inside an article can never execute, even if it slipped through.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import math
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

from . import summary

TEMPLATES = Path(__file__).parent / "templates"
KIND_COLOURS = {"person": "#2b6cb0", "country": "#2f855a", "government": "#38a169", "organization": "#805ad5",
                "armed_group": "#c53030", "media": "#b7791f", "place": "#4a5568", "other": "#718096"}
QUAD_COLOURS = {"verbal_cooperation": "#48bb78", "material_cooperation": "#2f855a",
                "verbal_conflict": "#dd6b20", "material_conflict": "#c53030", None: "#a0aec0"}


def _env() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html"]),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["num"] = lambda v: f"{v:,}" if isinstance(v, (int, float)) else ("" if v is None else v)
    return env


def layout_network(graph: dict[str, Any], *, width: int = 960, height: int = 600, seed: int = 7) -> dict[str, Any]:
    """Place the actor network in a ``width``×``height`` box with a spring layout.

    RETURNS (dict): {"nodes": [... x, y, r, colour], "edges": [... x1, y1, x2, y2, colour, width],
    "width", "height", "mode"}.
    """
    import networkx as nx

    g = nx.Graph()
    for n in graph["nodes"]:
        g.add_node(n["id"])
    for e in graph["edges"]:
        g.add_edge(e["source"], e["target"], weight=1 + math.log1p(e["claims"]))
    if not g.number_of_nodes():
        return {"nodes": [], "edges": [], "width": width, "height": height, "mode": graph.get("mode")}
    # a weak pull towards a hidden centre keeps separate components from drifting to the corners
    centre = object()
    for n in list(g.nodes):
        g.add_edge(centre, n, weight=0.4)
    k = 1.6 / math.sqrt(max(g.number_of_nodes(), 1))
    pos = nx.spring_layout(g, seed=seed, k=k, iterations=200)
    del pos[centre]
    margin = 70
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    span_x = (max(xs) - min(xs)) or 1.0
    span_y = (max(ys) - min(ys)) or 1.0

    def place(node_id: str) -> tuple[float, float]:
        x, y = pos[node_id]
        return (round(margin + (x - min(xs)) / span_x * (width - 2 * margin), 1),
                round(margin / 2 + (y - min(ys)) / span_y * (height - 1.5 * margin), 1))

    top = max((n["mentions"] or 0) for n in graph["nodes"]) or 1
    nodes = []
    for n in graph["nodes"]:
        x, y = place(n["id"])
        r = round(5 + 17 * math.sqrt((n["mentions"] or 0) / top), 1)
        nodes.append({**n, "x": x, "y": y, "r": r, "colour": KIND_COLOURS.get(n["kind"] or "other", "#718096")})
    radius = {n["id"]: n["r"] for n in nodes}
    edges = []
    for e in graph["edges"]:
        (x1, y1), (x2, y2) = place(e["source"]), place(e["target"])
        d = math.hypot(x2 - x1, y2 - y1) or 1.0
        # stop the line at the target's rim so the arrow head shows
        shrink = (radius.get(e["target"], 6) + 3) / d
        edges.append({**e, "x1": x1, "y1": y1, "x2": round(x2 - (x2 - x1) * shrink, 1),
                      "y2": round(y2 - (y2 - y1) * shrink, 1), "colour": QUAD_COLOURS.get(e.get("quad")),
                      "width": round(1 + 1.5 * math.log1p(e["claims"]), 1)})
    return {"nodes": nodes, "edges": edges, "width": width, "height": height, "mode": graph.get("mode")}


def layout_timeline(entries: list[dict[str, Any]], *, width: int = 960, row: int = 14) -> dict[str, Any]:
    """Dots on a date axis, stacked when several entries share a day."""
    dates = sorted({e["date"] for e in entries if _date(e["date"])})
    if not dates:
        return {"dots": [], "ticks": [], "width": width, "height": 0}
    first, last = _date(dates[0]), _date(dates[-1])
    days = max((last - first).days, 1)
    margin = 40
    stacks: dict[str, int] = {}
    dots = []
    for e in entries:
        d = _date(e["date"])
        if not d:
            continue
        level = stacks.get(e["date"], 0)
        stacks[e["date"]] = level + 1
        x = margin + (d - first).days / days * (width - 2 * margin)
        quad = summary.plover_quads().get(((e.get("event") or {}).get("type")
                                           or ((e.get("claim") or {}).get("event") or {}).get("type")))
        dots.append({"x": round(x, 1), "level": level, "colour": QUAD_COLOURS.get(quad), "title": e["title"],
                     "date": e["date"], "claims": e["claims"], "dated_by": e["dated_by"]})
    height = 40 + row * max(stacks.values())
    for dot in dots:
        dot["y"] = height - 24 - dot["level"] * row
    ticks: list[dict[str, Any]] = []
    for s in dates:  # label days, skipping those that would overlap the previous label
        x = margin + (_date(s) - first).days / days * (width - 2 * margin)
        if not ticks or x - ticks[-1]["x"] >= 90:
            ticks.append({"x": round(x, 1), "label": s})
    return {"dots": dots, "ticks": ticks, "width": width, "height": height}


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def report_context(store, *, limit: int = 20) -> dict[str, Any]:
    """Everything the report shows, as plain data."""
    events = summary.events(store, limit=limit)["items"]
    return {
        "store": str(store.path.name),
        "corpus": summary.corpus(store),
        "actors": summary.top_actors(store, limit=limit),
        "relations": summary.relations(store, limit=limit),
        "contested": summary.contested(store, limit=limit),
        "contradictions": summary.contradictions(store, limit=limit),
        "events": events,
        "outlets": summary.outlets(store),
        "timeline": summary.timeline(store, limit=300),
        "network": layout_network(summary.graph(store, nodes=40, edges=80)),
        "kind_colours": KIND_COLOURS,
        "quad_colours": {k: v for k, v in QUAD_COLOURS.items() if k},
    }


def render_report(store, *, generated: str | None = None) -> str:
    """The report as one HTML string."""
    env = _env()
    ctx = report_context(store)
    ctx["timeline_svg"] = layout_timeline(ctx["timeline"]["items"])
    ctx["generated"] = generated or dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    css = (TEMPLATES / "report.css").read_text(encoding="utf-8")
    js = (TEMPLATES / "report.js").read_text(encoding="utf-8")
    script_hash = base64.b64encode(hashlib.sha256(js.encode("utf-8")).digest()).decode()
    return env.get_template("report.html").render(**ctx, css=css, js=js, script_hash=script_hash)


def html_report(store, path: str | Path) -> Path:
    """Write the self-contained HTML report of ``store`` to ``path``.

    store (Store): an open store.
    path (str | Path): the file to write (UTF-8).
    RETURNS (Path): the path written.
    """
    path = Path(path)
    path.write_text(render_report(store), encoding="utf-8")
    return path
