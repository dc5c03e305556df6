"""What a cue reports in unusual word orders and phrasings: machine-translated copy, figure cues, denials of
others' claims (invented text)."""
from __future__ import annotations

import pytest

from tests.extract.test_claims import extract, name
from tests.extract.test_sources import figure_speakers

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,value,speaker", [
    ("The UN envoy Ilse Brandt speaks of 400 dead in the fighting around Lyon.", 400, "Ilse Brandt"),
    ("The Kessin Relief Agency gave a toll of 73 dead after the strike on Lyon.", 73, "Kessin Relief Agency"),
    ("The Kessin Relief Agency counted 120 civilian deaths in Lyon since March.", 120, "Kessin Relief Agency"),
    ("At least 55 people were killed in Lyon, according to figures from the Kessin Relief Agency.", 55,
     "Kessin Relief Agency"),
    ("The Kessin Relief Agency's figures show 85 people were killed in Lyon.", 85, "Kessin Relief Agency"),
    ("The Kessin Relief Agency put the toll at 64 dead in Lyon.", 64, "Kessin Relief Agency"),
    ("The Kessin Relief Agency released a figure of 300 displaced people in Lyon.", 300, "Kessin Relief Agency"),
])
def test_content_figure_cues(nlp, text, value, speaker):
    claims, by_id = extract(nlp, text)
    found = {v: s for v, s in figure_speakers(claims, by_id)}
    assert found.get(value) and speaker in found[value], found


@pytest.mark.parametrize("text", [
    "Karl Odum counted on the Norland Front to hold Lyon.",
    "Karl Odum gave 40 trucks to the Norland Front.",
])
def test_content_counting_and_giving_without_a_figure_report_nothing(nlp, text):
    claims, _ = extract(nlp, text)
    assert not any(c.speaker_text and "Odum" in c.speaker_text for c in claims), [c.speaker_text for c in claims]


@pytest.mark.parametrize("text,speaker,content", [
    # "as reported the agency X, Y": the speaker after the cue, the content after the comma
    ("As reported the Kessin Herald, 40 rebels were killed near Lyon on Monday.", "Kessin Herald",
     "40 rebels were killed near Lyon on Monday"),
    ("As reported the news agency Marvo-Press, the Norland Front shelled Lyon.", "Marvo-Press",
     "the Norland Front shelled Lyon"),
    # the object first: "The strike the information of X denied"
    ("The shelling of Lyon the information of the Kessin Herald denied.", "Kessin Herald", "The shelling of Lyon"),
    # the deputy of the minister, a cue with "to journalists", and a passive report in a communique
    ("The deputy of minister of defence Karl Odum declared to journalists that 40 rebels were killed near Lyon.",
     "Karl Odum", "40 rebels were killed near Lyon"),
    ("By the information of the Kessin Herald, 40 rebels were killed near Lyon.", "Kessin Herald",
     "40 rebels were killed near Lyon"),
])
def test_content_machine_translated_word_order(nlp, text, speaker, content):
    claims, by_id = extract(nlp, text)
    said = [c for c in claims if c.speaker_mention and speaker in (name(by_id, c.speaker_mention) or "")]
    assert said and any(content in c.content_text for c in said), [(c.speaker_text, c.content_text) for c in claims]


def test_content_machine_translated_subject_is_not_the_speaker(nlp):
    claims, by_id = extract(nlp, "As reported the Kessin Herald, the Norland Front shelled Lyon.")
    said = [c for c in claims if c.event.type == "ASSAULT"]
    assert said and all(name(by_id, c.event.subject_mention) == "Norland Front" for c in said)
    assert all(name(by_id, c.speaker_mention) == "Kessin Herald" for c in said)


@pytest.mark.parametrize("text,rejected", [
    ("Karl Odum dismissed as 'a crude fabrication' claims by the Norland Front that his troops had shelled a "
     "school in Lyon.", "Norland Front"),
    ("Karl Odum rejected as baseless reports by the Kessin Herald that his fighters had killed 30 civilians.",
     "Kessin Herald"),
])
def test_content_rejected_as_claims_by(nlp, text, rejected):
    claims, by_id = extract(nlp, text)
    odum = [c for c in claims if name(by_id, c.speaker_mention) == "Karl Odum"]
    assert odum and all(c.stance == "denies" and c.speech_type == "REJECT" for c in odum)
    # the relation the scorer reads: (speaker, REJECT, the event's object or subject)
    assert any(name(by_id, c.event.object_mention or c.event.subject_mention) == rejected for c in odum)
    # the rejected party's own claim does not pass through the one who rejects it
    theirs = [c for c in claims if name(by_id, c.speaker_mention) == rejected]
    assert all("Odum" not in (v.name or "") for c in theirs for v in c.via)


@pytest.mark.parametrize("text,content", [
    ("If the talks fail, Karl Odum argues, the Norland Front will attack Lyon.", "the Norland Front will attack Lyon"),
    ("The Norland Front attacked Lyon, Karl Odum said, killing 23 people.", "killing 23 people"),
])
def test_content_parenthetical_cue_keeps_the_clauses_hung_on_it(nlp, text, content):
    claims, by_id = extract(nlp, text)
    said = [c for c in claims if name(by_id, c.speaker_mention) == "Karl Odum"]
    assert said and all(content in c.content_text for c in said), [c.content_text for c in claims]
    assert said[0].content_text.split(",")[0] in text.split(",")[0]
