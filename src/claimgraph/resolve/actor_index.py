"""The corpus's actors as cross-checking reads them: canonical ids, the state an official or institution
stands for (its root), demonyms, and alias look-up in claim text (``ActorIndex``). Split from
``features.py``, which re-exports it.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from .. import data
from ..model import Actor
from .text import stopwords, words


def _alias_words(alias: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in words(alias))


@lru_cache(maxsize=1)
def _known_demonyms() -> dict[str, list[str]]:
    """ISO code -> demonyms (``data/demonyms.yaml``)."""
    return {str(k): list(v) for k, v in (data.load("demonyms.yaml").get("demonyms") or {}).items()}


def demonyms_of(actor: Actor) -> list[str]:
    """The adjectives and people-words of a country actor: from the knowledge base by its code, and
    the regular English form of a name in -a ("Valdoria" -> "Valdorian", "Valdorians"), which also
    covers states the knowledge base does not list."""
    if actor.kind != "country":
        return []
    out = []
    if actor.kb_id and ":" in actor.kb_id:
        out += _known_demonyms().get(actor.kb_id.rsplit(":", 1)[1], [])
    for name in {actor.name, *actor.aliases}:
        if re.fullmatch(r"[A-Z][a-z]{3,}a", name):
            out += [name + "n", name + "ns"]
    return out


class ActorIndex:
    """Canonical actors: names, roots (the state an official stands for) and alias lookup.

    A country's demonyms name it ("Valdorian warplanes" name Valdoria). A name shared by a place
    and other actors ("Brenik" the town and a mis-typed "Brenik") is read as the place: towns
    are named far more often than people who share their names.

    actors (list[Actor]): the resolved actors of the corpus.
    """

    def __init__(self, actors: Iterable[Actor]):
        self.by_id: dict[str, Actor] = {a.id: a for a in actors}
        owners: dict[tuple[str, ...], set[str]] = {}
        self._upper: set[tuple[str, ...]] = set()
        stop = stopwords()
        for a in self.by_id.values():
            for alias in {a.name, *a.aliases}:
                key = _alias_words(alias)
                if not key or (len(key) == 1 and (len(key[0]) < 2 or key[0] in stop and not alias.isupper())):
                    continue                      # pronouns listed as aliases ("it", "he") name no one
                owners.setdefault(key, set()).add(a.id)
                if len(key) == 1 and alias.isupper() and len(alias) <= 4:
                    self._upper.add(key)          # "US" only as capitals, never the pronoun "us"
        self.alias: dict[tuple[str, ...], str] = {}
        for k, v in owners.items():
            if len(v) == 1:
                self.alias[k] = next(iter(v))
                continue
            places = [x for x in v if self.by_id[x].kind in ("place", "country")]
            if len(places) == 1:
                self.alias[k] = places[0]
        for a in self.by_id.values():
            for dem in demonyms_of(a):
                key = _alias_words(dem)
                if key and key not in owners:     # an actor's own name wins over a demonym
                    self.alias.setdefault(key, a.id)
        self.max_alias = max((len(k) for k in self.alias), default=1)
        # The longest alias starting with each first word: ``find`` skips at once the words no
        # alias starts with (most of them), instead of trying every length at every word.
        self._longest: dict[str, int] = {}
        for k in self.alias:
            if len(k) > self._longest.get(k[0], 0):
                self._longest[k[0]] = len(k)
        self._compat: dict[tuple[str, str], bool] = {}
        self._roots: dict[str, str] = {}    # ``root`` of each id asked (the actors do not change once indexed)
        # One name split into several actors by resolution is one doer here (see ``compatible``).
        first: dict[str, str] = {}
        for aid in sorted(self.by_id):
            first.setdefault(self.by_id[aid].name.lower(), aid)
        self._canon = {aid: first[a.name.lower()] for aid, a in self.by_id.items()}

    def canon(self, aid: str | None) -> str | None:
        """One id per actor name: blocking keys of actors split by resolution meet."""
        return self._canon.get(aid, aid) if aid else None

    def name(self, aid: str | None) -> str | None:
        a = self.by_id.get(aid) if aid else None
        return a.name if a else aid

    def kind(self, aid: str | None) -> str | None:
        a = self.by_id.get(aid) if aid else None
        return a.kind if a else None

    def parents(self, aid: str) -> set[str]:
        a = self.by_id.get(aid)
        if a is None:
            return set()
        return {p for p in (a.country, a.affiliation) if p and p != aid}

    def root(self, aid: str | None) -> str | None:
        """The state an official, institution or metonym stands for; else the actor itself."""
        if not aid:
            return None
        hit = self._roots.get(aid)      # asked for both sides of every candidate pair: once per actor
        if hit is None:
            a = self.by_id.get(aid)
            hit = self._roots[aid] = self.canon(a.country) if a is not None and a.country and \
                a.kind not in ("media",) else self.canon(aid)
        return hit

    def family(self, aid: str | None) -> frozenset[str]:
        """The actor and its parents (country, organisation)."""
        if not aid:
            return frozenset()
        return frozenset({aid, *self.parents(aid)})

    def compatible(self, a: str, b: str) -> bool:
        """Can a claim about ``a`` and one about ``b`` be about the same doer?

        Same actor; one is the other's country or organisation (an official counts for his
        state); or two organs of one state with no conflicting affiliation. Armed groups
        never stand in for their country's other actors (the two sides of a civil war
        share a country).
        """
        if a == b:
            return True
        key = (a, b) if a < b else (b, a)
        hit = self._compat.get(key)
        if hit is None:
            hit = self._compatible(a, b)
            self._compat[key] = hit
        return hit

    def _compatible(self, a: str, b: str) -> bool:
        pa, pb = self.parents(a), self.parents(b)
        if b in pa or a in pb:
            return True
        x, y = self.by_id.get(a), self.by_id.get(b)
        if x is not None and y is not None and x.name.lower() == y.name.lower():
            return True                   # one name split into two actors: the same doer
        if x is None or y is None or not x.country or x.country != y.country:
            return False
        if "armed_group" in (x.kind, y.kind):
            return False
        return x.affiliation in (None, b, y.affiliation) and y.affiliation in (None, a, x.affiliation)

    def any_compatible(self, a: str | None, others: Iterable[str]) -> str | None:
        """The first of ``others`` compatible with ``a``, if any."""
        if not a:
            return None
        for o in others:
            if self.compatible(a, o):
                return o
        return None

    def find(self, ws: list[str]) -> tuple[list[str], set[str]]:
        """Replace actor names in a word list by ``@id`` tokens (longest match first).

        RETURNS (tuple): the words with actor tokens, and the actor ids found.
        """
        out, found = [], set()
        lower = [w.lower() for w in ws]
        i = 0
        while i < len(ws):
            top = self._longest.get(lower[i])
            if top is None:
                out.append(ws[i])
                i += 1
                continue
            for n in range(min(top, len(ws) - i), 0, -1):
                key = tuple(lower[i:i + n])
                aid = self.alias.get(key)
                if aid and (key not in self._upper or ws[i].isupper()):
                    out.append("@" + aid)
                    found.add(aid)
                    i += n
                    break
            else:
                out.append(ws[i])
                i += 1
        return out, found
