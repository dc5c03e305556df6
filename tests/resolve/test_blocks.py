"""Blocks in flat arrays (resolve/blocks.py) hold what a dict of every key held (invented keys)."""
from __future__ import annotations

import random
from array import array

import pytest

from claimgraph.resolve.blocks import Blocks


def _reference(keysets: list[set], rank: list[int], max_block: int) -> tuple[set, dict]:
    """The blocks as the dict-of-keys code made them: members by rank, kept when 2..max_block."""
    by_key: dict = {}
    for i, keys in enumerate(keysets):
        for k in keys:
            by_key.setdefault(k, []).append(i)
    kept = {tuple(sorted(m, key=rank.__getitem__)) for m in by_key.values() if 2 <= len(m) <= max_block}
    of_claim = {i: sorted(tuple(sorted(m, key=rank.__getitem__)) for m in by_key.values()
                          if i in m and 2 <= len(m) <= max_block) for i in range(len(keysets))}
    return kept, of_claim


def _read(b: Blocks, n: int) -> tuple[set, dict]:
    blocks = [tuple(b.members[b.bounds[k]:b.bounds[k + 1]]) for k in range(len(b))]
    for k, m in enumerate(blocks):     # the ranks beside the members are the members' ranks
        assert list(b.ranks[b.bounds[k]:b.bounds[k + 1]]) == sorted(b.ranks[b.bounds[k]:b.bounds[k + 1]])
    of_claim = {i: sorted(blocks[x] for x in b.of_claim[b.start[i]:b.start[i + 1]]) for i in range(n)}
    return set(blocks), of_claim


@pytest.mark.parametrize("seed,n,max_block", [(1, 40, 5), (2, 200, 12), (3, 1, 5), (4, 0, 5), (5, 300, 1000)])
def test_blocks_are_the_dict_of_keys(seed, n, max_block):
    rng = random.Random(seed)
    words = [f"w{k}" for k in range(60)]
    keysets = []
    for i in range(n):
        keys = {("w", rng.choice(words)) for _ in range(rng.randrange(0, 5))}
        keys |= {("v", "people", float(rng.randrange(8)))} if rng.random() < 0.5 else set()
        keys.add(("a", "people", f"doc{i}"))          # a key of one claim only: never a block
        keysets.append(keys)
    order = list(range(n))
    rng.shuffle(order)
    rank = [0] * n
    for r, i in enumerate(order):
        rank[i] = r
    b = Blocks(iter(keysets), n, array("q", rank), max_block)
    assert _read(b, n) == _reference(keysets, rank, max_block)


def test_blocks_drop_singletons_and_big_blocks():
    keysets = [{"common", "pair"}, {"common", "pair"}, {"common", "alone"}, {"common"}]
    b = Blocks(keysets, 4, array("q", [3, 2, 1, 0]), max_block=3)
    # "common" has 4 claims (> 3), "alone" one: only "pair" is a block, members in rank order
    assert [tuple(b.members[b.bounds[k]:b.bounds[k + 1]]) for k in range(len(b))] == [(1, 0)]
    assert [list(b.of_claim[b.start[i]:b.start[i + 1]]) for i in range(4)] == [[0], [0], [], []]


def test_blocks_same_keys_of_other_types_stay_apart():
    # equal-looking keys of different content are different blocks ("1200" the word, 1200.0 the figure)
    keysets = [{("w", "1200")}, {("w", "1200")}, {("v", "people", 1200.0)}, {("v", "people", 1200.0)}]
    b = Blocks(keysets, 4, array("q", [0, 1, 2, 3]), max_block=10)
    assert sorted(tuple(b.members[b.bounds[k]:b.bounds[k + 1]]) for k in range(len(b))) == [(0, 1), (2, 3)]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_blocks_date_ranks_are_the_sorted_key_tuples(seed):
    from claimgraph.resolve.blocks import date_ranks

    rng = random.Random(seed)
    n = 300
    days = [rng.choice([None, 0, 738000, 738001, 738400]) for _ in range(n)]
    docs = [rng.choice(["d-b", "d-a", "d-c10", "d-c9"]) for _ in range(n)]
    sentences = [rng.randrange(4) for _ in range(n)]
    starts = [rng.choice([0, 5, 300, 70000]) for _ in range(n)]     # ties left to the ids
    ids = [f"c{rng.randrange(10**6):06d}-{k}" for k in range(n)]
    want = sorted(range(n), key=lambda i: (days[i] if days[i] is not None else 0, docs[i], sentences[i],
                                           starts[i], ids[i]))
    rank = date_ranks(days, docs, sentences, starts, ids)
    assert sorted(range(n), key=rank.__getitem__) == want


@pytest.mark.parametrize("values", [[], [5], [3, 3, 3], [9, -2, 9, 4, 0, -2, 10**15, 4]])
def test_blocks_unique_codes_is_numpy_unique(values):
    import numpy as np

    from claimgraph.resolve.blocks import unique_codes

    got = unique_codes(array("q", values))
    assert got.dtype == np.int64 and got.tolist() == sorted(set(values))
