"""Nodes of actor resolution: within-document clusters of mentions, the union-find that joins them,
and each node's signature and document context (what people are compared by).

``resolve.actors`` builds the nodes with ``_nodes``, joins them in a ``UnionFind`` and reads people's
contexts from ``_contexts``; ``resolve.kinds`` and ``resolve.organs`` work on the same nodes.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from ..extract.kb import fold
from ..extract.names import is_acronym, org_key, split_person, surname_key
from ..model import Mention
from .organs import folded


def slug(name: str) -> str:
    """A readable actor id from a name ("Khamis Dravelot" -> "khamis-dravelot")."""
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-") or "actor"


@dataclass
class Node:
    """One within-document cluster of mentions."""

    doc: str
    key: str
    mentions: list[Mention] = field(default_factory=list)

    @cached_property
    def named(self) -> list[Mention]:
        return [m for m in self.mentions if not m.pronoun]

    @cached_property
    def kind(self) -> str:
        # an acronym says nothing of what its expansion is ("NLF" for an armed group): names vote first
        votes = Counter(m.kind for m in self.named if not is_acronym(m.name)) or \
            Counter(m.kind for m in self.named) or Counter(m.kind for m in self.mentions)
        return votes.most_common(1)[0][0] if votes else "other"

    @cached_property
    def kb_id(self) -> str | None:
        ids = Counter(m.kb_id for m in self.mentions if m.kb_id and not m.kb_id.startswith("shape:"))
        return ids.most_common(1)[0][0] if ids else None


class UnionFind:
    """Union-find with path halving; every union keeps its evidence."""

    def __init__(self, n: int):
        self.parent = list(range(n))
        self.evidence: list[tuple[int, int, float, list[str]]] = []

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int, score: float, reasons: list[str]) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self.parent[max(ra, rb)] = min(ra, rb)
        self.evidence.append((a, b, score, reasons))
        return True


def _nodes(mentions: list[Mention]) -> list[Node]:
    # a name used as a location and the same name used as an actor are kept apart until the corpus decides
    by_key: dict[tuple[str, str, bool], Node] = {}
    for m in mentions:
        key = m.local_key or m.name
        at = (m.doc, key, m.kind == "place")
        node = by_key.get(at)
        if node is None:
            node = by_key[at] = Node(m.doc, key)
        node.mentions.append(m)
    return list(by_key.values())


def _signature(node: Node) -> str:
    kid = node.kb_id
    if kid:
        return kid
    if node.kind == "person":
        return "p:" + surname_key(split_person(node.key).surname)
    # transliteration-folded, so the context of "Norvania" and of "Norwania" is one actor
    return "o:" + folded(org_key(node.key))


def _is_person(node: Node) -> bool:
    return node.kind == "person" and not node.kb_id


def _contexts(nodes: list[Node]) -> "_Contexts":
    """For each person node, the signatures of the other actors in its document.

    Only people are compared by context (``_profiles``); other nodes share one empty set. A
    person's set is made when it is read (its document's set less its own signature): one set
    per document is held, not one per person (617 bytes each, a million people in 100,000 articles).
    """
    by_doc: dict[str, list[int]] = defaultdict(list)
    sigs = [_signature(n) for n in nodes]
    for i, n in enumerate(nodes):
        by_doc[n.doc].append(i)
    doc_sigs: list[frozenset[str] | None] = [None] * len(nodes)
    for ids in by_doc.values():
        # the 30 most mentioned actors of a document are its context (bounded cost per node)
        top = sorted(ids, key=lambda i: -len(nodes[i].mentions))[:30]
        in_doc = frozenset(sigs[i] for i in top)
        for i in ids:
            if _is_person(nodes[i]):
                doc_sigs[i] = in_doc
    return _Contexts(doc_sigs, sigs)


class _Contexts:
    """``context[i]``: the signatures of the actors in node i's document but its own (see ``_contexts``)."""

    _none: frozenset[str] = frozenset()

    def __init__(self, doc_sigs: list[frozenset[str] | None], sigs: list[str]):
        self.doc_sigs, self.sigs = doc_sigs, sigs

    def __getitem__(self, i: int) -> frozenset[str]:
        in_doc = self.doc_sigs[i]
        return self._none if in_doc is None else in_doc - {self.sigs[i]}

    def __len__(self) -> int:
        return len(self.sigs)
