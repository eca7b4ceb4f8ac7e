"""Curated conflict places the bulk sources lack (gazetteer/curated.csv cur-0037 … cur-0045, issue 8).

Each name news and datasets use resolves, with its province (and district) hint, to the curated
row or to the WOF district that gained it as a name; a district's new spelling never leaves its
province; and a bare name shared with a same-name place elsewhere is not silently given to the
new row.
"""

from __future__ import annotations

import pytest

from geoinc.geocoding import geocode_many

KP, SINDH, BAL = "Khyber Pakhtunkhwa", "Sindh", "Balochistan"

# (query, country, province, district hint or None, expected place id)
CURATED = [
    ("Orangi Town", "PK", SINDH, "Karachi", "cur-0037"),
    ("Orangi", "PK", SINDH, None, "cur-0037"),
    ("Korangi", "PK", SINDH, "Karachi", "cur-0041"),
    ("Korangi town", "PK", SINDH, "Karachi", "cur-0041"),
    ("Pir Baba", "PK", KP, "Buner", "cur-0038"),
    ("Takht Bhai", "PK", KP, "Mardan", "cur-0039"),
    ("Qissa Khwani Bazaar", "PK", KP, "Peshawar", "cur-0040"),
    ("Qissa Khawani", "PK", KP, None, "cur-0040"),
    # names only: the WOF district keeps its polygon and point and gains the spelling
    ("Zherai", "AF", "Kandahar", None, "wof:1108562613"),
    ("Zheray", "AF", "Kandahar", None, "wof:1108562613"),
    ("Kacchi", "PK", BAL, None, "wof:1108692229"),
    ("Charchino", "AF", "Uruzgan", None, "wof:1108562455"),
    ("Naway", "AF", "Helmand", None, "wof:1108562313"),
    ("Trek Nawa", "AF", "Helmand", None, "wof:1108562313"),
]


@pytest.mark.parametrize(("query", "country", "admin1", "admin2", "place_id"), CURATED)
def test_a_curated_name_resolves_with_its_hints_to_its_row(query, country, admin1, admin2, place_id):
    row = geocode_many([query], country=country, admin1=admin1, admin2=admin2).iloc[0]
    assert (row["status"], row["id"]) == ("matched", place_id)


@pytest.mark.parametrize(("query", "country", "admin1", "admin2", "place_id"), CURATED)
def test_another_province_hint_never_matches_the_curated_name(query, country, admin1, admin2, place_id):
    other = "Punjab" if country == "PK" else "Balkh"
    row = geocode_many([query], country=country, admin1=other).iloc[0]
    assert row["id"] != place_id
    assert row["status"] != "matched"


@pytest.mark.parametrize(
    ("query", "uncertainty_km"),
    [("Orangi Town", 5.0), ("Korangi", 12.0), ("Pir Baba", 3.0), ("Takht Bhai", 4.0), ("Qissa Khwani Bazaar", 0.5)],
)
def test_a_curated_place_carries_the_uncertainty_its_sources_support(query, uncertainty_km):
    assert geocode_many([query], country="PK").iloc[0]["uncertainty_km"] == pytest.approx(uncertainty_km)


def test_korangi_is_not_read_as_a_misspelling_of_orangi_town():
    # the UCDP dev set has "Korangi town"; before the Korangi row it fuzzy-matched Orangi Town, 19 km away
    row = geocode_many(["Korangi town"], country="PK", admin1=SINDH, admin2="Karachi district").iloc[0]
    assert row["id"] != "cur-0037"


@pytest.mark.parametrize(
    ("query", "admin1", "place_id"),
    [
        # measured and left out (CURATED_NOTES): in Quetta news "Bolan" is a hospital, a pass, a road
        ("Bolan", BAL, "wof:1108692229"),
        # Badaber was measured and dropped: "Badaber Police Station" split an event in Peshawar
        ("Badaber", KP, None),
    ],
)
def test_a_name_measured_and_dropped_does_not_resolve_to_a_curated_unit(query, admin1, place_id):
    row = geocode_many([query], country="PK", admin1=admin1).iloc[0]
    assert row["status"] != "matched" or (place_id is not None and row["id"] != place_id)


def test_helmands_nawa_with_its_province_is_the_helmand_district():
    row = geocode_many(["Nawa"], country="AF", admin1="Helmand").iloc[0]
    assert row["id"] != "wof:1108562315"  # never Ghazni's Nawa district, 300 km away


@pytest.mark.xfail(
    strict=True,
    reason="bare 'Nawa' is Ghazni's district `matched`: a place bearing the name as its primary name wins over "
    "Helmand's district, which has it only as an alias (geocoding._choose); the bare alias was measured to cost "
    "text-set events and is not added (CURATED_NOTES). Needs a geocoder rule change, outside this data task.",
)
def test_bare_nawa_shared_by_two_districts_is_ambiguous():
    assert geocode_many(["Nawa"], country="AF").iloc[0]["status"] == "ambiguous"
