"""Packed view vectors (resolve/vectors.py): the same keys, order and floats as the dicts they replace."""
from __future__ import annotations

import math
import pickle
import struct

import pytest

from claimgraph.resolve.vectors import Vocab


def _bits(x: float) -> bytes:
    return struct.pack("=d", x)


@pytest.mark.parametrize("vec,rare", [
    ({}, []),
    ({"drone": 1.0}, []),
    ({"@a7": 0.5, "strike": 0.1 + 0.2, "~aircraft": math.pi / 7, "1200": 1e-300}, ["1200", "strike"]),
    ({"zeta": -0.0, "alpha": 0.3333333333333333, "mig29": 5e-324}, ["mig29"]),
])
def test_vectors_pack_round_trip_keeps_order_and_bits(vec, rare):
    vocab = Vocab()
    packed = vocab.pack(vec, rare)
    got = vocab.unpack_vec(packed)
    assert list(got) == list(vec)                                   # insertion order: sums run in it
    assert [_bits(x) for x in got.values()] == [_bits(x) for x in vec.values()]
    assert vocab.unpack_rare(packed) == rare


def test_vectors_tokens_numbered_once_across_views():
    vocab = Vocab()
    a = vocab.pack({"ship": 0.6, "port": 0.8}, ["port"])
    b = vocab.pack({"port": 1.0}, [])
    assert len(vocab) == 2
    assert len(a) > len(b)
    assert vocab.unpack_vec(b) == {"port": 1.0}
    assert vocab.unpack_vec(a) == {"ship": 0.6, "port": 0.8}


def test_vectors_cache_gives_equal_dicts_after_it_is_cleared():
    vocab = Vocab()
    packs = [vocab.pack({f"w{k}": float(k), "common": 0.5}, []) for k in range(5000)]
    first = [dict(vocab.unpack_vec(p)) for p in packs]                 # past the cache's size: it clears
    assert [vocab.unpack_vec(p) for p in packs] == first
    assert first[4321] == {"w4321": 4321.0, "common": 0.5}


def test_vectors_vocab_pickles_without_caches():
    vocab = Vocab()
    packed = vocab.pack({"convoy": 0.25, "border": 0.75}, ["convoy"])
    vocab.unpack_vec(packed)
    back = pickle.loads(pickle.dumps(vocab))
    assert back.tokens == vocab.tokens and back.ids == vocab.ids
    assert back.unpack_vec(packed) == {"convoy": 0.25, "border": 0.75}
    assert back.unpack_rare(packed) == ["convoy"]
    empty = pickle.loads(pickle.dumps(Vocab()))                        # an empty vocabulary is whole too
    assert empty.number("new") == 0


def test_vectors_empty_packed_reads_as_empty():
    vocab = Vocab()
    assert vocab.unpack_vec(b"") == {}
    assert vocab.unpack_rare(b"") == []
