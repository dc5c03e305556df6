"""The actor graph shared by the GraphML and GEXF exports (networkx writes both).

Nodes are actors (``label`` = name, ``kind``, ``country``, ``mentions``, ``aliases``).
Edges are relations, one per (source, target, mode, PLOVER type), directed:

- ``mode=event``: subject → object of the claims' events (MOBILIZE, ASSAULT, SUPPORT …);
- ``mode=speech``: speaker → the actor the speech act is about (ACCUSE, REQUEST, REJECT …);
- ``mode=affiliation``: a person or institution → its country (``belongs_to``) or
  organisation (``affiliated_with``).

Edge ``weight`` is the number of independent origins behind the relation. For events: the
claims of an event group count the group's ``origins`` (computed by the cross-check), capped by
the distinct origins of the relation's own claims in that group (a group can hold several
relations); a claim outside any group counts its origin (source-chain root, else speaker, else
outlet) once. For speech acts, the
speaker is the origin: each document reporting the act counts once. Edges also carry the claim and
document counts, the first and last date, and how many of their claims were hedged or denied.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from .common import ActorIndex, Scope, claim_date, country_code, origin_key, speech_target, speech_type


@dataclass
class _Relation:
    claims: list[str] = field(default_factory=list)
    documents: set[str] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)
    groups: dict[str, set[str]] = field(default_factory=dict)   # group id → origin keys of its claims here
    origins: set[str] = field(default_factory=set)              # origin keys of ungrouped claims
    hedged: int = 0
    denied: int = 0


def _clean(attrs: dict[str, Any]) -> dict[str, Any]:
    """Drop empty values: GraphML and GEXF have no null."""
    return {k: v for k, v in attrs.items() if v is not None and v != ""}


def build_graph(scope: Scope, *, spells: bool = False) -> nx.MultiDiGraph:
    """The actor graph of a scope.

    scope (Scope): what to export.
    spells (bool): add GEXF time spells (one per date the relation is reported for).
    RETURNS (nx.MultiDiGraph): nodes keyed by actor id, edges keyed ``mode:type``.
    """
    actors = ActorIndex(scope.actors())
    docs = {d.id: d for d in scope.documents()}
    groups = {e.id: e for e in scope.events()}
    claim_group = {cid: gid for cid, gid in scope.claim_groups() if gid}
    for e in groups.values():
        for cid in e.claims:
            claim_group.setdefault(cid, e.id)

    graph = nx.MultiDiGraph()
    for a in actors.by_id.values():
        country = actors.country(a.id)
        graph.add_node(a.id, **_clean({
            "label": a.name, "kind": a.kind, "country": country.id if country else None,
            "country_name": country.name if country else None, "country_code": (country_code(country) or "").upper(),
            "mentions": int(a.mentions or 0), "aliases": "; ".join(a.aliases), "roles": "; ".join(a.roles),
            "affiliation": a.affiliation}))

    relations: dict[tuple[str, str, str, str], _Relation] = {}
    for c in scope.claims():
        d = docs.get(c.doc)
        published = d.published if d else None
        pairs = []
        if c.event.type and c.event.subject and c.event.object:
            pairs.append((c.event.subject, c.event.object, "event", c.event.type, claim_date(c, published)))
        act = speech_type(c)
        target = speech_target(c)[0]
        if act and c.speaker and target and target != c.speaker:
            pairs.append((c.speaker, target, "speech", act, published or c.event.date))
        for source, target, mode, kind, date in pairs:
            if source == target:
                continue
            rel = relations.setdefault((source, target, mode, kind), _Relation())
            rel.claims.append(c.id)
            rel.documents.add(c.doc)
            if date:
                rel.dates.add(date)
            gid = claim_group.get(c.id)
            if mode == "speech":
                # the speaker is the origin of its own words: each report of them counts once
                rel.origins.add("doc:" + c.doc)
            elif gid and groups.get(gid) and groups[gid].origins:
                rel.groups.setdefault(gid, set()).add(origin_key(c, d.outlet if d else None))
            else:
                rel.origins.add(origin_key(c, d.outlet if d else None))
            rel.hedged += bool(c.hedged)
            rel.denied += c.stance == "denies"

    for (source, target, mode, kind), rel in relations.items():
        for node in (source, target):
            if node not in graph:  # an id no actor row holds: keep the edge, mark the node
                graph.add_node(node, label=node, kind="other", mentions=0)
        # a group's origins, as the cross-check counted them, but never more than the
        # relation's own claims in it have: a group may hold several relations
        weight = sum(min(groups[g].origins, len(keys)) for g, keys in rel.groups.items()) + len(rel.origins)
        dates = sorted(rel.dates)
        attrs = _clean({
            "id": f"{source}->{target}:{mode}:{kind}", "label": kind, "plover": kind, "mode": mode,
            "weight": weight, "origins": weight, "claims": len(rel.claims), "documents": len(rel.documents),
            "first_date": dates[0] if dates else None, "last_date": dates[-1] if dates else None,
            "hedged": rel.hedged, "denied": rel.denied, "claim_ids": "; ".join(rel.claims),
            "event_groups": "; ".join(sorted(rel.groups))})
        if spells and dates:
            attrs["spells"] = [(day, day) for day in dates]
        graph.add_edge(source, target, key=f"{mode}:{kind}", **attrs)

    for a in actors.by_id.values():
        for other, label in ((a.country, "belongs_to"), (a.affiliation, "affiliated_with")):
            if other and other != a.id and other in graph and a.kind != "country":
                graph.add_edge(a.id, other, key=f"affiliation:{label}", id=f"{a.id}->{other}:affiliation:{label}",
                               label=label, mode="affiliation", weight=1)
    return graph
