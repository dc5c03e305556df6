"""DocResults through Arrow tables and Parquet shards: what goes in comes out, one transaction per batch."""
from __future__ import annotations

import pyarrow as pa
import pytest

from claimgraph.model import Claim, Document, DocResult, Event, Mention, Place, Quantity, Signal, Via
from claimgraph.store import Store
from claimgraph.store.arrow import results_table, schema, write_shard


def _result(n: int) -> DocResult:
    doc = f"d{n:016x}"
    text = "Castora sent 40 observers to Valmora, its ministry said."
    return DocResult(
        document=Document(id=doc, path=f"a{n}.txt", text=text, title="Observers", outlet="Herald",
                          published="2025-03-01", offset_map=[[0, 3]], words=9, raw_text="   " + text),
        mentions=[Mention(id=f"{doc}:m0", doc=doc, start=0, end=7, text="Castora", name="Castora", kind="country",
                          label="GPE", sentence=0, pronoun=False),
                  Mention(id=f"{doc}:m1", doc=doc, start=29, end=36, text="Valmora", name="Valmora", kind="place")],
        claims=[Claim(id=f"{doc}:c0", doc=doc, text=text, start=0, end=len(text), speaker_text="its ministry",
                      cue="said", hedged=True, hedges=["reportedly"], via=[Via(name="Herald", mention=None)],
                      event=Event(type="MOBILIZE", trigger="sent", subject_mention=f"{doc}:m0",
                                  object_mention=f"{doc}:m1", place=Place(name="Valmora", lat=1.5),
                                  quantity=Quantity(value=40, unit="observers", bound="exact",
                                                    parts=[{"value": 40, "unit": "observers"}])))],
        signals=[Signal(doc=doc, kind="hedge", text="reportedly", start=1, end=2)])


def _contents(store: Store) -> tuple:
    return (list(store.documents()), list(store.mentions()), list(store.claims()), store.signals())


def test_arrow_write_results_round_trip(tmp_path):
    results = [_result(i) for i in range(3)]
    with Store(tmp_path / "s.duckdb") as st:
        st.write_results(results, run=1)
        docs, mentions, claims, signals = _contents(st)
    assert [d.to_dict() for d in docs] == [r.document.to_dict() for r in results]
    assert mentions == [m for r in results for m in r.mentions]
    assert claims == [c for r in results for c in r.claims]
    assert signals == [s for r in results for s in r.signals]


def test_arrow_shard_loads_like_a_direct_write(tmp_path):
    results = [_result(i) for i in range(4)]
    shards = [write_shard(results_table(results[:2]), tmp_path / "x-000000.parquet"),
              write_shard(results_table(results[2:]), tmp_path / "x-000001.parquet")]
    assert not list(tmp_path.glob(".*.tmp"))  # written atomically
    with Store(tmp_path / "direct.duckdb") as st:
        st.write_results(results, run=1)
        direct = _contents(st)
    with Store(tmp_path / "shards.duckdb") as st:
        assert st.load_shards(shards, run=1) == 4
        loaded = _contents(st)
    assert loaded == direct


def test_arrow_rewriting_a_document_adds_nothing(tmp_path):
    with Store(tmp_path / "s.duckdb") as st:
        st.write_results([_result(0)], run=1)
        st.write_results([_result(0), _result(1)], run=2)
        counts = st.counts()
    assert (counts["documents"], counts["mentions"], counts["claims"], counts["signals"]) == (2, 4, 2, 2)


def test_arrow_failed_batch_leaves_nothing_behind(tmp_path):
    table = results_table([_result(0), _result(1)])
    # claims whose struct lacks the store's columns: the INSERT into claims fails after documents went in
    broken = table.set_column(table.schema.get_field_index("claims"), "claims",
                              pa.array([[{"id": "x"}], []], type=pa.list_(pa.struct([("id", pa.string())]))))
    with Store(tmp_path / "s.duckdb") as st:
        with pytest.raises(Exception):
            st.write_table(broken, run=1)
        counts = st.counts()
    assert (counts["documents"], counts["mentions"], counts["signals"]) == (0, 0, 0)


def test_arrow_schema_follows_the_model_types():
    claim = schema().field("claims").type.value_type
    assert claim.field("start").type == pa.int64()
    assert claim.field("hedged").type == pa.bool_()
    assert claim.field("event").type == pa.string()  # JSON text, as in the store
    assert schema().field("words").type == pa.int64()
