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


class _Lists:
    """The word lists of one folder, each read once."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.lines: dict[str, tuple[str, ...]] = {}
        self.words: dict[str, frozenset[str]] = {}
        self.pairs: dict[str, dict[str, str]] = {}


_CURRENT: ContextVar[_Lists | None] = ContextVar("geoinc_lexicons", default=None)


@cache
def _lists(folder: Path) -> _Lists:
    return _Lists(folder)


@cache
def _shipped() -> _Lists:
    return _lists(get_region().lexicon_dir)


def _in_use() -> _Lists:
    current = _CURRENT.get()
    return current if current is not None else _shipped()


def lexicon_dir() -> Path:
    """The folder holding the word lists in use (see :func:`lexicons_of`)."""
    return _in_use().folder


@contextmanager
def lexicons_of(region: RegionLike) -> Iterator[Path]:
    """Read the word lists of ``region`` (a name, folder or Region; None: the shipped
    region) inside the ``with`` block, in this thread or task only."""
    lists = _lists(get_region(region).lexicon_dir)
    token = _CURRENT.set(lists)
    try:
        yield lists.folder
    finally:
        _CURRENT.reset(token)


def lines(name: str) -> tuple[str, ...]:
    """Entries of a one-per-line list, as written."""
    lists = _in_use()
    got = lists.lines.get(name)
    if got is None:
        got = lists.lines[name] = tuple(ln.strip() for ln in read_word_list(lists.folder / name))
    return got


def words(name: str) -> frozenset[str]:
    """Lower-case words of a whitespace-separated list."""
    lists = _in_use()
    got = lists.words.get(name)
    if got is None:
        got = lists.words[name] = frozenset(w.lower() for ln in read_word_list(lists.folder / name) for w in ln.split())
    return got


def pairs(name: str) -> dict[str, str]:
    """``first column -> second column`` of a ``.tsv`` list (second column may be empty)."""
    lists = _in_use()
    got = lists.pairs.get(name)
    if got is None:
        got = {}
        for ln in read_word_list(lists.folder / name):
            key, _, value = ln.partition("\t")
            got[key.strip()] = value.strip()
        lists.pairs[name] = got
    return got
