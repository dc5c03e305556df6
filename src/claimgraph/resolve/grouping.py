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

from bisect import bisect_left
from collections import Counter, defaultdict
from typing import Iterable

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
            for r in v.roots | v.anchors:
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


def _denial_pairs(views: list[ClaimView], idx: ActorIndex, out: set[Pair]) -> None:
    """Pairs of a denial with claims that accuse the denier's side and share a content word."""
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
                    out.add((a, d) if a < d else (d, a))


def candidate_pairs(views: list[ClaimView], idx: ActorIndex, only: Iterable[int] | None = None) -> set[Pair]:
    """Pairs of claims worth comparing, at most ``max_candidates`` chosen by each claim.

    A claim's neighbours are the other members of its blocks: all of them in a block of up
    to ``all_pairs_up_to`` claims, else the ``window`` claims before and after it in date
    order. A block of more than ``max_block`` claims is skipped: a key shared by that many
    claims (a common word, a figure such as "3") tells nothing about which event a claim
    reports. Each claim keeps the ``max_candidates`` neighbours that share the most blocks
    with it, so the work per claim is bounded whatever
    the size of the corpus. Denials also meet the accusations of their side (``_denial_pairs``).

    only (iterable | None): keep only pairs involving these view indexes (``claimgraph check``);
        these claims keep all their neighbours.
    RETURNS (set): (i, j) index pairs with i < j.
    """
    cfg = settings()["blocking"]
    small, w, budget = cfg["all_pairs_up_to"], cfg["window"], cfg["max_candidates"]
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for v in views:
        for k in set(blocking_keys(v, idx)):
            blocks[k].append(v.i)
    keep = set(only) if only is not None else None
    member_of: dict[int, list[tuple[list[int], int]]] = defaultdict(list)
    for members in blocks.values():
        if len(members) < 2 or len(members) > cfg["max_block"]:
            continue
        if len(members) > small:
            members.sort(key=lambda i: _sort_key(views, i))
        for pos, i in enumerate(members):
            if keep is None or i in keep:
                member_of[i].append((members, pos))
    ids = [v.claim.id for v in views]
    out: set[Pair] = set()
    for i, blocks_of in member_of.items():
        shared: Counter = Counter()
        for members, pos in blocks_of:
            near = members if len(members) <= small else members[max(0, pos - w):pos + w + 1]
            shared.update(near)
        shared.pop(i, None)
        if keep is None and len(shared) > budget:
            # Among equals, the same claims whatever the order the store returned them in.
            cut = sorted(shared.values(), reverse=True)[budget - 1]
            chosen = [j for j, n in shared.items() if n > cut]
            ties = sorted((j for j, n in shared.items() if n == cut), key=ids.__getitem__)
            chosen += ties[:budget - len(chosen)]
        else:
            chosen = list(shared)
        for j in chosen:
            out.add((i, j) if i < j else (j, i))
    _denial_pairs(views, idx, out)
    if keep is not None:
        out = {p for p in out if p[0] in keep or p[1] in keep}
    return out


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
    ths = settings()["thresholds"]
    th = min(ths["same_event"], ths["figures"], ths["denial"])
    out: dict[Pair, PairScore] = {}
    for i, j in pairs:
        res = event_score(views[i], views[j], idx)
        if res is not None and res.score >= th:
            out[(i, j)] = res
    bonus = settings()["weights"]["same_document_anaphora"]
    for pair, why in {**exchange_pairs(views, idx), **anaphoric_pairs(views, idx)}.items():
        prev = out.get(pair)
        out[pair] = PairScore(score=max(bonus, ths["same_event"], prev.score if prev else 0.0),
                              evidence=why + (prev.evidence if prev else []),
                              similarity=prev.similarity if prev else 0.0,
                              topic=prev.topic if prev else 0.0, by_accused=True, anaphora=True)
    return out


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
    comps = components(n, edges)
    if views is None:
        return comps
    by_comp: dict[int, list[Pair]] = defaultdict(list)
    where = {i: k for k, comp in enumerate(comps) for i in comp}
    for p in edges:
        by_comp[where[p[0]]].append(p)
    out = []
    for k, comp in enumerate(comps):
        out += split_by_kind(comp, by_comp.get(k, []), scored, views) if len(comp) > 2 else [comp]
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
    kinds = {i: _kind(views[i]) for i in comp}
    if len({k for k in kinds.values() if k}) < 2:
        return [comp]
    local = {i: k for k, i in enumerate(comp)}     # a union-find over this component only
    uf = UnionFind(len(comp))
    label = {local[i]: k for i, k in kinds.items()}
    order = sorted(edges, key=lambda p: (-(scored[p].score if p in scored else 0.0), views[p[0]].claim.id,
                                         views[p[1]].claim.id))
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
