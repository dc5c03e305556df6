"""Event dates: explicit ("18 May 2020", "October 30") and relative ("on Thursday",
"last November", "yesterday"), resolved against the article's publication date.

A date with a day resolves to that day; a month-level date ("last November") resolves to the
first day of that month; a bare year or a vague span ("earlier this year") gives no date.
Relative dates need ``Document.published``; without it only dates with a year resolve.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_DAY = re.compile(r"\b([0-3]?\d)(st|nd|rd|th)?\b")


def _published(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def resolve_date(text: str, published: str | None = None) -> str | None:
    """YYYY-MM-DD for a date expression, or None when it cannot be pinned to a day or month."""
    low = text.lower().strip()
    words = re.findall(r"[a-z]+", low)
    ref = _published(published)
    if ref is not None:
        if "yesterday" in words:
            return (ref - dt.timedelta(days=1)).isoformat()
        if "today" in words or "tonight" in words:
            return ref.isoformat()
        if "tomorrow" in words:
            return (ref + dt.timedelta(days=1)).isoformat()
    month = next((MONTHS[w] for w in words if w in MONTHS and not (w == "may" and "may" == low)), None)
    year_m = _YEAR.search(low)
    year = int(year_m.group(1)) if year_m else None
    day = None
    if month is not None:
        rest = _YEAR.sub(" ", low)
        m = _DAY.search(rest)
        if m and 1 <= int(m.group(1)) <= 31:
            day = int(m.group(1))
    if month is not None:
        if year is None:
            if ref is None:
                return None
            year = ref.year
            try:
                candidate = dt.date(year, month, day or 1)
            except ValueError:
                return None
            if "next" in words:
                year += candidate <= ref
            elif candidate > ref:
                # news reports the past: "last November", "on October 30" mean the most recent one
                year -= 1
        try:
            return dt.date(year, month, day or 1).isoformat()
        except ValueError:
            return None
    weekday = next((WEEKDAYS[w] for w in words if w in WEEKDAYS), None)
    if weekday is not None and ref is not None:
        delta = (ref.weekday() - weekday) % 7
        if "last" in words and delta == 0:
            delta = 7
        if "next" in words:
            return (ref + dt.timedelta(days=(weekday - ref.weekday()) % 7 or 7)).isoformat()
        return (ref - dt.timedelta(days=delta)).isoformat()
    return None


def event_date(sent_ents, scope: set[int], published: str | None) -> tuple[str | None, str | None]:
    """(date, date_text) from DATE entities in a scope of token indices (first resolvable wins)."""
    first_text = None
    for ent in sent_ents:
        if ent.label_ != "DATE" or ent.start not in scope:
            continue
        text = ent.text
        first_text = first_text or text
        date = resolve_date(text, published)
        if date:
            return date, text
    return None, first_text
