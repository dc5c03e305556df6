"""The events-only rules of plover.yaml (``extract/event_rules.py``), each entry pinned on a sentence of ours.

Parametrized from the data file, so an entry added to one of these keys is tested at once (invented people and
groups; states from the gazetteer so that only the rule under test decides).
"""
from __future__ import annotations

import pytest

from claimgraph import data
from tests.extract.invented import text_relations as relations

pytestmark = pytest.mark.model

_plover = data.load("plover.yaml")
GROUP = "the Karsk Front"
# the multi-word forms a fire modifier is read from ("small-arms fire" has "arm" as its compound)
FIRE_PHRASES = {"arm": "Small-arms", "aircraft": "Anti-aircraft", "gun": "Machine-gun"}
LINK_PREPS = {"connection": "with", "response": "to", "relation": "to", "protest": "at", "reaction": "to",
              "defiance": "of"}
PLURAL = {"ammunition": "ammunition", "equipment": "equipment", "money": "money", "funding": "funding",
          "weaponry": "weaponry", "armour": "armour", "armor": "armor", "aid": "aid", "aircraft": "aircraft",
          "supply": "supplies", "arm": "arms"}


@pytest.mark.parametrize("thing", sorted(_plover["party_things"]))
def test_lexicon_events_party_thing(nlp, thing):
    verb, type_ = next((e["verbs"][0], e["type"]) for e in _plover["verb_objects"]
                       if thing in e["objects"] and e["type"] in ("PROTEST", "CONSULT"))
    past = {"summon": "summoned", "receive": "received", "host": "hosted"}[verb]
    text = f"Bolivia {past} the Chilean {thing} on Monday."
    assert ("Bolivia", type_, "Chile") in relations(nlp, text), text


@pytest.mark.parametrize("prep", sorted(_plover["grievance_preps"]))
def test_lexicon_events_grievance_prep(nlp, prep):
    text = f"Bolivia lodged a protest {prep} the shelling of its border posts by Chile."
    assert ("Bolivia", "PROTEST", "Chile") in relations(nlp, text), text


@pytest.mark.parametrize("link", sorted(_plover["grievance_links"]))
def test_lexicon_events_grievance_link(nlp, link):
    text = f"Bolivia lodged a protest in {link} {LINK_PREPS[link]} the shelling of its border posts by Chile."
    assert ("Bolivia", "PROTEST", "Chile") in relations(nlp, text), text


@pytest.mark.parametrize("type_", sorted(_plover["grievance_types"]))
def test_lexicon_events_grievance_type(nlp, type_):
    noun = {"PROTEST": "protest", "ACCUSE": "accusation"}.get(type_) or \
        next(n for n, t in sorted(_plover["nouns"].items()) if t == type_)
    text = f"Bolivia's {noun} over the shelling of its border posts by Chile surprised Peru."
    assert ("Bolivia", type_, "Chile") in relations(nlp, text), text


@pytest.mark.parametrize("verb", sorted(_plover["origin_verbs"]))
def test_lexicon_events_origin_verb(nlp, verb):
    past = {"come": "came", "arrive": "arrived", "originate": "originated", "stem": "stemmed"}[verb]
    text = f"The weapons used by {GROUP} {past} from Chile, the report said."
    assert ("Chile", "AID", "Karsk Front") in relations(nlp, text), text


@pytest.mark.parametrize("thing", sorted(_plover["origin_things"]))
def test_lexicon_events_origin_thing(nlp, thing):
    text = f"The {PLURAL.get(thing, thing + 's')} used by {GROUP} came from Chile, the report said."
    assert ("Chile", "AID", "Karsk Front") in relations(nlp, text), text


@pytest.mark.parametrize("type_", sorted(_plover["passive_origin_types"]))
def test_lexicon_events_passive_origin(nlp, type_):
    verb = {"AID": "armed", "SUPPORT": "backed", "ASSAULT": "shelled"}[type_]
    text = f"The fighters of {GROUP} were {verb} from Chile."
    assert ("Chile", type_, "Karsk Front") in relations(nlp, text), text


@pytest.mark.parametrize("noun", sorted(_plover["fire_nouns"]))
def test_lexicon_events_fire_noun(nlp, noun):
    text = f"{'Artillery fire' if noun == 'fire' else 'A ' + noun} from {GROUP} hit the town of Belovo on Monday."
    assert ("Karsk Front", "ASSAULT", "Belovo") in relations(nlp, text), text


@pytest.mark.parametrize("word", sorted(_plover["fire_modifiers"]))
def test_lexicon_events_fire_modifier(nlp, word):
    text = f"On Monday, {FIRE_PHRASES.get(word, word).lower()} fire from {GROUP} hit the town of Belovo."
    assert ("Karsk Front", "ASSAULT", "Belovo") in relations(nlp, text), text


def test_lexicon_events_plain_fire_is_no_attack(nlp):
    text = f"A fire broke out at a depot of {GROUP} in the town of Belovo."
    assert not any(t == "ASSAULT" for _, t, _ in relations(nlp, text)), text


@pytest.mark.parametrize("verb", sorted(_plover["holding_participles"]))
def test_lexicon_events_holding_participle(nlp, verb):
    past = {"hold": "held", "man": "manned", "seize": "seized", "capture": "captured", "occupy": "occupied",
            "control": "controlled"}[verb]
    text = f"The shelling from positions {past} by {GROUP} hit the town of Belovo on Monday."
    assert ("Karsk Front", "ASSAULT", "Belovo") in relations(nlp, text), text


@pytest.mark.parametrize("noun", sorted(_plover["state_nouns"]))
def test_lexicon_events_state_noun(nlp, noun):
    text = f"Chad and Niger have quarrelled for months. The {noun} shelled the town of Belovo on Sunday."
    assert ("Niger", "ASSAULT", "Belovo") in relations(nlp, text), text


@pytest.mark.parametrize("noun", sorted(_plover["person_state_nouns"]))
def test_lexicon_events_person_state_noun(nlp, noun):
    text = f"Peruvian Foreign Minister Ana Pell said her {noun} had sent weapons to {GROUP}."
    assert ("Peru", "AID", "Karsk Front") in relations(nlp, text), text


@pytest.mark.parametrize("noun", sorted(_plover["counterpart_nouns"]))
def test_lexicon_events_counterpart_noun(nlp, noun):
    text = f"Bolivian Foreign Minister Ana Pell met her Chilean {noun} in Lima on Monday."
    assert ("Ana Pell", "CONSULT", "Chile") in relations(nlp, text), text


MODIFIED = sorted((noun, mod, entry["type"]) for noun, entry in _plover["modified_nouns"].items()
                  for mod in entry["modifiers"])


@pytest.mark.parametrize("noun,modifier,type_", MODIFIED)
def test_lexicon_events_modified_noun(nlp, noun, modifier, type_):
    text = f"The {modifier} {noun} between Bolivia and Chile lasted an hour on Monday." if type_ == "CONSULT" else \
        f"The {modifier} {noun} by Bolivia on Chile killed two soldiers on Monday."
    rels = relations(nlp, text)
    assert ("Bolivia", type_, "Chile") in rels and not any(t == "REQUEST" for _, t, _ in rels), text


@pytest.mark.parametrize("verb", sorted(_plover["failure_verbs"]))
def test_lexicon_events_failure_verb(nlp, verb):
    past = {"fail": "failed", "neglect": "neglected"}[verb]
    text = f"Bolivia {past} to sign an agreement with Chile on Monday."
    assert not any(t in ("AGREE", "REJECT") for _, t, _ in relations(nlp, text)), text


PEOPLE = {"person": "persons", "people": "people", "man": "men", "woman": "women", "child": "children",
          "serviceman": "servicemen", "crew": "crews"}


@pytest.mark.parametrize("noun", sorted(_plover["captive_nouns"]))
def test_lexicon_events_captive_noun_is_not_its_holder(nlp, noun):
    text = f"Chile shelled the {PEOPLE.get(noun, noun + 's')} held by {GROUP} near Belovo."
    assert ("Chile", "ASSAULT", "Karsk Front") not in relations(nlp, text), text
    text = f"Chile shelled the positions held by {GROUP} near Belovo."
    assert ("Chile", "ASSAULT", "Karsk Front") in relations(nlp, text), text


@pytest.mark.parametrize("thing", sorted(_plover["bearer_objects"]))
def test_lexicon_events_bearer_object(nlp, thing):
    text = f"Bolivia said that Chile bears the {thing} for the shelling of Belovo."
    assert ("Bolivia", "ACCUSE", "Chile") in relations(nlp, text), text
