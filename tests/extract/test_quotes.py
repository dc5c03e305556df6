"""Quotation spans (find_quotes) on invented text: curly, straight, doubled apostrophes, open quotes."""
from __future__ import annotations

import pytest

from claimgraph.extract.quotes import find_quotes


@pytest.mark.parametrize("text,inner", [
    ("Odum said: \u201cWe will not leave Lyon before the talks end.\u201d", "We will not leave Lyon before the talks end."),
    ('Odum said: "We will not leave Lyon before the talks end."', "We will not leave Lyon before the talks end."),
    ("''We will not leave Lyon before the talks end,'' Odum said.", "We will not leave Lyon before the talks end,"),
])
def test_quotes_marks(text, inner):
    quotes = find_quotes(text)
    assert [text[q.start:q.end] for q in quotes] == [inner]
    assert quotes[0].speech


def test_quotes_doubled_apostrophes_pair_in_order():
    text = "''This is not reform,'' said Odum. ''It is tinkering at the edges of the code.''"
    quotes = find_quotes(text)
    assert [text[q.start:q.end] for q in quotes] == ["This is not reform,", "It is tinkering at the edges of the code."]
    assert all(text[q.open:q.open + 2] == "''" and text[q.close - 2:q.close] == "''" for q in quotes)


def test_quotes_left_open_runs_to_paragraph_end():
    text = "Odum said: \u201cWe will stay in Lyon until the end of the year\nThe talks resumed."
    quotes = find_quotes(text)
    assert text[quotes[0].start:quotes[0].end] == "We will stay in Lyon until the end of the year"


def test_quotes_short_single_quotes_are_scare_quotes():
    quotes = find_quotes("The so-called \u2018peace plan\u2019 was rejected.")
    assert len(quotes) == 1 and quotes[0].single and not quotes[0].speech
