"""Compare two claims: are they about the same event, and if so do they agree?

``event_score`` adds up evidence that two claims report one real-world event (compatible
actors, PLOVER types, figures of the same kind, shared rare words, place, date, a denial by
the accused) and vetoes pairs whose doers are different actors. ``relate`` turns a pair at or
above the threshold into a link: ``contradicts`` (assertion vs denial, or figures that cannot
both hold), ``updates`` (a later, higher tally of a cumulative kind, e.g. a death toll) or
``corroborates`` (same figure, or the same event from another speaker). Weights, tolerances
and thresholds are in ``data/crosscheck.yaml``.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .features import INF, ActorIndex, ClaimView, Figure, cosine, settings, topic_cosine


@dataclass
class PairScore:
    """The evidence that two claims report one event."""

    score: float
    why: list[str]
    similarity: float          # TF-IDF cosine of the contents
    topic: float               # the same, without actor names
    by_accused: bool           # one denies what the other says its speaker's side did
    anaphora: bool = False     # a content-less denial linked to the claim just before it


@dataclass
class Verdict:
    """A link between two claims, before it gets an id. For ``updates``, ``a`` is the earlier."""

    kind: str
    a: ClaimView
    b: ClaimView
    reason: str


def _fmt(x: float) -> str:
    return f"{x:,.0f}" if x == int(x) else f"{x:,.1f}"


def _quote(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    return f"“{text[:n].rstrip()}…”" if len(text) > n else f"“{text}”"


def _same_point(x: Figure, y: Figure) -> bool:
    return abs(x.point - y.point) <= settings()["figures"]["equal_tolerance"] * max(x.point, y.point)


def _accused(v: ClaimView, idx: ActorIndex) -> set[str]:
    """Who the claim says did something: its doer, else the actors its content names."""
    if v.subject:
        return {v.subject}
    return set(v.actors)


def denier_matches(den: ClaimView, ass: ClaimView, idx: ActorIndex) -> str | None:
    """The accused party of ``ass`` that the speaker of ``den`` stands for, if any."""
    if not den.speaker:
        return None
    return idx.any_compatible(den.speaker, sorted(_accused(ass, idx)))


def event_score(a: ClaimView, b: ClaimView, idx: ActorIndex) -> PairScore | None:
    """How strongly two claims report the same event.

    RETURNS (PairScore | None): the score with its evidence, or None when they cannot be the
    same event (different doers, or a claim compared with itself).
    """
    if a.claim.id == b.claim.id:
        return None
    cfg = settings()
    w = cfg["weights"]
    score, why = 0.0, []
    if a.subject and b.subject:
        if not idx.compatible(a.subject, b.subject):
            return None
        score += w["subject_same"]
        why.append(f"same actor ({idx.name(a.subject)})" if a.subject == b.subject
                   else f"compatible actors ({idx.name(a.subject)} / {idx.name(b.subject)})")
    elif a.subject or b.subject:
        known, other = (a, b) if a.subject else (b, a)
        if idx.any_compatible(known.subject, sorted(other.actors)):
            score += w["subject_in_content"]
            why.append(f"{idx.name(known.subject)} named in both")
    same_target = False
    if a.object and b.object:
        if idx.compatible(a.object, b.object):
            score += w["object_same"]
            same_target = True
            why.append(f"same target ({idx.name(a.object)})")
        else:
            score += w["object_conflict"]
    models = a.models & b.models
    if models:
        score += min(w["shared_model_max"], w["shared_model"] * len(models))
        why.append("same models (" + ", ".join(sorted(m.upper() for m in models)) + ")")
    if a.type and b.type:
        if a.type == b.type:
            score += w["type_same"]
            why.append(f"same type {a.type}")
        elif set(a.type_groups) & set(b.type_groups):
            score += w["type_related"]
            why.append(f"related types {a.type}/{b.type}")
        else:
            score += w["type_conflict"]
    if a.figure and b.figure:
        shared = a.figure.families & b.figure.families
        if not shared:
            score += w["quantity_family_conflict"]
        elif compare_figures(a.figure, b.figure) is not None:   # else: other models or magnitudes
            score += w["quantity_family"]
            if a.doc == b.doc:
                score += w["same_article_figures"]
            if _same_point(a.figure, b.figure):
                score += w["quantity_equal"]
                why.append(f"same figure ({_fmt(a.figure.point)})")
            else:
                why.append(f"figures of the same kind ({', '.join(sorted(shared))})")
    sim = cosine(a, b)
    topic = topic_cosine(a, b)
    if sim > 0:
        score += w["similarity"] * sim
        if sim >= 0.2:
            why.append(f"similar wording ({sim:.2f})")
    if a.places and b.places and not same_target:
        if a.places & b.places:
            score += w["place_same"]
            why.append(f"same place ({sorted(a.places & b.places)[0].title()})")
        elif a.place_countries and b.place_countries and not (a.place_countries & b.place_countries):
            score += w["place_conflict"]
    elif not same_target and ((a.places & b.named_places) or (b.places & a.named_places)):
        score += w["place_named"]
        why.append(f"place named in both ({sorted((a.places & b.named_places) or (b.places & a.named_places))[0].title()})")
    if a.event_day is not None and b.event_day is not None:
        gap = abs(a.event_day - b.event_day)
        if gap <= cfg["dates"]["close_days"]:
            score += w["date_close"]
            why.append("same dates")
        elif gap > cfg["dates"]["far_days"]:
            score += w["date_far"]
    by_accused = False
    if a.negative != b.negative or a.rejecting or b.rejecting:
        for den, ass in ((a, b), (b, a)):
            if (den.negative or den.rejecting) and not ass.negative:
                hit = denier_matches(den, ass, idx)
                if hit:
                    score += w["denier_accused"]
                    by_accused = True
                    why.append(f"denied by the accused ({idx.name(den.speaker)})")
                    break
    return PairScore(score=score, why=why, similarity=sim, topic=topic, by_accused=by_accused)


# -- figures -----------------------------------------------------------------------------------

def compare_figures(x: Figure, y: Figure) -> tuple[str, str] | None:
    """Compare two figures that may count the same thing.

    RETURNS (tuple | None): ("equal" | "consistent" | "conflict", explanation), or None when
    they count different kinds of thing.
    """
    fams = x.families & y.families
    if not fams:
        return None
    cfg = settings()["figures"]
    eq, slack = cfg["equal_tolerance"], cfg["bound_slack"]
    if (x.ambiguous or y.ambiguous) and max(x.point, y.point) > cfg["ambiguous_ratio"] * min(x.point, y.point):
        return None                       # "8 fighters" and "1,200 fighters" are jets and men
    if x.specific and y.specific and x.unit_key != y.unit_key:
        return None                       # "MiG-29s" and "Su-24s" are different models
    if x.specific != y.specific:
        part, whole = (x, y) if x.specific else (y, x)
        # A count of one model is a part of the count of its family: it can only exceed it.
        if part.lo > whole.hi * (1 + eq):
            return "conflict", f"{_fmt(part.point)} of one model exceed {_fmt(whole.point)} in all"
        return "consistent", f"{_fmt(part.point)} of one model fit within {_fmt(whole.point)} in all"
    if x.hi < y.lo * (1 - eq) or y.hi < x.lo * (1 - eq):
        return "conflict", f"{_fmt(x.point)} vs {_fmt(y.point)}"
    for p, q in ((x, y), (y, x)):
        # "at least 8" reads as a count near 8, "up to 1,200" as one near 1,200: a figure far
        # beyond the bound is a different estimate, not a refinement.
        if p.bound == "at_least" and q.point > p.point * slack and q.lo > p.point * slack * (1 - eq):
            return "conflict", f"{_fmt(q.point)} is far above the lower bound {_fmt(p.point)}"
        if p.bound == "at_most" and q.point < p.point / slack and q.hi < p.point / slack * (1 + eq):
            return "conflict", f"{_fmt(q.point)} is far below the upper bound {_fmt(p.point)}"
    if abs(x.point - y.point) <= eq * max(x.point, y.point):
        return "equal", f"{_fmt(x.point)} = {_fmt(y.point)}"
    lo, hi = max(x.lo, y.lo), min(x.hi, y.hi)
    span = f"{_fmt(lo)}–{_fmt(hi)}" if hi < INF else f"{_fmt(lo)} or more"
    return "consistent", f"{_fmt(x.point)} and {_fmt(y.point)} both allow {span}"


def _when(d: int | None) -> str:
    return date.fromordinal(d).isoformat() if d else "undated"


def _fig_side(v: ClaimView) -> str:
    f = v.figure
    total = "" if f.text.strip().startswith(_fmt(f.point)) else f" (= {_fmt(f.point)})"
    return f"{_quote(f.text, 60)}{total} ({v.speaker_label})"


def relate(a: ClaimView, b: ClaimView, ps: PairScore, idx: ActorIndex) -> Verdict | None:
    """The link between two claims about one event, or None (no link to record).

    a, b (ClaimView): two claims; ``ps`` is their ``event_score``.
    RETURNS (Verdict | None): corroborates, contradicts or updates with a human-readable reason.
    """
    score, why = ps.score, ps.why
    cfg = settings()
    th = cfg["thresholds"]
    if score < min(th["same_event"], th["figures"], th["denial"]) or a.claim.id == b.claim.id:
        return None
    same_speaker = a.speaker_key == b.speaker_key
    if same_speaker and a.doc == b.doc and a.sentence == b.sentence:
        return None                      # one speaker, one sentence: parts of one statement
    evidence = "; ".join(why)
    neg_a = a.negative or (a.rejecting and not b.negative and denier_matches(a, b, idx))
    neg_b = b.negative or (b.rejecting and not a.negative and denier_matches(b, a, idx))
    if bool(neg_a) != bool(neg_b):
        if same_speaker and a.doc == b.doc:
            return None                  # a speaker's "not X, but Y" is not a contradiction
        den, ass = (a, b) if neg_a else (b, a)
        if ps.anaphora:
            pass                         # "denied the allegations" right after them
        elif den.claim.stance == "denies" or den.rejecting:
            # a speaker's denial: of what his side is accused of, or of the same event
            if ps.by_accused:
                if ps.topic < th["denial_topic"] or score < th["denial"]:
                    return None
            elif ps.topic < th["negation_topic"] or score < th["same_event"]:
                return None              # a third party's denial needs the same wording
        elif not (score >= th["same_event"] and a.subject and b.subject and a.type and b.type
                  and set(a.type_groups) & set(b.type_groups) and ps.topic >= th["negation_topic"]):
            return None                  # "X did not do Y" needs the same doer, type and wording
        return Verdict("contradicts", ass, den,
                       f"{den.speaker_label} denies what {ass.speaker_label} asserts: {_quote(den.content)} vs "
                       f"{_quote(ass.content)} — same event: {evidence}")
    if a.figure and b.figure and not a.negative and score >= th["figures"]:
        cmp = compare_figures(a.figure, b.figure)
        if cmp is not None:
            how, detail = cmp
            fam = ", ".join(sorted(a.figure.families & b.figure.families))
            if how == "conflict":
                earlier, later = (a, b) if (a.day or 0) <= (b.day or 0) else (b, a)
                cumulative = set(cfg["cumulative"]) & a.figure.families & b.figure.families
                if (cumulative and earlier.day is not None and later.day is not None
                        and later.day > earlier.day and later.figure.point > earlier.figure.point):
                    return Verdict("updates", earlier, later,
                                   f"later tally for the same event: {_fmt(earlier.figure.point)} "
                                   f"({_when(earlier.day)}, {earlier.speaker_label}) → {_fmt(later.figure.point)} "
                                   f"({_when(later.day)}, {later.speaker_label}) — same event: {evidence}")
                if same_speaker and a.doc == b.doc:
                    return None
                return Verdict("contradicts", a, b,
                               f"different figures for {fam}: {_fig_side(a)} vs {_fig_side(b)}: {detail} — "
                               f"same event: {evidence}")
            if how == "equal" and not (same_speaker and a.doc == b.doc):
                return Verdict("corroborates", a, b,
                               f"same figure for {fam}: {_fig_side(a)} and {_fig_side(b)} — same event: {evidence}")
            if how == "consistent" and not same_speaker:
                return Verdict("corroborates", a, b,
                               f"consistent figures for {fam} ({detail}): {_fig_side(a)} and {_fig_side(b)} — "
                               f"same event: {evidence}")
            return None
    if score >= th["corroborate"] and not same_speaker and ps.similarity >= th["corroborate_similarity"]:
        both = "both deny" if a.negative else "both report"
        return Verdict("corroborates", a, b,
                       f"{both} it: {a.speaker_label} {_quote(a.content, 70)} and {b.speaker_label} "
                       f"{_quote(b.content, 70)} — same event: {evidence}")
    return None
