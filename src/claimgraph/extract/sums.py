"""Sums of coordinated counts: "six MiG-29s and two Su-24s" is one figure of 8 with two parts.

Counts joined by "and", "," or "plus" add up unless one is said of its noun by a verb ("19 of the dead
were women"), a later one has no noun of its own ("killed 3 soldiers, 200 were hurt": its unit is borrowed) or the two count different casualty outcomes ("23 deaths and 40 injuries", data:
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


def mixed_kinds(parts: list[dict]) -> bool:
    """Do the parts of a sum count different kinds of thing ("34 drones and 6 cruise missiles": aircraft and
    munitions), rather than kinds of one thing ("six MiG-29s and two Su-24s": aircraft)? Kinds are the unit
    families the cross-check compares (``data/crosscheck.yaml``); a part of no named family is no evidence.

    parts (list[dict]): ``Quantity.parts``.
    RETURNS (bool): True when two parts share no family.
    """
    from ..resolve.figures import classify_unit     # the cross-check's kinds (imports this package)

    units = [str(p.get("unit") or "") for p in parts if isinstance(p, dict)]
    if len(units) < 2:
        return False
    # only named families are evidence: an unknown word or model ("Tr-29s", "Kv-24s") may be of one kind
    fams = [frozenset(f for f in classify_unit(u, ())[0] if not f.startswith("unit:")) for u in units]
    known = [f for f in fams if f]
    return any(not (a & b) for n, a in enumerate(known) for b in known[n + 1:])


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
        # "between 10 and 20 tanks and 1,500 men": a range has no one value to add up
        while i + 1 < len(found) and q.bound != "range":
            nq, ntok, ns, ne = found[i + 1]
            between = doc[group[-1][3] + 1:ns]
            if len(between) <= 1 and all(x.lower_ in ("and", ",", "plus") for x in between) and \
                    nq.bound in ("exact", None) and not nq.unit.isupper() and \
                    (ntok is None or ntok.i >= ns) and \
                    not predicated(doc, *group[-1][2:]) and not predicated(doc, ns, ne) and \
                    not _other_outcome(group[-1][0].unit, nq.unit):
                group.append(found[i + 1])
                i += 1
            else:
                break
        if len(group) > 1:
            # each part keeps its words, so that a part of a mixed sum can stand as a figure of its own
            parts = [{"value": g[0].value, "unit": g[0].unit, "text": doc[g[2]:g[3] + 1].text} for g in group]
            if group[0][0].bound not in ("exact", None):
                # "dozens of drones and 6 missiles": the first part's own bound and range
                parts[0].update(bound=group[0][0].bound, low=group[0][0].low, high=group[0][0].high)
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
