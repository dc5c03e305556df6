"""Who a warning threatens, who a demand or call asks, and the parties of a speech act with several.

"X warned that Y would close the border" is a threat to Y when the clause speaks of harm still to come
(a future auxiliary or a condition); "X demanded that Y withdraw" asks Y. The reporting verb and its
speaker come from attribution; these helpers find the other party.
"""
from __future__ import annotations

from dataclasses import replace

from ..model import Claim
from .arguments import ActorIndex
from .event_rules import event_rules
from .grammar import children, future_harm, pobjs
from .lexicons import Plover, base

_PARTY_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "appos")


def warned_party(doc, index: ActorIndex, lex: Plover, cue_tokens: list[int], speaker_head, content: set[int],
                 hits: list, addressee=None):
    """The party a warning threatens, or None.

    A warning threatens when its content is harm still to come that the speaker's side would do ("warned
    that her forces would strike X", "'we will respond', X warned") or a condition on the other party ("if
    they cross the river …"); an observer's warning ("the offensive would displace thousands") is none.

    Args:
        doc: the parsed document.
        index: actor mentions by token.
        lex: the PLOVER lexicon (``warning_cues``, ``future_markers``).
        cue_tokens: token indices of the reporting cue.
        speaker_head: the speaker's head token.
        content: token indices of the reported clause.
        hits: events found in the clause (their parties come first).
        addressee: the one warned ("warned X that it will destroy them"), the party when the clause names none.
    RETURNS (Token | None): a token naming the threatened party; None when the cue is no warning, the clause
        is no threat, or it names no party other than the speaker's own side.
    """
    if not cue_tokens or not future_harm(doc, content, lex.future_markers):
        return None
    warning = base(doc[cue_tokens[0]]) in lex.warning_cues
    me = index.actor(speaker_head) if speaker_head is not None else None
    own = {x for x in (me.name, me.local_key, me.affiliation) if x} if me is not None else set()

    def is_own(t) -> bool:
        if t.lower_ in ("we", "i") or any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in t.children):
            return True                 # "we will respond", "her forces would strike"
        m = index.actor(t)
        return m is not None and bool({m.name, m.local_key} & own)

    conditional = any(doc[i].dep_ == "mark" and doc[i].lower_ in lex.future_markers for i in content)
    rules = event_rules()
    # under a condition, a possible act is threatened too ("the guns could come back if they attack again")
    markers = lex.future_markers | rules.conditional_modals if conditional else lex.future_markers
    doers = [doc[i] for i in sorted(content) if doc[i].dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "aux" and c.lower_ in markers for c in doc[i].head.children)]
    if not warning and not (conditional and any(_conditional_harm(t, hits, lex, is_own) for t in doers)):
        return None     # any cue warns with "if they cross …, we will strike"; else only "warn" and the like
    if not conditional and not any(is_own(t) for t in doers):
        return None
    heads = [t for h in hits for t in h.objects + h.subjects]
    heads += [doc[i] for i in sorted(content) if doc[i].pos_ in ("PROPN", "NOUN") and doc[i].dep_ in _PARTY_DEPS]
    if conditional:
        # "if Y cuts supplies, X would take the company to court": the one who would act is the speaker's side,
        # even when the speaker's own party is not known (a pronoun speaker)
        heads = [t for t in heads if all(t.i != d.i for d in doers)]
    for t in heads:
        if t.pos_ != "PRON" and index.actor(t) is not None and not is_own(t):
            return t
    if addressee is not None and warning and index.actor(addressee) is not None and not is_own(addressee):
        return addressee    # "X warned Y that it will destroy every one of them": the warned one is threatened
    return None


def _conditional_harm(doer, hits: list, lex: Plover, is_own) -> bool:
    """Does the speaker's side say what it will do under a condition, and is that harm ("if they cross, we will
    strike", "our navy will stop it", "the guns could come back", "its troops would return")?"""
    rules = event_rules()
    verb = doer.head
    forces = doer.lemma_.lower() in rules.origin_things or doer.lemma_.lower() in _force_units()
    if not (doer.lower_ in ("we", "i") or is_own(doer) or forces and not doer.ent_type_):
        return False
    if _hostile(verb, hits, lex) or base(verb) in rules.harm_verbs:
        return True     # "we will strike", "our navy will stop it"
    # "the guns could come back", "its troops would return", "the tanks could be back": forces or weapons brought
    # back are the threat
    back = base(verb) == "be" and any(c.lower_ == "back" for c in verb.children)
    return forces and (base(verb) in rules.return_verbs or back)


def _force_units() -> frozenset[str]:
    """The nouns for units and forces a mobilisation moves (plover.yaml's MOBILIZE objects)."""
    from .frames import frames

    return frames().force_units


def _hostile(verb, hits: list, lex: Plover) -> bool:
    """Is ``verb`` (what the speaker's side says it will do) a hostile act: an event of a threat type found
    at it, or a response verb ("we will respond", "we will retaliate")?"""
    rules = event_rules()
    if base(verb) in rules.means_hosts or lex.verbs.get(base(verb)) in rules.threat_types:
        return True     # "we will respond", "we will strike" (no object named: no event was typed)
    # the act at the verb, or named by its object ("we will impose sanctions")
    return any(h.type in rules.threat_types and verb.i in (h.head.i, h.head.head.i) for h in hits)


def asked_party(index: ActorIndex, cue):
    """The one a demand asks: the subject of the demanded clause ("demanded that X withdraw"), the one the
    demanded act is of ("called for the withdrawal of X's troops", "the release of soldiers held by X"), or
    the one appealed to ("appealed to X to halt …").

    Args:
        index: actor mentions by token.
        cue: the reporting verb.
    RETURNS (Token | None): a token naming the asked actor, or None.
    """
    found = next((s for x in cue.children if x.dep_ == "ccomp" for s in x.children
                  if s.dep_ == "nsubj" and index.actor(s) is not None), None)
    if found is not None:
        return found
    acts = [c for c in cue.children if c.dep_ == "dobj"]
    acts += [o for p in cue.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
    for act in acts:
        # the act's own doer ("X's withdrawal", "a withdrawal by X"), else the owner or holder of what it is of
        cands = [c for c in act.children if c.dep_ == "poss"]
        cands += [o for p in act.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children if o.dep_ == "pobj"]
        for p in act.children:
            if p.dep_ == "prep" and p.lower_ == "of":
                for o in (o for o in p.children if o.dep_ == "pobj"):
                    cands.append(o)
                    cands += [x for a in o.children if a.dep_ == "acl" for g in a.children if g.dep_ == "agent"
                              for x in g.children if x.dep_ == "pobj"]
        found = next((t for t in cands if t.pos_ != "PRON" and index.actor(t) is not None), None)
        if found is not None:
            return found
    return next((o for p in cue.children if p.dep_ == "prep" and p.lower_ in ("to", "on", "upon")
                 for o in p.children if o.dep_ == "pobj" and index.actor(o) is not None), None)


def first_person(tokens) -> bool:
    """Do ``tokens`` stand for the speaker's side ("we", "I", "our army", "my government") in quoted speech?

    Args:
        tokens: the subject tokens of an event.
    RETURNS (bool): whether the only subject is a first-person pronoun or a noun the speaker's side owns.
    """
    return len(tokens) == 1 and (tokens[0].lower_ in ("we", "i") or any(
        c.dep_ == "poss" and c.lower_ in ("our", "my") for c in tokens[0].children))


def called_party(index: ActorIndex, lex: Plover, doc, cue_tokens: list[int]):
    """The party a call asks to act ("called the UN to send observers": the UN), or None.

    Args:
        index: actor mentions by token.
        lex: the PLOVER lexicon (``calling_cues``, ``calling_purposes``: "called X to discuss" is a call).
        doc: the parsed document.
        cue_tokens: token indices of the reporting cue.
    RETURNS (Token | None): the cue's object naming an actor when an infinitive clause follows it.
    """
    if not cue_tokens or base(doc[cue_tokens[0]]) not in lex.calling_cues:
        return None
    cue = doc[cue_tokens[0]]
    objs = [o for o in cue.children if o.dep_ == "dobj"]
    # "called both sides to restraint" (machine translation and some dialects: a noun of conduct after "to")
    # "called the X side to the return to (the resumption of) the negotiations": the conduct may sit one noun deeper
    to_noun = objs and any(p.lower_ == "to" and any(o.lemma_.lower() in event_rules().call_to_nouns or any(
        i.lemma_.lower() in event_rules().call_to_nouns for q in children(o, "prep") if q.lower_ in ("to", "of")
        for i in pobjs(q)) for o in pobjs(p)) for p in children(cue, "prep")) or \
        any(x.lemma_.lower() in event_rules().call_to_nouns for x in children(cue, "xcomp"))
    if not to_noun and not any(x.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in
                                                                    x.children)
                               and base(x) not in lex.calling_purposes for x in cue.children):
        return None
    # the one called when it is an actor; else the object as written (a call with no named party: no object)
    return next((o for o in objs if index.actor(o) is not None), objs[0] if objs else None)


def mutual_claims(index: ActorIndex, out: list[Claim], speaker_head, cue: str | None, speech_type: str,
                  limit: int) -> list[Claim]:
    """"Both delegations agreed", "A and B agreed": a symmetric speech act of several parties is each one's
    with the others.

    Args:
        index: actor mentions by token.
        out: claims so far; the last is the act's claim, replaced by one claim per pair.
        speaker_head: the speaker's head token.
        cue: the reporting cue's text (the trigger).
        speech_type: the act's PLOVER type.
        limit: most claims to make.
    RETURNS (list[Claim]): ``out`` with the act's claim split into its pairs (unchanged with one party).
    """
    parties = index.actors(speaker_head) if speaker_head is not None else []
    # both ways: "A and B agreed" is A agreeing with B and B with A (every pair first, then the other way)
    pairs = [(s, o) for i, s in enumerate(parties) for o in parties[i + 1:]]
    pairs = (pairs + [(o, s) for s, o in pairs])[:limit]
    if not pairs:
        return out
    claim = out.pop()
    for s, o in pairs:
        ev = replace(claim.event, type=speech_type, trigger=cue, subject_mention=s.id, subject_text=s.text,
                     object_mention=o.id, object_text=o.text)
        # each party speaks its own side of the act ("A and B agreed": A agreed with B, B with A)
        out.append(replace(claim, event=ev, hedges=list(claim.hedges), via=list(claim.via), speaker_mention=s.id,
                           speaker_text=s.text))
    return out


def conjunct_claims(index: ActorIndex, claim: Claim, speaker_head, target, limit: int) -> list[Claim]:
    """Copies of a request or threat for each further coordinated addressee and speaker.

    "A and B urged C and D to …": one claim per pair (A's claim is ``claim``), the event naming the further
    party, so each side of the coordination is a relation of its own.

    Args:
        index: actor mentions by token.
        claim: the claim of the first pair.
        speaker_head: the speaker's head token (or None).
        target: the addressee's token (or None).
        limit: most claims in all, the first pair's included.
    RETURNS (list[Claim]): the further pairs' claims.
    """
    speakers = index.actors(speaker_head) if speaker_head is not None else []
    targets = index.actors(target) if target is not None else []
    pairs = [(s, o) for s in speakers or [None] for o in targets or [None]][1:limit]
    out = []
    for s, o in pairs:
        if s is not None and o is not None and (s.local_key or s.name) == (o.local_key or o.name):
            continue
        ev = replace(claim.event, subject_mention=s.id if s else None, subject_text=s.text if s else None,
                     object_mention=o.id if o else None, object_text=o.text if o else None)
        out.append(replace(claim, event=ev, hedges=list(claim.hedges), via=list(claim.via)))
    return out


def declared_party(doc, index: ActorIndex, lex: Plover, cue_tokens: list[int], content: set[int]):
    """(type, party) of a declaration that acts against its object ("declared the X ambassador persona non
    grata": SANCTION against X), or None.

    Args:
        doc: the parsed document.
        index: actor mentions by token.
        lex: the PLOVER lexicon (``declaring_cues``, ``declared_predicates``).
        cue_tokens: token indices of the reporting cue.
        content: token indices of what is declared.
    RETURNS (tuple[str, Token] | None): the type and the token naming the party.
    """
    if not cue_tokens or base(doc[cue_tokens[0]]) not in lex.declaring_cues or not content:
        return None
    words = [doc[i].lower_ for i in sorted(content)]
    type_ = next((t for phrase, t in lex.declared_predicates.items()
                  if any(tuple(words[k:k + len(phrase)]) == phrase for k in range(len(words)))), None)
    if type_ is None:
        return None
    missions = event_rules().mission_nouns
    # (the declared people may be the cue's object, outside the content: "declared two attachés … persona non grata")
    scope = set(content) | {t.i for d in children(doc[cue_tokens[0]], "dobj") for t in d.subtree}
    for i in sorted(scope):
        # "declared two attachés of the X embassy persona non grata": the mission's state is the party
        if doc[i].lemma_.lower() in missions:
            owners = [c for c in doc[i].children if c.dep_ in ("amod", "compound", "nmod", "poss")]
            owners += [o for p in children(doc[i], "prep") if p.lower_ == "of" for o in pobjs(p)]
            state = next((c for c in owners if index.actor(c) is not None and index.actor(c).kind == "country"), None)
            if state is not None or index.actor(doc[i]) is not None:
                return type_, state if state is not None else doc[i]    # (else the mission, named with its state)
    party = next((doc[i] for i in sorted(content) if doc[i].dep_ in _PARTY_DEPS and doc[i].pos_ in ("NOUN", "PROPN")
                  and index.actor(doc[i]) is not None), None)
    return (type_, party) if party is not None else None


def dismissed_party(doc, index: ActorIndex, content: set[int]):
    """The author of the statement a denial by evaluation dismisses ("said the report by X was pure fiction",
    "called X's claims baseless"), or None.

    Args:
        doc: the parsed document.
        index: actor mentions by token.
        content: token indices of the denying content.
    RETURNS (Token | None): the token naming the author (the statement's possessive, "by"/"of"/"from" phrase).
    """
    nouns = event_rules().dismissed_nouns
    for i in sorted(content):
        t = doc[i]
        if t.lemma_.lower() not in nouns or t.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            continue
        cands = [c for c in t.children if c.dep_ == "poss"]
        cands += [o for p in children(t, "prep", "agent") if p.lower_ in ("by", "of", "from") for o in pobjs(p)]
        found = next((c for c in cands if c.pos_ != "PRON" and index.actor(c) is not None), None)
        if found is not None:
            return found
    return None
