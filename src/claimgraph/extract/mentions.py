"""Actor mentions in one document (placeholder: spaCy entities; see issue 3)."""
from __future__ import annotations

from ..model import Document, Mention

LABEL_KIND = {"PERSON": "person", "GPE": "country", "NORP": "country", "ORG": "organization", "LOC": "place",
              "FAC": "place"}


def find_mentions(document: Document, doc) -> list[Mention]:
    out: list[Mention] = []
    sent_index = {s.start: i for i, s in enumerate(doc.sents)}
    for ent in doc.ents:
        if ent.label_ not in LABEL_KIND:
            continue
        sent = sent_index.get(ent.sent.start, 0)
        name = ent.text.strip()
        if name.lower().startswith("the "):
            name = name[4:]
        out.append(Mention(id=f"{document.id}:m{len(out)}", doc=document.id, start=ent.start_char, end=ent.end_char,
                           text=ent.text, name=name, kind=LABEL_KIND[ent.label_], label=ent.label_,
                           local_key=name, sentence=sent))
    return out
