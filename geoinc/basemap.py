"""The basemap drawn without tiles: outlines, the region's border (the Durand Line for the
shipped region), towns and distance bands.

Everything here depends on the region's data only, never on the incidents, so for the
shipped region it is computed once by ``tools/build_map_assets.py`` and shipped as
``geoinc/assets/basemap.json``. :func:`basemap` returns that file when it was built from
the region files now installed (their SHA-256 are recorded in it); otherwise, and for any
other region, it builds the same thing in the process (about a second) and keeps it.

Everything is read through the region's manifest (:func:`geoinc.regions.get_region`):
district (or province) outlines are drawn when the region has such a file, and none otherwise.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from .analysis import DEFAULT_BANDS_KM, band_labels
from .regions import Region, RegionLike, get_region

__all__ = ["BASEMAP_FILE", "VENDOR_DIR", "band_geojson", "basemap", "build_basemap", "town_table"]

ASSET_DIR = Path(__file__).resolve().parent / "assets"
VENDOR_DIR = ASSET_DIR / "vendor"
BASEMAP_FILE = ASSET_DIR / "basemap.json"
#: region files (manifest keys) the basemap is made from; "districts" only if the region has them
INPUTS = ("places", "countries", "provinces", "districts", "border")
#: towns labelled: capitals, provincial capitals (PPLA) and towns of at least this many people
TOWN_MIN_POPULATION = 100_000
# simplification (degrees) of each outline (districts are shown from zoom 8, where a pixel is ~0.005 deg);
# coordinates rounded to 1e-3 deg (~100 m)
_SIMPLIFY = {"countries": 0.004, "provinces": 0.006, "districts": 0.01}
_DIGITS = 3


def _region_file(key: str, region: RegionLike = None) -> Path | None:
    from .errors import GazetteerDataError

    try:
        return get_region(region).file(key)
    except GazetteerDataError:
        return None


def _file(key: str, region: Region | None) -> Path | None:
    """The region's file for ``key`` (None: the shipped region's, looked up as before regions were data)."""
    return _region_file(key) if region is None else _region_file(key, region)


def _fingerprint(region: Region | None) -> dict[str, str]:
    files = {key: _file(key, region) for key in INPUTS}
    files["manifest"] = get_region(region).path / "manifest.json"
    return {key: hashlib.sha256(path.read_bytes()).hexdigest() for key, path in sorted(files.items()) if path is not None}


def _geojson(geom, digits: int = _DIGITS) -> dict:
    import shapely

    return json.loads(shapely.to_geojson(shapely.set_precision(geom, 10.0**-digits)))


def _outlines(key: str, region: Region | None) -> list[dict]:
    """Polygons of one region file (``countries``, ``provinces``, ``districts``), simplified,
    with ``id`` and ``name`` only; none if the region has no such file."""
    import shapely

    path = _file(key, region)
    if path is None:
        return []
    fc = json.loads(path.read_text(encoding="utf-8"))
    geoms = [shapely.from_geojson(json.dumps(f["geometry"])) if f.get("geometry") else None for f in fc.get("features", [])]
    feats: list[dict[str, Any]] = []
    for f, geom in zip(fc.get("features", []), geoms):
        if geom is None or geom.is_empty or geom.geom_type not in ("Polygon", "MultiPolygon"):
            continue
        props = f.get("properties") or {}
        simple = geom.simplify(_SIMPLIFY.get(key, 0.005), preserve_topology=True)
        feats.append(
            {
                "type": "Feature",
                "properties": {"id": str(props.get("id", "")), "name": str(props.get("name") or "")},
                "geometry": _geojson(simple),
            }
        )
    feats.sort(key=lambda f: (f["properties"]["id"], f["properties"]["name"]))
    return feats


def town_table(region: RegionLike = None):
    """Major towns from a region's gazetteer: capitals, provincial capitals (PPLA) and towns
    of at least :data:`TOWN_MIN_POPULATION` people, with a display rank (1 = biggest).

    Returns
    -------
    pandas.DataFrame
        ``name, country, lat, lon, population, rank``, largest first; a town within
        5 km of a larger one (the same town under two names) is dropped.
    """
    import pandas as pd

    from .gazetteer import Gazetteer

    t = Gazetteer.default(region)
    kind = t.column("kind")
    code = t.column("feature_code").astype(str)
    pop = np.asarray(t.column("population"), dtype=np.int64)
    capital, seat = code == "PPLC", code == "PPLA"
    rows = np.flatnonzero((kind == "populated_place") & (capital | seat | (pop >= TOWN_MIN_POPULATION)))
    df = pd.DataFrame(
        {
            "name": [t.place_at(int(i)).name for i in rows],
            "country": t.column("country")[rows],
            "lat": np.asarray(t.column("lat"))[rows],
            "lon": np.asarray(t.column("lon"))[rows],
            "population": pop[rows],
            "rank": np.select([capital[rows] | (pop[rows] >= 1_000_000), seat[rows] | (pop[rows] >= 300_000)], [1, 2], 3),
        }
    )
    df = df.sort_values(["rank", "population", "name"], ascending=[True, False, True], kind="mergesort").reset_index(drop=True)
    lat, lon = df["lat"].to_numpy(float), df["lon"].to_numpy(float)
    # same town twice (two spellings, two sources): keep the first (larger) within ~5 km
    d2 = (lat[:, None] - lat[None, :]) ** 2 + ((lon[:, None] - lon[None, :]) * np.cos(np.radians(lat[:, None]))) ** 2
    keep = ~np.triu(d2 < 0.045**2, k=1).any(axis=0)
    return df.loc[keep].reset_index(drop=True)


@lru_cache(maxsize=8)
def band_geojson(bands_km: tuple[float, ...], region: RegionLike = None) -> dict:
    """Distance bands either side of the region's border (the Durand Line), as a GeoJSON
    FeatureCollection (``band`` label and ``side``, a country code, on each feature; with
    several borders, bands around each).

    Buffers in an azimuthal equidistant projection centred on the line (< 0.5 % from
    geodesic over the region), from the line simplified to 250 m: band edges move by
    less than 250 m, which a map at these scales does not show.
    """
    import shapely
    from pyproj import CRS, Transformer

    from .border import aeqd_proj4, border_line, country_outline

    reg = get_region(region)
    crs = CRS.from_proj4(aeqd_proj4(reg))
    fwd = Transformer.from_crs("EPSG:4326", crs, always_xy=True)
    inv = Transformer.from_crs(crs, "EPSG:4326", always_xy=True)
    to_m = lambda geom: shapely.transform(geom, lambda xy: np.column_stack(fwd.transform(xy[:, 0], xy[:, 1])))  # noqa: E731
    to_deg = lambda geom: shapely.transform(geom, lambda xy: np.column_stack(inv.transform(xy[:, 0], xy[:, 1])))  # noqa: E731
    feats = []
    for b in reg.borders:
        feats += _bands_of(
            to_m(border_line(reg, b.id)).simplify(250.0), bands_km, to_m, to_deg, {cc: country_outline(cc, reg) for cc in b.countries}
        )
    return {"type": "FeatureCollection", "features": feats}


def _bands_of(line, bands_km: tuple[float, ...], to_m, to_deg, outlines: dict) -> list[dict]:
    reach = max(bands_km) * 1000.0 * 1.5
    area = line.buffer(reach, quad_segs=2)
    sides = {cc: to_m(outline.simplify(0.01)).intersection(area) for cc, outline in outlines.items()}
    feats = []
    inner = None
    for r, label in zip(bands_km, band_labels(bands_km)):
        ring = line.buffer(r * 1000.0, quad_segs=4)
        band = ring if inner is None else ring.difference(inner)
        inner = ring
        for cc, outline in sides.items():
            part = band.intersection(outline).simplify(200.0)
            if not part.is_empty:
                feats.append({"type": "Feature", "properties": {"band": label, "side": cc}, "geometry": _geojson(to_deg(part), 4)})
    return feats


def build_basemap(region: RegionLike = None) -> dict[str, Any]:
    """Compute the basemap from a region's data (for the shipped region, what the build script ships).

    ``line`` is the region's first border (a Feature named after it), ``lines`` every border.
    """
    import shapely

    from .border import border_line

    reg = get_region(region)
    own = None if reg == get_region() else reg  # None: the shipped region
    towns = town_table(reg)
    lines = []
    for b in reg.borders:
        geom = shapely.set_precision(border_line(reg, b.id).simplify(0.0005), 1e-4)
        lines.append({"type": "Feature", "properties": {"name": b.name}, "geometry": json.loads(shapely.to_geojson(geom))})
    bands = tuple(float(b) for b in DEFAULT_BANDS_KM)
    out = {
        "inputs": _fingerprint(own),
        "attribution": reg.attribution,
        "countries": {"type": "FeatureCollection", "features": _outlines("countries", own)},
        "provinces": {"type": "FeatureCollection", "features": _outlines("provinces", own)},
        "districts": {"type": "FeatureCollection", "features": _outlines("districts", own)},
        "line": lines[0],
        "towns": [[str(r.name), round(float(r.lat), 3), round(float(r.lon), 3), int(r.rank)] for r in towns.itertuples()],
        "bands_km": list(bands),
        "bands": band_geojson(bands, reg),
    }
    if len(lines) > 1:
        out["lines"] = {"type": "FeatureCollection", "features": lines}
    return out


def write_json(data: dict) -> bytes:
    """The basemap as the bytes written to :data:`BASEMAP_FILE` (compact, sorted keys)."""
    return (json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n").encode("utf-8")


@lru_cache(maxsize=1)
def _shipped() -> dict[str, Any] | None:
    if not BASEMAP_FILE.is_file():
        return None
    data = json.loads(BASEMAP_FILE.read_text(encoding="utf-8"))
    return data if data.get("inputs") == _fingerprint(None) else None


@lru_cache(maxsize=4)
def _built(region: Region | None) -> dict[str, Any]:
    return build_basemap(region)


def basemap(bands_km=DEFAULT_BANDS_KM, region: RegionLike = None) -> dict[str, Any]:
    """The basemap for a map page, with distance bands for ``bands_km`` (``()`` for none).

    For the shipped region the shipped file when it matches the installed data; else
    (and for any other region) built once per process. ``view`` is the region's map view.
    """
    reg = get_region(region)
    shipped = reg == get_region()
    base = (_shipped() if shipped else None) or _built(None if shipped else reg)
    bands = tuple(float(b) for b in bands_km) if bands_km else ()
    out = {k: v for k, v in base.items() if k not in ("inputs", "bands", "bands_km")}
    if not bands:
        out["bands"] = {"type": "FeatureCollection", "features": []}
    elif list(bands) == base["bands_km"]:
        out["bands"] = base["bands"]
    else:
        out["bands"] = band_geojson(bands, reg)
    out["band_labels"] = list(band_labels(bands)) if bands else []
    out["sides"] = list(dict.fromkeys(c for b in reg.borders for c in b.countries))
    out["view"] = reg.view
    return out


def is_current() -> bool:
    """Whether the shipped basemap was built from the gazetteer files now installed."""
    return _shipped() is not None
