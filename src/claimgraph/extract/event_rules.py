"""The event rules of ``plover.yaml`` read by the events step alone, compiled once per process.

``lexicons.plover()`` holds the lexicon every claim step shares; the keys here are only read by
``events.py``/``nominal.py``/``arguments.py`` (grievances, origins, weapon fire, state nouns, counterparts),
so they are loaded beside it without widening the shared record.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .. import data
from .lexicons import _check_type


@dataclass(frozen=True)
class EventRules:
    """Event rules from ``plover.yaml`` (see the comments there for each key)."""

    grievance_types: frozenset[str]
    grievance_preps: frozenset[str]
    grievance_links: frozenset[str]
    origin_verbs: frozenset[str]
    origin_things: frozenset[str]
    passive_origin_types: frozenset[str]
    fire_nouns: frozenset[str]
    fire_modifiers: frozenset[str]
    holding_participles: frozenset[str]
    captive_nouns: frozenset[str]
    bearer_objects: frozenset[str]
    state_nouns: frozenset[str]
    person_state_nouns: frozenset[str]
    counterpart_nouns: frozenset[str]
    failure_verbs: frozenset[str]
    modified_nouns: dict
    means_hosts: frozenset[str]
    threat_intent_verbs: frozenset[str]
    threat_types: frozenset[str]
    border_nouns: frozenset[str]
    agreeing_verbs: frozenset[str] = frozenset()
    agreed_types: frozenset[str] = frozenset()
    receiving_hosts: frozenset[str] = frozenset()
    participation_objects: frozenset[str] = frozenset()
    operator_participles: frozenset[str] = frozenset()
    alert_phrases: dict = None
    side_nouns: frozenset[str] = frozenset()
    pair_nouns: frozenset[str] = frozenset()
    gratitude_hosts: frozenset[str] = frozenset()
    perpetrating_participles: frozenset[str] = frozenset()
    movement_orders: frozenset[str] = frozenset()
    call_to_nouns: frozenset[str] = frozenset()
    branding_verbs: frozenset[str] = frozenset()
    wrongdoing_nouns: frozenset[str] = frozenset()
    favour_nouns: frozenset[str] = frozenset()
    dismissed_nouns: frozenset[str] = frozenset()
    complex_preps: dict = None
    acting_nouns: frozenset[str] = frozenset()
    conditional_modals: frozenset[str] = frozenset()
    harm_verbs: frozenset[str] = frozenset()
    return_verbs: frozenset[str] = frozenset()
    announced_types: frozenset[str] = frozenset()
    announcing_verbs: frozenset[str] = frozenset()
    saying_verbs: frozenset[str] = frozenset()
    vessel_nouns: frozenset[str] = frozenset()
    buildup_verbs: frozenset[str] = frozenset()
    refused_types: frozenset[str] = frozenset()
    state_force_nouns: frozenset[str] = frozenset()
    member_nouns: frozenset[str] = frozenset()
    mission_nouns: frozenset[str] = frozenset()
    representative_nouns: frozenset[str] = frozenset()
    received_pledges: frozenset[str] = frozenset()
    mediating_verbs: frozenset[str] = frozenset()
    topic_verbs: frozenset[str] = frozenset()
    topic_excluded: frozenset[str] = frozenset()
    travel_verbs: frozenset[str] = frozenset()
    travel_roles: frozenset[str] = frozenset()
    order_nouns: frozenset[str] = frozenset()
    order_preps: frozenset[str] = frozenset()
    open_targets: frozenset[str] = frozenset()
    open_target_types: frozenset[str] = frozenset()
    projectile_nouns: frozenset[str] = frozenset()
    landing_verbs: frozenset[str] = frozenset()
    participation_nouns: frozenset[str] = frozenset()
    armed_nouns: frozenset[str] = frozenset()
    convoy_nouns: frozenset[str] = frozenset()
    arrival_verbs: frozenset[str] = frozenset()
    volunteer_nouns: frozenset[str] = frozenset()
    fighting_verbs: frozenset[str] = frozenset()
    inquiry_nouns: frozenset[str] = frozenset()
    post_nouns: frozenset[str] = frozenset()
    counted_moves: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def event_rules() -> EventRules:
    """The events-only rules of data/plover.yaml."""
    raw = data.load("plover.yaml")

    def words(key: str) -> frozenset[str]:
        return frozenset(str(x).lower() for x in raw.get(key, []) or [])

    return EventRules(
        grievance_types=frozenset(_check_type(t, "plover.yaml") for t in raw.get("grievance_types", [])),
        grievance_preps=words("grievance_preps"),
        grievance_links=words("grievance_links"),
        origin_verbs=words("origin_verbs"),
        origin_things=words("origin_things"),
        passive_origin_types=frozenset(_check_type(t, "plover.yaml") for t in raw.get("passive_origin_types", [])),
        fire_nouns=words("fire_nouns"),
        fire_modifiers=words("fire_modifiers"),
        holding_participles=words("holding_participles"),
        captive_nouns=words("captive_nouns"),
        bearer_objects=words("bearer_objects"),
        state_nouns=words("state_nouns"),
        person_state_nouns=words("person_state_nouns"),
        counterpart_nouns=words("counterpart_nouns"),
        failure_verbs=words("failure_verbs"),
        means_hosts=words("means_hosts"),
        threat_intent_verbs=words("threat_intent_verbs"),
        threat_types=frozenset(_check_type(t, "plover.yaml") for t in raw.get("threat_types", [])),
        border_nouns=words("border_nouns"),
        agreeing_verbs=words("agreeing_verbs"),
        agreed_types=frozenset(_check_type(t, "plover.yaml") for t in raw.get("agreed_types", [])),
        receiving_hosts=words("receiving_hosts"),
        participation_objects=words("participation_objects"),
        operator_participles=words("operator_participles"),
        side_nouns=words("side_nouns"),
        pair_nouns=words("pair_nouns"),
        gratitude_hosts=words("gratitude_hosts"),
        perpetrating_participles=words("perpetrating_participles"),
        movement_orders=words("movement_orders"),
        call_to_nouns=words("call_to_nouns"),
        branding_verbs=words("branding_verbs"),
        wrongdoing_nouns=words("wrongdoing_nouns"),
        favour_nouns=words("favour_nouns"),
        dismissed_nouns=words("dismissed_nouns"),
        acting_nouns=words("acting_nouns"),
        conditional_modals=words("conditional_modals"),
        harm_verbs=words("harm_verbs"),
        return_verbs=words("return_verbs"),
        announced_types=frozenset(_check_type(t, "plover.yaml") for t in raw.get("announced_types", [])),
        announcing_verbs=words("announcing_verbs"),
        saying_verbs=words("saying_verbs"),
        vessel_nouns=words("vessel_nouns"),
        buildup_verbs=words("buildup_verbs"),
        state_force_nouns=words("state_force_nouns"),
        member_nouns=words("member_nouns"),
        mission_nouns=words("mission_nouns"),
        representative_nouns=words("representative_nouns"),
        received_pledges=words("received_pledges"),
        mediating_verbs=words("mediating_verbs"),
        topic_verbs=words("topic_verbs"),
        topic_excluded=words("topic_excluded"),
        travel_verbs=words("travel_verbs"),
        travel_roles=words("travel_roles"),
        order_nouns=words("order_nouns"),
        order_preps=words("order_preps"),
        open_targets=words("open_targets"),
        open_target_types=frozenset(_check_type(t, "plover.yaml") for t in raw.get("open_target_types", [])),
        projectile_nouns=words("projectile_nouns"),
        landing_verbs=words("landing_verbs"),
        participation_nouns=words("participation_nouns"),
        armed_nouns=words("armed_nouns"),
        convoy_nouns=words("convoy_nouns"),
        arrival_verbs=words("arrival_verbs"),
        volunteer_nouns=words("volunteer_nouns"),
        fighting_verbs=words("fighting_verbs"),
        inquiry_nouns=words("inquiry_nouns"),
        post_nouns=words("post_nouns"),
        counted_moves=words("counted_moves"),
        refused_types=frozenset(_check_type(t, "plover.yaml") for t in raw.get("refused_types", [])),
        complex_preps={str(k).lower(): str(v).lower() for k, v in (raw.get("complex_preps") or {}).items()},
        alert_phrases={(e["verb"], e["prep"], n): _check_type(e["type"], "plover.yaml")
                       for e in raw.get("verb_prep_objects", []) for n in e["objects"]},
        modified_nouns={k: (frozenset(v["modifiers"]), _check_type(v["type"], "plover.yaml"))
                        for k, v in (raw.get("modified_nouns") or {}).items()},
    )
