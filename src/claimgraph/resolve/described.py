"""A denial that names the accused by description: "denied that foreign fighters take part in the fighting".

Officials rarely name the company whose men they deny: "foreign fighters", "mercenaries",
"foreign contractors" (``described.phrases`` in ``data/crosscheck.yaml``); "there are no foreign
mercenaries in X" denies as much as "denied that …". Such a denial
contradicts a claim that a company or armed group's hired men are in the fight ("Korva
contractors move with the army") when the two are tied: in one article, or at one place (the
denial's, and one the claim or its article names). The claim must describe the group's people
with a hired-personnel noun next to its name (``described.hired``: contractors, mercenaries, instructors …), say they act or are present (a
deployment or combat event type, or a word of ``described.acts``) and count no other kind of thing
(planes); the claim must not be the denier's side's own words. A denial by the group's own side is
the accused's denial, and stands.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .actor_index import ActorIndex
from .compare import Verdict, _quote
from .features import ClaimView
from .owners import _GROUPS, BARE_KINDS, _group_by_prefix
from .text import settings, stem, words


@lru_cache(maxsize=1)
def _cfg() -> dict:
    return settings().get("described") or {}


@lru_cache(maxsize=1)
def _phrases() -> tuple[tuple[str, ...], ...]:
    return tuple(t for t in (tuple(stem(w) for w in words(str(p))) for p in _cfg().get("phrases", [])) if t)


@lru_cache(maxsize=1)
def _stems(key: str) -> frozenset[str]:
    return frozenset(stem(w) for p in _cfg().get(key, []) for w in words(str(p)))


def _has_phrase(text: str) -> bool:
    ws = [stem(w) for w in words(text)]
    return any(tuple(ws[k:k + len(p)]) == p for p in _phrases() for k in range(len(ws) - len(p) + 1))


def _hired_groups(v: ClaimView, idx: ActorIndex) -> list[str]:
    """The companies and armed groups whose hired men a claim names: a hired-personnel noun within
    ``described.window`` words of the group's name ("Korva contractors", "mercenaries of the Korva
    Group", "the private military contractor Korva Group"); a bare name read as a place counts for
    its group. Only when the claim says they act or are present (``_acting``)."""
    marked, _ = idx.find(words(v.content))
    hired, span = _stems("hired"), int(_cfg().get("window", 3))
    out = set()
    for k, w in enumerate(marked):
        if not w.startswith("@"):
            continue
        x = w[1:]
        g = x if idx.kind(x) in _GROUPS else _group_by_prefix(idx, x) if idx.kind(x) in BARE_KINDS else None
        near = [(abs(j - k), t) for j, t in enumerate(marked) if 0 < abs(j - k) <= span]
        gaps = [gap for gap, t in near if not t.startswith("@") and stem(t) in hired]
        if g and gaps:
            # the nearest first; a company before an armed force ("private military contractor X")
            out.add((min(gaps), idx.kind(g) == "armed_group", g))
    return [g for _, _, g in sorted(out)] if out and _acting(v) else []


def _acting(v: ClaimView) -> bool:
    """Does a claim say men act or are present ("move with the army"), and count nothing but men?"""
    if v.kinds - {"combatants"}:
        return False                           # "planes deployed in support of the Korva Group"
    acting = set(settings()["type_groups"].get("deploy", [])) | set(settings()["type_groups"].get("force", []))
    return v.type in acting or bool({stem(w) for w in words(v.content)} & _stems("acts"))


_NONE = re.compile(r"^(?:that\s+)?there\s+(?:is|are|was|were|has\s+been|have\s+been)\s+no\b", re.I)


def _denies(d: ClaimView) -> bool:
    """A denial, or a statement that there are none ("there are no foreign mercenaries in X")."""
    return d.stance == "denies" or d.rejecting or bool(_NONE.match(d.content))


def described_denials(views: list[ClaimView], idx: ActorIndex) -> list[Verdict]:
    """Denials of "foreign fighters" against claims that a group's hired men are in the fight.

    RETURNS (list[Verdict]): contradicts links, the asserting claim first.
    """
    denials = [d for d in views if (d.speaker or d.speaker_text) and _denies(d) and _has_phrase(d.content)]
    if not denials:
        return []
    by_doc: dict[str, list[ClaimView]] = {}
    by_place: dict[str, list[ClaimView]] = {}
    groups_of: dict[int, list[str]] = {}
    for v in views:
        # hired nouns are counts of men: a content naming none is not read again
        groups = [] if v.negative or "combatants" not in v.kinds else _hired_groups(v, idx)
        if not groups:
            continue
        groups_of[v.i] = groups
        by_doc.setdefault(v.doc, []).append(v)
    # the places of the claim and of its whole article: a story about a province says where its
    # contractors move even in a sentence that names no place ("move with the army")
    doc_places: dict[str, set[str]] = {doc: set() for doc in by_doc}
    for v in views:
        if v.doc in doc_places:
            doc_places[v.doc] |= v.own_places
    for doc, vs in by_doc.items():
        for v in vs:
            for p in v.ctx_places | doc_places[doc]:
                by_place.setdefault(p, []).append(v)
    out = []
    limit = int(_cfg().get("max_links", 10))
    for d in denials:
        side = idx.root(d.speaker)
        cands = {v.i: v for v in by_doc.get(d.doc, ())}
        for p in d.ctx_places:
            cands.update((v.i, v) for v in by_place.get(p, ()))
        hits = []
        for v in cands.values():
            if side and v.speaker and idx.compatible(idx.root(v.speaker), side):
                continue                       # its own side's words
            if d.day is not None and v.day is not None and \
                    abs(d.day - v.day) > settings()["dates"]["far_days"]:
                continue                       # months apart: another phase of the war
            hits.append((v, groups_of[v.i][0]))
        for v, g in sorted(hits, key=lambda h: h[0].claim.id)[:limit]:
            out.append(Verdict("contradicts", v, d,
                               f"{d.speaker_label} denies what {v.speaker_label} asserts: {_quote(d.content)} vs "
                               f"{_quote(v.content)} — same event: the foreign force it denies is {idx.name(g)}'s men"))
    return out
