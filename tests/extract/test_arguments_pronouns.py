"""Pronoun resolution in extract/arguments.py: "its own" must not loop. Names are invented for the tests."""
from __future__ import annotations

import pytest

from claimgraph.extract import analyse
from claimgraph.model import Document

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Its own inspectors visit the depots every week.",
    "The Varrow Council knows it, because its own liaison officers visit our camps every week.",
    '"No gunman was ever sheltered in a Varrow camp, and the Council knows it, because its own inspectors '
    'visit our depots every week," she said.',
])
def test_arguments_own_pronoun_inside_the_subject_it_asks_for_does_not_loop(nlp, text):
    # "its own X <verb>": resolving "its" asks for the clause's subject, the very phrase that holds "its";
    # this recursed until Python's limit and the whole article was lost as an extraction error
    result = analyse(Document(id="dx", path="x.txt", text=text), nlp(text))
    its = [m for m in result.mentions if m.pronoun and m.text.lower() == "its"]
    if "Council" in text:
        assert its and its[0].name.endswith("Council")     # the ordinary pronoun rule still finds it


def test_arguments_own_pronoun_with_its_subject_elsewhere(nlp):
    text = "The Varrow Council shells its own villages."
    result = analyse(Document(id="dx", path="x.txt", text=text), nlp(text))
    its = [m for m in result.mentions if m.pronoun and m.text.lower() == "its"]
    assert its and its[0].name.endswith("Council")
