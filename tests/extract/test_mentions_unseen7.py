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
    ms = run(nlp, "Fighters of the Harrow Valley Militia Corps seized the depot on Monday. A Dremmian minister "
                  "called the Corps \"patriots guarding the valley\".")
    corps = [m for m in ms if m.text == "Corps"]
    assert corps and all(m.local_key == "Harrow Valley Militia Corps" for m in corps)


def test_mentions_corps_alone_joins_nothing(nlp):
    ms = run(nlp, "A Dremmian minister called the Corps \"patriots guarding the valley\".")
    assert all(m.local_key in (None, "Corps") for m in ms if m.text == "Corps")


@pytest.mark.parametrize("text,state", [
    ("Documents from the Dremmian presidential administration were published; Dremmia said nothing.", "Dremmia"),
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


OPENING = "The Ministry of Foreign Affairs of the Republic of Dremmia protested on Monday. "


@pytest.mark.parametrize("name", ["Frontier Command", "Territorial Command"])
def test_mentions_name_before_of_joins_the_longer_name(nlp, name):
    ms = run(nlp, OPENING + f"The {name} of the Dremmian Armed Forces reported two drones over the river. Later "
                            f"President Ilo Varsk told the {name} to double the patrols.")
    short = [m for m in ms if m.text == name]
    assert short and all(m.local_key == f"{name} of the Dremmian Armed Forces" for m in short)


@pytest.mark.parametrize("text", [
    # another body's name the model may split before its "of": not the longer name written later
    OPENING + "The Frontier Command of the Dremmian Navy and the Frontier Command of the Dremmian Army met.",
    # no longer name at all
    OPENING + "Later President Ilo Varsk told the Frontier Command to double the patrols.",
])
def test_mentions_name_before_of_look_alikes_stay_apart(nlp, text):
    short = [m for m in run(nlp, text) if m.text == "Frontier Command"]
    assert all(m.local_key in (None, "Frontier Command") for m in short)


def test_mentions_name_before_of_two_longer_names_join_neither(nlp):
    from claimgraph.extract.mtnames import names_before_of
    from claimgraph.model import Mention

    def org(name, start):
        return Mention(id="", doc="u7", start=start, end=start + len(name), text=name, name=name,
                       kind="armed_group", local_key=name)
    ms = [org("Frontier Command of the Dremmian Navy", 0), org("Frontier Command of the Dremmian Army", 50),
          org("Frontier Command", 100)]
    names_before_of(ms, " " * 100 + "Frontier Command said")
    assert ms[2].local_key == "Frontier Command"
    names_before_of(ms[1:], " " * 100 + "Frontier Command said")
    assert ms[2].local_key == "Frontier Command of the Dremmian Army"


@pytest.mark.parametrize("name", ["State Audit Bureau", "State Security Directorate"])
def test_mentions_state_office_name_keeps_its_first_word(nlp, name):
    # "State" is also a title word ("State Minister X"); before an office's head word it is part of the name
    acr = "".join(w[0] for w in name.split())
    ms = run(nlp, f"Dremmia's {name} ({acr}) published its accounts on Monday. The Dremmian side welcomed "
                  f"them.")
    office = [m for m in ms if m.text == name]
    assert office and office[0].kind == "organization"
    assert all(m.local_key == name for m in ms if m.text == acr)


def test_mentions_state_title_before_a_person_is_still_stripped(nlp):
    ms = run(nlp, "State Minister Oma Ruud said the talks would resume. Dremmia agreed.")
    assert any(m.name == "Oma Ruud" and m.kind == "person" for m in ms)
