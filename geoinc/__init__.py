"""geoinc: map conflict incidents from news reports, offline, for Afghanistan and Pakistan.

>>> import geoinc
>>> geoinc.geocode("Khair Khana").admin1
'Kabul'

Importing geoinc loads no data and no heavy library; the gazetteer is read on the
first lookup, and geopandas only where a GeoDataFrame is made. What it knows of a place on
Earth comes from a region folder (``region=`` everywhere; see ``docs/regions.md``).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# public name -> module that defines it (imported on first access, PEP 562)
_EXPORTS = {
    "Place": "place",
    "KINDS": "place",
    "Gazetteer": "gazetteer",
    "data_dir": "gazetteer",
    "geocode": "geocoding",
    "geocode_many": "geocoding",
    "resolve": "geocoding",
    "Resolution": "geocoding",
    "GazetteerGeocoder": "geopy_geocoder",
    "read_incidents": "incidents",
    "IncidentError": "incidents",
    "EVENT_TYPES": "incidents",
    "VERIFICATIONS": "incidents",
    "parse_sources": "incidents",
    "durand_line": "border",
    "border_km": "border",
    "border_line": "border",
    "side_of": "border",
    "Region": "regions",
    "get_region": "regions",
    "list_regions": "regions",
    "border_proximity": "analysis",
    "border_summary": "analysis",
    "plot_border_profile": "analysis",
    "incident_map": "maps",
    "save_map": "maps",
    "incident_figure": "figure",
    "extract_places": "text",
    "extract_incidents": "textevents",
    "Mention": "text",
    "to_geojson": "io",
    "to_file": "io",
    "to_csv": "io",
    "GeoincError": "errors",
    "GeocodeQueryError": "errors",
    "GeocodeTypeError": "errors",
    "PlaceNotFound": "errors",
    "AmbiguousPlace": "errors",
    "GazetteerError": "errors",
    "GazetteerDataError": "errors",
}

__all__ = sorted([*_EXPORTS, "__version__"])


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'geoinc' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__


if TYPE_CHECKING:  # pragma: no cover
    from .analysis import border_proximity, border_summary, plot_border_profile
    from .border import border_km, border_line, durand_line, side_of
    from .errors import (
        AmbiguousPlace,
        GazetteerDataError,
        GazetteerError,
        GeocodeQueryError,
        GeocodeTypeError,
        GeoincError,
        PlaceNotFound,
    )
    from .gazetteer import Gazetteer, data_dir
    from .geocoding import Resolution, geocode, geocode_many, resolve
    from .geopy_geocoder import GazetteerGeocoder
    from .incidents import EVENT_TYPES, VERIFICATIONS, IncidentError, parse_sources, read_incidents
    from .io import to_csv, to_file, to_geojson
    from .maps import incident_map, save_map
    from .place import KINDS, Place
    from .regions import Region, get_region, list_regions
    from .text import Mention, extract_places
    from .textevents import extract_incidents
