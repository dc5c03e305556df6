"""Figures a blind set showed missing (round 4): a part of a total, an earlier figure, a raised toll,
mixed kinds of people, a count the tagger called a percentage — each with its speaker. Invented texts."""
from __future__ import annotations

import pytest

from claimgraph.extract.quantities import find_quantities
from tests.extract.invented import extract, figure_speakers

pytestmark = pytest.mark.model


def quantities(nlp, text):
    doc = nlp(text)
    return [(q.value, q.unit) for q, *_ in find_quantities(doc, 0, len(doc))]


@pytest.mark.parametrize("text,expected", [
    # a part of a total: the part counts the total's noun, the total is a figure of its own
    ("The Halvar Front freed 12 of the 52 workers it seized.", [(12, "workers"), (52, "workers")]),
    ("The Halvar Front freed 12 of 52 workers seized at the mine.", [(12, "workers"), (52, "workers")]),
    # an earlier figure named by its number alone
    ("The agency said 23 people had died, up from the 19 it reported last week.",
     [(23, "people killed"), (19, "people killed")]),
    # a raised toll: the "from …" is not a figure
    ("The health office raised the death toll from the shelling of Brenzo to 19.", [(19, "people killed")]),
    ("The Front said 1,500 men and women had joined its ranks.", [(1500, "people")]),
    # the tagger reads "no more than 80 Varnian" as a percentage
    ("The Committee said there were no more than 80 Varnian instructors in the country.",
     [(80, "Varnian instructors")]),
])
def test_quantities_round4_found(nlp, text, expected):
    assert quantities(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Two of the frigates sank near Ostra.", [(2, "frigates")]),          # a part with no number after "of"
    ("They seized 40 tanks and trucks.", [(40, "tanks")]),                # things, not people
    ("Prices rose by 80 percent last year.", []),                          # a real percentage
    ("The army moved from the 19th district.", []),                        # an ordinal after "from the"
])
def test_quantities_round4_look_alikes(nlp, text, expected):
    assert quantities(nlp, text) == expected


@pytest.mark.parametrize("text,value,speaker", [
    ("The Halvar Front said it had released 12 of the 52 workers it abducted.", 52, "Halvar Front"),
    ("The Velmar Health Office raised the death toll from the shelling of Brenzo to 19.", 19,
     "Velmar Health Office"),
    ("The Velmar Health Office said 23 people had died, up from the 19 it reported last week.", 19,
     "Velmar Health Office"),
    ("KORTA, May 2 (Tidewire) - Thirty-one workers seized at the Ulden copper mine were freed on Sunday, the "
     "Ulden Mining Company said.\n\nThe army said nothing.", 31, "Ulden Mining Company"),
])
def test_quantities_round4_attributed(nlp, text, value, speaker):
    claims, by_id = extract(nlp, text)
    assert (value, speaker) in figure_speakers(claims, by_id)


@pytest.mark.parametrize("text,value,speaker", [
    # a source phrase between the subject and its verb: the figure before it is the source's
    ("Six attack helicopters, according to the Halvar Front, were delivered in May.", 6, "Halvar Front"),
    # a count owned by a source
    ("By the Halvar Front's own count, the militia lost 40 fighters in May.", 40, "Halvar Front"),
])
def test_quantities_round4_source_around_the_figure(nlp, text, value, speaker):
    claims, by_id = extract(nlp, text)
    assert (value, speaker) in figure_speakers(claims, by_id)


@pytest.mark.parametrize("text,value", [
    ("The convoy was hit by the Halvar Front's rockets, killing 12 people.", 12),   # "by X's rockets": no count
    ("The Halvar Front now has six attack helicopters - bought in Ostra, according to Dravik.", 6),
])
def test_quantities_round4_source_phrase_look_alikes(nlp, text, value):
    claims, by_id = extract(nlp, text)
    speakers = {s for v, s in figure_speakers(claims, by_id) if v == value}
    assert "Halvar Front" not in speakers


@pytest.mark.parametrize("text,expected", [
    # a verbless answer counts what the question asked about; "how many" is no amount
    ("How many refugees are there? About 600, and at least 40 of them are children.",
     [(600, "refugees"), (40, "refugees")]),
    ("Many refugees are there.", [(5, "refugees")]),           # a vague amount stays one
    ("Twelve.", []),                                             # nothing to count
])
def test_quantities_round4_elliptical_answer(nlp, text, expected):
    assert quantities(nlp, text) == expected
