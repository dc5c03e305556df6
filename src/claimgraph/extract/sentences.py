"""Sentence and clause helpers shared by the extraction steps: a document's sentences (computed once),
the sentence of a token, a preposition's objects, the noun an apposition describes."""
from __future__ import annotations

from bisect import bisect_right


def appos_anchor(token):
    """The noun an apposition describes; after a coordination, the nearest conjunct before it."""
    head = token.head
    best = head
    for c in head.children:
        if c.dep_ == "conj" and c.i < token.i and c.i > best.i:
            best = c
    return best


def sentences(doc) -> list:
    """The sentences of ``doc`` as a list, computed once (``doc.sents`` walks every token)."""
    sents = doc.user_data.get("_cg_sents")
    if sents is None:
        sents = list(doc.sents)
        doc.user_data["_cg_sents"] = sents
        doc.user_data["_cg_sent_starts"] = [s.start for s in sents]
    return sents


def sentence_index(doc, token) -> int:
    """Index of the sentence holding ``token``."""
    if "_cg_sent_starts" not in doc.user_data:
        sentences(doc)
    return bisect_right(doc.user_data["_cg_sent_starts"], token.i) - 1


def pobjs_of(prep) -> list:
    """The objects of a preposition."""
    return [c for c in prep.children if c.dep_ == "pobj"]
