"""A body named in full is called by its capitalised head word later ("the Movement", "the Alliance"): the bare word
is a mention of the last body named with it; with none named so, it is nobody.

Every body, person and sentence here is invented for the tests.
"""
from __future__ import annotations

import pytest

from claimgraph.extract.mentions import find_mentions
from claimgraph.model import Document

pytestmark = pytest.mark.model


def _keys(nlp, text, word):
    ms = find_mentions(Document(id="d1", path="d1.txt", text=text), nlp(text))
    return [m.local_key for m in ms if m.text == word and not m.pronoun]


@pytest.mark.parametrize("text,word,body", [
    ("The Tavrin Popular Movement signed the deal. The spokeswoman of the Movement Liana Orsk has declared that the "
     "hostages are free.", "Movement", "Tavrin Popular Movement"),
    ("The Northern Farmers Alliance met in Selvo. From the side of the Alliance the paper was signed by Ivo Brek.",
     "Alliance", "Northern Farmers Alliance"),
    ("The Coastal Workers Union called a strike. According to the Union, the strike will last a week.", "Union",
     "Coastal Workers Union"),
])
def test_missed_heads_bare_head_word_is_the_body(nlp, text, word, body):
    assert _keys(nlp, text, word) == [body]


@pytest.mark.parametrize("text,word", [
    ("The Tavrin Popular Front signed the deal. The spokeswoman of the Movement Liana Orsk said nothing.", "Movement"),
    ("According to the Union, the strike will last a week.", "Union"),
])
def test_missed_heads_bare_head_word_with_no_body_named_so(nlp, text, word):
    assert not [k for k in _keys(nlp, text, word) if k != word]
