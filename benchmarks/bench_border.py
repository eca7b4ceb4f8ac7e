#!/usr/bin/env python3
"""border_proximity on 1,000,000 random points over Afghanistan and Pakistan vs the naive
ways, in the same run, with their errors against a brute-force geodesic reference.

(a) naive: ``gdf.to_crs(3857).distance(line)`` — Web Mercator metres are not metres.
(b) naive: ``shapely.distance`` in UTM zone 42N (EPSG:32642).
Both cost O(line vertices) per point, so they are timed on a sample and their rate
extrapolated. Also: ``border_summary`` on 1,000,000 incidents.

    python benchmarks/bench_border.py [--n 1000000]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import geopandas as gpd  # noqa: E402
import pandas as pd  # noqa: E402
import shapely  # noqa: E402
from _reference import Reference  # noqa: E402  tests/_reference.py
from _results import publish  # noqa: E402

import geoinc  # noqa: E402
from geoinc import border  # noqa: E402


def random_points(n: int, seed: int = 1) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    region = shapely.union(border.country_outline("AF"), border.country_outline("PK"))
    shapely.prepare(region)
    lon, lat = np.empty(0), np.empty(0)
    while len(lon) < n:
        x, y = rng.uniform(60, 78, 2 * n), rng.uniform(23.5, 38.6, 2 * n)
        keep = shapely.contains_xy(region, x, y)
        lon, lat = np.concatenate([lon, x[keep]]), np.concatenate([lat, y[keep]])
    return lon[:n], lat[:n]


def timed(fn, *args, repeat: int = 3):
    best, out = float("inf"), None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn(*args)
        best = min(best, time.perf_counter() - t)
    return best, out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--naive-sample", type=int, default=5_000)
    ap.add_argument("--reference", type=int, default=300)
    args = ap.parse_args(argv)

    lon, lat = random_points(args.n)
    gdf = gpd.GeoDataFrame({"country": np.where(lon > 70, "PK", "AF")}, geometry=gpd.points_from_xy(lon, lat),
                           crs="EPSG:4326")  # fmt: skip
    geoinc.border_proximity(gdf.iloc[:100])  # load line, grid, crossings

    t_km, km = timed(geoinc.border_km, lon, lat)
    t_prox, prox = timed(lambda g: geoinc.border_proximity(g, crossings=False), gdf)
    t_full, _ = timed(geoinc.border_proximity, gdf, repeat=1)

    # naive ways on a sample (O(vertices) per point)
    line = geoinc.durand_line()
    s = slice(0, args.naive_sample)
    sample = gdf.iloc[s]
    line_3857 = gpd.GeoSeries([line], crs=4326).to_crs(3857).iloc[0]
    t_merc, merc = timed(lambda g: g.to_crs(3857).distance(line_3857) / 1000, sample, repeat=1)
    line_utm = gpd.GeoSeries([line], crs=4326).to_crs(32642).iloc[0]
    t_utm, utm = timed(lambda g: shapely.distance(g.to_crs(32642).geometry.values, line_utm) / 1000, sample, repeat=1)

    # errors against the brute-force geodesic reference
    ref = Reference(line)
    m = args.reference
    ref_km = np.array([ref.km(x, y) for x, y in zip(lon[:m], lat[:m])])
    err = {
        "geoinc": np.abs(km[:m] - ref_km) * 1000,
        "web mercator": np.abs(np.asarray(merc)[:m] - ref_km) * 1000,
        "utm 42N": np.abs(np.asarray(utm)[:m] - ref_km) * 1000,
    }
    exact = border.exact_border_km(lon[:50_000], lat[:50_000])
    grid_vs_exact = np.abs(km[:50_000] - exact).max() * 1000

    # border_summary on 1M incidents
    rng = np.random.default_rng(3)
    inc = prox.assign(
        precision=rng.choice([1, 2, 3], len(prox), p=[0.6, 0.3, 0.1]),
        uncertainty_km=rng.choice([1.0, 15.0, 80.0], len(prox)),
        killed_best=rng.integers(0, 20, len(prox)).astype(float),
        injured_best=rng.integers(0, 20, len(prox)).astype(float),
        date=pd.Timestamp("2026-01-01") + pd.to_timedelta(rng.integers(0, 365, len(prox)), unit="D"),
    )
    t_sum, table = timed(geoinc.border_summary, inc)
    t_sum_m, _ = timed(lambda x: geoinc.border_summary(x, by="month"), inc)

    n = args.n
    rate = lambda secs, k: k / secs  # noqa: E731
    lines = [
        f"{n:,} random points inside Afghanistan and Pakistan (uniform). Best of 3 where shown. The naive "
        f"ways cost O(line vertices) per point, so they run on the first {args.naive_sample:,} points and their "
        "rate is extrapolated.",
        "",
        "| way | points | seconds | points/s | vs naive (a) | max error | p99 error |",
        "|---|---:|---:|---:|---:|---:|---:|",
        f"| geoinc `border_km` (grid + exact fallback) | {n:,} | {t_km:.2f} | {rate(t_km, n):,.0f} | "
        f"{rate(t_km, n) / rate(t_merc, args.naive_sample):,.0f}x | {err['geoinc'].max():.1f} m | "
        f"{np.percentile(err['geoinc'], 99):.1f} m |",
        f"| geoinc `border_proximity(crossings=False)` (border_km, side, side_matches_country) | {n:,} | "
        f"{t_prox:.2f} | {rate(t_prox, n):,.0f} | {rate(t_prox, n) / rate(t_merc, args.naive_sample):,.0f}x | same | same |",
        f"| geoinc `border_proximity()` with nearest crossing (Geod.inv per point) | {n:,} | {t_full:.2f} | "
        f"{rate(t_full, n):,.0f} | {rate(t_full, n) / rate(t_merc, args.naive_sample):,.0f}x | same | same |",
        f"| (a) naive `gdf.to_crs(3857).distance(line)` | {args.naive_sample:,} | {t_merc:.2f} | "
        f"{rate(t_merc, args.naive_sample):,.0f} | 1x | {err['web mercator'].max() / 1000:,.1f} km | "
        f"{np.percentile(err['web mercator'], 99) / 1000:,.1f} km |",
        f"| (b) naive `shapely.distance` in UTM 42N | {args.naive_sample:,} | {t_utm:.2f} | "
        f"{rate(t_utm, args.naive_sample):,.0f} | {rate(t_utm, args.naive_sample) / rate(t_merc, args.naive_sample):.1f}x | "
        f"{err['utm 42N'].max() / 1000:,.2f} km | {np.percentile(err['utm 42N'], 99) / 1000:,.2f} km |",
        "",
        f"Errors against a brute-force geodesic reference (pyproj Geod to the line densified every 10 m) on "
        f"{m} of the points; Web Mercator's median relative error is "
        f"{np.median(err['web mercator'] / 1000 / np.maximum(ref_km, 1e-9)) * 100:.0f} %. "
        f"Grid path vs exact path on 50,000 points: max {grid_vs_exact:.1f} m.",
        "",
        "| `border_summary` | incidents | seconds |",
        "|---|---:|---:|",
        f"| bands × side | {len(inc):,} | {t_sum:.2f} |",
        f"| bands × side × month | {len(inc):,} | {t_sum_m:.2f} |",
        "",
        "Targets (issue 3): ≥ 1,000,000 points/s with ≤ 50 m error; `border_summary` on 1M incidents < 2 s.",
    ]
    publish("bench_border", lines)
    assert table["incidents"].sum() == len(inc)
    return 0


if __name__ == "__main__":
    sys.exit(main())
