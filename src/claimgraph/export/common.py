"""The exporter interface: every format is one module with one Exporter subclass.

An exporter gets an open Store and filters, writes with ``write()`` and closes with
``finalize()``. ``export(store, fmt, output)`` picks the exporter by format name.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from ..model import Claim
from ..store import Store


@dataclass
class Filters:
    """Filters shared by all formats."""

    actor: str | None = None       # actor id or name: claims where it is speaker, subject or object
    type: str | None = None        # PLOVER type (event or speech act)
    since: str | None = None       # YYYY-MM-DD, on the claim's event date, else the document date
    until: str | None = None
    outlet: str | None = None

    def active(self) -> bool:
        return any(v for v in (self.actor, self.type, self.since, self.until, self.outlet))


class Exporter:
    """Base class. Subclasses set ``name``, ``binary`` and implement ``write``."""

    name = ""
    binary = False         # writes bytes (or a directory) rather than text
    needs_path = False     # cannot stream to stdout

    def __init__(self, store: Store, filters: Filters | None = None):
        self.store = store
        self.filters = filters or Filters()

    def write(self, out: IO[Any] | Path) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def finalize(self) -> None:
        """Release what ``write`` held (files, buffers)."""


def claim_passes(c: Claim, f: Filters, doc_meta: dict[str, dict], actor_ids: set[str] | None) -> bool:
    """Does a claim pass the filters? ``actor_ids`` is the set the --actor filter matched."""
    if actor_ids is not None and not ({c.speaker, c.event.subject, c.event.object} & actor_ids):
        return False
    if f.type and f.type.upper() not in {c.event.type, c.speech_type}:
        return False
    meta = doc_meta.get(c.doc, {})
    if f.outlet and (meta.get("outlet") or "").lower() != f.outlet.lower():
        return False
    date = c.event.date or meta.get("published")
    if f.since and (not date or date < f.since):
        return False
    if f.until and (not date or date > f.until):
        return False
    return True


def match_actor_ids(store: Store, name: str | None) -> set[str] | None:
    """Actor ids for an --actor filter value (id, name or alias, case-insensitive)."""
    if not name:
        return None
    key = name.strip().lower()
    out = set()
    for a in store.actors():
        if key == a.id.lower() or key == a.name.lower() or key in {s.lower() for s in a.aliases}:
            out.add(a.id)
    return out


def open_output(output: str | Path | None, binary: bool = False):
    """A writable stream for ``output`` ('-' or None: stdout)."""
    if output in (None, "-"):
        return sys.stdout.buffer if binary else sys.stdout, False
    path = Path(output)
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    return (open(path, "wb") if binary else open(path, "w", encoding="utf-8", newline="")), True
