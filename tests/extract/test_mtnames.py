"""Outlets called by their last word and outlet head words (extract/mtnames.py, missed.py, institutions.yaml).
Every outlet, city and sentence here is invented."""
from __future__ import annotations

import pytest

from claimgraph.extract.mentions import find_mentions
from claimgraph.model import Document

pytestmark = pytest.mark.model


def run(nlp, text):
    return find_mentions(Document(id="dtest", path="test.txt", text=text), nlp(text))


def named(mentions, name):
    found = [m for m in mentions if m.name == name]
    assert found, f"no mention {name!r} in {[m.name for m in mentions]}"
    return found


@pytest.mark.parametrize("text,short,full", [
    # a word the knowledge base knows as another outlet: the article's own outlet wins
    ("Rebels shelled Vestra, the Vestra Times reported. The Times said 14 people died.", "Times", "Vestra Times"),
    # a head word the model tags as a product
    ("The Vestra Courier said the shelling lasted two hours. According to the Courier, 14 people died.",
     "Courier", "Vestra Courier"),
])
def test_mtnames_outlet_by_its_last_word_is_the_article_outlet(nlp, text, short, full):
    mentions = run(nlp, text)
    assert {m.local_key for m in named(mentions, short)} == {full}


@pytest.mark.parametrize("text", [
    # no local outlet of that name: the known outlet stays
    "Rebels shelled Vestra overnight. The Times said 14 people died.",
    # two local outlets with that word: which one is meant is unknown
    "The Vestra Times and the Kessel Times disagree. The Times said 14 people died.",
])
def test_mtnames_outlet_by_its_last_word_look_alikes(nlp, text):
    mentions = run(nlp, text)
    assert all(m.local_key not in ("Vestra Times", "Kessel Times") for m in named(mentions, "Times"))


@pytest.mark.parametrize("text,outlet", [
    ("Rebels shelled the outskirts of Vestra, the Vestra Echo reported.", "Vestra Echo"),
    ("Rebels shelled the outskirts of Vestra, the Vestra Mail reported.", "Vestra Mail"),
    ("Rebels shelled the outskirts of Vestra, the Vestra Voice reported.", "Vestra Voice"),
])
def test_mtnames_outlet_named_after_a_city_is_media_and_the_city_a_place(nlp, text, outlet):
    mentions = run(nlp, text)
    assert {m.kind for m in named(mentions, outlet)} == {"media"}
    assert {m.kind for m in named(mentions, "Vestra")} == {"place"}


@pytest.mark.parametrize("text,person,state", [
    # after a title's "of" chain, the state also written alone elsewhere in the article
    ("The defence minister of Varnholt Marek Salvin said the claim was false. Varnholt denied the charge.",
     "Marek Salvin", "Varnholt"),
    # in any position: a word before a given name that also stands alone is no first name
    ("Dorsk Tomas Berling said on Friday that the talks had failed. Dorsk would defend its borders, he said.",
     "Tomas Berling", "Dorsk"),
    # a state the article teaches, read by the model as a place glued to the minister's name
    ("Pellavian officials protested. The minister of foreign affairs of Pellavia Adrian Tovek declared that "
     "Pellavia would defend itself.", "Adrian Tovek", "Pellavia"),
])
def test_mtnames_state_glued_before_a_person_is_cut_off(nlp, text, person, state):
    mentions = run(nlp, text)
    assert {m.kind for m in named(mentions, person)} == {"person"}
    # the state is never a person, nor part of one
    assert not [m for m in mentions if m.kind == "person" and state in (m.local_key or m.name)]


@pytest.mark.parametrize("text,person", [
    # the first word never stands alone and is no state: a three-word name stays whole
    ("Ostrander Tomas Halberg, an analyst, said the talks had failed. Halberg expects more fighting.",
     "Ostrander Tomas Halberg"),
    # a title word standing alone ("the President said") is no state before the name
    ("President Marek Salvin said the claim was false. The President denied the charge.", "Marek Salvin"),
])
def test_mtnames_state_glued_before_a_person_look_alikes(nlp, text, person):
    mentions = run(nlp, text)
    assert {m.local_key for m in mentions if m.kind == "person" and m.name.endswith(person.split()[-1])} == {person}


@pytest.mark.parametrize("text,org", [
    # a company after a title's "of" chain whose first word stands alone: its name stays whole
    ("The chairman of Dorval Mining Group said output fell. Dorval has mines in the north.", "Dorval Mining Group"),
])
def test_mtnames_company_after_a_title_chain_stays_whole(nlp, text, org):
    mentions = run(nlp, text)
    assert org in {m.name for m in mentions}
    assert not [m for m in mentions if m.kind == "person" and m.name in ("Mining Group", "Dorval Mining")]


@pytest.mark.parametrize("text,person", [
    # the model reads the whole as an organisation after a title's "of" chain; the state stands alone later
    ("Said the foreign minister of Brakmund Ostil Varre, the ceasefire was broken. Brakmund will respond.",
     "Ostil Varre"),
    ("According to the minister of defence of Torvald Emrik Saase, the navy is ready. Torvald has no ships.",
     "Emrik Saase"),
])
def test_mtnames_state_glued_before_a_person_read_as_organisation(nlp, text, person):
    mentions = run(nlp, text)
    assert {m.kind for m in named(mentions, person)} == {"person"}


def _person(name, key, start):
    from claimgraph.model import Mention
    return Mention(id="", doc="d", start=start, end=start + len(name), text=name, name=name, kind="person",
                   label="PERSON", local_key=key)


@pytest.mark.parametrize("word,places,unlinked", [
    ("Quelvary", set(), False),          # no sign of a state: left to the person
    ("Quelvary", {"Quelvary"}, True),    # the article tags it a place elsewhere
    ("Ostravia", set(), True),           # shaped like a state's name
    ("Peru", set(), True),               # a country the knowledge base lists
    ("Anna", {"Anna"}, False),           # a given name stays the person's
])
def test_mtnames_bare_state_word_is_no_mention_of_the_person_it_opens(word, places, unlinked):
    from claimgraph.extract.mtnames import unlink_state_words
    full = _person(f"{word} Ilvaro", f"{word} Ilvaro", 0)
    bare = _person(word, f"{word} Ilvaro", 40)
    unlink_state_words([full, bare], places)
    assert (bare.kind != "person" and bare.local_key == word) is unlinked
    assert full.kind == "person"


def test_mtnames_given_name_before_a_surname_tagged_alone(nlp):
    # the model tags only "Vostrova" (as an organisation): the unlisted given name before it is the person's
    text = ("Envoy speaks\n\nMirela Vostrova said on Monday that the Tavrenian government wanted talks. "
            "Vostrova gave no date.")
    mentions = run(nlp, text)
    assert {m.kind for m in named(mentions, "Mirela Vostrova")} == {"person"}


@pytest.mark.parametrize("text,name", [
    # a state before the name is no given name
    ("Envoy speaks\n\nTavrenia Vostrova said on Monday that talks were over. Tavrenia is calm.", "Vostrova"),
    # a title before the name is no given name
    ("Envoy speaks\n\nMinister Vostrova said on Monday that talks were over. Vostrova gave no date.", "Vostrova"),
])
def test_mtnames_given_name_before_a_surname_look_alikes(nlp, text, name):
    mentions = run(nlp, text)
    first = text.split()[2]
    assert not [m for m in mentions if m.kind == "person" and m.name == f"{first} {name}"]
