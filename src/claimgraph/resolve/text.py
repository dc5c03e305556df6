"""Words as cross-checking compares them: surface words, a light stemmer, stop words, concepts.

Both sides of every comparison go through the same functions, so they only have to be
consistent, not linguistically exact. Knowledge (stop words, concept sets) comes from
``data/crosscheck.yaml``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

from .. import data

DATA_FILE = "crosscheck.yaml"

# "MiG 29s", "Su-24s", "F-16": a designation is one word, so "MiG-29" and "MiG 29s" match.
_DESIGNATION = re.compile(r"\b([A-Z][a-z]?[A-Z][A-Za-z]?|[A-Z]{1,4}|[A-Z][a-z]{0,2})[-‑ ](\d{1,4})([A-Za-z]{0,2})\b")
_THOUSANDS = re.compile(r"(?<=\d)[,  ](?=\d{3}\b)")
MODEL_WORD = re.compile(r"^[a-z]{1,4}\d{1,4}[a-z]?$")
_WORD = re.compile(r"[A-Za-z0-9$€£%]+(?:'[A-Za-z]+)?")
_DIGIT = re.compile(r"\d")
_VOWELS = set("aeiouy")


def settings() -> dict:
    """The cross-checking knowledge and settings (``data/crosscheck.yaml``)."""
    return data.load(DATA_FILE)


@lru_cache(maxsize=1 << 17)   # the same few thousand words are stemmed millions of times
def stem(word: str) -> str:
    """A light English stemmer: lower case, no possessive, plural to singular, no -ing/-ed.

    Deliberately crude (no word lists): it only has to make "jets"/"jet",
    "casualties"/"casualty" and "shelled"/"shelling"/"shell" meet; both sides of every
    comparison go through it.
    """
    w = word.lower()
    if w.endswith("'s"):
        w = w[:-2]
    elif "'" in w:
        w = w.split("'")[0]
    if not w.isalpha():
        return w
    w = _suffixless(w)
    # "fire", "fires", "fired", "firing" all meet as "fir" (a silent e after a consonant goes)
    if len(w) > 3 and w.endswith("e") and w[-2] not in _VOWELS:
        return w[:-1]
    return w


def _suffixless(w: str) -> str:
    """The word without its plural, -ing or -ed ending."""
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith("ied"):
        return w[:-3] + "y"            # "supplied" = "supply"
    if len(w) > 5 and w.endswith("ing") and _VOWELS & set(w[:-3]):
        return _undouble(w[:-3])       # "shelling", "targeting", "arming"
    if len(w) > 4 and w.endswith("ed") and not w.endswith("eed") and _VOWELS & set(w[:-2]):
        return _undouble(w[:-2])       # "shelled", "landed", "armed"
    if len(w) > 4 and w.endswith(("sses", "shes", "ches", "xes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def _undouble(w: str) -> str:
    """"stopp" -> "stop", but "shell" and "kill" keep their double l (so do -ss, -ff, -zz)."""
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsfz" and w[-1] not in _VOWELS:
        return w[:-1]
    return w


def _join_designation(m: re.Match) -> str:
    letters, digits, suffix = m.group(1), m.group(2), m.group(3)
    sep = m.group(0)[len(letters)]
    if sep == " " and not (letters.isupper() and len(letters) >= 2 or
                           any(c.isupper() for c in letters[1:])):
        return m.group(0)            # "May 27" stays two words; "MiG 29" and "MQ 9" join
    if suffix.endswith("s"):
        suffix = suffix[:-1]              # "MiG-29s" is the plural of "MiG-29"
    return letters + digits + suffix


def words(text: str | None) -> list[str]:
    """Surface words of a text, in order: ASCII, thousands separators and designations joined."""
    if not text:
        return []
    t = anyascii(text).replace("’", "'")
    if _DIGIT.search(t):              # both patterns need a digit: most texts are scanned once, not twice
        t = _THOUSANDS.sub("", t)
        t = _DESIGNATION.sub(_join_designation, t)
    return [w[:-2] if w[-2:] in ("'s", "'S") else w for w in _WORD.findall(t)]


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """spaCy's English stop words and ours, as written and stemmed."""
    from spacy.lang.en.stop_words import STOP_WORDS

    extra = settings().get("stopwords", [])
    return frozenset({stem(w) for w in STOP_WORDS} | {stem(w) for w in extra} | set(STOP_WORDS) | set(extra))


@lru_cache(maxsize=1)
def concepts() -> dict[str, str]:
    """Stemmed word -> concept token ("~aircraft") for words that say one thing in other words.

    ``concepts`` in the data file: "warplanes" and "aircraft", "airstrip" and "airfield",
    "shelled" and "targeted" meet as one token when contents are compared.
    """
    out: dict[str, str] = {}
    for name, ws in (settings().get("concepts") or {}).items():
        for w in ws:
            out.setdefault(stem(w), "~" + name)
    return out


@lru_cache(maxsize=1)
def number_words() -> dict[str, float]:
    """Number words ("eight": 8) from ``data/quantities.yaml``."""
    return {str(k).lower(): float(v) for k, v in data.load("quantities.yaml").get("units", {}).items()}


def numbers_in(text: str | None) -> frozenset[float]:
    """The counts a text names, in digits or words ("eight jets", "1,200"): a claim that cites
    another's figure ("a higher figure than the eight jets reported") names it."""
    return numbers_in_words(words(text))


def numbers_in_words(ws: list[str]) -> frozenset[float]:
    """``numbers_in`` of a text's ``words`` already read."""
    out = set()
    nw = number_words()
    for w in ws:
        lw = w.lower()
        if lw.isdigit():
            out.add(float(lw))
        elif lw in nw:
            out.add(nw[lw])
    return frozenset(out)
