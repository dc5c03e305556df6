"""Figures of a rare kind of thing: "340,000 households" left without power and "fewer than 40,000 households".

Most figures count things of a standard family (troops, the killed, aircraft) that every story of a conflict
counts, so their kind says little about which event they report; blocking and scoring ask for a place, an
actor, a citation or shared wording as well (``compare._figure_anchors``). A count of a plain noun no
family names ("households", "diplomats") that only a few articles of the corpus give is different: two
such figures in two articles most likely count the same thing, even when their sentences share nothing
else ("left 340,000 households without power" / "fewer than 40,000 households were briefly affected").

``rare_kind_links`` meets every pair of figures of such a kind across articles (the kind given by at
most ``rare_kinds.max_documents`` documents and ``rare_kinds.max_claims`` claims: in a large corpus no
plain noun stays rare, and nothing is added), scores it as any pair with ``rare_kinds.weight`` added as
the tie, and relates it. Pairs already linked are left as they were.
"""
from __future__ import annotations

from itertools import combinations

import numpy as np

from .actor_index import ActorIndex
from .compare import Verdict, event_score, relate
from .features import ClaimView, settings


def rare_kinds(views: list[ClaimView]) -> dict[str, list[ClaimView]]:
    """The figures of each plain-noun kind ("unit:household") few articles give.

    RETURNS (dict): kind → its figures' views (only kinds within the limits).
    """
    cfg = settings().get("rare_kinds") or {}
    max_docs, max_claims = int(cfg.get("max_documents", 3)), int(cfg.get("max_claims", 6))
    by_kind: dict[str, list[ClaimView]] = {}
    for v in views:
        f = v.figure
        if f is None or v.negative or f.indefinite or len(f.families) != 1:
            continue
        kind = next(iter(f.families))
        if kind.startswith("unit:"):
            found = by_kind.setdefault(kind, [])
            if len(found) <= max_claims:          # past the limit the kind is common: stop collecting
                found.append(v)
    return {k: vs for k, vs in by_kind.items()
            if 2 <= len(vs) <= max_claims and 2 <= len({v.doc for v in vs}) <= max_docs}


def _linked(rare: dict[str, list[ClaimView]], a_ids, b_ids) -> set[tuple[int, int]]:
    """The pairs among the rare figures that already have a link (view numbers, either order)."""
    members = np.fromiter({v.i for vs in rare.values() for v in vs}, dtype=np.int64)
    a = np.frombuffer(a_ids, dtype=np.int32) if len(a_ids) else np.empty(0, np.int32)
    b = np.frombuffer(b_ids, dtype=np.int32) if len(b_ids) else np.empty(0, np.int32)
    keep = np.isin(a, members) & np.isin(b, members)
    pairs = set(zip(a[keep].tolist(), b[keep].tolist()))
    return pairs | {(y, x) for x, y in pairs}


def rare_kind_links(views: list[ClaimView], idx: ActorIndex, a_ids, b_ids) -> list[Verdict]:
    """Links between figures of a rare kind in different articles that have none yet.

    a_ids, b_ids (array): the view numbers of the links made so far (``LinkStream``-style arrays of int32).
    RETURNS (list[Verdict]): the links (corroborates, contradicts or updates), each with its reason.
    """
    rare = rare_kinds(views)
    if not rare:
        return []
    judged = _linked(rare, a_ids, b_ids)
    weight = float((settings().get("rare_kinds") or {}).get("weight", 1.5))
    out = []
    for kind, vs in rare.items():
        for a, b in combinations(vs, 2):
            if a.doc == b.doc or (a.i, b.i) in judged:
                continue
            ps = event_score(a, b, idx)
            if ps is None:
                continue
            ps.score += weight
            ps.anchored = True
            ps.evidence.append(f"a kind of thing few articles count ({kind.split(':', 1)[1]})")
            verdict = relate(a, b, ps, idx)
            if verdict is not None:
                out.append(verdict)
    return out
