"""claimgraph report --store FILE [--html OUT.html]"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .common import DEFAULT_STORE, STORE_HELP, console, handle_errors, out


def register(app: typer.Typer) -> None:
    @app.command("report")
    @handle_errors
    def report_cmd(
        store: Path = typer.Option(DEFAULT_STORE, "--store", "-s", help=STORE_HELP),
        html: Optional[Path] = typer.Option(None, "--html", help="Also write a self-contained HTML report (one file)."),
        limit: int = typer.Option(15, "--limit", min=1, max=500, help="Rows per table in the terminal."),
    ) -> None:
        """Summarise the store in the terminal (and as one HTML file you can email).

        Tables: corpus, top actors with their spellings, strongest relations, contested
        events with the figures each source gives, outlets with framing signals.
        """
        from ..report import html_report, terminal_report
        from ..store import Store

        with Store(store, read_only=True) as st:
            terminal_report(st, out, limit=limit)
            if html:
                html_report(st, html)
                console.print(f"HTML report written to {html}")
