"""FollowTheMoney: the store as FtM entities, one JSON object per line, for Aleph and the ftm tools.

Built with the ``followthemoney`` library, so every entity passes its schema:

- documents → ``Article`` (title, publisher, publishedAt, sourceUrl, language, bodyText);
- actors → ``Person``; ``PublicBody`` for countries and governments (a state acting);
  ``Organization`` for organisations, armed groups and media; ``Address`` for places;
  ``LegalEntity`` otherwise. Names, aliases, country (ISO code), roles (``position``);
- a person's or institution's country and organisation → ``Membership``;
- every claim → ``Event`` (name, the sentence as ``summary``, who says so and how surely as
  ``description``, date, place, ``involved``/``organizer``, ``proof`` = its Article);
- what the claim reports, subject → object → ``UnknownLink`` with the PLOVER type as ``role``;
- who says so → ``UnknownLink`` speaker (and each ``via`` source) → the claim's Event;
- cross-source links → ``UnknownLink`` between the two claims' Events (role corroborates,
  contradicts or updates; the reason as description);
- event groups → ``Event`` with the number of documents, independent origins and grade, and
  an ``UnknownLink`` from each claim's Event to its group (role ``reports``).

Load into Aleph with ``alephclient write-entities -i out.ftm.json -f COLLECTION``, or inspect
with ``ftm validate`` / ``ftm export-excel``. Places get an ``Address`` entity with coordinates.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import replace
from typing import IO, Any, Iterator

from followthemoney import model
from followthemoney.types import registry

from ..model import Actor, Claim, Document, EventGroup, Place
from .common import ActorIndex, Exporter, claim_date, speech_type

SCHEMA_BY_KIND = {
    "person": "Person", "country": "PublicBody", "government": "PublicBody", "organization": "Organization",
    "armed_group": "Organization", "media": "Organization", "place": "Address", "other": "LegalEntity",
}
TOPICS_BY_KIND = {"country": "gov.national", "government": "gov", "armed_group": "mil"}
NAMESPACE = "claimgraph"
TEXT_MAX = 65000     # FtM's limit for text properties (bodyText, summary)
NAME_MAX = 380
_BAD_ID = re.compile(r"[^0-9a-zA-Z.\-]+")
_SAFE_ID = re.compile(r"^[0-9a-zA-Z]([0-9a-zA-Z.\-]*[0-9a-zA-Z])?$")


def entity_id(kind: str, key: str) -> str:
    """A readable FtM id: ``claimgraph-actor-russia``.

    A key FtM would not take as is (``d…:c3``) becomes a slug plus a short hash of the key,
    so two keys never share an id.
    """
    if _SAFE_ID.match(key) and len(key) <= 120:
        return f"{NAMESPACE}-{kind}-{key}"
    slug = _BAD_ID.sub("-", key).strip("-.")[:80]
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]
    return f"{NAMESPACE}-{kind}-{slug}-{digest}" if slug else f"{NAMESPACE}-{kind}-{digest}"


def _country(value: str | None) -> str | None:
    return registry.country.clean_text(value) if value else None


class FtmBuilder:
    """Turns a scope into FtM entities (``EntityProxy``), streaming the claims.

    scope (Scope): what to export.
    """

    def __init__(self, scope):
        self.scope = scope
        self.actors = ActorIndex(scope.actors())
        self.schemata = {a.id: model.get(SCHEMA_BY_KIND.get(a.kind, "LegalEntity")) for a in self.actors.by_id.values()}
        self.docs: dict[str, Document] = {}
        self.places: set[str] = set()
        self.claim_group: dict[str, str] = {}

    def _ref(self, actor_id: str | None, range_: str = "LegalEntity") -> str | None:
        """The entity id of an actor, when its schema fits the property's range."""
        schema = self.schemata.get(actor_id) if actor_id else None
        if schema is None or not schema.is_a(range_):
            return None
        return entity_id("actor", actor_id)

    def entities(self) -> Iterator[Any]:
        """Every entity, one at a time: articles, actors, memberships, groups, claims, links."""
        for d in self.scope.documents(with_text=True):
            # keep the metadata for the claims, not the text
            self.docs[d.id] = replace(d, text="", raw_text=None, offset_map=[])
            yield self.article(d)
        for a in self.actors.by_id.values():
            yield self.actor(a)
            yield from self.memberships(a)
        for g in self.scope.events():
            yield self.group(g)
            for cid in g.claims:
                self.claim_group[cid] = g.id
        for cid, gid in self.scope.claim_groups():
            if gid:
                self.claim_group.setdefault(cid, gid)
        for c in self.scope.claims():
            yield from self.claim(c)
        for link in self.scope.links():
            e = model.make_entity("UnknownLink")
            e.id = entity_id("link", link.id)
            e.add("recordId", link.id)
            e.add("subject", entity_id("claim", link.a))
            e.add("object", entity_id("claim", link.b))
            e.add("role", link.kind)
            e.add("description", link.reason)
            yield e

    def article(self, d: Document) -> Any:
        """A document as an Article, with its text."""
        e = model.make_entity("Article")
        e.id = entity_id("doc", d.id)
        e.add("title", d.title or d.path.rsplit("/", 1)[-1])
        e.add("fileName", d.path.rsplit("/", 1)[-1])
        e.add("publisher", d.outlet)
        e.add("publishedAt", d.published)
        e.add("sourceUrl", d.url)
        e.add("language", d.language)
        e.add("bodyText", (d.text or "")[:TEXT_MAX])
        return e

    def actor(self, a: Actor) -> Any:
        """An actor as the schema of its kind (SCHEMA_BY_KIND)."""
        schema = self.schemata[a.id]
        e = model.make_entity(schema)
        e.id = entity_id("actor", a.id)
        code = self.actors.country_code(a.id)
        if schema.name == "Address":
            e.add("full", a.name or a.id)
        else:
            e.add("name", (a.name or a.id)[:NAME_MAX])
            e.add("alias", [s[:NAME_MAX] for s in a.aliases if s and s != a.name])
            e.add("classification", a.kind)
            e.add("topics", TOPICS_BY_KIND.get(a.kind))
        e.add("country", code)
        if schema.name == "Person":
            e.add("position", a.roles)
        return e

    def memberships(self, a: Actor) -> Iterator[Any]:
        """Membership of an actor in its organisation and country, where both ends fit."""
        member = self._ref(a.id)
        if member is None or a.kind == "country":
            return
        for other in dict.fromkeys((a.affiliation, a.country)):
            org = self._ref(other, "Organization")
            if org is None or other == a.id:
                continue
            e = model.make_entity("Membership")
            e.id = entity_id("member", f"{a.id}-{other}")
            e.add("member", member)
            e.add("organization", org)
            e.add("role", a.roles)
            yield e

    def group(self, g: EventGroup) -> Any:
        """An event group as an Event, with its documents, origins and grade."""
        e = model.make_entity("Event")
        e.id = entity_id("group", g.id)
        e.add("recordId", g.id)
        name = g.label or " ".join(x for x in (self.actors.name(g.subject), g.type, self.actors.name(g.object)) if x)
        e.add("name", (name or g.id)[:NAME_MAX])
        e.add("description", f"{g.documents} documents, {g.origins} independent origins"
                             + (f"; {g.grade}" if g.grade else "") + ("; " + "; ".join(g.reasons) if g.reasons else ""))
        e.add("startDate", g.first_date)
        e.add("endDate", g.last_date)
        e.add("keywords", [g.type, g.grade])
        e.add("involved", [self._ref(g.subject), self._ref(g.object)])
        e.add("organizer", self._ref(g.subject))
        return e

    def address(self, p: Place) -> Any:
        """A place as an Address, one entity per name, country and admin1."""
        e = model.make_entity("Address")
        e.id = entity_id("place", f"{p.name}-{p.country or ''}-{p.admin1 or ''}")
        e.add("full", ", ".join(x for x in (p.name, p.admin1) if x))
        e.add("state", p.admin1)
        e.add("country", _country(p.country))
        if p.lat is not None and p.lon is not None:
            e.add("latitude", p.lat)
            e.add("longitude", p.lon)
        return e

    def claim(self, c: Claim) -> Iterator[Any]:
        """The claim's Event, its place, its subject → object link and its source links."""
        d = self.docs.get(c.doc)
        proof = entity_id("doc", c.doc) if d else None
        ev = c.event
        e = model.make_entity("Event")
        e.id = entity_id("claim", c.id)
        e.add("recordId", c.id)
        subject = self.actors.name(ev.subject) or ev.subject_text
        obj = self.actors.name(ev.object) or ev.object_text
        name = " ".join(x for x in (subject, ev.type, obj) if x) if ev.type else (c.content_text or c.text)
        e.add("name", (name or c.id)[:NAME_MAX])
        e.add("summary", c.text[:TEXT_MAX])
        e.add("description", self._provenance(c, d))
        e.add("date", claim_date(c, d.published if d else None))
        e.add("location", ev.location)
        e.add("involved", [self._ref(ev.subject), self._ref(ev.object), self._ref(c.speaker)])
        e.add("organizer", self._ref(ev.subject))
        e.add("proof", proof)
        e.add("keywords", [ev.type, speech_type(c), c.stance, "hedged" if c.hedged else None,
                           "negated" if ev.negated else None])
        if d:
            e.add("publisher", d.outlet)
            e.add("sourceUrl", d.url)
        if ev.place and ev.place.name:
            place = self.address(ev.place)
            e.add("country", _country(ev.place.country))
            e.add("addressEntity", place.id)
            if place.id not in self.places:
                self.places.add(place.id)
                yield place
        yield e
        gid = self.claim_group.get(c.id)
        if gid:
            yield self._link(f"{c.id}-group", e.id, entity_id("group", gid), "reports", None, proof, None)
        subj, objt = self._ref(ev.subject, "Thing"), self._ref(ev.object, "Thing")
        if ev.type and subj and objt and subj != objt:
            role = ev.type + (" (negated)" if ev.negated else "")
            yield self._link(f"{c.id}-rel", subj, objt, role, c.text, proof, claim_date(c, d.published if d else None))
        speaker = self._ref(c.speaker, "Thing")
        if speaker:
            role = speech_type(c) or c.cue or "source"
            yield self._link(f"{c.id}-said", speaker, e.id, role, c.content_text or c.text, proof,
                             d.published if d else None)
        for i, v in enumerate(c.via):
            source = self._ref(v.actor, "Thing")
            if source and source != speaker:
                yield self._link(f"{c.id}-via{i}", source, e.id, "via", v.name, proof, None)

    def _provenance(self, c: Claim, d: Document | None) -> str:
        """Who says so and how surely, in words."""
        who = self.actors.name(c.speaker) or c.speaker_text or (d.outlet if d and d.outlet else "the outlet")
        parts = [f"According to {who}" + (f" ({c.cue})" if c.cue else "")]
        if c.via:
            parts.append("via " + " ← ".join(v.name for v in c.via))
        if c.stance == "denies":
            parts.append("denies")
        if c.hedged:
            parts.append("hedged: " + ", ".join(c.hedges) if c.hedges else "hedged")
        return "; ".join(parts)

    @staticmethod
    def _link(key: str, subject: str, obj: str, role: str, description: str | None, proof: str | None,
              date: str | None) -> Any:
        e = model.make_entity("UnknownLink")
        e.id = entity_id("link", key)
        e.add("subject", subject)
        e.add("object", obj)
        e.add("role", role)
        e.add("description", description[:TEXT_MAX] if description else None)
        e.add("proof", proof)
        e.add("date", date)
        return e


class FtmExporter(Exporter):
    """FollowTheMoney entities as JSON lines."""

    name = "ftm"

    def write(self, out: IO[str]) -> None:
        for entity in FtmBuilder(self.scope).entities():
            out.write(json.dumps(entity.to_dict(), ensure_ascii=False, sort_keys=True))
            out.write("\n")
