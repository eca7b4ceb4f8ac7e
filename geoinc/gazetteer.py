"""Load, merge and index gazetteers: a region's data, GeoNames dumps, CSV files.

A region's gazetteer (:meth:`Gazetteer.default`; the shipped one is built by
``gazetteer/build.py``, another region may hold a plain ``places.csv``) is read on first
use, never at import.  Its polygons (provinces, countries) and border lines are read
only when a geometry is asked for.
"""

from __future__ import annotations

import csv
import io
import math
import threading
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from .errors import GazetteerDataError, GazetteerError, PlaceNotFound
from .place import KINDS, Place
from .regions import Region, RegionLike, get_region, region_key
from .regions.shapes import geojson_features, geometry_of, region_geometries
from .store import SEAT_ALIAS, Table, merge_tables, read_table, table_from_rows

__all__ = ["Gazetteer", "admin1_at", "admin_at", "country_at", "data_dir", "shipped_geometry"]

#: fuzzy matching keeps at most this many keys per query, with a ratio of at least this
FUZZY_TOP, FUZZY_FLOOR = 5, 75.0

#: precision and uncertainty (km) for rows that do not say (CSV and GeoNames loaders)
DEFAULT_PRECISION = {
    "country": 3,
    "border": 3,
    "province": 3,
    "region": 3,
    "district": 2,
    "populated_place": 1,
    "neighbourhood": 1,
    "landmark": 1,
    "airport": 1,
    "airbase": 1,
    "crossing": 1,
}
DEFAULT_UNCERTAINTY_KM = {
    "country": 500.0,
    "border": 1400.0,
    "province": 100.0,
    "region": 100.0,
    "district": 20.0,
    "populated_place": 2.0,
    "neighbourhood": 1.5,
    "landmark": 0.5,
    "airport": 2.0,
    "airbase": 2.0,
    "crossing": 0.5,
}


def data_dir(region: RegionLike = None) -> Path:
    """Folder holding a region's data files (default: the shipped ``geoinc/regions/afpak/``).

    Raises
    ------
    GazetteerDataError
        If the folder or its places file is missing (a broken install).
    """
    reg = get_region(region)
    reg.file("places")
    return reg.path


def isin_few(a, values) -> Any:
    """``np.isin(a, values)``, faster when ``values`` are a few (one comparison each)."""
    import numpy as np

    if len(values) > 8:
        return np.isin(a, values)
    out = np.zeros(len(a), dtype=bool)
    for v in values:
        out |= a == v
    return out


# ----------------------------------------------------------------------------- geometry


@lru_cache(maxsize=8)
def _unit_index(kind: str, region: Region):
    """STRtree over a region's province ("province") or district ("district") polygons."""
    import numpy as np
    import shapely

    g = _region_gazetteer(region)
    geoms = region_geometries(region)
    ids = sorted(pid for pid in geoms if (p := g.get(pid)) is not None and p.kind == kind)
    polys = [geoms[pid] for pid in ids]
    return shapely.STRtree(polys), np.array(ids, dtype=object)


def admin_at(lon, lat, kind: str = "district", *, region: RegionLike = None):
    """Id of the district (or province) polygon holding each point (vectorised; "" outside).

    Uses the region's polygons (for the shipped region: Who's On First districts; provinces
    are their union); "" everywhere for a region without them.
    """
    import numpy as np
    import shapely

    lon = np.atleast_1d(np.asarray(lon, dtype=float))
    lat = np.atleast_1d(np.asarray(lat, dtype=float))
    out = np.full(lon.shape, "", dtype=object)
    ok = np.isfinite(lon) & np.isfinite(lat)
    if ok.any():
        tree, ids = _unit_index(kind, get_region(region))
        if not len(ids):
            return out
        idx = np.flatnonzero(ok)
        qi, ti = tree.query(shapely.points(lon[ok], lat[ok]), predicate="intersects")
        order = np.lexsort((ti, qi))[::-1]  # lowest polygon index last, so it wins
        out[idx[qi[order]]] = ids[ti[order]]
    return out


def admin1_at(lon, lat, *, region: RegionLike = None):
    """Province name and country code at each point (vectorised; "" outside the region)."""
    import numpy as np

    ids = admin_at(lon, lat, "province", region=region)
    g = _region_gazetteer(get_region(region))
    names = np.array([g[i].name if i else "" for i in ids], dtype=object)
    ccs = np.array([g[i].country if i else "" for i in ids], dtype=object)
    return names, ccs


@lru_cache(maxsize=8)
def _country_index(region: Region):
    import numpy as np
    import shapely

    geoms = region_geometries(region)
    codes = [cc for cc in region.countries if f"country:{cc}" in geoms]
    return shapely.STRtree([geoms[f"country:{cc}"] for cc in codes]), np.array(codes, dtype=object)


def country_at(lon, lat, *, region: RegionLike = None):
    """Code of the region's country whose outline holds each point (vectorised; "" outside)."""
    import numpy as np
    import shapely

    lon = np.atleast_1d(np.asarray(lon, dtype=float))
    lat = np.atleast_1d(np.asarray(lat, dtype=float))
    out = np.full(lon.shape, "", dtype=object)
    ok = np.isfinite(lon) & np.isfinite(lat)
    tree, codes = _country_index(get_region(region))
    if ok.any() and len(codes):
        idx = np.flatnonzero(ok)
        qi, ti = tree.query(shapely.points(lon[ok], lat[ok]), predicate="intersects")
        order = np.lexsort((ti, qi))[::-1]  # the first country of the manifest wins on a shared edge
        out[idx[qi[order]]] = codes[ti[order]]
    return out


def shipped_geometry(place_id: str, region: RegionLike = None):
    """Polygon or line of a region's province, district, region, country or border; else None
    (:func:`geoinc.regions.shapes.geometry_of`)."""
    return geometry_of(place_id, region)


# ----------------------------------------------------------------------------- parsing
class FuzzyPool(NamedTuple):
    """Keys for fuzzy matching over a subset of a gazetteer's rows (see :meth:`Gazetteer.fuzzy_pool_of`)."""

    keys: list[str]
    slots: Any  # numpy int array: the keys' slots in the variant index
    mask: Any  # numpy bool array over the rows: the subset


# GeoNames feature codes -> kind
_GEONAMES_KIND = {
    "PPLX": "neighbourhood",
    "ADM1": "province",
    "ADM1H": "region",
    "ADM2": "district",
    "ADM2H": "district",
    "ADM3": "district",
    "PCLI": "country",
    "AIRB": "airbase",
    "AIRP": "airport",
    "AIRF": "airport",
    "AIRH": "airport",
    "PSTB": "crossing",
}


def _geonames_kind(feature_class: str, feature_code: str) -> str:
    if feature_code in _GEONAMES_KIND:
        return _GEONAMES_KIND[feature_code]
    if feature_class == "P":
        return "populated_place"
    if feature_class == "A":
        return "region"
    return "landmark"


# ----------------------------------------------------------------------------- the class

#: The columns a :class:`Place` is made from, as its fields (:meth:`Gazetteer.place_at`).
_PLACE_COLUMNS = (
    "name",
    "lat",
    "lon",
    "country",
    "admin1",
    "admin2",
    "kind",
    "precision",
    "uncertainty_km",
    "source",
    "id",
    "admin1_code",
    "admin2_code",
    "feature_code",
    "population",
    "licence",
    "note",
    "centroid_lat",
    "centroid_lon",
    "seat_id",
)


class Gazetteer:
    """A set of places with name indexes for geocoding, stored column-wise.

    Build one with :meth:`default` (the shipped region's data), :meth:`from_geonames`
    (a GeoNames dump such as ``AF.txt``), :meth:`from_csv` or :meth:`from_records`;
    combine them with :meth:`merge` (or ``+``).  Places are made on demand: a
    gazetteer of 160,000 villages costs a few arrays, not 160,000 objects.

    Examples
    --------
    >>> g = Gazetteer.default()
    >>> g["adm1:AF.37"].name
    'Khost'
    >>> len(g) > 100_000
    True
    """

    def __init__(self, table: Table, *, label: str = "", region: Region | None = None) -> None:
        self._t = table
        #: the region whose data this is (its polygons, admin aliases and lexicons serve the
        #: geocoder and text extraction); None for gazetteers built from other files
        self.region = region
        self._region_key = region_key(region)
        ids = table.text["id"].tolist()
        self._by_id: dict[str, int] = {}
        for i, pid in enumerate(ids):
            if pid in self._by_id:
                raise GazetteerError(f"duplicate place id {pid!r}; use merge() to combine gazetteers")
            self._by_id[pid] = i
        self.label = label
        self._lock = threading.Lock()
        self._places: dict[int, Place] = {}
        self._lists: dict[str, Any] | None = None
        self._getters: list[tuple[int, Any]] | None = None
        self._posting_key: Any = None  # variant posting -> key slot (for fuzzy pools)
        self._fuzzable: Any = None  # key slot -> usable for fuzzy matching (Latin script, length >= 4)
        self._area_pools: dict[str, FuzzyPool] = {}
        self._value_codes: dict[str, dict[str, int]] = {}  # keyed column -> value -> code

    # -- construction ---------------------------------------------------------
    @classmethod
    def default(cls, region: RegionLike = None) -> Gazetteer:
        """A region's gazetteer (loaded once, then cached); default the shipped region.

        ``region``: an installed region's name, a region folder (see ``docs/regions.md``) or
        a :class:`~geoinc.regions.Region`.
        """
        return _region_gazetteer(get_region(region))

    for_region = default

    @classmethod
    def from_records(cls, records: Iterable[dict[str, Any]], *, label: str = "records") -> Gazetteer:
        """Build from dicts with at least ``id, name, lat, lon`` (other columns as in the shipped table;
        ``names`` or ``alt_names``: ``|``-separated aliases)."""
        rows, names = [], []
        for n, row in enumerate(records, start=1):
            row = {k: ("" if v is None else v) for k, v in row.items()}
            try:
                name = str(row["name"]).strip()
                pid = str(row["id"]).strip()
                lat, lon = float(row["lat"]), float(row["lon"])
            except (KeyError, ValueError, TypeError) as exc:
                raise GazetteerError(f"{label}: record {n}: {exc!r}") from exc
            if not name or not pid:
                raise GazetteerError(f"{label}: record {n}: empty name or id")
            if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
                raise GazetteerError(f"{label}: record {n}: lat/lon out of range ({lat}, {lon})")
            kind = str(row.get("kind") or "populated_place")
            if kind not in KINDS:
                raise GazetteerError(f"{label}: record {n}: kind {kind!r} is not one of {', '.join(KINDS)}")
            try:
                precision = int(float(row.get("precision") or DEFAULT_PRECISION.get(kind, 1)))
                unc = float(row.get("uncertainty_km") or DEFAULT_UNCERTAINTY_KM.get(kind, 2.0))
                int(float(row.get("population") or 0))
            except ValueError as exc:
                raise GazetteerError(f"{label}: record {n}: {exc}") from exc
            alias_field = str(row.get("names") or row.get("alt_names") or "")
            aliases = [a.strip() for a in alias_field.split("|") if a.strip()]
            rows.append(
                {**row, "id": pid, "name": name, "lat": lat, "lon": lon, "kind": kind, "precision": precision, "uncertainty_km": unc}
            )
            names.append([name, *[a for a in dict.fromkeys(aliases) if a != name]])
        ids = [r["id"] for r in rows]
        if len(set(ids)) != len(ids):
            dup = next(i for i in ids if ids.count(i) > 1)
            raise GazetteerError(f"{label}: duplicate place id {dup!r}; use merge() to combine gazetteers")
        return cls(table_from_rows(rows, names), label=label)

    @classmethod
    def from_csv(cls, path: str | Path) -> Gazetteer:
        """Read a CSV gazetteer.

        Required columns: ``name, lat, lon``.  Optional: ``id`` (default ``csv:<row>``),
        ``names`` or ``alt_names`` (``|``-separated aliases), ``kind``, ``country``,
        ``admin1``, ``admin2``, ``precision``, ``uncertainty_km``, ``source``, ``licence``,
        ``note`` and the other columns of the shipped ``places.csv``.

        Raises
        ------
        GazetteerError
            Missing columns (all listed), or a bad row (its line number and the reason).
        """
        path = Path(path)
        return cls.from_records(_csv_rows(path), label=str(path))

    @classmethod
    def from_geonames(
        cls,
        path: str | Path,
        *,
        countries: Iterable[str] | str | None = "region",
        feature_classes: Iterable[str] | None = None,
        admin_names: Gazetteer | None = None,
    ) -> Gazetteer:
        """Read a GeoNames dump (``AF.txt``, ``allCountries.txt``, ``cities1000.txt``).

        Parameters
        ----------
        path : path
            19 tab-separated columns per line, as on download.geonames.org/export/dump
            (a ``.zip`` holding one such ``.txt`` also works).
        countries : iterable of str, "region" or None
            ISO codes to keep; "region" (the default): the countries of the region of
            ``admin_names``; None keeps all.
        feature_classes : iterable of str or None
            GeoNames feature classes to keep ("P" populated places, "A" admin, "S" spots,
            ...); None keeps all.
        admin_names : Gazetteer, optional
            Where province/district names for the admin codes come from; default: the
            shipped gazetteer.

        Raises
        ------
        GazetteerError
            A line without 19 columns, or bad coordinates (line number given).
        """
        path = Path(path)
        admin = admin_names if admin_names is not None else cls.default()
        if isinstance(countries, str) and countries == "region":
            countries = admin.region.countries if admin.region is not None else None
        keep_cc = None if countries is None else {c.upper() for c in countries}
        keep_fc = None if feature_classes is None else set(feature_classes)
        a1 = {p.admin1_code: p.admin1 for p in admin.places_of_kind("province")}
        records: list[dict[str, Any]] = []
        seen: set[str] = set()
        for line_no, line in enumerate(_geonames_lines(path), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 19:
                raise GazetteerError(f"{path}:{line_no}: {len(cols)} columns, GeoNames dumps have 19")
            gid, name, asciiname, alts, lat, lon, fclass, fcode, cc = cols[:9]
            if keep_cc is not None and cc not in keep_cc:
                continue
            if keep_fc is not None and fclass not in keep_fc:
                continue
            try:
                latf, lonf, pop = float(lat), float(lon), int(cols[14] or 0)
            except ValueError:
                raise GazetteerError(f"{path}:{line_no}: bad coordinates or population") from None
            kind = _geonames_kind(fclass, fcode)
            a1code = f"{cc}.{cols[10]}" if cols[10] else ""
            unc = (
                round(max(1.0, math.sqrt(pop / 5000.0 / math.pi)), 1)
                if kind == "populated_place" and pop > 0
                else DEFAULT_UNCERTAINTY_KM[kind]
            )
            if f"gn:{gid}" in seen:
                continue
            seen.add(f"gn:{gid}")
            aliases = [asciiname, *alts.split(",")] if alts else [asciiname]
            records.append(
                {
                    "name": name,
                    "lat": latf,
                    "lon": lonf,
                    "country": cc,
                    "admin1": a1.get(a1code, ""),
                    "admin2": "",
                    "kind": kind,
                    "precision": DEFAULT_PRECISION[kind],
                    "uncertainty_km": unc,
                    "source": f"GeoNames dump {path.name}",
                    "id": f"gn:{gid}",
                    "admin1_code": a1code,
                    "admin2_code": "",
                    "feature_code": fcode,
                    "population": pop,
                    "licence": "CC-BY-4.0 (GeoNames)",
                    "note": f"GeoNames feature {fclass}.{fcode}",
                    "names": "|".join(a for a in dict.fromkeys(aliases) if a and a != name and "|" not in a),
                }
            )
        return cls.from_records(records, label=str(path))

    def merge(self, *others: Gazetteer) -> Gazetteer:
        """Combine gazetteers; for an id present in several, the first keeps its fields
        and gains the others' names.

        Examples
        --------
        >>> g = Gazetteer.default()
        >>> len(g.merge(g)) == len(g)
        True
        """
        bad = [type(o).__name__ for o in others if not isinstance(o, Gazetteer)]
        if bad:
            raise GazetteerError(f"merge() takes Gazetteers (Gazetteer.from_csv, from_records, ...), got {', '.join(bad)}")
        if not others:
            return Gazetteer(self._t, label=self.label)
        table = self._t
        by_id = dict(self._by_id)
        for other in others:
            appended: dict[int, list[str]] = {}
            new_rows: list[int] = []
            for i, pid in enumerate(other._t.text["id"].tolist()):
                j = by_id.get(pid)
                if j is None:
                    by_id[pid] = table.n + len(new_rows)
                    new_rows.append(i)
                    continue
                have = set(table.names(j)) | set(appended.get(j, []))
                more = [a for a in other._t.names(i) if a not in have]
                if more:
                    appended.setdefault(j, []).extend(more)
            recs = other._records()
            sub = table_from_rows([recs[i] for i in new_rows], [other._t.names(i) for i in new_rows])
            table = merge_tables(table, sub, appended)
        label = " + ".join([self.label, *[o.label for o in others]])
        return Gazetteer(table, label=label)

    __add__ = merge

    def _records(self) -> list[dict[str, Any]]:
        t = self._t
        cols = {c: t.column(c).tolist() for c in (*t.floats, *t.ints, *t.keyed, "id", "name")}
        return [dict(zip(cols, vals)) for vals in zip(*cols.values())]

    # -- access ---------------------------------------------------------------
    def __len__(self) -> int:
        return self._t.n

    def __iter__(self) -> Iterator[Place]:
        return (self.place_at(i) for i in range(len(self)))

    def __contains__(self, place_id: object) -> bool:
        return place_id in self._by_id

    def __getitem__(self, place_id: str) -> Place:
        try:
            return self.place_at(self._by_id[place_id])
        except KeyError:
            raise PlaceNotFound(f"no place with id {place_id!r} in {self.label or 'this gazetteer'}") from None

    def get(self, place_id: str, default: Place | None = None) -> Place | None:
        """The place with this id, or ``default``."""
        i = self._by_id.get(place_id)
        return default if i is None else self.place_at(i)

    def geometry_of(self, place_id: str):
        """Polygon or line of a place of this gazetteer's region (province, district, country,
        border), else its point; None for an id the gazetteer lacks (``Place.geometry`` too)."""
        p = self.get(place_id)
        if p is None:
            return None
        geom = shipped_geometry(place_id, self.region) if self.region is not None else None
        return geom if geom is not None else p.point

    def index_of(self, place_id: str) -> int | None:
        """Row index of a place id (None if absent)."""
        return self._by_id.get(place_id)

    def names_of(self, place_id: str) -> tuple[str, ...]:
        """All names of a place, its own name first."""
        return tuple(self._t.names(self._by_id[place_id]))

    def names_at(self, index: int) -> list[str]:
        """All names of the place at a row index."""
        return self._t.names(index)

    def column(self, name: str):
        """One column for every place, as a numpy array (``kind``, ``lat``, ``admin1_code``, ...)."""
        return self._t.column(name)

    def rows_where(self, name: str, values) -> Any:
        """Bool array over the rows: is the (text) column ``name`` one of ``values``?"""
        import numpy as np

        t = self._t
        if name in t.keyed:
            codes, vals = t.keyed[name]
            want = set(values)
            return np.isin(codes, [k for k, v in enumerate(vals) if v in want])
        return np.isin(self.column(name), list(values))

    def places_of_kind(self, *kinds: str) -> list[Place]:
        """Every place of the given kinds (in table order)."""
        import numpy as np

        codes, values = self._t.keyed["kind"]
        want = [k for k, v in enumerate(values) if v in kinds]
        return [self.place_at(int(i)) for i in np.flatnonzero(np.isin(codes, want))]

    def __repr__(self) -> str:
        return f"<Gazetteer {self.label or ''} with {len(self)} places>"

    def to_geodataframe(self):
        """All places as a GeoDataFrame (EPSG:4326), one row each, names ``|``-joined."""
        import geopandas as gpd
        import pandas as pd

        from .coords import CRS, points

        t = self._t
        df = pd.DataFrame({c: t.column(c) for c in ("id", "name", *t.keyed, *t.floats, *t.ints)})
        df["names"] = t.text["names"].tolist()
        return gpd.GeoDataFrame(df, geometry=points(df["lat"], df["lon"]), crs=CRS)

    def place_at(self, index: int) -> Place:
        """The place at a row index (as returned by the ``*_hits`` methods)."""
        p = self._places.get(index)
        if p is not None:
            return p
        t = self._t
        if self._lists is None and len(self._places) < 2000:
            # a few lookups (a cold start): read the arrays, no need to make the column lists
            values = [t.value(name, index) for name in _PLACE_COLUMNS]
        else:
            values = [col[1][col[0][index]] if how == 1 else col[index] for how, col in self._place_getters()]
        fields = dict(zip(_PLACE_COLUMNS, values))
        clat, clon = fields["centroid_lat"], fields["centroid_lon"]
        fields["centroid_lat"] = None if clat != clat else clat
        fields["centroid_lon"] = None if clon != clon else clon
        p = Place(**fields, region=self._region_key)
        if len(self._places) > 200_000:
            self._places.clear()
        self._places[index] = p
        return p

    def places_at(self, indexes: list[int]) -> list[Place]:
        """The places at many row indexes (as :meth:`place_at`, one by one)."""
        try:
            return list(map(self._places.__getitem__, indexes))  # all made before (a warm gazetteer)
        except KeyError:
            got = self._places.get
            return [p if (p := got(i)) is not None else self.place_at(i) for i in indexes]

    def _place_getters(self) -> list[tuple[int, Any]]:
        """How each of :data:`_PLACE_COLUMNS` is read at a row: (1, (codes, values)) through its
        codes, (0, column) by index (made once)."""
        got = self._getters
        if got is None:
            c, t = self._row_lists(), self._t
            got = []
            for name in _PLACE_COLUMNS:
                col = c.get(name)
                got.append((0, t.text[name].tolist()) if col is None else (1, col) if isinstance(col, tuple) else (0, col))
            self._getters = got
        return got

    def _row_lists(self) -> dict[str, Any]:
        """The columns as Python lists (made once): places are built from them without numpy scalars."""
        got = self._lists
        if got is None:
            t = self._t
            got = {name: a.tolist() for name, a in (*t.floats.items(), *t.ints.items())}
            got.update({name: (codes.tolist(), values) for name, (codes, values) in t.keyed.items()})
            self._lists = got
        return got

    # -- index ----------------------------------------------------------------
    def _hits(self, postings: list[tuple[int, int, int]]) -> list[tuple[int, str, int]]:
        return [(row, self.alias_of(row, pos, rank), rank) for row, pos, rank in postings]

    def _seat_row(self, row: int) -> int | None:
        """The row of the seat town a seat alias at ``row`` names (None when the seat is not in the gazetteer)."""
        return self._by_id.get(self._t.value("seat_id", row))

    def alias_of(self, row: int, pos: int, rank: int) -> str:
        """The name a posting points at (for a seat alias, the seat's name)."""
        if rank == SEAT_ALIAS:
            seat = self._seat_row(row)
            return self._t.name_at(seat, pos) if seat is not None else ""
        return self._t.name_at(row, pos)

    def aliases_of(self, rows, positions, ranks) -> list[str]:
        """:meth:`alias_of` of many postings at once: ``rows``, ``positions`` and ``ranks`` are
        integer arrays (as the ``*_postings_many`` methods give them)."""
        import numpy as np

        rows, positions = np.array(rows, dtype=np.int64), np.array(positions, dtype=np.int64)
        none = []
        for k in np.flatnonzero(np.asarray(ranks) == SEAT_ALIAS).tolist():
            seat = self._seat_row(int(rows[k]))  # a seat alias: a name of the seat
            if seat is None:
                none.append(k)
            rows[k] = 0 if seat is None else seat
        positions[none] = 0
        out = self._t.names_at_many(rows.tolist(), positions.tolist())
        for k in none:
            out[k] = ""
        return out

    def exact_postings(self, key: str) -> list[tuple[int, int, int]]:
        """``(index, name position, rank)`` of the records whose name has this exact key."""
        return self._t.exact.lookup(key)

    def variant_postings(self, key: str) -> list[tuple[int, int, int]]:
        """``(index, name position, rank)`` of the records whose name has this variant key."""
        return self._t.variant.lookup(key)

    def exact_postings_many(self, keys: list[str]) -> tuple[Any, Any, Any, Any]:
        """Postings of many exact keys at once: ``(position in keys, index, name position, rank)``
        numpy arrays, grouped by key in the order given (each as :meth:`exact_postings` lists them)."""
        return self._t.exact.lookup_many(keys)

    def variant_postings_many(self, keys: list[str]) -> tuple[Any, Any, Any, Any]:
        """As :meth:`exact_postings_many`, for variant keys."""
        return self._t.variant.lookup_many(keys)

    def column_values(self, name: str) -> list[str]:
        """The distinct values of a keyed text column (``kind``, ``country``, ``admin1_code``, ...)."""
        return list(self._t.keyed[name][1])

    def column_in(self, name: str, rows, values) -> Any:
        """Bool array over ``rows`` (row indexes): is the keyed text column ``name`` one of ``values``?"""
        codes, vals = self._t.keyed[name]
        pos = self._value_codes.get(name)
        if pos is None:
            pos = self._value_codes[name] = {v: k for k, v in enumerate(vals)}
        return isin_few(codes[rows], [pos[v] for v in values if v in pos])

    def exact_hits(self, key: str) -> list[tuple[int, str, int]]:
        """Records whose name has this :func:`~geoinc.names.exact_key`: ``(index, alias, rank)``."""
        return self._hits(self._t.exact.lookup(key))

    def variant_hits(self, key: str) -> list[tuple[int, str, int]]:
        """Records whose name has this :func:`~geoinc.names.variant_key`."""
        return self._hits(self._t.variant.lookup(key))

    def fuzzy_pool_of(self, cache_key: str, rows_mask) -> FuzzyPool:
        """Latin-script variant keys (length >= 4) for fuzzy matching, over the rows where
        ``rows_mask`` (a bool array, or a callable that makes one) is true; cached under
        ``cache_key`` (the caller names the subset: an area, the units)."""
        with self._lock:
            got = self._area_pools.get(cache_key)
        if got is None:
            got = self._make_pool(rows_mask() if callable(rows_mask) else rows_mask)
            with self._lock:
                if len(self._area_pools) >= 2048:
                    self._area_pools.clear()
                self._area_pools[cache_key] = got
        return got

    def _make_pool(self, rows_mask) -> FuzzyPool:
        import numpy as np

        idx = self._t.variant
        with self._lock:
            if self._posting_key is None:
                self._posting_key = np.repeat(np.arange(len(idx.keys)), np.diff(idx.start))
                self._fuzzable = np.array([len(k) >= 4 and k.isascii() for k in idx.keys], dtype=bool)
        mask = np.asarray(rows_mask, dtype=bool)
        which = self._posting_key
        sel = mask[idx.rows]
        slots = np.unique(which[sel])
        slots = slots[self._fuzzable[slots]]
        keys = [idx.keys[k] for k in slots.tolist()]
        return FuzzyPool(keys, slots, mask)

    def pool_postings(self, pool: FuzzyPool, k: int) -> list[tuple[int, int, int]]:
        """``(index, name position, rank)`` of the pool's k-th key, rows inside the pool only."""
        idx = self._t.variant
        s = int(pool.slots[k])
        a, b = int(idx.start[s]), int(idx.start[s + 1])
        rows = idx.rows[a:b]
        keep = pool.mask[rows]
        return list(zip(rows[keep].tolist(), idx.alias[a:b][keep].tolist(), idx.rank[a:b][keep].tolist()))


def _csv_rows(path: Path) -> list[dict[str, Any]]:
    """Rows of a CSV gazetteer, checked (see :meth:`Gazetteer.from_csv`)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise GazetteerError(f"{path}: not UTF-8 ({exc.reason} at byte {exc.start})") from exc
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in ("name", "lat", "lon") if c not in (reader.fieldnames or [])]
    if missing:
        raise GazetteerError(f"{path}: missing column(s) {', '.join(missing)}; found {reader.fieldnames}")
    rows = []
    for line, row in enumerate(reader, start=2):
        row = dict(row)
        row.setdefault("id", "")
        if not row["id"]:
            row["id"] = f"csv:{path.stem}:{line}"
        for col in ("lat", "lon"):
            try:
                value = float(row[col])
            except (TypeError, ValueError):
                raise GazetteerError(f"{path}:{line}: {col} {row[col]!r} is not a number") from None
            if not math.isfinite(value):
                raise GazetteerError(f"{path}:{line}: {col} is not finite")
        if not (row["name"] or "").strip():
            raise GazetteerError(f"{path}:{line}: empty name")
        rows.append(row)
    return rows


def _geonames_lines(path: Path) -> Iterator[str]:
    if path.suffix == ".zip":
        import zipfile

        with zipfile.ZipFile(path) as z:
            members = [m for m in z.namelist() if m.endswith(".txt") and not m.startswith("readme")]
            if len(members) != 1:
                raise GazetteerError(f"{path}: expected one .txt in the zip, found {members}")
            with z.open(members[0]) as f:
                yield from io.TextIOWrapper(f, encoding="utf-8")
        return
    with open(path, encoding="utf-8") as f:
        yield from f


_DEFAULT_LOCK = threading.Lock()
_DEFAULT: dict[Region, Gazetteer] = {}


def _default_gazetteer() -> Gazetteer:
    return _region_gazetteer(get_region())


def _region_gazetteer(region: Region) -> Gazetteer:
    """A region's gazetteer, loaded once per process."""
    g = _DEFAULT.get(region)
    if g is not None:
        return g
    with _DEFAULT_LOCK:
        if region not in _DEFAULT:
            _DEFAULT[region] = Gazetteer(_region_table(region), label=f"geoinc region {region.name}", region=region)
    return _DEFAULT[region]


def _region_table(region: Region) -> Table:
    """The places of a region: its columnar ``.npz`` (the build's output), or a plain CSV
    (:meth:`Gazetteer.from_csv` columns) completed with a ``country`` place per outline of
    its ``countries`` file and a ``border`` place per border it lacks."""
    path = region.file("places")
    if path.suffix.lower() == ".csv":
        rows = _csv_rows(path)
        have = {str(r["id"]) for r in rows}
        rows += [r for r in _outline_records(region) if r["id"] not in have]
        return Gazetteer.from_records(rows, label=str(path))._t
    try:
        return read_table(path)
    except (OSError, KeyError, ValueError) as exc:
        raise GazetteerDataError(f"{path}: unreadable ({exc}); reinstall geoinc or rebuild the region") from exc


def _outline_records(region: Region) -> list[dict[str, Any]]:
    """Gazetteer records for a region's country outlines and border lines (placed at a point
    on the geometry; uncertainty: the farthest vertex)."""
    from .geodesy import farthest_vertex_km

    geoms = region_geometries(region)
    out = []
    countries = region.optional_file("countries")
    for props, _ in geojson_features(countries) if countries is not None else []:
        cc = str(props.get("country") or "")
        pid = str(props.get("id") or (f"country:{cc}" if cc else ""))
        geom = geoms.get(pid)
        if geom is None or not cc:
            continue
        pt = geom.representative_point()
        out.append(
            {
                "id": pid,
                "name": str(props.get("name") or cc),
                "kind": "country",
                "country": cc,
                "lat": pt.y,
                "lon": pt.x,
                "uncertainty_km": round(farthest_vertex_km(pt.y, pt.x, geom), 1),
                "source": str(countries.name if countries else ""),
            }
        )
    for b in region.borders:
        geom = geoms.get(b.id)
        if geom is None:
            continue
        pt = geom.interpolate(0.5, normalized=True)
        out.append(
            {
                "id": b.id,
                "name": b.name,
                "kind": "border",
                "country": "|".join(b.countries),
                "lat": pt.y,
                "lon": pt.x,
                "uncertainty_km": round(farthest_vertex_km(pt.y, pt.x, geom), 1),
                "source": b.file.name,
            }
        )
    return out
