"""Acronyms defined in brackets that the model left untagged (extract/acronyms.py). Every name is invented."""
from __future__ import annotations

import pytest

from claimgraph.extract.mentions import find_mentions
from claimgraph.model import Document

pytestmark = pytest.mark.model


def run(nlp, text):
    return find_mentions(Document(id="dtest", path="test.txt", text=text), nlp(text))


def test_acronyms_defined_acronym_is_a_mention_of_its_name(nlp):
    text = ("The Supreme Council for National Renewal (SCNR), which seized power last year, met on Monday. "
            "Later the SCNR said it would hold elections.")
    keys = [m.local_key for m in run(nlp, text) if m.name == "SCNR"]
    assert len(keys) == 2 and set(keys) == {"Supreme Council for National Renewal"}


def test_acronyms_brackets_that_spell_no_initials_are_no_acronym(nlp):
    text = "The Supreme Council for National Renewal (OKTA) met on Monday. Later OKTA said it would vote."
    assert not [m for m in run(nlp, text) if m.name == "OKTA" and m.local_key ==
                "Supreme Council for National Renewal"]
