"""Corpus-level summaries: the figures both reports and the web overview show.

Each function takes an open ``Store`` and returns JSON-ready data. They aggregate in SQL and
are bounded by ``limit`` so they stay fast on large stores.
"""
from __future__ import annotations

import json
from typing import Any

from .. import data
from .queries import CLAIM_DATE, ClaimFilter, actor_refs, claims_by_id, like_pattern, ref

PLOVER_FILE = "plover_quads.yaml"


def plover_quads() -> dict[str, str]:
    """``{PLOVER type: quad}`` (verbal/material cooperation/conflict), for colouring relations."""
    table = data.load(PLOVER_FILE) or {}
    return {t: quad for quad, types in (table.get("quads") or {}).items() for t in types}


def corpus(store) -> dict[str, Any]:
    """Counts and ranges describing the whole store."""
    counts = store.counts()
    docs = store.query(
        "SELECT count(*) AS documents, count(*) FILTER (WHERE status = 'analysed') AS analysed, "
        "count(*) FILTER (WHERE status = 'duplicate') AS duplicates, "
        "count(*) FILTER (WHERE status = 'not_analysed') AS not_analysed, "
        "count(DISTINCT outlet) AS outlets, min(published) AS first_date, max(published) AS last_date, "
        "coalesce(sum(words), 0) AS words FROM documents")[0]
    claim_row = store.query(
        "SELECT count(*) AS claims, count(*) FILTER (WHERE hedged) AS hedged, "
        "count(*) FILTER (WHERE speaker IS NOT NULL OR speaker_text IS NOT NULL) AS attributed, "
        "count(*) FILTER (WHERE event_type IS NOT NULL) AS typed, "
        "count(*) FILTER (WHERE stance = 'denies') AS denials FROM claims")[0]
    links = {r["kind"]: r["n"] for r in store.query("SELECT kind, count(*) AS n FROM links GROUP BY kind")}
    return {**docs, **claim_row, "mentions": counts.get("mentions", 0), "actors": counts.get("actors", 0),
            "merges": counts.get("merges", 0), "events": counts.get("events", 0), "signals": counts.get("signals", 0),
            "errors": counts.get("errors", 0), "links": links,
            "contradictions": links.get("contradicts", 0), "agreements": links.get("corroborates", 0),
            "updates": links.get("updates", 0), "schema_version": store.schema_version}


def actor_where(kind: str | None = None, q: str | None = None) -> tuple[str, list[Any]]:
    """WHERE clause over ``actors a`` for a kind and a name/alias substring."""
    conds, params = [], []
    if kind:
        conds.append("a.kind = ?")
        params.append(kind)
    if q:
        conds.append("(a.name ILIKE ? ESCAPE '\\' OR CAST(a.aliases AS VARCHAR) ILIKE ? ESCAPE '\\')")
        params += [like_pattern(q)] * 2
    return ("WHERE " + " AND ".join(conds)) if conds else "", params


def top_actors(store, *, limit: int = 15, kind: str | None = None, q: str | None = None,
               offset: int = 0) -> list[dict[str, Any]]:
    """Actors by mentions, with alias counts, merges and how many claims they make or figure in."""
    where, params = actor_where(kind, q)
    rows = store.query(
        f"""SELECT a.id, a.name, a.kind, a.country, a.affiliation, a.mentions, a.roles, a.aliases,
                   json_array_length(coalesce(a.aliases, '[]')) AS alias_count,
                   (SELECT count(*) FROM merges m WHERE m.actor = a.id) AS merges,
                   (SELECT count(*) FROM claims c WHERE c.speaker = a.id) AS claims_by,
                   (SELECT count(*) FROM claims c WHERE c.subject = a.id OR c.object = a.id) AS claims_about
            FROM actors a {where} ORDER BY a.mentions DESC, a.name LIMIT ? OFFSET ?""", params + [limit, offset])
    countries = actor_refs(store, [r["country"] for r in rows] + [r["affiliation"] for r in rows])
    for r in rows:
        r["aliases"] = json.loads(r["aliases"] or "[]")
        r["roles"] = json.loads(r["roles"] or "[]")
        r["country"] = ref(countries, r["country"])
        r["affiliation"] = ref(countries, r["affiliation"])
    return rows


# Relations: the event a claim reports (subject TYPE object) and, when the claim is a speech act
# aimed at someone (X accuses Y of ...), the speech act itself (speaker TYPE subject); denials are
# left out there, since denying that Y did something is not an act aimed at Y.
RELATIONS_SQL = f"""
WITH rel AS (
    SELECT c.subject AS source, c.event_type AS type, c.object AS target, 'event' AS via_kind, c.id, c.doc,
           d.outlet, (c.stance = 'denies' OR coalesce(json_extract(c.event, '$.negated')::BOOLEAN, false)) AS denied,
           {CLAIM_DATE} AS date
    FROM claims c JOIN documents d ON d.id = c.doc
    WHERE c.subject IS NOT NULL AND c.object IS NOT NULL AND c.event_type IS NOT NULL AND c.subject <> c.object
    UNION ALL
    SELECT c.speaker, c.speech_type, c.subject, 'speech', c.id, c.doc, d.outlet, false, {CLAIM_DATE}
    FROM claims c JOIN documents d ON d.id = c.doc
    WHERE c.speaker IS NOT NULL AND c.subject IS NOT NULL AND c.speech_type IS NOT NULL AND c.speaker <> c.subject
      AND c.stance <> 'denies'  -- a denial is about the event, not aimed at its subject
)
"""


def relations(store, *, limit: int = 20, actor: str | None = None) -> list[dict[str, Any]]:
    """Relations between actors (source, PLOVER type, target), strongest first.

    Strength is the number of documents that report the relation, then of claims.
    actor (str): only relations this actor takes part in.
    """
    where, params = ("WHERE source = ? OR target = ?", [actor, actor]) if actor else ("", [])
    rows = store.query(
        RELATIONS_SQL + f"""
        SELECT source, type, target, count(*) AS claims, count(DISTINCT doc) AS documents,
               count(DISTINCT outlet) AS outlets, count(*) FILTER (WHERE denied) AS denied,
               min(date) AS first_date, max(date) AS last_date, min(id) AS example
        FROM rel {where} GROUP BY source, type, target
        ORDER BY documents DESC, claims DESC, type LIMIT ?""", params + [limit])
    refs = actor_refs(store, [r["source"] for r in rows] + [r["target"] for r in rows])
    quads = plover_quads()
    for r in rows:
        r["source"] = ref(refs, r["source"])
        r["target"] = ref(refs, r["target"])
        r["quad"] = quads.get(r["type"])
    return rows


def events(store, *, limit: int = 20, offset: int = 0, contested: bool = False, type: str | None = None,
           actor: str | None = None, q: str | None = None) -> dict[str, Any]:
    """Event groups with their link counts, most contested and most reported first.

    q (str): part of the event's label or of its subject's or object's name.
    """
    conds, params = [], []
    if q:
        conds.append("(e.label ILIKE ? ESCAPE '\\' OR e.subject IN (SELECT id FROM actors WHERE name ILIKE ? "
                     "ESCAPE '\\') OR e.object IN (SELECT id FROM actors WHERE name ILIKE ? ESCAPE '\\'))")
        params += [like_pattern(q)] * 3
    if type:
        conds.append("e.type = ?")
        params.append(type)
    if actor:
        conds.append("(e.subject = ? OR e.object = ?)")
        params += [actor, actor]
    if contested:
        conds.append("coalesce(l.contradictions, 0) > 0")
    where = ("WHERE " + " AND ".join(conds)) if conds else ""
    # links are counted per group first: grouping the joined rows by the event's columns made
    # DuckDB parse each event's claims JSON once per link (minutes on a 10k-document store)
    base = f"""
        SELECT e.id, e.type, e.subject, e.object, e.label, e.documents, e.origins, e.grade, e.reasons,
               e.first_date, e.last_date, json_array_length(coalesce(e.claims, '[]')) AS claims,
               coalesce(l.contradictions, 0) AS contradictions, coalesce(l.agreements, 0) AS agreements,
               coalesce(l.updates, 0) AS updates
        FROM events e
        LEFT JOIN (SELECT coalesce(l.group_id, ca.group_id) AS grp,
                          count(*) FILTER (WHERE l.kind = 'contradicts') AS contradictions,
                          count(*) FILTER (WHERE l.kind = 'corroborates') AS agreements,
                          count(*) FILTER (WHERE l.kind = 'updates') AS updates
                   FROM links l LEFT JOIN claims ca ON ca.id = l.a GROUP BY 1) l ON l.grp = e.id
        {where}"""
    total = store.query(f"SELECT count(*) AS n FROM ({base})", params)[0]["n"]
    rows = store.query(base + " ORDER BY contradictions DESC, e.documents DESC, e.id LIMIT ? OFFSET ?",
                       params + [limit, offset])
    refs = actor_refs(store, [r["subject"] for r in rows] + [r["object"] for r in rows])
    for r in rows:
        r["subject"] = ref(refs, r["subject"])
        r["object"] = ref(refs, r["object"])
        r["reasons"] = json.loads(r["reasons"] or "[]")
        r["title"] = event_title(r)
    return {"total": total, "limit": limit, "offset": offset, "items": rows}


def event_title(e: dict[str, Any]) -> str:
    """A readable name for an event group: its label, else "Subject TYPE Object"."""
    if e.get("label"):
        return e["label"]
    parts = [(e.get("subject") or {}).get("name"), e.get("type"), (e.get("object") or {}).get("name")]
    return " ".join(p for p in parts if p) or e.get("id", "event")


def figures(store, group: str) -> list[dict[str, Any]]:
    """The figures (quantities) claims of one event give, with who gives them."""
    ids = [r["id"] for r in store.query(
        "SELECT id FROM claims WHERE group_id = ? AND json_extract(event, '$.quantity') IS NOT NULL "
        "AND json_type(json_extract(event, '$.quantity')) = 'OBJECT' ORDER BY doc, start LIMIT 300", [group])]
    return figures_of(claims_by_id(store, ids))


def figures_of(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The figures the given claims (display dicts) state, with who states them, in order."""
    return [{"claim": c["id"], "figure": c["figure"], "quantity": c["event"]["quantity"],
             "speaker": c["speaker"], "outlet": c["outlet"], "hedged": c["hedged"], "published": c["published"]}
            for c in claims if c["figure"]]


def distinct_figures(figs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The same figure from the same speaker in the same outlet once, with how often (``count``)."""
    out: dict[tuple, dict[str, Any]] = {}
    for f in figs:
        key = (f["figure"], (f["speaker"] or {}).get("id") or (f["speaker"] or {}).get("name"), f["outlet"])
        if key in out:
            out[key]["count"] += 1
            out[key]["hedged"] = out[key]["hedged"] or f["hedged"]
        else:
            out[key] = {**f, "count": 1}
    return list(out.values())


def contested(store, *, limit: int = 10) -> list[dict[str, Any]]:
    """Events with contradicting claims, with the distinct figures given and their origins."""
    items = events(store, limit=limit, contested=True)["items"]
    for e in items:
        e["figures"] = distinct_figures(figures(store, e["id"]))
    return items


def contradictions(store, *, limit: int = 20) -> list[dict[str, Any]]:
    """Contradicting pairs of claims, both sides resolved, with the reason."""
    rows = store.query("SELECT id, kind, a, b, reason, group_id AS \"group\" FROM links "
                       "WHERE kind = 'contradicts' ORDER BY group_id NULLS LAST, id LIMIT ?", [limit])
    by_id = {c["id"]: c for c in claims_by_id(store, [r["a"] for r in rows] + [r["b"] for r in rows])}
    return [{**r, "a": by_id.get(r["a"]), "b": by_id.get(r["b"])} for r in rows
            if r["a"] in by_id and r["b"] in by_id]


def outlets(store, *, examples: int = 2) -> list[dict[str, Any]]:
    """Per outlet: documents, words, claims, hedging and framing signals per 1,000 words with examples."""
    rows = store.query(
        """SELECT coalesce(d.outlet, '') AS outlet, count(*) AS documents, coalesce(sum(d.words), 0) AS words,
                  min(d.published) AS first_date, max(d.published) AS last_date
           FROM documents d WHERE d.status = 'analysed' GROUP BY 1 ORDER BY documents DESC, outlet""")
    claim_rows = {r["outlet"]: r for r in store.query(
        """SELECT coalesce(d.outlet, '') AS outlet, count(*) AS claims, count(*) FILTER (WHERE c.hedged) AS hedged,
                  count(*) FILTER (WHERE c.quote) AS quotes,
                  count(*) FILTER (WHERE c.speaker IS NULL AND c.speaker_text IS NOT NULL) AS unresolved_speakers,
                  count(*) FILTER (WHERE c.stance = 'denies') AS denials
           FROM claims c JOIN documents d ON d.id = c.doc GROUP BY 1""")}
    signal_rows = store.query(
        f"""SELECT coalesce(d.outlet, '') AS outlet, s.kind, count(*) AS n,
                   list(s.text ORDER BY s.doc, s.start)[1:{int(examples)}] AS examples
            FROM signals s JOIN documents d ON d.id = s.doc GROUP BY 1, 2 ORDER BY 1, n DESC""")
    signals: dict[str, list[dict[str, Any]]] = {}
    for s in signal_rows:
        signals.setdefault(s["outlet"], []).append(s)
    out = []
    for r in rows:
        c = claim_rows.get(r["outlet"], {})
        per_k = 1000.0 / r["words"] if r["words"] else 0.0
        out.append({**r, "claims": c.get("claims", 0), "hedged": c.get("hedged", 0), "quotes": c.get("quotes", 0),
                    "denials": c.get("denials", 0),
                    "hedged_share": (c.get("hedged", 0) / c["claims"]) if c.get("claims") else 0.0,
                    "signals": [{"kind": s["kind"], "count": s["n"], "per_1000_words": round(s["n"] * per_k, 2),
                                 "examples": list(s["examples"] or [])} for s in signals.get(r["outlet"], [])]})
    return out


def timeline(store, flt: ClaimFilter | None = None, *, limit: int = 200, offset: int = 0) -> dict[str, Any]:
    """Dated events: one entry per event group (or ungrouped typed claim) and day, oldest first.

    Claims are dated by their event date, else by their article's publication date
    (``dated_by`` says which). Articles published each day are listed beside the events.
    """
    flt = flt or ClaimFilter()
    flt = ClaimFilter(**{**flt.__dict__, "typed": True})
    where, params = flt.where()
    base = f"""
        SELECT {CLAIM_DATE} AS date, coalesce(c.group_id, c.id) AS key, any_value(c.group_id) AS grp,
               min(c.id) AS claim, count(*) AS claims, count(DISTINCT c.doc) AS documents,
               list(DISTINCT d.outlet) FILTER (WHERE d.outlet IS NOT NULL) AS outlets,
               bool_and(json_extract_string(c.event, '$.date') IS NULL) AS by_published,
               bool_or(coalesce(c.hedged, false)) AS hedged
        FROM claims c JOIN documents d ON d.id = c.doc
        WHERE {where} AND {CLAIM_DATE} IS NOT NULL GROUP BY 1, 2"""
    total = store.query(f"SELECT count(*) AS n FROM ({base})", params)[0]["n"]
    rows = store.query(base + " ORDER BY date, claims DESC, key LIMIT ? OFFSET ?", params + [limit, offset])
    groups = {g: e for e in _events_by_id(store, [r["grp"] for r in rows if r["grp"]]) for g in [e["id"]]}
    single = {c["id"]: c for c in claims_by_id(store, [r["claim"] for r in rows if not r["grp"]])}
    entries = []
    for r in rows:
        entry = {"date": r["date"], "dated_by": "published" if r["by_published"] else "event",
                 "claims": r["claims"], "documents": r["documents"], "outlets": r["outlets"] or [],
                 "hedged": r["hedged"], "event": None, "claim": None}
        if r["grp"] and r["grp"] in groups:
            entry["event"] = groups[r["grp"]]
            entry["title"] = event_title(groups[r["grp"]])
        elif r["claim"] in single:
            c = single[r["claim"]]
            entry["claim"] = c
            ev = c["event"]
            entry["title"] = " ".join(p for p in [(ev["subject"] or {}).get("name"), ev["type"],
                                                   (ev["object"] or {}).get("name")] if p) or c["text"][:120]
        else:
            entry["title"] = r["key"]
        entries.append(entry)
    published = store.query(
        "SELECT published AS date, count(*) AS documents, list(DISTINCT outlet) FILTER (WHERE outlet IS NOT NULL) "
        "AS outlets FROM documents WHERE published IS NOT NULL AND status = 'analysed' GROUP BY 1 ORDER BY 1")
    return {"total": total, "limit": limit, "offset": offset, "items": entries, "published": published}


def _events_by_id(store, ids: list[str]) -> list[dict[str, Any]]:
    if not ids:
        return []
    rows = store.query("SELECT id, type, subject, object, label, documents, origins, grade FROM events "
                       "WHERE list_contains(?::VARCHAR[], id)", [sorted(set(ids))])
    refs = actor_refs(store, [r["subject"] for r in rows] + [r["object"] for r in rows])
    for r in rows:
        r["subject"] = ref(refs, r["subject"])
        r["object"] = ref(refs, r["object"])
    return rows


def graph(store, *, nodes: int = 60, edges: int = 150) -> dict[str, Any]:
    """The actor network: actors as nodes, relations as edges (co-mentions when no relation is known).

    RETURNS (dict): {"mode": "relations"|"co-mentions", "nodes": [...], "edges": [...]}.
    """
    quads = plover_quads()
    rows = store.query(
        RELATIONS_SQL + """
        SELECT source, target, type, count(*) AS claims, count(DISTINCT doc) AS documents
        FROM rel GROUP BY ALL ORDER BY documents DESC, claims DESC LIMIT ?""", [edges * 3])
    mode = "relations"
    if not rows:
        mode = "co-mentions"
        rows = store.query(
            """SELECT a.actor AS source, b.actor AS target, NULL AS type, count(*) AS claims,
                      count(DISTINCT a.doc) AS documents
               FROM mentions a JOIN mentions b ON a.doc = b.doc AND a.sentence = b.sentence AND a.actor < b.actor
               WHERE a.actor IS NOT NULL AND b.actor IS NOT NULL
               GROUP BY ALL ORDER BY documents DESC, claims DESC LIMIT ?""", [edges])
    pairs: dict[tuple[str, str], dict[str, Any]] = {}
    for r in rows:
        e = pairs.setdefault((r["source"], r["target"]), {"source": r["source"], "target": r["target"], "types": {},
                                                          "claims": 0, "documents": 0})
        if r["type"]:
            e["types"][r["type"]] = e["types"].get(r["type"], 0) + r["claims"]
        e["claims"] += r["claims"]
        e["documents"] = max(e["documents"], r["documents"])
    ranked = sorted(pairs.values(), key=lambda e: (-e["documents"], -e["claims"]))
    degree: dict[str, int] = {}
    for e in ranked:
        for k in (e["source"], e["target"]):
            degree[k] = degree.get(k, 0) + e["claims"]
    top = {a for a, _ in sorted(degree.items(), key=lambda kv: -kv[1])[:nodes]}
    kept = [e for e in ranked if e["source"] in top and e["target"] in top][:edges]
    used = {k for e in kept for k in (e["source"], e["target"])}
    if not used:  # nothing links actors yet: show the most mentioned ones on their own
        used = {r["id"] for r in store.query("SELECT id FROM actors ORDER BY mentions DESC LIMIT ?", [min(nodes, 25)])}
    node_rows = store.query("SELECT id, name, kind, country, mentions FROM actors "
                            "WHERE list_contains(?::VARCHAR[], id) ORDER BY mentions DESC", [sorted(used)])
    for e in kept:
        e["type"] = max(e["types"], key=e["types"].get) if e["types"] else None
        e["quad"] = quads.get(e["type"])
        e["id"] = f"{e['source']}→{e['target']}"
    return {"mode": mode, "nodes": node_rows, "edges": kept}
