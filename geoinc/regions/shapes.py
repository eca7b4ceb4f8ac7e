"""A region's shapes: the polygons and lines of its provinces, districts, countries and borders.

Read once per region (from its WKB file, else its GeoJSON files) and looked up by place id.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import GazetteerDataError
from . import Region, RegionLike, get_region

__all__ = ["geojson_features", "geometry_of", "region_geometries"]


@lru_cache(maxsize=8)
def region_geometries(region: Region) -> dict[str, Any]:
    """Id -> shapely geometry of every polygon and line of a region.

    From the region's WKB file (``geometries``) when it has one; else from its GeoJSON
    files (``countries``, ``provinces``, ``districts`` and each border's line), each
    feature's id being its ``id`` property (``country:<code>`` for a country outline
    with only a ``country`` property)."""
    import numpy as np
    import shapely

    path = region.optional_file("geometries")
    if path is not None:
        with np.load(path, allow_pickle=False) as z:
            ids = z["ids"].tobytes().decode("utf-8").split("\x1f")
            buf = z["wkb"].tobytes()
            off = z["off"]
        blobs = [buf[off[i] : off[i + 1]] for i in range(len(ids))]
        return dict(zip(ids, shapely.from_wkb(blobs)))
    out: dict[str, Any] = {}
    files = [region.optional_file(k) for k in ("countries", "provinces", "districts")]
    for fpath in [*(f for f in files if f is not None), *(b.file for b in region.borders)]:
        for props, geom in geojson_features(fpath):
            pid = str(props.get("id") or (f"country:{props['country']}" if props.get("country") else ""))
            if pid and geom is not None:
                out.setdefault(pid, geom)
    for b in region.borders:  # a border file's single feature need not repeat the manifest's id
        if b.id not in out:
            lines = [g for _, g in geojson_features(b.file) if g is not None]
            if lines:
                out[b.id] = lines[0] if len(lines) == 1 else shapely.line_merge(shapely.union_all(lines))
    return out


def geojson_features(path: Path) -> list[tuple[dict[str, Any], Any]]:
    """(properties, shapely geometry or None) of each feature of a GeoJSON file (a clear error if unreadable)."""
    import json

    import shapely

    try:
        fc = json.loads(path.read_text(encoding="utf-8"))
        feats = fc["features"] if fc.get("type") == "FeatureCollection" else [fc]
        return [
            (f.get("properties") or {}, shapely.from_geojson(json.dumps(f["geometry"])) if f.get("geometry") else None) for f in feats
        ]
    except (OSError, ValueError, KeyError, TypeError, AttributeError, shapely.errors.GEOSException) as exc:
        raise GazetteerDataError(f"{path}: not a readable GeoJSON file ({exc})") from exc


def geometry_of(place_id: str, region: RegionLike = None):
    """Polygon or line of a region's province, district, region, country or border; else None."""
    if not place_id:
        return None
    return region_geometries(get_region(region)).get(place_id)
