"""Generalisation, eighth blind set: eight articles about an invented cross-border insurgency and refugee crisis.

``tests/fixtures/heldout8/articles`` holds eight articles written for this test without reading the product's
code, data files or docs (a wire report on an airstrike on a refugee camp across the border, a defence
ministry statement from state media with loaded language, a partisan blog served as an HTML page without
spaces after full stops and commas, a machine translation from the neighbour's press with transliterated
names, an analysis heavy with hedges, a mediators' press conference with multi-sentence quotes, a follow-up
with a revised toll, a syndicated piece built on another outlet's leaked memo), and ``gold.yaml`` an analyst's
gold in the format of the shared development gold, written and committed before claimgraph was first run on
them (see the README beside them). The conflict: a state fights a rebel movement whose fighters shelter in
refugee camps in a neighbouring state; airstrikes on a camp, kidnapped aid workers freed in a prisoner
exchange mediated by a regional organisation and a third state, a humanitarian corridor, an arms embargo, a
truce that collapses, displaced-people counts that differ between the UN refugee agency, the two governments
and an NGO, and a fourth state supplying drones. The shared scorer measures the export; the floors are set by
the lead after the first blind run (about 0.10 below it), so a change that loses generality fails here. Two
gold sections the scorer does not read are checked here: a lower bound ("at least 40" killed) must not
contradict a figure it allows, and a revised toll (47 -> 52) should not be read as a contradiction (no more
such pairs than at the first run).
"""
from __future__ import annotations

import pytest

from tests.integration import blindsets
from tests.integration.test_heldout import _score

pytestmark = pytest.mark.model

HELDOUT8 = blindsets.FIXTURES / "heldout8"

# Blind runs at the start and the end of round 6 (README.md beside the articles: alias F1 0.785 -> 0.790,
# relations 0.473/0.839 -> 0.482/0.857, figures 0.754/0.623 both, contradictions and agreements 0.333 both);
# floors about 0.10 below it, docs.matched exact (an article lost to an extraction error is a bug)
HELDOUT8_FLOORS = {
    "actors.alias_pair_precision": 0.95,
    "actors.alias_pair_f1": 0.90,      # round 7 (actors9, set 8 as a development set): 1.000
    "actors.surface_coverage": 0.88,   # round 7: 0.979
    "docs.matched": 1.0,
    "relations.recall": 0.69,          # round 7 (rel9, set 8 as a development set): 0.795
    "relations.precision_lower_bound": 0.80,   # round 7: 0.900
    # round 7 (cross8, set 8 as a development set): figures 0.754/0.623 -> 1.000/0.951, contradictions
    # 0.333 -> 0.800, agreements 0.333 -> 0.867; floors about 0.10 below
    "quantities.found": 0.9,
    "quantities.attributed": 0.8,
    "crosscheck.contradictions": 0.7,
    "crosscheck.agreements": 0.75,
    "claims.hedged_found": 0.9,
    "claims.origin_chains": 0.55,     # round 7 (speech9, set 8 as a development set): 0.667
}
HELDOUT8_CEILINGS = {"actors.junk_listed": 1}   # 1 at the first runs (round 6), 0 in round 7
# revised-figure pairs linked as a contradiction at the first run: no more than that
UPDATES_READ_AS_CONTRADICTION_MAX = 0  # 0 at the first runs (round 6)
# pairs the gold says must NOT contradict, linked as contradictions at the first run: no more than that
NOT_CONTRADICTIONS_LINKED_MAX = 0  # 0 at the first runs (round 6)


def _gold() -> dict:
    return blindsets.gold(HELDOUT8)


def _articles() -> dict[str, str]:
    """Article text (plain text and the one HTML page, raw) by document key, whitespace folded."""
    return blindsets.articles(HELDOUT8, (".txt", ".html"))


@pytest.fixture(scope="module")
def heldout8_export(tmp_path_factory):
    return blindsets.build_export(HELDOUT8, tmp_path_factory)


@pytest.fixture(scope="module")
def heldout8_rows(scorer, heldout8_export, tmp_path_factory):
    return _score(scorer, heldout8_export, HELDOUT8 / "gold.yaml", tmp_path_factory.mktemp("heldout8-score"))


def _contradicting(scorer, export: dict, section: str) -> list[str]:
    return blindsets.pairs_linked_as(scorer, export, list(_articles()), _gold()[section])


def test_heldout8_gold_strings_occur_in_their_articles():
    assert not blindsets.missing_gold_strings(_gold(), _articles())


def test_heldout8_gold_names_known_actors_and_documents():
    assert not blindsets.gold_errors(_gold(), _articles())


@pytest.mark.parametrize("section", ["contradictions", "agreements", "updates", "not_contradictions"])
def test_heldout8_gold_pairs_name_gold_figures(section):
    """Every side of a gold pair that names a figure names one the gold's quantities list in that document
    (with the same claimer when it names one), so the pair can be found at all."""
    unknown = blindsets.unknown_pair_figures(_gold(), section)
    assert not unknown


@pytest.mark.parametrize("row,floor", sorted(HELDOUT8_FLOORS.items()))
def test_heldout8_score_floor(heldout8_rows, row, floor):
    assert heldout8_rows[row] >= floor, f"{row} = {heldout8_rows[row]:.3f} < {floor}"


@pytest.mark.parametrize("row,ceiling", sorted(HELDOUT8_CEILINGS.items()))
def test_heldout8_score_ceiling(heldout8_rows, row, ceiling):
    assert heldout8_rows[row] <= ceiling


def test_heldout8_bounds_do_not_contradict(scorer, heldout8_export):
    wrong = _contradicting(scorer, heldout8_export, "not_contradictions")
    assert len(wrong) <= NOT_CONTRADICTIONS_LINKED_MAX, wrong


def test_heldout8_revised_figures_are_not_read_as_contradictions(scorer, heldout8_export):
    wrong = _contradicting(scorer, heldout8_export, "updates")
    assert len(wrong) <= UPDATES_READ_AS_CONTRADICTION_MAX, wrong
