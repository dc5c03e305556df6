"""Attribution forms found missing on a development set (``extract/attribution.py``, ``content.py``,
``speech_targets.py``): a tracing cue blames who the harm is traced to ("traced the malware to a group it calls
X", "linked X to Y"), and the machine-translated report put after its content ("X will sell grain to Y, has
told the source in the government"). Invented names and sentences only."""
from __future__ import annotations

import pytest

from tests.extract.invented import extract, name

pytestmark = pytest.mark.model

TRACED = ("Norvel Labs, a private security firm, traced the malware used against the Ostra dam to a group it calls "
          "Heron, according to the Kestrel News Agency.")


def _said(nlp, text: str) -> list[tuple]:
    """(speaker, speech_type, accused or object, via names, hedges) per claim with a speaker."""
    claims, by_id = extract(nlp, text)
    return [(name(by_id, c.speaker_mention) or c.speaker_text, c.speech_type,
             name(by_id, c.event.subject_mention) if c.speech_type == "ACCUSE" else name(by_id, c.event.object_mention),
             [v.name for v in c.via], c.hedges) for c in claims if c.speaker_mention or c.speaker_text]


def test_attribution_tracing_cue_blames_the_named_group(nlp):
    found = _said(nlp, TRACED)
    # the firm speaks, through the agency (a chain), and accuses the group it names
    assert any(s == "Norvel Labs" and t == "ACCUSE" and o == "Heron" and any("Kestrel" in v for v in via)
               for s, t, o, via, _ in found), found


@pytest.mark.parametrize("text,accused", [
    ("Norvel has previously linked Heron to the Velmoran Army.", "Velmoran Army"),
    ("The ministry attributed the explosion to the Ostran Liberation Front.", "Ostran Liberation Front"),
])
def test_attribution_tracing_cue_to_party(nlp, text, accused):
    found = _said(nlp, text)
    assert any(t == "ACCUSE" and o == accused for _, t, o, _, _ in found), found


@pytest.mark.parametrize("text", [
    "The Marsk family traced its roots to Velmora.",
    "Economists linked the rise in prices to the drought in Velmora.",
])
def test_attribution_tracing_cue_lookalike(nlp, text):
    found = _said(nlp, text)
    assert not any(t == "ACCUSE" for _, t, _, _, _ in found), found


def test_attribution_inverted_report_after_content(nlp):
    text = ("Ostrania will sell to Velmora additionally two million tonnes of grain in the year, has told the source "
            "in the government of Ostrania.")
    found = _said(nlp, text)
    # the unnamed source speaks (and the claim is hedged as such), not Ostrania, the clause's subject
    assert any(s == "the source" and "unnamed source" in h for s, _, _, _, h in found), found
    assert not any(s == "Ostrania" for s, _, _, _, _ in found), found


@pytest.mark.parametrize("text", [
    # a coordinated act of the subject, with "and"
    "Ostrania sold grain to Velmora and told the press about the price.",
    # a coordinated report of the subject with its own content
    "Ostrania sold grain to Velmora, said it would sell more.",
])
def test_attribution_inverted_report_lookalike(nlp, text):
    found = _said(nlp, text)
    assert not any(s in ("the press", "it") for s, _, _, _, _ in found), found


@pytest.mark.parametrize("text,via", [
    ("A technician at the Ostra dam told a local radio station that the pumps had stopped without warning.",
     ["a local radio station"]),
    ("A nurse at the clinic told the paper that the wards were full.", ["the paper"]),
    # reporters are no medium
    ("A technician at the Ostra dam told reporters that the pumps had stopped without warning.", []),
])
def test_attribution_medium_named_by_a_common_noun(nlp, text, via):
    found = _said(nlp, text)
    assert any(v == via for _, _, _, v, _ in found), found


@pytest.mark.parametrize("text,speaker", [
    ('The regime in Ostrania has of course "explained" that the attack was a local quarrel.', "Ostrania"),
    ("The authorities of Ostrania said the talks had failed.", "Ostrania"),
])
def test_attribution_ruling_body_named_by_its_seat(nlp, text, speaker):
    claims, by_id = extract(nlp, text)
    # the seat, or the government it names ("government (<seat>)", given the seat's state by the corpus: actors9)
    assert any(name(by_id, c.speaker_mention) in (speaker, f"government ({speaker})") for c in claims), \
        [(c.speaker_text, c.speaker_mention) for c in claims]


def test_attribution_ruling_body_lookalike(nlp):
    # a spokesman is no ruling body: he is not the state he is in
    claims, by_id = extract(nlp, "A spokesman in Ostrania said the talks had failed.")
    assert not any(name(by_id, c.speaker_mention) == "Ostrania" for c in claims), \
        [(c.speaker_text, c.speaker_mention) for c in claims]


@pytest.mark.parametrize("text,accused", [
    ('The deputy minister of Ostrania declared that the EU "repeats the propaganda of Velmora".', "European Union"),
])
def test_attribution_reported_propaganda_accuses_its_spreader(nlp, text, accused):
    found = _said(nlp, text)
    assert any(t == "ACCUSE" and o == accused for _, t, o, _, _ in found), found


def test_attribution_propaganda_as_a_thing_accuses_no_one(nlp):
    found = _said(nlp, "Ivo Marsk said the museum shows old propaganda posters.")
    assert not any(t == "ACCUSE" for _, t, _, _, _ in found), found
