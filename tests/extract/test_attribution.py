"""Attribution: cues, source phrases, speech acts, stance and source chains (invented actors)."""
from __future__ import annotations

import pytest

from tests.extract.test_claims import extract, name

pytestmark = pytest.mark.model


def said_by(claims, speaker_word):
    return [c for c in claims if c.speaker_text and speaker_word in c.speaker_text]


@pytest.mark.parametrize("text", [
    "According to Karl Odum, the Norland Front attacked the city of Lyon.",
    "The Norland Front attacked the city of Lyon, according to Karl Odum.",
    "Karl Odum said that the Norland Front attacked the city of Lyon.",
    "The Norland Front attacked the city of Lyon, Karl Odum said.",
])
def test_attribution_speaker_and_content(nlp, text):
    claims, by_id = extract(nlp, text)
    said = said_by(claims, "Odum")
    assert said and name(by_id, said[0].speaker_mention) == "Karl Odum"
    content = said[0].content_text
    assert "attacked the city of Lyon" in content and "Odum" not in content and "according" not in content


def test_attribution_parenthetical_cue_keeps_both_halves(nlp):
    claims, by_id = extract(nlp, "The Norland Front, Karl Odum said, attacked the city of Lyon.")
    said = said_by(claims, "Odum")
    assert said and name(by_id, said[0].speaker_mention) == "Karl Odum"
    # offsets are contiguous, so the aside stays inside the span; both halves of the content are there
    assert said[0].content_text.startswith("The Norland Front") and said[0].content_text.endswith("city of Lyon")


@pytest.mark.parametrize("text,type_,stance", [
    ("Karl Odum accused the Norland Front of shelling Lyon.", "ACCUSE", "asserts"),
    ("Karl Odum blamed the Norland Front for the shelling of Lyon.", "ACCUSE", "asserts"),
    ("Karl Odum denied that his fighters had shelled Lyon.", "REJECT", "denies"),
    ("Karl Odum dismissed reports that his fighters had shelled Lyon.", "REJECT", "denies"),
    ("Karl Odum urged the Norland Front to stop shelling Lyon.", "REQUEST", "asserts"),
    ("Karl Odum called on the Norland Front to stop shelling Lyon.", "REQUEST", "asserts"),
    ("Reports that his fighters shelled Lyon have nothing to do with reality, Karl Odum said.", "REJECT", "denies"),
    ("Karl Odum said that the Norland Front had met with Ilse Brandt in Lyon.", None, "asserts"),
])
def test_attribution_speech_act(nlp, text, type_, stance):
    claims, _ = extract(nlp, text)
    said = said_by(claims, "Odum")
    assert said and said[0].stance == stance
    if type_ == "ACCUSE":
        # "accused X of …": the accused does the reported act
        assert any(c.speech_type == "ACCUSE" for c in said)
    else:
        assert said[0].speech_type == type_


def test_attribution_plain_report_of_hostile_act_is_accusation(nlp):
    claims, by_id = extract(nlp, "Karl Odum said the Norland Front had attacked Lyon on Monday.")
    said = said_by(claims, "Odum")
    assert any(c.speech_type == "ACCUSE" and name(by_id, c.event.subject_mention) == "Norland Front" for c in said)


def test_attribution_hedged_report_is_not_accusation(nlp):
    claims, _ = extract(nlp, "Karl Odum said the Norland Front may have attacked Lyon on Monday.")
    assert not any(c.speech_type == "ACCUSE" for c in said_by(claims, "Odum"))


@pytest.mark.parametrize("text,speaker,via", [
    ("Karl Odum told the Kessin Herald that the Norland Front had shelled Lyon.", "Odum", ["Herald"]),
    ("Karl Odum claimed in an interview with the Kessin Herald that the Norland Front had shelled Lyon.",
     "Odum", ["Herald"]),
    ("The Norland Front has 300 fighters in Lyon, according to a confidential report seen by the Kessin Herald.",
     "report", ["Herald"]),
    # an unnamed origin: the named outlet vouches for the claim, the sources it cites come first in via
    ("The Kessin Herald, citing security sources, said that the Norland Front had shelled Lyon.",
     "Herald", ["sources"]),
    ("The Kessin Herald, in addition to the Lyon Courier, citing security sources, said that the Norland Front "
     "had shelled Lyon.", "Herald", ["sources", "Courier"]),
    # a named origin speaks; the outlet that cites it is the next link
    ("The Kessin Herald, citing the Lyon Institute, said that the Norland Front had shelled Lyon.",
     "Institute", ["Herald"]),
    # a chain inside the subject phrase: the report speaks for its author, the outlet that saw it is via
    ("A report by the Lyon Institute, seen by the Kessin Herald, says the Norland Front shelled the port.",
     "report", ["Herald"]),
    # the outlet's relative clause names what it saw: that document is the origin
    ("The port was shelled with 20 rockets, reports the Kessin Herald, which saw the assessment of the "
     "Lyon Institute.", "Institute", ["Herald"]),
])
def test_attribution_source_chain(nlp, text, speaker, via):
    claims, _ = extract(nlp, text)
    said = said_by(claims, speaker)
    assert said, [(c.speaker_text, c.via) for c in claims]
    names = [v.name for v in said[0].via]
    for i, v in enumerate(via):
        assert any(v in n for n in names), names
    # nearest to the origin first
    assert [next(j for j, n in enumerate(names) if v in n) for v in via] == sorted(
        next(j for j, n in enumerate(names) if v in n) for v in via)


def test_attribution_nested_reports_chain_outward(nlp):
    text = ("The Kessin Herald reported that the foreign ministry said in a statement that Karl Odum "
            "wanted an immediate ceasefire.")
    claims, _ = extract(nlp, text)
    inner = said_by(claims, "Odum") or [c for c in claims if "ceasefire" in (c.content_text or "")
                                        and c.speaker_text and "ministry" in c.speaker_text]
    assert inner
    names = [v.name for v in inner[0].via]
    assert any("Herald" in n for n in names)


def test_attribution_unnamed_source_is_hedged(nlp):
    claims, _ = extract(nlp, "A diplomatic source told reporters that the Norland Front had shelled Lyon.")
    said = said_by(claims, "source")
    assert said and said[0].speaker_mention is None and "unnamed source" in said[0].hedges


def test_attribution_first_person_is_not_a_source(nlp):
    claims, by_id = extract(nlp, "\u201cI think the Norland Front shelled Lyon,\u201d Karl Odum said.")
    assert all(c.speaker_text != "I" for c in claims)
    said = said_by(claims, "Odum")
    assert said and said[0].quote and said[0].certainty == "likely" and "i think" in said[0].hedges


def test_attribution_transcript_label(nlp):
    text = "ODUM: The Norland Front shelled Lyon last night.\nHOST: Are you sure?"
    claims, _ = extract(nlp, text)
    said = said_by(claims, "ODUM")
    assert said and said[0].content_text.startswith("The Norland Front shelled Lyon")


def test_attribution_relative_pronoun_speaker_is_written_out(nlp):
    text = "The crowd cheered Karl Odum, who told reporters that the Norland Front had left Lyon."
    claims, by_id = extract(nlp, text)
    said = [c for c in claims if c.cue == "told"]
    assert said and said[0].speaker_text == "Karl Odum" and name(by_id, said[0].speaker_mention) == "Karl Odum"


def test_attribution_signed_quote(nlp):
    text = ("\u201cThe Norland Front shelled our street in Lyon every night last week.\u201d \u2015 Ilse Brandt\n"
            "\u201cNobody helped us.\u201d \u2015 Karl Odum\n")
    claims, _ = extract(nlp, text)
    assert [c.speaker_text for c in claims if c.quote][:2] == ["Ilse Brandt", "Karl Odum"]
    assert claims[0].content_text.startswith("The Norland Front shelled")


def test_attribution_quotes_around_a_cue_are_one_statement(nlp):
    text = ("\u201cThe front is quiet,\u201d said Karl Odum, the commander. \u201cBut we expect an attack on Lyon "
            "soon.\u201d\nThe weather was cold.")
    claims, _ = extract(nlp, text)
    said = [c for c in claims if c.speaker_text and "Odum" in c.speaker_text]
    assert said and said[0].content_text.startswith("The front is quiet")
    assert said[0].content_text.endswith("attack on Lyon soon.")


def test_attribution_apposition_person_speaks_with_role(nlp):
    claims, by_id = extract(nlp, "The UN envoy, Mara Velden, urged the two sides to respect the truce.")
    said = said_by(claims, "Velden")
    assert said and said[0].speaker_text.startswith("The UN envoy")
    assert name(by_id, said[0].speaker_mention) == "Mara Velden"


@pytest.mark.parametrize("text,speaker,value", [
    ("The Lyon Health Ministry puts the number of dead at 31.", "Ministry", 31),
    ("Local officials put the death toll at 52 on Sunday.", "officials", 52),
    ("According to data from the Lyon Health Ministry, 44 people were killed.", "Ministry", 44),
    ("In the attack by the data of the Norland Front were killed 17 people.", "Front", 17),
    ("A Lyon Institute assessment puts the number of rockets fired in the attack at 20.", "assessment", 20),
    ("Some 150 Norland fighters are in the east, the security services estimate.", "services", 150),
])
def test_attribution_figure_cues(nlp, text, speaker, value):
    claims, _ = extract(nlp, text)
    said = said_by(claims, speaker)
    assert said, [(c.speaker_text, c.content_text) for c in claims]
    assert any(c.event.quantity is not None and c.event.quantity.value == value for c in said)
    assert all(speaker not in (c.content_text or "") for c in said)


@pytest.mark.parametrize("text,reports", [
    # the number sits below the preposition's object ("2" under "thousands" under "persons")
    ("The Kessel Interior Ministry put the number of detained at 2 thousands persons.", True),
    ("The Kessel Interior Ministry put the number of detained at some 3 hundred people.", True),
    # look-alikes: no figure under "at"
    ("The Kessel Interior Ministry put the number of detained at the top of its list.", False),
    ("The Norland Front put its fighters on alert.", False),
])
def test_attribution_put_reports_a_figure_below_at(nlp, text, reports):
    claims, _ = extract(nlp, text)
    assert any(c.speaker_text and "Ministry" in c.speaker_text for c in claims) == reports


@pytest.mark.parametrize("text,denies", [
    ("\"The general does not take help from anyone,\" Karl Odum said.", True),
    ("Karl Odum said his fighters had never shelled Lyon.", True),
    ("\"We did not send any drones to Lyon,\" Karl Odum said.", True),
    ("Karl Odum said the talks would not resume before March.", False),
    ("Karl Odum said he did not know whether anyone was hurt.", False),
])
def test_attribution_emphatic_negation_is_denial(nlp, text, denies):
    claims, _ = extract(nlp, text)
    said = said_by(claims, "Odum")
    assert said
    assert (said[0].stance == "denies" and said[0].speech_type == "REJECT") == denies


def test_attribution_headline_is_not_glued_to_first_sentence(nlp):
    text = "Norland blames rebels for Lyon blast\n\nThe Norland army said on Friday that rebels had fired the rockets."
    claims, _ = extract(nlp, text)
    said = [c for c in claims if c.cue == "said"]
    assert said and said[0].speaker_text == "The Norland army"
    assert all("\n" not in (c.content_text or "") for c in claims)


def test_attribution_coordinated_speakers_each_say_it(nlp):
    claims, by_id = extract(nlp, "Karl Odum and Mara Velden said the elections must go ahead in March.")
    speakers = {name(by_id, c.speaker_mention) for c in claims if c.content_text and "elections" in c.content_text}
    assert {"Karl Odum", "Mara Velden"} <= speakers


def test_attribution_statement_in_passive_report_speaks(nlp):
    claims, _ = extract(nlp, "In the report it is said that the Norland Front moved its drones to the air base.")
    said = [c for c in claims if c.cue == "said"]
    assert said and said[0].speaker_text == "the report"


@pytest.mark.parametrize("text,speaker,content", [
    # an unmarked clause the parser hangs on as an adverbial
    ("Karl Odum said after the meeting he would not accept the Lyon offer.", "Odum", "would not accept"),
    # a cue under "by": the subject of the verb it completes
    ("Karl Odum began by saying the Norland Front had shelled the port.", "Odum", "shelled the port"),
    # a statement that calls: its issuer speaks
    ("The Lyon Council issued a statement calling the shelling a clear violation of the truce.", "Council",
     "a clear violation"),
])
def test_attribution_parser_detours(nlp, text, speaker, content):
    claims, _ = extract(nlp, text)
    said = said_by(claims, speaker)
    assert said and any(content in (c.content_text or "") for c in said), [(c.speaker_text, c.content_text)
                                                                          for c in claims]


@pytest.mark.parametrize("text,person", [
    ("The UN special envoy for Norland, Mara Velden, said the talks would resume in March.", "Mara Velden"),
    ("In Lyon the Minister of Defence Karl Odum earlier declared that twelve drones were launched.", "Karl Odum"),
])
def test_attribution_role_and_name_give_the_person(nlp, text, person):
    claims, by_id = extract(nlp, text)
    assert any(name(by_id, c.speaker_mention) == person for c in claims if c.speaker_text)


def test_attribution_reporting_act_coordinated_with_reported_clause_belongs_to_reporter(nlp):
    text = ("In a message on Monday Karl Odum said the Norland Front would never target civilians and called on "
            "the Red Cross to inspect the site.")
    claims, by_id = extract(nlp, text)
    calls = [c for c in claims if c.cue == "called on"]
    assert calls and name(by_id, calls[0].speaker_mention) == "Karl Odum"


@pytest.mark.parametrize("text,speaker,content", [
    ("Norland rejected Kessin's claim that its army had shelled the port.", "Kessin", "shelled the port"),
])
def test_attribution_statement_noun_with_owner(nlp, text, speaker, content):
    claims, _ = extract(nlp, text)
    said = [c for c in claims if c.cue == "claim"]
    assert said and speaker in said[0].speaker_text and content in said[0].content_text


def test_attribution_statement_noun_relative_clause_is_no_content(nlp):
    claims, _ = extract(nlp, "The report that the Lyon Herald published on Monday was wrong.")
    assert not any(c.cue == "report" for c in claims)


@pytest.mark.parametrize("text,speaker,content", [
    # each clause with its own reporting verb keeps its own content
    ("The ministry counted six ships; the navy says 14.", "the navy", "14"),
    ("The ministry said six ships were sunk; the navy says 14 were sunk.", "the navy", "14 were sunk"),
    ("The ministry said six ships were sunk, but the navy says 14 were sunk.", "the navy", "14 were sunk"),
    # look-alikes: a cue with nothing else to report takes the clause before it
    ("Six ships were sunk; the navy says so.", "the navy", "Six ships were sunk"),
    ("Six ships were sunk, the navy says.", "the navy", "Six ships were sunk"),
])
def test_attribution_each_clause_keeps_its_own_content(nlp, text, speaker, content):
    claims, _ = extract(nlp, text)
    said = [c.content_text for c in claims if c.speaker_text == speaker]
    assert said == [content]
