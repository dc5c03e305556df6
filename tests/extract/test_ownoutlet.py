"""The article's own outlet named in its text (extract/ownoutlet.py): the masthead in capitals, an acronym's
masthead spelled out, "the Review" for the outlet's own name. Every outlet, state and person is invented."""
from __future__ import annotations

import pytest

from claimgraph.extract.mentions import find_mentions
from claimgraph.model import Document

pytestmark = pytest.mark.model


def run(nlp, text, outlet):
    return find_mentions(Document(id="o1", path="o1.txt", text=text, outlet=outlet), nlp(text))


BODY = ("Flight records examined by the Review point to three night flights over the lake. Officials in Ostrell "
        "declined to comment.")


@pytest.mark.parametrize("text,outlet,name", [
    ("HOLLOWAY DEFENCE REVIEW\n\nAnalysis | 3 May 2026\n\n" + BODY, "Holloway Defence Review",
     "Holloway Defence Review"),
    ("KELMARIAN STATE TELEGRAPH AGENCY (KSTA)\n\nSTATEMENT OF THE MINISTRY\n\nThe ministry condemns the raid.",
     "KSTA", "Kelmarian State Telegraph Agency"),
])
def test_ownoutlet_masthead_is_a_media_mention(nlp, text, outlet, name):
    ms = run(nlp, text, outlet)
    head = [m for m in ms if m.start == 0]
    assert len(head) == 1 and head[0].kind == "media" and head[0].name == name and head[0].local_key == name


def test_ownoutlet_short_name_is_the_outlet(nlp):
    ms = run(nlp, "HOLLOWAY DEFENCE REVIEW\n\n" + BODY, "Holloway Defence Review")
    review = [m for m in ms if m.text == "Review"]
    assert review and all(m.local_key == "Holloway Defence Review" for m in review)


@pytest.mark.parametrize("text,outlet", [
    # another outlet of the article ends with the word: "the Review" is not said to be ours
    ("HOLLOWAY DEFENCE REVIEW\n\nThe Marston Policy Review said so first. " + BODY, "Holloway Defence Review"),
    # the outlet is not the one written: no short name joins it
    (BODY, "Pinecrest Wire Service"),
])
def test_ownoutlet_short_name_look_alikes_stay_apart(nlp, text, outlet):
    ms = run(nlp, text, outlet)
    assert not [m for m in ms if m.text == "Review" and m.local_key in ("Holloway Defence Review",
                                                                         "Pinecrest Wire Service")]


def test_ownoutlet_acronym_without_definition_adds_nothing(nlp):
    text = "KSTA\n\nThe ministry condemns the raid, the Kelmarian side said."
    ms = run(nlp, text, "KSTA")
    assert not [m for m in ms if m.kind == "media" and " " in m.name]


def run_titled(nlp, raw, text, title):
    return find_mentions(Document(id="o2", path="o2.txt", text=text, raw_text=raw, title=title), nlp(text))


MAST_BODY = "Talks on the river dispute resume in the north\n\nOfficials in Ostrell declined to comment on Monday."


@pytest.mark.parametrize("masthead,date,name", [
    ("THE KALVORIAN BEACON", "Ostrell, Thursday 5 March 2026", "Kalvorian Beacon"),
    ("Vestnik Ostrella", "05.03.2026", "Vestnik Ostrella"),
])
def test_ownoutlet_masthead_read_as_title_is_the_outlet(nlp, masthead, date, name):
    raw = f"{masthead}\n{date}\n\n{MAST_BODY}"
    text = f"{masthead}\n\n{MAST_BODY}"          # the cleaner moved the date line into metadata
    ms = run_titled(nlp, raw, text, masthead)
    head = [m for m in ms if m.end <= len(masthead)]
    assert len(head) == 1 and head[0].kind == "media" and head[0].name == name


@pytest.mark.parametrize("first,second,third", [
    ("Border Crisis", "5 March 2026", "Officials in Ostrell declined to comment on Monday, saying talks go on."),
    ("Ostrell Rejects Talks", "5 March 2026", "No talks"),        # a headline with a verb
    ("Talks on the river dispute resume in the north", "5 March 2026", "No talks"),   # too long for a masthead
])
def test_ownoutlet_headline_over_a_date_is_no_outlet(nlp, first, second, third):
    raw = f"{first}\n{second}\n\n{third}\n\nOfficials in Ostrell declined to comment."
    text = f"{first}\n\n{third}\n\nOfficials in Ostrell declined to comment."
    ms = run_titled(nlp, raw, text, first)
    assert not [m for m in ms if m.kind == "media" and m.end <= len(first)]
