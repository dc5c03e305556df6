"""The corpus stage's memory path gives what the plain path gives (invented articles).

``crosscheck`` streams its pairs (``candidate_codes`` → ``scan_pairs`` → ``group_edges``) instead of
holding a set of pairs and a dict of scores; these tests hold the streamed path to the plain one
(``candidate_pairs`` → ``score_pairs`` → ``group_claims``) on the same claims.
"""
from __future__ import annotations

import pytest

from claimgraph.resolve.actors import _contexts, _nodes, _signature, _is_person
from claimgraph.resolve.features import ActorIndex, build_views, settings
from claimgraph.resolve.grouping import (candidate_codes, candidate_pairs, group_claims, group_edges, scan_pairs,
                                         score_pairs)
from claimgraph.model import Mention

from .world import World

TEXT_A = ("Borduria sent eight fighter jets to Port Vela on Monday, Syldavian officials said. "
          "The Bordurian Defence Ministry denied the allegations. "
          "Borduria sent 300 mercenaries to Port Vela, Olek Dran said. "
          "The Grey Legion shelled Port Vela overnight, the Daily Courant reported.")
TEXT_B = ("Borduria flew about 14 fighter jets into Port Vela on Monday, General Ana Vos said. "
          "Petr Kral denied that Borduria had sent any mercenaries to Port Vela. "
          "Up to 300 mercenaries reached Port Vela, Mara Tesh said. "
          "Grey Legion guns shelled Port Vela during the night, Meridian Press reported.")


def _world() -> World:
    w = World()
    w.article("a", TEXT_A, outlet="Vela Post", published="2031-04-01")
    w.article("b", TEXT_B, outlet="Courant", published="2031-04-02")
    sa, sb = TEXT_A.split(". "), TEXT_B.split(". ")
    w.claim("a", sa[0] + ".", content="Borduria sent eight fighter jets to Port Vela on Monday", speaker="syldavia",
            type="MOBILIZE", subject="borduria", object="port-vela", value=8, unit="fighter jets",
            qty_text="eight fighter jets")
    w.claim("a", sa[1] + ".", content="the allegations", speaker="borduria-defence", stance="denies",
            speech_type="REJECT")
    w.claim("a", sa[2] + ".", content="Borduria sent 300 mercenaries to Port Vela", speaker="olek-dran",
            type="MOBILIZE", subject="borduria", object="port-vela", value=300, unit="mercenaries",
            qty_text="300 mercenaries")
    w.claim("a", sa[3], content="The Grey Legion shelled Port Vela overnight", speaker="courant", type="ASSAULT",
            subject="grey-legion", object="port-vela")
    w.claim("b", sb[0] + ".", content="Borduria flew about 14 fighter jets into Port Vela on Monday",
            speaker="ana-vos", type="MOBILIZE", subject="borduria", object="port-vela", value=14, bound="approx",
            unit="fighter jets", qty_text="about 14 fighter jets")
    w.claim("b", sb[1] + ".", content="Borduria had sent any mercenaries to Port Vela", speaker="petr-kral",
            stance="denies", type="MOBILIZE", subject="borduria", object="port-vela")
    w.claim("b", sb[2] + ".", content="Up to 300 mercenaries reached Port Vela", speaker="mara-tesh",
            type="MOBILIZE", subject="borduria", object="port-vela", value=300, bound="at_most",
            unit="mercenaries", qty_text="up to 300 mercenaries")
    w.claim("b", sb[3], content="Grey Legion guns shelled Port Vela during the night", speaker="meridian",
            type="ASSAULT", subject="grey-legion", object="port-vela")
    return w


@pytest.fixture(scope="module")
def views_idx():
    w = _world()
    idx = ActorIndex(w.actors)
    return build_views(w.claims, idx, w.documents), idx


def test_scale_candidate_codes_are_the_candidate_pairs(views_idx):
    views, idx = views_idx
    n = len(views)
    codes = candidate_codes(views, idx)
    assert list(codes) == sorted(codes) and len(set(codes.tolist())) == len(codes)
    assert {(c // n, c % n) for c in codes.tolist()} == candidate_pairs(views, idx)
    assert len(codes) > 3                       # the world has pairs to compare


@pytest.mark.parametrize("only", [None, {0}, {2, 5}])
def test_scale_candidate_codes_only_keeps_pairs_of_those_claims(views_idx, only):
    views, idx = views_idx
    n = len(views)
    pairs = {(c // n, c % n) for c in candidate_codes(views, idx, only).tolist()}
    if only is not None:
        assert pairs and all(i in only or j in only for i, j in pairs)


def test_scale_scan_pairs_yields_what_score_pairs_keeps_in_order(views_idx):
    views, idx = views_idx
    codes = candidate_codes(views, idx)
    streamed = list(scan_pairs(views, idx, codes))
    plain = score_pairs(views, idx, candidate_pairs(views, idx))
    assert [(i, j) for i, j, _ in streamed] == sorted(plain)
    for i, j, ps in streamed:
        assert (ps.score, ps.evidence, ps.anaphora) == (plain[(i, j)].score, plain[(i, j)].evidence,
                                                       plain[(i, j)].anaphora)
    assert any(ps.anaphora for _, _, ps in streamed)    # the content-less denial met its accusation


def test_scale_group_edges_is_group_claims(views_idx):
    views, idx = views_idx
    n = len(views)
    scored = score_pairs(views, idx, candidate_pairs(views, idx))
    th = settings()["thresholds"]["same_event"]
    linked = [(0, 4)]                    # a pair given as linked whatever its score
    expected = group_claims(n, scored, linked, views)
    edges = {p: ps.score for p, ps in scored.items() if ps.score >= th}
    for p in linked:
        edges.setdefault(p, scored[p].score if p in scored else 0.0)
    got = group_edges(n, [i * n + j for i, j in edges], list(edges.values()), views)
    assert got == expected
    assert group_edges(n, [], [], views) == [[i] for i in range(n)]


def test_scale_views_share_equal_sets(views_idx):
    views, _ = views_idx
    empties = [v.numbers for v in views if not v.numbers]
    assert len(empties) > 1 and all(e is empties[0] for e in empties)
    port = [v.places for v in views if v.places == views[0].places]
    assert len(port) > 1 and all(p is port[0] for p in port)


def test_scale_person_context_read_from_its_document():
    ms = [Mention(id=f"d1:m{k}", doc="d1", start=k * 10, end=k * 10 + 5, text=t, name=t, kind=kind, local_key=t)
          for k, (t, kind) in enumerate([("Ilka Varo", "person"), ("Teodor Brisk", "person"),
                                         ("Borduria", "country"), ("Grey Legion", "armed_group")])]
    ms.append(Mention(id="d2:m0", doc="d2", start=0, end=5, text="Ilka Varo", name="Ilka Varo", kind="person",
                      local_key="Ilka Varo"))
    nodes = _nodes(ms)
    context = _contexts(nodes)
    assert len(context) == len(nodes)
    in_d1 = {_signature(n) for n in nodes if n.doc == "d1"}
    for i, n in enumerate(nodes):
        if _is_person(n) and n.doc == "d1":
            assert context[i] == frozenset(in_d1 - {_signature(n)})
        elif not _is_person(n):
            assert context[i] == frozenset()
    lone = next(i for i, n in enumerate(nodes) if n.doc == "d2")
    assert context[lone] == frozenset()           # alone in its article: no one around


def _verdicts(views):
    from claimgraph.resolve.compare import Verdict

    # invented reasons with typographic quotes and dashes (reasons are stored UTF-8 encoded), an empty one,
    # and ties on both claims (kinds in reverse name order, and twice the same kind in a given order)
    pairs = [(3, 1), (0, 2), (3, 1), (0, 2), (5, 4), (0, 2), (7, 6), (2, 2)]
    kinds = ["updates", "corroborates", "contradicts", "updates", "corroborates", "contradicts", "flags", "updates"]
    return [Verdict(kind, views[i], views[j], f"“claim {i}” — {kind} “claim {j}” #{k}" if k != 4 else "")
            for k, ((i, j), kind) in enumerate(zip(pairs, kinds))]


def _plain(x) -> tuple:
    return x.kind, x.a.i, x.b.i, x.reason


def test_scale_verdict_log_reads_back_what_was_appended(views_idx, monkeypatch):
    from claimgraph.resolve import linkstream

    views, _ = views_idx
    monkeypatch.setattr(linkstream, "FLUSH_BYTES", 100)      # several writes to the scratch file
    log = linkstream.VerdictLog(views)
    given = _verdicts(views)
    for v in given:
        log.append(v)
    assert len(log) == len(given)
    assert [_plain(x) for x in log] == [_plain(x) for x in given]
    assert all(x.a is views[x.a.i] and x.b is views[x.b.i] for x in log)
    assert log[4].reason == "" and log[6].kind == "flags"


def test_scale_verdict_log_link_order_is_the_sorted_verdicts(views_idx):
    from claimgraph.resolve.linkstream import VerdictLog

    views, _ = views_idx
    log = VerdictLog(views)
    given = _verdicts(views)
    for v in given:
        log.append(v)
    expected = sorted(range(len(given)), key=lambda k: (given[k].a.claim.id, given[k].b.claim.id, given[k].kind))
    assert log.link_order().tolist() == expected
    assert expected != list(range(len(given)))                # the order is not the order appended


def test_scale_verdict_log_extend_is_one_log(views_idx):
    from claimgraph.resolve.linkstream import VerdictLog

    views, _ = views_idx
    given = _verdicts(views)
    one, first, second = VerdictLog(views), VerdictLog(views), VerdictLog(views)
    for k, v in enumerate(given):
        one.append(v)
        (first if k < 3 else second).append(v)
    first.extend(second)
    assert [_plain(x) for x in first] == [_plain(x) for x in one]
    assert first.link_order().tolist() == one.link_order().tolist()


def test_scale_verdict_log_filled_in_a_forked_child(views_idx):
    from claimgraph.resolve.linkstream import VerdictLog
    from claimgraph.resolve.parallel import fork_map

    views, _ = views_idx
    given = _verdicts(views)
    logs = [VerdictLog(views), VerdictLog(views)]

    def part(k):
        for v in given[k::2]:
            logs[k].append(v)
        return logs[k].state()

    states = fork_map(part, 2)
    logs[1].adopt(states[1])
    assert [_plain(x) for x in logs[1]] == [_plain(x) for x in given[1::2]]
    assert len(logs[1]) == 4 and all(x.reason for x in logs[1])   # the reasons the child wrote


def test_scale_group_verdicts_made_from_the_log(views_idx):
    from array import array

    from claimgraph.resolve.linkstream import GroupVerdicts, VerdictLog

    views, _ = views_idx
    given = _verdicts(views)
    log = VerdictLog(views)
    for v in given:
        log.append(v)
    groups = GroupVerdicts(log, {1: array("i", [0, 5]), 3: array("i", [7])})
    assert [_plain(x) for x in groups.get(1, [])] == [_plain(given[0]), _plain(given[5])]
    assert groups.get(2, []) == [] and 2 not in groups and 3 in groups   # a group without verdicts


@pytest.mark.parametrize("rows", [1, 3, 100])
def test_scale_link_stream_columns_are_its_links(views_idx, rows):
    from claimgraph.resolve.linkstream import LinkStream, VerdictLog

    views, _ = views_idx

    def stream():
        log = VerdictLog(views)
        for v in _verdicts(views):
            log.append(v)
        return LinkStream(log, {views[0].claim.id: "e1", views[3].claim.id: "e2"})

    links = list(stream())
    cols = list(stream().columns(rows))
    assert len(cols) == -(-len(links) // rows)
    flat = [row for part in cols for row in zip(*part.values())]
    assert flat == [(x.id, x.kind, x.a, x.b, x.reason, x.group) for x in links]
    assert [x.id for x in links] == [f"l{n}" for n in range(1, len(links) + 1)]
    assert {x.group for x in links} == {"e1", "e2", None}


@pytest.mark.parametrize("drop", [False, True])
def test_scale_add_vectors_dropping_tokens_gives_the_same_vectors(drop):
    """The corpus stage lets each view's tokens go as its vector is made; the vectors are the same."""
    from claimgraph.resolve.features import add_vectors, make_view

    w = _world()
    idx = ActorIndex(w.actors)
    kept = [make_view(i, c, idx, w.documents) for i, c in enumerate(w.claims)]
    tried = [make_view(i, c, idx, w.documents) for i, c in enumerate(w.claims)]
    add_vectors(kept)
    add_vectors(tried, drop_tokens=drop)
    assert [(v.vec, v.rare) for v in tried] == [(v.vec, v.rare) for v in kept]
    assert all(v.tokens for v in kept)
    assert all(not v.tokens for v in tried) if drop else all(v.tokens for v in tried)



def test_scale_link_stream_lets_the_views_go(views_idx):
    """The corpus stage writes links with no claim view held: the stream keeps their claim ids only."""
    from claimgraph.resolve.features import ClaimView
    from claimgraph.resolve.linkstream import LinkStream, VerdictLog

    views, _ = views_idx

    def log():
        out = VerdictLog(list(views))
        for v in _verdicts(views):
            out.append(v)
        return out

    expected = [(v.a.claim.id, v.b.claim.id, v.kind) for v in sorted(
        _verdicts(views), key=lambda x: (x.a.claim.id, x.b.claim.id, x.kind))]
    kept = log()
    stream = LinkStream(kept, {})
    assert kept.views is None
    held = [x for x in vars(stream).values() if isinstance(x, (list, tuple))]
    assert held and not any(isinstance(e, ClaimView) for lst in held for e in lst)
    assert [(x.a, x.b, x.kind) for x in stream] == expected


@pytest.mark.parametrize("value", [257, 5000, 123456])
def test_scale_view_offsets_are_one_object_per_value(value):
    from claimgraph.resolve.features import _int

    a, b = int(str(value)), int(str(value))          # two objects of one value, as two claims read them
    assert a is not b and _int(a) is _int(b) and _int(a) == value
    assert _int(None) is None and _int(3) == 3


def test_scale_view_tokens_share_actor_tokens():
    from claimgraph.resolve.features import _tokens

    one, two = _tokens(["@" + "vel-mar", "jet"]), _tokens(["@" + "vel-mar", "jet"])
    assert one == two == ("@vel-mar", "jet") and isinstance(one, tuple)
    assert one[0] is two[0]                          # one string for every view's actor token
