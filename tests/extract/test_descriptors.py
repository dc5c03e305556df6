"""Descriptors of a side of a war ("federal troops", "the federal government", "the separatists", "rebel
fighters") are mentions of the one state or movement they describe; with two candidates, none.

Every state, group, town and sentence here is invented for the tests.
"""
from __future__ import annotations

import pytest

from claimgraph.extract.descriptors import FEDERAL, MOVEMENT, SHAPE
from claimgraph.extract.mentions import find_mentions
from claimgraph.model import Document

pytestmark = pytest.mark.model

FED = "The Federal Republic of Kessaria said on Monday it would not talk to the Dravan Liberation Front (DLF). "
TWO_FED = "The Federal Republic of Kessaria and the Federal Republic of Ostmark met in Pelka. "


def _mentions(nlp, text):
    return find_mentions(Document(id="d1", path="d1.txt", text=text), nlp(text))


def _at(mentions, phrase):
    """The mentions whose text is ``phrase`` (case as written)."""
    return [m for m in mentions if m.text == phrase]


@pytest.mark.parametrize("text,phrase", [
    (FED + "Federal troops stormed the village of Orvik on Tuesday.", "Federal troops"),
    (FED + "The DLF blamed federal artillery for the blast.", "federal artillery"),
    (FED + "Orvik, which federal forces have surrounded since May, is short of water.", "federal forces"),
    (FED + "The rebels say federal sappers destroyed the bridge themselves.", "federal sappers"),
    (FED + "In Orvik the federal side prepares a new offensive.", "the federal side"),
])
def test_descriptors_federal_forces_are_the_federal_state(nlp, text, phrase):
    found = _at(_mentions(nlp, text), phrase)
    assert [(m.kind, m.local_key) for m in found] == [("country", "Kessaria")]


@pytest.mark.parametrize("text,phrase,kind,key", [
    (FED + "The federal government, which accuses the DLF of lying, says 40 soldiers died.",
     "The federal government", "government", "government (Kessaria)"),
    (FED + "Aid reached Orvik, the federal authorities said.", "the federal authorities", "government",
     "government (Kessaria)"),
    (FED + "The federal defence ministry said the market was hit by mortars.", "The federal defence ministry",
     "organization", "defence ministry (Kessaria)"),
])
def test_descriptors_federal_organs_are_the_federal_states(nlp, text, phrase, kind, key):
    found = _at(_mentions(nlp, text), phrase)
    assert [(m.kind, m.local_key, m.affiliation) for m in found] == [(kind, key, "Kessaria")]


def test_descriptors_federal_names_belong_to_the_federal_state(nlp):
    text = FED + ("Units of the Federal Army entered Orvik. The Federal Migration Service counted 300 people. "
                  "The DLF attacked the Federal Republic again.")
    ms = _mentions(nlp, text)
    army = _at(ms, "Federal Army")
    assert [(m.kb_id, m.affiliation) for m in army] == [("inst:army", "Kessaria")]
    assert [m.affiliation for m in _at(ms, "Federal Migration Service")] == ["Kessaria"]
    assert [(m.kind, m.local_key) for m in _at(ms, "Federal Republic")] == [("country", "Kessaria")]


def test_descriptors_federal_of_a_known_federal_state(nlp):
    # the knowledge base's official name makes Nigeria federal
    text = "Gunmen attacked a school in northern Nigeria on Sunday. Federal troops were sent to the area."
    found = _at(_mentions(nlp, text), "Federal troops")
    assert [m.kb_id for m in found] == ["country:NG"]


@pytest.mark.parametrize("text,phrase", [
    # the article names states, none of them federal: the corpus decides (a placeholder)
    ("Austria accused Hungary of shelling Orvik. Federal troops stormed the village on Tuesday.", "Federal troops"),
    ("Hungary said on Monday that the federal government had fallen.", "the federal government"),
])
def test_descriptors_federal_without_a_federal_state_is_left_to_the_corpus(nlp, text, phrase):
    found = _at(_mentions(nlp, text), phrase)
    assert len(found) == 1 and FEDERAL in (found[0].local_key or "") and found[0].affiliation_kb is None
    assert found[0].kind == "government" or found[0].kb_id == SHAPE


@pytest.mark.parametrize("text,phrase", [
    (TWO_FED + "Federal troops stormed the village of Orvik on Tuesday.", "Federal troops"),     # two federal states
    (FED + "A federal soldier was wounded near Orvik.", "A federal soldier"),                   # nobody in particular
    (FED + "The DLF put federal losses at 900.", "federal losses"),                             # no force noun
    ("Federal troops stormed the village of Orvik on Tuesday.", "Federal troops"),               # no state at all
])
def test_descriptors_federal_look_alikes_stand_for_no_state(nlp, text, phrase):
    ms = _mentions(nlp, text)
    assert not [m for m in ms if phrase.lower() in m.text.lower() or m.text.lower() in phrase.lower()
                and m.text.islower()], [(m.text, m.local_key) for m in ms]


MOV = "Kessaria said on Monday it would not talk to the Dravan Liberation Front (DLF). "


@pytest.mark.parametrize("text,phrase", [
    (MOV + "The separatists said they would fight on.", "The separatists"),
    (MOV + "The army accused the rebels of shelling Orvik.", "the rebels"),
    (MOV + "The ministry said separatist mortars had hit the market.", "separatist mortars"),
    (MOV + "Two monitors were stopped by rebel fighters near Orvik.", "rebel fighters"),
    (MOV + "The insurgent delegation did not attend the talks.", "The insurgent delegation"),
    # the state's own army named in the article is no movement
    ("The Federal Army of Kessaria shelled Orvik, where the Dravan Liberation Front holds the hills. The militants "
     "hold 40 people hostage.", "The militants"),
])
def test_descriptors_movement_words_are_the_one_movement(nlp, text, phrase):
    found = _at(_mentions(nlp, text), phrase)
    assert [m.local_key for m in found] == ["Dravan Liberation Front"]


@pytest.mark.parametrize("text,phrase", [
    # two movements: never a guess
    ("The Dravan Liberation Front and the Northern Resistance Movement met in Orvik. The rebels said they would "
     "fight on.", "The rebels"),
    # the owner is named by the plural's own modifier
    (MOV + "Karvan rebels said they would fight on.", "Karvan rebels"),
    # a numbered unit is a regular army's, not a movement: no movement, no state: nothing
    ("The 114th Mountain Brigade entered Orvik. The rebels said they would fight on.", "The rebels"),
])
def test_descriptors_movement_look_alikes_stand_for_no_movement(nlp, text, phrase):
    ms = _mentions(nlp, text)
    assert not [m for m in ms if m.text.lower() == phrase.lower() and not m.pronoun and
                m.local_key not in (None, m.name)], [(m.text, m.local_key) for m in ms]


def test_descriptors_movement_with_none_named_is_left_to_the_corpus(nlp):
    text = "Hungary said on Monday that the separatists had shelled Orvik."
    found = _at(_mentions(nlp, text), "the separatists")
    assert [(m.local_key, m.kb_id) for m in found] == [(MOVEMENT, SHAPE)]


GOV = "The Quorvian government said on Monday that talks with the Dravan Liberation Front would resume. "


@pytest.mark.parametrize("text,phrase", [
    (GOV + "Government forces shelled Orvik on Tuesday.", "Government forces"),
    (GOV + "The rebels said regime troops had entered Selvo.", "regime troops"),
    (GOV + "Selvo, which loyalist fighters took in May, is calm.", "loyalist fighters"),
])
def test_descriptors_government_forces_are_the_one_governments(nlp, text, phrase):
    found = _at(_mentions(nlp, text), phrase)
    assert [(m.kind, m.local_key) for m in found] == [("government", "government (Quorvia)")]


@pytest.mark.parametrize("text,phrase", [
    # two governments: either side's forces
    ("The Quorvian government and the government of Dremmia met in Selvo. Government forces shelled Orvik.",
     "Government forces"),
    # no government named: left to the events' own reading of the noun
    ("Quorvia said on Monday that government forces had shelled Orvik.", "government forces"),
    # nobody in particular
    (GOV + "A government soldier was wounded near Orvik.", "A government soldier"),
])
def test_descriptors_government_look_alikes_make_no_mention(nlp, text, phrase):
    ms = _mentions(nlp, text)
    assert not [m for m in ms if m.text.lower() == phrase.lower()], [(m.text, m.local_key) for m in ms]


@pytest.mark.parametrize("text,name,affiliation", [
    # a generic institution of the federal state the article does not name federally: the corpus places it
    ("Hungary said the Federal Army had crossed the river.", "Federal Army", FEDERAL),
    # a named body of no federal state the article knows: nobody's
    ("Hungary said the Federal Aviation Agency had closed the airport.", "Federal Aviation Agency", None),
])
def test_descriptors_federal_names_without_a_federal_state(nlp, text, name, affiliation):
    found = _at(_mentions(nlp, text), name)
    assert [m.affiliation for m in found] == [affiliation]
