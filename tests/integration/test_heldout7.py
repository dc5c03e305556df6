"""Generalisation, seventh blind set: eight articles about an invented hybrid conflict between two neighbours.

``tests/fixtures/heldout7/articles`` holds eight articles written for this test without reading the product's
code, data files or docs (a wire report on a border incident with a detained patrol, a state-media statement
with loaded language, a partisan blog served as an HTML page without spaces after full stops and commas, a
machine translation from the third state's press, an analysis heavy with hedges, a foreign minister's press
conference, a follow-up with a revised toll and blackout figure, a syndicated piece built on another outlet's
leaked memo), and ``gold.yaml`` an analyst's gold in the format of the shared development gold, written and
committed before claimgraph was first run on them (see the README beside them). The conflict: election
interference, a cyber-attack on a power grid, expelled diplomats, sanctions and counter-sanctions, a militia
proxy, a gas-price dispute and an observer mission. The shared scorer measures the export; the floors are set
by the lead after the first blind run (about 0.10 below it), so a change that loses generality fails here. Two
gold sections the scorer does not read are checked here: a lower bound ("at least five" killed) must not
contradict a figure it allows, nor a contract price the demanded price, and a revised figure (blackout
households, the raid's toll) should not be read as a contradiction (no more such pairs than at the first run).
"""
from __future__ import annotations

import pytest

from tests.integration import blindsets
from tests.integration.test_heldout import _score

pytestmark = pytest.mark.model

HELDOUT7 = blindsets.FIXTURES / "heldout7"

# First blind run on the final state of round 5 (to be filled by the lead; see README.md beside the articles); floors about 0.10 below it,
# docs.matched exact (an article lost to an extraction error is a bug)
HELDOUT7_FLOORS = {
    # actor rows raised in round 6 (actors8: 1.000 / 1.000 / 0.908 once set 7 became a development set)
    "actors.alias_pair_precision": 0.95,
    "actors.alias_pair_f1": 0.90,
    "actors.surface_coverage": 0.80,
    "docs.matched": 1.0,
    # relation, hedge and chain rows raised in round 6 (speech8: 0.637 / 0.881 / 1.000 / 0.857)
    "relations.recall": 0.53,
    "relations.precision_lower_bound": 0.78,
    # figure and cross-check rows raised in round 6 (cross7: 0.982 / 0.818 / 0.357 / 0.667)
    "quantities.found": 0.88,
    "quantities.attributed": 0.71,
    "crosscheck.contradictions": 0.25,
    "crosscheck.agreements": 0.55,
    "claims.hedged_found": 0.90,
    "claims.origin_chains": 0.75,
}
HELDOUT7_CEILINGS = {"actors.junk_listed": 1}  # 0 at the first runs (start and end of round 5)
# revised-figure pairs linked as a contradiction at the first run: no more than that
UPDATES_READ_AS_CONTRADICTION_MAX = 0   # one at the first blind runs of round 5 (a revised blackout count), none in round 6
# pairs the gold says must NOT contradict, linked as contradictions at the first blind runs (start and end of
# round 5: a lower bound against a later count; a current price against a demanded one): no more than that
NOT_CONTRADICTIONS_LINKED_MAX = 1      # round 6: the lower bound is an update; the price pair is left


def _gold() -> dict:
    return blindsets.gold(HELDOUT7)


def _articles() -> dict[str, str]:
    """Article text (plain text and the one HTML page, raw) by document key, whitespace folded."""
    return blindsets.articles(HELDOUT7, (".txt", ".html"))


@pytest.fixture(scope="module")
def heldout7_export(tmp_path_factory):
    return blindsets.build_export(HELDOUT7, tmp_path_factory)


@pytest.fixture(scope="module")
def heldout7_rows(scorer, heldout7_export, tmp_path_factory):
    return _score(scorer, heldout7_export, HELDOUT7 / "gold.yaml", tmp_path_factory.mktemp("heldout7-score"))


def _contradicting(scorer, export: dict, section: str) -> list[str]:
    return blindsets.pairs_linked_as(scorer, export, list(_articles()), _gold()[section])


def test_heldout7_gold_strings_occur_in_their_articles():
    assert not blindsets.missing_gold_strings(_gold(), _articles())


def test_heldout7_gold_names_known_actors_and_documents():
    assert not blindsets.gold_errors(_gold(), _articles())


@pytest.mark.parametrize("row,floor", sorted(HELDOUT7_FLOORS.items()))
def test_heldout7_score_floor(heldout7_rows, row, floor):
    assert heldout7_rows[row] >= floor, f"{row} = {heldout7_rows[row]:.3f} < {floor}"


@pytest.mark.parametrize("row,ceiling", sorted(HELDOUT7_CEILINGS.items()))
def test_heldout7_score_ceiling(heldout7_rows, row, ceiling):
    assert heldout7_rows[row] <= ceiling


def test_heldout7_bounds_do_not_contradict(scorer, heldout7_export):
    wrong = _contradicting(scorer, heldout7_export, "not_contradictions")
    assert len(wrong) <= NOT_CONTRADICTIONS_LINKED_MAX, wrong


def test_heldout7_revised_figures_are_not_read_as_contradictions(scorer, heldout7_export):
    wrong = _contradicting(scorer, heldout7_export, "updates")
    assert len(wrong) <= UPDATES_READ_AS_CONTRADICTION_MAX, wrong
