"""Framing signals in one document (placeholder; see issue 5)."""
from __future__ import annotations

from ..model import Document, Signal


def find_signals(document: Document, doc) -> list[Signal]:
    return []
