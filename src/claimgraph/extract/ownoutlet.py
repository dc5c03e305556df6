"""The article's own outlet, where the text names it: the masthead in capitals the model cut or missed
("HOLLOWAY DEFENCE REVIEW", "NORVANIAN STATE TELEGRAPH AGENCY (NSTA)"), and the outlet called by its last
word ("reviewed by the Review", "the Ledger has not seen the memo").

``own_outlet(document, doc, mentions, sentence_of)`` reads ``Document.outlet`` (set by ingest from the masthead,
dateline or page metadata): an outlet given as an acronym is spelled out from the "<Words> (<ACRONYM>)" line that
defines it; with no outlet, a title that is a masthead (a short verbless line over a date line and a headline) or
opens with the outlet's name and a date ("Harbour Ekspres | 14.11.2026 | Politics") is the outlet's name.
"""
from __future__ import annotations

import re
from ..model import Mention
from .names import is_acronym

# where a masthead stands: the opening of the text
HEAD_CHARS = 600
# a masthead is a short line; the headline under its date line is no paragraph
MASTHEAD_WORDS = 4
HEADLINE_WORDS = 16


def _masthead(document, doc) -> str | None:
    """The outlet's name read as the title: a short first line of capitalised words and no verb, over a line with
    a date, over a headline ("THE NORVANIAN BEACON" / "Thursday 3 May 2026" / "Talks resume in the north"); a
    headline over its date has the body under it, not another headline."""
    lines = [ln.strip() for ln in (document.raw_text or document.text)[:HEAD_CHARS].split("\n") if ln.strip()]
    if len(lines) < 3 or not document.title or lines[0] != document.title.strip():
        return None
    words = lines[0].split()
    if not 2 <= len(words) <= MASTHEAD_WORDS or not all(w[:1].isupper() for w in words) or \
            not re.search(r"\d", lines[1]) or len(lines[1].split()) > 6 or \
            len(lines[2].split()) > HEADLINE_WORDS or lines[2].endswith("."):
        return None
    end = document.text.find("\n")
    line = doc.char_span(0, end if end > 0 else len(document.text), alignment_mode="contract")
    if line is None or any(t.pos_ in ("VERB", "AUX") for t in line):
        return None
    return lines[0]


def _piped_title(document) -> str | None:
    """The outlet's name opening a title of fields ("Harbour Ekspres | 14.11.2026 | Politics"): two to four
    capitalised words before a "|", and a date (a digit) in the next field; a headline before its outlet
    ("Talks resume | The Beacon") has no date after it."""
    fields = [f.strip() for f in (document.title or "").split("|")]
    if len(fields) < 2 or not re.search(r"\d", fields[1]) or len(fields[1].split()) > 4:
        return None
    words = fields[0].split()
    if not 2 <= len(words) <= MASTHEAD_WORDS or not all(w[:1].isupper() and w.isalpha() for w in words):
        return None
    return fields[0]


def _full_name(document, doc) -> str | None:
    """The outlet's full name as the text writes it, title-cased when in capitals; None when unknown."""
    outlet = (document.outlet or "").strip() or (_masthead(document, doc) or _piped_title(document) or "")
    if not outlet:
        return None
    if is_acronym(outlet):
        from .coref import initials_spell
        head = document.text[:HEAD_CHARS]
        m = re.search(rf"([A-Z][\w\-]*(?:\s[A-Z][\w\-]*){{1,6}})\s\({re.escape(outlet)}\)", head)
        if m is None or not initials_spell(outlet, m.group(1)):
            return None
        outlet = m.group(1)
    words = outlet.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2 or "." in outlet or "/" in outlet:
        return None     # one word, a domain or an address: no name to find
    return " ".join(w.title() if w.isupper() and len(w) > 1 else w for w in words)


def outlet_name(document, doc) -> str | None:
    """The article's own outlet's full name (``_full_name``), for the claims stage's unnamed-source chains."""
    return _full_name(document, doc)


def _sentence(doc, start: int, end: int, sentence_of: dict[int, int]) -> int:
    """The sentence number of a character range."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return sentence_of.get(span.start, 0) if span is not None else 0


def own_outlet(document, doc, mentions: list[Mention], sentence_of: dict[int, int]) -> list[Mention]:
    """Mentions of the article's own outlet (changed in place, returned to be added).

    document (Document): the cleaned document (``outlet`` read). mentions (list[Mention]): its mentions so far;
    a mention inside a written occurrence of the outlet's name ("HOLLOWAY DEFENCE" of the masthead) is
    removed from the list, and a one-word outlet mention written as the name's last word ("the Review") takes
    its local key when no other outlet of the article ends with that word.
    doc (Doc): the parsed document. sentence_of (dict): token index -> sentence number (for the new mentions).
    RETURNS (list[Mention]): new media mentions (ids left empty), one per occurrence no mention covers whole.
    """
    name = _full_name(document, doc)
    if name is None:
        return []
    text, found = document.text, []
    lower, key = document.text.lower(), name.lower()
    pos = lower.find(key)
    while pos >= 0:
        end = pos + len(key)
        if (pos == 0 or not text[pos - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            found.append((pos, end))
        pos = lower.find(key, end)
    out = []
    for start, end in found:
        inside = [m for m in mentions if start <= m.start and m.end <= end and not m.pronoun]
        whole = [m for m in inside if m.start == start and m.end == end]
        for m in whole:
            if m.kind != "media" and not m.kb_id:   # the outlet's name the model read as a person or a place
                m.kind, m.label, m.local_key, m.role, m.affiliation = "media", "ORG", name, None, None
        if whole:
            continue
        for m in inside:
            mentions.remove(m)
        out.append(Mention(id="", doc=document.id, start=start, end=end, text=text[start:end], name=name,
                           kind="media", label="ORG", local_key=name,
                           sentence=_sentence(doc, start, end, sentence_of)))
    head = name.split()[-1].lower()
    others = {m.local_key or m.name for m in mentions if m.kind == "media" and len(m.name.split()) > 1 and
              m.name.split()[-1].lower() == head and (m.local_key or m.name).lower() != key}
    if others:
        return out
    for m in mentions:
        if m.kind == "media" and not m.pronoun and not m.kb_id and m.name.lower() == head:
            m.local_key = name
    return out
