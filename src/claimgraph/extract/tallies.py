"""The tally vocabulary of ``data/quantities.yaml`` (casualty verbs, tolls, counting verbs, page furniture,
months) and the tests that need only words: indefinite amounts, furniture, dates beside a number."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .. import data
from ..model import Quantity
from .lexicons import cues


@dataclass(frozen=True)
class Tallies:
    """Words that give a bare number its unit (``data/quantities.yaml``): casualty verbs, tolls, counts."""

    casualty_verbs: dict[str, str]
    toll_nouns: dict[tuple[str, ...], str]
    count_nouns: frozenset[str]
    tally_verbs: frozenset[str]
    negating: frozenset[str]
    indefinite: frozenset[tuple[str, ...]]
    count_verbs: frozenset[str] = frozenset()
    amount_verbs: frozenset[str] = frozenset()
    furniture: frozenset[str] = frozenset()
    months: frozenset[str] = frozenset()
    partitive: frozenset[str] = frozenset()
    figure_pronouns: frozenset[str] = frozenset()
    duration_units: frozenset[str] = frozenset()
    count_verb_preps: frozenset[str] = frozenset()
    collective_nouns: frozenset[str] = frozenset()
    increment_words: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def tallies() -> Tallies:
    """The tally vocabulary of ``data/quantities.yaml`` (read once)."""
    raw = data.load("quantities.yaml")
    return Tallies(
        casualty_verbs={str(k).lower(): str(v) for k, v in (raw.get("casualty_verbs") or {}).items()},
        toll_nouns={tuple(str(k).lower().split()): str(v) for k, v in (raw.get("toll_nouns") or {}).items()},
        count_nouns=frozenset(str(w).lower() for w in raw.get("count_nouns") or []),
        tally_verbs=frozenset(str(w).lower() for w in raw.get("tally_verbs") or []),
        negating=frozenset(str(w).lower() for w in raw.get("negating") or []),
        indefinite=frozenset(tuple(str(w).lower().split()) for w in raw.get("indefinite") or []),
        count_verbs=frozenset(str(w).lower() for w in raw.get("count_verbs") or []),
        amount_verbs=frozenset(str(w).lower() for w in raw.get("amount_verbs") or []),
        # spaces ignored: "°C" may be one token or two, "min read" two
        furniture=frozenset(str(w).lower().replace(" ", "") for w in raw.get("furniture_units") or []),
        months=frozenset(str(w).lower() for w in raw.get("months") or []),
        partitive=frozenset(str(w).lower() for w in raw.get("partitive_pronouns") or []),
        figure_pronouns=frozenset(str(w).lower() for w in raw.get("figure_pronouns") or []),
        duration_units=frozenset(str(w).lower() for w in (raw.get("durations") or {}).get("units") or []),
        count_verb_preps=frozenset(str(w).lower() for w in raw.get("count_verb_preps") or []),
        collective_nouns=frozenset(str(w).lower() for w in raw.get("collective_nouns") or []),
        increment_words=frozenset(str(w).lower() for w in raw.get("increment_words") or []),
    )


def is_indefinite(q: Quantity, tal: Tallies | None = None) -> bool:
    """A vague amount that says "some" rather than how many ("several drones", "a few officers")."""
    if q.bound != "vague" or not q.text:
        return False
    ws = tuple(w.strip('"\u201c\u201d') for w in q.text.lower().split())
    return any(ws[:len(w)] == w for w in (tal or tallies()).indefinite)


def is_furniture(doc, j: int, end: int) -> bool:
    """Page furniture after a number ("4 min read", "12 comments", "21 °C"): never a figure."""
    furniture = tallies().furniture
    joined = ""
    for t in doc[j + 1:min(end, j + 4)]:
        joined += t.lower_
        if joined in furniture:
            return True
    return False


def is_dated(doc, i: int, j: int) -> bool:
    """A number beside a month name is a date ("15 October", "October 15, 2026"), never a figure."""
    months = tallies().months
    before = doc[i - 1].lower_ if i > 0 else ""
    after = doc[j + 1].lower_ if j + 1 < len(doc) else ""
    return before in months or after in months


def ranked(found):
    """Definite figures first: "several governments" and the count of a statement's sources
    ("citing two senior officials") come after the figure the statement gives, so a claim
    carries "up to 1,200 fighters" rather than them. Otherwise in the order of the text."""
    tal = tallies()

    def minor(item) -> bool:
        q, tok = item[0], item[1]
        if is_indefinite(q, tal) or tok is not None and tok.lemma_.lower() in tal.duration_units and \
                tok.i >= item[2]:
            return True           # "the siege, which lasted eight days, killed 40": the count, not the duration
        return tok is not None and _is_source(tok)

    return sorted(found, key=minor)          # stable: the text order within each rank


def _is_source(tok) -> bool:
    """Is the counted noun who says something ("two officials said", "citing two officials",
    "assessed by several governments", "according to three witnesses")?"""
    c = cues()
    head = tok.head
    if tok.dep_ in ("nsubj",) and head.lemma_.lower() in c.verbs:
        return True
    if tok.dep_ in ("dobj", "pobj") and head.lemma_.lower() in c.citing_verbs:
        return True
    if tok.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_.lower() in c.verbs:
        return True
    return tok.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"
