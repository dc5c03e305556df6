"""Generalisation, ninth blind set: eight articles about an invented separatist war in a mountain province.

``tests/fixtures/heldout9/articles`` holds eight articles written for this test without reading the product's
code, data files or docs (a wire report on a monitors' patrol fired on and two monitors held, a defence
ministry statement from state media with loaded language, a partisan blog served as an HTML page without
spaces after full stops and commas, a machine translation from the kin-state's press with transliterated
names, an analysis heavy with hedges, the mediators' press conference with multi-sentence quotes, a follow-up
with a revised toll, a syndicated piece built on another outlet's leaked memo), and ``gold.yaml`` an analyst's
gold in the format of the shared development gold, written and committed before claimgraph was first run on
them (see the README beside them). The conflict: a federal state fights a separatist movement in one
province; a neighbouring kin-state backs the separatists with "volunteers", money and artillery; a regional
bloc's ceasefire monitoring mission has a patrol fired on and two monitors held, then released; a town is
besieged and a rail bridge destroyed; a massacre alleged by one side is denied by the other and a UN
commission of inquiry is set up; a ceasefire brokered by two states is signed and violated; separatist
leaders are sanctioned by the bloc and the EU; a call-up of reservists brings protests to the federal capital;
displacement and casualty figures differ between the defence ministry, the separatists, the mission, the ICRC
and a local human-rights group. The shared scorer measures the export; the floors are set by the lead after
the first blind run (about 0.10 below it), so a change that loses generality fails here. Two gold sections the
scorer does not read are checked here: a lower bound ("at least 40" bodies) must not contradict a figure it
allows (52), and a revised figure (market toll 9 -> 17; bodies at least 40 -> 49 identified) should not be
read as a contradiction (no more such pairs than at the first run).
"""
from __future__ import annotations

import pytest

from tests.integration import blindsets
from tests.integration.test_heldout import _score

pytestmark = pytest.mark.model

HELDOUT9 = blindsets.FIXTURES / "heldout9"

# Blind runs at the start and the end of round 7 (README.md beside the articles); floors about 0.10 below
# them, docs.matched exact (an article lost to an extraction error is a bug)
HELDOUT9_FLOORS = {
    "actors.alias_pair_precision": 0.95,  # 1.000 at the first run (start and end of round 7)
    "actors.alias_pair_f1": 0.9,  # 0.904 start of round 7, 0.909 end; round 8 (actors10, descriptors): 1.000
    "actors.surface_coverage": 0.78,  # 0.772 → 0.815; round 8 (actors10): 0.859
    "docs.matched": 1.0,
    "relations.recall": 0.60,  # 0.367 → 0.383; round 8 (rel10, with the descriptors): 0.711
    "relations.precision_lower_bound": 0.75,  # 0.840 → 0.786; round 8 (rel10): 0.853
    "quantities.found": 0.90,  # 0.783 → 0.850; round 8 (cross9): 1.000
    "quantities.attributed": 0.70,  # 0.517 → 0.617; round 8 (cross9, with the descriptors): 0.800
    "crosscheck.contradictions": 0.52,  # 0.188 → 0.250; round 8 (cross9): 0.625
    "crosscheck.agreements": 0.60,  # 0.235 → 0.412; round 8 (cross9): 0.706
    "claims.hedged_found": 0.9,  # 0.864 → 0.864; round 8 (speech10): 1.000
    "claims.origin_chains": 0.65,  # 0.375 → 0.625; round 8 (speech10): 0.750
}
HELDOUT9_CEILINGS = {"actors.junk_listed": 2}  # 2 at the start of round 7, 1 at the end
# revised-figure pairs linked as a contradiction at the first run: no more than that
UPDATES_READ_AS_CONTRADICTION_MAX = 0  # 0 at the end of round 7 (of 3 gold updates pairs)
# pairs the gold says must NOT contradict, linked as contradictions at the first run: no more than that
NOT_CONTRADICTIONS_LINKED_MAX = 0  # 0 at the end of round 7 (of 5 gold not_contradictions pairs)


def _gold() -> dict:
    return blindsets.gold(HELDOUT9)


def _articles() -> dict[str, str]:
    """Article text (plain text and the one HTML page, raw) by document key, whitespace folded."""
    return blindsets.articles(HELDOUT9, (".txt", ".html"))


@pytest.fixture(scope="module")
def heldout9_export(tmp_path_factory):
    return blindsets.build_export(HELDOUT9, tmp_path_factory)


@pytest.fixture(scope="module")
def heldout9_rows(scorer, heldout9_export, tmp_path_factory):
    return _score(scorer, heldout9_export, HELDOUT9 / "gold.yaml", tmp_path_factory.mktemp("heldout9-score"))


def _contradicting(scorer, export: dict, section: str) -> list[str]:
    return blindsets.pairs_linked_as(scorer, export, list(_articles()), _gold()[section])


def test_heldout9_gold_strings_occur_in_their_articles():
    assert not blindsets.missing_gold_strings(_gold(), _articles())


def test_heldout9_gold_names_known_actors_and_documents():
    assert not blindsets.gold_errors(_gold(), _articles())


@pytest.mark.parametrize("section", ["contradictions", "agreements", "updates", "not_contradictions"])
def test_heldout9_gold_pairs_name_gold_figures(section):
    """Every side of a gold pair that names a figure names one the gold's quantities list in that document
    (with the same claimer when it names one), so the pair can be found at all."""
    unknown = blindsets.unknown_pair_figures(_gold(), section)
    assert not unknown


@pytest.mark.parametrize("section", ["contradictions", "agreements"])
def test_heldout9_gold_pairs_name_known_actors(section):
    """Every claimer a gold pair names is an actor of the gold, so the scorer can match it."""
    unknown = blindsets.unknown_pair_claimers(_gold(), section)
    assert not unknown


@pytest.mark.parametrize("row,floor", sorted(HELDOUT9_FLOORS.items()))
def test_heldout9_score_floor(heldout9_rows, row, floor):
    assert heldout9_rows[row] >= floor, f"{row} = {heldout9_rows[row]:.3f} < {floor}"


@pytest.mark.parametrize("row,ceiling", sorted(HELDOUT9_CEILINGS.items()))
def test_heldout9_score_ceiling(heldout9_rows, row, ceiling):
    assert heldout9_rows[row] <= ceiling


def test_heldout9_bounds_do_not_contradict(scorer, heldout9_export):
    wrong = _contradicting(scorer, heldout9_export, "not_contradictions")
    assert len(wrong) <= NOT_CONTRADICTIONS_LINKED_MAX, wrong


def test_heldout9_revised_figures_are_not_read_as_contradictions(scorer, heldout9_export):
    wrong = _contradicting(scorer, heldout9_export, "updates")
    assert len(wrong) <= UPDATES_READ_AS_CONTRADICTION_MAX, wrong
