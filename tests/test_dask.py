"""geoinc.dask on a 2-process LocalCluster: every result equals the single-machine call on the same data."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

pytest.importorskip("distributed")
pytest.importorskip("dask_geopandas")

import dask  # noqa: E402
import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402
import dask_geopandas  # noqa: E402
import geopandas as gpd  # noqa: E402
from distributed import Client, LocalCluster  # noqa: E402

import geoinc  # noqa: E402
import geoinc.dask as gd  # noqa: E402

EXAMPLE = Path(__file__).parents[1] / "examples" / "afpak_2025_2026.csv"
SEEDS = Path(__file__).parents[2] / "shared" / "seeds"


@pytest.fixture(scope="module")
def client():
    # keep dask's own string conversion out of the comparison: partitions hold exactly what geoinc returns
    with dask.config.set({"dataframe.convert-string": False}):
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
        c = Client(cluster)
        try:
            yield c
        finally:
            c.close()
            cluster.close()


@pytest.fixture(scope="module")
def incidents() -> gpd.GeoDataFrame:
    """Synthetic incidents over the region (some without location, some open-ended, some province-level)
    plus the example file's rows."""
    rng = np.random.default_rng(7)
    n = 3000
    lon, lat = rng.uniform(60.5, 77.5, n), rng.uniform(24, 38, n)
    geoms = gpd.points_from_xy(lon, lat)
    geoms[rng.random(n) < 0.03] = None
    killed = rng.integers(0, 30, n).astype(float)
    lo = np.where(rng.random(n) < 0.1, killed, np.nan)
    best = np.where(np.isnan(lo), killed, np.nan)  # "at least N": min only, open-ended
    synth = gpd.GeoDataFrame(
        {
            "id": [f"s{i}" for i in range(n)],
            "date": pd.Timestamp("2025-01-01") + pd.to_timedelta(rng.integers(0, 540, n), unit="D"),
            "event_type": rng.choice(["Battles", "Explosions/Remote violence", "Violence against civilians"], n),
            "actor": rng.choice(["TTP", "Pakistani military", "unknown actor"], n),
            "country": rng.choice(["AF", "PK", None], n),
            "killed_min": lo,
            "killed_best": best,
            "killed_max": np.where(np.isnan(lo), killed, np.nan),
            "injured_best": rng.integers(0, 10, n).astype(float),
            "civilians_killed": np.where(rng.random(n) < 0.5, rng.integers(0, 5, n), np.nan),
            "precision": pd.array(rng.choice([1, 2, 3], n), dtype="Int64"),
            "uncertainty_km": rng.choice([1.0, 12.0, 60.0], n),
        },
        geometry=geoms,
        crs=4326,
    )
    synth.loc[rng.random(n) < 0.05, "date"] = pd.NaT
    # dates known only to a week, month, year or a span: their own rows by month/week
    synth["date_precision"] = rng.choice(["day", "day", "week", "month", "year"], n)
    year_only = synth["date_precision"] == "year"
    synth.loc[year_only & (rng.random(n) < 0.5), "date"] = pd.Timestamp("2025-01-01")
    span = (rng.random(n) < 0.1) & (synth["date_precision"] == "day")
    synth["date_end"] = synth["date"].where(~span) + pd.to_timedelta(rng.integers(1, 60, n), unit="D")
    synth.loc[~span, "date_end"] = pd.NaT
    synth.loc[rng.random(n) < 0.05, "precision"] = pd.NA  # by="precision": numbers and "unknown"
    synth["status"] = rng.choice(["ok", "ok", "corrected", "ambiguous", "unresolved"], n)
    synth["verification"] = pd.Categorical(
        rng.choice(["reported", "confirmed", "disputed"], n), categories=["reported", "disputed", "confirmed"]
    )
    return synth


def _values(df: pd.DataFrame) -> pd.DataFrame:
    """Object columns with None for every missing value (dtype inference differs by partition)."""
    out = df.astype(object)
    return out.where(out.notna(), None)


def _parts(gdf, n=4):
    with dask.config.set({"dataframe.convert-string": False}):
        return dask_geopandas.from_geopandas(gdf, npartitions=n)


# --------------------------------------------------------------------------- border
def test_border_proximity_equals_the_single_machine_call(client, incidents):
    got = gd.border_proximity(_parts(incidents)).compute()
    pd.testing.assert_frame_equal(got, geoinc.border_proximity(incidents))


@pytest.mark.parametrize(
    "by", [None, "month", "week", "year", "event_type", ["month", "actor"], "country", "verification", "precision", ["week", "status"]]
)
def test_border_summary_combines_partitions_exactly(client, incidents, by):
    got = gd.border_summary(_parts(incidents, 5), by=by)
    pd.testing.assert_frame_equal(got, geoinc.border_summary(incidents, by=by))
    assert {"ambiguous", "imprecise", "no location"} <= set(got["band"])


@pytest.mark.parametrize(("by", "coarser"), [("month", "2025 (month unknown)"), ("week", "(week unknown)"), ("month", "…")])
def test_coarser_dates_keep_their_own_rows_when_combined(client, incidents, by, coarser):
    got = gd.border_summary(_parts(incidents, 5), by=by)
    assert got[by].str.contains(coarser, regex=False).any() and (got[by] == "unknown").any()
    assert got["incidents"].sum() == len(incidents)


def test_border_summary_of_proximity_output_and_other_bands(client, incidents):
    prox = gd.border_proximity(_parts(incidents, 3), crossings=False)
    got = gd.border_summary(prox, bands_km=(5, 50))
    pd.testing.assert_frame_equal(got, geoinc.border_summary(incidents, bands_km=(5, 50)))


def test_border_summary_of_the_example_file(client):
    gdf = geoinc.read_incidents(EXAMPLE)
    got = gd.border_summary(_parts(gdf, 3), by="month")
    pd.testing.assert_frame_equal(got, geoinc.border_summary(gdf, by="month"))


def test_open_ended_figure_in_one_part_leaves_the_group_maximum_unknown(incidents):
    a, b = incidents.iloc[:1500], incidents.iloc[1500:]
    whole = geoinc.border_summary(incidents)
    got = gd.combine_summaries([geoinc.border_summary(a), geoinc.border_summary(b)])
    pd.testing.assert_frame_equal(got, whole)
    assert got["killed_max"].isna().any() and got["incidents"].sum() == len(incidents)


def test_combine_refuses_parts_made_with_other_bands(incidents):
    part = geoinc.border_summary(incidents, bands_km=(5, 50))
    with pytest.raises(gd.DaskError, match="other bands_km"):
        gd.combine_summaries([part, part])


def test_combine_ignores_empty_parts(incidents):
    empty = geoinc.border_summary(incidents.iloc[:0])
    got = gd.combine_summaries([empty, geoinc.border_summary(incidents), empty])
    pd.testing.assert_frame_equal(got, geoinc.border_summary(incidents))


def test_caches_load_once_per_worker_not_per_task(client, incidents):
    gd.border_proximity(_parts(incidents, 8)).compute()

    def misses():
        from geoinc import border

        return border._crossing_grid.cache_info().misses, border._engine.cache_info().misses

    for grid_misses, engine_misses in client.run(misses).values():
        assert grid_misses <= 1 and engine_misses <= 1


def test_warm_workers_reports_memory_per_worker(client):
    client.restart()  # fresh worker processes: nothing loaded yet
    report = gd.warm_workers(client)
    parts = ["gazetteer", "geocoder", "automaton", "border"]
    assert len(report) == 2 and set(parts) <= set(report.columns)
    assert (report[parts] >= 0).all().all() and (report[parts].sum(axis=1) > 0).all()
    assert (report["peak_rss_mb"] >= report["rss_mb"]).all() and (report["rss_mb"] > report["start"]).all()


# --------------------------------------------------------------------------- geocoding and reading
def test_geocode_many_keeps_index_and_rows(client):
    names = pd.Series(["Kabul", "Khost", "Xyzzy", None, "Peshawar", "Kabul", "", "Chaman"], index=[10, 11, 12, 13, 14, 15, 16, 17])
    with dask.config.set({"dataframe.convert-string": False}):
        q = dd.from_pandas(names, npartitions=3)
    got = gd.geocode_many(q, country="AF").compute()
    # values equal; a partition with no match at all has object columns (None) where the whole has str (nan)
    pd.testing.assert_frame_equal(_values(got), _values(geoinc.geocode_many(names, country="AF")))


@pytest.fixture(scope="module")
def exports(tmp_path_factory) -> Path:
    """The example file cut into three CSV exports in one directory (and a file that is not an export)."""
    d = tmp_path_factory.mktemp("exports")
    raw = pd.read_csv(EXAMPLE, dtype=str, keep_default_na=False)
    for i, part in enumerate(np.array_split(np.arange(len(raw)), 3)):
        raw.iloc[part].to_csv(d / f"part{i}.csv", index=False)
    (d / "README.txt").write_text("not an export")
    return d


@pytest.mark.parametrize("how", ["directory", "glob", "list"])
def test_read_incidents_from_many_files(client, exports, how):
    files = sorted(exports.glob("*.csv"))
    source = {"directory": exports, "glob": str(exports / "part*.csv"), "list": files}[how]
    got = gd.read_incidents(source).compute()
    expected = pd.concat([geoinc.read_incidents(f) for f in files])
    pd.testing.assert_frame_equal(got, expected)


def test_read_incidents_without_files_is_a_clear_error(tmp_path):
    with pytest.raises(gd.DaskError, match="no incident files"):
        gd.read_incidents(tmp_path)


def test_geoparquet_round_trip(client, tmp_path, exports):
    frame = gd.border_proximity(gd.read_incidents(exports))
    gd.to_geoparquet(frame, tmp_path / "plain")
    back = gd.read_geoparquet(tmp_path / "plain").compute().rename_axis(None)  # dask names an unnamed index
    expected = frame.compute()
    assert back.crs == expected.crs
    pd.testing.assert_frame_equal(back, expected)
    assert expected["country"].isna().any()
    with pytest.raises(gd.DaskError, match=r"'country' is missing in \d+ row"):
        gd.to_geoparquet(frame, tmp_path / "by_country", partition_on="country")
    frame["country"] = frame["country"].fillna("unknown")
    gd.to_geoparquet(frame, tmp_path / "by_country", partition_on="country")
    dirs = {p.name for p in (tmp_path / "by_country").iterdir() if p.is_dir()}
    assert dirs == {"country=AF", "country=PK", "country=unknown"}
    back = gd.read_geoparquet(tmp_path / "by_country").compute()
    assert len(back) == len(expected) and sorted(back["id"]) == sorted(expected["id"])


@pytest.fixture(scope="module")
def geojson_exports(tmp_path_factory) -> Path:
    """Two GeoJSON exports whose extra properties mix numbers, text, booleans and objects."""
    d = tmp_path_factory.mktemp("geojson")
    extras = [1, "two", {"k": [3, None]}, 2.5, None, "6"]
    for f in range(2):
        feats = []
        for i in range(3):
            j = 3 * f + i
            props = {
                "id": f"g{j}",
                "date": f"2025-0{j + 1}-1{j}",
                "event_type": "Battles",
                "killed_best": j,
                "country": "AF" if j % 2 else "PK",
                "location": "Kabul",
                "extra": extras[j],
                "flag": [True, False, None][i],
                "tags": [["a"], [], None][i],
            }
            geom = {"type": "Point", "coordinates": [69.0 + j / 3, 33.0 + j / 4]}
            feats.append({"type": "Feature", "geometry": geom, "properties": props})
        (d / f"part{f}.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": feats}))
    return d


def test_geoparquet_keeps_mixed_pass_through_values(client, tmp_path, geojson_exports):
    frame = gd.read_incidents(geojson_exports)
    expected = frame.compute()
    assert expected["extra"].map(type).nunique() > 2  # the input does mix types
    gd.to_geoparquet(frame, tmp_path / "mixed")
    back = gd.read_geoparquet(tmp_path / "mixed").compute().rename_axis(None)
    pd.testing.assert_frame_equal(back, expected)
    plain = gpd.read_parquet(tmp_path / "mixed")  # another reader: text as text, other values as JSON
    text = lambda c: _values(plain[[c]])[c].tolist()  # noqa: E731
    assert text("extra") == ["1", "two", '{"k": [3, null]}', "2.5", None, "6"]
    assert text(gd.JSON_CELLS)[:4] == ['["extra", "flag"]', '["flag"]', None, '["extra", "flag"]']


def test_geoparquet_restores_objects_and_arrays(client, tmp_path):
    values = [{"src": ["a", "b"]}, np.int64(4), "[1, 2]", (1, 2), None, np.array([0.5, 1.0]), "text", False]
    gdf = gpd.GeoDataFrame(
        {"v": pd.Series(values, dtype=object), "n": np.arange(8)},
        geometry=gpd.points_from_xy(np.linspace(62, 70, 8), np.linspace(30, 35, 8)),
        crs=4326,
    )
    gd.to_geoparquet(_parts(gdf, 3), tmp_path / "objects")
    back = gd.read_geoparquet(tmp_path / "objects").compute().rename_axis(None)
    assert back["v"].tolist() == [{"src": ["a", "b"]}, 4, "[1, 2]", [1, 2], None, [0.5, 1.0], "text", False]
    pd.testing.assert_frame_equal(back.drop(columns="v"), gdf.drop(columns="v"))


def test_geoparquet_names_a_value_it_cannot_write(client, tmp_path):
    gdf = gpd.GeoDataFrame(
        {"v": pd.Series(["ok", {1, 2}], dtype=object)}, geometry=gpd.points_from_xy([69.0, 70.0], [34.0, 34.5]), crs=4326
    )
    with pytest.raises(gd.DaskError, match="column 'v' holds a set"):
        gd.to_geoparquet(_parts(gdf, 1), tmp_path / "bad")


# --------------------------------------------------------------------------- text
@pytest.fixture(scope="module")
def texts() -> list[str]:
    """Articles: the seed articles when present, and sentences built from gazetteer names."""
    out = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))] if SEEDS.is_dir() else []
    places = [p.name for p in geoinc.Gazetteer.default() if p.kind in ("populated_place", "district")]
    places = places[:: max(1, len(places) // 40)][:40]
    for i in range(0, len(places), 4):
        a, b, c, d = (places[i : i + 4] + places[:4])[:4]
        out.append(
            f"date 2026-03-0{1 + i % 8}\nA blast in {a} killed {i % 7 + 1} people on Monday. "
            f"Clashes were reported near {b} and {c}; residents fled to {d}."
        )
    out.append("")
    return out


def test_extract_places_over_a_bag_and_a_series(client, texts):
    expected = [geoinc.extract_places(t) for t in texts]
    assert gd.extract_places(db.from_sequence(texts, npartitions=3)).compute() == expected
    with dask.config.set({"dataframe.convert-string": False}):
        s = dd.from_pandas(pd.Series(texts, name="body"), npartitions=3)
    got = gd.extract_places(s).compute()
    assert got.name == "body" and list(got) == expected
    assert sum(len(m) for m in expected) > len(texts)  # the texts do name places


def test_extract_incidents_over_a_bag_and_a_frame(client, texts):
    bag = gd.extract_incidents(db.from_sequence(texts, npartitions=3), source="Wire").compute()
    singles = [geoinc.extract_incidents(t, source="Wire") for t in texts]
    assert len(bag) == len(texts)
    for got, exp in zip(bag, singles):
        pd.testing.assert_frame_equal(got, exp)
    pub = [f"2026-04-{1 + i % 20:02d}" for i in range(len(texts))]
    frame = pd.DataFrame({"text": texts, "published": pub}, index=pd.RangeIndex(100, 100 + len(texts)))
    with dask.config.set({"dataframe.convert-string": False}):
        ddf = dd.from_pandas(frame, npartitions=3)
    got = gd.extract_incidents(ddf, published_column="published").compute().reset_index(drop=True)
    exp = [geoinc.extract_incidents(t, published=p).assign(article=i) for i, t, p in zip(frame.index, texts, pub)]
    expected = pd.concat(exp, ignore_index=True)
    expected["article"] = expected["article"].astype(object)
    assert len(got) > 0
    pd.testing.assert_frame_equal(got, expected, check_dtype=False)


# --------------------------------------------------------------------------- errors
@pytest.mark.parametrize("fn", [gd.border_proximity, gd.border_summary, gd.geocode_many])
def test_an_in_memory_frame_gets_a_hint(fn, incidents):
    with pytest.raises(gd.DaskError, match="from_geopandas|call"):
        fn(incidents)


def test_missing_dask_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "dask_geopandas", None)
    with pytest.raises(gd.DaskError, match=r"geoinc\[dask\]"):
        gd.read_incidents(EXAMPLE)


@pytest.mark.parametrize("parts", [["bogus"], "border"])
def test_unknown_worker_cache_is_refused_on_the_client(parts):
    with pytest.raises(gd.DaskError, match="choose from gazetteer"):
        gd.warm_workers(object(), parts)


def test_importing_geoinc_dask_does_not_need_dask():
    import subprocess

    code = (
        "import sys; sys.modules['dask'] = None\n"
        "import geoinc.dask as gd\n"
        "try:\n    gd.extract_places([])\nexcept gd.DaskError as e:\n    print('hint:', e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=Path(__file__).parents[1])
    assert out.returncode == 0, out.stderr
    assert 'pip install "geoinc[dask]"' in out.stdout


def test_extract_incidents_names_a_missing_column():
    with dask.config.set({"dataframe.convert-string": False}):
        ddf = dd.from_pandas(pd.DataFrame({"body": ["A blast in Kabul."]}), npartitions=1)
    with pytest.raises(gd.DaskError, match="no column 'text'"):
        gd.extract_incidents(ddf)


def test_geoparquet_needs_a_crs(tmp_path):
    frame = dask_geopandas.from_geopandas(gpd.GeoDataFrame(geometry=gpd.points_from_xy([69.2], [34.5])), npartitions=1)
    with pytest.raises(gd.DaskError, match="no CRS"):
        gd.to_geoparquet(frame, tmp_path / "x")
