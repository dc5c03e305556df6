"""Claims, relations and figures of an invented test text, shared by the tests written on unseen-text failure
classes (``test_events_unseen*.py``, ``test_lexicons_events.py``, ``test_lexicons_gaps.py``, ``test_sources.py``,
``test_figure_clauses.py``)."""
from __future__ import annotations

from claimgraph.extract.claims import find_claims
from claimgraph.extract.mentions import find_mentions
from claimgraph.model import Document

PUBLISHED = "2026-03-04"


def extract(nlp, text: str):
    """(claims, mentions by id) for one invented article published on ``PUBLISHED``."""
    document = Document(id="t", path="t.txt", text=text, published=PUBLISHED)
    doc = nlp(text)
    mentions = find_mentions(document, doc)
    return find_claims(document, doc, mentions), {m.id: m for m in mentions}


def name(by_id, mention_id):
    """The local key (else the name) of a mention id, or None."""
    m = by_id.get(mention_id)
    return (m.local_key or m.name) if m else None


def relations(claims, by_id) -> set[tuple]:
    """(subject, type, object) of every claim's event."""
    return {(name(by_id, c.event.subject_mention), c.event.type, name(by_id, c.event.object_mention))
            for c in claims if c.event.type}


def text_relations(nlp, text: str) -> set[tuple]:
    """(subject, type, object) of every claim's event in an invented text."""
    return relations(*extract(nlp, text))


def figure_speakers(claims, by_id) -> set[tuple]:
    """(value, speaker name, else the speaker text as written, else None) of every claim with a figure."""
    out = set()
    for c in claims:
        q = c.event.quantity
        if q is not None:
            m = by_id.get(c.speaker_mention)
            out.add((q.value, (m.local_key or m.name) if m else c.speaker_text))
    return out
