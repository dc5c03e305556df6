"""Cross-checking on articles we wrote: figures, bounds, denials, updates, grouping."""
from __future__ import annotations

import pytest

from claimgraph.model import Actor, Quantity
from claimgraph.resolve.compare import compare_figures
from claimgraph.resolve.crosscheck import crosscheck
from claimgraph.resolve.features import ActorIndex, classify_unit, figure_of, stem, words

from .world import ACTORS, World, links_between

JETS_A = ("Syldavian officials said on Tuesday that Borduria moved eight fighter jets from its northern bases "
          "to Port Vela. The deployment was the largest this year.")
JETS_B = ("The Bordurian air force has about 14 military fighters in Ruritania, a mix of Kv-24s and Tr-29s, "
          "General Ana Vos told reporters. She gave no further details.")
JETS_C = ("Interior minister Olek Dran said at least six Tr-29s and two Kv-24s landed at Port Vela from "
          "Borduria last week.")


def jets_world() -> tuple[World, dict]:
    w = World()
    w.article("a", JETS_A, outlet="Northern Ledger", published="2031-03-04")
    w.article("b", JETS_B, outlet="Harbour Times", published="2031-03-06")
    w.article("c", JETS_C, outlet="Vela Post", published="2031-03-05")
    c = {}
    c["eight"] = w.claim("a", JETS_A.split(". ")[0] + ".", content="Borduria moved eight fighter jets from its "
                         "northern bases to Port Vela", speaker="syldavia", speaker_text="Syldavian officials",
                         type="MOBILIZE", subject="borduria", object="port-vela", value=8, unit="fighter jets",
                         location="Port Vela")
    c["fourteen"] = w.claim("b", JETS_B.split(". ")[0] + ".", content="The Bordurian air force has about 14 "
                            "military fighters in Ruritania, a mix of Kv-24s and Tr-29s", speaker="ana-vos",
                            value=14, unit="military fighters", bound="approx", location="Ruritania",
                            subject="borduria", qty_text="about 14 military fighters")
    c["parts"] = w.claim("c", JETS_C, content="at least six Tr-29s and two Kv-24s landed at Port Vela from Borduria "
                         "last week", speaker="olek-dran", bound="at_least", parts=[(6, "Tr-29s"), (2, "Kv-24s")],
                         unit="Tr-29s and Kv-24s", location="Port Vela", type="MOBILIZE",
                         qty_text="at least six Tr-29s and two Kv-24s")
    return w, c


def test_crosscheck_different_figures_contradict():
    w, c = jets_world()
    links, events, groups = w.run()
    hit = links_between(links, c["eight"], c["fourteen"], "contradicts")
    assert hit, links
    assert "14" in hit[0].reason and "8" in hit[0].reason
    # "at least six ... and two": the total 8 is far below 14 (an estimate, not a refinement)
    assert links_between(links, c["parts"], c["fourteen"], "contradicts")


def test_crosscheck_sum_of_parts_corroborates():
    w, c = jets_world()
    links, _, _ = w.run()
    hit = links_between(links, c["eight"], c["parts"], "corroborates")
    assert hit and "same figure" in hit[0].reason
    assert not links_between(links, c["eight"], c["parts"], "contradicts")


def test_crosscheck_groups_one_event():
    w, c = jets_world()
    links, events, groups = w.run()
    assert groups[c["eight"].id] == groups[c["fourteen"].id] == groups[c["parts"].id]
    ev = next(e for e in events if e.id == groups[c["eight"].id])
    # Ana Vos and the "Syldavian officials" both speak for Syldavia: one origin, not two
    assert ev.documents == 3 and ev.origins == 2
    assert ev.subject == "borduria"
    assert any("figures disagree" in r for r in ev.reasons)
    assert ev.grade == "probably true"


TOLL_1 = "At least 12 people were killed when shells hit the market in Port Vela on Sunday, medics said."
TOLL_2 = "The death toll from Sunday's shelling of the Port Vela market has risen to 31, hospital officials said."
TOLL_3 = "Officials now say 58 people died in the shelling of the Port Vela market on Sunday."


def test_crosscheck_rising_death_toll_updates_not_contradicts():
    w = World()
    w.article("t1", TOLL_1, outlet="Vela Post", published="2031-05-04")
    w.article("t2", TOLL_2, outlet="Harbour Times", published="2031-05-05")
    w.article("t3", TOLL_3, outlet="Northern Ledger", published="2031-05-07")
    kw = dict(type="ASSAULT", location="Port Vela", date="2031-05-04")
    one = w.claim("t1", TOLL_1, content=TOLL_1.split(", medics")[0], speaker_text="medics", value=12,
                  unit="people killed", bound="at_least", **kw)
    two = w.claim("t2", TOLL_2, content=TOLL_2.split(", hospital")[0], speaker_text="hospital officials", value=31,
                  unit="death toll", **kw)
    three = w.claim("t3", TOLL_3, content="58 people died in the shelling of the Port Vela market on Sunday",
                    speaker_text="Officials", value=58, unit="people died", **kw)
    links, events, groups = w.run()
    assert not [l for l in links if l.kind == "contradicts"], links
    ups = [l for l in links if l.kind == "updates"]
    assert {(l.a, l.b) for l in ups} >= {(one.id, two.id), (two.id, three.id)}
    assert all("→" in l.reason for l in ups)
    assert len({groups[one.id], groups[two.id], groups[three.id]}) == 1


def test_crosscheck_falling_tally_later_is_a_contradiction():
    w = World()
    w.article("t1", TOLL_2, outlet="Harbour Times", published="2031-05-05")
    w.article("t3", TOLL_3, outlet="Northern Ledger", published="2031-05-03")
    kw = dict(type="ASSAULT", location="Port Vela", date="2031-05-03")
    a = w.claim("t1", TOLL_2, speaker_text="hospital officials", value=31, unit="death toll", **kw)
    b = w.claim("t3", TOLL_3, speaker_text="Officials", value=58, unit="people died", **kw)
    links, _, _ = w.run()
    # the later report (t1, 05-05) gives a lower toll than the earlier (t3, 05-03): not an update
    assert links_between(links, a, b, "contradicts")


BOUND_A = "At least 40 people were killed in the flooding of the Kessa valley, the Red Crescent said."
BOUND_B = "Local authorities said 47 people had died in the Kessa valley floods."


def test_crosscheck_lower_bound_is_not_a_contradiction():
    w = World()
    w.article("f1", BOUND_A, outlet="Vela Post", published="2031-06-02")
    w.article("f2", BOUND_B, outlet="Harbour Times", published="2031-06-02")
    a = w.claim("f1", BOUND_A, content="At least 40 people were killed in the flooding of the Kessa valley",
                speaker_text="the Red Crescent", value=40, unit="people killed", bound="at_least",
                location="Kessa valley")
    b = w.claim("f2", BOUND_B, content="47 people had died in the Kessa valley floods", speaker_text="Local authorities",
                value=47, unit="people died", location="Kessa valley")
    links, _, _ = w.run()
    assert not links_between(links, a, b, "contradicts")
    assert links_between(links, a, b, "corroborates"), links


UPTO_A = "The Grey Legion has up to 1,200 fighters in Ruritania, according to a confidential UN report."
UPTO_B = "Diplomats say the Grey Legion sent 1,200 mercenaries to Ruritania last year."
HUNDREDS = "A Ruritanian officer said the Grey Legion had deployed hundreds of mercenaries in the north."


def test_crosscheck_upper_bound_agrees_with_its_figure():
    w = World()
    w.article("u1", UPTO_A, outlet="Vela Post", published="2031-02-01")
    w.article("u2", UPTO_B, outlet="Harbour Times", published="2031-02-03")
    a = w.claim("u1", UPTO_A, content="The Grey Legion has up to 1,200 fighters in Ruritania",
                speaker_text="a confidential UN report", via=[("UN", "un")], type="MOBILIZE",
                subject="grey-legion", object="ruritania", value=1200, unit="fighters", bound="at_most")
    b = w.claim("u2", UPTO_B, content="the Grey Legion sent 1,200 mercenaries to Ruritania last year",
                speaker_text="Diplomats", type="MOBILIZE", subject="grey-legion", object="ruritania",
                value=1200, unit="mercenaries")
    links, _, _ = w.run()
    assert links_between(links, a, b, "corroborates")


def test_crosscheck_vague_figure_against_exact_one():
    w = World()
    w.article("u2", UPTO_B, outlet="Harbour Times", published="2031-02-03")
    w.article("u3", HUNDREDS, outlet="Vela Post", published="2031-02-04")
    b = w.claim("u2", UPTO_B, content="the Grey Legion sent 1,200 mercenaries to Ruritania last year",
                speaker_text="Diplomats", type="MOBILIZE", subject="grey-legion", object="ruritania",
                value=1200, unit="mercenaries")
    c = w.claim("u3", HUNDREDS, content="the Grey Legion had deployed hundreds of mercenaries in the north",
                speaker_text="A Ruritanian officer", type="MOBILIZE", subject="grey-legion", value=200, low=200,
                high=999, bound="vague", unit="mercenaries", qty_text="hundreds of mercenaries")
    links, _, _ = w.run()
    assert links_between(links, b, c, "contradicts")


DENY_A = ("“We watched as Borduria flew its newest jet fighters to Ruritania, every step of the way,” "
          "said Syldavian General Ana Vos.")
DENY_B = ("Reports of repainted Bordurian fighter jets being flown to Ruritania have nothing to do with reality, "
          "Szohod said on Friday.")


def test_crosscheck_denial_contradicts_the_assertion():
    w = World()
    w.article("n1", DENY_A, outlet="Harbour Times", published="2031-07-01")
    w.article("n2", DENY_B, outlet="Vela Post", published="2031-07-02")
    a = w.claim("n1", DENY_A, content="We watched as Borduria flew its newest jet fighters to Ruritania, every step "
                "of the way", speaker="ana-vos", type="MOBILIZE", subject="borduria", object="ruritania")
    d = w.claim("n2", DENY_B, content="Reports of repainted Bordurian fighter jets being flown to Ruritania",
                speaker="borduria", speaker_text="Szohod", stance="denies", speech_type="REJECT")
    links, events, groups = w.run()
    hit = links_between(links, a, d, "contradicts")
    assert hit, links
    assert "denies" in hit[0].reason and "denied by the accused" in hit[0].reason
    ev = next(e for e in events if e.id == groups[a.id])
    assert any("denied by the accused party" in r for r in ev.reasons)


ANAPHORA = ("Syldavia accused Borduria of sending Grey Legion mercenaries to the Kessa valley. "
            "The Bordurian Defence Ministry denied the allegations. "
            "Talks are due to resume in March.")


def test_crosscheck_contentless_denial_refers_back():
    w = World()
    w.article("x", ANAPHORA, outlet="Vela Post", published="2031-01-10")
    acc = w.claim("x", ANAPHORA.split(". ")[0] + ".", content="Borduria of sending Grey Legion mercenaries to the "
                  "Kessa valley", speaker="syldavia", speech_type="ACCUSE", type="MOBILIZE", subject="borduria")
    den = w.claim("x", "The Bordurian Defence Ministry denied the allegations.", content="the allegations",
                  speaker="borduria-defence", stance="denies", speech_type="REJECT")
    links, _, groups = w.run()
    assert links_between(links, acc, den, "contradicts")
    assert groups[acc.id] == groups[den.id]


def test_crosscheck_reject_speech_act_counts_only_by_the_accused():
    """'X rejected the plan' by a third party is not a denial of what the plan's author did."""
    w = World()
    text = ("Syldavia sent 300 troops to Port Vela, General Ana Vos said. "
            "Ruritanian interior minister Olek Dran rejected the Syldavian troop deployment to Port Vela.")
    w.article("r", text, outlet="Vela Post", published="2031-01-10")
    a = w.claim("r", "Syldavia sent 300 troops to Port Vela, General Ana Vos said.",
                content="Syldavia sent 300 troops to Port Vela", speaker="ana-vos", type="MOBILIZE",
                subject="syldavia", object="port-vela", value=300, unit="troops")
    b = w.claim("r", "Ruritanian interior minister Olek Dran rejected the Syldavian troop deployment to Port Vela.",
                content="the Syldavian troop deployment to Port Vela", speaker="olek-dran", speech_type="REJECT")
    links, _, _ = w.run()
    assert not links_between(links, a, b, "contradicts")


def test_crosscheck_never_links_a_speaker_with_himself_in_one_sentence():
    w = World()
    text = "Olek Dran said 300 Syldavian troops, and later 500 Syldavian troops, reached Port Vela."
    w.article("s", text, outlet="Vela Post", published="2031-01-10")
    kw = dict(speaker="olek-dran", type="MOBILIZE", subject="syldavia", object="port-vela", unit="troops")
    a = w.claim("s", text, content="300 Syldavian troops reached Port Vela", value=300, **kw)
    b = w.claim("s", text, content="500 Syldavian troops reached Port Vela", value=500, **kw)
    links, _, _ = w.run()
    assert not links_between(links, a, b)


def test_crosscheck_different_doers_are_not_compared():
    w = World()
    t1 = "Syldavia has sent 500 troops to Port Vela, its defence ministry said."
    t2 = "Borduria has sent 900 troops to Port Vela, Petr Kral said."
    w.article("p1", t1, outlet="Vela Post", published="2031-01-10")
    w.article("p2", t2, outlet="Harbour Times", published="2031-01-10")
    a = w.claim("p1", t1, content="Syldavia has sent 500 troops to Port Vela", speaker_text="its defence ministry",
                type="MOBILIZE", subject="syldavia", object="port-vela", value=500, unit="troops")
    b = w.claim("p2", t2, content="Borduria has sent 900 troops to Port Vela", speaker="petr-kral",
                type="MOBILIZE", subject="borduria", object="port-vela", value=900, unit="troops")
    links, _, groups = w.run()
    assert not links_between(links, a, b)
    assert groups.get(a.id) != groups.get(b.id)


def test_crosscheck_different_kinds_of_thing_are_not_compared():
    w = World()
    t1 = "Borduria flew 8 fighter jets to Port Vela, Ana Vos said."
    t2 = "Borduria flew 1,200 fighters to Port Vela on transport planes, Ivo Lenk said."
    w.article("k1", t1, outlet="Vela Post", published="2031-01-10")
    w.article("k2", t2, outlet="Harbour Times", published="2031-01-10")
    a = w.claim("k1", t1, content="Borduria flew 8 fighter jets to Port Vela", speaker="ana-vos", type="MOBILIZE",
                subject="borduria", object="port-vela", value=8, unit="fighter jets")
    b = w.claim("k2", t2, content="Borduria flew 1,200 fighters to Port Vela on transport planes", speaker="ivo-lenk",
                type="MOBILIZE", subject="borduria", object="port-vela", value=1200, unit="fighters")
    links, _, _ = w.run()
    assert not links_between(links, a, b, "contradicts")


def test_crosscheck_armed_groups_do_not_stand_for_their_country_rivals():
    idx = ActorIndex(ACTORS)
    assert idx.compatible("ana-vos", "syldavia")          # an official counts for his state
    assert idx.compatible("petr-kral", "borduria-defence")  # two organs of one state
    assert not idx.compatible("northern-front", "ruritania-govt")
    assert not idx.compatible("mara-tesh", "olek-dran")    # same country, rival affiliations
    assert idx.compatible("grey-legion", "borduria")       # a group and its sponsor state


@pytest.mark.parametrize("x, y, expected", [
    (dict(value=8, unit="jets"), dict(value=14, unit="jets", bound="approx"), "conflict"),
    (dict(value=58, unit="people killed", bound="at_least"), dict(value=70, unit="people killed"), "consistent"),
    (dict(value=58, unit="people killed", bound="at_least"), dict(value=120, unit="people killed"), "conflict"),
    # a floor far below the other count is a partial count the total contains (bound_partial_ratio)
    (dict(value=58, unit="people killed", bound="at_least"), dict(value=200, unit="people killed"), "floor"),
    (dict(value=40, unit="contractors", bound="at_least"), dict(value=150, unit="contractors", bound="approx"),
     "floor"),
    (dict(value=8, unit="aircraft", bound="at_least"), dict(value=14, unit="aircraft", bound="approx"), "conflict"),
    # a vague plural satisfies a lower bound below it
    (dict(value=40, unit="mercenaries", bound="at_least"), dict(value=200, low=200, high=999, bound="vague",
                                                                 unit="mercenaries"), "floor"),
    # an increment is not the whole
    (dict(value=2, unit="army brigades"), dict(value=2, unit="more brigades", text="two more brigades"), None),
    (dict(value=300, unit="troops", text="another 300 troops"), dict(value=300, unit="troops"), None),
    (dict(value=58, unit="people killed", bound="at_least"), dict(value=40, unit="people killed"), "conflict"),
    (dict(value=1200, unit="fighters", bound="at_most"), dict(value=1200, unit="mercenaries"), "equal"),
    (dict(value=1200, unit="people", bound="at_most"), dict(value=1200, unit="people", bound="at_most"), "equal"),
    (dict(value=6, unit="F-16s"), dict(value=8, unit="jets"), "part"),
    (dict(value=6, unit="KV-9 jets", bound="at_least"), dict(value=14, unit="military aircraft"), "part"),
    (dict(value=11, unit="children"), dict(value=31, unit="people killed"), "part"),
    (dict(value=8, unit="jets"), dict(value=400, unit="aircraft"), None),
    (dict(value=1200, unit="fighters", bound="at_most"), dict(value=200, low=200, high=999, bound="vague",
                                                                unit="foreign fighters"), "conflict"),
    (dict(value=1200, unit="fighters", bound="at_most"), dict(value=900, unit="fighters"), "consistent"),
    (dict(value=9, unit="F-16s"), dict(value=8, unit="jets"), "conflict"),
    (dict(value=6, unit="F-16s"), dict(value=2, unit="J-10s"), None),
    (dict(value=8, unit="fighters"), dict(value=1200, unit="fighters"), None),
    (dict(value=8, unit="tanks"), dict(value=8, unit="jets"), None),
    (dict(value=50, low=50, bound="vague", unit="mercenaries"), dict(value=1200, unit="mercenaries"), "consistent"),
    (dict(value=200, low=200, high=999, bound="vague", unit="mercenaries"), dict(value=1200, unit="mercenaries"),
     "conflict"),
    (dict(value=10, low=10, high=20, bound="range", unit="tanks"), dict(value=15, unit="tanks"), "consistent"),
    (dict(value=3, unit="years"), dict(value=5, unit="years"), "none"),
])
def test_compare_figures_respects_bounds(x, y, expected):
    fx = figure_of(Quantity(**x), ["deploy", "kill"])
    fy = figure_of(Quantity(**y), ["deploy", "kill"])
    if expected == "none":
        assert fx is None and fy is None        # durations are never compared
        return
    got = compare_figures(fx, fy)
    assert (got[0] if got else None) == expected, got


@pytest.mark.parametrize("unit, context, family", [
    ("jet fighters", [], "aircraft"),
    ("military fighters", ["air"], "aircraft"),
    ("fighters", ["mercenary", "deploy"], "combatants"),
    ("people", ["killed"], "killed"),
    ("people", ["wounded", "treated"], "injured"),
    ("people", ["deployed"], "combatants"),
    ("MiG 29s", [], "aircraft"),
    ("dollars", [], "money"),
])
def test_classify_unit_settles_ambiguous_words_by_context(unit, context, family):
    fams, _, _ = classify_unit(unit, [stem(w) for w in context])
    assert family in fams and len(fams) == 1, fams


def test_words_join_designations_and_thousands():
    assert words("six MiG 29s, two Su-24s and 1,200 men in May 27") == \
        ["six", "MiG29", "two", "Su24", "and", "1200", "men", "in", "May", "27"]


def test_crosscheck_empty_and_untyped_inputs():
    assert crosscheck([], [], {}) == ([], [], {})
    w = World()
    w.article("z", "Nothing happened here at all today.", outlet="Vela Post")
    w.claim("z", "Nothing happened here at all today.")
    links, events, groups = w.run()
    assert links == [] and events == [] and groups == {}


def test_figure_of_reads_the_words_after_a_unit_that_names_no_thing():
    content = "about 30 Bordurian-built armoured vehicles crossed the border at dawn"
    q = Quantity(value=30, unit="Bordurian", text="about 30 Bordurian", bound="approx")
    fig = figure_of(q, [stem(w) for w in words(content)], content)
    assert fig is not None and fig.families == {"vehicles"}


def test_actor_index_ignores_pronouns_listed_as_aliases():
    from claimgraph.model import Actor

    idx = ActorIndex([Actor(id="borduria", name="Borduria", kind="country", aliases=["Borduria", "it", "its"]),
                      Actor(id="us", name="United States", kind="country", aliases=["US", "United States"])])
    out, found = idx.find(words("It said us and the US met Borduria"))
    assert found == {"borduria", "us"}
    assert out.count("@us") == 1 and "it" not in [o.lower() for o in out if o.startswith("@")]


def test_crosscheck_shared_third_country_counts_as_place():
    """Neither claim says where; both name Ruritania, which is neither doer's country."""
    w = World()
    t1 = "Petr Kral rejected reports that Grey Legion mercenaries were fighting in Ruritania."
    t2 = "Syldavia said Borduria had sent Grey Legion mercenaries into Ruritania."
    w.article("g1", t1, outlet="Vela Post", published="2031-02-01")
    w.article("g2", t2, outlet="Harbour Times", published="2031-02-02")
    den = w.claim("g1", t1, content="Grey Legion mercenaries were fighting in Ruritania", speaker="petr-kral",
                  stance="denies", speech_type="REJECT")
    acc = w.claim("g2", t2, content="Borduria had sent Grey Legion mercenaries into Ruritania", speaker="syldavia",
                  type="MOBILIZE", subject="borduria")
    links, _, _ = w.run()
    hit = links_between(links, den, acc, "contradicts")
    assert hit and "place named in both (Ruritania)" in hit[0].reason


# -- figures with no doer or event type, tied by what they are about ------------------------------

AIR_A = ("Ruritanian officials said six Kv-24s and two Tr-29s had landed at the airfield in Port Vela. "
         "Eight Bordurian warplanes are now parked on the airstrip, Olek Dran told reporters in Lakeside.")
AIR_B = "Observers counted about 15 military aircraft at the airfield in Port Vela on Friday, the UN mission said."
AIR_C = "Satellite pictures show 15 helicopters at an army base in Ostrova, a private imaging firm said."


def air_world() -> tuple[World, dict]:
    w = World()
    w.article("a", AIR_A, outlet="Vela Post", published="2031-04-02")
    w.article("b", AIR_B, outlet="Harbour Times", published="2031-04-05")
    w.article("c", AIR_C, outlet="Northern Ledger", published="2031-04-05")
    c = {}
    c["place"] = w.claim("a", AIR_A.split(". ")[0] + ".", content="six Kv-24s and two Tr-29s had landed at the "
                         "airfield in Port Vela", speaker="ruritania", speaker_text="Ruritanian officials")
    # the figure names no place: "the airstrip" is the one in the sentence before
    c["eight"] = w.claim("a", "Eight Bordurian warplanes are now parked on the airstrip, Olek Dran told reporters "
                         "in Lakeside.", content="Eight Bordurian warplanes are now parked on the airstrip",
                         speaker="olek-dran", value=8, unit="Bordurian warplanes",
                         qty_text="Eight Bordurian warplanes")
    c["fifteen"] = w.claim("b", AIR_B, content="Observers counted about 15 military aircraft at the airfield in "
                           "Port Vela on Friday", speaker="un", value=15, bound="approx", unit="military aircraft",
                           qty_text="about 15 military aircraft")
    c["elsewhere"] = w.claim("c", AIR_C, content="Satellite pictures show 15 helicopters at an army base in Ostrova",
                             value=15, unit="helicopters", qty_text="15 helicopters")
    return w, c


def test_crosscheck_untyped_figures_at_one_place_contradict():
    w, c = air_world()
    links, _, _ = w.run()
    hit = links_between(links, c["eight"], c["fifteen"], "contradicts")
    assert hit, [(l.a, l.b, l.kind) for l in links]
    assert "same place (Port Vela)" in hit[0].reason and "8 vs 15" in hit[0].reason


def test_crosscheck_untyped_figures_with_nothing_in_common_are_not_linked():
    w, c = air_world()
    links, _, _ = w.run()
    assert not links_between(links, c["eight"], c["elsewhere"])
    assert not links_between(links, c["fifteen"], c["elsewhere"])


def test_crosscheck_a_claim_citing_the_other_figure_is_tied_to_it():
    w = World()
    t1 = "Syldavia said nine tanks crossed the border."
    t2 = "The UN counted 20 tanks, more than the nine tanks Syldavia reported."
    w.article("x", t1, outlet="Vela Post", published="2031-06-01")
    w.article("y", t2, outlet="Harbour Times", published="2031-06-02")
    a = w.claim("x", t1, content="nine tanks crossed the border", speaker="syldavia", value=9, unit="tanks",
                qty_text="nine tanks")
    b = w.claim("y", t2, content="The UN counted 20 tanks, more than the nine tanks Syldavia reported",
                value=20, unit="tanks", qty_text="20 tanks")
    links, _, _ = w.run()
    hit = links_between(links, a, b, "contradicts")
    assert hit and "cites the other's figure (9)" in hit[0].reason


def test_crosscheck_killed_and_wounded_are_not_compared():
    w = World()
    t1 = "The shelling of Port Vela killed 12 people and wounded 40 people, medics said."
    w.article("k", t1, outlet="Vela Post", published="2031-05-04")
    t2 = "Doctors in Port Vela said they treated 40 wounded people after the shelling."
    w.article("h", t2, outlet="Harbour Times", published="2031-05-04")
    killed = w.claim("k", t1, content="The shelling of Port Vela killed 12 people", value=12, unit="people",
                     qty_text="12 people", location="Port Vela")
    wounded = w.claim("h", t2, content="they treated 40 wounded people after the shelling", value=40,
                      unit="wounded people", qty_text="40 wounded people", location="Port Vela")
    links, _, _ = w.run()
    assert not links_between(links, killed, wounded)


def test_crosscheck_a_part_of_the_dead_is_not_a_rival_toll():
    w = World()
    t1 = "At least 31 people were killed in the shelling of Port Vela, the mayor said."
    t2 = "Eleven children are among the dead in Port Vela, the hospital said."
    w.article("m", t1, outlet="Vela Post", published="2031-05-05")
    w.article("n", t2, outlet="Harbour Times", published="2031-05-06")
    toll = w.claim("m", t1, content="At least 31 people were killed in the shelling of Port Vela", value=31,
                   bound="at_least", unit="people", qty_text="At least 31 people", location="Port Vela")
    part = w.claim("n", t2, content="Eleven children are among the dead in Port Vela", value=11, unit="children",
                   qty_text="Eleven children", location="Port Vela")
    links, _, _ = w.run()
    assert not [l for l in links_between(links, toll, part) if l.kind in ("contradicts", "updates")]


def test_crosscheck_denial_meets_the_demonym_and_other_words_for_the_thing():
    """"Syldavian warplanes" name Syldavia; "warplanes" and "aircraft" are one kind of thing."""
    actors = [a for a in ACTORS if a.id != "syldavia"] + [
        Actor(id="syldavia", name="Syldavia", kind="country", aliases=["Syldavia"])]
    w = World(actors)
    t1 = "Eight Syldavian warplanes landed at the airfield of Port Vela, Olek Dran said."
    t2 = "Syldavia denied that any of its aircraft were in Ruritania."
    w.article("p", t1, outlet="Vela Post", published="2031-07-01")
    w.article("q", t2, outlet="Harbour Times", published="2031-07-03")
    acc = w.claim("p", t1, content="Eight Syldavian warplanes landed at the airfield of Port Vela",
                  speaker="olek-dran", value=8, unit="Syldavian warplanes", qty_text="Eight Syldavian warplanes")
    den = w.claim("q", t2, content="any of its aircraft were in Ruritania", speaker="syldavia", stance="denies",
                  speech_type="REJECT")
    links, _, _ = w.run()
    hit = links_between(links, acc, den, "contradicts")
    assert hit and "denied by the accused (Syldavia)" in hit[0].reason


@pytest.mark.parametrize("asserting, hedged", [("petr-kral", False), (None, True)])
def test_crosscheck_denial_needs_an_accuser(asserting, hedged):
    """A side does not contradict itself; an outlet's hedged musing accuses no one."""
    w = World()
    t1 = "Not a single Bordurian jet may have crossed into Ruritania, whatever others say."
    t2 = "Borduria denied that its jets were in Ruritania."
    w.article("s", t1, outlet="Vela Post", published="2031-07-01")
    w.article("t", t2, outlet="Harbour Times", published="2031-07-02")
    a = w.claim("s", t1, content="Not a single Bordurian jet may have crossed into Ruritania", speaker=asserting,
                hedged=hedged)
    d = w.claim("t", t2, content="its jets were in Ruritania", speaker="borduria", stance="denies",
                speech_type="REJECT")
    links, _, _ = w.run()
    assert not links_between(links, a, d, "contradicts")


@pytest.mark.parametrize("a, b", [("shelled", "shelling"), ("targeted", "targeting"), ("supplied", "supplies"),
                                  ("landed", "land"), ("killed", "kill"), ("stopped", "stop"), ("jets", "jet")])
def test_stem_meets_inflections(a, b):
    assert stem(a) == stem(b)


def test_actor_index_reads_demonyms_and_prefers_places():
    idx = ActorIndex([Actor(id="valdoria", name="Valdoria", kind="country", aliases=["Valdoria"]),
                      Actor(id="brenik", name="Brenik", kind="place", aliases=["Brenik"]),
                      Actor(id="brenik-2", name="Brenik", kind="person", aliases=["Brenik"])])
    _, found = idx.find(words("Valdorian jets landed at Brenik"))
    assert found == {"valdoria", "brenik"}


def test_candidate_pairs_are_bounded_per_claim(monkeypatch):
    from claimgraph.resolve.features import build_views, settings
    from claimgraph.resolve.grouping import candidate_pairs

    w = World()
    for n in range(120):
        text = f"Borduria moved {n + 3} tanks to Port Vela on day {n}."
        w.article(f"d{n}", text, outlet=f"Outlet {n % 7}", published=f"2031-01-{n % 28 + 1:02d}")
        w.claim(f"d{n}", text, content=text[:-1], type="MOBILIZE", subject="borduria", object="port-vela",
                value=n + 3, unit="tanks", location="Port Vela")
    idx = ActorIndex(w.actors)
    views = build_views(w.claims, idx, w.documents)
    unbounded = len(candidate_pairs(views, idx))
    monkeypatch.setitem(settings()["blocking"], "max_candidates", 3)
    pairs = candidate_pairs(views, idx)
    assert len(pairs) <= 3 * len(views) < unbounded
    monkeypatch.setitem(settings()["blocking"], "max_block", 10)
    # the shared doer, place and kind make blocks of 120: skipped; left are the pairs of two
    # claims where one names the other's figure ("on day 5" and "5 tanks"): blocks of two
    left = candidate_pairs(views, idx)
    assert left and all(j - i == 3 for i, j in left)


def test_views_place_is_where_it_happened_not_where_it_was_said():
    from claimgraph.resolve.features import build_views

    actors = ACTORS + [Actor(id="lakeside", name="Lakeside", kind="place", aliases=["Lakeside"])]
    w = World(actors)
    text = ("Observers counted 15 aircraft at the airfield in Port Vela, the UN spokesman told reporters in "
            "Lakeside.")
    w.article("f", text, outlet="Vela Post", published="2031-04-05")
    w.claim("f", text, content=text[:-1], speaker="un", value=15, unit="aircraft", qty_text="15 aircraft")
    view = build_views(w.claims, ActorIndex(actors), w.documents)[0]
    assert view.own_places == {"port vela"}


def test_crosscheck_does_not_depend_on_the_order_of_claims():
    w, _ = air_world()
    for doc, text in (("a2", JETS_A), ("b2", JETS_B)):
        w.article(doc, text, outlet="Vela Post", published="2031-04-03")
        w.claim(doc, text.split(". ")[0] + ".", value=8 if doc == "a2" else 14, unit="jets",
                location="Port Vela", subject="borduria")
    forward = {(l.a, l.b, l.kind, l.reason) for l in w.run()[0]}
    w.claims.reverse()
    assert forward and {(l.a, l.b, l.kind, l.reason) for l in w.run()[0]} == forward


RISE_1 = "At least 11 people were killed when rockets struck the Port Vela bus depot, police said."
RISE_2 = "The death toll from the rocket strike on the Port Vela bus depot has risen to 19, the hospital said."
RISE_3 = "The hospital put the toll from the rocket strike on the Port Vela bus depot at 23 people killed."


@pytest.mark.parametrize("published", [("2031-07-01", "2031-07-01"), (None, None)])
def test_crosscheck_tally_that_rose_updates_without_later_dates(published):
    # one day, or no dates at all: "has risen to" says the higher toll is the later one
    w = World()
    w.article("r1", RISE_1, outlet="Vela Post", published=published[0])
    w.article("r2", RISE_2, outlet="Harbour Times", published=published[1])
    kw = dict(type="ASSAULT", location="Port Vela")
    low = w.claim("r1", RISE_1, content=RISE_1.split(", police")[0], speaker_text="police", value=11,
                  unit="people killed", bound="at_least", qty_text="At least 11 people", **kw)
    high = w.claim("r2", RISE_2, content=RISE_2.split(", the hospital")[0], speaker_text="the hospital", value=19,
                   unit="people killed", qty_text="19", **kw)
    links, _, _ = w.run()
    assert not links_between(links, low, high, "contradicts"), links
    ups = links_between(links, low, high, "updates")
    assert ups and (ups[0].a, ups[0].b) == (low.id, high.id)


def test_crosscheck_tally_later_in_one_article_from_another_voice_updates():
    text = RISE_1 + " " + RISE_3
    w = World()
    w.article("r", text, outlet="Vela Post", published="2031-07-01")
    kw = dict(type="ASSAULT", location="Port Vela")
    low = w.claim("r", RISE_1, content=RISE_1.split(", police")[0], speaker_text="police", value=11,
                  unit="people killed", bound="at_least", qty_text="At least 11 people", **kw)
    high = w.claim("r", RISE_3, speaker_text="The hospital", value=23, unit="people killed", qty_text="23 people",
                   **kw)
    links, _, _ = w.run()
    assert links_between(links, low, high, "updates") and not links_between(links, low, high, "contradicts")


SPLIT = "Twelve guns reached Port Vela, and the Grey Legion moved twelve guns to the Kessa valley, officials said."


def test_crosscheck_one_sentence_split_in_two_never_corroborates_itself():
    w = World()
    w.article("s", SPLIT, outlet="Vela Post", published="2031-07-01")
    a = w.claim("s", SPLIT, content="Twelve guns reached Port Vela", value=12, unit="guns", location="Port Vela",
                subject="grey-legion", type="MOBILIZE")
    b = w.claim("s", SPLIT, content="the Grey Legion moved twelve guns to the Kessa valley", speaker_text="officials",
                value=12, unit="guns", location="Port Vela", subject="grey-legion", type="MOBILIZE")
    links, _, _ = w.run()
    assert not links_between(links, a, b, "corroborates"), links


FLOOR = "At least 40 mercenaries of the Grey Legion are in Port Vela, Ruritanian officials said."
MANY = "A Syldavian diplomat said the Grey Legion had brought hundreds of mercenaries to Port Vela."


def test_crosscheck_lower_bound_met_by_a_vague_plural_is_no_contradiction():
    w = World()
    w.article("m1", FLOOR, outlet="Vela Post", published="2031-07-01")
    w.article("m2", MANY, outlet="Harbour Times", published="2031-07-02")
    a = w.claim("m1", FLOOR, content=FLOOR.split(", Ruritanian")[0], speaker="ruritania", value=40,
                unit="mercenaries", bound="at_least", location="Port Vela", subject="grey-legion",
                qty_text="At least 40 mercenaries")
    b = w.claim("m2", MANY, content="the Grey Legion had brought hundreds of mercenaries to Port Vela",
                speaker="syldavia", value=200, low=200, high=999, bound="vague", unit="mercenaries",
                location="Port Vela", subject="grey-legion", type="MOBILIZE", qty_text="hundreds of mercenaries")
    links, _, _ = w.run()
    assert not links_between(links, a, b, "contradicts"), links


def test_crosscheck_floor_far_below_a_later_toll_updates_it():
    w = World()
    w.article("r1", RISE_1, outlet="Vela Post", published="2031-07-01")
    w.article("r3", RISE_3, outlet="Harbour Times", published="2031-07-04")
    kw = dict(type="ASSAULT", location="Port Vela")
    low = w.claim("r1", RISE_1, content=RISE_1.split(", police")[0], speaker_text="police", value=11,
                  unit="people killed", bound="at_least", qty_text="At least 11 people", **kw)
    high = w.claim("r3", RISE_3, speaker_text="The hospital", value=47, unit="people killed", qty_text="47", **kw)
    links, _, _ = w.run()
    assert links_between(links, low, high, "updates") and not links_between(links, low, high, "contradicts")


@pytest.mark.parametrize("text,qty_text,increment", [
    ("Three more of the wounded died overnight.", "Three", True),
    ("The army sent another 300 troops to the border.", "300 troops", True),
    ("The army sent 300 troops to the border.", "300 troops", False),
])
def test_figure_of_reads_increments_beside_the_figure(text, qty_text, increment):
    f = figure_of(Quantity(value=3, unit="troops", text=qty_text), ["deploy"], text)
    assert f is not None and f.increment is increment


@pytest.mark.parametrize("qty_text", ["More than 100 people", "no more than 100 people"])
def test_figure_of_a_comparative_bound_is_no_increment(qty_text):
    f = figure_of(Quantity(value=100, unit="people wounded", text=qty_text, bound="at_least"), ["wound"],
                  f"{qty_text} were still being treated.")
    assert f is not None and not f.increment
