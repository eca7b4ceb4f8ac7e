"""Incident records: the schema, readers (CSV, JSON, GeoJSON, GeoPackage, frames; ACLED
and UCDP GED exports) and per-row validation.

:func:`read_incidents` always returns **one row per input row, in order**, as a
GeoDataFrame in EPSG:4326. A row that cannot be parsed or placed keeps an empty
geometry, ``status`` "invalid" or "unresolved", and a ``message`` naming the row and
the reason. The schema is documented in ``docs/incidents.md``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .errors import GeoincError

__all__ = [
    "DATE_PRECISIONS",
    "EVENT_TYPES",
    "INCIDENT_COLUMNS",
    "IncidentError",
    "REGION_BBOX",
    "VERIFICATIONS",
    "format_sources",
    "parse_sources",
    "read_incidents",
]


class IncidentError(GeoincError, ValueError):
    """An incident table that cannot be read at all (missing columns, wrong encoding, ...).

    Problems with single rows never raise: they are reported per row.
    """


#: Event types, ACLED sub-event-type compatible (``event_subtype`` is free text).
EVENT_TYPES = (
    "Air/drone strike",
    "Shelling/artillery/missile attack",
    "Suicide bomb",
    "Remote explosive/landmine/IED",
    "Armed clash",
    "Attack",
    "Other",
)
#: How precisely the date is known; ``date`` is the first day of the period.
DATE_PRECISIONS = ("day", "week", "month", "year")
#: How the reporting describes the event's truth.
VERIFICATIONS = ("confirmed", "reported", "claimed", "disputed", "denied", "unverified")
#: lon/lat box of the region (Afghanistan and Pakistan with a margin) for the swap check.
REGION_BBOX = (60.0, 23.0, 78.5, 39.0)

#: Columns of the frame :func:`read_incidents` returns (before ``geometry``).
INCIDENT_COLUMNS = (
    "id", "date", "date_precision", "event_type", "event_subtype", "actor", "location", "country",
    "admin1", "killed_min", "killed_best", "killed_max", "injured_min", "injured_best", "injured_max",
    "civilians_killed", "sources", "verification", "notes",
    "place", "place_id", "lat", "lon", "precision", "uncertainty_km", "geocode_status",
    "status", "message",
)  # fmt: skip
_CASUALTIES = ("killed_min", "killed_best", "killed_max", "injured_min", "injured_best", "injured_max",
               "civilians_killed")  # fmt: skip

# ----------------------------------------------------------------------------- source formats
_ACLED = {
    "event_id_cnty": "id", "event_date": "date", "sub_event_type": "event_type", "actor1": "actor",
    "location": "location", "country": "country", "admin1": "admin1", "latitude": "lat",
    "longitude": "lon", "geo_precision": "precision", "fatalities": "killed_best", "notes": "notes",
    "source": "sources",
}  # fmt: skip
_UCDP = {
    "id": "id", "date_start": "date", "side_a": "actor", "where_coordinates": "location",
    "country": "country", "adm_1": "admin1", "latitude": "lat", "longitude": "lon", "best": "killed_best",
    "low": "killed_min", "high": "killed_max", "deaths_civilians": "civilians_killed",
    "source_article": "sources", "where_description": "notes",
}  # fmt: skip
_UCDP_PRECISION = {1: 1, 2: 1, 3: 2, 4: 3, 5: 3, 6: 3, 7: 3}  # where_prec -> ACLED-style geo precision
_UCDP_VIOLENCE = {1: "Armed clash", 2: "Armed clash", 3: "Attack"}
_ACLED_TIME_PRECISION = {1: "day", 2: "week", 3: "month"}
_COUNTRY_NAMES = {"afghanistan": "AF", "pakistan": "PK", "iran": "IR", "india": "IN", "china": "CN",
                  "tajikistan": "TJ", "uzbekistan": "UZ", "turkmenistan": "TM"}  # fmt: skip
_EVENT_ALIASES = {
    "airstrike": "Air/drone strike", "air strike": "Air/drone strike", "drone strike": "Air/drone strike",
    "air/drone strike": "Air/drone strike", "shelling": "Shelling/artillery/missile attack",
    "artillery": "Shelling/artillery/missile attack", "missile attack": "Shelling/artillery/missile attack",
    "suicide bombing": "Suicide bomb", "ied": "Remote explosive/landmine/IED",
    "remote explosive": "Remote explosive/landmine/IED", "landmine": "Remote explosive/landmine/IED",
    "clash": "Armed clash", "armed clash": "Armed clash", "attack": "Attack",
}  # fmt: skip


def detect_format(columns: Iterable[str]) -> str:
    """'acled', 'ucdp' or 'geoinc' from a table's column names."""
    cols = set(columns)
    if {"event_date", "sub_event_type"} <= cols or {"event_id_cnty", "event_date"} <= cols:
        return "acled"
    if {"date_start", "where_coordinates"} <= cols or {"date_start", "best", "high", "low"} <= cols:
        return "ucdp"
    return "geoinc"


# ----------------------------------------------------------------------------- sources field
def format_sources(items: Iterable[tuple[str, str]]) -> str:
    """[(outlet, url), ...] -> "Outlet <url>; Outlet2 <url2>" (the ``sources`` cell format)."""
    return "; ".join(f"{o.strip()} <{u.strip()}>" if u else o.strip() for o, u in items)


def parse_sources(cell: Any) -> list[tuple[str, str]]:
    """The ``sources`` cell -> [(outlet, url)]; a bare URL gets its host as outlet.

    Examples
    --------
    >>> parse_sources("Drop Site News <https://dropsitenews.com/x>; UNAMA")
    [('Drop Site News', 'https://dropsitenews.com/x'), ('UNAMA', '')]
    """
    if not isinstance(cell, str) or not cell.strip():
        return []
    out = []
    for part in re.split(r";\s*", cell.strip()):
        if not part:
            continue
        m = re.fullmatch(r"(.*?)\s*<\s*(\S+)\s*>", part)
        if m:
            out.append((m.group(1).strip(), m.group(2)))
        elif re.match(r"https?://", part):
            out.append((re.sub(r"^https?://(www\.)?([^/]+).*$", r"\2", part), part))
        else:
            out.append((part.strip(), ""))
    return out


# ----------------------------------------------------------------------------- reading
def _read_table(source: Any) -> tuple[pd.DataFrame, Any, str]:
    """Raw table (all cells as read), its geometry (or None) and a label for messages."""
    import geopandas as gpd

    if isinstance(source, gpd.GeoDataFrame):
        from .coords import require_wgs84

        gdf = require_wgs84(source, IncidentError)
        return pd.DataFrame(gdf.drop(columns=gdf.geometry.name)), gdf.geometry.reset_index(drop=True), "frame"
    if isinstance(source, pd.DataFrame):
        return source.copy(), None, "frame"
    if not isinstance(source, (str, Path)):
        raise IncidentError(f"read_incidents takes a path or a DataFrame, got {type(source).__name__}")
    path = Path(source)
    if not path.is_file():
        raise IncidentError(f"{path}: no such file")
    suffix = path.suffix.lower()
    if suffix == ".gpkg":
        import pyogrio

        table, geoms, _ = _read_table(pyogrio.read_dataframe(path))
        return table, geoms, str(path)
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IncidentError(
            f"{path}: not UTF-8 (byte {exc.start}: {raw[exc.start:exc.start + 1]!r}); re-save it as UTF-8 "
            "(e.g. iconv -f WINDOWS-1252 -t UTF-8)"
        ) from None
    if suffix in (".geojson", ".json"):
        return _read_json(text, path)
    if suffix in (".csv", ".txt", ".tsv"):
        import io

        sep = "\t" if suffix == ".tsv" else ","
        df = pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False, na_values=[])
        return df, None, str(path)
    raise IncidentError(f"{path}: unknown format {suffix!r}; use .csv, .json, .geojson or .gpkg")


def _read_json(text: str, path: Path) -> tuple[pd.DataFrame, Any, str]:
    import shapely

    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise IncidentError(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno})") from None
    if isinstance(doc, dict) and doc.get("type") == "FeatureCollection":
        feats = doc.get("features") or []
        props = [dict(f.get("properties") or {}) for f in feats]
        geoms = [shapely.from_geojson(json.dumps(f["geometry"])) if f.get("geometry") else None for f in feats]
        crs = ((doc.get("crs") or {}).get("properties") or {}).get("name")
        df = pd.DataFrame(props)
        if crs and not re.search(r"CRS84|EPSG:?:?4326$", crs):
            import geopandas as gpd

            try:
                series = gpd.GeoSeries(geoms, crs=crs).to_crs("EPSG:4326")
            except Exception as exc:  # pyproj/CRS errors vary by version
                raise IncidentError(f"{path}: declares CRS {crs!r}, which cannot be converted to WGS84: {exc}") from None
            df["__crs_note"] = f"reprojected from {crs} (RFC 7946 GeoJSON is WGS84 lon/lat)"
            return df, series.reset_index(drop=True), str(path)
        import geopandas as gpd

        return df, gpd.GeoSeries(geoms, crs="EPSG:4326"), str(path)
    if isinstance(doc, dict):
        doc = doc.get("incidents", doc.get("data", doc))
    if not isinstance(doc, list) or not all(isinstance(r, dict) for r in doc):
        raise IncidentError(f"{path}: expected a list of records, a {{'incidents': [...]}} object or a FeatureCollection")
    return pd.DataFrame(doc), None, str(path)


# ----------------------------------------------------------------------------- parsing helpers
def _blank(v: Any) -> bool:
    if v is None or v is pd.NA or v is pd.NaT:
        return True
    if isinstance(v, str):
        return not v.strip()
    try:
        return bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


def _num(v: Any) -> float | None | str:
    """Number, None for blank, or the string "bad" for a non-number."""
    if _blank(v):
        return None
    try:
        x = float(str(v).strip().replace(",", ""))
    except ValueError:
        return "bad"
    return x if np.isfinite(x) else "bad"


def _date(v: Any) -> pd.Timestamp | None:
    if _blank(v):
        return None
    if isinstance(v, pd.Timestamp):
        return v.normalize()
    text = str(v).strip()
    for fmt in ("%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%Y/%m/%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S",
                "%Y-%m", "%Y"):  # fmt: skip
        try:
            return pd.to_datetime(text, format=fmt).normalize()
        except (ValueError, TypeError):
            continue
    return None


def _country(v: Any) -> str:
    if _blank(v):
        return ""
    text = str(v).strip()
    if len(text) == 2 and text.isalpha():
        return text.upper()
    return _COUNTRY_NAMES.get(text.lower(), text)


# ----------------------------------------------------------------------------- normalising
def _normalise(df: pd.DataFrame, fmt: str) -> tuple[pd.DataFrame, list[list[str]]]:
    """Map a raw table to the schema's input columns; per-row notes on the mapping."""
    n = len(df)
    notes: list[list[str]] = [[] for _ in range(n)]
    out = pd.DataFrame(index=range(n))
    src = df.reset_index(drop=True)
    mapping = {"acled": _ACLED, "ucdp": _UCDP}.get(fmt, {})
    for col in src.columns:
        target = mapping.get(col, col if fmt == "geoinc" else None)
        if target is not None and target not in out:
            out[target] = src[col].to_numpy(dtype=object)
    for alias, target in (("latitude", "lat"), ("longitude", "lon"), ("place_name", "location")):
        if alias in src and target not in out:
            out[target] = src[alias].to_numpy(dtype=object)
    if fmt == "acled":
        out["killed_min"] = out.get("killed_best")
        out["killed_max"] = out.get("killed_best")
        if "time_precision" in src:
            out["date_precision"] = [_ACLED_TIME_PRECISION.get(int(_num(x) or 1), "day")
                                     if _num(x) not in (None, "bad") else "day" for x in src["time_precision"]]  # fmt: skip
        if "event_type" in src and "sub_event_type" in src:
            out["event_subtype"] = src["sub_event_type"].to_numpy(dtype=object)
        if "admin2" in src:
            out["admin2"] = src["admin2"].to_numpy(dtype=object)
    elif fmt == "ucdp":
        if "where_prec" in src:
            out["precision"] = [_UCDP_PRECISION.get(int(x), 3) if _num(x) not in (None, "bad") else None
                                for x in src["where_prec"]]  # fmt: skip
        if "type_of_violence" in src:
            out["event_type"] = [_UCDP_VIOLENCE.get(int(x), "Other") if _num(x) not in (None, "bad") else "Other"
                                 for x in src["type_of_violence"]]  # fmt: skip
        if "date_end" in src:
            prec = []
            for a, b in zip(src["date_start"], src["date_end"]):
                da, db = _date(a), _date(b)
                span = (db - da).days if da is not None and db is not None else 0
                prec.append("day" if span <= 0 else "week" if span <= 7 else "month" if span <= 31 else "year")
            out["date_precision"] = prec
        if "adm_2" in src:
            out["admin2"] = src["adm_2"].to_numpy(dtype=object)
    if "__crs_note" in src:
        for i in range(n):
            notes[i].append(str(src["__crs_note"].iat[i]))
    return out, notes


def _validate(df: pd.DataFrame, label: str, index_labels: list) -> tuple[pd.DataFrame, list[list[str]], np.ndarray]:
    """Parse and check every row. Returns the parsed columns, per-row problems, and an invalid mask."""
    n = len(df)
    problems: list[list[str]] = [[] for _ in range(n)]
    invalid = np.zeros(n, dtype=bool)
    get = lambda c: df[c] if c in df else pd.Series([None] * n, dtype=object)  # noqa: E731

    # ids: given or generated; duplicates are invalid (the first occurrence stays valid)
    ids = [None if _blank(v) else str(v).strip() for v in get("id")]
    seen: dict[str, int] = {}
    for i, v in enumerate(ids):
        if v is None:
            ids[i] = f"row-{index_labels[i]}"
        elif v in seen:
            problems[i].append(f"duplicate id {v!r} (first at row {index_labels[seen[v]]})")
            invalid[i] = True
        else:
            seen[v] = i

    dates = []
    for i, v in enumerate(get("date")):
        d = _date(v)
        if d is None:
            problems[i].append("missing date" if _blank(v) else f"unparseable date {str(v)!r} (use YYYY-MM-DD)")
            invalid[i] = True
        dates.append(d)
    def vocabulary(column: str, default: str, allowed: tuple[str, ...], normalise) -> list[str]:
        """One value per row from a fixed list; anything else makes the row invalid."""
        out = []
        for i, v in enumerate(get(column)):
            t = default if _blank(v) else normalise(str(v).strip())
            if t not in allowed:
                problems[i].append(f"{column} {str(v).strip()!r} is not one of {', '.join(allowed)}")
                invalid[i] = True
            out.append(t)
        return out

    def event_type(t: str) -> str:
        return next((e for e in EVENT_TYPES if e.lower() == t.lower()), _EVENT_ALIASES.get(t.lower(), t))

    precs = vocabulary("date_precision", "day", DATE_PRECISIONS, str.lower)
    etypes = vocabulary("event_type", "Other", EVENT_TYPES, event_type)
    verif = vocabulary("verification", "reported", VERIFICATIONS, str.lower)

    cas = {}
    for c in _CASUALTIES:
        vals = []
        for i, v in enumerate(get(c)):
            x = _num(v)
            if x == "bad":
                problems[i].append(f"{c} {str(v)!r} is not a number")
                invalid[i] = True
                x = None
            elif x is not None and x < 0:
                problems[i].append(f"{c} is negative ({x:g})")
                invalid[i] = True
                x = None
            vals.append(np.nan if x is None else x)
        cas[c] = np.array(vals, dtype=float)
    for kind in ("killed", "injured"):
        lo, best, hi = cas[f"{kind}_min"], cas[f"{kind}_best"], cas[f"{kind}_max"]
        for i in range(n):
            pairs = [(lo[i], best[i], "min", "best"), (best[i], hi[i], "best", "max"), (lo[i], hi[i], "min", "max")]
            bad = [f"{kind}_{a} {x:g} > {kind}_{b} {y:g}" for x, y, a, b in pairs if x == x and y == y and x > y]
            if bad:
                problems[i].append("; ".join(bad[:1]))
                invalid[i] = True

    out = pd.DataFrame({
        "id": ids,
        "date": pd.to_datetime(pd.Series(dates, dtype=object)),
        "date_precision": precs,
        "event_type": etypes,
        "event_subtype": [None if _blank(v) else str(v) for v in get("event_subtype")],
        "actor": [None if _blank(v) else str(v) for v in get("actor")],
        "location": [None if _blank(v) else str(v).strip() for v in get("location")],
        "country": [_country(v) for v in get("country")],
        "admin1": [None if _blank(v) else str(v).strip() for v in get("admin1")],
        **cas,
        "sources": [None if _blank(v) else str(v) for v in get("sources")],
        "verification": verif,
        "notes": [None if _blank(v) else str(v) for v in get("notes")],
    })  # fmt: skip
    return out, problems, invalid


def _coordinates(df: pd.DataFrame, geoms, problems, n: int, label_of) -> tuple[np.ndarray, np.ndarray, list]:
    """lat/lon from columns or geometry, with range, NaN and swap checks. ``given[i]`` says
    whether row i came with usable coordinates."""
    lat = np.full(n, np.nan)
    lon = np.full(n, np.nan)
    given = [False] * n
    has_cols = "lat" in df and "lon" in df
    for i in range(n):
        la = lo = None
        if geoms is not None and geoms.iloc[i] is not None and not geoms.iloc[i].is_empty:
            g = geoms.iloc[i]
            if g.geom_type != "Point":
                g = g.representative_point()
                problems[i].append("non-point geometry: its representative point is used")
            lo, la = g.x, g.y
        elif has_cols:
            la, lo = _num(df["lat"].iat[i]), _num(df["lon"].iat[i])
            if la is None and lo is None:
                continue
            if la in (None, "bad") or lo in (None, "bad"):
                problems[i].append(f"lat/lon {df['lat'].iat[i]!r}, {df['lon'].iat[i]!r} not both numbers; geocoding "
                                   "the location instead")  # fmt: skip
                continue
        else:
            continue
        if not (-90 <= la <= 90 and -180 <= lo <= 180):
            if -90 <= lo <= 90 and -180 <= la <= 180 and _in_region(la, lo):
                problems[i].append(f"lat/lon look swapped ({la:g}, {lo:g}); swapped back")
                la, lo = lo, la
            else:
                problems[i].append(f"lat/lon out of range ({la:g}, {lo:g}); geocoding the location instead")
                continue
        elif not _in_region(lo, la) and _in_region(la, lo):
            problems[i].append(f"lat/lon look swapped ({la:g}, {lo:g} is outside the region, the swap inside); "
                               "swapped back")  # fmt: skip
            la, lo = lo, la
        lat[i], lon[i], given[i] = la, lo, True
    return lat, lon, given


def _in_region(lon: float, lat: float) -> bool:
    x0, y0, x1, y1 = REGION_BBOX
    return x0 <= lon <= x1 and y0 <= lat <= y1


def read_incidents(source: Any, *, country: str | None = None, gazetteer=None, progress: bool = False):
    """Read incidents into the schema, geocoding rows that have no coordinates.

    Parameters
    ----------
    source : path or DataFrame
        CSV, JSON (list of records), GeoJSON, GeoPackage, or a (Geo)DataFrame. ACLED and
        UCDP GED exports are recognised by their columns and mapped to the schema.
    country : str, optional
        Default country (ISO alpha-2) for rows without one; used as a geocoding hint.
    gazetteer : Gazetteer, optional
        Where locations are looked up (default: the shipped AF/PK gazetteer).
    progress : bool
        Show a progress bar while geocoding.

    Returns
    -------
    geopandas.GeoDataFrame
        EPSG:4326, columns :data:`INCIDENT_COLUMNS` + ``geometry``; one row per input row,
        in order. ``status``: "ok", "corrected" (a fixable problem was fixed, see
        ``message``), "unresolved" (no location could be placed) or "invalid".

    Raises
    ------
    IncidentError
        The table cannot be read at all: not UTF-8, unknown format, no date column, no
        location and no coordinates columns, a GeoDataFrame without CRS.

    Examples
    --------
    >>> import pandas as pd
    >>> gdf = read_incidents(pd.DataFrame({"date": ["2026-03-02", "yesterday"], "location": ["Ali Sher, Khost", "Kabul"]}))
    >>> list(gdf["status"]), gdf.crs.to_epsg()
    (['ok', 'invalid'], 4326)
    """
    import geopandas as gpd

    from .coords import CRS, points
    from .geocoding import geocode_many

    raw, geoms, label = _read_table(source)
    fmt = detect_format(raw.columns)
    df, notes = _normalise(raw, fmt)
    n = len(df)
    missing = []
    if "date" not in df:
        missing.append("date" if fmt == "geoinc" else {"acled": "event_date", "ucdp": "date_start"}[fmt])
    if "location" not in df and not ({"lat", "lon"} <= set(df.columns)) and geoms is None:
        missing.append("location (or lat and lon)")
    if missing:
        raise IncidentError(f"{label}: missing required column(s): {', '.join(missing)} "
                            f"(found: {', '.join(map(str, raw.columns)) or 'none'})")  # fmt: skip
    index_labels = list(range(1, n + 1))  # 1-based data rows, as a spreadsheet user counts them
    out, problems, invalid = _validate(df, label, index_labels)
    for i in range(n):
        problems[i] = notes[i] + problems[i]
    if country:
        blank_cc = np.array([_blank(c) for c in out["country"]], dtype=bool)
        out.loc[blank_cc, "country"] = country.upper()

    lat, lon, given = _coordinates(df, geoms, problems, n, index_labels)
    precision = pd.array([_num(v) if _num(v) not in ("bad",) else None for v in df.get("precision", [None] * n)],
                         dtype="Int64") if "precision" in df else pd.array([None] * n, dtype="Int64")  # fmt: skip
    unc = np.full(n, np.nan)
    place = [None] * n
    place_id = [None] * n
    gstatus = np.array(["given" if g else "" for g in given], dtype=object)

    # geocode rows without coordinates, grouped by their hints (country, admin1)
    need = [i for i in range(n) if not given[i] and not invalid[i]]
    for i in range(n):
        if not given[i] and invalid[i]:
            gstatus[i] = "skipped"
    groups: dict[tuple, list[int]] = {}
    for i in need:
        loc = out["location"].iat[i]
        if _blank(loc):
            gstatus[i] = "unresolved"
            problems[i].append("no coordinates and no location")
            continue
        cc, a1 = out["country"].iat[i], out["admin1"].iat[i]
        groups.setdefault((None if _blank(cc) else cc, None if _blank(a1) else a1), []).append(i)
    for (cc, a1), rows in groups.items():
        hint_country = cc if cc in ("AF", "PK") else None
        res = geocode_many([out["location"].iat[i] for i in rows], country=hint_country, gazetteer=gazetteer,
                           progress=progress and len(rows) > 200)  # fmt: skip
        if a1:  # the admin1 hint is soft: re-ask with it, keep the answer if it resolves
            res_a1 = geocode_many([f"{out['location'].iat[i]}, {a1}" for i in rows], country=hint_country,
                                  gazetteer=gazetteer)  # fmt: skip
            better = res_a1["status"].isin(["matched", "ambiguous"]).to_numpy()
            res.loc[better] = res_a1.loc[better].to_numpy()
        for k, i in enumerate(rows):
            r = res.iloc[k]
            gstatus[i] = r["status"]
            if r["status"] in ("matched", "ambiguous"):
                lat[i], lon[i] = r["lat"], r["lon"]
                place[i], place_id[i] = r["name"], r["id"]
                precision[i] = int(r["precision"])
                unc[i] = r["uncertainty_km"]
                if r["status"] == "ambiguous":
                    problems[i].append(f"location {out['location'].iat[i]!r}: {r['message']}")
            else:
                problems[i].append(f"location {out['location'].iat[i]!r} not found ({r['message']})")

    # reverse-geocode rows that came with coordinates: admin1 and country from the polygons
    give = [i for i in range(n) if given[i]]
    if give:
        from .gazetteer import admin1_at

        a1s, ccs = admin1_at(lon[give], lat[give])
        for k, i in enumerate(give):
            if _blank(out["admin1"].iat[i]) and a1s[k]:
                out.at[i, "admin1"] = a1s[k]
            if _blank(out["country"].iat[i]) and ccs[k]:
                out.at[i, "country"] = ccs[k]
            if pd.isna(precision[i]):
                precision[i] = 1
            unc[i] = {1: 1.0, 2: 15.0, 3: 100.0}.get(int(precision[i]), 100.0) if np.isnan(unc[i]) else unc[i]

    status = []
    for i in range(n):
        if invalid[i]:
            status.append("invalid")
        elif np.isnan(lat[i]):
            status.append("unresolved")
        elif problems[i]:
            status.append("corrected")
        else:
            status.append("ok")
        if invalid[i]:
            lat[i] = lon[i] = np.nan
    message = [f"row {index_labels[i]}: " + "; ".join(p) if p else "" for i, p in enumerate(problems)]
    out["place"] = place
    out["place_id"] = place_id
    out["lat"] = lat
    out["lon"] = lon
    out["precision"] = precision
    out["uncertainty_km"] = unc
    out["geocode_status"] = gstatus
    out["status"] = status
    out["message"] = message
    out = out[list(INCIDENT_COLUMNS)]
    return gpd.GeoDataFrame(out, geometry=points(lat, lon), crs=CRS)
