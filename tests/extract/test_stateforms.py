"""A state's organs named with it are mentions of the state (extract/stateforms.py). Every state and name here
is invented for the tests."""
from __future__ import annotations

import pytest

from claimgraph.extract.mentions import find_mentions
from claimgraph.extract.stateforms import is_organ
from claimgraph.model import Document

pytestmark = pytest.mark.model


def run(nlp, text):
    return find_mentions(Document(id="dtest", path="test.txt", text=text), nlp(text))


def state_names(ms, state):
    return {m.name for m in ms if m.kind == "country" and m.local_key == state}


@pytest.mark.parametrize("text,phrase", [
    ("Quorvia denied it. The Quorvian side has shown no evidence.", "Quorvian side"),
    ("Peru denied it. The Peruvian side has shown no evidence.", "Peruvian side"),
    ("The Republic of Quorvia denied the accusations of the side of Quorvia.", "side of Quorvia"),
    ("Quorvia denied it. The Quorvian authorities asked for observers.", "Quorvian authorities"),
])
def test_stateforms_organ_named_with_its_state_is_a_mention_of_the_state(nlp, text, phrase):
    ms = run(nlp, text)
    state = "Peru" if "Peru" in text else "Quorvia"
    assert phrase in state_names(ms, state)


def governments(ms, state):
    return {m.name for m in ms if m.kind == "government" and m.local_key == f"government ({state})" and
            m.affiliation == state}


@pytest.mark.parametrize("text,phrase,state", [
    ("Quorvia denied it. The Quorvian government asked for observers.", "Quorvian government", "Quorvia"),
    ("The Republic of Quorvia denied it. The government of Quorvia said no.", "government of Quorvia", "Quorvia"),
    ("The Republic of Quorvia denied it. Quorvia's government said no.", "Quorvia's government", "Quorvia"),
    ("Peru denied it. The Peruvian government has shown no evidence.", "Peruvian government", "Peru"),
    # an article that never names the state: the demonym's stem names it, for the corpus to join
    ("The Quorvian government and the OSCE want talks.", "Quorvian government", "Quorvia"),
    # a capital the article teaches, and one the knowledge base knows
    ("Vestra is the capital of Quorvia. The Vestra government said no.", "Vestra government", "Quorvia"),
    ("Quorvia denied it. Vestra, the capital of Quorvia, is calm. The Vestra regime lies.", "Vestra regime",
     "Quorvia"),
    ("Peru denied it. The Lima government said no.", "Lima government", "Peru"),
])
def test_stateforms_government_named_with_its_state_is_the_states_organ(nlp, text, phrase, state):
    ms = run(nlp, text)
    assert phrase in governments(ms, state)
    assert phrase not in state_names(ms, state)


@pytest.mark.parametrize("text,absent", [
    # a town that is no capital: its "government" is a local one, not the state's
    ("Quorvia denied it. The Kessel government said no.", "Kessel government"),
    # "the regime" after a state's demonym is the ruling body's business (extract/rulers.py), not a capital's
    ("Quorvia denied it. The Quorvian regime lies.", "Quorvian regime"),
])
def test_stateforms_government_look_alikes(nlp, text, absent):
    assert absent not in governments(run(nlp, text), "Quorvia")


def test_stateforms_the_organ_keeps_its_own_mention(nlp):
    ms = run(nlp, "Quorvia denied it. The Ministry of Health of Quorvia said 40 people were hurt.")
    ministry = [m for m in ms if m.name == "Ministry of Health"]
    assert ministry and ministry[0].kind == "organization" and ministry[0].affiliation == "Quorvia"


@pytest.mark.parametrize("text,phrase", [
    # institutions with a remit of their own are organisations whose country is the state, not the state:
    # an army, the armed forces, intelligence, a ministry however it is named
    ("Quorvia denied it. The Ministry of Foreign Affairs of the Republic of Quorvia said the talks failed.",
     "Ministry of Foreign Affairs of the Republic of Quorvia"),
    ("Quorvia denied it. The Ministry of Health of Quorvia said 40 people were hurt.", "Ministry of Health of Quorvia"),
    ("Quorvia denied it. The armed forces of Quorvia were put on alert.", "armed forces of Quorvia"),
    ("Quorvia denied it. Quorvian intelligence says the drones came from abroad.", "Quorvian intelligence"),
    ("Quorvia denied it. The Quorvian army shelled the town.", "Quorvian army"),
    ("Quorvia denied it. The army of Quorvia shelled the town.", "army of Quorvia"),
    ("Quorvia denied it. The Quorvian Foreign Ministry protested.", "Quorvian Foreign Ministry"),
])
def test_stateforms_institutions_are_not_the_state(nlp, text, phrase):
    assert phrase not in state_names(run(nlp, text), "Quorvia")


@pytest.mark.parametrize("text,formal,ok", [
    ("side", False, True), ("government", False, True), ("armed forces", False, False), ("army", False, False),
    ("Cabinet", True, True), ("Cabinet", False, False), ("Ministry of Health", True, False), ("navy", True, False),
])
def test_stateforms_is_organ(text, formal, ok):
    assert is_organ(text, formal=formal) == ok


@pytest.mark.parametrize("text", ["The Western governments want talks.", "The Christian leadership spoke."])
def test_stateforms_words_shaped_like_demonyms_that_name_no_state(nlp, text):
    assert not any(m.kind == "country" for m in run(nlp, text))


def test_stateforms_possessive_organ_shows_a_place_to_be_a_state(nlp):
    ms = run(nlp, "The Kolbad Courier quoted him as saying that Waristan's government would respond. "
                  "Velmir's mayor said no.")
    assert "Waristan's government" in governments(ms, "Waristan")
    assert not any(m.kind == "country" and m.name.startswith("Velmir") for m in ms)   # a mayor is no organ
