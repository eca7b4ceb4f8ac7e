"""Compact columnar storage of a gazetteer: one ``.npz`` file, read in a fraction of a second.

A gazetteer of ~165,000 places is too large to parse from CSV on every start.  The
build (``gazetteer/build.py``) writes it once as numpy arrays:

* numeric columns as typed arrays (``lat``, ``lon``, ``precision``, ...);
* repetitive text columns (``kind``, ``admin1``, ``source``, ...) dictionary-encoded:
  an ``int32`` code per row and the distinct values;
* unique text columns (``id``, ``name``, ``names``) as one UTF-8 blob with offsets, so
  one row's text is decoded only when asked for;
* the name index: every name's :func:`~geoinc.names.exact_key` and
  :func:`~geoinc.names.variant_key`, sorted, with the rows they point to (so no key is
  computed at run time for the shipped data).

The same layout is built in memory for user gazetteers (:func:`table_from_rows`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path
from typing import Any

import numpy as np

__all__ = [
    "FLOAT_COLUMNS",
    "INT_COLUMNS",
    "KEYED_COLUMNS",
    "PRIMARY",
    "SEAT_ALIAS",
    "ALIAS",
    "TEXT_COLUMNS",
    "NameIndex",
    "Table",
    "read_table",
    "table_from_rows",
    "write_table",
]

SEP = "\x1f"  # unit separator: never inside a name
ALIAS_SEP = "|"

#: float64 columns (NaN where empty)
FLOAT_COLUMNS = ("lat", "lon", "uncertainty_km", "centroid_lat", "centroid_lon")
#: integer columns
INT_COLUMNS = ("precision", "population")
#: text columns with few distinct values: dictionary-encoded
KEYED_COLUMNS = (
    "kind",
    "feature_code",
    "country",
    "admin1_code",
    "admin1",
    "admin2_code",
    "admin2",
    "seat_id",
    "iso_3166_2",
    "source",
    "licence",
    "note",
)
#: text columns with a value per row: one blob with offsets
TEXT_COLUMNS = ("id", "name", "names")


class Blob:
    """Strings stored as one UTF-8 buffer with offsets; ``blob[i]`` decodes one."""

    __slots__ = ("_buf", "_off", "_cache")

    def __init__(self, buf: bytes, off: np.ndarray) -> None:
        self._buf = buf
        self._off = off
        self._cache: list[str] | None = None

    @classmethod
    def from_strings(cls, values: Sequence[str]) -> Blob:
        parts = [v.encode("utf-8") for v in values]
        off = np.zeros(len(parts) + 1, dtype=np.int64)
        np.cumsum([len(p) for p in parts], out=off[1:])
        if off[-1] < 2**31:
            off = off.astype(np.int32)
        b = cls(b"".join(parts), off)
        return b

    def __len__(self) -> int:
        return len(self._off) - 1

    def __getitem__(self, i: int) -> str:
        if self._cache is not None:
            return self._cache[i]
        return self._buf[self._off[i] : self._off[i + 1]].decode("utf-8")

    def parts_at(self, indexes: list[int], positions: list[int], sep: str) -> list[str]:
        """``[blob[i].split(sep, p + 1)[p] for i, p in zip(indexes, positions)]`` for an ASCII
        ``sep``: split before decoding, so only the part is decoded (an ASCII byte never occurs
        inside a UTF-8 sequence); the offsets are read through one memoryview (Python ints)."""
        if self._cache is not None:
            return [self._cache[i].split(sep, p + 1)[p] for i, p in zip(indexes, positions)]
        off = np.ascontiguousarray(self._off).data  # a memoryview: Python ints
        buf, bsep = self._buf, sep.encode("ascii")
        return [buf[off[i] : off[i + 1]].split(bsep, p + 1)[p].decode("utf-8") for i, p in zip(indexes, positions)]

    def tolist(self) -> list[str]:
        """All values (decoded once, then kept)."""
        if self._cache is None:
            off = self._off.tolist()
            buf = self._buf
            self._cache = [buf[a:b].decode("utf-8") for a, b in zip(off[:-1], off[1:])]
        return self._cache


@dataclass
class NameIndex:
    """Sorted name keys -> postings (row, position of the alias in the row's names, rank)."""

    keys: list[str]
    start: np.ndarray  # int64, len(keys) + 1
    rows: np.ndarray  # int32
    alias: np.ndarray  # int16
    rank: np.ndarray  # int8
    _slot: dict[str, int] | None = None

    def lookup(self, key: str) -> list[tuple[int, int, int]]:
        if self._slot is None:
            self._slot = dict(zip(self.keys, range(len(self.keys))))
        k = self._slot.get(key)
        if k is None:
            return []
        a, b = int(self.start[k]), int(self.start[k + 1])
        return list(zip(self.rows[a:b].tolist(), self.alias[a:b].tolist(), self.rank[a:b].tolist()))

    def lookup_many(self, keys: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Postings of many keys at once: ``(position of the key in keys, rows, alias, rank)``,
        grouped by key in the order given, each key's postings in the order of :meth:`lookup`."""
        if self._slot is None:
            self._slot = dict(zip(self.keys, range(len(self.keys))))
        get = self._slot.get
        slots = np.fromiter(map(get, keys, repeat(-1)), dtype=np.int64, count=len(keys))
        found = np.flatnonzero(slots >= 0)
        first = self.start[slots[found]].astype(np.int64)
        n = self.start[slots[found] + 1].astype(np.int64) - first
        at = np.repeat(first - np.cumsum(n) + n, n) + np.arange(int(n.sum()), dtype=np.int64)
        return np.repeat(found, n), self.rows[at], self.alias[at], self.rank[at]

    @classmethod
    def from_postings(cls, keys: Sequence[str], rows, alias, rank) -> NameIndex:
        """Build from unsorted postings; duplicate (key, row) pairs keep the first."""
        rows = np.asarray(rows, dtype=np.int32)
        alias = np.asarray(alias, dtype=np.int16)
        rank = np.asarray(rank, dtype=np.int8)
        if len(keys) == 0:
            return cls([], np.zeros(1, dtype=np.int64), rows, alias, rank)
        karr = np.asarray(keys, dtype=object).astype(str)
        order = np.lexsort((np.arange(len(karr)), rows, karr))
        karr, rows, alias, rank = karr[order], rows[order], alias[order], rank[order]
        keep = np.ones(len(karr), dtype=bool)
        keep[1:] = (karr[1:] != karr[:-1]) | (rows[1:] != rows[:-1])
        karr, rows, alias, rank = karr[keep], rows[keep], alias[keep], rank[keep]
        uniq, first = np.unique(karr, return_index=True)
        start = np.append(first, len(karr)).astype(np.int32)
        return cls(uniq.tolist(), start, rows, alias, rank)

    def postings(self) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray]:
        """(key per posting, rows, alias, rank): the inverse of :meth:`from_postings`."""
        counts = np.diff(self.start)
        keys = np.repeat(np.asarray(self.keys, dtype=object), counts).tolist()
        return keys, self.rows, self.alias, self.rank

    def __len__(self) -> int:
        return len(self.keys)


@dataclass
class Table:
    """A gazetteer's columns and name indexes."""

    n: int
    floats: dict[str, np.ndarray]
    ints: dict[str, np.ndarray]
    keyed: dict[str, tuple[np.ndarray, list[str]]]  # codes, values
    text: dict[str, Blob]
    exact: NameIndex
    variant: NameIndex

    def value(self, col: str, i: int) -> Any:
        if col in self.floats:
            return float(self.floats[col][i])
        if col in self.ints:
            return int(self.ints[col][i])
        if col in self.keyed:
            codes, values = self.keyed[col]
            return values[codes[i]]
        return self.text[col][i]

    def column(self, col: str) -> np.ndarray:
        """A whole column as a numpy array (object dtype for text)."""
        if col in self.floats:
            return self.floats[col]
        if col in self.ints:
            return self.ints[col]
        if col in self.keyed:
            codes, values = self.keyed[col]
            return np.asarray(values, dtype=object)[codes]
        return np.asarray(self.text[col].tolist(), dtype=object)

    def names(self, i: int) -> list[str]:
        return self.text["names"][i].split(ALIAS_SEP)

    def name_at(self, i: int, pos: int) -> str:
        """``names(i)[pos]``, without splitting the names after it."""
        return self.text["names"][i].split(ALIAS_SEP, pos + 1)[pos]

    def names_at_many(self, rows: list[int], positions: list[int]) -> list[str]:
        """``[name_at(i, pos) for i, pos in zip(rows, positions)]`` (one pass over the blob)."""
        return self.text["names"].parts_at(rows, positions, ALIAS_SEP)


def _float(v: Any) -> float:
    if v is None or v == "":
        return float("nan")
    return float(v)


#: posting ranks: the row's own name, one of its aliases, a name of the district's seat
PRIMARY, ALIAS, SEAT_ALIAS = 0, 1, 2


def _postings(names: Sequence[Sequence[str]], keyfunc: Callable[[str], str], seats: Sequence[tuple[int, int]] = ()) -> tuple:
    """Postings of every name; ``seats`` (district row, seat row) add the seat's names to
    the district with rank SEAT_ALIAS (``alias`` is then a position in the seat's names)."""
    keys: list[str] = []
    rows: list[int] = []
    alias: list[int] = []
    rank: list[int] = []
    memo: dict[str, str] = {}

    def add(row: int, names_: Sequence[str], seat: bool) -> None:
        for j, a in enumerate(names_):
            k = memo.get(a)
            if k is None:
                k = memo[a] = keyfunc(a)
            if k:
                keys.append(k)
                rows.append(row)
                alias.append(j)
                rank.append(SEAT_ALIAS if seat else PRIMARY if j == 0 else ALIAS)

    for i, ns in enumerate(names):
        add(i, ns, False)
    for district, seat in seats:
        add(district, names[seat], True)
    return keys, rows, alias, rank


def table_from_rows(rows: Sequence[dict[str, Any]], names: Sequence[Sequence[str]]) -> Table:
    """Build a :class:`Table` from row dicts (columns as in ``places.csv``) and name lists."""
    from .names import exact_key, variant_key

    n = len(rows)
    floats = {c: np.array([_float(r.get(c)) for r in rows], dtype=np.float64) for c in FLOAT_COLUMNS}
    ints = {c: np.array([int(float(r.get(c) or 0)) for r in rows], dtype=np.int64) for c in INT_COLUMNS}
    ints["precision"] = ints["precision"].astype(np.int8)
    keyed = {}
    for c in KEYED_COLUMNS:
        vals = [str(r.get(c) or "") for r in rows]
        uniq = sorted(set(vals))
        pos = {v: k for k, v in enumerate(uniq)}
        keyed[c] = (np.array([pos[v] for v in vals], dtype=np.int16 if len(uniq) < 2**15 else np.int32), uniq)
    text = {
        "id": Blob.from_strings([str(r["id"]) for r in rows]),
        "name": Blob.from_strings([str(r["name"]) for r in rows]),
        "names": Blob.from_strings([ALIAS_SEP.join(ns) for ns in names]),
    }
    ids = {str(r["id"]): i for i, r in enumerate(rows)}
    seats = [
        (i, ids[str(r["seat_id"])])
        for i, r in enumerate(rows)
        if r.get("kind") == "district" and r.get("seat_id") and str(r["seat_id"]) in ids
    ]
    exact = NameIndex.from_postings(*_postings(names, exact_key, seats))
    variant = NameIndex.from_postings(*_postings(names, variant_key, seats))
    return Table(n, floats, ints, keyed, text, exact, variant)


# ----------------------------------------------------------------------------- files
def _blob_arrays(prefix: str, strings: Sequence[str]) -> dict[str, np.ndarray]:
    data = SEP.join(strings).encode("utf-8")
    return {prefix: np.frombuffer(data, dtype=np.uint8)}


def _split_blob(arr: np.ndarray) -> list[str]:
    text = arr.tobytes().decode("utf-8")
    return text.split(SEP) if text else []


def write_table(path: Path, table: Table) -> None:
    """Write ``table`` as a compressed, deterministic ``.npz``."""
    arrays: dict[str, np.ndarray] = {"n": np.array([table.n], dtype=np.int64)}
    for c, a in table.floats.items():
        arrays[f"f.{c}"] = a
    for c, a in table.ints.items():
        arrays[f"i.{c}"] = a
    for c, (codes, values) in table.keyed.items():
        arrays[f"k.{c}.codes"] = codes
        arrays.update(_blob_arrays(f"k.{c}.values", values))
    for c, blob in table.text.items():
        arrays[f"t.{c}.buf"] = np.frombuffer(blob._buf, dtype=np.uint8)
        arrays[f"t.{c}.off"] = blob._off
    for name, idx in (("exact", table.exact), ("variant", table.variant)):
        arrays.update(_blob_arrays(f"x.{name}.keys", idx.keys))
        arrays[f"x.{name}.start"] = idx.start
        arrays[f"x.{name}.rows"] = idx.rows
        arrays[f"x.{name}.alias"] = idx.alias
        arrays[f"x.{name}.rank"] = idx.rank
    np.savez_compressed(path, **arrays)  # type: ignore[arg-type]  # numpy's stub types the kwargs as bool


def read_table(path: Path) -> Table:
    """Read a table written by :func:`write_table` (no key is recomputed)."""
    with np.load(path, allow_pickle=False) as z:
        a = {k: z[k] for k in z.files}
    n = int(a["n"][0])
    floats = {c: a[f"f.{c}"] for c in FLOAT_COLUMNS}
    ints = {c: a[f"i.{c}"] for c in INT_COLUMNS}
    keyed = {c: (a[f"k.{c}.codes"], _split_blob(a[f"k.{c}.values"])) for c in KEYED_COLUMNS}
    text = {c: Blob(a[f"t.{c}.buf"].tobytes(), a[f"t.{c}.off"]) for c in TEXT_COLUMNS}
    idx = {}
    for name in ("exact", "variant"):
        idx[name] = NameIndex(
            _split_blob(a[f"x.{name}.keys"]), a[f"x.{name}.start"], a[f"x.{name}.rows"], a[f"x.{name}.alias"], a[f"x.{name}.rank"]
        )
    return Table(n, floats, ints, keyed, text, idx["exact"], idx["variant"])


def merge_tables(a: Table, b: Table, appended: dict[int, list[str]]) -> Table:
    """``a`` followed by the rows of ``b``; ``appended`` adds names to rows of ``a``.

    The name keys of ``a`` and ``b`` are reused; only the appended names are keyed here
    (merging a few places into the 160,000 shipped ones takes a second, not a rebuild).
    """
    from .names import exact_key, variant_key

    n = a.n + b.n
    floats = {c: np.concatenate([a.floats[c], b.floats[c]]) for c in FLOAT_COLUMNS}
    ints = {c: np.concatenate([a.ints[c], b.ints[c]]) for c in INT_COLUMNS}
    keyed = {}
    for c in KEYED_COLUMNS:
        (ca, va), (cb, vb) = a.keyed[c], b.keyed[c]
        values = sorted(set(va) | set(vb))
        pos = {v: k for k, v in enumerate(values)}
        codes = np.concatenate(
            [np.array([pos[v] for v in va], dtype=np.int32)[ca], np.array([pos[v] for v in vb], dtype=np.int32)[cb]]
        )
        keyed[c] = (codes.astype(np.int16) if len(values) < 2**15 else codes, values)
    names = [a.names(i) for i in range(a.n)]
    extra: list[tuple[int, int, str]] = []  # (row, position, name)
    for row, new in sorted(appended.items()):
        for name in new:
            extra.append((row, len(names[row]), name))
            names[row].append(name)
    names += [b.names(i) for i in range(b.n)]
    text = {
        "id": Blob.from_strings(a.text["id"].tolist() + b.text["id"].tolist()),
        "name": Blob.from_strings(a.text["name"].tolist() + b.text["name"].tolist()),
        "names": Blob.from_strings([ALIAS_SEP.join(ns) for ns in names]),
    }
    indexes = []
    for attr, keyfunc in (("exact", exact_key), ("variant", variant_key)):
        ka, ra, aa, pa = getattr(a, attr).postings()
        kb, rb, ab, pb = getattr(b, attr).postings()
        ke = [(keyfunc(nm), r, p) for r, p, nm in extra]
        ke = [x for x in ke if x[0]]
        indexes.append(
            NameIndex.from_postings(
                [*ka, *kb, *(k for k, _, _ in ke)],
                np.concatenate([ra, rb.astype(np.int64) + a.n, np.array([r for _, r, _ in ke], dtype=np.int64)]),
                np.concatenate([aa, ab, np.array([p for _, _, p in ke], dtype=np.int64)]),
                np.concatenate([pa, pb, np.full(len(ke), ALIAS, dtype=np.int8)]),
            )
        )
    return Table(n, floats, ints, keyed, text, indexes[0], indexes[1])
