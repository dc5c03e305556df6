"""Cross-document actor resolution (placeholder: exact names; see issue 3)."""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..model import Actor, Mention, MergeEvidence


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "actor"


def resolve_actors(mentions: list[Mention]) -> tuple[list[Actor], dict[str, str], list[MergeEvidence]]:
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        groups[(m.local_key or m.name).lower()].append(m)
    actors, mention_actor = [], {}
    used: set[str] = set()
    for key, ms in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        name = Counter(m.name for m in ms).most_common(1)[0][0]
        aid = slug(name)
        while aid in used:
            aid += "-x"
        used.add(aid)
        kind = Counter(m.kind for m in ms).most_common(1)[0][0]
        actors.append(Actor(id=aid, name=name, kind=kind, aliases=sorted({m.text for m in ms}), mentions=len(ms)))
        for m in ms:
            mention_actor[m.id] = aid
    return actors, mention_actor, []
