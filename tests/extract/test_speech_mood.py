"""A negated or modal speech act is recorded, not asserted as done (``extract/speech_mood.py``).

Invented states and sentences only."""
from __future__ import annotations

import pytest

from tests.extract.invented import extract, name

pytestmark = pytest.mark.model


def _acts(nlp, text: str) -> list[tuple]:
    """(speaker, speech_type, speech_negated, speech_modality, stance, event type, event negated) per claim."""
    claims, by_id = extract(nlp, text)
    return [(name(by_id, c.speaker_mention), c.speech_type, c.event.speech_negated, c.event.speech_modality,
             c.stance, c.event.type, c.event.negated) for c in claims]


@pytest.mark.parametrize("text,act", [
    ("Velmora did not accuse Tarkistan of piracy at the summit.", "ACCUSE"),
    ("Velmora has never blamed Tarkistan for the blackout.", "ACCUSE"),
    ("Velmora did not reject the offer from Tarkistan last week.", "REJECT"),
    ("The Velmoran envoy did not deny that his navy had stopped the ferry.", "REJECT"),
])
def test_speech_mood_negated_act_is_not_done(nlp, text, act):
    found = _acts(nlp, text)
    assert any(neg == act for _, _, neg, _, _, _, _ in found), (text, found)
    # the act is in no claim's speech_type, and a negated denial is no denial
    assert not any(st == act for _, st, _, _, _, _, _ in found), (text, found)
    assert not any(stance == "denies" for _, _, _, _, stance, _, _ in found), (text, found)


def test_speech_mood_negated_request_is_a_negated_event(nlp):
    found = _acts(nlp, "Velmora did not urge Tarkistan to close the strait on Monday.")
    assert ("Velmora", None, "REQUEST", None, "asserts", "REQUEST", True) in found, found


def test_speech_mood_negated_denial_does_not_deny_the_content(nlp):
    # "did not deny that X shelled Y": the shelling is not denied (not negated)
    found = _acts(nlp, "Velmora did not deny that its gunboats shelled Tarkistan's harbour.")
    assert any(t == "ASSAULT" and not neg for _, _, _, _, _, t, neg in found), found


@pytest.mark.parametrize("text,act,mod", [
    ("Velmora plans to accuse Tarkistan of piracy at the summit.", "ACCUSE", "plans to"),
    ("Velmora could reject the offer from Tarkistan.", "REJECT", "could"),
    ("Velmora intends to urge Tarkistan to close the strait.", "REQUEST", "intends to"),
])
def test_speech_mood_modal_act_keeps_its_type(nlp, text, act, mod):
    found = _acts(nlp, text)
    assert any(st == act and m == mod for _, st, _, m, _, _, _ in found), (text, found)


@pytest.mark.parametrize("text,act", [
    # a negation elsewhere in the sentence does not negate the act
    ("Velmora, which did not sign the treaty, accused Tarkistan of piracy.", "ACCUSE"),
    ("Velmora accused Tarkistan of piracy, not of theft.", "ACCUSE"),
    ("Velmora urged Tarkistan not to close the strait.", "REQUEST"),
    # a negated content is reported by a plain act
    ("Velmora rejected the offer, saying Tarkistan had not kept its word.", "REJECT"),
])
def test_speech_mood_lookalike_act_stays_done(nlp, text, act):
    found = _acts(nlp, text)
    assert any(st == act and neg is None and m is None for _, st, neg, m, _, _, _ in found), (text, found)
