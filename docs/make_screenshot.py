#!/usr/bin/env python3
"""Make docs/map.png: the map the README's quick start makes, as headless Chromium shows it
with all network blocked (what a user on an offline laptop sees).

Runs the quick start's own command (``geoinc map examples/afpak_2025_2026.csv -o
afpak_map.html --title "Afghanistan–Pakistan incidents, 2025–2026"``) through the CLI, opens
the page in Debian's Chromium via Playwright (tests/browser.py: every request that is not
``file:`` is aborted), checks there was no console error and no request, and that the
picture is not blank, then writes docs/map.png.

    python docs/make_screenshot.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from browser import CHROMIUM_ARGS, MapPage, chromium_path  # noqa: E402

from geoinc.cli import main as geoinc_cli  # noqa: E402

QUICK_START = ["map", "examples/afpak_2025_2026.csv", "-o", "afpak_map.html", "--title", "Afghanistan–Pakistan incidents, 2025–2026"]


def not_blank(png: Path) -> tuple[int, float]:
    """Distinct colours and the share of the most common one."""
    from PIL import Image

    img = np.asarray(Image.open(png).convert("RGB")).reshape(-1, 3)
    colours, counts = np.unique(img, axis=0, return_counts=True)
    return len(colours), float(counts.max() / len(img))


def main() -> int:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        args = [a if a != "afpak_map.html" else str(Path(tmp) / "afpak_map.html") for a in QUICK_START]
        args[1] = str(ROOT / args[1])
        if geoinc_cli(args) != 0:
            raise SystemExit("the quick start command failed")
        browser = pw.chromium.launch(executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS)
        page = MapPage(browser, Path(tmp) / "afpak_map.html")
        page.page.wait_for_timeout(300)
        out = ROOT / "docs" / "map.png"
        page.page.screenshot(path=str(out))
        browser.close()
        if page.errors or page.blocked:
            raise SystemExit(f"console errors: {page.errors}; requests: {page.blocked}")
    colours, flat = not_blank(out)
    if colours < 200 or flat > 0.6:
        raise SystemExit(f"{out} looks blank ({colours} colours, {flat:.0%} one colour)")
    print(f"wrote {out} ({colours} colours; offline, no request)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
