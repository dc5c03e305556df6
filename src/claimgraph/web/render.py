"""What every view shares: opening the store per request, validated parameters, rendering.

Each view builds one context (plain, JSON-ready data). The same endpoint serves the HTML
page and its ``/api/...`` twin: ``respond`` renders the view's template for a page path and
returns the context itself, as JSON, for an API path (as datasette's views do).

The store is opened read-only for the duration of one request and closed at once, so the
server never keeps the DuckDB file open between requests and a ``claimgraph build`` can
write to it while the UI is being used.
"""
from __future__ import annotations

import contextlib
import re
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import quote, urlencode

from fastapi import HTTPException, Query, Request
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader

from ..errors import StoreError, StoreLockedError
from ..report.queries import ClaimFilter

TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"

# Bounds on every parameter: ids are short, searches are phrases, pages are small.
ID_MAX = 200
ID_PATTERN = r"^[^\x00-\x1f/\\]+$"
TEXT_MAX = 200
LIMIT_MAX = 200
OFFSET_MAX = 100_000
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
TYPE_PATTERN = r"^[A-Z_]{2,24}$"




def safe_url(url: str | None) -> str | None:
    """The URL when it is http(s), else None: a stored ``javascript:`` URL must never become a link."""
    if url and re.match(r"^https?://", url.strip(), re.I):
        return url.strip()
    return None


def file_url(path: str | None) -> str | None:
    """A ``file://`` URL for an absolute local path (None for relative paths and record refs)."""
    if not path:
        return None
    p = Path(path.split("#", 1)[0])
    return p.as_uri() if p.is_absolute() else None


def split_match(text: str | None, needle: str | None, width: int = 0) -> list[tuple[str, bool]]:
    """Split ``text`` around case-insensitive matches of ``needle``: [(piece, is_match), ...].

    width (int): when > 0, keep only ``width`` characters around the first match.
    """
    text = text or ""
    if not needle:
        return [(text[:width] if width else text, False)]
    low, n = text.lower(), needle.lower()
    first = low.find(n)
    if width and first >= 0 and len(text) > width:
        lo = max(0, first - width // 2)
        text, low = text[lo: lo + width], low[lo: lo + width]
        text, low = ("…" if lo else "") + text + "…", ("…" if lo else "") + low + "…"
    elif width:
        text, low = text[:width], low[:width]
    out, pos = [], 0
    while n:
        i = low.find(n, pos)
        if i < 0:
            break
        if i > pos:
            out.append((text[pos:i], False))
        out.append((text[i:i + len(n)], True))
        pos = i + len(n)
    if pos < len(text):
        out.append((text[pos:], False))
    return out


def _env() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=True, trim_blocks=True,
                      lstrip_blocks=True)
    env.filters["urlq"] = lambda v: quote(str(v), safe="")
    env.filters["num"] = lambda v: f"{v:,}" if isinstance(v, (int, float)) and not isinstance(v, bool) else (
        "" if v is None else v)
    env.filters["pct"] = lambda v: f"{(v or 0) * 100:.0f}%"
    env.filters["label"] = lambda v: str(v or "").replace("_", " ")
    env.filters["basename"] = lambda v: re.split(r"[\\/]", str(v or ""))[-1]
    env.globals["safe_url"] = safe_url
    env.globals["file_url"] = file_url
    env.globals["split_match"] = split_match
    return env


templates = Jinja2Templates(env=_env())


@contextlib.contextmanager
def open_store(request: Request) -> Iterator[Any]:
    """A read-only Store for one request; 503 while a build holds the file, 500 if it is unusable."""
    from ..store import Store

    try:
        store = Store(request.app.state.store_path, read_only=True)
    except StoreLockedError as e:
        raise HTTPException(503, "The store is being written by a build; try again in a moment.") from e
    except StoreError as e:
        raise HTTPException(500, str(e)) from e
    try:
        yield store
    finally:
        store.close()


def is_api(request: Request) -> bool:
    """Whether the request is for the JSON twin of a page."""
    return request.url.path.startswith("/api/")


def respond(request: Request, template: str, context: dict[str, Any], *, status_code: int = 200):
    """The context as JSON for ``/api/...`` paths, else the page rendered from ``template``."""
    if is_api(request):
        return context
    page = {"request": request, "store_name": request.app.state.store_path.name, "path": request.url.path,
            "query": dict(request.query_params), "data": context, **context}
    return templates.TemplateResponse(request, template, page, status_code=status_code)


def not_found(what: str, ident: str) -> HTTPException:
    """The 404 for an unknown id."""
    return HTTPException(404, f"No {what} with id {ident!r} in this store.")


def page_links(request: Request, total: int, limit: int, offset: int) -> dict[str, Any]:
    """Previous/next links keeping the other query parameters."""
    params = dict(request.query_params)

    def link(off: int) -> str:
        return "?" + urlencode({**params, "offset": off})

    return {"total": total, "limit": limit, "offset": offset, "first": offset + 1 if total else 0,
            "last": min(offset + limit, total),
            "prev": link(max(0, offset - limit)) if offset > 0 else None,
            "next": link(offset + limit) if offset + limit < total else None}


# --- parameters shared by several views (declared once so they are validated the same way) ---
def id_param(description: str):
    """A path id: 1–200 characters, no control characters or slashes."""
    from fastapi import Path as PathParam

    return PathParam(..., min_length=1, max_length=ID_MAX, pattern=ID_PATTERN, description=description)


def limit_param(default: int = 50):
    """Page size, 1–LIMIT_MAX."""
    return Query(default, ge=1, le=LIMIT_MAX, description=f"Items per page (1–{LIMIT_MAX}).")


def offset_param():
    """Paging offset, 0–OFFSET_MAX."""
    return Query(0, ge=0, le=OFFSET_MAX, description="Items to skip (paging).")


def claim_filter(
    outlet: str | None = Query(None, max_length=TEXT_MAX, description="Only claims from this outlet."),
    type: str | None = Query(None, pattern=TYPE_PATTERN, description="PLOVER type of the event or speech act."),
    date_from: str | None = Query(None, pattern=DATE_PATTERN, description="From this date (YYYY-MM-DD), inclusive."),
    date_to: str | None = Query(None, pattern=DATE_PATTERN, description="Up to this date (YYYY-MM-DD), inclusive."),
    hedged: str | None = Query(None, pattern=r"^(yes|no|)$", description="yes: hedged claims only; no: unhedged."),
    actor: str | None = Query(None, max_length=ID_MAX, description="Claims by or about this actor id."),
    subject: str | None = Query(None, max_length=ID_MAX, description="Claims whose event subject is this actor."),
    object: str | None = Query(None, max_length=ID_MAX, description="Claims whose event object is this actor."),
    stance: str | None = Query(None, pattern=r"^(asserts|denies|)$", description="asserts or denies."),
    event: str | None = Query(None, max_length=ID_MAX, description="Claims grouped into this event id."),
    q: str | None = Query(None, max_length=TEXT_MAX, description="Words the claim's sentence contains."),
) -> ClaimFilter:
    """The claim filters of the claims list and the timeline, validated."""
    return ClaimFilter(outlet=outlet or None, type=type or None, date_from=date_from or None, date_to=date_to or None,
                       hedged={"yes": True, "no": False}.get(hedged or ""), actor=actor or None,
                       subject=subject or None, object=object or None, stance=stance or None, group=event or None,
                       q=(q or "").strip() or None)
