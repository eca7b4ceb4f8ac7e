"""Regions: each a folder of data (places, polygons, borders, lexicons) behind one small interface.

geoinc's machinery knows no country: what it knows of Afghanistan and Pakistan comes
from ``geoinc/regions/afpak/`` (built by ``gazetteer/build.py``).  A region folder holds
``manifest.json`` (name, countries, bounding box, map view, borders, attribution) and the
files it names.

>>> from geoinc.regions import get_region
>>> get_region().countries
('AF', 'PK')
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import GazetteerDataError

__all__ = ["DEFAULT_REGION", "Region", "get_region", "list_regions"]

#: the region used when none is named
DEFAULT_REGION = "afpak"
_HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Region:
    """A region's data folder and what its manifest says.

    Attributes
    ----------
    name : str
        Folder name ("afpak").
    path : Path
        The folder.
    title : str
        Human-readable name.
    countries : tuple of str
        ISO 3166-1 alpha-2 codes the region covers.
    bbox : tuple of float
        (min lon, min lat, max lon, max lat), WGS84.
    manifest : dict
        Everything else the manifest holds (view, borders, attribution, sources).
    """

    name: str
    path: Path
    title: str
    countries: tuple[str, ...]
    bbox: tuple[float, float, float, float]
    manifest: dict[str, Any] = field(repr=False, compare=False)

    def file(self, key: str) -> Path:
        """Path of a file the manifest names under ``files`` (e.g. "places")."""
        name = self.manifest.get("files", {}).get(key)
        if not name:
            raise GazetteerDataError(f"region {self.name!r} has no {key!r} file in its manifest")
        path = self.path / name
        if not path.is_file():
            raise GazetteerDataError(f"region {self.name!r}: {path} is missing; reinstall geoinc or rebuild the region")
        return path

    @property
    def attribution(self) -> str:
        """Credit line for maps and exports."""
        return str(self.manifest.get("attribution", ""))


@lru_cache(maxsize=16)
def _load(path: Path) -> Region:
    mpath = path / "manifest.json"
    if not mpath.is_file():
        raise GazetteerDataError(f"{path} is not a geoinc region folder (no manifest.json)")
    m = json.loads(mpath.read_text(encoding="utf-8"))
    return Region(
        name=m.get("name", path.name),
        path=path,
        title=m.get("title", path.name),
        countries=tuple(m.get("countries", ())),
        bbox=tuple(m.get("bbox", (-180.0, -90.0, 180.0, 90.0))),  # type: ignore[arg-type]
        manifest=m,
    )


def get_region(region: str | Path | Region | None = None) -> Region:
    """The region named ``region`` (an installed name, or a folder path); default :data:`DEFAULT_REGION`.

    Raises
    ------
    GazetteerDataError
        No such region (the message lists the installed ones).
    """
    if isinstance(region, Region):
        return region
    if region is None:
        region = DEFAULT_REGION
    path = Path(region)
    if not path.is_dir():
        path = _HERE / str(region)
    if not (path / "manifest.json").is_file():
        raise GazetteerDataError(f"no region {str(region)!r}; installed: {', '.join(list_regions()) or 'none'}")
    return _load(path.resolve())


def list_regions() -> list[str]:
    """Names of the regions installed with geoinc."""
    return sorted(p.name for p in _HERE.iterdir() if (p / "manifest.json").is_file())
