"""The record of one event found in a sentence, shared by the verb and the nominal event finders."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class EventHit:
    """One event found in a sentence, before it becomes a claim's Event."""

    type: str
    head: object                       # the trigger token
    trigger: str
    tokens: list[int]
    subjects: list = field(default_factory=list)   # tokens standing for the subject
    objects: list = field(default_factory=list)
    negated: bool = False
    modality: str | None = None
    clause: object = None              # the verb (or noun) whose phrase scopes place, date, quantity
    nominal: bool = False
    thing: object = None               # the moved/given thing ("troops"), for quantities
    reflexive: bool = False            # the object was the doer itself ("shelled its own towns"), dropped
    reciprocal: bool = False           # coordinated doers act on each other ("A and B clashed")

    @property
    def start(self) -> int:
        return self.head.idx
