"""Figures a development set showed misread (round 6): a change from an earlier figure named by its number
alone ("up from the 52,000 it reported") counts what the figure before it counts, not the estimate it revises.
Invented texts, each with a look-alike that must not change."""
from __future__ import annotations

import pytest

from claimgraph.extract.quantities import find_quantities

pytestmark = pytest.mark.model


def found(nlp, text):
    doc = nlp(text)
    return [(q.value, q.unit, q.bound) for q, *_ in find_quantities(doc, 0, len(doc))]


@pytest.mark.parametrize("text, figures", [
    ("The Orsk water board revised its estimate of the outage, saying 61,000 homes had no water at its peak, "
     "up from the 52,000 it reported on Monday.", [(61000, "homes", "exact"), (52000, "homes", "exact")]),
    ("The Varnish port authority revised its count of the stranded ships, saying 14 tankers were waiting, "
     "down from the 19 it gave on Friday.", [(14, "tankers", "exact"), (19, "tankers", "exact")]),
    # look-alikes: the figure before is the tally's own (bare), an earlier count of something else
    ("The death toll in Lask rose to 61, up from 52, the Oskel Red Cross said.",
     [(61, "people killed", "exact"), (52, "people killed", "exact")]),
    ("Police detained 30 protesters as the death toll rose to 61, up from 52.",
     [(30, "protesters detained", "exact"), (61, "people killed", "exact"), (52, "people killed", "exact")]),
])
def test_quantities_round6_change_from_an_earlier_figure(nlp, text, figures):
    assert found(nlp, text) == figures


@pytest.mark.parametrize("text, figures", [
    # machine translation's plural percent word; a share a party won is of the vote
    ("The Oskel Union, which on the elections 04.03 has received nineteen percents, has protested.",
     [(19, "percent vote", "exact")]),
    ("The Oskel Union won 22 percent.", [(22, "percent vote", "exact")]),
    ("The Oskel Union won 22 percent of the vote.", [(22, "percent vote", "exact")]),
    # look-alikes: a share of something named, a share that is a change
    ("The Oskel firm won 22 percent of the grain market.", [(22, "percent grain market", "exact")]),
    ("Bread prices in Lask rose by 22 percents.", []),
])
def test_quantities_round6_percents_plural_and_vote(nlp, text, figures):
    assert found(nlp, text) == figures
