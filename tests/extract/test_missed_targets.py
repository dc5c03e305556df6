"""An invented state's name the model leaves untagged as the object of an act (extract/missed.py
``untagged_names``): a name shaped like a state's ("-ia", "-land") there is a mention, read later from its use.
Every name here is invented."""
from __future__ import annotations

import pytest

from claimgraph.extract.mentions import find_mentions
from claimgraph.model import Document

pytestmark = pytest.mark.model


def names(nlp, text):
    return {m.name: m for m in find_mentions(Document(id="t1", path="t1.txt", text=text), nlp(text))}


@pytest.mark.parametrize("text,target", [
    # names the small model leaves untagged in these positions
    ("Halvoria urged Oskaria to free the prisoners on Tuesday.", "Oskaria"),
    ("Halvoria accused Dremnia of war crimes on Tuesday.", "Dremnia"),
    ("Halvoria blockaded Oskaria on Tuesday.", "Oskaria"),
])
def test_missed_targets_state_shaped_object_is_a_mention(nlp, text, target):
    assert target in names(nlp, text)


@pytest.mark.parametrize("text,word", [
    ("Police arrested Ana Garcia on Monday. Officials accused Garcia of fraud.", "Garcia"),  # a surname
    ("Halvoria thanked Maria for her help on Tuesday.", "Maria"),                          # a given name
])
def test_missed_targets_people_stay_no_state(nlp, text, word):
    m = names(nlp, text).get(word)
    assert m is None or m.kind == "person"


def test_missed_targets_town_shelled_is_a_place(nlp):
    m = names(nlp, "Halvoria accused Drossia of war crimes. Troops entered Melinia on Tuesday.").get("Melinia")
    assert m is None or m.kind == "place"
