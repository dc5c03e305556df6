"""Hedges and certainty: how surely a claim is put.

Finds, once per document, hedging words ("likely", "allegedly", "could"), constructions
("it is assessed", "believed to", "according to sources", "not officially confirmed"),
scare quotes around a reporting or assessing word (they "assessed" the planes …) or around a single
verb (officials have been "explaining" that …), boosters
("clearly") and sentences that take back the sentence before them ("This information was not
officially confirmed"). ``hedges_in`` returns the hedges inside a claim's scope;
``certainty`` maps them to the ICD 203 scale (``data/hedges.yaml``).
"""
from __future__ import annotations

from dataclasses import dataclass

from .lexicons import Hedges, hedges
from .quotes import Quote
from .tokens import tokens

MODALS = {"could", "may", "might"}
# words by which a subject points back at what was just said ("none of these", "neither of them")
POINTERS = frozenset({"this", "these", "that", "those", "them", "it"})


@dataclass
class HedgeHit:
    label: str          # as shown to the user: likely, "assessed", not officially confirmed
    term: str           # ICD 203 term
    start: int          # token indices [start, end)
    end: int
    booster: bool = False


class HedgeFinder:
    """Hedge occurrences in one document."""

    def __init__(self, doc, quotes: list[Quote], lex: Hedges | None = None):
        self.doc = doc
        self.lex = lex or hedges()
        self.hits: list[HedgeHit] = []
        self._scan(quotes)
        self._starts = [h.start for h in self.hits]

    def _scan(self, quotes: list[Quote]) -> None:
        doc, lex = self.doc, self.lex
        lows = tokens(doc).lower
        covered: set[int] = set()
        # scare quotes first: they also cover the word inside
        for q in quotes:
            if q.words > 3:
                continue
            span = doc.char_span(q.start, q.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            words = {t.lower_ for t in span} | {t.lemma_.lower() for t in span} | {span.text.lower()}
            if words & lex.scare_quotable or _ironic_verb(span, q):
                inner = tokens(doc).doc_text[q.start:q.end]
                term = next((lex.words[w] for w in (t.lower_ for t in span) if w in lex.words), "roughly even chance")
                self.hits.append(HedgeHit(label=f'"{inner}"', term=term, start=span.start, end=span.end))
                covered.update(range(span.start, span.end))
        n = len(doc)
        phrases, boosters = lex.phrases_first, lex.boosters_first
        i = 0
        while i < n:
            if lows[i] not in phrases and lows[i] not in boosters:
                i += 1
                continue
            matched = False
            # only the phrases that start with this word can match here (in the lexicon's order, as before)
            for words, term in phrases.get(lows[i], ()):
                k = len(words)
                if i + k <= n and tuple(lows[i:i + k]) == words:
                    if not covered.intersection(range(i, i + k)):
                        self.hits.append(HedgeHit(label=" ".join(words), term=term, start=i, end=i + k))
                        covered.update(range(i, i + k))
                    matched = True
                    break
            if not matched:
                for words, term in boosters.get(lows[i], ()):
                    k = len(words)
                    if i + k <= n and tuple(lows[i:i + k]) == words:
                        self.hits.append(HedgeHit(label=" ".join(words), term=term, start=i, end=i + k, booster=True))
                        break
            i += 1
        for i, low in enumerate(lows):
            if i in covered or low not in lex.words:
                continue
            t = doc[i]
            if low in MODALS and t.tag_ != "MD":
                continue
            if low in MODALS and any(c.dep_ == "neg" for c in t.head.children):
                continue      # "could not" is a negation, not a hedge
            self.hits.append(HedgeHit(label=low, term=lex.words[low], start=t.i, end=t.i + 1))
        self.hits.sort(key=lambda h: h.start)

    def in_anonymity_phrase(self, i: int) -> bool:
        """Is token ``i`` part of "who asked not to be named" and the like?"""
        table = tokens(self.doc)
        if table.lower[i] not in _phrase_words(self.lex.anonymity):
            return False        # a phrase holding token i holds its word (speed: most cue words are in none)
        lows = table.lower[max(0, i - 6):i + 7]
        off = i - max(0, i - 6)
        for words in self.lex.anonymity:
            n = len(words)
            for s in range(max(0, off - n + 1), off + 1):
                if tuple(lows[s:s + n]) == words:
                    return True
        return False

    def hedges_in(self, tokens: set[int]) -> list[HedgeHit]:
        """Hedges with a token in ``tokens``."""
        return [h for h in self.hits if not tokens.isdisjoint(range(h.start, h.end))]

    def hedged_clause(self, own: set[int]) -> set[int]:
        """The tokens of ``own`` in the clause its first hedge qualifies ("Y seems likely to keep …" in a
        sentence whose other clauses are attributed), or an empty set when ``own`` has no hedge."""
        hit = next((h for h in self.hedges_in(own) if not h.booster), None)
        if hit is None:
            return set()
        v = self.doc[hit.start]
        while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
            v = v.head
        return {t.i for t in v.subtree} & own

    def retraction(self, sent) -> HedgeHit | None:
        """A sentence that takes back the one before ("This information was not officially confirmed",
        "Neither figure could be independently verified") or comments on how likely it is ("That seems
        likely.")."""
        lows = tokens(self.doc).lower[sent.start:sent.end]
        opener = None
        for words in self.lex.anaphoric_openers:
            if tuple(lows[:len(words)]) == words:
                opener = words
                break
        if self.lex.negative_quantifiers.intersection(lows):
            hit = self._unverified(sent)
            if hit is not None:
                return hit
        if opener is not None and sum(1 for t in sent if t.is_alpha) <= self.lex.comment_words:
            # "That seems likely.", "This is unlikely.": a comment on the sentence before, nothing else
            hit = next((h for h in self.hits if sent.start <= h.start < sent.end and not h.booster), None)
            if hit is not None:
                return hit
        if opener is None:
            # "X's account could not be confirmed": the subject names the statement before, whoever's it is
            subj = next((t for t in sent.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or subj.lemma_.lower() not in self.lex.anaphoric_heads:
                return None
        lower = tokens(self.doc).lower
        for h in self.hits:
            if sent.start <= h.start < sent.end and not h.booster and \
                    any(tuple(lower[h.start:h.end]) == p for p in self.lex.not_confirmed):
                return h
        return None

    def _unverified(self, sent) -> HedgeHit | None:
        """"Neither figure could be independently verified", "None of these claims could be confirmed": a
        verification verb whose subject a negative quantifier empties and that points back (a statement noun
        or "this"/"these"), not itself negated."""
        for t in sent:
            if t.lemma_.lower() not in self.lex.verification_verbs or any(c.dep_ == "neg" for c in t.children):
                continue
            subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None:
                continue
            words = list(subj.subtree)
            if not any(w.lower_ in self.lex.negative_quantifiers for w in words):
                continue
            if any(w.lemma_.lower() in self.lex.anaphoric_heads or w.lower_ in POINTERS for w in words):
                label = "not independently verified" if any(c.lower_ == "independently" for c in t.children) \
                    else "not verified"
                return HedgeHit(label=label, term="roughly even chance", start=t.i, end=t.i + 1)
        return None

    def retract(self, claims: list, sents: list, text: str) -> None:
        """Hedge the claims of a sentence (two for a pair or a plural, within the paragraph) when the next one
        takes it back (in place).

        claims (list[Claim]): the document's claims. sents (list[Span]): its sentences. text (str): its text.
        """
        for si in range(1, len(sents)):
            h = self.retraction(sents[si])
            withheld = self._withheld(sents[si]) if h is None else None
            h = h or withheld
            if h is None:
                continue
            back = si - 1
            if self.retraction_reach(sents[si]) > 1 and si >= 2 and \
                    "\n\n" not in text[sents[si - 2].start_char:sents[si].start_char]:
                back = si - 2           # "Neither figure could be verified": both sentences before
            # "Neither version could be verified": the two sides' reported statements, paragraphs back too
            sides = si - self.lex.two_sided_reach if self._two_sided(sents[si]) else back
            if withheld is not None:
                # "The firm's evidence has not been published": the reported statements of its paragraph
                sides = max(si - self.lex.two_sided_reach, 0)
                while sides < back and "\n\n" in text[sents[sides].start_char:sents[si].start_char]:
                    sides += 1
            for c in claims:
                if back <= c.sentence <= si or (c.sentence < back and c.end >= sents[back].start_char) or \
                        sides <= c.sentence < back and (c.speaker_mention or c.speaker_text):
                    if h.label not in c.hedges:
                        c.hedges.append(h.label)
                    c.hedged = True
                    if c.certainty is None or self.lex.rank(h.term) < self.lex.rank(c.certainty):
                        c.certainty = h.term

    def _withheld(self, sent) -> HedgeHit | None:
        """A source's own evidence said not to be made public ("The firm's evidence has not been published")."""
        lemmas = tokens(self.doc).lemma_lower[sent.start:sent.end]
        if self.lex.withheld_verbs.isdisjoint(lemmas):
            return None
        for t in sent:
            if t.lemma_.lower() not in self.lex.withheld_verbs or \
                    not any(c.dep_ == "neg" or c.lower_ == "never" for c in t.children):
                continue
            subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and (subj.lemma_.lower() in self.lex.withheld_heads or
                                     subj.lower_ in self.lex.withheld_heads) and \
                    any(c.dep_ == "poss" for c in subj.children):
                return HedgeHit(label="evidence not published", term="roughly even chance", start=t.i, end=t.i + 1)
        return None

    def _two_sided(self, sent) -> bool:
        """Does a retraction speak of both sides of a dispute ("Neither version", "neither side's account")?"""
        subj = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return False
        words = list(subj.subtree)
        return any(w.lower_ in ("neither", "both") for w in words) and \
            any(w.lemma_.lower() in self.lex.two_sided_heads for w in words)

    def retraction_reach(self, sent) -> int:
        """How many sentences back a retraction reaches: two for a pair or a plural ("Neither figure",
        "None of these claims", "These reports"), else one."""
        subj = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return 1
        words = list(subj.subtree)
        if any(w.lower_ in ("neither", "both", "none", "these", "those") or w.tag_ in ("NNS", "NNPS") for w in words):
            return 2
        return 1

    def certainty(self, hits: list[HedgeHit]) -> str | None:
        """The ICD 203 term for a claim: the lowest hedge; else the strongest booster; else None."""
        hedging = [h for h in hits if not h.booster]
        if hedging:
            return min((h.term for h in hedging), key=self.lex.rank)
        boost = [h for h in hits if h.booster]
        if boost:
            return max((h.term for h in boost), key=self.lex.rank)
        return None

    def unnamed(self, head) -> bool:
        """Is a speaker headed by ``head`` an unnamed source ("a diplomatic source", "officials")?"""
        return head is not None and (head.lower_ in self.lex.unnamed_heads or head.lemma_.lower() in self.lex.unnamed_heads)


def _ironic_verb(span, q: Quote) -> bool:
    """Irony quotes on a single verb: officials have been "explaining" to diplomats that … — the writer
    puts the speaker's own act in quotation marks to doubt it. A quoted word that ends a clause ("he said
    'no.'") or is not a verb form (a name, a term: the "Ulden Accord") is not one."""
    if q.words != 1 or q.ends_clause or len(span) != 1:
        return False
    t = span[0]
    return t.tag_.startswith("VB") and t.pos_ == "VERB"


_WORDS: dict[int, tuple[list, frozenset[str]]] = {}


def _phrase_words(phrases: list[tuple[str, ...]]) -> frozenset[str]:
    """Every word of ``phrases``, once per list of phrases."""
    hit = _WORDS.get(id(phrases))
    if hit is None or hit[0] is not phrases:
        hit = _WORDS[id(phrases)] = (phrases, frozenset(w for words in phrases for w in words))
    return hit[1]
