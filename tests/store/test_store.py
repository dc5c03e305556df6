"""Store: migrations, per-document transactions, corpus replacement, round trips."""
from __future__ import annotations

import duckdb
import pytest

from claimgraph.errors import StoreError
from claimgraph.model import (Actor, Claim, DocResult, Document, Event, EventGroup, IngestError, Link, Mention,
                              MergeEvidence, Quantity, Via)
from claimgraph.store import Store
from claimgraph.store.migrations import MIGRATIONS, SCHEMA_VERSION


def make_result(doc_id: str = "d1", text: str = "Arvania sent 8 jets to Belor, the ministry said.") -> DocResult:
    doc = Document(id=doc_id, path=f"{doc_id}.txt", text=text, title="T", outlet="Wire", published="2024-01-02")
    m0 = Mention(id=f"{doc_id}:m0", doc=doc_id, start=0, end=7, text="Arvania", name="Arvania", kind="country")
    m1 = Mention(id=f"{doc_id}:m1", doc=doc_id, start=22, end=27, text="Belor", name="Belor", kind="country")
    claim = Claim(id=f"{doc_id}:c0", doc=doc_id, text=text, start=0, end=len(text), speaker_text="the ministry",
                  content_text="Arvania sent 8 jets to Belor", via=[Via(name="Wire", mention=m1.id)],
                  hedges=["reportedly"], hedged=True,
                  event=Event(type="MOBILIZE", subject_mention=m0.id, object_mention=m1.id,
                              quantity=Quantity(value=8, unit="jets", parts=[{"value": 8, "unit": "jets"}])))
    return DocResult(document=doc, mentions=[m0, m1], claims=[claim])


def test_store_new_file_has_schema_version(tmp_path):
    with Store(tmp_path / "s.duckdb") as st:
        assert st.schema_version == SCHEMA_VERSION
        assert {r["name"] for r in st.query("SELECT name FROM migrations")} == {n for n, _ in MIGRATIONS}


def test_store_reopen_applies_no_migration_twice(tmp_path):
    path = tmp_path / "s.duckdb"
    Store(path).close()
    with Store(path) as st:
        assert st.query("SELECT count(*) AS n FROM migrations")[0]["n"] == len(MIGRATIONS)


def test_store_read_only_missing_file_raises(tmp_path):
    with pytest.raises(StoreError):
        Store(tmp_path / "nope.duckdb", read_only=True)


def test_store_read_only_rejects_foreign_duckdb(tmp_path):
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE x (a INT)")
    con.close()
    with pytest.raises(StoreError, match="E002"):
        Store(path, read_only=True)


def test_store_write_results_round_trip(tmp_path):
    res = make_result()
    with Store(tmp_path / "s.duckdb") as st:
        st.write_results([res])
        assert st.known_ids() == {"d1"}
        [doc] = list(st.documents())
        assert doc.text == res.document.text and doc.published == "2024-01-02"
        [claim] = list(st.claims())
        assert claim.event.quantity.value == 8 and claim.event.quantity.parts == [{"value": 8, "unit": "jets"}]
        assert claim.hedges == ["reportedly"] and claim.via[0].name == "Wire"
        assert [m.id for m in st.mentions("d1")] == ["d1:m0", "d1:m1"]


def test_store_write_results_is_all_or_nothing(tmp_path):
    good, bad = make_result("d1"), make_result("d2")
    bad.mentions[1].start = "not a number"    # fails after d1 and part of d2 were inserted
    with Store(tmp_path / "s.duckdb") as st:
        with pytest.raises(Exception):
            st.write_results([good, bad])
        assert st.counts()["documents"] == 0 and st.counts()["mentions"] == 0


def test_store_replace_corpus_fills_actor_ids(tmp_path):
    with Store(tmp_path / "s.duckdb") as st:
        st.write_results([make_result()])
        actors = [Actor(id="arvania", name="Arvania", kind="country", aliases=["Arvania"], mentions=1),
                  Actor(id="belor", name="Belor", kind="country", aliases=["Belor"], mentions=1)]
        st.replace_corpus(actors=actors, mention_actor={"d1:m0": "arvania", "d1:m1": "belor"},
                          merges=[MergeEvidence(actor="arvania", a="Arvania", b="Arvanya", score=0.9,
                                                reasons=["similar spelling"])],
                          links=[Link(id="l1", kind="corroborates", a="d1:c0", b="d1:c0", reason="r", group="e1")],
                          events=[EventGroup(id="e1", type="MOBILIZE", subject="arvania", object="belor",
                                             claims=["d1:c0"], documents=1, origins=1)],
                          claim_group={"d1:c0": "e1"})
        [claim] = list(st.claims())
        assert (claim.event.subject, claim.event.object, claim.via[0].actor) == ("arvania", "belor", "belor")
        assert [a.id for a in st.actors()] == ["arvania", "belor"]
        assert st.merges()[0].reasons == ["similar spelling"]
        assert st.events()[0].claims == ["d1:c0"] and st.links()[0].group == "e1"
        # a second resolve replaces, never appends
        st.replace_corpus(actors=actors[:1], mention_actor={"d1:m0": "arvania"}, merges=[])
        assert st.counts()["actors"] == 1 and st.counts()["links"] == 0
        assert list(st.claims())[0].event.object is None


def _corpus_schema(st: Store) -> list:
    tables = ("actors", "merges", "links", "events")
    return [st.con.execute(f"DESCRIBE {t}").fetchall() for t in tables] + sorted(st.con.execute(
        "SELECT table_name, constraint_type, constraint_column_names FROM duckdb_constraints() "
        "WHERE table_name IN ('actors', 'merges', 'links', 'events')").fetchall())


def test_store_replace_corpus_twice_keeps_the_tables_schema_and_keys(tmp_path):
    """The corpus tables are dropped and made again (not deleted row by row): same columns, same keys."""
    link = Link(id="l1", kind="corroborates", a="d1:c0", b="d1:c0", reason="r", group="e1")
    actor = Actor(id="arvania", name="Arvania", kind="country", aliases=["Arvania"], mentions=1)
    with Store(tmp_path / "s.duckdb") as st:
        st.write_results([make_result()])
        schema = _corpus_schema(st)
        for _ in range(2):
            st.replace_corpus(actors=[actor], mention_actor={}, merges=[], links=[link])
        assert _corpus_schema(st) == schema
        assert [x.id for x in st.links()] == ["l1"] and [a.id for a in st.actors()] == ["arvania"]
        with pytest.raises(duckdb.ConstraintException):       # the primary key is still there
            st.con.execute("INSERT INTO links (id) VALUES ('l1')")


def test_store_replace_corpus_failing_keeps_the_last_results(tmp_path):
    """A write that fails after the tables were dropped rolls back to the last run's rows."""
    link = Link(id="l1", kind="corroborates", a="d1:c0", b="d1:c0", reason="r", group="e1")
    with Store(tmp_path / "s.duckdb") as st:
        st.write_results([make_result()])
        st.replace_corpus(actors=[], mention_actor={}, merges=[], links=[link])
        with pytest.raises(duckdb.Error):
            st.replace_corpus(actors=[], mention_actor={}, merges=[], links=[link, link])   # a repeated id
        assert [x.id for x in st.links()] == ["l1"]
        assert _corpus_schema(st)[2] == st.con.execute("DESCRIBE links").fetchall()


@pytest.mark.parametrize("fail_at", ["staging", "transaction"])
def test_store_replace_corpus_staged_links_go_when_the_write_fails(tmp_path, monkeypatch, fail_at):
    """The new links are committed to a table of their own before the result transaction: a failure
    before or inside it keeps the last run's links and leaves no staged table behind."""
    from claimgraph.store.corpus import LINKS_STAGED

    old = Link(id="l1", kind="corroborates", a="d1:c0", b="d1:c0", reason="r", group="e1")
    new = Link(id="l1", kind="contradicts", a="d1:c0", b="d1:c0", reason="“new” — reason", group="e2")

    def links():
        yield new
        if fail_at == "staging":
            raise RuntimeError("the stream breaks")

    with Store(tmp_path / "s.duckdb") as st:
        st.write_results([make_result()])
        st.replace_corpus(actors=[], mention_actor={}, merges=[], links=[old])
        if fail_at == "transaction":
            monkeypatch.setattr(st, "_empty", lambda table: (_ for _ in ()).throw(RuntimeError("disk full")))
        with pytest.raises(RuntimeError):
            st.replace_corpus(actors=[], mention_actor={}, merges=[], links=links())
        assert [(x.id, x.kind) for x in st.links()] == [("l1", "corroborates")]
        assert st.con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = ?",
                              [LINKS_STAGED]).fetchone()[0] == 0


def test_store_replace_corpus_links_are_committed_before_the_result_transaction(tmp_path, monkeypatch):
    """What keeps the write's memory flat: the links are in their own table when the transaction starts."""
    from claimgraph.store import store as store_mod
    from claimgraph.store.corpus import LINKS_STAGED

    monkeypatch.setattr(store_mod, "LINK_ROWS", 2)          # several committed slices
    links = [Link(id=f"l{k}", kind="corroborates", a="d1:c0", b="d1:c0", reason="r", group=None) for k in range(5)]
    seen = []
    with Store(tmp_path / "s.duckdb") as st:
        st.write_results([make_result()])
        begin = st._tx

        def tx():
            seen.append(st.con.execute(f"SELECT count(*) FROM {LINKS_STAGED}").fetchone()[0])
            return begin()

        monkeypatch.setattr(st, "_tx", tx)
        st.replace_corpus(actors=[], mention_actor={}, merges=[], links=links)
        assert seen == [5]
        assert [x.id for x in st.links()] == [x.id for x in links]


def test_store_replace_corpus_replaces_a_staged_table_left_by_a_dead_run(tmp_path):
    from claimgraph.store.corpus import LINKS_STAGED

    link = Link(id="l2", kind="updates", a="d1:c0", b="d1:c0", reason="r", group=None)
    with Store(tmp_path / "s.duckdb") as st:
        st.write_results([make_result()])
        st.con.execute(f"CREATE TABLE {LINKS_STAGED} (junk INTEGER)")
        st.con.execute(f"INSERT INTO {LINKS_STAGED} VALUES (1)")
        st.replace_corpus(actors=[], mention_actor={}, merges=[], links=[link])
        assert [(x.id, x.kind, x.group) for x in st.links()] == [("l2", "updates", None)]
        assert _corpus_schema(st)[2] == st.con.execute("DESCRIBE links").fetchall()
        assert st.con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = ?",
                              [LINKS_STAGED]).fetchone()[0] == 0


def test_store_replace_corpus_sets_a_map_given_in_any_order(tmp_path):
    """Groups and actors given in an order that is not the table's (a dict's) land on their own rows."""
    import random

    results = [make_result(f"d{k}") for k in range(40)]
    groups = {f"d{k}:c0": f"e{k % 7}" for k in random.Random(3).sample(range(40), 30)}
    actors = {m.id: f"a-{m.id}" for r in results for m in r.mentions}
    actors = dict(random.Random(5).sample(sorted(actors.items()), len(actors) - 5))
    with Store(tmp_path / "s.duckdb") as st:
        st.write_results(results)
        st.replace_corpus(actors=[], mention_actor={"d0:m0": "old"}, merges=[], claim_group={"d39:c0": "e9"})
        st.replace_corpus(actors=[], mention_actor=actors, merges=[], claim_group=groups)
        assert dict(st.con.execute("SELECT id, group_id FROM claims WHERE group_id IS NOT NULL").fetchall()) == groups
        assert dict(st.con.execute("SELECT id, actor FROM mentions WHERE actor IS NOT NULL").fetchall()) == actors
        assert st.con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name LIKE '_map%'").fetchone()[0] == 0


def test_store_errors_recorded_with_reason(tmp_path):
    with Store(tmp_path / "s.duckdb") as st:
        st.add_error(IngestError(path="x.bin", reason="binary file"))
        assert [(e.path, e.reason) for e in st.errors()] == [("x.bin", "binary file")]


def test_store_new_file_appears_only_with_its_schema(tmp_path, monkeypatch):
    """A creation interrupted while the schema is written leaves no store path behind."""
    from claimgraph.store import migrations

    def boom(con):
        raise KeyboardInterrupt("killed while writing the schema")

    monkeypatch.setattr(migrations, "apply", boom)
    with pytest.raises(KeyboardInterrupt):
        Store(tmp_path / "s.duckdb")
    assert not (tmp_path / "s.duckdb").exists()
    monkeypatch.undo()
    with Store(tmp_path / "s.duckdb") as st:
        assert st.schema_version == SCHEMA_VERSION
    with Store(tmp_path / "s.duckdb", read_only=True) as st:
        assert st.counts()["documents"] == 0


@pytest.mark.parametrize("bulk_rows", [1, 2, 1000])
def test_store_replace_corpus_in_slices_writes_every_row(tmp_path, monkeypatch, bulk_rows):
    import claimgraph.store.store as store_module

    monkeypatch.setattr(store_module, "BULK_ROWS", bulk_rows)
    monkeypatch.setattr(store_module, "LINK_ROWS", bulk_rows)
    results = [make_result(f"d{k}") for k in range(3)]
    links = [Link(id=f"l{k}", kind="corroborates", a=f"d{k}:c0", b=f"d{k + 1}:c0", reason="r" * k, group="e1")
             for k in range(2)]
    with Store(tmp_path / "s.duckdb") as st:
        st.write_results(results)
        mention_actor = {m.id: f"actor-{m.id}" for r in results for m in r.mentions}
        st.replace_corpus(actors=[], mention_actor=mention_actor, merges=[], links=links,
                          claim_group={f"d{k}:c0": "e1" for k in range(3)})
        assert [(l.id, l.reason) for l in st.links()] == [(l.id, l.reason) for l in links]
        assert dict(st.con.execute("SELECT id, actor FROM mentions").fetchall()) == mention_actor
        assert st.con.execute("SELECT count(*) FROM claims WHERE group_id = 'e1'").fetchone()[0] == 3


def test_store_reads_repeated_values_as_one_string(tmp_path):
    with Store(tmp_path / "s.duckdb") as st:
        st.write_results([make_result("d1")])
        a, b = list(st.mentions())
        assert (a.doc, a.kind) == ("d1", "country") and a.doc is b.doc and a.kind is b.kind
        assert a.id is not b.id and a.id != b.id


def test_store_release_keeps_a_connection_running_a_statement(tmp_path):
    # the idle thread lets go of a connection nobody uses; a long statement run on ``store.con`` directly (the
    # corpus stage's reads) is use, not idleness: closing it under the statement raised ResourceInUseException
    import threading
    import time

    with Store(tmp_path / "s.duckdb") as st:
        con = st.con
        out = []
        t = threading.Thread(target=lambda: out.append(
            con.execute("SELECT sum(a.i * b.i) FROM range(20000) a(i), range(20000) b(i)").fetchone()))
        t.start()
        time.sleep(0.3)
        st.release()                         # must neither raise nor close the busy connection
        still = st._con is not None
        t.join()
        assert out and out[0][0] > 0
        assert still or not t.is_alive()     # a statement that ended before the release may be let go


def _limit(st) -> int:
    return st.con.execute("SELECT value FROM duckdb_settings() WHERE name = 'memory_limit'").fetchone()[0]


def test_store_memory_limit_holds_inside_the_block_across_reconnects(tmp_path):
    with Store(tmp_path / "s.duckdb") as st:
        writer = _limit(st)
        with st.memory_limit("64MB"):
            inside = _limit(st)
            st.release()                             # a reconnection inside the block keeps the limit
            again = _limit(st)
        after = _limit(st)
        st.release()
        reopened = _limit(st)
    assert inside == again != writer
    assert inside == "61.0 MiB"                   # 64 MB as DuckDB prints it
    assert after == reopened == writer


def test_store_memory_limit_none_keeps_the_writers(tmp_path):
    with Store(tmp_path / "s.duckdb") as st:
        writer = _limit(st)
        with st.memory_limit(None):
            assert _limit(st) == writer


def test_store_row_iterator_keeps_the_connection_busy(tmp_path):
    with Store(tmp_path / "s.duckdb") as st:
        st.write_results([make_result(f"d{k}") for k in range(3)])
        busy = [st._busy for _ in st.documents()]
        assert len(busy) == 3 and min(busy) > 0       # the idle thread must not close it under the rows
        assert st._busy == 0
