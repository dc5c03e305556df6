"""Exact and near-duplicate detection (syndicated copies) with MinHash LSH (datasketch)."""
from __future__ import annotations

import re
from typing import Iterable

from datasketch import MinHash, MinHashLSH

from ..model import Document

NUM_PERM = 64
THRESHOLD = 0.8
SHINGLE = 5


def _shingles(text: str) -> set[bytes]:
    words = re.findall(r"\w+", text.lower())
    if len(words) < SHINGLE:
        return {" ".join(words).encode()}
    return {" ".join(words[i:i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


def minhash(text: str) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, seed=7)
    m.update_batch(list(_shingles(text)))
    return m


class Deduper:
    """Remembers documents seen; ``check`` returns the id of an earlier near-copy or None."""

    def __init__(self, threshold: float = THRESHOLD):
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.seen: set[str] = set()

    @classmethod
    def from_documents(cls, documents: Iterable[Document]) -> "Deduper":
        d = cls()
        for doc in documents:
            if doc.status != "duplicate" and doc.text:
                d.add(doc.id, doc.text)
        return d

    def add(self, doc_id: str, text: str) -> None:
        if doc_id in self.seen:
            return
        self.seen.add(doc_id)
        self.lsh.insert(doc_id, minhash(text))

    def check(self, doc: Document) -> str | None:
        """Return the id of an earlier near-duplicate of ``doc``, else remember ``doc`` and return None."""
        m = minhash(doc.text)
        hits = sorted(h for h in self.lsh.query(m) if h != doc.id)
        if hits:
            return hits[0]
        if doc.id not in self.seen:
            self.seen.add(doc.id)
            self.lsh.insert(doc.id, m)
        return None
