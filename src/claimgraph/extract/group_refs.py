"""Definite descriptions of a named group ("the group", "the militia", "the movement" after "the Valley Guard
(VG) attacked ..."): the most recent group the article names, never a state's own organ.

"The army accused the group of firing on a patrol" after "the Valley Guard attacked a checkpoint, the
Ostrevian army said": the nearest armed actor is the state's army, but a state's army, police or ministry is
called by its own noun ("the army"), never "the group"; the group is the Valley Guard. A noun with its own
"of" phrase ("the group of seven", "a group of residents") describes no one named before.
"""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from .. import data
from ..model import Mention

# mention kinds that are never a group named before ("the group" is no state, person or place)
NOT_GROUPS = frozenset({"person", "place", "country", "government", "media"})


def state_organ(m: Mention) -> bool:
    """A state's own institution ("the Ostrevian army", "the port authority": a generic knowledge-base entry) or an
    international body ("the UN"): no group (a group a state backs, known by its own name, stays a group)."""
    return (m.kb_id or "").startswith(("inst:", "body:"))


@lru_cache(maxsize=1)
def group_plurals() -> frozenset[str]:
    """Plural nouns that call back a named armed group ("the rebels", "the insurgents"): institutions.yaml."""
    return frozenset(w.lower() for w in data.load("institutions.yaml").get("group_plurals", []) if " " not in w)


def group_kinds(token, group_nouns: dict[str, list[str]]) -> list[str] | None:
    """The kinds of actor a definite noun may call back: plover.yaml's group nouns ("the group"), or an armed
    group for a plural of institutions.yaml's ``group_plurals`` ("the rebels")."""
    kinds = group_nouns.get(token.lemma_.lower())
    if kinds is None and token.tag_ == "NNS" and token.lower_ in group_plurals():
        kinds = ["armed_group"]
    return kinds


def own_of_phrase(token) -> bool:
    """"the group of seven", "the group of residents": the noun is told by its own "of" phrase of a number or
    of people (not "accused the group of firing", where the parser may hang the act on the noun)."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and
               any(o.dep_ == "pobj" and (o.pos_ == "NUM" or o.tag_ in ("NNS", "NNPS")) for o in c.children)
               for c in token.children)


def named_group_before(ordered: list[Mention], starts: list[int], token, kinds: set[str],
                       window: int = 1500) -> Mention | None:
    """The last group of ``kinds`` named before ``token`` that is no state's organ, or None.

    ordered (list[Mention]): the document's mentions sorted by start.
    starts (list[int]): their starts (for bisect).
    token (Token): the definite noun ("group").
    kinds (set[str]): the kinds of actor the noun names (plover.yaml group_nouns).
    window (int): how far back to look, in characters.
    RETURNS (Mention | None): the group.
    """
    if own_of_phrase(token):
        return None
    i = bisect_right(starts, token.idx) - 1
    # "the movement" is the last group named "... Movement", however far back and whatever was named since (a
    # council named later is no movement)
    noun = token.lemma_.lower()
    for m in reversed(ordered[:i + 1]):
        if m.end <= token.idx and not m.pronoun and m.kind in kinds and " " in m.name and \
                m.name.split()[-1].lower() == noun and not state_organ(m):
            return m
    while i >= 0:
        m = ordered[i]
        if token.idx - m.end > window:
            return None
        if m.end <= token.idx and not m.pronoun and m.kind in kinds and m.kind not in NOT_GROUPS and \
                m.name[:1].isupper() and not state_organ(m):
            return m
        i -= 1
    return None
