"""Search over actors (names and aliases), events, claims and documents."""
from __future__ import annotations

from typing import Any

from fastapi import Query, Request

from ...report import queries, summary
from ..render import TEXT_MAX, limit_param, open_store, respond


def context(store, q: str, limit: int) -> dict[str, Any]:
    """Actors, events, claims and documents matching ``q`` (case-insensitive substring)."""
    pattern = queries.like_pattern(q)
    actors = summary.top_actors(store, q=q, limit=limit)
    event_items = summary.events(store, q=q, limit=limit)["items"]
    claim_res = queries.claims(store, queries.ClaimFilter(q=q), limit=limit)
    docs = store.query(
        "SELECT id, title, outlet, published, path, "
        "substr(text, greatest(1, strpos(lower(text), lower(?)) - 80), 220) AS snippet, "
        "strpos(lower(text), lower(?)) > 80 AS cut FROM documents "
        "WHERE title ILIKE ? ESCAPE '\\' OR text ILIKE ? ESCAPE '\\' ORDER BY published DESC NULLS LAST LIMIT ?",
        [q, q, pattern, pattern, limit])
    for d in docs:  # cut the snippet at word boundaries
        snip = d["snippet"] or ""
        if d["cut"] and " " in snip:
            snip = snip[snip.index(" ") + 1:]
        if len(snip) >= 200 and " " in snip:
            snip = snip[: snip.rindex(" ")]
        d["snippet"] = snip.strip()
    return {"q": q, "actors": actors, "events": event_items, "claims": claim_res["items"],
            "claims_total": claim_res["total"], "documents": docs}


def search(request: Request,
           q: str = Query("", max_length=TEXT_MAX, description="Words to look for (case-insensitive substring)."),
           limit: int = limit_param(20)):
    """Actors, events, claims and documents whose name, label or text contains ``q``."""
    q = q.strip()
    if not q:
        return respond(request, "search.html", {"q": "", "actors": [], "events": [], "claims": [], "claims_total": 0,
                                                "documents": []})
    with open_store(request) as store:
        return respond(request, "search.html", context(store, q, limit))
