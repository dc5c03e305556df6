"""Figures of coordinated clauses: "14 guns were delivered, and the service put the number of guards at 52".

A claim carries one quantity (``Event.quantity``); a sentence that gives a second figure in a clause
of its own ("…, and 52 guards were wounded") would lose it. The claims stage asks this module which
further figures stand in clauses coordinated with the chosen one's, and makes a claim for each.
``FigureClaims`` holds the claim builder's figure steps: those further figures, the figures of later
sentences of a statement over several sentences, the outlet's own figure beside a reported one, and
the choice of a claim's quantity.
"""
from __future__ import annotations

import copy
from functools import lru_cache

from .. import data
from ..model import Claim, Event, Quantity
from .arguments import sentence_index
from .events import EventHit, is_verb
from .lexicons import base
from .quantities import find_quantities, is_indefinite
from .tallies import tallies
from .speech import _strip
from .sums import mixed_kinds

# subordinators that set a second statement beside the first ("…, while 40 were wounded")
CONTRAST_MARKS = ("while", "whereas")


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
        (v1.dep_ == "conj" and v2.dep_ == "conj" and v1.head.i == v2.head.i) or \
        _contrasted(v1, v2) or _contrasted(v2, v1)


def _contrasted(v1, v2) -> bool:
    """Is ``v2`` a clause set beside ``v1`` by "while"/"whereas" ("23 bodies were brought in, while 40 wounded
    people were treated"): a second statement of its own, like a coordinated one."""
    return v2.dep_ == "advcl" and v2.head.i == v1.i and \
        any(m.dep_ == "mark" and m.lower_ in CONTRAST_MARKS for m in v2.children)


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
        beside = _beside(doc, base, item)
        if beside is not None:
            out.append((item, beside & scope))
            continue
        v2 = clause_verb(_anchor(doc, item))
        a1, a2 = _anchor(doc, base), _anchor(doc, item)
        if a2.dep_ == "conj" and a2.head.i == a1.i or a1.dep_ == "conj" and a1.head.i == a2.i:
            # "reported 23 deaths and 40 injuries": counts of different things, not one sum (either conjunct
            # may be the claim's own: "between 10 and 20 tanks and 1,500 men")
            out.append((item, {t.i for t in a2.subtree} & scope))
            continue
        if not coordinated(v1, v2):
            continue
        # the clause's own tokens: the verb's subtree without the clauses coordinated under it
        clause = {t.i for t in v2.subtree} - {t.i for c in v2.children if c.dep_ == "conj" for t in c.subtree}
        out.append((item, clause & scope))
    return out


def _beside(doc, base, item) -> set[int] | None:
    """A second figure in the chosen figure's own phrase: the total of a part ("released 12 of the 52
    workers": 52) or the earlier figure it changed from ("23 people had died, up from the 19 it reported
    last week"). RETURNS the tokens of the second figure's phrase, or None."""
    b_last, first, last = base[3], item[2], item[3]
    if b_last + 1 < len(doc) and doc[b_last + 1].lower_ == "of" and first in (b_last + 2, b_last + 3):
        return set(range(first, last + 1))
    k = first - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k >= 0 and doc[k].lower_ == "from" and k > b_last:
        head = _anchor(doc, item)
        return {t.i for t in doc[k].subtree} | set(range(first, last + 1)) | {t.i for t in head.subtree}
    return None


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


class FigureClaims:
    """The figure steps of the claim builder (needs ``doc``, ``text``, ``sents``, ``lex``, ``_quantities``,
    ``_atts``, ``_claim``, ``_when_where``, ``_strip``, ``_tokens``): a claim per further figure of a
    sentence or a statement, and the outlet's own figure beside a reported one."""

    def _further_figures(self, claims: list[Claim], scope: set[int], first: int, last: int, extra: list,
                         common: dict, scope_extra: set[int] = frozenset()) -> list[Claim]:
        """One more claim for each figure in a clause coordinated with a claim's own figure ("14 guns were
        delivered, and 52 guards were wounded"): a claim carries one quantity."""
        base = next((c for c in claims if c.event.quantity is not None), None)
        if base is None or first not in self._quantities:
            return []
        out = []
        for (q, *_), clause in further_figures(self.doc, self._quantities[first], base.event.quantity, scope):
            ev = Event()
            self._when_where(ev, None, clause, first)
            ev.quantity = q
            toks = sorted(clause)
            cs, ce = self._strip(self.doc[toks[0]].idx, self.doc[toks[-1]].idx + len(self.doc[toks[-1]]))
            out.append(self._claim(first, last, ev, clause | set(scope_extra), extra,
                                   **dict(common, content=(cs, ce, self.text[cs:ce]))))
        return out

    def _part_claims(self, claims: list[Claim]) -> list[Claim]:
        """One more claim for each part of a sum of different kinds ("launched 34 drones and 6 cruise
        missiles"): the same statement (sentence, speaker, via, hedges, event) with the part as its figure,
        so that a reader or a cross-check looking for "34 drones" finds it. The total claim stays; a sum of
        one kind ("six MiG-29s and two Su-24s") keeps its single claim."""
        return [c for claim in claims for c in part_claims(claim)]

    def _lost_figures(self, claims: list[Claim]) -> list[Claim]:
        """One more claim for each figure of a sentence that no claim carries, inside the content of one of
        its claims: a figure of a relative or adverbial clause ("an exchange that also brought home nine
        soldiers", "after five of the wounded died"), a part told after the whole ("61 dead, among them 23
        children"), a list after a colon ("two shipments: 16 drones in May and eight in June"), a figure beside
        a typed event that took none ("X, which has moved two brigades there, is unlikely to pull back"). The
        copy keeps its host's sentence, speaker, sources, hedges and content, with the figure alone as its event
        (no type: the host keeps its relation). Not a figure inside a speaker's phrase or a cue.

        RETURNS (list[Claim]): the new claims (ids to be set)."""
        carried = {id(c.event.quantity) for c in claims if c.event.quantity is not None}
        spoken = {t.i for a in self._atts for t in ((a.speaker.head.subtree if a.speaker is not None and
                                                     a.speaker.head is not None else ()))} | \
            {i for a in self._atts for i in a.cue_tokens}
        by_sentence: dict[int, list[Claim]] = {}
        for c in claims:
            by_sentence.setdefault(c.sentence, []).append(c)
        out = []
        for si, found in sorted(self._quantities.items()):
            at = {id(f[0]): f[2] for f in found}
            for q, tok, a, b in found:
                if id(q) in carried or is_indefinite(q) or any(i in spoken for i in range(a, b + 1)):
                    continue
                lo, hi = self.doc[a].idx, self.doc[b].idx + len(self.doc[b])
                hosts = []
                if _part_marked(self.doc, a):
                    # a part told after its whole, maybe outside the content the speaker's verb took ("has counted
                    # 61 dead, among them 23 children"): the claim of the figure just before it in its sentence
                    before = [c for c in by_sentence.get(si, ()) if c.event.quantity is not None
                              and at.get(id(c.event.quantity), b) < a and c.start <= lo and hi <= c.end]
                    hosts = [max(before, key=lambda c: at[id(c.event.quantity)])] if before else []
                hosts = hosts or [c for sj in (si, si - 1, si - 2) for c in by_sentence.get(sj, ())
                                  if c.content_start is not None and c.content_start <= lo and hi <= c.content_end]
                if not hosts:
                    continue
                host = min(hosts, key=lambda c: (c.content_end - c.content_start, c.start))
                clause = {t.i for t in clause_verb(_anchor(self.doc, (q, tok, a, b))).subtree} | set(range(a, b + 1))
                ev = Event()
                self._when_where(ev, None, clause, si)
                ev.quantity = q
                c = copy.deepcopy(host)
                c.event = ev
                out.append(c)
                carried.add(id(q))
        return out

    def _later_figures(self, claims: list[Claim], content: set[int], first: int, last: int, extra: list,
                       common: dict, scope_extra: set[int] = frozenset()) -> list[Claim]:
        """One more claim for each figure in a later sentence of a statement over several sentences
        ("'We lost 19 men. The rebels lost 200 fighters,' he said"): a claim carries one quantity."""
        carried = [c.event.quantity for c in claims if c.event.quantity is not None]
        out = []
        for sj in range(first + 1, last + 1):
            sent = self.sents[sj]
            for q, _unit, a, b in self._figures(sj):
                if not set(range(a, b + 1)) <= content or any(q is c for c in carried):
                    continue
                part = sorted(content & set(range(sent.start, sent.end)))
                cs, ce = _strip(self.text, self.doc[part[0]].idx, self.doc[part[-1]].idx + len(self.doc[part[-1]]))
                ev = Event()
                self._when_where(ev, None, set(part), sj)
                ev.quantity = q
                out.append(self._claim(sj, sj, ev, set(part) | set(scope_extra), extra,
                                       **dict(common, content=(cs, ce, self.text[cs:ce]))))
                carried.append(q)
        return out

    def _own_figure(self, si: int, sent, own: set[int]) -> list[Claim]:
        """A figure in the part of a sentence no attribution took: "14 guns were delivered, and the
        service has put the number of guards at 52" (the outlet's 14 beside the service's 52)."""
        ev = Event()
        self._when_where(ev, None, own, si)
        if ev.quantity is None:
            return []
        q = next(f for f in self._quantities[si] if f[0] is ev.quantity)
        if not all(i in own for i in range(q[2], q[3] + 1)):
            return []
        span = own_span(self.doc, q, own, sent)
        if span is None:
            return []
        first, last = span.start, span.end - 1
        cs, ce = self._strip(span.start_char, span.end_char)
        scope = set(range(first, last + 1))
        said = dict(speaker=None, cue=None, speech_type=None, stance="asserts", quote=False, via=[])
        verb = clause_verb(self.doc[q[3]] if q[1] is None or q[1].i < q[2] else q[1])
        whole = max((f for f in self._quantities[si] if f[3] < q[2]), key=lambda f: f[3], default=None) \
            if _part_marked(self.doc, q[2]) else None
        a = None
        if whole is not None:
            # "About 900 people crossed, the Red Cross said, including 70 wounded": a part told after a reported
            # whole is reported by the whole's speaker
            a = next((a for a in self._atts if a.speaker is not None and a.stance == "asserts" and
                      whole[2] in self._tokens(a.content_start, a.content_end)), None)
        elif verb.dep_ == "conj" and base(verb) not in self.lex.verbs:
            # "X said 14 guns were delivered and 52 guards were wounded": the clause coordinated with a
            # reported one (or, as the parser often reads it, with the reporting verb) is reported too
            a = next((a for a in self._atts if a.speaker is not None and a.stance == "asserts" and (
                verb.head.i in self._tokens(a.content_start, a.content_end) or verb.head.i in a.cue_tokens)), None)
        if a is not None:
            said = dict(speaker=a.speaker, cue=a.cue, speech_type=a.speech_type, stance=a.stance, quote=a.quote,
                        via=[v for v in a.via if v is not None])
        return [self._claim(si, si, ev, scope, [], **said, content=(cs, ce, self.text[cs:ce]))]

    def _figures(self, si: int) -> list:
        """The quantities of sentence ``si`` (found once)."""
        if si not in self._quantities:
            sent = self.sents[si]
            self._quantities[si] = find_quantities(self.doc, sent.start, sent.end)
        return self._quantities[si]

    def _quantity(self, si: int, hit: EventHit | None, scope: set[int]):
        # also a figure given to a tally noun of the content ("estimated the number at 120": content "the
        # number", the figure hangs off the verb)
        found = [q for q in self._figures(si) if q[2] in scope or q[3] in scope or _given_to(q, scope)]
        if not found and scope and (hit is None or sentence_index(self.doc, hit.head) != si):
            # a statement over several sentences ("'We counted the dead. We lost 19 men,' he said"): its
            # figure may stand in a later sentence of it
            lo, hi = sentence_index(self.doc, self.doc[min(scope)]), sentence_index(self.doc, self.doc[max(scope)])
            for sj in range(lo, hi + 1):
                if sj != si:
                    found += [q for q in self._figures(sj) if q[2] in scope or q[3] in scope]
        if not found and hit is not None:
            # a nominal event inside the figure's clause: "12 people were killed in the shelling"
            above = {a.i for a in hit.head.ancestors}
            found = [q for q in self._quantities[si] if q[1] is not None and q[1].head.i in above]
        if not found:
            return None
        # a duration ("lasted eight days") is the claim's figure only when its clause counts nothing else: "the
        # siege, which lasted eight days, killed 40 people" is a siege that killed 40
        if hit is not None and all(_lasts(f) for f in found):
            above = {a.i for a in hit.head.ancestors}
            found = [q for q in self._quantities[si] if not _lasts(q) and q[1] is not None and
                     q[1].head.i in above] or found
        found = [f for f in found if not _lasts(f)] or found
        if hit is not None:
            for q, tok, a, b in found:
                if tok is not None and (tok == hit.thing or tok.head == hit.head or tok.head == hit.clause):
                    return q
        return found[0][0]


def _lasts(item) -> bool:
    """Is a found figure a duration ("eight days", "six hours every day": ``durations`` in quantities.yaml)?"""
    tok = item[1]
    return tok is not None and tok.i >= item[2] and tok.lemma_.lower() in tallies().duration_units


def _part_marked(doc, first: int) -> bool:
    """Is the figure starting at ``first`` told as a part of one before it ("among them 23 children", "including
    at least 70 wounded", "of whom 12": ``part_marks`` in ``data/quantities.yaml``)?"""
    k = first - 1
    while k >= first - 3 and k >= 0 and (doc[k].pos_ in ("ADV", "ADJ", "DET") or doc[k].lower_ in ("at", "than")):
        k -= 1              # "including at least", "among the"
    if k < 0:
        return False
    marks = _part_marks()
    return (doc[k].lower_,) in marks or k > 0 and (doc[k - 1].lower_, doc[k].lower_) in marks


@lru_cache(maxsize=1)
def _part_marks() -> frozenset[str]:
    return frozenset(tuple(str(w).lower().split()) for w in data.load("quantities.yaml").get("part_marks") or [])


def _given_to(item, scope: set[int]) -> bool:
    """Is a figure the value of a tally noun inside ``scope`` ("the number", "the toll"), written after it?"""
    q, tok, first, last = item
    if tok is None or tok.i not in scope or tok.i >= first:
        return False
    tal = tallies()
    lemma = tok.lemma_.lower()
    return lemma in tal.count_nouns or any(k[-1] == lemma for k in tal.toll_nouns)


def part_claims(claim: Claim) -> list[Claim]:
    """Copies of ``claim``, one per part of its figure when the parts count different kinds (``mixed_kinds``).

    RETURNS (list[Claim]): the copies (id to be set), each with one part as its quantity; [] otherwise.
    """
    q = claim.event.quantity
    if q is None or len(q.parts) < 2 or not mixed_kinds(q.parts):
        return []
    out = []
    for n, p in enumerate(q.parts):
        # the bound written before the sum ("at least 34 drones and 6 missiles") is read on its first part
        bound = p.get("bound") or "exact"
        low, high = p.get("low"), p.get("high")
        if low is None and high is None:
            low = p["value"] if bound == "at_least" else None
            high = p["value"] if bound == "at_most" else None
        part = Quantity(value=p["value"], unit=p["unit"], text=p.get("text") or f"{p['value']:g} {p['unit']}",
                        bound=bound, low=low, high=high)
        c = copy.deepcopy(claim)
        c.event.quantity = part
        out.append(c)
    return out
