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

# the reasons' wording (compare_text.py); _quote is re-exported for the modules that word their own links
from .compare_text import _describe, _fig_side, _fmt, _quote, _when  # noqa: F401
from .features import ActorIndex, ClaimView, settings
from .figures import INF, Figure, ambiguous_words, one_says_who
from .levels import changed_level
from .owners import implied_owner, owners_meet
from .tallies import above_floor, revision, rising_tally
from .voices import named_apart as _named_apart, own_act as _own_act


@dataclass
class PairScore:
    """The evidence that two claims report one event.

    ``evidence`` holds codes (formatted only for the pairs that are kept, see ``explain``)
    or ready phrases.
    """

    score: float
    evidence: list
    similarity: float          # TF-IDF cosine of the contents
    topic: float               # the same, without actor names
    by_accused: bool           # one denies what the other says its speaker's side did
    anaphora: bool = False     # a content-less denial linked to the claim just before it
    anchored: bool = False     # something besides their kind ties two figures (doer, place, actor, article)
    owners: int = 0            # +1 figures count one force's people, -1 two forces' (owners.py), 0 unknown

    def explain(self, idx: ActorIndex) -> list[str]:
        """The evidence as human-readable phrases."""
        return [e if isinstance(e, str) else _EXPLAIN[e[0]](idx, *e[1:]) for e in self.evidence]


def _places(p) -> str:
    return sorted(p)[0].title()


_EXPLAIN = {
    "subject": lambda idx, x, y: (f"same actor ({idx.name(x)})" if x == y
                                  else f"compatible actors ({idx.name(x)} / {idx.name(y)})"),
    "named": lambda idx, x: f"{idx.name(x)} named in both",
    "target": lambda idx, x: f"same target ({idx.name(x)})",
    "models": lambda idx, m: "same models (" + ", ".join(sorted(x.upper() for x in m)) + ")",
    "type": lambda idx, t: f"same type {t}",
    "types": lambda idx, t, u: f"related types {t}/{u}",
    "figure": lambda idx, x: f"same figure ({_fmt(x)})",
    "kind": lambda idx, fams: f"figures of the same kind ({', '.join(sorted(fams))})",
    "wording": lambda idx, sim: f"similar wording ({sim:.2f})",
    "place": lambda idx, p: f"same place ({_places(p)})",
    "named_place": lambda idx, p: f"place named in both ({_places(p)})",
    "dates": lambda idx: "same dates",
    "reported": lambda idx: "reported within days",
    "anchor": lambda idx, xs: "both about " + ", ".join(sorted(idx.name(x) or x for x in xs)),
    "near": lambda idx, gap: ("juxtaposed in one sentence" if gap == 0 else
                              f"juxtaposed in one article ({gap} sentence{'s' * (gap > 1)} apart)"),
    "cited": lambda idx, x: f"one cites the other's figure ({_fmt(x)})",
    "sum": lambda idx, x: f"the parts of one add up to the other's figure ({_fmt(x)})",
    "distinct": lambda idx, x: f"the same uncommon figure ({_fmt(x)})",
    "kinds": lambda idx, ks: f"both about {', '.join(sorted(ks))}",
    "accused": lambda idx, x: f"denied by the accused ({idx.name(x)})",
    "owner": lambda idx, xs: "counts of one force (" + ", ".join(sorted(idx.name(x) or x for x in xs)) + ")",
    "answers": lambda idx, x: f"the denial names the accuser's side ({idx.name(idx.root(x))})",
}


@dataclass(slots=True)   # slots: millions of verdicts at corpus scale (72 bytes each, not about 150)
class Verdict:
    """A link between two claims, before it gets an id. For ``updates``, ``a`` is the earlier."""

    kind: str
    a: ClaimView
    b: ClaimView
    reason: str


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
    if a.id == b.id:                  # a view has its claim's id (no property call per pair)
        return None
    cfg = settings()
    w = cfg["weights"]
    score, why = 0.0, []
    reported_close = False
    if a.subject and b.subject:
        if not idx.compatible(a.subject, b.subject):
            return None
        score += w["subject_same"]
        why.append(("subject", a.subject, b.subject))
    elif a.subject or b.subject:
        known, other = (a, b) if a.subject else (b, a)
        if other.actors and idx.any_compatible(known.subject, sorted(other.actors)):
            score += w["subject_in_content"]
            why.append(("named", known.subject))
    same_target = False
    if a.object and b.object:
        if idx.compatible(a.object, b.object):
            score += w["object_same"]
            same_target = True
            why.append(("target", a.object))
        else:
            score += w["object_conflict"]
    if a.models and b.models:
        models = a.models & b.models
        if models:
            score += min(w["shared_model_max"], w["shared_model"] * len(models))
            why.append(("models", models))
    if a.type and b.type:
        if a.type == b.type:
            score += w["type_same"]
            why.append(("type", a.type))
        elif set(a.type_groups) & set(b.type_groups):
            score += w["type_related"]
            why.append(("types", a.type, b.type))
        else:
            score += w["type_conflict"]
    figures = False
    owners = 0
    if a.figure and b.figure:
        shared = a.figure.families & b.figure.families
        owners = owners_meet(a.owners, b.owners, idx) if shared else 0
        if shared and not owners and (a.owners or b.owners):
            # "Ostria has deployed six warships" against "two Kelmish corvettes": the deployer's (or the
            # one state named) and another state's ships are different sets (only ever a veto, never a bonus)
            owners = min(0, owners_meet(a.owners or implied_owner(a, idx), b.owners or implied_owner(b, idx), idx))
        if not shared or owners < 0:
            score += w["quantity_family_conflict"]     # other things, or the people of two forces
        elif compare_figures(a.figure, b.figure, explain=False) is not None:   # else: other models or magnitudes
            figures = True
            score += w["quantity_family"]
            if a.doc == b.doc:
                score += w["same_article_figures"]
            if _same_point(a.figure, b.figure):
                score += w["quantity_equal"]
                why.append(("figure", a.figure.point))
            else:
                why.append(("kind", shared))
    sim, topic = _cosines(a, b)
    if sim > 0:
        score += w["similarity"] * sim
        if sim >= 0.2:
            why.append(("wording", sim))
    place_hit = same_target
    if a.places and b.places and not same_target:
        if a.places & b.places:
            score += w["place_same"]
            place_hit = True
            why.append(("place", a.places & b.places))
        elif a.place_countries and b.place_countries and not (a.place_countries & b.place_countries):
            score += w["place_conflict"]
    elif not same_target and ((a.places & b.named_places) or (b.places & a.named_places)):
        score += w["place_named"]
        place_hit = True
        why.append(("named_place", (a.places & b.named_places) or (b.places & a.named_places)))
    elif not same_target and not a.places and not b.places and a.named_places & b.named_places:
        # Neither says where, both name the same country or place; the doers' and speakers'
        # own countries do not count ("Russia denies ..." names Russia as the doer).
        doers = {x for v in (a, b) for x in (v.subject, v.speaker) if x}
        common = (a.named_places & b.named_places) - {n.lower() for d in doers
                                                      for n in (idx.name(d), idx.name(idx.root(d))) if n}
        if common:
            score += w["place_named"]
            place_hit = True
            why.append(("named_place", common))
    if a.event_day is not None and b.event_day is not None:
        gap = abs(a.event_day - b.event_day)
        if gap <= cfg["dates"]["close_days"]:
            score += w["date_close"]
            why.append(("dates",))
        elif gap > cfg["dates"]["far_days"]:
            score += w["date_far"]
    elif a.report_day is not None and b.report_day is not None:
        gap = abs(a.report_day - b.report_day)
        if gap > cfg["dates"]["far_days"]:
            score += w["reported_far"]
        reported_close = gap <= cfg["dates"]["close_days"]
    elif a.doc == b.doc:
        reported_close = True         # one article is one report, dated or not (a dateline without a year)
    anchored = bool(a.subject and b.subject)
    if figures:
        s, anchored = _figure_anchors(a, b, place_hit, anchored, why)
        score += s
        if owners > 0:
            # "600 contractors of the Korva Group" and "80 Belarusian instructors" of that company
            score += w["figure_owner"]
            anchored = True
            why.append(("owner", a.owners & b.owners))
    by_accused = False
    neg_differ = (a.polarity < 0) != (b.polarity < 0)     # ``negative``, read once per pair
    if neg_differ or a.rejecting or b.rejecting:
        for den, ass in ((a, b), (b, a)):
            if (den.negative or den.rejecting) and not ass.negative:
                hit = denier_matches(den, ass, idx)
                if hit:
                    score += w["denier_accused"]
                    by_accused = True
                    why.append(("accused", den.speaker))
                    accuser = idx.root(ass.speaker)
                    if accuser and any(idx.root(x) == accuser for x in den.actors):
                        # "Kelmar rejects Dravonik's 'drone fairy tale'": the denial names who accuses
                        score += w["denial_names_accuser"]
                        why.append(("answers", ass.speaker))
                    if a.doc == b.doc and abs(a.sentence - b.sentence) <= cfg["context"]["near_sentences"]:
                        score += w["denial_near"]
                        why.append(("near", abs(a.sentence - b.sentence)))
                    break
        if not figures and a.kinds & b.kinds:
            score += w["kind_named"]
            why.append(("kinds", a.kinds & b.kinds))
    denial_of_kind = neg_differ and bool(a.kinds & b.kinds) and \
        sim >= cfg["thresholds"]["denial_kind_similarity"]
    if reported_close and (figures or by_accused or denial_of_kind):
        # Undated figures, or a denial and the accusation, published within days of each other; or a
        # denial naming what a report counts ("denied that any women were killed" / "20 died, most of
        # them women") in much the same words.
        score += w["reported_close"]
        why.append(("reported",))
    return PairScore(score=score, evidence=why, similarity=sim, topic=topic, by_accused=by_accused,
                     anchored=anchored or sim >= cfg["figures"]["anchor_similarity"], owners=owners)


def _figure_anchors(a: ClaimView, b: ClaimView, place_hit: bool, anchored: bool, why: list
                    ) -> tuple[float, bool]:
    """What ties two figures of one kind besides their kind: place, actors, juxtaposition, citation.

    RETURNS (tuple): the score to add, and whether anything ties them.
    """
    cfg = settings()
    w = cfg["weights"]
    score = 0.0
    if place_hit:
        anchored = True
    elif a.ctx_places & b.ctx_places:
        score += w["figure_place"]
        anchored = True
        why.append(("place", a.ctx_places & b.ctx_places))
    shared = a.anchors & b.anchors
    if shared and not (a.subject and b.subject):
        score += w["figure_actor"]
        anchored = True
        why.append(("anchor", shared))
    if a.doc == b.doc and abs(a.sentence - b.sentence) <= cfg["context"]["figure_sentences"]:
        score += w["figure_near"]
        anchored = True
        why.append(("near", abs(a.sentence - b.sentence)))
    if a.figure.summed != b.figure.summed and _same_point(a.figure, b.figure):
        score += w["figure_sum"]          # "9,000 + 4,000 + 2,000" meeting "15,000": no coincidence
        anchored = True
        why.append(("sum", a.figure.point))
    elif a.figure.point == b.figure.point and _uncommon(a.figure) and _uncommon(b.figure):
        score += w["figure_distinct"]     # "315,000 refugees" in two outlets: not a round number met by chance
        anchored = True
        why.append(("distinct", a.figure.point))
    for x, y in ((a, b), (b, a)):
        if not _same_point(x.figure, y.figure) and y.figure.point in x.numbers:
            score += w["figure_cited"]
            anchored = True
            why.append(("cited", y.figure.point))
            break
    return score, anchored


def _uncommon(f: Figure) -> bool:
    """A figure too specific to meet another by chance: a definite count (not a bound, a range or a vague
    amount) of at least ``figures.uncommon_min`` with at least ``figures.uncommon_digits`` significant digits
    ("315,000", "1,250"; not "90,000", "2,000" or "47")."""
    cfg = settings()["figures"]
    if f.bound not in ("exact", "approx") or f.indefinite or f.point < cfg.get("uncommon_min", 100):
        return False
    digits = f"{f.point:.0f}".rstrip("0") if f.point == int(f.point) else ""
    return len(digits) >= cfg.get("uncommon_digits", 3)


def _cosines(a: ClaimView, b: ClaimView) -> tuple[float, float]:
    """TF-IDF cosine of two contents, and the part carried by words that are not actor names.

    The topic part leaves out words of several kinds of thing ("fighters": jets or men), which
    alone do not show that two claims are about one thing.
    """
    va, vb = a.vec, b.vec             # a view's vector is unpacked on each read (vectors.py): once each
    x, y = (va, vb) if len(va) <= len(vb) else (vb, va)
    sim = topic = 0.0
    vague = ambiguous_words()
    common = x.keys() & y.keys()      # in C: most candidate pairs share few words; summed in x's order as before
    for t in ([t for t in x if t in common] if common else ()):
        wx, wy = x[t], y[t]
        sim += wx * wy
        if t[0] != "@" and t not in vague:
            topic += wx * wy
    return sim, topic


# -- figures -----------------------------------------------------------------------------------

def compare_figures(x: Figure, y: Figure, *, explain: bool = True) -> tuple[str, str] | None:
    """Compare two figures that may count the same thing.

    explain (bool): write the explanation (off when only the verdict is needed).
    RETURNS (tuple | None): ("equal" | "consistent" | "part" | "floor" | "conflict", explanation), or None
    when they count different kinds of thing ("floor": a lower bound far below the other count).
    """
    fams = x.families & y.families
    if not fams:
        return None
    cfg = settings()["figures"]
    eq, slack = cfg["equal_tolerance"], cfg["bound_slack"]
    if (x.ambiguous or y.ambiguous) and max(x.point, y.point) > cfg["ambiguous_ratio"] * min(x.point, y.point):
        return None                       # "8 fighters" and "1,200 fighters" are jets and men
    gap = y.lo / x.hi if x.hi < y.lo else x.lo / y.hi if y.hi < x.lo else 1.0
    if gap > cfg["max_ratio"]:
        return None                       # "8 aircraft" and "400 aircraft": a squadron and an air force
    if x.specific and y.specific and x.unit_key != y.unit_key:
        return None                       # "MiG-29s" and "Su-24s" are different models
    if x.increment != y.increment:
        return None                       # "two more brigades" were added to the "two army brigades"
    if x.roles and y.roles and not x.roles & y.roles:
        return None                       # "14 crew members" and "12 customs officers" held: other people
    if x.missions and y.missions and not x.missions & y.missions:
        return None                       # ships escorting a convoy and ships enforcing a blockade
    if x.side and y.side and x.side != y.side:
        return None                       # "56 civilians" killed and "300 fighters" a side says it killed
    if not explain:
        return "comparable", ""
    if x.indefinite or y.indefinite:
        # "several drones" says some, not how many: consistent with a count in its range, else silent
        lo, hi = max(x.lo, y.lo), min(x.hi, y.hi)
        if lo > hi:
            return None
        span = f"{_fmt(lo)}–{_fmt(hi)}" if hi < INF else f"{_fmt(lo)} or more"
        return "consistent", f"{_describe(x)} and {_describe(y)} both allow {span}"
    if x.specific != y.specific:
        part, whole = (x, y) if x.specific else (y, x)
        # A count of one model is a part of the count of its family: it can only exceed it.
        if part.lo > whole.hi * (1 + eq):
            return "conflict", f"{_fmt(part.point)} of one kind exceed {_fmt(whole.point)} in all"
        return "part", f"{_fmt(part.point)} of one kind fit within {_fmt(whole.point)} in all"
    if x.hi < y.lo * (1 - eq) or y.hi < x.lo * (1 - eq):
        return "conflict", f"{_fmt(x.point)} vs {_fmt(y.point)}"
    for p, q in ((x, y), (y, x)):
        # "at least 8" reads as a count near 8, "up to 1,200" as one near 1,200: a figure far
        # beyond the bound is a different estimate, not a refinement.
        # A vague amount reads as its typical count: "hundreds" as a few hundred.
        q_lo, q_hi = (q.center, q.center) if q.bound == "vague" and q.hi < INF else (q.lo, q.hi)
        above = q.center if q_hi < INF else q.point
        if p.bound == "at_least" and above > p.point * slack and q_lo > p.point * slack * (1 - eq):
            if above > p.point * cfg["bound_partial_ratio"] or q.bound == "vague":
                # "at least 40" against "some 150" or "hundreds": a floor far below a larger count is a
                # partial count that the total contains; a vague amount never pins the count down
                return "floor", f"{_describe(q)} is far above the lower bound {_fmt(p.point)}, a partial count"
            return "conflict", f"{_describe(q)} is far above the lower bound {_fmt(p.point)}"
        if p.bound == "at_most" and (q.center if q_hi < INF else q.point) < p.point / slack and q_hi < p.point / slack * (1 + eq):
            return "conflict", f"{_describe(q)} is far below the upper bound {_fmt(p.point)}"
    if abs(x.point - y.point) <= eq * max(x.point, y.point) and (x.bound == "vague") == (y.bound == "vague"):
        # a vague amount is never equal to a count: "hundreds" allows 200, it does not say 200
        return "equal", f"{_fmt(x.point)} = {_fmt(y.point)}"
    lo, hi = max(x.lo, y.lo), min(x.hi, y.hi)
    span = f"{_fmt(lo)}–{_fmt(hi)}" if hi < INF else f"{_fmt(lo)} or more"
    return "consistent", f"{_describe(x)} and {_describe(y)} both allow {span}"


def relate(a: ClaimView, b: ClaimView, ps: PairScore, idx: ActorIndex) -> Verdict | None:
    """The link between two claims about one event, or None (no link to record).

    a, b (ClaimView): two claims; ``ps`` is their ``event_score``.
    RETURNS (Verdict | None): corroborates, contradicts or updates with a human-readable reason.
    """
    score = ps.score
    cfg = settings()
    th = cfg["thresholds"]
    if score < min(th["same_event"], th["figures"], th["denial"]) or a.id == b.id:
        return None
    same_speaker = a.speaker_key == b.speaker_key and not _named_apart(a, b)
    if same_speaker and a.doc == b.doc and a.sentence == b.sentence:
        return None                      # one speaker, one sentence: parts of one statement
    def evidence() -> str:
        return "; ".join(ps.explain(idx))

    # a rejection that gives the other's very figure does not reject it ("No. We have a contract at 310 euros and
    # we will not pay 540" against "up from 310 euros under the current contract": it rejects the 540)
    agreed = bool(a.figure and b.figure and a.figure.families & b.figure.families and _same_point(a.figure, b.figure))
    neg_a = a.negative or (a.rejecting and not agreed and not b.negative and denier_matches(a, b, idx))
    neg_b = b.negative or (b.rejecting and not agreed and not a.negative and denier_matches(b, a, idx))
    if bool(neg_a) != bool(neg_b):
        if same_speaker and a.doc == b.doc:
            return None                  # a speaker's "not X, but Y" is not a contradiction
        den, ass = (a, b) if neg_a else (b, a)
        if den.speaker and ass.speaker and idx.compatible(idx.root(den.speaker), idx.root(ass.speaker)):
            return None                  # one side's own words: a negation the extractor missed, not a dispute
        if ps.anaphora:
            pass                         # "denied the allegations" right after them
        elif ass.speaker is None and ass.hedged and not ass.subject:
            return None                  # the outlet's own hedged musing accuses no one
        elif den.kinds and ass.kinds and not den.kinds & ass.kinds:
            return None                  # denying jets does not deny mercenaries
        elif den.claim.stance == "denies" or den.rejecting or ps.by_accused and _own_act(den, idx):
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
                       f"{_quote(ass.content)} — same event: {evidence()}")
    if a.figure and b.figure and not a.negative and score >= th["figures"] and ps.anchored and ps.owners >= 0 and \
            not (one_says_who(a.figure, b.figure) and not {e[0] for e in ps.evidence} & {"place", "near"}):
        # "four border guards" held and "12 detained": one set only where a place or an article ties them
        cmp = compare_figures(a.figure, b.figure)
        if cmp is not None:
            how, detail = cmp
            fam = ", ".join(sorted(a.figure.families & b.figure.families))
            if how in ("conflict", "floor"):
                earlier, later = (a, b) if (a.day or 0) <= (b.day or 0) else (b, a)
                cumulative = set(cfg["cumulative"]) & a.figure.families & b.figure.families
                rising = rising_tally(a, b, idx) if cumulative else None
                if rising is not None:
                    earlier, later = rising
                if cumulative and (rising is not None or (
                        earlier.day is not None and later.day is not None
                        and later.day > earlier.day and later.figure.point > earlier.figure.point)):
                    return Verdict("updates", earlier, later,
                                   f"later tally for the same event: {_fmt(earlier.figure.point)} "
                                   f"({_when(earlier.day)}, {earlier.speaker_label}) → {_fmt(later.figure.point)} "
                                   f"({_when(later.day)}, {later.speaker_label}) — same event: {evidence()}")
                revised = revision(a, b, idx) if not cumulative and how == "conflict" else None
                if revised is not None:  # one source's own revised estimate, of any kind of thing
                    return Verdict("updates", *revised, f"{revised[1].speaker_label} revised its figure: "
                                   f"{_fig_side(revised[0])} → {_fig_side(revised[1])} — same event: {evidence()}")
                if same_speaker and a.doc == b.doc or how == "floor":
                    return None          # a floor far below a count is neither a rival count nor the same one
                if not cumulative and (changed_level(a) or changed_level(b)):
                    return None          # a level reached by a change ("fell to 90", "raising it to 180"): one time
                if cumulative and (above_floor(a.figure, b.figure) or above_floor(b.figure, a.figure)):
                    # a tally's lower bound is met by any higher count, dated or not: "at least 30 died"
                    # and "killed 52" agree; only dates (or words saying it grew) make it an update
                    if same_speaker:
                        return None
                    return Verdict("corroborates", a, b,
                                   f"consistent figures for {fam} ({detail}; a lower bound of a tally): "
                                   f"{_fig_side(a)} and {_fig_side(b)} — same event: {evidence()}")
                return Verdict("contradicts", a, b,
                               f"different figures for {fam}: {_fig_side(a)} vs {_fig_side(b)}: {detail} — "
                               f"same event: {evidence()}")
            if how in ("equal", "consistent") and _one_sentence(a, b):
                return None              # one sentence read as two claims never confirms itself
            if how == "equal" and not (same_speaker and a.doc == b.doc):
                return Verdict("corroborates", a, b,
                               f"same figure for {fam}: {_fig_side(a)} and {_fig_side(b)} — same event: {evidence()}")
            if how == "consistent" and not same_speaker:
                return Verdict("corroborates", a, b,
                               f"consistent figures for {fam} ({detail}): {_fig_side(a)} and {_fig_side(b)} — "
                               f"same event: {evidence()}")
            return None
    if score >= th["corroborate"] and not same_speaker and ps.similarity >= th["corroborate_similarity"] and \
            not _one_sentence(a, b):
        both = "both deny" if a.negative else "both report"
        return Verdict("corroborates", a, b,
                       f"{both} it: {a.speaker_label} {_quote(a.content, 70)} and {b.speaker_label} "
                       f"{_quote(b.content, 70)} — same event: {evidence()}")
    return None


def _one_sentence(a: ClaimView, b: ClaimView) -> bool:
    """Two claims read from one stretch of one article (a sentence split into clauses, or its parts)."""
    if a.doc != b.doc:
        return False
    return a.sentence == b.sentence or (a.claim.start < b.claim.end and b.claim.start < a.claim.end)
