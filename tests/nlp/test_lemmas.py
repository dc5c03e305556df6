"""The lemma cache sets exactly the lemmas the model's lemmatizer sets."""
from __future__ import annotations

import pytest
from spacy.attrs import LEMMA

from claimgraph.nlp.lemmas import LemmaCache

TEXTS = [
    "The Varnish ministry said its drones were struck twice; officials denied having seen the strikes.",
    "Kemmer Dravic's forces are retreating, the council gets its way, and better days are coming.",
    "  \n\nAt least 300 fighters withdrew from Oskelund on Tuesday, according to the monitors' reports.",
]


def _before_lemmatizer(nlp, text):
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "lemmatizer":
            return doc
        doc = proc(doc)
    raise AssertionError("no lemmatizer")


@pytest.mark.model
@pytest.mark.parametrize("text", TEXTS)
def test_lemmas_equal_the_lemmatizer(nlp, text):
    cache = nlp.get_pipe("lemmatizer")
    assert isinstance(cache, LemmaCache)
    doc = _before_lemmatizer(nlp, text)
    for _ in range(2):          # the second time from the cache
        ours, theirs = cache(doc.copy()), cache.lemmatizer(doc.copy())
        assert ours.to_array([LEMMA]).tolist() == theirs.to_array([LEMMA]).tolist()
    assert cache.cache


@pytest.mark.model
def test_lemmas_keep_the_rulers_lemma(nlp):
    """A lemma set before the lemmatizer (the attribute ruler's) stays, as the lemmatizer leaves it."""
    cache = nlp.get_pipe("lemmatizer")
    doc = _before_lemmatizer(nlp, "The envoys were talking.")
    doc[1].lemma_ = "zz-envoy"
    assert cache(doc)[1].lemma_ == "zz-envoy"
    assert doc[3].lemma_ == "talk"


@pytest.mark.model
def test_lemmas_no_part_of_speech_is_not_cached(nlp):
    """Without a part of speech the lemmatizer warns on every call: such tokens are never cached."""
    cache = nlp.get_pipe("lemmatizer")
    doc = nlp.make_doc("Quorvel envoys")       # tokenized only: no tags, no parts of speech
    with pytest.warns(UserWarning):
        cache(doc)
    assert not any(key[0] == doc[0].orth and key[1] == 0 for key in cache.cache)
    assert doc[1].lemma_ == "envoys"


@pytest.mark.model
def test_lemmas_keyed_on_morphology(nlp):
    """The same word and part of speech with other features can have another lemma: a singular noun is
    its own base form, a plural one is not."""
    from spacy.tokens import Doc

    cache = nlp.get_pipe("lemmatizer")
    words = ["drovels", "drovels", "drovels"]
    doc = Doc(nlp.vocab, words=words, pos=["NOUN"] * 3, morphs=["Number=Sing", "Number=Plur", "Number=Sing"])
    assert [t.lemma_ for t in cache(doc)] == ["drovels", "drovel", "drovels"]
