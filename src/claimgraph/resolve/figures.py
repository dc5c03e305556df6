"""Figures as cross-checking compares them: an interval over the count and the kind of thing counted.

A claim's ``event.quantity`` (value, low, high, bound, parts, unit) becomes a ``Figure``: exact
``[v, v]``, approximate ±10%, a bound, a range, or a vague amount ("hundreds" 200–999). Its unit
is read into families of things (``unit_families`` in ``data/crosscheck.yaml``): "jets",
"warplanes" and "military aircraft" are all aircraft; an ambiguous word ("fighters", "people")
is settled by the content word nearest the figure ("killing at least 12 civilians and wounding
dozens": killed, not injured).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from anyascii import anyascii

from ..extract.quantities import is_indefinite
from ..extract.sums import mixed_kinds
from ..model import Quantity
from .text import MODEL_WORD, concepts, number_words, settings, stem, stopwords, words
from .victims import victim_side

INF = float("inf")


@dataclass
class Figure:
    """A figure as an interval over the count, with the kinds of thing it counts."""

    point: float
    lo: float
    hi: float
    bound: str
    families: frozenset[str]
    specific: bool            # the unit names one model ("MiG-29s") or one part ("children"): a subset
    ambiguous: bool           # the unit's kind was settled by context, or not at all
    unit_key: str
    text: str
    indefinite: bool = False  # "several", "a few": some, not how many (never equal to a count, never in conflict)
    increment: bool = False   # "two more brigades", "another 300": what was added, not the whole
    roles: frozenset[str] = frozenset()   # who the people counted are ("crew", "protest"): people_roles
    missions: frozenset[str] = frozenset()   # what counted equipment does ("escort", "blockade"): missions
    summed: bool = False      # the total of parts it names ("9,000 ground troops, 4,000 airborne troops and …")
    side: str | None = None   # whose dead or wounded: "combatant", "civilian" or neither (victims.py)

    @property
    def center(self) -> float:
        """The typical count: "hundreds" reads as a few hundred (the geometric middle of 200–999)."""
        if self.bound == "vague" and self.lo > 0:
            return math.sqrt(self.lo * self.hi) if self.hi < INF else self.lo
        return self.point

    def describe(self) -> str:
        return self.text


@dataclass
class _Family:
    name: str
    words: frozenset[str]
    parts: frozenset[str]
    context: frozenset[str]
    patterns: list[re.Pattern]
    compare: bool
    ambiguous_max: float | None = None   # an ambiguous unit counting more than this is not of this family
    settled_only: bool = False           # an ambiguous unit is of this family only when its context says so


@lru_cache(maxsize=1)
def unit_families() -> tuple[list[_Family], dict[str, set[str]]]:
    """Unit families from the data file, and word → families."""
    fams, by_word = [], {}
    for name, spec in settings()["unit_families"].items():
        ws = frozenset(stem(w) for w in spec.get("words", []))
        parts = frozenset(stem(w) for w in spec.get("parts", []))
        fam = _Family(name=name, words=ws | parts, parts=parts,
                      context=frozenset(stem(w) for w in spec.get("context", [])),
                      patterns=[re.compile(p, re.I) for p in spec.get("patterns", [])],
                      compare=spec.get("compare", True), ambiguous_max=spec.get("ambiguous_max"),
                      settled_only=bool(spec.get("settled_only")))
        fams.append(fam)
        for w in fam.words:
            by_word.setdefault(w, set()).add(name)
    return fams, by_word


@lru_cache(maxsize=1)
def ambiguous_words() -> frozenset[str]:
    """Unit words of several families ("fighter", "people"): alone they name no one kind of thing."""
    _, by_word = unit_families()
    return frozenset(w for w, owners in by_word.items() if len(owners) > 1)


def kinds_named(tokens: Iterable[str]) -> frozenset[str]:
    """The comparable families a content names unambiguously ("warplanes" → aircraft)."""
    fams, by_word = unit_families()
    comparable = {f.name for f in fams if f.compare}
    out = set()
    for t in tokens:
        owners = by_word.get(t)
        if owners and len(owners) == 1:
            out |= owners & comparable
    return frozenset(out)


def _bound(q: Quantity) -> str:
    if q.bound:
        return q.bound
    if q.low is not None and q.high is not None and q.low != q.high:
        return "range"
    return "exact"


_NEGATED = re.compile(r"\b(?:not|no)\s*$", re.I)
_FLOOR_WORDS = re.compile(r"^(?:more|over|above|greater)\b", re.I)


def _negated_floor(q: Quantity, context_text: str) -> str | None:
    """ "not more than eighty" is a ceiling: a lower bound read without the "not" before it.

    RETURNS (str | None): "at_most" when the text says so, else None (the quantity's own bound).
    """
    if q.bound != "at_least" or not q.text or not context_text or not _FLOOR_WORDS.match(q.text):
        return None
    at = context_text.find(q.text)
    return "at_most" if at > 0 and _NEGATED.search(context_text[:at]) else None


def _settle(maybe: set[str], fams: list[_Family], near: list[str], ctx: set[str], ctx_joined: str,
            count: float | None = None) -> set[str]:
    """Settle an ambiguous unit: the family of the context word nearest the figure, else any in the content.

    A family the count is too large for goes first ("up to 1,200 fighters" are men, not jets).
    """
    cands = [f for f in fams if f.name in maybe]
    plausible = [f for f in cands if not (count and f.ambiguous_max and count > f.ambiguous_max)]
    if plausible and len(plausible) < len(cands):
        return {f.name for f in plausible} if len(plausible) == 1 else \
            _settle({f.name for f in plausible}, fams, near, ctx, ctx_joined)
    for w in near:
        hit = {f.name for f in cands if w in f.context}
        if hit:
            return hit
    return {f.name for f in cands if f.context & ctx or any(p.search(ctx_joined) for p in f.patterns)}


@lru_cache(maxsize=1 << 14)   # a corpus's figures have a few hundred units ("troops", "jets"), met thousands of times
def _unit_reading(unit_text: str) -> tuple[tuple[str, ...], frozenset[str], frozenset[str], bool]:
    """What ``classify_unit`` reads from the unit alone, before the context settles it.

    RETURNS (tuple): the unit's stemmed words, the families it surely names, those it may name
        (an ambiguous word), and whether it names one model or part by a pattern or a designation.
    """
    fams, by_word = unit_families()
    unit_words = tuple(stem(w) for w in words(unit_text))
    sure: set[str] = set()
    maybe: set[str] = set()
    specific = False
    joined = " ".join(words(unit_text)) + " | " + anyascii(unit_text)
    for fam in fams:
        if any(p.search(joined) for p in fam.patterns):
            sure.add(fam.name)
            specific = True
    for w in unit_words:
        owners = by_word.get(w, set())
        if len(owners) == 1:
            sure |= owners
        else:
            maybe |= owners
    if any(MODEL_WORD.match(w) and any(c.isalpha() for c in w) and any(c.isdigit() for c in w)
           for w in unit_words):
        specific = True                   # "six KV-9 fighters": one model, a part of all the aircraft
    return unit_words, frozenset(sure), frozenset(maybe), specific


def classify_unit(unit_text: str, context: Iterable[str], context_text: str = "",
                  near: Iterable[str] = (), count: float | None = None) -> tuple[frozenset[str], bool, bool]:
    """The families a unit belongs to, whether it names one model or part, and whether it was ambiguous.

    unit_text (str): the unit as written ("jet fighters", "MiG 29s and Su-24s").
    context (iterable): stemmed content words of the claim, to settle ambiguous units.
    context_text (str): the claim content as written (model designations count as context).
    near (iterable): stemmed content words nearest the figure first; the nearest that tells a
        kind settles an ambiguous unit before the rest of the content is read.
    count (float | None): the figure, when known (an ambiguous unit's family may be too small for it).
    RETURNS (tuple): (families, specific, ambiguous).
    """
    fams, _ = unit_families()
    unit_words, sure_, maybe_, specific = _unit_reading(unit_text)
    sure, maybe = set(sure_), set(maybe_)
    ambiguous = False
    if not sure and maybe:
        ambiguous = True
        ctx_joined = " ".join(words(context_text)) + " | " + anyascii(context_text)
        sure = _settle(maybe, fams, list(near), set(context), ctx_joined, count) or \
            {f.name for f in fams if f.name in maybe and not f.settled_only}   # "people" alone: no crowd
    if not sure and any(MODEL_WORD.match(w) for w in unit_words):
        # An unknown model designation ("Kv-24s"): its kind is whatever the content is about.
        ctx = set(context)
        sure = {f.name for f in fams if f.context & ctx}
        specific = ambiguous = True
    if not sure:
        content = [w for w in unit_words if w not in stopwords() and not w.isdigit()]
        sure = {"unit:" + content[-1]} if content else set()
    # "eleven children", "19 women": a part of the whole count of their family.
    for f in fams:
        if f.name in sure and f.parts and any(w in f.parts for w in unit_words) and \
                not any(w in f.words - f.parts for w in unit_words):
            specific = True
    comparable = {f.name for f in fams if f.compare}
    return frozenset(s for s in sure if s in comparable or s.startswith("unit:")), specific, ambiguous


def _near_words(context_text: str, qtext: str | None, span: int = 6) -> list[str]:
    """Stemmed words around the figure in the content, nearest first (before wins a tie)."""
    ws = words(context_text)
    if not ws or not qtext:
        return []
    qw = words(qtext)
    lower = [w.lower() for w in ws]
    start = end = None
    if qw:
        first = qw[0].lower()
        for i, w in enumerate(lower):
            if w == first and lower[i:i + len(qw)] == [x.lower() for x in qw]:
                start, end = i, i + len(qw)
                break
    if start is None:
        return []
    out = []
    for d in range(1, span + 1):
        for i in (start - d, end - 1 + d):
            if 0 <= i < len(ws):
                out.append(stem(ws[i]))
    return out


def figure_of(q: Quantity | None, context: Iterable[str] = (), context_text: str = "") -> Figure | None:
    """The comparable figure of a quantity, or None (no value, no unit, or a duration)."""
    if q is None:
        return None
    parts = [p.get("value") for p in q.parts if isinstance(p, dict) and isinstance(p.get("value"), (int, float))]
    point = q.value if isinstance(q.value, (int, float)) and q.value else (sum(parts) if parts else None)
    if not point or point <= 0:
        return None
    if len(parts) >= 2 and mixed_kinds(q.parts):
        return None          # "34 drones and 6 missiles": each part is a claim's figure of its own, compared alone
    unit = q.unit or ""
    context = list(context)
    near = _near_words(context_text, q.text)
    part_units = " ".join(str(p.get("unit") or "") for p in q.parts if isinstance(p, dict))
    fams, specific, ambiguous = classify_unit(f"{unit} {part_units}".strip(), context, context_text, near, point)
    if (not fams or all(f.startswith("unit:") for f in fams)) and q.text and context_text:
        # The unit as extracted names no kind of thing ("14 Russian-made planes" read as
        # "Russian"): read the few words after the figure in the content instead.
        at = context_text.find(q.text)
        if at >= 0:
            # up to a preposition: "52 workers at the mine" counts workers, not mines
            stops = set(settings()["figures"].get("unit_stops") or ())
            tail = words(context_text[at + len(q.text):])[:4]
            cut = next((k for k, w in enumerate(tail) if w.lower() in stops), len(tail))
            after = " ".join(tail[:cut])
            more, specific, ambiguous = classify_unit(f"{unit} {after}", context, context_text, near, point)
            if more and not all(f.startswith("unit:") for f in more):
                fams = more
    if not fams and not unit.strip() and near:
        # No unit at all ("put the death toll at 40"): what the content counts names it.
        fams, ambiguous = _kind_near(near, context, context_text, point)
    if not fams:
        return None
    if "share" in fams:
        # "61 percent" turnout and "78 percent" voting yes are shares of different things: a share is
        # compared only with a share of the same measured thing (extract/percents.py keeps it in the unit)
        fams = _share_of(unit)
        if not fams:
            return None
    summed = len(parts) >= 2
    if summed:
        # "five howitzers and three mortars" also counts the parts no family names, so that it
        # meets "eight howitzers" (read as a unit of its own)
        for p in q.parts:
            if isinstance(p, dict) and p.get("unit"):
                own, _, _ = classify_unit(str(p["unit"]), ())
                fams = fams | frozenset(f for f in own if f.startswith("unit:"))
        specific = False                  # "six MiG-29s and two Su-24s": the total of the family
    if not parts:
        more = _elliptic_part(q, context_text)
        if more:
            point += more                 # "900 soldiers from Chad and 600 from Niger": 1,500 in all
            specific, summed = False, True
        elif told_as_part(q.text, context_text):
            specific = True               # "44 in hospital, eleven of them in serious condition": a part of 44
    cfg = settings()["figures"]
    bound = _negated_floor(q, context_text) or _bound(q)
    lo = hi = float(point)
    if bound == "approx":
        lo, hi = point * (1 - cfg["approx_tolerance"]), point * (1 + cfg["approx_tolerance"])
    elif bound == "at_least":
        hi = INF
    elif bound == "at_most":
        lo = 0.0
    elif bound == "range":
        lo = q.low if q.low is not None else point
        hi = q.high if q.high is not None else point
    elif bound == "vague":
        # "hundreds" comes with its range; "large numbers" with a floor only (no ceiling).
        lo = q.low if q.low is not None else point
        hi = q.high if q.high is not None else (INF if q.low is not None else point * cfg["vague_span"])
    unit_key = " ".join(stem(w) for w in words(unit))
    increment = _increment(q, unit, context_text, set(cfg.get("increment_words") or ()))
    return Figure(point=float(point), lo=float(lo), hi=float(hi), bound=bound, families=fams, specific=specific,
                  ambiguous=ambiguous, unit_key=unit_key, text=(q.text or f"{point:g} {unit}").strip(),
                  indefinite=is_indefinite(q), increment=increment, roles=_roles(unit, fams),
                  missions=_missions(fams, context), summed=summed,
                  side=victim_side(f"{unit} {part_units}", fams))


@lru_cache(maxsize=1)
def _mission_words() -> tuple[frozenset[str], dict[str, str]]:
    cfg = settings().get("missions") or {}
    return (frozenset(cfg.get("families", [])),
            {stem(w): name for name, ws in (cfg.get("groups") or {}).items() for w in ws})


def _missions(fams: frozenset[str], context: list[str]) -> frozenset[str]:
    """The missions a claim's content gives counted equipment ("escorted" → escort), or none."""
    families, by_stem = _mission_words()
    if not fams & families:
        return frozenset()
    return frozenset(by_stem[w] for w in context if w in by_stem)


@lru_cache(maxsize=1)
def _role_settings() -> tuple[frozenset[str], frozenset[str]]:
    cfg = settings().get("people_roles") or {}
    return frozenset(cfg.get("families", [])), frozenset(stem(w) for w in cfg.get("generic_people", []))


def _roles(unit: str, fams: frozenset[str]) -> frozenset[str]:
    """Who the people a count of held people counts are ("14 crew members" → crew; "12 customs officers" →
    custom, officer), as concepts; empty for a count of people in general ("30 people arrested")."""
    families, generic = _role_settings()
    if not fams & families:
        return frozenset()
    own = {w for f in unit_families()[0] if f.name in fams for w in f.words - f.parts if w not in _role_words()}
    same = concepts()
    out = set()
    for w in words(unit):
        s = stem(w)
        if s in generic or s in own or w.lower() in stopwords() or s in stopwords() or not w.isalpha():
            continue
        out.add(same.get(s, s))
    return frozenset(out)


def one_says_who(x: Figure, y: Figure) -> bool:
    """Does one of two counts of held people say who they are ("four border guards") and the other not
    ("12 detained", "two of its members were arrested")? RETURNS (bool)."""
    families, _ = _role_settings()
    return bool(x.families & y.families & families) and bool(x.roles) != bool(y.roles)


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """Unit words of the role families that name who the people are ("sailor", "crew", "officer", "protester"):
    words the families share with another family (the counts of combatants, of a crowd)."""
    fams = {f.name: f for f in unit_families()[0]}
    families, _ = _role_settings()
    other = frozenset(w for f in fams.values() if f.name not in families for w in f.words)
    return frozenset(w for n in families if n in fams for w in fams[n].words & other)


@lru_cache(maxsize=1)
def _percent_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words of a percent sign ("per", "cent", "%") or that qualify a share without changing what it measures
    ("voter turnout"), and the words of a change in points (data/quantities.yaml)."""
    from .. import data

    d = data.load("quantities.yaml")
    return (frozenset(w for p in d.get("percent_words", []) for w in p.lower().split()) |
            frozenset(d.get("percent_qualifiers", [])), frozenset(d.get("percent_not", [])))


def _share_of(unit: str) -> frozenset[str]:
    """The family of a share: "share:" and what it measures ("percent turnout" → share:turnout), or
    nothing when the unit names no measured thing (a bare "percent" is compared with nothing)."""
    share = next(f for f in unit_families()[0] if f.name == "share")
    sign, change = _percent_words()
    if set(w.lower() for w in words(unit)) & change:
        return frozenset()                # "5 percentage points": a change, no share of anything
    measure = [stem(w) for w in words(unit) if stem(w) not in share.words and w.lower() not in stopwords()
               and w.lower() not in sign]
    return frozenset({"share:" + " ".join(measure)}) if measure else frozenset()


def _kind_near(near: list[str], context: list[str], context_text: str, count: float
               ) -> tuple[frozenset[str], bool]:
    """The kind of thing a unit-less figure counts ("put the death toll from the bombing at 40").

    Every family named by a word of the content is a candidate; the one the content says most
    about (its unit and context words) wins, the word nearest the figure breaks a tie. A word
    that belongs to several families ("people") counts for none.
    RETURNS (tuple): (families, ambiguous); empty families when the content counts nothing.
    """
    fams, by_word = unit_families()
    comparable = {f.name: f for f in fams if f.compare}
    ctx = list(context)
    votes: dict[str, float] = {}
    for w in ctx:
        owners = by_word.get(w, set()) & comparable.keys()
        if len(owners) == 1:
            name = next(iter(owners))
            votes[name] = votes.get(name, 0.0) + 1.0
    for name in list(votes):
        votes[name] += sum(1 for w in ctx if w in comparable[name].context)
    if not votes:
        return frozenset(), False
    rank = {w: k for k, w in reversed(list(enumerate(near)))}
    def nearest(name: str) -> int:
        return min((rank[w] for w in comparable[name].words if w in rank), default=len(near))
    best = max(votes.values())
    top = sorted((n for n, v in votes.items() if v == best), key=nearest)
    return frozenset(top[:1]), True


_OWNER_PREP = r"(?:from|of|in)"


def _elliptic_part(q: Quantity, context_text: str) -> float | None:
    """A second count of the same unit, its noun left out, right after the figure: "900 soldiers from
    Chad and 600 from Niger" (the extractor reads 900). RETURNS (float | None): the second count."""
    if not q.text or not context_text or q.bound in ("range", "vague"):
        return None
    at = context_text.find(q.text)
    if at < 0:
        return None
    # "and 600 of them" is a part of the 900, not more of them
    m = re.match(rf"\s+{_OWNER_PREP}\s+[^,;.]{{1,40}}?\s+and\s+([\d,]+|[a-z]+)\s+{_OWNER_PREP}\s+"
                 r"(?!(?:them|those|these|whom|which|us|you)\b)\S", context_text[at + len(q.text):])
    if not m:
        return None
    n = m.group(1).replace(",", "")
    value = float(n) if n.isdigit() else number_words().get(n.lower())
    return value if value else None


_COMPARATIVE_BOUND = re.compile(r"\b(?:no\s+|just\s+)?(?:more|fewer|less)\s+than\b")


# a count in an "after" clause of a tally that rose: what the rise added ("rose to 11 after three … died")
_AFTER_RISE = re.compile(r"\b(?:rose|risen|rises|climbed|grew|increased|jumped|went up)\b[^.;]{0,40}\bafter\s+"
                         r"(?:the\s+|another\s+|a\s+further\s+)?$", re.I)
_PART_OF = re.compile(r"\b(?:of|among|amongst) (?:them|those|these|whom)\b", re.I)


@lru_cache(maxsize=1)
def _part_marks() -> tuple[tuple[str, ...], ...]:
    from .. import data
    return tuple(tuple(str(w).lower().split()) for w in data.load("quantities.yaml").get("part_marks") or [])


def told_as_part(qtext: str | None, context_text: str) -> bool:
    """Is a figure told as a part of another ("eleven of them", "among them 23 children", "including 70
    wounded": ``part_marks`` in ``data/quantities.yaml``)? Such a figure counts some of a whole, not the whole.
    Not "21 of its members" (a count of the speaker's own people)."""
    if not qtext:
        return False
    if _PART_OF.search(qtext):
        return True
    at = context_text.find(qtext)
    if at < 0:
        return False
    if _PART_OF.match(context_text[at + len(qtext):].lstrip()):
        return True                       # "eleven" read alone, "of them" after it
    before = [w.lower() for w in words(context_text[max(0, at - 40):at])][-4:]
    # over a bound or an article between the mark and the number ("including at least 70", "among the")
    while before and before[-1] in ("at", "least", "most", "about", "some", "nearly", "almost", "the", "than",
                                    "more", "around", "roughly"):
        before.pop()
    return any(tuple(before[-len(m):]) == m for m in _part_marks() if len(before) >= len(m))


def _increment(q: Quantity, unit: str, context_text: str, increments: set[str]) -> bool:
    """Does the figure count what was added ("two more brigades", "three more of the wounded died",
    "another 300 troops")? Its own words, the word before it and the word right after it in the text."""
    # a sum's later parts may be increments of its first ("16 drones in May and eight more in June": 24 in
    # all): only the first part's words and the word before the sum say the whole was added
    parts = [p for p in q.parts if isinstance(p, dict)]
    first = str(parts[0].get("text") or "") if len(parts) >= 2 else (q.text or "")
    own = _COMPARATIVE_BOUND.sub(" ", f"{first} {unit}".lower())   # "more than 100" is a bound
    if set(words(own)) & increments:
        return True
    if not q.text or not context_text:
        return False
    at = context_text.find(q.text)
    if at < 0:
        return False
    if _AFTER_RISE.search(context_text[:at]):
        return True         # "the toll rose to 11 after three wounded officers died": the deaths it added
    # the very next word, with no punctuation between ("20 tanks, more than the nine" is no increment)
    before = re.search(r"(\w+)\s+$", context_text[:at])
    after = re.match(r"\s+(\w+)", context_text[at + len(q.text):]) if len(parts) < 2 else None
    return any(m is not None and m.group(1).lower() in increments for m in (before, after))
