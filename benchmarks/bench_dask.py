#!/usr/bin/env python3
"""geoinc.dask on a LocalCluster of 1 and 2 worker processes vs the single-process API, in
the same run.

(1) Border: --rows synthetic incidents (default 10,000,000) through ``border_proximity``
    then ``border_summary(by="year")``. Single process: one call each on the whole frame
    (fresh process; its own threads on every core). Dask: ``geoinc.dask.border_proximity``
    + ``geoinc.dask.border_summary`` on partitions of --partition-rows, data persisted on
    the workers first (generation is not timed). The Dask table must equal the
    single-process table exactly.
(2) Text: --text-mb of article-like text (default 500 MB: the seed articles' sentences,
    shuffled into ~3 KB articles) through ``extract_places``; mentions are counted on
    the workers. The counts must equal the single-process counts.

Peak memory per worker is each worker process's peak resident set (ru_maxrss). The
projection to 100 workers uses the measured per-partition task time and the measured
scheduler cost per task (a run of no-op tasks); it is a projection, not a measurement.

    python benchmarks/bench_dask.py [--rows 10000000] [--text-mb 500] [--workers 1 2]
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import time
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _results import publish  # noqa: E402

SEEDS = ROOT.parent / "shared" / "seeds"
ARTICLE_BYTES = 3_000


# --------------------------------------------------------------------------- synthetic data
def make_incidents(seed: int, n: int):
    """``n`` incidents over the region (bbox 60.5–77.5 E, 24–38 N), deterministic in ``seed``."""
    import geopandas as gpd

    rng = np.random.default_rng(seed)
    lon, lat = rng.uniform(60.5, 77.5, n), rng.uniform(24.0, 38.0, n)
    missing = rng.random(n) < 0.02
    lon[missing] = np.nan
    lat[missing] = np.nan
    killed = rng.integers(0, 30, n).astype(float)
    atleast = rng.random(n) < 0.05
    return gpd.GeoDataFrame({
        "date": pd.Timestamp("2015-01-01") + pd.to_timedelta(rng.integers(0, 11 * 365, n), unit="D"),
        "country": rng.choice(np.array(["AF", "PK"], dtype=object), n),
        "killed_min": np.where(atleast, killed, np.nan),
        "killed_best": np.where(atleast, np.nan, killed),
        "killed_max": np.where(atleast, np.nan, killed),
        "injured_best": rng.integers(0, 20, n).astype(float),
        "precision": rng.choice([1, 2, 3], n, p=[0.6, 0.3, 0.1]),
        "uncertainty_km": rng.choice([1.0, 15.0, 80.0], n),
    }, geometry=gpd.points_from_xy(lon, lat), crs=4326)  # fmt: skip


@lru_cache(maxsize=1)
def _sentences() -> tuple[str, ...]:
    out = []
    for p in sorted(SEEDS.glob("*.txt")):
        out += [s.strip() for s in re.split(r"(?<=[.!?])\s+", p.read_text(encoding="utf-8")) if s.strip()]
    if not out:
        raise SystemExit(f"the seed articles ({SEEDS}/*.txt) are needed for the text benchmark")
    return tuple(out)


def make_articles(seed: int, mb: float) -> list[str]:
    """About ``mb`` MB of ~3 KB articles: seed sentences shuffled, deterministic in ``seed``."""
    rng = np.random.default_rng(seed)
    s = _sentences()
    out, size = [], 0
    while size < mb * 1e6:
        article, n = [], 0
        while n < ARTICLE_BYTES:
            para = " ".join(s[i] for i in rng.integers(0, len(s), 5))
            article.append(para)
            n += len(para) + 2
        text = "\n\n".join(article)
        out.append(text)
        size += len(text.encode("utf-8"))
    return out


def _cpu_seconds() -> float:
    import psutil

    t = psutil.Process().cpu_times()
    return t.user + t.system


def _cluster_cpu(client) -> float:
    return sum(client.run(_cpu_seconds).values())


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --------------------------------------------------------------------------- single process (child)
def single_border(rows: int, part_rows: int) -> dict:
    import geoinc

    seeds = range(-(-rows // part_rows))
    t = time.perf_counter()
    gdf = pd.concat([make_incidents(s, min(part_rows, rows - s * part_rows)) for s in seeds], ignore_index=True)
    t_gen = time.perf_counter() - t
    geoinc.border_proximity(gdf.iloc[:100])  # load line, grids, crossings, gazetteer
    c, t = _cpu_seconds(), time.perf_counter()
    prox = geoinc.border_proximity(gdf)
    t_prox = time.perf_counter() - t
    table = geoinc.border_summary(prox, by="year")
    secs = time.perf_counter() - t
    return {"rows": len(gdf), "seconds": secs, "prox_seconds": t_prox, "gen_seconds": t_gen, "peak_mb": peak_mb(),
            "cores": (_cpu_seconds() - c) / secs, "table": table.to_json(orient="split")}  # fmt: skip


def single_text(mb: float, part_mb: float) -> dict:
    import geoinc

    geoinc.extract_places("Kabul")  # gazetteer + automaton
    secs, cpu, size, mentions = 0.0, 0.0, 0, 0
    for seed in range(int(round(mb / part_mb))):
        texts = make_articles(seed, part_mb)
        size += sum(len(x.encode("utf-8")) for x in texts)
        c, t = _cpu_seconds(), time.perf_counter()
        mentions += sum(len(geoinc.extract_places(x)) for x in texts)
        secs += time.perf_counter() - t
        cpu += _cpu_seconds() - c
    return {"mb": size / 1e6, "seconds": secs, "mentions": mentions, "peak_mb": peak_mb(), "cores": cpu / secs}


def run_child(kind: str, args) -> dict:
    cmd = [sys.executable, __file__, "--child", kind, "--rows", str(args.rows), "--partition-rows",
           str(args.partition_rows), "--text-mb", str(args.text_mb), "--partition-mb", str(args.partition_mb)]  # fmt: skip
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, timeout=3600).stdout
    return json.loads(out.strip().splitlines()[-1])


# --------------------------------------------------------------------------- dask
def dask_run(n_workers: int, args, do_border: bool, do_text: bool) -> dict:
    import dask
    import dask.bag as db
    import dask.dataframe as dd
    from distributed import Client, LocalCluster, get_task_stream, wait

    import geoinc.dask as gd

    res: dict = {"workers": n_workers}
    with dask.config.set({"dataframe.convert-string": False}), \
            LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:  # fmt: skip
        t = time.perf_counter()
        res["warm"] = gd.warm_workers(client).to_dict(orient="index")
        res["warm_seconds"] = time.perf_counter() - t
        # scheduler cost per task: no-op tasks
        t = time.perf_counter()
        client.gather(client.map(lambda i: i, range(2000), pure=False))
        res["noop_seconds_per_task"] = (time.perf_counter() - t) / 2000
        if do_border:
            nparts = -(-args.rows // args.partition_rows)
            sizes = [min(args.partition_rows, args.rows - s * args.partition_rows) for s in range(nparts)]
            ddf = dd.from_map(make_incidents, range(nparts), sizes, meta=make_incidents(0, 2).iloc[:0],
                              enforce_metadata=False)  # fmt: skip
            ddf = client.persist(ddf)
            wait(ddf)
            with get_task_stream(client) as ts:
                c, t = _cluster_cpu(client), time.perf_counter()
                table = gd.border_summary(gd.border_proximity(ddf), by="year")
                res["border_seconds"] = time.perf_counter() - t
                res["border_cores"] = (_cluster_cpu(client) - c) / res["border_seconds"]
            res["border_task_seconds"] = _task_seconds(ts.data)
            res["border_partitions"] = nparts
            res["table"] = table.to_json(orient="split")
            del ddf
            t = time.perf_counter()
            gd.combine_summaries([table] * 1000, by="year")
            res["combine_1000_seconds"] = time.perf_counter() - t
        if do_text:
            nparts = int(round(args.text_mb / args.partition_mb))
            bag = db.from_sequence(range(nparts), npartitions=nparts).map(make_articles, args.partition_mb).flatten()
            bag = client.persist(bag)
            wait(bag)
            res["text_mb"] = bag.map(lambda x: len(x.encode("utf-8"))).sum().compute() / 1e6
            with get_task_stream(client) as ts:
                c, t = _cluster_cpu(client), time.perf_counter()
                res["mentions"] = int(gd.extract_places(bag).map(len).sum().compute())
                res["text_seconds"] = time.perf_counter() - t
                res["text_cores"] = (_cluster_cpu(client) - c) / res["text_seconds"]
            res["text_task_seconds"] = _task_seconds(ts.data)
            res["text_partitions"] = nparts
            del bag
        res["memory"] = gd.worker_memory(client).to_dict(orient="index")
    return res


def _task_seconds(stream: list[dict]) -> float:
    """Median compute time of the partition tasks (the longest task group)."""
    by_group: dict[str, list[float]] = {}
    for s in stream:
        for st in s.get("startstops", ()):
            if st["action"] == "compute":
                by_group.setdefault(s["key"][0] if isinstance(s["key"], tuple) else s["key"], []).append(
                    st["stop"] - st["start"])  # fmt: skip
    groups = sorted(by_group.values(), key=sum)
    return float(np.median(groups[-1])) if groups else float("nan")


# --------------------------------------------------------------------------- report
def report(args, single_b, single_t, runs) -> list[str]:
    lines = [
        f"LocalCluster of 1 and 2 worker processes (1 thread each) vs the single-process API, all in one run "
        f"on a {_cpus()}-CPU machine shared with other jobs. Loading (gazetteer, automaton, grids) is done before "
        "timing in every case and reported separately. Peak memory: each process's ru_maxrss. Cores obtained: CPU "
        "seconds of the computing processes / wall seconds (how much of the machine the run actually got).",
        "",
    ]
    if single_b:
        n = single_b["rows"]
        lines += [f"### Border: {n:,} synthetic incidents → `border_proximity` → `border_summary(by=\"year\")`", "",
                  "| way | partitions | seconds | incidents/s | vs single process | scaling efficiency | cores obtained | "
                  "peak memory |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|",
                  f"| single process, whole frame (its threads on {_cpus()} cores) | 1 | {single_b['seconds']:.1f} | "
                  f"{n / single_b['seconds']:,.0f} | 1.00x | | {single_b['cores']:.2f} | {single_b['peak_mb']:,.0f} MB |"]  # fmt: skip
        base1 = next((r for r in runs if r["workers"] == 1 and "border_seconds" in r), None)
        for r in runs:
            if "border_seconds" not in r:
                continue
            eff = (base1["border_seconds"] / r["border_seconds"] / r["workers"]) if base1 else float("nan")
            lines.append(f"| geoinc.dask, {r['workers']} worker(s) | {r['border_partitions']} | {r['border_seconds']:.1f} | "
                         f"{n / r['border_seconds']:,.0f} | {single_b['seconds'] / r['border_seconds']:.2f}x | "
                         f"{eff:.0%} | {r['border_cores']:.2f} | {_peak(r)} |")  # fmt: skip
        same = all(_table(r["table"]).equals(_table(single_b["table"])) for r in runs if "table" in r)
        lines += ["", f"Single-process `border_proximity` alone: {single_b['prox_seconds']:.1f} s "
                      f"({n / single_b['prox_seconds']:,.0f} incidents/s). Generating the data (not timed above): "
                      f"{single_b['gen_seconds']:.1f} s. Dask tables equal to the single-process table: **{same}**.", ""]  # fmt: skip
    if single_t:
        mb = single_t["mb"]
        lines += [f"### Text: {mb:,.0f} MB of article-like text (~{ARTICLE_BYTES // 1000} KB articles) → `extract_places`", "",
                  "| way | partitions | seconds | MB/s | vs single process | scaling efficiency | cores obtained | "
                  "peak memory |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|",
                  f"| single process | 1 | {single_t['seconds']:.1f} | {mb / single_t['seconds']:.2f} | 1.00x | | "
                  f"{single_t['cores']:.2f} | {single_t['peak_mb']:,.0f} MB |"]  # fmt: skip
        base1 = next((r for r in runs if r["workers"] == 1 and "text_seconds" in r), None)
        for r in runs:
            if "text_seconds" not in r:
                continue
            eff = (base1["text_seconds"] / r["text_seconds"] / r["workers"]) if base1 else float("nan")
            lines.append(f"| geoinc.dask, {r['workers']} worker(s) | {r['text_partitions']} | {r['text_seconds']:.1f} | "
                         f"{r['text_mb'] / r['text_seconds']:.2f} | {single_t['seconds'] / r['text_seconds']:.2f}x | "
                         f"{eff:.0%} | {r['text_cores']:.2f} | {_peak(r)} |")  # fmt: skip
        same = all(r["mentions"] == single_t["mentions"] for r in runs if "mentions" in r)
        lines += ["", f"Mentions found: {single_t['mentions']:,} single-process; equal on every cluster: **{same}**. "
                      "(The text peak includes the persisted text: ~half of it per worker with 2 workers.)", ""]  # fmt: skip
    r0 = runs[-1]
    warm = pd.DataFrame.from_dict(r0["warm"], orient="index")
    cols = [c for c in ("start", "gazetteer", "geocoder", "automaton", "border", "rss_mb") if c in warm]
    lines += ["### Data loaded once per worker (`geoinc.dask.warm_workers`, fresh workers)", "",
              "| worker | " + " | ".join(f"{c} (MB)" for c in cols) + " |", "|---|" + "---:|" * len(cols)]
    for w, row in warm.iterrows():
        lines.append(f"| {w} | " + " | ".join(f"{row[c]:,.0f}" for c in cols) + " |")
    lines += ["", f"Warm-up took {r0['warm_seconds']:.1f} s on {r0['workers']} worker(s) (in parallel).", ""]
    lines += _projection(args, runs)
    return lines


def _projection(args, runs) -> list[str]:
    r = max(runs, key=lambda x: x["workers"])
    s = r["noop_seconds_per_task"]
    out = ["### Projection to 100 workers (a projection from the measurements above, not a measurement)", "",
           f"Measured here: scheduler cost {s * 1000:.2f} ms per task (2,000 no-op tasks on {r['workers']} workers)"]
    if "border_task_seconds" in r:
        out[-1] += f"; border partition task {r['border_task_seconds']:.2f} s per {args.partition_rows:,} incidents"
    if "text_task_seconds" in r:
        out[-1] += f"; text partition task {r['text_task_seconds']:.2f} s per {args.partition_mb:g} MB"
    if "combine_1000_seconds" in r:
        out[-1] += f"; combining 1,000 partial summaries {r['combine_1000_seconds']:.2f} s"
    out[-1] += (". Model: wall ≈ ⌈P / W⌉ × task + P × scheduler cost + combine (the scheduler is one process; "
                "network transfer, stragglers and worker start-up are not modelled).")
    out += ["", "| workload | partitions P | projected wall, W = 100 | projected throughput |", "|---|---:|---:|---:|"]
    if "border_task_seconds" in r:
        for rows in (args.rows, 1_000_000_000):
            p = -(-rows // args.partition_rows)
            wall = -(-p // 100) * r["border_task_seconds"] + p * s + r["combine_1000_seconds"] * p / 1000
            out.append(f"| border, {rows:,} incidents | {p:,} | {wall:,.1f} s | {rows / wall:,.0f} incidents/s |")
    if "text_task_seconds" in r:
        for mb in (args.text_mb, 100_000):
            p = int(round(mb / args.partition_mb))
            wall = -(-p // 100) * r["text_task_seconds"] + p * s
            out.append(f"| text, {mb:,.0f} MB | {p:,} | {wall:,.1f} s | {mb / wall:,.0f} MB/s |")
    out += ["", "On this machine 2 workers share 2 cores with other jobs, so the measured scaling "
                "efficiency is a lower bound for dedicated cores."]  # fmt: skip
    return out


def _table(js: str) -> pd.DataFrame:
    return pd.read_json(__import__("io").StringIO(js), orient="split")


def _peak(r) -> str:
    return " / ".join(f"{m['peak_rss_mb']:,.0f}" for m in r["memory"].values()) + " MB"


def _cpus() -> int:
    import os

    return os.cpu_count() or 1


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=10_000_000)
    ap.add_argument("--partition-rows", type=int, default=250_000)
    ap.add_argument("--text-mb", type=float, default=500.0)
    ap.add_argument("--partition-mb", type=float, default=2.5)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--only", choices=["border", "text"], default=None)
    ap.add_argument("--child", choices=["border", "text"], default=None, help=argparse.SUPPRESS)
    ap.add_argument("--no-publish", action="store_true", help="print only; do not write RESULTS.md")
    args = ap.parse_args(argv)
    if args.child == "border":
        print(json.dumps(single_border(args.rows, args.partition_rows)))
        return 0
    if args.child == "text":
        print(json.dumps(single_text(args.text_mb, args.partition_mb)))
        return 0
    do_border, do_text = args.only in (None, "border"), args.only in (None, "text")
    single_b = run_child("border", args) if do_border else None
    single_t = run_child("text", args) if do_text else None
    runs = [dask_run(w, args, do_border, do_text) for w in args.workers]
    lines = report(args, single_b, single_t, runs)
    if args.no_publish:
        print("\n".join(lines))
    else:
        publish("bench_dask", lines)
    return 0


if __name__ == "__main__":
    sys.exit(main())
