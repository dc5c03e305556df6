"""The HTML pages, in-process (FastAPI TestClient) and parsed with BeautifulSoup."""
from __future__ import annotations

import warnings
from urllib.parse import quote

import pytest
from bs4 import BeautifulSoup

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from claimgraph.web.app import create_app
from claimgraph.web.views.document import segments
from tests.web.fixture_store import LONG_NAME, RTL_ALIAS, XSS_NAME

PAGES = ["/", "/actors", "/actors/anton-keller", "/actors/coast-front", "/actors/xss-unit", "/events",
         "/events?contested=true", "/events/e1", "/events/e4", "/claims", "/claims?hedged=yes&outlet=Coastline+Herald",
         "/timeline", "/timeline?type=ASSAULT", "/outlets", "/documents", "/search?q=jets", "/search?q=%3Cscript%3E",
         "/search", "/api"]


@pytest.fixture(scope="module")
def client(web_store):
    with TestClient(create_app(web_store)) as c:
        yield c


@pytest.fixture(scope="module")
def docs(client):
    return {d["outlet"]: d for d in client.get("/api/documents").json()["items"]}


def soup(client, path, status=200) -> BeautifulSoup:
    r = client.get(path)
    assert r.status_code == status, (path, r.status_code)
    assert r.headers["content-type"].startswith("text/html")
    return BeautifulSoup(r.text, "html.parser")


def element_text(html: str, element_id: str) -> str:
    """The exact text inside the element with this id (BeautifulSoup folds whitespace-only strings)."""
    from html.parser import HTMLParser

    class Collect(HTMLParser):
        depth, parts = 0, []

        def handle_starttag(self, tag, attrs):
            if self.depth or dict(attrs).get("id") == element_id:
                self.depth += 1

        def handle_endtag(self, tag):
            if self.depth:
                self.depth -= 1

        def handle_data(self, data):
            if self.depth:
                self.parts.append(data)

    parser = Collect(convert_charrefs=True)
    parser.parts = []
    parser.feed(html)
    return "".join(parser.parts)


def assert_no_injected_markup(page: BeautifulSoup) -> None:
    """Only our own scripts, no event-handler attributes, no javascript: links."""
    for s in page.find_all("script"):
        assert s.get("src", "").startswith("/static/"), s
        assert not s.string
    for tag in page.find_all(True):
        assert not [a for a in tag.attrs if a.lower().startswith("on")], tag
        for attr in ("href", "src"):
            assert not str(tag.get(attr, "")).lower().startswith("javascript:"), tag
    assert not page.find_all("img")


@pytest.mark.parametrize("path", PAGES)
def test_html_page_renders(client, path):
    page = soup(client, path)
    assert page.title and page.title.string.endswith("claimgraph")
    assert page.find("input", id="q")
    assert_no_injected_markup(page)


def test_html_every_document_renders(client, docs):
    for d in docs.values():
        assert_no_injected_markup(soup(client, f"/documents/{d['id']}"))


def test_html_xss_text_shows_as_text(client, docs):
    page = soup(client, f"/documents/{docs['<b>Bold</b> Outlet']['id']}")
    text = page.find(id="doc-text").get_text()
    assert "<script>window.__xss=1</script>" in text and '<img src=x onerror="window.__xss=2">' in text
    assert page.find("h1").get_text() == "<script>window.__xss=1</script>Markup in a headline"
    assert "javascript:window.__xss=4" in page.get_text()  # shown, never linked
    assert not page.find("b")  # the outlet's <b> is text
    assert XSS_NAME in page.find("aside").get_text()


def test_html_document_text_is_reproduced_exactly(client, docs):
    for d in docs.values():
        html = client.get(f"/documents/{d['id']}").text
        full = client.get(f"/api/documents/{d['id']}").json()["document"]["text"]
        assert element_text(html, "doc-text") == full, d["outlet"]


def test_html_document_marks_mentions_and_claims(client, docs):
    doc_id = docs["Coastline Herald"]["id"]
    data = client.get(f"/api/documents/{doc_id}").json()
    page = soup(client, f"/documents/{doc_id}")
    box = page.find(id="doc-text")
    links = {a.get_text(): a["href"] for a in box.find_all("a", class_="m")}
    assert links["Antón Keller" if "Antón Keller" in links else "Anton Keller"] == "/actors/anton-keller"
    assert links["Ledger Wire"] == "/actors/ledger-wire"
    anchors = {s["id"] for s in box.find_all(attrs={"data-claims": True}) if s.get("id")}
    assert anchors == {f"claim-{c['id']}" for c in data["claims"]}
    assert [s.get_text() for s in box.find_all(class_="sig")] == ["likely"]
    side = page.find("ol", class_="doc-claims")
    assert len(side.find_all("li")) == len(data["claims"])


def test_html_document_links_original_and_raw(client, docs):
    page = soup(client, f"/documents/{docs['Coastline Herald']['id']}")
    hrefs = [a["href"] for a in page.find_all("a")]
    assert "https://herald.example/jets" in hrefs
    assert f"/documents/{docs['Coastline Herald']['id']}/raw" in hrefs
    assert "fixtures/herald-jets.txt" in page.find(class_="source").get_text()


def test_html_event_pairs_side_by_side(client):
    page = soup(client, "/events/e1")
    conflict = page.find("section", class_="conflict")
    pairs = conflict.find_all("div", class_="pair")
    assert len(pairs) == 2
    for pair in pairs:
        assert len(pair.find_all("article", class_="claim")) == 2
        assert pair.find(class_="why").get_text(strip=True)
    assert "different figures: 8 vs 14 jets" in conflict.get_text()
    assert page.find("section", class_="agree") and not page.find("section", class_="update")
    verdict = page.find(class_="verdict").get_text(" ", strip=True)
    assert "2 independent origins" in verdict and "possibly true" in verdict
    contexts = page.find_all("p", class_="in-context")
    assert len(contexts) == 4 and all(p.find("mark") for p in contexts)


def test_html_event_updates_section(client):
    page = soup(client, "/events/e2")
    assert "at least 12 → 19" in page.find("section", class_="update").get_text()


def test_html_actor_page(client):
    page = soup(client, "/actors/anton-keller")
    assert page.find("h1").get_text() == "Anton Keller"
    spellings = page.find(id="h-aliases").find_parent("section").get_text()
    assert "Antón Keller" in spellings and "same role: defence minister" in spellings
    assert page.find("a", href="/actors/karsland")
    assert page.find("a", href="/events/e3")


def test_html_rtl_and_long_names_are_marked_dir_auto(client):
    page = soup(client, "/actors/coast-front")
    cells = [td for td in page.find_all("td") if td.get_text() == RTL_ALIAS]
    assert cells and all(td.get("dir") == "auto" for td in cells)
    long_page = soup(client, f"/actors/{quote('coordination-committee')}")
    assert long_page.find("h1").get_text() == LONG_NAME and long_page.find("h1")["dir"] == "auto"


def test_html_filters_keep_their_values(client):
    page = soup(client, "/claims?outlet=Ledger+Wire&hedged=no&type=MOBILIZE")
    form = page.find("form", class_="filters")
    assert form.find("select", attrs={"name": "outlet"}).find("option", selected=True)["value"] == "Ledger Wire"
    assert form.find("select", attrs={"name": "hedged"}).find("option", selected=True)["value"] == "no"
    assert form.find("select", attrs={"name": "type"}).find("option", selected=True).get_text() == "MOBILIZE"
    cards = page.find_all("article", class_="claim")
    assert cards and all("Ledger Wire" in c.find(class_="outlet").get_text() for c in cards)


def test_html_search_highlights_matches(client):
    page = soup(client, "/search?q=keller")
    marks = [m.get_text().lower() for m in page.find_all("mark")]
    assert marks and set(marks) == {"keller"}


def test_html_pager(client):
    page = soup(client, "/claims?limit=5")
    nxt = page.find("a", attrs={"data-pager": "next"})
    assert nxt and "offset=5" in nxt["href"] and "limit=5" in nxt["href"]
    assert "1–5 of 12" in page.find("nav", class_="pager").get_text()


@pytest.mark.parametrize("path,status", [("/actors/nobody", 404), ("/claims?limit=0", 422),
                                         ("/claims?date_from=soon", 422), ("/nowhere", 404)])
def test_html_errors_are_pages(client, path, status):
    page = soup(client, path, status)
    assert page.find("p", class_="notice").get_text()


def test_html_overview_loads_graph_assets(client):
    page = soup(client, "/")
    assert page.find(id="graph")["data-src"] == "/api/graph"
    assert [s["src"] for s in page.find_all("script")] == ["/static/cytoscape.min.js", "/static/app.js"]
    assert page.find(id="__________cytoscape_stylesheet")


# --- document segments (pure function) ---------------------------------------------------------------
def test_document_segments_cover_the_text_and_nest():
    text = "Alpha said Beta attacked Gamma."
    mentions = [{"id": "m0", "start": 0, "end": 5}, {"id": "m1", "start": 11, "end": 15},
                {"id": "m2", "start": 11, "end": 24}]  # overlapping: the shortest wins
    claims = [{"id": "c0", "start": 0, "end": 31}, {"id": "c1", "start": 11, "end": 31}]
    signals = [{"kind": "loaded", "start": 16, "end": 24}]
    segs = segments(text, mentions, claims, signals)
    assert "".join(s["text"] for s in segs) == text
    beta = next(s for s in segs if s["text"] == "Beta")
    assert beta["mention"]["id"] == "m1" and beta["claims"] == ["c0", "c1"] and beta["anchor"] == "c1"
    attacked = next(s for s in segs if "attacked" in s["text"])
    assert attacked["signal"] == "loaded" and attacked["mention"]["id"] == "m2"
    assert segs[0]["anchor"] == "c0" and segs[-1]["mention"] is None


@pytest.mark.parametrize("spans", [
    [{"id": "m", "start": -5, "end": 3}], [{"id": "m", "start": 20, "end": 99}], [{"id": "m", "start": 4, "end": 4}],
    [{"id": "m", "start": 6, "end": 2}], [{"id": "m", "start": None, "end": None}],
])
def test_document_segments_clip_bad_offsets(spans):
    text = "Some text here, yes."
    segs = segments(text, spans, [], [])
    assert "".join(s["text"] for s in segs) == text


def test_document_segments_empty_text():
    assert segments("", [], [], []) == []


def test_html_event_page_caps_claims(client, monkeypatch):
    from claimgraph.web.views import event

    monkeypatch.setattr(event, "MAX_CLAIMS", 2)
    page = soup(client, "/events/e1")
    assert len(page.find_all("p", class_="in-context")) == 2
    more = page.find("a", href="/claims?event=e1")
    assert more and "all 4 claims" in more.get_text()
    listed = soup(client, "/claims?event=e1").find_all("article", class_="claim")
    assert len(listed) == 4


@pytest.mark.model
def test_html_every_page_renders_on_the_sample_corpus(libya_store):
    """Whatever the extractors produce today, every page of a real build renders."""
    with TestClient(create_app(libya_store)) as c:
        api = lambda path: c.get(path).json()  # noqa: E731
        paths = ["/", "/actors", "/events", "/claims", "/timeline", "/outlets", "/documents", "/search?q=the"]
        paths += [f"/actors/{quote(a['id'], safe='')}" for a in api("/api/actors?limit=200")["items"]]
        paths += [f"/events/{quote(e['id'], safe='')}" for e in api("/api/events?limit=200")["items"]]
        paths += [f"/documents/{d['id']}" for d in api("/api/documents?limit=200")["items"]]
        paths += [f"/claims/{quote(x['id'], safe='')}" for x in api("/api/claims?limit=40")["items"]]
        for path in paths:
            r = c.get(path)
            assert r.status_code == 200, path
            assert_no_injected_markup(BeautifulSoup(r.text, "html.parser"))
        for d in api("/api/documents?limit=200")["items"]:
            html = c.get(f"/documents/{d['id']}").text
            assert element_text(html, "doc-text") == api(f"/api/documents/{d['id']}")["document"]["text"]
