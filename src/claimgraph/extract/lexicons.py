"""The claim-stage lexicons, compiled once per process from the data files.

``plover.yaml`` (event types), ``attribution.yaml`` (reporting cues), ``hedges.yaml`` (hedges
and the ICD 203 scale) and ``quantities.yaml`` (number words, bounds, units) are read with
``claimgraph.data.load`` and turned into the lookup tables the extractors use.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from .. import data
from ..errors import DataFileError, Errors
from ..model import PLOVER_TYPES


@dataclass
class Plover:
    verbs: dict[str, str]
    phrasal: dict[tuple[str, str], str]
    verb_objects: list[tuple[frozenset[str], frozenset[str], str]]
    nouns: dict[str, str]
    agent_nouns: dict[str, str]
    prep_phrases: dict[tuple[str, ...], str]
    negated: dict[str, str]
    refusal_verbs: frozenset[str]
    roles: dict[str, dict[str, list[str]]]
    modal_verbs: dict[str, str]
    noun_hosts: dict[str, str]
    group_nouns: dict[str, list[str]]
    needs_target: frozenset[str]
    self_contained: frozenset[str] = frozenset()
    object_preps: dict[str, list[str]] = field(default_factory=dict)
    verb_predicates: list[tuple[frozenset[str], frozenset[str], str]] = field(default_factory=list)
    light_objects: dict[str, frozenset[str]] = field(default_factory=dict)
    symmetric: frozenset[str] = frozenset()
    reflexive_keeps_subject: frozenset[str] = frozenset()
    adjectival_participles: frozenset[str] = frozenset()
    cancelling_hosts: frozenset[tuple[str, ...]] = frozenset()
    expletive_it_verbs: frozenset[str] = frozenset()
    observer_hosts: frozenset[str] = frozenset()
    receiving_verbs: frozenset[str] = frozenset()
    under_hosts: frozenset[str] = frozenset()
    reciprocal: frozenset[str] = frozenset()
    not_actor_heads: frozenset[str] = frozenset()
    hyphen_participles: frozenset[str] = frozenset()
    leader_participles: frozenset[str] = frozenset()
    warning_cues: frozenset[str] = frozenset()
    future_markers: frozenset[str] = frozenset()
    calling_cues: frozenset[str] = frozenset()
    calling_purposes: frozenset[str] = frozenset()
    organising_verbs: frozenset[str] = frozenset()
    container_nouns: frozenset[str] = frozenset()
    declaring_cues: frozenset[str] = frozenset()
    declared_predicates: dict[tuple[str, ...], str] = field(default_factory=dict)
    party_things: frozenset[str] = frozenset()

    def role(self, type_: str, slot: str) -> list[str]:
        """Where a role sits for a type (``verb_object``, ``noun_subject``, ``noun_object``)."""
        return self.roles.get(type_, {}).get(slot) or self.roles["default"][slot]


@dataclass
class Cues:
    verbs: dict[str, dict]
    phrasal: dict[tuple[str, str], dict]
    source_preps: list[tuple[str, ...]]
    via_preps: list[tuple[str, ...]]
    via_verbs: frozenset[str]
    citing_verbs: frozenset[str]
    statement_nouns: frozenset[str]
    statement_phrases: list[tuple[str, ...]]
    denial_phrases: list[tuple[str, ...]]
    accusing_cues: frozenset[str]
    accusation_types: frozenset[str]
    # the denial phrases grouped by their first word, so a scan tries at a word only those that start there
    denial_first: dict = field(init=False, repr=False)

    def __post_init__(self):
        self.denial_first = _by_first_word((p, p) for p in self.denial_phrases)


def _by_first_word(pairs) -> dict:
    """Items keyed by the first word of their phrase, each group in the given order (an empty phrase under
    ``()``)."""
    out: dict = {}
    for words, item in pairs:
        out.setdefault(words[0] if words else (), []).append(item)
    return out


@dataclass
class Hedges:
    scale: list[str]
    words: dict[str, str]
    phrases: list[tuple[tuple[str, ...], str]]
    anaphoric_openers: list[tuple[str, ...]]
    scare_quotable: frozenset[str]
    unnamed_heads: frozenset[str]
    boosters: dict[tuple[str, ...], str]
    not_confirmed: list[tuple[str, ...]] = field(default_factory=list)
    anonymity: list[tuple[str, ...]] = field(default_factory=list)
    anaphoric_heads: frozenset[str] = frozenset()
    # a sentence that takes back the one before: "Neither figure could be verified", "That seems likely."
    negative_quantifiers: frozenset[str] = frozenset()
    verification_verbs: frozenset[str] = frozenset()
    comment_words: int = 0
    # "Neither version could be verified": the two sides' statements further back
    two_sided_heads: frozenset[str] = frozenset()
    two_sided_reach: int = 0
    # "The firm's evidence has not been published": that source's statements in the paragraph
    withheld_heads: frozenset[str] = frozenset()
    withheld_verbs: frozenset[str] = frozenset()
    # phrases and boosters grouped by their first word (each group in the lexicon's order)
    phrases_first: dict = field(init=False, repr=False)
    boosters_first: dict = field(init=False, repr=False)

    def __post_init__(self):
        self.phrases_first = _by_first_word((words, (words, term)) for words, term in self.phrases)
        self.boosters_first = _by_first_word((words, (words, term)) for words, term in self.boosters.items())

    def rank(self, term: str | None) -> int:
        """Position of an ICD 203 term on the scale (unknown terms sit in the middle)."""
        return self.scale.index(term) if term in self.scale else len(self.scale) // 2


@dataclass
class Numbers:
    units: dict[tuple[str, ...], float]
    scales: dict[str, float]
    vague: dict[tuple[str, ...], tuple[float, float | None]]
    bounds: list[tuple[tuple[str, ...], str]]
    currency: dict[str, str]
    not_units: frozenset[str]
    casualty_words: dict[str, str]


def _words(phrase: str) -> tuple[str, ...]:
    # spaCy splits "cannot" into "can" + "not"; phrases are matched on tokens
    return tuple(phrase.lower().replace("cannot", "can not").split())


def _check_type(t: str, where: str) -> str:
    if t not in PLOVER_TYPES:
        raise DataFileError(Errors.E008.format(path=where, detail=f"unknown PLOVER type {t!r}"))
    return t


@lru_cache(maxsize=1)
def plover() -> Plover:
    """The PLOVER event lexicon (data/plover.yaml)."""
    raw = data.load("plover.yaml")
    name = "plover.yaml"
    phrasal = {}
    for k, v in raw.get("phrasal", {}).items():
        verb, part = k.split(" ", 1)
        phrasal[(verb, part)] = _check_type(v, name)
    vo = [(frozenset(e["verbs"]), frozenset(e["objects"]), _check_type(e["type"], name))
          for e in raw.get("verb_objects", [])]
    return Plover(
        verbs={k: _check_type(v, name) for k, v in raw.get("verbs", {}).items()},
        phrasal=phrasal,
        verb_objects=vo,
        nouns={k: _check_type(v, name) for k, v in raw.get("nouns", {}).items()},
        agent_nouns={k: _check_type(v, name) for k, v in raw.get("agent_nouns", {}).items()},
        prep_phrases={_words(k): _check_type(v, name) for k, v in raw.get("prep_phrases", {}).items()},
        negated={_check_type(k, name): _check_type(v, name) for k, v in raw.get("negated", {}).items()},
        refusal_verbs=frozenset(raw.get("refusal_verbs", [])),
        roles=raw.get("roles", {}),
        modal_verbs=raw.get("modal_verbs", {}),
        noun_hosts=raw.get("noun_hosts", {}),
        group_nouns=raw.get("group_nouns", {}),
        needs_target=frozenset(_check_type(t, name) for t in raw.get("needs_target", [])),
        self_contained=frozenset(raw.get("self_contained", [])),
        object_preps={k: list(v) for k, v in raw.get("object_preps", {}).items()},
        light_objects={k: frozenset(v) for k, v in raw.get("light_objects", {}).items()},
        verb_predicates=[(frozenset(e["verbs"]), frozenset(e["predicates"]), _check_type(e["type"], name))
                         for e in raw.get("verb_predicates", [])],
        symmetric=frozenset(_check_type(t, name) for t in raw.get("symmetric", [])),
        reflexive_keeps_subject=frozenset(_check_type(t, name) for t in raw.get("reflexive_keeps_subject", [])),
        adjectival_participles=frozenset(raw.get("adjectival_participles", [])),
        cancelling_hosts=frozenset(tuple(x.split()) for x in raw.get("cancelling_hosts", [])),
        expletive_it_verbs=frozenset(raw.get("expletive_it_verbs", [])),
        observer_hosts=frozenset(raw.get("observer_hosts", [])),
        receiving_verbs=frozenset(raw.get("receiving_verbs", [])),
        under_hosts=frozenset(raw.get("under_hosts", [])),
        reciprocal=frozenset(raw.get("reciprocal", [])),
        not_actor_heads=frozenset(raw.get("not_actor_heads", [])),
        hyphen_participles=frozenset(raw.get("hyphen_participles", [])),
        leader_participles=frozenset(raw.get("leader_participles", [])),
        warning_cues=frozenset(raw.get("warning_cues", [])),
        future_markers=frozenset(raw.get("future_markers", [])),
        calling_cues=frozenset(raw.get("calling_cues", [])),
        calling_purposes=frozenset(raw.get("calling_purposes", [])),
        organising_verbs=frozenset(raw.get("organising_verbs", [])),
        container_nouns=frozenset(raw.get("container_nouns", [])),
        declaring_cues=frozenset(raw.get("declaring_cues", [])),
        declared_predicates={_words(k): _check_type(v, name) for k, v in raw.get("declared_predicates", {}).items()},
        party_things=frozenset(raw.get("party_things", [])),
    )


@lru_cache(maxsize=None)
def attribution_words(key: str) -> tuple[str, ...]:
    """A word list of data/attribution.yaml in lower case, read once per key (interview labels, statement
    headings, …: the small lists one module each reads)."""
    return tuple(w.lower() for w in data.load("attribution.yaml").get(key, []))


@lru_cache(maxsize=1)
def cues() -> Cues:
    """Reporting cues (data/attribution.yaml)."""
    raw = data.load("attribution.yaml")
    verbs = {k: dict(v or {}) for k, v in raw.get("verbs", {}).items()}
    phrasal = {}
    for k, v in raw.get("phrasal", {}).items():
        verb, part = k.split(" ", 1)
        phrasal[(verb, part)] = dict(v or {})
    for entry in list(verbs.values()) + list(phrasal.values()):
        if entry.get("type"):
            _check_type(entry["type"], "attribution.yaml")
    return Cues(
        verbs=verbs,
        phrasal=phrasal,
        source_preps=[_words(p) for p in raw.get("source_preps", [])],
        via_preps=sorted((_words(p) for p in raw.get("via_preps", [])), key=len, reverse=True),
        via_verbs=frozenset(raw.get("via_verbs", [])),
        citing_verbs=frozenset(raw.get("citing_verbs", [])),
        statement_nouns=frozenset(raw.get("statement_nouns", [])),
        statement_phrases=[_words(p) for p in raw.get("statement_phrases", [])],
        denial_phrases=sorted((_words(p) for p in raw.get("denial_phrases", [])), key=len, reverse=True),
        accusing_cues=frozenset(raw.get("accusing_cues", [])),
        accusation_types=frozenset(_check_type(t, "attribution.yaml") for t in raw.get("accusation_types", [])),
    )


@lru_cache(maxsize=1)
def hedges() -> Hedges:
    """Hedges, boosters and the ICD 203 scale (data/hedges.yaml)."""
    raw = data.load("hedges.yaml")
    scale = [s["term"] for s in raw["scale"]]
    for term in list(raw.get("words", {}).values()) + list(raw.get("phrases", {}).values()) \
            + list(raw.get("boosters", {}).values()):
        if term not in scale:
            raise DataFileError(Errors.E008.format(path="hedges.yaml", detail=f"{term!r} is not on the scale"))
    phrases = sorted(((_words(k), v) for k, v in raw.get("phrases", {}).items()), key=lambda x: -len(x[0]))
    return Hedges(
        scale=scale,
        words=dict(raw.get("words", {})),
        phrases=phrases,
        anaphoric_openers=sorted((_words(p) for p in raw.get("anaphoric_openers", [])), key=len, reverse=True),
        scare_quotable=frozenset(w.lower() for w in raw.get("scare_quotable", [])),
        anaphoric_heads=frozenset(w.lower() for w in raw.get("anaphoric_heads", [])),
        unnamed_heads=frozenset(raw.get("unnamed_heads", [])),
        boosters={_words(k): v for k, v in raw.get("boosters", {}).items()},
        not_confirmed=[p for p, _ in phrases if "not" in p or p[0].startswith("un")
                       or "cannot" in p],
        anonymity=[_words(p) for p in raw.get("anonymity", [])],
        negative_quantifiers=frozenset(raw.get("negative_quantifiers", [])),
        verification_verbs=frozenset(raw.get("verification_verbs", [])),
        comment_words=int(raw.get("comment_words", 0)),
        two_sided_heads=frozenset(raw.get("two_sided_heads", [])),
        two_sided_reach=int(raw.get("two_sided_reach", 0)),
        withheld_heads=frozenset(raw.get("withheld_heads", [])),
        withheld_verbs=frozenset(raw.get("withheld_verbs", [])),
    )


@lru_cache(maxsize=1)
def numbers() -> Numbers:
    """Number words, vague amounts, bounds and units (data/quantities.yaml)."""
    raw = data.load("quantities.yaml")
    vague = {}
    for k, v in raw.get("vague", {}).items():
        vague[_words(k)] = (float(v["low"]), float(v["high"]) if v.get("high") is not None else None)
    return Numbers(
        units={_words(k): float(v) for k, v in raw.get("units", {}).items()},
        scales={k.lower(): float(v) for k, v in raw.get("scales", {}).items()},
        vague=vague,
        bounds=sorted(((_words(k), v) for k, v in raw.get("bounds", {}).items()), key=lambda x: -len(x[0])),
        currency={str(k).lower(): v for k, v in raw.get("currency", {}).items()},
        not_units=frozenset(str(w).lower() for w in raw.get("not_units", [])),
        casualty_words=dict(raw.get("casualty_words", {})),
    )


@lru_cache(maxsize=1)
def known_verbs() -> frozenset[str]:
    """Every verb lemma some lexicon names (to repair the lemmatizer's "staged" → "stag")."""
    p, c = plover(), cues()
    out = set(p.verbs) | {v for v, _ in p.phrasal} | set(p.refusal_verbs) | set(p.modal_verbs) | set(p.noun_hosts)
    for verbs, _, _ in p.verb_objects:
        out |= verbs
    out |= set(c.verbs) | {v for v, _ in c.phrasal} | set(c.via_verbs) | set(c.citing_verbs) | set(c.accusing_cues)
    return frozenset(out)


# base() per (lemma, tag, word) hash, for one set of known verbs: it is a pure function of those (speed: the
# string attributes cost a vocabulary look-up each, the hashes none; asked ~400 times a document)
_BASE: list = [None, {}]


def base(token) -> str:
    """The lemma of a verb token, repaired against the lexicons when the lemmatizer cut too much."""
    known = known_verbs()
    if _BASE[0] is not known or len(_BASE[1]) > 200_000:     # (bounded: a long run meets ever new words)
        _BASE[:] = [known, {}]
    key = (token.lemma, token.tag, token.lower)
    found = _BASE[1].get(key)
    if found is None:
        found = _BASE[1][key] = _base(token, known)
    return found


def _base(token, known: frozenset[str]) -> str:
    """``base`` computed."""
    lemma = token.lemma_.lower()
    if lemma in known or not token.tag_.startswith("VB") and token.tag_ != "NNS":
        return lemma
    w = token.lower_
    cands = [w]            # "lay siege": the lemmatizer reads "lay" as the past of "lie"
    if w.endswith("ied"):
        cands.append(w[:-3] + "y")
    if w.endswith("ed"):
        cands += [w[:-1], w[:-2], w[:-3]]
    if w.endswith("ing"):
        cands += [w[:-3], w[:-3] + "e", w[:-4]]
    if w.endswith("ies"):
        cands.append(w[:-3] + "y")
    if w.endswith("s"):
        cands += [w[:-1], w[:-2]]
    for c in cands:
        if c in known:
            return c
    return lemma
