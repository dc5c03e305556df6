"""Figures of coordinated clauses: "14 guns were delivered, and the service put the number of guards at 52".

A claim carries one quantity (``Event.quantity``); a sentence that gives a second figure in a clause
of its own ("…, and 52 guards were wounded") would lose it. The claims stage asks this module which
further figures stand in clauses coordinated with the chosen one's, and makes a claim for each.
"""
from __future__ import annotations

from .events import is_verb
from .quantities import is_indefinite


def clause_verb(tok):
    """The verb (or auxiliary) whose clause holds ``tok``: the nearest verb among its ancestors."""
    t = tok
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:  # Token objects are made per access: compare indices
        t = t.head
    return t


def coordinated(v1, v2) -> bool:
    """Are two clause verbs coordinated ("were delivered, and … has put")?"""
    if v1 is v2 or v1.i == v2.i:
        return False
    return (v2.dep_ == "conj" and v2.head.i == v1.i) or (v1.dep_ == "conj" and v1.head.i == v2.i) or \
        (v1.dep_ == "conj" and v2.dep_ == "conj" and v1.head.i == v2.head.i)


def further_figures(doc, found: list, chosen, scope: set[int]) -> list[tuple]:
    """The figures of ``found`` (items of ``find_quantities``) other than ``chosen`` (a Quantity) that lie
    inside ``scope`` and stand in a clause coordinated with the chosen figure's.

    RETURNS (list): the found items, in text order, each with the token set of its own clause.
    """
    base = next((f for f in found if f[0] is chosen), None)
    if base is None:
        return []
    v1 = clause_verb(_anchor(doc, base))
    out = []
    for item in found:
        q, tok, first, last = item
        if item is base or is_indefinite(q) or not all(i in scope for i in range(first, last + 1)):
            continue
        if base[2] <= first <= base[3] or first <= base[2] <= last:
            continue
        v2 = clause_verb(_anchor(doc, item))
        if not coordinated(v1, v2):
            continue
        # the clause's own tokens: the verb's subtree without the clauses coordinated under it
        clause = {t.i for t in v2.subtree} - {t.i for c in v2.children if c.dep_ == "conj" for t in c.subtree}
        out.append((item, clause & scope))
    return out


def _anchor(doc, item):
    q, tok, first, last = item
    return tok if tok is not None and tok.i >= first else doc[last]


def own_span(doc, found_item, own: set[int], sent):
    """The stretch of a sentence's unattributed tokens (``own``) around a found figure, without the
    joining words at its edges ("…were delivered, and"); None when it has no verb (no statement).
    """
    q, tok, first, last = found_item
    lo, hi = first, last
    while lo - 1 >= sent.start and lo - 1 in own:
        lo -= 1
    while hi + 1 < sent.end and hi + 1 in own:
        hi += 1
    while hi > last and (doc[hi].dep_ == "cc" or doc[hi].is_punct):
        hi -= 1
    while lo < first and (doc[lo].dep_ == "cc" or doc[lo].is_punct):
        lo += 1
    span = doc[lo:hi + 1]
    return span if any(is_verb(t) or t.pos_ == "AUX" for t in span) else None
