"""A denial naming the accused by description ("foreign fighters"): described.py (invented texts)."""
from __future__ import annotations

import pytest

from claimgraph.model import Actor

from .world import ACTORS, World, links_between

KORVA = Actor(id="korva-group", name="Korva Group", kind="organization", aliases=["Korva Group"])
# an officer whose side resolution did not find (the accused-party rule cannot see him as the accused)
PELL = Actor(id="arno-pell", name="Arno Pell", kind="person", aliases=["Arno Pell", "Pell"], roles=["colonel"])
WORLD_ACTORS = [*ACTORS, KORVA, PELL]

MOVE = "Korva Group contractors move with the army on its operations near Port Vela, witnesses said."
REPAIR = "Korva Group contractors repaired the power plant near Port Vela, witnesses said."
DENY = "Colonel Arno Pell denied that foreign fighters take part in the fighting near Port Vela."
DENY_OTHER = "Colonel Arno Pell denied that the army shelled the market near Port Vela."


def _assertion(w, doc, text):
    return w.claim(doc, text, content=text.split(", witnesses")[0], speaker_text="witnesses", location="Port Vela")


def _denial(w, doc, text):
    return w.claim(doc, text, content=text.split("denied that ")[1].rstrip("."), speaker="arno-pell",
                   stance="denies", speech_type="REJECT", negated=True, location="Port Vela")


@pytest.mark.parametrize("one_article", [True, False])
def test_described_foreign_fighters_denial_contradicts_the_companys_contractors_in_the_fight(one_article):
    w = World(WORLD_ACTORS)
    if one_article:
        w.article("f1", f"{MOVE} {DENY}", outlet="Vela Post", published="2031-05-06")
        doc2 = "f1"
    else:
        w.article("f1", MOVE, outlet="Vela Post", published="2031-05-06")
        doc2 = w.article("f2", DENY, outlet="Harbour Times", published="2031-05-07")
    a = _assertion(w, "f1", MOVE)
    d = _denial(w, doc2, DENY)
    links, _, _ = w.run()
    hits = links_between(links, a, d, "contradicts")
    assert hits and "same event:" in hits[0].reason, links


@pytest.mark.parametrize("assertion, denial", [
    (REPAIR, DENY),           # contractors at work, not in the fight
    (MOVE, DENY_OTHER),       # a denial of something else
])
def test_described_denial_look_alikes_are_not_linked(assertion, denial):
    w = World(WORLD_ACTORS)
    w.article("f1", f"{assertion} {denial}", outlet="Vela Post", published="2031-05-06")
    a = _assertion(w, "f1", assertion)
    d = _denial(w, "f1", denial)
    links, _, _ = w.run()
    assert not links_between(links, a, d, "contradicts"), links


def test_described_denial_needs_an_article_or_a_place_in_common():
    w = World(WORLD_ACTORS)
    w.article("f1", MOVE, outlet="Vela Post", published="2031-05-06")
    far = "Colonel Arno Pell denied that foreign fighters take part in the fighting in Syldavia."
    w.article("f2", far, outlet="Harbour Times", published="2031-05-07")
    a = _assertion(w, "f1", MOVE)
    d = w.claim("f2", far, content="foreign fighters take part in the fighting in Syldavia", speaker="arno-pell",
                stance="denies", speech_type="REJECT", negated=True, location="Syldavia")
    links, _, _ = w.run()
    assert not links_between(links, a, d, "contradicts"), links


def test_described_denial_meets_a_claim_whose_article_names_the_place():
    w = World(WORLD_ACTORS)
    intro = "The war entered its third year. Talks have stalled."
    move = "Korva Group contractors move with the army on its operations, witnesses said."
    later = "Fighting spread around Port Vela on Monday."      # named after the claim, not in the lead
    w.article("f1", f"{intro} {move} {later}", outlet="Vela Post", published="2031-05-06")
    a = w.claim("f1", move, content=move.split(", witnesses")[0], speaker_text="witnesses")   # says no place
    w.claim("f1", later, location="Port Vela")
    w.article("f2", DENY, outlet="Harbour Times", published="2031-05-07")
    d = _denial(w, "f2", DENY)
    links, _, _ = w.run()
    assert links_between(links, a, d, "contradicts"), links


@pytest.mark.parametrize("sentence, content, stance, speaker, speaker_text, linked", [
    ("Colonel Arno Pell said there are no foreign mercenaries near Port Vela.",
     "there are no foreign mercenaries near Port Vela", "asserts", "arno-pell", None, True),
    ("The army denied the presence of foreign fighters near Port Vela.",
     "the presence of foreign fighters near Port Vela", "denies", None, "The army", True),
    # look-alikes: foreign fighters said to be there; a claim with no one speaking it
    ("Colonel Arno Pell said there are foreign mercenaries near Port Vela.",
     "there are foreign mercenaries near Port Vela", "asserts", "arno-pell", None, False),
    ("Foreign fighters were not seen near Port Vela.",
     "Foreign fighters were not seen near Port Vela", "asserts", None, None, False),
])
def test_described_denial_forms(sentence, content, stance, speaker, speaker_text, linked):
    w = World(WORLD_ACTORS)
    w.article("f1", MOVE, outlet="Vela Post", published="2031-05-06")
    a = _assertion(w, "f1", MOVE)
    w.article("f2", sentence, outlet="Harbour Times", published="2031-05-07")
    d = w.claim("f2", sentence, content=content, stance=stance, speaker=speaker, speaker_text=speaker_text,
                location="Port Vela")
    links, _, _ = w.run()
    assert bool(links_between(links, a, d, "contradicts")) == linked, links
