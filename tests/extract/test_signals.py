"""Framing signals on articles we wrote."""
from __future__ import annotations

import pytest

from claimgraph.model import Document, Signal
from claimgraph.extract.signals import find_signals, kinds, signal_rates, word_count

LOADED = (
    "The Bordurian regime and its puppet militias have unleashed a reign of terror on the valley, "
    "a senior official said on condition of anonymity. Officials said the so-called “peacekeepers” had "
    "brought nothing but chaos, and warned of a catastrophe if the fighting spirals out of control. "
    "But what about the Ruritanian shelling of the border villages last spring? Szohod has offered no "
    "evidence, and critics point to its double standards. The convoy was allegedly attacked at dawn, "
    "according to sources in the capital."
)

PLAIN = (
    "The Ruritanian parliament approved the budget on Tuesday by 112 votes to 40. "
    "Finance minister Olek Dran said the spending plan would fund 3,000 new teachers. "
    "The opposition leader, Mara Tesh, voted against it and said the plan was too small."
)


@pytest.fixture(scope="module")
def loaded(nlp):
    document = Document(id="d1", path="d1.txt", text=LOADED)
    return document, find_signals(document, nlp(LOADED))


def _found(signals, kind):
    return {s.text.lower() for s in signals if s.kind == kind}


@pytest.mark.model
@pytest.mark.parametrize("kind, expected", [
    ("loaded_language", {"regime", "puppet", "reign of terror"}),
    ("fear_appeal", {"chaos", "catastrophe", "out of control"}),
    ("whataboutism", {"what about", "double standards"}),
    ("doubt", {"so-called", "offered no evidence"}),
    ("hedging", {"allegedly"}),
    ("unnamed_source", {"on condition of anonymity", "according to sources", "officials"}),
    ("scare_quotes", {"“peacekeepers”"}),
])
def test_signals_find_each_kind(loaded, kind, expected):
    _, signals = loaded
    assert expected <= _found(signals, kind), _found(signals, kind)


@pytest.mark.model
def test_signals_offsets_point_into_the_text(loaded):
    document, signals = loaded
    assert signals
    for s in signals:
        assert document.text[s.start:s.end] == s.text
        assert s.doc == document.id


@pytest.mark.model
def test_signals_plain_reporting_has_none(nlp):
    document = Document(id="d2", path="d2.txt", text=PLAIN)
    signals = find_signals(document, nlp(PLAIN))
    # a named minister and a named opposition leader: no unnamed source, no loaded words
    assert signals == [], signals


@pytest.mark.model
@pytest.mark.parametrize("text, scare", [
    ("The minister called the deal a “historic step” for the region.", True),
    ("“We will not withdraw from the valley,” the minister said.", False),
    ("Residents said the ‘ceasefire’ lasted barely an hour.", True),
    ("The Bordurians' convoy reached the border.", False),
])
def test_signals_scare_quotes_are_short_quotes_inside_a_sentence(nlp, text, scare):
    document = Document(id="d3", path="d3.txt", text=text)
    found = [s for s in find_signals(document, nlp(text)) if s.kind == "scare_quotes"]
    assert bool(found) is scare


@pytest.mark.model
def test_signals_named_person_is_not_an_unnamed_source(nlp):
    text = "Ruritanian officials said the talks had failed. Government spokesman Ivo Lenk said the talks had failed."
    document = Document(id="d4", path="d4.txt", text=text)
    found = [s for s in find_signals(document, nlp(text)) if s.kind == "unnamed_source"]
    assert [s.text for s in found] == ["Ruritanian officials"]


def test_signal_rates_per_thousand_words_with_examples():
    sigs = [Signal(doc="d", kind="hedging", text=t, start=0, end=1) for t in ("allegedly", "reportedly", "allegedly")]
    sigs.append(Signal(doc="d", kind="loaded_language", text="regime", start=0, end=1))
    rates = signal_rates(sigs, 500)
    assert rates["hedging"]["count"] == 3 and rates["hedging"]["per_1000"] == 6.0
    assert rates["hedging"]["examples"] == ["allegedly", "reportedly"]
    assert rates["loaded_language"]["per_1000"] == 2.0
    assert set(kinds()) <= set(rates) and rates["whataboutism"]["count"] == 0
    assert signal_rates(sigs, 0)["hedging"]["per_1000"] == 0.0


def test_word_count():
    assert word_count("Three short words.") == 3
