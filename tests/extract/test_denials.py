"""Short denials that point back at the claim just made (invented actors)."""
from __future__ import annotations

import pytest

from .invented import extract, name

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Quelmark said the Kessel Brigade had shelled the port of Varn. The Kessel Brigade denied it.",
    "Quelmark accused the Kessel Brigade of shelling the port of Varn. The Kessel Brigade rejected the charge.",
    "Quelmark said the Kessel Brigade had shelled the port of Varn, which the Kessel Brigade denied.",
    "Residents said the Kessel Brigade had shelled the port of Varn. The Kessel Brigade dismissed the reports.",
])
def test_denials_point_back_at_the_accusation(nlp, text):
    claims, by_id = extract(nlp, text)
    accusation = [c for c in claims if c.speaker_text and "Kessel" not in c.speaker_text and c.event.type == "ASSAULT"]
    denial = [c for c in claims if c.speaker_text and "Kessel" in c.speaker_text]
    assert accusation and denial, [(c.speaker_text, c.content_text, c.stance) for c in claims]
    d = denial[0]
    assert d.stance == "denies" and d.speech_type == "REJECT"
    assert name(by_id, d.speaker_mention) == "Kessel Brigade"
    assert (d.content_start, d.content_end) == (accusation[0].content_start, accusation[0].content_end)
    assert d.event.type == "ASSAULT" and name(by_id, d.event.object_mention) == "Varn"
    assert "denied" not in accusation[0].content_text      # the relative clause is the denial, not the accusation


@pytest.mark.parametrize("text,content", [
    # a denial with content of its own keeps it
    ("Quelmark said the Kessel Brigade had shelled the port of Varn. The Kessel Brigade rejected the charge "
     "of genocide.", "the charge of genocide"),
    # not a statement pointed at: a request is rejected, not a claim
    ("The Kessel Brigade asked Quelmark for visas. Quelmark rejected the request.", "the request"),
])
def test_denials_with_an_object_of_their_own_keep_it(nlp, text, content):
    claims, _ = extract(nlp, text)
    rejected = [c for c in claims if c.speech_type == "REJECT" and c.speaker_text]
    assert rejected and rejected[-1].content_text == content


@pytest.mark.parametrize("text", [
    "Official death toll disputes rebel count",
    "The death toll rejected the claims.",
    "Kessel casualty figures dispute the ministry's account.",
    "Brannoch death toll disputed\n\nThe Kessel ministry said 40 people died.",
])
def test_denials_a_figure_is_no_speaker(nlp, text):
    claims, _ = extract(nlp, text)
    assert not any(c.speaker_text and ("toll" in c.speaker_text or "figures" in c.speaker_text) for c in claims)
    assert not any(c.stance == "denies" for c in claims)


@pytest.mark.parametrize("text,speaker", [
    ("The Kessel Brigade disputed the death toll.", "The Kessel Brigade"),     # a figure disputed, not disputing
    ("The UN figures show that 40 people died.", "The UN figures"),           # a statement's figures still report
])
def test_denials_figures_as_objects_or_statements_keep_their_speaker(nlp, text, speaker):
    claims, _ = extract(nlp, text)
    assert any(c.speaker_text == speaker for c in claims)


def test_denials_of_the_outlets_own_report_keep_the_report(nlp):
    text = "The Kessel Brigade shelled the port of Varn on Monday. The Kessel Brigade denied it."
    claims, by_id = extract(nlp, text)
    outlet = [c for c in claims if c.speaker_text is None and c.event.type == "ASSAULT"]
    denial = [c for c in claims if c.stance == "denies"]
    assert outlet and denial
    assert name(by_id, denial[0].speaker_mention) == "Kessel Brigade"
    assert denial[0].content_text.startswith("The Kessel Brigade shelled") and denial[0].event.type == "ASSAULT"


@pytest.mark.parametrize("text", [
    "Kessel Brigade shells Varn\n\nThe Kessel Brigade denied it.",        # a headline is not what "it" is
    "Talks in Varn. The Kessel Brigade denied it.",                       # no clause before
])
def test_denials_point_back_only_at_a_report(nlp, text):
    claims, _ = extract(nlp, text)
    assert not any(c.stance == "denies" and c.content_text and "Varn" in c.content_text for c in claims)
