"""Incidents against a region's border (the shipped region's Durand Line): proximity
columns, banded casualty tables, a profile plot.

GeoDataFrame in (EPSG:4326, or anything ``to_crs`` can convert), a copy or a table out.
Each function takes ``region=`` and ``border=`` as :func:`geoinc.border.border_km` does.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from .errors import AnalysisError, GeoincError
from .regions import RegionLike

__all__ = [
    "AMBIGUOUS",
    "DEFAULT_BANDS_KM",
    "IMPRECISE",
    "NO_LOCATION",
    "SUMMARY_BY",
    "border_proximity",
    "border_profile",
    "border_summary",
    "plot_border_profile",
]

#: Distance bands (km) used by :func:`border_summary` and the maps.
DEFAULT_BANDS_KM = (10, 25, 50, 100)
#: Band label of incidents too imprecise to place in a band (see :func:`border_summary`).
IMPRECISE = "imprecise"
#: Band label of incidents whose place name fits several places (status "ambiguous").
AMBIGUOUS = "ambiguous"
#: Band label of incidents without a location.
NO_LOCATION = "no location"
#: Derived ``by`` keys accepted besides any column name.
SUMMARY_BY = ("month", "year", "week", "event_type", "admin1", "actor", "country", "verification")


def _wgs84(gdf):
    from .coords import require_wgs84

    return require_wgs84(gdf, AnalysisError)


def border_proximity(gdf, *, crossings: bool = True, region: RegionLike = None, border: str | None = None):
    """Add border proximity columns to a copy of ``gdf`` (default: the shipped region's Durand Line).

    Columns added: ``border_km`` (geodesic km to the line), ``side`` (one of the border's
    two countries, "AF" or "PK" for the Durand Line, or "outside"), ``side_matches_country``
    (True/False, <NA> without a country or location), and with ``crossings=True``
    ``nearest_crossing`` and ``crossing_km`` (the region gazetteer's ``crossing`` places).
    Rows without geometry get NaN / None, not an error. Vectorised (see
    :mod:`geoinc.border`; ``region`` and ``border`` as in :func:`geoinc.border.border_km`).

    Examples
    --------
    >>> import geopandas as gpd
    >>> from shapely import Point
    >>> g = gpd.GeoDataFrame({"country": ["AF", "PK"]}, geometry=[Point(69.17, 34.53), None], crs=4326)
    >>> out = border_proximity(g)
    >>> out["side"].iloc[0], bool(out["side"].isna().iloc[1]), bool(out["border_km"].isna().iloc[1])
    ('AF', True, True)
    """
    from .border import border_km, nearest_crossing, side_of, sides

    gdf = _wgs84(gdf)
    out = gdf.copy()
    from .coords import lonlat

    lon, lat, _, _ = lonlat(gdf.geometry.values)
    out["border_km"] = border_km(lon, lat, region=region, border=border)
    side = side_of(lon, lat, region=region, border=border)
    out["side"] = side
    match = pd.array(np.full(len(out), pd.NA), dtype="boolean")
    if "country" in out:
        cc = out["country"].to_numpy(dtype=object, na_value=None)
        known = np.isin(cc, list(sides(region, border)[:-1])) & pd.notna(side)
        match[known] = cc[known] == side[known]
    out["side_matches_country"] = match
    if crossings:
        from .gazetteer import Gazetteer

        xs = Gazetteer.default(region).places_of_kind("crossing")
        names, km = nearest_crossing(lon, lat, xs, region=region)
        out["nearest_crossing"] = names
        out["crossing_km"] = km
    return out


def _bands(bands_km: Sequence[float]) -> list[float]:
    try:
        edges = [float(b) for b in bands_km]
    except (TypeError, ValueError):
        raise AnalysisError(f"bands_km must be increasing positive numbers, e.g. {DEFAULT_BANDS_KM}") from None
    if not edges or any(b <= 0 or not np.isfinite(b) for b in edges) or any(b >= c for b, c in zip(edges, edges[1:])):
        raise AnalysisError(f"bands_km must be increasing positive numbers, e.g. {DEFAULT_BANDS_KM}; got {bands_km!r}")
    return edges


def band_labels(bands_km: Sequence[float] = DEFAULT_BANDS_KM) -> list[str]:
    """Labels of the distance bands, nearest first ("0–10 km", ..., "≥100 km")."""
    e = _bands(bands_km)
    fmt = lambda x: f"{x:g}"  # noqa: E731
    return [f"{fmt(a)}–{fmt(b)} km" for a, b in zip([0.0, *e[:-1]], e)] + [f"≥{fmt(e[-1])} km"]


def assign_bands(border_km, precision, uncertainty_km, bands_km: Sequence[float] = DEFAULT_BANDS_KM, ambiguous=None) -> np.ndarray:
    """Band label per incident, precision-aware.

    The rule: an incident goes into the band of its ``border_km`` only if it is located
    at district level or better (``precision`` 1 or 2) **and** its ``uncertainty_km`` is
    no wider than that band (the last, open band has no width limit). Otherwise it is
    :data:`IMPRECISE`; a place name that fits several places (``ambiguous`` True) is
    :data:`AMBIGUOUS`; without a distance it is :data:`NO_LOCATION`. Missing precision
    counts as 1, missing uncertainty as 0 (coordinates given as exact).
    """
    e = np.array(_bands(bands_km))
    labels = np.array(band_labels(bands_km), dtype=object)
    d = np.asarray(border_km, dtype=float)
    prec = pd.to_numeric(pd.Series(precision), errors="coerce").fillna(1).to_numpy()
    unc = pd.to_numeric(pd.Series(uncertainty_km), errors="coerce").fillna(0).to_numpy()
    idx = np.searchsorted(e, np.where(np.isfinite(d), d, 0), side="right")  # 0..len(e)
    width = np.diff(np.concatenate([[0.0], e, [np.inf]]))[idx]
    out = labels[idx]
    out[(prec >= 3) | (unc > width)] = IMPRECISE
    if ambiguous is not None:
        out[np.asarray(ambiguous, dtype=bool)] = AMBIGUOUS
    out[~np.isfinite(d)] = NO_LOCATION
    return out


def _by_columns(df: pd.DataFrame, by) -> tuple[pd.DataFrame, list[str]]:
    if by is None:
        return df, []
    keys = [by] if isinstance(by, str) else list(by)
    for k in keys:
        if k in ("month", "year", "week"):
            if "date" not in df:
                raise AnalysisError(f"by={k!r} needs a 'date' column")
            start = pd.to_datetime(df["date"], errors="coerce")
            end = _date_end(df, start)
            df[k] = _period_labels(start, k, end)
        elif k not in df:
            raise AnalysisError(f"by={k!r}: no such column; use one of {', '.join(SUMMARY_BY)} or a column name")
        if not isinstance(df[k].dtype, pd.CategoricalDtype):
            df[k] = df[k].astype(object).where(df[k].notna(), "unknown")
    return df, keys


def _date_end(df: pd.DataFrame, start: pd.Series) -> pd.Series:
    """Last day each row may lie on: ``date_end``, else from ``date_precision``, else ``date``."""
    end = pd.to_datetime(df["date_end"], errors="coerce") if "date_end" in df else pd.Series(pd.NaT, index=df.index)
    if "date_precision" in df:
        prec = df["date_precision"].astype(object).to_numpy()
        derived = start.copy()
        for p, off in (("week", pd.Timedelta(days=6)), ("month", pd.offsets.MonthEnd(0)), ("year", pd.offsets.YearEnd(0))):
            m = prec == p
            if m.any():
                derived[m] = start[m] + off
        end = end.fillna(derived)
    return end.fillna(start)


def _period_codes(dates: pd.Series, period: str) -> np.ndarray:
    if period == "month":
        return (dates.dt.year * 100 + dates.dt.month).to_numpy(dtype=float, na_value=np.nan)
    if period == "year":
        return dates.dt.year.to_numpy(dtype=float, na_value=np.nan)
    iso = dates.dt.isocalendar()
    return (iso["year"].astype("float") * 100 + iso["week"].astype("float")).to_numpy(dtype=float, na_value=np.nan)


def _period_label(period: str, a: float, b: float, ya: float, yb: float, ma: float, mb: float) -> str:
    """One label per distinct (start, end) period pair (see :func:`_period_labels`)."""
    one = {
        "month": lambda c: f"{int(c) // 100:04d}-{int(c) % 100:02d}",
        "year": lambda c: f"{int(c):04d}",
        "week": lambda c: f"{int(c) // 100:04d}-W{int(c) % 100:02d}",
    }[period]
    if a < 0:
        return "unknown"
    if a == b:
        return one(a)
    if period == "week" and ya == yb and ma == mb:
        return f"{int(ya):04d}-{int(ma):02d} (week unknown)"
    if period != "year" and ya == yb and ma == 1 and mb == 12:
        return f"{int(ya):04d} ({period} unknown)"
    return f"{one(a)}…{one(b)}"


def _period_labels(dates: pd.Series, period: str, end: pd.Series | None = None) -> pd.Categorical:
    """ "YYYY-MM", "YYYY" or ISO "YYYY-Www" labels, formatted once per distinct period (fast on 1M rows).

    A row known only to a longer span than one period gets its own label, never the
    first period of its span: a year-only date in a monthly table "2025 (month
    unknown)", a month-only date in a weekly table "2026-03 (week unknown)", any other
    span its first and last period, "2026-02…2026-03".
    """
    end = dates if end is None else end
    a = np.nan_to_num(_period_codes(dates, period), nan=-1)
    b = np.nan_to_num(_period_codes(end, period), nan=-1)
    b = np.where(b < 0, a, b)
    ya = np.nan_to_num(dates.dt.year.to_numpy(dtype=float, na_value=np.nan), nan=-1)
    yb = np.nan_to_num(end.dt.year.to_numpy(dtype=float, na_value=np.nan), nan=-1)
    ma = np.nan_to_num(dates.dt.month.to_numpy(dtype=float, na_value=np.nan), nan=-1)
    mb = np.nan_to_num(end.dt.month.to_numpy(dtype=float, na_value=np.nan), nan=-1)
    keys = np.column_stack([a, b, ya, yb, ma, mb])
    uniq, inv = np.unique(keys, axis=0, return_inverse=True)
    labels = np.array([_period_label(period, *row) for row in uniq], dtype=object)
    return pd.Categorical(labels[inv.ravel()])


def border_summary(
    gdf, *, bands_km: Sequence[float] = DEFAULT_BANDS_KM, by=None, region: RegionLike = None, border: str | None = None
) -> pd.DataFrame:
    """Incidents and casualties per distance band and side of a region's border (default:
    the shipped region's Durand Line).

    Parameters
    ----------
    gdf : GeoDataFrame
        Incidents (as from :func:`geoinc.read_incidents`); proximity columns are
        computed if missing.
    bands_km : sequence of float
        Band edges in km, increasing: (10, 25, 50, 100) gives 0–10, 10–25, 25–50,
        50–100 and ≥100 km.
    by : str or list of str, optional
        Further split by "month", "year", "week", "event_type", "admin1", "actor",
        "country", "verification" or any column.
    region, border : optional
        As in :func:`geoinc.border.border_km`; used when the proximity columns are
        computed here, and for the order of the sides.

    Returns
    -------
    pandas.DataFrame
        One row per (by..., side, band) seen, with ``incidents``, ``killed_best`` (where
        only a minimum is reported, "at least 20", the minimum counts), ``killed_min``,
        ``killed_max`` (NaN when a figure in the group is open-ended), ``killed_unknown``
        (incidents with no killed figure), ``injured_best`` and ``civilians_killed``. Bands are precision-aware (:func:`assign_bands`):
        province-level or too uncertain incidents are counted in the ``imprecise`` band,
        place names that fit several places in ``ambiguous``, incidents without location in
        ``no location``; every input row is counted once. With ``by="month"`` (or
        "week", "year") a row known only to a longer span gets its own row (see
        :func:`_period_labels`).
    """
    have = {"border_km", "side"} <= set(gdf.columns)
    src = gdf if have else border_proximity(gdf, crossings=False, region=region, border=border)
    n = len(src)
    get = lambda c: pd.to_numeric(src[c], errors="coerce") if c in src else pd.Series(np.nan, index=src.index)  # noqa: E731
    lo, best, hi = get("killed_min"), get("killed_best"), get("killed_max")
    best_sum = best.fillna(lo).fillna(hi)  # "at least 20" (min only) counts as 20
    df = pd.DataFrame(
        {
            "side": src["side"].astype(object).where(src["side"].notna(), "unknown").to_numpy(),
            "band": assign_bands(
                src["border_km"].to_numpy(),
                get("precision").to_numpy() if "precision" in src else np.ones(n),
                get("uncertainty_km").to_numpy(),
                bands_km,
                (src["status"] == "ambiguous").to_numpy() if "status" in src else None,
            ),
            "incidents": np.ones(n, dtype=np.int64),
            "killed_best": best_sum.to_numpy(),
            "killed_min": lo.fillna(best).to_numpy(),
            "killed_max": hi.fillna(best).to_numpy(),
            "open_ended": (hi.isna() & best_sum.notna()).to_numpy().astype(np.int64),
            "killed_unknown": best_sum.isna().to_numpy().astype(np.int64),
            "injured_best": get("injured_best").fillna(get("injured_min")).fillna(get("injured_max")).to_numpy(),
            "civilians_killed": get("civilians_killed").to_numpy(),
        }
    )
    for k in (
        "month",
        "year",
        "week",
        "event_type",
        "admin1",
        "actor",
        "country",
        "verification",
        "date",
        "date_end",
        "date_precision",
    ):
        if k in src:
            df[k] = src[k].to_numpy()
    extra = [] if by is None else ([by] if isinstance(by, str) else list(by))
    for k in extra:
        if k in src and k not in df:
            df[k] = src[k].to_numpy()
    df, keys = _by_columns(df, by)
    band_order = [*band_labels(bands_km), IMPRECISE, AMBIGUOUS, NO_LOCATION]
    df["side"] = pd.Categorical(df["side"], categories=_side_order(df["side"], region, border), ordered=True)
    df["band"] = pd.Categorical(df["band"], categories=band_order, ordered=True)
    sums = ["incidents", "killed_best", "killed_min", "killed_max", "killed_unknown", "injured_best", "civilians_killed", "open_ended"]
    table = df.groupby([*keys, "side", "band"], observed=True, sort=True)[sums].sum(min_count=0).reset_index()
    # a group holding an open-ended figure ("at least 20") has no upper bound
    table.loc[table["open_ended"] > 0, "killed_max"] = np.nan
    table = table.drop(columns="open_ended")
    for c in (*keys, "side", "band"):
        table[c] = table[c].astype(object)
    return table


def _side_order(values, region: RegionLike, border: str | None) -> list[str]:
    """The border's countries, "outside", "unknown", then any other value seen (sorted)."""
    from .border import sides

    order = [*sides(region, border), "unknown"]
    return order + sorted(set(pd.unique(values)) - set(order) - {None})


def border_profile(
    gdf, *, bands_km: Sequence[float] = DEFAULT_BANDS_KM, region: RegionLike = None, border: str | None = None
) -> tuple[pd.DataFrame, int]:
    """What :func:`plot_border_profile` draws: :func:`border_summary` rows on either side
    of the border (Afghan or Pakistani for the Durand Line) in a distance band, and the
    number of incidents left out (imprecise, ambiguous, unlocated, or outside both countries)."""
    from .border import sides

    table = border_summary(gdf, bands_km=bands_km, region=region, border=border)
    labels = band_labels(bands_km)
    drawn = table["side"].isin(sides(region, border)[:2]) & table["band"].isin(labels)
    return table[drawn].reset_index(drop=True), int(table.loc[~drawn, "incidents"].sum())


def plot_border_profile(
    gdf,
    *,
    bands_km: Sequence[float] = DEFAULT_BANDS_KM,
    title: str | None = None,
    region: RegionLike = None,
    border: str | None = None,
):
    """Incidents and people killed per distance band of a region's border, its first country
    left of zero, the second right (for the Durand Line: Afghanistan, Pakistan; matplotlib
    ``Figure``; needs the ``plot`` extra).

    It draws exactly what :func:`border_summary` counts with the same ``bands_km``
    (:func:`border_profile`): a bar per side and band; the open last band is drawn one
    band wide. Imprecise, ambiguous and unlocated incidents are counted in the title.
    """
    try:
        import matplotlib

        matplotlib.use("Agg", force=False)
        import matplotlib.pyplot as plt
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise GeoincError("plot_border_profile needs matplotlib: pip install 'geoinc[plot]'") from exc
    edges = [0.0, *_bands(bands_km)]
    last = edges[-1] + (edges[-1] - edges[-2])
    lo_hi = {lab: (a, b) for lab, a, b in zip(band_labels(bands_km), edges, [*edges[1:], last])}
    table, left_out = border_profile(gdf, bands_km=bands_km, region=region, border=border)
    line_name, (left_name, right_name), left_cc = _names(region, border)
    fig, (a1, a2) = plt.subplots(2, 1, figsize=(9, 6), sharex=True, constrained_layout=True)
    for _, row in table.iterrows():  # one bar per (side, band): a handful of rows
        a, b = lo_hi[row["band"]]
        sign = -1 if row["side"] == left_cc else 1
        left, width = (sign * b, b - a) if sign < 0 else (a, b - a)
        colour = "#1f77b4" if sign < 0 else "#d62728"
        a1.bar(left, row["incidents"], width=width * 0.95, align="edge", color=colour, gid=f"{row['side']}|{row['band']}")
        a2.bar(
            left, np.nan_to_num(row["killed_best"]), width=width * 0.95, align="edge", color=colour, gid=f"{row['side']}|{row['band']}"
        )
    ticks = [-x for x in reversed(edges[1:])] + edges
    for a in (a1, a2):
        a.axvline(0, color="black", lw=1)
        a.grid(axis="y", alpha=0.3)
        a.set_xlim(-last, last)
    a2.set_xticks(ticks, [f"{abs(t):g}" for t in ticks])
    a1.set_ylabel("incidents")
    a2.set_ylabel("killed (best estimate)")
    a2.set_xlabel(f"distance to the {line_name}, km ({left_name} < 0 < {right_name}; the outer bars are ≥{edges[-1]:g} km)")
    drawn = int(table["incidents"].sum())
    fig.suptitle(
        title
        or f"Incidents by distance to the {line_name} (n={drawn}; {left_out} imprecise, ambiguous, unlocated or outside left out)"
    )
    return fig


def _names(region: RegionLike, border: str | None) -> tuple[str, tuple[str, str], str]:
    """Name of the border, names of its two countries (from the region's gazetteer), code of the first."""
    from .gazetteer import Gazetteer
    from .regions import get_region

    b = get_region(region).border(border)
    g = Gazetteer.default(region)
    names = tuple(p.name if (p := g.get(f"country:{cc}")) is not None else cc for cc in b.countries[:2])
    return b.name, (names[0], names[1]), b.countries[0]
