"""Actors across articles about an invented conflict (round 5): a state glued before a minister's name, a
state's branches of the armed forces, its defence ministry named three ways, outlets called by a short name.

Every state, city, person, outlet and sentence here is invented for the tests.
"""
from __future__ import annotations

import pytest

from claimgraph.extract.mentions import find_mentions
from claimgraph.model import Document
from claimgraph.resolve.actors import resolve_actors

pytestmark = pytest.mark.model

ARTICLES = {
    "e1": (
        "Kestavia and Morland trade blame over sunk ferry\n\n"
        "The Kestavian foreign minister, Irena Dolvik, accused Morland on Monday of sinking a ferry. Dolvik said "
        "the Morlandic navy had fired first. The Kestavian armed forces said 11 sailors died. The Kestavian army "
        "said it was on alert. The Kestavian defence ministry said it had sent two frigates. The Morlandic army "
        "denied any role. Analyst Ostrander Tomas Halberg said both sides were exaggerating."
    ),
    "e2": (
        "Morland rejects the claims\n\n"
        "Morland Tovan Reksel said on Tuesday that the ferry was never attacked. Reksel blamed the weather. "
        "The naval staff of Morland said its ships had not left port. The Royal Navy of Morland said its boats "
        "were in harbour. The Ministry of Defence of the Republic of Kestavia said its frigates were on patrol."
    ),
    "e3": (
        "Inquiry demanded\n\n"
        "The Kestavian ministry of defence said 12 sailors died. The Royal Morland Navy said nothing. Orbis News Service said 14 died; Orbis later "
        "corrected the figure. The Morland Almanac called the claim absurd; the Almanac said Morland had no ships "
        "there. Halberg said the inquiry would take months."
    ),
    "e4": (
        "Selmarya says no troops crossed\n\n"
        "The Republic of Selmarya rejects the accusations, said the analyst Lydia Marko. Korin says the troops "
        "are on their side of the border. Peter Dalen, a diplomat, and Peter Dahlen, a reporter, disagreed about "
        "the risk. Dahlen said the risk was low; Dalen said it was high."
    ),
    "e5": (
        "Selmarian troops on the move\n\n"
        "Selmarian forces crossed into Tavrenia on Sunday, the Tavrenian government said. Korrin, the capital of "
        "Selmaria, said its troops were on exercises. Analyst Lidia Marko said Selmaria wanted the valley."
    ),
    "e6": (
        "Two neighbours\n\n"
        "Selmaria and Salmaria are neighbours: Korrin is the capital of Selmaria, and Vadel is the capital of "
        "Salmaria. Salmarian officials said on Monday that Salmaria would stay neutral."
    ),
    "e7": (
        "Tidewell Daily under fire\n\n"
        "The Tidewell Daily reported that 40 sailors were missing. Tidewell later corrected the figure. Morland "
        "said the report was false. Morland's navy denied it."
    ),
}


@pytest.fixture(scope="module")
def actors(nlp):
    mentions = []
    for doc_id, text in ARTICLES.items():
        mentions += find_mentions(Document(id=doc_id, path=f"{doc_id}.txt", text=text), nlp(text))
    return resolve_actors(mentions)[0]


def owner(actors, alias):
    found = [a for a in actors if alias in a.aliases]
    assert found, f"no actor lists {alias!r}: {[(a.name, a.aliases) for a in actors]}"
    return found[0]


def test_actors_unseen6_state_glued_before_a_person_stays_the_state(actors):
    # "Morland Tovan Reksel": the corpus knows Morland for a state (e1), so he is Tovan Reksel
    person = owner(actors, "Tovan Reksel")
    assert person.kind == "person" and "Morland" not in person.aliases
    assert owner(actors, "Morland").kind == "country"


def test_actors_unseen6_person_whose_first_word_is_no_state_stays_whole(actors):
    assert owner(actors, "Ostrander Tomas Halberg").kind == "person"
    assert "Halberg" in owner(actors, "Ostrander Tomas Halberg").aliases


def test_actors_unseen6_navy_and_army_are_apart(actors):
    navy, army = owner(actors, "Morlandic navy"), owner(actors, "Morlandic army")
    assert navy.id != army.id
    assert owner(actors, "Kestavian army").id != navy.id


def test_actors_unseen6_organs_of_one_state_join_and_keep_their_state(actors):
    morland = owner(actors, "Morland")
    navy = owner(actors, "Morlandic navy")
    assert {"naval staff of Morland", "Royal Navy of Morland", "Royal Morland Navy"} <= set(navy.aliases)
    assert navy.country == morland.id
    # armed forces and army: one organ (the gold convention of the sets so far)
    assert owner(actors, "Kestavian armed forces").id == owner(actors, "Kestavian army").id
    ministry = owner(actors, "Kestavian defence ministry")
    assert {"Kestavian ministry of defence", "Ministry of Defence"} <= set(ministry.aliases)
    assert ministry.country == owner(actors, "Kestavia").id


def test_actors_unseen6_outlets_by_short_name(actors):
    assert owner(actors, "Orbis").id == owner(actors, "Orbis News Service").id
    almanac = owner(actors, "Morland Almanac")
    assert almanac.kind == "media" and "Almanac" in almanac.aliases
    # the outlet named after the state does not swallow the state
    assert owner(actors, "Morland").id != almanac.id


def test_actors_unseen6_transliteration_variants_join(actors):
    state = owner(actors, "Selmaria")
    assert {"Republic of Selmarya", "Korrin", "Korin"} <= set(state.aliases)
    assert owner(actors, "Lydia Marko").id == owner(actors, "Lidia Marko").id


def test_actors_unseen6_look_alike_people_of_one_article_stay_apart(actors):
    # a diplomat and a reporter one letter apart, both named in full in one article: two people
    assert owner(actors, "Peter Dalen").id != owner(actors, "Peter Dahlen").id


@pytest.mark.parametrize("text,others", [
    ("Foreign Minister Tarvo Quenn accused Morland of lying on Monday. \"We have proof,\" Quenn said. The foreign "
     "minister added that Kestavia would appeal.", 0),
    # a second minister of another portfolio: "the foreign minister" is still Quenn, the defence minister is not
    ("Foreign Minister Tarvo Quenn accused Morland of lying. Defence Minister Ivo Marrek said the navy was ready. "
     "The foreign minister added that Kestavia would appeal.", 1),
])
def test_actors_unseen6_title_speakers_are_one_person(nlp, text, others):
    from claimgraph.extract.analyse import analyse
    result = analyse(Document(id="s1", path="s1.txt", text=text), nlp(text))
    actors, mention_actor, _ = resolve_actors(result.mentions)
    quenn = next(a for a in actors if "Tarvo Quenn" in a.aliases)
    speakers = [mention_actor[c.speaker_mention] for c in result.claims if c.speaker_mention]
    assert speakers.count(quenn.id) >= 3 - others and len(set(speakers)) == 1 + others


def test_actors_unseen6_look_alike_states_of_one_article_stay_apart(actors):
    # two states one vowel apart, each with its own capital in one article: never one state
    selmaria, salmaria = owner(actors, "Selmaria"), owner(actors, "Salmaria")
    assert selmaria.id != salmaria.id and "Vadel" in salmaria.aliases and "Vadel" not in selmaria.aliases


def test_actors_unseen6_outlet_by_its_first_word(actors):
    assert owner(actors, "Tidewell").id == owner(actors, "Tidewell Daily").id


def test_actors_unseen6_state_read_as_a_place_owns_its_navy(actors):
    # "Morland's navy" where the article reads Morland as a place: its shape says a state
    assert "navy" in owner(actors, "Morlandic navy").aliases


@pytest.mark.parametrize("text", [
    "Selvo's police said the road was closed. Fighting continued in Selvo.",   # a town's possessive
])
def test_actors_unseen6_town_possessive_owns_no_institution(nlp, text):
    mentions = find_mentions(Document(id="t", path="t.txt", text=text), nlp(text))
    assert not [m for m in mentions if m.name == "police" and m.affiliation == "Selvo"]
