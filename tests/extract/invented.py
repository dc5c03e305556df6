"""Claims and relations of an invented test text, shared by the event and lexicon tests written on unseen-text
failure classes (``test_events_unseen*.py``, ``test_lexicons_events.py``, ``test_lexicons_gaps.py``)."""
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
