"""Reported statements that rebut by their form: a negated main clause with a negative-polarity word ("we did not
send any drones"), an emptied subject of a hostile act ("no guard of ours fired a shot") or an emptied object
("we received 'not one cent'"). Data: ``attribution.yaml``.
"""
from __future__ import annotations

from functools import lru_cache

from .. import data
from .events import is_verb
from .lexicons import base


def emphatic_denial(doc, a) -> bool:
    """A content whose main clause is negated with a negative-polarity word rejects something.

    "We did not send any drones", "The general does not take help from anyone", "it has never
    fired on civilians", "no guard of ours fired a shot", "we received 'not one cent'": the speaker rebuts
    what others say (data: ``denial_polarity``, ``denied_act_verbs``, ``denial_quantifiers``).

    doc (Doc): the parse. a (Attribution): the attribution whose content is read.
    RETURNS (bool): whether the content rebuts something.
    """
    span = doc.char_span(a.content_start, a.content_end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    inside = {t.i for t in span}
    roots = [t for t in span if is_verb(t) and (t.head.i not in inside or t.head == t)]
    for root in roots[:1]:
        clause = [root] + [c for c in root.children if c.dep_ in ("aux", "auxpass") or
                           c.dep_ == "xcomp" and c.i > root.i]
        negated = any(c.dep_ == "neg" for x in clause for c in x.children)
        if not negated and base(root) in _denied_act_verbs() and any(
                d.dep_ == "det" and d.lower_ == "no" for s in root.children if s.dep_ == "nsubj"
                for d in s.children):
            return True         # "no guard of ours had fired a shot": an accusation rebutted
        if not negated and _emptied(root, inside):
            return True         # "we received 'not one cent' from abroad"
        if not negated:
            continue
        words = {t.lower_ for t in root.subtree if t.i in inside and not any(
            c.dep_ == "ccomp" and t.i in {y.i for y in c.subtree} for c in root.children)}
        if words & _denial_polarity() or any(c.dep_ == "neg" and c.lower_ == "never"
                                                   for x in clause for c in x.children):
            return True
    return False


@lru_cache(maxsize=1)
def _denial_polarity() -> frozenset[str]:
    """Negative-polarity words of data/attribution.yaml (``denial_polarity``)."""
    return frozenset(w.lower() for w in data.load("attribution.yaml").get("denial_polarity", []))


@lru_cache(maxsize=1)
def _denied_act_verbs() -> frozenset[str]:
    """Hostile acts an emptied subject denies ("no guard fired a shot"): data ``denied_act_verbs``."""
    return frozenset(w.lower() for w in data.load("attribution.yaml").get("denied_act_verbs", []))


@lru_cache(maxsize=1)
def _denial_quantifiers() -> tuple[tuple[str, ...], ...]:
    """Phrases that empty what they quantify ("not one", "not a single"): data ``denial_quantifiers``."""
    raw = data.load("attribution.yaml").get("denial_quantifiers", [])
    return tuple(tuple(p.lower().split()) for p in raw)



def _emptied(root, inside: set[int]) -> bool:
    """Does a phrase of the clause of ``root`` (not a clause under it) start with "not one", "not a single"?"""
    for t in root.subtree:
        if t.lower_ != "not" or t.i not in inside:
            continue
        after = tuple(x.lower_ for x in t.doc[t.i:t.i + 6] if not x.is_punct)
        if any(after[:len(p)] == p and "but" not in after[len(p):len(p) + 2] for p in _denial_quantifiers()):
            return True     # (not "not one but two ships")
    return False
