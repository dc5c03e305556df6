"""The corpus stage's parallel parts give what one process gives (invented articles).

``parallel.relate_pairs`` splits the candidate pairs in ranges scored by forked children; the
verdicts, edges and scores must be those of one process, in the same order, whatever the number
of parts — and a part whose process dies is computed again in the parent.
"""
from __future__ import annotations

import os

import pytest

from claimgraph.resolve import parallel
from claimgraph.resolve.features import ActorIndex, build_views, settings
from claimgraph.resolve.grouping import candidate_codes

from .world import World

# Three invented reports of one week, each told by several outlets in other words.
EVENTS = [
    ("Borduria sent {n} fighter jets to Port Vela on Monday", "MOBILIZE", "borduria", "fighter jets"),
    ("The Grey Legion shelled Port Vela overnight, killing {n} people", "ASSAULT", "grey-legion", "people"),
    ("Northern Front fighters seized {n} trucks of grain near Port Vela", "SEIZE", "northern-front", "trucks"),
]
SPEAKERS = ["syldavia", "ana-vos", "ivo-lenk", "mara-tesh", "olek-dran", "petr-kral"]


def _world() -> World:
    w = World()
    for d in range(8):
        doc = f"d{d}"
        sentences = []
        for e, (content, type_, subject, unit) in enumerate(EVENTS):
            n = 10 + 2 * d + e
            sentences.append(content.format(n=n) + f", {w._name(SPEAKERS[(d + e) % len(SPEAKERS)])} said.")
        sentences.append("Petr Kral denied the allegations.")
        w.article(doc, " ".join(sentences), outlet="Meridian Press" if d % 2 else "Daily Courant",
                  published=f"2031-04-0{1 + d % 7}")
        for e, (content, type_, subject, unit) in enumerate(EVENTS):
            n = 10 + 2 * d + e
            w.claim(doc, sentences[e], content=content.format(n=n), speaker=SPEAKERS[(d + e) % len(SPEAKERS)],
                    type=type_, subject=subject, object="port-vela", value=n, unit=unit, qty_text=f"{n} {unit}")
        w.claim(doc, sentences[-1], content="the allegations", speaker="petr-kral", stance="denies",
                speech_type="REJECT")
    return w


@pytest.fixture(scope="module")
def views_idx():
    w = _world()
    idx = ActorIndex(w.actors)
    return build_views(w.claims, idx, w.documents), idx


def _plain(verdicts, edges, scores):
    return ([(x.kind, x.a.i, x.b.i, x.reason) for x in verdicts], list(edges), list(scores))


@pytest.mark.parametrize("parts", [2, 3])
def test_parallel_relate_pairs_in_parts_is_one_process(views_idx, parts, monkeypatch):
    views, idx = views_idx
    monkeypatch.setattr(parallel, "_memory_allows", lambda parts: True)
    codes = candidate_codes(views, idx)
    same_event = settings()["thresholds"]["same_event"]
    one = _plain(*parallel.relate_pairs(views, idx, codes, same_event, parts=1))
    many = parallel.relate_pairs(views, idx, codes, same_event, parts=parts, min_pairs=0)
    assert _plain(*many) == one
    assert all(x.a is views[x.a.i] and x.b is views[x.b.i] for x in many[0])   # the parent's views again
    assert len(one[0]) > 3 and any(k == "contradicts" for k, *_ in one[0])     # there was something to split


def test_parallel_relate_pairs_few_pairs_stay_in_one_process(views_idx, monkeypatch):
    views, idx = views_idx
    codes = candidate_codes(views, idx)
    calls = []
    monkeypatch.setattr(parallel, "fork_map", lambda fn, parts: calls.append(parts) or [fn(k) for k in range(parts)])
    parallel.relate_pairs(views, idx, codes, 0.5, parts=2, min_pairs=len(codes) + 1)
    assert calls == [1]
    parallel.relate_pairs(views, idx, codes, 0.5, parts=2, min_pairs=0)
    assert calls[-1] in (1, 2)                       # 2 unless the machine has no memory to spare


def test_parallel_fork_map_gives_parts_in_order():
    parent = os.getpid()
    assert parallel.fork_map(lambda k: (k, os.getpid() == parent), 3) == [(0, True), (1, False), (2, False)]


def test_parallel_fork_map_computes_a_dead_childs_part_here():
    parent = os.getpid()

    def part(k):
        if os.getpid() != parent and k == 1:
            os._exit(3)                          # the child dies without a word
        return k * 10

    assert parallel.fork_map(part, 3) == [0, 10, 20]


def test_parallel_fork_map_raises_a_failing_parts_error_here():
    def part(k):
        if k == 1:
            raise ValueError("bad part")
        return k

    with pytest.raises(ValueError, match="bad part"):
        parallel.fork_map(part, 2)


def test_parallel_processes_sets_the_count_for_the_block():
    with parallel.processes(1):
        assert parallel.process_count() == 1
        with parallel.processes(3):
            assert parallel.process_count() == 3
        assert parallel.process_count() == 1


def _view_fields(v):
    from dataclasses import fields

    return tuple(getattr(v, f.name) for f in fields(v) if f.name != "kept")


@pytest.mark.parametrize("parts", [2, 3])
def test_parallel_make_views_in_parts_are_one_process_views(parts, monkeypatch):
    w = _world()
    idx = ActorIndex(w.actors)
    monkeypatch.setattr(parallel, "_memory_allows", lambda parts: True)
    monkeypatch.setattr(parallel, "BLOCK", 3)          # many blocks over a few claims: every part gets some
    one = [_view_fields(v) for v in parallel.make_views(iter(w.claims), idx, w.documents, parts=1)]
    many = parallel.make_views(iter(w.claims), idx, w.documents, parts=parts, min_claims=1)
    assert [v.i for v in many] == list(range(len(w.claims)))
    assert [_view_fields(v) for v in many] == one
    empties = [v.numbers for v in many if not v.numbers]   # sets from the children are shared again
    assert len(empties) > 1 and all(e is empties[0] for e in empties)


def test_parallel_make_views_remakes_a_dead_childs_views_here(monkeypatch):
    w = _world()
    idx = ActorIndex(w.actors)
    monkeypatch.setattr(parallel, "_memory_allows", lambda parts: True)
    monkeypatch.setattr(parallel, "BLOCK", 3)
    parent = os.getpid()
    make = parallel.make_view

    def dying(i, c, *args):
        if os.getpid() != parent:
            os._exit(3)
        return make(i, c, *args)

    monkeypatch.setattr(parallel, "make_view", dying)
    many = parallel.make_views(iter(w.claims), idx, w.documents, parts=2, min_claims=1)
    monkeypatch.setattr(parallel, "make_view", make)
    one = parallel.make_views(iter(w.claims), idx, w.documents, parts=1)
    assert [_view_fields(v) for v in many] == [_view_fields(v) for v in one]


def test_parallel_make_views_short_stream_stays_in_one_process(monkeypatch):
    w = _world()
    idx = ActorIndex(w.actors)
    monkeypatch.setattr(parallel.multiprocessing, "get_context", lambda *a: pytest.fail("forked"))
    views = parallel.make_views(iter(w.claims), idx, w.documents, parts=2, min_claims=len(w.claims) + 1)
    assert len(views) == len(w.claims)


@pytest.mark.parametrize("extra,forks", [(-1, False), (0, True)])
def test_parallel_make_views_long_counted_stream_stays_in_one_process(extra, forks, monkeypatch):
    """A stream that knows it holds more than ``max_claims`` claims is read here; one at the limit forks."""
    w = _world()
    idx = ActorIndex(w.actors)
    monkeypatch.setattr(parallel, "_memory_allows", lambda parts: True)
    monkeypatch.setattr(parallel, "BLOCK", 3)
    forked = []
    real = parallel.multiprocessing.get_context

    def spy(*a):
        forked.append(a)
        return real(*a)

    monkeypatch.setattr(parallel.multiprocessing, "get_context", spy)

    class Counted:                    # a stream with a length, as store.corpus.ClaimStream
        def __len__(self):
            return len(w.claims)

        def __iter__(self):
            return iter(w.claims)

    views = parallel.make_views(Counted(), idx, w.documents, parts=2, min_claims=1,
                                max_claims=len(w.claims) + extra)
    assert bool(forked) is forks
    one = parallel.make_views(iter(w.claims), idx, w.documents, parts=1)
    assert [_view_fields(v) for v in views] == [_view_fields(v) for v in one]


@pytest.mark.parametrize("parts", [2, 3])
def test_parallel_make_events_in_parts_are_one_process_events(parts, monkeypatch):
    from claimgraph.resolve import crosscheck as cc

    w = _world()
    calls = []
    real = parallel.make_events

    def spy(make_event, comps, views, by_comp, idx, **kw):
        calls.append(len(comps))
        one = real(make_event, comps, views, by_comp, idx, parts=1)
        many = real(make_event, comps, views, by_comp, idx, parts=parts, min_events=0)
        assert [e.to_dict() for e in many] == [e.to_dict() for e in one]
        assert [e.id for e in many] == [f"e{n}" for n in range(1, len(comps) + 1)]
        return many

    monkeypatch.setattr(parallel, "_memory_allows", lambda parts: True)
    monkeypatch.setattr(cc, "make_events", spy)
    links, events, claim_group = cc.crosscheck(w.claims, w.actors, w.documents)
    assert calls and calls[0] >= parts and len(events) == calls[0]
    assert set(claim_group.values()) <= {e.id for e in events}


def _tables(path) -> dict:
    import duckdb

    con = duckdb.connect(str(path), read_only=True)
    try:
        return {t: sorted(map(repr, con.execute(f"SELECT * FROM {t}").fetchall()))
                for t in ("actors", "merges", "links", "events", "mentions", "claims")}
    finally:
        con.close()


@pytest.mark.model
def test_parallel_corpus_stage_in_two_processes_writes_the_same_store(libya_store, tmp_path, monkeypatch):
    import shutil

    from claimgraph.resolve import resolve_store
    from claimgraph.store import Store

    copy = tmp_path / "forked.duckdb"
    shutil.copy(libya_store, copy)
    for name in ("MIN_PAIRS", "MIN_CLAIMS", "MIN_EVENTS"):
        monkeypatch.setattr(parallel, name, 1)          # the dev set is small: fork all the same
    monkeypatch.setattr(parallel, "_memory_allows", lambda parts: True)
    forks = []
    real = parallel.fork_map
    monkeypatch.setattr(parallel, "fork_map", lambda fn, parts: forks.append(parts) or real(fn, parts))
    with Store(copy) as st, parallel.processes(2):
        resolve_store(st, force=True)
    assert forks and max(forks) == 2
    assert _tables(copy) == _tables(libya_store)


@pytest.mark.parametrize("parts", [2, 3])
def test_parallel_candidate_codes_in_ranges_are_one_process_codes(views_idx, parts, monkeypatch):
    views, idx = views_idx
    with parallel.processes(1):
        one = candidate_codes(views, idx)
    monkeypatch.setattr(parallel, "_memory_allows", lambda parts: True)
    monkeypatch.setattr(parallel, "MIN_CLAIMS", 1)
    forks = []
    real = parallel.fork_map
    monkeypatch.setattr(parallel, "fork_map", lambda fn, k: forks.append(k) or real(fn, k))
    with parallel.processes(parts):
        many = candidate_codes(views, idx)
    assert forks == [parts]
    assert many.tolist() == one.tolist() and len(one) > 3


def test_parallel_map_ranges_covers_every_item_once():
    with parallel.processes(3):
        got = parallel.map_ranges(lambda lo, hi: list(range(lo, hi)), 10, min_items=1)
    assert [x for part in got for x in part] == list(range(10))


def test_parallel_fork_map_parent_part_failing_ends_the_children():
    import multiprocessing

    def part(k):
        if k == 0:
            raise KeyError("parent part")
        import time

        time.sleep(30)
        return k

    with pytest.raises(KeyError):
        parallel.fork_map(part, 2)
    assert not [p for p in multiprocessing.active_children() if p.is_alive()]


def test_parallel_big_parent_stays_in_one_process(monkeypatch):
    # a parent above the size limit does not fork (its children would double the stage's peak memory)
    monkeypatch.setenv("CLAIMGRAPH_PARALLEL_MAX_MB", "1")
    assert parallel.max_parent_mb() == 1
    assert not parallel._memory_allows(2)
    monkeypatch.setenv("CLAIMGRAPH_PARALLEL_MAX_MB", "1000000")
    free_kb = next(int(line.split()[1]) for line in open("/proc/meminfo") if line.startswith("MemAvailable"))
    rss_kb = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmRSS"))
    assert parallel._memory_allows(2) == (free_kb > 2 * rss_kb)   # only the free-memory test is left


def _views_made_here(monkeypatch, *, child_delay: float, parent_delay: float) -> tuple[list, int]:
    """Views of the invented world in two processes (one claim a block), with each side slowed as told.

    RETURNS (tuple): the views' fields, and how many views the parent made itself.
    """
    import time

    w = _world()
    idx = ActorIndex(w.actors)
    monkeypatch.setattr(parallel, "_memory_allows", lambda parts: True)
    monkeypatch.setattr(parallel, "BLOCK", 1)
    monkeypatch.setattr(parallel, "AHEAD", 8)
    parent, make, here = os.getpid(), parallel.make_view, []

    def slowed(i, c, *args):
        if os.getpid() == parent:
            here.append(i)
            time.sleep(parent_delay)
        else:
            time.sleep(child_delay)
        return make(i, c, *args)

    monkeypatch.setattr(parallel, "make_view", slowed)
    many = parallel.make_views(iter(w.claims), idx, w.documents, parts=2, min_claims=1)
    monkeypatch.setattr(parallel, "make_view", make)
    one = parallel.make_views(iter(w.claims), idx, w.documents, parts=1)
    assert [v.i for v in many] == list(range(len(w.claims)))
    assert [_view_fields(v) for v in many] == [_view_fields(v) for v in one]
    return many, len(here)


def test_parallel_make_views_slow_child_leaves_the_blocks_to_the_parent(monkeypatch):
    """A child that gets little of the CPU is sent no more than it can make: the parent makes the rest
    (a fixed share would leave the parent waiting on the child's pipe with 5 blocks in 7 to send)."""
    views, here = _views_made_here(monkeypatch, child_delay=0.05, parent_delay=0.0)
    assert here >= len(views) // 2


def test_parallel_make_views_slow_parent_sends_the_blocks_to_the_child(monkeypatch):
    """A parent slower than its child keeps few blocks for itself (a fixed share kept 2 in 7: 10 of 32)."""
    views, here = _views_made_here(monkeypatch, child_delay=0.0, parent_delay=0.05)
    assert here <= 6


@pytest.mark.parametrize("pending,room,size,ok", [
    ([], 65_536, 500_000, True),                  # an idle child takes a block bigger than its pipe
    ([60_000], 1 << 20, 60_000, True),
    ([60_000] * 3, 1 << 20, 60_000, True),
    ([60_000] * 4, 1 << 20, 60_000, False),       # AHEAD blocks not made yet
    ([60_000], 65_536, 60_000, False),            # a small pipe: the send would wait on the child
    ([500_000, 400_000], 1 << 20, 200_000, False),
])
def test_parallel_view_child_has_room(pending, room, size, ok):
    from collections import deque

    child = parallel._ViewChild.__new__(parallel._ViewChild)
    child.inbox, child.pending, child.room = object(), deque(pending), room
    assert child.has_room(size) is ok
    child.inbox = None                             # gone: nothing more is sent to it
    assert child.has_room(size) is False


@pytest.mark.parametrize("n,parts,min_items,fitted", [
    (1_999, 2, 2_000, 1),         # too few to pay for a fork
    (2_000, 2, 2_000, 2),
    (50_000, 2, 2_000, 2),        # never more than the workers
    (3_000, 4, 2_000, 2),         # three more processes would get 750 items each: one more is worth it
    (4_000, 4, 2_000, 3),
    (100_000, 4, 2_000, 4),
    (100_000, 1, 2_000, 1),       # --workers 1
    (3, 4, 1, 1),                 # fewer items than processes: one process, as before
    (5, 4, 1, 4),
])
def test_parallel_fitted_parts_grow_with_the_items(n, parts, min_items, fitted):
    assert parallel.fitted_parts(n, parts, min_items) == fitted


def test_parallel_pairs_of_a_small_corpus_fork():
    """A 200-article corpus has about 45,000 candidate pairs and 4,800 claims: both forked (measured worth it)."""
    assert parallel.fitted_parts(45_000, 2, parallel.MIN_PAIRS) == 2
    assert parallel.fitted_parts(4_800, 2, parallel.MIN_CLAIMS) == 2
    assert parallel.fitted_parts(600, 2, parallel.MIN_EVENTS) == 1
