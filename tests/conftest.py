from __future__ import annotations

import sys
from pathlib import Path

import pytest

import geoinc

DATA = Path(__file__).parent / "data"
sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture(scope="session")
def gaz() -> geoinc.Gazetteer:
    return geoinc.Gazetteer.default()


@pytest.fixture(scope="session")
def geonames_fixture() -> Path:
    return DATA / "geonames_cities1000_afpk.txt"


@pytest.fixture(scope="session")
def reference():
    """Brute-force geodesic distance to the Durand Line (see _reference.py)."""
    from _reference import Reference

    from geoinc.border import durand_line

    return Reference(durand_line())


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium via Playwright (skips, or fails under GEOINC_REQUIRE_BROWSER, if missing)."""
    from browser import CHROMIUM_ARGS, chromium_path, skip_or_fail

    path = chromium_path()
    if path is None:
        skip_or_fail("Chromium is not installed (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        skip_or_fail("playwright is not installed (pip install playwright)")
    pw = sync_playwright().start()
    b = pw.chromium.launch(executable_path=path, headless=True, args=CHROMIUM_ARGS)
    yield b
    b.close()
    pw.stop()


@pytest.fixture(scope="session")
def assets():
    from browser import asset_dir

    return asset_dir()
