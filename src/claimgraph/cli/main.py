"""The Typer app: registers one command per module of this package."""
from __future__ import annotations

import typer

from . import build, check, demo, export, info, report, serve

app = typer.Typer(name="claimgraph", no_args_is_help=True, add_completion=False,
                  help="Who did what to whom, according to whom: claims, actors and contradictions from news.")

for module in (build, export, info, demo, report, serve, check):
    module.register(app)


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
