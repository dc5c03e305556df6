"""claimgraph check "CLAIM TEXT" --store FILE"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer
from rich.table import Table

from .common import DEFAULT_STORE, STORE_HELP, handle_errors, out

STYLE = {"supports": "green", "contradicts": "red", "updates": "yellow", "related": "cyan"}


def _read_as(claims) -> str:
    parts = []
    for c in claims:
        ev = c.event
        bits = [x for x in (ev.subject or ev.subject_text, ev.type, ev.object or ev.object_text) if x]
        if ev.quantity:
            bits.append(f"figure {ev.quantity.text or ev.quantity.value}")
        if c.stance == "denies" or ev.negated:
            bits.append("(denied)")
        parts.append(" ".join(bits) or (c.content_text or c.text)[:80])
    return "; ".join(parts)


def register(app: typer.Typer) -> None:
    @app.command("check")
    @handle_errors
    def check_cmd(
        claim: str = typer.Argument(..., help="The claim to check, in quotes: \"Troops entered the city on Monday\"."),
        store: Path = typer.Option(DEFAULT_STORE, "--store", "-s", help=STORE_HELP),
        date: Optional[str] = typer.Option(None, "--date", help="When the claim was made (YYYY-MM-DD): "
                                                               "tells a later tally (update) from a contradiction."),
        limit: int = typer.Option(20, "--limit", "-n", help="At most this many claims per relation."),
        related: bool = typer.Option(False, "--related", help="Also list claims about the same event with no verdict."),
        as_json: bool = typer.Option(False, "--json", help="Print JSON instead of tables."),
    ) -> None:
        """List stored claims that support, contradict or update a claim you type."""
        from ..resolve.check import RELATIONS, check_text
        from ..store import Store

        with Store(store, read_only=True) as st:
            result = check_text(claim, st, published=date, limit=limit, related=related)
        if as_json:
            out.print_json(json.dumps({
                "claim": result.text,
                "read_as": [c.to_dict() for c in result.claims],
                "matches": [{"relation": m.relation, "claim": m.claim.id, "doc": m.claim.doc, "text": m.claim.text,
                             "speaker": m.claim.speaker, "speaker_text": m.claim.speaker_text, "who": m.speaker,
                             "outlet": m.document.outlet if m.document else None,
                             "published": m.document.published if m.document else None,
                             "score": round(m.score, 2), "reason": m.reason} for m in result.matches],
            }, ensure_ascii=False))
            return
        out.print(f"[bold]Claim:[/bold] {result.text}")
        out.print(f"[dim]read as: {_read_as(result.claims)}[/dim]")
        groups = result.by_relation()
        if not result.matches:
            out.print("No stored claim supports, contradicts or updates it.")
            return
        for relation in RELATIONS:
            ms = groups[relation]
            if not ms:
                continue
            t = Table(title=f"{relation} ({len(ms)})", title_style=STYLE[relation], show_lines=True, expand=True)
            t.add_column("stored claim", ratio=3)
            t.add_column("who / where", ratio=1)
            t.add_column("why", ratio=3)
            for m in ms:
                d = m.document
                where = ", ".join(x for x in (m.speaker, d.outlet if d else None,
                                              d.published if d else None) if x)
                t.add_row(" ".join(m.claim.text.split())[:300], where or m.claim.doc, m.reason)
            out.print(t)
