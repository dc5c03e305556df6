"""Reported clauses that accuse by what they say of another actor, with no accusing verb.

- a shield made of people: "Y uses refugees as a human shield", "the gunmen hide behind civilians as a shield";
- harm let happen: "Y has for years allowed the gangs to rest and recruit in the camps", "Y lets the militants
  cross", "Y permits the smugglers to …" (an enabling verb with an armed group as the one let);
- a statement called made up: "the figures announced by Y are invented", "Y's casualty toll was inflated", "the
  figures of Y are fabricated to …" (a fabricating verb in the passive on a statement or figure of Y);
- the blame laid on Y: "the full responsibility for any victims lies with Y", "the blame rests on Y", "Y bears
  full responsibility for the deaths".

Read under any reporting verb (``content_accusation``, round 8):

- where the fire came from: "the shots came from a Y position on a hill", "the shells were fired from Y-held
  villages";
- who staged it: "the 'massacre' is a cynical provocation staged by Y", "an attack orchestrated by Y";
- a share in a hostile act named as a noun: "the direct participation of Y in the aggression", "Y's complicity in
  the killings".

Data: ``attribution.yaml`` ``accusing_forms``. Called by ``speech_targets.quoted_act`` for quotes, accusing cues
and statements that go on without a cue.
"""
from __future__ import annotations

from functools import lru_cache

from .. import data
from .lexicons import base


def accusing_form(doc, index, content: set[int], speaker_key: str | None):
    """``("ACCUSE", target token)`` when the clause accuses an actor other than the speaker by its form, else None.

    doc (Doc): the parse. index (ActorIndex): actor mentions by token.
    content (set[int]): token indices of the reported clause.
    speaker_key (str | None): the speaker's local key (the speaker's own side is never the target).
    RETURNS (tuple[str, Token] | None): the act and the accused's token.
    """
    forms = _forms()
    lo, hi = min(content), max(content) + 1
    for t in doc[lo:hi]:
        if t.i not in content or t.pos_ != "VERB" or any(c.dep_ == "neg" for c in t.children):
            continue
        low = t.lemma_.lower()
        target = None
        if any(o.lemma_.lower() in forms["shields"] for p in t.children if p.dep_ == "prep" and p.lower_ == "as"
               for o in p.children if o.dep_ == "pobj"):
            target = subject_of(t)            # "Y uses refugees as a human shield"
        elif low in forms["enabling"] and _lets_group(t, forms["groups"]):
            target = subject_of(t)            # "Y has allowed the gangs to rest and recruit"
        elif low in forms["fabricating"] and any(c.dep_ == "auxpass" for c in t.children):
            target = _author(t, forms["statements"])    # "the figures announced by Y are invented"
        elif low in forms["resting"] and any(c.dep_ == "nsubj" and _blame(c, forms) for c in t.children):
            # "the responsibility for any victims lies with Y", "the blame rests on Y"
            target = next((o for p in t.children if p.dep_ == "prep" and p.lower_ in ("with", "on", "upon")
                           for o in p.children if o.dep_ == "pobj"), None)
        elif low in forms["bearing"] and any(c.dep_ == "dobj" and _blame(c, forms) for c in t.children):
            target = subject_of(t)            # "Y bears full responsibility for the deaths"
        if target is not None and _other(index, target, speaker_key):
            return "ACCUSE", target
    return None


def subject_of(verb):
    """The subject of ``verb``, through the verbs it is the open complement or conjunct of ("Y wants to
    starve …", "Y has allowed the gangs to rest and recruit")."""
    v = verb
    for _ in range(4):
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
        if v.dep_ not in ("xcomp", "conj") or v.head.i == v.i:
            return None
        v = v.head
    return None


def _blame(noun, forms: dict) -> bool:
    """Is ``noun`` blame for harm: "blame", "guilt", or "responsibility" for deaths, victims or an attack (not
    "the responsibility for the reform")?"""
    low = noun.lemma_.lower()
    if low not in forms["blame"]:
        return False
    if low != "responsibility":
        return True
    return any(o.lemma_.lower() in forms["harms"] for p in noun.children if p.dep_ == "prep" and p.lower_ == "for"
               for o in p.children if o.dep_ == "pobj")


def _lets_group(verb, groups: frozenset[str]) -> bool:
    """Does ``verb`` let an armed group act: its object, or the subject of its complement clause?"""
    for c in verb.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in groups:
            return True
        if c.dep_ in ("ccomp", "xcomp") and any(s.dep_ == "nsubj" and s.lemma_.lower() in groups for s in c.children):
            return True
    return False


def _author(verb, statements: frozenset[str]):
    """The author of the statement or figure a passive fabricating verb is said of ("the figures announced by Y",
    "Y's figures", "the figures of Y"), or None."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.lemma_.lower() not in statements:
        return None
    for c in subj.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "prep" and c.lower_ in ("of", "from", "by"):
            return next((o for o in c.children if o.dep_ == "pobj"), None)
        if c.dep_ == "acl":
            for a in c.children:
                if a.dep_ == "agent":
                    return next((o for o in a.children if o.dep_ == "pobj"), None)
    return None


def _other(index, t, speaker_key: str | None) -> bool:
    """Does ``t`` name an actor (or a group the article named) other than the speaker's side?"""
    if t.pos_ == "PRON":
        return False
    m = index.actor(t) or next(iter(index.actors(t)), None)
    return m is not None and m.kind != "place" and not (speaker_key and (m.local_key or m.name) == speaker_key)


@lru_cache(maxsize=1)
def _forms() -> dict[str, frozenset[str]]:
    """The word lists of attribution.yaml ``accusing_forms``."""
    raw = data.load("attribution.yaml").get("accusing_forms", {})
    return {k: frozenset(w.lower() for w in raw.get(k, []))
            for k in ("shields", "enabling", "groups", "fabricating", "statements", "resting", "bearing", "blame",
                      "harms", "fire_nouns", "origin_verbs", "staging", "staged_things", "shares", "shared_acts")}


def content_accusation(doc, index, content: set[int], speaker_key: str | None):
    """``("ACCUSE", target token)`` when a reported clause, under any cue, names the doer of a hostile act by where
    the fire came from, who staged it or whose share in it is stated (module docstring), else None.

    Args: as ``accusing_form``.
    RETURNS (tuple[str, Token] | None): the act and the accused's token.
    """
    forms = _forms()
    lo, hi = min(content, default=0), max(content, default=-1) + 1
    for t in doc[lo:hi]:
        if t.i not in content or any(c.dep_ == "neg" for c in t.children):
            continue
        low, target = (base(t) if t.pos_ == "VERB" else t.lemma_.lower()), None    # "staged": lemma "stag"
        if t.pos_ == "VERB" and low in forms["origin_verbs"] and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in forms["fire_nouns"] for c in t.children):
            target = _named_in(index, [o for p in t.children if p.dep_ == "prep" and p.lower_ == "from"
                                       for o in p.children if o.dep_ == "pobj"])    # "came from a Y position"
        elif t.pos_ == "VERB" and low in forms["staging"] and t.dep_ == "acl" and \
                t.head.lemma_.lower() in forms["staged_things"]:
            target = _named_in(index, [o for a in t.children if a.dep_ == "agent"
                                       for o in a.children if o.dep_ == "pobj"])    # "a provocation staged by Y"
        elif t.pos_ == "NOUN" and low in forms["shares"] and any(
                p.dep_ == "prep" and p.lower_ == "in" and any(o.lemma_.lower() in forms["shared_acts"]
                                                              for o in p.children if o.dep_ == "pobj")
                for p in t.children):
            target = _named_in(index, [c for c in t.children if c.dep_ == "poss"] +
                               [o for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                                for o in p.children if o.dep_ == "pobj"])          # "participation of Y in …"
        if target is not None and _other(index, target, speaker_key):
            return "ACCUSE", target
    return None


def _named_in(index, heads: list):
    """The first token of these phrases that names an actor (the head, else a word inside it: "a Y position",
    "the bandit formations of the so-called Y"), or None."""
    for h in heads:
        for t in [h] + [x for x in h.subtree if x.i != h.i]:
            if index.actor(t) is not None:
                return t
    return None


def staged_by(tok) -> bool:
    """Is ``tok`` inside the agent of a staging verb ("a provocation staged by the formations of Y")? The staged
    act is then not one the accused did: only its staging is alleged."""
    staging = _forms()["staging"]
    for t in [tok] + list(tok.ancestors):
        if t.dep_ == "agent" and base(t.head) in staging:
            return True
    return False
