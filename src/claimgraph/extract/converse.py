"""Verb events read the other way round or from a special construction, a mixin of ``EventFinder`` (``events.py``).

"X received weapons from Y" (Y gives), "Y considers that X bears full responsibility" (Y accuses X), "the guns came
from X's depots" (X gives), an attack noun standing as a verb's subject ("artillery fire from X killed …"), a passive
whose "from X" names the doer ("armed and directed from X"), and a passive participle the parser tagged as an
adjective ("the rebels were armed by X").
"""
from __future__ import annotations

from .event_rules import event_rules
from .grammar import children, is_verb, pobjs, verb_subjects
from .hits import EventHit
from .lexicons import base


class ConverseEvents:
    """Readers of converse and special verb constructions; the host class gives ``lex``, ``index``, ``role_tokens``,
    ``noun_type``, ``negation``, ``modality`` and ``_has_actor``."""

    def _received(self, v) -> EventHit | None:
        """"X received weapons from Y", "X bought drones from Y": Y gives X the thing (AID), the receiver being the
        object; "X received a guarantee from Y that …": Y's pledge (AGREE)."""
        # every AID entry's things (the lexicon may list several verb groups for aid)
        given = frozenset().union(*(objs for verbs, objs, t in self.lex.verb_objects if t == "AID"))
        aid = (given, "AID")
        thing = next((d for d in children(v, "dobj") if d.lemma_.lower() in aid[0]), None)
        pledges = event_rules().received_pledges
        if thing is None:
            thing = next((d for d in children(v, "dobj") if d.lemma_.lower() in pledges), None)
            aid = (pledges, "AGREE")
        if thing is None:
            return None
        givers = [o for a in (v, thing) for p in children(a, "prep") if p.lower_ == "from" for o in pobjs(p)]
        # "from the side of Y" (machine translation): the side stands for the party in its "of" phrase
        sides = event_rules().side_nouns
        givers = [x for o in givers for x in ([q for p in children(o, "prep") if p.lower_ == "of" for q in pobjs(p)]
                                              or [o] if o.lemma_.lower() in sides else [o])]
        receivers = verb_subjects(v)
        if not (self._has_actor(givers) and self._has_actor(receivers)):
            return None
        return EventHit(type=aid[1], head=v, trigger=f"{v.text} {thing.text}", tokens=[v.i, thing.i],
                        subjects=givers[:1], objects=receivers, negated=self.negation(v),
                        modality=self.modality(v), clause=v, thing=thing)

    def _borne(self, v, type_: str, toks, thing, bearers) -> EventHit | None:
        """"X bears full responsibility", said or considered by Y: Y accuses X (no Y: the outlet's statement)."""
        holders = verb_subjects(v.head) if v.dep_ in ("ccomp", "xcomp") and is_verb(v.head) else []
        if not self._has_actor(bearers) or any(t.text == ":" for t in v.doc[bearers[0].i:v.i]):
            return None     # "Ministry of X: Y side bears responsibility": a label, not the bearer
        trigger_toks = sorted(toks, key=lambda x: x.i)
        return EventHit(type=type_, head=v, trigger=" ".join(x.text for x in trigger_toks),
                        tokens=[x.i for x in trigger_toks], subjects=holders, objects=bearers[:1],
                        negated=self.negation(v), modality=self.modality(v), clause=v, thing=thing)

    def _came_from(self, v) -> EventHit | None:
        """"The guns came from X's depots": X gives the thing (AID) to whoever holds it ("the guns used by Y",
        "Y's guns"); the giver sits after "from"."""
        thing = next((d for d in verb_subjects(v) if d.lemma_.lower() in event_rules().origin_things), None)
        if thing is None:
            return None
        givers = [o for p in children(v, "prep") if p.lower_ == "from" for o in pobjs(p)]
        if not self._has_actor(givers) or any(m.kind == "place" for m in self.index.actors(givers[0])) or \
                givers[0].lemma_.lower() in ("direction", "side", "area", "territory"):
            return None         # "came from the direction of X" says where, not who gave
        holders = self.role_tokens([thing], ["poss", "of"])
        holders += [o for a in children(thing, "acl") for p in children(a, "agent") for o in pobjs(p)]
        holders = [t for t in holders if self._has_actor([t])][:1]
        return EventHit(type="AID", head=v, trigger=f"{v.text} from", tokens=[v.i], subjects=givers[:1],
                        objects=holders, negated=self.negation(v), modality=self.modality(v), clause=v, thing=thing)

    def _nominal_doer(self, subjects) -> list:
        """The doer of an attack noun standing as a verb's subject ("artillery fire from X killed …", "the
        shelling by X hit …"): the noun's own "by"/"from"/possessive phrase."""
        for t in subjects:
            # "drones operated by X struck Y": the one operating the thing does what it does
            found = [o for a in children(t, "acl") if a.tag_ == "VBN" and base(a) in event_rules().operator_participles
                     for p in children(a, "agent") for o in pobjs(p)]
            if self._has_actor(found):
                return found[:1]
            type_ = self.noun_type(t)
            if type_ == "ASSAULT":
                found = self.role_tokens([t], self.lex.role(type_, "noun_subject"))
                if self._has_actor(found):
                    return found[:1]
            rules = event_rules()
            if t.lemma_.lower() in rules.projectile_nouns | rules.convoy_nouns | rules.volunteer_nouns:
                # "shells of the X artillery fell in P", "Y's rockets landed near P", "its convoys reached P",
                # "volunteers from X are fighting in P": the projectiles', convoys' or volunteers' owner
                found = self.role_tokens([t], ["poss", "amod", "compound", "of", "from"])
                if self._has_actor(found):
                    return found[:1]
        return []

    def _passive_origin(self, v, type_: str, passive: bool) -> list:
        """A passive with no agent whose "from X" names the doer ("armed and directed from X"); a place of
        origin ("shelled from the village of Y") is no doer."""
        if not passive or type_ not in event_rules().passive_origin_types:
            return []
        rules = event_rules()
        for a in [v] + children(v, "conj") + ([v.head] if v.dep_ == "conj" else []):
            preps = children(a, "prep")
            if type_ == "AID" and any(w.lemma_.lower() in _given_things(self.lex) for t in self._things(a)
                                      for w in [t] + children(t, "compound")):
                # "45 guns have been delivered to the militants from X": the parser hangs the source on the armed
                # recipient (not "aid was delivered to the refugees from X", the refugees' origin)
                preps += [q for p in preps if p.lower_ == "to" for r in pobjs(p)
                          if r.lemma_.lower() in rules.armed_nouns for q in children(r, "prep")]
            for p in preps:
                if p.lower_ != "from":
                    continue
                for o in pobjs(p):
                    found = self.index.actors(o)
                    if found and all(m.kind not in ("place",) for m in found):
                        return [o]
        return []

    def _adjectival_passive(self, a) -> EventHit | None:
        """"The rebels were armed by X" with "armed" tagged as an adjective: a passive of the verb it comes
        from, the clause subject receiving it and the agent (or "from X") doing it."""
        if a.dep_ != "acomp" or a.head.lemma_ != "be" or not a.lower_.endswith("ed"):
            return None
        lemma = next((x for x in (a.lower_[:-2], a.lower_[:-1], a.lemma_.lower()) if x in self.lex.verbs), None)
        if lemma is None:
            return None
        type_ = self.lex.verbs[lemma]
        doers = [o for x in [a] + children(a, "conj") for p in children(x, "agent", "prep") if p.lower_ == "by"
                 for o in pobjs(p)]
        doers = doers if self._has_actor(doers) else self._passive_origin(a, type_, True)
        objects = children(a.head, "nsubj", "nsubjpass")
        if not (self._has_actor(doers) and self._has_actor(objects)):
            return None
        return EventHit(type=type_, head=a, trigger=a.text, tokens=[a.i], subjects=doers[:1], objects=objects,
                        negated=self.negation(a.head), modality=self.modality(a.head), clause=a.head)


def _given_things(lex) -> frozenset[str]:
    """The things of every AID verb-object entry ("supply drones", "deliver artillery"), once per lexicon."""
    found = _GIVEN.get(id(lex))
    if found is None or found[0] is not lex:
        found = _GIVEN[id(lex)] = (lex, frozenset().union(*(objs for _, objs, t in lex.verb_objects if t == "AID")))
    return found[1]


_GIVEN: dict = {}
