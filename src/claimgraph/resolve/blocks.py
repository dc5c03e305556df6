"""Blocks of claims that share a blocking key, as flat arrays (no dict of every key).

``grouping.candidate_codes`` files each claim under a few blocking keys and compares claims that
share one. Numbering the keys in a dict held a tuple and a list per distinct key: at 100,000
articles (2.2 million claims, tens of millions of memberships) that dict and its lists took the
corpus stage from 3.2 to 4.3 GB for the minute blocking lasted, and most of those keys were
singletons (a claim's own figure in its own article) dropped right after.

Here a key is its 64-bit hash: one ``int64`` per membership, sorted by NumPy, runs of equal hashes
are the blocks, and singletons and over-large blocks are dropped before anything per block is
made. NumPy's large arrays are given back to the system when freed (Python's small objects stay
in its arenas), so the transient costs nothing after. Two distinct keys with the same hash would
share a block: with k distinct keys the chance of any such pair is about k² / 2⁶⁵ (a few million
keys at 100,000 articles: about one in a million builds), and its only effect is a few more
candidate pairs, which scoring then judges as any other.
"""
from __future__ import annotations

from array import array
from typing import Iterable

import numpy as np


class Blocks:
    """Claims filed by key: each block's members in date order, each claim's blocks.

    members (array): the members of every kept block, block after block, each block in rank order.
    ranks (array): the rank (date order) of each entry of ``members`` (blocks are searched by it).
    bounds (array): block ``b`` is ``members[bounds[b]:bounds[b + 1]]``.
    of_claim (array): the blocks of every claim, claim after claim.
    start (array): claim ``i``'s blocks are ``of_claim[start[i]:start[i + 1]]``.
    """

    __slots__ = ("members", "ranks", "bounds", "of_claim", "start")

    def __init__(self, keysets: Iterable[Iterable], n: int, rank: array, max_block: int):
        """File ``n`` claims by their keys.

        keysets (iterable): claim 0's keys, claim 1's keys, ... (hashable, distinct within a claim).
        n (int): the number of claims.
        rank (array): each claim's rank in date order (distinct).
        max_block (int): blocks of more claims than this are dropped (as are blocks of one claim).
        """
        hashes, offsets = array("q"), array("q", [0])
        for keys in keysets:
            hashes.extend([hash(k) for k in keys])
            offsets.append(len(hashes))
        h = np.frombuffer(hashes, dtype=np.int64)
        order = np.argsort(h, kind="stable")  # equal keys stay in claim order
        h = h[order]
        del hashes                            # the sorted copy is all that is read from here
        # a membership's claim from its place in ``hashes``: never a claim array in the unsorted order
        claim = (np.searchsorted(np.frombuffer(offsets, dtype=np.int64), order, side="right") - 1).astype(np.int32)
        del order, offsets
        cut = np.flatnonzero(h[1:] != h[:-1]) + 1
        size = np.diff(np.concatenate(([0], cut, [len(h)]))) if len(h) else np.zeros(0, dtype=np.int64)
        del h, cut
        ok = (size >= 2) & (size <= max_block)
        claim, size = claim[np.repeat(ok, size)], size[ok]      # singletons go before any block exists
        block = np.repeat(np.arange(len(size), dtype=np.int32), size)
        r = np.frombuffer(rank, dtype=np.int64)[claim] if n else np.zeros(0, dtype=np.int64)
        order = np.lexsort((r, block))        # blocks stay in their order; members by rank within
        claim, r = claim[order], r[order]
        del order
        self.members = array("i", claim.tobytes())
        self.ranks = array("q", r.tobytes())
        self.bounds = array("q", np.concatenate(([0], np.cumsum(size))).astype(np.int64).tobytes())
        del r, size
        order = np.argsort(claim, kind="stable")
        self.of_claim = array("i", block[order].tobytes())
        self.start = array("q", np.searchsorted(claim[order], np.arange(n + 1)).astype(np.int64).tobytes())

    def __len__(self) -> int:
        return len(self.bounds) - 1


def date_ranks(days: list, docs: list, sentences: list, starts: list, ids: list) -> array:
    """Each claim's rank in the order of ``(day or 0, doc, sentence, start, id)`` (``grouping._sort_key``).

    Sorting ``range(n)`` by a key tuple per claim held n tuples at once (about 110 bytes a claim with
    the ints, 250 MB at 100,000 articles, in Python's arenas for the rest of the stage). Here the strings
    are ranked by sorting them once (documents: a few per hundred claims; ids: the ranks of one sort),
    the columns go into NumPy arrays and ``lexsort`` orders them: the same order, as ids are distinct.
    days (list): day numbers or None (None sorts as 0, as in ``_sort_key``).
    docs, sentences, starts, ids (list): per claim; sentences and starts are ints (None: all of a
        document's, as a tuple compares them; it sorts as -1).
    RETURNS (array): int64 ranks, ``rank[i]`` for claim ``i``.
    """
    n = len(ids)
    doc_names = sorted(set(docs))
    doc_rank = {d: k for k, d in enumerate(doc_names)}
    id_rank = np.empty(n, dtype=np.int64)
    id_rank[np.fromiter(sorted(range(n), key=ids.__getitem__), dtype=np.int64, count=n)] = np.arange(n)
    order = np.lexsort((id_rank,
                        np.fromiter((-1 if x is None else x for x in starts), dtype=np.int64, count=n),
                        np.fromiter((-1 if x is None else x for x in sentences), dtype=np.int64, count=n),
                        np.fromiter((doc_rank[d] for d in docs), dtype=np.int64, count=n),
                        np.fromiter((d or 0 for d in days), dtype=np.int64, count=n)))
    rank = np.empty(n, dtype=np.int64)
    rank[order] = np.arange(n, dtype=np.int64)
    return array("q", rank.tobytes())


def unique_codes(codes: array) -> np.ndarray:
    """The sorted distinct values of an int64 ``array``, sorted where they are (``np.unique`` sorts a copy).

    At 100,000 articles the candidate codes are tens of millions (8 bytes each): ``np.unique`` held
    them, their sorted copy and the result at once. The array is sorted in place here (its contents
    are not needed after), so only the result is new.
    RETURNS (numpy.ndarray): sorted unique int64 values.
    """
    if not codes:
        return np.zeros(0, dtype=np.int64)
    a = np.frombuffer(codes, dtype=np.int64)      # a view of the array's memory, writable
    a.sort()
    keep = np.empty(len(a), dtype=bool)
    keep[0] = True
    np.not_equal(a[1:], a[:-1], out=keep[1:])
    return a[keep]
