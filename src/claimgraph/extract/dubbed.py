"""Groups named right after a word for a group, which the model leaves untagged: "the hacker group Kestrel", "a
group it calls Kestrel", "a militia known as the Red Hand" (a one- to three-word name).

Words in ``plover.yaml`` (``group_nouns``: the nouns and the kind of actor each names) and ``institutions.yaml``
(``naming_verbs``: "calls", "dubbed", "known as").
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from .. import data
from ..model import Mention
from .kb import get_kb
from .names import lexicon
from .tokens import tokens

# the kinds of actor a named group may be (a newspaper or a government is named otherwise)
GROUP_KINDS = ("armed_group", "organization")
# the longest name taken after the group noun
MAX_WORDS = 3


@lru_cache(maxsize=1)
def _nouns() -> dict[str, str]:
    """Group noun -> the kind of actor it names first (only nouns for armed groups and organisations)."""
    nouns = data.load("plover.yaml").get("group_nouns", {})
    return {n: kinds[0] for n, kinds in nouns.items() if kinds and kinds[0] in GROUP_KINDS}


@lru_cache(maxsize=1)
def _naming() -> tuple[tuple[str, ...], ...]:
    """The naming phrases ("calls", "known as"), as lower-case word tuples."""
    return tuple(tuple(p.split()) for p in data.load("institutions.yaml").get("naming_verbs", []))


def dubbed_groups(doc: Doc, mentions: list[Mention], sentence_of: dict[int, int], doc_id: str) -> list[Mention]:
    """Mentions of groups named after a group noun that no mention covers.

    doc (Doc): the parsed document. mentions (list[Mention]): its mentions so far. sentence_of (dict): token
    index -> sentence number. doc_id (str): the document's id.
    RETURNS (list[Mention]): new mentions (ids left empty); a one-word name the model typed a person or nothing
        ("a group it calls Kestrel" with "Kestrel" a person) takes the group's kind in place, everywhere in the
        article.
    """
    nouns = _nouns()
    table = tokens(doc)
    lower, text = table.lower, table.text
    hits = [i for i, w in enumerate(lower) if w in nouns and text[i].islower()]
    if not hits:
        return []
    pos, ents = table.pos, table.ent_type
    taken = [(m.start, m.end) for m in mentions]
    titles = lexicon().title_words
    out = []
    retyped: dict[str, str] = {}    # a one-word name the model typed otherwise -> the group's kind
    for i in hits:
        j = _name_start(lower, i + 1)
        if j is None or j >= table.n:
            continue
        end = j
        while end < table.n and end - j < MAX_WORDS and pos[end] == "PROPN" and text[end][:1].isupper() and \
                text[end][1:].islower() and lower[end] not in titles and ents[end] not in ("DATE", "TIME", "GPE"):
            end += 1
        if end == j or end < table.n and pos[end] == "PROPN" and text[end][:1].isupper():
            continue    # no name, or a longer one than we take
        span = doc[j:end]
        if get_kb().lookup(span.text):
            continue
        same = [m for m in mentions if m.start == span.start_char and m.end == span.end_char]
        if same:
            # the model's "person" or "other" for a one-word name the noun shows to be a group
            if len(span) == 1 and all(m.kind in ("person", "other") and not m.kb_id for m in same):
                retyped[span.text] = nouns[lower[i]]
            continue
        if any(a < span.end_char and span.start_char < b for a, b in taken):
            continue
        out.append(Mention(id="", doc=doc_id, start=span.start_char, end=span.end_char, text=span.text,
                           name=span.text, kind=nouns[lower[i]], label="ORG", local_key=span.text,
                           sentence=sentence_of.get(j, 0)))
        taken.append((span.start_char, span.end_char))
    for m in mentions:
        if (m.local_key or m.name) in retyped and m.name == (m.local_key or m.name) and not m.kb_id and \
                m.kind in ("person", "other"):
            m.kind, m.role = retyped[m.name], None
    return out


def _name_start(lower: list[str], k: int) -> int | None:
    """Where the name starts after a group noun at ``k - 1``: right there ("the hacker group Kestrel"), or past a
    naming phrase, perhaps after "it"/"they" and "the" ("a group it calls Kestrel", "known as the Red Hand")."""
    if k < len(lower) and lower[k] in ("it", "they", "which", "that"):
        k += 1
    for phrase in _naming():
        if tuple(lower[k:k + len(phrase)]) == phrase:
            k += len(phrase)
            if k < len(lower) and lower[k] == "the":
                k += 1
            return k
    return k if k < len(lower) and lower[k - 1] in _nouns() else None
