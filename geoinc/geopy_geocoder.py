"""A geopy geocoder backed by the offline gazetteer.

Drops into geopy and geopandas code::

    from geopy.extra.rate_limiter import RateLimiter
    from geoinc import GazetteerGeocoder
    geocode = RateLimiter(GazetteerGeocoder().geocode, min_delay_seconds=0)
    geopandas.tools.geocode(["Khost", "Gardez"], provider=GazetteerGeocoder)
"""

from __future__ import annotations

from functools import cached_property
from typing import Any

from geopy.exc import GeocoderQueryError
from geopy.geocoders.base import DEFAULT_SENTINEL, Geocoder
from geopy.location import Location
from geopy.point import Point as GeopyPoint

from .errors import GeocodeQueryError
from .gazetteer import Gazetteer
from .geocoding import resolve
from .geodesy import great_circle_km
from .place import Place
from .regions import RegionLike
from .status import AMBIGUOUS, INVALID

__all__ = ["GazetteerGeocoder", "REVERSE_KINDS"]

#: Kinds that ``reverse`` may return (point features, not areas).
REVERSE_KINDS = ("populated_place", "neighbourhood", "landmark", "airport", "airbase", "crossing")


def _address(p: Place, g: Gazetteer) -> str:
    country = g.get(f"country:{p.country}") if p.country else None
    parts = [p.name]
    for part in (p.admin2, p.admin1, country.name if country is not None else p.country):
        if part and part not in parts:
            parts.append(part)
    return ", ".join(parts)


def _location(p: Place, g: Gazetteer) -> Location:
    return Location(_address(p, g), (p.lat, p.lon), p.to_dict())


class GazetteerGeocoder(Geocoder):
    """geopy-compatible geocoder over a :class:`~geoinc.gazetteer.Gazetteer` (no network).

    Parameters
    ----------
    gazetteer : Gazetteer, optional
        Default: the gazetteer of ``region``.
    region : str, Path or Region, optional
        An installed region's name or a region folder; default the shipped region
        (Afghanistan and Pakistan).
    country, admin1 : str, optional
        Default restrictions for every query.
    **kwargs
        Accepted and passed to geopy's ``Geocoder`` (``user_agent``, ``timeout``, ...),
        so code written for online geocoders runs unchanged; nothing is sent anywhere.
    """

    def __init__(
        self,
        gazetteer: Gazetteer | None = None,
        *,
        region: RegionLike = None,
        country: str | None = None,
        admin1: str | None = None,
        admin2: str | None = None,
        **kwargs: Any,
    ) -> None:
        kwargs.setdefault("user_agent", "geoinc-offline")
        super().__init__(**kwargs)
        self._gazetteer = gazetteer
        self.region = region
        self.country = country
        self.admin1 = admin1
        self.admin2 = admin2

    @property
    def gazetteer(self) -> Gazetteer:
        return self._gazetteer if self._gazetteer is not None else Gazetteer.default(self.region)

    def geocode(
        self,
        query: str,
        *,
        exactly_one: bool = True,
        timeout: Any = DEFAULT_SENTINEL,
        country: str | None = None,
        admin1: str | None = None,
        admin2: str | None = None,
        near: tuple[float, float, float] | None = None,
    ) -> Location | list[Location] | None:
        """Resolve a name.

        Returns
        -------
        geopy.location.Location, list of Location, or None
            ``exactly_one=False`` gives the best place followed by its alternatives.
            An ambiguous name gives None with ``exactly_one=True`` (no single location).
            ``Location.raw`` holds every :class:`~geoinc.place.Place` field (status,
            precision, uncertainty_km, reason, ...).

        Raises
        ------
        geopy.exc.GeocoderQueryError
            Malformed query (empty, not a string, too long); it is a ``ValueError``.
        """
        r = resolve(
            query,
            country=country or self.country,
            admin1=admin1 or self.admin1,
            admin2=admin2 or self.admin2,
            near=near,
            gazetteer=self.gazetteer,
        )
        if r.status == INVALID:
            raise _QueryError(r.message)
        if r.place is None:
            return None
        if exactly_one:
            # an ambiguous name has no one location: None, as for an unknown name (the candidates
            # come with exactly_one=False; every Location.raw carries status and message)
            return None if r.status == AMBIGUOUS else _location(r.place, self.gazetteer)
        return [_location(r.place, self.gazetteer), *[_location(a, self.gazetteer) for a in r.place.alternatives]]

    @cached_property
    def _reverse_index(self):
        import numpy as np

        g = self.gazetteer
        rows = np.flatnonzero(np.isin(g.column("kind"), list(REVERSE_KINDS)))
        lat = np.radians(g.column("lat")[rows])
        lon = np.radians(g.column("lon")[rows])
        xyz = np.column_stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)])
        return rows, xyz

    def reverse(
        self,
        query: Any,
        *,
        exactly_one: bool = True,
        timeout: Any = DEFAULT_SENTINEL,
        limit: int = 5,
    ) -> Location | list[Location] | None:
        """The nearest point place(s) to ``(lat, lon)`` (a tuple, ``"lat, lon"`` or geopy Point).

        ``Location.raw`` adds ``distance_km`` and ``admin1_at_point`` (the province whose
        polygon holds the query point, which can differ from the nearest place's).
        """
        import numpy as np

        lat, lon = _parse_point(query)
        rows, xyz = self._reverse_index
        if not len(rows):
            return None
        la, lo = np.radians(lat), np.radians(lon)
        q = np.array([np.cos(la) * np.cos(lo), np.cos(la) * np.sin(lo), np.sin(la)])
        chord = np.linalg.norm(xyz - q, axis=1)
        order = np.argsort(chord, kind="stable")[: max(1, limit if not exactly_one else 1)]
        places = [self.gazetteer.place_at(int(rows[i])) for i in order]
        km = great_circle_km(lat, lon, np.array([p.lat for p in places]), np.array([p.lon for p in places]))
        admin1_at = _province_at(lat, lon, self.gazetteer.region)
        out = []
        for p, d in zip(places, km):
            raw = {**p.to_dict(), "distance_km": round(float(d), 3), "admin1_at_point": admin1_at}
            out.append(Location(_address(p, self.gazetteer), (p.lat, p.lon), raw))
        return out[0] if exactly_one else out


def _parse_point(query: Any) -> tuple[float, float]:
    """(lat, lon) from a tuple, a "lat, lon" string or a geopy Point; range-checked."""
    import math
    import warnings

    if query is None or isinstance(query, (bool, int, float)):
        raise _QueryError(f"reverse() needs (lat, lon); got {query!r:.60}")
    try:
        if isinstance(query, (tuple, list)) and len(query) == 2:
            lat, lon = float(query[0]), float(query[1])
        else:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                pt = query if isinstance(query, GeopyPoint) else GeopyPoint(query)
            lat, lon = pt.latitude, pt.longitude
    except (TypeError, ValueError) as exc:
        raise _QueryError(f"reverse() needs (lat, lon); got {query!r:.60}: {exc}") from None
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        raise _QueryError(f"reverse(): ({lat}, {lon}) is not a valid (lat, lon)")
    return lat, lon


class _QueryError(GeocoderQueryError, GeocodeQueryError):
    """geopy's GeocoderQueryError that is also geoinc's GeocodeQueryError (both ValueError)."""


def _province_at(lat: float, lon: float, region: RegionLike) -> str:
    from .gazetteer import admin1_at

    return admin1_at([lon], [lat], region=region)[0][0]
