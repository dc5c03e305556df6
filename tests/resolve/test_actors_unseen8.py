"""Actors across articles (round 7): a camp or a crossing called by its name alone, an organisation's name less
its suffix ("International"), a state's name in another transliteration.

Every state, city, camp, organisation, person and sentence here is invented for the tests.
"""
from __future__ import annotations

import pytest

from claimgraph.extract.mentions import find_mentions
from claimgraph.extract.names import translit
from claimgraph.model import Document
from claimgraph.resolve.actors import resolve_actors

pytestmark = pytest.mark.model

ARTICLES = {
    "c1": "Shelling near the Zelvra refugee camp killed nine people on Monday, the Norvanian army said. Most of "
          "the 80,000 refugees in Zelvra fled the fighting in Ostmark. Aid workers of Brightwell Aid International "
          "(BAI) reached the Pellan crossing on Tuesday. The Norvanian government denied the shelling.",
    "c2": "In the camp Zelvra were delivered the tents. Brightwell Aid said the convoy passed the crossing "
          "Pellan. By the police of Norvaniya were detained six men.",
    "c3": "Inside Zelvra camp, food ran short. Brightwell Aid said the road to Zelvra was cut. Rainer Oskam, "
          "country director of Brightwell Aid International, said the crossing Pellan was open.",
    # look-alikes: a mine named after a town stays apart from the town; two organisations sharing a first word
    "c4": "Workers at the Tarnow copper mine went on strike. The town of Tarnow is quiet, residents of Tarnow "
          "said. Brightwell Foods said its plant in Tarnow was closed. Brightwell Aid said nothing.",
}


@pytest.fixture(scope="module")
def actors(nlp):
    mentions = []
    for key, text in ARTICLES.items():
        mentions += find_mentions(Document(id=key, path=f"{key}.txt", text=text), nlp(text))
    found, owner, _ = resolve_actors(mentions)
    return found


def owner(actors, alias):
    hits = [a for a in actors if alias in a.aliases or a.name == alias]
    assert len(hits) == 1, (alias, [(a.name, a.aliases) for a in hits])
    return hits[0]


@pytest.mark.parametrize("a,b", [
    ("Zelvra", "Zelvra camp"),
    ("Zelvra", "camp Zelvra"),
    ("Zelvra refugee camp", "Zelvra camp"),
])
def test_actors_unseen8_camp_by_its_name_alone(actors, a, b):
    assert owner(actors, a).id == owner(actors, b).id


def test_actors_unseen8_crossing_forms_are_one_place(actors):
    assert owner(actors, "Pellan crossing").id == owner(actors, "crossing Pellan").id


def test_actors_unseen8_mine_stays_apart_from_its_town(actors):
    assert owner(actors, "Tarnow").id != owner(actors, "Tarnow copper mine").id


@pytest.mark.parametrize("a,b", [
    ("Brightwell Aid", "Brightwell Aid International"),
    ("Brightwell Aid", "BAI"),
    ("Brightwell Aid International", "BAI"),
])
def test_actors_unseen8_organisation_less_its_suffix(actors, a, b):
    assert owner(actors, a).id == owner(actors, b).id
    assert owner(actors, a).kind == "organization"


def test_actors_unseen8_organisations_sharing_a_first_word_stay_apart(actors):
    assert owner(actors, "Brightwell Aid").id != owner(actors, "Brightwell Foods").id


@pytest.mark.parametrize("a,b,same", [
    ("Tarquelia", "Tarkelia", True),        # Romance "qu" before e/i
    ("Marquino", "Markino", True),
    ("Ondhava", "Ondava", True),            # Arabic/Persian "dh", "gh"
    ("Ghalibar", "Galibar", True),
    ("Quarvel", "Karvel", False),           # "qu" before a: /kw/
    ("Ondhava", "Ontava", False),
])
def test_actors_unseen8_transliteration_folds(a, b, same):
    assert (translit(a) == translit(b)) == same


GOVERNMENTS = {
    # one article teaches the capital; the others name the government by it
    "g1": "Tesselvik, the capital of Brevosia, was calm on Monday. The Brevosian government denied the raid.",
    "g2": "Refugees blamed the Tesselvik regime for the raid. The regime in Tesselvik has stopped every convoy.",
    "g3": "In return the government in Tesselvik will free ten prisoners. The Tesselvik authorities said nothing.",
    # a city no article makes a capital keeps a government of its own, with no state
    "g4": "Traders said the Orlavik authorities closed the market. Brevosia said nothing.",
}


@pytest.fixture(scope="module")
def governments(nlp):
    mentions = []
    for key, text in GOVERNMENTS.items():
        mentions += find_mentions(Document(id=key, path=f"{key}.txt", text=text), nlp(text))
    found, _, _ = resolve_actors(mentions)
    return found


@pytest.mark.parametrize("alias", ["Tesselvik regime", "regime in Tesselvik", "government in Tesselvik",
                                   "Tesselvik authorities"])
def test_actors_unseen8_government_named_by_a_capital_is_the_states(governments, alias):
    gov = owner(governments, alias)
    state = owner(governments, "Brevosia")
    assert gov.kind == "government" and gov.country == state.id and gov.id != state.id
    assert gov.id == owner(governments, "Brevosian government").id


def test_actors_unseen8_government_of_an_unknown_city_stays_apart(governments):
    gov = owner(governments, "Orlavik authorities")
    assert gov.country is None and gov.id != owner(governments, "Tesselvik regime").id
