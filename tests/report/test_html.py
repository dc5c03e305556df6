"""The self-contained HTML report: one file, nothing remote, everything escaped."""
from __future__ import annotations

import base64
import hashlib

import pytest
from bs4 import BeautifulSoup

from claimgraph.report import html_report
from claimgraph.report.html import layout_network, layout_timeline
from claimgraph.report.summary import graph, timeline
from claimgraph.store import Store
from tests.web.fixture_store import XSS_NAME


@pytest.fixture(scope="module")
def report(web_store, tmp_path_factory):
    out = tmp_path_factory.mktemp("report") / "report.html"
    with Store(web_store, read_only=True) as store:
        assert html_report(store, out) == out
    return out


@pytest.fixture(scope="module")
def page(report):
    return BeautifulSoup(report.read_text(encoding="utf-8"), "html.parser")


def test_html_report_is_self_contained(page):
    assert not page.find_all("link")
    for tag in page.find_all(True):
        for attr in ("src", "href", "xlink:href"):
            value = str(tag.get(attr, ""))
            assert not value.startswith(("http:", "https:", "//", "javascript:")), tag
    scripts = page.find_all("script")
    assert len(scripts) == 1 and not scripts[0].get("src")
    assert page.find("style").string.strip()


def test_html_report_csp_allows_only_its_own_script(page):
    csp = page.find("meta", attrs={"http-equiv": "Content-Security-Policy"})["content"]
    digest = base64.b64encode(hashlib.sha256(page.find("script").string.encode("utf-8")).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in csp and "default-src 'none'" in csp


def test_html_report_escapes_everything(report, page):
    raw = report.read_text(encoding="utf-8")
    assert "<script>window.__xss" not in raw and "<img" not in raw and "<b>Bold" not in raw
    assert XSS_NAME in page.get_text()


def test_html_report_network_svg(page):
    svg = page.find("svg", class_="network")
    nodes = {g["data-id"] for g in svg.find_all("g", class_="node")}
    assert {"karsland", "port-amsel", "anton-keller", "mira-santos"} <= nodes
    lines = svg.find_all("line")
    assert lines and all(line["data-s"] in nodes and line["data-t"] in nodes for line in lines)
    assert any(line.get("marker-end") == "url(#arrow-material_conflict)" for line in lines)


def test_html_report_contested_and_pairs(page):
    section = page.find(id="contested")
    text = section.get_text(" ", strip=True)
    assert "Karsland jets to Port Amsel" in text and "2 independent origins" in text
    figures = [td.get_text(strip=True) for td in section.select("table.figures td.figure")]
    assert figures == ["8 fighter jets", "14 jets", "8 jets"]
    assert len(section.find_all("div", class_="pair")) == 2


def test_html_report_timeline(page):
    items = [li.find("time").get_text() for li in page.find(id="timeline").find_all("li")]
    assert items == sorted(items) and len(items) == 8
    assert page.find("svg", class_="timeline").find_all("circle")


def test_html_report_on_empty_store(tmp_path):
    path = tmp_path / "empty.duckdb"
    Store(path).close()
    with Store(path, read_only=True) as store:
        out = html_report(store, tmp_path / "r.html")
    text = BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser").get_text()
    assert "No actors yet" in text and "No contradictions found" in text and "No dated events yet" in text


def test_layout_network_is_deterministic_and_in_bounds(web_store):
    with Store(web_store, read_only=True) as store:
        g = graph(store)
    first, second = layout_network(g), layout_network(g)
    assert first == second
    for n in first["nodes"]:
        assert 0 <= n["x"] <= first["width"] and 0 <= n["y"] <= first["height"]


def test_layout_network_single_node():
    out = layout_network({"nodes": [{"id": "a", "name": "A", "kind": None, "mentions": 0}], "edges": []})
    assert len(out["nodes"]) == 1 and out["nodes"][0]["r"] >= 5


def test_layout_timeline_stacks_same_day(web_store):
    with Store(web_store, read_only=True) as store:
        entries = timeline(store)["items"]
    svg = layout_timeline(entries + [dict(entries[0])])
    same = [d for d in svg["dots"] if d["date"] == entries[0]["date"]]
    assert len(same) == 2 and same[0]["y"] != same[1]["y"]
    assert layout_timeline([])["dots"] == []
