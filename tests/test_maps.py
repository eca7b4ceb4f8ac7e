"""Incident maps: what the page holds, and what a real browser (headless Chromium, all
network blocked) shows and does."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely import Point

import geoinc
from geoinc import basemap
from geoinc.assets import vendored
from geoinc.maps import MapError, _dictionary, _script_json, incident_map, safe_json, save_map

EXAMPLE = Path(__file__).parents[1] / "examples" / "afpak_2025_2026.csv"

XSS = [
    "<script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=2">',
    "`${window.__pwned=3}`",
    "\"'><svg onload=window.__pwned=4>",
    "{{ 7*7 }} {% raw %}",
    "</script><script>window.__pwned=5</script>",
    "javascript:window.__pwned=6",
    '<a href="javascript:window.__pwned=7">x</a>',
    "\u2028</div><iframe src=javascript:window.__pwned=8>",
    "/*BASE*/null __MAP__ /*DATA*/null",
]
# schemes a browser still runs as javascript: (case, whitespace, entities, control characters)
BAD_URLS = [
    "javascript:window.__pwned=9",
    " JaVaScRiPt:window.__pwned=10",
    "java\tscript:window.__pwned=11",
    "&#106;avascript:window.__pwned=12",
    "\x01javascript:window.__pwned=13",
    "data:text/html,<script>x</script>",
]


@pytest.fixture(scope="module")
def example():
    """The example's incidents that have a location (what the page draws)."""
    g = geoinc.read_incidents(EXAMPLE)
    return g[~g.geometry.is_empty].reset_index(drop=True)


def _hostile() -> gpd.GeoDataFrame:
    rows = []
    for k, p in enumerate(XSS):
        sources = "; ".join([f"{p} <https://example.org/?q={p}>", *(f"bad{j} <{u}>" for j, u in enumerate(BAD_URLS))])
        rows.append(
            {
                "id": f"x{k}{p}",
                "date": "2026-03-0" + str(1 + k % 9),
                "event_type": "Attack",
                "event_subtype": p,
                "actor": p,
                "location": p,
                "place": p,
                "verification": "claimed",
                "notes": p,
                "killed_best": k,
                "sources": sources,
                "lat": 33.0 + k * 0.1,
                "lon": 69.0 + k * 0.1,
            }
        )
    return geoinc.read_incidents(pd.DataFrame(rows))


def _page_data(html: str) -> dict:
    return json.loads(re.search(r"var D = (\{.*?\});\n", html).group(1))


def _decode(col: dict, n: int) -> list:
    """A page column back in Python (what the page script does)."""
    if col["w"] == 0:
        return [col["v"][0]] * n
    if col["c"] is None:
        return list(col["v"])
    codes = np.frombuffer(base64.b64decode(col["c"]), dtype={1: "<u1", 2: "<u2", 4: "<u4"}[col["w"]])
    return [col["v"][c] for c in codes]


# --- without a browser -------------------------------------------------------------------------
def test_safe_json_cannot_close_a_script():
    for text in (safe_json({"a": "</script><script>alert(1)</script>&\u2028"}), _script_json({"a": "</script>&\u2028"})):
        assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
        assert json.loads(text)["a"].startswith("</script>")


@pytest.mark.parametrize(
    "values",
    [["a", "b", "c"], ["x"] * 5, ["a", None, "", "a", float("nan")], [f"v{k % 300}" for k in range(1000)], [1.0, np.nan, 2.5, 1.0]],
    ids=["all-distinct", "constant", "missing", "wide-codes", "numbers"],
)
def test_dictionary_columns_decode_to_the_input(values):
    col = _dictionary(pd.Series(values, dtype=object), lambda v: v if not isinstance(v, str) or v.strip() else None)
    want = [None if v is None or (isinstance(v, float) and np.isnan(v)) or v == "" else v for v in values]
    assert _decode(col, len(values)) == want


def test_page_holds_every_located_incident_once_with_its_fields(tmp_path):
    every = geoinc.read_incidents(EXAMPLE)
    located = every[~every.geometry.is_empty]
    html = save_map(incident_map(every, title="<b>T</b>"), tmp_path / "m.html").read_text(encoding="utf-8")
    data = _page_data(html)
    n = len(located)
    assert data["n"] == n and n > 10
    assert _decode(data["cols"]["id"], n) == located["id"].tolist()
    assert _decode(data["cols"]["kbest"], n) == [None if pd.isna(v) else v for v in located["killed_best"]]
    lat = np.frombuffer(base64.b64decode(data["lat"]), "<i4") / 1e5
    assert np.allclose(lat, located.geometry.y, atol=1e-5)
    assert "<b>T</b>" not in html and "\\u003cb\\u003eT" in html
    assert f'"unplaced":{len(every) - n}' in html  # the title counts the rows without a location


def test_default_page_needs_no_network_and_cdn_is_opt_in(example, tmp_path):
    offline = save_map(incident_map(example), tmp_path / "a.html").read_text(encoding="utf-8")
    assert not re.search(r'<(script|link)[^>]+(src|href)="https?://', offline)
    for item in vendored():  # every shipped file is inlined
        assert (Path(geoinc.maps.__file__).parent / "assets" / "vendor" / item["file"]).read_text(encoding="utf-8")[:200] in offline
    online = save_map(incident_map(example, cdn=True), tmp_path / "b.html").read_text(encoding="utf-8")
    assert '<script src="https://cdn.jsdelivr.net/npm/leaflet@' in online and len(online) < len(offline) - 100_000


def test_shipped_assets_match_their_manifest_and_licences():
    folder = Path(geoinc.maps.__file__).parent / "assets" / "vendor"
    licences = (folder / "LICENSES.md").read_text(encoding="utf-8")
    for item in vendored():
        assert hashlib.sha256((folder / item["file"]).read_bytes()).hexdigest() == item["sha256"]
        assert f"## {item['package']} {item['version']}" in licences and item["licence"]
        assert item["cdn"].startswith(f"https://cdn.jsdelivr.net/npm/{item['package']}@{item['version']}/")


def test_hostile_text_never_reaches_the_page_unescaped(tmp_path):
    html = save_map(incident_map(_hostile(), title=XSS[0]), tmp_path / "m.html").read_text(encoding="utf-8")
    for p in XSS:
        if any(c in p for c in "<>"):  # markup: must never appear raw
            assert p not in html
    links = [url for cell in _decode(_page_data(html)["cols"]["src"], len(XSS)) for _, url in cell]
    assert links and all(u == "" or u.lower().startswith(("http://", "https://")) for u in links)
    assert html.count("window.geoincBuild({name") == 1 and html.count('"provinces":') == 1  # no slot filled twice


def test_map_is_byte_identical_for_identical_input(example, tmp_path):
    a = save_map(incident_map(example), tmp_path / "a.html").read_bytes()
    b = save_map(incident_map(example.copy()), tmp_path / "b.html").read_bytes()
    assert a == b


def test_user_text_that_looks_like_a_folium_id_is_left_alone(example, tmp_path):
    uid = "evt_3f9c0a1b2c3d4e5f60718293a4b5c4d5"
    title = "report_0123456789abcdef0123456789abcdef"
    g = example.copy()
    g.loc[g.index[0], "id"] = uid
    html = save_map(incident_map(g, title=title), tmp_path / "m.html").read_text(encoding="utf-8")
    assert uid in html and title in html
    assert not re.search(r"(map|feature_group|tile_layer|layer_control)_[0-9a-f]{32}", html)  # no random ids left


@pytest.mark.parametrize("bad, message", [("not a frame", "GeoDataFrame"), (gpd.GeoDataFrame(geometry=[Point(69, 34)]), "no CRS")])
def test_bad_input_is_a_clear_error(bad, message):
    with pytest.raises(MapError, match=message):
        incident_map(bad)


def test_bad_timeline_option_is_a_clear_error(example):
    with pytest.raises(MapError, match="'week' or 'month'"):
        incident_map(example, timeline="fortnight")


def test_unknown_tile_layer_is_a_clear_error(example):
    with pytest.raises(MapError, match="unknown tile layer '<img src=x onerror=alert.1.>'"):
        incident_map(example, tiles="<img src=x onerror=alert(1)>")


def test_online_tiles_can_be_shown_at_load_and_named_safely(example, tmp_path):
    html = save_map(incident_map(example, tiles="OpenStreetMap", tile_layers=()), tmp_path / "m.html").read_text(encoding="utf-8")
    assert "tile.openstreetmap.org" in html and '"OpenStreetMap" : tile_layer_' in html


def test_empty_frame_gives_a_map_of_the_region(example, tmp_path):
    html = save_map(incident_map(example.iloc[:0]), tmp_path / "m.html").read_text(encoding="utf-8")
    assert '"bounds":[[29.3,60.8],[37.1,74.6]]' in html


def test_shipped_basemap_is_current_and_holds_the_geography():
    assert basemap.is_current(), "run: python tools/build_map_assets.py --basemap"
    b = basemap.basemap()
    assert {f["properties"]["id"] for f in b["countries"]["features"]} == {"country:AF", "country:PK"}
    assert len(b["provinces"]["features"]) >= 30
    towns = {t[0] for t in b["towns"]}
    assert {"Kabul", "Peshawar", "Quetta"} <= towns and b["line"]["geometry"]["type"] == "LineString"
    assert {f["properties"]["side"] for f in b["bands"]["features"]} == {"AF", "PK"}


@pytest.mark.parametrize("has_districts", [True, False])
def test_district_outlines_come_from_the_region_when_it_has_them(tmp_path, monkeypatch, has_districts):
    real = basemap._region_file
    district = {
        "type": "Feature",
        "properties": {"id": "wof:1", "name": "Test district"},
        "geometry": {"type": "Polygon", "coordinates": [[[69, 33], [70, 33], [70, 34], [69, 33]]]},
    }
    path = tmp_path / "districts.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [district]}))
    monkeypatch.setattr(basemap, "_region_file", lambda key: (path if has_districts else None) if key == "districts" else real(key))
    basemap._shipped.cache_clear()
    basemap._built.cache_clear()
    try:
        assert not basemap.is_current()  # other inputs: the shipped file is not used
        names = [f["properties"]["name"] for f in basemap.basemap()["districts"]["features"]]
        assert names == (["Test district"] if has_districts else [])
    finally:
        basemap._shipped.cache_clear()
        basemap._built.cache_clear()


# --- in Chromium, network blocked -----------------------------------------------------------------
@pytest.fixture()
def open_page(browser, tmp_path):
    from browser import MapPage

    pages = []

    def _open(m, name="m.html"):
        page = MapPage(browser, save_map(m, tmp_path / name))
        pages.append(page)
        return page

    yield _open
    for p in pages:
        p.close()


def test_default_map_loads_offline_and_draws_everything(example, open_page):
    page = open_page(incident_map(example, title="Seed articles"))
    assert page.errors == [] and page.blocked == []  # not one request left the page
    n = len(example)
    assert page.app("[G.n, G.shown, G.drawnCount, G.mode]") == [n, n, n, "points"]
    assert page.app("G.cfg.base.provinces.features.length") >= 30
    drawn = page.js("() => document.querySelectorAll('.leaflet-overlay-pane path, .leaflet-overlay-pane canvas').length")
    assert drawn > 0  # the outlines are drawn (canvas renderer)
    assert page.page.locator(".geoinc-town", has_text="Kabul").count() == 1
    assert f"{n} incidents mapped" in page.page.locator(".geoinc-title").inner_text()
    credits = page.page.locator(".leaflet-control-attribution").inner_text()
    assert all(s in credits for s in ("OpenStreetMap", "ODbL", "GeoNames", "CC BY 4.0", "Who's On First"))


def test_imprecise_locations_are_drawn_beneath_the_precise(example, open_page):
    page = open_page(incident_map(example))
    order = page.app("Array.from(G.drawnIdx.slice(0, G.drawnCount)).map(i => G.P[i])")
    assert order == sorted(order, reverse=True) and set(order) >= {1, 3}  # province level first, precise last


def test_a_province_level_popup_outlines_its_province(example, open_page):
    page = open_page(incident_map(example))
    province = (pd.to_numeric(example["precision"]) == 3).fillna(False) & example["place"].eq(example["admin1"])
    i = int(np.flatnonzero(province)[0])
    page.app(f"G.open({i}) && null")
    assert page.app("G.outline !== null && G.outline.getLayers()[0].feature.properties.name") == example["admin1"].iloc[i]
    page.app("G.map.closePopup() && null")
    assert page.app("G.outline") is None


def _count_where(example, **eq) -> int:
    mask = np.ones(len(example), dtype=bool)
    for k, v in eq.items():
        mask &= (example[k] == v).fillna(False).to_numpy(dtype=bool)
    return int(mask.sum())


def test_type_and_precision_filters_change_the_drawing_and_the_counts(example, open_page):
    page = open_page(incident_map(example))
    n = len(example)
    strike = example["event_type"].eq("Air/drone strike").to_numpy()
    district = pd.to_numeric(example["precision"]).eq(2).fillna(False).to_numpy(dtype=bool)
    page.page.locator(".geoinc-panel input[data-type='0']").uncheck()
    assert page.app("[G.shown, G.drawnCount]") == [n - strike.sum(), n - strike.sum()]
    assert f"{n - strike.sum()} of {n} incidents shown" in page.page.locator(".geoinc-panel .geoinc-head").inner_text()
    page.page.locator(".geoinc-panel input[data-prec='2']").uncheck()
    assert page.app("G.drawnCount") == int((~strike & ~district).sum())
    # the type counts follow the other filters: strikes at district level no longer counted
    strike_count = page.page.locator(".geoinc-panel label", has_text="Air/drone strike").locator(".geoinc-count").inner_text()
    assert int(strike_count) == int((strike & ~district).sum())
    page.page.get_by_role("button", name="Reset").click()
    assert page.app("G.drawnCount") == n and page.errors == []


def test_actor_and_date_filters(example, open_page):
    page = open_page(incident_map(example))
    actor = example["actor"].dropna().value_counts().index[0]
    value = page.js(
        "(a) => [...document.querySelectorAll('select.geoinc-actor option')].find(o => o.textContent.startsWith(a + ' (')).value",
        actor,
    )
    page.page.locator("select.geoinc-actor").select_option(value)
    assert page.app("G.drawnCount") == _count_where(example, actor=actor)
    page.page.locator("select.geoinc-actor").select_option("-1")
    dates = pd.to_datetime(example["date"])
    page.page.locator(".geoinc-dates input").nth(0).fill("2026-03-01")
    page.page.locator(".geoinc-dates input").nth(1).fill("2026-03-02")
    page.page.locator(".geoinc-dates input").nth(1).dispatch_event("change")
    page.page.locator(".geoinc-dates input").nth(0).dispatch_event("change")
    day = example["date_precision"].fillna("day").eq("day")
    expect = int((day & (dates >= "2026-03-01") & (dates <= "2026-03-02")).sum())
    got = page.app("G.drawnCount")
    assert got >= expect and got < len(example)  # coarser dates (a week, a month) that overlap the range count too


def test_timeline_filters_and_hides_without_covering_the_map(example, open_page):
    page = open_page(incident_map(example, timeline="month"))
    bars = page.page.locator(".geoinc-bars > div")
    counts = page.app("G.counts.bins")
    last = max(k for k, c in enumerate(counts) if c)
    box = bars.nth(last).bounding_box()
    page.page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] - 2)
    page.page.mouse.down()
    page.page.mouse.up()
    # the bar counts incidents by first day; the filter also keeps those whose period (a week,
    # a month) overlaps the chosen dates
    assert page.app("G.state.from") is not None and counts[last] <= page.app("G.drawnCount") < len(example)
    page.page.get_by_role("button", name="all dates").click()
    assert page.app("G.drawnCount") == len(example)
    page.page.get_by_role("button", name="×").click()
    assert page.page.locator(".geoinc-timeline").is_hidden()
    hit = page.js(
        "() => { const r = document.querySelector('.folium-map').getBoundingClientRect();"
        " return document.elementFromPoint(r.left + r.width / 2, r.bottom - 40).className; }"
    )
    assert "geoinc" not in str(hit)
    page.page.get_by_role("button", name="timeline").click()
    assert page.page.locator(".geoinc-timeline").is_visible()


def test_clicking_an_incident_opens_a_popup_that_fits(example, open_page):
    g = example.copy()
    i = int(np.flatnonzero(pd.to_numeric(g["precision"]).eq(1).fillna(False) & g["sources"].str.contains("Drop Site"))[0])
    g.loc[i, "notes"] = "a-very-long-word-" * 30 + " https://example.org/" + "x" * 200
    page = open_page(incident_map(g, cluster=False))
    page.page.mouse.click(*page.app(f"G.screenPoint({i})"))
    popup = page.page.locator(".leaflet-popup-content .geoinc-popup")
    popup.wait_for()
    text = popup.inner_text()
    row = g.iloc[i]
    assert row["id"] in text and f"{row['date']:%Y-%m-%d}" in text and row["place"] in text and row["location"] in text
    assert "Drop Site News" in text and "a-very-long-word-" in text
    fits = page.js(
        "() => { const c = document.querySelector('.leaflet-popup-content');"
        " return [c.scrollWidth <= c.clientWidth + 1, c.getBoundingClientRect().width]; }"
    )
    assert fits[0] and fits[1] <= 360


def test_xss_payloads_in_every_text_field_never_run(open_page):
    page = open_page(incident_map(_hostile(), title=XSS[1], cluster=False))
    assert page.app("G.n") == len(XSS)
    shown = page.app("Array.from({length: G.n}, (_, i) => G.open(i).getElement().innerText)")
    page.page.locator("select.geoinc-actor").select_option(index=1)
    page.page.wait_for_timeout(100)
    assert page.js("typeof window.__pwned") == "undefined"
    for p, text in zip(XSS, shown):
        assert p.split("\u2028")[-1].strip()[:12] in text  # the payload is shown as text
    hrefs = page.js("() => [...document.querySelectorAll('.leaflet-container a')].map(a => a.getAttribute('href'))")
    assert all(h is None or h.lower().startswith(("http://", "https://", "#")) for h in hrefs), hrefs
    assert XSS[1] in page.page.locator(".geoinc-title").inner_text()
    assert page.errors == []


def test_district_outlines_appear_at_closer_zoom(example, open_page):
    page = open_page(incident_map(example))
    assert page.app("G.cfg.base.districts.features.length") > 300
    page.app("G.map.setView([33.5, 69.9], 6, {animate: false}) && null")
    assert page.app("G.map.hasLayer(G.districtLayer)") is False
    page.app("G.map.setView([33.5, 69.9], 9, {animate: false}) && null")
    assert page.app("G.map.hasLayer(G.districtLayer)") is True and page.errors == []


def test_layer_toggles(example, open_page):
    page = open_page(incident_map(example))
    control = page.page.locator(".leaflet-control-layers-overlays")
    control.get_by_text("Heatmap").click()
    page.page.wait_for_selector("canvas.leaflet-heatmap-layer")
    control.get_by_text("Distance to the Durand Line").click()
    assert page.app("Object.keys(G.cfg.groups.bands._layers).length") == 1
    control.get_by_text("Incidents", exact=True).click()
    assert page.app("G.map.hasLayer(G.layer)") is False
    assert page.errors == [] and page.blocked == []
    page.page.locator(".leaflet-control-layers-base").get_by_text("OpenStreetMap").click()
    page.page.wait_for_timeout(200)
    assert any("tile.openstreetmap.org" in u for u in page.blocked)  # tiles are asked for only when chosen
    assert all("Failed to load resource" in e for e in page.errors)  # (and fail here: no network)


def test_many_incidents_in_view_become_hexagon_bins(open_page):
    rng = np.random.default_rng(1)
    n = 3000
    gdf = gpd.GeoDataFrame(
        {"id": [f"h{k}" for k in range(n)], "date": "2026-01-01", "event_type": "Attack"},
        geometry=gpd.points_from_xy(rng.uniform(66, 71, n), rng.uniform(31, 35, n)),
        crs=4326,
    )
    page = open_page(incident_map(gdf, aggregate_above=1000))
    assert page.app("G.mode") == "hexbins"
    assert page.app("G.hexes.reduce((s, h) => s + h[2], 0)") == n
    zoom = page.app("G.map.getZoom()")
    x, y, _ = page.app("G.hexes.slice().sort((a, b) => b[2] - a[2])[0]")
    box = page.page.locator(".folium-map").bounding_box()
    page.page.mouse.click(box["x"] + x, box["y"] + y)  # a hexagon zooms in on itself
    page.page.wait_for_function(f"() => window.geoinc['{page.map_name}'].map.getZoom() > {zoom}")
    page.page.locator(".geoinc-panel input[data-type='5']").uncheck()  # "Attack": nothing left
    assert page.app("[G.mode, G.drawnCount, G.hexes.length]") == ["points", 0, 0]


def test_screenshot_of_the_offline_map_is_not_blank(example, open_page, tmp_path):
    from PIL import Image

    page = open_page(incident_map(example))
    shot = tmp_path / "shot.png"
    page.page.screenshot(path=str(shot))
    img = np.asarray(Image.open(shot).convert("RGB")).reshape(-1, 3)
    colours, counts = np.unique(img, axis=0, return_counts=True)
    assert len(colours) > 200 and counts.max() / len(img) < 0.6  # outlines, labels, markers: not one flat colour


@pytest.mark.slow
def test_a_100k_incident_map_loads(open_page):
    rng = np.random.default_rng(0)
    n = 100_000
    gdf = gpd.GeoDataFrame(
        {
            "id": [f"i{k}" for k in range(n)],
            "date": pd.Timestamp("2026-01-01") + pd.to_timedelta(rng.integers(0, 90, n), "D"),
            "event_type": rng.choice(geoinc.EVENT_TYPES, n),
            "killed_best": rng.integers(0, 12, n).astype(float),
            "precision": rng.choice([1, 2], n),
            "uncertainty_km": 1.0,
            "location": "Khost",
            "place": "Khōst",
            "verification": "reported",
            "sources": "UN <https://example.org>",
        },
        geometry=gpd.points_from_xy(rng.uniform(64, 72, n), rng.uniform(30, 36, n)),
        crs=4326,
    )
    page = open_page(incident_map(gdf), "big.html")
    assert page.app("[G.n, G.mode, G.hexes.reduce((s, h) => s + h[2], 0)]") == [n, "hexbins", n]  # all, binned
    page.app("G.map.setView([33, 68], 10, {animate: false}) && null")
    assert page.app("G.mode") == "points" and page.app("G.drawnCount") == page.app("G.inView") > 0
    assert page.errors == []


def test_the_readme_image_is_made_by_the_quick_start_command():
    import shlex

    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- main-command -->", 1)[1].split("```bash", 1)[1].split("```", 1)[0]
    words = shlex.split(block)
    command = words[words.index(".venv/bin/geoinc") + 1 :]
    script = (Path(__file__).parents[1] / "docs" / "make_screenshot.py").read_text(encoding="utf-8")
    quick = re.search(r"^QUICK_START = (\[.*\])$", script, re.M).group(1)
    assert json.loads(quick) == command
    assert "![" in readme and "(docs/map.png)" in readme
