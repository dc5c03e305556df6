"""A small invented world for cross-checking tests: actors, articles we wrote, claims on them.

Claims are built by hand the way the extractor should read them (speaker, content, event,
figure), with offsets into the article text, so the cross-check is tested on its own.
Every name and sentence here is invented.
"""
from __future__ import annotations

import re

from claimgraph.model import Actor, Claim, Document, Event, Quantity, Via

ACTORS = [
    Actor(id="borduria", name="Borduria", kind="country", aliases=["Borduria", "Bordurian", "Szohod"]),
    Actor(id="ruritania", name="Ruritania", kind="country", aliases=["Ruritania", "Ruritanian"]),
    Actor(id="syldavia", name="Syldavia", kind="country", aliases=["Syldavia", "Syldavian"]),
    Actor(id="borduria-defence", name="Bordurian Defence Ministry", kind="government", country="borduria",
          aliases=["Bordurian Defence Ministry", "defence ministry"]),
    Actor(id="petr-kral", name="Petr Kral", kind="person", country="borduria", aliases=["Petr Kral", "Kral"],
          roles=["foreign minister"]),
    Actor(id="ana-vos", name="Ana Vos", kind="person", country="syldavia", aliases=["Ana Vos", "Vos"],
          roles=["general"]),
    Actor(id="ivo-lenk", name="Ivo Lenk", kind="person", country="syldavia", aliases=["Ivo Lenk", "Lenk"],
          roles=["spokesman"]),
    Actor(id="mara-tesh", name="Mara Tesh", kind="person", country="ruritania", affiliation="northern-front",
          aliases=["Mara Tesh", "Tesh"], roles=["commander"]),
    Actor(id="olek-dran", name="Olek Dran", kind="person", country="ruritania", affiliation="ruritania-govt",
          aliases=["Olek Dran", "Dran"], roles=["interior minister"]),
    Actor(id="ruritania-govt", name="Government of Ruritania", kind="government", country="ruritania",
          aliases=["Government of Ruritania"]),
    Actor(id="northern-front", name="Northern Front", kind="armed_group", country="ruritania",
          aliases=["Northern Front"]),
    Actor(id="grey-legion", name="Grey Legion", kind="armed_group", country="borduria",
          aliases=["Grey Legion"]),
    Actor(id="meridian", name="Meridian Press", kind="media", aliases=["Meridian Press", "Meridian"]),
    Actor(id="courant", name="Daily Courant", kind="media", aliases=["Daily Courant", "Courant"]),
    Actor(id="un", name="United Nations", kind="organization", aliases=["United Nations", "UN"]),
    Actor(id="port-vela", name="Port Vela", kind="place", country="ruritania", aliases=["Port Vela"]),
]


class World:
    """Articles and hand-read claims; ``run()`` cross-checks them."""

    def __init__(self, actors: list[Actor] | None = None):
        self.actors = list(actors or ACTORS)
        self.documents: dict[str, Document] = {}
        self.claims: list[Claim] = []

    def article(self, doc: str, text: str, *, outlet: str | None = None, published: str | None = None) -> str:
        self.documents[doc] = Document(id=doc, path=f"{doc}.txt", text=text, outlet=outlet, published=published,
                                       words=len(text.split()))
        return doc

    def claim(self, doc: str, sentence: str, *, content: str | None = None, speaker: str | None = None,
              speaker_text: str | None = None, via: list[str | tuple[str, str | None]] = (),
              type: str | None = None, subject: str | None = None, object: str | None = None,
              value: float | None = None, unit: str | None = None, bound: str | None = None,
              low: float | None = None, high: float | None = None, parts: list[tuple[float, str]] = (),
              qty_text: str | None = None, stance: str = "asserts", speech_type: str | None = None,
              hedged: bool = False, location: str | None = None, date: str | None = None,
              negated: bool = False) -> Claim:
        text = self.documents[doc].text
        start = text.index(sentence)
        content = content or sentence
        cstart = text.find(content, start)
        n = sum(1 for c in self.claims if c.doc == doc)
        sent_no = len(re.findall(r"[.!?][”\"]?\s", text[:start]))
        quantity = None
        if value is not None or parts:
            quantity = Quantity(value=value if value is not None else sum(v for v, _ in parts), unit=unit or "",
                                low=low, high=high, bound=bound, text=qty_text,
                                parts=[{"value": v, "unit": u} for v, u in parts])
        vias = [Via(name=v) if isinstance(v, str) else Via(name=v[0], actor=v[1]) for v in via]
        c = Claim(id=f"{doc}:c{n}", doc=doc, text=sentence, start=start, end=start + len(sentence),
                  speaker=speaker, speaker_text=speaker_text or (self._name(speaker) if speaker else None),
                  content_text=content, content_start=cstart if cstart >= 0 else None,
                  content_end=cstart + len(content) if cstart >= 0 else None, stance=stance,
                  speech_type=speech_type, hedged=hedged, via=vias, sentence=sent_no,
                  event=Event(type=type, subject=subject, object=object, location=location, date=date,
                              quantity=quantity, negated=negated))
        self.claims.append(c)
        return c

    def _name(self, aid: str) -> str:
        return next((a.name for a in self.actors if a.id == aid), aid)

    def run(self):
        from claimgraph.resolve.crosscheck import crosscheck

        return crosscheck(self.claims, self.actors, self.documents)


def links_between(links, a: Claim, b: Claim, kind: str | None = None):
    """The links joining two claims (either direction), optionally of one kind."""
    return [l for l in links if {l.a, l.b} == {a.id, b.id} and (kind is None or l.kind == kind)]
