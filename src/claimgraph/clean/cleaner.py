"""Text cleaning with an offset map back to the raw text.

One cleaning pass:

1. normalise characters: line endings, exotic spaces, zero-width characters, control codes;
2. drop inline junk (CMS shortcodes, "(LINK)" placeholders) and collapse runs of spaces;
3. mark page furniture line by line (``furniture.mark_lines``) and drop it;
4. rejoin hard-wrapped lines into paragraphs when the line-length statistics say the text
   was wrapped (``paragraphs``); other line breaks stay as they were (one or two ``\n``);
5. repair spacing inside paragraphs (``spacing.repair_spacing``).

``clean_text`` repeats the pass until the text stops changing, which makes cleaning
idempotent. Every edit deletes characters or inserts whitespace, so each character of the
cleaned text is a character of the raw text (or inserted whitespace); ``Tracked`` keeps
the positions and ``offsets.to_raw`` reads them back.
"""
from __future__ import annotations

import hashlib
import re

import numpy as np

from ..model import Document
from .furniture import TERMINAL, is_sentence, mark_lines, n_words, rules
from .offsets import Tracked
from .spacing import repair_spacing

MAX_PASSES = 4
LINE_BREAKS = re.compile(r"\r\n?|[\x1c-\x1e\x85\u2028\u2029]")
SPACES = re.compile(r"[\t\x0b\x0c\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
INVISIBLE = re.compile(r"[\x00-\x08\x0e-\x1b\x7f\x80-\x84\x86-\x9f\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff\ufffe\uffff]")
SPACE_RUN = re.compile(r" {2,}")
BULLET = re.compile(r"^([-•*▪·–—]\s|\d{1,2}[.)]\s)")


def content_id(text: str) -> str:
    """The stable document id: ``d`` + 16 hex of the SHA-1 of the normalised cleaned text."""
    norm = re.sub(r"\s+", " ", text).strip().lower()
    return "d" + hashlib.sha1(norm.encode("utf-8")).hexdigest()[:16]


def normalise_chars(t: Tracked) -> Tracked:
    """Unify line breaks and spaces, drop invisible and control characters."""
    t = t.sub(LINE_BREAKS, lambda m: "\n")
    t = t.sub(SPACES, lambda m: " ")
    t = t.sub(INVISIBLE, lambda m: "")
    for rule in rules()["inline"]:
        t = t.sub(rule.pattern, lambda m: "")
    return t.sub(SPACE_RUN, lambda m: " ")


def wrap_width(lines: list[str], keep: list[bool]) -> int | None:
    """The width a text was hard-wrapped at, or None when its lines are paragraphs.

    A wrapped text has many lines that end mid-sentence and are followed directly by another
    line; their lengths cluster below the wrap width.
    """
    pairs = 0
    open_lengths = []
    for i in range(len(lines) - 1):
        if keep[i] and keep[i + 1] and lines[i] and lines[i + 1]:
            pairs += 1
            if not TERMINAL.search(lines[i]) and not lines[i].endswith(":"):
                open_lengths.append(len(lines[i]))
    if len(open_lengths) < 3 or len(open_lengths) < 0.3 * pairs:
        return None
    width = int(np.percentile(open_lengths, 90))
    # paragraphs on one line each, with short headings between them, are not wrapped text
    all_lengths = [len(l) for l, k in zip(lines, keep) if k and l]
    if np.percentile(all_lengths, 75) > 1.5 * width:
        return None
    return width


def _joins(prev: str, nxt: str, width: int, *, blocks: bool = False) -> str | None:
    """How a wrapped line continues on the next one: " ", "" (after a hyphen) or None.

    blocks (bool): paragraphs are separated by blank lines, so a line ending a sentence
        inside a block still continues on the next line.
    """
    if BULLET.match(nxt) or (not blocks and (TERMINAL.search(prev) or prev.endswith(":"))):
        return None
    if len(prev) < 0.35 * width or len(prev) > 1.5 * width:
        return None
    if re.search(r"[^\W\d_]-$", prev) and nxt[:1].islower():
        return ""
    return " "


def paragraphs(t: Tracked, *, title: str | None = None) -> Tracked:
    """Drop furniture lines and rejoin wrapped lines.

    Lines that stay apart keep their kind of break: a single line break between lines that
    were next to each other, a blank line where a blank or a dropped line was. So a second
    pass sees the same neighbours as the first, which keeps cleaning idempotent.
    """
    lines = [line.strip() for line in t.split_lines()]
    texts = [line.text for line in lines]
    reasons = mark_lines(texts, title=title)
    keep = [bool(s) and r is None for s, r in zip(texts, reasons)]
    width = wrap_width(texts, keep)
    # wrapped text whose paragraphs are set off by blank lines: join whole blocks
    blocks = bool(width) and sum(1 for i in range(1, len(texts) - 1)
                                 if not texts[i] and texts[i - 1] and texts[i + 1]) >= 2
    title_line = texts.index(title.strip()) if title and title.strip() in texts else None

    parts: list[Tracked] = []
    prev = None                      # index of the last kept line
    for i, line in enumerate(lines):
        if not keep[i]:
            continue
        if prev is not None:
            adjacent = prev == i - 1
            glue = None
            if adjacent and width and prev != title_line:
                glue = _joins(texts[prev], texts[i], width, blocks=blocks)
            if glue is None:
                glue = "\n" if adjacent else "\n\n"
            if glue:
                parts.append(line.literal(glue, line.raw_at(0)))
        parts.append(line)
        prev = i
    return Tracked.concat(parts, t.end)


def _pass(t: Tracked, title: str | None) -> Tracked:
    t = normalise_chars(t)
    t = paragraphs(t, title=title)
    t = repair_spacing(t)
    return t.sub(SPACE_RUN, lambda m: " ")


def clean_tracked(raw: str, *, title: str | None = None) -> Tracked:
    """Clean ``raw`` and keep the raw position of every character (see ``clean_text``)."""
    t = Tracked.from_raw(raw)
    for _ in range(MAX_PASSES):
        before = t.text
        t = _pass(t, title)
        if t.text == before:
            break
    return t


def clean_text(raw: str, *, title: str | None = None) -> tuple[str, list[list[int]]]:
    """Clean a raw article text.

    raw (str): the text as ingested.
    title (str | None): the document title, kept as the first paragraph when present.
    RETURNS (tuple[str, list[list[int]]]): the cleaned text and its offset map
        ``[[clean_pos, raw_pos], ...]``.
    """
    t = clean_tracked(raw, title=title)
    return t.text, t.anchors()


def clean_document(doc: Document) -> Document:
    """Clean ``doc`` in place: set ``text``, ``offset_map``, ``words`` and ``id``.

    doc (Document): an ingested document (``raw_text`` set).
    RETURNS (Document): the same document, cleaned.
    """
    raw = doc.raw_text if doc.raw_text is not None else doc.text
    doc.raw_text = raw
    doc.text, doc.offset_map = clean_text(raw, title=doc.title)
    doc.words = n_words(doc.text)
    doc.id = content_id(doc.text)
    return doc


__all__ = ["clean_document", "clean_text", "clean_tracked", "content_id", "is_sentence"]
