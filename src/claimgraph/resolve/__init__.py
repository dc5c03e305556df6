"""Corpus-level resolution (the reduce stage), run over the whole store after each build.

1. actors.resolve_actors: mentions → canonical actors (aliases, kinds, countries, merge evidence)
2. fill actor ids into claims
3. crosscheck.crosscheck: claims → event groups, corroborates/contradicts/updates links
"""
from __future__ import annotations

__all__ = ["resolve_store"]


def __getattr__(name: str):
    """Load ``resolve_store`` on first use (PEP 562): the extract stage imports one helper module of this
    package (``figures``) in every worker, and importing ``run`` here would load the whole corpus stage
    (store, actors, cross-check) there for nothing."""
    if name == "resolve_store":
        from .run import resolve_store
        return resolve_store
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
