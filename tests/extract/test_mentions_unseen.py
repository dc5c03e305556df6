"""Actor mentions on articles about states the knowledge base does not know: demonyms, institutions of a
named state, titles, bylines, datelines and time words. Every state, city and person here is invented.
"""
from __future__ import annotations

import pytest

from claimgraph.extract.mentions import find_mentions
from claimgraph.extract.states import learn_states
from claimgraph.model import Document

pytestmark = pytest.mark.model


def run(nlp, text):
    return find_mentions(Document(id="dtest", path="test.txt", text=text), nlp(text))


def by_name(ms):
    return {m.name: m for m in ms}


@pytest.mark.parametrize("text,demonym,state", [
    ("Brastovia closed its border. Brastovian officials said the crossing would stay shut.", "Brastovian", "Brastovia"),
    ("Dernik denied the report. Dernikan diplomats said they had not been told.", "Dernikan", "Dernik"),
])
def test_mentions_learned_demonym_alone_is_its_state(nlp, text, demonym, state):
    ms = [m for m in run(nlp, text) if m.name == demonym]
    assert ms and all(m.kind == "country" and m.local_key == state for m in ms)


def test_mentions_demonym_title_is_no_actor_and_gives_the_official_his_state(nlp):
    ms = run(nlp, "Brastovia rejected the plan. Brastovian Defence Minister Oleg Varnavin said the army was ready.")
    assert not any(m.kind == "person" and "Defence" in m.name for m in ms)
    varnavin = by_name(ms)["Oleg Varnavin"]
    assert varnavin.role == "defence minister" and varnavin.affiliation == "Brastovia"


@pytest.mark.parametrize("text", [
    "The Minister of Foreign Affairs was not available for comment.",
    "Brastovia rejected it. The Brastovian Foreign Minister was travelling.",
])
def test_mentions_bare_title_is_no_actor(nlp, text):
    assert not any(m.kind == "person" or "Minister" in m.name for m in run(nlp, text))


def test_mentions_institutions_of_two_states_keep_their_state(nlp):
    ms = run(nlp, "The Ministry of Foreign Affairs of the Republic of Brastovia protested. The Ministry of foreign "
                  "affairs of Dernik rejected the protest, and the Armed Forces of Dernik stayed on alert.")
    # each ministry's short name and its full name as written ("... of the Republic of Brastovia") are mentions
    ministries = [m for m in ms if m.kb_id == "inst:foreign-ministry"]
    assert sorted({m.affiliation for m in ministries}) == ["Brastovia", "Dernik"]
    assert len({m.local_key for m in ministries}) == 2
    forces = next(m for m in ms if m.kb_id == "inst:army")
    assert forces.affiliation == "Dernik" and "Dernik" in forces.local_key


def test_mentions_military_intelligence_is_not_the_army(nlp):
    ms = run(nlp, "Brastovia said it was ready. Brastovian military intelligence said the guns had moved.")
    m = next(m for m in ms if "intelligence" in m.name)
    assert m.kb_id == "inst:intelligence" and m.affiliation == "Brastovia"


@pytest.mark.parametrize("text,name", [
    ("Posted on March 3, 2026 by Irena Holub\n\nThe Dernik army said it had moved.", "Irena Holub"),
    ("By Pavo Lindqvist, Staff Writer\n\nThe Dernik army said it had moved.", "Pavo Lindqvist"),
])
def test_mentions_byline_author_is_no_actor(nlp, text, name):
    assert name not in by_name(run(nlp, text))


@pytest.mark.parametrize("text,name", [
    ("The UN Security Council on Monday called for restraint.", "UN Security Council"),
    ("The Dernik Liberation Front last week rejected the talks.", "Dernik Liberation Front"),
])
def test_mentions_time_words_are_cut_from_names(nlp, text, name):
    names = by_name(run(nlp, text))
    assert name in names and not any("Monday" in n or "week" in n for n in names)


def test_mentions_dateline_city_of_an_article_on_the_capital_is_that_capital(nlp):
    text = ("VELMORA, 3 May 2026 - Officials in the Brastovian capital said Brastovia would not negotiate. "
            "Velmora accused Dernik of lying.")
    doc = nlp(text)
    assert learn_states(doc).capital("Velmora").name == "Brastovia"
    actor = [m for m in find_mentions(Document(id="d", path="t", text=text), doc) if m.name == "Velmora"][-1]
    assert actor.kind == "country" and actor.local_key == "Brastovia"


def test_mentions_dateline_city_is_no_capital_without_a_capital_phrase(nlp):
    assert not learn_states(nlp("VELMORA, 3 May 2026 - Brastovia said it would not negotiate.")).capitals


def test_mentions_capital_apposition_at_sentence_start(nlp):
    ms = run(nlp, "Dernik denied it. The Dernikan capital, Oslavec, was calm. Oslavec accused Brastovia of lying.")
    actor = [m for m in ms if m.name == "Oslavec"][-1]
    assert actor.kind == "country" and actor.local_key == "Dernik"


@pytest.mark.parametrize("text,name,role,state", [
    ("Dernik denied it. The Dernikan ambassador, Ama Owusu-Mensah, rejected the claim.", "Ama Owusu-Mensah",
     "ambassador", "Dernik"),
    ("Dernik denied it, Dernikan officials said. Foreign Minister Tereza Lind of Dernik also spoke.", "Tereza Lind", "foreign minister",
     "Dernik"),
    ("Brastovia said so. Brastovian Defence Minister Ilir Vasko-Brenner said the army was ready.",
     "Ilir Vasko-Brenner", "defence minister", "Brastovia"),
])
def test_mentions_titled_person_with_hyphenated_or_postposed_state(nlp, text, name, role, state):
    m = by_name(run(nlp, text))[name]
    assert (m.kind, m.role, m.affiliation) == ("person", role, state)


def test_mentions_unknown_dateline_city_is_a_place(nlp):
    # the small model reads this dateline as an organisation
    ms = run(nlp, "KESSELBURG, 4 March 2026 - Dernik said it had moved tanks.")
    assert [m.kind for m in ms if m.name == "KESSELBURG"] == ["place"]


def test_mentions_capital_opening_a_headline_is_its_state(nlp):
    text = ("Oslavec rejects Brastovian claims\n\nSpeaking in the Dernikan capital Oslavec, a spokeswoman said "
            "Dernik had no drones there. Brastovia said otherwise.")
    first = min((m for m in run(nlp, text) if m.name == "Oslavec"), key=lambda m: m.start)
    assert first.start == 0 and first.kind == "country" and first.local_key == "Dernik"


@pytest.mark.parametrize("text,name,state", [
    ("Brastovia and Dernik met. Brastovia's deputy foreign minister Ilja Ranko agreed.", "Ilja Ranko", "Brastovia"),
    ("Brastovia and Dernik met. Dernik's Defence Minister Ivo Brandt said no.", "Ivo Brandt", "Dernik"),
])
def test_mentions_possessive_state_office_names_the_state(nlp, text, name, state):
    ms = run(nlp, text)
    assert by_name(ms)[name].affiliation == state
    assert all(m.kind == "country" for m in ms if m.name == state)


def test_mentions_person_possessive_office_is_no_state(nlp):
    facts = learn_states(nlp("Tomas Varga met envoys. Tomas Varga's foreign minister left early."))
    assert facts.state_named("Varga") is None


def test_mentions_ic_demonym_is_its_state(nlp):
    ms = run(nlp, "Ostmark rejected the plan. Ostmarkic Foreign Minister Greta Sund said so.")
    assert by_name(ms)["Greta Sund"].affiliation == "Ostmark"
    assert all(m.kind == "country" for m in ms if m.name == "Ostmarkic")


def test_mentions_person_read_as_a_place_in_apposition(nlp):
    ms = run(nlp, "The President of the Republic of Varnovia, Aleksa Brandić, said on Thursday that talks failed.")
    m = by_name(ms)["Aleksa Brandić"]
    assert (m.kind, m.role, m.affiliation) == ("person", "president", "Varnovia")


def test_mentions_masthead_is_no_dateline_capital(nlp):
    text = "VARNOVIA TODAY\n\nTalks fail in the Varnovian capital. Varnovia blamed Ostmark."
    assert not learn_states(nlp(text)).capitals


def test_mentions_lower_case_institution_after_a_state_possessive(nlp):
    ms = run(nlp, "Ostmark denied it. Ostmark's foreign ministry on Friday rejected the accusations. "
                  "Foreign Minister Greta Sund said the claims were false.")
    ministry = next(m for m in ms if m.kb_id == "inst:foreign-ministry")
    assert ministry.affiliation == "Ostmark" and "Ostmark" in ministry.local_key
    assert by_name(ms)["Greta Sund"].affiliation == "Ostmark"


@pytest.mark.parametrize("text,capital", [
    ("KELMOR, 3 May 2026 (Norvanian News Agency) - Norvania accused Ostmark of shelling.", "Kelmor"),
    # another outlet's dateline says nothing of whose city it is
    ("KELMOR, 3 May 2026 (Kessel Wire) - Norvania accused Ostmark of shelling, Norvanian officials said.", None),
])
def test_mentions_state_agency_dateline_is_its_capital(nlp, text, capital):
    facts = learn_states(nlp(text))
    assert (facts.capital(capital).name if capital else None) == ("Norvania" if capital else None)
    assert bool(facts.capitals) == bool(capital)


def test_mentions_state_news_agency_is_media(nlp):
    ms = run(nlp, "Norvania denied it, the Norvanian News Agency reported.")
    assert by_name(ms)["Norvanian News Agency"].kind == "media"


def test_mentions_sentence_opening_with_by_is_no_byline(nlp):
    ms = run(nlp, "By Marko Velin's own account, the army of Dernik retreated.")
    assert "Marko Velin" in by_name(ms)


# -- round 3: names the model leaves untagged, agencies, organs of a body, seats of bodies ---------------------

def test_mentions_untagged_capital_taught_by_the_article_is_its_state(nlp):
    ms = run(nlp, "Arvel, the capital of Tavoria, called for restraint. Arvel said on Monday it would host talks.")
    arvel = [m for m in ms if m.name == "Arvel"]
    assert len(arvel) == 2 and all(m.kind == "country" and m.local_key == "Tavoria" for m in arvel)


@pytest.mark.parametrize("text", [
    "Officials in Arvel, Tavoria's capital, said they would study the report. Tavoria offered to mediate.",
    "Officials in Arvel, the capital of Tavoria, said they would study the report.",
])
def test_mentions_city_then_its_state_as_capital(nlp, text):
    facts = learn_states(nlp(text))
    assert facts.capital("Arvel") is not None and facts.capital("Arvel").name == "Tavoria"


def test_mentions_untagged_doer_is_a_name_of_unknown_kind(nlp):
    ms = run(nlp, "Keswale denied supplying anyone with drones.")
    assert [(m.name, m.kind) for m in ms] == [("Keswale", "other")]


@pytest.mark.parametrize("text", ["The talks were calm.", "Talks resumed on Monday in the capital."])
def test_mentions_untagged_doer_needs_a_proper_noun_doing_something(nlp, text):
    assert run(nlp, text) == []


def test_mentions_news_agency_of_an_invented_state_with_its_acronym(nlp):
    ms = run(nlp, "Ruvel, 4 March (Savrenian Telegraph Agency) - Halvic told the Savrenian Telegraph Agency (STA) "
                  "that he would resign.")
    agency = [m for m in ms if m.name == "Savrenian Telegraph Agency"]
    assert agency and all(m.kind == "media" and m.kb_id is None for m in agency)
    sta = [m for m in ms if m.name == "STA"]
    assert sta and sta[0].local_key == agency[0].local_key
    ruvel = [m for m in ms if m.name == "Ruvel"]
    assert ruvel and ruvel[0].kind == "place"  # a dateline in title case


def test_mentions_outlet_named_review_is_media(nlp):
    ms = run(nlp, "According to the Marlow Review, the shipments began in May.")
    assert [(m.name, m.kind) for m in ms] == [("Marlow Review", "media")]


def test_mentions_organ_of_a_body_in_lower_case(nlp):
    ms = run(nlp, "The UN panel investigating arms flows said it would examine the claims.")
    panel = [m for m in ms if m.name == "UN panel"]
    assert panel and panel[0].affiliation_kb == "body:un"


@pytest.mark.parametrize("text,kb_id", [
    ("The EU urged restraint. Brussels said it was studying the report.", "body:eu"),
    ("Belgium and the EU urged restraint. Brussels said it was studying the report.", "country:BE"),
    ("Brussels said it was studying the report.", "country:BE"),
])
def test_mentions_seat_of_a_body_stands_for_it_in_a_story_about_it(nlp, text, kb_id):
    ms = [m for m in run(nlp, text) if m.name == "Brussels"]
    assert ms and ms[0].kb_id == kb_id


def test_mentions_capital_after_a_demonym_teaches_the_state(nlp):
    # the article never writes the state's name: the demonym before "capital" names it
    ms = run(nlp, "Talks were held in the Tarvonian capital, Oskarn, on Monday. Oskarn said the talks failed.")
    oskarn = [m for m in ms if m.name == "Oskarn"]
    assert oskarn and all(m.local_key == "Tarvonia" for m in oskarn)


@pytest.mark.parametrize("text,name", [
    ("Radio Kestrovia said the talks failed.", "Radio Kestrovia"),
    ("Officials told the Velmar Daily News that peace was near.", "Velmar Daily News"),
    ("According to the Harwick Sentinel, the talks failed.", "Harwick Sentinel"),
    ("According to the Chronicle, the talks failed.", "Chronicle"),      # an outlet called by its head word
    ("Radio Dalmovia said the delegation would leave.", "Radio Dalmovia"),
    ("Even the Gazette admits its sources are anonymous.", "Gazette"),
    ("The minister told the Observer that talks would resume.", "Observer"),
    ("The agency Quorvia-Press said the talks failed.", "Quorvia-Press"),
])
def test_mentions_outlet_shapes(nlp, text, name):
    ms = [m for m in run(nlp, text) if m.name == name]
    assert ms and ms[0].kind == "media"


@pytest.mark.parametrize("text,city", [
    ("In Velgrad, the capital of Tarvonia, the parliament met.", "Velgrad"),
    ("The Tarvonian Republic protested. Officials in Oskarn, the Tarvonian capital, met.", "Oskarn"),
])
def test_mentions_capital_phrases_with_a_preposition_or_a_formal_demonym(nlp, text, city):
    facts = learn_states(nlp(text))
    assert facts.capital(city) is not None and facts.capital(city).name == "Tarvonia"


def test_mentions_learned_state_the_model_left_untagged_as_a_passive_subject(nlp):
    ms = run(nlp, "Tarvonia denied it. The Tarvonian side said Tarvonia must be held accountable by nobody.")
    assert len([m for m in ms if m.name == "Tarvonia" and m.kind == "country"]) == 2


def test_mentions_known_town_used_as_an_actor_is_left_for_the_corpus(nlp):
    # a town the gazetteer knows may be an invented state's capital ("Halden, the Narvikian capital" elsewhere)
    ms = [m for m in run(nlp, "Everyone repeats what Halden says.") if m.name == "Halden"]
    assert ms and ms[0].kind == "other"


def test_mentions_organ_named_after_a_body_in_full(nlp):
    ms = run(nlp, "Fighting displaced 9,000 people, the African Union Panel of Experts said.")
    panel = [m for m in ms if m.name == "African Union Panel of Experts"]
    assert panel and panel[0].affiliation_kb == "body:au" and panel[0].kb_id is None


def test_mentions_name_the_model_read_as_a_date_and_a_dateline_with_a_bare_day(nlp):
    ms = run(nlp, "ZAREK, 12 May (Sarkhani News Agency) - Sarkhan said no.\n\nZarek, the Sarkhani capital, "
                  "has hosted two rounds of talks. Zarek wants a deal.")
    zarek = [m for m in ms if m.name.lower() == "zarek"]
    assert [m.kind for m in zarek] == ["place", "country", "country"]
