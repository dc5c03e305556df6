"""Places a proper name alone identifies as well as the name with its head: a refugee camp, a border crossing.

"The Zelvra refugee camp", "Zelvra camp" and a machine translation's "the camp Zelvra" are one facility
(``extract.facilities``); unlike a mine or an airbase named after a town, a camp or a crossing is usually the only
place of its name, and articles call it by the name alone ("most of them live in Zelvra"). So the bare name joins
the facility across the corpus, when nothing shows it to be something else: one facility of such a head bears the
name, no article makes the name a state, a capital or an organisation, and a town the gazetteer lists under that
name belongs to a country no article names (a namesake abroad, not the place meant). Heads are data
(``metonyms.yaml``: ``facility_named_alone``).
"""
from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from .. import data
from ..extract.kb import name_key
from ..extract.locations import cities
from .nodes import Node, UnionFind


@lru_cache(maxsize=1)
def _alone_heads() -> frozenset[str]:
    """The facility heads whose name alone is the facility ("camp", "crossing")."""
    return frozenset(data.load("metonyms.yaml").get("facility_named_alone", []))


def merge_named_alone(nodes: list[Node], uf: UnionFind) -> None:
    """Join each bare name to the one camp or crossing it names (union-find changed in place).

    nodes (list[Node]): the corpus' nodes, kinds as the corpus reads them. uf (UnionFind): over ``nodes``.
    """
    heads = _alone_heads()
    facilities: dict[str, set[int]] = defaultdict(set)   # bare name key -> roots of facilities "<name> <head>"
    for i, n in enumerate(nodes):
        words = name_key(n.key).split()
        if n.kind == "place" and len(words) >= 2 and words[-1] in heads and not n.kb_id:
            facilities[" ".join(words[:-1])].add(uf.find(i))
    if not facilities:
        return
    named = {n.kb_id.split(":", 1)[1] for n in nodes if n.kb_id and n.kb_id.startswith("country:")}
    bare: dict[str, list[int]] = defaultdict(list)
    for i, n in enumerate(nodes):
        key = name_key(n.key)
        if key in facilities:
            bare[key].append(i)
    for key, found in bare.items():
        if len(facilities[key]) != 1:
            continue    # two camps of one name (or "X camp" and "X crossing"): which one is meant is not said
        if any(nodes[i].kind not in ("place", "other") or nodes[i].kb_id for i in found):
            continue    # the name is a state, a capital, an organisation or a person somewhere: not the camp
        if any(code in named for code, _ in cities().get(key, ())):
            continue    # a town of a country the corpus names: maybe that town
        target = next(iter(facilities[key]))
        for i in found:
            uf.union(target, i, 1.0, ["a camp or crossing called by its name alone"])
