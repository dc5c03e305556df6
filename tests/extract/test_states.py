"""States the knowledge base does not list, learned from one article (extract/states.py), and how mentions
use them. Every state, city and person here is invented for the tests.
"""
from __future__ import annotations

import pytest

from claimgraph.extract.mentions import find_mentions
from claimgraph.extract.states import demonym_stems, learn_states, looks_like_demonym
from claimgraph.model import Document

pytestmark = pytest.mark.model


def run(nlp, text):
    return find_mentions(Document(id="dtest", path="test.txt", text=text), nlp(text))


@pytest.mark.parametrize("word,stem", [("Norvanian", "Norvania"), ("Ostelese", "Ostel"), ("Qarimi", "Qarim"),
                                       ("Tavrians", "Tavria")])
def test_states_demonym_stems(word, stem):
    assert stem in demonym_stems(word)


@pytest.mark.parametrize("word,ok", [("Norvanian", True), ("Kessik", False), ("Brovna", False)])
def test_states_looks_like_demonym(word, ok):
    assert looks_like_demonym(word) == ok


def test_states_formal_name_and_demonym_are_learned(nlp):
    facts = learn_states(nlp("The Federal Republic of Norvania denied the report. Norvanian officials said "
                             "the convoy never left Norvania."))
    assert facts.state_named("Norvania").name == "Norvania"
    assert facts.state_named("the Federal Republic of Norvania").name == "Norvania"
    assert facts.demonym("Norvanian").name == "Norvania"


@pytest.mark.parametrize("text", [
    "Talks were held in the Ostravian capital, Velmir, on Monday. Ostravia said they went well.",
    "Talks were held in Velmir, the Ostravian capital, on Monday. Ostravia said they went well.",
    "Talks were held in the capital of Ostravia, Velmir, on Monday.",
    "Talks were held in Velmir, the capital of Ostravia, on Monday.",
])
def test_states_capital_shapes(nlp, text):
    facts = learn_states(nlp(text))
    assert facts.capital("Velmir") is not None and facts.capital("Velmir").name == "Ostravia"


def test_states_stem_must_be_a_proper_noun_and_no_person(nlp):
    # "Then" is no demonym of "The"; "Corvinian" is no state when Corvin is a person's surname
    facts = learn_states(nlp("The mayor, Ada Corvin, spoke first. Then the Corvinian style of debate took over."))
    assert facts.state_named("The") is None and facts.demonym("Then") is None
    assert facts.state_named("Corvin") is None


def test_states_known_countries_are_not_learned(nlp):
    facts = learn_states(nlp("Egyptian officials said Egypt would host the talks in Cairo, the Egyptian capital."))
    assert not facts.names and not facts.demonyms and not facts.capitals


def test_states_mentions_of_a_learned_state_are_a_country_and_its_officials_belong_to_it(nlp):
    ms = run(nlp, "Norvanian Defence Minister Tomas Ebrel said Norvania would not withdraw. "
                  "The Republic of Norvania has 40,000 troops on the border.")
    norvania = [m for m in ms if m.local_key == "Norvania"]
    assert norvania and {m.kind for m in norvania} == {"country"}
    (ebrel,) = [m for m in ms if m.name == "Tomas Ebrel"]
    assert ebrel.role == "defence minister" and ebrel.affiliation == "Norvania"


def test_states_learned_capital_is_the_state_as_actor_and_a_place_as_location(nlp):
    ms = run(nlp, "Ostravian officials met in Velmir, the Ostravian capital. Ostravia says it wants peace. "
                  "Velmir said on Friday that the border would stay closed.")
    velmir = sorted((m for m in ms if m.name == "Velmir"), key=lambda m: m.start)
    assert [m.kind for m in velmir] == ["place", "country"]
    assert velmir[0].affiliation == "Ostravia" and velmir[1].local_key == "Ostravia"


def test_states_institution_of_a_learned_state_is_split_and_owned(nlp):
    ms = run(nlp, "Norvanian police were on alert. The Ministry of Health of the Republic of Norvania said "
                  "nine people had died.")
    (ministry,) = [m for m in ms if m.name == "Ministry of Health"]
    assert ministry.affiliation == "Norvania" and ministry.kb_id == "inst:health-ministry"
    assert any(m.local_key == "Norvania" and m.name == "Republic of Norvania" for m in ms)


def test_states_possessive_state_in_apposition_gives_affiliation(nlp):
    ms = run(nlp, "Norvanian troops crossed the river. Ilse Varnek, Norvania's foreign minister, has said the talks "
                  "will go on.")
    (v,) = [m for m in ms if m.name == "Ilse Varnek"]
    assert v.role == "foreign minister" and v.affiliation == "Norvania"


def test_states_president_of_the_republic_belongs_to_the_republic_named(nlp):
    ms = run(nlp, "The Ministry of Health of the Republic of Norvania said nine people died. President of the "
                  "Republic Ilka Marvane declared two days of mourning.")
    (p,) = [m for m in ms if m.name == "Ilka Marvane"]
    assert p.affiliation == "Norvania"


def test_states_envoy_for_a_state_the_model_took_for_a_person(nlp):
    ms = run(nlp, "Norvanian officials said the UN special envoy for Norvania, Marisol Quenneville, urged both "
                  "sides to respect the ceasefire.")
    (q,) = [m for m in ms if m.name == "Marisol Quenneville"]
    assert q.kind == "person" and q.role and "envoy" in q.role


def test_states_institutions_in_lower_case_with_their_state(nlp):
    ms = run(nlp, "Norvania denied it. The Norvanian defence ministry said the army of Norvania was ready, and "
                  "the Russian military did not comment.")
    # the organ's own mention (the state's over the same words, "Russian military", is an alias of Russia)
    by = {m.name: m for m in ms if m.kind != "country"}
    assert by["Norvanian defence ministry"].kb_id == "inst:defence-ministry"
    assert by["Norvanian defence ministry"].affiliation == "Norvania"
    assert by["army of Norvania"].kind == "armed_group" and by["army of Norvania"].affiliation == "Norvania"
    assert by["Russian military"].affiliation_kb == "country:RU"


def test_states_bare_head_word_joins_the_last_body_named(nlp):
    ms = run(nlp, "The Ministry of Defence said the attack was prepared abroad. According to the Ministry, twelve "
                  "drones were launched.")
    heads = [m for m in ms if m.name == "Ministry"]
    assert heads and {m.local_key for m in heads} == {"Ministry of Defence"}


def test_states_organ_of_a_known_body(nlp):
    ms = run(nlp, "A UN Panel of Experts report circulated to members says at least 40 contractors were there.")
    (p,) = [m for m in ms if m.name == "UN Panel of Experts"]
    assert p.affiliation_kb == "body:un"


@pytest.mark.parametrize("text", [
    "In Mirvane, Caldovia's junta said it had asked for observers. Caldovia denies arming rebels.",
    "Caldovian officials spoke. The Caldovian government in Mirvane denied it on Monday.",
    "Caldovia rejects the charge. Mirvane, the seat of the Caldovian junta, was calm on Monday.",
])
def test_states_seat_of_a_ruling_organ_is_the_capital(nlp, text):
    facts = learn_states(nlp(text))
    assert facts.capital("Mirvane") is not None and facts.capital("Mirvane").name == "Caldovia"


@pytest.mark.parametrize("text", [
    # a town the gazetteer knows hosts any state's officials
    "In Geneva, Caldovia's government said it had asked for observers. Caldovia denies arming rebels.",
    # "of" a person's name: no seat
    "Caldovian officials spoke. The Caldovian government of Tolvan denied it on Monday.",
    # the organ of a state in a place, not its seat: no possessive, no "in"
    "Caldovia's junta met Mirvane's mayor on Monday. Caldovia denies arming rebels.",
])
def test_states_seat_phrases_that_name_no_capital(nlp, text):
    facts = learn_states(nlp(text))
    assert not {"mirvane", "geneva", "tolvan"} & set(facts.capitals)


@pytest.mark.parametrize("text,body,state", [
    ("The Military Council of National Salvation of Mali declared that the rebels fled.",
     "Military Council of National Salvation", "Mali"),
    ("The Council for National Renewal of Norvania said Norvanian troops were ready.",
     "Council for National Renewal", "Norvania"),
])
def test_states_body_named_with_of_then_its_state_is_split(nlp, text, body, state):
    mentions = run(nlp, text)
    names = {m.name: m for m in mentions}
    assert body in names and names[body].affiliation == state
    assert any(m.kind == "country" and m.local_key == state for m in mentions)


@pytest.mark.parametrize("text,whole", [
    # a formal state name after "of" stays whole with its body
    ("The Bank of the Republic of Norvania said so. Norvanian officials agreed.", "Bank of the Republic of Norvania"),
    # a region is no state
    ("The Union of Coastal States of Africa met on Monday.", "Union of Coastal States of Africa"),
])
def test_states_body_named_with_of_and_no_state_after_stays_whole(nlp, text, whole):
    assert whole in [m.name for m in run(nlp, text)]


@pytest.mark.parametrize("text,place,person", [
    ("The minister of the defence of Kadrowia Oskar Lindkvist rejected the accusations.", "Kadrowia",
     "Oskar Lindkvist"),
    # a longer MT title chain, which the model reads as an organisation
    ("The first deputy of the minister of foreign affairs of Kessaria Milan Dorovic said the talks failed.",
     "Kessaria", "Milan Dorovic"),
    ("According to the deputy of minister of interior of Tarvania Ivo Perak, the border is closed.", "Tarvania",
     "Ivo Perak"),
])
def test_states_state_glued_before_a_full_name_is_cut_off(nlp, text, place, person):
    mentions = run(nlp, text)
    names = [m.name for m in mentions]
    assert place in names and person in names
    assert [m.affiliation for m in mentions if m.name == person] == [place]    # the person serves that state


@pytest.mark.parametrize("text,whole", [
    # no title before the "of": a company named after a place and a person stays whole
    ("The shares of Kessaria Milan Holdings fell on Monday.", "Kessaria Milan Holdings"),
])
def test_states_state_like_word_before_a_name_without_a_title_stays(nlp, text, whole):
    assert whole in [m.name for m in run(nlp, text)]


@pytest.mark.parametrize("text,whole", [
    # a given name the data does not list, then a listed one: one person with two given names
    ("A statement of Mirela Anna Stojkovac was read.", "Mirela Anna Stojkovac"),
    ("The widow of Maria Anna Berg spoke.", "Maria Anna Berg"),
])
def test_states_three_part_names_stay_whole(nlp, text, whole):
    assert whole in [m.name for m in run(nlp, text)]
