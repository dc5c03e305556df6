"""Hedges that arrive after the claim (round 5): a later "neither figure could be verified", a short comment
("That seems likely."), and an outlet's disclaimer on a document it cites. Invented names."""
from __future__ import annotations

import pytest

from .invented import extract

pytestmark = pytest.mark.model


def hedged(claims, start: str) -> bool:
    """Is the claim whose text starts with ``start`` hedged?"""
    return next(c for c in claims if c.text.startswith(start)).hedged


@pytest.mark.parametrize("text,first,second", [
    ("The Ostrevian army said 40 soldiers had been killed. Brannoch put the figure at 300. Neither figure could be "
     "independently verified.", "The Ostrevian army said", "Brannoch put the figure"),
    ("Brannoch said Quelmark shelled the port. Quelmark said Brannoch attacked first. None of these claims could be "
     "confirmed.", "Brannoch said", "Quelmark said"),
])
def test_hedges_later_sentence_takes_back_two_claims(nlp, text, first, second):
    claims, _ = extract(nlp, text)
    assert hedged(claims, first) and hedged(claims, second)


@pytest.mark.parametrize("text,start", [
    # verified, not doubted
    ("The Ostrevian army said 40 soldiers had been killed. Brannoch put the figure at 300. Both figures were "
     "confirmed by the Red Cross.", "The Ostrevian army said"),
    # "none" about something else than the statements before
    ("The Ostrevian army said 40 soldiers had been killed. Brannoch put the figure at 300. None of the soldiers "
     "could be found by their families.", "The Ostrevian army said"),
    # a new paragraph: the disclaimer reaches one sentence back only
    ("The Ostrevian army said 40 soldiers had been killed.\n\nBrannoch put the figure at 300. Neither figure could "
     "be independently verified.", "The Ostrevian army said"),
])
def test_hedges_later_sentence_look_alikes(nlp, text, start):
    claims, _ = extract(nlp, text)
    assert not hedged(claims, start)


def test_hedges_short_comment_hedges_the_claim_before(nlp):
    claims, _ = extract(nlp, "Officials in Valdora said Brannoch would withdraw its gunboats. That seems likely.")
    c = next(c for c in claims if c.text.startswith("Officials"))
    assert "likely" in c.hedges


def test_hedges_short_statement_is_no_comment(nlp):
    claims, _ = extract(nlp, "Ilvaro Senn said Brannoch would withdraw its gunboats. That was on Monday.")
    assert not hedged(claims, "Ilvaro Senn said")


def test_hedges_outlet_disclaimer_on_a_document_carries_on(nlp):
    text = ("According to a report by the Ostrevian ministry, which the Tidewell Wire has not seen and could not "
            "verify, Quelmark sent 200 fighters to the border. The report says Brannoch supplied drones to Quelmark.")
    claims, _ = extract(nlp, text)
    assert hedged(claims, "According to a report") and hedged(claims, "The report says")


def test_hedges_document_seen_by_the_outlet_is_not_hedged(nlp):
    text = ("According to a report by the Ostrevian ministry, which the Tidewell Wire has seen, Quelmark sent 200 "
            "fighters to the border. The report says Brannoch supplied drones to Quelmark.")
    claims, _ = extract(nlp, text)
    assert not hedged(claims, "According to a report") and not hedged(claims, "The report says")
