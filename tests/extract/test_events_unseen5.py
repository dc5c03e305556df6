"""Events on the structural classes a fifth blind set showed unread (round 4): fronted by-phrases with a "side" agent
and "the sides", relative clauses, gratitude as a converse report, "call X to", agents nested in a group noun, orders
that move units, threats, accusations and denials by evaluation. Invented sentences only."""
from __future__ import annotations

import pytest

from tests.extract.invented import extract, name, relations

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
    # the two who met (subject and "with" partner) are the sides
    ("Chad met with Niger on Monday. The sides signed a memorandum.", ("Chad", "AGREE", "Niger")),
    # "the two countries", "both governments": a pair noun with its number
    ("Chad and Niger signed a deal in May. On Monday the two countries held talks in Bamako.",
     ("Chad", "CONSULT", "Niger")),
    ("Chad and Niger signed a deal in May. On Monday both governments held talks in Bamako.",
     ("Chad", "CONSULT", "Niger")),
    # further back in the same paragraph
    ("The presidents of Chad and Niger met in Bamako. The meeting lasted four hours. Journalists waited outside. By "
     "the sides was signed the agreement on cooperation.", ("Chad", "AGREE", "Niger")),
])
def test_events_unseen5_side_agents(nlp, text, expected):
    rels = _rels(nlp, text)
    assert expected in rels or expected[::-1] in rels, rels


def test_events_unseen5_sides_discuss_a_topic(nlp):
    # "the sides discussed X": the sides with each other; X is the topic, not a party
    claims, by_id = extract(nlp, "Chad met with Niger on Monday. The sides discussed the situation in Mali.")
    discussed = {(name(by_id, c.event.subject_mention), name(by_id, c.event.object_mention)) for c in claims
                 if c.event.trigger == "discussed"}
    assert discussed and all({s, o} == {"Chad", "Niger"} for s, o in discussed), discussed


@pytest.mark.parametrize("text", [
    # no two parties named before: no party rather than a guessed one
    "By the sides was signed the agreement on cooperation.",
    "The rebels of the Azawad Front attacked. By the sides was signed the agreement on cooperation.",
    # the parties of another paragraph are not "the sides"
    "The presidents of Chad and Niger met in Bamako.\n\nJournalists waited outside. By the sides was signed the "
    "agreement on cooperation.",
])
def test_events_unseen5_sides_without_parties(nlp, text):
    assert not any(t == "AGREE" and (s or o) for s, t, o in _rels(nlp, text))


@pytest.mark.parametrize("text", [
    # a pair noun without its number, or with nothing named before, is no pair
    "Chad and Niger signed a deal in May. On Monday the countries of the region held talks in Bamako.",
    "Two countries held talks in Bamako.",
])
def test_events_unseen5_pair_nouns_without_pair(nlp, text):
    claims, by_id = extract(nlp, text)
    talks = [c for c in claims if c.event.trigger == "held talks"]
    assert not any(c.event.subject_mention and c.event.object_mention for c in talks)


def test_events_unseen5_fronted_by_date_is_no_agent(nlp):
    assert not any(s for s, t, _ in _rels(nlp, "By Monday, four howitzers were transferred to Niger.") if t == "AID")


@pytest.mark.parametrize("text,expected", [
    # the antecedent of "which" does the clause; "the junta" is not that antecedent
    ("Niger's junta seized power in July. Benin, which supplies most of the junta's fuel, kept silent.",
     ("Benin", "AID", "Niger")),
    ("Chad and Niger are at odds. Togo, which has quietly hosted talks between the two sides, offered help.",
     ("Togo", "CONSULT", "Chad")),
    # the object of a relative clause: a mandate the junta threatens to revoke is its holder's
    ("Niger's junta seized power in July. The African Union's mandate, which the junta threatens to revoke, expires "
     "in May.", ("Niger", "THREATEN", "African Union")),
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
    # a gerund clause under thanks
    ("Niger thanked Chad for supplying weapons to the army.", ("Chad", "AID", "Niger")),
])
def test_events_unseen5_gratitude_converse(nlp, text, expected):
    rels = _rels(nlp, text)
    assert expected in rels, rels
    assert (expected[2], expected[1], expected[0]) not in rels, rels


@pytest.mark.parametrize("text", ["Niger asked Chad for support.", "Niger blamed Chad for the attack on Mali.",
                                  "Niger asked Chad for help in supplying weapons to the army."])
def test_events_unseen5_for_phrase_without_thanks(nlp, text):
    # a "for" phrase under a verb that is no thanks says nothing of who gave
    assert ("Chad", "SUPPORT", "Niger") not in _rels(nlp, text)


@pytest.mark.parametrize("text,expected", [
    # "call X to V" and "call X to <conduct>" without "on" (machine translation)
    ("Chad called the soldiers of Niger to leave the army.", ("Chad", "REQUEST", "Niger")),
    ("Chad called Niger to restraint.", ("Chad", "REQUEST", "Niger")),
    # a nominal request
    ("A request by Chad for an inquiry was sent to the UN.", ("Chad", "REQUEST", "United Nations")),
])
def test_events_unseen5_calls(nlp, text, expected):
    rels = _rels(nlp, text)
    assert expected in rels, rels


def test_events_unseen5_call_with_no_party_is_a_request(nlp):
    claims, by_id = extract(nlp, "Chad called both sides to restraint.")
    assert any(c.speech_type == "REQUEST" and by_id[c.speaker_mention].name == "Chad" for c in claims)


def test_events_unseen5_summons_is_no_call_to(nlp):
    claims, _ = extract(nlp, "Chad called the ambassador to the ministry.")
    assert not any(c.speech_type == "REQUEST" for c in claims)


@pytest.mark.parametrize("text,expected", [
    # the agent of a participle of doing on the attack noun, through a group noun "of" X
    ("Niger condemned the cowardly attack carried out on Sunday by the gangs of the Azawad Front.",
     ("Azawad Front", "ASSAULT", None)),
    ("The raid launched by the men of the Azawad Front killed six.", ("Azawad Front", "ASSAULT", None)),
])
def test_events_unseen5_nested_agents(nlp, text, expected):
    rels = _rels(nlp, text)
    assert expected in rels, rels


def test_events_unseen5_condemning_is_no_attacking(nlp):
    rels = _rels(nlp, "Mali condemned the attack, which was also condemned by the Azawad Front.")
    assert not any(s == "Azawad Front" and t == "ASSAULT" for s, t, _ in rels), rels


@pytest.mark.parametrize("text,expected", [
    ("The ruling council of Niger ordered two armoured brigades to Agadez.", ("Niger", "MOBILIZE", "Agadez")),
])
def test_events_unseen5_order_moves_units(nlp, text, expected):
    rels = _rels(nlp, text)
    assert expected in rels, rels


@pytest.mark.parametrize("text", [
    "The ruling council of Niger ordered two armoured brigades to withdraw.",   # read on its own, not a move
    "The council of Niger ordered new rifles to Agadez.",                       # no unit moved
])
def test_events_unseen5_order_without_move(nlp, text):
    assert not any(t == "MOBILIZE" and s == "Niger" for s, t, _ in _rels(nlp, text))


@pytest.mark.parametrize("text,expected", [
    ("Chad warned Niger that it will destroy every one of them.", ("Chad", "THREATEN", "Niger")),
    ("Chad threatened to expel the Nigerien force.", ("Chad", "THREATEN", "Nigerien")),
    ("Mali warned that Bamako would review its contribution to Niger's budget.", ("Mali", "THREATEN", "Niger")),
])
def test_events_unseen5_threats(nlp, text, expected):
    rels = _rels(nlp, text)
    assert expected in rels, rels


@pytest.mark.parametrize("text", [
    "Chad warned Niger that the rains will destroy the harvest.",    # an observer's warning
    "Chad told Niger that it will hold elections.",                 # no warning
])
def test_events_unseen5_no_threat(nlp, text):
    assert not any(t == "THREATEN" for _, t, _ in _rels(nlp, text))


def _accusations(nlp, text):
    claims, by_id = extract(nlp, text)
    return {(name(by_id, c.speaker_mention), c.speech_type, name(by_id, c.event.subject_mention)) for c in claims
            if c.speech_type == "ACCUSE"} | {r for r in relations(claims, by_id) if r[1] == "ACCUSE"}


@pytest.mark.parametrize("text,expected", [
    ("Chad accused Niger of waging an information war against Mali.", ("Chad", "ACCUSE", "Niger")),
    # "government" on a noun: the state the article is about
    ("Fighting raged in northern Mali on Sunday. Local mayor Oumar Diallo blamed government artillery for the deaths.",
     ("Oumar Diallo", "ACCUSE", "Mali")),
    # naming an act a wrongdoing accuses its author
    ("Chad called the measures of Niger an act of economic aggression.", ("Chad", "ACCUSE", "Niger")),
    ('Niger imposed new tariffs. Chad called the measures "an act of economic aggression".', ("Chad", "ACCUSE", "Niger")),
    ("Chad described the blockade by Niger as piracy.", ("Chad", "ACCUSE", "Niger")),
])
def test_events_unseen5_accusations(nlp, text, expected):
    found = _accusations(nlp, text)
    assert expected in found, found


@pytest.mark.parametrize("text", [
    "Chad called the measures of Niger a welcome step.",
    "Fighting raged in Mali and Niger on Sunday. Local mayor Oumar Diallo blamed government artillery for the deaths.",
])
def test_events_unseen5_no_accused_party(nlp, text):
    # a praise is no accusation; two states named as often: "government" says neither
    assert not any(s and o for s, t, o in _accusations(nlp, text) if t == "ACCUSE"), _accusations(nlp, text)


def test_events_unseen5_accused_blocking_is_no_rejection(nlp):
    # the content verb of an accusation is not a speech act: blocking patrols is coercion, not a rejection
    rels = _rels(nlp, "She accused the Azawad Front of blocking Malian patrols.")
    assert ("Azawad Front", "COERCE", "Mali") in rels, rels
    assert not any(t == "REJECT" for _, t, _ in rels), rels


@pytest.mark.parametrize("text,author", [
    ('Niger said the report was "pure fiction".', None),
    ("Niger said the report by Chad was pure fiction.", "Chad"),
    ("Niger called Chad's claims baseless.", "Chad"),
])
def test_events_unseen5_denial_by_evaluation(nlp, text, author):
    claims, by_id = extract(nlp, text)
    denials = [c for c in claims if c.stance == "denies" and c.speech_type == "REJECT"]
    assert denials and name(by_id, denials[0].speaker_mention) == "Niger"
    assert name(by_id, denials[0].event.object_mention) == author


def test_events_unseen5_evaluation_that_is_no_denial(nlp):
    claims, _ = extract(nlp, "Niger said the report by Chad was accurate.")
    assert not any(c.stance == "denies" for c in claims)
