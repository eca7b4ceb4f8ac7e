"""geoinc on Dask: the public functions over partitions, for archives and datasets one
machine cannot hold. Needs the ``dask`` extra: ``pip install "geoinc[dask]"``.

Every function here calls the single-machine function of the same name on each partition
(or bag element) and so gives the same result on the same input; only
:func:`border_summary` has a combine step, and it is exact (sums, counts, and the
"open-ended" flag of ``killed_max``; row labels are the partitions' own).
:func:`to_geoparquet` / :func:`read_geoparquet` write and read incident frames as
partitioned GeoParquet, object columns included. Nothing runs until you ``.compute()`` (or write);
functions that need a sample of their own output to describe it (``meta``) get it from a
worker, so the client never loads the gazetteer.

Data that geoinc builds once per process (the gazetteer, the place-name automaton, the
Durand Line distance grid and the nearest-crossing grid) is never pickled into tasks:
each worker process loads it the first time a task needs it and keeps it.
:func:`warm_workers` loads it up front on every worker (and on workers that join later)
and reports the memory it takes. Cluster management is Dask's: pass any
``distributed.Client`` (LocalCluster, an existing scheduler, dask-jobqueue,
dask-kubernetes); see docs/dask.md.

Examples
--------
>>> import dask.bag as db
>>> import geoinc.dask as gd
>>> texts = db.from_sequence(["Shelling hit Chaman.", "A blast in Kabul."], npartitions=2)
>>> [[m.text for m in ms] for ms in gd.extract_places(texts).compute(scheduler="sync")]
[['Chaman'], ['Kabul']]
"""

from __future__ import annotations

import glob
import json
import os
import resource
import warnings
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from .analysis import AMBIGUOUS, DEFAULT_BANDS_KM, IMPRECISE, NO_LOCATION, band_labels
from .border import sides
from .errors import DaskError
from .regions import Region, RegionLike, get_region

__all__ = [
    "CACHE_PARTS",
    "DaskError",
    "INCIDENT_SUFFIXES",
    "JSON_CELLS",
    "GeoincWorkerCaches",
    "border_proximity",
    "border_summary",
    "combine_summaries",
    "extract_incidents",
    "extract_places",
    "geocode_many",
    "read_geoparquet",
    "read_incidents",
    "to_geoparquet",
    "warm_workers",
    "worker_memory",
]

#: File endings :func:`read_incidents` picks up from a directory.
INCIDENT_SUFFIXES = (".csv", ".json", ".geojson", ".gpkg")
#: What :func:`warm_workers` can load, in loading order.
CACHE_PARTS = ("gazetteer", "geocoder", "automaton", "border")


def _resolved(region: RegionLike) -> Region | None:
    """The Region for ``region`` (None stays None: the shipped region, loaded on the worker);
    resolved on the client, so a relative folder means the client's."""
    return None if region is None else get_region(region)


def _dask():
    try:
        import dask
        import dask.bag
        import dask.dataframe
        import dask_geopandas  # noqa: F401  registers GeoDataFrame partitions with dask.dataframe
    except ImportError as exc:
        raise DaskError(f'geoinc.dask needs Dask: pip install "geoinc[dask]" ({exc})') from exc
    return dask


def _is_bag(obj) -> bool:
    import dask.bag

    return isinstance(obj, dask.bag.Bag)


def _is_frame(obj) -> bool:
    import dask.dataframe as dd

    return isinstance(obj, (dd.DataFrame, dd.Series))


def _require_frame(obj, what: str, fn: str):
    _dask()
    if not _is_frame(obj):
        raise DaskError(
            f"{fn} takes a dask {what}, got {type(obj).__name__}; for an in-memory frame call "
            f"geoinc.{fn} directly, or partition it first (dask_geopandas.from_geopandas)"
        )
    return obj


def _on_worker(fn, *args, **kwargs):
    """``fn(*args, **kwargs)`` as one task on the active scheduler (a worker with distributed)."""
    dask = _dask()
    return dask.delayed(fn, pure=True)(*args, **kwargs).compute()


def _empty_like_output(fn, sample, kwargs):
    return fn(sample, **kwargs).iloc[:0]


def _meta(fn, frame, **kwargs):
    """Empty frame shaped like ``fn``'s output on a partition of ``frame`` (computed on a worker)."""
    from dask.dataframe.utils import meta_nonempty

    return _on_worker(_empty_like_output, fn, meta_nonempty(frame._meta), kwargs)


# --------------------------------------------------------------------------- worker caches
_LOADED: dict[str, float] = {}


def _rss_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 2**20


def _load_caches(parts: Sequence[str]) -> dict[str, float]:
    """Load geoinc's per-process data in this process; MB of resident memory each took."""
    import geopandas as gpd
    from shapely import Point

    import geoinc
    from geoinc import border

    steps = {
        "gazetteer": lambda: geoinc.Gazetteer.default(),
        "geocoder": lambda: geoinc.geocode_many(["Kabul", "Kabull"]),
        "automaton": lambda: geoinc.extract_places("Kabul"),
        "border": lambda: geoinc.border_proximity(gpd.GeoDataFrame(geometry=[Point(69.17, 34.53)], crs=4326)),
    }
    _check_parts(parts)
    border.set_threads(1)  # Dask runs the partitions in parallel
    if "start" not in _LOADED:
        _LOADED["start"] = _rss_mb()
    for name in steps:
        if name in parts and name not in _LOADED:
            before = _rss_mb()
            steps[name]()
            _LOADED[name] = _rss_mb() - before
    return dict(_LOADED)


def _check_parts(parts: Sequence[str]) -> None:
    unknown = set(parts) - set(CACHE_PARTS)
    if isinstance(parts, str) or unknown:
        raise DaskError(f"unknown cache(s) {sorted(unknown) or parts!r}; choose from {', '.join(CACHE_PARTS)}")


def _worker_report() -> dict[str, float]:
    out = dict(_LOADED)
    out["rss_mb"] = _rss_mb()
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB
    return out


class GeoincWorkerCaches:
    """A ``distributed.WorkerPlugin`` that loads geoinc's data when a worker starts.

    Registered by :func:`warm_workers`; also runs on workers that join later.
    """

    name = "geoinc-caches"

    def __init__(self, parts: Sequence[str] = CACHE_PARTS) -> None:
        _check_parts(parts)
        self.parts = tuple(parts)

    def setup(self, worker=None) -> None:
        _load_caches(self.parts)

    def teardown(self, worker=None) -> None:
        pass


def warm_workers(client, parts: Sequence[str] = CACHE_PARTS) -> pd.DataFrame:
    """Load the gazetteer, geocoder indexes, place automaton and border grids on every worker.

    Optional (each worker otherwise loads what it needs on its first task), but it takes
    the loading out of the first tasks' time and tells you what it costs: the memory per
    part is measured on workers that had not loaded it yet (register before computing,
    or after ``client.restart()``).

    Parameters
    ----------
    client : distributed.Client
    parts : sequence of str
        Any of "gazetteer", "geocoder", "automaton", "border".

    Returns
    -------
    pandas.DataFrame
        One row per worker: resident memory (MB) at the start, taken by each part, now
        and at its peak (see :func:`worker_memory`).
    """
    _dask()
    _check_parts(parts)
    from distributed import WorkerPlugin

    plugin_cls = type("GeoincWorkerPlugin", (GeoincWorkerCaches, WorkerPlugin), {})
    client.register_plugin(plugin_cls(parts), name=GeoincWorkerCaches.name)
    return worker_memory(client)


def worker_memory(client) -> pd.DataFrame:
    """Resident memory (MB) of each worker process: at the start of geoinc's loading, per
    loaded part, now (``rss_mb``) and the peak so far (``peak_rss_mb``)."""
    reports = client.run(_worker_report)
    return pd.DataFrame.from_dict(reports, orient="index").rename_axis("worker").round(1)


# --------------------------------------------------------------------------- text
def _places_part(texts, kwargs):
    from .text import extract_places as one

    return [one(t, **kwargs) for t in texts]


def _places_series(texts: pd.Series, kwargs) -> pd.Series:
    return pd.Series(_places_part(texts, kwargs), index=texts.index, name=texts.name, dtype=object)


def extract_places(texts, *, country: str | None = None, include_cues: bool = False, region: RegionLike = None):
    """:func:`geoinc.extract_places` on every text of a ``dask.bag`` or a dask Series
    (``region``: as there; resolved here, so a relative folder means the client's).

    Returns
    -------
    dask.bag.Bag or dask.dataframe.Series
        Of lists of :class:`geoinc.text.Mention`, one per text, in order (a Series keeps
        its index). The default gazetteer and automaton are loaded once per worker.
    """
    _dask()
    kwargs = {"country": country, "include_cues": include_cues, "region": _resolved(region)}
    if _is_bag(texts):
        return texts.map_partitions(_places_part, kwargs)
    if _is_frame(texts) and texts.ndim == 1:
        return texts.map_partitions(_places_series, kwargs, meta=pd.Series(dtype=object, name=texts.name))
    raise DaskError(f"extract_places takes a dask.bag of texts or a dask Series, got {type(texts).__name__}")


def _incidents_part(texts, kwargs):
    from .textevents import extract_incidents as one

    return [one(t, **kwargs) for t in texts]


def _incidents_frame(part: pd.DataFrame, column: str, published, source, article: str, region=None):
    import geopandas as gpd

    from .textevents import extract_incidents as one

    n = len(part)
    pub = part[published[1]].tolist() if published[0] else [published[1]] * n
    src = part[source[1]].tolist() if source[0] else [source[1]] * n
    frames = []
    for label, text, p, s in zip(part.index, part[column].tolist(), pub, src):
        drafts = one(text, published=p, source=s, region=region)
        frames.append(drafts.assign(**{article: pd.Series([label] * len(drafts), index=drafts.index, dtype=object)}))
    if not frames:
        empty = one("", region=region)
        return empty.assign(**{article: pd.Series([], index=empty.index, dtype=object)})
    return gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), geometry="geometry", crs=frames[0].crs)


def extract_incidents(
    texts,
    *,
    published=None,
    source: str | None = None,
    column: str = "text",
    published_column: str | None = None,
    source_column: str | None = None,
    article: str = "article",
    region: RegionLike = None,
):
    """:func:`geoinc.extract_incidents` on every text of a ``dask.bag``, a dask Series or a
    dask DataFrame of articles (``region``: as there).

    Parameters
    ----------
    texts : dask.bag.Bag, dask Series or dask DataFrame
        Articles. A DataFrame's text is in ``column``.
    published, source
        As in :func:`geoinc.extract_incidents`, for every text.
    published_column, source_column : str, optional
        DataFrame input: take them per article from these columns instead.
    article : str
        Frame input: name of the column that holds the index label of each draft's article.

    Returns
    -------
    dask.bag.Bag or dask_geopandas.GeoDataFrame
        A bag of one GeoDataFrame of drafts per text; for Series/DataFrame input, all
        drafts in one frame (rows in article order) with the ``article`` column.
    """
    _dask()
    if _is_bag(texts):
        return texts.map_partitions(_incidents_part, {"published": published, "source": source, "region": _resolved(region)})
    if not _is_frame(texts):
        raise DaskError(f"extract_incidents takes a dask.bag, Series or DataFrame, got {type(texts).__name__}")
    frame = texts.to_frame(name=column) if texts.ndim == 1 else texts
    for c in (column, published_column, source_column):
        if c is not None and c not in frame.columns:
            raise DaskError(f"extract_incidents: no column {c!r}; columns are {list(frame.columns)}")
    pub = (True, published_column) if published_column else (False, published)
    src = (True, source_column) if source_column else (False, source)
    reg = _resolved(region)
    meta = _on_worker(_empty_like_output, lambda p: _incidents_frame(p, column, pub, src, article, reg), frame._meta, {})
    return frame.map_partitions(_incidents_frame, column, pub, src, article, reg, meta=meta, enforce_metadata=False)


# --------------------------------------------------------------------------- geocoding and incidents
def _geocode_part(queries: pd.Series, names: tuple[str, ...], *aligned, kwargs):
    from .geocoding import geocode_many as one

    return one(queries, **kwargs, **dict(zip(names, aligned)))


def geocode_many(queries, **kwargs):
    """:func:`geoinc.geocode_many` on each partition of a dask Series of place names.

    Keyword arguments go to :func:`geoinc.geocode_many` unchanged; one that is itself a
    dask Series (a per-row hint, where geocode_many accepts aligned sequences) is aligned
    with ``queries`` partition by partition.

    Returns
    -------
    dask.dataframe.DataFrame
        The single-machine result's columns, with the index of ``queries``.
    """
    _require_frame(queries, "Series of names", "geocode_many")
    if queries.ndim != 1:
        raise DaskError("geocode_many takes a dask Series of names (one column), not a DataFrame")
    aligned = {k: v for k, v in kwargs.items() if _is_frame(v)}
    scalar = {k: v for k, v in kwargs.items() if k not in aligned}
    names = tuple(aligned)
    meta = _meta(lambda s: _geocode_part(s, (), kwargs=scalar), queries)
    return queries.map_partitions(_geocode_part, names, *aligned.values(), kwargs=scalar, meta=meta)


def _incident_files(source) -> list[str]:
    if isinstance(source, (list, tuple)):
        files = [str(s) for s in source]
    else:
        p = Path(source)
        if p.is_dir():
            files = sorted(str(f) for f in p.iterdir() if f.is_file() and f.suffix.lower() in INCIDENT_SUFFIXES)
        else:
            files = sorted(glob.glob(str(source), recursive=True))
    if not files:
        raise DaskError(
            f"read_incidents: no incident files at {source!r} (a directory of "
            f"{'/'.join(INCIDENT_SUFFIXES)} files, a glob such as 'exports/*.csv', or a list)"
        )
    missing = [f for f in files if not os.path.isfile(f)]
    if missing:
        raise DaskError(f"read_incidents: not a file: {missing[0]}")
    return files


def _read_one(path: str, kwargs):
    from .incidents import read_incidents as one

    return one(path, **kwargs)


def read_incidents(source, **kwargs):
    """:func:`geoinc.read_incidents` on every file of a directory, a glob or a list of paths.

    One partition per file, in sorted path order; each partition's index is that file's
    (0..n-1). Keyword arguments go to :func:`geoinc.read_incidents` unchanged.

    Returns
    -------
    dask_geopandas.GeoDataFrame
        Equal to ``pd.concat([geoinc.read_incidents(f) for f in files])``.
    """
    dask = _dask()
    import dask.dataframe as dd

    files = _incident_files(source)
    meta = _on_worker(_empty_like_output, _read_one, files[0], {"kwargs": kwargs})
    with dask.config.set({"dataframe.convert-string": False}):
        return dd.from_map(_read_one, files, args=(kwargs,), meta=meta, label="geoinc-read-incidents", enforce_metadata=False)


# --------------------------------------------------------------------------- border
def _proximity_part(part, crossings: bool, region=None):
    from .analysis import border_proximity as one
    from .border import threads

    with threads(1):
        return one(part, crossings=crossings, region=region)


def border_proximity(frame, *, crossings: bool = True, region: RegionLike = None):
    """:func:`geoinc.border_proximity` on each partition of a dask-geopandas GeoDataFrame
    (``region``: as there).

    Returns
    -------
    dask_geopandas.GeoDataFrame
        The same columns as the single-machine call, partition for partition.
    """
    _require_frame(frame, "GeoDataFrame (dask_geopandas)", "border_proximity")
    reg = _resolved(region)
    meta = _meta(_proximity_part, frame, crossings=crossings, region=reg)
    return frame.map_partitions(_proximity_part, crossings, reg, meta=meta)


def _summary_part(part, bands_km, by, region=None):
    from .analysis import border_summary as one
    from .border import threads

    with threads(1):
        return one(part, bands_km=bands_km, by=by, region=region)


def _fixed_orders(bands_km: Sequence[float], region: RegionLike = None) -> dict[str, list[str]]:
    """Row order of the ``side`` and ``band`` columns of a :func:`geoinc.border_summary` table."""
    return {"side": [*sides(region), "unknown"], "band": [*band_labels(bands_km), IMPRECISE, AMBIGUOUS, NO_LOCATION]}


def combine_summaries(
    parts: Sequence[pd.DataFrame], *, bands_km: Sequence[float] = DEFAULT_BANDS_KM, by=None, region: RegionLike = None
) -> pd.DataFrame:
    """One :func:`geoinc.border_summary` table from the tables of disjoint parts, exactly.

    Counts and sums add up; ``killed_max`` stays unknown (NaN) for a group if it is unknown
    in any part (an open-ended figure). Row labels are the parts' own (the single-machine
    function labels every row, e.g. "2025 (month unknown)" or "2026-02…2026-03" with
    ``by="month"``), and rows come out in the single-machine order: grouped and sorted the
    way :func:`geoinc.border_summary` sorts them (``by`` values sorted as values, then side
    and band in their fixed order).

    Raises
    ------
    DaskError
        No tables, or a side/band label the given ``bands_km`` does not produce (parts
        summarised with other bands).
    """
    keys = [] if by is None else ([by] if isinstance(by, str) else list(by))
    group = [*keys, "side", "band"]
    parts = [p for p in parts if len(p)] or list(parts[:1])
    if not parts:
        raise DaskError("combine_summaries needs at least one table")
    table = pd.concat(parts, ignore_index=True)
    columns = list(parts[0].columns)
    missing = [c for c in group if c not in table]
    if missing:
        raise DaskError(f"combine_summaries: the tables have no column(s) {missing}; pass the by= they were made with")
    values = [c for c in columns if c not in group]
    for col, cats in _fixed_orders(bands_km, region).items():
        strange = set(table[col].astype(object).unique()) - set(cats)
        if strange:
            raise DaskError(
                f"combine_summaries: {col} label(s) {sorted(map(str, strange))} are not among {cats}; "
                f"were the parts summarised with other bands_km?"
            )
        table[col] = pd.Categorical(table[col], categories=cats, ordered=True)
    for k in keys:  # the single-machine table sorts these as values (period labels: as text)
        table[k] = table[k].astype(object)
    table["_open"] = table["killed_max"].isna().astype("int64")
    out = table.groupby(group, sort=True, observed=True, dropna=False)[[*values, "_open"]].sum(min_count=0).reset_index()
    out.loc[out["_open"] > 0, "killed_max"] = float("nan")
    for c in group:
        out[c] = out[c].astype(object)
    return out[columns]


def border_summary(frame, *, bands_km: Sequence[float] = DEFAULT_BANDS_KM, by=None, compute: bool = True, region: RegionLike = None):
    """:func:`geoinc.border_summary` over a dask-geopandas GeoDataFrame, combined exactly
    (``region``: as there).

    Each partition is summarised by the single-machine function (which adds the proximity
    columns if missing); :func:`combine_summaries` adds the partial tables up.

    Returns
    -------
    pandas.DataFrame, or a ``dask.delayed`` of it with ``compute=False``
        Equal to ``geoinc.border_summary(whole_frame, ...)``.
    """
    _require_frame(frame, "GeoDataFrame (dask_geopandas)", "border_summary")
    dask = _dask()
    reg = _resolved(region)
    parts = [dask.delayed(_summary_part)(p, tuple(bands_km), by, reg) for p in frame.to_delayed()]
    total = dask.delayed(combine_summaries)(parts, bands_km=tuple(bands_km), by=by, region=reg)
    return total.compute() if compute else total


# --------------------------------------------------------------------------- output
#: Column that :func:`to_geoparquet` adds to frames with object columns: per row, a JSON
#: list of the columns whose cell holds JSON text (null when none).
JSON_CELLS = "geoinc_json_cells"
_META_KEY = b"geoinc"


def _object_columns(frame: pd.DataFrame) -> list[str]:
    """Columns of ``frame`` with dtype object (not geometry): Parquet has no type for them."""
    from pandas.api.types import is_object_dtype

    return [str(c) for c, t in frame.dtypes.items() if is_object_dtype(t)]


def _json_default(value):
    import numpy as np

    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, np.ndarray):
        return value.tolist()
    raise TypeError(type(value).__name__)


def _to_json(value, column: str) -> str:
    try:
        return json.dumps(value, ensure_ascii=False, default=_json_default)
    except (TypeError, ValueError):
        raise DaskError(
            f"to_geoparquet: column {column!r} holds a {type(value).__name__} ({str(value)[:60]!r}), "
            f"which has no Parquet or JSON form; convert the column (e.g. to str) first"
        ) from None


def _encode_objects(part: pd.DataFrame, columns: Sequence[str], keys: Sequence[str] = ()) -> pd.DataFrame:
    """Object columns as text: str cells as they are, other values as JSON (listed in JSON_CELLS).

    ``keys`` (the ``partition_on`` columns) must have a value in every row.
    """
    import numpy as np
    from pandas.api.types import infer_dtype

    for k in keys:
        n_missing = int(part[k].isna().sum())
        if n_missing:
            raise DaskError(
                f"to_geoparquet: partition_on column {k!r} is missing in {n_missing} row(s) of a partition; "
                f"Parquet (pyarrow) cannot read back directories of missing values. Fill them first, "
                f"e.g. frame[{k!r}] = frame[{k!r}].fillna('unknown')"
            )
    if not columns:
        return part
    out = part.copy()
    n = len(part)
    marks = np.zeros((n, len(columns)), dtype=bool)
    for j, c in enumerate(columns):
        v = part[c].to_numpy(dtype=object)
        missing = pd.isna(v)
        if infer_dtype(v, skipna=True) not in ("string", "empty"):  # fast path: text only
            is_str = np.fromiter((isinstance(x, str) for x in v), dtype=bool, count=n)
            marks[:, j] = ~is_str & ~missing
            v = v.copy()
            v[marks[:, j]] = [_to_json(x, c) for x in v[marks[:, j]]]
        v = np.where(missing, None, v)
        out[c] = pd.array(v, dtype="string")
    flags = np.full(n, None, dtype=object)
    rows = marks.any(axis=1)
    if rows.any():  # one JSON list per distinct pattern of non-text cells, not per row
        patterns, inv = np.unique(marks[rows], axis=0, return_inverse=True)
        lists = np.array([json.dumps([c for c, m in zip(columns, p) if m], ensure_ascii=False) for p in patterns])
        flags[rows] = lists[inv.ravel()]
    out[JSON_CELLS] = pd.array(flags, dtype="string")
    return out


def _decode_objects(part: pd.DataFrame, columns: Sequence[str]) -> pd.DataFrame:
    """Inverse of :func:`_encode_objects`: object columns again, JSON cells parsed."""
    import numpy as np

    if JSON_CELLS not in part.columns:
        return part
    out = part.drop(columns=JSON_CELLS)
    # partition_on columns come back from the directory names as categories: left as they are
    arrays = {
        c: out[c].to_numpy(dtype=object, na_value=None, copy=True)
        for c in columns
        if c in out and not isinstance(out[c].dtype, pd.CategoricalDtype)
    }
    flags = part[JSON_CELLS].to_numpy(dtype=object, na_value=None)
    present = pd.notna(flags)
    for flag in pd.unique(flags[present]):  # one pattern of JSON cells at a time
        rows = np.flatnonzero(present & (flags == flag))
        for c in json.loads(flag):
            arr = arrays.get(c)
            if arr is None:
                continue
            for r in rows:  # element-wise: a list value must stay one cell
                arr[r] = json.loads(arr[r])
    for c, arr in arrays.items():
        out[c] = pd.Series(arr, index=out.index, dtype=object)
    return out


def to_geoparquet(frame, path, *, partition_on: str | Sequence[str] | None = None, **kwargs) -> None:
    """Write an incident frame as partitioned GeoParquet (one file per partition).

    ``partition_on`` splits the output into ``column=value`` directories (e.g.
    ``"country"``). Other keywords go to ``dask_geopandas`` ``to_parquet``.

    Columns of dtype object (which Parquet cannot type: ``read_incidents`` keeps every
    input column as given, and columns such as ``given_values`` or GeoJSON properties may
    mix text, numbers, lists and dicts) are written as text: text cells unchanged, any
    other value as JSON, and the column :data:`JSON_CELLS` lists per row which cells hold
    JSON. :func:`read_geoparquet` restores the values exactly (tuples and arrays come
    back as lists); other readers see plain text.

    Raises
    ------
    DaskError
        No CRS, or a value with neither a Parquet nor a JSON form (raised when computed).
    """
    _require_frame(frame, "GeoDataFrame (dask_geopandas)", "to_geoparquet")
    if getattr(frame, "crs", None) is None:
        raise DaskError("to_geoparquet: the frame has no CRS; set one (frame.set_crs(4326)) before writing")
    if JSON_CELLS in frame.columns:
        raise DaskError(
            f"to_geoparquet: the frame already has a {JSON_CELLS!r} column (read it with "
            f"geoinc.dask.read_geoparquet, which restores the values and drops it)"
        )
    on = [partition_on] if isinstance(partition_on, str) else partition_on
    columns = _object_columns(frame._meta)
    missing = [c for c in on or () if c not in frame.columns]
    if missing:
        raise DaskError(f"to_geoparquet: partition_on names no column(s) {missing}")
    if columns or on:
        meta = _encode_objects(frame._meta, columns)
        frame = frame.map_partitions(_encode_objects, columns, on or (), meta=meta)
    custom = {**kwargs.pop("custom_metadata", {}), _META_KEY: json.dumps({"object_columns": columns}).encode()}
    frame.to_parquet(str(path), partition_on=on, custom_metadata=custom, **kwargs)


def _object_columns_written(path) -> list[str]:
    import pyarrow.parquet as pq

    p = Path(path)
    files = [p] if p.is_file() else sorted(f for f in p.rglob("*.parquet") if f.is_file())
    if not files:
        raise DaskError(f"read_geoparquet: no Parquet files at {str(path)!r}")
    meta = pq.read_schema(files[0]).metadata or {}
    return list(json.loads(meta[_META_KEY])["object_columns"]) if _META_KEY in meta else []


def read_geoparquet(path, **kwargs):
    """Read what :func:`to_geoparquet` wrote, with every value as it was written.

    Keywords go to ``dask_geopandas.read_parquet``. Object columns come back as object
    columns holding the original values (JSON cells parsed) and :data:`JSON_CELLS` is
    dropped; GeoParquet written by other tools is read unchanged.

    Returns
    -------
    dask_geopandas.GeoDataFrame
    """
    _dask()
    import dask_geopandas

    columns = _object_columns_written(path)
    with warnings.catch_warnings():  # dask's reader (2026.8) on pandas 3.1: a deprecation of its own, not the user's
        warnings.filterwarnings("ignore", message="The inplace keyword in GeoDataFrame")
        frame = dask_geopandas.read_parquet(str(path), **kwargs)
        if JSON_CELLS not in frame.columns:
            return frame
        meta = _decode_objects(frame._meta, columns)
        return frame.map_partitions(_decode_objects, columns, meta=meta)
