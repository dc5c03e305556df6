"""Who a speech act is done to, in the forms the paraphrase suite found lost: a passive's by-agent hung on the
complement clause, a relative pronoun or "whose" as the addressee, coordinated parties, and an agent noun in
apposition to a speaker. Invented states and sentences only."""
from __future__ import annotations

import pytest

from tests.extract.test_paraphrases import events

pytestmark = pytest.mark.model


def _has(found, rel) -> bool:
    return any((s, t, o) == rel and not neg for s, t, o, neg, _ in found)


@pytest.mark.parametrize("text,rel", [
    # the by-phrase of "was urged to …" hung on the complement clause is the requester
    ("Tarkistan was urged to reopen the border by Velmora last week.", ("Velmora", "REQUEST", "Tarkistan")),
    # a relative pronoun is the one urged; a date after "urged on" is no addressee
    ("Tarkistan, which Velmora urged on Monday to reopen the border, refused.", ("Velmora", "REQUEST", "Tarkistan")),
    # "whose plan X rejected": the antecedent's plan is rejected
    ("Tarkistan, whose peace plan Velmora rejected in May, has called new talks.", ("Velmora", "REJECT", "Tarkistan")),
    # coordinated parties each get the act
    ("Velmora accused Tarkistan and Ostrania of piracy on Monday.", ("Velmora", "ACCUSE", "Ostrania")),
    ("Velmora accused Tarkistan and Ostrania of piracy on Monday.", ("Velmora", "ACCUSE", "Tarkistan")),
    ("Velmora rejected the offer of Tarkistan and Ostrania on Monday.", ("Velmora", "REJECT", "Ostrania")),
    # an agent noun in apposition to a speaker is the outlet's own statement
    ("Velmora, Tarkistan's main backer, said on Monday it would send envoys.", ("Velmora", "SUPPORT", "Tarkistan")),
])
def test_speech_parties_found(nlp, text, rel):
    found = events(nlp, text)
    assert _has(found, rel), (text, found)


@pytest.mark.parametrize("text,rel", [
    # a by-phrase of time is no requester
    ("Tarkistan was urged to reopen the border by Friday.", ("Friday", "REQUEST", "Tarkistan")),
    # a conjunct elsewhere in the rejected phrase is not rejected
    ("Velmora rejected the offer of Tarkistan, which Ostrania and Kelbia had studied.", ("Velmora", "REJECT", "Kelbia")),
    # a name in apposition to a speaker states nothing
    ("The Velmoran envoy, Ivo Marsk, said Tarkistan was ready to talk.", ("Velmora", "SUPPORT", "Tarkistan")),
    # "whose" + a noun that is no proposal: nothing of the antecedent is rejected
    ("Tarkistan, whose envoy Velmora rejected in May, has called new talks.", ("Velmora", "REJECT", "Tarkistan")),
])
def test_speech_parties_lookalike(nlp, text, rel):
    found = events(nlp, text)
    assert not _has(found, rel), (text, found)
