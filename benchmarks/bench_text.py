#!/usr/bin/env python3
"""extract_places throughput on a large body of article-like text vs the naive way
(one regular-expression search per gazetteer name), in the same run.

Text: the sentences of the two seed articles (../shared/seeds), shuffled and repeated to
--mb megabytes.

    python benchmarks/bench_text.py [--mb 5]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _results import publish  # noqa: E402

import geoinc  # noqa: E402
from geoinc.text import extract_places  # noqa: E402


def corpus(mb: float, seed: int = 3) -> str:
    seeds = sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))
    if not seeds:
        raise SystemExit("the seed articles (../shared/seeds/*.txt) are needed for this benchmark")
    sentences = []
    for p in seeds:
        sentences += [s.strip() for s in re.split(r"(?<=[.!?])\s+", p.read_text(encoding="utf-8")) if s.strip()]
    rng = random.Random(seed)
    out, size = [], 0
    while size < mb * 1e6:
        rng.shuffle(sentences)
        para = " ".join(sentences[:6])
        out.append(para)
        size += len(para.encode("utf-8")) + 2
    return "\n\n".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--naive-kb", type=float, default=100.0)
    args = ap.parse_args(argv)
    text = corpus(args.mb)
    mb = len(text.encode("utf-8")) / 1e6
    extract_places("Kabul")  # build the automaton (once per process; timed separately below)
    t = time.perf_counter()
    extract_places("Kabul", gazetteer=geoinc.Gazetteer.default().merge())  # a fresh automaton
    build = time.perf_counter() - t
    t = time.perf_counter()
    mentions = extract_places(text)
    secs = time.perf_counter() - t

    g = geoinc.Gazetteer.default()
    names = sorted({n for p in g for n in g.names_of(p.id) if len(n) >= 3})
    sample = text[: int(args.naive_kb * 1000)]
    t = time.perf_counter()
    naive_hits = 0
    for n in names:
        naive_hits += sum(1 for _ in re.finditer(r"\b" + re.escape(n) + r"\b", sample))
    naive_secs = time.perf_counter() - t
    naive_mb_s = len(sample.encode("utf-8")) / 1e6 / naive_secs

    publish("bench_text", [
        f"Text: the seed articles' sentences shuffled into {mb:.1f} MB (UTF-8). geoinc: Aho–Corasick over "
        f"{len(names):,} names, word boundaries, longest match, filters and context resolution. Naive: one regex "
        f"search per name, on the first {args.naive_kb:.0f} kB, rate extrapolated.",
        "",
        "| way | text | seconds | MB/s | mentions | vs naive |",
        "|---|---:|---:|---:|---:|---:|",
        f"| geoinc `extract_places` | {mb:.1f} MB | {secs:.2f} | {mb / secs:.2f} | {len(mentions):,} | "
        f"{mb / secs / naive_mb_s:,.0f}x |",
        f"| naive: `re.finditer` per name | {len(sample) / 1000:.0f} kB | {naive_secs:.2f} | {naive_mb_s:.3f} | "
        f"{naive_hits:,} (raw) | 1x |",
        "",
        f"Building the automaton (first call in a process): {build:.2f} s.",
        "",
        "Target (issue 5): ≥ 1 MB of text per second for `extract_places`.",
    ])  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
