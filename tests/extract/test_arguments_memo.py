"""ActorIndex.actors keeps its answers per document (speed): the same answers, each a fresh list, and none kept
while a pronoun is being resolved. Names are invented for the tests."""
from __future__ import annotations

import pytest

from claimgraph.extract.arguments import ActorIndex
from claimgraph.extract.mentions import find_mentions
from claimgraph.model import Document

pytestmark = pytest.mark.model

TEXT = ("The Varrow Council and the Kessian army signed a truce in Marrow on Monday. "
        "It said the army would withdraw, and its envoys met Ostrian officials.")


def _index(nlp, text: str = TEXT):
    doc = nlp(text)
    document = Document(id="dm", path="m.txt", text=text)
    return ActorIndex(document, doc, find_mentions(document, doc)), doc


def test_arguments_memo_answers_as_a_fresh_index_does(nlp):
    warm, doc = _index(nlp)
    for t in doc:               # every token asked once, so the second pass is answered from the memo
        warm.actors(t)
    for t in doc:
        cold, cold_doc = _index(nlp)
        assert [m.name for m in warm.actors(t)] == [m.name for m in cold.actors(cold_doc[t.i])], t.text


def test_arguments_memo_gives_a_new_list_each_time(nlp):
    index, doc = _index(nlp)
    subject = next(t for t in doc if t.dep_ == "nsubj" and t.text == "Council")
    first = index.actors(subject)
    assert first and [m.name for m in first] == [m.name for m in index.actors(subject)]
    first.append(None)          # a caller extends its list (``actors`` itself adds conjuncts to its own)
    assert None not in index.actors(subject)


def test_arguments_memo_keeps_nothing_while_a_pronoun_is_resolved(nlp):
    index, doc = _index(nlp)
    its = next(t for t in doc if t.lower_ == "its")
    index._resolving += 1       # as inside ``pronoun``: a nested request may see a half-resolved pronoun
    index.actors(its.head)
    index._resolving -= 1
    assert not index._actors_memo
    index.actors(its.head)
    assert index._actors_memo
