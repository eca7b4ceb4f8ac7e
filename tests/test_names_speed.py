"""The faster name keys are byte-identical to the implementation they replaced.

The gazetteer's name index (``places.npz``, built by ``gazetteer/build.py``) stores every
name's :func:`~geoinc.names.exact_key` and :func:`~geoinc.names.variant_key`; queries
are keyed at run time by the same functions.  ``tests/_names_before.py`` is the
implementation before the speed work; both must agree on every shipped name.
"""

from __future__ import annotations

import _names_before as before
import pytest

import geoinc
from geoinc import names

EDGE = [
    "",
    " ",
    "  Kābul  ",
    "Dar-ul-Aman",
    "KHOWST",
    "Khowst",
    "Qandahar",
    "Zazai Maidan District",
    "wilayat e kabul",
    "district",
    "کابل",
    "كابل",
    "‘Alī Shēr",
    "Bahlānx",
    "Kher_Khana",
    "a__b",
    "x1  2y",
    "Naw\x1fZad",
    "O'Neil",
    '"Quoted"',
    "Chak 48",
    "Tāj-ī",
    "ǅemal",
    "Ⅻ",
    "ﬁrozkoh",
    "İstalif",
    "ß",
    "ab\u200cc",
    "Hhh",
    "khh",
    "aaaa",
    "ee",
    "Sheikh-abad",
    "Obod",
    "x" * 1200,
]


def _all_names():
    g = geoinc.Gazetteer.default()
    out = []
    for i in range(len(g)):
        out.extend(g.names_at(i))
    return out


@pytest.fixture(scope="module")
def shipped_names():
    return _all_names()


def test_keys_equal_the_previous_implementation_on_every_shipped_name(shipped_names):
    assert len(shipped_names) > 300_000
    diff = [(n, f) for n in shipped_names for f in ("exact_key", "variant_key") if getattr(names, f)(n) != getattr(before, f)(n)]
    assert not diff, [(n, f, getattr(names, f)(n), getattr(before, f)(n)) for n, f in diff[:5]]


@pytest.mark.parametrize("text", EDGE)
@pytest.mark.parametrize("func", ["clean", "exact_key", "variant_key"])
def test_keys_equal_the_previous_implementation_on_edge_cases(func, text):
    assert getattr(names, func)(text) == getattr(before, func)(text)


@pytest.mark.parametrize("func", ["clean", "exact_key", "variant_key"])
def test_keys_equal_the_previous_implementation_on_query_spellings(shipped_names, func):
    """Upper case, no spaces, hyphens, 'ee' for 'i', 'oo' for 'u', a missing letter: as queries write them."""
    new, old = getattr(names, func), getattr(before, func)
    sample = shipped_names[::40]
    variants = [
        f(n)
        for n in sample
        for f in (
            str.upper,
            lambda s: s.replace(" ", ""),
            lambda s: s.replace(" ", "-"),
            lambda s: s.replace("i", "ee"),
            lambda s: s.replace("u", "oo"),
            lambda s: s[:3] + s[4:],
        )
    ]
    diff = [v for v in variants if new(v) != old(v)]
    assert not diff, diff[:5]
