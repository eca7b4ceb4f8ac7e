"""Incident maps: what the page holds, and what a real browser (headless Chromium) shows."""

from __future__ import annotations

import json
import re
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely import Point

import geoinc
from geoinc.maps import MapError, incident_map, safe_json, save_map

EXAMPLE = Path(__file__).parents[1] / "examples" / "afpak_2025_2026.csv"

XSS = [
    "<script>window.__pwned=1</script>",
    "<img src=x onerror=\"window.__pwned=2\">",
    "`${window.__pwned=3}`",
    "\"'><svg onload=window.__pwned=4>",
    "{{ 7*7 }} {% raw %}",
    "</script><script>window.__pwned=5</script>",
    "javascript:window.__pwned=6",
    "<a href=\"javascript:window.__pwned=7\">x</a>",
    "\u2028</div><iframe src=javascript:window.__pwned=8>",
]


@pytest.fixture(scope="module")
def example():
    return geoinc.read_incidents(EXAMPLE)


def _hostile() -> gpd.GeoDataFrame:
    rows = []
    for k, p in enumerate(XSS):
        rows.append({"id": f"x{k}{p}", "date": "2026-03-0" + str(1 + k % 9), "event_type": "Attack", "event_subtype": p,
                     "actor": p, "location": p, "verification": "claimed", "notes": p, "killed_best": k,
                     "sources": f"{p} <{'javascript:window.__pwned=9' if k % 2 else 'https://example.org/?q=' + p}>",
                     "lat": 33.0 + k * 0.1, "lon": 69.0 + k * 0.1})  # fmt: skip
    return geoinc.read_incidents(pd.DataFrame(rows))


# --- without a browser -------------------------------------------------------------------------
def test_safe_json_cannot_close_a_script():
    text = safe_json({"a": "</script><script>alert(1)</script>&\u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text)["a"].startswith("</script>")


def test_page_holds_every_incident_once_and_no_raw_payload(example, tmp_path):
    html = save_map(incident_map(example, title="<b>T</b>"), tmp_path / "m.html").read_text(encoding="utf-8")
    data = json.loads(re.search(r"var D = (\{.*?\});\n", html).group(1))
    assert data["n"] == len(example) == 16
    assert "<b>T</b>" not in html and "\\u0026lt;b\\u0026gt;T" in html  # escaped, then JSON-escaped


def test_hostile_text_never_reaches_the_page_unescaped(tmp_path):
    html = save_map(incident_map(_hostile(), title=XSS[0]), tmp_path / "m.html").read_text(encoding="utf-8")
    for p in XSS:
        if any(c in p for c in "<>{}"):  # markup or template syntax: must never appear raw
            assert p not in html


def test_map_is_byte_identical_for_identical_input(example, tmp_path):
    a = save_map(incident_map(example), tmp_path / "a.html").read_bytes()
    b = save_map(incident_map(example.copy()), tmp_path / "b.html").read_bytes()
    assert a == b


@pytest.mark.parametrize("bad, message", [("not a frame", "GeoDataFrame"), (gpd.GeoDataFrame(geometry=[Point(69, 34)]), "no CRS")])
def test_bad_input_is_a_clear_error(bad, message):
    with pytest.raises(MapError, match=message):
        incident_map(bad)


def test_empty_frame_gives_a_map_of_the_region(example):
    m = incident_map(example.iloc[:0])
    assert "fitBounds([[29.3,60.8],[37.1,74.6]]" in m.get_root().render()


def test_offline_page_inlines_every_asset(example, assets, tmp_path):
    html = save_map(incident_map(example, offline_assets=assets), tmp_path / "m.html").read_text(encoding="utf-8")
    assert not re.search(r'<script src="https?://', html) and not re.search(r'<link rel="stylesheet" href="https?://', html)


# --- in Chromium -----------------------------------------------------------------------------------
@pytest.fixture()
def open_page(browser, assets, tmp_path):
    from browser import MapPage

    pages = []

    def _open(m, name="m.html"):
        page = MapPage(browser, assets, save_map(m, tmp_path / name))
        pages.append(page)
        return page

    yield _open
    for p in pages:
        p.close()


def _drawn(page) -> int:
    return page.js(f"window.geoinc['{page.map_name}'].markers.filter(m => m._map || m.__parent).length")


def test_example_map_loads_without_errors_and_draws_every_incident(example, open_page):
    page = open_page(incident_map(example, title="Seed articles"))
    assert page.errors == [] and page.blocked == []
    assert page.js(f"window.geoinc['{page.map_name}'].markers.length") == 16
    assert _drawn(page) == 16


def test_offline_page_works_without_any_asset_request(example, assets, browser, tmp_path):
    from browser import MapPage

    html = save_map(incident_map(example, offline_assets=assets), tmp_path / "offline.html")
    page = MapPage(browser, assets, html)
    try:
        assert page.served == [] and page.blocked == [] and page.errors == []
        assert page.js(f"window.geoinc['{page.map_name}'].markers.length") == 16
    finally:
        page.close()


def test_clicking_an_incident_opens_its_escaped_popup(example, open_page):
    page = open_page(incident_map(example))
    i = int(np.flatnonzero(example["id"] == "s004-10")[0])
    xy = page.js(f"""() => {{ const G = window.geoinc['{page.map_name}']; const m = G.markers[{i}];
                   const p = m._map.latLngToContainerPoint(m.getLatLng());
                   const r = m._map.getContainer().getBoundingClientRect(); return [r.left + p.x, r.top + p.y]; }}""")
    page.page.mouse.click(*xy)
    popup = page.page.locator(".leaflet-popup-content .geoinc-popup")
    popup.wait_for()
    text = popup.inner_text()
    assert "s004-10" in text and "2026-03-02" in text and "Têrayzaī" in text and "20 – ? – ?" in text
    assert "Drop Site News" in text and "reported" in text


def test_xss_payloads_in_every_text_field_never_run(open_page):
    page = open_page(incident_map(_hostile(), title=XSS[1], cluster=False))
    n = page.js(f"window.geoinc['{page.map_name}'].markers.length")
    assert n == len(XSS)
    shown = page.js(f"""() => {{ const G = window.geoinc['{page.map_name}'];
        return G.markers.map(m => {{ const p = G.open(m); const t = p.getElement().innerText;
                                      m.closePopup(); return t; }}); }}""")
    page.page.wait_for_timeout(200)
    assert page.js("typeof window.__pwned") == "undefined"
    for p, text in zip(XSS, shown):
        assert p.strip().split("\u2028")[-1][:12] in text  # the payload is shown as text
    hrefs = page.js("() => [...document.querySelectorAll('.leaflet-container a')].map(a => a.getAttribute('href'))")
    assert not any(h and h.lower().startswith("javascript") for h in hrefs)
    assert page.errors == []


def test_layer_toggles_and_time_slider_work(example, open_page):
    page = open_page(incident_map(example))
    control = page.page.locator(".leaflet-control-layers-overlays")
    control.get_by_text("Heatmap").click()
    page.page.wait_for_selector("canvas.leaflet-heatmap-layer")
    control.get_by_text("Distance to the Durand Line").click()
    assert page.js(f"""() => Object.values(window['{page.map_name}']._layers)
        .filter(l => l.feature && l.feature.properties && l.feature.properties.band).length""") > 4
    control.get_by_text("Incidents", exact=True).click()
    assert _drawn(page) == 0
    control.get_by_text("Incidents over time (slider)").click()
    counts = []
    for value in ("0", "1000"):
        page.js("""(v) => { const s = document.querySelector('.leaflet-control input[type=range]');
                   s.value = s.min * 1 + (s.max - s.min) * v / 1000; s.dispatchEvent(new Event('input')); }""", value)
        page.page.wait_for_timeout(100)
        counts.append(page.js("""() => { let n = 0; const G = window.geoinc;
            document.querySelectorAll('.leaflet-control input[type=range]');
            for (const k in window) { const v = window[k]; if (v && v.times && v.getLayers) { n += v.getLayers().length; } }
            return n; }"""))
    assert counts[0] != counts[1] and max(counts) > 0
    assert page.errors == []


@pytest.mark.slow
def test_a_100k_incident_map_loads(open_page, tmp_path):
    rng = np.random.default_rng(0)
    n = 100_000
    gdf = gpd.GeoDataFrame({
        "id": [f"i{k}" for k in range(n)], "date": pd.Timestamp("2026-01-01") + pd.to_timedelta(rng.integers(0, 90, n), "D"),
        "event_type": rng.choice(geoinc.EVENT_TYPES, n), "killed_best": rng.integers(0, 12, n).astype(float),
        "precision": rng.choice([1, 2], n), "uncertainty_km": 1.0, "location": "Khost", "place": "Khōst",
        "verification": "reported", "sources": "UN <https://example.org>",
    }, geometry=gpd.points_from_xy(rng.uniform(64, 72, n), rng.uniform(30, 36, n)), crs=4326)  # fmt: skip
    page = open_page(incident_map(gdf, time=False), "big.html")
    assert page.js(f"window.geoinc['{page.map_name}'].markers.length") == n
    assert page.errors == []
