"""Metadata from what a file offers: dates, outlets from URLs, titles and datelines in text.

- ``parse_date`` turns any date-ish value (ISO strings, RFC 2822, "May 9, 2020",
  "Sat, 05/09/2020 – 08:45", epoch seconds) into ``YYYY-MM-DD`` with python-dateutil;
  a value without a year gives None rather than a guess.
- ``outlet_from_url`` names the outlet by the site's host ("www.example.org" → "example.org").
- ``text_meta`` reads a plain text for a title (the first line, when it looks like one), a
  wire dateline ("CITY, May 9 (Agency) —"), a timestamp line, or an outlet in the title
  ("Headline (Outlet)", "Headline | Outlet") or in a feed line ("via Outlet https://…").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from datetime import date, datetime, timezone
from urllib.parse import urlsplit

from dateutil import parser as dateparser

from ..clean.furniture import TERMINAL, line_rule, n_words

_DEFAULTS = (datetime(2001, 1, 1), datetime(2002, 2, 2))
DATE_DASH = re.compile(r"\s*[–—|]\s*")
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\- ]{1,40}(?:,\s*[A-Z][A-Za-z.\- ]{1,30})?)"      # TRIPOLI / WASHINGTON, D.C.
    r"(?:,\s*(?P<date>[^()\n]{3,30}?))?"                                       # , May 9(, 2020)
    r"\s*\((?P<outlet>[A-Za-z][^()\n]{1,40})\)\s*(?:[-–—:.]|$)")                 # (Agency) — or (Agency).
# "ORVILLE, 14 October 2026 - The ...": a dateline with a date and no agency
DATELINE_DATE = re.compile(r"^(?P<place>[A-Z][A-Z.'\- ]{1,40}(?:,\s*[A-Z][A-Za-z.\- ]{1,30})?),\s*"
                           r"(?P<date>[^()\n]{6,30}?)\s*[-–—:]\s")
# "Posted on October 14, 2026 by X", "Published: 3 May 2026 | Politics", "Updated 2026-05-03 09:12"
STAMP_LINE = re.compile(r"^(?:posted|published|updated|last updated|first published|filed|date)(?:\s+(?:on|at))?"
                        r"\s*:?\s*(?P<date>[^|•·]{6,40}?)(?:\s+by\s+.*|\s*[|•·].*)?$", re.IGNORECASE)
# "The Orville Ledger | October 18, 2026", "October 18, 2026 | The Orville Ledger", "Orville Post - 3 May 2026"
OUTLET_DATE_LINE = re.compile(r"^(?P<a>[^|•·]{3,50}?)(?:\s*[|•·]\s*|\s+[-–—]\s+)(?P<b>[^|•·]{3,50}?)$")
TITLE_OUTLET = re.compile(r"^(?P<title>\S+(?:\s+\S+){3,}?)\s*(?:\((?P<paren>[^()]{2,40})\)|\s[|•]\s(?P<bar>[^|•]{2,40}))\s*$")
COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?"
                       r"(?P<outlet>[A-Z][\w&'’. -]{1,40}?)[.,]?\s*(?:all rights reserved\.?)?$", re.IGNORECASE)
VIA_LINE = re.compile(r"^via\s+(?P<outlet>[A-Z][\w&.'\- ]{1,40}?)\s+https?://", re.IGNORECASE)
OUTLET_NAME = re.compile(r"^[A-Z0-9][\w&.'’\- ]*$")


def parse_date(value) -> str | None:
    """A date as ``YYYY-MM-DD``, or None when ``value`` holds no full date.

    value: a string, a number (epoch seconds or milliseconds), a date or datetime.
    RETURNS (str | None): the ISO date.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = value / 1000 if value > 1e11 else value
        try:
            d = datetime.fromtimestamp(seconds, tz=timezone.utc)
        except (OverflowError, OSError, ValueError):
            return None
        return d.date().isoformat() if 1900 <= d.year <= 2100 else None
    text = str(value).strip()
    if re.fullmatch(r"\d{10}(\d{3})?", text):
        return parse_date(int(text))
    text = DATE_DASH.sub(" ", text)
    if not re.search(r"\d", text) or len(text) > 80:
        return None
    # 08.03.2025 is day-first wherever dots are used; slashes follow the US order unless impossible
    dayfirst = bool(re.search(r"\b\d{1,2}\.\d{1,2}\.\d{2,4}\b", text))
    try:
        a, b = (dateparser.parse(text, default=d, fuzzy=True, dayfirst=dayfirst) for d in _DEFAULTS)
    except (ValueError, OverflowError, TypeError):
        return None
    # a component that follows the default was not in the text: no full date
    if a.year != b.year or a.month != b.month or a.day != b.day:
        return None
    return a.date().isoformat() if 1900 <= a.year <= 2100 else None


def outlet_from_url(url: str | None) -> str | None:
    """The outlet's host name, without ``www.``/``m.``/``amp.``, or None."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    return re.sub(r"^(www\d?|m|amp|mobile|edition)\.", "", host.lower())


def looks_like_title(line: str) -> bool:
    """A first line that is a headline: short, capitalised, no final full stop, not furniture."""
    line = line.strip()
    if not line or len(line) > 250 or not (1 <= n_words(line) <= 30):
        return False
    if not (line[0].isupper() or line[0].isdigit() or line[0] in "\"“‘'«"):
        return False
    if re.search(r"[.,;]['\"”’)]*$", line) and not line.endswith("..."):
        return False
    return line_rule(line) is None and not DATELINE.match(line)


@dataclass
class TextMeta:
    title: str | None = None
    outlet: str | None = None
    published: str | None = None


def _clean_outlet(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip(" -–—:|")
    if not name or not OUTLET_NAME.match(name) or n_words(name) > 6 or parse_date(name):
        return None
    return name


@lru_cache(maxsize=1)
def _media_heads() -> frozenset[str]:
    from .. import data
    return frozenset(w.lower() for w in data.load("institutions.yaml").get("media_heads", []))


def _masthead(line: str) -> bool:
    """A line that is only an outlet's name ("ORVILLE TODAY", "The Orville Ledger"), printed above the headline."""
    words = line.split()
    return 2 <= len(words) <= 4 and words[-1].lower() in _media_heads() and _name_like(line) and \
        not _full_date(line)


def _name_like(text: str) -> bool:
    """Words of a name: each capitalised or a connector ("The Orville Ledger", "Voice of Orville"), no sentence."""
    words = text.split()
    return 1 <= len(words) <= 6 and not re.search(r"[.!?,;:]$", text) and \
        all(w[:1].isupper() or w[:1].isdigit() or w.lower() in ("of", "the", "and", "&", "de", "du", "al") for w in words)


def _full_date(text: str) -> str | None:
    """A date only when the text is little more than a date (no headline that happens to hold a number)."""
    text = text.strip(" ,.-–—")
    if n_words(text) > 6 or not re.search(r"\b\d{4}\b", text):
        return None
    return parse_date(text)


def text_meta(text: str, *, scan_lines: int = 40) -> TextMeta:
    """Title, outlet and date found in a plain text (see the module docstring)."""
    meta = TextMeta()
    lines = [l.strip() for l in text.splitlines()]
    nonblank = [l for l in lines if l]
    if not nonblank:
        return meta
    # the first line that is not furniture (a page may start with "Share" or a masthead)
    first = next((i for i, l in enumerate(nonblank[:8]) if line_rule(l) is None), None)
    if first is not None and first < len(nonblank) - 1 and _masthead(nonblank[first]):
        # "ORVILLE TODAY" above the headline: the outlet's name, and the title is further down
        below = next((i for i in range(first + 1, min(first + 4, len(nonblank) - 1))
                      if line_rule(nonblank[i]) is None and looks_like_title(nonblank[i])
                      and not _full_date(nonblank[i])), None)
        if below is not None:
            meta.outlet = _clean_outlet(nonblank[first].title() if nonblank[first].isupper() else nonblank[first])
            first = below
    if first is not None and first < len(nonblank) - 1 and looks_like_title(nonblank[first]):
        meta.title = nonblank[first]
    head = nonblank[:scan_lines]
    tail = nonblank[-scan_lines:] if len(nonblank) > scan_lines else []
    for line in head + tail:
        m = DATELINE.match(line)
        if m:
            meta.outlet = meta.outlet or _clean_outlet(m.group("outlet"))
            if m.group("date") and not meta.published:
                meta.published = parse_date(m.group("date"))
        elif not meta.published and line_rule(line) == "timestamp":
            meta.published = parse_date(line)
        if not meta.published:
            m = DATELINE_DATE.match(line) or STAMP_LINE.match(line)
            if m:
                meta.published = _full_date(m.group("date"))
        m = OUTLET_DATE_LINE.match(line)
        if m:
            # one side a date, the other the outlet's name
            for when, who in ((m.group("b"), m.group("a")), (m.group("a"), m.group("b"))):
                day = _full_date(when)
                if day and _full_date(who) is None and _name_like(who):
                    meta.published = meta.published or day
                    if not re.match(r"(?i)by\s", who):  # "By Jane Roe | 3 May 2026": a byline, no outlet
                        meta.outlet = meta.outlet or _clean_outlet(who)
                    break
        v = VIA_LINE.match(line) or COPYRIGHT.match(line)
        if v and not meta.outlet:
            meta.outlet = _clean_outlet(v.group("outlet"))
    if not meta.outlet and meta.title:
        t = TITLE_OUTLET.match(meta.title)
        if t:
            meta.outlet = _clean_outlet(t.group("paren") or t.group("bar"))
    return meta


__all__ = ["TERMINAL", "TextMeta", "looks_like_title", "outlet_from_url", "parse_date", "text_meta"]
