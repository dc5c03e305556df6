"""Reported speech records and the quote/chain steps of attribution.

``Source`` and ``Attribution`` are what ``attribution.py`` finds; ``QuoteMixin`` gives a finder
the steps that work over the whole document rather than one clause: giving each direct quote
its speaker (adjacent cue, colon, continuation of the previous quote), transcript labels, and
nested reports that become source chains.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicons import attribution_words
from .quotes import Quote

# A transcript line: "WALLACE: Governor, …" (a speaker label in capitals, then a colon)
# A signed quote: “…” ― Jane Doe (dash, then a capitalised name to the end of the line or the next quote)
SIGNED = re.compile(r"[ \t]*[\u2015\u2014\u2013][ \t]*([A-Z][\w.'\-]*(?:[ \t]+[A-Z][\w.'\-]*){0,4})[ \t.,]*"
                    r"(?=\n|$|[ \t]*[\u201c\"])")
TRANSCRIPT = re.compile(r"^[ \t\"\u201c]*([A-Z][A-Z.'\- ]{1,40}[A-Z]):[ \t]+(\S.*)$", re.MULTILINE)
# A labelled line or headline: "Jane Doe: We will not withdraw" (a name of up to five words, then a colon)
LABELLED = re.compile(r"^[ \t]*([A-Z][\w.'\u2019\-]*(?:[ \t]+[A-Z][\w.'\u2019\-]*){0,4}):[ \t]+(\S.*)$", re.MULTILINE)
SPEAKING_KINDS = ("person", "organization", "government", "armed_group", "media")
# words by which a cue after a quote points back at it ("X said this on Monday")
BACK_POINTERS = frozenset({"this", "that", "so", "these", "those"})


@dataclass
class Source:
    """A speaker or an intermediary: its words as written and the actor mention it stands for."""

    text: str
    mention: str | None = None
    head: object = None          # head token
    start: int | None = None
    end: int | None = None


@dataclass
class Attribution:
    """One reported statement: speaker, cue, content span and source chain."""

    cue: str | None                      # None: an interview answer, whose layout is the cue
    cue_tokens: list[int]
    content_start: int
    content_end: int
    speaker: Source | None = None
    speech_type: str | None = None
    stance: str = "asserts"
    via: list[Source] = field(default_factory=list)
    quote: bool = False
    addressee: object = None             # token: the accused / the one urged
    kind: str = "verb"                   # verb | according | quote | colon | continuation
    parent: "Attribution | None" = None
    cue_char: int = 0
    answers: tuple[int, int] | None = None   # an interview answer: the content span of the question's claim
    origin: "Attribution | None" = None      # a document's first statement, whose chain and hedges it keeps
    borrowed: bool = False                   # its content is the outlet's own report, denied: still the outlet's

    def covers(self, char: int) -> bool:
        return self.content_start <= char < self.content_end


class QuoteMixin:
    """Document-level attribution steps (needs ``doc``, ``text``, ``index``, ``quotes``, ``source``)."""

    def _labelled(self) -> list[Attribution]:
        """A line whose label before a colon is one speaking actor ("Jane Doe: We will stay")."""
        out = []
        for m in LABELLED.finditer(self.text):
            label_s, label_e = m.span(1)
            if m.group(1).isupper():
                continue               # a transcript label, handled there
            found = [x for x in self.index.within(label_s, label_e) if not x.pronoun]
            # the actor must be the whole label, and one that speaks (not a dateline's place)
            if len(found) != 1 or found[0].kind not in SPEAKING_KINDS or \
                    found[0].start - label_s > 4 or label_e - found[0].end > 0:
                continue
            s, e = _strip(self.text, m.start(2), m.end(2))
            if len(self.text[s:e].split()) < 3:
                continue
            span = self.doc.char_span(label_s, label_e, alignment_mode="expand")
            out.append(Attribution(cue=":", cue_tokens=[span[-1].i + 1] if span is not None and span.end < len(self.doc)
                                   else [], content_start=s, content_end=e,
                                   speaker=Source(text=m.group(1), mention=found[0].id,
                                                  head=span.root if span is not None else None,
                                                  start=label_s, end=label_e),
                                   kind="labelled", cue_char=label_e))
        return out

    def _transcript(self) -> list[Attribution]:
        """Lines of an interview transcript ("WALLACE: …"): the label is the speaker."""
        out = self._labelled()
        for m in TRANSCRIPT.finditer(self.text):
            label_s, label_e = m.span(1)
            s, e = _strip(self.text, m.start(2), m.end(2))
            if e - s < 3 or len(m.group(1).split()) > 4:
                continue
            mention = next(iter(self.index.within(label_s, label_e)), None)
            span = self.doc.char_span(label_s, label_e, alignment_mode="expand")
            if mention is not None and mention.kind in ("place", "country") or mention is None and span is not None \
                    and any(t.ent_type_ in ("GPE", "LOC") for t in span):
                continue               # a dateline ("LYON: …"), not a speaker
            out.append(Attribution(cue=":", cue_tokens=[span[-1].i + 1] if span is not None and span.end < len(self.doc)
                                   else [], content_start=s, content_end=e,
                                   speaker=Source(text=m.group(1), mention=mention.id if mention else None,
                                                  head=span.root if span is not None else None,
                                                  start=label_s, end=label_e),
                                   quote=True, kind="transcript", cue_char=label_e))
        return out

    # -- quotes --------------------------------------------------------------------------
    def _assign_quotes(self, atts: list[Attribution]) -> None:
        """Give each direct quote a speaker: an adjacent cue, a colon before it, or the previous quote's."""
        prev: tuple[Quote, Attribution] | None = None
        for q in self.quotes:
            if not q.speech:
                continue
            best = None
            for a in atts:
                if a.speaker is not None and a.content_start <= q.start + 1 and a.content_end >= q.end - 1:
                    best = a               # a reported clause that holds the whole quote
                    break
            if best is None:
                best = self._adjacent_cue(q, atts)
                if best is not None:
                    if prev is not None and prev[1] is best and best.content_end <= q.start and \
                            prev[0].close <= best.cue_char < q.open and "\n" not in self.text[prev[0].close:q.open]:
                        # “A,” X said, “B.”: the cue sits between two quotes of one paragraph, one statement
                        best.content_end = _strip(self.text, q.start, q.end)[1]
                    elif best.content_start < 0 or (q.start - 1 <= best.content_start and best.content_end <= q.end + 1):
                        best.content_start, best.content_end = _strip(self.text, q.start, q.end)
                    else:          # the cue already reports a clause; the quote is a second statement
                        best = self._copy(best, q, "quote")
                        atts.append(best)
            if best is not None:
                best.quote = True
                prev = (q, best)
                continue
            # a quote right after another quote of the same speaker continues it
            if prev is not None and prev[1].kind != "signed":
                pq, pa = prev
                between = self.text[pq.close:q.open]
                cue_between = pq.close <= pa.cue_char < q.open
                # a paragraph that is only a quote, right after the speaker's quote paragraph, goes on with it
                # ("“A,” he said.\n\n“B.”"): news gives a new paragraph to each further quote
                next_paragraph = between.count("\n") <= 2 and not between[between.rfind("\n"):].strip() and \
                    (not between.strip() or cue_between) and self._alone_on_line(q)
                if next_paragraph and "\n" in between and pa.speaker is not None:
                    atts.append(self._copy(pa, q, "continuation"))
                    prev = (q, atts[-1])
                    continue
                if between.count("\n") <= 1 and (not between.strip() or cue_between and "\n" not in between):
                    if "\n" not in between and pa.content_end <= q.start:
                        # “A,” said X. “B.”: one statement in one paragraph, its content runs on
                        pa.content_end = _strip(self.text, q.start, q.end)[1]
                        prev = (q, pa)
                    else:
                        atts.append(self._copy(pa, q, "continuation"))
                    continue
            # “…” ― Name (a signed quote: testimonials, pull quotes, epigraphs)
            signed = self._signed(q)
            if signed is not None:
                atts.append(signed)
                prev = (q, signed)
                continue
            # "X said:" / "The report also claims that:" followed by the quote
            colon = self._colon_source(q) or self._manner_source(q)
            if colon is not None:
                atts.append(colon)
                prev = (q, colon)

    def _alone_on_line(self, q: Quote) -> bool:
        """Is the quote all its paragraph holds (nothing but punctuation after it on its line)?"""
        end = self.text.find("\n", q.close)
        rest = self.text[q.close:end if end >= 0 else len(self.text)]
        return not any(ch.isalnum() for ch in rest)

    def _adjacent_cue(self, q: Quote, atts: list[Attribution]) -> Attribution | None:
        """The reporting verb right after the quote (“…,” said X) or right before it (X said: “…”)."""
        inner_end = self.text[q.start:q.end].rstrip()
        for a in atts:
            if a.speaker is None or a.kind != "verb" or a.cue_char < q.close:
                continue
            gap = self.text[q.close:a.cue_char]
            if len(gap) <= 160 and "\n" not in gap and not any(ch in gap for ch in "!?\u201c\u201d") and \
                    ". " not in gap and \
                    (not inner_end.endswith((".", "!", "?")) or gap.strip()[:1].islower() or _says_this(self.doc, a)
                     or a.content_start < 0):
                # “…,” said X / “….” X said this on Monday / “…?” X asked: a cue with nothing else to report
                return a
        before = None
        for a in atts:
            if a.speaker is None or a.kind != "verb":
                continue
            if a.cue_char < q.open:
                gap = self.text[a.cue_char:q.open].rstrip()
                if len(gap) <= 120 and not any(ch in gap for ch in "\u201c\u201d\n") and \
                        gap.rstrip().endswith((":", ",")) and not (a.content_start < q.open and a.content_end > q.open):
                    if before is None or a.cue_char > before.cue_char:
                        before = a      # the nearest: “A,” X said, adding later, “B.” (B is what X added)
        return before

    def _signed(self, q: Quote) -> Attribution | None:
        """A quote followed on its line by a dash and a name: “…” ― Jane Doe."""
        m = SIGNED.match(self.text, q.close)
        if m is None:
            return None
        ns, ne = m.span(1)
        mention = next(iter(self.index.within(ns, ne)), None)
        span = self.doc.char_span(ns, ne, alignment_mode="expand")
        s, e = _strip(self.text, q.start, q.end)
        return Attribution(cue=m.group(0).strip()[:1], cue_tokens=[], content_start=s, content_end=e,
                           speaker=Source(text=m.group(1), mention=mention.id if mention else None,
                                          head=span.root if span is not None else None, start=ns, end=ne),
                           quote=True, kind="signed", cue_char=q.close)

    def _copy(self, a: Attribution, q: Quote, kind: str) -> Attribution:
        s, e = _strip(self.text, q.start, q.end)
        return Attribution(cue=a.cue, cue_tokens=list(a.cue_tokens), content_start=s, content_end=e,
                           speaker=a.speaker, speech_type=a.speech_type, stance=a.stance, via=list(a.via),
                           quote=True, addressee=a.addressee, kind=kind, cue_char=a.cue_char)

    def _colon_source(self, q: Quote) -> Attribution | None:
        before = self.text[max(0, q.open - 400):q.open].rstrip()
        if not before.endswith(":"):
            return None
        colon = q.open - (len(self.text[:q.open]) - len(self.text[:q.open].rstrip())) - 1
        span = self.doc.char_span(colon, colon + 1, alignment_mode="expand")
        if span is None:
            return None
        sent = span[0].sent
        root = sent.root
        subj = None
        for c in root.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                subj = c
        if subj is None or subj.lower_ in ("it", "there", "this") or not (subj.i < root.i < span[0].i):
            return None
        s, e = _strip(self.text, q.start, q.end)
        return Attribution(cue=":", cue_tokens=[span[0].i], content_start=s, content_end=e, speaker=self.source(subj),
                           quote=True, kind="colon", cue_char=colon)

    def _manner_source(self, q: Quote) -> Attribution | None:
        """"Asked about Y, X was blunt. “…”": a sentence that only says how a person spoke (a manner adjective,
        data ``speech_manner``) introduces the quote right after it in the same paragraph; X speaks it. Not a
        quote in a new paragraph, not a subject that is no actor ("The message was clear. “…”")."""
        before = self.text[max(0, q.open - 300):q.open]
        if not before.rstrip().endswith("."):
            return None
        end = q.open - (len(before) - len(before.rstrip())) - 1
        span = self.doc.char_span(end, end + 1, alignment_mode="expand")
        if span is None or "\n" in self.text[end:q.open]:
            return None
        root = span[0].sent.root
        adj = next((c for c in root.children if c.dep_ == "acomp" and c.lemma_.lower() in _manner_words()), None)
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if root.lemma_ != "be" or adj is None or subj is None or self.index.actor(subj) is None:
            return None
        s, e = _strip(self.text, q.start, q.end)
        return Attribution(cue=adj.text, cue_tokens=[adj.i], content_start=s, content_end=e, speaker=self.source(subj),
                           quote=True, kind="colon", cue_char=adj.idx)

    # -- chains --------------------------------------------------------------------------
    def _chain(self, atts: list[Attribution]) -> None:
        """Nested reports: the outer speakers join the inner claim's via, nearest first."""
        for a in atts:
            best = None
            for b in atts:
                if b is a or b.speaker is None:
                    continue
                if b.covers(a.cue_char) and (b.content_end - b.content_start) > (a.content_end - a.content_start):
                    if best is None or (b.content_end - b.content_start) < (best.content_end - best.content_start):
                        best = b
            a.parent = best
        for a in sorted(atts, key=lambda x: _depth(x)):
            p = a.parent
            if p is None or a.speaker is None or p.stance == "denies":
                continue        # who rejects "claims by Y that …" passes nothing on: Y's claim does not lean on them
            chain = [p.speaker] + list(p.via)
            for s in chain:
                if s is not None and all((s.mention or s.text) != (v.mention or v.text) for v in a.via) and \
                        (s.mention or s.text) != (a.speaker.mention or a.speaker.text):
                    a.via.append(s)

def _says_this(doc, a: Attribution) -> bool:
    """A cue whose object points back at what was just quoted ("X said this", "X said so", "X wrote these
    words"), with nothing of its own to report."""
    if not a.cue_tokens or a.content_start >= 0:
        return False
    v = doc[a.cue_tokens[0]]
    return any(c.dep_ in ("dobj", "advmod") and c.lower_ in BACK_POINTERS or
               c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ in BACK_POINTERS for d in c.children)
               for c in v.children)


def _depth(a: Attribution) -> int:
    d = 0
    while a.parent is not None and d < 10:
        a = a.parent
        d += 1
    return d


def _dedupe(atts: list[Attribution]) -> list[Attribution]:
    seen = set()
    out = []
    for a in atts:
        key = (a.content_start, a.content_end, a.speaker.text if a.speaker else None)
        if key in seen:
            continue
        seen.add(key)
        out.append(a)
    return out


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in ",;:–—-\u201c\u201d\"'"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:–—-\u201c\u201d\"'"):
        e -= 1
    return s, e


def _rstrip(text: str, s: int, e: int) -> int:
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:–—-\u201d\"'"):
        e -= 1
    return e


def mt_speaker(index, v):
    """The speaker of a reporting verb with no subject in machine-translated word order, or None.

    - after the verb, parsed as its object: "…, has said Dask." (the content before the verb);
    - a fronted by-phrase of a passive report: "By him was said, that …", "By the ministry is demanded, that …"
      (a named actor, a person pronoun, or a noun the article's actors resolve: not "By contrast", "By Monday").

    index (ActorIndex): the document's actors. v (Token): the reporting verb.
    RETURNS (Token | None): the speaker's head token.
    """
    if any(c.dep_ == "ccomp" and c.i < v.i for c in v.children):
        late = [c for c in v.children if c.dep_ in ("dobj", "attr") and c.i > v.i and c.ent_type_ not in
                ("DATE", "TIME") and (index.actor(c) is not None or c.pos_ == "PROPN")]
        if late:
            return late[0]
    if not any(x.dep_ == "auxpass" for x in v.children):
        return None
    for c in v.children:
        if c.dep_ in ("prep", "mark") and c.lower_ == "by" and c.i < v.i:
            objs = [o for o in c.children if o.dep_ == "pobj" and (
                index.actor(o) is not None or o.lower_ in ("him", "her", "them") or
                o.pos_ == "NOUN" and index.actors(o))]      # ("the ministry": the body named before)
            if objs:
                return objs[0]
    return None


@lru_cache(maxsize=1)
def _manner_words() -> frozenset[str]:
    """Adjectives that say how someone spoke ("X was blunt"): data/attribution.yaml ``speech_manner``."""
    return frozenset(attribution_words("speech_manner"))
