"""Durations that are figures: how long something lasted or runs ("the truce lasted eight days", "the talks
went on for three weeks"), a time window ("within seven days", a translation's "during seven days") and a time
per period ("open six hours every day", "a curfew of 12 hours a night").

Dates and times are not figures (``numerals._skip_ent``): "two weeks ago", "in 10 days", "on 1 May" say
when, not how much. A number of time units is read as a figure only in the two shapes above: the measure of
a verb of lasting (``durations.verbs`` in ``data/quantities.yaml``, as its object, its bare adverbial or after
"for"), or a time followed by a rate ("a day", "every week"). The cross-check never compares durations
(``duration`` in ``data/crosscheck.yaml`` has ``compare: false``); a claim carries one only when its sentence
has no other figure (``tallies.ranked``).
"""
from __future__ import annotations

from functools import lru_cache

from .. import data
from ..model import Quantity
from .lexicons import Numbers
from .numerals import _bound_before, parse_number


@lru_cache(maxsize=1)
def _vocab() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    d = data.load("quantities.yaml").get("durations") or {}
    return (frozenset(str(w).lower() for w in d.get("units") or []),
            frozenset(str(w).lower() for w in d.get("verbs") or []),
            frozenset(str(w).lower() for w in d.get("rate_words") or []),
            frozenset(str(w).lower() for w in d.get("periods") or []))


@lru_cache(maxsize=1)
def _window_preps() -> frozenset[str]:
    return frozenset(str(w).lower() for w in (data.load("quantities.yaml").get("durations") or {}).get("window_preps")
                     or [])


def is_duration_unit(word: str) -> bool:
    """Is a word a unit of time ("days", "hours")?"""
    return word.lower() in _vocab()[0]


def duration_at(doc, i: int, end: int, lex: Numbers) -> tuple[Quantity, object, int, int] | None:
    """A duration figure whose number starts at token ``i``, or None.

    RETURNS (tuple | None): (Quantity, the time noun, first token, last token), like ``find_quantities`` items.
    """
    units, verbs, rates, periods = _vocab()
    j = i
    while j + 1 < end and doc[j + 1].pos_ == "NUM":
        j += 1
    noun = doc[j + 1] if j + 1 < end else None
    if noun is None or noun.lemma_.lower() not in units or doc[j].head.i != noun.i:
        return None
    last = noun.i
    unit = noun.text
    # "six hours every day", "12 hours a night": a time per period
    if last + 2 < end and doc[last + 1].lower_ in rates and doc[last + 2].lemma_.lower() in periods:
        unit = f"{noun.text} {doc[last + 1].text} {doc[last + 2].text}"
        last += 2
    elif not _lasting(noun, verbs) and not (noun.dep_ == "pobj" and noun.head.lower_ in _window_preps()):
        return None               # "within seven days the guns will be pulled back": a time window
    value = parse_number(doc[i:j + 1], lex)
    if value is None or value <= 0:
        return None
    b0, bound = _bound_before(doc, i, lex)
    q = Quantity(value=value, unit=unit, text=doc[b0:last + 1].text, bound=bound or "exact",
                 low=value if bound == "at_least" else None, high=value if bound == "at_most" else None)
    return q, noun, b0, last


def _lasting(noun, verbs: frozenset[str]) -> bool:
    """Is the time noun the measure of a verb of lasting: "lasted eight days", "spent 20 years", "went on for
    three weeks"?"""
    head = noun.head
    if noun.dep_ in ("npadvmod", "dobj") and head.pos_ in ("VERB", "AUX"):
        return head.lemma_.lower() in verbs
    if noun.dep_ == "pobj" and head.lower_ == "for" and head.head.pos_ in ("VERB", "AUX"):
        return head.head.lemma_.lower() in verbs
    return False
