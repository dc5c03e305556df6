"""Line and paragraph breaks as sentence starts (claimgraph_paragraphs), on invented text."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _sentences(nlp, text):
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


@pytest.mark.parametrize("text,starts", [
    # a headline without final punctuation is its own sentence
    ("Norland blames rebels for Lyon blast\nThe Norland army said on Friday that rebels fired the rockets.",
     ["Norland blames", "The Norland army"]),
    # a blank line is a new paragraph
    ("Talks resume in Lyon\n\nDelegations from Norland and Kessin met on Monday.", ["Talks resume", "Delegations"]),
    # a line ending with a colon or a closing quote ends its sentence
    ("The envoy said at the meeting that fighters were sent to Lyon:\n“Let us remember the cost of this war.”\n"
     "Norland has denied the allegations.", ["The envoy", "“Let us", "Norland has"]),
])
def test_paragraphs_break_sentences(nlp, text, starts):
    sents = _sentences(nlp, text)
    for s in starts:
        assert any(x.startswith(s) for x in sents), sents


def test_paragraphs_hard_wrap_inside_sentence_is_kept(nlp):
    text = ("The Norland defence minister says twelve drones were\nlaunched at Lyon on Monday night, "
            "and the army has\nthe serial numbers of all of them.")
    sents = _sentences(nlp, text)
    assert not any(s.startswith("launched") or s.startswith("the serial") for s in sents), sents


def test_paragraphs_heading_in_capitals_ends(nlp):
    text = "The talks in Lyon went on all week.\nTHE NEXT ROUND\nKarl Odum said that the talks would resume."
    sents = _sentences(nlp, text)
    assert any(s.startswith("Karl Odum said") for s in sents), sents
