"""Hedges and denials a blind set showed missing (round 4): irony quotes on a verb, a leaked document that
goes on speaking, an approximate count (not a hedge), a machine-translated "informed that" denial.
Invented texts."""
from __future__ import annotations

import pytest

from tests.extract.invented import extract

pytestmark = pytest.mark.model


def _claim(claims, start):
    return next(c for c in claims if c.text.startswith(start))


@pytest.mark.parametrize("text,hedged", [
    ('The Dravik government has been "explaining" to diplomats that the blockade is temporary.', True),
    ('The militia "liberated" the village of Sorna on Monday.', True),
    ('The two sides signed the "Ulden Accord" in March.', False),          # a quoted name
    ('The ministry called the raid "terrorism" and the army said nothing.', False),   # a quoted noun
    ("Her patrols had counted about 600 refugees near Sorna, the colonel said.", False),  # approximate, not hedged
])
def test_hedges_round4_irony_quotes(nlp, text, hedged):
    claims, _ = extract(nlp, text)
    assert any(c.hedged for c in claims) == hedged


MEMO = ("According to the Orville Post, the leaked memo, drafted by an aide to the minister, counts 14 violations "
        "of the truce. The memo records three attacks on convoys. It says the army fired first. Two of the attacks "
        "took place near Brenzo.\n\nThe army launched a new offensive on Monday.")


@pytest.mark.parametrize("start", ["The memo records", "It says", "Two of the attacks"])
def test_hedges_round4_document_keeps_chain_and_hedge(nlp, start):
    claims, _ = extract(nlp, MEMO)
    c = _claim(claims, start)
    assert c.speaker_text and "memo" in c.speaker_text.lower()
    assert [v.name for v in c.via] == ["the Orville Post"]
    assert "leaked" in c.hedges


def test_hedges_round4_document_stops_at_the_paragraph(nlp):
    claims, _ = extract(nlp, MEMO)
    c = _claim(claims, "The army launched")
    assert c.speaker_text is None and not c.via


@pytest.mark.parametrize("text,stance", [
    ("The Velmar Company informed that it does not take part in battle actions.", "denies"),
    ("The Velmar Company informed that its guards take part in the patrols.", "asserts"),
])
def test_hedges_round4_informed_denial(nlp, text, stance):
    claims, _ = extract(nlp, text)
    assert claims[0].cue == "informed" and claims[0].stance == stance


@pytest.mark.parametrize("text,cue,stance", [
    ("The Velmar Group let know that its employees do not participate in combat.", "let know", "denies"),
    ("The Orvane ministry let it be known that the talks had failed.", "let known", "asserts"),
    ("The Velmar guards let the convoy pass on Monday.", None, "asserts"),     # "let" alone reports nothing
])
def test_hedges_round4_let_know(nlp, text, cue, stance):
    claims, _ = extract(nlp, text)
    assert claims[0].cue == cue and claims[0].stance == stance
