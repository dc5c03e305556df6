"""Python's cyclic garbage collector paused over a unit of work.

Both stages allocate millions of objects that live until the unit ends (tokens, spans, mentions,
claims, claim views, candidate pairs). Each time enough new objects pile up, the cyclic collector
walks the young generations and, every so often, the whole heap, which by then holds the spaCy
model and every object the unit made so far: measured on a 2,000-document store, a quarter of the
corpus stage's CPU time, for no memory given back (its garbage is freed by reference counting).

``paused_gc()`` turns the collector off for the block and, on the way out, collects the young
generations once, so reference cycles the block left behind (a spaCy ``Doc`` and the spans that
point back at it) are still freed, at the cost of one pass over what the block allocated.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def paused_gc(collect: bool = True) -> Iterator[None]:
    """Disable cyclic garbage collection inside the block (nesting and a disabled collector respected).

    collect (bool): collect generations 0 and 1 when the block ends (what was allocated inside it).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
            if collect:
                gc.collect(1)


def give_back() -> bool:
    """Hand the C allocator's free memory back to the system (glibc ``malloc_trim``), where there is one.

    Memory Python frees is kept by the allocator for later use: after the corpus stage lets its
    claim views go, the freed blocks of the larger objects (over 512 bytes: lists, dicts and bytes of
    the stage's bigger tables) stay in the process while DuckDB, whose memory is its own, writes the
    results. Trimming before the write lets that memory go. No-op where glibc is absent.
    RETURNS (bool): whether the allocator was asked.
    """
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
        trim = getattr(libc, "malloc_trim", None) if libc is not None else None
    except OSError:
        return False
    if trim is None:
        return False
    trim(0)
    return True
