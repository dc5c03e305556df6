"""Metadata from what a file offers: dates, outlets from URLs, titles, and what a page prints about itself.

- ``parse_date`` (from ``dates.py``) turns any date-ish value into ``YYYY-MM-DD``; a value without a year
  gives None rather than a guess.
- ``outlet_from_url`` names the outlet by the site's host ("www.example.org" → "example.org").
- ``outlet_from_title`` reads the site's name in a page title ("Headline | The Outlet", "Headline - Outlet").
- ``text_meta`` reads a plain text for a title (the first line, when it looks like one) and for
  the outlet and date: a masthead above the headline ("KESSEL NEWS AGENCY"), a wire dateline
  ("CITY, May 9 (Agency) —", "(Agency) —"; a day without a year takes the year of the nearest full
  date on the page), a timestamp line ("Updated 9:41 AM UTC, 3 March 2026", "4 min read · 3 Mar 2026"),
  a byline naming the employer ("By X, Outlet staff writer", "By X for the Outlet"), a copyright line,
  a feed line ("via Outlet https://…"), or the title ("Headline (Outlet)", "Headline | Outlet").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from ..clean.furniture import TERMINAL, line_rule, n_words
from ..clean.mastheads import is_name_like as _name_like
from ..clean.mastheads import is_publication as _publication
from ..clean.mastheads import masthead_name
from .dates import find_dates, infer_year, month_day, parse_date

DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\- ]{1,40}(?:,\s*[A-Z][A-Za-z.\- ]{1,30})?)"      # TRIPOLI / WASHINGTON, D.C.
    r"(?:,\s*(?P<date>[^()\n]{3,30}?))?"                                       # , May 9(, 2020)
    r"\s*\((?P<outlet>[A-Za-z][^()\n]{1,40})\)\s*(?:[-–—:.]|$)")                 # (Agency) — or (Agency).
# "Varno, March 4 (Kessel Wire) –": a place written in title case; only with a date, so that "Libyan National
# Army (LNA) – which …" is no dateline
DATELINE_TITLE = re.compile(
    r"^(?P<place>[A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+){0,2}),\s*(?P<date>[^()\n]{3,30}?)"
    r"\s*\((?P<outlet>[A-Za-z][^()\n]{1,40})\)\s*(?:[-–—:.]|$)")
# "(Kessel Wire) — The talks …": the agency's name opening the first paragraph
OUTLET_LEAD = re.compile(r"^\((?P<outlet>[A-Z][^()\n]{1,40})\)\s*[-–—]\s")
# "ORVILLE, 14 October 2026 - The ...": a dateline with a date and no agency
# (or "Varno, 14 October 2026 – The …": a place in title case)
DATELINE_DATE = re.compile(r"^(?P<place>(?:[A-Z][A-Z.'\- ]{1,40}|[A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+){0,2})"
                           r"(?:,\s*[A-Z][A-Za-z.\- ]{1,30})?),\s*(?P<date>[^()\n]{5,30}?)\s*[-–—:]\s")
# "Posted on October 14, 2026 by X", "Published: 3 May 2026 | Politics", "Updated 2026-05-03 09:12"
STAMP_LINE = re.compile(r"^(?:posted|published|updated|last updated|first published|filed|date)(?:\s+(?:on|at))?"
                        r"\s*:?\s*(?P<date>[^|•·]{6,40}?)(?:\s+by\s+.*|\s*[|•·].*)?$", re.IGNORECASE)
# "The Orville Ledger | October 18, 2026", "October 18, 2026 | The Orville Ledger", "Orville Post - 3 May 2026"
OUTLET_DATE_LINE = re.compile(r"^(?P<a>[^|•·]{3,50}?)(?:\s*[|•·]\s*|\s+[-–—]\s+)(?P<b>[^|•·]{3,50}?)$")
TITLE_OUTLET = re.compile(r"^(?P<title>\S+(?:\s+\S+){3,}?)\s*(?:\((?P<paren>[^()]{2,40})\)|\s[|•]\s(?P<bar>[^|•]{2,40}))\s*$")
# "Headline - The Harbour Post": a dash suffix is an outlet only when it reads as a publication's name
TITLE_DASH = re.compile(r"^(?P<title>\S+(?:\s+\S+){3,}?)\s+[-–—]\s+(?P<outlet>[^-–—]{2,40})$")
# "© 2026 Harbour Radio. All rights reserved.", "Copyright © 2026 The Post", "(c) 2026 Kessel Institute. Views …",
# "© Kessel Wire 2026. Any use …"
COPYRIGHT = re.compile(r"^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s*)?"
                       r"(?P<outlet>[A-Z][\w&'’. -]{1,60}?)(?:,?\s+\d{4}(?:\s*[-–]\s*\d{4})?)?"
                       r"(?:[.,]?\s*all rights reserved\.?|[.,]\s+\S.*|\.)?$", re.IGNORECASE)
VIA_LINE = re.compile(r"^via\s+(?P<outlet>[A-Z][\w&.'\- ]{1,40}?)\s+https?://", re.IGNORECASE)
# "Translated from Holvenian. Original: Istok Daily", "Originally published by The Harbour Post", "Source: Kessel
# Wire": a note naming the outlet a copy comes from (a note, not the headline)
SOURCE_NOTE = re.compile(r"^(?:(?:machine[- ]|automatically\s+)?translated(?:\s+automatically|\s+by\s+machine)?"
                         r"(?:\s+from\s+[A-Z][\w-]+)?\s*[.;,]?\s*)?(?P<cue>original|source|originally published"
                         r"(?:\s+(?:by|in|at|on))?|first published(?:\s+(?:by|in|at|on))?)\s*:?\s+(?P<outlet>[^.|:]{2,50}?)\.?$",
                         re.IGNORECASE)
OUTLET_NAME = re.compile(r"^[A-Z0-9][\w&.'’\- ]*$")
TIME = re.compile(r"\b(?:at\s+)?\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?=\W|$)|\b\d{1,2}\s*[ap]\.?m\.?(?=\W|$)",
                  re.IGNORECASE)


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
    """``name`` trimmed, when it can be an outlet's name (no date, no label such as "UPDATED"), else None."""
    if not name:
        return None
    name = name.strip(" -–—:|")
    if not name or not OUTLET_NAME.match(name) or n_words(name) > 6 or parse_date(name) or \
            name.lower() in _words()["not_outlets"]:
        return None
    return name


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    """Word lists for bylines and timestamps (metadata.yaml), lower-cased."""
    from .. import data
    meta = data.load("metadata.yaml")
    low = lambda ws: frozenset(str(w).lower() for w in ws)  # noqa: E731
    return {
        "roles": low(meta["byline_roles"]),
        "role_modifiers": low(meta["byline_role_modifiers"]),
        "byline_for": low(meta["byline_for"]),
        "weekdays": low(meta["weekdays"]),
        "zones": low(meta["time_zones"]),
        "not_outlets": low(meta["not_outlets"]),
    }


def _masthead(line: str) -> str | None:
    """The outlet's name when a line is only that ("ORVILLE TODAY", "KNA | Kessel News Agency"), else None."""
    return None if _full_date(line) else masthead_name(line)


def _bare(text: str) -> str:
    """``text`` without times, time zones and weekdays ("Tue 9:41 AM UTC, 3 March 2026" → "3 March 2026")."""
    words = _words()
    text = TIME.sub(" ", text)
    kept = [w for w in re.split(r"\s+", text)
            if w.strip(",.()").lower() not in words["zones"] and w.strip(",.").lower() not in words["weekdays"]
            and not re.fullmatch(r"\(?[A-Z]{2,4}[+-]\d{1,2}\)?,?|[+-]\d{1,2}(:?\d{2})?,?", w)]
    return " ".join(kept)


def _full_date(text: str) -> str | None:
    """A date only when the text is little more than a date (no headline that happens to hold a number)."""
    text = _bare(text).strip(" ,.-–—")
    if n_words(text) > 6 or not re.search(r"\b\d{4}\b", text):
        return None
    return parse_date(text)


@lru_cache(maxsize=1)
def _byline_re() -> re.Pattern:
    """ "By Ana Brel, Harbour Post staff writer", "By Ana Brel for the Harbour Post", "Written by Ana Brel, of …" """
    link = "|".join(sorted(_words()["byline_for"], key=len, reverse=True))
    return re.compile(rf"^(?:(?:written |words |story |reporting )?by\s+)?(?P<who>[^,|;:()]{{3,60}}?)"
                      rf"(?:,\s*(?:(?P<link>{link})\s+)?|\s+(?P<link2>{link})\s+)(?P<rest>[^,|;:()]{{3,80}}?)"
                      r"\s*(?:[|•·].*)?$", re.IGNORECASE)


def _byline_outlet(line: str, rule: str | None) -> str | None:
    """The outlet a byline names ("By Ana Brel, Harbour Post staff writer", "By Ana Brel for the Kessel Wire").

    line (str): a line of the page.
    rule (str | None): its furniture rule (``line_rule``); only a byline names an outlet.
    RETURNS (str | None): the outlet's name.
    """
    if rule != "byline":
        return None
    m = _byline_re().match(line)
    if not m:
        return None
    linked = bool(m.group("link") or m.group("link2"))
    toks = m.group("rest").split()
    roles = _words()["roles"]
    had_role = bool(toks) and toks[-1].lower().strip(".") in roles
    if had_role:
        toks.pop()
        while toks and toks[-1].lower().strip(".") in roles | _words()["role_modifiers"]:
            toks.pop()
    the = bool(toks) and toks[0].lower() == "the" and linked
    if the:
        toks.pop(0)
    name = " ".join(toks)
    if not name or not _name_like(name) or name.lower() in roles:
        return None
    # "By Ana Brel, Harbour Post staff" / "… for Harbour Post": named as the writer's employer; a bare
    # "By Ana Brel, Kessel Institute" is an affiliation unless the name is a publication's
    # "… for the Harbour Post" names an employer; "… of Varno" a home town unless the name is a publication's
    return name if had_role or the or _publication(name) else None


TITLE_PARTS = re.compile(r"\s+(?:[|–—·•]|-|::)\s+")


def outlet_from_title(page_title: str | None, headline: str | None = None) -> str | None:
    """The site's name in a page title: "Headline | The Outlet", "Headline - Outlet", "Outlet | Headline".

    page_title (str | None): the page's ``<title>`` as written.
    headline (str | None): the article's headline without the site's name, when known.
    RETURNS (str | None): the outlet's name, or None when no part of the title reads as one.
    """
    parts = [p.strip() for p in TITLE_PARTS.split(page_title or "") if p.strip()]
    if len(parts) < 2:
        return None
    key = re.sub(r"\W+", " ", headline or "").strip().casefold()
    for name, rest in ((parts[-1], parts[:-1]), (parts[0], parts[1:])):
        rest_key = re.sub(r"\W+", " ", " ".join(rest)).strip().casefold()
        if n_words(name) > 5 or not _name_like(name) or re.sub(r"\W+", " ", name).strip().casefold() == key:
            continue
        # the other side holds the headline (or, with no headline known, reads as one: several words)
        if (key and key in rest_key) or (not key and n_words(" ".join(rest)) >= 4) or _publication(name):
            return _clean_outlet(name)
    return None


def text_meta(text: str, *, scan_lines: int = 40) -> TextMeta:
    """Title, outlet and date found in a plain text (see the module docstring)."""
    meta = TextMeta()
    lines = [l.strip() for l in text.splitlines()]
    nonblank = [l for l in lines if l]
    if not nonblank:
        return meta
    # the first line that is not furniture (a page may start with "Share" or a masthead)
    first = next((i for i, l in enumerate(nonblank[:8]) if line_rule(l) is None and not SOURCE_NOTE.match(l)), None)
    masthead = _masthead(nonblank[first]) if first is not None and first < len(nonblank) - 1 else None
    if masthead:
        # "ORVILLE TODAY" above the headline: the outlet's name, and the title is further down
        below = next((i for i in range(first + 1, min(first + 4, len(nonblank) - 1))
                      if line_rule(nonblank[i]) is None and looks_like_title(nonblank[i])
                      and not _full_date(nonblank[i]) and not _masthead(nonblank[i])), None)
        if below is not None:
            meta.outlet = _clean_outlet(masthead.title() if masthead.isupper() and " " in masthead else masthead)
            first = below
    elif first:
        # "KNA | Kessel News Agency" above the navigation: a masthead the furniture rules took for a menu
        name = next(filter(None, (_masthead(l) for l in nonblank[:first])), None)
        meta.outlet = _clean_outlet(name.title() if name and name.isupper() and " " in name else name)
    if first is not None and first < len(nonblank) - 1 and looks_like_title(nonblank[first]):
        meta.title = nonblank[first]
    head = nonblank[:scan_lines]
    tail = nonblank[-scan_lines:] if len(nonblank) > scan_lines else []
    undated: tuple[int, int] | None = None          # a dateline's day without its year
    for line in head + tail:
        m = DATELINE.match(line) or DATELINE_TITLE.match(line)
        if m and m.re is DATELINE_TITLE and not month_day(m.group("date")) and not parse_date(m.group("date")):
            m = None
        if m:
            meta.outlet = meta.outlet or _clean_outlet(m.group("outlet"))
            if m.group("date") and not meta.published:
                meta.published = parse_date(m.group("date"))
                undated = undated or (None if meta.published else month_day(m.group("date")))
        elif OUTLET_LEAD.match(line):
            meta.outlet = meta.outlet or _clean_outlet(OUTLET_LEAD.match(line).group("outlet"))
        rule = line_rule(line)
        if not meta.published and rule == "timestamp":
            meta.published = parse_date(line)
        if not meta.published and rule in ("reading_time", "byline", "credits", "timestamp"):
            # "4 min read · 3 March 2026", "By Ana Brel | 3 March 2026"
            meta.published = next(filter(None, (_full_date(p) for p in re.split(r"\s*[|•·]\s*", line))), None)
        if not meta.published:
            m = DATELINE_DATE.match(line) or STAMP_LINE.match(line)
            if m:
                meta.published = _full_date(m.group("date"))
                if not meta.published and m.re is DATELINE_DATE and n_words(_bare(m.group("date"))) <= 3:
                    undated = undated or month_day(m.group("date"))
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
        note = None if meta.outlet else SOURCE_NOTE.match(line)
        if note:
            # "Source: X" may name a ministry whose figures these are: only a publication's name counts there
            name = note.group("outlet").strip()
            if _name_like(name) and (note.group("cue").lower() != "source" or _publication(name)):
                meta.outlet = _clean_outlet(name)
        if not meta.outlet:
            v = VIA_LINE.match(line) or COPYRIGHT.match(line)
            if v and (v.re is VIA_LINE or _name_like(v.group("outlet").strip(" .,"))):
                meta.outlet = _clean_outlet(v.group("outlet"))
            else:
                meta.outlet = _clean_outlet(_byline_outlet(line, rule))
    if not meta.outlet and meta.title:
        t = TITLE_OUTLET.match(meta.title)
        if t:
            meta.outlet = _clean_outlet(t.group("paren") or t.group("bar"))
        t = None if meta.outlet else TITLE_DASH.match(meta.title)
        if t and _publication(t.group("outlet")):
            meta.outlet = _clean_outlet(t.group("outlet"))
    if not meta.published and undated:
        # "VARNO, March 4 (Agency)": the year of the nearest full date on the page, else unknown
        meta.published = infer_year(*undated, text)
    return meta


__all__ = ["TERMINAL", "TextMeta", "find_dates", "looks_like_title", "outlet_from_title", "outlet_from_url",
           "parse_date", "text_meta"]
