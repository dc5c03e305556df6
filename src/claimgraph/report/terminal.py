"""The terminal report: Rich tables summarising a store.

Sections: corpus, top actors (with alias counts and merges), strongest relations, contested
events (their figures and independent origins), outlets (with framing signals per 1,000
words). A section with nothing to show says what would fill it instead of disappearing.

Every value from the store goes into a ``rich.text.Text`` so that brackets in article text
or names are printed as written, never read as Rich markup.
"""
from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from . import summary

KIND_STYLE = {"person": "cyan", "country": "green", "government": "green", "organization": "magenta",
              "armed_group": "red", "media": "yellow", "place": "blue"}
QUAD_STYLE = {"verbal_cooperation": "green", "material_cooperation": "bold green",
              "verbal_conflict": "yellow", "material_conflict": "bold red"}


def _t(value: Any, style: str = "") -> Text:
    """Store data as literal text (no markup)."""
    return Text("" if value is None else str(value), style=style)


def _name(r: dict[str, Any] | None) -> Text:
    if not r:
        return Text("—", style="dim")
    return _t(r.get("name"), KIND_STYLE.get(r.get("kind") or "", ""))


def _empty(console: Console, what: str) -> None:
    console.print(Text(what, style="dim italic"))


def corpus_table(c: dict[str, Any]) -> Table:
    t = Table(title="Corpus", show_header=False, title_justify="left", min_width=40)
    t.add_column("measure")
    t.add_column("value", justify="right")
    dates = f"{c['first_date']} – {c['last_date']}" if c["first_date"] else "—"
    rows = [
        ("documents", f"{c['documents']:,}"),
        ("  analysed", f"{c['analysed']:,}"),
        ("  duplicates", f"{c['duplicates']:,}"),
        ("  not analysed (language)", f"{c['not_analysed']:,}"),
        ("outlets", f"{c['outlets']:,}"),
        ("published", dates),
        ("words", f"{c['words']:,}"),
        ("actors (from mentions)", f"{c['actors']:,} ({c['mentions']:,})"),
        ("merged spellings", f"{c['merges']:,}"),
        ("claims", f"{c['claims']:,}"),
        ("  attributed to a speaker", f"{c['attributed']:,}"),
        ("  hedged", f"{c['hedged']:,}"),
        ("  with a typed event", f"{c['typed']:,}"),
        ("events (cross-document)", f"{c['events']:,}"),
        ("contradictions / agreements / updates",
         f"{c['contradictions']:,} / {c['agreements']:,} / {c['updates']:,}"),
    ]
    for k, v in rows:
        t.add_row(k, v)
    return t


def actors_table(rows: list[dict[str, Any]]) -> Table:
    t = Table(title="Top actors", title_justify="left")
    for col, kw in (("actor", {"overflow": "fold", "max_width": 36}), ("kind", {}), ("country", {}),
                    ("mentions", {"justify": "right"}), ("aliases", {"justify": "right"}),
                    ("merges", {"justify": "right"}), ("claims by/about", {"justify": "right"}),
                    ("spellings", {"overflow": "fold", "max_width": 40})):
        t.add_column(col, **kw)
    for a in rows:
        others = [x for x in a["aliases"] if x != a["name"]]
        spell = ", ".join(others[:4]) + (f" +{len(others) - 4}" if len(others) > 4 else "")
        t.add_row(_name(a), _t(a["kind"]), _name(a["country"]) if a["country"] else _t(""),
                  _t(a["mentions"]), _t(a["alias_count"]), _t(a["merges"] or ""),
                  _t(f"{a['claims_by']}/{a['claims_about']}"), _t(spell, "dim"))
    return t


def relations_table(rows: list[dict[str, Any]]) -> Table:
    t = Table(title="Strongest relations (who does what to whom)", title_justify="left")
    for col, kw in (("source", {"overflow": "fold", "max_width": 30}), ("type", {}),
                    ("target", {"overflow": "fold", "max_width": 30}), ("documents", {"justify": "right"}),
                    ("claims", {"justify": "right"}), ("outlets", {"justify": "right"}),
                    ("denied", {"justify": "right"}), ("dates", {})):
        t.add_column(col, **kw)
    for r in rows:
        dates = r["first_date"] or ""
        if r["last_date"] and r["last_date"] != r["first_date"]:
            dates += f" – {r['last_date']}"
        t.add_row(_name(r["source"]), _t(r["type"], QUAD_STYLE.get(r["quad"] or "", "")), _name(r["target"]),
                  _t(r["documents"]), _t(r["claims"]), _t(r["outlets"]), _t(r["denied"] or ""), _t(dates))
    return t


def contested_table(rows: list[dict[str, Any]]) -> Table:
    t = Table(title="Contested events", title_justify="left", show_lines=True)
    for col, kw in (("event", {"overflow": "fold", "max_width": 34}), ("contradictions", {"justify": "right"}),
                    ("figures given (by whom, where)", {"overflow": "fold"}), ("articles", {"justify": "right"}),
                    ("origins", {"justify": "right"}), ("grade", {})):
        t.add_column(col, **kw)
    for e in rows:
        figs = Text()
        for i, f in enumerate(e["figures"]):
            if i:
                figs.append("\n")
            figs.append(f["figure"], style="bold")
            who = (f["speaker"] or {}).get("name") or "the outlet"
            figs.append(f" — {who}" + (f" ({f['outlet']})" if f["outlet"] else ""), style="dim")
            if f["hedged"]:
                figs.append(" hedged", style="italic yellow")
        t.add_row(_t(e["title"]), _t(e["contradictions"], "red"), figs if e["figures"] else _t("—", "dim"),
                  _t(e["documents"]), _t(e["origins"]), _t(e["grade"] or "—"))
    return t


def contradictions_table(rows: list[dict[str, Any]]) -> Table:
    t = Table(title="Contradicting claims", title_justify="left", show_lines=True)
    t.add_column("one source says", overflow="fold", ratio=2)
    t.add_column("another says", overflow="fold", ratio=2)
    t.add_column("why they clash", overflow="fold", ratio=1)
    for r in rows:
        cells = []
        for c in (r["a"], r["b"]):
            cell = Text(c["content_text"] or c["text"])
            who = (c["speaker"] or {}).get("name") or "the outlet"
            cell.append(f"\n— {who}" + (f", {c['outlet']}" if c["outlet"] else ""), style="dim")
            cells.append(cell)
        t.add_row(*cells, _t(r["reason"]))
    return t


def outlets_table(rows: list[dict[str, Any]]) -> Table:
    t = Table(title="Outlets and framing signals (per 1,000 words)", title_justify="left")
    for col, kw in (("outlet", {"overflow": "fold", "max_width": 30}), ("documents", {"justify": "right"}),
                    ("words", {"justify": "right"}), ("claims", {"justify": "right"}),
                    ("hedged", {"justify": "right"}), ("signals", {"overflow": "fold"})):
        t.add_column(col, **kw)
    for o in rows:
        sig = Text()
        for i, s in enumerate(o["signals"][:4]):
            if i:
                sig.append("\n")
            sig.append(f"{s['kind']} {s['per_1000_words']:g}", style="bold")
            if s["examples"]:
                sig.append(" e.g. " + "; ".join(f"“{x[:40]}”" for x in s["examples"][:2]), style="dim")
        t.add_row(_t(o["outlet"] or "(no outlet)"), _t(o["documents"]), _t(f"{o['words']:,}"), _t(o["claims"]),
                  _t(f"{o['hedged_share']:.0%}"), sig if o["signals"] else _t("—", "dim"))
    return t


def terminal_report(store, console: Console | None = None, *, limit: int = 15) -> None:
    """Print the summary of a store as Rich tables.

    store (Store): an open store (read-only is enough).
    console (Console): where to print; a new stdout console by default.
    limit (int): rows per table.
    """
    console = console or Console()
    c = summary.corpus(store)
    console.print(Text.assemble(("claimgraph report", "bold"), f" — {store.path}"))
    console.print(corpus_table(c))

    actors = summary.top_actors(store, limit=limit)
    if actors:
        console.print(actors_table(actors))
    else:
        _empty(console, "No actors yet: build the store (claimgraph build) to recognise them.")

    rels = summary.relations(store, limit=limit)
    if rels:
        console.print(relations_table(rels))
    else:
        _empty(console, "No relations yet: no claim has a typed event between two resolved actors.")

    contested = summary.contested(store, limit=max(5, limit // 2))
    pairs = [] if contested else summary.contradictions(store, limit=limit)
    if contested:
        console.print(contested_table(contested))
    elif pairs:  # contradictions found outside any event group
        console.print(contradictions_table(pairs))
    else:
        _empty(console, "No contested events: cross-checking found no contradicting claims.")

    outlets = summary.outlets(store)
    if outlets:
        console.print(outlets_table(outlets))
