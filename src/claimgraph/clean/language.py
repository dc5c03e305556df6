"""Language detection with lingua (a small set of common news languages, loaded once)."""
from __future__ import annotations

from functools import lru_cache

from lingua import Language, LanguageDetectorBuilder

LANGUAGES = [Language.ENGLISH, Language.FRENCH, Language.GERMAN, Language.SPANISH, Language.ITALIAN,
             Language.PORTUGUESE, Language.RUSSIAN, Language.ARABIC, Language.TURKISH, Language.UKRAINIAN,
             Language.CHINESE, Language.PERSIAN, Language.DUTCH, Language.POLISH, Language.HEBREW]


@lru_cache(maxsize=1)
def _detector():
    return LanguageDetectorBuilder.from_languages(*LANGUAGES).build()


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's main language ('und' when unknown)."""
    sample = text[:3000]
    lang = _detector().detect_language_of(sample)
    return lang.iso_code_639_1.name.lower() if lang else "und"
