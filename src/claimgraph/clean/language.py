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
    weights: dict[str, int] = {}
    paras = [p for p in re.split(r"\n\s*\n|\n", sample) if _letters(p) >= MIN_LETTERS] or [sample]
    detector = _detector()
    for para in paras:
        lang = detector.detect_language_of(para)
        if lang is not None:
            code = lang.iso_code_639_1.name.lower()
            weights[code] = weights.get(code, 0) + _letters(para)
    if not weights:
        return "und"
    return max(weights, key=weights.get)
