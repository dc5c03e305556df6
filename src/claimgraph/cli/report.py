"""claimgraph report --store FILE [--html OUT.html]"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .common import DEFAULT_STORE, STORE_HELP, console, handle_errors


def register(app: typer.Typer) -> None:
    @app.command("report")
    @handle_errors
    def report_cmd(
        store: Path = typer.Option(DEFAULT_STORE, "--store", "-s", help=STORE_HELP),
        html: Optional[Path] = typer.Option(None, "--html", help="Also write a self-contained HTML report."),
    ) -> None:
        """Summarise the store in the terminal (and as one HTML file)."""
        from ..report import html_report, terminal_report
        from ..store import Store

        with Store(store, read_only=True) as st:
            terminal_report(st)
            if html:
                html_report(st, html)
                console.print(f"HTML report written to {html}")
