"""Capitals no article names, hinted by a city standing against the other state of a two-state article
(extract/capitalhints.py ``_opposed``, ``hinted_mentions``; resolve/capitals.py).

Every state, city, person and sentence here is invented for the tests.
"""
from __future__ import annotations

import pytest

from claimgraph.extract.capitalhints import capital_hints
from claimgraph.extract.mentions import find_mentions
from claimgraph.extract.states import doc_states
from claimgraph.model import Document
from claimgraph.resolve.actors import resolve_actors

pytestmark = pytest.mark.model

# two states, Kestavia and Morland; their capitals (Dunmarrow, Travesk) are never called capitals; Selvo is a
# town where fighting is reported
ARTICLES = {
    "k1": (
        "Ferry row deepens\n\n"
        "The Kestavian foreign ministry accused the regime in Travesk of sinking the ferry. Morland denies it. "
        "Kestavian officials said Travesk had lied about the patrol. Fighting was reported in Selvo, where the "
        "hospital in Selvo was full. Kestavia will ask for an inquiry."
    ),
    "k2": (
        "Morland answers\n\n"
        "Morlandic officials accused Dunmarrow on Tuesday of staging the sinking. Travesk announced that it would "
        "recall its ambassador. Dunmarrow's case rests on its claim that Morland fired first, a Morlandic "
        "diplomat said. Kestavia has not replied."
    ),
    "k3": (
        "Analysis: two capitals at odds\n\n"
        "Officials in Travesk and Dunmarrow traded accusations again. Kestavia blamed Travesk for the sinking; "
        "Morland warned Dunmarrow against any reprisal. Selvo was shelled again, Morlandic officials said."
    ),
}


def hints_of(nlp, text):
    doc = nlp(text)
    find_mentions(Document(id="t", path="t.txt", text=text), doc)
    return capital_hints(doc, doc_states(doc))


@pytest.mark.parametrize("text,city,state", [
    # the regime in a city, in a sentence naming the other state
    ("The Kestavian foreign ministry accused the regime in Travesk of sinking the ferry. Morland denies it. "
     "Kestavia wants an inquiry.", "travesk", "Morland"),
    # "<City>'s case rests on its claim that <State> ..."
    ("Dunmarrow's case rests on its claim that Morland fired first. Morlandic diplomats laughed. Kestavia is "
     "silent.", "dunmarrow", "Kestavia"),
    # the state accuses the city; the date after it is no city
    ("Morlandic officials accused Dunmarrow on Tuesday of staging the sinking. Kestavia and Morland are at odds.",
     "dunmarrow", "Kestavia"),
    # two clauses, each with its own pair
    ("Kestavia blamed Travesk for the sinking; Morland warned Dunmarrow against any reprisal.",
     "travesk", "Morland"),
])
def test_capitals_opposed_hint_shapes(nlp, text, city, state):
    hints = hints_of(nlp, text)
    assert "opposed" in hints.get(city, {}).get(state, set()), hints
    assert "tuesday" not in hints


@pytest.mark.parametrize("text", [
    # a town where things happen is not standing against anyone
    "Kestavia attacked Selvo, Morland said. Fighting was reported in Selvo; the hospital in Selvo is full.",
    # a capital speaking of its own state, or denying: no hint
    "Travesk said Morland would not negotiate. Kestavia wants an inquiry.",
    "Travesk denied that Morland had sent boats. Kestavia wants an inquiry.",
    # the state's own regime sits in the city (a seat, not an opponent)
    "The Morlandic regime in Travesk accused Kestavia of lying. Morland wants an inquiry.",
    # one state only: whose the city is cannot be told
    "Morlandic officials accused Dunmarrow of staging the sinking.",
])
def test_capitals_opposed_look_alikes_give_no_opposed_hint(nlp, text):
    hints = hints_of(nlp, text)
    assert not any("opposed" in shapes for by_state in hints.values() for shapes in by_state.values()), hints


@pytest.fixture(scope="module")
def actors(nlp):
    mentions = []
    for doc_id, text in ARTICLES.items():
        mentions += find_mentions(Document(id=doc_id, path=f"{doc_id}.txt", text=text), nlp(text))
    return resolve_actors(mentions)[0]


def test_capitals_opposed_across_articles_join_their_states(actors):
    kestavia = next(a for a in actors if a.name == "Kestavia")
    morland = next(a for a in actors if a.name == "Morland")
    assert "Dunmarrow" in kestavia.aliases and "Travesk" in morland.aliases
    assert "Travesk" not in kestavia.aliases and "Dunmarrow" not in morland.aliases


def test_capitals_opposed_town_stays_a_place(actors):
    selvo = [a for a in actors if "Selvo" in a.aliases]
    assert selvo and all(a.kind == "place" for a in selvo)


PAIRED = {
    "p1": ("Ferry row\n\nThe Kestavian defence ministry in Dunmarrow said the ferry was sunk. Kestavia will appeal. "
           "Morland denies it.\n"),
    "p2": ("Analysis\n\nOfficials in Travesk and Dunmarrow traded accusations again. Kestavia and Morland have "
           "clashed for years. Travesk announced new sanctions.\n"),
    "p3": ("Fighting\n\nFighting was reported in Selvo and Marrin. Kestavia and Morland blame each other. The "
           "hospital in Selvo is full.\n"),
}


@pytest.mark.parametrize("text,pairs", [
    ("Officials in Travesk and Dunmarrow traded accusations. Kestavia and Morland have clashed for years.",
     {"travesk", "dunmarrow"}),
    ("Travesk and Dunmarrow have traded threats. Kestavia and Morland have clashed for years.",
     {"travesk", "dunmarrow"}),
    # two towns where fighting is reported are no pair of capitals
    ("Fighting was reported in Selvo and Marrin. Kestavia and Morland blame each other.", set()),
    # one state only: no pair
    ("Officials in Travesk and Dunmarrow traded accusations. Kestavia is angry.", set()),
])
def test_capitals_pair_hint_shapes(nlp, text, pairs):
    hints = hints_of(nlp, text)
    assert {c for c, by_state in hints.items() if any("pair" in s for s in by_state.values())} == pairs


def test_capitals_pair_takes_the_other_state_once_its_partner_is_known(nlp):
    mentions = []
    for doc_id, text in PAIRED.items():
        mentions += find_mentions(Document(id=doc_id, path=f"{doc_id}.txt", text=text), nlp(text))
    actors = resolve_actors(mentions)[0]
    kestavia = next(a for a in actors if a.name == "Kestavia")
    morland = next(a for a in actors if a.name == "Morland" and a.kind == "country")
    assert "Dunmarrow" in kestavia.aliases and "Travesk" in morland.aliases
    assert all(a.kind == "place" for a in actors if {"Selvo", "Marrin"} & set(a.aliases))


def test_capitals_pair_alone_joins_nothing(nlp):
    mentions = []
    for doc_id in ("p2", "p3"):     # no article says whose capital either city is
        text = PAIRED[doc_id]
        mentions += find_mentions(Document(id=doc_id, path=f"{doc_id}.txt", text=text), nlp(text))
    actors = resolve_actors(mentions)[0]
    assert not [a for a in actors if a.kind == "country" and {"Travesk", "Dunmarrow"} & set(a.aliases)]


ACTING = {
    "a1": ("Ferry row\n\nThe Kestavian foreign ministry accused the regime in Travesk of sinking the ferry. Morland "
           "denies it. Kestavia wants an inquiry.\n"),
    "a2": ("Sanctions\n\nTravesk announced new sanctions on Tuesday. Travesk was in contact with Washington, "
           "diplomats said.\n"),
    "a3": "Curfew\n\nSelvo announced a curfew after the shelling. Fighting continued in Selvo.\n",
}


@pytest.mark.parametrize("text,city", [
    ("Travesk announced new sanctions on Tuesday.", "travesk"),
    ("Travesk was in contact with Washington, diplomats said.", "travesk"),
])
def test_capitals_acts_hint_shapes(nlp, text, city):
    hints = hints_of(nlp, text)
    assert any("acts" in s for s in hints.get(city, {}).values()), hints


@pytest.mark.parametrize("text", [
    "Travesk was calm on Tuesday.",                 # "was" only in "was in contact with"
    "Anna Travesk announced her resignation.",      # a person's surname
])
def test_capitals_acts_hint_look_alikes(nlp, text):
    hints = hints_of(nlp, text)
    assert not any("acts" in s for by_state in hints.values() for s in by_state.values()), hints


def _resolve(nlp, articles):
    mentions = []
    for doc_id, text in articles.items():
        mentions += find_mentions(Document(id=doc_id, path=f"{doc_id}.txt", text=text), nlp(text))
    return resolve_actors(mentions)[0]


def test_capitals_acts_add_to_one_weak_hint(nlp):
    actors = _resolve(nlp, ACTING)
    morland = next(a for a in actors if a.name == "Morland" and a.kind == "country")
    assert "Travesk" in morland.aliases
    # a town that announces a curfew and has no state's hint is no capital
    assert all(a.kind == "place" for a in actors if "Selvo" in a.aliases)


def test_capitals_acts_alone_join_nothing(nlp):
    actors = _resolve(nlp, {k: ACTING[k] for k in ("a2", "a3")})
    assert not [a for a in actors if a.kind == "country" and {"Travesk", "Selvo"} & set(a.aliases)]


def test_capitals_city_hosting_a_states_embassy_is_never_its_capital(nlp):
    # the same weak hint and acting city as above, but a third article puts Morland's embassy in Travesk:
    # an embassy sits in another state's capital, so the vote must not give Travesk to Morland
    articles = dict(ACTING, a4=("Protest\n\nHundreds of students marched on Morland's embassy in Travesk on Sunday. "
                                "Police kept them back from the gates.\n"))
    actors = _resolve(nlp, articles)
    assert not [a for a in actors if a.kind == "country" and a.name == "Morland" and "Travesk" in a.aliases]
