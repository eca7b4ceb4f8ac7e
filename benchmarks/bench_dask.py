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
import os
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
    return gpd.GeoDataFrame(
        {
            "date": pd.Timestamp("2015-01-01") + pd.to_timedelta(rng.integers(0, 11 * 365, n), unit="D"),
            "country": rng.choice(np.array(["AF", "PK"], dtype=object), n),
            "killed_min": np.where(atleast, killed, np.nan),
            "killed_best": np.where(atleast, np.nan, killed),
            "killed_max": np.where(atleast, np.nan, killed),
            "injured_best": rng.integers(0, 20, n).astype(float),
            "precision": rng.choice([1, 2, 3], n, p=[0.6, 0.3, 0.1]),
            "uncertainty_km": rng.choice([1.0, 15.0, 80.0], n),
        },
        geometry=gpd.points_from_xy(lon, lat),
        crs=4326,
    )


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
    return {
        "rows": len(gdf),
        "seconds": secs,
        "prox_seconds": t_prox,
        "gen_seconds": t_gen,
        "peak_mb": peak_mb(),
        "cores": (_cpu_seconds() - c) / secs,
        "table": table.to_json(orient="split"),
    }


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
    cmd = [
        sys.executable,
        __file__,
        "--child",
        kind,
        "--rows",
        str(args.rows),
        "--partition-rows",
        str(args.partition_rows),
        "--text-mb",
        str(args.text_mb),
        "--partition-mb",
        str(args.partition_mb),
    ]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, timeout=3600).stdout
    return json.loads(out.strip().splitlines()[-1])


# --------------------------------------------------------------------------- dask
def dask_run(n_workers: int, args, do_border: bool, do_text: bool) -> dict:
    import dask
    import dask.bag as db
    import dask.dataframe as dd
    from distributed import Client, LocalCluster, get_task_stream, wait

    import geoinc.dask as gd

    res: dict = {"workers": n_workers, "load": " / ".join(f"{x:.1f}" for x in os.getloadavg())}
    with (
        dask.config.set({"dataframe.convert-string": False}),
        LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
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
            ddf = dd.from_map(make_incidents, range(nparts), sizes, meta=make_incidents(0, 2).iloc[:0], enforce_metadata=False)
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
                by_group.setdefault(s["key"][0] if isinstance(s["key"], tuple) else s["key"], []).append(st["stop"] - st["start"])
    groups = sorted(by_group.values(), key=sum)
    return float(np.median(groups[-1])) if groups else float("nan")


# --------------------------------------------------------------------------- report
def _rows(kind: str, single: dict, runs: list[dict], amount: float, unit: str, fmt: str) -> list[str]:
    """Table rows: wall time, throughput, ratios, and CPU seconds (which contention does not inflate)."""
    rows = [
        f"| way | partitions | seconds | {unit}/s | vs single process | scaling efficiency (wall) | cores obtained "
        f"| CPU s | work efficiency (CPU) | peak memory per process |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    cpu1 = single["seconds"] * single["cores"]
    rows.append(
        f"| single process{' (its threads on every core)' if kind == 'border' else ''} | 1 | "
        f"{single['seconds']:.1f} | {amount / single['seconds']:{fmt}} | 1.00x | | {single['cores']:.2f} | "
        f"{cpu1:.1f} | | {single['peak_mb']:,.0f} MB |"
    )
    base = next((r for r in runs if r["workers"] == 1 and f"{kind}_seconds" in r), None)
    for r in runs:
        if f"{kind}_seconds" not in r:
            continue
        secs, cores = r[f"{kind}_seconds"], r[f"{kind}_cores"]
        eff = base[f"{kind}_seconds"] / secs / r["workers"] if base else float("nan")
        work = base[f"{kind}_seconds"] * base[f"{kind}_cores"] / (secs * cores) if base else float("nan")
        rows.append(
            f"| geoinc.dask, {r['workers']} worker{'s' if r['workers'] > 1 else ''} | {r[f'{kind}_partitions']} | "
            f"{secs:.1f} | {amount / secs:{fmt}} | {single['seconds'] / secs:.2f}x | {eff:.0%} | {cores:.2f} | "
            f"{secs * cores:.1f} | {work:.0%} | {_peak(r)} |"
        )
    return rows


def report(args, single_b, single_t, runs) -> list[str]:
    lines = [
        f"LocalCluster of 1 and 2 worker processes (1 thread each) vs the single-process API, all in one run on a "
        f"{_cpus()}-CPU machine **shared with other jobs** (load average at the start: {runs[0].get('load', '?')}). "
        "Loading (gazetteer, automaton, grids) is done before timing in every case and reported separately. "
        "*Cores obtained*: CPU seconds of the computing processes (workers; not the scheduler or client) / wall "
        "seconds — how much of the machine the run actually got. *Work efficiency (CPU)*: CPU seconds of the "
        "1-worker run / CPU seconds of this run (the cost of distributing, free of contention). Peak memory: "
        "each process's ru_maxrss.",
        "",
    ]
    if single_b:
        n = single_b["rows"]
        lines += [f'### Border: {n:,} synthetic incidents → `border_proximity` → `border_summary(by="year")`', ""]
        lines += _rows("border", single_b, runs, n, "incidents", ",.0f")
        same = all(_table(r["table"]).equals(_table(single_b["table"])) for r in runs if "table" in r)
        lines += [
            "",
            f"Single process: `border_proximity` alone {single_b['prox_seconds']:.1f} s "
            f"({n / single_b['prox_seconds']:,.0f} incidents/s), on the whole frame in one call; generating "
            f"the data (not timed) {single_b['gen_seconds']:.1f} s. Dask runs: the data persisted on the "
            f"workers first, {args.partition_rows:,} incidents per partition. **Dask tables equal to the "
            f"single-process table: {same}.**",
            "",
        ]
    if single_t:
        mb = single_t["mb"]
        lines += [f"### Text: {mb:,.0f} MB of article-like text (~{ARTICLE_BYTES // 1000} KB articles) → `extract_places`", ""]
        lines += _rows("text", single_t, runs, mb, "MB", ".2f")
        same = all(r["mentions"] == single_t["mentions"] for r in runs if "mentions" in r)
        lines += [
            "",
            f"{args.partition_mb:g} MB of text per partition, persisted on the workers first. Mentions "
            f"found: {single_t['mentions']:,} single-process; **equal on every cluster: {same}**. Worker peak "
            "memory includes the persisted data (all of it with 1 worker, half each with 2).",
            "",
        ]
    r0 = runs[-1]
    warm = pd.DataFrame.from_dict(r0["warm"], orient="index")
    cols = [c for c in ("start", "gazetteer", "geocoder", "automaton", "border", "rss_mb") if c in warm]
    lines += [
        "### Data loaded once per worker (`geoinc.dask.warm_workers`, fresh workers)",
        "",
        "| worker | " + " | ".join(f"{c} (MB)" for c in cols) + " |",
        "|---|" + "---:|" * len(cols),
    ]
    for i, (_, row) in enumerate(warm.iterrows()):
        lines.append(f"| worker {i + 1} | " + " | ".join(f"{row[c]:,.0f}" for c in cols) + " |")
    lines += [
        "",
        f"`start`: the worker process with Python, Dask and geoinc imported; each part: resident memory "
        f"it added; `rss_mb`: after loading. Warm-up took {r0['warm_seconds']:.1f} s on {r0['workers']} "
        "worker(s) in parallel.",
        "",
    ]
    lines += _projection(args, runs)
    return lines


def _projection(args, runs) -> list[str]:
    r = max(runs, key=lambda x: x["workers"])
    s = r["noop_seconds_per_task"]
    out = [
        "### Projection to 100 workers (a projection from the measurements above, not a measurement)",
        "",
        f"Inputs measured here on {r['workers']} workers: scheduler cost {s * 1000:.2f} ms per task (2,000 no-op tasks)",
    ]
    cost = {}
    if "border_seconds" in r:
        cost["border"] = r["border_seconds"] * r["border_cores"] / r["border_partitions"]
        out[-1] += (
            f"; border: {cost['border']:.2f} CPU s per partition of {args.partition_rows:,} incidents "
            f"(task wall time under this machine's contention: median {r['border_task_seconds']:.2f} s); "
            f"combining 1,000 partial summaries {r['combine_1000_seconds']:.2f} s"
        )
    if "text_seconds" in r:
        cost["text"] = r["text_seconds"] * r["text_cores"] / r["text_partitions"]
        out[-1] += (
            f"; text: {cost['text']:.2f} CPU s per partition of {args.partition_mb:g} MB (median task wall "
            f"{r['text_task_seconds']:.2f} s)"
        )
    out[-1] += (
        ". Model, for W dedicated single-thread workers: wall ≈ ⌈P / W⌉ × CPU s per partition + P × "
        "scheduler cost + combine. Not modelled: network transfer of inputs (read from shared storage, "
        "not sent by the client), stragglers, worker start-up (the warm-up above, once per worker)."
    )
    out += ["", "| workload | partitions P | projected wall, W = 100 | projected throughput |", "|---|---:|---:|---:|"]
    if "border" in cost:
        for rows in (args.rows, 1_000_000_000):
            p = -(-rows // args.partition_rows)
            wall = -(-p // 100) * cost["border"] + p * s + r["combine_1000_seconds"] * p / 1000
            out.append(f"| border, {rows:,} incidents | {p:,} | {wall:,.1f} s | {rows / wall:,.0f} incidents/s |")
    if "text" in cost:
        for mb in (args.text_mb, 100_000):
            p = int(round(mb / args.partition_mb))
            wall = -(-p // 100) * cost["text"] + p * s
            out.append(f"| text, {mb:,.0f} MB | {p:,} | {wall:,.1f} s | {mb / wall:,.0f} MB/s |")
    p_small = -(-args.rows // args.partition_rows)
    out += [
        "",
        f"With {args.rows:,} incidents ({p_small} partitions) {'most' if p_small < 100 else 'none'} of 100 "
        f"workers would idle{': the projection is one partition' + chr(39) + 's time' if p_small < 100 else ''}. "
        "The scheduler term (P × cost) bounds a single scheduler at about "
        f"{1 / s:,.0f} tasks/s; beyond that, use larger partitions.",
    ]
    return out


def _table(js: str) -> pd.DataFrame:
    return pd.read_json(__import__("io").StringIO(js), orient="split")


def _peak(r) -> str:
    return " / ".join(f"{m['peak_rss_mb']:,.0f}" for m in r["memory"].values()) + " MB"


def _cpus() -> int:
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
    ap.add_argument("--raw", type=Path, default=None, help="also save the raw measurements (JSON) here")
    ap.add_argument("--from-raw", type=Path, default=None, help="only re-render the report from saved measurements")
    args = ap.parse_args(argv)
    if args.child == "border":
        print(json.dumps(single_border(args.rows, args.partition_rows)))
        return 0
    if args.child == "text":
        print(json.dumps(single_text(args.text_mb, args.partition_mb)))
        return 0
    if args.from_raw:
        raw = json.loads(args.from_raw.read_text())
        vars(args).update(raw["args"])
        single_b, single_t, runs = raw["single_border"], raw["single_text"], raw["runs"]
    else:
        do_border, do_text = args.only in (None, "border"), args.only in (None, "text")
        single_b = run_child("border", args) if do_border else None
        single_t = run_child("text", args) if do_text else None
        runs = [dask_run(w, args, do_border, do_text) for w in args.workers]
        if args.raw:
            keep = {k: v for k, v in vars(args).items() if k in ("rows", "partition_rows", "text_mb", "partition_mb")}
            args.raw.write_text(
                json.dumps({"args": keep, "single_border": single_b, "single_text": single_t, "runs": runs}, default=str)
            )
    lines = report(args, single_b, single_t, runs)
    if args.no_publish:
        print("\n".join(lines))
    else:
        publish("bench_dask", lines)
    return 0


if __name__ == "__main__":
    sys.exit(main())
