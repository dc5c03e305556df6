"""claimgraph serve --store FILE [--host 127.0.0.1] [--port 8000]"""
from __future__ import annotations

from pathlib import Path

import typer

from .common import DEFAULT_STORE, STORE_HELP, console, handle_errors

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def allowed_hosts(host: str) -> list[str] | None:
    """Host headers a server bound to ``host`` accepts: loopback names only when bound to loopback.

    A page on another site cannot then reach the local server by pointing its own DNS name at
    127.0.0.1 (DNS rebinding). Bound to all interfaces, any Host is accepted.
    """
    if host in ("0.0.0.0", "::", ""):
        return None
    return sorted({*LOOPBACK, host}) if host in LOOPBACK else [host, *LOOPBACK]


def register(app: typer.Typer) -> None:
    @app.command("serve")
    @handle_errors
    def serve_cmd(
        store: Path = typer.Option(DEFAULT_STORE, "--store", "-s", help=STORE_HELP),
        host: str = typer.Option("127.0.0.1", "--host", help="Address to bind (loopback unless told otherwise)."),
        port: int = typer.Option(8000, "--port", min=0, max=65535, help="Port to listen on."),
    ) -> None:
        """Serve the local web UI and JSON API (read-only over the store).

        Pages: overview with the actor network, actors, events, claims, documents, timeline,
        outlets, search; every page has a JSON twin under /api/ (see /api and /openapi.json).
        """
        import uvicorn

        from ..store import Store
        from ..web.app import create_app

        with Store(store, read_only=True):  # fail now, with the usual message, if it is not a store
            pass
        app = create_app(store, allowed_hosts=allowed_hosts(host))
        shown = f"[{host}]" if ":" in host else host
        console.print(f"claimgraph serving {store} (read-only) at http://{shown}:{port}/ — bound to {host}; "
                      "Ctrl+C to stop", soft_wrap=True)
        if host not in LOOPBACK:
            console.print("[yellow]warning:[/yellow] not bound to loopback: anyone who can reach this address "
                          "can read the store.", soft_wrap=True)
        uvicorn.run(app, host=host, port=port, log_level="warning")
