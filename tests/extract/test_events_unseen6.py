"""Events on the failure classes a blind set showed unread in round 5: missing triggers and frames (attacks by
hammering, overrunning and "operations", coercion of shipping, call-ups and mobilisations, aid in money and food,
sanctions agreed, contact, brokered swaps, defiance, naming a culprit, evidence cited against a party). Each class has
positive sentences in several phrasings and a look-alike that must not give the event. Invented sentences only."""
from __future__ import annotations

import pytest

from tests.extract.invented import extract, name, relations

pytestmark = pytest.mark.model


def _rels(nlp, text):
    return relations(*extract(nlp, text))


@pytest.mark.parametrize("text,expected", [
    # attacks: hammer, pummel, overrun (positions, not only places)
    ("Chadian howitzers hammered Sudanese positions overnight.", ("Chad", "ASSAULT", "Sudan")),
    ("Chadian units overran Sudanese positions near the river.", ("Chad", "ASSAULT", "Sudan")),
    # "operations" with a military modifier or a party they are against
    ("The Chadian army conducted operations against Sudanese smugglers.", ("Chadian army", "ASSAULT", "Sudan")),
    ("Chad carried out security operations in Sudan.", ("Chad", "ASSAULT", "Sudan")),
    # shipping turned back or stopped: the owner of the boats is coerced
    ("Chadian patrol boats turned back Sudanese trawlers.", ("Chad", "COERCE", "Sudan")),
    ("Chad stopped a Sudanese ferry off the coast.", ("Chad", "COERCE", "Sudan")),
    # calling up reserves, a mobilisation approved or announced, mortars moved
    ("Chad called up 4,000 reservists.", ("Chad", "MOBILIZE", None)),
    ("Chad's president approved the call-up of 6,000 reservists.", ("Chad", "MOBILIZE", None)),
    ("Chad announced the mobilisation of 9,000 troops.", ("Chad", "MOBILIZE", None)),
    ("Chad moved mortars into the border town of Tine.", ("Chad", "MOBILIZE", "Tine")),
    # aid in food and money
    ("Sudan delivered 30 tonnes of flour to Chad.", ("Sudan", "AID", "Chad")),
    ("Sudan allocated $2 million for a clinic in Chad.", ("Sudan", "AID", "Chad")),
    ("Sudan pledged 5 million euros to Chad.", ("Sudan", "AID", "Chad")),
    ("Sudan gave 7 million dollars in aid to Chad.", ("Sudan", "AID", "Chad")),
    # sanctions agreed, adopted or widened
    ("The EU agreed an embargo on Chad.", ("European Union", "SANCTION", "Chad")),
    ("The EU adopted new sanctions on Chad.", ("European Union", "SANCTION", "Chad")),
    ("The EU announced sanctions on Chad.", ("European Union", "SANCTION", "Chad")),
    # contact and mediation
    ("Sudan is in contact with Chad.", ("Sudan", "CONSULT", "Chad")),
    ("Sudan remained in talks with Chad.", ("Sudan", "CONSULT", "Chad")),
    ("Qatar brokered a prisoner swap between Chad and Sudan.", ("Qatar", "CONSULT", "Chad")),
    # a crowd rallying in defiance of a party protests against it
    ("Hundreds rallied in Abeche in defiance of the Sudanese junta.", (None, "PROTEST", "Sudan")),
    # naming a culprit, citing evidence of a party's act
    ("Chad named Sudan as the sponsor of the raid.", ("Chad", "ACCUSE", "Sudan")),
    ("Chad identified Sudan as the mastermind.", ("Chad", "ACCUSE", "Sudan")),
    ("Chad presented the drones as evidence that Sudan was arming the militia.", ("Chad", "ACCUSE", "Sudan")),
    ("Chad cited the drones as proof that Sudan is arming the rebels.", ("Chad", "ACCUSE", "Sudan")),
])
def test_events_unseen6_triggers(nlp, text, expected):
    rels = _rels(nlp, text)
    assert expected in rels, rels


@pytest.mark.parametrize("text,absent", [
    ("The negotiators hammered out a deal with Sudan in Chad.", "ASSAULT"),
    ("Chad carried out rescue operations in Sudan.", "ASSAULT"),
    ("Chadian boats carried Sudanese traders to the market.", "COERCE"),
    ("Chad called the reservists heroes.", "MOBILIZE"),
    ("Chad approved the call for talks with Sudan.", "MOBILIZE"),
    ("Sudan allocated $2 million for its own roads.", "AID"),
    ("The EU agreed with Chad on trade.", "SANCTION"),
    ("Chad named Sudan as the host of the summit.", "ACCUSE"),
    ("Chad cited the figures as proof that its economy is growing.", "ACCUSE"),
    ("Hundreds rallied in Abeche in defiance of the heat.", "ACCUSE"),
])
def test_events_unseen6_lookalikes(nlp, text, absent):
    rels = _rels(nlp, text)
    assert not any(t == absent and (s or o) for s, t, o in rels), rels


def test_events_unseen6_date_is_no_particle(nlp):
    # "called up … on Monday": "on Monday" is a date, not the particle of "call on"
    rels = _rels(nlp, "Chad called up 4,000 reservists on Monday.")
    assert ("Chad", "MOBILIZE", None) in rels, rels


@pytest.mark.parametrize("text,expected", [
    # people held are the whole target of an arrest: the doer alone is a relation
    ("The Chadian navy intercepted a Sudanese ferry, detained 12 sailors and towed the vessel to port.",
     ("Chadian navy", "COERCE", None)),
    ("Chad detained the ferry's twelve sailors.", ("Chad", "COERCE", None)),
    # a by-phrase opening the sentence whose common noun names a party (machine translation)
    ("By the coast guard of Chad were detained 9 Sudanese fishermen.", ("coast guard of Chad", "COERCE", "Sudan")),
    ("By the Chadian coast guard were detained 9 Sudanese fishermen.", ("Chadian coast guard", "COERCE", "Sudan")),
    # a state's own announcement of an act only a state does, in the passive with no agent
    ("Chad announced that 3,000 reservists would be called up.", ("Chad", "MOBILIZE", None)),
    ("The Chadian interior ministry said 40 people were arrested.", ("Chadian interior ministry", "COERCE", None)),
    # police with no owner: the one state organ the sentence names
    ("Police arrested 40 people, the Chadian interior ministry said.", ("Chadian interior ministry", "COERCE", None)),
])
def test_events_unseen6_agents(nlp, text, expected):
    rels = _rels(nlp, text)
    assert expected in rels, rels


@pytest.mark.parametrize("text,type_", [
    ("Chad detained the ferry near the port.", "COERCE"),     # a ferry is no captive: the target stays unnamed
    ("By the Chadian border were detained 9 Sudanese fishermen.", "COERCE"),   # a border does not act
    ("By the end of the week were detained 9 Sudanese fishermen.", "COERCE"),
    ("Chad said 40 people were arrested.", "COERCE"),            # a state saying (not announcing) names no doer
    ("Chad said 40 Chadian fishermen were detained.", "COERCE"),  # a complaint of another's act
    ("The Chadian opposition announced that 3,000 reservists would be called up.", "MOBILIZE"),   # no state
])
def test_events_unseen6_no_agent(nlp, text, type_):
    rels = _rels(nlp, text)
    assert not any(t == type_ and s for s, t, o in rels), rels


@pytest.mark.parametrize("text", [
    '"If the Sudanese convoy enters our waters, our navy will stop it," said the Chadian president.',
    '"If Sudan attacks again, we will close the border," the Chadian president said.',
    "Chad said the guns could come back if Sudan attacked again.",
    '"The tanks could be back within days if Sudan attacks again," the Chadian president said.',
])
def test_events_unseen6_conditional_threat(nlp, text):
    assert ("Chad", "THREATEN", "Sudan") in _rels(nlp, text)


@pytest.mark.parametrize("text", [
    "If talks go well, the border with Sudan will reopen, Chad said.",
    '"If Sudan signs the deal, we will reopen the border," the Chadian president said.',
    "Chad said its economy could grow if Sudan reopened the border.",
])
def test_events_unseen6_conditional_without_harm(nlp, text):
    assert not any(t == "THREATEN" for _, t, _ in _rels(nlp, text))


@pytest.mark.parametrize("text,type_", [
    ("Sudan and Chad agreed on a ceasefire.", "AGREE"),
    ("Sudan and Chad agreed to resume talks next month.", "AGREE"),
    ("Sudan and Chad have agreed to reopen their shared border.", "AGREE"),
    ("Sudan and Chad held talks in Doha.", "CONSULT"),
    ("Sudan's foreign minister and his Chadian counterpart met in Doha.", "CONSULT"),
])
def test_events_unseen6_mutual_both_ways(nlp, text, type_):
    # a mutual act of coordinated parties is each one's with the other: both directions
    rels = _rels(nlp, text)
    assert ("Sudan", type_, "Chad") in rels and ("Chad", type_, "Sudan") in rels, rels


def test_events_unseen6_mutual_speaker_is_no_own_target(nlp):
    # "A and B agreed": B's own claim is B's agreement with A, not with itself
    claims, by_id = extract(nlp, "Sudan and Chad agreed to resume talks next month.")
    speech = {(name(by_id, c.speaker_mention), name(by_id, c.event.object_mention)) for c in claims
              if c.speech_type == "AGREE" and c.event.object_mention}
    assert speech and all(s != o for s, o in speech), speech


@pytest.mark.parametrize("text", [
    "Sudan and Chad hosted talks between the rebels.",     # co-hosts are not each other's party
    "Qatar brokered a prisoner swap between Chad and Sudan.",
])
def test_events_unseen6_not_mutual(nlp, text):
    rels = _rels(nlp, text)
    assert ("Chad", "CONSULT", "Sudan") not in rels and ("Sudan", "CONSULT", "Chad") not in rels, rels


@pytest.mark.parametrize("text", [
    "The Chadian corvette Halvard fired on a Sudanese trawler.",
    "Chadian frigate Almaz shelled Sudanese positions near the coast.",
    "The corvette Halvard, a Chadian warship, fired on a Sudanese trawler.",
])
def test_events_unseen6_named_vessel(nlp, text):
    # a named ship acts for the state its kind's demonym names
    assert ("Chad", "ASSAULT", "Sudan") in _rels(nlp, text)


def test_events_unseen6_named_person_is_no_vessel(nlp):
    rels = _rels(nlp, "The Chadian minister Halvard Senn visited Sudan.")
    assert ("Chad", "CONSULT", "Sudan") not in rels and any(t == "CONSULT" for _, t, _ in rels), rels


def test_events_unseen6_named_force_is_no_vessel(nlp):
    # a named company or force is an actor of its own, whatever its demonym
    rels = _rels(nlp, "The Chadian security contractor Brannoch Group shelled Sudanese positions.")
    assert not any(s == "Chad" and t == "ASSAULT" for s, t, _ in rels), rels


@pytest.mark.parametrize("text,expected", [
    # a passage closed to a party's traffic coerces it
    ("Chad closed the port of Bol to Sudanese shipping.", ("Chad", "COERCE", "Sudan")),
    ("Chad closed the strait to Sudanese vessels on Monday.", ("Chad", "COERCE", "Sudan")),
    ("The border crossing was closed to Sudanese trucks.", (None, "COERCE", "Sudan")),
    # closing a border to a state at large, or airspace to its flights, restricts relations (SANCTION)
    ("Chad closed its border with Sudan.", ("Chad", "SANCTION", "Sudan")),
    ("Chad shut its airspace to Sudanese flights.", ("Chad", "SANCTION", "Sudan")),
])
def test_events_unseen6_closure(nlp, text, expected):
    rels = _rels(nlp, text)
    assert expected in rels, rels


def test_events_unseen6_closure_without_party(nlp):
    # all shipping, for a storm: no party's traffic, no coercion
    rels = _rels(nlp, "Chad closed the port of Bol to all shipping because of the storm.")
    assert not any(t == "COERCE" for _, t, _ in rels), rels
