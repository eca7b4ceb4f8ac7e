"""A region's border lines (for the shipped region, the Durand Line): geodesic distance,
side, nearest crossing.

Distances are geodesic on the WGS84 ellipsoid (pyproj ``Geod``) to a line the region's
manifest names (``borders``; the shipped ``durand_line.geojson`` is OSM, simplified to
<= 100 m). Every public function takes ``region=`` (a name, folder or
:class:`~geoinc.regions.Region`; default the shipped region) and ``border=`` (a border's
id or name). With ``border=None`` and a region of several borders, the distance is to the
nearest of them and the side is the first of their countries whose outline holds the point.

How ``border_km`` is computed, fast and exact to a few metres:

* **Exact path** (:func:`exact_border_km`): points and line go into an azimuthal
  equidistant projection centred on the region; a shapely ``STRtree`` of the line's
  segments gives the nearest segment and every segment that could be geodesically
  nearer (the projection's scale error, under 1 % here, bounds the margin); the foot
  of the perpendicular on each candidate is taken back to lon/lat and measured with
  ``Geod.inv``. The error is second order in the projection's distortion (metres).
* **Grid path**: the exact distances on a 0.02° grid over the region ship with the
  package (``durand_grid.npz``, built by ``gazetteer/build.py``; a region whose border
  has no ``grid`` takes the exact path everywhere). A point in a cell
  where bilinear interpolation is known to be within :data:`GRID_TOLERANCE_M` of the
  exact value (checked at every cell centre at build time, and never near the line
  or where the nearest part of the line jumps) is interpolated; every other point
  takes the exact path.

``side`` is one of the border's two countries ("AF" or "PK" for the Durand Line), from
the region's country outlines, or "outside" (Iran, India, China, the sea ...).

The nearest crossing (:func:`nearest_crossing`) comes from a grid built once per
process: cells where no other crossing can be nearer (checked with the 1-Lipschitz
bound) name their crossing, and a plane distance times an interpolated geodesic
correction gives its distance within a metre; other points are measured with
``Geod.inv`` against every crossing. Large inputs run in cache-sized blocks on
:func:`set_threads` threads (:func:`threads` for one block of code).
"""

from __future__ import annotations

import io
import json
import os
import threading
import zipfile
from contextlib import contextmanager
from functools import lru_cache
from typing import Any, cast

import numpy as np

from .errors import GazetteerDataError
from .gazetteer import shipped_geometry
from .geodesy import geod
from .regions import Border, Region, RegionLike, get_region

__all__ = [
    "GRID_TOLERANCE_M",
    "aeqd_proj4",
    "border_km",
    "border_line",
    "build_grid",
    "country_outline",
    "durand_line",
    "exact_border_km",
    "line_sha256",
    "nearest_crossing",
    "set_threads",
    "side_of",
    "sides",
    "threads",
]

#: Cells whose interpolation error at the centre exceeds this are computed exactly.
GRID_TOLERANCE_M = 15.0

_EARTH_R = 6_371_008.8
_NEAR_FACTOR = 1.0  # cells closer than this many cell diagonals to the line are exact
_L2_DIVISIONS = 4  # level-2 sub-cells per level-1 cell side (0.005°)
_MIXED = 255


def aeqd_proj4(region: RegionLike = None) -> str:
    """The azimuthal equidistant projection centred on the region (its manifest's
    ``projection_centre``), used to search for nearest segments and to draw distance bands
    (not for the distances themselves)."""
    lat, lon = get_region(region).projection_centre
    return f"+proj=aeqd +lat_0={lat:g} +lon_0={lon:g} +datum=WGS84 +units=m"


def sides(region: RegionLike = None, border: str | None = None) -> tuple[str, ...]:
    """Values of the ``side`` column: the border's countries, then "outside"
    (with ``border=None``, the countries of all the region's borders)."""
    countries = [c for _, b in _chosen(region, border) for c in b.countries]
    return (*dict.fromkeys(countries), "outside")


def __getattr__(name: str) -> Any:
    # AEQD_PROJ4 and SIDES, the constants of the shipped region before regions were data:
    # read from its manifest on first use (not at import); use aeqd_proj4() and sides()
    if name == "AEQD_PROJ4":  # projection of the shipped region
        return aeqd_proj4()
    if name == "SIDES":  # values of the side column for the shipped region
        return sides()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _chosen(region: RegionLike, border: str | None) -> list[tuple[Region, Border]]:
    """The (region, border) pairs a call measures against: the named border, or all of them."""
    if region is None and border is None:
        return [_shipped()]
    reg = get_region(region)
    if border is not None or len(reg.borders) <= 1:
        return [(reg, reg.border(border))]
    return [(reg, b) for b in reg.borders]


def border_line(region: RegionLike = None, border: str | None = None):
    """A border of a region as a shapely ``LineString`` (lon, lat); default the region's first.

    Raises
    ------
    GazetteerDataError
        The region has no such border, or its file holds no line.

    Examples
    --------
    >>> border_line().geom_type
    'LineString'
    """
    reg = get_region(region)
    b = reg.border(border)
    line = shipped_geometry(b.id, reg)
    if line is None or line.is_empty or line.geom_type not in ("LineString", "MultiLineString"):
        raise GazetteerDataError(f"region {reg.name!r}: {b.file} holds no line for border {b.id!r}")
    return line


@lru_cache(maxsize=1)
def durand_line():
    """The shipped region's border, the Durand Line, as a shapely ``LineString`` (lon, lat),
    Iran tripoint to China tripoint (:func:`border_line` of the default region).

    © OpenStreetMap contributors (ODbL); see ``gazetteer/README.md``.

    Examples
    --------
    >>> line = durand_line()
    >>> line.geom_type, len(line.coords) > 5000
    ('LineString', True)
    """
    return border_line()


def country_outline(country: str, region: RegionLike = None):
    """Outline of one of the region's countries ("AF" or "PK" in the shipped region), from
    its ``countries`` file: the polygons the border was cut from.

    Raises
    ------
    ValueError
        Not a country of the region (the message lists them).
    """
    reg = get_region(region)
    geom = shipped_geometry(f"country:{country}", reg) if country in reg.countries else None
    if geom is None:
        raise ValueError(
            f"country must be one of {', '.join(repr(c) for c in reg.countries)} "
            f"(the outlines of region {reg.name!r}), got {country!r}"
        )
    return geom


class _Engine:
    """Everything the distance computations need for one line, built once per process."""

    CHUNK = 32  # segments per chunk of the search tree (~8 km of line)
    BATCH = 20_000  # points per vectorised pass (bounds memory)

    def __init__(self, line, outlines: tuple[Any, ...], proj4: str) -> None:
        import shapely
        from pyproj import CRS, Geod, Transformer

        self.geod = Geod(ellps="WGS84")
        crs = CRS.from_proj4(proj4)
        self.fwd = Transformer.from_crs("EPSG:4326", crs, always_xy=True)
        self.inv = Transformer.from_crs(crs, "EPSG:4326", always_xy=True)
        lonlat = shapely.get_coordinates(line)
        x, y = self.fwd.transform(lonlat[:, 0], lonlat[:, 1])
        self.x, self.y = np.asarray(x), np.asarray(y)
        nseg = len(self.x) - 1
        # chunks of CHUNK consecutive segments (sharing end vertices), padded by repeating the last
        starts = np.arange(0, nseg, self.CHUNK)
        self.chunk_seg = np.minimum(starts[:, None] + np.arange(self.CHUNK)[None, :], nseg - 1)
        chunks = [
            shapely.linestrings(
                np.column_stack([self.x[a : min(a + self.CHUNK, nseg) + 1], self.y[a : min(a + self.CHUNK, nseg) + 1]])
            )
            for a in cast("list[int]", starts)
        ]  # cast: numpy ints confuse min()
        self.tree = shapely.STRtree(chunks)
        # along-line position (m) of each segment start, for the "nearest part jumps" test
        self.along = np.concatenate([[0.0], np.cumsum(np.hypot(np.diff(self.x), np.diff(self.y)))])[:-1]
        self.line_reach = float(np.hypot(self.x, self.y).max())  # farthest line vertex from the centre
        self.outlines = outlines  # the border's two countries, in the manifest's order
        for poly in outlines:
            shapely.prepare(poly)

    def exact(self, lon: np.ndarray, lat: np.ndarray, *, upper: np.ndarray | None = None, with_segment: bool = False):
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
        """1 + index of the first outline holding each point; 0 outside all."""
        import shapely

        code = np.zeros(len(lon), dtype=np.uint8)
        rest = np.arange(len(lon))
        for k, poly in enumerate(self.outlines, start=1):
            if not len(rest):
                break
            inside = shapely.contains_xy(poly, lon[rest], lat[rest])
            code[rest[inside]] = k
            rest = rest[~inside]
        return code


_ENGINE_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _shipped() -> tuple[Region, Border]:
    """The shipped region and its first border (what every call without ``region=`` measures)."""
    reg = get_region()
    return reg, reg.border()


def _is_shipped(reg: Region, b: Border) -> bool:
    default, first = _shipped()
    return (reg is default or reg == default) and (b is first or b == first)


@lru_cache(maxsize=8)
def _engine(region: Region | None = None, border_id: str | None = None) -> _Engine:
    """The engine of a border (default: the shipped region's first), built once per process."""
    with _ENGINE_LOCK:
        reg = get_region(region)
        b = reg.border(border_id)
        outlines = tuple(country_outline(c, reg) for c in b.countries)
        return _Engine(border_line(reg, b.id), outlines, aeqd_proj4(reg))


def _engine_of(reg: Region, b: Border) -> _Engine:
    return _engine() if _is_shipped(reg, b) else _engine(reg, b.id)


def _grid_of(reg: Region, b: Border) -> dict[str, Any] | None:
    return _grid() if _is_shipped(reg, b) else _grid(reg, b.id)


@lru_cache(maxsize=8)
def _grid(region: Region | None = None, border_id: str | None = None) -> dict[str, Any] | None:
    """The precomputed grid of a border (default: the shipped region's first); None without one."""
    b = get_region(region).border(border_id)
    if b.grid is None:
        return None
    with np.load(b.grid) as z:
        grid = {k: z[k] for k in z.files}
    meta = json.loads(str(grid.pop("meta")))
    if meta["line_sha256"] != line_sha256(b.file):
        return None  # built for another line: fall back to the exact path
    grid.update(meta)
    # level-2 node values = level-1 interpolation + stored offsets
    iy, ix = np.nonzero(grid["l2_index"] >= 0)
    order = grid["l2_index"][iy, ix]
    iy, ix = iy[np.argsort(order)], ix[np.argsort(order)]
    sub = meta["l2_divisions"]
    a = np.arange(sub + 1) / sub
    fx, fy = a[None, None, :], a[None, :, None]
    d = grid["km"].astype(np.float64)
    base = (
        d[iy, ix][:, None, None] * (1 - fx) * (1 - fy)
        + d[iy, ix + 1][:, None, None] * fx * (1 - fy)
        + d[iy + 1, ix][:, None, None] * (1 - fx) * fy
        + d[iy + 1, ix + 1][:, None, None] * fx * fy
    )
    grid["l2_km"] = base + grid.pop("l2_delta").astype(np.float64)
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


def exact_border_km(lon, lat, *, region: RegionLike = None, border: str | None = None) -> np.ndarray:
    """Geodesic distance (km) to a region's border by the exact path only (no grid).

    NaN for missing or out-of-range coordinates. ``region``, ``border``: as in :func:`border_km`.

    Examples
    --------
    >>> float(exact_border_km([69.17], [34.53])[0]) > 50   # Kabul
    True
    """
    lon, lat, ok = _as_arrays(lon, lat)
    out = np.full(lon.shape, np.nan)
    for reg, b in _chosen(region, border):
        d = _engine_of(reg, b).exact(lon[ok], lat[ok]) / 1000.0
        out[ok] = np.fmin(out[ok], d)
    return out


def _cells(lon: np.ndarray, lat: np.ndarray, grid: dict) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    fx = (lon - grid["lon0"]) / grid["step"]
    fy = (lat - grid["lat0"]) / grid["step"]
    inside = (fx >= 0) & (fy >= 0) & (fx < grid["nx"] - 1) & (fy < grid["ny"] - 1)
    ix = np.where(inside, fx, 0).astype(np.int64)
    iy = np.where(inside, fy, 0).astype(np.int64)
    return inside, ix, iy, np.column_stack([fx - ix, fy - iy])


def border_km(lon, lat, *, region: RegionLike = None, border: str | None = None) -> np.ndarray:
    """Geodesic distance (km) from each point to a region's border (default: the shipped
    region's Durand Line), vectorised.

    Within :data:`GRID_TOLERANCE_M` of :func:`exact_border_km` (benchmarks/RESULTS.md
    records the measured error against a brute-force reference); exact where the border
    has no precomputed grid. NaN for missing or out-of-range coordinates. Large inputs run
    in blocks on :func:`set_threads` threads.

    Parameters
    ----------
    lon, lat : array-like
        Degrees, WGS84.
    region : str, Path or Region, optional
        An installed region's name or a region folder; default the shipped region.
    border : str, optional
        A border's id or name from the region's manifest. Default: its only border, or
        with several the nearest of them for each point.

    Examples
    --------
    >>> d = border_km([71.0847, 69.1723, float("nan")], [34.1147, 34.5281, 0.0])
    >>> bool(d[0] < 3), bool(50 < d[1] < 200), bool(np.isnan(d[2]))
    (True, True, True)
    """
    lon, lat, ok = _as_arrays(lon, lat)
    out = None
    for reg, b in _chosen(region, border):
        d = _blocks(lambda x, y, k, r=reg, b=b: _border_km(x, y, k, r, b), lon, lat, ok)  # type: ignore[misc]
        out = d if out is None else np.fmin(out, d)
    assert out is not None  # a region has at least one border (Region.border raises otherwise)
    return out


def _border_km(lon: np.ndarray, lat: np.ndarray, ok: np.ndarray, reg: Region, bd: Border) -> np.ndarray:
    out = np.full(lon.shape, np.nan)
    grid = _grid_of(reg, bd)
    exact_mask = ok.copy()
    if grid is not None:
        inside, ix, iy, frac = _cells(lon, lat, grid)
        cand = ok & inside
        use = cand.copy()
        use[cand] = grid["smooth"][iy[cand], ix[cand]]
        if use.any():
            d = grid["km"]
            i, j = iy[use], ix[use]
            fx, fy = frac[use, 0], frac[use, 1]
            out[use] = (
                d[i, j] * (1 - fx) * (1 - fy) + d[i, j + 1] * fx * (1 - fy) + d[i + 1, j] * (1 - fx) * fy + d[i + 1, j + 1] * fx * fy
            )
        exact_mask &= ~use
        # level 2: finer grid inside rough level-1 cells
        rough = cand & ~use
        rows = np.full(lon.shape, -1, dtype=np.int64)
        rows[rough] = grid["l2_index"][iy[rough], ix[rough]]
        l2 = rows >= 0
        if l2.any():
            sub = grid["l2_divisions"]
            sx, sy = frac[l2, 0] * sub, frac[l2, 1] * sub
            a = np.minimum(sx.astype(np.int64), sub - 1)
            b = np.minimum(sy.astype(np.int64), sub - 1)
            fx, fy, r = sx - a, sy - b, rows[l2]
            smooth2 = grid["l2_smooth"][r, b, a]
            v = grid["l2_km"]
            val = (
                v[r, b, a] * (1 - fx) * (1 - fy)
                + v[r, b, a + 1] * fx * (1 - fy)
                + v[r, b + 1, a] * (1 - fx) * fy
                + v[r, b + 1, a + 1] * fx * fy
            )
            idx = np.flatnonzero(l2)[smooth2]
            out[idx] = val[smooth2]
            exact_mask[idx] = False
    if exact_mask.any():
        eng = _engine_of(reg, bd)
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


#: Points per block of :func:`border_km` and :func:`nearest_crossing` (cache-sized).
BLOCK = 131_072
_THREADS: list[int | None] = [None]
_LOCAL = threading.local()


def _check_threads(n) -> None:
    if n is not None and (isinstance(n, bool) or not isinstance(n, int) or n < 1):
        raise ValueError(f"threads must be a positive integer or None, got {n!r}")


def set_threads(n: int | None) -> None:
    """Threads used by :func:`border_km`, :func:`side_of` and :func:`nearest_crossing` on
    large inputs, for the whole process.

    ``None`` (the default) uses every CPU; ``1`` runs in the calling thread only, which is
    what :mod:`geoinc.dask` sets in each worker, where Dask already runs partitions in
    parallel. The result does not depend on it: each point is computed on its own.
    """
    _check_threads(n)
    _THREADS[0] = n


@contextmanager
def threads(n: int | None):
    """Like :func:`set_threads`, for the calling thread and the ``with`` block only.

    Examples
    --------
    >>> with threads(1):
    ...     d = border_km([69.17], [34.53])
    """
    _check_threads(n)
    old = getattr(_LOCAL, "n", None)
    _LOCAL.n = n
    try:
        yield
    finally:
        _LOCAL.n = old


def _thread_count() -> int:
    return getattr(_LOCAL, "n", None) or _THREADS[0] or os.cpu_count() or 1


def _blocks(fn, lon: np.ndarray, lat: np.ndarray, ok: np.ndarray | None):
    """``fn(lon, lat, ok)`` over blocks of :data:`BLOCK` points, concatenated.

    The first block runs in the calling thread (it builds the per-process caches), the
    others on a thread pool: shapely, pyproj and numpy release the GIL.
    """
    n = len(lon)
    if n <= BLOCK:
        return fn(lon, lat, ok)
    sl = [slice(a, a + BLOCK) for a in range(0, n, BLOCK)]
    part = lambda s: fn(lon[s], lat[s], None if ok is None else ok[s])  # noqa: E731
    first = part(sl[0])
    workers = min(_thread_count(), len(sl) - 1)
    if workers <= 1:
        rest = [part(s) for s in sl[1:]]
    else:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(workers, thread_name_prefix="geoinc-border") as pool:
            rest = list(pool.map(part, sl[1:]))
    parts = [first, *rest]
    if isinstance(first, tuple):
        return tuple(np.concatenate(p) for p in zip(*parts))
    return np.concatenate(parts)


def _cell_diag_km(lat: np.ndarray, step: float) -> np.ndarray:
    """Diagonal of a grid cell (km) at these latitudes, rounded up."""
    return np.hypot(step * 111.33 * np.cos(np.radians(lat - step)), step * 110.58) * 1.001


def side_of(lon, lat, *, region: RegionLike = None, border: str | None = None) -> np.ndarray:
    """Which of the border's countries holds each point ("AF", "PK" for the Durand Line),
    or "outside" (object array; None for missing coordinates).

    From the region's country outlines; ``region``, ``border`` as in :func:`border_km`
    (with several borders: the first of their countries whose outline holds the point).
    """
    lon, lat, ok = _as_arrays(lon, lat)
    out = None
    for reg, b in _chosen(region, border):
        code = _blocks(lambda x, y, k, r=reg, b=b: _side_code(x, y, k, r, b), lon, lat, ok)  # type: ignore[misc]
        labels = np.array(["outside", *b.countries, *([None] * (256 - 1 - len(b.countries)))], dtype=object)
        got = labels[code]
        out = got if out is None else np.where(out == "outside", got, out)
    assert out is not None
    out[~ok] = None
    return out


def _side_code(lon: np.ndarray, lat: np.ndarray, ok: np.ndarray, reg: Region, bd: Border) -> np.ndarray:
    code = np.full(lon.shape, _MIXED, dtype=np.uint8)
    grid = _grid_of(reg, bd)
    todo = ok
    if grid is not None:
        fx = (lon - grid["lon0"]) / grid["step"]
        fy = (lat - grid["lat0"]) / grid["step"]
        use = ok & (fx >= 0) & (fy >= 0) & (fx < grid["nx"] - 1) & (fy < grid["ny"] - 1)
        code[use] = grid["side"][fy[use].astype(np.intp), fx[use].astype(np.intp)]
        todo = ok & (code == _MIXED)
    if todo.any():
        code[todo] = _engine_of(reg, bd).side_exact(lon[todo], lat[todo])
    return code


# ----------------------------------------------------------------------------- grid build
def _assess(eng: _Engine, lon0: np.ndarray, lat0: np.ndarray, step: float, n: int):
    """Exact values on (n+1)x(n+1) nodes of cells starting at (lon0, lat0) (arrays of K
    blocks), and which of the n x n cells may be interpolated.

    A cell is smooth when bilinear interpolation stays within GRID_TOLERANCE_M: its centre
    checks out, it is not within a diagonal of the line, the nearest part of the line does
    not jump between its corners (a ridge), and the Hessian bound diag^2 / (8 d_min) holds
    (the distance to a line or a vertex has curvature at most 1/d)."""
    k = len(lon0)
    a = np.arange(n + 1) * step
    nlon = lon0[:, None, None] + a[None, None, :]
    nlat = lat0[:, None, None] + a[None, :, None]
    nlon, nlat = np.broadcast_to(nlon, (k, n + 1, n + 1)), np.broadcast_to(nlat, (k, n + 1, n + 1))
    m, seg = eng.exact(nlon.ravel(), nlat.ravel(), with_segment=True)
    km = (m / 1000.0).reshape(k, n + 1, n + 1)
    along = eng.along[seg].reshape(k, n + 1, n + 1) / 1000.0
    clon, clat = nlon[:, :-1, :-1] + step / 2, nlat[:, :-1, :-1] + step / 2
    centre = (eng.exact(clon.ravel(), clat.ravel()) / 1000.0).reshape(k, n, n)
    corners = np.stack([km[:, :-1, :-1], km[:, :-1, 1:], km[:, 1:, :-1], km[:, 1:, 1:]])
    a_corners = np.stack([along[:, :-1, :-1], along[:, :-1, 1:], along[:, 1:, :-1], along[:, 1:, 1:]])
    err_m = np.abs(corners.mean(axis=0) - centre) * 1000.0
    diag = _cell_diag_km(clat, step)
    dmin = corners.min(axis=0)
    near = dmin < _NEAR_FACTOR * diag
    jump = a_corners.max(axis=0) - a_corners.min(axis=0) > 2.0 * diag + 0.5
    bound_m = diag**2 / (8.0 * np.maximum(dmin, 1e-9)) * 1000.0
    smooth = ~(near | jump | (err_m > GRID_TOLERANCE_M) | (bound_m > GRID_TOLERANCE_M))
    return km, smooth, err_m


def build_grid(path, line, af, pk, line_file, *, region: RegionLike = None) -> dict[str, Any]:
    """Compute the distance/side grids for ``line`` and write them to ``path`` (npz).

    Level 1: the region manifest's ``distance_grid`` (lon0, lat0, step, nx, ny; 0.02° over
    the shipped region). Level 2: a 0.005° sub-grid inside every level-1 cell that may not
    be interpolated and touches one of the two countries ``af``, ``pk`` (the border's, in
    the manifest's order; stored as float16 offsets from the level-1 interpolation, < 1 m
    resolution). Used by gazetteer/build.py; ``line_file`` is the written line file (its
    sha256 ties the grid to it).
    """
    import shapely

    reg = get_region(region)
    spec = reg.manifest.get("distance_grid")
    if not spec:
        raise GazetteerDataError(f"region {reg.name!r} has no distance_grid (lon0, lat0, step, nx, ny) in its manifest")
    g = {k: spec[k] for k in ("lon0", "lat0", "step", "nx", "ny")}
    eng = _Engine(line, (af, pk), aeqd_proj4(reg))
    lons = g["lon0"] + g["step"] * np.arange(g["nx"])
    lats = g["lat0"] + g["step"] * np.arange(g["ny"])
    mlon, mlat = np.meshgrid(lons, lats)
    node_m, node_seg = eng.exact(mlon.ravel(), mlat.ravel(), with_segment=True)
    km = (node_m / 1000.0).reshape(mlon.shape)
    along = (eng.along[node_seg] / 1000.0).reshape(mlon.shape)
    clon, clat = mlon[:-1, :-1] + g["step"] / 2, mlat[:-1, :-1] + g["step"] / 2
    centre = (eng.exact(clon.ravel(), clat.ravel()) / 1000.0).reshape(clon.shape)
    corners = np.stack([km[:-1, :-1], km[:-1, 1:], km[1:, :-1], km[1:, 1:]])
    a_corners = np.stack([along[:-1, :-1], along[:-1, 1:], along[1:, :-1], along[1:, 1:]])
    err_m = np.abs(corners.mean(axis=0) - centre) * 1000.0
    diag = _cell_diag_km(clat, g["step"])
    dmin = corners.min(axis=0)
    bound_m = diag**2 / (8.0 * np.maximum(dmin, 1e-9)) * 1000.0
    smooth = ~(
        (dmin < _NEAR_FACTOR * diag)
        | (a_corners.max(axis=0) - a_corners.min(axis=0) > 2.0 * diag + 1.0)
        | (err_m > GRID_TOLERANCE_M)
        | (bound_m > GRID_TOLERANCE_M)
    )

    # side per cell: 1 AF, 2 PK, 0 outside, 255 mixed (the cell touches an outline)
    boxes = shapely.box(mlon[:-1, :-1].ravel(), mlat[:-1, :-1].ravel(), mlon[1:, 1:].ravel(), mlat[1:, 1:].ravel())
    side = np.full(boxes.shape, _MIXED, dtype=np.uint8)
    af, pk = eng.outlines
    side[shapely.contains(af, boxes)] = 1
    side[shapely.contains(pk, boxes)] = 2
    side[~(shapely.intersects(af, boxes) | shapely.intersects(pk, boxes))] = 0
    side = side.reshape(clon.shape)

    # level 2 inside rough level-1 cells that touch the two countries
    iy, ix = np.nonzero(~smooth & (side != 0))
    sub = _L2_DIVISIONS
    step2 = g["step"] / sub
    l2_km, l2_smooth, l2_err = _assess(eng, lons[ix], lats[iy], step2, sub)
    a = np.arange(sub + 1) / sub
    fx, fy = a[None, None, :], a[None, :, None]
    base = (
        km[iy, ix][:, None, None] * (1 - fx) * (1 - fy)
        + km[iy, ix + 1][:, None, None] * fx * (1 - fy)
        + km[iy + 1, ix][:, None, None] * (1 - fx) * fy
        + km[iy + 1, ix + 1][:, None, None] * fx * fy
    )
    delta = (l2_km - base).astype(np.float16)
    l2_index = np.full(smooth.shape, -1, dtype=np.int32)
    l2_index[iy, ix] = np.arange(len(iy), dtype=np.int32)

    meta = {**g, "l2_divisions": sub, "line_sha256": line_sha256(line_file), "tolerance_m": GRID_TOLERANCE_M}
    _write_npz(
        path,
        km=km.astype(np.float32),
        smooth=smooth,
        side=side,
        l2_index=l2_index,
        l2_delta=delta,
        l2_smooth=l2_smooth,
        meta=np.array(json.dumps(meta)),
    )
    _grid.cache_clear()
    in_country = side != 0
    return {
        "cells": int(smooth.size),
        "exact_share_l1_in_countries": round(float(1 - smooth[in_country].mean()), 4),
        "l2_cells": int(len(iy)),
        "exact_share_l2": round(float(1 - l2_smooth.mean()), 4),
        "max_centre_error_m_smooth": round(float(max(err_m[smooth].max(), l2_err[l2_smooth].max())), 2),
        "max_float16_offset_error_m": round(float(np.abs(delta.astype(np.float64) - (l2_km - base)).max() * 1000), 3),
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


#: Grid of the nearest-crossing lookup: the region manifest's ``crossing_grid`` (lon0, lat0,
#: step, nx, ny; for the shipped region nodes every 0.05° over the distance grid's extent).
#: A region without one measures every point against every crossing.
_WGS84_A, _WGS84_E2 = 6_378_137.0, 0.00669437999014
_EXACT = 255  # cell code: measure every crossing with Geod.inv


class _CrossingGrid:
    """Which crossing is nearest, and a smooth correction to a cheap distance, on a grid.

    Built once per process and set of crossings (~0.3 s). For each crossing *k* and grid
    node, ``ratio[k]`` = geodesic distance / ``_flat(k)``, where ``_flat`` is a plane
    distance whose metric matches the ellipsoid's at the crossing; the ratio is smooth
    (1 at the crossing, a few per cent off far away), so bilinear interpolation of it
    gives the geodesic distance to well under a metre (benchmarks/RESULTS.md records the
    measured maximum over a million points). A cell is assigned crossing *k* only when
    the geodesic distance, 1-Lipschitz, cannot make another crossing nearer anywhere in
    it: ``min(d_k at corners) + diag < max(d_j at corners) - diag`` for every other *j*.
    Points in other cells (near a Voronoi edge, or within two cell diagonals of a
    crossing) and outside the grid are measured exactly against every crossing.
    """

    def __init__(self, clon: np.ndarray, clat: np.ndarray, geod, spec: dict[str, Any] | None) -> None:
        self.clon, self.clat, self.geod, self.g = clon, clat, geod, spec
        phi = np.radians(clat)
        w = np.sqrt(1.0 - _WGS84_E2 * np.sin(phi) ** 2)
        self.kx = np.radians(_WGS84_A / w * np.cos(phi))  # m per degree of longitude at the crossing
        self.ky = np.radians(_WGS84_A * (1.0 - _WGS84_E2) / w**3)  # m per degree of latitude
        if spec is None:  # no grid: every cell "exact"
            self.code, self.ratio = np.full((1, 1), _EXACT, dtype=np.uint8), np.ones((len(clon), 1, 1))
            return
        g = spec
        lons = g["lon0"] + g["step"] * np.arange(g["nx"])
        lats = g["lat0"] + g["step"] * np.arange(g["ny"])
        mlon, mlat = np.meshgrid(lons, lats)
        k = len(clon)
        d = geod.inv(
            np.broadcast_to(mlon, (k, *mlon.shape)).ravel(),
            np.broadcast_to(mlat, (k, *mlat.shape)).ravel(),
            np.repeat(clon, mlon.size),
            np.repeat(clat, mlon.size),
        )[2].reshape(k, *mlon.shape)
        flat = self._flat(np.arange(k)[:, None, None], mlon[None], mlat[None])
        self.ratio = np.where(flat > 0, d / np.where(flat > 0, flat, 1.0), 1.0)
        corners = np.stack([d[:, :-1, :-1], d[:, :-1, 1:], d[:, 1:, :-1], d[:, 1:, 1:]])
        lo, hi = corners.min(axis=0), corners.max(axis=0)  # (k, ny-1, nx-1)
        diag = _cell_diag_km(lats[:-1, None] + g["step"], g["step"]) * 1000.0 * 1.01  # lower edge: widest cell
        best = lo.argmin(axis=0)
        upper = np.take_along_axis(lo, best[None], axis=0)[0] + diag
        others = np.where(np.arange(k)[:, None, None] == best[None], np.inf, hi - diag).min(axis=0)
        code = best.astype(np.uint8)
        code[~(upper < others)] = _EXACT
        code[np.take_along_axis(lo, best[None], axis=0)[0] < 2 * diag] = _EXACT  # next to a crossing
        self.code = code

    def _flat(self, k, lon, lat) -> np.ndarray:
        return np.hypot(self.kx[k] * (lon - self.clon[k]), self.ky[k] * (lat - self.clat[k]))

    def nearest(self, lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Index of the nearest crossing and its geodesic distance (m) for finite lon/lat."""
        g = self.g if self.g is not None else {"lon0": 0.0, "lat0": 0.0, "step": 1.0, "nx": 0, "ny": 0}  # no grid: all exact
        fx = (lon - g["lon0"]) / g["step"]
        fy = (lat - g["lat0"]) / g["step"]
        inside = (fx >= 0) & (fy >= 0) & (fx < g["nx"] - 1) & (fy < g["ny"] - 1)
        ix = np.where(inside, fx, 0).astype(np.intp)
        iy = np.where(inside, fy, 0).astype(np.intp)
        code = np.where(inside, self.code[iy, ix], _EXACT)
        pick = code.astype(np.intp)
        dist = np.empty(len(lon))
        fast = code != _EXACT
        if fast.any():
            k, i, j = pick[fast], iy[fast], ix[fast]
            tx, ty = fx[fast] - j, fy[fast] - i
            nx = g["nx"]
            base = (k * g["ny"] + i) * nx + j
            r = self.ratio.ravel()
            ratio = (r[base] * (1 - tx) + r[base + 1] * tx) * (1 - ty) + (r[base + nx] * (1 - tx) + r[base + nx + 1] * tx) * ty
            dist[fast] = self._flat(k, lon[fast], lat[fast]) * ratio
        slow = np.flatnonzero(~fast)
        if len(slow):
            n = len(self.clon)
            dd = self.geod.inv(
                np.repeat(lon[slow], n), np.repeat(lat[slow], n), np.tile(self.clon, len(slow)), np.tile(self.clat, len(slow))
            )[2].reshape(len(slow), n)
            pick[slow], dist[slow] = dd.argmin(axis=1), dd.min(axis=1)
        return pick, dist


_XGRID_LOCK = threading.Lock()


@lru_cache(maxsize=4)
def _crossing_grid(key: tuple[tuple[float, float], ...], spec: tuple[tuple[str, Any], ...] | None = None) -> _CrossingGrid:
    with _XGRID_LOCK:
        c = np.array(key, dtype=float)
        return _CrossingGrid(c[:, 0], c[:, 1], geod(), None if spec is None else dict(spec))


def nearest_crossing(lon, lat, crossings, *, region: RegionLike = None) -> tuple[np.ndarray, np.ndarray]:
    """Name of the nearest crossing and its geodesic distance (km) for each point.

    ``crossings`` is a sequence of places (``name``, ``lat``, ``lon``). The nearest is the
    one with the smallest geodesic (WGS84) distance; a grid built once per process and set
    of crossings (:class:`_CrossingGrid`) says which one that is for most points and
    corrects a cheap plane distance to the geodesic one (within a metre); points near a
    tie or a crossing, and outside the region, are measured with ``Geod.inv`` against
    every crossing. None / NaN for missing coordinates or no crossings. ``region`` gives
    the grid's extent (its manifest's ``crossing_grid``; without one, every point is
    measured against every crossing).

    Examples
    --------
    >>> from types import SimpleNamespace as P
    >>> xs = [P(name="Torkham", lon=71.08472, lat=34.11472), P(name="Chaman", lon=66.44472, lat=30.92222)]
    >>> names, km = nearest_crossing([71.5785, 66.0, float("nan")], [34.008, 31.0, 34.0], xs)
    >>> list(names), [round(float(x)) for x in km[:2]], bool(np.isnan(km[2]))
    (['Torkham', 'Chaman', None], [47, 43], True)
    """
    lon, lat, ok = _as_arrays(lon, lat)
    names = np.full(lon.shape, None, dtype=object)
    dist = np.full(lon.shape, np.nan)
    if not len(crossings) or not ok.any():
        return names, dist
    spec = get_region(region).manifest.get("crossing_grid")
    grid = _crossing_grid(tuple((float(c.lon), float(c.lat)) for c in crossings), tuple(sorted(spec.items())) if spec else None)
    pick, best = _blocks(lambda x, y, _: grid.nearest(x, y), lon[ok], lat[ok], None)
    names[ok] = np.array([c.name for c in crossings], dtype=object)[pick]
    dist[ok] = best / 1000.0
    return names, dist
