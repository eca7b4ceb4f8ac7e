"""Reading incidents: schema, formats (CSV, JSON, GeoJSON, GeoPackage, ACLED, UCDP), validation."""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely import Point

import geoinc
from geoinc import IncidentError
from geoinc.incidents import INCIDENT_COLUMNS

EXAMPLE = Path(__file__).parents[1] / "examples" / "afpak_2025_2026.csv"
HEADER = "id,date,location,killed_min,killed_best,killed_max,lat,lon,event_type,verification\n"
GOOD = "a1,2026-03-02,\"Ali Sher, Khost\",20,,,,,Air/drone strike,reported\n"


def _csv(tmp_path: Path, *rows: str, header: str = HEADER) -> Path:
    p = tmp_path / "incidents.csv"
    p.write_text(header + "".join(rows), encoding="utf-8")
    return p


# --- the example data set ---------------------------------------------------------------
def test_example_reads_completely_in_order():
    gdf = geoinc.read_incidents(EXAMPLE)
    raw = pd.read_csv(EXAMPLE)
    assert list(gdf["id"]) == list(raw["id"])
    assert gdf.crs.to_epsg() == 4326
    assert list(gdf.columns) == [*INCIDENT_COLUMNS, "geometry"]
    assert set(gdf["status"]) == {"ok"}, gdf.loc[gdf["status"] != "ok", ["id", "message"]]
    assert not gdf.geometry.is_empty.any()


@pytest.mark.parametrize(
    "incident, place_id, precision",
    [("s000-01", "cur-0001", 1), ("s000-02", "adm2:AF.13.110", 2), ("s004-06", "cur-0002", 1),
     ("s004-10", "adm2:AF.37.3207", 2), ("s004-11", "adm2:AF.37.3202", 2), ("s004-12", "gn:1148311", 1),
     ("s004-08", "adm1:AF.36", 3), ("s004-04", "border:durand-line", 3), ("s004-03", "gn:1176615", 1)],
)
def test_example_incidents_land_on_the_right_places(incident, place_id, precision):
    gdf = geoinc.read_incidents(EXAMPLE).set_index("id")
    assert gdf.loc[incident, "place_id"] == place_id
    assert gdf.loc[incident, "precision"] == precision


# --- validation: every bad row reported on its row, nothing dropped -----------------------
@pytest.mark.parametrize(
    "row, status, reason",
    [
        ("b2,2026-13-45,Kabul,,,,,,,\n", "invalid", "unparseable date '2026-13-45'"),
        ("b2,yesterday,Kabul,,,,,,,\n", "invalid", "unparseable date"),
        ("b2,,Kabul,,,,,,,\n", "invalid", "missing date"),
        ("b2,2026-03-01,Kabul,-3,,,,,,\n", "invalid", "killed_min is negative"),
        ("b2,2026-03-01,Kabul,,six,,,,,\n", "invalid", "killed_best 'six' is not a number"),
        ("b2,2026-03-01,Kabul,10,5,,,,,\n", "invalid", "killed_min 10 > killed_best 5"),
        ("b2,2026-03-01,Kabul,,8,6,,,,\n", "invalid", "killed_best 8 > killed_max 6"),
        ("b2,2026-03-01,Kabul,,,,,,Picnic,\n", "invalid", "event_type 'Picnic' is not one of"),
        ("b2,2026-03-01,Kabul,,,,,,,rumoured\n", "invalid", "verification 'rumoured' is not one of"),
        ("a1,2026-03-01,Kabul,,,,,,,\n", "invalid", "duplicate id 'a1' (first at row 1)"),
        ("b2,2026-03-01,Kabul,,,,95.5,69.2,,\n", "corrected", "lat/lon out of range"),
        ("b2,2026-03-01,Kabul,,,,nan,nan,,\n", "corrected", "not both numbers"),
        ("b2,2026-03-01,,,,,69.17,34.53,,\n", "corrected", "lat/lon look swapped"),
        ("b2,2026-03-01,Narnia,,,,,,,\n", "unresolved", "location 'Narnia' not found"),
        ("b2,2026-03-01,,,,,,,,\n", "unresolved", "no coordinates and no location"),
    ],
)
def test_bad_row_is_reported_with_its_row_and_reason(tmp_path, row, status, reason):
    gdf = geoinc.read_incidents(_csv(tmp_path, GOOD, row))
    assert len(gdf) == 2 and gdf["status"].iloc[0] == "ok"
    assert gdf["status"].iloc[1] == status
    assert gdf["message"].iloc[1].startswith("row 2: ") and reason in gdf["message"].iloc[1]
    if status in ("invalid", "unresolved"):
        assert gdf.geometry.iloc[1].is_empty


def test_swapped_coordinates_are_put_back(tmp_path):
    gdf = geoinc.read_incidents(_csv(tmp_path, "b1,2026-03-01,,,,,69.17,34.53,,\n"))
    assert (gdf.geometry[0].x, gdf.geometry[0].y) == (69.17, 34.53)
    assert gdf["admin1"][0] == "Kabul" and gdf["country"][0] == "AF"


def test_out_of_range_coordinates_fall_back_to_the_location(tmp_path):
    gdf = geoinc.read_incidents(_csv(tmp_path, "b1,2026-03-01,Gardez,,,,95.5,69.2,,\n"))
    assert gdf["place"][0] == "Gardez" and gdf["geocode_status"][0] == "matched"


def test_many_bad_rows_all_kept(tmp_path):
    rows = [f"r{i},2026-02-{i:02d},Kabul,,{-i if i % 3 == 0 else i},,,,,\n" for i in range(1, 29)]
    gdf = geoinc.read_incidents(_csv(tmp_path, *rows))
    assert len(gdf) == 28
    assert (gdf["status"] == "invalid").sum() == 9
    assert list(gdf["id"]) == [f"r{i}" for i in range(1, 29)]


@pytest.mark.parametrize(
    "header, missing",
    [("id,location\n", "date"), ("id,date,killed_best\n", "location (or lat and lon)"),
     ("id,killed_best\n", "date, location (or lat and lon)")],
)
def test_missing_required_columns_are_listed(tmp_path, header, missing):
    with pytest.raises(IncidentError, match=f"missing required column\\(s\\): {missing.replace('(', '.').replace(')', '.')}"):
        geoinc.read_incidents(_csv(tmp_path, header=header))


def test_non_utf8_file_is_a_clear_error(tmp_path):
    p = tmp_path / "latin.csv"
    p.write_bytes("date,location\n2026-03-01,Kābul\n".encode().replace("ā".encode(), b"\xe4"))
    with pytest.raises(IncidentError, match="not UTF-8 .byte 26"):
        geoinc.read_incidents(p)


@pytest.mark.parametrize("source", [42, ["a"], Path("/nonexistent.csv"), Path(__file__)])
def test_unreadable_sources_are_clear_errors(source):
    with pytest.raises(IncidentError):
        geoinc.read_incidents(source)


def test_empty_table_gives_an_empty_frame(tmp_path):
    gdf = geoinc.read_incidents(_csv(tmp_path))
    assert len(gdf) == 0 and list(gdf.columns) == [*INCIDENT_COLUMNS, "geometry"]


def test_country_hint_applies_to_rows_without_one(tmp_path):
    gdf = geoinc.read_incidents(_csv(tmp_path, "b1,2026-03-01,Khost,,,,,,,\n"), country="PK")
    assert gdf["country"][0] == "PK" and gdf["status"][0] == "unresolved"  # no Khost in Pakistan


# --- other formats ---------------------------------------------------------------------------
def test_acled_export_is_mapped():
    acled = pd.DataFrame({
        "event_id_cnty": ["AFG1", "AFG2"], "event_date": ["02 March 2026", "2026-02-27"], "time_precision": [1, 2],
        "event_type": ["Explosions/Remote violence"] * 2, "sub_event_type": ["Air/drone strike", "Shelling/artillery/missile attack"],
        "actor1": ["Military Forces of Pakistan", "Military Forces of Pakistan"], "country": ["Afghanistan"] * 2,
        "admin1": ["Khost", "Kunar"], "location": ["Ali Sher", "Asadabad"], "latitude": [33.4362, np.nan],
        "longitude": [70.0671, np.nan], "geo_precision": [2, 1], "fatalities": [20, 3], "source": ["Drop Site News"] * 2,
        "notes": ["n1", "n2"],
    })  # fmt: skip
    gdf = geoinc.read_incidents(acled)
    assert list(gdf["id"]) == ["AFG1", "AFG2"] and list(gdf["status"]) == ["ok", "ok"]
    assert list(gdf["date"].dt.strftime("%Y-%m-%d")) == ["2026-03-02", "2026-02-27"]
    assert list(gdf["date_precision"]) == ["day", "week"]
    assert list(gdf["country"]) == ["AF", "AF"]
    assert list(gdf["killed_best"]) == [20, 3] and list(gdf["killed_min"]) == [20, 3]
    assert gdf["geocode_status"][0] == "given" and gdf["precision"][0] == 2
    assert gdf["place"][1].startswith("Asad") and gdf["event_type"][1] == "Shelling/artillery/missile attack"


def test_ucdp_ged_export_is_mapped():
    ucdp = pd.DataFrame({
        "id": [1, 2], "date_start": ["2026-02-26", "2026-02-01"], "date_end": ["2026-02-26", "2026-02-20"],
        "type_of_violence": [1, 3], "side_a": ["Government of Pakistan", "IS"], "where_coordinates": ["Khost", "Gardez"],
        "country": ["Afghanistan", "Afghanistan"], "adm_1": ["Khost province", "Paktia province"],
        "latitude": [33.3395, 33.5974], "longitude": [69.9204, 69.2259], "where_prec": [1, 3],
        "best": [5, 2], "low": [4, 2], "high": [9, 3], "deaths_civilians": [2, 0], "source_article": ["x", "y"],
    })  # fmt: skip
    gdf = geoinc.read_incidents(ucdp)
    assert list(gdf["killed_min"]) == [4, 2] and list(gdf["killed_max"]) == [9, 3]
    assert list(gdf["date_precision"]) == ["day", "month"]
    assert list(gdf["event_type"]) == ["Armed clash", "Attack"]
    assert list(gdf["precision"]) == [1, 2] and list(gdf["civilians_killed"]) == [2, 0]


def test_json_records_are_read(tmp_path):
    p = tmp_path / "x.json"
    p.write_text(json.dumps({"incidents": [{"date": "2026-03-01", "location": "Gardez"}]}), encoding="utf-8")
    assert geoinc.read_incidents(p)["place"][0] == "Gardez"


def test_geojson_in_another_crs_is_reprojected_and_said(tmp_path):
    p = tmp_path / "m.geojson"
    x, y = gpd.GeoSeries([Point(69.17, 34.53)], crs=4326).to_crs(3857)[0].coords[0]
    p.write_text(json.dumps({
        "type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3857"}},
        "features": [{"type": "Feature", "properties": {"date": "2026-03-01"}, "geometry": {"type": "Point", "coordinates": [x, y]}}],
    }), encoding="utf-8")  # fmt: skip
    gdf = geoinc.read_incidents(p)
    assert gdf.geometry[0].x == pytest.approx(69.17) and gdf.geometry[0].y == pytest.approx(34.53)
    assert "reprojected from urn:ogc:def:crs:EPSG::3857" in gdf["message"][0]


def test_geodataframe_without_crs_is_refused():
    with pytest.raises(IncidentError, match="no CRS"):
        geoinc.read_incidents(gpd.GeoDataFrame({"date": ["2026-03-01"]}, geometry=[Point(69, 34)]))


@pytest.mark.parametrize("cell, expected", [
    ("Drop Site News <https://example.org/a>; UNAMA", [("Drop Site News", "https://example.org/a"), ("UNAMA", "")]),
    ("https://www.reuters.com/world/x", [("reuters.com", "https://www.reuters.com/world/x")]),
    ("", []), (None, []),
])  # fmt: skip
def test_sources_cell_parses(cell, expected):
    assert geoinc.parse_sources(cell) == expected
