"""Independent origins of an event, and an Admiralty-style grade.

Articles are not sources: seven articles repeating one UN report seen by one news agency are
one origin. A claim's origin is the root of its source chain: the last element of
``[speaker, *via]`` that is not a news medium (media are conduits), or the last element when
all are media, or the outlet itself when the claim has neither speaker nor source. Officials
and institutions count for their state (``Actor.country``): two US officials are one origin.
Within an event, origins also merge when one claim's root is a conduit in another claim's
chain (a claim resting only on "Reuters" joins "a UN report seen by Reuters"), and when an
outlet's unattributed claim repeats another claim nearly word for word (copying).

The grade follows the Admiralty (NATO) scale of information credibility:

- **confirmed**: asserted by two or more independent origins, at least one without hedging,
  with no figures in conflict and no denial except by the accused party;
- **probably true**: two or more independent origins that disagree on details (figures) or
  are contradicted by another party;
- **possibly true**: one origin, not contested except by the accused; or more origins that
  are contradicted as often as they are supported;
- **doubtful**: one origin that is hedged throughout or contested by another party, or no
  origin asserting it at all (only denials).
"""
from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from .compare import Verdict
from .features import ActorIndex, ClaimView, settings, words
from .grouping import UnionFind

GRADES = ("confirmed", "probably true", "possibly true", "doubtful")
COPY_SIMILARITY = 90          # token-sort ratio from which an unattributed repeat is a copy
COPY_MIN_WORDS = 6


@dataclass
class Element:
    """One link of a source chain."""

    key: str
    label: str
    media: bool


@dataclass
class Origin:
    """One independent origin of an event: its root, and the claims resting on it."""

    key: str
    label: str
    claims: list[int] = field(default_factory=list)
    conduits: list[str] = field(default_factory=list)


def _actor_element(aid: str, idx: ActorIndex, label: str | None = None) -> Element:
    kind = idx.kind(aid)
    if kind == "media":
        return Element("actor:" + aid, idx.name(aid) or label or aid, True)
    return Element("actor:" + (idx.root(aid) or aid), idx.name(aid) or label or aid, False)


def _name_key(name: str) -> str:
    drop = set(settings()["origin_drop_words"])
    ws = [w.lower() for w in words(name)]
    kept = [w for w in ws if w not in drop] or ws
    return "source:" + " ".join(kept)


def chain(v: ClaimView, idx: ActorIndex) -> list[Element]:
    """The claim's source chain, nearest first: speaker (or outlet), then ``via``."""
    c = v.claim
    out: list[Element] = []
    if c.speaker:
        out.append(_actor_element(c.speaker, idx, c.speaker_text))
    elif c.speaker_text:
        key = _name_key(c.speaker_text)
        if not any(w[:1].isupper() for w in words(c.speaker_text)[1:]):
            key += "@" + v.speaker_key      # "a diplomatic source": one per outlet, not one in all
        out.append(Element(key, c.speaker_text, False))
    for via in c.via:
        if via.actor:
            out.append(_actor_element(via.actor, idx, via.name))
            continue
        found = idx.alias.get(tuple(w.lower() for w in words(via.name)))
        if found:
            out.append(_actor_element(found, idx, via.name))
        else:
            out.append(Element(_name_key(via.name), via.name, False))
    return out


def root(v: ClaimView, idx: ActorIndex) -> Element:
    """The origin a claim rests on (see the module docstring)."""
    return _root(chain(v, idx), v)


def _root(els: list[Element], v: ClaimView) -> Element:
    """``root`` of a chain already read."""
    for el in reversed(els):
        if not el.media:
            return el
    if els:
        return els[-1]
    return Element(v.speaker_key, v.speaker_label, False)


def _plain(v: ClaimView) -> str:
    return " ".join(w.lower() for w in words(v.content))


def independent_origins(views: list[ClaimView], idx: ActorIndex) -> list[Origin]:
    """Cluster the claims of one event by independent origin (largest first)."""
    chains = [chain(v, idx) for v in views]     # read once, not four times per claim
    roots = [_root(els, v) for els, v in zip(chains, views)]
    keys = sorted({r.key for r in roots} | {el.key for els in chains for el in els})
    pos = {k: n for n, k in enumerate(keys)}
    uf = UnionFind(len(keys))
    for els, r in zip(chains, roots):
        for el in els:
            if el.media and el.key != r.key:
                uf.union(pos[el.key], pos[r.key])     # the conduit carries that origin here
    # An outlet's own claim that repeats another claim nearly word for word is a copy.
    plain = [_plain(v) for v in views]
    unattributed = [not v.claim.speaker and not v.claim.via for v in views]
    if len(views) <= 400:
        loose = [y for y in range(len(views)) if unattributed[y]]
        for x in range(len(views)):
            if len(plain[x].split()) < COPY_MIN_WORDS:
                continue
            # an attributed claim is compared with the outlets' own claims only (the same pairs, fewer tests)
            for y in (range(x + 1, len(views)) if unattributed[x] else loose[bisect_right(loose, x):]):
                if views[x].doc == views[y].doc:
                    continue
                if fuzz.token_sort_ratio(plain[x], plain[y]) >= COPY_SIMILARITY:
                    uf.union(pos[roots[x].key], pos[roots[y].key])
    clusters: dict[int, Origin] = {}
    for n, (v, r) in enumerate(zip(views, roots)):
        c = uf.find(pos[r.key])
        o = clusters.get(c)
        if o is None:
            o = clusters[c] = Origin(key=r.key, label=r.label)
        o.claims.append(n)
        for el in chains[n]:
            if el.media and el.label not in o.conduits and el.key != r.key:
                o.conduits.append(el.label)
    return sorted(clusters.values(), key=lambda o: (-len(o.claims), o.key))


def _describe(o: Origin, views: list[ClaimView]) -> str:
    label = o.label
    via = [c for c in o.conduits if c != label]
    extra = f" via {', '.join(via)}" if via else ""
    return f"{label}{extra} ({len(o.claims)} claim{'s' * (len(o.claims) != 1)})"


def grade(views: list[ClaimView], origins: list[Origin], verdicts: list[Verdict],
          subject: str | None, idx: ActorIndex) -> tuple[str, list[str]]:
    """An Admiralty-style grade for one event, with the reasons behind it.

    views (list): the claims of the event; ``origins`` index into it.
    verdicts (list): the links found between its claims.
    subject (str | None): the actor the event is about (its denials are "by the accused").
    RETURNS (tuple): (grade, reasons).
    """
    docs = len({v.doc for v in views})
    reasons = [f"{docs} article{'s' * (docs != 1)}, {len(origins)} independent origin{'s' * (len(origins) != 1)}: "
               + "; ".join(_describe(o, views) for o in origins[:6])]
    supporting, firm, contesting, accused = [], [], [], []
    for o in origins:
        members = [views[n] for n in o.claims]
        pos = [v for v in members if not v.negative]
        neg = [v for v in members if v.negative or v.rejecting]
        if pos:
            supporting.append(o)
            if any(not v.hedged for v in pos):
                firm.append(o)
        if neg and not pos:
            by_accused = subject and all(v.speaker and idx.compatible(v.speaker, subject) for v in neg)
            (accused if by_accused else contesting).append(o)
    figure_conflicts = [x for x in verdicts if x.kind == "contradicts" and x.a.figure and x.b.figure
                        and not x.a.negative and not x.b.negative]
    if accused:
        reasons.append("denied by the accused party: " + ", ".join(o.label for o in accused))
    if contesting:
        reasons.append("contested by: " + ", ".join(o.label for o in contesting))
    if figure_conflicts:
        pairs = sorted({f"{x.a.figure.point:g} vs {x.b.figure.point:g}" for x in figure_conflicts})
        reasons.append("figures disagree: " + ", ".join(pairs[:4]))
    if supporting and not firm:
        reasons.append("every supporting claim is hedged")
    n = len(supporting)
    if n == 0:
        reasons.append("no origin asserts it; only denials")
        return "doubtful", reasons
    if n >= 2:
        if len(contesting) >= n:
            return "possibly true", reasons
        if firm and not contesting and not figure_conflicts:
            reasons.append(f"asserted by {n} independent origins")
            return "confirmed", reasons
        reasons.append(f"{n} independent origins agree it happened but not on every detail")
        return "probably true", reasons
    if not firm or contesting:
        reasons.append("a single origin" + (", hedged" if not firm else "") + (", contested" if contesting else ""))
        return "doubtful", reasons
    reasons.append("a single origin, not independently confirmed")
    return "possibly true", reasons


def origin_counts(views: list[ClaimView], idx: ActorIndex) -> dict[str, int]:
    """Articles and independent origins of a set of claims ("7 articles, 2 independent origins")."""
    return {"articles": len({v.doc for v in views}), "origins": len(independent_origins(views, idx))}


def group_by_origin(views: list[ClaimView], idx: ActorIndex) -> dict[str, list[ClaimView]]:
    """Claims keyed by the label of their independent origin."""
    out: dict[str, list[ClaimView]] = defaultdict(list)
    for o in independent_origins(views, idx):
        out[o.label].extend(views[n] for n in o.claims)
    return dict(out)
