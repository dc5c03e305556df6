"""The agent of a passive act in a state's own announcement: "X announced that 3,000 reservists would be called
up", "the interior ministry said 40 people were arrested".

A state that announces, with no agent, an act only a state does (``announced_types`` in ``data/plover.yaml``:
mobilising, arresting) announces its own act. Announcing verbs ("announce", "confirm", "decree") say so of any state
actor; plain saying verbs only of a state organ (a ministry, the police) and only when the people or units acted on
belong to no party ("X said its citizens were detained" complains of another's act). The same holds for an active
act of units no party owns ("the X defence ministry said units on the exercise would return to their barracks",
``unit_announcer``). A helper of ``EventFinder`` (``events.py``).
"""
from __future__ import annotations

from .event_rules import event_rules
from .forces import state_organ
from .grammar import children, verb_subjects
from .lexicons import base

# the actor kinds that speak for a state (a country, its government, an organ of it)
_STATE_KINDS = ("country", "government")


def announcer(finder, v, units: bool = False) -> list:
    """The state that announces the agentless passive act at ``v``, as a one-token list, or [].

    Args:
        finder (EventFinder): the sentence's event finder (actor index).
        v: the passive verb (or, with ``units``, the active verb of unowned units).
        units (bool): the act is done by units no party owns (no passive subject to test).
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
        if not units and any(finder._has_actor([d]) for d in children(v, "nsubjpass")):
            return []       # "its citizens were detained": people of a party, held by someone else
    return speakers[:1]


def unit_announcer(finder, v, subjects) -> list:
    """The state whose announcement says that units no party owns do the act at ``v`` ("the X defence ministry said
    units taking part in the exercise would return to their barracks"), as a one-token list, or [].

    Args:
        finder (EventFinder): the sentence's event finder (actor index).
        v: the verb of the act, in the announcement's clause.
        subjects (list): the verb's subject tokens (none of them an actor).
    RETURNS (list): [the announcer's token] or [].
    """
    if not subjects:
        return []
    unit = subjects[0]
    if unit.dep_ == "csubj":
        # "units taking part in … would return": the parser makes the participle phrase the subject
        unit = next(iter(children(unit, "nsubj")), unit)
    if unit.lemma_.lower() not in event_rules().state_force_nouns or unit.pos_ != "NOUN" or \
            any(c.dep_ in ("poss", "amod", "compound", "nmod") and finder._has_actor([c]) for c in unit.children):
        return []       # (not "Y's troops", "the Y units": their owner acts)
    return announcer(finder, v, units=True)
