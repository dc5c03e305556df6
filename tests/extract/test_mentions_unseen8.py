"""Mentions of one article (round 7): a body's head word or a state glued before a person by a machine
translation, "<Demonym> intelligence", a ministry's full name "<Ministry> of the Republic of <State>" as its alias,
a headline in capitals running on after the state, an outlet opening a piped title, the UN refugee agency's long
name, an author's signature line.

Every state, city, person, outlet and sentence here is invented for the tests.
"""
from __future__ import annotations

import pytest

from claimgraph.extract.mentions import find_mentions
from claimgraph.model import Document

pytestmark = pytest.mark.model


def mentions_of(nlp, text, title=None):
    doc = nlp(text)
    return find_mentions(Document(id="t", path="t.txt", text=text, title=title), doc)


def named(found):
    return {(m.name, m.kind) for m in found if not m.pronoun}


@pytest.mark.parametrize("text,person,body", [
    ('The Front of Liberation of Velmar attacked. The spokesman of the Front Ivo Perak said it was a mistake.',
     "Ivo Perak", "Front"),
    ('The Council for National Unity met. The representative of the Council Mira Odenvald said it would meet.',
     "Mira Odenvald", "Council"),
    ('The Ostrel Front denied it. The commander of the Front Dario Kessemir has called the corridor a trap.',
     "Dario Kessemir", "Front"),
])
def test_mentions_unseen8_head_word_glued_before_a_person(nlp, text, person, body):
    found = named(mentions_of(nlp, text))
    assert (person, "person") in found and not any(body + " " + person == n for n, _ in found), found


@pytest.mark.parametrize("text,name", [
    # a body's own name with a person's name after it, no title before "of the"
    ("Workers of the Front Line Brigade said the road was cut.", "Front Line Brigade"),
    ("The council met on Monday. Members of the Council Tax Board said nothing.", "Council Tax Board"),
])
def test_mentions_unseen8_head_word_look_alikes_stay_whole(nlp, text, name):
    found = named(mentions_of(nlp, text))
    assert not any(kind == "person" and n in name for n, kind in found), found


@pytest.mark.parametrize("text,person", [
    # the model reads "<State> <Given> <Surname>" as a building (FAC)
    ("The minister for the refugees of Khorasiya Samir Dalino has named the agreement the small light.",
     "Samir Dalino"),
    ("The minister for the refugees of Khorasiya Anwar Telino has named the agreement the small light.",
     "Anwar Telino"),
    ("The minister for the refugees of Khorasiya Samir Dalino has named the agreement the small light. By him was "
     "said, that in the territory of Khorasiya are living many refugees.", "Samir Dalino"),
    # read as a place already before
    ("The minister for the refugees of Norvaniya Tarik Osmanov has named the deal a light.", "Tarik Osmanov"),
])
def test_mentions_unseen8_state_glued_before_a_person_read_as_a_building(nlp, text, person):
    found = named(mentions_of(nlp, text))
    assert (person, "person") in found, found


@pytest.mark.parametrize("text,name,state", [
    ("Norvanian intelligence says the convoy was hit. Norvania wants an inquiry.", "Norvanian intelligence",
     "Norvania"),
    ("Ostravian intelligence, for its part, claims 40 drones are flying. Ostravia denied it.",
     "Ostravian intelligence", "Ostravia"),
    ("Peruvian intelligence believes the leader fled.", "Peruvian intelligence", "Peru"),
])
def test_mentions_unseen8_demonym_intelligence_is_the_service(nlp, text, name, state):
    m = next(m for m in mentions_of(nlp, text) if m.name == name)
    assert m.kb_id == "inst:intelligence" and m.affiliation == state


def test_mentions_unseen8_intelligence_data_is_no_service(nlp):
    found = mentions_of(nlp, "According to intelligence data, the post was used to plan the attack on Kessel.")
    assert not any(m.kb_id == "inst:intelligence" for m in found)


@pytest.mark.parametrize("text,full", [
    ("The Ministry of Health of the Republic of Norvania reports 40 new cases.",
     "Ministry of Health of the Republic of Norvania"),
    ("On the Thursday the Ministry of foreign affairs of Ostraviya has sent the note of the protest.",
     "Ministry of foreign affairs of Ostraviya"),
    ("Velmar, 3 May (NTA) - The Ministry of Defence of the Republic of Kessaria informs that the strike hit a "
     "depot.", "Ministry of Defence of the Republic of Kessaria"),
])
def test_mentions_unseen8_ministry_full_name_is_its_alias(nlp, text, full):
    found = mentions_of(nlp, text)
    short = next(m for m in found if m.kb_id and m.name != full and full.startswith(m.name))
    whole = next(m for m in found if m.name == full)
    assert whole.local_key == short.local_key and whole.kind == short.kind == "organization"


def test_mentions_unseen8_ministry_of_a_person_names_no_alias(nlp):
    found = mentions_of(nlp, "The Ministry of Health said the doctors of Anna Velk were safe.")
    assert not any(m.name.startswith("Ministry of Health of") for m in found)


@pytest.mark.parametrize("text,ministry,state", [
    ("STATEMENT OF THE MINISTRY OF DEFENCE OF THE REPUBLIC OF KESSARIA ON THE\nOPERATION IN THE BORDER ZONE\n\n"
     "The Ministry of Defence of the Republic of Kessaria informs that the strike hit a depot.",
     "MINISTRY OF DEFENCE", "REPUBLIC OF KESSARIA"),
    ("STATEMENT OF THE MINISTRY OF HEALTH OF THE REPUBLIC OF NORVANIA ABOUT THE EPIDEMIC IN THE NORTH\n\n"
     "The Ministry of Health of the Republic of Norvania reports 40 new cases.",
     "MINISTRY OF HEALTH", "REPUBLIC OF NORVANIA"),
])
def test_mentions_unseen8_headline_in_capitals_cut_after_the_state(nlp, text, ministry, state):
    names = {m.name for m in mentions_of(nlp, text)}
    assert ministry in names and state in names
    assert not any(n.upper().startswith(ministry) and (" ON " in n.upper() or " ABOUT " in n.upper()) for n in names)


@pytest.mark.parametrize("title,outlet", [
    ("Harbour Ekspres | 14.11.2026 | Politics | [automatic translation]", "Harbour Ekspres"),
    ("Velmar Vjesnik | 3 May 2026 | World", "Velmar Vjesnik"),
    ("Kessel Daily Post | 2026-05-03", "Kessel Daily Post"),
])
def test_mentions_unseen8_outlet_opening_a_piped_title(nlp, title, outlet):
    text = f"{title}\n\nThe corridor is opened. Norvania and Kessaria agreed on Friday."
    found = mentions_of(nlp, text, title=title)
    assert any(m.kind == "media" and m.name == outlet for m in found), [(m.name, m.kind) for m in found]


@pytest.mark.parametrize("title", [
    "Talks resume in the north | The Velmar Beacon",        # a headline, then the outlet: no date after it
    "Norvania and Kessaria agree | Politics",
])
def test_mentions_unseen8_piped_title_look_alikes(nlp, title):
    text = f"{title}\n\nThe corridor is opened. Norvania and Kessaria agreed on Friday."
    found = mentions_of(nlp, text, title=title)
    assert not any(m.kind == "media" and m.name == title.split(" | ")[0] for m in found)


@pytest.mark.parametrize("text", [
    "The UN High Commissioner for Refugees (UNHCR) said 40 people were killed.",
    "The U.N. High Commissioner for Refugees warned of shortages in the camps.",
    "UN High Commissioner for Refugees Mara Delvin said the camps were full.",
])
def test_mentions_unseen8_refugee_agency_long_name(nlp, text):
    assert any(m.kb_id == "body:unhcr" and "High Commissioner" in m.name for m in mentions_of(nlp, text))


@pytest.mark.parametrize("sign", [
    "Mirela Vostan-Kerr writes on the region's conflicts.",
    "Mirela Vostan-Kerr is a senior fellow at the institute.",
])
def test_mentions_unseen8_author_signature_is_no_actor(nlp, sign):
    text = ("WEEKLY NOTES\nAnalysis | 3 May 2026\n\nWhy the talks failed\n\nBy Mirela Vostan-Kerr, senior fellow\n\n"
            f"The ceasefire that Norvania signed lasted a week, Norvanian officials said.\n\n{sign}\n")
    assert not any("Vostan" in m.name for m in mentions_of(nlp, text))


def test_mentions_unseen8_a_quoted_person_is_no_author(nlp):
    text = ("By Mirela Vostan-Kerr, senior fellow\n\nThe ceasefire failed, Ivo Perak said. Ivo Perak is the "
            "Norvanian envoy.")
    assert any(m.name == "Ivo Perak" for m in mentions_of(nlp, text))


@pytest.mark.parametrize("byline", ["By Mirela Vostan-Kerr, senior fellow", "By Mirela Vostan-Kerr and Ivo Perak",
                                    "By Mirela Vostan-Kerr | 3 May 2026"])
def test_mentions_unseen8_author_of_a_byline_the_cleaner_moved(nlp, byline):
    text = "The ceasefire that Norvania signed lasted a week.\n\nMirela Vostan-Kerr writes on the region's conflicts."
    raw = f"WEEKLY NOTES\n\n{byline}\n\n{text}"
    found = find_mentions(Document(id="t", path="t.txt", text=text, raw_text=raw), nlp(text))
    assert not any("Vostan" in m.name for m in found)
