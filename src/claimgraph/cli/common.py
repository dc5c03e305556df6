"""Helpers shared by the commands: console, error handling, store option."""
from __future__ import annotations

import functools
import sys
from pathlib import Path

import typer
from rich.console import Console

from ..errors import ClaimgraphError, StoreLockedError

console = Console(stderr=True)
out = Console()

STORE_HELP = "DuckDB store file."
DEFAULT_STORE = Path("claimgraph.duckdb")


def handle_errors(fn):
    """Turn claimgraph errors into a one-line message and an exit code (2 usage, 3 locked, 1 other)."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except StoreLockedError as e:
            console.print(f"[red]error:[/red] {e}")
            raise typer.Exit(3) from e
        except ClaimgraphError as e:
            console.print(f"[red]error:[/red] {e}")
            raise typer.Exit(1) from e
        except BrokenPipeError:  # pragma: no cover - e.g. piped into head
            sys.stderr.close()
            raise typer.Exit(0)
    return wrapper
