"""The built wheel carries the gazetteer data and works from any directory."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)], check=True
    )
    (whl,) = out.glob("geoinc-*.whl")
    return whl


@pytest.mark.slow
def test_wheel_contains_the_gazetteer_files(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for f in (
        "manifest.json",
        "places.npz",
        "geometries.npz",
        "districts.geojson",
        "provinces.geojson",
        "countries.geojson",
        "durand_line.geojson",
        "durand_grid.npz",
        "SOURCES.json",
        "admin_aliases.csv",
    ):
        assert f"geoinc/regions/afpak/{f}" in names
    assert not any(n.startswith("gazetteer/") for n in names)  # no stray top-level package


@pytest.mark.slow
def test_wheel_is_at_most_40_mb(wheel):
    assert wheel.stat().st_size <= 40 * 2**20


@pytest.mark.slow
def test_installed_wheel_geocodes_from_another_directory(wheel, tmp_path):
    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(site), str(wheel)], check=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code = (
        "import geoinc, geoinc.gazetteer as g, geoinc.border as b; p = geoinc.geocode('Khair Khana'); "
        "assert b._grid() is not None; print(p.name, p.admin1, g.data_dir())"
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    out = subprocess.run([sys.executable, "-c", code], cwd=elsewhere, env=env, capture_output=True, text=True, check=True).stdout
    assert out.startswith("Khair Khana Kabul ")
    assert str(site) in out  # the data came from the installed wheel, not the checkout
