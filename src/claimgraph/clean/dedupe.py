"""Exact and near-duplicate detection (syndicated copies) with MinHash LSH (datasketch).

Exact copies share the content hash (``Document.id``). Near copies — the same wire story
republished with another headline, dateline, byline or footer — share most of their
word 5-grams. A syndicated copy adds text to the original, so the useful measure is
*containment* (how much of the smaller document is in the larger), not plain Jaccard:
LSH finds candidates at a low Jaccard threshold, and a candidate is accepted when the
containment estimated from the MinHash Jaccard and the two shingle counts is high.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable

from ..model import Document

if TYPE_CHECKING:  # datasketch imports scipy (~0.7 s): the map stage's worker processes never need it
    from datasketch import MinHash

NUM_PERM = 128
LSH_THRESHOLD = 0.4      # candidate recall: copies with a long extra header/footer still qualify
CONTAINMENT = 0.8        # share of the smaller text's shingles that must be in the other
SHINGLE = 5
MIN_SHINGLES = 8         # shorter texts are only compared exactly


def shingles(text: str) -> set[bytes]:
    """Word 5-grams of the lowercased text."""
    words = re.findall(r"\w+", text.lower())
    if len(words) < SHINGLE:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i:i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


@lru_cache(maxsize=1)
def _shared() -> dict:
    """The permutations (and scheme) of ``MinHash(NUM_PERM, seed=7)``, made once per process.

    A new MinHash draws its permutations from a freshly seeded random generator: about 0.12 ms, a third of a
    sketch's cost; with the seed fixed they are the same every time, so every sketch is given the first one's.
    """
    from datasketch import MinHash

    first = MinHash(num_perm=NUM_PERM, seed=7)
    shared = {"permutations": first.permutations}
    if hasattr(first, "scheme"):     # datasketch >= 2.0 asks for the scheme permutations belong to
        shared["scheme"] = first.scheme
    return shared


def minhash(grams: set[bytes]) -> MinHash:
    """The MinHash of a document's shingles (``MinHash(NUM_PERM, seed=7)``)."""
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM, seed=7, **_shared())
    m.update_batch(list(grams))
    return m


def containment(jaccard: float, a: int, b: int) -> float:
    """|A∩B| / min(|A|, |B|) from the Jaccard index and the set sizes."""
    if not a or not b:
        return 0.0
    inter = jaccard * (a + b) / (1 + jaccard)
    return min(1.0, inter / min(a, b))


class Deduper:
    """Remembers documents seen; ``check`` returns the id of an earlier near-copy or None."""

    def __init__(self, *, threshold: float = CONTAINMENT):
        self.threshold = threshold
        from datasketch import MinHashLSH

        self.lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
        self.sketches: dict[str, tuple[MinHash, int]] = {}
        self.order: dict[str, int] = {}
        self.paths: dict[str, str] = {}

    @classmethod
    def from_documents(cls, documents: Iterable[Document]) -> "Deduper":
        """A deduper that knows the documents already stored (duplicates only by path)."""
        d = cls()
        for doc in documents:
            d.paths.setdefault(doc.id, doc.path)
            if doc.status != "duplicate" and doc.text:
                d.add(doc.id, doc.text, path=doc.path)
        return d

    def path_of(self, doc_id: str) -> str | None:
        """The input path of a document seen before, if known."""
        return self.paths.get(doc_id)

    def add(self, doc_id: str, text: str, *, path: str | None = None) -> None:
        """Remember a document as an original."""
        if path:
            self.paths.setdefault(doc_id, path)
        if doc_id in self.sketches:
            return
        self._insert(doc_id, shingles(text))

    def _insert(self, doc_id: str, grams: set[bytes]) -> MinHash:
        m = minhash(grams)
        self.sketches[doc_id] = (m, len(grams))
        self.order[doc_id] = len(self.order)
        if len(grams) >= MIN_SHINGLES:
            self.lsh.insert(doc_id, m)
        return m

    def check(self, doc: Document) -> str | None:
        """The id of the earliest document ``doc`` is a near-copy of; else remember ``doc`` and return None."""
        self.paths.setdefault(doc.id, doc.path)
        if doc.id in self.sketches:
            return None
        grams = shingles(doc.text)
        m = minhash(grams)
        if len(grams) >= MIN_SHINGLES:
            hits = []
            for other in self.lsh.query(m):
                if other == doc.id:
                    continue
                om, size = self.sketches[other]
                if containment(m.jaccard(om), len(grams), size) >= self.threshold:
                    hits.append(other)
            if hits:
                return min(hits, key=lambda h: self.order[h])
        self.sketches[doc.id] = (m, len(grams))
        self.order[doc.id] = len(self.order)
        if len(grams) >= MIN_SHINGLES:
            self.lsh.insert(doc.id, m)
        return None
