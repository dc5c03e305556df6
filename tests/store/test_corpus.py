"""The corpus stage's SQL path (store/corpus.py) gives what the plain path gives (invented articles).

The plain path reads every Mention, resolves them (``resolve_actors``: a dict of every mention's
actor) and fills the claims from that dict (``fill_claim_actors``); the memory path reads
mention forms (``store_nodes``), resolves nodes (``resolve_nodes``) and maps mentions and claims to
actors in SQL by node. Both must give the same nodes, actors and claim actor ids.
"""
from __future__ import annotations

import pytest

from claimgraph.errors import ClaimgraphError
from claimgraph.model import Claim, Document, DocResult, Event, Mention, Via
from claimgraph.resolve.actors import _nodes, resolve_actors, resolve_nodes
from claimgraph.resolve.crosscheck import crosscheck
from claimgraph.resolve.nodes import store_nodes
from claimgraph.resolve.run import fill_claim_actors, resolve_store
from claimgraph.store import Store
from claimgraph.store.corpus import NODE_TABLE, claims_with_actors, write_node_actors

TEXT_1 = ("Marta Olvasz, the Vendrian interior minister, said the Kessel Brigade shelled Dunmere. "
          "She said 40 houses burned. The brigade denied it, according to the Harlow Wire. "
          "Dunmere lies on the river; the Dunmere council asked for help.")
TEXT_2 = ("Olvasz told reporters the Kessel Brigade had shelled Dunmere twice. "
          "A brigade spokesman, Ivo Renk, rejected the account. Vendria closed the road to Dunmere.")


def _m(doc: str, k: int, start: int, name: str, kind: str, **kw) -> Mention:
    return Mention(id=f"{doc}:m{k}", doc=doc, start=start, end=start + len(name), text=kw.pop("text", name),
                   name=name, kind=kind, **kw)


def _results() -> list[DocResult]:
    d1 = Document(id="doc1", path="one.txt", text=TEXT_1, outlet="Harlow Wire", published="2033-05-02",
                  status="analysed")
    d2 = Document(id="doc2", path="two.txt", text=TEXT_2, outlet="Eastern Ledger", published="2033-05-03",
                  status="analysed")
    m1 = [_m("doc1", 0, 0, "Marta Olvasz", "person", local_key="Marta Olvasz", role="interior minister",
             affiliation="Vendrian", affiliation_kb="country:VD"),
          _m("doc1", 1, 48, "Kessel Brigade", "armed_group", local_key="Kessel Brigade"),
          _m("doc1", 2, 71, "Dunmere", "place", label="GPE"),
          _m("doc1", 3, 80, "Marta Olvasz", "person", text="She", local_key="Marta Olvasz", pronoun=True),
          _m("doc1", 4, 106, "Kessel Brigade", "armed_group", text="The brigade", local_key="Kessel Brigade",
             pronoun=True),
          _m("doc1", 5, 145, "Harlow Wire", "media", kb_id=None),
          _m("doc1", 6, 158, "Dunmere", "place"),
          # the same name as an actor (its council): kept apart from the place until the corpus decides
          _m("doc1", 7, 186, "Dunmere", "organisation", local_key="Dunmere")]
    m2 = [_m("doc2", 0, 0, "Olvasz", "person", local_key="Marta Olvasz"),
          _m("doc2", 1, 26, "Kessel Brigade", "armed_group", local_key="Kessel Brigade"),
          _m("doc2", 2, 55, "Dunmere", "place"),
          _m("doc2", 3, 93, "Ivo Renk", "person", local_key="Ivo Renk", role="spokesman"),
          _m("doc2", 4, 126, "Vendria", "country", label="GPE"),
          _m("doc2", 5, 150, "Dunmere", "place")]
    c1 = [Claim(id="doc1:c0", doc="doc1", text=TEXT_1[:87], start=0, end=87, speaker_text="Marta Olvasz",
                speaker_mention="doc1:m0", content_text="the Kessel Brigade shelled Dunmere",
                event=Event(type="ASSAULT", subject_mention="doc1:m1", object_mention="doc1:m2")),
          Claim(id="doc1:c1", doc="doc1", text="She said 40 houses burned.", start=88, end=114, speaker_text="She",
                speaker_mention="doc1:m3", content_text="40 houses burned"),
          Claim(id="doc1:c2", doc="doc1", text="The brigade denied it, according to the Harlow Wire.", start=115,
                end=168, speaker_text="The brigade", speaker_mention="doc1:m4", content_text="it", stance="denies",
                speech_type="REJECT", via=[Via(name="the Harlow Wire", mention="doc1:m5")])]
    c2 = [Claim(id="doc2:c0", doc="doc2", text=TEXT_2[:66], start=0, end=66, speaker_text="Olvasz",
                speaker_mention="doc2:m0", content_text="the Kessel Brigade had shelled Dunmere twice",
                event=Event(type="ASSAULT", subject_mention="doc2:m1", object_mention="doc2:m2")),
          Claim(id="doc2:c1", doc="doc2", text="A brigade spokesman, Ivo Renk, rejected the account.", start=67,
                end=120, speaker_text="Ivo Renk", speaker_mention="doc2:m3", content_text="the account",
                stance="denies", speech_type="REJECT", via=[Via(name="an unnamed aide")]),
          Claim(id="doc2:c2", doc="doc2", text="Vendria closed the road to Dunmere.", start=121, end=156,
                content_text="Vendria closed the road to Dunmere",
                event=Event(type="RESTRICT", subject_mention="doc2:m4", object_mention="doc2:missing"))]
    return [DocResult(document=d1, mentions=m1, claims=c1), DocResult(document=d2, mentions=m2, claims=c2)]


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "corpus.duckdb") as st:
        st.write_results(_results())
        yield st


def _form(m) -> tuple:
    return (m.name, m.kind, m.label, m.kb_id, m.local_key, m.role, m.affiliation, m.affiliation_kb, bool(m.pronoun))


def _plain_nodes(store: Store):
    return _nodes(sorted(store.mentions(), key=lambda m: (m.doc, m.start, m.end, m.id)))


def test_corpus_store_nodes_are_the_nodes_of_the_mentions(store):
    plain, got = _plain_nodes(store), store_nodes(store)
    assert [(n.doc, n.key, n.place, [_form(m) for m in n.mentions]) for n in got] == \
        [(n.doc, n.key, n.place, [_form(m) for m in n.mentions]) for n in plain]
    assert [(n.kind, n.kb_id, len(n.named)) for n in got] == [(n.kind, n.kb_id, len(n.named)) for n in plain]
    # the place Dunmere and the council Dunmere of one article are two nodes
    assert sum(1 for n in got if n.doc == "doc1" and n.key == "Dunmere") == 2


def test_corpus_store_nodes_share_equal_forms(store):
    mentions = [m for n in store_nodes(store) for m in n.mentions]
    assert len({id(m) for m in mentions}) == len({_form(m) for m in mentions}) < len(mentions)


def test_corpus_claims_with_actors_fill_as_the_mention_map(store):
    _, mention_actor, _ = resolve_actors(list(store.mentions()))
    plain = list(store.claims(via_actors=False))
    fill_claim_actors(plain, mention_actor)
    nodes = store_nodes(store)
    keyed = [(n.doc, n.key, n.place) for n in nodes]
    _, node_actor, _ = resolve_nodes(nodes)
    write_node_actors(store, keyed, node_actor)
    stream = claims_with_actors(store)
    assert len(stream) == len(plain)                 # counted without reading the claims
    got = list(stream)

    def ids(c: Claim) -> tuple:
        return c.id, c.speaker, c.event.subject, c.event.object, [(v.name, v.actor) for v in c.via]

    assert [ids(c) for c in got] == [ids(c) for c in plain]
    assert any(c.speaker for c in got) and any(v.actor for c in got for v in c.via)
    unnamed = next(c for c in got if c.id == "doc2:c1")
    assert unnamed.via[0].actor is None              # a source with no mention gets no actor
    closed = next(c for c in got if c.id == "doc2:c2")
    assert closed.speaker is None and closed.event.object is None    # no speaker; a mention not in the store


def test_corpus_resolve_store_gives_the_plain_results(store):
    actors, mention_actor, merges = resolve_actors(list(store.mentions()))
    claims = list(store.claims(via_actors=False))
    fill_claim_actors(claims, mention_actor)
    documents = {d.id: d for d in store.documents(status="analysed", with_text=False)}
    from claimgraph.resolve.kinds import add_outlets

    add_outlets(actors, (d.outlet for d in documents.values()))
    links, events, claim_group = crosscheck(claims, actors, documents)
    counts = resolve_store(store, force=True)
    assert counts == {"actors": len(actors), "merges": len(merges), "links": len(links), "events": len(events)}
    assert dict(store.con.execute("SELECT id, actor FROM mentions").fetchall()) == mention_actor
    fields = ("id", "name", "kind", "country", "aliases", "mentions", "roles", "kb_id")
    assert sorted(tuple(str(getattr(a, f)) for f in fields) for a in store.actors()) == \
        sorted(tuple(str(getattr(a, f)) for f in fields) for a in actors)
    assert [(x.id, x.kind, x.a, x.b, x.reason, x.group) for x in store.links()] == \
        [(x.id, x.kind, x.a, x.b, x.reason, x.group) for x in links]
    stored = {c.id: (c.speaker, c.event.subject, c.event.object) for c in store.claims()}
    assert stored == {c.id: (c.speaker, c.event.subject, c.event.object) for c in claims}
    tables = {r[0] for r in store.con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert NODE_TABLE not in tables                  # the scratch table goes with the result transaction


def test_corpus_link_stream_reads_once(store):
    claims = list(store.claims(via_actors=False))
    actors, mention_actor, _ = resolve_actors(list(store.mentions()))
    fill_claim_actors(claims, mention_actor)
    documents = {d.id: d for d in store.documents(with_text=False)}
    listed, _, _ = crosscheck(claims, actors, documents)
    streamed, _, _ = crosscheck(iter(claims), actors, documents, stream_links=True)
    assert listed and len(streamed) == len(listed) and not isinstance(streamed, list)
    assert [x.to_dict() for x in streamed] == [x.to_dict() for x in listed]
    with pytest.raises(ClaimgraphError, match="E093"):
        list(streamed)                               # its verdicts went as its links were made


@pytest.mark.parametrize("per_slice", [1, 2, 1000])
def test_corpus_claims_with_actors_slices_keep_one_order(store, monkeypatch, per_slice):
    """Claims read a few documents at a time come in the one order a single sorted query gives."""
    from claimgraph.store import corpus

    # a third document whose claims were written out of order, and a claim with no document
    store.con.execute("INSERT INTO claims (id, doc, start, \"end\", text, content_text, event, via, hedges) "
                      "SELECT id || 'x', 'doc0', 500 - start, 500 - start + 5, text, content_text, event, via, hedges "
                      "FROM claims")
    store.con.execute("INSERT INTO claims (id, doc, start, \"end\", text, content_text, event, via, hedges) "
                      "SELECT 'stray', NULL, 0, 5, text, content_text, event, via, hedges FROM claims LIMIT 1")
    nodes = store_nodes(store)
    _, node_actor, _ = resolve_nodes(nodes)
    write_node_actors(store, [(n.doc, n.key, n.place) for n in nodes], node_actor)
    whole = [r[0] for r in store.con.execute(
        "SELECT id FROM claims ORDER BY doc, start, length(id), id").fetchall()]
    monkeypatch.setattr(corpus, "CLAIM_DOCS", per_slice)
    got = [(c.id, c.speaker) for c in claims_with_actors(store)]
    assert [x for x, _ in got] == whole
    assert whole[-1] == "stray" and whole[0].endswith("x")
    speakers = [s for _, s in got if s]
    assert speakers and len({id(s) for s in speakers}) == len(set(speakers))   # one string per actor id
