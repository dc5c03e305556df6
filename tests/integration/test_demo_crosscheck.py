"""Cross-checking on the bundled demo corpus, which the cross-check was not tuned on.

The demo articles (src/claimgraph/demo/articles, invented) report 8 against about 14 aircraft
at an airfield, up to 1,200 against "hundreds" of foreign fighters, a denial of the aircraft by
the accused state, and a death toll rising over dated articles. The figures an analyst records
are in tests/fixtures/demo-gold.yaml; score.py (../shared/eval) measures the export against it.
"""
from __future__ import annotations


import pytest
import yaml

from tests.conftest import FIXTURES, ROOT

pytestmark = pytest.mark.model

DEMO = ROOT / "src" / "claimgraph" / "demo" / "articles"
GOLD = FIXTURES / "demo-gold.yaml"

# Floors: below the figures measured at the end of the last round (contradictions 0.923, agreements
# 0.857; 0.846 and 0.429 when this test was written); the misses are listed in docs/crosscheck.md.
FLOORS = {"crosscheck.contradictions": 0.85, "crosscheck.agreements": 0.7, "quantities.found": 0.9,
          "docs.matched": 1.0}


@pytest.fixture(scope="module")
def demo_export(tmp_path_factory):
    import claimgraph

    path = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    claimgraph.build([DEMO], store=path, workers=1)
    with claimgraph.open(path) as corpus:
        return corpus.to_dict()


def _figure(claim) -> float | None:
    q = (claim.get("event") or {}).get("quantity") or {}
    parts = [p.get("value") for p in q.get("parts") or [] if isinstance(p, dict)]
    if parts and all(isinstance(x, (int, float)) for x in parts):
        return float(sum(parts))
    return float(q["value"]) if isinstance(q.get("value"), (int, float)) else None


def _links(export, kind):
    claims = {c["id"]: c for c in export["claims"]}
    return [(claims[x["a"]], claims[x["b"]], x["reason"]) for x in export["links"] if x["kind"] == kind]


@pytest.mark.parametrize("row", sorted(FLOORS))
def test_demo_crosscheck_meets_the_gold_floor(demo_export, scorer, row):
    scores = scorer.score(demo_export, yaml.safe_load(GOLD.read_text(encoding="utf-8")))
    assert scores[row] >= FLOORS[row], (row, scores[row])


def test_demo_eight_against_fourteen_aircraft_contradict(demo_export):
    pairs = {frozenset((_figure(a), _figure(b))) for a, b, _ in _links(demo_export, "contradicts")}
    assert frozenset((8.0, 14.0)) in pairs


def test_demo_up_to_1200_against_hundreds_contradict(demo_export):
    hits = [r for a, b, r in _links(demo_export, "contradicts") if {_figure(a), _figure(b)} == {1200.0, 200.0}]
    assert hits and "far below the upper bound" in hits[0]


def test_demo_denial_by_the_accused_contradicts_the_aircraft(demo_export):
    hits = [r for a, b, r in _links(demo_export, "contradicts") if "denies what" in r and "aircraft" in r.lower()]
    assert hits


def test_demo_rising_death_toll_is_an_update(demo_export):
    docs = {d["id"]: d for d in demo_export["documents"]}
    ups = _links(demo_export, "updates")
    assert any(_figure(a) == 12.0 and _figure(b) in (31.0, 47.0) for a, b, _ in ups), ups
    for a, b, _ in ups:      # an update goes forward in time to a higher tally
        assert docs[a["doc"]]["published"] < docs[b["doc"]]["published"]
        assert _figure(a) < _figure(b)
    tolls = {12.0, 31.0, 47.0}
    for a, b, r in _links(demo_export, "contradicts"):
        assert not ({_figure(a), _figure(b)} <= tolls and "killed" in r), r


def test_demo_no_contradiction_within_one_side(demo_export):
    actors = {x["id"]: x for x in demo_export["actors"]}

    def side(aid):
        a = actors.get(aid) or {}
        return a.get("country") or aid

    for a, b, r in _links(demo_export, "contradicts"):
        if a["speaker"] and b["speaker"] and (a["stance"] == "denies") != (b["stance"] == "denies"):
            assert side(a["speaker"]) != side(b["speaker"]), r


def test_demo_links_give_their_reason(demo_export):
    assert demo_export["links"]
    assert all("same event:" in x["reason"] for x in demo_export["links"])


def test_demo_gold_names_documents_of_the_corpus():
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    names = {p.name for p in DEMO.iterdir()}
    keys = {str(r["doc"]) for r in gold["relations"]} | {str(q["doc"]) for q in gold["quantities"]}
    for key in keys:
        base = key.split("#")[0]
        assert any(n == base or n.startswith(base + "_") for n in names), key
