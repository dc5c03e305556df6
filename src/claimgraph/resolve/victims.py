"""Whose dead or wounded a count counts: fighters or civilians.

"Killed at least 56 civilians" and "killed 300 Harrow Legion fighters" are tolls of two different sets of
people: the civilians the fighting killed and the enemies a side says it killed. A count of the killed or the
injured whose unit names only combatants ("fighters", "soldiers", "militants") or only civilians
("civilians", "residents", "children") has that side; a count naming neither ("56 people", "the toll") or both
("14 fighters and no civilians") has none. ``compare.compare_figures`` never compares counts of two sides.
Words are data (``victim_sides`` in ``data/crosscheck.yaml``).
"""
from __future__ import annotations

from functools import lru_cache

from .text import settings, stem, words


@lru_cache(maxsize=1)
def _sides() -> tuple[frozenset[str], dict[str, str]]:
    cfg = settings().get("victim_sides") or {}
    by_word = {stem(w): side for side, ws in (cfg.get("sides") or {}).items() for w in ws}
    return frozenset(cfg.get("families") or ()), by_word


@lru_cache(maxsize=1 << 12)      # a corpus's units are few ("civilians killed", "fighters"), met many times
def _side_of_unit(unit_text: str) -> str | None:
    _, by_word = _sides()
    found = {by_word[s] for s in (stem(w) for w in words(unit_text)) if s in by_word}
    return found.pop() if len(found) == 1 else None


def victim_side(unit_text: str, families: frozenset[str]) -> str | None:
    """The side ("combatant" or "civilian") a count of the killed or injured names by its unit, else None.

    unit_text (str): the unit as written, with its parts' units ("Harrow Legion fighters killed").
    families (frozenset): the figure's families (only the killed and injured have sides).
    RETURNS (str | None): the one side its words name, or None (no side, or both).
    """
    fams, _ = _sides()
    if not families & fams or not unit_text:
        return None
    return _side_of_unit(unit_text)
