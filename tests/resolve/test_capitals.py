"""Capitals no article names, inferred per corpus from hints (extract/capitalhints.py, resolve/capitals.py).

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

CORPORA = {
    # two belligerents whose capitals act, a third state hosting talks
    "war": {
        "w1": (
            "MORRASK, 4 March - Talvenian officials in Morrask said on Tuesday that drones had hit a pumping "
            "station on the Selna river. Morrask blamed the blast on Brevosia. The Talvenian government blamed "
            "the blast on saboteurs, a ministry spokesman said. Foreign diplomats in Morrask were told to stay "
            "indoors."
        ),
        "w2": (
            "Brevosia denies sabotage\n\n"
            "The Brevosian defence ministry in Kelditz said on Wednesday that the drones were not its own. Kelditz "
            "rejected the accusation and said Morrask had invented the attack. It is believed in Morrask that the "
            "river will run dry by summer."
        ),
        "w3": (
            "Talks planned\n\n"
            "Pellandian officials in Varbeck said the two sides had agreed to sit down together. Talvenian officials "
            "in Varbeck said a delegation was on its way. Talvenian embassy staff in Kelditz were sent home. "
            "Varbeck will host the talks next week. Morrask has stolen our river, a farmer told the radio."
        ),
    },
    # a city both sides' officials are said to be in, and the seat of a body: nobody's capital
    "neutral": {
        "n1": (
            "Clashes on the border\n\n"
            "Talvenian officials in Dunmore said the ceasefire had collapsed. Dunmore condemned the shelling. "
            "The Aldren Council, whose secretariat sits in Castova, called for calm."
        ),
        "n2": (
            "Brevosia answers\n\n"
            "Brevosian officials in Dunmore said Talvenian guns had fired first. Castova urged both sides to "
            "stop. Talvenian ministers in Vienna said the council was biased."
        ),
    },
    # a state whose capital one article names: a town its officials are in is no second capital
    "named": {
        "s1": (
            "Lunavik, the capital of Sorvenia, was calm on Sunday. Lunavik rejected the ultimatum."
        ),
        "s2": (
            "Floods in the north\n\n"
            "Sorvenian officials in Pradek said the river had burst its banks. Pradek asked for help. Sorvenian "
            "officials in Pradek counted 40 homes lost."
        ),
    },
    # a state's media, named after its capital and translated from its language
    "media": {
        "m1": (
            "The Orlesk Courier\n\n"
            "Translated from Vardenian.\n\n"
            "Orlesk has warned Sennar that the dam will be defended. The Vardenian army moved two brigades north. "
            "Vardenia will not give up its water."
        ),
        "m2": (
            "Dam dispute grows\n\n"
            "Orlesk accused the Sennari government of sabotage on Friday. The Sennari foreign ministry said "
            "Vardenia was preparing an attack. Officials in Orlesk declined to comment."
        ),
    },
}


@pytest.fixture(scope="module")
def resolved(nlp):
    out = {}
    for name, articles in CORPORA.items():
        mentions = []
        for doc_id, text in articles.items():
            mentions += find_mentions(Document(id=doc_id, path=f"{doc_id}.txt", text=text), nlp(text))
        out[name] = resolve_actors(mentions)
    return out


def owner(actors, alias, kind=None):
    """The actor listing ``alias`` (of ``kind`` when given), or None."""
    found = [a for a in actors if alias in (a.name, *a.aliases) and (kind is None or a.kind == kind)]
    return found[0] if found else None


@pytest.mark.parametrize("text,city,state,shape", [
    ("The Talvenian defence ministry in Morrask said the drones were shot down.", "morrask", "Talvenia", "seat"),
    ("Senior Brevosian officials in Kelditz said the river was theirs.", "kelditz", "Brevosia", "seat"),
    ("Brevosia's prime minister in Kelditz rejected the plan. Brevosia is calm.", "kelditz", "Brevosia", "seat"),
    ("The Brevosian Defence Ministry in Kelditz said the dam was safe.", "kelditz", "Brevosia", "seat"),
    ("Brevosian officials told reporters in Kelditz that the dam was safe.", "kelditz", "Brevosia", "seat"),
    ("Brevosian Prime Minister Ilse Varndal, speaking in Kelditz, said the dam was safe.", "kelditz", "Brevosia",
     "seat"),
    ("Kelditz blamed the blast on rebels. The Brevosian government blamed the blast on rebels on Monday.",
     "kelditz", "Brevosia", "act"),
])
def test_capitals_hint_shapes(nlp, text, city, state, shape):
    doc = nlp(text)
    from claimgraph.extract.mentions import find_mentions as fm
    fm(Document(id="t", path="t.txt", text=text), doc)
    hints = capital_hints(doc, doc_states(doc))
    assert shape in hints.get(city, {}).get(state, set())


@pytest.mark.parametrize("text", [
    "Talvenian embassy officials in Kelditz said the border was closed.",          # officials abroad
    "The Talvenian Embassy officials in Kelditz said the border was closed.",      # ... in title case
    "Talvenian officials in Kelditz for talks said progress was slow.",            # talks elsewhere
    "Talvenian officials visited Kelditz on Monday.",                              # a visit, no seat
    "Talvenian officials said in Kelditz that the talks had failed.",              # officials at talks
    "Talvenian troops in Kelditz said the town was quiet.",                        # troops are no seat
    "Talvenian officials in Vienna said the council was biased.",                  # a real capital
    "Talvenian officials in Dunmore, Brevosia, said the shelling had stopped.",    # placed in another state
    "Kelditz blamed the blast on rebels. The Brevosian government also blamed the blast on rebels.",
    "Kelditz blamed the blast on Brevosia. The Brevosian government blamed the blast on Kelditz.",  # opponents
])
def test_capitals_hint_look_alikes_give_none(nlp, text):
    doc = nlp(text)
    find_mentions(Document(id="t", path="t.txt", text=text), doc)
    hints = capital_hints(doc, doc_states(doc))
    assert not any(h for h in hints.values()), hints


def test_capitals_inferred_capital_used_as_actor_is_its_state(resolved):
    actors = resolved["war"][0]
    talvenia = owner(actors, "Talvenia", "country") or owner(actors, "Talvenian government", "country")
    assert talvenia is not None and "Morrask" in talvenia.aliases
    assert owner(actors, "Kelditz", "country") is owner(actors, "Brevosia", "country")


def test_capitals_inferred_capital_as_location_is_a_place_of_its_state(resolved):
    actors = resolved["war"][0]
    place = owner(actors, "Morrask", "place")
    state = owner(actors, "Morrask", "country")
    assert place is not None and place.country == state.id


def test_capitals_talks_host_is_not_a_belligerent(resolved):
    actors = resolved["war"][0]
    varbeck = [a for a in actors if "Varbeck" in (a.name, *a.aliases)]
    assert varbeck and all(a.name not in ("Talvenia", "Brevosia") for a in varbeck)
    assert "Varbeck" not in owner(actors, "Morrask", "country").aliases


def test_capitals_merge_explains_the_inference(resolved):
    actors, _, merges = resolved["war"]
    state = owner(actors, "Kelditz", "country")
    rows = [m for m in merges if m.actor == state.id and m.a == "Kelditz"]
    assert rows and any("capital inferred" in r and "located there" in r for r in rows[0].reasons)


def test_capitals_city_of_both_sides_and_seat_of_a_body_stay_apart(resolved):
    actors = resolved["neutral"][0]
    for city in ("Dunmore", "Castova"):
        assert all(a.kind != "country" or a.name == city for a in actors if city in (a.name, *a.aliases)), city
    # a real capital is its own country's, whoever's officials are there
    assert all("Vienna" not in a.aliases for a in actors if a.name in ("Talvenia", "Brevosia"))


def test_capitals_outlet_translated_from_the_state_language(resolved):
    actors = resolved["media"][0]
    state = owner(actors, "Vardenia", "country")
    assert state is not None and "Orlesk" in state.aliases
    sennar = owner(actors, "Sennar")
    assert sennar is None or sennar is not state


def test_capitals_state_with_a_named_capital_gets_no_second(resolved):
    actors = resolved["named"][0]
    state = owner(actors, "Sorvenia", "country")
    assert state is not None and "Lunavik" in state.aliases and "Pradek" not in state.aliases


def _node(doc, name, kind, hint=None, state=None):
    from claimgraph.resolve.nodes import MentionForm, Node
    role = f"capital_hint:{hint}" if hint else None
    return Node(doc, name, mentions=[MentionForm(name, kind, "GPE", None, None, role, state, None, False)])


@pytest.mark.parametrize("hints,joined", [
    ([("d1", "seat", "Talvenia")], "Talvenia"),
    ([("d1", "dateline", "Talvenia")], None),                                   # too weak alone
    ([("d1", "dateline", "Talvenia"), ("d2", "act", "Talvenia")], "Talvenia"),  # two articles add up
    ([("d1", "seat", "Talvenia"), ("d2", "seat", "Brevosia")], None),           # both sides: nobody's
    ([("d1", "seat+act", "Talvenia"), ("d2", "dateline", "Brevosia")], "Talvenia"),
    ([("d1", "seat", "Talvenia"), ("d1", "seat", "Talvenia")], "Talvenia"),     # one count per article
])
def test_capitals_infer_joins_only_a_clear_lead(hints, joined):
    from claimgraph.resolve.capitals import infer
    from claimgraph.resolve.kinds import CorpusStates
    nodes = [_node(doc, "Morrask", "other", hint, state) for doc, hint, state in hints]
    states = CorpusStates()
    out = infer(nodes, states)
    assert states.capitals.get("morrask") == joined and (joined is None) == (not out)
    assert all(m.role is None and m.affiliation is None for n in nodes for m in n.mentions)  # hints cleared


def test_capitals_infer_never_joins_a_surname_or_a_state():
    from claimgraph.resolve.capitals import infer
    from claimgraph.resolve.kinds import CorpusStates
    nodes = [_node("d1", "Morrask", "other", "seat", "Talvenia"), _node("d2", "Ilse Morrask", "person")]
    assert not infer(nodes, CorpusStates())
    states = CorpusStates(names={"morrask": "Morrask"})
    assert not infer([_node("d1", "Morrask", "other", "seat", "Talvenia")], states)
