"""Per-row bookkeeping shared by the incident readers: messages, severities and the
values as given, built column-wise (no loop over rows)."""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import pandas as pd

__all__ = ["FIX", "INVALID", "REGION", "RowLog", "blank", "floats", "map_distinct", "per_value", "read_given", "text"]

#: Severities of a row problem: a value was fixed or replaced; the row is invalid; the
#: location lies outside the region (a warning, kept).
FIX, INVALID, REGION = "fix", "invalid", "region"


def text(values: Any, n: int | None = None) -> pd.Series:
    """Cells as stripped text (missing stays missing); lists and dicts as JSON text."""
    if values is None:
        import pyarrow as pa

        return pd.Series(pd.array(pa.nulls(n or 0, pa.large_string()), dtype="str"))
    s = values if isinstance(values, pd.Series) else pd.Series(values)
    s = s.reset_index(drop=True)
    if isinstance(s.dtype, pd.StringDtype) or s.dtype == "str":
        return s.str.strip()
    if pd.api.types.is_datetime64_any_dtype(s.dtype):
        return s.dt.strftime("%Y-%m-%d").astype("str")
    if s.dtype == object and pd.api.types.infer_dtype(s, skipna=True) not in (
        "string",
        "empty",
        "integer",
        "floating",
        "mixed-integer-float",
        "boolean",
    ):
        s = s.map(lambda v: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v)
    codes, uniq = pd.factorize(s, use_na_sentinel=True)  # convert each distinct value once
    u = pd.array([str(v) for v in uniq], dtype="str")
    return pd.Series(u.take(codes, allow_fill=True)).str.strip()


def floats(t: pd.Series, *, repeats: bool = True) -> np.ndarray:
    """Text cells as float (NaN where not a number), parsed once per distinct cell when
    cells repeat (``repeats``: codes, counts, precisions); a writable array."""
    if not repeats:
        fast = _cast_floats(t)
        if fast is not None:
            return fast
    codes, uniq = pd.factorize(t, use_na_sentinel=True) if repeats else (None, t)
    if codes is not None and len(uniq) * 4 < len(t):
        u = pd.to_numeric(pd.Series(uniq, dtype="str"), errors="coerce").to_numpy(dtype=float, na_value=np.nan)
        out = np.append(u, np.nan)[codes]
    else:
        out = pd.to_numeric(t, errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    return np.array(out, dtype=float)


def _cast_floats(t: pd.Series) -> np.ndarray | None:
    """pyarrow's cast when every non-empty cell is a plain number (None otherwise)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    try:
        arr = pa.array(t, from_pandas=True)
        if not pa.types.is_string(arr.type) and not pa.types.is_large_string(arr.type):
            return None
        arr = pc.if_else(pc.equal(arr, ""), pa.scalar(None, arr.type), arr)
        out = pc.cast(arr, pa.float64())
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
        return None
    return np.array(out.to_numpy(zero_copy_only=False), dtype=float)


def blank(values: pd.Series) -> np.ndarray:
    """True where a text cell is missing or empty."""
    return (values.isna() | (values == "")).to_numpy()


def map_distinct(values: pd.Series, func) -> np.ndarray:
    """``func`` applied once per distinct value (missing -> ``func(None)``), as an object array."""
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    mapped = np.empty(len(uniques) + 1, dtype=object)
    mapped[:-1] = [func(u) for u in uniques]
    mapped[-1] = func(None)
    return mapped[codes]


def per_value(mask: np.ndarray, values: pd.Series, func) -> np.ndarray:
    """``func`` once per distinct value among the rows of ``mask``, scattered back to
    all rows ("" elsewhere): messages cost nothing when no row needs one."""
    out = np.full(len(mask), "", dtype=object)
    if mask.any():
        out[mask] = map_distinct(values[mask].reset_index(drop=True), func)
    return out


class RowLog:
    """Messages and severities per row, plus the given values a reader replaced.

    ``add(mask, message, level)`` records a problem on the rows of ``mask``; the message
    is a string or an array aligned with the rows. ``keep(column, mask, values)``
    remembers the values as given (they go to the ``given_values`` column, so nothing
    the reader replaced is lost and a re-read finds the same problems).
    """

    def __init__(self, n: int) -> None:
        self.n = n
        self.parts: list[tuple[np.ndarray, Any, str]] = []
        self.levels = {FIX: np.zeros(n, dtype=bool), INVALID: np.zeros(n, dtype=bool), REGION: np.zeros(n, dtype=bool)}
        self.given: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def add(self, mask: np.ndarray, message: Any, level: str = FIX) -> None:
        mask = np.asarray(mask, dtype=bool)
        if not mask.any():
            return
        msg = message[mask] if isinstance(message, np.ndarray) else np.full(int(mask.sum()), message, dtype=object)
        self.parts.append((mask, np.asarray(msg, dtype=object), level))
        self.levels[level] |= mask

    def absorb(self, sub: RowLog, codes: np.ndarray) -> None:
        """Take over the problems of ``sub``, a log kept on distinct values, for the rows
        whose value is ``codes`` (an index into ``sub``'s rows)."""
        for mask, msg, level in sub.parts:
            full = np.full(sub.n, "", dtype=object)
            full[mask] = msg
            self.add(mask[codes], full[codes], level)
        for column, (mask, vals) in sub.given.items():
            self.keep(column, mask[codes], vals[codes])

    def keep(self, column: str, mask: np.ndarray, values: Any) -> None:
        mask = np.asarray(mask, dtype=bool)
        if not mask.any():
            return
        if callable(values):  # computed only when a row needs it
            values = values()
        vals = np.asarray(pd.Series(values).reset_index(drop=True).astype(object), dtype=object)
        if column in self.given:
            old_mask, old_vals = self.given[column]
            mask = mask & ~old_mask  # the first value kept is the one as given
            vals = np.where(old_mask, old_vals, vals)
            mask = mask | old_mask
        self.given[column] = (mask, vals)

    def messages(self) -> np.ndarray:
        out = np.full(self.n, "", dtype=object)
        for mask, msg, _ in self.parts:
            cur = out[mask]
            out[mask] = np.where(cur == "", msg, cur + "; " + msg)
        return out

    def given_json(self) -> np.ndarray:
        """One JSON object per row of the values as given ("" where none)."""
        out = np.full(self.n, "", dtype=object)
        for column in sorted(self.given):
            mask, vals = self.given[column]
            v = pd.Series(vals[mask], dtype=object)
            enc = map_distinct(v.astype("str").where(v.notna(), None), lambda x: json.dumps(x, ensure_ascii=False))
            piece = json.dumps(column) + ": " + enc.astype(object)
            cur = out[mask]
            out[mask] = np.where(cur == "", piece, cur + ", " + piece)
        has = out != ""
        out[has] = "{" + out[has] + "}"
        return out


def read_given(values: pd.Series) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """The ``given_values`` column back to {column: (mask, values)}; bad cells are ignored."""
    t = text(values)
    has = ~blank(t)
    out: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    if not has.any():
        return out
    idx = np.flatnonzero(has)
    parsed = map_distinct(t[has].reset_index(drop=True), _loads)
    for k, obj in zip(idx, parsed):  # rows with replaced values only
        for col, v in obj.items():
            mask, vals = out.setdefault(col, (np.zeros(len(t), dtype=bool), np.full(len(t), None, dtype=object)))
            mask[k] = True
            vals[k] = v
    return out


def _loads(cell: Any) -> dict:
    if cell is None:
        return {}
    try:
        obj = json.loads(cell)
    except (ValueError, RecursionError):
        return {}
    return {str(k): v for k, v in obj.items()} if isinstance(obj, dict) else {}
