"""GEXF: the actor graph (``graph.py``) for Gephi, with time spells.

Each edge has one spell per date its relation is reported for (the event's date, else the
article's), so Gephi's timeline shows when relations appear. Nodes are static.
"""
from __future__ import annotations

from typing import IO

import networkx as nx

from .common import Exporter
from .graph import build_graph


class GexfExporter(Exporter):
    """The actor graph as GEXF 1.2 (dynamic when dates are known)."""

    name = "gexf"
    binary = True

    def write(self, out: IO[bytes]) -> None:
        nx.write_gexf(build_graph(self.scope, spells=True), out, encoding="utf-8", prettyprint=True)
