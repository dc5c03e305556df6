"""Warming the corpus stage loads its modules' loaders ahead and never fails."""
from __future__ import annotations

import functools
import types

from claimgraph.resolve import text, warm


def test_warm_calls_the_loaders_of_the_corpus_stage():
    text.stopwords.cache_clear()
    text.concepts.cache_clear()
    warm.warm()
    assert text.stopwords.cache_info().currsize == 1
    assert text.concepts.cache_info().currsize == 1


def test_warm_loaders_take_no_argument_functions_only():
    found = warm._loaders(text)
    assert text.stopwords in found
    assert text.stem not in found                 # a cache over words, not a loader


def test_warm_a_failing_loader_is_left_for_the_corpus_stage(monkeypatch):
    calls = []

    @functools.lru_cache(maxsize=1)
    def broken():
        calls.append(1)
        raise RuntimeError("no data file")

    module = types.ModuleType("claimgraph.resolve.broken_for_test")
    broken.__module__ = module.__name__
    module.broken = broken
    monkeypatch.setattr(warm, "_loaders", lambda m: [broken] if m is text else [])
    warm.warm()                                   # does not raise
    assert calls == [1]


def test_warm_in_background_finishes():
    text.number_words.cache_clear()
    thread = warm.warm_in_background()
    thread.join(timeout=120)
    assert not thread.is_alive()
    assert text.number_words.cache_info().currsize == 1
