"""A brute-force geodesic reference for distances to the Durand Line (tests only).

Independent of geoinc.border's method: pyproj Geod from the point to every vertex of the
line densified every 2 km, then to the line densified every 10 m near the best vertex.
"""

from __future__ import annotations

import numpy as np
import shapely
from pyproj import Geod

GEOD = Geod(ellps="WGS84")


def _densify(a: np.ndarray, b: np.ndarray, step_m: float) -> np.ndarray:
    _, _, lengths = GEOD.inv(a[:, 0], a[:, 1], b[:, 0], b[:, 1])
    k = np.maximum(1, np.ceil(lengths / step_m).astype(int))
    seg = np.repeat(np.arange(len(a)), k)
    t = np.concatenate([np.arange(n) / n for n in k])
    pts = a[seg] + t[:, None] * (b[seg] - a[seg])  # GeoJSON segments are straight in lon/lat
    return np.vstack([pts, b[-1:]])


class Reference:
    def __init__(self, line) -> None:
        self.c = shapely.get_coordinates(line)
        self.coarse = _densify(self.c[:-1], self.c[1:], 2000.0)

    def km(self, lon: float, lat: float) -> float:
        n = len(self.coarse)
        _, _, d = GEOD.inv(np.full(n, lon), np.full(n, lat), self.coarse[:, 0], self.coarse[:, 1])
        dmin = d.min()
        near = self.coarse[d <= dmin + 3000.0]  # the nearest point is within 1 km of a coarse vertex
        (x0, y0), (x1, y1) = near.min(0) - 0.05, near.max(0) + 0.05
        a, b = self.c[:-1], self.c[1:]
        sel = (
            (np.maximum(a[:, 0], b[:, 0]) >= x0)
            & (np.minimum(a[:, 0], b[:, 0]) <= x1)
            & (np.maximum(a[:, 1], b[:, 1]) >= y0)
            & (np.minimum(a[:, 1], b[:, 1]) <= y1)
        )
        fine = _densify(a[sel], b[sel], 10.0)
        _, _, d2 = GEOD.inv(np.full(len(fine), lon), np.full(len(fine), lat), fine[:, 0], fine[:, 1])
        return float(min(d2.min(), dmin)) / 1000.0
