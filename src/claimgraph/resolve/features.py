"""What cross-checking reads off each claim: content words, actor roots, the figure, dates.

The corpus's actors as cross-checking reads them (``ActorIndex``) are in ``actor_index.py``.

A ``ClaimView`` is computed once per claim so that comparing two claims is a handful of set
and dict operations (grouping compares up to a few dozen candidates per claim). Knowledge
(unit families, stop words, type groups, settings) comes from ``data/crosscheck.yaml``.
"""
from __future__ import annotations

import math
import re
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Iterable

from ..model import Claim, Document
from .actor_index import ActorIndex, _alias_words, demonyms_of  # noqa: F401 (re-exported)
from .owners import owner_fields
from .figures import INF, Figure, classify_unit, figure_of, kinds_named, unit_families  # noqa: F401 (re-exported)
from .vectors import Vocab
from .text import MODEL_WORD, concepts, numbers_in, numbers_in_words, settings, stem, stopwords, words  # noqa: F401 (re-exported)


# -- claim views -------------------------------------------------------------------------------

@lru_cache(maxsize=1 << 14)   # one int object per date, not one per claim (28 bytes each at corpus scale)
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


@dataclass(eq=False, slots=True)   # slots: a corpus holds one view per claim, millions of them
class ClaimView:
    """A claim as cross-checking sees it.

    A view holds what scoring, relating and grading read of its claim (id, offsets, speech type,
    stance, the speaker's words, sources, the content) but not the ``Claim`` itself unless asked
    (``build_views(keep_claims=True)``, the default for a handful of claims): the corpus stage
    holds one view per claim of the corpus and reads the claims as a stream (1.4 KB a Claim).
    ``view.claim`` is the Claim when kept, else the view, which answers the same attributes.
    """

    i: int
    id: str
    start: int
    end: int
    speech_type: str | None
    stance: str | None
    speaker_text: str | None
    via: tuple                     # the claim's Via sources (one shared empty tuple for most claims)
    body: str                      # content_text, else the sentence (what the content words come from)
    kept: Claim | None
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
    tokens: tuple[str, ...]        # until its vector is made (``add_vectors``)
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
    kinds: frozenset[str] = frozenset()        # kinds of thing the content names ("warplanes": aircraft)
    numbers: frozenset[float] = frozenset()    # counts the content names ("the eight jets reported")
    anchors: frozenset[str] = frozenset()      # root actors the sentence is about (not its speaker, not media)
    own_places: frozenset[str] = frozenset()   # places (towns, regions) the claim or its sentence names
    ctx_places: frozenset[str] = frozenset()   # the same, else those of the sentences just before (see below)
    owners: frozenset[str] = frozenset()       # whose people the figure counts ("contractors of X": owners.py)
    ties: frozenset = frozenset()              # (company, country) pairs its sentence states (owners.py)
    packed: bytes = b""            # TF-IDF vector and rarest words, tokens numbered in ``vocab`` (vectors.py)
    vocab: Vocab | None = None     # shared by the views of one corpus

    @property
    def vec(self) -> dict[str, float]:
        """Unit-length TF-IDF vector: token → weight, in the order the tokens first occur (read-only)."""
        return self.vocab.unpack_vec(self.packed) if self.vocab is not None else {}

    @property
    def rare(self) -> list[str]:
        """The view's rarest content words that other views share (blocking keys)."""
        return self.vocab.unpack_rare(self.packed) if self.vocab is not None else []

    @property
    def negative(self) -> bool:
        return self.polarity < 0

    @property
    def claim(self) -> "Claim | ClaimView":
        """The Claim when kept, else the view itself (it answers the attributes cross-checking reads)."""
        return self.kept if self.kept is not None else self

    @property
    def content_text(self) -> str:
        return self.body

    @property
    def text(self) -> str:
        return self.body

    def shared(self) -> "ClaimView":
        """The view with its sets replaced by equal ones already in use (each set costs 216 bytes,
        empty or not, and most claims' sets are empty or repeat another claim's). RETURNS (ClaimView): self."""
        for name in _SET_FIELDS:
            setattr(self, name, _shared(getattr(self, name)))
        return self

    @property
    def content(self) -> str:
        return self.body.strip()

    @property
    def day(self) -> int | None:
        return self.report_day if self.report_day is not None else self.event_day


_SET_FIELDS = ("actors", "roots", "models", "named_places", "places", "place_countries", "kinds", "numbers",
               "anchors", "own_places", "ctx_places", "owners", "ties")
_SHARED: dict[frozenset, frozenset] = {}


def forget_shared() -> None:
    """Let the sets and offsets shared by views go (the corpus stage calls it once its views are gone)."""
    _SHARED.clear()
    _INTS.clear()


def _shared(value: frozenset) -> frozenset:
    """One object per distinct set (sets are immutable: sharing them changes nothing but memory)."""
    if len(_SHARED) > 1 << 20:
        _SHARED.clear()               # a long-running process (the web app) does not keep every set ever made
    return _SHARED.setdefault(value, value)


_INTS: dict[int, int] = {}


def _int(value: int | None) -> int | None:
    """One int object per offset value (an int over 256 is a new 28-byte object per claim read)."""
    if value is None or -5 <= value <= 256:
        return value                  # None, and small ints, are one object already
    if len(_INTS) > 1 << 20:
        _INTS.clear()
    return _INTS.setdefault(value, value)


def _tokens(tokens: list[str]) -> tuple[str, ...]:
    """A view's tokens as held until its vector is made: a tuple (a list over-allocates), actor
    tokens interned ("@" + id is a new string per claim; stems are shared by ``stem``'s cache)."""
    return tuple([sys.intern(t) if t[:1] == "@" else t for t in tokens])


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


def make_view(i: int, c: Claim, idx: ActorIndex, documents: dict[str, Document], keep_claim: bool = True
              ) -> ClaimView:
    """Read one claim into a ClaimView (without its TF-IDF vector; see ``add_vectors``).

    keep_claim (bool): hold the Claim in the view (``view.kept``); the corpus stage does not.
    """
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
    content_found = (raw, with_actors, found)     # read again by ``_sentence_anchors``: found once
    if c.speaker and (c.stance == "denies" or c.speech_type == "REJECT") and _names_own_side(raw):
        # "denied that the group had fired on civilians": the denier's own side is what is denied
        found = found | set(idx.family(c.speaker))
    stop = stopwords()
    same = concepts()
    verb_only = _verb_only()
    tokens, stems = [], []
    for k, w in enumerate(with_actors):
        if w.startswith("@"):
            tokens.append(w)
            continue
        s = stem(w)
        if s in stop or w.lower() in stop or len(s) < 2:
            continue
        stems.append(s)
        nxt = with_actors[k + 1].lower() if k + 1 < len(with_actors) else ""
        if w.lower() in verb_only and not (nxt.startswith("@") or nxt in verb_only[w.lower()]):
            tokens.append(s)              # "armed formations": an adjective, not the act of arming
        else:
            tokens.append(same.get(s, s))
    if ev.quantity is not None and ev.quantity.unit:
        # "put the figure at some 150": the unit came from the count before; it is what the claim is about
        unit_words, _ = idx.find(words(ev.quantity.unit))
        for w in unit_words:
            s = stem(w)
            if w.startswith("@") or w[:1].isupper():
                continue                  # names are already actor tokens ("Sable Ridge contractors")
            if s not in stems and s not in stop and w.lower() not in stop and len(s) >= 2:
                stems.append(s)
                tokens.append(same.get(s, s))
    content_words = set(stems)
    models = frozenset(t for t in content_words if MODEL_WORD.match(t) and not t.isdigit()
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
        # one string per outlet, not one per claim (the corpus stage holds a view per claim)
        speaker_key, label = sys.intern(speaker_key), sys.intern(label)
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
    anchors, own_places = _sentence_anchors(c, found, subject, obj, idx, content_found)
    own_places |= {p for p in places if p}
    figure = figure_of(ev.quantity, content_words, content)
    return ClaimView(
        i=i, id=c.id, start=_int(c.start), end=_int(c.end), speech_type=c.speech_type, stance=c.stance,
        speaker_text=c.speaker_text, via=tuple(c.via) if c.via else (), body=content,
        kept=c if keep_claim else None, doc=c.doc, sentence=c.sentence, speaker=c.speaker, speaker_key=speaker_key,
        speaker_label=label, subject=subject, object=obj, type=etype,
        type_groups=_type_groups().get(etype, ()) if etype else (),
        polarity=-1 if negative else 1, rejecting=c.speech_type == "REJECT" and not negative,
        anaphoric=anaphoric, tokens=_tokens(tokens), actors=frozenset(found), roots=roots, models=models,
        named_places=named_places,
        figure=figure, **owner_fields(ev.quantity, figure, content, c.text, idx),
        places=frozenset(p for p in places if p), place_countries=frozenset(countries),
        event_day=day(ev.date), report_day=report_day, hedged=bool(c.hedged),
        kinds=kinds_named(content_words), numbers=numbers_in_words(raw), anchors=anchors,
        own_places=frozenset(own_places), ctx_places=frozenset(own_places)).shared()


def _sentence_anchors(c: Claim, found: set[str], subject: str | None, obj: str | None, idx: ActorIndex,
                      content_found: tuple | None = None) -> tuple[frozenset[str], set[str]]:
    """What a claim is about besides who says it: root actors of its sentence, places of its content.

    A figure's referent is often named in its sentence outside the reported content ("hundreds
    of foreign fighters had joined the rebels, many of them employed by Greyhollow Group").
    The speaker, the sources a claim leans on and news media are not what it is about. Places
    come from the content only: the rest of the sentence says where it was said ("Oslund told
    reporters in Orvane"), and a dateline ("ORVANE, March 3") where the report was filed.
    content_found (tuple): the content's words, and ``idx.find`` of them, as ``make_view`` read them: the
        look-ups below are not made again when they would read the same words.
    RETURNS (tuple): root actor ids, place names.
    """
    raw, with_actors, raw_found = content_found or (None, None, None)
    if raw is None:
        raw = words(c.content_text or c.text)
    kept = [w for w in raw if not (w.isupper() and len(w) > 3)]
    if with_actors is not None and len(kept) == len(raw):
        marked, in_content = with_actors, raw_found     # no dateline word left out: the same words
    else:
        marked, in_content = idx.find(kept)
    if (c.content_text or c.text or "") == (c.text or ""):
        in_sentence = in_content                       # the content is the sentence
    else:
        sent_words = [w for w in words(c.text) if not (w.isupper() and len(w) > 3)]
        _, in_sentence = idx.find(sent_words)
    _, in_voice = idx.find(words(c.speaker_text))
    voice = {idx.root(x) for x in (c.speaker, *(v.actor for v in c.via), *in_voice) if x}
    in_content = in_content - _said_in(marked)
    anchors, places = set(), set()
    for x in {*found, *in_sentence, subject, obj}:
        if not x:
            continue
        kind = idx.kind(x)
        if kind == "place":
            if x in in_content or x in (subject, obj):
                places.add((idx.name(x) or x).lower())
        elif kind != "media" and idx.root(x) not in voice:
            anchors.add(idx.root(x))
    return frozenset(a for a in anchors if a), places


@lru_cache(maxsize=1)
def _verb_only() -> dict[str, frozenset[str]]:
    """Words whose concept holds only as a verb, and the words that may follow the verb (``concept_verbs``)."""
    return {str(w).lower(): frozenset(str(x).lower() for x in nxt)
            for w, nxt in (settings().get("concept_verbs") or {}).items()}


@lru_cache(maxsize=1)
def _own_side_phrases() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.lower().split()) for p in settings()["anaphora"].get("own_side", []))


def _names_own_side(ws: list[str]) -> bool:
    """Does a content refer to its speaker's own side ("the group", "his government", "our units")?"""
    lower = [w.lower() for w in ws]
    for phrase in _own_side_phrases():
        n = len(phrase)
        if any(tuple(lower[k:k + n]) == phrase for k in range(len(lower) - n + 1)):
            return True
    return False


def _said_in(marked: list[str]) -> set[str]:
    """Places where something was said ("Quill told reporters in Lunden"), in a content that runs
    over its attribution: "in" + place within a few words after a reporting word (``frame_words``)."""
    frame = _frame_words()
    out = set()
    for k, w in enumerate(marked):
        if w.startswith("@") and k >= 2 and marked[k - 1].lower() == "in" and \
                any(x.lower() in frame for x in marked[max(0, k - 5):k - 1]):
            out.add(w[1:])
    return out


@lru_cache(maxsize=1)
def _frame_words() -> frozenset[str]:
    return frozenset(w.lower() for w in settings()["context"].get("frame_words", []))


def add_context_places(views: list[ClaimView]) -> None:
    """A claim that names no place is about the place of the sentences just before it.

    News text says where first and elaborates after ("... landed at the airfield in Brenik."
    then "Eight aircraft are now sitting on an airstrip ..."). A claim with no place of its own
    takes those of the nearest earlier claim of its article within ``context.sentences_back``
    sentences, else those of the article's lead (``context.lead_sentences``: headline and
    first sentence).
    """
    cfg = settings()["context"]
    by_doc: dict[str, list[ClaimView]] = {}
    for v in views:
        by_doc.setdefault(v.doc, []).append(v)
    for doc_views in by_doc.values():
        doc_views.sort(key=lambda v: (v.sentence, v.claim.start))
        lead = frozenset().union(*(v.own_places for v in doc_views if v.sentence <= cfg["lead_sentences"]))
        for pos, v in enumerate(doc_views):
            if v.own_places:
                continue
            inherited = None
            for prev in reversed(doc_views[:pos]):
                if v.sentence - prev.sentence > cfg["sentences_back"]:
                    break
                if prev.own_places:
                    inherited = prev.own_places
                    break
            v.ctx_places = inherited if inherited is not None else _shared(lead)


def add_vectors(views: list[ClaimView], drop_tokens: bool = False) -> Counter:
    """Give every view a unit-length TF-IDF vector and its rarest shared words.

    drop_tokens (bool): let each view's token list go once its vector is made (the corpus stage
        reads them for nothing else): the lists of the views done are freed while later vectors
        are made, instead of every list and every vector being held at once.
    RETURNS (Counter): document frequency of every token over the views.
    """
    df: Counter = Counter()
    for v in views:
        df.update(set(v.tokens))
    n = len(views) or 1
    cfg = settings()["blocking"]
    max_df = max(cfg["max_df_floor"], int(cfg["max_df_share"] * n))
    vocab = Vocab()                   # views hold their vectors packed, tokens numbered (vectors.py)
    for v in views:
        tf = Counter(v.tokens)
        vec = {t: (1 + math.log(k)) * (math.log((n + 1) / (df[t] + 1)) + 1) for t, k in tf.items()}
        norm = math.sqrt(sum(x * x for x in vec.values())) or 1.0
        shared = sorted((t for t in tf if 2 <= df[t] <= max_df), key=lambda t: (df[t], t))
        v.packed = vocab.pack({t: x / norm for t, x in vec.items()}, shared[:cfg["rare_tokens"]])
        v.vocab = vocab
        if drop_tokens:
            v.tokens = ()             # ~200 bytes a view at corpus scale
    return df


def build_views(claims: Iterable[Claim], idx: ActorIndex, documents: dict[str, Document], *,
                keep_claims: bool = True) -> list[ClaimView]:
    """ClaimViews with vectors for claims (the order gives ``view.i``).

    claims (iterable): the claims; read once, so a stream from the store is never held whole.
    keep_claims (bool): hold each Claim in its view (``view.kept``) and its tokens once its vector is
        made; the corpus stage does neither.
    RETURNS (list[ClaimView]): one view per claim.
    """
    if keep_claims:
        views = [make_view(i, c, idx, documents, keep_claims) for i, c in enumerate(claims)]
    else:                             # the corpus stage: the same views, made in several processes
        from .parallel import make_views

        views = make_views(claims, idx, documents)
    add_context_places(views)
    add_vectors(views, drop_tokens=not keep_claims)   # the corpus stage reads tokens only for vectors
    return views


def cosine(a: ClaimView, b: ClaimView) -> float:
    """TF-IDF cosine of two contents (actor tokens included)."""
    va, vb = a.vec, b.vec             # each read unpacks (vectors.py): once
    x, y = (va, vb) if len(va) <= len(vb) else (vb, va)
    return sum(w * y[t] for t, w in x.items() if t in y)


def topic_cosine(a: ClaimView, b: ClaimView) -> float:
    """The part of the cosine carried by words that are not actor names ("mercenaries", "jets")."""
    va, vb = a.vec, b.vec
    x, y = (va, vb) if len(va) <= len(vb) else (vb, va)
    return sum(w * y[t] for t, w in x.items() if t in y and not t.startswith("@"))
