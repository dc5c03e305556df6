"""A state's police and security forces named with no owner: "police arrested …", "riot police fired tear gas",
"the security forces blocked the road".

News names a state's forces of order by their kind alone when the state is the one the article is about. With no
owner of their own (no demonym, possessive or "of" phrase; those are read by the actors stage and the knowledge
base's generic "police" institution), they stand for the state the article named last that is not another party of
the same clause, the way "the regime" does (``referents.state_noun``). The words are ``force_nouns`` in
``data/plover.yaml``. A helper of ``ActorIndex`` (``arguments.py``).
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

from .. import data
from ..model import Mention

# How far back (characters) the forces may look for the state they serve (as "the regime" does).
FORCE_WINDOW = 2500
OWNER_DEPS = ("poss", "nmod")


@lru_cache(maxsize=1)
def force_nouns() -> frozenset[str]:
    """The phrases for a state's forces of order (``force_nouns`` of data/plover.yaml), lower case."""
    return frozenset(w.lower() for w in data.load("plover.yaml").get("force_nouns") or [])


@lru_cache(maxsize=1)
def _force_heads() -> frozenset[str]:
    """The last words of ``force_nouns`` (a phrase's head), once (speed: was a set built per noun asked)."""
    return frozenset(n.split()[-1] for n in force_nouns())


def force_state(index, token) -> Mention | None:
    """The state that forces of order named with no owner serve.

    Args:
        index (ActorIndex): the document's actor index.
        token: the head noun ("police", "forces").
    RETURNS (Mention | None): an alias mention at the phrase for the state, or None.
    """
    nouns = force_nouns()
    if token.lower_ not in _force_heads():
        return None
    mods = [c for c in token.children if c.dep_ in ("compound", "amod") and c.i < token.i]
    phrase = " ".join([c.lower_ for c in mods] + [token.lower_])
    if phrase not in nouns and token.lower_ not in nouns:
        return None
    if any(c.dep_ in OWNER_DEPS for c in token.children) or \
            any(c.dep_ == "prep" and c.lower_ in ("of", "in", "from") for c in token.children):
        return None         # "its police", "the police of X", "police in X": the owner or seat is named
    if any(c.pos_ == "PROPN" or index.at(c) is not None for c in mods):
        return None         # "Zemlish police", "the Karsk police": the owner is named, other rules read it
    if any(c.dep_ == "det" and c.lower_ in ("a", "an", "some", "any", "no") for c in token.children):
        return None         # "a police officer", "some security forces": not the state's forces as a body
    verb = token.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    others = {index.at(t).name for t in verb.subtree if t.i != token.i and index.at(t) is not None}
    m = _served_state(index, token, others)
    if m is None:
        return None
    return index.alias_phrase(token, m)


def state_organ(m: Mention) -> bool:
    """Is ``m`` an organ of a state: its government, or a state institution of the knowledge base ("the Zemlish
    interior ministry") with the state it belongs to?"""
    return m.kind == "government" and bool(m.affiliation) or \
        m.kind == "organization" and bool(m.affiliation) and (m.kb_id or "").startswith("inst:")


def _served_state(index, token, others: set[str]) -> Mention | None:
    """The state forces of order serve: the one state their sentence names outside the clause's parties, else the
    state the article named most before them (the first named on a tie), within ``FORCE_WINDOW``.

    Args:
        index (ActorIndex): the document's actor index.
        token: the head noun.
        others (set[str]): the names of the clause's other parties.
    RETURNS (Mention | None): a mention of the state, or None.
    """
    sent = token.sent
    states = [m for m in index.mentions if m.kind == "country" and not m.pronoun and m.name not in others
              and token.idx - FORCE_WINDOW <= m.start and m.end <= sent.end_char]
    here = [m for m in states if m.start >= sent.start_char]
    if len({m.name for m in here}) == 1:
        return here[0]      # "police in the Zemlish capital …", "… across Zemland, police said"
    if not here:
        # "police arrested 40 people, the Zemlish interior ministry said": the one state organ the sentence names
        organs = [m for m in index.mentions if state_organ(m) and
                  not m.pronoun and m.name not in others and sent.start_char <= m.start and m.end <= sent.end_char]
        if len({m.affiliation for m in organs}) == 1:
            return organs[0]
    before = [m for m in states if m.end <= token.idx]
    if not before:
        return None
    counts = Counter(m.name for m in before)
    first = {}
    for m in before:
        first.setdefault(m.name, m.start)
    best = max(counts, key=lambda n: (counts[n], -first[n]))
    return next(m for m in reversed(before) if m.name == best)
