"""The terminal report (Rich tables)."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table


def terminal_report(store, console: Console | None = None) -> None:
    console = console or Console()
    counts = store.counts()
    console.print(f"[bold]claimgraph[/bold] — {counts['documents']} documents, {counts['actors']} actors, "
                  f"{counts['claims']} claims, {counts['links']} links")
    t = Table(title="Top actors")
    for col in ("actor", "kind", "country", "mentions", "aliases"):
        t.add_column(col)
    for a in store.actors()[:15]:
        t.add_row(a.name, a.kind, a.country or "", str(a.mentions), str(len(a.aliases)))
    console.print(t)
