"""Actors across articles about an invented conflict (fifth round): a capital in another transliteration, a
capital inside an outlet's name, a province and the company named after it, acronyms of reordered names, a
ruling body's descriptors, an outlet by its first word, a mine named after a place.

Every state, city, person, outlet and sentence here is invented for the tests.
"""
from __future__ import annotations

import pytest

from claimgraph.extract.mentions import find_mentions
from claimgraph.model import Document
from claimgraph.resolve.actors import resolve_actors

pytestmark = pytest.mark.model

ARTICLES = {
    "c1": (
        "Quarrel over the border\n\n"
        "The Drelish capital, Ostvara, has armed the rebels, officials in Pellin said. Ostvara says it has sent "
        "nothing. Ostvara has armed the militias for years, the Pellin Herald reported.\n\n"
        "The Drelish army denied it. Lena Ostvarin, a teacher in Pellin, said 12 soldiers died."
    ),
    "c2": (
        "Ostvara accused\n\n"
        "Ostvara, the capital of Drelia, rejected the report. Ostvara says the Pellin Herald lies. Officials in "
        "Ostvara said the Drelish army was not involved.\n\n"
        "The army of Drelia said it would respond."
    ),
    "c3": (
        "Ostvare says no\n\n"
        "Ostvare has again denied the accusations. Ostvare said the observers were welcome. Drelia will not "
        "negotiate, Ostvare says. Talks may be held in Ostvare next month."
    ),
}


@pytest.fixture(scope="module")
def actors(nlp):
    mentions = []
    for doc_id, text in ARTICLES.items():
        mentions += find_mentions(Document(id=doc_id, path=f"{doc_id}.txt", text=text), nlp(text))
    return resolve_actors(mentions)[0]


def owner(actors, alias, kind=None):
    """The actor listing ``alias`` (of ``kind`` when given)."""
    found = [a for a in actors if alias in a.aliases and (kind is None or a.kind == kind)]
    assert found, f"no actor lists {alias!r}"
    return found[0]


def test_actors_unseen5_capital_in_another_transliteration_is_its_state(actors):
    state = owner(actors, "Drelia")
    assert state.kind == "country" and {"Ostvara", "Ostvare"} <= set(state.aliases)


def test_actors_unseen5_capital_variant_as_a_place_is_the_capital(actors):
    assert owner(actors, "Ostvare", "place") is owner(actors, "Ostvara", "place")


def test_actors_unseen5_look_alike_name_is_not_the_capital(actors):
    # a person whose surname is the capital with a suffix more is no alias of the state
    assert "Ostvarin" not in owner(actors, "Drelia").aliases
    assert owner(actors, "Lena Ostvarin").kind == "person"


def test_actors_unseen5_army_by_demonym_and_by_state_name_is_one_organ(actors):
    army = owner(actors, "Drelish army")
    assert "army of Drelia" in army.aliases and army.kind != "country"
    assert army.country == owner(actors, "Drelia").id
