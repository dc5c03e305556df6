"""Framing profiles per outlet and per document, read back from a store."""
from __future__ import annotations

import pytest

from claimgraph.model import Document, DocResult, Signal
from claimgraph.resolve.framing import UNKNOWN_OUTLET, framing_profiles
from claimgraph.store import Store


@pytest.fixture
def store(tmp_path):
    docs = [("d1", "Vela Post", 500, ["hedging", "hedging", "loaded_language"]),
            ("d2", "Vela Post", 1500, ["hedging"]),
            ("d3", None, 250, ["unnamed_source"])]
    results = []
    for did, outlet, words, kinds in docs:
        text = "word " * words
        d = Document(id=did, path=f"{did}.txt", text=text, outlet=outlet, words=words)
        sigs = [Signal(doc=did, kind=k, text=f"{k}-{n}", start=0, end=4) for n, k in enumerate(kinds)]
        results.append(DocResult(document=d, signals=sigs))
    with Store(tmp_path / "f.duckdb") as st:
        st.write_results(results)
        yield st


def test_framing_profiles_per_outlet_weigh_by_words(store):
    profiles = {p["key"]: p for p in framing_profiles(store)}
    vela = profiles["Vela Post"]
    assert vela["documents"] == 2 and vela["words"] == 2000
    assert vela["signals"]["hedging"]["count"] == 3 and vela["signals"]["hedging"]["per_1000"] == 1.5
    assert vela["signals"]["loaded_language"]["per_1000"] == 0.5
    assert profiles[UNKNOWN_OUTLET]["signals"]["unnamed_source"]["per_1000"] == 4.0


def test_framing_profiles_per_document(store):
    profiles = {p["key"]: p for p in framing_profiles(store, by="document")}
    assert profiles["d1"]["signals"]["hedging"]["per_1000"] == 4.0
    assert profiles["d1"]["signals"]["hedging"]["examples"] == ["hedging-0", "hedging-1"]
    with pytest.raises(ValueError):
        framing_profiles(store, by="country")
