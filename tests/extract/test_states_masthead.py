"""Capitals and states learned from an article's opening (invented names): the dateline under a state news
agency's masthead, and a person's name glued after a state in "the minister of ... of <State> <Name>"."""
from __future__ import annotations

import pytest

from claimgraph.extract.states import learn_states

pytestmark = pytest.mark.model

BODY = ("The Ministry of Foreign Affairs of the Republic of Orsavia denounced the raid ordered by the Tellmark "
        "regime. The Orsavian side will respond.")


@pytest.mark.parametrize("head", [
    "ORSAVIAN STATE TELEGRAPH AGENCY (OSTA)\nKelvorod, 3 March 2026\nSTATEMENT OF THE MINISTRY\n",
    "Orsavian News Agency\nKELVOROD, March 3 -\n",
])
def test_states_masthead_agency_dateline_is_the_capital(nlp, head):
    # the cleaner moves the dateline into metadata: the raw opening is read
    facts = learn_states(nlp(BODY), head + BODY)
    assert facts.capital("Kelvorod") is not None and facts.capital("Kelvorod").name == "Orsavia"


@pytest.mark.parametrize("head", [
    "THE ORSAVIAN COURIER\nKelvorod, Thursday 3 March 2026\n",       # a newspaper, not the state's agency
    "PINEWOOD WIRE AGENCY\nKelvorod, 3 March 2026\n",                 # an agency of no state
    "ORSAVIAN STATE TELEGRAPH AGENCY (OSTA)\nThe ministry said on Monday\n",  # no dateline under it
    "ORSAVIAN NEWS AGENCY\nVienna, 3 March 2026\n",                   # a known city: Orsavia's officials abroad
])
def test_states_masthead_look_alikes_teach_no_capital(nlp, head):
    facts = learn_states(nlp(BODY), head + BODY)
    assert facts.capital("Kelvorod") is None and facts.capital("Vienna") is None


def test_states_masthead_keeps_a_named_capital(nlp):
    body = BODY + " Velgrad, the capital of Orsavia, was calm."
    facts = learn_states(nlp(body), "ORSAVIAN NEWS AGENCY\nKelvorod, 3 March 2026\n" + body)
    assert facts.capital("Velgrad").name == "Orsavia" and facts.capital("Kelvorod") is None


@pytest.mark.parametrize("text,state,glued", [
    ("As has informed the deputy of minister of foreign affairs of Tarvenia Ostap Melnar, the quotas are cut.",
     "Tarvenia", "Tarvenia Ostap"),
    ("Yesterday the minister of foreign affairs of Quellmark Ivar Sondheim has visited the harbour.",
     "Quellmark", "Quellmark Ivar"),
])
def test_states_person_glued_after_the_state_is_cut(nlp, text, state, glued):
    names = {ref.name for ref in learn_states(nlp(text)).names.values()}
    assert state in names and glued not in names


def test_states_two_word_state_after_of_is_kept(nlp):
    text = "The Ministry of Foreign Affairs of Norvel Isles said the talks would resume."
    names = {ref.name for ref in learn_states(nlp(text)).names.values()}
    assert "Norvel Isles" in names
