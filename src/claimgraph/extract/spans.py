"""Candidate mention spans: split, trimmed and checked against page furniture.

spaCy's entities are a starting point only. A span is split where it joins two names ("Norway's Korvex
Intl." -> "Norway" + "Korvex Intl"; "Dravlen-Ostrik" -> two people; "Peru & Ostrik"), cut at a blank line
or a URL, and trimmed of articles, possessives, titles and ranks, trailing function words and stray
punctuation. What is left is rejected when it is page furniture (mention_junk.yaml), a byline or author
signature (a line holding only the name), a social widget ("X on Facebook"), a credit line, or a fragment.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from .. import data
from .kb import fold, get_kb
from .names import lexicon

DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
               "your", "so-called", "socalled", "pro", "anti"}
TRAILING = {"for", "to", "in", "of", "and", "the", "on", "at", "by", "with", "from", "into", "as", "or", "&"}
POSSESSIVE = ("'s", "\u2019s", "'", "\u2019")
NON_LATIN = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0900-\u0dff\u3040-\u9fff\uac00-\ud7af]")
# compiled once (speed: asked for every word of every entity, and for every candidate name)
_URL = re.compile(r"https?://|www\.")
_LATIN_LOWER = re.compile(r"[a-z]")
_ON_SOCIAL = re.compile(r"\s+on\s+([a-z ]+)")


@dataclass
class Piece:
    """A trimmed candidate: token span, character span, the name and what was stripped."""

    start: int                 # token index
    end: int
    start_char: int
    end_char: int
    label: str
    kb_id: str | None
    name: str                  # cleaned name (bracketed insertions removed)
    full: str                  # cleaned name with bracketed insertions kept ("Anton Velis")
    stripped_title: bool = False
    owner_of: int | None = None   # index (in the returned list) of the name this one possesses
    serves_next: bool = False     # a state glued before the person it serves ("of Kadrowia Oskar Lindkvist")


@lru_cache(maxsize=1)
def _junk() -> dict:
    j = data.load("mention_junk.yaml")
    return {"phrases": {fold(p) for p in j["phrases"]}, "social": {fold(s) for s in j["social"]},
            "words": {fold(w) for w in j["furniture_words"]},
            "credit": [re.compile(p, re.I) for p in j["credit_patterns"]],
            "byline": sorted((fold(b) for b in j["byline_prefixes"]), key=len, reverse=True),
            "time": set(j.get("time_words", [])), "time_preps": set(j.get("time_prepositions", [])),
            "weekdays": set(j.get("weekdays", [])),
            "byline_leads": [re.compile(p, re.I) for p in j.get("byline_leads", [])]}


def _time_cut(doc: Doc, start: int, end: int) -> int:
    """Where a name ends before time words the model joined to it ("the Security Council on Monday")."""
    j = _junk()
    for i in range(start + 1, end):
        w = doc[i].lower_
        if w in j["weekdays"] or w in j["time_preps"] and i + 1 < end and doc[i + 1].lower_ in j["time"]:
            return i
    return end


def _title_or_honorific(word: str) -> bool:
    lex = lexicon()
    w = fold(word).strip(".")
    return w in lex.title_words or w in lex.honorifics


def _rank_or_honorific(doc: Doc, start: int, end: int) -> bool:
    """A rank or courtesy title leading a span that is not labelled PERSON ("the Field Marshal X"), or a
    title word before what can only be a person's name ("the Republic Mara Ostrel" of "President of the
    Republic Mara Ostrel")."""
    lex = lexicon()
    w = fold(doc[start].text).strip(".")
    if w not in lex.ranks and w not in lex.honorifics and not any(r.split()[0] == w for r in lex.ranks):
        if w not in lex.title_words or not 2 <= end - start - 1 <= 3:
            return False
        rest = doc[start + 1:end]
        if not all(t.is_title and t.is_alpha for t in rest) or get_kb().lookup(rest.text) is not None:
            return False
    if get_kb().lookup(doc[start:end].text, generic=True) is not None:
        return False
    name_words = set(data.load("institutions.yaml").get("name_words", []))
    return not any(t.lower_ in name_words for t in doc[start + 1:end])


def split_entity(doc: Doc, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Token sub-spans of an entity: cut at blank lines, URLs, mid-span possessives and "&".

    RETURNS (list[tuple[int, int, bool]]): (start, end, possesses_next) for each part.
    """
    parts: list[tuple[int, int, bool]] = []
    s = start
    for i in range(start, end):
        t = doc[i]
        if _URL.match(t.text):
            # a URL ends the name: what follows on the line is a credit, not the same name
            if i > s:
                parts.append((s, i, False))
            return parts
        if t.is_space and t.text.count("\n") >= 2:
            # a blank line ends the name; what NER joined from the next paragraph is dropped
            if i > s:
                parts.append((s, i, False))
            return parts
        elif t.text in ("'s", "\u2019s") and s < i < end - 1:
            parts.append((s, i, True))
            s = i + 1
        elif t.text == "&" and s < i < end - 1:
            parts.append((s, i, False))
            s = i + 1
    if s < end:
        parts.append((s, end, False))
    return parts


def trim(doc: Doc, start: int, end: int, label: str) -> tuple[int, int, bool]:
    """Drop leading articles and titles, trailing possessives, function words and punctuation.

    RETURNS (tuple[int, int, bool]): the new token span and whether a title or rank was stripped.
    """
    stripped = False
    if label != "PERSON":
        end = _time_cut(doc, start, end)
    while start < end:
        t = doc[start]
        w = t.lower_.strip(".")
        if w in DETERMINERS or t.is_punct or t.is_space or t.text in ("-", "\u2013", "\u2014"):
            start += 1
        elif end - start > 1 and doc[end - 1].is_title and (
                _title_or_honorific(t.text) if label == "PERSON" else _rank_or_honorific(doc, start, end)):
            # "Marshal Khamis Dravelot", "Gen. Mark Ostler": keep only the name
            start += 1
            stripped = True
        else:
            break
    while end > start:
        t = doc[end - 1]
        if t.text in POSSESSIVE or t.is_punct and t.text not in (".",) or t.is_space or \
                (t.lower_ in TRAILING and end - start > 1):
            end -= 1
        elif t.text == "." and end - start > 1:
            end -= 1
        else:
            break
    return start, end, stripped


@lru_cache(maxsize=4096)
def clean_name(text: str) -> tuple[str, str]:
    """The name as written without line breaks, stray punctuation and editorial brackets.

    text (str): the span text.
    RETURNS (tuple[str, str]): (name without bracketed insertions, name with them):
        "[Anton] Velis" -> ("Velis", "Anton Velis").
    """
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s*\([^)]*$", "", text)  # "Council of X (CX": a bracket the entity opened but did not close
    text = re.sub(r"['\u2019]s$", "", text)
    # "Ivan PEKK.Also": a sentence glued to the name by a missing space
    text = re.sub(r"(?<=[A-Za-z]{2})\.(?=[A-Z][a-z]).*$", "", text)
    full = re.sub(r"[\[\]]", "", text)
    name = re.sub(r"\[[^\]]*\]\s*", "", text) if "[" in text else text
    name = re.sub(r"[\[\]]", "", name)
    out = []
    for s in (name, full):
        s = s.strip(" \t\"'\u201c\u201d\u2018\u2019()[]{}<>|,;:!?*#\u2013\u2014-")
        # a trailing dot belongs to initials ("U.S.") and abbreviations of one letter, not to "Intl."
        if s.endswith(".") and not re.search(r"(\b\w\.)+$", s):
            s = s[:-1]
        out.append(re.sub(r"\s+", " ", s).strip())
    return out[0], out[1]


@lru_cache(maxsize=512)
@lru_cache(maxsize=4096)
def _credit_line(line: str) -> bool:
    """Is ``line`` a photo credit or a link? Kept per line: every name in a paragraph asks it again."""
    return any(p.search(line) for p in _junk()["credit"])


def line_of(text: str, start: int, end: int) -> str:
    """The line (between newlines) around a character span."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    return text[a:b if b >= 0 else len(text)]


# "By Ada Velk, senior fellow", "By Ada Velk and Ivo Perak": the first author's name in a byline line
BYLINE = re.compile(r"^[ \t]*By\s+([A-Z][\w\-']+(?:\s[A-Z][\w\-']+){1,2})(?=\s*(?:,|\||\band\b|$))", re.M)


def is_junk(text: str, name: str, start_char: int, end_char: int, label: str) -> str | None:
    """Why a cleaned candidate is not an actor, or None when it may be one.

    text (str): the document text; name (str): the cleaned name; start_char/end_char: its place.
    label (str): the entity label.
    RETURNS (str | None): the reason ("furniture", "byline", "social widget", "credit line", "fragment").
    """
    j = _junk()
    f = fold(name).strip(".")
    if len(f) < 2 or not _LATIN_LOWER.search(f) or NON_LATIN.search(name):
        return "fragment"
    if f in j["phrases"] or any(w in j["words"] for w in f.split()):
        return "furniture"
    if name[0].islower() and label not in ("shape",):
        return "fragment"
    words = f.split()
    if words and words[-1] in j["social"] and len(words) > 2 and words[-2] == "on":
        return "social widget"
    if f in j["social"] and re.search(r"\b(on|via|at|follow us on|follow)\s*$", text[max(0, start_char - 12):start_char],
                                      re.I):
        return "social widget"
    after = text[end_char:end_char + 40].lower()
    m = _ON_SOCIAL.match(after)
    if m and any(m.group(1).strip().startswith(s) for s in j["social"] if len(s) > 1):
        return "social widget"
    line = line_of(text, start_char, end_char)
    if _credit_line(line):
        return "credit line"
    rest = fold(line).strip(" .:-\u2013\u2014|")
    for pre in j["byline"]:
        if rest.startswith(pre + " ") or rest.startswith(pre + ":"):
            rest = rest[len(pre):].strip(" :")
            break
    if label in ("PERSON", "ORG", "FAC", "NORP") and rest == f:
        return "byline"
    # "By X, Staff Writer", "Posted on 3 May 2026 by X | Politics": the name right after a byline lead
    lead = text[text.rfind("\n", 0, start_char) + 1:start_char]
    tail = text[end_char:end_char + 30]
    # the name ends the line or is followed by a co-author, a role or a date ("By X and Y", "By X, Staff",
    # "By X | 3 May"); "By Velmora's account, ..." is a sentence
    if label in ("PERSON", "ORG", "FAC", "NORP") and any(p.search(lead) for p in j["byline_leads"]) and \
            re.match(r"[ \t]*($|\n|[,|/\u2022\u00b7\-\u2013\u2014(]|and\s|&)", tail):
        return "byline"
    return None


@lru_cache(maxsize=1)
def _organ_heads() -> frozenset[str]:
    return frozenset(data.load("institutions.yaml").get("organ_heads", []))


def organ_end(doc: Doc, end: int) -> int:
    """Where an organ named after a body ends ("African Union" + "Panel of Experts", "Monitoring Mission"): past
    title-case words ending in an organ head, and an "of/for/on" phrase of title-case words after it.

    doc (Doc): the document. end (int): the token after the body's name.
    RETURNS (int): the token after the organ's name; ``end`` when none follows.
    """
    j = end
    while j < len(doc) and j - end < 3 and doc[j].is_title and doc[j].lower_ not in _organ_heads():
        j += 1
    if j >= len(doc) or not doc[j].is_title or doc[j].lower_ not in _organ_heads():
        return end
    j += 1
    if j + 1 < len(doc) and doc[j].lower_ in ("of", "for", "on") and doc[j + 1].is_title:
        j += 1
        while j < len(doc) and doc[j].is_title and doc[j].is_alpha:
            j += 1
    return j
