"""The basemap drawn without tiles: outlines, the Durand Line, towns and distance bands.

Everything here depends on the shipped gazetteer only, never on the incidents, so it is
computed once by ``tools/build_map_assets.py`` and shipped as ``geoinc/assets/basemap.json``.
:func:`basemap` returns that file when it was built from the gazetteer files now installed
(their SHA-256 are recorded in it); otherwise it builds the same thing in the process
(about a second) and keeps it for the process.

District outlines are drawn when the gazetteer folder (:func:`geoinc.gazetteer.data_dir`)
holds a ``districts.geojson``; without it the basemap simply has none.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from .analysis import DEFAULT_BANDS_KM, band_labels

__all__ = ["BASEMAP_FILE", "VENDOR_DIR", "band_geojson", "basemap", "build_basemap", "town_table"]

ASSET_DIR = Path(__file__).resolve().parent / "assets"
VENDOR_DIR = ASSET_DIR / "vendor"
BASEMAP_FILE = ASSET_DIR / "basemap.json"
#: gazetteer files the basemap is made from (districts.geojson only if present)
INPUTS = ("places.csv", "countries.geojson", "provinces.geojson", "durand_line.geojson", "districts.geojson")
TOWN_MIN_POPULATION = 100_000
# simplification (degrees) of each outline, for display at zoom <= ~10; coordinates rounded to 1e-3 deg (~100 m)
_SIMPLIFY = {"country": 0.004, "province": 0.006, "district": 0.003}
_DIGITS = 3


def _fingerprint() -> dict[str, str]:
    from .gazetteer import data_dir

    folder = data_dir()
    return {name: hashlib.sha256((folder / name).read_bytes()).hexdigest() for name in INPUTS if (folder / name).is_file()}


def _geojson(geom, digits: int = _DIGITS) -> dict:
    import shapely

    return json.loads(shapely.to_geojson(shapely.set_precision(geom, 10.0**-digits)))


def _outlines(name: str, kind: str, label_keys=("name", "id")) -> list[dict]:
    """Features of one gazetteer GeoJSON file, simplified, with a ``name`` only."""
    import shapely

    from .gazetteer import data_dir

    path = data_dir() / name
    if not path.is_file():
        return []
    fc = json.loads(path.read_text(encoding="utf-8"))
    feats = []
    for f in fc.get("features", []):
        props = f.get("properties") or {}
        geom = shapely.from_geojson(json.dumps(f["geometry"])) if f.get("geometry") else None
        if geom is None or geom.is_empty or geom.geom_type not in ("Polygon", "MultiPolygon"):
            continue
        label = next((str(props[k]) for k in label_keys if props.get(k)), "")
        simple = geom.simplify(_SIMPLIFY[kind], preserve_topology=True)
        feats.append({"type": "Feature", "properties": {"name": label, "id": str(props.get("id", ""))},
                      "geometry": _geojson(simple)})  # fmt: skip
    feats.sort(key=lambda f: (f["properties"]["id"], f["properties"]["name"]))
    return feats


def _province_names() -> dict[str, str]:
    from .gazetteer import Gazetteer

    g = Gazetteer.default()
    return {p.id: p.name for p in g if p.kind in ("province", "country")}


def town_table():
    """Major towns from the gazetteer: capitals, provincial capitals (PPLA) and towns of
    at least :data:`TOWN_MIN_POPULATION` people, with a display rank (1 = biggest).

    Returns
    -------
    pandas.DataFrame
        ``name, country, lat, lon, population, rank``, largest first; a town within
        5 km of a larger one (the same town under two names) is dropped.
    """
    import pandas as pd

    from .gazetteer import data_dir

    cols = ["name", "kind", "feature_code", "country", "lat", "lon", "population"]
    path = data_dir() / "places.csv"
    header = pd.read_csv(path, nrows=0).columns
    missing = [c for c in cols if c not in header]
    if missing:
        from .errors import GazetteerDataError

        raise GazetteerDataError(f"{path} lacks the columns {missing} that the map's town labels need")
    df = pd.read_csv(path, usecols=cols, dtype={"feature_code": str, "name": str}, keep_default_na=False,
                     na_values={"population": [""], "lat": [""], "lon": [""]})  # fmt: skip
    df = df[df["kind"] == "populated_place"].copy()
    df["population"] = pd.to_numeric(df["population"], errors="coerce").fillna(0).astype(np.int64)
    code = df["feature_code"].fillna("")
    capital = code.eq("PPLC")
    seat = code.eq("PPLA")
    df = df[capital | seat | (df["population"] >= TOWN_MIN_POPULATION)].copy()
    pop = df["population"]
    df["rank"] = np.select([capital[df.index] | (pop >= 1_000_000), seat[df.index] | (pop >= 300_000)], [1, 2], 3)
    df = df.sort_values(["rank", "population", "name"], ascending=[True, False, True], kind="mergesort").reset_index(drop=True)
    lat, lon = df["lat"].to_numpy(float), df["lon"].to_numpy(float)
    # same town twice (two spellings): drop the later (smaller) one within ~5 km
    d2 = (lat[:, None] - lat[None, :]) ** 2 + ((lon[:, None] - lon[None, :]) * np.cos(np.radians(lat[:, None]))) ** 2
    close = np.triu(d2 < 0.045**2, k=1)
    keep = ~close.any(axis=0)
    return df.loc[keep, ["name", "country", "lat", "lon", "population", "rank"]].reset_index(drop=True)


@lru_cache(maxsize=8)
def band_geojson(bands_km: tuple[float, ...]) -> dict:
    """Distance bands either side of the Durand Line, as a GeoJSON FeatureCollection
    (``band`` label and ``side`` AF/PK on each feature).

    Buffers in an azimuthal equidistant projection centred on the line (< 0.5 % from
    geodesic over the region), from the line simplified to 250 m: band edges move by
    less than 250 m, which a map at these scales does not show.
    """
    import shapely
    from pyproj import CRS, Transformer

    from .border import AEQD_PROJ4, country_outline, durand_line

    crs = CRS.from_proj4(AEQD_PROJ4)
    fwd = Transformer.from_crs("EPSG:4326", crs, always_xy=True)
    inv = Transformer.from_crs(crs, "EPSG:4326", always_xy=True)
    to_m = lambda geom: shapely.transform(geom, lambda xy: np.column_stack(fwd.transform(xy[:, 0], xy[:, 1])))  # noqa: E731
    to_deg = lambda geom: shapely.transform(geom, lambda xy: np.column_stack(inv.transform(xy[:, 0], xy[:, 1])))  # noqa: E731
    line = to_m(durand_line()).simplify(250.0)
    reach = max(bands_km) * 1000.0 * 1.5
    area = line.buffer(reach, quad_segs=2)
    sides = {cc: to_m(country_outline(cc).simplify(0.01)).intersection(area) for cc in ("AF", "PK")}
    feats = []
    inner = None
    for r, label in zip(bands_km, band_labels(bands_km)):
        ring = line.buffer(r * 1000.0, quad_segs=4)
        band = ring if inner is None else ring.difference(inner)
        inner = ring
        for cc, outline in sides.items():
            part = band.intersection(outline).simplify(200.0)
            if not part.is_empty:
                feats.append({"type": "Feature", "properties": {"band": label, "side": cc},
                              "geometry": _geojson(to_deg(part), 4)})  # fmt: skip
    return {"type": "FeatureCollection", "features": feats}


def build_basemap() -> dict[str, Any]:
    """Compute the basemap from the installed gazetteer (what the build script ships)."""
    import shapely

    from .border import durand_line

    names = _province_names()
    countries = _outlines("countries.geojson", "country")
    provinces = _outlines("provinces.geojson", "province")
    for f in countries + provinces:  # the gazetteer's own spelling
        f["properties"]["name"] = names.get(f["properties"]["id"], f["properties"]["name"])
    provinces = [f for f in provinces if f["properties"]["id"].startswith("adm1:") and f["properties"]["id"] in names]
    towns = town_table()
    line = shapely.set_precision(durand_line().simplify(0.0005), 1e-4)
    bands = tuple(float(b) for b in DEFAULT_BANDS_KM)
    return {
        "inputs": _fingerprint(),
        "countries": {"type": "FeatureCollection", "features": countries},
        "provinces": {"type": "FeatureCollection", "features": provinces},
        "districts": {"type": "FeatureCollection", "features": _outlines("districts.geojson", "district")},
        "line": {"type": "Feature", "properties": {"name": "Durand Line"}, "geometry": json.loads(shapely.to_geojson(line))},
        "towns": [[str(r.name), round(float(r.lat), 3), round(float(r.lon), 3), int(r.rank)] for r in towns.itertuples()],
        "bands_km": list(bands),
        "bands": band_geojson(bands),
    }


def write_json(data: dict) -> bytes:
    """The basemap as the bytes written to :data:`BASEMAP_FILE` (compact, sorted keys)."""
    return (json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n").encode("utf-8")


@lru_cache(maxsize=1)
def _shipped() -> dict[str, Any] | None:
    if not BASEMAP_FILE.is_file():
        return None
    data = json.loads(BASEMAP_FILE.read_text(encoding="utf-8"))
    return data if data.get("inputs") == _fingerprint() else None


@lru_cache(maxsize=1)
def _built() -> dict[str, Any]:
    return build_basemap()


def basemap(bands_km=DEFAULT_BANDS_KM) -> dict[str, Any]:
    """The basemap for a map page, with distance bands for ``bands_km`` (``()`` for none).

    The shipped file when it matches the installed gazetteer, else built once per process.
    """
    base = _shipped() or _built()
    bands = tuple(float(b) for b in bands_km) if bands_km else ()
    out = {k: v for k, v in base.items() if k not in ("inputs", "bands", "bands_km")}
    if not bands:
        out["bands"] = {"type": "FeatureCollection", "features": []}
    elif list(bands) == base["bands_km"]:
        out["bands"] = base["bands"]
    else:
        out["bands"] = band_geojson(bands)
    out["band_labels"] = list(band_labels(bands)) if bands else []
    return out


def is_current() -> bool:
    """Whether the shipped basemap was built from the gazetteer files now installed."""
    return _shipped() is not None
