"""The Python API: the same operations as the CLI.

    import claimgraph
    report = claimgraph.build(["articles/"], store="s.duckdb")
    corpus = claimgraph.open("s.duckdb")
    corpus.export("json", "e.json")
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from .export import Filters, export as _export
from .pipeline import BuildReport, build as _build
from .store import Store


def build(paths, store: str | Path = "claimgraph.duckdb", **kwargs) -> BuildReport:
    """Build or extend a store from files/directories. See ``pipeline.build`` for options."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    return _build(paths, store, **kwargs)


class Corpus:
    """A built store, opened read-only."""

    def __init__(self, store: str | Path):
        self.path = Path(store)
        self.store = Store(self.path, read_only=True)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> "Corpus":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def export(self, fmt: str = "json", output: str | Path | None = None, **filters: Any) -> None:
        """Write the store as ``fmt`` (json, jsonl, csv, graphml, gexf, ftm, parquet) to ``output``."""
        _export(self.store, fmt, output, Filters(**filters))

    def to_dict(self, **filters: Any) -> dict:
        """The JSON export as a dict."""
        from .export.json import build_export

        return build_export(self.store, Filters(**filters))

    def info(self) -> dict[str, Any]:
        return {"store": str(self.path), "schema_version": self.store.schema_version, "counts": self.store.counts()}

    def actors(self):
        return self.store.actors()

    def claims(self, doc: str | None = None):
        return list(self.store.claims(doc))

    def documents(self):
        return list(self.store.documents(with_text=False))

    def links(self):
        return self.store.links()

    def events(self):
        return self.store.events()

    def check(self, text: str, **kwargs: Any):
        """Stored claims that support, contradict or update a typed claim. See ``resolve.check.check_text``."""
        from .resolve.check import check_text

        return check_text(text, self.store, **kwargs)


def open(store: str | Path) -> Corpus:  # noqa: A001 - the API name the users asked for
    """Open a built store for reading."""
    return Corpus(store)
