"""Events on the structural classes a fifth blind set showed unread (round 4): fronted by-phrases with a "side" agent
and "the sides", relative clauses, gratitude as a converse report, "call X to", agents nested in a group noun, orders
that move units, threats, accusations and denials by evaluation. Invented sentences only."""
from __future__ import annotations

import pytest

from tests.extract.invented import extract, relations

pytestmark = pytest.mark.model


def _rels(nlp, text):
    return relations(*extract(nlp, text))


@pytest.mark.parametrize("text,expected", [
    # a by-phrase put first, its agent a "side" (machine translation)
    ("By the Chadian side were transferred to Niger four howitzers.", ("Chad", "AID", "Niger")),
    # "the sides": the parties the sentence before named together
    ("The presidents of Chad and Niger met in Bamako. By the sides was signed the agreement on cooperation.",
     ("Chad", "AGREE", "Niger")),
    ("Chad and Niger held talks on Monday. The sides signed an agreement on cooperation.", ("Chad", "AGREE", "Niger")),
])
def test_events_unseen5_side_agents(nlp, text, expected):
    rels = _rels(nlp, text)
    assert expected in rels or expected[::-1] in rels, rels


@pytest.mark.parametrize("text", [
    # no two parties named before: no party rather than a guessed one
    "By the sides was signed the agreement on cooperation.",
    "The rebels of the Azawad Front attacked. By the sides was signed the agreement on cooperation.",
])
def test_events_unseen5_sides_without_parties(nlp, text):
    assert not any(t == "AGREE" and (s or o) for s, t, o in _rels(nlp, text))


def test_events_unseen5_fronted_by_date_is_no_agent(nlp):
    assert not any(s for s, t, _ in _rels(nlp, "By Monday, four howitzers were transferred to Niger.") if t == "AID")


@pytest.mark.parametrize("text,expected", [
    # the antecedent of "which" does the clause; "the junta" is not that antecedent
    ("Niger's junta seized power in July. Benin, which supplies most of the junta's fuel, kept silent.",
     ("Benin", "AID", "Niger")),
    ("Chad and Niger are at odds. Togo, which has quietly hosted talks between the two sides, offered help.",
     ("Togo", "CONSULT", "Chad")),
])
def test_events_unseen5_relative_clauses(nlp, text, expected):
    rels = _rels(nlp, text)
    assert expected in rels, rels
    assert not any(s == o and s is not None for s, _, o in rels), rels


@pytest.mark.parametrize("text,expected", [
    ("Niger thanked Chad for the support.", ("Chad", "SUPPORT", "Niger")),
    ("Niger is grateful to Chad for its support.", ("Chad", "SUPPORT", "Niger")),
    ("Niger thanked Chad for the rapid delivery of equipment to the army.", ("Chad", "AID", "Niger")),
    ("The Nigerien minister expressed gratitude to Mali for its fraternal support.", ("Mali", "SUPPORT", "Nigerien")),
    # the support's own beneficiary, when named, stays
    ("Niger thanked Chad for its support for Mali.", ("Chad", "SUPPORT", "Mali")),
])
def test_events_unseen5_gratitude_converse(nlp, text, expected):
    rels = _rels(nlp, text)
    assert expected in rels, rels
    assert (expected[2], expected[1], expected[0]) not in rels, rels


@pytest.mark.parametrize("text", ["Niger asked Chad for support.", "Niger blamed Chad for the attack on Mali."])
def test_events_unseen5_for_phrase_without_thanks(nlp, text):
    # a "for" phrase under a verb that is no thanks says nothing of who gave
    assert ("Chad", "SUPPORT", "Niger") not in _rels(nlp, text)
