"""Places named with a generic head: an administrative area ("Dalmek province", "the province of Dalmek", MT
"province Dalmec") and a facility a proper name identifies ("the Sorvik copper mine", "Sorvik mine", MT "mine
Sorvik").

spaCy marks the proper name alone, or nothing where a machine translation puts the head first. This module
widens the mention over the head so the form as written is an alias, and keys it so the forms of one place meet:

- an area is the place itself: the mention keeps the name's key ("Dalmek"), resolve drops the head
  (``resolve.aliases.place_key``);
- a facility is a place of its own: its key is the name and the head, descriptors dropped ("Sorvik mine"), so
  "the Sorvik copper mine", "Sorvik mine" and "mine Sorvik" are one place and none is the town Sorvik.

Which words are heads is data (``metonyms.yaml``: ``admin_heads``, ``facility_heads``).
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from .. import data
from ..model import Mention
from .tokens import tokens

NOT_NAMES = ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY", "PERCENT")
MAX_DESCRIPTORS = 2   # lower-case words between a name and its head ("copper" of "the Sorvik copper mine")


@lru_cache(maxsize=1)
def _heads() -> tuple[frozenset[str], dict[tuple[str, ...], str]]:
    """(area heads, facility heads as word tuples -> the head the key uses: "air base" -> "airbase")."""
    d = data.load("metonyms.yaml")
    same = d.get("facility_same", {})
    facilities = {tuple(h.split()): same.get(h, h) for h in d.get("facility_heads", [])}
    return frozenset(d.get("admin_heads", [])), facilities


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """The lower-case first words of every head: ``_head_at`` finds nothing at any other token."""
    areas, facilities = _heads()
    return areas | frozenset(k[0] for k in facilities)


def _head_at(doc: Doc, i: int, title: bool = False) -> tuple[str, str, int] | None:
    """The head starting at token i: (kind "area"/"facility", head, end token) or None.

    title (bool): also a head in title case ("the Tellon Dam", "the Vessa River"): only right after a name, since a
        title-case head before one is part of a proper name ("Port Kessin", "Camp Arvel").
    """
    areas, facilities = _heads()
    lower = tokens(doc).lower
    for n in (2, 1):
        if i + n > len(lower):
            continue
        # the words from the token table first: only a known head needs its Tokens' shape tests (speed)
        key = tuple(lower[i:i + n])
        if not (n == 1 and key[0] in areas or key in facilities):
            continue
        words = doc[i:i + n]
        if len(words) < n or not all(t.is_alpha and (t.is_lower or title and t.is_title) for t in words):
            continue
        if n == 1 and key[0] in areas:
            return "area", key[0], i + 1
        if key in facilities:
            return "facility", facilities[key], i + n
    return None


def _nameable(m: Mention) -> bool:
    """Can a mention be the proper name of a place with a head (not a state, a full name or a known entry)?"""
    if m.pronoun or m.kind == "country" or m.kind == "person" and " " in m.name:
        return False
    return not m.kb_id or m.kb_id.startswith("capital:")


def place_heads(doc: Doc, mentions: list[Mention], sentence_of: dict[int, int]) -> list[Mention]:
    """Widen mentions over a generic place head after or (in machine translations) before them, and add a
    mention for a proper name that a head introduces and no mention holds ("the province Dalmec").

    doc (Doc): the parsed document.
    mentions (list[Mention]): the document's mentions (changed in place).
    sentence_of (dict): token index -> sentence number.
    RETURNS (list[Mention]): the new mentions (ids left empty).
    """
    text = tokens(doc).doc_text   # read once per document (Doc.text joins every token again)
    taken = {(m.start, m.end) for m in mentions}
    starts = {m.start: m for m in mentions if not m.pronoun}
    out: list[Mention] = []
    for m in [m for m in mentions if _nameable(m)]:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        if _hyphen_start(doc, span.start) < span.start:
            # "Trans-Vessa pipeline": the model cut the name at its hyphen; the place is named by the whole word
            m.start = doc[_hyphen_start(doc, span.start)].idx
            m.text = text[m.start:m.end]
            m.name = " ".join(m.text.split())
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
        own = _head_at(doc, span.end - 1, title=True) if len(span) > 1 and (span[-1].is_lower or span[-2].pos_ == "PROPN") else None
        if own is not None:   # the model's span holds the head already ("Sorvik mine")
            _widen(m, text, m.start, m.end, own[0], own[1], doc[span.start:span.end - 1].text)
            continue
        for d in range(MAX_DESCRIPTORS + 1):
            lead = doc[span.end:span.end + d]
            if len(lead) < d or not all(t.is_lower and t.is_alpha and t.pos_ in ("NOUN", "ADJ") for t in lead):
                break
            head = _head_at(doc, span.end + d)
            if head is not None and (d == 0 or head[0] == "facility"):
                _widen(m, text, m.start, doc[head[2] - 1].idx + len(doc[head[2] - 1]), head[0], head[1],
                       span.text)
                break
    first_words = _first_words()
    lower = tokens(doc).lower
    # only where a head can start: a Token and two spans per position of the document cost a quarter of extraction
    for t in (doc[i] for i, w in enumerate(lower) if w in first_words):
        head = _head_at(doc, t.i)
        if head is None and t.is_title and t.i and _proper(doc[t.i - 1]):
            # "the Tellon Dam" the model left untagged: a title-case head right after a proper noun
            after = _head_at(doc, t.i, title=True)
            if after is not None:
                out.extend(_untagged_before(doc, t.i, after, taken, text, mentions, sentence_of))
            continue
        if head is None:
            continue
        if t.i and _proper(doc[t.i - 1]) or head[0] == "facility":
            out.extend(_untagged_before(doc, t.i, head, taken, text, mentions, sentence_of))
        # MT order: "province Dalmec", "the mine Sorvik"
        if head[2] >= len(doc) or (t.i and _proper(doc[t.i - 1])):
            continue
        name = doc[head[2]]
        if not _proper(name):
            continue
        end = head[2] + 1
        while end < len(doc) and end - head[2] < 3 and doc[end].is_title and doc[end].pos_ == "PROPN":
            end += 1
        if end < len(doc) and doc[end].is_lower and _head_at(doc, end) is not None:
            continue  # "the province Dalmek region": the name belongs to the head after it
        start, stop = t.idx, doc[end - 1].idx + len(doc[end - 1])
        proper = doc[head[2]:end].text
        m = starts.get(name.idx)
        if m is not None:
            if _nameable(m) and m.end <= stop:
                _widen(m, text, start, stop, head[0], head[1], proper)
            continue
        if any(a < stop and start < b for a, b in taken):
            continue
        new = Mention(id="", doc=mentions[0].doc if mentions else "", start=start, end=stop, text=text[start:stop],
                      name=text[start:stop], kind="place", label="FAC" if head[0] == "facility" else "GPE",
                      local_key=proper if head[0] == "area" else f"{proper} {head[1]}",
                      sentence=sentence_of.get(t.i, 0))
        out.append(new)
        taken.add((start, stop))
    return out


def _widen(m: Mention, text: str, start: int, end: int, kind: str, head: str, proper: str) -> None:
    """Make ``m`` the place named over text[start:end]: an area keeps its name's key, a facility is keyed by its
    name and head."""
    own_key = m.local_key is None or m.local_key == m.name  # not linked to another name of the article
    m.start, m.end = start, end
    m.text = text[start:end]
    m.name = " ".join(m.text.split())
    m.kind = "place"
    m.local_key = (proper if own_key else m.local_key) if kind == "area" else f"{proper} {head}"


def _hyphen_start(doc: Doc, i: int) -> int:
    """Where a name starting at token i starts with a hyphenated title-case word before it ("Trans-" of
    "Trans-Vessa"), else i."""
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ and \
            doc[i - 2].is_title and doc[i - 2].is_alpha:
        return i - 2
    return i


def _proper(token) -> bool:
    """A proper noun that can name a place: not a number, and a date only where the model misread a name as
    one ("the dam Merrow" tagged DATE; "the airport Tuesday" is a day)."""
    if not (token.is_title and token.is_alpha and token.pos_ == "PROPN"):
        return False
    if token.ent_type_ in ("DATE", "TIME"):
        return token.lower_ not in _calendar_words()
    return token.ent_type_ not in NOT_NAMES


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    import calendar
    words = [*calendar.month_name[1:], *calendar.month_abbr[1:], *calendar.day_name, *calendar.day_abbr]
    return frozenset(w.lower() for w in words)


def _untagged_before(doc: Doc, i: int, head: tuple[str, str, int], taken: set, text: str, mentions: list[Mention],
                     sentence_of: dict[int, int]) -> list[Mention]:
    """ "Dalvek province", "the Belvik copper mine" where the model marked no name: a new place mention over
    the proper nouns before the head (and a facility's descriptors)."""
    k = i
    if head[0] == "facility":
        while k > 0 and i - k < MAX_DESCRIPTORS and doc[k - 1].is_lower and doc[k - 1].is_alpha and \
                doc[k - 1].pos_ in ("NOUN", "ADJ"):
            k -= 1
    first = k
    while first > 0 and k - first < 2 and _proper(doc[first - 1]) and first - 1 > doc[first - 1].sent.start:
        first -= 1
    if first == k:
        return []
    first = _hyphen_start(doc, first)
    start, stop = doc[first].idx, doc[head[2] - 1].idx + len(doc[head[2] - 1])
    if any(a < stop and start < b for a, b in taken):
        return []
    proper = doc[first:k].text
    taken.add((start, stop))
    return [Mention(id="", doc=mentions[0].doc if mentions else "", start=start, end=stop, text=text[start:stop],
                    name=" ".join(text[start:stop].split()), kind="place",
                    label="FAC" if head[0] == "facility" else "GPE",
                    local_key=proper if head[0] == "area" else f"{proper} {head[1]}",
                    sentence=sentence_of.get(first, 0))]
