"""Names a machine translation or a short reference bends: a state glued before the person who serves it ("the
deputy of minister of interior of Tarvania Ivo Perak"), and an outlet called by its last word ("the Times") in an
article that names a local outlet with that word ("the Vestra Times"), which is that outlet, not the one the
knowledge base knows by that word.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..model import Mention
from .kb import get_kb
from .names import ends_like_a_state, is_given_name, lexicon
from .states import StateFacts
from .tokens import tokens


def state_before_person(doc: Doc, start: int, end: int, label: str, facts: StateFacts | None = None) -> bool:
    """Is doc[start:end] a state glued before a person's full name ("of Kadrowia Oskar Lindkvist", "the foreign
    minister of Varnholt Marek Salvin", "Norvania Oskar Lindkvist said")? An ORG only after a title's "of" chain,
    when every word after the state is a capitalised proper noun.

    The state is told by its shape ("-ia", "-land") after "of", by the knowledge base or the states the article
    teaches in any position, or, after a title's "of" chain, by the article using the word alone elsewhere (a
    person's first word never stands alone; a state's name does: "Varnholt denied").
    doc (Doc): the parsed document.
    start (int), end (int): the entity's tokens.
    label (str): the entity's label ("PERSON", "ORG" or "GPE"; others never).
    facts (StateFacts): the states the article teaches.
    RETURNS (bool): whether the first token is a state to cut off before the person.
    """
    if end - start < 3 or label not in ("PERSON", "ORG", "GPE", "FAC", "LOC") or is_given_name(doc[start].text) \
            or not doc[start].is_title:
        return False
    label = "GPE" if label in ("FAC", "LOC") else label   # "of Kadrowia Oskar Lindkvist" read as a building
    rest = doc[start + 1:end]
    named = end - start <= 4 and all(t.is_title and t.pos_ == "PROPN" for t in rest)
    after_of = start and doc[start - 1].lower_ == "of"
    if label != "ORG" and named and doc[start].lower_.rstrip(".") not in lexicon().title_words:
        if (is_given_name(rest[0].text) or end - start == 3) and _a_state(doc[start].text, facts):
            # a state the knowledge base or the article knows, glued before a full name, in any position
            return True
        if end - start == 3 and label == "PERSON" and (is_given_name(rest[0].text) and _alone(doc, start) or
                                                       _alone(doc, start, as_place=True)):
            # "Varnholt Marek Salvin said ... Varnholt denied": a word before a given name that also stands
            # alone is no first name (a person's first word never stands alone); with a given name nobody
            # lists, only when the model reads the word alone as a place ("said Helvane would respond")
            return True
    if not after_of:
        return False
    titled = title_chain_before(doc, start - 1)
    if label == "ORG":
        # an "organisation" only after a title's chain ("the shares of Kessaria Milan Holdings" stay a company)
        return titled and named and (ends_like_a_state(doc[start].text) or end - start == 3 and
                                     not _org_words(rest) and _alone(doc, start))
    if ends_like_a_state(doc[start].text) and (label == "PERSON" or named):
        # a given name says a person begins; else only a title's "of" chain ("deputy of minister of")
        return is_given_name(doc[start + 1].text) or end - start == 3 and titled
    # "the defence minister of Varnholt Marek Salvin": the article also writes the state alone
    return titled and named and end - start == 3 and _alone(doc, start)


def unlink_state_words(mentions: list[Mention], places: set[str], facts: StateFacts | None = None) -> None:
    """A bare word linked to a person whose name it opens ("Quelmark" to "Quelmark Ilvaro", a state the model
    glued before a first name) is no mention of him when it is a state: a known country, a state the article
    teaches, a word shaped like a state's name, or one the article tags as a place (``places``). Left of unknown
    kind for the corpus to read (in place); a person's surname and "Anna" of "Anna Korsak" stay his.

    mentions (list[Mention]): the document's mentions, persons linked.
    places (set[str]): words the model tags as a place or nationality somewhere in the article.
    facts (StateFacts): the states the article teaches.
    """
    for m in mentions:
        key = m.local_key or m.name
        words = key.split()
        if m.kind != "person" or m.pronoun or " " in m.name or len(words) < 2 or m.name != words[0] or \
                is_given_name(m.name):
            continue
        if m.name in places or ends_like_a_state(m.name) or _a_state(m.name, facts):
            m.kind, m.label, m.local_key = "other", "GPE", m.name


def given_before(doc: Doc, start: int, end: int, label: str, facts: StateFacts | None = None) -> bool:
    """Is the untagged word before a one-word PERSON or ORG entity the person's given name ("Mirela Vostrova said"
    where the model tagged only "Vostrova", and as an organisation)? Only a capitalised proper noun that starts the
    name and is no title, no known entry, no state or demonym; an ORG only without an organisation's word.

    RETURNS (bool): whether the entity starts one token earlier, as a PERSON.
    """
    if end - start != 1 or label not in ("PERSON", "ORG") or not start or not doc[start].is_title:
        return False
    p = doc[start - 1]
    if not p.is_title or p.pos_ != "PROPN" or p.ent_type_ or not p.is_alpha or len(p) < 3 or \
            start > 1 and doc[start - 2].is_title and doc[start - 2].pos_ == "PROPN" or \
            end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
        return False
    kb = get_kb()
    if p.lower_ in lexicon().title_words or kb.lookup(p.text) is not None or kb.demonym_country(p.text) or \
            ends_like_a_state(p.text) or _a_state(p.text, facts) or (facts and facts.state_of_text(p.text)):
        return False
    # an "organisation" that speaks or acts right after the name, or in apposition ("Mirella Vostrova told")
    return label == "PERSON" or not _org_words(doc[start:end]) and (
        is_given_name(p.text) or end < len(doc) and (doc[end].text == "," or doc[end].pos_ in ("VERB", "AUX")))


def generic_of_next(doc: Doc, start: int, end: int) -> int:
    """The end of an institution entity the model cut before its state ("the Royal Navy" + "of Morland"): past
    "of <Name>" when the entity is a generic institution and one proper noun follows, else ``end``."""
    if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].is_title and doc[end + 1].pos_ == "PROPN" \
            and (end + 2 == len(doc) or not doc[end + 2].is_title):
        entry = get_kb().lookup(doc[start + (doc[start].lower_ == "the"):end].text, generic=True)
        if entry is not None and entry.generic:
            return end + 2
    return end


def _a_state(word: str, facts: StateFacts | None) -> bool:
    """Is a word a country the knowledge base lists or a state the article teaches?"""
    entry = get_kb().lookup(word)
    return bool(entry and entry.id.startswith("country:")) or bool(facts and facts.state_named(word))


def _org_words(span) -> bool:
    """Does a span hold a word of organisations' names ("the chairman of Dorval Mining Group")?"""
    from .coref import _org_name_words
    from .kb import fold
    suffixes = lexicon().org_suffixes
    return any(fold(t.text) in suffixes or t.lower_ in _org_name_words() for t in span)


def _alone(doc: Doc, i: int, as_place: bool = False) -> bool:
    """Does the word at token ``i`` also stand in the article without the next word after it (``as_place``: and
    tagged there as a place or a nationality, not as a person)?"""
    text = tokens(doc).text      # the token table: no Token object per word
    types = tokens(doc).ent_type if as_place else None
    word, nxt = text[i], text[i + 1]
    return any(w == word and j != i and (j + 1 == len(text) or text[j + 1] != nxt) and
               (types is None or types[j] in ("GPE", "LOC", "NORP")) for j, w in enumerate(text))


def served_states(pairs: list[tuple[Mention, Mention]], mentions: list[Mention], text: str) -> None:
    """A state cut off before the person it was glued to: he serves it ("of Kadrowia Oskar Lindkvist"), and the
    word is no person, there or where the article writes it alone (the model's "person" Dorsk of "Dorsk Tomas
    Berling ... Dorsk would defend its borders"): left of unknown kind for the corpus to read. In place.

    pairs (list): (state mention, person mention) for each cut.
    mentions (list[Mention]): the document's mentions.
    text (str): the document's text.
    """
    names = set()
    for state, person in pairs:
        if person.kind == "person" and not person.affiliation and not text[state.end:person.start].strip():
            person.affiliation = state.local_key or state.name
        if state.kind in ("person", "place") and not state.kb_id:
            names.add(state.name)
    for m in mentions:
        if m.kind in ("person", "place") and m.name in names and (m.local_key or m.name) == m.name and \
                not m.pronoun and not m.kb_id:
            m.kind, m.label = "other", "GPE"


def head_before_person(doc: Doc, start: int, end: int, label: str) -> int | None:
    """Is doc[start:end] a body's head word glued before a person's full name by a machine translation ("the
    representative of the Front Oren Madak", "the spokesman of the Council Ivo Perak")? An ORG of three
    capitalised words (the model may hold "the" too) after "<title> of the", its first a body's short head word
    ("Front", "Council"), the two others no organisation words.

    RETURNS (int | None): the head word's token, to cut off before the person; None if it is no such name.
    """
    from .missed import short_heads
    if label != "ORG":
        return None
    if doc[start].lower_ == "the":
        start += 1
    if end - start != 3 or start < 2 or doc[start].lower_ not in short_heads() or not doc[start].is_title or \
            doc[start - 1].lower_ != "the" or doc[start - 2].lower_ != "of" or not title_chain_before(doc, start - 2):
        return None
    rest = doc[start + 1:end]
    if all(t.is_title and t.pos_ == "PROPN" and t.is_alpha for t in rest) and not _org_words(rest):
        return start
    return None


def title_chain_before(doc: Doc, of: int) -> bool:
    """Does the "of" at token ``of`` end a chain of lower-case title words and "of" ("the deputy of minister of
    interior of") that starts with a title word?

    RETURNS (bool): True when a title word stands among the lower-case words right before it.
    """
    words = lexicon().title_words
    i = of
    while i > 0 and of - i < 8 and doc[i - 1].is_lower and doc[i - 1].is_alpha:
        i -= 1
        if doc[i].lower_ in words:
            return True
    return False


def local_outlets(mentions: list[Mention]) -> None:
    """Link a one-word outlet the knowledge base knows ("Times" -> The Times) to the one outlet of the article
    whose name ends with that word ("the Vestra Times"), in place. Two such outlets, or none, leave it alone.

    mentions (list[Mention]): the document's mentions (typed and linked).
    """
    named = [m for m in mentions if m.kind == "media" and not m.pronoun and len(m.name.split()) > 1]
    for m in mentions:
        if m.kind != "media" or not (m.kb_id or "").startswith("media:") or len(m.name.split()) != 1:
            continue
        own = {o.local_key or o.name: o for o in named if o.name.split()[-1].lower() == m.name.lower() and
               o.kb_id != m.kb_id}
        if len(own) == 1:
            o = next(iter(own.values()))
            m.local_key, m.kb_id, m.affiliation, m.affiliation_kb = o.local_key or o.name, o.kb_id, \
                o.affiliation, o.affiliation_kb


def names_before_of(mentions: list[Mention], text: str) -> None:
    """Link an organisation's name to the one longer name of the article that it opens before "of" ("the Border
    Command" after "the Border Command of the Norvanian Armed Forces"), in place: the short name is the body's
    name without its owner. Two such longer names, a knowledge-base entry or an acronym leave it alone.

    mentions (list[Mention]): the document's mentions (typed and linked). text (str): the document's text.
    """
    kinds = ("organization", "government", "armed_group")
    longer = [m for m in mentions if m.kind in kinds and not m.pronoun and " of " in m.name]
    if not longer:
        return
    for m in mentions:
        if m.kind not in kinds or m.pronoun or m.kb_id or len(m.name.split()) < 2 or " of " in m.name or \
                (m.local_key or m.name) != m.name or text.startswith(" of ", m.end):
            continue    # (an "of" after it: a longer name the model split, "the X Command" + "of the Y Navy")
        opened = {o.local_key or o.name: o for o in longer if o.name.startswith(m.name + " of ")}
        if len(opened) == 1:
            o = next(iter(opened.values()))
            m.local_key, m.kind, m.affiliation, m.affiliation_kb = o.local_key or o.name, o.kind, o.affiliation, \
                o.affiliation_kb


MEDIUM = "MEDIUM"   # the label of a bare name used as a news medium ("told Travesk"), read by resolve.organs


def mark_medium_uses(doc: Doc, mentions: list[Mention]) -> None:
    """Label "MEDIUM" a bare one-word name of no known entry used as a news medium ("told Travesk", "Travesk
    reported that", "according to Travesk"), in place: only such a use lets the word join an outlet named after
    it ("the Travesk Courier", ``resolve.organs.merge_outlet_leads``); "Quelmark accused Travesk" never does.

    doc (Doc): the parsed document.
    mentions (list[Mention]): the document's mentions (typed and linked).
    """
    from .. import data
    uses = data.load("media.yaml").get("medium_uses", {})
    objects, subjects = set(uses.get("object_of", [])), set(uses.get("subject_of", []))
    to_after = set(uses.get("to_after", []))
    for m in mentions:
        if m.pronoun or m.kb_id or " " in m.name or m.kind not in ("other", "organization"):
            continue
        span = doc.char_span(m.start, m.end)
        if span is None or len(span) != 1:
            continue
        token, head = span[0], span[0].head
        if token.dep_ == "dobj" and head.lemma_ in objects or token.dep_ == "nsubj" and head.lemma_ in subjects or \
                token.dep_ == "pobj" and head.lower_ == "to" and head.i > 0 and (
                    head.head.lower_ in to_after or doc[head.i - 1].lower_ in to_after):
            m.label = MEDIUM
