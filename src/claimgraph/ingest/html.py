"""HTML pages → main text and metadata with trafilatura.

trafilatura finds the article body (dropping navigation, comments and most widgets),
its title, date (via htmldate), site name and canonical URL. The raw text of the
Document is the title line followed by the extracted paragraphs, so the title can be
cleaned and analysed like any other line; offsets point into that text.
"""
from __future__ import annotations

import re

import trafilatura

from .meta import outlet_from_url, parse_date

RawArticle = dict


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s).strip().casefold()


def read_html(text: str) -> RawArticle:
    """Extract an article from an HTML page.

    text (str): the decoded page.
    RETURNS (dict): ``text`` (str, empty when no main text was found), ``title``, ``url``,
        ``published``, ``outlet``.
    """
    result = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False, include_tables=False,
                                         favor_recall=True)
    if result is None:
        return {"text": ""}
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    body = (data.get("text") or "").strip()
    title = (data.get("title") or "").strip() or None
    if title and body and _norm(body.split("\n", 1)[0]) != _norm(title):
        body = f"{title}\n\n{body}"
    url = data.get("url") or None
    outlet = (data.get("sitename") or "").strip() or outlet_from_url(url) or data.get("hostname") or None
    return {"text": body, "title": title, "url": url, "published": parse_date(data.get("date")), "outlet": outlet}
