"""Descriptors an article could not place ("federal troops" in an article that never gives the state's federal
name, "the rebels" where it names no movement), placed by the corpus.

``extract.descriptors`` leaves such a phrase with a placeholder: the state ``FEDERAL`` or the movement
``MOVEMENT``. The corpus knows more: one state some article names by a federal formal name ("the Federal Republic of
X"), one armed movement the articles name. A placeholder takes that state or movement when the corpus has exactly
one and the placeholder's own article names a state tied to it (the state itself; for a movement, a state named in
one of the movement's articles), so "federal agents" in an unrelated story stay no one's. Nodes are re-keyed in
place, before the name passes join them: a state's descriptor becomes a node of the state, "the federal government"
the state's government ("government (X)"), "the federal army" the state's army, "the rebels" the movement.
"""
from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict

from ..extract.descriptors import FEDERAL, MOVEMENT, SHAPE, federal_form, is_movement
from ..extract.kb import get_kb, name_key
from ..extract.names import is_acronym, org_key, translit
from .capitals import governed_place
from .nodes import _UNSET


def _state_fold(key: str) -> str:
    """A state's key however spelt ("Norvaniya"/"Norvania"), as countries are merged."""
    k = name_key(key)
    return (translit(k) or k).rstrip("aeiouy") if " " not in k else k


def _group_fold(key: str) -> str:
    """An organisation's name however transliterated, loosely ("Velmar Front" ~ "Velmarskiy Front")."""
    return " ".join(sorted((translit(w) or w)[:5] for w in org_key(key).split()))


def place_descriptors(nodes: list, states=None) -> None:
    """Give the corpus's one federal state and one armed movement to the placeholders of ``extract.descriptors``.

    nodes (list[Node]): the corpus' nodes, after ``kinds.retype`` (changed in place).
    states (CorpusStates | None): what the corpus learned (a capital or a government names its state too).
    """
    holders = [n for n in nodes if any(m.kb_id == SHAPE or m.affiliation == FEDERAL for m in n.mentions)]
    if not holders:
        return _respell_governments(nodes)
    states_in: dict[str, set[str]] = defaultdict(set)   # document -> folded keys of the states it names
    capitals = states.capitals if states is not None else {}
    for n in nodes:
        if n.kind == "country":
            states_in[n.doc].add(n.kb_id or _state_fold(n.key))
        elif n.kind == "government" and governed_place(n.key) is not None:
            states_in[n.doc].add(_state_fold(governed_place(n.key)))  # "the regime in <its capital>"
        elif name_key(n.key) in capitals:
            states_in[n.doc].add(_state_fold(capitals[name_key(n.key)]))     # "In <its capital>, ..."
    _federal(nodes, holders, states_in)
    _movement(nodes, holders, states_in)
    _unplaced(holders)
    _respell_governments(nodes)


def _unplaced(holders: list) -> None:
    """A placeholder the corpus could not place is the phrase as written ("federal troops", "the rebels"), of no
    state: never an actor named after the placeholder, never a country."""
    for n in holders:
        if FEDERAL not in n.key and n.key != MOVEMENT:
            continue
        name = next((m.name for m in n.named), None) or n.key
        n.key = re.sub(r"(?i)^the\s+", "", name)
        if n.kind == "country":
            n.kind = "other"
        n.mentions[:] = [dataclasses.replace(m, affiliation=None, affiliation_kb=None,
                                             kb_id=None if m.kb_id == SHAPE else m.kb_id,
                                             kind="other" if m.kind == "country" else m.kind)
                         if m.affiliation == FEDERAL or m.kb_id == SHAPE else m for m in n.mentions]
        n._named, n._kb_id = None, _UNSET


def _respell_governments(nodes: list) -> None:
    """One key for the government of one state spelt two ways ("government (Norvaniya)" of a translation,
    "government (Norvania)" of a wire): the spelling most nodes use, so the name pass joins them as it joins the
    state's own spellings."""
    spellings: dict[str, Counter] = defaultdict(Counter)
    governments = [n for n in nodes if n.kind == "government" and governed_place(n.key) is not None and
                   " " not in governed_place(n.key)]
    for n in governments:
        state = governed_place(n.key)
        spellings[_state_fold(state)][state] += 1
    for n in governments:
        state = governed_place(n.key)
        best = spellings[_state_fold(state)].most_common(1)[0][0]
        if best != state:
            n.key = f"government ({best})"


def _federal(nodes: list, holders: list, states_in: dict[str, set[str]]) -> None:
    kb = get_kb()
    found: dict[str, Counter] = defaultdict(Counter)    # the federal state (folded) -> its keys as written
    for n in nodes:
        if n.kind != "country" or n.key == FEDERAL:
            continue
        entry = kb.entries.get(n.kb_id or "")
        forms = [m.name for m in n.named] + (kb.written.get(entry.id, []) if entry is not None else [])
        if any(federal_form(f) for f in forms):
            found[n.kb_id or _state_fold(n.key)][n.key] += 1
    if len(found) != 1:
        return          # no federal state, or two: "federal" names none of them for sure
    fold, keys = next(iter(found.items()))
    key = keys.most_common(1)[0][0]
    for n in holders:
        if fold not in states_in.get(n.doc, set()):
            continue    # the article does not name that state: its "federal" may be another's
        known = fold if ":" in fold else None   # a state of the knowledge base: its id
        if n.key == FEDERAL:
            n.key = key     # "federal troops": the state
            n.mentions[:] = [dataclasses.replace(m, kb_id=known) if m.kb_id == SHAPE else m for m in n.mentions]
        elif FEDERAL in n.key:
            n.key = n.key.replace(FEDERAL, key)     # "government (X)", "army (X)"
        else:
            continue
        n.mentions[:] = [dataclasses.replace(m, affiliation=key, affiliation_kb=known) if m.affiliation == FEDERAL
                         else m for m in n.mentions]
        n._named, n._kb_id = None, _UNSET


def _movement(nodes: list, holders: list, states_in: dict[str, set[str]]) -> None:
    found: dict[str, list] = defaultdict(list)      # the movement (folded) -> its nodes
    for n in nodes:
        if n.key != MOVEMENT and any(is_movement(m) and not is_acronym(m.name) for m in n.named):
            found[_group_fold(n.key)].append(n)
    if len(found) != 1:
        return
    own = next(iter(found.values()))
    key = Counter(n.key for n in own).most_common(1)[0][0]
    kind = Counter(n.kind for n in own).most_common(1)[0][0]
    tied = {s for n in own for s in states_in.get(n.doc, set())}    # states named beside the movement
    for n in holders:
        if n.key == MOVEMENT and states_in.get(n.doc, set()) & tied:
            n.key, n.kind = key, kind

