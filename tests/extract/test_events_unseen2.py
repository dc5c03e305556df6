"""Events on the constructions a blind set showed unread (round 3, second wave): passive agents in coordinated,
fronted, participle and progressive dress, relative clauses, converse verbs of receiving, reciprocal subjects,
events inside accusations and denials, and alert / walk-out / transit phrases. Invented sentences only."""
from __future__ import annotations

import pytest

from tests.extract.invented import extract, name, relations

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,expected", [
    # the agent of the last coordinated participle does every one
    ("The town of Pelkovo was shelled and seized by Chad on Sunday.", ("Chad", "ASSAULT", "Pelkovo")),
    ("The villages of Niger were shelled, looted and burned by Chad.", ("Chad", "ASSAULT", "Niger")),
    # a by-phrase put first (machine translation)
    ("By Chad were transferred two batteries to Niger.", ("Chad", "AID", "Niger")),
    # the one operating a thing does what it does; a crewed thing is its crew's
    ("Drones operated by Chad struck Niger on Monday.", ("Chad", "ASSAULT", "Niger")),
    ("Niger seized a tanker crewed by Chad.", ("Niger", "COERCE", "Chad")),
    # a progressive passive
    ("The Nigerien militia is being armed by Chad.", ("Chad", "AID", "Nigerien")),
    # a demonym on the agent stands for the state the article names
    ("Varnesia kept silent. The port of Niger was attacked by Varnesian gunboats.", ("Varnesia", "ASSAULT", "Niger")),
])
def test_events_unseen2_passive_agents(nlp, text, expected):
    claims, by_id = extract(nlp, text)
    assert expected in relations(claims, by_id), relations(claims, by_id)


def test_events_unseen2_by_date_is_no_agent(nlp):
    claims, by_id = extract(nlp, "By Monday, two batteries were transferred to Niger.")
    assert not any(s is not None for s, t, _ in relations(claims, by_id) if t == "AID")


@pytest.mark.parametrize("text,expected", [
    ("Chad's Sahel Brigade, which Mali coordinated with Niger, advanced.", ("Mali", "COOPERATE", "Niger")),
    ("The Nigerien convoy that Chad attacked was destroyed.", ("Chad", "ASSAULT", "Nigerien")),
])
def test_events_unseen2_relative_clauses(nlp, text, expected):
    claims, by_id = extract(nlp, text)
    assert expected in relations(claims, by_id), relations(claims, by_id)


@pytest.mark.parametrize("text,expected", [
    ("Niger will receive the support of Chad.", ("Chad", "SUPPORT", "Niger")),
    ("Niger enjoys the backing of Chad.", ("Chad", "SUPPORT", "Niger")),
    ("Niger received weapons from Chad.", ("Chad", "AID", "Niger")),
    ("Niger has the support of Chad.", ("Chad", "SUPPORT", "Niger")),
    ("With the support of Chad, Niger attacked Mali.", ("Chad", "SUPPORT", "Niger")),
])
def test_events_unseen2_converse_receiving(nlp, text, expected):
    claims, by_id = extract(nlp, text)
    rels = relations(claims, by_id)
    assert expected in rels, rels
    assert (expected[2], expected[1], expected[0]) not in rels      # the direction: the giver does it


def test_events_unseen2_sought_support_is_not_given(nlp):
    claims, by_id = extract(nlp, "Niger sought the support of Chad.")
    assert ("Chad", "SUPPORT", "Niger") not in relations(claims, by_id)


@pytest.mark.parametrize("text,pair", [
    ("Chad and Niger met in Geneva on Monday.", ("Chad", "Niger")),
    ("Chad and Niger agreed to a truce.", ("Chad", "Niger")),
    ("Chad and Niger have cooperated closely.", ("Chad", "Niger")),
])
def test_events_unseen2_reciprocal_subjects_pair_each_other(nlp, text, pair):
    claims, by_id = extract(nlp, text)
    rels = relations(claims, by_id)
    assert any({s, o} == set(pair) for s, _, o in rels), rels
    assert not any(s == o for s, _, o in rels), rels


def test_events_unseen2_split_subject_list(nlp):
    # the parser hangs the first item of "A, B and C" apart from "B and C": every pair meets, none meets itself
    claims, by_id = extract(nlp, "Chad, Niger and Mali met in Geneva.")
    pairs = {frozenset((s, o)) for s, t, o in relations(claims, by_id) if t == "CONSULT"}
    assert pairs == {frozenset(p) for p in (("Chad", "Niger"), ("Chad", "Mali"), ("Niger", "Mali"))}


def test_events_unseen2_accusation_carries_the_event(nlp):
    claims, by_id = extract(nlp, "Mali accused Chad of launching the attack on Niger.")
    hit = [c for c in claims if c.event.type == "ASSAULT"]
    assert hit and name(by_id, hit[0].event.subject_mention) == "Chad"
    assert name(by_id, hit[0].event.object_mention) == "Niger"
    assert name(by_id, hit[0].speaker_mention) == "Mali" and hit[0].speech_type == "ACCUSE"


@pytest.mark.parametrize("text", [
    "Chad insists it played no part in the attack on Niger.",
    "Chad said it had nothing to do with the attack on Niger.",
    "Chad says it was not involved in the attack on Niger.",
    "Chad said it took no part in the attack on Niger.",
])
def test_events_unseen2_denial_in_content(nlp, text):
    claims, by_id = extract(nlp, text)
    hit = [c for c in claims if c.event.type == "ASSAULT"]
    assert hit, relations(claims, by_id)
    assert hit[0].stance == "denies" and hit[0].event.negated
    assert name(by_id, hit[0].event.subject_mention) == "Chad"


def test_events_unseen2_plain_attack_in_content_is_asserted(nlp):
    claims, _ = extract(nlp, "Chad said it played a part in the attack on Niger.")
    hit = [c for c in claims if c.event.type == "ASSAULT"]
    assert hit and hit[0].stance != "denies" and not hit[0].event.negated


@pytest.mark.parametrize("text,expected", [
    ("Chad put its forces on alert.", ("Chad", "MOBILIZE", None)),
    ("Chad ordered warships to move to the coast of Niger.", ("Chad", "MOBILIZE", "Niger")),
    ("Chad placed its troops on high alert.", ("Chad", "MOBILIZE", None)),
    ("Niger ordered two frigates to sail to the coast of Mali.", ("Niger", "MOBILIZE", "Mali")),
    ("Chad walked out of the talks with Niger.", ("Chad", "REJECT", "Niger")),
    ("Chad suspended transit of Niger's gas.", ("Chad", "SANCTION", "Niger")),
])
def test_events_unseen2_alert_walkout_transit(nlp, text, expected):
    claims, by_id = extract(nlp, text)
    assert expected in relations(claims, by_id), relations(claims, by_id)


def test_events_unseen2_put_forward_is_no_mobilisation(nlp):
    claims, by_id = extract(nlp, "Chad put its proposal on the table.")
    assert not any(t == "MOBILIZE" for _, t, _ in relations(claims, by_id))
