"""Load, merge and index gazetteers: the shipped AF/PK data, GeoNames dumps, CSV files.

The shipped gazetteer (``gazetteer/places.csv``, built by ``gazetteer/build.py``) is
read on first use, never at import.  Its polygons (provinces, countries) and the
Durand Line are read only when a geometry is asked for.
"""

from __future__ import annotations

import csv
import io
import json
import math
import threading
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import GazetteerDataError, GazetteerError, PlaceNotFound
from .names import exact_key, variant_key
from .place import KINDS, Place

__all__ = ["Gazetteer", "admin1_at", "data_dir", "shipped_geometry"]

_DATA_FILES = ("places.csv", "provinces.geojson", "countries.geojson", "durand_line.geojson", "SOURCES.json")

# alias ranks: how a name relates to its record
PRIMARY, ALIAS, SEAT_ALIAS = 0, 1, 2
#: fuzzy matching keeps at most this many keys per query, with a ratio of at least this
FUZZY_TOP, FUZZY_FLOOR = 5, 75.0

#: precision and uncertainty (km) for rows that do not say (CSV and GeoNames loaders)
DEFAULT_PRECISION = {
    "country": 3, "border": 3, "province": 3, "region": 3, "district": 2, "populated_place": 1,
    "neighbourhood": 1, "landmark": 1, "airport": 1, "airbase": 1, "crossing": 1,
}  # fmt: skip
DEFAULT_UNCERTAINTY_KM = {
    "country": 500.0, "border": 1400.0, "province": 100.0, "region": 100.0, "district": 20.0,
    "populated_place": 2.0, "neighbourhood": 1.5, "landmark": 0.5, "airport": 2.0, "airbase": 2.0,
    "crossing": 0.5,
}  # fmt: skip


def data_dir() -> Path:
    """Folder holding the shipped gazetteer files.

    An installed wheel carries them as ``geoinc/gazetteer/``; a source checkout has
    them in the top-level ``gazetteer/`` folder.

    Raises
    ------
    GazetteerDataError
        If neither holds ``places.csv``.
    """
    here = Path(__file__).resolve().parent
    for candidate in (here / "gazetteer", here.parent / "gazetteer"):
        if (candidate / "places.csv").is_file():
            return candidate
    raise GazetteerDataError(
        f"geoinc's gazetteer files are missing (looked in {here / 'gazetteer'} and "
        f"{here.parent / 'gazetteer'}); reinstall geoinc, or run gazetteer/build.py in a checkout"
    )


# ----------------------------------------------------------------------------- geometry
@lru_cache(maxsize=1)
def _shipped_geometries() -> dict[str, Any]:
    import shapely

    out: dict[str, Any] = {}
    for name in ("provinces.geojson", "countries.geojson", "durand_line.geojson"):
        fc = json.loads((data_dir() / name).read_text(encoding="utf-8"))
        for f in fc["features"]:
            out[f["properties"]["id"]] = shapely.from_geojson(json.dumps(f["geometry"]))
    return out


@lru_cache(maxsize=1)
def _province_index():
    import numpy as np
    import shapely

    g = _default_gazetteer()
    geoms = _shipped_geometries()
    ids = sorted(pid for pid in geoms if pid.startswith("adm1:") and g.get(pid) is not None and g[pid].kind == "province")
    polys = [geoms[pid] for pid in ids]
    return shapely.STRtree(polys), np.array([g[pid].name for pid in ids], dtype=object), \
        np.array([g[pid].country for pid in ids], dtype=object)


def admin1_at(lon, lat):
    """Province name and country code at each point (vectorised; "" outside AF/PK).

    Uses the shipped province polygons (Natural Earth 10m, ~1 km detail near borders).
    """
    import numpy as np
    import shapely

    lon = np.atleast_1d(np.asarray(lon, dtype=float))
    lat = np.atleast_1d(np.asarray(lat, dtype=float))
    names = np.full(lon.shape, "", dtype=object)
    ccs = np.full(lon.shape, "", dtype=object)
    ok = np.isfinite(lon) & np.isfinite(lat)
    if ok.any():
        tree, pnames, pccs = _province_index()
        idx = np.flatnonzero(ok)
        qi, ti = tree.query(shapely.points(lon[ok], lat[ok]), predicate="within")
        names[idx[qi]] = pnames[ti]
        ccs[idx[qi]] = pccs[ti]
    return names, ccs


def shipped_geometry(place_id: str):
    """Polygon or line of a shipped province, region, country or the border; else None."""
    if not place_id or not place_id.startswith(("adm1:", "country:", "border:")):
        return None
    return _shipped_geometries().get(place_id)


# ----------------------------------------------------------------------------- parsing
def _float(value: str | None) -> float | None:
    if value is None or value == "":
        return None
    return float(value)


def _place_from_row(row: dict[str, str]) -> Place:
    kind = row.get("kind") or "populated_place"
    return Place(
        name=row["name"],
        lat=float(row["lat"]),
        lon=float(row["lon"]),
        country=row.get("country", "") or "",
        admin1=row.get("admin1", "") or "",
        admin2=row.get("admin2", "") or "",
        kind=kind,
        precision=int(row.get("precision") or DEFAULT_PRECISION.get(kind, 1)),
        uncertainty_km=float(row.get("uncertainty_km") or DEFAULT_UNCERTAINTY_KM.get(kind, 2.0)),
        source=row.get("source", "") or "",
        id=row["id"],
        admin1_code=row.get("admin1_code", "") or "",
        admin2_code=row.get("admin2_code", "") or "",
        feature_code=row.get("feature_code", "") or "",
        population=int(float(row.get("population") or 0)),
        licence=row.get("licence", "") or "",
        note=row.get("note", "") or "",
        centroid_lat=_float(row.get("centroid_lat")),
        centroid_lon=_float(row.get("centroid_lon")),
        seat_id=row.get("seat_id", "") or "",
    )


# GeoNames feature codes -> kind
_GEONAMES_KIND = {
    "PPLX": "neighbourhood", "ADM1": "province", "ADM1H": "region", "ADM2": "district",
    "ADM2H": "district", "ADM3": "district", "PCLI": "country", "AIRB": "airbase", "AIRP": "airport",
    "AIRF": "airport", "AIRH": "airport", "PSTB": "crossing",
}  # fmt: skip


def _geonames_kind(feature_class: str, feature_code: str) -> str:
    if feature_code in _GEONAMES_KIND:
        return _GEONAMES_KIND[feature_code]
    if feature_class == "P":
        return "populated_place"
    if feature_class == "A":
        return "region"
    return "landmark"


# ----------------------------------------------------------------------------- the class
class Gazetteer:
    """A set of places with name indexes for geocoding.

    Build one with :meth:`default` (the shipped AF/PK data), :meth:`from_geonames`
    (a GeoNames dump such as ``AF.txt``), :meth:`from_csv` or :meth:`from_records`;
    combine them with :meth:`merge` (or ``+``).

    Examples
    --------
    >>> g = Gazetteer.default()
    >>> g["adm1:AF.37"].name
    'Khost'
    >>> len(g) > 1000
    True
    """

    def __init__(self, places: Iterable[Place], names: Iterable[Iterable[str]], *, label: str = "") -> None:
        self._places: list[Place] = list(places)
        self._names: list[tuple[str, ...]] = [tuple(n) for n in names]
        if len(self._places) != len(self._names):
            raise GazetteerError("places and names differ in length")
        self._by_id: dict[str, int] = {}
        for i, p in enumerate(self._places):
            if p.id in self._by_id:
                raise GazetteerError(f"duplicate place id {p.id!r}; use merge() to combine gazetteers")
            self._by_id[p.id] = i
        self.label = label
        self._index_lock = threading.Lock()
        self._exact: dict[str, list[tuple[int, str, int]]] | None = None
        self._variant: dict[str, list[tuple[int, str, int]]] = {}
        self._fuzzy_keys: list[str] = []
        self._fuzzy_hits: list[list[tuple[int, str, int]]] = []
        self._seat_of: dict[int, list[int]] = {}
        #: resolve() results by normalised reading (see geoinc.geocoding); cleared when large
        self._resolve_cache: dict = {}
        #: variant key -> best fuzzy keys [(ratio, key index)], ratio >= FUZZY_FLOOR
        self._fuzzy_memo: dict[str, list[tuple[float, int]]] = {}

    # -- construction ---------------------------------------------------------
    @classmethod
    def default(cls) -> Gazetteer:
        """The shipped Afghanistan/Pakistan gazetteer (loaded once, then cached)."""
        return _default_gazetteer()

    @classmethod
    def from_records(cls, records: Iterable[dict[str, Any]], *, label: str = "records") -> Gazetteer:
        """Build from dicts with at least ``id, name, lat, lon`` (other columns as in places.csv)."""
        places, names = [], []
        for n, row in enumerate(records, start=1):
            row = {k: ("" if v is None else str(v)) for k, v in row.items()}
            try:
                place = _place_from_row(row)
            except (KeyError, ValueError) as exc:
                raise GazetteerError(f"{label}: record {n}: {exc!r}") from exc
            if not (-90 <= place.lat <= 90 and -180 <= place.lon <= 180):
                raise GazetteerError(f"{label}: record {n}: lat/lon out of range ({place.lat}, {place.lon})")
            if place.kind not in KINDS:
                raise GazetteerError(f"{label}: record {n}: kind {place.kind!r} is not one of {', '.join(KINDS)}")
            alias_field = row.get("names") or row.get("alt_names") or ""
            aliases = [a.strip() for a in alias_field.split("|") if a.strip()]
            places.append(place)
            names.append([place.name, *[a for a in aliases if a != place.name]])
        return cls(places, names, label=label)

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
        return cls.from_records(rows, label=str(path))

    @classmethod
    def from_geonames(
        cls,
        path: str | Path,
        *,
        countries: Iterable[str] | None = ("AF", "PK"),
        feature_classes: Iterable[str] | None = None,
        admin_names: Gazetteer | None = None,
    ) -> Gazetteer:
        """Read a GeoNames dump (``AF.txt``, ``allCountries.txt``, ``cities1000.txt``).

        Parameters
        ----------
        path : path
            19 tab-separated columns per line, as on download.geonames.org/export/dump
            (a ``.zip`` holding one such ``.txt`` also works).
        countries : iterable of str or None
            ISO codes to keep; None keeps all.
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
        keep_cc = None if countries is None else {c.upper() for c in countries}
        keep_fc = None if feature_classes is None else set(feature_classes)
        admin = admin_names if admin_names is not None else cls.default()
        a1 = {p.admin1_code: p.admin1 for p in admin if p.kind == "province"}
        a2 = {p.admin2_code: p.admin2 for p in admin if p.kind == "district"}
        places, names = [], []
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
            a2code = f"{a1code}.{cols[11]}" if cols[11] and a1code else ""
            unc = (
                round(max(1.0, math.sqrt(pop / 5000.0 / math.pi)), 1)
                if kind == "populated_place" and pop > 0
                else DEFAULT_UNCERTAINTY_KM[kind]
            )
            places.append(Place(
                name=name, lat=latf, lon=lonf, country=cc, admin1=a1.get(a1code, ""),
                admin2=a2.get(a2code, ""), kind=kind, precision=DEFAULT_PRECISION[kind],
                uncertainty_km=unc, source=f"GeoNames dump {path.name}", id=f"gn:{gid}",
                admin1_code=a1code, admin2_code=a2code, feature_code=fcode, population=pop,
                licence="CC-BY-4.0 (GeoNames)", note=f"GeoNames feature {fclass}.{fcode}",
            ))  # fmt: skip
            aliases = [asciiname, *alts.split(",")] if alts else [asciiname]
            names.append([name, *[a for a in dict.fromkeys(aliases) if a and a != name]])
        return cls(places, names, label=str(path))

    def merge(self, *others: Gazetteer) -> Gazetteer:
        """Combine gazetteers; for an id present in several, the first keeps its fields
        and gains the others' names.

        Examples
        --------
        >>> g = Gazetteer.default()
        >>> len(g.merge(g)) == len(g)
        True
        """
        places = list(self._places)
        names = [list(n) for n in self._names]
        by_id = dict(self._by_id)
        for other in others:
            for p, n in zip(other._places, other._names):
                if p.id in by_id:
                    have = names[by_id[p.id]]
                    have.extend(a for a in n if a not in have)
                else:
                    by_id[p.id] = len(places)
                    places.append(p)
                    names.append(list(n))
        label = " + ".join([self.label, *[o.label for o in others]])
        return Gazetteer(places, names, label=label)

    __add__ = merge

    # -- access ---------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._places)

    def __iter__(self) -> Iterator[Place]:
        return iter(self._places)

    def __contains__(self, place_id: object) -> bool:
        return place_id in self._by_id

    def __getitem__(self, place_id: str) -> Place:
        try:
            return self._places[self._by_id[place_id]]
        except KeyError:
            raise PlaceNotFound(f"no place with id {place_id!r} in {self.label or 'this gazetteer'}") from None

    def get(self, place_id: str, default: Place | None = None) -> Place | None:
        """The place with this id, or ``default``."""
        i = self._by_id.get(place_id)
        return default if i is None else self._places[i]

    def names_of(self, place_id: str) -> tuple[str, ...]:
        """All names of a place, its own name first."""
        return self._names[self._by_id[place_id]]

    def __repr__(self) -> str:
        return f"<Gazetteer {self.label or ''} with {len(self)} places>"

    def to_geodataframe(self):
        """All places as a GeoDataFrame (EPSG:4326), one row each, names ``|``-joined."""
        import geopandas as gpd
        import pandas as pd

        from .coords import CRS, points

        rows = [p.to_dict(alternatives=False) for p in self._places]
        df = pd.DataFrame(rows).drop(columns=["score", "matched", "reason", "alternatives", "status"])
        df["names"] = ["|".join(n) for n in self._names]
        return gpd.GeoDataFrame(df, geometry=points(df["lat"], df["lon"]), crs=CRS)

    # -- index ----------------------------------------------------------------
    def _ensure_index(self) -> None:
        if self._exact is not None:
            return
        with self._index_lock:
            if self._exact is not None:
                return
            exact: dict[str, list[tuple[int, str, int]]] = defaultdict(list)
            variant: dict[str, list[tuple[int, str, int]]] = defaultdict(list)

            def add(i: int, alias: str, rank: int) -> None:
                ek = exact_key(alias)
                if not ek:
                    return
                entry = (i, alias, rank)
                bucket = exact[ek]
                if all(e[0] != i for e in bucket):
                    bucket.append(entry)
                vk = variant_key(alias)
                vbucket = variant[vk]
                if all(e[0] != i for e in vbucket):
                    vbucket.append(entry)

            for i, names in enumerate(self._names):
                for j, alias in enumerate(names):
                    add(i, alias, PRIMARY if j == 0 else ALIAS)
            # a district is also known by its seat's name ("Ali Sher" district = Tere Zayi)
            seat_of: dict[int, list[int]] = defaultdict(list)
            for i, p in enumerate(self._places):
                if p.kind == "district" and p.seat_id in self._by_id:
                    s = self._by_id[p.seat_id]
                    seat_of[s].append(i)
                    for alias in self._names[s]:
                        add(i, alias, SEAT_ALIAS)
            fuzzy_keys, fuzzy_hits = [], []
            for key, hits in variant.items():
                if len(key) >= 4 and key.isascii():
                    fuzzy_keys.append(key)
                    fuzzy_hits.append(hits)
            self._variant = dict(variant)
            self._fuzzy_keys, self._fuzzy_hits = fuzzy_keys, fuzzy_hits
            self._seat_of = dict(seat_of)
            self._exact = dict(exact)

    def exact_hits(self, key: str) -> list[tuple[int, str, int]]:
        """Records whose name has this :func:`~geoinc.names.exact_key`: ``(index, alias, rank)``."""
        self._ensure_index()
        assert self._exact is not None
        return self._exact.get(key, [])

    def variant_hits(self, key: str) -> list[tuple[int, str, int]]:
        """Records whose name has this :func:`~geoinc.names.variant_key`."""
        self._ensure_index()
        return self._variant.get(key, [])

    def fuzzy_pool(self) -> tuple[list[str], list[list[tuple[int, str, int]]]]:
        """Latin-script variant keys (length >= 4) for fuzzy matching, and their records."""
        self._ensure_index()
        return self._fuzzy_keys, self._fuzzy_hits

    def fuzzy_matches(self, key: str, cutoff: float) -> list[tuple[float, list[tuple[int, str, int]]]]:
        """Fuzzy matches of a variant key: ``[(ratio, records)]``, best first, ratio >= cutoff.

        Uses rapidfuzz's ``fuzz.ratio`` over :meth:`fuzzy_pool`; results are memoised, and
        :meth:`prefetch_fuzzy` fills the memo for many keys at once.
        """
        memo = self._fuzzy_memo.get(key)
        if memo is None:
            from rapidfuzz import fuzz, process

            keys, _ = self.fuzzy_pool()
            found = process.extract(key, keys, scorer=fuzz.ratio, limit=FUZZY_TOP, score_cutoff=FUZZY_FLOOR)
            memo = [(float(r), k) for _, r, k in found]
            self._remember_fuzzy(key, memo)
        _, hits = self.fuzzy_pool()
        return [(r, hits[k]) for r, k in memo if r >= cutoff]

    def prefetch_fuzzy(self, keys: Iterable[str]) -> None:
        """Compute :meth:`fuzzy_matches` for many keys in one vectorised pass (rapidfuzz
        ``cdist`` on all cores), in chunks to bound memory."""
        import numpy as np
        from rapidfuzz import fuzz, process

        todo = [k for k in dict.fromkeys(keys) if k and k not in self._fuzzy_memo]
        pool, _ = self.fuzzy_pool()
        if not todo or not pool:
            return
        top = min(FUZZY_TOP + 16, len(pool))  # margin so ties at the cut sort like process.extract
        for start in range(0, len(todo), 2048):
            chunk = todo[start : start + 2048]
            # float32, not uint8: a rounded 87.5 would pass a cutoff of 88 that extract() rejects
            scores = process.cdist(chunk, pool, scorer=fuzz.ratio, dtype=np.float32, workers=-1,
                                   score_cutoff=FUZZY_FLOOR)  # fmt: skip
            best = np.argpartition(-scores, top - 1, axis=1)[:, :top]
            for row, key in enumerate(chunk):
                cols = best[row]
                vals = scores[row, cols]
                order = np.lexsort((cols, -vals))
                best_keys = [(float(vals[o]), int(cols[o])) for o in order if vals[o] >= FUZZY_FLOOR]
                self._remember_fuzzy(key, best_keys[:FUZZY_TOP])

    def _remember_fuzzy(self, key: str, memo: list[tuple[float, int]]) -> None:
        if len(self._fuzzy_memo) >= 500_000:
            self._fuzzy_memo.clear()
        self._fuzzy_memo[key] = memo

    def place_at(self, index: int) -> Place:
        """The place at a record index (as returned by the ``*_hits`` methods)."""
        return self._places[index]

    def districts_seated_at(self, index: int) -> list[int]:
        """Record indexes of the districts whose seat is the record ``index``."""
        self._ensure_index()
        return self._seat_of.get(index, [])


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
_DEFAULT: list[Gazetteer] = []


def _default_gazetteer() -> Gazetteer:
    if _DEFAULT:
        return _DEFAULT[0]
    with _DEFAULT_LOCK:
        if not _DEFAULT:
            path = data_dir() / "places.csv"
            with open(path, newline="", encoding="utf-8") as f:
                rows = list(csv.DictReader(f))
            g = Gazetteer.from_records(rows, label="geoinc default (AF/PK)")
            _DEFAULT.append(g)
    return _DEFAULT[0]
