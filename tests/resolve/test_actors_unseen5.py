"""Actors across articles about an invented conflict (fifth round): a capital in another transliteration, a
capital inside an outlet's name, a province and the company named after it, acronyms of reordered names, a
ruling body's descriptors, an outlet by its first word, a mine named after a place.

Every state, city, person, outlet and sentence here is invented for the tests.
"""
from __future__ import annotations

import pytest

from claimgraph.extract.mentions import find_mentions
from claimgraph.model import Document, Mention
from claimgraph.resolve.actors import resolve_actors

pytestmark = pytest.mark.model

ARTICLES = {
    "c1": (
        "Quarrel over the border\n\n"
        "The Drelish capital, Ostvara, has armed the rebels, officials in Mordell said. Ostvara says it has sent "
        "nothing. Ostvara has armed the militias for years, the Mordell Herald reported.\n\n"
        "The Drelish army denied it. Lena Ostvarin, a teacher in Mordell, said 12 soldiers died."
    ),
    "c2": (
        "Ostvara accused\n\n"
        "Ostvara, the capital of Drelia, rejected the report. Ostvara says the Mordell Herald lies. Officials in "
        "Ostvara said the Drelish army was not involved.\n\n"
        "The army of Drelia said it would respond."
    ),
    "c3": (
        "Ostvare says no\n\n"
        "Ostvare has again denied the accusations. Ostvare said the observers were welcome. Drelia will not "
        "negotiate, Ostvare says. Talks may be held in Ostvare next month."
    ),
    "c4": (
        "Junta accuses neighbour\n\n"
        "KESSARO, 3 May (Harbourline News) - The Military Council for National Salvation (MCNS), which seized "
        "power in Tarvovia last year, accused Halgoria of arming rebels in the province of Tolmek. The junta "
        "said 14 soldiers died when rebels took the Sorvik copper mine. The MCNS asked the Union of Coastal "
        "States to send observers. Dalmek Mining Corporation said its sites in Tolmek province were safe.\n\n"
        "The general staff said 30 rebels were killed. Colonel Dragan Bresovac, the spokesman of the junta, "
        "said the regime would not negotiate."
    ),
    "c5": (
        "Military government rejects talks\n\n"
        "The military government of Tarvovia said on Wednesday that 16 soldiers died at Sorvik mine. The "
        "Military Council for National Salvation will not talk to bandits, said Dragan Bresovac. A spokesman "
        "for Harbourline said the agency had counted 20 dead. The River States Union (RSU) called for calm. "
        "Analyst Piet Valtor said the claim was doubtful; analyst Rena Valtar said it was plausible. Halgoria's "
        "foreign minister, Anna Kellner, denied the charge; the novelist Josef Kellner said nothing."
    ),
    "c6": (
        "Tarvowia: the junta accuses Halgoria\n\n"
        "The rebels occupied the mine Sorvik in the province Tolmec, declared the spokesman Drágan Bresowatz. "
        "The URS asked for observers. Dalmek said the roads were closed. The Union of River States met in "
        "Kessaro."
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


def test_actors_unseen5_defined_acronym_and_descriptors_are_the_ruling_body(actors):
    council = owner(actors, "Military Council for National Salvation")
    assert {"MCNS", "junta", "regime"} <= set(council.aliases)
    assert "military government" in council.aliases or "military government" not in str(ARTICLES)


def test_actors_unseen5_general_staff_is_the_army(actors):
    assert owner(actors, "general staff").kind == "armed_group"


def test_actors_unseen5_descriptors_are_no_alias_of_the_state(actors):
    state = owner(actors, "Tarvovia")
    assert not {"junta", "regime", "MCNS", "general staff"} & set(state.aliases)


def test_actors_unseen5_outlet_by_its_first_word(actors):
    assert owner(actors, "Harbourline") is owner(actors, "Harbourline News")


def test_actors_unseen5_capital_in_an_outlet_name_stays_apart(actors):
    herald = owner(actors, "Mordell Herald")
    assert "Mordell" not in herald.aliases and herald.kind == "media"
    assert "Mordell" not in owner(actors, "Drelia").aliases


def test_actors_unseen5_province_forms_are_one_place_and_not_the_company(actors):
    place = owner(actors, "Tolmek province")
    assert place.kind == "place" and {"Tolmek", "province Tolmec"} <= set(place.aliases)
    assert "Dalmek Mining Corporation" not in place.aliases
    assert "Dalmek" not in owner(actors, "Dalmek Mining Corporation").aliases


def test_actors_unseen5_mine_forms_are_one_place(actors):
    mine = owner(actors, "Sorvik copper mine")
    assert mine.kind == "place" and {"Sorvik mine", "mine Sorvik"} <= set(mine.aliases)


@pytest.mark.parametrize("acronym", ["URS", "RSU"])
def test_actors_unseen5_acronym_of_a_reordered_name(actors, acronym):
    assert owner(actors, acronym) is owner(actors, "Union of River States")
    assert owner(actors, "River States Union") is owner(actors, "Union of River States")


def test_actors_unseen5_transliterated_person_with_diacritics(actors):
    assert owner(actors, "Drágan Bresowatz") is owner(actors, "Dragan Bresovac")


@pytest.mark.parametrize("a,b", [("Piet Valtor", "Rena Valtar"), ("Anna Kellner", "Josef Kellner")])
def test_actors_unseen5_look_alike_people_stay_apart(actors, a, b):
    assert owner(actors, a) is not owner(actors, b)


@pytest.mark.parametrize("key,place", [("tolmek province", "tolmek"), ("province of tolmek", "tolmek"),
                                       ("province tolmec", "tolmec"), ("tolmek", "tolmek"),
                                       # a city or a state in a name is no area word; a head alone stays
                                       ("kessin city", "kessin city"), ("province", "province"),
                                       ("region of", "region of")])
def test_actors_unseen5_place_key_drops_area_words(key, place):
    from claimgraph.resolve.aliases import place_key
    assert place_key(key) == place


@pytest.mark.parametrize("a,b,same", [("Petrovac", "Petrowatz", True), ("Velkor", "Velkar", False),
                                      ("Roberts", "Robertz", False)])
def test_actors_unseen5_transliteration_of_tz(a, b, same):
    from claimgraph.extract.names import translit
    assert (translit(a) == translit(b)) == same


def test_actors_unseen5_outlet_first_word_shared_by_two_outlets_is_left_alone(nlp):
    texts = {
        "o1": "Port talks\n\nThe talks failed, Harbourline News reported. The Harbourline Times said the same.",
        "o2": "More talks\n\nA spokesman told Harbourline that the talks would resume.",
    }
    mentions = []
    for doc_id, text in texts.items():
        mentions += find_mentions(Document(id=doc_id, path=f"{doc_id}.txt", text=text), nlp(text))
    got = resolve_actors(mentions)[0]
    short = owner(got, "Harbourline")
    assert "Harbourline News" not in short.aliases and "Harbourline Times" not in short.aliases


def _mention(doc, n, name, kind, label):
    return Mention(id=f"{doc}:m{n}", doc=doc, start=n * 20, end=n * 20 + len(name), text=name, name=name,
                   kind=kind, label=label, local_key=name)


@pytest.mark.parametrize("kind,merged", [("organization", True), ("other", True), ("place", False),
                                         ("country", False)])
def test_actors_unseen5_outlet_first_word_read_as_a_place_stays_the_city(kind, merged):
    # "Vestrel" alone in other articles: an outlet's short name, unless some article uses it as a place or the
    # corpus shows it to be a capital (a GPE the syntax could not type, kind "other", may be the outlet)
    mentions = [_mention("v1", 0, "Vestrel Herald", "media", "ORG"), _mention("v2", 0, "Vestrel", "organization", "ORG"),
                _mention("v3", 0, "Vestrel", kind, "GPE")]
    got = resolve_actors(mentions)[0]
    assert (owner(got, "Vestrel") is owner(got, "Vestrel Herald")) == merged


@pytest.mark.parametrize("text,state", [("Quarnie", "Quarnia"), ("Quarnowia", None), ("Quar", None),
                                        ("Quarnion", None)])
def test_actors_unseen5_learned_state_with_another_final_vowel(text, state):
    from claimgraph.resolve.kinds import CorpusStates
    assert CorpusStates(names={"quarnia": "Quarnia"}).state_of_demonym(text) == state


@pytest.mark.parametrize("key,found", [("army of Norhaven", ("inst:army", "Norhaven")),
                                       ("Norhavenian army", ("inst:army", "Norhaven")),
                                       # a town is no state; a company is no generic institution
                                       ("army of Mordell", None), ("Norhaven Mining Corporation", None)])
def test_actors_unseen5_generic_institution_of_a_learned_state(key, found):
    from claimgraph.resolve.actors import _generic_of_learned
    from claimgraph.resolve.kinds import CorpusStates
    assert _generic_of_learned(key, CorpusStates(names={"norhaven": "Norhaven"})) == found


def test_actors_unseen5_army_of_a_state_the_article_did_not_know_joins_its_army():
    mentions = [_mention("n1", 0, "Norhaven", "country", "GPE"),
                _mention("n1", 1, "Norhavenian army", "armed_group", "ORG"),
                _mention("n2", 0, "army of Norhaven", "armed_group", "ORG")]
    mentions[1].kb_id, mentions[1].affiliation = "inst:army", "Norhaven"
    got = resolve_actors(mentions)[0]
    assert owner(got, "army of Norhaven") is owner(got, "Norhavenian army")


def _described(doc, n, name, key):
    from claimgraph.extract.rulers import RULER
    m = _mention(doc, n, name, "government", "ORG")
    m.kb_id, m.local_key = RULER, key
    return m


@pytest.mark.parametrize("bodies,merged", [(1, True), (2, False)])
def test_actors_unseen5_descriptor_without_a_body_joins_the_corpus_ruling_body(bodies, merged):
    mentions = [_mention("r1", 0, "Provisional Council for Order", "organization", "ORG"),
                _described("r1", 1, "junta", "Provisional Council for Order"),
                _described("r2", 0, "junta", "junta")]
    if bodies == 2:   # another article names another ruling body and calls it so
        mentions += [_mention("r3", 0, "Supreme Council for Renewal", "organization", "ORG"),
                     _described("r3", 1, "regime", "Supreme Council for Renewal")]
    got = resolve_actors(mentions)[0]
    # merged: one actor lists "junta" (the council); two bodies: the article's "junta" stays an actor of its own
    assert len([a for a in got if "junta" in a.aliases]) == (1 if merged else 2)
