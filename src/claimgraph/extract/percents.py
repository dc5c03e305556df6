"""Shares: "turnout was 61 percent", "78% voted yes", "a 45 per cent turnout", "54 percent of the vote".

A number followed by a percent word (``percent_words`` in ``data/quantities.yaml``) is a share of
something; a figure of it is only comparable with a share of the same thing ("61 percent" turnout
and "23 percent" turnout disagree; "78 percent voted yes" measures something else). The measured
thing is read from the parse and kept in the unit ("percent turnout", "percent vote yes"):

- the noun the share modifies: "a 45 per cent turnout";
- what it is a share of: "54 percent of the vote", "70 percent of the water supply";
- the subject of the clause it is the value of: "turnout was 61 percent", "inflation rose to 12 percent";
  the object for verbs that frame a figure (``percent_frame_verbs``: "put turnout at 61%");
- what the share did: "78 percent voted yes" (the verb and its particle or object).
"""
from __future__ import annotations

from functools import lru_cache

from .. import data
from ..model import Quantity
from .lexicons import Numbers
from .numerals import _bound_before, is_number_token, parse_number
from .tokens import tokens

_PRONOUNS = frozenset({"it", "this", "that", "which", "what", "they", "he", "she"})


@lru_cache(maxsize=1)
def _lexicon() -> tuple[tuple[tuple[str, ...], ...], frozenset[str], frozenset[str]]:
    d = data.load("quantities.yaml")
    words = tuple(sorted((tuple(w.lower().split()) for w in d.get("percent_words", [])), key=len, reverse=True))
    return words, frozenset(d.get("percent_not", [])), frozenset(d.get("percent_frame_verbs", []))


@lru_cache(maxsize=1)
def _change_preps() -> frozenset[str]:
    return frozenset(data.load("quantities.yaml").get("percent_change_preps", []))


@lru_cache(maxsize=1)
def _vote_verbs() -> frozenset[str]:
    return frozenset(data.load("quantities.yaml").get("percent_vote_verbs", []))


def percent_after(doc, j: int, end: int) -> int | None:
    """The last token of a percent word right after token ``j`` ("percent", "%", "per cent"), or None."""
    words, _, _ = _lexicon()
    lower = tokens(doc).lower     # the words from the token table: no Token per word and percent word (speed)
    for w in words:
        k = j + 1 + len(w)
        if k <= end and tuple(lower[j + 1:k]) == w:
            return k - 1
    return None


def find_percent(doc, i: int, end: int, lex: Numbers) -> tuple[Quantity, object, int, int] | None:
    """A share starting at number token ``i``: (Quantity, the percent token, first, last index), or None.

    RETURNS (tuple | None): as ``find_quantities`` items; None when no percent word follows the number
        or when it is a change in points ("rose 5 percentage points").
    """
    j = i
    while j + 1 < end and is_number_token(doc[j + 1], lex):
        j += 1
    last = percent_after(doc, j, end)
    if last is None:
        return None
    _, not_share, _ = _lexicon()
    if last + 1 < end and doc[last + 1].lower_ in not_share:
        return None
    if doc[last].dep_ == "pobj" and doc[last].head.lower_ in _change_preps():
        return None                    # "prices rose by 80 percent": a change, no share of anything
    value = parse_number(doc[i:j + 1], lex)
    if value is None:
        return None
    b0, bound = _bound_before(doc, i, lex)
    measure = measured(doc[last])
    unit = f"percent {measure}" if measure else "percent"
    low = value if bound == "at_least" else None
    high = value if bound == "at_most" else None
    q = Quantity(value=value, unit=unit, low=low, high=high, text=doc[b0:last + 1].text, bound=bound or "exact")
    return q, doc[last], b0, last


def _phrase(noun) -> str:
    """A noun with its compounds, lower case: "water supply", "turnout" (not the percent word of
    "a 45 per cent turnout")."""
    pct = {w[-1] for w in _lexicon()[0]}
    mods = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i and c.pos_ in ("NOUN", "PROPN")
            and c.lower_ not in pct]
    return " ".join([m.lower_ for m in mods] + [noun.lemma_.lower()])


def _noun(t) -> bool:
    return t.pos_ in ("NOUN", "PROPN") and t.lower_ not in _PRONOUNS


def measured(p) -> str | None:
    """What a share measures, from the parse around its percent token ``p`` (see the module docstring)."""
    words, _, frame = _lexicon()
    pct = {w[-1] for w in words}
    head = p.head
    # "a 45 per cent turnout": the share modifies a noun after it
    if p.dep_ in ("compound", "amod", "nmod", "nummod") and head.i > p.i and _noun(head) and head.lower_ not in pct:
        return _phrase(head)
    # "54 percent of the vote"
    for c in p.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            obj = next((x for x in c.children if x.dep_ == "pobj" and _noun(x)), None)
            if obj is not None:
                return _phrase(obj)
    # "the party won 18 percent": a share won is of the vote
    if p.dep_ in ("dobj", "npadvmod") and head.lemma_.lower() in _vote_verbs():
        return "vote"
    # "a turnout of 52 percent"
    if p.dep_ == "pobj" and head.lower_ == "of" and _noun(head.head) and head.head.i < p.i:
        return _phrase(head.head)
    # "78 percent voted yes": what the share did
    if p.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX") and head.lemma_ != "be":
        extra = [c.lemma_.lower() if c.dep_ == "dobj" else c.lower_ for c in head.children if c.i > head.i and (
            c.dep_ in ("prt", "dobj", "acomp") or c.dep_ in ("advmod", "intj") and c.lower_ in ("yes", "no")
            or c.dep_ == "prep" and c.lower_ in ("for", "against"))]
        return " ".join([head.lemma_.lower(), *extra[:2]])
    # "turnout was 61 percent", "inflation rose to 12 percent", "put turnout at 61%"
    verb = head.head if p.dep_ == "pobj" and head.pos_ == "ADP" else head if p.dep_ in ("attr", "acomp", "dobj") else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.lemma_.lower() in frame or verb.lower_ in frame:
        obj = next((c for c in verb.children if c.dep_ == "dobj" and _noun(c) and c.i < p.i), None)
        if obj is not None:
            return _phrase(obj)
    # the subject, even where the tagger calls a sentence's first word a verb ("Turnout was ...")
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and (
        _noun(c) or c.pos_ == "VERB" and c.i == c.sent.start)), None)
    if subj is None:
        return None
    return _phrase(subj) if subj.pos_ != "VERB" else subj.lower_
