/* geoinc incident map: decodes the incident columns, draws the basemap, the incidents (one
 * canvas; hexagon bins when too many are in view), filters, legend counts and the timeline.
 * Every text from the data reaches the page through textContent or escapeHtml, never raw.
 * Loaded once per page; each map calls window.geoincBuild(config). */
(function () {
  "use strict";
  if (window.geoincBuild) { return; }
  var DAY = 86400000;
  var PREC_LABEL = {1: "town or finer", 2: "district", 3: "province or larger"};
  var HEX_RAMP = [[253, 232, 168], [244, 162, 89], [217, 65, 43], [122, 11, 47]];

  function escapeHtml(v) {
    return String(v).replace(/[&<>"'`=\/{}]/g, function (c) { return "&#" + c.charCodeAt(0) + ";"; });
  }
  function el(tag, cls, text, parent) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (parent) { parent.appendChild(e); }
    return e;
  }
  function fmt(n) { return n.toLocaleString("en-US"); }
  function short(n) { return n >= 10000 ? Math.round(n / 1000) + "k" : n >= 1000 ? (n / 1000).toFixed(1) + "k" : String(n); }
  function isoDay(d) { return new Date(d * DAY).toISOString().slice(0, 10); }
  function dayOf(s) { var t = Date.parse(s + "T00:00:00Z"); return isNaN(t) ? null : Math.floor(t / DAY); }
  function safeUrl(u) { return /^https?:\/\//i.test(u) ? u : ""; }

  /* ------------------------------------------------------------------ columns */
  function bytes(s) {
    var bin = atob(s), n = bin.length, out = new Uint8Array(n);
    for (var i = 0; i < n; i++) { out[i] = bin.charCodeAt(i); }
    return out.buffer;
  }
  function ints(col) {
    if (col.c === null) { return null; }  // identity: row i has value i
    var T = col.w === 1 ? Uint8Array : col.w === 2 ? Uint16Array : col.w === 4 ? Uint32Array : Int32Array;
    return new T(bytes(col.c));
  }
  function Column(col, n) {
    this.v = col.v || null;
    this.k = col.w === 0;  // constant: one value for every row
    this.c = this.k ? null : ints(col);
    this.n = n;
  }
  Column.prototype.code = function (i) { return this.k ? 0 : this.c === null ? i : this.c[i]; };
  Column.prototype.codes = function () {  // a typed array of every row's code
    if (this.c === null) {
      this.c = this.k ? new Uint8Array(this.n) : Int32Array.from({length: this.n}, function (_, i) { return i; });
      this.k = false;
    }
    return this.c;
  };
  Column.prototype.get = function (i) { var v = this.v[this.code(i)]; return v === undefined ? null : v; };

  /* ------------------------------------------------------------------ canvas layer */
  var IncidentCanvas = L.Layer.extend({
    initialize: function (app) { this.app = app; },
    onAdd: function (map) {
      var pane = map.getPane("geoincIncidents") || map.createPane("geoincIncidents");
      pane.style.zIndex = 450;
      pane.style.pointerEvents = "none";
      this.canvas = el("canvas", "geoinc-canvas leaflet-zoom-hide", null, pane);
      map.on("moveend zoomend resize viewreset", this.redraw, this);
      this.redraw();
    },
    onRemove: function (map) {
      map.off("moveend zoomend resize viewreset", this.redraw, this);
      L.DomUtil.remove(this.canvas);
      this.canvas = null;
      this.app.drawnCount = 0;
      this.app.hexes = [];
    },
    redraw: function () { if (this.canvas && this._map) { this.app.draw(this._map, this.canvas); } }
  });

  /* ------------------------------------------------------------------ the app */
  function App(cfg) {
    var self = this, t0 = performance.now();
    this.timing = {};
    this.cfg = cfg;
    this.map = cfg.map;
    this.opt = cfg.options;
    var D = cfg.data;
    var n = this.n = D.n;
    this.types = D.types;
    this.colours = D.colours;
    this.cols = {};
    for (var k in D.cols) { if (Object.prototype.hasOwnProperty.call(D.cols, k)) { this.cols[k] = new Column(D.cols[k], n); } }
    var lat = new Int32Array(bytes(D.lat)), lon = new Int32Array(bytes(D.lon));
    this.lat = new Float64Array(n);
    this.lon = new Float64Array(n);
    this.X = new Float64Array(n);  // web mercator, 0..1
    this.Y = new Float64Array(n);
    this.T = new Uint8Array(bytes(D.type));
    this.P = new Uint8Array(n);
    this.R = new Float32Array(n);
    this.S = new Float64Array(n);  // first day (days since 1970-01-01), NaN if unknown
    this.E = new Float64Array(n);  // last day
    var prec = this.cols.prec, kbest = this.cols.kbest, kmin = this.cols.kmin, day = this.cols.day, dend = this.cols.dend;
    var radiusOf = function (k) { return Math.min(22, 4 + 3 * Math.sqrt(Math.max(0, k || 0))); };
    for (var i = 0; i < n; i++) {
      var la = lat[i] / 1e5, lo = lon[i] / 1e5;
      this.lat[i] = la; this.lon[i] = lo;
      this.X[i] = (lo + 180) / 360;
      var s = Math.sin(la * Math.PI / 180);
      this.Y[i] = 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
      var p = prec.get(i);
      this.P[i] = p === 2 || p === 3 ? p : 1;
      var kb = kbest.get(i);
      this.R[i] = radiusOf(kb !== null ? kb : kmin.get(i));
      var d0 = day.get(i);
      this.S[i] = d0 === null ? NaN : d0;
      this.E[i] = d0 === null ? NaN : d0 + (dend.get(i) || 0);
    }
    this.timing.columns = performance.now() - t0;
    var known = [];
    for (i = 0; i < day.v.length; i++) { if (day.v[i] !== null) { known.push(day.v[i]); } }
    this.day0 = known.length ? Math.min.apply(null, known) : null;
    this.day1 = known.length ? Math.max.apply(null, known) : null;
    this.actor = this.cols.actor;
    this.state = {types: this.types.map(function () { return true; }), prec: {1: true, 2: true, 3: true},
                  actor: -1, from: null, to: null};  // actor: index into the actor column's values, -1 = all
    this.mask = new Uint8Array(n);
    this.drawnIdx = new Int32Array(0);
    this.drawnX = new Float32Array(0);
    this.drawnY = new Float32Array(0);
    this.drawnCount = 0;
    this.hexes = [];
    this.mode = "points";
    this.showUncertainty = false;
    this.bin = this.opt.timeline === "month" ? "month" : this.opt.timeline === "week" ? "week" : this.autoBin();
    this.layer = new IncidentCanvas(this);
    this.buildBasemap();
    this.timing.basemap = performance.now() - t0;
    this.buildControls();
    this.timing.controls = performance.now() - t0;
    var g = cfg.groups;
    if (g.uncertainty) {
      g.uncertainty.on("add", function () { self.showUncertainty = true; self.redraw(); });
      g.uncertainty.on("remove", function () { self.showUncertainty = false; self.redraw(); });
      this.showUncertainty = this.map.hasLayer(g.uncertainty);
    }
    if (g.heat) { g.heat.on("add", function () { self.updateHeat(); }); }
    this.map.fitBounds(this.opt.bounds, {animate: false, maxZoom: 9});
    g.incidents.addLayer(this.layer);
    this.map.on("click", this.onClick, this);
    this.map.on("mousemove", this.onMove, this);
    this.apply();
    this.timing.total = performance.now() - t0;
  }

  App.prototype.autoBin = function () {
    return this.day0 !== null && this.day1 - this.day0 > 183 ? "month" : "week";
  };

  /* ---------------------------------------------------------------- basemap */
  App.prototype.buildBasemap = function () {
    var B = this.cfg.base, g = this.cfg.groups, map = this.map, self = this;
    var tip = function (f, layer) {
      if (f.properties && f.properties.name) { layer.bindTooltip(escapeHtml(f.properties.name), {sticky: true, opacity: 0.85}); }
    };
    this.countryLayer = L.geoJSON(B.countries, {style: {color: "#7d7d7d", weight: 1.3, fillColor: "#f7f4ec", fillOpacity: 1},
                                                interactive: false}).addTo(g.outlines);
    L.geoJSON(B.provinces, {style: {color: "#a0a0a0", weight: 0.8, fill: true, fillOpacity: 0}, onEachFeature: tip})
      .addTo(g.outlines);
    if (B.districts && B.districts.features.length) {
      var districts = this.districtLayer = L.geoJSON(B.districts, {style: {color: "#c2c2c2", weight: 0.5, fill: true, fillOpacity: 0},
                                              onEachFeature: tip});
      var showDistricts = function () {
        if (map.getZoom() >= 8) { g.outlines.addLayer(districts); } else { g.outlines.removeLayer(districts); }
      };
      map.on("zoomend", showDistricts);
      showDistricts();
    }
    if (g.bands && B.bands.features.length) {
      var labels = B.band_labels, alpha = {};
      labels.forEach(function (lab, k) { alpha[lab] = 0.35 - (0.27 * k) / Math.max(1, labels.length - 1); });
      L.geoJSON(B.bands, {
        style: function (f) { return {stroke: false, fillOpacity: alpha[f.properties.band] || 0.1,
                                      fillColor: f.properties.side === B.sides[0] ? "#1f77b4" : "#d62728"}; },
        onEachFeature: function (f, layer) { layer.bindTooltip(escapeHtml(f.properties.band + ", " + f.properties.side + " side"), {sticky: true}); }
      }).addTo(g.bands);
    }
    // the line above the incidents and their hexagons (a thin line hides little)
    var linePane = map.createPane("geoincLine");
    linePane.style.zIndex = 460;
    linePane.style.pointerEvents = "none";
    L.geoJSON(B.lines || B.line, {style: {color: "#111", weight: 2.6}, interactive: false, pane: "geoincLine"}).addTo(g.line);
    // towns: the biggest from zoom 4, provincial capitals from zoom 7, the rest from zoom 8
    var ranks = {1: L.layerGroup(), 2: L.layerGroup(), 3: L.layerGroup()};
    B.towns.forEach(function (t) {
      var m = L.circleMarker([t[1], t[2]], {radius: 2.2, color: "#333", weight: 1, fillColor: "#333", fillOpacity: 1,
                                            interactive: false, pane: "markerPane"});
      m.bindTooltip(escapeHtml(t[0]), {permanent: true, direction: "right", offset: [3, 0], interactive: false,
                                       className: "geoinc-town geoinc-rank" + t[3]});
      ranks[t[3]].addLayer(m);
    });
    var showTowns = function () {
      var z = map.getZoom();
      [1, 2, 3].forEach(function (r) {
        var on = r === 1 ? z >= 4 : r === 2 ? z >= 7 : z >= 8;
        if (on) { g.towns.addLayer(ranks[r]); } else { g.towns.removeLayer(ranks[r]); }
      });
    };
    map.on("zoomend", showTowns);
    showTowns();
    // the offline basemap fills the two countries; over tiles only the outlines stay
    this.countryLayer.setStyle({fillOpacity: map.hasLayer(g.offline) ? 1 : 0});
    map.on("baselayerchange", function (e) {
      var offline = e.layer === g.offline;
      self.countryLayer.setStyle({fillOpacity: offline ? 1 : 0});
    });
    if (map.attributionControl) {
      map.attributionControl.setPrefix('<a href="https://leafletjs.com" target="_blank" rel="noopener">Leaflet</a>');
      map.attributionControl.addAttribution(this.opt.attribution);
    }
  };

  /* ---------------------------------------------------------------- controls */
  App.prototype.buildControls = function () {
    var self = this, map = this.map, opt = this.opt;
    if (opt.title !== null) {
      var tc = L.control({position: "topright"});
      tc.onAdd = function () {
        var d = el("div", "geoinc-title");
        el("b", null, opt.title, d);
        self.titleCount = el("span", null, "", d);
        L.DomEvent.disableClickPropagation(d);
        return d;
      };
      tc.addTo(map);
    }
    var pc = L.control({position: "topleft"});
    pc.onAdd = function () { return self.buildPanel(); };
    pc.addTo(map);
    if (opt.time && self.day0 !== null) {
      var tl = L.control({position: "bottomleft"});
      tl.onAdd = function () { return self.buildTimeline(); };
      tl.addTo(map);
    }
  };

  App.prototype.buildPanel = function () {
    var self = this, st = this.state;
    var d = el("div", "geoinc-panel");
    L.DomEvent.disableClickPropagation(d);
    L.DomEvent.disableScrollPropagation(d);
    var head = el("div", "geoinc-head", null, d);
    this.shownLabel = el("b", null, "", head);
    var reset = el("button", null, "Reset", head);
    reset.type = "button";
    reset.title = "show every incident";
    var fold = el("button", null, "–", head);
    fold.type = "button";
    fold.title = "fold the panel";
    fold.addEventListener("click", function () {
      var folded = d.classList.toggle("geoinc-folded");
      fold.textContent = folded ? "+" : "–";
    });
    var body = el("div", "geoinc-body", null, d);
    el("h4", null, "Event type", body);
    this.typeRows = this.types.map(function (t, k) {
      var lab = el("label", null, null, body);
      var cb = el("input", null, null, lab);
      cb.type = "checkbox";
      cb.checked = true;
      cb.dataset.type = String(k);
      cb.addEventListener("change", function () { st.types[k] = cb.checked; self.apply(); });
      var sw = el("span", "geoinc-swatch", null, lab);
      sw.style.background = self.colours[k];
      el("span", null, t, lab);
      return {label: lab, box: cb, count: el("span", "geoinc-count", "", lab)};
    });
    el("h4", null, "Location precision", body);
    this.precRows = {};
    [1, 2, 3].forEach(function (p) {
      var lab = el("label", null, null, body);
      var cb = el("input", null, null, lab);
      cb.type = "checkbox";
      cb.checked = true;
      cb.dataset.prec = String(p);
      cb.addEventListener("change", function () { st.prec[p] = cb.checked; self.apply(); });
      var sw = el("span", "geoinc-swatch geoinc-p" + p, null, lab);
      sw.style.background = p === 1 ? "#888" : "";
      el("span", null, PREC_LABEL[p], lab);
      self.precRows[p] = {label: lab, box: cb, count: el("span", "geoinc-count", "", lab)};
    });
    el("h4", null, "Alleged actor", body);
    var sel = this.actorSelect = el("select", "geoinc-actor", null, body);
    var counts = new Map();
    for (var i = 0; i < this.n; i++) { var c = this.actor.code(i); counts.set(c, (counts.get(c) || 0) + 1); }
    var codes = Array.from(counts.keys()).sort(function (a, b) { return counts.get(b) - counts.get(a) || a - b; });
    el("option", null, "all actors", sel).value = "-1";
    codes.slice(0, 500).forEach(function (c) {
      var name = self.actor.v[c];
      el("option", null, (name === null || name === "" ? "(not stated)" : name) + " (" + fmt(counts.get(c)) + ")", sel).value = String(c);
    });
    sel.addEventListener("change", function () { st.actor = parseInt(sel.value, 10); self.apply(); });
    if (this.day0 !== null) {
      el("h4", null, "Date", body);
      var dates = el("div", "geoinc-dates", null, body);
      this.fromInput = el("input", null, null, dates);
      el("span", null, "–", dates);
      this.toInput = el("input", null, null, dates);
      [this.fromInput, this.toInput].forEach(function (inp, k) {
        inp.type = "date";
        inp.min = isoDay(self.day0);
        inp.max = isoDay(self.day1);
        inp.addEventListener("change", function () {
          var v = inp.value ? dayOf(inp.value) : null;
          if (k === 0) { st.from = v; } else { st.to = v; }
          self.apply();
        });
      });
      if (this.opt.time) {
        var tb = el("button", null, "timeline", body);
        tb.type = "button";
        tb.title = "show or hide the timeline";
        tb.style.marginTop = "4px";
        tb.addEventListener("click", function () { self.toggleTimeline(); });
      }
    }
    var key = el("div", "geoinc-key", null, body);
    el("div", null, "Size: people killed (best estimate). District-level locations hollow and dashed, " +
       "province-level as a small square, both drawn beneath the precise ones.", key);
    var lk = el("div", null, null, key);
    el("span", "geoinc-line-key", null, lk);
    var B = this.cfg.base;
    el("span", null, (B.lines ? B.lines.features : [B.line]).map(function (f) { return f.properties.name; }).join(", "), lk);
    this.hexKey = el("div", null, null, key);
    el("span", null, "Hexagons: incidents per cell, few ", this.hexKey);
    el("span", "geoinc-hexkey", null, this.hexKey);
    el("span", null, " many (zoom in for single incidents)", this.hexKey);
    this.hexKey.style.display = "none";
    reset.addEventListener("click", function () { self.reset(); });
    return d;
  };

  App.prototype.buildTimeline = function () {
    var self = this;
    var d = this.timeline = el("div", "geoinc-timeline" + (this.opt.timeline_hidden ? " geoinc-hidden" : ""));
    L.DomEvent.disableClickPropagation(d);
    L.DomEvent.disableScrollPropagation(d);
    var head = el("div", "geoinc-head", null, d);
    el("b", null, "Incidents per", head);
    this.binButtons = {};
    ["week", "month"].forEach(function (b) {
      var btn = el("button", null, b, head);
      btn.type = "button";
      btn.addEventListener("click", function () { self.bin = b; self.apply(); });
      self.binButtons[b] = btn;
    });
    var all = el("button", null, "all dates", head);
    all.type = "button";
    all.addEventListener("click", function () { self.setDates(null, null); });
    this.rangeLabel = el("span", "geoinc-range", "", head);
    var hide = el("button", null, "×", head);
    hide.type = "button";
    hide.title = "hide the timeline";
    hide.addEventListener("click", function () { self.toggleTimeline(false); });
    this.bars = el("div", "geoinc-bars", null, d);
    this.axis = el("div", "geoinc-axis", null, d);
    // press on a bar and drag: the dates covered become the date filter
    var start = null;
    var binAt = function (e) {
      var r = self.bars.getBoundingClientRect(), nb = self.binEdges.length - 1;
      return Math.max(0, Math.min(nb - 1, Math.floor((e.clientX - r.left) / r.width * nb)));
    };
    var select = function (a, b) {
      var lo = Math.min(a, b), hi = Math.max(a, b);
      self.setDates(self.binEdges[lo], self.binEdges[hi + 1] - 1);
    };
    this.bars.addEventListener("mousedown", function (e) { start = binAt(e); select(start, start); e.preventDefault(); });
    this.bars.addEventListener("mousemove", function (e) { if (start !== null) { select(start, binAt(e)); } });
    window.addEventListener("mouseup", function () { start = null; });
    return d;
  };

  App.prototype.toggleTimeline = function (show) {
    if (!this.timeline) { return; }
    var hidden = this.timeline.classList.contains("geoinc-hidden");
    var want = show === undefined ? hidden : show;
    this.timeline.classList.toggle("geoinc-hidden", !want);
  };

  App.prototype.setDates = function (from, to) {
    this.state.from = from;
    this.state.to = to;
    this.apply();
  };

  App.prototype.reset = function () {
    var st = this.state;
    st.types = st.types.map(function () { return true; });
    st.prec = {1: true, 2: true, 3: true};
    st.actor = -1;
    st.from = st.to = null;
    this.apply();
  };

  /* ---------------------------------------------------------------- bins */
  App.prototype.binEdgesFor = function (bin) {
    var edges = [];
    if (this.day0 === null) { return edges; }
    var d;
    if (bin === "week") {  // weeks start on Monday (1970-01-01 was a Thursday)
      d = this.day0 - ((this.day0 + 3) % 7);
      while (d <= this.day1) { edges.push(d); d += 7; }
      edges.push(d);
    } else {
      var t = new Date(this.day0 * DAY), y = t.getUTCFullYear(), m = t.getUTCMonth();
      while (true) {
        d = Date.UTC(y, m, 1) / DAY;
        edges.push(d);
        if (d > this.day1) { break; }
        m += 1;
        if (m === 12) { m = 0; y += 1; }
      }
    }
    return edges;
  };

  /* ---------------------------------------------------------------- filtering */
  App.prototype.apply = function () {
    var st = this.state, n = this.n, mask = this.mask, T = this.T, P = this.P, S = this.S, E = this.E;
    var actor = this.actor, types = st.types, prec = st.prec;
    var from = st.from === null ? -Infinity : st.from, to = st.to === null ? Infinity : st.to;
    var dated = st.from !== null || st.to !== null;
    if (this.binEdges === undefined || this.binKind !== this.bin) {
      this.binEdges = this.binEdgesFor(this.bin);
      this.binKind = this.bin;
      this.binOf = new Int32Array(n);
      var edges = this.binEdges;
      for (var i = 0; i < n; i++) {
        var s = S[i];
        if (s !== s) { this.binOf[i] = -1; continue; }
        var lo = 0, hi = edges.length - 1;  // last edge <= s
        while (hi - lo > 1) { var mid = (lo + hi) >> 1; if (edges[mid] <= s) { lo = mid; } else { hi = mid; } }
        this.binOf[i] = lo;
      }
    }
    var nb = Math.max(0, this.binEdges.length - 1);
    var typeCount = new Int32Array(this.types.length), precCount = [0, 0, 0, 0], binCount = new Int32Array(nb);
    var shown = 0, binOf = this.binOf;
    var actorC = actor.codes(), wantActor = st.actor;
    for (var j = 0; j < n; j++) {
      var okActor = wantActor === -1 || actorC[j] === wantActor;
      var okDate = !dated || (S[j] <= to && E[j] >= from);  // NaN (no date) fails
      var okType = types[T[j]], okPrec = prec[P[j]];
      if (okActor && okDate && okPrec) { typeCount[T[j]]++; }
      if (okActor && okDate && okType) { precCount[P[j]]++; }
      if (okActor && okType && okPrec && binOf[j] >= 0) { binCount[binOf[j]]++; }
      var ok = okActor && okDate && okType && okPrec;
      mask[j] = ok ? 1 : 0;
      shown += ok;
    }
    this.shown = shown;
    this.counts = {types: Array.from(typeCount), prec: precCount.slice(1), bins: Array.from(binCount)};
    this.updateControls();
    this.redraw();
    this.updateHeat();
    return shown;
  };

  App.prototype.updateControls = function () {
    var self = this, st = this.state, c = this.counts;
    var text = fmt(this.shown) + " of " + fmt(this.n) + " incidents shown";
    if (this.shownLabel) { this.shownLabel.textContent = text; }
    if (this.titleCount) {
      this.titleCount.textContent = fmt(this.n) + " incidents mapped" +
        (this.opt.unplaced ? ", " + fmt(this.opt.unplaced) + " without location" : "");
    }
    (this.typeRows || []).forEach(function (r, k) {
      r.count.textContent = fmt(c.types[k]);
      r.box.checked = st.types[k];
      r.label.classList.toggle("geoinc-off", !st.types[k] || c.types[k] === 0);
    });
    if (this.precRows) {
      [1, 2, 3].forEach(function (p) {
        var r = self.precRows[p];
        r.count.textContent = fmt(c.prec[p - 1]);
        r.box.checked = st.prec[p];
        r.label.classList.toggle("geoinc-off", !st.prec[p] || c.prec[p - 1] === 0);
      });
    }
    if (this.actorSelect) { this.actorSelect.value = String(st.actor); }
    if (this.fromInput) {
      this.fromInput.value = st.from === null ? "" : isoDay(st.from);
      this.toInput.value = st.to === null ? "" : isoDay(st.to);
    }
    if (this.bars) {
      var bins = c.bins, max = Math.max.apply(null, bins.concat([1])), edges = this.binEdges;
      var from = st.from === null ? -Infinity : st.from, to = st.to === null ? Infinity : st.to;
      if (this.bars.childNodes.length !== bins.length) {
        this.bars.textContent = "";
        for (var b = 0; b < bins.length; b++) { el("div", null, null, this.bars); }
      }
      for (b = 0; b < bins.length; b++) {
        var bar = this.bars.childNodes[b];
        bar.style.height = (bins[b] ? Math.max(2, 100 * bins[b] / max) : 0) + "%";
        bar.className = edges[b + 1] - 1 < from || edges[b] > to ? "geoinc-out" : "";
        bar.title = isoDay(edges[b]) + " – " + isoDay(edges[b + 1] - 1) + ": " + fmt(bins[b]);
      }
      this.axis.textContent = "";
      el("span", null, isoDay(edges[0]), this.axis);
      el("span", null, isoDay(edges[edges.length - 1] - 1), this.axis);
      this.rangeLabel.textContent = st.from === null && st.to === null ? "all dates" :
        (st.from === null ? "…" : isoDay(st.from)) + " – " + (st.to === null ? "…" : isoDay(st.to));
      for (var k in this.binButtons) { this.binButtons[k].className = k === this.bin ? "geoinc-on" : ""; }
    }
  };

  /* ---------------------------------------------------------------- drawing */
  App.prototype.redraw = function () { this.layer.redraw(); };

  App.prototype.draw = function (map, canvas) {
    var size = map.getSize(), dpr = window.devicePixelRatio || 1;
    L.DomUtil.setPosition(canvas, map.containerPointToLayerPoint([0, 0]));
    canvas.width = Math.round(size.x * dpr);
    canvas.height = Math.round(size.y * dpr);
    canvas.style.width = size.x + "px";
    canvas.style.height = size.y + "px";
    var ctx = canvas.getContext("2d");
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    var z = map.getZoom(), W = 256 * Math.pow(2, z);
    var o = map.project(map.containerPointToLatLng([0, 0]), z);
    var n = this.n, X = this.X, Y = this.Y, mask = this.mask, R = this.R, pad = 24;
    var inView = 0;
    for (var i = 0; i < n; i++) {
      if (!mask[i]) { continue; }
      var x = X[i] * W - o.x, y = Y[i] * W - o.y;
      if (x > -pad && y > -pad && x < size.x + pad && y < size.y + pad) { inView++; }
    }
    this.inView = inView;
    if (inView > this.opt.aggregate_above && z < this.opt.aggregate_below_zoom) {
      this.mode = "hexbins";
      this.drawHexes(ctx, W, o, size);
    } else {
      this.mode = "points";
      this.hexes = [];
      this.drawPoints(ctx, W, o, size, z);
    }
    if (this.hexKey) { this.hexKey.style.display = this.mode === "hexbins" ? "" : "none"; }
  };

  App.prototype.drawPoints = function (ctx, W, o, size, z) {
    var n = this.n, X = this.X, Y = this.Y, mask = this.mask, R = this.R, P = this.P, T = this.T, pad = 24;
    var nt = this.types.length, idx = this.drawnIdx, xs = this.drawnX, ys = this.drawnY;
    if (idx.length < this.inView) {
      idx = this.drawnIdx = new Int32Array(this.inView);
      xs = this.drawnX = new Float32Array(this.inView);
      ys = this.drawnY = new Float32Array(this.inView);
    }
    // bucket the points in view by (precision, type): imprecise first, so precise ones lie on top
    var buckets = [];
    for (var b = 0; b < 3 * nt; b++) { buckets.push([]); }
    for (var i = 0; i < n; i++) {
      if (!mask[i]) { continue; }
      var x = X[i] * W - o.x, y = Y[i] * W - o.y;
      if (x > -pad && y > -pad && x < size.x + pad && y < size.y + pad) { buckets[(3 - P[i]) * nt + T[i]].push(i); }
    }
    var cnt = 0, dense = this.inView > 3000;  // thousands in view: thinner outlines, so colours still show
    if (this.showUncertainty) { this.drawUncertainty(ctx, W, o, size, z, buckets, nt); }
    for (b = 0; b < buckets.length; b++) {
      var list = buckets[b];
      if (!list.length) { continue; }
      var p = 3 - Math.floor(b / nt), colour = this.colours[b % nt];
      ctx.beginPath();
      for (var k = 0; k < list.length; k++) {
        var j = list[k], px = X[j] * W - o.x, py = Y[j] * W - o.y;
        if (p === 3) {
          ctx.rect(px - 3.5, py - 3.5, 7, 7);
        } else {
          ctx.moveTo(px + R[j], py);
          ctx.arc(px, py, R[j], 0, 2 * Math.PI);
        }
        idx[cnt] = j; xs[cnt] = px; ys[cnt] = py; cnt++;
      }
      if (p === 1) {
        ctx.setLineDash([]);
        ctx.globalAlpha = 0.85; ctx.fillStyle = colour; ctx.fill();
        ctx.globalAlpha = dense ? 0.5 : 1; ctx.lineWidth = dense ? 0.4 : 1; ctx.strokeStyle = "#222"; ctx.stroke();
      } else {
        ctx.globalAlpha = 0.45; ctx.fillStyle = "#ffffff"; ctx.fill();
        ctx.globalAlpha = p === 2 ? 0.8 : 0.65; ctx.lineWidth = dense ? 0.8 : 1.5; ctx.strokeStyle = colour;
        ctx.setLineDash(p === 2 ? [3, 3] : []);
        ctx.stroke();
      }
    }
    ctx.globalAlpha = 1;
    ctx.setLineDash([]);
    this.drawnCount = cnt;
  };

  App.prototype.drawUncertainty = function (ctx, W, o, size, z, buckets, nt) {
    var unc = this.cols.unc, lat = this.lat, X = this.X, Y = this.Y, max = this.opt.max_circle_km;
    ctx.lineWidth = 1;
    ctx.setLineDash([4, 4]);
    for (var b = nt; b < 2 * nt; b++) {  // district level only: province-wide discs would hide everything
      var list = buckets[b];
      if (!list.length) { continue; }
      ctx.beginPath();
      for (var k = 0; k < list.length; k++) {
        var j = list[k], km = unc.get(j);
        if (!km || km > max) { continue; }
        var r = km * 1000 / (40075016.686 * Math.cos(lat[j] * Math.PI / 180) / W);
        var px = X[j] * W - o.x, py = Y[j] * W - o.y;
        ctx.moveTo(px + r, py);
        ctx.arc(px, py, r, 0, 2 * Math.PI);
      }
      ctx.globalAlpha = 0.05; ctx.fillStyle = this.colours[b % nt]; ctx.fill();
      ctx.globalAlpha = 0.5; ctx.strokeStyle = this.colours[b % nt]; ctx.stroke();
    }
    ctx.globalAlpha = 1;
    ctx.setLineDash([]);
  };

  App.prototype.drawHexes = function (ctx, W, o, size) {
    var Rh = 13, dx = Rh * Math.sqrt(3), dy = Rh * 1.5;
    var n = this.n, X = this.X, Y = this.Y, mask = this.mask, cells = new Map(), pad = 2 * Rh;
    for (var i = 0; i < n; i++) {
      if (!mask[i]) { continue; }
      var x = X[i] * W, y = Y[i] * W;  // world pixels: the grid does not move when the map pans
      var cx = x - o.x, cy = y - o.y;
      if (cx < -pad || cy < -pad || cx > size.x + pad || cy > size.y + pad) { continue; }
      var py = y / dy, pj = Math.round(py), px = x / dx - (pj & 1) / 2, pi = Math.round(px), py1 = py - pj;
      if (Math.abs(py1) * 3 > 1) {  // near a row boundary: nearer of the two candidate centres (as d3-hexbin)
        var px1 = px - pi, pi2 = pi + (px < pi ? -1 : 1) / 2, pj2 = pj + (py < pj ? -1 : 1);
        var px2 = px - pi2, py2 = py - pj2;
        if (px1 * px1 + py1 * py1 > px2 * px2 + py2 * py2) { pi = pi2 + (pj & 1 ? 1 : -1) / 2; pj = pj2; }
      }
      var key = pj * 4194304 + pi;
      var c = cells.get(key);
      if (c === undefined) { cells.set(key, [pi, pj, 1]); } else { c[2]++; }
    }
    var max = 1;
    cells.forEach(function (c) { if (c[2] > max) { max = c[2]; } });
    var hexes = [], lmax = Math.log(max + 1);
    ctx.lineWidth = 1;
    ctx.strokeStyle = "rgba(255,255,255,0.8)";
    ctx.font = "600 9px system-ui, sans-serif";
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    cells.forEach(function (c) {
      var hx = (c[0] + (c[1] & 1) / 2) * dx - o.x, hy = c[1] * dy - o.y, t = Math.log(c[2] + 1) / lmax;
      var f = t * (HEX_RAMP.length - 1), a = Math.min(HEX_RAMP.length - 2, Math.floor(f)), u = f - a;
      var rgb = [0, 1, 2].map(function (q) { return Math.round(HEX_RAMP[a][q] + (HEX_RAMP[a + 1][q] - HEX_RAMP[a][q]) * u); });
      ctx.beginPath();
      for (var k = 0; k < 6; k++) {
        var ang = Math.PI / 6 + k * Math.PI / 3;
        var vx = hx + Rh * Math.cos(ang), vy = hy + Rh * Math.sin(ang);
        if (k === 0) { ctx.moveTo(vx, vy); } else { ctx.lineTo(vx, vy); }
      }
      ctx.closePath();
      ctx.globalAlpha = 0.72;
      ctx.fillStyle = "rgb(" + rgb.join(",") + ")";
      ctx.fill();
      ctx.globalAlpha = 1;
      ctx.stroke();
      ctx.fillStyle = t > 0.55 ? "#fff" : "#222";
      ctx.fillText(short(c[2]), hx, hy);
      hexes.push([hx, hy, c[2]]);
    });
    this.hexes = hexes;
    this.drawnCount = 0;
  };

  /* ---------------------------------------------------------------- heat */
  App.prototype.updateHeat = function () {
    var g = this.cfg.groups.heat;
    if (!g || !this.map.hasLayer(g) || !L.heatLayer) { return; }
    var pts = [], kbest = this.cols.kbest;
    for (var i = 0; i < this.n; i++) {
      if (this.mask[i]) { pts.push([this.lat[i], this.lon[i], 1 + Math.min(kbest.get(i) || 0, 50) / 10]); }
    }
    if (!this.heat) { this.heat = L.heatLayer(pts, {radius: 18, blur: 15, maxZoom: 10}); g.addLayer(this.heat); }
    else { this.heat.setLatLngs(pts); }
  };

  /* ---------------------------------------------------------------- clicks and popups */
  App.prototype.hit = function (pt) {
    if (this.mode === "hexbins") {
      for (var h = 0; h < this.hexes.length; h++) {
        var dx = this.hexes[h][0] - pt.x, dy = this.hexes[h][1] - pt.y;
        if (dx * dx + dy * dy <= 13 * 13) { return {hex: this.hexes[h]}; }
      }
      return null;
    }
    for (var k = this.drawnCount - 1; k >= 0; k--) {  // topmost first
      var j = this.drawnIdx[k], r = this.P[j] === 3 ? 5 : this.R[j] + 2;
      var ex = this.drawnX[k] - pt.x, ey = this.drawnY[k] - pt.y;
      if (ex * ex + ey * ey <= r * r) { return {index: j}; }
    }
    return null;
  };

  App.prototype.onClick = function (e) {
    if (!this.map.hasLayer(this.layer)) { return; }
    var h = this.hit(e.containerPoint);
    if (!h) { return; }
    if (h.hex) { this.map.setView(this.map.containerPointToLatLng([h.hex[0], h.hex[1]]), this.map.getZoom() + 2); }
    else { this.open(h.index); }
  };

  App.prototype.onMove = function (e) {
    var on = this.map.hasLayer(this.layer) && this.hit(e.containerPoint) !== null;
    this.map.getContainer().style.cursor = on ? "pointer" : "";
  };

  App.prototype.popupContent = function (i) {
    var C = this.cols, self = this;
    var num = function (v) { return v === null || v === undefined ? "?" : String(v); };
    var range = function (a, b, c) {
      var lo = C[a].get(i), best = C[b].get(i), hi = C[c].get(i);
      return lo === null && best === null && hi === null ? "not reported" : num(lo) + " – " + num(best) + " – " + num(hi);
    };
    var box = el("div", "geoinc-popup");
    box.dataset.id = C.id.get(i) || "";
    el("b", null, C.id.get(i) || "(no id)", box);
    var table = el("table", null, null, box);
    var row = function (label, value) {
      var tr = el("tr", null, null, table);
      el("th", null, label, tr);
      var td = el("td", null, null, tr);
      if (typeof value === "string") { td.textContent = value; } else { td.appendChild(value); }
      return td;
    };
    var dp = C.dprec.get(i);
    row("Date", (this.S[i] === this.S[i] ? isoDay(this.S[i]) : "unknown") + (dp && dp !== "day" ? " (" + dp + " precision)" : ""));
    row("Type", this.types[this.T[i]] + (C.sub.get(i) ? " — " + C.sub.get(i) : ""));
    row("Reported place", C.loc.get(i) || "");
    row("Resolved to", (C.place.get(i) || "") + " (" + PREC_LABEL[this.P[i]] + ", ±" + num(C.unc.get(i)) + " km)");
    row("Killed (min–best–max)", range("kmin", "kbest", "kmax"));
    row("Injured (min–best–max)", range("imin", "ibest", "imax"));
    row("Civilians killed", num(C.civ.get(i)));
    row("Alleged actor", C.actor.get(i) || "");
    row("Verification", C.verif.get(i) || "");
    var src = el("span"), items = C.src.get(i) || [];
    items.forEach(function (p, k) {
      if (k) { src.appendChild(document.createTextNode("; ")); }
      var url = safeUrl(p[1] || "");
      if (url) {
        var a = el("a", null, p[0] || url, src);
        a.href = url;
        a.target = "_blank";
        a.rel = "noopener noreferrer nofollow";
      } else {
        src.appendChild(document.createTextNode(p[0] || ""));
      }
    });
    row("Sources", src);
    if (C.notes.get(i)) { row("Notes", C.notes.get(i)); }
    self.lastPopupIndex = i;
    return box;
  };

  function inRing(x, y, ring) {
    var inside = false;
    for (var a = 0, b = ring.length - 1; a < ring.length; b = a++) {
      var xa = ring[a][0], ya = ring[a][1], xb = ring[b][0], yb = ring[b][1];
      if ((ya > y) !== (yb > y) && x < (xb - xa) * (y - ya) / (yb - ya) + xa) { inside = !inside; }
    }
    return inside;
  }
  App.prototype.provinceAt = function (lon, lat) {
    var feats = this.cfg.base.provinces.features;
    for (var f = 0; f < feats.length; f++) {
      var g = feats[f].geometry, polys = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
      for (var p = 0; p < polys.length; p++) { if (inRing(lon, lat, polys[p][0])) { return feats[f]; } }
    }
    return null;
  };

  App.prototype.open = function (i) {
    var self = this;
    var popup = L.popup({maxWidth: 340, minWidth: 240, autoPanPadding: [20, 20]})
      .setLatLng([this.lat[i], this.lon[i]])
      .setContent(this.popupContent(i));
    if (this.outline) { this.map.removeLayer(this.outline); this.outline = null; }
    // a province-level location: its province is outlined while the popup is open
    var prov = this.P[i] === 3 ? this.provinceAt(this.lon[i], this.lat[i]) : null;
    if (prov) {
      var colour = this.colours[this.T[i]];
      this.outline = L.geoJSON(prov, {style: {color: colour, weight: 2.5, dashArray: "6 4", fillColor: colour, fillOpacity: 0.08},
                                      interactive: false}).addTo(this.map);  // prettier-ignore
      popup.on("remove", function () { if (self.outline) { self.map.removeLayer(self.outline); self.outline = null; } });
    }
    popup.openOn(this.map);
    return popup;
  };

  /* ---------------------------------------------------------------- test/automation API */
  App.prototype.screenPoint = function (i) {
    var p = this.map.latLngToContainerPoint([this.lat[i], this.lon[i]]);
    var r = this.map.getContainer().getBoundingClientRect();
    return [r.left + p.x, r.top + p.y];
  };
  App.prototype.setFilter = function (f) {
    var st = this.state, self = this;
    if (f.types) { st.types = this.types.map(function (t) { return f.types.indexOf(t) >= 0; }); }
    if (f.prec) { st.prec = {1: f.prec.indexOf(1) >= 0, 2: f.prec.indexOf(2) >= 0, 3: f.prec.indexOf(3) >= 0}; }
    if (f.actor !== undefined) {
      st.actor = f.actor === null ? -1 : this.actor.v.indexOf(f.actor);
      if (f.actor !== null && st.actor < 0) { st.actor = -2; }  // no such actor: nothing shown
    }
    if (f.from !== undefined) { st.from = f.from === null ? null : dayOf(f.from); }
    if (f.to !== undefined) { st.to = f.to === null ? null : dayOf(f.to); }
    return self.apply();
  };

  window.geoincBuild = function (cfg) {
    var app = new App(cfg);
    window.geoinc = window.geoinc || {};
    window.geoinc[cfg.name] = app;
    return app;
  };
})();
