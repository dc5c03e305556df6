"""A figure that goes on with the previous sentence's speaker, and one that does not (invented text)."""
from __future__ import annotations

import pytest

from tests.extract.test_sources import figure_speakers
from tests.extract.test_claims import extract

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,value", [
    # an additive or partitive opener, or a bare number as subject, in the same paragraph
    ("The Velmoran health ministry said 14 people were killed in Tarsk. Another 30 were wounded.", 30),
    ("The Velmoran health ministry said 14 soldiers died in Tarsk. Of those, 9 were officers.", 9),
    ("The Velmoran health ministry said 14 soldiers died in Tarsk. Eleven of them were officers.", 11),
    ("The Velmoran health ministry said 14 people were killed in Tarsk. In addition, 30 people were wounded.", 30),
    # a number that cannot stand alone hangs on across one paragraph break
    ("The Velmoran health ministry said 14 people were killed in Tarsk.\nAnother 30 were wounded.", 30),
])
def test_continuation_figure_goes_on(nlp, text, value):
    claims, by_id = extract(nlp, text)
    found = {v: s for v, s in figure_speakers(claims, by_id)}
    assert found.get(value) and "health ministry" in found[value], found


@pytest.mark.parametrize("text,value", [
    # no additive opener, no bare number: the outlet's own figure
    ("The Velmoran health ministry said 14 people were killed in Tarsk. The weather was cold and 5 trucks "
     "arrived on Monday.", 5),
    # a new paragraph with a figure of its own noun
    ("The Velmoran health ministry said 14 people were killed in Tarsk.\nIn addition, 30 trucks reached the "
     "border on Monday.", 30),
    # a request is not continued by a figure
    ("The Velmoran health ministry urged the rebels to open the road to Tarsk. Another 30 trucks were waiting.", 30),
    # a sentence with its own cue has its own speaker
    ("The Velmoran health ministry said 14 people were killed in Tarsk. Another 30 were wounded, Colonel Arno "
     "Vask said.", 30),
])
def test_continuation_figure_stays_the_outlets(nlp, text, value):
    claims, by_id = extract(nlp, text)
    found = {v: s for v, s in figure_speakers(claims, by_id)}
    assert value in found and (found[value] is None or "health ministry" not in found[value]), found


@pytest.mark.parametrize("text,value,speaker", [
    # the next sentence counts the same thing and closes with its source: the figure before is that source's
    ("The Velmar Front now has six attack helicopters. Two of them were bought abroad, according to the Orvane "
     "Ministry.", 6, "Orvane Ministry"),
    # a new count with no opener pointing back: the figure before stays the writer's
    ("The Velmar Front now has six attack helicopters. The army bought two tanks, according to the Orvane "
     "Ministry.", 6, None),
    # not across a paragraph break
    ("The Velmar Front now has six attack helicopters.\n\nTwo of them were bought abroad, according to the "
     "Orvane Ministry.", 6, None),
])
def test_continuation_source_named_in_the_next_sentence(nlp, text, value, speaker):
    claims, by_id = extract(nlp, text)
    assert {s for v, s in figure_speakers(claims, by_id) if v == value} == {speaker}


def _via_of(nlp, text, value):
    claims, by_id = extract(nlp, text)
    return [[v.name for v in c.via] for c in claims if c.event.quantity is not None and c.event.quantity.value == value]


@pytest.mark.parametrize("second", [
    "The report also says 12 civilians were wounded in the shelling.",
    "It also says 12 civilians were wounded in the shelling.",
])
def test_continuation_authored_document_keeps_its_medium(nlp, second):
    text = ("The Velmoran defence ministry's report, seen by the Harbour Courier, says 40 soldiers were killed near "
            "Tarsk. " + second)
    assert ["the Harbour Courier"] in _via_of(nlp, text, 12), _via_of(nlp, text, 12)


@pytest.mark.parametrize("text", [
    # a report of another author is another document
    "The Velmoran defence ministry's report, seen by the Harbour Courier, says 40 soldiers were killed near Tarsk. "
    "The Kessin Relief Agency's report says 12 civilians were wounded in the shelling.",
    # "a report" is a new one
    "The Velmoran defence ministry's report, seen by the Harbour Courier, says 40 soldiers were killed near Tarsk. "
    "A report by the Kessin Relief Agency says 12 civilians were wounded in the shelling.",
    # "it" after another statement in between is not the document
    "The Velmoran defence ministry's report, seen by the Harbour Courier, says 40 soldiers were killed near Tarsk. "
    "The Kessin Relief Agency said 30 homes burned, and it says 12 civilians were wounded.",
])
def test_continuation_other_document_keeps_no_medium(nlp, text):
    assert all("the Harbour Courier" not in via for via in _via_of(nlp, text, 12)), _via_of(nlp, text, 12)


@pytest.mark.parametrize("second,chain", [
    # the same made source speaks again: its maker and medium
    ("The imagery also shows 12 bridges were destroyed.", ("Basin Authority", ["Harbourline"])),
    # look-alike: other imagery is another source
    ("New imagery shows 12 bridges were destroyed.", (None, [])),
])
def test_continuation_made_source_speaks_again(nlp, second, chain):
    text = ("Some 300 homes were destroyed in Tarsk, according to satellite imagery analysed by the Basin Authority "
            "and reported by Harbourline. " + second)
    claims, by_id = extract(nlp, text)
    found = [((by_id[c.speaker_mention].name if c.speaker_mention in by_id else None), [v.name for v in c.via])
             for c in claims if c.event.quantity is not None and c.event.quantity.value == 12]
    assert found and found[0][1] == chain[1] and (chain[0] is None and found[0][0] is None or
                                                   chain[0] and chain[0] in (found[0][0] or "")), found
