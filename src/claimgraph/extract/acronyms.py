"""Acronyms an article defines that the model did not mark: "the Military Council for National Salvation
(MCNS), which ..." and later "the MCNS said".

spaCy's small model often leaves a bracketed acronym untagged, so the acronym never becomes an alias of the
name. Every acronym defined in brackets right after a mention of an organisation (and spelling its initials,
``coref.initials_spell``) becomes a mention there and wherever the article writes it again; ``coref`` then
links it to the name it defines.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..model import Mention
from .tokens import tokens
from .coref import initials_spell

GROUPS = ("organization", "government", "armed_group", "media", "other")
DEFINED = re.compile(r"\s*\(\s*([A-Z][A-Z.]{1,8})\s*\)")


def defined_acronyms(doc: Doc, mentions: list[Mention], sentence_of: dict[int, int]) -> list[Mention]:
    """Mentions of the acronyms the article defines after an organisation's name and no mention holds.

    doc (Doc): the parsed document.
    mentions (list[Mention]): the document's mentions.
    sentence_of (dict): token index -> sentence number.
    RETURNS (list[Mention]): new mentions (ids left empty), kind and label those of the defined name.
    """
    text = tokens(doc).doc_text   # read once per document (Doc.text joins every token again)
    taken = [(m.start, m.end) for m in mentions]
    held = {m.name.replace(".", "") for m in mentions if not m.pronoun}
    out: list[Mention] = []
    for m in mentions:
        if m.pronoun or m.kind not in GROUPS or " " not in m.name:
            continue
        found = DEFINED.match(text, m.end)
        if found is None:
            continue
        acr = found.group(1)
        if not initials_spell(acr.replace(".", ""), m.name):
            continue
        for other in mentions:
            if other.name == acr and other.kind == "other" and not other.kb_id:
                other.kind = m.kind  # the model's untyped "SCNR" is what it stands for
        if acr.replace(".", "") in held:
            continue
        held.add(acr.replace(".", ""))
        for hit in re.finditer(rf"(?<![\w.]){re.escape(acr)}(?![\w])", text):
            a, b = hit.span()
            if any(x < b and a < y for x, y in taken):
                continue
            out.append(Mention(id="", doc=m.doc, start=a, end=b, text=acr, name=acr, kind=m.kind, label=m.label,
                               sentence=_sentence(doc, a, sentence_of)))
            taken.append((a, b))
    return out


def _sentence(doc: Doc, char: int, sentence_of: dict[int, int]) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return sentence_of.get(span.start, 0) if span is not None else 0
