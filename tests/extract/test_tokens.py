"""The per-document token table reads the same values as spaCy's Token attributes (invented text)."""
from __future__ import annotations

import pytest

from claimgraph.extract.tokens import KEY, tokens

pytestmark = pytest.mark.model

TEXTS = [
    "Norvanian officials said on Tuesday that 40 fighters had crossed into Kessia.\n\n"
    "The ministry in Velmir denied it. “We never sent anyone,” a spokesman told the Harbour Times.",
    "Talks resume\nDelegations from Ostria and Lunden met in Marrow on Monday, the U.N. said.",
    "",
    # runs of spaces, tabs and blank lines become whitespace tokens; doc_text must give them back as written
    "  Kessia  said\tit would\n\n\n  respond.  ",
]

COLUMNS = {
    "text": lambda t: t.text, "lower": lambda t: t.lower_, "lemma": lambda t: t.lemma_,
    "lemma_lower": lambda t: t.lemma_.lower(), "tag": lambda t: t.tag_, "dep": lambda t: t.dep_,
    "ent_type": lambda t: t.ent_type_, "pos": lambda t: t.pos_, "head": lambda t: t.head.i,
    "ent_iob": lambda t: t.ent_iob, "is_stop": lambda t: t.is_stop,
    "sent_start": lambda t: t.is_sent_start is True, "idx": lambda t: t.idx,
}


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("column", sorted(COLUMNS))
def test_tokens_column_equals_token_attribute(nlp, text, column):
    doc = nlp(text)
    assert getattr(tokens(doc), column) == [COLUMNS[column](t) for t in doc]


def test_tokens_table_is_kept_per_document(nlp):
    a, b = nlp("Kessia denied it."), nlp("Ostria agreed.")
    assert tokens(a) is tokens(a) and a.user_data[KEY] is tokens(a)
    assert tokens(a) is not tokens(b) and tokens(b).text == ["Ostria", "agreed", "."]


@pytest.mark.parametrize("text", TEXTS)
def test_tokens_doc_text_equals_doc_text(nlp, text):
    doc = nlp(text)
    assert tokens(doc).doc_text == doc.text == text


@pytest.mark.parametrize("text", TEXTS)
def test_tokens_ents_gives_each_token_its_entity(nlp, text):
    doc = nlp(text)
    expected = [next(((e.start, e.end) for e in doc.ents if e.start <= i < e.end), None) for i in range(len(doc))]
    assert tokens(doc).ents == expected


@pytest.mark.parametrize("text", TEXTS + [
    # a long sentence with clauses on both sides of the root, a coordination and a relative clause
    "Citing officials who spoke on condition of anonymity, the Harbour Times reported that Ostrian jets, which "
    "had taken off from Marrow, struck two depots and a bridge near Kessia before they returned.",
])
def test_tokens_kids_and_subtree_equal_spacy(nlp, text):
    doc = nlp(text)
    table = tokens(doc)
    assert table.kids == [[c.i for c in t.children] for t in doc]
    assert [table.subtree(t.i) for t in doc] == [[x.i for x in t.subtree] for t in doc]


def test_tokens_subtree_of_a_leaf_is_the_leaf_and_of_the_root_the_sentence(nlp):
    doc = nlp("Ostria recalled its ambassador on Monday.")
    table = tokens(doc)
    root = next(t.i for t in doc if t.dep_ == "ROOT")
    assert table.subtree(root) == list(range(len(doc)))
    leaf = next(t.i for t in doc if not list(t.children))
    assert table.subtree(leaf) == [leaf] and table.kids[leaf] == []
