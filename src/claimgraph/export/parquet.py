"""Parquet: every table of the store, one ``TABLE.parquet`` file each in the --output directory.

DuckDB writes the files itself (``COPY (SELECT …) TO … (FORMAT parquet)``), streaming, so
the store never passes through Python. Columns are those of the store tables
(``store/schema.sql``); JSON lists of strings (aliases, roles, hedges, reasons, the claims of
an event group, a run's paths) become Parquet lists, other JSON (a claim's ``event`` and
``via``, a document's ``offset_map``) stays JSON text. Filters narrow every table as in the
other formats (``common.Scope``).

    duckdb -c "SELECT event_type, count(*) FROM 'out/claims.parquet' GROUP BY 1"
    pandas.read_parquet("out/actors.parquet")
"""
from __future__ import annotations

from pathlib import Path

from ..store.store import TABLES
from .common import Exporter, fetch_all

# JSON columns holding a list of strings: exported as LIST(VARCHAR), not text
STRING_LISTS = {
    "actors": ("aliases", "roles"),
    "claims": ("hedges",),
    "merges": ("reasons",),
    "events": ("claims", "reasons"),
    "runs": ("paths",),
}

# rows in a total order, as Store reads them: the same store gives the same files whatever order its rows
# were written in (claims are ordered by Scope.table_sql already)
ROW_ORDER = {
    "documents": 't.path, t.id',
    "errors": 't.logged, t.path, t.reason',
    "mentions": 't.doc, t.start, length(t.id), t.id',
    "signals": 't.doc, t.start, t."end", t.kind, t.text',
    "actors": 't.mentions DESC, t.name, t.id',
    "merges": 't.actor, t.score DESC, t.a, t.b',
    "links": 't.id',
    "events": 't.documents DESC, t.id',
    "runs": 't.id',
}


def _columns(store, table: str) -> str:
    """The SELECT list of a table, with string-list JSON columns cast to lists."""
    cols = [r[0] for r in fetch_all(
        store, "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
        [table])]
    lists = STRING_LISTS.get(table, ())
    return ", ".join(f"from_json(t.\"{c}\", '[\"VARCHAR\"]') AS \"{c}\"" if c in lists else f't."{c}"'
                     for c in cols)


class ParquetExporter(Exporter):
    """One Parquet file per store table, in a directory."""

    name = "parquet"
    binary = True
    stdout = False
    writes_files = True

    def write(self, out: Path) -> None:
        out.mkdir(parents=True, exist_ok=True)
        for table in TABLES:
            sql, params = self.scope.table_sql(table, _columns(self.store, table))
            if table in ROW_ORDER:
                sql += f" ORDER BY {ROW_ORDER[table]}"
            target = str(out / f"{table}.parquet").replace("'", "''")
            fetch_all(self.store, f"COPY ({sql}) TO '{target}' (FORMAT parquet, COMPRESSION zstd)", params)
