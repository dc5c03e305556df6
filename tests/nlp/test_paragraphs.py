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


@pytest.mark.parametrize("text,expected", [
    # inside a paragraph of a multi-paragraph text: no start except after final punctuation (left to the parser)
    ("Talks resume\n\nThe envoy came. Ministers met in Lyon", {"The": 1, "envoy": -1, "Ministers": 0, "met": -1}),
    # a dateline's dash ends the dateline
    ("LYON, May 2 (Wire) - Troops left.\n\nThey came back.", {"Troops": 1, "They": 1, "May": -1}),
    # one paragraph: nothing is preset inside it
    ("The envoy came and ministers met in Lyon", {"envoy": 0, "met": 0}),
])
def test_paragraphs_component_presets(nlp, text, expected):
    from claimgraph.nlp.paragraphs import paragraph_starts

    doc = paragraph_starts(nlp.make_doc(text))
    got = {t.text: (1 if t.is_sent_start else -1 if t.is_sent_start is False else 0) for t in doc}
    assert {w: got[w] for w in expected} == expected


def test_paragraphs_component_linear_on_long_text(nlp):
    """A long text is marked in one write: every paragraph's first word starts, the others do not."""
    from claimgraph.nlp.paragraphs import paragraph_starts

    doc = paragraph_starts(nlp.make_doc("\n\n".join(f"Para {i} has four words" for i in range(3000))))
    firsts = [t for t in doc if t.text == "Para"]
    assert len(firsts) == 3000 and all(t.is_sent_start for t in firsts[1:])
    assert not any(t.is_sent_start for t in doc if t.text in ("has", "four"))
