"""GraphML export (export/graphml.py, export/graph.py): loads in networkx with the expected graph."""
from __future__ import annotations

import networkx as nx
import pytest

from tests.export.store_builder import ACTORS, run_export

# (source, target, key) → weight: independent origins, worked out by hand for the small store
EXPECTED_EDGES = {
    ("nlf", "mali", "event:ASSAULT"): 2,          # event group e1: 3 claims, 2 origins
    ("france", "nlf", "event:AID"): 1,            # ungrouped: one source-chain root (Sahel Wire)
    ("mali", "niger", "event:CONSULT"): 1,
    ("france", "niger", "event:MOBILIZE"): 1,
    ("niger", "france", "speech:ACCUSE"): 1,
    ("nlf", "mali", "speech:REJECT"): 1,
    ("ecowas", "mali", "speech:REQUEST"): 1,
    ("nlf", "mali", "affiliation:belongs_to"): 1,
    ("amadou-kone", "mali", "affiliation:belongs_to"): 1,
    ("amadou-kone", "nlf", "affiliation:affiliated_with"): 1,
    ("idrissa-bamba", "niger", "affiliation:belongs_to"): 1,
    ("gao", "mali", "affiliation:belongs_to"): 1,
}


@pytest.fixture(scope="module")
def graph(export_store, tmp_path_factory):
    out = tmp_path_factory.mktemp("graphml") / "out.graphml"
    run_export(export_store, "graphml", out)
    return nx.read_graphml(out, force_multigraph=True)


def test_graphml_loads_with_actors_as_nodes(graph):
    assert isinstance(graph, nx.MultiDiGraph)
    assert set(graph.nodes) == {a.id for a in ACTORS}
    kone = graph.nodes["amadou-kone"]
    assert (kone["label"], kone["kind"], kone["country"], kone["mentions"]) == ("Amadou Kone", "person", "mali", 2)
    assert graph.nodes["nlf"]["aliases"] == "Northern Liberation Front; NLF; the front"
    assert graph.nodes["mali"]["country_code"] == "ML"


def test_graphml_edges_are_relations_weighted_by_origins(graph):
    edges = {(u, v, k): d for u, v, k, d in graph.edges(keys=True, data=True)}
    assert {e: d["weight"] for e, d in edges.items()} == EXPECTED_EDGES


def test_graphml_edge_attributes(graph):
    assault = graph.edges["nlf", "mali", "event:ASSAULT"]
    assert (assault["plover"], assault["mode"], assault["claims"], assault["documents"]) == ("ASSAULT", "event", 3, 3)
    assert (assault["first_date"], assault["last_date"]) == ("2023-03-02", "2023-04-20")
    assert (assault["denied"], assault["event_groups"]) == (1, "e1")
    mobilize = graph.edges["france", "niger", "event:MOBILIZE"]
    assert mobilize["hedged"] == 1


def test_graphml_filter_keeps_only_touched_actors(export_store, tmp_path):
    run_export(export_store, "graphml", tmp_path / "f.graphml", type="CONSULT")
    graph = nx.read_graphml(tmp_path / "f.graphml", force_multigraph=True)
    # c4: ECOWAS (speaker) urges Mali and Niger (subject, object) to talk
    assert set(graph.nodes) == {"ecowas", "mali", "niger"}
    assert {(u, v, k) for u, v, k in graph.edges(keys=True)} == {
        ("mali", "niger", "event:CONSULT"), ("ecowas", "mali", "speech:REQUEST")}
