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
    extra.write_text(text + "z-1,2026-03-03,day,Other,,,Narnia,AF,,,,,,,,,,reported,=HYPERLINK(\"http://x\")\n"
                     "z-2,2026-03-40,day,Other,,,Kabul,AF,,,,,,,,,,reported,\n", encoding="utf-8")  # fmt: skip
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
    assert [f["properties"]["id"] for f in nulls] == ["z-1", "z-2"]  # unresolved and invalid rows kept
    assert "NaN" not in (tmp_path / "x.geojson").read_text(encoding="utf-8")


def test_polygons_follow_the_right_hand_rule(tmp_path):
    import geopandas as gpd
    import shapely

    poly = shapely.Polygon([(69, 34), (69, 35), (70, 35), (70, 34)])  # clockwise
    doc = json.loads(geoinc.to_geojson(gpd.GeoDataFrame({"a": [1]}, geometry=[poly], crs=4326)))
    ring = doc["features"][0]["geometry"]["coordinates"][0]
    assert shapely.LinearRing(ring).is_ccw


def test_geojson_round_trip_gives_back_the_same_rows(incidents, tmp_path):
    path = tmp_path / "rt.geojson"
    geoinc.to_geojson(incidents, path)
    back = geoinc.read_incidents(path)
    assert len(back) == len(incidents) and list(back["id"]) == list(incidents["id"])
    for col in ("date", "date_precision", "event_type", "actor", "location", "killed_min", "killed_best",
                "civilians_killed", "sources", "verification", "notes", "precision"):  # fmt: skip
        a, b = incidents[col], back[col]
        assert a.astype(str).tolist() == b.astype(str).tolist(), col
    ok = ~incidents.geometry.is_empty
    assert np.allclose(back.geometry[ok].x, incidents.geometry[ok].x, atol=1e-6)
    assert back.geometry[~ok].is_empty.all()
    assert list(back["status"][~ok]) == ["unresolved", "invalid"]


def test_geopackage_is_read_back_by_gdal(incidents, tmp_path):
    path = geoinc.to_file(incidents, tmp_path / "x.gpkg")
    info = pyogrio.read_info(path)
    assert info["driver"] == "GPKG" and info["features"] == len(incidents)
    assert info["crs"] == "EPSG:4326"
    back = pyogrio.read_dataframe(path)
    assert list(back["id"]) == list(incidents["id"])
    assert np.allclose(back["border_km"].to_numpy(dtype=float), incidents["border_km"].to_numpy(dtype=float),
                       equal_nan=True)  # fmt: skip


@pytest.mark.parametrize("ext", [".geojson", ".csv", ".gpkg"])
def test_output_is_byte_identical_for_identical_input(incidents, tmp_path, ext):
    a, b = tmp_path / f"a{ext}", tmp_path / f"b{ext}"
    geoinc.to_file(incidents, a)
    geoinc.to_file(incidents.copy(), b)
    assert a.read_bytes() == b.read_bytes()


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "=HYPERLINK(\"http://x\")"])
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
