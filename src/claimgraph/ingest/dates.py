"""Dates as written on news pages: full dates, dates without a year, and the year they belong to.

- ``parse_date`` turns any date-ish value (ISO strings, RFC 2822, "May 9, 2020", "Tuesday 3 March 2026 | 4 min
  read", "04.03.2026", "Sat, 05/09/2020 – 08:45", epoch seconds) into ``YYYY-MM-DD``; a value without a year
  gives None rather than a guess.
- ``month_day`` reads a date without a year ("March 4", "4 Mar") as ``(month, day)``.
- ``infer_year`` gives such a date the year of the nearest full date printed in the same text, or None.

Written forms are matched with regular expressions built from ``data/metadata.yaml`` (month names), so a line
with a date among other words (a time, a time zone, a reading time) still gives its date; anything else is
left to python-dateutil.
"""
from __future__ import annotations

import re
import warnings
from datetime import date, datetime, timezone
from functools import lru_cache

from dateutil import parser as dateparser

from ..data import load

_DEFAULTS = (datetime(2001, 1, 1), datetime(2002, 2, 2))
DATE_DASH = re.compile(r"\s*[–—|•·]\s*")
# "04.03.2026", "03/04/2026", "15-03-2026": day and month order decided in _numeric
NUMERIC = re.compile(r"(?<![\d.,/-])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\d])")
ISO = re.compile(r"(?<![\d.,/-])(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d])")
YEARS = (1900, 2100)


@lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    return {name: int(num) for num, names in load("metadata.yaml")["months"].items() for name in names}


@lru_cache(maxsize=1)
def _written() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """Patterns of written dates: day-month-year, month-day-year, and the two without a year."""
    month = "(?P<m>" + "|".join(sorted(_months(), key=len, reverse=True)) + r")\.?"
    day = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"
    year = r"(?P<y>\d{4})(?!\d)"
    dmy = re.compile(rf"(?<!\d)\b{day}\.?\s+(?:of\s+)?{month},?\s+{year}", re.IGNORECASE)
    mdy = re.compile(rf"\b{month}\s+{day}(?:,\s*|\s+){year}", re.IGNORECASE)
    dm = re.compile(rf"(?<![\d.,])\b{day}\.?\s+(?:of\s+)?{month}\b(?!,?\s+\d{{4}})", re.IGNORECASE)
    md = re.compile(rf"\b{month}\s+{day}\b(?!,?\s*\d)(?![.:]\d)", re.IGNORECASE)
    return dmy, mdy, dm, md


def _valid(y: int, m: int, d: int) -> date | None:
    if not YEARS[0] <= y <= YEARS[1]:
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _numeric(m: re.Match) -> date | None:
    """A numeric date: dotted dates are day-first; slashed and dashed ones month-first unless impossible."""
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    if m.group("sep") == "." or a > 12:
        return _valid(y, b, a)
    return _valid(y, a, b)


def find_dates(text: str) -> list[tuple[int, date]]:
    """Every full date written in ``text``, as (position, date), in text order.

    text (str): any text.
    RETURNS (list[tuple[int, date]]): the dates found.
    """
    dmy, mdy, _, _ = _written()
    months = _months()
    found: dict[int, date] = {}
    for pattern in (dmy, mdy):
        for m in pattern.finditer(text):
            d = _valid(int(m.group("y")), months[m.group("m").lower()], int(m.group("d")))
            if d:
                found.setdefault(m.start(), d)
    for m in ISO.finditer(text):
        d = _valid(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        if d:
            found.setdefault(m.start(), d)
    for m in NUMERIC.finditer(text):
        d = _numeric(m)
        if d:
            found.setdefault(m.start(), d)
    return sorted(found.items())


def month_day(text: str) -> tuple[int, int] | None:
    """A date without a year ("March 4", "4 Mar.") as (month, day), or None."""
    _, _, dm, md = _written()
    for pattern in (md, dm):
        m = pattern.search(text)
        if m:
            month, day = _months()[m.group("m").lower()], int(m.group("d"))
            if _valid(2000, month, day):       # 2000 is a leap year: 29 February is a day
                return month, day
    return None


def infer_year(month: int, day: int, text: str) -> str | None:
    """The date ``month``/``day`` in the year of the nearest full date of ``text``, as ``YYYY-MM-DD``.

    A page that prints "VARNO, March 4 (Agency)" and elsewhere "on 28 February 2026" is from 2026;
    one that ends "filed December 30, 2025" is from 2026 too (the nearest 4 March is in 2026).
    month, day (int): the date without its year.
    text (str): the document.
    RETURNS (str | None): the ISO date, or None when the text holds no full date.
    """
    best: tuple[int, int, date] | None = None
    for _, known in find_dates(text):
        for year in (known.year - 1, known.year, known.year + 1):
            d = _valid(year, month, day)
            if d is None:
                continue
            key = (abs((d - known).days), -year, d)
            if best is None or key < best:
                best = key
    return best[2].isoformat() if best else None


def _fuzzy(text: str) -> str | None:
    """Other forms, read by python-dateutil; a component the text does not give makes it None."""
    if not re.search(r"\d", text) or len(text) > 80:
        return None
    # 08.03.25 is day-first wherever dots are used
    dayfirst = bool(re.search(r"\b\d{1,2}\.\d{1,2}\.\d{2,4}\b", text))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")           # unknown time-zone names: the day is all we keep
            a, b = (dateparser.parse(text, default=d, fuzzy=True, ignoretz=True, dayfirst=dayfirst) for d in _DEFAULTS)
    except (ValueError, OverflowError, TypeError, ArithmeticError, IndexError):
        return None                                    # no date in it
    if a.year != b.year or a.month != b.month or a.day != b.day:
        return None
    return a.date().isoformat() if YEARS[0] <= a.year <= YEARS[1] else None


def parse_date(value) -> str | None:
    """A date as ``YYYY-MM-DD``, or None when ``value`` holds no full date.

    value: a string, a number (epoch seconds or milliseconds), a date or datetime.
    RETURNS (str | None): the ISO date (the first date written in a string).
    """
    if value is None or value == "" or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (int, float)):
        seconds = value / 1000 if value > 1e11 else value
        try:
            d = datetime.fromtimestamp(seconds, tz=timezone.utc)
        except (OverflowError, OSError, ValueError):
            return None
        return d.date().isoformat() if YEARS[0] <= d.year <= YEARS[1] else None
    text = str(value).strip()
    if re.fullmatch(r"\d{10}(\d{3})?", text):
        return parse_date(int(text))
    found = find_dates(text[:2000])
    if found:
        return found[0][1].isoformat()
    return _fuzzy(DATE_DASH.sub(" ", text))


__all__ = ["find_dates", "infer_year", "month_day", "parse_date"]
