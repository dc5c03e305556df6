"""Line and paragraph breaks start sentences where the layout says so: a headline, a byline or a
dateline on its own line is not glued to the first sentence of the story, and a reported statement
does not run on into the next paragraph.

The statistical parser often runs a headline without final punctuation into the next paragraph
("Korvia blames rebels for blast" + new line + "The army said …" becomes one sentence whose subject
is the headline's), and a line ending "… said:" into the quote and the paragraphs after it. This
component (``claimgraph_paragraphs``, added by ``load_nlp`` before the parser) marks the first token
after a line break as a sentence start when

- the break is a blank line (a new paragraph), or
- the line ends with sentence-final punctuation (``. ! ? :`` or a closing quote after one), or
- the line is the document's first and the next begins with a capital (a headline needs no final
  punctuation).

A single line break inside a sentence (hard-wrapped copy) is left to the parser. spaCy's parser
keeps boundaries that are already set.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

FINAL = {".", "!", "?", ":", "…"}
CLOSING = {"\u201d", '"', "\u2019", "'", ")"}


@Language.component("claimgraph_paragraphs")
def paragraph_starts(doc: Doc) -> Doc:
    """Mark the first token after a paragraph break or a finished line as a sentence start.

    doc (Doc): a tokenized document, not yet parsed.
    RETURNS (Doc): the same document.
    """
    first_line = True
    for tok in doc[:-1]:
        if not tok.is_space or "\n" not in tok.text:
            continue
        nxt = doc[tok.i + 1]
        if nxt.is_space:
            continue
        prev = doc[tok.i - 1] if tok.i > 0 else None
        breaks = tok.text.count("\n") + (prev.whitespace_.count("\n") if prev is not None else 0)
        headline = first_line and (nxt.text[:1].isupper() or nxt.text[:1] in "\u201c\"")
        if breaks >= 2 or headline or prev is not None and _ends_sentence(doc, prev.i):
            nxt.is_sent_start = True
        first_line = False
    return doc


def _ends_sentence(doc: Doc, i: int) -> bool:
    """Does the token at ``i`` end a sentence (final punctuation, possibly inside a closing quote)?"""
    tok = doc[i]
    if tok.text in FINAL:
        return True
    return tok.text in CLOSING and i > 0 and doc[i - 1].text in FINAL
