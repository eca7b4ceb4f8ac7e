"""Regions: each a folder of data (places, polygons, borders, lexicons) behind one small interface.

geoinc's machinery knows no country: what it knows of Afghanistan and Pakistan comes
from ``geoinc/regions/afpak/`` (built by ``gazetteer/build.py``).  A region folder holds
``manifest.json`` (name, countries, bounding box, map view, borders, attribution) and the
files it names; ``docs/regions.md`` describes the format and how to make a new region.
Public functions take ``region=``: an installed name, a folder path or a :class:`Region`
(default :data:`DEFAULT_REGION`).

>>> from geoinc.regions import get_region
>>> get_region().countries
('AF', 'PK')
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from ..errors import GazetteerDataError, GazetteerError

__all__ = ["DEFAULT_REGION", "Border", "Region", "RegionLike", "get_region", "list_regions", "read_word_list", "region_key"]

#: the region used when none is named
DEFAULT_REGION = "afpak"
_HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Border:
    """One border line of a region, as its manifest's ``borders`` entry describes it.

    Attributes
    ----------
    id : str
        Place id of the line ("border:durand-line").
    name : str
        Human-readable name, shown on maps and in tables ("Durand Line").
    countries : tuple of str
        The two countries it separates; ``side`` takes these values.
    file : Path
        GeoJSON file holding the line (one LineString or MultiLineString feature).
    grid : Path or None
        Precomputed distance grid (``gazetteer/build.py``); None: distances are computed exactly.
    """

    id: str
    name: str
    countries: tuple[str, ...]
    file: Path
    grid: Path | None


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

    def optional_file(self, key: str) -> Path | None:
        """Like :meth:`file`, but None when the manifest names no such file (an optional part)."""
        if not self.manifest.get("files", {}).get(key):
            return None
        return self.file(key)

    @property
    def attribution(self) -> str:
        """Credit line for maps and exports."""
        return str(self.manifest.get("attribution", ""))

    @property
    def view(self) -> dict[str, Any]:
        """Map view: ``center`` (lat, lon), ``zoom`` and ``bounds`` ([[south, west], [north, east]],
        what a map without incidents shows); each defaults from :attr:`bbox` (zoom 6)."""
        v = self.manifest.get("view") or {}
        lon0, lat0, lon1, lat1 = self.bbox
        centre = v.get("center") or ((lat0 + lat1) / 2, (lon0 + lon1) / 2)
        bounds = v.get("bounds") or [[lat0, lon0], [lat1, lon1]]
        return {
            "center": [float(centre[0]), float(centre[1])],
            "zoom": int(v.get("zoom", 6)),
            "bounds": [[float(x) for x in bounds[0]], [float(x) for x in bounds[1]]],
        }

    @property
    def projection_centre(self) -> tuple[float, float]:
        """``(lat, lon)`` of the azimuthal projection used to search for nearest border segments
        (default: the middle of :attr:`bbox`)."""
        c = self.manifest.get("projection_centre")
        lon0, lat0, lon1, lat1 = self.bbox
        return (float(c[0]), float(c[1])) if c else ((lat0 + lat1) / 2, (lon0 + lon1) / 2)

    @cached_property
    def borders(self) -> tuple[Border, ...]:
        """The region's border lines (the manifest's ``borders``, in order)."""
        out = []
        for n, b in enumerate(self.manifest.get("borders", [])):
            if not b.get("file") or not b.get("id"):
                raise GazetteerDataError(f"region {self.name!r}: borders[{n}] needs an 'id' and a 'file'")
            countries = tuple(b.get("countries", ()))
            if len(countries) != 2:
                raise GazetteerDataError(f"region {self.name!r}: border {b['id']!r} needs two countries, got {countries}")
            grid = self.path / b["grid"] if b.get("grid") else None
            out.append(
                Border(
                    str(b["id"]),
                    str(b.get("name") or b["id"]),
                    countries,
                    self.path / b["file"],
                    grid if grid is not None and grid.is_file() else None,
                )
            )
        return tuple(out)

    def border(self, border: str | None = None) -> Border:
        """The border with this id (or name); the first of :attr:`borders` when None.

        Raises
        ------
        GazetteerDataError
            The region has no borders, or none with that id (the message lists them).
        """
        borders = self.borders
        if not borders:
            raise GazetteerDataError(f"region {self.name!r} has no borders in its manifest")
        if border is None:
            return borders[0]
        for b in borders:
            if border in (b.id, b.name):
                return b
        raise GazetteerDataError(f"region {self.name!r} has no border {border!r}; it has {', '.join(b.id for b in borders)}")

    @property
    def lexicon_dir(self) -> Path:
        """Folder of the region's word lists (``lexicons/``; it may be missing: then every list is empty)."""
        return self.path / str(self.manifest.get("lexicons", "lexicons"))

    @property
    def incident_bbox(self) -> tuple[float, float, float, float]:
        """(min lon, min lat, max lon, max lat): given incident coordinates outside it are kept
        with status "out_of_region" (the manifest's ``incident_bbox``; default :attr:`bbox`)."""
        box = self.manifest.get("incident_bbox") or self.bbox
        return (float(box[0]), float(box[1]), float(box[2]), float(box[3]))

    def country_names(self) -> dict[str, str]:
        """Lower-case country name -> ISO code, for reading incident files: the region's
        ``lexicons/country_names.tsv`` (name<TAB>code; neighbours too), then the names in its
        ``countries`` outlines."""
        out = {}
        for line in read_word_list(self.lexicon_dir / "country_names.tsv"):
            name, _, code = line.partition("\t")
            out[name.strip().lower()] = code.strip()
        path = self.optional_file("countries")
        if path is not None:
            for f in json.loads(path.read_text(encoding="utf-8")).get("features", []):
                props = f.get("properties") or {}
                if props.get("name") and props.get("country"):
                    out.setdefault(str(props["name"]).lower(), str(props["country"]))
        return out


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


#: what ``region=`` accepts: an installed region's name, a region folder, a Region, or None (the default)
RegionLike = str | Path | Region | None


def get_region(region: RegionLike = None) -> Region:
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
    if not isinstance(region, (str, Path)):
        raise GazetteerError(f"region must be a name, a folder path or a Region, got {type(region).__name__}: {region!r:.40}")
    return _find(region if isinstance(region, str) and region.isidentifier() else Path(region).absolute())


@lru_cache(maxsize=64)
def _find(region: str | Path) -> Region:
    """The region a name or folder names (cached: a region's files are read once per process)."""
    path = _HERE / region if isinstance(region, str) and region.isidentifier() else Path(region)
    if not path.is_dir():
        path = Path(region)
    if path.is_dir() and not (path / "manifest.json").is_file():
        raise GazetteerDataError(f"{str(region)!r} is a folder but not a region: it has no manifest.json (docs/regions.md)")
    if not (path / "manifest.json").is_file():
        raise GazetteerDataError(f"no region {str(region)!r}; installed: {', '.join(list_regions()) or 'none'}")
    return _load(path.resolve())


def read_word_list(path: Path) -> tuple[str, ...]:
    """Entries of a region's word list (one a line; blank lines and ``#`` comments skipped);
    ``()`` when the file does not exist (a region need not have every list).

    Raises
    ------
    GazetteerDataError
        The file exists but cannot be read as UTF-8.
    """
    if not path.exists():
        return ()
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GazetteerDataError(f"word list {path} is unreadable ({exc}); reinstall geoinc or fix the region") from None
    return tuple(ln.rstrip("\n") for ln in raw.splitlines() if ln.strip() and not ln.lstrip().startswith("#"))


def list_regions() -> list[str]:
    """Names of the regions installed with geoinc."""
    return sorted(p.name for p in _HERE.iterdir() if (p / "manifest.json").is_file())


def region_key(region: Region | None) -> str:
    """How a place names its region: "" for none (the default), an installed region's folder
    name, else the folder's path (:func:`get_region` takes each back)."""
    if region is None:
        return ""
    return region.path.name if region.path.parent == _HERE else str(region.path)
