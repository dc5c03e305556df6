"""Document page: the cleaned article with actor mentions, claims and framing signals marked.

Offsets of mentions, claims and signals point into ``Document.text``; the text is cut at every
span boundary into segments, each knowing which claims, which mention and which signal cover
it, so the template can nest the marks without building HTML from strings.
"""
from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import PlainTextResponse

from ...report import queries
from ..render import id_param, is_api, not_found, open_store, respond


def segments(text: str, mentions: list[dict[str, Any]], claims: list[dict[str, Any]],
             signals: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Cut ``text`` at every span edge; each piece lists the claims, mention and signal covering it.

    Overlapping mentions or signals keep the innermost (shortest). Spans outside the text are clipped.
    RETURNS (list): [{"text", "claims": [ids], "anchor": claim id starting here | None,
    "mention": mention | None, "signal": kind | None}, ...] covering the whole text in order.
    """
    n = len(text)
    spans = []
    for kind, items in (("claim", claims), ("mention", mentions), ("signal", signals)):
        for it in items:
            s, e = max(0, min(n, it["start"] or 0)), max(0, min(n, it["end"] or 0))
            if e > s:
                spans.append((s, e, kind, it))
    cuts = sorted({0, n} | {s for s, _, _, _ in spans} | {e for _, e, _, _ in spans})
    starts: dict[int, list] = {}
    for sp in spans:
        starts.setdefault(sp[0], []).append(sp)
    active: list[tuple] = []
    out = []
    for a, b in zip(cuts, cuts[1:]):
        active = [sp for sp in active if sp[1] > a] + starts.get(a, [])
        claims_here = [sp for sp in active if sp[2] == "claim"]
        inner = {k: min((sp for sp in active if sp[2] == k), key=lambda sp: sp[1] - sp[0], default=None)
                 for k in ("mention", "signal")}
        out.append({
            "text": text[a:b],
            "claims": [sp[3]["id"] for sp in claims_here],
            "anchor": next((sp[3]["id"] for sp in claims_here if sp[0] == a), None),
            "mention": inner["mention"][3] if inner["mention"] else None,
            "signal": inner["signal"][3]["kind"] if inner["signal"] else None,
        })
    return out


def context(store, doc_id: str) -> dict[str, Any] | None:
    """The document page's data (without segments), or None for an unknown id."""
    rows = store.query("SELECT id, path, title, outlet, url, published, language, status, status_reason, "
                       "duplicate_of, format, words, text, raw_text IS NOT NULL AS has_raw FROM documents "
                       "WHERE id = ?", [doc_id])
    if not rows:
        return None
    doc = rows[0]
    mentions = store.query(
        'SELECT m.id, m.start, m."end", m.text, m.name, m.kind, m.role, m.actor, a.name AS actor_name, '
        'a.kind AS actor_kind FROM mentions m LEFT JOIN actors a ON a.id = m.actor WHERE m.doc = ? ORDER BY m.start',
        [doc_id])
    claims = queries.claims(store, queries.ClaimFilter(doc=doc_id), limit=100_000, order="doc")["items"]
    signals = store.query('SELECT kind, text, start, "end" FROM signals WHERE doc = ? ORDER BY start', [doc_id])
    actors = store.query(
        "SELECT a.id, a.name, a.kind, count(*) AS mentions FROM mentions m JOIN actors a ON a.id = m.actor "
        "WHERE m.doc = ? GROUP BY ALL ORDER BY mentions DESC, a.name", [doc_id])
    copies = store.query("SELECT id, path, outlet, published FROM documents WHERE duplicate_of = ? ORDER BY path",
                         [doc_id])
    original = None
    if doc["duplicate_of"]:
        found = store.query("SELECT id, title, outlet FROM documents WHERE id = ?", [doc["duplicate_of"]])
        original = found[0] if found else None
    return {"document": doc, "mentions": mentions, "claims": claims, "signals": signals, "actors": actors,
            "copies": copies, "original": original}


def document(request: Request, doc_id: str = id_param("Document id (d + 16 hex).")):
    """One document: cleaned text, mentions (with their actors), claims and framing signals."""
    with open_store(request) as store:
        ctx = context(store, doc_id)
    if ctx is None:
        raise not_found("document", doc_id)
    if not is_api(request):
        ctx["segments"] = segments(ctx["document"]["text"] or "", ctx["mentions"], ctx["claims"], ctx["signals"])
    return respond(request, "document.html", ctx)


def raw(request: Request, doc_id: str = id_param("Document id.")):
    """The text as read from the input, before cleaning (plain text, never rendered as HTML)."""
    with open_store(request) as store:
        rows = store.query("SELECT coalesce(raw_text, text) AS t FROM documents WHERE id = ?", [doc_id])
    if not rows:
        raise not_found("document", doc_id)
    return PlainTextResponse(rows[0]["t"] or "", headers={"Content-Security-Policy": "sandbox; default-src 'none'"})
