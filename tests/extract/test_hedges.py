"""Hedges and certainty: words, constructions, scare quotes, unnamed sources, next-sentence retractions."""
from __future__ import annotations

import pytest

from tests.extract.test_claims import extract

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,hedge,certainty", [
    ("The Norland Front allegedly attacked Lyon on Monday.", "allegedly", "roughly even chance"),
    ("The Norland Front reportedly attacked Lyon on Monday.", "reportedly", "roughly even chance"),
    ("The Norland Front could attack Lyon next week.", "could", "roughly even chance"),
    ("The Norland Front is likely to attack Lyon next week.", "likely", "likely"),
    ("The Norland Front is believed to have attacked Lyon.", "is believed to", "likely"),
    ("It is assessed that the Norland Front attacked Lyon.", "it is assessed", "likely"),
])
def test_hedges_words_and_constructions(nlp, text, hedge, certainty):
    claims, _ = extract(nlp, text)
    hedged = [c for c in claims if c.hedged]
    assert hedged and hedge in hedged[0].hedges and hedged[0].certainty == certainty


def test_hedges_plain_statement_is_not_hedged(nlp):
    claims, _ = extract(nlp, "The Norland Front attacked Lyon on Monday.")
    assert claims and not any(c.hedged for c in claims) and all(c.certainty is None for c in claims)


def test_hedges_could_not_is_negation_not_hedge(nlp):
    claims, _ = extract(nlp, "The Norland Front could not attack Lyon on Monday.")
    assert not any("could" in c.hedges for c in claims)


def test_hedges_booster_sets_certainty(nlp):
    claims, _ = extract(nlp, "Karl Odum said the Norland Front is clearly trying to take Lyon.")
    said = [c for c in claims if c.speaker_text == "Karl Odum"]
    assert said and not said[0].hedged and said[0].certainty == "almost certain"


def test_hedges_scare_quotes_around_reporting_word(nlp):
    text = ("The ministry said they \u201cassessed\u201d the jets were recently deployed to Lyon, and are "
            "\u201clikely\u201d to support the Norland Front.")
    claims, _ = extract(nlp, text)
    hedged = [c for c in claims if c.hedged]
    assert hedged and any('"assessed"' in c.hedges for c in hedged) and any('"likely"' in c.hedges for c in hedged)


def test_hedges_next_sentence_retraction(nlp):
    text = ("The Norland Front provides Karl Odum with tanks and drones, according to sources. "
            "This information was not officially confirmed.\nThe weather was cold in Lyon on Monday.")
    claims, _ = extract(nlp, text)
    first = [c for c in claims if "tanks and drones" in c.text]
    assert first and all(c.hedged and "not officially confirmed" in c.hedges for c in first)
    assert "according to sources" in first[0].hedges or "unnamed source" in first[0].hedges
    assert not any(c.hedged for c in claims if "weather" in c.text)


def test_hedges_unnamed_source_with_declined_name(nlp):
    text = ("According to the source, who declined to give his name, the Norland Front had left Lyon.")
    claims, _ = extract(nlp, text)
    said = [c for c in claims if c.speaker_text and "source" in c.speaker_text]
    assert said and said[0].hedged and {"unnamed source", "declined to give his name"} & set(said[0].hedges)
