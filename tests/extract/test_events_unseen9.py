"""Events on the failure classes a development set showed unread in round 7: forces withdrawn from coordinated places
(also the machine translation's "will be moved back"), buying as receiving, fighters paid for a purpose, aid with no
named recipient, mediation with no named parties, a matter raised with a party, an envoy's journey to capitals,
captives held, an attack on a target near a place, a ceasefire kept, a guarantee received, ties put under review, a
raising adjective before the act. Each class has sentences in several phrasings or syntactic shapes and look-alikes
that must not give the event. Invented sentences only (real states, invented groups, places and people)."""
from __future__ import annotations

import pytest

from tests.extract.invented import extract, relations

pytestmark = pytest.mark.model

KLF = "Kanem Liberation Front"


def _rels(nlp, text):
    return relations(*extract(nlp, text))


@pytest.mark.parametrize("text,expected", [
    # RETREAT: the places hang on the forces withdrawn; each coordinated place is left
    (f"The {KLF} withdrew their remaining fighters from Kassala and Gedaref.", (KLF, "RETREAT", "Kassala")),
    (f"The {KLF} withdrew their remaining fighters from Kassala and Gedaref.", (KLF, "RETREAT", "Gedaref")),
    ("After the clashes Niger removed all its soldiers from Tillaberi and Dosso.", ("Niger", "RETREAT", "Dosso")),
    ("Chad evacuated its last troops from Abeche.", ("Chad", "RETREAT", "Abeche")),
    (f"The {KLF} pulled out its remaining fighters from Kassala and Gedaref.", (KLF, "RETREAT", "Gedaref")),
    # RETREAT: forces (not people) leaving places
    ("Chad's troops left Abeche and Mongo on Sunday.", ("Chad", "RETREAT", "Mongo")),
    (f"The {KLF} left the town of Abeche on Friday.", (KLF, "RETREAT", "Abeche")),
    ("Sudanese troops have left Kassala.", ("Sudan", "RETREAT", "Kassala")),
    # RETREAT in the passive with no agent: the forces' owner pulls them back (also the machine translation's "of")
    ("The troops of Chad will be moved back by ten kilometres from the border.", ("Chad", "RETREAT", None)),
    ("Chadian forces will be drawn back from the frontier.", ("Chad", "RETREAT", None)),
    # MOBILIZE: units shifted into a region
    ("Niger shifted two regiments into the Tillaberi region.", ("Niger", "MOBILIZE", "Tillaberi")),
    # AID: buying is receiving from the seller (main clause, relative clause)
    ("Chad, which has bought drones from Niger since 2024, relied on them.", ("Niger", "AID", "Chad")),
    ("Chad purchased twelve armoured vehicles from Niger.", ("Niger", "AID", "Chad")),
    ("Mali has imported rifles from Turkey since 2020.", ("Turkey", "AID", "Mali")),
    # AID: fighters paid or hired for a purpose, whoever the recipient
    ("The gunmen were allegedly paid by Sudan to attack the convoy.", ("Sudan", "AID", None)),
    ("Sudan hired mercenaries to guard the mines.", ("Sudan", "AID", None)),
    ("The kidnappers were bribed by Chad to free the hostages.", ("Chad", "AID", None)),
    # AID with no named recipient: a thing given for a purpose, people taken in, money pledged
    ("Niger would provide two aircraft to carry the wounded.", ("Niger", "AID", None)),
    ("Chad has offered to host the released prisoners.", ("Chad", "AID", None)),
    ("Sudan said it would shelter the refugees.", ("Sudan", "AID", None)),
    ("Sudan pledged 5 million dollars for the refugees.", ("Sudan", "AID", None)),
    # CONSULT: a go-between's work (relative clause, reduced passive with coordinated agents, plain)
    ("Qatar, which has mediated quietly for a year, may help.", ("Qatar", "CONSULT", None)),
    ("The exchange, mediated by Qatar and the African Union, was overseen by the Red Cross.",
     ("Qatar", "CONSULT", None)),
    ("The exchange, mediated by Qatar and the African Union, was overseen by the Red Cross.",
     ("African Union", "CONSULT", None)),
    ("Norway arbitrated for months.", ("Norway", "CONSULT", None)),
    # the noun: each side of the mediation is consulted
    ("Qatar's mediation between Chad and Sudan failed.", ("Qatar", "CONSULT", "Sudan")),
    ("The mediation by Norway between Chad and Sudan continued.", ("Norway", "CONSULT", "Chad")),
    # CONSULT: a matter put to a party (the party on the verb or on the matter)
    ("Qatar had raised the drone sales with Niger.", ("Qatar", "CONSULT", "Niger")),
    ("Chad raised the issue of the refugees with Sudan.", ("Chad", "CONSULT", "Sudan")),
    ("Egypt broached the matter with Sudan.", ("Egypt", "CONSULT", "Sudan")),
    ("Qatar took up the matter with Niger.", ("Qatar", "CONSULT", "Niger")),
    # the matter is never the party, even when it names one
    ("Qatar raised the Egypt question with Niger.", ("Qatar", "CONSULT", "Niger")),
    # CONSULT: an envoy's or minister's journey to states or their capitals
    ("The envoy Jan Kowalski said he would travel to Khartoum and Niamey this week.",
     ("Jan Kowalski", "CONSULT", "Niger")),
    ("Foreign Minister Anna Berg will fly to Chad on Monday.", ("Anna Berg", "CONSULT", "Chad")),
    ("President Ali Musa went to Niger for a day.", ("Ali Musa", "CONSULT", "Niger")),
    # COERCE: captives held by a party (reduced passive, active, passive)
    (f"Nine Chadian soldiers held by the {KLF} will be freed.", (KLF, "COERCE", "Chad")),
    (f"The {KLF} holds three Sudanese journalists.", (KLF, "COERCE", "Sudan")),
    ("Sudanese civilians held by Chad were released on Monday.", ("Chad", "COERCE", "Sudan")),
    # COERCE: convoys stopped on their way to a place (the head noun, not its "aid" modifier, is what is stopped)
    ("Sudan has stopped every aid convoy to the Darfur highlands since Monday.", ("Sudan", "COERCE", "Darfur")),
    ("Chad halted the food convoys to Niger.", ("Chad", "COERCE", "Niger")),
    ("Chad intercepted the relief convoys to Niger.", ("Chad", "COERCE", "Niger")),
    # (aid itself halted is a SANCTION, as before)
    ("Chad halted aid to Niger.", ("Chad", "SANCTION", "Niger")),
    # AGREE: a ceasefire kept
    (f"The {KLF} said it would observe a ceasefire from Saturday.", (KLF, "AGREE", None)),
    ("Chad will respect the truce.", ("Chad", "AGREE", None)),
    ("Niger said it would honour the truce with Chad.", ("Niger", "AGREE", "Chad")),
    (f"The {KLF} says it will abide by the ceasefire.", (KLF, "AGREE", None)),
    ("Niger gave Chad guarantees that the convoy would pass.", ("Niger", "AGREE", None)),
    # AGREE: a guarantee or assurance received from a party (also "from the side of X", machine translation)
    (f"The {KLF} has received the guarantee from the side of Niger that the wounded will not be arrested.",
     ("Niger", "AGREE", KLF)),
    ("Chad received assurances from Niger that the convoy would pass.", ("Niger", "AGREE", "Chad")),
    ("Chad obtained a pledge from Sudan that the border would stay open.", ("Sudan", "AGREE", "Chad")),
    # THREATEN: ties put under review
    ("Chad said it would review its cooperation with the European Union on refugees.",
     ("Chad", "THREATEN", "European Union")),
    ("Sudan will reconsider its relations with Egypt.", ("Sudan", "THREATEN", "Egypt")),
    ("Niger is reassessing its partnership with France.", ("Niger", "THREATEN", "France")),
    # an envoy's journey to places the article names (capitals are resolved to their states later)
    ("The envoy Jan Kowalski said he would travel to Kessin and Abeche this week.",
     ("Jan Kowalski", "CONSULT", "Abeche")),
    # an act done on someone's orders is theirs (fronted, inside, after the clause)
    ("By order of President Ali Musa, two additional brigades have been moved to the Kessin region.",
     ("Ali Musa", "MOBILIZE", "Kessin")),
    ("On the orders of Ali Musa, the army was deployed to Kessin.", ("Ali Musa", "MOBILIZE", "Kessin")),
    ("The troops were sent to Abeche on Ali Musa's orders.", ("Ali Musa", "MOBILIZE", "Abeche")),
    # a raising adjective between the doer and the act
    ("The European Union seems likely to agree an arms embargo on Sudan.", ("European Union", "SANCTION", "Sudan")),
    ("Niger appears set to impose sanctions on Chad.", ("Niger", "SANCTION", "Chad")),
    ("Egypt looks certain to send troops to Sudan.", ("Egypt", "MOBILIZE", "Sudan")),
])
def test_events_unseen9_triggers(nlp, text, expected):
    rels = _rels(nlp, text)
    assert expected in rels, rels


@pytest.mark.parametrize("text,absent", [
    ("Chad withdrew its ambassador from Niger.", "RETREAT"),
    ("President Ali Musa left Abeche on Monday.", "RETREAT"),
    (f"The {KLF} left the talks.", "RETREAT"),
    ("Chad bought time.", "AID"),
    ("Chad bought shares from Niger.", "AID"),
    ("Chad paid its debts to Niger.", "AID"),
    ("The workers were paid by Chad.", "AID"),
    ("Niger would provide an update on the talks.", "AID"),
    ("Chad raised funds with the help of Niger.", "CONSULT"),
    ("Chad raised taxes.", "CONSULT"),
    ("The mediation failed.", "CONSULT"),
    ("Thousands of refugees travelled to Chad.", "CONSULT"),
    ("Thousands of refugees arrived in Chad.", "CONSULT"),
    ("Qatar took up arms against Niger.", "CONSULT"),
    ("Chadian troops headed to Niger.", "CONSULT"),
    (f"The {KLF} held the town of Abeche for a week.", "COERCE"),
    ("Chad held talks with Niger.", "COERCE"),
    ("Chad violated the truce.", "AGREE"),
    ("Chad halted aid to Niger.", "COERCE"),
    ("Chad received a letter from Niger.", "AGREE"),
    ("Chad reviewed its budget.", "THREATEN"),
    ("Chad said it would review its cooperation with the European Union on refugees.", "COOPERATE"),
    (f"The {KLF} launched an appeal for the families near Abeche.", "ASSAULT"),
])
def test_events_unseen9_lookalikes(nlp, text, absent):
    rels = _rels(nlp, text)
    assert not any(t == absent and (s or o) for s, t, o in rels), rels


@pytest.mark.parametrize("text,protest", [
    # a crowd marching to a seat of power or a gate protests, with no actor named
    ("On Wednesday thousands of refugees marched to the camp gate with photos of the dead.", True),
    ("Hundreds of students marched to the parliament.", True),
    ("Thousands of farmers marched towards the presidential palace on Friday.", True),
    ("Thousands of soldiers marched to the gate.", False),      # troops marching do not protest
    ("Hundreds of students marched to the library.", False),    # no seat of power
    ("The refugees walked to the camp gate.", False),
])
def test_events_unseen9_crowd_march(nlp, text, protest):
    rels = _rels(nlp, text)
    assert ((None, "PROTEST", None) in rels) is protest, rels


@pytest.mark.parametrize("text", [
    "Two brigades were moved to Kessin on Monday.",         # no order, no agent: no mover
    "By the order of the court, the convoy was stopped.",   # (no actor gives the order)
])
def test_events_unseen9_no_orderer(nlp, text):
    rels = _rels(nlp, text)
    assert not any(s for s, _, _ in rels), rels


@pytest.mark.parametrize("text,traveller,place", [
    ("The envoy Jan Kowalski arrived in Khartoum on Monday.", "Jan Kowalski", "Khartoum"),
    ("Foreign Minister Anna Berg landed in Niamey on Monday.", "Anna Berg", "Niamey"),
])
def test_events_unseen9_arrival_visits(nlp, text, traveller, place):
    claims, by_id = extract(nlp, text)
    assert any(c.event.type == "CONSULT" and c.event.location == place and c.event.subject_mention and
               by_id[c.event.subject_mention].name == traveller for c in claims), [c.event for c in claims]


@pytest.mark.parametrize("text,doer,place", [
    # an attack on a target that stands near, in or at a place: the attack needs no party, its place is the town
    (f"The {KLF} launched an attack on an army post near the border town of Abeche on Monday.", KLF, "Abeche"),
    (f"The {KLF} carried out a raid against an army post in Abeche.", KLF, "Abeche"),
    (f"The {KLF} mounted an assault on a police station outside Abeche.", KLF, "Abeche"),
])
def test_events_unseen9_attack_target_place(nlp, text, doer, place):
    claims, by_id = extract(nlp, text)
    hits = [c for c in claims if c.event.type == "ASSAULT"]
    assert any(by_id[c.event.subject_mention].name == doer and c.event.location == place
               for c in hits if c.event.subject_mention), [(c.event.subject_mention, c.event.location) for c in hits]
