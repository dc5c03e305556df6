"""The web UI: a FastAPI app, read-only over one store. Every route is listed in ``_routes``.

Each page has a JSON twin under ``/api/`` served by the same view function (see
``render.respond``); the API is described by the app's OpenAPI schema at ``/openapi.json``
and, readably and offline, at ``/api``. Static files are vendored in ``static/`` (no CDN).
"""
from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from .. import __version__
from .render import STATIC, is_api, templates
from .views import (actor, actors, apidocs, claim, claims, document, documents, event, events, outlets, overview,
                    search, timeline)

# The page's own script, styles and the vendored Cytoscape.js only: no inline script, nothing remote.
# style-src-attr allows style attributes (Cytoscape sets them on its canvases); they cannot run code.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff",
                    "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY",
                    "Cross-Origin-Opener-Policy": "same-origin"}


def _routes(app: FastAPI) -> None:
    """Every route: (page path, API path, view, tag). A page and its API twin share one view."""
    routes = [
        ("/", "/api/overview", overview.overview, "overview"),
        ("/actors", "/api/actors", actors.actors, "actors"),
        ("/actors/{actor_id}", "/api/actors/{actor_id}", actor.actor, "actors"),
        ("/events", "/api/events", events.events, "events"),
        ("/events/{event_id}", "/api/events/{event_id}", event.event, "events"),
        ("/claims", "/api/claims", claims.claims, "claims"),
        ("/claims/{claim_id}", "/api/claims/{claim_id}", claim.claim, "claims"),
        ("/documents", "/api/documents", documents.documents, "documents"),
        ("/documents/{doc_id}", "/api/documents/{doc_id}", document.document, "documents"),
        ("/timeline", "/api/timeline", timeline.timeline, "timeline"),
        ("/outlets", "/api/outlets", outlets.outlets, "outlets"),
        ("/search", "/api/search", search.search, "search"),
    ]
    for page, api, view, tag in routes:
        app.add_api_route(page, view, methods=["GET"], response_class=HTMLResponse, include_in_schema=False)
        app.add_api_route(api, view, methods=["GET"], tags=[tag])
    app.add_api_route("/api/graph", overview.graph, methods=["GET"], tags=["overview"])
    app.add_api_route("/documents/{doc_id}/raw", document.raw, methods=["GET"], tags=["documents"],
                      summary="Raw text of a document (plain text)")
    app.add_api_route("/api", apidocs.api_docs, methods=["GET"], response_class=HTMLResponse, include_in_schema=False)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")


def create_app(store_path: str | Path, *, allowed_hosts: list[str] | None = None) -> FastAPI:
    """The web app over the store at ``store_path`` (opened read-only, per request).

    store_path (str | Path): the DuckDB store.
    allowed_hosts (list[str]): Host headers to accept (guards a loopback server against DNS
        rebinding); None accepts any.
    RETURNS (FastAPI): the app, ready for uvicorn.
    """
    app = FastAPI(title="claimgraph", version=__version__, docs_url=None, redoc_url=None,
                  description="Read-only JSON API over a claimgraph store: actors, claims, events, documents, "
                              "with who says what, how surely, and which sources agree or contradict.")
    app.state.store_path = Path(store_path)
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        for k, v in SECURITY_HEADERS.items():
            response.headers.setdefault(k, v)
        if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        return _error(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError):
        problems = [{"loc": list(e.get("loc", [])), "msg": e.get("msg", "")} for e in exc.errors()]
        if is_api(request):
            return JSONResponse({"detail": problems}, status_code=422)
        text = "; ".join(f"{'.'.join(str(x) for x in p['loc'][1:])}: {p['msg']}" for p in problems)
        return _error(request, 422, f"Invalid parameter — {text}")

    _routes(app)
    return app


def _error(request: Request, status: int, message: str):
    if is_api(request) or request.url.path.startswith("/static/"):
        return JSONResponse({"detail": message}, status_code=status)
    return templates.TemplateResponse(request, "error.html", {
        "request": request, "status": status, "message": message, "store_name": request.app.state.store_path.name,
        "path": request.url.path, "query": {}}, status_code=status)
