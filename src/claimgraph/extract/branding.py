"""Accusation by naming: "X called the measures an act of economic aggression" (X ACCUSE the measures' author).

A verb of naming (``branding_verbs``: call, brand, label, describe as …) whose predicate is a noun of wrongdoing
(``wrongdoing_nouns``: aggression, provocation, crime, piracy …, alone or inside "an act of …") accuses whoever did
the thing named: the thing's own owner ("X's measures", "the measures of X", "the blockade by X"), else the actor
the sentence before named as doing something (a definite "the measures" points back to it). Its subject is the
verb's. The words come from ``plover.yaml`` (read by ``event_rules``).
"""
from __future__ import annotations

from .event_rules import event_rules
from .grammar import children, is_verb, negated, pobjs, verb_subjects
from .hits import EventHit
from .lexicons import base


def branded_hit(finder, n) -> EventHit | None:
    """An ACCUSE hit when the noun ``n`` is a wrongdoing a verb of naming calls its object, else None.

    Args:
        finder (EventFinder): the sentence's event finder (actor index, roles).
        n: a noun token.
    RETURNS (EventHit | None): the accusation (subject: the one naming; object: the named thing's author).
    """
    rules = event_rules()
    if n.lemma_.lower() not in rules.wrongdoing_nouns:
        return None
    pred = n
    # "an act of aggression", "a form of blackmail": the wrongdoing inside a noun of kind
    if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.pos_ == "NOUN":
        pred = n.head.head
    elif n.dep_ == "pobj" and n.head.lower_ in ("to", "for"):
        # "a gift to the aggressor": the thing named helps a wrongdoer (the parser may hang "to …" on the verb)
        host = n.head.head
        favours = [host] if host.lemma_.lower() in rules.favour_nouns else \
            [c for c in host.children if c.dep_ in ("oprd", "dobj", "attr") and c.i < n.i and
             c.lemma_.lower() in rules.favour_nouns] if is_verb(host) else []
        pred = favours[0] if favours else pred
    verb, thing = _naming_verb(pred)
    if verb is None or base(verb) not in rules.branding_verbs or thing is None:
        return None
    subjects = verb_subjects(verb)
    if not finder._has_actor(subjects):
        return None
    authors = finder.role_tokens([thing], ["poss", "of", "by", "from"])
    if not finder._has_actor(authors):
        authors = _previous_doer(finder, thing, subjects)
    return EventHit(type="ACCUSE", head=n, trigger=f"{verb.text} {n.text}", tokens=[n.i], subjects=subjects[:1],
                    objects=authors[:1], negated=negated(verb), modality=finder.modality(verb), clause=verb,
                    nominal=True)


def _naming_verb(pred):
    """(verb, named thing) of a predicate noun: "called [the measures] [an act]" (object predicate), "described
    [the measures] as [an act]"; (None, None) otherwise."""
    if pred.dep_ in ("oprd", "attr", "xcomp", "ccomp", "dobj") and is_verb(pred.head):
        verb = pred.head
        things = [d for d in children(verb, "dobj") if d.i != pred.i and d.i < pred.i]
        if not things and pred.dep_ == "ccomp":
            things = children(pred, "nsubj")    # "called the measures an act" read as a small clause
        return verb, (things[0] if things else None)
    if pred.dep_ == "pobj" and pred.head.lower_ == "as" and is_verb(pred.head.head):
        verb = pred.head.head
        things = children(verb, "dobj")
        return verb, (things[0] if things else None)
    return None, None


def _previous_doer(finder, thing, speakers) -> list:
    """The subject of the sentence before when a definite noun ("the measures", "the move") names its act, unless it
    is the one naming: "Y imposed tariffs. X called the measures aggression" (Y)."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "these", "this", "those", "such") for c in thing.children):
        return []
    doc = thing.doc
    sent = thing.sent
    if sent.start == 0:
        return []
    prev = doc[sent.start - 1].sent
    names = {m.local_key or m.name for t in speakers for m in finder.index.actors(t)}
    for s in children(prev.root, "nsubj") if is_verb(prev.root) else []:
        found = finder.index.actors(s)
        if found and not {m.local_key or m.name for m in found} & names:
            return [s]
    return []
