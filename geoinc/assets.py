"""The JavaScript and CSS that map pages load.

geoinc's own maps need no download: :func:`vendored` lists the files shipped in the wheel
(``geoinc/assets/vendor/``, written from the npm registry by ``tools/build_map_assets.py``,
with their licences in ``LICENSES.md``), and :mod:`geoinc.maps` inlines them into the page.

:data:`ASSETS` and :func:`fetch_assets` / :func:`inline_assets` remain for pages made by
folium itself (its own plugins load from CDNs): they map each CDN URL to the npm package
holding the same file, so such a page can be made to work offline too; the map benchmark
uses them to serve the naive and ``FastMarkerCluster`` pages it compares against.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tarfile
import tempfile
import urllib.request
from functools import lru_cache
from pathlib import Path

from .errors import AssetError

__all__ = ["ASSETS", "AssetError", "asset_file", "fetch_assets", "inline_assets", "vendored", "vendored_text"]

VENDOR_DIR = Path(__file__).resolve().parent / "assets" / "vendor"


#: URL -> (npm package@version, path inside the package tarball).
ASSETS: dict[str, tuple[str, str]] = {
    "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js": ("leaflet@1.9.3", "package/dist/leaflet.js"),
    "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css": ("leaflet@1.9.3", "package/dist/leaflet.css"),
    "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.5.3/leaflet.markercluster.js": (
        "leaflet.markercluster@1.5.3",
        "package/dist/leaflet.markercluster.js",
    ),
    "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.5.3/MarkerCluster.css": (
        "leaflet.markercluster@1.5.3",
        "package/dist/MarkerCluster.css",
    ),
    "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.5.3/MarkerCluster.Default.css": (
        "leaflet.markercluster@1.5.3",
        "package/dist/MarkerCluster.Default.css",
    ),
    "https://cdn.jsdelivr.net/gh/python-visualization/folium@main/folium/templates/leaflet_heat.min.js": (
        "leaflet.heat@0.2.0",
        "package/dist/leaflet-heat.js",
    ),
    "https://cdn.jsdelivr.net/npm/leaflet.timeline@1.6.0/dist/leaflet.timeline.min.js": (
        "leaflet.timeline@1.6.0",
        "package/dist/leaflet.timeline.js",
    ),
    "https://cdnjs.cloudflare.com/ajax/libs/moment.js/2.18.1/moment.min.js": ("moment@2.18.1", "package/min/moment.min.js"),
    # not used by geoinc's maps; folium's own popups need it (the naive map in benchmarks/bench_map.py)
    "https://code.jquery.com/jquery-3.7.1.min.js": ("jquery@3.7.1", "package/dist/jquery.min.js"),
    # folium's MarkerCluster / FastMarkerCluster default (the benchmark's comparison)
    "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/leaflet.markercluster.js": (
        "leaflet.markercluster@1.1.0",
        "package/dist/leaflet.markercluster.js",
    ),
    "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/MarkerCluster.css": (
        "leaflet.markercluster@1.1.0",
        "package/dist/MarkerCluster.css",
    ),
    "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/MarkerCluster.Default.css": (
        "leaflet.markercluster@1.1.0",
        "package/dist/MarkerCluster.Default.css",
    ),
}


@lru_cache(maxsize=1)
def vendored() -> list[dict]:
    """The JavaScript/CSS shipped with geoinc, in load order: each a dict with ``file``,
    ``package``, ``version``, ``licence``, ``sha256`` and ``cdn`` (the same file on jsDelivr).

    Raises
    ------
    AssetError
        The shipped files are missing (a broken install: reinstall geoinc).
    """
    manifest = VENDOR_DIR / "vendor.json"
    if not manifest.is_file():
        raise AssetError(f"{manifest} is missing; reinstall geoinc (or run tools/build_map_assets.py in a checkout)")
    items = json.loads(manifest.read_text(encoding="utf-8"))
    order = {"leaflet.css": 0, "leaflet.js": 1}
    return sorted(items, key=lambda d: (order.get(d["file"], 2), d["file"]))


@lru_cache(maxsize=8)
def vendored_text(file: str) -> str:
    """Text of one shipped file (see :func:`vendored`)."""
    path = VENDOR_DIR / file
    if not path.is_file():
        raise AssetError(f"{path} is missing; reinstall geoinc (or run tools/build_map_assets.py in a checkout)")
    return path.read_text(encoding="utf-8")


def asset_file(url: str) -> str:
    """File name of a URL's copy in an asset folder (stable, readable)."""
    return re.sub(r"[^A-Za-z0-9._-]+", "_", url.split("://", 1)[-1])


def fetch_assets(folder: str | Path, *, use_npm: bool = True) -> Path:
    """Fill ``folder`` with every asset in :data:`ASSETS` (skips files already there).

    Tries ``npm pack`` (the npm registry) first, then the CDN URL itself.

    Raises
    ------
    AssetError
        An asset could be fetched neither way (the message lists them).
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    missing = [u for u in ASSETS if not (folder / asset_file(u)).is_file()]
    failed = []
    by_pkg: dict[str, list[str]] = {}
    for url in missing:
        by_pkg.setdefault(ASSETS[url][0], []).append(url)
    npm = shutil.which("npm") if use_npm else None
    for pkg, urls in by_pkg.items():
        got = False
        if npm:
            with tempfile.TemporaryDirectory() as tmp:
                r = subprocess.run([npm, "pack", pkg, "--pack-destination", tmp], capture_output=True, text=True)
                tgz = next(Path(tmp).glob("*.tgz"), None)
                if r.returncode == 0 and tgz is not None:
                    with tarfile.open(tgz) as t:
                        for url in urls:
                            member = t.extractfile(ASSETS[url][1])
                            if member is not None:
                                (folder / asset_file(url)).write_bytes(member.read())
                    got = all((folder / asset_file(u)).is_file() for u in urls)
        if not got:
            for url in urls:
                try:
                    with urllib.request.urlopen(url, timeout=30) as resp:  # noqa: S310 (fixed https URLs)
                        (folder / asset_file(url)).write_bytes(resp.read())
                except OSError:
                    failed.append(url)
    if failed:
        raise AssetError("could not fetch: " + ", ".join(failed) + " (no npm registry and no CDN reachable?)")
    return folder


def inline_assets(html: str, folder: str | Path) -> str:
    """Replace ``<script src=URL>`` and ``<link href=URL>`` of known assets by their contents.

    Raises
    ------
    AssetError
        The page uses an asset that is not in ``folder`` (run ``geoinc assets fetch``).
        geoinc's own maps never need this (their assets are inlined already).
    """
    folder = Path(folder)
    missing = []

    def body(url: str) -> str | None:
        f = folder / asset_file(url)
        if not f.is_file():
            missing.append(url)
            return None
        return f.read_text(encoding="utf-8")

    def script(m: re.Match) -> str:
        text = body(m.group(1))
        return m.group(0) if text is None else "<script>" + text.replace("</script", "<\\/script") + "</script>"

    def link(m: re.Match) -> str:
        text = body(m.group(1))
        return m.group(0) if text is None else "<style>" + text.replace("</style", "<\\/style") + "</style>"

    html = re.sub(r'<script src="(https?://[^"]+)"></script>', script, html)
    html = re.sub(r'<link rel="stylesheet" href="(https?://[^"]+)"/>', link, html)
    if missing:
        raise AssetError(f"{folder} lacks {', '.join(missing)}; run: geoinc assets fetch {folder}")
    return html
