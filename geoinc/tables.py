"""Read a table of incidents from a file or a frame, as it is: every column, every row.

One job: bytes to a frame of cells (text for CSV, as stored for JSON, GeoJSON and
GeoPackage), plus the geometry when the file has one. Every problem with the file as a
whole raises :class:`~geoinc.errors.IncidentFileError` with one line saying what is wrong
and how to fix it; problems with single cells are left to :mod:`geoinc.incidents`.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .errors import IncidentFileError

__all__ = ["FORMULA_PREFIXES", "RawTable", "read_table", "unescape_formula", "unescape_frame"]

#: Cells starting with these are read as formulas by spreadsheets; geoinc's CSV writer
#: prefixes them with ``'`` and the reader takes the quote off again.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_SEPARATORS = (",", ";", "\t", "|")
_SUFFIXES = ".csv, .tsv, .txt, .json, .geojson, .gpkg" + " or .xlsx (with openpyxl)"
_SNIFF_BYTES = 1 << 16
#: Files larger than this get a progress bar while read (with ``progress=True``).
PROGRESS_BYTES = 32 << 20


@dataclass
class RawTable:
    """A table as read: ``frame`` (one row per record), ``geometry`` (a GeoSeries in
    EPSG:4326, or None), ``label`` (the file name, for messages), ``kind`` ("csv",
    "json", "geojson", "gpkg", "xlsx", "frame") and file-level ``notes``."""

    frame: pd.DataFrame
    geometry: Any
    label: str
    kind: str
    notes: tuple[str, ...] = ()


def read_table(
    source: Any, *, encoding: str | None = None, sep: str | None = None, layer: str | int | None = None, progress: bool = False
) -> RawTable:
    """Read ``source`` (path or DataFrame) into a :class:`RawTable`.

    Raises
    ------
    IncidentFileError
        Not a path or frame, a missing file, a directory, an empty file, an encoding or
        separator that cannot be read, an unclosed quote, ragged rows, duplicate column
        names, invalid JSON/GeoJSON, a GeoPackage with several layers and no ``layer``.
    """
    import geopandas as gpd

    if isinstance(source, gpd.GeoDataFrame):
        from .coords import require_wgs84

        gdf = require_wgs84(source, IncidentFileError)
        _check_columns(gdf.columns, "frame")
        geom = gdf.geometry.reset_index(drop=True)
        return RawTable(pd.DataFrame(gdf.drop(columns=gdf.geometry.name)).reset_index(drop=True), geom, "frame", "frame")
    if isinstance(source, pd.DataFrame):
        _check_columns(source.columns, "frame")
        return RawTable(source.reset_index(drop=True), None, "frame", "frame")
    if not isinstance(source, (str, Path)):
        raise IncidentFileError(f"read_incidents takes a file path or a DataFrame, got {type(source).__name__}")
    path = Path(source)
    if path.is_dir():
        raise IncidentFileError(f"{path}: is a directory; give a file in it (e.g. {path}/incidents.csv)")
    if not path.exists():
        raise IncidentFileError(f"{path}: no such file; check the path")
    suffix = path.suffix.lower()
    if path.stat().st_size == 0:
        raise IncidentFileError(f"{path}: the file is empty; export the table again with its header row")
    if suffix == ".gpkg":
        return _read_gpkg(path, layer)
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path, layer)
    if suffix in (".xls", ".ods", ".shp", ".parquet", ".zip"):
        raise IncidentFileError(f"{path}: {suffix} files are not read; save the table as CSV (UTF-8) and read that")
    head = _head(path)
    enc = _encoding(path, head, encoding)
    if suffix in (".geojson", ".json"):
        return _read_json(path, enc)
    if suffix in (".csv", ".tsv", ".txt", ""):
        return _read_csv(path, head, enc, sep if sep is not None else ("\t" if suffix == ".tsv" else None), progress)
    raise IncidentFileError(f"{path}: unknown format {suffix!r}; use {_SUFFIXES}")


# ----------------------------------------------------------------------------- helpers
def _head(path: Path) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(_SNIFF_BYTES)
    except OSError as exc:
        raise IncidentFileError(f"{path}: cannot be read ({exc.strerror}); check its permissions") from None


def _encoding(path: Path, head: bytes, encoding: str | None) -> str:
    """The encoding to read with: the one asked for, else UTF-16 by its BOM, else UTF-8."""
    if encoding:
        import codecs

        try:
            return codecs.lookup(encoding).name
        except LookupError:
            raise IncidentFileError(f"encoding={encoding!r} is not a known encoding; e.g. 'utf-8', 'cp1252', 'latin-1'") from None
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if len(head) >= 4 and head[1:4:2] == b"\x00\x00" and head[0:4:2] != b"\x00\x00":
        raise IncidentFileError(
            f"{path}: looks like UTF-16 without a byte-order mark; pass encoding='utf-16-le' "
            "(CLI: --encoding utf-16-le) or re-save it as UTF-8"
        )
    return "utf-8"


def _not_utf8(path: Path) -> IncidentFileError:
    """The first byte that is not UTF-8, with a hint (found by decoding in chunks)."""
    import codecs

    dec = codecs.getincrementaldecoder("utf-8")()
    offset = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            try:
                dec.decode(chunk)
            except UnicodeDecodeError as exc:
                pos = offset + exc.start - len(dec.getstate()[0])
                bad = chunk[exc.start : exc.start + 1]
                return IncidentFileError(
                    f"{path}: not UTF-8 (byte {pos}: {bad!r}); if it was saved as Windows-1252 or Latin-1 pass "
                    "encoding='cp1252' (CLI: --encoding cp1252), or re-save it as UTF-8"
                )
            offset += len(chunk)
    return IncidentFileError(f"{path}: not UTF-8; pass encoding= (CLI: --encoding) or re-save it as UTF-8")


def _check_columns(columns, label: str) -> None:
    names = [str(c) for c in columns]
    seen: dict[str, int] = {}
    for i, c in enumerate(names):
        if c in seen:
            raise IncidentFileError(f"{label}: column {c!r} appears twice (columns {seen[c] + 1} and {i + 1}); rename or remove one")
        seen[c] = i


def _header_line(path: Path, head: bytes, enc: str) -> str:
    text = head.decode(enc, errors="replace").lstrip("\ufeff")
    for line in text.splitlines():
        if line.strip():
            return line
    raise IncidentFileError(f"{path}: no header row (the file holds only blank lines); export the table again")


def _separator(path: Path, header: str, sep: str | None) -> str:
    if sep is not None:
        if len(sep) != 1:
            raise IncidentFileError(f"sep={sep!r}: give one character, e.g. ',' ';' or '\\t'")
        return sep
    counts = {s: len(re.findall(re.escape(s), re.sub(r'"[^"]*"', "", header))) for s in _SEPARATORS}
    best = max(_SEPARATORS, key=lambda s: (counts[s], s == ","))
    return best


def _read_csv(path: Path, head: bytes, enc: str, sep: str | None, progress: bool) -> RawTable:
    header = _header_line(path, head, enc)
    sep = _separator(path, header, sep)
    try:
        names = next(csv.reader([header], delimiter=sep))
    except csv.Error as exc:
        raise IncidentFileError(f"{path}: the header row cannot be read ({exc}); check its quotes") from None
    names = [n.strip() for n in names]
    _check_columns(names, str(path))
    if "" in names:
        k = names.index("")
        raise IncidentFileError(f"{path}: column {k + 1} of the header has no name; name it or delete the column")
    if not enc.startswith("utf-16"):
        _check_quotes(path)
    frame = _read_csv_arrow(path, names, enc, sep, progress)
    return RawTable(frame, None, str(path), "csv")


def _check_quotes(path: Path) -> None:
    """An odd number of double quotes means one is never closed (the reader would run the
    rest of the file into one cell); name the line of the last one."""
    count, last, offset = 0, -1, 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 24):
            k = chunk.count(b'"')
            if k:
                count += k
                last = offset + chunk.rfind(b'"')
            offset += len(chunk)
    if count % 2 == 0:
        return
    with open(path, "rb") as fh:
        line = fh.read(last).count(b"\n") + 1
    raise IncidentFileError(f'{path}: a quote on line {line} is not closed; close it, or double it ("") inside the cell')


def _read_csv_arrow(path: Path, names: list[str], enc: str, sep: str, progress: bool) -> pd.DataFrame:
    import pyarrow as pa
    import pyarrow.csv as pc

    bad: list[Any] = []

    def on_bad_row(row) -> str:
        bad.append(row)
        return "error"

    size = path.stat().st_size
    # one thread: on a shared 2-core machine the threads cost more CPU than they save time
    read_opts = pc.ReadOptions(encoding=enc, skip_rows=1, column_names=names, use_threads=False)
    # a header line that starts with blank lines: skip those too
    with open(path, "rb") as fh:
        lead = 0
        for raw in fh:
            if raw.strip(b"\r\n\t \xef\xbb\xbf\x00\xff\xfe"):
                break
            lead += 1
    read_opts.skip_rows = 1 + lead
    parse_opts = pc.ParseOptions(delimiter=sep, newlines_in_values=True, invalid_row_handler=on_bad_row)
    conv = pc.ConvertOptions(
        column_types={n: pa.large_string() for n in names}, strings_can_be_null=False, quoted_strings_can_be_null=False
    )
    bar = None
    if progress and size > PROGRESS_BYTES:
        from tqdm.auto import tqdm

        bar = tqdm(total=size, desc=f"reading {path.name}", unit="B", unit_scale=True)
    try:
        if bar is None:  # all cores, one call
            table = pc.read_csv(path, read_options=read_opts, parse_options=parse_opts, convert_options=conv)
        else:  # block by block, for the progress bar
            reader = pc.open_csv(path, read_options=read_opts, parse_options=parse_opts, convert_options=conv)
            batches = []
            for batch in reader:
                batches.append(batch)
                bar.update(min(size - bar.n, batch.nbytes))
            table = pa.Table.from_batches(batches, schema=reader.schema)
    except pa.ArrowInvalid as exc:
        raise _csv_error(path, str(exc), bad, len(names), sep, enc) from None
    except (UnicodeDecodeError, pa.ArrowException) as exc:
        raise _csv_error(path, str(exc), bad, len(names), sep, enc) from None
    finally:
        if bar is not None:
            bar.update(size - bar.n)
            bar.close()
    return table.to_pandas()


def _csv_error(path: Path, text: str, bad: list, ncols: int, sep: str, enc: str) -> IncidentFileError:
    if "UTF8" in text or "UTF-8" in text or "utf-8" in text or "decode" in text:
        return (
            _not_utf8(path)
            if enc == "utf-8"
            else IncidentFileError(f"{path}: cannot be decoded as {enc}; check the encoding= you gave")
        )
    name = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}.get(sep, repr(sep))
    if bad:
        row = bad[0]
        snippet = (row.text or "")[:60].replace("\n", "\\n").replace("\r", "\\r")
        if row.actual_columns > ncols and snippet.count('"') % 2 == 0:
            return IncidentFileError(
                f"{path}: a row has {row.actual_columns} {name}-separated fields, the header {ncols} "
                f"(starts {snippet!r}); quote cells that contain a {name}, or fix the row"
            )
        if snippet.count('"') % 2 == 1 or row.actual_columns < ncols and '"' in (row.text or ""):
            return IncidentFileError(
                f'{path}: a quote is not closed (row starting {snippet!r}); close the quote or double it ("") inside the cell'
            )
        return IncidentFileError(
            f"{path}: a row has {row.actual_columns} {name}-separated fields, the header {ncols} (starts {snippet!r}); "
            "every row needs one cell per column (empty cells are fine)"
        )
    if "quote" in text.lower() or "unexpected end" in text.lower():
        return IncidentFileError(f'{path}: a quote is not closed; close it or double it ("") inside the cell')
    return IncidentFileError(
        f"{path}: not a readable {name}-separated table ({text.splitlines()[0][:120]}); check the separator (sep=) and the quotes"
    )


def unescape_formula(values: pd.Series) -> pd.Series:
    """Undo geoinc's formula escape: ``'=1+1`` -> ``=1+1``, ``''=x`` -> ``'=x`` (see
    :func:`geoinc.io.escape_formula`)."""
    pattern = "^'+[" + re.escape("".join(FORMULA_PREFIXES)) + "]"
    hit = values.str.contains(pattern, regex=True, na=False)
    if not hit.any():
        return values
    out = values.copy()
    out[hit] = values[hit].str.slice(1)
    return out


def unescape_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """:func:`unescape_formula` on every text column that has a cell starting with a quote."""
    for c in frame.columns:
        col = frame[c]
        if col.str.startswith("'").any():
            frame[c] = unescape_formula(col)
    return frame


def _jsonish(value: Any) -> Any:
    """Lists and objects inside JSON properties become JSON text (never a Python repr)."""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=isinstance(value, dict))
    return value


def _records_frame(records: list[dict]) -> pd.DataFrame:
    df = pd.DataFrame.from_records(records) if records else pd.DataFrame()
    for c in df.columns:
        col = df[c]
        if col.dtype == object:
            nested = col.map(lambda v: isinstance(v, (list, dict)))
            if nested.any():
                df[c] = col.map(_jsonish) if c != "sources" else col.map(_sources_cell)
    return df


def _sources_cell(value: Any) -> Any:
    """A JSON array of sources -> the ``sources`` text ("Outlet <url>; Outlet2")."""
    if not isinstance(value, list):
        return _jsonish(value)
    parts = []
    for item in value:
        if isinstance(item, dict):
            outlet = str(item.get("outlet") or item.get("name") or item.get("title") or "").strip()
            url = str(item.get("url") or item.get("link") or "").strip()
            parts.append(f"{outlet} <{url}>".strip() if url else outlet)
        elif isinstance(item, (list, tuple)) and len(item) == 2:
            parts.append(f"{item[0]} <{item[1]}>" if item[1] else str(item[0]))
        else:
            parts.append(str(item))
    return "; ".join(p for p in parts if p)


def _read_json(path: Path, enc: str) -> RawTable:
    try:
        text = path.read_text(encoding="utf-8-sig" if enc == "utf-8" else enc)
    except UnicodeDecodeError:
        raise _not_utf8(path) from None
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise IncidentFileError(
            f"{path}: not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno}); check the file with a JSON validator"
        ) from None
    except RecursionError:
        raise IncidentFileError(
            f"{path}: JSON nested too deeply to be a table of incidents; give a list of records or a FeatureCollection"
        ) from None
    if isinstance(doc, dict) and doc.get("type") == "FeatureCollection":
        return _read_features(doc, path)
    if isinstance(doc, dict) and doc.get("type") == "Feature":
        return _read_features({"type": "FeatureCollection", "features": [doc]}, path)
    if isinstance(doc, dict):
        doc = doc.get("incidents", doc.get("data", doc))
    if not isinstance(doc, list) or not all(isinstance(r, dict) for r in doc):
        raise IncidentFileError(f'{path}: expected a list of records, an {{"incidents": [...]}} object or a GeoJSON FeatureCollection')
    frame = _records_frame(doc)
    _check_columns(frame.columns, str(path))
    return RawTable(frame, None, str(path), "json")


def _crs_name(crs: Any, path: Path) -> str | None:
    if crs is None:
        return None
    name = (crs.get("properties") or {}).get("name") if isinstance(crs, dict) else None
    if not isinstance(name, str) or not name.strip():
        raise IncidentFileError(
            f'{path}: the \'crs\' member must look like {{"type": "name", "properties": {{"name": "EPSG:4326"}}}}, '
            f"got {json.dumps(crs)[:60]}; remove it if the coordinates are WGS84 lon/lat (RFC 7946)"
        )
    return name


def _read_features(doc: dict, path: Path) -> RawTable:
    import geopandas as gpd
    import shapely

    feats = doc.get("features")
    if feats is None:
        feats = []
    if not isinstance(feats, list):
        raise IncidentFileError(f"{path}: 'features' must be a list of Feature objects, got {type(feats).__name__}")
    bad = next((i for i, f in enumerate(feats) if not isinstance(f, dict)), None)
    if bad is not None:
        raise IncidentFileError(f'{path}: feature {bad + 1} is not an object; each feature needs "properties" and "geometry"')
    props = []
    for i, f in enumerate(feats):
        p = f.get("properties")
        if p is not None and not isinstance(p, dict):
            raise IncidentFileError(f"{path}: feature {i + 1}'s properties is not an object")
        props.append(p or {})
    raw_geoms = [f.get("geometry") for f in feats]
    texts = np.array([json.dumps(g) if isinstance(g, dict) else None for g in raw_geoms], dtype=object)
    geoms = shapely.from_geojson(texts, on_invalid="ignore") if len(texts) else np.array([], dtype=object)
    problems = np.full(len(feats), "", dtype=object)
    for i, (g, out) in enumerate(zip(raw_geoms, geoms)):  # only rows whose geometry failed are described
        if g is not None and out is None:
            kind = g.get("type") if isinstance(g, dict) else type(g).__name__
            problems[i] = f"geometry {str(kind)[:30]!r} cannot be read ({_geometry_problem(g)}); geometry ignored"
    frame = _records_frame(props)
    if len(frame) < len(feats):
        frame = frame.reindex(range(len(feats)))
    _check_columns(frame.columns, str(path))
    if problems.any():
        frame["__row_note"] = problems
    crs = _crs_name(doc.get("crs"), path)
    series = gpd.GeoSeries(geoms, crs="EPSG:4326")
    notes: tuple[str, ...] = ()
    if crs and not re.search(r"CRS84|EPSG:{0,2}4326$", crs):
        try:
            series = gpd.GeoSeries(geoms, crs=crs).to_crs("EPSG:4326")
        except Exception as exc:  # pyproj raises several types; all mean "unknown CRS"
            raise IncidentFileError(
                f"{path}: declares CRS {crs!r}, which cannot be converted to WGS84 ({str(exc)[:80]}); remove the crs member or fix it"
            ) from None
        notes = (f"reprojected from {crs} (RFC 7946 GeoJSON is WGS84 lon/lat)",)
    return RawTable(frame, series.reset_index(drop=True), str(path), "geojson", notes)


def _geometry_problem(g: Any) -> str:
    if not isinstance(g, dict):
        return "not an object"
    t, c = g.get("type"), g.get("coordinates")
    if t not in ("Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection"):
        return "unknown geometry type"
    if t == "Point" and (not isinstance(c, list) or len(c) < 2):
        return "a Point needs [lon, lat]"
    return "bad coordinates"


def _read_gpkg(path: Path, layer: str | int | None) -> RawTable:
    import warnings

    import pyogrio

    with open(path, "rb") as fh:
        head = fh.read(72)
    if not head.startswith(b"SQLite format 3\x00") or head[68:72] not in (b"GPKG", b"GP10", b"GP11"):
        raise IncidentFileError(f"{path}: not a GeoPackage (no GeoPackage header); export it again from your GIS")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # GDAL's notes on odd files; the error says it
            layers = pyogrio.list_layers(path)
    except Exception as exc:  # GDAL raises DataSourceError and others for a corrupt file
        raise IncidentFileError(f"{path}: not a readable GeoPackage ({str(exc).splitlines()[0][:100]}); export it again") from None
    names = [str(x) for x in layers[:, 0]] if len(layers) else []
    if not names:
        raise IncidentFileError(f"{path}: the GeoPackage holds no layer")
    if layer is None:
        if len(names) > 1:
            raise IncidentFileError(
                f"{path}: holds {len(names)} layers ({', '.join(names)}); pass layer={names[0]!r} (CLI: --layer {names[0]})"
            )
        layer = names[0]
    elif isinstance(layer, str) and layer not in names:
        raise IncidentFileError(f"{path}: no layer {layer!r}; its layers: {', '.join(names)}")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            gdf = pyogrio.read_dataframe(path, layer=layer)
    except Exception as exc:
        raise IncidentFileError(f"{path}: layer {layer!r} cannot be read ({str(exc).splitlines()[0][:100]})") from None
    if not hasattr(gdf, "geometry"):
        return RawTable(pd.DataFrame(gdf), None, str(path), "gpkg")
    raw = read_table(gdf)
    return RawTable(raw.frame, raw.geometry, str(path), "gpkg")


def _read_xlsx(path: Path, sheet: str | int | None) -> RawTable:
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        raise IncidentFileError(
            f"{path}: reading .xlsx needs openpyxl (pip install 'geoinc[xlsx]'); or save the sheet as CSV (UTF-8) and read that"
        ) from None
    try:
        frame = pd.read_excel(path, sheet_name=0 if sheet is None else sheet, dtype=str, keep_default_na=False)
    except Exception as exc:  # openpyxl raises several types for damaged files
        raise IncidentFileError(f"{path}: not a readable .xlsx ({str(exc)[:100]}); save it as CSV (UTF-8)") from None
    _check_columns(frame.columns, str(path))
    return RawTable(frame, None, str(path), "xlsx")
