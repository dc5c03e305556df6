"""Speakers named by a pronoun or a statement noun: "It said …", "…, it added.", "the statement said" (invented text)."""
from __future__ import annotations

import pytest

from tests.extract.invented import figure_speakers
from tests.extract.test_claims import extract

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,expected", [
    # "it" continues an organisation that spoke in the sentence before
    ("Velmora's health ministry said the hospital in Tarsk was hit. It said 41 people had been killed.",
     (41, "Velmora")),
    ("Three villages near Tarsk were shelled overnight, the Velmoran defence ministry said. It added that 12 "
     "soldiers were wounded.", (12, "defence ministry")),
    ("The Kessin Relief Agency said the convoy reached Tarsk. It also said 300 families had fled the town.",
     (300, "Kessin Relief Agency")),
    ("The convoy reached Tarsk on Monday, the Kessin Relief Agency said. 300 families had fled the town, it added.",
     (300, "Kessin Relief Agency")),
    # "it" whose antecedent is a body that has not spoken yet (the subject of the sentence before)
    ("The Velmoran health ministry released new figures on Tuesday. It said 41 people had been killed in Tarsk.",
     (41, "health ministry")),
])
def test_sources_it_speaks_for_the_body_before(nlp, text, expected):
    claims, by_id = extract(nlp, text)
    value, speaker = expected
    found = {v: s for v, s in figure_speakers(claims, by_id)}
    assert value in found and found[value] and speaker in found[value], found


@pytest.mark.parametrize("text,value", [
    # a person spoke last: "it" is not them, and "it shows" is a thing's
    ("Colonel Arno Vask visited Tarsk on Monday. It shows that 40 houses were destroyed.", 40),
    # "it is said" names no one
    ("The convoy reached Tarsk on Monday. It is said that 40 houses were destroyed.", 40),
])
def test_sources_it_without_a_speaking_body(nlp, text, value):
    claims, by_id = extract(nlp, text)
    found = {v: s for v, s in figure_speakers(claims, by_id)}
    assert value in found and found[value] is None or found[value] and "Vask" not in found[value], found


def test_sources_the_statement_speaks_for_its_issuer(nlp):
    text = ("The Velmoran army issued a statement on Monday. The statement said 2,000 people had fled Tarsk. "
            "It put the number of wounded people at 150.")
    claims, by_id = extract(nlp, text)
    found = figure_speakers(claims, by_id)
    assert (2000, "Velmoran army") in {(v, s) for v, s in found if s and "army" in s} or \
        any(v == 2000 and s and "army" in s for v, s in found), found
    assert any(v == 150 and s and "army" in s for v, s in found), found


def test_sources_it_after_another_body_as_subject_is_that_body(nlp):
    text = ("The Kessin Relief Agency said the road to Tarsk was closed. Later the Velmoran army took the bridge "
            "when it said 40 rebels had surrendered.")
    claims, by_id = extract(nlp, text)
    found = {v: s for v, s in figure_speakers(claims, by_id)}
    assert 40 in found and found[40] and "Relief" not in found[40], found


def test_sources_it_continues_the_main_speaker_not_a_rejected_claim(nlp):
    text = ("The Velmoran army dismissed as a fabrication claims by the Kessin Relief Agency that its troops were "
            "massing on the border. It said that only 800 soldiers were stationed in the region.")
    claims, by_id = extract(nlp, text)
    found = {v: s for v, s in figure_speakers(claims, by_id)}
    assert found.get(800) and "army" in found[800], found
