"""Reported statements that rebut by their form: a negated main clause with a negative-polarity word ("we did not
send any drones"), an emptied subject of a hostile act ("no sailor of ours fired a shot") or an emptied object
("we took 'not a single penny'"). Data: ``attribution.yaml``.
"""
from __future__ import annotations

from functools import lru_cache

from .. import data
from .lexicons import base
from .tokens import tokens


def emphatic_denial(doc, a) -> bool:
    """A content whose main clause is negated with a negative-polarity word rejects something.

    "We did not send any drones", "The general does not take help from anyone", "it has never
    fired on civilians", "no sailor of ours fired a shot", "we took 'not a single penny'": the speaker rebuts
    what others say (data: ``denial_polarity``, ``denied_act_verbs``, ``denial_quantifiers``).

    doc (Doc): the parse. a (Attribution): the attribution whose content is read.
    RETURNS (bool): whether the content rebuts something.
    """
    span = doc.char_span(a.content_start, a.content_end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    inside = set(range(span.start, span.end))
    # the first root of the content from the token table (``is_verb``'s tests): a Token only for it (speed)
    table = tokens(doc)
    pos, tag, head = table.pos, table.tag, table.head
    first = next((i for i in range(span.start, span.end) if (pos[i] == "VERB" or pos[i] != "AUX" and
                                                              tag[i].startswith("VB")) and
                  (head[i] not in inside or head[i] == i)), None)
    for root in [doc[first]] if first is not None else []:
        clause = [root] + [c for c in root.children if c.dep_ in ("aux", "auxpass") or
                           c.dep_ == "xcomp" and c.i > root.i]
        negated = any(c.dep_ == "neg" for x in clause for c in x.children)
        if not negated and base(root) in _denied_act_verbs() and any(
                d.dep_ == "det" and d.lower_ == "no" for s in root.children if s.dep_ == "nsubj"
                for d in s.children):
            return True         # "no guard of ours had fired a shot": an accusation rebutted
        if not negated and _emptied(root, inside):
            return True         # "we took 'not a single penny' from abroad"
        if not negated:
            continue
        # (the words of the clause, not of a clause it reports: each ccomp's subtree gathered once)
        reported = {y for c in root.children if c.dep_ == "ccomp" for y in table.subtree(c.i)}
        words = {table.lower[i] for i in table.subtree(root.i) if i in inside and i not in reported}
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
    table = tokens(root.doc)
    lower = table.lower
    for i in table.subtree(root.i):     # from the token table: a Token only at a "not" (speed)
        if lower[i] != "not" or i not in inside:
            continue
        t = root.doc[i]
        after = tuple(x.lower_ for x in t.doc[t.i:t.i + 6] if not x.is_punct)
        if any(after[:len(p)] == p and "but" not in after[len(p):len(p) + 2] for p in _denial_quantifiers()):
            return True     # (not "not one but two ships")
    return False
