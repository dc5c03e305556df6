"""An official statement printed whole: every sentence of its body is the issuing body's.

State news agencies print a ministry's statement as the article ("STATEMENT OF THE MINISTRY OF DEFENCE OF
THE REPUBLIC OF X ON …", then "The Ministry of Defence of the Republic of X informs that …"): the sentences
after the first one name no speaker, yet the ministry says them. When a heading in capitals names a statement
(data ``statement_headings``) and the first attribution after it has a body as speaker whose name the heading
repeats, the body's later uncued sentences are its statements too (kind "continuation"), and a source phrase
with no actor of its own ("According to intelligence data, …") is a source the body cites: the body speaks,
the unnamed source comes first in via (as "X, citing sources, said" does); a named source ("According to the
Border Command, …") keeps speaking, with the body after it in via (as "X, citing Y, said" gives Y via X).

A caption, a tag line or a rights notice after the statement is no part of it (data ``statement_tail_labels``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicons import attribution_words
from .arguments import sentence_index
from .speech import Attribution
from .tokens import tokens

# how many sentences from the top the heading may be
HEADING_REACH = 6
# how much of a heading's letters are capitals
HEADING_CAPS = 0.8
WORD = re.compile(r"[A-Za-z\u00c0-\u024f]{3,}")


def statement_voice(doc, sents, atts: list[Attribution]) -> list[Attribution]:
    """The issuing body's attributions for the uncued sentences of a statement printed whole.

    Also makes the body the speaker of a source phrase with no actor inside the statement ("According to
    intelligence data, …"), with that source first in via.

    doc (Doc): the parse. sents (list[Span]): its sentences. atts (list[Attribution]): the attributions so far.
    RETURNS (list[Attribution]): new attributions of kind "continuation" (one sentence each).
    """
    heading = _heading(sents)
    if heading is None:
        return []
    # (the heading may run over two lines the sentencer cuts: "PRESS RELEASE:" / "MINISTRY OF …")
    words = {w.lower() for sent in sents[:HEADING_REACH] if _capitals(sent.text) for w in WORD.findall(sent.text)}
    first = next((a for a in sorted(atts, key=lambda a: a.content_start)
                  if a.content_start >= heading.end_char and a.kind == "verb" and a.speaker is not None
                  and a.speaker.mention and _named_in(a.speaker.text, words)), None)
    if first is None:
        return []
    text = tokens(doc).doc_text
    start = sentence_index(doc, doc[first.cue_tokens[0]]) if first.cue_tokens else None
    if start is None:
        return []
    for a in atts:
        if a.kind != "according" or a.speaker is None or a.content_start <= first.content_start:
            continue
        if not a.speaker.mention:
            # "According to intelligence data, …": the body cites a source it does not name
            a.via = [a.speaker] + a.via
            a.speaker = first.speaker
        elif a.speaker.mention != first.speaker.mention and all(v.mention != first.speaker.mention for v in a.via):
            # "According to the Border Command, …": a named source, which the body passes on
            a.via = a.via + [first.speaker]
    cue_sents = {sentence_index(doc, doc[i]) for a in atts for i in a.cue_tokens}
    out: list[Attribution] = []
    for si in range(start + 1, len(sents)):
        sent = sents[si]
        if _tail(sent.text):
            break       # "Photo: …", "Tags: …", "(c) …": the statement has ended
        if si in cue_sents or any(a.covers(sent.start_char) for a in atts) or len(sent) < 5 or \
                not any(t.pos_ in ("VERB", "AUX") for t in sent):
            continue
        s, e = sent.start_char, sent.end_char
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        out.append(Attribution(cue=first.cue, cue_tokens=[], content_start=s, content_end=e, speaker=first.speaker,
                               speech_type=None, stance="asserts", via=list(first.via), kind="continuation",
                               cue_char=s))
    return out


def _heading(sents):
    """A heading in capitals near the top that names a statement ("STATEMENT OF THE MINISTRY OF …"), or None."""
    heads = _statement_headings()
    for sent in sents[:HEADING_REACH]:
        if not _capitals(sent.text):
            continue
        low = " " + " ".join(re.sub(r"[^\w]+", " ", sent.text.lower()).split()) + " "
        if any(f" {h} " in low for h in heads):
            return sent
    return None


def _capitals(text: str) -> bool:
    """Is ``text`` written in capitals (a heading), with at least a few letters?"""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) >= HEADING_CAPS * len(letters)


def _named_in(name: str, words: set[str]) -> bool:
    """Does the heading repeat the speaker's name: every word of three letters or more but the article?"""
    own = [w.lower() for w in WORD.findall(name) if w.lower() != "the"]
    return bool(own) and all(w in words for w in own)


def _tail(text: str) -> bool:
    """Is the sentence a caption, a tag line or a notice that follows a printed statement?"""
    low = text.strip().lower()
    return any(low.startswith(label) for label in _statement_tail_labels())


@lru_cache(maxsize=1)
def _statement_headings() -> tuple[str, ...]:
    """Words of a heading that announce a statement printed whole: data/attribution.yaml ``statement_headings``."""
    return attribution_words("statement_headings")


@lru_cache(maxsize=1)
def _statement_tail_labels() -> tuple[str, ...]:
    """Openers of what follows a printed statement: data/attribution.yaml ``statement_tail_labels``."""
    return attribution_words("statement_tail_labels")
