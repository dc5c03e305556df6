"""Generalisation, fifth blind set: eight articles about an invented water war over a river dam.

``tests/fixtures/heldout5/articles`` holds eight articles written for this test without reading the product's
code, data files or docs (a wire report, a state-media statement, a partisan blog served as an HTML page
without spaces after full stops, a machine translation, an analysis, an interview, a follow-up with a
revised toll and a humanitarian corridor, a syndicated exclusive built on a leaked memo), and ``gold.yaml``
an analyst's gold in the format of the shared development gold, written and committed before claimgraph was
first run on them (see the README beside them). The shared scorer measures the export; the floors are set by
the lead after the first blind run (about 0.10 below it), so a change that loses generality fails here. Two
gold sections the scorer does not read are checked here: a lower bound ("at least 60") must not contradict a
figure beyond it, and a revised toll or flow should not be read as a contradiction (no more such pairs than
at the first run).
"""
from __future__ import annotations

import pytest

from tests.integration import blindsets
from tests.integration.test_heldout import _score

pytestmark = pytest.mark.model

HELDOUT5 = blindsets.FIXTURES / "heldout5"

# First blind run on the final state of round 4 (see README.md beside the articles); floors about 0.10 below it,
# docs.matched exact (an article lost to an extraction error is a bug)
HELDOUT5_FLOORS = {
    "actors.alias_pair_precision": 0.81,
    "actors.alias_pair_f1": 0.53,
    "actors.surface_coverage": 0.77,
    "docs.matched": 1.0,
    "relations.recall": 0.41,
    "relations.precision_lower_bound": 0.63,
    "quantities.found": 0.78,
    "quantities.attributed": 0.65,
    "crosscheck.contradictions": 0.2,
    "crosscheck.agreements": 0.34,
    "claims.hedged_found": 0.9,
    "claims.origin_chains": 0.7,
}
HELDOUT5_CEILINGS = {"actors.junk_listed": 1}
# revised-figure pairs linked as a contradiction at the first run: no more than that
UPDATES_READ_AS_CONTRADICTION_MAX = 0   # none at the first run


def _gold() -> dict:
    return blindsets.gold(HELDOUT5)


def _articles() -> dict[str, str]:
    """Article text (plain text and the one HTML page, raw) by document key, whitespace folded."""
    return blindsets.articles(HELDOUT5, (".txt", ".html"))


@pytest.fixture(scope="module")
def heldout5_export(tmp_path_factory):
    return blindsets.build_export(HELDOUT5, tmp_path_factory)


@pytest.fixture(scope="module")
def heldout5_rows(scorer, heldout5_export, tmp_path_factory):
    return _score(scorer, heldout5_export, HELDOUT5 / "gold.yaml", tmp_path_factory.mktemp("heldout5-score"))


def _contradicting(scorer, export: dict, section: str) -> list[str]:
    return blindsets.pairs_linked_as(scorer, export, list(_articles()), _gold()[section])


def test_heldout5_gold_strings_occur_in_their_articles():
    assert not blindsets.missing_gold_strings(_gold(), _articles())


def test_heldout5_gold_names_known_actors_and_documents():
    assert not blindsets.gold_errors(_gold(), _articles())


@pytest.mark.parametrize("row,floor", sorted(HELDOUT5_FLOORS.items()))
def test_heldout5_score_floor(heldout5_rows, row, floor):
    assert heldout5_rows[row] >= floor, f"{row} = {heldout5_rows[row]:.3f} < {floor}"


@pytest.mark.parametrize("row,ceiling", sorted(HELDOUT5_CEILINGS.items()))
def test_heldout5_score_ceiling(heldout5_rows, row, ceiling):
    assert heldout5_rows[row] <= ceiling


def test_heldout5_bounds_do_not_contradict(scorer, heldout5_export):
    wrong = _contradicting(scorer, heldout5_export, "not_contradictions")
    assert not wrong


def test_heldout5_revised_figures_are_not_read_as_contradictions(scorer, heldout5_export):
    wrong = _contradicting(scorer, heldout5_export, "updates")
    assert len(wrong) <= UPDATES_READ_AS_CONTRADICTION_MAX, wrong
