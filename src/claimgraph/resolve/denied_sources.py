"""Denials of a source rather than of an event: what they contradict across the corpus.

Two forms that pair-by-pair scoring cannot see, because the denial shares no words with what
it denies:

- **A report called false.** "The Korva Group said the Post's report was 'pure fiction'": the
  denial names a news medium (or a report, story … of the medium whose claims come just before it
  in the article) and calls it false (``denied_sources.dismissals`` in ``data/crosscheck.yaml``).
  It contradicts every claim that medium carries — as speaker, in its source chain ("According to
  the Post, the memo shows ...") or unattributed in its own article — about the denier's side.
- **An interview answer.** "Chad says your camps shelter rebel commanders." / "That is simply
  false.": the extractor makes the answer a denial whose content is the question's reported
  claim (``extract/interview.py``). The denial also contradicts the same speaker's claims of the
  same content in other articles ("camps in Niger shelter commanders of the Northern Front").
"""
from __future__ import annotations

from functools import lru_cache

from .actor_index import ActorIndex, _alias_words
from .compare import Verdict, _quote
from .features import ClaimView, cosine
from .owners import BARE_KINDS, _group_by_prefix
from .text import settings, stem, words


@lru_cache(maxsize=1)
def _cfg() -> dict:
    return settings().get("denied_sources") or {}


@lru_cache(maxsize=1)
def _dismissals() -> tuple[tuple[str, ...], ...]:
    return tuple(t for t in (tuple(stem(w) for w in words(str(p))) for p in _cfg().get("dismissals", [])) if t)


@lru_cache(maxsize=4)
def _stems(key: str) -> frozenset[str]:
    return frozenset(stem(w) for p in _cfg().get(key, []) for w in words(str(p)))


def _dismisses(text: str) -> bool:
    """Does a content call something false ("pure fiction", "a fabrication", "lies")?"""
    ws = [stem(w) for w in words(text)]
    for phrase in _dismissals():
        n = len(phrase)
        if any(tuple(ws[k:k + n]) == phrase for k in range(len(ws) - n + 1)):
            return True
    return False


def _side(v: ClaimView, idx: ActorIndex) -> set[str]:
    """Who a claim is about: its doer, target and the actors its content names (not the rest of its
    sentence), with a company for a bare name read as something else ("Korva" for the "Korva Group")."""
    out = set()
    for x in (v.subject, v.object, *v.actors):
        if x:
            out.add(x)
            g = _group_by_prefix(idx, x) if idx.kind(x) in BARE_KINDS else None
            if g:
                out.add(g)
    return out


def report_denials(views: list[ClaimView], idx: ActorIndex) -> list[Verdict]:
    """A speaker calling a medium's report false contradicts the claims that medium carries about
    the speaker's side.

    RETURNS (list[Verdict]): contradicts links, the asserting claim first.
    """
    carried: dict[str, list[ClaimView]] = {}
    by_doc: dict[str, list[tuple[int, str]]] = {}
    outlets: dict[str, str | None] = {}
    for v in views:
        own = None
        if v.speaker is None and v.speaker_key.startswith("outlet:"):
            # the medium's own article: its unattributed claims are its report
            name = v.speaker_key[len("outlet:"):]
            if name not in outlets:
                outlets[name] = idx.alias.get(_alias_words(name))
            own = outlets[name]
        for m in {v.speaker, own, *(getattr(x, "actor", None) for x in v.via)}:
            if m and idx.kind(m) == "media":
                carried.setdefault(m, []).append(v)
                by_doc.setdefault(v.doc, []).append((v.sentence, m))
    denials = []
    back = int(_cfg().get("report_sentences", 3))
    nouns = _stems("report_nouns")
    first = {p[0] for p in _dismissals()}
    last = None
    for d in views:
        if not d.speaker or first.isdisjoint(d.vec or d.tokens) or idx.kind(d.speaker) == "media" or \
                not _dismisses(d.content):
            continue                           # (its words are stems: a cheap test before the phrases)
        if last is None:
            last = _last_words(idx)
        media = {x for x in d.actors if idx.kind(x) == "media"} or _short_names(d.content, last)
        if not media and {stem(w) for w in words(d.content)} & nouns:
            # "the report was pure fiction": the medium whose claims come just before it in the article
            media = {m for s, m in by_doc.get(d.doc, ()) if 0 <= d.sentence - s <= back}
        if media:
            denials.append((d, media))
    if not denials:
        return []
    out = []
    limit = int(_cfg().get("max_links", 25))
    for d, media in denials:
        family = set(idx.family(d.speaker))
        hits = []
        for m in sorted(media):
            for v in carried.get(m, ()):
                if v.i == d.i or v.negative or (v.doc == d.doc and v.sentence == d.sentence):
                    continue
                if v.speaker and idx.compatible(idx.root(v.speaker), idx.root(d.speaker)):
                    continue                   # the denier's own side, quoted by that medium
                if not recent(v, d):
                    continue                   # a report weeks older, or published after the denial
                about = _side(v, idx)
                if not any(idx.compatible(x, f) for x in about for f in family):
                    continue                   # the medium's other stories are not denied
                hits.append(v)
        # the reports nearest in time first
        for v in sorted(hits, key=lambda v: (_gap(v, d), v.claim.id))[:limit]:
            out.append(Verdict("contradicts", v, d,
                               f"{d.speaker_label} calls {idx.name(sorted(media)[0])}'s report false: "
                               f"{_quote(d.content)} vs {_quote(v.content)} ({v.speaker_label}) — same event: "
                               f"a report of that medium about {idx.name(d.speaker)}"))
    return out


def _last_words(idx: ActorIndex) -> dict[str, set[str]]:
    """The last word of each medium's name (of two words or more) → the media that end with it."""
    last: dict[str, set[str]] = {}
    for a in idx.by_id.values():
        if a.kind == "media":
            for form in (a.name, *a.aliases):
                ws = [w.lower() for w in words(form)]
                if len(ws) > 1 and "of" not in ws:       # "Herald of Orvane" ends with its city
                    last.setdefault(ws[-1], set()).add(a.id)
    # a word that names another actor ("Orvane" the city) names that actor, not a medium
    return {w: ids for w, ids in last.items() if idx.kind(idx.alias.get((w,))) in (None, "media")}


def _short_names(text: str, last: dict[str, set[str]]) -> set[str]:
    """Media named by the last word of their name ("the Herald's investigation" for the Lom Herald),
    where one medium of the corpus has that last word (``_last_words``)."""
    out = set()
    for w in words(text):
        hit = last.get(w.lower()) if w[:1].isupper() else None
        if hit and len(hit) == 1:
            out |= hit
    return out


def _gap(v: ClaimView, d: ClaimView) -> int:
    return abs(d.day - v.day) if d.day is not None and v.day is not None else 0


def recent(v: ClaimView, d: ClaimView) -> bool:
    """Is ``v`` a report the denial ``d`` can answer: not published after it, nor more than
    ``denied_sources.report_days`` before it (undated: yes)?"""
    if d.day is None or v.day is None:
        return True
    return 0 <= d.day - v.day <= int(_cfg().get("report_days", 30))


def answer_denials(views: list[ClaimView], idx: ActorIndex) -> list[Verdict]:
    """An interview answer denying the question's claim also contradicts that speaker's claims of the
    same content in other articles.

    RETURNS (list[Verdict]): contradicts links, the asserting claim first.
    """
    cfg = _cfg()
    by_doc: dict[str, list[ClaimView]] = {}
    for v in views:
        by_doc.setdefault(v.doc, []).append(v)
    pairs = []
    for doc_views in by_doc.values():
        for d in doc_views:
            if not d.negative or not d.speaker:
                continue
            for q in doc_views:
                if q.negative or not q.speaker or q.speaker_key == d.speaker_key or \
                        not 0 < d.sentence - q.sentence <= cfg.get("answer_sentences", 3) or \
                        " ".join(q.content.split()) != " ".join(d.content.split()):
                    continue
                pairs.append((d, q))          # the answer's content is the question's claim
    if not pairs:
        return []
    by_root: dict[str, list[ClaimView]] = {}
    for v in views:
        r = idx.root(v.speaker)
        if r and not v.negative:
            by_root.setdefault(r, []).append(v)
    out = []
    least = cfg.get("answer_similarity", 0.3)
    for d, q in pairs:
        for v in by_root.get(idx.root(q.speaker), ()):
            if v.doc == d.doc or cosine(v, q) < least:
                continue
            out.append(Verdict("contradicts", v, d,
                               f"{d.speaker_label} denies what {v.speaker_label} asserts: {_quote(d.content)} "
                               f"(an interview answer to {q.speaker_label}'s claim) vs {_quote(v.content)} — "
                               f"same event: the same claim by the same speaker (wording {cosine(v, q):.2f})"))
    return out
