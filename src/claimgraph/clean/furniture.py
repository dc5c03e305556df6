"""Page furniture: which lines of a saved page are not the article.

Two kinds of evidence, both general:

- **patterns** from ``data/furniture.yaml``: a whole line that is a share button, a comment
  form, a donation or newsletter pitch, a byline, a timestamp, a caption ... (each with a
  word limit, so a real sentence that happens to start the same way survives);
- **line statistics**: a short name-only line next to a byline or timestamp (an author
  signature), heading-like lines after a "Related:" label (but a masthead above the title
  stays though it looks like a menu), an author's note or a credit in words among the last lines
  ("Ana Brel is a correspondent for …"), the headline printed twice, a heading in another
  script than the rest of the page (a translated headline), and the short, non-sentence
  lines after the last sentence of the article (footer).

``mark_lines(lines)`` returns, per line, the reason it is furniture or None.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ..data import load
from .mastheads import is_masthead_only

TERMINAL = re.compile(r"[.!?…][\"”’»)\]']*$")
WORD = re.compile(r"\S+")
NAME_TOKEN = re.compile(r"^(?:[A-Z][a-z'’\-]+|[A-Z]\.|[A-Z][a-z]*[A-Z][a-z]+|and|&|de|van|von|al|bin|el)$")


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    max_words: int
    why: str


def _compile(spec: dict, subst: dict[str, str]) -> Rule:
    pattern = spec["pattern"]
    for key, alternation in subst.items():
        pattern = pattern.replace("{" + key + "}", alternation)
    return Rule(spec["name"], re.compile(pattern, re.IGNORECASE), int(spec.get("max_words", 1000)), spec.get("why", ""))


@lru_cache(maxsize=1)
def rules() -> dict[str, list[Rule] | frozenset[str]]:
    """The compiled furniture rules (``lines``, ``labels``, ``inline``) and word lists."""
    data = load("furniture.yaml")
    subst = {"social": "|".join(data["social"]), "shortener": "|".join(data["shortener"])}
    return {
        "lines": [_compile(r, subst) for r in data["lines"]],
        "labels": [_compile(r, subst) for r in data["labels"]],
        "inline": [_compile(r, subst) for r in data["inline"]],
        "tail": [_compile(r, subst) for r in data.get("tail", [])],
        "starters": frozenset(data["sentence_starters"]),
    }


def n_words(line: str) -> int:
    return len(WORD.findall(line))


def line_rule(line: str) -> str | None:
    """The name of the first furniture pattern the whole ``line`` matches, else None."""
    return _line_rule(line.strip())


@lru_cache(maxsize=4096)
def _line_rule(line: str) -> str | None:
    # cached: reading a file (ingest/meta.py) and cleaning it ask about the same lines, one after the other
    words = n_words(line)
    for rule in rules()["lines"]:
        if words <= rule.max_words and rule.pattern.fullmatch(line):
            return rule.name
    return None


def tail_rule(line: str) -> str | None:
    """The name of the first end-of-article pattern (an author's note, a credit in words) ``line`` matches."""
    line = line.strip()
    words = n_words(line)
    return next((r.name for r in rules()["tail"] if words <= r.max_words and r.pattern.fullmatch(line)), None)


def is_label(line: str) -> bool:
    """Whether ``line`` introduces a list of links ("Related:", "Read more")."""
    line = line.strip()
    return any(n_words(line) <= r.max_words and r.pattern.fullmatch(line) for r in rules()["labels"])


def is_sentence(line: str) -> bool:
    """Whether a line reads as running text rather than a label: long, or a full sentence."""
    words = n_words(line)
    return words >= 20 or (words >= 6 and bool(TERMINAL.search(line)))


def is_name_line(line: str) -> bool:
    """A line that is only a person's name or two ("Jane Roe", "J. Roe and K. Doe")."""
    tokens = line.replace(",", " ").split()
    return 2 <= len(tokens) <= 6 and all(NAME_TOKEN.match(t) for t in tokens) and tokens[0][0].isupper()


def is_heading_like(line: str) -> bool:
    """Short and without a final full stop (a title, subheading or link text)."""
    return 0 < n_words(line) <= 20 and not re.search(r"[.:;,]['\"”’)]*$", line)


@lru_cache(maxsize=8192)
def script_of(ch: str) -> str:
    """A coarse script name for a letter (LATIN, CYRILLIC, ARABIC, ...)."""
    try:
        return unicodedata.name(ch).split(" ")[0]
    except ValueError:
        return "UNKNOWN"


def letter_scripts(text: str, *, sample: int = 20_000) -> dict[str, int]:
    """Letters per script in (the first ``sample`` characters of) ``text``."""
    counts: dict[str, int] = {}
    for ch, n in Counter(text[:sample]).items():
        if ch.isalpha():
            s = script_of(ch)
            counts[s] = counts.get(s, 0) + n
    return counts


def _norm(line: str) -> str:
    return re.sub(r"\W+", " ", line.casefold()).strip()


def mark_lines(lines: list[str], *, title: str | None = None) -> list[str | None]:
    """Per line, why it is furniture (a rule name) or None when it belongs to the article.

    lines (list[str]): the stripped lines of a page (blank lines included).
    title (str | None): the document title; its first occurrence is always kept.
    RETURNS (list[str | None]): one reason or None per line.
    """
    reasons: list[str | None] = [None] * len(lines)
    title_norm = _norm(title) if title else None
    title_idx = next((i for i, l in enumerate(lines) if title_norm and _norm(l) == title_norm), None)

    for i, line in enumerate(lines):
        if not line or i == title_idx:
            continue
        prev = lines[i - 1] if i else ""
        # a lowercase line right after an unfinished line of text continues it ("by the army
        # on Tuesday" in wrapped text is not a byline)
        if (line[0].islower() and prev and reasons[i - 1] is None and n_words(prev) >= 5
                and not TERMINAL.search(prev)):
            continue
        reasons[i] = line_rule(line)

    # above the title, the masthead stays though it looks like a menu ("KNA | Kessel News Agency"): it names
    # the outlet, and spells out the acronym the dateline uses
    for i in range(title_idx or 0):
        if reasons[i] == "navigation" and is_masthead_only(lines[i]):
            reasons[i] = None

    # a "Related:" label takes the link-like lines after it along
    for i, line in enumerate(lines):
        if line and reasons[i] is None and is_label(line):
            reasons[i] = "related"
            for j in range(i + 1, min(i + 12, len(lines))):
                nxt = lines[j]
                if not nxt or reasons[j]:
                    continue
                if is_sentence(nxt) or not is_heading_like(nxt):
                    break
                reasons[j] = "related"

    # an author's name next to a byline or timestamp
    nonblank = [i for i, l in enumerate(lines) if l]
    for k, i in enumerate(nonblank):
        if reasons[i] is None and i != title_idx and is_name_line(lines[i]):
            if i + 1 < len(lines) and lines[i + 1][:1].islower():
                continue    # a hard-wrapped sentence that opens with names ("Ana Brel\nsaid on Monday …")
            near = [nonblank[k + d] for d in (-1, 1) if 0 <= k + d < len(nonblank)]
            if any(reasons[j] in ("timestamp", "byline", "credits", "short_url", "reading_time", "contact", "author_bio")
                   for j in near):
                reasons[i] = "byline"

    # the headline again (pages often print it twice): a repeat of the title, or of the first
    # line, among the next few lines
    nonblank = [i for i, l in enumerate(lines) if l and not reasons[i]]
    if nonblank:
        head = title_idx if title_idx is not None else nonblank[0]
        key = _norm(lines[head])
        if n_words(lines[head]) >= 2 and is_heading_like(lines[head]):
            for i in [j for j in nonblank if j > head][:8]:
                if _norm(lines[i]) == key:
                    reasons[i] = "duplicate_title"

    # a heading in another script than the page (a headline left in its original language)
    scripts = letter_scripts("\n".join(l for l, r in zip(lines, reasons) if l and not r))
    if scripts and sum(scripts.values()) >= 200:
        main = max(scripts, key=scripts.get)
        for i, line in enumerate(lines):
            if line and reasons[i] is None and i != title_idx and is_heading_like(line):
                counts = letter_scripts(line)
                total = sum(counts.values())
                if total and counts.get(main, 0) < 0.3 * total:
                    reasons[i] = "foreign_heading"

    # the author's note and credits at the foot ("Ana Brel is a correspondent for …"), from the last line up
    for i in range(len(lines) - 1, -1, -1):
        if not lines[i] or reasons[i] or i == title_idx:
            continue
        reasons[i] = tail_rule(lines[i])
        if reasons[i] is None and (n_words(lines[i]) > 10 or TERMINAL.search(lines[i])):
            break                    # a sentence of the article; short non-sentences are the footer's (below)

    # footer: the trailing run of short non-sentences after the article's last sentence
    content = [i for i, l in enumerate(lines) if l and reasons[i] is None and is_sentence(l)]
    if content:
        for i in range(len(lines) - 1, content[-1], -1):
            line = lines[i]
            if not line or reasons[i]:
                continue
            if n_words(line) > 10 or TERMINAL.search(line):
                break
            reasons[i] = "footer"
    return reasons
