"""Events typed with PLOVER: who does what to whom, read off the dependency parse.

Triggers come from ``data/plover.yaml``: verbs ("attack"), verb + particle ("call on"),
verb + object ("send troops", "lay siege"), nominalisations ("the attack by X", "support from
Y", "X's offensive"), agent nouns ("his strongest supporter, the UAE") and prepositional idioms
("in support of X"). Subjects and objects follow the grammar: active and passive voice,
controlled clauses ("accused Russia of moving …", "urged X to …"), relative clauses,
coordination, appositions; each type says where its object sits (``roles`` in the lexicon).
Negation and modality are recorded; a negated cooperative event becomes a rejection. The nominal forms
live in ``nominal.py`` (a mixin of ``EventFinder``), the hit record in ``hits.py``.
"""
from __future__ import annotations

from .arguments import ActorIndex
from .announced import announcer, unit_announcer
from .converse import ConverseEvents
from .event_clauses import (destination, infinitive_noun, led_by, list_head, members_meet, misread_verb, ordered_move,
                            ordered_by, ordered_unit, participle_of, purposed, raised_subject, relative_patient,
                            represented, target_place, vessel_state, visit_or_topic)
from .event_rules import event_rules
from .frames import closure_type, frame_roles, frame_type, frames, phrase_type, place_object
from .grammar import (OBJECT_CONTROL, children, is_passive, is_verb, modality, negated, participle_clause, pobjs,
                      threatened_thing, verb_subjects)
from .gratitude import thanked_parties
from .hits import EventHit
from .lexicons import Plover, base, plover
from .nominal import NominalEvents, _first_words, may_fire
from .referents import is_sides
from .targets import TargetEvents
from .tokens import tokens

__all__ = ["EventFinder", "EventHit", "children", "is_passive", "is_verb", "pobjs", "verb_subjects"]


class EventFinder(ConverseEvents, NominalEvents, TargetEvents):
    """Finds EventHits in a sentence, restricted to allowed trigger positions."""

    def __init__(self, index: ActorIndex, lex: Plover | None = None):
        self.index = index
        self.lex = lex or plover()

    # -- typing --------------------------------------------------------------------------
    def verb_type(self, v):
        """(type, trigger tokens, thing token) for a verb, or None."""
        lex = self.lex
        lemma = base(v)
        framed = phrase_type(v, lemma) or closure_type(v, lemma)    # "fired tear gas at X", "closed the port to
        # X's shipping" (frames.py)
        if framed is not None:
            return framed
        for c in v.children:
            if c.dep_ in ("prt", "prep", "advmod") and (lemma, c.lower_) in lex.phrasal and \
                    not any(o.ent_type_ in ("DATE", "TIME") for o in pobjs(c)):
                # (not "called up reservists on Monday": a date's preposition is no particle)
                return lex.phrasal[(lemma, c.lower_)], [v, c], None
        for c in children(v, "prep"):
            for o in pobjs(c):
                # "put its forces on alert": the verb, preposition and noun together type the event
                t = event_rules().alert_phrases.get((lemma, c.lower_, o.lemma_.lower()))
                if t is not None and o.pos_ != "VERB":  # (not "warned Y against attacking P": Y's act is the content)
                    return t, [v, o], o
        preds = [c for c in v.children if c.dep_ in ("ccomp", "oprd", "acomp", "xcomp")]
        preds += [c for d in children(v, "dobj") for c in d.children if c.dep_ == "amod" and c.i > d.i]
        for c in preds:
            # "holds X responsible for …": the predicate said of the object types the event
            if c.pos_ == "ADJ":
                for verbs, preds, t in lex.verb_predicates:
                    if lemma in verbs and c.lemma_.lower() in preds:
                        return t, [v, c], None
        moved = ordered_move(v, lemma, lex)
        if moved is not None:
            return "MOBILIZE", [v, moved], moved
        # a verb no verb-object rule names has nothing to find in its objects (speed: the objects are gathered and
        # the loop tests every rule only for the verbs some rule names)
        things = self._things(v) if lemma in _object_verbs(lex) else []
        for d in things:
            # "delivered 14 artillery pieces": the thing may be named by its compound modifier
            words = {d.lemma_.lower()} | {c.lemma_.lower() for c in d.children if c.dep_ == "compound"}
            # "a shipment of rifles", "a note of protest": the thing inside a measure or container noun (the
            # parser hangs the rest of the phrase on it, so it stands for the thing)
            inner = [o for c in children(d, "prep") if c.lower_ == "of" for o in pobjs(c)] \
                if d.lemma_.lower() in lex.container_nouns or d.like_num else []     # or "two of its frigates"
            head = {d.lemma_.lower()}
            for pool in (head, words - head) if len(words) > 1 else (head,):   # the head noun before its compound
                for verbs, objs, t in lex.verb_objects:     # ("stopped every aid convoy": the convoy, not the aid)
                    if lemma in verbs and pool & objs:
                        return t, [v, d], d
                    found = next((o for o in inner if o.lemma_.lower() in objs), None) if lemma in verbs else None
                    if found is not None:
                        return t, [v, d], found
        # "captured the town of X", "agreed to pay X" (frames.py); "raised the issue with X", "flew to X's capital"
        framed = frame_type(self, v, lemma) or visit_or_topic(self, v, lemma)
        if framed is not None:
            return framed
        if lemma in lex.verbs:
            if any(d.lemma_.lower() in lex.light_objects.get(lemma, ()) for d in children(v, "dobj")):
                return None     # "signed an order to strike": the order's content is the act, not the signing
            return lex.verbs[lemma], [v], None
        return None

    @staticmethod
    def _things(v) -> list:
        """The tokens naming what verb ``v`` acts on: its objects, a passive's subject, an antecedent (for the
        verb-object rules)."""
        things = children(v, "dobj") + (children(v, "nsubjpass") if is_passive(v) else [])
        if v.dep_ == "xcomp" and not things and base(v.head) in OBJECT_CONTROL:
            things += children(v.head, "dobj")      # "ordered warships to move to X": the ones ordered are moved
        if is_passive(v) and not things and not children(v, "nsubjpass"):
            # "By X were transferred to Y four helicopters" (machine translation): the parser hangs the thing on
            # the recipient's preposition, with the recipient as its modifier
            things += [o for p in children(v, "prep") if p.i > v.i for o in pobjs(p)
                       if any(c.dep_ == "nmod" and c.i < o.i for c in o.children)]
            # "On the border were concentrated 15,000 X soldiers": the parser makes the late patient an adverb
            things += [c for c in children(v, "npadvmod") if c.i > v.i]
        if participle_of(v) or misread_verb(v):
            things.append(v.head)
        if v.dep_ == "relcl" and all(d.tag_ in ("WDT", "WP") for d in children(v, "dobj")) and \
                any(c.tag_ not in ("WDT", "WP") for c in children(v, "nsubj")):
            things.append(v.head)       # "the troops (that) X sent to Y": the antecedent fills the object gap
        for d in list(things):
            things.extend(children(d, "conj"))
        return things

    # -- roles ---------------------------------------------------------------------------
    def role_tokens(self, anchors, roles, passive=False, skip=None) -> list:
        """The first role in ``roles`` that holds an actor; else the first filled role."""
        fallback: list = []
        for role in roles:
            cands = []
            for a in anchors:
                if a is None:
                    continue
                if role == "dobj":
                    cands += [c for c in a.children if c.dep_ == ("nsubjpass" if passive else "dobj") and c != skip]
                    if passive and not children(a, "nsubjpass"):
                        # "By X was shelled Y" (machine translation): the patient follows the passive verb
                        cands += [c for c in children(a, "dobj") if c.i > a.i and c != skip]
                    if not passive and is_verb(a) and not children(a, "dobj"):
                        # "demanded that X withdraw", "declared X persona non grata": the clause's subject
                        cands += [s for x in children(a, "ccomp") for s in children(x, "nsubj")]
                    if not passive and is_verb(a) and self.participle_object(a) is not None:
                        cands.append(self.participle_object(a))
                    if passive and a.dep_ == "acl" and a.head != skip:
                        cands.append(a.head)      # "Azerbaijan, supported by Turkey"
                    if passive:
                        cands += relative_patient(a)    # "Y, which X says is armed by Z": Y is armed
                    if passive and participle_clause(a):
                        cands += children(a.head, "nsubj", "nsubjpass")    # "Backed by X, Y rejected the deal"
                elif role == "dative":
                    for c in children(a, "dative"):
                        cands += pobjs(c) if c.pos_ == "ADP" else [c]
                elif role == "purpose":
                    # "sent mercenaries to fight alongside X": the side they are sent to join
                    for x in a.children:
                        if x.dep_ in ("advcl", "xcomp") and is_verb(x):
                            for p in x.children:
                                if p.dep_ == "prep" and p.lower_ in ("alongside", "with", "for", "against"):
                                    cands += pobjs(p)
                            cands += [c for c in x.children if c.dep_ == "dobj"]
                elif role in ("poss", "amod", "compound"):
                    cands += [c for c in a.children if c.dep_ == role or (role == "amod" and c.dep_ == "nmod")]
                else:
                    for c in a.children:
                        if c.dep_ in ("prep", "dative", "agent") and c.lower_ == role and not self._idiom_at(c):
                            # "flights to and from X": the object hangs on the coordinated preposition
                            cands += pobjs(c) + [o for x in children(c, "conj") for o in pobjs(x)]
                        if c.dep_ in ("prep", "prt", "advmod") and is_verb(a) and not pobjs(c):
                            # "pulled its forces out of X": a two-word preposition fills one role
                            complex_preps = event_rules().complex_preps or {}
                            cands += [o for d in children(c, "prep") if complex_preps.get(f"{c.lower_} {d.lower_}")
                                      == role for o in pobjs(d)]
                    if role == "for":
                        # "gave permission for X to use the port": X is the subject of the for-clause
                        cands += [s for x in children(a, "advcl", "acl", "xcomp")
                                  if any(m.dep_ == "mark" and m.lower_ == "for" for m in x.children)
                                  for s in children(x, "nsubj")]
                    if role in ("with", "between") and is_verb(a):
                        # "talked by telephone with X", "met in the capital with X", "discussed the crisis with
                        # X": the partner's phrase hangs off the means, place or topic noun
                        for c in children(a, "prep", "dobj"):
                            # "walked out of the talks with X": through a preposition hung on a preposition
                            inner = [o for p in children(c, "prep") for o in pobjs(p)] if c.dep_ == "prep" else []
                            for o in (pobjs(c) + inner if c.dep_ == "prep" else [c]):
                                for p in children(o, "prep"):
                                    if p.lower_ == role:
                                        cands += pobjs(p)
            # "On Tuesday evening, X, …": a time is no party, even with a party hung on it by the parser
            cands = [c for c in cands if c.ent_type_ not in ("DATE", "TIME")]
            for c in cands:
                if self.index.actors(c):
                    return [c]
            for c in represented(cands):
                if self.index.actors(c):
                    return [c]      # "spoke to officials in Y": the officials' state
            if cands and not fallback:
                fallback = cands[:1]
        return fallback

    def _idiom_at(self, t) -> bool:
        """Does a prepositional idiom ("on the side of", "in support of") start at ``t``?"""
        lower = tokens(t.doc).lower      # the words from the token table, not a Span per phrase (speed)
        for words in self.lex.prep_phrases:
            if len(words) > 1 and tuple(lower[t.i:t.i + len(words)]) == words:
                return True
        return False

    def negation(self, t) -> bool:
        """Is the event at ``t`` negated ("did not attack", "no support", "has no plans to attack")?"""
        return negated(t)

    def modality(self, v) -> str | None:
        """The modal of verb ``v`` ("could", "plans to"), or None."""
        return modality(v, self.lex.modal_verbs)

    # -- finding -------------------------------------------------------------------------
    def find(self, sent, allowed: set[int] | None = None) -> list[EventHit]:
        """Every event in ``sent`` whose trigger index is in ``allowed`` (all when None)."""
        hits: list[EventHit] = []
        used: set[int] = set()
        # the cheap tests on the token table: a word no branch below looks at (neither verb, noun, "-ed" modifier,
        # adjectival complement nor a prepositional idiom's first word) gets no Token (speed), nor does a word no
        # branch can type (``may_fire``: a noun no noun rule names)
        doc = sent.doc
        table = tokens(doc)
        dep, pos, tag, lower = table.dep, table.pos, table.tag, table.lower
        firsts = _first_words(self.lex)
        for i in range(sent.start, sent.end):
            if allowed is not None and i not in allowed or i in used:
                continue
            p, g, d = pos[i], tag[i], dep[i]
            if not (p in ("VERB", "NOUN", "PROPN") or g.startswith(("VB", "NN")) or d == "amod" or d == "acomp" or
                    lower[i] in firsts) or not may_fire(self.lex, table, i, firsts):
                continue
            t = doc[i]
            hit = None
            if t.dep_ == "amod" and t.lower_.endswith("ed"):
                hit = self._hyphen_event(t)     # "the Zemlish-backed militia" (tagged as verb or adjective)
            if hit is None and t.dep_ == "acomp" and (t.pos_ == "ADJ" or t.tag_ == "VBN"):
                hit = self._adjectival_passive(t)   # "were armed and directed from X"
            if hit is not None:
                pass
            elif is_verb(t) or infinitive_noun(t):
                hit = self._verb_event(t)
                if hit is None and t.tag_ == "VBG" and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
                    hit = self._noun_event(t)       # a gerund used as a noun ("fighting between A and B")
            elif t.pos_ in ("NOUN", "PROPN") or t.tag_.startswith("NN"):
                hit = self._noun_event(t)
            if t.lower_ in _first_words(self.lex) and hit is None:
                hit = self._prep_event(t)
            if hit is not None:
                used.update(hit.tokens)
                hits.append(hit)
        return hits

    def _verb_event(self, v) -> EventHit | None:
        received = self._received(v) if base(v) in self.lex.receiving_verbs else None
        if received is None and base(v) in event_rules().origin_verbs:
            received = self._came_from(v)
        if received is not None:
            return received
        typed = self.verb_type(v)
        if typed is None:
            return None     # (before the negation test, which it would not need)
        lex = self.lex
        negated = self.negation(v)
        refusal = None
        if v.dep_ == "xcomp" and base(v.head) in lex.refusal_verbs:
            refusal = v.head
            negated = True
        if typed is None or v.dep_ == "xcomp" and base(v.head) in event_rules().failure_verbs:
            return None         # "failed to agree on a ceasefire": it did not happen
        # a refusal verb is typed through its complement ("refused to meet with X"), found there
        if base(v) in lex.refusal_verbs and children(v, "xcomp"):
            return None
        type_, toks, thing = typed
        # (not "its allegation that Y had armed the rebels": a content clause with a subject of its own is active)
        passive = is_passive(v) and not (v.dep_ == "acl" and children(v, "nsubj"))
        subjects = verb_subjects(refusal or v)
        if misread_verb(v):
            # "X, which it says fired munitions into Y" read with "fired" as an adjective of "munitions": the
            # relative pronoun of the reporting clause is the doer
            subjects = [c for c in v.head.head.children if c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP")][:1]
        subjects = subjects + list_head(v, subjects)
        subjects = subjects if self._has_actor(subjects) else raised_subject(v) or ordered_by(v) or subjects
        if passive and relative_patient(v):
            # "Y, which X says is armed by Z": the relative pronoun the parser made the subject is the patient
            subjects = [o for a in children(v, "agent") for o in pobjs(a)][:1] or subjects
        subjects = vessel_state(self, subjects) or subjects     # "the Zemlish corvette Halvard fired on …"
        if thing is not None and thing.head.i == v.head.i and thing.dep_ == "dobj" and v.dep_ == "xcomp":
            subjects = verb_subjects(v.head)     # "X ordered warships to move": X moves them
        if not self._has_actor(subjects):
            subjects = ordered_unit(v, lex) or subjects     # "X ordered the army to cut power to Y": X does
        if not self._has_actor(subjects):
            subjects = led_by(subjects, lex) or subjects     # "delegations led by A and B met": A and B met
        if thing is not None and thing.lemma_.lower() in event_rules().bearer_objects:
            # "Y considers that X bears full responsibility": Y accuses X
            return self._borne(v, type_, toks, thing, subjects)
        if not self._has_actor(subjects):
            # "artillery fire from X killed …", "the rebels were armed from X"
            subjects = self._nominal_doer(subjects) or self._passive_origin(v, type_, passive) or subjects
        held = self.place_holder(v, type_) if passive and not self._has_actor(subjects) else None
        subjects = held[0] if held else subjects        # "were detained at a checkpoint held by X": X did it
        force = thing if thing is not None else next(iter(children(v, "nsubjpass")), None)
        if passive and type_ in ("MOBILIZE", "RETREAT") and force is not None and not self._has_actor(subjects) and \
                v.dep_ != "acl" and force.lemma_.lower() in event_rules().state_force_nouns:
            # "Y soldiers were massed", "the troops of Y will be moved back": their state (not "reports of Y jets sent")
            owner = self.role_tokens([force], ["poss", "amod", "compound", "of"])
            subjects, thing = (owner, thing or force) if self._has_actor(owner) else (subjects, thing)
        if passive and not self._has_actor(subjects) and type_ in event_rules().announced_types:
            subjects = announcer(self, v) or subjects     # "X announced that 3,000 reservists would be called up"
        if not passive and not self._has_actor(subjects) and type_ in event_rules().announced_types:
            subjects = unit_announcer(self, v, subjects) or subjects   # "X said units would return to barracks"
        # "pulled out its fighters from A and B": the places may hang on the forces a pull-back moves
        anchors = [v] + ([thing] if thing is not None else children(v, "dobj") if type_ == "RETREAT" else [])
        objects = self.role_tokens(anchors, lex.role(type_, "verb_object"), passive=passive, skip=thing)
        predicate = next((x for x in toks[1:] if x.pos_ == "ADJ"), None)
        if predicate is not None:
            # "holds X responsible" (X the verb's object) or "holds X responsible" parsed as a clause
            objects = children(predicate, "nsubj") or children(v, "dobj") or objects
            if predicate.dep_ == "amod":
                objects = [predicate.head]
        target_place = False
        if thing is not None and type_ == "COERCE" and thing.lemma_.lower() in frames().traffic_nouns:
            objects = [thing]       # "closed the port to Y's shipping" (frames.py): the traffic's owner is coerced
        if thing is not None and thing.lemma_.lower() in lex.object_preps:
            # "took control of X": the target sits in the thing's preposition
            # "boarded a tanker bound for X": or in the thing's participle phrase
            found = self.role_tokens([thing, v] + children(thing, "acl"), lex.object_preps[thing.lemma_.lower()])
            if found and not self._own_owner(found[0], subjects):   # (not "X deployed its monitors": X's own)
                objects = found
                target_place = self._is_place(found[0])
        for particle in toks[1:]:
            if particle.dep_ == "prep" and self._has_actor(pobjs(particle)):
                objects = pobjs(particle)[:1]       # "sided with X", "called on X"
        if thing is not None and thing.lemma_.lower() in lex.party_things and passive and not self._has_actor(subjects):
            # "the X ambassador was summoned to the ministry": the one summoning is where the envoy is called
            found = [o for p in children(v, "prep") if p.lower_ in ("to", "at", "by") for o in pobjs(p)]
            subjects = found[:1] if self._has_actor(found) else subjects
            objects = [thing] if self._has_actor([thing]) else []
        elif thing is not None and thing.lemma_.lower() in lex.party_things and self._has_actor([thing]) and \
                not (self._has_actor(subjects) and self._reflexive(thing, subjects)):
            objects = [thing]       # "summoned the X ambassador": the envoy stands for X (not "its ambassador")
        if passive and thing is not None and not self._has_actor(subjects):
            # "X's troops were deployed": their owner sends them (not their nationality: "Syrian fighters
            # were sent" says nothing of who sent them)
            found = self.role_tokens([thing], ["poss"])
            subjects = found if self._has_actor(found) else subjects
        if passive and not objects and v.dep_ == "conj" and not children(v, "nsubjpass"):
            objects = verb_subjects(v.head)     # "who leads X and is propped up by Y": Y props up who
        if not objects and type_ in ("REQUEST", "THREATEN", "ACCUSE"):
            for x in children(v, "xcomp"):
                inner = self.verb_type(x)
                if inner:
                    objects = self.role_tokens([x], lex.role(inner[0], "verb_object"))
        if type_ in event_rules().grievance_types and (not self._has_actor(objects) or self.noun_type(objects[0])):
            # "protested against the shelling by X": the complaint is about the doer, not the victim
            objects = self.grievance([v] + ([thing] if thing is not None else [])) or objects
        if not self._has_actor(objects) and type_ == "THREATEN" and v.dep_ == "relcl":
            step = threatened_thing(v)
            objects = self.role_tokens([step], ["with", "against", "on", "to", "of"]) or objects
            gov = step
            while not is_verb(gov) and gov.head.i != gov.i and gov.dep_ in ("appos", "pobj", "dobj", "prep", "npadvmod"):
                gov = gov.head
            act = self._verb_event(gov) if is_verb(gov) and gov.i != v.i and base(gov) not in lex.warning_cues else None
            if not self._has_actor(objects) and act is not None and act.type != "THREATEN":
                objects = act.objects   # "could strike targets inside Y, a step X threatened": the act's target
        if not self._has_actor(objects) and type_ == "ASSAULT":
            # "struck targets inside X", "hit a depot in X": a state named as where the target lies is attacked
            targets = children(v, "dobj")
            found = [o for p in children(v, "prep") + [p for d in targets for p in children(d, "prep")]
                     if p.lower_ in ("inside", "in", "into") for o in pobjs(p)
                     if any(m.kind == "country" for m in self.index.actors(o))] if targets else []
            objects = found[:1] or objects
        if not self._has_actor(objects) and type_ == "AID":
            # "allocated $3 million for a hospital in X": aid for a place's people or buildings goes to its state
            preps = children(v, "prep", "dative") + [p for d in children(v, "dobj") for p in children(d, "prep")]
            found = [o for p in preps if p.lower_ in ("for", "to") for r in pobjs(p)
                     for q in children(r, "prep") if q.lower_ in ("in", "inside") for o in pobjs(q)
                     if any(m.kind == "country" for m in self.index.actors(o))]
            objects = found[:1] or objects
        if objects and objects[0].tag_ in ("WP", "WDT") and objects[0].head.i == v.i and v.dep_ == "relcl" and \
                not self._has_actor(objects[:1]):
            objects = [v.head]      # "the admiral, whom X blames for the raid": the antecedent is the one blamed
        if not self._has_actor(objects) and v.dep_ == "pcomp":
            thanked = thanked_parties(v)    # "A thanked B for supplying weapons": to A
            objects = thanked[1] if thanked is not None and self._has_actor(thanked[1]) else objects
        captives = type_ == "COERCE" and thing is not None and thing.lemma_.lower() in event_rules().captive_nouns
        if not self._has_actor(objects) and (type_ == "AID" and thing is not None or captives):
            # "X's drones, supplied by Y": the given thing's owner received it; "nine Y soldiers held by X": Y
            found = self.role_tokens([thing], ["poss", "amod", "compound"] if captives else ["poss"])
            objects = found if self._has_actor(found) else objects
        if type_ in lex.symmetric and objects and not (objects[0].dep_ == "pobj" and objects[0].head.lower_ == "with") \
                and any(is_sides(t) for t in subjects):
            objects = []    # "the sides discussed the crisis": the sides with each other; the object is the topic
        if type_ in lex.symmetric and not self._has_actor(subjects):
            # "a pact was signed between X and Y", "talks were held between X and Y": the pair are the parties,
            # each with the other
            # (also "was signed the agreement about the ceasefire between A and B": on the thing's own phrase)
            nested = [o for a in anchors[1:] for p in children(a, "prep") for o in pobjs(p)]
            between = [o for a in anchors + nested for p in children(a, "prep") if p.lower_ == "between"
                       for o in pobjs(p)]
            if self._has_actor(between) and (not self._has_actor(objects) or objects[0].i == between[0].i):
                subjects, objects = between[:1], []
        if held and objects and objects[0].i == held[1].i:
            objects = []        # (the checkpoint stands for its holder, the doer)
        reflexive = False
        phrased = thing is not None and thing.dep_ == "pobj" and thing.head.head.i == v.i   # "put … on alert"
        # (not "handed over its findings to the inquiry": the inquiry, not the doer's own findings, is the target)
        if objects and self._has_actor(subjects) and self._reflexive(objects[0], subjects):
            objects, reflexive = [], not phrased
        trigger_toks = sorted(toks, key=lambda x: x.i)
        trigger = " ".join(x.text for x in trigger_toks)
        if refusal is not None:
            trigger_toks = [refusal] + trigger_toks
            trigger = refusal.text + " to " + trigger
        elif negated:
            trigger = "not " + trigger
        rules = event_rules()
        if refusal is not None and type_ in rules.refused_types:
            type_, negated = "REJECT", False    # "refused to give them access": the concession is rejected
        if negated and type_ in lex.negated:
            type_, negated = lex.negated[type_], False
        if type_ in rules.threat_types and v.dep_ == "xcomp" and base(v.head) in rules.threat_intent_verbs and \
                not negated:
            type_ = "THREATEN"      # "vowed to retaliate against X": a threat, the act is not done
        if type_ in rules.agreed_types and v.dep_ == "xcomp" and base(v.head) in rules.agreeing_verbs and not negated:
            type_ = "AGREE"         # "agreed to hold talks with X": PLOVER's agreement to meet, the talks are to come
        hit = EventHit(type=type_, head=v, trigger=trigger, tokens=[x.i for x in trigger_toks],
                       subjects=subjects, objects=objects, negated=negated, modality=self.modality(v),
                       clause=v, thing=thing, reflexive=reflexive)
        if reflexive and type_ not in lex.reflexive_keeps_subject:
            return None
        complete = reflexive or target_place or (thing is not None and thing.lemma_.lower() in lex.self_contained) or \
            phrased
        if type_ == "MOBILIZE" and not complete:
            # "massed 15,000 troops near the border": the build-up itself (forces moved: not "deployed a new app")
            complete = base(v) in rules.buildup_verbs and thing is not None and \
                (base(v) not in rules.counted_moves or any(c.dep_ == "nummod" for c in thing.children))
        complete = complete or base(v) in rules.mediating_verbs or self.open_target(v, type_) or bool(held) or \
            type_ == "AID" and thing is not None and purposed(v, thing)     # "has mediated", "aircraft to carry …"
        if (type_ == "COERCE" or type_ == "ASSAULT" and not negated) and not complete:
            # "detained 12 sailors", "12 fishermen were arrested": people held are the act's whole target; "killed
            # dozens of civilians", "its soldiers killed 14 fighters": so are people killed (not "would never target
            # civilians": a denial names no attack)
            complete = any(d.lemma_.lower() in rules.captive_nouns for d in children(v, "dobj", "nsubjpass"))
        reciprocal = base(v) in lex.reciprocal or (thing is not None and thing.lemma_.lower() in lex.reciprocal)
        if (type_ in lex.symmetric or reciprocal) and not self._has_actor(objects) and \
                base(v) not in lex.organising_verbs:     # co-hosts of talks are not each other's party
            # "A and B met", "A and B exchanged fire": coordinated doers are each other's party
            hit.reciprocal = len({m.name for t in subjects for m in self.index.actors(t)}) > 1
            complete = complete or hit.reciprocal or type_ == "CONSULT" and members_meet(self, subjects)
        if type_ in lex.needs_target and not complete and not self._has_actor(objects) and \
                not self._has_place(anchors) and not (type_ == "MOBILIZE" and destination(anchors)):
            return None
        return frame_roles(self, hit, anchors)      # the hit with an actor, or a crowd's protest in a place

    def participle_object(self, v):
        """The object the parser gave to an adjectival participle ("accused neighbouring X of …"), or None."""
        for c in children(v, "xcomp", "amod", "advcl"):
            if c.tag_ == "VBG" and c.lower_ in self.lex.adjectival_participles and c.i == v.i + 1:
                objs = children(c, "dobj")
                if objs:
                    return objs[0]
        return None

    def _is_place(self, tok) -> bool:
        """Does ``tok`` name a place (an entity of a place label, or a place or country mention)?"""
        m = self.index.at(tok)
        return tok.ent_type_ in ("GPE", "LOC", "FAC") or (m is not None and m.kind in ("place", "country"))

    def _has_actor(self, tokens) -> bool:
        return any(self.index.actors(t) for t in tokens)


_OBJECT_VERBS: dict[int, tuple[Plover, frozenset[str]]] = {}


def _object_verbs(lex: Plover) -> frozenset[str]:
    """Every verb some ``verb_objects`` rule names, once per lexicon."""
    hit = _OBJECT_VERBS.get(id(lex))
    if hit is None or hit[0] is not lex:
        hit = _OBJECT_VERBS[id(lex)] = (lex, frozenset().union(*(verbs for verbs, _, _ in lex.verb_objects)))
    return hit[1]

