"""GEXF export (export/gexf.py): loads in networkx, with time spells for Gephi's timeline."""
from __future__ import annotations

import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from tests.export.store_builder import ACTORS, run_export
from tests.export.test_graphml import EXPECTED_EDGES


@pytest.fixture(scope="module")
def gexf_path(export_store, tmp_path_factory):
    out = tmp_path_factory.mktemp("gexf") / "out.gexf"
    run_export(export_store, "gexf", out)
    return out


def test_gexf_loads_with_expected_nodes_and_edges(gexf_path):
    graph = nx.read_gexf(gexf_path)
    assert isinstance(graph, nx.MultiDiGraph)
    assert set(graph.nodes) == {a.id for a in ACTORS}
    assert graph.nodes["nlf"]["label"] == "Northern Liberation Front"
    assert graph.nodes["nlf"]["kind"] == "armed_group"
    edges = {(u, v, k): d["weight"] for u, v, k, d in graph.edges(keys=True, data=True)}
    assert edges == EXPECTED_EDGES


def test_gexf_edges_carry_time_spells(gexf_path):
    graph = nx.read_gexf(gexf_path)
    assert graph.edges["nlf", "mali", "event:ASSAULT"]["spells"] == [
        ("2023-03-02", "2023-03-02"), ("2023-04-20", "2023-04-20")]
    assert graph.edges["france", "niger", "event:MOBILIZE"]["spells"] == [("2023-04-20", "2023-04-20")]
    # affiliations have no date: always present
    assert "spells" not in graph.edges["amadou-kone", "nlf", "affiliation:affiliated_with"]


def test_gexf_is_a_dynamic_graph_with_unique_edge_ids(gexf_path):
    root = ET.parse(gexf_path).getroot()
    ns = {"g": root.tag.split("}")[0].strip("{")}
    g = root.find("g:graph", ns)
    assert (g.get("mode"), g.get("timeformat"), g.get("defaultedgetype")) == ("dynamic", "date", "directed")
    ids = [e.get("id") for e in root.iter(f"{{{ns['g']}}}edge")]
    assert len(ids) == len(set(ids)) == len(EXPECTED_EDGES)
    # the edge's XML "type" is GEXF's directed/undirected, never a PLOVER type
    assert all(e.get("type") in (None, "directed") for e in root.iter(f"{{{ns['g']}}}edge"))


def test_gexf_filter_by_date(export_store, tmp_path):
    run_export(export_store, "gexf", tmp_path / "f.gexf", since="2023-04-01")
    graph = nx.read_gexf(tmp_path / "f.gexf")
    # c6 (France → Niger, MOBILIZE) and c7 (front → Mali, ASSAULT) remain
    relations = {(u, v, k) for u, v, k, d in graph.edges(keys=True, data=True) if d["mode"] != "affiliation"}
    assert relations == {("france", "niger", "event:MOBILIZE"), ("nlf", "mali", "event:ASSAULT")}
    # its group counts 2 origins, but only one of the group's claims (c7) is left
    assert graph.edges["nlf", "mali", "event:ASSAULT"]["weight"] == 1
