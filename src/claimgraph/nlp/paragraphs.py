"""A paragraph break ends a sentence: headlines and datelines are not glued to the first sentence.

The parser segments sentences itself and, in news copy, reads a headline without a full stop
("X and Y envoys meet in Z") and the blank line after it as part of the first sentence of the body,
which then yields the headline's and the sentence's events with each other's actors. Marking the token
after a blank line as a sentence start before the parser runs keeps them apart (the parser respects
boundaries set before it).
"""
from __future__ import annotations

from spacy.language import Language


@Language.component("claimgraph_paragraphs")
def paragraph_starts(doc):
    """Mark the first token after a whitespace token holding a blank line as a sentence start.

    doc (Doc): the document before parsing.
    RETURNS (Doc): the same document.
    """
    for t in doc[:-1]:
        if t.is_space and t.text.count("\n") >= 2:
            doc[t.i + 1].is_sent_start = True
    return doc
