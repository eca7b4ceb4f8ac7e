"""Curated tehsils and former Frontier Regions (gazetteer/curated.csv, issue 8).

A former Frontier Region's 2018 subdivision name (Darra Adam Khel, Hassan Khel subdivision,
Darazinda) is a unit, not a town: named with its district hint it resolves to WOF's FR county
(which has the polygon) at precision 2; named with an unrelated district hint it is never
matched (the answer is the hinted district, approximate).
"""

from __future__ import annotations

import pytest

from geoinc.geocoding import geocode_many

KP = "Khyber Pakhtunkhwa"

# (query, district hint, expected place id) — ids are stable (cur-NNNN, wof:<id>)
CURATED_UNITS = [
    ("Darra Adam Khel", "FR Kohat", "wof:1108692177"),
    ("Dara Adam Khel", "FR Kohat", "wof:1108692177"),
    ("Hassan Khel subdivision", "FR Peshawar", "wof:1108692181"),
    ("Darazinda", "FR Dera Ismail Khan", "wof:1108692175"),
    ("Drazanda", "FR Dera Ismail Khan", "wof:1108692175"),
    ("Wazir subdivision", "FR Bannu", "wof:1108692173"),
    ("Bhittani subdivision", "FR Lakki Marwat", "wof:1108692179"),
]


def _one(query: str, admin2: str | None):
    return geocode_many([query], country="PK", admin1=KP, admin2=admin2).iloc[0]


@pytest.mark.parametrize(("query", "admin2", "place_id"), CURATED_UNITS)
def test_a_curated_unit_resolves_with_its_district_hint_to_itself_at_precision_2(query, admin2, place_id):
    row = _one(query, admin2)
    assert (row["status"], row["id"], int(row["precision"])) == ("matched", place_id, 2)


@pytest.mark.parametrize(("query", "admin2", "place_id"), CURATED_UNITS)
def test_an_unrelated_district_hint_never_matches_a_curated_unit(query, admin2, place_id):
    row = _one(query, "Chitral")
    assert row["id"] != place_id
    assert row["status"] != "matched"


@pytest.mark.parametrize(
    ("query", "place_id"),
    [
        # the bare tribe names stay out: only "<name> subdivision" is an alias
        ("Wazir", "wof:1108692173"),
        ("Bhittani", "wof:1108692179"),
        # the town Jandola keeps its own row; the FR Tank subdivision name is not added
        ("Jandola", "wof:1108692183"),
        # a "Hassan Khel sector" of North Waziristan exists: the bare name is not FR Peshawar's
        ("Hassan Khel", "wof:1108692181"),
    ],
)
def test_a_risky_bare_name_does_not_resolve_to_the_former_frontier_region(query, place_id):
    assert _one(query, None)["id"] != place_id
