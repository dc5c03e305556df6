"""State institutions in lower case (nlp/institutions.py) match as the Matcher patterns they replace would."""
from __future__ import annotations

import pytest
from spacy.matcher import Matcher

from claimgraph.nlp.institutions import InstitutionShapes

pytestmark = pytest.mark.model

NAMES = [["army"], ["armed", "forces"], ["defence", "ministry"], ["ministry", "of", "the", "interior"],
         ["foreign", "ministry"]]
DEMONYMS = ["Norvanian", "Kessian"]
SHAPE = "^[A-Z][a-z]{2,}(ian|an|ese|i|ish)$"


def _reference(nlp):
    """The Matcher patterns the lookup replaces."""
    lowered = [[{"LOWER": w, "IS_LOWER": True} for w in words] for words in NAMES]
    m = Matcher(nlp.vocab)
    m.add("state_institution", [
        *[[{"ORTH": {"IN": DEMONYMS}}, *words] for words in lowered],
        *[[{"TEXT": {"REGEX": SHAPE}}, *words] for words in lowered],
        *[[*words, {"LOWER": "of"}, {"LOWER": "the", "OP": "?"}, {"IS_TITLE": True, "TAG": {"IN": ["NNP", "NNPS"]}}]
          for words in lowered],
    ])
    return m


@pytest.mark.parametrize("text,found", [
    ("The Norvanian defence ministry said the army of Kessia had moved.", ["Norvanian defence ministry",
                                                                          "army of Kessia"]),
    # a demonym of the list, or a word of the demonym shape; "Lunden" is neither
    ("The armed forces of the Republic denied it; a Kessian foreign ministry aide spoke.",
     ["armed forces of the Republic", "Kessian foreign ministry"]),
    ("A Velmorian army unit and a Lunden army unit.", ["Velmorian army"]),
    ("The ministry of the interior of Velmora was shut and the Ostrian army left.",
     ["ministry of the interior of Velmora", "Ostrian army"]),
    ("The Norvanian Defence Ministry and the ARMY of Kessia: not in lower case.", []),
    ("the army of", []),
])
def test_institutions_match_like_the_matcher(nlp, text, found):
    doc = nlp(text)
    shapes = InstitutionShapes(NAMES, DEMONYMS, SHAPE)
    got = shapes(doc)
    assert got == sorted({(s, e) for _, s, e in _reference(nlp)(doc)}, key=lambda se: (se[1], se[0]))
    assert [doc[s:e].text for s, e in got] == found
