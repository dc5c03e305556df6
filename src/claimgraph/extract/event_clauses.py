"""Clause shapes the verb events read around a trigger: a verb the parser misread as an adjective, an order that
moves units, the split items of a subject list, a participle on its object, a relative clause's patient inside a
report, a destination of a move; consultations no verb entry types (a matter raised with a party, an envoy's
journey), the subject of a raising adjective, the one on whose orders an act is done, a purpose infinitive that makes
aid whole, the place an attacked target stands in. Helpers of ``EventFinder`` (``events.py``) and ``where.py``."""
from __future__ import annotations

from functools import lru_cache

from .event_rules import event_rules
from .frames import frames
from .grammar import children, pobjs, verb_subjects
from .lexicons import Plover, base, cues


def misread_verb(v) -> bool:
    """A past-tense verb the parser hung as an adjective on its own object ("which it says fired cluster munitions
    into Y": "fired" an amod of "munitions", the object of "says")."""
    return v.dep_ == "amod" and v.tag_ in ("VBD", "VBN") and v.i < v.head.i and v.head.dep_ == "dobj" and \
        v.head.head.dep_ == "relcl" and base(v.head.head) in cues().verbs


def ordered_move(v, lemma: str, lex: Plover):
    """"ordered two brigades to X": an order that names units and a destination, with no clause of what they are to
    do ("ordered the troops to withdraw" is read on its own), moves them; the unit token, or None."""
    if lemma not in event_rules().movement_orders or any(c.dep_ in ("xcomp", "advcl", "ccomp") for c in v.children):
        return None
    if not any(p.lower_ in ("to", "into", "towards", "toward") and pobjs(p) for p in children(v, "prep")):
        return None
    units = frozenset().union(*(objs for verbs, objs, t in lex.verb_objects if t == "MOBILIZE"))
    return next((d for d in children(v, "dobj") if d.lemma_.lower() in units), None)


def ordered_unit(v, lex: Plover) -> list:
    """"X ordered the army to cut power to Y": a unit named by a common noun (no owner of its own) that is ordered to
    act does it for the one who orders; the orderer's subject tokens, else nothing."""
    if v.dep_ != "xcomp" or base(v.head) not in event_rules().movement_orders:
        return []
    units = frozenset().union(*(objs for verbs, objs, t in lex.verb_objects if t == "MOBILIZE"))
    units = units | event_rules().acting_nouns
    ordered = children(v.head, "dobj")
    if not ordered or ordered[0].lemma_.lower() not in units or ordered[0].pos_ != "NOUN" or \
            any(c.dep_ in ("poss", "amod", "compound", "prep") for c in ordered[0].children):
        return []       # (not "ordered Y's troops to …", "ordered the Zemlish army to …": their owner acts)
    return [c for c in v.head.children if c.dep_ == "nsubj"]


def led_by(subjects, lex: Plover) -> list:
    """"delegations led by A and B met": a party-thing subject (delegation, envoy) led by named leaders stands for
    them; the leaders' tokens (each conjunct), else nothing."""
    out = []
    for s in subjects:
        if s.lemma_.lower() not in lex.party_things:
            continue
        for acl in children(s, "acl"):
            if base(acl) in lex.leader_participles:
                for a in children(acl, "agent"):
                    for o in pobjs(a):
                        out += [o] + children(o, "conj")
    return out


def list_head(v, subjects) -> list:
    """The other items of a subject list the parser split up ("Chad, Niger and Mali met": "Chad" hung on the
    verb as a parataxis or a second subject before "Niger and Mali"), or of a coordinated antecedent of a relative
    pronoun ("Niger and Mali, which brokered the truce": Mali too); else nothing."""
    if not subjects or subjects[0].head.i != v.i or subjects[0].dep_ != "nsubj":
        return []
    if v.dep_ == "relcl" and subjects[0].tag_ in ("WDT", "WP"):
        head = v.head.head if v.head.dep_ == "conj" else v.head
        return [c for c in [head] + children(head, "conj") if c.i != v.head.i] if head.pos_ == "PROPN" else []
    doc = v.doc
    items = [c for c in v.children if c.i < v.i and c.pos_ == "PROPN" and
             c.dep_ in ("nsubj", "parataxis", "dep", "npadvmod", "nmod")]
    if len(items) < 2 or not any(d.dep_ == "cc" for d in items[-1].children):
        return []
    for a, b in zip(items, items[1:]):
        # only commas between one item (with its own words) and the next
        if any(t.text != "," for t in doc[a.i + 1:b.left_edge.i]):
            return []
    return [c for c in items if all(c.i != x.i for x in subjects)]


def participle_of(v) -> bool:
    """A past participle that qualifies its own object ("the drones supplied by Y"), not a content clause on a
    noun ("its allegation that Y had armed the rebels": a subject or "that" of its own)."""
    return v.dep_ == "acl" and v.tag_ == "VBN" and not children(v, "nsubj", "mark")


def relative_patient(v) -> list:
    """"The brigade, which X says is armed by Y": a passive whose subject is a relative pronoun (the parser hangs it
    on the passive, or leaves it out), the content of a reporting relative clause, is said of the antecedent; the
    antecedent as a one-token list, else nothing."""
    if v.dep_ != "ccomp" or v.head.dep_ != "relcl" or base(v.head) not in cues().verbs:
        return []
    own = children(v, "nsubj", "nsubjpass")
    if own and not all(c.tag_ in ("WDT", "WP") for c in own):
        return []       # (not "the brigade, which X says Z is armed by Y": Z is)
    if not own and not any(c.tag_ in ("WDT", "WP") for c in children(v.head, "dobj", "nsubj")):
        return []
    return [v.head.head]


def destination(anchors) -> bool:
    """A MOBILIZE destination that is not a name ("sending reinforcements to the valley", "troops massed on the
    border")."""
    borders = event_rules().border_nouns
    return any(c.dep_ in ("prep", "dative") and pobjs(c) and (
        c.lower_ in ("to", "into", "along") or
        c.lower_ in ("on", "near", "at") and any(o.lemma_.lower() in borders for o in pobjs(c)))
        for a in anchors for c in a.children)


def vessel_state(finder, subjects) -> list:
    """The state whose named ship does the act ("the Zemlish corvette Halvard", "the corvette Halvard, a Zemlish
    warship"): its demonym or name on the ship's kind, as a one-token list; else [] (not "the Zemlish contractor
    X Group": a named force is an actor of its own)."""
    units = event_rules().vessel_nouns
    for t in subjects[:1]:
        if t.pos_ != "PROPN":
            continue
        kinds = [c for c in t.children if c.dep_ in ("compound", "appos") and c.lemma_.lower() in units]
        if not kinds:
            continue
        for c in [x for k in [t] + kinds for x in k.children if x.dep_ in ("amod", "compound", "nmod", "poss")]:
            if c.lemma_.lower() not in units and any(m.kind == "country" for m in finder.index.actors(c)):
                return [c]
    return []


def members_meet(finder, subjects) -> bool:
    """Members of one body meeting among themselves ("NATO ambassadors will discuss the situation"): a plural member
    noun (``member_nouns``) with the body's name on it (not a demonym: "Y officials")."""
    return any(s.tag_ == "NNS" and s.lemma_.lower() in event_rules().member_nouns and
               any(c.dep_ in ("compound", "nmod", "poss") and finder._has_actor([c]) for c in s.children)
               for s in subjects[:1])


def infinitive_noun(t) -> bool:
    """A verb the tagger made a noun after "to" ("offered to host talks": "host" tagged NN, an open clause with "to"
    and an object of its own), or a present tense in -s it made a plural noun at the root with a subject of its own
    ("the army fires on anyone who …": "fires" tagged NNS)."""
    if t.pos_ != "NOUN":
        return False
    if t.dep_ == "ROOT" and t.tag_ == "NNS":
        return any(c.dep_ == "nsubj" for c in t.children)
    return t.dep_ in ("xcomp", "advcl", "ccomp") and \
        any(c.dep_ == "aux" and c.tag_ == "TO" for c in t.children) and any(c.dep_ == "dobj" for c in t.children)


def represented(cands) -> list:
    """The party that common-noun representatives stand for ("spoke to officials in Y", "met representatives of
    Y": ``representative_nouns`` with an in / of / from phrase); the phrase's tokens, else nothing."""
    nouns = event_rules().representative_nouns
    return [o for c in cands if c.lemma_.lower() in nouns and c.pos_ == "NOUN"
            for p in children(c, "prep") if p.lower_ in ("in", "of", "from") for o in pobjs(p)]


def visit_or_topic(finder, v, lemma: str):
    """(CONSULT, trigger tokens, None) for a consultation no verb entry types, or None: a matter put to a party
    ("raised the drone sales with Y": the party in a "with" phrase on the verb or its object, not money raised) or
    an envoy's or minister's journey to a state or its capital ("said he would travel to P and Q", "arrived in P")."""
    rules = event_rules()
    if lemma not in rules.travel_verbs and lemma not in _first_words(rules.topic_verbs):
        return None     # most verbs: one set lookup each (speed)
    particles = [f"{lemma} {c.lower_}" for c in children(v, "prt")]
    if lemma in rules.topic_verbs or any(p in rules.topic_verbs for p in particles):   # "took up the matter with Y"
        objs = children(v, "dobj")
        if objs and objs[0].lemma_.lower() not in rules.topic_excluded:
            # the matter and the noun of its "of" phrase ("raised the issue of the refugees with Y")
            hosts = [v] + objs + [o for p in children(objs[0], "prep") if p.lower_ == "of" for o in pobjs(p)]
            for h in hosts:
                if any(p.lower_ == "with" and finder._has_actor(pobjs(p)) for p in children(h, "prep")):
                    # the matter is the thing, never the party ("raised the Falcon rockets with Y": not Falcon)
                    return "CONSULT", [v], (h if h.i != v.i else objs[0])
        return None
    if lemma not in rules.travel_verbs:
        return None
    goals = [o for p in children(v, "prep") if p.lower_ in ("to", "in") for o in pobjs(p)]   # "arrived in P"
    goals += [c for o in goals for c in children(o, "conj")]
    # a state, a place, or a name the capitals step read as a seat of government (tagged a person by the NER)
    if not any(m.kind in ("country", "place") or (m.role or "").startswith("capital_hint")
               for o in goals for m in finder.index.actors(o)):
        return None
    if any(_traveller(finder, s) for s in verb_subjects(v)):
        return "CONSULT", [v], None
    return None


@lru_cache(maxsize=4)
def _first_words(phrases: frozenset[str]) -> frozenset[str]:
    """The first words of a set of verbs and phrasal verbs ("take up" -> "take")."""
    return frozenset(p.split()[0] for p in phrases)


def _traveller(finder, tok) -> bool:
    """A person or an official (by role noun) who travels for talks, not refugees, troops or a state."""
    if tok.lemma_.lower() in event_rules().travel_roles:
        return True
    found = finder.index.actors(tok)
    return any(m.kind == "person" for m in found)


def raised_subject(v) -> list:
    """"X seems likely to agree …", "X appears set to impose …": the subject of the verb that holds the adjective
    whose infinitive ``v`` is; else nothing."""
    if v.dep_ != "xcomp" or v.head.pos_ != "ADJ" or v.head.dep_ not in ("oprd", "acomp", "xcomp"):
        return []
    return verb_subjects(v.head.head)


def purposed(v, thing) -> bool:
    """A giving verb with a purpose infinitive ("were paid by X to attack the convoy", "would provide two aircraft to
    carry the wounded", the parser hanging the infinitive on the thing): the aid is whole without a named
    recipient."""
    return any(c.dep_ in ("xcomp", "advcl", "relcl", "acl") and c.tag_ == "VB" and
               any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in [*v.children, *thing.children])


def target_place(is_place, anchors):
    """The place an attack's target is said to be in or near ("an attack on an army post near the border town of
    P", "a strike against a depot at P"), as a token, or None; ``is_place`` tells a place token."""
    preps = ("near", "in", "at", "inside", "outside", "beside", "around", "close")
    for a in anchors:
        targets = [o for p in children(a, "prep") if p.lower_ in ("on", "against", "at") for o in pobjs(p)]
        targets += children(a, "dobj")
        for t in targets:
            for p in children(t, "prep"):
                if p.lower_ not in preps:
                    continue
                for o in pobjs(p) + [x for q in children(p, "prep") for x in pobjs(q)]:   # "close to P"
                    if is_place(o):
                        return o
                    inner = [x for q in children(o, "prep") if q.lower_ == "of" for x in pobjs(q)]
                    if o.lemma_.lower() in frames().place_of_nouns and inner and is_place(inner[0]):
                        return inner[0]     # "near the border town of P"
    return None



def ordered_by(v) -> list:
    """"By order of X, two brigades were moved …", "on the orders of X", "on X's orders", "under orders from X": the
    one who ordered the act does it; the orderer's token as a one-token list, else nothing."""
    rules = event_rules()
    for p in children(v, "prep"):
        if p.lower_ not in rules.order_preps:
            continue
        for o in pobjs(p):
            if o.lemma_.lower() in rules.order_nouns:
                found = [x for q in children(o, "prep") if q.lower_ in ("of", "from") for x in pobjs(q)]
                return (found or children(o, "poss"))[:1]
    return []
