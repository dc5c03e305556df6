"""Whose people a figure counts: "600 contractors of the Korva Group", "80 Belarusian instructors".

Counts of personnel (the ``combatants`` family: contractors, instructors, advisers, troops, men)
often name the force they belong to, by a name or a demonym inside the figure ("Korva
personnel", "Belarusian instructors") or right after it ("of the Korva Group", "from Chad").
Two such counts are about one force when their owners meet — the same actor, or a company and
the state the corpus says it comes from ("The Korva Group is a Belarusian private military
company") — whatever unit noun each source uses; counts of two different forces ("contractors of
one company" and "soldiers from Chad") are never compared. The nouns that make a phrase a company
are ``owners.company_words`` in ``data/crosscheck.yaml``.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Iterable

from ..model import Quantity
from .actor_index import ActorIndex
from .text import settings, words

_GROUPS = ("organization", "armed_group", "company")
# up to four words ending in a possessive right before a figure ("the Quelvian navy's 14 ships")
_POSSESSOR = re.compile(r"((?:[\w-]+\s+){0,3}[\w-]+)['’]s\s+$")
# what resolution may make of a company's bare name ("Korva contractors": a place, a person, nothing)
BARE_KINDS = ("place", "person", "other", None)


@lru_cache(maxsize=1)
def _cfg() -> dict:
    return settings().get("owners") or {}


@lru_cache(maxsize=1)
def _company_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in _cfg().get("company_words", []))


@lru_cache(maxsize=1)
def _owner_families() -> frozenset[str]:
    return frozenset(_cfg().get("families", ["combatants"]))


@lru_cache(maxsize=1)
def _equipment() -> frozenset[str]:
    return frozenset(_cfg().get("equipment", []))


@lru_cache(maxsize=1)
def _made_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in _cfg().get("made_words", []))


def implied_owner(view, idx: ActorIndex) -> frozenset[str]:
    """Whose equipment a figure with no owner of its own counts: the state or group that deploys or
    delivers it ("Ostria has deployed six warships"), else the one state its content names ("Ostria
    has 11 warships in the strait"), else nobody. Read only to keep two states'
    equipment apart, never to join counts.

    view (ClaimView): the claim as cross-checking reads it.
    RETURNS (frozenset): one actor id, or empty.
    """
    cfg = _cfg()
    if view.owners or view.figure is None or not view.figure.families & set(cfg.get("equipment", [])):
        return frozenset()
    if view.subject and view.type in set(cfg.get("deployer_types", [])):
        root = idx.root(view.subject)
        if root and (idx.kind(root) == "country" or idx.kind(root) in _GROUPS):
            return frozenset({root})
    # states named as such (a name or demonym), not the country a place or an official stands for
    states = {a for a in view.actors if idx.kind(a) == "country"}
    return frozenset(states) if len(states) == 1 else frozenset()


def _group_by_prefix(idx: ActorIndex, aid: str) -> str | None:
    """The one company or armed group whose name starts with a bare name read as something else
    ("Korva contractors": "Korva" typed as a place or a person, the "Korva Group" a company)."""
    name = (idx.name(aid) or "").lower()
    if not name:
        return None
    hits = {a.id for a in idx.by_id.values() if a.kind in _GROUPS and a.name.lower().startswith(name + " ")}
    return next(iter(hits)) if len(hits) == 1 else None


def _owner(idx: ActorIndex, aid: str) -> str | None:
    kind = idx.kind(aid)
    if kind == "country" or kind in _GROUPS:
        return aid
    if kind in BARE_KINDS:
        return _group_by_prefix(idx, aid)
    return None


def figure_owners(q: Quantity | None, families: Iterable[str], content: str, idx: ActorIndex) -> frozenset[str]:
    """The forces a count of personnel belongs to, as actor ids (empty when it names none).

    q (Quantity | None): the claim's figure; ``families``: the kinds of thing it counts.
    content (str): the claim's content as written (the figure is found in it by its text).
    RETURNS (frozenset): ids of the countries, companies or armed groups named in the figure
        ("80 Belarusian instructors") or right after it ("contractors of the Korva Group",
        "900 soldiers from Chad and 600 from Niger").
    """
    if q is None or not q.text or not content or not set(families) & _owner_families():
        return frozenset()
    at = content.find(q.text)
    if at < 0:
        return frozenset()
    own = words(q.text)
    if q.unit and q.unit not in q.text:
        own += words(q.unit)               # "put the number of Kelmish ships at 14": the unit names them
    made = _made_words()
    # "14 Kelmish-built drones": where they were made, not whose they are
    own = [w for k, w in enumerate(own) if not (k + 1 < len(own) and own[k + 1].lower() in made)]
    inside, _ = idx.find(own)
    tail = content[at + len(q.text):]
    for stop in ",;.:()":
        tail = tail.split(stop, 1)[0]          # the figure's own phrase, not the rest of the sentence
    after, _ = idx.find(words(tail)[:10])
    # Equipment belongs to a state named as such ("Kelmish corvettes", "ships of Kelmar"): a company in
    # its phrase is its maker ("Sukhoi"), a generic word may be an organ's alias ("military"), and
    # "from Syria" is where it came from.
    equipment = not set(families) & (_owner_families() - _equipment())
    preps = ("of",) if equipment else ("of", "from")
    out = set()
    # "Quelvia's 14 warships", "the Grey Legion's 300 fighters": the possessor right before the figure
    poss = _POSSESSOR.search(content[:at])
    if poss:
        inside = inside + idx.find(words(poss.group(1)))[0]
    for w in inside:
        if w.startswith("@"):
            out.add(_owner(idx, w[1:]))
    # "of the Korva Group", "from Chad", and the parts after it ("and 600 from Niger")
    for k, w in enumerate(after):
        if w.startswith("@") and k >= 1 and (after[k - 1].lower() in preps or
                                            k >= 2 and after[k - 2].lower() in preps
                                            and after[k - 1].lower() == "the"):
            out.add(_owner(idx, w[1:]))
    if equipment:
        out = {x for x in out if x and idx.kind(x) == "country"}
    return frozenset(x for x in out if x)


def stated_nationality(sentence: str, idx: ActorIndex, ws: list[str] | None = None) -> frozenset[tuple[str, str]]:
    """(company, country) pairs a sentence states: "The Korva Group is a Belarusian private
    military company", "the Korva Group, a Belarusian company", "the Belarusian firm Korva Group".

    ws (list | None): the sentence's ``words`` when already split.
    RETURNS (frozenset): pairs of actor ids (company or armed group, country).
    """
    marked, found = idx.find(words(sentence) if ws is None else ws)
    if len(found) < 2:
        return frozenset()
    company = _company_words()
    lower = [w.lower() for w in marked]
    out = set()
    for k, w in enumerate(marked):
        if not w.startswith("@") or idx.kind(w[1:]) != "country":
            continue
        country = w[1:]
        nxt = lower[k + 1:k + 4]
        # "<group> is a <demonym> ... company", "<group>, a <demonym> company"
        if k >= 2 and lower[k - 1] in ("a", "an") and any(x in company for x in nxt):
            j = k - 2
            if j >= 0 and lower[j] in ("is", "was"):
                j -= 1
            if j >= 0 and marked[j].startswith("@") and idx.kind(marked[j][1:]) in _GROUPS:
                out.add((marked[j][1:], country))
        # "the <demonym> (private military) company <group>"
        for j in range(k + 1, min(k + 5, len(marked))):
            if marked[j].startswith("@"):
                if idx.kind(marked[j][1:]) in _GROUPS and any(x in company for x in lower[k + 1:j]):
                    out.add((marked[j][1:], country))
                break
    return frozenset(out)


def nationality(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Company → the country most sentences give it (ties: the first by id)."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for group, country in pairs:
        votes[group][country] += 1
    return {g: min(c, key=lambda x: (-c[x], x)) for g, c in votes.items()}


def expand(owners: frozenset[str], nations: dict[str, str]) -> frozenset[str]:
    """Owners with the countries of the companies among them."""
    extra = {nations[o] for o in owners if o in nations}
    return owners | extra if extra else owners


def owners_meet(a: frozenset[str], b: frozenset[str], idx: ActorIndex) -> int:
    """+1: counts of one force; -1: of different forces; 0: nothing known either way.

    Two companies (or two states) that differ are different forces; a company and a state meet
    only through the company's stated country, and are otherwise neither.
    """
    if not a or not b:
        return 0
    states_a = {x for x in a if idx.kind(x) == "country"}
    states_b = {x for x in b if idx.kind(x) == "country"}
    groups_a, groups_b = a - states_a, b - states_b
    if groups_a and groups_b and not groups_a & groups_b:
        return -1
    if states_a and states_b and not states_a & states_b:
        return -1
    return 1 if a & b else 0


def owner_fields(q: Quantity | None, figure, content: str, sentence: str | None, idx: ActorIndex) -> dict:
    """A view's ``owners`` (whose people its figure counts) and ``ties`` (companies' countries its
    sentence states), for ``features.make_view``.

    RETURNS (dict): owners and ties, as frozensets.
    """
    owners = figure_owners(q, figure.families, content, idx) if figure is not None else frozenset()
    ties = frozenset()
    if sentence and _may_name_company(sentence):
        ws = words(sentence)          # split once: the company-word test and the statement read the same words
        if not _company_words().isdisjoint([w.lower() for w in ws]):
            ties = stated_nationality(sentence, idx, ws)
    return {"owners": owners, "ties": ties}


def _may_name_company(sentence: str) -> bool:
    """False only when no word of ``sentence`` can be a company word (one in seven sentences has one).

    ``words`` leaves an ASCII sentence's letters as written, so a word equal to a company word is then
    a substring of the sentence in lower case: a few substring tests in C instead of splitting every
    claim's sentence into words. Other sentences are transliterated by ``words``: always split.
    """
    if not sentence.isascii():
        return True
    low = sentence.lower()
    return any(c in low for c in _company_words())


def add_nationality(views: list, idx: ActorIndex | None = None) -> None:
    """Give the companies among each figure's owners their country: the one actor resolution gave
    them (``Actor.country``), else the one the corpus states ("The Korva Group is a Belarusian private
    military company" makes "80 Belarusian instructors" and "600 Korva contractors" counts of one
    force)."""
    nations = nationality(pair for v in views for pair in v.ties)
    if idx is not None:
        for v in views:
            for o in v.owners:
                a = idx.by_id.get(o)
                if a is not None and a.kind in _GROUPS and a.country and idx.kind(a.country) == "country":
                    nations[o] = a.country
    if not nations:
        return
    for v in views:
        if v.owners:
            v.owners = expand(v.owners, nations)
