"""The JSON API, in-process (FastAPI TestClient) over the hand-built fixture store."""
from __future__ import annotations

import shutil
import warnings
from urllib.parse import quote

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from claimgraph.web.app import create_app
from tests.web.fixture_store import RTL_ALIAS, XSS_NAME


@pytest.fixture(scope="module")
def client(web_store):
    with TestClient(create_app(web_store)) as c:
        yield c


def get(client, path, status=200):
    r = client.get(path)
    assert r.status_code == status, (path, r.status_code, r.text[:300])
    return r.json()


def claim_ids(client):
    return [c["id"] for c in get(client, "/api/claims?limit=200")["items"]]


def test_api_overview_counts(client):
    data = get(client, "/api/overview")
    c = data["corpus"]
    assert (c["analysed"], c["duplicates"], c["not_analysed"]) == (4, 1, 1)
    assert (c["contradictions"], c["agreements"], c["updates"]) == (2, 1, 1)
    assert [e["id"] for e in data["contested"]] == ["e1"]
    assert {f["figure"] for f in data["contested"][0]["figures"]} == {"8 fighter jets", "14 jets", "8 jets"}


def test_api_actor_aliases_merges_and_relations(client):
    data = get(client, "/api/actors/anton-keller")
    a = data["actor"]
    assert a["country"]["id"] == "karsland" and a["country"]["name"] == "Karsland"
    assert set(a["roles"]) == {"defence minister", "defense minister"}
    counts = {x["text"]: x["mentions"] for x in data["aliases"]}
    assert counts == {"Anton Keller": 1, "Antón Keller": 1, "Keller": 1}
    assert {(m["a"], m["b"]) for m in data["merges"]} == {("Anton Keller", "Antón Keller"), ("Anton Keller", "Keller")}
    assert all(m["reasons"] for m in data["merges"])
    assert [(r["type"], r["target"]["id"]) for r in data["outgoing"]] == [("CONSULT", "mira-santos")]
    assert data["claims_by"]["total"] == 2
    assert {c["speaker"]["id"] for c in data["claims_by"]["items"]} == {"anton-keller"}


def test_api_actor_members(client):
    members = {m["id"] for m in get(client, "/api/actors/veyra")["members"]}
    assert members == {"ruslan-ostrow", "mira-santos", "port-amsel"}


def test_api_event_links_figures_origins(client):
    data = get(client, "/api/events/e1")
    e = data["event"]
    assert (e["origins"], e["documents"], e["grade"]) == (2, 3, "possibly true")
    assert len(data["claims"]) == 4
    assert len(data["links"]["contradicts"]) == 2 and len(data["links"]["corroborates"]) == 1
    pair = data["links"]["contradicts"][0]
    assert pair["a"]["figure"] and pair["b"]["text"] and pair["reason"]
    for c in data["claims"]:
        ctx = c["context"]
        assert ctx["claim_pre"] + ctx["content"] + ctx["claim_post"] == c["text"]
    figures = sorted(f["quantity"]["value"] for f in data["figures"])
    assert figures == [8, 8, 14]


def test_api_claim_source_chain_and_related(client):
    jets8 = next(c for c in get(client, "/api/claims?type=MOBILIZE&outlet=Coastline%20Herald")["items"]
                 if c["figure"] == "8 fighter jets")
    assert jets8["speaker"]["id"] == "united-nations"
    assert [(v["name"], v["actor"]["id"]) for v in jets8["via"]] == [("Ledger Wire", "ledger-wire")]
    data = get(client, f"/api/claims/{quote(jets8['id'], safe='')}")
    assert sorted(r["kind"] for r in data["related"]) == ["contradicts", "contradicts", "corroborates"]
    assert data["event"]["id"] == "e1"


@pytest.mark.parametrize("query,check", [
    ("outlet=Veyra%20Daily%20News", lambda c: c["outlet"] == "Veyra Daily News"),
    ("type=ASSAULT", lambda c: "ASSAULT" in (c["event"]["type"], c["speech_type"])),
    ("hedged=yes", lambda c: c["hedged"]),
    ("hedged=no", lambda c: not c["hedged"]),
    ("stance=denies", lambda c: c["stance"] == "denies"),
    ("actor=karsland", lambda c: "karsland" in {(c["speaker"] or {}).get("id"), (c["event"]["subject"] or {}).get("id"),
                                                (c["event"]["object"] or {}).get("id")}),
    ("subject=karsland&object=port-amsel", lambda c: c["event"]["subject"]["id"] == "karsland"
     and c["event"]["object"]["id"] == "port-amsel"),
    ("date_from=2024-03-01&date_to=2024-03-05",
     lambda c: "2024-03-01" <= (c["event"]["date"] or c["published"]) <= "2024-03-05"),
    ("q=toll", lambda c: "toll" in c["text"].lower()),
])
def test_api_claims_filter(client, query, check):
    data = get(client, f"/api/claims?{query}")
    assert data["items"], query
    assert data["total"] == len(data["items"])
    assert all(check(c) for c in data["items"]), query
    assert data["total"] < len(claim_ids(client))


def test_api_claims_paging(client):
    everything = claim_ids(client)
    pages = [c["id"] for off in range(0, len(everything), 5)
             for c in get(client, f"/api/claims?limit=5&offset={off}")["items"]]
    assert pages == everything and len(set(everything)) == len(everything) == 12


def test_api_document_offsets_point_into_text(client):
    docs = get(client, "/api/documents")["items"]
    assert len(docs) == 6
    for d in docs:
        data = get(client, f"/api/documents/{d['id']}")
        text = data["document"]["text"]
        for m in data["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
        for c in data["claims"]:
            assert text[c["start"]:c["end"]] == c["text"]
        for s in data["signals"]:
            assert text[s["start"]:s["end"]] == s["text"]


def test_api_document_duplicate_points_to_original(client):
    dup = next(d for d in get(client, "/api/documents")["items"] if d["status"] == "duplicate")
    data = get(client, f"/api/documents/{dup['id']}")
    assert data["original"]["id"] == dup["duplicate_of"]
    original = get(client, f"/api/documents/{dup['duplicate_of']}")
    assert [c["id"] for c in original["copies"]] == [dup["id"]]


def test_api_raw_text_is_plain_text(client):
    xss = next(d for d in get(client, "/api/documents")["items"] if d["outlet"] == "<b>Bold</b> Outlet")
    r = client.get(f"/documents/{xss['id']}/raw")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain")
    assert "<script>" in r.text and "sandbox" in r.headers["content-security-policy"]


def test_api_timeline_is_in_date_order(client):
    data = get(client, "/api/timeline")
    dates = [e["date"] for e in data["items"]]
    assert dates == sorted(dates) and len(dates) == data["total"] > 0
    assert {e["dated_by"] for e in data["items"]} == {"event", "published"}
    assert get(client, "/api/timeline?type=CONSULT")["items"][0]["event"]["id"] == "e3"


@pytest.mark.parametrize("q,kind,expected", [
    ("Antón", "actors", "anton-keller"),
    (RTL_ALIAS[:4], "actors", "coast-front"),
    ("shield", "actors", "northern-shield-brigade"),
    ("jets to port", "events", "e1"),
    ("ceasefire", "claims", None),
    ("markup in a headline", "documents", None),
    ("100%", "claims", "nothing"),
])
def test_api_search(client, q, kind, expected):
    data = get(client, f"/api/search?q={quote(q)}")
    found = data[kind]
    if expected == "nothing":
        assert found == []  # % is taken literally, not as a wildcard
    else:
        assert found, (q, kind)
        if expected:
            assert found[0]["id"] == expected


def test_api_search_empty_query(client):
    assert get(client, "/api/search?q=%20%20")["actors"] == []


def test_api_graph_edges_join_listed_nodes(client):
    g = get(client, "/api/graph")
    assert g["mode"] == "relations"
    ids = {n["id"] for n in g["nodes"]}
    assert g["edges"] and all(e["source"] in ids and e["target"] in ids for e in g["edges"])
    mobilize = next(e for e in g["edges"] if e["source"] == "karsland" and e["target"] == "port-amsel")
    assert mobilize["type"] == "MOBILIZE" and mobilize["quad"] == "material_conflict" and mobilize["claims"] == 3


def test_api_outlets_signal_rates(client):
    outlets = {o["outlet"]: o for o in get(client, "/api/outlets")["items"]}
    herald = outlets["Coastline Herald"]
    assert herald["hedged"] == 1 and herald["claims"] == 4
    hedging = herald["signals"][0]
    assert hedging["kind"] == "hedging" and hedging["examples"] == ["likely"]
    assert hedging["per_1000_words"] == round(1000 / herald["words"], 2)


@pytest.mark.parametrize("path", [
    "/api/claims?limit=0", "/api/claims?limit=201", "/api/claims?offset=-1", "/api/claims?offset=100001",
    "/api/claims?date_from=yesterday", "/api/claims?type=mobilize", "/api/claims?hedged=maybe",
    "/api/claims?q=" + "x" * 201, "/api/search?q=" + "x" * 201, "/api/actors?kind=wizard",
    "/api/actors/" + "a" * 201, "/api/actors/a%01b", "/api/graph?nodes=0", "/api/graph?edges=5000",
    "/api/claims?stance=maybe", "/api/claims?order=random",
])
def test_api_rejects_bad_parameters(client, path):
    r = client.get(path)
    assert r.status_code == 422, path
    assert isinstance(r.json()["detail"], list)


@pytest.mark.parametrize("path", ["/api/actors/nobody", "/api/events/e999", "/api/claims/dx:c9",
                                  "/api/documents/d0000000000000000", "/documents/d0000000000000000/raw"])
def test_api_not_found(client, path):
    r = client.get(path)
    assert r.status_code == 404
    assert "No " in (r.json()["detail"] if path.startswith("/api/") else r.text)


@pytest.mark.parametrize("path", ["/static/..%2fapp.py", "/static/%2e%2e/render.py", "/static/..%2f..%2fmodel.py",
                                  "/static/%2e%2e%2f%2e%2e%2fpyproject.toml", "/static//etc/passwd"])
def test_static_files_do_not_traverse(client, path):
    r = client.get(path)
    assert r.status_code in (400, 404)
    assert "def " not in r.text and "root:" not in r.text


def test_static_serves_vendored_cytoscape(client):
    r = client.get("/static/cytoscape.min.js")
    assert r.status_code == 200 and "cytoscape" in r.text[:2000].lower()


def test_security_headers(client):
    r = client.get("/")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert r.headers["x-content-type-options"] == "nosniff" and r.headers["x-frame-options"] == "DENY"


def test_openapi_documents_every_api_route(client):
    schema = get(client, "/openapi.json")
    api_paths = {r.path for r in client.app.routes if getattr(r, "path", "").startswith("/api/")}
    assert api_paths <= set(schema["paths"]), api_paths - set(schema["paths"])
    for path, ops in schema["paths"].items():
        op = ops["get"]
        assert op.get("description") or op.get("summary"), path
        for p in op.get("parameters", []):
            assert p.get("description"), (path, p["name"])
    assert not any(p.startswith("/actors") or p == "/" for p in schema["paths"])  # pages stay out of the API


def test_api_docs_page_lists_endpoints(client):
    r = client.get("/api")
    assert r.status_code == 200 and "/api/claims/{claim_id}" in r.text and "date_from" in r.text


def test_xss_strings_come_back_verbatim_in_json(client):
    data = get(client, "/api/actors/xss-unit")
    assert data["actor"]["name"] == XSS_NAME


def test_server_does_not_keep_the_store_open(web_store, tmp_path):
    """Each request opens and closes the store, so a writer can open it between requests."""
    from claimgraph.store import Store

    path = tmp_path / "copy.duckdb"
    shutil.copy(web_store, path)
    with TestClient(create_app(path)) as c:
        for p in ("/", "/api/claims", "/actors/anton-keller", "/events/e1"):
            assert c.get(p).status_code == 200
        with Store(path) as writer:  # read-write, in this very process: fails if a reader is still open
            assert writer.counts()["claims"] == 12
        assert c.get("/api/overview").status_code == 200


def test_missing_store_is_an_error_page(tmp_path):
    with TestClient(create_app(tmp_path / "none.duckdb")) as c:
        r = c.get("/api/overview")
        assert r.status_code == 500 and "E006" in r.json()["detail"]
        assert "E006" in c.get("/").text


def test_trusted_hosts_reject_other_host_headers(web_store):
    with TestClient(create_app(web_store, allowed_hosts=["127.0.0.1", "localhost"]), base_url="http://127.0.0.1") as c:
        assert c.get("/api/overview").status_code == 200
        assert c.get("/api/overview", headers={"host": "attacker.example"}).status_code == 400


@pytest.mark.parametrize("host,expected", [
    ("127.0.0.1", ["127.0.0.1", "::1", "localhost"]),
    ("0.0.0.0", None),
    ("192.168.1.5", ["192.168.1.5", "127.0.0.1", "localhost", "::1"]),
])
def test_serve_allowed_hosts(host, expected):
    from claimgraph.cli.serve import allowed_hosts

    assert allowed_hosts(host) == expected


def test_docs_list_every_route(client):
    """docs/web.md names every page and API route (as datasette's test_docs does for views)."""
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[2] / "docs" / "web.md").read_text(encoding="utf-8")
    paths = {r.path for r in client.app.routes if getattr(r, "methods", None) and "GET" in r.methods
             and r.path not in ("/openapi.json",)}
    import re

    named = {re.sub(r"\{[a-z_]+\}", "{id}", p) for p in paths}
    missing = [p for p in named if f"`{p}`" not in doc and f"`GET {p}`" not in doc and f"`GET {p}?" not in doc]
    assert not missing, missing
