"""A per-document token table: the attributes the extractors' loops read, as plain Python lists.

Reading ``token.lower_`` or ``token.pos_`` builds a new ``Token`` object and looks a string up in
the vocabulary on every access; finders that scan every token of a document for a cue word paid
that cost once per finder and per attribute. ``tokens(doc)`` reads each column once, from the
``Doc``'s arrays (``Doc.to_array``), when it is first asked for, and keeps the table in
``doc.user_data`` for the other finders of the same document.

    >>> t = tokens(doc)
    >>> hits = [i for i, lemma in enumerate(t.lemma) if lemma in cue_lemmas]

The table is read-only and describes the document as parsed: the extractors do not change a
``Doc``'s annotation after the pipeline.
"""
from __future__ import annotations

from functools import cached_property

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, IS_STOP, LEMMA, LOWER, ORTH, POS, SENT_START, SPACY, TAG
from spacy.parts_of_speech import NAMES as POS_NAMES

KEY = "_cg_tokens"

# hash -> string, per vocabulary: one dictionary look-up per token instead of a StringStore call
_STRINGS: dict[int, tuple[object, dict[int, str]]] = {}


def tokens(doc) -> "Tokens":
    """The token table of ``doc``, built on first use and kept in ``doc.user_data``.

    doc (Doc): a parsed document.
    RETURNS (Tokens): its token table.
    """
    table = doc.user_data.get(KEY)
    if table is None or table.n != len(doc):
        table = doc.user_data[KEY] = Tokens(doc)
    return table


def _decoder(vocab) -> dict[int, str]:
    hit = _STRINGS.get(id(vocab))
    if hit is not None and hit[0] is vocab:
        return hit[1]
    cache: dict[int, str] = {0: ""}
    _STRINGS[id(vocab)] = (vocab, cache)
    return cache


class Tokens:
    """Columns of token attributes of one ``Doc`` (each a list indexed by token position).

    doc (Doc): the parsed document.
    """

    def __init__(self, doc):
        self.doc = doc
        self.n = len(doc)
        # tables other modules derive from the columns once per document (e.g. where a figure may start),
        # by a key of their own; like the columns, they live and die with the document
        self.memo: dict = {}

    def _strings(self, attr: int) -> list[str]:
        """A string attribute (``LOWER``, ``LEMMA`` …) of every token."""
        if not self.n:
            return []
        cache = _decoder(self.doc.vocab)
        hashes = self.doc.to_array(attr).tolist()
        out = list(map(cache.get, hashes))     # (the loop in C)
        if None in out:
            # strings not met before in this process: from the vocabulary, once each
            strings = self.doc.vocab.strings
            for k, s in enumerate(out):
                if s is None:
                    h = hashes[k]
                    out[k] = cache[h] = strings[h]
        return out

    def _ints(self, attr: int) -> list[int]:
        return self.doc.to_array(attr).astype("int64").tolist() if self.n else []

    @cached_property
    def doc_text(self) -> str:
        """``doc.text``: spaCy joins every token's text again on each access (a ``Token`` per position), so it is
        joined once here from the ``text`` column and the trailing-space flags (``token.text_with_ws``)."""
        if not self.n:
            return self.doc.text
        spaces = self.doc.to_array(SPACY).tolist()
        return "".join([w + " " if sp else w for w, sp in zip(self.text, spaces)])

    @cached_property
    def ent_spans(self) -> tuple:
        """``doc.ents``, read once: the getter builds a new ``Span`` for every entity on each access (the spans are
        shared by the finders of the document, which only read them)."""
        return tuple(self.doc.ents)

    @cached_property
    def ents(self) -> list[tuple[int, int] | None]:
        """The token range ``(start, end)`` of the entity of ``doc.ents`` each token is in, or None
        (``doc.ents`` builds a new ``Span`` for every entity on each access)."""
        out: list[tuple[int, int] | None] = [None] * self.n
        for ent in self.ent_spans:
            for i in range(ent.start, ent.end):
                out[i] = (ent.start, ent.end)
        return out

    @cached_property
    def text(self) -> list[str]:
        """``token.text``."""
        return self._strings(ORTH)

    @cached_property
    def lower(self) -> list[str]:
        """``token.lower_``."""
        return self._strings(LOWER)

    @cached_property
    def lemma(self) -> list[str]:
        """``token.lemma_``."""
        return self._strings(LEMMA)

    @cached_property
    def lemma_lower(self) -> list[str]:
        """``token.lemma_.lower()``."""
        return [x.lower() for x in self.lemma]

    @cached_property
    def tag(self) -> list[str]:
        """``token.tag_``."""
        return self._strings(TAG)

    @cached_property
    def dep(self) -> list[str]:
        """``token.dep_``."""
        return self._strings(DEP)

    @cached_property
    def ent_type(self) -> list[str]:
        """``token.ent_type_``."""
        return self._strings(ENT_TYPE)

    @cached_property
    def pos(self) -> list[str]:
        """``token.pos_``."""
        return [POS_NAMES[p] if p else "" for p in self._ints(POS)]

    @cached_property
    def head(self) -> list[int]:
        """``token.head.i`` (the array holds offsets from the token)."""
        return [i + rel for i, rel in enumerate(self._ints(HEAD))]

    @cached_property
    def kids(self) -> list[list[int]]:
        """``[c.i for c in token.children]`` of every token, in the same order (left to right), from the heads."""
        out: list[list[int]] = [[] for _ in range(self.n)]
        for i, h in enumerate(self.head):
            if h != i:
                out[h].append(i)
        return out

    def subtree(self, i: int) -> list[int]:
        """``[t.i for t in doc[i].subtree]``, in the same order (the left children's subtrees, the token, the right
        children's), without a ``Token`` per position.

        i (int): the token's index.
        RETURNS (list[int]): the indices.
        """
        kids = self.kids
        out: list[int] = []
        # depth-first, as spaCy's recursive generator visits them: (index, expanded?) on a stack
        stack = [(i, False)]
        while stack:
            k, expanded = stack.pop()
            if expanded:
                out.append(k)
                continue
            ks = kids[k]
            for c in reversed(ks):
                if c > k:
                    stack.append((c, False))
            stack.append((k, True))
            for c in reversed(ks):
                if c < k:
                    stack.append((c, False))
        return out

    @cached_property
    def ent_iob(self) -> list[int]:
        """``token.ent_iob`` (0 unset, 1 inside, 2 outside, 3 begin)."""
        return self._ints(ENT_IOB)

    @cached_property
    def sent_start(self) -> list[bool]:
        """``token.is_sent_start`` is true."""
        return [v == 1 for v in self._ints(SENT_START)]

    @cached_property
    def idx(self) -> list[int]:
        """``token.idx``, the character offset."""
        return self._ints(IDX)

    @cached_property
    def is_stop(self) -> list[bool]:
        """``token.is_stop``."""
        return [bool(v) for v in self._ints(IS_STOP)]
