"""claimgraph info --store FILE"""
from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from .common import DEFAULT_STORE, STORE_HELP, handle_errors, out


def register(app: typer.Typer) -> None:
    @app.command("info")
    @handle_errors
    def info_cmd(
        store: Path = typer.Option(DEFAULT_STORE, "--store", "-s", help=STORE_HELP),
        merges: bool = typer.Option(False, "--merges", help="List the evidence behind every actor merge."),
    ) -> None:
        """Counts per table, store version, and actor merge evidence."""
        from ..store import Store

        with Store(store, read_only=True) as st:
            t = Table(title=f"{store} (schema version {st.schema_version})")
            t.add_column("table")
            t.add_column("rows", justify="right")
            for name, n in st.counts().items():
                t.add_row(name, str(n))
            out.print(t)
            rows = st.query("SELECT status, count(*) AS n FROM documents GROUP BY status ORDER BY status")
            out.print("documents: " + ", ".join(f"{r['status']} {r['n']}" for r in rows))
            if merges:
                m = Table(title="actor merges (why two names are one actor)")
                for col in ("actor", "a", "b", "score", "evidence"):
                    m.add_column(col)
                for ev in st.merges():
                    m.add_row(ev.actor, ev.a, ev.b, f"{ev.score:.2f}", "; ".join(ev.reasons))
                out.print(m)
