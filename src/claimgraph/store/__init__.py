"""The embedded DuckDB store (store.py owns it; migrations.py versions it)."""
from .store import Store, TABLES

__all__ = ["Store", "TABLES"]
