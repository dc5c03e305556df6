"""More hints of whose capital a city is (``capitalhints``): a city named by a state's ruling organ, the dateline
under a masthead that names a state, and a city that hosts a state's embassy.

- ``acts`` (no state): "the Tesselburg regime", "the Tesselburg authorities have inflated the figures", "the
  regime in Tesselburg", "the government of Tesselburg" — a city named by its state's ruling organ acts as a
  state, whose it does not say; ``resolve.capitals`` only adds it to one state's weak hint from another article.
  Never with a word between ("the Tesselburg city council", "the Tesselburg municipal government").
- ``masthead`` (weight 1): "THE NORVANIAN HERALD" over "Tesselburg, Thursday 3 May 2026" — an outlet named after a
  state by its demonym is that state's own paper, and the city its article is filed from is (weakly) the
  state's: joined only with another article's evidence. Read from the raw opening (the cleaner moves the
  dateline into metadata).

- ``embassy`` (no weight): "the Norvanian embassy in Tesselburg", "the embassy of Norvania in Tesselburg", "the
  Norvanian ambassador in Tesselburg" — an embassy sits in another state's capital; the corpus gives the city the
  one other state its article names that has no capital yet (``resolve.capitals``).
- ``seat`` (weight 2, ``official_seats``): "Defence Minister A B told reporters in Tesselburg", A B an official
  the article gave a learned state.
- ``placed`` (weight 1): "TESSELBURG, Norvania, 3 May (Agency) -" — a wire dateline placing the city in a state.

Words in ``state_names.yaml`` (``capital_hint_organ_nouns``, ``capital_hint_masthead_endings``,
``capital_hint_embassy_nouns``).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from spacy.tokens import Doc

from .. import data
from .kb import fold
from .tokens import tokens

# "Tesselburg, Thursday 3 May 2026", "TESSELBURG, May 3 -": a city and a comma opening the line under a masthead,
# with a date on the line
CITY_LINE = re.compile(r"([A-Z][A-Za-z'\u2019\-]{3,}),\s(?=.*(?:\d|day\b))")
# a masthead is a short line: the outlet's name, perhaps after "The"
MASTHEAD_WORDS = 5



@lru_cache(maxsize=1)
def _organs() -> frozenset[str]:
    return frozenset(data.load("state_names.yaml").get("capital_hint_organ_nouns", []))


@lru_cache(maxsize=1)
def _endings() -> tuple[str, ...]:
    return tuple(data.load("state_names.yaml").get("capital_hint_masthead_endings", []))


def organ_acts(doc: Doc, city_of, state_of) -> Iterator[str]:
    """Cities named by a state's ruling organ: "the <City> regime", "the regime in <City>", "the government of
    <City>" (``acts``: whose state is not said).

    doc (Doc): the parsed document. city_of (callable): a token's text -> the city it may be, or None (a known
    place, a state, a demonym, a word of a person's name). state_of (callable): a word -> the learned state it
    names, or None (before the organ a demonym is likelier than a city: "the Norvanian regime"; after "of" a
    city ending like a demonym is no demonym: "the government of Tesselvari").
    YIELDS (str): the cities.
    """
    for _, _, _, city in organ_spans(doc, city_of, state_of):
        yield city


def organ_spans(doc: Doc, city_of, state_of) -> Iterator[tuple[int, int, int, str]]:
    """The phrases ``organ_acts`` reads: (first token after "the", end token, the organ word's token, city)."""
    organs = _organs()
    table = tokens(doc)
    text = table.text
    for i, word in enumerate(table.lower):
        # the word as written: "authorities" is a state's, "authority" a port's or a town's
        if word not in organs or not text[i].islower():
            continue
        # "the <City> regime": the word right before, after "the"
        if i >= 2 and text[i - 2].lower() == "the" and _name(text[i - 1]) and state_of(text[i - 1]) is None:
            city = city_of(text[i - 1])
            if city is not None:
                yield i - 1, i + 1, i, city
        # "the regime in <City>", "the government of <City>" (one word, not the first of a longer name)
        if i + 2 < len(text) and text[i + 1] in ("in", "of") and _name(text[i + 2]) and \
                (i + 3 == len(text) or not _name(text[i + 3])) and i >= 1 and text[i - 1].lower() == "the":
            city = city_of(text[i + 2])
            if city is not None:
                yield i, i + 3, i, city


def city_governments(doc: Doc, city_of, state_of, doc_id: str) -> list:
    """ "the Tesselburg regime", "the regime in Tesselburg", "the government in Tesselburg", "the Tesselburg
    authorities", "the government of Tesselburg" (never "the Tesselburg government", which names a state as often):
    a government named by a city nobody in the article calls a capital, a mention keyed
    "government (<City>)" for the corpus to give the state it learns the city to be the capital of
    (``resolve.capitals.rekey_governments``); the city's own mention inside stays.

    doc (Doc): the parsed document. city_of, state_of (callable): as in ``organ_acts``. doc_id (str): the
    document's id.
    RETURNS (list[Mention]): new government mentions (ids left empty).
    """
    from ..model import Mention
    words = frozenset(data.load("state_names.yaml").get("capital_government_organs", []))
    out = []
    lower = tokens(doc).lower
    for start, end, organ, city in organ_spans(doc, city_of, state_of):
        # "the <X> government" names a state as often as a seat ("the Brannoch government"); "the regime in X",
        # "the government of X" (the corpus tells which: a learned capital's state, else X's own government), "the
        # X regime" and "the X authorities" a government
        if lower[organ] not in words or start != organ and lower[organ] == "government":
            continue
        span = doc[start:end]
        name = span.text.title() if span.text.isupper() else span.text
        out.append(Mention(id="", doc=doc_id, start=span.start_char, end=span.end_char, text=span.text, name=name,
                           kind="government", label="ORG", local_key=f"government ({city})", affiliation=city,
                           sentence=sum(1 for s in doc.sents if s.start <= start) - 1))
    return out


def embassies(doc: Doc, city_of, state_of) -> Iterator[tuple[str, object]]:
    """Cities that host a state's embassy: "the <Demonym> embassy in <City>", "<State>'s embassy in <City>", "the
    embassy of <State> in <City>" (``embassy``: the city is some other state's capital).

    doc (Doc): the parsed document. city_of, state_of (callable): as in ``organ_acts``.
    YIELDS (tuple): (city, the state whose embassy it hosts).
    """
    nouns = frozenset(data.load("state_names.yaml").get("capital_hint_embassy_nouns", []))
    table = tokens(doc)
    text, lower = table.text, table.lower
    for i, word in enumerate(lower):
        if word not in nouns:
            continue
        owner, j = None, i + 1
        k = i - 2 if i >= 2 and text[i - 1] in ("'s", "\u2019s") else i - 1
        if k >= 0 and text[k][:1].isupper():
            owner = state_of(text[k])       # "the Norvanian embassy", "Norvania's embassy"
        elif j + 1 < len(text) and text[j] == "of" and text[j + 1][:1].isupper():
            owner, j = state_of(text[j + 1]), j + 2       # "the embassy of Norvania in ..."
        if owner is None or j + 1 >= len(text) or text[j] != "in" or not _name(text[j + 1]) or \
                (j + 2 < len(text) and _name(text[j + 2])):
            continue
        city = city_of(text[j + 1])
        if city is not None:
            yield city, owner


def _name(word: str) -> bool:
    """A one-word proper name, in title case or in capitals."""
    return len(word) >= 4 and word[:1].isupper() and word.isalpha() and (word[1:].islower() or word.isupper())


def masthead(head: str | None, state_of, city_of) -> Iterator[tuple[str, object]]:
    """The city under a masthead naming a state by its demonym ("THE NORVANIAN HERALD" over "Tesselburg, Thursday
    3 May 2026").

    head (str | None): the raw opening of the article. state_of (callable): a word -> the learned state it names
    (demonym or name), or None. city_of (callable): as in ``organ_acts``.
    YIELDS (tuple): (city, state ref), at most once.
    """
    if not head:
        return
    lines = [ln.strip() for ln in head.split("\n") if ln.strip()][:3]
    for first, second in zip(lines, lines[1:]):
        words = first.split()
        if not 1 < len(words) <= MASTHEAD_WORDS or not (first.isupper() or words[0] == "The"):
            continue
        m = CITY_LINE.match(second)
        if m is None:
            continue
        # a demonym in a strong shape only ("Beacon" is no demonym of "Beaco")
        states = {r for w in words if fold(w).endswith(_endings())
                  and (r := state_of(w.title() if w.isupper() else w)) is not None}
        city = city_of(m.group(1))
        if len(states) == 1 and city is not None:
            yield city, next(iter(states))
        return


# after an official's name: an apposition, then where they spoke ("Defence Minister A B told reporters in X")
OFFICIAL_IN = re.compile(r"(?:,[^,.;\n]{1,60},)?,?\s(?:(?:told|briefed)\s(?:reporters|journalists|a\s(?:news|press)\s"
                         r"conference)|speaking(?:\sto\s(?:reporters|journalists))?|said|announced|declared|stated)"
                         r"\sin\s([A-Z][a-z'\u2019\-]{3,}|[A-Z]{4,})\b(?!\s[A-Z]|['\u2019]|,\s[A-Z])")


def official_seats(text: str, mentions: list, city_of, state_of, away) -> Iterator[tuple[str, object]]:
    """ "Defence Minister A B told reporters in Tesselburg" where the article has shown A B to be a learned state's
    official (a title with the state, an apposition, the state's ministry of that portfolio): a ``seat`` like
    "Norvanian Prime Minister A B, speaking in Tesselburg", never in a sentence about talks or a visit.

    text (str): the document's text. mentions (list[Mention]): its mentions so far. city_of, state_of (callable):
    as in ``organ_acts``. away (callable): a character offset -> is its sentence about officials away from home?
    YIELDS (tuple): (city, the official's state).
    """
    if " in " not in text:
        return
    for m in mentions:
        if m.kind != "person" or m.pronoun or not m.affiliation or m.affiliation_kb:
            continue    # a known country's official: its capital is known
        found = OFFICIAL_IN.match(text, m.end)
        if found is None or away(m.start):
            continue
        state, city = state_of(m.affiliation), city_of(found.group(1))
        if state is not None and city is not None:
            yield city, state


def placed(text: str, city_of, state_of) -> Iterator[tuple[str, object]]:
    """The dateline city of a wire placed in a learned state ("VELMOR, Norvania, 3 May (Agency) -"): a city of
    that state (``placed``). Weak alone (wires place any town so), it counts with the city acting as a state in
    another article.

    text (str): the document's text. city_of, state_of (callable): as in ``organ_acts``.
    YIELDS (tuple): (city, state ref), at most once.
    """
    from .states import DATELINE
    m = DATELINE.search(text[:400])
    if m is None or " " in m.group(1):
        return
    after = re.match(r",\s*([A-Z][\w'\u2019\-]+),\s", text[m.end(1):m.end(1) + 60])
    if after is None:
        return
    state, city = state_of(after.group(1)), city_of(m.group(1))
    if state is not None and city is not None and state_of(m.group(1).title()) is None:
        yield city, state
