"""Source formats: ACLED, UCDP GED and GTD exports mapped onto geoinc's incident schema.

Each format is recognised by its columns (:func:`detect_format`). Its columns are mapped
to schema columns (:data:`FORMATS`); its vocabularies (ACLED sub-event types, UCDP types
of violence and precision codes, GTD attack types and specificity) are mapped onto
geoinc's, and a value outside them is kept verbatim (in ``event_subtype``) with a message
— it never invalidates a row. Columns a format does not map come out unchanged
(renamed ``<format>_<name>`` only where the name is a schema column that means
something else, e.g. ACLED's ``event_type`` -> ``acled_event_type``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .rows import FIX, RowLog, blank, floats, map_distinct, text

__all__ = [
    "ACLED_SUB_EVENT_TYPES",
    "DATE_PRECISIONS",
    "EVENT_TYPES",
    "INCIDENT_COLUMNS",
    "VERIFICATIONS",
    "FORMATS",
    "GTD_ATTACK_TYPES",
    "COMPUTED_COLUMNS",
    "SCHEMA_INPUT",
    "SourceFormat",
    "UCDP_VIOLENCE",
    "detect_format",
    "to_schema",
]

#: geoinc's event types (ACLED sub-event types for the violent events it maps).
EVENT_TYPES = (
    "Air/drone strike",
    "Shelling/artillery/missile attack",
    "Suicide bomb",
    "Remote explosive/landmine/IED",
    "Armed clash",
    "Attack",
    "Other",
)

#: How precisely the date is known: ``date`` is the first day and ``date_end`` the last
#: day of the period the event is known to lie in ("range": from the source's two dates).
DATE_PRECISIONS = ("day", "week", "month", "year", "range")
#: How the reporting describes the event's truth.
VERIFICATIONS = ("confirmed", "reported", "claimed", "disputed", "denied", "unverified")
#: Columns of the frame :func:`geoinc.read_incidents` returns, first (then the input's
#: other columns, then ``geometry``).
INCIDENT_COLUMNS = (
    "id",
    "date",
    "date_end",
    "date_precision",
    "event_type",
    "event_subtype",
    "actor",
    "location",
    "country",
    "admin1",
    "admin2",
    "killed_min",
    "killed_best",
    "killed_max",
    "injured_min",
    "injured_best",
    "injured_max",
    "civilians_killed",
    "sources",
    "verification",
    "notes",
    "place",
    "place_id",
    "lat",
    "lon",
    "precision",
    "uncertainty_km",
    "geocode_status",
    "status",
    "message",
    "given_values",
)

#: Columns geoinc computes while reading (the place found, statuses, messages): never input.
COMPUTED_COLUMNS = ("place", "place_id", "geocode_status", "status", "message", "given_values")
#: Schema columns a reader fills from the input (``columns={...}`` maps onto these).
SCHEMA_INPUT = tuple(c for c in INCIDENT_COLUMNS if c not in COMPUTED_COLUMNS)

#: ACLED sub-event types (codebook 2023-) -> geoinc event type. The sub-event type itself
#: is kept in ``event_subtype``.
ACLED_SUB_EVENT_TYPES = {
    # Battles
    "Armed clash": "Armed clash",
    "Government regains territory": "Armed clash",
    "Non-state actor overtakes territory": "Armed clash",
    # Explosions/Remote violence
    "Air/drone strike": "Air/drone strike",
    "Suicide bomb": "Suicide bomb",
    "Shelling/artillery/missile attack": "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED": "Remote explosive/landmine/IED",
    "Grenade": "Attack",
    "Chemical weapon": "Attack",
    # Violence against civilians
    "Attack": "Attack",
    "Abduction/forced disappearance": "Attack",
    "Sexual violence": "Attack",
    # Protests, Riots
    "Peaceful protest": "Other",
    "Protest with intervention": "Other",
    "Excessive force against protesters": "Attack",
    "Violent demonstration": "Other",
    "Mob violence": "Other",
    # Strategic developments
    "Agreement": "Other",
    "Arrests": "Other",
    "Change to group/activity": "Other",
    "Disrupted weapons use": "Other",
    "Headquarters or base established": "Other",
    "Looting/property destruction": "Other",
    "Non-violent transfer of territory": "Other",
    "Other": "Other",
}
_ACLED_EVENT_TYPES = {
    "Battles": "Armed clash",
    "Explosions/Remote violence": "Other",
    "Violence against civilians": "Attack",
    "Protests": "Other",
    "Riots": "Other",
    "Strategic developments": "Other",
}
#: UCDP GED type_of_violence -> (geoinc event type, UCDP name).
UCDP_VIOLENCE = {
    1: ("Armed clash", "state-based conflict"),
    2: ("Armed clash", "non-state conflict"),
    3: ("Attack", "one-sided violence"),
}
_UCDP_DATE_PREC = {1: "day", 2: "range", 3: "week", 4: "month", 5: "year"}
_UCDP_WHERE_PREC = {1: 1, 2: 1, 3: 2, 4: 3, 5: 3, 6: 3, 7: 3}
_UCDP_WHERE_KM = {2: 25.0}
#: GTD attacktype1_txt -> geoinc event type (a suicide bombing is a "Suicide bomb").
GTD_ATTACK_TYPES = {
    "Assassination": "Attack",
    "Armed Assault": "Attack",
    "Bombing/Explosion": "Remote explosive/landmine/IED",
    "Hijacking": "Attack",
    "Hostage Taking (Barricade Incident)": "Attack",
    "Hostage Taking (Kidnapping)": "Attack",
    "Facility/Infrastructure Attack": "Attack",
    "Unarmed Assault": "Attack",
    "Unknown": "Other",
}
_GTD_SPECIFICITY = {1: 1, 2: 2, 3: 2, 4: 3, 5: 3}
_ACLED_TIME_PRECISION = {1: "day", 2: "week", 3: "month"}


@dataclass(frozen=True)
class SourceFormat:
    """How one export maps onto the schema.

    ``signatures``: column sets, any of which identifies the format. ``rename``: source
    column -> schema column (the source column is consumed). ``consumed``: further
    source columns whose content the ``derive`` step puts into schema columns.
    ``date_source``: the column that holds the date (for messages). ``dayfirst``: how
    numeric d/m/y dates in this format are written.
    """

    name: str
    signatures: tuple[frozenset[str], ...]
    rename: dict[str, str]
    consumed: frozenset[str] = frozenset()
    date_source: str = "date"
    dayfirst: bool | None = None
    derive: Callable[[pd.DataFrame, dict[str, pd.Series], RowLog], None] | None = field(default=None, repr=False)


def _ints(s: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Whole numbers ("3", "3.0", 3) and a mask of cells that are not (blank excluded)."""
    t = text(s)
    x = floats(t)
    bad = ~blank(t) & ~(np.isfinite(x) & (x == np.round(x)))
    return np.where(bad, np.nan, x), bad


def _vocab(values: pd.Series, table: dict, log: RowLog, what: str, given_as: str) -> np.ndarray:
    """Map a source vocabulary (case-insensitive); unknown values -> "Other" with a message."""
    lower = {k.lower(): v for k, v in table.items()}
    t = text(values)
    mapped = map_distinct(t, lambda v: None if v in (None, "") else lower.get(str(v).lower()))
    unknown = ~blank(t) & pd.isna(mapped)
    log.add(unknown, map_distinct(t, lambda v: f"{what} {v!r} is not in the source's list; typed Other, kept in event_subtype"), FIX)
    log.keep(given_as, unknown, t)
    return np.where(pd.isna(mapped), "Other", mapped).astype(object)


def _acled(src: pd.DataFrame, out: dict[str, pd.Series], log: RowLog) -> None:
    n = len(src)
    if "sub_event_type" in src:
        sub = text(src["sub_event_type"])
        out["event_type"] = pd.Series(_vocab(sub, ACLED_SUB_EVENT_TYPES, log, "sub_event_type", "event_type"))
        out["event_subtype"] = sub
    elif "event_type" in src:
        et = text(src["event_type"])
        out["event_type"] = pd.Series(_vocab(et, _ACLED_EVENT_TYPES, log, "event_type", "event_type"))
        out["event_subtype"] = et
    if "fatalities" in src:
        f = text(src["fatalities"])
        out["killed_min"] = out["killed_best"] = out["killed_max"] = f
    if "time_precision" in src:
        _, labels = _coded(
            src,
            "time_precision",
            _ACLED_TIME_PRECISION,
            _lookup_text,
            "date_precision",
            "time_precision is not 1, 2 or 3; the date's own precision is used",
            log,
        )
        out["date_precision"] = labels
        # ACLED codes a week-precision event on a day of that week: the seven days around it
        out["__centred"] = pd.Series((labels == "week").fillna(False).to_numpy(dtype=bool))
    out.setdefault("killed_min", pd.Series([np.nan] * n, dtype="str"))


def _coded(src: pd.DataFrame, col: str, table: dict, lookup, field: str, message: str, log: RowLog):
    """A column of whole-number codes looked up in ``table``: (codes, values). A code that is
    not a whole number or not in the table is reported with ``message`` and its raw text kept
    for ``field``."""
    code, bad = _ints(src[col])
    values = lookup(code, table)
    unknown = bad | (~np.isnan(code) & np.asarray(pd.isna(values), dtype=bool))
    log.add(unknown, message, FIX)
    log.keep(field, unknown, lambda: text(src[col]))
    return code, values


def _lookup(code: np.ndarray, table: dict) -> np.ndarray:
    """Whole-number codes (float array, NaN = missing) -> table values (None for unknown or missing)."""
    filled = np.nan_to_num(code, nan=-1.0)
    u, inv = np.unique(filled, return_inverse=True)
    vals = np.empty(len(u), dtype=object)
    vals[:] = [table.get(int(c)) if c >= 0 and abs(c) < 2**62 else None for c in u]
    return vals[inv.ravel()]


def _lookup_text(code: np.ndarray, table: dict) -> pd.Series:
    """As :func:`_lookup` for text values, as a string Series (built by one take, not per row)."""
    filled = np.nan_to_num(code, nan=-1.0)
    u, inv = np.unique(filled, return_inverse=True)
    labels = [table.get(int(c)) if c >= 0 and abs(c) < 2**62 else None for c in u]
    known = [lab for lab in labels if lab is not None]
    index = np.array([known.index(lab) if lab is not None else -1 for lab in labels], dtype=np.int64)
    return pd.Series(pd.array(known, dtype="str").take(index[inv.ravel()], allow_fill=True))


def _ucdp(src: pd.DataFrame, out: dict[str, pd.Series], log: RowLog) -> None:
    if "type_of_violence" in src:
        t = text(src["type_of_violence"])
        code, bad = _ints(t)
        by_word = map_distinct(
            t.str.lower(), lambda v: next((k for k, (_, name) in UCDP_VIOLENCE.items() if v and name.split()[0] in v), None)
        )
        code = np.where(np.isnan(code) & pd.notna(by_word), by_word.astype(float), code)
        etype = _lookup(code, {k: v[0] for k, v in UCDP_VIOLENCE.items()})
        name = _lookup(code, {k: v[1] for k, v in UCDP_VIOLENCE.items()})
        unknown = ~blank(t) & pd.isna(etype)
        log.add(
            unknown, map_distinct(t, lambda v: f"type_of_violence {v!r} is not 1, 2 or 3; typed Other, kept in event_subtype"), FIX
        )
        log.keep("event_type", unknown, t)
        out["event_type"] = pd.Series(np.where(pd.isna(etype), "Other", etype), dtype=object)
        out["event_subtype"] = pd.Series(np.where(pd.isna(name), t.to_numpy(dtype=object), name), dtype=object)
    if "date_prec" in src:
        _, labels = _coded(
            src,
            "date_prec",
            _UCDP_DATE_PREC,
            _lookup_text,
            "date_precision",
            "date_prec is not a UCDP code 1–5; the dates' own precision is used",
            log,
        )
        out["date_precision"] = labels
    if "where_prec" in src:
        code, prec = _coded(
            src, "where_prec", _UCDP_WHERE_PREC, _lookup, "precision", "where_prec is not a UCDP code 1–7; precision unknown", log
        )
        out["precision"] = pd.Series(prec, dtype=object)
        km = _lookup(code, _UCDP_WHERE_KM)
        out["uncertainty_km"] = pd.Series(km, dtype=object)


def _gtd(src: pd.DataFrame, out: dict[str, pd.Series], log: RowLog) -> None:
    n = len(src)
    y, bad_y = _ints(src["iyear"])
    m, bad_m = _ints(src["imonth"]) if "imonth" in src else (np.zeros(n), np.zeros(n, bool))
    d, bad_d = _ints(src["iday"]) if "iday" in src else (np.zeros(n), np.zeros(n, bool))
    bad = bad_y | bad_m | bad_d | np.isnan(y) | (m < 0) | (m > 12) | (d < 0) | (d > 31)
    m0, d0 = np.nan_to_num(m) == 0, np.nan_to_num(d) == 0
    ys = pd.Series(np.where(np.isnan(y), 0, y).astype(np.int64)).astype("str").str.zfill(4)
    ms = pd.Series(np.nan_to_num(m).astype(np.int64)).astype("str").str.zfill(2)
    ds = pd.Series(np.nan_to_num(d).astype(np.int64)).astype("str").str.zfill(2)
    date = np.where(m0, ys, np.where(d0, ys + "-" + ms, ys + "-" + ms + "-" + ds)).astype(object)
    raw = (
        text(src["iyear"]).fillna("")
        + "/"
        + text(src.get("imonth", pd.Series([""] * n))).fillna("")
        + "/"
        + text(src.get("iday", pd.Series([""] * n))).fillna("")
    )
    date = np.where(bad, raw.to_numpy(dtype=object), date)  # the date check reports it
    out["date"] = pd.Series(date, dtype=object)
    if "specificity" in src:
        code, badc = _ints(src["specificity"])
        prec = _lookup(code, _GTD_SPECIFICITY)
        unknown = badc | (~np.isnan(code) & pd.isna(prec))
        log.add(unknown, "specificity is not a GTD code 1–5; precision unknown", FIX)
        log.keep("precision", unknown, lambda: text(src["specificity"]))
        out["precision"] = pd.Series(prec, dtype=object)
    if "attacktype1_txt" in src:
        at = text(src["attacktype1_txt"])
        etype = _vocab(at, GTD_ATTACK_TYPES, log, "attacktype1_txt", "event_type")
        if "suicide" in src:
            s, _ = _ints(src["suicide"])
            etype = np.where((s == 1) & (etype == "Remote explosive/landmine/IED"), "Suicide bomb", etype)
        out["event_type"] = pd.Series(etype, dtype=object)
        out["event_subtype"] = at
    cites = [c for c in ("scite1", "scite2", "scite3") if c in src]
    if cites:
        joined = pd.Series([""] * n, dtype="str")
        for c in cites:
            t = text(src[c]).fillna("")
            joined = joined.where(t == "", joined.where(joined == "", joined + "; ") + t)
        out["sources"] = joined.where(joined != "", np.nan)


FORMATS: dict[str, SourceFormat] = {
    "acled": SourceFormat(
        "acled",
        (
            frozenset({"event_id_cnty", "event_date"}),
            frozenset({"event_date", "sub_event_type"}),
            frozenset({"event_date", "fatalities", "geo_precision"}),
        ),
        {
            "event_id_cnty": "id",
            "event_date": "date",
            "actor1": "actor",
            "location": "location",
            "country": "country",
            "admin1": "admin1",
            "admin2": "admin2",
            "latitude": "lat",
            "longitude": "lon",
            "geo_precision": "precision",
            "notes": "notes",
            "source": "sources",
        },
        frozenset({"sub_event_type", "fatalities", "time_precision"}),
        "event_date",
        True,
        _acled,
    ),
    "ucdp": SourceFormat(
        "ucdp",
        (
            frozenset({"date_start", "where_coordinates"}),
            frozenset({"date_start", "type_of_violence"}),
            frozenset({"date_start", "best", "high", "low"}),
        ),
        {
            "id": "id",
            "date_start": "date",
            "date_end": "date_end",
            "side_a": "actor",
            "where_coordinates": "location",
            "country": "country",
            "adm_1": "admin1",
            "adm_2": "admin2",
            "latitude": "lat",
            "longitude": "lon",
            "best": "killed_best",
            "low": "killed_min",
            "high": "killed_max",
            "deaths_civilians": "civilians_killed",
            "source_article": "sources",
        },
        frozenset({"type_of_violence", "date_prec", "where_prec"}),
        "date_start",
        None,
        _ucdp,
    ),
    "gtd": SourceFormat(
        "gtd",
        (frozenset({"iyear", "imonth", "iday"}), frozenset({"eventid", "iyear"})),
        {
            "eventid": "id",
            "country_txt": "country",
            "provstate": "admin1",
            "city": "location",
            "latitude": "lat",
            "longitude": "lon",
            "gname": "actor",
            "nkill": "killed_best",
            "nwound": "injured_best",
            "summary": "notes",
        },
        frozenset({"iyear", "imonth", "iday", "specificity"}),
        "iyear",
        None,
        _gtd,
    ),
    "geoinc": SourceFormat(
        "geoinc", (), {**{c: c for c in SCHEMA_INPUT}, "latitude": "lat", "longitude": "lon", "place_name": "location"}
    ),
}


def detect_format(columns) -> str:
    """'acled', 'ucdp', 'gtd' or 'geoinc' from a table's column names (case-insensitive).

    geoinc's own output (it has ``geocode_status``) is always 'geoinc'.
    """
    cols = {str(c).strip().lower() for c in columns}
    if {"geocode_status", "status"} <= cols:
        return "geoinc"
    for name, fmt in FORMATS.items():
        if any(sig <= cols for sig in fmt.signatures):
            return name
    return "geoinc"


def to_schema(raw: pd.DataFrame, fmt: str, log: RowLog) -> tuple[dict[str, pd.Series], dict[str, str]]:
    """Schema columns (as text Series) from a raw table, and the pass-through columns.

    Returns ``(columns, passthrough)``: ``passthrough`` maps each raw column that is not
    consumed to its output name (unchanged, or ``<format>_<name>`` where it would clash
    with a schema column).
    """
    spec = FORMATS[fmt]
    src = raw.rename(columns={c: str(c).strip().lower() for c in raw.columns}) if fmt != "geoinc" else raw
    out: dict[str, pd.Series] = {}
    used: set[str] = set()
    for s_col, target in spec.rename.items():
        col = s_col if fmt == "geoinc" else s_col.lower()
        if col in src.columns and target not in out:
            out[target] = src[col].reset_index(drop=True)
            used.add(col)
    if spec.derive is not None:
        spec.derive(src, out, log)
        used |= {c for c in spec.consumed if c in src.columns}
    passthrough: dict[str, str] = {}
    taken = set(INCIDENT_COLUMNS) | {"geometry"}
    for c in raw.columns:
        key = c if fmt == "geoinc" else str(c).strip().lower()
        if key in used:
            continue
        name = str(c)
        if name in taken:
            if fmt == "geoinc":
                continue  # a schema column: read through the schema
            name = f"{fmt}_{name}"
        passthrough[c] = name
    return out, passthrough
