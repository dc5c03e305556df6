"""Claims: every claim, filtered by outlet, type, date, hedging, actor or words."""
from __future__ import annotations

from fastapi import Depends, Query, Request

from ...report import queries
from ..render import claim_filter, limit_param, offset_param, open_store, page_links, respond


def claims(request: Request, flt: queries.ClaimFilter = Depends(claim_filter),
           order: str = Query("date", pattern="^(date|doc)$", description="date: by the claim's date; doc: by document."),
           limit: int = limit_param(50), offset: int = offset_param()):
    """Claims matching the filters, one page at a time."""
    with open_store(request) as store:
        res = queries.claims(store, flt, limit=limit, offset=offset, order=order)
        options = {"outlets": queries.outlet_names(store), "types": queries.type_names(store)}
        names = queries.actor_refs(store, [flt.actor, flt.subject, flt.object])
    return respond(request, "claims.html", {**res, "filters": flt.to_dict(), "options": options, "names": names,
                                            "paging": page_links(request, res["total"], limit, offset)})
