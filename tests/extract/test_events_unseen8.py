"""Events on the failure classes a blind set showed unread in round 6: build-ups of troops (also in a passive with
the machine translation's late patient), thanks for aid sent, knowledge shared, warnings against hostile acts,
refused concessions, pull-backs to barracks. Each class has positive sentences in several phrasings and a look-alike
that must not give the event. Invented sentences only (states Chad, Niger, Sudan; an invented capital Kostrel)."""
from __future__ import annotations

import pytest

from tests.extract.invented import extract, relations

pytestmark = pytest.mark.model


def _rels(nlp, text):
    return relations(*extract(nlp, text))


@pytest.mark.parametrize("text,expected", [
    # MOBILIZE: a build-up needs no destination; a border is where troops are massed
    ("Chad has massed some 15,000 troops near the border.", ("Chad", "MOBILIZE", None)),
    ("Sudan amassed armoured vehicles and tanks.", ("Sudan", "MOBILIZE", None)),
    ("Sudan deployed fifteen thousand soldiers on the border.", ("Sudan", "MOBILIZE", None)),
    # an agentless passive: the force's owner moves it; also in the machine translation's inverted order
    ("Fifteen thousand Sudanese soldiers were concentrated on the border.", ("Sudan", "MOBILIZE", None)),
    ("On the border were concentrated fifteen thousands Sudanese soldiers.", ("Sudan", "MOBILIZE", None)),
    ("Sudanese troops were deployed to Kostrel.", ("Sudan", "MOBILIZE", "Kostrel")),
    # AID/SUPPORT by the thanked: a present-tense "thanks", coordinated thanked parties, aid in generators
    ("The Chadian side thanks the Republic of Niger for its principled support.", ("Niger", "SUPPORT", "Chad")),
    ("Chad thanked Niger for sending generators.", ("Niger", "AID", "Chad")),
    ("Chad ended by thanking Poland, Finland and Niger for sending generators and engineers.",
     ("Finland", "AID", "Chad")),
    ("Chad ended by thanking Poland, Finland and Niger for sending generators and engineers.",
     ("Niger", "AID", "Chad")),
    # AID: help and teams of experts sent or offered
    ("Niger has offered technical help to Chad.", ("Niger", "AID", "Chad")),
    ("Niger said it would send a team of grid engineers to Chad.", ("Niger", "AID", "Chad")),
    # COOPERATE: evidence or data shared with each of several parties
    ("Chad had shared its evidence with the European Union, NATO and Niger.", ("Chad", "COOPERATE", "NATO")),
    ("Chad had shared its evidence with the European Union, NATO and Niger.", ("Chad", "COOPERATE", "Niger")),
    ("Sudan shared the data with Niger.", ("Sudan", "COOPERATE", "Niger")),
    # THREATEN: warned off a hostile act
    ("Chad warned Niger against provocations.", ("Chad", "THREATEN", "Niger")),
    ("Chad warned Niger against any further aggression.", ("Chad", "THREATEN", "Niger")),
    # REJECT: a refused concession
    ("Chad has so far refused to give them access to the four detained guards.", ("Chad", "REJECT", None)),
    ("Sudan refused to give the monitors access to the prisoners.", ("Sudan", "REJECT", None)),
    # RETREAT: back to barracks
    ("Chad said its troops would return to their barracks.", ("Chad", "RETREAT", None)),
])
def test_events_unseen8_triggers(nlp, text, expected):
    rels = _rels(nlp, text)
    assert expected in rels, rels


@pytest.mark.parametrize("text,absent", [
    ("Chad concentrated its efforts on the economy.", "MOBILIZE"),
    ("Chad massed its supporters in the square.", "MOBILIZE"),
    ("The troops were deployed on the border, Chad said.", "MOBILIZE"),
    ("Chad thanked Niger for its patience.", "SUPPORT"),
    ("Chad shares a long border with Niger.", "COOPERATE"),
    ("Chad shared the costs with Niger.", "COOPERATE"),
    ("Chad warned its citizens against travel to Niger.", "THREATEN"),
    ("Chad said its troops would return to the capital.", "RETREAT"),
    ("Chad sent a team of investigators to Niger.", "AID"),
])
def test_events_unseen8_lookalikes(nlp, text, absent):
    rels = _rels(nlp, text)
    assert not any(t == absent and (s or o) for s, t, o in rels), rels


@pytest.mark.parametrize("text", [
    "Chad did not release the prisoners.",
])
def test_events_unseen8_plain_negation_is_no_refusal(nlp, text):
    rels = _rels(nlp, text)
    assert not any(t == "REJECT" for _, t, _ in rels), rels


@pytest.mark.parametrize("text", [
    # a gerund under a report noun, hired fighters of a nationality: the state is not the one who moves them
    "Reports of repainted Sudanese fighter jets being sent to bomb Niger have nothing to do with reality.",
    "Sudanese mercenaries belonging to the private firm Korvat have been sent to Niger.",
])
def test_events_unseen8_passive_owner_needs_state_force_in_a_clause(nlp, text):
    rels = _rels(nlp, text)
    assert not any(s == "Sudan" and t == "MOBILIZE" for s, t, _ in rels), rels


@pytest.mark.parametrize("text,expected", [
    # COERCE: premises searched (their owner coerced), a curfew imposed (no place needed), intruders detained
    ("The police of Chad on Monday searched the office of the Vorn Party in Kostrel.",
     ("police of Chad", "COERCE", "Vorn Party")),
    ("Chad's police searched the headquarters of the Vorn Party.", ("police (Chad)", "COERCE", "Vorn Party")),
    ("The Interior Ministry of Chad sent two companies to the town and imposed a curfew.",
     ("Interior Ministry (Chad)", "COERCE", None)),
    ("Chad returned fire only in self-defence and detained the intruders.", ("Chad", "COERCE", None)),
    # MOBILIZE: police and companies sent
    ("Chad sent riot police to Kostrel.", ("Chad", "MOBILIZE", "Kostrel")),
    # AID: a passive in a reporting relative clause is said of the antecedent
    ("The Kuusk Brigade, which Niger says is armed by Chad, attacked the town.", ("Chad", "AID", "Kuusk Brigade")),
])
def test_events_unseen8_coercion_and_relatives(nlp, text, expected):
    rels = _rels(nlp, text)
    assert expected in rels, rels


@pytest.mark.parametrize("text,absent", [
    ("The police searched the area near the border of Chad.", "COERCE"),
    ("Chad detained the parcels.", "COERCE"),
])
def test_events_unseen8_coercion_lookalikes(nlp, text, absent):
    rels = _rels(nlp, text)
    assert not any(t == absent and (s or o) for s, t, o in rels), rels


@pytest.mark.parametrize("text,wrong", [
    # an accusation's content keeps its own parties: the accuser's possessive is not the recipient
    ("Chad repeated its allegation that Sudan had armed the rebels.", ("Sudan", "AID", "Chad")),
    ("Niger renewed its claim that Sudan had supplied the rebels with rifles.", ("Sudan", "AID", "Niger")),
])
def test_events_unseen8_content_clause_is_active(nlp, text, wrong):
    rels = _rels(nlp, text)
    assert wrong not in rels, rels


@pytest.mark.parametrize("text,expected", [
    # RETREAT by the state whose organ announces that units no party owns pull back
    ("The Chadian defence ministry said units taking part in the exercise near the border would return to their "
     "barracks by Sunday.", ("Chadian defence ministry", "RETREAT", None)),
    ("The Chadian defence ministry said the troops would return to their barracks by Sunday.",
     ("Chadian defence ministry", "RETREAT", None)),
    # an owned force keeps its owner
    ("The Chadian defence ministry said Sudanese troops would return to their barracks by Sunday.",
     ("Sudan", "RETREAT", None)),
    # AID with no recipient named: generators sent, help offered
    ("At least Poland and the Baltic states sent generators.", ("Poland", "AID", None)),
    ("Niger has offered technical help to restore the grid.", ("Niger", "AID", None)),
])
def test_events_unseen8_announced_units_and_untargeted_aid(nlp, text, expected):
    rels = _rels(nlp, text)
    assert expected in rels, rels


@pytest.mark.parametrize("text,absent", [
    ("Chad said the troops would return to their barracks.", "RETREAT"),      # a state at large: no organ
    ("The Chadian defence ministry said the workers would return to their homes.", "RETREAT"),
    ("Chad built generators.", "AID"),
    ("Chad needs help.", "AID"),
])
def test_events_unseen8_announced_lookalikes(nlp, text, absent):
    rels = _rels(nlp, text)
    assert not any(t == absent and (s or o) for s, t, o in rels), rels


@pytest.mark.parametrize("text,expected", [
    # PROTEST: a crowd that marches
    ("More than 3,000 people marched through the centre of Kostrel.", (None, "PROTEST", None)),
    ("Thousands marched in Kostrel on Sunday.", (None, "PROTEST", None)),
    # CONSULT: members of one body meeting among themselves
    ("NATO ambassadors will discuss the situation on Tuesday.", ("NATO", "CONSULT", None)),
    ("EU foreign ministers will discuss the sanctions next week.", ("European Union", "CONSULT", None)),
    # AID: gas and electricity delivered or supplied to a party (also a volume of it, in MT order)
    ("Chad will deliver to Niger additionally 1.2 billions cubic metres of gas.", ("Chad", "AID", "Niger")),
    ("The minister said Sudan would supply Niger with whatever gas and electricity it needed.",
     ("Sudan", "AID", "Niger")),
])
def test_events_unseen8_crowds_members_energy(nlp, text, expected):
    rels = _rels(nlp, text)
    assert expected in rels, rels


@pytest.mark.parametrize("text,absent", [
    ("The troops marched into Kostrel.", "PROTEST"),
    ("The soldiers marched through the centre of Kostrel.", "PROTEST"),
    ("Chadian officials will discuss the situation on Tuesday.", "CONSULT"),   # a demonym: no body
    ("The NATO ambassador will discuss the situation on Tuesday.", "CONSULT"),  # one member
    ("Chad used tear gas against the protesters.", "AID"),
])
def test_events_unseen8_crowds_members_energy_lookalikes(nlp, text, absent):
    rels = _rels(nlp, text)
    assert not any(t == absent for s, t, o in rels), rels


@pytest.mark.parametrize("text,expected", [
    # a declaration against the staff of a mission: the mission's state (else the mission) is the party
    ("Chad has declared seven employees of the Embassy of Sudan in Kostrel persona non grata.",
     ("Chad", "SANCTION", "Sudan")),
    ("Chad has declared seven employees of the Sudanese embassy in Kostrel persona non grata.",
     ("Chad", "SANCTION", "Sudanese embassy")),
    # SANCTION: restrictive measures against a party
    ("Chad introduces the restrictive measures against 23 firms and 11 officials of Sudan.",
     ("Chad", "SANCTION", "Sudan")),
    ("Chad adopted measures against Sudan.", ("Chad", "SANCTION", "Sudan")),
])
def test_events_unseen8_missions_and_measures(nlp, text, expected):
    rels = _rels(nlp, text)
    assert expected in rels, rels


@pytest.mark.parametrize("text,absent", [
    ("Chad introduced measures against inflation.", "SANCTION"),
    ("Chad adopted new measures on Monday.", "SANCTION"),
    ("Chad declared the Sudanese embassy a danger to peace.", "SANCTION"),
])
def test_events_unseen8_missions_and_measures_lookalikes(nlp, text, absent):
    rels = _rels(nlp, text)
    assert not any(t == absent for s, t, o in rels), rels


@pytest.mark.parametrize("text,wrong", [
    # a conditional threat: the one who would act is the threatener's side, never the threatened party (also when
    # the speaker is a pronoun whose side is unknown)
    ("He warned that if the company cut supplies, Niger would take it to the arbitration court.",
     (None, "THREATEN", "Niger")),
])
def test_events_unseen8_conditional_threat_doer_is_not_threatened(nlp, text, wrong):
    rels = _rels(nlp, text)
    assert wrong not in rels, rels


@pytest.mark.parametrize("text,expected", [
    ("He warned that if Chadgaz cut supplies, Niger would take the company to the arbitration court.",
     (None, "THREATEN", "Chadgaz")),
    ("Pavel Orsk warned that if Sudan attacked again, Niger would respond.", ("Pavel Orsk", "THREATEN", "Sudan")),
])
def test_events_unseen8_conditional_threat_targets_the_condition(nlp, text, expected):
    rels = _rels(nlp, text)
    assert expected in rels, rels


@pytest.mark.parametrize("text,expected", [
    # a verb the tagger made a noun after "to" ("offered to host talks")
    ("Chad offered to host talks in its capital.", ("Chad", "CONSULT", None)),
    ("Chad offered to host talks between Niger and Sudan.", ("Chad", "CONSULT", "Niger")),
])
def test_events_unseen8_infinitive_noun(nlp, text, expected):
    rels = _rels(nlp, text)
    assert expected in rels, rels


@pytest.mark.parametrize("text,absent", [
    ("Chad met its own ministers in the capital.", "CONSULT"),     # its own people: no party
    ("Chad offered to pay the costs of the talks.", "CONSULT"),
])
def test_events_unseen8_infinitive_noun_lookalikes(nlp, text, absent):
    rels = _rels(nlp, text)
    assert not any(t == absent and (s or o) for s, t, o in rels), rels


@pytest.mark.parametrize("text,expected", [
    # representatives named by a common noun stand for the party of their in / of / from phrase
    ("The envoy Mara Vell said she had spoken to officials in Niger.", ("Mara Vell", "CONSULT", "Niger")),
    ("Chad met officials from the Red Cross.", ("Chad", "CONSULT", "International Committee of the Red Cross")),
])
def test_events_unseen8_represented_party(nlp, text, expected):
    rels = _rels(nlp, text)
    assert expected in rels, rels


@pytest.mark.parametrize("text", [
    "Chad spoke to officials in the morning.",     # a time, not a party
])
def test_events_unseen8_represented_party_lookalike(nlp, text):
    rels = _rels(nlp, text)
    assert not any(t == "CONSULT" for s, t, o in rels), rels
