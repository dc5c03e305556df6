"""Figures as cross-checking reads them (figures.py): what a figure counts, counts left elliptic.

Invented sentences. A figure in a definite noun phrase ("the 52 workers of the mine") is still a
figure of workers; a second count whose noun is left out ("900 soldiers from Syldavia and 600 from
Ruritania") adds to the first.
"""
from __future__ import annotations

import pytest

from claimgraph.model import Quantity
from claimgraph.resolve.figures import figure_of

from .world import World, links_between


@pytest.mark.parametrize("content, qtext, unit, families", [
    ("Rebels seize 52 workers at the Dask mine", "52 workers", "workers", {"unit:worker"}),
    ("The 52 workers of the Dask mine, kidnapped last week", "52 workers", "workers", {"unit:worker"}),
    # the words after the figure still name what it counts when no preposition comes first
    ("14 Valdorian-made planes landed at the airfield", "14 Valdorian", "Valdorian", {"aircraft"}),
])
def test_figures_words_after_a_figure_stop_at_a_preposition(content, qtext, unit, families):
    f = figure_of(Quantity(value=float(qtext.split()[1] if qtext[0].isalpha() else qtext.split()[0]), unit=unit,
                           text=qtext), [], content)
    assert set(f.families) == families


@pytest.mark.parametrize("content, total", [
    ("900 soldiers from Syldavia and 600 from Ruritania arrived", 1500),
    ("900 soldiers of the Syldavian army and 600 of the Ruritanian one", 1500),
    # look-alikes: a part of the same 900, a count of something else, one count of two origins
    ("900 soldiers from Syldavia and 600 of them were wounded", 900),
    ("900 soldiers from Syldavia and 600 tanks from Ruritania", 900),
    ("900 soldiers from Syldavia and Ruritania", 900),
])
def test_figures_an_elliptic_second_count_adds_to_the_first(content, total):
    f = figure_of(Quantity(value=900, unit="soldiers", text="900 soldiers"), [], content)
    assert f.point == total


WHOLE = "The regional command has sent 1,500 men and women, the whole force, to Port Vela."
PARTS = "Officials said 900 soldiers from Syldavia and 600 from Ruritania reached Port Vela on Friday."
OTHER = "Officials said 900 soldiers from Syldavia reached Port Vela on Friday."


@pytest.mark.parametrize("parts_text, linked", [(PARTS, "corroborates"), (OTHER, "contradicts")])
def test_figures_a_whole_against_the_sum_of_its_parts_across_documents(parts_text, linked):
    w = World()
    w.article("w1", WHOLE, outlet="Vela Post", published="2031-05-06")
    w.article("w2", parts_text, outlet="Harbour Times", published="2031-05-07")
    a = w.claim("w1", WHOLE, content=WHOLE.rstrip("."), speaker_text="The regional command", value=1500,
                unit="men", qty_text="1,500 men", type="MOBILIZE", location="Port Vela")
    content = parts_text.split("said ")[1].rstrip(".")
    b = w.claim("w2", parts_text, content=content, speaker_text="Officials", value=900, unit="soldiers",
                qty_text="900 soldiers", location="Port Vela")
    links, _, _ = w.run()
    assert links_between(links, a, b, linked), links


SEIZED = "Fighters of the Northern Front seized 52 workers at the Dask gold mine on Sunday, its owner said."
HELD = "The 52 workers of the Dask mine, kidnapped by the rebels last week, have not been heard from."


def test_figures_a_figure_in_a_definite_noun_phrase_agrees_across_outlets():
    w = World()
    w.article("m1", SEIZED, outlet="Vela Post", published="2031-05-06")
    w.article("m2", HELD, outlet="Harbour Times", published="2031-05-09")
    a = w.claim("m1", SEIZED, content="Fighters of the Northern Front seized 52 workers at the Dask gold mine on Sunday",
                speaker_text="its owner", value=52, unit="workers", qty_text="52 workers", location="Dask")
    b = w.claim("m2", HELD, content=HELD.rstrip("."), value=52, unit="workers", qty_text="52 workers", location="Dask")
    links, _, _ = w.run()
    assert links_between(links, a, b, "corroborates"), links


@pytest.mark.parametrize("content, qtext, bound", [
    ("not more than eighty Bordurian instructors were working there", "more than eighty Bordurian instructors",
     "at_most"),
    ("no more than 80 instructors", "more than 80 instructors", "at_most"),
    # look-alikes: a plain floor, a "not" that belongs elsewhere
    ("more than eighty Bordurian instructors were working there", "more than eighty Bordurian instructors",
     "at_least"),
    ("not only more than 80 instructors", "more than 80 instructors", "at_least"),
])
def test_figures_a_negated_floor_is_a_ceiling(content, qtext, bound):
    f = figure_of(Quantity(value=80, unit="instructors", text=qtext, bound="at_least"), [], content)
    assert f.bound == bound
