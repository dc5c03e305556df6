"""A paragraph break ends a sentence: headlines and datelines are not glued to the first sentence.

The parser segments sentences itself and, in news copy, reads a headline without a full stop
("X and Y envoys meet in Z") and the blank line after it as part of the first sentence of the body,
which then yields the headline's and the sentence's events with each other's actors. The token after
a blank line is marked as a sentence start before the parser runs (the parser respects boundaries set
before it). A lone preset start makes the small model cut the next words into fragments ("Envoys" /
"of A and B" / "met …"), so inside a paragraph a token that does not follow sentence-final
punctuation is marked as no start; after such punctuation the parser still decides.
"""
from __future__ import annotations

from spacy.language import Language

# tokens after which a new sentence may begin (the parser decides; dashes end datelines: "CITY, Oct 3 (Wire) -");
# elsewhere inside a paragraph none does
FINAL = frozenset({".", "!", "?", "...", "\u2026", '"', "'", "\u201d", "\u2019", ")", "]", ":", ";", "-", "--", "\u2013", "\u2014"})

DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
# a dateline is a few tokens: place, date, agency in brackets
DATELINE_MAX = 15


def _dateline_opener(t) -> bool:
    """A paragraph opening with a place in capitals ("TRIPOLI,", "PORT SAID (Reuters)")."""
    return t.is_alpha and t.text.isupper() and len(t.text) > 1


@Language.component("claimgraph_paragraphs")
def paragraph_starts(doc):
    """Sentence starts after blank lines; no start inside a paragraph except after final punctuation.

    doc (Doc): the document before parsing.
    RETURNS (Doc): the same document.
    """
    if not any(t.is_space and t.text.count("\n") >= 2 for t in doc):
        return doc              # one paragraph: the parser alone, as before
    prev = None
    para = 0                    # first token of the current paragraph
    for t in doc:
        if t.i == 0:
            prev = t
            continue
        if prev.is_space and prev.text.count("\n") >= 2:
            t.is_sent_start = True
            para = t.i
        elif prev.text in DASHES and prev.i - para <= DATELINE_MAX and _dateline_opener(doc[para]):
            # "CITY, Oct 3 (Wire) - The army …": the dateline is not the sentence's subject
            t.is_sent_start = True
        elif not t.is_space and not prev.is_space and prev.text not in FINAL and not prev.text.endswith("."):
            t.is_sent_start = False
        prev = t
    return doc
