"""Round 7 hints of whose capital a city is (extract/capitalhints.py, resolve/capitals.py): a learned state's
official speaking in the city, a wire dateline placing the city in a state, an ambassador in the city.

Every state, city, person, outlet and sentence here is invented for the tests.
"""
from __future__ import annotations

import pytest

from claimgraph.extract.capitalhints import capital_hints
from claimgraph.extract.mentions import find_mentions
from claimgraph.extract.states import doc_states
from claimgraph.model import Document
from claimgraph.resolve.actors import resolve_actors

pytestmark = pytest.mark.model


def hints_of(nlp, text):
    doc = nlp(text)
    mentions = find_mentions(Document(id="t", path="t.txt", text=text), doc)
    return capital_hints(doc, doc_states(doc), mentions)


def shapes(hints, city, state=None):
    return {s for name, by_state in hints.get(city, {}).items() if state in (None, name) for s in by_state}


@pytest.mark.parametrize("text", [
    # a title with no state, the state from its ministry of that portfolio
    "Norvania's interior ministry said the border was calm. Interior Minister Ada Velkstrom told reporters in "
    "Kelmor that no unit had moved.",
    # a title with the state, then "speaking in"
    "Norvanian Foreign Minister Tomas Relling, speaking in Kelmor, said the border was calm. Norvania wants a deal.",
    # an apposition between the name and the place
    "Piet Dassenvaal, Norvania's defence minister, said in Kelmor that the drills would go on. Norvania is calm.",
    # other verbs of one meaning
    "Norvania's interior ministry said the border was calm. Interior Minister Ada Velkstrom briefed reporters "
    "in Kelmor on Monday.",
    "Norvania's interior ministry said the border was calm. Interior Minister Ada Velkstrom, speaking to reporters "
    "in Kelmor, said no unit had moved.",
])
def test_capitalhints_official_of_a_state_speaking_in_a_city_is_a_seat(nlp, text):
    assert "seat" in shapes(hints_of(nlp, text), "kelmor", "Norvania")


@pytest.mark.parametrize("text", [
    # away from home: talks, a visit
    "Norvanian Foreign Minister Tomas Relling told reporters in Kelmor after talks with his hosts that he was "
    "hopeful. Norvania wants a deal.",
    # an official of no state
    "Analyst Ada Velkstrom told reporters in Kelmor that the army had moved. Norvania denied it.",
    # the city placed in a state by the text itself
    "Norvanian Foreign Minister Tomas Relling said in Kelmor, Tavrenia, that the border was calm.",
])
def test_capitalhints_official_seat_look_alikes_give_no_hint(nlp, text):
    assert "seat" not in shapes(hints_of(nlp, text), "kelmor")


@pytest.mark.parametrize("text,city,state", [
    ("VELMORA, Norvania, Nov 3 (Harbour Wire) - Norvania closed its border on Monday, the Norvanian army said.",
     "velmora", "Norvania"),
    ("VELMORA, Norvania, 3 May - The Norvanian army went on alert, Norvania's defence ministry said.",
     "velmora", "Norvania"),
    ("KESTRAND, Tavrenia, March 9 (Plateau Press) - Tavrenian and Norvanian officials traded blame on Friday "
     "after a border clash in Tavrenia.", "kestrand", "Tavrenia"),
])
def test_capitalhints_dateline_places_the_city_in_a_state(nlp, text, city, state):
    assert "placed" in shapes(hints_of(nlp, text), city, state)


@pytest.mark.parametrize("text,city", [
    ("VELMORA, Nov 3 (Harbour Wire) - Norvania closed its border on Monday, the Norvanian army said.", "velmora"),
    ("VELMORA, Western Province, Nov 3 - Norvania closed its border, the Norvanian army said.", "velmora"),
    ("Velmora is a quiet town in Norvania, where the Norvanian army went on alert on Monday.", "velmora"),
])
def test_capitalhints_dateline_look_alikes_place_nothing(nlp, text, city):
    assert "placed" not in shapes(hints_of(nlp, text), city)


@pytest.mark.parametrize("text", [
    "Tavrenia summoned the Norvanian ambassador in Kestrand to protest. Norvania said nothing.",
    "Tavrenia said Norvania's ambassador in Kestrand had been summoned. Norvania said nothing.",
    "Tavrenia said the ambassador of Norvania in Kestrand was summoned on Monday. Norvania said nothing.",
])
def test_capitalhints_ambassador_in_a_city_hints_a_host(nlp, text):
    assert "embassy" in shapes(hints_of(nlp, text), "kestrand")


@pytest.mark.parametrize("text", [
    "Tavrenia summoned the Norvanian consul in Kestrand to protest. Norvania said nothing.",
    "The Norvanian ambassador to the Plateau Council, Ida Brenn, said Tavrenia was wrong about Kestrand.",
])
def test_capitalhints_ambassador_look_alikes_give_no_host(nlp, text):
    assert "embassy" not in shapes(hints_of(nlp, text), "kestrand")


ARTICLES = {
    # a wire filed from the city, placed in its state; the other side's ambassador there
    "w1": "KESTRAND, Tavrenia, Nov 3 (Harbour Wire) - Tavrenia's government summoned the Norvanian ambassador "
          "in Kestrand on Monday. Norvanian Defence Minister Ada Velkstrom told reporters in Velmora that the "
          "strike hit only fighters. Norvania and Tavrenia both claim the valley.",
    # both cities act as their states; neither article says which is whose capital
    "w2": "Kestrand says the toll is 40. Velmora insists that the strike hit a depot. Tavrenia and Norvania "
          "met in Lisbon.",
}


@pytest.fixture(scope="module")
def corpus(nlp):
    mentions = []
    for key, text in ARTICLES.items():
        mentions += find_mentions(Document(id=key, path=f"{key}.txt", text=text), nlp(text))
    actors, owner, _ = resolve_actors(mentions)
    return {a.name: a for a in actors}, {m.id: owner.get(m.id) for m in mentions}, mentions


def actor_of(corpus, doc, name):
    actors, owner, mentions = corpus
    ids = {owner[m.id] for m in mentions if m.doc == doc and m.name == name and not m.pronoun}
    return ids


def test_capitalhints_round7_cities_join_their_states_across_articles(corpus):
    actors, _, _ = corpus
    by_id = {a.id: a for a in actors.values()}
    assert actor_of(corpus, "w2", "Kestrand") == {actors["Tavrenia"].id}
    assert actor_of(corpus, "w2", "Velmora") == {actors["Norvania"].id}
    assert by_id[actors["Tavrenia"].id].id != actors["Norvania"].id


def keys_of(nlp, text):
    doc = nlp(text)
    return [(m.name, m.kind, m.local_key) for m in find_mentions(Document(id="t", path="t.txt", text=text), doc)]


@pytest.mark.parametrize("text,name", [
    ("Brevosia said the Tesselvik regime shelled the valley on Monday.", "Tesselvik regime"),
    ("Bloggers say the regime in Tesselvik lies about the toll.", "regime in Tesselvik"),
    ("In return the government in Tesselvik will free ten prisoners, the mediators said.", "government in Tesselvik"),
    ("Brevosia said the Tesselvik authorities have inflated the figures.", "Tesselvik authorities"),
    ("These steps reply to the penalties that the government of Tesselvik had planned.", "government of Tesselvik"),
])
def test_capitalhints_city_government_is_a_government_mention(nlp, text, name):
    found = keys_of(nlp, text)
    assert (name, "government", "government (Tesselvik)") in found, found


@pytest.mark.parametrize("text", [
    "The Tesselvik city council met on Monday to discuss the floods.",      # a word between: a town's council
    "The port authority in Tesselvik closed the harbour on Monday.",        # "authority": a port's
    "Brevosia accused the government of Halvard Stenmo of lying.",          # a person's government
    "The Brevosian regime denied the report on Monday.",                    # a demonym, not a city
    "The Tesselvik government denied the report on Monday.",                # as often a state's name
])
def test_capitalhints_city_government_look_alikes(nlp, text):
    found = keys_of(nlp, text)
    assert not any(k.startswith("government (") and "Brevosia" not in k for _, _, k in found), found


@pytest.mark.parametrize("text", [
    "STATEMENT\n\nThe Ministry of Energy of the Republic of Norvania informs that the pipeline was repaired. The "
    "Ministry warns the Velmar authorities that any new attack will be answered. The Ministry thanks its partners.",
    "The Ministry of Transport of the Republic of Norvania said the bridge was open. The Ministry calls on "
    "Kessaria to stop the shelling. The Ministry reminds that the road is closed.",
    "The Ministry of Health of the Republic of Norvania reports 40 new cases. The Ministry considers the claims "
    "of the Velmar authorities false. The Ministry expresses its thanks to the doctors.",
])
def test_capitalhints_the_ministry_after_its_full_name_is_that_ministry(nlp, text):
    found = keys_of(nlp, text)
    ministry = [k for n, _, k in found if n.startswith("Ministry of")]
    bare = [(kind, k) for n, kind, k in found if n == "Ministry"]
    assert ministry and bare and all(k == ministry[0] and kind == "organization" for kind, k in bare), found


@pytest.mark.parametrize("word", ["Ministry", "Council", "Parliament", "Army"])
def test_capitalhints_a_head_word_is_no_city(nlp, word):
    text = f"The {word} warns the Velmar authorities. The {word} insists that Norvania is right. Norvanian troops moved."
    hints = capital_hints(nlp(text), doc_states(nlp(text)))
    assert word.lower() not in hints
