"""Resolve place names as news writes them to gazetteer places.

The pipeline for one query (:func:`resolve`):

1. **Validate**: a non-empty ``str`` of at most :data:`MAX_QUERY_LENGTH` characters.
2. **Parse**: the whole text is tried first; otherwise commas, parentheses,
   "X of/in Y" and "Y's X" split it into a target and hints ("Zazai Maidan district
   of Khost province" -> target "Zazai Maidan district", hint "Khost province").
   Feature words ("district", "province", "airfield", ...) say which kind is wanted.
3. **Match**: exact key, then transliteration-variant key (see :mod:`geoinc.names`),
   then a fuzzy match with rapidfuzz over the variant keys, above a length-dependent
   cutoff (:data:`FUZZY_CUTOFFS`, calibrated by ``benchmarks/calibrate_fuzzy.py``).
4. **Rank**: candidates that meet the hints, then those of the wanted kind, then match
   quality, then importance (:func:`importance`), then population.
5. **Ambiguity**: if another candidate is as good and lies more than
   :data:`AMBIGUITY_KM` away, the status is ``"ambiguous"`` (the best is still
   returned, with the others as alternatives).

Bare names that are several things resolve as follows (see README, "How names
resolve"): a provincial capital or a town of 100,000+ people beats the province or
district of the same name ("Khost" is the city; "Khost province" the province);
otherwise the province or district beats a village of its name ("Paktia",
"Bagrami"); a district is also known by its seat's name ("Ali Sher district").
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .errors import AmbiguousPlace, GeocodeQueryError, GeocodeTypeError
from .gazetteer import ALIAS, PRIMARY, SEAT_ALIAS, Gazetteer
from .names import clean, exact_key, split_feature_words, variant_key
from .place import Place

__all__ = [
    "AMBIGUITY_KM",
    "FUZZY_CUTOFFS",
    "MAX_QUERY_LENGTH",
    "RESULT_COLUMNS",
    "Resolution",
    "geocode",
    "geocode_many",
    "importance",
    "resolve",
]

#: Most alternatives listed on a Place.
MAX_ALTERNATIVES = 6
#: Longest query accepted (characters).
MAX_QUERY_LENGTH = 300
#: Candidates of equal rank farther apart than this (km) make a query ambiguous.
AMBIGUITY_KM = 30.0
#: Fuzzy matching on variant keys: (max key length, minimum rapidfuzz ratio for any
#: place, minimum ratio for an important place — see :func:`importance`, >= 4).
#: Calibrated by ``benchmarks/calibrate_fuzzy.py``: the lowest cutoffs with at most 1 %
#: false matches of real foreign and made-up names (recall and rates in
#: benchmarks/RESULTS.md). Keys shorter than 4 characters are never fuzzy-matched; a
#: cutoff above 100 means "never".
FUZZY_CUTOFFS: tuple[tuple[int, float, float], ...] = (
    (5, 101.0, 90.0),
    (8, 92.0, 88.0),
    (12, 82.0, 78.0),
    (10_000, 75.0, 75.0),
)

#: Columns of :func:`geocode_many`'s result, in order.
RESULT_COLUMNS = (
    "query", "status", "name", "lat", "lon", "country", "admin1", "admin2", "kind", "precision",
    "uncertainty_km", "score", "matched", "source", "reason", "alternatives", "id", "message",
)  # fmt: skip

# match tiers: (tier, score)
_TIER_SCORE = {("exact", PRIMARY): 1.0, ("exact", ALIAS): 0.98, ("exact", SEAT_ALIAS): 0.95}
_VARIANT_SCORE = 0.9
_FUZZY_WEIGHT = 0.85
_HINT_MISS = 0.8
_CONTEXT_FALLBACK = 0.7
_KIND_MISS = 0.9

_WANTED = {
    "province": {"province", "region"},
    "district": {"district"},
    "populated_place": {"populated_place", "neighbourhood"},
    "neighbourhood": {"neighbourhood", "populated_place"},
    "airbase": {"airbase", "airport"},
    "crossing": {"crossing"},
}

_SPLIT = re.compile(r"\s*[,;()\[\]]\s*")
_CONNECTOR = re.compile(r"\s+(?:in|of|inside|within|near|at)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"^(.+?)['’]s\s+(.+)$")
_LEADING = re.compile(
    r"^(?:(?:the|near|outskirts of|outside|central|downtown|parts of|greater|"
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?)\s+)+",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Resolution:
    """Outcome of :func:`resolve`: a status, the place (or None) and a message."""

    query: Any
    status: str  # matched / ambiguous / unresolved / invalid
    place: Place | None
    message: str = ""


def importance(place: Place) -> int:
    """Rank used between candidates that match equally well (higher wins).

    6 provincial/national capitals and towns of 100,000+; 5 countries; 4 provinces and
    regions; 3 districts, the border and curated places; 2 other places.
    """
    if place.kind == "populated_place" and (place.feature_code in ("PPLC", "PPLA") or place.population >= 100_000):
        return 6
    if place.kind == "country":
        return 5
    if place.kind in ("province", "region"):
        return 4
    if place.kind in ("district", "border") or place.id.startswith("cur-"):
        return 3
    return 2


def _fuzzy_cutoff(n: int) -> tuple[float, float] | None:
    """(cutoff for any place, cutoff for an important place) for a key of length n."""
    if n < 4:
        return None
    for max_len, cutoff, important in FUZZY_CUTOFFS:
        if n <= max_len:
            return cutoff, important
    return FUZZY_CUTOFFS[-1][1:]


def _km(a: Place, b: Place) -> float:
    """Haversine distance (km); enough for the ambiguity threshold."""
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


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


# ----------------------------------------------------------------------------- hints
@dataclass(frozen=True, slots=True)
class _Hint:
    text: str
    countries: frozenset[str]
    admin1: frozenset[str]

    def accepts(self, p: Place) -> bool:
        if self.admin1:
            return p.admin1_code in self.admin1
        return any(c in self.countries for c in p.country.split("|"))


def _country_hint(country: str, g: Gazetteer) -> _Hint:
    text = country.strip()
    if len(text) == 2 and text.isalpha():
        return _Hint(text, frozenset({text.upper()}), frozenset())
    hint = _hint_from_text(text, g)
    if hint is None or not hint.countries or hint.admin1:
        raise GeocodeQueryError(f"country={country!r} is not an ISO 3166 alpha-2 code or a known country name")
    return hint


def _admin1_hint(admin1: str, g: Gazetteer) -> _Hint:
    text = admin1.strip()
    if any(p.admin1_code == text for p in g if p.kind == "province"):
        return _Hint(text, frozenset(), frozenset({text}))
    hint = _hint_from_text(text, g)
    if hint is None or not hint.admin1:
        raise GeocodeQueryError(f"admin1={admin1!r} is not a province name or GeoNames admin1 code (e.g. 'AF.37')")
    return hint


def _hint_from_text(text: str, g: Gazetteer) -> _Hint | None:
    core, kinds = split_feature_words(clean(text))
    hits = g.exact_hits(core.replace(" ", "")) or g.variant_hits(variant_key(core))
    if not hits:
        return None
    places = [g.place_at(i) for i, _, _ in hits]
    wanted = set().union(*[_WANTED.get(k, set()) for k in kinds]) if kinds else set()
    countries = [p for p in places if p.kind == "country"]
    provinces = [p for p in places if p.kind in ("province", "region")]
    if countries and (not wanted):
        return _Hint(text, frozenset(p.country for p in countries), frozenset())
    if provinces and (not wanted or wanted & {"province", "region"}):
        return _Hint(text, frozenset(p.country for p in provinces), frozenset(p.admin1_code for p in provinces))
    pool = [p for p in places if not wanted or p.kind in wanted] or places
    return _Hint(text, frozenset(p.country for p in pool), frozenset(p.admin1_code for p in pool if p.admin1_code))


# ----------------------------------------------------------------------------- parsing
@lru_cache(maxsize=100_000)
def _interpretations(text: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(target, hints) readings of a query, the most literal first."""
    out: list[tuple[str, tuple[str, ...]]] = [(text, ())]
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


# ----------------------------------------------------------------------------- matching
@dataclass(slots=True)
class _Cand:
    index: int
    alias: str
    rank: int
    tier: int  # 0 exact, 1 variant, 2 fuzzy
    ratio: float  # 100 for exact/variant
    place: Place
    hint_ok: bool = True
    kind_ok: bool = True

    @property
    def score(self) -> float:
        if self.tier == 0:
            s = _TIER_SCORE[("exact", self.rank)]
        elif self.tier == 1:
            s = _VARIANT_SCORE * (0.98 if self.rank == SEAT_ALIAS else 1.0)
        else:
            s = _FUZZY_WEIGHT * self.ratio / 100.0
        if not self.hint_ok:
            s *= _HINT_MISS
        if not self.kind_ok:
            s *= _KIND_MISS
        return round(s, 3)

    def sort_key(self) -> tuple:
        p = self.place
        return (not self.hint_ok, not self.kind_ok, self.tier, -round(self.ratio), -importance(p),
                self.rank, -p.population, p.id)  # fmt: skip

    def group_key(self) -> tuple:
        return (not self.hint_ok, not self.kind_ok, self.tier, -round(self.ratio), -importance(self.place))


def _direct_hits(core: str, g: Gazetteer) -> tuple[int, list]:
    """Exact-key hits (tier 0), else variant-key hits (tier 1), of a cleaned name."""
    hits = g.exact_hits(core.replace(" ", ""))
    if hits:
        return 0, hits
    return 1, g.variant_hits(variant_key(core))


def _candidates(target: str, g: Gazetteer, fuzzy: bool) -> tuple[list[_Cand], tuple[str, ...]]:
    core, kinds = split_feature_words(clean(target))
    if not core:
        return [], kinds
    tier, hits = _direct_hits(core, g)
    if hits:
        return [_Cand(i, a, r, tier, 100.0, g.place_at(i)) for i, a, r in hits], kinds
    vk = variant_key(core)
    if not fuzzy:
        return [], kinds
    cutoff = _fuzzy_cutoff(len(vk))
    if cutoff is None or not vk.isascii():
        return [], kinds
    any_place, important = cutoff
    out: dict[int, _Cand] = {}
    for ratio, hits in g.fuzzy_matches(vk, min(any_place, important)):
        for i, a, r in hits:
            place = g.place_at(i)
            if ratio < (important if importance(place) >= 4 else any_place):
                continue
            if i not in out or out[i].ratio < ratio:
                out[i] = _Cand(i, a, r, 2, ratio, place)
    return list(out.values()), kinds


def _rank(cands: list[_Cand], kinds: tuple[str, ...], hints: list[_Hint]) -> list[_Cand]:
    wanted: set[str] = set()
    for k in kinds:
        wanted |= _WANTED.get(k, set())
    for c in cands:
        c.hint_ok = all(h.accepts(c.place) for h in hints)
        c.kind_ok = not wanted or c.place.kind in wanted
    cands.sort(key=_Cand.sort_key)
    return cands


def _describe(p: Place) -> str:
    where = ", ".join(x for x in (p.admin1, p.country) if x and x != p.name)
    return f"{p.name} ({p.kind.replace('_', ' ')}{', ' + where if where else ''})"


def _reason(best: _Cand, others: list[_Cand], kinds, hints: list[_Hint]) -> str:
    how = ("exact", "variant", "fuzzy")[best.tier]
    alias_kind = {PRIMARY: "name", ALIAS: "alias", SEAT_ALIAS: "seat name"}[best.rank]
    parts = [f"{how} match on {alias_kind} '{best.alias}'" + (f" ({best.ratio:.0f}%)" if best.tier == 2 else "")]
    if kinds:
        parts.append(f"{'/'.join(kinds)} asked for" + ("" if best.kind_ok else ", none found"))
    if hints:
        parts.append(
            ("within " if best.hint_ok else "NOT within ") + " and ".join(f"'{h.text}'" for h in hints)
        )
    if others:
        beaten = sorted({o.place.kind.replace("_", " ") for o in others})
        parts.append(f"preferred over {len(others)} other candidate(s): {', '.join(beaten)}")
    return "; ".join(parts)


def _ambiguous_with(best: _Cand, cands: list[_Cand]) -> list[_Cand]:
    rivals = []
    for c in cands[1:]:
        if c.group_key() != best.group_key():
            break
        if _km(best.place, c.place) <= AMBIGUITY_KM + best.place.uncertainty_km + c.place.uncertainty_km:
            continue
        bp, cp = best.place.population, c.place.population
        if bp > 0 and bp >= 10 * cp:
            continue
        rivals.append(c)
    return rivals


def resolve(
    query: Any,
    *,
    country: str | None = None,
    admin1: str | None = None,
    gazetteer: Gazetteer | None = None,
) -> Resolution:
    """Resolve one query without raising: status, place and message.

    Parameters
    ----------
    query : str
        A place name, optionally with context ("Ali Sher, Khost").
    country : str, optional
        ISO alpha-2 code or country name; only places in it are returned.
    admin1 : str, optional
        Province name or GeoNames code ("Khost", "AF.37"); only places in it.
    gazetteer : Gazetteer, optional
        Default: :meth:`Gazetteer.default`.

    Returns
    -------
    Resolution
        ``status`` is "matched", "ambiguous", "unresolved" or "invalid".
    """
    g = gazetteer if gazetteer is not None else Gazetteer.default()
    try:
        text = _validate(query)
        fixed = [_country_hint(country, g)] if country else []
        if admin1:
            fixed.append(_admin1_hint(admin1, g))
    except (GeocodeQueryError, GeocodeTypeError) as exc:
        return Resolution(query, "invalid", None, str(exc))

    readings = _interpretations(text)
    cache_key = (tuple(_reading_key(t, hs, g) for t, hs in readings), country, admin1)
    cached = g._resolve_cache.get(cache_key)
    if cached is not None:
        return Resolution(query, cached.status, cached.place, cached.message)
    result = _resolve_readings(query, text, readings, fixed, g)
    if len(g._resolve_cache) >= _CACHE_LIMIT:
        g._resolve_cache.clear()
    g._resolve_cache[cache_key] = result
    return result


_CACHE_LIMIT = 200_000


def _reading_key(target: str, hints: tuple[str, ...], g: Gazetteer) -> tuple:
    """What a reading's result depends on: the matched key (exact key if it has exact
    hits, else the variant key: spellings folding to one key get one answer), the
    feature-word kinds, and the hints' keys."""
    core, kinds = split_feature_words(clean(target))
    ek = core.replace(" ", "")
    key = ek if g.exact_hits(ek) else "~" + variant_key(core)
    return (key, kinds, tuple(exact_key(h) for h in hints))


def _resolve_readings(query: Any, text: str, readings, fixed: list[_Hint], g: Gazetteer) -> Resolution:
    cands: list[_Cand] = []
    kinds: tuple[str, ...] = ()
    hints: list[_Hint] = list(fixed)
    unmatched_hints: list[str] = []
    for fuzzy in (False, True):
        for target, hint_texts in readings:
            cands, kinds = _candidates(target, g, fuzzy)
            if not cands:
                continue
            hints = list(fixed)
            unmatched_hints = []
            for h in hint_texts:
                hint = _hint_from_text(h, g)
                if hint is None:
                    unmatched_hints.append(h)
                else:
                    hints.append(hint)
            break
        if cands:
            break
    fallback = None
    if not cands:
        # "Shiite mosque, Islamabad": the target is unknown but its context is a place.
        # Locate it at the context (as ACLED codes an unnamed spot in a town), say so, and
        # lower the score.
        target, hint_texts = readings[-1]
        for k, h in enumerate(hint_texts):
            cands, kinds = _candidates(h, g, False)
            if cands:
                fallback = (target, h)
                hints = list(fixed) + [x for x in (_hint_from_text(t, g) for t in hint_texts[k + 1 :]) if x]
                break
    if not cands:
        return Resolution(query, "unresolved", None, f"no place matches {text!r} in {g.label or 'the gazetteer'}")

    cands = [c for c in cands if all(h.accepts(c.place) for h in fixed)]
    if not cands:
        where = " and ".join(f"'{h.text}'" for h in fixed)
        return Resolution(query, "unresolved", None, f"{text!r} matches places, but none within {where}")
    cands = _rank(cands, kinds, [h for h in hints if h not in fixed])
    best = cands[0]
    rivals = _ambiguous_with(best, cands)
    seen = {best.place.id}
    alternatives = []
    for c in cands[1:]:
        if c.place.id not in seen and len(alternatives) < MAX_ALTERNATIVES:
            seen.add(c.place.id)
            alternatives.append(c.place.with_match(score=c.score, matched=c.alias, reason="alternative"))
    messages = []
    if unmatched_hints:
        messages.append("hint(s) not recognised: " + ", ".join(repr(h) for h in unmatched_hints))
    if not best.hint_ok:
        messages.append("no candidate lies within the hint(s); best match returned with a lower score")
    status = "ambiguous" if rivals else "matched"
    score, reason = best.score, _reason(best, cands[1:], kinds, hints)
    if fallback is not None:
        score = round(score * _CONTEXT_FALLBACK, 3)
        reason = f"'{fallback[0]}' not found; placed at its context '{fallback[1]}': " + reason
        messages.insert(0, f"{fallback[0]!r} is not in the gazetteer; located at {fallback[1]!r} instead")
    if rivals:
        messages.insert(0, f"ambiguous: {len(rivals) + 1} equally good candidates far apart: "
                           + "; ".join(_describe(c.place) for c in [best, *rivals[:4]]))  # fmt: skip
    place = best.place.with_match(
        score=score,
        matched=best.alias,
        reason=reason,
        alternatives=tuple(alternatives),
        status=status,
    )
    return Resolution(query, status, place, " | ".join(messages))


def geocode(
    query: str,
    *,
    country: str | None = None,
    admin1: str | None = None,
    gazetteer: Gazetteer | None = None,
    strict: bool = False,
) -> Place | None:
    """Geocode one place name offline.

    Parameters
    ----------
    query : str
        As news writes it: "Khair Khana", "Zazai Maidan district of Khost province",
        "Kabul's Khair Khana", "خیرخانه", "Khowst".
    country, admin1 : str, optional
        Restrict to a country (ISO alpha-2 or name) or province (name or "AF.37").
    gazetteer : Gazetteer, optional
        Default: the shipped AF/PK gazetteer.
    strict : bool
        Raise :class:`~geoinc.errors.AmbiguousPlace` instead of returning the best of
        several far-apart candidates.

    Returns
    -------
    Place or None
        None when nothing matches (an honest "unresolved").

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
    r = resolve(query, country=country, admin1=admin1, gazetteer=gazetteer)
    if r.status == "invalid":
        _validate(query)  # raises the typed error
        raise GeocodeQueryError(r.message)
    if r.status == "ambiguous" and strict:
        assert r.place is not None
        raise AmbiguousPlace(r.message, (r.place, *r.place.alternatives))
    return r.place


def _prefetch_fuzzy(queries: list[str], g: Gazetteer) -> None:
    """Batch the fuzzy stage: the variant keys of queries with no exact or variant hit
    go through one vectorised rapidfuzz ``cdist`` instead of one search each."""
    keys = []
    for q in queries:
        text = q.strip()
        if not text or len(text) > MAX_QUERY_LENGTH:
            continue
        readings = _interpretations(text)
        vks = []
        hit = False
        for target, _ in readings:
            core = split_feature_words(clean(target))[0]
            if _direct_hits(core, g)[1]:  # an exact or variant hit: no fuzzy stage
                hit = True
                break
            vk = variant_key(core)
            if _fuzzy_cutoff(len(vk)) is not None and vk.isascii():
                vks.append(vk)
        if not hit:
            keys.extend(vks)
    if len(keys) > 64:
        g.prefetch_fuzzy(keys)


def _row(r: Resolution) -> tuple:
    p = r.place
    if p is None:
        return (r.query, r.status, *([None] * 15), r.message)
    alts = "; ".join(f"{a.name} ({a.kind}, {a.id})" for a in p.alternatives)
    return (r.query, r.status, p.name, p.lat, p.lon, p.country, p.admin1, p.admin2, p.kind, p.precision,
            p.uncertainty_km, p.score, p.matched, p.source, p.reason, alts, p.id, r.message)  # fmt: skip


def geocode_many(
    queries: Iterable[Any],
    *,
    country: str | None = None,
    admin1: str | None = None,
    gazetteer: Gazetteer | None = None,
    progress: bool = False,
):
    """Geocode many names: one output row per input, in input order.

    Each distinct query is resolved once.  Nothing raises per row: a bad row gets
    status ``"invalid"`` and a message naming the row and the reason.

    Parameters
    ----------
    queries : list, tuple, numpy array or pandas Series
        A Series keeps its index.
    country, admin1, gazetteer
        As in :func:`geocode` (an invalid ``country``/``admin1`` raises, since it
        concerns every row).
    progress : bool
        Show a tqdm progress bar over the distinct queries.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`RESULT_COLUMNS`; ``status`` is matched / ambiguous / unresolved
        / invalid.

    Raises
    ------
    GeocodeTypeError
        ``queries`` is a single string or not iterable.

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
        values = list(queries)
    except TypeError:
        raise GeocodeTypeError(f"queries must be iterable, got {type(queries).__name__}") from None
    g = gazetteer if gazetteer is not None else Gazetteer.default()
    if country:
        _country_hint(country, g)
    if admin1:
        _admin1_hint(admin1, g)

    cache: dict[str, tuple] = {}
    distinct = list(dict.fromkeys(v for v in values if isinstance(v, str)))
    it: Iterable[str] = distinct
    if progress:
        from tqdm.auto import tqdm

        it = tqdm(distinct, desc="geocoding", unit="name")
    _prefetch_fuzzy(distinct, g)
    for q in it:
        cache[q] = _row(resolve(q, country=country, admin1=admin1, gazetteer=g))
    rows = []
    for n, v in enumerate(values):
        if isinstance(v, str):
            rows.append(cache[v])
        else:
            label = index[n] if index is not None else n
            msg = f"row {label}: expected a str, got {type(v).__name__} {v!r:.40}"
            rows.append(_row(Resolution(v, "invalid", None, msg)))
    df = pd.DataFrame.from_records(rows, columns=list(RESULT_COLUMNS))
    invalid = df["status"] == "invalid"
    if invalid.any():
        labels = list(index) if index is not None else list(range(len(values)))
        df.loc[invalid, "message"] = [
            m if str(m).startswith("row ") else f"row {labels[i]}: {m}"
            for i, m in zip(df.index[invalid], df.loc[invalid, "message"])
        ]
    if index is not None:
        df.index = index
    return df
