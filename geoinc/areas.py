"""Hints as areas: a country, province, region, district or circle that a place must lie in.

Datasets and reports name the containing units in many ways ("Khyber Pakhtunkwa
province", "NWFP", "FATA", "Azad Jammu & Kashmir", "Hilmand", "AF-KHO", "AF.37",
"North Waziristan agency").  :func:`resolve_area` turns such a text into an
:class:`Area`; :meth:`Area.contains` says whether a candidate place lies in it — by
the gazetteer's codes, or by the unit's polygon with a tolerance for boundaries that
differ between sources (:data:`BOUNDARY_TOLERANCE_KM`).

Region-specific spellings (abbreviations such as "AJK", "KPK") live in the region's
``admin_aliases.csv``, not here.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .errors import GeocodeQueryError
from .gazetteer import Gazetteer, isin_few, shipped_geometry
from .geodesy import great_circle_km, km_between
from .names import clean, split_feature_words, variant_key
from .place import Place
from .regions import Region

__all__ = [
    "BOUNDARY_TOLERANCE_DEG",
    "BOUNDARY_TOLERANCE_KM",
    "Area",
    "crossing_countries",
    "named_unit",
    "nearest_area_names",
    "resolve_area",
    "resolve_country",
]

#: a candidate this close to a hinted unit's polygon counts as inside it (sources draw
#: boundaries differently, and a village point can sit on the line)
BOUNDARY_TOLERANCE_KM = 10.0
#: the same tolerance in degrees, for planar tests on lon/lat polygons (km per degree of latitude)
BOUNDARY_TOLERANCE_DEG = BOUNDARY_TOLERANCE_KM / 111.32
#: fuzzy cutoffs (rapidfuzz ratio on variant keys) for unit names in hints
_FUZZY_ADMIN1 = 85.0
_FUZZY_ADMIN2 = 80.0

_LEVEL_RANK = {"admin2": 0, "circle": 0, "place": 0, "region": 1, "admin1": 2, "country": 3}
_LABEL = {"admin2": "district", "circle": "circle", "place": "place", "region": "region", "admin1": "province", "country": "country"}
_KINDS = {
    "admin1": ("province", "region"),
    "admin2": ("district", "region"),
    "any": ("country", "province", "region", "district", "populated_place", "neighbourhood"),
    "town": ("country", "province", "region", "district", "populated_place", "neighbourhood"),
}


@dataclass(frozen=True, eq=False)
class Area:
    """Where a place must lie: one or more gazetteer units, or a circle."""

    text: str
    level: str
    unit_ids: tuple[str, ...] = ()
    countries: frozenset[str] = frozenset()
    admin1_codes: frozenset[str] = frozenset()
    lat: float = 0.0
    lon: float = 0.0
    radius_km: float = 0.0
    _geom: list = field(default_factory=list, repr=False)

    @classmethod
    def circle(cls, lat: float, lon: float, radius_km: float) -> Area:
        return cls(f"within {radius_km:g} km of ({lat:g}, {lon:g})", "circle", lat=lat, lon=lon, radius_km=radius_km)

    @property
    def level_rank(self) -> int:
        return _LEVEL_RANK[self.level]

    @property
    def label(self) -> str:
        return _LABEL[self.level]

    # -- membership -----------------------------------------------------------
    def _geometry(self, region: Region):
        if not self._geom:
            self._geom.append(_union_of(self.unit_ids, region))
        return self._geom[0]

    def _bounds(self, region: Region) -> tuple[float, float, float, float]:
        if len(self._geom) < 2:
            self._geom.append(tuple(self._geometry(region).bounds))
        return self._geom[1]

    def _in_countries(self, country: str) -> bool:
        return any(c in self.countries for c in country.split("|"))

    def _place_in_countries(self, p: Place, g: Gazetteer) -> bool:
        """Is the place in one of the area's countries? A border crossing is in both countries it
        joins (:func:`crossing_countries`)."""
        if self._in_countries(p.country):
            return True
        return p.kind == "crossing" and any(c in self.countries for c in crossing_countries(p.country, g.region))

    def contains(self, p: Place, g: Gazetteer) -> bool:
        """Is the place inside (within the boundary tolerance)?"""
        return self.strength(p, g) > 0

    def strength(self, p: Place, g: Gazetteer) -> int:
        """2 inside, 1 only within :data:`BOUNDARY_TOLERANCE_KM` of the boundary, 0 outside."""
        if self.level == "country":
            return 2 if self._place_in_countries(p, g) else 0
        if self.level in ("circle", "place"):
            return 2 if km_between(self.lat, self.lon, p.lat, p.lon) <= self.radius_km + p.uncertainty_km else 0
        if p.id in self.unit_ids:
            return 2
        if self.level == "admin1" and p.admin1_code in self.admin1_codes and p.kind not in ("province", "country"):
            return 2
        if self.level in ("admin2", "region") and p.admin2_code in self.unit_ids:
            return 2
        if p.kind in ("country", "province", "border") or (self.level == "admin2" and p.kind in ("district", "region")):
            return 0
        if g.region is None:
            return 0
        geom = self._geometry(g.region)
        if geom is None:
            return 0
        if self.countries and not self._place_in_countries(p, g):
            return 0  # the boundary tolerance never crosses a national border (a crossing lies on it)
        minx, miny, maxx, maxy = self._bounds(g.region)
        tol = BOUNDARY_TOLERANCE_DEG
        if not (minx - tol <= p.lon <= maxx + tol and miny - tol <= p.lat <= maxy + tol):
            return 0
        import shapely

        pt = shapely.Point(p.lon, p.lat)
        if self.level == "region" and geom.contains(pt):
            return 2
        return 1 if shapely.dwithin(geom, pt, BOUNDARY_TOLERANCE_DEG) else 0

    def coded_inside(self, g: Gazetteer, rows):
        """Vectorised ``strength(place, g) == 2`` for the places at ``rows`` (row indexes), for a
        country, ``admin1`` or ``admin2`` area, whose strength 2 comes from the gazetteer's codes
        only (the code branches of :meth:`strength`; the batch path of ``geocode_many`` uses it).
        None for other levels."""
        if self.level == "country":
            inside = g.column_in("country", rows, [v for v in g.column_values("country") if self._in_countries(v)])
            crossing = g.column_in("kind", rows, ("crossing",)) & ~inside
            for k in crossing.nonzero()[0].tolist():
                inside[k] = self._place_in_countries(g.place_at(int(rows[k])), g)
            return inside
        if self.level not in ("admin1", "admin2"):
            return None
        units = [i for i in (g.index_of(u) for u in self.unit_ids) if i is not None]
        inside = isin_few(rows, units)
        if self.level == "admin1":
            inside |= g.column_in("admin1_code", rows, self.admin1_codes) & ~g.column_in("kind", rows, ("province", "country"))
        else:
            inside |= g.column_in("admin2_code", rows, self.unit_ids)
        return inside

    def row_mask(self, g: Gazetteer):
        """Bool array over the gazetteer's rows: places inside the area (codes, then polygon)."""
        import numpy as np
        import shapely

        if self.level == "circle" or self.level == "place":
            return great_circle_km(self.lat, self.lon, g.column("lat"), g.column("lon")) <= self.radius_km
        mask = np.zeros(len(g), dtype=bool)
        if self.level == "admin1":
            mask |= g.rows_where("admin1_code", self.admin1_codes)
        mask |= g.rows_where("admin2_code", self.unit_ids)
        geom = self._geometry(g.region) if g.region is not None and self.level == "region" else None
        if geom is not None and self.level == "region":  # districts: every place carries its code
            minx, miny, maxx, maxy = shapely.bounds(geom)
            lat, lon = g.column("lat"), g.column("lon")
            box = (lon >= minx) & (lon <= maxx) & (lat >= miny) & (lat <= maxy) & ~mask
            idx = np.flatnonzero(box)
            if len(idx):
                mask[idx] = shapely.contains_xy(geom, lon[idx], lat[idx])
        return mask

    def fuzzy_pool(self, g: Gazetteer):
        """Variant keys of the places inside the area, for fuzzy matching."""
        key = f"area:{self.level}:{','.join(self.unit_ids)}:{self.lat}:{self.lon}:{self.radius_km}"
        return g.fuzzy_pool_of(key, lambda: self.row_mask(g))

    def unit_place(self, g: Gazetteer) -> Place | None:
        """The unit an approximate answer is placed at (None for a country or a circle)."""
        if self.level in ("country", "circle") or not self.unit_ids:
            return None
        p = g.get(self.unit_ids[0])
        if p is None:
            return None
        if self.level == "place":
            return p.with_match(precision=2, uncertainty_km=round(self.radius_km, 1))
        return p


@lru_cache(maxsize=64)
def crossing_countries(country: str, region: Region | None) -> tuple[str, ...]:
    """The countries a border crossing recorded in ``country`` counts in: its own and every
    country its region's borders join to it (a crossing lies on the border: "Torkham" is found
    with a Pakistani hint and an Afghan one alike)."""
    own = set(country.split("|"))
    out = set(own)
    for b in region.borders if region is not None else ():
        if own & set(b.countries):
            out |= set(b.countries)
    return tuple(sorted(out))


@lru_cache(maxsize=4096)
def _union_of(unit_ids: tuple[str, ...], region: Region):
    """The (prepared) union of the region's polygons of these units, or None."""
    import shapely

    geoms = [g for g in (shipped_geometry(u, region) for u in unit_ids) if g is not None]
    if not geoms:
        return None
    geom = geoms[0] if len(geoms) == 1 else shapely.union_all(geoms)
    shapely.prepare(geom)
    return geom


# ----------------------------------------------------------------------------- resolving
@lru_cache(maxsize=8)
def _alias_table(region: Region | None) -> dict[str, str]:
    """Region abbreviations and dataset spellings (its ``admin_aliases.csv``): folded alias -> place id."""
    out: dict[str, str] = {}
    if region is None:
        return out
    path = region.path / "admin_aliases.csv"
    if path.is_file():
        with open(path, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                out[variant_key(row["alias"])] = row["id"]
    return out


def named_unit(text: str, g: Gazetteer) -> Place | None:
    """The unit an abbreviation or dataset spelling of the region's ``admin_aliases.csv`` names
    ("KPK", "AJK", "GB", "ICT"), or None (also for an empty or non-string ``text``, as :func:`resolve_area`).

    Parameters
    ----------
    text : str
        The name as written.
    g : Gazetteer
        The gazetteer whose region holds the alias table.
    """
    alias_id = _alias_table(g.region).get(variant_key(text))
    return g.get(alias_id) if alias_id is not None else None


def _prepare(text: str) -> tuple[str, tuple[str, ...]]:
    t = text.replace("&", " and ")
    return split_feature_words(clean(t))


def _unit_hits(core: str, g: Gazetteer, kinds: tuple[str, ...]) -> list[Place]:
    hits = g.exact_hits(core.replace(" ", "")) or g.variant_hits(variant_key(core))
    seen, out = set(), []
    for i, _, _ in hits:
        p = g.place_at(i)
        if p.kind in kinds and p.id not in seen:
            seen.add(p.id)
            out.append(p)
    return out


def _area_of(text: str, places: list[Place], level: str) -> Area:
    kinds = {p.kind for p in places}
    if level == "town":
        # "Karachi - Lyari" (ACLED's "town - part of it"): the context is a town when one of
        # the name is a capital, seat or populated town; else read as any unit
        towns = [
            p for p in places if p.kind == "populated_place" and (p.feature_code in ("PPLC", "PPLA", "PPLA2") or p.population > 0)
        ]
        if len(towns) == 1:
            p = towns[0]
            return Area(
                text, "place", (p.id,), frozenset({p.country}), lat=p.lat, lon=p.lon, radius_km=max(10.0, 1.5 * p.uncertainty_km)
            )
        level = "any"
    if level == "any":
        if "country" in kinds:
            level = "country"
        elif "province" in kinds:
            level = "admin1"
        elif "region" in kinds:
            level = "region"
        elif "district" in kinds:
            level = "admin2"
        else:
            level = "place"
    if level == "admin1" and "province" not in kinds:
        level = "region"
    if level == "admin2" and "district" not in kinds:
        level = "region"
    want = {
        "country": ("country",),
        "admin1": ("province",),
        "region": ("region",),
        "admin2": ("district",),
        "place": ("populated_place", "neighbourhood"),
    }[level]
    units = [p for p in places if p.kind in want]
    if level == "place":
        p = units[0]
        return Area(text, "place", (p.id,), frozenset({p.country}), lat=p.lat, lon=p.lon, radius_km=max(15.0, 3 * p.uncertainty_km))
    return Area(
        text,
        level,
        tuple(p.id for p in units),
        frozenset(p.country for p in units),
        frozenset(p.admin1_code for p in units if p.kind == "province"),
    )


def resolve_area(
    text: str,
    g: Gazetteer,
    *,
    level: str = "any",
    countries: frozenset[str] | None = None,
    within: Area | None = None,
) -> Area | None:
    """The area a hint names, or None.

    Parameters
    ----------
    text : str
        As written ("Khyber Pakhtunkwa province", "FATA", "Kurram agency", "AF.37").
    level : {"admin1", "admin2", "any", "town"}
        What the hint is: a province or region, a district, or (in a query) any unit,
        then a town; "town": a town first ("Karachi" in "Karachi - Lyari").
    countries : frozenset of str, optional
        Only units in these countries.
    within : Area, optional
        For a district: only districts inside this area.
    """
    if not isinstance(text, str) or not text.strip():
        return None
    kinds = _KINDS[level]
    raw = text.strip()
    found: list[Place] = []
    if level in ("admin1", "any") and len(raw) <= 6 and raw[:2].isalpha() and raw[2:3] == "." and raw[:2].isupper():
        found = [p for p in g.places_of_kind("province") if p.admin1_code == raw]
    core, _ = _prepare(raw)
    if not core:
        return None
    if not found:
        alias_id = _alias_table(g.region).get(variant_key(core))
        if alias_id is not None and (p := g.get(alias_id)) is not None and p.kind in kinds:
            found = [p]
    if not found:
        found = _unit_hits(core, g, kinds)
    if countries is not None:
        found = [p for p in found if any(c in countries for c in p.country.split("|"))]
    if within is not None:
        found = [p for p in found if within.contains(p, g) or _district_in(p, within, g)]
    if not found and level in ("admin1", "admin2"):
        found = _fuzzy_units(core, g, level, countries, within)
    if not found:
        return None
    return _area_of(raw, found, level)


def _district_in(p: Place, area: Area, g: Gazetteer) -> bool:
    if p.admin1_code and p.admin1_code in area.admin1_codes:
        return True
    geom = area._geometry(g.region) if g.region is not None else None
    if geom is None:
        return False
    import shapely

    return bool(shapely.dwithin(geom, shapely.Point(p.lon, p.lat), BOUNDARY_TOLERANCE_DEG))


@lru_cache(maxsize=8)
def _unit_names(g: Gazetteer, kinds: tuple[str, ...]) -> tuple[list[str], list[str]]:
    keys, ids = [], []
    for p in g.places_of_kind(*kinds):
        for n in g.names_of(p.id):
            k = variant_key(split_feature_words(clean(n))[0])
            if len(k) >= 4 and k.isascii():
                keys.append(k)
                ids.append(p.id)
    return keys, ids


def _fuzzy_units(core: str, g: Gazetteer, level: str, countries, within: Area | None) -> list[Place]:
    from rapidfuzz import fuzz, process

    keys, ids = _unit_names(g, _KINDS[level])
    cutoff = _FUZZY_ADMIN1 if level == "admin1" else _FUZZY_ADMIN2
    vk = variant_key(core)
    if len(vk) < 5:
        return []
    best: dict[str, float] = {}
    for _, score, k in process.extract(vk, keys, scorer=fuzz.ratio, limit=10, score_cutoff=cutoff):
        best[ids[k]] = max(best.get(ids[k], 0.0), float(score))
    places = [g[i] for i in sorted(best, key=lambda i: (-best[i], i))]
    if countries is not None:
        places = [p for p in places if any(c in countries for c in p.country.split("|"))]
    if within is not None:
        places = [p for p in places if _district_in(p, within, g)]
    if not places:
        return []
    top = best[places[0].id]
    return [p for p in places if best[p.id] == top]


def nearest_area_names(text: str, g: Gazetteer, *, countries=None, limit: int = 3) -> list[str]:
    """The province and region names closest in spelling to ``text`` (for error messages)."""
    from rapidfuzz import fuzz, process

    keys, ids = _unit_names(g, _KINDS["admin1"])
    core, _ = _prepare(text)
    out: list[str] = []
    for _, _, k in process.extract(variant_key(core) or text, keys, scorer=fuzz.ratio, limit=limit * 4):
        p = g[ids[k]]
        if countries is not None and p.country not in countries:
            continue
        if p.name not in out:
            out.append(p.name)
        if len(out) == limit:
            break
    return out


def resolve_country(value: Any, g: Gazetteer) -> Area:
    """The country a ``country=`` hint names (ISO alpha-2/alpha-3 code or name).

    Raises
    ------
    GeocodeQueryError
        Not a country of the gazetteer (the message lists those it has).
    """
    if not isinstance(value, str) or not value.strip():
        raise GeocodeQueryError(f"country must be a non-empty str, got {value!r:.40}")
    text = value.strip()
    countries = g.places_of_kind("country")
    codes = {p.country for p in countries}
    upper = text.upper()
    if upper in codes:
        return Area(text, "country", (f"country:{upper}",), frozenset({upper}))
    alias_id = _alias_table(g.region).get(variant_key(text))
    if alias_id and alias_id.startswith("country:"):
        cc = alias_id.split(":", 1)[1]
        return Area(text, "country", (alias_id,), frozenset({cc}))
    hits = _unit_hits(_prepare(text)[0], g, ("country",))
    if hits:
        return Area(text, "country", tuple(p.id for p in hits), frozenset(p.country for p in hits))
    names = ", ".join(f"{p.country} ({p.name})" for p in sorted(countries, key=lambda p: p.country))
    raise GeocodeQueryError(f"country={value!r} is not a country of this gazetteer; use one of {names}")
