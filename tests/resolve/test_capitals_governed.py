"""A city that has a government of its own ("the Ostel regime", "the government in Ostel") and acts as a state is
the capital of the one state its article leaves without a capital; two such states, or no government of the city,
join nothing.

Every state, city and sentence here is invented for the tests.
"""
from __future__ import annotations

import pytest

from claimgraph.extract.mentions import find_mentions
from claimgraph.model import Document
from claimgraph.resolve.actors import resolve_actors

pytestmark = pytest.mark.model

CAPITAL = "Talks\n\nIn Velmir, the capital of Kessaria, officials accused the Republic of Dravia of arming the rebels. "


def _actors(nlp, articles):
    mentions = []
    for doc_id, text in articles.items():
        mentions += find_mentions(Document(id=doc_id, path=f"{doc_id}.txt", text=text), nlp(text))
    return resolve_actors(mentions)[0]


def _state_of_city(actors, city):
    """The country actor that lists the city, if any."""
    return next((a.name for a in actors if a.kind == "country" and city in a.aliases), None)


@pytest.mark.parametrize("second", [
    "The Ostel regime denied the charge on Monday.\n",
    "The government in Ostel rejected the claim, and Ostel recalled its envoy.\n",
    "Ostel denied it, and the regime in Ostel called the charge a lie.\n",
])
def test_capitals_governed_city_is_the_capital_of_the_one_state_left(nlp, second):
    actors = _actors(nlp, {"a1": CAPITAL + second})
    assert _state_of_city(actors, "Ostel") == "Dravia"


@pytest.mark.parametrize("articles", [
    # two states left without a capital: either could be Ostel's
    {"a1": CAPITAL.replace("Dravia of", "Dravia and the Republic of Morvia of") + "The Ostel regime denied the charge on Monday.\n"},
    # the city acts but has no government of its own
    {"a1": CAPITAL + "Ostel denied the charge on Monday.\n"},
    # two articles that leave two different states
    {"a1": CAPITAL + "The Ostel regime denied the charge on Monday.\n",
     "a2": "Trade\n\nIn Velmir, the capital of Kessaria, officials met envoys of the Republic of Morvia. Ostel announced a boycott.\n"},
])
def test_capitals_governed_look_alikes_join_nothing(nlp, articles):
    actors = _actors(nlp, articles)
    assert _state_of_city(actors, "Ostel") is None
