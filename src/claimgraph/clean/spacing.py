"""Spacing repairs inside paragraphs: missing spaces after sentence ends and glued words.

Scraped and machine-translated copy often loses the space between two sentences
(``concern.In a statement``, ``said.”Armed``) or glues a heading onto the next sentence
(``Limits of interestIn the``). Both repairs only insert a space, and only where the left
side ends a word and the right side starts a capitalised word, so abbreviations (``U.S.``,
``e.g.``), decimals, URLs, e-mail addresses and camel-case names (``McDonald``, ``iPhone``,
``DeMilliano``) are left alone.
"""
from __future__ import annotations

import re

from .furniture import rules
from .offsets import Tracked

# sentence end, closing quotes/brackets, an optional opening quote, then a capitalised word, or (``short``
# below) a one-letter word ("published.A camp elder") or a word in capitals ("workers.ALF spokesman")
SENTENCE_GAP = re.compile(r"(?P<punct>[.!?…]+)(?P<close>[\"”’»)\]]*)(?P<open>[\"“‘«(]?)"
                          r"(?=[A-Z][a-z]|(?P<short>[AI]\s|[A-Z]{2,}\b))")
LEFT_WORD = re.compile(r"([A-Za-z0-9\-]+)[\"”’»)\]]*$")
# a lowercase word glued to a capitalised one, at the start of a token
GLUED = re.compile(r"(?<![\w#@'’.\-/])(?P<left>[a-z]{2,})(?P<right>[A-Z][a-z]+)\b")
URLISH = re.compile(r"://|@|^www\.|\.(com|org|net|gov|edu|int|info|io|co|uk|ru|fr|de)\b", re.IGNORECASE)


def _token_around(text: str, start: int, end: int) -> str:
    """The whitespace-delimited token that contains ``text[start:end]``."""
    left = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    m = re.compile(r"\s").search(text, end)
    right = m.start() if m else len(text)
    return text[left:right]


def _sentence_gap(m: re.Match) -> str | None:
    text = m.string
    before = text[max(0, m.start() - 40):m.start()]
    left = LEFT_WORD.search(before)
    if not left:
        return None
    word = left.group(1).split("-")[-1]
    # one letter before the stop is an initial or an abbreviation (U.S., e.g., J.K.)
    if sum(c.isalnum() for c in word) < 2:
        return None
    # before a one-letter or all-capitals word, only after an ordinary word ending in a small letter: an
    # abbreviation or a name in capitals before the stop ("EXAMPLE.ABC", "No.A") may be one token
    if m.group("short") and not (word[-1].islower() and word[-2:].isalpha()):
        return None
    if URLISH.search(_token_around(text, m.start(), m.end())):
        return None
    punct, close, opening = m.group("punct"), m.group("close"), m.group("open")
    if close == '"' and not opening:
        # a straight quote: closing if an odd number of quotes precede it in the paragraph
        para_start = text.rfind("\n", 0, m.start()) + 1
        if text.count('"', para_start, m.start() + len(punct)) % 2 == 0:
            return punct + " " + close
    return punct + close + " " + opening


def _glued(m: re.Match) -> str | None:
    left, right = m.group("left"), m.group("right")
    if URLISH.search(_token_around(m.string, m.start(), m.end())):
        return None
    if right in rules()["starters"] or (len(left) >= 5 and len(right) >= 4):
        return left + " " + right
    return None


def repair_spacing(t: Tracked) -> Tracked:
    """Insert the missing spaces after sentence ends and between glued words."""
    t = t.sub(SENTENCE_GAP, _sentence_gap)
    return t.sub(GLUED, _glued)
