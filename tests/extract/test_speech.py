"""Quote speakers, labelled lines and transcripts (speech.py) on invented text."""
from __future__ import annotations

import pytest

from tests.extract.test_claims import extract, name

pytestmark = pytest.mark.model


def test_speech_cue_between_two_quotes_is_one_statement(nlp):
    text = "\u201cEvery time you say that,\u201d Karl Odum said, \u201cyou give the Norland Front a reason to fight.\u201d"
    claims, by_id = extract(nlp, text)
    said = [c for c in claims if c.speaker_mention and name(by_id, c.speaker_mention) == "Karl Odum"]
    assert len({(c.content_start, c.content_end) for c in said}) == 1
    assert said[0].content_text.startswith("Every time") and "reason to fight" in said[0].content_text


def test_speech_inverted_cue_names_speaker_after_quote(nlp):
    text = "\u201cThe campaign is in panic mode. Full panic mode,\u201d said Mara Velden, a spokeswoman for the group."
    claims, by_id = extract(nlp, text)
    assert any(name(by_id, c.speaker_mention) == "Mara Velden" and "panic" in c.content_text for c in claims)
    assert not any(c.speaker_text and "panic" in c.speaker_text for c in claims)


def test_speech_labelled_headline(nlp):
    claims, by_id = extract(nlp, "Mara Velden: Norland Will Not Attend the Lyon Talks\n\nThe talks open on Monday.")
    said = [c for c in claims if c.cue == ":"]
    assert said and name(by_id, said[0].speaker_mention) == "Mara Velden"
    assert said[0].content_text == "Norland Will Not Attend the Lyon Talks"


@pytest.mark.parametrize("text", [
    "Correction: An earlier version of this article misstated the date of the talks.",
    "Analysis: The talks in Lyon may not survive the winter.",
])
def test_speech_label_that_is_no_actor_speaks_not(nlp, text):
    claims, _ = extract(nlp, text)
    assert not any(c.cue == ":" for c in claims)


def test_speech_transcript_label(nlp):
    claims, _ = extract(nlp, "ODUM: We will not leave Lyon before the talks end.")
    assert any(c.speaker_text == "ODUM" and c.content_text.startswith("We will not leave") for c in claims)


def test_speech_quote_paragraph_goes_on_with_the_speaker(nlp):
    text = ("Colonel Arno Vask spoke in Lyon on Monday. \"We will not withdraw from the city,\" he said.\n\n"
            "\"We have lost 19 men but we will stay.\"\n\nThe Norland Front shelled the city on Tuesday.")
    claims, by_id = extract(nlp, text)
    lost = [c for c in claims if "19 men" in c.content_text]
    assert lost and name(by_id, lost[0].speaker_mention) == "Arno Vask"
    shelled = [c for c in claims if "shelled the city" in c.text]
    assert shelled and all(c.speaker_mention is None for c in shelled)


def test_speech_quote_paragraph_with_its_own_text_is_not_continued(nlp):
    text = ("\"We will not withdraw from the city,\" Colonel Arno Vask said.\n\n"
            "\"The rebels lost 200 fighters.\" The Norland Front denies it.")
    claims, by_id = extract(nlp, text)
    assert not any("200" in c.content_text and name(by_id, c.speaker_mention) == "Arno Vask" for c in claims)


def test_speech_cue_pointing_back_at_the_quote(nlp):
    claims, by_id = extract(nlp, "\"We will not withdraw from the city.\" Colonel Arno Vask said this on Monday.")
    said = [c for c in claims if name(by_id, c.speaker_mention) == "Arno Vask"]
    assert said and "withdraw from the city" in said[0].content_text


@pytest.mark.parametrize("text", [
    "\"Who would have believed that we would hold Lyon for a year?\" Colonel Arno Vask said, looking at the crowd.",
    "\"We will hold Lyon.\" Colonel Arno Vask said, looking at the crowd.",
])
def test_speech_cue_with_nothing_to_report_takes_the_quote_before(nlp, text):
    claims, by_id = extract(nlp, text)
    said = [c for c in claims if name(by_id, c.speaker_mention) == "Arno Vask"]
    assert said and "hold Lyon" in said[0].content_text


def test_speech_cue_with_its_own_content_leaves_the_quote(nlp):
    claims, by_id = extract(nlp, "\"Who would have believed it?\" Colonel Arno Vask said the army would stay in Lyon.")
    said = [c for c in claims if name(by_id, c.speaker_mention) == "Arno Vask"]
    assert said and all("believed" not in c.content_text for c in said)


def test_speech_second_cue_between_quotes_takes_the_second_quote(nlp):
    text = "\"We cannot afford this war,\" Karl Odum said, adding later, \"The Norland Front is costing us a fortune.\""
    claims, by_id = extract(nlp, text)
    said = [c for c in claims if name(by_id, c.speaker_mention) == "Karl Odum"]
    first = [c for c in said if "afford this war" in c.content_text]
    second = [c for c in said if "costing us a fortune" in c.content_text]
    assert first and second and all("fortune" not in c.content_text for c in first)
    assert second[0].cue == "adding"
