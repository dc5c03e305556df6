"""Denials of a source (denied_sources.py): a report called false, an interview answer (invented texts)."""
from __future__ import annotations

import pytest

from claimgraph.model import Actor

from .world import ACTORS, World, links_between

POST = Actor(id="vela-post", name="Vela Post", kind="media", aliases=["Vela Post", "Post"])
WORLD_ACTORS = [*ACTORS, POST]

CARRIED = "According to the Vela Post, a leaked memo shows the Grey Legion entered the village of Dusk in May."
OTHER = "According to the Vela Post, Syldavian engineers repaired the bridge at Dusk."
DENIAL = "The Grey Legion said the Post's report was “pure fiction”."
PRAISE = "The Grey Legion said the Post's report was accurate."


@pytest.mark.parametrize("denial, linked", [(DENIAL, True), (PRAISE, False)])
def test_denied_sources_report_called_false_contradicts_what_the_medium_carries(denial, linked):
    w = World(WORLD_ACTORS)
    w.article("p1", f"{CARRIED} {OTHER}", outlet="Harbour Times", published="2031-05-06")
    a = w.claim("p1", CARRIED, content="a leaked memo shows the Grey Legion entered the village of Dusk in May",
                speaker="vela-post", speaker_text="the Vela Post", type="MOBILIZE", subject="grey-legion")
    o = w.claim("p1", OTHER, content="Syldavian engineers repaired the bridge at Dusk", speaker="vela-post",
                speaker_text="the Vela Post")
    w.article("p2", denial, outlet="Daily Courant", published="2031-05-08")
    d = w.claim("p2", denial, content=denial.split(" said ")[1].rstrip("."), speaker="grey-legion")
    links, _, _ = w.run()
    hits = links_between(links, a, d, "contradicts")
    assert bool(hits) == linked, links
    if linked:
        assert "report false" in hits[0].reason and "same event:" in hits[0].reason   # every link says why
    assert not links_between(links, o, d)          # the medium's story about someone else


def test_denied_sources_report_denial_reaches_claims_citing_the_medium_in_their_chain():
    w = World(WORLD_ACTORS)
    text = "A leaked memo shows the Grey Legion entered the village of Dusk in May, the Vela Post reported."
    w.article("p1", text, outlet="Harbour Times", published="2031-05-06")
    a = w.claim("p1", text, content="the Grey Legion entered the village of Dusk in May", speaker_text="A leaked memo",
                via=[("the Vela Post", "vela-post")], type="MOBILIZE", subject="grey-legion")
    w.article("p2", DENIAL, outlet="Daily Courant", published="2031-05-08")
    d = w.claim("p2", DENIAL, content="the Post's report was “pure fiction”", speaker="grey-legion")
    links, _, _ = w.run()
    assert links_between(links, a, d, "contradicts"), links


QUESTION = "Borduria says your camps shelter rebel commanders. Is that true?"
ANSWER = "That is simply false."
ELSEWHERE = "Borduria said on Friday that camps across the border shelter rebel commanders."
UNRELATED = "Borduria said on Friday that its harvest was the largest in a decade."


def _interview(w: World):
    w.article("i1", f"{QUESTION}\n\n{ANSWER} Our camps hold families.", outlet="Harbour Times",
              published="2031-05-10")
    q = w.claim("i1", "Borduria says your camps shelter rebel commanders.",
                content="your camps shelter rebel commanders", speaker="borduria")
    d = w.claim("i1", ANSWER, content="your camps shelter rebel commanders", speaker="olek-dran",
                stance="denies", speech_type="REJECT")
    return q, d


def test_denied_sources_interview_answer_contradicts_the_askers_claim_elsewhere():
    w = World()
    q, d = _interview(w)
    w.article("i2", f"{ELSEWHERE} {UNRELATED}", outlet="Vela Post", published="2031-05-08")
    e = w.claim("i2", ELSEWHERE, content="camps across the border shelter rebel commanders", speaker="borduria")
    u = w.claim("i2", UNRELATED, content="its harvest was the largest in a decade", speaker="borduria")
    links, _, _ = w.run()
    assert links_between(links, q, d, "contradicts"), links
    assert links_between(links, e, d, "contradicts"), links
    assert not links_between(links, u, d)


def test_denied_sources_answer_denials_follow_the_askers_claims():
    from claimgraph.resolve.actor_index import ActorIndex
    from claimgraph.resolve.denied_sources import answer_denials
    from claimgraph.resolve.features import build_views

    w = World()
    q, d = _interview(w)
    w.article("i2", f"{ELSEWHERE} {UNRELATED}", outlet="Vela Post", published="2031-05-08")
    e = w.claim("i2", ELSEWHERE, content="camps across the border shelter rebel commanders", speaker="borduria")
    w.claim("i2", UNRELATED, content="its harvest was the largest in a decade", speaker="borduria")
    idx = ActorIndex(w.actors)
    found = {(x.a.claim.id, x.b.claim.id) for x in answer_denials(build_views(w.claims, idx, w.documents), idx)}
    assert found == {(e.id, d.id)}


def test_denied_sources_interview_answer_reaches_only_the_askers_claims():
    w = World()
    q, d = _interview(w)
    text = "Syldavia's envoy said on Friday that rebel commanders shelter in Ruritanian camps."
    w.article("i3", text, outlet="Vela Post", published="2031-05-08")
    s = w.claim("i3", text, content="rebel commanders shelter in Ruritanian camps", speaker="syldavia")
    links, _, _ = w.run()
    assert not [l for l in links_between(links, s, d) if "interview answer" in l.reason], links


@pytest.mark.parametrize("denial, linked", [
    ("The Grey Legion said the report was “pure fiction”.", True),
    ("The Grey Legion said the rumours about the bridge were “pure fiction”.", False),   # no report of the medium
])
def test_denied_sources_a_report_named_by_a_noun_is_the_medium_just_before(denial, linked):
    w = World(WORLD_ACTORS)
    w.article("p1", f"{CARRIED} {denial}", outlet="Harbour Times", published="2031-05-06")
    a = w.claim("p1", CARRIED, content="a leaked memo shows the Grey Legion entered the village of Dusk in May",
                speaker="vela-post", speaker_text="the Vela Post", type="MOBILIZE", subject="grey-legion")
    d = w.claim("p1", denial, content=denial.split(" said ")[1].rstrip("."), speaker="grey-legion")
    links, _, _ = w.run()
    assert bool(links_between(links, a, d, "contradicts")) == linked, links


def test_denied_sources_report_denial_reaches_the_mediums_own_article():
    w = World(WORLD_ACTORS)
    own = "A leaked memo shows the Grey Legion entered the village of Dusk in May."
    w.article("p1", own, outlet="Vela Post", published="2031-05-06")
    a = w.claim("p1", own, content=own.rstrip("."), type="MOBILIZE", subject="grey-legion")   # the Post's own voice
    w.article("p2", DENIAL, outlet="Daily Courant", published="2031-05-08")
    d = w.claim("p2", DENIAL, content="the Post's report was “pure fiction”", speaker="grey-legion")
    links, _, _ = w.run()
    assert links_between(links, a, d, "contradicts"), links


@pytest.mark.parametrize("report_day, linked", [("2031-05-06", True), ("2031-01-10", False), ("2031-05-20", False)])
def test_denied_sources_a_report_denial_answers_recent_reports_only(report_day, linked):
    w = World(WORLD_ACTORS)
    w.article("p1", CARRIED, outlet="Harbour Times", published=report_day)
    a = w.claim("p1", CARRIED, content="a leaked memo shows the Grey Legion entered the village of Dusk in May",
                speaker="vela-post", speaker_text="the Vela Post", type="MOBILIZE", subject="grey-legion")
    w.article("p2", DENIAL, outlet="Daily Courant", published="2031-05-08")
    d = w.claim("p2", DENIAL, content="the Post's report was “pure fiction”", speaker="grey-legion")
    links, _, _ = w.run()
    assert bool([l for l in links_between(links, a, d) if "report false" in l.reason]) == linked, links


HERALD = Actor(id="dusk-herald", name="Dusk Herald", kind="media", aliases=["Dusk Herald"])
CORVO = Actor(id="corvo-group", name="Corvo Group", kind="organization", aliases=["Corvo Group"])
CORVO_BARE = Actor(id="corvo", name="Corvo", kind="person", aliases=["Corvo"])     # a bare name mis-typed


@pytest.mark.parametrize("denial, linked", [
    ("The Corvo Group said the Herald's investigation was “a fabrication”.", True),
    # look-alike: a last word two media share names neither
    ("The Corvo Group said the Courier's investigation was “a fabrication”.", False),
])
def test_denied_sources_a_medium_by_the_last_word_of_its_name(denial, linked):
    courier_a = Actor(id="vela-courier", name="Vela Courier", kind="media", aliases=["Vela Courier"])
    courier_b = Actor(id="dusk-courier", name="Dusk Courier", kind="media", aliases=["Dusk Courier"])
    w = World([*ACTORS, HERALD, CORVO, CORVO_BARE, courier_a, courier_b])
    own = "Corvo fighters executed at least nine prisoners near Dusk."
    w.article("h1", own, outlet="Dusk Herald", published="2031-06-04")
    a = w.claim("h1", own, content=own.rstrip("."), type="ASSAULT", subject="corvo")
    w.article("h2", denial, outlet="Vela Post", published="2031-06-06")
    d = w.claim("h2", denial, content=denial.split(" said ")[1].rstrip("."), speaker="corvo-group",
                stance="denies", speech_type="REJECT")
    links, _, _ = w.run()
    assert bool([l for l in links_between(links, a, d) if "report false" in l.reason]) == linked, links


def test_denied_sources_a_city_ending_a_mediums_name_is_the_city():
    herald = Actor(id="lunden-herald", name="Lunden Herald", kind="media", aliases=["Lunden Herald", "Herald of Lunden"])
    lunden = Actor(id="lunden", name="Lunden", kind="place", aliases=["Lunden"])
    w = World([*ACTORS, herald, lunden])
    text = "Borduria sent the Grey Legion to Port Vela, the Lunden Herald reported."
    w.article("c1", text, outlet="Harbour Times", published="2031-05-06")
    a = w.claim("c1", text, content="Borduria sent the Grey Legion to Port Vela", speaker="lunden-herald",
                type="MOBILIZE", subject="borduria")
    denial = "Petr Kral said the latest fairy tale from Lunden was false."
    w.article("c2", denial, outlet="Vela Post", published="2031-05-07")
    d = w.claim("c2", denial, content="the latest fairy tale from Lunden was false", speaker="petr-kral")
    links, _, _ = w.run()
    assert not [l for l in links_between(links, a, d) if "report false" in l.reason], links
