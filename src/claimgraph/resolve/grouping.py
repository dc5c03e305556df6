"""Candidate pairs by blocking, and event groups as connected components.

Comparing every claim with every other is quadratic. Instead each claim is filed under a few
blocking keys, and only claims sharing a key are compared:

- ``("s", root, family)``: the doer's root actor (an official files under his state) and the
  PLOVER type family (``type_groups`` in the data file);
- ``("w", word)``: each of the claim's rarest content words that other claims share
  (paraphrases, model names, figures such as "1200");
- ``("q", family, place|@root)``: figures of one kind of thing at one place or by one doer;
- ``("d", root, word)``: denials meet the claims that accuse the denier's side.

A claim meets all members of a block of up to ``all_pairs_up_to`` claims, and the ``window``
claims before and after it (by date) in a larger one; blocks of more than ``max_block`` claims
are skipped; each claim keeps its ``max_candidates`` neighbours that share the most blocks with
it. The cost per claim is bounded and the total near-linear (bench/grouping.py measures it). Content-less denials ("Moscow denied
the allegations") are linked to the accusation just before them in the same document.
"""
from __future__ import annotations

from array import array
from bisect import bisect_left
from collections import Counter, defaultdict
from typing import Iterable, Iterator

import numpy as np

from .blocks import Blocks, date_ranks, unique_codes
from .compare import PairScore, denier_matches, event_score
from .features import ActorIndex, ClaimView, settings

Pair = tuple[int, int]


def blocking_keys(v: ClaimView, idx: ActorIndex) -> list[tuple]:
    """The keys a claim is filed under (see the module docstring)."""
    keys: list[tuple] = []
    root = idx.root(v.subject)
    if root:
        for g in v.type_groups or ("?",):
            keys.append(("s", root, g))
    for t in v.rare:
        keys.append(("w", t))
    if v.figure:
        for fam in v.figure.families:
            keys.append(("v", fam, round(v.figure.point, 2)))
            for n in v.numbers:           # "a higher figure than the eight jets reported"
                keys.append(("v", fam, round(n, 2)))
            for p in v.ctx_places:
                keys.append(("q", fam, p))
            for r in v.roots | v.anchors | v.owners:   # owners: whose people a count counts (owners.py)
                keys.append(("q", fam, "@" + r))
            keys.append(("a", fam, v.doc))  # figures of one kind juxtaposed in one article
    return keys


def _accusation_roots(v: ClaimView, idx: ActorIndex) -> set[str]:
    out = {idx.root(v.subject)} if v.subject else {idx.root(a) for a in v.actors}
    return {r for r in out if r}


def _sort_key(views: list[ClaimView], i: int) -> tuple:
    # by date, then by claim, never by input order: the same corpus gives the same pairs
    v = views[i]
    return (v.day if v.day is not None else 0, v.doc, v.sentence, v.claim.start, v.claim.id)


def _denial_pairs(views: list[ClaimView], idx: ActorIndex, add) -> None:
    """Pairs of a denial with claims that accuse the denier's side and share a content word.

    add (callable): called with (i, j) for each pair (either order).
    """
    cfg = settings()["blocking"]
    denials: dict[tuple, list[int]] = defaultdict(list)
    for v in views:
        if v.negative or v.rejecting:
            # the denier's state, and the group he speaks for ("an EFG spokesman denied")
            for root in {idx.root(x) for x in idx.family(v.speaker)} - {None}:
                for t in v.vec:
                    if not t.startswith("@"):
                        denials[(root, t)].append(v.i)
    if not denials:
        return
    # Only keys some denial has are filed, so this pass stays linear in the claims.
    accusers: dict[tuple, list[int]] = defaultdict(list)
    for v in views:
        if v.negative:
            continue
        for root in _accusation_roots(v, idx):
            for t in v.vec:
                if (root, t) in denials:
                    accusers[(root, t)].append(v.i)
    reach = 2 * cfg["denial_window"]
    for key, dens in denials.items():
        acc = accusers.get(key)
        if not acc:
            continue
        if len(acc) > reach:
            acc = sorted(acc, key=lambda i: _sort_key(views, i))
            days = [_sort_key(views, i) for i in acc]
        for d in dens:
            near = acc
            if len(acc) > reach:
                k = bisect_left(days, _sort_key(views, d))
                near = acc[max(0, k - cfg["denial_window"]):k + cfg["denial_window"]]
            for a in near:
                if a != d:
                    add(a, d)


def candidate_pairs(views: list[ClaimView], idx: ActorIndex, only: Iterable[int] | None = None) -> set[Pair]:
    """Pairs of claims worth comparing, at most ``max_candidates`` chosen by each claim.

    The pairs of ``candidate_codes`` as a set of (i, j) tuples (small corpora, ``claimgraph check``).

    only (iterable | None): keep only pairs involving these view indexes (``claimgraph check``);
        these claims keep all their neighbours.
    RETURNS (set): (i, j) index pairs with i < j.
    """
    n = len(views)
    return {(c // n, c % n) for c in candidate_codes(views, idx, only).tolist()}


def candidate_codes(views: list[ClaimView], idx: ActorIndex, only: Iterable[int] | None = None) -> np.ndarray:
    """Pairs of claims worth comparing, as sorted codes ``i * len(views) + j`` (i < j).

    A claim's neighbours are the other members of its blocks: all of them in a block of up
    to ``all_pairs_up_to`` claims, else the ``window`` claims before and after it in date
    order. A block of more than ``max_block`` claims is skipped: a key shared by that many
    claims (a common word, a figure such as "3") tells nothing about which event a claim
    reports. Each claim keeps the ``max_candidates`` neighbours that share the most blocks
    with it, so the work per claim is bounded whatever
    the size of the corpus. Denials also meet the accusations of their side (``_denial_pairs``).
    Codes in a flat integer array take 8 bytes a pair where a set of tuples takes about 100:
    a corpus of 100,000 articles has tens of millions of candidates.

    only (iterable | None): keep only pairs involving these view indexes (``claimgraph check``);
        these claims keep all their neighbours.
    RETURNS (numpy.ndarray): sorted unique int64 codes.
    """
    cfg = settings()["blocking"]
    small, w, budget = cfg["all_pairs_up_to"], cfg["window"], cfg["max_candidates"]
    n = len(views)
    # Each claim's rank in the date order (its keys are unique): big blocks are sorted and searched
    # by rank, not by building each member's sort key again at every comparison.
    ids = [v.claim.id for v in views]
    rank = date_ranks([v.day for v in views], [v.doc for v in views], [v.sentence for v in views],
                      [v.claim.start for v in views], ids)
    # Blocks in flat arrays, keys hashed, singletons and blocks over ``max_block`` dropped before
    # any block is made (blocks.py): no dict of every key, no list per block.
    blocks = Blocks((set(blocking_keys(v, idx)) for v in views), n, rank, cfg["max_block"])
    members, ranks, bounds = blocks.members, blocks.ranks, blocks.bounds
    of_claim, start = blocks.of_claim, blocks.start
    keep = set(only) if only is not None else None

    def neighbours(claims: Iterable[int]) -> array:
        out = array("q")
        # A claim's place in a big block by bisection on its rank.
        for i in claims:
            shared: Counter = Counter()
            for b in of_claim[start[i]:start[i + 1]]:
                lo, hi = bounds[b], bounds[b + 1]
                if hi - lo <= small:
                    shared.update(members[lo:hi])
                else:             # the window around the claim itself, found by its rank
                    pos = bisect_left(ranks, rank[i], lo, hi)
                    shared.update(members[max(lo, pos - w):min(hi, pos + w + 1)])
            shared.pop(i, None)
            if keep is None and len(shared) > budget:
                # Among equals, the same claims whatever the order the store returned them in.
                cut = sorted(shared.values(), reverse=True)[budget - 1]
                chosen = [j for j, k in shared.items() if k > cut]
                ties = sorted((j for j, k in shared.items() if k == cut), key=ids.__getitem__)
                chosen += ties[:budget - len(chosen)]
            else:
                chosen = list(shared)
            out.extend(i * n + j if i < j else j * n + i for j in chosen)
        return out

    if keep is not None:
        out = neighbours(sorted(keep))
    else:                 # each claim's neighbours alone: ranges of claims in several processes
        from .parallel import map_ranges

        out = array("q")
        for part in map_ranges(lambda lo, hi: neighbours(range(lo, hi)), n):
            out += part
    _denial_pairs(views, idx, lambda a, b: out.append(a * n + b if a < b else b * n + a))
    codes = unique_codes(out)         # sorted in place: not a sorted copy of tens of millions of codes
    del out
    if keep is not None:
        mine = np.fromiter(sorted(keep), dtype=np.int64)
        codes = codes[np.isin(codes // max(n, 1), mine) | np.isin(codes % max(n, 1), mine)]
    return codes


def anaphoric_pairs(views: list[ClaimView], idx: ActorIndex) -> dict[Pair, list[str]]:
    """Content-less denials ("Russia denied the allegations") → the accusations just before.

    RETURNS (dict): (i, j) → evidence, for up to ``anaphora.max_links`` earlier claims in the
    same document, within ``anaphora.window_sentences``, that accuse the denier's side.
    """
    cfg = settings()["anaphora"]
    by_doc: dict[str, list[ClaimView]] = defaultdict(list)
    for v in views:
        by_doc[v.doc].append(v)
    out: dict[Pair, list[str]] = {}
    for doc_views in by_doc.values():
        doc_views.sort(key=lambda v: (v.sentence, v.claim.start))
        for pos, d in enumerate(doc_views):
            if not (d.anaphoric and (d.negative or d.rejecting) and d.speaker):
                continue
            found = 0
            for a in reversed(doc_views[:pos + 1]):
                if a is d or a.negative or a.speaker_key == d.speaker_key:
                    continue
                if d.sentence - a.sentence > cfg["window_sentences"] or found >= cfg["max_links"]:
                    break
                if a.claim.start > d.claim.start:
                    continue
                hit = denier_matches(d, a, idx)
                if hit:
                    found += 1
                    gap = d.sentence - a.sentence
                    where = "in the same sentence" if gap == 0 else f"{gap} sentence{'s' * (gap > 1)} earlier"
                    out[(min(a.i, d.i), max(a.i, d.i))] = [f"the denial refers back to the claim {where} about "
                                                          f"{idx.name(hit)}"]
    return out


def exchange_pairs(views: list[ClaimView], idx: ActorIndex) -> dict[Pair, list[str]]:
    """A denial and the accusation of the denier's side answered within a few sentences of one article.

    "Halmaj again denied that his government had sent drones." then "Orbelian accused Holvenia of
    hiding behind a private company.": an exchange of one dispute, whatever words each side uses.
    The accusation must be a speech act (ACCUSE) by another side, within ``context.exchange_sentences``.

    RETURNS (dict): (i, j) → evidence.
    """
    near = settings()["context"]["exchange_sentences"]
    by_doc: dict[str, list[ClaimView]] = defaultdict(list)
    for v in views:
        if v.claim.speech_type == "ACCUSE" and v.speaker and not v.negative or (v.negative or v.rejecting) and v.speaker:
            by_doc[v.doc].append(v)
    out: dict[Pair, list[str]] = {}
    for doc_views in by_doc.values():
        if len(doc_views) < 2:
            continue
        for d in doc_views:
            if not (d.negative or d.rejecting):
                continue
            for a in doc_views:
                if a is d or a.negative or a.claim.speech_type != "ACCUSE" or abs(a.sentence - d.sentence) > near:
                    continue
                if idx.compatible(idx.root(a.speaker), idx.root(d.speaker)) or not denier_matches(d, a, idx):
                    continue
                gap = abs(a.sentence - d.sentence)
                where = "in the same sentence" if gap == 0 else f"{gap} sentence{'s' * (gap > 1)} apart"
                out[(min(a.i, d.i), max(a.i, d.i))] = [f"accusation and denial exchanged in one article ({where})"]
    return out


def score_pairs(views: list[ClaimView], idx: ActorIndex, pairs: Iterable[Pair]) -> dict[Pair, PairScore]:
    """Score candidate pairs and anaphoric denials; keep those that may be linked."""
    th = _keep_threshold()
    out: dict[Pair, PairScore] = {}
    for i, j in pairs:
        res = event_score(views[i], views[j], idx)
        if res is not None and res.score >= th:
            out[(i, j)] = res
    for pair, why in _context_pairs(views, idx).items():
        out[pair] = _with_context(why, out.get(pair))
    return out


def scan_pairs(views: list[ClaimView], idx: ActorIndex, codes: np.ndarray) -> Iterator[tuple[int, int, PairScore]]:
    """``score_pairs`` as a stream: the pairs kept, in (i, j) order, none held after it is yielded.

    codes (numpy.ndarray): sorted candidate codes from ``candidate_codes``.
    YIELDS (tuple): i, j (i < j) and the pair's score, for the same pairs and scores as ``score_pairs``.
    """
    th = _keep_threshold()
    n = len(views)
    context = _context_pairs(views, idx)
    extra = sorted((i * n + j, why) for (i, j), why in context.items())
    del context
    k = 0
    for start in range(0, len(codes), 65536):   # Python ints a chunk at a time
        for c in codes[start:start + 65536].tolist():
            while k < len(extra) and extra[k][0] < c:
                i, j = divmod(extra[k][0], n)
                yield i, j, _with_context(extra[k][1], None)
                k += 1
            i, j = divmod(c, n)
            res = event_score(views[i], views[j], idx)
            if res is not None and res.score < th:
                res = None
            if k < len(extra) and extra[k][0] == c:
                yield i, j, _with_context(extra[k][1], res)
                k += 1
            elif res is not None:
                yield i, j, res
    for c, why in extra[k:]:
        i, j = divmod(c, n)
        yield i, j, _with_context(why, None)


def _keep_threshold() -> float:
    ths = settings()["thresholds"]
    return min(ths["same_event"], ths["figures"], ths["denial"])


def _context_pairs(views: list[ClaimView], idx: ActorIndex) -> dict[Pair, list[str]]:
    """Pairs tied by their article (exchanges, content-less denials) with their evidence."""
    return {**exchange_pairs(views, idx), **anaphoric_pairs(views, idx)}


def _with_context(why: list[str], prev: PairScore | None) -> PairScore:
    """A pair tied by its article: at least the same-event score, its evidence first."""
    ths = settings()["thresholds"]
    bonus = settings()["weights"]["same_document_anaphora"]
    return PairScore(score=max(bonus, ths["same_event"], prev.score if prev else 0.0),
                     evidence=why + (prev.evidence if prev else []),
                     similarity=prev.similarity if prev else 0.0,
                     topic=prev.topic if prev else 0.0, by_accused=True, anaphora=True)


class UnionFind:
    """Disjoint sets over 0..n-1 (path halving, union by size)."""

    def __init__(self, n: int):
        self.parent = list(range(n))
        self.size = [1] * n

    def find(self, x: int) -> int:
        p = self.parent
        while p[x] != x:
            p[x] = p[p[x]]
            x = p[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]


def components(n: int, edges: Iterable[Pair]) -> list[list[int]]:
    """Connected components (each sorted) of the graph on 0..n-1, in order of first member."""
    uf = UnionFind(n)
    for i, j in edges:
        uf.union(i, j)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[uf.find(i)].append(i)
    return sorted(groups.values(), key=lambda g: g[0])


def group_claims(n: int, scored: dict[Pair, PairScore], linked: Iterable[Pair] = (),
                 views: list[ClaimView] | None = None) -> list[list[int]]:
    """Group claims into events: components over same-event pairs and linked pairs, split by kind of thing.

    n (int): the number of claims (views).
    scored (dict): scored pairs from ``score_pairs``.
    linked (iterable): pairs that got a link (a contradiction may score below ``same_event``).
    views (list | None): the claims; when given, a component holding figures of different kinds
        of thing is split (``split_by_kind``).
    RETURNS (list): the components (lists of view indexes).
    """
    th = settings()["thresholds"]["same_event"]
    edges = [p for p, ps in scored.items() if ps.score >= th]
    edges += [p for p in linked if p not in scored or scored[p].score < th]
    codes = array("q", (i * n + j if i < j else j * n + i for i, j in edges))
    scores = array("d", (scored[p].score if p in scored else 0.0 for p in edges))
    return group_edges(n, codes, scores, views)


def group_edges(n: int, codes: Iterable[int], scores: Iterable[float], views: list[ClaimView] | None = None
                ) -> list[list[int]]:
    """``group_claims`` over edges given as codes ``i * n + j`` and their scores (flat arrays).

    n (int): the number of claims (views).
    codes (iterable): the edges: same-event pairs and linked pairs.
    scores (iterable): each edge's score (the order in which ``split_by_kind`` joins them).
    views (list | None): the claims; when given, components are split by kind of thing.
    RETURNS (list): the components (sorted lists of view indexes), in order of first member.
    """
    uf = UnionFind(n)
    for c in codes:
        uf.union(*divmod(c, n))
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[uf.find(i)].append(i)
    comps = sorted(groups.values(), key=lambda g: g[0])
    del groups
    if views is None:
        return comps
    # Only a component with figures of two kinds can split: its edges alone are collected.
    split = {uf.find(comp[0]): comp for comp in comps
             if len(comp) > 2 and len({k for k in (_kind(views[i]) for i in comp) if k}) >= 2}
    by_comp: dict[int, dict[Pair, float]] = defaultdict(dict)
    if split:
        for c, score in zip(codes, scores):
            i, j = divmod(c, n)
            root = uf.find(i)
            if root in split:
                edges = by_comp[root]       # a pair given twice joins at its higher score
                edges[(i, j)] = max(score, edges.get((i, j), score))
    out = []
    for comp in comps:
        root = uf.find(comp[0])
        out += _split(comp, list(by_comp[root]), by_comp[root].get, views) if root in split else [comp]
    return sorted(out, key=lambda g: g[0])


def _kind(v: ClaimView) -> frozenset[str]:
    """The kinds of thing a claim's figure counts ("unit:…" kinds named by no family do not count)."""
    if v.figure is None or v.negative:
        return frozenset()
    return frozenset(f for f in v.figure.families if not f.startswith("unit:"))


def split_by_kind(comp: list[int], edges: list[Pair], scored: dict[Pair, PairScore], views: list[ClaimView]
                  ) -> list[list[int]]:
    """Split a component whose figures count different kinds of thing ("Russia sent jets" and "Russia
    sent mercenaries" chained through claims that name neither).

    Edges are joined strongest first (Kruskal order), never joining two sets whose figures share no
    kind: each claim without a figure ends with the figures it is most strongly tied to. A component
    with one kind of figure (or none) stays whole.
    RETURNS (list): the parts (sorted lists of view indexes).
    """
    return _split(comp, edges, lambda p: scored[p].score if p in scored else 0.0, views)


def _split(comp: list[int], edges: list[Pair], score_of, views: list[ClaimView]) -> list[list[int]]:
    """``split_by_kind`` with the edges' scores read by ``score_of(pair)``."""
    kinds = {i: _kind(views[i]) for i in comp}
    if len({k for k in kinds.values() if k}) < 2:
        return [comp]
    local = {i: k for k, i in enumerate(comp)}     # a union-find over this component only
    uf = UnionFind(len(comp))
    label = {local[i]: k for i, k in kinds.items()}
    order = sorted(edges, key=lambda p: (-(score_of(p) or 0.0), views[p[0]].claim.id, views[p[1]].claim.id))
    for i, j in order:
        ri, rj = uf.find(local[i]), uf.find(local[j])
        if ri == rj:
            continue
        li, lj = label.get(ri, frozenset()), label.get(rj, frozenset())
        if li and lj and not li & lj:
            continue                          # jets and mercenaries are two events
        uf.union(ri, rj)
        label[uf.find(ri)] = (li & lj) if li and lj else (li or lj)
    parts: dict[int, list[int]] = defaultdict(list)
    for i in comp:
        parts[uf.find(local[i])].append(i)
    return [sorted(g) for g in parts.values()]
