"""Regions as data: what ``region=`` costs the shipped region, and a second region's border speed.

1. The shipped region's hot paths (border distance, side, proximity with crossings, place
   extraction, map rendering, small calls) in CPU seconds (best of k, one block, so no
   threads: the machine is shared and wall time is noisy). Run it on the tree before regions
   were data with ``--json before.json`` and on this one with ``--before before.json`` to
   put both in the table; the code paths timed exist in both.
2. A region made of plain files (the Syria–Turkey test region, no precomputed grid): the
   exact path (pyproj ``Geod``) against the naive way (``shapely.distance`` in UTM 37N) and a
   brute-force geodesic reference (``tests/_reference.py``).

    python benchmarks/bench_region.py --json /tmp/before.json        # in the old tree
    python benchmarks/bench_region.py --before /tmp/before.json      # here; writes RESULTS.md
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(Path(__file__).parent))


def _cpu(fn, k: int = 5) -> float:
    best = float("inf")
    for _ in range(k):
        t = time.process_time()
        fn()
        best = min(best, time.process_time() - t)
    return best


def hot_paths(n: int) -> dict[str, float]:
    import geopandas as gpd
    from shapely import points

    from geoinc import border
    from geoinc.analysis import border_proximity
    from geoinc.maps import incident_map
    from geoinc.text import extract_places

    rng = np.random.default_rng(0)
    lon, lat = rng.uniform(60.5, 77.9, n), rng.uniform(23.5, 38.5, n)
    gdf = gpd.GeoDataFrame(
        {
            "country": np.where(lon < 70, "AF", "PK"),
            "event_type": "Armed clash",
            "date": "2024-01-01",
            "killed_best": rng.integers(0, 5, n),
        },
        geometry=points(lon, lat),
        crs=4326,
    )
    seeds = sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))
    one = "\n\n".join(p.read_text(encoding="utf-8") for p in seeds) or "Strikes hit Khair Khana in Kabul."
    text = (one + "\n\n") * (200_000 // (len(one) + 2) + 1)  # the seed articles repeated to ~200 kB
    border_proximity(gdf.iloc[:10])
    extract_places(text[:2000])
    incident_map(gdf.iloc[:10]).get_root().render()
    return {
        f"border_km, {n:,} points": _cpu(lambda: border.border_km(lon, lat)),
        f"side_of, {n:,} points": _cpu(lambda: border.side_of(lon, lat)),
        f"border_proximity with crossings, {n:,} incidents": _cpu(lambda: border_proximity(gdf)),
        "1,000 calls of border_km on one point": _cpu(lambda: [border.border_km([69.17], [34.53]) for _ in range(1000)]),
        f"extract_places, {len(text) / 1000:.0f} kB of seed articles": _cpu(lambda: extract_places(text), 3),
        f"incident_map render, {min(n, 20_000):,} incidents": _cpu(lambda: incident_map(gdf.iloc[:20_000]).get_root().render(), 3),
    }


def second_region(n: int, ref_n: int) -> list[str]:
    import shapely
    from _reference import Reference
    from pyproj import Transformer

    from geoinc import border

    data = ROOT / "tests" / "data" / "region_sy_tr"
    folder = Path(tempfile.mkdtemp()) / "sytr"
    folder.mkdir()
    for name in ("places.csv", "countries.geojson", "sy_tr_border.geojson"):
        shutil.copy(data / name, folder / name)
    (folder / "manifest.json").write_text(
        json.dumps(
            {
                "name": "sytr",
                "title": "Syria and Turkey",
                "countries": ["SY", "TR"],
                "bbox": [25.6, 32.3, 44.9, 42.2],
                "files": {"places": "places.csv", "countries": "countries.geojson"},
                "attribution": "GeoNames; OSM",
                "borders": [
                    {"id": "border:sy-tr", "name": "Syria–Turkey border", "countries": ["SY", "TR"], "file": "sy_tr_border.geojson"}
                ],
            }
        ),
        encoding="utf-8",
    )
    rng = np.random.default_rng(1)
    lon, lat = rng.uniform(35.5, 42.5, n), rng.uniform(34.5, 38.5, n)
    t = time.perf_counter()
    border.border_km(lon[:10], lat[:10], region=folder)  # loads the line, builds the search tree
    first = time.perf_counter() - t
    t = time.perf_counter()
    d = border.border_km(lon, lat, region=folder)
    fast = time.perf_counter() - t
    line = border.border_line(folder)
    utm = Transformer.from_crs(4326, 32637, always_xy=True)
    m = min(n, 20_000)
    t = time.perf_counter()
    x, y = utm.transform(lon[:m], lat[:m])
    naive = (
        shapely.distance(shapely.transform(line, lambda xy: np.column_stack(utm.transform(xy[:, 0], xy[:, 1]))), shapely.points(x, y))
        / 1000.0
    )
    naive_s = time.perf_counter() - t
    ref = Reference(line)
    want = np.array([ref.km(a, b) for a, b in zip(lon[:ref_n], lat[:ref_n])])
    err = np.abs(d[:ref_n] - want) * 1000
    nerr = np.abs(naive[:ref_n] - want) * 1000
    return [
        "",
        f"A region made of plain files (`tests/data/region_sy_tr`: a CSV of 42 places, two outlines, an 857 km border, "
        f"no grid): `border_km(region=folder)` takes the exact path. Error against the brute-force geodesic reference "
        f"on {ref_n} points.",
        "",
        "| way | points | seconds | points/s | max error | median error |",
        "|---|---:|---:|---:|---:|---:|",
        f"| geoinc exact path (STRtree + pyproj `Geod`) | {n:,} | {fast:.2f} | {n / fast:,.0f} | {err.max():.2f} m | "
        f"{np.median(err):.2f} m |",
        f"| naive `shapely.distance` in UTM 37N | {m:,} | {naive_s:.2f} | {m / naive_s:,.0f} | {nerr.max():.0f} m | "
        f"{np.median(nerr):.0f} m |",
        "",
        f"First call (reads the region, builds the search tree): {first:.2f} s. The exact path's residual is how a "
        "straight segment between two vertices is drawn (straight in the search projection for geoinc, in lon/lat for "
        "the reference); this line's segments are up to 23 km long (simplified at 0.01°), the shipped line's under 1 km.",
    ]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000, help="points per hot-path call (one block: no threads)")
    ap.add_argument("--region-n", type=int, default=200_000)
    ap.add_argument("--reference", type=int, default=200)
    ap.add_argument("--json", type=Path, help="only time the hot paths and write them here (for the old tree)")
    ap.add_argument("--before", type=Path, help="hot-path times of the old tree (from --json)")
    ap.add_argument("--after", type=Path, help="hot-path times of this tree (from --json; best of interleaved runs)")
    args = ap.parse_args(argv)
    now = json.loads(args.after.read_text(encoding="utf-8")) if args.after else hot_paths(args.n)
    if args.json:
        args.json.write_text(json.dumps(now, indent=1), encoding="utf-8")
        print(json.dumps(now, indent=1))
        return 0
    from _results import publish

    before = json.loads(args.before.read_text(encoding="utf-8")) if args.before else {}
    lines = [
        "The shipped region's hot paths before and after `region=` (CPU seconds, best of 3–5 per run and of three",
        "runs of each tree, interleaved; before: main before regions were data, same script, same machine, shared",
        "with other work, so a few per cent either way is noise).",
        "",
        "| path | before | after | after / before |",
        "|---|---:|---:|---:|",
    ]
    for key, v in now.items():
        b = before.get(key)
        lines.append(f"| {key} | {b:.4f} | {v:.4f} | {v / b:.2f} |" if b else f"| {key} | | {v:.4f} | |")
    lines += second_region(args.region_n, args.reference)
    publish("bench_region", lines)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
