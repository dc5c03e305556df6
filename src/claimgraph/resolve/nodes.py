"""Nodes of actor resolution: within-document clusters of mentions, the union-find that joins them,
and each node's signature and document context (what people are compared by).

``resolve.actors`` builds the nodes with ``_nodes``, joins them in a ``UnionFind`` and reads people's
contexts from ``_contexts``; ``resolve.kinds`` and ``resolve.organs`` work on the same nodes.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from ..extract.kb import fold
from ..extract.names import is_acronym, org_key, split_person, surname_key
from ..model import Mention
from .organs import folded


def slug(name: str) -> str:
    """A readable actor id from a name ("Khamis Dravelot" -> "khamis-dravelot")."""
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-") or "actor"


_UNSET = object()


@dataclass(slots=True)      # slots: a node per document and name, millions of them at 100,000 articles
class Node:
    """One within-document cluster of mentions.

    ``named``, ``kind`` and ``kb_id`` are computed from the mentions when first read (``kind`` may
    be set: ``resolve.kinds.retype``). A mention here is a ``Mention`` or a ``MentionForm`` (the
    corpus stage's: see ``store_nodes``); only the fields of ``MentionForm`` are read.
    """

    doc: str
    key: str
    mentions: list = field(default_factory=list)
    place: bool = field(default=False, compare=False)   # keyed as a place (see ``_nodes``)
    _named: list | None = field(default=None, init=False, repr=False, compare=False)
    _kind: str | None = field(default=None, init=False, repr=False, compare=False)
    _kb_id: object = field(default=_UNSET, init=False, repr=False, compare=False)

    @property
    def named(self) -> list:
        if self._named is None:
            named = [m for m in self.mentions if not m.pronoun]
            # the same list when every mention is named (most nodes): not a copy per node
            self._named = self.mentions if len(named) == len(self.mentions) else named
        return self._named

    @property
    def kind(self) -> str:
        if self._kind is None:
            # an acronym says nothing of what its expansion is ("NLF" for an armed group): names vote first
            votes = Counter(m.kind for m in self.named if not is_acronym(m.name)) or \
                Counter(m.kind for m in self.named) or Counter(m.kind for m in self.mentions)
            self._kind = votes.most_common(1)[0][0] if votes else "other"
        return self._kind

    @kind.setter
    def kind(self, value: str) -> None:
        self._kind = value

    @property
    def kb_id(self) -> str | None:
        if self._kb_id is _UNSET:
            ids = Counter(m.kb_id for m in self.mentions if m.kb_id and not m.kb_id.startswith("shape:"))
            self._kb_id = ids.most_common(1)[0][0] if ids else None
        return self._kb_id


@dataclass(frozen=True, slots=True)
class MentionForm:
    """What actor resolution reads of a mention; equal forms are one object (see ``store_nodes``).

    The corpus stage gives resolution these instead of Mentions: a field of ``Mention`` that
    resolution comes to read must be added here and to ``store.corpus.FORM_COLS`` (same order).
    """

    name: str
    kind: str
    label: str | None
    kb_id: str | None
    local_key: str | None
    role: str | None
    affiliation: str | None
    affiliation_kb: str | None
    pronoun: bool


class UnionFind:
    """Union-find with path halving; every union keeps its evidence.

    n (int): the number of nodes.
    nodes (list[Node] | None): when given, a union of two nodes with one key keeps no evidence: the
        merges table records only unions of different names (``actors._evidence``), and nearly all
        unions join one name's nodes (52,196 of 52,227 on a 2,000-article corpus; at 100,000 articles
        millions of tuples and reason lists held to the end of resolution). Keys are compared when
        the union is made: nodes are not re-keyed once the union-find exists.
    """

    def __init__(self, n: int, nodes: list[Node] | None = None):
        self.parent = list(range(n))
        self.evidence: list[tuple[int, int, float, list[str]]] = []
        self._nodes = nodes

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
        if self._nodes is None or self._nodes[a].key != self._nodes[b].key:
            self.evidence.append((a, b, score, reasons))
        return True


def _nodes(mentions: Iterable[Mention]) -> list[Node]:
    # a name used as a location and the same name used as an actor are kept apart until the corpus decides
    by_key: dict[tuple[str, str, bool], Node] = {}
    for m in mentions:
        key = m.local_key or m.name
        at = (m.doc, key, m.kind == "place")
        node = by_key.get(at)
        if node is None:
            node = by_key[at] = Node(m.doc, key, place=at[2])
        node.mentions.append(m)
    return list(by_key.values())


def store_nodes(store) -> list[Node]:
    """The nodes of every mention in a store, as ``_nodes`` makes them from ``Store.mentions()``.

    Each distinct mention form is one ``MentionForm`` object that every node holding a mention of
    that form refers to (``store.corpus.mention_forms``): 8 bytes a mention instead of a Mention.
    store (Store): an open store.
    RETURNS (list[Node]): nodes in the order of their first mention (document, offsets).
    """
    from ..store.corpus import mention_forms

    out: list[Node] = []
    with store.hold() as con:         # the form numbers are a temporary table of this connection
        forms, rows = mention_forms(con)
        forms = [MentionForm(*f) for f in forms]
        keys = [(f.local_key or f.name, f.kind == "place") for f in forms]
        by_key: dict[tuple[str, bool], Node] = {}
        last_doc = None
        for doc, k in rows:
            if doc != last_doc:
                by_key.clear()        # mentions come document by document: only one document's keys are held
                last_doc = doc
            key, place = keys[k]
            node = by_key.get((key, place))
            if node is None:
                node = by_key[key, place] = Node(doc, key, place=place)
                out.append(node)
            node.mentions.append(forms[k])
    return out


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
    # one string per distinct signature (about one per 50 nodes), not a new string per node
    distinct: dict[str, str] = {}
    sigs = [distinct.setdefault(s, s) for s in map(_signature, nodes)]
    del distinct
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
