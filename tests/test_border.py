"""Distance to the Durand Line, side, nearest crossing, border summaries and the profile plot."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from shapely import Point

import geoinc
from geoinc import border
from geoinc.analysis import IMPRECISE, NO_LOCATION, AnalysisError, assign_bands, band_labels


def _random_points(n: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    region = shapely.union(border.country_outline("AF"), border.country_outline("PK"))
    shapely.prepare(region)
    lon, lat = rng.uniform(60, 78, 8 * n), rng.uniform(23.5, 38.6, 8 * n)
    keep = shapely.contains_xy(region, lon, lat)
    pts = np.column_stack([lon[keep], lat[keep]])[:n]
    # and points close to the line, where the exact path is taken
    c = shapely.get_coordinates(border.durand_line())
    near = c[rng.integers(0, len(c), n // 3)] + rng.normal(0, 0.05, (n // 3, 2))
    return np.vstack([pts, near])


def test_border_km_matches_a_brute_force_geodesic_reference(reference):
    pts = _random_points(150, seed=11)
    got = geoinc.border_km(pts[:, 0], pts[:, 1])
    ref = np.array([reference.km(x, y) for x, y in pts])
    err_m = np.abs(got - ref) * 1000
    assert err_m.max() <= 50, (err_m.max(), pts[err_m.argmax()])


def test_grid_path_agrees_with_the_exact_path():
    pts = _random_points(3000, seed=5)
    fast = geoinc.border_km(pts[:, 0], pts[:, 1])
    exact = border.exact_border_km(pts[:, 0], pts[:, 1])
    # the centre check bounds interpolation near GRID_TOLERANCE_M; allow twice that here
    assert np.abs(fast - exact).max() * 1000 <= 2 * border.GRID_TOLERANCE_M


def test_shipped_grid_belongs_to_the_shipped_line():
    assert border._grid() is not None  # a stale grid would be ignored (and everything slow)


@pytest.mark.parametrize(
    "name, lon, lat, side, lo, hi",
    [
        ("Torkham crossing", 71.08472, 34.11472, None, 0, 3),
        ("Kabul", 69.17233, 34.52813, "AF", 60, 150),
        ("Kandahar", 65.71013, 31.61332, "AF", 60, 140),
        ("Peshawar", 71.57849, 34.00800, "PK", 20, 70),
        ("Quetta", 67.00141, 30.18414, "PK", 40, 130),
    ],
)
def test_known_places_lie_on_the_right_side_at_plausible_distances(name, lon, lat, side, lo, hi):
    d = float(geoinc.border_km([lon], [lat])[0])
    assert lo <= d <= hi, (name, d)
    if side:
        assert border.side_of([lon], [lat])[0] == side


@pytest.mark.parametrize("lon, lat", [(np.nan, 34.0), (69.0, np.nan), (200.0, 34.0), (69.0, -95.0)])
def test_missing_or_impossible_coordinates_give_nan_not_an_error(lon, lat):
    assert np.isnan(geoinc.border_km([lon], [lat])[0])
    assert border.side_of([lon], [lat])[0] is None


@pytest.mark.parametrize("lon, lat, side", [(51.4, 35.7, "outside"), (77.2, 28.6, "outside"), (62.0, 34.3, "AF"), (67.0, 24.9, "PK")])
def test_side_outside_the_two_countries(lon, lat, side):
    assert border.side_of([lon], [lat])[0] == side


def _frame(rows):
    geoms = [Point(x, y) if x is not None else None for x, y in rows]
    return gpd.GeoDataFrame({"country": ["AF", "PK", "AF"][: len(rows)]}, geometry=geoms, crs=4326)


def test_border_proximity_adds_columns_and_keeps_rows():
    gdf = _frame([(69.17233, 34.52813), (69.17233, 34.52813), (None, None)])
    out = geoinc.border_proximity(gdf)
    assert len(out) == 3 and out is not gdf and "border_km" not in gdf
    assert list(out["side"][:2]) == ["AF", "AF"] and pd.isna(out["side"][2])
    assert list(out["side_matches_country"].astype(object)) == [True, False, pd.NA]
    assert out["nearest_crossing"][0] == "Torkham border crossing" or out["crossing_km"][0] < 250
    assert np.isnan(out["border_km"][2]) and np.isnan(out["crossing_km"][2]) and pd.isna(out["nearest_crossing"][2])


def test_border_proximity_reprojects_a_frame_in_another_crs():
    gdf = _frame([(69.17233, 34.52813)]).to_crs(3857)
    d = geoinc.border_proximity(gdf)["border_km"][0]
    assert d == pytest.approx(geoinc.border_km([69.17233], [34.52813])[0], abs=0.01)


def test_border_proximity_refuses_a_frame_without_crs():
    with pytest.raises(AnalysisError, match="no CRS"):
        geoinc.border_proximity(gpd.GeoDataFrame(geometry=[Point(69, 34)]))


def _brute_force_crossings(lon, lat, xs):
    n, k = len(lon), len(xs)
    d = (
        border._engine()
        .geod.inv(np.repeat(lon, k), np.repeat(lat, k), np.tile([c.lon for c in xs], n), np.tile([c.lat for c in xs], n))[2]
        .reshape(n, k)
        / 1000
    )
    return np.array([c.name for c in xs], dtype=object)[d.argmin(1)], d.min(1)


def _crossing_test_points(n: int, seed: int, xs) -> tuple[np.ndarray, np.ndarray]:
    """Uniform over the grid and beyond it, next to each crossing, and on the bisectors (near ties)."""
    rng = np.random.default_rng(seed)
    lon, lat = [rng.uniform(55, 82, n)], [rng.uniform(20, 42, n)]
    for c in xs:
        lon.append(c.lon + rng.normal(0, 0.03, n // 10))
        lat.append(c.lat + rng.normal(0, 0.03, n // 10))
    for a, b in zip(xs, xs[1:]):
        t = rng.uniform(-3, 3, n // 10)
        mx, my = (a.lon + b.lon) / 2, (a.lat + b.lat) / 2
        lon.append(mx - (b.lat - a.lat) * t + rng.normal(0, 0.001, len(t)))
        lat.append(my + (b.lon - a.lon) * t + rng.normal(0, 0.001, len(t)))
    return np.concatenate(lon), np.concatenate(lat)


@pytest.fixture(scope="module")
def crossings():
    return geoinc.Gazetteer.default().places_of_kind("crossing")


def test_nearest_crossing_is_the_nearest_by_geodesic_distance(crossings):
    lon, lat = _crossing_test_points(20_000, seed=2, xs=crossings)
    names, km = border.nearest_crossing(lon, lat, crossings)
    ref_names, ref_km = _brute_force_crossings(lon, lat, crossings)
    assert (names == ref_names).all(), np.flatnonzero(names != ref_names)[:5]
    assert np.abs(km - ref_km).max() * 1000 < 1.0  # metres; GRID_TOLERANCE_M is 15


@pytest.mark.parametrize("lon, lat", [([66.45, 71.0, 69.9], [30.95, 34.1, 33.2]), ([], []), ([np.nan], [34.0])])
def test_nearest_crossing_small_inputs(crossings, lon, lat):
    names, km = border.nearest_crossing(lon, lat, crossings)
    ok = np.isfinite(np.asarray(lon, dtype=float))
    ref_names, ref_km = _brute_force_crossings(np.asarray(lon, float)[ok], np.asarray(lat, float)[ok], crossings)
    assert list(names[ok]) == list(ref_names) and np.allclose(km[ok], ref_km, rtol=0, atol=1e-3)
    assert all(n is None for n in names[~ok]) and np.isnan(km[~ok]).all()


def test_results_do_not_depend_on_blocks_or_threads(crossings, monkeypatch):
    lon, lat = _crossing_test_points(3_000, seed=4, xs=crossings)
    whole = (border.border_km(lon, lat), border.side_of(lon, lat), *border.nearest_crossing(lon, lat, crossings))
    monkeypatch.setattr(border, "BLOCK", 257)
    for threads in (1, 2):
        border.set_threads(threads)
        try:
            parts = (border.border_km(lon, lat), border.side_of(lon, lat), *border.nearest_crossing(lon, lat, crossings))
        finally:
            border.set_threads(None)
        for a, b in zip(whole, parts):
            assert np.array_equal(a, b, equal_nan=a.dtype.kind == "f")


@pytest.mark.parametrize("bad", [0, -1, 1.5, "2"])
def test_set_threads_refuses_nonsense(bad):
    with pytest.raises(ValueError, match="positive integer"):
        border.set_threads(bad)


# --- bands and summaries ---------------------------------------------------------------
def test_band_labels():
    assert band_labels((10, 25)) == ["0–10 km", "10–25 km", "≥25 km"]


@pytest.mark.parametrize(
    "km, precision, unc, band",
    [
        (5.0, 1, 1.0, "0–10 km"),
        (10.0, 1, 1.0, "10–25 km"),  # edges belong to the farther band
        (30.0, 2, 14.0, "25–50 km"),  # district seat, uncertainty under the 25 km width
        (12.0, 2, 16.0, IMPRECISE),  # uncertainty wider than the 15 km band
        (150.0, 3, 80.0, IMPRECISE),  # province level: never in a band
        (150.0, 2, 40.0, "≥100 km"),  # the open band has no width limit
        (np.nan, 1, 1.0, NO_LOCATION),
    ],
)
def test_bands_are_precision_aware(km, precision, unc, band):
    assert assign_bands([km], [precision], [unc])[0] == band


@pytest.mark.parametrize("bands", [(), (25, 10), (-5, 10), ("a",), (10, 10)])
def test_bad_bands_are_a_clear_error(bands):
    with pytest.raises(AnalysisError, match="increasing positive"):
        band_labels(bands)


@pytest.fixture(scope="module")
def example():
    from pathlib import Path

    return geoinc.border_proximity(geoinc.read_incidents(Path(__file__).parents[1] / "examples" / "afpak_2025_2026.csv"))


def test_summary_counts_every_incident_once(example):
    table = geoinc.border_summary(example)
    assert table["incidents"].sum() == len(example)
    expected = example["killed_best"].fillna(example["killed_min"]).fillna(example["killed_max"]).sum()
    assert table["killed_best"].sum() == expected == 63  # 6 (Kabul) + 13 (Nangarhar) + 24 (Islamabad) + 20 (Khost)


def test_open_ended_figures_leave_the_maximum_unknown(example):
    table = geoinc.border_summary(example)
    khost = table[(table["side"] == "AF") & (table["killed_min"] >= 20)]
    assert khost["killed_max"].isna().all()
    assert set(table["side"]) <= {"AF", "PK", "outside", "unknown"}


def test_summary_puts_province_level_incidents_in_imprecise(example):
    table = geoinc.border_summary(example)
    n_prov = int((example["precision"] == 3).sum())
    assert n_prov > 0
    assert table.loc[table["band"] == IMPRECISE, "incidents"].sum() >= n_prov


@pytest.mark.parametrize("by", ["month", "event_type", "admin1", "actor", ["month", "event_type"]])
def test_summary_can_be_split(example, by):
    table = geoinc.border_summary(example, by=by)
    keys = [by] if isinstance(by, str) else by
    assert list(table.columns[: len(keys)]) == keys and table["incidents"].sum() == len(example)


def test_summary_by_unknown_column_lists_the_choices(example):
    with pytest.raises(AnalysisError, match="month"):
        geoinc.border_summary(example, by="colour")


def test_profile_plot_writes_a_png(example, tmp_path):
    fig = geoinc.plot_border_profile(example)
    path = tmp_path / "profile.png"
    fig.savefig(path)
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and path.stat().st_size > 10_000
