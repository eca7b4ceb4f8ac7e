"""Headless Chromium for the map tests: Debian's /usr/bin/chromium driven by Playwright,
with **all network blocked** — every request that is not ``file:``, ``data:`` or ``blob:``
is aborted and recorded.

Pages made by folium itself (the benchmark's comparisons) load Leaflet plugins from CDNs;
``MapPage(..., serve=folder)`` answers those URLs from local npm copies (see
:func:`geoinc.assets.fetch_assets`) and aborts the rest.

Never ``playwright install``: it downloads a browser, which fails here.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from geoinc.assets import ASSETS, asset_file

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
REQUIRE = "GEOINC_REQUIRE_BROWSER"  # set by .ci/run: a missing browser fails instead of skipping
VIEWPORT = {"width": 1200, "height": 800}


def chromium_path() -> str | None:
    for p in (os.environ.get("GEOINC_CHROMIUM"), shutil.which("chromium"), "/usr/bin/chromium"):
        if p and Path(p).is_file():
            return p
    return None


def skip_or_fail(reason: str):
    if os.environ.get(REQUIRE):
        pytest.fail(f"{reason} ({REQUIRE} is set, so the browser tests must run)")
    pytest.skip(reason)


def cdn_copies() -> Path:
    """Local copies of the CDN files folium's own plugins load (fetched once, for benchmarks)."""
    from geoinc.assets import fetch_assets

    return fetch_assets(Path(os.environ.get("GEOINC_ASSET_CACHE", Path.home() / ".cache" / "geoinc-assets")))


class MapPage:
    """A map page opened with the network blocked; records console errors and requests."""

    def __init__(self, browser, html: Path, *, timeout_ms: int = 30_000, serve: Path | None = None, wait_for_map: bool = True) -> None:
        self.errors: list[str] = []
        self.blocked: list[str] = []
        self.served: list[str] = []
        self.serve = serve
        self.page = browser.new_page(viewport=VIEWPORT)
        self.page.set_default_timeout(timeout_ms)
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e} {getattr(e, 'stack', '')[:600]}"))
        self.page.route("**/*", self._route)
        self.page.goto(html.resolve().as_uri(), wait_until="load")
        self.map_name = self.page.evaluate("Object.keys(window.geoinc || {})[0] || null")
        if wait_for_map and self.map_name:
            self.page.wait_for_function(
                f"() => {{ const m = window.geoinc['{self.map_name}'].map; return m._loaded && !m._animatingZoom; }}"
            )

    def _route(self, route) -> None:
        url = route.request.url
        if url.startswith(("file:", "data:", "blob:")):
            return route.continue_()
        if self.serve is not None and url in ASSETS:
            self.served.append(url)
            ctype = "text/css" if url.endswith(".css") else "application/javascript"
            return route.fulfill(status=200, body=(self.serve / asset_file(url)).read_bytes(), content_type=ctype)
        self.blocked.append(url)
        return route.abort()

    def js(self, code: str, arg=None):
        return self.page.evaluate(code, arg)

    def app(self, expr: str, arg=None):
        """Evaluate ``expr`` with ``G`` bound to the page's geoinc map object."""
        return self.page.evaluate(f"(arg) => {{ const G = window.geoinc['{self.map_name}']; return {expr}; }}", arg)

    def close(self) -> None:
        self.page.close()


asset_dir = cdn_copies  # the name tests/conftest.py's ``assets`` fixture uses
