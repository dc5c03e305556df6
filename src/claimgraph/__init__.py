"""claimgraph: who did what to whom, according to whom — from a pile of news articles."""
from __future__ import annotations

__version__ = "0.1.0"

from .api import Corpus, build, open  # noqa: E402,A004

__all__ = ["Corpus", "build", "open", "__version__"]
