"""Events on the failure classes a blind set showed unread in round 5, second pass: concessions (people freed,
passages reopened), coercion of a place (sealed, encircled, cut off, its road closed, also by the one who orders
it), solidarity as support, destruction and planted charges as attacks. Each class has positive sentences in
several phrasings and a look-alike that must not give the event. Invented sentences only."""
from __future__ import annotations

import pytest

from tests.extract.invented import extract, relations

pytestmark = pytest.mark.model


def _rels(nlp, text):
    return relations(*extract(nlp, text))


@pytest.mark.parametrize("text,expected", [
    # CONCEDE: a party's people freed, a passage (re)opened
    ("Chad freed eleven Sudanese fishermen.", ("Chad", "CONCEDE", "Sudan")),
    ("Chad released nine Sudanese sailors on Tuesday.", ("Chad", "CONCEDE", "Sudan")),
    ("Chad reopened two border crossings with Sudan.", ("Chad", "CONCEDE", "Sudan")),
    ("Chad opened a humanitarian corridor to Sudan after the talks.", ("Chad", "CONCEDE", "Sudan")),
    ("Chad reopened the sluices of the Vrenn dam.", ("Chad", "CONCEDE", None)),
    # COERCE: a place sealed, encircled, cut off, its road closed
    ("Chadian troops sealed the town of Morvaz.", ("Chad", "COERCE", "Morvaz")),
    ("The town of Morvaz, encircled by Chadian troops since Friday, ran out of water.",
     ("Chad", "COERCE", "Morvaz")),
    ("Sudanese troops surrounded the Chadian town of Morvaz.", ("Sudan", "COERCE", "Morvaz")),
    ("Chad cut electricity to Sudan.", ("Chad", "COERCE", "Sudan")),
    ("Chad cut power to Morvaz.", ("Chad", "COERCE", "Morvaz")),
    ("Chad closed the only road into Sudan.", ("Chad", "COERCE", "Sudan")),
    # the one who orders an unowned unit to act does it
    ("Chad ordered the army to cut power to Morvaz.", ("Chad", "COERCE", "Morvaz")),
    ("Chad ordered the troops to seal the town of Morvaz.", ("Chad", "COERCE", "Morvaz")),
    # SUPPORT: solidarity with a party
    ("Chad expressed solidarity with Sudan.", ("Chad", "SUPPORT", "Sudan")),
    ("Chad expressed its solidarity with the people of Sudan.", ("Chad", "SUPPORT", "Sudan")),
    ("Chad voiced its solidarity with Sudan.", ("Chad", "SUPPORT", "Sudan")),
    # ASSAULT: destroying a party's thing, charges planted on it
    ("Sudanese drones destroyed the Chadian pumping station.", ("Sudan", "ASSAULT", "Chad")),
    ("The Chadian station that was destroyed by Sudanese drones was rebuilt.", ("Sudan", "ASSAULT", "Chad")),
    ("Sudanese commandos planted the explosives on the Chadian pipeline.", ("Sudan", "ASSAULT", "Chad")),
    ("Chad laid mines in the Sudanese port.", ("Chad", "ASSAULT", "Sudan")),
])
def test_events_unseen7_triggers(nlp, text, expected):
    rels = _rels(nlp, text)
    assert expected in rels, rels


@pytest.mark.parametrize("text,absent", [
    ("Chad released a statement on Sudan.", "CONCEDE"),
    ("Chad released its annual report on Sudan.", "CONCEDE"),
    ("Chad opened fire on Sudan.", "CONCEDE"),
    ("Chad opened talks with Sudan.", "CONCEDE"),
    ("Chad opened a new road to Sudan.", "CONCEDE"),
    ("The town was surrounded by mountains near Sudan.", "COERCE"),
    ("Chad closed the road for repairs.", "COERCE"),
    ("Chad planted trees on the hill near Sudan.", "ASSAULT"),
    ("Chad destroyed the evidence.", "ASSAULT"),
    ("Chad showed solidarity with its own workers.", "SUPPORT"),
])
def test_events_unseen7_lookalikes(nlp, text, absent):
    rels = _rels(nlp, text)
    assert not any(t == absent and (s or o) for s, t, o in rels), rels


@pytest.mark.parametrize("text,expected", [
    # an owned or national unit acts for its owner, not for the one who orders it
    ("Chad ordered the Sudanese army to cut power to Morvaz.", "Sudanese army"),
])
def test_events_unseen7_ordered_owned_unit_keeps_owner(nlp, text, expected):
    rels = _rels(nlp, text)
    assert (expected, "COERCE", "Morvaz") in rels and ("Chad", "COERCE", "Morvaz") not in rels, rels


@pytest.mark.parametrize("text,expected", [
    # accusation by evaluative naming: the thing named helps a wrongdoer (favour_nouns)
    ("Chad called Sudan's measures a gift to the aggressor.", ("Chad", "ACCUSE", "Sudan")),
    ("Sudan closed the border. Chad called the measures a gift to the aggressor.", ("Chad", "ACCUSE", "Sudan")),
])
def test_events_unseen7_favour_to_wrongdoer_accuses(nlp, text, expected):
    rels = _rels(nlp, text)
    assert expected in rels, rels


def test_events_unseen7_favour_to_others_is_no_accusation(nlp):
    rels = _rels(nlp, "Chad called Sudan's measures a gift to the farmers.")
    assert not any(t == "ACCUSE" for s, t, o in rels), rels


@pytest.mark.parametrize("text,expected", [
    ("Chad said the report by Sudan was pure fantasy.", ("Chad", "REJECT", "Sudan")),
    ("Chad said Sudan's report was a fantasy.", ("Chad", "REJECT", "Sudan")),
])
def test_events_unseen7_fantasy_rejects_the_author(nlp, text, expected):
    from tests.extract.test_speech_targets import acts

    assert expected in acts(*extract(nlp, text))


def test_events_unseen7_fantasy_film_names_no_target(nlp):
    from tests.extract.test_speech_targets import acts

    found = acts(*extract(nlp, "Chad said the film was a fantasy about dragons."))
    assert not any(t == "REJECT" and o for s, t, o in found), found


@pytest.mark.parametrize("text,expected", [
    # AGREE with the body whose people are let in
    ("Chad agreed to allow inspectors from the United Nations to visit the site.", ("Chad", "AGREE", "United Nations")),
    ("Chad had agreed to let inspectors of the African Union visit the dam.", ("Chad", "AGREE", "African Union")),
    # delegations led by named parties stand for them
    ("Delegations led by Chad and Sudan met in Doha.", ("Chad", "CONSULT", "Sudan")),
    # captives freed: their side benefits
    ("Chad agreed to release Sudanese prisoners.", ("Chad", "CONCEDE", "Sudan")),
])
def test_events_unseen7_agreements_and_meetings(nlp, text, expected):
    rels = _rels(nlp, text)
    assert expected in rels, rels


@pytest.mark.parametrize("text,absent", [
    ("Chad agreed to allow its farmers to sell wheat.", "AGREE"),
    ("Chad allowed inspectors from the United Nations to visit the site.", "AGREE"),
    ("Delegations of farmers met in Doha.", "CONSULT"),
])
def test_events_unseen7_agreements_lookalikes(nlp, text, absent):
    rels = _rels(nlp, text)
    assert not any(t == absent and (s or o) for s, t, o in rels), rels


@pytest.mark.parametrize("text,expected", [
    # machine translation's "the attack of X on Y": the "of" phrase names the doer when a target follows
    ("The air attack of Chad on the bridge of Morvaz killed four.", ("Chad", "ASSAULT", "Morvaz")),
    ("The attack of Chad on Sudan was condemned.", ("Chad", "ASSAULT", "Sudan")),
    ("The sanctions of the European Union against Sudan hurt.", ("European Union", "SANCTION", "Sudan")),
])
def test_events_unseen7_of_agent_on_target(nlp, text, expected):
    rels = _rels(nlp, text)
    assert expected in rels, rels


@pytest.mark.parametrize("text,expected", [
    # no target after the "of" phrase, or no party in it: the "of" phrase stays the target
    ("The shelling of Morvaz by Sudan killed four.", ("Sudan", "ASSAULT", "Morvaz")),
    ("The attack of Monday on Morvaz killed four.", (None, "ASSAULT", "Morvaz")),
])
def test_events_unseen7_of_phrase_lookalikes(nlp, text, expected):
    rels = _rels(nlp, text)
    assert expected in rels, rels


@pytest.mark.parametrize("text,expected", [
    # a nominal accusation: the that-clause's doer is the one accused
    ("The Chadian allegation that Sudan shelled the town angered Niger.", ("Chad", "ACCUSE", "Sudan")),
    ("The Chadian accusation that Sudan shelled the town angered Niger.", ("Chad", "ACCUSE", "Sudan")),
])
def test_events_unseen7_nominal_accusation_names_the_accused(nlp, text, expected):
    rels = _rels(nlp, text)
    assert expected in rels, rels


def test_events_unseen7_nominal_accusation_of_no_party(nlp):
    rels = _rels(nlp, "The Chadian allegation that the pipeline leaked angered Niger.")
    assert not any(t == "ACCUSE" and o for s, t, o in rels), rels


@pytest.mark.parametrize("text", [
    # machine translation's call "to the return to / resumption of" a conduct noun is a request of the one called
    "Qatar has called the Sudanese side to the return to the negotiations.",
    "Qatar called Sudan to the resumption of talks.",
])
def test_events_unseen7_call_to_return_requests(nlp, text):
    from tests.extract.test_speech_targets import acts

    found = acts(*extract(nlp, text))
    assert ("Qatar", "REQUEST", "Sudan") in found, found


def test_events_unseen7_call_to_return_of_things_is_no_request(nlp):
    from tests.extract.test_speech_targets import acts

    found = acts(*extract(nlp, "Qatar called Sudan to the return of the stolen cattle."))
    assert not any(t == "REQUEST" for s, t, o in found), found
