"""Hints, in one article, that a city nobody calls a capital is one state's: for the corpus to weigh.

A conflict between states the knowledge base does not know is often written with their capitals as actors
("Tesselburg accused ...", "the Tesselburg regime") while no sentence says "Tesselburg, the capital of
Norvania". One article rarely proves whose capital a city is, so each shape here is only a hint, with a weight
(``WEIGHTS``); ``resolve.capitals`` adds the hints of all articles and joins a city to a state only when that
state clearly leads. The shapes (words in ``state_names.yaml``, ``capital_hint_*``):

- ``seat``: the state's officials or government located in the city ("the Norvanian defence ministry in
  Tesselburg", "Norvanian Prime Minister Ilse Varn, speaking in Tesselburg"), never in a sentence about talks, a visit, an embassy
  or a war move (``capital_hint_away_words``: officials abroad, troops in the enemy's city);
- ``act``: the city (or "the <City> government") and the state (or "the <Demonym> government") do the same act
  to the same object in one article ("Tesselburg blamed the blast on X" ... "the Norvanian government blamed
  the blast on X"), never when the sentence says another did it "also"/"too";
- ``media``: an outlet named after the city ("the Tesselburg Herald") whose text is "translated from
  <Demonym>";
- ``dateline``: the article is filed from the city and the only state whose officials speak in it is one.

A hint is carried to the corpus on the city's mentions in the article (``mark_hints``: role
``capital_hint:<shapes>``, affiliation the state), which ``resolve.capitals`` reads and clears.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from .. import data
from .capitalacts import embassies, masthead, official_seats, organ_acts, placed
from .kb import fold, get_kb, name_key
from .states import DATELINE, NAME, StateFacts, StateRef, _known_elsewhere, demonym_state
from .tokens import tokens

HINT_ROLE = "capital_hint"
# what each shape weighs; the corpus joins a city to a state from 2 on (resolve/capitals.py)
WEIGHTS = {"seat": 2.0, "act": 1.5, "media": 2.0, "dateline": 1.0, "opposed": 1.0, "pair": 0.0, "acts": 0.0,
           "masthead": 1.0, "embassy": 0.0, "placed": 1.0}
# a "pair" hint names no state but the partner city and the article's two states ("<PAIR><partner>|<S1>|<S2>"):
# the corpus gives the city the other state once its partner is joined (resolve/capitals.py)
PAIR = "pair:"
# an "acts" hint names no state: the city acts as one ("Travesk announced", "Travesk was in contact with X"); the
# corpus adds it to one state's weak hint from another article (resolve/capitals.py)
ACTS = "acts:"
REASONS = {
    "seat": "the state's officials or government are located there",
    "act": "the city and the state do the same act to the same object in one article",
    "media": "an outlet named after the city is translated from the state's language",
    "dateline": "an article filed from there quotes only that state's officials",
    "opposed": "in an article about two states, the city stands against the other one",
    "pair": "named in one breath with the other state's capital ('officials in X and Y') in an article about the two",
    "acts": "the city acts as a state in another article (announces, recalls, is in contact with, has a regime)",
    "masthead": "an article of an outlet named after the state is filed from there",
    "embassy": "it hosts another state's embassy, and is the only state of the article left without a capital",
    "placed": "a dateline places it in the state ('<CITY>, <State>, 3 May')",
    "governed": "it has a government of its own ('the <City> regime') and acts as a state in articles whose one state "
                "left without a capital is this one",
}
# an "embassy" hint names the state whose embassy the city hosts and the article's other states
# ("<EMBASSY><owner>|<S1>|<S2>..."): the corpus gives the city the one of them that has no capital
EMBASSY = "embassy:"
# "also", "too": another party did the same act; the two subjects are not one
SAME_ACT_BLOCKERS = {"also", "too", "likewise", "both", "joined", "similarly", "either", "neither"}
CLAUSES = {"ccomp", "conj", "advcl", "parataxis", "relcl", "csubj", "xcomp"}
CITY = r"[A-Z][a-z'\u2019\-]{3,}|[A-Z]{4,}"


@lru_cache(maxsize=1)
def _words() -> dict:
    d = data.load("state_names.yaml")

    def alt(words) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s") for w in sorted(words, key=len, reverse=True))

    return {
        "heads": alt(d["capital_hint_heads"]),
        "not_modifiers": set(d["capital_hint_not_modifiers"]),
        "away": set(d["capital_hint_away_words"]),
        "translated": alt(d["capital_hint_translated"]),
        "organs": set(d["seat_organs"]) | set(d["state_organs"]),
        "oppose": frozenset(d.get("capital_hint_oppose_verbs", [])),
        "claims": frozenset(d.get("capital_hint_claim_nouns", [])),
        "regimes": frozenset(d.get("capital_hint_regime_nouns", [])),
        "pair_heads": alt(d.get("capital_hint_pair_heads", ["officials"])),
        "acts": frozenset(d.get("capital_hint_act_verbs", [])),
    }


def _learned(ref: StateRef | None) -> StateRef | None:
    """Only a state the knowledge base does not know: a known country's capital is known."""
    return ref if ref is not None and ref.code is None else None


def _state_of(word: str, facts: StateFacts) -> StateRef | None:
    """The learned state a word names: its name, or a demonym learned or guessed from its stem."""
    word = re.sub(r"['\u2019]s$", "", word)
    if get_kb().country_of_text(word) or get_kb().demonym_country(word):
        return None
    return _learned(facts.state_named(word) or facts.demonym(word) or demonym_state(facts, word))


def _city(word: str, facts: StateFacts, people: set[str]) -> str | None:
    """A one-word name that may be an unknown state's capital, as written in title case; None if it is a known
    place or entity, a learned state or demonym, or a word of a person's name."""
    from .missed import name_words
    city = word.title() if word.isupper() else word
    if fold(city) in name_words():
        return None  # "The Ministry warns ...": an institution's head word, never a city
    if len(city) < 4 or city in people or facts.state_of_text(city) is not None or \
            get_kb().demonym_country(city) or _known_elsewhere(city) or facts.capital(city) is not None:
        return None
    if demonym_state(StateFacts(), city) is not None and fold(city).endswith(("ian", "ese", "ish")):
        return None  # a demonym of a state this article does not name
    return city


def capital_hints(doc: Doc, facts: StateFacts, mentions: list | None = None) -> dict[str, dict[str, set[str]]]:
    """The hints one article gives of unknown cities' states.

    doc (Doc): the parsed document. facts (StateFacts): what the article taught about states.
    mentions (list[Mention] | None): the article's mentions so far (officials with their state, for ``seat``).
    RETURNS (dict): name_key(city) -> state name -> the shapes that hint it (``WEIGHTS``' keys).
    """
    text = tokens(doc).doc_text
    # words of full names (the model often calls a lone city a person: "Kelditz rejected ...")
    people = {t.text for e in tokens(doc).ent_spans if e.label_ == "PERSON" and len(e) > 1 for t in e}
    found: dict[str, dict[str, set[str]]] = {}
    # the article's states before the shapes below guess any from a demonym-like word ("Tesselvari calls ...")
    lowered = text.lower()
    named_states = _article_states(doc, facts, people) if "embass" in lowered or "ambassador" in lowered else {}

    def add(city: str, state: StateRef, shape: str) -> None:
        found.setdefault(name_key(city), {}).setdefault(state.name, set()).add(shape)

    for city, state in _seats(doc, text, facts, people):
        add(city, state, "seat")
    city_of, state_of = (lambda w: _city(w, facts, people)), (lambda w: _state_of(w, facts))
    for city, state in official_seats(text, mentions or [], city_of, state_of, lambda i: _away(doc, i)):
        add(city, state, "seat")
    for city, state in placed(text, city_of, state_of):
        add(city, state, "placed")
    for city, state in _same_acts(doc, facts, people):
        add(city, state, "act")
    for city, state in _media(text, facts, people):
        add(city, state, "media")
    for city, state in _dateline(text, facts, people):
        add(city, state, "dateline")
    for city, state in _opposed(doc, facts, people):
        add(city, state, "opposed")
    for city in _acts(doc, facts, people):
        add(city, StateRef(ACTS, None), "acts")
    for city in organ_acts(doc, lambda w: _city(w, facts, people), lambda w: _state_of(w, facts)):
        add(city, StateRef(ACTS, None), "acts")     # "the <City> regime", "the government of <City>"
    for city, state in masthead(facts.head, lambda w: _state_of(w, facts), lambda w: _city(w, facts, people)):
        add(city, state, "masthead")
    for city, owner in embassies(doc, lambda w: _city(w, facts, people), lambda w: _state_of(w, facts)):
        from .names import translit
        others = [v for k, v in named_states.items() if k != translit(name_key(owner.name))]
        add(city, StateRef(f"{EMBASSY}{'|'.join([owner.name, *sorted(others)])}", None), "embassy")
    for city, partner, states in _pairs(doc, text, facts, people):
        add(city, StateRef(f"{PAIR}{partner}|{'|'.join(states)}", None), "pair")
    return found


def readers(doc: Doc, facts: StateFacts):
    """(city_of, state_of): a word -> the unknown city it may be / the learned state it names (or None), as the
    hints read them (``capitalacts.city_governments``)."""
    people = {t.text for e in tokens(doc).ent_spans if e.label_ == "PERSON" and len(e) > 1 for t in e}
    return (lambda w: _city(w, facts, people)), (lambda w: _state_of(w, facts))


def _acts(doc: Doc, facts: StateFacts, people: set[str]):
    """A city that acts as a state: the subject of a state's act ("Travesk announced that ...", "Travesk recalled
    its ambassador", "Travesk was in contact with Washington"). Says nothing of whose: ``resolve.capitals`` only adds
    it to one state's weak hint from another article."""
    verbs = _words()["acts"]
    table = tokens(doc)
    lemmas, deps, pos = table.lemma_lower, table.dep, table.pos
    for i, lemma in enumerate(lemmas):
        if lemma not in verbs or pos[i] not in ("VERB", "AUX"):
            continue
        head = doc[i]
        for c in head.children:
            if c.dep_ != "nsubj" or c.pos_ != "PROPN" or not c.is_title or c.ent_type_ in ("DATE", "TIME") or \
                    any(x.dep_ == "compound" for x in c.children):
                continue
            if lemma == "be" and not any(p.lower_ == "in" and any(o.lower_ == "contact" for o in p.children)
                                         for p in head.children):
                continue    # "was" only in "was in contact with"
            city = _city(c.text, facts, people)
            if city is not None and _state_of(c.text, facts) is None:
                yield city


def _pairs(doc: Doc, text: str, facts: StateFacts, people: set[str]):
    """ "Officials in <C1> and <C2> traded accusations" in an article about two states: each city is the capital
    of one of them, which one is left to the corpus (the other's once its partner is known)."""
    if " and " not in text:
        return
    shape = re.compile(rf"\b(?i:{_words()['pair_heads']})\s(?:in|of)\s({CITY})\sand\s({CITY})\b(?!\s[A-Z])"
                       rf"|\b({CITY})\sand\s({CITY})\s(?:have\s|had\s)?(?:traded|exchanged)\s(?:accusations|blame|"
                       rf"threats|charges)")
    found = [m for m in shape.finditer(text)]
    if not found:
        return
    states = sorted(set(_article_states(doc, facts, people).values()))
    if len(states) != 2:
        return
    for m in found:
        a, b = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        ca, cb = _city(a, facts, people), _city(b, facts, people)
        if ca and cb and ca != cb:
            yield ca, cb, states
            yield cb, ca, states


def _article_states(doc: Doc, facts: StateFacts, people: set[str]) -> dict[str, str]:
    """The states the knowledge base does not know that an article names: learned ones, and proper nouns shaped
    like a state's name ("-ia", "-land") the model tagged as a place. RETURNS (dict): folded key -> name."""
    from .names import ends_like_a_state, translit
    out = {translit(name_key(r.name)): r.name for r in facts.names.values() if r.code is None}
    table = tokens(doc)
    types = table.ent_type
    # from the token table (a Span per entity costs more than the whole test): one-token GPEs shaped like states
    for i, w in enumerate(table.text):
        if types[i] != "GPE" or len(w) < 5 or not w[:1].isupper() or not ends_like_a_state(w):
            continue
        t = doc[i]
        if t.ent_iob_ == "B" and (i + 1 == len(doc) or doc[i + 1].ent_iob_ != "I") and w not in people and \
                facts.capital(w) is None and not _known_elsewhere(w):
            out.setdefault(translit(name_key(w)), w)
    return out


def _opposed(doc: Doc, facts: StateFacts, people: set[str]):
    """A city standing against one of the two states an article names is the other's: "<City> accused <State>",
    "<State> blamed <City>", "<City>'s case rests on its claim that <State> ...", "<State> said the regime in
    <City> lied". Never a city inside the state's own phrase ("the <Demonym> regime in <City>": a seat), never
    plain speech or a denial (a state's capital speaks of its state: "<City> denied that <State> ...")."""
    w = _words()
    lemmas = tokens(doc).lemma_lower
    triggers = w["oppose"] | w["claims"] | w["regimes"]
    if triggers.isdisjoint(lemmas):
        return      # cheap: most articles hold none of the words (one set test, not a generator per word)
    from .names import translit
    states = _article_states(doc, facts, people)
    if len(states) != 2:
        return

    def state_of(token) -> str | None:
        if not token.text[:1].isupper():
            return None
        key = translit(name_key(re.sub(r"['\u2019]s$", "", token.text)))
        if key in states:
            return key
        ref = _state_of(token.text, facts)
        return translit(name_key(ref.name)) if ref is not None and translit(name_key(ref.name)) in states else None

    for sent in {doc[i].sent.start: doc[i].sent for i, x in enumerate(lemmas) if x in triggers}.values():
        for c in sent:
            if c.pos_ != "PROPN" or not c.is_title or c.ent_type_ in ("DATE", "TIME") or state_of(c) is not None:
                continue
            phrase = _against(c, w)
            if phrase is None:
                continue
            # the state it stands against: the one its clause names ("Kestavia blamed Travesk; Morland warned
            # Dunmarrow" names two in the sentence), else the one the sentence names
            scopes = [_clause(phrase.head), sent] if phrase.dep_ in ("nsubj", "dobj") else [sent]
            for scope in scopes:
                named = {k: t for t in scope if (k := state_of(t)) is not None and
                         not phrase.left_edge.i <= t.i <= phrase.right_edge.i}
                if named:
                    break
            if len(named) != 1 or (city := _city(c.text, facts, people)) is None:
                continue
            key = next(iter(named))
            yield city, StateRef(next(v for k, v in states.items() if k != key), None)


def _clause(verb) -> list:
    """The tokens of a verb's own clause: its subtree less the clauses under it ("Kestavia blamed X; Morland
    warned Y": the parser hangs the first clause under "warned")."""
    inner = {t.i for c in verb.children if c.dep_ in CLAUSES for t in c.subtree}
    return [t for t in verb.subtree if t.i not in inner]


def _against(c, w: dict):
    """The phrase by which a city token stands against someone (its subject or object of a verb of opposition, "the
    regime in <City>", "<City>'s claim"), or None."""
    phrase = c
    if c.dep_ == "pobj" and c.head.lower_ == "in" and c.head.head.lemma_.lower() in w["regimes"]:
        return c.head.head            # "the regime in <City>"
    if c.dep_ == "poss":
        if c.head.lemma_.lower() in w["claims"]:
            return c.head             # "<City>'s case", "<City>'s accusations"
        phrase = c.head
    head = phrase.head
    if phrase.dep_ in ("nsubj", "dobj") and head.lemma_.lower() in w["oppose"]:
        return phrase                 # "<City> accused ...", "... blamed <City>"
    if phrase.dep_ == "pobj" and head.head.lemma_.lower() in w["oppose"]:
        return phrase                 # "blamed the attack on <City>"
    return None


def _away(doc: Doc, start: int) -> bool:
    """Is the sentence holding a character offset about officials away from home (talks, a visit, a war move)?"""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return True
    away = _words()["away"]
    return any(t.lower_ in away for t in span[0].sent)


def _seats(doc: Doc, text: str, facts: StateFacts, people: set[str]):
    """ "the Norvanian defence ministry in Tesselburg", "Norvania's prime minister, in Tesselburg,"."""
    w = _words()
    # the head may be a title before its holder's name ("Norvanian Prime Minister Ilse Varn, speaking in X")
    shape = re.compile(rf"\b({NAME.split('(?:')[0]})(?:['\u2019]s)?\s((?:[A-Za-z]+\s){{0,2}}?)(?i:{w['heads']})"
                       rf"(?:\s[A-Z][\w\-]+){{0,3}}(?:,?\s(?:based|sitting|seated|headquartered|speaking|said|says|told\s"
                       rf"(?:reporters|journalists)|announced))?,?\s"
                       rf"in\s({CITY})\b(?!\s[A-Z]|['\u2019])")
    pos = 0
    while (m := shape.search(text, pos)) is not None:
        pos = m.start() + 1  # overlapping: "The Norvanian Defence Ministry in X" is tried from "Norvanian" too
        if set(m.group(2).lower().split()) & w["not_modifiers"] or _away(doc, m.start()):
            continue
        state = _state_of(m.group(1), facts)
        city = _city(m.group(3), facts, people)
        after = re.match(rf",\s({NAME})(?=[,.;])|,\s({NAME})", text[m.end():m.end() + 40])
        if after and (after.group(1) or get_kb().country_of_text(after.group(2)) or
                      facts.state_of_text(after.group(2))):
            continue  # "in Dunmore, Brevosia,": the text places the city in a state or region itself
        if state is not None and city is not None:
            yield city, state


def _subject(token, facts: StateFacts, people: set[str]) -> tuple[str, object] | None:
    """What a subject token names: ("city", name) for a city or "the <City> government"; ("state", ref) for a
    learned state or "the <Demonym> government"; None otherwise."""
    organs = _words()["organs"]
    word = token
    if token.lower_ in organs:
        names = [c for c in token.children if c.dep_ in ("compound", "amod", "poss") and c.text[:1].isupper()]
        if len(names) != 1:
            return None
        word = names[0]
    if word.pos_ not in ("PROPN", "ADJ", "NOUN") or not word.text[:1].isupper():
        return None
    if len([c for c in word.children if c.dep_ == "compound"]):
        return None  # part of a longer name
    state = _state_of(word.text, facts)
    if state is not None:
        return "state", state
    city = _city(word.text, facts, people)
    return ("city", city) if city else None


def _same_acts(doc: Doc, facts: StateFacts, people: set[str]):
    """A city and a learned state as subjects of the same verb with the same object in one article; never two
    that name each other ("Morrask blamed the blast on Brevosia" ... "Brevosia blamed the blast on Morrask")."""
    acts: dict[tuple[str, str], list[tuple[str, object, object]]] = {}
    # the subjects of verbs from the token table; the cheap tests of the verb's own children before the scan of
    # its sentence (all three are pure; ``_subject`` may learn a demonym into ``facts``, so it stays last)
    table = tokens(doc)
    dep, pos, head, lower, text = table.dep, table.pos, table.head, table.lower, table.text
    organs = _words()["organs"]
    for i in range(table.n):
        if dep[i] != "nsubj" or pos[head[i]] != "VERB":
            continue
        if lower[i] not in organs and (pos[i] not in ("PROPN", "ADJ", "NOUN") or not text[i][:1].isupper()):
            continue    # what ``_subject`` rejects first, without learning anything (speed: before the verb's tests)
        token = doc[i]
        verb = token.head
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if len(objects) != 1 or _blocked(table)[verb.i]:
            continue
        who = _subject(token, facts, people)
        if who is not None:
            acts.setdefault((verb.lemma_, objects[0].lemma_.lower()), []).append((*who, verb.sent))
    for found in acts.values():
        cities = {v for k, v, _ in found if k == "city"}
        states = {v.name: v for k, v, _ in found if k == "state"}
        if len(cities) != 1 or len(states) != 1:
            continue
        city, state = next(iter(cities)), next(iter(states.values()))
        # the city's sentences must not name the state, nor the state's the city: the two would be opponents
        opposed = any(k == "city" and any(_state_of(t.text, facts) == state for t in sent if t.text[:1].isupper())
                      or k == "state" and any(t.text.lower() == city.lower() for t in sent) for k, _, sent in found)
        if not opposed:
            yield city, state


def _blocked(table) -> list[bool]:
    """Per token: does its sentence hold a word of ``SAME_ACT_BLOCKERS`` ("also", "too")? Once per document, from
    the token table's sentence starts (as ``token.sent`` reads them)."""
    found = table.memo.get("same_act_blocked")
    if found is None:
        found = table.memo["same_act_blocked"] = [False] * table.n
        first, starts, lower = 0, table.sent_start, table.lower
        for i in range(1, table.n + 1):
            if i == table.n or starts[i]:
                if any(w in SAME_ACT_BLOCKERS for w in lower[first:i]):
                    found[first:i] = [True] * (i - first)
                first = i
    return found


def _media(text: str, facts: StateFacts, people: set[str]):
    """An outlet named after the city, in an article "translated from <Demonym>"."""
    from .missed import media_heads
    states = {r.name: r for m in re.finditer(rf"\b(?i:{_words()['translated']})\s(?:the\s)?({NAME})", text)
              if (r := _state_of(m.group(1).split()[0], facts)) is not None}
    if len(states) != 1:
        return
    heads = "|".join(re.escape(h.title()) for h in sorted(media_heads(), key=len, reverse=True))
    for m in re.finditer(rf"\b({CITY})\s(?:{heads})\b", text):
        if m.start() > 0 and text[m.start() - 1] not in " \n\t(\"'\u201c":
            continue
        city = _city(m.group(1), facts, people)
        if city is not None:
            yield city, next(iter(states.values()))


def _dateline(text: str, facts: StateFacts, people: set[str]):
    """The dateline city of an article whose officials all belong to one learned state."""
    m = DATELINE.search(text[:400])
    if m is None or " " in m.group(1):
        return
    city = _city(m.group(1), facts, people)
    if city is None:
        return
    heads = _words()["heads"]
    speakers = {r.name: r for s in re.finditer(rf"\b({NAME.split('(?:')[0]})(?:['\u2019]s)?\s(?:[a-z]+\s)?"
                                              rf"(?:{heads})\b", text)
                if (r := _state_of(s.group(1), facts)) is not None}
    if len(speakers) == 1:
        yield city, next(iter(speakers.values()))


def hinted_mentions(doc: Doc, hints: dict[str, dict[str, set[str]]], mentions: list, doc_id: str) -> list:
    """A hinted city where the model tagged nothing ("Officials in Travesk and Dunmarrow", "Kestavia blamed
    Travesk"): a mention of unknown kind at each occurrence no mention covers, so the hint reaches the corpus and
    the city, once joined, stands for its state there.

    doc (Doc): the parsed document. hints (dict): ``capital_hints``' result. mentions (list[Mention]): the
    document's mentions so far. doc_id (str): the document's id.
    RETURNS (list[Mention]): new mentions (ids left empty), to be marked by ``mark_hints``.
    """
    from bisect import bisect_right

    from ..model import Mention
    if not hints:
        return []
    # a government named by the city ("the regime in Travesk") leaves the city its own mention inside
    taken = sorted((m.start, m.end) for m in mentions if m.local_key != f"government ({m.affiliation})")
    starts = [s.start for s in doc.sents]
    out = []
    for i, w in enumerate(tokens(doc).text):
        if not w[:1].isupper() or name_key(w.title() if w.isupper() else w) not in hints:
            continue
        t = doc[i]
        if any(a < t.idx + len(t) and t.idx < b for a, b in taken):
            continue
        out.append(Mention(id="", doc=doc_id, start=t.idx, end=t.idx + len(t), text=t.text, name=t.text,
                           kind="other", label="GPE", local_key=t.text, sentence=bisect_right(starts, i) - 1))
    return out


def mark_hints(mentions: list, hints: dict[str, dict[str, set[str]]]) -> None:
    """Carry an article's hints on its mentions of the hinted cities (role ``capital_hint:<shapes>``,
    affiliation the state), for the corpus to weigh; a mention with a role or an affiliation keeps them.

    mentions (list[Mention]): the article's mentions (changed in place).
    hints (dict): ``capital_hints``' result.
    """
    for m in mentions:
        if m.pronoun or m.kb_id or m.role or m.affiliation or m.kind == "country" or " " in m.name:
            continue
        by_state = hints.get(name_key(m.name.title() if m.name.isupper() else m.name))
        if not by_state:
            continue
        # the strongest state of the article; two states hinted alike leave the city unmarked
        # (a state's hint before a pair's, a pair's before a city acting as some state: it says the least)
        scored = sorted(((sum(WEIGHTS[s] for s in shapes), state != ACTS, state, shapes)
                         for state, shapes in by_state.items()), reverse=True)
        if len(scored) > 1 and scored[1][:2] == scored[0][:2]:
            continue
        _, _, state, shapes = scored[0]
        m.role, m.affiliation = f"{HINT_ROLE}:{'+'.join(sorted(shapes))}", state
