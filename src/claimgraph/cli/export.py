"""claimgraph export --store FILE --format FMT [--output FILE]"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .common import DEFAULT_STORE, STORE_HELP, handle_errors


def register(app: typer.Typer) -> None:
    @app.command("export")
    @handle_errors
    def export_cmd(
        store: Path = typer.Option(DEFAULT_STORE, "--store", "-s", help=STORE_HELP),
        fmt: str = typer.Option("json", "--format", "-f", help="json, jsonl, csv, graphml, gexf, ftm or parquet."),
        output: Optional[Path] = typer.Option(None, "--output", "-o", help="Output file; a directory for parquet and for all csv tables (stdout when omitted)."),
        actor: Optional[str] = typer.Option(None, "--actor", help="Only claims involving this actor (id or name)."),
        type_: Optional[str] = typer.Option(None, "--type", help="Only this PLOVER type."),
        since: Optional[str] = typer.Option(None, "--since", help="Only claims dated on or after YYYY-MM-DD (or YYYY-MM, YYYY)."),
        until: Optional[str] = typer.Option(None, "--until", help="Only claims dated on or before YYYY-MM-DD (or YYYY-MM, YYYY)."),
        outlet: Optional[str] = typer.Option(None, "--outlet", help="Only documents from this outlet."),
    ) -> None:
        """Export the store (the JSON export is the public contract; see docs/exports.md)."""
        from ..export import Filters, export
        from ..store import Store

        with Store(store, read_only=True) as st:
            export(st, fmt, output, Filters(actor=actor, type=type_, since=since, until=until, outlet=outlet))
