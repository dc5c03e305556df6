"""A city named by a state's ruling organ, and the dateline under a state's own masthead: hints of whose capital
a city is (extract/capitalacts.py, read by extract/capitalhints.py and resolve/capitals.py).

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


def hints_of(nlp, text, raw=None):
    doc = nlp(text)
    find_mentions(Document(id="t", path="t.txt", text=text, raw_text=raw), doc)
    return capital_hints(doc, doc_states(doc))


def shapes(hints, city):
    return {s for by_state in hints.get(city, {}).values() for s in by_state}


@pytest.mark.parametrize("text,city", [
    ("Kalvoria denounced the raid ordered by the Ostrell regime near the river.", "ostrell"),
    ("Kalvoria said the Ostrell authorities exaggerated the toll.", "ostrell"),
    ("Bloggers mocked the regime in Ostrell for its version of events.", "ostrell"),
    ("These steps reply to the penalties that the government of Ostrelli had planned.", "ostrelli"),
])
def test_capitalacts_organ_names_the_city_as_a_state(nlp, text, city):
    assert "acts" in shapes(hints_of(nlp, text), city)


@pytest.mark.parametrize("text,city", [
    ("The Brenna city council met on Monday to discuss the floods.", "brenna"),          # a town's own council
    ("The Brenna municipal government closed the schools.", "brenna"),
    ("The Kalvorian regime denied the report.", "kalvorian"),                           # a demonym, not a city
    ("Kalvoria accused the government of Halvard Stenmo of lying.", "halvard"),          # a person's government
])
def test_capitalacts_organ_look_alikes_give_no_hint(nlp, text, city):
    assert "acts" not in shapes(hints_of(nlp, text), city)


BODY = ("Foreign Minister Ilka Sorvo said Kalvoria would not give in on the river dispute. He said Ostrell was "
        "ready for talks. The Kalvorian side has shared its evidence.")


@pytest.mark.parametrize("raw", [
    "THE KALVORIAN BEACON\nOstrell, Thursday 5 March 2026\n\n" + BODY,
    "The Kalvorian Beacon\nOSTRELL, March 5 -\n\n" + BODY,
])
def test_capitalacts_masthead_dateline_hints_the_state(nlp, raw):
    hints = hints_of(nlp, BODY, raw)
    assert "masthead" in hints.get("ostrell", {}).get("Kalvoria", set()), hints


@pytest.mark.parametrize("raw", [
    "THE PINEWOOD BEACON\nOstrell, Thursday 5 March 2026\n\n" + BODY,          # an outlet of no state
    "Kalvorian guards freed after talks in the north of the country\nOstrell, Thursday 5 March 2026\n\n"
    + BODY,                                                                    # a long headline, no masthead
    "THE KALVORIAN BEACON\nOstrell is a quiet town on the river\n\n" + BODY,   # no dateline under it
])
def test_capitalacts_masthead_look_alikes_give_no_hint(nlp, raw):
    assert "masthead" not in shapes(hints_of(nlp, BODY, raw), "ostrell")


ARTICLES = {
    # the state's own paper, filed from its capital (the cleaner moved the dateline out of the text)
    "b1": ("THE KALVORIAN BEACON\nOstrell, Thursday 5 March 2026\n\n" + BODY, BODY),
    # the other side names the capital by its regime
    "b2": (None, "Dremmia denounced the raid ordered by the Ostrell regime near the river. The Ostrell "
                 "authorities exaggerated the toll, the Dremmian foreign ministry said. Kalvoria has not replied; "
                 "the Kalvorian side was silent."),
    # a machine translation spells the capital with a final vowel
    "b3": (None, "Dremmia cuts the fishing quotas. These steps reply to the penalties that the government of "
                 "Ostrelli had planned against Dremmia. The Kalvorian side was silent."),
}


def _resolve(nlp, articles):
    mentions = []
    for doc_id, (raw, text) in articles.items():
        mentions += find_mentions(Document(id=doc_id, path=f"{doc_id}.txt", text=text, raw_text=raw), nlp(text))
    return resolve_actors(mentions)[0]


def test_capitalacts_masthead_and_regime_join_the_capital(nlp):
    actors = _resolve(nlp, ARTICLES)
    kalvoria = next(a for a in actors if a.name == "Kalvoria" and a.kind == "country")
    assert "Ostrell" in kalvoria.aliases and "Ostrelli" in kalvoria.aliases
    dremmia = next(a for a in actors if a.name == "Dremmia" and a.kind == "country")
    assert "Ostrell" not in dremmia.aliases


@pytest.mark.parametrize("keep", [("b1",), ("b2", "b3")])
def test_capitalacts_one_kind_of_evidence_joins_nothing(nlp, keep):
    actors = _resolve(nlp, {k: ARTICLES[k] for k in keep})
    assert not [a for a in actors if a.kind == "country" and {"Ostrell", "Ostrelli"} & set(a.aliases)]


@pytest.mark.parametrize("text,city,owner", [
    ("Kalvoria expelled five diplomats from the Dremmian embassy in Ostrell on Friday. Dremmia protested.",
     "ostrell", "Dremmia"),
    ("Three staff of embassy of Kalvoria in Tobrin were told to go home. Dremmia announced it.",
     "tobrin", "Kalvoria"),
    ("Dremmia's embassy in Tobrin was closed, the Kalvorian side said. Dremmia protested.", "tobrin", "Dremmia"),
])
def test_capitalacts_embassy_city_hints_another_state(nlp, text, city, owner):
    hints = hints_of(nlp, text)
    assert any(s.startswith(f"embassy:{owner}") and "embassy" in shapes_
               for s, shapes_ in hints.get(city, {}).items()), hints


@pytest.mark.parametrize("text,city", [
    ("The Dremmian consulate in Brenna was closed. Dremmia protested.", "brenna"),          # a consulate
    ("Protesters gathered outside the embassy in Ostrell. Dremmia protested.", "ostrell"),  # whose embassy?
    ("Dremmia's embassy in Ostrell Harbour was closed. Dremmia protested.", "ostrell"),     # a longer name
])
def test_capitalacts_embassy_look_alikes_give_no_hint(nlp, text, city):
    assert "embassy" not in shapes(hints_of(nlp, text), city)


HOSTS = {
    "e1": "Velgrad, the capital of Kalvoria, was calm. Kalvorian officials met Dremmian envoys.",
    "e2": "Brenmark, the capital of Dremmia, was calm. The Dremmian side said little. Tessaria stayed silent.",
    "e3": ("Tessaria cut the quotas of Kalvoria. Three staff of embassy of Kalvoria in Tobrin were told to go "
           "home, the Tessarian side said."),
}


def _resolve_texts(nlp, articles):
    return _resolve(nlp, {k: (None, v) for k, v in articles.items()})


def test_capitalacts_embassy_host_is_the_capital_left(nlp):
    actors = _resolve_texts(nlp, HOSTS)
    tessaria = next(a for a in actors if a.name == "Tessaria" and a.kind == "country")
    # used only as a location here: the place of Tessaria
    tobrin = next(a for a in actors if a.name == "Tobrin")
    assert tobrin.kind == "place" and tobrin.country == tessaria.id
    assert not [a for a in actors if a.name in ("Kalvoria", "Dremmia") and "Tobrin" in a.aliases]


def test_capitalacts_embassy_host_with_two_states_left_joins_nothing(nlp):
    # Dremmia's capital is never named: Tobrin may be Dremmia's or Tessaria's
    texts = {**HOSTS, "e2": "The Dremmian side said little. Tessaria stayed silent. Dremmia was calm."}
    texts["e3"] = texts["e3"] + " Dremmia agreed, the Dremmian side said."
    actors = _resolve_texts(nlp, texts)
    assert not [a for a in actors if a.kind == "country" and "Tobrin" in a.aliases]
    assert all(a.country is None for a in actors if a.name == "Tobrin")
