"""People's genders and whom "he"/"she" can stand for, read once per article by ``find_mentions``.

- ``person_genders``: the gender an article shows for each person (a courtesy title, a gendered role word, a
  common given name, else the pronouns used of the person);
- ``strong_person`` / ``strong_keys``: the persons a he/she can stand for (named in full or titled);
- ``pronoun_fits``: whether a pronoun can stand for a mention.

Split from ``coref.py`` (round 7), which re-exports these names.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import data
from ..model import Mention
from .names import lexicon, split_person, translit
from .pronoun_guard import state_word

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f",
                  "herself": "f"}
GENDERS_KEY = "claimgraph_genders"
STRONG_KEY = "claimgraph_strong_persons"      # doc.user_data: person keys named in full or titled (strong_keys)
# object and possessive pronouns only: a subject "she said" is what is being resolved, so it shows nothing
PRONOUN_RE = re.compile(r"\b(?:him|his|her)\b", re.IGNORECASE)
# a name right after one of these is a place ("in Port Anselle", "near Sorna"), whatever the parser says
LOCATIVE = re.compile(r"\b(?:in|near|outside|towards?|into)\s+(?:the\s+)?$", re.IGNORECASE)
SUBJECT_RE = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019']?\s+")


@lru_cache(maxsize=1)
def _gender_words() -> dict[str, dict[str, str]]:
    """Courtesy titles, role words and given names with the gender they show (given_names.yaml)."""
    d = data.load("given_names.yaml")
    out: dict[str, dict[str, str]] = {"honorifics": {}, "roles": {}, "given": {}}
    for g, short in (("female", "f"), ("male", "m")):
        out["honorifics"].update({w: short for w in d["honorifics"][g]})
        out["roles"].update({w: short for w in d["roles"][g]})
        out["given"].update({w: short for w in d[g]})
        # longest ending first: "-skaya" before "-ska", "-ova" before "-ov"
        out.setdefault("endings", []).extend((e, short) for e in d.get("surname_endings", {}).get(g, []))
    out["endings"] = sorted(out["endings"], key=lambda e: -len(e[0]))
    # the same names in other transliterations ("Oskar" for "Oscar", "Aleksandra"): a folded key that both
    # genders' names share tells nothing
    folded: dict[str, set[str]] = {}
    for w, g in out["given"].items():
        folded.setdefault(translit(w), set()).add(g)
    out["given_folded"] = {k: next(iter(v)) for k, v in folded.items() if len(v) == 1}
    return out


def person_genders(text: str, mentions: list[Mention]) -> dict[str, str]:
    """The gender ("f"/"m") an article shows for each person it names, by ``local_key``.

    Read from a courtesy title right before a mention ("Ms. X"), a gendered role word before it or in its
    role ("the spokeswoman, X"), or a common given name (given_names.yaml); failing those, from the pronouns
    used of the person where no other person is named (``_pronoun_genders``). Conflicting evidence gives none.
    text (str): the document text; mentions (list[Mention]): its mentions.
    RETURNS (dict[str, str]): local_key -> "f" or "m".
    """
    words = _gender_words()
    votes: dict[str, set[str]] = {}
    strong = _strong_genders(text, mentions, words, votes)
    weak = _pronoun_genders(text, mentions)
    out = {k: next(iter(v)) for k, v in weak.items() if len(v) == 1}
    out.update(strong)
    return out


def _strong_genders(text: str, mentions: list[Mention], words: dict, votes: dict[str, set[str]]) -> dict[str, str]:
    """Genders shown by a courtesy title, a gendered role word or a common given name (one reading only)."""
    for m in mentions:
        if m.kind != "person" or m.pronoun:
            continue
        key = m.local_key or m.name
        found = votes.setdefault(key, set())
        before = re.findall(r"[A-Za-z\u00c0-\u024f]+", text[max(0, m.start - 40):m.start].lower())
        if before and before[-1] in words["honorifics"]:
            found.add(words["honorifics"][before[-1]])
        for w in before[-4:] + (m.role or "").lower().split():
            if w in words["roles"]:
                found.add(words["roles"][w])
        given = split_person(key).given
        if given and given.lower() in words["given"]:
            found.add(words["given"][given.lower()])
        elif given and translit(given) in words["given_folded"]:
            found.add(words["given_folded"][translit(given)])
        elif given:
            # a surname inflected by gender ("Ragna Saskova", "Ivo Petrov"): only when the given name tells nothing
            ending = _surname_gender(key.split()[-1].lower(), words["endings"])
            if ending:
                found.add(ending)
    return {k: next(iter(v)) for k, v in votes.items() if len(v) == 1}


def _surname_gender(surname: str, endings: list[tuple[str, str]]) -> str | None:
    """The gender a surname's ending marks ("saskova" -> "f", "petrov" -> "m"), or None.

    surname (str): lower-cased; endings (list): (ending, "f"/"m"), longest first.
    RETURNS (str | None): "f", "m" or None; at least three letters must come before the ending.
    """
    for ending, g in endings:
        if surname.endswith(ending) and len(surname) - len(ending) >= 3:
            return g
    return None


def _pronoun_genders(text: str, mentions: list[Mention]) -> dict[str, set[str]]:
    """Genders shown by the pronouns used of a person: "Brigadier X has commanded … Our correspondent spoke
    to her" — a him/his/her whose sentence and the sentence before name exactly one person (a full
    name or a titled one) votes for that person. Weaker than a title or role word, which override it.

    RETURNS (dict[str, set[str]]): local_key -> the genders the pronouns showed (two: no reading).
    """
    strong = strong_keys(mentions)
    persons = sorted((m for m in mentions if m.kind == "person" and not m.pronoun and strong_person(m, strong)),
                     key=lambda m: m.start)
    votes: dict[str, set[str]] = {}
    if not persons:
        return votes
    for hit in PRONOUN_RE.finditer(text):
        p = hit.start()
        # the window: back to the start of the sentence before this one, never across a paragraph
        lo = text.rfind("\n", 0, p) + 1
        stops = [x.end() for x in SENTENCE_END.finditer(text, lo, p)]
        if len(stops) >= 2:
            lo = stops[-2]
        end = SENTENCE_END.search(text, p)
        if SUBJECT_RE.search(text, stops[-1] if stops else lo, end.start() if end else len(text)):
            continue        # "She said her government …": "her" is that "she", whoever she is
        keys = {m.local_key or m.name for m in persons if lo <= m.start and m.end <= p}
        if len(keys) == 1:
            votes.setdefault(keys.pop(), set()).add(PRONOUN_GENDER[hit.group(0).lower()])
    return votes


def strong_person(mention: Mention, strong: frozenset[str] | set[str] | None = None) -> bool:
    """Is a person mention one a he/she can stand for: a name of two words or more, a name linked to one
    (``local_key``), or one the article titles somewhere ("General Brandt" … "Brandt himself")? A lone
    capitalised word the parser called a person and the article never names in full is often a place or a
    capital used for its government ("Dravik says …"), which "he"/"she" never stands for.

    strong (set | None): the keys ``strong_keys`` found in the article; None: this mention alone decides.
    """
    key = mention.local_key or mention.name
    return len(key.split()) > 1 or bool(mention.role) or (strong is not None and key in strong)


def strong_keys(mentions: list[Mention], text: str = "") -> frozenset[str]:
    """The person keys of an article that some mention names in full or with a title (``strong_person``),
    less the names the article also uses for a place or a body ("Port Anselle says …" beside "in Port
    Anselle") or puts after a locative preposition ("in", "near", "outside"): the parser's "person"
    is then a place.

    mentions (list[Mention]): the article's mentions. text (str): its text (for the prepositions).
    RETURNS (frozenset[str]): person keys he/she may stand for.
    """
    other = {m.name.lower() for m in mentions if m.kind != "person" and not m.pronoun}
    located = set()
    for m in mentions:
        if m.kind == "person" and not m.pronoun and LOCATIVE.search(text[max(0, m.start - 12):m.start]) and \
                not text[m.end:m.end + 2] in ("'s", "\u2019s"):          # "in Berk's view" is Berk's
            located.add(m.local_key or m.name)
    return frozenset(m.local_key or m.name for m in mentions
                     if m.kind == "person" and not m.pronoun and strong_person(m)
                     and (m.local_key or m.name).lower() not in other and (m.local_key or m.name) not in located)


def is_person_noun(word: str) -> bool:
    """A noun for a person's position or a descriptor of a person ("minister", "leader", "official")."""
    lex = lexicon()
    w = word.lower().strip(".")
    return w in lex.title_words or w in lex.descriptor_heads or w in _gender_words()["roles"]


def pronoun_fits(pronoun: str, mention: Mention, doc=None, at: int | None = None) -> bool:
    """Can a personal pronoun stand for this mention? Not when the article shows another gender.

    pronoun (str): as written ("she"); mention (Mention): the candidate; doc (Doc | None): the parsed
        document, whose ``user_data`` holds the genders ``find_mentions`` read; at (int | None): where the
        pronoun is (a character offset): only a woman named before it makes "she" a known woman.
    RETURNS (bool): False for a person of the other gender, and for anything but a person.
    """
    want = PRONOUN_GENDER.get(pronoun.lower())
    if want is None:
        return True
    if mention.kind != "person" or state_word(mention.name, doc) or state_word(mention.local_key or "", doc):
        return False    # a state the parser tagged a person ("a spokeswoman for the Brannoch army"): never "she"
    strong = doc.user_data.get(STRONG_KEY) if doc is not None else None
    if not strong_person(mention, strong):
        return False
    genders = doc.user_data.get(GENDERS_KEY, {}) if doc is not None else {}
    known = genders.get(mention.local_key or mention.name)
    if known is None and want == "f" and "f" in genders.values() and (at is None or _woman_before(doc, genders, at)):
        # most people named in the news are men: where the article names a woman, "she" is a known woman (one
        # named before the pronoun: a spokeswoman quoted further down is not who "she said" is)
        return False
    return known in (None, want)


def _woman_before(doc, genders: dict[str, str], at: int) -> bool:
    """Is a person the article shows to be a woman named before character ``at`` (her name's last word)?"""
    text = doc.text[:at]
    return any(g == "f" and key.split() and key.split()[-1] in text for key, g in genders.items())
