"""Mentions the seventh held-out set's shapes showed missing (written with invented names and new sentences):
"the Corps" after a named corps, a state's presidential administration."""
from __future__ import annotations

import pytest

from claimgraph.extract.mentions import find_mentions
from claimgraph.model import Document

pytestmark = pytest.mark.model


def run(nlp, text):
    return find_mentions(Document(id="u7", path="u7.txt", text=text), nlp(text))


def test_mentions_corps_short_head_joins_the_named_corps(nlp):
    ms = run(nlp, "Gunmen of the so-called Harrow Valley Volunteer Corps stormed the depot on Monday. A Dremmian "
                  "spokeswoman even said the Corps were \"citizens defending their homes\".")
    corps = [m for m in ms if m.text == "Corps"]
    assert corps and all(m.local_key == "Harrow Valley Volunteer Corps" for m in corps)


def test_mentions_corps_alone_joins_nothing(nlp):
    ms = run(nlp, "A Dremmian spokeswoman even said the Corps were \"citizens defending their homes\".")
    assert all(m.local_key in (None, "Corps") for m in ms if m.text == "Corps")


@pytest.mark.parametrize("text,state", [
    ("A leaked memo from the Dremmian presidential administration shows that Dremmia paid the party.", "Dremmia"),
    ("The presidential administration of Dremmia denied paying the party, the Dremmian side said.", "Dremmia"),
])
def test_mentions_presidential_administration_is_the_states_presidency(nlp, text, state):
    ms = [m for m in run(nlp, text) if "administration" in m.text]
    assert ms and all(m.kb_id == "inst:presidency" and m.affiliation == state for m in ms)


def test_mentions_administration_alone_is_no_presidency(nlp):
    # "the Dremmian administration" is the government, not the president's office
    ms = [m for m in run(nlp, "The Dremmian administration denied paying the party. Dremmia said nothing else.")
          if "administration" in m.text]
    assert not any((m.kb_id or "").endswith("presidency") for m in ms)
