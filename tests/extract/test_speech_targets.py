"""Speech acts whose content holds no event (round 5): a rejected proposal's author, a passive accusation, a
quoted demand or charge, and he/she speakers that continue the last person quoted. Invented names."""
from __future__ import annotations

import pytest

from .invented import extract, name

pytestmark = pytest.mark.model


def acts(claims, by_id) -> set[tuple]:
    """(speaker, speech type, target) as the scorer reads a speech act: the event's subject for ACCUSE, its
    object (else subject) otherwise."""
    out = set()
    for c in claims:
        if not c.speech_type or not c.speaker_mention:
            continue
        ev = c.event
        target = ev.subject_mention if c.speech_type == "ACCUSE" else (ev.object_mention or ev.subject_mention)
        out.add((name(by_id, c.speaker_mention), c.speech_type, name(by_id, target)))
    return out


@pytest.mark.parametrize("text,expected", [
    ("Ilvaro Senn, the Ostrevian foreign minister, rejected the plan put forward by Brannoch on Tuesday.",
     ("Ilvaro Senn", "REJECT", "Brannoch")),
    ("Ilvaro Senn, the Ostrevian foreign minister, rejected an offer from Brannoch to share the water.",
     ("Ilvaro Senn", "REJECT", "Brannoch")),
    ("Ilvaro Senn, the Ostrevian foreign minister, rejected a Norwegian offer to share the water of the river.",
     ("Ilvaro Senn", "REJECT", "Norway")),
    ("Ilvaro Senn, the Ostrevian foreign minister, welcomed the proposal by Brannoch to reopen the border.",
     ("Ilvaro Senn", "SUPPORT", "Brannoch")),
    ("Ilvaro Senn, the Ostrevian foreign minister, turned down an offer by Brannoch to mediate.",
     ("Ilvaro Senn", "REJECT", "Brannoch")),
    ("Ilvaro Senn, the Ostrevian foreign minister, hailed the role played by Brannoch in the talks.",
     ("Ilvaro Senn", "SUPPORT", "Brannoch")),
    ("Ilvaro Senn, the Ostrevian foreign minister, rejected the accusations made by the Brannoch government.",
     ("Ilvaro Senn", "REJECT", "Brannoch")),
])
def test_speech_targets_proposal_author(nlp, text, expected):
    assert expected in acts(*extract(nlp, text))


@pytest.mark.parametrize("text", [
    # a plan with no author: the rejection has no target
    "Ilvaro Senn, the Ostrevian foreign minister, rejected the plan for a new dam on the river.",
    # not a proposal noun: the troops are not what anyone proposed
    "Ilvaro Senn, the Ostrevian foreign minister, rejected the presence of troops sent by Brannoch.",
    # accusations with no author named
    "Ilvaro Senn, the Ostrevian foreign minister, rejected the accusations made in a report on Brannoch.",
])
def test_speech_targets_no_proposal_author(nlp, text):
    claims, by_id = extract(nlp, text)
    assert not any(t == "REJECT" and o == "Brannoch" for _, t, o in acts(claims, by_id))
    assert all(o is None for s, t, o in acts(claims, by_id) if t == "REJECT")


@pytest.mark.parametrize("text,expected", [
    ("The Brannoch government was accused by Ilvaro Senn of lying about the hostages.",
     ("Ilvaro Senn", "ACCUSE", "Brannoch")),
    ("Ilvaro Senn, the Ostrevian foreign minister, spoke to reporters in Valdora. The Brannoch government was "
     "accused by him of the seizure of the hostages.", ("Ilvaro Senn", "ACCUSE", "Brannoch")),
])
def test_speech_targets_passive_accusation(nlp, text, expected):
    assert expected in acts(*extract(nlp, text))


def test_speech_targets_accused_is_the_clause_subject(nlp):
    # "armed" is no event of its own: the subject of the charged clause is accused all the same
    text = "Ilvaro Senn, the Ostrevian foreign minister, charged that Brannoch had armed the rebels."
    assert ("Ilvaro Senn", "ACCUSE", "Brannoch") in acts(*extract(nlp, text))


@pytest.mark.parametrize("text", [
    "Ilvaro Senn, the Ostrevian foreign minister, charged that the talks had collapsed.",
    "Ilvaro Senn, the Ostrevian foreign minister, charged that Brannoch had not armed the rebels.",
])
def test_speech_targets_accusation_clause_without_actor(nlp, text):
    assert all(o is None for s, t, o in acts(*extract(nlp, text)) if t == "ACCUSE")


@pytest.mark.parametrize("text,target", [
    ("Ilvaro Senn, the Ostrevian foreign minister, said the referendum organised by Brannoch was null and void.",
     "Brannoch"),
    ("Ilvaro Senn, the Ostrevian foreign minister, said Brannoch's vote in the valley was a sham.", "Brannoch"),
    ("Ilvaro Senn, the Ostrevian foreign minister, said the vote was null.", None),
])
def test_speech_targets_vote_called_null(nlp, text, target):
    assert ("Ilvaro Senn", "REJECT", target) in acts(*extract(nlp, text))


def test_speech_targets_vote_called_fair_is_no_rejection(nlp):
    text = "Ilvaro Senn, the Ostrevian foreign minister, said the vote organised by Brannoch was fair."
    assert not any(t == "REJECT" for _, t, _ in acts(*extract(nlp, text)))


def test_speech_targets_passive_accusation_needs_an_accuser(nlp):
    claims, by_id = extract(nlp, "The Brannoch government was accused of lying about the hostages.")
    assert not any(t == "ACCUSE" for _, t, _ in acts(claims, by_id))


@pytest.mark.parametrize("text,expected", [
    ("\"Our fishermen must be freed today,\" said Foreign Minister Ilvaro Senn of Ostrevia.",
     ("Ilvaro Senn", "REQUEST", None)),
    ("\"Brannoch must withdraw its gunboats from the bay,\" said Foreign Minister Ilvaro Senn of Ostrevia.",
     ("Ilvaro Senn", "REQUEST", "Brannoch")),
    ("\"Brannoch should release the fishermen at once,\" said Foreign Minister Ilvaro Senn of Ostrevia.",
     ("Ilvaro Senn", "REQUEST", "Brannoch")),
    ("Ilvaro Senn, the Ostrevian foreign minister, spoke on Monday. \"Brannoch wants to starve the valley into "
     "submission,\" she said.", ("Ilvaro Senn", "ACCUSE", "Brannoch")),
    ("Ilvaro Senn, the Ostrevian foreign minister, said Brannoch was trying to provoke a war.",
     ("Ilvaro Senn", "ACCUSE", "Brannoch")),
])
def test_speech_targets_quoted_demand_or_charge(nlp, text, expected):
    assert expected in acts(*extract(nlp, text))


@pytest.mark.parametrize("text", [
    "\"We must defend our villages,\" said Foreign Minister Ilvaro Senn of Ostrevia.",
    "\"Brannoch must have planned the raid for weeks,\" said Foreign Minister Ilvaro Senn of Ostrevia.",
    "\"Brannoch does not want to provoke a war,\" said Foreign Minister Ilvaro Senn of Ostrevia.",
    "\"The weather will be fine tomorrow,\" said Foreign Minister Ilvaro Senn of Ostrevia.",
    "\"The results should be known by Friday,\" said Foreign Minister Ilvaro Senn of Ostrevia.",
])
def test_speech_targets_no_quoted_act(nlp, text):
    claims, by_id = extract(nlp, text)
    assert not any(t in ("REQUEST", "ACCUSE") for _, t, _ in acts(claims, by_id)), acts(claims, by_id)


def _speaker_of(claims, by_id, start: str):
    return next(name(by_id, c.speaker_mention) for c in claims if c.text.startswith(start))


def test_speech_targets_pronoun_continues_the_last_speaker(nlp):
    text = ("Ilvaro Senn, the foreign minister of Ostrevia, said the talks in Valdora had failed.\n"
            "The summit ended without a deal despite pleas from President Garo Vell of Brannoch.\n"
            "\"We will not sign anything under pressure,\" she said.")
    claims, by_id = extract(nlp, text)
    assert _speaker_of(claims, by_id, "\"We will not sign") == "Ilvaro Senn"


def test_speech_targets_pronoun_after_a_passive_agent_is_not_the_last_speaker(nlp):
    # the agent of a passive is its doer: "he" picks him up
    text = ("Ilvaro Senn, the foreign minister of Ostrevia, said the talks in Valdora had failed.\n"
            "Brannoch was represented by Foreign Minister Garo Vell. He again denied that Brannoch had armed the "
            "rebels.")
    claims, by_id = extract(nlp, text)
    assert _speaker_of(claims, by_id, "He again denied") == "Garo Vell"


def test_speech_targets_pronoun_after_a_subordinate_agent_continues_the_speaker(nlp):
    # the agent of a subordinate clause ("why it was mentioned by Y") does not take the topic over
    text = ("Party spokesman Arlo Venn told the Tidewell Wire that the plan covered fishermen's families. However, he "
            "could not explain why a harbour tax was mentioned by Tarin Osk in an interview.\n\n"
            "\"We do not have the exact text written down,\" he said.")
    claims, by_id = extract(nlp, text)
    assert _speaker_of(claims, by_id, "\"We do not have") == "Arlo Venn"


def test_speech_targets_pronoun_after_a_new_subject_is_not_the_last_speaker(nlp):
    # another person became the subject since: the pronoun is that person
    text = ("Ilvaro Senn, the foreign minister of Ostrevia, said the talks in Valdora had failed.\n"
            "President Garo Vell of Brannoch walked out of the summit on Monday.\n"
            "\"We will not sign anything under pressure,\" he said.")
    claims, by_id = extract(nlp, text)
    assert _speaker_of(claims, by_id, "\"We will not sign") == "Garo Vell"


FAR = ("\"We will not give up the valley\", says Ostrevia\n\n"
       "Ostrevia's foreign minister Ilvaro Senn talked to the Tidewell Wire in Valdora about the dam dispute with "
       "Brannoch.\n\n"
       "Is there still a chance for a deal?\n\n"
       "Brannoch has walked away from every proposal we made. She said her government would take the case to the "
       "United Nations.\n\n"
       "What do you expect from the United Nations?\n\n"
       "We expect them to send observers. {middle}Brannoch is trying to starve the valley, she said.")


def test_speech_targets_pronoun_far_from_the_last_speaker(nlp):
    # three sentences after the last "she said" and nothing else resolves it: the last person quoted
    claims, by_id = extract(nlp, FAR.format(middle=""))
    assert _speaker_of(claims, by_id, "Brannoch is trying") == "Ilvaro Senn"


def test_speech_targets_pronoun_far_after_another_person_is_not_guessed(nlp):
    claims, by_id = extract(nlp, FAR.format(middle="Judge Tamsin Arvo will hear the case in May. "))
    assert _speaker_of(claims, by_id, "Brannoch is trying") != "Ilvaro Senn"


def test_speech_targets_interview_named_in_its_heading(nlp):
    text = FAR.replace("\", says Ostrevia", "\": an interview with Ilvaro Senn").format(middle="")
    claims, by_id = extract(nlp, text)
    assert _speaker_of(claims, by_id, "We expect them") == "Ilvaro Senn"


def test_speech_targets_story_citing_an_interview_is_no_interview(nlp):
    text = ("In an interview with the Tidewell Wire, Ilvaro Senn said the talks had failed.\n\n"
            "Brannoch closed the border on Monday.\n\nFarmers say the river is drying up.")
    claims, by_id = extract(nlp, text)
    assert _speaker_of(claims, by_id, "Brannoch closed") is None


@pytest.mark.parametrize("text,subject,speech_type", [
    # a quoted "we"/"our" is the side the speaker speaks for: the state of his title, the body she speaks for
    ("\u201cWe attacked the Kessel Brigade,\u201d said Ilvaro Senn, the defence minister of Ostrevia.", "Ostrevia", None),
    ("\u201cOur fighters attacked the Kessel Brigade,\u201d said Mara Tell, a spokeswoman for the Ostrevian army.",
     "Ostrevian army", None),
    ("Mara Tell, a spokeswoman for the Ostrevian army, spoke on Monday. \u201cWe attacked the Kessel Brigade,\u201d "
     "she said.", "Ostrevian army", None),
    ("\u201cWe have sent 120 tonnes of grain to Quelmark,\u201d said Mara Tell, a spokeswoman for the Kessel Brigade.",
     "Kessel Brigade", None),
    # look-alike: a speaker with no side named stays the subject
    ("\u201cWe attacked the Kessel Brigade,\u201d said Ilvaro Senn.", "Ilvaro Senn", None),
])
def test_speech_targets_first_person_plural_is_the_speakers_side(nlp, text, subject, speech_type):
    claims, by_id = extract(nlp, text)
    quoted = [c for c in claims if c.quote and c.event.type]
    assert quoted, [(c.speaker_text, c.content_text, c.event.type) for c in claims]
    assert name(by_id, quoted[0].event.subject_mention) == subject
    assert quoted[0].speech_type == speech_type         # one's own side's act is no accusation


def test_speech_targets_residents_we_stays_unresolved(nlp):
    claims, by_id = extract(nlp, "\u201cWe had no water for days after the Kessel Brigade came,\u201d said a "
                                 "resident of Kerrow.")
    assert not any(c.event.subject_mention for c in claims if c.quote)
