"""Run the extraction steps over one document."""
from __future__ import annotations

from ..model import DocResult, Document
from .claims import find_claims
from .mentions import find_mentions
from .signals import find_signals


def analyse(document: Document, doc) -> DocResult:
    """Extract mentions, claims and framing signals from one document.

    document (Document): the cleaned document (offsets point into ``document.text``).
    doc (spacy.tokens.Doc): the parsed ``document.text``.
    RETURNS (DocResult): everything found; actor ids are left for the resolve stage.
    """
    mentions = find_mentions(document, doc)
    claims = find_claims(document, doc, mentions)
    signals = find_signals(document, doc)
    return DocResult(document=document, mentions=mentions, claims=claims, signals=signals)
