"""Read-side queries and summaries shared by the reports and the web UI."""
from __future__ import annotations

import pytest

from claimgraph.report import queries, summary
from claimgraph.store import Store


@pytest.mark.parametrize("q,expected", [
    ({"value": 8, "unit": "jets", "bound": "exact"}, "8 jets"),
    ({"value": 58, "unit": "people killed", "bound": "at_least"}, "at least 58 people killed"),
    ({"value": 1200, "unit": "mercenaries", "bound": "approx"}, "about 1,200 mercenaries"),
    ({"value": 20, "low": 10, "high": 30, "unit": "drones", "bound": "range"}, "10–30 drones"),
    ({"value": 100, "unit": "fighters", "bound": "vague", "text": "hundreds of fighters"}, "hundreds of fighters"),
    ({"value": 8, "unit": "jets", "parts": [{"value": 6, "unit": "MiG-29s"}, {"value": 2, "unit": "Su-24s"}]},
     "8 jets (6 MiG-29s + 2 Su-24s)"),
    ({"value": 2.5, "unit": "km"}, "2.5 km"),
    ({"value": None, "unit": "x"}, None),
    (None, None),
])
def test_format_quantity(q, expected):
    assert queries.format_quantity(q) == expected


@pytest.mark.parametrize("text,pattern", [("a%b", "%a\\%b%"), ("x_y", "%x\\_y%"), ("c\\d", "%c\\\\d%")])
def test_like_pattern_escapes_wildcards(text, pattern):
    assert queries.like_pattern(text) == pattern


def test_claim_filter_to_dict_keeps_false_hedged():
    assert queries.ClaimFilter(hedged=False).to_dict() == {"hedged": False}
    assert queries.ClaimFilter().to_dict() == {}


def test_summary_on_fixture(web_store):
    with Store(web_store, read_only=True) as store:
        corpus = summary.corpus(store)
        assert corpus["typed"] == 9 and corpus["merges"] == 3
        rels = summary.relations(store)
        assert rels[0]["source"]["id"] == "karsland" and rels[0]["documents"] == 3
        assert all(r["type"] != "REJECT" for r in rels)  # denials are not aimed at their subject
        assert summary.relations(store, actor="mira-santos")[0]["source"]["id"] == "anton-keller"
        events = summary.events(store, contested=True)
        assert events["total"] == 1 and events["items"][0]["contradictions"] == 2
        assert summary.events(store, q="shield")["items"][0]["id"] == "e2"
        assert summary.event_title({"id": "e9", "subject": {"name": "A"}, "type": "AID", "object": None}) == "A AID"


def test_graph_falls_back_to_co_mentions(tmp_path, web_store):
    import shutil

    path = tmp_path / "untyped.duckdb"
    shutil.copy(web_store, path)
    with Store(path) as st:
        st.con.execute("UPDATE claims SET event_type = NULL, speech_type = NULL")
    with Store(path, read_only=True) as store:
        g = summary.graph(store)
    assert g["mode"] == "co-mentions" and g["edges"]
    assert all(e["type"] is None for e in g["edges"])
