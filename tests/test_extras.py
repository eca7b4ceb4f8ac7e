"""A feature whose optional package is missing says which pip extra installs it."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

CALLS = {
    "folium": "import geoinc; from geoinc.maps import incident_map; "
    "incident_map(geoinc.read_incidents('examples/afpak_2025_2026.csv'))",
    "ahocorasick": "from geoinc.text import extract_places; extract_places('Shelling hit Khost.')",
}


@pytest.mark.parametrize("module, extra", [("folium", "maps"), ("ahocorasick", "text")])
def test_a_missing_optional_package_names_its_extra(module, extra):
    code = textwrap.dedent(f"""
        import sys
        sys.modules[{module!r}] = None  # as if not installed: importing it raises ImportError
        from geoinc.errors import MissingDependency
        try:
            {CALLS[module]}
        except MissingDependency as exc:
            print("MISSING:", exc)
        """)
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120, env={"PYTHONPATH": str(ROOT), "PATH": ""}
    )
    assert out.returncode == 0, out.stderr
    assert "MISSING:" in out.stdout and f"geoinc[{extra}]" in out.stdout, out.stdout + out.stderr


def test_the_core_imports_without_any_optional_package():
    code = (
        "import sys\nfor m in ('folium', 'branca', 'ahocorasick', 'matplotlib', 'dask', 'openpyxl'):\n"
        "    sys.modules[m] = None\nimport geoinc\nprint(geoinc.geocode('Khost').admin1)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120, env={"PYTHONPATH": str(ROOT), "PATH": ""}
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "Khost", out.stdout
