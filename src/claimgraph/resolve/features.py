"""What cross-checking reads off each claim: content words, actor roots, the figure, dates.

A ``ClaimView`` is computed once per claim so that comparing two claims is a handful of set
and dict operations (grouping compares up to a few dozen candidates per claim). Knowledge
(unit families, stop words, type groups, settings) comes from ``data/crosscheck.yaml``.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Iterable

from anyascii import anyascii

from .. import data
from ..model import Actor, Claim, Document, Quantity

INF = float("inf")
DATA_FILE = "crosscheck.yaml"

# "MiG 29s", "Su-24s", "F-16": a designation is one word, so "MiG-29" and "MiG 29s" match.
_DESIGNATION = re.compile(r"\b([A-Z][a-z]?[A-Z][A-Za-z]?|[A-Z]{1,4}|[A-Z][a-z]{0,2})[-‑ ](\d{1,4})([A-Za-z]{0,2})\b")
_THOUSANDS = re.compile(r"(?<=\d)[,  ](?=\d{3}\b)")
_MODEL_WORD = re.compile(r"^[a-z]{1,4}\d{1,4}[a-z]?$")
_WORD = re.compile(r"[A-Za-z0-9$€£%]+(?:'[A-Za-z]+)?")


def settings() -> dict:
    """The cross-checking knowledge and settings (``data/crosscheck.yaml``)."""
    return data.load(DATA_FILE)


def stem(word: str) -> str:
    """A light English stemmer: lower case, no possessive, plural to singular.

    Deliberately crude (no word lists): it only has to make "jets"/"jet" and
    "casualties"/"casualty" meet; both sides of every comparison go through it.
    """
    w = word.lower()
    if w.endswith("'s"):
        w = w[:-2]
    elif "'" in w:
        w = w.split("'")[0]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("sses", "shes", "ches", "xes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def _join_designation(m: re.Match) -> str:
    letters, digits, suffix = m.group(1), m.group(2), m.group(3)
    sep = m.group(0)[len(letters)]
    if sep == " " and not (letters.isupper() and len(letters) >= 2 or
                           any(c.isupper() for c in letters[1:])):
        return m.group(0)            # "May 27" stays two words; "MiG 29" and "MQ 9" join
    if suffix.endswith("s"):
        suffix = suffix[:-1]              # "MiG-29s" is the plural of "MiG-29"
    return letters + digits + suffix


def words(text: str | None) -> list[str]:
    """Surface words of a text, in order: ASCII, thousands separators and designations joined."""
    if not text:
        return []
    t = anyascii(text).replace("’", "'")
    t = _THOUSANDS.sub("", t)
    t = _DESIGNATION.sub(_join_designation, t)
    return [w[:-2] if w[-2:] in ("'s", "'S") else w for w in _WORD.findall(t)]


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    extra = settings().get("stopwords", [])
    return frozenset({stem(w) for w in STOP_WORDS} | {stem(w) for w in extra} | set(STOP_WORDS) | set(extra))


def _alias_words(alias: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in words(alias))


class ActorIndex:
    """Canonical actors: names, roots (the state an official stands for) and alias lookup.

    actors (list[Actor]): the resolved actors of the corpus.
    """

    def __init__(self, actors: Iterable[Actor]):
        self.by_id: dict[str, Actor] = {a.id: a for a in actors}
        owners: dict[tuple[str, ...], set[str]] = {}
        self._upper: set[tuple[str, ...]] = set()
        stop = stopwords()
        for a in self.by_id.values():
            for alias in {a.name, *a.aliases}:
                key = _alias_words(alias)
                if not key or (len(key) == 1 and (len(key[0]) < 2 or key[0] in stop and not alias.isupper())):
                    continue                      # pronouns listed as aliases ("it", "he") name no one
                owners.setdefault(key, set()).add(a.id)
                if len(key) == 1 and alias.isupper() and len(alias) <= 4:
                    self._upper.add(key)          # "US" only as capitals, never the pronoun "us"
        self.alias: dict[tuple[str, ...], str] = {k: next(iter(v)) for k, v in owners.items() if len(v) == 1}
        self.max_alias = max((len(k) for k in self.alias), default=1)
        self._compat: dict[tuple[str, str], bool] = {}

    def name(self, aid: str | None) -> str | None:
        a = self.by_id.get(aid) if aid else None
        return a.name if a else aid

    def kind(self, aid: str | None) -> str | None:
        a = self.by_id.get(aid) if aid else None
        return a.kind if a else None

    def parents(self, aid: str) -> set[str]:
        a = self.by_id.get(aid)
        if a is None:
            return set()
        return {p for p in (a.country, a.affiliation) if p and p != aid}

    def root(self, aid: str | None) -> str | None:
        """The state an official, institution or metonym stands for; else the actor itself."""
        if not aid:
            return None
        a = self.by_id.get(aid)
        if a is not None and a.country and a.kind not in ("media",):
            return a.country
        return aid

    def family(self, aid: str | None) -> frozenset[str]:
        """The actor and its parents (country, organisation)."""
        if not aid:
            return frozenset()
        return frozenset({aid, *self.parents(aid)})

    def compatible(self, a: str, b: str) -> bool:
        """Can a claim about ``a`` and one about ``b`` be about the same doer?

        Same actor; one is the other's country or organisation (an official counts for his
        state); or two organs of one state with no conflicting affiliation. Armed groups
        never stand in for their country's other actors (the two sides of a civil war
        share a country).
        """
        if a == b:
            return True
        key = (a, b) if a < b else (b, a)
        hit = self._compat.get(key)
        if hit is None:
            hit = self._compatible(a, b)
            self._compat[key] = hit
        return hit

    def _compatible(self, a: str, b: str) -> bool:
        pa, pb = self.parents(a), self.parents(b)
        if b in pa or a in pb:
            return True
        x, y = self.by_id.get(a), self.by_id.get(b)
        if x is None or y is None or not x.country or x.country != y.country:
            return False
        if "armed_group" in (x.kind, y.kind):
            return False
        return x.affiliation in (None, b, y.affiliation) and y.affiliation in (None, a, x.affiliation)

    def any_compatible(self, a: str | None, others: Iterable[str]) -> str | None:
        """The first of ``others`` compatible with ``a``, if any."""
        if not a:
            return None
        for o in others:
            if self.compatible(a, o):
                return o
        return None

    def find(self, ws: list[str]) -> tuple[list[str], set[str]]:
        """Replace actor names in a word list by ``@id`` tokens (longest match first).

        RETURNS (tuple): the words with actor tokens, and the actor ids found.
        """
        out, found = [], set()
        lower = [w.lower() for w in ws]
        i = 0
        while i < len(ws):
            for n in range(min(self.max_alias, len(ws) - i), 0, -1):
                key = tuple(lower[i:i + n])
                aid = self.alias.get(key)
                if aid and (key not in self._upper or ws[i].isupper()):
                    out.append("@" + aid)
                    found.add(aid)
                    i += n
                    break
            else:
                out.append(ws[i])
                i += 1
        return out, found


# -- figures -----------------------------------------------------------------------------------

@dataclass
class Figure:
    """A figure as an interval over the count, with the kinds of thing it counts."""

    point: float
    lo: float
    hi: float
    bound: str
    families: frozenset[str]
    specific: bool            # the unit names one model ("MiG-29s"): a subset of its family
    ambiguous: bool           # the unit's kind was settled by context, or not at all
    unit_key: str
    text: str

    def describe(self) -> str:
        return self.text


@dataclass
class _Family:
    name: str
    words: frozenset[str]
    context: frozenset[str]
    patterns: list[re.Pattern]
    compare: bool


@lru_cache(maxsize=1)
def unit_families() -> tuple[list[_Family], dict[str, set[str]]]:
    """Unit families from the data file, and word → families."""
    fams, by_word = [], {}
    for name, spec in settings()["unit_families"].items():
        ws = frozenset(stem(w) for w in spec.get("words", []))
        fam = _Family(name=name, words=ws, context=frozenset(stem(w) for w in spec.get("context", [])),
                      patterns=[re.compile(p, re.I) for p in spec.get("patterns", [])],
                      compare=spec.get("compare", True))
        fams.append(fam)
        for w in ws:
            by_word.setdefault(w, set()).add(name)
    return fams, by_word


def _bound(q: Quantity) -> str:
    if q.bound:
        return q.bound
    if q.low is not None and q.high is not None and q.low != q.high:
        return "range"
    return "exact"


def classify_unit(unit_text: str, context: Iterable[str], context_text: str = ""
                  ) -> tuple[frozenset[str], bool, bool]:
    """The families a unit belongs to, whether it names one model, and whether it was ambiguous.

    unit_text (str): the unit as written ("jet fighters", "MiG 29s and Su-24s").
    context (iterable): stemmed content words of the claim, to settle ambiguous units.
    context_text (str): the claim content as written (model designations count as context).
    RETURNS (tuple): (families, specific, ambiguous).
    """
    fams, by_word = unit_families()
    unit_words = [stem(w) for w in words(unit_text)]
    sure: set[str] = set()
    maybe: set[str] = set()
    specific = ambiguous = False
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
    if not sure and maybe:
        ambiguous = True
        ctx = set(context)
        ctx_joined = " ".join(words(context_text)) + " | " + anyascii(context_text)
        settled = {f.name for f in fams if f.name in maybe and
                   (f.context & ctx or any(p.search(ctx_joined) for p in f.patterns))}
        sure = settled or maybe
    if not sure and any(_MODEL_WORD.match(w) for w in unit_words):
        # An unknown model designation ("Kv-24s"): its kind is whatever the content is about.
        ctx = set(context)
        sure = {f.name for f in fams if f.context & ctx}
        specific = ambiguous = True
    if not sure:
        content = [w for w in unit_words if w not in stopwords() and not w.isdigit()]
        sure = {"unit:" + content[-1]} if content else set()
    comparable = {f.name for f in fams if f.compare}
    return frozenset(s for s in sure if s in comparable or s.startswith("unit:")), specific, ambiguous


def figure_of(q: Quantity | None, context: Iterable[str] = (), context_text: str = "") -> Figure | None:
    """The comparable figure of a quantity, or None (no value, no unit, or a duration)."""
    if q is None:
        return None
    parts = [p.get("value") for p in q.parts if isinstance(p, dict) and isinstance(p.get("value"), (int, float))]
    point = q.value if isinstance(q.value, (int, float)) and q.value else (sum(parts) if parts else None)
    if not point or point <= 0:
        return None
    unit = q.unit or ""
    part_units = " ".join(str(p.get("unit") or "") for p in q.parts if isinstance(p, dict))
    fams, specific, ambiguous = classify_unit(f"{unit} {part_units}".strip(), context, context_text)
    if (not fams or all(f.startswith("unit:") for f in fams)) and q.text and context_text:
        # The unit as extracted names no kind of thing ("14 Russian-made planes" read as
        # "Russian"): read the few words after the figure in the content instead.
        at = context_text.find(q.text)
        if at >= 0:
            after = " ".join(words(context_text[at + len(q.text):])[:4])
            more, specific, ambiguous = classify_unit(f"{unit} {after}", context, context_text)
            if more and not all(f.startswith("unit:") for f in more):
                fams = more
    if not fams:
        return None
    if len(parts) >= 2:
        specific = False                  # "six MiG-29s and two Su-24s": the total of the family
    cfg = settings()["figures"]
    bound = _bound(q)
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
    return Figure(point=float(point), lo=float(lo), hi=float(hi), bound=bound, families=fams, specific=specific,
                  ambiguous=ambiguous, unit_key=unit_key, text=(q.text or f"{point:g} {unit}").strip())


# -- claim views -------------------------------------------------------------------------------

def day(value: str | None) -> int | None:
    """A YYYY-MM-DD (or YYYY-MM, YYYY) date as a day number, or None."""
    if not value:
        return None
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)).toordinal()
    except ValueError:
        return None


@dataclass(eq=False)
class ClaimView:
    """A claim as cross-checking sees it."""

    i: int
    claim: Claim
    doc: str
    sentence: int
    speaker: str | None            # actor id (None: the outlet speaks)
    speaker_key: str               # actor id, or "outlet:…" for the outlet's own voice
    speaker_label: str
    subject: str | None            # who does the reported event (the accused, for accusations)
    object: str | None
    type: str | None
    type_groups: tuple[str, ...]
    polarity: int                  # +1 asserts; -1 denies, or asserts that it did not happen
    rejecting: bool                # a REJECT speech act: a denial when made by the accused
    anaphoric: bool                # content is only "the allegations", "those claims" ...
    tokens: list[str]
    actors: frozenset[str]         # actors named in the content
    roots: frozenset[str]          # root actors of the doer, target and the actors named
    models: frozenset[str]         # model designations named in the content ("mig29")
    named_places: frozenset[str]   # places and countries named in the content
    figure: Figure | None
    places: frozenset[str]
    place_countries: frozenset[str]
    event_day: int | None
    report_day: int | None
    hedged: bool
    vec: dict[str, float] = field(default_factory=dict)
    rare: list[str] = field(default_factory=list)

    @property
    def negative(self) -> bool:
        return self.polarity < 0

    @property
    def content(self) -> str:
        return (self.claim.content_text or self.claim.text or "").strip()

    @property
    def day(self) -> int | None:
        return self.report_day if self.report_day is not None else self.event_day


@lru_cache(maxsize=1)
def _type_groups() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for group, types in settings()["type_groups"].items():
        for t in types:
            out.setdefault(t, []).append(group)
    return {t: tuple(g) for t, g in out.items()}


@lru_cache(maxsize=1)
def _anaphora_nouns() -> frozenset[str]:
    return frozenset(stem(w) for w in settings()["anaphora"]["nouns"])


def make_view(i: int, c: Claim, idx: ActorIndex, documents: dict[str, Document]) -> ClaimView:
    """Read one claim into a ClaimView (without its TF-IDF vector; see ``add_vectors``)."""
    cfg = settings()
    ev = c.event
    doc = documents.get(c.doc)
    subject, obj, etype = ev.subject, ev.object, ev.type
    if etype in cfg["speech_types"] and (subject is None or subject == c.speaker or
                                         (c.speaker and idx.compatible(subject, c.speaker))):
        # "X accused Y of ...": the event is the speech; the content is about Y.
        subject, obj, etype = obj, None, None
    content = c.content_text or c.text or ""
    raw = words(content)
    with_actors, found = idx.find(raw)
    stop = stopwords()
    tokens = []
    for w in with_actors:
        if w.startswith("@"):
            tokens.append(w)
            continue
        s = stem(w)
        if s in stop or w.lower() in stop or len(s) < 2:
            continue
        tokens.append(s)
    content_words = {t for t in tokens if not t.startswith("@")}
    models = frozenset(t for t in content_words if _MODEL_WORD.match(t) and not t.isdigit()
                       and any(ch.isalpha() for ch in t) and any(ch.isdigit() for ch in t))
    roots = frozenset(r for r in (idx.root(x) for x in (*found, subject, obj)) if r)
    named_places = frozenset((idx.name(x) or x).lower() for x in found if idx.kind(x) in ("place", "country"))
    anaphoric = not content_words or content_words <= _anaphora_nouns()
    if c.speaker:
        speaker_key, label = c.speaker, idx.name(c.speaker) or c.speaker_text or c.speaker
    else:
        outlet = (doc.outlet if doc and doc.outlet else None)
        speaker_key = "outlet:" + (outlet or (doc.duplicate_of if doc and doc.duplicate_of else c.doc))
        where = outlet or (f"the article “{doc.title[:50]}”" if doc and doc.title else
                           f"the article {doc.path.rsplit('/', 1)[-1]}" if doc else "the outlet")
        label = c.speaker_text or where
    # A denial whose content is also marked negated ("denied it had not ...") is rare; an
    # extractor marking both for one plain denial is not, so either makes the claim negative.
    negative = c.stance == "denies" or bool(ev.negated)
    places, countries = set(), set()
    for name in (ev.location, ev.place.name if ev.place is not None else None):
        if not name:
            continue
        ws = words(name)
        places.add(" ".join(w.lower() for w in ws))
        _, named = idx.find(ws)
        for aid in named:                       # "Port Vela" is also in Ruritania
            places.update(idx.name(x).lower() for x in idx.family(aid))
    if ev.place is not None and ev.place.country:
        countries.add(ev.place.country.lower())
    if obj and idx.kind(obj) in ("place", "country"):
        places.update(idx.name(x).lower() for x in idx.family(obj))
    report_day = day(doc.published) if doc else None
    return ClaimView(
        i=i, claim=c, doc=c.doc, sentence=c.sentence, speaker=c.speaker, speaker_key=speaker_key,
        speaker_label=label, subject=subject, object=obj, type=etype,
        type_groups=_type_groups().get(etype, ()) if etype else (),
        polarity=-1 if negative else 1, rejecting=c.speech_type == "REJECT" and not negative,
        anaphoric=anaphoric, tokens=tokens, actors=frozenset(found), roots=roots, models=models,
        named_places=named_places,
        figure=figure_of(ev.quantity, content_words, content),
        places=frozenset(p for p in places if p), place_countries=frozenset(countries),
        event_day=day(ev.date), report_day=report_day, hedged=bool(c.hedged))


def add_vectors(views: list[ClaimView]) -> Counter:
    """Give every view a unit-length TF-IDF vector and its rarest shared words.

    RETURNS (Counter): document frequency of every token over the views.
    """
    df: Counter = Counter()
    for v in views:
        df.update(set(v.tokens))
    n = len(views) or 1
    cfg = settings()["blocking"]
    max_df = max(cfg["max_df_floor"], int(cfg["max_df_share"] * n))
    for v in views:
        tf = Counter(v.tokens)
        vec = {t: (1 + math.log(k)) * (math.log((n + 1) / (df[t] + 1)) + 1) for t, k in tf.items()}
        norm = math.sqrt(sum(x * x for x in vec.values())) or 1.0
        v.vec = {t: x / norm for t, x in vec.items()}
        shared = sorted((t for t in tf if 2 <= df[t] <= max_df), key=lambda t: (df[t], t))
        v.rare = shared[:cfg["rare_tokens"]]
    return df


def build_views(claims: list[Claim], idx: ActorIndex, documents: dict[str, Document]) -> list[ClaimView]:
    """ClaimViews with vectors for a list of claims (the order gives ``view.i``)."""
    views = [make_view(i, c, idx, documents) for i, c in enumerate(claims)]
    add_vectors(views)
    return views


def cosine(a: ClaimView, b: ClaimView) -> float:
    """TF-IDF cosine of two contents (actor tokens included)."""
    x, y = (a.vec, b.vec) if len(a.vec) <= len(b.vec) else (b.vec, a.vec)
    return sum(w * y[t] for t, w in x.items() if t in y)


def topic_cosine(a: ClaimView, b: ClaimView) -> float:
    """The part of the cosine carried by words that are not actor names ("mercenaries", "jets")."""
    x, y = (a.vec, b.vec) if len(a.vec) <= len(b.vec) else (b.vec, a.vec)
    return sum(w * y[t] for t, w in x.items() if t in y and not t.startswith("@"))
