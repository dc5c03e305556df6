"""Per-document extraction (the map stage): one cleaned Document + its spaCy Doc → DocResult.

Stateless and pure: no store, no corpus knowledge, so it runs in any process or on a cluster.
Order: mentions (actors) → claims (attribution, events, hedges, quantities) → signals (framing).
"""
from __future__ import annotations

from .analyse import analyse

__all__ = ["analyse"]
