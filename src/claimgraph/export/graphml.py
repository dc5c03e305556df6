"""GraphML: the actor graph (``graph.py``) for yEd, Gephi, Cytoscape and Maltego.

Nodes carry ``label`` (the actor's name), ``kind``, ``country``, ``mentions``, ``aliases``;
edges carry ``label``/``plover`` (the PLOVER type), ``mode``, ``weight`` (independent
origins), ``claims``, ``documents``, ``first_date`` and ``last_date``. In yEd, map ``label``
to the node and edge labels with Edit → Properties Mapper.
"""
from __future__ import annotations

from typing import IO

import networkx as nx

from .common import Exporter
from .graph import build_graph


class GraphmlExporter(Exporter):
    """The actor graph as GraphML (XML)."""

    name = "graphml"
    binary = True

    def write(self, out: IO[bytes]) -> None:
        nx.write_graphml(build_graph(self.scope), out, encoding="utf-8", prettyprint=True, named_key_ids=True)
