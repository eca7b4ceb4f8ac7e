"""Reading incidents: schema, formats (CSV, JSON, GeoJSON, GeoPackage, ACLED, UCDP GED, GTD), validation."""

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
from geoinc.errors import IncidentColumnError
from geoinc.incidents import INCIDENT_COLUMNS, STATUSES, parse_dates

DATA = Path(__file__).parent / "data"
EXAMPLE = Path(__file__).parents[1] / "examples" / "afpak_2025_2026.csv"
ACLED = DATA / "acled_afpak_sample.csv"
UCDP = DATA / "ucdp_ged_afpak_sample.csv"
GTD = DATA / "gtd_afpak_sample.csv"
HEADER = "id,date,location,killed_min,killed_best,killed_max,lat,lon,event_type,verification\n"
GOOD = 'a1,2026-03-02,"Ali Sher, Khost",20,,,,,Air/drone strike,reported\n'


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
    # "Shiite mosque, Islamabad": the mosque is in no gazetteer, so the row is placed at its
    # context, Islamabad Capital Territory (precision 3), and says so
    approx = gdf["id"] == "s004-03"
    assert set(gdf.loc[~approx, "status"]) == {"ok"}, gdf.loc[gdf["status"] != "ok", ["id", "message"]]
    assert gdf.loc[approx, "status"].item() == "corrected" and "approximate" in gdf.loc[approx, "message"].item()
    assert not gdf.geometry.is_empty.any()


@pytest.mark.parametrize(
    "incident, place_id, precision",
    [
        ("s000-01", "cur-0001", 1),
        ("s000-02", "wof:421182253", 2),
        ("s004-06", "cur-0002", 1),
        ("s004-10", "wof:1108562545", 2),
        ("s004-11", "wof:1108562093", 2),
        ("s004-12", "gn:1148311", 1),
        ("s004-08", "adm1:AF.36", 3),
        ("s004-04", "border:durand-line", 3),
        ("s004-03", "adm1:PK.08", 3),
    ],
)
def test_example_incidents_land_on_the_right_places(incident, place_id, precision):
    gdf = geoinc.read_incidents(EXAMPLE).set_index("id")
    assert gdf.loc[incident, "place_id"] == place_id
    assert gdf.loc[incident, "precision"] == precision


# --- a problem touches only what it concerns ---------------------------------------------
@pytest.mark.parametrize(
    "row, status, reason",
    [
        ("b2,2026-13-45,Kabul,,,,,,,\n", "invalid", "date '2026-13-45' is not a date"),
        ("b2,yesterday,Kabul,,,,,,,\n", "invalid", "date 'yesterday' is not a date"),
        ("b2,,Kabul,,,,,,,\n", "invalid", "missing date"),
        ("b2,03/04/2026,Kabul,,,,,,,\n", "invalid", "day/month order unknown"),
        ("b2,2026-03-01,Kabul,-3,,,,,,\n", "invalid", "killed_min is negative"),
        ("b2,2026-03-01,Kabul,,six,,,,,\n", "invalid", "killed_best 'six' is not a number"),
        ("b2,2026-03-01,Kabul,,1.000,,,,,\n", "invalid", "a decimal point or a thousands separator"),
        ("b2,2026-03-01,Kabul,,2.5,,,,,\n", "invalid", "killed_best 2.5 is not a whole number"),
        ("b2,2026-03-01,Kabul,,12345678901234567890,,,,,\n", "invalid", "too many digits"),
        ("b2,2026-03-01,Kabul,10,5,,,,,\n", "invalid", "killed_min 10 > killed_best 5"),
        ("b2,2026-03-01,Kabul,,8,6,,,,\n", "invalid", "killed_best 8 > killed_max 6"),
        ("a1,2026-03-01,Kabul,,,,,,,\n", "invalid", "duplicate id 'a1' (first at row 1)"),
        ("b2,2026-03-01,Kabul,,,,,,Picnic,\n", "corrected", "event_type 'Picnic' is not one of geoinc's types"),
        ("b2,2026-03-01,Kabul,,,,,,,rumoured\n", "corrected", "verification 'rumoured' is not one of"),
        ("b2,2026-03-01,Kabul,,,,95.5,69.2,,\n", "corrected", "lat/lon out of range"),
        ("b2,2026-03-01,Kabul,,,,nan,nan,,\n", "corrected", "not both numbers"),
        ("b2,2026-03-01,Kabul,,,,0,0,,\n", "corrected", "0, 0 is a placeholder"),
        ("b2,2026-03-01,,,,,69.17,34.53,,\n", "corrected", "lat/lon look swapped"),
        ("b2,2026-03-01,,,,,40.7128,-74.006,,\n", "out_of_region", "outside Afghanistan and Pakistan; kept"),
        ("b2,2026-03-01,Narnia,,,,,,,\n", "unresolved", "location 'Narnia' not found"),
        ("b2,2026-03-01,,,,,,,,\n", "unresolved", "no coordinates and no location"),
    ],
)
def test_bad_row_is_reported_with_its_row_and_reason(tmp_path, row, status, reason):
    gdf = geoinc.read_incidents(_csv(tmp_path, GOOD, row))
    assert len(gdf) == 2 and gdf["status"].iloc[0] == "ok"
    assert gdf["status"].iloc[1] == status
    assert gdf["message"].iloc[1].startswith("row 2: ") and reason in gdf["message"].iloc[1]
    assert gdf.geometry.iloc[1].is_empty == (status == "unresolved")


@pytest.mark.parametrize("row", ["b2,yesterday,Gardez,,,,,,,\n", "b2,2026-03-01,Gardez,,six,,,,,\n"])
def test_an_invalid_row_keeps_and_geocodes_its_location(tmp_path, row):
    gdf = geoinc.read_incidents(_csv(tmp_path, GOOD, row))
    assert gdf["status"][1] == "invalid" and gdf["place"][1] == "Gardez" and gdf["geocode_status"][1] == "matched"


def test_an_invalid_row_keeps_its_given_coordinates_and_bad_value(tmp_path):
    gdf = geoinc.read_incidents(_csv(tmp_path, GOOD, "b2,someday,,,,,34.53,69.17,,\n"))
    assert gdf["status"][1] == "invalid" and (gdf.geometry[1].x, gdf.geometry[1].y) == (69.17, 34.53)
    assert json.loads(gdf["given_values"][1]) == {"date": "someday"}


def test_unknown_event_type_keeps_everything_and_the_text(tmp_path):
    gdf = geoinc.read_incidents(_csv(tmp_path, "b1,2026-03-01,,,7,,33.4,70.1,state-based conflict,\n"))
    row = gdf.iloc[0]
    assert (row["event_type"], row["event_subtype"], row["killed_best"]) == ("Other", "state-based conflict", 7)
    assert row["geocode_status"] == "given" and row["status"] == "corrected"


def test_ambiguous_location_gets_its_own_status_not_corrected():
    gaz = geoinc.Gazetteer.default().merge(
        geoinc.Gazetteer.from_records(
            [
                {"id": "t:1", "name": "Dawlatzai Kalay", "lat": 34.58, "lon": 69.76, "country": "AF", "admin1": "Kabul"},
                {"id": "t:2", "name": "Dawlatzai Kalay", "lat": 32.90, "lon": 68.70, "country": "AF", "admin1": "Paktika"},
            ]
        )
    )
    gdf = geoinc.read_incidents(pd.DataFrame({"date": ["2026-03-01"], "location": ["Dawlatzai Kalay"]}), gazetteer=gaz)
    assert gdf["status"][0] == "ambiguous" and gdf["geocode_status"][0] == "ambiguous"
    assert "ambiguous" in gdf["message"][0] and "Paktika" in gdf["message"][0]


def test_many_bad_rows_all_kept(tmp_path):
    rows = [f"r{i},2026-02-{i:02d},Kabul,,{-i if i % 3 == 0 else i},,,,,\n" for i in range(1, 29)]
    gdf = geoinc.read_incidents(_csv(tmp_path, *rows))
    assert len(gdf) == 28 and (gdf["status"] == "invalid").sum() == 9
    assert list(gdf["id"]) == [f"r{i}" for i in range(1, 29)]


def test_statuses_are_the_documented_ones(tmp_path):
    rows = [
        "b2,x,Kabul,,,,,,,\n",
        "b3,2026-03-01,Narnia,,,,,,,\n",
        "b4,2026-03-01,,,,,40.7,-74,,\n",
        "b5,2026-03-01,,,,,69.17,34.53,,\n",
    ]
    assert set(geoinc.read_incidents(_csv(tmp_path, GOOD, *rows))["status"]) <= set(STATUSES)


# --- dates: precision kept ---------------------------------------------------------------
@pytest.mark.parametrize(
    "cell, first, last, precision",
    [
        ("2026-03-02", "2026-03-02", "2026-03-02", "day"),
        ("2026-03", "2026-03-01", "2026-03-31", "month"),
        ("2026", "2026-01-01", "2026-12-31", "year"),
        ("March 2026", "2026-03-01", "2026-03-31", "month"),
        ("2 March 2026", "2026-03-02", "2026-03-02", "day"),
        ("March 2, 2026", "2026-03-02", "2026-03-02", "day"),
        ("2026-03-02T14:30:00Z", "2026-03-02", "2026-03-02", "day"),
        ("2026/03/02", "2026-03-02", "2026-03-02", "day"),
    ],
)
def test_dates_keep_their_precision(cell, first, last, precision):
    gdf = geoinc.read_incidents(pd.DataFrame({"date": [cell], "lat": [34.5], "lon": [69.2]}))
    assert gdf["date"][0] == pd.Timestamp(first) and gdf["date_end"][0] == pd.Timestamp(last)
    assert gdf["date_precision"][0] == precision and gdf["status"][0] == "ok"


def test_explicit_precision_widens_but_never_narrows():
    df = pd.DataFrame({"date": ["2026-03-17", "2026-03"], "date_precision": ["month", "day"], "lat": [34.5] * 2, "lon": [69.2] * 2})
    gdf = geoinc.read_incidents(df)
    assert list(gdf["date_precision"]) == ["month", "month"]
    assert list(gdf["date"]) == [pd.Timestamp("2026-03-01")] * 2
    assert gdf["status"][1] == "corrected" and "is only known to the month; date_precision 'day' ignored" in gdf["message"][1]


def test_date_ranges_and_end_before_start():
    df = pd.DataFrame(
        {"date": ["2026-02-27", "2026-03-05"], "date_end": ["2026-03-01", "2026-03-01"], "lat": [34.5] * 2, "lon": [69.2] * 2}
    )
    gdf = geoinc.read_incidents(df)
    assert gdf["date_precision"][0] == "range" and gdf["date_end"][0] == pd.Timestamp("2026-03-01")
    assert gdf["status"][1] == "invalid" and "date_end 2026-03-01 is before date 2026-03-05" in gdf["message"][1]


def test_day_first_dates_are_inferred_from_the_column_or_refused():
    start, prec, reason = parse_dates(pd.Series(["15/03/2026", "03/04/2026"]))
    assert list(start) == [pd.Timestamp("2026-03-15"), pd.Timestamp("2026-04-03")]
    start, prec, reason = parse_dates(pd.Series(["03/04/2026"]))
    assert prec[0] is None and "day/month order unknown" in reason[0]


# --- columns: nothing lost, mapping, errors ------------------------------------------------
def test_unknown_columns_come_out_unchanged(tmp_path):
    p = _csv(tmp_path, "a1,2026-03-02,Gardez,,,,,,,,x-1,Ayesha\n", header=HEADER.strip() + ",tag,reviewer\n")
    gdf = geoinc.read_incidents(p)
    assert list(gdf.columns[-3:]) == ["tag", "reviewer", "geometry"]
    assert (gdf["tag"][0], gdf["reviewer"][0]) == ("x-1", "Ayesha")


def test_missing_date_names_the_close_column_and_the_fix():
    df = pd.DataFrame({"event_date": ["2026-03-02"], "location": ["Gardez"]})
    with pytest.raises(IncidentColumnError, match=r"found 'event_date': pass columns=\{'event_date': 'date'\}"):
        geoinc.read_incidents(df)
    assert geoinc.read_incidents(df, columns={"event_date": "date"})["place"][0] == "Gardez"


@pytest.mark.parametrize(
    "header, missing",
    [
        ("id,location\n", "'date'"),
        ("id,date,killed_best\n", "'location' (or 'lat' and 'lon')"),
        ("id,killed_best\n", "'date' and 'location'"),
    ],
)
def test_missing_required_columns_are_listed(tmp_path, header, missing):
    with pytest.raises(IncidentColumnError, match="missing required column") as err:
        geoinc.read_incidents(_csv(tmp_path, header=header))
    assert missing in str(err.value)


@pytest.mark.parametrize(
    "columns, match",
    [
        ({"Datum": "date"}, "no column 'Datum'"),
        ({"when": "dates"}, "'dates' is not a schema column; did you mean 'date'"),
        ("when=date", "takes a mapping"),
    ],
)
def test_bad_columns_mapping_is_a_clear_error(columns, match):
    with pytest.raises(IncidentColumnError, match=match):
        geoinc.read_incidents(pd.DataFrame({"when": ["2026-03-02"], "location": ["Gardez"]}), columns=columns)


def test_mapping_onto_an_existing_name_keeps_the_users_column():
    df = pd.DataFrame({"when": ["2026-03-02"], "date": ["a note"], "location": ["Gardez"]})
    gdf = geoinc.read_incidents(df, columns={"when": "date"})
    assert gdf["date"][0] == pd.Timestamp("2026-03-02") and gdf["date_original"][0] == "a note"


def test_country_hint_applies_to_rows_without_one(tmp_path):
    gdf = geoinc.read_incidents(_csv(tmp_path, "b1,2026-03-01,Khost,,,,,,,\n"), country="PK")
    # no Khost in Pakistan: at most villages with "Kost" as an alternate name, none asserted
    assert gdf["country"][0] == "PK" and gdf["status"][0] in ("unresolved", "ambiguous")


def test_a_country_outside_the_gazetteer_is_not_geocoded_into_it():
    gdf = geoinc.read_incidents(pd.DataFrame({"date": ["2026-03-01"], "location": ["Kabul"], "country": ["India"]}))
    assert gdf["country"][0] == "IN" and gdf["status"][0] == "unresolved" and "outside the gazetteer" in gdf["message"][0]


def test_locations_are_geocoded_once_per_distinct_location_and_hints(monkeypatch):
    import geoinc.geocoding as gc

    calls = []
    real = gc.geocode_many

    def counting(queries, **kw):
        calls.append((list(queries), kw.get("country"), kw.get("admin1")))
        return real(queries, **kw)

    monkeypatch.setattr(gc, "geocode_many", counting)
    df = pd.DataFrame(
        {
            "date": ["2026-03-01"] * 6,
            "location": ["Gardez", "Gardez", "Khost", "Gardez", "Khost", "Gardez"],
            "admin1": ["", "", "", "Paktia", "", "Paktia"],
            "country": ["AF"] * 6,
        }
    )
    gdf = geoinc.read_incidents(df)
    assert sorted(q for c in calls for q in c[0]) == ["Gardez", "Gardez", "Khost"]
    assert set(gdf["place"]) == {"Gardez", "Khōst"}


# --- source formats ------------------------------------------------------------------------
def test_acled_export_every_row_kept_located_and_typed():
    gdf = geoinc.read_incidents(ACLED)
    raw = pd.read_csv(ACLED, dtype=str, keep_default_na=False)
    assert list(gdf["id"]) == list(raw["event_id_cnty"])
    assert (gdf["geocode_status"] == "given").all() and not gdf.geometry.is_empty.any()
    assert list(gdf["event_subtype"]) == list(raw["sub_event_type"])
    by_sub = dict(zip(gdf["event_subtype"], gdf["event_type"]))
    assert by_sub["Government regains territory"] == "Armed clash" and by_sub["Looting/property destruction"] == "Other"
    assert by_sub["Peaceful protest"] == "Other" and by_sub["Non-violent transfer of territory"] == "Other"
    assert set(gdf["status"]) == {"ok", "corrected"}
    drone = gdf.set_index("id").loc["PAK80006"]
    assert drone["status"] == "corrected" and "'Drone sighting' is not in the source's list" in drone["message"]
    assert list(gdf["killed_best"]) == [int(x) for x in raw["fatalities"]] and gdf["killed_min"].equals(gdf["killed_max"])


def test_acled_columns_all_come_out():
    gdf = geoinc.read_incidents(ACLED)
    for col in (
        "disorder_type",
        "assoc_actor_1",
        "actor2",
        "assoc_actor_2",
        "civilian_targeting",
        "tags",
        "source_scale",
        "inter1",
        "interaction",
        "admin3",
        "timestamp",
    ):
        assert col in gdf.columns, col
    assert gdf["acled_event_type"][0] == "Explosions/Remote violence"  # ACLED's event_type, renamed
    assert gdf["tags"][3] == "crowd size=around 20" and gdf["civilian_targeting"][0] == "Civilian targeting"


def test_acled_time_precision_becomes_a_period():
    gdf = geoinc.read_incidents(ACLED).set_index("id")
    assert gdf.loc["AFG90001", ["date_precision", "date", "date_end"]].tolist() == [
        "day",
        pd.Timestamp("2026-03-02"),
        pd.Timestamp("2026-03-02"),
    ]
    week = gdf.loc["AFG90002"]  # coded 27 February, week precision: the seven days around it
    assert (week["date_precision"], week["date"], week["date_end"]) == ("week", pd.Timestamp("2026-02-24"), pd.Timestamp("2026-03-02"))
    month = gdf.loc["AFG90003"]
    assert (month["date_precision"], month["date"], month["date_end"]) == (
        "month",
        pd.Timestamp("2026-02-01"),
        pd.Timestamp("2026-02-28"),
    )


def test_ucdp_ged_export_is_mapped():
    gdf = geoinc.read_incidents(UCDP).set_index("id")
    assert gdf.loc["900001", ["killed_min", "killed_best", "killed_max", "civilians_killed"]].tolist() == [4, 5, 9, 0]
    assert gdf.loc["900003", "event_type"] == "Attack" and gdf.loc["900003", "event_subtype"] == "one-sided violence"
    assert gdf.loc["900006", "event_type"] == "Attack"  # type_of_violence written "3.0"
    assert list(gdf["date_precision"]) == ["day", "range", "week", "month", "year", "day"]  # date_prec 1..5, "1.0"
    assert gdf.loc["900002", "uncertainty_km"] == 25  # where_prec 2: within 25 km
    assert list(gdf["precision"]) == [1, 1, 2, 3, 3, 1]
    assert gdf.loc["900005", "admin1"] is np.nan or pd.isna(gdf.loc["900005", "admin1"])  # a country centroid
    assert {"dyad_name", "side_b", "event_clarity", "where_description", "deaths_a"} <= set(gdf.columns)
    assert (gdf["status"] == "ok").all(), gdf["message"]


def test_gtd_export_is_mapped():
    gdf = geoinc.read_incidents(GTD).set_index("id")
    assert gdf.loc["202003010001", "event_type"] == "Suicide bomb"  # Bombing/Explosion with suicide = 1
    assert gdf.loc["202006150002", "event_type"] == "Remote explosive/landmine/IED"
    assert gdf.loc["202005000001", ["date_precision", "date", "date_end"]].tolist() == [
        "month",
        pd.Timestamp("2020-05-01"),
        pd.Timestamp("2020-05-31"),
    ]  # iday = 0
    assert gdf.loc["202000000001", "date_precision"] == "year"  # imonth = 0
    assert gdf.loc["202003010001", ["killed_best", "injured_best", "country", "admin1"]].tolist() == [4, 7, "PK", "Khyber Pakhtunkhwa"]
    assert gdf.loc["202007040003", "geocode_status"] == "matched"  # no coordinates: the city is geocoded
    assert gdf.loc["202003010001", "sources"].count(";") == 1  # scite1 and scite2
    assert gdf.loc["202003010001", "gtd_country"] == "153" and "gtd_location" in gdf.columns
    assert (gdf["status"] == "ok").all(), gdf["message"]


def test_free_text_types_do_not_invalidate_a_file():
    df = pd.DataFrame(
        {
            "date": ["2026-03-01"] * 3,
            "event_type": ["state-based", "Government of Pakistan - TTP", "raid"],
            "lat": [33.3, 33.0, 34.0],
            "lon": [69.9, 70.0, 71.5],
        }
    )
    gdf = geoinc.read_incidents(df)
    assert (gdf["status"] == "corrected").all() and not gdf.geometry.is_empty.any()
    assert list(gdf["event_subtype"]) == list(df["event_type"])


@pytest.mark.parametrize("fmt, path", [("acled", ACLED), ("ucdp", UCDP), ("gtd", GTD)])
def test_formats_are_detected(fmt, path):
    assert geoinc.incidents.detect_format(pd.read_csv(path, nrows=0).columns) == fmt


# --- other containers --------------------------------------------------------------------
def test_json_records_are_read_and_arrays_are_not_reprs(tmp_path):
    p = tmp_path / "x.json"
    p.write_text(
        json.dumps(
            {
                "incidents": [
                    {
                        "date": "2026-03-01",
                        "location": "Gardez",
                        "tags": ["a", "b"],
                        "sources": [{"outlet": "Dawn", "url": "https://dawn.com/x"}, "UNAMA"],
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    gdf = geoinc.read_incidents(p)
    assert gdf["place"][0] == "Gardez" and gdf["tags"][0] == '["a", "b"]'
    assert gdf["sources"][0] == "Dawn <https://dawn.com/x>; UNAMA"


def test_geojson_in_another_crs_is_reprojected_and_said(tmp_path):
    p = tmp_path / "m.geojson"
    x, y = gpd.GeoSeries([Point(69.17, 34.53)], crs=4326).to_crs(3857)[0].coords[0]
    p.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3857"}},
                "features": [
                    {"type": "Feature", "properties": {"date": "2026-03-01"}, "geometry": {"type": "Point", "coordinates": [x, y]}}
                ],
            }
        ),
        encoding="utf-8",
    )
    gdf = geoinc.read_incidents(p)
    assert abs(gdf.geometry[0].x - 69.17) < 1e-6 and "reprojected from" in gdf["message"][0]


def test_geodataframe_in_another_crs_is_accepted():
    g = gpd.GeoDataFrame({"date": ["2026-03-01"]}, geometry=[Point(69.17, 34.53)], crs=4326).to_crs(32642)
    gdf = geoinc.read_incidents(g)
    assert abs(gdf.geometry[0].y - 34.53) < 1e-6 and gdf["admin1"][0] == "Kabul"


@pytest.mark.parametrize("source", [42, ["a"], Path("/nonexistent.csv"), Path(__file__)])
def test_unreadable_sources_are_clear_errors(source):
    with pytest.raises(IncidentError):
        geoinc.read_incidents(source)


def test_header_only_table_gives_an_empty_frame(tmp_path):
    gdf = geoinc.read_incidents(_csv(tmp_path))
    assert len(gdf) == 0 and list(gdf.columns) == [*INCIDENT_COLUMNS, "geometry"]


# --- summaries: coarse dates and ambiguous places get their own rows; the plot draws the table
def test_month_summary_puts_coarser_dates_in_their_own_row():
    df = pd.DataFrame(
        {
            "date": ["2026-03-02", "2026", "2026-03", "2026-02-27"],
            "date_end": ["", "", "", "2026-03-02"],
            "lat": [34.5] * 4,
            "lon": [69.2] * 4,
            "killed_best": [1, 2, 3, 4],
        }
    )
    table = geoinc.border_summary(geoinc.read_incidents(df), by="month")
    counts = table.groupby("month")["incidents"].sum().to_dict()
    assert counts == {"2026-03": 2, "2026 (month unknown)": 1, "2026-02…2026-03": 1}


def test_week_summary_puts_a_month_only_date_in_its_own_row():
    df = pd.DataFrame({"date": ["2026-03-02", "2026-03"], "lat": [34.5] * 2, "lon": [69.2] * 2})
    table = geoinc.border_summary(geoinc.read_incidents(df), by="week")
    assert set(table["week"]) == {"2026-W10", "2026-03 (week unknown)"}


def test_ambiguous_places_have_their_own_band():
    gaz = geoinc.Gazetteer.default().merge(
        geoinc.Gazetteer.from_records(
            [
                {"id": "t:1", "name": "Dawlatzai Kalay", "lat": 34.58, "lon": 69.76, "country": "AF", "admin1": "Kabul"},
                {"id": "t:2", "name": "Dawlatzai Kalay", "lat": 32.90, "lon": 68.70, "country": "AF", "admin1": "Paktika"},
            ]
        )
    )
    df = pd.DataFrame({"date": ["2026-03-01", "2026-03-01"], "location": ["Dawlatzai Kalay", "Gardez"]})
    table = geoinc.border_summary(geoinc.read_incidents(df, gazetteer=gaz))
    assert table.loc[table["band"] == "ambiguous", "incidents"].sum() == 1
    assert table["incidents"].sum() == 2


@pytest.mark.parametrize("bands", [(10, 25, 50, 100), (20, 60)])
def test_profile_plot_draws_what_the_summary_counts(bands):
    pytest.importorskip("matplotlib")
    from geoinc.analysis import band_labels

    gdf = geoinc.border_proximity(geoinc.read_incidents(ACLED))
    table = geoinc.border_summary(gdf, bands_km=bands)
    fig = geoinc.plot_border_profile(gdf, bands_km=bands)
    incidents_ax, killed_ax = fig.axes
    drawn = {p.get_gid(): p.get_height() for p in incidents_ax.patches}
    killed = {p.get_gid(): p.get_height() for p in killed_ax.patches}
    in_bands = table[table["side"].isin(["AF", "PK"]) & table["band"].isin(band_labels(bands))]
    assert drawn == {f"{s}|{b}": n for s, b, n in zip(in_bands["side"], in_bands["band"], in_bands["incidents"])}
    assert killed == {f"{s}|{b}": k for s, b, k in zip(in_bands["side"], in_bands["band"], in_bands["killed_best"])}
    left_out = int(table["incidents"].sum() - in_bands["incidents"].sum())
    assert f"{left_out} imprecise" in fig._suptitle.get_text()


def test_a_long_read_shows_a_progress_bar(monkeypatch, capsys):
    import geoinc.tables

    monkeypatch.setattr(geoinc.tables, "PROGRESS_BYTES", 0)
    quiet = geoinc.read_incidents(ACLED)
    loud = geoinc.read_incidents(ACLED, progress=True)
    assert "reading acled_afpak_sample.csv" in capsys.readouterr().err
    pd.testing.assert_frame_equal(pd.DataFrame(quiet), pd.DataFrame(loud))


def test_a_place_not_found_in_its_province_is_placed_at_the_province():
    df = pd.DataFrame({"date": ["2026-03-01"], "location": ["Narnia"], "admin1": ["Khost"], "country": ["AF"]})
    row = geoinc.read_incidents(df).iloc[0]
    assert (row["geocode_status"], row["status"], row["precision"]) == ("approximate", "corrected", 3)
    assert row["place_id"].startswith("adm1:") and "approximate: placed at Khost (province" in row["message"]
