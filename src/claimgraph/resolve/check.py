"""Check a claim typed by the user against the claims in a store.

    result = check_text("Russia sent 14 jets to Libya", store)
    for m in result.matches: print(m.relation, m.claim.text, m.reason)

The typed text goes through the same extraction as an article (speaker, event, figure,
stance), its actor names are matched to the store's actors (knowledge-base id, then alias),
and it is compared with the stored claims exactly as cross-checking compares two stored
claims (blocking, ``compare.event_score``, ``compare.relate``). Relations: ``supports``
(corroborates), ``contradicts``, ``updates`` (a tally of a cumulative kind that differs: a
later or earlier count of the same event), and ``related`` (same event, no verdict).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date as _date

from ..errors import CheckError, Errors
from ..model import Actor, Claim, Document, Mention
from .compare import relate
from .features import ActorIndex, ClaimView, build_views, settings, words
from .owners import add_nationality
from .grouping import candidate_pairs, score_pairs
from .run import fill_claim_actors

CHECK_DOC = "dcheck0000000000"
RELATIONS = ("supports", "contradicts", "updates", "related")
_KIND = {"corroborates": "supports", "contradicts": "contradicts", "updates": "updates"}


@dataclass
class CheckMatch:
    """A stored claim and how it bears on the typed claim."""

    relation: str
    claim: Claim
    score: float
    reason: str
    document: Document | None = None
    speaker: str | None = None         # who makes the stored claim (actor name, as written, or the outlet)


@dataclass
class CheckResult:
    """The typed text as read, and the stored claims that bear on it (strongest first)."""

    text: str
    claims: list[Claim] = field(default_factory=list)
    matches: list[CheckMatch] = field(default_factory=list)

    def by_relation(self) -> dict[str, list[CheckMatch]]:
        return {r: [m for m in self.matches if m.relation == r] for r in RELATIONS}


def read_claim(text: str, *, nlp=None, published: str | None = None) -> tuple[list[Claim], list[Mention]]:
    """Extract claims and mentions from a typed text, as from a one-sentence article.

    RETURNS (tuple): the claims (at least one, covering the whole text) and the mentions.
    """
    from ..extract import analyse
    from ..nlp import load_nlp

    text = " ".join(text.split())
    document = Document(id=CHECK_DOC, path="<check>", text=text, published=published, words=len(text.split()))
    nlp = nlp or load_nlp()
    result = analyse(document, nlp(text))
    claims = [c for c in result.claims if (c.content_text or c.text or "").strip()]
    if not claims:
        claims = [Claim(id=f"{CHECK_DOC}:c0", doc=CHECK_DOC, text=text, start=0, end=len(text), content_text=text,
                        content_start=0, content_end=len(text))]
    return claims, result.mentions


def match_mentions(mentions: list[Mention], actors: list[Actor]) -> dict[str, str]:
    """Mention id → store actor id, by knowledge-base id, then by name or alias."""
    by_kb = {}
    for a in actors:
        if a.kb_id:
            by_kb.setdefault(a.kb_id, a.id)
    idx = ActorIndex(actors)
    out = {}
    for m in mentions:
        aid = by_kb.get(m.kb_id) if m.kb_id else None
        for name in (m.local_key, m.name, m.text):
            if aid or not name:
                continue
            aid = idx.alias.get(tuple(w.lower() for w in words(name)))
        if aid:
            out[m.id] = aid
    return out


def check_claims(typed: list[Claim], stored: list[Claim], actors: list[Actor], documents: dict[str, Document],
                 *, limit: int = 20, related: bool = False) -> list[CheckMatch]:
    """Compare typed claims (actor ids filled) with stored ones; no store access.

    typed (list[Claim]): the claims read from the user's text.
    stored (list[Claim]): the store's claims, actor ids filled.
    documents (dict): document id → Document (the typed claims' document included or not).
    limit (int): at most this many matches per relation.
    related (bool): also list same-event claims that neither support nor contradict.
    RETURNS (list[CheckMatch]): by relation, then strongest first.
    """
    idx = ActorIndex(actors)
    views = build_views([*stored, *typed], idx, documents)
    add_nationality(views, idx)
    mine = set(range(len(stored), len(views)))
    for i in mine:
        views[i].speaker_label = "the claim checked"
    scored = score_pairs(views, idx, candidate_pairs(views, idx, only=mine))
    th = settings()["thresholds"]["same_event"]
    best: dict[str, CheckMatch] = {}
    for (i, j), ps in scored.items():
        if (i in mine) == (j in mine):
            continue
        t, s = (views[i], views[j]) if i in mine else (views[j], views[i])
        verdict = relate(t, s, ps, idx)
        if verdict is not None:
            relation, reason = _relation(verdict.kind, t, s), verdict.reason
        elif related and ps.score >= th:
            relation, reason = "related", "same event: " + "; ".join(ps.explain(idx))
        else:
            continue
        m = CheckMatch(relation=relation, claim=s.claim, score=ps.score, reason=reason,
                       document=documents.get(s.doc), speaker=s.speaker_label)
        prev = best.get(s.claim.id)
        if prev is None or RELATIONS.index(m.relation) < RELATIONS.index(prev.relation) or (
                m.relation == prev.relation and m.score > prev.score):
            best[s.claim.id] = m
    out = []
    for relation in RELATIONS:
        ms = sorted((m for m in best.values() if m.relation == relation), key=lambda m: (-m.score, m.claim.id))
        out.extend(ms[:limit])
    return out


def _relation(kind: str, typed: ClaimView, stored: ClaimView) -> str:
    """A link kind read from the typed claim's side."""
    if kind == "contradicts" and typed.figure and stored.figure and not typed.negative and not stored.negative:
        cumulative = set(settings()["cumulative"]) & typed.figure.families & stored.figure.families
        if cumulative and typed.day is None:
            return "updates"             # an undated tally of a growing count: an earlier or later figure
    return _KIND[kind]


def check_text(text: str, store, *, nlp=None, published: str | None = None, limit: int = 20,
               related: bool = False) -> CheckResult:
    """Check a typed claim against every claim in a store.

    text (str): the claim, e.g. "Russia sent 14 jets to Libya".
    store (Store): an open store.
    published (str | None): when the claim was made (YYYY-MM-DD), to tell updates from contradictions.
    limit (int): at most this many matches per relation.
    related (bool): also list same-event claims with no verdict.
    RETURNS (CheckResult): the typed claims as read and the matches.
    """
    if not text or not text.strip():
        raise CheckError(Errors.E051)
    if published:
        try:
            _date.fromisoformat(published)
        except ValueError as e:
            raise CheckError(Errors.E050.format(value=published)) from e
    claims, mentions = read_claim(text, nlp=nlp, published=published)
    actors = store.actors()
    fill_claim_actors(claims, match_mentions(mentions, actors))
    documents = {d.id: d for d in store.documents(with_text=False)}
    documents[CHECK_DOC] = Document(id=CHECK_DOC, path="<check>", text=text, published=published)
    matches = check_claims(claims, list(store.claims()), actors, documents, limit=limit, related=related)
    return CheckResult(text=text, claims=claims, matches=matches)
