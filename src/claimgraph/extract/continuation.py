"""Sentences that go on with the previous sentence's speaker although they name no one.

A reported statement often runs past its sentence without a cue of its own:

- a verbless fragment ("Then of moving eight jets …"), machine-translated copy's way of going on;
- a document known through another source goes on ("According to the Post, the memo … counts 14
  violations. Two of them were near X."), in the same paragraph (``document_chains`` also gives its later
  statements with a cue of their own the first one's chain and hedges);
- a figure that continues the reported figures ("The ministry said 14 people were killed. Another 30
  were wounded."; "… Of those, nine were children."): an additive or partitive opener (data
  ``continuation_openers``) or a bare number as subject ("Eleven were officers") points back to what
  the speaker just counted. Only in the same paragraph, or right across one break when the number
  stands alone (it cannot be read without the figure before it).

A sentence with its own cue, source phrase or quote, or whose previous statement was a denial, a
request or a threat, is not continued: the outlet speaks in it (speaker None).
"""
from __future__ import annotations

from functools import lru_cache

from .. import data
from .arguments import sentence_index
from .speech import Attribution, Source
from .tokens import tokens

# what the previous statement must be for a figure to go on with it
CONTINUED_STANCE = "asserts"
NOT_CONTINUED_TYPES = ("REQUEST", "THREATEN")
# how many sentences a document speaker's later statements keep its first mention's chain and hedges
DOCUMENT_REACH = 6
# a speaker phrase longer than this is not just a name for a document ("the memo, drafted by …")
DOCUMENT_WORDS = 12


def continuations(doc, sents, atts: list[Attribution], figures, statement_nouns=frozenset()) -> list[Attribution]:
    """Attributions for the sentences that continue the previous sentence's speaker.

    doc (Doc): the parse. sents (list[Span]): its sentences (``arguments.sentences``).
    atts (list[Attribution]): the document's attributions so far.
    figures (callable): sentence index -> the quantities found in it (``find_quantities`` tuples).
    statement_nouns (frozenset[str]): nouns for documents and statements (a leaked memo goes on speaking).
    RETURNS (list[Attribution]): new attributions of kind "continuation" (one sentence each).
    """
    text = tokens(doc).doc_text
    by_last: dict[int, Attribution] = {}
    for a in atts:
        if a.speaker is not None:
            by_last[sentence_index(doc, _token_at(doc, max(a.content_start, a.content_end - 1)))] = a
    cue_sents = {sentence_index(doc, doc[i]) for a in atts for i in a.cue_tokens}
    out: list[Attribution] = []
    for si, sent in enumerate(sents):
        prev = by_last.get(si - 1)
        if prev is None or si in cue_sents or any(a.covers(sent.start_char) for a in atts):
            continue
        s, e = _strip(text, sent.start_char, sent.end_char)
        if _fragment(sent) or _goes_on(sent, sents[si - 1], prev, figures(si), text) or \
                _document_goes_on(sent, sents[si - 1], prev, text, statement_nouns):
            a = Attribution(cue=prev.cue, cue_tokens=[], content_start=s, content_end=e, speaker=prev.speaker,
                            speech_type=prev.speech_type, stance=prev.stance, via=list(prev.via),
                            addressee=prev.addressee, kind="continuation", cue_char=s,
                            origin=prev.origin or (prev if prev.via else None))
            out.append(a)
            by_last[si] = a             # "Another 30 were wounded. Of those, nine were children."
    out += _backwards(doc, sents, atts + out, figures, text, cue_sents)
    return out


def _backwards(doc, sents, atts: list[Attribution], figures, text: str, cue_sents: set[int]) -> list[Attribution]:
    """A figure whose source is named in the next sentence, which goes on counting it: "The Front has six
    attack helicopters. Two of them were bought abroad, according to the Front." — the six are the Front's
    too. Only when the next sentence's source phrase closes it ("…, according to X."), the next sentence
    opens by pointing back at the count (a partitive or additive opener, a bare number), both sentences are
    in one paragraph, and the figure's sentence names no source of its own."""
    out: list[Attribution] = []
    for a in atts:
        if a.kind != "according" or a.speaker is None or a.cue_char < a.content_end or a.stance != CONTINUED_STANCE:
            continue
        si = sentence_index(doc, doc[a.cue_tokens[0]]) if a.cue_tokens else None
        if not si or si - 1 in cue_sents or not figures(si - 1):
            continue
        sent, before = sents[si], sents[si - 1]
        if any(b.covers(before.start_char) or b.covers(before.end_char - 2) for b in atts):
            continue
        gap = text[_strip(text, before.start_char, before.end_char)[1]:sent.start_char]
        if "\n" in gap or not (_opener(sent) or _bare_number_subject(sent)):
            continue
        s, e = _strip(text, before.start_char, before.end_char)
        out.append(Attribution(cue=a.cue, cue_tokens=[], content_start=s, content_end=e, speaker=a.speaker,
                               via=list(a.via), kind="continuation", cue_char=s))
    return out


def document_chains(doc, atts: list[Attribution], statement_nouns) -> None:
    """A document that goes on speaking keeps its source chain (in place).

    "According to the Post, the memo, drafted by …, counts 14 violations. The memo records three attacks. It
    says …": the memo is known only through the Post, so every later statement of the memo leans on the Post
    too (``via``) and carries the first mention's hedges (``origin``: "a leaked memo", "which could not be
    verified"). Only a speaker with no actor headed by a statement noun (data ``statement_nouns``), or "it"
    standing for one, within ``DOCUMENT_REACH`` sentences of the first.
    """
    seen: list[tuple[str, int, Attribution]] = []
    made: list[tuple[str, int, Attribution]] = []        # sources that stand for their maker ("imagery analysed by X")
    ordered = sorted(atts, key=lambda x: x.cue_char)
    for n, a in enumerate(ordered):
        told = _told_document(doc, a, statement_nouns)
        if told is not None:
            seen.append((told.speaker.head.lemma_.lower(), sentence_index(doc, told.speaker.head), told))
            continue
        if a.speaker is None or a.speaker.head is None:
            continue
        si = sentence_index(doc, a.speaker.head)
        if a.speaker.mention is not None:
            # "X's report, seen by Y, says … The report (It) also says …": a document with a named author keeps
            # the medium it was known through, when it is the same document of the same author
            _authored_document(doc, a, si, seen, statement_nouns, ordered[n - 1] if n else None)
            if a.via and a.speaker.head.pos_ == "NOUN":
                made.append((a.speaker.head.lemma_.lower(), si, a))
            continue
        key = _document_key(a.speaker, statement_nouns)
        if key is None:
            _made_source(a, si, made)
            continue
        first = next((b for k, bi, b in reversed(seen) if k == key and 0 <= si - bi <= DOCUMENT_REACH), None)
        if first is None:
            if a.via:
                seen.append((key, si, a))
            continue
        if not a.via:
            a.via = list(first.via)
        a.origin = first.origin or first


def _made_source(a: Attribution, si: int, made: list) -> None:
    """A made source that speaks again: "according to satellite imagery analysed by X and reported by Y, … The
    imagery also shows …" — the definite noun is the same source: it stands for X and keeps via [Y] (in place)."""
    head = a.speaker.head
    if head.pos_ != "NOUN" or a.via or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                                 for c in head.children):
        return
    lemma = head.lemma_.lower()
    first = next((b for k, bi, b in reversed(made) if k == lemma and 0 < si - bi <= DOCUMENT_REACH), None)
    if first is None:
        return
    a.speaker = Source(text=a.speaker.text, mention=first.speaker.mention, head=head, start=a.speaker.start,
                       end=a.speaker.end)
    a.via = list(first.via)
    a.origin = first.origin or first


def _authored_document(doc, a: Attribution, si: int, seen: list, statement_nouns, prev) -> None:
    """A named author's document that speaks again: "The ministry's report, seen by Y, says … The report
    also says …" (or "It also says …" in the next sentence) keeps ``via`` [Y] (in place; ``seen`` is the
    list of first statements ``document_chains`` keeps, ``prev`` the attribution just before ``a``)."""
    head = a.speaker.head
    lemma = head.lemma_.lower()
    if lemma in statement_nouns:
        if a.via:
            seen.append((lemma, si, a))
            return
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children)
        first = next((b for k, bi, b in reversed(seen) if k == lemma and 0 < si - bi <= DOCUMENT_REACH), None)
        if not definite or first is None:
            # a first statement with no chain still carries its hedges on ("a report by X, which the paper
            # could not verify, says … The report also says …")
            seen.append((lemma, si, a))
            return
    elif head.lower_ == "it" and not a.via:
        # the pronoun continues the statement of the sentence just before
        # (its mention is an alias of the document's author, so the statement itself must be the one before)
        first = next((b for k, bi, b in reversed(seen) if si - bi == 1), None)
        if first is None or prev is not first:
            return
    else:
        return
    if head.lower_ != "it" and first.speaker.mention != a.speaker.mention:
        return
    a.via = list(first.via)
    a.origin = first.origin or first


def _told_document(doc, a: Attribution, statement_nouns) -> Attribution | None:
    """A document whose content a named source reports ("According to the Post, the memo, drafted by …,
    counts …"): the document's own statement, with the source as its chain (None if the content's subject
    is no statement noun)."""
    if a.kind != "according" or a.speaker is None or a.speaker.mention is None:
        return None
    span = doc.char_span(a.content_start, a.content_end, alignment_mode="expand")
    if span is None:
        return None
    subj = next((t for t in span if t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in statement_nouns
                 and t.head.dep_ == "ROOT"), None)
    if subj is None and a.speaker.head is not None:
        # the parser often hangs the document on the source as an apposition ("the Post, the memo, … counts")
        subj = next((t for t in a.speaker.head.children if t.dep_ == "appos" and t.i > a.speaker.head.i
                     and t.lemma_.lower() in statement_nouns), None)
    if subj is None:
        return None
    src = Source(text=doc[subj.left_edge.i:subj.i + 1].text, head=subj, start=subj.left_edge.idx,
                 end=subj.idx + len(subj.text))
    return Attribution(cue=a.cue, cue_tokens=[], content_start=a.content_start, content_end=a.content_end,
                       speaker=src, via=[a.speaker], kind="according", cue_char=a.cue_char)


def _document_key(speaker, statement_nouns) -> str | None:
    """The statement noun a speaker phrase is headed by ("the memo" -> "memo"), else None."""
    words = speaker.text.lower().replace(",", " ").split()
    heads = [w for w in words if w in statement_nouns]
    return heads[0] if heads and len(words) <= DOCUMENT_WORDS else None


def _fragment(sent) -> bool:
    """A verbless sentence opening with a preposition and holding a gerund ("Then of moving eight jets …")."""
    root = sent.root
    finite = root.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in root.children)
    if finite or not any(t.pos_ == "ADP" for t in sent[:3]):
        return False                    # the cheap tests first: most sentences are finite
    return not (sum(1 for t in sent if t.is_alpha) < 3 or not any(t.tag_ == "VBG" for t in sent) or
                sent.text.isupper())


def _goes_on(sent, before, prev: Attribution, found: list, text: str) -> bool:
    """Does a sentence with a figure go on with the figures the previous sentence reported?"""
    if not found or prev.stance != CONTINUED_STANCE or prev.speech_type in NOT_CONTINUED_TYPES:
        return False
    if sent.text.isupper() or sent.text.lstrip()[:1] in "\"\u201c\u2018'":
        return False
    gap = text[_strip(text, before.start_char, before.end_char)[1]:sent.start_char]   # a sentence may end in "\n"
    bare = _bare_number_subject(sent)
    if "\n" in gap and not (bare and gap.count("\n") <= 2):
        return False                    # a new paragraph is the outlet's again, unless the number hangs on
    return bare or _opener(sent)


def _document_goes_on(sent, before, prev: Attribution, text: str, statement_nouns) -> bool:
    """Does a sentence with no cue go on reporting a document that speaks only through another source
    ("According to the Post, the memo … The memo records … Two of the attacks took place near X.")? Only in
    the same paragraph, for a document with a chain (``via``), and not a quotation."""
    if prev.speaker is None or prev.speaker.mention is not None or not prev.via or prev.stance != CONTINUED_STANCE:
        return False
    if _document_key(prev.speaker, statement_nouns) is None or sent.text.lstrip()[:1] in "\"\u201c\u2018'":
        return False
    gap = text[_strip(text, before.start_char, before.end_char)[1]:sent.start_char]
    return "\n" not in gap


def _opener(sent) -> bool:
    words = tuple(t.lower_ for t in sent if not t.is_punct)[:4]
    return any(words[:len(o)] == o for o in _openers())


def _bare_number_subject(sent) -> bool:
    """The subject of the sentence is a number with no noun ("Eleven were officers", "Another 30 were
    wounded", "Nine of them were children"): it counts what the sentence before counted."""
    root = sent.root
    for c in root.children:
        if c.dep_ in ("nsubj", "nsubjpass") and (c.pos_ == "NUM" or c.like_num):
            return True
        if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("another", "others") and \
                any(x.like_num for x in c.subtree):
            return True
    return False


def _token_at(doc, char: int):
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else doc[0]


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


@lru_cache(maxsize=1)
def _openers() -> tuple[tuple[str, ...], ...]:
    """Additive and partitive sentence openers (data/attribution.yaml ``continuation_openers``)."""
    return tuple(tuple(w.lower().split()) for w in data.load("attribution.yaml").get("continuation_openers", []))
