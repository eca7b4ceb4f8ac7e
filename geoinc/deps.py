"""Optional packages: each feature that needs one names the pip extra that installs it.

>>> from geoinc.deps import EXTRAS
>>> EXTRAS["folium"]
'maps'
"""

from __future__ import annotations

import importlib
from types import ModuleType

from .errors import MissingDependency

__all__ = ["EXTRAS", "optional_import"]

#: importable module -> the pip extra of geoinc that installs it
EXTRAS: dict[str, str] = {
    "folium": "maps",
    "branca": "maps",
    "ahocorasick": "text",
    "matplotlib": "plot",
    "openpyxl": "xlsx",
    "dask": "dask",
    "dask_geopandas": "dask",
    "distributed": "dask",
}


def optional_import(module: str, feature: str) -> ModuleType:
    """Import ``module`` for ``feature``, or raise :class:`~geoinc.errors.MissingDependency`.

    Parameters
    ----------
    module : str
        Module to import ("folium", "matplotlib.pyplot", ...).
    feature : str
        What needs it, for the message ("incident_map").

    Raises
    ------
    MissingDependency
        The package is not installed; the message gives the ``pip install`` line.
    """
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        extra = EXTRAS.get(module.split(".")[0], "all")
        raise MissingDependency(
            f"{feature} needs the {module.split('.')[0]!r} package, which is not installed: pip install 'geoinc[{extra}]'"
        ) from exc
