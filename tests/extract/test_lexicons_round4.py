"""Round-4 lexicon gaps found on a blind set, each pinned on sentences of ours (invented places, groups and people;
states from the gazetteer so that only the entry under test decides the relation): a positive case and a look-alike
that must not give it.
"""
from __future__ import annotations

import pytest

from tests.extract.invented import extract, name
from tests.extract.invented import text_relations as relations

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,relation", [
    # RETREAT
    ("The Karsk Front fled towards the river after the shelling.", ("Karsk Front", "RETREAT", None)),
    ("Bolivian troops fled from Varno.", ("Bolivia", "RETREAT", "Varno")),
    ("The Karsk Front abandoned its positions near the border.", ("Karsk Front", "RETREAT", None)),
    ("Bolivian troops fell back from their outposts near Varno.", ("Bolivia", "RETREAT", None)),
    # ASSAULT
    ("Bolivian soldiers executed twelve members of the Karsk Front.", ("Bolivia", "ASSAULT", "Karsk Front")),
    ("The Karsk Front recaptured the village of Varno from Bolivia.", ("Karsk Front", "ASSAULT", "Bolivia")),
    ("Bolivian forces liberated the town of Varno from the Karsk Front.", ("Bolivia", "ASSAULT", "Karsk Front")),
    ("Bolivian forces captured the village of Varno.", ("Bolivia", "ASSAULT", "Varno")),
    ("Chile condemned the ambush of a Bolivian convoy by the Karsk Front.", ("Karsk Front", "ASSAULT", "Bolivia")),
    # AID
    ("Bolivia supplied fuel to the Karsk Front.", ("Bolivia", "AID", "Karsk Front")),
    ("Bolivia transferred helicopters to Chile.", ("Bolivia", "AID", "Chile")),
    ("Chile confirmed the delivery of equipment to the Karsk Front by Bolivia.", ("Bolivia", "AID", "Karsk Front")),
    # COERCE
    ("The Bolivian government declared a curfew in the town of Varno.", ("government (Bolivia)", "COERCE", "Varno")),
    ("Bolivia declared martial law in Chile.", ("Bolivia", "COERCE", "Chile")),
    ("The Chilean government declared a state of emergency in the town of Varno.", ("government (Chile)", "COERCE", "Varno")),
    ("Bolivian police fired tear gas at the Karsk Front in Varno.", ("Bolivian police", "COERCE", "Karsk Front")),
    ("The Bolivian army blocked patrols of the Chilean army.", ("Bolivian army", "COERCE", "Chilean army")),
    ("Bolivia confiscated the assets of the Karsk Front.", ("Bolivia", "COERCE", "Karsk Front")),
    ("Bolivian forces captured two Chilean soldiers.", ("Bolivia", "COERCE", "Chile")),
    # SANCTION
    ("Bolivia froze the assets of the Karsk Front.", ("Bolivia", "SANCTION", "Karsk Front")),
    # MOBILIZE
    ("Bolivian troops entered the town of Varno.", ("Bolivia", "MOBILIZE", "Varno")),
    ("Bolivian troops entered Chile on Monday.", ("Bolivia", "MOBILIZE", "Chile")),
    ("Bolivia brought armoured vehicles across the border into Chile.", ("Bolivia", "MOBILIZE", "Chile")),
    # AGREE
    ("Bolivia agreed to pay the Karsk Front in mining concessions.", ("Bolivia", "AGREE", "Karsk Front")),
    ("Bolivia agreed to give the Karsk Front a 20 percent stake in the mine.", ("Bolivia", "AGREE", "Karsk Front")),
    ("Bolivia signed a deal that pays the Karsk Front in gold.", ("Bolivia", "AGREE", "Karsk Front")),
    # COOPERATE
    ("Bolivia gave lists of targets to the Karsk Front.", ("Bolivia", "COOPERATE", "Karsk Front")),
    ("The Bolivian army is helping the Karsk Front to keep the road open.", ("Bolivian army", "COOPERATE", "Karsk Front")),
    # CONSULT
    ("Bolivia hosted talks between Chile and the Karsk Front.", ("Chile", "CONSULT", "Karsk Front")),
    # PROTEST
    ("Supporters of the Karsk Front took to the streets of Varno.", ("Karsk Front", "PROTEST", None)),
])
def test_lexicons_round4_relation(nlp, text, relation):
    found = relations(nlp, text)
    assert relation in found, (text, found)


@pytest.mark.parametrize("text,absent", [
    ("Bolivia executed a plan to rebuild the port of Varno.", "ASSAULT"),
    ("The Karsk Front fighters were armed with rifles.", "AID"),
    ("Bolivia entered into talks with Chile in Varno.", "MOBILIZE"),
    ("The Bolivian minister entered the room.", "MOBILIZE"),
    ("The ministry liberated the data on its website.", "ASSAULT"),
    ("The jailed man protested his innocence.", "PROTEST"),
    ("Thousands of residents fled the fighting.", "RETREAT"),
    ("Thousands of Chileans fled to Bolivia.", "RETREAT"),           # refugees are no party retreating
    ("The Chilean president fled the country in May.", "RETREAT"),
    ("The Bolivian army abandoned its plan to build a road.", "RETREAT"),
    ("The Bolivian minister blocked the proposal.", "COERCE"),
    ("Bolivia froze the price of bread.", "SANCTION"),
    ("Bolivia delivered a speech in Chile.", "AID"),
    ("Bolivia agreed to pay its debts.", "AGREE"),
    ("The Bolivian minister received an award.", "CONSULT"),
    ("Bolivia shared a border with Chile.", "COOPERATE"),
    ("The court declared the election valid.", "COERCE"),
    # look-alikes found on real political news (PolNeAR texts): no forces enter, no place is taken, people help people
    ("Bolivia wants to bar Chilean traders from entering Bolivia.", "MOBILIZE"),
    ("The film captured the spirit of Bolivia in the 1970s.", "ASSAULT"),
    ("Donors want to decide who will occupy the White House next year.", "ASSAULT"),
    ("Ana Pereda helped Marta Ruiz get a Bolivian visa.", "COOPERATE"),
    ("The Bolivian minister drew up a plan in Varno and executed it.", "ASSAULT"),
    ("Bolivia declared its independence in 1825.", "COERCE"),
])
def test_lexicons_round4_no_relation(nlp, text, absent):
    found = relations(nlp, text)
    assert absent not in {t for _, t, _ in found}, (text, found)


@pytest.mark.parametrize("text,type_,wrong", [
    # a place taken is an attack, people taken an arrest
    ("Bolivian forces captured the village of Varno.", "ASSAULT", "COERCE"),
    # tear gas is repression, rockets an attack ("fire at" alone)
    ("Bolivian police fired tear gas at the Karsk Front in Varno.", "COERCE", "ASSAULT"),
    ("Bolivia fired rockets at the Karsk Front in Varno.", "ASSAULT", "COERCE"),
    # handing over helicopters is aid; moving one's own to a place is mobilisation
    ("Bolivia moved its helicopters to Varno.", "MOBILIZE", "AID"),
    # blocking a convoy is coercion, blocking a proposal a rejection
    ("The Bolivian army blocked a Chilean convoy near Varno.", "COERCE", "REJECT"),
])
def test_lexicons_round4_type_not_other(nlp, text, type_, wrong):
    types = {t for _, t, _ in relations(nlp, text)}
    assert type_ in types and wrong not in types, (text, types)


@pytest.mark.parametrize("text", [
    "Hundreds of miners protested in the centre of Varno against the curfew.",
    "Dock workers went on strike in Varno.",
    "Thousands of students marched against the war in Varno.",
    # round 8 (rel10): a crowd acting against something protests with no place named (a blind set's gold counts it)
    "Hundreds of miners protested against the curfew.",
])
def test_lexicons_round4_crowd_protest_without_actor(nlp, text):
    claims, by_id = extract(nlp, text)
    protests = [c for c in claims if c.event.type == "PROTEST"]
    assert protests and all(name(by_id, c.event.subject_mention) is None for c in protests), text


@pytest.mark.parametrize("text", [
    "Hundreds of miners protested.",     # no place nor grievance named: nothing to record
    "Dock workers went on strike.",
])
def test_lexicons_round4_crowd_needs_place(nlp, text):
    claims, _ = extract(nlp, text)
    assert not [c for c in claims if c.event.type == "PROTEST"], text


@pytest.mark.parametrize("text", [
    "The Bolivian government declared a curfew in Varno.",
    "The Chilean government announced a state of emergency in Varno.",
])
def test_lexicons_round4_declared_curfew_is_no_report(nlp, text):
    claims, _ = extract(nlp, text)
    assert any(c.event.type == "COERCE" for c in claims) and all(c.cue is None for c in claims), text


def test_lexicons_round4_declared_statement_still_reports(nlp):
    claims, _ = extract(nlp, "The Bolivian government declared that Chile had shelled Varno.")
    assert any(c.cue and c.event.type == "ASSAULT" for c in claims)


@pytest.mark.parametrize("text,subject", [
    # forces of order named with no owner serve the state the article is about
    ("Bolivia faces unrest. Police arrested ten members of the Karsk Front in Varno.", "Bolivia"),
    ("Bolivia faces unrest. The military police detained the leader of the Karsk Front.", "Bolivia"),
    ("Bolivia faces unrest. Security forces blocked the road to Varno.", "Bolivia"),
    # two states named as often: the first named (the article's), not the nearest
    ("Bolivia accused Chile of meddling. Police arrested two members of the Karsk Front.", "Bolivia"),
    # with a demonym the forces are the state's institution (the knowledge base's generic police)
    ("Bolivian police arrested ten members of the Karsk Front in Varno.", "Bolivian police"),
    ("The Chilean riot police detained two members of the Karsk Front.", "Chilean riot police"),
])
def test_lexicons_round4_police_serve_a_state(nlp, text, subject):
    found = relations(nlp, text)
    assert (subject, "COERCE") in {(s, t) for s, t, _ in found}, (text, found)


@pytest.mark.parametrize("text", [
    "The Karsk Front clashed with police in Varno.",                       # no state named before
    "Bolivia faces unrest. A police officer detained two members of the Karsk Front.",    # one officer, not the force
])
def test_lexicons_round4_police_without_state(nlp, text):
    claims, by_id = extract(nlp, text)
    subjects = {name(by_id, c.event.subject_mention) for c in claims if c.event.type}
    assert "Bolivia" not in subjects, (text, subjects)


@pytest.mark.parametrize("text,relation", [
    ("Chile has barred its firms from buying gold from the Karsk Front.", ("Chile", "SANCTION", "Karsk Front")),
    ("Bolivia has shared intelligence with Chile.", ("Bolivia", "COOPERATE", "Chile")),
])
def test_lexicons_round4_frames_relation(nlp, text, relation):
    found = relations(nlp, text)
    assert relation in found, (text, found)


@pytest.mark.parametrize("text", [
    "Chile barred its citizens from travelling to Varno.",      # a travel ban names no trading party
    "Chile barred the Karsk Front from the elections.",         # "bar" alone is no verb of the lexicon
])
def test_lexicons_round4_barring_needs_trade(nlp, text):
    assert "SANCTION" not in {t for _, t, _ in relations(nlp, text)}, text


@pytest.mark.parametrize("text,leader", [
    ("The coup that deposed President Ramon Estavo was led by Colonel Piet Adema.", "Piet Adema"),
    ("Colonel Piet Adema staged the coup that deposed President Ramon Estavo.", "Piet Adema"),
])
def test_lexicons_round4_coup_leader(nlp, text, leader):
    claims, by_id = extract(nlp, text)
    hits = [c for c in claims if c.event.type == "COERCE"]
    assert any(leader in (name(by_id, c.event.subject_mention) or "") and
               "Estavo" in (name(by_id, c.event.object_mention) or "") for c in hits), text


def test_lexicons_round4_coup_without_leader(nlp):
    claims, by_id = extract(nlp, "The coup that deposed President Ramon Estavo surprised Chile.")
    assert all(name(by_id, c.event.subject_mention) is None for c in claims if c.event.type == "COERCE")


@pytest.mark.parametrize("text,relation", [
    ("The Peruvian foreign minister made a visit to Santiago on Tuesday.", ("Peru", "CONSULT", "Santiago")),
    # machine translation's "in" for "to"
    ("The Peruvian foreign minister made a visit in Santiago on Tuesday.", ("Peru", "CONSULT", "Santiago")),
])
def test_lexicons_round4_made_a_visit(nlp, text, relation):
    found = relations(nlp, text)
    assert relation in found, (text, found)


def test_lexicons_round4_visit_in_a_month_is_no_party(nlp):
    found = relations(nlp, "The Peruvian foreign minister made a visit in March.")
    assert "CONSULT" not in {t for _, t, _ in found}, found
