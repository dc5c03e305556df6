"""Language detection with lingua, paragraph by paragraph.

An English article may quote a French sentence or keep a Russian headline; a French
article may cite an English report. So each paragraph (up to a sample of the text) is
detected on its own and weighted by its length in letters; the language with the most
letters wins. Texts with too few letters to tell are ``und``.
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


@lru_cache(maxsize=1)
def _detector():
    return LanguageDetectorBuilder.from_languages(*LANGUAGES).build()


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
