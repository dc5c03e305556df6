"""What a number counts by the parse: the noun it modifies ("14 Russian-made military planes" → planes), a
pair of kinds of people ("1,500 men and women" → people), a casualty word or verb that makes the count one of
people hurt ("killing 12 civilians" → civilians killed), a verb of dying for a bare subject ("11 had died").
Split from ``quantities.py`` (its size), which reads every figure with them."""
from __future__ import annotations

from functools import lru_cache

from .. import data
from .lexicons import Numbers
from .tallies import tallies


def _unit_of(num, end, lex: Numbers):
    """The noun a number counts by the parse ("14 Russian-made military planes" → planes)."""
    head = num.head
    if num.dep_ not in ("nummod", "quantmod", "compound") or head.i <= num.i or head.i >= end or head.i - num.i > 7:
        return None
    while head.dep_ == "compound" and head.i < head.head.i < end and head.head.i - num.i <= 7:
        head = head.head          # "MiG 29s", "jet fighters", "RS-4 strike jets"
    if head.pos_ not in ("NOUN", "PROPN") or head.lemma_.lower() in lex.not_units or head.lower_ in lex.not_units:
        return None
    if "\n" in num.doc[num.i:head.i].text_with_ws:
        return None               # a headline's figure and the dateline's place below it
    words = num.doc[num.i + 1:head.i + 1].text.strip(" ,")
    mixed = _people_pair(head)
    if mixed is not None:
        return mixed, "people"      # "1,500 men and women": people
    return _casualty(num.doc, head, words, lex)


def _people_pair(head):
    """The last conjunct of a coordination of kinds of people the number counts ("men and women",
    "women and children": data ``people_nouns``), else None."""
    kinds = _people_nouns()
    if head.lemma_.lower() not in kinds:
        return None
    conj = [c for c in head.children if c.dep_ == "conj" and c.i - head.i <= 3 and c.lemma_.lower() in kinds]
    return conj[-1] if conj else None


@lru_cache(maxsize=1)
def _population() -> tuple[frozenset[str], str]:
    d = data.load("quantities.yaml")
    return frozenset(d.get("population_nouns", [])), d.get("population_unit", "people")


@lru_cache(maxsize=1)
def _people_nouns() -> frozenset[str]:
    return frozenset(data.load("quantities.yaml").get("people_nouns", []))


def _casualty(doc, head, words, lex: Numbers):
    """The unit of a count of people hurt: "58 people were killed" → people killed,
    "killing 12 civilians" → civilians killed; else the words as they are."""
    hurt = _casualty_verb(head.head) if head.dep_ == "dobj" else None
    if hurt is not None:
        # the object of "killing", "wounding": "killing 17 people" counts people killed
        return head, hurt if head.lemma_.lower() in ("people", "person") else f"{words} {hurt.split()[-1]}"
    # any noun of people ("30 fighters were killed", "12 workers wounded"), not only the general ones
    # (not a noun already named by its harm: "two wounded guards died" stay "wounded guards")
    told = any(w.lower() in lex.casualty_words for w in words.split()[:-1])
    if head.lemma_.lower() in ("people", "person") or not told and head.lemma_.lower() in _people_nouns() or \
            head.lower_ in lex.casualty_words:
        for nxt in doc[head.i + 1:min(len(doc), head.i + 4)]:
            if nxt.lower_ in ("and", "or", ",", ";", "but"):
                break             # "killed 12 civilians and wounded dozens": the next clause's word
            if nxt.lower_ in lex.casualty_words:
                words = lex.casualty_words[nxt.lower_] if head.lemma_ in ("people", "person") else \
                    f"{words} {nxt.lower_}"
                break
    return head, words


def _casualty_verb(verb) -> str | None:
    """The unit a casualty verb gives its object ("kill" → people killed), or None."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    return tallies().casualty_verbs.get(verb.lemma_.lower())


@lru_cache(maxsize=1)
def _victim_verbs() -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in (data.load("quantities.yaml").get("victim_verbs") or {}).items()}
