"""Which date a claim's event gets (extract/claims.py ``_when_where``). Names are invented for the tests."""
from __future__ import annotations

import pytest

from claimgraph.extract import analyse
from claimgraph.model import Document

pytestmark = pytest.mark.model


def dates(nlp, text):
    doc = Document(id="dx", path="x.txt", text=text, published="2026-11-02")
    return [c.event.date for c in analyse(doc, nlp(text)).claims if c.event is not None]


@pytest.mark.parametrize("text", [
    "The Varrow Council, which seized power in March, says four patrol boats are involved.",
    "The Dravonian navy, which was founded on Oct 28, says four patrol boats are involved.",
])
def test_claims_date_of_a_clause_describing_a_noun_is_not_the_events(nlp, text):
    assert all(d is None for d in dates(nlp, text)), dates(nlp, text)


def test_claims_date_elsewhere_in_the_sentence_is_still_the_events(nlp):
    found = dates(nlp, "On Oct 28, Dravonia says, 12 warships closed the strait.")
    assert "2026-10-28" in found, found
