"""Threats a statement makes by what it says, under any reporting verb.

- A hostile act the speaker's side says it will do: "'We will strike the gunmen wherever they hide,' she said",
  "the ministry said it would retaliate against Y", "'Our artillery will answer every shell,' X said";
- its own forces ordered to strike: "has instructed the army to respond to any new attack";
- a tie the speaker's side says it may cut or reconsider: "said it would review its cooperation with Y",
  "could suspend arms deliveries to Y", "will reconsider its relations with Y".

``warned_party`` (``threats.py``) reads warnings ("warned that …") and conditions ("if they cross …, we
will …"); these are the plain future statements it leaves. Data: ``attribution.yaml`` (``vows``) and the
PLOVER lexicon's hostile types (``threat_types``, ``means_hosts``).
"""
from __future__ import annotations

from functools import lru_cache

from .. import data
from .event_rules import event_rules
from .grammar import FIRST_PERSON, FIRST_POSSESSIVE, THIRD_PERSON, THIRD_POSSESSIVE
from .lexicons import base



def vowed_threat(doc, index, lex, content: set[int], hits: list, speaker, quote: bool):
    """Does a reported statement threaten by its content, and whom?

    Args:
        doc: the parsed document.
        index: actor mentions by token (``ActorIndex``).
        lex: the PLOVER lexicon (``verbs``, types of verbs).
        content: token indices of the reported content.
        hits: events found in the content.
        speaker: the statement's ``Source``.
        quote: whether the content is a direct quotation (its "we" is the speaker's side).
    RETURNS (tuple | None): ``(target,)`` with the threatened party's token (or None when it is no actor), or
        None when the content threatens nothing.
    """
    words = _words()
    first = min(content, default=0)
    # (a quote the attribution took as a plain content: the quotation mark before it)
    quote = quote or any(doc[i].is_quote for i in range(max(0, first - 2), first))
    verbs = [doc[i] for i in sorted(content) if doc[i].pos_ == "VERB" and (_future(doc[i], words) or
                                                                          _ordered(doc[i], words))]
    for v in verbs:
        ordered = _ordered(v, words) and _own_orderer(v.head, index, speaker)
        if any(c.dep_ == "neg" for c in v.children) or not (ordered or _own_doer(v, index, speaker, quote)):
            continue
        if _hostile(v, lex, hits):
            target = next((t for h in hits if h.head.i == v.i for t in h.objects
                           if index.actor(t) is not None and not own_side(t, index, speaker)), None)
            if target is None:
                target = next((c for c in v.children if c.dep_ == "dobj" and index.actor(c) is not None
                               and not own_side(c, index, speaker)), None)
            return (target,)
        party = _cut_tie(v, index, words)
        if party is not None:
            return (party,)
    return None


def _future(v, words: dict) -> bool:
    """Is ``v`` said of the future or of what may be ("will", "would", "could", "is going to")?"""
    if any(c.dep_ == "aux" and c.lower_ in words["future"] for c in v.children):
        return True
    # "is going to strike", "are ready to cut": the verb is the complement of the going/ready word
    return v.dep_ == "xcomp" and v.head.lemma_.lower() in words["going"] and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)


def _ordered(v, words: dict) -> bool:
    """Is ``v`` what the speaker's side orders its own forces to do ("has instructed the army to respond to any new
    attack", "ordered our troops to strike back"): the complement of an ordering verb whose object is a force
    noun with no other owner named ("the army", "its troops"; not "the Y army")?"""
    if v.dep_ != "xcomp" or base(v.head) not in words["ordering"]:
        return False
    for o in v.head.children:
        if o.dep_ == "dobj" and o.lemma_.lower() in words["forces"]:
            return all(c.dep_ in ("det", "amod") and c.pos_ != "PROPN" or c.dep_ == "poss" and c.pos_ == "PRON"
                       for c in o.children if c.i < o.i)
    return False


def _own_orderer(verb, index, speaker) -> bool:
    """Is the one who gives the order the speaker's side: a pronoun, an unnamed office ("the president"), or the
    speaker's own actor; not another named actor ("Y had instructed its troops to attack")?"""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON":
        return True
    return index.actor(subj) is None or own_side(subj, index, speaker)


def _own_doer(v, index, speaker, quote: bool) -> bool:
    """Is the doer of ``v`` the speaker's side: "we"/"our forces" in a quote, "it"/"its army" in a report?"""
    subj, x = [c for c in v.children if c.dep_ == "nsubj"], v
    while not subj and x.dep_ in ("xcomp", "acomp") and x.head.i != x.i:
        x = x.head      # "we are going to strike", "we are ready to hit": the subject of the governing verb
        subj = [c for c in x.children if c.dep_ == "nsubj"]
    if len(subj) != 1:
        return False
    s = subj[0]
    if quote:
        return s.lower_ in FIRST_PERSON or any(c.dep_ == "poss" and c.lower_ in FIRST_POSSESSIVE for c in s.children)
    if s.lower_ in THIRD_PERSON or any(c.dep_ == "poss" and c.lower_ in THIRD_POSSESSIVE for c in s.children):
        # "said it would …": the pronoun is the speaker unless it stands for another actor
        m = index.actor(s)
        return m is None or own_side(s, index, speaker)
    return False


def own_side(t, index, speaker) -> bool:
    """Does ``t`` name the speaker's own side (the speaker's actor, or its state or body)?"""
    me = index.by_id().get(speaker.mention) if speaker is not None and speaker.mention else None
    m = index.actor(t)
    if me is None or m is None:
        return False
    own = {x for x in (me.name, me.local_key, me.affiliation) if x}
    return bool({m.name, m.local_key} & own)


def _hostile(v, lex, hits: list) -> bool:
    """Is ``v`` a hostile act: a verb of a threat type, or a response verb ("we will respond")? Not when an
    event of another type was typed at it ("we will strike a deal")."""
    rules = event_rules()
    if any(h.head.i == v.i and h.type not in rules.threat_types for h in hits):
        return False
    return lex.verbs.get(base(v)) in rules.threat_types or base(v) in rules.means_hosts


def _cut_tie(v, index, words: dict):
    """The party of a tie the speaker's side may reconsider or cut: "would review its cooperation with Y",
    "could suspend arms deliveries to Y" (``vows``: ``reviewing_verbs``, ``tie_nouns``)."""
    if base(v) not in words["reviewing"]:
        return None
    for o in (c for c in v.children if c.dep_ == "dobj"):
        if o.lemma_.lower() not in words["ties"]:
            continue
        for p in (c for c in list(o.children) + list(v.children) if c.dep_ == "prep" and c.lower_ in ("with", "to")):
            party = next((x for x in p.children if x.dep_ == "pobj" and index.actor(x) is not None), None)
            if party is not None:
                return party
    return None


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    """The word lists of attribution.yaml ``vows``."""
    raw = data.load("attribution.yaml").get("vows", {})
    return {k: frozenset(w.lower() for w in raw.get(k, []))
            for k in ("future", "going", "reviewing", "ties", "ordering", "forces", "conceding", "regarding")} | \
        {"conceding_types": frozenset(raw.get("conceding_types", [])),
         "casus": frozenset(tuple(w.lower().split()) for w in raw.get("casus", []))}


def vowed_act(doc, index, lex, content: set[int], hits: list, speaker, quote: bool) -> str | None:
    """The speech act a statement's future makes when ``vowed_threat`` found none: THREATEN for a future act
    labelled hostile (``labelled_threat``), REJECT for a refusal to give way (``refused_vow``), else None.

    Args: as ``vowed_threat``.
    RETURNS (str | None): "THREATEN", "REJECT" or None.
    """
    if labelled_threat(doc, content):
        return "THREATEN"
    return "REJECT" if refused_vow(doc, index, lex, content, hits, speaker, quote) else None


def refused_vow(doc, index, lex, content: set[int], hits: list, speaker, quote: bool) -> bool:
    """Does a reported statement refuse to give way: the speaker's side says it will not do a conceding act ("said
    it would not withdraw its heavy weapons", "'We will not hand over our guns,' he said", "it will not grant the
    investigators visas")? Not another party's act, not a hostile act ("we will not attack"), not the past.

    Args: as ``vowed_threat``.
    RETURNS (bool): True for a refusal (REJECT).
    """
    words = _words()
    first = min(content, default=0)
    quote = quote or any(doc[i].is_quote for i in range(max(0, first - 2), first))
    for i in sorted(content):
        v = doc[i]
        if v.pos_ != "VERB" or not any(c.dep_ == "neg" for c in v.children) or not _future(v, words):
            continue
        typed = {h.type for h in hits if h.head.i == v.i}
        if not (typed & words["conceding_types"] or not typed and base(v) in words["conceding"]):
            continue
        if _own_doer(v, index, speaker, quote):
            return True
    return False


def labelled_threat(doc, content: set[int]) -> bool:
    """Does a reported statement threaten by calling a future act a hostile one: "any further delivery will be
    regarded as an act of aggression", MT "the next such incident X will consider as the attack on its
    sovereignty" (``vows``: ``regarding``, ``casus``)? Not the past ("was regarded as an attack"), not negated.

    RETURNS (bool): True for a threat (THREATEN; the one warned is the addressee).
    """
    words = _words()
    for i in sorted(content):
        v = doc[i]
        if base(v) not in words["regarding"] or not _future(v, words) or any(c.dep_ == "neg" for c in v.children):
            continue
        for p in v.children:
            if p.dep_ != "prep" or p.lower_ != "as":
                continue
            for o in (c for c in p.children if c.dep_ == "pobj"):
                # the label and what it is of: "an act of aggression" -> (act, of, aggression), "the attack on …"
                lemmas = tuple(t.lemma_.lower() for t in o.subtree if not t.is_punct and t.dep_ != "det")
                if any(lemmas[k:k + len(c)] == c for c in words["casus"] for k in range(len(lemmas))):
                    return True
    return False