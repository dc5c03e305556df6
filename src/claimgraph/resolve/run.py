"""Run the reduce stage over a store and write its results back in one transaction."""
from __future__ import annotations

from ..model import Claim
from ..store import Store
from .actors import resolve_actors
from .crosscheck import crosscheck


def fill_claim_actors(claims: list[Claim], mention_actor: dict[str, str]) -> None:
    """Set speaker/subject/object/via actor ids from the resolved mentions."""
    for c in claims:
        c.speaker = mention_actor.get(c.speaker_mention) if c.speaker_mention else None
        c.event.subject = mention_actor.get(c.event.subject_mention) if c.event.subject_mention else None
        c.event.object = mention_actor.get(c.event.object_mention) if c.event.object_mention else None
        for v in c.via:
            if v.mention:
                v.actor = mention_actor.get(v.mention)


def resolve_store(store: Store) -> dict[str, int]:
    """Resolve actors and cross-check claims over everything in the store.

    RETURNS (dict): counts of actors, merges, links and event groups written.
    """
    mentions = list(store.mentions())
    actors, mention_actor, merges = resolve_actors(mentions)
    claims = list(store.claims())
    fill_claim_actors(claims, mention_actor)
    documents = {d.id: d for d in store.documents(status="analysed", with_text=False)}
    links, events, claim_group = crosscheck(claims, actors, documents)
    store.replace_corpus(actors=actors, mention_actor=mention_actor, merges=merges, links=links,
                         events=events, claim_group=claim_group)
    return {"actors": len(actors), "merges": len(merges), "links": len(links), "events": len(events)}
