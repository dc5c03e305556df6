"""Actors: every actor, most mentioned first, filterable by kind and name."""
from __future__ import annotations

from typing import Any

from fastapi import Query, Request

from ...model import ACTOR_KINDS
from ...report import summary
from ..render import TEXT_MAX, limit_param, offset_param, open_store, page_links, respond


def actors(request: Request,
           kind: str | None = Query(None, pattern="^(" + "|".join(ACTOR_KINDS) + "|)$", description="Actor kind."),
           q: str | None = Query(None, max_length=TEXT_MAX, description="Part of a name or alias."),
           limit: int = limit_param(100), offset: int = offset_param()):
    """Actors with their kind, country, mentions, aliases and claim counts."""
    kind, q = kind or None, (q or "").strip() or None
    with open_store(request) as store:
        where, params = summary.actor_where(kind, q)
        total = store.query(f"SELECT count(*) AS n FROM actors a {where}", params)[0]["n"]
        items = summary.top_actors(store, limit=limit, offset=offset, kind=kind, q=q)
        kinds = store.query("SELECT kind, count(*) AS n FROM actors GROUP BY kind ORDER BY n DESC")
    ctx: dict[str, Any] = {"total": total, "limit": limit, "offset": offset, "kind": kind, "q": q,
                           "kinds": kinds, "items": items, "paging": page_links(request, total, limit, offset)}
    return respond(request, "actors.html", ctx)
