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
