"""Round 8 (speech10): speech acts by what a statement says about the future (a refusal to give way, a future act
labelled hostile), refusals to give out information, the reporter a pronoun of the reported clause stands for,
fronted "Asked …" participles, hedges of a main clause beside a condition and of an identification, unnamed
sources the article's own outlet relays, and gendered surnames. Invented states, people, outlets and sentences
only; each class has look-alikes that must not fire."""
from __future__ import annotations

import pytest

from claimgraph.extract.claims import find_claims
from claimgraph.extract.mentions import find_mentions
from claimgraph.model import Document
from tests.extract.invented import PUBLISHED, extract, name

pytestmark = pytest.mark.model


def _acts(nlp, text: str) -> list[tuple]:
    """(speaker, speech_type, cue) per claim that has a speaker."""
    claims, by_id = extract(nlp, text)
    return [(name(by_id, c.speaker_mention), c.speech_type, c.cue) for c in claims if c.speaker_mention]


def _article(nlp, text: str):
    """(claims, mentions by id) of an invented article whose first line is its masthead (the title)."""
    document = Document(id="t", path="t.txt", text=text, published=PUBLISHED, title=text.split("\n")[0])
    doc = nlp(text)
    mentions = find_mentions(document, doc)
    return find_claims(document, doc, mentions), {m.id: m for m in mentions}


# -- a refusal to give way: what the speaker's side says it will not do --------------------------------------
@pytest.mark.parametrize("text,speaker", [
    ("The Tarkish Liberation Front said it would not withdraw its heavy weapons while the town is being shelled.",
     "Tarkish Liberation Front"),
    ("Velmora voted against and said it would not grant the investigators visas.", "Velmora"),
    ("\"We won't hand over our rifles,\" Tarkish commander Ivo Dask said.", "Ivo Dask"),
    ("Velmora said it will not lift the siege of Dorvik until the rebels disarm.", "Velmora"),
    ("\"We will never release the prisoners,\" said General Piet Marlow.", "Piet Marlow"),
])
def test_refused_vow_rejects(nlp, text, speaker):
    found = _acts(nlp, text)
    assert any(s == speaker and st == "REJECT" for s, st, _ in found), (text, found)


@pytest.mark.parametrize("text", [
    "Velmora said Tarkistan would not withdraw its troops.",          # another party's act
    "Velmora said it would not attack the town.",                      # a hostile act is no concession
    "Velmora said it would withdraw its troops next week.",            # not negated
    "Velmora said it had not withdrawn its troops in May.",            # the past: a report, not a refusal
])
def test_refused_vow_lookalikes(nlp, text):
    found = _acts(nlp, text)
    assert not any(st == "REJECT" and cue == "said" for _, st, cue in found), (text, found)


# -- a future act labelled hostile: a threat ------------------------------------------------------------------
@pytest.mark.parametrize("text,speaker,target", [
    ("The Velmoran defence ministry warns the Tarkistan regime that any further delivery of weapons to the rebels "
     "will be regarded as an act of aggression.", "Velmoran defence ministry", "Tarkistan"),
    ("Velmora said any new shelling of its villages would be treated as a declaration of war.", "Velmora", None),
    ("The Velmoran minister has warned, that the next such incident Velmora will consider as the attack on its "
     "sovereignty.", "Velmoran minister", None),
    ("Tarkistan said it would view any drone over its border as a hostile act.", "Tarkistan", None),
])
def test_labelled_threat(nlp, text, speaker, target):
    claims, by_id = extract(nlp, text)
    hits = [c for c in claims if c.speech_type == "THREATEN"]
    assert hits, (text, [(c.speaker_text, c.speech_type) for c in claims])
    assert speaker in (hits[0].speaker_text or ""), (text, hits[0].speaker_text)
    if target is not None:
        assert name(by_id, hits[0].event.object_mention) == target
    # never a threat against the speaker's own side ("an attack on its sovereignty")
    assert all(name(by_id, c.event.object_mention) != name(by_id, c.speaker_mention) for c in hits)


@pytest.mark.parametrize("text", [
    "Velmora said the shelling was regarded as an attack on its villages.",   # the past
    "Velmora said the visit would be regarded as a success.",                 # no hostile label
    "Velmora said it would not treat the incident as an act of aggression.",  # negated
])
def test_labelled_threat_lookalikes(nlp, text):
    claims, _ = extract(nlp, text)
    assert not any(c.speech_type == "THREATEN" for c in claims), text


# -- refusing to give out information --------------------------------------------------------------------------
@pytest.mark.parametrize("text,speaker", [
    ("Marta Kovane declined to give a number.", "Kovane"),
    ("The Tarkish general Piet Marlow refused to give a figure for the dead.", "Piet Marlow"),
    ("Velmora's army spokesman Ivo Dask declined to disclose the toll.", "Ivo Dask"),
    ("Asked how many prisoners would be freed, Marta Kovane declined to provide details, saying the lists were "
     "still being checked.", "Marta Kovane"),
])
def test_refusal_to_give_information(nlp, text, speaker):
    found = _acts(nlp, text)
    assert any(s == speaker and st == "REJECT" for s, st, _ in found), (text, found)


@pytest.mark.parametrize("text", [
    "Velmora's army declined to comment.",                 # no refusal of anything asked
    "Velmora gave a figure of 40 dead.",                   # given, not refused
    "Exports of grain declined to a record low.",          # a fall, not a refusal
])
def test_refusal_to_give_information_lookalikes(nlp, text):
    assert not any(st == "REJECT" for _, st, _ in _acts(nlp, text)), text


# -- "Asked …, she …": the one asked is no requester ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Asked about the talks, Velmoran minister Marta Kovane said a deal was close.",
    "Asked whether troops would stay, General Piet Marlow declined to give a date.",
    "Questioned about the convoy, Tarkish spokesman Ivo Dask said it carried food.",
])
def test_fronted_participle_is_no_request(nlp, text):
    claims, _ = extract(nlp, text)
    assert not any(c.speech_type == "REQUEST" and c.cue in ("Asked", "Questioned") for c in claims), text


def test_fronted_as_reported_names_no_reporter(nlp):
    # "As previously reported, X has hired …": X reported nothing
    found = _acts(nlp, "As previously reported, Velmora has hired hundreds of Tarkish soldiers.")
    assert not any(cue == "reported" for _, _, cue in found), found


def test_asking_verb_still_requests(nlp):
    found = _acts(nlp, "Velmora asked Tarkistan to withdraw its troops.")
    assert ("Velmora", "REQUEST", "asked") in found


# -- the pronoun of a reported clause is its reporter ----------------------------------------------------------
@pytest.mark.parametrize("text,subject", [
    ("A Velmoran inquiry could be approved by the Tarkish Council next week; Dorvane has said it will not "
     "cooperate with it.", "Dorvane"),
    ("The Tarkish Council set up a panel on Monday, and the Velmoran army said it would not cooperate with it.",
     "Velmoran army"),
    ("The Ostran Union backed the Tarkish plan, but Velmora said it would not support it.", "Velmora"),
    ("The Tarkish Council opened an inquiry on Monday. Dorvane told reporters it would not cooperate with the "
     "inquiry.", "Dorvane"),
    ("The Ostran Union backed the plan of the Tarkish Council, but Velmora insists it will not cooperate with it.",
     "Velmora"),
])
def test_reported_pronoun_is_reporter(nlp, text, subject):
    claims, by_id = extract(nlp, text)
    assert any(c.event.type == "REJECT" and name(by_id, c.event.subject_mention) == subject for c in claims), \
        (text, [(c.event.type, name(by_id, c.event.subject_mention)) for c in claims])


def test_reported_pronoun_not_a_person(nlp):
    # a person reporter is no "it": the pronoun keeps its own antecedent
    claims, by_id = extract(nlp, "The Ostran Union backed the Tarkish plan, but Marta Kovane said it would not "
                                 "support it.")
    assert not any(name(by_id, c.event.subject_mention) == "Marta Kovane" for c in claims)


# -- hedges ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,probe", [
    ("Our assessment: the truce is unlikely to last beyond May unless Velmora withdraws its volunteers.",
     "unlikely to last"),
    ("The ceasefire seems likely to collapse if Tarkistan shells Dorvik again.", "likely to collapse"),
    ("Satellite images published by the Dorvik Herald show what look like towed howitzers near the border.",
     "what look like"),
    ("Drone footage shows what appears to be a Velmoran tank column.", "what appears to be"),
    ("The Velmoran army appeared to be retreating from Dorvik.", "appeared to be"),
    ("By the words of the source in the General Staff of Velmora, who wished to stay unnamed, near the line of "
     "contact are noticed the columns of tanks.", "columns of tanks"),
])
def test_hedges_round8(nlp, text, probe):
    claims, _ = extract(nlp, text)
    assert any(c.hedged and probe in text[c.start:c.end] for c in claims), \
        (text, [(c.hedges, c.content_text) for c in claims])


@pytest.mark.parametrize("text", [
    "The truce will hold if Velmora withdraws its troops.",
    "Images show the howitzers look like old Velmoran guns.",
    "Velmora's army said its tanks were retreating from Dorvik.",
])
def test_hedges_round8_lookalikes(nlp, text):
    claims, _ = extract(nlp, text)
    assert not any(c.hedged for c in claims), (text, [c.hedges for c in claims])


# -- an unnamed source the article's own outlet relays ---------------------------------------------------------
MASTHEAD = "THE DORVIK HERALD\n4 March 2026\nTanks gather near the border\n\n"


@pytest.mark.parametrize("body,origin", [
    ("According to sources in the Velmoran army, the order came from the capital.",
     "sources in the Velmoran army"),
    ("By the words of the source in the General Staff of Velmora, tanks were seen near the line.",
     "the source in the General Staff of Velmora"),
    ("Officials within the Tarkish defence ministry said 40 tanks had crossed the river.",
     "Officials within the Tarkish defence ministry"),
])
def test_own_outlet_relays_unnamed_source(nlp, body, origin):
    claims, by_id = _article(nlp, MASTHEAD + body)
    hit = [c for c in claims if c.via and c.via[0].name == origin]
    assert hit, [(c.speaker_text, [v.name for v in c.via]) for c in claims]
    assert name(by_id, hit[0].speaker_mention) == "Dorvik Herald"
    assert "unnamed source" in hit[0].hedges


@pytest.mark.parametrize("text", [
    MASTHEAD + "Residents said the shelling went on all night.",                 # no institution: stays
    MASTHEAD + "Sources in the Velmoran army told the Ostran Courier the order came from the capital.",  # own medium
    "According to sources in the Velmoran army, the order came from the capital.",  # no masthead
])
def test_own_outlet_relay_lookalikes(nlp, text):
    claims, by_id = _article(nlp, text)
    assert not any(name(by_id, c.speaker_mention) == "Dorvik Herald" for c in claims), \
        [(c.speaker_text, [v.name for v in c.via]) for c in claims]


def test_seen_document_is_not_the_outlets(nlp):
    text = (MASTHEAD + "A leaked memo obtained by the Velmoran Review shows that Tarkistan sent 18 tanks to the rebels. "
            "The Herald has not seen the memo and could not verify its contents.\n\n"
            "The memo also allegedly records payments of 25 million euros to the rebels.")
    claims, by_id = _article(nlp, text)
    memo = [c for c in claims if c.speaker_text == "The memo"]
    assert memo and all(name(by_id, c.speaker_mention) != "Dorvik Herald" for c in memo)


# -- a surname that marks its bearer's gender ------------------------------------------------------------------
def test_gendered_surname_takes_she(nlp):
    text = ("Nurse Ingrid Holm said the clinic was full. Velmoran Foreign Minister Radka Sovenkova told reporters "
            "the talks would go on. She rejected any role for Tarkistan as a guarantor.")
    found = _acts(nlp, text)
    assert ("Radka Sovenkova", "REJECT", "rejected") in found, found


def test_male_surname_keeps_she_off(nlp):
    text = ("Nurse Ingrid Holm said the clinic was full. Velmoran Foreign Minister Radko Sovenkov told reporters "
            "the talks would go on. She rejected any role for Tarkistan as a guarantor.")
    found = _acts(nlp, text)
    assert not any(s == "Radko Sovenkov" and st == "REJECT" for s, st, _ in found), found


# -- whom a rejection of a role names ---------------------------------------------------------------------------
@pytest.mark.parametrize("text,target", [
    ("Velmoran minister Marta Kovane rejected any role for Tarkistan as a guarantor.", "Tarkistan"),
    ("Velmora rejected a seat for Tarkistan at the talks.", "Tarkistan"),
    ("Velmora dismissed any mediation role for the Ostran Union.", "Ostran Union"),
])
def test_rejected_role_names_party(nlp, text, target):
    claims, by_id = extract(nlp, text)
    assert any(c.speech_type == "REJECT" and name(by_id, c.event.object_mention) == target for c in claims), \
        (text, [(c.speech_type, name(by_id, c.event.object_mention)) for c in claims])


def test_rejected_plan_for_a_place_names_no_party(nlp):
    claims, by_id = extract(nlp, "Velmora rejected the plan for the north.")
    assert all(c.event.object_mention is None for c in claims if c.speech_type == "REJECT")


# -- accusation by content, under any reporting verb -------------------------------------------------------------
@pytest.mark.parametrize("text,accused", [
    # where the fire came from
    ("The Tarkish Liberation Front (TLF) denied it. Velmoran army spokesman Ivo Dask said the shots came from a "
     "TLF position on a hill above the road.", "Tarkish Liberation Front"),
    ("The ministry of Velmora said the shells were fired from positions of the Tarkish Liberation Front.",
     "Tarkish Liberation Front"),
    # who staged it
    ("Velmora's ministry declares that the so-called massacre is a cynical provocation staged by the bandit "
     "formations of the Tarkish Liberation Front.", "Tarkish Liberation Front"),
    ("Velmora said the blast was an attack orchestrated by the Tarkish Liberation Front.", "Tarkish Liberation Front"),
    # a share in a hostile act named as a noun
    ("Velmora's defence ministry said the ministry once again draws attention to the direct participation of the "
     "Tarkistan regime in the aggression against Velmora.", "Tarkistan"),
    ("Velmora said it had proof of the involvement of the Tarkish Liberation Front in the killings.",
     "Tarkish Liberation Front"),
])
def test_content_accusation(nlp, text, accused):
    claims, by_id = extract(nlp, text)
    assert any(c.speech_type == "ACCUSE" and name(by_id, c.event.subject_mention) == accused for c in claims), \
        (text, [(c.speech_type, name(by_id, c.event.subject_mention)) for c in claims])


@pytest.mark.parametrize("text", [
    "Velmora said the shots came from the north.",                                    # no one named
    "Velmora said the help came from the Tarkish Liberation Front.",                 # no fire
    "Velmora said the concert was staged by the Tarkish Liberation Front.",          # nothing hostile staged
    "Velmora said the shots came from its own positions.",                           # the speaker's side
    "Velmora said it welcomed the participation of the Tarkish Liberation Front in the talks.",  # no hostile act
])
def test_content_accusation_lookalikes(nlp, text):
    claims, _ = extract(nlp, text)
    assert not any(c.speech_type == "ACCUSE" for c in claims), text


def test_staged_act_is_not_the_accuseds(nlp):
    # "a 'massacre' staged by Y": Y is accused of staging it, not of the massacre
    claims, by_id = extract(nlp, "Velmora's ministry declares that the so-called massacre in Dorvik is a cynical "
                                 "provocation staged by the bandit formations of the Tarkish Liberation Front.")
    assert not any(c.event.type == "ASSAULT" and name(by_id, c.event.subject_mention) == "Tarkish Liberation Front"
                   for c in claims)


# -- labels: a condemning judgement accuses, a measure laughed off is rejected -----------------------------------
@pytest.mark.parametrize("text,act", [
    ("Mission head Ingrid Holm described the detention of two of her monitors last week as \"unacceptable\".",
     "ACCUSE"),
    ("Velmora described the shelling as a flagrant violation of the truce.", "ACCUSE"),
    ("Tarkish minister Ivo Dask described the blockade as illegal.", "ACCUSE"),
    ("Velmora called the shelling of the market \"a disgrace\".", "ACCUSE"),
    ("Velmora branded the embargo a badge of honour.", "REJECT"),
    ("Velmora called the embargo a joke.", "REJECT"),
    ("Marta Kovane called the sanctions \"a farce\".", "REJECT"),
])
def test_labels_round8(nlp, text, act):
    assert any(st == act for _, st, _ in _acts(nlp, text)), (text, _acts(nlp, text))


@pytest.mark.parametrize("text", [
    "Velmora described the talks as useful.",
    "Velmora called the result acceptable.",
    "Velmora called the award a medal of courage.",
])
def test_labels_round8_lookalikes(nlp, text):
    assert not any(st in ("ACCUSE", "REJECT") for _, st, _ in _acts(nlp, text)), (text, _acts(nlp, text))


# -- a quote introduced by how the speaker spoke ------------------------------------------------------------------
@pytest.mark.parametrize("text,speaker", [
    ("Asked about Tarkistan, Marta Kovane was blunt. \"There are foreign fighters in the north. We ask the "
     "government in Dorvik to bring its volunteers home.\"", "Marta Kovane"),
    ("General Piet Marlow was defiant. \"We will never give up Dorvik.\"", "Piet Marlow"),
    ("Pressed on the convoy, the Velmoran army was categorical. \"No weapons crossed the border.\"", "Velmoran army"),
])
def test_manner_sentence_introduces_quote(nlp, text, speaker):
    claims, by_id = extract(nlp, text)
    quoted = [c for c in claims if c.quote]
    assert quoted and all(name(by_id, c.speaker_mention) == speaker for c in quoted), \
        [(c.speaker_text, c.quote) for c in claims]


@pytest.mark.parametrize("text", [
    "The message was clear. \"We ask Dorvik to bring its volunteers home.\"",           # no actor speaks
    "Marta Kovane was blunt.\n\"We ask Dorvik to bring its volunteers home.\"",          # a new paragraph
    "Marta Kovane was tired. \"We ask Dorvik to bring its volunteers home.\"",           # not how she spoke
])
def test_manner_sentence_lookalikes(nlp, text):
    claims, by_id = extract(nlp, text)
    assert not any(c.quote and c.speaker_mention for c in claims), [(c.speaker_text, c.quote) for c in claims]


# -- a capitalised title standing for the person named with it --------------------------------------------------
@pytest.mark.parametrize("text,speaker", [
    ("The President of Velmora Ivo Dask has welcomed the agreement. \"Velmora never sent the soldiers to Dorvik,\" "
     "has said the President.", "Dask"),
    ("General Piet Marlow met the envoy on Monday. The General said the talks went well.", "Piet Marlow"),
    ("Minister Marta Kovane arrived in Dorvik on Monday. The Minister said the border would stay open.",
     "Marta Kovane"),
])
def test_capitalised_title_speaker(nlp, text, speaker):
    claims, by_id = extract(nlp, text)
    assert any(c.speaker_text and c.speaker_text.lower().startswith("the ") and
               speaker in (name(by_id, c.speaker_mention) or "") for c in claims), \
        [(c.speaker_text, name(by_id, c.speaker_mention)) for c in claims]


def test_capitalised_title_needs_a_person(nlp):
    # no person named before: "the President" stands for no one
    claims, by_id = extract(nlp, "Velmora closed the border on Monday. The President said the talks would go on.")
    assert all(name(by_id, c.speaker_mention) is None for c in claims if c.speaker_text == "The President")


@pytest.mark.parametrize("text,speaker,fits", [
    # another office: "the minister" is not the president quoted last
    ("The President of Velmora Ivo Dask welcomed the deal. \"We sent no soldiers,\" has said the President. "
     "The minister has warned, that the next such incident Velmora will consider as the attack.", "Dask", False),
    # a generic descriptor may be anyone quoted last
    ("Velmoran army spokesman Ivo Dask said the convoy was turned back. The official added that no shots were fired.",
     "Ivo Dask", True),
    ("Defence Minister Piet Marlow said the convoy was turned back. The minister added that no shots were fired.",
     "Piet Marlow", True),
])
def test_title_of_another_office(nlp, text, speaker, fits):
    claims, by_id = extract(nlp, text)
    last = [c for c in claims if c.speaker_text and c.speaker_text.lower() in ("the minister", "the official")]
    assert last, [(c.speaker_text, name(by_id, c.speaker_mention)) for c in claims]
    assert (speaker in (name(by_id, last[-1].speaker_mention) or "")) == fits
