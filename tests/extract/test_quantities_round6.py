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
    # a toll that rose: the earlier figure is the toll's, not that of a count in its clause
    ("The death toll from the raid on the Orsk depot rose to 9 after two wounded guards died, the Varnish "
     "ministry said, up from seven announced on Monday.",
     [(9, "people killed", "exact"), (2, "wounded guards", "exact"), (7, "people killed", "exact")]),
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


@pytest.mark.parametrize("text, figures", [
    # a count whose noun is left out after "and", with the same preposition as the count before
    ("Varnia expelled four diplomats from the Oskel embassy in Lask and three from the consulate in Orsk.",
     [(7, "diplomats", "exact", [4, 3])]),
    ("About 500 soldiers from Varnia and 300 from Oskelia reached the front.",
     [(800, "soldiers", "approx", [500, 300])]),
    # look-alikes: a part of the count ("30 of them"), a count of a later act (a verb between)
    ("Rebels freed 40 hostages from the mine and 30 of them were flown home.",
     [(40, "hostages", "exact", []), (30, "hostages", "exact", [])]),
    ("Police arrested 12 protesters in Lask and freed two in the afternoon.",
     [(12, "protesters arrested", "exact", [])]),
])
def test_quantities_round6_elliptic_count_after_and(nlp, text, figures):
    doc = nlp(text)
    got = [(q.value, q.unit, q.bound, [p["value"] for p in q.parts]) for q, *_ in find_quantities(doc, 0, len(doc))]
    assert got == figures


@pytest.mark.parametrize("text, parts", [
    # counts of different plain nouns are each a figure of the speaker, besides their sum
    ("Varnia has introduced measures against 23 firms and 11 officials of Oskelia, the Varnish foreign minister "
     "said.", {23.0, 11.0}),
    # look-alike: counts of kinds of one thing stay one sum
    ("Varnia has sent 23 ground troops and 11 special forces, the Varnish foreign minister said.", set()),
])
def test_quantities_round6_different_nouns_are_figures_of_their_own(nlp, text, parts):
    from tests.extract.invented import extract

    claims, _ = extract(nlp, text)
    values = {c.event.quantity.value for c in claims if c.event.quantity is not None and not c.event.quantity.parts}
    assert parts <= values and (parts or not values & {23.0, 11.0}), values
