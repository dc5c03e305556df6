"""Places named with a generic head: areas and facilities (extract/facilities.py). Every name is invented."""
from __future__ import annotations

import pytest

from claimgraph.extract.mentions import find_mentions
from claimgraph.model import Document

pytestmark = pytest.mark.model


def run(nlp, text):
    return find_mentions(Document(id="dtest", path="test.txt", text=text), nlp(text))


def named(mentions, name):
    found = [m for m in mentions if m.name == name]
    assert found, f"no mention {name!r} in {[m.name for m in mentions]}"
    return found[0]


@pytest.mark.parametrize("text,name,key", [
    ("Rebels took the Belvik copper mine on Sunday.", "Belvik copper mine", "Belvik mine"),
    ("Rebels took Belvik mine on Sunday.", "Belvik mine", "Belvik mine"),
    ("The rebels occupied the mine Belvik, the agency said.", "mine Belvik", "Belvik mine"),
    ("Drones struck the Kessin air base overnight.", "Kessin air base", "Kessin airbase"),
    # a name the model misread as a date
    ("The bandits are financed at the dam Merrow.", "dam Merrow", "Merrow dam"),
])
def test_facilities_facility_is_keyed_by_name_and_head(nlp, text, name, key):
    m = named(run(nlp, text), name)
    assert m.kind == "place" and m.local_key == key


@pytest.mark.parametrize("text,name,key", [
    ("Fighting spread in Dalvek province on Monday.", "Dalvek province", "Dalvek"),
    ("In the province Dalvec the rebels captured two villages.", "province Dalvec", "Dalvec"),
    ("The district Arvo remains closed.", "district Arvo", "Arvo"),
])
def test_facilities_area_keeps_the_name_key(nlp, text, name, key):
    m = named(run(nlp, text), name)
    assert m.kind == "place" and m.local_key == key


@pytest.mark.parametrize("text,absent", [
    # a company named after a place is no place with a head
    ("Dalvek Mining Corporation said its trucks were burned.", "Dalvek Mining Corporation mine"),
    # a date after a head is no name
    ("The airport Tuesday was closed.", "airport Tuesday"),
    # a state before a head is the state's ("the Ostravian copper mine" names no place)
    ("Ostravia said the Ostravian copper mine was safe.", "Ostravian copper mine"),
])
def test_facilities_look_alikes_are_no_place(nlp, text, absent):
    assert absent not in [m.name for m in run(nlp, text)]


@pytest.mark.parametrize("text,name,key", [
    # a head in title case after the name, where the model tagged the whole or nothing
    ("Artillery hit the Tellon Dam on Monday.", "Tellon Dam", "Tellon dam"),
    ("The Vessa River has flooded two villages.", "Vessa River", "Vessa river"),
    ("According to the agency, the river Vessa rose by two metres.", "river Vessa", "Vessa river"),
    # a name the model cut at its hyphen
    ("Saboteurs blew up the Trans-Vessa pipeline overnight.", "Trans-Vessa pipeline", "Trans-Vessa pipeline"),
])
def test_facilities_title_case_heads_and_hyphenated_names(nlp, text, name, key):
    m = named(run(nlp, text), name)
    assert m.kind == "place" and m.local_key == key


@pytest.mark.parametrize("text,absent", [
    # a title-case head BEFORE a name is part of that name, not an MT order ("Port Kessin" is a town)
    ("Ships left Port Kessin on Monday.", "Kessin port"),
    # a company named after a river keeps its name
    ("The Vessa River Shipping Company said its barges were safe.", "Vessa River"),
])
def test_facilities_title_case_look_alikes(nlp, text, absent):
    mentions = run(nlp, text)
    assert absent not in [m.name for m in mentions] and absent not in [m.local_key for m in mentions]
