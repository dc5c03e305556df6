"""The corpus stage's speed paths give what the plain computation gives (round 6, corpus8).

Each fast path (an index built once, a cheap gate before a costly step) is checked against the
slow reading it replaces, on invented names and sentences, including the look-alikes the gate must
not change.
"""
from __future__ import annotations

import pytest

from claimgraph.resolve.kinds import CorpusStates, capital_fold
from claimgraph.resolve.text import words


def _slow_final_vowel(states: CorpusStates, key: str) -> str | None:
    """The final-vowel reading of ``state_of_demonym`` as it was: every learned name folded per call."""
    from claimgraph.extract.names import translit

    folded = {translit(k): v for k, v in states.names.items() if " " not in k}
    found = {v for k, v in folded.items() if capital_fold(k) == capital_fold(key)}
    return found.pop() if len(found) == 1 else None


@pytest.mark.parametrize("text,state", [
    ("Quarnie", "Quarnia"),        # another final vowel of a learned state
    ("Quarnian", "Quarnia"),       # its demonym
    ("Tessaly", None),             # folds like two learned states: no single answer
    ("Borvik", None),              # a word no learned state folds to
    ("Mar", None),                 # too short a stem to read
])
def test_state_of_demonym_fold_index(text, state):
    states = CorpusStates(names={"quarnia": "Quarnia", "tessala": "Tessala", "tessale": "Tessale Republic"})
    assert states.state_of_demonym(text) == state


def test_state_of_demonym_fold_index_matches_slow_reading():
    states = CorpusStates(names={"quarnia": "Quarnia", "tessala": "Tessala", "tessale": "Tessale Republic",
                                 "dravonia": "Dravonia"})
    for key in ("quarnie", "tessalo", "dravoni", "dravonie", "velmar", "quarno"):
        if key in states.names:
            continue
        fast = states.state_of_demonym(key)
        slow = _slow_final_vowel(states, key)
        if slow is not None:
            assert fast == slow


def test_state_of_demonym_fold_index_follows_new_names():
    """A state learned after the first look-up is found: the index is rebuilt when names grow."""
    states = CorpusStates(names={"quarnia": "Quarnia"})
    assert states.state_of_demonym("Velkore") is None
    states.names["velkora"] = "Velkora"
    assert states.state_of_demonym("Velkore") == "Velkora"
    states.names["velkori"] = "Velkori Union"   # now two states fold alike: no single answer
    assert states.state_of_demonym("Velkore") is None


@pytest.mark.parametrize("text,expected", [
    ("Ostmark jets struck the depot", ["Ostmark", "jets", "struck", "the", "depot"]),
    ("the minister's visit to Dunmere", ["the", "minister", "visit", "to", "Dunmere"]),
    ("some 12,500 troops", ["some", "12500", "troops"]),           # thousands joined
    ("two MiG-29s and a Su-24", ["two", "MiG29", "and", "a", "Su24"]),   # designations joined
    ("on May 27 the F-16 flew", ["on", "May", "27", "the", "F16", "flew"]),
    ("12, 500 and 7", ["12", "500", "and", "7"]),                    # not a thousands separator
])
def test_words_digit_gate(text, expected):
    assert words(text) == expected
