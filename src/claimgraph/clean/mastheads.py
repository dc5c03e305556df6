"""Mastheads: a line that is only a publication's name ("KESTREL HARBOUR GAZETTE", "KNA | Kessel News Agency").

A masthead above the headline names the outlet (ingest reads it as the document's outlet) and often spells out
the acronym the dateline uses, so cleaning keeps it even when a furniture pattern (a "Home | World" menu) would
take it. A name reads as a publication's when its last word is a media head (``institutions.yaml`` media_heads,
``metadata.yaml`` masthead_heads) and its first is no section label ("Breaking News"), or when it is a known
outlet (``media.yaml``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..data import load

# lower-case words inside names ("Voice of Orville", "Institute for Harbour Studies", "Le Courrier du Sud")
NAME_CONNECTORS = frozenset({"of", "the", "and", "&", "for", "on", "de", "du", "des", "la", "le", "el", "al", "y"})
PARTS = re.compile(r"\s+[|•·]\s+")


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    meta = load("metadata.yaml")
    media = load("media.yaml").get("media", [])
    low = lambda ws: frozenset(str(w).lower() for w in ws)  # noqa: E731
    return {
        "heads": low(load("institutions.yaml").get("media_heads", [])) | low(meta["masthead_heads"]),
        "not_mastheads": low(meta["not_mastheads"]),
        "outlets": low([m["name"] for m in media] + [a for m in media for a in m.get("aliases", [])]),
    }


def is_name_like(text: str) -> bool:
    """Words of a name: each capitalised or a connector ("The Orville Ledger", "Voice of Orville"), no sentence."""
    words = text.split()
    return 1 <= len(words) <= 6 and not re.search(r"[.!?,;:]$", text) and \
        all(w[:1].isupper() or w[:1].isdigit() or w.lower() in NAME_CONNECTORS for w in words)


def is_publication(name: str) -> bool:
    """A name that reads as a publication's: ends in a media head ("Harbour Post") or is a known outlet."""
    words = _words()
    name = name.strip()
    toks = name.split()
    if not toks or not is_name_like(name):
        return False
    if name.lower() in words["outlets"] or name.lower().removeprefix("the ") in words["outlets"]:
        return True
    return 2 <= len(toks) <= 5 and toks[-1].lower() in words["heads"] and toks[0].lower() not in words["not_mastheads"]


def masthead_name(line: str) -> str | None:
    """The publication's name when ``line`` is only that (or an acronym and the name), else None.

    line (str): a stripped line.
    RETURNS (str | None): the name as printed; of "KNA | Kessel News Agency" the longer side.
    """
    parts = [p.strip() for p in PARTS.split(line.strip())]
    if len(parts) > 2:
        return None
    named = [p for p in parts if is_publication(p.title() if p.isupper() and len(p.split()) > 1 else p)]
    if not named or any(not is_name_like(p) for p in parts):
        return None
    return max(named, key=len)


def is_masthead_only(line: str) -> bool:
    """Whether ``line`` is a masthead and nothing else: the name, or an acronym and the name it stands for
    ("KNA | Kessel News Agency"); not the name with a section ("Kessel Daily | World", a menu)."""
    name = masthead_name(line)
    if name is None:
        return False
    others = [p.strip() for p in PARTS.split(line.strip()) if p.strip() != name]
    initials = "".join(w[0] for w in name.split() if w.lower() not in NAME_CONNECTORS).upper()
    return all(o.isupper() and o.isalpha() and o in (initials, initials.removeprefix("T")) for o in others)


__all__ = ["NAME_CONNECTORS", "is_masthead_only", "is_name_like", "is_publication", "masthead_name"]
