"""Named migrations, applied in order and recorded in the ``migrations`` table.

A store records the names it has; opening a store applies the missing ones. Add a new
migration by appending ``(name, sql)``; never edit one that has shipped.
"""
from __future__ import annotations

from importlib import resources

SCHEMA_VERSION = 1


def _initial() -> str:
    return resources.files(__package__).joinpath("schema.sql").read_text(encoding="utf-8")


MIGRATIONS: list[tuple[str, callable]] = [
    ("001_initial", _initial),
]


def apply(con) -> list[str]:
    """Apply missing migrations on a DuckDB connection; return the names applied."""
    con.execute("CREATE TABLE IF NOT EXISTS migrations (name VARCHAR PRIMARY KEY, applied_at TIMESTAMP DEFAULT current_timestamp)")
    done = {row[0] for row in con.execute("SELECT name FROM migrations").fetchall()}
    applied = []
    for name, sql in MIGRATIONS:
        if name in done:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(sql())
            con.execute("INSERT INTO migrations (name) VALUES (?)", [name])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        applied.append(name)
    con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
    return applied
