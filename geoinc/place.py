"""The :class:`Place` value object: one resolved place, immutable."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

__all__ = ["KINDS", "Place"]

#: Kinds of place, from the largest to the smallest.
KINDS = (
    "country",
    "border",
    "province",
    "region",
    "district",
    "populated_place",
    "neighbourhood",
    "landmark",
    "airport",
    "airbase",
    "crossing",
)


@dataclass(frozen=True, slots=True)
class Place:
    """A place from the gazetteer, as resolved for one query.

    Attributes
    ----------
    name : str
        Name in the gazetteer.
    lat, lon : float
        WGS84 degrees.  For a province the capital, for a district its seat
        (ACLED's convention for geo_precision 3 and 2); see ``note``.
    country : str
        ISO 3166-1 alpha-2 ("AF", "PK"; "AF|PK" for the border).
    admin1, admin2 : str
        Province and district names ("" when unknown).
    kind : str
        One of :data:`KINDS`.
    precision : int
        ACLED geo_precision: 1 town or finer, 2 district or near, 3 province or larger.
    uncertainty_km : float
        Radius within which the real location of the named feature lies.
    score : float
        0-1, how well the query matched (1 exact; lower for variants, fuzzy matches,
        unmet hints).
    matched : str
        The name or alias that matched.
    source : str
        Where the row came from (package and version, or cited pages).
    reason : str
        One line: why this place was chosen.
    alternatives : tuple of Place
        Other candidates, best first (their own ``alternatives`` are empty).
    status : str
        "matched" or "ambiguous" (several good candidates far apart).
    id : str
        Stable gazetteer id ("gn:1138958", "adm1:AF.37", "cur-0001", ...).
    region : str
        The region the place's gazetteer belongs to (a region name or folder; "" for the
        default region): where :attr:`geometry` looks up its polygon. Not part of
        :meth:`to_dict` or equality.
    """

    name: str
    lat: float
    lon: float
    country: str
    admin1: str
    admin2: str
    kind: str
    precision: int
    uncertainty_km: float
    score: float = 1.0
    matched: str = ""
    source: str = ""
    reason: str = ""
    alternatives: tuple[Place, ...] = field(default=(), repr=False)
    status: str = "matched"
    id: str = ""
    admin1_code: str = field(default="", repr=False)
    admin2_code: str = field(default="", repr=False)
    feature_code: str = field(default="", repr=False)
    population: int = field(default=0, repr=False)
    licence: str = field(default="", repr=False)
    note: str = field(default="", repr=False)
    centroid_lat: float | None = field(default=None, repr=False)
    centroid_lon: float | None = field(default=None, repr=False)
    seat_id: str = field(default="", repr=False)
    region: str = field(default="", repr=False, compare=False)

    @property
    def point(self):
        """The location as a shapely ``Point`` (lon, lat)."""
        from .coords import point

        return point(self.lat, self.lon)

    @property
    def latlon(self) -> tuple[float, float]:
        """``(lat, lon)``, the order geopy and folium use."""
        return (self.lat, self.lon)

    @property
    def geometry(self):
        """The feature's geometry: district/province/country polygon, the border line, else the
        point (from the place's own region)."""
        from .regions.shapes import geometry_of

        geom = geometry_of(self.id, self.region or None)
        return geom if geom is not None else self.point

    @property
    def centroid(self) -> tuple[float, float] | None:
        """``(lat, lon)`` of the polygon's centroid for provinces and countries, else None."""
        if self.centroid_lat is None or self.centroid_lon is None:
            return None
        return (self.centroid_lat, self.centroid_lon)

    def with_match(self, **changes: Any) -> Place:
        """Return a copy with match fields (score, matched, reason, ...) replaced.

        Same result as ``dataclasses.replace`` (unknown field names raise TypeError),
        several times faster: the geocoder makes one copy per candidate.
        """
        unknown = changes.keys() - _FIELD_SET
        if unknown:
            raise TypeError(f"Place has no field(s) {sorted(unknown)}")
        new = object.__new__(Place)
        for name in _FIELD_NAMES:
            object.__setattr__(new, name, changes[name] if name in changes else getattr(self, name))
        return new

    def to_dict(self, *, alternatives: bool = True) -> dict[str, Any]:
        """Plain-dict form (JSON-ready); alternatives as a list of ``{id, name, kind}``."""
        d = asdict(self)
        del d["region"]
        d["alternatives"] = (
            [{"id": a.id, "name": a.name, "kind": a.kind, "admin1": a.admin1} for a in self.alternatives] if alternatives else []
        )
        return d


_FIELD_NAMES = tuple(f.name for f in fields(Place))
_FIELD_SET = frozenset(_FIELD_NAMES)
