"""Nouns that stand for a state rather than for what they name: "the regime", "her government", "her X counterpart".

Helpers of ``ActorIndex`` (``arguments.py``): each takes the index and a token and returns the actor mention the
noun stands for, or None so that the index's other rules apply. The words come from ``plover.yaml``
(``state_nouns``, ``person_state_nouns``, ``counterpart_nouns``, read by ``event_rules``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import data
from ..model import Mention
from .event_rules import event_rules
from .kb import get_kb, name_key
from .genders import is_person_noun
from .lexicons import cues
from .states import doc_states
from .tokens import tokens

STATE_KINDS = ("country", "government")
SIDE_KINDS = ("country", "government", "organization", "armed_group")
# How many sentences back (within the paragraph) "the sides" may look for the parties named together.
SIDES_BACK = 4
DEFINITE = ("the", "this", "that")
# How far back (characters) "the regime" may look for the state it stands for.
STATE_WINDOW = 2500


def counterpart(index, token) -> list[Mention] | None:
    """"her Zemlish counterpart", "the counterpart of Zemland": the holder of the same office for the state named
    with the noun; its possessive is the other side (None when ``token`` is no counterpart noun).

    Args:
        index (ActorIndex): the document's actor index.
        token: the noun.
    RETURNS (list[Mention] | None): the state's mention(s) ([] when none is named), None for other nouns.
    """
    if token.lemma_.lower() not in event_rules().counterpart_nouns:
        return None
    for c in token.children:
        if c.dep_ in ("amod", "compound", "nmod"):
            m = index.at(c) or (index._alias_of_name(c) if c.pos_ in ("PROPN", "ADJ") else None)
            if m is not None:
                return [m]
        if c.dep_ == "prep" and c.lower_ in ("of", "from"):
            for o in c.children:
                if o.dep_ == "pobj":
                    found = index.actors(o, 1, conj=False)
                    if found:
                        return found
    return []


def person_state(index, token, owner: Mention) -> Mention | None:
    """"her government", "his country": the state the possessing person serves, when the article names it.

    Args:
        index (ActorIndex): the document's actor index.
        token: the possessed noun.
        owner: the person the possessive stands for.
    RETURNS (Mention | None): an alias mention at ``token`` for the state, or None.
    """
    if owner.kind != "person" or not owner.affiliation or token.lemma_.lower() not in event_rules().person_state_nouns:
        return None
    wanted = {owner.affiliation.lower()}
    state = next((m for m in index.mentions if not m.pronoun and m.kind in STATE_KINDS + ("organization",) and
                  {(m.local_key or "").lower(), m.name.lower(), m.text.lower()} & wanted), None)
    if state is None:
        return None
    return index.alias_phrase(token, state)


def state_noun(index, token, modifier: bool = False) -> Mention | None:
    """"the regime", "the junta", "the government" with no body of that kind named: the state named last before it
    that is not another party of the same clause ("X accused the regime of …" is not X).

    Args:
        index (ActorIndex): the document's actor index.
        token: the noun.
        modifier: ``token`` modifies another noun ("government artillery", "regime forces"): no article needed.
    RETURNS (Mention | None): an alias mention at ``token`` for the state, or None.
    """
    if token.lemma_.lower() not in event_rules().state_nouns or token.tag_ == "NNS":
        return None
    if not modifier and not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children):
        return None
    if any(c.dep_ in ("amod", "compound", "nmod", "poss") and c.pos_ in ("PROPN", "ADJ", "PRON") for c in token.children):
        return None                 # "the interim government", "its government": said by other rules or no state
    if any(c.dep_ == "prep" and c.lower_ == "in" for c in token.children):
        return None                 # "the regime in X": its seat says which, or nothing does
    verb = token.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    others = {index.at(t).name for t in verb.subtree if t.i != token.i and index.at(t) is not None}
    if verb.dep_ == "relcl" and index.at(verb.head) is not None:
        others.add(index.at(verb.head).name)    # "X, which supplies the junta's fuel": X is the clause's doer
    # a government the article named stands first ("the Government of National Renewal" … "government artillery")
    gov = index.before(token.idx, {"government"}, window=STATE_WINDOW * 2)
    if gov is not None and gov.name not in others:
        return index.alias_phrase(token, gov)
    if modifier:
        # "government artillery" with no government named: the nearest state is too often a backer; the state the
        # article is about (named most often so far, and more often than any other) is the one meant
        m = _article_state(index, token, others)
        if m is None:
            return None
        return index.alias_phrase(token, m)
    char = token.idx
    while True:
        m = index.before(char, set(STATE_KINDS), window=STATE_WINDOW - (token.idx - char))
        if m is None:
            return None
        if m.name not in others:
            break
        char = m.start
    return index.alias_phrase(token, m)


def _article_state(index, token, others: set[str]) -> Mention | None:
    """The country the article named most often before ``token`` (strictly more than any other, and not one of the
    clause's other parties), or None."""
    counts: dict[str, int] = {}
    last: dict[str, Mention] = {}
    for m in index.mentions:
        if m.pronoun or m.kind != "country" or m.start >= token.idx:
            continue
        key = m.local_key or m.name
        counts[key] = counts.get(key, 0) + 1
        last[key] = m
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    m = last[ranked[0][0]]
    return None if m.name in others else m


def capital_regime(index, token) -> Mention | None:
    """"the Askel regime", "the Kessin government": a state noun named by a capital stands for the capital's state
    (from the knowledge base, or from what the article says: "Askel, the capital of Morvenia"), when the article
    names that state.

    Args:
        index (ActorIndex): the document's actor index.
        token: the noun.
    RETURNS (Mention | None): an alias mention at ``token`` for the state, or None.
    """
    if token.lemma_.lower() not in event_rules().state_nouns:
        return None
    named = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "PROPN"]
    # "the regime in Tarvin": the seat after "in"
    named += [o for p in token.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
              if o.dep_ == "pobj" and o.pos_ == "PROPN"]
    for c in named:
        city = index.doc[c.left_edge.i:c.i + 1].text if c.dep_ != "pobj" else \
            index.doc[min(x.i for x in c.subtree if x.dep_ == "compound" or x.i == c.i):c.i + 1].text
        code = get_kb().capital_country(city)
        ref = _learned_capital(doc_states(index.doc), city) if code is None else None
        code = code or (ref.code if ref is not None else None)
        wanted = {f"country:{code}"} if code else set()
        names = {ref.name.lower()} if ref is not None else set()
        # a learned state may be typed as a place by the actors stage: any kind but a person's
        state = next((m for m in index.mentions if not m.pronoun and m.kind != "person" and
                      (m.kb_id in wanted or {(m.local_key or "").lower(), m.name.lower()} & names)), None)
        if state is not None:
            return index.alias_phrase(token, state)
    return None


def _learned_capital(facts, city: str):
    """The state whose capital the article says ``city`` is (a learned key may keep a preposition before the
    city: "in Askel"), or None."""
    found = facts.capital(city)
    if found is not None:
        return found
    key = name_key(city)
    return next((ref for k, ref in facts.capitals.items() if k.endswith(" " + key)), None)


def is_sides(token) -> bool:
    """Is ``token`` a plural noun for the parties of talks or a conflict: "the sides", "the parties", or a pair noun
    with "two"/"both" ("the two countries", "both leaders"; "the countries" says no number)?"""
    if token.tag_ != "NNS":
        return False
    lemma = token.lemma_.lower()
    return lemma in event_rules().side_nouns or \
        lemma in event_rules().pair_nouns and any(c.lower_ in ("two", "both") for c in token.children)


def the_sides(index, token, depth: int = 0) -> list[Mention] | None:
    """"the sides", "the two parties", "both sides", "the two countries" with no owner of their own: the two who
    met, or the actors of the last phrase in this sentence or an earlier one of its paragraph that named two or more
    of them together ("the presidents of X and Y met … By the sides was signed …"); [] when no such phrase is found
    (no party rather than a guessed one).

    Args:
        index (ActorIndex): the document's actor index.
        token: the plural noun.
        depth: recursion depth of the index's lookup.
    RETURNS (list[Mention] | None): the parties ([] when none is named), None for other nouns.
    """
    if not is_sides(token):
        return None
    pair = token.lemma_.lower() not in event_rules().side_nouns
    if any(c.dep_ in ("poss", "compound", "nmod", "prep", "amod") and (c.dep_ != "amod" or index.at(c) is not None)
           for c in token.children):
        return None                 # "the Chadian and Nigerien sides", "the sides of the conflict": said by other rules
    from .arguments import sentence_index, sentences

    si = sentence_index(index.doc, token)
    sents = sentences(index.doc)
    first = si
    # back through the paragraph (a line break between two sentences ends it), at most SIDES_BACK sentences
    while first > 0 and si - first < SIDES_BACK and "\n" not in index.doc[sents[first].start - 1].whitespace_ and \
            not index.doc[sents[first].start - 1].is_space:
        first -= 1
    start = sents[first].start
    for t in reversed(index.doc[start:token.i]):
        found = _met_pair(index, t, depth)
        if found:
            return found            # "X held a meeting with Y, during which the parties discussed …"
        if not any(c.dep_ == "conj" for c in t.children):
            continue
        found = [m for m in index.actors(t, depth + 1) if m.kind in SIDE_KINDS or pair and m.kind == "person"]
        if len({m.local_key or m.name for m in found}) > 1:
            return found
    return []


def _met_pair(index, t, depth: int) -> list[Mention]:
    """The two who met at verb ``t`` ("X met with Y", "X held talks with Y"): its subject and its (or its object's)
    "with" partner, when both are actors (people included: the parties of a meeting are whoever met); else []."""
    if t.pos_ != "VERB":
        return []
    subjects = [c for c in t.children if c.dep_ == "nsubj"]
    if not subjects:
        return []
    holders = [t] + [d for d in t.children if d.dep_ == "dobj"]
    partners = [o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "with"
                for o in p.children if o.dep_ == "pobj"]
    if not partners:
        return []
    a = index.actors(subjects[0], depth + 1, conj=False)
    b = index.actors(partners[0], depth + 1, conj=False)
    if a and b and (a[0].local_key or a[0].name) != (b[0].local_key or b[0].name):
        return [a[0], b[0]]
    return []


def described_as(index, token, depth: int = 0, window: int = 150) -> Mention | None:
    """"the militia" after "X, a militia that …" or "X is a militia": the actor the article described with the same
    noun, before the nearest actor of the noun's kind.

    Args:
        index (ActorIndex): the document's actor index.
        token: the definite noun.
        depth: recursion depth of the index's lookup.
        window: how many tokens back to look.
    RETURNS (Mention | None): the described actor, or None.
    """
    lemma = token.lemma_.lower()
    doc = index.doc
    lemmas = tokens(doc).lemma_lower    # the words from the token table: a Token only where the lemma is the same
    for k in range(token.i - 1, max(0, token.i - window) - 1, -1):
        if lemmas[k] != lemma:
            continue
        t = doc[k]
        if any(c.dep_ == "det" and c.lower_ in DEFINITE for c in t.children):
            continue                # an earlier "the militia" says no more than this one
        if t.dep_ == "appos":
            found = index.actors(t.head, depth + 1, conj=False)
        elif t.dep_ == "attr":
            found = [m for s in t.head.children if s.dep_ == "nsubj" for m in index.actors(s, depth + 1, conj=False)]
        else:
            continue
        if found:
            return found[0]
    return None


def reporter(index, token) -> Mention | None:
    """The reporter a group pronoun subject of a reported clause stands for: "Dorvik has said it will not
    cooperate with it", "the front said they would not withdraw" — the reporting verb's own subject, when it is
    an actor that is no person (a capital used for its government counts), before any nearer name.

    Args:
        index (ActorIndex): the document's actor index.
        token: the pronoun ("it", "they").
    RETURNS (Mention | None): the reporter's mention, or None.
    """
    low = token.lower_
    if low not in ("it", "they") or token.dep_ not in ("nsubj", "nsubjpass") or token.head.dep_ != "ccomp":
        return None
    verb = token.head.head
    if verb.lemma_.lower() not in _cue_verbs():
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
    if subj is None or (low == "it" and subj.tag_ in ("NNS", "NNPS")):
        return None         # "the rebels said it …": "it" is something else
    m = index.actor(subj)
    if m is None or m.kind == "person" and len((m.local_key or m.name).split()) > 1 and \
            not (m.role or "").startswith("capital_hint"):
        return None         # a person is no "it" (a one-word name the parser called a person may be a state)
    return m


@lru_cache(maxsize=1)
def _cue_verbs() -> frozenset[str]:
    """The reporting verbs of data/attribution.yaml (``cues().verbs``), read once."""
    return frozenset(cues().verbs)


def other_office(token, person: Mention) -> bool:
    """Does a definite title ("the minister") name another office than the role of the person quoted last ("the
    President of X …")? Then it does not stand for that person. A generic descriptor ("the official", "the
    diplomat": hedges.yaml ``unnamed_heads``) or a person with no known role always may.

    Args:
        token: the title noun. person (Mention): the person quoted last.
    RETURNS (bool): True when the title is another office.
    """
    low = token.lemma_.lower()
    if low in _generic_heads() or not is_person_noun(token.text):
        return False
    # the role, else the title it was last called by ("has said the President") or written right before the name
    # ("The President of X Jane Doe")
    role = person.role or (person.text if person.pronoun else token.doc.text[max(0, person.start - 60):person.start])
    offices = {w for w in re.findall(r"[a-z]+", role.lower()) if is_person_noun(w) and w not in _generic_heads()}
    return bool(offices) and low not in offices


@lru_cache(maxsize=1)
def _generic_heads() -> frozenset[str]:
    """Descriptors any office holder can be called ("the official"): hedges.yaml ``unnamed_heads``."""
    return frozenset(w.lower() for w in data.load("hedges.yaml").get("unnamed_heads", []))
