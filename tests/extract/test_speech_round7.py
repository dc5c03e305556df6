"""Round 7 (speech9): speech acts by content — rebuttals by what a statement says (``rebuttals.py``), threats by
what the speaker's side says it will do (``vows.py``), and "she" before the first woman the article names
(``coref.pronoun_fits``). Invented states, people and sentences only; each class has look-alikes that must not
fire."""
from __future__ import annotations

import pytest

from tests.extract.invented import extract, name

pytestmark = pytest.mark.model


def _acts(nlp, text: str) -> list[tuple]:
    """(speaker, speech_type, stance, event object) per claim that has a speaker."""
    claims, by_id = extract(nlp, text)
    return [(name(by_id, c.speaker_mention), c.speech_type, c.stance, name(by_id, c.event.object_mention))
            for c in claims if c.speaker_mention]


@pytest.mark.parametrize("text,speaker", [
    # the speaker's own act with an emptied object
    ("The Velmoran aid agency said it paid nothing to the kidnappers.", "Velmoran"),
    ("Velmora said it had sent no troops across the border.", "Velmora"),
    ("\"Our units used no such weapons,\" the Velmoran army said.", "Velmoran army"),
    # having no share in what is alleged
    ("The Tarkish foreign ministry said it had no knowledge of any ransom.", "Tarkish foreign ministry"),
    ("Velmora said its soldiers had no role in the massacre.", "Velmora"),
    ("Tarkistan insisted that it had no hand in the sabotage of the pipeline.", "Tarkistan"),
    # a deliberate act done to no one (passive)
    ("The Velmoran army said no civilians were targeted in the raid.", "Velmoran army"),
    ("Velmoran army spokesman Colonel Ivo Dask said no retreat was planned.", "Ivo Dask"),
    ("Tarkistan said no shots were fired by its guards at the crossing.", "Tarkistan"),
    # the same in a second coordinated clause
    ("Velmora said its jets had hit a depot and that no civilians were targeted.", "Velmora"),
    # an obligation disowned
    ("Tarkistan said it was not bound by the embargo and would keep selling rifles.", "Tarkistan"),
    ("Velmora said it is not obliged to follow the court's ruling.", "Velmora"),
    ("Tarkistan said it was not bound by the ceasefire terms.", "Tarkistan"),
    # a description set right: "X, not Y"
    ("\"This was a school for orphans, not a weapons store,\" President Marta Kovane said.", "Marta Kovane"),
    ("\"They are shepherds, not gunmen,\" the Velmoran defence minister said.", "Velmoran"),
    ("General Piet Marlow said the convoy was a column of ambulances, not an armoured unit.", "Piet Marlow"),
    # a negated act corrected by the next clause
    ("Velmora does not arm the bandits, it is feeding the people who flee the war, has said Dorrin.", "Dorrin"),
    ("\"We do not shell villages, we protect them,\" General Piet Marlow said.", "Piet Marlow"),
    ("\"Tarkistan does not shelter terrorists, it shelters refugees,\" Tarkish minister Ola Brenn said.", "Ola Brenn"),
])
def test_rebuttals_by_content_reject(nlp, text, speaker):
    found = _acts(nlp, text)
    assert any(s == speaker and st == "REJECT" and stance == "denies" for s, st, stance, _ in found), (text, found)


@pytest.mark.parametrize("text", [
    "The inspectors of Velmora said they found nothing in the warehouse.",      # a finding
    "Velmora said it had no choice but to close the border.",                   # a lack, not a share
    "Velmora said there were no casualties among the crew.",                    # a plain negative fact
    "Velmora said no date had been set for the talks.",                         # not a deliberate act
    "The Tarkish army said no one was hurt in the fire.",
    "Velmora said Tarkistan paid nothing for the gas.",                         # a third party's act
    "Velmora said the talks were on Monday, not Tuesday.",                      # a date corrected
    "Velmora said the winner was Tarkistan, not only Velmora.",
    "\"We do not know, we are still waiting,\" General Piet Marlow said.",      # no act corrected
    "\"We did not win the match, we lost it,\" coach Piet Marlow said.",
])
def test_rebuttals_by_content_lookalikes(nlp, text):
    found = _acts(nlp, text)
    assert not any(st == "REJECT" or stance == "denies" for _, st, stance, _ in found), (text, found)


@pytest.mark.parametrize("text,speaker,target", [
    ("\"We will strike the bandits wherever they hide,\" General Piet Marlow said.", "Piet Marlow", None),
    ("\"Our artillery will answer every shell fired at our villages,\" General Piet Marlow said.", "Piet Marlow",
     None),
    ("The Velmoran army said it would retaliate against Tarkistan.", "Velmoran army", "Tarkistan"),
    ("\"We are ready to hit Tarkistan again,\" General Piet Marlow said.", "Piet Marlow", "Tarkistan"),
    # a tie the speaker's side may cut or reconsider
    ("Tarkistan's foreign ministry said it would review its cooperation with Velmora on migration.",
     "foreign ministry (Tarkistan)", "Velmora"),
    ("Velmora said it could suspend gas deliveries to Tarkistan.", "Velmora", "Tarkistan"),
    ("Velmora said it will reconsider its relations with Tarkistan after the raid.", "Velmora", "Tarkistan"),
    # its own forces ordered to strike
    ("Velmora said the president had instructed the army to respond to any new attack without hesitation.",
     "Velmora", None),
    ("\"We have ordered our units to retaliate against every shelling,\" General Piet Marlow said.", "Piet Marlow",
     None),
])
def test_vows_threaten(nlp, text, speaker, target):
    found = _acts(nlp, text)
    assert (speaker, "THREATEN", "asserts", target) in found, (text, found)


@pytest.mark.parametrize("text", [
    "\"We will strike a deal with Tarkistan soon,\" General Piet Marlow said.",     # another type at the verb
    "\"We will not attack anyone,\" General Piet Marlow said.",                     # negated
    "Velmora said the rebels would attack again.",                                  # another doer
    "\"We will rebuild the school,\" General Piet Marlow said.",                    # no hostile act
    "Tarkistan suspended its cooperation with Velmora on Monday.",                  # done, not vowed
    "Velmora said it would review the budget with Tarkistan.",                      # no tie
    "Velmora said the president had ordered the army to rebuild the bridge.",       # no hostile act ordered
    "Velmora said Tarkistan had instructed its troops to attack the villages.",     # another actor's order
    "Velmora said the president had ordered the Tarkish army to withdraw.",
])
def test_vows_lookalikes(nlp, text):
    found = _acts(nlp, text)
    assert not any(st == "THREATEN" for _, st, _, _ in found), (text, found)


@pytest.mark.parametrize("text,speaker", [
    ("Defence Minister Lara Quint told reporters that the raid killed 20 fighters. \"We will hit back,\" she "
     "said.\n\nAid agency spokeswoman Ana Berg said 12 people were hurt.", "Lara Quint"),
    ("Velmoran envoy Tove Arnell said the talks had failed. \"Nothing is agreed,\" she said.\n\nThe UN "
     "spokeswoman, Mira Holt, said talks would resume.", "Tove Arnell"),
    ("Interior Minister Dana Korr visited the camp. \"These families need water,\" she said.\n\nLater a "
     "spokeswoman, Ines Vall, said trucks were on the way.", "Dana Korr"),
])
def test_pronoun_she_before_the_first_known_woman(nlp, text, speaker):
    claims, by_id = extract(nlp, text)
    said = [c for c in claims if c.speaker_text == "she"]
    assert said and name(by_id, said[0].speaker_mention) == speaker, [(c.speaker_text, name(by_id, c.speaker_mention))
                                                                       for c in claims]


def test_pronoun_she_after_a_known_woman_still_needs_her(nlp):
    # a woman named before the pronoun still makes "she" a known woman: not the man of unknown gender
    text = ("Aid agency spokeswoman Ana Berg said 12 people were hurt. Defence Minister Kim Taro told reporters "
            "the raid was over. \"We need doctors,\" she said.")
    claims, by_id = extract(nlp, text)
    said = [c for c in claims if c.speaker_text == "she"]
    assert not said or name(by_id, said[0].speaker_mention) != "Kim Taro", said


def _chains(nlp, text: str) -> list[tuple]:
    """(speaker name or text, via names, content) per claim."""
    claims, by_id = extract(nlp, text)
    return [(name(by_id, c.speaker_mention) or c.speaker_text, [v.name for v in c.via], c.content_text)
            for c in claims]


@pytest.mark.parametrize("text,speaker,via,content", [
    # a medium coordinated after the maker, with an adverb between ("and first reported by Y")
    ("According to satellite images analysed by the private firm Brasko Mapping and first reported by the Hollin "
     "News Agency, the crater pattern at the camp fits guided bombs.", "Brasko Mapping", ["the Hollin News Agency"],
     "the crater pattern at the camp fits guided bombs."),
    ("According to a survey conducted by the Orlen Institute and later published by the Daily Vesper, most "
     "residents fled.", "Orlen Institute", ["the Daily Vesper"], "most residents fled."),
    ("According to a poll carried out by the Orlen Institute and first released by the Daily Vesper, most "
     "residents want peace.", "Orlen Institute", ["the Daily Vesper"], "most residents want peace."),
])
def test_chains_round7(nlp, text, speaker, via, content):
    found = _chains(nlp, text)
    assert (speaker, via, content) in found, (text, found)


def test_chains_round7_lookalike_verb_is_no_medium(nlp):
    # "and mostly ignored by Y": an adverb before a verb that names no medium
    found = _chains(nlp, "According to figures compiled by the Orlen Institute and mostly ignored by the Daily "
                         "Vesper, 300 people fled.")
    assert not any("the Daily Vesper" in v for _, v, _ in found), found


@pytest.mark.parametrize("text,speaker", [
    ("The Korro Front's leader, Ivo Dask, has refused to disarm while the villages are shelled.", "Ivo Dask"),
    ("Asked who held the nurses, Velmoran foreign minister Marta Kovane declined to name a group.", "Marta Kovane"),
    ("The Korro Front has refused to disband its units until the shelling stops.", "Korro Front"),
    ("Tarkistan declined to apologise for the raid on the port.", "Tarkistan"),
])
def test_refusal_rejects(nlp, text, speaker):
    found = _acts(nlp, text)
    assert any(s == speaker and st == "REJECT" for s, st, _, _ in found), (text, found)


@pytest.mark.parametrize("text", [
    "The Tarkish army declined to comment.",                # no answer, nothing refused
    "Exports from Velmora declined sharply in March.",      # a fall, not a refusal
    "The number of refugees in Velmora declined to 300 in May.",
])
def test_refusal_lookalikes(nlp, text):
    found = _acts(nlp, text)
    assert not any(st == "REJECT" for _, st, _, _ in found), (text, found)


def test_refusal_of_a_typed_act_is_the_events_stage(nlp):
    # "refused to meet with Y": the events stage's REJECT of Y, no statement by the refuser
    claims, by_id = extract(nlp, "Velmora refused to meet with Tarkistan.")
    assert not any(c.speech_type for c in claims), [(c.speaker_text, c.speech_type) for c in claims]
    assert any(c.event.type == "REJECT" and name(by_id, c.event.object_mention) == "Tarkistan" for c in claims)


@pytest.mark.parametrize("text,speaker,act,target", [
    # machine-translated passive report with the agent first: "By X is demanded, that …"
    ("On Monday the Ministry of foreign affairs of Velmora sent a note of protest to Tarkistan. By the ministry is "
     "demanded, that Tarkistan pays the compensation to the families.", "Ministry of foreign affairs (Velmora)",
     "REQUEST", "Tarkistan"),
    ("By the Velmoran foreign ministry was demanded, that Tarkistan withdraws the troops from the border.",
     "Velmoran foreign ministry", "REQUEST", "Tarkistan"),
    ("The Velmoran envoy Ivo Dask met the press. By him was said, that the army of Tarkistan has shelled the port.",
     "Ivo Dask", None, None),
])
def test_mt_passive_report_agent_first(nlp, text, speaker, act, target):
    found = _acts(nlp, text)
    assert any(s == speaker and st == act and (target is None or o == target) for s, st, _, o in found), (text, found)


@pytest.mark.parametrize("text", [
    "By contrast, it is said that the port is calm.",
    "By Monday was expected, that the talks resume.",
])
def test_mt_passive_report_lookalikes(nlp, text):
    claims, by_id = extract(nlp, text)
    assert not any(c.speaker_mention or c.speaker_text for c in claims), [(c.speaker_text, c.cue) for c in claims]


@pytest.mark.parametrize("text,speaker", [
    # machine-translated order: the speaker after the verb, parsed as its object
    ("Velmora does not arm the bandits, it feeds the refugees, has said Dorrin.", "Dorrin"),
    ("The army of Tarkistan has shelled the port on the Monday, has declared Dorrin.", "Dorrin"),
    ("Khemland does not shelter the rebels, it is sheltering the families, which are fleeing the bombs, has said "
     "Ostrov.", "Ostrov"),
])
def test_mt_speaker_after_the_verb(nlp, text, speaker):
    found = _acts(nlp, text)
    assert any(s == speaker for s, _, _, _ in found), (text, found)


def test_mt_speaker_after_the_verb_not_a_date(nlp):
    claims, _ = extract(nlp, "The port is calm, said Monday.")
    assert not any(c.speaker_text for c in claims), [(c.speaker_text, c.cue) for c in claims]


@pytest.mark.parametrize("text,speaker,accused", [
    # people used as a shield
    ("The Velmoran army said the Korro Front uses villagers as a human shield.", "Velmoran army", "Korro Front"),
    ("Velmora said the Korro Front hides its rockets in schools and uses the pupils as shields.", "Velmora",
     "Korro Front"),
    # an armed group let act
    ("Velmora said the Tarkish interior ministry has for years allowed the gangs to rest and recruit in the camps.",
     "Velmora", "Tarkish interior ministry"),
    ("Velmora said Tarkistan lets the militants cross the river at night.", "Velmora", "Tarkistan"),
    # a statement or figure called made up
    ("Velmora said the casualty figures announced by the Tarkish army are invented to blacken its soldiers.",
     "Velmora", "Tarkish army"),
    ("Velmora said the figures of the Tarkish health ministry were inflated.", "Velmora", "Tarkish health ministry"),
    # the blame laid on Y
    ("Velmora said the full responsibility for the deaths lies with the Korro Front.", "Velmora", "Korro Front"),
    ("Velmora said the blame for the blackout rests on the Tarkish army.", "Velmora", "Tarkish army"),
    ("Velmora said the Korro Front hid among villagers, and the responsibility for any victims lies with the Korro "
     "Front.", "Velmora", "Korro Front"),
])
def test_accusing_forms(nlp, text, speaker, accused):
    claims, by_id = extract(nlp, text)
    found = [(name(by_id, c.speaker_mention), c.speech_type, name(by_id, c.event.subject_mention)) for c in claims]
    assert (speaker, "ACCUSE", accused) in found, (text, found)


@pytest.mark.parametrize("text", [
    "Velmora said Tarkistan allowed the refugees to cross the river.",                 # no armed group let act
    "Velmora said the figures of the Tarkish health ministry were published on Monday.",  # not made up
    "Velmora said it uses the old barracks as a shelter.",                             # no shield
    "Velmora said the Korro Front has not allowed the gangs to enter the camps.",      # negated
    "Velmora said the responsibility for the reform lies with the Tarkish army.",     # a duty, not blame for harm
])
def test_accusing_forms_lookalikes(nlp, text):
    claims, _ = extract(nlp, text)
    assert not any(c.speech_type == "ACCUSE" for c in claims), [(c.speaker_text, c.speech_type) for c in claims]


@pytest.mark.parametrize("text,denies", [
    # a one-word denial phrase read as a verb is no denial ("lies with them")
    ("Velmora said the full responsibility for the deaths lies with the Korro Front.", False),
    ("Velmora said the blame lies squarely with the Tarkish army.", False),
    # the noun still denies
    ("Velmora said the report of the Tarkish army was lies.", True),
    ("Velmora said the claims of the Tarkish army were nothing but lies.", True),
])
def test_denial_word_as_a_verb(nlp, text, denies):
    claims, _ = extract(nlp, text)
    assert any(c.stance == "denies" for c in claims) == denies, [(c.speaker_text, c.stance) for c in claims]
