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

from spacy.attrs import SENT_START
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


def _dateline_opener(word: str) -> bool:
    """A paragraph opening with a place in capitals ("TRIPOLI,", "PORT SAID (Reuters)")."""
    return word.isalpha() and word.isupper() and len(word) > 1


def _ends_line_sentence(words: list[str], i: int) -> bool:
    """Does the token at ``i`` end a sentence (final punctuation, possibly inside a closing quote)?"""
    word = words[i]
    if word in LINE_FINAL:
        return True
    return word in CLOSING and i > 0 and words[i - 1] in LINE_FINAL


def _heading_line(words: list[str], i: int) -> bool:
    """Is the line ending at token ``i`` a heading in capitals ("THE BORROWING")?"""
    alpha = []
    while i >= 0 and not (words[i].isspace() and "\n" in words[i]):
        if words[i].isalpha():
            alpha.append(words[i])
        i -= 1
    return len(alpha) >= 2 and all(w.isupper() for w in alpha)


@Language.component("claimgraph_paragraphs")
def paragraph_starts(doc):
    """Sentence starts after blank lines, finished lines, a first-line headline and a dateline's dash.

    doc (Doc): the document before parsing.
    RETURNS (Doc): the same document.
    """
    # One pass reads the token texts: the loop below then works on plain strings (a spaCy Token is
    # a new Python object per access, and reading its flags costs more than the rules themselves).
    # A space token is one whose text is all whitespace, as spaCy's IS_SPACE flag says.
    words = [t.text for t in doc]
    space = [w.isspace() for w in words]
    multi = any(sp and w.count("\n") >= 2 for w, sp in zip(words, space))
    starts: list[int] = []
    inside: list[int] = []       # tokens that start no sentence
    first_line = True
    para = 0                    # first token of the current paragraph
    for i in range(1, len(words)):
        word, prev = words[i], words[i - 1]
        if space[i - 1] and "\n" in prev:
            if not space[i]:
                last = i - 2 if i > 1 else None                      # the last word of the line before
                breaks = prev.count("\n") + (doc[last].whitespace_.count("\n") if last is not None else 0)
                headline = first_line and (word[:1].isupper() or word[:1] in "\u201c\"")
                if breaks >= 2 or headline or last is not None and (_ends_line_sentence(words, last) or
                                                                    _heading_line(words, last)):
                    starts.append(i)
                    para = i
                first_line = False
        elif multi and prev in DASHES and i - 1 - para <= DATELINE_MAX and _dateline_opener(words[para]) and \
                doc[i - 2].whitespace_:
            # "CITY, Oct 3 (Wire) - The army …": the dateline is not the sentence's subject; a dash inside a
            # word ("- Thirty-one workers") is not the dateline's
            starts.append(i)
        elif multi and not space[i] and not space[i - 1] and prev not in FINAL and not prev.endswith("."):
            inside.append(i)
    if starts or inside:
        # written in one go: the ``Token.is_sent_start`` setter checks the whole document for a parse
        # each time it is called (quadratic in the length of the text)
        values = doc.to_array([SENT_START]).astype("int64")
        values[starts] = 1
        values[inside] = -1
        doc.from_array([SENT_START], values.astype("uint64"))
    return doc
