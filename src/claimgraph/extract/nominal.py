"""Nominal events: "the attack by X on Y", "support from X", "X's backer, the UAE", "in support of X",
"the X-backed militia".

A mixin of ``EventFinder`` (``events.py``): the nominal forms read the same roles, actor index and lexicon as
the verbs, found here so that each module keeps one job. Subjects and objects of a noun sit in its own
phrases ("by", "of", "'s"), in the verb that governs it ("X launched an offensive"), or in a prepositional
idiom's clause.
"""
from __future__ import annotations

from .branding import branded_hit
from .event_rules import event_rules
from .frames import frames, proof_hit
from .gratitude import thanked_parties
from .grammar import children, is_passive, is_verb, negated, pobjs, verb_subjects
from .hits import EventHit
from .lexicons import Plover, base, cues
from .tokens import tokens


class NominalEvents:
    """Event finding for nouns, agent nouns, prepositional idioms and hyphenated participles.

    Mixed into ``EventFinder``, which provides ``index``, ``lex``, ``role_tokens``, ``negation``,
    ``modality``, ``_idiom_at``, ``_has_actor``, ``_has_place`` and ``_is_place``.
    """

    def noun_type(self, n) -> str | None:
        """The PLOVER type of an event noun ("attack", "shelling"; "artillery fire" with its weapon), or None."""
        lemma = n.lemma_.lower()
        rules = event_rules()
        if lemma in rules.modified_nouns:
            mods, type_ = rules.modified_nouns[lemma]
            if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in mods for c in n.children):
                return type_        # "a phone call with X"
        if lemma in self.lex.nouns:
            return self.lex.nouns[lemma]
        if n.lower_ in self.lex.nouns:
            return self.lex.nouns[n.lower_]
        if lemma in rules.fire_nouns and (lemma != "fire" or any(
                c.dep_ in ("compound", "amod") and c.lemma_.lower() in rules.fire_modifiers for c in n.children)):
            return "ASSAULT"        # "artillery fire", "gunfire"; not "a fire broke out"
        return None

    def _noun_event(self, n) -> EventHit | None:
        lex = self.lex
        if not noun_may_type(lex, tokens(n.doc), n.i):
            return None     # a noun no rule below names (most nouns): the cheap test first (speed)
        lemma = n.lemma_.lower()
        if lemma not in lex.nouns and lemma not in lex.agent_nouns and n.lower_ in lex.nouns:
            lemma = n.lower_                # "fighting" tagged as a verb form
        if lemma in lex.agent_nouns:
            return self._agent_noun_event(n, lex.agent_nouns[lemma])
        branded = branded_hit(self, n) or proof_hit(self, n)
        if branded is not None:
            return branded      # "called the measures an act of aggression": an accusation of the measures' author
        if self.noun_type(n) is None:
            return None
        # "in support of X" is a prepositional idiom, handled by _prep_event
        if n.dep_ == "pobj" and n.head.lower_ in ("in", "on") and self._idiom_at(n.head):
            return None
        type_ = self.noun_type(n)
        subjects = self.role_tokens([n], lex.role(type_, "noun_subject"))
        if subjects and not self._has_actor(subjects):
            subjects = []
        objects = self.role_tokens([n], lex.role(type_, "noun_object"))
        if not subjects:
            # "the attack carried out by the gangs of X": the agent of a participle of doing on the noun
            doing = event_rules().perpetrating_participles
            found = [o for a in children(n, "acl") if a.tag_ == "VBN" and base(a) in doing
                     for p in children(a, "agent") for o in pobjs(p)]
            subjects = found[:1] if self._has_actor(found) else []
        if not subjects and objects:
            # "the shelling of its posts by X": the parser hangs "by X" on the noun of the "of" phrase
            found = [x for p in children(objects[0], "prep") if p.lower_ == "by" for x in pobjs(p)]
            subjects = found[:1] if self._has_actor(found) else []
        if not subjects and objects:
            # "the air attack of X on the bridge" (machine translation): with a target after "on" / "against" (on the
            # noun or hung on X), the "of" phrase names the doer
            doers = [o for p in children(n, "prep") if p.lower_ == "of" for o in pobjs(p)][:1]
            targets = [o for h in [n] + doers for p in children(h, "prep") if p.lower_ in ("on", "against")
                       for o in pobjs(p)] if doers and self._has_actor(doers) else []
            if targets:
                subjects = doers
                found = self.role_tokens(targets, ["of", "poss", "amod", "compound"])
                objects = found if self._has_actor(found) else targets[:1]
        if type_ == "ACCUSE" and not self._has_actor(objects):
            # "X's allegation that Y saboteurs blew up the line": the that-clause's doer is the one accused
            doers = [s for c in n.children if c.dep_ in ("acl", "ccomp", "relcl") and is_verb(c) and
                     any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) and not negated(c)
                     for s in children(c, "nsubj")]
            objects = doers[:1] if self._has_actor(doers[:1]) else objects
        thanked = thanked_parties(n)
        if thanked is not None and self._has_actor(thanked[0]):
            # "A thanked B for its support": B supported A (not what "its" or the noun's own phrase would say)
            subjects = thanked[0]
            objects = objects if self._has_actor(objects) else thanked[1]     # "its support for X" is for X
        reciprocal = False
        # "talks between A and B resumed": the parties meet each other; when the talks are organised, sought or
        # contributed to by someone ("organised a series of negotiations between A and B"), that one's clause says
        # more, so only a subject noun pairs its parties
        said_of = n.dep_ in ("nsubj", "ROOT")
        if lemma in lex.reciprocal or type_ in lex.symmetric and not self._has_actor(subjects) and said_of:
            # "fighting between A and B", "talks between A and B": each party with the other; "clashes with X"
            between = self.role_tokens([n], ["between"])
            if self._has_actor(between):
                subjects, objects = between, []
                reciprocal = len({m.name for t in between for m in self.index.actors(t)}) > 1
            elif lemma in lex.reciprocal and not self._has_actor(objects):
                found = self.role_tokens([n], ["with"])
                objects = found if self._has_actor(found) else objects
        host = n.head if n.dep_ in ("dobj", "nsubjpass") and is_verb(n.head) else None
        if host is not None and self._cancels(host):
            return None         # "cut short a visit to X": not reported as done
        if not subjects and host is not None:
            # "ending the siege of Tripoli from X": the doer hangs off the governing verb
            found = self.role_tokens([host], [r for r in lex.role(type_, "noun_subject") if r in ("by", "from")])
            subjects = found if self._has_actor(found) else []
        if not subjects and n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.pos_ == "NOUN":
            # "Haftar's establishment of relations with X"
            found = self.role_tokens([n.head.head], ["poss", "by"])
            subjects = found if self._has_actor(found) else []
        if not subjects and n.dep_ == "pobj" and is_verb(n.head.head) and is_passive(n.head.head):
            # "killed in the shelling of X by Y": the parser hangs "by Y" on the passive verb
            found = [o for c in children(n.head.head, "agent") for o in pobjs(c)]
            subjects = found[:1] if self._has_actor(found) else []
        gov = n.head.head if n.dep_ == "pobj" else None
        if gov is not None and n.head.lower_ == "under" and base(gov) in lex.under_hosts:
            # "X came under attack from Y": X is attacked, Y (on the noun or the verb) attacks
            objects = verb_subjects(gov)
            if not subjects:
                found = self.role_tokens([gov], ["from", "by"])
                subjects = found if self._has_actor(found) else []
        elif not subjects and gov is not None and n.head.lower_ in ("in", "as", "for") and is_verb(gov) and \
                self._host_side(gov) == "subject":
            # "sent $5m in aid to X", "pledged drones as support", "arrived in Y for talks with X"
            subjects = verb_subjects(gov)
            if not self._has_actor(objects):
                found = self.role_tokens([gov], lex.role(type_, "noun_object"))
                objects = found if self._has_actor(found) else objects
        elif not self._has_actor(subjects) and gov is not None and n.head.lower_ == "with" and is_verb(gov) and \
                type_ in ("SUPPORT", "AID") and self._has_actor(self.role_tokens([n], ["of"])):
            # "with the support of Y, X attacked Z": Y supports X
            subjects, objects = self.role_tokens([n], ["of"]), verb_subjects(gov)
        elif self._has_actor(subjects) and not self._has_actor(objects) and gov is not None and \
                n.head.lower_ == "with" and is_verb(gov):
            objects = verb_subjects(gov)        # "X operated with help from Y": Y helps X
        elif not subjects and gov is not None and n.head.lower_ == "with" and is_verb(gov) and \
                base(gov) in event_rules().means_hosts:
            subjects = verb_subjects(gov)       # "X retaliated with strikes on Y"
        if not self._has_actor(subjects) and gov is not None and n.head.lower_ == "in" and \
                gov.lemma_.lower() in event_rules().participation_nouns and gov.pos_ == "NOUN":
            # "the participation of X in the aggression against Y", "X's role in the shelling of P": X does it
            found = self.role_tokens([gov], ["poss", "of", "by"])
            subjects = found[:1] if self._has_actor(found) else subjects
        if not self._has_actor(subjects) and gov is not None and n.head.lower_ in ("in", "with"):
            part = self._participant_verb(gov)
            if part is not None:
                # "was not involved in the attack": the one involved (a passive's subject)
                subjects = verb_subjects(part) or children(part, "nsubjpass")
        if type_ in event_rules().grievance_types and (not self._has_actor(objects) or self.noun_type(objects[0])):
            objects = self.grievance([n] + ([host] if host is not None else [])) or objects
        if not self._has_actor(objects) and type_ == "ASSAULT":
            # "the attack by X on Y": the parser hangs "on Y" on X
            found = self.role_tokens(subjects, ["on", "against"])
            objects = found if self._has_actor(found) else objects
        if host is not None:
            side = lex.noun_hosts.get(base(host)) or self._host_side(host)
            if not self._has_actor(subjects) and base(host) in event_rules().receiving_hosts:
                # "X received the support of Y", "X enjoys the backing of Y": the "of" phrase gives, the
                # receiving verb's subject is given to (not "the support of Y" as support for Y)
                found = self.role_tokens([n], ["of"])
                if self._has_actor(found) and self._has_actor(verb_subjects(host)):
                    subjects, objects = found, verb_subjects(host)
            if side == "object" and not self._has_actor(objects):
                objects = verb_subjects(host)
            elif side == "subject" and not subjects:
                subjects = verb_subjects(host)
            if side == "subject" and not self._has_actor(objects):
                # "pledged military aid to X": the parser hangs the noun's "to X" on the verb
                found = self.role_tokens([host], [r for r in lex.role(type_, "noun_object") if r not in ("of",)])
                objects = found if self._has_actor(found) else objects
        hit = EventHit(type=type_, head=n, trigger=n.text, tokens=[n.i], subjects=subjects, objects=objects,
                       negated=self.negation(n) or (host is not None and self.negation(host)),
                       modality=self.modality(host) if host is not None else None,
                       clause=host if host is not None else n, nominal=True, reciprocal=reciprocal)
        if type_ == "ASSAULT" and not self._has_actor(objects) and n.dep_ == "pobj" and n.head.dep_ == "agent":
            objects = children(n.head.head, "nsubjpass") or objects     # "X was hit by artillery fire from Y"
        # "the shelling by X hit the market": an attack that did something needs no named target
        acted = type_ == "ASSAULT" and n.dep_ == "nsubj" and is_verb(n.head) and self._has_actor(subjects)
        acted = acted or reciprocal
        # "condemned the attack carried out by X": an accusation names the doer; the target may go unnamed
        acted = acted or type_ == "ASSAULT" and host is not None and self._has_actor(subjects) and \
            (cues().verbs.get(base(host)) or {}).get("type") == "ACCUSE"
        if type_ in lex.needs_target and not acted and not self._has_actor(hit.objects) and not self._noun_place(n):
            return None
        if self._has_actor(hit.subjects) and (self._has_actor(hit.objects) or reciprocal or
                                              type_ in ("ASSAULT", "MOBILIZE", "REQUEST", "REJECT")):
            return hit
        if self._has_actor(hit.objects) and (self._has_actor(hit.subjects) or type_ in ("ASSAULT", "COERCE")):
            return hit        # "the shelling of Soltavy": an attack on a known target by an unnamed attacker
        if type_ in frames().crowd_types and not self._has_actor(hit.subjects) and self._noun_place(n):
            hit.subjects, hit.objects = [], []
            return hit        # "the largest street protests in P": a crowd's protest, with no actor named (frames.py)
        return None

    def grievance(self, anchors) -> list:
        """The party a complaint is about: the doer of what it complains of ("protest in connection with the
        shelling by X", "protested over X's blockade"), or an actor named in the complaint's phrase.

        Args:
            anchors: the complaint's trigger and the verb governing it.
        RETURNS (list): one token naming the party, or [].
        """
        rules = event_rules()
        for a in anchors:
            for p in children(a, "prep"):
                objs = pobjs(p) if p.lower_ in rules.grievance_preps else []
                if p.lower_ in ("in", "as") and any(o.lemma_.lower() in rules.grievance_links for o in pobjs(p)):
                    # "in connection with X", "in response to X": the link noun's own phrase
                    objs = [x for o in pobjs(p) for q in children(o, "prep") for x in pobjs(q)]
                for o in objs:
                    type_ = self.lex.nouns.get(o.lemma_.lower())
                    if type_ is not None:
                        # the complained-of act's doer ("the shelling of its posts by X"), not its victim
                        found = self.role_tokens([o], self.lex.role(type_, "noun_subject"))
                        if not self._has_actor(found):
                            # "the shelling of its posts by X": "by X" hung on the noun of the "of" phrase
                            found = [x for q in children(o, "prep") if q.lower_ == "of" for y in pobjs(q)
                                     for r in children(y, "prep") if r.lower_ == "by" for x in pobjs(r)]
                        if not self._has_actor(found) and is_verb(a) and not is_passive(a):
                            # "protested over the blockade by X": the parser hangs "by X" on the verb
                            found = [x for q in children(a, "prep") if q.lower_ == "by" for x in pobjs(q)]
                        if self._has_actor(found):
                            return found[:1]
                    elif self._has_actor([o]):
                        return [o]
        return []

    def _hyphen_event(self, v) -> EventHit | None:
        """"the Zemlish-backed militia": the name before the hyphen does the participle's event to the noun."""
        lemma = next((x for x in (base(v), v.lower_[:-2], v.lower_[:-1]) if x in self.lex.hyphen_participles), None)
        if lemma is None or lemma not in self.lex.verbs:
            return None
        doers = [c for c in v.children if c.dep_ in ("npadvmod", "compound", "amod", "nmod") and c.i < v.i and
                 any(x.tag_ == "HYPH" or x.text == "-" for x in v.doc[c.i + 1:v.i])]
        if not (self._has_actor(doers) and self._has_actor([v.head])):
            return None
        return EventHit(type=self.lex.verbs[lemma], head=v, trigger=v.doc[doers[0].i:v.i + 1].text,
                        tokens=[v.i], subjects=doers[:1], objects=[v.head], clause=v.head)

    def _agent_noun_event(self, n, type_) -> EventHit | None:
        subjects = []
        for c in n.children:
            if c.dep_ == "appos":
                subjects = [c]
        if not subjects and n.dep_ == "appos" and self.index.actors(n.head):
            subjects = [n.head]
        if not subjects and n.dep_ == "attr":
            subjects = verb_subjects(n.head)
        if not subjects and n.dep_ == "pobj" and n.head.lower_ == "as" and is_verb(n.head.head):
            # "names X as the main supplier", "X acted as mediator"
            gov = n.head.head
            subjects = children(gov, "dobj") or (children(gov, "nsubjpass") if is_passive(gov) else []) or \
                verb_subjects(gov)
        objects = self.role_tokens([n], ["poss", "of", "to", "for"])
        hit = EventHit(type=type_, head=n, trigger=n.text, tokens=[n.i], subjects=subjects, objects=objects,
                       clause=n, nominal=True)
        return hit if self._has_actor(subjects) and self._has_actor(objects) else None

    def _prep_event(self, t) -> EventHit | None:
        doc = t.doc
        lower = tokens(doc).lower      # the words from the token table, not a Span per phrase (speed)
        for words, type_ in self.lex.prep_phrases.items():
            end = t.i + len(words)
            if end > len(doc) or tuple(lower[t.i:end]) != words:
                continue
            last = doc[end - 1]
            objects = [c for c in last.children if c.dep_ == "pobj"]
            gov = t.head
            while gov.dep_ in ("prep", "pobj") and gov.head != gov:
                gov = gov.head
            # "X is in contact with Y": the copula's subject
            subjects = verb_subjects(gov) if is_verb(gov) or gov.pos_ == "AUX" else \
                self.index.actors(gov) and [gov] or []
            hit = EventHit(type=type_, head=t, trigger=" ".join(words), tokens=list(range(t.i, end)),
                           subjects=subjects, objects=objects, clause=gov if is_verb(gov) else t,
                           negated=False, modality=self.modality(gov) if is_verb(gov) else None)
            if self._has_actor(subjects) and self._has_actor(objects):
                return hit
        return None

    def _noun_place(self, n) -> bool:
        """A nominal event with a place: "the siege in Tripoli", "Tripoli, where the attack …"."""
        if self._has_place([n]):
            return True
        node = n
        for _ in range(6):
            if node.dep_ == "relcl" and any(c.lower_ == "where" for c in node.children):
                return node.head.ent_type_ in ("GPE", "LOC", "FAC") or self.index.at(node.head) is not None
            if node.head == node:
                break
            node = node.head
        return False

    def _participant_verb(self, gov):
        """The verb whose subject takes part in the event a preposition of ``gov`` holds: "played no part in the
        attack" (the verb of "part"), "had nothing to do with the attack" (the verb "nothing" is the object of)."""
        parts = event_rules().participation_objects
        if is_verb(gov) and (any(d.lemma_.lower() in parts for d in children(gov, "dobj")) or
                             gov.lemma_.lower() in parts):
            return gov
        if gov.lemma_.lower() in parts and gov.dep_ == "dobj":
            return gov.head                 # "a role in the raid" hung on the noun
        if is_verb(gov) and gov.dep_ in ("relcl", "acl") and gov.head.lower_ == "nothing" and is_verb(gov.head.head):
            return gov.head.head
        return None

    def _host_side(self, host) -> str | None:
        """Does the subject of a verb not in ``noun_hosts`` do the nominal event it governs? "subject" or None."""
        lemma = base(host)
        if (cues().verbs.get(lemma) or {}).get("stance") == "denies":
            return "subject"        # "X denied the attack": what X denies is its own doing
        if lemma in self.lex.observer_hosts or lemma in self.lex.verbs or (cues().verbs.get(lemma) or {}).get("type"):
            return None             # "condemned the attack on X": the condemner did not attack
        return "subject"

    def _cancels(self, v) -> bool:
        """Does verb ``v`` call off what it governs ("cancel", "call off", "cut short")?"""
        lemma = base(v)
        if (lemma,) in self.lex.cancelling_hosts:
            return True
        return any((lemma, c.lower_) in self.lex.cancelling_hosts for c in v.children
                   if c.dep_ in ("prt", "advmod", "acomp", "amod", "oprd", "xcomp"))


_FIRST: dict[int, frozenset[str]] = {}


_NOUN_LEMMAS: dict[int, tuple] = {}


def _noun_lemmas(lex: Plover) -> frozenset[str]:
    """Every lemma ``_noun_event`` can type: event and agent nouns, the modified and fire nouns, the wrongdoing a verb
    of naming brands (``branded_hit``) and the evidence cited as proof (``proof_hit``); once per set of lexicons."""
    rules, f = event_rules(), frames()
    hit = _NOUN_LEMMAS.get(id(lex))
    if hit is None or hit[0] is not lex or hit[1] is not rules or hit[2] is not f:
        words = frozenset(lex.nouns) | frozenset(lex.agent_nouns) | frozenset(rules.modified_nouns) | \
            rules.fire_nouns | rules.wrongdoing_nouns | f.evidence_nouns
        hit = _NOUN_LEMMAS[id(lex)] = (lex, rules, f, words)
    return hit[3]


def noun_may_type(lex: Plover, table, i: int) -> bool:
    """Can ``_noun_event`` type the noun at ``i`` (its gate; ``EventFinder.find`` skips the nouns it rejects
    without building a Token)? Its lemma or word must be one some rule names.

    Args:
        lex (Plover): the event lexicon.
        table (Tokens): the document's token table.
        i (int): the token's index.
    RETURNS (bool): False when ``_noun_event`` returns None at once.
    """
    return table.lemma_lower[i] in _noun_lemmas(lex) or table.lower[i] in lex.nouns


def may_fire(lex: Plover, table, i: int, firsts: frozenset[str]) -> bool:
    """Can a branch of ``EventFinder.find`` type the word at ``i``? Read from the token table, so that the words
    no branch types get no Token: not an "-ed" modifier or adjectival complement, no idiom's first word, not a verb
    (``is_verb``) nor a noun read as one (``infinitive_noun``), and a noun ``_noun_event`` rejects at once.

    Args:
        lex (Plover): the event lexicon.
        table (Tokens): the document's token table.
        i (int): the word's index.
        firsts (frozenset[str]): the first words of the prepositional idioms (``_first_words``).
    RETURNS (bool): False when every branch of ``find`` returns None for the word.
    """
    p, g, d = table.pos[i], table.tag[i], table.dep[i]
    return d == "amod" or d == "acomp" or table.lower[i] in firsts or p == "VERB" or p != "AUX" and g.startswith("VB") \
        or p == "NOUN" and d in ("xcomp", "advcl", "ccomp") or noun_may_type(lex, table, i)


def _first_words(lex: Plover) -> frozenset[str]:
    key = id(lex)
    if key not in _FIRST:
        _FIRST[key] = frozenset(w[0] for w in lex.prep_phrases)
    return _FIRST[key]
