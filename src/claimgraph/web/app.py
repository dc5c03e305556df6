"""All routes of the web UI in one place (placeholder: see issue 6)."""
from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI


def create_app(store_path: str | Path) -> FastAPI:
    from ..store import Store

    app = FastAPI(title="claimgraph")

    @app.get("/api/info")
    def info():
        with Store(store_path, read_only=True) as st:
            return {"counts": st.counts()}

    return app
