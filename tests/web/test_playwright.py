"""Browser tests: Playwright for Python driving Debian's headless chromium against a real server.

The server (uvicorn, in a thread, on a free 127.0.0.1 port) serves the hand-built fixture
store. Screenshots go to ``test-artifacts/`` (gitignored). Playwright never downloads a
browser here: it is launched with ``executable_path=/usr/bin/chromium`` (``make test``
installs Debian's chromium).
"""
from __future__ import annotations

import re
import socket
import threading
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
XSS_PAGES = ["/", "/actors", "/actors/xss-unit", "/events", "/events/e4", "/claims", "/timeline", "/outlets",
             "/documents", "/search?q=%3Cscript%3E", "/search?q=onerror"]


@pytest.fixture(scope="module")
def server(web_store):
    import uvicorn

    from claimgraph.web.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(create_app(web_store, allowed_hosts=["127.0.0.1", "localhost"]), host="127.0.0.1",
                            port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (make test installs it: apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield b
        b.close()


class Tab:
    """A page that records console errors, page errors and dialogs (an executed alert would show)."""

    def __init__(self, browser, base: str, width: int = 1280, height: int = 800):
        self.base = base
        self.page = browser.new_page(viewport={"width": width, "height": height})
        self.problems: list[str] = []
        self.page.on("console", lambda m: self.problems.append(f"console {m.type}: {m.text}")
                     if m.type in ("error", "warning") else None)
        self.page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        self.page.on("dialog", lambda d: (self.problems.append(f"dialog: {d.message}"), d.dismiss()))

    def go(self, path: str):
        url = path if re.match(r"^(https?|file):", path) else self.base + path
        response = self.page.goto(url)
        self.page.wait_for_load_state("load")
        return response

    def shot(self, name: str, full: bool = False) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=full)

    def xss(self):
        return self.page.evaluate("window.__xss")

    def check(self) -> None:
        assert self.xss() is None, "injected script ran"
        assert not self.problems, self.problems

    def close(self) -> None:
        self.page.close()


@pytest.fixture
def tab(browser, server):
    t = Tab(browser, server)
    yield t
    t.close()


def wait_for_graph(tab: Tab) -> None:
    tab.page.wait_for_selector("#graph[data-ready=true]", timeout=15000)


@pytest.mark.parametrize("name,path", [
    ("overview", "/"), ("actors", "/actors"), ("actor", "/actors/anton-keller"), ("events", "/events"),
    ("event", "/events/e1"), ("claims", "/claims"), ("claim", None), ("document", None), ("timeline", "/timeline"),
    ("outlets", "/outlets"), ("search", "/search?q=Port+Amsel"), ("documents", "/documents"), ("api", "/api"),
])
def test_browser_page_types_load(tab, name, path):
    if path is None:  # ids depend on the fixture's text hashes: take them from the API
        data = tab.page.request.get(tab.base + "/api/claims?type=MOBILIZE").json()["items"][0]
        path = f"/claims/{data['id']}" if name == "claim" else f"/documents/{data['doc']}"
    response = tab.go(path)
    assert response.status == 200
    if name == "overview":
        wait_for_graph(tab)
    assert tab.page.locator("h1, .stats").first.is_visible()
    tab.shot(f"page-{name}", full=True)
    tab.check()


def test_browser_overview_network_click_opens_actor(tab):
    tab.go("/")
    wait_for_graph(tab)
    api = tab.page.request.get(tab.base + "/api/graph").json()
    assert tab.page.evaluate("window.claimgraphNetwork.nodes().length") == len(api["nodes"])
    assert tab.page.evaluate("window.claimgraphNetwork.edges().length") == len(api["edges"])
    pos = tab.page.evaluate("(() => { const p = window.claimgraphNetwork.$id('karsland').renderedPosition();"
                            " return [p.x, p.y]; })()")
    box = tab.page.locator("#graph").bounding_box()
    tab.page.mouse.move(box["x"] + pos[0], box["y"] + pos[1])
    tab.page.wait_for_function("document.getElementById('graph-info').textContent.startsWith('Karsland')")
    tab.shot("network-hover")
    tab.page.mouse.click(box["x"] + pos[0], box["y"] + pos[1])
    tab.page.wait_for_url(re.compile(r"/actors/karsland$"))
    tab.check()


def test_browser_click_actor_event_document(tab):
    tab.go("/")
    tab.page.locator("section[aria-labelledby=h-actors] a.actor", has_text="Karsland").first.click()
    tab.page.wait_for_url(re.compile(r"/actors/karsland$"))
    assert tab.page.locator("h1").inner_text() == "Karsland"
    tab.shot("click-1-actor", full=True)

    tab.page.locator("section[aria-labelledby=h-events] a", has_text="Karsland jets to Port Amsel").click()
    tab.page.wait_for_url(re.compile(r"/events/e1$"))
    assert tab.page.locator(".pairs.conflict .pair").count() == 2
    tab.shot("click-2-event", full=True)

    card = tab.page.locator("section[aria-labelledby=h-claims] article.claim", has_text="fourteen Karsland jets")
    card.locator("a.outlet").click()
    tab.page.wait_for_url(re.compile(r"/documents/d[0-9a-f]+#claim-"))
    focused = tab.page.locator("#doc-text .c.focus")
    focused.first.wait_for()
    assert "fourteen Karsland jets" in "".join(focused.all_inner_texts())
    assert tab.page.locator(".doc-claims li.focus").count() == 1
    tab.shot("click-3-document")
    tab.page.locator("#doc-text a.m", has_text="Northern Shield Brigade").click()
    tab.page.wait_for_url(re.compile(r"/actors/northern-shield-brigade$"))
    tab.check()


def test_browser_search_box_and_filters(tab):
    tab.go("/claims")
    tab.page.keyboard.press("/")
    assert tab.page.evaluate("document.activeElement.id") == "q"
    tab.page.keyboard.type("Keller")
    tab.page.keyboard.press("Enter")
    tab.page.wait_for_url(re.compile(r"/search\?q=Keller"))
    assert tab.page.locator("mark").first.inner_text().lower() == "keller"
    assert tab.page.locator("section[aria-labelledby=h-actors] a.actor").first.inner_text() == "Anton Keller"
    tab.shot("search", full=True)

    tab.go("/claims")
    total = tab.page.locator("article.claim").count()
    tab.page.select_option("select[name=outlet]", "Coastline Herald")  # filters apply on change
    tab.page.wait_for_url(re.compile(r"outlet=Coastline\+Herald"))
    assert "date_from" not in tab.page.url  # empty fields stay out of the URL
    outlets = tab.page.locator("article.claim a.outlet").all_inner_texts()
    assert outlets and set(outlets) == {"Coastline Herald"} and len(outlets) < total
    tab.page.select_option("select[name=hedged]", "yes")
    tab.page.wait_for_url(re.compile(r"hedged=yes"))
    assert tab.page.locator("article.claim").count() == 1
    assert tab.page.locator("article.claim .badge.hedge").inner_text() == "likely"
    tab.shot("claims-filtered", full=True)
    tab.check()


def test_browser_timeline_filter(tab):
    tab.go("/timeline")
    tab.page.select_option("select[name=type]", "ASSAULT")
    tab.page.wait_for_url(re.compile(r"type=ASSAULT"))
    titles = tab.page.locator(".entry a").all_inner_texts()
    assert titles and all("Port Amsel" in t or "ASSAULT" in t or "attack" in t for t in titles)
    tab.shot("timeline-assault", full=True)
    tab.check()


@pytest.mark.parametrize("path", XSS_PAGES)
def test_browser_markup_in_articles_never_executes(tab, path):
    tab.go(path)
    tab.page.wait_for_timeout(150)
    tab.check()


def test_browser_markup_in_document_shows_as_text(tab):
    doc = next(d for d in tab.page.request.get(tab.base + "/api/documents").json()["items"]
               if d["outlet"] == "<b>Bold</b> Outlet")
    tab.go(f"/documents/{doc['id']}")
    text = tab.page.locator("#doc-text").inner_text()
    assert "<script>window.__xss=1</script>" in text and "onerror=" in text
    assert tab.page.locator("#doc-text img, #doc-text script, #doc-text b").count() == 0
    assert tab.page.locator("h1").inner_text().startswith("<script>")
    tab.shot("xss-document", full=True)
    tab.go(f"/documents/{doc['id']}/raw")
    tab.check()


def test_browser_keyboard_shortcuts(tab):
    tab.go("/claims")
    tab.page.keyboard.press("j")
    tab.page.keyboard.press("j")
    cards = tab.page.locator("article.claim")
    assert "kb-focus" in cards.nth(1).get_attribute("class")
    tab.page.keyboard.press("k")
    assert "kb-focus" in cards.nth(0).get_attribute("class")
    tab.page.keyboard.press("Enter")
    tab.page.wait_for_url(re.compile(r"/documents/"))
    tab.page.keyboard.press("?")
    assert tab.page.locator("dialog#keys").is_visible()
    tab.shot("keyboard-help")
    tab.page.keyboard.press("Escape")
    tab.page.keyboard.press("g")
    tab.page.keyboard.press("a")
    tab.page.wait_for_url(re.compile(r"/actors$"))
    tab.check()


@pytest.mark.parametrize("width,height", [(1280, 800), (1366, 768), (900, 1000)])
def test_browser_no_horizontal_overflow(browser, server, width, height):
    tab = Tab(browser, server, width, height)
    try:
        doc = tab.page.request.get(server + "/api/documents?outlet=Veyra+Daily+News").json()["items"][0]
        for path in ("/", "/actors", "/actors/coordination-committee", "/actors/coast-front", "/events/e1",
                     f"/documents/{doc['id']}", "/claims", "/search?q=Front", "/outlets"):
            tab.go(path)
            over = tab.page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert over <= 0, (path, width, over)
        tab.shot(f"layout-{width}x{height}-document")
        tab.go("/actors/coordination-committee")
        tab.shot(f"layout-{width}x{height}-long-name")
        tab.check()
    finally:
        tab.close()


def test_browser_rtl_text_keeps_its_direction(tab):
    tab.go("/actors/coast-front")
    cell = tab.page.locator("td[dir=auto]", has_text="جبهة")
    assert cell.evaluate("el => getComputedStyle(el).direction") == "rtl"
    latin = tab.page.locator("td[dir=auto]", has_text="Coast Front").first
    assert latin.evaluate("el => getComputedStyle(el).direction") == "ltr"
    tab.check()


def test_browser_html_report(tab, web_store, tmp_path):
    from claimgraph.report import html_report
    from claimgraph.store import Store

    out = tmp_path / "report.html"
    with Store(web_store, read_only=True) as store:
        html_report(store, out)
    tab.go(out.as_uri())
    tab.page.locator("svg.network .node[data-id=karsland] circle").hover()
    assert tab.page.locator("svg.network .node.dim").count() > 0  # the report's own script ran (CSP hash)
    tab.page.fill("input[data-table=actors-table]", "keller")
    assert tab.page.locator("#actors-table tbody tr:visible").count() == 1
    tab.shot("html-report", full=True)
    tab.check()


def test_browser_document_text_is_exact(tab):
    """What the reader sees is Document.text, character for character (offsets stay true)."""
    for d in tab.page.request.get(tab.base + "/api/documents").json()["items"]:
        full = tab.page.request.get(tab.base + f"/api/documents/{d['id']}").json()["document"]["text"]
        tab.go(f"/documents/{d['id']}")
        assert tab.page.locator("#doc-text").evaluate("el => el.textContent") == full
    tab.check()


def test_browser_edge_to_sentence(tab):
    """The issue's promise: from an edge of the network to the sentence that says it."""
    tab.go("/")
    wait_for_graph(tab)
    mid = tab.page.evaluate("(() => { const e = window.claimgraphNetwork.edges('[source = \"karsland\"]"
                            "[target = \"port-amsel\"]')[0].renderedMidpoint(); return [e.x, e.y]; })()")
    box = tab.page.locator("#graph").bounding_box()
    tab.page.mouse.click(box["x"] + mid[0], box["y"] + mid[1])
    tab.page.wait_for_url(re.compile(r"/claims\?subject=karsland&object=port-amsel&type=MOBILIZE"))
    cards = tab.page.locator("article.claim")
    assert cards.count() == 3
    cards.first.locator("a.outlet").click()
    tab.page.wait_for_url(re.compile(r"/documents/.+#claim-"))
    focused = "".join(tab.page.locator("#doc-text .c.focus").all_inner_texts())
    assert "Karsland" in focused and "Port Amsel" in focused
    tab.shot("edge-to-sentence")
    tab.check()
