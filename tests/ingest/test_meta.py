"""Ingest metadata helpers: dates, outlets from URLs, titles and datelines in text."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from claimgraph.ingest.meta import looks_like_title, outlet_from_title, outlet_from_url, parse_date, text_meta


@pytest.mark.parametrize("value,expected", [
    ("2024-03-05", "2024-03-05"),
    ("2024-03-05T22:10:00+02:00", "2024-03-05"),
    ("Tue, 05 Mar 2024 10:00:00 GMT", "2024-03-05"),
    ("May 9, 2020", "2020-05-09"),
    ("9 May 2020", "2020-05-09"),
    ("Sat, 05/09/2020 – 08:45", "2020-05-09"),
    ("08.03.2025 | 11:20", "2025-03-08"),
    (1709632800, "2024-03-05"),
    (1709632800000, "2024-03-05"),
    ("1709632800", "2024-03-05"),
    (date(2024, 1, 2), "2024-01-02"),
    (datetime(2024, 1, 2, 3, 4), "2024-01-02"),
    ("May 9", None),                 # no year: no guess
    ("yesterday", None),
    ("", None),
    (None, None),
    ("3000-01-01", None),
])
def test_meta_parse_date(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize("url,outlet", [
    ("https://www.example-news.org/world/a", "example-news.org"),
    ("http://m.daily.example.com/x", "daily.example.com"),
    ("news.example.net/path", "news.example.net"),
    ("not a url", None),
    (None, None),
])
def test_meta_outlet_from_url(url, outlet):
    assert outlet_from_url(url) == outlet


@pytest.mark.parametrize("line,ok", [
    ("Rebels cut the northern railway", True),
    ("“We will not leave,” say miners", True),
    ("The army said the railway had been cut.", False),
    ("Leave a Reply", False),
    ("x" * 300, False),
])
def test_meta_looks_like_title(line, ok):
    assert looks_like_title(line) is ok


@pytest.mark.parametrize("text,outlet,published", [
    ("Headline here\n\nLISBRA (Coast Agency) — The port was closed.", "Coast Agency", None),
    ("Headline here\n\nLISBRA, April 4, 2024 (Coast Agency) - The port was closed.", "Coast Agency", "2024-04-04"),
    ("A headline about the port strike (Harbour Radio)\n\nThe port was closed on Monday.", "Harbour Radio", None),
    ("Headline here\n\nThe port was closed.\n\n© 2024 Harbour Radio. All rights reserved.", "Harbour Radio", None),
    ("Headline here\n\nPublished: 4 April 2024 10:15\n\nThe port was closed.", None, "2024-04-04"),
    ("Headline here\n\nOn May 9, 2020 the port was closed for a week.", None, None),
])
def test_meta_text_meta(text, outlet, published):
    meta = text_meta(text)
    assert meta.outlet == outlet
    assert meta.published == published


@pytest.mark.parametrize("text,outlet,published", [
    ("Border talks stall\n\nPosted on March 3, 2026 by Irena Holub\n\nThe talks stalled.", None, "2026-03-03"),
    ("VELMORA, 4 March 2026 (Kessel Wire). The talks stalled on Tuesday.", "Kessel Wire", "2026-03-04"),
    ("VELMORA, 4 March 2026 - The talks stalled on Tuesday.", None, "2026-03-04"),
    ("Border talks stall\nThe Velmora Ledger | March 5, 2026\n\nThe talks stalled.", "The Velmora Ledger", "2026-03-05"),
    ("March 5, 2026 | Kessel Post\n\nThe talks stalled.", "Kessel Post", "2026-03-05"),
    ("Published: 6 March 2026\n\nBorder talks stall\n\nThe talks stalled.", None, "2026-03-06"),
    ("Border talks stall\nKessel Daily Observer - 7 March 2026\n\nThe talks stalled.", "Kessel Daily Observer",
     "2026-03-07"),
    ("Kessel Wire\n\nTalks collapse as envoy leaves\n\nBy Jane Roe and Ivo Kral | 12 March 2026\n\nThe talks collapsed.",
     "Kessel Wire", "2026-03-12"),
    ("VELMORA TODAY\nMarch 13, 2026\n\nTalks collapse as envoy leaves\n\nThe talks collapsed.", "Velmora Today",
     "2026-03-13"),
    # a headline ending in a media word, with the article right under it, is the title
    ("Border Talks Resume Today\n\nThe talks resumed on Monday in the capital.", None, None),
    # a headline holding a number and a bar is no date line
    ("Ten reasons the 2026 talks failed | Kessel Post\n\nThe talks stalled.", "Kessel Post", None),
])
def test_meta_text_meta_datelines_and_stamp_lines(text, outlet, published):
    meta = text_meta(text)
    assert (meta.outlet, meta.published) == (outlet, published)


@pytest.mark.parametrize("text,title", [
    ("Kessel Wire\n\nTalks collapse as envoy leaves\n\nThe talks collapsed on Monday.", "Talks collapse as envoy leaves"),
    ("Border Talks Resume Today\n\nThe talks resumed on Monday in the capital.", "Border Talks Resume Today"),
    ("Translated automatically from Kesselian. Original: Harbour Daily\n\nTalks collapse as envoy leaves\n\n"
     "The talks collapsed on Monday.", "Talks collapse as envoy leaves"),
])
def test_meta_masthead_is_not_the_title(text, title):
    assert text_meta(text).title == title


LEAD = "The harbour council voted on Monday to close the northern pier to cargo traffic until repairs end."


@pytest.mark.parametrize("stamp,published", [
    ("November 3, 2026 9:41 AM UTC", "2026-11-03"),
    ("Updated: November 3, 2026 9:41 AM UTC", "2026-11-03"),
    ("Published 3 Nov 2026, 09:41 GMT+1", "2026-11-03"),
    ("Updated 9:41 AM EST, Tue November 3, 2026", "2026-11-03"),
    ("04.03.2026", "2026-03-04"),
    ("2026-03-04", "2026-03-04"),
    ("15/03/2026", "2026-03-15"),
    ("Tuesday 3 March 2026 | 4 min read", "2026-03-03"),
    ("4 min read · Nov 3, 2026", "2026-11-03"),
    ("By Ana Brel | 3 March 2026", "2026-03-03"),
])
def test_meta_text_meta_timestamp_lines(stamp, published):
    assert text_meta(f"Pier to close for repairs\n\n{stamp}\n\n{LEAD}").published == published


@pytest.mark.parametrize("text,published", [
    # a dateline without a year takes the year of the nearest full date on the page
    (f"Pier to close\n\nVARNO, March 4 (Kessel Wire) – {LEAD} The pier opened on 28 February 2026.", "2026-03-04"),
    (f"Pier to close\n\nVARNO, Dec. 30 (Kessel Wire) – {LEAD} Work starts on January 5, 2027.", "2026-12-30"),
    (f"Pier to close\n\nVARNO, March 4 - {LEAD} It opened on 2 March 2026.", "2026-03-04"),
    (f"Pier to close\n\nVarno, 4 March 2026 – {LEAD}", "2026-03-04"),
    (f"Pier to close\n\nVarno, March 4 – {LEAD} It opened on 2 March 2026.", "2026-03-04"),
    # … and no year at all when the page prints none
    (f"Pier to close\n\nVARNO, March 4 (Kessel Wire) – {LEAD}", None),
])
def test_meta_text_meta_dateline_without_year(text, published):
    assert text_meta(text).published == published


@pytest.mark.parametrize("text,outlet", [
    (f"KESSEL NEWS AGENCY\n\nPier to close for repairs\n\n{LEAD}", "Kessel News Agency"),
    (f"KNA | Kessel News Agency\nHome › Harbour\n\nPier to close for repairs\n\n{LEAD}", "Kessel News Agency"),
    (f"The Varno Courier\n\nPier to close for repairs\n\n{LEAD}", "The Varno Courier"),
    (f"Pier to close for repairs - The Harbour Post\n\n{LEAD}", "The Harbour Post"),
    (f"Pier to close for repairs\n\n{LEAD}\n\nCopyright © 2026 The Harbour Post. All rights reserved.", "The Harbour Post"),
    (f"Pier to close for repairs\n\n{LEAD}\n\n© Kessel Wire 2026. Any use of materials requires a link.", "Kessel Wire"),
    (f"Pier to close for repairs\n\n{LEAD}\n\n(c) 2026 Institute for Harbour Studies. Views are the author's own.",
     "Institute for Harbour Studies"),
    (f"Pier to close for repairs\n\nBy Ana Brel, Harbour Post staff writer\n\n{LEAD}", "Harbour Post"),
    (f"Pier to close for repairs\n\nBy Ana Brel, Kessel Wire chief correspondent\n\n{LEAD}", "Kessel Wire"),
    (f"Pier to close for repairs\n\nBy Ana Brel for the Harbour Post\n\n{LEAD}", "Harbour Post"),
    (f"Pier to close for repairs\n\n(Kessel Wire) — {LEAD}", "Kessel Wire"),
    (f"Pier to close for repairs\n\nVarno, March 4 (Kessel Wire) – {LEAD}", "Kessel Wire"),
    (f"Translated automatically from Kesselian. Original: Harbour Daily\n\nPier to close\n\n{LEAD}", "Harbour Daily"),
    (f"Pier to close for repairs\n\n{LEAD}\n\nOriginally published by Varno Radio.", "Varno Radio"),
    (f"Pier to close for repairs\n\n{LEAD}\n\nSource: Kessel Wire", "Kessel Wire"),
    # no outlet: a role without a name, a place, an affiliation, a section label, a dash in a headline,
    # an acronym defined in the first sentence
    (f"Pier to close for repairs\n\nBy Ana Brel, Senior Correspondent\n\n{LEAD}", None),
    (f"Pier to close for repairs\n\nBy Ana Brel, Varno\n\n{LEAD}", None),
    (f"Pier to close for repairs\n\nBy Ana Brel of Varno\n\n{LEAD}", None),
    (f"Pier to close for repairs\n\nBy Ana Brel with Tom Ost\n\n{LEAD}", None),
    (f"Pier to close for repairs\n\nBy Ana Brel, Institute for Harbour Studies\n\n{LEAD}", None),
    (f"Breaking News\n\nPier to close for repairs\n\n{LEAD}", None),
    (f"Pier to close for repairs\n\n{LEAD}\n\nSource: Varno Ministry of Harbours", None),
    (f"Pier to close for repairs\n\n(UPDATED) — {LEAD}", None),
    (f"Pier to close for repairs\n\nVARNO (EXCLUSIVE) – {LEAD}", None),
    (f"Pier to close for repairs - Council vote\n\n{LEAD}", None),
    (f"Harbour Workers Union (HWU) – which called the strike, said the pier was closed.\n\n{LEAD}", None),
    (f"Pier to close for repairs\n\n{LEAD}\n\nCopyright Office officials said the pier was closed.", None),
])
def test_meta_text_meta_outlet_forms(text, outlet):
    assert text_meta(text).outlet == outlet


@pytest.mark.parametrize("page_title,headline,outlet", [
    ("Pier to close for repairs | The Varno Courier", "Pier to close for repairs", "The Varno Courier"),
    ("Pier to close for repairs - Kessel Wire", "Pier to close for repairs", "Kessel Wire"),
    ("Harbour Radio | Pier to close for repairs", "Pier to close for repairs", "Harbour Radio"),
    ("Pier to close for repairs | Harbour | The Varno Courier", None, "The Varno Courier"),
    ("Pier to close for repairs", "Pier to close for repairs", None),
    ("Pier to close for repairs | Politics", "Pier to close for repairs", None),
    ("Pier closure: what it means for the fishermen of the bay", None, None),
])
def test_meta_outlet_from_title(page_title, headline, outlet):
    assert outlet_from_title(page_title, headline) == outlet


def test_meta_pdf_outlet_and_date_from_its_text(tmp_path):
    from claimgraph.ingest import iter_inputs
    from tests.ingest.test_reader import make_pdf

    p = tmp_path / "bulletin.pdf"
    p.write_bytes(make_pdf(["KESTREL HARBOUR GAZETTE", "Pier to close for repairs",
                            "VARNO, 4 March 2026 (Kestrel Harbour Gazette) - The council voted to close the pier."]))
    (doc,) = list(iter_inputs([p]))
    assert (doc.outlet, doc.published) == ("Kestrel Harbour Gazette", "2026-03-04")
