"""HTML pages → main text and metadata with trafilatura.

trafilatura finds the article body (dropping navigation, comments and most widgets),
its title, date (via htmldate), site name (``og:site_name`` and the like) and canonical URL.
The raw text of the Document is the title line followed by the extracted paragraphs, so the
title can be cleaned and analysed like any other line; offsets point into that text.

When the page's metadata lacks them, the outlet is read from the ``<title>`` ("Headline |
The Outlet"), and the outlet and date from the text itself (``meta.text_meta``: datelines,
timestamp lines, bylines, the copyright line). htmldate runs without its extensive search,
which turns a bare "© 2026" into 1 January 2026.
"""
from __future__ import annotations

import html
import re

import trafilatura

from .meta import outlet_from_title, outlet_from_url, parse_date, text_meta

RawArticle = dict
TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
# a date the page states (meta tags, <time>, a date line), never one guessed from a copyright year
DATE_PARAMS = {"extensive_search": False, "original_date": True}


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s).strip().casefold()


def read_html(text: str) -> RawArticle:
    """Extract an article from an HTML page.

    text (str): the decoded page.
    RETURNS (dict): ``text`` (str, empty when no main text was found), ``title``, ``url``,
        ``published``, ``outlet``.
    """
    result = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False, include_tables=False,
                                         favor_recall=True, date_extraction_params=DATE_PARAMS)
    if result is None:
        return {"text": ""}
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    body = (data.get("text") or "").strip()
    title = (data.get("title") or "").strip() or None
    tag = TITLE_TAG.search(text[:200_000])
    page_title = " ".join(html.unescape(tag.group(1)).split()) if tag else None
    named = outlet_from_title(page_title, title)
    if title and named:
        # "Headline | The Outlet" as the headline itself: the site's name is no part of it
        title = re.sub(r"\s+(?:[|–—·•]|-|::)\s+" + re.escape(named) + r"$", "", title).strip() or title
    if title and body and _norm(body.split("\n", 1)[0]) != _norm(title):
        body = f"{title}\n\n{body}"
    url = data.get("url") or None
    published = parse_date(data.get("date"))
    outlet = (data.get("sitename") or "").strip() or named or outlet_from_url(url)
    if body and not (outlet and published):
        found = text_meta(body)
        outlet = outlet or found.outlet
        published = published or found.published
    outlet = outlet or data.get("hostname") or None
    return {"text": body, "title": title, "url": url, "published": published, "outlet": outlet}
