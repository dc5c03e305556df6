"""Sets of claims one document gives: repeated readings of one statement dropped."""
from __future__ import annotations

from ..model import Claim


def dedupe(claims: list[Claim]) -> list[Claim]:
    """Drop a claim that repeats another's sentence, speaker and event (two routes to one reading)."""
    seen = set()
    out = []
    for c in claims:
        ev = c.event
        key = (c.start, c.speaker_mention or c.speaker_text, c.content_start, ev.type, ev.subject_mention,
               ev.object_mention, ev.trigger)
        key2 = (c.start, c.speaker_mention or c.speaker_text, ev.type, ev.subject_mention, ev.object_mention)
        if key in seen or ev.type and key2 in seen:
            continue
        seen.add(key)
        if ev.type:
            seen.add(key2)
        out.append(c)
    return out
