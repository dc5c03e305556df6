"""Cross-checking claims across documents (placeholder; see issue 5)."""
from __future__ import annotations

from ..model import Actor, Claim, Document, EventGroup, Link


def crosscheck(claims: list[Claim], actors: list[Actor], documents: dict[str, Document]
               ) -> tuple[list[Link], list[EventGroup], dict[str, str]]:
    return [], [], {}
