"""Hand-made stores for the export tests: no spaCy, written straight through ``Store``.

``build_small_store`` is a tiny invented corpus (three articles about a made-up clash in the
Sahel) with every kind of record the exports read: typed events and speech acts, a denial,
a hedged claim, a source chain, places, quantities, an event group, links, a merge, a
duplicate document and an ingest error. ``build_big_store`` writes N synthetic claims for
the streaming test. Run as a script to write both for manual inspection.
"""
from __future__ import annotations

import sys
from pathlib import Path

from claimgraph.model import (Actor, Claim, Document, DocResult, Event, EventGroup, IngestError, Link, Mention,
                              MergeEvidence, Place, Quantity, Via)
from claimgraph.store import Store

ACTORS = [
    Actor(id="mali", name="Mali", kind="country", aliases=["Mali", "Bamako"], mentions=5, kb_id="country:ML"),
    Actor(id="niger", name="Niger", kind="country", aliases=["Niger", "Niamey"], mentions=4, kb_id="country:NE"),
    Actor(id="france", name="France", kind="country", aliases=["France", "Paris"], mentions=3),
    Actor(id="ecowas", name="ECOWAS", kind="organization", aliases=["ECOWAS"], mentions=1),
    Actor(id="nlf", name="Northern Liberation Front", kind="armed_group", country="mali",
          aliases=["Northern Liberation Front", "NLF", "the front"], mentions=4),
    Actor(id="amadou-kone", name="Amadou Kone", kind="person", country="mali", affiliation="nlf",
          aliases=["Amadou Kone", "Kone"], mentions=2, roles=["spokesman"]),
    Actor(id="idrissa-bamba", name="Idrissa Bamba", kind="person", country="niger",
          aliases=["Idrissa Bamba"], mentions=1, roles=["defence minister"]),
    Actor(id="sahel-wire", name="Sahel Wire", kind="media", aliases=["Sahel Wire"], mentions=1),
    Actor(id="gao", name="Gao", kind="place", country="mali", aliases=["Gao"], mentions=2),
]
GAO = Place(name="Gao", country="ML", admin1="Gao", lat=16.27, lon=-0.04)

# (claim key, sentence, fields): speaker/subject/object/via actors are given as actor ids and
# turned into mentions, so the store's resolve step (replace_corpus) fills them as in a build.
DOCS = [
    (Document(id="dsmall0000000001", path="fixtures/a1.txt", text="", title="Attack near Gao",
              outlet="Sahel Wire", url="https://example.org/a1", published="2023-03-04", words=60), [
        ("c1", "Fighters of the Northern Liberation Front attacked an army post near Gao on Monday, killing at "
               "least 12 soldiers, defence minister Idrissa Bamba said.",
         dict(speaker="idrissa-bamba", speaker_text="defence minister Idrissa Bamba", cue="said",
              content_text="Fighters of the Northern Liberation Front attacked an army post near Gao",
              event=dict(type="ASSAULT", subject="nlf", object="mali", location="Gao", place=GAO, date="2023-03-02",
                         quantity=Quantity(value=12, low=12, unit="soldiers", bound="at_least",
                                           text="at least 12 soldiers")))),
        ("c2", "Niger accused France of supplying drones to the front, according to a report seen by Sahel Wire.",
         dict(speaker="niger", speaker_text="Niger", cue="accused", speech_type="ACCUSE",
              content_text="France supplied drones to the front",
              via=[("a report", None), ("Sahel Wire", "sahel-wire")],
              event=dict(type="AID", subject="france", object="nlf"))),
    ]),
    (Document(id="dsmall0000000002", path="fixtures/a2.txt", text="", title="Front denies raid",
              outlet="Coastal Herald", url="https://example.org/a2", published="2023-03-10", words=40), [
        ("c3", "The front denied that its fighters attacked the post.",
         dict(speaker="nlf", speaker_text="The front", cue="denied", speech_type="REJECT", stance="denies",
              content_text="its fighters attacked the post",
              event=dict(type="ASSAULT", subject="nlf", object="mali", date="2023-03-02"))),
        ("c4", "ECOWAS urged Mali and Niger to hold talks.",
         dict(speaker="ecowas", speaker_text="ECOWAS", cue="urged", speech_type="REQUEST",
              content_text="Mali and Niger to hold talks", event=dict(type="CONSULT", subject="mali", object="niger"))),
        ("c5", "Fighting reportedly continued into the night.",
         dict(hedged=True, hedges=["reportedly"])),
    ]),
    (Document(id="dsmall0000000003", path="fixtures/a3.txt", text="", title="Advisers arrive",
              outlet="Sahel Wire", url="https://example.org/a3", published="2023-04-20", words=50), [
        ("c6", "France has likely sent military advisers to Niger, officials said.",
         dict(speaker_text="officials", cue="said", hedged=True, hedges=["likely"],
              content_text="France has likely sent military advisers to Niger",
              event=dict(type="MOBILIZE", subject="france", object="niger"))),
        ("c7", "Amadou Kone said 20 soldiers died in the Gao attack.",
         dict(speaker="amadou-kone", speaker_text="Amadou Kone", cue="said",
              content_text="20 soldiers died in the Gao attack",
              event=dict(type="ASSAULT", subject="nlf", object="mali", location="Gao", place=GAO,
                         quantity=Quantity(value=20, unit="soldiers", bound="exact", text="20 soldiers")))),
    ]),
]
DUPLICATE = Document(id="dsmall0000000004", path="fixtures/a1-copy.txt", text="A copy.", status="duplicate",
                     duplicate_of="dsmall0000000001", outlet="Sahel Wire", published="2023-03-05")


def small_results() -> tuple[list[DocResult], dict[str, str]]:
    """The DocResults of the small corpus and the mention → actor map resolve would write."""
    results, mention_actor = [], {}
    for doc, rows in DOCS:
        text, claims, mentions = "", [], []

        def mention(actor_id: str | None, sentence: int) -> str | None:
            if actor_id is None:
                return None
            mid = f"{doc.id}:m{len(mentions)}"
            actor = next(a for a in ACTORS if a.id == actor_id)
            mentions.append(Mention(id=mid, doc=doc.id, start=0, end=0, text=actor.name, name=actor.name,
                                    kind=actor.kind, sentence=sentence))
            mention_actor[mid] = actor_id
            return mid

        for n, (key, sentence, f) in enumerate(rows):
            start = len(text)
            text += sentence + " "
            ev = dict(f.get("event", {}))
            event = Event(subject_mention=mention(ev.pop("subject", None), n),
                          object_mention=mention(ev.pop("object", None), n), **ev)
            via = [Via(name=name, mention=mention(actor, n)) for name, actor in f.get("via", [])]
            fields = {k: v for k, v in f.items() if k not in ("event", "via", "speaker")}
            claims.append(Claim(id=f"{doc.id}:{key}", doc=doc.id, text=sentence, start=start,
                                end=start + len(sentence), speaker_mention=mention(f.get("speaker"), n),
                                event=event, via=via, sentence=n, **fields))
        doc = Document(**{**doc.to_dict(), "text": text.strip()})
        results.append(DocResult(document=doc, mentions=mentions, claims=claims))
    results.append(DocResult(document=DUPLICATE))
    return results, mention_actor


def claim_id(key: str) -> str:
    """The full id of a small-store claim from its key (``c1`` … ``c7``)."""
    for doc, rows in DOCS:
        if any(k == key for k, _, _ in rows):
            return f"{doc.id}:{key}"
    raise KeyError(key)


def build_small_store(path: str | Path) -> Path:
    """Write the small corpus to a new store at ``path``.

    RETURNS (Path): the store's path.
    """
    path = Path(path)
    results, mention_actor = small_results()
    c = claim_id
    with Store(path) as store:
        store.write_results(results, run=store.start_run(["fixtures"]))
        store.add_error(IngestError(path="fixtures/scan.pdf", reason="PDF without a text layer"))
        store.replace_corpus(
            actors=ACTORS, mention_actor=mention_actor,
            merges=[MergeEvidence(actor="nlf", a="Northern Liberation Front", b="NLF", score=0.97,
                                  reasons=["acronym of the full name"])],
            links=[Link(id="l1", kind="contradicts", a=c("c1"), b=c("c3"), reason="asserted vs denied", group="e1"),
                   Link(id="l2", kind="updates", a=c("c1"), b=c("c7"), reason="12 soldiers, later 20", group="e1"),
                   Link(id="l3", kind="corroborates", a=c("c4"), b=c("c6"), reason="same actors")],
            events=[EventGroup(id="e1", type="ASSAULT", subject="nlf", object="mali",
                               claims=[c("c1"), c("c3"), c("c7")], documents=3, origins=2, grade="probably true",
                               reasons=["2 independent origins", "one denial"], label="NLF attack near Gao",
                               first_date="2023-03-02", last_date="2023-03-02")],
            claim_group={c("c1"): "e1", c("c3"): "e1", c("c7"): "e1"})
    return path


def build_big_store(path: str | Path, n_claims: int = 100_000, per_doc: int = 100) -> Path:
    """A store with ``n_claims`` synthetic claims (``per_doc`` per document) and a few actors.

    Claims carry their actor ids directly (no mentions): actors are written first, so the
    resolve step has nothing to overwrite.
    RETURNS (Path): the store's path.
    """
    path = Path(path)
    actors = [Actor(id=f"actor-{i}", name=f"Actor {i}", kind="country" if i < 5 else "organization",
                    aliases=[f"Actor {i}"], mentions=n_claims // 10) for i in range(20)]
    types = ["ASSAULT", "AID", "CONSULT", "ACCUSE", "MOBILIZE"]
    sentence = "Actor one said that actor two sent 40 armoured vehicles to the northern border town last week."
    with Store(path) as store:
        store.replace_corpus(actors=actors, mention_actor={}, merges=[])
        batch = []
        for d in range(n_claims // per_doc):
            doc = Document(id=f"dbig{d:012d}", path=f"big/{d}.txt", text=(sentence + " ") * per_doc,
                           outlet=f"Outlet {d % 7}", published=f"2022-{1 + d % 12:02d}-15", words=17 * per_doc)
            claims = []
            for j in range(per_doc):
                k = d * per_doc + j
                claims.append(Claim(
                    id=f"{doc.id}:c{j}", doc=doc.id, text=sentence, start=j * (len(sentence) + 1),
                    end=j * (len(sentence) + 1) + len(sentence), speaker=f"actor-{k % 20}", speaker_text="Actor one",
                    content_text=sentence[20:], cue="said", hedged=k % 3 == 0, hedges=["likely"] if k % 3 == 0 else [],
                    event=Event(type=types[k % 5], subject=f"actor-{(k + 1) % 20}", object=f"actor-{(k + 2) % 20}",
                                date=f"2022-{1 + k % 12:02d}-{1 + k % 28:02d}",
                                quantity=Quantity(value=40, unit="armoured vehicles"))))
            batch.append(DocResult(document=doc, claims=claims))
            if len(batch) == 50:
                store.write_results(batch)
                batch = []
        store.write_results(batch)
    return path


def run_export(store_path: str | Path, fmt: str, output: str | Path | None = None, **filters) -> None:
    """Export a store the way the CLI does (read-only store, Filters from keywords)."""
    from claimgraph.export import Filters, export

    with Store(store_path, read_only=True) as store:
        export(store, fmt, output, Filters(**filters))


if __name__ == "__main__":  # pragma: no cover - manual inspection
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    build_small_store(out / "export-small.duckdb")
    build_big_store(out / "export-big.duckdb")
