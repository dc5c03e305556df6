"""Cumulative tallies (the killed, the injured, the displaced): floors, rising counts, updates.

A tally grows as an event unfolds: "at least 30 died" is met by any higher count, and a higher count
that says it grew ("the toll rose to 52"), or comes later from another voice in one article, or is
reported later, updates the lower one. ``compare.relate`` asks these questions of two figures of a
``cumulative`` kind (``data/crosscheck.yaml``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .features import ClaimView, settings
from .figures import Figure
from .text import number_words, words


def above_floor(p: Figure, q: Figure) -> bool:
    """Is ``p`` a lower bound ("at least 30") that the whole of ``q`` meets or exceeds?

    RETURNS (bool): True when ``p`` is a floor and ``q`` lies at or above it.
    """
    eq = settings()["figures"]["equal_tolerance"]
    return p.bound == "at_least" and q.lo >= p.point * (1 - eq)


def rises(v: ClaimView) -> bool:
    """Does the claim say its tally has grown ("rose to 23", "has risen to", "now count 19")?

    RETURNS (bool): True when a rising word stands in the eight words before the figure.
    """
    rising = set(settings()["figures"].get("rising_words") or ())
    text = v.claim.content_text or v.claim.text or ""
    ws = [w.lower() for w in words(text)]
    at = None
    fig = [w.lower() for w in words(v.figure.text)] if v.figure else []
    if fig:
        at = next((k for k in range(len(ws)) if ws[k:k + len(fig)] == fig), None)
    before = ws[max(0, at - 8):at] if at is not None else ws
    return bool(set(before) & rising)


def rising_tally(a: ClaimView, b: ClaimView, idx=None) -> tuple[ClaimView, ClaimView] | None:
    """(earlier, later) when two cumulative tallies read as one rising count, else None.

    The higher figure updates the lower when its report is not older and it says the tally grew
    ("the toll rose to 23", "now stands at"), or when both are in one article and the higher comes later
    in it (another voice), or when one side gives both in two articles and one of them is undated (a side's
    own toll does not shrink: "eight officers" then "puts the toll at 11"); article dates, when both have
    them, must not run the other way.
    idx (ActorIndex | None): the corpus's actors (whose side a speaker is on).
    """
    low, high = (a, b) if a.figure.point < b.figure.point else (b, a)
    if low.figure.point == high.figure.point or corrects(high) or corrects(low):
        return None                       # "315,000 refugees, and not 210,000 as X reports": a dispute
    if low.day is not None and high.day is not None and high.day < low.day:
        return None                       # the higher figure was reported first: not a rise
    if rises(high):
        return low, high
    if low.doc == high.doc and voice(low) != voice(high) and low.figure.bound == "at_least" and \
            (low.sentence, low.claim.start) < (high.sentence, high.claim.start):
        # "… at least 11 dead, police said. The hospital put the toll at 23": a floor, a count said to be
        # incomplete, that another voice completes later in the article. Not a ceiling ("X insists no more than
        # 90,000 are refugees, while Y puts the total at 260,000": Y disputes it, the tally did not grow), nor a
        # definite count that another voice sets higher with no word of growth ("the Red Cross estimates 86,000
        # displaced. The rebels speak of 140,000"; "X says 212 soldiers were killed; Y puts the losses at more
        # than 1,400"): rival counts, each saying the other is wrong
        return low, high
    if idx is not None and low.doc != high.doc and (low.day is None or high.day is None) and low.speaker and \
            high.speaker and idx.compatible(idx.root(low.speaker), idx.root(high.speaker)):
        return low, high                  # one side's toll, higher in an undated report: it grew
    return None


@lru_cache(maxsize=1)
def _correction() -> re.Pattern:
    nums = "|".join(sorted((re.escape(w) for w in number_words()), key=len, reverse=True))
    return re.compile(r"^[^.;]{0,40}?[,;]\s*(?:and\s+|but\s+)?(?:not|rather than|instead of)\s+(?:the\s+|some\s+|"
                      r"about\s+)?(?:\d|(?:" + nums + r")\b)", re.I)


def corrects(v: ClaimView) -> bool:
    """Does the claim set its figure against another it names as wrong ("315,000 refugees, and not 210,000 as
    the agency writes", "closer to 40, rather than the 12 reported")? Such a count disputes the other: it is
    no rise of a tally. Not "not counting those in towns" (no number after the negation)."""
    if v.figure is None or not v.figure.text:
        return False
    text = v.claim.content_text or v.claim.text or ""
    at = text.find(v.figure.text)
    return at >= 0 and bool(_correction().match(text[at + len(v.figure.text):]))


def voice(v: ClaimView) -> tuple[str, str]:
    """Who speaks: the resolved speaker, and the words naming him (unnamed sources are all the outlet's key)."""
    return v.speaker_key, (v.claim.speaker_text or "").lower()


def changed_from(v: ClaimView, other: Figure) -> bool:
    """Does the claim say its figure changed from the other's ("412,000 …, up from the 340,000 it reported")?

    RETURNS (bool): True when a change phrase (``figures.change_from``) stands in its content and the
    content names the other figure.
    """
    if other.point not in v.numbers:
        return False
    text = " ".join(words((v.claim.content_text or "").lower()))
    return any(f" {p} " in f" {text} " for p in settings()["figures"].get("change_from") or ())


def revision(a: ClaimView, b: ClaimView, idx) -> tuple[ClaimView, ClaimView] | None:
    """(earlier, later) when one source revises its own figure ("412,000 households had lost power, up
    from the 340,000 it reported last week"), of any kind of thing, else None.

    Both claims have one speaker (the same actor, or an official and his state); the later one says it
    changed (a rising or revising word before its figure, ``rises``, or a change from the other's figure,
    ``changed_from``) and its report is not older. A source that gives two figures with no such words
    still contradicts itself.
    idx (ActorIndex): the corpus's actors.
    RETURNS (tuple | None): the earlier and the revised claim.
    """
    if not a.speaker or not b.speaker or not idx.compatible(idx.root(a.speaker), idx.root(b.speaker)):
        return None
    ra = rises(a) or changed_from(a, b.figure)
    rb = rises(b) or changed_from(b, a.figure)
    if ra == rb:
        return None
    old, new = (b, a) if ra else (a, b)
    if old.day is not None and new.day is not None and new.day < old.day:
        return None                       # the "revised" figure was reported first
    return old, new
