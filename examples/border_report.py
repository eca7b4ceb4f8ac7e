#!/usr/bin/env python3
"""Border report for the seed-article incidents.

Reads examples/afpak_2025_2026.csv, measures every incident against the Durand Line,
prints the banded summary, and writes the incidents as GeoJSON and the border profile
as PNG.

    python examples/border_report.py [--out DIR]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import geoinc

HERE = Path(__file__).resolve().parent


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--incidents", default=HERE / "afpak_2025_2026.csv", type=Path)
    ap.add_argument("--out", default=Path("border_report"), type=Path, help="output folder (created)")
    args = ap.parse_args(argv)

    incidents = geoinc.border_proximity(geoinc.read_incidents(args.incidents))
    cols = ["id", "date", "event_type", "place", "precision", "side", "border_km", "nearest_crossing", "killed_best"]
    print(incidents[cols].to_string(index=False, float_format=lambda v: f"{v:.1f}"))
    print()
    print(geoinc.border_summary(incidents).to_string(index=False))
    problems = incidents[incidents["message"] != ""]
    for _, row in problems.iterrows():
        print("note:", row["message"])

    args.out.mkdir(parents=True, exist_ok=True)
    geoinc.to_geojson(incidents, args.out / "incidents.geojson")
    geoinc.plot_border_profile(incidents).savefig(args.out / "border_profile.png", dpi=120, metadata={"Software": None})
    print(f"\nwrote {args.out / 'incidents.geojson'} and {args.out / 'border_profile.png'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
