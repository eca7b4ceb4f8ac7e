"""Distances on the WGS84 ellipsoid: the one geodesic helper of geoinc.

Exact distances come from pyproj's ``Geod`` (Karney's algorithm); a scalar
great-circle helper serves the geocoder's grouping thresholds, where a sphere is
close enough (< 0.5 % error) and importing pyproj would cost more than the work.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Any

__all__ = ["EARTH_RADIUS_KM", "farthest_vertex_km", "geod", "geodesic_km", "great_circle_km", "km_between"]

#: mean Earth radius (IUGG), km
EARTH_RADIUS_KM = 6371.0088


@lru_cache(maxsize=1)
def geod() -> Any:
    """The WGS84 ``pyproj.Geod`` (made once)."""
    from pyproj import Geod

    return Geod(ellps="WGS84")


def geodesic_km(lat1, lon1, lat2, lon2):
    """Geodesic distance in km (vectorised over numpy arrays; lat/lon in degrees)."""
    import numpy as np

    lat1, lon1, lat2, lon2 = np.broadcast_arrays(*(np.asarray(x, dtype=float) for x in (lat1, lon1, lat2, lon2)))
    _, _, d = geod().inv(lon1, lat1, lon2, lat2)
    return np.asarray(d) / 1000.0


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two points (scalar; haversine on the mean sphere)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def great_circle_km(lat1, lon1, lat2, lon2):
    """Vectorised great-circle distance in km (haversine on the mean sphere; numpy arrays or scalars)."""
    import numpy as np

    p1, p2 = np.radians(lat1), np.radians(lat2)
    h = np.sin((p2 - p1) / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(np.radians(np.subtract(lon2, lon1)) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.minimum(h, 1.0)))


def farthest_vertex_km(lat: float, lon: float, geom: Any) -> float:
    """Largest geodesic distance (km) from a point to the vertices of a shapely geometry
    (the radius an area's uncertainty is given as)."""
    import numpy as np
    import shapely

    xy = shapely.get_coordinates(geom)
    _, _, d = geod().inv(np.full(len(xy), lon), np.full(len(xy), lat), xy[:, 0], xy[:, 1])
    return float(np.max(d)) / 1000.0
