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
    """The corpus figures (``summary.corpus``) as a two-column table."""
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


# column: (header, Rich column options, shown on narrow terminals too)
NUM = {"justify": "right", "no_wrap": True}
NAME = {"overflow": "fold", "min_width": 10, "max_width": 36}
WIDE = 120  # below this many columns, the optional columns are left out


def _table(title: str, columns: list[tuple[str, dict[str, Any], bool]], rows: list[list[Text]], wide: bool,
           **kwargs: Any) -> Table:
    """A table keeping only the essential columns when the terminal is narrow."""
    keep = [i for i, (_, _, essential) in enumerate(columns) if wide or essential]
    t = Table(title=title, title_justify="left", **kwargs)
    for i in keep:
        t.add_column(columns[i][0], **columns[i][1])
    for row in rows:
        t.add_row(*[row[i] for i in keep])
    return t


def actors_table(rows: list[dict[str, Any]], wide: bool = True) -> Table:
    """Top actors with spellings, merges and claim counts."""
    columns = [("actor", NAME, True), ("kind", {"overflow": "fold"}, True), ("country", NAME, True),
               ("mentions", NUM, True), ("forms", NUM, True), ("merges", NUM, False),
               ("claims by/about", NUM, True), ("also written", {"overflow": "fold", "max_width": 40}, False)]
    cells = []
    for a in rows:
        others = [x for x in a["aliases"] if x != a["name"]]
        spell = ", ".join(others[:4]) + (f" +{len(others) - 4}" if len(others) > 4 else "")
        cells.append([_name(a), _t(a["kind"]), _name(a["country"]) if a["country"] else _t(""),
                      _t(a["mentions"]), _t(a["alias_count"]), _t(a["merges"] or ""),
                      _t(f"{a['claims_by']}/{a['claims_about']}"), _t(spell, "dim")])
    return _table("Top actors", columns, cells, wide)


def relations_table(rows: list[dict[str, Any]], wide: bool = True) -> Table:
    """Relations (source, PLOVER type, target), strongest first."""
    columns = [("source", NAME, True), ("type", {"no_wrap": True}, True), ("target", NAME, True),
               ("articles", NUM, True), ("claims", NUM, True), ("outlets", NUM, False), ("denied", NUM, False),
               ("dates", {"no_wrap": True}, False)]
    cells = []
    for r in rows:
        dates = r["first_date"] or ""
        if r["last_date"] and r["last_date"] != r["first_date"]:
            dates += f" – {r['last_date']}"
        cells.append([_name(r["source"]), _t(r["type"], QUAD_STYLE.get(r["quad"] or "", "")), _name(r["target"]),
                      _t(r["documents"]), _t(r["claims"]), _t(r["outlets"]), _t(r["denied"] or ""), _t(dates)])
    return _table("Strongest relations (who does what to whom)", columns, cells, wide)


def contested_table(rows: list[dict[str, Any]], wide: bool = True) -> Table:
    """Contested events with the distinct figures given, origins and grade."""
    columns = [("event", {"overflow": "fold", "min_width": 12, "max_width": 34}, True), ("✗", NUM, True),
               ("figures given (by whom, where)", {"overflow": "fold", "min_width": 20}, True),
               ("articles", NUM, False), ("origins", NUM, True), ("grade", {"overflow": "fold"}, True)]
    cells = []
    for e in rows:
        figs = Text()
        shown = e["figures"][:6]
        for i, f in enumerate(shown):
            if i:
                figs.append("\n")
            figs.append(f["figure"], style="bold")
            if f.get("count", 1) > 1:
                figs.append(f" ×{f['count']}")
            who = (f["speaker"] or {}).get("name") or "the outlet"
            figs.append(f" — {who}" + (f" ({f['outlet']})" if f["outlet"] else ""), style="dim")
            if f["hedged"]:
                figs.append(" hedged", style="italic yellow")
        if len(e["figures"]) > len(shown):
            figs.append(f"\n+{len(e['figures']) - len(shown)} more", style="dim")
        cells.append([_t(e["title"]), _t(e["contradictions"], "red"), figs if e["figures"] else _t("—", "dim"),
                      _t(e["documents"]), _t(e["origins"]), _t(e["grade"] or "—")])
    return _table("Contested events (✗ = contradicting links)", columns, cells, wide, show_lines=True)


def contradictions_table(rows: list[dict[str, Any]]) -> Table:
    """Contradicting pairs of claims side by side (when they belong to no event)."""
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


def outlets_table(rows: list[dict[str, Any]], wide: bool = True) -> Table:
    """Outlets with hedging and framing signals per 1,000 words."""
    columns = [("outlet", NAME, True), ("articles", NUM, True), ("words", NUM, False), ("claims", NUM, True),
               ("hedged", NUM, True), ("signals", {"overflow": "fold", "min_width": 20}, True)]
    cells = []
    for o in rows:
        sig = Text()
        for i, s in enumerate(o["signals"][:4]):
            if i:
                sig.append("\n")
            sig.append(f"{s['kind']} {s['per_1000_words']:g}", style="bold")
            if s["examples"] and wide:
                sig.append(" e.g. " + "; ".join(f"“{x[:40]}”" for x in s["examples"][:2]), style="dim")
        cells.append([_t(o["outlet"] or "(no outlet)"), _t(o["documents"]), _t(f"{o['words']:,}"), _t(o["claims"]),
                      _t(f"{o['hedged_share']:.0%}"), sig if o["signals"] else _t("—", "dim")])
    return _table("Outlets and framing signals (per 1,000 words)", columns, cells, wide)


def terminal_report(store, console: Console | None = None, *, limit: int = 15) -> None:
    """Print the summary of a store as Rich tables.

    store (Store): an open store (read-only is enough).
    console (Console): where to print; a new stdout console by default.
    limit (int): rows per table.
    """
    console = console or Console()
    wide = console.width >= WIDE
    c = summary.corpus(store)
    console.print(Text.assemble(("claimgraph report", "bold"), f" — {store.path}"))
    console.print(corpus_table(c))

    actors = summary.top_actors(store, limit=limit)
    if actors:
        console.print(actors_table(actors, wide))
    else:
        _empty(console, "No actors yet: build the store (claimgraph build) to recognise them.")

    rels = summary.relations(store, limit=limit)
    if rels:
        console.print(relations_table(rels, wide))
    else:
        _empty(console, "No relations yet: no claim has a typed event between two resolved actors.")

    contested = summary.contested(store, limit=max(5, limit // 2))
    pairs = [] if contested else summary.contradictions(store, limit=limit)
    if contested:
        console.print(contested_table(contested, wide))
    elif pairs:  # contradictions found outside any event group
        console.print(contradictions_table(pairs))
    else:
        _empty(console, "No contested events: cross-checking found no contradicting claims.")

    outlets = summary.outlets(store)
    if outlets:
        console.print(outlets_table(outlets, wide))
