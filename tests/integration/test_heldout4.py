"""Generalisation, fourth blind set: eight articles about an invented coup and insurgency in a mining region.

``tests/fixtures/heldout4/articles`` holds eight articles written for this test without reading the product's
code, data files or docs (a wire report, a state-media statement, a partisan blog served as an HTML page
without spaces after full stops, a machine translation, an analysis, an interview, a follow-up with a
revised toll and a truce, a syndicated exclusive built on a leaked memo), and ``gold.yaml`` an analyst's gold
in the format of the shared development gold, written and committed before claimgraph was first run on them
(see the README beside them). The shared scorer measures the export; the floors are set by the lead after the
first blind run (about 0.10 below it), so a change that loses generality fails here. Two gold sections the
scorer does not read are checked here: a lower bound ("at least 40") must not contradict a figure beyond it,
and a revised toll should not be read as a contradiction (no more such pairs than at the first run).
"""
from __future__ import annotations

import pytest

from tests.integration import blindsets
from tests.integration.test_heldout import _score

pytestmark = pytest.mark.model

HELDOUT4 = blindsets.FIXTURES / "heldout4"

# First blind run on the final state of round 3 (see README.md beside the articles); floors about 0.10 below it,
# docs.matched exact (an article lost to an extraction error is a bug)
HELDOUT4_FLOORS = {
    "actors.alias_pair_precision": 0.86,
    "actors.alias_pair_f1": 0.73,
    "actors.surface_coverage": 0.87,
    "docs.matched": 1.0,
    "relations.recall": 0.58,
    "relations.precision_lower_bound": 0.72,
    "quantities.found": 0.78,
    "quantities.attributed": 0.66,
    "crosscheck.contradictions": 0.4,
    "crosscheck.agreements": 0.67,
    "claims.hedged_found": 0.66,
    "claims.origin_chains": 0.9,
}
HELDOUT4_CEILINGS = {"actors.junk_listed": 1}
# revised-toll pairs linked as a contradiction at the first run: no more than that
UPDATES_READ_AS_CONTRADICTION_MAX = 0


def _gold() -> dict:
    return blindsets.gold(HELDOUT4)


def _articles() -> dict[str, str]:
    """Article text (plain text and the one HTML page, raw) by document key, whitespace folded."""
    return blindsets.articles(HELDOUT4, (".txt", ".html"))


@pytest.fixture(scope="module")
def heldout4_export(tmp_path_factory):
    return blindsets.build_export(HELDOUT4, tmp_path_factory)


@pytest.fixture(scope="module")
def heldout4_rows(scorer, heldout4_export, tmp_path_factory):
    return _score(scorer, heldout4_export, HELDOUT4 / "gold.yaml", tmp_path_factory.mktemp("heldout4-score"))


def _contradicting(scorer, export: dict, section: str) -> list[str]:
    return blindsets.pairs_linked_as(scorer, export, list(_articles()), _gold()[section])


def test_heldout4_gold_strings_occur_in_their_articles():
    assert not blindsets.missing_gold_strings(_gold(), _articles())


def test_heldout4_gold_names_known_actors_and_documents():
    assert not blindsets.gold_errors(_gold(), _articles())


@pytest.mark.parametrize("row,floor", sorted(HELDOUT4_FLOORS.items()))
def test_heldout4_score_floor(heldout4_rows, row, floor):
    assert heldout4_rows[row] >= floor, f"{row} = {heldout4_rows[row]:.3f} < {floor}"


@pytest.mark.parametrize("row,ceiling", sorted(HELDOUT4_CEILINGS.items()))
def test_heldout4_score_ceiling(heldout4_rows, row, ceiling):
    assert heldout4_rows[row] <= ceiling


def test_heldout4_bounds_do_not_contradict(scorer, heldout4_export):
    wrong = _contradicting(scorer, heldout4_export, "not_contradictions")
    assert not wrong


def test_heldout4_revised_tolls_are_not_read_as_contradictions(scorer, heldout4_export):
    wrong = _contradicting(scorer, heldout4_export, "updates")
    assert len(wrong) <= UPDATES_READ_AS_CONTRADICTION_MAX, wrong
