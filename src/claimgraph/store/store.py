"""The store: one DuckDB file, owned by one Store object.

All writes go through this class. A document, its mentions, claims and signals are written
in one transaction (``write_results``), so a run killed at any point leaves no half-written
document. Corpus-level tables (actors, merges, links, events) are replaced as a whole by
``replace_corpus`` in one transaction.
"""
from __future__ import annotations

import json
import os
from itertools import islice

import duckdb
from pathlib import Path
from typing import Any, Iterable, Iterator


from ..errors import Errors, StoreError, StoreLockedError
from ..model import (Actor, Claim, Document, DocResult, EventGroup, IngestError, Link, Mention,
                     MergeEvidence, Signal)
from . import migrations
from .corpus import LINKS_STAGED, set_mention_actors, stage_links
from .locking import (READ_WAIT, RECONNECT_WAIT, BuildLock, ConnectionHolder, guard_methods, start_idle_thread,
                      unguarded)

DOC_COLS = ["id", "path", "title", "outlet", "url", "published", "language", "status", "status_reason",
            "duplicate_of", "format", "words", "text", "raw_text", "offset_map", "run"]
MENTION_COLS = ["id", "doc", "start", "end", "text", "name", "kind", "label", "kb_id", "local_key", "role",
                "affiliation", "affiliation_kb", "sentence", "pronoun", "actor"]
CLAIM_COLS = ["id", "doc", "start", "end", "text", "speaker_text", "speaker_mention", "speaker", "content_text",
              "content_start", "content_end", "cue", "speech_type", "stance", "hedged", "hedges", "via", "event",
              "event_type", "subject", "object", "quote", "sentence", "certainty", "group_id"]
BULK_ROWS = 200_000      # rows per Arrow slice in bulk writes of the corpus stage's results
LINK_ROWS = 50_000       # links per slice: a link's reason is wide (about 230 characters)
# columns whose values repeat across rows (read as shared strings, see ``Store._rows``)
MENTION_SHARED = ("doc", "text", "name", "kind", "label", "kb_id", "local_key", "role", "affiliation",
                  "affiliation_kb", "actor")
CLAIM_SHARED = ("doc", "speaker_text", "speaker", "cue", "speech_type", "stance", "event_type", "subject", "object",
                "certainty")
ACTOR_COLS = ["id", "name", "kind", "country", "aliases", "mentions", "roles", "kb_id", "affiliation"]
EVENT_COLS = ["id", "type", "subject", "object", "claims", "documents", "origins", "grade", "reasons", "label",
              "first_date", "last_date"]
TABLES = ["documents", "errors", "mentions", "claims", "signals", "actors", "merges", "links", "events", "runs"]


def _q(cols: list[str]) -> str:
    return ", ".join(f'"{c}"' for c in cols)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _link_columns(links: Iterable[Link] | None) -> Iterator[dict[str, list]]:
    """Links as the ``links`` table's columns, ``LINK_ROWS`` at a time."""
    items = iter(links or ())
    while part := list(islice(items, LINK_ROWS)):
        yield {"id": [l.id for l in part], "kind": [l.kind for l in part], "a": [l.a for l in part],
               "b": [l.b for l in part], "reason": [l.reason for l in part], "group_id": [l.group for l in part]}


@guard_methods
class Store(ConnectionHolder):
    """A claimgraph store in a DuckDB file.

    path (str | Path): the file; created (with the schema) unless ``read_only``.
    read_only (bool): open for reading only (report, serve, export).
    wait (float): seconds to wait for another build's lock before StoreLockedError.

    A writing Store holds ``<store>.lock`` (one build at a time) and opens its DuckDB
    connection only while it is in use, so readers get in between batches; a reading Store
    retries briefly while a build holds the file. See ``store.locking``.
    """

    def __init__(self, path: str | Path, *, read_only: bool = False, wait: float = 0.0):
        self.path = Path(path)
        self.read_only = read_only
        self._build_lock: BuildLock | None = None
        if read_only and not self.path.exists():
            raise StoreError(Errors.E006.format(path=self.path))
        self._init_holder(READ_WAIT if read_only else RECONNECT_WAIT)
        try:
            if not read_only:
                self._build_lock = BuildLock(self.path, wait)
                if not self.path.exists():
                    _create_atomically(self.path)
            self._open(max(wait, READ_WAIT))
            if read_only:
                tables = {r[0] for r in self._con.execute(
                    "SELECT table_name FROM information_schema.tables").fetchall()}
                if "meta" not in tables:
                    raise StoreError(Errors.E002.format(path=self.path))
            else:
                migrations.apply(self._con)
        except BaseException:
            self.close()
            raise
        start_idle_thread(self)

    # -- lifecycle -------------------------------------------------------------------------
    @unguarded
    def close(self) -> None:
        """Close the connection and let go of the build lock; safe to call twice."""
        self._close_holder()
        if self._build_lock is not None:
            self._build_lock.release()
            self._build_lock = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @unguarded
    def _tx(self):
        return _Transaction(self)

    @property
    def schema_version(self) -> int:
        row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return int(row[0]) if row else 0

    # -- runs ------------------------------------------------------------------------------
    def start_run(self, paths: Iterable[str]) -> int:
        run = (self.con.execute("SELECT coalesce(max(id), 0) + 1 FROM runs").fetchone()[0])
        self.con.execute("INSERT INTO runs (id, started, paths) VALUES (?, current_timestamp, ?)",
                         [run, _json([str(p) for p in paths])])
        return run

    def finish_run(self, run: int, counts: dict[str, int]) -> None:
        self.con.execute(
            "UPDATE runs SET finished = current_timestamp, read = ?, analysed = ?, duplicates = ?, "
            "not_analysed = ?, failed = ?, skipped = ? WHERE id = ?",
            [counts.get("read", 0), counts.get("analysed", 0), counts.get("duplicates", 0),
             counts.get("not_analysed", 0), counts.get("failed", 0), counts.get("skipped", 0), run])

    # -- per-document writes (map results) -----------------------------------------------------
    def known_ids(self) -> set[str]:
        return {r[0] for r in self.con.execute("SELECT id FROM documents").fetchall()}

    def known_paths(self) -> set[str]:
        return {r[0] for r in self.con.execute("SELECT path FROM documents").fetchall()}

    def add_error(self, error: IngestError, run: int | None = None) -> None:
        self.con.execute("INSERT INTO errors (path, reason, stage, run) VALUES (?, ?, ?, ?)",
                         [error.path, error.reason, error.stage, run])

    def write_results(self, results: list[DocResult], run: int | None = None) -> None:
        """Write documents with their mentions, claims and signals; all or nothing."""
        if not results:
            return
        from .arrow import results_table

        self.write_table(results_table(results), run)

    def write_table(self, table, run: int | None = None) -> None:
        """Bulk-write a DocResult Arrow table (see ``store.arrow``) in one transaction.

        table (pyarrow.Table): one row per document with nested mentions, claims and signals.
        run (int | None): the build run to record on the documents.
        """
        if table.num_rows == 0:
            return
        self.con.register("_results", table)
        try:
            with self._tx():
                self._insert_results("_results", run)
        finally:
            self.con.unregister("_results")

    def load_shards(self, paths: Iterable[str | Path], run: int | None = None) -> int:
        """Load Parquet shards written by the map stage; one transaction per shard.

        RETURNS (int): documents in the shards read.
        """
        total = 0
        for path in paths:
            with self._tx():
                literal = str(path).replace("'", "''")  # a view cannot take a parameter
                self.con.execute(f"CREATE OR REPLACE TEMP VIEW _results AS SELECT * FROM read_parquet('{literal}')")
                total += self._insert_results("_results", run)
                self.con.execute("DROP VIEW _results")
        return total

    def _insert_results(self, source: str, run: int | None) -> int:
        """INSERT ... SELECT from a DocResult relation into the four per-document tables."""
        from .arrow import SIGNAL_COLS, doc_cols

        dcols = doc_cols()
        # signals have no key: only those of documents not stored yet, as mentions and claims
        self.con.execute(
            f"INSERT INTO signals ({_q(SIGNAL_COLS)}) SELECT {', '.join(f'r.{c}' for c in _q(SIGNAL_COLS).split(', '))} "
            f"FROM (SELECT unnest(signals) AS r FROM {source} WHERE id NOT IN (SELECT id FROM documents))")
        self.con.execute(
            f"INSERT INTO documents ({_q(dcols)}, run) SELECT {_q(dcols)}, ?::INTEGER FROM {source} "
            "ON CONFLICT DO NOTHING", [run])
        for table, cols in (("mentions", MENTION_COLS), ("claims", CLAIM_COLS)):
            self.con.execute(
                f"INSERT INTO {table} ({_q(cols)}) SELECT {', '.join(f'r.{c}' for c in _q(cols).split(', '))} "
                f"FROM (SELECT unnest({table}) AS r FROM {source}) ON CONFLICT DO NOTHING")
        return self.con.execute(f"SELECT count(*) FROM {source}").fetchall()[0][0]

    @staticmethod
    def _claim_row(c: Claim) -> list[Any]:
        ev = c.event.to_dict()
        return [c.id, c.doc, c.start, c.end, c.text, c.speaker_text, c.speaker_mention, c.speaker, c.content_text,
                c.content_start, c.content_end, c.cue, c.speech_type, c.stance, c.hedged, _json(c.hedges),
                _json([v.to_dict() for v in c.via]), _json(ev), c.event.type, c.event.subject, c.event.object,
                c.quote, c.sentence, c.certainty, None]

    # -- corpus-level writes (reduce results) ------------------------------------------------
    def replace_corpus(self, *, actors: list[Actor], mention_actor: dict[str, str],
                       merges: list[MergeEvidence], links: Iterable[Link] | None = None,
                       events: list[EventGroup] | None = None, claim_group: dict[str, str] | None = None,
                       node_table: str | None = None) -> None:
        """Replace actors, merges, links and events, and set mention/claim actor ids; one transaction.

        The links are written first, committed slice by slice to a table of their own that the
        transaction swaps in (``store.corpus.stage_links``): a failed write leaves the last run's rows.

        node_table (str | None): mentions take their actor from this table of nodes (doc, key, place,
            actor: ``store.corpus.write_node_actors``) instead of ``mention_actor``.
        """
        try:
            staged = stage_links(self, links)     # committed slice by slice, swapped in below (store/corpus.py)
            self._replace_corpus(staged, actors=actors, mention_actor=mention_actor, merges=merges, events=events,
                                 claim_group=claim_group, node_table=node_table)
        except BaseException:
            with self.hold() as con:      # the last run's links stay; the new ones go
                con.execute(f"DROP TABLE IF EXISTS {LINKS_STAGED}")
            raise

    def _replace_corpus(self, staged: str, *, actors: list[Actor], mention_actor: dict[str, str],
                        merges: list[MergeEvidence], events: list[EventGroup] | None,
                        claim_group: dict[str, str] | None, node_table: str | None) -> None:
        with self._tx():
            for table in ("actors", "merges", "events"):
                self._empty(table)
            self.con.execute("DROP TABLE links")
            self.con.execute(f"ALTER TABLE {staged} RENAME TO links")
            if actors:
                self._bulk_insert("actors", {
                    "id": [a.id for a in actors], "name": [a.name for a in actors], "kind": [a.kind for a in actors],
                    "country": [a.country for a in actors], "aliases": [_json(a.aliases) for a in actors],
                    "mentions": ([a.mentions for a in actors], "int64"), "roles": [_json(a.roles) for a in actors],
                    "kb_id": [a.kb_id for a in actors], "affiliation": [a.affiliation for a in actors]})
            if merges:
                self._bulk_insert("merges", {
                    "actor": [m.actor for m in merges], "a": [m.a for m in merges], "b": [m.b for m in merges],
                    "score": ([m.score for m in merges], "float64"), "reasons": [_json(m.reasons) for m in merges]})
            if node_table:
                set_mention_actors(self, node_table)
            else:
                self._set_map("mentions", "actor", mention_actor)
            # claims take their actor ids from their mentions
            self.con.execute("UPDATE claims SET speaker = m.actor FROM mentions m WHERE claims.speaker_mention = m.id")
            self.con.execute("UPDATE claims SET speaker = NULL WHERE speaker_mention IS NULL")
            self.con.execute(
                "UPDATE claims SET subject = m.actor FROM mentions m "
                "WHERE json_extract_string(claims.event, '$.subject_mention') = m.id")
            self.con.execute(
                "UPDATE claims SET object = m.actor FROM mentions m "
                "WHERE json_extract_string(claims.event, '$.object_mention') = m.id")
            if events:
                self._bulk_insert("events", {
                    "id": [e.id for e in events], "type": [e.type for e in events],
                    "subject": [e.subject for e in events], "object": [e.object for e in events],
                    "claims": [_json(e.claims) for e in events], "documents": ([e.documents for e in events], "int64"),
                    "origins": ([e.origins for e in events], "int64"), "grade": [e.grade for e in events],
                    "reasons": [_json(e.reasons) for e in events], "label": [e.label for e in events],
                    "first_date": [e.first_date for e in events], "last_date": [e.last_date for e in events]})
            self._set_map("claims", "group_id", claim_group or {})

    def _empty(self, table: str) -> None:
        """Empty a corpus table by dropping it and creating it again as it was (inside a transaction).

        ``DELETE FROM`` keeps every deleted row and its primary-key entry until the commit, which
        then merges the index: at 10,000 articles a rerun's commit took 10 CPU-s for 0.5 million
        links deleted and inserted again, 0.15 CPU-s after a drop (docs/scale.md, "Corpus stage").
        """
        ddl = self.con.execute("SELECT sql FROM duckdb_tables() WHERE database_name = current_database() "
                               "AND schema_name = 'main' AND table_name = ?", [table]).fetchone()[0]
        self.con.execute(f"DROP TABLE {table}")
        self.con.execute(ddl)

    def _bulk_insert(self, table: str, columns: dict[str, Any]) -> None:
        """INSERT many rows at once through an Arrow table (executemany is one round trip per row).

        columns (dict): column name → list of values (strings) or (list, arrow type name).
        """
        import pyarrow as pa

        arrays = {}
        for name, values in columns.items():
            values, type_ = values if isinstance(values, tuple) else (values, "string")
            arrays[name] = pa.array(values, type=getattr(pa, type_)())
        self.con.register("_bulk", pa.table(arrays))
        try:
            self.con.execute(f"INSERT INTO {table} ({_q(list(columns))}) SELECT {_q(list(columns))} FROM _bulk")
        finally:
            self.con.unregister("_bulk")

    def _set_map(self, table: str, column: str, mapping: dict[str, str]) -> None:
        self.con.execute(f"UPDATE {table} SET {column} = NULL")
        if not mapping:
            return
        self.con.execute("CREATE OR REPLACE TEMP TABLE _map (id VARCHAR, value VARCHAR)")
        items = iter(mapping.items())
        for _ in range(0, len(mapping), BULK_ROWS):
            part = list(islice(items, BULK_ROWS))
            self._bulk_insert("_map", {"id": [k for k, _ in part], "value": [v for _, v in part]})
        # The rows in the table's own order: an UPDATE whose joined rows come in another order (the
        # dict's) touches every row group per chunk of rows, and DuckDB then takes minutes for a few
        # hundred thousand rows (10,000 articles: claims' groups 31 CPU-s, 0.15 in row order).
        self.con.execute(f"CREATE OR REPLACE TEMP TABLE _map_rows AS SELECT t.rowid AS r, _map.value FROM {table} t "
                         f"JOIN _map ON t.id = _map.id ORDER BY r")
        self.con.execute(f"UPDATE {table} SET {column} = _map_rows.value FROM _map_rows WHERE {table}.rowid = _map_rows.r")
        self.con.execute("DROP TABLE _map_rows")
        self.con.execute("DROP TABLE _map")

    # -- reads -----------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}

    def _rows(self, sql: str, params: list | None = None, shared: Iterable[str] = (),
              seen: dict[str, str] | None = None) -> Iterator[dict[str, Any]]:
        """Rows of a query as dicts.

        shared (iterable): columns whose equal values are given as one string object: a value the
            driver returns is a new object per row, and the corpus stage holds millions of rows
            whose kind, document id or name repeat (about half of a mention's memory).
        seen (dict | None): the strings already given (value → itself), to share them across queries.
        """
        cur = self.con.execute(sql, params or [])
        cols = [d[0] for d in cur.description]
        at = [k for k, c in enumerate(cols) if c in set(shared)]
        seen = {} if seen is None else seen
        while True:
            batch = cur.fetchmany(1000)
            if not batch:
                break
            for row in batch:
                if at:
                    row = list(row)
                    for k in at:
                        if row[k] is not None:
                            row[k] = seen.setdefault(row[k], row[k])
                yield dict(zip(cols, row))

    def query(self, sql: str, params: list | None = None) -> list[dict[str, Any]]:
        """Run a read query and return rows as dicts."""
        return list(self._rows(sql, params))

    def documents(self, *, status: str | None = None, with_text: bool = True) -> Iterator[Document]:
        cols = [c for c in DOC_COLS if with_text or c not in ("text", "raw_text", "offset_map")]
        where = "WHERE status = ?" if status else ""
        for r in self._rows(f"SELECT {_q(cols)} FROM documents {where} ORDER BY path, id", [status] if status else []):
            r.pop("run", None)
            if isinstance(r.get("offset_map"), str):
                r["offset_map"] = json.loads(r["offset_map"])
            r.setdefault("text", "")
            yield Document.from_dict(r)

    def document(self, doc_id: str) -> Document | None:
        rows = self.query(f"SELECT {_q(DOC_COLS)} FROM documents WHERE id = ?", [doc_id])
        if not rows:
            return None
        r = rows[0]
        r.pop("run", None)
        r["offset_map"] = json.loads(r["offset_map"] or "[]")
        return Document.from_dict(r)

    def errors(self) -> list[IngestError]:
        return [IngestError.from_dict(r) for r in self._rows("SELECT path, reason, stage FROM errors ORDER BY logged, path, reason")]

    def mentions(self, doc: str | None = None) -> Iterator[Mention]:
        where, params = ("WHERE doc = ?", [doc]) if doc else ("", [])
        for r in self._rows(f"SELECT {_q(MENTION_COLS)} FROM mentions {where} ORDER BY doc, start, length(id), id", params,
                            shared=MENTION_SHARED):
            yield Mention.from_dict(r)

    def claims(self, doc: str | None = None, *, via_actors: bool = True) -> Iterator[Claim]:
        """Claims with actor ids (speaker, subject, object, via) filled from the resolved mentions.

        via_actors (bool): fill the actors of sources (``via``) from the mentions table (the corpus
            stage, which fills them itself, skips it: a dict of every mention).
        """
        where, params = ("WHERE c.doc = ?", [doc]) if doc else ("", [])
        mention_actor = dict(self.con.execute("SELECT id, actor FROM mentions WHERE actor IS NOT NULL").fetchall()) \
            if via_actors else {}
        for r in self._rows(f"SELECT {_q(CLAIM_COLS)} FROM claims c {where} ORDER BY c.doc, c.start, length(c.id), c.id", params,
                            shared=CLAIM_SHARED):
            yield self._claim_from_row(r, mention_actor)

    @staticmethod
    def _claim_from_row(r: dict[str, Any], mention_actor: dict[str, str]) -> Claim:
        r = dict(r)
        r["hedges"] = json.loads(r["hedges"] or "[]")
        r["via"] = json.loads(r["via"] or "[]")
        for v in r["via"]:
            if v.get("mention") and not v.get("actor"):
                v["actor"] = mention_actor.get(v["mention"])
        event = json.loads(r["event"] or "{}")
        event["subject"] = r.pop("subject")
        event["object"] = r.pop("object")
        r["event"] = event
        r.pop("event_type", None)
        r.pop("group_id", None)
        return Claim.from_dict(r)

    def actors(self) -> list[Actor]:
        out = []
        for r in self._rows(f"SELECT {_q(ACTOR_COLS)} FROM actors ORDER BY mentions DESC, name, id"):
            r["aliases"] = json.loads(r["aliases"] or "[]")
            r["roles"] = json.loads(r["roles"] or "[]")
            out.append(Actor.from_dict(r))
        return out

    def merges(self) -> list[MergeEvidence]:
        out = []
        for r in self._rows("SELECT actor, a, b, score, reasons FROM merges ORDER BY actor, score DESC, a, b"):
            r["reasons"] = json.loads(r["reasons"] or "[]")
            out.append(MergeEvidence.from_dict(r))
        return out

    def links(self) -> list[Link]:
        return [Link.from_dict({**r, "group": r.pop("group_id")})
                for r in self._rows("SELECT id, kind, a, b, reason, group_id FROM links ORDER BY id")]

    def events(self) -> list[EventGroup]:
        out = []
        for r in self._rows(f"SELECT {_q(EVENT_COLS)} FROM events ORDER BY documents DESC, id"):
            r["claims"] = json.loads(r["claims"] or "[]")
            r["reasons"] = json.loads(r["reasons"] or "[]")
            out.append(EventGroup.from_dict(r))
        return out

    def signals(self, doc: str | None = None) -> list[Signal]:
        where, params = ("WHERE doc = ?", [doc]) if doc else ("", [])
        return [Signal.from_dict(r) for r in self._rows(f'SELECT doc, kind, text, start, "end" FROM signals {where} '
                                                          'ORDER BY doc, start, "end", kind, text', params)]


def _create_atomically(path: Path) -> None:
    """Create a new store with its schema under a temporary name, then rename it into place.

    A build killed while the schema is being written leaves only the temporary file, never a
    store path without its schema (which readers would have to reject).
    """
    tmp = path.with_name(f"{path.name}.creating-{os.getpid()}")
    for leftover in (tmp, Path(f"{tmp}.wal")):
        leftover.unlink(missing_ok=True)
    con = duckdb.connect(str(tmp))
    try:
        migrations.apply(con)
        con.execute("CHECKPOINT")
    finally:
        con.close()
    os.replace(tmp, path)


class _Transaction:
    """BEGIN … COMMIT (ROLLBACK on error) holding the store's lock, so the connection stays open."""

    def __init__(self, store: Store):
        self.store = store

    def __enter__(self):
        self.store._lock.acquire()
        self.store._busy += 1
        try:
            self.con = self.store.con
            self.con.execute("BEGIN TRANSACTION")
        except BaseException:
            self.store._busy -= 1
            self.store._lock.release()
            raise
        return self

    def __exit__(self, exc_type, exc, tb):
        try:
            self.con.execute("COMMIT" if exc_type is None else "ROLLBACK")
        finally:
            self.store._busy -= 1
            self.store._lock.release()
        return False
