"""Run the reduce stage over a store and write its results back in one transaction.

The corpus stage is global (see docs/scale.md, "Incremental builds"): every result may depend
on every document. What it can skip exactly is a run over the very inputs it already resolved:
``resolve_store`` records a fingerprint of its inputs (the analysed documents, mentions and
claims, and the code and data files of the package) next to its results, and a later call over
the same inputs keeps those results instead of computing them again.
"""
from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from ..engine.memory import give_back, paused_gc
from ..model import Claim
from ..store import Store
from ..store.corpus import claims_with_actors, write_node_actors
from .actors import resolve_nodes
from .crosscheck import crosscheck
from .features import forget_shared
from .kinds import add_outlets
from .nodes import store_nodes

FINGERPRINT_KEY = "corpus_fingerprint"


def corpus_memory_limit() -> str | None:
    """DuckDB's memory limit while the corpus stage runs: ``CLAIMGRAPH_CORPUS_DUCKDB_MEMORY``, else the writer's.

    The stage holds actors and claim views in Python while DuckDB sorts the claims (up to 2.05 GB
    at 100,000 articles with the writer's 1 GB limit). A lower limit is not the default: at 100,000
    articles the claims' query ran out of memory under 256 MB and under 512 MB (its joins and sort
    do not spill enough), so it is left to the caller who knows the corpus (docs/scale.md).
    RETURNS (str | None): a DuckDB size, or None for the writer's limit.
    """
    return os.environ.get("CLAIMGRAPH_CORPUS_DUCKDB_MEMORY") or None


def fill_claim_actors(claims: Iterable[Claim], mention_actor: dict[str, str]) -> None:
    """Set speaker/subject/object/via actor ids from the resolved mentions."""
    for c in claims:
        c.speaker = mention_actor.get(c.speaker_mention) if c.speaker_mention else None
        c.event.subject = mention_actor.get(c.event.subject_mention) if c.event.subject_mention else None
        c.event.object = mention_actor.get(c.event.object_mention) if c.event.object_mention else None
        for v in c.via:
            if v.mention:
                v.actor = mention_actor.get(v.mention)


def filled_claims(store: Store, mention_actor: dict[str, str]) -> Iterator[Claim]:
    """The store's claims one at a time, actor ids set from ``mention_actor`` (``fill_claim_actors``).

    RETURNS (iterator): claims in the store's order.
    """
    for c in store.claims(via_actors=False):     # fill_claim_actors sets every actor id
        fill_claim_actors((c,), mention_actor)
        yield c


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """SHA-1 of the package's Python and data files: other code or knowledge, other results.

    RETURNS (str): a hex digest, computed once per process.
    """
    root = Path(__file__).resolve().parent.parent
    h = hashlib.sha1()
    for p in sorted(root.rglob("*")):
        if p.is_file() and p.suffix in {".py", ".yaml", ".yml", ".json", ".jsonl"} and "__pycache__" not in p.parts:
            h.update(str(p.relative_to(root)).encode())
            h.update(p.read_bytes())
    return h.hexdigest()


def corpus_fingerprint(store: Store) -> str:
    """A fingerprint of everything the corpus stage reads: inputs in the store and the code.

    Order-free aggregates (XOR of row hashes) over every column the stage reads — not over the
    columns it writes (``mentions.actor``, the claims' actor and group ids) — so computing it is
    one scan in DuckDB.
    RETURNS (str): a hex digest.
    """
    parts = []
    for sql in (# the text is left out: a document's id is the hash of its text
                "SELECT count(*), bit_xor(hash(COLUMNS(* EXCLUDE (text, raw_text, offset_map)))) FROM documents",
                "SELECT count(*), bit_xor(hash(COLUMNS(* EXCLUDE (actor)))) FROM mentions",
                "SELECT count(*), bit_xor(hash(COLUMNS(* EXCLUDE (speaker, subject, object, group_id)))) FROM claims"):
        parts.append(",".join(str(x) for x in store.con.execute(sql).fetchone()))
    return hashlib.sha1(("|".join(parts) + "|" + code_fingerprint()).encode()).hexdigest()


def _stored_counts(store: Store) -> dict[str, int]:
    row = store.con.execute("SELECT (SELECT count(*) FROM actors), (SELECT count(*) FROM merges), "
                            "(SELECT count(*) FROM links), (SELECT count(*) FROM events)").fetchone()
    return dict(zip(("actors", "merges", "links", "events"), (int(x) for x in row)))


def resolve_store(store: Store, *, force: bool = False) -> dict[str, int]:
    """Resolve actors and cross-check claims over everything in the store.

    store (Store): a writable store.
    force (bool): run even when the store's results were made from the same inputs and code.
    RETURNS (dict): counts of actors, merges, links and event groups written (or kept).
    """
    fingerprint = corpus_fingerprint(store)
    if not force:
        row = store.con.execute("SELECT value FROM meta WHERE key = ?", [FINGERPRINT_KEY]).fetchone()
        if row and row[0] == fingerprint:
            return _stored_counts(store)
    # Its objects live until the stage ends: scanning them for cycles is pure cost (engine/memory.py).
    with paused_gc(), store.memory_limit(corpus_memory_limit()):
        return _resolve(store, fingerprint)


def _resolve(store: Store, fingerprint: str) -> dict[str, int]:
    # Nodes (a document's mentions of one name) hold each mention's form, one object per distinct
    # form, not a Mention per mention; mentions and claims get their actors in SQL, by node.
    nodes = store_nodes(store)
    keyed = [(n.doc, n.key, n.place) for n in nodes]     # retype may rename a node: its key as stored
    actors, node_actor, merges = resolve_nodes(nodes)
    del nodes
    table = write_node_actors(store, keyed, node_actor)
    del keyed, node_actor
    documents = {d.id: d for d in store.documents(status="analysed", with_text=False)}
    add_outlets(actors, (d.outlet for d in documents.values()))  # the outlets that speak are actors
    # The claims are a stream: each is read with its actor ids and made a view (which keeps what the
    # cross-check reads, not the Claim): never every Claim at once (1.4 KB each, 2.2 million at 100k).
    links, events, claim_group = crosscheck(claims_with_actors(store), actors, documents,
                                              stream_links=True)   # links made as the store writes them
    del documents                    # the results hold ids only
    forget_shared()                  # the views are gone (the link stream keeps claim ids): their sets may go
    give_back()                      # what they held, back to the system before DuckDB writes (engine/memory.py)
    store.replace_corpus(actors=actors, mention_actor={}, merges=merges, links=links,
                         events=events, claim_group=claim_group, node_table=table)
    # Written after the results: a run that dies in between leaves no fingerprint, so the next
    # one resolves again.
    store.con.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [FINGERPRINT_KEY, fingerprint])
    return {"actors": len(actors), "merges": len(merges), "links": len(links), "events": len(events)}
