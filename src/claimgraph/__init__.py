"""claimgraph: who did what to whom, according to whom — from a pile of news articles."""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["Corpus", "build", "open", "__version__"]


def __getattr__(name: str):
    """``claimgraph.build``, ``open`` and ``Corpus``, imported on first use: the map stage's worker
    processes import the package without them (the exporters pull in followthemoney, ~1.5 s each)."""
    if name in ("Corpus", "build", "open"):
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'claimgraph' has no attribute {name!r}")
