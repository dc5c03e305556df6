"""What the blind held-out tests (``test_heldout2.py`` … ``test_heldout4.py``) share: reading a set's gold and
articles, building its export once, checking the gold against the articles, and finding the links between two
gold claims. Each test module keeps its own floors and assertions.
"""
from __future__ import annotations

import re
from pathlib import Path

import yaml

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def gold(root: Path) -> dict:
    """The set's ``gold.yaml``."""
    return yaml.safe_load((root / "gold.yaml").read_text(encoding="utf-8"))


def articles(root: Path, suffixes: tuple[str, ...] = (".txt",)) -> dict[str, str]:
    """Article text (raw, HTML included) by document key (file-name prefix), whitespace folded as the scorer
    folds it."""
    paths = sorted(p for p in (root / "articles").iterdir() if p.suffix in suffixes)
    return {p.name[:3]: re.sub(r"\s+", " ", p.read_text(encoding="utf-8")) for p in paths}


def build_export(root: Path, tmp_path_factory) -> dict:
    """Build the set's articles (one worker) into a temporary store and return the JSON export."""
    import claimgraph

    store = tmp_path_factory.mktemp(root.name) / f"{root.name}.duckdb"
    claimgraph.build([root / "articles"], store=store, workers=1)
    with claimgraph.open(store) as corpus:
        return corpus.to_dict()


def missing_gold_strings(g: dict, texts: dict[str, str], *, not_actors: bool = True) -> list[str]:
    """Gold strings that do not occur where score.py looks for them.

    Aliases (and, with ``not_actors``, the names that are no actors) anywhere as whole words; hedge evidence
    and source-chain names in their own article; each " / "- or " ... "-separated piece of relation and
    quantity evidence in its article.
    """
    everything = " ".join(texts.values())
    strings = [s for a in g["actors"] for s in a["aliases"]] + (g["not_actors"] if not_actors else [])
    missing = [s for s in strings if not re.search(r"(?i)\b" + re.escape(s) + r"\b", everything)]
    missing += [h["evidence"] for h in g["hedged"] if h["evidence"].lower() not in texts[h["doc"]].lower()]
    missing += [name for o in g["origins"] for name in o["chain"] if name.lower() not in texts[o["doc"]].lower()]
    missing += [piece for item in g["relations"] + g["quantities"]
                for piece in re.split(r" / | \.\.\. ", item["evidence"])
                if piece.lower() not in texts[item["doc"]].lower()]
    return missing


def named_ids(g: dict, *, via: bool = True) -> set[str]:
    """Actor ids the gold's relations, quantities (claimers, and with ``via`` their chains) and rollups name."""
    named = {r[k] for r in g["relations"] for k in ("subject", "object") if r.get(k)}
    named |= {q["claimed_by"] for q in g["quantities"] if q.get("claimed_by")}
    named |= {a["rollup"] for a in g["actors"] if a.get("rollup")}
    if via:
        named |= {v for q in g["quantities"] for v in q.get("via", [])}
    return named


def linked_kinds(scorer, export: dict, keys: list[str], pair: dict) -> set[str]:
    """Kinds of the links between any claim matching side ``a`` and any matching side ``b`` of a gold pair.

    Sides are matched the way score.py matches contradiction sides: same document, and the figure among the
    quantity's value, bounds or sum of parts.
    """
    docs = scorer.doc_map(export, sorted(keys))

    def values(claim: dict) -> set[float]:
        q = (claim.get("event") or {}).get("quantity") or {}
        vals = {q.get("value"), q.get("low"), q.get("high")}
        if q.get("parts"):
            vals.add(sum(p["value"] for p in q["parts"]))
        return {float(v) for v in vals if isinstance(v, (int, float))}

    def side(spec: dict) -> set[str]:
        return {c["id"] for c in export["claims"]
                if c["doc"] == docs.get(spec["doc"]) and float(spec["value"]) in values(c)}

    a, b = side(pair["a"]), side(pair["b"])
    return {link["kind"] for link in export["links"]
            if (link["a"] in a and link["b"] in b) or (link["a"] in b and link["b"] in a)}


def gold_errors(gold: dict, articles: dict[str, str]) -> list[str]:
    """What is inconsistent in a blind set's gold: eight documents keyed 000-007, relations and quantities in
    them, every id it names an actor, places among the actors, no surface form under two actors."""
    ids = {a["id"] for a in gold["actors"]}
    keys = set(articles)
    errors = []
    if keys != {f"{i:03d}" for i in range(8)}:
        errors.append(f"documents {sorted(keys)}")
    docs = {r["doc"] for r in gold["relations"]} | {q["doc"] for q in gold["quantities"]}
    if not docs <= keys:
        errors.append(f"unknown documents {sorted(docs - keys)}")
    if not named_ids(gold) <= ids:
        errors.append(f"unknown actors {sorted(named_ids(gold) - ids)}")
    if not set(gold.get("places", [])) <= ids:
        errors.append(f"unknown places {sorted(set(gold['places']) - ids)}")
    surfaces = [s.lower() for a in gold["actors"] for s in a["aliases"]]
    if len(surfaces) != len(set(surfaces)):
        errors.append("a surface form is listed under two actors")
    return errors


def pairs_linked_as(scorer, export: dict, keys: list[str], pairs: list[dict], kind: str = "contradicts") -> list[str]:
    """The ``why`` of every gold pair whose sides are linked with ``kind`` (see ``linked_kinds``)."""
    return [pair["why"] for pair in pairs if kind in linked_kinds(scorer, export, keys, pair)]


def unknown_pair_figures(gold: dict, section: str) -> list[tuple]:
    """Sides of the gold pairs of ``section`` that name a figure the gold's quantities do not list in that
    document (with the same claimer when the side names one): such a pair could never be found."""
    quantities = gold["quantities"]
    return [
        (pair["why"], side)
        for pair in gold[section]
        for side in (pair["a"], pair["b"])
        if "value" in side and not any(
            q["doc"] == side["doc"] and float(q["value"]) == float(side["value"])
            and (not side.get("claimed_by") or q.get("claimed_by") == side["claimed_by"])
            for q in quantities)
    ]


def unknown_pair_claimers(gold: dict, section: str) -> list[tuple]:
    """Claimers named by the gold pairs of ``section`` that are no actor of the gold."""
    ids = {a["id"] for a in gold["actors"]}
    return [(pair["why"], side["claimed_by"]) for pair in gold[section] for side in (pair["a"], pair["b"])
            if side.get("claimed_by") and side["claimed_by"] not in ids]
