"""The exceptions geoinc raises: one root, each also the builtin it resembles.

Catch :class:`GeoincError` for anything geoinc raises on purpose, or the builtin
(``ValueError``, ``TypeError``, ``LookupError``, ``FileNotFoundError``) where that is
more natural.
"""

from __future__ import annotations

__all__ = [
    "AmbiguousPlace",
    "AnalysisError",
    "AssetError",
    "DaskError",
    "ExportError",
    "FigureError",
    "GazetteerDataError",
    "GazetteerError",
    "GeocodeQueryError",
    "GeocodeTypeError",
    "GeoincError",
    "IncidentColumnError",
    "IncidentError",
    "IncidentFileError",
    "MapError",
    "MissingDependency",
    "PlaceNotFound",
    "TextError",
]


class GeoincError(Exception):
    """Root of every exception raised by geoinc."""


class GeocodeQueryError(GeoincError, ValueError):
    """A query that cannot be geocoded as given (empty, whitespace only, too long)."""


class GeocodeTypeError(GeoincError, TypeError):
    """A query that is not a string."""


class PlaceNotFound(GeoincError, LookupError):
    """No place matches (raised only where ``None`` is not a possible answer)."""


class AmbiguousPlace(GeoincError, LookupError):
    """Several good candidates far apart, and the caller asked for ``strict=True``.

    Attributes
    ----------
    candidates : tuple of Place
        The candidates, best first.
    """

    def __init__(self, message: str, candidates: tuple = ()) -> None:
        super().__init__(message)
        self.candidates = candidates


class GazetteerError(GeoincError, ValueError):
    """A gazetteer file or table that cannot be read (the message names the row)."""


class GazetteerDataError(GeoincError, FileNotFoundError):
    """The shipped gazetteer files are missing (a broken install)."""


class IncidentError(GeoincError, ValueError):
    """An incident table that cannot be read at all, or a bad argument to a reader.

    Problems with single rows never raise: they are reported per row (``status`` and
    ``message``).
    """


class IncidentFileError(IncidentError):
    """The file itself cannot be read as a table: missing, a directory, empty, an
    encoding or separator problem, an unclosed quote, ragged rows, broken JSON or
    GeoPackage. The message says what is wrong and how to fix it."""


class IncidentColumnError(IncidentError):
    """A required column is missing (the message names close candidates and the
    ``columns={...}`` mapping that fixes it), or a ``columns=`` mapping is wrong."""


class MissingDependency(GeoincError, ImportError):
    """An optional feature's package is not installed (the message names the pip extra)."""


class AnalysisError(GeoincError, ValueError):
    """Bad arguments to an analysis function (the message lists the valid choices)."""


class AssetError(GeoincError, RuntimeError):
    """An asset folder that is missing files, or a fetch that failed."""


class DaskError(GeoincError, ValueError):
    """geoinc.dask was given something it cannot partition, or Dask is not installed."""


class ExportError(GeoincError, ValueError):
    """A frame that cannot be written as asked (no CRS, unknown format, ...)."""


class FigureError(GeoincError, ValueError):
    """Bad input to :func:`~geoinc.figure.incident_figure`, or matplotlib missing."""


class MapError(GeoincError, ValueError):
    """Bad input to :func:`~geoinc.maps.incident_map` (the message says what and how to fix it)."""


class TextError(GeoincError, ValueError):
    """Input that is not text, or too long."""
