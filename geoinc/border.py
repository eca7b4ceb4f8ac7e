"""The Durand Line: geodesic distance, side, nearest crossing.

Distances are geodesic on the WGS84 ellipsoid (pyproj ``Geod``) to the shipped line
(``gazetteer/durand_line.geojson``, OSM, simplified to <= 100 m).

How ``border_km`` is computed, fast and exact to a few metres:

* **Exact path** (:func:`exact_border_km`): points and line go into an azimuthal
  equidistant projection centred on the region; a shapely ``STRtree`` of the line's
  segments gives the nearest segment and every segment that could be geodesically
  nearer (the projection's scale error, under 1 % here, bounds the margin); the foot
  of the perpendicular on each candidate is taken back to lon/lat and measured with
  ``Geod.inv``. The error is second order in the projection's distortion (metres).
* **Grid path**: the exact distances on a 0.02° grid over the region ship with the
  package (``durand_grid.npz``, built by ``gazetteer/build.py``). A point in a cell
  where bilinear interpolation is known to be within :data:`GRID_TOLERANCE_M` of the
  exact value (checked at every cell centre at build time, and never near the line
  or where the nearest part of the line jumps) is interpolated; every other point
  takes the exact path.

``side`` is "AF" or "PK" from the two country outlines the line was cut from, or
"outside" (Iran, India, China, the sea ...).
"""

from __future__ import annotations

import io
import json
import threading
import zipfile
from functools import lru_cache
from typing import Any

import numpy as np

from .gazetteer import data_dir, shipped_geometry

__all__ = [
    "AEQD_PROJ4",
    "GRID_TOLERANCE_M",
    "SIDES",
    "border_km",
    "build_grid",
    "country_outline",
    "durand_line",
    "exact_border_km",
    "line_sha256",
    "nearest_crossing",
    "side_of",
]

#: Projection used to search for the nearest segment (not for the distances themselves).
AEQD_PROJ4 = "+proj=aeqd +lat_0=33.2 +lon_0=67.7 +datum=WGS84 +units=m"
#: Cells whose interpolation error at the centre exceeds this are computed exactly.
GRID_TOLERANCE_M = 15.0
#: Values of the ``side`` column.
SIDES = ("AF", "PK", "outside")

_GRID = {"lon0": 60.0, "lat0": 23.5, "step": 0.02, "nx": 901, "ny": 756}  # 60-78 E, 23.5-38.6 N
_EARTH_R = 6_371_008.8
_NEAR_FACTOR = 1.0  # cells closer than this many cell diagonals to the line are exact
_SIDE_CODE = {0: "outside", 1: "AF", 2: "PK"}
_MIXED = 255


@lru_cache(maxsize=1)
def durand_line():
    """The Durand Line as a shapely ``LineString`` (lon, lat), Iran tripoint to China tripoint.

    © OpenStreetMap contributors (ODbL); see ``gazetteer/README.md``.

    Examples
    --------
    >>> line = durand_line()
    >>> line.geom_type, len(line.coords) > 5000
    ('LineString', True)
    """
    return shipped_geometry("border:durand-line")


def country_outline(country: str):
    """Afghanistan ("AF") or Pakistan ("PK") outline, the polygons the line was cut from."""
    if country not in ("AF", "PK"):
        raise ValueError(f"country must be 'AF' or 'PK', got {country!r}")
    return shipped_geometry(f"country:{country}")


class _Engine:
    """Everything the distance computations need, built once per process."""

    CHUNK = 32  # segments per chunk of the search tree (~8 km of line)
    BATCH = 20_000  # points per vectorised pass (bounds memory)

    def __init__(self, line=None, af=None, pk=None) -> None:
        import shapely
        from pyproj import CRS, Geod, Transformer

        line = durand_line() if line is None else line
        self.geod = Geod(ellps="WGS84")
        crs = CRS.from_proj4(AEQD_PROJ4)
        self.fwd = Transformer.from_crs("EPSG:4326", crs, always_xy=True)
        self.inv = Transformer.from_crs(crs, "EPSG:4326", always_xy=True)
        lonlat = shapely.get_coordinates(line)
        x, y = self.fwd.transform(lonlat[:, 0], lonlat[:, 1])
        self.x, self.y = np.asarray(x), np.asarray(y)
        nseg = len(self.x) - 1
        # chunks of CHUNK consecutive segments (sharing end vertices), padded by repeating the last
        starts = np.arange(0, nseg, self.CHUNK)
        self.chunk_seg = np.minimum(starts[:, None] + np.arange(self.CHUNK)[None, :], nseg - 1)
        chunks = [shapely.linestrings(np.column_stack([self.x[a : min(a + self.CHUNK, nseg) + 1],
                                                       self.y[a : min(a + self.CHUNK, nseg) + 1]]))
                  for a in starts]  # fmt: skip
        self.tree = shapely.STRtree(chunks)
        # along-line position (m) of each segment start, for the "nearest part jumps" test
        self.along = np.concatenate([[0.0], np.cumsum(np.hypot(np.diff(self.x), np.diff(self.y)))])[:-1]
        self.line_reach = float(np.hypot(self.x, self.y).max())  # farthest line vertex from the centre
        self.af = country_outline("AF") if af is None else af
        self.pk = country_outline("PK") if pk is None else pk
        shapely.prepare(self.af)
        shapely.prepare(self.pk)

    def exact(self, lon: np.ndarray, lat: np.ndarray, *, upper: np.ndarray | None = None,
              with_segment: bool = False):  # fmt: skip
        """Exact geodesic distance (m) for finite lon/lat arrays; optionally the nearest segment.

        ``upper``: a known upper bound (m) of each distance, which saves the nearest-chunk search.
        """
        n = len(lon)
        best = np.full(n, np.inf)
        seg = np.full(n, -1, dtype=np.int64)
        for a in range(0, n, self.BATCH):
            b = min(n, a + self.BATCH)
            best[a:b], seg[a:b] = self._exact_batch(lon[a:b], lat[a:b], None if upper is None else upper[a:b])
        return (best, seg) if with_segment else best

    def _exact_batch(self, lon: np.ndarray, lat: np.ndarray, upper: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
        import shapely

        n = len(lon)
        x, y = self.fwd.transform(lon, lat)
        pts = shapely.points(x, y)
        if upper is None:
            _, d = self.tree.query_nearest(pts, return_distance=True, all_matches=False)
        else:
            d = upper
        # Planar distances in the projection differ from geodesic ones by its scale error
        # (< 0.5 % within 1,000 km of the centre): every chunk that could hold the geodesic
        # nearest point lies within d * (1 + 2 err) of the planar nearest.
        k = np.maximum(np.hypot(x, y), self.line_reach) / _EARTH_R
        err = np.where(k > 1e-6, k / np.sin(np.minimum(k, 3.0)) - 1.0, 0.0)
        qi, ci = self.tree.query(pts, predicate="dwithin", distance=d * (1.0 + 2.0 * err + 0.001) + 50.0)
        # nearest segment (planar) inside each candidate chunk: one local minimum per chunk
        segs = self.chunk_seg[ci]  # (pairs, CHUNK)
        ax, ay = self.x[segs], self.y[segs]
        dx, dy = self.x[segs + 1] - ax, self.y[segs + 1] - ay
        px, py = x[qi][:, None], y[qi][:, None]
        t = np.clip(((px - ax) * dx + (py - ay) * dy) / np.maximum(dx * dx + dy * dy, 1e-12), 0.0, 1.0)
        fx, fy = ax + t * dx, ay + t * dy
        d2 = (px - fx) ** 2 + (py - fy) ** 2
        j = np.argmin(d2, axis=1)
        rows = np.arange(len(qi))
        # only local minima that could be the geodesic nearest need a geodesic measurement
        local = np.sqrt(d2[rows, j])
        planar_min = np.full(n, np.inf)
        np.minimum.at(planar_min, qi, local)
        keep = local <= planar_min[qi] * (1.0 + 2.0 * err[qi] + 0.001) + 50.0
        qi, rows, j, segs = qi[keep], rows[keep], j[keep], segs[keep]
        # the foot of each such local minimum, measured geodesically from the point
        flon, flat = self.inv.transform(fx[rows, j], fy[rows, j])
        _, _, dist = self.geod.inv(lon[qi], lat[qi], flon, flat)
        rows = np.arange(len(qi))
        best = np.full(n, np.inf)
        np.minimum.at(best, qi, dist)
        seg = np.full(n, -1, dtype=np.int64)
        is_best = dist <= best[qi]
        seg[qi[is_best]] = segs[rows, j][is_best]
        return best, seg

    def side_exact(self, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
        import shapely

        code = np.zeros(len(lon), dtype=np.uint8)
        code[shapely.contains_xy(self.af, lon, lat)] = 1
        rest = code == 0
        code[rest] = np.where(shapely.contains_xy(self.pk, lon[rest], lat[rest]), 2, 0)
        return code


_ENGINE_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _engine() -> _Engine:
    with _ENGINE_LOCK:
        return _Engine()


@lru_cache(maxsize=1)
def _grid() -> dict[str, Any] | None:
    path = data_dir() / "durand_grid.npz"
    if not path.is_file():
        return None
    with np.load(path) as z:
        grid = {k: z[k] for k in z.files}
    meta = json.loads(str(grid.pop("meta")))
    if meta["line_sha256"] != line_sha256(data_dir() / "durand_line.geojson"):
        return None  # built for another line: fall back to the exact path
    grid.update(meta)
    return grid


def line_sha256(path) -> str:
    """sha256 of a durand_line.geojson file (ties a grid to the line it was built from)."""
    import hashlib
    from pathlib import Path

    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _as_arrays(lon, lat) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    lon = np.atleast_1d(np.asarray(lon, dtype=float))
    lat = np.atleast_1d(np.asarray(lat, dtype=float))
    if lon.shape != lat.shape:
        raise ValueError(f"lon and lat differ in shape: {lon.shape} vs {lat.shape}")
    ok = np.isfinite(lon) & np.isfinite(lat) & (np.abs(lat) <= 90) & (np.abs(lon) <= 180)
    return lon, lat, ok


def exact_border_km(lon, lat) -> np.ndarray:
    """Geodesic distance (km) to the Durand Line by the exact path only (no grid).

    NaN for missing or out-of-range coordinates.

    Examples
    --------
    >>> float(exact_border_km([69.17], [34.53])[0]) > 50   # Kabul
    True
    """
    lon, lat, ok = _as_arrays(lon, lat)
    out = np.full(lon.shape, np.nan)
    out[ok] = _engine().exact(lon[ok], lat[ok]) / 1000.0
    return out


def _cells(lon: np.ndarray, lat: np.ndarray, grid: dict) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    fx = (lon - grid["lon0"]) / grid["step"]
    fy = (lat - grid["lat0"]) / grid["step"]
    inside = (fx >= 0) & (fy >= 0) & (fx < grid["nx"] - 1) & (fy < grid["ny"] - 1)
    ix = np.where(inside, fx, 0).astype(np.int64)
    iy = np.where(inside, fy, 0).astype(np.int64)
    return inside, ix, iy, np.column_stack([fx - ix, fy - iy])


def border_km(lon, lat) -> np.ndarray:
    """Geodesic distance (km) from each point to the Durand Line, vectorised.

    Within :data:`GRID_TOLERANCE_M` of :func:`exact_border_km` (benchmarks/RESULTS.md
    records the measured error against a brute-force reference). NaN for missing or
    out-of-range coordinates.

    Examples
    --------
    >>> d = border_km([71.0847, 69.1723, float("nan")], [34.1147, 34.5281, 0.0])
    >>> bool(d[0] < 3), bool(50 < d[1] < 200), bool(np.isnan(d[2]))
    (True, True, True)
    """
    lon, lat, ok = _as_arrays(lon, lat)
    out = np.full(lon.shape, np.nan)
    grid = _grid()
    exact_mask = ok.copy()
    if grid is not None:
        inside, ix, iy, frac = _cells(lon, lat, grid)
        use = ok & inside
        use[use] = grid["smooth"][iy[use], ix[use]]
        if use.any():
            d = grid["km"]
            i, j = iy[use], ix[use]
            fx, fy = frac[use, 0], frac[use, 1]
            out[use] = (d[i, j] * (1 - fx) * (1 - fy) + d[i, j + 1] * fx * (1 - fy)
                        + d[i + 1, j] * (1 - fx) * fy + d[i + 1, j + 1] * fx * fy)  # fmt: skip
        exact_mask &= ~use
    if exact_mask.any():
        eng = _engine()
        if grid is not None:
            # d is 1-Lipschitz: d(P) <= d(corner) + |P - corner| <= min corner + cell diagonal,
            # an upper bound that spares the nearest-chunk search
            sel = exact_mask & inside
            i, j = iy[sel], ix[sel]
            d = grid["km"]
            corner_min = np.minimum(np.minimum(d[i, j], d[i, j + 1]), np.minimum(d[i + 1, j], d[i + 1, j + 1]))
            upper = (corner_min + _cell_diag_km(lat[sel], grid["step"])) * 1000.0
            out[sel] = eng.exact(lon[sel], lat[sel], upper=upper) / 1000.0
            exact_mask &= ~inside
        if exact_mask.any():
            out[exact_mask] = eng.exact(lon[exact_mask], lat[exact_mask]) / 1000.0
    return out


def _cell_diag_km(lat: np.ndarray, step: float) -> np.ndarray:
    """Diagonal of a grid cell (km) at these latitudes, rounded up."""
    return np.hypot(step * 111.33 * np.cos(np.radians(lat - step)), step * 110.58) * 1.001


def side_of(lon, lat) -> np.ndarray:
    """"AF", "PK" or "outside" for each point (object array; None for missing coordinates)."""
    lon, lat, ok = _as_arrays(lon, lat)
    code = np.full(lon.shape, _MIXED, dtype=np.uint8)
    grid = _grid()
    todo = ok.copy()
    if grid is not None:
        inside, ix, iy, _ = _cells(lon, lat, grid)
        use = ok & inside
        code[use] = grid["side"][iy[use], ix[use]]
        todo = ok & (code == _MIXED)
    if todo.any():
        code[todo] = _engine().side_exact(lon[todo], lat[todo])
    labels = np.array([_SIDE_CODE.get(c) for c in range(256)], dtype=object)
    out = labels[code]
    out[~ok] = None
    return out


# ----------------------------------------------------------------------------- grid build
def build_grid(path, line, af, pk, line_file) -> dict[str, Any]:
    """Compute the distance/side grid for ``line`` and write it to ``path`` (npz).

    Used by gazetteer/build.py with the line and outlines it has just built;
    ``line_file`` is the written durand_line.geojson (its sha256 ties the grid to it).
    Returns statistics (cells, share computed exactly, worst centre error of smooth cells).
    """
    import shapely

    eng = _Engine(line, af, pk)
    g = _GRID
    lons = g["lon0"] + g["step"] * np.arange(g["nx"])
    lats = g["lat0"] + g["step"] * np.arange(g["ny"])
    mlon, mlat = np.meshgrid(lons, lats)
    node_m, node_seg = eng.exact(mlon.ravel(), mlat.ravel(), with_segment=True)
    km = (node_m / 1000.0).reshape(mlon.shape)
    along = eng.along[node_seg].reshape(mlon.shape)

    clon, clat = mlon[:-1, :-1] + g["step"] / 2, mlat[:-1, :-1] + g["step"] / 2
    centre = (eng.exact(clon.ravel(), clat.ravel()) / 1000.0).reshape(clon.shape)
    interp = (km[:-1, :-1] + km[:-1, 1:] + km[1:, :-1] + km[1:, 1:]) / 4.0
    err_m = np.abs(interp - centre) * 1000.0
    corners = np.stack([km[:-1, :-1], km[:-1, 1:], km[1:, :-1], km[1:, 1:]])
    a_corners = np.stack([along[:-1, :-1], along[:-1, 1:], along[1:, :-1], along[1:, 1:]])
    diag = _cell_diag_km(clat, g["step"])
    near = corners.min(axis=0) < _NEAR_FACTOR * diag
    jump = (a_corners.max(axis=0) - a_corners.min(axis=0)) / 1000.0 > 2.0 * diag + 1.0
    # Bilinear interpolation of a function whose Hessian is bounded by 1/d (distance to a line
    # or to one of its vertices) errs by at most diag^2 / (8 d): cells nearer than that bound
    # allows are never interpolated, whatever their centre check says.
    bound_m = diag**2 / (8.0 * np.maximum(corners.min(axis=0), 1e-9)) * 1000.0
    smooth = ~(near | jump | (err_m > GRID_TOLERANCE_M) | (bound_m > GRID_TOLERANCE_M))

    # side per cell: 1 AF, 2 PK, 0 outside, 255 mixed (the cell touches an outline)
    boxes = shapely.box(mlon[:-1, :-1].ravel(), mlat[:-1, :-1].ravel(), mlon[1:, 1:].ravel(), mlat[1:, 1:].ravel())
    side = np.full(boxes.shape, _MIXED, dtype=np.uint8)
    side[shapely.contains(eng.af, boxes)] = 1
    side[shapely.contains(eng.pk, boxes)] = 2
    side[~(shapely.intersects(eng.af, boxes) | shapely.intersects(eng.pk, boxes))] = 0
    side = side.reshape(clon.shape)

    meta = {**g, "line_sha256": line_sha256(line_file), "tolerance_m": GRID_TOLERANCE_M}
    _write_npz(path, km=km.astype(np.float32), smooth=smooth, side=side, meta=np.array(json.dumps(meta)))
    _grid.cache_clear()
    return {
        "cells": int(smooth.size),
        "exact_share": round(float(1 - smooth.mean()), 4),
        "max_centre_error_m_smooth": round(float(err_m[smooth].max()), 2),
        "mixed_side_share": round(float((side == _MIXED).mean()), 4),
    }


def _write_npz(path, **arrays) -> None:
    """Like numpy.savez_compressed, but byte-for-byte reproducible (fixed zip timestamps)."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for name, arr in arrays.items():
            buf = io.BytesIO()
            np.save(buf, arr, allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, buf.getvalue())


def _haversine_km(lon1, lat1, lon2, lat2) -> np.ndarray:
    p1, p2 = np.radians(lat1), np.radians(lat2)
    h = np.sin((p2 - p1) / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(np.radians(lon2 - lon1) / 2) ** 2
    return 2 * _EARTH_R / 1000 * np.arcsin(np.sqrt(np.clip(h, 0, 1)))


def nearest_crossing(lon, lat, crossings) -> tuple[np.ndarray, np.ndarray]:
    """Name of the nearest crossing and its geodesic distance (km) for each point.

    ``crossings`` is a sequence of places (``name``, ``lat``, ``lon``). The nearest is
    chosen by haversine (a tie closer than 1 % is settled geodesically), the distance
    is ``Geod.inv``.
    """
    lon, lat, ok = _as_arrays(lon, lat)
    names = np.full(lon.shape, None, dtype=object)
    dist = np.full(lon.shape, np.nan)
    if not len(crossings) or not ok.any():
        return names, dist
    clon = np.array([c.lon for c in crossings])
    clat = np.array([c.lat for c in crossings])
    hv = _haversine_km(lon[ok, None], lat[ok, None], clon[None, :], clat[None, :])
    pick = hv.argmin(axis=1)
    _, _, d = _engine().geod.inv(lon[ok], lat[ok], clon[pick], clat[pick])
    second = np.partition(hv, 1, axis=1)[:, 1] if len(crossings) > 1 else np.full(len(pick), np.inf)
    close = np.flatnonzero(second - hv[np.arange(len(pick)), pick] < 0.01 * second)
    for r in close:  # near-ties: measure every crossing exactly (rare)
        i = np.flatnonzero(ok)[r]
        _, _, dd = _engine().geod.inv(np.full(len(clon), lon[i]), np.full(len(clon), lat[i]), clon, clat)
        pick[r], d[r] = int(dd.argmin()), float(dd.min())
    names[ok] = np.array([c.name for c in crossings], dtype=object)[pick]
    dist[ok] = d / 1000.0
    return names, dist

