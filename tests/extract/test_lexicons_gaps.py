"""Round-3 lexicon gaps found on unseen text, each pinned on a sentence of ours (invented places and groups).

States come from the gazetteer so that only the entry under test decides the relation.
"""
from __future__ import annotations

import pytest

from claimgraph.extract.quantities import find_quantities
from tests.extract.invented import extract, name
from tests.extract.invented import text_relations as relations

pytestmark = pytest.mark.model


def analysed(nlp, text: str):
    """Claims of an invented text and a mention-id -> name function."""
    claims, by_id = extract(nlp, text)
    return claims, lambda i: name(by_id, i)


@pytest.mark.parametrize("text,relation", [
    ("Bolivia hosted a delegation from Chile on Tuesday.", ("Bolivia", "CONSULT", "Chile")),
    ("Bolivia sent two of its frigates to Chile.", ("Bolivia", "MOBILIZE", "Chile")),
    ("Bolivia sent a handful of advisers to Chile.", ("Bolivia", "MOBILIZE", "Chile")),
    ("Bolivia sent thousands of troops to Chile.", ("Bolivia", "MOBILIZE", "Chile")),
    ("Bolivia inspected a tanker bound for Chile.", ("Bolivia", "COERCE", "Chile")),
    ("The Bolivian navy turned back a tanker bound for Chile.", ("Bolivian navy", "COERCE", "Chile")),
    ("Bolivia recalled its ambassador from Chile.", ("Bolivia", "SANCTION", "Chile")),
    ("Bolivia paid the Karsk Front's fighters.", ("Bolivia", "AID", "Karsk Front")),
    ("Bolivia sent radars to Chile.", ("Bolivia", "AID", "Chile")),
    ("Bolivia offered to lift the blockade of Chile.", ("Bolivia", "CONCEDE", "Chile")),
    ("Bolivia tore up the deal with Chile.", ("Bolivia", "REJECT", "Chile")),
    ("Bolivia gave permission for Chile to use the port.", ("Bolivia", "CONCEDE", "Chile")),
    ("Bolivia gave Chile access to the port.", ("Bolivia", "CONCEDE", "Chile")),
    ("Bolivia provided money for the Karsk Front to buy rifles.", ("Bolivia", "AID", "Karsk Front")),
    ("Bolivia warned that it would strike Chile.", ("Bolivia", "THREATEN", "Chile")),
    # a conditional harm by the speaker's side threatens under any reporting cue
    ('"If Chile crosses the line, we will strike," the Bolivian president said.', ("Bolivia", "THREATEN", "Chile")),
    ('"If Chile crosses the line, we will respond," the Bolivian president said.', ("Bolivia", "THREATEN", "Chile")),
])
def test_lexicons_gaps_relation(nlp, text, relation):
    assert relation in relations(nlp, text), text


@pytest.mark.parametrize("text,type_", [
    ("Bolivia walked out of the talks with Chile.", "REJECT"),
    ("Bolivia moved a frigate into the strait on Sunday.", "MOBILIZE"),
])
def test_lexicons_gaps_type(nlp, text, type_):
    assert type_ in {t for _, t, _ in relations(nlp, text)}, text


def test_lexicons_gaps_recall_is_no_report(nlp):
    claims, _ = analysed(nlp, "Bolivia recalled its ambassador from Chile.")
    assert all(c.cue is None for c in claims)


@pytest.mark.parametrize("second", [
    "Chile's account could not be confirmed.",
    "Their version of events was not independently verified.",
    "The claim could not be independently verified.",
])
def test_lexicons_gaps_later_sentence_hedges(nlp, second):
    claims, _ = analysed(nlp, f"Chile said Bolivia shelled the town of Varno. {second}")
    said = [c for c in claims if c.event.type == "ASSAULT"]
    assert said and all(c.hedged for c in said), second


def test_lexicons_gaps_unrelated_next_sentence_no_hedge(nlp):
    claims, _ = analysed(nlp, "Chile said Bolivia shelled the town of Varno. The Bolivian army declined to comment.")
    assert not any(c.hedged for c in claims if c.event.type == "ASSAULT")


@pytest.mark.parametrize("text", ["Chilean officials \u201cconfirmed\u201d that Bolivia shelled the town of Varno.",
                                  'Chilean officials "confirmed" that Bolivia shelled the town of Varno.'])
def test_lexicons_gaps_scare_quoted_cue(nlp, text):
    claims, _ = analysed(nlp, text)
    assert any(c.hedged for c in claims if c.event.type == "ASSAULT"), text


@pytest.mark.parametrize("text,value,unit,bound", [
    ("Bolivia sent twenty-three warships to Chile.", 23, "warships", "exact"),
    ("Bolivia deployed forty-one tanks near Chile.", 41, "tanks", "exact"),
    ("Bolivia sent several hundred troops to Chile.", 300, "troops", "vague"),
    ("Bolivia sent a few thousand troops to Chile.", 2000, "troops", "vague"),
    ("Bolivia sent a handful of advisers to Chile.", 3, "advisers", "vague"),
    ("Bolivia sent dozens of drones to Chile.", 24, "drones", "vague"),
    ("Bolivia sent two of its frigates to Chile.", 2, "frigates", "exact"),
])
def test_lexicons_gaps_figures(nlp, text, value, unit, bound):
    doc = nlp(text)
    found = [(q.value, q.unit, q.bound) for q, *_ in find_quantities(doc, 0, len(doc))]
    assert (value, unit, bound) in found, (text, found)


@pytest.mark.parametrize("text,present,absent", [
    # a light verb with an order or a law is not the agreement its verb names alone
    ("Bolivia signed an order to strike Chile.", None, ("Bolivia", "AGREE", None)),
    ("Bolivia signed a deal with Chile.", ("Bolivia", "AGREE", "Chile"), None),
    # PLOVER: an agreement to meet is AGREE, the meeting is still to come
    ("Bolivia agreed to hold talks with Chile.", ("Bolivia", "AGREE", "Chile"), ("Bolivia", "CONSULT", "Chile")),
    ("Bolivia refused to hold talks with Chile.", ("Bolivia", "REJECT", "Chile"), ("Bolivia", "AGREE", "Chile")),
])
def test_lexicons_gaps_light_and_agreeing_verbs(nlp, text, present, absent):
    found = relations(nlp, text)
    assert present is None or present in found, (text, found)
    assert absent is None or absent not in found, (text, found)


@pytest.mark.parametrize("text", [
    '"If it rains, we will hold the parade indoors," the Bolivian president said.',
    "The Bolivian president said that if Chile attacked, Peru would suffer.",
    # the speaker's side will do something under a condition the other party sets, but nothing hostile
    '"If Chile asks us to leave, we will leave, because we are guests," the Bolivian president said.',
    '"If Chile opens the border, we will send doctors," the Bolivian president said.',
])
def test_lexicons_gaps_conditional_without_threat(nlp, text):
    assert "THREATEN" not in {t for _, t, _ in relations(nlp, text)}, text
