"""The bad-input probe: every class of bad input to the incident readers gets a clear answer.

Each case is a file or frame and what must come back: a geoinc error naming the problem
and the fix (``raises``), or a row status with a message (``row``). No case may escape as a
raw library exception or be accepted silently. ``geocode(country=5)`` and
``extract_incidents(published=...)`` belong to the geocoding and text modules' own tests.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely import Point

import geoinc
from geoinc.errors import IncidentColumnError, IncidentError, IncidentFileError

HEAD = "id,date,location,lat,lon,killed_best\n"


def _fc(features, **extra) -> str:
    return json.dumps({"type": "FeatureCollection", "features": features, **extra})


def _feature(geometry, **props) -> dict:
    return {"type": "Feature", "properties": {"date": "2026-03-01", **props}, "geometry": geometry}


def _gpkg_two_layers(path: Path) -> None:
    g = gpd.GeoDataFrame({"date": ["2026-03-01"], "id": ["a"]}, geometry=[Point(69.2, 34.5)], crs=4326)
    g.to_file(path, layer="incidents", driver="GPKG")
    g.to_file(path, layer="other", driver="GPKG", mode="a")


def _corrupt_gpkg(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)


def _truncated_gpkg(path: Path) -> None:
    _gpkg_two_layers(path)
    data = path.read_bytes()
    path.write_bytes(data[:4096] + b"\x00" * 4096)


def _not_a_gpkg(path: Path) -> None:
    sqlite3.connect(path).execute("create table t (a int)").connection.commit()


# (case, file name or None for a frame, content: str | bytes | callable(path) | DataFrame, expected)
# expected: ("raises", error class, words in the message) or ("row", index, status, words in the message)
CASES = [
    # --- the file as a whole: a geoinc error naming the problem and the fix
    ("empty csv", "e.csv", b"", ("raises", IncidentFileError, "the file is empty")),
    ("newline-only csv", "n.csv", b"\n\r\n\n", ("raises", IncidentFileError, "no header row")),
    (
        "unclosed quote",
        "q.csv",
        HEAD + 'a,2026-03-01,"Kabul,,,\nb,2026-03-02,Gardez,,,\n',
        ("raises", IncidentFileError, "not closed"),
    ),
    ("ragged rows (too many)", "r.csv", HEAD + "a,2026-03-01,Kabul,,,,9,9\n", ("raises", IncidentFileError, "the header 6")),
    ("ragged rows (too few)", "r2.csv", HEAD + "a,2026-03-01\n", ("raises", IncidentFileError, "one cell per column")),
    (
        "duplicate csv column",
        "d.csv",
        "id,date,location,date\na,2026-03-01,Kabul,2026-03-02\n",
        ("raises", IncidentFileError, "column 'date' appears twice"),
    ),
    ("unnamed csv column", "u.csv", "id,,date,location\na,x,2026-03-01,Kabul\n", ("raises", IncidentFileError, "has no name")),
    (
        "not utf-8",
        "l.csv",
        (HEAD + "a,2026-03-01,K\u00e4bul,,,\n").encode("latin-1"),
        ("raises", IncidentFileError, "encoding='cp1252'"),
    ),
    (
        "utf-16 without BOM",
        "w.csv",
        (HEAD + "a,2026-03-01,Kabul,,,\n").encode("utf-16-le"),
        ("raises", IncidentFileError, "encoding='utf-16-le'"),
    ),
    ("unknown suffix", "x.shp", b"abc", ("raises", IncidentFileError, "save the table as CSV")),
    ("xlsx without openpyxl or broken", "x.xlsx", b"PK\x03\x04broken", ("raises", IncidentFileError, ".xlsx")),
    ("invalid json", "j.json", "{'date': 1}", ("raises", IncidentFileError, "not valid JSON")),
    ("deeply nested json", "deep.json", "[" * 100_000 + "]" * 100_000, ("raises", IncidentFileError, "nested too deeply")),
    ("json scalar", "s.json", "42", ("raises", IncidentFileError, "expected a list of records")),
    ("geojson crs is a string", "c1.geojson", _fc([], crs="EPSG:3857"), ("raises", IncidentFileError, "'crs' member must look like")),
    ("geojson crs is a number", "c2.geojson", _fc([], crs=4326), ("raises", IncidentFileError, "'crs' member must look like")),
    (
        "geojson unknown crs",
        "c3.geojson",
        _fc([], crs={"type": "name", "properties": {"name": "EPSG:999999"}}),
        ("raises", IncidentFileError, "cannot be converted to WGS84"),
    ),
    ("features is not a list", "f.geojson", _fc({"a": 1}), ("raises", IncidentFileError, "'features' must be a list")),
    ("a feature is not an object", "f2.geojson", _fc([5]), ("raises", IncidentFileError, "feature 1 is not an object")),
    (
        "properties is not an object",
        "f3.geojson",
        _fc([{"type": "Feature", "properties": [1], "geometry": None}]),
        ("raises", IncidentFileError, "properties is not an object"),
    ),
    ("geopackage with two layers", "two.gpkg", _gpkg_two_layers, ("raises", IncidentFileError, "pass layer='incidents'")),
    ("corrupt geopackage", "bad.gpkg", _corrupt_gpkg, ("raises", IncidentFileError, "not a GeoPackage")),
    ("geopackage without layers", "none.gpkg", _not_a_gpkg, ("raises", IncidentFileError, "GeoPackage")),
    ("truncated geopackage", "cut.gpkg", _truncated_gpkg, ("raises", IncidentFileError, "GeoPackage")),
    (
        "duplicate frame columns",
        None,
        pd.DataFrame([["2026-03-01", "Kabul", "x"]], columns=["date", "location", "date"]),
        ("raises", IncidentFileError, "column 'date' appears twice"),
    ),
    (
        "no date column, a close one",
        None,
        pd.DataFrame({"Date of event": ["2026-03-01"], "location": ["Kabul"]}),
        ("raises", IncidentColumnError, "pass columns={'Date of event': 'date'}"),
    ),
    (
        "no location column",
        None,
        pd.DataFrame({"date": ["2026-03-01"], "town": ["Kabul"]}),
        ("raises", IncidentColumnError, "pass columns={'town': 'location'}"),
    ),
    ("not a table", None, 42, ("raises", IncidentFileError, "takes a file path or a DataFrame")),
    # --- one cell: the row keeps everything else and says what happened
    (
        "unknown geometry type",
        "g1.geojson",
        _fc([_feature({"type": "Circle", "coordinates": [69, 34]}, location="Gardez")]),
        ("row", 0, "corrected", "geometry 'Circle' cannot be read (unknown geometry type)"),
    ),
    (
        "point with one coordinate",
        "g2.geojson",
        _fc([_feature({"type": "Point", "coordinates": [69]}, location="Gardez")]),
        ("row", 0, "corrected", "a Point needs [lon, lat]"),
    ),
    (
        "polygon geometry",
        "g3.geojson",
        _fc([_feature({"type": "Polygon", "coordinates": [[[69, 34], [69.2, 34], [69.2, 34.2], [69, 34]]]})]),
        ("row", 0, "corrected", "non-point geometry"),
    ),
    (
        "coordinates in New York",
        "ny.csv",
        HEAD + "a,2026-03-01,,40.7128,-74.006,\n",
        ("row", 0, "out_of_region", "outside Afghanistan and Pakistan; kept"),
    ),
    ("coordinates at 0,0", "z.csv", HEAD + "a,2026-03-01,Gardez,0,0,\n", ("row", 0, "corrected", "0, 0 is a placeholder")),
    ("infinite coordinates", "inf.csv", HEAD + "a,2026-03-01,Gardez,inf,69,\n", ("row", 0, "corrected", "not both numbers")),
    ("only one coordinate", "one.csv", HEAD + "a,2026-03-01,Gardez,34.5,,\n", ("row", 0, "corrected", "not both numbers")),
    (
        "'1.000' killed",
        "k1.csv",
        HEAD + "a,2026-03-01,Kabul,,,1.000\n",
        ("row", 0, "invalid", "decimal point or a thousands separator"),
    ),
    ("20-digit count", "k2.csv", HEAD + "a,2026-03-01,Kabul,,,12345678901234567890\n", ("row", 0, "invalid", "too many digits")),
    ("fractional count", "k3.csv", HEAD + "a,2026-03-01,Kabul,,,2.5\n", ("row", 0, "invalid", "not a whole number")),
    ("thousands with commas", "k4.csv", HEAD + 'a,2026-03-01,Kabul,,,"1,200"\n', ("row", 0, "ok", "")),
    ("month-only date", "m.csv", HEAD + "a,2026-03,Kabul,,,\n", ("row", 0, "ok", "")),
    ("ambiguous d/m/y date", "dm.csv", HEAD + "a,03/04/2026,Kabul,,,\n", ("row", 0, "invalid", "day/month order unknown")),
    ("impossible date", "imp.csv", HEAD + "a,2026-02-30,Kabul,,,\n", ("row", 0, "invalid", "no such day")),
    (
        "date_end before date",
        None,
        pd.DataFrame({"date": ["2026-03-05"], "date_end": ["2026-03-01"], "location": ["Kabul"]}),
        ("row", 0, "invalid", "date_end 2026-03-01 is before date 2026-03-05"),
    ),
    (
        "unknown date_precision",
        None,
        pd.DataFrame({"date": ["2026-03-05"], "date_precision": ["fortnight"], "location": ["Kabul"]}),
        ("row", 0, "corrected", "date_precision 'fortnight' is not one of"),
    ),
    (
        "non-integer geo precision",
        None,
        pd.DataFrame({"date": ["2026-03-05"], "lat": [34.5], "lon": [69.2], "precision": ["2.5"]}),
        ("row", 0, "corrected", "precision 2.5 is not 1, 2 or 3"),
    ),
    (
        "negative uncertainty",
        None,
        pd.DataFrame({"date": ["2026-03-05"], "lat": [34.5], "lon": [69.2], "uncertainty_km": ["-4"]}),
        ("row", 0, "ok", ""),
    ),
    (
        "UCDP precision written 3.0",
        None,
        pd.DataFrame(
            {
                "id": [1],
                "date_start": ["2026-03-01"],
                "date_end": ["2026-03-01"],
                "type_of_violence": ["1.0"],
                "where_coordinates": ["Gardez"],
                "where_prec": ["3.0"],
                "date_prec": ["1.0"],
                "best": ["2"],
                "low": ["2"],
                "high": ["2"],
                "latitude": [33.6],
                "longitude": [69.2],
            }
        ),
        ("row", 0, "ok", ""),
    ),
    (
        "UCDP where_prec 2.5",
        None,
        pd.DataFrame(
            {
                "id": [1],
                "date_start": ["2026-03-01"],
                "type_of_violence": [1],
                "where_coordinates": ["Gardez"],
                "where_prec": ["2.5"],
                "latitude": [33.6],
                "longitude": [69.2],
            }
        ),
        ("row", 0, "corrected", "where_prec is not a UCDP code"),
    ),
    (
        "ACLED time_precision 4",
        None,
        pd.DataFrame(
            {
                "event_id_cnty": ["AFG1"],
                "event_date": ["02 March 2026"],
                "time_precision": ["4"],
                "latitude": [34.5],
                "longitude": [69.2],
            }
        ),
        ("row", 0, "corrected", "time_precision is not 1, 2 or 3"),
    ),
    (
        "ACLED unknown sub_event_type",
        None,
        pd.DataFrame(
            {
                "event_id_cnty": ["AFG1"],
                "event_date": ["2026-03-02"],
                "sub_event_type": ["Cyber attack"],
                "latitude": [34.5],
                "longitude": [69.2],
            }
        ),
        ("row", 0, "corrected", "sub_event_type 'Cyber attack' is not in the source's list"),
    ),
    (
        "GTD month 13",
        None,
        pd.DataFrame(
            {"eventid": ["1"], "iyear": ["2020"], "imonth": ["13"], "iday": ["1"], "city": ["Khost"], "country_txt": ["Afghanistan"]}
        ),
        ("row", 0, "invalid", "is not a date"),
    ),
    (
        "duplicate id",
        None,
        pd.DataFrame({"id": ["a", "a"], "date": ["2026-03-01"] * 2, "location": ["Kabul"] * 2}),
        ("row", 1, "invalid", "duplicate id 'a' (first at row 1)"),
    ),
    (
        "boolean and list cells",
        None,
        pd.DataFrame({"date": ["2026-03-01"], "location": ["Kabul"], "flag": [True], "tags": [["a", "b"]]}),
        ("row", 0, "ok", ""),
    ),
    (
        "country not in the gazetteer",
        None,
        pd.DataFrame({"date": ["2026-03-01"], "location": ["Kabul"], "country": ["ZZ"]}),
        ("row", 0, "unresolved", "country 'ZZ' is outside the gazetteer"),
    ),
    (
        "a province hint the gazetteer lacks",
        None,
        pd.DataFrame({"date": ["2026-03-01"], "location": ["Gardez"], "admin1": ["Atlantis"], "country": ["AF"]}),
        ("row", 0, "corrected", "admin1='Atlantis' is not a province or region of the gazetteer"),
    ),
]


@pytest.mark.parametrize("case, name, content, expected", CASES, ids=[c[0] for c in CASES])
def test_bad_input_gets_a_clear_answer(case, name, content, expected, tmp_path):
    if name is None:
        source = content
    else:
        source = tmp_path / name
        if callable(content):
            content(source)
        elif isinstance(content, bytes):
            source.write_bytes(content)
        else:
            source.write_text(content, encoding="utf-8")
    if expected[0] == "raises":
        _, error, words = expected
        with pytest.raises(error) as exc:
            geoinc.read_incidents(source)
        assert words in str(exc.value)
        assert isinstance(exc.value, IncidentError) and "\n" not in str(exc.value)
    else:
        _, row, status, words = expected
        gdf = geoinc.read_incidents(source)
        assert gdf["status"].iloc[row] == status, gdf["message"].iloc[row]
        assert words in gdf["message"].iloc[row]
        if status != "ok":
            assert gdf["message"].iloc[row].startswith(f"row {row + 1}: ")


def test_the_probe_covers_the_issues_classes():
    names = {c[0] for c in CASES}
    assert len(names) == len(CASES) >= 50
    assert sum(c[3][0] == "raises" for c in CASES) >= 20 and sum(c[3][0] == "row" for c in CASES) >= 20


def test_given_layer_reads_the_second_layer(tmp_path):
    path = tmp_path / "two.gpkg"
    _gpkg_two_layers(path)
    assert len(geoinc.read_incidents(path, layer="other")) == 1
    with pytest.raises(IncidentFileError, match="no layer 'third'"):
        geoinc.read_incidents(path, layer="third")


def test_bad_values_are_kept_in_given_values(tmp_path):
    p = tmp_path / "k.csv"
    p.write_text(HEAD + "a,2026-03-01,Kabul,,,1.000\nb,someday,Kabul,95,190,\n", encoding="utf-8")
    gdf = geoinc.read_incidents(p)
    assert json.loads(gdf["given_values"][0]) == {"killed_best": "1.000"}
    assert json.loads(gdf["given_values"][1]) == {"date": "someday", "lat": "95", "lon": "190"}
    assert np.isnan(gdf["killed_best"][0])
