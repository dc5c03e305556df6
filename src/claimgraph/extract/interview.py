"""Interviews and question-and-answer copy: who "she" is, who speaks the answers, what an answer denies.

An interview introduces its interviewee first ("Brigadier X has commanded … Our correspondent spoke to
her"), then alternates question paragraphs (ending with "?") and answers that often name no speaker at
all. Three rules follow:

- a he/she speaker in an interview is the interviewee when the pronoun fits her or him, not the nearest
  name (a general named in a question, a village, a capital used for its government);
- a sentence of an answer paragraph with no cue of its own is the interviewee's statement;
- an answer that opens by calling the question's claim false ("That is simply false.") denies that claim:
  its content is the question's reported content (``Attribution.answers``), so the assertion and the
  denial can be cross-checked against each other.

Outside interviews, a person named only inside a question or a direct quote is a weak antecedent for a
he/she speaker: another fitting person named in the narrative is preferred.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicons import attribution_words
from ..model import Mention
from .arguments import sentence_index
from .coref import GENDERS_KEY, STRONG_KEY, pronoun_fits, strong_person
from .speech import Attribution, Source
from .tokens import tokens

PERSON_PRONOUNS = frozenset({"he", "she"})
# "spoke to her", "interviewed him": the pronoun of the introduction names the interviewee's gender
INTRO_PRONOUN = re.compile(r"\b(?:spoke|talked|speaking|talking)\s+(?:to|with)\s+(her|him)\b|\binterviewed\s+(her|him)\b")
# how many sentences back a he/she speaker looks for a person named outside questions and quotes
PERSON_REACH = 5
# how many sentences back a he/she speaker looks for the person speaker it continues
SPEAKER_REACH = 2
# ... and, when nothing else resolved it, with no other fitting person named since
FALLBACK_REACH = 6
# an answer's opening sentence this short (words) that calls something false is about the question
SHORT_DENIAL = 8
# paragraphs that are questions an interview has at least (a news story may ask one rhetorical question)
MIN_QUESTIONS = 2
# an interviewer's question paragraph is at most this long (characters)
QUESTION_CHARS = 300
ANAPHORS = frozenset({"that", "this", "it", "which"})


@dataclass
class Layout:
    """The paragraphs of an interview: (start, end, is_question) in text order; None if not one."""

    paragraphs: list[tuple[int, int, bool]]
    first_question: int

    def paragraph(self, char: int) -> int:
        """Index of the paragraph holding ``char`` (-1 if none)."""
        for k, (s, e, _) in enumerate(self.paragraphs):
            if s <= char < e:
                return k
        return -1


@lru_cache(maxsize=1)
def _markers() -> tuple[str, ...]:
    """Phrases that show a text is an interview (data/attribution.yaml ``interview_markers``)."""
    return attribution_words("interview_markers")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-empty lines of a text as (start, end) character offsets, whitespace stripped."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def layout(text: str) -> Layout | None:
    """The interview layout of a text, or None when it is not an interview.

    An interview names itself (a marker phrase: "spoke to her", "the interview has been edited", data
    ``interview_markers``) and has at least two paragraphs that are questions (end with "?", not quoted).
    """
    low = text.lower()
    labelled = any(p.lstrip().lower().startswith(label) for p in low.split("\n") for label in _labels())
    if not labelled and not any(m in low for m in _markers()):
        return None
    paras = [(s, e, _question(text[s:e])) for s, e in paragraphs(text)]
    first = next((k for k, p in enumerate(paras) if p[2]), None)
    if first is None or first == 0 or sum(p[2] for p in paras) < MIN_QUESTIONS:
        return None
    return Layout(paragraphs=paras, first_question=first)


def _question(line: str) -> bool:
    """Is a paragraph an interviewer's question: a line labelled "Q:", or a short one (a rhetorical question
    closes a long paragraph) that ends with "?" and is not a quotation?"""
    low = line.lstrip().lower()
    if any(low.startswith(label) for label in _labels()):
        return True
    return len(line) <= QUESTION_CHARS and line.rstrip().endswith("?") and line.lstrip()[:1] not in "\"\u201c\u2018'"


@lru_cache(maxsize=1)
def _labels() -> tuple[str, ...]:
    """Labels that open an interviewer's line (data/attribution.yaml ``interview_question_labels``)."""
    return attribution_words("interview_question_labels")


@lru_cache(maxsize=1)
def _answer_labels() -> tuple[str, ...]:
    """Labels that open an interviewee's line (data/attribution.yaml ``interview_answer_labels``)."""
    return attribution_words("interview_answer_labels")


def interviewee(doc, mentions: list[Mention], lay: Layout, pronoun: str | None = None) -> Mention | None:
    """The person an interview is with: the first person introduced (by full name or title) before the first
    question, who fits the pronoun ("she") when one is given."""
    before = lay.paragraphs[lay.first_question][0]
    said = intro_pronoun(doc, lay)
    if said is not None:
        # "Our correspondent spoke to her": whom the interview is with was named before the marker, and
        # its pronoun gives the gender ("he" is then someone else)
        before, shown = said
        if pronoun is not None and pronoun != shown:
            return None
        pronoun = shown
    strong = doc.user_data.get(STRONG_KEY)
    persons = [m for m in sorted(mentions, key=lambda m: m.start) if m.kind == "person" and not m.pronoun
               and strong_person(m, strong) and m.end <= before and (pronoun is None or pronoun_fits(pronoun, m, doc))]
    # the interviewee is what the introduction is about: the last person it makes a clause's subject
    # ("As General X's troops withdraw, Brigadier Y has kept her brigade"), else the first person it names
    subjects = [m for m in persons if _subject(doc, m)]
    return subjects[-1] if subjects else (persons[0] if persons else None)


def intro_pronoun(doc, lay: Layout) -> tuple[int, str] | None:
    """Where the introduction says whom the interview is with, and the pronoun it uses ("spoke to her" ->
    "she"), or None."""
    intro = tokens(doc).doc_text[:lay.paragraphs[lay.first_question][0]].lower()
    hit = INTRO_PRONOUN.search(intro)
    if hit is None:
        return None
    return hit.start(), {"her": "she", "him": "he"}[hit.group(1) or hit.group(2)]


def _subject(doc, m: Mention) -> bool:
    """Is a mention the subject of its clause?"""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and span.root.dep_ in ("nsubj", "nsubjpass")


def _passive_agent(doc, m: Mention) -> bool:
    """Is a mention the agent of a passive main verb ("X was represented by Y": Y is the doer, a later "he"
    most often picks Y up)? Not the agent of a participle on a noun ("the summit, hosted by Y") nor of a
    subordinate clause ("why it was mentioned by Y")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "pobj" or span.root.head.dep_ != "agent":
        return False
    verb = span.root.head.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    # a main clause only: "why it was mentioned by Y" (a subordinate clause) keeps the topic where it was
    return verb.dep_ == "ROOT" and any(c.dep_ == "auxpass" for c in span.root.head.head.children)


class InterviewMixin:
    """Person-pronoun speakers for the attribution finder (needs ``doc``, ``text``, ``index``, ``quotes``)."""

    _layout_done = False
    _layout: Layout | None = None

    def interview(self) -> Layout | None:
        """The document's interview layout (computed once)."""
        if not self._layout_done:
            self._layout = layout(self.text)
            self._layout_done = True
            said = intro_pronoun(self.doc, self._layout) if self._layout is not None else None
            who = interviewee(self.doc, self.index.mentions, self._layout) if said is not None else None
            if who is not None:
                # the interviewee's gender, as the introduction shows it, for every he/she of the article
                genders = self.doc.user_data.setdefault(GENDERS_KEY, {})
                genders.setdefault(who.local_key or who.name, "f" if said[1] == "she" else "m")
        return self._layout

    def person_pronoun_speaker(self, tok) -> Source | None:
        """The speaker a he/she subject of a cue stands for, where the nearest name is the wrong reading.

        In an interview, the interviewee (when the pronoun fits). Elsewhere, when the nearest fitting person
        is named only in a question or inside a direct quote, the nearest fitting person named in the
        narrative. None: the ordinary pronoun resolution decides.
        tok (Token): the pronoun.
        RETURNS (Source | None): the speaker, its mention an alias of the antecedent.
        """
        low = tok.lower_
        if low not in PERSON_PRONOUNS:
            return None
        lay = self.interview()
        pick = interviewee(self.doc, self.index.mentions, lay, low) if lay is not None else None
        if pick is None:
            pick = self._continued_speaker(tok, low)
        if pick is None:
            si = sentence_index(self.doc, tok)
            fitting = sorted((m for m in self.index.mentions if m.kind == "person" and not m.pronoun and
                              m.end <= tok.idx and si - m.sentence <= PERSON_REACH and
                              pronoun_fits(low, m, self.doc, tok.idx)), key=lambda m: m.start)
            if not fitting or not self._weak(fitting[-1]):
                return None
            strong = [m for m in fitting if not self._weak(m)]
            if not strong:
                return None
            pick = strong[-1]
        alias = self.index.add_alias(tok.idx, tok.idx + len(tok.text), tok.text, pick)
        return Source(text=tok.text, mention=alias.id, head=tok, start=tok.idx, end=tok.idx + len(tok.text))

    def person_speaker_fallback(self, tok) -> Source | None:
        """A he/she speaker no rule resolved: the last person quoted within ``FALLBACK_REACH`` sentences, when
        no other person the pronoun could stand for is named since ("… she said her government would go to
        the UN. [a question] [an answer] Y is trying to starve the valley, she said.").

        tok (Token): the pronoun subject of a cue.
        RETURNS (Source | None): the speaker, its mention an alias of that person's.
        """
        low = tok.lower_
        if low not in PERSON_PRONOUNS:
            return None
        m = self._continued_speaker(tok, low, reach=FALLBACK_REACH, strict=True)
        if m is None:
            return None
        alias = self.index.add_alias(tok.idx, tok.idx + len(tok.text), tok.text, m)
        return Source(text=tok.text, mention=alias.id, head=tok, start=tok.idx, end=tok.idx + len(tok.text))

    def _continued_speaker(self, tok, low: str, reach: int = 0, strict: bool = False) -> Mention | None:
        """The person a he/she speaker goes on quoting: the last person speaker of this or the previous
        ``SPEAKER_REACH`` sentences, when no other person was the subject (or a passive's agent) of a clause
        since ("X said … The summit ended despite pleas from Y. 'We will not sign,' she said": she is X, not Y) and the article does not show
        that person to be of the other gender (``pronoun_fits``). News continues its last speaker with a pronoun; the nearest
        name (an agent, an object, a woman the article titles "Ms.") is the wrong reading then.

        tok (Token): the pronoun subject of a cue. low (str): the pronoun, lower-cased.
        RETURNS (Mention | None): the speaker's mention, or None (the ordinary resolution decides).
        """
        found = getattr(self, "_found", None)
        if not found:
            return None
        si = sentence_index(self.doc, tok)
        by_id = self.index.by_id()
        for a in reversed(found):
            if a.speaker is None or not a.speaker.mention or not a.cue_tokens or a.cue_char >= tok.idx:
                continue
            if si - sentence_index(self.doc, self.doc[a.cue_tokens[0]]) > (reach or SPEAKER_REACH):
                return None
            m = by_id.get(a.speaker.mention)
            if m is None or m.kind != "person" or not strong_person(m, self.doc.user_data.get(STRONG_KEY)):
                continue            # a body's statement ("she" is not the ministry), or a lone word that is
                                    # often a capital speaking for its government
            if a.content_start < 0 and not self._quote_near(a):
                continue            # a cue still waiting for a quote, with none in its sentence: no statement
            if not pronoun_fits(low, m, self.doc, tok.idx) or self._in_quote(a.cue_char):
                return None         # the article shows another gender (or names a woman "she" is more likely)
            key = m.local_key or m.name
            strong = self.doc.user_data.get(STRONG_KEY)
            # another person "she" could stand for (named in full or titled, of a fitting gender) who became
            # the subject since, or (strict) is named at all since
            if any(x.kind == "person" and (x.local_key or x.name) != key and strong_person(x, strong) and
                   pronoun_fits(low, x, self.doc, tok.idx) and
                   (strict or _subject(self.doc, x) or _passive_agent(self.doc, x))
                   for x in self.index.within(a.cue_char, tok.idx)):
                return None         # another person became the subject since: the ordinary resolution decides
            return m
        return None

    def _quote_near(self, a: Attribution) -> bool:
        """Is there a direct quote in the sentence of ``a``'s cue (that a pending cue will report)?"""
        sent = self.doc[a.cue_tokens[0]].sent
        return any(q.speech and sent.start_char <= q.open < sent.end_char for q in self.quotes)

    def _weak(self, m: Mention) -> bool:
        """Is a person named only inside a direct quote or a question sentence?"""
        if any(q.speech and q.start <= m.start < q.end for q in self.quotes):
            return True
        toks = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if toks is None:
            return False
        sent = toks[0].sent
        return sent.text.rstrip("\"\u201d\u2019' \n").endswith("?")


def answers(doc, sents, atts: list[Attribution], mentions: list[Mention]) -> list[Attribution]:
    """The interviewee's statements in answer paragraphs that name no speaker.

    doc (Doc): the parse. sents (list[Span]): its sentences. atts (list[Attribution]): found so far.
    mentions (list[Mention]): the document's mentions.
    RETURNS (list[Attribution]): one attribution (kind "answer") per uncued answer sentence; the first
        sentence of an answer carries ``answers``, the content span of the question's reported claim.
    """
    text = tokens(doc).doc_text
    lay = layout(text)
    if lay is None:
        return []
    who = interviewee(doc, mentions, lay)
    if who is None:
        return []
    cue_sents = {sentence_index(doc, doc[i]) for a in atts for i in a.cue_tokens}
    markers = _markers()
    by_id = {m.id: m for m in mentions}
    out: list[Attribution] = []
    for k in range(lay.first_question + 1, len(lay.paragraphs)):
        ps, pe, question = lay.paragraphs[k]
        if question:
            continue
        # every paragraph after the first question answers one; the first one after a question answers it
        asked = _question_claim(lay.paragraphs[k - 1], atts, who) if lay.paragraphs[k - 1][2] else None
        first = True
        for si, sent in enumerate(sents):
            s, e = sent.start_char, sent.end_char
            if s < ps or s >= pe:
                continue
            words = text[s:e].strip()
            if any(m in words.lower() for m in markers):
                break               # "The interview has been edited …": the outlet again
            if si in cue_sents or any(a.covers(s) or (a.cue_tokens and s <= a.cue_char < e) for a in atts):
                if first and asked is not None:
                    # "That is false, she said.": the interviewee's own cued answer answers the question too
                    for a in atts:
                        if a.cue_tokens and s <= a.cue_char < e and _is(a.speaker, who, by_id):
                            a.answers = asked
                first = False
                continue
            cs = s + len(text[s:e]) - len(text[s:e].lstrip())
            ce = cs + len(words)
            label = next((x for x in _answer_labels() if words.lower().startswith(x)), None)
            if label is not None:       # "A: About 600 …": the label is not said
                cs += len(label) + len(words[len(label):]) - len(words[len(label):].lstrip())
            src = Source(text=who.local_key or who.name, mention=who.id)
            out.append(Attribution(cue=None, cue_tokens=[], content_start=cs, content_end=ce, speaker=src,
                                   kind="answer", cue_char=cs, answers=asked if first else None))
            first = False
    return out


def _is(speaker: Source | None, who: Mention, by_id: dict[str, Mention]) -> bool:
    """Does a speaker stand for the interviewee (her name, or a pronoun resolved to her)?"""
    m = by_id.get(speaker.mention) if speaker is not None and speaker.mention else None
    return m is not None and (m.local_key or m.name) == (who.local_key or who.name)


def _question_claim(para: tuple[int, int, bool], atts: list[Attribution], who: Mention) -> tuple[int, int] | None:
    """The content of the claim a question reports ("X says your camps shelter rebels. Is that true?")."""
    s, e, _ = para
    inside = [a for a in atts if a.speaker is not None and a.cue_tokens and s <= a.cue_char < e
              and a.content_end > a.content_start and a.speaker.mention != who.id]
    return (inside[-1].content_start, inside[-1].content_end) if inside else None


def denies_question(doc, a: Attribution, sent) -> bool:
    """Is an answer's opening sentence a short denial of the question ("That is simply false.", "Not true.")
    rather than a denial of its own content? Its subject, if any, points back (that, this, it)."""
    if a.answers is None:
        return False
    # the content, not the sentence: "That is false, she said." is about "That"
    span = doc.char_span(a.content_start, a.content_end, alignment_mode="expand") or sent
    if sum(1 for t in span if t.is_alpha) > SHORT_DENIAL:
        return False
    subj = next((c for c in span.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is None or subj.lower_ in ANAPHORS
