"""The agent of a passive act in a state's own announcement: "X announced that 3,000 reservists would be called
up", "the interior ministry said 40 people were arrested".

A state that announces, with no agent, an act only a state does (``announced_types`` in ``data/plover.yaml``:
mobilising, arresting) announces its own act. Announcing verbs ("announce", "confirm", "decree") say so of any state
actor; plain saying verbs only of a state organ (a ministry, the police) and only when the people or units acted on
belong to no party ("X said its citizens were detained" complains of another's act). A helper of ``EventFinder``
(``events.py``).
"""
from __future__ import annotations

from .event_rules import event_rules
from .forces import state_organ
from .grammar import children, verb_subjects
from .lexicons import base

# the actor kinds that speak for a state (a country, its government, an organ of it)
_STATE_KINDS = ("country", "government")


def announcer(finder, v) -> list:
    """The state that announces the agentless passive act at ``v``, as a one-token list, or [].

    Args:
        finder (EventFinder): the sentence's event finder (actor index).
        v: the passive verb.
    RETURNS (list): [the announcer's token] or [].
    """
    rules = event_rules()
    clause = v
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head            # "… were arrested and charged"
    if clause.dep_ != "ccomp":
        return []
    cue = clause.head
    lemma = base(cue)
    saying = lemma in rules.saying_verbs
    if lemma not in rules.announcing_verbs and not saying:
        return []
    speakers = verb_subjects(cue)
    # the speaker itself names the state or organ ("the Zemlish opposition" is no state, though "Zemlish" is)
    m = finder.index.at(speakers[0]) if speakers else None
    if m is None:
        return []
    organ = state_organ(m)
    if not (m.kind in _STATE_KINDS or organ):
        return []
    if saying:
        if m.kind == "country" and not organ:
            return []       # "X said …" of a state at large: often a complaint about another's act
        if any(finder._has_actor([d]) for d in children(v, "nsubjpass")):
            return []       # "its citizens were detained": people of a party, held by someone else
    return speakers[:1]
