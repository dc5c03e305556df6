"""A state's generic institution named bare, in lower case ("the port authority said", "the statistics office
put inflation at 9 percent"), which the model leaves untagged: a mention of that state's institution.

Its owner is the state or city named right after it ("the airport authority in Quelmark", "the customs service
of Ostrevia"), else the one state the article names. An article naming no state, or two, gives it none and
no mention is made: "the port authority" of an unknown state would join every other article's.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from .. import data
from ..model import Mention
from .kb import get_kb
from .tokens import tokens

# a state or city after the institution names its owner ("the port authority in X", "the customs service of X")
OWNER_PREPS = frozenset({"of", "in", "at"})


@lru_cache(maxsize=1)
def _names() -> dict[str, list[tuple[str, ...]]]:
    """Generic institution names of two or more words ending in an office's head word, by that head word."""
    inst = data.load("institutions.yaml")
    heads = {h.lower() for h in inst.get("bare_heads", [])}
    out: dict[str, list[tuple[str, ...]]] = {}
    for g in inst["generic"]:
        for name in g["names"]:
            words = tuple(name.lower().split())
            if len(words) >= 2 and words[-1] in heads and "of" not in words and words not in out.get(words[-1], []):
                out.setdefault(words[-1], []).append(words)
    for forms in out.values():
        forms.sort(key=len, reverse=True)   # the longest name first ("state border service" before "border service")
    return out


def bare_institutions(doc: Doc, mentions: list[Mention], sentence_of: dict[int, int]) -> list[Mention]:
    """Generic institutions written "the <name>" in lower case ("the port authority", "the customs service"),
    owned by the state or city named right after them or by the article's one state.

    doc (Doc): the parsed document.
    mentions (list[Mention]): the mentions found so far (never overlapped).
    sentence_of (dict[int, int]): each token's sentence index.
    RETURNS (list[Mention]): new mentions (ids left empty).
    """
    names = _names()
    table = tokens(doc)
    lower, text = table.lower, table.text
    # only a head word can end one: looked up on the token table
    ends = [i for i, w in enumerate(lower) if w in names and text[i].islower()]
    if not ends:
        return []
    kb = get_kb()
    taken = [(m.start, m.end) for m in mentions]
    states = {(m.local_key or m.name): m for m in mentions if m.kind == "country" and not m.pronoun}
    by_start = {m.start: m for m in mentions if not m.pronoun and m.kind in ("country", "place", "other")}
    one_state = next(iter(states.values())) if len(states) == 1 else None
    out = []
    for i in ends:
        for words in names[lower[i]]:
            start = i - len(words) + 1
            if start < 1 or tuple(lower[start:i + 1]) != words or lower[start - 1] != "the" or \
                    not all(w.islower() for w in text[start:i + 1]):
                continue
            span = doc[start:i + 1]
            if any(a < span.end_char and span.start_char < b for a, b in taken):
                break
            after = by_start.get(doc[i + 2].idx) if i + 2 < len(doc) and lower[i + 1] in OWNER_PREPS else None
            owner = after or one_state
            if owner is None:
                break
            entry = kb.lookup(span.text, generic=True)
            if entry is None or not entry.generic:
                break
            key = owner.local_key or owner.name
            # "the Ostrevian health ministry ... the health ministry": one body, keyed as first named
            named = next((m.local_key or m.name for m in mentions if m.kb_id == entry.id and not m.pronoun and
                          m.affiliation == key), None)
            out.append(Mention(id="", doc=owner.doc, start=span.start_char, end=span.end_char, text=span.text,
                               name=span.text, kind=entry.kind, label="ORG", kb_id=entry.id,
                               local_key=named or f"{span.text} ({key})", affiliation=key,
                               affiliation_kb=owner.kb_id if owner.kind == "country" else None,
                               sentence=sentence_of.get(start, 0)))
            break
    return out
