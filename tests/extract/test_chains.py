"""Source chains around unnamed or authorless sources (``extract/chains.py``), on invented text."""
from __future__ import annotations

import textwrap

import pytest

from claimgraph.clean.cleaner import clean_text
from tests.extract.invented import extract

pytestmark = pytest.mark.model

INTRO = ("PELLA, March 3 (Wire) - Fighting went on around the river port of Pella on Tuesday as the two armies "
         "traded artillery fire across the water.")
OUTRO = "The Velmoran government did not answer a request for comment on the situation in the port."


def chain_of(nlp, text: str, value: float, wrapped: bool = False):
    """(speaker name or text, [via names]) of the claim carrying the figure ``value``.

    With ``wrapped`` the text is set between two other paragraphs, hard-wrapped at 60 columns and
    cleaned, as an article from a wire feed would be.
    """
    if wrapped:
        raw = "\n\n".join(textwrap.fill(p, 60) for p in (INTRO, text, OUTRO))
        text, _ = clean_text(raw)
    claims, by_id = extract(nlp, text)
    for c in claims:
        q = c.event.quantity
        if q is not None and q.value == value:
            m = by_id.get(c.speaker_mention)
            return (m.local_key or m.name) if m else c.speaker_text, [v.name for v in c.via]
    return None


@pytest.mark.parametrize("text,speaker,via", [
    # the maker of the source speaks, the outlet that reported it is the medium
    ("Some 300 homes were destroyed in Pella, according to satellite imagery analysed by the Basin Authority "
     "and reported by Harbourline.", "Basin Authority", ["Harbourline"]),
    ("A survey conducted by the Lowland Statistics Office found that 1,200 families had left Pella.",
     "Lowland Statistics Office", []),
    # two media, nearest to the origin first
    ("Some 300 homes were destroyed in Pella, according to a document obtained by the Basin Authority and "
     "published by Harbourline.", "a document", ["Basin Authority", "Harbourline"]),
])
@pytest.mark.parametrize("wrapped", [False, True])
def test_chains_author_and_further_media(nlp, text, speaker, via, wrapped):
    value = 1200 if "1,200" in text else 300
    found = chain_of(nlp, text, value, wrapped)
    assert found is not None
    assert speaker in found[0], found
    assert len(found[1]) == len(via) and all(w in v for w, v in zip(via, found[1])), found


def test_chains_imagery_without_a_maker_names_no_one(nlp):
    # look-alike: a participle that names a place, not a maker
    found = chain_of(nlp, "Some 300 homes were destroyed in Pella, according to satellite imagery taken over "
                          "the Basin region.", 300)
    assert found is not None and found[0] == "satellite imagery" and found[1] == [], found


@pytest.mark.parametrize("text,origin", [
    ("According to a hospital administrator who spoke to the Lowland Information Centre, the bodies of 40 people "
     "were found near the bridge.", "a hospital administrator"),
    ("A nurse who talked to the Lowland Information Centre said 40 bodies were found near the bridge.", "A nurse"),
    ("According to an aide who told the Lowland Information Centre about the talks, 40 bodies were found near "
     "the bridge.", "an aide"),
])
@pytest.mark.parametrize("wrapped", [False, True])
def test_chains_unnamed_source_and_the_outlet_it_spoke_to(nlp, text, origin, wrapped):
    found = chain_of(nlp, text, 40, wrapped)
    assert found is not None
    assert "Lowland Information Centre" in found[0], found
    assert found[1][:1] == [origin], found


@pytest.mark.parametrize("text,speaker", [
    # the relative clause names a place, not a medium
    ("According to a hospital administrator who works in Pella, the bodies of 40 people were found.",
     "a hospital administrator"),
    # a named person who spoke to an outlet keeps speaking herself
    ("Mara Velk, who spoke to the Lowland Information Centre, said 40 bodies were found near the bridge.",
     "Mara Velk"),
])
def test_chains_source_keeps_speaking(nlp, text, speaker):
    found = chain_of(nlp, text, 40)
    assert found is not None and speaker in found[0] and "Lowland" not in found[0], found


@pytest.mark.parametrize("text", [
    '"We hear from the Red Cross that 6,500 people have already fled," Mira Hessary said.',
    '"We learned from the Red Cross that 6,500 people have already fled," Mira Hessary said.',
    '"The Red Cross tells us 6,500 people have already fled," Mira Hessary said.',
    '"The Red Cross informs us that 6,500 people have already fled," Mira Hessary said.',
])
def test_chains_quoted_speaker_cites_her_source(nlp, text):
    claims, by_id = extract(nlp, text)
    chains = set()
    for c in claims:
        m = by_id.get(c.speaker_mention)
        if c.event.quantity is not None and m is not None:
            chains.add(((m.local_key or m.name), tuple(v.name for v in c.via)))
    assert any("Red Cross" in s and via and "Hessary" in via[0] for s, via in chains), chains


@pytest.mark.parametrize("text", [
    # the speaker told the Red Cross: it is no source of hers
    '"We told the Red Cross that 6,500 people have already fled," Mira Hessary said.',
    # hearing a sound from a place is no report
    '"We hear shelling from the hills every night, and 6,500 people have already fled," Mira Hessary said.',
])
def test_chains_quoted_speaker_without_a_source(nlp, text):
    claims, by_id = extract(nlp, text)
    speakers = {by_id[c.speaker_mention].name for c in claims
                if c.event.quantity is not None and c.speaker_mention in by_id}
    assert not any("Red Cross" in s for s in speakers), speakers


@pytest.mark.parametrize("text,speaker,via", [
    ("The Harbour Courier, citing two officials familiar with the talks, reported that 40 soldiers were killed "
     "near Pella on Monday.", "Harbour Courier", "two officials familiar with the talks"),
    ("The Velmoran defence ministry has drafted a long report on the fighting in the districts. The report, "
     "seen by the Harbour Courier, says 40 soldiers were killed near Pella.", "Velmoran defence ministry",
     "the Harbour Courier"),
])
@pytest.mark.parametrize("wrapped", [False, True])
def test_chains_citing_and_seen_by_hold_when_wrapped(nlp, text, speaker, via, wrapped):
    found = chain_of(nlp, text, 40, wrapped)
    assert found is not None and speaker in found[0] and found[1][:1] == [via], found


def test_chains_unnamed_source_told_an_outlet(nlp):
    found = chain_of(nlp, "A hospital official told the Lowland Information Centre that 40 bodies were found near "
                          "the bridge.", 40)
    assert found is not None and "Lowland Information Centre" in found[0] and found[1] == ["A hospital official"], found


@pytest.mark.parametrize("text,speaker", [
    # a named speaker keeps speaking; the outlet is its medium
    ("Mara Velk told the Lowland Information Centre that 40 bodies were found near the bridge.", "Mara Velk"),
    # a named person told is no outlet
    ("A hospital official told Mara Velk that 40 bodies were found near the bridge.", "A hospital official"),
    # "reporters" names no outlet
    ("A hospital official told reporters that 40 bodies were found near the bridge.", "A hospital official"),
])
def test_chains_told_keeps_the_speaker(nlp, text, speaker):
    found = chain_of(nlp, text, 40)
    assert found is not None and speaker in found[0], found
