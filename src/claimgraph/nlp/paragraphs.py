"""Line and paragraph breaks end sentences where the layout says so: headlines and datelines are not
glued to the first sentence, and a reported statement does not run on into the next paragraph.

The parser segments sentences itself and, in news copy, reads a headline without a full stop
("X and Y envoys meet in Z") and the break after it as part of the first sentence of the body,
which then yields the headline's and the sentence's events with each other's actors; a line ending
"… said at the meeting:" runs into the quote and the paragraphs after it, so the next paragraph's
speaker gets a false source chain. Before the parser runs (it respects boundaries set before it),
this component (``claimgraph_paragraphs``) marks as a sentence start the first token

- after a blank line (a new paragraph),
- after a line break that follows sentence-final punctuation (``. ! ? :`` or a closing quote after
  one), after a line in capitals (a subheading), or after the document's first line when the next
  line begins with a capital (a headline needs no full stop); a single line break elsewhere
  (hard-wrapped copy) is left to the parser,
- after a dateline's dash ("CITY, Oct 3 (Wire) - The army …") in a multi-paragraph text.

A lone preset start makes the small model cut the next words into fragments ("Envoys" / "of A and
B" / "met …"), so inside a paragraph of a multi-paragraph text a token that does not follow
sentence-final punctuation is marked as no start; after such punctuation the parser still decides.
"""
from __future__ import annotations

from spacy.language import Language

# tokens after which a new sentence may begin (the parser decides; dashes end datelines: "CITY, Oct 3 (Wire) -");
# elsewhere inside a paragraph none does
FINAL = frozenset({".", "!", "?", "...", "\u2026", '"', "'", "\u201d", "\u2019", ")", "]", ":", ";", "-", "--", "\u2013", "\u2014"})

DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
# a dateline is a few tokens: place, date, agency in brackets
DATELINE_MAX = 15
# a line ending with one of these (or a closing quote after one) ends its sentence
LINE_FINAL = frozenset({".", "!", "?", ":", "\u2026", "..."})
CLOSING = frozenset({"\u201d", '"', "\u2019", "'", ")"})


def _dateline_opener(t) -> bool:
    """A paragraph opening with a place in capitals ("TRIPOLI,", "PORT SAID (Reuters)")."""
    return t.is_alpha and t.text.isupper() and len(t.text) > 1


def _ends_line_sentence(doc, i: int) -> bool:
    """Does the token at ``i`` end a sentence (final punctuation, possibly inside a closing quote)?"""
    tok = doc[i]
    if tok.text in LINE_FINAL:
        return True
    return tok.text in CLOSING and i > 0 and doc[i - 1].text in LINE_FINAL


def _heading_line(doc, i: int) -> bool:
    """Is the line ending at token ``i`` a heading in capitals ("THE BORROWING")?"""
    words = []
    while i >= 0 and not (doc[i].is_space and "\n" in doc[i].text):
        if doc[i].is_alpha:
            words.append(doc[i].text)
        i -= 1
    return len(words) >= 2 and all(w.isupper() for w in words)


@Language.component("claimgraph_paragraphs")
def paragraph_starts(doc):
    """Sentence starts after blank lines, finished lines, a first-line headline and a dateline's dash.

    doc (Doc): the document before parsing.
    RETURNS (Doc): the same document.
    """
    multi = any(t.is_space and t.text.count("\n") >= 2 for t in doc)
    first_line = True
    prev = None
    para = 0                    # first token of the current paragraph
    for t in doc:
        if t.i == 0:
            prev = t
            continue
        if prev.is_space and "\n" in prev.text:
            if not t.is_space:
                last = doc[prev.i - 1] if prev.i > 0 else None      # the last word of the line before
                breaks = prev.text.count("\n") + (last.whitespace_.count("\n") if last is not None else 0)
                headline = first_line and (t.text[:1].isupper() or t.text[:1] in "\u201c\"")
                if breaks >= 2 or headline or last is not None and (_ends_line_sentence(doc, last.i) or
                                                                    _heading_line(doc, last.i)):
                    t.is_sent_start = True
                    para = t.i
                first_line = False
        elif multi and prev.text in DASHES and prev.i - para <= DATELINE_MAX and _dateline_opener(doc[para]):
            # "CITY, Oct 3 (Wire) - The army …": the dateline is not the sentence's subject
            t.is_sent_start = True
        elif multi and not t.is_space and not prev.is_space and prev.text not in FINAL and \
                not prev.text.endswith("."):
            t.is_sent_start = False
        prev = t
    return doc
