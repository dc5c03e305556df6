"""Claims in one document (placeholder: one outlet claim per sentence; see issue 4)."""
from __future__ import annotations

from ..model import Claim, Document, Mention


def find_claims(document: Document, doc, mentions: list[Mention]) -> list[Claim]:
    out: list[Claim] = []
    for i, sent in enumerate(doc.sents):
        text = sent.text.strip()
        if len(text) < 20:
            continue
        start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
        out.append(Claim(id=f"{document.id}:c{len(out)}", doc=document.id, text=text, start=start,
                         end=start + len(text), content_text=text, sentence=i))
    return out
