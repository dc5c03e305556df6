"""Source chains around an unnamed or authorless source: who made it, who passed it on.

``ChainMixin`` gives the attribution finder (needs ``doc``, ``index``, ``source``, ``_via_phrase``,
``_content``):

- a source made by a named actor ("satellite imagery analysed by X", "a survey conducted by X"): X is
  the speaker the source stands for (data ``authoring_preps``);
- a further medium coordinated after a first one ("… analysed by X and reported by Y", "a document
  obtained by X and published by Y"): Y joins ``via`` after X (nearest to the origin first), also when
  the parser hangs the second participle on the main clause;
- an unnamed source and the outlet it spoke to ("a hospital administrator who spoke to X", "an aide
  who told X", "a nurse quoted by X"): the named outlet vouches for the claim and the unnamed source
  comes first in ``via``, as for "X, citing unnamed sources, said" (data ``medium_clauses``);
- an unnamed source inside an institution that the article's own outlet cites ("According to sources in
  the X army, …", MT "By the words of the source in the General Staff of X, …"): the outlet (its masthead
  mention) vouches for the claim and the unnamed source comes first in ``via`` (``outlet_relays``);
- a first-person speaker who heard it from someone ("We hear from X that …", "we learned from X that
  …", inside a quote): X is the source, and nesting puts the quoted speaker in ``via`` (data
  ``hearing_verbs``).
"""
from __future__ import annotations

from functools import lru_cache

from .. import data
from .events import pobjs
from .lexicons import base
from .speech import Attribution, Source
from .ownoutlet import outlet_name
from .tokens import tokens

# first-person subjects of a hearing verb: the speaker heard it, someone else said it
FIRST_PERSON = frozenset({"we", "i"})
# words that may join a second medium phrase to the first ("analysed by X and reported by Y")
JOINERS = frozenset({",", "and", "then", "later"})


class ChainMixin:
    """Authors, further media and media of unnamed sources (see the module docstring)."""

    def _chain_media(self, att: Attribution, speaker_tok, v=None) -> None:
        """Complete ``att``'s chain from the phrase headed by ``speaker_tok`` (called by ``_media``).

        Args:
            att: the attribution whose speaker phrase is headed by ``speaker_tok``; its ``via`` holds
                the media ``_media`` found, and further media are appended to it.
            speaker_tok: the head token of the speaker phrase.
            v: the cue verb, if any ("an official told X": X is the outlet of an unnamed source).
        """
        if speaker_tok is None or att.speaker is None:
            return
        ends = []
        for c in speaker_tok.children:
            if c.dep_ != "acl" or c.i < speaker_tok.i:
                continue
            author = self._authored_by(c, speaker_tok)
            if author is not None:
                ends.append(author.right_edge.i)
                if att.speaker.mention is None:
                    m = self.index.actor(author)
                    # the source stands for its maker: "imagery analysed by X" speaks for X
                    att.speaker = Source(text=att.speaker.text, mention=m.id, head=att.speaker.head,
                                         start=att.speaker.start, end=att.speaker.end)
            else:
                src = self._via_phrase(c)
                if src is None:
                    # "footage filmed by a resident and posted by X": the medium after an unnamed maker
                    src = next((x for x in (self._via_phrase(cc) for cc in c.children if cc.dep_ == "conj")
                                if x is not None and x.mention), None)
                    if src is not None and all(src.mention != f.mention for f in att.via):
                        att.via.append(src)
                if src is not None and src.head is not None:
                    ends.append(src.head.right_edge.i)
        for end in ends:
            for src in self._further_media(end):
                if all(src.mention != f.mention or not f.mention for f in att.via):
                    att.via.append(src)
        self._unnamed_medium(att, speaker_tok)
        if v is not None and att.speaker.mention is None and speaker_tok.pos_ == "NOUN" and \
                base(v) in self.lex.via_verbs:
            told = next((x for x in att.via if x.mention and x.head is not None and x.head.head.i == v.i and
                         getattr(self.index.actor(x.head), "kind", "person") != "person"), None)
            if told is not None:
                # "a hospital official told X that …": the named outlet vouches, the unnamed source is the origin
                origin = att.speaker
                att.speaker = told
                att.via = [origin] + [x for x in att.via if x is not told]

    def _authored_by(self, acl, source_tok=None):
        """The named maker in a participle clause on a source ("analysed by X"; "taken by X" only on a
        picture or a recording, data ``imagery_nouns``), or None."""
        lower = tokens(self.doc).lower
        preps = _authoring_preps()
        if source_tok is not None and source_tok.lemma_.lower() in _imagery()[1]:
            preps = preps + _imagery()[0]
        for words in preps:
            end = acl.i + len(words)
            if end > len(self.doc) or tuple(lower[acl.i:end]) != words:
                continue
            for o in pobjs(self.doc[end - 1]):
                m = self.index.actor(o)
                if m is not None and m.kind != "person" or m is not None and o.pos_ == "PROPN":
                    return o
        return None

    def _further_media(self, end: int) -> list[Source]:
        """Media phrases coordinated after the token at ``end`` ("… and reported by Y, and quoted by Z")."""
        out = []
        i = end + 1
        while i < len(self.doc):
            j = i
            # (an adverb too: "and first reported by Y", "and later published by Z")
            while j < len(self.doc) and (self.doc[j].lower_ in JOINERS or self.doc[j].dep_ == "advmod") and j - i < 3:
                j += 1
            if j == i or j >= len(self.doc):
                break
            src = self._via_phrase(self.doc[j])
            if src is None or src.head is None:
                break
            out.append(src)
            i = src.head.right_edge.i + 1
        return out

    def _unnamed_medium(self, att: Attribution, speaker_tok) -> None:
        """An unnamed source and the named outlet it spoke to: the outlet speaks, the source comes first in via."""
        if att.speaker.mention is not None or speaker_tok.lemma_.lower() in self.lex.statement_nouns:
            return      # a document speaks for itself: "a report quoted by X" is the report, via X (via_preps)
        table = _medium_clauses()
        for c in speaker_tok.children:
            if c.dep_ not in ("relcl", "acl") or c.i < speaker_tok.i:
                continue
            slots = table.get(base(c), ())
            media = []
            for x in c.children:
                if x.dep_ == "dobj" and "dobj" in slots or \
                        x.dep_ in ("prep", "agent", "dative") and x.lower_ in slots:
                    media += [x] if x.dep_ == "dobj" else pobjs(x)
            for o in media[:1]:
                m = self.index.actor(o)
                if m is None or m.kind == "person":
                    continue        # a named person is a speaker of her own, not the medium of an outlet
                origin = att.speaker
                att.speaker = self.source(o)
                att.via = [origin] + [v for v in att.via if v.mention != m.id]
                return

    def _heard_from(self, v, sent) -> Attribution | None:
        """"We hear from X that …": X is the source; the first-person hearer is the speaker already quoted."""
        if base(v) not in _hearing_verbs():
            return None
        if not any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in v.children):
            return None
        origin = next((o for p in v.children if p.dep_ == "prep" and p.lower_ == "from" for o in pobjs(p)), None)
        if origin is None or self.index.actor(origin) is None:
            return None
        content = self._content(v, {}, sent)
        if content is None or content[1] - content[0] < 3:
            return None
        return Attribution(cue=f"{v.text} from", cue_tokens=[v.i], content_start=content[0],
                           content_end=content[1], speaker=self.source(origin), cue_char=v.idx)


@lru_cache(maxsize=1)
def _authoring_preps() -> tuple[tuple[str, ...], ...]:
    """Participle phrases that name a source's maker ("analysed by"): data/attribution.yaml ``authoring_preps``."""
    words = [tuple(p.lower().split()) for p in data.load("attribution.yaml").get("authoring_preps", [])]
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _imagery() -> tuple[tuple[tuple[str, ...], ...], frozenset[str]]:
    """(participle phrases that name who made a picture or recording, the nouns for those): attribution.yaml."""
    d = data.load("attribution.yaml")
    preps = tuple(sorted((tuple(p.lower().split()) for p in d.get("imagery_authoring_preps", [])), key=len,
                         reverse=True))
    return preps, frozenset(w.lower() for w in d.get("imagery_nouns", []))


@lru_cache(maxsize=1)
def _medium_clauses() -> dict[str, frozenset[str]]:
    """Verbs of a clause on an unnamed source and the slot naming its medium: data ``medium_clauses``."""
    raw = data.load("attribution.yaml").get("medium_clauses", {}) or {}
    return {k.lower(): frozenset(x.lower() for x in v) for k, v in raw.items()}


@lru_cache(maxsize=1)
def _hearing_verbs() -> frozenset[str]:
    """Verbs whose "from X" names the source of what the hearer repeats: data ``hearing_verbs``."""
    return frozenset(w.lower() for w in data.load("attribution.yaml").get("hearing_verbs", []))


def outlet_relays(document, doc, atts: list[Attribution], mentions, unnamed) -> None:
    """An unnamed source the article's own outlet relays: "According to sources in the X army, …", "A source
    in the General Staff of X said …" — the outlet (a mention of its name, the masthead) becomes the speaker
    and the source comes first in ``via``, as for "The Courier, citing unnamed sources, said …". Only a
    "source" or an unnamed head placed in an institution ("officials in X", "people close to X"); not
    "residents said", nor a source with a medium of its own ("told Reuters").

    Args:
        document (Document): the document (its outlet). doc (Doc): the parse.
        atts (list[Attribution]): the attributions, changed in place.
        mentions (list[Mention]): the document's mentions. unnamed: is a head token an unnamed source?
    """
    cands = [a for a in atts if a.speaker is not None and a.speaker.mention is None and not a.via and
             a.speaker.head is not None and unnamed(a.speaker.head) and _placed(a.speaker.head)]
    if not cands:
        return
    name = outlet_name(document, doc)
    own = next((m for m in sorted(mentions, key=lambda m: m.start) if name and m.kind == "media" and
                (m.local_key or m.name) == name and not m.pronoun), None)
    if own is None:
        return
    span = doc.char_span(own.start, own.end, alignment_mode="expand")
    for a in cands:
        a.via = [a.speaker]
        a.speaker = Source(text=own.text, mention=own.id, head=span.root if span is not None else None,
                           start=own.start, end=own.end)


def _placed(head) -> bool:
    """Is an unnamed source "a source" or placed in an institution ("officials in X", "people close to X")?"""
    return head.lemma_.lower() == "source" or any(
        c.dep_ == "prep" and c.lower_ in ("in", "within", "inside", "at", "from") or
        c.dep_ == "amod" and c.lower_ == "close" for c in head.children)
