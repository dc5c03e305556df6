"""Independent origins and Admiralty-style grades on articles we wrote."""
from __future__ import annotations

import pytest

from claimgraph.resolve.features import ActorIndex, build_views
from claimgraph.resolve.origins import chain, independent_origins, root

from .world import ACTORS, World

ORIGIN = ("The Grey Legion has about 900 fighters in the Kessa valley, according to a confidential UN report "
          "seen by Meridian Press.")
REPEATS = [
    ("Daily Courant", "Citing a confidential UN report seen by Meridian Press, the Courant said the Grey Legion has "
                      "about 900 fighters in the Kessa valley."),
    ("Harbour Times", "The Grey Legion has some 900 fighters in the Kessa valley, Meridian Press reported, citing a "
                      "UN report."),
    ("Vela Post", "About 900 Grey Legion fighters are in the Kessa valley, a UN report seen by Meridian Press says."),
    ("Northern Ledger", "According to Meridian Press, about 900 fighters of the Grey Legion are deployed in the Kessa "
                        "valley."),
    ("Kessa Daily", "The Grey Legion has about 900 fighters in the Kessa valley, according to a confidential UN report "
                    "seen by Meridian Press."),
]
OTHER = "Ruritanian interior minister Olek Dran said the Grey Legion had 900 fighters in the valley."


def circular_world(independent: bool = False) -> tuple[World, list]:
    w = World()
    w.article("o0", ORIGIN, outlet="Meridian Press", published="2031-04-01")
    kw = dict(type="MOBILIZE", subject="grey-legion", value=900, unit="fighters", bound="approx",
              location="Kessa valley")
    claims = [w.claim("o0", ORIGIN, content="The Grey Legion has about 900 fighters in the Kessa valley",
                      speaker_text="a confidential UN report", via=[("Meridian Press", "meridian")], **kw)]
    vias = [[("Meridian Press", "meridian"), "a confidential UN report"],
            [("Meridian Press", "meridian"), "a UN report"],
            [("Meridian Press", "meridian"), "a UN report"],
            [("Meridian Press", "meridian")],
            [("Meridian Press", "meridian"), "a confidential UN report"]]
    for n, ((outlet, text), via) in enumerate(zip(REPEATS, vias), start=1):
        w.article(f"o{n}", text, outlet=outlet, published=f"2031-04-0{n + 1}")
        speaker = "courant" if n == 1 else None
        claims.append(w.claim(f"o{n}", text, speaker=speaker, via=via, **kw))
    if independent:
        w.article("o9", OTHER, outlet="Vela Post", published="2031-04-03")
        claims.append(w.claim("o9", OTHER, content="the Grey Legion had 900 fighters in the valley",
                              speaker="olek-dran", type="MOBILIZE", subject="grey-legion", value=900, unit="fighters",
                              location="Kessa valley"))
    return w, claims


def test_origins_circular_reporting_counts_one_origin():
    """One UN report seen by one agency, repeated by five outlets: one independent origin."""
    w, claims = circular_world()
    links, events, groups = w.run()
    assert len({groups[c.id] for c in claims}) == 1
    ev = next(e for e in events if e.id == groups[claims[0].id])
    assert ev.documents == 6 and ev.origins == 1
    assert ev.reasons[0].startswith("6 articles, 1 independent origin")
    assert "via Meridian Press" in ev.reasons[0]
    assert ev.grade == "possibly true"          # repetition is not confirmation


def test_origins_an_independent_source_makes_two_and_confirms():
    w, claims = circular_world(independent=True)
    links, events, groups = w.run()
    ev = next(e for e in events if e.id == groups[claims[0].id])
    assert ev.documents == 7 and ev.origins == 2
    assert ev.reasons[0].startswith("7 articles, 2 independent origins")
    assert ev.grade == "confirmed"


def test_origins_media_are_conduits_not_origins():
    w = World()
    text = "Olek Dran told the Daily Courant that the Grey Legion had shelled Port Vela."
    w.article("m", text, outlet="Vela Post")
    c = w.claim("m", text, speaker="olek-dran", via=[("Daily Courant", "courant")])
    idx = ActorIndex(ACTORS)
    v = build_views([c], idx, w.documents)[0]
    assert [e.label for e in chain(v, idx)] == ["Olek Dran", "Daily Courant"]
    assert root(v, idx).label == "Olek Dran"
    # ... and the official stands for his state
    assert root(v, idx).key == "actor:ruritania"


@pytest.mark.parametrize("speaker_text, same", [("a diplomatic source", False), ("a Bordurian Defence Ministry report", True)])
def test_origins_unnamed_sources_count_per_outlet(speaker_text, same):
    w = World()
    t1 = f"The Grey Legion has left Port Vela, {speaker_text} said."
    w.article("s1", t1, outlet="Vela Post")
    w.article("s2", t1, outlet="Harbour Times")
    a = w.claim("s1", t1, speaker_text=speaker_text)
    b = w.claim("s2", t1, speaker_text=speaker_text)
    idx = ActorIndex(ACTORS)
    views = build_views([a, b], idx, w.documents)
    assert (root(views[0], idx).key == root(views[1], idx).key) is same


def test_origins_unattributed_copies_count_once():
    w = World()
    text = "Grey Legion units shelled the northern districts of Port Vela overnight and cut the coastal road."
    w.article("c1", text, outlet="Vela Post")
    w.article("c2", "Overnight, " + text[0].lower() + text[1:], outlet="Kessa Daily")
    a = w.claim("c1", text)
    b = w.claim("c2", "Overnight, " + text[0].lower() + text[1:])
    idx = ActorIndex(ACTORS)
    views = build_views([a, b], idx, w.documents)
    assert len(independent_origins(views, idx)) == 1


def test_origins_grade_single_hedged_source_is_doubtful():
    w = World()
    t1 = "The Grey Legion is likely to have moved 40 tanks to Port Vela, Ana Vos said."
    t2 = "The Grey Legion may have moved about 40 tanks to Port Vela, Ana Vos told reporters."
    w.article("h1", t1, outlet="Vela Post", published="2031-01-01")
    w.article("h2", t2, outlet="Harbour Times", published="2031-01-02")
    kw = dict(speaker="ana-vos", type="MOBILIZE", subject="grey-legion", object="port-vela", value=40, unit="tanks",
              hedged=True)
    a = w.claim("h1", t1, content="The Grey Legion is likely to have moved 40 tanks to Port Vela", **kw)
    w.claim("h2", t2, content="The Grey Legion may have moved about 40 tanks to Port Vela", **kw)
    links, events, groups = w.run()
    ev = next(e for e in events if e.id == groups[a.id])
    assert ev.origins == 1 and ev.grade == "doubtful"
    assert any("hedged" in r for r in ev.reasons)


def test_origins_grade_only_denials_is_doubtful():
    w = World()
    t = "Petr Kral denied that Bordurian Grey Legion fighters had entered Port Vela."
    w.article("d", t, outlet="Vela Post")
    c = w.claim("d", t, content="Bordurian Grey Legion fighters had entered Port Vela", speaker="petr-kral",
                stance="denies", type="MOBILIZE", subject="grey-legion", object="port-vela")
    links, events, groups = w.run()
    ev = next(e for e in events if e.id == groups[c.id])
    assert ev.grade == "doubtful" and any("only denials" in r for r in ev.reasons)
