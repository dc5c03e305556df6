"""Groups named right after a word for a group (extract/dubbed.py). Every name here is invented."""
from __future__ import annotations

import pytest

from claimgraph.extract.mentions import find_mentions
from claimgraph.model import Document

pytestmark = pytest.mark.model


def run(nlp, text):
    return find_mentions(Document(id="g1", path="g1.txt", text=text), nlp(text))


@pytest.mark.parametrize("text,name,kind", [
    ("Fenwick Labs linked the intrusion at the dam to a group it calls Kestrel.", "Kestrel", "armed_group"),
    ("Washington froze the assets of the hacker group Kestrel on Monday.", "Kestrel", "armed_group"),
    ("A militia known as the Red Hand attacked the depot at dawn.", "Red Hand", "armed_group"),
    ("The company Ostgaz raised the price of gas again.", "Ostgaz", "organization"),
])
def test_dubbed_group_after_its_noun_is_a_mention(nlp, text, name, kind):
    ms = [m for m in run(nlp, text) if m.name == name]
    assert ms and all(m.kind == kind for m in ms)


def test_dubbed_group_other_mentions_take_its_kind(nlp):
    ms = run(nlp, "Fenwick Labs linked the intrusion at the dam to a group it calls Kestrel. Last year Kestrel "
                  "hit two banks, Fenwick said.")
    kestrel = [m for m in ms if m.name == "Kestrel"]
    assert len(kestrel) == 2 and all(m.kind == "armed_group" for m in kestrel)


@pytest.mark.parametrize("text,word", [
    ("The group said on Monday it would fight on.", "Monday"),          # a date after the noun
    ("The group Ivan Petrov founded in 2010 is gone.", "Ivan Petrov"),  # a person who founded it
    ("The group named its new leader on Friday.", "Friday"),            # "named" with no name after it
    ("The movement Hamas leads is divided.", "Hamas"),                  # a known entry keeps its reading
])
def test_dubbed_look_alikes_make_no_group(nlp, text, word):
    ms = [m for m in run(nlp, text) if m.name == word]
    assert all(m.kind not in ("armed_group", "organization") or m.kb_id for m in ms)
