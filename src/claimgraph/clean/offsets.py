"""Text edits that remember, for every character, where it came from in the raw text.

Cleaning is a chain of deletions and whitespace insertions. ``Tracked`` carries the text
together with an integer array: ``pos[i]`` is the raw position of character ``i``. An
inserted character takes the raw position of the character that follows it, so every
position still maps somewhere sensible. ``anchors()`` compresses the array into the
``Document.offset_map`` format ``[[clean_pos, raw_pos], ...]`` (a new anchor wherever the
raw position does not simply advance by one), and ``to_raw`` reads it back.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Callable, Iterable, Sequence

import numpy as np

from ..model import Document

_EMPTY = np.zeros(0, dtype=np.int64)


class Tracked:
    """A string plus the raw position of each of its characters.

    text (str): the current text.
    pos (np.ndarray): int64 raw position per character, ``len(pos) == len(text)``.
    end (int): the raw position just after the tracked span (used for insertions at the end).
    """

    __slots__ = ("text", "pos", "end")

    def __init__(self, text: str, pos: np.ndarray, end: int):
        self.text = text
        self.pos = pos
        self.end = end

    @classmethod
    def from_raw(cls, raw: str) -> "Tracked":
        """Track ``raw`` itself: character ``i`` comes from raw position ``i``."""
        return cls(raw, np.arange(len(raw), dtype=np.int64), len(raw))

    def __len__(self) -> int:
        return len(self.text)

    def raw_at(self, i: int) -> int:
        """The raw position of character ``i`` (or of the end when ``i == len(self)``)."""
        return int(self.pos[i]) if i < len(self.pos) else self.end

    def slice(self, start: int, end: int) -> "Tracked":
        """The characters ``start:end`` with their positions."""
        return Tracked(self.text[start:end], self.pos[start:end], self.raw_at(end))

    def literal(self, s: str, at: int) -> "Tracked":
        """Inserted text ``s``; every character maps to raw position ``at``."""
        return Tracked(s, np.full(len(s), at, dtype=np.int64), at)

    @staticmethod
    def concat(parts: Sequence["Tracked"], end: int) -> "Tracked":
        """Join tracked pieces into one."""
        if not parts:
            return Tracked("", _EMPTY, end)
        return Tracked("".join(p.text for p in parts), np.concatenate([p.pos for p in parts]), end)

    def replace(self, start: int, end: int, new: str) -> "Tracked":
        """The piece that replaces ``text[start:end]`` by ``new``.

        Characters of ``new`` keep the positions of the characters they stand in for
        (shared prefix and suffix first, then in order); extra characters count as inserted.
        """
        old = self.text[start:end]
        if new == old:
            return self.slice(start, end)
        # keep the shared prefix/suffix exactly, so "\r\n" → "\n" keeps the "\n" of the raw text
        p = 0
        while p < len(old) and p < len(new) and old[p] == new[p]:
            p += 1
        s = 0
        while s < len(old) - p and s < len(new) - p and old[-1 - s] == new[-1 - s]:
            s += 1
        mid_new = new[p:len(new) - s]
        mid_old_pos = self.pos[start + p:end - s]
        at = self.raw_at(end - s)
        mid_pos = np.full(len(mid_new), at, dtype=np.int64)
        k = min(len(mid_new), len(mid_old_pos))
        mid_pos[:k] = mid_old_pos[:k]
        pos = np.concatenate([self.pos[start:start + p], mid_pos, self.pos[end - s:end]])
        return Tracked(new, pos, self.raw_at(end))

    def sub(self, pattern: re.Pattern, repl: Callable[[re.Match], str | None]) -> "Tracked":
        """Apply ``repl`` to every match of ``pattern``; ``None`` leaves the match as it is."""
        parts: list[Tracked] = []
        last = 0
        for m in pattern.finditer(self.text):
            new = repl(m)
            if new is None or new == m.group(0):
                continue
            parts.append(self.slice(last, m.start()))
            parts.append(self.replace(m.start(), m.end(), new))
            last = m.end()
        if not parts:
            return self
        parts.append(self.slice(last, len(self.text)))
        return Tracked.concat(parts, self.end)

    def split_lines(self) -> list["Tracked"]:
        """The lines (without their ``\\n``)."""
        out, start = [], 0
        for m in re.finditer("\n", self.text):
            out.append(self.slice(start, m.start()))
            start = m.end()
        out.append(self.slice(start, len(self.text)))
        return out

    def strip(self) -> "Tracked":
        """Without leading and trailing whitespace."""
        stripped = self.text.strip()
        if not stripped:
            return self.slice(0, 0)
        start = self.text.index(stripped[0])
        return self.slice(start, start + len(stripped))

    def anchors(self) -> list[list[int]]:
        """The offset map: ``[[clean_pos, raw_pos], ...]`` where the raw position jumps."""
        if not len(self.pos):
            return [[0, 0]]
        jumps = np.flatnonzero(np.diff(self.pos) != 1) + 1
        idx = np.concatenate([[0], jumps])
        return [[int(i), int(self.pos[i])] for i in idx]


def join(pieces: Iterable[Tracked], sep: str, end: int) -> Tracked:
    """Join tracked pieces with an inserted separator (mapped to the next piece's start)."""
    parts: list[Tracked] = []
    for piece in pieces:
        if parts:
            parts.append(piece.literal(sep, piece.raw_at(0)))
        parts.append(piece)
    return Tracked.concat(parts, end)


def raw_position(offset_map: Sequence[Sequence[int]], pos: int) -> int:
    """Map a cleaned-text position to its raw-text position through an offset map."""
    if not offset_map:
        return pos
    keys = [a[0] for a in offset_map]
    k = max(bisect_right(keys, pos) - 1, 0)
    clean, raw = offset_map[k]
    return raw + (pos - clean)


def to_raw(doc: Document, pos: int) -> int:
    """The position in ``doc.raw_text`` of the character at ``pos`` in ``doc.text``.

    doc (Document): a cleaned document (``offset_map`` set).
    pos (int): a character position in ``doc.text``; ``len(doc.text)`` maps to the end.
    RETURNS (int): the raw position. Inserted whitespace maps to the character after it.
    """
    if pos >= len(doc.text) and doc.text:
        return raw_position(doc.offset_map, len(doc.text) - 1) + 1
    return raw_position(doc.offset_map, pos)


def to_raw_span(doc: Document, start: int, end: int) -> tuple[int, int]:
    """Map a cleaned span ``[start, end)`` to the raw span that holds the same characters."""
    if end <= start:
        r = to_raw(doc, start)
        return r, r
    return to_raw(doc, start), to_raw(doc, end - 1) + 1
