"""claimgraph build PATH... [--store FILE]"""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from .common import DEFAULT_STORE, STORE_HELP, console, handle_errors


def count_inputs(paths: list[Path]) -> int:
    from ..ingest.reader import IngestOptions, iter_files

    return sum(1 for _ in iter_files(paths, IngestOptions()))


def print_report(report) -> None:
    t = Table(title=f"claimgraph build → {report.store}", show_header=False, box=None)
    rate = (report.analysed / report.seconds) if report.seconds else 0
    for k, v in [("documents read", report.read), ("analysed", report.analysed),
                 ("skipped as duplicate", report.duplicates), ("already in the store", report.skipped),
                 ("not analysed (language)", report.not_analysed), ("failed", report.failed),
                 ("seconds", f"{report.seconds:.1f} ({rate:.1f} documents/s)"),
                 ("engine", f"{report.engine}, {report.workers} worker(s)"),
                 ("corpus stage", f"{report.resolve_seconds:.1f} s")]:
        t.add_row(k, str(v))
    for k, v in report.resolved.items():
        t.add_row(k, str(v))
    console.print(t)
    for path, original in report.duplicate_docs:
        console.print(f"  [yellow]duplicate[/yellow] {path} (of {original})")
    for path, reason in report.not_analysed_docs:
        console.print(f"  [yellow]{reason}[/yellow] {path}")
    if report.errors:
        console.print(f"[red]{len(report.errors)} file(s) failed:[/red]")
        for e in report.errors:
            console.print(f"  [red]✗[/red] {e.path}: {e.reason}")


def register(app: typer.Typer) -> None:
    @app.command("build")
    @handle_errors
    def build_cmd(
        paths: List[Path] = typer.Argument(..., help="Files or directories (recursive): txt, html, pdf, jsonl, csv."),
        store: Path = typer.Option(DEFAULT_STORE, "--store", "-s", help=STORE_HELP),
        workers: Optional[int] = typer.Option(None, "--workers", "-w", help="Processes for extraction (default: all cores; 1 runs in this process)."),
        max_mb: float = typer.Option(50.0, "--max-mb", help="Files larger than this are reported, not read."),
        text_field: Optional[str] = typer.Option(None, "--text-field", help="jsonl/csv field holding the text."),
        title_field: Optional[str] = typer.Option(None, "--title-field", help="jsonl/csv field holding the title."),
        url_field: Optional[str] = typer.Option(None, "--url-field", help="jsonl/csv field holding the URL."),
        date_field: Optional[str] = typer.Option(None, "--date-field", help="jsonl/csv field holding the date."),
        outlet_field: Optional[str] = typer.Option(None, "--outlet-field", help="jsonl/csv field holding the outlet."),
        wait: float = typer.Option(0.0, "--wait", help="Seconds to wait if another build holds the store."),
        engine: str = typer.Option("local", "--engine", "-e",
                                   help="Where the per-document stage runs: 'local' (this machine) or 'ray' (a Ray cluster)."),
        ray_address: Optional[str] = typer.Option(None, "--ray-address", envvar="RAY_ADDRESS",
                                                  help="Ray cluster address (ray://HOST:10001, auto); default: a local Ray instance."),
        shards: Optional[Path] = typer.Option(None, "--shards", help="Keep the per-document results as Parquet shards in DIR "
                                              "(ray: default a temporary directory)."),
        shards_shared: bool = typer.Option(False, "--shards-shared", help="ray: workers write shards into --shards "
                                           "themselves (a directory every node shares)."),
        batch_size: int = typer.Option(32, "--batch-size", min=1, help="Documents per task and per nlp.pipe call."),
        quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    ) -> None:
        """Ingest, clean, extract, cross-check and store articles."""
        from ..ingest import IngestOptions
        from ..pipeline import build

        for p in paths:
            if not p.exists():
                console.print(f"[red]error:[/red] [E001] No input found at {p}.")
                raise typer.Exit(2)
        options = IngestOptions(max_bytes=int(max_mb * 1_000_000), text_field=text_field, title_field=title_field,
                                url_field=url_field, date_field=date_field, outlet_field=outlet_field)
        total = count_inputs(paths)
        with Progress(TextColumn("[bold]build"), BarColumn(), MofNCompleteColumn(),
                      TextColumn("{task.fields[rate]:.1f} docs/s"), TimeElapsedColumn(),
                      TextColumn("{task.fields[last]}"), console=console, disable=quiet, transient=False) as bar:
            task = bar.add_task("build", total=total or None, rate=0.0, last="")
            done = {"n": 0}

            def progress(status: str, path: str) -> None:
                done["n"] += 1
                elapsed = bar.tasks[task].elapsed or 1e-9
                bar.update(task, completed=min(done["n"], total) if total else done["n"],
                           rate=done["n"] / elapsed, last=f"{status}: {Path(path).name[:40]}")

            report = build(paths, store, workers=workers, options=options, progress=progress, wait=wait,
                           engine=engine, ray_address=ray_address, shards=shards, shared_shards=shards_shared,
                           batch_size=batch_size)
        print_report(report)
        raise typer.Exit(report.exit_code)
