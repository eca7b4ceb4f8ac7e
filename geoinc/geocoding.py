"""Resolve place names as news and datasets write them to gazetteer places — or say honestly that it can't.

The pipeline for one query (:func:`resolve`), each step a private function:

1. **Validate** the query and the hints (``country``, ``admin1``, ``admin2``, ``near``).
   Hints are resolved to *areas* (:mod:`geoinc.areas`): a country, a province, a
   district or a named region, with its polygon.
2. **Parse**: "Zazai Maidan district of Khost province" -> target "Zazai Maidan
   district" with the in-query hint "Khost province"; "Kabul's Khair Khana";
   "Bagram (Parwan)".  Feature words say which kind is wanted.
3. **Match**: exact key, else transliteration-variant key (:mod:`geoinc.names`); only
   when neither finds anything, a fuzzy match (rapidfuzz) — over the places inside the
   hinted area, or over administrative units and towns for a bare name.
4. **Constrain**: hints are constraints.  A candidate outside them is never returned.
   If nothing named so lies inside, the answer is the hint's own unit with status
   ``approximate`` (district precision 2, province 3), never a homonym elsewhere.
5. **Choose**: candidates closer than their uncertainties are one place (the
   best-known record stands for them, its uncertainty widened to cover them).  Several
   such groups far apart are ``ambiguous`` unless a prior measured on real data
   separates them (:data:`PRIORS`, documented in ``docs/geocoding.md``).

Statuses are the constants of :mod:`geoinc.status`.  Results depend only on the
inputs: same query and hints, same answer, byte for byte, whatever was asked before
and from whatever thread.
"""

from __future__ import annotations

import math
import re
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import repeat
from typing import Any, NamedTuple, TypeVar

from .areas import BOUNDARY_TOLERANCE_DEG, BOUNDARY_TOLERANCE_KM, Area, named_unit, resolve_area, resolve_country
from .errors import AmbiguousPlace, GeocodeQueryError, GeocodeTypeError
from .gazetteer import Gazetteer
from .gcpause import paused_gc
from .geodesy import great_circle_km, km_between
from .names import clean, exact_key, split_feature_words, split_feature_words_many, variant_key
from .place import Place
from .regions import RegionLike
from .status import AMBIGUOUS, APPROXIMATE, INVALID, MATCHED, UNRESOLVED
from .store import ALIAS, PRIMARY, SEAT_ALIAS

__all__ = [
    "FUZZY_CUTOFFS",
    "MAX_QUERY_LENGTH",
    "PRIORS",
    "RESULT_COLUMNS",
    "Resolution",
    "check_hints",
    "geocode",
    "geocode_many",
    "importance",
    "resolve",
]

#: Most alternatives listed on a Place.
MAX_ALTERNATIVES = 6
#: Longest query accepted (characters).
MAX_QUERY_LENGTH = 300
#: Two candidates are one place when closer than this plus their uncertainties (km).
SAME_PLACE_KM = 5.0
#: A village found with only a province around it is ``approximate`` when this many other
#: records share its name (UCDP dev set, admin1 only: unique names 69 in 70 right, 2 records
#: 16 in 17, 3 records 12 in 15).
COMMON_NAME_RECORDS = 2
#: Same-name places all within this distance (km) are answered as one, the uncertainty covering them.
CLUSTER_KM = 30.0
#: Most groups of far-apart candidates told apart (more are reported as "many").
MAX_GROUPS = 40
#: Fuzzy matching on variant keys: (max key length, minimum rapidfuzz ratio).  Bare
#: names are fuzzy-matched only against units and towns (``_important_rows``);
#: inside a hinted area against every place there.  Calibrated by
#: ``benchmarks/calibrate_fuzzy.py`` on local hard negatives (real AF/PK names left out
#: of the gazetteer); a fuzzy answer is always ``approximate`` (no cutoff brought the
#: false-match rate of local names to 1 %).  A cutoff above 100 means "never".
FUZZY_CUTOFFS: tuple[tuple[int, float], ...] = ((5, 101.0), (8, 92.0), (12, 88.0), (10_000, 85.0))
#: Priors that decide between far-apart same-name candidates (measured in benchmarks/RESULTS.md).
PRIORS = {
    # a province or region beats smaller same-name places; a district does NOT beat far-away
    # same-name villages (they are unrelated: "Khash" district vs Khash town, 950 km apart)
    "province_over_smaller": True,
    # a town of TOWN_PRIOR_POPULATION+ people beats same-name places ten times smaller,
    # unless the query says "village" (72 % right for any populated town on the UCDP dev set,
    # 93 % with this threshold: benchmarks/RESULTS.md, eval_real_places)
    "town_over_village": True,
    # the ~45 curated places (crossings, bases, neighbourhoods, towns) exist because conflict
    # reports name them: they beat same-name villages (importance 1)
    "curated_over_village": True,
    # a district together with its same-name seat beats same-name villages (importance 1), and
    # a district beats places that are all plain villages; never a town (docs/geocoding.md:
    # UCDP AF district names alone 85.0 -> 98.5 % coverage, honesty 95.6 -> 96.2 %)
    "seat_district_over_village": True,
    "district_over_plain_village": True,
}
#: population from which the town prior applies
TOWN_PRIOR_POPULATION = 10_000

#: Columns of :func:`geocode_many`'s result, in order.
RESULT_COLUMNS = (
    "query",
    "status",
    "name",
    "lat",
    "lon",
    "country",
    "admin1",
    "admin2",
    "kind",
    "precision",
    "uncertainty_km",
    "score",
    "matched",
    "source",
    "reason",
    "alternatives",
    "id",
    "message",
)

_EXACT_SCORE = {PRIMARY: 1.0, ALIAS: 0.98, SEAT_ALIAS: 0.95}  # by rank
_VARIANT_SCORE = 0.9
_FUZZY_WEIGHT = 0.85
_APPROXIMATE_SCORE = 0.5
_AMBIGUOUS_FACTOR = 0.6

_WANTED = {
    "province": {"province", "region"},
    "district": {"district"},
    "populated_place": {"populated_place", "neighbourhood"},
    "neighbourhood": {"neighbourhood", "populated_place"},
    "airbase": {"airbase", "airport"},
    "crossing": {"crossing"},
    "area": {"region", "district", "populated_place", "neighbourhood"},
}

_SPLIT = re.compile(r"\s*[,;()\[\]]\s*")
_DASH = re.compile(r"\s+[-–—]\s+")  # "Karachi - Lyari": ACLED's "town - part of it"
_TOWN_FIRST = "\x00"  # marks an in-query hint read town first
_CONNECTOR = re.compile(r"\s+(?:in|of|inside|within|near|at)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"^(.+?)['’]s\s+(.+)$")
_LEADING = re.compile(
    r"^(?:(?:the|near|outskirts of|outside|central|downtown|parts of|greater|"
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?)\s+)+",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Resolution:
    """Outcome of :func:`resolve`: a status (see :mod:`geoinc.status`), the place (or None) and a message."""

    query: Any
    status: str
    place: Place | None
    message: str = ""


class _Answer(NamedTuple):
    """A decision before its :class:`Place` is made: the chosen record and the match fields.
    :func:`_finish` makes the :class:`Resolution`, :func:`_answer_row` the row of
    :func:`geocode_many` (the same values, without making the places)."""

    query: Any
    status: str
    base: Place
    message: str
    score: float
    matched: str
    reason: str
    cands: list  # the candidates the alternatives come from (list of _Cand)
    skip: int  # the chosen candidate's index (not an alternative of itself)
    uncertainty_km: float | None = None  # None: the record's own


def importance(place: Place) -> int:
    """Rank used between candidates that match equally well (higher wins).

    6 national/provincial capitals and towns of 100,000+; 5 countries; 4 provinces and
    regions; 3 districts, the border and curated places; 2 admin seats and towns with a
    population figure; 1 other places.
    """
    if place.kind == "populated_place" and (place.feature_code in ("PPLC", "PPLA") or place.population >= 100_000):
        return 6
    if place.kind == "country":
        return 5
    if place.kind in ("province", "region"):
        return 4
    if place.kind in ("district", "border") or place.id.startswith("cur-"):
        return 3
    if (
        place.feature_code in ("PPLA2", "PPLA3")
        or place.population > 0
        or place.kind in ("airbase", "airport", "crossing", "landmark")
    ):
        return 2
    return 1


_IMPORTANCE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _importance_of(g: Gazetteer):
    """:func:`importance` of every row of ``g`` (int8 array), computed on the columns once per gazetteer."""
    got = _IMPORTANCE.get(g)
    if got is None:
        import numpy as np

        kind = g.column("kind")
        fc = g.column("feature_code")
        pop = g.column("population")
        cur = np.char.startswith(g.column("id").astype(str), "cur-")
        town = (kind == "populated_place") & (np.isin(fc, ("PPLC", "PPLA")) | (pop >= 100_000))
        got = np.select(
            [
                town,
                kind == "country",
                np.isin(kind, ("province", "region")),
                np.isin(kind, ("district", "border")) | cur,
                np.isin(fc, ("PPLA2", "PPLA3")) | (pop > 0) | np.isin(kind, ("airbase", "airport", "crossing", "landmark")),
            ],
            [6, 5, 4, 3, 2],
            default=1,
        ).astype(np.int8)
        _IMPORTANCE[g] = got
    return got


def _important_rows(g: Gazetteer):
    """Bool array over the gazetteer's rows: ``importance(place) >= 2`` (units, seats, towns
    with a population figure, curated places, facilities)."""
    return _importance_of(g) >= 2


def _fuzzy_cutoff(n: int) -> float | None:
    if n < 4:
        return None
    for max_len, cutoff in FUZZY_CUTOFFS:
        if n <= max_len:
            return cutoff if cutoff <= 100 else None
    return None


# ----------------------------------------------------------------------------- validation
def _validate(query: Any) -> str:
    if not isinstance(query, str):
        raise GeocodeTypeError(f"query must be a str, got {type(query).__name__}: {query!r:.60}")
    text = query.strip()
    if not text:
        raise GeocodeQueryError("query is empty or whitespace only; pass a place name such as 'Khost'")
    if len(text) > MAX_QUERY_LENGTH:
        raise GeocodeQueryError(
            f"query is {len(text)} characters long (limit {MAX_QUERY_LENGTH}); pass a place name, "
            "not a whole text (use geoinc.extract_places for articles)"
        )
    if not clean(text):
        raise GeocodeQueryError(f"query {text!r} has no letters or digits")
    return text


def _near_area(near: Any) -> Area:
    try:
        lat, lon, radius = (float(x) for x in near)
    except (TypeError, ValueError):
        raise GeocodeQueryError(f"near must be (lat, lon, km), got {near!r:.60}") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180 and 0 < radius < 5000):
        raise GeocodeQueryError(f"near={near!r}: lat in [-90, 90], lon in [-180, 180] and 0 < km < 5000")
    return Area.circle(lat, lon, radius)


# ----------------------------------------------------------------------------- parsing
@lru_cache(maxsize=100_000)
def _interpretations(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(target, in-query hints) readings of a query, the most literal first."""
    out: list[tuple[str, tuple[str, ...]]] = [(text, ())]
    dashed = [p for p in _DASH.split(text) if p.strip()]
    if len(dashed) > 1:
        target, *context = dashed[-1], *dashed[:-1][::-1]
        parts = [p for p in _SPLIT.split(target) if p.strip()] or [target]
        hints = [*parts[1:], *(_TOWN_FIRST + c.strip() for c in context)]
        out.append((parts[0].strip(), tuple(hints)))
        return tuple(out)
    parts = [p for p in _SPLIT.split(text) if p.strip()]
    target, hints = (parts[0], parts[1:]) if parts else (text, [])
    m = _POSSESSIVE.match(target)
    if m:
        target, hints = m.group(2), [m.group(1), *hints]
    pieces = _CONNECTOR.split(target)
    if len(pieces) > 1:
        target, hints = pieces[0], [*pieces[1:], *hints]
    target = _LEADING.sub("", target).strip()
    hints = [h for h in (_LEADING.sub("", h).strip() for h in hints) if h]
    if (target, hints) != (text, []) and target:
        out.append((target, tuple(hints)))
    return tuple(out)


# ----------------------------------------------------------------------------- candidates
@dataclass(slots=True)
class _Cand:
    index: int
    pos: int  # position of the matched name in the row's (or, for a seat alias, the seat's) names
    rank: int
    tier: int  # 0 exact, 1 variant, 2 fuzzy
    ratio: float  # 100 for exact/variant
    place: Place
    g: Gazetteer
    _alias: str | None = None
    _importance: int = -1

    @property
    def importance(self) -> int:
        """:func:`importance` of the place (read from the gazetteer's column-wise table)."""
        if self._importance < 0:
            self._importance = int(_importance_of(self.g)[self.index])
        return self._importance

    @property
    def alias(self) -> str:
        if self._alias is None:
            self._alias = self.g.alias_of(self.index, self.pos, self.rank)
        return self._alias

    @property
    def score(self) -> float:
        if self.tier == 0:
            return _EXACT_SCORE[self.rank]
        if self.tier == 1:
            return round(_VARIANT_SCORE * (0.98 if self.rank == SEAT_ALIAS else 1.0), 3)
        return round(_FUZZY_WEIGHT * self.ratio / 100.0, 3)


def _direct(core: str, g: Gazetteer, kinds: tuple[str, ...] = (), areas: Sequence[Area] = ()) -> list[_Cand]:
    """Exact-key candidates (tier 0) and the further variant-key ones (tier 1).

    The variant key (the costly part) is computed only when no exact candidate is of the
    kind asked for and inside the hints (the variant ones could not win then)."""
    out = [_Cand(i, a, r, 0, 100.0, g.place_at(i), g) for i, a, r in g.exact_postings(core.replace(" ", ""))]
    if out:
        wanted = frozenset().union(*[_WANTED.get(k, set()) for k in kinds]) if kinds else frozenset()
        if any((not wanted or c.place.kind in wanted) and all(a.strength(c.place, g) == 2 for a in areas) for c in out):
            return out
    seen = {c.index for c in out}
    out += [_Cand(i, a, r, 1, 100.0, g.place_at(i), g) for i, a, r in g.variant_postings(variant_key(core)) if i not in seen]
    return out


def _fuzzy(core: str, g: Gazetteer, areas: Sequence[Area]) -> list[_Cand]:
    from rapidfuzz import fuzz, process

    vk = variant_key(core)
    cutoff = _fuzzy_cutoff(len(vk))
    if cutoff is None or not vk.isascii():
        return []
    finest = min(areas, key=lambda a: a.level_rank, default=None)
    if finest is not None and finest.level in ("admin1", "admin2", "region", "circle"):
        pool = finest.fuzzy_pool(g)
    else:
        pool = g.fuzzy_pool_of("units", lambda: _important_rows(g))
    out: dict[int, _Cand] = {}
    for _, ratio, k in process.extract(vk, pool.keys, scorer=fuzz.ratio, limit=8, score_cutoff=cutoff):
        for i, a, r in g.pool_postings(pool, k):
            if i not in out or out[i].ratio < ratio:
                out[i] = _Cand(i, a, r, 2, float(ratio), g.place_at(i), g)
    return sorted(out.values(), key=lambda c: (-c.ratio, c.index))


_KIND_ORDER = {"country": 0, "province": 0, "region": 0, "district": 0, "populated_place": 1, "neighbourhood": 1}


def _sort_key(c: _Cand, wanted: frozenset[str]) -> tuple:
    """Best candidate first.  ``_resolve_batch`` orders exact candidates by the same fields column-wise
    (``np.lexsort``, ratio 100 for all): change both together (tests/test_geocode_batch.py compares them)."""
    p = c.place
    # at equal importance a unit or town comes before a facility named after it ("Bagram")
    return (
        wanted and p.kind not in wanted,
        c.tier,
        -round(c.ratio),
        -c.importance,
        _KIND_ORDER.get(p.kind, 2),
        c.rank,
        -p.population,
        p.id,
    )


_ORDER: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _order_columns(g: Gazetteer):
    """Columns of :func:`_sort_key` for every row of ``g``, computed once per gazetteer: the
    kind's order (:data:`_KIND_ORDER`), the population, and the rank of the id in sorted order."""
    got = _ORDER.get(g)
    if got is None:
        import numpy as np

        kind_order = np.array([_KIND_ORDER.get(k, 2) for k in g.column("kind").tolist()], dtype=np.int8)
        id_rank = np.unique(np.asarray(g.column("id").tolist(), dtype=str), return_inverse=True)[1].astype(np.int64)
        got = _ORDER[g] = (kind_order, g.column("population").astype(np.int64), id_rank)
    return got


# ----------------------------------------------------------------------------- grouping
@dataclass(slots=True)
class _Group:
    members: list[_Cand]

    @property
    def head(self) -> _Cand:
        return self.members[0]


def _groups(cands: list[_Cand]) -> list[_Group]:
    """Candidates closer than SAME_PLACE_KM + their uncertainties are one place (first = best).

    Greedy in rank order, vectorised per group; at most :data:`MAX_GROUPS` groups are
    formed (the rest join the last, which only says "many")."""
    if len(cands) == 1:
        return [_Group(list(cands))]
    if len(cands) <= 8:
        groups: list[_Group] = []
        for c in cands:
            p = c.place
            for grp in groups:
                h = grp.head.place
                if km_between(h.lat, h.lon, p.lat, p.lon) <= SAME_PLACE_KM + h.uncertainty_km + p.uncertainty_km:
                    grp.members.append(c)
                    break
            else:
                if len(groups) == MAX_GROUPS:
                    groups[-1].members.append(c)
                else:
                    groups.append(_Group([c]))
        return groups
    import numpy as np

    lat = np.array([c.place.lat for c in cands])
    lon = np.array([c.place.lon for c in cands])
    unc = np.array([c.place.uncertainty_km for c in cands])
    groups = []
    if len(cands) <= 128:
        # the same greedy over all distances at once (each row of the matrix equals the one-row
        # call below, bit for bit)
        close = (great_circle_km(lat[:, None], lon[:, None], lat, lon) <= SAME_PLACE_KM + unc[:, None] + unc).tolist()
        taken = [False] * len(cands)
        for k, row in enumerate(close):
            if taken[k]:
                continue
            if len(groups) == MAX_GROUPS:
                groups[-1].members.extend(cands[i] for i in range(k, len(cands)) if not taken[i])
                break
            near = [i for i in range(k, len(cands)) if row[i] and not taken[i]]
            for i in near:
                taken[i] = True
            groups.append(_Group([cands[i] for i in near]))
        return groups
    free = np.ones(len(cands), dtype=bool)
    while free.any():
        k = int(np.argmax(free))
        if len(groups) == MAX_GROUPS:
            groups[-1].members.extend(cands[i] for i in np.flatnonzero(free))
            break
        near = free & (great_circle_km(lat[k], lon[k], lat, lon) <= SAME_PLACE_KM + unc[k] + unc)
        groups.append(_Group([cands[i] for i in np.flatnonzero(near)]))
        free &= ~near
    return groups


def _namesakes(g: Gazetteer, c: _Cand) -> int:
    """How many other records in the whole gazetteer share the candidate's (variant) name."""
    key = variant_key(split_feature_words(clean(c.alias))[0])
    return max(0, len(g.variant_postings(key)) - 1)


def _tight(groups: list[_Group]) -> bool:
    """Do all groups' heads lie within CLUSTER_KM of the first (same kind of place)?"""
    h = groups[0].head.place
    return all(
        gr.head.place.kind == h.kind
        and km_between(h.lat, h.lon, gr.head.place.lat, gr.head.place.lon) + gr.head.place.uncertainty_km <= CLUSTER_KM
        for gr in groups[1:]
    )


def _spread_km(grp: _Group) -> float:
    """How far the group's records of the head's kind lie from the head (km, plus their uncertainty)."""
    h = grp.head.place
    same = [m.place for m in grp.members if m.place.kind == h.kind]
    return max(km_between(h.lat, h.lon, p.lat, p.lon) + p.uncertainty_km for p in same)


def _prior_winner(groups: list[_Group], wanted: frozenset[str], village_asked: bool) -> tuple[_Group | None, str]:
    """The group a measured prior picks among far-apart ones, or None (ambiguous)."""
    best, rest = groups[0], groups[1:]
    hb = best.head
    if any(g.head.tier < hb.tier for g in rest):
        return None, ""
    rivals = [g for g in rest if g.head.tier == hb.tier]
    if not rivals:
        return best, "only candidate of its match quality"
    if hb.rank > min(m.rank for g in rivals for m in g.members):
        return None, ""  # the favourite matched only through an alias: no prior applies
    ib = hb.importance
    ir = max(g.head.importance for g in rivals)
    if PRIORS["province_over_smaller"] and hb.place.kind in ("province", "region") and ib > ir:
        return best, "a province or region is preferred over smaller same-name places"
    if PRIORS["town_over_village"] and not village_asked and hb.place.population >= TOWN_PRIOR_POPULATION:
        top_rival = max(m.place.population for g in rivals for m in g.members)
        if top_rival * 10 <= hb.place.population:
            return best, f"a town of {hb.place.population:,} people is preferred over smaller same-name places"
    if PRIORS["curated_over_village"] and hb.place.id.startswith("cur-") and ir <= 1:
        return best, "a place researched for conflict reporting (curated) is preferred over same-name villages"
    if (
        PRIORS["seat_district_over_village"]
        and not village_asked
        and ir <= 1
        and any(m.place.kind == "district" for m in best.members)
        and any(m.place.kind == "populated_place" and m.importance >= 2 for m in best.members)
    ):
        return best, "a district and its seat of that name are preferred over same-name villages"
    if PRIORS["district_over_plain_village"] and not village_asked and ir <= 1 and hb.place.kind == "district":
        return best, "a district is preferred over same-name villages"
    if ib >= 4 and ib > ir and not village_asked:
        return best, "a capital or province is preferred over smaller same-name places"
    return None, ""


# ----------------------------------------------------------------------------- describing
def _describe(p: Place) -> str:
    """ "name (kind, district, province, country)", without the empty ones and those equal to the name."""
    name, a2, a1, country = p.name, p.admin2, p.admin1, p.country
    kind = p.kind.replace("_", " ")
    if a2 and a1 and country and a2 != name and a1 != name and country != name:  # most places: all three
        return f"{name} ({kind}, {a2}, {a1}, {country})"
    where = ", ".join([x for x in (a2, a1, country) if x and x != name])
    return f"{name} ({kind}, {where})" if where else f"{name} ({kind})"


_HOW = ("exact", "variant", "fuzzy")
_ALIAS_KIND = {PRIMARY: "name", ALIAS: "alias", SEAT_ALIAS: "seat name"}


def _how(c: _Cand) -> str:
    if c.tier == 2:
        return f"fuzzy match on {_ALIAS_KIND[c.rank]} '{c.alias}' ({c.ratio:.0f}%)"
    return f"{_HOW[c.tier]} match on {_ALIAS_KIND[c.rank]} '{c.alias}'"


def _alternative_cands(cands: list[_Cand], skip: int) -> list[_Cand]:
    """The first :data:`MAX_ALTERNATIVES` other places among the candidates (one per record)."""
    out: list[_Cand] = []
    seen = {skip}
    for c in cands:
        if c.index not in seen:
            seen.add(c.index)
            out.append(c)
            if len(out) == MAX_ALTERNATIVES:
                break
    return out


def _alternatives(cands: list[_Cand], skip: int) -> tuple[Place, ...]:
    return tuple(c.place.with_match(score=c.score, matched=c.alias, reason="alternative") for c in _alternative_cands(cands, skip))


def _alt_label(p: Place) -> str:
    """How an alternative is shown in a row of :func:`geocode_many`."""
    return f"{p.name} ({p.kind}, {p.id})"


def _finish(a: _Answer) -> Resolution:
    """The :class:`Resolution` of an answer: its place made, alternatives included."""
    match = {"uncertainty_km": a.uncertainty_km} if a.uncertainty_km is not None else {}
    place = a.base.with_match(
        score=a.score, matched=a.matched, reason=a.reason, alternatives=_alternatives(a.cands, a.skip), status=a.status, **match
    )
    return Resolution(a.query, a.status, place, a.message)


def _answer_row(a: _Answer) -> tuple:
    """``_row(_finish(a))``, without making the places."""
    query, status, p, message, score, matched, reason, cands, skip, unc = a
    if len(cands) == 1 and cands[0].index == skip:  # the answer itself: no alternative
        alts = ""
    else:
        alts = "; ".join([_alt_label(c.place) for c in _alternative_cands(cands, skip)])
    return (
        query,
        status,
        p.name,
        p.lat,
        p.lon,
        p.country,
        p.admin1,
        p.admin2,
        p.kind,
        p.precision,
        p.uncertainty_km if unc is None else unc,
        score,
        matched,
        p.source,
        reason,
        alts,
        p.id,
        message,
    )


def _approximate(query: Any, area: Area, why: str, cands: list[_Cand], g: Gazetteer, cover: Sequence[_Cand] = ()) -> Resolution:
    unit = area.unit_place(g)
    if unit is None:
        return Resolution(query, UNRESOLVED, None, why)
    a = _approximate_at(query, unit, f"the hint's {area.label}", why, cands)
    if cover:
        a = _covering(a, unit, cover, g)
    return _finish(a)


def _covering(a: _Answer, unit: Place, cover: Sequence[_Cand], g: Gazetteer) -> _Answer:
    """The hint's district as the answer, its uncertainty widened to the same-name places of
    the hint's province in a neighbouring district: the dataset's district may follow other
    borders than the gazetteer's (districts split and redrawn), so the place meant may be one
    of them (measured in docs/geocoding.md, "Honest uncertainty")."""
    cover = [c for c in cover if _neighbouring(g, unit, c.place)]
    if not cover:
        return a
    reach = max(km_between(unit.lat, unit.lon, c.place.lat, c.place.lon) + c.place.uncertainty_km for c in cover)
    if reach <= (a.uncertainty_km or 0.0):
        return a
    names = ", ".join(sorted({_describe(c.place) for c in cover}))
    note = f"; the uncertainty covers the same-name place(s) in a neighbouring district ({names}): district borders change"
    return a._replace(message=a.message + note, reason=a.reason + note, uncertainty_km=round(reach, 1))


def _approximate_at(query: Any, unit: Place, label: str, why: str, cands: list[_Cand]) -> _Answer:
    return _Answer(
        query,
        APPROXIMATE,
        unit,
        f"{why}; approximate: placed at {_describe(unit)}",
        _APPROXIMATE_SCORE,
        "",
        f"{why}; located at {label} '{unit.name}' (precision {unit.precision})",
        cands,
        -1,
        round(unit.uncertainty_km + BOUNDARY_TOLERANCE_KM, 1),
    )


def _neighbouring(g: Gazetteer, unit: Place, p: Place) -> bool:
    """Whether place ``p`` lies in a district whose polygon touches district ``unit``'s
    (within the boundary tolerance)."""
    import shapely

    other = _unit_containing(g, p, "district")
    if other is None:
        return False
    a, b = g.geometry_of(unit.id), g.geometry_of(other.id)
    return a is not None and b is not None and bool(shapely.dwithin(a, b, BOUNDARY_TOLERANCE_DEG))


_UNITS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _unit_containing(g: Gazetteer, p: Place, kind: str) -> Place | None:
    """The district (``kind="district"``) or province a place lies in, as a gazetteer place
    (cached per gazetteer on the place's admin names)."""
    name = p.admin2 if kind == "district" else p.admin1
    if not name:
        return None
    key = (name, kind, p.country, p.admin1 if kind == "district" else "")
    cache = _UNITS.get(g)
    if cache is None:
        cache = _UNITS.setdefault(g, {})
    if key in cache:
        return cache[key]
    found = None
    for i, _, _ in g.exact_hits(exact_key(name)):
        u = g.place_at(i)
        if u.kind == kind and u.country == p.country and (kind != "district" or u.admin1 == p.admin1):
            found = u
            break
    cache[key] = found
    return found


def _asked_unit_missing(g: Gazetteer, inside: list[_Cand], wanted: frozenset[str]) -> tuple[str, Place] | None:
    """ "X district" (or "X province") where no unit bears the name but places named X lie in one
    unit: (the kind asked for, that unit) — the name is often the seat's, the district named
    otherwise.  Places in no district polygon give their province."""
    if not wanted:
        return None
    kind = "district" if wanted == {"district"} else "province" if wanted == {"province", "region"} else ""
    if not kind or any(c.place.kind in wanted for c in inside):
        return None
    units = {u.id: u for c in inside if (u := _unit_containing(g, c.place, kind)) is not None}
    if not units and kind == "district":
        # no district polygon holds them (a district the sources lack): the province does
        units = {u.id: u for c in inside if (u := _unit_containing(g, c.place, "province")) is not None}
    return (kind, next(iter(units.values()))) if len(units) == 1 else None


# ----------------------------------------------------------------------------- resolve
def resolve(
    query: Any,
    *,
    country: Any = None,
    admin1: Any = None,
    admin2: Any = None,
    near: Any = None,
    gazetteer: Gazetteer | None = None,
    region: RegionLike = None,
) -> Resolution:
    """Resolve one query without raising: status, place and message.

    Parameters
    ----------
    query : str
        A place name, optionally with context ("Ali Sher, Khost").
    country : str, optional
        ISO 3166-1 alpha-2/alpha-3 code or country name; a constraint.
    admin1 : str, optional
        Province or region as datasets write it ("Khost", "Khyber Pakhtunkwa province",
        "FATA", "AF-KHO", "AF.37"); a constraint.
    admin2 : str, optional
        District ("Zazai Maidan", "North Waziristan agency"); a constraint, ignored with
        a message when it names no district of the gazetteer.
    near : (lat, lon, km), optional
        Only places within ``km`` of the point.
    gazetteer : Gazetteer, optional
        Default: :meth:`Gazetteer.default` of ``region``.
    region : str, Path or Region, optional
        Whose gazetteer, admin aliases and polygons to use when no ``gazetteer`` is given
        (an installed region's name or a region folder; default the shipped region).

    Returns
    -------
    Resolution
        ``status``: matched, approximate, ambiguous, unresolved or invalid (see
        :mod:`geoinc.status`).
    """
    g = gazetteer if gazetteer is not None else Gazetteer.default(region)
    try:
        text = _validate(query)
        hint_key = _hint_key(country, admin1, admin2, near)
    except (GeocodeQueryError, GeocodeTypeError) as exc:
        return Resolution(query, INVALID, None, str(exc))
    return _resolve_cached(g, text, hint_key, query if isinstance(query, str) else text)


def _hint_key(country: Any, admin1: Any, admin2: Any, near: Any) -> tuple:
    for name, v in (("country", country), ("admin1", admin1), ("admin2", admin2)):
        if v is not None and not isinstance(v, str):
            raise GeocodeQueryError(f"{name} must be a str, got {type(v).__name__}: {v!r:.40}")
    near_t = None
    if near is not None:
        area = _near_area(near)
        near_t = (area.lat, area.lon, area.radius_km)
    return (country or None, admin1 or None, admin2 or None, near_t)


@lru_cache(maxsize=200_000)
def _resolve_cached(g: Gazetteer, text: str, hint_key: tuple, query: str) -> Resolution:
    try:
        return _resolve(g, text, hint_key, query)
    except (GeocodeQueryError, GeocodeTypeError) as exc:
        return Resolution(query, INVALID, None, str(exc))


@lru_cache(maxsize=4096)
def _fixed_areas(g: Gazetteer, hint_key: tuple) -> tuple[list[Area], list[str]]:
    country, admin1, admin2, near = hint_key
    areas: list[Area] = []
    notes: list[str] = []
    countries = None
    if country:
        a = resolve_country(country, g)
        areas.append(a)
        countries = a.countries
    parent = None
    if admin1:
        parent = resolve_area(admin1, g, level="admin1", countries=countries)
        if parent is None:
            raise GeocodeQueryError(_unknown_area_message("admin1", admin1, g, countries))
        areas.append(parent)
    if admin2:
        a2 = resolve_area(admin2, g, level="admin2", countries=countries, within=parent)
        if a2 is None:
            notes.append(f"admin2 {admin2!r} matches no district{' of ' + parent.text if parent else ''}; ignored")
        else:
            areas.append(a2)
    if near:
        areas.append(Area.circle(*near))
    return areas, notes


def check_hints(*, country: Any = None, admin1: Any = None, gazetteer: Gazetteer | None = None, region: RegionLike = None) -> None:
    """Raise :class:`~geoinc.errors.GeocodeQueryError` if ``country`` or ``admin1`` names no
    area of the gazetteer (for a hint that applies to a whole batch, such as a CLI option)."""
    g = gazetteer if gazetteer is not None else Gazetteer.default(region)
    _fixed_areas(g, _hint_key(country, admin1, None, None))


def _unknown_area_message(what: str, value: str, g: Gazetteer, countries) -> str:
    from .areas import nearest_area_names

    close = nearest_area_names(value, g, countries=countries)
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    return f"{what}={value!r} is not a province or region of the gazetteer{hint}"


@dataclass(slots=True)
class _Found:
    """What step 1 found: candidates of the target, the feature-word kinds, the in-query areas;
    ``facility``: the facility word stripped to find them ("pass" of "Kaga pass"), else ""."""

    cands: list[_Cand]
    kinds: tuple[str, ...]
    areas: list[Area]
    unknown_hints: list[str]
    target: str
    facility: str = ""


def _find(g: Gazetteer, text: str, fixed: list[Area]) -> _Found:
    """Exact/variant candidates on each reading, then fuzzy ones on the last (most parsed);
    a reading whose candidates all lie outside the hints lets the next step try."""
    readings = _interpretations(text)
    found = _Found([], (), list(fixed), [], text)
    outside: _Found | None = None
    for use_fuzzy in (False, True):
        if use_fuzzy and outside is None and (unit := named_unit(readings[-1][0], g)) is not None:
            # nothing bears the name, but the region's alias table does ("KPK", "AJK", "GB"): that unit,
            # as an exact match on that alias (the unit itself, not a same-name town: "ICT" is the territory)
            cands = [
                replace(c, tier=0, rank=ALIAS, _alias=readings[-1][0])
                for c in _direct(unit.name, g, (), found.areas)
                if c.place.id == unit.id
            ]
            if cands:
                return _Found(cands[:1], (), found.areas, found.unknown_hints, readings[-1][0])
        if use_fuzzy and outside is None:
            # a facility named after a place that nothing bears ("Kaga pass") is read as that
            # place by exact key before any fuzzy reading of the whole name
            facility = _facility_reading(g, readings[-1][0], found.areas)
            if facility is not None:
                return replace(facility, unknown_hints=found.unknown_hints)
        for tgt, hint_texts in readings if not use_fuzzy else readings[-1:]:
            core, kinds = split_feature_words(clean(tgt))
            if not core:
                continue
            in_query, unknown = [], []
            for h in hint_texts:
                area = _query_area(g, h, _countries(fixed))
                (in_query.append(area) if area is not None else unknown.append(h))
            areas = [*fixed, *in_query]
            cands = _fuzzy(core, g, areas) if use_fuzzy else _direct(core, g, kinds, areas)
            found = _Found(cands, kinds, areas, unknown, tgt if cands else text)
            if cands:
                if _any_inside(cands, areas, g):
                    return found
                outside = outside or found
    return outside if outside is not None else _Found([], found.kinds, found.areas, found.unknown_hints, readings[-1][0])


@lru_cache(maxsize=8)
def _facility_pattern(lexicon_dir) -> re.Pattern[str] | None:
    """``<name> <facility word>`` for the region's ``facility_words.txt`` (None without one)."""
    from .regions import read_word_list

    words = sorted({w.strip().lower() for w in read_word_list(lexicon_dir / "facility_words.txt") if w.strip()}, key=len, reverse=True)
    if not words:
        return None
    alts = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return re.compile(rf"^(.+?)\s+({alts})$", re.IGNORECASE)


def _facility_reading(g: Gazetteer, target: str, areas: list[Area]) -> _Found | None:
    """A facility named after a place ("Kaga pass", "Wana bazaar") that nothing in the gazetteer
    bears: the place of the name without the facility word, by exact key only, inside the hints."""
    if g.region is None:
        return None
    pattern = _facility_pattern(g.region.lexicon_dir)
    m = pattern.match(target.strip()) if pattern is not None else None
    if m is None:
        return None
    core, kinds = split_feature_words(clean(m.group(1)))
    if not core or kinds:
        return None
    cands = [c for c in _direct(core, g, (), areas) if c.tier == 0]
    if not cands or not _any_inside(cands, areas, g):
        return None
    return _Found(cands, (), areas, [], m.group(1).strip(), " ".join(m.group(2).lower().split()))


def _any_inside(cands: list[_Cand], areas: list[Area], g: Gazetteer) -> bool:
    """Does any candidate lie inside every area (within the boundary tolerance)?"""
    return any(all(a.strength(c.place, g) for a in areas) for c in cands)


@lru_cache(maxsize=256)
def _wanted(kinds: tuple[str, ...]) -> frozenset[str]:
    return frozenset().union(*[_WANTED.get(k, set()) for k in kinds]) if kinds else frozenset()


def _constrain(cands: list[_Cand], areas: list[Area], wanted: frozenset[str], g: Gazetteer) -> list[_Cand]:
    """The candidates inside every area (strictly inside beats near the boundary), best first."""
    if "district" not in wanted:  # a seat's name means the town, unless a district is asked for
        cands = [c for c in cands if c.rank != SEAT_ALIAS] or cands
    # a district is found through its seat's name only when the name is spelled as the seat's
    cands = [c for c in cands if not (c.rank == SEAT_ALIAS and c.tier > 0)] or cands
    strength = {c.index: min((a.strength(c.place, g) for a in areas), default=2) for c in cands}
    inside = [c for c in cands if strength[c.index] > 0]
    if any(strength[c.index] == 2 for c in inside):
        inside = [c for c in inside if strength[c.index] == 2]
    inside.sort(key=lambda c: _sort_key(c, wanted))
    return inside


def _choose(inside: list[_Cand], wanted: frozenset[str], target: str) -> tuple[list[_Group], _Group | None, str]:
    """Group the candidates into places; pick one by a measured prior, or none (ambiguous)."""
    if len(inside) == 1:  # one place: nothing to group or choose
        only = _Group(list(inside))
        return [only], only, ""
    if wanted:
        inside = [c for c in inside if c.place.kind in wanted] or inside
    groups = _groups(inside)
    if len(groups) > 1 and groups[0].head.rank == PRIMARY:
        # a place that only has the name as an alternate spelling does not rival one that bears it
        groups = [gr for gr in groups if gr is groups[0] or any(m.rank == PRIMARY for m in gr.members)]
    winner: _Group | None = groups[0]
    prior = ""
    if len(groups) > 1:
        winner, prior = _prior_winner(groups, wanted, clean(target).split()[-1:] == ["village"])
    if winner is None and _tight(groups):
        # several records of that name, all close together: one answer whose uncertainty covers them
        winner = _Group([m for gr in groups for m in gr.members])
        prior = f"{len(groups)} places of that name lie within {CLUSTER_KM:g} km of each other"
    return groups, winner, prior


#: area levels that name a district or finer (the context that confirms a village)
_DISTRICT_LEVELS = frozenset({"admin2", "circle", "place"})


def _has_level(areas: list[Area], levels: frozenset[str]) -> bool:
    """Is any of the areas at one of ``levels``? (a loop: called for every answer)"""
    for a in areas:
        if a.level in levels:
            return True
    return False


def _below_country(areas: list[Area]) -> bool:
    """Is any of the areas finer than a country?"""
    for a in areas:
        if a.level != "country":
            return True
    return False


def _unit_radius(areas: list[Area], g: Gazetteer) -> float:
    """The uncertainty of the finest area's unit (0 without areas or unit)."""
    unit = min(areas, key=lambda a: a.level_rank).unit_place(g) if areas else None
    return unit.uncertainty_km if unit is not None else 0.0


def _confidence(chosen: _Cand, unc: float, areas: list[Area], g: Gazetteer, query: str, msgs: list[str]) -> tuple[str, float]:
    """``matched``, or ``approximate`` for readings a measured rule does not assert; the uncertainty."""
    status = MATCHED
    district_context = _has_level(areas, _DISTRICT_LEVELS)
    village = chosen.importance <= 1
    if chosen.tier == 1 and village and not district_context:
        # a spelling variant of a village name with at most a province around it is not asserted:
        # within 25 km 11 times in 15 (UCDP dev set; exact names 142 in 152); the reading may be
        # another village of the province, so the uncertainty is the province's. Inside a named
        # district variants are as good as exact names (UCDP dev 16 of 18, Afghan village list
        # 109 of 109 within 25 km; docs/geocoding.md)
        status = APPROXIMATE
        msgs.append(f"{query!r} read as the variant spelling {chosen.alias!r}; give the district to confirm")
        unc = max(unc, _unit_radius(areas, g))
    namesakes = _namesakes(g, chosen) if status == MATCHED and village and not district_context else 0
    if namesakes >= COMMON_NAME_RECORDS:
        # a common village name with only a province around it: if the village meant is missing
        # from the gazetteer, another of the name answers (leave-one-out: docs/geocoding.md)
        status = APPROXIMATE
        msgs.append(f"{namesakes + 1} places are named {chosen.alias!r}; only the district confirms which")
        unc = max(unc, _unit_radius(areas, g))
    if chosen.tier == 2:  # a fuzzy reading is never asserted
        status = APPROXIMATE
        msgs.append(f"fuzzy match ({chosen.ratio:.0f}%): {query!r} read as {chosen.alias!r}")
        if chosen.importance <= 2:
            unc = max(unc, _unit_radius(areas, g))  # the reading may be wrong: the unit's radius
    return status, unc


def _resolve(g: Gazetteer, text: str, hint_key: tuple, query: str) -> Resolution:
    fixed, notes = _fixed_areas(g, hint_key)
    found = _find(g, text, fixed)
    areas, kinds, target = found.areas, found.kinds, found.target
    msgs = list(notes)
    if found.unknown_hints:
        msgs.append("context not recognised: " + ", ".join(repr(h) for h in found.unknown_hints))
    finest = min(areas, key=lambda a: a.level_rank) if areas else None
    if not found.cands:
        why = f"no place named {target!r} in {g.label or 'the gazetteer'}"
        if finest is not None:
            return _with_messages(_approximate(query, finest, why, [], g), msgs)
        return _with_messages(Resolution(query, UNRESOLVED, None, why), msgs)

    wanted = _wanted(kinds)
    inside = _constrain(found.cands, areas, wanted, g)
    if not inside:
        assert finest is not None  # candidates are dropped only by areas
        where = " and ".join(f"{a.label} '{a.text}'" for a in areas)
        why = f"{len({c.index for c in found.cands})} place(s) named {target!r}, none within {where}"
        coarser = [a for a in areas if a is not finest]
        cover = _constrain(found.cands, coarser, wanted, g) if finest.level == "admin2" and coarser else []
        return _with_messages(_approximate(query, finest, why, found.cands, g, cover), msgs)
    if found.facility:
        return _facility_answer(g, query, found, inside, finest, msgs)
    return _finish(_decide(query, inside, areas, kinds, target, g, msgs))


def _facility_answer(g: Gazetteer, query: Any, found: _Found, inside: list[_Cand], finest: Area | None, msgs: list[str]) -> Resolution:
    """A facility placed at the place it is named after: ``approximate``, the boundary tolerance
    added to the place's uncertainty, and only when that place is a ``matched`` answer; else as
    if nothing of the name were found (the hint's unit, or unresolved)."""
    a = _decide(query, inside, found.areas, (), found.target, g, [])
    why = f"no place named {query!r:.80}"  # query: the caller's string (see resolve)
    if a.status != MATCHED:
        if finest is not None:
            return _with_messages(_approximate(query, finest, why, [], g), msgs)
        return _with_messages(Resolution(query, UNRESOLVED, None, why), msgs)
    unc = (a.uncertainty_km if a.uncertainty_km is not None else a.base.uncertainty_km) + BOUNDARY_TOLERANCE_KM
    note = (
        f"no place named {str(query).strip()!r:.80}; placed at {found.target!r}, the place the {found.facility} is named after "
        f"(it lies at or near it: uncertainty + {BOUNDARY_TOLERANCE_KM:g} km)"
    )
    a = a._replace(status=APPROXIMATE, message=note, score=round(min(a.score, 0.7), 3), uncertainty_km=round(unc, 1))
    return _finish(_with_messages(a, msgs))


def _decide(
    query: Any, inside: list[_Cand], areas: list[Area], kinds: tuple[str, ...], target: str, g: Gazetteer, msgs: list[str]
) -> _Answer:
    """Steps 5-6 on the candidates inside the hints, best first (as :func:`_constrain` gives them):
    a unit asked for that is missing, no context, choose, confidence.  Shared by :func:`resolve`
    and the batch path of :func:`geocode_many`."""
    wanted = _wanted(kinds)
    missing_unit = _asked_unit_missing(g, inside, wanted) if wanted else None
    if missing_unit is not None:
        kind, unit = missing_unit
        core = split_feature_words(clean(target))[0] or target
        why = f"no {kind} named {core!r}; the place(s) of that name lie in {unit.kind} '{unit.name}'"
        return _with_messages(_approximate_at(query, unit, f"the {unit.kind} containing them", why, inside), msgs)
    if inside[0].importance <= 1 and not _below_country(areas) and not (wanted and wanted & {"district", "province"}):
        # a village known only by its name: the gazetteer holds ~160,000 villages, and the one
        # meant may be another of the same name that it lacks (leave-one-out: docs/geocoding.md)
        a = _no_context(query, inside, _parts_of(inside[0], kinds, areas))
        return _with_messages(a, msgs)

    groups, winner, prior = _choose(inside, wanted, target)
    best = groups[0].head
    parts = _parts_of(best, kinds, areas)
    if winner is None:
        shown = "; ".join(_describe(gr.head.place) for gr in groups[:5])
        msg = f"ambiguous: {len(groups)} places named {target!r} far apart: {shown}"
        return _with_messages(
            _Answer(
                query,
                AMBIGUOUS,
                best.place,
                msg,
                round(best.score * _AMBIGUOUS_FACTOR, 3),
                best.alias,
                "; ".join(parts),
                inside,
                best.index,
            ),
            msgs,
        )
    chosen = winner.head
    if prior and len(groups) > 1:
        parts.append(f"{prior} ({len(groups) - 1} other place(s) of that name)")
    unc = chosen.place.uncertainty_km
    if len(winner.members) > 1:
        spread = _spread_km(winner)
        if spread > unc:
            parts.append(f"{len(winner.members)} records within {spread:.1f} km taken as one place")
            unc = round(spread, 1)
    status, unc = _confidence(chosen, unc, areas, g, query, msgs)
    score = chosen.score if status == MATCHED else round(min(chosen.score, 0.7), 3)
    a = _Answer(query, status, chosen.place, "", score, chosen.alias, "; ".join(parts), inside, chosen.index, unc)
    return _with_messages(a, msgs)


@lru_cache(maxsize=16384)
def _query_area(g: Gazetteer, text: str, countries: frozenset[str] | None) -> Area | None:
    if text.startswith(_TOWN_FIRST):
        return resolve_area(text[1:], g, level="town", countries=countries)
    return resolve_area(text, g, level="any", countries=countries)


def _parts_of(c: _Cand, kinds: tuple[str, ...], areas: list[Area]) -> list[str]:
    parts = [_how(c)]
    if kinds:
        parts.append(f"{'/'.join(kinds)} asked for")
    if areas:
        parts.append(_within(tuple(areas)))
    return parts


@lru_cache(maxsize=4096)
def _within(areas: tuple[Area, ...]) -> str:
    return "within " + " and ".join(f"'{a.text}'" for a in areas)


def _no_context(query: Any, inside: list[_Cand], parts: list[str]) -> _Answer:
    c = inside[0]
    if len(inside) == 1:
        n, shown = 1, _describe(c.place)
    else:
        n, shown = len({x.index for x in inside}), "; ".join([_describe(x.place) for x in inside[:5]])
    msg = (
        f"ambiguous: a village name without a province or district ({n} record(s) of that name: {shown}); "
        "pass admin1=/admin2= (or 'name, district') to confirm"
    )
    return _Answer(query, AMBIGUOUS, c.place, msg, round(c.score * _AMBIGUOUS_FACTOR, 3), c.alias, "; ".join(parts), inside, c.index)


def _countries(areas: list[Area]) -> frozenset[str] | None:
    for a in areas:
        if a.level == "country":
            return a.countries
    return None


_R = TypeVar("_R", Resolution, _Answer)


def _with_messages(r: _R, msgs: list[str]) -> _R:
    if not msgs:
        return r
    message = " | ".join([m for m in (r.message, *msgs) if m])
    return r._replace(message=message) if isinstance(r, _Answer) else replace(r, message=message)


# ----------------------------------------------------------------------------- public
def geocode(
    query: str,
    *,
    country: str | None = None,
    admin1: str | None = None,
    admin2: str | None = None,
    near: tuple[float, float, float] | None = None,
    gazetteer: Gazetteer | None = None,
    strict: bool = False,
    region: RegionLike = None,
) -> Place | None:
    """Geocode one place name offline.

    Parameters
    ----------
    query : str
        As news writes it: "Khair Khana", "Zazai Maidan district of Khost province",
        "Kabul's Khair Khana", "خیرخانه", "Khowst".
    country, admin1, admin2 : str, optional
        Constraints (see :func:`resolve`).
    near : (lat, lon, km), optional
        Only places within ``km`` of the point.
    gazetteer : Gazetteer, optional
        Default: the gazetteer of ``region``.
    strict : bool
        Raise :class:`~geoinc.errors.AmbiguousPlace` instead of returning an ambiguous
        answer.
    region : str, Path or Region, optional
        See :func:`resolve` (default the shipped region).

    Returns
    -------
    Place or None
        None when nothing matches (an honest "unresolved").  ``Place.status`` says
        matched, approximate (the hint's unit, or a fuzzy reading) or ambiguous.

    Raises
    ------
    GeocodeTypeError
        ``query`` is not a string (also a ``TypeError``).
    GeocodeQueryError
        Empty, whitespace-only, punctuation-only or over-long query, or an unknown
        ``country``/``admin1`` (also a ``ValueError``).

    Examples
    --------
    >>> geocode("Khair Khana").admin1
    'Kabul'
    >>> geocode("Khost province").kind, geocode("Khost").kind
    ('province', 'populated_place')
    >>> geocode("Nowhere-on-earth-ville") is None
    True
    """
    r = resolve(query, country=country, admin1=admin1, admin2=admin2, near=near, gazetteer=gazetteer, region=region)
    if r.status == INVALID:
        _validate(query)  # raises the typed error
        raise GeocodeQueryError(r.message)
    if r.status == AMBIGUOUS and strict:
        assert r.place is not None
        raise AmbiguousPlace(r.message, (r.place, *r.place.alternatives))
    return r.place


def _batch_areas(g: Gazetteer, hints: tuple) -> tuple[list[Area], list[str]] | None:
    """The fixed areas and notes of one row's hints, when the batch path can use them (none, or
    a country, provinces and districts, whose membership the gazetteer's codes decide); else None."""
    try:
        fixed, notes = _fixed_areas(g, _hint_key(hints[0], hints[1], hints[2], None))
    except (GeocodeQueryError, GeocodeTypeError):
        return None
    if any(a.level not in ("country", "admin1", "admin2") for a in fixed):
        return None
    return fixed, notes


def _batch_postings(g: Gazetteer, cores: list[str], owners: list[int]):
    """Postings of each core's exact key, or, for a core without any, of its variant key (as
    :func:`_direct`): ``(owner, rows, alias, rank, tier)`` arrays, grouped by owner."""
    import numpy as np

    own = np.asarray(owners, dtype=np.int64)
    o, rows, alias, rank = g.exact_postings_many([c.replace(" ", "") for c in cores])
    tier = np.zeros(len(rows), dtype=np.int8)
    none = np.flatnonzero(np.bincount(o, minlength=len(cores)) == 0)
    if len(none):
        vo, vr, va, vk = g.variant_postings_many([variant_key(cores[k]) for k in none.tolist()])
        o = np.concatenate([o, none[vo]])
        order = np.argsort(o, kind="stable")
        o = o[order]
        rows, alias, rank = (np.concatenate(x)[order] for x in ((rows, vr), (alias, va), (rank, vk)))
        tier = np.concatenate([tier, np.ones(len(vr), dtype=np.int8)])[order]
    return own[o], rows, alias, rank, tier


def _lexsort_packed(columns: list) -> Any:
    """``np.lexsort(columns[::-1])`` (the first column primary; a stable sort) with the integer
    columns packed into as few int64 keys as their ranges allow (one sort pass per key, not per
    column)."""
    import numpy as np

    keys: list = []
    used = 63
    for col in columns:
        c = np.asarray(col, dtype=np.int64)
        low, high = (int(c.min()), int(c.max())) if len(c) else (0, 0)
        if high - low >= 2**62:  # too wide to shift: a key of its own, as it is
            keys.append(c)
            used = 63
            continue
        c = c - low
        width = (high - low).bit_length()
        if used + width > 62:
            keys.append(c)
            used = width
        elif width:
            keys[-1] = (keys[-1] << width) | c
            used += width
    return np.lexsort(keys[::-1])


def _resolve_batch(g: Gazetteer, items: list[tuple[str, tuple]]) -> dict[int, tuple]:
    """Resolve the plain ones of many distinct ``(query, (country, admin1, admin2))``: position -> row
    (as ``_row(resolve(...))``).

    Plain: a reading of the query without in-query context (the literal text, or, when
    nothing bears that, the text without a leading "the", "near", ...) has exact-key
    postings, or else variant-key ones, and at least one of them lies inside every hint by
    the gazetteer's codes (no polygon needed).  For those, steps 1-4 of :func:`resolve` run
    over numpy arrays for the whole batch (keys on the unique strings, postings, hint
    membership, the feature-word and seat-name rules of :func:`_direct` and
    :func:`_constrain`); the candidates then go through :func:`_decide`, the same code as
    :func:`resolve`.  Every other query is left to :func:`resolve` (absent from the result).
    Same answers as :func:`resolve`, field by field (``tests/test_geocode_batch.py``).
    """
    import numpy as np

    hint_sets: dict[tuple, int] = {}
    hid_all = [hint_sets.setdefault(h, len(hint_sets)) for _, h in items]
    hint_areas = [_batch_areas(g, h) for h in hint_sets]
    usable = [a is not None for a in hint_areas]
    texts_all = [q.strip() for q, _ in items]
    pos = [k for k, (j, t) in enumerate(zip(hid_all, texts_all)) if usable[j] and len(t) <= MAX_QUERY_LENGTH]
    texts = [texts_all[k] for k in pos]
    split = split_feature_words_many(texts)
    if not all(core for core, _ in split):  # nothing left of some (a lone feature word): not plain
        keep = [i for i, (core, _) in enumerate(split) if core]
        pos, texts, split = [pos[i] for i in keep], [texts[i] for i in keep], [split[i] for i in keep]
    if not pos:
        return {}
    cores = [core for core, _ in split]
    kinds_of = [kinds for _, kinds in split]
    hid = [hid_all[k] for k in pos]
    targets = list(texts)
    owner, rows, alias, rank, tier = _batch_postings(g, cores, list(range(len(cores))))
    # nothing bears the literal text: the next reading, when it adds no in-query context ("the X")
    again = []
    for k in np.flatnonzero(np.bincount(owner, minlength=len(cores)) == 0).tolist():
        readings = _interpretations(texts[k])
        if len(readings) == 2 and not readings[1][1]:
            core, kinds = split_feature_words(clean(readings[1][0]))
            if core:
                again.append(k)
                targets[k], cores[k], kinds_of[k] = readings[1][0], core, kinds
    if again:
        more = _batch_postings(g, [cores[k] for k in again], again)
        order = np.argsort(np.concatenate([owner, more[0]]), kind="stable")
        owner, rows, alias, rank, tier = (np.concatenate([x, y])[order] for x, y in zip((owner, rows, alias, rank, tier), more))
    # inside every hint (strength 2 by codes), of the kind asked for
    hid_arr = np.asarray(hid, dtype=np.int64)
    wanted_of = [_wanted(kinds) for kinds in kinds_of]

    # the batch's distinct areas (by what decides membership), each tested once over all its postings
    area_ix: dict[tuple, int] = {}
    areas_u: list[Area] = []
    pair_h, pair_a = [], []  # (hint set, area) pairs
    for hs, entry in enumerate(hint_areas):
        for a in entry[0] if entry else []:
            j = area_ix.setdefault((a.level, a.unit_ids, a.admin1_codes, a.countries), len(areas_u))
            if j == len(areas_u):
                areas_u.append(a)
            pair_h.append(hs)
            pair_a.append(j)
    ph_arr, pa_arr = np.asarray(pair_h, dtype=np.int64), np.asarray(pair_a, dtype=np.int64)

    def inside_of(owner, rows):
        inside = np.ones(len(rows), dtype=bool)
        if not len(ph_arr) or not len(rows):
            return inside, _kinds_of(owner, rows)
        ph = hid_arr[owner]
        by_hint = np.argsort(ph, kind="stable")
        count = np.bincount(ph, minlength=len(hint_areas))
        first = np.cumsum(count) - count
        n = count[ph_arr]  # postings of each (hint set, area) pair
        at = by_hint[np.repeat(first[ph_arr] - np.cumsum(n) + n, n) + np.arange(int(n.sum()))]
        area = np.repeat(pa_arr, n)
        by_area = np.argsort(area, kind="stable")
        for part in np.split(by_area, np.flatnonzero(np.diff(area[by_area])) + 1) if len(by_area) else []:
            sel = at[part]
            inside[sel] &= areas_u[int(area[part[0]])].coded_inside(g, rows[sel])
        return inside, _kinds_of(owner, rows)

    wanted_sets = sorted(set(wanted_of), key=sorted)
    wanted_id = np.asarray([wanted_sets.index(w) for w in wanted_of], dtype=np.int64)

    def _kinds_of(owner, rows):
        of_kind = np.ones(len(rows), dtype=bool)
        wid = wanted_id[owner]
        for j, wanted in enumerate(wanted_sets):
            if wanted:
                sel = np.flatnonzero(wid == j)
                of_kind[sel] = g.column_in("kind", rows[sel], wanted)
        return of_kind

    inside, of_kind = inside_of(owner, rows)
    # _direct: exact candidates of which none is of the kind asked for and inside: the variant
    # ones join them (those rows not yet found), in the second tier
    good = np.bincount(owner[of_kind & inside & (tier == 0)], minlength=len(cores)) > 0
    mix = np.flatnonzero(np.bincount(owner[(tier == 0) & ~good[owner]], minlength=len(cores))).tolist()
    if mix:
        vo, vr, va, vk = g.variant_postings_many([variant_key(cores[k]) for k in mix])
        vo = np.asarray(mix, dtype=np.int64)[vo]
        of_mix = np.zeros(len(cores), dtype=bool)
        of_mix[mix] = True
        held = of_mix[owner]  # only these rows' exact postings can repeat a variant one
        new = ~np.isin(vo * len(g) + vr, owner[held].astype(np.int64) * len(g) + rows[held])
        vo, vr, va, vk = vo[new], vr[new], va[new], vk[new]
        v_inside, v_kind = inside_of(vo, vr)
        order = np.argsort(np.concatenate([owner, vo]), kind="stable")
        owner, rows, alias, rank, inside, of_kind = (
            np.concatenate([x, y])[order]
            for x, y in ((owner, vo), (rows, vr), (alias, va), (rank, vk), (inside, v_inside), (of_kind, v_kind))
        )
        tier = np.concatenate([tier, np.ones(len(vr), dtype=np.int8)])[order]
    # _constrain: a seat's name stands for the town unless a district is asked for, and a district
    # is found through it only when spelled as the seat's (each rule void if it leaves nothing)
    seat = rank == SEAT_ALIAS
    district_asked = np.array(["district" in w for w in wanted_of], dtype=bool)[owner]
    n = len(cores)
    keep = ~(seat & ~district_asked)
    keep |= (np.bincount(owner[keep], minlength=n) == 0)[owner]
    keep2 = keep & ~(seat & (tier > 0))
    keep = np.where((np.bincount(owner[keep2], minlength=n) == 0)[owner], keep, keep2)
    inside &= keep
    plain = np.bincount(owner[inside], minlength=n) > 0
    keep = inside & plain[owner]
    out: dict[int, tuple] = {}
    # each query's candidates best first: the fields of _sort_key, column-wise (a stable sort:
    # ties keep the postings' order, as list.sort does)
    at = np.flatnonzero(keep)
    importance_of = _importance_of(g)
    kind_order, population, id_rank = _order_columns(g)
    r_k = rows[at]
    fields = (~of_kind[at], tier[at], -importance_of[r_k], kind_order[r_k], rank[at], -population[r_k], id_rank[r_k])
    at = at[_lexsort_packed([owner[at], *fields])]
    if not len(at):
        return out
    r_l, a_l, k_l, t_l = (x[at].tolist() for x in (rows, alias, rank, tier))
    i_l = importance_of[rows[at]].tolist()
    firsts = np.flatnonzero(np.diff(owner[at], prepend=-1))  # where each query's candidates start
    # the best candidate's alias (the one an answer names, as a rule) read for all queries in one pass
    alias_l = np.full(len(at), None, dtype=object)
    alias_l[firsts] = g.aliases_of(*(x[at[firsts]] for x in (rows, alias, rank)))
    every = list(map(_Cand, r_l, a_l, k_l, t_l, repeat(100.0), g.places_at(r_l), repeat(g), alias_l.tolist(), i_l))
    # per query: its candidates, the (query, areas, notes, kinds, target) _decide takes
    ks = owner[at[firsts]].tolist()
    bounds = [*firsts.tolist(), len(at)]
    for k, lo, hi in zip(ks, bounds, bounds[1:]):
        areas, notes = hint_areas[hid[k]]  # type: ignore[misc]
        p = pos[k]
        out[p] = _answer_row(_decide(items[p][0], every[lo:hi], areas, kinds_of[k], targets[k], g, list(notes) if notes else []))
    return out


def _row(r: Resolution) -> tuple:
    p = r.place
    if p is None:
        return (r.query, r.status, *([None] * 15), r.message)
    alts = "; ".join(_alt_label(a) for a in p.alternatives)
    return (
        r.query,
        r.status,
        p.name,
        p.lat,
        p.lon,
        p.country,
        p.admin1,
        p.admin2,
        p.kind,
        p.precision,
        p.uncertainty_km,
        p.score,
        p.matched,
        p.source,
        p.reason,
        alts,
        p.id,
        r.message,
    )


def _aligned(name: str, value: Any, n: int) -> list[Any]:
    """A hint as one value per row: a scalar repeated, or a sequence of length n."""
    import numpy as np
    import pandas as pd

    if value is None or isinstance(value, str):
        return [value] * n
    if isinstance(value, (pd.Series, pd.Index, np.ndarray, list, tuple)):
        vals = list(value)
        if len(vals) != n:
            raise GeocodeQueryError(f"{name} has {len(vals)} values for {n} queries; pass one per query or a scalar")
        return [
            v if v.__class__ is str and v else None if (v is None or (isinstance(v, float) and math.isnan(v)) or v == "") else v
            for v in vals
        ]
    raise GeocodeQueryError(f"{name} must be a str or a sequence aligned with the queries, got {type(value).__name__}")


def geocode_many(
    queries: Iterable[Any],
    *,
    country: Any = None,
    admin1: Any = None,
    admin2: Any = None,
    gazetteer: Gazetteer | None = None,
    progress: bool = False,
    region: RegionLike = None,
):
    """Geocode many names: one output row per input, in input order.

    Each distinct (query, hints) is resolved once.  Nothing raises per row: a bad
    query or hint gets status ``"invalid"`` and a message naming the row and the reason.

    Parameters
    ----------
    queries : list, tuple, numpy array or pandas Series
        A Series keeps its index.
    country, admin1, admin2 : str or sequence, optional
        Hints as in :func:`resolve`: one value for every row, or a sequence aligned with
        ``queries`` (list, Series, array; None/NaN/"" for no hint on that row).
    gazetteer : Gazetteer, optional
        Default: the gazetteer of ``region``.
    progress : bool
        Show a tqdm progress bar over the distinct queries resolved one by one (those the batch
        path does not answer).
    region : str, Path or Region, optional
        See :func:`resolve` (default the shipped region).

    Returns
    -------
    pandas.DataFrame
        Columns :data:`RESULT_COLUMNS`.

    Raises
    ------
    GeocodeTypeError
        ``queries`` is a single string or not iterable.
    GeocodeQueryError
        A hint sequence of the wrong length.

    Examples
    --------
    >>> df = geocode_many(["Kabul", "", None, "Xyzzy"])
    >>> list(df["status"])
    ['matched', 'invalid', 'invalid', 'unresolved']
    """
    import pandas as pd

    if isinstance(queries, (str, bytes)):
        raise GeocodeTypeError("geocode_many takes a list or Series of names, not a single string; use geocode()")
    index = queries.index if isinstance(queries, pd.Series) else None
    try:
        values = list(queries)  # type: ignore[arg-type]
    except TypeError:
        raise GeocodeTypeError(f"queries must be iterable, got {type(queries).__name__}") from None
    n = len(values)
    g = gazetteer if gazetteer is not None else Gazetteer.default(region)
    with paused_gc():  # many small objects alive at once: no collector passes over the heap meanwhile
        hints = list(zip(_aligned("country", country, n), _aligned("admin1", admin1, n), _aligned("admin2", admin2, n)))
        code: dict[tuple, int] = {}
        codes = [code.setdefault((v, h), len(code)) if isinstance(v, str) else -1 for v, h in zip(values, hints)]
        distinct = list(code)
        done = _resolve_batch(g, distinct)
        it: Iterable = [k for k in range(len(distinct)) if k not in done]
        if progress:
            from tqdm.auto import tqdm

            it = tqdm(it, desc="geocoding", unit="name")
        for k in it:
            q, (c, a1, a2) = distinct[k]
            done[k] = _row(resolve(q, country=c, admin1=a1, admin2=a2, gazetteer=g))
        # the distinct rows (and the per-row messages), then which one each input row is
        rows = [done[k] for k in range(len(distinct))]
        take = codes
        # rows of their own: non-strings, and invalid ones (their message names the row)
        bad = {k for k, r in enumerate(rows) if r[1] == INVALID}
        labels = (list(index) if index is not None else range(n)) if bad or -1 in codes else ()
        for i, (v, k) in enumerate(zip(values, codes) if labels else ()):
            if k < 0:
                row = _row(Resolution(v, INVALID, None, f"row {labels[i]}: expected a str, got {type(v).__name__} {v!r:.40}"))
            elif rows[k][1] == INVALID:
                row = (*rows[k][:-1], f"row {labels[i]}: {rows[k][-1]}")
            else:
                continue
            if take is codes:
                take = list(codes)
            take[i] = len(rows)
            rows.append(row)
        if len(rows) < 0.75 * n:  # many repeats (a dataset's locations): convert each distinct row once
            df = pd.DataFrame.from_records(rows, columns=list(RESULT_COLUMNS)).take(take).reset_index(drop=True)
        else:
            df = pd.DataFrame.from_records([rows[k] for k in take], columns=list(RESULT_COLUMNS))
        del rows, done, distinct, code, codes, take, hints  # freed now: the collector, back on, has fewer objects to look at
    if index is not None:
        df.index = index
    return df
