"""The shipped gazetteer data and the loaders (GeoNames dump, CSV, merge)."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest
import shapely
from pyproj import CRS, Geod, Transformer

import geoinc
from geoinc import Gazetteer, GazetteerError, PlaceNotFound
from geoinc.gazetteer import data_dir, shipped_geometry
from geoinc.place import KINDS

GEOD = Geod(ellps="WGS84")
ROOT = Path(__file__).resolve().parents[1]


_TO_AEQD = Transformer.from_crs(
    "EPSG:4326", CRS.from_proj4("+proj=aeqd +lat_0=33.2 +lon_0=67.7 +datum=WGS84 +units=m"), always_xy=True
)


def _aeqd(geom):
    """Geometry (lon/lat) -> azimuthal equidistant metres centred on the region (vectorised)."""
    return shapely.transform(geom, lambda xy: np.column_stack(_TO_AEQD.transform(xy[:, 0], xy[:, 1])))


# --- aliases of many postings ---------------------------------------------------------
def test_aliases_of_many_postings_equal_alias_of_one_by_one():
    from geoinc.names import exact_key
    from geoinc.store import SEAT_ALIAS

    g = Gazetteer.default()
    keys = sorted({exact_key(n) for i in range(0, len(g), 7) for n in g.names_at(i)} - {""})
    _, rows, pos, ranks = g.exact_postings_many(keys)
    assert (ranks == SEAT_ALIAS).any()  # a district found through its seat's name: the name is the seat's
    assert g.aliases_of(rows, pos, ranks) == [g.alias_of(int(r), int(a), int(k)) for r, a, k in zip(rows, pos, ranks)]
    plain = ranks != SEAT_ALIAS
    assert g.aliases_of(rows[plain], pos[plain], ranks[plain]) == [
        g.alias_of(int(r), int(a), int(k)) for r, a, k in zip(rows[plain], pos[plain], ranks[plain])
    ]


# --- loading ------------------------------------------------------------------------
def test_import_loads_no_data_and_no_heavy_library():
    code = (
        "import sys, geoinc; import geoinc.gazetteer as g; "
        "assert not g._DEFAULT, 'data loaded at import'; "
        "heavy = [m for m in ('pandas', 'geopandas', 'shapely', 'rapidfuzz', 'folium') if m in sys.modules]; "
        "assert not heavy, heavy; geoinc.geocode('Kabul'); assert g._DEFAULT"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_shipped_files_are_all_present():
    names = {p.name for p in data_dir().iterdir()}
    assert {
        "manifest.json",
        "places.npz",
        "geometries.npz",
        "districts.geojson",
        "provinces.geojson",
        "countries.geojson",
        "durand_line.geojson",
        "durand_grid.npz",
        "SOURCES.json",
        "admin_aliases.csv",
    } <= names


# --- provenance -----------------------------------------------------------------------
def test_every_row_says_where_it_came_from(gaz):
    for p in gaz:
        assert p.source and p.licence, p.id
        assert p.kind in KINDS
        assert p.uncertainty_km > 0 and p.precision in (1, 2, 3)


def test_ids_are_unique_and_stable(gaz):
    ids = [p.id for p in gaz]
    assert len(ids) == len(set(ids))
    assert gaz["adm1:AF.37"].name == "Khost"


def test_every_curated_row_cites_a_source_and_an_uncertainty():
    with open(ROOT / "gazetteer" / "curated.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) >= 20
    for r in rows:
        assert r["source_url"].startswith("http"), r["curated_id"]
        assert float(r["uncertainty_km"]) > 0
        if r["estimate"]:
            assert "ESTIMATE" in r["note"] and not r["lat"], r["curated_id"]
        else:
            assert r["source_lat"] and r["source_lon"], r["curated_id"]
            # the chosen point is within the uncertainty of the cited source's point
            _, _, d = GEOD.inv(float(r["lon"]), float(r["lat"]), float(r["source_lon"]), float(r["source_lat"]))
            assert d / 1000 <= float(r["uncertainty_km"])


def test_sources_manifest_pins_versions_and_hashes():
    manifest = json.loads((data_dir() / "SOURCES.json").read_text(encoding="utf-8"))
    for name, s in manifest["sources"].items():
        if "commit" in s:  # a repository snapshot: commit and the sha256 of each extract
            assert len(s["commit"]) == 40 and s["licence"], name
            assert all(len(h) == 64 for h in s["files"].values()), name
        else:
            assert s["version"] and len(s["sha256"]) == 64 and s["licence"], name


# --- geography sanity -----------------------------------------------------------------
def test_points_lie_in_or_near_their_country(gaz):
    far = []
    for cc in ("AF", "PK"):
        outline = _aeqd(shipped_geometry(f"country:{cc}"))
        places = [p for p in gaz if p.country == cc]
        pts = _aeqd(shapely.points([(p.lon, p.lat) for p in places]))
        km = shapely.distance(outline, pts) / 1000
        far += [(p.id, p.name, round(d, 1)) for p, d in zip(places, km) if d > max(10.0, p.uncertainty_km)]
    # a few GeoNames village points lie beyond the OSM outline (GeoNames errors, documented)
    assert len(far) <= 0.0005 * len(gaz), far
    assert all(d <= 50 for _, _, d in far), far


def test_province_capitals_lie_in_their_province(gaz):
    for p in gaz:
        if p.kind == "province":
            assert shipped_geometry(p.id).buffer(0.05).contains(shapely.Point(p.lon, p.lat)), p.name


def test_durand_line_is_one_line_from_iran_to_china():
    line = geoinc.geocode("Durand Line").geometry
    assert line.geom_type == "LineString"
    km = GEOD.geometry_length(line) / 1000
    assert 2600 < km < 2800
    (x0, y0), (x1, y1) = line.coords[0], line.coords[-1]
    assert abs(x0 - 60.87) < 0.05 and abs(y0 - 29.86) < 0.05  # Iran tripoint, Koh-i-Malik Siah
    assert abs(x1 - 74.56) < 0.05 and abs(y1 - 37.03) < 0.05  # China tripoint


@pytest.mark.parametrize(
    "query, max_km", [("Torkham", 3.0), ("Angoor Adda", 3.0), ("Friendship Gate", 4.0), ("Ghulam Khan", 0.1), ("Kharlachi", 0.1)]
)
def test_border_crossings_lie_on_the_durand_line(query, max_km):
    place = geoinc.geocode(query)
    assert place.kind == "crossing"
    line = _aeqd(geoinc.geocode("Durand Line").geometry)
    assert line.distance(_aeqd(place.point)) / 1000 <= max_km


def test_district_estimate_agrees_with_geonames_seat(gaz):
    # Dand Patan: curated point (Wikipedia) vs GeoNames PPLA2 seat, two independent sources
    seat = gaz[geoinc.geocode("Dand Patan district").id]
    with open(ROOT / "gazetteer" / "curated.csv", newline="", encoding="utf-8") as f:
        cur = next(r for r in csv.DictReader(f) if r["curated_id"] == "cur-0017")
    _, _, d = GEOD.inv(seat.lon, seat.lat, float(cur["lon"]), float(cur["lat"]))
    assert d / 1000 < 2


# --- access ---------------------------------------------------------------------------
def test_lookup_by_id_and_membership(gaz):
    assert "gn:1138958" in gaz and gaz.get("nope") is None
    with pytest.raises(PlaceNotFound):
        gaz["nope"]
    assert "Kābul" in gaz.names_of("gn:1138958") or "Kabul" in gaz.names_of("gn:1138958")


def test_as_geodataframe_is_wgs84_lon_lat(gaz):
    gdf = gaz.to_geodataframe()
    assert gdf.crs.to_epsg() == 4326 and len(gdf) == len(gaz)
    row = gdf.set_index("id").loc["gn:1138958"]
    assert (row.geometry.x, row.geometry.y) == (row["lon"], row["lat"])


# --- GeoNames loader ---------------------------------------------------------------------
def test_from_geonames_reads_the_dump_format(geonames_fixture):
    g = Gazetteer.from_geonames(geonames_fixture)
    assert len(g) == 755  # AF and PK rows only; AD and IR dropped
    khost = g["gn:1136469"]
    assert (khost.kind, khost.admin1, khost.feature_code) == ("populated_place", "Khost", "PPLA")
    assert {p.country for p in g} == {"AF", "PK"}


def test_from_geonames_without_country_filter_keeps_all(geonames_fixture):
    assert len(Gazetteer.from_geonames(geonames_fixture, countries=None)) == 765


def test_from_geonames_reads_a_zipped_dump(geonames_fixture, tmp_path):
    z = tmp_path / "AF.zip"
    with zipfile.ZipFile(z, "w") as f:
        f.write(geonames_fixture, "AF.txt")
        f.writestr("readme.txt", "GeoNames readme")
    assert len(Gazetteer.from_geonames(z)) == 755


def test_from_geonames_rejects_a_malformed_line(tmp_path, geonames_fixture):
    bad = tmp_path / "bad.txt"
    lines = geonames_fixture.read_text(encoding="utf-8").splitlines()[:3]
    bad.write_text("\n".join([*lines, "123\tonly\tthree"]) + "\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"bad.txt:4: 3 columns"):
        Gazetteer.from_geonames(bad, countries=None)


def test_merging_a_geonames_dump_adds_places_and_names(gaz, geonames_fixture):
    extra = Gazetteer.from_geonames(geonames_fixture)
    merged = gaz.merge(extra)
    new = [p.id for p in extra if p.id not in gaz]
    assert "gn:1178858" in new  # Garhi Khairo in Balochistan (a GeoNames record the WOF extract lacks)
    assert len(merged) == len(gaz) + len(new)
    assert merged.get("gn:1178858").name == extra["gn:1178858"].name
    assert set(extra.names_of("gn:1178858")) <= set(merged.names_of("gn:1178858"))
    assert merged["gn:1138958"] == gaz["gn:1138958"]  # first gazetteer keeps its fields


# --- CSV loader ----------------------------------------------------------------------------
def _write(path: Path, text: str, encoding="utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_from_csv_reads_user_places(tmp_path):
    p = _write(tmp_path / "mine.csv", "name,lat,lon,alt_names,kind\nCamp Alpha,33.5,69.9,Alpha Camp|کمپ,landmark\n")
    g = Gazetteer.from_csv(p)
    assert geoinc.geocode("Alpha Camp", gazetteer=g).name == "Camp Alpha"
    assert next(iter(g)).id == "csv:mine:2"


@pytest.mark.parametrize(
    "text, message",
    [
        ("name,lon\nA,1\n", "missing column.*lat"),
        ("name,lat,lon\nA,north,69\n", r"mine.csv:2: lat 'north' is not a number"),
        ("name,lat,lon\nA,1,2\nB,95,2\n", "record 2: lat/lon out of range"),
        ("name,lat,lon\n,1,2\n", r"mine.csv:2: empty name"),
        ("name,lat,lon,kind\nA,1,2,castle\n", "kind 'castle' is not one of"),
        ("name,lat,lon\nA,nan,2\n", "not finite"),
    ],
)
def test_from_csv_reports_the_bad_row_and_reason(tmp_path, text, message):
    with pytest.raises(GazetteerError, match=message):
        Gazetteer.from_csv(_write(tmp_path / "mine.csv", text))


def test_from_csv_rejects_non_utf8(tmp_path):
    p = _write(tmp_path / "mine.csv", "name,lat,lon\nCafé,34.5,69.2\n", encoding="cp1252")
    with pytest.raises(GazetteerError, match="not UTF-8"):
        Gazetteer.from_csv(p)


def test_readme_counts_are_true(gaz):
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    n = int(re.search(r"\(([\d,]+) places", readme).group(1).replace(",", ""))
    assert n == len(gaz)
    manifest = json.loads((data_dir() / "SOURCES.json").read_text(encoding="utf-8"))
    assert sum(manifest["counts"].values()) == len(gaz)


def test_merging_a_few_places_reuses_the_name_index(gaz):
    extra = Gazetteer.from_records(
        [
            {"id": "my:1", "name": "Camp Zulu", "lat": 34.5, "lon": 69.2, "kind": "landmark"},
            {"id": "gn:1138958", "name": "Kabul", "lat": 34.5, "lon": 69.2, "names": "Kabool Qzx"},
        ]
    )
    merged = gaz.merge(extra)
    assert len(merged) == len(gaz) + 1
    assert geoinc.geocode("Camp Zulu", gazetteer=merged).id == "my:1"
    assert geoinc.geocode("Kabool Qzx", gazetteer=merged).id == "gn:1138958"  # a name added to a shipped place
    assert merged["gn:1138958"] == gaz["gn:1138958"]
    assert geoinc.geocode("Khair Khana", gazetteer=merged).id == geoinc.geocode("Khair Khana").id


@pytest.mark.parametrize("other", [None, "places.csv", [1, 2]])
def test_merging_something_else_than_a_gazetteer_is_a_clear_error(gaz, other):
    with pytest.raises(GazetteerError, match="merge\\(\\) takes Gazetteers"):
        gaz.merge(other)


def _build_module():
    import importlib.util

    spec = importlib.util.spec_from_file_location("gz_build", Path(__file__).resolve().parents[1] / "gazetteer" / "build.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize(
    "name, kind, fc, pop, alias",
    [
        ("Dera Ismail Khan", "district", "ADM2", 0, "DI Khan"),
        ("Toba Tek Singh", "populated_place", "PPLA2", 0, "TT Singh"),
        ("Pind Dadan Khan", "populated_place", "PPL", 80_000, "PD Khan"),
        ("Basti Ghulam Khan", "populated_place", "PPL", 0, None),  # a village: no initials
        ("Lal Wa Sarjangal", "district", "ADM2", 0, None),  # a connective: not a name of initials
        ("Lakki Marwat", "district", "ADM2", 0, None),  # two words
    ],
)
def test_initials_aliases_only_for_long_names_of_towns_and_districts(name, kind, fc, pop, alias):
    b = _build_module()
    row = {"name": name, "kind": kind, "feature_code": fc, "population": pop, "names": name}
    b.abbreviated_aliases([row])
    assert row["names"].split("|")[1:] == ([alias] if alias else [])


def test_an_initials_alias_two_names_would_share_is_dropped():
    b = _build_module()
    rows = [
        {"name": n, "kind": "district", "feature_code": "ADM2", "population": 0, "names": n}
        for n in ("Dera Ismail Khan", "Dost Ilyas Khan")
    ]
    b.abbreviated_aliases(rows)
    assert [r["names"] for r in rows] == ["Dera Ismail Khan", "Dost Ilyas Khan"]


def test_a_district_part_far_from_the_rest_is_dropped_as_a_source_error():
    wof = _build_module().wof  # gazetteer/wof.py, as build.py imports it
    main = shapely.box(74.0, 35.0, 75.0, 36.0)
    island = shapely.box(75.05, 35.0, 75.1, 35.1)  # a few km away: kept
    stray = shapely.box(74.0, 32.8, 74.4, 33.2)  # ~200 km away: dropped
    out = wof.drop_stray_parts(shapely.MultiPolygon([main, island, stray]))
    assert out.equals(shapely.MultiPolygon([main, island]))


@pytest.mark.parametrize("name", ["Bhimber", "Narut"])
def test_villages_of_the_bhimber_area_are_in_azad_kashmir_not_gilgit_baltistan(gaz, name):
    # Who's On First's Diamir polygon has a stray part around Bhimber, 160 km south of Diamir
    places = [p for p in gaz.places_of_kind("populated_place") if p.name == name and p.country == "PK"]
    assert places and all(p.admin1 == "Azad Jammu and Kashmir" for p in places)


def test_a_district_the_sources_lack_gives_the_province_of_its_places():
    r = geoinc.resolve("Bhimber district", country="PK")
    assert r.status == "approximate" and r.place.kind == "province"
    assert r.place.name == "Azad Jammu and Kashmir" and "no district named" in r.message
