"""The sample corpus end to end: build, export, the JSON contract, referential integrity."""
from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources

import jsonschema
import pytest

from tests.conftest import LIBYA, ROOT, SHARED

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def schema():
    return json.loads(resources.files("claimgraph").joinpath("schema", "export.schema.json").read_text())


def test_libya_builds_all_documents(libya_export):
    assert len(libya_export["documents"]) == len(list(LIBYA.iterdir()))
    assert all(d["status"] == "analysed" for d in libya_export["documents"])
    assert all(d["language"] == "en" for d in libya_export["documents"])


def test_libya_export_validates_against_contract_schema(libya_export, schema):
    jsonschema.validate(libya_export, schema)


def test_libya_export_references_resolve(libya_export):
    docs = {d["id"] for d in libya_export["documents"]}
    actors = {a["id"] for a in libya_export["actors"]}
    claims = {c["id"] for c in libya_export["claims"]}
    assert len(actors) == len(libya_export["actors"]), "actor ids are unique"
    assert len(claims) == len(libya_export["claims"]), "claim ids are unique"
    for a in libya_export["actors"]:
        assert a["country"] is None or a["country"] in actors
    for c in libya_export["claims"]:
        assert c["doc"] in docs
        for ref in (c["speaker"], c["event"]["subject"], c["event"]["object"], *[v["actor"] for v in c["via"]]):
            assert ref is None or ref in actors
    for link in libya_export["links"]:
        assert link["a"] in claims and link["b"] in claims and link["a"] != link["b"]


def test_libya_claim_offsets_point_into_document_text(libya_store):
    import claimgraph

    with claimgraph.open(libya_store) as corpus:
        texts = {d.id: d.text for d in corpus.store.documents()}
        claims = corpus.claims()
    assert claims
    for c in claims:
        assert texts[c.doc][c.start:c.end] == c.text
        if c.content_start is not None and c.content_text:
            assert texts[c.doc][c.content_start:c.content_end] == c.content_text


def test_libya_cli_build_export_and_score(tmp_path):
    """The commands of the brief's 'done means', and the dev-set scorer runs on their output."""
    exe = [sys.executable, "-m", "claimgraph.cli.main"]
    store, out = tmp_path / "s.duckdb", tmp_path / "e.json"
    subprocess.run([*exe, "build", str(LIBYA), "--store", str(store), "--quiet", "--workers", "1"], check=True,
                   capture_output=True)
    subprocess.run([*exe, "export", "--store", str(store), "--format", "json", "--output", str(out)], check=True)
    scored = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(out),
                             str(SHARED / "eval" / "libya-gold.yaml")], capture_output=True, text=True, check=True)
    summary = json.loads(scored.stdout.strip().splitlines()[-1])
    assert summary["docs.matched"] == 1.0
