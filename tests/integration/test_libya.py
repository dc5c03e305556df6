"""The sample corpus end to end: build, export, contract."""
from __future__ import annotations

import json

import pytest

from tests.conftest import LIBYA

pytestmark = pytest.mark.model


def test_libya_builds_all_documents(libya_export):
    assert len(libya_export["documents"]) == len(list(LIBYA.iterdir()))
    assert all(d["status"] == "analysed" for d in libya_export["documents"])


def test_libya_claim_offsets_point_into_document_text(libya_store):
    import claimgraph

    with claimgraph.open(libya_store) as corpus:
        texts = {d.id: d.text for d in corpus.store.documents()}
        claims = corpus.claims()
    assert claims
    for c in claims:
        assert texts[c.doc][c.start:c.end] == c.text


def test_libya_export_is_json_serialisable(libya_export):
    assert json.loads(json.dumps(libya_export))["schema"] == "claimgraph/1"
