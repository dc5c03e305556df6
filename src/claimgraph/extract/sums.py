"""Sums of coordinated counts: "six MiG-29s and two Su-24s" is one figure of 8 with two parts.

Counts joined by "and", "," or "plus" add up unless one is said of its noun by a verb ("19 of the dead
were women") or the two count different casualty outcomes ("23 deaths and 40 injuries", data:
quantities.yaml ``casualty_words``).
"""
from __future__ import annotations

from ..model import Quantity
from .lexicons import numbers


def predicated(doc, first: int, last: int) -> bool:
    """A count said of its noun by a verb ("19 of the dead were women"), not a noun phrase to add up."""
    return any(t.pos_ in ("AUX", "VERB") and t.lemma_ == "be" for t in doc[first:last + 1])


def _other_outcome(unit1: str, unit2: str) -> bool:
    """Do two counts name different casualty outcomes ("23 deaths and 40 injuries")? Those are no parts of
    one sum (data: quantities.yaml ``casualty_words``)."""
    words = numbers().casualty_words

    def outcome(unit):
        return next((words[w] for w in unit.lower().split() if w in words), None)

    a, b = outcome(unit1), outcome(unit2)
    return a is not None and b is not None and a != b


def sums(doc, found):
    """Join coordinated quantities ("six MiG 29s and two Su-24s") into one with parts.

    doc (Doc): the parse. found (list): ``find_quantities`` items in text order.
    RETURNS (list): the items, coordinated counts replaced by one summed item each.
    """
    if len(found) < 2:
        return found
    out = []
    i = 0
    while i < len(found):
        q, tok, s, e = found[i]
        group = [found[i]]
        while i + 1 < len(found):
            nq, ntok, ns, ne = found[i + 1]
            between = doc[group[-1][3] + 1:ns]
            if len(between) <= 1 and all(x.lower_ in ("and", ",", "plus") for x in between) and \
                    nq.bound in ("exact", None) and not nq.unit.isupper() and \
                    not predicated(doc, *group[-1][2:]) and not predicated(doc, ns, ne) and \
                    not _other_outcome(group[-1][0].unit, nq.unit):
                group.append(found[i + 1])
                i += 1
            else:
                break
        if len(group) > 1:
            parts = [{"value": g[0].value, "unit": g[0].unit} for g in group]
            total = sum(p["value"] for p in parts)
            first = group[0][0]
            text = doc[group[0][2]:group[-1][3] + 1].text
            bound = first.bound if first.bound in ("at_least", "at_most", "approx") else "exact"
            joined = Quantity(value=total, unit=" and ".join(p["unit"] for p in parts), text=text, bound=bound,
                              low=total if bound == "at_least" else None, high=total if bound == "at_most" else None,
                              parts=parts)
            out.append((joined, group[0][1], group[0][2], group[-1][3]))
        else:
            out.append(found[i])
        i += 1
    return out
