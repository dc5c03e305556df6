"""The exporter interface and what every format shares: filters, scope, streaming reads.

An exporter gets an open Store and filters, writes with ``write()`` and closes with
``finalize()``; ``export(store, fmt, output)`` (``__init__.py``) picks it by format name.

Filters narrow the claims; ``Scope`` narrows every other table to what the kept claims
reach (their documents, actors, links, event groups), in SQL, so a format can stream
any table from DuckDB in batches without holding the store in memory.
"""
from __future__ import annotations

import json
import re
import sys
from contextlib import nullcontext
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any, Iterator

from ..errors import Errors, ExportError
from ..model import Actor, Claim, Document, EventGroup, IngestError, Link, MergeEvidence
from ..store import Store
from ..store.store import ACTOR_COLS, CLAIM_COLS, EVENT_COLS

BATCH = 1000
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass
class Filters:
    """Filters shared by all formats."""

    actor: str | None = None       # actor id or name: claims where it is speaker, subject or object
    type: str | None = None        # PLOVER type (event or speech act)
    since: str | None = None       # YYYY-MM-DD, on the claim's event date, else the document date
    until: str | None = None
    outlet: str | None = None

    def active(self) -> bool:
        return any(v for v in (self.actor, self.type, self.since, self.until, self.outlet))

    def normalized(self) -> Filters:
        """The same filters with partial dates widened (since 2020 → 2020-01-01, until 2020-06 → 2020-06-31).

        RETURNS (Filters): a copy; raises ExportError (E012) on a value that is not a date.
        """
        since, until = self.since, self.until
        for name, value in (("since", since), ("until", until)):
            if value and not _DATE.match(value.strip()):
                raise ExportError(Errors.E012.format(name=name, value=value))
        # string comparison of ISO dates: "-31" is an upper bound for every month
        if since:
            since = (since.strip() + "-01-01")[:10]
        if until:
            until = (until.strip() + "-12-31")[:10] if len(until.strip()) == 4 else (until.strip() + "-31")[:10]
        return replace(self, since=since, until=until)


class Exporter:
    """Base class. Subclasses set ``name`` and implement ``write``.

    ``write(out)`` gets a text (or, with ``binary``, bytes) stream, or a ``Path`` when the
    format ``writes_files`` and the user passed --output. ``stdout`` says whether the format
    can write to a stream at all (Parquet cannot).
    """

    name = ""
    binary = False          # writes bytes rather than text
    stdout = True           # can write to a stream (stdout or one file)
    writes_files = False    # with --output, gets the Path and writes its file(s) itself

    def __init__(self, store: Store, filters: Filters | None = None):
        self.store = store
        self.filters = (filters or Filters()).normalized()
        self.scope = Scope(store, self.filters)

    def write(self, out: IO[Any] | Path) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def finalize(self) -> None:
        """Release what ``write`` held (files, buffers)."""


def claim_passes(c: Claim, f: Filters, doc_meta: dict[str, dict], actor_ids: set[str] | None) -> bool:
    """Does a claim pass the filters? ``actor_ids`` is the set the --actor filter matched.

    The reference semantics of the filters, in Python; ``Scope`` does the same in SQL.
    """
    if actor_ids is not None and not ({c.speaker, c.event.subject, c.event.object} & actor_ids):
        return False
    if f.type and f.type.upper() not in {c.event.type, c.speech_type}:
        return False
    meta = doc_meta.get(c.doc, {})
    if f.outlet and (meta.get("outlet") or "").lower() != f.outlet.lower():
        return False
    date = c.event.date or meta.get("published")
    if f.since and (not date or date < f.since):
        return False
    if f.until and (not date or date > f.until):
        return False
    return True


def match_actor_ids(store: Store, name: str | None) -> set[str] | None:
    """Actor ids for an --actor filter value (id, name or alias, case-insensitive).

    RETURNS (set | None): None when there is no actor filter.
    """
    if not name:
        return None
    key = name.strip().lower()
    rows = fetch_all(
        store, "SELECT id FROM actors WHERE lower(id) = ? OR lower(name) = ? "
        "OR EXISTS (SELECT 1 FROM unnest(from_json(coalesce(aliases, '[]'), '[\"VARCHAR\"]')) u(x) WHERE lower(u.x) = ?)",
        [key, key, key])
    return {r[0] for r in rows}


def held(store: Store):
    """A context that keeps the store's connection open (the store lets an idle one go)."""
    hold = getattr(store, "hold", None)
    return hold() if hold else nullcontext(store.con)


def fetch_all(store: Store, sql: str, params: list | None = None) -> list[tuple]:
    """Run a small read query on a cursor of its own (safe while a stream is open)."""
    with held(store) as con:
        cur = con.cursor()
        try:
            return cur.execute(sql, params or []).fetchall()
        finally:
            cur.close()


def iter_rows(store: Store, sql: str, params: list | None = None, batch: int = BATCH) -> Iterator[dict[str, Any]]:
    """Stream a query's rows as dicts, ``batch`` at a time.

    A cursor of its own, so other queries (lookups) can run while this one is read; the
    store's connection is held open until the rows are read or the iterator is closed.
    """
    with held(store) as con:
        cur = con.cursor()
        try:
            cur.execute(sql, params or [])
            cols = [d[0] for d in cur.description]
            while True:
                rows = cur.fetchmany(batch)
                if not rows:
                    break
                for row in rows:
                    yield dict(zip(cols, row))
        finally:
            cur.close()


def _q(cols: list[str], alias: str = "") -> str:
    return ", ".join(f'{alias}"{c}"' for c in cols)


class Scope:
    """What an export covers: the claims that pass the filters and every row they reach.

    Without filters that is the whole store. With filters: the kept claims, the documents
    holding them, the actors they name (speaker, subject, object, via) with those actors'
    country and affiliation, links between two kept claims, event groups with a kept
    claim, and the mentions and signals of the kept documents. Ingest errors are left out.

    store (Store): the open store. filters (Filters): normalized filters.
    """

    def __init__(self, store: Store, filters: Filters):
        self.store = store
        self.filters = filters
        self.active = filters.active()
        self.actor_ids = match_actor_ids(store, filters.actor)
        self.where, self.params = self._claim_where()

    def _claim_where(self) -> tuple[str, list]:
        """SQL condition over ``claims c LEFT JOIN documents d`` for the filters."""
        f, conds, params = self.filters, [], []
        if self.actor_ids is not None:
            conds.append("(list_contains(?::VARCHAR[], c.speaker) OR list_contains(?::VARCHAR[], c.subject) "
                         "OR list_contains(?::VARCHAR[], c.object))")
            ids = sorted(self.actor_ids)
            params += [ids, ids, ids]
        if f.type:
            # the type as the claim's event holds it (what ``claim_passes`` reads)
            conds.append("(json_extract_string(c.event, '$.type') = ? OR c.speech_type = ?)")
            params += [f.type.upper(), f.type.upper()]
        if f.outlet:
            conds.append("lower(coalesce(d.outlet, '')) = ?")
            params.append(f.outlet.lower())
        # the event's date when the claim has one, else the document's (as claim_passes)
        date = "coalesce(nullif(json_extract_string(c.event, '$.date'), ''), nullif(d.published, ''))"
        if f.since:
            conds.append(f"{date} >= ?")
            params.append(f.since)
        if f.until:
            conds.append(f"{date} <= ?")
            params.append(f.until)
        return (" AND ".join(conds) or "TRUE"), params

    # -- SQL over each table -------------------------------------------------------------------
    def kept_claims_sql(self, cols: str = "c.*") -> tuple[str, list]:
        return (f"SELECT {cols} FROM claims c LEFT JOIN documents d ON d.id = c.doc WHERE {self.where}",
                list(self.params))

    def table_sql(self, table: str, cols: str = "t.*") -> tuple[str, list]:
        """``SELECT cols FROM table t`` restricted to the scope (``t`` is the table's alias).

        RETURNS (tuple): the SQL and its parameters.
        """
        if table == "claims":
            sql, params = self.kept_claims_sql(cols.replace("t.", "c."))
            return sql + " ORDER BY c.doc, c.start, length(c.id), c.id", params
        if not self.active:
            return f"SELECT {cols} FROM {table} t", []
        kept, params = self.kept_claims_sql("c.*")
        cte = f"WITH kept AS ({kept}) "
        if table in ("documents", "mentions", "signals"):
            key = "id" if table == "documents" else "doc"
            return f"{cte}SELECT {cols} FROM {table} t WHERE t.{key} IN (SELECT doc FROM kept)", params
        if table == "links":
            return (f"{cte}SELECT {cols} FROM links t WHERE t.a IN (SELECT id FROM kept) "
                    "AND t.b IN (SELECT id FROM kept)", params)
        if table == "events":
            return (f"{cte}SELECT {cols} FROM events t WHERE t.id IN (SELECT group_id FROM kept) OR EXISTS ("
                    "SELECT 1 FROM unnest(from_json(coalesce(t.claims, '[]'), '[\"VARCHAR\"]')) u(cid) "
                    "WHERE u.cid IN (SELECT id FROM kept))", params)
        if table in ("actors", "merges"):
            key = "id" if table == "actors" else "actor"
            reached = (
                "refs AS (SELECT speaker AS id FROM kept UNION SELECT subject FROM kept UNION SELECT object FROM kept "
                "UNION SELECT coalesce(json_extract_string(v.x, '$.actor'), m.actor) FROM "
                "(SELECT unnest(from_json(coalesce(via, '[]'), '[\"JSON\"]')) AS x FROM kept) v "
                "LEFT JOIN mentions m ON m.id = json_extract_string(v.x, '$.mention')), "
                "reached AS (SELECT id FROM refs UNION SELECT a.country FROM actors a JOIN refs USING (id) "
                "UNION SELECT a.affiliation FROM actors a JOIN refs USING (id)) ")
            return f"{cte}, {reached}SELECT {cols} FROM {table} t WHERE t.{key} IN (SELECT id FROM reached)", params
        if table in ("errors", "runs"):
            return f"SELECT {cols} FROM {table} t WHERE FALSE", []
        return f"SELECT {cols} FROM {table} t", []

    # -- model objects, streamed ---------------------------------------------------------------
    def documents(self, *, with_text: bool = False) -> Iterator[Document]:
        """Documents in scope, ordered as ``Store.documents``."""
        from ..store.store import DOC_COLS

        cols = [c for c in DOC_COLS if c != "run" and (with_text or c not in ("text", "raw_text", "offset_map"))]
        sql, params = self.table_sql("documents", _q(cols, "t."))
        for r in iter_rows(self.store, sql + " ORDER BY t.path, t.id", params):
            if isinstance(r.get("offset_map"), str):
                r["offset_map"] = json.loads(r["offset_map"])
            r.setdefault("text", "")
            yield Document.from_dict(r)

    def actors(self) -> Iterator[Actor]:
        """Actors in scope, most mentioned first (as ``Store.actors``)."""
        sql, params = self.table_sql("actors", _q(ACTOR_COLS, "t."))
        for r in iter_rows(self.store, sql + " ORDER BY t.mentions DESC, t.name, t.id", params):
            r["aliases"] = json.loads(r["aliases"] or "[]")
            r["roles"] = json.loads(r["roles"] or "[]")
            yield Actor.from_dict(r)

    def claims(self, batch: int = BATCH) -> Iterator[Claim]:
        """Kept claims in document order, with via actors filled from the resolved mentions.

        Streams: the mention lookups for ``via`` are made per batch, never for the whole store.
        """
        sql, params = self.table_sql("claims", _q(CLAIM_COLS, "c."))
        rows: list[dict[str, Any]] = []
        for r in iter_rows(self.store, sql, params, batch):
            rows.append(r)
            if len(rows) >= batch:
                yield from self._claims_from_rows(rows)
                rows = []
        yield from self._claims_from_rows(rows)

    def claim_groups(self) -> Iterator[tuple[str, str | None]]:
        """(claim id, event group id) of the kept claims, streamed."""
        sql, params = self.table_sql("claims", "c.id, c.group_id")
        for r in iter_rows(self.store, sql, params):
            yield r["id"], r["group_id"]

    def _claims_from_rows(self, rows: list[dict[str, Any]]) -> Iterator[Claim]:
        if not rows:
            return
        wanted = set()
        for r in rows:
            for v in json.loads(r["via"] or "[]"):
                if v.get("mention") and not v.get("actor"):
                    wanted.add(v["mention"])
        mention_actor: dict[str, str] = {}
        if wanted:
            mention_actor = dict(fetch_all(
                self.store, "SELECT id, actor FROM mentions WHERE list_contains(?::VARCHAR[], id) AND actor IS NOT NULL",
                [sorted(wanted)]))
        for r in rows:
            yield Store._claim_from_row(r, mention_actor)

    def links(self) -> Iterator[Link]:
        """Links between two kept claims."""
        sql, params = self.table_sql("links", "t.id, t.kind, t.a, t.b, t.reason, t.group_id")
        for r in iter_rows(self.store, sql + " ORDER BY t.id", params):
            yield Link.from_dict({**r, "group": r.pop("group_id")})

    def events(self) -> Iterator[EventGroup]:
        """Event groups holding a kept claim, most documents first."""
        sql, params = self.table_sql("events", _q(EVENT_COLS, "t."))
        for r in iter_rows(self.store, sql + " ORDER BY t.documents DESC, t.id", params):
            r["claims"] = json.loads(r["claims"] or "[]")
            r["reasons"] = json.loads(r["reasons"] or "[]")
            yield EventGroup.from_dict(r)

    def merges(self) -> Iterator[MergeEvidence]:
        """Merge evidence of the actors in scope."""
        sql, params = self.table_sql("merges", "t.actor, t.a, t.b, t.score, t.reasons")
        for r in iter_rows(self.store, sql + " ORDER BY t.actor, t.score DESC, t.a, t.b", params):
            r["reasons"] = json.loads(r["reasons"] or "[]")
            yield MergeEvidence.from_dict(r)

    def errors(self) -> Iterator[IngestError]:
        """Ingest errors (none when a filter is active)."""
        sql, params = self.table_sql("errors", "t.path, t.reason, t.stage")
        for r in iter_rows(self.store, sql + " ORDER BY t.logged, t.path, t.reason", params):
            yield IngestError.from_dict(r)


class ActorIndex:
    """Actors by id, with the country each belongs to, for formats that denormalise (CSV, graphs, FtM)."""

    def __init__(self, actors: Iterator[Actor] | list[Actor]):
        self.by_id: dict[str, Actor] = {a.id: a for a in actors}

    def __contains__(self, actor_id: str | None) -> bool:
        return actor_id in self.by_id

    def get(self, actor_id: str | None) -> Actor | None:
        return self.by_id.get(actor_id) if actor_id else None

    def name(self, actor_id: str | None) -> str | None:
        a = self.get(actor_id)
        return a.name if a else actor_id

    def country(self, actor_id: str | None) -> Actor | None:
        """The country actor an actor belongs to: itself for a country."""
        a = self.get(actor_id)
        if a is None:
            return None
        if a.kind == "country":
            return a
        return self.get(a.country)

    def country_code(self, actor_id: str | None) -> str | None:
        """ISO 3166-1 alpha-2 code (lower case) of an actor's country, when known."""
        return country_code(self.country(actor_id))


def country_code(actor: Actor | None) -> str | None:
    """ISO code of a country actor: from its knowledge-base id (``country:RU``), else its name."""
    if actor is None:
        return None
    if actor.kb_id and actor.kb_id.lower().startswith("country:"):
        return actor.kb_id.split(":", 1)[1].lower() or None
    if actor.kind != "country":
        return None
    from followthemoney.types import registry

    # followthemoney's country type knows names and demonyms in many languages
    for name in (actor.name, *actor.aliases):
        code = registry.country.clean_text(name)
        if code:
            return code
    return None


def claim_date(c: Claim, published: str | None) -> str | None:
    """The date a claim is about: its event's date, else the document's."""
    return c.event.date or published or None


def speech_type(c: Claim) -> str | None:
    """What saying it does: the claim's speech act, a denial read as REJECT."""
    if c.speech_type:
        return c.speech_type
    return "REJECT" if c.stance == "denies" and (c.speaker or c.speaker_text) else None


def speech_target(c: Claim) -> tuple[str | None, str | None]:
    """The actor a speech act is about, (id, text): the event's subject, else its object.

    A speaker denying its own act ("the group denied attacking the town") is about the object.
    """
    ev = c.event
    if (ev.subject or ev.subject_text) and not (c.speaker and ev.subject == c.speaker):
        return ev.subject, ev.subject_text
    return ev.object, ev.object_text


def origin_key(c: Claim, outlet: str | None) -> str:
    """Who a claim rests on, for counting independent origins of ungrouped claims.

    The root of its source chain (``via`` is nearest first), else its speaker, else the outlet
    (or the document when the outlet is unknown): the same root repeated counts once.
    """
    if c.via:
        root = c.via[-1]
        return "actor:" + root.actor if root.actor else "via:" + root.name.lower()
    if c.speaker:
        return "actor:" + c.speaker
    if c.speaker_text:
        return "speaker:" + c.speaker_text.lower()
    return "outlet:" + outlet.lower() if outlet else "doc:" + c.doc


def open_output(output: str | Path | None, binary: bool = False):
    """A writable stream for ``output`` ('-' or None: stdout).

    RETURNS (tuple): the stream and whether the caller must close it.
    """
    if output in (None, "-"):
        return sys.stdout.buffer if binary else sys.stdout, False
    path = Path(output)
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    return (open(path, "wb") if binary else open(path, "w", encoding="utf-8", newline="")), True
