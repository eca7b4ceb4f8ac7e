"""Word lists for text extraction, read from data files of the region.

The lists live in the region's ``lexicons/`` folder (for the shipped region
``geoinc/regions/afpak/lexicons/``; one entry a line, ``#`` comments, ``.tsv`` files with
tab-separated columns): organisation names, organisation head words, demonyms, places
outside the region, place abbreviations, given names, titles, and frequent English
words. They hold general knowledge of the region's news language, never strings of
particular articles. A list the region does not have is empty.

Which region's lists are read: the one set by :func:`lexicons_of` for the calling thread
(text extraction sets it to the gazetteer's region), else the shipped region.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path

from .regions import RegionLike, get_region, read_word_list

__all__ = ["lexicon_dir", "lexicons_of", "lines", "pairs", "words"]

_CURRENT: ContextVar[Path | None] = ContextVar("geoinc_lexicon_dir", default=None)


def lexicon_dir() -> Path:
    """The folder holding the word lists in use (see :func:`lexicons_of`)."""
    current = _CURRENT.get()
    return current if current is not None else _shipped_dir()


@cache
def _shipped_dir() -> Path:
    return get_region().lexicon_dir


@contextmanager
def lexicons_of(region: RegionLike) -> Iterator[Path]:
    """Read the word lists of ``region`` (a name, folder or Region; None: the shipped
    region) inside the ``with`` block, in this thread or task only."""
    folder = get_region(region).lexicon_dir
    token = _CURRENT.set(folder)
    try:
        yield folder
    finally:
        _CURRENT.reset(token)


@cache
def _read(folder: Path, name: str) -> tuple[str, ...]:
    return read_word_list(folder / name)


def lines(name: str) -> tuple[str, ...]:
    """Entries of a one-per-line list, as written."""
    return _lines(lexicon_dir(), name)


def words(name: str) -> frozenset[str]:
    """Lower-case words of a whitespace-separated list."""
    return _words(lexicon_dir(), name)


def pairs(name: str) -> dict[str, str]:
    """``first column -> second column`` of a ``.tsv`` list (second column may be empty)."""
    return _pairs(lexicon_dir(), name)


@cache
def _lines(folder: Path, name: str) -> tuple[str, ...]:
    return tuple(ln.strip() for ln in _read(folder, name))


@cache
def _words(folder: Path, name: str) -> frozenset[str]:
    return frozenset(w.lower() for ln in _read(folder, name) for w in ln.split())


@cache
def _pairs(folder: Path, name: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for ln in _read(folder, name):
        key, _, value = ln.partition("\t")
        out[key.strip()] = value.strip()
    return out
