"""Quotation spans in a text: direct speech (possibly over several sentences) and scare quotes.

Curly quotes pair an opening with the next closing mark; straight double quotes (and doubled
apostrophes, '' … '') pair in order within a paragraph. A quote left open runs to the end of its paragraph (news copy
often drops the closing mark of a multi-paragraph quote). Single curly quotes are only read
as short (scare) quotes, since ’ is also the apostrophe.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

OPEN = "\u201c"
CLOSE = "\u201d"
SINGLE_OPEN = "\u2018"
SINGLE_CLOSE = "\u2019"
# a quote this long (words) or ending a sentence inside is direct speech, shorter ones are scare quotes
SPEECH_WORDS = 6
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass
class Quote:
    """A quotation: ``start``/``end`` are the offsets of the text inside the marks."""

    start: int
    end: int
    open: int       # offset of the opening mark
    close: int      # offset after the closing mark (== end when left open)
    words: int
    single: bool = False
    ends_clause: bool = False      # the quoted text ends with , . ! ? (a quoted sentence, not a phrase)

    @property
    def speech(self) -> bool:
        return not self.single and (self.words >= SPEECH_WORDS or self.ends_clause and self.words >= 3)


def find_quotes(text: str) -> list[Quote]:
    """Every quotation in ``text``, in order."""
    out: list[Quote] = []
    out += _curly(text)
    out += _straight(text, {q.open for q in out})
    out += _doubled(text, out)
    out += _single(text)
    out.sort(key=lambda q: q.open)
    return out


def _make(text: str, a: int, b: int, close: int, single: bool = False) -> Quote:
    inner = text[a:b]
    return Quote(start=a, end=b, open=a - 1, close=close, words=len(_WORD.findall(inner)), single=single,
                 ends_clause=inner.rstrip().endswith((",", ".", "!", "?", "…")))


def _para_end(text: str, i: int) -> int:
    j = text.find("\n", i)
    return len(text) if j < 0 else j


def _curly(text: str) -> list[Quote]:
    out = []
    i = 0
    n = len(text)
    while i < n:
        a = text.find(OPEN, i)
        if a < 0:
            break
        b = text.find(CLOSE, a + 1)
        nxt = text.find(OPEN, a + 1)
        pend = _para_end(text, a)
        if b < 0 or (0 <= nxt < b):
            # left open: runs to the end of the paragraph or the next opening mark
            stop = min(pend, nxt) if nxt >= 0 else pend
            out.append(_make(text, a + 1, stop, stop))
            i = stop
            continue
        out.append(_make(text, a + 1, b, b + 1))
        i = b + 1
    return out


def _straight(text: str, taken: set[int]) -> list[Quote]:
    out = []
    for para in re.finditer(r"[^\n]+", text):
        marks = [m.start() + para.start() for m in re.finditer('"', para.group())]
        for k in range(0, len(marks) - 1, 2):
            a, b = marks[k], marks[k + 1]
            if a in taken:
                continue
            out.append(_make(text, a + 1, b, b + 1))
        if len(marks) % 2 == 1:
            a = marks[-1]
            out.append(_make(text, a + 1, para.end(), para.end()))
    return out


def _doubled(text: str, found: list[Quote]) -> list[Quote]:
    """Two apostrophes as quotation marks (''…''), as in some newspaper archives: paired in order
    within a paragraph, outside the quotes already found."""
    out = []
    for para in re.finditer(r"[^\n]+", text):
        marks = [m.start() + para.start() for m in re.finditer("''", para.group())]
        marks = [m for m in marks if not any(q.open <= m < q.close for q in found)]
        for k in range(0, len(marks) - 1, 2):
            a, b = marks[k], marks[k + 1]
            inner = text[a + 2:b]
            out.append(Quote(start=a + 2, end=b, open=a, close=b + 2, words=len(_WORD.findall(inner)),
                             ends_clause=inner.rstrip().endswith((",", ".", "!", "?", "…"))))
    return out


def _single(text: str) -> list[Quote]:
    """Short ‘scare quotes’: an opening ‘ followed within a few words by a closing ’ not inside a word."""
    out = []
    for m in re.finditer(SINGLE_OPEN, text):
        a = m.start() + 1
        limit = min(len(text), a + 80)
        for j in range(a, limit):
            if text[j] == SINGLE_CLOSE and (j + 1 >= len(text) or not text[j + 1].isalnum()):
                out.append(_make(text, a, j, j + 1, single=True))
                break
            if text[j] == "\n":
                break
    return out
