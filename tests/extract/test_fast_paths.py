"""Round-7 speed paths (helper speed9) give what the slower readings they replace gave: the grammar helpers on the
token table, ``base`` kept per word, the event finder's table gate, the anonymity gate, percent words and place
heads on the table. Each test compares the fast path with the old reading, written here, on invented text."""
from __future__ import annotations

import pytest

from claimgraph.extract.arguments import ActorIndex
from claimgraph.extract.events import EventFinder
from claimgraph.extract.facilities import _head_at, _heads
from claimgraph.extract.grammar import children, is_passive, modality, negated, participle_clause, pobjs
from claimgraph.extract.hedges import HedgeFinder
from claimgraph.extract.lexicons import _base, base, known_verbs, plover
from claimgraph.extract.mentions import find_mentions
from claimgraph.extract.nominal import _first_words, may_fire, noun_may_type
from claimgraph.extract.percents import _lexicon, percent_after
from claimgraph.extract.quotes import find_quotes
from claimgraph.extract.tokens import tokens
from claimgraph.model import Document

pytestmark = pytest.mark.model

TEXTS = [
    # passives, a reduced passive, a participle clause, negation on the verb, the subject and the governing verb
    "Backed by Ostrian jets, the Kessian army was ordered to shell Marrow, but it did not attack the port. "
    "Neither Varrow nor Lunden sent troops, and the brigade, supplied by Velmir, has no plans to withdraw.",
    # modals on the verb and on the governing verb, a coordination, prepositions with clause objects
    "The Norvanian navy could seize the tanker and would want to strike the depot near the Tellon Dam after "
    "talking with officials in Kessel, who asked not to be named.",
    # figures with percent words, an area head, a facility head in title case after a name, a relative clause
    "Prices rose 12 per cent in the Vessa province, 40% in the north and 7 percent at the Arvel Air Base, "
    "which the ministry said was shelled on Monday.",
    # a cited source, a verb the lemmatizer may cut ("staged"), plural nouns read as verbs
    "Citing two officials who declined to be named, the Harbour Times reported that Lunden had staged drills, "
    "and the minister charges that Kessia lied.",
]


def _children_old(t, *deps):
    return [c for c in t.children if c.dep_ in deps]


def _pobjs_old(prep):
    return [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]


def _participle_clause_old(v):
    return v.dep_ == "advcl" and v.tag_ == "VBN" and any(c.dep_ == "agent" for c in v.children) and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in v.children)


def _is_passive_old(v):
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children) or (v.dep_ == "acl" and v.tag_ == "VBN") \
        or _participle_clause_old(v)


def _negated_old(t):
    if any(c.dep_ == "neg" for c in t.children):
        return True
    if any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in t.children):
        return True
    verb = t.pos_ == "VERB" or (t.pos_ != "AUX" and t.tag_.startswith("VB"))
    if verb and any(d.dep_ in ("det", "preconj") and d.lower_ in ("no", "neither")
                    for s in _children_old(t, "nsubj", "nsubjpass") for d in s.children):
        return True
    if t.dep_ in ("xcomp", "acomp") and any(c.dep_ == "neg" for c in t.head.children):
        return True
    return t.dep_ in ("acl", "xcomp") and any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in t.head.children)


def _modality_old(v, modal_verbs):
    for c in v.children:
        if c.dep_ == "aux" and c.tag_ == "MD":
            return c.lower_
    if v.dep_ == "xcomp":
        mod = modal_verbs.get(base(v.head))
        if mod:
            return mod
        for c in v.head.children:
            if c.dep_ == "aux" and c.tag_ == "MD":
                return c.lower_
    return None


@pytest.mark.parametrize("text", TEXTS)
def test_fast_paths_grammar_helpers_equal_token_reading(nlp, text):
    doc = nlp(text)
    modal_verbs = plover().modal_verbs
    for t in doc:
        for deps in [("dobj",), ("nsubj", "nsubjpass"), ("prep", "agent", "dative"), ("conj",)]:
            assert [c.i for c in children(t, *deps)] == [c.i for c in _children_old(t, *deps)], (t.text, deps)
        assert [c.i for c in pobjs(t)] == [c.i for c in _pobjs_old(t)], t.text
        assert participle_clause(t) == _participle_clause_old(t), t.text
        assert is_passive(t) == _is_passive_old(t), t.text
        assert negated(t) == _negated_old(t), t.text
        assert modality(t, modal_verbs) == _modality_old(t, modal_verbs), t.text


def test_fast_paths_grammar_helpers_see_what_they_test(nlp):
    """The helpers still find what they look for (not empty answers that merely agree)."""
    doc = nlp(TEXTS[0])
    by = {t.text: t for t in doc}
    assert is_passive(by["ordered"]) and not is_passive(by["shell"])
    assert negated(by["attack"]) and negated(by["sent"]) and not negated(by["shell"])
    assert [c.text for c in children(by["attack"], "dobj")] == ["port"]
    doc = nlp(TEXTS[1])
    seize = next(t for t in doc if t.text == "seize")
    assert modality(seize, plover().modal_verbs) == "could"


@pytest.mark.parametrize("text", TEXTS)
def test_fast_paths_base_equals_computed_lemma(nlp, text):
    doc = nlp(text)
    for t in doc:
        assert base(t) == _base(t, known_verbs()) == base(t), t.text


def _event_finder(nlp, text):
    doc = nlp(text)
    document = Document(id="df", path="f.txt", text=text)
    return EventFinder(ActorIndex(document, doc, find_mentions(document, doc))), doc


@pytest.mark.parametrize("text", TEXTS)
def test_fast_paths_may_fire_false_only_where_no_branch_types(nlp, text):
    finder, doc = _event_finder(nlp, text)
    table, firsts = tokens(doc), _first_words(finder.lex)
    skipped = [t for t in doc if not may_fire(finder.lex, table, t.i, firsts)]
    assert skipped                  # most words are skipped ...
    for t in skipped:               # ... and every branch of ``find`` would have returned None for them
        assert t.dep_ not in ("amod", "acomp") and t.lower_ not in firsts, t.text
        assert not (t.pos_ == "VERB" or t.pos_ != "AUX" and t.tag_.startswith("VB")), t.text
        if t.pos_ in ("NOUN", "PROPN") or t.tag_.startswith("NN"):
            assert not noun_may_type(finder.lex, table, t.i) and finder._noun_event(t) is None, t.text


def test_fast_paths_find_keeps_its_events(nlp):
    """Events are still found through the gate: a verb, a nominal event and a look-alike noun that types nothing."""
    finder, doc = _event_finder(nlp, "The Kessian army shelled Marrow. The attack by Lunden on Velmir was condemned. "
                                     "The menu of the restaurant in Velmir was praised.")
    types = {(h.trigger, h.type) for sent in doc.sents for h in finder.find(sent)}
    assert ("shelled", "ASSAULT") in types and any(trig == "attack" for trig, _ in types)
    assert not any(trig == "menu" for trig, _ in types)


@pytest.mark.parametrize("text", TEXTS)
def test_fast_paths_anonymity_gate_equals_phrase_scan(nlp, text):
    doc = nlp(text)
    finder = HedgeFinder(doc, find_quotes(text))
    lows = tokens(doc).lower

    def old(i):
        window, off = lows[max(0, i - 6):i + 7], i - max(0, i - 6)
        return any(tuple(window[s:s + len(w)]) == w for w in finder.lex.anonymity
                   for s in range(max(0, off - len(w) + 1), off + 1))

    answers = [finder.in_anonymity_phrase(i) for i in range(len(doc))]
    assert answers == [old(i) for i in range(len(doc))]
    # the phrase is found where the text has one, and nowhere in a text without one
    assert any(answers) == ("not to be named" in text or "declined to be named" in text)


@pytest.mark.parametrize("text", TEXTS)
def test_fast_paths_percent_words_and_place_heads_equal_token_reading(nlp, text):
    doc = nlp(text)
    words = _lexicon()[0]
    areas, facilities = _heads()

    def percent_old(j, end):
        for w in words:
            k = j + 1 + len(w)
            if k <= end and tuple(t.lower_ for t in doc[j + 1:k]) == w:
                return k - 1
        return None

    def head_old(i, title):
        for n in (2, 1):
            span = doc[i:i + n]
            if len(span) < n or not all(t.is_alpha and (t.is_lower or title and t.is_title) for t in span):
                continue
            key = tuple(t.lower_ for t in span)
            if n == 1 and key[0] in areas:
                return "area", key[0], i + 1
            if key in facilities:
                return "facility", facilities[key], i + n
        return None

    for j in range(len(doc)):
        assert percent_after(doc, j, len(doc)) == percent_old(j, len(doc)), doc[j].text
        for title in (False, True):
            assert _head_at(doc, j, title) == head_old(j, title), doc[j].text


def test_fast_paths_percent_and_heads_are_found(nlp):
    doc = nlp(TEXTS[2])
    assert [doc[j].text for j in range(len(doc)) if percent_after(doc, j, len(doc)) is not None] == ["12", "40", "7"]
    assert any(_head_at(doc, i) for i in range(len(doc)))                   # "province"
    air = next(t.i for t in doc if t.text == "Air")
    assert _head_at(doc, air) is None and _head_at(doc, air, title=True) == ("facility", "airbase", air + 2)
