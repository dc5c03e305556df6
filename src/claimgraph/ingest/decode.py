"""Bytes → text: byte-order marks, UTF-8, then charset detection; binary files refused.

UTF-8 (with or without a BOM) is tried first because almost all web text is UTF-8 and a
strict decode never guesses wrong. Other bytes go to charset-normalizer, which tells a
Windows-1251 Russian page from a Latin-1 French one by their character statistics. A
file is binary when it holds NUL bytes (outside UTF-16/32) or decodes to mostly
non-printable characters.
"""
from __future__ import annotations

import codecs
import unicodedata
from collections import Counter

from charset_normalizer import from_bytes

BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
SNIFF = 200_000          # bytes charset-normalizer looks at
MAX_BAD = 0.05           # share of non-printable characters that makes a text binary


class DecodeError(ValueError):
    """The bytes are not text (binary) or no encoding fits them; the message is the reason."""


def _bad_share(text: str) -> float:
    sample = text[:SNIFF]
    if not sample:
        return 0.0
    # each different character is looked up once (a text uses a few dozen): the count is the same
    bad = 0
    for ch, n in Counter(sample).items():
        if ch in "\n\r\t\f\v":
            continue
        if unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") or ch == "\ufffd":
            bad += n
    return bad / len(sample)


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 text without a BOM: every other byte is NUL in Latin-script text."""
    sample = raw[:4000]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    for zeros, enc in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros.count(0) > 0.9 * len(zeros) and (even if zeros is odd else odd).count(0) < 0.1 * len(zeros):
            try:
                text = raw.decode(enc)
            except UnicodeDecodeError:
                return None
            # text has spaces between its words; a repeated byte pattern does not
            return text if len(text) < 20 or any(c.isspace() for c in text[:2000]) else None
    return None


def decode(raw: bytes) -> tuple[str, str]:
    """Decode file contents.

    raw (bytes): the file's bytes (not empty).
    RETURNS (tuple[str, str]): the text and the encoding used.
    RAISES DecodeError: binary content or no fitting encoding; the message says which.
    """
    for bom, enc in BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom):].decode(enc), enc
            except UnicodeDecodeError as e:
                raise DecodeError(f"invalid {enc} text after a byte-order mark ({e.reason} at byte {e.start})") from e
    if b"\x00" in raw[:SNIFF]:
        text = _utf16_without_bom(raw)
        if text is not None and _bad_share(text) <= MAX_BAD:
            return text, "utf-16"
        raise DecodeError("binary file (NUL bytes)")
    try:
        text, enc = raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        best = from_bytes(raw[:SNIFF]).best()
        if best is None or not best.encoding:
            raise DecodeError("binary file or unknown text encoding") from None
        enc = best.encoding
        try:
            text = raw.decode(enc, errors="replace")
        except LookupError as e:
            raise DecodeError(f"unknown text encoding {enc}") from e
    if _bad_share(text) > MAX_BAD:
        raise DecodeError("binary file (mostly non-printable characters)")
    return text, enc
