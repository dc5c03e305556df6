"""Short denials that point back: "The brigade denied it.", "Quelmark rejected the charge.", "…, which the brigade
denied". The denial's object says nothing of its own; what is denied is the claim just made (the accusation), so the
denial's content is that claim's content and the cross-check can set accusation against denial.

``attribution.AttributionFinder`` asks ``denied_antecedent`` for a cue whose stance is "denies".
"""
from __future__ import annotations

from functools import lru_cache

from .. import data
from .arguments import sentence_index

# pronouns that stand for a statement just made ("denied it", "rejected this", "…, which X denied")
BACK_PRONOUNS = frozenset({"it", "this", "that", "these", "those", "them", "which", "so"})
BACK_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "such"})
# how many sentences back the denied claim may be
DENIAL_REACH = 2


@lru_cache(maxsize=1)
def _denied_nouns() -> frozenset[str]:
    """Nouns for a statement a denial points back at (data ``attribution.yaml``: ``denied_nouns``)."""
    return frozenset(data.load("attribution.yaml").get("denied_nouns", []))


@lru_cache(maxsize=1)
def _measure_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """(nouns of a figure or measure, figure nouns that do not deny) (data ``attribution.yaml``)."""
    lex = data.load("attribution.yaml")
    return frozenset(lex.get("measure_nouns", [])), frozenset(lex.get("denial_mute_nouns", []))


def mute_speaker(tok, stance: str) -> bool:
    """Is a cue's subject a figure, which says nothing ("Brannoch death toll disputed": the toll is disputed, it
    disputes nothing)? A figure noun that may name a statement ("the UN figures show") is mute only before a
    denial cue.

    tok (Token): the cue's subject head. stance (str): the cue's stance.
    """
    measures, mute = _measure_nouns()
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and (lemma in measures or (stance == "denies" and (lemma in mute or tok.lower_ in mute)))


def back_object(v):
    """The object of a denial cue when it only points back ("it", "the charge", "which"), else None.

    v (Token): the cue verb. RETURNS (Token | None): the pointing word.
    """
    for c in v.children:
        if c.dep_ not in ("dobj", "nsubjpass"):
            continue
        if c.lower_ in BACK_PRONOUNS:
            return c
        if c.lemma_.lower() in _denied_nouns() and any(d.dep_ == "det" and d.lower_ in BACK_DETERMINERS
                                                        for d in c.children) and \
                not any(d.dep_ in ("acl", "relcl", "ccomp", "prep", "appos") for d in c.children):
            return c        # "the charge", not "the charge that …" / "the claims of X" (content of their own)
    return None


def denied_antecedent(doc, v, found, text: str) -> tuple[int, int] | None:
    """The span a back-pointing denial denies: the clause a "which" hangs on ("…, which X denied"), else the
    content of the last statement made within ``DENIAL_REACH`` sentences by someone else.

    doc (Doc): the parsed article. v (Token): the denial cue. found (list[Attribution]): the statements found so
    far (text order). text (str): the document text.
    RETURNS (tuple[int, int] | None): the characters of the denied content, or None (no back-pointing object).
    """
    obj = back_object(v)
    if obj is None:
        return None
    if v.dep_ == "relcl" or obj.lower_ == "which":
        return _relative_antecedent(v, text)
    si = sentence_index(doc, v)
    subject = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != obj.i), None)
    own = subject.lower_ if subject is not None else None
    for a in reversed(found):
        if a.content_start < 0 or a.cue_char >= v.idx or not a.cue_tokens:
            continue
        if si - sentence_index(doc, doc[a.cue_tokens[0]]) > DENIAL_REACH:
            break
        if a.stance == "denies" or (a.speaker is not None and own and a.speaker.text.lower().endswith(own)):
            continue        # a denial is not denied again, and no one denies their own words
        return a.content_start, a.content_end
    return None


def denied_report(doc, v, text: str) -> tuple[int, int] | None:
    """With no statement to point at, a back-pointing denial ("The brigade denied it.") denies the outlet's own
    report in the sentence before (which stays the outlet's claim: the attribution is ``borrowed``).

    doc (Doc): the parsed article. v (Token): the denial cue. text (str): the document text.
    RETURNS (tuple[int, int] | None): the previous sentence, or None (no back-pointing pronoun, no sentence before).
    """
    obj = back_object(v)
    if obj is None or obj.lower_ not in ("it", "this", "that") or v.dep_ == "relcl":
        return None
    sent = v.sent
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    if not any(t.pos_ in ("VERB", "AUX") for t in prev) or not text[prev.start_char:prev.end_char].rstrip()[-1:] \
            in (".", "!", "\"", "\u201d"):
        return None         # a headline (no closing stop) or a clause-less line is not what "it" stands for
    s, e = _strip(text, prev.start_char, prev.end_char)
    return (s, e) if e - s >= 3 else None


def trim_relative_denials(found) -> None:
    """A statement whose content runs on into "…, which X denied" ends where the denied clause ends: the
    relative clause is X's denial, not part of what was said (attributions changed in place).

    found (list[Attribution]): the document's attributions.
    """
    denials = [a for a in found if a.stance == "denies" and a.content_start >= 0 and a.cue_char >= a.content_end]
    for d in denials:
        for a in found:
            if a is not d and a.content_start <= d.content_start and d.content_end < d.cue_char < a.content_end:
                a.content_end = d.content_end


def _relative_antecedent(v, text: str) -> tuple[int, int] | None:
    """"X had shelled the port, which the brigade denied": the clause the relative clause hangs on, less it."""
    node = v.head
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    if node.pos_ not in ("VERB", "AUX"):
        return None
    start = node.left_edge.idx
    # the clause's subject and auxiliaries come first; the relative clause and what follows it are cut off
    end = v.left_edge.idx
    start, end = _strip(text, start, end)
    return (start, end) if end - start >= 3 else None


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    """The span less spaces and the punctuation at its edges."""
    while s < e and (text[s].isspace() or text[s] in ",;:\u2013\u2014-\"'\u201c\u201d"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:.\u2013\u2014-\"'\u201c\u201d"):
        e -= 1
    return s, e
