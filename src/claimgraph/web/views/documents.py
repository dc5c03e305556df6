"""Documents: every article in the store, newest first."""
from __future__ import annotations

from fastapi import Query, Request

from ...report import queries
from ..render import TEXT_MAX, limit_param, offset_param, open_store, page_links, respond


def documents(request: Request,
              outlet: str | None = Query(None, max_length=TEXT_MAX, description="Only this outlet."),
              q: str | None = Query(None, max_length=TEXT_MAX, description="Part of the title or path."),
              limit: int = limit_param(50), offset: int = offset_param()):
    """Documents with outlet, date, status and claim/mention counts (no text)."""
    with open_store(request) as store:
        res = queries.documents(store, outlet=outlet or None, q=(q or "").strip() or None, limit=limit, offset=offset)
        outlets = queries.outlet_names(store)
    return respond(request, "documents.html", {**res, "outlet": outlet, "q": q, "outlets": outlets,
                                               "paging": page_links(request, res["total"], limit, offset)})
