"""What a reporting cue reports: the content span, and the word orders that put the speaker elsewhere.

``ContentMixin`` gives the attribution finder (needs ``doc``, ``text``, ``index``, ``lex``, ``source``,
``span_of``, ``_figure_object``):

- ``_content``: the character span a cue verb reports (a that-clause, an infinitive, a phrasal verb's
  object, the statement a denial takes, an "As X observed, Y" main clause, a parenthetical "Y, X said");
- word orders of machine-translated copy: "Y, has told the source X" (``_inverted_conj``), "As reported the
  agency X, Y" (``_inverted_as``) and the object first, "The strike the information of X denied"
  (``_object_first``);
- the statement a denial takes after "as …": "dismissed as 'a fabrication' claims by Y that …"
  (``_rejected_objects``).
"""
from __future__ import annotations

from functools import lru_cache

from .events import children, is_verb, pobjs
from .lexicons import base
from .speech import SPEAKING_KINDS, _rstrip
from .tokens import tokens

CONTENT_DEPS = ("ccomp", "xcomp")
# how far after an inverted "as reported" the speaker's comma may come
INVERTED_REACH = 12
# nouns for what others say that a denial can take as its object besides the statement nouns
REJECTED_NOUNS = frozenset({"allegation", "accusation", "charge", "report", "claim", "suggestion", "rumour", "rumor"})


class ContentMixin:
    """Content spans and word orders (see the module docstring)."""

    def _content(self, v, entry, sent) -> tuple[int, int] | None:
        """Character span of what verb ``v`` reports, or None when it reports nothing here."""
        arg = entry.get("arg")
        first = self._object_first(v)
        if first is not None:
            sub = {x.i for x in first[2].subtree}
            toks = [x for x in first[1].subtree if x.i not in sub and not x.is_punct]
            return (toks[0].idx, toks[-1].idx + len(toks[-1].text)) if len(toks) >= 2 else None
        inverted = self._inverted_as(v)
        if inverted is not None:
            # "As reported the agency X, 40 rebels were killed": the main clause after the comma
            toks = [x for x in v.head.subtree if x.i > inverted[1] and not x.is_punct and not x.is_space]
            return (toks[0].idx, toks[-1].idx + len(toks[-1].text)) if len(toks) >= 2 else None
        inverted = self._inverted_conj(v)
        if inverted is not None:
            # "X will deliver gas, has told the source": the clause before the comma
            toks = [x for x in v.head.subtree if x.i < inverted[1] and not x.is_punct and not x.is_space]
            return (toks[0].idx, toks[-1].idx + len(toks[-1].text)) if len(toks) >= 2 else None
        if entry.get("objects"):
            obj = self._figure_object(v, entry)
            # passive: "a toll of 23 dead was given by X", "the toll was put at 23 by X" (not the "by X")
            after = [c.right_edge.i for c in v.children if c.i > v.i and not c.is_punct and c.dep_ != "agent"]
            if obj.i < v.i and not after:
                return self.span_of(obj)
            last = max(after)
            s = obj.left_edge.idx
            return s, _rstrip(self.text, s, self.doc[last].idx + len(self.doc[last].text))
        clause = None
        for c in v.children:
            if c.dep_ in CONTENT_DEPS and (c.dep_ == "ccomp" or c.dep_ == "xcomp" and
                                           (arg == "xcomp" or entry.get("obj") != "none")):
                if self._own_report_before(v, c):
                    continue     # "The ministry counted six ships; the navy says 14": the first clause is its own
                clause = c       # "said that …", "promised to …"
                break
        if clause is None and entry.get("obj") == "none":
            # "the navy says 14", "the navy says 14 ships": a figure is what is said
            figure = next((c for c in v.children if c.dep_ == "dobj" and c.i > v.i and
                           (c.like_num or any(n.dep_ == "nummod" and n.like_num for n in c.children))), None)
            if figure is not None:
                return self.span_of(figure)
        if clause is None and entry.get("obj") == "none" and not any(c.dep_ == "dobj" for c in v.children):
            # "said after the meeting he would …": the parser hangs the unmarked clause on as an adverbial
            for c in v.children:
                if c.dep_ == "advcl" and c.i > v.i and any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children) \
                        and all(m.lower_ == "that" for m in c.children if m.dep_ == "mark"):
                    clause = c
                    break
        if clause is None and (arg == "xcomp" or entry.get("obj") == "addressee"):
            # "tells his supporters at the rally to go …": the infinitive read as an adverbial
            for c in v.children:
                if c.dep_ == "advcl" and c.i > v.i and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children):
                    clause = c
                    break
        if clause is None and v.dep_ == "advcl" and v.head.i > v.i and any(x.dep_ == "auxpass" for x in v.children):
            # "By the ministry is demanded, that X pays …" (machine translation): the parser hangs the passive report
            # on the clause it reports, which starts with "that"
            mark = next((m for m in v.head.children if m.dep_ == "mark" and m.lower_ == "that" and m.i > v.i), None)
            if mark is not None:
                last = v.head.right_edge
                return mark.idx, _rstrip(self.text, mark.idx, last.idx + len(last.text))
        if clause is None:
            # "called for talks", "pointed to the statement": the phrasal verb's object is the content
            for c in v.children:
                if c.dep_ == "prep" and (base(v), c.lower_) in self.lex.phrasal:
                    objs = pobjs(c)
                    if objs:
                        s, e = self.span_of(objs[0])
                        # "spoke of 400 dead in the fighting": the verb's later phrases belong to it
                        for p in v.children:
                            if p.i > c.i and p.dep_ == "prep":
                                e = max(e, self.span_of(p)[1])
                        return s, e
        if clause is not None:
            s, e = self.span_of(clause, drop_mark=False)
            if arg == "xcomp":
                for c in v.children:
                    if c.dep_ == "dobj" and c.i < clause.i:
                        s = min(s, c.left_edge.idx)
            return s, e
        if arg in ("of", "with", "for"):
            preps = children(v, "prep")
            for c in children(v, "advmod", "dobj", "npadvmod"):
                preps += children(c, "prep")
            for p in preps:
                if p.lower_ == arg:
                    objs = pobjs(p)
                    if objs:
                        return self.span_of(objs[0])
        # "rejected claims that …": the statement noun's clause, or the noun itself for denials
        for c in self._rejected_objects(v, entry):
            if True:
                for cc in c.children:
                    if cc.dep_ in ("acl", "ccomp", "relcl") and any(m.lower_ == "that" and m.dep_ == "mark" for m in cc.children):
                        return self.span_of(cc)
                if entry.get("type") and c.lemma_.lower() in self.lex.statement_nouns | REJECTED_NOUNS:
                    return self.span_of(c)
        # "criticized the plan", "called the holiday a celebration": the object is what is said
        if entry.get("obj", "content") == "content":
            # "called Oz a quack": the parser may read both nouns as predicates (oprd)
            objs = [c for c in v.children if c.dep_ == "dobj"] or [c for c in v.children if c.dep_ == "oprd"]
            if objs and not (objs[0].pos_ == "PRON" and objs[0].n_lefts + objs[0].n_rights == 0):
                last = max((c.right_edge.i for c in v.children if c.i > v.i and c.dep_ in
                            ("dobj", "oprd", "xcomp", "ccomp", "acomp", "attr")), default=objs[0].right_edge.i)
                for p in children(v, "prep"):
                    if p.i > objs[0].i and p.lower_ in ("as", "of", "for", "with", "about", "on"):
                        last = max(last, p.right_edge.i)
                s, _ = self.span_of(objs[0], drop_mark=False)
                e = self.doc[last].idx + len(self.doc[last].text)
                return s, _rstrip(self.text, s, e)
        # "As X observed, Y": the reporting clause is an adverbial of the content
        if v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in v.children) and _clause(v.head):
            head = v.head
            lo = head.left_edge.i
            hi = head.right_edge.i
            # the first and last word outside the reporting clause (indices from the token table: a Token only
            # for the words tested for punctuation, speed)
            sub = set(tokens(self.doc).subtree(v.i))
            rest = [k for k in range(lo, hi + 1) if k not in sub]
            first = next((self.doc[k] for k in rest if not self.doc[k].is_punct), None)
            if first is not None:
                last = next(self.doc[k] for k in reversed(rest) if not self.doc[k].is_punct)
                s, e = first.idx, last.idx + len(last.text)
                return s, e
        # "Y, X said" / "Y, X said, Z": a parenthetical reporting clause hangs off the content's root
        if v.dep_ in ("parataxis", "ccomp", "advcl", "conj") and _clause(v.head) and \
                not any(c.dep_ == "dobj" for c in v.children) and _inverted_report(v):
            head = v.head
            lo, hi = v.left_edge, v.right_edge
            # the comma may be the clause's own first token ("…, the ministry said, up from 14")
            before = self.text[max(0, lo.idx - 3):lo.idx] + (lo.text if lo.is_punct else "")
            after = self.text[hi.idx + len(hi.text):hi.idx + len(hi.text) + 2]
            if head.i < v.i and not any(ch in before for ch in ",\u201d\"") or \
                    head.i > v.i and "," not in (after + hi.text):
                return None
            sub = {x.i for x in v.subtree} - {x.i for c in _trailing(v) for x in c.subtree}
            toks = [x for x in head.subtree if x.i not in sub and not x.is_punct and not x.is_space]
            if len(toks) < 2:
                return None
            return toks[0].idx, toks[-1].idx + len(toks[-1].text)
        # "the strike the ministry denied", and machine-translated "The strike the information of X denied":
        # a denial in a relative clause with no object of its own denies the noun it modifies
        if v.dep_ == "relcl" and entry.get("stance") == "denies" and v.head.i < v.i and \
                not any(c.dep_ in ("dobj", "ccomp") or c.tag_ in ("WDT", "WP") for c in v.children):
            sub = {x.i for x in v.subtree}
            toks = [x for x in v.head.subtree if x.i not in sub and not x.is_punct]
            if len(toks) >= 2:
                return toks[0].idx, toks[-1].idx + len(toks[-1].text)
        # a direct quote right after the cue ("X said: “…”") is found by _assign_quotes
        return None

    def _own_report_before(self, v, clause) -> bool:
        """Is ``clause`` (before the cue ``v``) a report of its own rather than what ``v`` reports: set off by a
        semicolon ("X counted six; Y says 14"), or itself a cue with its own subject while ``v`` reports something
        after it ("X said six were sunk, Y says 14")?"""
        if clause.i > v.i or not any(c.i > v.i and c.dep_ in ("dobj", "ccomp", "attr") and c.lower_ not in
                                     ("so", "this", "that", "it") for c in v.children):
            return False        # "Six ships were sunk; the navy says so": the cue reports nothing else
        between = self.doc[clause.right_edge.i + 1:v.i]
        return any(t.text == ";" for t in between) or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) and self.cue_entry(clause) is not None

    def _inverted_as(self, v):
        """Machine-translated word order "As reported the agency X, Y" / "as stated the ministry, Y": an
        "as" clause whose cue has no subject before it and a speaking actor between it and the comma.

        RETURNS (tuple | None): (the speaker phrase's head token, the comma's index).
        """
        if v.dep_ != "advcl" or v.i == 0 or self.doc[v.i - 1].lower_ != "as" or v.head.i < v.i or \
                any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            return None
        comma = next((t.i for t in self.doc[v.i + 1:min(len(self.doc), v.i + INVERTED_REACH)] if t.text == ","), None)
        if comma is None or comma == v.i + 1:
            return None
        span = range(v.i + 1, comma)
        heads = [self.doc[i] for i in span if self.doc[i].head.i not in span]
        if len(heads) != 1 or not any((m := self.index.at(self.doc[i])) is not None and m.kind in SPEAKING_KINDS
                                      for i in span):
            return None
        return heads[0], comma

    def _inverted_conj(self, v):
        """Machine-translated report put after its content: "X will deliver gas, has told the source in the
        government" (a cue the parser coordinates with the content's verb, after a comma, with no subject or
        conjunction of its own; who speaks is its object or a subject after it).

        RETURNS (tuple | None): (the speaker phrase's head token, the comma's index).
        """
        if v.dep_ != "conj" or v.head.i > v.i or any(c.dep_ in ("nsubj", "nsubjpass") and c.i < v.i
                                                     for c in v.children):
            return None
        first = min([v.i] + [c.i for c in v.children if c.dep_ in ("aux", "advmod") and c.i < v.i])
        comma = first - 1
        if comma <= v.head.i or self.doc[comma].text != "," or \
                any(c.dep_ == "cc" and v.head.i < c.i < v.i for c in v.head.children):
            return None     # "X shelled the town and said …": a coordinated act of the subject
        speaker = next((c for c in v.children if c.i > v.i and c.dep_ in ("nsubj", "dobj", "dative")
                        and c.pos_ in ("NOUN", "PROPN")), None)
        if speaker is None or any(c.dep_ in ("ccomp", "xcomp") for c in v.children):
            return None     # "…, said it would reply": a report of its own
        return speaker, comma

    def _after_inverted_as(self, v):
        """The speaker of a cue whose clause an inverted "As reported the agency X," opens: the phrase
        between that comma and the cue (the parser often takes the agency as the cue's subject). The
        agency is then the medium: its content holds this report, so the chain gives it as via."""
        for c in v.children:
            if c.dep_ != "advcl" or c.i > v.i:
                continue
            inverted = self._inverted_as(c)
            if inverted is None:
                continue
            span = range(inverted[1] + 1, v.i)
            named = [self.doc[i] for i in span if (m := self.index.at(self.doc[i])) is not None and
                     m.kind in SPEAKING_KINDS]
            roots = [self.doc[i] for i in span if self.doc[i].head.i not in span and not self.doc[i].is_punct]
            return named[-1] if named else (roots[0] if roots else None)
        return None

    def _object_first(self, v):
        """Machine-translated object-first order "The strike the information of X denied.": a cue at the end
        of its clause, with no object, whose subject phrase is two noun phrases side by side (no comma or
        "and" between), the second naming a speaking actor: the second speaks, the first is what is said.

        RETURNS (tuple | None): (the speaker's head, the content phrase's head, the speaker phrase's head).
        """
        table = tokens(self.doc)    # labels and words from the token table, a Token only for a later child (speed)
        dep, lower, doc = table.dep, table.lower, self.doc
        if dep[v.i] != "ROOT" or any(dep[c] in ("dobj", "ccomp", "xcomp") or c > v.i and not doc[c].is_punct and
                                     (dep[c] != "prep" or (base(v), lower[c]) in self.lex.phrasal)
                                     for c in table.kids[v.i]):
            return None         # the cue ends its clause (a time or place may follow), with nothing to report
        subj = next((c for c in v.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
        if subj is None:
            return None
        for c in subj.children:
            if c.dep_ not in ("appos", "conj") or c.i < subj.i or c.right_edge.i != v.i - 1:
                continue
            before = self.doc[c.left_edge.i - 1]
            if before.is_punct or before.dep_ == "cc" or any(x.dep_ == "cc" for x in subj.children) or \
                    c.left_edge.dep_ != "det":
                # "The UN envoy Jane Doe said": a name in apposition to a role has no article of its own
                return None
            speaker = c
            if c.lemma_.lower() in self.lex.statement_nouns:
                # "the information of X": X speaks (the noun's own reading may reach back to the first phrase)
                speaker = next((o for p in children(c, "prep") if p.lower_ in ("of", "by", "from")
                                for o in pobjs(p)), c)
            m = self.index.actor(speaker)
            if m is not None and m.kind in SPEAKING_KINDS:
                return speaker, subj, c
        return None

    def _rejected_objects(self, v, entry) -> list:
        """What a cue takes as its object: its direct objects, and for a denial the statement named after
        "as …" ("dismissed as 'a crude fabrication' claims by Y that …", "rejected as baseless reports
        that …": the parser reads the statement as the object of "as")."""
        objs = [c for c in v.children if c.dep_ == "dobj"]
        if entry.get("stance") == "denies" and not objs:
            for p in children(v, "prep"):
                if p.lower_ == "as":
                    objs += [o for o in pobjs(p) if o.lemma_.lower() in self.lex.statement_nouns | REJECTED_NOUNS]
        return objs


def _clause(t) -> bool:
    """A clause head a reporting aside can hang off: a verb, or a copula ("X, he said, is Y")."""
    return is_verb(t) or t.pos_ == "AUX" and t.dep_ in ("ROOT", "ccomp", "conj")


def _inverted_report(v) -> bool:
    """The reporting clause is parenthetical: only its subject (and adverbs) besides the verb, and maybe a
    participle after a comma that the parser hung on it ("…, the ministry said, killing 23 people")."""
    allowed = {"nsubj", "punct", "advmod", "npadvmod", "aux", "prep", "dative", "dobj", "neg", "prt"}
    return any(c.dep_ == "nsubj" for c in v.children) and all(
        c.dep_ in allowed or c in _trailing(v) for c in v.children)


def _trailing(v) -> list:
    """Clauses of the content the parser hung on a parenthetical cue: a participle after its comma ("Y, X
    said, killing 23 people"), a clause before the content's comma ("If Y, X argues, Z"). Not a second cue
    ("…, adding …")."""
    doc = v.doc
    after = [c for c in v.children if c.dep_ == "advcl" and c.i > v.i and c.tag_ == "VBG" and
             doc[c.left_edge.i - 1].text == "," and base(c) not in _cue_lemmas()]
    # "If X fails, Jane Doe argues, there are other tools": the content's own first clause, hung on the cue
    before = [c for c in v.children if c.dep_ == "advcl" and c.i < v.i and c.right_edge.i + 1 < v.i and
              doc[c.right_edge.i + 1].text == "," and base(c) not in _cue_lemmas()]
    return after + before


@lru_cache(maxsize=1)
def _cue_lemmas() -> frozenset[str]:
    from .lexicons import cues

    return frozenset(cues().verbs)
