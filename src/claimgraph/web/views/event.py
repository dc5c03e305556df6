"""Event page: every claim about one event, contradictions and agreements side by side."""
from __future__ import annotations

import json
from typing import Any

from fastapi import Request

from ...report import queries, summary
from ..render import id_param, not_found, open_store, respond

LINK_ORDER = ("contradicts", "corroborates", "updates")


def context(store, event_id: str) -> dict[str, Any] | None:
    rows = store.query("SELECT id, type, subject, object, claims, documents, origins, grade, reasons, label, "
                       "first_date, last_date FROM events WHERE id = ?", [event_id])
    if not rows:
        return None
    e = rows[0]
    e["reasons"] = json.loads(e["reasons"] or "[]")
    listed = json.loads(e.pop("claims") or "[]")
    refs = queries.actor_refs(store, [e["subject"], e["object"]])
    e["subject"] = queries.ref(refs, e["subject"])
    e["object"] = queries.ref(refs, e["object"])
    e["title"] = summary.event_title(e)
    ids = sorted(set(listed) | {r["id"] for r in store.query("SELECT id FROM claims WHERE group_id = ?", [event_id])})
    claims = queries.claims_by_id(store, ids)
    contexts = queries.claim_contexts(store, claims)
    for c in claims:
        c["context"] = contexts.get(c["id"])
    by_id = {c["id"]: c for c in claims}
    links = queries.links_for_claims(store, ids)
    pairs: dict[str, list[dict[str, Any]]] = {k: [] for k in LINK_ORDER}
    for link in links:
        if link["a"] in by_id and link["b"] in by_id:
            pairs.setdefault(link["kind"], []).append({**link, "a": by_id[link["a"]], "b": by_id[link["b"]]})
    outlets = sorted({c["outlet"] for c in claims if c["outlet"]})
    return {"event": e, "claims": claims, "figures": summary.figures_of(claims), "links": pairs,
            "outlets": outlets, "speakers": sorted({(c["speaker"] or {}).get("name") or "the outlet" for c in claims})}


def event(request: Request, event_id: str = id_param("Event group id (e1, e2, …).")):
    """One event: its claims in context, contradictions and agreements, origins and grade."""
    with open_store(request) as store:
        ctx = context(store, event_id)
    if ctx is None:
        raise not_found("event", event_id)
    return respond(request, "event.html", ctx)
