"""Bridges, tunnels, valleys and checkpoints named by a proper name are places of their own ("the Velka rail bridge"
~ "the Velka bridge"; "the Velka valley" apart from both and from the town Velka).

Every place and sentence here is invented for the tests.
"""
from __future__ import annotations

import pytest

from claimgraph.extract.mentions import find_mentions
from claimgraph.model import Document

pytestmark = pytest.mark.model


def _places(nlp, text):
    ms = find_mentions(Document(id="d1", path="d1.txt", text=text), nlp(text))
    return {m.text: m.local_key for m in ms if m.kind == "place"}


@pytest.mark.parametrize("text,phrase,key", [
    ("The Velka rail bridge, the town's last link to the south, was blown up on Monday.", "Velka rail bridge",
     "Velka bridge"),
    ("Each side blamed the other for the loss of the Velka bridge.", "Velka bridge", "Velka bridge"),
    ("The rebels pulled back from the positions above the Velka valley.", "Velka valley", "Velka valley"),
    ("Trucks waited for two days at the Dornik checkpoint.", "Dornik checkpoint", "Dornik checkpoint"),
    ("Sappers mined the Halvik tunnel before they left.", "Halvik tunnel", "Halvik tunnel"),
])
def test_facilities_round8_named_feature_is_a_place(nlp, text, phrase, key):
    assert _places(nlp, text).get(phrase) == key


@pytest.mark.parametrize("text", [
    "The bridge was blown up on Monday, the army said.",             # no name
    "The Ostravian valley was quiet on Monday, the army said.",      # a demonym names no place
])
def test_facilities_round8_look_alikes_name_no_feature(nlp, text):
    assert not [t for t in _places(nlp, text) if t.split()[-1] in ("bridge", "valley")]
