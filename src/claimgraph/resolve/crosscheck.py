"""Cross-checking claims across documents: event groups, links, origins and grades.

    links, events, claim_group = crosscheck(claims, actors, documents)

1. ``features``: each claim read once (doer and target as root actors, PLOVER type, figure
   as an interval with its kind of thing, content words, place, dates, stance).
2. ``grouping``: candidate pairs by blocking (near-linear), scored by ``compare.event_score``;
   pairs at or above the threshold are the same event; groups are connected components.
3. ``compare.relate``: each same-event pair becomes ``corroborates``, ``contradicts`` or
   ``updates`` with a human-readable reason.
4. ``origins``: independent origins per group and an Admiralty-style grade with reasons.

Called by ``resolve.run`` after actor ids are filled into the claims. See docs/crosscheck.md.
"""
from __future__ import annotations

from array import array
from collections import Counter
from typing import Iterable

from ..model import Actor, Claim, Document, EventGroup, Link
from .compare import Verdict, relate
from .features import ActorIndex, ClaimView, build_views, settings
from .grouping import candidate_codes, group_edges, scan_pairs
from .linkstream import GroupVerdicts, LinkStream
from .origins import grade, independent_origins
from .parallel import make_events, relate_pairs
from .denied_sources import answer_denials, report_denials
from .described import described_denials
from .rare_kinds import rare_kind_links
from .unnamed_accused import unnamed_accused_denials
from .owners import add_nationality


def _most_common(values) -> str | None:
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    top = max(counts.values())
    return min(v for v, n in counts.items() if n == top)


def _iso(day: int | None) -> str | None:
    from datetime import date

    return date.fromordinal(day).isoformat() if day else None


def _label(views: list[ClaimView], type_: str | None, subject: str | None, obj: str | None,
           idx: ActorIndex) -> str:
    parts = [idx.name(subject) or "?", type_ or "?"]
    if obj:
        parts.append(idx.name(obj) or obj)
    head = " ".join(parts) if subject or type_ else ""
    by_family: dict[str, set[float]] = {}
    for v in views:
        if v.figure and not v.negative:
            by_family.setdefault(" / ".join(sorted(v.figure.families)), set()).add(v.figure.point)
    fig = ""
    if by_family:
        shown = "; ".join(", ".join(f"{x:g}" for x in sorted(pts)[:4]) + f" {fam}"
                          for fam, pts in sorted(by_family.items(), key=lambda kv: -len(kv[1]))[:3])
        fig = f" ({shown})"
    if head:
        return head + fig
    text = " ".join(views[0].content.split())
    return (text[:80] + "…" if len(text) > 80 else text) + fig


def make_event(gid: str, views: list[ClaimView], verdicts: list[Verdict], idx: ActorIndex) -> EventGroup:
    """One EventGroup from the claims of a component and the links among them."""
    subject = _most_common(v.subject for v in views if not v.negative) or _most_common(v.subject for v in views)
    type_ = _most_common(v.type for v in views)
    obj = _most_common(v.object for v in views)
    origins = independent_origins(views, idx)
    g, reasons = grade(views, origins, verdicts, subject, idx)
    days = [v.event_day if v.event_day is not None else v.report_day for v in views]
    days = [d for d in days if d is not None]
    return EventGroup(id=gid, type=type_, subject=subject, object=obj,
                      claims=[v.claim.id for v in sorted(views, key=lambda v: v.claim.id)],
                      documents=len({v.doc for v in views}), origins=len(origins), grade=g, reasons=reasons,
                      label=_label(views, type_, subject, obj, idx),
                      first_date=_iso(min(days)) if days else None, last_date=_iso(max(days)) if days else None)


def crosscheck(claims: Iterable[Claim], actors: list[Actor], documents: dict[str, Document], *,
               stream_links: bool = False) -> tuple[list[Link], list[EventGroup], dict[str, str]]:
    """Group claims into events and link those that agree, contradict or update each other.

    claims (iterable): every claim of the store, with actor ids filled in (read once: may be a stream).
    actors (list[Actor]): the resolved actors (``country`` makes an official count for his state).
    documents (dict): document id → Document (outlet, published date).
    stream_links (bool): give the links as a ``LinkStream`` (made as read, once; the corpus stage's write).
    RETURNS (tuple): links, event groups, and claim id → event group id.
    """
    idx = ActorIndex(actors)
    # the views hold what the cross-check reads, not the claims: ``claims`` may be a stream (resolve.run)
    views = build_views(claims, idx, documents, keep_claims=False)
    add_nationality(views, idx)
    n = len(views)
    same_event = settings()["thresholds"]["same_event"]
    # Pairs are scored and related as they come (in several processes, resolve/parallel.py); only
    # the edges of the grouping stay, as flat arrays.
    verdicts, edges, scores = relate_pairs(views, idx, candidate_codes(views, idx), same_event)
    # Denials of a source (a report called false, an interview answer): links scoring cannot see.
    contra = verdicts.kinds.index("contradicts") if "contradicts" in verdicts.kinds else -1
    seen = {(a, b) for a, b, k in zip(verdicts.a, verdicts.b, verdicts.kind) if k == contra}
    for x in (*report_denials(views, idx), *answer_denials(views, idx), *described_denials(views, idx),
              *rare_kind_links(views, idx, verdicts.a, verdicts.b), *unnamed_accused_denials(views, idx)):
        if (x.a.i, x.b.i) not in seen and (x.b.i, x.a.i) not in seen:
            seen.add((x.a.i, x.b.i))
            verdicts.append(x)
            edges.append(min(x.a.i, x.b.i) * n + max(x.a.i, x.b.i))
            scores.append(same_event)
    del seen
    verdicts.flush()                  # the reasons in the scratch file before event groups fork
    comps = group_edges(n, edges, scores, views)
    del edges, scores
    kept = []
    for comp in comps:
        if len(comp) == 1:
            v = views[comp[0]]
            if not (v.type and v.subject):
                continue          # a lone untyped sentence is not an event
        kept.append(comp)
    kept.sort(key=lambda comp: min(views[i].claim.id for i in comp))
    claim_group: dict[str, str] = {}
    # a view's group number (0: none) and each group's verdict numbers: flat arrays, not a dict per claim
    comp_of = array("i", bytes(4 * n))
    for n, comp in enumerate(kept, start=1):
        for i in comp:
            comp_of[i] = n
    by_comp: dict[int, array] = {}
    for k, a in enumerate(verdicts.a):
        n = comp_of[a]
        if n:
            by_comp.setdefault(n, array("i")).append(k)
    # in several processes (resolve/parallel.py); a group's verdicts are made from the log as it is read
    events = make_events(make_event, kept, views, GroupVerdicts(verdicts, by_comp), idx)
    for n, comp in enumerate(kept, start=1):
        gid = f"e{n}"                 # one string per group, not one per claim
        for i in comp:
            claim_group[views[i].claim.id] = gid
    del comp_of, by_comp
    # links numbered in order of (first claim, second claim, kind), each made as it is read
    links = LinkStream(verdicts, claim_group)
    return (links if stream_links else list(links)), events, claim_group
