"""engine/memory.py: the collector paused over a block, the allocator's free memory given back."""
from __future__ import annotations

import ctypes.util
import gc
import platform

import pytest

from claimgraph.engine.memory import give_back, paused_gc


@pytest.mark.parametrize("enabled", [True, False])
def test_memory_paused_gc_restores_the_collector(enabled):
    (gc.enable if enabled else gc.disable)()
    try:
        with paused_gc():
            assert not gc.isenabled()
        assert gc.isenabled() == enabled
    finally:
        gc.enable()


@pytest.mark.skipif(platform.system() != "Linux" or platform.libc_ver()[0] != "glibc", reason="glibc only")
def test_memory_give_back_asks_glibc():
    big = [bytes(2048) for _ in range(20_000)]     # blocks over 512 bytes: the C allocator's, not Python's
    del big
    assert give_back() is True


def test_memory_give_back_without_a_c_library(monkeypatch):
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None)
    monkeypatch.setattr(ctypes, "CDLL", lambda name: (_ for _ in ()).throw(OSError("no libc")))
    assert give_back() is False
