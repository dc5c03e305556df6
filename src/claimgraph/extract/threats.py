"""Who a warning threatens and who a demand asks: parties read from the reported clause.

"X warned that Y would close the border" is a threat to Y when the clause speaks of harm still to come
(a future auxiliary or a condition); "X demanded that Y withdraw" asks Y. The reporting verb and its
speaker come from attribution; these helpers find the other party.
"""
from __future__ import annotations

from .arguments import ActorIndex
from .grammar import future_harm
from .lexicons import Plover, base

_PARTY_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "appos")


def warned_party(doc, index: ActorIndex, lex: Plover, cue_tokens: list[int], speaker_head, content: set[int],
                 hits: list):
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
    RETURNS (Token | None): a token naming the threatened party; None when the cue is no warning, the clause
        is no threat, or it names no party other than the speaker's own side.
    """
    if not cue_tokens or base(doc[cue_tokens[0]]) not in lex.warning_cues or \
            not future_harm(doc, content, lex.future_markers):
        return None
    me = index.actor(speaker_head) if speaker_head is not None else None
    own = {x for x in (me.name, me.local_key, me.affiliation) if x} if me is not None else set()

    def is_own(t) -> bool:
        if t.lower_ in ("we", "i") or any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in t.children):
            return True                 # "we will respond", "her forces would strike"
        m = index.actor(t)
        return m is not None and bool({m.name, m.local_key} & own)

    doers = [doc[i] for i in sorted(content) if doc[i].dep_ == "nsubj" and any(
        c.dep_ == "aux" and c.lower_ in lex.future_markers for c in doc[i].head.children)]
    conditional = any(doc[i].dep_ == "mark" and doc[i].lower_ in lex.future_markers for i in content)
    if not conditional and not any(is_own(t) for t in doers):
        return None
    heads = [t for h in hits for t in h.objects + h.subjects]
    heads += [doc[i] for i in sorted(content) if doc[i].pos_ in ("PROPN", "NOUN") and doc[i].dep_ in _PARTY_DEPS]
    for t in heads:
        if t.pos_ != "PRON" and index.actor(t) is not None and not is_own(t):
            return t
    return None


def asked_party(index: ActorIndex, cue):
    """The one a demand asks when it is the subject of the demanded clause ("demanded that X withdraw").

    Args:
        index: actor mentions by token.
        cue: the reporting verb.
    RETURNS (Token | None): the clause subject naming an actor, or None.
    """
    return next((s for x in cue.children if x.dep_ == "ccomp" for s in x.children
                 if s.dep_ == "nsubj" and index.actor(s) is not None), None)


def first_person(tokens) -> bool:
    """Do ``tokens`` stand for the speaker ("we", "I") in quoted speech?

    Args:
        tokens: the subject tokens of an event.
    RETURNS (bool): whether the only subject is a first-person pronoun.
    """
    return len(tokens) == 1 and tokens[0].lower_ in ("we", "i")


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
    if not any(x.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in x.children)
               and base(x) not in lex.calling_purposes for x in cue.children):
        return None
    return next((o for o in cue.children if o.dep_ == "dobj" and index.actor(o) is not None), None)
