"""Timeline: dated events (and the articles published each day), oldest first."""
from __future__ import annotations

from fastapi import Depends, Request

from ...report import queries, summary
from ..render import claim_filter, limit_param, offset_param, open_store, page_links, respond


def timeline(request: Request, flt: queries.ClaimFilter = Depends(claim_filter),
             limit: int = limit_param(200), offset: int = offset_param()):
    """One entry per event (or ungrouped typed claim) and day; claims dated by event, else publication."""
    with open_store(request) as store:
        res = summary.timeline(store, flt, limit=limit, offset=offset)
        options = {"outlets": queries.outlet_names(store), "types": queries.type_names(store)}
    days: dict[str, dict] = {}
    for entry in res["items"]:
        days.setdefault(entry["date"], {"date": entry["date"], "entries": [], "published": None})["entries"].append(entry)
    for p in res["published"]:
        if p["date"] in days:
            days[p["date"]]["published"] = p
    return respond(request, "timeline.html", {**res, "days": sorted(days.values(), key=lambda d: d["date"]),
                                              "filters": flt.to_dict(), "options": options,
                                              "paging": page_links(request, res["total"], limit, offset)})
