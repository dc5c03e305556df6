"""claimgraph serve --store FILE [--host 127.0.0.1] [--port 8000]"""
from __future__ import annotations

from pathlib import Path

import typer

from .common import DEFAULT_STORE, STORE_HELP, console, handle_errors


def register(app: typer.Typer) -> None:
    @app.command("serve")
    @handle_errors
    def serve_cmd(
        store: Path = typer.Option(DEFAULT_STORE, "--store", "-s", help=STORE_HELP),
        host: str = typer.Option("127.0.0.1", "--host", help="Address to bind (loopback unless told otherwise)."),
        port: int = typer.Option(8000, "--port", help="Port to listen on."),
    ) -> None:
        """Serve the local web UI (read-only over the store)."""
        import uvicorn

        from ..web.app import create_app

        app = create_app(store)
        console.print(f"claimgraph serving {store} on http://{host}:{port}/ (bound to {host})")
        uvicorn.run(app, host=host, port=port, log_level="warning")
