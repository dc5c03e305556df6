"""Figures of coordinated clauses: each its own claim, with the speaker of the clause it stands in (invented text)."""
from __future__ import annotations

import pytest

from tests.extract.invented import figure_speakers as figures
from tests.extract.test_claims import extract

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,expected", [
    # the outlet's figure beside a service's figure in one sentence
    ("Trucks reached Velmora on Monday. 14 artillery pieces were delivered, and the Border Service has put "
     "the number of guards at 52.", {(14, None), (52, "Border Service")}),
    # two figures in coordinated clauses of one report
    ("According to the Border Service, 14 guns were delivered on Monday, and 52 guards were wounded in the "
     "clashes.", {(14, "Border Service"), (52, "Border Service")}),
    ("The Border Service said 14 guns were delivered and 52 guards were wounded.",
     {(14, "Border Service"), (52, "Border Service")}),
    # two figures of the outlet
    ("Trucks reached Velmora on Monday. 14 artillery pieces were delivered, and the rebels held 52 guards.",
     {(14, None), (52, None)}),
])
def test_figure_clauses_each_figure_its_claim(nlp, text, expected):
    claims, by_id = extract(nlp, text)
    assert expected <= figures(claims, by_id), figures(claims, by_id)


@pytest.mark.parametrize("text,total", [
    ("Officials in Velmora said six MiG-29s and two Su-24s landed at the base.", 8),
    ("The Border Service said 14 guns, including six howitzers, were delivered.", 14),
])
def test_figure_clauses_one_clause_keeps_one_figure(nlp, text, total):
    # the total is the claim's figure; a part named beside it ("including six howitzers") is a claim of its
    # own (round 7: a part is a figure a reader looks for), never a second total
    claims, by_id = extract(nlp, text)
    values = [c.event.quantity.value for c in claims if c.event.quantity is not None]
    assert values and values[0] == total and all(v < total for v in values[1:]), values


@pytest.mark.parametrize("text", [
    'The Velmora Herald, citing security officials, put the number of foreign fighters at "hundreds".',
    "The Velmora Herald put the number of foreign fighters at hundreds.",
])
def test_figure_clauses_figure_cue_with_a_vague_amount_reports(nlp, text):
    claims, by_id = extract(nlp, text)
    assert (200, "Velmora Herald") in figures(claims, by_id), figures(claims, by_id)


def test_clause_verb_stops_at_a_root_that_is_no_verb():
    """A sentence whose root is a number or noun ('One of the many reasons …') ends the climb at the root;
    spaCy makes a new Token object per access, so the loop must compare indices, not identity (it hung)."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from claimgraph.extract.figure_clauses import clause_verb

    doc = Doc(Vocab(), words=["One", "of", "the", "many", "reasons"], heads=[0, 0, 4, 4, 1],
              deps=["ROOT", "prep", "det", "amod", "pobj"], pos=["NUM", "ADP", "DET", "ADJ", "NOUN"])
    assert clause_verb(doc[4]).i == 0


def test_figure_in_a_verbless_sentence_does_not_hang(nlp):
    from claimgraph.extract.claims import find_claims
    from claimgraph.extract.mentions import find_mentions
    from claimgraph.model import Document

    text = ("Ministers met in Velmora on Monday. One of the many reasons the council delays its vote may be "
            "that 40 guards would have to leave.")
    document = Document(id="d1", path="t.txt", text=text)
    doc = nlp(text)
    claims = find_claims(document, doc, find_mentions(document, doc))
    assert isinstance(claims, list)


@pytest.mark.parametrize("text,expected", [
    # a figure in the second sentence of a quote
    ("\"We counted the dead. We lost 19 men,\" said Colonel Arno Vask.", {(19, "Arno Vask")}),
    # a figure in each sentence of a statement over several sentences: each its claim
    ("\"We have lost 19 men. We will not withdraw,\" Colonel Arno Vask said on Monday. \"The rebels lost 200 "
     "fighters.\"", {(19, "Arno Vask"), (200, "Arno Vask")}),
])
def test_figure_clauses_later_sentences_of_a_statement(nlp, text, expected):
    claims, by_id = extract(nlp, text)
    assert expected <= figures(claims, by_id), figures(claims, by_id)


@pytest.mark.parametrize("text,expected", [
    # a clause set beside the reported one by "while" is a second statement with its own figure
    ("Ilse Brandt told the Kessin Herald that 23 bodies had been brought in, while 40 wounded people were being "
     "treated.", {(23, "Brandt"), (40, "Brandt")}),
    # counts of different outcomes are no parts of one sum
    ("The Kessin Relief Agency reported 23 deaths and 40 injuries in Lyon.",
     {(23, "Kessin Relief Agency"), (40, "Kessin Relief Agency")}),
    # a passive figure cue, and a parenthetical cue with a participle the parser hangs on it
    ("A toll of 23 dead was given by the Kessin Relief Agency.", {(23, "Kessin Relief Agency")}),
    ("The death toll was put at 23 by the Kessin Relief Agency.", {(23, "Kessin Relief Agency")}),
    ("The Norland Front attacked Lyon, the Kessin Relief Agency said, killing 23 people.",
     {(23, "Kessin Relief Agency")}),
    ("The death toll rose to 23, the Kessin Relief Agency said, up from 14 a day earlier.",
     {(23, "Kessin Relief Agency")}),
])
def test_figure_clauses_figures_of_a_statement_keep_their_speaker(nlp, text, expected):
    claims, by_id = extract(nlp, text)
    assert expected <= figures(claims, by_id), figures(claims, by_id)
