"""GazetteerGeocoder follows geopy's contract and plugs into geopy and geopandas."""

from __future__ import annotations

import geopandas
import pytest
from geopy.exc import GeocoderQueryError
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders.base import Geocoder
from geopy.location import Location
from geopy.point import Point

import geoinc
from geoinc import GazetteerGeocoder


@pytest.fixture(scope="module")
def coder():
    return GazetteerGeocoder()


def test_is_a_geopy_geocoder(coder):
    assert isinstance(coder, Geocoder)


def test_geocode_returns_a_location_with_lat_lon_and_raw(coder):
    loc = coder.geocode("Khair Khana")
    assert isinstance(loc, Location)
    assert (loc.latitude, loc.longitude) == (geoinc.geocode("Khair Khana").lat, geoinc.geocode("Khair Khana").lon)
    assert "Kabul" in loc.address and loc.raw["kind"] == "neighbourhood" and loc.raw["precision"] == 1


def test_geocode_not_exactly_one_returns_best_then_alternatives(coder):
    locs = coder.geocode("Khost", exactly_one=False)
    assert isinstance(locs, list) and len(locs) >= 2
    assert [loc.raw["id"] for loc in locs[:1]] == ["gn:1136469"]
    assert "adm1:AF.37" in [loc.raw["id"] for loc in locs]


def test_geocode_unknown_returns_none(coder):
    assert coder.geocode("Springfield") is None


@pytest.mark.parametrize("bad", ["", "   ", None, 5])
def test_geocode_malformed_raises_geopy_query_error(coder, bad):
    with pytest.raises(GeocoderQueryError) as info:
        coder.geocode(bad)
    assert isinstance(info.value, ValueError) and isinstance(info.value, geoinc.GeoincError)


def test_default_restrictions_apply(coder):
    assert GazetteerGeocoder(country="PK").geocode("Khost") is None  # no PK place of that name is asserted
    assert coder.geocode("Dowlatabad", admin1="Balkh").raw["admin1"] == "Balkh"


def test_works_inside_rate_limiter(coder):
    geocode = RateLimiter(coder.geocode, min_delay_seconds=0, max_retries=0)
    assert geocode("Gardez").raw["id"] == "gn:1141857"


def test_works_as_a_geopandas_provider():
    gdf = geopandas.tools.geocode(["Khost", "Gardez", "Springfield", ""], provider=GazetteerGeocoder)
    assert gdf.crs.to_epsg() == 4326 and len(gdf) == 4
    khost = geoinc.geocode("Khost")
    assert (gdf.geometry[0].x, gdf.geometry[0].y) == (khost.lon, khost.lat)  # lon/lat order
    assert gdf.geometry[2].is_empty and gdf.geometry[3].is_empty


@pytest.mark.parametrize("query", [(34.01, 71.57), "34.01, 71.57", Point(34.01, 71.57)])
def test_reverse_returns_the_nearest_place_and_the_province_at_the_point(coder, query):
    loc = coder.reverse(query)
    assert loc.raw["admin2"] == "Peshawar" and loc.raw["admin1_at_point"] == "Khyber Pakhtunkhwa"
    assert loc.raw["distance_km"] < 3


def test_reverse_many_is_sorted_by_distance(coder):
    locs = coder.reverse((34.53, 69.17), exactly_one=False, limit=4)
    d = [loc.raw["distance_km"] for loc in locs]
    assert len(locs) == 4 and d == sorted(d)


@pytest.mark.parametrize("bad", ["north", (95, 0), None])
def test_reverse_rejects_a_bad_point(coder, bad):
    with pytest.raises(GeocoderQueryError):
        coder.reverse(bad)
