"""Event groups: components split by the kind of thing their figures count (invented articles)."""
from __future__ import annotations

from claimgraph.resolve.features import ActorIndex, build_views
from claimgraph.resolve.grouping import candidate_pairs, group_claims, score_pairs

from .world import World

TEXT = ("Borduria sent eight fighter jets to Port Vela on Monday, Syldavian officials said. "
        "Borduria sent about 14 fighter jets to Port Vela on Monday, General Ana Vos said. "
        "Borduria is sending fighter jets and mercenaries to Port Vela, Ivo Lenk said. "
        "Borduria sent 300 mercenaries to Port Vela on Monday, Olek Dran said. "
        "Borduria sent up to 300 mercenaries to Port Vela on Monday, Mara Tesh said.")


def _world():
    w = World()
    w.article("g", TEXT, outlet="Vela Post", published="2031-04-01")
    s = TEXT.split(". ")
    jets = [w.claim("g", s[0] + ".", content="Borduria sent eight fighter jets to Port Vela on Monday",
                    speaker="syldavia", type="MOBILIZE", subject="borduria", object="port-vela", value=8,
                    unit="fighter jets", qty_text="eight fighter jets"),
            w.claim("g", s[1] + ".", content="Borduria sent about 14 fighter jets to Port Vela on Monday",
                    speaker="ana-vos", type="MOBILIZE", subject="borduria", object="port-vela", value=14,
                    bound="approx", unit="fighter jets", qty_text="about 14 fighter jets")]
    both = w.claim("g", s[2] + ".", content="Borduria is sending fighter jets and mercenaries to Port Vela",
                   speaker="ivo-lenk", type="MOBILIZE", subject="borduria", object="port-vela")
    men = [w.claim("g", s[3] + ".", content="Borduria sent 300 mercenaries to Port Vela on Monday",
                   speaker="olek-dran", type="MOBILIZE", subject="borduria", object="port-vela", value=300,
                   unit="mercenaries", qty_text="300 mercenaries"),
           w.claim("g", s[4], content="Borduria sent up to 300 mercenaries to Port Vela on Monday",
                   speaker="mara-tesh", type="MOBILIZE", subject="borduria", object="port-vela", value=300,
                   bound="at_most", unit="mercenaries", qty_text="up to 300 mercenaries")]
    return w, jets, both, men


def test_grouping_splits_a_component_by_kind_of_figure():
    w, jets, both, men = _world()
    idx = ActorIndex(w.actors)
    views = build_views(w.claims, idx, w.documents)
    scored = score_pairs(views, idx, candidate_pairs(views, idx))
    whole = group_claims(len(views), scored)
    assert len(max(whole, key=len)) == 5            # one chain: jets - both - mercenaries
    parts = group_claims(len(views), scored, views=views)
    group = {v.claim.id: k for k, g in enumerate(parts) for i in g for v in [views[i]]}
    assert group[jets[0].id] == group[jets[1].id]
    assert group[men[0].id] == group[men[1].id]
    assert group[jets[0].id] != group[men[0].id]
    assert group[both.id] in (group[jets[0].id], group[men[0].id])


def test_crosscheck_events_keep_one_kind_of_figure():
    w, jets, _, men = _world()
    _, events, groups = w.run()
    assert groups[jets[0].id] != groups[men[0].id]
    assert all(len({f for f in e.label.split("(")[-1].split(";")}) == 1 for e in events if "(" in e.label)
