"""Speech acts done by naming (``extract/labels.py``) and an emptied hostile act (``attribution.py``): "called
the bombing 'an act of war'" accuses, "Y is holding them as hostages" accuses Y, "We want them back" demands,
"no guard of ours fired a shot" rebuts. Invented names and sentences only."""
from __future__ import annotations

import pytest

from tests.extract.invented import extract, name

pytestmark = pytest.mark.model


def _acts(nlp, text: str) -> list[tuple]:
    """(speaker, speech_type, accused or object, stance) per claim with a speaker."""
    claims, by_id = extract(nlp, text)
    return [(name(by_id, c.speaker_mention) or c.speaker_text, c.speech_type,
             name(by_id, c.event.subject_mention) if c.speech_type == "ACCUSE" else name(by_id, c.event.object_mention),
             c.stance) for c in claims if c.speaker_mention or c.speaker_text]


@pytest.mark.parametrize("text,act", [
    ('President Ivo Marsk called the bombing "an act of war against our people" and vowed to find the bombers.',
     ("Ivo Marsk", "ACCUSE", None)),
    ("The envoy has said, that Tarkistan keeps the sailors as the hostages.", ("The envoy", "ACCUSE", "Tarkistan")),
    ('"We want our sailors back by Sunday," said the Tarkistani minister Ivo Marsk.', ("Ivo Marsk", "REQUEST", None)),
    ('"We expect the crew home before the holidays," Colonel Ivo Marsk told reporters.', ("Ivo Marsk", "REQUEST", None)),
    ("He added that no Velmoran sailor had fired a single round.", ("He", "REJECT", None)),
    # an object emptied by "not one" rebuts
    ('The Ostran Party said it had received "not one cent" from abroad.', ("Ostran Party", "REJECT", None)),
    # a dismissive label rejects, also in machine-translated order (subject, object, verb, label)
    ("Ivo Marsk branded the report a crude fabrication.", ("Ivo Marsk", "REJECT", None)),
    ('Ivo Marsk rejected the charges. Marsk this accusation has named "the fairy tale for the foreign sponsors".',
     ("Marsk", "REJECT", None)),
])
def test_labels_speech_act_found(nlp, text, act):
    found = _acts(nlp, text)
    assert any((s, t, o) == act for s, t, o, _ in found), (text, found)


@pytest.mark.parametrize("text,type_", [
    # a label that accuses no one
    ("Marsk called the holiday a celebration.", "ACCUSE"),
    # a negated label
    ("Ivo Marsk does not regard the incident as a provocation, he said.", "ACCUSE"),
    # "want … to" is no demand for someone's return
    ('"We want them to win," said Ivo Marsk.', "REQUEST"),
    ('"We expect rain within two days," Colonel Ivo Marsk told reporters.', "REQUEST"),
    # an emptied subject of a passive or of a harmless verb rebuts nothing
    ("She added that no one was hurt.", "REJECT"),
    ("She said no agreement was reached.", "REJECT"),
    ("He said not one but two ships had sunk.", "REJECT"),
    # naming someone to a post is no rejection
    ("Velmora named Ivo Marsk its new envoy.", "REJECT"),
])
def test_labels_lookalike(nlp, text, type_):
    found = _acts(nlp, text)
    assert not any(t == type_ for _, t, _, _ in found), (text, found)


def test_labels_own_accusation_event_is_not_a_self_accusation(nlp):
    # the events stage already makes "called X 'banditry'" the speaker's accusation; the label adds no act
    found = _acts(nlp, 'Velmora called the measures "economic banditry" and said it would respond.')
    assert not any(t == "ACCUSE" and s == o for s, t, o, _ in found), found
