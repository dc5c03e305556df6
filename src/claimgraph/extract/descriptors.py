"""A side of a war named by a descriptor instead of its name: "federal troops", "the federal government", "the
Federal Army", "the separatists", "rebel fighters", "separatist mortars".

News about a war names each side by what it is far more often than by its name. An analyst reads such a phrase as
the side it describes when only one side fits:

- a **state qualifier** ("federal") names the one state whose formal name says so ("Federal Republic of X",
  "Russian Federation"): "federal troops", "the federal side" are that state; "the federal government",
  "the federal authorities" its government; "the federal defence ministry", "the Federal Army" its institutions;
  "the Federal Republic" the state itself;
- a **movement qualifier** ("separatist", "rebel", "insurgent") before a force noun, and the plural people words
  ("the separatists", "the rebels", "the militants"), name the one armed movement the article names (an armed
  group, or an organisation headed "Movement", "Front" …), never a state's organ, an international body or a
  numbered unit.

Where the article names no such state or movement, the mention is left for the corpus to place
(``resolve.descriptors``): it carries a placeholder (``FEDERAL`` / ``MOVEMENT``) and the corpus joins it to its one
federal state or movement, only when the article names a state that one shares articles with. Two candidates, in
the article or the corpus, leave it alone. The words are data (``state_names.yaml``: ``descriptor_*``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from .. import data
from ..model import Mention
from .group_refs import group_plurals
from .kb import fold, get_kb
from .tokens import tokens

FEDERAL = "(federal state)"     # placeholder state of a federal descriptor no state of the article explains
MOVEMENT = "(armed movement)"   # placeholder local key of a movement descriptor in an article naming none
SHAPE = "shape:descriptor"      # kb id of a placeholder descriptor mention (never a knowledge-base entry)
NOT_BEFORE = ("a", "an", "any", "no", "another", "every", "each")
OF = re.compile(r"\s+of\s+(?:the\s+)?")


@lru_cache(maxsize=1)
def words() -> dict[str, frozenset[str]]:
    """The descriptor word lists of ``state_names.yaml``, lower case."""
    d = data.load("state_names.yaml")
    return {k: frozenset(w.lower() for w in d.get(f"descriptor_{k}", []))
            for k in ("state_qualifiers", "state_forms", "movement_qualifiers", "force_nouns", "government_nouns",
                      "movement_heads", "government_qualifiers")}


@lru_cache(maxsize=4096)
def federal_form(name: str) -> bool:
    """Does a state's name say it is federal ("Federal Republic of X", "Russian Federation")?"""
    return any(fold(w) in words()["state_forms"] for w in re.findall(r"[A-Za-z]+", name))


def is_movement(m: Mention) -> bool:
    """Is a named mention an armed movement a descriptor may stand for (an armed group, or an organisation whose
    name ends in a movement's head word), and no state's organ, body, numbered unit or state-qualified force?"""
    if m.pronoun or m.kind not in ("armed_group", "organization") or (m.kb_id or "").startswith(("inst:", "body:")):
        return False
    name = m.local_key or m.name
    if any(c.isdigit() for c in name) or m.affiliation_kb and m.affiliation_kb.startswith("country:"):
        return False    # "the 114th Brigade": a regular army's unit; an organ of a known state
    first = fold(name.split()[0]) if name.split() else ""
    if first in words()["state_qualifiers"]:
        return False    # "the Federal Army" is the state's
    last = fold(name.split()[-1]) if name.split() else ""
    return m.kind == "armed_group" or last in words()["movement_heads"]


@lru_cache(maxsize=512)
def _kb_federal(kid: str) -> bool:
    """Is a knowledge-base state federal by any of its names (once per entry: "Federal Republic of Germany")?"""
    kb = get_kb()
    entry = kb.entries.get(kid)
    return entry is not None and any(federal_form(f) for f in kb.written.get(entry.id, []) + [entry.name])


def _states(mentions: list[Mention]) -> tuple[dict[str, Mention], dict[str, Mention]]:
    """The article's states by key, and those of them whose formal name is federal (the knowledge base's official
    name counts: "Germany" is the "Federal Republic of Germany")."""
    states: dict[str, Mention] = {}
    federal: dict[str, Mention] = {}
    for m in mentions:
        if m.pronoun or m.kind != "country":
            continue
        key = m.local_key or m.name
        states.setdefault(key, m)
        if federal_form(m.name) or m.kb_id and _kb_federal(m.kb_id):
            federal.setdefault(key, m)
    return states, federal


def descriptor_mentions(doc: Doc, mentions: list[Mention], sentence_of: dict[int, int],
                        doc_id: str, government: bool = False) -> list[Mention]:
    """Mentions over the descriptors of a state or movement (see the module); named mentions that are a federal
    state's own ("the Federal Army", "the Federal Republic") are given that state in place.

    doc (Doc): the parsed document.
    mentions (list[Mention]): the document's typed and linked mentions.
    sentence_of (dict): token index -> sentence number.
    doc_id (str): the document's id.
    government (bool): read only "government forces", "regime troops" (called once the article's governments are
        found: ``stateforms``); else every other descriptor.
    RETURNS (list[Mention]): new mentions (ids left empty).
    """
    w = words()
    table = tokens(doc)
    quals = w["government_qualifiers"] if government else w["state_qualifiers"] | w["movement_qualifiers"]
    plurals = frozenset() if government else group_plurals()
    # cheap gate: a qualifier or a plural people word somewhere in the article (one set intersection), then their
    # positions
    words_ = quals | plurals
    if words_.isdisjoint(table.lower):
        return []
    hits = [i for i, low in enumerate(table.lower) if low in words_]
    states, federal = _states(mentions)
    movements = {m.local_key or m.name: m for m in mentions if is_movement(m)}
    state = next(iter(federal.values())) if len(federal) == 1 else None
    movement = next(iter(movements.values())) if len(movements) == 1 else None
    governments = {m.local_key or m.name: m for m in mentions if m.kind == "government" and not m.pronoun}
    ruler = next(iter(governments.values())) if len(governments) == 1 and government else None
    if government and ruler is None:
        return []       # no one government named: "government forces" is left to arguments.state_noun
    if not government:
        _own_names(mentions, state, federal)     # "the Federal Army": the federal state's
    taken = [(m.start, m.end) for m in mentions]
    by_start = {m.start: m for m in mentions if m.kind == "country" and not m.pronoun}
    text = table.doc_text
    out: list[Mention] = []
    for i in hits:
        token = doc[i]
        low = token.lower_
        if low in plurals and token.tag_ == "NNS":
            head, first = token, token      # "the separatists"
            if any(c.dep_ in ("compound", "amod", "poss", "nmod") and (c.pos_ == "PROPN" or c.ent_type_)
                   for c in token.children) or any(c.dep_ == "prep" and c.lower_ == "of" and any(
                       o.dep_ == "pobj" and (o.pos_ == "PROPN" or o.ent_type_) for o in c.children)
                                                   for c in token.children):
                continue    # "Karvan rebels", "the rebels of the Karvan Front": another owner, read elsewhere
                # (not "accused the rebels of shelling X", where the parser may hang the act on the noun)
            side = "movement"
        elif low in quals and token.dep_ in ("amod", "compound") and token.head.i > token.i and \
                _head(token).pos_ in ("NOUN", "PROPN") and _head(token).lower_ in w["force_nouns"] | _generic_heads():
            head, first = _head(token), token
            if any(t.pos_ not in ("NOUN", "ADJ", "PROPN") or not t.is_lower for t in doc[first.i + 1:head.i + 1]) or \
                    not (token.is_lower or token.is_sent_start or token.i == 0):
                continue    # "federal Zemlish troops": the qualifier does not govern the whole; names are read above
            side = "state" if low in w["state_qualifiers"] else "movement" if low in w["movement_qualifiers"] else \
                "government"
            if side == "government" and head.lower_ in w["government_nouns"]:
                continue    # "the government authorities": the government itself, read by stateforms
        else:
            continue
        det = [c for c in head.children if c.dep_ == "det" and c.i < first.i]
        if any(c.lower_ in NOT_BEFORE for c in det):
            continue        # "a rebel fighter", "no federal troops": nobody in particular
        start = det[0].idx if det and det[0].lower_ == "the" else first.idx
        end = head.idx + len(head.text)
        if any(a < end and start < b for a, b in taken):
            continue
        rest = " ".join(t.lower_ for t in doc[first.i + 1:head.i + 1])
        of = OF.match(text, end)
        owner = by_start.get(of.end()) if of else None     # "the federal authorities of X": X's, whatever X is
        if side == "state" and owner is None and len(federal) > 1:
            continue        # two federal states: "federal" could be either
        if side == "government":
            # "government forces", "regime troops": the side of the article's one government
            m = Mention(id="", doc=doc_id, start=start, end=end, text=text[start:end], name=" ".join(
                text[start:end].split()), kind=ruler.kind, label="ORG", kb_id=ruler.kb_id,
                local_key=ruler.local_key or ruler.name, affiliation=ruler.affiliation,
                affiliation_kb=ruler.affiliation_kb)
        else:
            m = _state_phrase(doc_id, start, end, text, rest, owner or state, states) if side == "state" else \
                _movement_phrase(doc_id, start, end, text, movement, movements, states)
        if m is None:
            continue
        m.sentence = sentence_of.get(first.i, 0)
        out.append(m)
        taken.append((start, end))
    return out


def _head(token):
    """The noun a qualifier governs, past the nouns compounded with it ("federal" -> "ministry" in "the federal
    defence ministry", where the parser may hang "federal" on "defence")."""
    head = token.head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    return head


@lru_cache(maxsize=1)
def _generic_heads() -> frozenset[str]:
    """Last words of the knowledge base's generic institutions ("ministry", "service", "police")."""
    return frozenset(k.split()[-1] for k in get_kb().generic)


def _own_names(mentions: list[Mention], state: Mention | None, federal: dict[str, Mention]) -> None:
    """"The Federal Army", "the Federal Migration Service", "the Federal Republic": a name that opens with the state
    qualifier is the article's one federal state's (an institution of it, or the state); changed in place."""
    if state is None and (federal or not any(m.kind == "country" and not m.pronoun for m in mentions)):
        return          # two federal states, or an article that names no state: "Federal" is no one's for sure
    kb = get_kb()
    key = state.local_key or state.name if state is not None else FEDERAL
    for m in mentions:
        words_ = m.name.split()
        if m.pronoun or len(words_) < 2 or fold(words_[0]) not in words()["state_qualifiers"] or m.kind == "person" \
                or m.kind == "country" or (m.local_key or m.name) in federal:
            continue
        rest = " ".join(words_[1:])
        if federal_form(m.name) and re.fullmatch(r"(?i)[a-z ]*(republic|federation|state)", m.name) and state:
            # "the Federal Republic" with no name after it: the article's one federal state
            m.kind, m.label, m.kb_id, m.local_key = "country", "GPE", state.kb_id, key
            m.affiliation = m.affiliation_kb = None
            continue
        if m.kind not in ("organization", "armed_group", "government", "other") or m.affiliation:
            continue
        entry = kb.lookup(rest, generic=True)
        generic = entry is not None and entry.generic
        if state is None and not generic:
            continue    # "the Federal Aviation Agency" in an article with no federal state: whose, the corpus cannot tell
        if generic:
            m.kind, m.kb_id, m.local_key = entry.kind, entry.id, f"{rest.lower()} ({key})"
        m.affiliation, m.affiliation_kb = key, state.kb_id if state is not None else None


def _state_phrase(doc_id: str, start: int, end: int, text: str, rest: str, state: Mention | None,
                  states: dict[str, Mention]) -> Mention | None:
    """A mention of the federal state (or of its government or institution) over text[start:end]; with no federal
    state in the article, a placeholder for the corpus to place, when the article names some state."""
    w = words()
    if state is None and not states:
        return None     # an article that names no state at all: nothing to tie "federal" to
    key = state.local_key or state.name if state is not None else FEDERAL
    phrase = text[start:end]
    name = " ".join(phrase.split())
    m = Mention(id="", doc=doc_id, start=start, end=end, text=phrase, name=name, kind="country", label="GPE",
                kb_id=state.kb_id if state is not None else SHAPE, local_key=key)
    entry = get_kb().lookup(rest, generic=True)
    head = rest.split()[-1]
    if entry is not None and entry.generic and head not in w["force_nouns"] - {"army", "police"}:
        # "the federal defence ministry", "the federal army": the state's institution
        m.kind, m.label, m.kb_id = entry.kind, "ORG", entry.id
        m.local_key, m.name = f"{rest} ({key})", re.sub(r"(?i)^the\s+", "", name)    # as written: "federal ... ministry"
        m.affiliation, m.affiliation_kb = key, state.kb_id if state is not None else None
    elif head in w["government_nouns"] and len(rest.split()) == 1:
        m.kind, m.label, m.kb_id = "government", "ORG", None if state is not None else SHAPE
        m.local_key = f"government ({key})"
        m.affiliation, m.affiliation_kb = key, state.kb_id if state is not None else None
    elif head not in w["force_nouns"] or entry is not None:
        return None
    return m


def _movement_phrase(doc_id: str, start: int, end: int, text: str, movement: Mention | None,
                     movements: dict[str, Mention], states: dict[str, Mention]) -> Mention | None:
    """A mention of the article's one armed movement over text[start:end]; with none named, a placeholder for the
    corpus to place (when the article names some state); with two, nothing."""
    if movements and movement is None:
        return None     # two movements: "the rebels" could be either
    if movement is None and not states:
        return None
    phrase = text[start:end]
    if movement is not None:
        return Mention(id="", doc=doc_id, start=start, end=end, text=phrase, name=" ".join(phrase.split()),
                       kind=movement.kind, label="ORG", kb_id=movement.kb_id,
                       local_key=movement.local_key or movement.name, affiliation=movement.affiliation,
                       affiliation_kb=movement.affiliation_kb)
    return Mention(id="", doc=doc_id, start=start, end=end, text=phrase, name=" ".join(phrase.split()),
                   kind="armed_group", label="ORG", kb_id=SHAPE, local_key=MOVEMENT)

