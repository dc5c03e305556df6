"""Claims in one document: who says what happened, to whom, where, when, how many, how surely.

``find_claims`` puts the pieces together:

1. attributions (``attribution.py``): speaker, cue, content span, speech act, stance, source chain;
2. events (``events.py``): PLOVER-typed subject–object events inside each content span, and in
   the parts of sentences the outlet states itself (speaker None);
3. for each event: place (``places.py``), date (``dates.py``) and quantity (``quantities.py``);
4. hedges and certainty (``hedges.py``), including a next sentence that takes the claim back.

One sentence can give several claims (a reported claim and the outlet's own aside; two events);
claim ids ``{doc}:c{n}`` follow text order.
"""
from __future__ import annotations

from ..model import Claim, Document, Event, Mention, Via
from .arguments import ActorIndex, sentence_index, sentences
from .attribution import Attribution, AttributionFinder, Source
from .claim_sets import dedupe
from .continuation import continuations, document_chains
from .accusing import content_accusation, staged_by
from .chains import outlet_relays
from .dates import event_date
from .events import EventFinder, EventHit, is_verb
from .figure_clauses import FigureClaims
from .hedges import HedgeFinder, HedgeHit
from .interview import denies_question
from .labels import naming_act
from .lexicons import base, cues
from .quotes import find_quotes
from .speech_mood import apply_mood, counterfactual, cue_mood
from .statements import statement_voice
from .speech_targets import (content_subject, coordinated_parties, judged_subject, party_claims, proposer, quoted_act,
                             speaker_side)
from .tokens import tokens
from .threats import (asked_party, called_party, conjunct_claims, declared_party, dismissed_party, first_person,
                      mutual_claims, warned_party)
from .vows import own_side, vowed_act, vowed_threat
from .where import EventPlaces

MIN_WORDS = 4
MAX_CLAIMS_PER_HIT = 4


def find_claims(document: Document, doc, mentions: list[Mention]) -> list[Claim]:
    """Every claim in a document, in text order.

    document (Document): the cleaned document (offsets point into ``document.text``).
    doc (Doc): the spaCy parse of ``document.text``.
    mentions (list[Mention]): actor mentions; pronoun speakers resolved here are appended to it.
    RETURNS (list[Claim]): claims with ids ``{doc}:c{n}``.
    """
    if not len(doc):
        return []
    return ClaimBuilder(document, doc, mentions).build()


class ClaimBuilder(FigureClaims):
    """Builds the claims of one document (see ``find_claims``)."""

    def __init__(self, document: Document, doc, mentions: list[Mention]):
        self.document = document
        self.doc = doc
        self.text = tokens(doc).doc_text
        self.index = ActorIndex(document, doc, mentions)
        self.quotes = find_quotes(self.text)
        self.sents = sentences(doc)
        self.ents = list(tokens(doc).ent_spans)
        self.where = EventPlaces(self.index, doc)
        self._sent_dates: dict[int, list] = {}
        self.hedger = HedgeFinder(doc, self.quotes)
        self.events = EventFinder(self.index)
        self.lex = cues()
        self._quantities: dict[int, list] = {}
        self._atts: list[Attribution] = []

    # -- the steps -----------------------------------------------------------------------
    def build(self) -> list[Claim]:
        atts = AttributionFinder(self.doc, self.index, self.quotes, self.lex).find()
        atts = [a for a in atts if not any(self.hedger.in_anonymity_phrase(i) for i in a.cue_tokens)]
        document_chains(self.doc, atts, self.lex.statement_nouns)
        outlet_relays(self.document, self.doc, atts, self.index.mentions, self.hedger.unnamed)  # "sources in X said"
        atts += continuations(self.doc, self.sents, atts, self._figures, self.lex.statement_nouns)
        atts += statement_voice(self.doc, self.sents, atts)     # "STATEMENT OF THE MINISTRY OF …" printed whole
        self._atts = atts
        taken: set[int] = set()           # tokens that belong to an attribution (content, cue, speaker)
        for a in atts:
            if not a.borrowed:      # "X shelled Y. X denied it.": the report stays the outlet's too
                taken |= self._tokens(a.content_start, a.content_end)
            taken |= set(a.cue_tokens)
            if a.speaker is not None and a.speaker.head is not None:
                # a relative clause on the speaker ("X, who met Y last week, said …") is the outlet's own
                # statement about the speaker, not part of the attribution; so is a described apposition
                # ("X, Y's main backer, said …": X backs Y), not a name ("The envoy, Jane Doe, said")
                aside = {t.i for c in a.speaker.head.children
                         if c.dep_ == "relcl" or c.dep_ == "appos" and c.pos_ == "NOUN" for t in c.subtree}
                taken |= {t.i for t in a.speaker.head.subtree} - aside
        claims: list[Claim] = []
        for a in atts:
            claims += self._attributed(a, atts)
        for si, sent in enumerate(self.sents):
            own = set(range(sent.start, sent.end)) - taken
            if not own:
                continue
            claims += self._outlet(si, sent, own, touched=len(own) < len(sent))
        self.hedger.retract(claims, self.sents, self.text)     # "Neither figure could be verified."
        claims = dedupe(claims)
        claims += self._part_claims(claims)      # a mixed sum's parts, each findable as a figure of its own
        claims += self._lost_figures(claims)     # a figure of a claim's content that no claim carries
        claims.sort(key=lambda c: (c.start, c.content_start if c.content_start is not None else c.start))
        for n, c in enumerate(claims):
            c.id = f"{self.document.id}:c{n}"
        return claims

    def _attributed(self, a: Attribution, atts: list[Attribution]) -> list[Claim]:
        content = self._tokens(a.content_start, a.content_end)
        inner = [b for b in atts if b.parent is a]
        allowed = set(content) - set(a.cue_tokens)
        for b in inner:
            allowed -= self._tokens(b.content_start, b.content_end)
            allowed -= set(b.cue_tokens)
            if b.speaker is not None and b.speaker.head is not None:
                allowed -= {t.i for t in b.speaker.head.subtree}
        first, last = self._sentence_range(a)
        hits: list[EventHit] = []
        for sent in self.sents[first:last + 1]:
            hits += self.events.find(sent, allowed)
        speech_type, stance = a.speech_type, a.stance
        answer_span = None
        content_text = self.text[a.content_start:a.content_end]
        if stance == "asserts" and self._denies(content):
            speech_type, stance = speech_type or "REJECT", "denies"
            # "said the report by X was pure fiction": X's statement is what is rejected
            a.addressee = a.addressee or dismissed_party(self.doc, self.index, content) or \
                judged_subject(self.doc, content)   # "said the vote organised by Y was null": Y's vote
        if stance == "denies" and a.answers is not None:
            if denies_question(self.doc, a, self.sents[first]):
                # "That is simply false.": what is denied is the claim the question reported; the claim's
                # text stays the answer, its content (content_start/end) points into the question
                answer_span = self._strip(self.sents[first].start_char, self.sents[last].end_char)
                a.content_start, a.content_end = a.answers
                content = self._tokens(*a.answers)
                content_text = self.text[a.content_start:a.content_end]
                q = sentence_index(self.doc, self._token_at(a.content_start))
                hits = [h for sent in self.sents[q:q + 1] for h in self.events.find(sent, content)]
        warned = None
        if speech_type is None and stance == "asserts" and a.speaker is not None:
            warned = warned_party(self.doc, self.index, self.events.lex, a.cue_tokens, a.speaker.head, content, hits,
                                  a.addressee)
            speech_type = "THREATEN" if warned is not None else None
            vow = vowed_threat(self.doc, self.index, self.events.lex, content, hits, a.speaker, a.quote) \
                if speech_type is None else None
            if vow is not None:     # "'We will strike them wherever they hide,' she said": a threat by its content
                speech_type, warned = "THREATEN", vow[0]
            elif speech_type is None:   # "… will be regarded as aggression"; "said it would not withdraw …"
                speech_type = vowed_act(self.doc, self.index, self.events.lex, content, hits, a.speaker, a.quote)
        called = called_party(self.index, self.events.lex, self.doc, a.cue_tokens) if speech_type is None else None
        if called is not None and stance == "asserts" and a.speaker is not None:
            speech_type, a.addressee = "REQUEST", called     # "called the UN to send observers"
        declared = declared_party(self.doc, self.index, self.events.lex, a.cue_tokens, content)
        if declared is not None and speech_type is None and stance == "asserts" and a.speaker is not None:
            (speech_type, a.addressee), hits = declared, []  # "declared the X ambassador persona non grata"
        if speech_type is None and stance == "asserts" and a.speaker is not None and a.cue_tokens:
            act = naming_act(self.doc, self.index, self.doc[a.cue_tokens[0]], content, a.speaker)
            if act is not None:     # "called the attack 'an act of war'", "Y holds them as hostages"
                (speech_type, a.addressee), warned = act, None
        if speech_type is None and stance == "asserts" and a.speaker is not None:
            # "'Y must withdraw,' said X" demands, "'Y wants to starve us'" accuses (quotes, accusing cues, statements
            # going on); under any cue "said the shots came from a Y position", "a provocation staged by Y" accuse
            act = (quoted_act(self.doc, self.index, content, self._speaker_key(a)) if a.quote or
                   a.kind == "continuation" or a.cue_tokens and base(self.doc[a.cue_tokens[0]]) in self.lex.accusing_cues
                   else None) or content_accusation(self.doc, self.index, content, self._speaker_key(a))
            if act is not None:
                (speech_type, a.addressee), warned = act, None
        mood = cue_mood(self.doc, a.cue_tokens, self.events.lex.modal_verbs)
        act = speech_type or ("REJECT" if stance == "denies" else None)
        if mood.negated:
            stance = "asserts"      # "did not deny that …": no denial, and the content is not denied
        common = dict(speaker=a.speaker, cue=a.cue, speech_type=speech_type, stance=stance, quote=a.quote,
                    via=[s for s in a.via if s is not None], content=(a.content_start, a.content_end, content_text))
        scope_extra = set(a.cue_tokens)
        for i in a.cue_tokens:
            scope_extra |= {c.i for c in self.doc[i].children if c.dep_ in ("advmod", "aux", "neg")}
        extra_hedges: list[HedgeHit] = []
        if a.origin is not None and a.origin.speaker is not None and a.origin.speaker.head is not None:
            # a document that goes on speaking keeps the hedges of its first mention ("a leaked memo")
            extra_hedges += self.hedger.hedges_in({t.i for t in a.origin.speaker.head.subtree} |
                                                  set(a.origin.cue_tokens))
        if a.speaker is not None and a.speaker.head is not None:
            head = a.speaker.head
            scope_extra |= {t.i for t in head.subtree}
            # the origin may be unnamed even when a named outlet passes it on ("X, citing sources, said")
            origin = a.speaker if a.speaker.mention is None else (a.via[0] if a.via and a.via[0].mention is None
                                                                  else None)
            if origin is not None and self.hedger.unnamed(origin.head):
                extra_hedges.append(HedgeHit(label="unnamed source", term="roughly even chance", start=origin.head.i,
                                             end=origin.head.i + 1))
        out = []
        if speech_type in ("REQUEST", "THREATEN") and a.cue_tokens and counterfactual(self.doc[a.cue_tokens[0]]):
            # "a statement that would have called on X": the call was never made
            speech_type = common["speech_type"] = None
        if speech_type in ("REQUEST", "THREATEN"):
            # a directive or threat: the act itself is the event; what is asked is not asserted as fact
            ev = Event(type=speech_type, trigger=a.cue)
            if a.speaker is not None:
                ev.subject_mention, ev.subject_text = a.speaker.mention, a.speaker.text
            target = a.addressee if warned is None else warned
            if target is None and speech_type == "REQUEST" and a.cue_tokens:
                # "demanded that X withdraw": the one asked is the subject of the demanded clause
                target = asked_party(self.index, self.doc[a.cue_tokens[0]])
            if target is None and speech_type == "THREATEN":
                # "threatened to attack X": the target of the threatened act ("called for an end to the
                # attacks on X" does not ask X anything)
                target = next((t for h in hits for t in h.objects if self.index.actor(t)
                               and not own_side(t, self.index, a.speaker)), None)    # not "an attack on its …"
            if target is not None:
                # "calls on the international community and X": the first addressee that is an actor
                m = self.index.actor(target) or next(iter(self.index.actors(target)), None)
                ev.object_mention = m.id if m else None
                ev.object_text = self._np(target)
            if ev.object_mention is None:
                # a call with no named addressee ("called for talks"): the speaker is the requester,
                # the event names no parties
                ev.subject_mention = None
            self._when_where(ev, None, content, first)
            out.append(self._claim(first, last, ev, content | scope_extra, extra_hedges, **common))
            out += conjunct_claims(self.index, out[-1], a.speaker.head if a.speaker is not None else None, target,
                                   MAX_CLAIMS_PER_HIT)
            apply_mood(out, mood, act, a.cue, self.events.lex.negated)
            return out
        cue_lemma = base(self.doc[a.cue_tokens[0]]) if a.cue_tokens else None
        for hit in hits:
            if a.speaker is not None and a.speaker.head is not None and a.speaker.head.head.i == hit.head.i and \
                    any(t.i == a.speaker.head.i and t.i not in allowed for t in hit.subjects):
                # "As reported X, Y shelled Z": the parser read the speaker as a subject too (not "X vowed to
                # retaliate", "X expressed protest": the speaker does what its cue governs)
                hit.subjects = [t for t in hit.subjects if t.i in allowed] or \
                    [c for c in hit.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i in allowed] or \
                    [c for c in a.speaker.head.children if c.dep_ == "appos" and c.i in allowed]
            if a.addressee is not None and not self.events._has_actor(hit.subjects) and speech_type == "ACCUSE":
                hit.subjects = [a.addressee]
                hit.type = None if staged_by(a.addressee) else hit.type   # a "massacre" Y staged: Y did no massacre
            if a.quote and first_person(hit.subjects) and not self.events._has_actor(hit.subjects) and a.speaker is not None and a.speaker.head is not None:
                # "'We give aid to X,' said Y": the speaker's side acts (the state or body Y speaks for, else Y)
                hit.subjects = [speaker_side(self.index, self.doc, a.speaker) or a.speaker.head]
            for ev in self._events_from(hit):
                if a.speaker is not None and ev.type in self.events.lex.symmetric and ev.object_mention is not None:
                    o = self.index.by_id().get(ev.object_mention)
                    if o is not None and (o.local_key or o.name) == self._speaker_key(a):
                        continue    # "A and B agreed", said by B: B's claim is B's agreement with A (made both ways)
                scope = (self._scope(hit) & content) | scope_extra
                self._when_where(ev, hit, scope | content, first)
                if stance == "denies" and hit.head.i in content and ev.type != "REJECT":
                    # "denied that his government had sent drones": the event is denied, not asserted
                    ev.negated = True
                claim = self._claim(first, last, ev, scope, extra_hedges, **common)
                if self._accuses(claim, cue_lemma):
                    claim.speech_type = "ACCUSE"
                elif claim.speech_type == "ACCUSE" and ev.type == "ACCUSE" and \
                        (d := self.index.by_id().get(ev.subject_mention)) and \
                        (d.local_key or d.name) == self._speaker_key(a):
                    claim.speech_type = None    # "X called the measures 'banditry'": the event is X's accusation
                out.append(claim)
        if out and speech_type == "REJECT":
            out += self._rejected_party(a, out, first, last, content | scope_extra, extra_hedges, common)
        if not out:
            ev = Event()
            if a.addressee is None and a.cue_tokens:
                a.addressee = self.events.participle_object(self.doc[a.cue_tokens[0]])
            if a.addressee is None and speech_type == "ACCUSE":
                # "charged that Y had armed the rebels": the clause's subject is accused
                a.addressee = content_subject(self.index, self.doc, content, self._speaker_key(a))
            m = self.index.actor(a.addressee) if a.addressee is not None else None
            if m is None and speech_type in ("REJECT", "SUPPORT"):
                m = proposer(self.index, a.addressee)   # "rejected the plan put forward by Y": Y's plan
            if m is not None and a.speaker is not None and a.speaker.head is not None and \
                    self.events._reflexive(a.addressee, [a.speaker.head]):
                m = None                # "X defended its people": no other party
                if speech_type not in self.events.lex.reflexive_keeps_subject:
                    common["speech_type"] = None    # nor is defending oneself a speech act towards anyone
            if m is not None and speech_type == "ACCUSE":
                ev.subject_mention, ev.subject_text = m.id, self._np(a.addressee)
            elif m is not None and speech_type == "REJECT":
                # "rejected X's offer", "dismissed the claims by X": X is who is rejected
                ev.object_mention, ev.object_text = m.id, self._np(a.addressee)
            elif m is not None and speech_type and stance == "asserts" and a.speaker is not None:
                # "X praised Y": the speech act is the event
                ev = Event(type=speech_type, trigger=a.cue, subject_mention=a.speaker.mention,
                           subject_text=a.speaker.text, object_mention=m.id, object_text=self._np(a.addressee))
            self._when_where(ev, None, content, first)
            out.append(self._claim(first, last, ev, content | scope_extra, extra_hedges, **common))
            if m is not None and common["speech_type"]:
                # "accused A and B of …", "rejected the proposal of A and B": one claim per party
                out += party_claims(out[-1], coordinated_parties(self.index, a.addressee, m), MAX_CLAIMS_PER_HIT - 1)
            if m is None and speech_type in self.events.lex.symmetric and stance == "asserts" and a.speaker is not None:
                out = mutual_claims(self.index, out, a.speaker.head, a.cue, speech_type, MAX_CLAIMS_PER_HIT)
        out += self._further_figures(out, content, first, last, extra_hedges, common, scope_extra)
        out += self._later_figures(out, content, first, last, extra_hedges, common, scope_extra)
        if answer_span is not None:
            for c in out:
                c.start, c.end = answer_span
                c.text = self.text[c.start:c.end]
        apply_mood(out, mood, act, a.cue, self.events.lex.negated)
        return out

    def _rejected_party(self, a: Attribution, claims: list[Claim], first: int, last: int, scope: set[int],
                        extra: list, common: dict) -> list[Claim]:
        """The party whose claim is rejected, when the rejected content has events of its own ("dismissed
        claims by Y that X shelled a school": X's shelling is denied, and X rejects Y)."""
        m = self.index.actor(a.addressee) if a.addressee is not None else None
        if m is None or a.speaker is None or m.id == a.speaker.mention or \
                any(c.event.object_mention == m.id or c.event.subject_mention == m.id for c in claims):
            return []
        by_id = self.index.by_id()
        s = by_id.get(a.speaker.mention) if a.speaker.mention else None
        if s is not None and (s.local_key or s.name) == (m.local_key or m.name):
            return []
        ev = Event(object_mention=m.id, object_text=self._np(a.addressee))
        return [self._claim(first, last, ev, scope, extra, **common)]

    def _outlet(self, si: int, sent, own: set[int], touched: bool) -> list[Claim]:
        hits = self.events.find(sent, own)
        out = []
        for hit in hits:
            for ev in self._events_from(hit):
                scope = self._scope(hit) & {t.i for t in sent}
                self._when_where(ev, hit, scope, si)
                out.append(self._claim(si, si, ev, scope, [], speaker=None, cue=None, speech_type=None,
                                       stance="asserts", quote=False, via=[], content=None))
        if not out and not touched and self._statement(sent):
            ev = Event()
            toks = {t.i for t in sent}
            self._when_where(ev, None, toks, si)
            out.append(self._claim(si, si, ev, toks, [], speaker=None, cue=None, speech_type=None, stance="asserts",
                                   quote=False, via=[], content=None))
            out += self._further_figures(out, toks, si, si, [], dict(speaker=None, cue=None, speech_type=None,
                                         stance="asserts", quote=False, via=[]))
        elif not out and touched:
            out += self._own_figure(si, sent, own)
        if (touched or out) and sent.root.i in own and self._statement(sent) and not any(c.hedged for c in out):
            # "X, which has promised Y gas, seems likely to keep …": the outlet's own hedged main clause beside
            # an attributed or figure clause; "the truce is unlikely to last unless X withdraws": beside the
            # event of its condition
            clause = self.hedger.hedged_clause(own)
            if clause:
                cs, ce = self.doc[min(clause)].idx, self.doc[max(clause)].idx + len(self.doc[max(clause)])
                out.append(self._claim(si, si, Event(), clause, [], speaker=None, cue=None, speech_type=None,
                                       stance="asserts", quote=False, via=[], content=(cs, ce, self.text[cs:ce])))
        return out

    # -- claim assembly ------------------------------------------------------------------
    def _claim(self, first: int, last: int, ev: Event, scope: set[int], extra: list[HedgeHit], *, speaker: Source | None,
               cue, speech_type, stance, quote, via: list[Source], content) -> Claim:
        s, e = self._strip(self.sents[first].start_char, self.sents[last].end_char)
        if content is None:
            cs, ce = s, e
        else:
            cs, ce, _ = content
            s, e = min(s, cs), max(e, ce)
        hits = self.hedger.hedges_in(scope) + extra
        labels = []
        for h in hits:
            if not h.booster and h.label not in labels:
                labels.append(h.label)
        return Claim(id="", doc=self.document.id, text=self.text[s:e], start=s, end=e,
                     speaker_text=speaker.text if speaker else None,
                     speaker_mention=speaker.mention if speaker else None,
                     content_text=self.text[cs:ce], content_start=cs, content_end=ce, cue=cue,
                     speech_type=speech_type, stance=stance, hedged=bool(labels), hedges=labels,
                     via=[Via(name=v.text, mention=v.mention) for v in via], event=ev, quote=quote,
                     sentence=first, certainty=self.hedger.certainty(hits))

    def _events_from(self, hit: EventHit) -> list[Event]:
        subs = [m for t in hit.subjects for m in self.index.actors(t)] or [None]
        objs = [m for t in hit.objects for m in self.index.actors(t)] or [None]
        subj_text = self._np(hit.subjects[0]) if hit.subjects else None
        obj_text = self._np(hit.objects[0]) if hit.objects else None
        lex = self.events.lex
        pairs = [(s, o) for s in subs for o in objs]
        mutual = hit.type in lex.symmetric and base(hit.head) not in lex.organising_verbs
        if (mutual or hit.reciprocal) and objs == [None] and len(subs) > 1:
            # "A and B met": each met the other (not "A and B hosted talks"); every pair first, then the other way
            pairs = [(s, o) for i, s in enumerate(subs) for o in subs[i + 1:]]
            pairs += [(o, s) for s, o in pairs]
        out = []
        seen = set()
        for s, o in pairs:
            key = (s and (s.local_key or s.name), o and (o.local_key or o.name))
            if key in seen:
                continue                # "Chad and its allies": "its" is Chad again
            seen.add(key)
            if s is not None and o is not None and (s.id == o.id or (s.local_key or s.name) == (o.local_key or o.name)):
                if hit.type in lex.reflexive_keeps_subject and not any(e.subject_mention == s.id for e in out):
                    # "shelled its own towns": the doer attacked, no other party
                    out.append(Event(type=hit.type, trigger=hit.trigger, subject_mention=s.id, subject_text=subj_text,
                                     negated=hit.negated, modality=hit.modality))
                continue
            out.append(Event(type=hit.type, trigger=hit.trigger,
                             subject_mention=s.id if s else None, object_mention=o.id if o else None,
                             subject_text=s.text if s and len(subs) > 1 else subj_text,
                             object_text=o.text if o and (len(objs) > 1 or len(pairs) > len(objs)) else obj_text,
                             negated=hit.negated, modality=hit.modality))
            if len(out) >= MAX_CLAIMS_PER_HIT:
                return out
        return out or [Event(type=hit.type, trigger=hit.trigger, negated=hit.negated, modality=hit.modality)]

    def _when_where(self, ev: Event, hit: EventHit | None, scope: set[int], si: int) -> None:
        sent = self.sents[si]
        if hit is not None:
            loc = self.where.location(hit)
            if loc is not None:
                ev.location, ev.place = loc
        if si not in self._sent_dates:
            self._sent_dates[si] = [e for e in self.ents if e.label_ == "DATE" and sent.start <= e.start < sent.end]
        dates = self._sent_dates[si]
        ev.date, ev.date_text = event_date(dates, scope, self.document.published)
        if ev.date is None and ev.date_text is None and dates:
            # the sentence's date, but not one inside a clause describing a noun: "the blockade, declared on
            # Oct 28, is enforced by …", "X, which seized power in March, says …" date the noun, not the event
            outside = [e for e in dates if not any(a.dep_ in ("relcl", "acl") for a in e.root.ancestors)
                       and e.root.dep_ not in ("relcl", "acl")]
            ev.date, ev.date_text = event_date(outside, set(range(sent.start, sent.end)), self.document.published)
        ev.quantity = self._quantity(si, hit, scope)

    # -- helpers -------------------------------------------------------------------------
    def _speaker_key(self, a: Attribution) -> str | None:
        """The local key of an attribution's speaker (its own side is no target of its speech act)."""
        m = self.index.by_id().get(a.speaker.mention) if a.speaker is not None and a.speaker.mention else None
        return (m.local_key or m.name) if m is not None else None

    def _accuses(self, claim: Claim, cue_lemma: str | None) -> bool:
        """A plain report that another actor did something hostile is an accusation (data: accusing_cues)."""
        ev = claim.event
        if claim.speech_type or claim.stance != "asserts" or cue_lemma not in self.lex.accusing_cues or claim.hedged:
            return False
        if ev.type not in self.lex.accusation_types or ev.negated or not ev.subject_mention:
            return False
        if not claim.speaker_mention:
            return False
        by_id = self.index.by_id()
        s, d = by_id.get(claim.speaker_mention), by_id.get(ev.subject_mention)
        return s is not None and d is not None and (s.local_key or s.name) != (d.local_key or d.name) and \
            (d.local_key or d.name).lower() != (s.affiliation or "").lower()     # "we" is the speaker's side

    def _denies(self, content: set[int]) -> bool:
        if not content:
            return False
        table = tokens(self.doc)
        lo = min(content)
        lows = table.lower[lo:max(content) + 1]
        # each word of the content against the phrases that start with it (any phrase anywhere is a denial)
        by_first = self.lex.denial_first
        if () in by_first:
            return True
        for i, w in enumerate(lows):
            for words in by_first.get(w, ()):
                if len(words) == 1 and table.pos[lo + i] in ("VERB", "AUX") and self.doc[lo + i].tag_ != "VBN":
                    continue        # "the responsibility lies with them": a verb, not "lies" ("were fabricated" is)
                if tuple(lows[i:i + len(words)]) == words:
                    return True
        return False

    def _scope(self, hit: EventHit) -> set[int]:
        """Tokens whose hedges, dates and figures belong to an event: its clause and the clause's modifiers."""
        root = hit.clause if hit.clause is not None else hit.head
        scope = {t.i for t in root.subtree}
        scope |= {t.i for t in hit.head.subtree}
        node = root
        for _ in range(8):
            scope |= {c.i for c in node.children if c.dep_ in ("aux", "auxpass", "advmod", "neg", "npadvmod")}
            if node.head == node:
                break
            came_by = node.dep_
            node = node.head
            if came_by == "xcomp":
                scope.add(node.i)           # "likely to attack", "is expected to attack"
                scope |= {c.i for c in node.children if c.dep_ in ("auxpass", "aux")}
            if base(node) in self.lex.verbs:
                # a frame the event sits in ("I think …", "it is believed that …") hedges it too
                scope.add(node.i)
                scope |= {c.i for c in node.children if c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass")}
        return scope

    def _tokens(self, s: int, e: int) -> set[int]:
        span = self.doc.char_span(s, e, alignment_mode="expand")
        return set(range(span.start, span.end)) if span is not None else set()

    def _token_at(self, char: int):
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else self.doc[0]

    def _sentence_range(self, a: Attribution) -> tuple[int, int]:
        idx = [sentence_index(self.doc, self._token_at(a.content_start)),
               sentence_index(self.doc, self._token_at(max(a.content_start, a.content_end - 1)))]
        if a.cue_tokens:
            idx += [sentence_index(self.doc, self.doc[i]) for i in a.cue_tokens]
        return min(idx), max(idx)

    def _np(self, tok) -> str:
        lo, hi = tok.left_edge.i, tok.right_edge.i
        for c in tok.children:
            if c.dep_ in ("relcl", "acl") or c.dep_ == "punct" and c.i > tok.i:
                hi = min(hi, c.left_edge.i - 1)
        hi = max(hi, tok.i)
        while hi > lo and self.doc[hi].is_punct:
            hi -= 1
        return self.doc[lo:hi + 1].text

    def _strip(self, s: int, e: int) -> tuple[int, int]:
        while s < e and self.text[s].isspace():
            s += 1
        while e > s and self.text[e - 1].isspace():
            e -= 1
        return s, e

    def _statement(self, sent) -> bool:
        words = [t for t in sent if t.is_alpha]
        return len(words) >= MIN_WORDS and any(is_verb(t) or t.pos_ == "AUX" for t in sent)
