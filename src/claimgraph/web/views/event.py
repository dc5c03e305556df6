"""Event page: every claim about one event, contradictions and agreements side by side."""
from __future__ import annotations

import json
from typing import Any

from fastapi import Request

from ...report import queries, summary
from ..render import id_param, not_found, open_store, respond

LINK_ORDER = ("contradicts", "corroborates", "updates")
MAX_CLAIMS = 100   # claims shown in context (the rest: /claims?event=ID)
MAX_PAIRS = 60     # linked pairs shown per kind


def context(store, event_id: str) -> dict[str, Any] | None:
    """The event page's data, or None for an unknown id."""
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
    # the group's claims: those the event lists and those pointing at it, oldest article first
    members = store.query(
        "SELECT c.id FROM claims c JOIN documents d ON d.id = c.doc "
        "WHERE c.group_id = ? OR list_contains(?::VARCHAR[], c.id) "
        "ORDER BY d.published NULLS LAST, c.doc, c.start", [event_id, listed])
    ids = [r["id"] for r in members]
    claims = queries.claims_by_id(store, ids[:MAX_CLAIMS])
    contexts = queries.claim_contexts(store, claims)
    for c in claims:
        c["context"] = contexts.get(c["id"])
    links = store.query(
        'SELECT id, kind, a, b, reason, group_id AS "group" FROM links WHERE group_id = ? '
        "OR list_contains(?::VARCHAR[], a) OR list_contains(?::VARCHAR[], b) ORDER BY kind, id",
        [event_id, ids[:MAX_CLAIMS], ids[:MAX_CLAIMS]])
    link_totals = {k: sum(1 for l in links if l["kind"] == k) for k in LINK_ORDER}
    shown: dict[str, list[dict[str, Any]]] = {k: [l for l in links if l["kind"] == k][:MAX_PAIRS] for k in LINK_ORDER}
    by_id = {c["id"]: c for c in claims}
    missing = {x for ls in shown.values() for l in ls for x in (l["a"], l["b"]) if x not in by_id}
    by_id.update({c["id"]: c for c in queries.claims_by_id(store, sorted(missing))})
    pairs = {k: [{**l, "a": by_id[l["a"]], "b": by_id[l["b"]]} for l in ls if l["a"] in by_id and l["b"] in by_id]
             for k, ls in shown.items()}
    return {"event": e, "claims": claims, "claims_total": len(ids), "figures": summary.figures_of(claims),
            "links": pairs, "link_totals": link_totals,
            "outlets": sorted({c["outlet"] for c in claims if c["outlet"]})}


def event(request: Request, event_id: str = id_param("Event group id (e1, e2, …).")):
    """One event: its claims in context, contradictions and agreements, origins and grade."""
    with open_store(request) as store:
        ctx = context(store, event_id)
    if ctx is None:
        raise not_found("event", event_id)
    return respond(request, "event.html", ctx)
