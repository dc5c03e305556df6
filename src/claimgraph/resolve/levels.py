"""Figures that are a level reached by a change ("raising the flow to 180", "the flow fell to 90 last week",
"reduced it to 90, from 410"): the level at one time, not a rival count of one state of affairs, so two of them
do not contradict each other (``compare.relate``). The change verbs are data (``crosscheck.yaml``
``change_verbs``); the figure must follow "to" or "from" within a few words after such a verb in its sentence.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .features import ClaimView, settings

# the figure's own words, then what may stand between "to"/"from" and it ("to about 180", "from some 410")
_BEFORE = re.compile(r"\b(?:to|from)\s+(?:about |around |some |nearly |almost |roughly |just |only |barely )?$")


@lru_cache(maxsize=1)
def _change_verb() -> re.Pattern:
    # the verb's forms by its stem ("rais" → raising/raised/raises; "rose", "fell" are listed in the data)
    stems = sorted({v[:-1] if v.endswith("e") else v for v in settings().get("change_verbs", [])}, key=len,
                   reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, stems)) + r")\w*\b", re.IGNORECASE)


def changed_level(view: ClaimView) -> bool:
    """Is the view's figure a level reached (or left) by a change named before it in its sentence?"""
    fig = view.figure
    text = view.claim.text or ""
    if fig is None or not fig.text:
        return False
    at = text.find(fig.text)
    if at < 0:
        return False
    before = text[max(0, at - 90):at]
    if not _BEFORE.search(before):
        return False
    # the change verb within the same clause, before the "to"/"from" (no sentence end or semicolon between)
    clause = re.split(r"[.;!?]", before)[-1]
    return bool(_change_verb().search(clause))
