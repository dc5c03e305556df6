"""Organisation passes of cross-document actor resolution: outlets by their head word, organs of a body by
theirs, organisation keys compared transliteration-folded. Each pass joins within-document clusters
(``resolve.actors.Node``) in a ``resolve.actors.UnionFind`` and records why.
"""
from __future__ import annotations

from collections import defaultdict

from .. import data
from ..extract.mtnames import MEDIUM
from ..extract.names import org_key, translit


def folded(key: str) -> str:
    """An organisation key with each word transliteration-folded ("korwale" -> "korvale")."""
    return " ".join(translit(w) or w for w in key.split())


def merge_outlet_heads(nodes: list, uf) -> None:
    """An outlet called by its last word ("the Ledger") joins the one outlet of the corpus with that last word
    ("the Orville Ledger"); two such outlets leave it alone."""
    heads = {w.lower() for w in data.load("institutions.yaml").get("media_heads", [])}
    by_head: dict[str, set[int]] = defaultdict(set)
    for i, n in enumerate(nodes):
        words = n.key.split()
        if n.kind == "media" and len(words) > 1 and words[-1].lower() in heads:
            by_head[words[-1].lower()].add(uf.find(i))
    for i, n in enumerate(nodes):
        if n.kb_id or " " in n.key.strip() or n.key.lower() not in by_head or n.kind in ("person", "place"):
            continue
        roots = {uf.find(r) for r in by_head[n.key.lower()]} - {uf.find(i)}
        if len(roots) == 1:
            uf.union(next(iter(roots)), i, 0.85, ["the last word of the only outlet of that name in the corpus"])


def merge_organs(nodes: list, uf) -> None:
    """An organ of a body called by its head word ("the AU panel", "the UN panel") joins the one organ of that
    body with that head word named in full in the corpus ("the African Union Panel of Experts")."""
    heads = set(data.load("institutions.yaml").get("organ_heads", []))
    short: dict[tuple[str, str], list[int]] = defaultdict(list)
    full: dict[tuple[str, str], set[str]] = defaultdict(set)
    first: dict[tuple[str, str, str], int] = {}
    for i, n in enumerate(nodes):
        body = next((m.affiliation_kb for m in n.named if (m.affiliation_kb or "").startswith("body:")), None)
        head = next((w.lower() for w in n.key.split() if w.lower() in heads), None)
        if body is None or head is None or n.kind == "person":
            continue
        if n.key.split()[-1].lower() == head and n.key.split()[-1].islower():
            short[(body, head)].append(i)   # "<body> panel" in lower case
        else:
            full[(body, head)].add(org_key(n.key))
            first.setdefault((body, head, org_key(n.key)), i)
    for at, ids in short.items():
        if len(full.get(at, ())) == 1:
            j = first[(*at, next(iter(full[at])))]
            for i in ids:
                uf.union(j, i, 0.85, [f"the only {at[1]} of {at[0]} named in full in the corpus"])


def merge_outlet_leads(nodes: list, uf) -> None:
    """An outlet called by its first word ("Harbourline" for "Harbourline News") joins the one outlet of the
    corpus whose name is that word and outlet words; a word the corpus uses as a place or a state names the
    city, never the outlet ("Mordell" of "the Mordell Herald"); a word the model read as a place used as an actor
    joins only where some mention uses it as a medium ("told Travesk", ``extract.mtnames.mark_medium_uses``)."""
    inst = data.load("institutions.yaml")
    tails = {w.lower() for key in ("media_heads", "media_tails", "agency_words") for w in inst.get(key, [])}
    # a word some article uses as a place or the corpus shows to be a state's capital is a city (one the model
    # merely tagged GPE, of kind "other", may be the outlet: "told Brightwater")
    places = {folded(org_key(n.key)) for n in nodes if n.kind in ("place", "country")}
    by_lead: dict[str, set[int]] = defaultdict(set)
    for i, n in enumerate(nodes):
        words = n.key.split()
        if n.kind == "media" and len(words) > 1 and all(w.lower() in tails for w in words[1:]):
            by_lead[folded(org_key(words[0]))].add(uf.find(i))
    for i, n in enumerate(nodes):
        lead = folded(org_key(n.key))
        if n.kb_id or " " in n.key.strip() or lead not in by_lead or lead in places or \
                n.kind not in ("organization", "media", "other"):
            continue
        if n.kind == "other" and not any(m.label == MEDIUM for m in n.named):
            continue    # a city's word used as a party to an act ("Quelmark accused Travesk"), never as a medium
        roots = {uf.find(r) for r in by_lead[lead]} - {uf.find(i)}
        if len(roots) == 1:
            uf.union(next(iter(roots)), i, 0.85, ["the first word of the only outlet of that name in the corpus"])


def merge_rulers(nodes: list, uf) -> None:
    """A ruling body's descriptor in an article that names no ruling body ("the junta said" in a blog) joins
    the one ruling body of the corpus: a body some article names and calls so (``extract.rulers``). Two such
    bodies, or none, leave it alone."""
    from ..extract.rulers import RULER
    bodies, orphans = set(), []
    for i, n in enumerate(nodes):
        described = [m.kb_id == RULER for m in n.named]
        if described and all(described):
            orphans.append(i)
        elif any(described):
            bodies.add(uf.find(i))
    roots = {uf.find(b) for b in bodies}
    if len(roots) != 1:
        return
    root = next(iter(roots))
    for i in orphans:
        uf.union(root, i, 0.8, ["a ruling body's descriptor in an article that names none: the corpus's one "
                                "ruling body"])
