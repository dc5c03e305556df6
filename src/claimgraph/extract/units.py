"""Measure units as one spelling: "cubic meters", "m3" and "m³" are cubic metres; "km" is kilometres;
"tons" are tonnes; "per second", "/s" and "a second" make a rate ("cubic metres per second").

The unit field of a quantity holds the canonical spelling (``data/quantities.yaml``: ``unit_spellings``,
``rate_times``), so that two figures written in different spellings meet in the cross-check, which compares
the unit words.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import data

# the words that join a measure to its unit of time: "per second", "m3/s", "40 km an hour"
RATE_WORDS = ("per", "/", "a", "an")


@dataclass(frozen=True)
class Units:
    """The measure spellings of ``data/quantities.yaml``."""

    spelling: re.Pattern | None       # any variant, as whole words
    canonical: dict[str, str]         # variant (lower case, single spaces) → canonical spelling
    times: dict[str, str]             # a unit of time word → canonical ("s" → "second")


@lru_cache(maxsize=1)
def units() -> Units:
    """The unit spellings (read once)."""
    raw = data.load("quantities.yaml")
    canonical = {}
    for name, variants in (raw.get("unit_spellings") or {}).items():
        for v in [name, *(variants or [])]:
            canonical[" ".join(str(v).lower().split())] = str(name)
    times = {str(v).lower(): str(name) for name, vs in (raw.get("rate_times") or {}).items()
             for v in [name, *(vs or [])]}
    # longest first, so "cubic meters" wins over "meters"; a variant may end in a symbol ("m³"), so the
    # right edge is "no letter or digit follows", not \b
    alts = sorted(canonical, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in alts) + r")(?![\w])",
                         re.I) if alts else None
    return Units(spelling=pattern, canonical=canonical, times=times)


def normalise_unit(unit: str) -> str:
    """The unit with each measure in its canonical spelling and a rate written "per <time>".

    unit (str): the unit as extracted ("cubic meters", "m3/s", "tons of grain", "drones").
    RETURNS (str): "cubic metres", "cubic metres per second", "tonnes of grain", "drones" (unchanged).
    """
    u = units()
    if not unit or u.spelling is None:
        return unit
    m = u.spelling.search(unit)
    if m is None:
        return unit
    name = u.canonical[" ".join(m.group(0).lower().split())]
    rest = unit[m.end():]
    rate = re.match(r"\s*(?:/|per\s+|an?\s+)([A-Za-z]+)\b", rest)
    if rate is not None and rate.group(1).lower() in u.times:
        rest = f" per {u.times[rate.group(1).lower()]}" + rest[rate.end():]
    return unit[:m.start()] + name + rest


def is_measure(unit: str) -> bool:
    """Does the unit name a measure of ``unit_spellings`` (a volume, a distance, a weight)?"""
    u = units()
    return bool(unit) and u.spelling is not None and u.spelling.search(unit) is not None


def rate_after(doc, last: int, end: int) -> int:
    """The last token of a unit of time after a measure ("cubic metres per second", "km an hour"), else ``last``.

    doc (Doc): the parse. last (int): the measure's last token. end (int): the end of the search.
    RETURNS (int): the index of the time word, or ``last`` when none follows.
    """
    k = last + 1
    if k + 1 < end and doc[k].lower_ in RATE_WORDS and doc[k + 1].lower_ in units().times:
        return k + 1
    return last
