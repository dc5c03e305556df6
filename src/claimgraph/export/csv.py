"""CSV: an events table in the style of POLECAT/ACLED records, plus claims, actors, documents, links.

Where it goes (``--output``):

- omitted or ``-``: the events table to stdout;
- a path ending in ``.csv``: the events table to that file;
- any other path: a directory (created) with ``events.csv``, ``claims.csv``, ``actors.csv``,
  ``documents.csv`` and ``links.csv``.

One events row per typed thing a claim reports:

- ``mode=event``: the claim's event (actor1 = subject, actor2 = object, its PLOVER type, place,
  date, quantity), with who says so (speaker, hedges, stance) beside it;
- ``mode=speech``: the speech act itself when it is typed (actor1 = speaker, actor2 = the actor
  the content is about, e.g. ACCUSE, REQUEST, or REJECT for a denial).

A claim with neither gives no events row (it is still in ``claims.csv``). Multi-valued cells
(aliases, hedges, via) are joined with ``"; "``; booleans are ``true``/``false``.
"""
from __future__ import annotations

import csv
from pathlib import Path
from typing import IO, Any, Iterator

from ..model import Claim
from .common import ActorIndex, Exporter, claim_date, country_code, speech_target, speech_type
from .json import document_record, link_record

EVENT_COLUMNS = [
    "event_id", "claim_id", "mode", "date", "event_type",
    "actor1", "actor1_id", "actor1_kind", "actor1_country", "actor1_country_code",
    "actor2", "actor2_id", "actor2_kind", "actor2_country", "actor2_country_code",
    "location", "place", "country", "admin1", "lat", "lon",
    "quantity", "quantity_low", "quantity_high", "quantity_unit", "quantity_text",
    "speaker", "speaker_id", "speaker_text", "cue", "hedged", "hedges", "stance", "negated", "modality", "via",
    "event_group", "origins", "grade", "outlet", "url", "published", "document_id", "sentence",
]
CLAIM_COLUMNS = [
    "id", "doc", "start", "end", "text", "speaker", "speaker_name", "speaker_text", "content_text", "cue",
    "speech_type", "stance", "hedged", "hedges", "certainty", "quote", "via", "via_actors",
    "event_type", "subject", "subject_text", "object", "object_text", "trigger", "location", "place", "date",
    "negated", "modality", "quantity", "quantity_unit", "event_group",
]
ACTOR_COLUMNS = ["id", "name", "kind", "country", "country_name", "country_code", "aliases", "mentions", "roles",
                 "affiliation", "kb_id"]
DOCUMENT_COLUMNS = ["id", "path", "title", "outlet", "published", "language", "url", "status", "status_reason",
                    "duplicate_of", "words"]
LINK_COLUMNS = ["id", "kind", "a", "b", "reason", "event"]


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value if v not in (None, ""))
    return value


def _upper(code: str | None) -> str | None:
    """ISO codes in upper case, as event datasets write them."""
    return code.upper() if code else None


def _writer(out: IO[str], columns: list[str]) -> csv.DictWriter:
    w = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    return w


class CsvTables:
    """Rows of every CSV table for one scope.

    scope (Scope): what to export.
    """

    def __init__(self, scope):
        self.scope = scope
        self.actors = ActorIndex(scope.actors())
        self.docs = {d.id: d for d in scope.documents()}
        self.groups = {e.id: e for e in scope.events()}
        self.claim_group = {cid: gid for cid, gid in scope.claim_groups() if gid}
        for e in self.groups.values():
            for cid in e.claims:
                self.claim_group.setdefault(cid, e.id)

    def _actor_cols(self, prefix: str, actor_id: str | None, text: str | None) -> dict[str, Any]:
        a = self.actors.get(actor_id)
        country = self.actors.country(actor_id)
        return {prefix: a.name if a else (text or actor_id), f"{prefix}_id": actor_id,
                f"{prefix}_kind": a.kind if a else None, f"{prefix}_country": country.name if country else None,
                f"{prefix}_country_code": _upper(country_code(country))}

    def event_rows(self, c: Claim) -> list[dict[str, Any]]:
        """The events rows of one claim (0, 1 or 2).

        c (Claim): a kept claim.
        RETURNS (list[dict]): rows keyed by EVENT_COLUMNS.
        """
        d = self.docs.get(c.doc)
        published = d.published if d else None
        gid = self.claim_group.get(c.id)
        group = self.groups.get(gid) if gid else None
        common = {
            "claim_id": c.id, "speaker": self.actors.name(c.speaker) or c.speaker_text, "speaker_id": c.speaker,
            "speaker_text": c.speaker_text, "cue": c.cue, "hedged": c.hedged, "hedges": c.hedges,
            "stance": c.stance, "via": [v.name for v in c.via], "event_group": gid,
            "origins": group.origins if group else None, "grade": group.grade if group else None,
            "outlet": d.outlet if d else None, "url": d.url if d else None, "published": published,
            "document_id": c.doc, "sentence": c.text,
        }
        rows = []
        ev = c.event
        if ev.type:
            q, p = ev.quantity, ev.place
            rows.append({
                **common, "event_id": f"{c.id}:event", "mode": "event", "date": claim_date(c, published),
                "event_type": ev.type, **self._actor_cols("actor1", ev.subject, ev.subject_text),
                **self._actor_cols("actor2", ev.object, ev.object_text),
                "location": ev.location, "place": p.name if p else ev.location, "country": p.country if p else None,
                "admin1": p.admin1 if p else None, "lat": p.lat if p else None, "lon": p.lon if p else None,
                "quantity": q.value if q else None, "quantity_low": q.low if q else None,
                "quantity_high": q.high if q else None, "quantity_unit": q.unit if q else None,
                "quantity_text": q.text if q else None, "negated": ev.negated, "modality": ev.modality,
            })
        act = speech_type(c)
        if act and (c.speaker or c.speaker_text):
            # the speech act is dated by its report, not by the event it is about
            target, target_text = speech_target(c)
            rows.append({
                **common, "event_id": f"{c.id}:speech", "mode": "speech", "date": published or ev.date,
                "event_type": act, **self._actor_cols("actor1", c.speaker, c.speaker_text),
                **self._actor_cols("actor2", target, target_text), "negated": c.stance == "denies",
            })
        return rows

    def events(self) -> Iterator[dict[str, Any]]:
        """Rows of events.csv, streamed claim by claim."""
        for c in self.scope.claims():
            yield from self.event_rows(c)

    def claims(self) -> Iterator[dict[str, Any]]:
        """Rows of claims.csv: one flat row per kept claim."""
        for c in self.scope.claims():
            ev = c.event
            yield {
                "id": c.id, "doc": c.doc, "start": c.start, "end": c.end, "text": c.text, "speaker": c.speaker,
                "speaker_name": self.actors.name(c.speaker), "speaker_text": c.speaker_text,
                "content_text": c.content_text, "cue": c.cue, "speech_type": c.speech_type, "stance": c.stance,
                "hedged": c.hedged, "hedges": c.hedges, "certainty": c.certainty, "quote": c.quote,
                "via": [v.name for v in c.via], "via_actors": [v.actor for v in c.via],
                "event_type": ev.type, "subject": ev.subject, "subject_text": ev.subject_text, "object": ev.object,
                "object_text": ev.object_text, "trigger": ev.trigger, "location": ev.location,
                "place": ev.place.name if ev.place else None, "date": ev.date, "negated": ev.negated,
                "modality": ev.modality, "quantity": ev.quantity.value if ev.quantity else None,
                "quantity_unit": ev.quantity.unit if ev.quantity else None,
                "event_group": self.claim_group.get(c.id),
            }

    def actor_rows(self) -> Iterator[dict[str, Any]]:
        """Rows of actors.csv, with the country's name and ISO code."""
        for a in self.actors.by_id.values():
            country = self.actors.country(a.id)
            yield {"id": a.id, "name": a.name, "kind": a.kind, "country": a.country,
                   "country_name": country.name if country else None, "country_code": _upper(country_code(country)),
                   "aliases": a.aliases, "mentions": a.mentions, "roles": a.roles, "affiliation": a.affiliation,
                   "kb_id": a.kb_id}

    def documents(self) -> Iterator[dict[str, Any]]:
        """Rows of documents.csv."""
        for d in self.docs.values():
            yield document_record(d)

    def links(self) -> Iterator[dict[str, Any]]:
        """Rows of links.csv."""
        for link in self.scope.links():
            yield link_record(link)


TABLES = {"events": EVENT_COLUMNS, "claims": CLAIM_COLUMNS, "actors": ACTOR_COLUMNS,
          "documents": DOCUMENT_COLUMNS, "links": LINK_COLUMNS}


class CsvExporter(Exporter):
    """The events table to a stream or one ``.csv`` file; every table to a directory."""

    name = "csv"
    writes_files = True

    def write(self, out: IO[str] | Path) -> None:
        tables = CsvTables(self.scope)
        if not isinstance(out, Path):
            _write_rows(out, EVENT_COLUMNS, tables.events())
            return
        if out.suffix.lower() == ".csv":
            out.parent.mkdir(parents=True, exist_ok=True)
            with open(out, "w", encoding="utf-8", newline="") as f:
                _write_rows(f, EVENT_COLUMNS, tables.events())
            return
        out.mkdir(parents=True, exist_ok=True)
        rows = {"events": tables.events, "claims": tables.claims, "actors": tables.actor_rows,
                "documents": tables.documents, "links": tables.links}
        for table, columns in TABLES.items():
            with open(out / f"{table}.csv", "w", encoding="utf-8", newline="") as f:
                _write_rows(f, columns, rows[table]())


def _write_rows(out: IO[str], columns: list[str], rows: Iterator[dict[str, Any]]) -> None:
    w = _writer(out, columns)
    for row in rows:
        w.writerow({k: _cell(row.get(k)) for k in columns})
