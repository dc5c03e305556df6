"""Overview: corpus figures, the actor network, contested events, top actors, outlets."""
from __future__ import annotations

from typing import Any

from fastapi import Query, Request

from ...report import summary
from ..render import open_store, respond


def context(store) -> dict[str, Any]:
    """The overview's data: corpus figures, contested and top events, actors, relations, outlets."""
    return {
        "corpus": summary.corpus(store),
        "contested": summary.contested(store, limit=8),
        "events": summary.events(store, limit=8)["items"],
        "actors": summary.top_actors(store, limit=12),
        "relations": summary.relations(store, limit=12),
        "outlets": summary.outlets(store),
    }


def overview(request: Request):
    """Corpus statistics, contested events, strongest relations, top actors and outlets."""
    with open_store(request) as store:
        return respond(request, "overview.html", context(store))


def graph(request: Request,
          nodes: int = Query(60, ge=1, le=300, description="Most connected actors to include."),
          edges: int = Query(150, ge=0, le=1000, description="Strongest relations to include.")) -> dict[str, Any]:
    """The actor network (nodes: actors; edges: relations by PLOVER type, or co-mentions)."""
    with open_store(request) as store:
        return summary.graph(store, nodes=nodes, edges=edges)
