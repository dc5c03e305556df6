"""A hand-built store for the report and web tests (and, run as a script, a dev store).

The articles below are invented for these tests (an imaginary conflict between Karsland and
Veyra). Every record of ``model.py`` is filled by hand, as the later stages would fill it,
so the pages can be tested on the full model whatever the extractors produce today:
aliases and merge evidence, speakers and source chains, hedges, figures that contradict,
a rising toll (updates), event groups with origins and grades, framing signals. One
article carries HTML and ``<script>`` in its text, title, outlet and an actor name (XSS
tests); one actor has a right-to-left alias and one a very long name (layout tests).

    python tests/web/fixture_store.py /tmp/web-fixture.duckdb
"""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from claimgraph.model import (Actor, Claim, Document, DocResult, Event, EventGroup, Link, Mention, MergeEvidence,
                              Place, Quantity, Signal, Via)
from claimgraph.store import Store

LONG_NAME = ("Joint Interim Coordination Committee for the Reconstruction and Stabilisation of the Northern "
             "Coastal Provinces and Adjacent Maritime Zones")
RTL_ALIAS = "جبهة الساحل"
XSS_NAME = "<img src=x onerror=window.__xss=3>Shadow Unit"

ARTICLES = {
    "herald": {
        "outlet": "Coastline Herald", "published": "2024-03-04", "path": "fixtures/herald-jets.txt",
        "url": "https://herald.example/jets",
        "title": "Karsland sent eight jets to Veyra, UN panel says",
        "body": ("Karsland sent eight fighter jets to the airbase at Port Amsel last month, according to a "
                 "confidential United Nations report seen by Ledger Wire. The report said the aircraft likely "
                 "arrived in two waves. Defence Minister Anton Keller denied that Karsland had sent any aircraft. "
                 "\"These reports have nothing to do with reality,\" Keller said.\n"
                 f"The {LONG_NAME} called for calm."),
    },
    "daily": {
        "outlet": "Veyra Daily News", "published": "2024-03-06", "path": "fixtures/daily-fourteen.txt",
        "url": None,
        "title": "Fourteen jets landed at Port Amsel, officials say",
        "body": ("Veyran officials said fourteen Karsland jets landed at Port Amsel on 28 February. "
                 "The Northern Shield Brigade attacked the airbase perimeter on Saturday, killing at least 12 "
                 "people. General Ruslan Ostrow accused Karsland of arming the \"freedom fighters\" of the "
                 f"brigade.\nThe Coast Front ({RTL_ALIAS}) said it was not involved."),
    },
    "wire": {
        "outlet": "Ledger Wire", "published": "2024-03-10", "path": "fixtures/wire-toll.txt",
        "url": "https://wire.example/toll",
        "title": "Death toll rises after Port Amsel attack",
        "body": ("The death toll from the Northern Shield Brigade attack near Port Amsel rose to 19, hospital "
                 "officials said. Defense Minister Antón Keller met the Veyran envoy Mira Santos in Geneva to "
                 "discuss a ceasefire. Ledger Wire previously reported that Karsland flew eight jets to Port "
                 "Amsel."),
    },
    "xss": {
        "outlet": "<b>Bold</b> Outlet", "published": "2024-03-08", "path": "fixtures/<script>alert(1)</script>.txt",
        "url": "javascript:window.__xss=4",
        "title": "<script>window.__xss=1</script>Markup in a headline",
        "body": ("Readers sent <script>window.__xss=1</script> and <img src=x onerror=\"window.__xss=2\"> to the "
                 f"desk. {XSS_NAME} said it attacked the airbase at Port Amsel."),
    },
}


def doc_id(text: str) -> str:
    return "d" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def find(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the nth occurrence of ``needle`` in ``text`` (fails loudly when absent)."""
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(needle, pos + 1)
    return pos, pos + len(needle)


class _Doc:
    """Collects one document's mentions, claims and signals with offsets found by text."""

    def __init__(self, key: str):
        a = ARTICLES[key]
        self.text = a["title"] + "\n" + a["body"]
        self.id = doc_id(self.text)
        self.document = Document(id=self.id, path=a["path"], text=self.text, title=a["title"], outlet=a["outlet"],
                                 url=a["url"], published=a["published"], words=len(self.text.split()))
        self.mentions: list[Mention] = []
        self.claims: list[Claim] = []
        self.signals: list[Signal] = []
        self.actor_of: dict[str, str] = {}

    def mention(self, needle: str, actor: str, kind: str, *, nth: int = 0, name: str | None = None,
                role: str | None = None) -> str:
        start, end = find(self.text, needle, nth)
        mid = f"{self.id}:m{len(self.mentions)}"
        self.mentions.append(Mention(id=mid, doc=self.id, start=start, end=end, text=needle, name=name or needle,
                                     kind=kind, role=role, sentence=self.text.count(".", 0, start)))
        self.actor_of[mid] = actor
        return mid

    def claim(self, sentence: str, *, content: str | None = None, **kwargs) -> Claim:
        start, end = find(self.text, sentence)
        cs, ce = find(self.text, content) if content else (None, None)
        c = Claim(id=f"{self.id}:c{len(self.claims)}", doc=self.id, text=sentence, start=start, end=end,
                  content_text=content or sentence, content_start=cs, content_end=ce, **kwargs)
        self.claims.append(c)
        return c

    def signal(self, kind: str, needle: str) -> None:
        start, end = find(self.text, needle)
        self.signals.append(Signal(doc=self.id, kind=kind, text=needle, start=start, end=end))

    def result(self) -> DocResult:
        self.mentions.sort(key=lambda m: m.start)
        return DocResult(document=self.document, mentions=self.mentions, claims=self.claims, signals=self.signals)


def build_fixture_store(path: str | Path) -> Path:
    """Write the fixture store to ``path`` (replacing it) and return the path."""
    path = Path(path)
    path.unlink(missing_ok=True)
    herald, daily, wire, xss = (_Doc(k) for k in ("herald", "daily", "wire", "xss"))

    # --- Coastline Herald: eight jets (UN report via Ledger Wire), and a denial ---------------------------
    h_kars = herald.mention("Karsland", "karsland", "country", nth=1)
    h_un = herald.mention("United Nations", "united-nations", "organization")
    h_wire = herald.mention("Ledger Wire", "ledger-wire", "media")
    h_keller = herald.mention("Anton Keller", "anton-keller", "person", role="defence minister")
    herald.mention("Keller", "anton-keller", "person", nth=1)
    h_amsel = herald.mention("Port Amsel", "port-amsel", "place")
    herald.mention("Karsland", "karsland", "country", nth=2)
    herald.mention(LONG_NAME, "coordination-committee", "organization")
    jets8 = herald.claim(
        "Karsland sent eight fighter jets to the airbase at Port Amsel last month, according to a confidential "
        "United Nations report seen by Ledger Wire.",
        content="Karsland sent eight fighter jets to the airbase at Port Amsel last month",
        speaker_text="a confidential United Nations report", speaker_mention=h_un, cue="according to",
        via=[Via(name="Ledger Wire", mention=h_wire)],
        event=Event(type="MOBILIZE", trigger="sent", subject_mention=h_kars, object_mention=h_amsel,
                    subject_text="Karsland", object_text="Port Amsel", location="Port Amsel",
                    place=Place(name="Port Amsel", country="Veyra", lat=41.2, lon=19.8), date="2024-02-01",
                    date_text="last month",
                    quantity=Quantity(value=8, unit="fighter jets", bound="exact", text="eight fighter jets")))
    herald.claim("The report said the aircraft likely arrived in two waves.", content="the aircraft likely arrived in two waves",
                 speaker_text="The report", cue="said", hedged=True, hedges=["likely"], certainty="likely")
    denial = herald.claim(
        "Defence Minister Anton Keller denied that Karsland had sent any aircraft.",
        content="Karsland had sent any aircraft", speaker_text="Defence Minister Anton Keller",
        speaker_mention=h_keller, cue="denied", speech_type="REJECT", stance="denies",
        event=Event(type="MOBILIZE", subject_mention=herald.mentions[6].id, subject_text="Karsland", negated=True))
    herald.claim("\"These reports have nothing to do with reality,\" Keller said.",
                 content="These reports have nothing to do with reality", speaker_text="Keller",
                 speaker_mention=herald.mentions[4].id, cue="said", speech_type="REJECT", stance="denies", quote=True)
    herald.signal("hedging", "likely")

    # --- Veyra Daily News: fourteen jets, an attack (at least 12 killed), an accusation ----------------
    d_kars = daily.mention("Karsland", "karsland", "country")
    d_amsel = daily.mention("Port Amsel", "port-amsel", "place")
    d_brig = daily.mention("Northern Shield Brigade", "northern-shield-brigade", "armed_group")
    d_ostrow = daily.mention("General Ruslan Ostrow", "ruslan-ostrow", "person", name="Ruslan Ostrow",
                             role="commander")
    d_kars2 = daily.mention("Karsland", "karsland", "country", nth=1)
    daily.mention("Coast Front", "coast-front", "armed_group")
    daily.mention(RTL_ALIAS, "coast-front", "armed_group")
    d_veyra = daily.mention("Veyran officials", "veyra", "government", name="Veyra")
    jets14 = daily.claim(
        "Veyran officials said fourteen Karsland jets landed at Port Amsel on 28 February.",
        content="fourteen Karsland jets landed at Port Amsel on 28 February", speaker_text="Veyran officials",
        speaker_mention=d_veyra, cue="said",
        event=Event(type="MOBILIZE", trigger="landed", subject_mention=d_kars, object_mention=d_amsel,
                    subject_text="Karsland", object_text="Port Amsel", location="Port Amsel", date="2024-02-28",
                    date_text="on 28 February", quantity=Quantity(value=14, unit="jets", bound="exact",
                                                                  text="fourteen Karsland jets")))
    attack12 = daily.claim(
        "The Northern Shield Brigade attacked the airbase perimeter on Saturday, killing at least 12 people.",
        event=Event(type="ASSAULT", trigger="attacked", subject_mention=d_brig, object_mention=None,
                    subject_text="Northern Shield Brigade", location="Port Amsel", date="2024-03-02",
                    date_text="on Saturday",
                    quantity=Quantity(value=12, low=12, unit="people killed", bound="at_least", text="at least 12")))
    accuse = daily.claim(
        "General Ruslan Ostrow accused Karsland of arming the \"freedom fighters\" of the brigade.",
        content="Karsland of arming the \"freedom fighters\" of the brigade", speaker_text="General Ruslan Ostrow",
        speaker_mention=d_ostrow, cue="accused", speech_type="ACCUSE",
        event=Event(type="AID", trigger="arming", subject_mention=d_kars2, object_mention=d_brig,
                    subject_text="Karsland", object_text="the brigade"))
    daily.claim(f"The Coast Front ({RTL_ALIAS}) said it was not involved.", content="it was not involved",
                speaker_text="The Coast Front", speaker_mention=daily.mentions[5].id, cue="said", stance="denies")
    daily.signal("scare_quotes", "\"freedom fighters\"")

    # --- Ledger Wire: the toll rises to 19 (update), a meeting, a repeat of its own jets story ---------
    w_brig = wire.mention("Northern Shield Brigade", "northern-shield-brigade", "armed_group")
    w_keller = wire.mention("Antón Keller", "anton-keller", "person", role="defense minister")
    w_santos = wire.mention("Mira Santos", "mira-santos", "person", role="envoy")
    w_kars = wire.mention("Karsland", "karsland", "country")
    w_amsel = wire.mention("Port Amsel", "port-amsel", "place", nth=2)
    wire.mention("Ledger Wire", "ledger-wire", "media")
    toll19 = wire.claim(
        "The death toll from the Northern Shield Brigade attack near Port Amsel rose to 19, hospital officials said.",
        content="The death toll from the Northern Shield Brigade attack near Port Amsel rose to 19",
        speaker_text="hospital officials", cue="said",
        event=Event(type="ASSAULT", subject_mention=w_brig, subject_text="Northern Shield Brigade",
                    location="Port Amsel", date="2024-03-02",
                    quantity=Quantity(value=19, unit="people killed", bound="exact", text="19")))
    meet = wire.claim(
        "Defense Minister Antón Keller met the Veyran envoy Mira Santos in Geneva to discuss a ceasefire.",
        event=Event(type="CONSULT", trigger="met", subject_mention=w_keller, object_mention=w_santos,
                    subject_text="Antón Keller", object_text="Mira Santos", location="Geneva",
                    place=Place(name="Geneva", country="CH", lat=46.2, lon=6.15), date="2024-03-09"))
    repeat8 = wire.claim(
        "Ledger Wire previously reported that Karsland flew eight jets to Port Amsel.",
        content="Karsland flew eight jets to Port Amsel", speaker_text="Ledger Wire",
        speaker_mention=wire.mentions[-1].id, cue="reported",
        event=Event(type="MOBILIZE", subject_mention=w_kars, object_mention=w_amsel, subject_text="Karsland",
                    object_text="Port Amsel", quantity=Quantity(value=8, unit="jets", bound="exact", text="eight jets")))

    # --- the hostile article: markup everywhere --------------------------------------------------
    x_actor = xss.mention(XSS_NAME, "xss-unit", "armed_group")
    x_amsel = xss.mention("Port Amsel", "port-amsel", "place")
    xss_claim = xss.claim(f"{XSS_NAME} said it attacked the airbase at Port Amsel.",
                          content="it attacked the airbase at Port Amsel", speaker_text=XSS_NAME,
                          speaker_mention=x_actor, cue="said",
                          event=Event(type="ASSAULT", subject_mention=x_actor, object_mention=x_amsel,
                                      subject_text=XSS_NAME, object_text="Port Amsel"))
    xss.signal("loaded_language", "<script>window.__xss=1</script>")

    # a syndicated copy and an article in another language: stored, not analysed
    dup_text = herald.text
    not_en = Document(id=doc_id("نص"), path="fixtures/ar.txt", text="قالت الجبهة إنها لم تشارك.", title="خبر",
                      outlet="الساحل اليوم", language="ar", status="not_analysed",
                      status_reason="not analysed: language ar", published="2024-03-07", words=5)
    dup = Document(id=doc_id(dup_text + " "), path="fixtures/herald-copy.txt", text=dup_text, title=herald.document.title,
                   outlet="Syndicate Mirror", status="duplicate", status_reason="near-duplicate",
                   duplicate_of=herald.id, published="2024-03-05", words=herald.document.words)

    docs = [herald, daily, wire, xss]
    actors = [
        Actor(id="karsland", name="Karsland", kind="country", aliases=["Karsland"], mentions=6),
        Actor(id="veyra", name="Veyra", kind="country", aliases=["Veyran officials"], mentions=1),
        Actor(id="anton-keller", name="Anton Keller", kind="person", country="karsland",
              aliases=["Anton Keller", "Keller", "Antón Keller"], mentions=3,
              roles=["defence minister", "defense minister"]),
        Actor(id="ruslan-ostrow", name="Ruslan Ostrow", kind="person", country="veyra",
              aliases=["General Ruslan Ostrow"], mentions=1, roles=["commander"]),
        Actor(id="mira-santos", name="Mira Santos", kind="person", country="veyra", aliases=["Mira Santos"],
              mentions=1, roles=["envoy"]),
        Actor(id="northern-shield-brigade", name="Northern Shield Brigade", kind="armed_group",
              aliases=["Northern Shield Brigade"], mentions=2),
        Actor(id="united-nations", name="United Nations", kind="organization", aliases=["United Nations"], mentions=1),
        Actor(id="ledger-wire", name="Ledger Wire", kind="media", aliases=["Ledger Wire"], mentions=2),
        Actor(id="port-amsel", name="Port Amsel", kind="place", country="veyra", aliases=["Port Amsel"], mentions=4),
        Actor(id="coast-front", name="Coast Front", kind="armed_group", aliases=["Coast Front", RTL_ALIAS], mentions=2),
        Actor(id="coordination-committee", name=LONG_NAME, kind="organization", aliases=[LONG_NAME], mentions=1),
        Actor(id="xss-unit", name=XSS_NAME, kind="armed_group", aliases=[XSS_NAME], mentions=1),
    ]
    merges = [
        MergeEvidence(actor="anton-keller", a="Anton Keller", b="Antón Keller", score=0.97,
                      reasons=["same name after transliteration (anyascii)", "same role: defence minister"]),
        MergeEvidence(actor="anton-keller", a="Anton Keller", b="Keller", score=0.9,
                      reasons=["surname of a full name introduced earlier in the document"]),
        MergeEvidence(actor="coast-front", a="Coast Front", b=RTL_ALIAS, score=0.8,
                      reasons=["given in parentheses after the name"]),
    ]
    links = [
        Link(id="l1", kind="contradicts", a=jets8.id, b=jets14.id, reason="different figures: 8 vs 14 jets", group="e1"),
        Link(id="l2", kind="contradicts", a=jets8.id, b=denial.id, reason="asserted by one source, denied by Karsland",
             group="e1"),
        Link(id="l3", kind="corroborates", a=jets8.id, b=repeat8.id, reason="same figure: 8 jets", group="e1"),
        Link(id="l4", kind="updates", a=attack12.id, b=toll19.id,
             reason="later, higher toll for the same attack: at least 12 → 19", group="e2"),
    ]
    events = [
        EventGroup(id="e1", type="MOBILIZE", subject="karsland", object="port-amsel",
                   claims=[jets8.id, denial.id, jets14.id, repeat8.id], documents=3, origins=2, grade="possibly true",
                   reasons=["2 independent origins: United Nations report (via Ledger Wire), Veyran officials",
                            "Ledger Wire repeats its own earlier report: same origin",
                            "denied by the Karsland defence minister"],
                   label="Karsland jets to Port Amsel", first_date="2024-02-01", last_date="2024-02-28"),
        EventGroup(id="e2", type="ASSAULT", subject="northern-shield-brigade", object=None,
                   claims=[attack12.id, toll19.id], documents=2, origins=2, grade="probably true",
                   reasons=["2 independent origins", "toll revised upwards"], label=None,
                   first_date="2024-03-02", last_date="2024-03-02"),
        EventGroup(id="e3", type="CONSULT", subject="anton-keller", object="mira-santos", claims=[meet.id],
                   documents=1, origins=1, grade="possibly true", reasons=["single source"],
                   first_date="2024-03-09", last_date="2024-03-09"),
        EventGroup(id="e4", type="ASSAULT", subject="xss-unit", object="port-amsel", claims=[xss_claim.id],
                   documents=1, origins=1, grade="doubtful", reasons=["self-claimed <b>only</b>"],
                   label="<script>window.__xss=5</script>claimed attack"),
    ]
    claim_group = {c: e.id for e in events for c in e.claims}
    del accuse  # an accusation that belongs to no group
    mention_actor = {}
    for d in docs:
        mention_actor.update(d.actor_of)
    with Store(path) as store:
        run = store.start_run(["fixtures"])
        store.write_results([d.result() for d in docs] + [DocResult(document=not_en), DocResult(document=dup)], run)
        store.replace_corpus(actors=actors, mention_actor=mention_actor, merges=merges, links=links, events=events,
                             claim_group=claim_group)
        store.finish_run(run, {"read": 6, "analysed": 4, "duplicates": 1, "not_analysed": 1})
    return path


def write_fixture_articles(directory: str | Path) -> list[Path]:
    """Write the fixture articles as .txt files (title on the first line) for pipeline builds."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    out = []
    for key, a in ARTICLES.items():
        p = directory / f"{key}.txt"
        p.write_text(a["title"] + "\n" + a["body"] + "\n", encoding="utf-8")
        out.append(p)
    return out


if __name__ == "__main__":
    print(build_fixture_store(sys.argv[1] if len(sys.argv) > 1 else "web-fixture.duckdb"))
