from __future__ import annotations

from pathlib import Path

import pytest

import geoinc

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def gaz() -> geoinc.Gazetteer:
    return geoinc.Gazetteer.default()


@pytest.fixture(scope="session")
def geonames_fixture() -> Path:
    return DATA / "geonames_cities1000_afpk.txt"
