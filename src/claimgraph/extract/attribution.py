"""Attribution: who says what, with which cue, through whom.

Finds, over one parsed document:
- reporting verbs with a speaker and a content clause ("X said (that) Y", "Y, X said",
  "X accused Y of Z", "X urged Y to Z", "X denied Y"), from ``data/attribution.yaml``;
- figure cues ("X puts the death toll at 40") and source phrases from data ("according to X, Y",
  "according to data from X", "by the data of X");
- direct quotes, including quotes over several sentences, trailing attribution
  (``"…," said Mack.``), colon-introduced quotes, labelled lines ("Jane Doe: …") and quotes that
  continue a speaker's quote;
- source chains (``sources.py``): the medium a statement went through ("told Bloomberg", "seen by
  Reuters"), sources a speaker cites ("The Sun, citing oil industry sources"), and outer speakers
  of nested reports ("Al Jazeera noted that the ministry said that …");
- emphatic negated reports, which are denials ("we did not send any drones").

The speaker of a claim is the origin of its content as far as the text names it; ``via`` lists the
intermediaries from the origin outward (nearest to the origin first). An unnamed origin ("citing
security sources") leaves the named outlet that passes it on as speaker, with the sources first in via.
"""
from __future__ import annotations

from functools import lru_cache

from .. import data
from .arguments import ActorIndex, sentences
from .content import ContentMixin
from .denials import denied_antecedent, denied_report, mute_speaker, trim_relative_denials
from .events import children, is_verb, pobjs
from .interview import PERSON_PRONOUNS, InterviewMixin, answers
from .labels import dismissive_label
from .lexicons import Cues, base, cues, numbers
from .quotes import Quote
from .rebuttals import emphatic_denial
from .sources import SourceMixin
from .speech import Attribution, QuoteMixin, Source, _dedupe, _strip, mt_speaker
from .speech_targets import accused_subject, proposal_nouns, traced_party, traced_thing, typed_verb, withheld_info
from .tokens import tokens

__all__ = ["Attribution", "AttributionFinder", "Source"]

FIRST_SECOND_PERSON = {"i", "we", "you", "me", "us"}
PRONOUN_SPEAKERS = ("it", "they")


class AttributionFinder(ContentMixin, QuoteMixin, SourceMixin, InterviewMixin):
    """Attributions in one document."""

    def __init__(self, doc, index: ActorIndex, quotes: list[Quote], lex: Cues | None = None):
        self.doc = doc
        self.index = index
        self.quotes = quotes
        self.lex = lex or cues()
        self.text = tokens(doc).doc_text
        self._statement_speakers: dict[str, Source] = {}
        self._last_person = None          # the last person quoted: "the former diplomat said" is often them
        self._found: list[Attribution] = []

    # -- public --------------------------------------------------------------------------
    def find(self) -> list[Attribution]:
        """Every attribution in the document, ordered by content start."""
        out: list[Attribution] = []
        self._found = out
        for sent in sentences(self.doc):
            out += self._sentence(sent)     # in place: pronoun speakers look back at what is found so far
        out += self._transcript()
        trim_relative_denials(out)          # "X said Y did it, which Y denied": X did not say the denial
        self._assign_quotes(out)
        # a reporting verb inside someone's direct quote ("… to mock an effort by …") reports only when it
        # names who speaks: an unnamed speaker inside a quote is the quoted person's figure of speech
        out = _dedupe([a for a in out if a.content_start >= 0 and not (
            a.kind == "verb" and self._in_quote(a.cue_char) and (a.speaker is None or a.speaker.mention is None))])
        out += answers(self.doc, sentences(self.doc), out, self.index.mentions)   # an interview's uncued answers
        for a in out:
            if a.stance == "asserts" and a.speech_type is None and a.speaker is not None and \
                    emphatic_denial(self.doc, a):
                a.stance, a.speech_type = "denies", "REJECT"
        self._chain(out)
        out += self._coordinated(out)
        out.sort(key=lambda a: (a.content_start, a.cue_char))
        return out

    def _sentence(self, sent) -> list[Attribution]:
        found = []
        # every token is tested: the cheap tests read the token table (``is_verb``'s, and the first word of a
        # source phrase); a noun read as a reporting verb is always the root
        tab = tokens(self.doc)
        pos, tag, dep, lower = tab.pos, tab.tag, tab.dep, tab.lower
        firsts = {words[0] for words in self.lex.source_preps if len(words) > 1}
        doc = self.doc
        for i in range(sent.start, sent.end):     # a Token only for the branch that needs one (speed)
            a = None
            phrase = self._source_phrase(doc[i]) if lower[i] in firsts else None
            if phrase:
                a = self._according(doc[i], sent, phrase)
            elif lower[i] == "by" and self._owned_count(doc[i]):
                a = self._according(doc[i], sent, ("by",))      # "By the Front's own count, …"
            elif pos[i] == "VERB" or (pos[i] != "AUX" and tag[i].startswith("VB")) or \
                    dep[i] == "ROOT" and _verb_tagged_as_noun(doc[i]):
                a = self._verb_cue(doc[i], sent)     # "Trump claims that …" is often tagged as a plural noun
            elif pos[i] == "NOUN" and tab.lemma_lower[i] in self.lex.statement_nouns:
                a = self._noun_cue(doc[i])
            if a is not None:
                found.append(a)
        return found

    def cue_entry(self, v) -> tuple[dict, list] | None:
        lemma = base(v)
        if v.dep_ in ("ccomp", "xcomp") and lemma in _chained_cues().get(base(v.head), ()):
            # "let know that …", "let it be known that …" (machine-translated copy): the pair reports
            return {}, [v.head, v]
        if lemma not in self.lex.verbs and lemma not in _phrasal_verbs(self.lex):
            return None     # no cue names the verb, alone or with a particle (most verbs): not its children (speed)
        for c in v.children:
            if c.dep_ in ("prt", "prep") and (lemma, c.lower_) in self.lex.phrasal and \
                    not any(o.ent_type_ in ("DATE", "TIME") for o in c.children if o.dep_ == "pobj"):
                # (not "called up reservists on Monday": a date's preposition is no particle)
                entry = self.lex.phrasal[(lemma, c.lower_)]
                if entry.get("needs") == "proposal" and not any(
                        o.dep_ in ("dobj", "nsubjpass") and o.lemma_.lower() in proposal_nouns() for o in v.children):
                    continue    # "turned down an offer" rejects; "turned down the volume" does not
                return entry, [v, c]
            if c.dep_ == "dobj" and (lemma, c.lower_) in self.lex.phrasal and \
                    any(m.dep_ == "mark" and m.lower_ == "as" for m in v.children):
                return self.lex.phrasal[(lemma, c.lower_)], [v, c]     # "as X put it, …"
        if lemma in self.lex.verbs:
            entry = self.lex.verbs[lemma]
            if entry.get("objects") and self._figure_object(v, entry) is None:
                return None         # "put" reports only a figure: "put the death toll at 40"
            if any(c.dep_ == "dobj" and c.lemma_.lower() in entry.get("not_objects", ()) for c in v.children):
                return None         # "recalled its ambassador" is an act, not a report
            if any(c.dep_ == "xcomp" and c.lemma_.lower() in entry.get("not_clauses", ()) for c in v.children):
                return None         # "declined to comment" refuses nothing
            if entry.get("needs") == "untyped_clause" and not any(
                    c.dep_ == "xcomp" and (not typed_verb(c) or withheld_info(c)) for c in v.children):
                return None         # "refused to meet with X": the events stage's REJECT; "refused to disarm": ours
            if entry.get("needs") == "harm" and traced_thing(v) is None:
                return None         # "traced the attack to X" blames X; "traced its roots to X" does not
            if entry.get("needs") == "dismissal" and not dismissive_label(v):
                return None         # "named the report 'a fabrication'" rejects it; "named a new envoy" does not
            objs = [c for c in v.children if c.dep_ in ("dobj", "attr")]
            objs += [x for c in v.children if c.dep_ == "ccomp" for x in c.children if x.dep_ in ("nsubj", "nsubjpass")]
            if entry.get("figure") and not any(_counts(c) for c in objs):
                return None         # "counted 120 deaths" reports; "counted on the army" does not
            return entry, [v]
        return None

    @staticmethod
    def _figure_object(v, entry):
        """The figure noun of a figure cue ("the toll" in "put the toll at 40"), when the phrase is complete."""
        objs = [c for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in entry["objects"]]
        # "a toll of 23 was given by the ministry": the passive subject
        objs += [c for c in v.children if c.dep_ == "nsubjpass" and c.lemma_.lower() in entry["objects"]]
        # "placed the number of soldiers moved there at 300": the parser may read a clause
        objs += [x for c in v.children if c.dep_ == "ccomp" for x in c.children
                 if x.dep_ in ("nsubj", "nsubjpass") and x.lemma_.lower() in entry["objects"] and x.i > v.i]
        if not objs:
            return None
        # "at 20" may hang off a noun of the object phrase ("the number of drones used in the attack at 20")
        preps = entry.get("prep", "at")
        preps = (preps,) if isinstance(preps, str) else tuple(preps)
        for t in v.subtree:
            if t.i > objs[0].i and t.dep_ == "prep" and t.lower_ in preps and \
                    any(o.like_num or o.tag_ == "CD" or _counted(o) or _vague_amount(o) for o in pobjs(t)):
                return objs[0]
        return None

    def _verb_cue(self, v, sent) -> Attribution | None:
        found = self.cue_entry(v)
        if found is None:
            return self._heard_from(v, sent)        # "we hear from X that …": X says it
        entry, cue_toks = found
        if base(v) in self.lex.citing_verbs and v.tag_ in ("VBG", "VBN") and \
                not any(c.dep_ in ("ccomp", "agent") for c in v.children):
            return None     # "X, citing Y, said …": the participle names a source, it reports nothing itself
        speaker_tok = self._speaker_token(v)
        if speaker_tok is not None and speaker_tok.lower_ in FIRST_SECOND_PERSON:
            # "I think …": inside a quote its speaker already says it; outside, it is the author (the outlet)
            return None
        if speaker_tok is not None and (speaker_tok.lower_ in _non_speakers() and v.dep_ != "relcl" and
                                        not any(c.dep_ == "prep" for c in speaker_tok.children) or
                                        speaker_tok.ent_type_ in ("DATE", "TIME")):
            return None     # "nobody questions …", "who would have believed …": no one in particular says it
        if speaker_tok is not None and mute_speaker(speaker_tok, entry.get("stance", "asserts")):
            return None     # "Brannoch death toll disputed": a figure is disputed, it speaks for no one
        pronoun = None
        if speaker_tok is not None and speaker_tok.lower_ in PERSON_PRONOUNS:
            pronoun = self.person_pronoun_speaker(speaker_tok)      # the interviewee; not a name in a question
        if speaker_tok is not None and speaker_tok.lower_ in PRONOUN_SPEAKERS:
            pronoun = self.pronoun_speaker(speaker_tok, v, self._found)
            if pronoun is None and speaker_tok.lower_ == "it":
                return None
        content = self._content(v, entry, sent)
        borrowed = None
        if entry.get("stance") == "denies":
            # "The brigade denied it.", "…, which the brigade denied": the claim just made is what is denied
            back = denied_antecedent(self.doc, v, self._found, self.text)
            borrowed = back is None and (content is None or content[1] - content[0] < 3) and \
                denied_report(self.doc, v, self.text)
            content = back or borrowed or content
        if content is None or content[1] - content[0] < 3 and not _a_number(self.doc, content):
            if speaker_tok is None:
                return None
            content = (-1, -1)        # pending: a direct quote next to the cue may supply it
        start, end = content
        addressee = None
        for c in v.children:
            if c.dep_ == "dobj" and (c.idx < start or entry.get("obj", "content") == "content"
                                     or entry.get("arg") == "xcomp"):
                addressee = c
        for c in self._rejected_objects(v, entry)[:1]:
            if c.dep_ == "pobj":
                # "dismissed as 'a fabrication' claims by Y that …": Y, whose claims are rejected
                owners = [o for p in children(c, "prep") if p.lower_ in ("by", "from") for o in pobjs(p)]
                addressee = next(iter(owners + [x for x in c.children if x.dep_ == "poss"]), c)
            elif entry.get("stance") == "denies" and c.lemma_.lower() in proposal_nouns() and not self.index.actor(c):
                addressee = next((o for p in children(c, "prep") if p.lower_ == "for" for o in pobjs(p)  # "any role
                                  if self.index.actor(o) is not None), addressee)    # for Y as a guarantor": Y
        if addressee is None and entry.get("type") == "ACCUSE":
            addressee = accused_subject(v)      # "Y was accused by X of …": Y is accused
        if addressee is None and entry.get("type") == "REQUEST" and v.dep_ == "advcl" and v.head.i > v.i:
            # "By the ministry is demanded, that Y pays …" (machine translation, the report hung on its content):
            # the one asked is the subject of the demanded clause
            addressee = next((c for c in v.head.children if c.dep_ == "nsubj" and self.index.actor(c) is not None),
                             None)
        if entry.get("arg") == "to":
            addressee = traced_party(v, traced_thing(v))     # "traced the malware to a group": the group
        if entry.get("arg") == "xcomp":
            for p in children(v, "prep"):
                # "calls on X to …" (not "urged on Tuesday to …": a time is no addressee)
                if p.lower_ in ("on", "upon") and pobjs(p) and pobjs(p)[0].ent_type_ not in ("DATE", "TIME"):
                    addressee = pobjs(p)[0]
        speaker = pronoun or (self.source(speaker_tok) if speaker_tok is not None else None)
        if speaker is not None and speaker.mention is None and speaker_tok.lower_ in PERSON_PRONOUNS:
            speaker = self.person_speaker_fallback(speaker_tok) or speaker    # the last person quoted, further back
        if speaker is None and speaker_tok is None and _passive_report(v):
            # "In the document it is said that …": the statement named in the clause speaks
            for p in children(v, "prep"):
                if p.lower_ in ("in", "by"):
                    for o in pobjs(p):
                        if o.lemma_.lower() in self.lex.statement_nouns:
                            speaker_tok, speaker = o, self.source(o)
        if speaker is None and (v.dep_ == "relcl" or speaker_tok is None):
            return None if not _passive_report(v) else Attribution(
                cue=" ".join(self.doc[i].text for i in sorted(x.i for x in cue_toks)), cue_tokens=[x.i for x in cue_toks],
                content_start=start, content_end=end, speaker=None, speech_type=entry.get("type"),
                stance=entry.get("stance", "asserts"), cue_char=v.idx)
        stance = entry.get("stance", "asserts")
        att = Attribution(cue=" ".join(x.text for x in sorted(cue_toks, key=lambda x: x.i)),
                          cue_tokens=[x.i for x in cue_toks], content_start=start, content_end=end,
                          speaker=speaker, speech_type=entry.get("type"), stance=stance, addressee=addressee,
                          cue_char=v.idx)
        att.borrowed = bool(borrowed)
        self._media(att, v, speaker_tok)
        self._citing(att, v, speaker_tok)
        return att

    def _noun_cue(self, n) -> Attribution | None:
        """A statement noun with its owner and a that-clause: "Norland's claim that Kessin fired first".

        Only a named owner speaks (a possessive, a "by" phrase or a name inside the phrase); a
        relative clause ("the report that Reuters saw") is no content.
        """
        clause = next((c for c in n.children if c.dep_ in ("acl", "ccomp") and c.i > n.i and
                       any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if clause is None:
            return None
        owner = next((c for c in n.children if c.dep_ == "poss"), None)
        src = self.source(owner) if owner is not None else self.source(n)
        if src.mention is None:
            return None
        s, e = self.span_of(clause, drop_mark=False)
        if e - s < 3:
            return None
        return Attribution(cue=n.text, cue_tokens=[n.i], content_start=s, content_end=e, speaker=src,
                           speech_type=self.lex.verbs.get(n.lemma_.lower(), {}).get("type"),
                           stance=self.lex.verbs.get(n.lemma_.lower(), {}).get("stance", "asserts"),
                           kind="noun", cue_char=n.idx)

    def _after_cue(self, v):
        """The speaker named right after an inverted cue (“…,” said Lena Varis, …), outside quotes."""
        for c in v.children:
            if c.i > v.i and c.dep_ in ("nsubj", "dobj", "attr", "npadvmod", "appos", "oprd", "dep") and \
                    c.pos_ in ("PROPN", "NOUN") and not self._in_quote(c.idx) and c.ent_type_ not in ("DATE", "TIME"):
                return c
        return None

    def _in_quote(self, char: int) -> bool:
        return any(q.speech and q.start <= char < q.end for q in self.quotes)

    def _speaker_token(self, v):
        if v.dep_ in ("ccomp", "xcomp") and base(v) in _chained_cues().get(base(v.head), ()):
            return self._speaker_token(v.head)      # "X let know that …": X
        if _verb_tagged_as_noun(v) and not any(c.dep_ == "nsubj" for c in v.children):
            names = [c for c in v.children if c.dep_ == "compound" and c.pos_ == "PROPN"] or \
                [c for c in v.children if c.dep_ == "compound" and c.i == v.i - 1 and c.pos_ == "NOUN"]
            if names:
                return names[-1]        # "Trump charges that …" parsed as a noun compound
        inverted = self._inverted_as(v) or self._object_first(v) or self._inverted_conj(v)
        if inverted is not None:
            return inverted[0]          # "As reported the agency X, …", "The strike the ministry denied."
        relayed = self._after_inverted_as(v)
        if relayed is not None:
            return relayed              # "As reported the agency X, the minister Y declared that …"
        subjects = [c for c in v.children if c.dep_ == "nsubj"]
        if len(subjects) > 1:
            # "the Minister of Defence Karl Odum declared": the role and the name both read as subjects
            persons = [c for c in subjects if (m := self.index.actor(c)) is not None and m.kind == "person"]
            subjects = persons[-1:] + [c for c in subjects if c not in persons[-1:]]
        for c in subjects:
            # "it" speaks only in the active voice ("It said …"; "it is said" names no one): see pronoun_speaker
            if c.dep_ == "nsubj" and c.lower_ not in ("it", "there", "this", "that", "which") or \
                    c.dep_ == "nsubj" and c.lower_ == "which" or \
                    c.lower_ == "it" and not any(x.dep_ == "auxpass" for x in v.children):
                if self._in_quote(c.idx) and not self._in_quote(v.idx):
                    # “… Full panic mode,” said Lena Varis: the parser took words of the quote as subject
                    return self._after_cue(v)
                return c
        late = mt_speaker(self.index, v) if not subjects else None
        if late is not None:
            return late         # "…, has said X.", "By X is demanded, that …" (machine-translated orders)
        if v.tag_.startswith("VB"):
            for c in v.children:
                if c.dep_ == "compound" and c.i == v.i - 1 and c.pos_ in ("NOUN", "PROPN"):
                    return c        # "…, the security services estimate.": the subject read as a compound
        for c in v.children:
            if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "in" and \
                    any(m.dep_ == "mark" and m.lower_ == "as" for m in v.children):
                objs = pobjs(c)
                if objs:
                    return objs[0]      # "… was reported by X", "as stated in X's commentary"
        if v.dep_ == "conj" and v.head.dep_ == "ccomp" and self.cue_entry(v.head) is None and \
                is_verb(v.head.head) and self.cue_entry(v.head.head) is not None:
            # "he said the army would never fire and called on the Red Cross …": a reporting act
            # coordinated with the reported clause's verb belongs to the reporter
            return self._speaker_token(v.head.head)
        if v.dep_ in ("conj", "xcomp") and is_verb(v.head) and v.head != v:
            # "he arrived and said …", "X appeared to blame …"
            return self._speaker_token(v.head)
        if v.dep_ == "pcomp" and v.head.dep_ == "prep" and is_verb(v.head.head):
            return self._speaker_token(v.head.head)      # "X began by saying …"
        if v.dep_ == "acl" and v.tag_ == "VBG" and v.head.lemma_.lower() in self.lex.statement_nouns:
            # "X issued a statement calling …": the issuer, else the statement itself
            owner = v.head
            if owner.dep_ == "dobj" and is_verb(owner.head):
                tok = self._speaker_token(owner.head)
                if tok is not None:
                    return tok
            return owner
        if v.dep_ == "advcl" and v.tag_ == "VBN" and v.i < v.head.i and \
                not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in v.children):
            # "Asked how many …, she declined …", "Pressed on the date, the minister said …": a fronted bare
            # participle is passive, so the main clause's subject is the one asked, never the asker
            return None
        if v.dep_ == "advcl" and is_verb(v.head) and v.head != v:
            # "…, adding that …": only when the main clause has an actor (or reports) as subject
            tok = self._speaker_token(v.head)
            if tok is not None and (self.cue_entry(v.head) is not None or self.index.at(tok) is not None
                                    or tok.pos_ == "PRON"):
                return tok
        if v.dep_ == "relcl":
            return v.head
        return None

    def _owned_count(self, t) -> bool:
        """Is ``t`` the "by" of "by X's (own) count" / "by its estimate": a count owned by a source (data
        ``owned_count_nouns``)? Not "killed by the militia's fire"."""
        objs = [c for c in t.children if c.dep_ == "pobj"]
        return bool(objs) and objs[0].lemma_.lower() in _owned_count_nouns() and \
            any(c.dep_ == "poss" for c in objs[0].children)

    def _source_phrase(self, t) -> tuple[str, ...] | None:
        """The source phrase from data (``source_preps``) starting at ``t`` ("according to", "by the data of")."""
        lower = tokens(self.doc).lower
        first = lower[t.i]      # called at every token: most tokens start no phrase, so test the first word alone
        for words in self.lex.source_preps:
            n = len(words)
            if n > 1 and words[0] == first and tuple(lower[t.i:t.i + n]) == words:
                return words
        return None

    def _according(self, t, sent, phrase: tuple[str, ...] = ("according", "to")) -> Attribution | None:
        to = self.doc[t.i + len(phrase) - 1]
        objs = [c for c in to.children if c.dep_ == "pobj"]
        if not objs:
            return None
        src = self.source(objs[0])
        # the content: the clause the phrase modifies, without the phrase itself
        gov = t.head
        while not is_verb(gov) and gov.head != gov:
            gov = gov.head
        root = gov
        while root.dep_ in ("conj",) and root.head != root:
            root = root.head
        s = root.left_edge.idx if root.left_edge.i >= sent.start else sent.start_char
        e = root.right_edge.idx + len(root.right_edge.text)
        phrase_s = t.idx
        phrase_e = objs[0].right_edge.idx + len(objs[0].right_edge.text)
        subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i]
        if phrase_s <= s:         # "According to X, Y"
            s = phrase_e
        elif subj and subj[0].left_edge.idx == s and subj[0].right_edge.i < t.i and \
                len(self.text[phrase_e:e].strip(" .,;:!?\"'\u201d")) > 2 and \
                not self.text[subj[0].right_edge.idx + len(subj[0].right_edge.text):phrase_s].strip(" ,"):
            pass                  # "Six helicopters, according to X, were delivered": the clause on both sides
        elif phrase_e >= e or len(self.text[s:phrase_s].strip()) >= len(self.text[phrase_e:e].strip()):
            e = phrase_s          # "Y, according to X."
        else:                     # "In the attack, by the data of X, were killed …": the longer side
            s = phrase_e
        for q in self.quotes:     # inside a quotation, the content stays inside it
            if q.start <= t.idx < q.end:
                s, e = max(s, q.start), min(e, q.end)
        colon = self.text.rfind(":", s, t.idx)
        if colon >= 0 and phrase_s > s:
            s = colon + 1
        s, e = _strip(self.text, s, e)
        if e - s < 3:
            return None
        att = Attribution(cue=" ".join(phrase), cue_tokens=list(range(t.i, to.i + 1)), content_start=s,
                          content_end=e, speaker=src,
                          kind="according", cue_char=t.idx)
        self._media(att, None, objs[0])
        if s == _strip(self.text, phrase_e, e)[0]:
            # "According to X and first reported by Y, …": the media named after the source are no content
            last = max((x.head.right_edge for x in att.via if x.head is not None and
                        phrase_e <= x.head.idx < att.content_end), key=lambda x: x.i, default=None)
            if last is not None:
                s2, _ = _strip(self.text, last.idx + len(last.text), e)
                if e - s2 >= 3:
                    att.content_start = s2
        return att


@lru_cache(maxsize=1)
def _non_speakers() -> frozenset[str]:
    """Indefinite and interrogative subjects that name no speaker (data/attribution.yaml ``non_speakers``)."""
    return frozenset(w.lower() for w in data.load("attribution.yaml").get("non_speakers", []))


def _passive_report(v) -> bool:
    """"It was reported that …", "X is said to …": a report without a named speaker."""
    return any(c.dep_ == "auxpass" for c in v.children) and any(c.dep_ == "nsubjpass" and c.lower_ == "it"
                                                                for c in v.children)


def _verb_tagged_as_noun(t) -> bool:
    """A 3rd-person reporting verb the tagger read as a plural noun ("Trump claims that …")."""
    if t.tag_ == "NN" and t.dep_ == "ROOT" and any(c.dep_ == "ccomp" and c.i < t.i for c in t.children) and \
            any(c.dep_ == "compound" and c.i == t.i - 1 for c in t.children):
        return True         # "…, the services estimate.": an inverted report read as a noun phrase
    if t.tag_ != "NNS" or t.dep_ != "ROOT":
        return False
    has_subject = any(c.dep_ == "nsubj" or c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children)
    has_clause = any(c.dep_ in ("ccomp", "acl", "relcl") and any(m.lower_ == "that" for m in c.children)
                     for c in t.children)
    return has_subject and (has_clause or any(c.dep_ == "nsubj" for c in t.children))


def _counts(obj) -> bool:
    """Does an object phrase hold a figure ("120 civilian deaths", "dozens of violations")?"""
    return any(t.like_num or t.tag_ == "CD" or _vague_amount(t) for t in obj.subtree)


def _vague_amount(tok) -> bool:
    """A vague amount given as a figure ("put the number of fighters at 'hundreds'"): quantities.yaml's vague words."""
    return (tok.lower_,) in numbers().vague


@lru_cache(maxsize=1)
def _owned_count_nouns() -> frozenset[str]:
    """Nouns of a count a source owns ("by the Front's own count"): data/attribution.yaml."""
    return frozenset(data.load("attribution.yaml").get("owned_count_nouns", []))


@lru_cache(maxsize=1)
def _chained_cues() -> dict[str, frozenset[str]]:
    """Verb pairs that report together ("let know"): data/attribution.yaml ``chained_cues``."""
    return {k: frozenset(v) for k, v in data.load("attribution.yaml").get("chained_cues", {}).items()}


def _counted(noun) -> bool:
    """Does a number count this noun, however deep in its modifiers ("2 thousands persons": "2" under
    "thousands" under "persons")? Only the noun's number-like modifiers are read, not a clause hanging on it."""
    return any(n.like_num or n.tag_ == "CD" for c in noun.children if c.dep_ in ("nummod", "quantmod", "compound", "amod")
               for n in c.subtree) or any(n.like_num for n in noun.children)


def _a_number(doc, span: tuple[int, int]) -> bool:
    """Is a short content a figure ("the navy says 14"), which reports all the same?"""
    tok = doc.char_span(span[0], span[1], alignment_mode="expand") if span[0] >= 0 else None
    return tok is not None and len(tok) == 1 and tok[0].like_num


_PHRASAL: dict[int, tuple] = {}


def _phrasal_verbs(lex) -> frozenset[str]:
    """The verbs of the lexicon's phrasal cues ("turn down", "as X put it"), once per lexicon."""
    hit = _PHRASAL.get(id(lex))
    if hit is None or hit[0] is not lex:
        hit = _PHRASAL[id(lex)] = (lex, frozenset(verb for verb, _ in lex.phrasal))
    return hit[1]

