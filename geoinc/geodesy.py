"""Distances on the WGS84 ellipsoid: the one geodesic helper of geoinc.

Exact distances come from pyproj's ``Geod`` (Karney's algorithm); a scalar
great-circle helper serves the geocoder's grouping thresholds, where a sphere is
close enough (< 0.5 % error) and importing pyproj would cost more than the work.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Any

__all__ = ["EARTH_RADIUS_KM", "geod", "geodesic_km", "km_between"]

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
