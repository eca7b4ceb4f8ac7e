"""Decisions cached within a call (per name and the characters around it that the rules read:
list-like text repeats them) give each mention what it would get on its own: a paragraph's
mentions do not depend on which paragraphs come before or after it."""

from __future__ import annotations

import pytest

from geoinc import extract_places

#: paragraphs that repeat names in different surroundings (written for this test)
UNITS = (
    "Gunmen attacked Ali Sher, Khost.",
    "Shelling hit Ali Sher in Khost’s Zazai Maidan district.",
    "A drone hit a house in the Qorvandi area of North Waziristan.",
    "Strikes hit Khair Khana and Bagrami in Kabul. Kabul Khost Kabul Khost.",
    "In the Xqwe area of Zzzy district and in Xqwe, a village in Paktika, people fled.",
    "Bagrami, Khost, Zazai Maidan, Ali Sher, Spera district, Bagrami, Khost.",
)


def _by_paragraph(paragraphs: list[str]) -> dict[str, list[tuple]]:
    text = "\n\n".join(paragraphs)
    out: dict[str, list[tuple]] = {p: [] for p in paragraphs}
    start = 0
    bounds = []
    for p in paragraphs:
        bounds.append((start, start + len(p), p))
        start += len(p) + 2
    for m in extract_places(text):
        a, b, p = next(x for x in bounds if x[0] <= m.start < x[1])
        out[p].append((m.text, m.start - a, m.place_id, m.status))
    return out


@pytest.mark.parametrize("repeat", [1, 3])
def test_paragraph_mentions_do_not_depend_on_order(repeat):
    forward = list(UNITS)
    got = _by_paragraph(forward)
    back = _by_paragraph(forward[::-1])
    assert got == back
    assert any(got.values())
    # the same paragraphs repeated (the caches hit): each one's mentions as when written once
    many = _by_paragraph([f"{p} " * repeat for p in UNITS])
    assert {p.strip(): v[: len(got[p])] for p, v in zip(UNITS, many.values())} == got
