"""Framing signals in one document: how the article presents its claims.

Kinds (``data/framing.yaml``): hedging, loaded or emotive language, doubt constructions
("so-called", "no evidence"), whataboutism ("what about", "double standards"), appeals to
fear, unnamed sources (by phrase, and by grammar: "officials said" with no name attached),
and scare quotes (a short quoted word or phrase inside a sentence). Each hit is a Signal with
offsets into ``Document.text``; ``signal_rates`` turns them into rates per 1,000 words with
examples. Signals describe presentation; they are never a verdict on truth.

Phrases are matched with spaCy's PhraseMatcher (lower-case text, built once per vocabulary); single
words by lemma or lower-case form, one look-up per token in the token table (``extract.tokens``).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Any, Iterable

from .. import data
from ..model import Document, Signal
from .tokens import tokens

DATA_FILE = "framing.yaml"
SCARE = "scare_quotes"
UNNAMED = "unnamed_source"

# Quoted spans: curly double, straight double, curly single; straight single quotes only
# when they cannot be apostrophes (not inside a word).
_QUOTED = re.compile(r"“([^”\n]{1,80})”|\"([^\"\n]{1,80})\"|‘([^’\n]{1,80})’|(?<![\w'])'([^'\n]{1,60})'(?!\w)")


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The framing lexicon (``data/framing.yaml``)."""
    return data.load(DATA_FILE)


def kinds() -> list[str]:
    """Every signal kind, in report order."""
    return [*lexicon()["kinds"], SCARE]


def label(kind: str) -> str:
    """The human-readable name of a kind."""
    spec = lexicon()["kinds"].get(kind)
    return spec.get("label", kind) if spec else kind.replace("_", " ")


_MATCHERS: dict[int, tuple[Any, Any]] = {}


def _phrases(vocab):
    """The PhraseMatcher of the lexicon's phrases (lower-case text), built once per vocabulary."""
    key = id(vocab)
    hit = _MATCHERS.get(key)
    if hit is not None and hit[0] is vocab:
        return hit[1]
    from spacy.lang.en import English
    from spacy.matcher import PhraseMatcher

    tokenizer = English().tokenizer
    phrases = PhraseMatcher(vocab, attr="LOWER")
    for kind, spec in lexicon()["kinds"].items():
        pats = [tokenizer(p.lower()) for p in spec.get("phrases", [])]
        if pats:
            phrases.add(kind, pats)
    _MATCHERS[key] = (vocab, phrases)
    return phrases


@lru_cache(maxsize=1)
def _word_kinds() -> dict[str, tuple[str, ...]]:
    """Lexicon word (lower case) → the kinds that list it."""
    out: dict[str, list[str]] = defaultdict(list)
    for kind, spec in lexicon()["kinds"].items():
        for w in dict.fromkeys(w.lower() for w in spec.get("words", [])):
            out[w].append(kind)
    return {w: tuple(k) for w, k in out.items()}


def _lexicon_hits(doc) -> list[tuple[str, int, int]]:
    """(kind, start, end) of every lexicon phrase, and of every token whose lemma or lower-case form is
    a lexicon word (one look-up per token in the token table)."""
    vocab = doc.vocab.strings
    hits = [(vocab[match_id], start, end) for match_id, start, end in _phrases(doc.vocab)(doc)]
    words = _word_kinds()
    t = tokens(doc)
    for i, (lemma, lower) in enumerate(zip(t.lemma, t.lower)):
        found = words.get(lemma) or words.get(lower)
        if found:
            if lemma != lower and lemma in words and lower in words:
                found = tuple(dict.fromkeys(words[lemma] + words[lower]))
            hits += [(kind, i, i + 1) for kind in found]
    return hits


def _has_person_name(token) -> bool:
    if token.ent_type_ == "PERSON":
        return True
    return any(c.dep_ in ("appos", "compound", "flat", "nmod") and
               (c.ent_type_ == "PERSON" or any(g.ent_type_ == "PERSON" for g in c.subtree))
               for c in token.children)


def _unnamed_by_grammar(doc) -> list[tuple[int, int]]:
    lex = lexicon()
    nouns = set(lex["unnamed_nouns"])
    verbs = set(lex["reporting_verbs"])
    documents = set(lex["unnamed_documents"])
    out = []
    table = tokens(doc)
    # candidates from the token table; only they are read as spaCy Tokens
    for i, (lemma, pos) in enumerate(zip(table.lemma_lower, table.pos)):
        if lemma not in nouns or pos not in ("NOUN", "PROPN"):
            continue
        t = doc[i]
        if _has_person_name(t):
            continue
        if t.lemma_.lower() in documents and any(c.ent_type_ in ("ORG", "GPE", "NORP") for c in t.subtree):
            continue
        reporting = t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower() in verbs
        according = (t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "according")
        if not (reporting or according):
            continue
        # the span: the noun with its determiners and modifiers ("a diplomatic source")
        left = min([t.i] + [c.i for c in t.lefts if c.dep_ in ("det", "amod", "compound", "nummod", "quantmod")])
        out.append((left, t.i + 1))
    return out


def _scare_quotes(document: Document, doc) -> list[Signal]:
    text = document.text
    max_words = lexicon()["scare_quotes"]["max_words"]
    out = []
    for m in _QUOTED.finditer(text):
        inner = next(g for g in m.groups() if g is not None)
        n = len(inner.split())
        if n == 0 or n > max_words or not re.search(r"[A-Za-z]", inner):
            continue
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        sent = span.sent
        # a quotation that is the whole sentence is a statement, not a scare quote
        outside = (text[sent.start_char:m.start()] + text[m.end():sent.end_char]).strip(" ,.;:—-–\"“”'‘’")
        if len(outside.split()) < 2:
            continue
        out.append(Signal(doc=document.id, kind=SCARE, text=m.group(0), start=m.start(), end=m.end()))
    return out


def find_signals(document: Document, doc) -> list[Signal]:
    """Framing signals in one parsed document.

    document (Document): the cleaned document (offsets point into ``document.text``).
    doc (spacy.tokens.Doc): the parsed ``document.text``.
    RETURNS (list[Signal]): one signal per hit, in text order, no two of a kind overlapping.
    """
    spans: list[tuple[str, int, int]] = _lexicon_hits(doc)
    spans += [(UNNAMED, s, e) for s, e in _unnamed_by_grammar(doc)]
    out: list[Signal] = []
    taken: dict[str, list[tuple[int, int]]] = defaultdict(list)
    # longest first, so "so-called experts" wins over "so-called"
    for kind, s, e in sorted(spans, key=lambda x: (x[1] - x[2], x[1])):
        if any(s < te and ts < e for ts, te in taken[kind]):
            continue
        taken[kind].append((s, e))
        span = doc[s:e]
        out.append(Signal(doc=document.id, kind=kind, text=span.text, start=span.start_char, end=span.end_char))
    out += _scare_quotes(document, doc)
    out.sort(key=lambda x: (x.start, x.kind))
    return out


def word_count(text: str) -> int:
    """Words in a text (for rates when a document has no word count)."""
    return len(re.findall(r"\w+", text))


def signal_rates(signals: Iterable[Signal], words: int, *, examples: int = 3) -> dict[str, dict[str, Any]]:
    """Counts, rates per 1,000 words and examples per kind.

    signals (iterable): the signals of one document, or of all documents of an outlet.
    words (int): the number of words they were found in.
    examples (int): how many distinct examples to keep per kind.
    RETURNS (dict): kind → {"label", "count", "per_1000", "examples"}, for every kind.
    """
    counts: Counter = Counter()
    shown: dict[str, list[str]] = defaultdict(list)
    for s in signals:
        counts[s.kind] += 1
        ex = " ".join(s.text.split())
        if len(shown[s.kind]) < examples and ex not in shown[s.kind]:
            shown[s.kind].append(ex)
    out = {}
    for kind in kinds() + sorted(set(counts) - set(kinds())):
        n = counts.get(kind, 0)
        out[kind] = {"label": label(kind), "count": n,
                     "per_1000": round(1000.0 * n / words, 2) if words else 0.0,
                     "examples": shown.get(kind, [])}
    return out
