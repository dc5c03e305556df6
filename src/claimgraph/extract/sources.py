"""Sources of attributions: the speaker's noun phrase and the chain of sources around it.

``SourceMixin`` gives the attribution finder (needs ``doc``, ``text``, ``index``, ``lex``):

- ``source``: a speaker or intermediary for a noun phrase, with the actor it stands for (a person
  in apposition to a role noun speaks: "The UN envoy, Jane Doe"; a statement noun speaks for its
  author: "a report by X");
- the medium a statement went through (``via``: "told X", "seen by X", "a report by X, seen by Y");
- sources a speaker cites ("X, citing Y, said"; "reports X, which saw the assessment of Y");
- one attribution per further coordinated speaker ("A and B said").
"""
from __future__ import annotations

from functools import lru_cache

from .. import data
from .arguments import sentence_index
from .chains import ChainMixin
from .events import pobjs
from .lexicons import base
from .speech import Attribution, Source
from .tokens import tokens

COSPEAKER_PREPS = (("in", "addition", "to"), ("as", "well", "as"), ("along", "with"), ("together", "with"))
# who "it" / "they" can be as a speaker: a body, not a person (he/she) and not a place
SPEAKING_BODIES = frozenset({"country", "government", "organization", "armed_group", "media"})
# how many sentences back a pronoun speaker looks for the speaker it continues
PRONOUN_SPEAKER_SENTENCES = 2
# auxiliaries under which "it" does something rather than says it
MODALS = frozenset({"would", "could", "might", "may", "will", "should", "can", "must", "shall"})
# how many tokens back "the statement" looks for the statement's issuer
ISSUER_REACH = 120


class SourceMixin(ChainMixin):
    """Speaker phrases and source chains (see the module docstring)."""

    def _coordinated(self, atts: list[Attribution]) -> list[Attribution]:
        """One attribution per further coordinated speaker: "Lyon and Kessin said …" — both say it.

        Requests and threats are left out: the claim stage already gives each coordinated party
        of a directive its own event.
        """
        out = []
        for a in atts:
            head = a.speaker.head if a.speaker is not None else None
            if head is None or a.speech_type in ("REQUEST", "THREATEN") or a.kind != "verb":
                continue
            first = self.index.actor(head)
            for c in head.children:
                if c.dep_ != "conj":
                    continue
                m = self.index.actor(c)
                if m is None or first is None or (m.local_key or m.name) == (first.local_key or first.name):
                    continue
                src = Source(text=self._np_text(c), mention=m.id, head=c)
                out.append(Attribution(cue=a.cue, cue_tokens=list(a.cue_tokens), content_start=a.content_start,
                                       content_end=a.content_end, speaker=src, speech_type=a.speech_type,
                                       stance=a.stance, via=list(a.via), quote=a.quote, addressee=a.addressee,
                                       kind="coordinated", parent=a.parent, cue_char=a.cue_char))
        return out

    # -- pronoun speakers ----------------------------------------------------------------
    def pronoun_speaker(self, tok, v, found: list[Attribution]) -> Source | None:
        """The speaker "it" / "they" stands for ("It said …", "…, it added.", "They also said …").

        News continues a speaker with a pronoun: the last attribution of this or the previous two
        sentences whose speaker is a body (an organisation, outlet, state, or a statement with no
        named author) is meant, as he/she continue a person. Failing that, the pronoun's antecedent
        speaks when it is such a body and the cue is a verb of saying (not "it shows", whose "it" is
        usually a thing: data ``thing_cues``).

        tok (Token): the pronoun subject. v (Token): the cue verb.
        found (list[Attribution]): the attributions found so far in the document (text order).
        RETURNS (Source | None): the speaker, its mention an alias of the antecedent; None if none fits.
        """
        if not self._pronoun_reports(tok, v):
            return None
        si = sentence_index(self.doc, tok)
        by_id = self.index.by_id()
        thing_cue = base(v) in _thing_cues()
        for a in reversed(found):
            if a.speaker is None or a.cue_char >= tok.idx or not a.cue_tokens or self._nested(a, found):
                continue        # a report inside another's content ("dismissed claims by Y that …") is not continued
            if si - sentence_index(self.doc, self.doc[a.cue_tokens[0]]) > PRONOUN_SPEAKER_SENTENCES:
                break
            m = by_id.get(a.speaker.mention) if a.speaker.mention else None
            if any(x.kind in SPEAKING_BODIES and (m is None or (x.local_key or x.name) != (m.local_key or m.name))
                   and self._subject(x) for x in self.index.within(a.cue_char, tok.idx)):
                break           # another body was a subject since: "it" is more likely that one (resolved below)
            statement = a.speaker.head is not None and a.speaker.head.lemma_.lower() in self.lex.statement_nouns
            if thing_cue and not statement:
                break           # "X wrote … it shows": "it" is what X wrote about, not X
            if m is not None and m.kind in SPEAKING_BODIES:
                alias = self.index.add_alias(tok.idx, tok.idx + len(tok.text), tok.text, m)
                return Source(text=tok.text, mention=alias.id, head=tok, start=tok.idx, end=tok.idx + len(tok.text))
            if m is None and statement:
                # "…, the statement said. It put the number …": the statement goes on
                return Source(text=a.speaker.text, head=tok, start=tok.idx, end=tok.idx + len(tok.text))
            if m is not None:
                break           # the last speaker was a person: "it" is not them
        if thing_cue:
            return None
        m = self.index.actor(tok)
        if m is None or m.kind not in SPEAKING_BODIES:
            return None
        return Source(text=tok.text, mention=m.id, head=tok, start=tok.idx, end=tok.idx + len(tok.text))

    def _nested(self, a: Attribution, found: list[Attribution]) -> bool:
        """Is ``a`` a report inside another one: in its content, or governed by its cue ("dismissed as a
        fabrication claims by Y that …": Y's claim hangs on "dismissed")?"""
        above = {x.i for x in self.doc[a.cue_tokens[0]].ancestors}
        return any(b is not a and b.speaker is not None and (b.content_start <= a.cue_char < b.content_end or
                                                             any(i in above for i in b.cue_tokens)) for b in found)

    def _subject(self, mention) -> bool:
        """Is a mention the subject of its clause (what a later "it" most often picks up)?"""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return span is not None and span.root.dep_ in ("nsubj", "nsubjpass")

    def _pronoun_reports(self, tok, v) -> bool:
        """Can the pronoun ``tok`` be the speaker of cue ``v`` at all? Only as the cue's own subject (or
        the subject of the verb the cue is coordinated with: "It said … and added …"), outside a direct
        quote (there "it" is the quoted person's figure of speech), not in a relative clause ("the target it
        pledged to reach") and not under a modal ("it would encourage investors": a thing's effect)."""
        if self._in_quote(tok.idx) or v.dep_ == "relcl":
            return False
        verb = v
        while verb.dep_ == "conj" and verb.head.i != tok.head.i and verb.head.i != verb.i:
            verb = verb.head
        if tok.head.i != verb.i and tok.head.i != verb.head.i:
            return False
        return not any(c.dep_ == "aux" and c.lower_ in MODALS for c in v.children)

    # -- sources -------------------------------------------------------------------------
    def source(self, tok) -> Source:
        """A Source for the noun phrase headed by ``tok``."""
        if tok.lower_ in ("who", "which", "that") and tok.head.dep_ == "relcl":
            tok = tok.head.head          # "David Mack, who told …": the speaker is written just before
        s, e = self.np_span(tok)
        text = self.text[s:e]
        m = self.index.actor(tok)
        person = self._appos_person(tok)
        if person is not None and (m is None or m.kind != "person"):
            m = person          # "The UN envoy, Jane Doe, urged …": the person speaks, in their role
        lemma = tok.lemma_.lower()
        if m is None and lemma in _ruling_heads():
            # "the regime in X", "the authorities of X": the seat's state speaks
            m = next((x for p in tok.children if p.dep_ == "prep" and p.lower_ in ("in", "of")
                      for o in pobjs(p) if (x := self.index.actor(o)) is not None and x.kind != "person"), None)
        if m is None and lemma not in self.lex.statement_nouns:
            m = self.index.descriptor(tok, fallback=self._last_person)
        if m is None and lemma in self.lex.statement_nouns:
            # "the AFRICOM press release", "a report by Haaretz", "Russia's foreign ministry statement"
            for c in tok.children:
                if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from", "of"):
                    for o in pobjs(c):
                        m = m or self.index.actor(o)
            if m is None:
                for mm in self.index.within(s, e):
                    m = mm
                    break
            if m is None and any(c.lower_ == "the" for c in tok.children):
                prev = self._statement_speakers.get(lemma)
                if prev is not None:
                    return Source(text=text, mention=prev.mention, head=tok, start=s, end=e)
                m = self._issuer(tok)       # "X issued a statement on Monday. … the statement said"
        src = Source(text=text, mention=m.id if m else None, head=tok, start=s, end=e)
        if m is not None and m.kind == "person":
            self._last_person = m
        if lemma in self.lex.statement_nouns and src.mention:
            self._statement_speakers[lemma] = src
        return src

    def _issuer(self, tok):
        """Who issued the statement "the statement" refers back to: the subject of the verb whose object
        is the last earlier noun with its lemma ("X issued a statement", "X released its report"), or
        that noun's owner ("X's report", "a report by X"), within the last few sentences."""
        lemma = tok.lemma_.lower()
        lo = max(0, tok.i - ISSUER_REACH)
        for t in reversed(self.doc[lo:tok.i]):
            if t.lemma_.lower() != lemma or t.pos_ != "NOUN":
                continue
            owners = [c for c in t.children if c.dep_ == "poss"]
            owners += [o for c in t.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from")
                       for o in pobjs(c)]
            if t.dep_ == "dobj" and base(t.head) not in _seeing_verbs() and \
                    not any(c.dep_ == "neg" for c in t.head.children):
                # "X issued a statement"; not "The Herald has not seen the memo", "a memo obtained by X": who
                # saw or obtained a document did not write it
                owners += [c for c in t.head.children if c.dep_ == "nsubj"]
            for o in owners:
                m = self.index.actor(o)
                if m is not None and m.kind in SPEAKING_BODIES | {"person"}:
                    return m
            return None                 # the nearest such noun names no one: do not look past it
        return None

    def _appos_person(self, tok):
        """The person named in apposition to a role noun ("the envoy, Jane Doe,"), if any."""
        if tok.pos_ == "PROPN":
            return None
        # the apposition may hang on the last noun of the role ("the envoy for Lyon, Jane Doe,")
        heads = [tok]
        node = tok
        for _ in range(3):
            preps = [c for c in node.children if c.dep_ == "prep" and c.i > node.i]
            objs = pobjs(preps[-1]) if preps else []
            if not objs:
                break
            node = objs[0]
            heads.append(node)
        for h in heads:
            for c in h.children:
                if c.dep_ == "appos" and c.i > h.i:
                    m = self.index.actor(c)
                    if m is not None and m.kind == "person":
                        return m
        return None

    def np_span(self, tok) -> tuple[int, int]:
        """Characters of the noun phrase headed by ``tok``, without relative clauses and edges.

        A person in apposition to a role noun stays ("The UN envoy, Jane Doe"); participle and
        relative clauses set off by a comma anywhere inside the phrase go ("A report by X, seen by Y").
        """
        drop = set()
        keep_appos = self._appos_person(tok) is not None
        for c in tok.children:
            if keep_appos and (c.dep_ == "appos" or c.dep_ == "punct" and c.text == "," and
                               any(a.dep_ == "appos" and a.i > c.i for a in tok.children)):
                continue
            if c.dep_ in ("relcl", "acl", "advcl") or (c.dep_ == "punct" and c.i > tok.i and c.text in ",–—("):
                if c.dep_ == "punct":
                    drop.update(range(c.i, tok.right_edge.i + 1))
                else:
                    drop.update(x.i for x in c.subtree)
        # the subtree from the token table: a Token only for a clause (speed)
        table = tokens(self.doc)
        sub, dep, head, text = table.subtree(tok.i), table.dep, table.head, table.text
        for i in sub:
            # a clause set off by a comma deeper in the phrase: "a report by X, seen by Y"
            if i != tok.i and dep[i] in ("relcl", "acl") and head[i] != tok.i:
                x = self.doc[i]
                if x.left_edge.i > 0 and text[x.left_edge.i - 1] == ",":
                    drop.update(range(x.left_edge.i - 1, x.right_edge.i + 1))
        ids = {i for i in sub if i not in drop}
        if not ids:
            return tok.idx, tok.idx + len(tok.text)
        # keep the contiguous run around the head
        lo = hi = tok.i
        while lo - 1 in ids:
            lo -= 1
        while hi + 1 in ids:
            hi += 1
        while hi > lo and (self.doc[hi].is_punct or self.doc[hi].is_space):
            hi -= 1         # a headline's speaker is followed by the blank line the parser attaches to it
        while lo < hi and (self.doc[lo].is_punct or self.doc[lo].ent_type_ in ("DATE", "TIME") and
                           self.doc[hi].ent_type_ not in ("DATE", "TIME")):
            lo += 1      # "On 18 May UN envoy Jane Doe said": the date is not part of the speaker
        return self.doc[lo].idx, self.doc[hi].idx + len(self.doc[hi].text)

    def span_of(self, tok, drop_mark: bool = True) -> tuple[int, int]:
        """Characters of ``tok``'s subtree without edge punctuation (and a leading 'that')."""
        lo, hi = tok.left_edge.i, tok.right_edge.i
        while lo < hi and (self.doc[lo].is_punct or self.doc[lo].is_space or
                           drop_mark and self.doc[lo].dep_ == "mark" and self.doc[lo].lower_ == "that"):
            lo += 1
        while hi > lo and (self.doc[hi].is_punct and self.doc[hi].text not in ")”\"" or self.doc[hi].is_space):
            hi -= 1
        return self.doc[lo].idx, self.doc[hi].idx + len(self.doc[hi].text)

    def _media(self, att: Attribution, v, speaker_tok) -> None:
        """Add the medium a statement went through to ``via`` (told X, in an interview with X, seen by X)."""
        found: list[Source] = []
        if v is not None and base(v) in self.lex.via_verbs:
            for c in v.children:
                if c.dep_ in ("dobj", "dative", "iobj") and c.i < (v.i + 8):
                    m = self.index.actor(c)
                    if m is not None and c.pos_ == "PROPN":
                        found.append(Source(text=self._np_text(c), mention=m.id, head=c))
                    elif m is None and c.lemma_.lower() in _medium_nouns():
                        found.append(Source(text=self._np_text(c), mention=None, head=c))   # "told a radio station"
        anchors = [x for x in (v, speaker_tok) if x is not None]
        # the subtrees walked on the token table; a Token only where a via phrase may start (speed)
        table = tokens(self.doc)
        dep, head, lower = table.dep, table.head, table.lower
        firsts = _first_words(self.lex.via_preps)
        in_np = set(table.subtree(speaker_tok.i)) if speaker_tok is not None else set()
        spk = speaker_tok.i if speaker_tok is not None else None
        heads = {x.i for x in anchors}
        for anchor in anchors:
            for i in table.subtree(anchor.i):
                if (dep[i] == "acl" and (head[i] == spk or i in in_np) or
                        dep[i] in ("prep", "agent") and head[i] in heads) and (firsts is None or lower[i] in firsts):
                    src = self._via_phrase(self.doc[i])
                    if src is not None and all(src.mention != f.mention or not f.mention for f in found):
                        found.append(src)
        att.via.extend(found)
        self._chain_media(att, speaker_tok, v)     # authors, further media, the outlet an unnamed source spoke to

    def _via_phrase(self, t) -> Source | None:
        """A via source introduced at token ``t`` ("seen by Reuters", "in an interview with Bloomberg")."""
        doc = self.doc
        lower = tokens(doc).lower
        for words in self.lex.via_preps:
            # the phrase ends with the preposition whose object names the medium
            begin = t.i if t.dep_ != "acl" else t.i
            end = begin + len(words)
            if end > len(doc) or tuple(lower[begin:end]) != words:
                continue
            last = doc[end - 1]
            objs = pobjs(last)
            if not objs:
                continue
            m = self.index.actor(objs[0])
            return Source(text=self._np_text(objs[0]), mention=m.id if m else None, head=objs[0])
        return None

    def _citing(self, att: Attribution, v, speaker_tok) -> None:
        """"X, citing Y, said …": Y is the origin, X (and co-speakers) pass it on."""
        cands = []
        between = []
        # only a participle can cite (the test below): the others get no Token (speed)
        table = tokens(self.doc)
        tag, dep = table.tag, table.dep
        if speaker_tok is not None and v is not None and speaker_tok.i < v.i:
            # "X, citing Y, said" (wherever it attaches)
            between = [self.doc[k] for k in range(speaker_tok.i + 1, v.i) if tag[k] in ("VBG", "VBN")]
        for anchor in (v, speaker_tok):
            if anchor is not None:
                between += [self.doc[c] for c in table.kids[anchor.i]
                            if dep[c] in ("advcl", "acl", "xcomp", "conj", "prep") and tag[c] in ("VBG", "VBN")]
        for c in between:
            if base(c) in self.lex.citing_verbs and c.tag_ in ("VBG", "VBN"):
                for o in c.children:
                    if o.dep_ in ("dobj", "pobj"):
                        cands.append(o)
        if speaker_tok is not None:
            # "… informs AFP, which saw the assessment of the EU": what the speaker saw is the origin
            for c in speaker_tok.children:
                if c.dep_ == "relcl" and base(c) in _seeing_verbs():
                    cands += [o for o in c.children if o.dep_ == "dobj" and self.index.actor(o) is not None
                              or o.dep_ == "dobj" and o.lemma_.lower() in self.lex.statement_nouns]
        if not cands or att.speaker is None:
            return
        origin = self.source(cands[0])
        carriers = [att.speaker] + self._cospeakers(speaker_tok) + self._cospeakers(v, preps_only=True)
        if origin.mention is None and att.speaker.mention is not None:
            # "The Courier, citing unnamed sources, reported …": the named outlet vouches for the claim;
            # the sources it leans on come first in via
            att.via = [origin] + carriers[1:] + att.via
            return
        att.speaker = origin
        att.via = carriers + att.via

    def _cospeakers(self, tok, preps_only: bool = False) -> list[Source]:
        out = []
        if tok is None:
            return out
        for c in tok.children:
            if c.dep_ == "conj" and not preps_only:
                out.append(self.source(c))
            if c.dep_ == "prep":
                words = tuple(x.lower_ for x in self.doc[c.i:c.i + 3])
                for cp in COSPEAKER_PREPS:
                    if words[:len(cp)] == cp:
                        last = self.doc[c.i + len(cp) - 1]
                        for o in pobjs(last) or pobjs(c):
                            out.append(self.source(o))
        return out

    def _np_text(self, tok) -> str:
        s, e = self.np_span(tok)
        return self.text[s:e]


@lru_cache(maxsize=1)
def _thing_cues() -> frozenset[str]:
    """Cues whose subject "it" is usually a thing ("it shows that …"): data/attribution.yaml ``thing_cues``."""
    return frozenset(w.lower() for w in data.load("attribution.yaml").get("thing_cues", []))


@lru_cache(maxsize=1)
def _seeing_verbs() -> frozenset[str]:
    """Verbs of a speaker's relative clause that name its source ("AFP, which saw the report")."""
    return frozenset(w.lower() for w in data.load("attribution.yaml").get("seeing_verbs", []))


_FIRSTS: dict[int, tuple[list, frozenset[str] | None]] = {}


def _first_words(phrases: list[tuple[str, ...]]) -> frozenset[str] | None:
    """The first words of ``phrases`` (a phrase can only start at one of them), once per list; None when a phrase is
    empty (it would start anywhere)."""
    hit = _FIRSTS.get(id(phrases))
    if hit is None or hit[0] is not phrases:
        firsts = None if any(not p for p in phrases) else frozenset(p[0] for p in phrases)
        hit = _FIRSTS[id(phrases)] = (phrases, firsts)
    return hit[1]


@lru_cache(maxsize=1)
def _medium_nouns() -> frozenset[str]:
    """Common nouns for a medium a via verb names ("told a local radio station"): data ``medium_nouns``."""
    return frozenset(w.lower() for w in data.load("attribution.yaml").get("medium_nouns", []))


@lru_cache(maxsize=1)
def _ruling_heads() -> frozenset[str]:
    """Nouns for a ruling body named by its seat ("the regime in X"): data ``ruling_heads``."""
    return frozenset(w.lower() for w in data.load("attribution.yaml").get("ruling_heads", []))
