"""The corpus stage's speed paths of round 7 (corpus9) give what the plain computation gives.

Each fast path is checked against the slow reading it replaces, on invented names and sentences,
with the look-alikes it must not change.
"""
from __future__ import annotations

import pytest

from claimgraph.model import Actor, Mention
from claimgraph.resolve import figures, owners
from claimgraph.resolve.actor_index import ActorIndex
from claimgraph.resolve.text import stem, words


def _context(text: str) -> list[str]:
    return [stem(w) for w in words(text)]


@pytest.mark.parametrize("unit,context,families,ambiguous", [
    ("fighters", "jets took off from the airbase for a sortie", {"aircraft"}, True),
    ("fighters", "militia men and rebels", {"combatants"}, True),   # one unit, another context, another kind
    ("fighters", "", {"aircraft", "combatants"}, True),            # nothing settles it
    ("MiG-29s", "", {"aircraft"}, False),
    ("households", "", {"unit:household"}, False),                 # a plain noun no family names
])
def test_classify_unit_reading_cached_per_unit_not_per_context(unit, context, families, ambiguous):
    """The unit's own reading is cached; what the context settles is read for each claim."""
    ctx = _context(context)
    figures._unit_reading.cache_clear()
    cold = figures.classify_unit(unit, ctx, context, ctx)
    # the same unit met before under other contexts: the cached reading must not carry their answer
    for other in ("jets airbase sortie", "militia men rebels", ""):
        o = _context(other)
        figures.classify_unit(unit, o, other, o)
    warm = figures.classify_unit(unit, ctx, context, ctx)
    assert cold == warm
    assert set(warm[0]) == families and warm[2] is ambiguous


def test_unit_reading_matches_uncached():
    for unit in ("fighters", "MiG 29s and Su-24s", "Kv-24s", "eleven children", "troops", "households", ""):
        assert figures._unit_reading(unit) == figures._unit_reading.__wrapped__(unit)


def _index() -> ActorIndex:
    return ActorIndex([
        Actor(id="c1", name="Quarnia", kind="country"),
        Actor(id="g1", name="Varnok", kind="company"),
        Actor(id="g2", name="Ostrel Brigade", kind="armed_group"),
    ])


def _slow_ties(sentence: str, idx: ActorIndex) -> frozenset:
    """``owner_fields``' ties as they were read: every sentence split, every word looked up."""
    if sentence and any(w.lower() in owners._company_words() for w in words(sentence)):
        return owners.stated_nationality(sentence, idx)
    return frozenset()


@pytest.mark.parametrize("sentence,ties", [
    ("Varnok is a Quarnian private military company.", {("g1", "c1")}),
    ("the Quarnian firm Varnok sent men", {("g1", "c1")}),
    ("Varnok is a Quarnian c\u00f6mpany.", {("g1", "c1")}),     # transliterated: split, never gated out
    ("Quarnian guards will accompany the Varnok convoy.", set()),  # 'company' inside another word
    ("Quarnian officials met Varnok.", set()),                     # no company word at all
    ("The Ostrel Brigade, a Quarnian militia, crossed the river.", {("g2", "c1")}),
    ("", set()),
])
def test_owner_fields_company_gate(sentence, ties):
    idx = _index()
    got = owners.owner_fields(None, None, "", sentence, idx)["ties"]
    assert got == ties
    assert got == _slow_ties(sentence, idx)


@pytest.mark.parametrize("sentence,may", [
    ("A Quarnian company", True),
    ("to accompany them", True),            # a substring is enough to split (the words decide)
    ("They met on Tuesday.", False),
    ("Firms, not FIRM.", True),             # any case
    ("na\u00efve claims", True),           # not ASCII: always split
])
def test_may_name_company(sentence, may):
    assert owners._may_name_company(sentence) is may


def _mention(doc: str, n: int, name: str, kind: str = "person", key: str | None = None) -> Mention:
    return Mention(id=f"{doc}-m{n}", doc=doc, start=10 * n, end=10 * n + len(name), text=name, name=name,
                   kind=kind, local_key=key, sentence=n)


def _corpus() -> list[Mention]:
    """Invented articles: one name in many documents, a surname alone, and two spellings of a group."""
    out = []
    for d in range(6):
        doc = f"d{d}"
        out += [_mention(doc, 0, "Velm Ostrad"), _mention(doc, 1, "Ostrad", key="Velm Ostrad"),
                _mention(doc, 2, "Quarnia", "country"), _mention(doc, 3, "Tessal Bay Port Authority", "organization")]
    out += [_mention("d6", 0, "Ostrad"), _mention("d7", 0, "Tessal Bay port authority", "organization"),
            _mention("d7", 1, "Korvan Front", "armed_group"), _mention("d8", 0, "front Korvan", "armed_group")]
    return out


def test_union_find_keeps_no_evidence_for_one_name():
    from claimgraph.resolve.nodes import Node, UnionFind

    nodes = [Node("d1", "Velm Ostrad"), Node("d2", "Velm Ostrad"), Node("d3", "Ostrad")]
    uf = UnionFind(3, nodes)
    assert uf.union(0, 1, 1.0, ["same name"]) and uf.union(1, 2, 0.9, ["surname"])
    assert [e[:2] for e in uf.evidence] == [(1, 2)]          # only the union of two names is kept
    assert uf.find(2) == uf.find(0) == 0                       # the sets are joined all the same
    plain = UnionFind(3)
    plain.union(0, 1, 1.0, ["same name"])
    assert len(plain.evidence) == 1                            # without nodes: every union, as before


def test_resolve_merges_same_without_one_name_evidence(monkeypatch):
    """The merges table and the actors are those of the union-find that keeps every union's evidence."""
    from claimgraph.resolve import actors as actors_mod
    from claimgraph.resolve.nodes import UnionFind

    fast = actors_mod.resolve_actors(_corpus())
    monkeypatch.setattr(actors_mod, "UnionFind", lambda n, nodes=None: UnionFind(n))
    slow = actors_mod.resolve_actors(_corpus())
    assert fast[1] == slow[1]
    assert [a.to_dict() for a in fast[0]] == [a.to_dict() for a in slow[0]]
    assert [m.to_dict() for m in fast[2]] == [m.to_dict() for m in slow[2]]
    assert any(m.a != m.b for m in fast[2])                    # the corpus has merges of different names


def test_contexts_share_one_string_per_signature():
    from claimgraph.resolve.nodes import Node, _contexts

    nodes = [Node(f"d{d}", "Velm Ostrad", [_mention(f"d{d}", 0, "Velm Ostrad")]) for d in range(4)]
    ctx = _contexts(nodes)
    assert len({id(s) for s in ctx.sigs}) == 1 and ctx.sigs[0] == ctx.sigs[3]


@pytest.mark.parametrize("text,point,label", [
    ("14 warships", 14.0, "the Quarnian navy"),
    ("about 1,200 fighters", 1200.0, "Velm Ostrad"),
    ("9,000 + 4,000 + 2,000 troops", 15000.0, "a monitor"),        # the total is written out
    ("  several   drones ", 3.0, "the outlet"),
    ("a figure " + "word " * 30, 2.5, "Velm Ostrad"),             # quoted in 60 characters
])
def test_fig_side_cached_equals_written(text, point, label):
    from types import SimpleNamespace

    from claimgraph.resolve import compare

    def written(f, who):      # _fig_side as it was
        total = "" if f.text.strip().startswith(compare._fmt(f.point)) else f" (= {compare._fmt(f.point)})"
        return f"{compare._quote(f.text, 60)}{total} ({who})"

    v = SimpleNamespace(figure=SimpleNamespace(text=text, point=point), speaker_label=label)
    assert compare._fig_side(v) == written(v.figure, label)
    other = SimpleNamespace(figure=v.figure, speaker_label=label + " (2)")   # same figure, another speaker
    assert compare._fig_side(other) == written(v.figure, label + " (2)")


def _place_node(doc: str, name: str, kb_id: str | None = None, kind: str = "place"):
    from claimgraph.resolve.nodes import Node

    m = Mention(id=f"{doc}-m0", doc=doc, start=0, end=len(name), text=name, name=name, kind=kind, kb_id=kb_id)
    return Node(doc, name, [m], place=kind == "place")


@pytest.mark.parametrize("order", [(0, 1, 2, 3, 4), (4, 3, 2, 1, 0), (1, 0, 3, 2, 4)])
def test_merge_names_key_made_once_per_kind_name_and_kb(order):
    """The key memo of ``_merge_names`` tells apart what the key depends on: the kind, the name, a KB entry."""
    from claimgraph.resolve.actors import _merge_names
    from claimgraph.resolve.nodes import UnionFind

    made = [_place_node("d1", "Vellmosk", kb_id="city:test-vellmosk"),   # known: its name as written
            _place_node("d2", "Vellmosk"), _place_node("d3", "Velmosk"),   # unknown: one town spelt two ways
            _place_node("d4", "Vellmosk", kind="organization"),            # an organisation of that name
            _place_node("d5", "Velmosk")]
    nodes = [made[k] for k in order]
    uf = UnionFind(len(nodes))
    _merge_names(nodes, uf)
    group = {order[i]: uf.find(i) for i in range(len(nodes))}
    assert group[1] == group[2] == group[4]          # the two spellings of the unknown town
    assert group[0] != group[1]                        # the known town keeps its own key
    assert group[3] not in (group[0], group[1])        # the organisation is no place


def test_actor_index_root_cached_equals_reading():
    idx = ActorIndex([
        Actor(id="c1", name="Quarnia", kind="country"),
        Actor(id="c1b", name="Quarnia", kind="country"),                 # a split of one name: one canon id
        Actor(id="o1", name="Quarnian Navy", kind="organization", country="c1b"),
        Actor(id="p1", name="Velm Ostrad", kind="person", country="c1"),
        Actor(id="m1", name="Quarnia Daily", kind="media", country="c1"),   # an outlet stands for itself
    ])

    def reading(aid):           # ``root`` as it was, computed at every call
        a = idx.by_id.get(aid)
        if a is not None and a.country and a.kind not in ("media",):
            return idx.canon(a.country)
        return idx.canon(aid)

    for _ in range(2):          # the second round reads the cache
        for aid in ("c1", "c1b", "o1", "p1", "m1", "unknown-id"):
            assert idx.root(aid) == reading(aid)
    assert idx.root("o1") == idx.root("p1") == "c1" and idx.root("m1") == "m1"
    assert idx.root(None) is None and idx.root("") is None
