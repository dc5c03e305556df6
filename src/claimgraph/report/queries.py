"""Read-side queries over a store, shared by the reports and the web UI.

Everything here reads through ``Store.query`` (one read-only DuckDB connection) and returns
plain, JSON-ready dicts and lists, so the same result feeds a Rich table, a Jinja template
and an ``/api/...`` response. Aggregation happens in SQL (GROUP BY, LIMIT) so that pages stay
fast on large stores; nothing here loads a whole table into Python.

Every field of ``model.py`` is optional in practice (stages land at different times and
extract what they can), so each function degrades to empty lists and ``None`` values
instead of failing when, say, no claim has an event type yet.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

# A claim as the UI shows it: the claim row plus its document's metadata.
CLAIM_SELECT = """
SELECT c.id, c.doc, c.start, c."end", c.text, c.speaker_text, c.speaker_mention, c.speaker,
       c.content_text, c.content_start, c.content_end, c.cue, c.speech_type, c.stance, c.hedged,
       c.hedges, c.via, c.event, c.event_type, c.subject, c.object, c.quote, c.certainty, c.group_id,
       c.sentence, d.title AS doc_title, d.outlet, d.published, d.path AS doc_path
FROM claims c JOIN documents d ON d.id = c.doc
"""

# The date a claim is placed at: the event's own date, else the day the article was published.
CLAIM_DATE = "coalesce(json_extract_string(c.event, '$.date'), d.published)"

BOUND_WORDS = {"at_least": "at least", "at_most": "up to", "approx": "about"}


@dataclass
class ClaimFilter:
    """Filters over claims, as the web UI and the API take them (all optional)."""

    outlet: str | None = None
    type: str | None = None          # PLOVER type of the event or of the speech act
    date_from: str | None = None     # YYYY-MM-DD, inclusive
    date_to: str | None = None
    hedged: bool | None = None
    actor: str | None = None         # speaker, subject or object
    subject: str | None = None       # the event's subject
    object: str | None = None        # the event's object
    doc: str | None = None
    group: str | None = None
    stance: str | None = None
    q: str | None = None             # substring of the claim text
    typed: bool = False              # only claims with an event type or an event group

    def where(self) -> tuple[str, list[Any]]:
        """The SQL condition (over ``c`` claims and ``d`` documents) and its parameters."""
        conds: list[str] = []
        params: list[Any] = []
        if self.outlet:
            conds.append("d.outlet = ?")
            params.append(self.outlet)
        if self.type:
            conds.append("(c.event_type = ? OR c.speech_type = ?)")
            params += [self.type, self.type]
        if self.date_from:
            conds.append(f"{CLAIM_DATE} >= ?")
            params.append(self.date_from)
        if self.date_to:
            conds.append(f"{CLAIM_DATE} <= ?")
            params.append(self.date_to)
        if self.hedged is not None:
            conds.append("coalesce(c.hedged, false) = ?")
            params.append(self.hedged)
        if self.actor:
            conds.append("(c.speaker = ? OR c.subject = ? OR c.object = ?)")
            params += [self.actor] * 3
        if self.subject:
            conds.append("c.subject = ?")
            params.append(self.subject)
        if self.object:
            conds.append("c.object = ?")
            params.append(self.object)
        if self.doc:
            conds.append("c.doc = ?")
            params.append(self.doc)
        if self.group:
            conds.append("c.group_id = ?")
            params.append(self.group)
        if self.stance:
            conds.append("c.stance = ?")
            params.append(self.stance)
        if self.q:
            conds.append("c.text ILIKE ? ESCAPE '\\'")
            params.append(like_pattern(self.q))
        if self.typed:
            conds.append("(c.event_type IS NOT NULL OR c.group_id IS NOT NULL)")
        return (" AND ".join(conds) or "true"), params

    def to_dict(self) -> dict[str, Any]:
        """The filters that are set (``hedged=False`` is a filter; ``typed=False`` is not)."""
        return {k: v for k, v in self.__dict__.items()
                if v is not None and v != "" and not (k == "typed" and v is False)}


def like_pattern(text: str) -> str:
    """An ILIKE pattern matching ``text`` anywhere, with its own % and _ taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _loads(value: Any, default: Any) -> Any:
    if value is None:
        return default
    if isinstance(value, (list, dict)):
        return value
    try:
        return json.loads(value)
    except (TypeError, ValueError):
        return default


def actor_refs(store, ids) -> dict[str, dict[str, Any]]:
    """``{id: {"id", "name", "kind"}}`` for the given actor ids (unknown ids are left out)."""
    ids = sorted({i for i in ids if i})
    if not ids:
        return {}
    rows = store.query("SELECT id, name, kind FROM actors WHERE list_contains(?::VARCHAR[], id)", [ids])
    return {r["id"]: r for r in rows}


def ref(refs: dict[str, dict[str, Any]], actor_id: str | None, text: str | None = None) -> dict[str, Any] | None:
    """An actor reference for display: the canonical actor when known, else the text as written."""
    if actor_id and actor_id in refs:
        return dict(refs[actor_id])
    if actor_id:
        return {"id": actor_id, "name": text or actor_id, "kind": None}
    if text:
        return {"id": None, "name": text, "kind": None}
    return None


def format_quantity(q: dict[str, Any] | None) -> str | None:
    """A figure as a reader says it: "at least 58 people killed", "8 jets (6 MiG-29s + 2 Su-24s)"."""
    if not q or q.get("value") is None:
        return None

    def num(v: Any) -> str:
        return f"{v:,.0f}" if float(v).is_integer() else f"{v:,}"

    unit = q.get("unit") or ""
    bound = q.get("bound")
    if bound == "range" and q.get("low") is not None and q.get("high") is not None:
        core = f"{num(q['low'])}–{num(q['high'])}"
    elif bound == "vague" and q.get("text"):
        return q["text"]
    else:
        core = num(q["value"])
        if bound in BOUND_WORDS:
            core = f"{BOUND_WORDS[bound]} {core}"
    out = f"{core} {unit}".strip()
    parts = q.get("parts") or []
    if len(parts) > 1:
        out += " (" + " + ".join(f"{num(p.get('value', 0))} {p.get('unit') or ''}".strip() for p in parts) + ")"
    return out


def finish_claims(store, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Turn ``CLAIM_SELECT`` rows into display dicts with actor names resolved."""
    if not rows:
        return []
    parsed = []
    via_mentions: set[str] = set()
    for r in rows:
        event = _loads(r["event"], {}) or {}
        via = _loads(r["via"], []) or []
        via_mentions.update(v.get("mention") for v in via if v.get("mention") and not v.get("actor"))
        parsed.append((r, event, via))
    mention_actor: dict[str, str] = {}
    if via_mentions:
        mention_actor = {m["id"]: m["actor"] for m in store.query(
            "SELECT id, actor FROM mentions WHERE list_contains(?::VARCHAR[], id) AND actor IS NOT NULL",
            [sorted(via_mentions)])}
    ids: set[str] = set()
    for r, event, via in parsed:
        for v in via:
            v["actor"] = v.get("actor") or mention_actor.get(v.get("mention"))
            ids.add(v["actor"])
        ids.update([r["speaker"], r["subject"], r["object"]])
    refs = actor_refs(store, ids)
    out = []
    for r, event, via in parsed:
        quantity = event.get("quantity")
        out.append({
            "id": r["id"], "doc": r["doc"], "doc_title": r["doc_title"], "outlet": r["outlet"],
            "published": r["published"], "doc_path": r["doc_path"],
            "text": r["text"], "start": r["start"], "end": r["end"],
            "speaker": ref(refs, r["speaker"], r["speaker_text"]), "speaker_text": r["speaker_text"],
            "content_text": r["content_text"], "content_start": r["content_start"], "content_end": r["content_end"],
            "cue": r["cue"], "speech_type": r["speech_type"], "stance": r["stance"] or "asserts",
            "hedged": bool(r["hedged"]), "hedges": _loads(r["hedges"], []) or [],
            "via": [{"name": v.get("name"), "actor": ref(refs, v.get("actor"), v.get("name"))} for v in via],
            "quote": bool(r["quote"]), "certainty": r["certainty"], "group": r["group_id"],
            "sentence": r["sentence"],
            "event": {
                "type": r["event_type"] or event.get("type"), "trigger": event.get("trigger"),
                "subject": ref(refs, r["subject"], event.get("subject_text")),
                "object": ref(refs, r["object"], event.get("object_text")),
                "location": event.get("location"), "place": event.get("place"),
                "date": event.get("date"), "date_text": event.get("date_text"),
                "quantity": quantity, "negated": bool(event.get("negated")), "modality": event.get("modality"),
            },
            "figure": format_quantity(quantity),
        })
    return out


def claims(store, flt: ClaimFilter | None = None, *, limit: int = 50, offset: int = 0,
           order: str = "date") -> dict[str, Any]:
    """Claims matching ``flt``, one page of them, with the total.

    order (str): "date" (the claim's date, then document and position) or "doc" (document order).
    RETURNS (dict): {"total": int, "items": [claim dicts], "limit", "offset"}.
    """
    flt = flt or ClaimFilter()
    where, params = flt.where()
    total = store.query(f"SELECT count(*) AS n FROM claims c JOIN documents d ON d.id = c.doc WHERE {where}",
                        params)[0]["n"]
    order_sql = ("c.doc, c.start" if order == "doc"
                 else f"{CLAIM_DATE} NULLS LAST, c.doc, c.start")
    rows = store.query(f"{CLAIM_SELECT} WHERE {where} ORDER BY {order_sql} LIMIT ? OFFSET ?",
                       params + [limit, offset])
    return {"total": total, "limit": limit, "offset": offset, "items": finish_claims(store, rows)}


def claims_by_id(store, ids: list[str]) -> list[dict[str, Any]]:
    """The claims with these ids, in document order."""
    if not ids:
        return []
    rows = store.query(f"{CLAIM_SELECT} WHERE list_contains(?::VARCHAR[], c.id) ORDER BY d.published NULLS LAST, "
                       "c.doc, c.start", [list(ids)])
    return finish_claims(store, rows)


def claim_contexts(store, claims: list[dict[str, Any]], *, chars: int = 280) -> dict[str, dict[str, str]]:
    """Each claim's sentence in its surroundings, in one query: {claim id: context}.

    A context is {"before", "claim_pre", "content", "claim_post", "after"}: cut at word
    boundaries ``chars`` characters either side, so the sentence reads in context, with the
    reported content (when known) split out so it can be highlighted within the sentence.
    """
    if not claims:
        return {}
    rows = store.query(
        'SELECT c.id, greatest(c.start - ?, 0) AS lo, '
        'substr(d.text, greatest(c.start - ?, 0) + 1, c."end" - greatest(c.start - ?, 0) + ?) AS window '
        'FROM claims c JOIN documents d ON d.id = c.doc WHERE list_contains(?::VARCHAR[], c.id)',
        [chars, chars, chars, chars, [c["id"] for c in claims]])
    windows = {r["id"]: (r["lo"], r["window"] or "") for r in rows}
    out = {}
    for claim in claims:
        if claim["id"] in windows:
            lo, window = windows[claim["id"]]
            out[claim["id"]] = _cut_context(claim, lo, window, chars)
    return out


def claim_context(store, claim: dict[str, Any], *, chars: int = 280) -> dict[str, str]:
    """One claim's sentence in its surroundings (see ``claim_contexts``)."""
    return claim_contexts(store, [claim], chars=chars).get(claim["id"], _cut_context(claim, 0, "", chars))


def _cut_context(claim: dict[str, Any], lo: int, window: str, chars: int) -> dict[str, str]:
    start, end = claim["start"] or 0, claim["end"] or 0
    before, body, after = window[: start - lo], window[start - lo: end - lo], window[end - lo:]
    if lo > 0 and " " in before:
        before = "…" + before[before.index(" ") + 1:]
    if len(after) >= chars and " " in after:
        after = after[: after.rindex(" ")] + "…"
    cs, ce = claim.get("content_start"), claim.get("content_end")
    if cs is not None and ce is not None and start <= cs < ce <= end:
        pre, content, post = body[: cs - start], body[cs - start: ce - start], body[ce - start:]
    else:
        pre, content, post = "", body, ""
    return {"before": before, "claim_pre": pre, "content": content, "claim_post": post, "after": after}


def links_for_claims(store, ids: list[str]) -> list[dict[str, Any]]:
    """Links touching any of these claims: {"id", "kind", "a", "b", "reason", "group"}."""
    if not ids:
        return []
    return store.query(
        "SELECT id, kind, a, b, reason, group_id AS \"group\" FROM links "
        "WHERE list_contains(?::VARCHAR[], a) OR list_contains(?::VARCHAR[], b) ORDER BY kind, id",
        [list(ids), list(ids)])


def documents(store, *, outlet: str | None = None, q: str | None = None, limit: int = 50,
              offset: int = 0) -> dict[str, Any]:
    """Documents (without their text), newest first, with claim and mention counts."""
    conds, params = ["true"], []
    if outlet:
        conds.append("d.outlet = ?")
        params.append(outlet)
    if q:
        conds.append("(d.title ILIKE ? ESCAPE '\\' OR d.path ILIKE ? ESCAPE '\\')")
        params += [like_pattern(q)] * 2
    where = " AND ".join(conds)
    total = store.query(f"SELECT count(*) AS n FROM documents d WHERE {where}", params)[0]["n"]
    rows = store.query(
        f"""SELECT d.id, d.title, d.outlet, d.published, d.path, d.url, d.language, d.status, d.status_reason,
                   d.duplicate_of, d.words,
                   (SELECT count(*) FROM claims c WHERE c.doc = d.id) AS claims,
                   (SELECT count(*) FROM mentions m WHERE m.doc = d.id) AS mentions
            FROM documents d WHERE {where}
            ORDER BY d.published DESC NULLS LAST, d.path LIMIT ? OFFSET ?""", params + [limit, offset])
    return {"total": total, "limit": limit, "offset": offset, "items": rows}


def outlet_names(store) -> list[str]:
    """Every outlet named by a document, sorted (for filter menus)."""
    return [r["outlet"] for r in store.query(
        "SELECT DISTINCT outlet FROM documents WHERE outlet IS NOT NULL ORDER BY outlet")]


def type_names(store) -> list[str]:
    """PLOVER types used by any claim (event or speech act)."""
    return [r["t"] for r in store.query(
        "SELECT DISTINCT t FROM (SELECT event_type AS t FROM claims UNION SELECT speech_type FROM claims) "
        "WHERE t IS NOT NULL ORDER BY t")]
