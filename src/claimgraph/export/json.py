"""The JSON export: the public contract (``schema: claimgraph/1``, see README)."""
from __future__ import annotations

import json
from typing import IO, Any

from .common import Exporter, Filters, Scope

SCHEMA = "claimgraph/1"


def document_record(d) -> dict[str, Any]:
    """A Document as the contract writes it (no text)."""
    return {"id": d.id, "path": d.path, "title": d.title, "outlet": d.outlet, "published": d.published,
            "language": d.language, "url": d.url, "status": d.status, "status_reason": d.status_reason,
            "duplicate_of": d.duplicate_of, "words": d.words}


def claim_record(c) -> dict[str, Any]:
    """A Claim as the contract writes it, its event nested."""
    ev = c.event
    return {
        "id": c.id, "doc": c.doc, "text": c.text, "start": c.start, "end": c.end,
        "speaker": c.speaker, "speaker_text": c.speaker_text, "content_text": c.content_text,
        "cue": c.cue, "speech_type": c.speech_type, "stance": c.stance,
        "hedged": c.hedged, "hedges": list(c.hedges), "certainty": c.certainty, "quote": c.quote,
        "via": [{"name": v.name, "actor": v.actor} for v in c.via],
        "event": {
            "type": ev.type, "subject": ev.subject, "object": ev.object,
            "subject_text": ev.subject_text, "object_text": ev.object_text, "trigger": ev.trigger,
            "location": ev.location, "place": ev.place.to_dict() if ev.place else None,
            "date": ev.date, "negated": ev.negated, "modality": ev.modality,
            "speech_negated": ev.speech_negated, "speech_modality": ev.speech_modality,
            "quantity": ({"value": ev.quantity.value, "low": ev.quantity.low, "high": ev.quantity.high,
                          "unit": ev.quantity.unit, "bound": ev.quantity.bound, "text": ev.quantity.text,
                          "parts": [{"value": p.get("value"), "unit": p.get("unit")} for p in ev.quantity.parts]}
                         if ev.quantity else None),
        },
    }


def actor_record(a) -> dict[str, Any]:
    """An Actor as the contract writes it."""
    return {"id": a.id, "name": a.name, "kind": a.kind, "country": a.country, "aliases": list(a.aliases),
            "mentions": a.mentions, "roles": list(a.roles), "affiliation": a.affiliation}


def link_record(l) -> dict[str, Any]:
    """A Link as the contract writes it (``event``: the event group it was found in)."""
    return {"id": l.id, "kind": l.kind, "a": l.a, "b": l.b, "reason": l.reason, "event": l.group}


def build_export(store, filters) -> dict[str, Any]:
    """The whole export as one dict (documents, actors, claims, links, events, merges, errors).

    store (Store): an open store.
    filters (Filters): narrow the claims; the other tables keep what those claims reach
        (see ``common.Scope``). Without filters, everything.
    RETURNS (dict): the ``claimgraph/1`` contract.
    """
    return scope_export(Scope(store, (filters or Filters()).normalized()))


def scope_export(scope: Scope) -> dict[str, Any]:
    """The contract dict of one scope."""
    return {
        "schema": SCHEMA,
        "documents": [document_record(d) for d in scope.documents()],
        "actors": [actor_record(a) for a in scope.actors()],
        "claims": [claim_record(c) for c in scope.claims()],
        "links": [link_record(l) for l in scope.links()],
        "events": [e.to_dict() for e in scope.events()],
        "merges": [m.to_dict() for m in scope.merges()],
        "errors": [e.to_dict() for e in scope.errors()],
    }


class JsonExporter(Exporter):
    """The contract as one JSON document (``schema: claimgraph/1``)."""

    name = "json"

    def write(self, out: IO[str]) -> None:
        json.dump(scope_export(self.scope), out, ensure_ascii=False, indent=1)
        out.write("\n")
