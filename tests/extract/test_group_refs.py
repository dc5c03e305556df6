"""Definite descriptions of a named group ("the group", "the militia", "the movement") stand for the group the
article named last, never for a state's own organ; "the group of seven" and "a group of residents" for no one.

Every group, state, town and sentence here is invented for the tests.
"""
from __future__ import annotations

import pytest

from claimgraph.extract.analyse import analyse
from claimgraph.model import Document

pytestmark = pytest.mark.model


def _referents(nlp, text):
    """Each mention's text -> the local key of the actor it stands for."""
    result = analyse(Document(id="g1", path="g1.txt", text=text), nlp(text))
    return [(m.text, m.local_key or m.name) for m in result.mentions]


@pytest.mark.parametrize("text,noun,group", [
    # the state's army is named last, but "the group" is the armed group
    ("The Valley Guard (VG) attacked a checkpoint near Selvo on Monday, the Ostrevian army said. The army accused "
     "the group of firing on a patrol.", "the group", "Valley Guard"),
    ("The Valley Guard (VG) attacked a checkpoint near Selvo, the Ostrevian army said. The militia denied it.",
     "The militia", "Valley Guard"),
    ("The Northern Liberation Movement said on Tuesday it would join talks. The movement has fought the Ostrevian "
     "army since 2019.", "The movement", "Northern Liberation Movement"),
    # a plural that calls back an armed group
    ("The Valley Guard (VG) attacked a checkpoint near Selvo, the Ostrevian army said. The rebels said they would "
     "fight on.", "The rebels", "Valley Guard"),
])
def test_group_refs_descriptor_is_the_named_group(nlp, text, noun, group):
    found = [key for t, key in _referents(nlp, text) if t == noun]
    assert found == [group]


@pytest.mark.parametrize("text,noun", [
    # a group told by its own "of" phrase: nobody named before
    ("The Valley Guard attacked a checkpoint near Selvo. The group of seven said it would host talks.", "The group"),
    ("The Valley Guard attacked a checkpoint near Selvo. A group of residents said they had fled.", "A group"),
    # only a state's army named before: "the militia" is not the army
    ("The Ostrevian army said on Monday that it had shelled Selvo. The militia denied it.", "The militia"),
    ("The Ostrevian army said on Monday that it had shelled Selvo. The rebels denied it.", "The rebels"),
    # an international body named last is no group
    ("The UN said on Monday that aid had reached Selvo. The militia denied it.", "The militia"),
])
def test_group_refs_look_alikes_stand_for_no_group(nlp, text, noun):
    refs = _referents(nlp, text)
    assert not [key for t, key in refs if t.startswith(noun) and key != t], refs


# more than the window of the head-word look-up (arguments._by_head, 1,500 characters) of neutral text
FILLER = "Rain fell on the hills above Selvo for most of the week. " * 30


@pytest.mark.parametrize("text,noun,group", [
    # a body named after the movement is no movement: "the movement" is the group named "... Movement"
    ("The Northern Liberation Movement said on Tuesday it would join talks. " + FILLER + "The Eastern Cooperation "
     "Council sent monitors to Selvo on Monday. The movement said it had signed the deal.", "The movement",
     "Northern Liberation Movement"),
    ("Fighters of the Selvo Freedom Movement took the hill. " + FILLER + "Later the Valley Trading Company closed "
     "its depot. In a statement, the movement said it had acted alone.", "the movement", "Selvo Freedom Movement"),
    ("The Ostrevian army fought the Orvik Popular Movement near Selvo. " + FILLER + "Aid from the Regional Relief "
     "Agency arrived on Monday, and the movement welcomed it.", "the movement", "Orvik Popular Movement"),
])
def test_group_refs_movement_is_the_group_named_so(nlp, text, noun, group):
    found = [key for t, key in _referents(nlp, text) if t == noun]
    assert found == [group]
