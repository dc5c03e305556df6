"""Source chains of pictures and recordings (round 5): the maker speaks, the outlet that passed them on is in
via; a place "taken by" someone is no source. Invented names."""
from __future__ import annotations

import pytest

from .invented import extract, name

pytestmark = pytest.mark.model


def chain(claims, by_id, start: str) -> tuple:
    """(speaker, via names) of the claim whose text starts with ``start``."""
    c = next(c for c in claims if c.text.startswith(start))
    return name(by_id, c.speaker_mention), [name(by_id, v.mention) or v.name for v in c.via]


@pytest.mark.parametrize("text,start", [
    ("Satellite images taken by Orbis Imaging, published by the Tidewell Wire, show Brannoch troops massing at the "
     "border.", "Satellite images"),
    ("According to satellite photos captured by Orbis Imaging and released by the Tidewell Wire, Brannoch moved 40 "
     "tanks to the border.", "According to satellite photos"),
])
def test_chains_imagery_maker_then_outlet(nlp, text, start):
    speaker, via = chain(*extract(nlp, text), start)
    assert speaker == "Orbis Imaging" and via == ["Tidewell Wire"]


def test_chains_unnamed_maker_keeps_the_outlet(nlp):
    text = "Footage filmed by a local resident and posted by the Tidewell Wire shows Brannoch troops shelling the port."
    speaker, via = chain(*extract(nlp, text), "Footage")
    assert speaker is None and via == ["Tidewell Wire"]


def test_chains_a_place_taken_by_someone_is_no_source(nlp):
    speaker, via = chain(*extract(nlp, "The town taken by Brannoch troops last week shows signs of heavy fighting."),
                         "The town")
    assert speaker is None and via == []


def test_chains_quoted_body_reported_by_a_speaker(nlp):
    text = ("\"The Red Cross told us the detainees were unharmed,\" Ilvaro Senn, the Ostrevian foreign minister, "
            "said.")
    claims, by_id = extract(nlp, text)
    inner = [c for c in claims if c.speaker_text == "The Red Cross"]
    assert inner and [name(by_id, v.mention) for v in inner[0].via] == ["Ilvaro Senn"]
