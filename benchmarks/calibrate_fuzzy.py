#!/usr/bin/env python3
"""Calibrate the fuzzy stage on local hard negatives (geoinc.geocoding.FUZZY_CUTOFFS).

The hard negatives are real AF/PK village names the gazetteer does not hold: a seeded
sample of villages is taken *out* of the gazetteer (with every same-name record within
25 km), then asked for with their province and district, as a dataset gives them.
Whatever the fuzzy stage then proposes is another place; it is a confident error if it
lies more than 25 km away.  Positives: one-edit misspellings of villages that *are* in
the gazetteer, asked with the same hints.

For each key-length bucket and candidate cutoff it reports the share of negatives that
get a fuzzy candidate more than 25 km away (false) and the share of positives resolved
to the intended place (recall).  A fuzzy answer is never `matched` (status
`approximate`), so the rate of `matched` hard negatives is 0 by construction; the
cutoffs decide how often an approximate fuzzy reading is offered at all.

    python benchmarks/calibrate_fuzzy.py [--n 1500]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _results import publish  # noqa: E402
from bench_geocode import misspell  # noqa: E402
from eval_real_places import haversine, leave_one_out  # noqa: E402

import geoinc  # noqa: E402
from geoinc.areas import resolve_area  # noqa: E402
from geoinc.geocoding import FUZZY_CUTOFFS, _fuzzy  # noqa: E402 - the stage under calibration
from geoinc.names import clean, split_feature_words, variant_key  # noqa: E402

BUCKETS = ((4, 5), (6, 8), (9, 12), (13, 200))
CUTOFFS = (80, 82, 85, 88, 90, 92, 95)


def best_fuzzy(name: str, p, g):
    """(ratio, candidate place) of the fuzzy stage inside p's province and district, or None."""
    areas = [a for a in (resolve_area(p.admin1, g, level="admin1"), resolve_area(p.admin2, g, level="admin2")) if a is not None]
    core = split_feature_words(clean(name))[0]
    import geoinc.geocoding as gc

    saved = gc.FUZZY_CUTOFFS
    gc.FUZZY_CUTOFFS = ((10_000, min(CUTOFFS)),)  # ask for everything down to the lowest cutoff
    try:
        cands = _fuzzy(core, g, areas)
    finally:
        gc.FUZZY_CUTOFFS = saved
    cands = [c for c in cands if all(a.contains(c.place, g) for a in areas)]
    return (cands[0].ratio, cands[0].place) if cands else None


def bucket(n: int) -> tuple[int, int] | None:
    return next((b for b in BUCKETS if b[0] <= n <= b[1]), None)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1500)
    args = ap.parse_args(argv)
    reduced, truth, _ = leave_one_out(args.n, seed=23)
    g = geoinc.Gazetteer.default()
    rng = random.Random(29)
    neg, pos = {}, {}
    for p in truth:
        b = bucket(len(variant_key(p.name)))
        if b is None:
            continue
        hit = best_fuzzy(p.name, p, reduced)
        far = hit is not None and haversine(p.lat, p.lon, hit[1].lat, hit[1].lon) > 25
        neg.setdefault(b, []).append(hit[0] if far else None)
    villages = [i for i in rng.sample(range(len(g)), 20 * args.n) if g.place_at(i).kind == "populated_place"]
    for i in villages[: args.n]:
        p = g.place_at(i)
        if len(p.name) < 5 or not p.name.isascii():
            continue
        q = misspell(rng, p.name)
        b = bucket(len(variant_key(q)))
        if b is None:
            continue
        hit = best_fuzzy(q, p, g)
        ok = hit is not None and haversine(p.lat, p.lon, hit[1].lat, hit[1].lon) <= 5
        pos.setdefault(b, []).append(hit[0] if ok else None)
    lines = [
        f"Hard negatives: {args.n} villages left out of the gazetteer (seeded), asked with their province and "
        "district; positives: one-edit misspellings of villages in it, same hints. Cells: false (negatives given a "
        "fuzzy candidate > 25 km away) / recall (positives resolved within 5 km).",
        "",
        "| key length | negatives | positives | " + " | ".join(f"cutoff {c}" for c in CUTOFFS) + " | shipped |",
        "|---|---:|---:|" + "---|" * (len(CUTOFFS) + 1),
    ]
    shipped = {b: next(c for m, c in FUZZY_CUTOFFS if b[1] <= m or m == FUZZY_CUTOFFS[-1][0]) for b in BUCKETS}
    for b in BUCKETS:
        ns, ps = neg.get(b, []), pos.get(b, [])
        cells = []
        for c in CUTOFFS:
            fp = sum(1 for r in ns if r is not None and r >= c) / max(len(ns), 1)
            rc = sum(1 for r in ps if r is not None and r >= c) / max(len(ps), 1)
            cells.append(f"{fp:.1%} / {rc:.0%}")
        sc = shipped[b]
        lines.append(f"| {b[0]}–{b[1]} | {len(ns)} | {len(ps)} | " + " | ".join(cells) + f" | {'never' if sc > 100 else sc} |")
    lines += ["", "A fuzzy reading is always `approximate` (never `matched`), with the hinted unit's uncertainty."]
    publish("calibrate_fuzzy", lines)
    return 0


if __name__ == "__main__":
    sys.exit(main())
