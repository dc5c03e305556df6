"""Where an event happened: the place phrase of its clause, resolved to a Place with the gazetteer.

``EventPlaces.location`` reads a locative preposition on the event's clause ("in X", "near X", "to X" for
moves and attacks), a "where" relative clause ("X, where the attack …"), or an object that is a place
("shelled X", "the centre of the town of X"). Done-by-saying types (accusations, requests, rejections,
threats, support) never take their object as the place.
"""
from __future__ import annotations

from ..model import Place
from .arguments import ActorIndex
from .event_clauses import target_place
from .events import EventHit
from .places import capital_of, lookup
from .tokens import tokens

PLACE_PREPS = {"in", "at", "near", "inside", "outside", "across", "into", "around", "throughout", "within"}
# prepositions that put a position by a place ("the positions above P", "a post near P")
NEAR_PREPS = {"above", "below", "near", "around", "outside", "overlooking", "in", "of", "on", "beyond", "along"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Types done by saying or by a diplomatic act: their object is a party, not where it happened ("holds X
# responsible", "summoned the X envoy", "expelled X diplomats")
SAID_TYPES = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "PROTEST", "SANCTION"}


class EventPlaces:
    """Place lookups over one parsed document.

    index (ActorIndex): token → actor mentions of the document.
    doc (Doc): its parse.
    """

    def __init__(self, index: ActorIndex, doc):
        self.index = index
        self.text = tokens(doc).doc_text
        self.ents = list(tokens(doc).ent_spans)

    def location(self, hit: EventHit) -> tuple[str, Place | None] | None:
        """(place as written, Place) for an event: a locative phrase on its clause, a "where" clause, or a place object."""
        anchors = [x for x in (hit.head, hit.clause, hit.thing) if x is not None]
        if hit.nominal and hit.head.dep_ == "nsubj":
            anchors.append(hit.head.head)   # "artillery fire from X killed two farmers near Y": where it struck
        preps = PLACE_PREPS | ({"to"} if hit.type in ("MOBILIZE", "ASSAULT") else set())
        if hit.type == "RETREAT":
            # "pulled its fighters back from the positions above P": the place left, on the verb or its particle
            preps = preps | {"from"}
            anchors += [c for c in hit.head.children if c.dep_ in ("advmod", "prt") and c.lower_ in ("back", "out")]
        for a in anchors:
            # "struck a depot in X": a place phrase on the verb's object (not for acts done by saying)
            objects = [p for d in a.children if d.dep_ == "dobj" for p in d.children] if hit.type not in SAID_TYPES else []
            for c in list(a.children) + objects:
                if c.dep_ in ("prep", "dative") and c.lower_ in preps:
                    for o in c.children:
                        if o.dep_ == "pobj":
                            # "in the village P" (machine translation): the place is the noun's apposition
                            loc = self.place_np(o) or next(filter(None, (self.place_np(x) for x in o.children
                                                                        if x.dep_ == "appos")), None) or \
                                self._near_place(o, hit.type)
                            if loc:
                                return loc
        # "Tripoli, where the attack …"
        node = hit.head
        for _ in range(6):
            if node.dep_ == "relcl" and any(c.lower_ == "where" for c in node.children):
                loc = self.place_np(node.head)
                if loc:
                    return loc
            if node.head == node:
                break
            node = node.head
        for t in hit.objects if hit.type not in SAID_TYPES else []:
            if t.dep_ == "pobj" and t.head.lower_ in ("between", "with"):
                continue            # "a truce between X and Y": parties, not a place
            if t.ent_type_ in PLACE_LABELS or t.lemma_ == "capital" or self.index.at(t) is not None:
                loc = self.place_np(t)
                if loc:
                    return loc
            # "shelled the centre of the city of X": the place the object phrase names
            m = self.index.actor(t)
            if m is not None and m.kind == "place" and not m.pronoun:
                name = self.text[m.start:m.end]
                return name, lookup(m.name) or lookup(name)
        if hit.type == "ASSAULT":
            # "an attack on an army post near the border town of X": where the target stands
            found = target_place(self._is_place, anchors)
            if found is not None:
                return self.place_np(found)
        return None

    def _near_place(self, tok, type_: str):
        """The place a military act's non-place phrase stands by ("from the positions above P", "at a post near P",
        "in the hills around P"), one phrase deep; else None."""
        if type_ not in ("RETREAT", "ASSAULT", "MOBILIZE", "COERCE"):
            return None
        for q in tok.children:
            if q.dep_ == "prep" and q.lower_ in NEAR_PREPS:
                for x in q.children:
                    if x.dep_ == "pobj":
                        loc = self.place_np(x)
                        if loc:
                            return loc
        return None

    def _is_place(self, tok) -> bool:
        """Does ``tok`` name a place (a place entity, or a place or country mention)?"""
        m = self.index.at(tok)
        return tok.ent_type_ in PLACE_LABELS or (m is not None and m.kind in ("place", "country"))

    def place_np(self, tok) -> tuple[str, Place | None] | None:
        """The place a noun phrase names ("the Libyan capital" gives the country's capital), or None."""
        if tok.lemma_.lower() == "capital":
            for c in tok.children:      # "the capital of Tripoli" names the city itself
                if c.dep_ == "prep" and c.lower_ == "of":
                    for o in c.children:
                        if o.dep_ == "pobj" and o.ent_type_ in PLACE_LABELS:
                            place = lookup(o.text)
                            if place is not None and place.country != place.name:
                                return o.text, place
            country = None
            for c in tok.children:
                if c.dep_ in ("amod", "compound", "poss") or (c.dep_ == "prep" and c.lower_ == "of"):
                    target = c if c.dep_ != "prep" else next((o for o in c.children if o.dep_ == "pobj"), None)
                    if target is not None:
                        country = self.country_name(target)
            if country:
                place = capital_of(country)
                if place is not None:
                    return self.text[tok.left_edge.idx:tok.idx + len(tok.text)], place
            return None
        m = self.index.at(tok)
        if m is not None and m.kind in ("place", "country") and not m.pronoun:
            name = self.text[m.start:m.end]
            return name, lookup(m.name) or lookup(name)
        if tok.ent_type_ not in PLACE_LABELS:
            return None
        ent = next((e for e in self.ents if e.start <= tok.i < e.end), None)
        name = ent.text if ent is not None else tok.text
        return name, lookup(name)

    def country_name(self, tok) -> str | None:
        """The country a token names (a country mention, a place, a demonym), or None."""
        m = self.index.at(tok)
        if m is not None and m.kb_id and m.kb_id.startswith("country:"):
            import pycountry

            c = pycountry.countries.get(alpha_2=m.kb_id.split(":", 1)[1])
            if c is not None:
                return getattr(c, "common_name", None) or c.name
        word = tok.text
        if lookup(word) is not None and lookup(word).country:
            return lookup(word).country
        # a demonym: Libyan → Libya, Egyptian → Egypt, Syrian → Syria
        for cut in ("n", "an", "ian", "i", "ese", "ish"):
            if word.endswith(cut) and len(word) > len(cut) + 2:
                p = lookup(word[: -len(cut)])
                if p is not None and p.country:
                    return p.country
        return None
