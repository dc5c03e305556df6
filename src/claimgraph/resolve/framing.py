"""Framing profiles: signal rates per 1,000 words per document and per outlet, from a store.

Signals are found per document at extraction time (``extract.signals``); this reads them
back and aggregates: an outlet's rate is its signals over all its analysed words, so a
long article weighs more than a short one. Signals describe presentation, never truth.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any

from ..extract.signals import signal_rates, word_count

UNKNOWN_OUTLET = "(outlet unknown)"


def framing_profiles(store, *, by: str = "outlet", examples: int = 3) -> list[dict[str, Any]]:
    """Framing signal rates per outlet or per document.

    store (Store): an open store.
    by (str): "outlet" or "document".
    examples (int): distinct examples kept per kind.
    RETURNS (list[dict]): one profile per outlet/document, most words first:
        {"key", "documents", "words", "signals": {kind: {"label", "count", "per_1000", "examples"}}}.
    """
    if by not in ("outlet", "document"):
        raise ValueError(f"by must be 'outlet' or 'document', not {by!r}")
    docs = list(store.documents(status="analysed", with_text=by == "document"))
    key_of = {d.id: (d.id if by == "document" else (d.outlet or UNKNOWN_OUTLET)) for d in docs}
    words: dict[str, int] = defaultdict(int)
    count: dict[str, int] = defaultdict(int)
    for d in docs:
        k = key_of[d.id]
        words[k] += d.words or (word_count(d.text) if d.text else 0)
        count[k] += 1
    signals: dict[str, list] = defaultdict(list)
    for s in store.signals():
        k = key_of.get(s.doc)
        if k is not None:
            signals[k].append(s)
    out = [{"key": k, "documents": count[k], "words": words[k],
            "signals": signal_rates(signals.get(k, []), words[k], examples=examples)} for k in count]
    return sorted(out, key=lambda p: (-p["words"], p["key"]))
