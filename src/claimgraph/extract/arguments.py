"""Which actor mention a noun phrase stands for: the bridge from the parse to ``mentions``.

The events and attribution steps find *tokens* (a verb's subject, a noun's "by" phrase); this
module turns a token into the actor mention(s) it refers to, following the grammar:
a mention covering the token, relative pronouns ("which" → the noun it modifies), appositions
("Turkey – a NATO member which …"), coordination ("Russia and Turkey"), group nouns
("forces loyal to X", "X's forces", "the Egyptian side"), and pronouns or descriptors
("he", "the minister") resolved to the last compatible actor. Resolved pronouns are appended
to ``mentions`` as new Mention records with ``pronoun=True``.
"""
from __future__ import annotations

from bisect import bisect_right

from ..model import Document, Mention
from .event_rules import event_rules
from .forces import force_state
from .genders import is_person_noun
from .group_refs import group_kinds, named_group_before
from .rulers import RULER
from .referents import (capital_regime, counterpart, described_as, other_office, person_state, reporter,
                        state_noun, the_sides)
from .tokens import tokens
from .sentences import appos_anchor, pobjs_of, sentence_index, sentences  # noqa: F401 (re-exported)
from .antecedents import (  # noqa: F401
    _load_coref, _person_noun, _place_of_heads, _portfolio, _pronoun_fits, _same_portfolio,
)

PRONOUNS_PERSON = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
PRONOUNS_GROUP = {"they", "them", "their", "theirs", "it", "its", "itself", "themselves"}
PRONOUNS_FIRST = {"i", "me", "my", "we", "us", "our"}
RELATIVE = {"which", "who", "whom", "that", "whose"}
INDEFINITE = {"a", "an", "another", "some", "any"}
# How far back (characters) a pronoun may look for its antecedent.
PRONOUN_WINDOW = 800


class ActorIndex:
    """Token → mention lookups over one document.

    document (Document): the document (for ids).
    doc (Doc): its parse.
    mentions (list[Mention]): the actor mentions; resolved pronouns are appended to it.
    """

    def __init__(self, document: Document, doc, mentions: list[Mention]):
        self.document = document
        self.doc = doc
        self.mentions = mentions
        self._alias_at: dict[tuple[int, int], Mention] = {}   # add_alias: pronoun mentions by place
        self._alias_seen = 0                                    # … of the first _alias_seen mentions
        self._name_heads: dict[tuple[int, int], tuple | None] = {}  # _by_head: a name's last word, root and end
        self.by_token: dict[int, Mention] = {}
        ordered = sorted((m for m in mentions if not m.pronoun), key=lambda m: m.start)
        self._starts = [m.start for m in ordered]
        self._ordered = ordered
        for m in ordered:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for t in span:
                # the first (outermost, earliest) mention wins a token
                self.by_token.setdefault(t.i, m)
        self._pronoun_cache: dict[int, Mention | None] = {}
        # actors() answers by (token, depth, conj, mentions so far): the events and attribution steps ask for
        # the same phrase's actors two or three times per document (speed; see actors)
        self._actors_memo: dict[tuple[int, int, bool, int], tuple[Mention, ...]] = {}
        self._resolving = 0     # pronouns being resolved (their answers are not final yet: nothing is memoised)
        self._by_text = {m.text: m for m in ordered if " " not in m.text and m.text[:1].isupper()}
        self._coref = _load_coref()
        from .lexicons import cues, plover

        self.statement_nouns = cues().statement_nouns
        self.group_nouns = plover().group_nouns
        self.not_actor_heads = plover().not_actor_heads
        self.leader_participles = plover().leader_participles
        self.place_of_heads = _place_of_heads()
        self.holding_participles = event_rules().holding_participles
        self.operator_participles = event_rules().operator_participles     # "a tanker crewed by X" is X's
        self.border_nouns = event_rules().border_nouns
        self.captive_nouns = event_rules().captive_nouns

    # -- lookups -------------------------------------------------------------------------
    def by_id(self) -> dict[str, Mention]:
        """Every mention by id (including resolved pronouns)."""
        return {m.id: m for m in self.mentions}

    def at(self, token) -> Mention | None:
        """The mention covering ``token``, if any."""
        return self.by_token.get(token.i)

    def within(self, start: int, end: int) -> list[Mention]:
        """Mentions whose characters lie inside [start, end)."""
        return [m for m in self._ordered if m.start >= start and m.end <= end]

    def before(self, char: int, kinds: set[str] | None = None, window: int = PRONOUN_WINDOW) -> Mention | None:
        """The last mention ending before ``char`` (optionally of the given kinds)."""
        i = bisect_right(self._starts, char) - 1
        while i >= 0:
            m = self._ordered[i]
            if char - m.end > window:
                return None
            if m.end <= char and (kinds is None or m.kind in kinds):
                return m
            i -= 1
        return None

    def descriptor(self, token, fallback: Mention | None = None) -> Mention | None:
        """A definite role noun ("the minister", "the former diplomat") → the person it names.

        The actors stage's helper narrows by role; failing that, ``fallback`` (the last person quoted)
        stands for it when it was named within the last few sentences.
        """
        if token.pos_ != "NOUN" and not (token.pos_ == "PROPN" and is_person_noun(token.text)) or token.tag_ == "NNS":
            return None     # (a capitalised title is one too: "has said the President")
        if any(c.dep_ == "det" and c.lower_ in ("a", "an", "one", "another", "some") for c in token.children):
            return None
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children) and \
                not any(c.dep_ == "amod" for c in token.children):
            return None
        antecedent = self._coref(self.mentions, token, token.lemma_.lower()) if self._coref else None
        if antecedent is not None and antecedent.role and not _same_portfolio(token, antecedent.role):
            antecedent = self._coref(self.mentions, token, _portfolio(token) + " " + token.lemma_.lower())
        # only a noun for a person stands for the last person quoted ("the minister", not "the regime")
        if antecedent is None and fallback is not None and fallback.start < token.idx and _person_noun(token) and \
                sentence_index(self.doc, token) - fallback.sentence <= 4 and not other_office(token, fallback):
            antecedent = fallback
        if antecedent is None or antecedent.kind != "person":
            return None
        return self.alias_phrase(token, antecedent)

    def salient(self, token, kinds: set[str], fallback: bool = True) -> Mention | None:
        """The antecedent for a pronoun: the last subject of the right kind in this or the previous
        sentence (subjects are what pronouns most often pick up), else the nearest such mention."""
        sent_i = sentence_index(self.doc, token)
        starts = self.doc.user_data["_cg_sent_starts"]
        lo_tok = starts[max(0, sent_i - 1)]
        lo = self.doc[lo_tok].idx
        i = bisect_right(self._starts, token.idx) - 1
        while i >= 0 and self._ordered[i].start >= lo:
            m = self._ordered[i]
            if m.end <= token.idx and m.kind in kinds:
                head = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                root = head.root if head is not None else None
                if root is not None and root.dep_ == "appos":
                    root = root.head    # "His X counterpart, Jane Doe, said …": the named apposition is the subject
                if root is not None and root.dep_ in ("nsubj", "nsubjpass") and root.head != token.head:
                    return m
            i -= 1
        return self.before(token.idx, kinds) if fallback else None

    # -- resolution ----------------------------------------------------------------------
    def actors(self, token, depth: int = 0, conj: bool = True) -> list[Mention]:
        """The actor mentions the noun phrase headed by ``token`` refers to (possibly several)."""
        if token is None or depth > 6:
            return []
        # the answer can only change when a mention is appended (a resolved pronoun or alias), so the number of
        # mentions is part of the key; while a pronoun is being resolved it answers None to a nested request,
        # so nothing computed then is kept
        key = (token.i, depth, conj, len(self.mentions))
        known = self._actors_memo.get(key)
        if known is not None:
            return list(known)
        out = self._actors_one(token, depth)
        if conj:
            for c in token.children:
                if c.dep_ == "conj":
                    before = token.doc[token.i + 1:c.left_edge.i]
                    if len(before) > 1 and before[-1].text == "," and any(t.dep_ == "cc" for t in before):
                        # "the ministers of A and B, P and Q": a second list after a complete one restates it
                        break
                    for m in self.actors(c, depth + 1):
                        if m not in out:
                            out.append(m)
        if not self._resolving and len(self.mentions) == key[3]:
            self._actors_memo[key] = tuple(out)
        return out

    def actor(self, token) -> Mention | None:
        """The first actor mention ``token`` refers to."""
        found = self.actors(token, conj=False)
        return found[0] if found else None

    def _actors_one(self, token, depth: int) -> list[Mention]:
        low = token.lower_
        if low in RELATIVE and (token.tag_ in ("WDT", "WP", "WP$") or token.head.dep_ == "relcl"):
            rel = token.head
            # "X, to which Y sent troops": a pied-piped preposition hangs before the clause's verb
            while rel.dep_ != "relcl" and rel.head != rel and (rel.i > rel.head.i or rel.dep_ == "prep"):
                rel = rel.head
            if rel.dep_ == "relcl":
                found = self.actors(rel.head, depth + 1, conj=False)
                if low == "which" and found and all(m.kind == "person" for m in found):
                    # "X, a minister in the Y government (Z) – which is fighting …": "which" is no person;
                    # the parser hung the clause on the person, the nearest body before it is meant
                    for t in reversed(token.doc[rel.head.i + 1:token.i]):
                        m = self.at(t)
                        if m is not None and m.kind != "person":
                            return [m]
                    return []
                return found
            return []
        if token.tag_ == "NNS" and any(c.lower_ in ("both", "two") for c in token.children):
            found = self._pair_named_before(token, depth)
            if found:
                return found            # "Delegations of A and B met … Both delegations agreed"
        found = the_sides(self, token, depth) if self.at(token) is None else None
        if found is not None:
            return found                # "By the sides was signed …": the two parties named just before
        m = self.at(token)
        if m is not None and m.kb_id == RULER and not m.affiliation and m.local_key == m.name:
            # "the regime" in an article that names no ruling body (extract.rulers): the doer of an event is
            # the state named before, as without that mention; the corpus may still list the word as an alias
            # of a ruling body another article names (resolve.organs.merge_rulers)
            m = state_noun(self, token) or m
        if m is not None:
            if m.kind in ("armed_group", "organization"):
                # "Haftar's Libyan National Army": the leader stands for the force he commands
                for c in token.children:
                    if c.dep_ == "poss":
                        p = self.at(c)
                        if p is not None and p.kind == "person":
                            return [p]
            return [m]
        if token.pos_ == "PRON" or token.tag_ in ("PRP", "PRP$"):
            r = self.pronoun(token)
            return [r] if r else []
        if token.pos_ == "PROPN":
            m = self._alias_of_name(token)
            if m is not None:
                return [m]
        kids = list(token.children)     # read once: the tests below walk them up to a dozen times
        # appositions: "Turkey – a NATO member" (either direction)
        if token.dep_ == "appos":
            head = appos_anchor(token)
            found = self.actors(head, depth + 1, conj=False)
            if found:
                return found
        for c in kids:
            if c.dep_ == "appos":
                found = self.actors(c, depth + 1, conj=False)
                if found:
                    return found
        # a capital named by its country: "the Libyan capital" is not Libya; "the capital of Tripoli" is Tripoli
        if token.lemma_ == "capital":
            for c in kids:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for o in c.children:
                        if o.dep_ == "pobj" and self.at(o) is not None and self.at(o).kind == "place":
                            return [self.at(o)]
            return []
        # "a private security firm …, called Wagner Group"; "a group it calls X" (a relative clause with its own
        # subject, not "a group that calls X its enemy")
        for c in kids:
            if c.dep_ == "acl" and c.lemma_ in ("call", "name", "know", "dub") or c.dep_ == "relcl" and \
                    c.lemma_ in ("call", "name", "dub") and any(
                        x.dep_ == "nsubj" and x.lower_ not in RELATIVE for x in c.children):
                for o in c.children:
                    if o.dep_ in ("oprd", "attr", "dobj", "xcomp") and self.at(o) is not None:
                        return [self.at(o)]
                    if o.dep_ == "prep" and o.lower_ == "as":
                        for p in o.children:
                            if p.dep_ == "pobj" and self.at(p) is not None:
                                return [self.at(p)]
        found = counterpart(self, token)
        if found is not None:
            return found                # "her Zemlish counterpart" is Zemland's, not hers
        # group nouns: "forces loyal to X", "X's forces", "forces of X", "the Egyptian side"
        for c in kids:
            if c.dep_ == "poss":
                found = self.actors(c, depth + 1, conj=False)
                state = person_state(self, token, found[0]) if len(found) == 1 else None
                if found:
                    return [state] if state is not None else found      # "her government": the state she serves
        for c in kids:
            if c.dep_ in ("amod", "acl") and (c.lemma_ in ("loyal", "allied", "linked", "close", "affiliated", "belong",
                                                          "tie", "backed", "aligned", "loyalist") or
                                               c.lemma_ in self.holding_participles | self.operator_participles and
                                               token.lemma_.lower() not in self.captive_nouns):   # "positions held by X"
                for p in c.children:
                    if p.dep_ in ("prep", "agent") and p.lower_ in ("to", "with", "by"):
                        for o in p.children:
                            if o.dep_ == "pobj":
                                found = self.actors(o, depth + 1)
                                if found:
                                    return found
        if token.lemma_.lower() in self.not_actor_heads:
            return []                   # "the Zemlish conflict" is not Zemland
        for c in kids:
            if c.dep_ == "amod" and c.tag_ == "VBN" and c.lemma_.lower() in self.leader_participles:
                # "a Zemlish-led coalition": its leader acts for it
                for d in c.children:
                    if d.dep_ in ("npadvmod", "compound", "amod", "nmod") and d.i < c.i:
                        found = self.actors(d, depth + 1)
                        if found:
                            return found
        if token.lemma_.lower() in self.border_nouns:
            # "the border with X": the other side of it (the parser may hang "with X" on the governing verb or noun)
            govs = [token.head.head] if token.dep_ == "pobj" else []
            if govs and govs[0].pos_ != "VERB" and govs[0].head.i != govs[0].i:
                govs.append(govs[0].head)
            for c in kids + [c for g in govs for c in g.children if c.i > token.i]:
                if c.dep_ == "prep" and c.lower_ == "with":
                    for o in pobjs_of(c):
                        found = self.actors(o, depth + 1, conj=False)
                        if found:
                            return found
        if token.lemma_.lower() in self.place_of_heads:
            # "the centre of the Zemlish city of Orvik" is Orvik, not Zemland
            for c in kids:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for o in pobjs_of(c):
                        found = [m for m in self.actors(o, depth + 1, conj=False) if m.kind in ("place", "country")]
                        if found:
                            return found
        m = capital_regime(self, token)     # "the Askel regime": the state whose capital Askel is
        if m is not None:
            return [m]
        for c in kids:
            if c.dep_ in ("compound", "amod", "nmod"):
                m = self.at(c) or (self._alias_of_name(c) if c.pos_ == "PROPN" else None)
                if m is not None:
                    # "the X Front leader": the person the article names as X's leader, when it does
                    holder = self._role_holder(token, m)
                    return [holder or m]
        for c in kids:
            if c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "ADJ":
                m = self._alias_of_name(c)      # a demonym the actors stage found elsewhere in the article
                if m is not None:
                    return [m]
            if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i == token.i - 1 and \
                    not any(d.dep_ == "det" and d.lower_ in INDEFINITE for d in kids):
                m = self._by_head(c) or state_noun(self, c, modifier=True)
                if m is not None:
                    return [m]      # "government artillery": the government (or the state) named before
        for c in kids:
            if c.dep_ in ("prep", "agent") and (c.lower_ == "of" or c.lower_ in ("by", "from") and
                                                 token.lemma_.lower() in self.statement_nouns):
                for o in c.children:
                    if o.dep_ == "pobj":
                        # "envoys of A and B" stand for both
                        found = self.actors(o, depth + 1, conj=c.lower_ == "of")
                        if found:
                            return found
        if token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
                                        for c in kids):
            m = self._by_head(token)            # "the army" after "the Zemlish army"
            if m is not None:
                return [self.alias_phrase(token, m)]
        # "this mysterious group", "the company": the last actor of a kind that noun names
        kinds = group_kinds(token, self.group_nouns)     # "the group", "the rebels"
        if kinds and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in kids):
            # the one the article described with that noun ("X, a militia that …" … "the militia's rifles")
            if kinds[0] == "armed_group":   # "the group", "the militia": a group named before, no state's organ
                m = described_as(self, token, depth) or \
                    named_group_before(self._ordered, self._starts, token, set(kinds))
            else:
                m = described_as(self, token, depth) or self.before(token.idx, set(kinds), window=1500)
            if m is not None:
                return [self.alias_phrase(token, m)]
        m = state_noun(self, token)     # "the regime", "the junta": the state named before
        m = m or force_state(self, token)       # "police arrested …": the state's forces of order (forces.py)
        return [m] if m is not None else []

    def _pair_named_before(self, token, depth: int, window: int = 120) -> list[Mention]:
        """The parties of "both delegations", "the two sides": the actors of the last earlier phrase with the
        same noun that named two or more ("delegations of A and B")."""
        lemma = token.lemma_.lower()
        for t in reversed(self.doc[max(0, token.i - window):token.i]):
            if t.lemma_.lower() == lemma and t.i != token.i:
                found = self.actors(t, depth + 1)
                if len(found) > 1:
                    return found
        return []

    def _role_holder(self, token, group: Mention) -> Mention | None:
        """The person named nearby with the role ``token`` names in ``group`` ("the X Front leader")."""
        if self._coref is None or group.kind == "person" or not _person_noun(token):
            return None
        holder = self._coref(self.mentions, token, token.lemma_.lower())
        if holder is None or holder.affiliation not in (group.local_key, group.name):
            return None
        return self.alias_phrase(token, holder)

    def _by_head(self, token, window: int = 1500) -> Mention | None:
        """The last actor named before ``token`` whose name ends in the same noun ("the Zemlish army" for
        "the army", "the Orvane government" for "government artillery") or is headed by it ("the Ministry of
        Defence of X" for "the ministry"); people and places excluded."""
        lemma = token.lemma_.lower()
        if len(lemma) < 4:
            return None
        table = tokens(self.doc)
        lemmas, lower = table.lemma_lower, table.lower
        i = bisect_right(self._starts, token.idx) - 1
        while i >= 0:
            m = self._ordered[i]
            if token.idx - m.end > window:
                return None
            if m.end <= token.idx and m.kind not in ("person", "place") and " " in m.text:
                # the name's last word, root and end, found once per name (speed: each look-up walks back over the
                # names of the window, and built a Span and its Tokens for each)
                key = (m.start, m.end)
                if key not in self._name_heads:
                    span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                    self._name_heads[key] = (span[-1].i, span.root.i, span.end) if span is not None else None
                heads = self._name_heads[key]
                # (or the head of the name: "the ministry" for "the Ministry of Foreign Affairs of X") — only a
                # head with its "of" after it, in the same form ("the highlands" is not "HIGHLAND DISPATCH")
                if heads is None:
                    pass
                elif lemmas[heads[0]] == lemma and heads[0] != token.i:
                    return m
                elif (heads[1] != token.i and lower[heads[1]] == token.lower_ and heads[1] + 1 < heads[2]
                      and lower[heads[1] + 1] == "of"):
                    return m
            i -= 1
        return None

    def _alias_of_name(self, token) -> Mention | None:
        """A name the actors stage found elsewhere in the article but not at ``token``."""
        known = self._by_text.get(token.text)
        if known is None:
            return None
        return self.add_alias(token.idx, token.idx + len(token.text), token.text, known)

    def pronoun(self, token) -> Mention | None:
        """Resolve a third-person pronoun to the last compatible actor; append it as a Mention."""
        if token.i in self._pronoun_cache:
            return self._pronoun_cache[token.i]
        self._resolving += 1
        try:
            return self._pronoun(token)
        finally:
            self._resolving -= 1

    def _pronoun(self, token) -> Mention | None:
        """``pronoun`` for a token not asked for before."""
        # resolving "our own people" asks for the clause's subject, which may be the phrase holding this very
        # pronoun: a second request while it is being resolved gets no antecedent (it looped forever)
        self._pronoun_cache[token.i] = None
        low = token.lower_
        result = None
        if token.dep_ == "poss" and any(c.lower_ == "own" for c in token.head.children):
            # "Orvane shells its own villages": "its own" is the clause's subject
            verb = token.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
                verb = verb.head
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c != token), None)
            antecedent = self.actor(subj) if subj is not None and subj.pos_ != "PRON" else None
            if antecedent is not None:
                result = self.add_alias(token.idx, token.idx + len(token.text), token.text, antecedent)
                self._pronoun_cache[token.i] = result
                return result
        if low in PRONOUNS_PERSON or low in PRONOUNS_GROUP:
            kinds = {"person"} if low in PRONOUNS_PERSON else {"country", "government", "organization",
                                                               "armed_group", "media"}
            # the reporter of the clause ("X has said it will not …"), then a subject of this or the last sentence
            # (salience), then the actors stage's rule
            antecedent = reporter(self, token) or self.salient(token, kinds, fallback=False)
            if antecedent is not None and not _pronoun_fits(low, antecedent, self.doc):
                antecedent = None  # "she" after a man: the actors stage knows genders
            if antecedent is None and self._coref is not None:
                antecedent = self._coref(self.mentions, token, pronoun=low)
            if antecedent is None:
                antecedent = self.before(token.idx, kinds)
                if antecedent is not None and not _pronoun_fits(low, antecedent, self.doc):
                    antecedent = None
            if antecedent is not None:
                result = self.add_alias(token.idx, token.idx + len(token.text), token.text, antecedent)
        self._pronoun_cache[token.i] = result
        return result

    def alias_phrase(self, token, antecedent: Mention) -> Mention:
        """``add_alias`` over the noun phrase ``token`` heads, from its left edge to the head ("the regime")."""
        start, end = token.left_edge.idx, token.idx + len(token.text)
        return self.add_alias(start, end, tokens(self.doc).doc_text[start:end], antecedent)

    def add_alias(self, start: int, end: int, text: str, antecedent: Mention) -> Mention:
        """Append a pronoun/descriptor Mention that stands for ``antecedent``."""
        # the pronoun mentions by place, indexed as they are appended (the first one at a place is kept)
        for m in self.mentions[self._alias_seen:]:
            if m.pronoun:
                self._alias_at.setdefault((m.start, m.end), m)
        self._alias_seen = len(self.mentions)
        if (start, end) in self._alias_at:
            return self._alias_at[(start, end)]
        sent = antecedent.sentence
        tok = self.doc.char_span(start, end, alignment_mode="expand")
        if tok is not None:
            sent = sentence_index(self.doc, tok[0])
        m = Mention(id=f"{self.document.id}:m{len(self.mentions)}", doc=self.document.id, start=start, end=end,
                    text=text, name=antecedent.name, kind=antecedent.kind, label=antecedent.label,
                    kb_id=antecedent.kb_id, local_key=antecedent.local_key or antecedent.name,
                    role=antecedent.role, affiliation=antecedent.affiliation,
                    affiliation_kb=antecedent.affiliation_kb, sentence=sent, pronoun=True)
        self.mentions.append(m)
        return m
