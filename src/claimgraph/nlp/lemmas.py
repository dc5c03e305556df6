"""The model's rule lemmatizer behind a cache, in one pass over the document's arrays.

spaCy's rule lemmatizer builds a Token and walks through Python for every token of every document, and
caches only the words its tables cover (a proper noun, a determiner, a punctuation mark or a base form is
worked out again each time). Its lemma is a function of the token's (orth, part of speech, morphology):
its own cache is keyed so, and the English base-form test reads only those. This component
(``claimgraph_lemmatizer``) wraps the loaded lemmatizer: it reads orth, part of speech, morphology and
lemma for the whole document in one ``Doc.to_array``, takes each lemma from a cache keyed the same way,
asks the lemmatizer itself (``lemmatize(token)``) only on a miss (and always for a token without a part
of speech, which it warns about), and writes the lemmas back in one ``Doc.from_array``. A token that already has a lemma
(the attribute ruler's) keeps it, as the lemmatizer does unless it overwrites. Any other mode than
"rule" hands the document to the lemmatizer. ``tests/nlp/test_lemmas.py`` checks the lemmas are the
lemmatizer's.
"""
from __future__ import annotations

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors as SpacyErrors
from spacy.language import Language
from spacy.tokens import Doc

CACHE_LIMIT = 500_000      # distinct (orth, pos, morph) kept before the cache starts again


@Language.factory("claimgraph_lemmatizer", assigns=["token.lemma"])
def make_lemma_cache(nlp: Language, name: str) -> "LemmaCache":
    """An empty wrapper; ``from_lemmatizer`` gives it the model's lemmatizer (see ``nlp.pipeline``)."""
    return LemmaCache(nlp, name)


class LemmaCache:
    """The model's lemmatizer, its cache read without a Token per token.

    nlp (Language): the pipeline (for its string store).
    name (str): the component name.
    """

    def __init__(self, nlp: Language, name: str = "claimgraph_lemmatizer"):
        self.name = name
        self.vocab = nlp.vocab
        self.lemmatizer = None
        self.cache: dict[tuple[int, int, int], int] = {}     # (orth, pos, morph) -> the lemma's hash

    def from_lemmatizer(self, lemmatizer) -> "LemmaCache":
        """Wrap a loaded spaCy ``Lemmatizer``. RETURNS (LemmaCache): self."""
        self.lemmatizer = lemmatizer
        return self

    def __call__(self, doc: Doc) -> Doc:
        """Set every token's lemma as the lemmatizer would.

        doc (Doc): a document with parts of speech (and the ruler's lemmas).
        RETURNS (Doc): the same document.
        """
        lem = self.lemmatizer
        if lem.mode != "rule" or not len(doc):
            return lem(doc)
        if not lem._validated:   # the lemmatizer checks its tables once, before its first document
            lem._validate_tables(SpacyErrors.E1004)
        cache, strings, overwrite = self.cache, self.vocab.strings, lem.overwrite
        if len(cache) > CACHE_LIMIT:
            cache.clear()
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()):
            if lemma and not overwrite:
                lemmas.append(lemma)
                continue
            key = (orth, pos, morph)
            lemma = cache.get(key)
            if lemma is None:
                lemma = strings.add(lem.lemmatize(doc[i])[0])
                if pos:
                    cache[key] = lemma
            lemmas.append(lemma)
        doc.from_array([LEMMA], numpy.asarray(lemmas, dtype="uint64"))
        return doc
