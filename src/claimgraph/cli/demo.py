"""claimgraph demo: build the bundled demo corpus and print the report."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .common import console, handle_errors


def demo_corpus_path() -> Path:
    from importlib import resources

    return Path(str(resources.files("claimgraph").joinpath("demo", "articles")))


def register(app: typer.Typer) -> None:
    @app.command("demo")
    @handle_errors
    def demo_cmd(
        store: Path = typer.Option(Path("demo.duckdb"), "--store", "-s", help="Store to build the demo into."),
        html: Optional[Path] = typer.Option(None, "--html", help="Also write the HTML report here."),
        fresh: bool = typer.Option(True, "--fresh/--keep", help="Start from an empty store."),
    ) -> None:
        """Build the bundled demo corpus (an invented conflict) and print the report."""
        from ..pipeline import build
        from ..report import html_report, terminal_report
        from ..store import Store
        from .build import print_report

        if fresh and store.exists():
            store.unlink()
            Path(str(store) + ".wal").unlink(missing_ok=True)
        report = build([demo_corpus_path()], store)
        print_report(report)
        with Store(store, read_only=True) as st:
            terminal_report(st)
            if html:
                html_report(st, html)
                console.print(f"HTML report written to {html}")
