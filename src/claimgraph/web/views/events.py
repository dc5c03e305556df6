"""Events: claims grouped across documents, most contested first."""
from __future__ import annotations

from fastapi import Query, Request

from ...report import summary
from ..render import TYPE_PATTERN, limit_param, offset_param, open_store, page_links, respond


def events(request: Request,
           contested: bool = Query(False, description="Only events with contradicting claims."),
           type: str | None = Query(None, pattern=TYPE_PATTERN, description="PLOVER type."),
           limit: int = limit_param(50), offset: int = offset_param()):
    """Event groups with their documents, independent origins, grade and link counts."""
    with open_store(request) as store:
        res = summary.events(store, limit=limit, offset=offset, contested=contested, type=type or None)
        types = [r["type"] for r in store.query("SELECT DISTINCT type FROM events WHERE type IS NOT NULL ORDER BY 1")]
    return respond(request, "events.html", {**res, "contested": contested, "type": type, "types": types,
                                            "paging": page_links(request, res["total"], limit, offset)})
