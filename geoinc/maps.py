"""Folium maps of incidents: the Durand Line, distance bands, provinces, incidents by type
and casualties, honest imprecision, clustering, a heatmap and a time control.

Incidents travel to the page once, as compact columns (numbers, and strings through a
shared string table); the page draws them on a canvas and builds each popup only when it
is opened, escaping every text. That keeps a 100,000-incident page to about 15 MB that
loads in a few seconds (benchmarks/RESULTS.md), where one folium ``Marker`` per incident
would not load at all.

Nothing in geoinc imports this module; it imports folium only here.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .analysis import DEFAULT_BANDS_KM, band_labels
from .errors import GeoincError
from .incidents import EVENT_TYPES, parse_sources

__all__ = ["CLUSTER_THRESHOLD", "EVENT_COLOURS", "MAX_CIRCLE_KM", "MapError", "incident_map", "safe_json", "save_map"]

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
#: Uncertainty circles wider than this (km) are not drawn (a province or the whole border):
#: the dashed hollow marker alone says "not a precise location".
MAX_CIRCLE_KM = 100.0
#: Above this many incidents the incident layer is clustered unless ``cluster=False``.
CLUSTER_THRESHOLD = 500
_PRECISION_LABEL = {1: "town or finer", 2: "district", 3: "province or larger"}
_DAY_MS = 86_400_000
_PERIOD_DAYS = {"day": 1, "week": 7, "month": 31, "year": 366}
_LEAFLET = [("leaflet", "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js")]
_LEAFLET_CSS = [("leaflet_css", "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css")]
# Leaflet.markercluster 1.5.3: folium's default 1.1.0 fails when the view changes while it loads in chunks
_CLUSTER_JS = [("markerclusterjs", "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.5.3/leaflet.markercluster.js")]
_CLUSTER_CSS = [
    ("markerclustercss", "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.5.3/MarkerCluster.css"),
    ("markerclusterdefaultcss", "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.5.3/MarkerCluster.Default.css"),
]
_HEAT_JS = ("leaflet-heat.js", "https://cdn.jsdelivr.net/gh/python-visualization/folium@main/folium/templates/leaflet_heat.min.js")


class MapError(GeoincError, ValueError):
    """Bad input to :func:`incident_map` (the message says what and how to fix it)."""


_JSON_STRING = __import__("re").compile(r'"(?:[^"\\]|\\.)*"')
_IN_STRING = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "{": "\\u007b", "}": "\\u007d", "%": "\\u0025",
              "#": "\\u0023", "\u2028": "\\u2028", "\u2029": "\\u2029"}  # fmt: skip


def safe_json(value: Any) -> str:
    """JSON that is safe inside an HTML ``<script>`` **and** inside a folium/branca template.

    Inside every JSON string, ``< > &`` (no closing ``</script>``, no tags), ``{ } % #``
    (branca re-reads rendered output as a Jinja template, so ``{{ }}`` or ``{% %}`` in user
    text would run) and the JS line separators are written as ``\\uXXXX`` escapes, which
    JavaScript reads back as the same characters.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    table = str.maketrans(_IN_STRING)
    return _JSON_STRING.sub(lambda m: m.group(0).translate(table), text)


# ----------------------------------------------------------------------------- payload
class _Strings:
    """A shared string table: each distinct text is sent once."""

    def __init__(self) -> None:
        self.items: list[str] = [""]
        self.index: dict[str, int] = {"": 0}

    def one(self, value: Any) -> int:
        if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
            return 0
        text = str(value)
        i = self.index.get(text)
        if i is None:
            i = self.index[text] = len(self.items)
            self.items.append(text)
        return i

    def column(self, values, transform=None) -> list[int]:
        """Vectorised: codes of a whole column (each distinct value looked up once)."""
        codes, uniques = pd.factorize(pd.Series(values, dtype=object), use_na_sentinel=True)
        table = np.array([self.one(transform(u) if transform else u) for u in uniques] + [0], dtype=np.int64)
        return table[codes].tolist()  # code -1 (missing) picks the trailing 0


def _num_list(values, nd: int | None = None) -> list:
    arr = pd.to_numeric(pd.Series(values), errors="coerce").to_numpy(dtype=float)
    if nd is not None:
        arr = np.round(arr, nd)
    out = arr.astype(object)
    out[~np.isfinite(arr)] = None
    whole = np.isfinite(arr) & (arr == np.round(arr))
    out[whole] = arr[whole].astype(np.int64)
    return out.tolist()


def _payload(gdf) -> tuple[dict, np.ndarray, np.ndarray]:
    """Columns the page needs, for incidents with a location; plus their lon/lat."""
    from .analysis import _lonlat

    lon, lat = _lonlat(gdf.geometry.values)
    keep = np.isfinite(lon) & np.isfinite(lat)
    g = gdf.loc[keep]
    lon, lat = lon[keep], lat[keep]
    n = len(g)
    col = lambda c, default=None: g[c] if c in g else pd.Series([default] * n, index=g.index, dtype=object)  # noqa: E731
    s = _Strings()
    etype = col("event_type", "Other").astype(object)
    type_code = pd.Categorical(etype.where(etype.isin(EVENT_TYPES), "Other"), categories=list(EVENT_TYPES)).codes
    dates = pd.to_datetime(col("date"), errors="coerce")
    ms = dates.to_numpy(dtype="datetime64[ms]").astype(np.int64).astype(object)
    ms[dates.isna().to_numpy()] = None
    prec_d = col("date_precision", "day").astype(object).fillna("day")
    # sources: parse each distinct cell once; only http(s) URLs become links
    src_codes, src_uniques = pd.factorize(col("sources").astype(object), use_na_sentinel=True)
    parsed = []
    for cell in src_uniques:
        items = []
        for outlet, url in parse_sources(cell):
            ok_url = url if url.lower().startswith(("http://", "https://")) else ""
            items.append([s.one(outlet or ok_url), s.one(ok_url)])
        parsed.append(items)
    parsed.append([])
    sources = [parsed[c] for c in src_codes]
    notes = col("notes").astype(object)
    payload = {
        "n": n,
        "types": list(EVENT_TYPES),
        "colours": [EVENT_COLOURS[t] for t in EVENT_TYPES],
        "lat": _num_list(lat, 5),
        "lon": _num_list(lon, 5),
        "type": type_code.astype(int).tolist(),
        "start": ms.tolist(),
        "days": prec_d.map(lambda p: _PERIOD_DAYS.get(str(p), 1)).astype(int).tolist(),
        "date": s.column(dates, lambda d: d.strftime("%Y-%m-%d")),
        "dprec": s.column(prec_d),
        "kmin": _num_list(col("killed_min")),
        "kbest": _num_list(col("killed_best")),
        "kmax": _num_list(col("killed_max")),
        "imin": _num_list(col("injured_min")),
        "ibest": _num_list(col("injured_best")),
        "imax": _num_list(col("injured_max")),
        "civ": _num_list(col("civilians_killed")),
        "prec": _num_list(col("precision")),
        "unc": _num_list(col("uncertainty_km"), 1),
        "id": s.column(col("id")),
        "sub": s.column(col("event_subtype")),
        "loc": s.column(col("location")),
        "place": s.column(col("place")),
        "actor": s.column(col("actor")),
        "verif": s.column(col("verification")),
        "notes": s.column(notes, lambda v: str(v)[:600]),
        "src": sources,
        "strings": s.items,
    }
    return payload, lon, lat


def _payload_json(payload: dict) -> str:
    """The payload as script-safe JSON: numbers and codes as plain JSON, only the text
    (the string table, type names, colours) through :func:`safe_json`."""
    texts = {k: payload[k] for k in ("strings", "types", "colours")}
    rest = {k: v for k, v in payload.items() if k not in texts}
    body = json.dumps(rest, separators=(",", ":"), allow_nan=False)
    return body[:-1] + "," + safe_json(texts)[1:]


# ----------------------------------------------------------------------------- border layers
@lru_cache(maxsize=8)
def _band_geojson(bands_km: tuple[float, ...]) -> dict:
    """Distance bands either side of the line (geodesic to within the projection's < 0.5 %)."""
    import shapely
    from pyproj import CRS, Transformer

    from .border import AEQD_PROJ4, country_outline, durand_line

    crs = CRS.from_proj4(AEQD_PROJ4)
    fwd = Transformer.from_crs("EPSG:4326", crs, always_xy=True)
    inv = Transformer.from_crs(crs, "EPSG:4326", always_xy=True)
    to_m = lambda geom: shapely.transform(geom, lambda xy: np.column_stack(fwd.transform(xy[:, 0], xy[:, 1])))  # noqa: E731
    to_deg = lambda geom: shapely.transform(geom, lambda xy: np.column_stack(inv.transform(xy[:, 0], xy[:, 1])))  # noqa: E731
    # display only: a 250 m simplification moves band edges by < 250 m and buffers 50x faster
    line = to_m(durand_line()).simplify(250.0)
    sides = {cc: to_m(country_outline(cc).simplify(0.01)) for cc in ("AF", "PK")}
    labels = band_labels(bands_km)
    feats = []
    inner = None
    for r, label in zip(bands_km, labels):
        ring = line.buffer(r * 1000.0, quad_segs=4)
        band = ring if inner is None else ring.difference(inner)
        inner = ring
        for cc, outline in sides.items():
            part = band.intersection(outline).simplify(200.0)
            if part.is_empty:
                continue
            geom = to_deg(part)
            feats.append({"type": "Feature", "properties": {"band": label, "side": cc},
                          "geometry": json.loads(shapely.to_geojson(shapely.set_precision(geom, 1e-4)))})  # fmt: skip
    return {"type": "FeatureCollection", "features": feats}


@lru_cache(maxsize=1)
def _provinces_geojson() -> dict:
    import shapely

    from .gazetteer import Gazetteer, _shipped_geometries

    g = Gazetteer.default()
    feats = []
    for pid, geom in sorted(_shipped_geometries().items()):
        if pid.startswith("adm1:") and g.get(pid) is not None and g[pid].kind == "province":
            simple = shapely.set_precision(geom.simplify(0.01), 1e-3)
            feats.append({"type": "Feature", "properties": {"name": g[pid].name, "country": g[pid].country},
                          "geometry": json.loads(shapely.to_geojson(simple))})  # fmt: skip
    return {"type": "FeatureCollection", "features": feats}


@lru_cache(maxsize=1)
def _line_geojson() -> dict:
    import shapely

    from .border import durand_line

    geom = shapely.set_precision(durand_line().simplify(0.0005), 1e-5)
    return {"type": "Feature", "properties": {"name": "Durand Line"}, "geometry": json.loads(shapely.to_geojson(geom))}


# ----------------------------------------------------------------------------- page elements
def _elements():
    """folium element classes, defined on first use (folium is imported only here)."""
    import folium
    from branca.element import Element, JavascriptLink, MacroElement
    from jinja2 import Template

    class _Raw(Element):
        """Text that is output as is (branca would otherwise compile it as a template)."""

        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

        def render(self, **kwargs) -> str:
            return self.text

    class IncidentLayer(folium.elements.JSCSSMixin, MacroElement):
        """Draws the incidents from compact columns into folium groups made in Python."""

        default_js = [_HEAT_JS]
        _template = Template(
            """
{% macro script(this, kwargs) %}
(function () {
  var D = /*GEOINC-PAYLOAD*/null;
  var map = {{ this._parent.get_name() }};
  var esc = function (v) {
    return String(v).replace(/[&<>"'`=\\/{}]/g, function (c) { return "&#" + c.charCodeAt(0) + ";"; });
  };
  var S = function (i) { return D.strings[i] || ""; };
  var num = function (v) { return v === null || v === undefined ? "?" : String(v); };
  var range = function (lo, best, hi) {
    if (lo === null && best === null && hi === null) { return "not reported"; }
    return num(lo) + " – " + num(best) + " – " + num(hi);
  };
  var radius = function (i) {
    var k = D.kbest[i] !== null ? D.kbest[i] : (D.kmin[i] !== null ? D.kmin[i] : 0);
    return Math.min(22, 4 + 3 * Math.sqrt(Math.max(0, k)));
  };
  var imprecise = function (i) { return (D.prec[i] || 1) >= 2; };
  var popup = function (i) {
    var rows = [
      ["Date", esc(S(D.date[i])) + (S(D.dprec[i]) && S(D.dprec[i]) !== "day" ? " (" + esc(S(D.dprec[i])) + " precision)" : "")],
      ["Type", esc(D.types[D.type[i]]) + (S(D.sub[i]) ? " — " + esc(S(D.sub[i])) : "")],
      ["Reported place", esc(S(D.loc[i]))],
      ["Resolved to", esc(S(D.place[i])) + " (precision " + esc(num(D.prec[i])) + ", ±" + esc(num(D.unc[i])) + " km)"],
      ["Killed (min–best–max)", esc(range(D.kmin[i], D.kbest[i], D.kmax[i]))],
      ["Injured (min–best–max)", esc(range(D.imin[i], D.ibest[i], D.imax[i]))],
      ["Civilians killed", esc(num(D.civ[i]))],
      ["Alleged actor", esc(S(D.actor[i]))],
      ["Verification", esc(S(D.verif[i]))]
    ];
    var src = D.src[i].map(function (p) {
      var name = esc(S(p[0])), url = S(p[1]);
      return url ? '<a href="' + esc(url) + '" target="_blank" rel="noopener noreferrer nofollow">' + name + "</a>" : name;
    }).join("; ");
    rows.push(["Sources", src]);
    if (S(D.notes[i])) { rows.push(["Notes", esc(S(D.notes[i]))]); }
    var html = '<div class="geoinc-popup" data-id="' + esc(S(D.id[i])) + '"><b>' + esc(S(D.id[i])) + "</b><table>";
    rows.forEach(function (r) { html += "<tr><th>" + r[0] + "</th><td>" + r[1] + "</td></tr>"; });
    return html + "</table></div>";
  };
  var style = function (i) {
    var c = D.colours[D.type[i]];
    return imprecise(i)
      ? {radius: radius(i), color: c, weight: 2, dashArray: "3 3", fillColor: "#ffffff", fillOpacity: 0.6}
      : {radius: radius(i), color: "#222222", weight: 1, fillColor: c, fillOpacity: 0.85};
  };
  // the map prefers canvas: every vector layer shares its one canvas, so clicks reach the topmost
  var make = function (i) {
    var o = style(i);
    var m = L.circleMarker([D.lat[i], D.lon[i]], o);
    m.geoincIndex = i;
    return m;
  };
  // one click handler per group, popups bound on first use: no popup objects for 100k markers
  var open = function (m) {
    if (!m.getPopup()) { m.bindPopup(function () { return popup(m.geoincIndex); }, {maxWidth: 360}); }
    m.openPopup();
    return m.getPopup();
  };
  var onClick = function (e) { if (e.layer && e.layer.geoincIndex !== undefined) { open(e.layer); } };
  var markers = new Array(D.n);
  for (var i = 0; i < D.n; i++) { markers[i] = make(i); }
  var target = {{ this.target }};
  // set the view first, without animation: a zoom animation ending while the cluster group
  // loads its markers in chunks breaks Leaflet.markercluster
  map.fitBounds({{ this.bounds }}, {animate: false});
  target.on("click", onClick);
  if (typeof target.addLayers === "function") { target.addLayers(markers); }
  else { for (var j = 0; j < D.n; j++) { target.addLayer(markers[j]); } }
  // the optional layers are filled when first shown (they cost time with 100k incidents)
  var lazily = function (group, fill) {
    var done = false;
    var run = function () { if (!done) { done = true; fill(group); } };
    group.on("add", run);
    if (map.hasLayer(group)) { run(); }
  };
  {% if this.uncertainty %}
  lazily({{ this.uncertainty }}, function (unc) {
    for (var u = 0; u < D.n; u++) {
      if (imprecise(u) && D.unc[u] && D.unc[u] <= {{ this.max_circle_km }}) {
        unc.addLayer(L.circle([D.lat[u], D.lon[u]], {radius: D.unc[u] * 1000, color: D.colours[D.type[u]],
          weight: 1, dashArray: "4 4", fillOpacity: 0.05, interactive: false}));
      }
    }
  });
  {% endif %}
  {% if this.heat %}
  lazily({{ this.heat }}, function (heat) {
    var pts = new Array(D.n);
    for (var h = 0; h < D.n; h++) {
      var k = D.kbest[h] !== null ? D.kbest[h] : (D.kmin[h] !== null ? D.kmin[h] : 0);
      pts[h] = [D.lat[h], D.lon[h], 1 + Math.min(k, 50) / 10];
    }
    heat.addLayer(L.heatLayer(pts, {radius: 18, blur: 15, maxZoom: 10}));
  });
  {% endif %}
  window.geoinc = window.geoinc || {};
  window.geoinc[{{ this._parent.get_name()|tojson }}] = {data: D, markers: markers, popup: popup, style: style,
                                                      make: make, open: open, onClick: onClick};
})();
{% endmacro %}
"""
        )

        def __init__(self, payload: dict, target: str, uncertainty: str | None, heat: str | None, bounds) -> None:
            super().__init__()
            self._name = "IncidentLayer"
            self.bounds = safe_json(bounds)
            self.max_circle_km = MAX_CIRCLE_KM
            self.payload = _payload_json(payload)
            self.target = target
            self.uncertainty = uncertainty
            self.heat = heat

        def render(self, **kwargs):
            # The rendered script is not left to branca: it would compile it as a Jinja
            # template (slow for megabytes of data, and unsafe for text). Render the small
            # template ourselves and add the result, data included, as raw text.
            figure = self.get_root()
            for name, url in self.default_js:
                figure.header.add_child(JavascriptLink(url), name=name)
            script = self._template.module.__dict__["script"](self, kwargs)
            figure.script.add_child(_Raw(script.replace("/*GEOINC-PAYLOAD*/null", self.payload, 1)),
                                    name=self.get_name())  # fmt: skip

    class HtmlControl(MacroElement):
        """A Leaflet control holding fixed HTML (legend, title); the HTML is built escaped."""

        _template = Template(
            """
{% macro script(this, kwargs) %}
(function () {
  var c = L.control({position: {{ this.position|tojson }}});
  c.onAdd = function () {
    var d = L.DomUtil.create("div", {{ this.css_class|tojson }});
    d.innerHTML = {{ this.html|safe }};
    L.DomEvent.disableClickPropagation(d);
    return d;
  };
  c.addTo({{ this._parent.get_name() }});
})();
{% endmacro %}
"""
        )

        def __init__(self, html: str, position: str, css_class: str) -> None:
            super().__init__()
            self._name = "HtmlControl"
            self.html = safe_json(html)
            self.position = position
            self.css_class = css_class

    from folium import plugins
    from folium.template import Template as FoliumTemplate  # has folium's tojavascript filter

    class IncidentTimeline(plugins.Timeline):
        """folium's Timeline, fed from the incident columns already in the page (no second copy)."""

        _template = FoliumTemplate(
            """
{% macro script(this, kwargs) %}
  var {{ this.get_name() }}_options = {{ this.options|tojavascript }};
  var {{ this.get_name() }} = L.timeline((function () {
    var D = window.geoinc[{{ this.map_name|tojson }}].data, f = [];
    for (var i = 0; i < D.n; i++) {
      if (D.start[i] === null) { continue; }
      f.push({type: "Feature", properties: {i: i, start: D.start[i], end: D.start[i] + D.days[i] * 86400000},
              geometry: {type: "Point", coordinates: [D.lon[i], D.lat[i]]}});
    }
    return {type: "FeatureCollection", features: f};
  })(), {{ this.get_name() }}_options);
  {{ this.get_name() }}.on("click", window.geoinc[{{ this.map_name|tojson }}].onClick);
  {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
{% endmacro %}
"""
        )

        def __init__(self, map_name: str, **kwargs) -> None:
            super().__init__({"type": "FeatureCollection", "features": []}, **kwargs)
            self.map_name = map_name

    return IncidentLayer, HtmlControl, IncidentTimeline


def _legend_html(counts: dict[str, int], imprecise: int) -> str:
    from html import escape

    rows = "".join(
        f'<div><span style="display:inline-block;width:12px;height:12px;border-radius:6px;background:{EVENT_COLOURS[t]};'
        f'border:1px solid #222;margin-right:6px"></span>{escape(t)} ({counts.get(t, 0)})</div>'
        for t in EVENT_TYPES
        if counts.get(t, 0)
    )
    return (
        '<div style="background:#fff;padding:6px 8px;border-radius:4px;box-shadow:0 0 4px #888;font:12px sans-serif">'
        "<b>Incidents by type</b>" + rows
        + '<div style="margin-top:4px">size: people killed (best estimate)</div>'
        + '<div><span style="display:inline-block;width:12px;height:12px;border-radius:6px;border:2px dashed #555;'
        f'margin-right:6px"></span>district or province level ({imprecise}), dashed circle: uncertainty</div>'
        + '<div><span style="display:inline-block;width:16px;border-top:3px solid #000;margin-right:6px"></span>'
        "Durand Line</div></div>"
    )  # fmt: skip


def incident_map(
    gdf,
    *,
    title: str | None = None,
    cluster: bool | None = None,
    heatmap: bool = True,
    time: bool = True,
    bands_km=DEFAULT_BANDS_KM,
    provinces: bool = True,
    offline_assets: str | Path | None = None,
    tiles: str | None = "OpenStreetMap",
):
    """A folium map of incidents against the Durand Line.

    Parameters
    ----------
    gdf : GeoDataFrame
        Incidents as from :func:`geoinc.read_incidents` (any CRS; rows without geometry
        are counted in the legend's title but not drawn).
    title : str, optional
        Shown at the top (escaped).
    cluster : bool, optional
        Cluster the incidents; default: when there are more than :data:`CLUSTER_THRESHOLD`.
    heatmap, time : bool
        Add a heatmap layer (off at load, in the layer control) and a time slider over
        the incident dates (folium's Timeline plugin).
    bands_km : sequence of float
        Distance bands drawn either side of the line (toggle, off at load).
    provinces : bool
        Province boundaries (toggle).
    offline_assets : path, optional
        Folder filled by ``geoinc assets fetch``; the page's JavaScript and CSS are
        inlined from it when it is saved with :func:`save_map` (the map needs no network;
        map tiles still do unless ``tiles=None``).
    tiles : str or None
        Base map; None for none.

    Returns
    -------
    folium.Map
    """
    try:
        import folium
        from folium import plugins
    except ImportError as exc:  # pragma: no cover
        raise MapError("incident_map needs folium: pip install folium") from exc
    from .coords import require_wgs84

    gdf = require_wgs84(gdf, MapError)
    bands = tuple(float(b) for b in bands_km) if bands_km else ()
    if bands:
        band_labels(bands)  # validates
    payload, lon, lat = _payload(gdf.reset_index(drop=True))
    n = payload["n"]
    cluster = n > CLUSTER_THRESHOLD if cluster is None else cluster

    m = folium.Map(location=[32.5, 68.5], zoom_start=5, tiles=tiles, prefer_canvas=True, control_scale=True)
    m.default_js = list(_LEAFLET)  # leaflet only: no jQuery/Bootstrap/awesome-markers needed
    m.default_css = list(_LEAFLET_CSS)
    m.geoinc_offline_assets = str(offline_assets) if offline_assets else None

    if provinces:
        folium.GeoJson(_provinces_geojson(), name="Provinces",
                       style_function=lambda f: {"color": "#666", "weight": 0.8, "fill": False},
                       tooltip=folium.GeoJsonTooltip(fields=["name"], labels=False)).add_to(m)  # fmt: skip
    if bands:
        fg = folium.FeatureGroup(name="Distance to the Durand Line", show=False).add_to(m)
        shades = np.linspace(0.35, 0.08, len(bands))
        labels = band_labels(bands)
        alpha = {lab: float(a) for lab, a in zip(labels, shades)}
        folium.GeoJson(
            _band_geojson(bands),
            style_function=lambda f: {"stroke": False, "fillOpacity": alpha.get(f["properties"]["band"], 0.1),
                                      "fillColor": "#1f77b4" if f["properties"]["side"] == "AF" else "#d62728"},
            tooltip=folium.GeoJsonTooltip(fields=["band", "side"], aliases=["band", "side"]),
        ).add_to(fg)  # fmt: skip
    folium.GeoJson(_line_geojson(), name="Durand Line",
                   style_function=lambda f: {"color": "#000", "weight": 3}).add_to(m)  # fmt: skip

    if cluster:
        target = plugins.MarkerCluster(name="Incidents", options={"chunkedLoading": True, "maxClusterRadius": 40})
        target.default_js, target.default_css = list(_CLUSTER_JS), list(_CLUSTER_CSS)  # 1.5.3, not folium's 1.1.0
    else:
        target = folium.FeatureGroup(name="Incidents")
    target.add_to(m)
    unc = folium.FeatureGroup(name="Location uncertainty", show=n <= CLUSTER_THRESHOLD).add_to(m)
    heat = folium.FeatureGroup(name="Heatmap", show=False).add_to(m) if heatmap else None
    IncidentLayer, HtmlControl, IncidentTimeline = _elements()
    if n:
        pad = 0.05
        bounds = [[float(lat.min()) - pad, float(lon.min()) - pad], [float(lat.max()) + pad, float(lon.max()) + pad]]
    else:
        bounds = [[29.3, 60.8], [37.1, 74.6]]
    layer = IncidentLayer(payload, target.get_name(), unc.get_name(), heat.get_name() if heat is not None else None,
                          bounds)  # fmt: skip
    m.add_child(layer)

    if time and any(v is not None for v in payload["start"]):
        from folium.utilities import JsCode

        point = JsCode(
            f"function (f, latlng) {{ return window.geoinc[{json.dumps(m.get_name())}].make(f.properties.i).setLatLng(latlng); }}"
        )
        holder = folium.FeatureGroup(name="Incidents over time (slider)", show=False).add_to(m)
        timeline = IncidentTimeline(m.get_name(), pointToLayer=point)
        timeline.add_to(holder)
        plugins.TimelineSlider(auto_play=False, date_options="YYYY-MM-DD", enable_keyboard_controls=True,
                               show_ticks=False).add_timelines(timeline).add_to(m)  # fmt: skip

    counts = pd.Series([payload["types"][t] for t in payload["type"]]).value_counts().to_dict() if n else {}
    imprecise = int(sum(1 for p in payload["prec"] if (p or 1) >= 2))
    m.add_child(HtmlControl(_legend_html(counts, imprecise), "topleft", "geoinc-legend"))  # clear of the time slider
    if title is not None:
        from html import escape

        unplaced = len(gdf) - n
        html = (f'<div style="background:#fff;padding:4px 10px;border-radius:4px;font:bold 15px sans-serif;'
                f'box-shadow:0 0 4px #888">{escape(str(title))}<span style="font-weight:normal;font-size:12px">'
                f" — {n} incidents mapped" + (f", {unplaced} without location" if unplaced else "") + "</span></div>")  # fmt: skip
        m.add_child(HtmlControl(html, "topright", "geoinc-title"))
    folium.LayerControl(collapsed=False).add_to(m)
    return m


def save_map(m, path: str | Path, *, offline_assets: str | Path | None = None) -> Path:
    """Write the map's HTML; with ``offline_assets`` (or the one given to
    :func:`incident_map`) inline its JavaScript and CSS from that folder."""
    from .assets import inline_assets

    path = Path(path)
    html = _stable_names(m.get_root().render())
    folder = offline_assets or getattr(m, "geoinc_offline_assets", None)
    if folder:
        html = inline_assets(html, folder)
    path.write_text(html, encoding="utf-8")
    return path


def _stable_names(html: str) -> str:
    """folium names elements with random hex ids; number them in order of appearance so the
    same map gives the same bytes."""
    import re

    seen: dict[str, str] = {}

    def repl(m: re.Match) -> str:
        h = m.group(2)
        if h not in seen:
            seen[h] = f"{len(seen) + 1:032x}"
        return m.group(1) + seen[h]

    return re.sub(r"([A-Za-z]\w*?_)([0-9a-f]{32})(?![0-9a-f])", repl, html)
