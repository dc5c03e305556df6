"""Verb events typed by the frame around the verb, not by the verb alone (``data/plover.yaml``, "verb frames").

- A verb that takes a place ("captured the village of X", "entered the town of X") is a military act only when its
  object is a place: "captured two soldiers" stays an arrest, "entered the room" or "entered into talks" is nothing.
  When a party follows "from" ("retook X from Y"), that party is the one attacked.
- A giving verb agreed to ("agreed to pay X in concessions", "agreed to give X a stake") or said of a deal ("a deal
  that pays X") makes X a party to an agreement (PLOVER AGREE).
- A crowd with no named actor that protests in a named place ("hundreds of miners protested in the centre of X") is
  still a protest: the claim keeps no subject. A crowd that marches protests ("3,000 people marched through X"; not
  troops marching).

Called from ``EventFinder`` (``events.py``): ``frame_type`` while typing a verb, ``frame_roles`` on the finished hit.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .. import data
from ..errors import DataFileError, Errors
from ..model import PLOVER_TYPES
from .event_rules import event_rules
from .grammar import children, is_passive, pobjs, verb_subjects
from .hits import EventHit
from .lexicons import base

# prepositions that put an act in a place ("protested in", "rallied outside the ministry")
_PLACE_PREPS = ("in", "at", "near", "outside", "across", "through", "around", "inside", "on")


@dataclass(frozen=True)
class Frames:
    place_verbs: dict[str, str]
    agreeing_verbs: frozenset[str]
    giving_verbs: frozenset[str]
    deal_nouns: frozenset[str]
    crowd_types: frozenset[str]
    phrase_objects: tuple = ()
    barring_verbs: frozenset[str] = frozenset()
    trading_verbs: frozenset[str] = frozenset()
    leading_verbs: frozenset[str] = frozenset()
    place_of_nouns: frozenset[str] = frozenset()
    helping_verbs: frozenset[str] = frozenset()
    force_verbs: dict = None
    force_units: frozenset[str] = frozenset()
    operation_verbs: frozenset[str] = frozenset()
    operation_nouns: frozenset[str] = frozenset()
    operation_modifiers: frozenset[str] = frozenset()
    naming_verbs: frozenset[str] = frozenset()
    culprit_nouns: frozenset[str] = frozenset()
    author_nouns: frozenset[str] = frozenset()
    evidence_verbs: frozenset[str] = frozenset()
    evidence_nouns: frozenset[str] = frozenset()
    wrongdoing_nouns: frozenset[str] = frozenset()
    closing_verbs: frozenset[str] = frozenset()
    passage_nouns: frozenset[str] = frozenset()
    traffic_nouns: frozenset[str] = frozenset()
    permitting_verbs: frozenset[str] = frozenset()
    crowd_verbs: frozenset[str] = frozenset()
    crowd_nouns: frozenset[str] = frozenset()
    crowd_goals: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def frames() -> Frames:
    """The verb-frame lexicon (the ``place_verbs``, ``agreed_giving_verbs``, ``deal_nouns`` and ``crowd_types`` keys
    of data/plover.yaml, with its ``agreeing_verbs``).

    RETURNS (Frames): the lookup tables.
    """
    raw = data.load("plover.yaml")
    for t in list((raw.get("place_verbs") or {}).values()) + list((raw.get("force_verbs") or {}).values()) + \
            list(raw.get("crowd_types") or []):
        if t not in PLOVER_TYPES:
            raise DataFileError(Errors.E008.format(path="plover.yaml", detail=f"unknown PLOVER type {t!r}"))
    return Frames(
        place_verbs=dict(raw.get("place_verbs") or {}),
        agreeing_verbs=frozenset(raw.get("agreeing_verbs") or []),
        giving_verbs=frozenset(raw.get("agreed_giving_verbs") or []),
        deal_nouns=frozenset(raw.get("deal_nouns") or []),
        crowd_types=frozenset(raw.get("crowd_types") or []),
        phrase_objects=tuple((frozenset(e["verbs"]), frozenset(e["objects"]), e["type"])
                             for e in raw.get("phrase_objects") or []),
        barring_verbs=frozenset(raw.get("barring_verbs") or []),
        trading_verbs=frozenset(raw.get("trading_verbs") or []),
        leading_verbs=frozenset(raw.get("leading_verbs") or []),
        place_of_nouns=frozenset(raw.get("place_of_nouns") or []),
        helping_verbs=frozenset(raw.get("helping_verbs") or []),
        force_verbs=dict(raw.get("force_verbs") or {}),
        force_units=frozenset(o for e in raw.get("verb_objects") or [] if e["type"] == "MOBILIZE"
                              for o in e["objects"]),
        **{k: frozenset(str(w).lower() for w in raw.get(k) or []) for k in (
            "operation_verbs", "operation_nouns", "operation_modifiers", "naming_verbs", "culprit_nouns",
            "author_nouns", "evidence_verbs", "evidence_nouns", "wrongdoing_nouns", "closing_verbs", "passage_nouns",
            "traffic_nouns", "permitting_verbs", "crowd_verbs", "crowd_nouns", "crowd_goals")},
    )


def frame_type(finder, v, lemma: str):
    """The type a verb takes from its frame, for verbs the lexicon's things did not type.

    Args:
        finder (EventFinder): the sentence's event finder (actor index, place test).
        v: the verb token.
        lemma: its repaired lemma.
    RETURNS (tuple | None): (type, trigger tokens, None) as ``EventFinder.verb_type`` returns, or None.
    """
    f = frames()
    # (a name the actors stage has not typed as a place may be encircled: "X forces have encircled Kostrel")
    named = f.place_verbs.get(lemma) == "COERCE" and any(d.pos_ == "PROPN" for d in children(v, "dobj"))
    if lemma in f.place_verbs and (place_object(finder, v) is not None or named) and \
            (f.place_verbs[lemma] not in ("MOBILIZE", "RETREAT", "COERCE") or _forces(finder, verb_subjects(v)) or
             f.place_verbs[lemma] == "COERCE" and finder._has_actor(verb_subjects(v))):
        # (forces that enter or leave a place move; a minister who leaves a city does not retreat; mountains that
        # surround a village do not coerce it)
        return f.place_verbs[lemma], [v], None
    if lemma in f.force_verbs and _forces(finder, verb_subjects(v)):
        return f.force_verbs[lemma], [v], None      # "the X rebels fled towards the river"
    rules = event_rules()
    if lemma in rules.landing_verbs and any(s.lemma_.lower() in rules.projectile_nouns for s in children(v, "nsubj")):
        return "ASSAULT", [v], None     # "three shells of the X artillery have fallen in the village P"
    if lemma in rules.arrival_verbs and any(s.lemma_.lower() in rules.convoy_nouns for s in children(v, "nsubj")):
        return "AID", [v], None         # "its convoys had reached P through the corridor"
    if lemma in rules.fighting_verbs and any(s.lemma_.lower() in rules.volunteer_nouns for s in children(v, "nsubj")):
        return "SUPPORT", [v], None     # "volunteers from X are fighting in P"
    if lemma in f.crowd_verbs and any(_crowd(f, s) for s in verb_subjects(v)):
        return "PROTEST", [v], None     # "3,000 people marched through the centre of X" (not "the troops marched")
    if lemma in f.helping_verbs:
        # "the X force is helping the Red Cross to keep a channel open": help between parties, not people
        helped = [d for d in children(v, "dobj") if finder._has_actor([d])]
        doers = verb_subjects(v)
        if helped and not _people(finder, helped) and not _people(finder, doers):
            return "COOPERATE", [v], None
    if lemma in f.barring_verbs:
        # "barred its firms from buying gold from X": a ban on trade with X (the preposition holds X)
        for p in children(v, "prep"):
            for x in children(p, "pcomp"):
                if p.lower_ == "from" and base(x) in f.trading_verbs:
                    party = [q for q in children(x, "prep") if q.lower_ in ("from", "with", "to")
                             and finder._has_actor(pobjs(q))]
                    if party:
                        return "SANCTION", [v, party[0]], None
    if lemma in f.operation_verbs:
        # "carried out security operations in X", "conducted operations against Y": an attack (not "rescue operations")
        for d in children(v, "dobj"):
            if d.lemma_.lower() in f.operation_nouns and (
                    any(c.dep_ in ("amod", "compound") and c.lower_ in f.operation_modifiers for c in d.children) or
                    _modifier_words(d) & f.operation_modifiers or      # "a counter-terrorist operation" (split)
                    any(p.lower_ == "against" and finder._has_actor(pobjs(p)) for p in children(d, "prep") +
                        children(v, "prep"))):
                return "ASSAULT", [v, d], d
    if lemma in f.naming_verbs:
        culprit = _culprit(finder, v)
        if culprit is not None:
            return "ACCUSE", [v, culprit], None     # "named X as the mastermind of the raid"
    if lemma in f.permitting_verbs and v.dep_ == "xcomp" and base(v.head) in f.agreeing_verbs:
        # "agreed to let inspectors of the Commission visit": an agreement with the ones let in (their body, read
        # through the thing's object_preps)
        allowed = children(v, "dobj") + [s for c in children(v, "ccomp", "xcomp") for s in children(c, "nsubj")]
        if allowed:
            return "AGREE", [v.head, v], allowed[0]
    if lemma in f.giving_verbs:
        if v.dep_ == "xcomp" and base(v.head) in f.agreeing_verbs:
            return "AGREE", [v.head, v], None       # "agreed to pay X": the agreement is the event
        if v.dep_ == "relcl" and v.head.lemma_.lower() in f.deal_nouns:
            return "AGREE", [v], None               # "a deal that pays X"
    return None


def _modifier_words(d) -> set[str]:
    """The words before noun ``d`` joined across hyphens ("counter - terrorist" -> "counter-terrorist"), which the
    tokenizer splits and the parser hangs on the noun one by one."""
    mods = [c for c in d.children if c.dep_ in ("amod", "compound") and c.i < d.i]
    if not mods:
        return set()
    text = d.doc[min(c.i for c in mods):d.i].text.lower().replace(" - ", "-").replace(" -", "-").replace("- ", "-")
    return set(text.split())


def _culprit(finder, v):
    """The culprit noun of "named X as the mastermind (of the raid)": a culprit noun, or an author noun of a hostile act
    or a wrong ("the sponsor of the attack"; not "the sponsor of the talks"); else None."""
    f = frames()
    for p in children(v, "prep"):
        if p.lower_ != "as":
            continue
        for n in pobjs(p):
            lemma = n.lemma_.lower()
            if lemma in f.culprit_nouns:
                return n
            if lemma in f.author_nouns and any(
                    finder.noun_type(o) in _HOSTILE or o.lemma_.lower() in f.wrongdoing_nouns
                    for q in children(n, "prep") if q.lower_ == "of" for o in pobjs(q)):
                return n
    return None


def proof_hit(finder, n):
    """"cited the shipment as proof that X is arming Y": the one who cites accuses X of the act the evidence shows
    (read at the evidence noun, which lies in a report's content when the citing verb is its cue).

    Args:
        finder (EventFinder): the sentence's event finder.
        n: a noun token.
    RETURNS (EventHit | None): an ACCUSE hit, or None when the noun is no evidence cited as such of a party's act.
    """
    f = frames()
    if n.lemma_.lower() not in f.evidence_nouns or n.dep_ != "pobj" or n.head.lower_ != "as":
        return None
    v = n.head.head
    if base(v) not in f.evidence_verbs:
        return None
    for x in children(n, "acl", "ccomp", "relcl"):
        doers = children(x, "nsubj")
        if finder._has_actor(doers) and finder.verb_type(x) is not None and finder._has_actor(verb_subjects(v)):
            return EventHit(type="ACCUSE", head=n, trigger=f"{v.text} as {n.text}", tokens=[n.i],
                            subjects=verb_subjects(v)[:1], objects=doers[:1], clause=v, nominal=True)
    return None


# the acts whose authors a naming accuses ("the sponsor of the attack")
_HOSTILE = frozenset({"ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "SANCTION"})


def closure_type(v, lemma: str):
    """"closed the port to X's shipping", "shut the strait to Y vessels": a passage closed to a party's traffic
    coerces it (PLOVER COERCE), where closing a border or mission to a state at large restricts relations.

    Args:
        v: the verb token.
        lemma: its repaired lemma.
    RETURNS (tuple | None): ("COERCE", trigger tokens, the traffic, whose owner is the one coerced) as
        ``EventFinder.verb_type`` returns, or None.
    """
    found = _closed_traffic(v) if lemma in frames().closing_verbs else None
    return ("COERCE", [v, found[0]], found[1]) if found is not None else None


def _closed_traffic(v):
    """(passage, traffic) of "closed the port (of P) to Y's shipping", or None (not "to all shipping because of the
    storm": no party's traffic)."""
    f = frames()
    for d in children(v, "dobj", "nsubjpass"):
        if d.lemma_.lower() not in f.passage_nouns:
            continue
        # "the port of P to Y shipping": the parser may hang "to" on the passage's name
        hosts = [v, d] + [o for q in children(d, "prep") if q.lower_ == "of" for o in pobjs(q)]
        for p in [p for h in hosts for p in children(h, "prep")]:
            for o in pobjs(p):
                if p.lower_ == "to" and o.lemma_.lower() in f.traffic_nouns and _owned(o):
                    return d, o
    return None


def _owned(tok) -> bool:
    """Does a noun name its owner by a proper name, demonym or possessive ("Y's shipping", "Zemlish vessels")?"""
    return any(c.dep_ in ("amod", "poss", "compound", "nmod") and (c.pos_ == "PROPN" or c.ent_type_ in
                                                                   ("NORP", "GPE", "ORG") or c.tag_ == "PRP$")
               for c in tok.children)


def phrase_type(v, lemma: str):
    """The type a verb takes from an object named by several words ("declared martial law", "a state of emergency",
    "fired tear gas at X"); it goes before the verb's particle ("fire at" alone is an attack).

    Args:
        v: the verb token.
        lemma: its repaired lemma.
    RETURNS (tuple | None): (type, trigger tokens, thing) as ``EventFinder.verb_type`` returns, or None.
    """
    entries = frames().phrase_objects
    if not any(lemma in verbs for verbs, _, _ in entries):
        return None
    for d in children(v, "dobj"):
        words = [c.lemma_.lower() for c in d.children if c.dep_ in ("amod", "compound") and c.i < d.i]
        phrase = " ".join(words + [d.lemma_.lower()] + [f"of {o.lemma_.lower()}" for p in children(d, "prep")
                                                         if p.lower_ == "of" and p.i == d.i + 1 for o in pobjs(p)])
        for verbs, objects, type_ in entries:
            if lemma in verbs and phrase in objects:
                return type_, [v, d], d
    return None


def place_object(finder, v):
    """The place a place-taking verb acts on: its object (a passive's subject) naming a place, directly or in an
    "of" phrase ("the village of X"); else None."""
    things = children(v, "nsubjpass") if is_passive(v) else children(v, "dobj")
    if v.dep_ == "relcl" and any(d.tag_ in ("WDT", "WP") for d in things):
        things = [v.head]       # "P, which X troops have encircled since May": the antecedent is the place
    for d in things:
        if _place(finder, d):
            return d
        if d.lemma_.lower() not in frames().place_of_nouns:
            continue        # "captured the greatness of X" takes no place
        for p in children(d, "prep"):
            if p.lower_ == "of" and any(_place(finder, o) for o in pobjs(p)):
                return d
    return None


def _place(finder, tok) -> bool:
    """A place or state named at ``tok`` ("occupy the White House" names a government, not a place)."""
    m = finder.index.at(tok)
    if m is not None:
        # a seat of power read as its state ("the White House", tagged a building or body) is no place to take
        return m.kind == "place" or m.kind == "country" and tok.ent_type_ not in ("ORG", "FAC", "PERSON")
    return tok.ent_type_ in ("GPE", "LOC", "FAC")


def _forces(finder, doers) -> bool:
    """Are the doers forces ("troops", "contractors", an armed group) rather than people or a state at large?"""
    units = frames().force_units
    return any(t.lemma_.lower() in units or any(m.kind == "armed_group" for m in finder.index.actors(t))
               for t in doers)


def _people(finder, tokens) -> bool:
    """Do the tokens stand for persons only (no party among them)?"""
    found = [m for t in tokens for m in finder.index.actors(t)]
    return bool(found) and all(m.kind == "person" for m in found)


def frame_roles(finder, hit, anchors):
    """Finish a verb hit by its frame: the party a place was taken from, the signer of a deal that pays, or a crowd's
    protest with no actor.

    Args:
        finder (EventFinder): the sentence's event finder.
        hit (EventHit): the hit as the verb rules built it.
        anchors (list): the verb and its thing (where a place may hang).
    RETURNS (EventHit | None): the hit, or None when it names no actor and is no crowd's act in a place.
    """
    f = frames()
    v = hit.head
    lemma = base(v)
    if hit.type == "ACCUSE" and lemma in f.naming_verbs and not finder._has_actor(hit.objects):
        hit.objects = children(v, "oprd")[:1] or hit.objects       # "named Y as the sponsor", Y read as a predicate
    if hit.type == "COERCE" == f.place_verbs.get(lemma) and hit.subjects and not finder._has_actor(hit.subjects) \
            and not _forces(finder, hit.subjects):
        return None     # "the village is surrounded by mountains": a doer named, but no party or forces
    if lemma in f.place_verbs and hit.type == f.place_verbs[lemma] and hit.type == "ASSAULT":
        # "retook X from Y": Y is the party attacked (a place of origin, "from the north", is none)
        place = place_object(finder, v)
        hosts = [v] + ([place] + [o for p in children(place, "prep") if p.lower_ == "of" for o in pobjs(p)]
                       if place is not None else [])
        found = [o for h in hosts for p in children(h, "prep") if p.lower_ == "from" for o in pobjs(p)
                 if any(m.kind != "place" for m in finder.index.actors(o))]
        if found:
            hit.objects = found[:1]
    if lemma in f.place_verbs and hit.type == f.place_verbs[lemma] == "MOBILIZE":
        place = place_object(finder, v)
        if place is not None and finder._has_actor([place]):
            hit.objects = [place]       # "entered the village of X alongside Y": X is where the forces went
    if hit.type == "AGREE" and v.dep_ == "relcl" and v.head.lemma_.lower() in f.deal_nouns and \
            not finder._has_actor(hit.subjects):
        # "X signed a deal that pays Y": the one who made the deal agrees with Y
        deal = v.head
        maker = verb_subjects(deal.head) if deal.dep_ in ("dobj", "nsubjpass") and deal.head.pos_ in ("VERB", "AUX") \
            else []
        if not maker:
            maker = [o for p in children(deal, "prep") if p.lower_ in ("with", "between") for o in pobjs(p)]
        hit.subjects = maker[:1] if finder._has_actor(maker) else []
    if not finder._has_actor(hit.subjects) and v.dep_ == "relcl" and finder.noun_type(v.head) is not None:
        # "the coup that deposed Z was led by X", "X staged the coup that deposed Z": X did what the coup did
        noun = v.head
        gov = noun.head
        doers = []
        if base(gov) in f.leading_verbs and noun.dep_ == "nsubjpass":
            doers = [o for c in children(gov, "agent") for o in pobjs(c)]
        elif base(gov) in f.leading_verbs and noun.dep_ == "dobj":
            doers = verb_subjects(gov)
        hit.subjects = doers[:1] if finder._has_actor(doers) else hit.subjects
    if hit.type in f.crowd_types and hit.objects and all(m.kind == "place" for o in hit.objects
                                                         for m in finder.index.actors(o)):
        hit.objects = []        # "took to the streets of X": where a crowd protests is not what it protests against
    if finder._has_actor(hit.subjects) or finder._has_actor(hit.objects):
        return hit
    if hit.type in f.crowd_types and (crowd_place(finder, anchors) or _crowd_against(f, v)):
        hit.subjects, hit.objects = [], []
        return hit      # "hundreds of miners protested in X": a protest, with no actor named
    return None


def _crowd(f, s) -> bool:
    """A subject that names a crowd of people ("3,000 people", "thousands of refugees"; not "thousands of troops")."""
    return s.lemma_.lower() in f.crowd_nouns and \
        not any(o.lemma_.lower() in f.force_units for p in children(s, "prep") for o in pobjs(p))


def _crowd_against(f, v) -> bool:
    """A crowd that acts against or over something ("thousands marched against the decree", "students protested over
    the fees"): a protest, whatever place or party is named."""
    # (a march "over the bridge" goes across it)
    preps = ("against",) if base(v) in f.crowd_verbs else ("against", "over")
    return any(_crowd(f, s) for s in verb_subjects(v)) and any(p.lower_ in preps and pobjs(p) for p in children(v, "prep"))


def crowd_place(finder, anchors) -> bool:
    """Is the act put in a named place ("in X", "in the centre of X", "outside the X ministry"), or does the crowd
    march to a seat of power or a gate ("marched to the parliament", "to the camp gate")?"""
    goals = frames().crowd_goals
    for a in anchors:
        if any(p.lower_ in ("to", "towards", "toward") and o.lemma_.lower() in goals
               for p in children(a, "prep") for o in pobjs(p)):
            return True
        # "marched against the war in X": the place may hang on the phrase after the verb
        preps = children(a, "prep") + [q for p in children(a, "prep") for o in pobjs(p) for q in children(o, "prep")]
        for p in preps:
            if p.lower_ not in _PLACE_PREPS:
                continue
            for o in pobjs(p):
                if finder._is_place(o) or finder._has_actor([o]):
                    return True
                if any(q.lower_ == "of" and any(finder._is_place(x) for x in pobjs(q)) for q in children(o, "prep")):
                    return True
    return False
