#!/usr/bin/env python3
"""Derive ``af_villages.csv``: a seeded sample of 2,000 Afghan villages with their province,
district and point, for scoring village resolution in Afghanistan.

Source: ``JSON/villages.json`` of github.com/abubaker47/afghanistan-provinces-districts-villages
at commit 3d75bcbb9f093d9a3cf1077ab045b3f7336c0bf3 (8,892 villages; MIT licence; the
repository does not say where the village points come from). Evaluation data only: never
a gazetteer source.

    python benchmarks/data/make_af_villages.py PATH/villages.json
"""

from __future__ import annotations

import csv
import hashlib
import json
import random
import sys
from pathlib import Path

SHA256 = "8037521c1aa166ddf3014e1a6c13f1bcdae94cc0561b58324dc89b04ebba39bf"
OUT = Path(__file__).resolve().parent / "af_villages.csv"
N, SEED = 2000, 5


def main(argv: list[str]) -> int:
    src = Path(argv[1])
    data = src.read_bytes()
    if hashlib.sha256(data).hexdigest() != SHA256:
        raise SystemExit(f"{src}: sha256 differs from the pinned file")
    rows = json.loads(data)
    sample = random.Random(SEED).sample(rows, N)
    with open(OUT, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["no", "name", "province", "district", "lat", "lon"])
        for r in sample:
            w.writerow([r["No"], r["Village Name"], r["Province"], r["District"], r["Latitude"], r["Longitude"]])
    print(f"wrote {OUT} ({N} villages)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
