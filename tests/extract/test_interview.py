"""Interviews: he/she speakers, uncued answers and denials of the question's claim (extract/interview.py),
and the gender and person checks of he/she (extract/coref.py). Invented texts."""
from __future__ import annotations

import pytest

from tests.extract.invented import extract, name

pytestmark = pytest.mark.model

INTERVIEW = (
    "Brigadier Teodra Kessel has led the eastern brigade of the Varnian army for two years. Our correspondent "
    "spoke to her by telephone from Lostra.\n\n"
    "Dravik says your camps shelter rebel commanders. Is that true?\n\n"
    "That is simply false. We have never allowed any armed group to use our camps.\n\n"
    "Did General Miro Brandt order the withdrawal from Sorna?\n\n"
    "General Brandt asked us to hold the line. We held it, she said, laughing.\n\n"
    "She added that her patrols had counted about 600 refugees near Sorna.\n\n"
    "The interview has been edited for length.")

# the same layout with no interview marker and one question only: an ordinary story
STORY = (
    "Teodra Kessel has led the eastern brigade of the Varnian army for two years.\n\n"
    "Dravik says the camps shelter rebel commanders. Is that true?\n\n"
    "That is simply false, a Varnian officer said. Aid workers visited the camps on Monday.")


def _speakers(claims, by_id, pronoun):
    return {name(by_id, c.speaker_mention) for c in claims if c.speaker_text == pronoun}


@pytest.mark.parametrize("pronoun", ["she", "She"])
def test_interview_pronoun_speaker_is_the_interviewee(nlp, pronoun):
    claims, by_id = extract(nlp, INTERVIEW)
    assert _speakers(claims, by_id, pronoun) == {"Teodra Kessel"}


def test_interview_answer_without_cue_is_the_interviewees(nlp):
    claims, by_id = extract(nlp, INTERVIEW)
    c = next(c for c in claims if c.text.startswith("We have never allowed"))
    assert name(by_id, c.speaker_mention) == "Teodra Kessel"


def test_interview_denial_points_at_the_questions_claim(nlp):
    claims, by_id = extract(nlp, INTERVIEW)
    denial = next(c for c in claims if c.text == "That is simply false.")
    assert denial.stance == "denies" and denial.speech_type == "REJECT"
    assert denial.content_text == "your camps shelter rebel commanders"
    assert INTERVIEW[denial.content_start:denial.content_end] == denial.content_text
    asserted = next(c for c in claims if c.content_text == denial.content_text and c.stance == "asserts")
    assert name(by_id, asserted.speaker_mention) != "Teodra Kessel"


def test_interview_question_line_is_not_an_answer(nlp):
    claims, by_id = extract(nlp, INTERVIEW)
    q = [c for c in claims if c.text.startswith("Did General")]
    assert all(c.speaker_mention is None for c in q)


def test_interview_not_detected_in_an_ordinary_story(nlp):
    claims, by_id = extract(nlp, STORY)
    denial = next(c for c in claims if c.text.startswith("That is simply false"))
    assert denial.content_text != "the camps shelter rebel commanders"
    visited = next(c for c in claims if c.text.startswith("Aid workers"))
    assert visited.speaker_mention is None


@pytest.mark.parametrize("text,pronoun,wrong,right", [
    # a capital used for its government, never named in full nor titled, is no "she"
    ("Brigadier Teodra Orvik has commanded the border brigade since March.\n\nDravik says the camps shelter "
     "rebel commanders. She said the camps were empty.", "She", "Dravik", "Teodra Orvik"),
    # a man named only inside a quote is a weak antecedent
    ("Brigadier Teodra Orvik commands the border police. \"We met General Miro Berk at the bridge,\" her deputy "
     "said. She said the crossing was closed.", "She", "Miro Berk", "Teodra Orvik"),
])
def test_interview_he_she_never_a_place_or_a_quoted_name(nlp, text, pronoun, wrong, right):
    claims, by_id = extract(nlp, text)
    assert _speakers(claims, by_id, pronoun) == {right}


def test_interview_he_she_a_single_name_titled_elsewhere(nlp):
    # "General Zarek" titles him once: "Zarek" alone later is still a person "he" can stand for
    text = ("General Ivo Zarek's fighters took the ridge.\n\nZarek himself has been clear. In a message on Monday "
            "he said the guards would never fire on civilians.")
    claims, by_id = extract(nlp, text)
    assert _speakers(claims, by_id, "he") == {"Ivo Zarek"}


def test_interview_gender_from_object_pronoun(nlp):
    from claimgraph.extract.coref import GENDERS_KEY
    from claimgraph.extract.mentions import find_mentions
    from claimgraph.model import Document

    text = ("Colonel Tavi Sarnek has led the brigade since May. Reporters met her in Lostra. "
            "Colonel Ivo Darle said she was right. She said her unit would stay.")
    doc = nlp(text)
    find_mentions(Document(id="t", path="t", text=text), doc)
    genders = doc.user_data[GENDERS_KEY]
    assert genders.get("Tavi Sarnek") == "f"
    assert genders.get("Ivo Darle") is None      # "She said her unit": "her" is that "she", whoever she is


def test_interview_layout_rhetorical_questions_are_not_an_interview():
    from claimgraph.extract.interview import layout

    long_q = "Why " + "would anyone in the capital believe a word of the statement issued after the talks " * 5 + "?"
    text = ("Lena Orvik wrote the question: who pays?\n\n" + long_q + "\n\nThe council met.\n\n" + long_q +
            "\n\nThe interview has been edited.")
    assert layout(text) is None


def test_interview_layout_labelled_questions():
    from claimgraph.extract.interview import layout

    text = ("Colonel Tavi Sarnek leads the brigade.\n\nQ: What happened in Sorna\n\nThe militia came at night.\n\n"
            "Q: Will you stay\n\nWe will stay.")
    lay = layout(text)
    assert lay is not None and [p[2] for p in lay.paragraphs] == [False, True, False, True, False]


def test_interview_emphatic_answer_denies(nlp):
    # an answer negated with "never": a denial, and as the answer's opening it denies the question's claim
    text = INTERVIEW.replace("That is simply false.", "That has never happened.")
    claims, by_id = extract(nlp, text)
    opening = next(c for c in claims if c.text == "That has never happened.")
    assert opening.stance == "denies" and opening.content_text == "your camps shelter rebel commanders"
    own = next(c for c in claims if c.text.startswith("We have never allowed"))
    assert own.stance == "denies" and own.content_text.startswith("We have never allowed")


LEAD_NAMES_A_MAN_FIRST = (
    "\"We will not leave Sorna,\" says brigade commander\n\n"
    "LOSTRA, March 3 (Tidewire) - As the troops of General Miro Brandt withdraw from the valley, Brigadier Teodra "
    "Kessel has kept her brigade in Sorna. Our correspondent spoke to her by telephone.\n\n"
    "Will you leave Sorna?\n\nNo. The militia came at night and we held the bridge.\n\n"
    "What did the general tell you?\n\nHe asked us to hold the line. We held it, she said.\n\n"
    "The interview has been edited for length.")


@pytest.mark.parametrize("start,pronoun,speaker", [
    ("The militia came", None, "Teodra Kessel"),           # the introduction's subject, not the first name
    ("He asked us", "He", "Miro Brandt"),                  # "spoke to her": "he" is not the interviewee
    ("We held it", "she", "Teodra Kessel"),
])
def test_interview_interviewee_from_the_introduction(nlp, start, pronoun, speaker):
    claims, by_id = extract(nlp, LEAD_NAMES_A_MAN_FIRST)
    found = {name(by_id, c.speaker_mention) for c in claims if c.text.startswith(start) and
             (pronoun is None or c.speaker_text == pronoun)}
    assert found == {speaker}


def test_interview_headline_speaker_without_the_blank_line(nlp):
    claims, _ = extract(nlp, LEAD_NAMES_A_MAN_FIRST)
    assert claims[0].speaker_text == "brigade commander"


def test_interview_labelled_lines(nlp):
    text = ("Colonel Tavi Sarnek has led the Ostra brigade since May. Our reporter interviewed her in Lostra.\n\n"
            "Q: The Dravik government says your camps shelter rebel commanders.\n\n"
            "A: That is simply false. Our camps hold only refugees.\n\n"
            "Q: How many refugees are there?\n\nA: At least 40 of them are children.\n")
    claims, by_id = extract(nlp, text)
    denial = next(c for c in claims if c.stance == "denies")
    assert name(by_id, denial.speaker_mention) == "Tavi Sarnek"
    assert denial.content_text == "your camps shelter rebel commanders"
    last = next(c for c in claims if "40" in c.text)
    assert last.content_text.startswith("At least 40") and name(by_id, last.speaker_mention) == "Tavi Sarnek"


def test_interview_cued_answer_denies_the_question(nlp):
    text = INTERVIEW.replace("That is simply false. We have", "That is false, she said. We have")
    claims, by_id = extract(nlp, text)
    denial = next(c for c in claims if c.text.startswith("That is false"))
    assert name(by_id, denial.speaker_mention) == "Teodra Kessel"
    assert denial.stance == "denies" and denial.content_text == "your camps shelter rebel commanders"
