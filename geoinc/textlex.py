"""Word lists for text extraction, read from data files of the region.

The lists live in ``geoinc/regions/afpak/lexicons/`` (one entry a line, ``#`` comments,
``.tsv`` files with tab-separated columns): organisation names, organisation head words,
demonyms, places outside the region, place abbreviations, given names, titles, and
frequent English words. They hold general knowledge of the region's news language,
never strings of particular articles.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from .errors import GazetteerDataError

__all__ = ["lexicon_dir", "lines", "pairs", "words"]


def lexicon_dir() -> Path:
    """The folder holding the word lists."""
    return Path(__file__).resolve().parent / "regions" / "afpak" / "lexicons"


def _read(name: str) -> list[str]:
    path = lexicon_dir() / name
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise GazetteerDataError(f"word list {path} is missing or unreadable ({exc}); reinstall geoinc") from None
    return [ln.rstrip("\n") for ln in raw.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


@cache
def lines(name: str) -> tuple[str, ...]:
    """Entries of a one-per-line list, as written."""
    return tuple(ln.strip() for ln in _read(name))


@cache
def words(name: str) -> frozenset[str]:
    """Lower-case words of a whitespace-separated list."""
    return frozenset(w.lower() for ln in _read(name) for w in ln.split())


@cache
def pairs(name: str) -> dict[str, str]:
    """``first column -> second column`` of a ``.tsv`` list (second column may be empty)."""
    out: dict[str, str] = {}
    for ln in _read(name):
        key, _, value = ln.partition("\t")
        out[key.strip()] = value.strip()
    return out
