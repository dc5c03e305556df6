"""Filters and scope shared by every format (export/common.py, export/__init__.py)."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import networkx as nx
import pytest

from claimgraph.errors import ExportError
from claimgraph.export import EXPORTERS, Filters, Scope
from claimgraph.export.common import claim_passes, match_actor_ids
from claimgraph.export.json import build_export
from claimgraph.store import Store
from tests.export.store_builder import claim_id, run_export

# filters and the claims (by key) they keep in the small store, worked out by hand
FILTER_CASES = [
    ({}, ["c1", "c2", "c3", "c4", "c5", "c6", "c7"]),
    ({"actor": "france"}, ["c2", "c6"]),
    ({"actor": "NLF"}, ["c1", "c2", "c3", "c7"]),                 # by alias, any case
    ({"actor": "northern liberation front"}, ["c1", "c2", "c3", "c7"]),
    ({"actor": "nobody at all"}, []),
    ({"type": "ASSAULT"}, ["c1", "c3", "c7"]),
    ({"type": "request"}, ["c4"]),                                # speech act, any case
    ({"since": "2023-04-01"}, ["c6", "c7"]),                     # c7 has no event date: the article's
    ({"since": "2023-04"}, ["c6", "c7"]),
    ({"until": "2023-03-05"}, ["c1", "c2", "c3"]),               # c3: event date, not the 03-10 article
    ({"until": "2023-03"}, ["c1", "c2", "c3", "c4", "c5"]),
    ({"since": "2023", "until": "2023"}, ["c1", "c2", "c3", "c4", "c5", "c6", "c7"]),
    ({"outlet": "coastal herald"}, ["c3", "c4", "c5"]),
    ({"outlet": "Sahel Wire", "type": "ASSAULT"}, ["c1", "c7"]),
    ({"actor": "mali", "until": "2023-03-31"}, ["c1", "c3", "c4"]),
]


def _keys(ids) -> list[str]:
    return sorted(i.rsplit(":", 1)[1] for i in ids)


@pytest.mark.parametrize("filters,expected", FILTER_CASES)
def test_common_scope_keeps_filtered_claims(export_store, filters, expected):
    with Store(export_store, read_only=True) as store:
        scope = Scope(store, Filters(**filters).normalized())
        assert _keys(c.id for c in scope.claims()) == expected


@pytest.mark.parametrize("filters,expected", FILTER_CASES)
def test_common_sql_filters_agree_with_claim_passes(export_store, filters, expected):
    with Store(export_store, read_only=True) as store:
        f = Filters(**filters).normalized()
        meta = {d.id: {"outlet": d.outlet, "published": d.published} for d in store.documents(with_text=False)}
        ids = match_actor_ids(store, f.actor)
        reference = [c.id for c in store.claims() if claim_passes(c, f, meta, ids)]
        assert [c.id for c in Scope(store, f).claims()] == reference


def test_common_scope_reaches_documents_actors_links_events(export_store):
    with Store(export_store, read_only=True) as store:
        scope = Scope(store, Filters(actor="france").normalized())
        assert {d.id for d in scope.documents()} == {"dsmall0000000001", "dsmall0000000003"}
        # c2: niger (speaker), france, nlf, sahel-wire (via, through its mention); c6: niger;
        # nlf's country mali comes along so no reference dangles
        assert {a.id for a in scope.actors()} == {"france", "niger", "nlf", "sahel-wire", "mali"}
        assert list(scope.links()) == []           # l3 needs c4, which is not kept
        assert list(scope.events()) == []
        assert list(scope.errors()) == []          # ingest errors belong to no claim
        scope = Scope(store, Filters(type="ASSAULT").normalized())
        assert {l.id for l in scope.links()} == {"l1", "l2"}
        assert [e.id for e in scope.events()] == ["e1"]
        assert [m.actor for m in scope.merges()] == ["nlf"]


def test_common_unfiltered_scope_is_the_whole_store(export_store):
    with Store(export_store, read_only=True) as store:
        data = build_export(store, Filters())
        counts = store.counts()
    assert len(data["documents"]) == counts["documents"] == 4
    assert len(data["actors"]) == counts["actors"] == 9
    assert len(data["claims"]) == counts["claims"] == 7
    assert len(data["links"]) == 3 and len(data["events"]) == 1
    assert len(data["merges"]) == 1 and len(data["errors"]) == 1


def test_common_via_actor_comes_from_its_mention(export_store):
    with Store(export_store, read_only=True) as store:
        c2 = next(c for c in Scope(store, Filters()).claims() if c.id == claim_id("c2"))
    assert [(v.name, v.actor) for v in c2.via] == [("a report", None), ("Sahel Wire", "sahel-wire")]


@pytest.mark.parametrize("value", ["March 2023", "2023-3-1", "yesterday", "20230301"])
def test_common_bad_date_filter_is_a_coded_error(export_store, value, tmp_path):
    with pytest.raises(ExportError, match=r"\[E012\]"):
        run_export(export_store, "json", tmp_path / "x.json", since=value)


def test_common_unknown_format_and_stdout_only_formats(export_store):
    with pytest.raises(ExportError, match=r"\[E005\]"):
        run_export(export_store, "xlsx")
    with pytest.raises(ExportError, match=r"\[E011\]"):
        run_export(export_store, "parquet", None)


# -- every format honours the filters ------------------------------------------------------------
def _claims_json(out: Path) -> set[str]:
    return {c["id"] for c in json.loads(out.read_text())["claims"]}


def _claims_jsonl(out: Path) -> set[str]:
    return {r["id"] for r in map(json.loads, out.read_text().splitlines()) if r["table"] == "claims"}


def _claims_csv(out: Path) -> set[str]:
    with open(out / "claims.csv", newline="", encoding="utf-8") as f:
        return {r["id"] for r in csv.DictReader(f)}


def _claims_parquet(out: Path) -> set[str]:
    return {r[0] for r in duckdb.sql(f"SELECT id FROM '{out / 'claims.parquet'}'").fetchall()}


def _claims_ftm(out: Path) -> set[str]:
    entities = [json.loads(line) for line in out.read_text().splitlines()]
    return {e["properties"]["recordId"][0] for e in entities if e["id"].startswith("claimgraph-claim-")}


def _claims_graph(read):
    def claims(out: Path) -> set[str]:
        graph = read(out)
        return {cid for _, _, d in graph.edges(data=True) for cid in d.get("claim_ids", "").split("; ") if cid}
    return claims


CLAIMS_IN = {
    "json": (_claims_json, "out.json"), "jsonl": (_claims_jsonl, "out.jsonl"), "csv": (_claims_csv, "csvdir"),
    "parquet": (_claims_parquet, "pqdir"), "ftm": (_claims_ftm, "out.ftm.json"),
    "graphml": (_claims_graph(nx.read_graphml), "out.graphml"), "gexf": (_claims_graph(nx.read_gexf), "out.gexf"),
}
# claims that make a graph edge: a typed event between two actors, or a typed speech act about one
GRAPH_CLAIMS = {"c1", "c2", "c3", "c4", "c6", "c7"}


def test_common_every_format_is_tested_for_filters():
    assert set(CLAIMS_IN) == set(EXPORTERS)


@pytest.mark.parametrize("fmt", sorted(CLAIMS_IN))
@pytest.mark.parametrize("filters,expected", [FILTER_CASES[i] for i in (0, 1, 5, 7, 12)])
def test_common_filters_work_in_every_format(export_store, tmp_path, fmt, filters, expected):
    read, name = CLAIMS_IN[fmt]
    run_export(export_store, fmt, tmp_path / name, **filters)
    expected = set(expected) & GRAPH_CLAIMS if fmt in ("graphml", "gexf") else set(expected)
    assert _keys(read(tmp_path / name)) == sorted(expected)


@pytest.mark.model
def test_common_libya_store_exports_every_format(libya_store, tmp_path):
    """The real sample corpus through every format: the counts agree with the JSON contract."""
    from tests.export.test_ftm import ftm_errors

    run_export(libya_store, "json", tmp_path / "e.json")
    contract = json.loads((tmp_path / "e.json").read_text())
    n_claims, n_actors = len(contract["claims"]), len(contract["actors"])
    assert n_claims > 0 and n_actors > 0
    run_export(libya_store, "jsonl", tmp_path / "e.jsonl")
    lines = [json.loads(line) for line in (tmp_path / "e.jsonl").read_text().splitlines()]
    assert [r for r in lines if r.pop("table") == "claims"] == contract["claims"]
    run_export(libya_store, "csv", tmp_path / "csv")
    assert duckdb.sql(f"SELECT count(*) FROM read_csv('{tmp_path / 'csv' / 'claims.csv'}')").fetchall()[0][0] == n_claims
    run_export(libya_store, "parquet", tmp_path / "pq")
    assert duckdb.sql(f"SELECT count(*) FROM '{tmp_path / 'pq' / 'actors.parquet'}'").fetchall()[0][0] == n_actors
    for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        run_export(libya_store, fmt, tmp_path / f"e.{fmt}")
        assert read(tmp_path / f"e.{fmt}").number_of_nodes() >= n_actors
    run_export(libya_store, "ftm", tmp_path / "e.ftm.json")
    entities = [json.loads(line) for line in (tmp_path / "e.ftm.json").read_text().splitlines()]
    assert ftm_errors(entities) == []
    assert sum(e["schema"] == "Article" for e in entities) == len(contract["documents"])


@pytest.mark.parametrize("fmt,name", [("json", "o.json"), ("jsonl", "o.jsonl"), ("csv", "csvdir"),
                                      ("graphml", "o.graphml"), ("gexf", "o.gexf"), ("ftm", "o.ftm.json"),
                                      ("parquet", "pqdir")])
def test_common_cli_writes_every_format(export_store, tmp_path, fmt, name):
    from typer.testing import CliRunner

    from claimgraph.cli.main import app

    result = CliRunner().invoke(app, ["export", "--store", str(export_store), "--format", fmt,
                                      "--output", str(tmp_path / name), "--type", "ASSAULT"])
    assert result.exit_code == 0, result.output
    assert _keys(CLAIMS_IN[fmt][0](tmp_path / name)) == ["c1", "c3", "c7"]


def test_common_cli_bad_filter_exits_with_the_coded_error(export_store):
    from typer.testing import CliRunner

    from claimgraph.cli.main import app

    result = CliRunner().invoke(app, ["export", "--store", str(export_store), "--until", "next week"])
    assert result.exit_code == 1
    assert "E012" in result.output
