"""A state's ruling body and its army by the common nouns an article gives them once it has named them.

An article names the body that rules a state ("the Military Council for National Salvation (MCNS)") and then
calls it "the junta", "the regime" or "the military government"; it calls the state's armed forces "the
general staff" or "the high command". Analysts list those words as aliases of the named body. This module adds
a mention over each such noun phrase, linked (``local_key``) to the one body the article names:

- a descriptor of the ruling body joins the article's one ruling body: a government by its kind, or an
  organisation whose name has a ruling head ("Council") and a government word ("Salvation") or "military";
  with two such bodies it is left alone; in an article that names none it is a mention of its own that the
  corpus joins to the one ruling body other articles name (``resolve.organs.merge_rulers``);
- a descriptor of the army joins the article's one army mention ("the Drelish army"); with none it is a
  mention of the generic army of no named state, for the corpus to place (``resolve.actors._merge_kb``).

The words are data (``state_names.yaml``: ``ruler_descriptors``, ``ruler_heads``, ``army_descriptors``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from .. import data
from ..model import Mention
from .tokens import tokens
from .kb import fold, get_kb
from .names import is_acronym


RULER = "shape:ruler"   # kb id of a descriptor mention ("the junta"): how resolve finds ruling bodies
OF_NAME = re.compile(r"\s+(of|in)\s+(?:the\s+)?(?=[A-Z])")


@lru_cache(maxsize=1)
def _words() -> dict:
    d = data.load("state_names.yaml")
    inst = data.load("institutions.yaml")

    def alternation(words: list[str]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))

    return {
        "ruler": re.compile(r"\b[Tt]he\s+(%s)\b(?!-)" % alternation(d.get("ruler_descriptors", []))),
        "army": re.compile(r"\b[Tt]he\s+(%s)\b(?!\s+of\s+[A-Z])(?!-)" % alternation(d.get("army_descriptors", []))),
        "heads": frozenset(d.get("ruler_heads", [])),
        "government": frozenset(inst.get("government_words", [])) | {"military"},
    }


def is_ruling_body(m: Mention) -> bool:
    """Is a named mention a state's ruling body (a government, or "Council for National Salvation")?"""
    if m.pronoun or is_acronym(m.name) or m.kind not in ("government", "organization", "other"):
        return False
    words = {fold(w) for w in re.findall(r"[A-Za-z]+", m.name)}
    w = _words()
    return m.kind == "government" and not m.kb_id or bool(words & w["heads"]) and bool(words & w["government"])


def ruler_mentions(doc: Doc, mentions: list[Mention], sentence_of: dict[int, int]) -> list[Mention]:
    """Mentions of the ruling body and of the army over the common nouns the article calls them by.

    doc (Doc): the parsed document.
    mentions (list[Mention]): the document's typed and linked mentions.
    sentence_of (dict): token index -> sentence number.
    RETURNS (list[Mention]): new mentions (ids left empty).
    """
    text = tokens(doc).doc_text   # read once per document (Doc.text joins every token again)
    taken = [(m.start, m.end) for m in mentions]
    w = _words()
    rulers = {}
    for m in mentions:
        if is_ruling_body(m):
            rulers.setdefault(m.local_key or m.name, m)
    armies = {}
    for m in mentions:
        if m.kb_id == "inst:army" and not m.pronoun:
            armies.setdefault(m.local_key or m.name, m)
    out: list[Mention] = []
    passes = [(w["ruler"], rulers, False), (w["army"], armies, True)]
    if len(rulers) == 1:
        # "the committee" in lower case for "the National Defence and Renewal Committee" (capitalised "the
        # Committee" is coref's bare head word)
        own = sorted({fold(x) for x in re.findall(r"[A-Za-z]+", next(iter(rulers.values())).name)} & w["heads"])
        if own:
            # never "the committee of inquiry", "the council on trade": another body of that kind
            passes.append((re.compile(r"\b[Tt]he\s+(%s)\b(?!-)(?!\s+(?:of|on|for)\b)" % "|".join(own)),
                           rulers, False))
    orphan_key = None  # one node for every descriptor of an article that names no ruling body
    for pattern, found, army in passes:
        if len(found) > 1:
            continue  # two bodies: the noun could be either
        body = next(iter(found.values()), None)
        for hit in pattern.finditer(text):
            start, end = hit.span(1)
            if any(a < end and start < b for a, b in taken):
                continue
            owner = OF_NAME.match(text, end)
            if owner and not army and (body is None or not any(
                    m.start == owner.end() and _state_of(body, m, owner.group(1)) for m in mentions)):
                continue  # "the regime of Velkor", "the regime in Halgor": not the body's ("of Tarvovia" is its state's)
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            name = " ".join(text[start:end].split())
            if body is not None:
                new = Mention(id="", doc=body.doc, start=start, end=end, text=text[start:end], name=name,
                              kind=body.kind, label="ORG", kb_id=RULER if not army else body.kb_id,
                              local_key=body.local_key or body.name, affiliation=body.affiliation,
                              affiliation_kb=body.affiliation_kb, sentence=sentence_of.get(span.start, 0))
            elif not army:
                # no ruling body named here: the corpus joins it to its one ruling body (organs.merge_rulers)
                orphan_key = orphan_key or name
                new = Mention(id="", doc=mentions[0].doc if mentions else "", start=start, end=end,
                              text=text[start:end], name=name, kind="government", label="ORG", kb_id=RULER,
                              local_key=orphan_key, sentence=sentence_of.get(span.start, 0))
            else:
                entry = get_kb().entries.get("inst:army")
                new = Mention(id="", doc=mentions[0].doc if mentions else "", start=start, end=end,
                              text=text[start:end], name=name, kind=entry.kind if entry else "armed_group",
                              label="ORG", kb_id="inst:army" if entry else None, local_key=name,
                              sentence=sentence_of.get(span.start, 0))
            out.append(new)
            taken.append((start, end))
    return out


def _state_of(body: Mention, m: Mention, prep: str) -> bool:
    """Does a mention name the state the ruling body belongs to (the state, or its capital)? With no state
    known for the body, "of" a state or place is taken to be its own ("the military government of X"), "in" a
    place is not ("the regime in Y" is more often the other side's)."""
    if m.kind not in ("country", "place", "other", "organization") or " " in m.name and m.kind != "country":
        return False
    states = {x for x in (body.affiliation, body.affiliation_kb) if x}
    if not states:
        return prep == "of"
    named = {x for x in (m.local_key, m.name, m.kb_id) if x}
    if m.role == "capital" and m.affiliation:
        named.add(m.affiliation)
    return bool(states & named)
