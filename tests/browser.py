"""Headless Chromium for the map tests: Debian's /usr/bin/chromium driven by Playwright,
with the map's CDN assets served from local npm copies and tiles answered blank.

Never ``playwright install``: it downloads a browser, which fails here.
"""

from __future__ import annotations

import base64
import os
import shutil
from pathlib import Path

import pytest

from geoinc.assets import ASSETS, asset_file, fetch_assets

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]  # fmt: skip
# a 1x1 transparent PNG: every tile request gets it
BLANK_PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=")
REQUIRE = "GEOINC_REQUIRE_BROWSER"  # set by .ci/run: a missing browser fails instead of skipping


def chromium_path() -> str | None:
    for p in (os.environ.get("GEOINC_CHROMIUM"), shutil.which("chromium"), "/usr/bin/chromium"):
        if p and Path(p).is_file():
            return p
    return None


def skip_or_fail(reason: str):
    if os.environ.get(REQUIRE):
        pytest.fail(f"{reason} ({REQUIRE} is set, so the browser tests must run)")
    pytest.skip(reason)


def asset_dir() -> Path:
    folder = Path(os.environ.get("GEOINC_ASSET_CACHE", Path.home() / ".cache" / "geoinc-assets"))
    return fetch_assets(folder)


class MapPage:
    """A map page opened with routed assets; records console errors and stray requests."""

    def __init__(self, browser, assets: Path, html: Path, *, timeout_ms: int = 30_000) -> None:
        self.errors: list[str] = []
        self.blocked: list[str] = []
        self.served: list[str] = []  # asset URLs answered from the local copies
        self.page = browser.new_page(viewport={"width": 1200, "height": 800})
        self.page.set_default_timeout(timeout_ms)
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e} {getattr(e, 'stack', '')[:600]}"))
        self.page.route("**/*", self._route)
        self.page.goto(html.resolve().as_uri(), wait_until="load")
        self.map_name = self.page.evaluate("Object.keys(window.geoinc || {})[0]")
        if self.map_name:  # let the initial fitBounds animation finish before anyone clicks
            self.page.wait_for_function(
                f"() => {{ const m = window['{self.map_name}']; return m && m._loaded && !m._animatingZoom; }}"
            )
            self.page.wait_for_timeout(400)

    def _route(self, route) -> None:
        url = route.request.url
        if url.startswith(("file:", "data:", "blob:")):
            return route.continue_()
        if url in ASSETS:
            self.served.append(url)
            folder = asset_dir()
            ctype = "text/css" if url.endswith(".css") else "application/javascript"
            return route.fulfill(status=200, body=(folder / asset_file(url)).read_bytes(), content_type=ctype)
        if "tile" in url or url.endswith(".png"):
            return route.fulfill(status=200, body=BLANK_PNG, content_type="image/png")
        self.blocked.append(url)
        return route.abort()

    def js(self, code: str, arg=None):
        return self.page.evaluate(code, arg)

    def close(self) -> None:
        self.page.close()
