"""Language detection with lingua, paragraph by paragraph.

An English article may quote a French sentence or keep a Russian headline; a French
article may cite an English report. So each paragraph (up to a sample of the text) is
detected on its own and weighted by its length in letters; the language with the most
letters wins. Texts with too few letters to tell are ``und``.

Most paragraphs of an English article need no detector: one of at least ``min_words`` words, all its
letters ASCII, where English function words that are no common word of the other languages
(``data/english_markers.yaml``; four at least) make up an eighth of its different words, and a fifth
with the words English shares with them ("a", "in", "of"), is English — what lingua says of
every such paragraph of the bench corpus and the fixtures (``tests/clean/test_language.py``) — and
costs a word count instead of a detection (lingua took most of the cleaning stages' time).
"""
from __future__ import annotations

import re
from functools import lru_cache

from lingua import Language, LanguageDetectorBuilder

LANGUAGES = [Language.ENGLISH, Language.FRENCH, Language.GERMAN, Language.SPANISH, Language.ITALIAN,
             Language.PORTUGUESE, Language.RUSSIAN, Language.ARABIC, Language.TURKISH, Language.UKRAINIAN,
             Language.CHINESE, Language.PERSIAN, Language.DUTCH, Language.POLISH, Language.HEBREW]
SAMPLE = 8000            # characters looked at
MIN_LETTERS = 5          # fewer letters than this: undetermined
URL = re.compile(r"\S+://\S+|www\.\S+|\S+@\S+")
WORD = re.compile(r"[^\W\d_]+")
NON_ASCII_LETTER = re.compile(r"[^\W\d_a-zA-Z]")


@lru_cache(maxsize=1)
def _detector():
    return LanguageDetectorBuilder.from_languages(*LANGUAGES).build()


@lru_cache(maxsize=1)
def _markers() -> tuple[frozenset[str], frozenset[str], dict]:
    from ..data import load

    spec = load("english_markers.yaml")
    words, shared = (frozenset(str(w).lower() for w in spec[key]) for key in ("words", "shared"))
    return words, shared, {key: spec[key] for key in ("min_words", "min_distinct", "min_markers", "min_share",
                                                      "min_share_all")}


def surely_english(paragraph: str) -> bool:
    """Is the paragraph English by its function words alone (long enough, ASCII letters, many markers)?

    paragraph (str): one paragraph of the text.
    RETURNS (bool): True when the detector need not be asked (it says English); False: ask it.
    """
    words = WORD.findall(paragraph)
    markers, shared, limit = _markers()
    if len(words) < limit["min_words"] or NON_ASCII_LETTER.search(paragraph):
        return False
    # shares of the different words: the detector, too, weighs a repeated word once
    types = {w.lower() for w in words}
    own = len(types & markers)
    return len(types) >= limit["min_distinct"] and own >= limit["min_markers"] and \
        own >= limit["min_share"] * len(types) and own + len(types & shared) >= limit["min_share_all"] * len(types)


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's main language ('und' when it cannot be told).

    text (str): the cleaned text.
    RETURNS (str): 'en', 'fr', 'ru', ... or 'und'.
    """
    sample = URL.sub(" ", text[:SAMPLE])
    if _letters(sample) < MIN_LETTERS:
        return "und"
    paras = [p for p in re.split(r"\n\s*\n|\n", sample) if _letters(p) >= MIN_LETTERS] or [sample]
    sizes = [_letters(p) for p in paras]
    detector = _detector()
    # Paragraphs are read longest first and reading stops once one language holds more than half
    # of all the letters: no other can win then (in most articles after a third of the text).
    # When none does, the winner is taken as reading them in order does (ties go to the first seen).
    half = sum(sizes) / 2
    found: dict[int, str] = {}
    weights: dict[str, int] = {}
    for i in sorted(range(len(paras)), key=lambda i: -sizes[i]):
        if surely_english(paras[i]):
            code = found[i] = "en"
        else:
            lang = detector.detect_language_of(paras[i])
            if lang is None:
                continue
            code = found[i] = lang.iso_code_639_1.name.lower()
        weights[code] = weights.get(code, 0) + sizes[i]
        if weights[code] > half:
            return code
    if not weights:
        return "und"
    weights = {}
    for i in sorted(found):
        weights[found[i]] = weights.get(found[i], 0) + sizes[i]
    return max(weights, key=weights.get)
