"""Hedges that reach further than their sentence (``extract/hedges.py``): "Neither version could be verified"
takes back both sides' reported statements across paragraphs; "The firm's evidence has not been published"
takes back that paragraph's reported statements; a hedged main clause of the outlet beside an attributed
relative clause is a hedged claim of its own. Invented texts only."""
from __future__ import annotations

import pytest

from tests.extract.invented import extract

pytestmark = pytest.mark.model

TWO_SIDES = """Velmoran coast guards seized a Tarkistani trawler on Friday, the Tarkistani fisheries agency said.

The agency said Velmoran boats fired warning shots and towed the trawler to a Velmoran port.

"They were fishing in our own waters," agency director Ilse Varga told reporters.

Velmora tells another story. Its navy said the trawler had entered Velmoran waters illegally. Neither account \
could be independently confirmed.
"""

WITHHELD = """Start with the floods. Norvel Labs, a private security firm, said the malware used against the Ostra \
dam came from a group in Velmora. Norvel has previously named the same group in two other cases. The company's \
data have not been released. Still, the attack took months of preparation.
"""


def _claims_with(nlp, text: str, needle: str):
    claims, _ = extract(nlp, text)
    return [c for c in claims if needle in c.text]


@pytest.mark.parametrize("needle", ["towed the trawler", "fishing in our own waters", "entered Velmoran waters"])
def test_hedges_two_sided_retraction_reaches_both_versions(nlp, needle):
    found = _claims_with(nlp, TWO_SIDES, needle)
    assert found and all(c.hedged for c in found), [(c.text, c.hedges) for c in found]


def test_hedges_single_retraction_stays_in_its_paragraph(nlp):
    # a plain "neither figure" reaches two sentences back in its paragraph, not the versions told before it
    text = TWO_SIDES.replace("Neither account", "Neither figure")
    found = _claims_with(nlp, text, "towed the trawler")
    assert found and not any(c.hedged for c in found), [(c.text, c.hedges) for c in found]


@pytest.mark.parametrize("needle", ["came from a group", "named the same group"])
def test_hedges_withheld_evidence_takes_back_the_paragraph(nlp, needle):
    found = _claims_with(nlp, WITHHELD, needle)
    assert found and all("evidence not published" in c.hedges for c in found), [(c.text, c.hedges) for c in found]


@pytest.mark.parametrize("text", [
    # no possessor: a fact about some evidence, it points at no source
    WITHHELD.replace("The company's data", "The data in the court case"),
    # the evidence was published: nothing is taken back
    WITHHELD.replace("have not been released", "have been released"),
])
def test_hedges_withheld_evidence_lookalike(nlp, text):
    found = _claims_with(nlp, text, "came from a group")
    assert found and not any("evidence not published" in c.hedges for c in found), [(c.text, c.hedges) for c in found]


@pytest.mark.parametrize("text,hedge", [
    ("Velmora buys roughly 60 percent of its grain from Tarkistan, and Ostrania, which has promised Tarkistan more "
     "ships, seems likely to keep the strait closed.", "likely"),
    ("Officials in Velmora, who said the talks had failed, probably left early.", "probably"),
])
def test_hedges_outlet_clause_beside_an_attribution_is_hedged(nlp, text, hedge):
    claims, _ = extract(nlp, text)
    assert any(c.speaker_mention is None and c.speaker_text is None and hedge in c.hedges for c in claims), \
        [(c.speaker_text, c.hedges) for c in claims]


def test_hedges_outlet_clause_without_hedge_gives_no_claim(nlp):
    claims, _ = extract(nlp, "Ostrania, which has promised Tarkistan more ships, will keep the strait closed.")
    assert not any(c.speaker_mention is None and c.speaker_text is None for c in claims), \
        [(c.speaker_text, c.text) for c in claims]
