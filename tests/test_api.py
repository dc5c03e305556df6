"""The Python API does what the CLI does: build, open, export, read."""
from __future__ import annotations

import json

import pytest

import claimgraph
from tests.conftest import FIXTURES

pytestmark = pytest.mark.model
ARTICLES = FIXTURES / "api"


@pytest.fixture(scope="module")
def api_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("api") / "api.duckdb"
    report = claimgraph.build(ARTICLES, store=path, workers=1)
    return path, report


def test_api_build_reports_counts(api_store):
    _, report = api_store
    assert report.read == 2
    assert report.analysed == 1 and report.duplicates == 1
    assert report.exit_code == 0


def test_api_rebuild_skips_known_documents(api_store, tmp_path):
    path, _ = api_store
    again = claimgraph.build([ARTICLES], store=path, workers=1)
    assert again.analysed == 0 and again.skipped + again.duplicates == 2


def test_api_open_exports_json_file(api_store, tmp_path):
    path, _ = api_store
    out = tmp_path / "e.json"
    with claimgraph.open(path) as corpus:
        corpus.export("json", out)
        info = corpus.info()
    data = json.loads(out.read_text())
    assert data["schema"] == "claimgraph/1"
    assert info["counts"]["documents"] == 2
    statuses = sorted(d["status"] for d in data["documents"])
    assert statuses == ["analysed", "duplicate"]


def test_api_to_dict_matches_store(api_store):
    path, _ = api_store
    with claimgraph.open(path) as corpus:
        data = corpus.to_dict()
        assert len(data["claims"]) == len(corpus.claims())
        assert {a["id"] for a in data["actors"]} == {a.id for a in corpus.actors()}
