"""Generalisation, sixth blind set: eight articles about an invented secessionist port city under blockade.

``tests/fixtures/heldout6/articles`` holds eight articles written for this test without reading the product's
code, data files or docs (a wire report, a state-media statement, a partisan blog served as an HTML page
without spaces after full stops and commas, a machine translation, an analysis heavy with hedges, an
interview with a foreign-ministry spokeswoman, a follow-up with a prisoner swap and a revised toll, a
syndicated piece built on a leaked navy report), and ``gold.yaml`` an analyst's gold in the format of the
shared development gold, written and committed before claimgraph was first run on them (see the README
beside them). The shared scorer measures the export; the floors are set by the lead after the first blind run
(about 0.10 below it), so a change that loses generality fails here. Two gold sections the scorer does not
read are checked here: a lower bound ("at least 40", "at least 45,000 tonnes") must not contradict a figure
it allows, and a revised toll should not be read as a contradiction (no more such pairs than at the first
run).
"""
from __future__ import annotations

import pytest

from tests.integration import blindsets
from tests.integration.test_heldout import _score

pytestmark = pytest.mark.model

HELDOUT6 = blindsets.FIXTURES / "heldout6"

# First blind run on the final state of round 4 (to be filled by the lead; see README.md beside the articles); floors about 0.10 below it,
# docs.matched exact (an article lost to an extraction error is a bug)
HELDOUT6_FLOORS = {
    "actors.alias_pair_precision": 0.86,
    "actors.alias_pair_f1": 0.66,
    "actors.surface_coverage": 0.75,
    "docs.matched": 1.0,
    "relations.recall": 0.41,
    "relations.precision_lower_bound": 0.79,
    "quantities.found": 0.8,
    "quantities.attributed": 0.63,
    "crosscheck.contradictions": 0.23,
    "crosscheck.agreements": 0.35,
    "claims.hedged_found": 0.72,
    "claims.origin_chains": 0.7,
}
HELDOUT6_CEILINGS = {"actors.junk_listed": 3}
# revised-figure pairs linked as a contradiction at the first run: no more than that
UPDATES_READ_AS_CONTRADICTION_MAX = 0   # none at the first run


def _gold() -> dict:
    return blindsets.gold(HELDOUT6)


def _articles() -> dict[str, str]:
    """Article text (plain text and the one HTML page, raw) by document key, whitespace folded."""
    return blindsets.articles(HELDOUT6, (".txt", ".html"))


@pytest.fixture(scope="module")
def heldout6_export(tmp_path_factory):
    return blindsets.build_export(HELDOUT6, tmp_path_factory)


@pytest.fixture(scope="module")
def heldout6_rows(scorer, heldout6_export, tmp_path_factory):
    return _score(scorer, heldout6_export, HELDOUT6 / "gold.yaml", tmp_path_factory.mktemp("heldout6-score"))


def _contradicting(scorer, export: dict, section: str) -> list[str]:
    return blindsets.pairs_linked_as(scorer, export, list(_articles()), _gold()[section])


def test_heldout6_gold_strings_occur_in_their_articles():
    assert not blindsets.missing_gold_strings(_gold(), _articles())


def test_heldout6_gold_names_known_actors_and_documents():
    assert not blindsets.gold_errors(_gold(), _articles())


@pytest.mark.parametrize("row,floor", sorted(HELDOUT6_FLOORS.items()))
def test_heldout6_score_floor(heldout6_rows, row, floor):
    assert heldout6_rows[row] >= floor, f"{row} = {heldout6_rows[row]:.3f} < {floor}"


@pytest.mark.parametrize("row,ceiling", sorted(HELDOUT6_CEILINGS.items()))
def test_heldout6_score_ceiling(heldout6_rows, row, ceiling):
    assert heldout6_rows[row] <= ceiling


def test_heldout6_bounds_do_not_contradict(scorer, heldout6_export):
    wrong = _contradicting(scorer, heldout6_export, "not_contradictions")
    assert not wrong


def test_heldout6_revised_figures_are_not_read_as_contradictions(scorer, heldout6_export):
    wrong = _contradicting(scorer, heldout6_export, "updates")
    assert len(wrong) <= UPDATES_READ_AS_CONTRADICTION_MAX, wrong
