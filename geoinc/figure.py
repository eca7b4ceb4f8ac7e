"""A static map of incidents for publication: a matplotlib figure (PNG, SVG, PDF).

The same geography and symbols as the HTML map (:mod:`geoinc.maps`): country, province
(and district) outlines, the region's border (the Durand Line), major towns, incidents coloured by type and sized
by people killed, district- and province-level locations drawn beneath the precise ones,
hollow and lighter; a legend, a scale bar and the data attribution. Longitude and latitude
are drawn in a plate carrée with the aspect of the map's middle latitude (distances along
that latitude are true; the scale bar says so).

Uses :class:`matplotlib.figure.Figure` directly (no pyplot state): safe in servers and threads.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from .errors import FigureError
from .incidents import EVENT_TYPES
from .regions import RegionLike, get_region

__all__ = ["FigureError", "incident_figure", "save_figure"]

_LAND, _SEA = "#f7f4ec", "#e3e4e1"  # AF/PK, and everything around them
_NICE_KM = (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000)


def _rings(geometry: dict) -> list[np.ndarray]:
    """Exterior and interior rings (polygons) or parts (lines) of a GeoJSON geometry."""
    t, c = geometry["type"], geometry["coordinates"]
    if t == "Polygon":
        return [np.asarray(r, float) for r in c]
    if t == "MultiPolygon":
        return [np.asarray(r, float) for poly in c for r in poly]
    if t == "LineString":
        return [np.asarray(c, float)]
    if t == "MultiLineString":
        return [np.asarray(p, float) for p in c]
    return []


def _fill_path(features: list[dict]):
    """One compound path of polygons (holes stay holes with the even-odd rule)."""
    from matplotlib.path import Path

    verts, codes = [], []
    for f in features:
        for ring in _rings(f["geometry"]):
            if len(ring) < 3:
                continue
            verts.append(ring[:, :2])
            codes.append(np.r_[Path.MOVETO, np.full(len(ring) - 2, Path.LINETO), Path.CLOSEPOLY])
    if not verts:
        return None
    return Path(np.concatenate(verts), np.concatenate(codes).astype(np.uint8))


def _extent(lon: np.ndarray, lat: np.ndarray, extent, region: RegionLike = None) -> tuple[float, float, float, float]:
    if extent is not None:
        west, south, east, north = (float(v) for v in extent)
        if not (west < east and south < north):
            raise FigureError(f"extent must be (west, south, east, north) with west < east and south < north, got {extent!r}")
        return west, south, east, north
    if len(lon) == 0:
        return get_region(region).bbox  # the whole region
    west, east, south, north = lon.min(), lon.max(), lat.min(), lat.max()
    cx, cy = (west + east) / 2, (south + north) / 2
    half = max(east - west, north - south, 1.2) / 2 * 1.15  # at least ~130 km across, 15 % margin
    return cx - half, cy - half, cx + half, cy + half


def _marker_size(killed: np.ndarray) -> np.ndarray:
    """Marker area (points²): diameter 4 pt plus 1.8 pt per square root of people killed."""
    return (4.0 + 1.8 * np.sqrt(killed)) ** 2


def _scale_bar(ax, west: float, south: float, east: float, north: float) -> str:
    from pyproj import Geod

    mid = (south + north) / 2
    _, _, width_m = Geod(ellps="WGS84").inv(west, mid, east, mid)
    target = width_m / 1000 / 5
    km = max((k for k in _NICE_KM if k <= target), default=_NICE_KM[0])
    deg = (east - west) * km * 1000 / width_m
    x0, y0 = west + (east - west) * 0.04, south + (north - south) * 0.04
    ax.plot([x0, x0 + deg], [y0, y0], color="#222", lw=3, solid_capstyle="butt", zorder=20, gid="scale-bar")
    label = f"{km:g} km (at {mid:.1f}°N)"
    ax.text(x0, y0 + (north - south) * 0.012, label, fontsize=7, color="#222", zorder=20, va="bottom", gid="scale-bar-label")
    return label


def incident_figure(
    gdf,
    *,
    title: str | None = None,
    extent: Sequence[float] | None = None,
    figsize: tuple[float, float] = (8.0, 7.5),
    dpi: int = 150,
    bands_km: Sequence[float] | None = None,
    towns: bool = True,
    legend: bool = True,
    region: RegionLike = None,
):
    """A publication map of incidents as a matplotlib :class:`~matplotlib.figure.Figure`.

    Parameters
    ----------
    gdf : GeoDataFrame
        Incidents as from :func:`geoinc.read_incidents` (any CRS; rows without a location
        are not drawn and are counted in the caption).
    title : str, optional
        Figure title.
    extent : (west, south, east, north), optional
        Degrees. Default: the incidents with a margin (the whole region if there are none).
    figsize, dpi
        Figure size in inches and resolution for raster output.
    bands_km : sequence of float, optional
        Also shade distance bands either side of the region's border (the Durand Line).
    towns : bool
        Label major towns inside the extent.
    legend : bool
        Event types (with counts), precision symbols, the size key and the line.
    region : str, Path or Region, optional
        Whose outlines, border, towns and extent to draw (default: the shipped region).

    Returns
    -------
    matplotlib.figure.Figure
        Save with ``fig.savefig("map.png")`` (or ``.svg`` / ``.pdf``).

    Raises
    ------
    FigureError
        matplotlib is missing, or a bad argument (the message says which).
    """
    try:
        from matplotlib.figure import Figure
        from matplotlib.lines import Line2D
        from matplotlib.patches import PathPatch
    except ImportError as exc:  # pragma: no cover
        raise FigureError("incident_figure needs matplotlib: pip install 'geoinc[plot]'") from exc
    from .basemap import basemap
    from .coords import lonlat, require_wgs84
    from .maps import EVENT_COLOURS  # one palette for both maps

    gdf = require_wgs84(gdf, FigureError)
    lon, lat, _, _ = lonlat(gdf.geometry.values)
    keep = np.isfinite(lon) & np.isfinite(lat)
    g = gdf.loc[keep]
    lon, lat = lon[keep], lat[keep]
    west, south, east, north = _extent(lon, lat, extent, region)
    base = basemap(tuple(bands_km) if bands_km else (), region)
    first = get_region(region).border()
    sides = base["sides"]

    fig = Figure(figsize=figsize, dpi=dpi, layout="constrained")
    ax = fig.add_subplot()
    ax.set_facecolor(_SEA)
    ax.set_xlim(west, east)
    ax.set_ylim(south, north)
    ax.set_aspect(1 / np.cos(np.radians((south + north) / 2)))
    ax.tick_params(labelsize=7, length=2)
    ax.xaxis.set_major_formatter(lambda v, _: f"{v:g}°E")
    ax.yaxis.set_major_formatter(lambda v, _: f"{v:g}°N")

    land = _fill_path(base["countries"]["features"])
    if land is not None:
        ax.add_patch(PathPatch(land, facecolor=_LAND, edgecolor="#7d7d7d", lw=0.9, zorder=1, gid="countries"))
    for f in base["bands"]["features"]:
        p = _fill_path([f])
        if p is not None:
            k = base["band_labels"].index(f["properties"]["band"])
            alpha = 0.32 - 0.24 * k / max(1, len(base["band_labels"]) - 1)
            colour = "#1f77b4" if f["properties"]["side"] == sides[0] else "#d62728"
            ax.add_patch(PathPatch(p, facecolor=colour, alpha=alpha, lw=0, zorder=1.5))
    span = max(east - west, north - south)
    outlines = [("provinces", "#8c8c8c", 0.7)] + ([("districts", "#cfcfcf", 0.3)] if span <= 4 else [])
    for key, colour, lw in outlines:
        p = _fill_path(base[key]["features"])
        if p is not None:
            ax.add_patch(PathPatch(p, facecolor="none", edgecolor=colour, lw=lw, zorder=2, gid=key))
    for f in base.get("lines", {}).get("features", [base["line"]]):
        for ring in _rings(f["geometry"]):
            ax.plot(ring[:, 0], ring[:, 1], color="#111", lw=1.8, zorder=6, gid=first.id.split(":", 1)[-1])

    if towns:
        max_rank = 1 if span > 10 else 2 if span > 4 else 3
        for name, tlat, tlon, rank in base["towns"]:
            if rank <= max_rank and west < tlon < east and south < tlat < north:
                ax.plot(tlon, tlat, "o", ms=2.2, color="#333", zorder=7)
                ax.annotate(
                    name,
                    (tlon, tlat),
                    xytext=(3, 1),
                    textcoords="offset points",
                    fontsize=6.5,
                    color="#333",
                    zorder=7,
                    fontweight="bold" if rank == 1 else "normal",
                    clip_on=True,
                )

    # incidents: province level, then district level, then precise on top
    etype = (
        g["event_type"].astype(object).where(g["event_type"].isin(EVENT_TYPES), "Other")
        if "event_type" in g
        else pd.Series("Other", index=g.index)
    )
    prec = pd.to_numeric(g["precision"], errors="coerce").fillna(1).to_numpy() if "precision" in g else np.ones(len(g))
    killed = g["killed_best"] if "killed_best" in g else pd.Series(np.nan, index=g.index)
    if "killed_min" in g:
        killed = killed.fillna(g["killed_min"])
    size = _marker_size(pd.to_numeric(killed, errors="coerce").fillna(0).clip(lower=0).to_numpy())
    colours = etype.map(EVENT_COLOURS).to_numpy()
    p3, p2, p1 = prec >= 3, prec == 2, prec < 2
    if p3.any():
        ax.scatter(
            lon[p3],
            lat[p3],
            s=16,
            marker="s",
            facecolors="white",
            edgecolors=colours[p3],
            linewidths=0.9,
            alpha=0.7,
            zorder=8,
            gid="incidents-province",
        )
    if p2.any():
        ax.scatter(
            lon[p2],
            lat[p2],
            s=size[p2],
            facecolors="white",
            edgecolors=colours[p2],
            linewidths=1.0,
            linestyles="--",
            alpha=0.75,
            zorder=9,
            gid="incidents-district",
        )
    if p1.any():
        ax.scatter(
            lon[p1],
            lat[p1],
            s=size[p1],
            c=list(colours[p1]),
            edgecolors="#222",
            linewidths=0.5,
            alpha=0.9,
            zorder=10,
            gid="incidents-precise",
        )

    _scale_bar(ax, west, south, east, north)
    if legend:
        counts = etype.value_counts()
        handles = [
            Line2D([], [], ls="", marker="o", ms=7, mfc=EVENT_COLOURS[t], mec="#222", mew=0.5, label=f"{t} ({counts[t]})")
            for t in EVENT_TYPES
            if counts.get(t, 0)
        ]
        handles += [
            Line2D([], [], ls="", marker="o", ms=7, mfc="white", mec="#555", label="district-level location"),
            Line2D([], [], ls="", marker="s", ms=4.5, mfc="white", mec="#555", label="province-level location"),
            Line2D(
                [],
                [],
                ls="",
                marker="o",
                ms=float(np.sqrt(_marker_size(np.array([10.0]))[0])),
                mfc="#bbb",
                mec="#222",
                label="10 killed (size: people killed)",
            ),
            Line2D([], [], color="#111", lw=1.8, label=", ".join(b.name for b in get_region(region).borders)),
        ]
        ax.legend(handles=handles, loc="upper left", fontsize=7, framealpha=0.92, borderpad=0.6, labelspacing=0.45)
    if title:
        ax.set_title(str(title), fontsize=11, loc="left")
    unplaced = len(gdf) - len(g)
    source = (
        base.get("attribution", "").rstrip(".")
        + f".  {len(g)} incidents mapped"
        + (f", {unplaced} without location" if unplaced else "")
        + "."
    )
    import textwrap

    # a figure-level label: the layout keeps it clear of the axes and their tick labels
    fig.supxlabel(
        "\n".join(textwrap.wrap(source, int(figsize[0] * 21))), x=0.995, ha="right", fontsize=5.5, color="#555", gid="attribution"
    )
    return fig


def save_figure(fig: Any, path, *, dpi: int | None = None):
    """Save a figure; the format follows the suffix (``.png``, ``.svg``, ``.pdf``)."""
    from pathlib import Path

    path = Path(path)
    if path.suffix.lower() not in (".png", ".svg", ".pdf"):
        raise FigureError(f"a static map is written as .png, .svg or .pdf, not {path.suffix or 'no suffix'!r}")
    # metadata without dates keeps SVG and PDF output identical for identical input
    meta = {".png": {"Software": None}, ".svg": {"Date": None}, ".pdf": {"CreationDate": None}}[path.suffix.lower()]
    from matplotlib import rc_context

    with rc_context({"svg.hashsalt": "geoinc"}):  # SVG element ids from a fixed salt, not random
        fig.savefig(path, dpi=dpi or fig.dpi, metadata=meta)
    return path
