"""Claim page: one claim in its context, with the claims it agrees or clashes with."""
from __future__ import annotations

from typing import Any

from fastapi import Request

from ...report import queries
from ..render import id_param, not_found, open_store, respond


def context(store, claim_id: str) -> dict[str, Any] | None:
    """The claim page's data, or None for an unknown id."""
    found = queries.claims_by_id(store, [claim_id])
    if not found:
        return None
    claim = found[0]
    claim["context"] = queries.claim_context(store, claim, chars=600)
    links = queries.links_for_claims(store, [claim_id])
    others = {c["id"]: c for c in queries.claims_by_id(store, [x for l in links for x in (l["a"], l["b"])
                                                                if x != claim_id])}
    related = [{"kind": l["kind"], "reason": l["reason"], "claim": others[o]}
               for l in links for o in [l["b"] if l["a"] == claim_id else l["a"]] if o in others]
    event = None
    if claim["group"]:
        rows = store.query("SELECT id, label, type, origins, documents, grade FROM events WHERE id = ?", [claim["group"]])
        event = rows[0] if rows else None
    return {"claim": claim, "related": related, "event": event}


def claim(request: Request, claim_id: str = id_param("Claim id ({document}:c{n}).")):
    """One claim with its sentence in context, its event and its links."""
    with open_store(request) as store:
        ctx = context(store, claim_id)
    if ctx is None:
        raise not_found("claim", claim_id)
    return respond(request, "claim.html", ctx)
