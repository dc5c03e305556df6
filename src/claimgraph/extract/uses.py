"""How a name is used where it stands: a dateline, an actor, a title alone, a person set off by commas.

Helpers of ``mentions.py`` that read the words around one candidate name; each answers a yes/no question
(or names the state after an institution) and changes nothing.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from .. import data
from .kb import fold, get_kb
from .locations import is_locative, place_use
from .names import lexicon
from .roles import CONNECTORS, apposition_before, is_title_token
from .spans import Piece
from .states import StateFacts


@lru_cache(maxsize=1)
def _name_words() -> set[str]:
    return set(data.load("institutions.yaml").get("name_words", []))


def person_in_apposition(doc: Doc, p: Piece) -> bool:
    """Two or three capitalised words set off by commas after a title phrase, or with a given name first."""
    words = p.name.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) or \
            any(fold(w) in _name_words() for w in words):
        return False
    if fold(words[0]) in lexicon().first_names or fold(words[0]) in _given_names():
        return True
    return apposition_before(doc, p.start).role is not None and p.end < len(doc) and doc[p.end].text == ","


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    d = data.load("given_names.yaml")
    return frozenset(d["female"]) | frozenset(d["male"])


def actor_use(span: Span) -> bool:
    """A one-word place name used as the doer or target of an act ("Velmora accused X", "accused Velmora of"),
    not as a location nor as the subject of a state ("Velmora was calm")."""
    if len(span) != 1 or is_locative(span) or place_use(span) or dateline(span):
        return False
    root = span.root
    head = root.head
    if root.dep_ == "nsubj":
        return head.pos_ == "VERB" and head.lemma_ not in ("be", "lie", "remain", "stay", "sit", "become")
    return root.dep_ == "dobj" and head.pos_ == "VERB" and head.i < root.i


def dateline(span: Span) -> bool:
    """A city in capitals opening a line, before a comma or a dash ("KELMORA, 3 May -"): where the article was
    filed, a place."""
    doc = span.doc
    line_start = span.start == 0 or "\n" in doc[span.start - 1].text or doc[span.start - 1].is_space
    if not (line_start and len(span.text) > 3 and span.end < len(doc)):
        return False
    nxt = doc[span.end]
    if not span.text.isupper():
        # "Velmir, 3 May (Norvanian News Agency) -": a dateline in title case, a date then the agency or a dash
        return nxt.text == "," and span.end + 1 < len(doc) and doc[span.end + 1].ent_type_ == "DATE" and \
            any(t.text in ("(", "-", "\u2013", "\u2014") for t in doc[span.end + 2:span.end + 8])
    if nxt.text in ("-", "\u2013", "\u2014", "("):
        return True
    # "KELMORA, 3 May -": a comma, then a date (the model may read its day as a bare number)
    return nxt.text == "," and span.end + 1 < len(doc) and (doc[span.end + 1].ent_type_ == "DATE" or
                                                            doc[span.end + 1].like_num)


def title_only(span: Span, facts: StateFacts) -> bool:
    """A title and nothing else: title words, demonyms and connectors ("Norvanian Defence", "Minister of
    Foreign Affairs"), where what is left without the demonyms is no institution ("Russian military" is one)."""
    if not any(is_title_token(t) for t in span):
        return False                    # no title word at all (most names): the demonym look-ups are moot
    kb = get_kb()
    demonym = [bool(kb.demonym_country(t.text) or facts.demonym(t.text)) for t in span]
    rest = [t for t, d in zip(span, demonym) if not d]
    if not rest or not any(is_title_token(t) for t in rest):
        return False
    if not all(is_title_token(t) or t.lower_ in CONNECTORS for t in rest):
        return False
    return kb.lookup(" ".join(t.text for t in rest), generic=True) is None


def state_after(doc: Doc, end: int, facts: StateFacts):
    """A learned state named right after a span: "Ministry of Defence" + "of the Republic of Norvania"."""
    if end + 1 < len(doc) and doc[end].lower_ == "of":
        j = end + 1 + (doc[end + 1].lower_ == "the")
        # the state's entity may start a few words on ("the Republic of" + "Norvania")
        ent = next((e for e in doc.ents if e.end > j and e.start <= j + 3), None)
        if ent is not None:
            found = facts.state_named(doc[j:ent.end].text) or facts.state_named(ent.text)
            if found is not None:
                return found
        return facts.state_named(doc[j].text)  # a state the model left untagged (in a headline)
    return None
