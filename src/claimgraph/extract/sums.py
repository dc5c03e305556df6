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
    munitions; "23 firms and 11 officials"), rather than kinds of one thing ("six MiG-29s and two Su-24s":
    aircraft)? Kinds are the unit families the cross-check compares (``data/crosscheck.yaml``), else the
    plain noun counted; an unknown model designation is no evidence.

    parts (list[dict]): ``Quantity.parts``.
    RETURNS (bool): True when two parts share no family.
    """
    from ..resolve.figures import classify_unit     # the cross-check's kinds (imports this package)

    units = [str(p.get("unit") or "") for p in parts if isinstance(p, dict)]
    if len(units) < 2:
        return False
    known, plain = [], []
    for u in units:
        fams, _, model = classify_unit(u, ())
        named = frozenset(f for f in fams if not f.startswith("unit:"))
        # a named family is evidence against another; a plain noun of none against another plain noun ("23
        # firms and 11 officials" are no sum); an unknown model ("Tr-29s", "Kv-24s") may be of any kind
        if named:
            known.append(named)
        elif fams and not model:
            plain.append(fams)
    return any(not (a & b) for group in (known, plain) for n, a in enumerate(group) for b in group[n + 1:])


_ELLIPSIS_PREPS = ("from", "in", "at")
# words after an elliptic count that say it adds to the one before ("and eight more in June")
_MORE = ("more", "further", "additional", "extra")


def elliptic_count(doc, i: int, j: int, found: list):
    """The unit of a count whose noun is left out after "and": "five diplomats from the embassy and two from
    the consulate", "900 soldiers from Chad and 600 from Niger" — the previous count's, when both are
    followed by the same preposition. Not "and 30 of them" (a part), not across a verb ("… and two from the
    consulate were freed" is fine, "… arrived, and two from" is not).

    i, j: the number's first and last token. found (list): ``find_quantities`` items before it.
    RETURNS (tuple | None): (the previous count's unit token, its unit).
    """
    if not found or i == 0 or doc[i - 1].lower_ != "and" or j + 2 >= len(doc):
        return None
    if doc[j + 1].lower_ in _MORE and j + 3 < len(doc):
        j += 1                # "16 drones in May and eight more in June": a further delivery, one more part
    prep = doc[j + 1].lower_
    if prep not in _ELLIPSIS_PREPS or doc[j + 2].pos_ == "PRON":
        return None
    q, tok, first, last = found[-1]
    if tok is None or tok.i != last or last + 1 >= i - 1 or doc[last + 1].lower_ != prep:
        return None
    between = doc[last + 1:i - 1]
    if len(between) > 10 or doc[first].sent.start != doc[i].sent.start or \
            any(t.pos_ in ("VERB", "AUX") or t.text in ";:." for t in between):
        return None
    return tok, q.unit


def _elliptic_pair(doc, prev, item) -> bool:
    """Is ``item`` a count whose unit ``elliptic_count`` took from ``prev``?"""
    tok, first = item[1], item[2]
    return tok is not None and prev[1] is not None and tok.i == prev[1].i and first > tok.i and \
        elliptic_count(doc, first, item[3], [prev]) is not None


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
            if (_elliptic_pair(doc, group[-1], found[i + 1]) or len(between) <= 1 and
                    all(x.lower_ in ("and", ",", "plus") for x in between) and (ntok is None or ntok.i >= ns)) and \
                    nq.bound in ("exact", None) and not nq.unit.isupper() and \
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
            joined = Quantity(value=total, unit=" and ".join(dict.fromkeys(p["unit"] for p in parts)), text=text, bound=bound,
                              low=total if bound == "at_least" else None, high=total if bound == "at_most" else None,
                              parts=parts)
            out.append((joined, group[0][1], group[0][2], group[-1][3]))
        else:
            out.append(found[i])
        i += 1
    return out
