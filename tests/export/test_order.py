"""Exports do not depend on the order rows sit in the store.

The corpus stage rewrites tables and a build with several workers appends in completion order, so
two stores holding the same rows may hold them in different physical orders; every exporter reads
with a total ORDER BY (claims at one offset, actors of one size and name, merges of one score...).
"""
from __future__ import annotations

import shutil

import duckdb
import pytest

import claimgraph

SHUFFLED = ["claims", "mentions", "signals", "actors", "merges", "links", "events", "documents"]


def _reverse_rows(path) -> None:
    """Rewrite each table with its rows in reverse physical order (same rows, other order)."""
    con = duckdb.connect(str(path))
    try:
        for table in SHUFFLED:
            con.execute(f"CREATE TEMP TABLE _rows AS SELECT * FROM {table}")
            con.execute(f"DELETE FROM {table}")
            # reverse of the old storage order: rowid of a temp table follows the insertion order
            con.execute(f"INSERT INTO {table} SELECT * EXCLUDE (_r) FROM "
                        "(SELECT *, row_number() OVER () AS _r FROM _rows) ORDER BY _r DESC")
            con.execute("DROP TABLE _rows")
    finally:
        con.close()


def _add_ties(path) -> None:
    """Rows that tie on the leading sort columns: a second claim at one claim's offset, an actor of the same
    name and size as another, a merge of the same actor and score."""
    con = duckdb.connect(str(path))
    try:
        con.execute("INSERT INTO claims SELECT * REPLACE (id || '0' AS id) FROM claims "
                    "WHERE id = (SELECT min(id) FROM claims)")
        con.execute("INSERT INTO actors SELECT * REPLACE (id || '-twin' AS id) FROM actors "
                    "WHERE id = (SELECT min(id) FROM actors)")
        con.execute("INSERT INTO merges SELECT * REPLACE (b || ' (twin)' AS b) FROM merges "
                    "WHERE a = (SELECT min(a) FROM merges)")
    finally:
        con.close()


def _export(path, fmt: str, out) -> bytes:
    with claimgraph.open(path) as corpus:
        corpus.export(fmt, output=out)
    if out.is_dir():
        # Parquet: the rows of every file, in file order (the bytes carry write metadata)
        return b"".join(repr(duckdb.sql(f"SELECT * FROM '{p}'").fetchall()).encode() for p in sorted(out.iterdir()))
    return out.read_bytes()


@pytest.mark.parametrize("fmt,name", [("json", "e.json"), ("jsonl", "e.jsonl"), ("parquet", "pq")])
def test_order_export_same_whatever_the_storage_order(tmp_path, export_store, fmt, name):
    original, shuffled = tmp_path / "a.duckdb", tmp_path / "b.duckdb"
    shutil.copy(export_store, original)
    shutil.copy(export_store, shuffled)
    _add_ties(original)
    _add_ties(shuffled)
    _reverse_rows(shuffled)
    con = duckdb.connect(str(shuffled), read_only=True)
    moved = con.execute("SELECT id FROM claims").fetchall()
    con.close()
    con = duckdb.connect(str(original), read_only=True)
    assert moved != con.execute("SELECT id FROM claims").fetchall()   # the storage order did change
    con.close()
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    assert _export(shuffled, fmt, tmp_path / "y" / name) == _export(original, fmt, tmp_path / "x" / name)
