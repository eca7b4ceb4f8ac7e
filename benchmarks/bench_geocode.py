#!/usr/bin/env python3
"""geocode_many throughput and accuracy vs the naive way, in the same run.

Workload: 100,000 query strings drawn (seeded) from the shipped gazetteer's names (163,000
places, mostly villages): exact names, spelling variants, one-edit misspellings, and
unknown made-up names; half of them carry the intended place's province and district as
per-row hints, as a dataset export does (ACLED, UCDP), half are bare.
The naive way: for each query, rapidfuzz ``process.extractOne`` over all names (its
default WRatio scorer) — timed on a sample, since it runs at a few queries/s.

    python benchmarks/bench_geocode.py [--n 100000] [--naive-sample 1000]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import geoinc  # noqa: E402
from geoinc import names as names_mod  # noqa: E402
from geoinc.geocoding import geocode_many  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _results import publish  # noqa: E402

MIX = {"exact": 0.40, "variant": 0.30, "misspelling": 0.15, "unknown": 0.15}
SYLLABLES = [
    "bre",
    "lon",
    "vik",
    "sta",
    "mel",
    "dorf",
    "ing",
    "ham",
    "ville",
    "port",
    "ska",
    "berg",
    "ton",
    "ley",
    "wick",
    "sund",
    "tre",
    "quin",
    "vel",
    "gor",
]


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


VARIANTS = [
    str.upper,
    str.lower,
    strip_accents,
    lambda s: strip_accents(s).replace("kh", "k").replace("Kh", "K"),
    lambda s: strip_accents(s).replace("q", "k").replace("Q", "K"),
    lambda s: strip_accents(s).replace(" ", "-"),
    lambda s: strip_accents(s).replace(" ", ""),
    lambda s: strip_accents(s).replace("i", "ee"),
    lambda s: strip_accents(s).replace("u", "oo"),
    lambda s: strip_accents(s).replace("ai", "ay").replace("ei", "ai"),
    lambda s: strip_accents(s) + " district",
    lambda s: "the " + strip_accents(s),
]


def misspell(rng: random.Random, s: str) -> str:
    s = strip_accents(s)
    i = rng.randrange(1, len(s) - 1)
    op = rng.choice("dist")
    letter = rng.choice("abcdefghijklmnopqrstuvwxyz")
    if op == "d":
        return s[:i] + s[i + 1 :]
    if op == "i":
        return s[:i] + letter + s[i:]
    if op == "s":
        return s[:i] + letter + s[i + 1 :]
    return s[: i - 1] + s[i] + s[i - 1] + s[i + 1 :]


def make_queries(n: int, seed: int = 7) -> list[tuple[str, str, str]]:  # noqa: C901
    """(query, category, intended place id) triples."""
    rng = random.Random(seed)
    g = geoinc.Gazetteer.default()
    pool = []
    ids = g.column("id")
    for i in range(len(g)):
        for alias in g.names_at(i):
            if alias.isascii() or strip_accents(alias).isascii():
                pool.append((alias, ids[i]))
    long_pool = [(a, i) for a, i in pool if len(strip_accents(a)) >= 7]
    out = []
    for cat, share in MIX.items():
        for _ in range(int(n * share)):
            if cat == "exact":
                a, pid = rng.choice(pool)
                out.append((a, cat, pid))
            elif cat == "variant":
                a, pid = rng.choice(pool)
                out.append((rng.choice(VARIANTS)(a), cat, pid))
            elif cat == "misspelling":
                a, pid = rng.choice(long_pool)
                out.append((misspell(rng, a), cat, pid))
            else:
                word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
                out.append((word.capitalize(), cat, ""))
    rng.shuffle(out)
    return out


def same_place(g, got: str | None, want: str) -> bool:
    """The intended place, one that carries the same name, or one at the same location
    (within 1 km: a district resolved at its seat when the seat's name was asked)."""
    if got is None or not isinstance(got, str):
        return False
    if got == want:
        return True
    a, b = g[got], g[want]
    if abs(a.lat - b.lat) < 0.009 and abs(a.lon - b.lon) < 0.011:
        return True
    wanted = {names_mod.exact_key(x) for x in g.names_of(want)}
    return bool(wanted & {names_mod.exact_key(x) for x in g.names_of(got)})


def cold(g) -> None:
    from geoinc import geocoding

    for f in (
        names_mod._clean,
        names_mod._exact_key,
        names_mod._variant_key,
        geocoding._interpretations,
        geocoding._resolve_cached,
        geocoding._query_area,
        geocoding._wanted,
        geocoding._within,
    ):
        f.cache_clear()
    geocoding._UNITS.clear()  # the units holding places, found per run (the importance table is data, kept)


def run_geoinc(g, queries: list[str], hints: list[tuple]) -> tuple[float, object, float]:
    """(wall seconds, result, CPU seconds of this process) of one cold run."""
    cold(g)
    t, c = time.perf_counter(), time.process_time()
    df = geocode_many(queries, admin1=[h[0] for h in hints], admin2=[h[1] for h in hints])
    return time.perf_counter() - t, df, time.process_time() - c


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--naive-sample", type=int, default=100)
    args = ap.parse_args(argv)

    load_before = os.getloadavg()[0]
    g = geoinc.Gazetteer.default()
    geoinc.geocode("Kabul")  # load data and indexes: not part of the throughput
    geocode_many(["Kabul", "Kandahr", "Xyzzy"], admin1="Khost")  # first-call imports (pandas, rapidfuzz, polygons)
    triples = make_queries(args.n)
    queries = [q for q, _, _ in triples]
    cats = [c for _, c, _ in triples]
    rng = random.Random(5)
    hints = []
    for _, _, pid in triples:
        if pid and rng.random() < 0.5:
            p = g[pid]
            hints.append((p.admin1 or None, p.admin2 or None))
        else:
            hints.append((None, None))

    rows = []
    for label, subset in (("exact + variant", ("exact", "variant")), ("whole mix", tuple(MIX))):
        idx = [i for i, c in enumerate(cats) if c in subset]
        qs = [queries[i] for i in idx]
        hs = [hints[i] for i in idx]
        secs, df, cpu = min((run_geoinc(g, qs, hs) for _ in range(3)), key=lambda r: r[0])  # best of 3
        rows.append((label, len(qs), len(set(zip(qs, hs))), secs, len(qs) / secs, cpu))
        if label == "whole mix":
            mix_df, mix_idx = df, idx

    # accuracy per category (whole mix run): matched to the intended place / matched elsewhere
    acc = []
    for cat in MIX:
        for hinted in (True, False):
            sel = [k for k, i in enumerate(mix_idx) if cats[i] == cat and (hints[i] != (None, None)) == hinted]
            if not sel:
                continue
            label = f"{cat}, {'with province + district' if hinted else 'bare'}"
            matched = [k for k in sel if mix_df["status"].iat[k] == "matched"]
            if cat == "unknown":
                acc.append(
                    (
                        label,
                        len(sel),
                        sum(mix_df["status"].iat[k] in ("unresolved", "approximate") for k in sel) / len(sel),
                        len(matched) / len(sel),
                        "unresolved or the hint's unit (no false match)",
                    )
                )
                continue
            right = sum(same_place(g, mix_df["id"].iat[k], triples[mix_idx[k]][2]) for k in matched)
            acc.append((label, len(sel), right / len(sel), (len(matched) - right) / len(sel), "matched to the intended place"))

    # all-distinct worst case: every query string different, mix as above
    seen: dict = {}
    for q, h in zip(queries, hints):
        seen.setdefault(q, h)
    distinct = list(seen)[:20_000]
    dh = [seen[q] for q in distinct]
    secs_d, _, cpu_d = min((run_geoinc(g, distinct, dh) for _ in range(3)), key=lambda r: r[0])

    # the naive way, same run: rapidfuzz extractOne over all names, per query
    from rapidfuzz import process

    all_names, all_ids = [], []
    ids = g.column("id")
    for i in range(len(g)):
        for alias in g.names_at(i):
            all_names.append(alias)
            all_ids.append(ids[i])
    rng = random.Random(11)
    sample = rng.sample(range(len(triples)), args.naive_sample)
    t, c = time.perf_counter(), time.process_time()
    naive_hits = [process.extractOne(triples[i][0], all_names) for i in sample]
    naive_secs, naive_cpu = time.perf_counter() - t, time.process_time() - c
    naive_rate = len(sample) / naive_secs
    naive_ok = {c: [0, 0] for c in MIX}
    for i, hit in zip(sample, naive_hits):
        q, cat, want = triples[i]
        naive_ok[cat][1] += 1
        got = all_ids[hit[2]] if hit and hit[1] >= 80 else None  # WRatio 80: a typical cutoff
        naive_ok[cat][0] += (got is None) if cat == "unknown" else same_place(g, got, want)

    lines = [
        f"Workload: {args.n:,} query strings from the shipped gazetteer's names (seeded): "
        + ", ".join(f"{int(s * 100)} % {c}" for c, s in MIX.items())
        + ". Data and indexes loaded before timing; caches cleared before each geoinc run; best of 3.",
        "",
        "| run | queries | distinct (query, hints) | seconds | queries/s | vs naive | CPU seconds (queries/CPU s) |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for label, n, nd, secs, rate, cpu in rows:
        lines.append(
            f"| geoinc `geocode_many`, {label} | {n:,} | {nd:,} | {secs:.2f} | {rate:,.0f} | "
            f"{rate / naive_rate:,.0f}x | {cpu:.2f} ({n / cpu:,.0f}) |"
        )
    lines.append(
        f"| geoinc `geocode_many`, all-distinct strings (worst case) | {len(distinct):,} | "
        f"{len(distinct):,} | {secs_d:.2f} | {len(distinct) / secs_d:,.0f} | "
        f"{len(distinct) / secs_d / naive_rate:,.0f}x | {cpu_d:.2f} ({len(distinct) / cpu_d:,.0f}) |"
    )
    lines.append(
        f"| naive: `process.extractOne(q, all {len(all_names):,} names)` per query, "
        f"{len(sample):,}-query sample | {len(sample):,} | — | {naive_secs:.2f} | {naive_rate:,.0f} | 1x | "
        f"{naive_cpu:.2f} |"
    )
    lines += [
        "",
        f"Seconds are wall-clock (best of 3); the CPU column is this process's CPU time in that run. "
        f"Load average (1 min) {load_before:.1f} before the runs, {os.getloadavg()[0]:.1f} after, on "
        f"{os.cpu_count()} CPUs: other processes on the machine slow the wall clock.",
    ]
    lines += [
        "",
        "Accuracy on the whole mix: share right, and share `matched` to another place (a confident error). "
        "Bare village names are mostly not asserted (`ambiguous`) by design — see docs/geocoding.md.",
        "",
        "| category | queries | geoinc right | geoinc matched elsewhere | counted as right |",
        "|---|---:|---:|---:|---|",
    ]
    for label, n, frac, wrong, what in acc:
        lines.append(f"| {label} | {n:,} | {frac:.1%} | {wrong:.1%} | {what} |")
    lines += [
        "",
        "Naive sample (WRatio ≥ 80 counts as a match; bare queries): "
        + ", ".join(f"{c} {ok / max(tot, 1):.1%}" for c, (ok, tot) in naive_ok.items())
        + ".",
        "",
        "Targets (issue 8): ≥ 50,000 queries/s on exact and variant names, ≥ 10,000/s on the whole mix. "
        f"This run: {rows[0][4]:,.0f}/s ({rows[0][4] / 50_000:.0%} of its target) and {rows[1][4]:,.0f}/s "
        f"({rows[1][4] / 10_000:.0%} of its target).",
    ]
    publish("bench_geocode", lines)
    return 0


if __name__ == "__main__":
    sys.exit(main())
