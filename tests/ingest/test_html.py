"""HTML pages: the outlet and date a page states, in its metadata, its <title> or its text."""
from __future__ import annotations

import pytest

from claimgraph.ingest.html import read_html

PARAS = "".join(f"<p>{s}</p>" for s in [
    "The harbour council voted on Monday to close the northern pier to cargo traffic until the repairs end, "
    "its chairwoman told reporters after the session.",
    "Fishermen said the closure would cost them a season and asked the council to open the southern quay "
    "to their boats while the work goes on.",
    "The council said the repairs would take at least four months and cost about two million crowns.",
])


def page(head: str = "", top: str = "", foot: str = "") -> str:
    return (f"<html><head>{head}</head><body><article><h1>Pier to close for repairs</h1>{top}{PARAS}{foot}"
            "</article></body></html>")


@pytest.mark.parametrize("head,foot,outlet", [
    ("<title>Pier to close for repairs | The Varno Courier</title>", "", "The Varno Courier"),
    ("<title>Pier to close for repairs - Kessel Wire</title>", "", "Kessel Wire"),
    ('<title>Pier to close for repairs</title><meta property="og:site_name" content="Harbour Radio">', "",
     "Harbour Radio"),
    ("<title>Pier to close for repairs</title>", "<p>© 2026 The Harbour Times. All rights reserved.</p>",
     "The Harbour Times"),
    ("<title>Pier to close for repairs</title>", "", None),
])
def test_html_outlet_from_metadata_title_or_text(head, foot, outlet):
    assert read_html(page(head, foot=foot))["outlet"] == outlet


@pytest.mark.parametrize("head,top,published", [
    ('<meta property="article:published_time" content="2026-03-04T10:00:00Z">', "", "2026-03-04"),
    ("", "<p>Updated 9:41 AM UTC, Tuesday 3 March 2026</p>", "2026-03-03"),
    ("", "<p>VARNO, March 4 (Kessel Wire) – The pier was closed on 2 March 2026 after an inspection.</p>",
     "2026-03-04"),
    # a copyright year is no publication date (htmldate's extensive search would say 1 January)
    ("", "", None),
])
def test_html_published_from_metadata_or_text(head, top, published):
    html = page(f"<title>Pier to close for repairs</title>{head}", top,
                "<p>© 2026 The Harbour Times. All rights reserved.</p>")
    assert read_html(html)["published"] == published


def test_html_site_name_is_cut_from_the_headline():
    head = ('<title>Pier to close for repairs | The Varno Courier</title>'
            '<meta property="og:title" content="Pier to close for repairs | The Varno Courier">')
    html = f"<html><head>{head}</head><body><article>{PARAS}</article></body></html>"
    got = read_html(html)
    assert (got["title"], got["outlet"]) == ("Pier to close for repairs", "The Varno Courier")
    assert got["text"].startswith("Pier to close for repairs\n\n")
