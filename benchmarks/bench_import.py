#!/usr/bin/env python3
"""Cold start: ``import geoinc`` + the first ``geocode`` in a fresh interpreter, and the
memory it then holds, vs the naive way (read the GeoNames AF + PK dumps — the same
~163,000 villages — with pandas into a GeoDataFrame, then look up).

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
import resource
print(t1 - t0, t2 - t1, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""

NAIVE = """
import time; t0 = time.perf_counter()
import geopandas, pandas, sys
cols = ["id", "name", "ascii", "alt", "lat", "lon", "fc", "fcode", "cc", "cc2", "a1", "a2", "a3", "a4", "pop", "el",
        "dem", "tz", "mod"]
df = pandas.concat([pandas.read_csv(f, sep="\t", header=None, names=cols, quoting=3, dtype=str, keep_default_na=False)
                    for f in sys.argv[1:]])
df["lat"] = df["lat"].astype(float)
df["lon"] = df["lon"].astype(float)
gdf = geopandas.GeoDataFrame(df, geometry=geopandas.points_from_xy(df.lon, df.lat), crs=4326)
t1 = time.perf_counter()
row = gdf[gdf["name"].str.lower() == "mīr ‘alī"]
t2 = time.perf_counter()
import resource
print(t1 - t0, t2 - t1, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def measure(code: str, args=(), runs: int = 7) -> tuple[float, float, float]:
    imports, firsts, rss = [], [], []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True, text=True, check=True)
        a, b, m = map(float, out.stdout.split())
        imports.append(a)
        firsts.append(b)
        rss.append(m)
    return statistics.median(imports), statistics.median(firsts), statistics.median(rss)


def main() -> int:
    import lzma
    import tempfile

    gi, gf, gm = measure(GEOINC)
    wof = ROOT.parent / "shared" / "sources" / "wof"
    with tempfile.TemporaryDirectory() as d:
        dumps = []
        for cc in ("AF", "PK"):
            path = Path(d) / f"{cc}.txt"
            path.write_bytes(lzma.decompress((wof / f"{cc}_geonames_P.txt.xz").read_bytes()))
            dumps.append(str(path))
        ni, nf, nm = measure(NAIVE, dumps, runs=3)
    publish(
        "bench_import",
        [
            "Fresh interpreter per run (median of 7; naive: 3). RSS = peak resident memory of the process.",
            "",
            "| way | import / load | first lookup | total | peak RSS | vs naive |",
            "|---|---:|---:|---:|---:|---:|",
            f"| geoinc: lazy `import geoinc` + first `geocode('Khair Khana')` (163k places) | {gi:.3f} s | {gf:.3f} s | "
            f"{gi + gf:.3f} s | {gm:.0f} MB | {(ni + nf) / (gi + gf):.1f}x faster |",
            f"| naive: GeoNames AF + PK dumps (the same villages) read with pandas into a GeoDataFrame, one name "
            f"lookup | {ni:.3f} s | {nf:.3f} s | {ni + nf:.3f} s | {nm:.0f} MB | 1x |",
            "",
            "Targets (issue 8): import + first geocode < 1 s cold; RSS after load <= 500 MB.",
        ],
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
