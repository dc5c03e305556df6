"""Events on constructions the development articles do not use: diplomatic acts, state nouns as doers, threats of
a step, support in passive or nominal dress, and the precision cases (invented people and groups)."""
from __future__ import annotations

import pytest

from tests.extract.invented import extract, name, relations

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,expected", [
    # diplomatic acts: the envoy stands for its state
    ("Bolivia summoned the Chilean ambassador on Monday.", ("Bolivia", "PROTEST", "Chile")),
    ("The Bolivian foreign ministry summoned the ambassador of Chile over the incident.",
     ("Bolivian foreign ministry", "PROTEST", "Chile")),
    ("The Chilean ambassador was summoned to the Bolivian foreign ministry on Monday.",
     ("Bolivian foreign ministry", "PROTEST", "Chile")),
    ("The President of Bolivia, Teodor Vask, held a telephone conversation with the President of Chile, Anne Brandt.",
     ("Bolivia", "CONSULT", "Anne Brandt")),
    ("Bolivia withdrew its ambassador from Chile.", ("Bolivia", "SANCTION", "Chile")),
    ("Bolivia closed its airspace to Chilean aircraft.", ("Bolivia", "SANCTION", "Chile")),
    ("Bolivia expelled four Chilean diplomats.", ("Bolivia", "SANCTION", "Chile")),
    # a complaint is about the doer of what it complains of
    ("Bolivia lodged a protest in connection with the shelling of its border posts by Chile.",
     ("Bolivia", "PROTEST", "Chile")),
    ("Bolivia protested over the blockade by Chile.", ("Bolivia", "PROTEST", "Chile")),
    # consultations: the partner on the topic noun, the counterpart of the other side
    ("Bolivian President Lina Morek by telephone discussed the crisis with Chilean President Ivan Duran.",
     ("Lina Morek", "CONSULT", "Ivan Duran")),
    ("The Bolivian foreign minister, Ana Pell, confirmed that she would meet her Chilean counterpart next week.",
     ("Ana Pell", "CONSULT", "Chile")),
])
def test_events_unseen_diplomatic_acts(nlp, text, expected):
    claims, by_id = extract(nlp, text)
    assert expected in relations(claims, by_id), relations(claims, by_id)


def test_events_unseen_diplomatic_object_is_no_place(nlp):
    claims, _ = extract(nlp, "Bolivia summoned the Chilean ambassador on Monday.")
    protest = [c for c in claims if c.event.type == "PROTEST"]
    assert protest and protest[0].event.location is None


@pytest.mark.parametrize("text,expected", [
    # "the regime", "the junta": the state named before that is not the clause's other party
    ("Chad and Niger have quarrelled for months. The regime shelled the border town of Belovo on Sunday.",
     ("Niger", "ASSAULT", "Belovo")),
    ("Niger's soldiers seized power in July. Chad accused the regime of shelling the border town of Belovo.",
     ("Niger", "ASSAULT", "Belovo")),
    ("Niger's soldiers seized power in July. The junta expelled the Chadian ambassador last week.",
     ("Niger", "SANCTION", "Chad")),
    # a capital's regime or government is its state's government, an organ of the state (known capital,
    # or one the article names as a capital)
    ("Iran and Iraq have quarrelled for years. The Tehran regime bombed the town of Kirov.",
     ("government (Iran)", "ASSAULT", "Kirov")),
    ("In Askel, Morvenia's capital, officials were silent. The Askel government shelled Kirov.",
     ("government (Morvenia)", "ASSAULT", "Kirov")),
    # "her government" is the state she serves
    ("Peruvian Foreign Minister Ana Pell denied that her government had sent weapons to the Karsk Front.",
     ("Peru", "AID", "Karsk Front")),
])
def test_events_unseen_state_nouns(nlp, text, expected):
    claims, by_id = extract(nlp, text)
    assert expected in relations(claims, by_id), relations(claims, by_id)


def test_events_unseen_state_noun_is_not_the_accuser(nlp):
    claims, by_id = extract(nlp, "Niger's soldiers seized power in July. Chad accused the regime of shelling the town.")
    accused = {name(by_id, c.event.subject_mention) for c in claims if c.speech_type == "ACCUSE"}
    assert "Niger" in accused and "Chad" not in accused


def test_events_unseen_denied_aid_is_negated(nlp):
    claims, by_id = extract(nlp, "Peruvian Foreign Minister Ana Pell denied that her government had sent weapons "
                                 "to the Karsk Front.")
    aid = [c for c in claims if c.event.type == "AID"]
    assert aid and all(c.event.negated for c in aid)
    assert any(c.stance == "denies" and c.speech_type == "REJECT" for c in claims)


@pytest.mark.parametrize("text,expected", [
    ("Chilean drones could also strike targets inside Bolivia, a step Chile openly threatened.",
     ("Chile", "THREATEN", "Bolivia")),
    ("Chilean drones could also strike targets inside Bolivia, a step Chile openly threatened.",
     ("Chile", "ASSAULT", "Bolivia")),
    ("Bolivia threatened to close the sky over Chile.", ("Bolivia", "THREATEN", "Chile")),
    ("Armenia's army drones struck a depot in Azerbaijan.", ("Armenia", "ASSAULT", "Azerbaijan")),
])
def test_events_unseen_threats_and_targets(nlp, text, expected):
    claims, by_id = extract(nlp, text)
    assert expected in relations(claims, by_id), relations(claims, by_id)


@pytest.mark.parametrize("text,expected", [
    ("The rebels of the Karsk Front were armed and directed from Chile.", ("Chile", "AID", "Karsk Front")),
    ("The Karsk Front fighters were armed by Chile.", ("Chile", "AID", "Karsk Front")),
    ("The guns used by the Karsk Front came from the Chilean army's depots.",
     ("Chilean army", "AID", "Karsk Front")),
    ("The town of Belovo was hit by artillery fire from positions held by the Karsk Front.",
     ("Karsk Front", "ASSAULT", "Belovo")),
    ("Chilean instructors trained the crews of the Karsk Front.", ("Chile", "AID", "Karsk Front")),
    ("Chile is propping up the Karsk Front.", ("Chile", "SUPPORT", "Karsk Front")),
])
def test_events_unseen_support_in_passive_or_nominal_dress(nlp, text, expected):
    claims, by_id = extract(nlp, text)
    assert expected in relations(claims, by_id), relations(claims, by_id)


@pytest.mark.parametrize("text", [
    "The first shells came from the direction of the Karsk Front, residents said.",
    "A fire broke out at the Karsk Front depot in Belovo.",
])
def test_events_unseen_no_aid_or_attack_from_origin_or_plain_fire(nlp, text):
    claims, by_id = extract(nlp, text)
    assert not {t for _, t, _ in relations(claims, by_id)} & {"AID", "ASSAULT"}, relations(claims, by_id)


def test_events_unseen_restating_list_is_no_party(nlp):
    claims, by_id = extract(nlp, "The foreign ministers of Bolivia and Chile, Ana Pell and Ivan Duran, met in "
                                 "Geneva on Friday.")
    rels = relations(claims, by_id)
    assert ("Bolivia", "CONSULT", "Chile") in rels
    assert not any(o in ("Ana Pell", "Ivan Duran") or s in ("Ana Pell", "Ivan Duran") for s, _, o in rels), rels


@pytest.mark.parametrize("text,expected", [
    ('"Our army did not shell Kessa," Ostravan Defence Minister Ilse Marek told reporters.',
     ("Ilse Marek", "ASSAULT", "Kessa")),
    ("Bolivia halted aid to Chile.", ("Bolivia", "SANCTION", "Chile")),
    ("Bolivia has threatened to cut gas supplies to Chile.", ("Bolivia", "THREATEN", "Chile")),
])
def test_events_unseen_own_side_and_cut_supplies(nlp, text, expected):
    claims, by_id = extract(nlp, text)
    assert expected in relations(claims, by_id), relations(claims, by_id)


def test_events_unseen_failed_act_is_no_event(nlp):
    claims, by_id = extract(nlp, "The foreign ministers of Bolivia and Chile met in Geneva in January but failed to "
                                 "agree on a ceasefire.")
    rels = relations(claims, by_id)
    assert ("Bolivia", "CONSULT", "Chile") in rels and not any(t in ("AGREE", "REJECT") for _, t, _ in rels), rels


def test_events_unseen_attack_noun_takes_place_of_its_verb(nlp):
    claims, _ = extract(nlp, "Artillery fire from positions held by the Kessa Liberation Front killed two farmers "
                             "near Kessa on Monday.")
    assaults = [c for c in claims if c.event.type == "ASSAULT"]
    assert assaults and {c.event.location for c in assaults} == {"Kessa"}


@pytest.mark.parametrize("text,expected", [
    ("Romania vowed to retaliate against Moldova.", ("Romania", "THREATEN", "Moldova")),
    ("Romania threatened to attack Moldova.", ("Romania", "THREATEN", "Moldova")),
    ("Moldova deployed troops along the border with Romania.", ("Moldova", "MOBILIZE", "Romania")),
    ("Moldova handed over 40 prisoners to Romania.", ("Moldova", "CONCEDE", "Romania")),
    ("Moldova's drone strikes on Romanian cities continued.", ("Moldova", "ASSAULT", "Romania")),
    ("Hungary pledged military aid to Romania.", ("Hungary", "AID", "Romania")),
])
def test_events_unseen_intent_and_wire_phrases(nlp, text, expected):
    claims, by_id = extract(nlp, text)
    assert expected in relations(claims, by_id), relations(claims, by_id)


def test_events_unseen_vowed_attack_is_no_assault(nlp):
    claims, by_id = extract(nlp, "Romania vowed to attack Moldova.")
    assert not any(t == "ASSAULT" for _, t, _ in relations(claims, by_id)), relations(claims, by_id)


def test_events_unseen_government_as_modifier_is_the_government_named(nlp):
    claims, by_id = extract(nlp, "The Government of National Unity took office in May. Government forces attacked "
                                 "the town of Belovo.")
    assert ("Government of National Unity", "ASSAULT", "Belovo") in relations(claims, by_id), relations(claims, by_id)
    claims, by_id = extract(nlp, "Chad and Niger have quarrelled for months. Government forces attacked the town of "
                                 "Belovo.")
    assert ("Niger", "ASSAULT", "Belovo") not in relations(claims, by_id), relations(claims, by_id)


def test_events_unseen_relative_clause_of_report(nlp):
    claims, by_id = extract(nlp, "Bolivia condemned Chile, which it says fired cluster munitions into the town of "
                                 "Belovo.")
    assert ("Chile", "ASSAULT", "Belovo") in relations(claims, by_id), relations(claims, by_id)
    claims, by_id = extract(nlp, "Chile, which supplied armed groups in the north, denied it.")
    assert not any(t == "AID" and o is None for _, t, o in relations(claims, by_id)), relations(claims, by_id)


@pytest.mark.parametrize("text,expected", [
    ("Hungary is believed to have supplied the Karsk Front with anti-tank missiles.", ("Hungary", "AID", "Karsk Front")),
    ("The Karsk Front was forced to withdraw from Belovo.", ("Karsk Front", "RETREAT", "Belovo")),
])
def test_events_unseen_passive_raising_subject_does_it(nlp, text, expected):
    claims, by_id = extract(nlp, text)
    assert expected in relations(claims, by_id), relations(claims, by_id)


@pytest.mark.parametrize("text,expected", [
    ("Romania called for the release of soldiers held by Hungary.", ("Romania", "REQUEST", "Hungary")),
    ("Romania appealed to Hungary to halt the offensive.", ("Romania", "REQUEST", "Hungary")),
    ("Romania demanded the withdrawal of Hungarian troops.", ("Romania", "REQUEST", "Hungary")),
])
def test_events_unseen_who_a_demand_asks(nlp, text, expected):
    claims, by_id = extract(nlp, text)
    assert expected in relations(claims, by_id), relations(claims, by_id)


def test_events_unseen_call_for_an_end_asks_no_victim(nlp):
    claims, by_id = extract(nlp, "Romania called for an end to the attacks on Hungary.")
    assert ("Romania", "REQUEST", "Hungary") not in relations(claims, by_id), relations(claims, by_id)


@pytest.mark.parametrize("text,expected", [
    ("Hungarian President Ivan Duran received the Romanian envoy in Budapest.", ("Ivan Duran", "CONSULT", "Romania")),
    ("The Romanian envoy arrived in Budapest for talks with Hungarian officials.", ("Romania", "CONSULT", "Hungary")),
])
def test_events_unseen_visits(nlp, text, expected):
    claims, by_id = extract(nlp, text)
    assert expected in relations(claims, by_id), relations(claims, by_id)


def test_events_unseen_bears_responsibility_is_an_accusation(nlp):
    claims, by_id = extract(nlp, "The Bolivian side considers that the Chilean leadership bears full responsibility "
                                 "for the escalation.")
    assert ("Bolivia", "ACCUSE", "Chile") in relations(claims, by_id), relations(claims, by_id)


def test_events_unseen_noun_the_article_described(nlp):
    claims, by_id = extract(nlp, "Hungary is propping up the Kessa Front, a militia that operates near Belovo, "
                                 "according to Romanian officials. The militia's rifles came from Hungarian army depots.")
    assert ("Hungarian army", "AID", "Kessa Front") in relations(claims, by_id), relations(claims, by_id)


def test_events_unseen_regime_in_a_capital(nlp):
    claims, by_id = extract(nlp, "Iran and Iraq quarrelled. The regime in Tehran is propping up the Kessa Front.")
    assert ("Iran", "SUPPORT", "Kessa Front") in relations(claims, by_id), relations(claims, by_id)


def test_events_unseen_label_is_no_bearer(nlp):
    claims, by_id = extract(nlp, "Ministry of Foreign Affairs of Bolivia: Chilean side bears full responsibility")
    assert not any(o and "Ministry" in o for _, t, o in relations(claims, by_id) if t == "ACCUSE"), relations(claims, by_id)


def test_events_unseen_call_on_a_group_and_an_actor(nlp):
    claims, by_id = extract(nlp, "Bolivia calls on the international community and the OSCE to condemn Chile.")
    assert ("Bolivia", "REQUEST", "OSCE") in relations(claims, by_id), relations(claims, by_id)
