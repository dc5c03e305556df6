"""The corpus stage's speed paths give what the plain computation gives (round 6, corpus8).

Each fast path (an index built once, a cheap gate before a costly step) is checked against the
slow reading it replaces, on invented names and sentences, including the look-alikes the gate must
not change.
"""
from __future__ import annotations

import pytest

from claimgraph.resolve.kinds import CorpusStates, capital_fold
from claimgraph.resolve.text import words


def _slow_final_vowel(states: CorpusStates, key: str) -> str | None:
    """The final-vowel reading of ``state_of_demonym`` as it was: every learned name folded per call."""
    from claimgraph.extract.names import translit

    folded = {translit(k): v for k, v in states.names.items() if " " not in k}
    found = {v for k, v in folded.items() if capital_fold(k) == capital_fold(key)}
    return found.pop() if len(found) == 1 else None


@pytest.mark.parametrize("text,state", [
    ("Quarnie", "Quarnia"),        # another final vowel of a learned state
    ("Quarnian", "Quarnia"),       # its demonym
    ("Tessaly", None),             # folds like two learned states: no single answer
    ("Borvik", None),              # a word no learned state folds to
    ("Mar", None),                 # too short a stem to read
])
def test_state_of_demonym_fold_index(text, state):
    states = CorpusStates(names={"quarnia": "Quarnia", "tessala": "Tessala", "tessale": "Tessale Republic"})
    assert states.state_of_demonym(text) == state


def test_state_of_demonym_fold_index_matches_slow_reading():
    states = CorpusStates(names={"quarnia": "Quarnia", "tessala": "Tessala", "tessale": "Tessale Republic",
                                 "dravonia": "Dravonia"})
    for key in ("quarnie", "tessalo", "dravoni", "dravonie", "velmar", "quarno"):
        if key in states.names:
            continue
        fast = states.state_of_demonym(key)
        slow = _slow_final_vowel(states, key)
        if slow is not None:
            assert fast == slow


def test_state_of_demonym_fold_index_follows_new_names():
    """A state learned after the first look-up is found: the index is rebuilt when names grow."""
    states = CorpusStates(names={"quarnia": "Quarnia"})
    assert states.state_of_demonym("Velkore") is None
    states.names["velkora"] = "Velkora"
    assert states.state_of_demonym("Velkore") == "Velkora"
    states.names["velkori"] = "Velkori Union"   # now two states fold alike: no single answer
    assert states.state_of_demonym("Velkore") is None


@pytest.mark.parametrize("text,expected", [
    ("Ostmark jets struck the depot", ["Ostmark", "jets", "struck", "the", "depot"]),
    ("the minister's visit to Dunmere", ["the", "minister", "visit", "to", "Dunmere"]),
    ("some 12,500 troops", ["some", "12500", "troops"]),           # thousands joined
    ("two MiG-29s and a Su-24", ["two", "MiG29", "and", "a", "Su24"]),   # designations joined
    ("on May 27 the F-16 flew", ["on", "May", "27", "the", "F16", "flew"]),
    ("12, 500 and 7", ["12", "500", "and", "7"]),                    # not a thousands separator
])
def test_words_digit_gate(text, expected):
    assert words(text) == expected


def _anchors_world():
    from .world import World

    w = World()
    text_a = ("PORT VELA, May 3 - Petr Kral said the Grey Legion shelled Port Vela, Ana Vos told reporters "
              "in Ruritania.")
    text_b = "The Grey Legion moved eight guns to Port Vela from Borduria, the Daily Courant reported."
    w.article("a", text_a, outlet="Harbour Times", published="2031-05-03")
    w.article("b", text_b, outlet="Vela Post", published="2031-05-04")
    claims = [
        # a dateline word in the sentence and a content shorter than the sentence
        w.claim("a", text_a, content="the Grey Legion shelled Port Vela, Ana Vos told reporters in Ruritania",
                speaker="petr-kral", speaker_text="Petr Kral", type="ASSAULT", subject="grey-legion",
                object="port-vela"),
        # the content is the sentence (an outlet's own report)
        w.claim("b", text_b, type="MOBILIZE", subject="grey-legion", value=8, unit="guns"),
        # a dateline word inside the content itself
        w.claim("a", text_a, content="PORT VELA, May 3 - Petr Kral said the Grey Legion shelled Port Vela",
                type="ASSAULT", subject="grey-legion"),
    ]
    return w, claims


def test_sentence_anchors_reuse_matches_fresh_lookup():
    """A view's anchors and places are the same whether its content's alias look-up is reused or made again."""
    from claimgraph.resolve.features import ActorIndex, _sentence_anchors

    w, claims = _anchors_world()
    idx = ActorIndex(w.actors)
    for c in claims:
        raw = words(c.content_text or c.text or "")
        with_actors, found = idx.find(raw)
        fresh = _sentence_anchors(c, found, c.event.subject, c.event.object, idx)
        reused = _sentence_anchors(c, found, c.event.subject, c.event.object, idx, (raw, with_actors, found))
        assert reused == fresh
    # the reading itself: places come from the content, not the dateline or where it was said
    c = claims[0]
    raw = words(c.content_text)
    with_actors, found = idx.find(raw)
    anchors, places = _sentence_anchors(c, found, c.event.subject, c.event.object, idx, (raw, with_actors, found))
    assert "port vela" in places and "ruritania" not in places
    assert anchors == {"ruritania", "syldavia"}    # the speaker's own state (and its group) is the voice, not an anchor


@pytest.mark.parametrize("x,y", [
    ({"shell": 0.5, "@grey-legion": 0.7, "depot": 0.1}, {"depot": 0.9, "shell": 0.3}),
    ({"gun": 0.2, "mov": 0.4}, {"jet": 1.0}),                       # nothing shared
    ({"a1": 0.1, "b2": 0.2, "c3": 0.3}, {"c3": 0.3, "b2": 0.2, "a1": 0.1, "d4": 0.5}),
])
def test_cosines_shared_words_in_order(x, y):
    from types import SimpleNamespace

    from claimgraph.resolve.compare import _cosines
    from claimgraph.resolve.figures import ambiguous_words

    vague = ambiguous_words()
    small, big = (x, y) if len(x) <= len(y) else (y, x)
    sim = topic = 0.0
    for t, wx in small.items():            # the plain loop, summed in the same order
        if t in big:
            sim += wx * big[t]
            if t[0] != "@" and t not in vague:
                topic += wx * big[t]
    got = _cosines(SimpleNamespace(vec=x), SimpleNamespace(vec=y))
    assert got == (sim, topic)            # bit for bit: the grouping compares these floats with thresholds


COPY = "Grey Legion units shelled the northern districts of Port Vela overnight and cut the coastal road."


@pytest.mark.parametrize("speakers,docs,origins", [
    (("petr-kral", None), ("c1", "c2"), 1),      # an attributed claim, then an outlet's own copy of it
    ((None, "petr-kral"), ("c1", "c2"), 1),      # the copy first
    (("petr-kral", None, "ana-vos"), ("c1", "c2", "c3"), 1),   # both speakers' words copied by one outlet
    (("petr-kral", "ana-vos"), ("c1", "c2"), 2),  # two speakers saying the same words: not copies
    (("petr-kral", None), ("c1", "c1"), 2),      # one article repeating its speaker: not a copy
])
def test_independent_origins_copies_only_with_unattributed(speakers, docs, origins):
    """The copy test pairs every claim with the outlets' own claims, never two attributed claims."""
    from claimgraph.resolve.features import ActorIndex, build_views
    from claimgraph.resolve.origins import independent_origins

    from .world import ACTORS, World

    w = World()
    for d, outlet in zip(("c1", "c2", "c3"), ("Vela Post", "Kessa Daily", "Harbour Times")):
        w.article(d, COPY, outlet=outlet)
    claims = [w.claim(d, COPY, speaker=s, speaker_text=s and s.replace("-", " ").title())
              for s, d in zip(speakers, docs)]
    idx = ActorIndex(ACTORS)
    views = build_views(claims, idx, w.documents)
    assert len(independent_origins(views, idx)) == origins


@pytest.mark.parametrize("place,named", [
    ("Ruritania", {"ruritania"}),     # both name a state that is neither side's doer or speaker
    ("Borduria", None),               # the doer's own state named by both: not a place the event shares
])
def test_event_score_named_place_leaves_out_doers_states(place, named):
    from claimgraph.resolve.compare import event_score
    from claimgraph.resolve.features import ActorIndex, build_views

    from .world import ACTORS, World

    w = World()
    one = f"The Grey Legion shelled villages near the border with {place}, Ivo Lenk said."
    two = f"Grey Legion gunners fired on farms close to {place} overnight, the Daily Courant reported."
    w.article("p1", one, outlet="Vela Post", published="2031-06-01")
    w.article("p2", two, outlet="Kessa Daily", published="2031-06-02")
    claims = [w.claim("p1", one, content=one.split(",")[0], speaker="ivo-lenk", speaker_text="Ivo Lenk",
                      type="ASSAULT", subject="grey-legion"),
              w.claim("p2", two, content=two.split(",")[0], type="ASSAULT", subject="grey-legion")]
    idx = ActorIndex(ACTORS)
    a, b = build_views(claims, idx, w.documents)
    ps = event_score(a, b, idx)
    got = next((set(e[1]) for e in ps.evidence if e[0] == "named_place"), None)
    assert got == named
