"""The one data model that flows through every stage.

ingest → clean → nlp → extract (map, per document) → resolve (reduce, corpus) → store → report/serve/export

Every record is a plain dataclass that pickles (multiprocessing, Ray) and turns into
a dict with ``to_dict()`` (store, Parquet shards, JSON export). Identifiers:

- Document.id  ``d`` + 16 hex of the SHA-1 of the cleaned text (stable content hash)
- Mention.id   ``{doc}:m{n}``   (per document, in text order)
- Claim.id     ``{doc}:c{n}``
- Actor.id     a readable slug of the canonical name (``russia``, ``khalifa-haftar``), unique in a store
- Link.id      ``l{n}``; EventGroup.id ``e{n}``

Offsets (``start``/``end``) always point into ``Document.text``, the cleaned text that is
stored and shown to the user; ``Document.offset_map`` maps them back to the raw input.
"""
from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass, field
from typing import Any

ACTOR_KINDS = ("person", "country", "government", "organization", "armed_group", "media", "place", "other")

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

STANCES = ("asserts", "denies")
LINK_KINDS = ("corroborates", "contradicts", "updates")
DOC_STATUSES = ("analysed", "duplicate", "not_analysed")


class Record:
    """Mixin: dict round-trip for every model class."""

    def to_dict(self) -> dict[str, Any]:
        # what dataclasses.asdict returns, without its deepcopy of every leaf value: the fields
        # hold only str/int/float/bool/None, lists, dicts and records, and this runs for every
        # mention and claim a build writes
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]):
        names, nested = _field_info(cls)
        kwargs = {k: v for k, v in data.items() if k in names}
        for name, sub in nested:
            value = kwargs.get(name)
            if value is None:
                continue
            if isinstance(value, list):
                kwargs[name] = [sub.from_dict(v) if isinstance(v, dict) else v for v in value]
            elif isinstance(value, dict):
                kwargs[name] = sub.from_dict(value)
        return cls(**kwargs)


@functools.lru_cache(maxsize=None)
def _field_info(cls) -> tuple[frozenset[str], tuple[tuple[str, type], ...]]:
    """A class's field names and its nested record fields, computed once per class.

    ``dataclasses.fields`` is slow; reading a big store calls ``from_dict`` per row.
    """
    fields = dataclasses.fields(cls)
    nested = tuple((f.name, _NESTED[(cls.__name__, f.name)]) for f in fields if (cls.__name__, f.name) in _NESTED)
    return frozenset(f.name for f in fields), nested


@dataclass
class Document(Record):
    """One article. ``text`` is the cleaned text; all offsets point into it."""

    id: str
    path: str                       # input file (and record number for jsonl/csv: "file.csv#12")
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None    # YYYY-MM-DD
    language: str = "en"
    status: str = "analysed"        # analysed | duplicate | not_analysed
    status_reason: str | None = None
    duplicate_of: str | None = None
    raw_text: str | None = None     # the text before cleaning (for the offset map)
    offset_map: list[list[int]] = field(default_factory=list)  # [[clean_pos, raw_pos], ...] anchors
    format: str = "txt"
    words: int = 0


@dataclass
class IngestError(Record):
    """A file or record that could not be turned into a Document, with the reason."""

    path: str
    reason: str
    stage: str = "ingest"


@dataclass
class Mention(Record):
    """A surface form of an actor in one document."""

    id: str
    doc: str
    start: int
    end: int
    text: str                        # as written in the document
    name: str                        # cleaned: no article, possessive, title or rank
    kind: str = "other"              # one of ACTOR_KINDS
    label: str | None = None         # spaCy/ruler label (PERSON, GPE, ORG, NORP, ...)
    kb_id: str | None = None         # knowledge-base entry, e.g. "country:RU", "org:un"
    local_key: str | None = None     # within-document cluster key (full name the mention refers to)
    role: str | None = None          # "foreign minister", "commander of U.S. Africa Command"
    affiliation: str | None = None   # text of the state/organisation the actor belongs to
    affiliation_kb: str | None = None  # its knowledge-base id when known
    sentence: int = 0                # sentence index in the document
    pronoun: bool = False            # a resolved pronoun or descriptor ("he", "the minister")
    actor: str | None = None         # filled by resolve


@dataclass
class Quantity(Record):
    value: float
    unit: str
    low: float | None = None
    high: float | None = None
    text: str | None = None          # as written: "at least six MiG 29s and two Sukhoi Su-24s"
    bound: str | None = None         # exact | at_least | at_most | approx | range | vague
    parts: list[dict[str, Any]] = field(default_factory=list)  # [{"value": 6, "unit": "MiG 29s"}]


@dataclass
class Place(Record):
    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass
class Event(Record):
    """What the claim says happened: subject does type to object."""

    type: str | None = None           # PLOVER type
    trigger: str | None = None        # the word(s) that typed it
    subject_mention: str | None = None
    object_mention: str | None = None
    subject_text: str | None = None
    object_text: str | None = None
    subject: str | None = None        # actor id, filled by resolve
    object: str | None = None
    location: str | None = None       # the place as written
    place: Place | None = None
    date: str | None = None           # YYYY-MM-DD
    date_text: str | None = None
    quantity: Quantity | None = None
    negated: bool = False
    modality: str | None = None       # could, may, plans to, threatened to ...
    # the claim's speech act when it is not done: its type ("did not accuse" -> ACCUSE; the claim's
    # speech_type is then None) and its modality ("plans to accuse" -> plans to; speech_type stays)
    speech_negated: str | None = None
    speech_modality: str | None = None


@dataclass
class Via(Record):
    """A source the claim leans on ("Reuters" in "a UN report seen by Reuters")."""

    name: str
    mention: str | None = None
    actor: str | None = None


@dataclass
class Claim(Record):
    """A statement made in a document: by a speaker (or the outlet), with its event."""

    id: str
    doc: str
    text: str                          # the sentence(s), exactly as in Document.text[start:end]
    start: int
    end: int
    speaker_text: str | None = None
    speaker_mention: str | None = None
    speaker: str | None = None         # actor id, filled by resolve; None = the outlet itself
    content_text: str | None = None
    content_start: int | None = None
    content_end: int | None = None
    cue: str | None = None             # the reporting word/phrase: said, according to, told ...
    speech_type: str | None = None     # PLOVER type of the speech act (ACCUSE, REJECT, REQUEST ...)
    stance: str = "asserts"
    hedged: bool = False
    hedges: list[str] = field(default_factory=list)
    via: list[Via] = field(default_factory=list)
    event: Event = field(default_factory=Event)
    quote: bool = False                # direct quotation
    sentence: int = 0
    certainty: str | None = None       # ICD 203 wording, set from hedges


@dataclass
class Signal(Record):
    """A framing signal found in a document (hedging, scare quotes, loaded words ...)."""

    doc: str
    kind: str
    text: str
    start: int
    end: int


@dataclass
class DocResult(Record):
    """What the per-document (map) stage returns for one document."""

    document: Document
    mentions: list[Mention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    signals: list[Signal] = field(default_factory=list)
    error: str | None = None


@dataclass
class MergeEvidence(Record):
    """Why two surface forms were joined into one actor."""

    actor: str
    a: str
    b: str
    score: float
    reasons: list[str] = field(default_factory=list)


@dataclass
class Actor(Record):
    id: str
    name: str
    kind: str = "other"
    country: str | None = None         # actor id of the country it belongs to
    aliases: list[str] = field(default_factory=list)
    mentions: int = 0
    roles: list[str] = field(default_factory=list)
    kb_id: str | None = None
    affiliation: str | None = None     # actor id of the organisation it belongs to (when not a country)


@dataclass
class Link(Record):
    id: str
    kind: str                          # corroborates | contradicts | updates
    a: str
    b: str
    reason: str
    group: str | None = None


@dataclass
class EventGroup(Record):
    """Claims across documents about one real-world event."""

    id: str
    type: str | None
    subject: str | None
    object: str | None
    claims: list[str] = field(default_factory=list)
    documents: int = 0
    origins: int = 0
    grade: str | None = None           # Admiralty-style: confirmed / probably true / possibly true / doubtful
    reasons: list[str] = field(default_factory=list)
    label: str | None = None
    first_date: str | None = None
    last_date: str | None = None


_NESTED = {
    ("Event", "place"): Place,
    ("Event", "quantity"): Quantity,
    ("Claim", "via"): Via,
    ("Claim", "event"): Event,
    ("DocResult", "document"): Document,
    ("DocResult", "mentions"): Mention,
    ("DocResult", "claims"): Claim,
    ("DocResult", "signals"): Signal,
}


def _plain(value: Any) -> Any:
    """A record as nested dicts and lists (like ``dataclasses.asdict``, for JSON-like values)."""
    if isinstance(value, Record):
        return {name: _plain(getattr(value, name)) for name in _field_names(type(value))}
    if isinstance(value, (list, tuple)):
        return type(value)(_plain(v) for v in value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


@functools.lru_cache(maxsize=None)
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))
