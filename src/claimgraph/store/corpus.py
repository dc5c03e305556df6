"""The corpus stage's reads and writes that stay in SQL: mention forms, node actors, claims with actors.

At 100,000 articles the store holds four million mentions. Actor resolution reads nodes (a
document's mentions of one name, ``resolve.nodes.Node``) and of each mention only its form —
name, kind, knowledge-base id, local key, role, affiliation, pronoun — which repeats: a few
distinct forms for every hundred mentions (``resolve.nodes.MentionForm``: a field actor resolution
comes to read must be added there and to ``FORM_COLS``). ``mention_forms`` gives each distinct form once
and each mention as (document, form number), so Python holds one object per form and a
reference per mention, not a ``Mention`` with its id and offsets (about 1 KB each with what
the stage built around it). Mentions get their actor from their node in SQL
(``write_node_actors``, then ``Store.replace_corpus(node_table=...)``), and the claims read
their actor ids through the same table (``claims_with_actors``): no dict of every mention's id.

A writing Store lets its connection go between calls (``store.locking``), so the node table is
a table of the store (not a temporary one), written in its own statement and dropped by the
result transaction; the streams hold the connection while they are read (``Store.hold``).

A mention's node is (document, local key or else name, whether it is a place), as
``resolve.nodes._nodes`` keys it.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterable, Iterator

from ..errors import ClaimgraphError, Errors
from ..model import Claim

if TYPE_CHECKING:
    from ..model import Link
    from .store import Store

FORM_COLS = ("name", "kind", "label", "kb_id", "local_key", "role", "affiliation", "affiliation_kb", "pronoun")
NODE_TABLE = "_node_actor"     # scratch table of the corpus stage: doc, key, place, actor
BATCH = 50_000             # rows fetched at a time
BULK_NODES = 200_000       # nodes per Arrow slice
LINKS_STAGED = "_links_new"  # the new links, written before the result transaction swaps them in
CLAIM_DOCS = 2_000         # documents whose claims are sorted and read at a time (``_sorted_slices``)


def node_key_sql(m: str) -> str:
    """SQL for a mention's node key (``m.local_key or m.name``) and place flag, for table alias ``m``."""
    return (f"CASE WHEN coalesce({m}.local_key, '') = '' THEN {m}.name ELSE {m}.local_key END",
            f"coalesce({m}.kind = 'place', false)")


def mention_forms(con) -> tuple[list[tuple], Iterator[tuple[str, int]]]:
    """Each distinct mention form once, and every mention as (document id, form number).

    con (DuckDBPyConnection): the store's connection, held until the iterator is read (``Store.hold``).
    RETURNS (tuple): the forms (tuples of ``FORM_COLS``, numbered by position) and an iterator of
        (document id, form number) in mention order (document, start, end, id: the order of
        ``resolve.actors.resolve_actors``); equal document ids are one string object.
    """
    cols = ", ".join(FORM_COLS)
    con.execute(f"CREATE OR REPLACE TEMP TABLE _forms AS "
                f"SELECT (row_number() OVER (ORDER BY {cols}) - 1)::BIGINT AS form, {cols} "
                f"FROM (SELECT DISTINCT {cols} FROM mentions)")
    forms = [tuple(r[1:]) for r in con.execute(f"SELECT form, {cols} FROM _forms ORDER BY form").fetchall()]
    same = " AND ".join(f"m.{c} IS NOT DISTINCT FROM f.{c}" for c in FORM_COLS)

    def rows() -> Iterator[tuple[str, int]]:
        cur = con.execute(f'SELECT m.doc, f.form FROM mentions m JOIN _forms f ON {same} '
                          f'ORDER BY m.doc, m.start, m."end", m.id')
        docs: dict[str, str] = {}
        try:
            while batch := cur.fetchmany(BATCH):
                for doc, form in batch:
                    yield docs.setdefault(doc, doc), form
        finally:
            con.execute("DROP TABLE IF EXISTS _forms")

    return forms, rows()


def write_node_actors(store: "Store", keyed: list[tuple[str, str, bool]], node_actor: list[str]) -> str:
    """Write each node's actor to a temp table (``NODE_TABLE``) that mentions and claims join on.

    keyed (list): each node's (document id, key, place flag) as its mentions give it (``node_key_sql``).
    node_actor (list[str]): the actor id of each node.
    RETURNS (str): the table's name.
    """
    with store.hold() as con:
        con.execute(f"CREATE OR REPLACE TABLE {NODE_TABLE} (doc VARCHAR, key VARCHAR, place BOOLEAN, actor VARCHAR)")
        for k in range(0, len(keyed), BULK_NODES):
            part = keyed[k:k + BULK_NODES]
            store._bulk_insert(NODE_TABLE, {"doc": [x[0] for x in part], "key": [x[1] for x in part],
                                            "place": ([x[2] for x in part], "bool_"),
                                            "actor": node_actor[k:k + BULK_NODES]})
    return NODE_TABLE


class ClaimStream:
    """The store's claims read once as a stream, whose number is known before it is read (``len``).

    The corpus stage decides from the number of claims whether it makes their views in several
    processes (``resolve.parallel.make_views``): a count is one cheap query, the claims are not.
    """

    def __init__(self, store: "Store"):
        self._store = store
        self._n: int | None = None

    def __len__(self) -> int:
        if self._n is None:
            with self._store.hold() as con:
                self._n = int(con.execute("SELECT count(*) FROM claims").fetchone()[0])
        return self._n

    def __iter__(self) -> Iterator[Claim]:
        with self._store.hold() as con:
            yield from _claims_with_actors(self._store, con)


def claims_with_actors(store: "Store") -> ClaimStream:
    """The store's claims, in ``Store.claims`` order, with the actor ids of their mentions' nodes.

    What ``resolve.run.fill_claim_actors`` sets from a dict of every mention, read through
    ``NODE_TABLE`` (``write_node_actors``): speaker, event subject and object, and the sources' actors.
    RETURNS (ClaimStream): claims, read as they are iterated; ``len`` counts them without reading them.
    """
    return ClaimStream(store)


def _claims_with_actors(store: "Store", con) -> Iterator[Claim]:
    from .store import CLAIM_COLS, _q

    key, place = node_key_sql("m")
    subject, obj = (f"json_extract_string(c.event, '$.{x}_mention')" for x in ("subject", "object"))
    # The actors of the mentions the claims name, computed once (ids and actors only: the joins
    # below then hash a few columns of the mentions claims point to, not every mention three times).
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _claim_mention_actor AS
        SELECT m.id, n.actor FROM mentions m JOIN {NODE_TABLE} n
            ON n.doc = m.doc AND n.key = {key} AND n.place = {place}
        WHERE m.id IN (SELECT speaker_mention FROM claims c UNION ALL SELECT {subject} FROM claims c
                       UNION ALL SELECT {obj} FROM claims c
                       UNION ALL SELECT unnest(json_extract_string(c.via, '$[*].mention')) FROM claims c
                       WHERE json_array_length(c.via) > 0)""")
    via_actor: dict[str, str | None] = dict(con.execute(
        "SELECT id, actor FROM _claim_mention_actor WHERE id IN (SELECT unnest(json_extract_string(c.via, "
        "'$[*].mention')) FROM claims c WHERE json_array_length(c.via) > 0)").fetchall())
    cols = ", ".join(f"c.{x}" for x in _q(CLAIM_COLS).split(", "))
    sql = (f"SELECT {cols}, sp.actor AS _speaker, sb.actor AS _subject, ob.actor AS _object FROM claims c "
           f"LEFT JOIN _claim_mention_actor sp ON sp.id = c.speaker_mention "
           f"LEFT JOIN _claim_mention_actor sb ON sb.id = {subject} "
           f"LEFT JOIN _claim_mention_actor ob ON ob.id = {obj} "
           f"WHERE {{where}} ORDER BY c.doc, c.start, length(c.id), c.id")
    seen: dict[str, str] = {}         # one string per actor id, document id, kind across the slices
    for r in _sorted_slices(store, con, sql, seen):
        speaker_actor, subject_actor, object_actor = r.pop("_speaker"), r.pop("_subject"), r.pop("_object")
        c = store._claim_from_row(r, {})
        c.speaker = speaker_actor if c.speaker_mention else None
        c.event.subject = subject_actor if c.event.subject_mention else None
        c.event.object = object_actor if c.event.object_mention else None
        for v in c.via:
            if v.mention:
                v.actor = via_actor.get(v.mention)
        yield c
    con.execute("DROP TABLE _claim_mention_actor")


def _sorted_slices(store: "Store", con, sql: str, seen: dict[str, str]) -> Iterator[dict]:
    """The rows of ``sql`` (ordered by document first) a few documents' claims at a time, in the same order.

    One ``ORDER BY`` over every claim kept DuckDB's sort of the whole table (up to its memory limit,
    1 GB) for as long as the claims were read into views (a quarter of an hour at 100,000 articles).
    The documents are sorted once and their claims read ``CLAIM_DOCS`` documents at a time, each slice
    sorted the same way: the concatenation is the one order (a claim without a document, if any, comes
    last, as ``NULLS LAST`` puts it).
    sql (str): a query with a ``{where}`` slot, ordered by ``c.doc`` first.
    RETURNS (iterator): rows as dicts, as ``Store._rows`` gives them.
    """
    from .store import CLAIM_SHARED

    shared = (*CLAIM_SHARED, "_speaker", "_subject", "_object")
    docs = [d for (d,) in con.execute("SELECT DISTINCT doc FROM claims WHERE doc IS NOT NULL ORDER BY doc").fetchall()]
    for k in range(0, len(docs), CLAIM_DOCS):
        part = docs[k:k + CLAIM_DOCS]
        yield from store._rows(sql.format(where="c.doc BETWEEN ? AND ?"), [part[0], part[-1]],
                               shared=shared, seen=seen)
    del docs
    yield from store._rows(sql.format(where="c.doc IS NULL"), shared=shared, seen=seen)


def stage_links(store: "Store", links: "Iterable[Link] | None") -> str:
    """Write the links to a new table (``LINKS_STAGED``) before the result transaction, each slice committed.

    Rows appended inside one transaction stay in DuckDB's memory until it commits: at 10,000 articles
    the 510,000 links took the write from 773 to 1,206 MB (docs/scale.md, "Corpus stage", round 7), at
    100,000 about 2 GB. Committed slice by slice to a table of their own, they go to the file as they
    are written; ``Store.replace_corpus`` then swaps the table in inside its transaction (``DROP`` +
    ``RENAME``), so a failed write still leaves the last run's links, and readers never see the new
    links before the rest of the results. A table left by a run that died here is dropped by the next.
    links (iterable | None): ``Link`` objects, or a ``LinkStream`` (its ``columns``, read once).
    RETURNS (str): the staged table's name.
    """
    from .store import LINK_ROWS, _link_columns

    with store.hold() as con:
        ddl = con.execute("SELECT sql FROM duckdb_tables() WHERE database_name = current_database() "
                          "AND schema_name = 'main' AND table_name = 'links'").fetchone()[0]
        staged_ddl, found = re.subn(r'^CREATE TABLE\s+"?links"?\s*\(', f"CREATE TABLE {LINKS_STAGED}(", ddl)
        if not found:                     # the same columns and keys as ``links``, or nothing
            raise ClaimgraphError(Errors.E094.format(ddl=ddl[:80]))
        con.execute(f"DROP TABLE IF EXISTS {LINKS_STAGED}")
        con.execute(staged_ddl)
        # in slices: an Arrow copy of every link's reason at once is gigabytes at 100,000 articles; a
        # LinkStream (resolve.linkstream) makes each slice's columns from its verdicts, no Link objects
        for part in (links.columns(LINK_ROWS) if hasattr(links, "columns") else _link_columns(links)):
            store._bulk_insert(LINKS_STAGED, part)
    return LINKS_STAGED


def set_mention_actors(store: "Store", table: str) -> None:
    """``mentions.actor`` from the node table, which goes (inside ``Store.replace_corpus``'s transaction)."""
    key, place = node_key_sql("mentions")
    store.con.execute("UPDATE mentions SET actor = NULL")
    store.con.execute(f"UPDATE mentions SET actor = n.actor FROM {table} n "
                      f"WHERE mentions.doc = n.doc AND n.key = {key} AND n.place = {place}")
    store.con.execute(f"DROP TABLE {table}")

