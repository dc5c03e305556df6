"""Corpus-level resolution (the reduce stage), run over the whole store after each build.

1. actors.resolve_actors: mentions → canonical actors (aliases, kinds, countries, merge evidence)
2. fill actor ids into claims
3. crosscheck.crosscheck: claims → event groups, corroborates/contradicts/updates links
"""
from __future__ import annotations

from .run import resolve_store

__all__ = ["resolve_store"]
