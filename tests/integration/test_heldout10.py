"""Generalisation, tenth blind set: eight articles about an invented war between an army and a paramilitary force
for control of a capital.

``tests/fixtures/heldout10/articles`` holds eight articles written for this test without reading the product's
code, data files or docs (a wire report on a market shelled in the capital, the army command's statement from
state media with loaded language, a partisan blog served as an HTML page without spaces after full stops and
commas, a machine translation from the neighbouring state's press with transliterated names, an analysis heavy
with hedges, the mediators' press conference with multi-sentence quotes, a follow-up with revised tolls and
sanctions, a syndicated piece built on another outlet's leaked memo), and ``gold.yaml`` an analyst's gold in the
format of the shared development gold, written and committed before claimgraph was first run on them (see the
README beside them). The conflict: the army and a paramilitary force fight street by street for the capital
and its twin city; a neighbouring state flies drones and fuel to the paramilitaries through a desert airstrip
and a distant power gives the army jets and instructors; a hospital and a market are shelled, each side blaming
the other; aid warehouses are looted; embassies evacuate; a truce brokered by two states is signed in a third
country's city and broken within hours; a UN panel of experts reports embargo breaches and is disputed; the ICC
prosecutor opens an investigation into killings in an outlying town; the paramilitary commander's brother and a
gold trader are sanctioned by the US and Britain; a power station and a bridge are destroyed; death tolls and
displacement figures differ between the health ministry, a doctors' union, UNHCR, the paramilitaries and a
volunteers' network. The shared scorer measures the export; the floors are set by the lead after the first
blind run (about 0.10 below it), so a change that loses generality fails here. Two gold sections the scorer does
not read are checked here: a lower bound ("at least 40" dead, "at least 30" drones) must not contradict a figure
it allows, and a revised figure (market toll 52 -> 61; national toll 1,870 -> 2,040) should not be read as a
contradiction (no more such pairs than at the first run).
"""
from __future__ import annotations

import pytest

from tests.integration import blindsets
from tests.integration.test_heldout import _score

pytestmark = pytest.mark.model

HELDOUT10 = blindsets.FIXTURES / "heldout10"

# Blind runs at the start and the end of round 8 (README.md beside the articles); floors about 0.10 below
# them, docs.matched exact (an article lost to an extraction error is a bug)
HELDOUT10_FLOORS = {
    "actors.alias_pair_precision": 0.86,
    "actors.alias_pair_f1": 0.76,
    "actors.surface_coverage": 0.72,
    "docs.matched": 1.0,
    "relations.recall": 0.27,
    "relations.precision_lower_bound": 0.74,
    "quantities.found": 0.73,
    "quantities.attributed": 0.43,
    "crosscheck.contradictions": 0.17,
    "crosscheck.agreements": 0.18,
    "claims.hedged_found": 0.8,
    "claims.origin_chains": 0.26,
}
HELDOUT10_CEILINGS = {"actors.junk_listed": 2}  # 0 at the start and the end of round 8
# revised-figure pairs linked as a contradiction at the first run: no more than that
UPDATES_READ_AS_CONTRADICTION_MAX = 1  # of 4 gold updates pairs; 0 at the end of round 8
# pairs the gold says must NOT contradict, linked as contradictions at the first run: no more than that
NOT_CONTRADICTIONS_LINKED_MAX = 2  # of 7 gold not_contradictions pairs; 1 at the end of round 8


def _gold() -> dict:
    return blindsets.gold(HELDOUT10)


def _articles() -> dict[str, str]:
    """Article text (plain text and the one HTML page, raw) by document key, whitespace folded."""
    return blindsets.articles(HELDOUT10, (".txt", ".html"))


@pytest.fixture(scope="module")
def heldout10_export(tmp_path_factory):
    return blindsets.build_export(HELDOUT10, tmp_path_factory)


@pytest.fixture(scope="module")
def heldout10_rows(scorer, heldout10_export, tmp_path_factory):
    return _score(scorer, heldout10_export, HELDOUT10 / "gold.yaml", tmp_path_factory.mktemp("heldout10-score"))


def _contradicting(scorer, export: dict, section: str) -> list[str]:
    return blindsets.pairs_linked_as(scorer, export, list(_articles()), _gold()[section])


def test_heldout10_gold_strings_occur_in_their_articles():
    assert not blindsets.missing_gold_strings(_gold(), _articles())


def test_heldout10_gold_names_known_actors_and_documents():
    assert not blindsets.gold_errors(_gold(), _articles())


@pytest.mark.parametrize("section", ["contradictions", "agreements", "updates", "not_contradictions"])
def test_heldout10_gold_pairs_name_gold_figures(section):
    """Every side of a gold pair that names a figure names one the gold's quantities list in that document
    (with the same claimer when it names one), so the pair can be found at all."""
    unknown = blindsets.unknown_pair_figures(_gold(), section)
    assert not unknown


@pytest.mark.parametrize("section", ["contradictions", "agreements"])
def test_heldout10_gold_pairs_name_known_actors(section):
    """Every claimer a gold pair names is an actor of the gold, so the scorer can match it."""
    unknown = blindsets.unknown_pair_claimers(_gold(), section)
    assert not unknown


@pytest.mark.parametrize("row,floor", sorted(HELDOUT10_FLOORS.items()))
def test_heldout10_score_floor(heldout10_rows, row, floor):
    assert heldout10_rows[row] >= floor, f"{row} = {heldout10_rows[row]:.3f} < {floor}"


@pytest.mark.parametrize("row,ceiling", sorted(HELDOUT10_CEILINGS.items()))
def test_heldout10_score_ceiling(heldout10_rows, row, ceiling):
    assert heldout10_rows[row] <= ceiling


def test_heldout10_bounds_do_not_contradict(scorer, heldout10_export):
    wrong = _contradicting(scorer, heldout10_export, "not_contradictions")
    assert len(wrong) <= NOT_CONTRADICTIONS_LINKED_MAX, wrong


def test_heldout10_revised_figures_are_not_read_as_contradictions(scorer, heldout10_export):
    wrong = _contradicting(scorer, heldout10_export, "updates")
    assert len(wrong) <= UPDATES_READ_AS_CONTRADICTION_MAX, wrong
