#!/usr/bin/env python3
"""Derive ``ucdp_af_districts.csv``: UCDP GED events in Afghanistan with their district (adm_2)
and UCDP's own point, for scoring district resolution in Afghanistan.

Source: ``data/json/clean_conflicts.json`` of github.com/RealCaddish/AfghanConflicts at commit
f33bbbf54cb024294b26bc80c85295bca6ec0ccb (a 310-event extract of UCDP GED 19.1 for Afghanistan,
from HDX "Afghanistan - Data on Conflict Events"); UCDP GED: Sundberg & Melander 2013,
CC BY 4.0. Evaluation data only: never a gazetteer source.

    python benchmarks/data/make_ucdp_af_districts.py PATH/clean_conflicts.json
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
from pathlib import Path

SHA256 = "7a1ec65428879e0173ac1fc3b655f9f0a0f11a5a329311fefa0890802bb4950b"
OUT = Path(__file__).resolve().parent / "ucdp_af_districts.csv"


def main(argv: list[str]) -> int:
    src = Path(argv[1])
    data = src.read_bytes()
    if hashlib.sha256(data).hexdigest() != SHA256:
        raise SystemExit(f"{src}: sha256 differs from the pinned extract")
    rows = []
    for f in json.loads(data)["features"]:
        p = f["properties"]
        if p.get("adm_2"):
            lon, lat = f["geometry"]["coordinates"]
            rows.append({"ucdp_id": p["id"], "adm_2": p["adm_2"], "year": p["year"], "lat": lat, "lon": lon})
    rows.sort(key=lambda r: int(r["ucdp_id"]))
    with open(OUT, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {OUT} ({len(rows)} events)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
