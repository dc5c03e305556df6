"""Pronouns and descriptors: gender from courtesy titles, role words and given names; "the X leader" is the
person named as X's leader; "the regime" is nobody's person. Every name here is invented.
"""
from __future__ import annotations

import pytest

from claimgraph.extract.analyse import analyse
from claimgraph.extract.coref import person_genders, pronoun_fits
from claimgraph.model import Document, Mention


def person(name, start, *, role=None, key=None, kind="person"):
    return Mention(id=f"d:m{start}", doc="d", start=start, end=start + len(name), text=name, name=name,
                   kind=kind, local_key=key or name, role=role)


@pytest.mark.parametrize("text,name,role,gender", [
    ("Ms. Ilvana Dorsk said so.", "Ilvana Dorsk", None, "f"),
    ("Mr Ostrel Vakh said so.", "Ostrel Vakh", None, "m"),
    ("The spokeswoman Irda Malt said so.", "Irda Malt", None, "f"),
    ("Lidia Orbek said so.", "Lidia Orbek", None, "f"),
    ("Ozran Telvik said so.", "Ozran Telvik", None, None),   # an unknown given name shows nothing
    ("Oskar Velmet said so.", "Oskar Velmet", None, "m"),     # a known name in another transliteration
    ("Aleksandra Turv said so.", "Aleksandra Turv", None, "f"),
])
def test_coref_person_genders(text, name, role, gender):
    m = person(name, text.index(name), role=role)
    assert person_genders(text, [m]).get(name) == gender


def test_coref_conflicting_gender_evidence_gives_none():
    text = "Mr. Lidia Orbek said so."
    assert person_genders(text, [person("Lidia Orbek", 4)]) == {}


class _Doc:
    def __init__(self, genders):
        self.user_data = {"claimgraph_genders": genders}


@pytest.mark.parametrize("pronoun,name,genders,fits", [
    ("she", "Ostrel Vakh", {"Ostrel Vakh": "m"}, False),
    ("he", "Ostrel Vakh", {"Ostrel Vakh": "m"}, True),
    ("she", "Ozran Telvik", {}, True),                                  # unknown gender fits
    ("she", "Ozran Telvik", {"Lidia Orbek": "f"}, False),               # but not when a woman is named
    ("they", "Ozran Telvik", {}, True),
])
def test_coref_pronoun_fits(pronoun, name, genders, fits):
    assert pronoun_fits(pronoun, person(name, 0), _Doc(genders)) == fits


def test_coref_person_pronoun_never_stands_for_a_place():
    assert not pronoun_fits("she", person("Velmora", 0, kind="place"), _Doc({}))


@pytest.mark.model
@pytest.mark.parametrize("text,name,pronoun,fits", [
    # a state the parser tagged a person, even with a role glued on, is never "she"/"he"
    ("Ms. Dalla Voss, a spokeswoman for the Brannoch army, spoke on Monday.", "Brannoch", "she", False),
    ("The Quelmark navy said Mr Ilvaro Senn had left.", "Quelmark", "he", False),
    ("Mr Ilvaro Senn spoke on Monday.", "France", "he", False),               # a state the knowledge base lists
    # look-alikes: a person's own army, a person named in full
    ("General Orsk's army took the bridge, and Orsk spoke on Monday.", "Orsk", "he", True),
    ("Ms. Dalla Voss, a spokeswoman for the Brannoch army, spoke on Monday.", "Dalla Voss", "she", True),
])
def test_coref_pronoun_never_stands_for_a_state_word(nlp, text, name, pronoun, fits):
    doc = nlp(text)
    doc.user_data["claimgraph_genders"] = {}
    assert pronoun_fits(pronoun, person(name, 0, role="spokesperson"), doc) == fits


@pytest.mark.model
@pytest.mark.parametrize("text,speaker_text,speaker", [
    ("Lidia Sarvek, the foreign minister, met Ozran Telvik on Monday. Telvik said the border would stay shut. "
     "She said her government wanted observers.", "She", "Lidia Sarvek"),
    ("The Kessel Liberation Front leader, Marek Dovan, spoke to reporters. The Kessel Liberation Front leader "
     "said the ceasefire was over.", "The Kessel Liberation Front leader", "Marek Dovan"),
])
def test_coref_speakers_resolved(nlp, text, speaker_text, speaker):
    r = analyse(Document(id="d", path="t", text=text), nlp(text))
    by_id = {m.id: m for m in r.mentions}
    claim = next(c for c in r.claims if c.speaker_text == speaker_text)
    assert by_id[claim.speaker_mention].local_key == speaker


@pytest.mark.model
def test_coref_the_regime_is_not_the_last_person_quoted(nlp):
    text = ("Marek Dovan said the group would fight on. The regime in Velmora said the rebels were terrorists.")
    r = analyse(Document(id="d", path="t", text=text), nlp(text))
    by_id = {m.id: m for m in r.mentions}
    claim = next(c for c in r.claims if c.speaker_text and c.speaker_text.startswith("The regime"))
    assert claim.speaker_mention is None or by_id[claim.speaker_mention].kind != "person"


@pytest.mark.model
def test_coref_outlet_called_by_its_last_word_in_one_article(nlp):
    from claimgraph.extract.mentions import find_mentions
    text = "The Orville Ledger reported the shelling. Officials told the Ledger that nobody was hurt."
    ms = find_mentions(Document(id="d", path="t", text=text), nlp(text))
    short = [m for m in ms if m.name == "Ledger"]
    assert short and all(m.local_key == "Orville Ledger" for m in short)


@pytest.mark.model
@pytest.mark.parametrize("text,expansion,kb", [
    # the article defines a known acronym as something else: its definition wins
    ("The National Revolutionary Council (NRC) took power in Varno in March. The NRC said the port was closed.",
     "National Revolutionary Council", None),
    # the article defines it as what the knowledge base knows: nothing changes
    ("The Norwegian Refugee Council (NRC) said 400 families had fled. The NRC asked for access.",
     "Norwegian Refugee Council", "body:nrc"),
])
def test_coref_acronym_defined_in_the_article_wins_over_the_knowledge_base(nlp, text, expansion, kb):
    from claimgraph.extract.mentions import find_mentions

    ms = find_mentions(Document(id="d", path="x.txt", text=text), nlp(text))
    acronyms = [m for m in ms if m.text == "NRC"]
    assert len(acronyms) == 2
    assert all(m.local_key == expansion and m.kb_id == kb for m in acronyms)


@pytest.mark.parametrize("text,names,strong", [
    # a full name and a titled surname are people he/she can stand for
    ("Anna Velk met General Ostrov.", [("Anna Velk", 0), ("Ostrov", 23, "general")], {"Anna Velk", "Ostrov"}),
    # a lone word never named in full, or a name the article also puts after "in", is a place
    ("Dravik says no. Fighting went on in Port Elme. Port Elme says yes.",
     [("Dravik", 0), ("Port Elme", 36), ("Port Elme", 47)], set()),
    # "in Berk's view" is a person's view
    ("In Lena Berk's view, the truce holds.", [("Lena Berk", 3)], {"Lena Berk"}),
])
def test_coref_strong_keys(text, names, strong):
    from claimgraph.extract.coref import strong_keys

    mentions = [person(n[0], n[1], role=n[2] if len(n) > 2 else None) for n in names]
    assert strong_keys(mentions, text) == strong
