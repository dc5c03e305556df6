"""Generic institutions as speakers: a state's bodies named bare in lower case or with the state ("the port
authority said", "the Ostrevian electoral commission put turnout at 61 percent").

Every state, city and sentence here is invented for the tests.
"""
from __future__ import annotations

import pytest

from claimgraph.extract.kb import get_kb
from claimgraph.extract.mentions import find_mentions
from claimgraph.model import Document

pytestmark = pytest.mark.model


def _mentions(nlp, text):
    return find_mentions(Document(id="b1", path="b1.txt", text=text), nlp(text))


@pytest.mark.parametrize("name,kb_id", [
    ("health department", "inst:health-ministry"),
    ("Central Electoral Commission", "inst:electoral-commission"),
    ("Ministry of Emergencies", "inst:emergencies-ministry"),
    ("State Border Service", "inst:border-service"),
    ("customs service", "inst:customs-service"),
    ("bureau of statistics", "inst:statistics-office"),
    ("port authority", "inst:port-authority"),
    ("civil aviation authority", "inst:airport-authority"),
])
def test_bare_bodies_generic_heads_are_known(name, kb_id):
    entry = get_kb().lookup(name, generic=True)
    assert entry is not None and entry.generic and entry.id == kb_id


@pytest.mark.parametrize("text,body,owner", [
    ("Ostrevia counts its dead\n\nThe Ostrevian army said the rain had stopped. The port authority said the "
     "harbour was closed.", "port authority", "Ostrevia"),
    ("Ostrevia counts its dead\n\nThe Ostrevian government braced for more rain. The statistics office said prices rose 4 percent.",
     "statistics office", "Ostrevia"),
    ("Ostrevia counts its dead\n\nThe Ostrevian government braced for more rain. The customs service said it seized 12 trucks.",
     "customs service", "Ostrevia"),
    # a city named with it owns it, in an article about a state
    ("Ostrevia counts its dead\n\nThe Ostrevian government braced for more rain. The airport authority in Quelmark said flights "
     "had resumed.", "airport authority", "Quelmark"),
])
def test_bare_bodies_bare_institution_of_the_one_state(nlp, text, body, owner):
    found = [m for m in _mentions(nlp, text) if m.name == body]
    assert found, [(m.text, m.kind) for m in _mentions(nlp, text)]
    assert found[0].kb_id.startswith("inst:") and found[0].affiliation == owner


def test_bare_bodies_with_a_demonym(nlp):
    text = "Ostrevia votes\n\nThe Ostrevian electoral commission said 61 percent of voters took part."
    found = [m for m in _mentions(nlp, text) if m.kb_id == "inst:electoral-commission"]
    assert found and found[0].affiliation == "Ostrevia"


@pytest.mark.parametrize("text,word", [
    # a health worker is a person, the port a place: no institution
    ("Ostrevia counts its dead\n\nThe Ostrevian government braced for more rain. A health worker said the clinic was full.",
     "health"),
    ("Ostrevia counts its dead\n\nThe Ostrevian government braced for more rain. Ships waited at the port for days.", "port"),
    # two states: whose port authority is not said, so no mention
    ("Ostrevia and Quelmark argue\n\nThe Ostrevian army accused Quelmark of lying. The Quelmarkian army denied it. The port "
     "authority said the harbour was closed.", "port authority"),
])
def test_bare_bodies_look_alikes_make_no_institution(nlp, text, word):
    assert not [m for m in _mentions(nlp, text) if word in m.name and (m.kb_id or "").startswith("inst:")]


def test_bare_bodies_called_back_body_keeps_its_first_name(nlp):
    text = ("Ostrevia counts its dead\n\nThe Ostrevian health ministry said 12 people died. The health ministry "
            "later raised the toll to 15.")
    found = [m for m in _mentions(nlp, text) if m.kb_id == "inst:health-ministry"]
    assert len(found) == 2 and {m.local_key for m in found} == {"Ostrevian health ministry"}
