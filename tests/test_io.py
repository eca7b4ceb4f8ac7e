"""Export: RFC 7946 GeoJSON, GeoPackage read back by GDAL, CSV without formula injection."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pyogrio
import pytest
from geopandas.testing import assert_geodataframe_equal

import geoinc
from geoinc.io import ExportError, escape_formula

EXAMPLE = Path(__file__).parents[1] / "examples" / "afpak_2025_2026.csv"


@pytest.fixture(scope="module")
def incidents(tmp_path_factory):
    """The example plus an unresolved and an invalid row, with proximity columns."""
    extra = tmp_path_factory.mktemp("x") / "extra.csv"
    text = EXAMPLE.read_text(encoding="utf-8")
    header = text.splitlines()[0]
    extra.write_text(
        text + 'z-1,2026-03-03,day,Other,,,Narnia,AF,,,,,,,,,,reported,=HYPERLINK("http://x")\n'
        "z-2,2026-03-40,day,Other,,,Kabul,AF,,,,,,,,,,reported,\n",
        encoding="utf-8",
    )
    assert header.startswith("id,date")
    return geoinc.border_proximity(geoinc.read_incidents(extra))


def test_geojson_follows_rfc7946(incidents, tmp_path):
    doc = json.loads(geoinc.to_geojson(incidents, tmp_path / "x.geojson"))
    assert doc["type"] == "FeatureCollection" and "crs" not in doc
    assert len(doc["features"]) == len(incidents)
    first = doc["features"][0]
    lon, lat = first["geometry"]["coordinates"]
    assert (lon, lat) == (round(incidents.geometry[0].x, 6), round(incidents.geometry[0].y, 6))  # lon first
    assert set(first["properties"]) == set(incidents.columns) - {"geometry"}
    nulls = [f for f in doc["features"] if f["geometry"] is None]
    assert [f["properties"]["id"] for f in nulls] == ["z-1"]  # the unresolved row kept, without geometry
    invalid = next(f for f in doc["features"] if f["properties"]["id"] == "z-2")
    assert invalid["properties"]["status"] == "invalid" and invalid["geometry"]["type"] == "Point"  # a bad date keeps the place
    assert "NaN" not in (tmp_path / "x.geojson").read_text(encoding="utf-8")


def test_polygons_follow_the_right_hand_rule(tmp_path):
    import geopandas as gpd
    import shapely

    poly = shapely.Polygon([(69, 34), (69, 35), (70, 35), (70, 34)])  # clockwise
    doc = json.loads(geoinc.to_geojson(gpd.GeoDataFrame({"a": [1]}, geometry=[poly], crs=4326)))
    ring = doc["features"][0]["geometry"]["coordinates"][0]
    assert shapely.LinearRing(ring).is_ccw


@pytest.fixture(scope="module")
def gazetteer():
    """The shipped gazetteer plus one name that fits two places far apart (an ambiguous location)."""
    return geoinc.Gazetteer.default().merge(
        geoinc.Gazetteer.from_records(
            [
                {"id": "t:1", "name": "Dawlatzai Kalay", "lat": 34.58, "lon": 69.76, "country": "AF", "admin1": "Kabul"},
                {"id": "t:2", "name": "Dawlatzai Kalay", "lat": 32.90, "lon": 68.70, "country": "AF", "admin1": "Paktika"},
            ]
        )
    )


EVERY_STATUS = (
    "id,date,date_precision,event_type,location,lat,lon,killed_best,notes,tag,reviewer\r\n"
    'ok-1,2026-03-02,,Air/drone strike,"Ali Sher, Khost",,,6,plain,t1,Ayesha\r\n'
    "ok-2,2025,,Attack,Khyber Pakhtunkhwa,,,,province only,t2,\r\n"
    'ok-3,2026-03,,Armed clash,,33.43621234,70.06712345,3,"a bare \r carriage return",,Bilal\r\n'
    'co-1,2026-03-04,day,Picnic,Gardez,,,,=HYPERLINK("http://x"),t4,\r\n'
    "co-2,2026-03-05,,Attack,,69.17,34.53,,'=already quoted,,\r\n"
    "co-3,2026-03-06,,Attack,Jalalabad,abc,70,,,,\r\n"
    "or-1,2026-03-07,,Attack,,40.7128,-74.006,,New York,,\r\n"
    "am-1,2026-03-08,,Attack,Dawlatzai Kalay,,,,,,\r\n"
    "un-1,2026-03-09,,Attack,Narnia,,,,,,\r\n"
    "in-1,someday,,Attack,Gardez,,,six,,,\r\n"
    'in-2,2026-03-10,,Attack,,34.5,69.2,-2,"line one\nline two",,\r\n'
)


@pytest.fixture(scope="module")
def every_status(tmp_path_factory, gazetteer):
    p = tmp_path_factory.mktemp("s") / "every_status.csv"
    p.write_bytes(EVERY_STATUS.encode())
    return geoinc.read_incidents(p, gazetteer=gazetteer)


def test_the_round_trip_frame_holds_every_status(every_status):
    from geoinc.incidents import STATUSES

    assert set(every_status["status"]) == set(STATUSES)
    assert every_status.set_index("id").loc["ok-2", "uncertainty_km"] > 300  # Khyber Pakhtunkhwa, province-wide


def _same(a, b) -> list[str]:
    """Columns that differ (as text, NaN = None), and a geometry check."""
    diff = [
        c
        for c in a.columns
        if c != "geometry"
        and (c not in b or [None if pd.isna(x) else str(x) for x in a[c]] != [None if pd.isna(x) else str(x) for x in b[c]])
    ]
    if list(a.columns) != list(b.columns):
        diff.append("column order")
    if not (a.geometry.is_empty.to_numpy() == b.geometry.is_empty.to_numpy()).all():
        diff.append("geometry")
    elif not np.allclose(a.geometry.x.fillna(0), b.geometry.x.fillna(0), atol=1e-9):
        diff.append("geometry")
    return diff


@pytest.mark.parametrize("ext", ["geojson", "gpkg", "csv"])
def test_round_trip_is_lossless_for_every_status(every_status, gazetteer, tmp_path, ext):
    path = geoinc.to_file(every_status, tmp_path / f"rt.{ext}")
    back = geoinc.read_incidents(path, gazetteer=gazetteer)
    assert _same(every_status, back) == []


@pytest.mark.parametrize("ext", ["geojson", "gpkg", "csv"])
def test_border_table_is_the_same_after_a_round_trip(every_status, gazetteer, tmp_path, ext):
    path = geoinc.to_file(every_status, tmp_path / f"rt.{ext}")
    back = geoinc.read_incidents(path, gazetteer=gazetteer)
    a = geoinc.border_summary(every_status, by="month")
    b = geoinc.border_summary(back, by="month")
    pd.testing.assert_frame_equal(a, b)


def test_csv_quotes_a_bare_carriage_return(every_status):
    import io

    text = geoinc.to_csv(every_status)
    assert '"a bare \r carriage return"' in text
    back = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    assert len(back) == len(every_status) and back["notes"][2] == "a bare \r carriage return"


def test_geopackage_is_read_back_by_gdal(incidents, tmp_path):
    path = geoinc.to_file(incidents, tmp_path / "x.gpkg")
    info = pyogrio.read_info(path)
    assert info["driver"] == "GPKG" and info["features"] == len(incidents)
    assert info["crs"] == "EPSG:4326"
    back = pyogrio.read_dataframe(path)
    assert list(back["id"]) == list(incidents["id"])
    assert np.allclose(back["border_km"].to_numpy(dtype=float), incidents["border_km"].to_numpy(dtype=float), equal_nan=True)


@pytest.mark.parametrize("ext", [".geojson", ".csv", ".gpkg"])
def test_output_is_byte_identical_for_identical_input(incidents, tmp_path, ext):
    a, b = tmp_path / f"a{ext}", tmp_path / f"b{ext}"
    geoinc.to_file(incidents, a)
    geoinc.to_file(incidents.copy(), b)
    assert a.read_bytes() == b.read_bytes()


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", '=HYPERLINK("http://x")'])
def test_csv_neutralises_formula_cells(cell):
    assert escape_formula(cell) == "'" + cell


def test_csv_export_escapes_text_but_not_numbers(incidents, tmp_path):
    text = geoinc.to_csv(incidents, tmp_path / "x.csv")
    back = pd.read_csv(tmp_path / "x.csv", dtype=str, keep_default_na=False)
    row = back.set_index("id").loc["z-1"]
    assert row["notes"].startswith("'=HYPERLINK")
    assert all(not v.startswith("'") for v in back["lon"] if v)  # numbers are not escaped
    assert len(back) == len(incidents) and "'=" in text


def test_unknown_format_and_missing_crs_are_clear_errors(incidents, tmp_path):
    import geopandas as gpd

    with pytest.raises(ExportError, match="use .geojson, .gpkg or .csv"):
        geoinc.to_file(incidents, tmp_path / "x.shp")
    with pytest.raises(ExportError, match="no CRS"):
        geoinc.to_geojson(gpd.GeoDataFrame(incidents.drop(columns="geometry"), geometry=list(incidents.geometry)))


def test_reprojected_frame_is_written_in_wgs84(incidents):
    doc = json.loads(geoinc.to_geojson(incidents.to_crs(3857)))
    lon, lat = doc["features"][0]["geometry"]["coordinates"]
    assert abs(lon - incidents.geometry[0].x) < 1e-6 and abs(lat - incidents.geometry[0].y) < 1e-6


def test_frames_compare_equal_after_gpkg_round_trip(tmp_path):
    import geopandas as gpd
    from shapely import Point

    g = gpd.GeoDataFrame({"id": ["a", "b"], "n": [1.5, np.nan]}, geometry=[Point(69, 34), Point(70, 33)], crs=4326)
    back = gpd.read_file(geoinc.to_file(g, tmp_path / "g.gpkg"))
    assert_geodataframe_equal(back[["id", "n", "geometry"]], g, check_dtype=False)
