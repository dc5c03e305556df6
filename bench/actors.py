"""Benchmark: actor resolution time at 1k, 10k and 100k generated documents.

    python bench/actors.py [--sizes 1000,10000,100000] [--mentions 12]

Generates synthetic mentions (invented names from syllables; each person also appears under
machine-translation-like variants of the surname, surname-only forms and other given-name renderings;
organisations with acronyms; countries and capitals), then times ``resolve_actors`` at each size and
prints the growth ratio per tenfold increase (10.0 would be exactly linear).
"""
from __future__ import annotations

import argparse
import random
import sys
import time

from claimgraph.extract.kb import get_kb
from claimgraph.model import Mention
from claimgraph.resolve.actors import resolve_actors

SYL = ["ka", "ro", "vel", "mar", "dan", "tesh", "lo", "zur", "bra", "nik", "sol", "ha", "fet", "gor", "min",
       "das", "rel", "tu", "ven", "och", "bar", "li", "sha", "kem", "por", "qua", "el", "dri", "mun", "sat"]
GIVEN = ["Sergey", "Sergei", "Mohammad", "Muhammad", "Stephen", "Steven", "Alexei", "Aleksei", "Ivan", "Omar",
         "Khamis", "Lena", "Petra", "Tomasz", "Radwan", "Walid", "Ilse", "Dorian", "Marta", "Yusuf", "Anton"]
ROLES = ["foreign minister", "general", "spokesperson", "envoy", "commander", "analyst", "ambassador"]
COUNTRIES = ["RU", "US", "TR", "FR", "EG", "AE", "IR", "SY", "LY", "DE", "GB", "CN"]


def _word(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(SYL) for _ in range(n)).capitalize()


def _variant(rng: random.Random, surname: str) -> str:
    """A machine-translation-like variant: one letter changed, dropped or a suffix added."""
    s = list(surname)
    op = rng.random()
    i = rng.randrange(1, len(s))
    if op < 0.4:
        s[i] = rng.choice("aeiou")
    elif op < 0.7 and len(s) > 4:
        del s[i]
    else:
        s += list(rng.choice(["ot", "ah", "e"]))
    return "".join(s)


def generate(docs: int, per_doc: int, seed: int = 7) -> list[Mention]:
    """Mentions for ``docs`` documents; the number of distinct people grows with the corpus."""
    rng = random.Random(seed)
    kb = get_kb()
    people = [(rng.choice(GIVEN), _word(rng, rng.choice((2, 3))), rng.choice(ROLES), rng.choice(COUNTRIES))
              for _ in range(max(50, docs // 4))]
    orgs = [" ".join(_word(rng, 2) for _ in range(3)) for _ in range(max(20, docs // 20))]
    out: list[Mention] = []
    for d in range(docs):
        doc = f"d{d}"
        n = 0

        def add(name, kind, key=None, **kw):
            nonlocal n
            out.append(Mention(id=f"{doc}:m{n}", doc=doc, start=n * 20, end=n * 20 + len(name), text=name, name=name,
                               kind=kind, local_key=key or name, **kw))
            n += 1

        for _ in range(per_doc // 3):
            # Zipf-like: a few people are in many documents
            given, surname, role, code = people[min(int(rng.paretovariate(1.2)) - 1, len(people) - 1)
                                                if rng.random() < 0.5 else rng.randrange(len(people))]
            if rng.random() < 0.2:
                surname = _variant(rng, surname)
            full = f"{given} {surname}"
            add(full, "person", role=role, affiliation=kb.country(code).name, affiliation_kb=f"country:{code}")
            add(surname, "person", key=full)
        for _ in range(per_doc // 4):
            code = rng.choice(COUNTRIES)
            entry = kb.country(code)
            add(entry.name, "country", key=entry.name, kb_id=entry.id)
        for _ in range(max(1, per_doc // 6)):
            org = rng.choice(orgs)
            add(org, "organization")
            acr = "".join(w[0] for w in org.split())
            add(acr, "organization", key=org if rng.random() < 0.5 else acr)
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--mentions", type=int, default=12, help="mentions per document")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    get_kb()
    previous = None
    print(f"{'documents':>10} {'mentions':>10} {'actors':>8} {'merges':>8} {'seconds':>8} {'growth':>7}")
    for size in sizes:
        mentions = generate(size, args.mentions)
        t0 = time.perf_counter()
        actors, _, merges = resolve_actors(mentions)
        dt = time.perf_counter() - t0
        growth = f"{dt / previous[1] / (size / previous[0]) * 10:.1f}" if previous else "-"
        print(f"{size:>10} {len(mentions):>10} {len(actors):>8} {len(merges):>8} {dt:>8.2f} {growth:>7}")
        previous = (size, dt)
    print("growth: time ratio per tenfold more documents (10.0 = linear)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
