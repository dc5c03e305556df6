"""Actors across articles about an invented conflict, from the text to the actors: transliteration variants,
capitals of invented states, a state's organs as its aliases, outlets and bodies that only speak.

Every state, city, person, outlet and sentence here is invented for the tests.
"""
from __future__ import annotations

import pytest

from claimgraph.extract.mentions import find_mentions
from claimgraph.model import Document
from claimgraph.resolve.actors import resolve_actors

pytestmark = pytest.mark.model

ARTICLES = {
    "a1": (
        "Savrenia accuses Lindoria of raids\n\n"
        "KOSTRAN, 4 March (Savrenian Telegraph Agency) - The Ministry of Foreign Affairs of the Republic of "
        "Savrenia on Tuesday accused Lindoria of shelling villages near Pelno.\n\n"
        "Foreign Minister Tomir Halvic said at least 12 civilians had died. \"Lindoria will answer for this,\" "
        "Halvic told the Savrenian Telegraph Agency (STA).\n\n"
        "The armed forces of Savrenia were placed on alert. The Savrenian government asked the UN to send "
        "observers. The Ministry of Health of Savrenia said 40 people were wounded.\n\n"
        "Arvel, the capital of Tavoria, called for restraint. According to the Marlow Review, the Kesvale Group "
        "has supplied drones to the region."
    ),
    "a2": (
        "Lindoria rejects claims\n\n"
        "Lindoria on Wednesday rejected accusations by Sawrenia that its troops had shelled villages.\n\n"
        "\"These are lies,\" said Lindorian Foreign Minister Adela Prane, replying to Tomer Halvik. Halvik had "
        "said 12 people died. The Sawrenian side has produced no evidence, Prane said. Lindorian intelligence "
        "says the drones came from Keswale. Keswale denied supplying anyone.\n\n"
        "Arvel said on Wednesday it was ready to host talks. The UN panel on arms flows said it would look "
        "into the claims. The Republic of Sawrenia has not responded, the STA reported."
    ),
    "a3": (
        "Panel reports on drones\n\n"
        "The UN Panel of Experts said in a report that the Kesvale Group delivered 30 drones in January.\n\n"
        "Officials in Arvel, Tavoria's capital, said they would study the report. Tavoria has offered to "
        "mediate. The Marlow Review first reported the shipments. Halvik declined to comment."
    ),
}


@pytest.fixture(scope="module")
def actors(nlp):
    mentions = []
    for doc_id, text in ARTICLES.items():
        mentions += find_mentions(Document(id=doc_id, path=f"{doc_id}.txt", text=text), nlp(text))
    found, _, _ = resolve_actors(mentions)
    return found


def owner(actors, alias, kind=None):
    """The actors listing ``alias`` (of ``kind``)."""
    return [a for a in actors if alias in a.aliases and (kind is None or a.kind == kind)]


def same_actor(actors, *aliases):
    return any(all(x in a.aliases for x in aliases) for a in actors)


@pytest.mark.parametrize("a,b", [
    ("Savrenia", "Sawrenia"),                      # v/w in a state's name
    ("Republic of Savrenia", "Republic of Sawrenia"),
    ("Tomir Halvic", "Tomer Halvik"),              # one vowel and c/k in both parts of a person's name
    ("Tomir Halvic", "Halvik"),
    ("Kesvale Group", "Keswale"),                  # an organisation without its suffix, v/w
])
def test_actors_unseen_transliteration_variants_are_one_actor(actors, a, b):
    assert same_actor(actors, a, b)


def test_actors_unseen_capital_of_an_invented_state_is_the_state(actors):
    assert same_actor(actors, "Tavoria", "Arvel")
    assert owner(actors, "Arvel", "country")[0].name == "Tavoria"


@pytest.mark.parametrize("alias", ["Sawrenian side", "Republic of Sawrenia"])
def test_actors_unseen_state_apparatus_words_are_aliases_of_the_state(actors, alias):
    assert same_actor(actors, "Savrenia", alias)


def test_actors_unseen_government_is_an_organ_of_its_state(actors):
    # a government is kept apart from its state, as its ministries are; its country is the state
    government = owner(actors, "Savrenian government")[0]
    assert government.kind == "government" and government.country == owner(actors, "Savrenia", "country")[0].id


@pytest.mark.parametrize("alias", [
    "Ministry of Foreign Affairs of the Republic of Savrenia", "Ministry of Health of Savrenia",
    "armed forces of Savrenia", "Lindorian intelligence",
])
def test_actors_unseen_institutions_are_not_aliases_of_their_state(actors, alias):
    # a ministry, the armed forces, intelligence: organisations of their own whose country is the state
    assert not owner(actors, alias, "country")


def test_actors_unseen_named_ministries_stay_actors_of_their_own(actors):
    ministry = owner(actors, "Ministry of Health", "organization")
    state = owner(actors, "Savrenia", "country")[0]
    assert ministry and ministry[0].country == state.id


def test_actors_unseen_outlets_and_bodies_that_speak(actors):
    agency = owner(actors, "Savrenian Telegraph Agency")
    assert agency and agency[0].kind == "media" and "STA" in agency[0].aliases
    assert owner(actors, "Marlow Review", "media")
    assert same_actor(actors, "UN Panel of Experts", "UN panel")
    # a news agency of an invented state is no branch of a known paper of the same word
    assert not any(a.kb_id and a.kb_id.startswith("media:") for a in agency)
