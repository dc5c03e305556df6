"""Claim views' TF-IDF vectors and rarest words, packed: one ``bytes`` per view, tokens as numbers.

A view's vector was a dict of token → float (about 470 bytes a view: the dict's table and a float
object per token) and its rarest words a list of strings (about 80 bytes). At 100,000 articles the
corpus stage holds 2.2 million views, so those two were about 1.2 GB. Packed, a view holds one
``bytes``: a header (entries, rare words), the weights as C doubles, then the tokens' numbers in a
``Vocab`` shared by the views of one corpus, then the rare words' numbers — 12 bytes a token.

Reading ``view.vec`` unpacks a dict with the same keys in the same order and the same floats (the
doubles are copied bit for bit), so every sum over it is the same as before. Pair scoring reads the
vector of the claim it is pairing many times in a row, so a small cache per vocabulary keeps the
dicts last unpacked (they are shared: callers only read them).
"""
from __future__ import annotations

import struct
from typing import Iterable

_HEAD = struct.Struct("=II")     # number of vector entries, number of rare words
_CACHE_SIZE = 4096               # dicts kept unpacked per vocabulary (a claim meets up to a few dozen others)


class Vocab:
    """The tokens of one corpus's views, numbered (``number``) and read back (``tokens``)."""

    __slots__ = ("tokens", "ids", "_vecs")

    def __init__(self, tokens: Iterable[str] = ()):
        self.tokens: list[str] = []
        self.ids: dict[str, int] = {}
        self._vecs: dict[bytes, dict[str, float]] = {}
        for t in tokens:
            self.number(t)

    def number(self, token: str) -> int:
        """A token's number, given it the first time it is seen. RETURNS (int): its number."""
        k = self.ids.get(token)
        if k is None:
            k = self.ids[token] = len(self.tokens)
            self.tokens.append(token)
        return k

    def pack(self, vec: dict[str, float], rare: list[str]) -> bytes:
        """A vector and rare words as one bytes object (see the module docstring).

        vec (dict): token → weight, in the order the view's tokens first occur.
        rare (list): the view's rarest shared tokens, in their order.
        RETURNS (bytes): the packed form (``unpack_vec``, ``unpack_rare`` read it back).
        """
        n, r = len(vec), len(rare)
        number = self.number
        return b"".join((_HEAD.pack(n, r), struct.pack(f"={n}d", *vec.values()),
                         struct.pack(f"={n + r}I", *[number(t) for t in vec], *[number(t) for t in rare])))

    def unpack_vec(self, packed: bytes) -> dict[str, float]:
        """The vector of ``pack``: same keys, same order, same floats. RETURNS (dict): shared, read-only."""
        got = self._vecs.get(packed)
        if got is not None:
            return got
        if not packed:
            return {}
        n, _ = _HEAD.unpack_from(packed)
        view = memoryview(packed)
        weights = view[8:8 + 8 * n].cast("d").tolist()
        ids = view[8 + 8 * n:8 + 12 * n].cast("I").tolist()
        tokens = self.tokens
        got = dict(zip([tokens[k] for k in ids], weights))
        if len(self._vecs) >= _CACHE_SIZE:
            self._vecs.clear()        # the pairs of the next claims need other vectors
        self._vecs[packed] = got
        return got

    def unpack_rare(self, packed: bytes) -> list[str]:
        """The rare words of ``pack``, in order. RETURNS (list): a new list."""
        if not packed:
            return []
        n, r = _HEAD.unpack_from(packed)
        if not r:
            return []
        tokens = self.tokens
        return [tokens[k] for k in memoryview(packed)[8 + 12 * n:].cast("I").tolist()]

    def __getstate__(self):           # a pickled view carries its vocabulary, not the caches
        return (self.tokens,)         # a tuple: never empty, so ``__setstate__`` is always called

    def __setstate__(self, state):
        self.tokens = state[0]
        self.ids = {t: k for k, t in enumerate(self.tokens)}
        self._vecs = {}

    def __len__(self) -> int:
        return len(self.tokens)
