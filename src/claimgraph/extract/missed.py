"""Mentions spaCy's small model missed, found from what the article says around them.

- ``names_next_to_titles``: two or three capitalised proper nouns that a title makes a person's name
  ("Foreign Minister Ilse Varnek", "the envoy for Norvania, Marisol Quenneville,");
- ``repeated_names``: a name the model found once and missed later ('..." Dolgan said', "in Tesselburg"), and
  "the Ministry" after "the Ministry of Defence" (the last body named with that head word).
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from .. import data
from ..model import Mention
from .kb import get_kb
from .locations import is_locative
from .names import ends_like_a_state, is_given_name, split_person
from .roles import apposition_after, apposition_before, is_title_token, title_before
from .spans import Piece
from .tokens import tokens


@lru_cache(maxsize=1)
def name_words() -> set[str]:
    return set(data.load("institutions.yaml").get("name_words", []))


@lru_cache(maxsize=1)
def short_heads() -> set[str]:
    return set(data.load("institutions.yaml").get("short_heads", []))


def names_next_to_titles(doc: Doc, labels: tuple[str, ...]) -> list[Piece]:
    """Names the model missed that a title makes a person's: "Foreign Minister Ilse Varnek", "the envoy for X,
    Marisol Quenneville,", "Ilse Varnek, the foreign minister," (two or three capitalised proper nouns)."""
    out = []
    table = tokens(doc)
    tags, text, ents = table.tag, table.text, table.ent_type
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and j - i < 4 and tags[j] == "NNP" and text[j].istitle() and text[j].isalpha() and \
                ents[j] not in labels:
            j += 1
        if 2 <= j - i <= 3 and (i == 0 or tags[i - 1] != "NNP") and (j == len(doc) or tags[j] != "NNP") and \
                not any(t.lower_ in name_words() for t in doc[i:j]) and get_kb().lookup(doc[i:j].text) is None:
            info, first = title_before(doc, i)
            titled = first < i and info.role and is_title_token(doc[i - 1]) and doc[i - 1].tag_ != "NNS"
            if titled or apposition_after(doc, j).role or apposition_before(doc, i).role:
                span = doc[i:j]
                out.append(Piece(i, j, span.start_char, span.end_char, "PERSON", None, span.text, span.text))
        i = max(j, i + 1)
    return out


def repeated_names(doc: Doc, mentions: list[Mention], sentence_of: dict[int, int],
                   labels: tuple[str, ...]) -> list[Mention]:
    """Names the model found once and missed elsewhere ('..." Dolgan said', 'in Tesselburg'): more mentions.

    A proper noun that is exactly a one-word name, or the surname of a full name, of an actor already found
    in the document, and that no actor-like entity covers (the model calls some surnames a PRODUCT), is a
    mention of that actor.
    """
    protos: dict[str, Mention] = {}
    actor_uses: dict[str, Mention] = {}   # a city also used as an actor (its state) somewhere in the article
    for m in sorted(mentions, key=lambda m: m.start):
        if m.pronoun or not m.name[:1].isupper():
            continue
        words = m.name.split()
        if len(words) == 1:
            protos.setdefault(m.name, m)
            if m.kind != "place":
                actor_uses.setdefault(m.name, m)
        elif m.kind == "person":
            protos.setdefault(split_person(m.name).surname, m)
    taken = [(m.start, m.end) for m in mentions]
    bodies = sorted((m for m in mentions if m.kind in ("organization", "government", "armed_group") and
                     len(m.name.split()) > 1 and not m.pronoun), key=lambda m: m.start)
    heads = short_heads()
    out = []
    table = tokens(doc)
    # only tokens that may be a name already found or a body's head word are read as spaCy Tokens
    for i in [i for i, (text, low) in enumerate(zip(table.text, table.lower)) if text in protos or low in heads]:
        token = doc[i]
        proto = protos.get(token.text)
        if proto is None and token.lower_ in heads and token.is_title and doc[token.i - 1].lower_ == "the":
            # "according to the Ministry": the last body named with that head word
            named = [m for m in bodies if m.end <= token.idx and token.lower_ in m.name.lower().split()]
            proto = named[-1] if named else None
        # the tagger may read a name opening a headline as a noun or a verb ("Velmora rejects claims")
        proper = token.pos_ == "PROPN" or proto is not None and token.is_title and len(token) >= 4 and \
            not token.is_stop and proto.name == token.text and (token.i == 0 or token.is_sent_start)
        if proto is None or token.ent_type_ in labels or not proper and token.lower_ not in heads or \
                any(a < token.idx + len(token) and token.idx < b for a, b in taken):
            continue
        if proto.kind == "place" and token.text in actor_uses and not is_locative(doc[token.i:token.i + 1]):
            proto = actor_uses[token.text]  # "Velmora rejects claims": the city as an actor, as elsewhere
        out.append(Mention(id="", doc=proto.doc, start=token.idx, end=token.idx + len(token), text=token.text,
                           name=token.text, kind=proto.kind, label=proto.label, kb_id=proto.kb_id,
                           local_key=proto.local_key or proto.name, affiliation=proto.affiliation,
                           affiliation_kb=proto.affiliation_kb, sentence=sentence_of.get(token.i, 0)))
    return out


def possessed_institutions(doc: Doc, mentions: list[Mention], sentence_of: dict[int, int]) -> list[Mention]:
    """A state's institution written in lower case after its possessive ("Norvania's foreign ministry", "Peru's
    defence ministry"), which the model leaves untagged: a mention of that state's institution.

    RETURNS (list[Mention]): new mentions (ids left empty), each owned by the state before it.
    """
    kb = get_kb()
    out = []
    taken = [(m.start, m.end) for m in mentions]
    # a state the article does not show to be one may be read as a place ("Morland's navy"): its shape tells
    by_end = {m.end: m for m in mentions if not m.pronoun and (m.kind == "country" or m.kind in ("place", "other")
                                                               and not m.kb_id and ends_like_a_state(m.name))}
    # only a possessive "'s" can start one: found on the token table, not by building every token
    for token in [doc[i] for i, w in enumerate(tokens(doc).text) if w in ("'s", "\u2019s")]:
        if token.text not in ("'s", "\u2019s") or token.idx not in by_end:
            continue
        state = by_end[token.idx]
        k = token.i + 1
        for n in (3, 2, 1):
            words = doc[k:k + n]
            if len(words) < n or not all(t.is_lower and t.is_alpha for t in words):
                continue
            entry = kb.lookup(words.text, generic=True)
            if entry is None or not entry.generic or \
                    any(a < words.end_char and words.start_char < b for a, b in taken):
                continue
            out.append(Mention(id="", doc=state.doc, start=words.start_char, end=words.end_char, text=words.text,
                               name=words.text, kind=entry.kind, label="ORG", kb_id=entry.id,
                               local_key=f"{words.text} ({state.local_key or state.name})",
                               affiliation=state.local_key or state.name, affiliation_kb=state.kb_id,
                               sentence=sentence_of.get(k, 0)))
            break
    return out


@lru_cache(maxsize=1)
def media_heads() -> frozenset[str]:
    return frozenset(data.load("institutions.yaml").get("media_heads", []))


def _misread_as_time(token) -> bool:
    """A proper noun the model tagged as a date or time though it is no calendar word ("Zarek wants a deal"
    read as a DATE): a name to read like an untagged one."""
    return token.ent_type_ in ("DATE", "TIME") and token.pos_ == "PROPN" and \
        token.lower_ not in _calendar_words() and token.ent_iob_ == "B" and \
        (token.i + 1 == len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I")


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    import calendar
    words = [*calendar.month_name[1:], *calendar.month_abbr[1:], *calendar.day_name, *calendar.day_abbr]
    return frozenset(w.lower() for w in words)


# verbs whose subject is a state of being, not a doer ("Velmora was calm", "Velmora lies on the river")
STATIVE = frozenset({"be", "lie", "remain", "stay", "sit", "become", "seem", "look"})


def _person_words(pieces: list[Piece]) -> set[str]:
    """The words of the full names of people found so far ("Garcia" of "Ana Garcia" is her surname, not a state)."""
    return {w for p in pieces if p.label == "PERSON" and " " in p.name for w in p.name.split()}


def _target(token) -> bool:
    """Is a token the object of an act: of a verb, of a preposition on a verb, or a conjunct of either or of a
    doer ("Zarvenia and Ostravia blockaded")?"""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    head = token.head
    if token.dep_ in ("dobj", "nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        return True
    return token.dep_ == "pobj" and head.dep_ in ("prep", "agent") and head.head.pos_ in ("VERB", "AUX")


def untagged_names(doc: Doc, pieces: list[Piece], facts) -> list[Piece]:
    """One-word proper nouns the model left untagged that the article shows to be names: a city it taught
    as a capital ("Velmir" after "Velmir, the capital of Norvania"), a name that does something ("Velmir
    said ...", "Korvale denied it"), a dateline ("Velmir, 3 May (Agency) -"). Their kind is read later from their use (and, across the corpus, from
    what other articles say of the name).

    doc (Doc): the parsed document.
    pieces (list[Piece]): the candidates found so far (never overlapped).
    facts (StateFacts): what the document taught about states.
    RETURNS (list[Piece]): new candidates, labelled GPE (a doer nobody knows is read as a city used as an actor
        by ``mentions._typed``, that is of unknown kind for the corpus to read).
    """
    from .names import lexicon
    from .uses import dateline
    kb = get_kb()
    titles = lexicon().title_words
    taken = {i for p in pieces for i in range(p.start, p.end)}
    out = []
    text = tokens(doc).text
    # an alphabetic title-case or upper-case word of 3+ letters starts with no lower-case letter: test that first,
    # on the table
    for token in [doc[i] for i, w in enumerate(text) if i not in taken and len(w) >= 3 and not w[0].islower()]:
        if token.i in taken or not token.is_alpha or not (token.is_title or token.is_upper) or len(token) < 3:
            continue
        if token.text in media_heads() and token.i > 0 and doc[token.i - 1].lower_ == "the" and \
                (token.i + 1 == len(doc) or not doc[token.i + 1].is_title) and \
                token.ent_type_ in ("", "PRODUCT", "WORK_OF_ART", "ORG", "PERSON", "GPE", "NORP"):
            # "according to the Chronicle", "told the Observer": an outlet called by its head word (joined to its
            # full name later)
            out.append(Piece(token.i, token.i + 1, token.idx, token.idx + len(token), "ORG", "shape:media",
                             token.text, token.text))
            continue
        if token.ent_type_ and not _misread_as_time(token):
            continue
        if token.is_stop or token.lower_ in titles:
            continue
        # the tagger may read a dateline's city as an adjective ("Velmir, 3 May")
        at_dateline = dateline(doc[token.i:token.i + 1])
        if token.pos_ != "PROPN" and not at_dateline:
            continue
        if kb.lookup(token.text) is not None or kb.demonym_country(token.text) or facts.demonym(token.text):
            continue
        # a city the article taught as a capital, or a state it learned ("Norwania must be held accountable")
        capital = facts.capital(token.text) is not None or facts.state_named(token.text) is not None
        # a single word: a proper noun joined to others is a longer name the model missed, left alone
        alone = not any(t.pos_ == "PROPN" and t.is_title for t in (doc[token.i - 1] if token.i else None,
                                                                   doc[token.i + 1] if token.i + 1 < len(doc)
                                                                   else None) if t is not None)
        doer = token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ == "VERB" and \
            token.head.lemma_ not in STATIVE
        if alone and not (capital or doer or at_dateline) and ends_like_a_state(token.text) and \
                not is_given_name(token.text) and token.text not in _person_words(pieces):
            # a name shaped like a state's ("-ia", "-land") as the object of an act ("urged Drevnia to",
            # "accused Drevnia and Ostravia of", "To Drevnia were delivered"): read later, as a doer's is
            doer = _target(token)
        if alone and (capital or doer or at_dateline):
            out.append(Piece(token.i, token.i + 1, token.idx, token.idx + len(token), "GPE", None, token.text,
                             token.text))
    return out
