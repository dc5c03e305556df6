"""Actor page: who it is, every spelling and why they were merged, what it does and says."""
from __future__ import annotations

import json
from typing import Any

from fastapi import Request

from ...report import queries, summary
from ..render import id_param, not_found, open_store, respond


def context(store, actor_id: str) -> dict[str, Any] | None:
    """The actor page's data, or None for an unknown id."""
    rows = store.query("SELECT id, name, kind, country, aliases, mentions, roles, kb_id, affiliation "
                       "FROM actors WHERE id = ?", [actor_id])
    if not rows:
        return None
    a = rows[0]
    a["aliases"] = json.loads(a["aliases"] or "[]")
    a["roles"] = json.loads(a["roles"] or "[]")
    refs = queries.actor_refs(store, [a["country"], a["affiliation"]])
    a["country"] = queries.ref(refs, a["country"])
    a["affiliation"] = queries.ref(refs, a["affiliation"])
    # every spelling as written, with how often it occurs; aliases never seen in a mention still count
    seen = {r["text"]: r for r in store.query(
        "SELECT text, count(*) AS mentions, count(DISTINCT doc) AS documents FROM mentions WHERE actor = ? "
        "GROUP BY text ORDER BY mentions DESC, text", [actor_id])}
    aliases = list(seen.values()) + [{"text": x, "mentions": 0, "documents": 0} for x in a["aliases"] if x not in seen]
    merges = store.query("SELECT a, b, score, reasons FROM merges WHERE actor = ? ORDER BY score DESC", [actor_id])
    for m in merges:
        m["reasons"] = json.loads(m["reasons"] or "[]")
    members = store.query("SELECT id, name, kind, mentions FROM actors WHERE (country = ? OR affiliation = ?) "
                          "AND id <> ? ORDER BY mentions DESC LIMIT 100", [actor_id, actor_id, actor_id])
    rels = summary.relations(store, limit=200, actor=actor_id)
    outgoing = [r for r in rels if (r["source"] or {}).get("id") == actor_id]
    incoming = [r for r in rels if (r["target"] or {}).get("id") == actor_id and r not in outgoing]
    by = _claims(store, "c.speaker = ?", [actor_id])
    about = _claims(store, "(c.subject = ? OR c.object = ?) AND coalesce(c.speaker, '') <> ?",
                    [actor_id, actor_id, actor_id])
    documents = store.query(
        "SELECT d.id, d.title, d.outlet, d.published, count(*) AS mentions FROM mentions m "
        "JOIN documents d ON d.id = m.doc WHERE m.actor = ? GROUP BY ALL ORDER BY mentions DESC, d.published "
        "LIMIT 100", [actor_id])
    return {"actor": a, "aliases": aliases, "merges": merges, "members": members,
            "outgoing": outgoing, "incoming": incoming,
            "events": summary.events(store, actor=actor_id, limit=50)["items"],
            "claims_by": by, "claims_about": about, "documents": documents}


def _claims(store, where: str, params: list[Any], limit: int = 25) -> dict[str, Any]:
    total = store.query(f"SELECT count(*) AS n FROM claims c WHERE {where}", params)[0]["n"]
    rows = store.query(f"{queries.CLAIM_SELECT} WHERE {where} ORDER BY {queries.CLAIM_DATE} NULLS LAST, c.doc, "
                       "c.start LIMIT ?", params + [limit])
    return {"total": total, "items": queries.finish_claims(store, rows)}


def actor(request: Request, actor_id: str = id_param("Actor id (a slug of the canonical name).")):
    """One actor: kind, country, roles, aliases with counts and merge evidence, relations, claims."""
    with open_store(request) as store:
        ctx = context(store, actor_id)
    if ctx is None:
        raise not_found("actor", actor_id)
    return respond(request, "actor.html", ctx)
