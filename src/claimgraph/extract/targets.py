"""Who or what an event is done to: places and targets, a doer's own things, targets no party owns; a mixin of
``EventFinder`` (``events.py``).

- A directed event with no actor as its target may still be whole when a place is named on the verb or its object
  ("bombed a clinic in X", "attacked the capital") or when its target is anyone at all ("fires on anyone who tries
  to fetch water": ``open_targets`` in data/plover.yaml).
- A doer's own things are no other party ("X defended its people"); a possessive pronoun found as the party of a
  thing's owner slot is the doer itself ("X deployed its monitors": X sends them, to nobody).
"""
from __future__ import annotations

from .event_clauses import target_place
from .event_rules import event_rules
from .frames import place_object
from .grammar import children, pobjs
from .lexicons import base


class TargetEvents:
    """Target tests of verb events; the host class gives ``index``, ``lex``, ``_is_place`` and ``_has_actor``."""

    def _has_place(self, anchors) -> bool:
        """A place on the verb ("fighting in Tripoli", "attacked the capital"), for events that need a target."""
        for a in anchors:
            # "bombed a clinic in X": the place may qualify the verb's object
            places = list(a.children) + [p for c in children(a, "dobj", "nsubjpass") for p in children(c, "prep")]
            for c in places:
                if c.dep_ == "dobj" and (c.ent_type_ in ("GPE", "LOC", "FAC") or c.lemma_ == "capital"):
                    return True
                if c.dep_ in ("dobj", "nsubjpass") and place_object(self, a) is not None:
                    return True     # "entered the town of X" (frames.py)
                if c.dep_ in ("prep", "dative") and c.lower_ in ("in", "at", "near", "to", "into", "inside", "around"):
                    # "in the village P": the place may be the common noun's apposition
                    if any(self._is_place(o) or o.lemma_ == "capital" or any(self._is_place(x) for x in
                                                                             children(o, "appos")) for o in pobjs(c)):
                        return True
        return target_place(self._is_place, anchors) is not None     # "an attack on a post near the town of X"

    def _reflexive(self, tok, subjects) -> bool:
        """An object that is the doer's own ("its own villages", "defended its people", "themselves")."""
        if tok.lower_ in ("itself", "themselves", "himself", "herself"):
            return True
        if self.index.at(tok) is not None or tok.lemma_.lower() in event_rules().counterpart_nouns:
            return False            # "met her X counterpart": the other side's
        poss = [c for c in tok.children if c.dep_ == "poss" and c.tag_ == "PRP$"]
        if not poss:
            return False
        if any(c.lower_ == "own" for c in tok.children):
            return True
        # a possessive pronoun that stands for the doer ("X defended its people")
        doers = {m.local_key or m.name for t in subjects for m in self.index.actors(t)}
        return any((m.local_key or m.name) in doers for m in self.index.actors(poss[0]))

    def _own_owner(self, tok, subjects) -> bool:
        """Is ``tok`` a possessive pronoun standing for the doer ("X deployed its monitors": the monitors' owner is X,
        found through the thing's owner slot, so X is no other party of the event)?"""
        if tok.dep_ != "poss" or tok.tag_ != "PRP$" or not self._has_actor(subjects):
            return False
        doers = {m.local_key or m.name for t in subjects for m in self.index.actors(t)}
        return any((m.local_key or m.name) in doers for m in self.index.actors(tok))

    def place_holder(self, v, type_: str):
        """The one holding the place where an agentless passive act was done ("two monitors were detained at a
        checkpoint held by X", "were seized at a roadblock manned by Y"): the holder did it.

        Args:
            v: a passive verb with no agent.
            type_ (str): the event type (hostile acts only).
        RETURNS (tuple | None): ([the holder's token], the place token), or None.
        """
        rules = event_rules()
        if type_ not in rules.open_target_types - {"COOPERATE"} or children(v, "agent"):
            return None
        for p in children(v, "prep"):
            for o in pobjs(p) if p.lower_ in ("at", "in", "near", "outside", "on") else ():
                if o.lemma_.lower() not in rules.post_nouns:
                    continue        # (not "attacked near a village held by X": a village's holder need not act)
                found = [x for a in children(o, "acl") if a.tag_ == "VBN" and base(a) in rules.holding_participles
                         for g in children(a, "agent") for x in pobjs(g)]
                if self._has_actor(found):
                    return found[:1], o
        return None

    def open_target(self, v, type_: str) -> bool:
        """Is the event done to anyone at all ("the army fires on anyone who tries to fetch water", "shot at
        everybody", "detains whoever protests")? Such an event is whole with no party as its target.

        Args:
            v: the verb token.
            type_ (str): the event type.
        RETURNS (bool): True when the verb's object, or the object of a preposition on it, is an open target.
        """
        rules = event_rules()
        if type_ not in rules.open_target_types:
            return False
        found = children(v, "dobj", "nsubjpass") + [o for p in children(v, "prep", "prt") for o in pobjs(p)]
        if type_ == "COOPERATE":
            # "would cooperate with any investigation": help given to an inquiry, no party of it named
            return any(t.lemma_.lower() in rules.inquiry_nouns for t in found)
        return any(t.lower_ in rules.open_targets for t in found)
