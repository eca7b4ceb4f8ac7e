"""The one place where (lat, lon) becomes (x=lon, y=lat).

geopy and folium speak (lat, lon); shapely, geopandas and pyproj speak (lon, lat).
Everything in geoinc that makes geometry from latitude/longitude goes through here.
"""

from __future__ import annotations

__all__ = ["CRS", "lonlat", "point", "points", "require_wgs84"]

#: The CRS of everything geoinc returns and writes.
CRS = "EPSG:4326"


def point(lat: float, lon: float):
    """shapely ``Point(lon, lat)``."""
    from shapely import Point

    return Point(lon, lat)


def points(lat, lon):
    """Vectorised: arrays of lat and lon -> array of shapely Points (NaN -> empty point)."""
    import numpy as np
    import shapely

    lat = np.asarray(lat, dtype=float)
    lon = np.asarray(lon, dtype=float)
    out = shapely.points(np.column_stack([lon, lat]))
    bad = ~(np.isfinite(lat) & np.isfinite(lon))
    if bad.any():
        out[bad] = shapely.from_wkt("POINT EMPTY")
    return out


def lonlat(geoms):
    """lon, lat per geometry (a point on the surface for non-points, NaN for missing or empty),
    a mask of the geometries present (neither missing nor empty) and one of those not points."""
    import numpy as np
    import shapely

    arr = np.asarray(geoms, dtype=object)
    lon = np.full(len(arr), np.nan)
    lat = np.full(len(arr), np.nan)
    non_point = np.zeros(len(arr), dtype=bool)
    present = ~(shapely.is_missing(arr) | shapely.is_empty(arr))
    if present.any():
        g = arr[present]
        other = shapely.get_type_id(g) != 0
        if other.any():
            g = g.copy()
            g[other] = shapely.point_on_surface(g[other])
            non_point[np.flatnonzero(present)[other]] = True
        lon[present] = shapely.get_x(g)
        lat[present] = shapely.get_y(g)
    return lon, lat, present, non_point


def require_wgs84(gdf, error: type[Exception], what: str = "a GeoDataFrame"):
    """``gdf`` in EPSG:4326 (reprojected if needed); ``error`` if it is not a GeoDataFrame
    or has no CRS, with a message saying how to fix it."""
    import geopandas as gpd

    if not isinstance(gdf, gpd.GeoDataFrame):
        raise error(f"expected {what}, got {type(gdf).__name__}; see geoinc.read_incidents")
    if gdf.crs is None:
        raise error("the GeoDataFrame has no CRS; set one with .set_crs('EPSG:4326')")
    return gdf if gdf.crs.equals(CRS) else gdf.to_crs(CRS)
