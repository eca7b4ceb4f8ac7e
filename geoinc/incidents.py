"""Incident records: read any table of incidents into geoinc's schema, nothing lost.

:func:`read_incidents` returns **one row per input row, in order**, as a GeoDataFrame in
EPSG:4326: the schema columns (:data:`INCIDENT_COLUMNS`), then every other input column
unchanged, then ``geometry``. ACLED, UCDP GED and GTD exports are recognised by their
columns (:mod:`geoinc.formats`); any other table is read by column name, with
``columns={...}`` mapping its names onto the schema's.

A problem touches only what it concerns: a bad date makes the row ``invalid`` but keeps
(and geocodes) its location; an unknown event type keeps everything; given coordinates
are kept unless they themselves are bad. Every replaced value is kept in
``given_values``, so writing the frame (GeoJSON, GeoPackage, CSV) and reading it back
gives the same rows. Reading and validation are column-wise (pandas/numpy); locations
without coordinates are geocoded once per distinct (location, country, admin1, admin2).
The schema is documented in ``docs/incidents.md``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any, cast

import numpy as np
import pandas as pd

from .errors import IncidentColumnError, IncidentError
from .formats import (
    ACLED_SUB_EVENT_TYPES,
    DATE_PRECISIONS,
    EVENT_TYPES,
    FORMATS,
    INCIDENT_COLUMNS,
    SCHEMA_INPUT,
    VERIFICATIONS,
    detect_format,
    to_schema,
)
from .gazetteer import Gazetteer
from .regions import Region, RegionLike, get_region
from .rows import FIX, INVALID, REGION, RowLog, blank, floats, map_distinct, per_value, read_given, text

__all__ = [
    "DATE_PRECISIONS",
    "EVENT_TYPES",
    "INCIDENT_COLUMNS",
    "IncidentError",
    "STATUSES",
    "VERIFICATIONS",
    "detect_format",
    "format_sources",
    "parse_dates",
    "parse_sources",
    "read_incidents",
]

#: Row statuses, from fine to worst (a row takes the worst that applies).
STATUSES = ("ok", "corrected", "out_of_region", "ambiguous", "unresolved", "invalid")
#: Geocoding statuses that mean the coordinates were derived, not given.
_DERIVED = ("matched", "approximate", "ambiguous", "unresolved", "invalid", "skipped")
_CASUALTIES = ("killed_min", "killed_best", "killed_max", "injured_min", "injured_best", "injured_max", "civilians_killed")
_EXACT_INT = 2**53  # counts at or above this cannot be stored exactly as numbers
_PRECISION_KM = {1: 1.0, 2: 15.0, 3: 100.0}
_EVENT_ALIASES = {
    "airstrike": "Air/drone strike",
    "air strike": "Air/drone strike",
    "drone strike": "Air/drone strike",
    "air/drone strike": "Air/drone strike",
    "shelling": "Shelling/artillery/missile attack",
    "artillery": "Shelling/artillery/missile attack",
    "missile attack": "Shelling/artillery/missile attack",
    "suicide bombing": "Suicide bomb",
    "ied": "Remote explosive/landmine/IED",
    "remote explosive": "Remote explosive/landmine/IED",
    "landmine": "Remote explosive/landmine/IED",
    "clash": "Armed clash",
    "armed clash": "Armed clash",
    "attack": "Attack",
}
_COLUMN_SYNONYMS = {
    "date": ("date", "event_date", "date_start", "incident_date", "datetime", "day", "time", "timestamp", "when"),
    "location": ("location", "place", "place_name", "city", "town", "village", "where", "where_coordinates", "site"),
    "lat": ("lat", "latitude", "y"),
    "lon": ("lon", "lng", "long", "longitude", "x"),
}


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


# ----------------------------------------------------------------------------- columns
def _apply_columns(frame: pd.DataFrame, columns: Any, label: str) -> pd.DataFrame:
    if not isinstance(columns, Mapping):
        raise IncidentColumnError(f"columns= takes a mapping such as {{'event_date': 'date'}}, got {type(columns).__name__}")
    names = [str(c) for c in frame.columns]
    for src, dst in columns.items():
        if src not in names:
            near = _close(str(src), names)
            hint = f"; did you mean {near[0]!r}?" if near else f" (found: {', '.join(names[:20])})"
            raise IncidentColumnError(f"{label}: columns={{{src!r}: ...}}: no column {src!r}{hint}")
        if dst not in SCHEMA_INPUT:
            near = _close(str(dst), list(SCHEMA_INPUT))
            raise IncidentColumnError(
                f"columns={{{src!r}: {dst!r}}}: {dst!r} is not a schema column"
                + (f"; did you mean {near[0]!r}?" if near else "")
                + f" (schema: {', '.join(SCHEMA_INPUT)})"
            )
    targets = list(columns.values())
    dup = next((t for t in targets if targets.count(t) > 1), None)
    if dup:
        raise IncidentColumnError(f"columns=: two columns are mapped to {dup!r}; map one")
    clash = [c for c in names if c in targets and c not in columns]
    renamed = frame.rename(columns={c: f"{c}_original" for c in clash})  # the user's own column keeps its data
    return renamed.rename(columns=dict(columns))


def _close(name: str, choices: list[str], limit: int = 3) -> list[str]:
    from rapidfuzz import fuzz, process

    key = name.lower()
    syn = next((v for k, v in _COLUMN_SYNONYMS.items() if key == k), (key,))
    exact = [c for c in choices if c.lower().strip() in syn and c != name]
    fuzzy = [c for c, score, _ in process.extract(key, [c.lower() for c in choices], scorer=fuzz.WRatio, limit=limit) if score >= 80]
    fuzzy = [next(x for x in choices if x.lower() == c) for c in fuzzy]
    return list(dict.fromkeys([*exact, *fuzzy]))[:limit]


def _require(cols: dict, raw_columns: list[str], label: str, fmt: str, has_geometry: bool) -> None:
    missing = []
    if "date" not in cols:
        missing.append("date")
    if "location" not in cols and not ({"lat", "lon"} <= set(cols)) and not has_geometry:
        missing.append("location")
    if not missing:
        return
    hints = []
    for m in missing:
        near = _close(m, raw_columns)
        if near:
            hints.append(f"found {near[0]!r}: pass columns={{{near[0]!r}: {m!r}}} (CLI: --column {near[0]}={m})")
    what = " and ".join(f"{m!r}" if m == "date" else "'location' (or 'lat' and 'lon')" for m in missing)
    fmt_note = "" if fmt == "geoinc" else f" (read as {fmt.upper()})"
    found = "; " + "; ".join(hints) if hints else f"; columns found: {', '.join(raw_columns[:25]) or 'none'}"
    raise IncidentColumnError(f"{label}{fmt_note}: missing required column(s) {what}{found}")


# ----------------------------------------------------------------------------- dates
_MONTHS = r"[A-Za-z]{3,9}\.?"
_DATE_FORMS = (  # (regex, format(s), precision, normaliser)
    (r"\d{4}-\d{1,2}-\d{1,2}", ("%Y-%m-%d",), "day", None),
    (r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?", ("%Y-%m-%d",), "day", "head10"),
    (r"\d{4}/\d{1,2}/\d{1,2}", ("%Y/%m/%d",), "day", None),
    (rf"\d{{1,2}}[ -]{_MONTHS},?[ -]\d{{4}}", ("%d %B %Y", "%d %b %Y"), "day", "words"),
    (rf"{_MONTHS} \d{{1,2}},? \d{{4}}", ("%B %d %Y", "%b %d %Y"), "day", "words"),
    (r"\d{4}-\d{1,2}", ("%Y-%m",), "month", None),
    (rf"{_MONTHS},? \d{{4}}", ("%B %Y", "%b %Y"), "month", "words"),
    (r"\d{4}", ("%Y",), "year", None),
)
_NUMERIC_DMY = r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})"


def _period_end(start: pd.Series, precision: np.ndarray) -> pd.Series:
    end = start.copy()
    m = precision == "month"
    if m.any():
        end[m] = start[m] + pd.offsets.MonthEnd(0)
    y = precision == "year"
    if y.any():
        end[y] = start[y] + pd.offsets.YearEnd(0)
    w = precision == "week"
    if w.any():
        end[w] = start[w] + pd.Timedelta(days=6)
    return end


def parse_dates(values: pd.Series, *, dayfirst: bool | None = None) -> tuple[pd.Series, np.ndarray, np.ndarray]:
    """Vectorised dates: ``(first day, precision, reason)``.

    ``precision`` is "day", "month", "year" or None (not a date); ``reason`` says why a
    non-blank cell is not a date ("" otherwise). Accepted: ISO ``2026-03-02`` (with a
    time too), ``2026/03/02``, ``2 March 2026``, ``March 2, 2026``, ``2026-03``,
    ``March 2026``, ``2026``; d/m/y with digits only when the order is known
    (``dayfirst``) or unambiguous in the column.
    """
    t = text(values)
    codes, uniq = pd.factorize(t, use_na_sentinel=False)
    if len(uniq) < len(t):  # dates repeat: parse each distinct cell once
        s0, p0, r0 = parse_dates(pd.Series(uniq, dtype="str"), dayfirst=dayfirst)
        return pd.Series(s0.to_numpy()[codes], dtype="datetime64[ns]"), p0[codes], r0[codes]
    n = len(t)
    start = pd.Series(pd.NaT, index=range(n), dtype="datetime64[ns]")
    prec = np.full(n, None, dtype=object)
    reason = np.full(n, "", dtype=object)
    empty = blank(t)
    todo = ~empty
    for pattern, fmts, p, norm in _DATE_FORMS:
        if not todo.any():
            break
        hit = todo & t.str.fullmatch(pattern).fillna(False).to_numpy(dtype=bool)
        if not hit.any():
            continue
        s = t[hit]
        if norm == "head10":
            s = s.str.slice(0, 10)
        elif norm == "words":
            s = s.str.replace(r"[.,]", "", regex=True).str.replace("-", " ", regex=False).str.replace(r"\s+", " ", regex=True)
        parsed = pd.Series(pd.NaT, index=s.index, dtype="datetime64[ns]")
        for f in fmts:
            left = parsed.isna()
            if not left.any():
                break
            parsed[left] = pd.to_datetime(s[left], format=f, errors="coerce")
        ok = parsed.notna().to_numpy()
        idx = np.flatnonzero(hit)
        start.iloc[idx[ok]] = parsed[ok].to_numpy()
        prec[idx[ok]] = p
        reason[idx[~ok]] = "no such day"
        todo[idx] = False
    num = todo & t.str.fullmatch(_NUMERIC_DMY).fillna(False).to_numpy(dtype=bool)
    if num.any():
        parts = t[num].str.extract(_NUMERIC_DMY).astype(int)
        a, b = parts[0].to_numpy(), parts[1].to_numpy()
        order = dayfirst
        if order is None:
            if (a > 12).any() and not (b > 12).any():
                order = True
            elif (b > 12).any() and not (a > 12).any():
                order = False
        idx = np.flatnonzero(num)
        if order is None:
            reason[idx] = np.where(
                (a > 12) | (b > 12),
                "day/month order differs within the column",
                "day/month order unknown (is 03/04 3 April or March 4?)",
            )
        else:
            day, month = (a, b) if order else (b, a)
            iso = pd.Series([f"{y:04d}-{mo:02d}-{d:02d}" for y, mo, d in zip(parts[2], month, day)], index=idx)
            parsed = pd.to_datetime(iso, format="%Y-%m-%d", errors="coerce")
            ok = parsed.notna().to_numpy()
            start.iloc[idx[ok]] = parsed[ok].to_numpy()
            prec[idx[ok]] = "day"
            reason[idx[~ok]] = "no such day"
        todo[idx] = False
    reason[todo] = "not a date"
    reason[empty] = ""
    return start, prec, reason


def _distinct_rows(key: pd.DataFrame) -> tuple[np.ndarray, pd.DataFrame]:
    """Codes of each row's distinct combination of ``key``'s columns, and those combinations."""
    combo = np.zeros(len(key), dtype=np.int64)
    for c in key.columns:
        codes, uniq = pd.factorize(key[c], use_na_sentinel=False)
        combo = combo * (len(uniq) + 1) + codes
        combo, _ = pd.factorize(combo)  # keep the numbers small
    _, first, codes = np.unique(combo, return_index=True, return_inverse=True)
    return codes.ravel(), key.iloc[first].reset_index(drop=True)


def _dates(cols: dict, fmt: str, log: RowLog) -> dict[str, Any]:
    """Dates, periods and their problems, computed once per distinct (date, precision,
    date_end) combination — dates repeat a lot in real exports."""
    n = log.n
    key = pd.DataFrame({"date": text(cols["date"], n)})
    for name in ("date_precision", "date_end"):
        if name in cols:
            key[name] = text(cols[name], n)
    if "__centred" in cols:
        key["__centred"] = np.asarray(cols["__centred"], dtype=bool)
    codes, uniq = _distinct_rows(key)
    sub = RowLog(len(uniq))
    res = _dates_of({c: uniq[c] for c in uniq.columns}, fmt, sub)
    log.absorb(sub, codes)
    return {
        "date": pd.Series(res["date"].to_numpy()[codes], dtype="datetime64[ns]"),
        "date_end": pd.Series(res["date_end"].to_numpy()[codes], dtype="datetime64[ns]"),
        "date_precision": np.asarray(res["date_precision"], dtype=object)[codes],
    }


def _dates_of(cols: dict, fmt: str, log: RowLog) -> dict[str, Any]:
    n = log.n
    spec = FORMATS[fmt]
    t = text(cols["date"], n)
    start, form, reason = parse_dates(t, dayfirst=spec.dayfirst)
    name = spec.date_source
    missing = blank(t)
    log.add(missing, f"missing date ({name})" if fmt != "geoinc" else "missing date", INVALID)
    bad = ~missing & pd.isna(form)
    if bad.any():
        msgs = np.array([f"date {v!r} is not a date ({r}); write YYYY-MM-DD" for v, r in zip(t[bad], reason[bad])], dtype=object)
        full = np.full(n, "", dtype=object)
        full[bad] = msgs
        log.add(bad, full, INVALID)
        log.keep("date", bad, t)
    # explicit precision (a column, ACLED time_precision, UCDP date_prec) may widen the period
    prec = form.copy()
    if "date_precision" in cols:
        ex = text(cols["date_precision"], n).str.lower()
        given = ~blank(ex)
        known = given & ex.isin(DATE_PRECISIONS).to_numpy()
        unknown = given & ~known
        log.add(
            unknown,
            map_distinct(
                ex, lambda v: f"date_precision {v!r} is not one of {', '.join(DATE_PRECISIONS)}; the date's own precision is used"
            ),
            FIX,
        )
        log.keep("date_precision", unknown, lambda: text(cols["date_precision"], n))
        rank = {"day": 0, "week": 1, "month": 2, "year": 3, "range": 0}
        rf = np.array([rank.get(v, -1) if v else -1 for v in form], dtype=int) if n else np.zeros(0, int)
        exv = ex.to_numpy(dtype=object, na_value=None)
        re_ = map_distinct(ex, lambda v: rank.get(v, -1) if v else -1).astype(int) if n else np.zeros(0, int)
        finer = known & (rf >= 0) & (re_ < rf) & (exv != "range")
        if finer.any():
            full = np.full(n, "", dtype=object)
            full[finer] = [
                f"date {v!r} is only known to the {f}; date_precision {e!r} ignored"
                for v, f, e in zip(t[finer], form[finer], exv[finer])
            ]
            log.add(finer, full, FIX)
        log.keep("date_precision", finer, lambda: text(cols["date_precision"], n))
        use = known & (rf >= 0) & ~finer
        prec = np.where(use, exv, prec)
    centred = cols.get("__centred")
    centred = np.asarray(centred, dtype=bool) if centred is not None else np.zeros(n, dtype=bool)
    first = start.copy()
    m = prec == "month"
    if m.any():
        first[m] = start[m].dt.to_period("M").dt.start_time
    y = prec == "year"
    if y.any():
        first[y] = first[y].dt.to_period("Y").dt.start_time
    wc = (prec == "week") & centred
    if wc.any():
        first[wc] = start[wc] - pd.Timedelta(days=3)
    end = _period_end(first, np.where(prec == "range", "day", prec))
    if "date_end" in cols:
        te = text(cols["date_end"], n)
        e0, eform, ereason = parse_dates(te, dayfirst=spec.dayfirst)
        has = ~blank(te)
        ebad = has & pd.isna(eform)
        log.add(ebad, map_distinct(te, lambda v: f"date_end {v!r} is not a date; write YYYY-MM-DD"), INVALID)
        log.keep("date_end", ebad, te)
        eok = has & ~ebad
        e_end = _period_end(e0, eform)
        before = eok & (e_end < first).to_numpy() & first.notna().to_numpy()
        if before.any():
            full = np.full(n, "", dtype=object)
            full[before] = [f"date_end {b:%Y-%m-%d} is before date {a:%Y-%m-%d}" for a, b in zip(first[before], e_end[before])]
            log.add(before, full, INVALID)
            log.keep("date_end", before, te)
        later = eok & ~before & first.notna().to_numpy()
        end[later] = e_end[later]
        wider = later & (end != _period_end(first, np.where(prec == "range", "day", prec))).to_numpy()
        prec = np.where(wider & ~np.isin(prec, ["week", "month", "year"]), "range", prec)
    prec = np.where((prec == "range") & (end == first).to_numpy(), "day", prec)  # a range of one day is a day
    prec = np.where(pd.isna(first.to_numpy()), cast(Any, None), prec)  # cast: numpy stubs reject None
    end[first.isna()] = pd.NaT
    return {"date": first, "date_end": end, "date_precision": prec}


# ----------------------------------------------------------------------------- numbers
def _numbers(values: Any, n: int, column: str, log: RowLog, *, whole: bool, level: str) -> np.ndarray:
    """Numbers as float; blank -> NaN; a bad cell -> NaN with a message at ``level``."""
    if values is None:
        return np.full(n, np.nan)
    s = values if isinstance(values, pd.Series) else pd.Series(values)
    s = s.reset_index(drop=True)
    if pd.api.types.is_numeric_dtype(s.dtype) and not pd.api.types.is_bool_dtype(s.dtype):
        x = s.to_numpy(dtype=float, na_value=np.nan)
        t = None
        bad = np.zeros(n, dtype=bool)
        too_big = np.zeros(n, dtype=bool)
        if pd.api.types.is_integer_dtype(s.dtype):
            too_big = np.abs(s.to_numpy(dtype=float, na_value=0)) >= _EXACT_INT
    else:
        t = text(s)
        x = floats(t)
        empty = blank(t)
        bad = ~empty & ~np.isfinite(x)
        if bad.any():  # "1,200": thousands separated by commas
            thousands = bad & t.str.fullmatch(r"-?\d{1,3}(,\d{3})+").fillna(False).to_numpy(dtype=bool)
            if thousands.any():
                x[thousands] = pd.to_numeric(t[thousands].str.replace(",", "", regex=False)).to_numpy(dtype=float)
                bad &= ~thousands
        long_ = ~empty & ~bad & (t.str.len().fillna(0).to_numpy() > 15)
        too_big = long_ & (t.str.count(r"\d").fillna(0).to_numpy() > 15) if long_.any() else long_
        dots = ~empty & ~bad & (t.str.len().fillna(0).to_numpy() >= 5) & (np.abs(x) < 1000) if whole else np.zeros(n, bool)
        dot_thousands = dots & t.str.fullmatch(r"\d{1,3}(\.\d{3})+").fillna(False).to_numpy(dtype=bool) if dots.any() else dots
        ambiguous = "a decimal point or a thousands separator? write the number without separators"
        log.add(dot_thousands, per_value(dot_thousands, t, lambda v: f"{column} {v!r}: {ambiguous}"), level)
        log.keep(column, dot_thousands, t)
        x[dot_thousands] = np.nan
        log.add(bad, per_value(bad, t, lambda v: f"{column} {v!r} is not a number"), level)
        log.keep(column, bad, t)
        x[bad] = np.nan
    show = t if t is not None else pd.Series(x).astype("str")
    log.add(too_big, per_value(too_big, show, lambda v: f"{column} {v} has too many digits to be stored exactly"), level)
    log.keep(column, too_big, show)
    x = np.where(too_big, np.nan, x)
    if whole:
        neg = x < 0
        frac = np.isfinite(x) & (x != np.round(x))
        log.add(neg, per_value(neg, show, lambda v: f"{column} is negative ({v})"), level)
        log.add(frac & ~neg, per_value(frac & ~neg, show, lambda v: f"{column} {v} is not a whole number"), level)
        log.keep(column, neg | frac, show)
        x = np.where(neg | frac, np.nan, x)
    return x


def _casualties(cols: dict, log: RowLog) -> dict[str, np.ndarray]:
    n = log.n
    out: dict[str, np.ndarray] = {}
    for c in _CASUALTIES:
        v = cols.get(c)
        same = next((k for k in out if cols.get(k) is v and v is not None), None)  # ACLED fatalities -> min, best, max
        if same is None:
            out[c] = _numbers(v, n, c, log, whole=True, level=INVALID)
        else:
            out[c] = out[same].copy()  # parsed (and reported) once; the value as given kept for each column
            if same in log.given:
                log.keep(c, *log.given[same])
    return _ranges(out, log)


def _ranges(out: dict[str, np.ndarray], log: RowLog) -> dict[str, np.ndarray]:
    n = log.n
    for kind in ("killed", "injured"):
        lo, best, hi = out[f"{kind}_min"], out[f"{kind}_best"], out[f"{kind}_max"]
        for x, y, a, b in ((lo, best, "min", "best"), (best, hi, "best", "max"), (lo, hi, "min", "max")):
            wrong = np.isfinite(x) & np.isfinite(y) & (x > y)
            if wrong.any():
                msg = np.full(n, "", dtype=object)
                msg[wrong] = [f"{kind}_{a} {p:g} > {kind}_{b} {q:g}" for p, q in zip(x[wrong], y[wrong])]
                log.add(wrong, msg, INVALID)
    return out


# ----------------------------------------------------------------------------- vocabularies
def _event_types(cols: dict, log: RowLog) -> tuple[np.ndarray, pd.Series]:
    n = log.n
    t = text(cols.get("event_type"), n)
    sub = text(cols.get("event_subtype"), n)
    if "event_type" not in cols:
        return np.full(n, "Other", dtype=object), sub
    known = {e.lower(): e for e in EVENT_TYPES}
    known.update({k.lower(): v for k, v in ACLED_SUB_EVENT_TYPES.items()})
    known.update(_EVENT_ALIASES)
    mapped = map_distinct(t, lambda v: "Other" if not v else known.get(str(v).lower()))
    unknown = pd.isna(mapped)
    log.add(
        unknown,
        map_distinct(t, lambda v: f"event_type {v!r} is not one of geoinc's types; typed Other" + ", kept in event_subtype"),
        FIX,
    )
    log.keep("event_type", unknown, t)
    fill = unknown & blank(sub)
    if fill.any():
        sub = sub.copy()
        sub[fill] = t[fill]
    return np.where(unknown, "Other", mapped).astype(object), sub


def _verification(cols: dict, log: RowLog) -> np.ndarray:
    n = log.n
    if cols.get("verification") is None:
        return np.full(n, "reported", dtype=object)
    t = text(cols.get("verification"), n).str.lower()
    empty = blank(t)
    ok = t.isin(VERIFICATIONS).to_numpy()
    unknown = ~empty & ~ok
    log.add(unknown, map_distinct(t, lambda v: f"verification {v!r} is not one of {', '.join(VERIFICATIONS)}; left empty"), FIX)
    log.keep("verification", unknown, lambda: text(cols.get("verification"), n))
    out = t.to_numpy(dtype=object, na_value=None)
    out[empty] = "reported"
    out[unknown] = None
    return out


def _country(v: Any, names: Mapping[str, str]) -> str | None:
    if v is None or v == "":
        return None
    s = str(v).strip()
    if len(s) == 2 and s.isalpha():
        return s.upper()
    return names.get(s.lower(), s)


def _ids(cols: dict, log: RowLog) -> pd.Series:
    n = log.n
    t = text(cols.get("id"), n)
    empty = blank(t)
    gen = pd.Series([f"row-{i}" for i in range(1, n + 1)], dtype="str") if empty.any() else None
    ids = t.where(~pd.Series(empty), gen) if gen is not None else t
    codes, uniq = pd.factorize(t, use_na_sentinel=True)
    if len(uniq) < int((~empty).sum()):  # some id repeats: the first occurrence stays valid
        valid = codes >= 0
        u, at = np.unique(codes[valid], return_index=True)  # the first row of each id
        first_of = np.full(len(uniq), -1, dtype=np.int64)
        first_of[u] = np.flatnonzero(valid)[at]
        dup = (codes >= 0) & (first_of[np.maximum(codes, 0)] != np.arange(n))
        msg = np.full(n, "", dtype=object)
        msg[dup] = [f"duplicate id {v!r} (first at row {f + 1})" for v, f in zip(t[dup], first_of[codes[dup]])]
        log.add(dup, msg, INVALID)
    return ids


# ----------------------------------------------------------------------------- coordinates
def _in_box(lon: np.ndarray, lat: np.ndarray, box: tuple[float, float, float, float]) -> np.ndarray:
    x0, y0, x1, y1 = box
    return (lon >= x0) & (lon <= x1) & (lat >= y0) & (lat <= y1)


def _coordinates(cols: dict, geometry: Any, derived: np.ndarray, restored: np.ndarray, log: RowLog, region: Region):
    """Given lat/lon (columns or geometry) checked: ranges, swaps, 0/0, the region
    (coordinates outside its :attr:`~geoinc.regions.Region.incident_bbox` are kept with
    status "out_of_region", or swapped back when the swap is inside).

    Returns lat, lon and a mask of rows whose coordinates are given and used.
    """
    box = region.incident_bbox
    from .coords import lonlat

    n = log.n
    lat_t, lon_t = text(cols.get("lat"), n), text(cols.get("lon"), n)
    lat, lon = floats(lat_t, repeats=False), floats(lon_t, repeats=False)
    la_blank, lo_blank = blank(lat_t), blank(lon_t)
    if geometry is not None and len(geometry):
        glon, glat, present, non_point = lonlat(np.asarray(geometry.values, dtype=object))
        present &= ~restored
        if present.any():
            if (non_point & present).any():
                log.add(non_point & present, "non-point geometry: a point on it is used", FIX)
            gx, gy = glon[present], glat[present]
            # lat/lon columns that agree with a rounded geometry (GeoJSON keeps 6 decimals) are the exact values
            cx, cy = lon[present], lat[present]
            agree = np.isfinite(cx) & np.isfinite(cy) & (np.abs(cx - gx) < 1e-5) & (np.abs(cy - gy) < 1e-5)
            lon[present], lat[present] = np.where(agree, cx, gx), np.where(agree, cy, gy)
            la_blank, lo_blank = la_blank & ~present, lo_blank & ~present
            lat_t = lat_t.where(~pd.Series(present), pd.Series(lat).astype("str"))
            lon_t = lon_t.where(~pd.Series(present), pd.Series(lon).astype("str"))
    active = ~derived & ~(la_blank & lo_blank)
    fin = np.isfinite(lat) & np.isfinite(lon)
    half = active & ~fin
    log.add(half, "lat/lon not both numbers; geocoding the location instead", FIX)
    in_range = fin & (np.abs(lat) <= 90) & (np.abs(lon) <= 180)
    zero = active & fin & (lat == 0) & (lon == 0)
    log.add(zero, "lat/lon 0, 0 is a placeholder for a missing location; geocoding the location instead", FIX)
    swap_ok = fin & _in_box(lat, lon, box)
    out_range = active & fin & ~in_range & ~zero
    swap1 = out_range & swap_ok
    bad_range = out_range & ~swap_ok
    if bad_range.any():
        msg = np.full(n, "", dtype=object)
        msg[bad_range] = [
            f"lat/lon out of range ({a:g}, {b:g}); geocoding the location instead" for a, b in zip(lat[bad_range], lon[bad_range])
        ]
        log.add(bad_range, msg, FIX)
    swap2 = active & in_range & ~zero & ~_in_box(lon, lat, box) & swap_ok
    swapped = swap1 | swap2
    if swapped.any():
        msg = np.full(n, "", dtype=object)
        msg[swapped] = [f"lat/lon look swapped ({a:g}, {b:g}); swapped back" for a, b in zip(lat[swapped], lon[swapped])]
        log.add(swapped, msg, FIX)
        lat[swapped], lon[swapped] = lon[swapped].copy(), lat[swapped].copy()
    changed = half | zero | bad_range | swapped
    log.keep("lat", changed, lat_t)
    log.keep("lon", changed, lon_t)
    used = active & fin & ~zero & ~bad_range
    outside = used & ~_in_box(lon, lat, box)
    if outside.any():
        msg = np.full(n, "", dtype=object)
        msg[outside] = [f"lat/lon ({a:g}, {b:g}) lie outside {region.title}; kept" for a, b in zip(lat[outside], lon[outside])]
        log.add(outside, msg, REGION)
    lat = np.where(used, lat, np.nan)
    lon = np.where(used, lon, np.nan)
    return lat, lon, used


def _precision(cols: dict, log: RowLog) -> np.ndarray:
    n = log.n
    x = _numbers(cols.get("precision"), n, "precision", log, whole=False, level=FIX)
    t = text(cols.get("precision"), n) if cols.get("precision") is not None else pd.Series([np.nan] * n, dtype="str")
    bad = np.isfinite(x) & ~np.isin(x, [1.0, 2.0, 3.0])
    log.add(bad, map_distinct(t, lambda v: f"precision {v} is not 1, 2 or 3; precision unknown"), FIX)
    log.keep("precision", bad, t)
    return np.where(bad, np.nan, x)


# ----------------------------------------------------------------------------- geocoding
_HINT_WORDS = re.compile(r"\s+(province|district|region|division|agency|tehsil)$", re.IGNORECASE)


def _hint(v: Any) -> str | None:
    if v is None or (isinstance(v, float) and v != v) or str(v).strip() == "":
        return None
    return _HINT_WORDS.sub("", str(v).strip())


def _geocode_locations(frame: pd.DataFrame, *, gazetteer=None, progress: bool = False) -> pd.DataFrame:
    """Geocode each distinct (location, country, admin1, admin2) once.

    ``frame`` has those four columns (None where missing); the result is aligned with it:
    ``status`` (matched / approximate / ambiguous / unresolved / invalid), ``name``,
    ``id``, ``lat``, ``lon``, ``precision``, ``uncertainty_km``, ``message`` (the
    geocoder's), ``note`` (about the hints: "" when none).

    One :func:`geoinc.geocoding.geocode_many` call with per-row hints: the hints are
    constraints, and a place not found inside them is placed at the hinted district or
    province ("approximate"). A row whose country or admin1 the gazetteer does not know
    is asked again without that hint, and ``note`` says so.
    """
    from .geocoding import geocode_many

    cols = ["status", "name", "id", "lat", "lon", "precision", "uncertainty_km", "message", "note"]
    if frame.empty:
        return pd.DataFrame(columns=cols)
    keys = frame[["location", "country", "admin1", "admin2"]].astype(object).where(frame.notna(), None)
    keys["admin1"] = keys["admin1"].map(_hint)
    keys["admin2"] = keys["admin2"].map(_hint)
    codes, uniq = pd.factorize(pd.MultiIndex.from_frame(keys.fillna("")))
    distinct = pd.DataFrame(list(uniq), columns=["location", "country", "admin1", "admin2"]).replace("", None)
    distinct = distinct.astype(object).where(distinct.notna(), None)
    res = geocode_many(
        list(distinct["location"]),
        country=list(distinct["country"]),
        admin1=list(distinct["admin1"]),
        admin2=list(distinct["admin2"]),
        gazetteer=gazetteer,
        progress=progress and len(distinct) > 200,
    ).reset_index(drop=True)
    res["note"] = ""
    bad_hint = (res["status"] == "invalid").to_numpy() & (distinct["country"].notna() | distinct["admin1"].notna()).to_numpy()
    if bad_hint.any():
        idx = np.flatnonzero(bad_hint)
        again = geocode_many(list(distinct["location"].iloc[idx]), gazetteer=gazetteer).reset_index(drop=True)
        notes = [f"hint not used ({m.split(': ', 1)[-1]})" for m in res["message"].iloc[idx]]
        again["note"] = notes
        res.loc[idx, cols] = again[cols].to_numpy()
    out = res[cols].iloc[codes].reset_index(drop=True)
    return out


# ----------------------------------------------------------------------------- reading
def _format(format: str | None, columns) -> str:
    if format is None:
        return detect_format(columns)
    key = str(format).lower()
    if key not in FORMATS:
        raise IncidentError(f"format={format!r}: use one of {', '.join(FORMATS)} (or leave it out to detect it)")
    return key


def read_incidents(
    source: Any,
    *,
    columns: Mapping[str, str] | None = None,
    format: str | None = None,
    country: str | None = None,
    encoding: str | None = None,
    sep: str | None = None,
    layer: str | int | None = None,
    gazetteer=None,
    progress: bool = False,
    region: RegionLike = None,
):
    """Read incidents into the schema, geocoding rows that have no coordinates.

    Parameters
    ----------
    source : path or DataFrame
        CSV/TSV (separator detected: comma, semicolon, tab, pipe), JSON (list of
        records), GeoJSON, GeoPackage, .xlsx (with openpyxl), or a (Geo)DataFrame. ACLED,
        UCDP GED and GTD exports are recognised by their columns.
    columns : mapping, optional
        Your column names -> schema names, e.g. ``{"Datum": "date", "Ort": "location"}``.
    format : {"acled", "ucdp", "gtd", "geoinc"}, optional
        Force a format instead of detecting it.
    country : str, optional
        Default country (ISO alpha-2) for rows without one; used as a geocoding hint.
    encoding, sep, layer : optional
        Text encoding (default UTF-8, or UTF-16 by its byte-order mark), CSV separator,
        GeoPackage layer (needed when the file has several).
    gazetteer : Gazetteer, optional
        Where locations are looked up (default: the gazetteer of ``region``).
    progress : bool
        Progress bars while reading a large file and geocoding.
    region : str, Path or Region, optional
        Whose countries, coordinate box, country names and polygons apply (default: the
        gazetteer's region, else the shipped one, Afghanistan and Pakistan).

    Returns
    -------
    geopandas.GeoDataFrame
        EPSG:4326; :data:`INCIDENT_COLUMNS`, then the input's other columns, then
        ``geometry``; one row per input row, in order. ``status`` is one of
        :data:`STATUSES`; ``message`` says why (``row N: ...``).

    Raises
    ------
    IncidentFileError
        The file cannot be read as a table (see :func:`geoinc.tables.read_table`).
    IncidentColumnError
        No date column, or no location and no coordinates; the message names close
        candidates and the ``columns={...}`` that fixes it.

    Examples
    --------
    >>> import pandas as pd
    >>> gdf = read_incidents(pd.DataFrame({"date": ["2026-03-02", "yesterday"], "location": ["Ali Sher, Khost", "Kabul"]}))
    >>> list(gdf["status"]), gdf.crs.to_epsg(), bool(gdf.geometry.is_empty.any())
    (['ok', 'invalid'], 4326, False)
    """
    import geopandas as gpd

    from .coords import CRS, points
    from .tables import read_table

    own_region = gazetteer.region if gazetteer is not None and region is None else None
    reg = own_region if own_region is not None else get_region(region)
    raw = read_table(source, encoding=encoding, sep=sep, layer=layer, progress=progress)
    frame = raw.frame
    if columns is not None:
        frame = _apply_columns(frame, columns, raw.label)
    fmt = _format(format, frame.columns)
    if raw.kind == "csv" and fmt == "geoinc":
        from .tables import unescape_frame

        frame = unescape_frame(frame)  # geoinc's own CSV escapes formula-like cells
    n = len(frame)
    log = RowLog(n)
    for note in raw.notes:
        log.add(np.ones(n, dtype=bool), note, FIX)
    if "__row_note" in frame:
        notes = text(frame["__row_note"]).fillna("")
        log.add((notes != "").to_numpy(), notes.to_numpy(dtype=object), FIX)
        frame = frame.drop(columns="__row_note")
    cols, passthrough = to_schema(frame, fmt, log)
    own = fmt == "geoinc" and "geocode_status" in frame.columns
    restored = np.zeros(n, dtype=bool)
    if fmt == "geoinc" and "given_values" in frame.columns:
        for col, (mask, vals) in read_given(frame["given_values"]).items():
            if col in SCHEMA_INPUT:
                base = text(cols.get(col), n).astype(object)
                cols[col] = pd.Series(np.where(mask, pd.Series(vals).astype(object), base.to_numpy()), dtype=object)
                if col in ("lat", "lon"):
                    restored |= mask
    _require(cols, [str(c) for c in frame.columns], raw.label, fmt, raw.geometry is not None)

    ids = _ids(cols, log)
    dates = _dates(cols, fmt, log)
    etype, subtype = _event_types(cols, log)
    cas = _casualties(cols, log)
    verif = _verification(cols, log)
    names = reg.country_names()
    country_v = map_distinct(text(cols.get("country"), n), lambda v: _country(v, names))
    if country:
        country_v = np.where(pd.isna(country_v), str(country).strip().upper(), country_v)

    def opt_text(c: str) -> pd.Series:
        t = text(cols.get(c), n)
        return t.where(~pd.Series(blank(t)), np.nan)

    def free_text(c: str) -> pd.Series:
        """A text column as given (not stripped), empty cells missing."""
        v = cols.get(c)
        if v is None or not (isinstance(v, pd.Series) and (isinstance(v.dtype, pd.StringDtype) or v.dtype == "str")):
            return opt_text(c)
        v = v.reset_index(drop=True)
        return v.where(v != "", np.nan)

    location, admin1, admin2 = opt_text("location"), opt_text("admin1"), opt_text("admin2")

    # coordinates: given (checked), derived ones of geoinc's own output are recomputed
    derived = np.zeros(n, dtype=bool)
    if own:
        derived = text(frame["geocode_status"]).str.lower().isin(_DERIVED).to_numpy() & ~restored
    lat, lon, given = _coordinates(cols, raw.geometry, derived, restored, log, reg)
    precision = _precision(cols, log)
    unc = _numbers(cols.get("uncertainty_km"), n, "uncertainty_km", log, whole=False, level=FIX)
    unc = np.where(unc < 0, np.nan, unc)
    place = np.full(n, None, dtype=object)
    place_id = np.full(n, None, dtype=object)
    if own:
        for name, arr in (("place", place), ("place_id", place_id)):
            if name in frame:
                t = text(frame[name])
                keep = given & ~blank(t)
                arr[keep] = t[keep].to_numpy(dtype=object)
    gstatus = np.where(given, "given", cast(Any, None)).astype(object)  # cast: numpy stubs reject None
    ambiguous = np.zeros(n, dtype=bool)

    # geocode the rest, once per distinct (location, country, admin1, admin2)
    loc_blank = blank(location)
    no_loc = ~given & loc_blank
    log.add(no_loc, "no coordinates and no location", FIX)
    gstatus[no_loc] = "unresolved"
    foreign = ~given & ~loc_blank & ~pd.isna(country_v) & ~np.isin(country_v.astype(str), list(reg.countries))
    if foreign.any():
        msg = map_distinct(
            pd.Series(country_v).astype("str"),
            lambda c: f"country {c!r} is outside the gazetteer ({', '.join(reg.countries)}); not geocoded",
        )
        log.add(foreign, msg, FIX)
        gstatus[foreign] = "skipped"
    need = ~given & ~loc_blank & ~foreign
    if need.any():
        idx = np.flatnonzero(need)
        q = pd.DataFrame(
            {
                "location": location[need].to_numpy(dtype=object),
                "country": country_v[need],
                "admin1": admin1[need].to_numpy(dtype=object),
                "admin2": admin2[need].to_numpy(dtype=object),
            }
        )
        res = _geocode_locations(q, gazetteer=gazetteer if gazetteer is not None else Gazetteer.default(reg), progress=progress)
        st = res["status"].to_numpy(dtype=object)
        gstatus[idx] = st
        found = np.isin(st, ["matched", "approximate", "ambiguous"])
        fi = idx[found]
        lat[fi] = res["lat"].to_numpy(dtype=float)[found]
        lon[fi] = res["lon"].to_numpy(dtype=float)[found]
        place[fi] = res["name"].to_numpy(dtype=object)[found]
        place_id[fi] = res["id"].to_numpy(dtype=object)[found]
        precision[fi] = res["precision"].to_numpy(dtype=float)[found]
        unc[fi] = res["uncertainty_km"].to_numpy(dtype=float)[found]
        locs = location[need].to_numpy(dtype=object)
        msgs = res["message"].fillna("").to_numpy(dtype=object)
        for state, level, template in (
            ("ambiguous", FIX, "location {loc!r}: {m}"),
            ("approximate", FIX, "location {loc!r} {m}"),
            ("unresolved", FIX, "location {loc!r} not found ({m})"),
            ("invalid", FIX, "location {loc!r} cannot be geocoded ({m})"),
        ):
            sel = st == state
            if sel.any():
                full = np.full(n, "", dtype=object)
                full[idx[sel]] = [template.format(loc=a, m=b) for a, b in zip(locs[sel], msgs[sel])]
                mask = np.zeros(n, dtype=bool)
                mask[idx[sel]] = True
                log.add(mask, full, level)
        ambiguous[idx[st == "ambiguous"]] = True
        notes = res["note"].fillna("").to_numpy(dtype=object)
        if (notes != "").any():
            full = np.full(n, "", dtype=object)
            full[idx] = notes
            log.add(full != "", full, FIX)

    # rows that came with coordinates: admin1 and country from the polygons where missing
    # (not the province of a point that stands for a province or a country: precision 3)
    fill = given & (pd.Series(blank(admin1)).to_numpy() | pd.isna(country_v))
    if fill.any():
        from .gazetteer import admin1_at, country_at

        a1s, ccs = admin1_at(lon[fill], lat[fill], region=reg)
        outside = ccs == ""  # no province polygon there (or none in the region): the country outlines
        if outside.any():
            ccs[outside] = country_at(lon[fill][outside], lat[fill][outside], region=reg)
        fi = np.flatnonzero(fill)
        a1_blank = blank(admin1)[fill] & (a1s != "") & ~(precision[fill] >= 3)
        admin1[fi[a1_blank]] = a1s[a1_blank]
        cc_blank = pd.isna(country_v[fill]) & (ccs != "")
        country_v[fi[cc_blank]] = ccs[cc_blank]
    prec_given = np.where(given & ~np.isfinite(precision), 1.0, precision)
    unc_default = pd.Series(prec_given).map(_PRECISION_KM).to_numpy(dtype=float)
    unc = np.where(given & ~np.isfinite(unc), unc_default, unc)
    precision = prec_given

    status = np.full(n, "ok", dtype=object)
    status[log.levels[FIX]] = "corrected"
    status[log.levels[REGION]] = "out_of_region"
    status[ambiguous] = "ambiguous"
    status[~np.isfinite(lat)] = "unresolved"
    status[log.levels[INVALID]] = "invalid"
    msgs = log.messages()
    has = msgs != ""
    message = np.full(n, "", dtype=object)
    if has.any():
        rows = np.arange(1, n + 1).astype(str).astype(object)
        message[has] = "row " + rows[has] + ": " + msgs[has]

    out = {
        "id": ids,
        "date": dates["date"],
        "date_end": dates["date_end"],
        "date_precision": pd.Series(dates["date_precision"], dtype=object),
        "event_type": pd.Series(etype, dtype=object),
        "event_subtype": subtype.where(~pd.Series(blank(subtype)), np.nan),
        "actor": free_text("actor"),
        "location": location,
        "country": pd.Series(country_v, dtype=object),
        "admin1": admin1,
        "admin2": admin2,
        **{c: cas[c] for c in _CASUALTIES},
        "sources": free_text("sources"),
        "verification": pd.Series(verif, dtype=object),
        "notes": free_text("notes"),
        "place": place,
        "place_id": place_id,
        "lat": lat,
        "lon": lon,
        "precision": pd.array(np.where(np.isfinite(precision), precision, np.nan), dtype="Float64").astype("Int64"),
        "uncertainty_km": unc,
        "geocode_status": pd.Series(gstatus, dtype=object),
        "status": pd.Series(status, dtype=object),
        "message": pd.Series(message, dtype=object),
        "given_values": pd.Series(log.given_json(), dtype=object),
    }
    for c, name in passthrough.items():
        while name in out:
            name = f"{name}_"
        out[name] = frame[c].reset_index(drop=True)
    frame_out = pd.DataFrame(out, copy=False)
    frame_out["geometry"] = gpd.array.from_shapely(points(lat, lon), crs=CRS)
    return gpd.GeoDataFrame(frame_out, geometry="geometry", copy=False)
