"""Reported statements that rebut by their form: a negated main clause with a negative-polarity word ("we did not
send any drones"), an emptied subject of a hostile act ("no sailor of ours fired a shot") or an emptied object
("we took 'not a single penny'"). Data: ``attribution.yaml``.
"""
from __future__ import annotations

from functools import lru_cache

from .. import data
from .grammar import FIRST_PERSON, FIRST_POSSESSIVE, THIRD_PERSON, THIRD_POSSESSIVE
from .lexicons import attribution_words, base
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
    roots = [doc[first]] if first is not None else []
    # "said its aircraft hit a post and that no civilians were targeted": each coordinated clause
    roots += [c for r in roots for c in r.children if c.dep_ == "conj" and c.i in inside and c.pos_ in ("VERB", "AUX")]
    for root in roots:
        clause = [root] + [c for c in root.children if c.dep_ in ("aux", "auxpass") or
                           c.dep_ == "xcomp" and c.i > root.i]
        negated = any(c.dep_ == "neg" for x in clause for c in x.children)
        if not negated and base(root) in _lexicon("denied_act_verbs") and any(
                d.dep_ == "det" and d.lower_ == "no" for s in root.children if s.dep_ == "nsubj"
                for d in s.children):
            return True         # "no guard of ours had fired a shot": an accusation rebutted
        if not negated and _emptied(root, inside):
            return True         # "we took 'not a single penny' from abroad"
        if not negated and (_own_act_emptied(root) or _passive_emptied(root)):
            return True         # "it paid nothing", "it had no knowledge of any payment", "no civilians were targeted"
        if _corrected(root, inside):
            return True         # "X does not shelter the gunmen, it is sheltering the people who flee"
        if not negated:
            continue
        if base(root) in _lexicon("unbound_predicates") and _own_subject(root):
            return True         # "it was not bound by the decision": an obligation disowned
        # (the words of the clause, not of a clause it reports: each ccomp's subtree gathered once)
        reported = {y for c in root.children if c.dep_ == "ccomp" for y in table.subtree(c.i)}
        words = {table.lower[i] for i in table.subtree(root.i) if i in inside and i not in reported}
        if words & _lexicon("denial_polarity") or any(c.dep_ == "neg" and c.lower_ == "never"
                                                   for x in clause for c in x.children):
            return True
    return _contrasted(span)


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


@lru_cache(maxsize=None)
def _lexicon(key: str) -> frozenset[str]:
    """A lower-cased word list of data/attribution.yaml as a set: ``denial_polarity`` (negative-polarity words),
    ``denied_act_verbs`` (hostile acts an emptied subject denies: "no guard fired a shot"), ``denied_own_acts``,
    ``involvement_nouns``, ``denied_passive_acts``, ``unbound_predicates``."""
    return frozenset(attribution_words(key))


_OWN_PRONOUNS = FIRST_PERSON | THIRD_PERSON
_OWN_POSSESSIVES = FIRST_POSSESSIVE | THIRD_POSSESSIVE
_EMPTY_WORDS = frozenset({"nothing", "none", "nobody"})
_COUNTED = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "QUANTITY", "PERCENT", "ORDINAL"})


def _own_subject(verb) -> bool:
    """Is the subject of ``verb`` the speaker's side as a report words it: a pronoun ("it said it paid …") or a
    thing a pronoun owns ("its soldiers", "our units")?"""
    for s in verb.children:
        if s.dep_ in ("nsubj", "nsubjpass"):
            return s.lower_ in _OWN_PRONOUNS or any(c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES
                                                    for c in s.children)
    return False


def _empty(t) -> bool:
    """Does the phrase headed by ``t`` say "none": "nothing", "no troops", "no one"?"""
    if t.lower_ in _EMPTY_WORDS or t.lower_ == "one" and t.i > 0 and t.doc[t.i - 1].lower_ == "no":
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in t.children)


def _own_act_emptied(root) -> bool:
    """The speaker's side says it did none of an act alleged: "it paid nothing", "we sent no troops", "it had no
    knowledge of any payment" (``denied_own_acts``; "have" only with ``involvement_nouns``); not a finding
    ("they found nothing") or a lack ("it had no choice")."""
    lemma = base(root)
    if lemma != "have" and lemma not in _lexicon("denied_own_acts") and lemma not in _lexicon("denied_act_verbs"):
        return False
    objs = [c for c in root.children if c.dep_ == "dobj" and _empty(c)]
    if not objs or not _own_subject(root):
        return False
    return lemma != "have" or objs[0].lemma_.lower() in _lexicon("involvement_nouns")


def _passive_emptied(root) -> bool:
    """A deliberate act said to have been done to no one: "no civilians were targeted", "no withdrawal was
    planned" (``denied_passive_acts``; not "no one was hurt", "no date was set")."""
    if base(root) not in _lexicon("denied_passive_acts"):
        return False
    return any(c.dep_ == "nsubjpass" and _empty(c) for c in root.children)


def _corrected(root, inside: set[int]) -> bool:
    """A negated act set right by the next clause: "X does not shelter the gunmen, it is sheltering the people",
    "we do not attack villages, we protect them". The corrected verb is the same as the negated one, or the
    negated one is an act an accusation names (``denied_act_verbs``, ``denied_own_acts``); the correcting clause
    has a pronoun subject and no negation of its own."""
    # the parser joins the two clauses either way: the corrected verb under the correcting one or after it
    pairs = [(c, root) for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.i < root.i and c.i in inside]
    pairs += [(root, c) for c in root.children if c.dep_ in ("conj", "parataxis", "ccomp") and c.i > root.i]
    for v, w in pairs:
        if abs(w.i - v.i) > 25 or not any(c.dep_ == "neg" for c in v.children) or \
                any(c.dep_ == "neg" for c in w.children):
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ in _OWN_PRONOUNS for c in w.children):
            continue
        if base(w) == base(v) or base(v) in _lexicon("denied_own_acts") or base(v) in _lexicon("denied_act_verbs"):
            return True
    return False


def _contrasted(span) -> bool:
    """A copular statement that corrects a description: "This was a camp of families, not a military base",
    "They are farmers, not fighters" (", not" before a noun in apposition or coordination with the predicate;
    not "not only", and not a date or a number: "on Monday, not Tuesday")."""
    # the first root and the negations of its clause from the token table: a Token only for a "not" (speed)
    table = tokens(span.doc)
    head, lower, dep = table.head, table.lower, table.dep
    first = next((i for i in range(span.start, span.end) if head[i] == i or not span.start <= head[i] < span.end),
                 None)
    roots = [span.doc[first]] if first is not None else []
    for root in roots:
        if table.lemma_lower[root.i] != "be":
            continue
        for k in table.subtree(root.i):
            if lower[k] != "not" or dep[k] != "neg":
                continue
            t = span.doc[k]
            before = next((x for x in reversed(t.doc[max(0, t.i - 3):t.i]) if not x.is_space), None)
            if before is None or before.lower_ != ",":
                continue
            if t.i + 1 >= len(t.doc) or t.doc[t.i + 1].lower_ == "only":
                continue
            # the parser hangs "not" on the noun it negates or on the one before the comma
            after = [x for x in t.doc[t.i + 1:min(t.i + 6, span.end)] if x.pos_ in ("NOUN", "PROPN")][-1:]
            for h in [t.head] * (t.head.i > t.i) + after:
                if h.dep_ in ("appos", "conj", "attr") and h.ent_type_ not in _COUNTED:
                    return True
    return False
