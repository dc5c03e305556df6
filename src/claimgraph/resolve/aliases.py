"""Pair scoring for cross-document actor merging: when are two spellings one real actor?

People: the given names must be renderings of one name ("Dmitry" ~ "Dmitri"), the surnames must be close
(rapidfuzz Indel similarity on anyascii-folded keys, prefixes for truncated and inflected forms), and the
closer the surnames the less other evidence is needed: a shared role, a shared country or organisation,
shared co-occurring actors. Conflicting roles or countries keep two people apart unless the names are
identical (roles of one kind of position, "spokesman" and "representative", are no conflict). Every accepted pair comes with the reasons that joined it (``MergeEvidence.reasons``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .. import data
from ..extract.coref import surname_match

# Surname similarity needed with no other evidence, with one kind of evidence, with two.
ALONE = 0.86
ONE = 0.74
TWO = 0.6
SHARED_CONTEXT = 2      # co-occurring actors two groups must share to count as evidence
SAME_FOLDED = 0.92      # surnames equal once transliteration-folded ("Tolvic"/"Tolvik"; coref.surname_match)


@dataclass
class Profile:
    """What is known of a group of mentions that may be one person."""

    givens: set[str] = field(default_factory=set)       # given-name group keys
    surnames: set[str] = field(default_factory=set)     # folded surname keys
    roles: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)    # ISO codes
    affiliations: set[str] = field(default_factory=set)  # organisation keys
    context: set[str] = field(default_factory=set)      # signatures of co-occurring actors
    names: set[str] = field(default_factory=set)        # full names (folded)


def role_heads(roles: set[str]) -> set[str]:
    """The head word of each role ("deputy foreign minister" -> "minister")."""
    return {r.split()[-1] for r in roles if r}


@lru_cache(maxsize=1)
def _role_groups() -> dict[str, set[int]]:
    out: dict[str, set[int]] = {}
    for n, group in enumerate(data.load("titles.yaml").get("role_groups", [])):
        for head in group:
            out.setdefault(head, set()).add(n)
    return out


def roles_compatible(heads_a: set[str], heads_b: set[str]) -> bool:
    """Can one person hold both sets of roles (one head in common, or heads of one kind of position)?"""
    if heads_a & heads_b:
        return True
    groups = _role_groups()
    ga = set().union(*(groups.get(h, set()) for h in heads_a))
    gb = set().union(*(groups.get(h, set()) for h in heads_b))
    return bool(ga & gb)


def given_skeleton(key: str) -> str:
    """A given name's key with its inner vowels blanked, for names of five letters or more ("ozran" ->
    "oz*n"): two renderings of one unknown name differ in a vowel ("Ozran"/"Ozren") far more often than two
    people of one surname in one story."""
    if len(key) < 5:
        return key
    return key[0] + re.sub(r"[aeiouy]", "*", key[1:-1]) + key[-1]


def _one_vowel_apart(a: set[str], b: set[str]) -> bool:
    """Do two sets of given-name keys hold two names that differ in one inner vowel only?"""
    return any(len(x) == len(y) and given_skeleton(x) == given_skeleton(y) != x
               and sum(p != q for p, q in zip(x, y)) == 1 for x in a for y in b)


def score_people(a: Profile, b: Profile) -> tuple[float, list[str]]:
    """Score two person profiles; 0 means "keep apart".

    a (Profile), b (Profile): the two groups.
    RETURNS (tuple[float, list[str]]): the surname similarity when they should merge (else 0.0) and the reasons.
    """
    if a.names & b.names:
        return 1.0, ["same full name"]
    close_givens = False
    if a.givens and b.givens and not (a.givens & b.givens):
        if not _one_vowel_apart(a.givens, b.givens):
            return 0.0, []
        close_givens = True  # needs more than a close surname: a shared role or state (below)
    s = max((surname_match(x, y) for x in a.surnames for y in b.surnames), default=0.0)
    if s < TWO:
        return 0.0, []
    reasons = [f"surname similarity {s:.2f}"]
    if a.givens & b.givens:
        reasons.append("same given name")
    heads_a, heads_b = role_heads(a.roles), role_heads(b.roles)
    if heads_a and heads_b and not roles_compatible(heads_a, heads_b):
        return 0.0, []  # a minister and a journalist with look-alike names are two people
    if a.countries and b.countries and not (a.countries & b.countries):
        return 0.0, []
    support = 0
    if heads_a & heads_b:
        support += 1
        reasons.append("shared role: " + ", ".join(sorted(heads_a & heads_b)))
    if (a.countries & b.countries) or (a.affiliations & b.affiliations):
        support += 1
        reasons.append("same country or organisation: " + ", ".join(sorted((a.countries & b.countries)
                                                                         | (a.affiliations & b.affiliations))))
    shared = a.context & b.context
    if len(shared) >= SHARED_CONTEXT:
        support += 1
        reasons.append(f"{len(shared)} co-occurring actors in common")
    if close_givens:
        # both names one rendering apart ("Miran Tolvic"/"Miren Tolvik": the surnames equal once folded) need
        # one co-occurring actor in common; a surname merely close needs a shared role or state
        if s < ALONE or support == 0 and not (s >= SAME_FOLDED and shared):
            return 0.0, []
        if support == 0:
            support = 1
            reasons.append(f"{len(shared)} co-occurring actor(s) in common")
        reasons.append("given names one vowel apart")
    need = ALONE if support == 0 else ONE if support == 1 else TWO
    if s < need:
        return 0.0, []
    return s, reasons


@lru_cache(maxsize=1)
def _admin_heads() -> frozenset[str]:
    return frozenset(data.load("metonyms.yaml").get("admin_heads", []))


def place_key(key: str) -> str:
    """A place's name key without the word for its kind of area ("tolmek province", "province of tolmek",
    MT "province tolmec" -> "tolmek"/"tolmec"); a name that is nothing but such words is kept."""
    words = key.split()
    heads = _admin_heads()
    if len(words) >= 2 and words[0] in heads:
        words = words[2:] if len(words) > 2 and words[1] == "of" else words[1:]
    elif len(words) >= 2 and words[-1] in heads:
        words = words[:-1]
    elif len(words) >= 3 and words[-1] in _facility_keys():
        # "trans vessa pipeline" ~ "transvessa pipeline": a facility's name written with or without its hyphen
        words = ["".join(words[:-1]), words[-1]]
    return " ".join(words) if words and words[0] != "of" and not all(w in heads for w in words) else key


@lru_cache(maxsize=1)
def _facility_keys() -> frozenset[str]:
    """The last words of facility keys ("pipeline", "airbase", "plant" of "power plant")."""
    d = data.load("metonyms.yaml")
    heads = list(d.get("facility_heads", [])) + list(d.get("facility_same", {}).values())
    return frozenset(h.split()[-1] for h in heads)
