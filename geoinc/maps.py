"""Folium maps of incidents that work with no network: a basemap without tiles, the region's
border (the Durand Line), incidents by type and casualties drawn honestly by precision, filters, a timeline.

The page carries everything it runs: Leaflet (shipped in the wheel, from the npm registry;
``geoinc/assets/vendor/``), the page script and style (``geoinc/templates/``), the basemap
(``geoinc/assets/basemap.json``, see :mod:`geoinc.basemap`) and the incidents as compact
binary columns (base64 of little-endian integer arrays, texts through per-column value
tables). The page script draws the incidents on one canvas — as hexagon bins when too many
are in view — and builds each popup from text nodes when it is opened, so no text from the
data is ever parsed as HTML. ``cdn=True`` loads Leaflet from jsDelivr instead (smaller file,
needs the network).

Element ids are numbered in creation order per map (not random), so the same input gives
the same bytes; the rendered page text is never rewritten.

Nothing in geoinc imports this module; it imports folium only here.
"""

from __future__ import annotations

import base64
import html
import json
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .analysis import DEFAULT_BANDS_KM, band_labels
from .deps import optional_import
from .errors import MapError
from .incidents import EVENT_TYPES, parse_sources
from .regions import RegionLike

__all__ = ["AGGREGATE_ABOVE", "EVENT_COLOURS", "MAX_CIRCLE_KM", "MapError", "incident_map", "safe_json", "save_map"]

#: Colour of each event type (legend and markers), colour-blind friendly (Okabe-Ito).
EVENT_COLOURS = {
    "Air/drone strike": "#D55E00",
    "Shelling/artillery/missile attack": "#E69F00",
    "Suicide bomb": "#CC79A7",
    "Remote explosive/landmine/IED": "#F0E442",
    "Armed clash": "#0072B2",
    "Attack": "#56B4E9",
    "Other": "#777777",
}
#: Uncertainty circles wider than this (km) are not drawn; province-level locations get none.
MAX_CIRCLE_KM = 100.0
#: With more incidents than this in view (and zoomed out below :data:`AGGREGATE_ZOOM`),
#: the page draws hexagon bins with counts instead of single incidents.
AGGREGATE_ABOVE = 20_000
AGGREGATE_ZOOM = 12
#: The "Location uncertainty" layer is on at load for maps of at most this many incidents.
UNCERTAINTY_SHOWN_UP_TO = 500
_TEMPLATES = Path(__file__).resolve().parent / "templates"
_PERIOD_END = {"day": 0, "week": 6}  # days after the first day; month and year from the calendar
_SLOTS = re.compile(r"__MAP__|__NAME__|__GROUPS__|/\*OPTIONS\*/null|/\*BASE\*/null|/\*DATA\*/null")


_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_IN_STRING = str.maketrans(
    {
        "<": "\\u003c",
        ">": "\\u003e",
        "&": "\\u0026",
        "{": "\\u007b",
        "}": "\\u007d",
        "%": "\\u0025",
        "#": "\\u0023",
        "\u2028": "\\u2028",
        "\u2029": "\\u2029",
    }
)


def safe_json(value: Any) -> str:
    """JSON that is safe inside an HTML ``<script>`` **and** inside a folium/branca template.

    Inside every JSON string, ``< > &`` (no closing ``</script>``, no tags), ``{ } % #``
    (branca re-reads rendered output as a Jinja template, so ``{{ }}`` or ``{% %}`` in user
    text would run) and the JS line separators are written as ``\\uXXXX`` escapes, which
    JavaScript reads back as the same characters.

    >>> safe_json({"a": "</script>"})
    '{"a":"\\\\u003c/script\\\\u003e"}'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return _JSON_STRING.sub(lambda m: m.group(0).translate(_IN_STRING), text)


def _script_json(value: Any) -> str:
    """JSON safe inside an HTML ``<script>`` (no ``</script>``, no tags, no JS line breaks).

    ``< > &`` and U+2028/9 never occur in JSON outside strings, so replacing them
    everywhere by their ``\\uXXXX`` escapes changes only strings, which JavaScript reads
    back unchanged. For text inserted into the page as is, never through a template
    engine (use :func:`safe_json` where a template may read it).
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for c, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(c, esc)
    return text


# ----------------------------------------------------------------------------- columns
def _b64(arr: np.ndarray) -> str:
    return base64.b64encode(np.ascontiguousarray(arr).tobytes()).decode("ascii")


def _width(k: int) -> tuple[int, str]:
    return (1, "<u1") if k <= 256 else (2, "<u2") if k <= 65536 else (4, "<u4")


def _dictionary(values, convert=None) -> dict:
    """A column as a value table and one code per row (the smallest integer width that fits).

    ``{"v": values, "c": base64 codes, "w": bytes per code}``; ``w == 0``: one value for
    every row (no codes); ``c is None``: row *i* has value *i* (all distinct, in order).
    Missing values (NaN, None, and whatever ``convert`` turns into None) become ``null``.
    ``convert`` runs once per distinct value, never per row.
    """
    codes, uniques = pd.factorize(pd.Series(values).reset_index(drop=True), use_na_sentinel=True)
    table = [convert(u) if convert else u for u in uniques] + [None]
    codes = np.where(codes < 0, len(table) - 1, codes)
    # values that became equal after conversion (e.g. "" and None) share one code; unused ones go
    keys = pd.Series([json.dumps(v) if isinstance(v, list) else v for v in table], dtype=object)
    merged, _ = pd.factorize(keys, use_na_sentinel=False)
    row_codes = merged[codes]
    used = np.zeros(int(merged.max()) + 1, dtype=bool)
    used[row_codes] = True
    renumber = np.cumsum(used) - 1
    codes = renumber[row_codes]
    first = np.full(len(used), -1)
    first[merged[::-1]] = np.arange(len(merged))[::-1]  # first table entry of each merged value
    table = [table[first[k]] for k in np.flatnonzero(used)]
    n = len(codes)
    if len(table) <= 1:
        return {"v": table or [None], "c": None, "w": 0}
    if len(table) == n and np.array_equal(codes, np.arange(n)):
        return {"v": table, "c": None, "w": 4}
    w, dtype = _width(len(table))
    return {"v": table, "c": _b64(codes.astype(dtype)), "w": w}


def _number(v) -> int | float | None:
    f = float(v)
    if not np.isfinite(f):
        return None
    return int(f) if f == round(f) and abs(f) < 2**53 else f


def _numeric(values, digits: int | None = None) -> dict:
    arr = pd.to_numeric(pd.Series(values).reset_index(drop=True), errors="coerce").astype(float)
    if digits is not None:
        arr = arr.round(digits)
    return _dictionary(arr, _number)


def _text(values, limit: int | None = None) -> dict:
    def clean(v) -> str | None:
        text = str(v)
        return text[:limit] if text.strip() else None

    return _dictionary(pd.Series(values, dtype=object), clean)


def _sources(values) -> dict:
    """One value per distinct sources cell: ``[[outlet or URL, http(s) URL or ""], ...]``."""

    def links(cell) -> list[list[str]]:
        out = []
        for outlet, url in parse_sources(cell):
            ok = url if url.lower().startswith(("http://", "https://")) else ""
            out.append([outlet or ok or url, ok])
        return out

    return _dictionary(pd.Series(values, dtype=object), links)


def _payload(gdf) -> tuple[dict, np.ndarray, np.ndarray]:
    """The incidents with a location as the page's columns; plus their lon/lat."""
    from .coords import lonlat

    lon, lat, _, _ = lonlat(gdf.geometry.values)
    keep = np.isfinite(lon) & np.isfinite(lat)
    g = gdf.loc[keep].reset_index(drop=True)
    lon, lat = lon[keep], lat[keep]
    n = len(g)

    def col(name: str, default=None) -> pd.Series:
        return g[name] if name in g else pd.Series([default] * n, dtype=object)

    etype = col("event_type", "Other").astype(object)
    type_code = pd.Categorical(etype.where(etype.isin(EVENT_TYPES), "Other"), categories=list(EVENT_TYPES)).codes
    dates = pd.to_datetime(col("date"), errors="coerce").reset_index(drop=True)
    day = pd.Series(dates.to_numpy(dtype="datetime64[D]").astype(np.int64).astype(float)).mask(dates.isna())
    # the last day a date can mean: +6 for a week, the month's or the year's last day
    dp_codes, dp_uniques = pd.factorize(col("date_precision", "day"), use_na_sentinel=True)
    dp_names = np.array([str(u) for u in dp_uniques] + ["day"], dtype=object)
    dprec = dp_names[np.where(dp_codes < 0, len(dp_names) - 1, dp_codes)]
    base = np.array([float(_PERIOD_END.get(u, 0)) for u in dp_names])[np.where(dp_codes < 0, len(dp_names) - 1, dp_codes)]
    span = np.select(
        [dprec == "month", dprec == "year"],
        [dates.dt.days_in_month.to_numpy(float) - 1, 364.0 + dates.dt.is_leap_year.to_numpy(float)],
        base,
    )
    cols = {
        "day": _numeric(day),
        "dend": _numeric(pd.Series(span).mask(dates.isna())),
        "dprec": _text(dprec),
        "kmin": _numeric(col("killed_min")),
        "kbest": _numeric(col("killed_best")),
        "kmax": _numeric(col("killed_max")),
        "imin": _numeric(col("injured_min")),
        "ibest": _numeric(col("injured_best")),
        "imax": _numeric(col("injured_max")),
        "civ": _numeric(col("civilians_killed")),
        "prec": _numeric(col("precision")),
        "unc": _numeric(col("uncertainty_km"), 1),
        "id": _text(col("id")),
        "sub": _text(col("event_subtype")),
        "loc": _text(col("location")),
        "place": _text(col("place")),
        "actor": _text(col("actor")),
        "verif": _text(col("verification")),
        "notes": _text(col("notes"), 600),
        "src": _sources(col("sources")),
    }
    payload = {
        "n": n,
        "types": list(EVENT_TYPES),
        "colours": [EVENT_COLOURS[t] for t in EVENT_TYPES],
        "lat": _b64(np.round(lat * 1e5).astype("<i4")),
        "lon": _b64(np.round(lon * 1e5).astype("<i4")),
        "type": _b64(type_code.astype("<u1")),
        "cols": cols,
    }
    return payload, lon, lat


# ----------------------------------------------------------------------------- page parts
@lru_cache(maxsize=4)
def _template(name: str) -> str:
    return (_TEMPLATES / name).read_text(encoding="utf-8")


def _vendor() -> list[dict]:
    from .assets import vendored

    return vendored()


def _attribution(credit: str) -> str:
    """The region's credit line as HTML (escaped), OpenStreetMap's copyright linked (ODbL asks for it)."""
    text = html.escape(credit or "")
    link = '<a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">OpenStreetMap</a>'
    return text.replace("OpenStreetMap", link, 1)


def _elements():
    """Element classes, defined on first use (folium is imported only here)."""
    from branca.element import Element, MacroElement

    class Raw(Element):
        """Text output as is (branca would otherwise compile it as a Jinja template)."""

        def __init__(self, text: str) -> None:
            super().__init__()
            self._name = "Raw"
            self.text = text

        def render(self, **kwargs) -> str:
            return self.text

    class IncidentApp(MacroElement):
        """The page script for one map: basemap, incidents, filters, legend and timeline."""

        def __init__(self, data: str, base: str, options: str, groups: dict[str, Any]) -> None:
            super().__init__()
            self._name = "IncidentApp"
            self.data, self.base, self.options, self.groups = data, base, options, groups

        def render(self, **kwargs) -> str:
            # names are read now, when every element has its final id
            names = {k: (v.get_name() if v is not None else None) for k, v in self.groups.items()}
            groups = "{" + ",".join(f"{json.dumps(k)}:{v or 'null'}" for k, v in names.items()) + "}"
            map_name = self._parent.get_name()  # type: ignore[union-attr]
            table = {
                "__MAP__": map_name,
                "__NAME__": json.dumps(map_name),
                "__GROUPS__": groups,
                "/*OPTIONS*/null": self.options,
                "/*BASE*/null": self.base,
                "/*DATA*/null": self.data,
            }
            # one pass over the template: inserted text is never searched again
            script = _SLOTS.sub(lambda s: table[s.group(0)], _template("map_init.js"))
            self.get_root().script.add_child(Raw(script), name=self.get_name())  # type: ignore[attr-defined]
            return ""

    return Raw, IncidentApp


def _head(m, raw, cdn: bool) -> None:
    """Leaflet, leaflet.heat, the page script and its style: inlined, or Leaflet from the CDN."""
    from .assets import vendored_text

    figure = m.get_root()
    for k, item in enumerate(_vendor()):
        name = f"geoinc_vendor_{k}"
        if cdn:
            url = html.escape(item["cdn"])
            tag = (
                f'<link rel="stylesheet" href="{url}"/>'
                if item["file"].endswith(".css")
                else f'<script src="{url}" crossorigin="anonymous"></script>'
            )
        elif item["file"].endswith(".css"):
            tag = "<style>" + vendored_text(item["file"]).replace("</style", "<\\/style") + "</style>"
        else:
            tag = "<script>" + vendored_text(item["file"]).replace("</script", "<\\/script") + "</script>"
        figure.header.add_child(raw(tag), name=name)
    figure.header.add_child(raw("<style>" + _template("map.css") + "</style>"), name="geoinc_css")
    figure.header.add_child(raw("<script>" + _template("map.js") + "</script>"), name="geoinc_js")


def _number_ids(m) -> None:
    """Give every element of the map an id from its position in the tree, not a random one.

    Runs before anything reads a name (:class:`IncidentApp` reads them at render time).
    """
    root = m.get_root()
    counter = 0
    stack = [root]
    while stack:
        el = stack.pop(0)
        counter += 1
        el._id = f"{counter:x}"
        stack.extend(getattr(el, "_children", {}).values())


def incident_map(
    gdf,
    *,
    title: str | None = None,
    cluster: bool | None = None,
    heatmap: bool = True,
    time: bool = True,
    timeline: str = "auto",
    bands_km: Sequence[float] | None = DEFAULT_BANDS_KM,
    provinces: bool = True,
    tiles: str | None = None,
    tile_layers: Sequence[str] = ("OpenStreetMap",),
    cdn: bool = False,
    aggregate_above: int = AGGREGATE_ABOVE,
    region: RegionLike = None,
):
    """A folium map of incidents against a region's border (the shipped region's Durand
    Line) that works with no network.

    Parameters
    ----------
    gdf : GeoDataFrame
        Incidents as from :func:`geoinc.read_incidents` (any CRS; rows without geometry
        are counted in the title but not drawn).
    title : str, optional
        Shown at the top right (as text).
    cluster : bool, optional
        ``False``: always draw single incidents, never hexagon bins. Default: hexagon bins
        when more than ``aggregate_above`` incidents are in view.
    heatmap : bool
        Offer a heatmap layer (off at load; follows the filters).
    time : bool
        Show the timeline of incidents per week or month (drag over it to filter by date).
    timeline : {"auto", "week", "month"}
        Its first bin size ("auto": weeks for up to six months of data, else months).
    bands_km : sequence of float or None
        Distance bands either side of the line (a layer, off at load); ``None`` for none.
    provinces : bool
        Country, province (and, where the gazetteer has them, district) outlines, and towns.
    tiles : str, optional
        An online tile layer to show at load (e.g. ``"OpenStreetMap"``). Default: none —
        the offline basemap, which needs no network.
    tile_layers : sequence of str
        Online tile layers offered in the layer control (folium names); ``()`` for none.
    cdn : bool
        Load Leaflet from jsDelivr (smaller file; the page then needs the network).
        Default: inlined from the copies shipped with geoinc.
    aggregate_above : int
        See ``cluster``.
    region : str, Path or Region, optional
        Whose basemap (outlines, border lines, towns, bands), view, border names and
        attribution to draw: an installed region's name or a region folder; default the
        shipped region.

    Returns
    -------
    folium.Map
        Save it with :func:`save_map` (deterministic bytes).

    Raises
    ------
    MapError
        Not a GeoDataFrame, no CRS, or a bad option (the message says which).
    """
    folium = optional_import("folium", "incident_map")
    from .basemap import basemap
    from .coords import require_wgs84

    gdf = require_wgs84(gdf, MapError)
    if timeline not in ("auto", "week", "month"):
        raise MapError(f"timeline must be 'auto', 'week' or 'month', got {timeline!r}")
    if isinstance(tile_layers, str):
        tile_layers = (tile_layers,)
    if tiles is not None and tiles not in tile_layers:
        tile_layers = (tiles, *tile_layers)
    bands = tuple(float(b) for b in bands_km) if bands_km else ()
    if bands:
        band_labels(bands)  # validates
    payload, lon, lat = _payload(gdf)
    n = payload["n"]
    base = basemap(bands, region)
    view = base.pop("view")
    line_name = ", ".join(f["properties"]["name"] for f in base.get("lines", {}).get("features", [base["line"]]))
    if not provinces:
        base = {
            **base,
            "provinces": {"type": "FeatureCollection", "features": []},
            "districts": {"type": "FeatureCollection", "features": []},
            "towns": [],
        }

    m = folium.Map(location=view["center"], zoom_start=view["zoom"], tiles=None, prefer_canvas=True, control_scale=True)
    m.default_js, m.default_css = [], []  # Leaflet comes from the shipped copies (or cdn=True)
    raw, IncidentApp = _elements()
    _head(m, raw, cdn)

    def group(name: str, show: bool = True, overlay: bool = True):
        return folium.FeatureGroup(name=html.escape(name), show=show, overlay=overlay).add_to(m)

    groups: dict[str, Any] = {"offline": group("No tiles (offline basemap)", show=tiles is None, overlay=False)}
    for name in tile_layers:
        try:
            layer = folium.TileLayer(name, show=name == tiles, overlay=False, control=True)
        except (ValueError, KeyError, TypeError) as exc:
            raise MapError(f"unknown tile layer {name!r}: give a name folium knows, such as 'OpenStreetMap' ({exc})") from exc
        layer.layer_name = html.escape(str(name))  # Leaflet shows layer names as HTML
        layer.add_to(m)
    groups["outlines"] = group("Outlines")
    groups["bands"] = group(f"Distance to the {line_name}", show=False) if bands else None
    groups["line"] = group(line_name)
    groups["towns"] = group("Towns")
    groups["uncertainty"] = group("Location uncertainty (district level)", show=n <= UNCERTAINTY_SHOWN_UP_TO)
    groups["incidents"] = group("Incidents")
    groups["heat"] = group("Heatmap", show=False) if heatmap else None

    if n:
        pad = 0.05
        bounds = [[float(lat.min()) - pad, float(lon.min()) - pad], [float(lat.max()) + pad, float(lon.max()) + pad]]
    else:
        bounds = view["bounds"]
    options = {
        "title": None if title is None else str(title),
        "unplaced": int(len(gdf) - n),
        "bounds": bounds,
        "time": bool(time),
        "timeline": timeline,
        "timeline_hidden": False,
        "aggregate_above": (2**53 if cluster is False else int(aggregate_above)),
        "aggregate_below_zoom": AGGREGATE_ZOOM,
        "max_circle_km": MAX_CIRCLE_KM,
        "attribution": _attribution(base.get("attribution", "")),
    }
    app = IncidentApp(_script_json(payload), _script_json(base), safe_json(options), groups)
    m.add_child(app)
    folium.LayerControl(collapsed=False).add_to(m)
    _number_ids(m)
    return m


def save_map(m, path: str | Path) -> Path:
    """Write the map's HTML (UTF-8). The same map gives the same bytes."""
    path = Path(path)
    path.write_text(m.get_root().render(), encoding="utf-8")
    return path
