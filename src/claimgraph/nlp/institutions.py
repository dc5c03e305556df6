"""A state's generic institutions in lower case, found for the knowledge-base ruler ("the Norvanian
defence ministry", "the army of Norvania", "the armed forces of the Republic").

The shape is one per generic institution name of ``institutions.yaml`` (some seventy): written as
spaCy ``Matcher`` patterns, that is over two hundred patterns, each tried at every token (most of the
ruler's time). The names are looked up here instead, by their first word, and only where one
occurs are its neighbours read. The matches are the Matcher's own:

- a demonym from the knowledge base, or a word of the demonym shape, before the name;
- the name, then "of", an optional "the", and a proper noun in title case (tag NNP/NNPS) that is no word of a
  state's formal name ("Republic": "the armed forces of the Republic of X" is the state's phrase);

each name word in lower case. Results come in the Matcher's order (by end, then start).
"""
from __future__ import annotations

import re
from typing import Iterable

from ..extract.tokens import Tokens

PROPER_TAGS = ("NNP", "NNPS")


class InstitutionShapes:
    """Find "<demonym> <institution>" and "<institution> of (the) <Name>" in a tokenized, tagged doc.

    names (iterable): the generic institution names, each a list of lower-case words.
    demonyms (iterable): demonyms matched exactly (``ORTH``).
    demonym_shape (str): a regular expression a token's text is searched with (a demonym not in the list).
    """

    def __init__(self, names: Iterable[list[str]], demonyms: Iterable[str], demonym_shape: str,
                 not_names: Iterable[str] = ()):
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        for words in names:
            words = tuple(words)
            if words and words not in self.by_first.get(words[0], []):
                self.by_first.setdefault(words[0], []).append(words)
        self.demonyms = frozenset(demonyms)
        self.shape = re.compile(demonym_shape)
        # "the army of the Republic of X": a word of a state's formal name is no institution's name
        self.not_names = frozenset(w.lower() for w in not_names)

    def __call__(self, doc) -> list[tuple[int, int]]:
        """(start, end) of every match, sorted by end then start, without repeats.

        doc (Doc): the document, tokenized and tagged.
        RETURNS (list[tuple[int, int]]): token offsets.
        """
        if not len(doc):
            return []
        t = Tokens(doc)          # not kept on the doc: the parser and NER change it after this
        text, lower = t.text, t.lower
        n = len(text)
        found: set[tuple[int, int]] = set()
        tag = None
        for p, first in enumerate(lower):
            names = self.by_first.get(first)
            if names is None or not text[p].islower():
                continue
            for words in names:
                end = p + len(words)
                if end > n or tuple(lower[p:end]) != words or not all(w.islower() for w in text[p + 1:end]):
                    continue
                if p > 0 and (text[p - 1] in self.demonyms or self.shape.search(text[p - 1])):
                    found.add((p - 1, end))
                if end < n and lower[end] == "of":
                    tag = tag or t.tag
                    q = end + 1
                    if q + 1 < n and lower[q] == "the" and text[q + 1].istitle() and tag[q + 1] in PROPER_TAGS and \
                            lower[q + 1] not in self.not_names:
                        found.add((p, q + 2))
                    if q < n and text[q].istitle() and tag[q] in PROPER_TAGS and lower[q] not in self.not_names:
                        found.add((p, q + 1))
        return sorted(found, key=lambda se: (se[1], se[0]))
