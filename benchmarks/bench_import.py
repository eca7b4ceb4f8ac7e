#!/usr/bin/env python3
"""Cold start: ``import geoinc`` + the first ``geocode`` in a fresh interpreter, vs the
naive way (read places.csv with pandas into a GeoDataFrame at import, then look up).

Each measurement is a new process (median of 7), so nothing is cached in memory.

    python benchmarks/bench_import.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _results import publish  # noqa: E402

GEOINC = """
import time; t0 = time.perf_counter()
import geoinc
t1 = time.perf_counter()
p = geoinc.geocode("Khair Khana")
t2 = time.perf_counter()
assert p.name == "Khair Khana"
print(t1 - t0, t2 - t1)
"""

NAIVE = """
import time; t0 = time.perf_counter()
import geopandas, pandas
df = pandas.read_csv("gazetteer/places.csv")
gdf = geopandas.GeoDataFrame(df, geometry=geopandas.points_from_xy(df.lon, df.lat), crs=4326)
t1 = time.perf_counter()
row = gdf[gdf["names"].str.contains("Khair Khana", regex=False)].iloc[0]
t2 = time.perf_counter()
assert row["name"] == "Khair Khana"
print(t1 - t0, t2 - t1)
"""


def measure(code: str, runs: int = 7) -> tuple[float, float]:
    imports, firsts = [], []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
        a, b = map(float, out.stdout.split())
        imports.append(a)
        firsts.append(b)
    return statistics.median(imports), statistics.median(firsts)


def main() -> int:
    gi, gf = measure(GEOINC)
    ni, nf = measure(NAIVE)
    publish("bench_import", [
        "Fresh interpreter per run, median of 7.",
        "",
        "| way | import | first lookup | total | vs naive |",
        "|---|---:|---:|---:|---:|",
        f"| geoinc: lazy `import geoinc` + first `geocode('Khair Khana')` | {gi:.3f} s | {gf:.3f} s | "
        f"{gi + gf:.3f} s | {(ni + nf) / (gi + gf):.1f}x faster |",
        f"| naive: import geopandas, read places.csv into a GeoDataFrame, substring lookup | {ni:.3f} s | {nf:.3f} s "
        f"| {ni + nf:.3f} s | 1x |",
        "",
        "Target (issue 2): import + first geocode < 1 s.",
    ])  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
