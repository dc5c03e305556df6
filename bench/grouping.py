#!/usr/bin/env python3
"""Benchmark: cross-checking (event grouping) time at 1k, 10k and 100k synthetic claims.

    python bench/grouping.py [--sizes 1000,10000,100000] [--seed 7]

Synthetic claims are drawn from a synthetic world: countries with officials and armed
groups, events (doer, PLOVER type, target, place, date, optional figure, topic words from a
Zipf vocabulary) each reported by 1-9 claims from different speakers and outlets, with
paraphrase noise, changed figures and occasional denials. Prints, per size: seconds for
reading the claims (features), for blocking + scoring (grouping), and in all; candidate
pairs per claim; links and events; and the growth ratio against the previous size (10x the
claims should take about 10x the time: near-linear).
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from claimgraph.model import Actor, Claim, Document, Event, Quantity  # noqa: E402
from claimgraph.resolve.compare import relate  # noqa: E402
from claimgraph.resolve.features import ActorIndex, build_views  # noqa: E402
from claimgraph.resolve.grouping import candidate_pairs, group_claims, score_pairs  # noqa: E402

TYPES = ["MOBILIZE", "ASSAULT", "AID", "SUPPORT", "CONSULT", "ACCUSE", "REQUEST", "COERCE"]
UNITS = {"jets": "fighter jets", "troops": "troops", "killed": "people killed", "tanks": "tanks"}


def world(rng: random.Random, n_countries: int = 60):
    actors = []
    for c in range(n_countries):
        cid = f"country-{c}"
        actors.append(Actor(id=cid, name=f"Countria{c}", kind="country", aliases=[f"Countria{c}", f"Countrian{c}"]))
        for p in range(8):
            actors.append(Actor(id=f"{cid}-official-{p}", name=f"Official{c}x{p} Surname{c}x{p}", kind="person",
                                country=cid, aliases=[f"Surname{c}x{p}"]))
        actors.append(Actor(id=f"{cid}-group", name=f"Legion{c}", kind="armed_group", country=cid,
                            aliases=[f"Legion{c}"]))
    return actors


def zipf_word(rng: random.Random, vocab: int = 30000) -> str:
    k = min(vocab, int(rng.paretovariate(1.1)))
    return f"w{k}"


def claims_for(n: int, seed: int = 7):
    """Synthetic claims, actors and documents (n claims)."""
    rng = random.Random(seed)
    actors = world(rng)
    countries = [a for a in actors if a.kind == "country"]
    people = [a for a in actors if a.kind == "person"]
    n_docs = max(1, n // 4)
    documents, claims = {}, []
    base = 738000
    for d in range(n_docs):
        did = f"d{d:016x}"
        documents[did] = Document(id=did, path=f"{did}.txt", text="", outlet=f"Outlet{rng.randrange(200)}",
                                  published=None)
    doc_ids = list(documents)
    per_doc: dict[str, int] = {}
    while len(claims) < n:
        subject = rng.choice(countries + people)
        obj = rng.choice(countries)
        etype = rng.choice(TYPES)
        place = f"Town{rng.randrange(2000)}"
        day = base + rng.randrange(1000)
        topic = [zipf_word(rng) for _ in range(8)]
        figure = rng.choice(list(UNITS)) if rng.random() < 0.5 else None
        value = rng.choice([3, 8, 12, 14, 40, 58, 120, 1200])
        for _ in range(rng.randint(1, 9)):
            if len(claims) >= n:
                break
            did = rng.choice(doc_ids)
            doc = documents[did]
            if doc.published is None:
                from datetime import date
                doc.published = date.fromordinal(day + rng.randrange(4)).isoformat()
            words = rng.sample(topic, 5) + [zipf_word(rng) for _ in range(4)]
            content = f"{subject.aliases[0]} {' '.join(words)} {obj.aliases[0]} in {place}"
            q = None
            if figure:
                v = value if rng.random() < 0.7 else rng.choice([value * 2, max(1, value // 2), value + 5])
                q = Quantity(value=float(v), unit=UNITS[figure], text=f"{v} {UNITS[figure]}",
                             bound=rng.choice(["exact", "exact", "approx", "at_least"]))
            n_c = per_doc.get(did, 0)
            per_doc[did] = n_c + 1
            speaker = rng.choice(people)
            claims.append(Claim(
                id=f"{did}:c{n_c}", doc=did, text=content, start=0, end=len(content), speaker=speaker.id,
                speaker_text=speaker.name, content_text=content, sentence=n_c,
                stance="denies" if rng.random() < 0.04 else "asserts",
                event=Event(type=etype, subject=subject.id, object=obj.id, location=place,
                            date=None, quantity=q)))
    return claims, actors, documents


def run(n: int, seed: int) -> dict:
    claims, actors, documents = claims_for(n, seed)
    t0 = time.process_time()
    idx = ActorIndex(actors)
    views = build_views(claims, idx, documents)
    t1 = time.process_time()
    pairs = candidate_pairs(views, idx)
    scored = score_pairs(views, idx, pairs)
    verdicts = [v for (i, j), ps in scored.items() if (v := relate(views[i], views[j], ps, idx)) is not None]
    comps = group_claims(len(views), scored, [(x.a.i, x.b.i) for x in verdicts])
    t2 = time.process_time()
    return {"claims": n, "features_s": t1 - t0, "grouping_s": t2 - t1, "total_s": t2 - t0,
            "pairs_per_claim": len(pairs) / n, "links": len(verdicts), "groups": sum(1 for c in comps if len(c) > 1)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"{'claims':>8} {'features s':>11} {'grouping s':>11} {'total s':>9} {'pairs/claim':>12} "
          f"{'links':>8} {'groups':>7} {'growth':>8}")
    prev = None
    for n in sizes:
        r = run(n, args.seed)
        growth = ""
        if prev:
            growth = f"{r['total_s'] / prev['total_s']:.1f}x/{n / prev['claims']:.0f}x"
        print(f"{n:>8} {r['features_s']:>11.2f} {r['grouping_s']:>11.2f} {r['total_s']:>9.2f} "
              f"{r['pairs_per_claim']:>12.1f} {r['links']:>8} {r['groups']:>7} {growth:>8}", flush=True)
        prev = r
    return 0


if __name__ == "__main__":
    sys.exit(main())
