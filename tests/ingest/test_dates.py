"""Dates as pages print them: full dates among other words, dates without a year, and their year."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimgraph.ingest.dates import find_dates, infer_year, month_day, parse_date


@pytest.mark.parametrize("value,expected", [
    # a timestamp line: time, time zone, weekday around the date
    ("November 3, 2026 9:41 AM UTC", "2026-11-03"),
    ("Updated: November 3, 2026 9:41 AM UTC", "2026-11-03"),
    ("Published 3 Nov 2026, 09:41 GMT+1", "2026-11-03"),
    ("Updated 9:41 AM EST, Tue November 3, 2026", "2026-11-03"),
    ("Nov. 3, 2026 at 9:41 a.m. ET", "2026-11-03"),
    ("Tue 3 Mar 2026 09.41 GMT", "2026-03-03"),
    ("Tuesday 3 March 2026 | 4 min read", "2026-03-03"),
    ("the 3rd of March 2026", "2026-03-03"),
    # numeric: dotted day-first, ISO, slashed month-first unless the first number cannot be a month
    ("04.03.2026", "2026-03-04"),
    ("2026-03-04", "2026-03-04"),
    ("2026-03-04T09:41:00Z", "2026-03-04"),
    ("15/03/2026", "2026-03-15"),
    ("03/15/2026", "2026-03-15"),
    ("03/04/2026", "2026-03-04"),
    ("04.03.26", "2026-03-04"),      # a two-digit year: dateutil, still day-first
    ("Wed, 04 Mar 2026 10:00:00 +0100", "2026-03-04"),
    ("31.02.2026", None),            # no such day
    ("March 4", None),               # no year: never guessed
    ("4 min read", None),
    ("Flight 447 landed at 9:41", None),
])
def test_dates_parse_date_forms(value, expected):
    assert parse_date(value) == expected


def test_dates_find_dates_in_order():
    text = "Signed on 2 March 2026, in force from 2026-04-01 and reviewed on May 5, 2027."
    assert [d for _, d in find_dates(text)] == [date(2026, 3, 2), date(2026, 4, 1), date(2027, 5, 5)]


@pytest.mark.parametrize("text,expected", [
    ("March 4", (3, 4)),
    ("4 March", (3, 4)),
    ("Mar. 4", (3, 4)),
    ("Feb 29", (2, 29)),
    ("Feb 30", None),
    ("Tuesday", None),
    ("March 2026", None),
])
def test_dates_month_day(text, expected):
    assert month_day(text) == expected


@pytest.mark.parametrize("month,day,text,expected", [
    (3, 4, "The ferry stopped on 28 February 2026 and has not run since.", "2026-03-04"),
    # the nearest 30 December to a date early in 2027 is in 2026
    (12, 30, "Repairs start on January 5, 2027.", "2026-12-30"),
    (1, 2, "The board met on December 29, 2025.", "2026-01-02"),
    (3, 4, "No date with a year here, only March 2 and Tuesday.", None),
])
def test_dates_infer_year(month, day, text, expected):
    assert infer_year(month, day, text) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_dates_parse_date_never_raises(text):
    result = parse_date(text)
    assert result is None or date.fromisoformat(result)


@settings(max_examples=200, deadline=None)
@given(st.from_regex(r"[A-Za-z]{0,9},? ?\d{1,4}[ ./:-]\d{1,4}[ ./:-]?\d{0,5} ?(AM|PM|UTC|[A-Za-z]{0,4})?", fullmatch=True))
def test_dates_parse_date_never_raises_on_date_like_text(text):
    result = parse_date(text)
    assert result is None or date.fromisoformat(result)
    month = month_day(text)
    inferred = infer_year(*month, text) if month else None
    assert inferred is None or date.fromisoformat(inferred)
