"""Write incidents for GIS tools: GeoJSON (RFC 7946), GeoPackage, CSV.

Output is deterministic: the same frame gives the same bytes.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .errors import ExportError
from .tables import FORMULA_PREFIXES

__all__ = ["FORMULA_PREFIXES", "escape_formula", "to_csv", "to_file", "to_geojson"]
_COORD_DECIMALS = 6  # ~0.1 m; RFC 7946 §11.2 advises against more


def _to_wgs84(gdf):
    from .coords import require_wgs84

    return require_wgs84(gdf, ExportError)


def _jsonable(v: Any) -> Any:
    if v is None or v is pd.NA or v is pd.NaT:
        return None
    if isinstance(v, (float, np.floating)):
        return None if not math.isfinite(v) else float(v)
    if isinstance(v, (np.integer,)):
        return int(v)
    if isinstance(v, (np.bool_,)):
        return bool(v)
    if isinstance(v, pd.Timestamp):
        return v.strftime("%Y-%m-%d")
    if isinstance(v, (list, tuple)):
        return [_jsonable(x) for x in v]
    return v if isinstance(v, (str, int, bool)) else str(v)


def _geometry(g) -> dict | None:
    import shapely

    if g is None or g.is_empty:
        return None
    g = shapely.set_precision(g, 10**-_COORD_DECIMALS)
    if g.geom_type.endswith("Polygon"):
        g = shapely.orient_polygons(g)  # RFC 7946 §3.1.6: exterior rings counterclockwise
    return json.loads(shapely.to_geojson(g))


def to_geojson(gdf, path: str | Path | None = None) -> str:
    """Write (or return) RFC 7946 GeoJSON.

    WGS84 lon/lat, no ``crs`` member, polygons right-hand rule, every column as a
    property (dates as YYYY-MM-DD, NaN as null), rows without geometry kept with
    ``"geometry": null``. Returns the text; writes it to ``path`` if given.
    """
    gdf = _to_wgs84(gdf)
    geom_col = gdf.geometry.name
    cols = [c for c in gdf.columns if c != geom_col]
    features = []
    for row, geom in zip(gdf[cols].itertuples(index=False, name=None), gdf.geometry):
        features.append(
            {
                "type": "Feature",
                "properties": {c: _jsonable(v) for c, v in zip(cols, row)},
                "geometry": _geometry(geom),
            }
        )
    text = (
        json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        + "\n"
    )
    if path is not None:
        Path(path).write_text(text, encoding="utf-8")
    return text


def escape_formula(value: Any) -> Any:
    """Prefix a cell that a spreadsheet would run as a formula with a quote (OWASP advice).

    A cell that already starts with quotes before such a character gets one more, so
    :func:`geoinc.read_incidents` can take exactly one off and give the cell back.

    Examples
    --------
    >>> escape_formula("=HYPERLINK(1)"), escape_formula("-3"), escape_formula("Kabul"), escape_formula("'=x")
    ("'=HYPERLINK(1)", "'-3", 'Kabul', "''=x")
    """
    if isinstance(value, str) and value.lstrip("'").startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def to_csv(gdf, path: str | Path | None = None) -> str:
    """CSV (RFC 4180: CRLF line ends, so a cell holding a bare carriage return is quoted)
    with ``lat``/``lon`` columns (geometry dropped), text cells formula-escaped.

    Numbers stay numbers (a negative number is not a formula); dates as YYYY-MM-DD.
    :func:`geoinc.read_incidents` reads it back to the same rows.
    """
    gdf = _to_wgs84(gdf)
    df = pd.DataFrame(gdf.drop(columns=gdf.geometry.name))
    if "lat" not in df or "lon" not in df:
        pts = gdf.geometry
        df["lat"] = [g.y if g is not None and not g.is_empty else np.nan for g in pts]
        df["lon"] = [g.x if g is not None and not g.is_empty else np.nan for g in pts]
    for c in df.columns:
        if pd.api.types.is_datetime64_any_dtype(df[c]):
            df[c] = df[c].dt.strftime("%Y-%m-%d")
        elif df[c].dtype == object or pd.api.types.is_string_dtype(df[c]):
            df[c] = df[c].astype(object).map(escape_formula)
    # "\r\n" line ends make the csv writer quote any cell with a "\r" or "\n" in it
    text = df.to_csv(index=False, lineterminator="\r\n")  # floats as repr: shortest exact text
    if path is not None:
        with open(path, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    return text


def to_file(gdf, path: str | Path, *, layer: str = "incidents") -> Path:
    """Write by extension: ``.geojson``/``.json`` (RFC 7946), ``.gpkg`` (pyogrio), ``.csv``.

    Raises
    ------
    ExportError
        Unknown extension (the message lists the supported ones) or no CRS.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".geojson", ".json"):
        to_geojson(gdf, path)
    elif suffix == ".csv":
        to_csv(gdf, path)
    elif suffix == ".gpkg":
        import pyogrio

        gdf = _to_wgs84(gdf).copy()
        for c in gdf.columns:
            if pd.api.types.is_datetime64_any_dtype(gdf[c]):
                gdf[c] = gdf[c].dt.strftime("%Y-%m-%d")
        if path.exists():
            path.unlink()  # a fresh file: GeoPackage appends otherwise
        # GeoPackage stores a "last change" timestamp; fix it so identical input gives identical bytes
        old = pyogrio.get_gdal_config_option("OGR_CURRENT_DATE")
        pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": "2000-01-01T00:00:00.000Z"})
        try:
            pyogrio.write_dataframe(gdf, path, layer=layer, driver="GPKG")
        finally:
            pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": old})
    else:
        raise ExportError(f"{path}: unknown format {suffix!r}; use .geojson, .gpkg or .csv")
    return path
