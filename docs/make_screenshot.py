#!/usr/bin/env python3
"""Make docs/map.png: the example map (examples/afpak_2025_2026.csv) as headless Chromium shows it.

Uses the same setup as the browser tests (tests/browser.py): Debian's Chromium, the map's
JavaScript from local npm copies, blank tiles (no network), so the base map is plain.

    python docs/make_screenshot.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from browser import CHROMIUM_ARGS, MapPage, asset_dir, chromium_path  # noqa: E402

import geoinc  # noqa: E402


def main() -> int:
    from playwright.sync_api import sync_playwright

    incidents = geoinc.read_incidents(ROOT / "examples" / "afpak_2025_2026.csv")
    m = geoinc.incident_map(incidents, title="Afghanistan–Pakistan incidents, 2025–2026 (seed articles)")
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        html = geoinc.save_map(m, Path(tmp) / "map.html")
        browser = pw.chromium.launch(executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS)
        page = MapPage(browser, asset_dir(), html)
        page.page.locator(".leaflet-control-layers-overlays").get_by_text("Distance to the Durand Line").click()
        page.page.wait_for_timeout(300)
        out = ROOT / "docs" / "map.png"
        page.page.screenshot(path=str(out))
        if page.errors:
            raise SystemExit(f"console errors: {page.errors}")
        browser.close()
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
