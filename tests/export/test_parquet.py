"""Parquet export (export/parquet.py): every table, loads in DuckDB with the store's row counts."""
from __future__ import annotations

import duckdb
import pyarrow.parquet as pq
import pytest

from claimgraph.store import Store
from claimgraph.store.store import TABLES
from tests.export.store_builder import run_export


@pytest.fixture(scope="module")
def parquet_dir(export_store, tmp_path_factory):
    out = tmp_path_factory.mktemp("parquet") / "tables"
    run_export(export_store, "parquet", out)
    return out


def test_parquet_one_file_per_table(parquet_dir):
    assert sorted(p.name for p in parquet_dir.iterdir()) == sorted(f"{t}.parquet" for t in TABLES)


@pytest.mark.parametrize("table", TABLES)
def test_parquet_row_counts_match_the_store(export_store, parquet_dir, table):
    with Store(export_store, read_only=True) as store:
        expected = store.counts()[table]
    assert duckdb.sql(f"SELECT count(*) FROM '{parquet_dir / (table + '.parquet')}'").fetchall()[0][0] == expected


def test_parquet_string_lists_are_lists(parquet_dir):
    schema = pq.read_schema(parquet_dir / "actors.parquet")
    assert str(schema.field("aliases").type) == "list<element: string>"
    rows = dict(duckdb.sql(f"SELECT id, aliases FROM '{parquet_dir / 'actors.parquet'}'").fetchall())
    assert rows["nlf"] == ["Northern Liberation Front", "NLF", "the front"]
    claims = duckdb.sql(f"SELECT hedges FROM '{parquet_dir / 'claims.parquet'}' WHERE hedged").fetchall()
    assert sorted(h for (hs,) in claims for h in hs) == ["likely", "reportedly"]


def test_parquet_json_columns_stay_queryable(parquet_dir):
    rows = duckdb.sql(f"SELECT json_extract_string(event, '$.place.name') AS place FROM "
                      f"'{parquet_dir / 'claims.parquet'}' WHERE place IS NOT NULL").fetchall()
    assert [r[0] for r in rows] == ["Gao", "Gao"]


def test_parquet_filter_narrows_every_table(export_store, tmp_path):
    run_export(export_store, "parquet", tmp_path / "f", actor="france")
    count = {t: duckdb.sql(f"SELECT count(*) FROM '{tmp_path / 'f' / (t + '.parquet')}'").fetchall()[0][0]
             for t in TABLES}
    assert (count["claims"], count["documents"], count["actors"], count["links"], count["errors"]) == (2, 2, 5, 0, 0)
    # mentions of the two kept documents only
    with Store(export_store, read_only=True) as store:
        kept = sum(1 for m in store.mentions() if m.doc in ("dsmall0000000001", "dsmall0000000003"))
    assert count["mentions"] == kept
