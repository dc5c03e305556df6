"""Outlets: what each outlet published, how it hedges, which framing signals it shows."""
from __future__ import annotations

from fastapi import Request

from ...report import summary
from ..render import open_store, respond


def outlets(request: Request):
    """Per outlet: documents, words, claims, hedged share, framing signals per 1,000 words with examples."""
    with open_store(request) as store:
        items = summary.outlets(store, examples=3)
    return respond(request, "outlets.html", {"items": items})
