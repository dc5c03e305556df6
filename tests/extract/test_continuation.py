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
