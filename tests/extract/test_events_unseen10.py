"""Events on the failure classes a development set showed unread in round 8: forces or monitors deployed with no
destination, a truce brokered with no parties named, a hostile act done to anyone at all (also with the present
tense tagged a noun), heavy weapons pulled back by their owners, crowds held by the police, charges blown up. Each
class has sentences in several phrasings or syntactic shapes and look-alikes that must not give the event. Invented
sentences only (real states, invented groups, places and people)."""
from __future__ import annotations

import pytest

from tests.extract.invented import extract, relations

pytestmark = pytest.mark.model

KLF = "Kanem Liberation Front"
TRUCE = f"Chad and the {KLF} signed a truce on Monday. "
ELECTION = "The election in Niger ended on Friday. "


def _rels(nlp, text):
    return relations(*extract(nlp, text))


@pytest.mark.parametrize("text,expected", [
    # MOBILIZE: forces, monitors, observers, volunteers deployed or stationed need no destination
    ("Chad deployed its monitors on Monday.", ("Chad", "MOBILIZE", None)),
    ("The African Union, which deployed its observers in May, said nothing.", ("African Union", "MOBILIZE", None)),
    ("Niger has stationed 2,000 troops since June.", ("Niger", "MOBILIZE", None)),
    (f"The {KLF} has deployed 300 volunteers.", (KLF, "MOBILIZE", None)),
    ("Mali sent peacekeepers to Niger.", ("Mali", "MOBILIZE", "Niger")),
    # CONSULT: a truce brokered with its parties unnamed (relative clause, main clause)
    ("Qatar, which brokered the truce, was silent.", ("Qatar", "CONSULT", None)),
    ("Norway brokered the ceasefire last year.", ("Norway", "CONSULT", None)),
    ("Egypt had brokered the deal in March.", ("Egypt", "CONSULT", None)),
    # ASSAULT / COERCE on anyone at all (also "fires" tagged a plural noun at the root)
    ("The army of Chad allegedly fires on anyone who tries to fetch water.", ("army of Chad", "ASSAULT", None)),
    (f"The {KLF} attacks anyone who crosses the bridge.", (KLF, "ASSAULT", None)),
    ("Chadian troops shoot at everybody who approaches the river.", ("Chad", "ASSAULT", None)),
    # RETREAT: heavy weapons of both sides (or of one) pulled back, moved back, withdrawn: their owners pull back
    (TRUCE + "The heavy artillery of both sides will be pulled back.", ("Chad", "RETREAT", None)),
    (TRUCE + "The heavy artillery of both sides will be pulled back.", (KLF, "RETREAT", None)),
    (TRUCE + "According to the deal, the heavy weapons of both sides must be moved back on fifteen kilometres.",
     (KLF, "RETREAT", None)),
    ("Chadian guns will be withdrawn from the front line.", ("Chad", "RETREAT", None)),
    # COERCE: the police hold a crowd (hundreds, dozens of protesters) for the state the article is about
    (ELECTION + "The police detained hundreds on Saturday.", ("Niger", "COERCE", None)),
    (ELECTION + "Police arrested dozens of protesters on Sunday.", ("Niger", "COERCE", None)),
    (ELECTION + "Security forces detained thousands at the rally.", ("Niger", "COERCE", None)),
    # ASSAULT: blown up (active; the target's place is named)
    ("Chadian sappers blew up the bridge at Mongo.", ("Chad", "ASSAULT", "Mongo")),
    (f"The fighters of the {KLF} blew up a depot in Niger.", (KLF, "ASSAULT", "Niger")),
])
def test_events_unseen10_triggers(nlp, text, expected):
    assert expected in _rels(nlp, text)


@pytest.mark.parametrize("text,absent", [
    # not forces: nothing moved
    ("Niger deployed a new app for taxes.", ("Niger", "MOBILIZE", None)),
    # a sale brokered is no consultation of parties
    ("The bank brokered the sale of the building.", ("bank", "CONSULT", None)),
    # anyone welcomed is no attack
    (f"The {KLF} welcomes anyone who crosses the bridge.", (KLF, "ASSAULT", None)),
    ("The children fired at nothing.", (None, "ASSAULT", None)),
    # a withdrawal of both sides' artillery is not a retreat of one side from the other
    (TRUCE + "The heavy artillery of both sides will be pulled back.", ("Chad", "RETREAT", KLF)),
    (TRUCE + "The heavy artillery of both sides will be pulled back.", (KLF, "RETREAT", "Chad")),
    # things counted are no captives; a story or a balloon blown up is no attack
    (ELECTION + "Police counted hundreds of cars on Sunday.", ("Niger", "COERCE", None)),
])
def test_events_unseen10_lookalikes(nlp, text, absent):
    assert absent not in _rels(nlp, text)


@pytest.mark.parametrize("text", ["The children blew up balloons.", "The story blew up on social media."])
def test_events_unseen10_blow_up_lookalikes(nlp, text):
    assert not any(t == "ASSAULT" for _, t, _ in _rels(nlp, text))


@pytest.mark.parametrize("text,expected", [
    # COERCE: a named place encircled, surrounded or blockaded by forces or a party (also in a relative clause)
    ("Chadian troops have encircled Abeche since early May.", ("Chad", "COERCE", "Abeche")),
    ("Abeche, which Chadian troops have encircled since May, is short of food.", ("Chad", "COERCE", "Abeche")),
    (f"The {KLF} surrounded Abeche on Friday.", (KLF, "COERCE", "Abeche")),
    # ASSAULT: an operation named with a hyphenated modifier the tokenizer splits
    ("On 12 May units of the Chadian army conducted a counter-terrorist operation in Abeche.",
     ("Chadian army", "ASSAULT", None)),
    ("Chad launched a counterterrorist operation in the Lake region.", ("Chad", "ASSAULT", None)),
    ("Niger carried out an anti-terrorism operation near Agadez.", ("Niger", "ASSAULT", None)),
    # ASSAULT: a party's share in an attack names its doer (of-phrase, possessive)
    ("Niger condemned the participation of Chad in the aggression against Sudan.", ("Chad", "ASSAULT", "Sudan")),
    ("Niger condemned Chad's involvement in the attack on Sudan.", ("Chad", "ASSAULT", "Sudan")),
    ("Sudan pointed to the role of Chad in the bombing of Darfur.", ("Chad", "ASSAULT", "Darfur")),
    # ASSAULT: projectiles of a party that fell, landed or exploded in a place
    ("Three shells of the Chadian artillery have fallen in the village Abeche.", ("Chad", "ASSAULT", None)),
    ("Chadian rockets landed near Abeche on Monday.", ("Chad", "ASSAULT", None)),
    (f"A missile of the {KLF} exploded in Abeche.", (KLF, "ASSAULT", None)),
    # AGREE both ways: the parties after "between" on the signed thing's own phrase (machine translation order)
    (f"In Abeche was signed the agreement about the ceasefire between Chad and the {KLF}.", ("Chad", "AGREE", KLF)),
    (f"In Abeche was signed the agreement about the ceasefire between Chad and the {KLF}.", (KLF, "AGREE", "Chad")),
    ("An accord on the truce between Chad and Niger was signed on Monday.", ("Niger", "AGREE", "Chad")),
])
def test_events_unseen10_places_and_shares(nlp, text, expected):
    assert expected in _rels(nlp, text)


def _doers(nlp, text):
    return {(s, t) for s, t, _ in _rels(nlp, text)}


@pytest.mark.parametrize("text,expected", [
    # AID: weapons delivered to armed recipients, the source hung on the recipient by the parser
    ("At least 45 artillery pieces have been delivered to the rebels from Niger.", ("Niger", "AID")),
    ("Rifles were smuggled to the militants from Chad.", ("Chad", "AID")),
    ("Drones have been supplied to the separatists from Sudan.", ("Sudan", "AID")),
    # PROTEST by a crowd with no actor: against or over something, or a protest noun in a place
    ("Thousands marched against the conscription decree.", (None, "PROTEST")),
    ("Thousands of students protested against the new law.", (None, "PROTEST")),
    ("Hundreds of farmers demonstrated over the fuel prices.", (None, "PROTEST")),
    ("The unrest has brought the largest street protests in Niamey in a decade.", (None, "PROTEST")),
    ("The protests in Niamey continued.", (None, "PROTEST")),
])
def test_events_unseen10_doers(nlp, text, expected):
    assert expected in _doers(nlp, text)


@pytest.mark.parametrize("text,absent", [
    # a place surrounded by hills or mountains is not coerced
    ("Abeche, which is surrounded by hills, is quiet.", "COERCE"),
    ("The village of Abeche is surrounded by mountains.", "COERCE"),
    # an operation of no military kind
    ("Niger conducted a rescue operation in Agadez.", "ASSAULT"),
    # a part in talks is no attack
    ("Niger praised the role of Chad in the talks.", "ASSAULT"),
    # prices fall, shells fall into the sea: no place of a party attacked
    ("Prices fell in Abeche.", "ASSAULT"),
    ("The shells fell harmlessly into the sea.", "ASSAULT"),
    # refugees' origin is no giver; a signed agreement with no parties names none
    ("Food aid was delivered to the refugees from Sudan.", "AID"),
    ("The agreement on trade was signed in Abeche.", "AGREE"),
    # troops marching against rebels, a crowd marching over a bridge: no protest
    ("Thousands of troops marched against the rebels.", "PROTEST"),
    ("Thousands of people marched over the bridge.", "PROTEST"),
    ("Hundreds of miners protested.", "PROTEST"),
])
def test_events_unseen10_place_lookalikes(nlp, text, absent):
    assert not any(t == absent for _, t, _ in _rels(nlp, text))


@pytest.mark.parametrize("text,expected", [
    # AID: a party's convoys or trucks reaching, entering or arriving in a place
    ("The Red Cross said its convoys had reached Abeche twice through the humanitarian corridor.",
     ("International Committee of the Red Cross", "AID")),
    ("The first Red Cross convoy entered Abeche on Monday.", ("International Committee of the Red Cross", "AID")),
    ("UN trucks arrived in Abeche with flour.", ("United Nations", "AID")),
    # ASSAULT: fire directed or adjusted on a target (also by the ones helped to do it)
    (f"Chadian officers helped the {KLF} crews to direct fire on the garrison outside Abeche.", (KLF, "ASSAULT")),
    (f"The {KLF} directed artillery fire on Abeche.", (KLF, "ASSAULT")),
    ("Chadian spotters adjusted the barrage on Abeche.", ("Chad", "ASSAULT")),
    # SUPPORT: a state's volunteers fighting in a place; standing with a party
    ("Volunteers from Niger are fighting in Darfur.", ("Niger", "SUPPORT")),
    ("Nigerien volunteers have been fighting in Darfur since June.", ("Nigerien", "SUPPORT")),
    ("Niger stands with the people of Sudan.", ("Niger", "SUPPORT")),
    # COOPERATE: help given to an inquiry, no party named
    ("Chad said it would cooperate with any investigation.", ("Chad", "COOPERATE")),
    (f"The {KLF} turned over the files to the inquiry.", (KLF, "COOPERATE")),
    (f"The {KLF} would hand over its findings to the investigation.", (KLF, "COOPERATE")),
    # COERCE: people taken at a post held by a party (agentless passive): the holder did it
    (f"Two monitors were detained at a checkpoint held by the {KLF}.", (KLF, "COERCE")),
    ("Three journalists were arrested at a roadblock manned by Chadian soldiers.", ("Chad", "COERCE")),
])
def test_events_unseen10_owners(nlp, text, expected):
    assert expected in _doers(nlp, text)


@pytest.mark.parametrize("text,absent", [
    ("The convoy reached an agreement.", "AID"),
    ("Mercenaries from Niger are fighting in Darfur.", "SUPPORT"),
    ("The fans stood with their team.", "SUPPORT"),
    ("The students handed over the keys to the janitor.", "COOPERATE"),
    (f"Two monitors were welcomed at a checkpoint held by the {KLF}.", "COERCE"),
    (f"Two farmers were attacked near a village controlled by the {KLF}.", "ASSAULT"),
    ("Two monitors were detained at a checkpoint.", "COERCE"),
])
def test_events_unseen10_owner_lookalikes(nlp, text, absent):
    assert not any(t == absent and s is not None for s, t, _ in _rels(nlp, text))


@pytest.mark.parametrize("text,expected", [
    # each item of a coordinated antecedent of a relative pronoun does what the relative clause says
    ("Niger and Mali, which brokered the truce, were silent.", ("Mali", "CONSULT")),
    ("Qatar and Egypt, which have mediated for a year, may help.", ("Egypt", "CONSULT")),
    ("Chad and Niger, which have sent troops to Mali, said nothing.", ("Niger", "MOBILIZE")),
    # forces sent or dispatched need no destination; a name not typed as a place may be encircled by forces
    ('Niger is believed to have sent between 1,000 and 1,500 "volunteers" since June.', ("Niger", "MOBILIZE")),
    ("Niger has dispatched 300 troops.", ("Niger", "MOBILIZE")),
    ("Chadian forces have encircled Kostrel since early September.", ("Chad", "COERCE")),
    (f"The {KLF} has surrounded Kostrel.", (KLF, "COERCE")),
])
def test_events_unseen10_lists_and_moves(nlp, text, expected):
    assert expected in _doers(nlp, text)


@pytest.mark.parametrize("text,absent", [
    ("Niger sent a letter.", ("Niger", "MOBILIZE")),
    ("Niger sent its condolences.", ("Niger", "MOBILIZE")),
    ("Mountains surround Kostrel.", (None, "COERCE")),
    ("The fans surrounded Kostrel Smith at the airport.", (None, "COERCE")),
    ("Qatar, which brokered the truce, was silent.", ("Egypt", "CONSULT")),
])
def test_events_unseen10_lists_and_moves_lookalikes(nlp, text, absent):
    assert absent not in _doers(nlp, text)


@pytest.mark.parametrize("text", [
    "The Chadian regime sent its jets over the border.",    # not counted: the jets' raid, not a build-up
    "The African Union has offered to send observers.",
])
def test_events_unseen10_uncounted_sending(nlp, text):
    assert not any(t == "MOBILIZE" and o is None for _, t, o in _rels(nlp, text))


@pytest.mark.parametrize("text,doer,place", [
    # RETREAT from a position by a place: the place left, one phrase deep (also on the particle "back")
    (f"The {KLF} pulled its fighters back from the positions above the Abeche valley.", KLF, "Abeche valley"),
    ("Chadian troops pulled back from the ridge above Abeche.", "Chad", "Abeche"),
    # the place of the village named by apposition (machine translation)
    ("Three shells of the Chadian artillery have fallen in the village Abeche.", "Chad", "Abeche"),
])
def test_events_unseen10_places_left(nlp, text, doer, place):
    claims, by_id = extract(nlp, text)
    assert any(c.event.location == place for c in claims if c.event.type), [c.event for c in claims]


def test_events_unseen10_place_left_not_for_talks(nlp):
    claims, _ = extract(nlp, "Chad said the minister left the talks early.")
    assert not any(c.event.type == "RETREAT" for c in claims)


@pytest.mark.parametrize("text,expected", [
    # ASSAULT: people killed are the act's whole target (no party of theirs named)
    ("Chad says its soldiers killed 14 fighters and no civilians.", ("Chad", "ASSAULT")),
    (f"The {KLF} killed dozens of civilians.", (KLF, "ASSAULT")),
    (f"Gunmen of the {KLF} killed nine soldiers on Monday.", (KLF, "ASSAULT")),
])
def test_events_unseen10_people_killed(nlp, text, expected):
    assert expected in _doers(nlp, text)


@pytest.mark.parametrize("text", ["The storm killed 14 people.", "Chad killed the proposal.",
                                  f"He said the {KLF} would never target civilians."])
def test_events_unseen10_people_killed_lookalikes(nlp, text):
    assert not any(t == "ASSAULT" and s is not None for s, t, _ in _rels(nlp, text))
