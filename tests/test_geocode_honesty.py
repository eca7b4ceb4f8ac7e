"""The geocoder is never confidently wrong: hints are constraints, far homonyms are
ambiguous, unknown names fall back to the hint's unit, fuzzy readings are not asserted."""

from __future__ import annotations

import threading

import pandas as pd
import pytest

import geoinc
from geoinc.areas import crossing_countries
from geoinc.geocoding import resolve
from geoinc.geodesy import km_between


# ----------------------------------------------------------------------------- hints are constraints
@pytest.mark.parametrize(
    "query, admin1",
    [
        ("Rustam", "Khyber Pakhtunkhwa"),
        ("Kotah", "Khyber Pakhtunkhwa"),
        ("Mach", "Khyber Pakhtunkhwa"),
        ("Nasirabad", "Balochistan"),
        ("Chinar", "Khyber Pakhtunkhwa"),
    ],
)
def test_a_candidate_outside_the_admin1_hint_is_never_returned(query, admin1):
    r = resolve(query, admin1=admin1)
    assert r.place is not None
    assert r.place.admin1 == admin1 or r.place.name == admin1, (r.place, r.message)


def test_a_name_missing_from_the_hinted_province_gives_the_province_as_approximate():
    r = resolve("Qzxvbw Kalay", admin1="Balkh")
    assert r.status == "approximate"
    assert (r.place.kind, r.place.name, r.place.precision) == ("province", "Balkh", 3)
    assert "approximate" in r.message


def test_a_name_missing_from_the_hinted_district_gives_the_district_at_precision_2():
    r = resolve("Qzxvbw Kalay", admin1="Paktika", admin2="Barmal")
    assert r.status == "approximate"
    assert (r.place.kind, r.place.name, r.place.precision) == ("district", "Barmal", 2)


@pytest.mark.parametrize(
    "query, admin1, admin2, covered",
    [
        ("Taftan", "Balochistan", "Nushki", True),  # Taftan lies in Chagai, Nushki's neighbour
        ("Taftan", "Balochistan", "Quetta", False),  # Chagai does not touch Quetta district
    ],
)
def test_the_hinted_district_covers_a_namesake_in_a_neighbouring_district(query, admin1, admin2, covered):
    r = resolve(query, country="PK", admin1=admin1, admin2=admin2)
    assert r.status == "approximate" and (r.place.kind, r.place.name) == ("district", admin2)
    namesake = resolve(query, country="PK", admin1=admin1)
    reach = km_between(r.place.lat, r.place.lon, namesake.place.lat, namesake.place.lon)
    assert (r.place.uncertainty_km >= reach) is covered
    assert ("neighbouring district" in r.message) is covered


def test_context_fallback_takes_the_province_not_a_same_named_town():
    r = resolve("Qzxvbw Kalay, Balkh")
    assert r.status == "approximate"
    assert r.place.kind == "province" and r.place.precision == 3


def test_an_admin2_that_matches_no_district_is_ignored_with_a_message():
    r = resolve("Khost", admin1="Khost", admin2="Nowhere Qzx district")
    assert r.status == "matched"
    assert "ignored" in r.message


def test_the_approximate_uncertainty_covers_the_unit():
    r = resolve("Qzxvbw Kalay", admin1="Khost")
    prov = geoinc.Gazetteer.default()["adm1:AF.37"]
    assert r.place.uncertainty_km >= prov.uncertainty_km


# ----------------------------------------------------------------------------- homonyms
def test_far_apart_same_name_districts_and_towns_are_ambiguous_without_context():
    r = resolve("Khash")
    assert r.status == "ambiguous", r
    assert len(r.place.alternatives) >= 1


def test_a_bare_village_name_is_not_asserted():
    # dozens of villages share the name: without a province or district none is asserted
    r = resolve("Mir Ali")
    assert r.status == "ambiguous"


def test_context_separates_homonyms():
    r = resolve("Mir Ali", admin1="Khyber Pakhtunkhwa", admin2="Chitral")
    assert r.status == "matched"
    assert r.place.admin2 == "Chitral"


@pytest.mark.parametrize("query", ["Parachinar", "Dehmazang"])
def test_a_seat_name_never_answers_with_its_district(query):
    p = geoinc.geocode(query)
    assert p is None or p.kind != "district", p


def test_a_district_is_found_through_its_seat_when_a_district_is_asked_for():
    assert geoinc.geocode("Parachinar district").kind == "district"


def test_close_records_of_one_name_widen_the_uncertainty_instead_of_being_ambiguous():
    # three GeoNames records named Mir Ali in North Waziristan, within ~25 km of each other
    r = resolve("Mir Ali", admin1="Khyber Pakhtunkhwa", admin2="North Waziristan")
    assert r.status == "matched", r.message
    for a in r.place.alternatives:
        if a.admin2 == "North Waziristan" and a.name == "Mir Ali":
            assert km_between(r.place.lat, r.place.lon, a.lat, a.lon) <= r.place.uncertainty_km


# ----------------------------------------------------------------------------- fuzzy
def test_a_fuzzy_reading_of_a_village_is_approximate_not_matched():
    r = resolve("Toraworai", admin1="Khyber Pakhtunkhwa", admin2="Hangu")
    assert r.status in ("approximate", "unresolved")


def test_a_misspelled_unknown_local_name_is_not_placed_far_away():
    for q in ("Kharkai", "Waheedabad"):
        r = resolve(q)
        assert r.status != "matched" or r.place.kind != "populated_place", r


# ----------------------------------------------------------------------------- units users name
@pytest.mark.parametrize(
    "query, kind, admin1",
    [
        ("Barmal district", "district", "Paktika"),
        ("Waziristan", "region", "Khyber Pakhtunkhwa"),
        ("Kalash valleys", "region", "Khyber Pakhtunkhwa"),
        ("Malakand Division", "region", "Khyber Pakhtunkhwa"),
        ("Makran", "region", "Balochistan"),
        ("Hazara Division", "region", "Khyber Pakhtunkhwa"),
        ("FATA", "region", "Khyber Pakhtunkhwa"),
        ("Federally Administered Tribal Areas", "region", "Khyber Pakhtunkhwa"),
        ("North Waziristan Agency", "district", "Khyber Pakhtunkhwa"),
        ("FR Bannu", "district", "Khyber Pakhtunkhwa"),
        ("Northern Areas", "province", "Gilgit-Baltistan"),
        ("NWFP", "province", "Khyber Pakhtunkhwa"),
        ("Tirah valley", "region", "Khyber Pakhtunkhwa"),
    ],
)
def test_regions_users_name_resolve_with_geometry(query, kind, admin1):
    p = geoinc.geocode(query)
    assert p is not None and p.status == "matched", query
    assert (p.kind, p.admin1) == (kind, admin1)
    assert p.geometry.geom_type in ("Polygon", "MultiPolygon")


def test_every_populated_place_inside_a_district_has_it():
    import numpy as np
    import shapely

    g = geoinc.Gazetteer.default()
    kinds = g.column("kind")
    admin2 = g.column("admin2")
    villages = kinds == "populated_place"
    assert (admin2[villages] != "").mean() > 0.995
    # the few without one lie in no district polygon (e.g. around Bhimber: a district the sources lack)
    none = np.flatnonzero(villages & (admin2 == ""))
    pts = shapely.points(g.column("lon")[none], g.column("lat")[none])
    polys = [p.geometry for p in g.places_of_kind("district") if p.geometry is not None]
    hit, _ = shapely.STRtree(polys).query(pts, predicate="within")
    assert len(hit) == 0


# ----------------------------------------------------------------------------- hints as datasets write them
@pytest.mark.parametrize(
    "admin1, expected",
    [
        ("Khyber Pakhtunkwa province", "Khyber Pakhtunkhwa"),
        ("Khyber Pakhtunkhwa province", "Khyber Pakhtunkhwa"),
        ("NWFP", "Khyber Pakhtunkhwa"),
        ("Federally Administered Tribal Areas", "Federally Administered Tribal Areas"),
        ("FATA", "Federally Administered Tribal Areas"),
        ("Azad Jammu & Kashmir", "Azad Jammu and Kashmir"),
        ("AJK", "Azad Jammu and Kashmir"),
        ("Northern Areas", "Gilgit-Baltistan"),
        ("Gilgit-Baltistan", "Gilgit-Baltistan"),
        ("Urozgan", "Uruzgan"),
        ("Nimruz", "Nimroz"),
        ("Daykundi", "Daykundi"),
        ("Sar-e Pul", "Sar-e Pul"),
        ("Hilmand", "Helmand"),
        ("Hirat", "Herat"),
        ("Maydan Wardak", "Wardak"),
        ("Paktya", "Paktiya"),
        ("Panjsher", "Panjshayr"),
        ("Jawzjan", "Jowzjan"),
        ("AF-KHO", "Khost"),
        ("PK-KP", "Khyber Pakhtunkhwa"),
        ("AF.37", "Khost"),
        ("Balochistan province", "Balochistan"),
        ("Punjab province", "Punjab"),
    ],
)
def test_admin1_as_datasets_write_it_resolves(admin1, expected):
    from geoinc.areas import resolve_area

    area = resolve_area(admin1, geoinc.Gazetteer.default(), level="admin1")
    assert area is not None, admin1
    assert geoinc.Gazetteer.default()[area.unit_ids[0]].name == expected


@pytest.mark.parametrize(
    "query, expected, kind",
    [
        ("KPK", "Khyber Pakhtunkhwa", "province"),
        ("AJK", "Azad Jammu and Kashmir", "province"),
        ("GB", "Gilgit-Baltistan", "province"),
        ("ICT", "Islamabad", "province"),  # the territory, not the same-name city
    ],
)
def test_an_abbreviation_of_the_alias_table_as_a_query_is_that_unit(query, expected, kind):
    r = resolve(query)
    assert r.status == "matched" and r.place.name == expected and r.place.kind == kind, r
    assert f"alias '{query}'" in r.place.reason
    row = geoinc.geocode_many([query]).iloc[0]
    assert row["status"] == "matched" and row["name"] == expected


def test_an_abbreviation_outside_the_hints_is_not_matched():
    r = resolve("ICT", admin1="Punjab")
    assert r.status != "matched" or r.place.admin1 == "Punjab", r


def test_per_row_hints_in_a_batch():
    df = geoinc.geocode_many(
        ["Mir Ali", "Mir Ali", "Kabul"],
        admin1=["Khyber Pakhtunkhwa", "Khyber Pakhtunkhwa", None],
        admin2=pd.Series(["North Waziristan", "Chitral", None]),
    )
    assert list(df["status"]) == ["matched", "matched", "matched"]
    assert list(df["admin2"][:2]) == ["North Waziristan", "Chitral"]


def test_missing_hints_in_a_frame_column_are_no_hint():
    df = geoinc.geocode_many(
        pd.Series(["Kabul", "Mir Ali"]),
        admin1=pd.Series([float("nan"), "Khyber Pakhtunkhwa"]),
        admin2=pd.Series([None, "North Waziristan"]),
    )
    assert list(df["status"]) == ["matched", "matched"]


def test_an_unknown_admin1_makes_only_its_row_invalid_and_names_close_ones():
    df = geoinc.geocode_many(["Kabul", "Khost"], admin1=["Kabul", "Qzxvw province"])
    assert list(df["status"]) == ["matched", "invalid"]
    assert "row 1" in df["message"][1] and "did you mean" in df["message"][1]


def test_an_unknown_country_in_a_batch_is_a_row_error():
    df = geoinc.geocode_many(["Kabul", "Kabul"], country=["AF", "ZZ"])
    assert list(df["status"]) == ["matched", "invalid"]
    assert "AF" in df["message"][1]


def test_a_hint_sequence_of_the_wrong_length_raises():
    with pytest.raises(geoinc.GeocodeQueryError, match="one per query"):
        geoinc.geocode_many(["Kabul", "Khost"], admin1=["Kabul"])


@pytest.mark.parametrize("bad", [5, 3.2, ["AF"]])
def test_a_non_string_country_is_a_clear_error(bad):
    with pytest.raises(geoinc.GeocodeQueryError, match="country"):
        geoinc.geocode("Kabul", country=bad)


def test_near_limits_the_candidates():
    kabul = geoinc.geocode("Kabul")
    r = resolve("Mir Ali", near=(kabul.lat, kabul.lon, 50))
    assert r.status in ("approximate", "unresolved", "matched")
    if r.status == "matched":
        assert km_between(kabul.lat, kabul.lon, r.place.lat, r.place.lon) <= 50 + r.place.uncertainty_km


# ----------------------------------------------------------------------------- determinism
QUERIES = ["Bahlanx", "Bahlānx", "Kabul", "Khowst", "Mir Ali", "Kandahr", "Zazai Maidan, Khost", "Qzxvbw, Balkh"]


def _answers(queries):
    return [(r.status, r.message, r.place.to_dict() if r.place else None) for r in (resolve(q) for q in queries)]


def test_answers_do_not_depend_on_call_order():
    forward = _answers(QUERIES)
    backward = _answers(QUERIES[::-1])[::-1]
    assert forward == backward


def test_answers_are_the_same_from_eight_threads():
    expected = _answers(QUERIES)
    got: list = [None] * 8

    def work(k):
        got[k] = _answers(QUERIES[k % len(QUERIES) :] + QUERIES[: k % len(QUERIES)])

    threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for k in range(8):
        rot = k % len(QUERIES)
        assert got[k] == expected[rot:] + expected[:rot]


# ----------------------------------------------------------------------------- dataset conventions
@pytest.mark.parametrize(
    "query, name, status",
    [("Kabul - Khair Khana", "Khair Khana", "matched"), ("Kabul - Qzxv Police District 13", "Kabul", "approximate")],
)
def test_a_town_dash_part_of_it_reads_the_part_within_the_town(query, name, status):
    r = resolve(query)
    assert (r.status, r.place.name) == (status, name), r.message
    assert r.place.precision <= 2


# ----------------------------------------------------------------------------- variant readings, common names
def _villages_with_unique_name_in_district(n: int, seed: int):
    import random

    import numpy as np

    from geoinc.geocoding import importance
    from geoinc.names import exact_key, variant_key

    g = geoinc.Gazetteer.default()
    rows = np.flatnonzero(g.column("kind") == "populated_place").tolist()
    rng = random.Random(seed)
    out = []
    while len(out) < n:
        p = g.place_at(rng.choice(rows))
        if importance(p) > 1 or not p.admin2 or "i" not in p.name or not p.name.isascii():
            continue
        variant = p.name.replace("i", "ee", 1)
        if g.exact_hits(exact_key(variant)):
            continue
        same_district = [j for j, _, _ in g.exact_hits(exact_key(p.name)) if g.place_at(j).admin2 == p.admin2]
        if len(same_district) == 1 and variant_key(variant) != variant_key(p.name):
            continue
        if len(same_district) == 1:
            out.append((p, variant))
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_variant_spelling_with_only_a_province_is_approximate_with_the_provinces_radius(seed):
    read_as_the_village = 0
    for p, variant in _villages_with_unique_name_in_district(3, seed):
        r = resolve(variant, country=p.country, admin1=p.admin1)
        assert r.status in ("approximate", "ambiguous"), (variant, r)
        if r.status == "approximate" and r.place.id == p.id:
            read_as_the_village += 1
            province = resolve(f"{p.admin1} province", country=p.country).place
            assert province.kind == "province"
            assert r.place.uncertainty_km >= province.uncertainty_km
    assert read_as_the_village >= 1


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_variant_spelling_inside_the_named_district_is_matched(seed):
    for p, variant in _villages_with_unique_name_in_district(3, seed):
        r = resolve(variant, country=p.country, admin1=p.admin1, admin2=p.admin2)
        assert r.status == "matched" and r.place.id == p.id, (variant, r)


def test_the_exact_spelling_inside_the_named_district_is_matched():
    for p, _ in _villages_with_unique_name_in_district(5, 4):
        r = resolve(p.name, country=p.country, admin1=p.admin1, admin2=p.admin2)
        assert r.status == "matched", (p, r)
        assert r.place.id == p.id or km_between(r.place.lat, r.place.lon, p.lat, p.lon) <= r.place.uncertainty_km


def test_a_village_name_three_records_share_is_approximate_with_only_a_province():
    from geoinc.geocoding import COMMON_NAME_RECORDS, importance
    from geoinc.names import exact_key, variant_key

    g = geoinc.Gazetteer.default()
    kinds = g.column("kind")
    seen = 0
    for i in range(0, len(g), 97):
        if kinds[i] != "populated_place":
            continue
        p = g.place_at(i)
        if importance(p) > 1 or not p.name.isascii():
            continue
        same = g.variant_hits(variant_key(p.name))
        in_province = [j for j, _, _ in same if g.place_at(j).admin1 == p.admin1]
        if len(same) != COMMON_NAME_RECORDS + 1 or len(in_province) != 1 or len(g.exact_hits(exact_key(p.name))) != len(same):
            continue
        r = resolve(p.name, country=p.country, admin1=p.admin1)
        assert r.status == "approximate", (p, r)
        assert "only the district confirms" in r.message
        seen += 1
        if seen == 5:
            break
    assert seen == 5


def test_no_populated_place_claims_less_than_a_village_points_error():
    g = geoinc.Gazetteer.default()
    kinds = g.column("kind")
    unc = g.column("uncertainty_km")
    assert float(unc[kinds == "populated_place"].min()) >= 5.0


@pytest.mark.parametrize("query, district", [("Archi district", "Dashte Archi")])
def test_a_district_asked_by_its_seats_name_is_the_containing_district_as_approximate(query, district):
    r = resolve(query, country="AF")
    assert r.status == "approximate"
    assert (r.place.kind, r.place.name, r.place.precision) == ("district", district, 2)
    assert "no district named" in r.message


def test_the_seats_name_alone_is_still_the_town():
    r = resolve("Archi", country="AF")
    assert r.place.kind == "populated_place"


def test_the_column_wise_importance_table_agrees_with_importance_of_each_place():
    import numpy as np

    from geoinc.geocoding import _importance_of, importance

    g = geoinc.Gazetteer.default()
    table = _importance_of(g)
    assert np.array_equal(table, [importance(g.place_at(i)) for i in range(len(g))])


# ----------------------------------------------------------------------------- border crossings
@pytest.mark.parametrize(
    "hints",
    [
        {"country": "PK"},
        {"country": "AF"},
        {"admin1": "Federally Administered Tribal Areas"},
        {"admin1": "Khyber Pakhtunkhwa", "admin2": "Khyber"},
        {"admin1": "Nangarhar"},
    ],
)
def test_a_border_crossing_is_found_with_a_hint_of_either_side(hints):
    g = geoinc.Gazetteer.default()
    crossing = next(p for p in g.places_of_kind("crossing") if p.name.startswith("Torkham"))
    assert crossing_countries(crossing.country, g.region) == ("AF", "PK")
    r = resolve("Torkham", **hints)
    assert r.status == "matched", r.message
    # the crossing, or the settlement of the name at the gate
    assert km_between(r.place.lat, r.place.lon, crossing.lat, crossing.lon) <= crossing.uncertainty_km


def test_a_border_crossing_claims_no_less_than_a_villages_uncertainty():
    g = geoinc.Gazetteer.default()
    assert all(p.uncertainty_km >= 5.0 for p in g.places_of_kind("crossing"))


# ----------------------------------------------------------------------------- facilities named after a place
@pytest.mark.parametrize(
    "query, admin1, place",
    [
        ("Wana bazaar", "Khyber Pakhtunkhwa", "Wana"),
        ("Kohat tunnel", "Khyber Pakhtunkhwa", "Kohat"),
        ("Bannu cantonment", "Khyber Pakhtunkhwa", "Bannu"),  # not a fuzzy reading of the whole name
        ("Chaman bazaar", "Balochistan", "Chaman"),
    ],
)
def test_a_facility_named_after_a_place_is_placed_there_as_approximate(query, admin1, place):
    r = resolve(query, admin1=admin1)
    town = resolve(place, admin1=admin1)
    assert town.status == "matched"
    assert r.status == "approximate", r.message
    assert r.place.name == town.place.name
    assert r.place.uncertainty_km == pytest.approx(town.place.uncertainty_km + 10.0)
    assert "named after" in r.message


def test_a_facility_named_after_an_unsettled_name_falls_back_to_the_hint():
    # many villages share the name and only a province is given: no place is asserted for it
    r = resolve("Mir Ali bazaar", admin1="Khyber Pakhtunkhwa")
    assert r.status == "approximate"
    assert r.place.kind == "province"


def test_a_place_bearing_the_whole_name_wins_over_the_facility_reading():
    r = resolve("Kabul airport")
    assert r.status == "matched"
    assert r.place.kind == "airport"


def test_a_gate_is_not_read_as_the_place_it_faces():
    # city gates are named after people or the town they face, not the place they stand in
    r = resolve("Bhatti Gate", admin1="Punjab", admin2="Lahore")
    assert r.place.kind == "district"


@pytest.mark.parametrize("query", ["Sangin district center", "Sangin district centre", "Sangin district headquarters"])
def test_a_district_center_is_the_seat_town_not_the_district(query):
    """ "X district center" (as UCDP and ACLED write a seat) is the town, at precision 1; it is not unresolved."""
    r = resolve(query, country="AF")
    assert r.status == "matched"
    assert (r.place.kind, r.place.precision, r.place.admin1) == ("populated_place", 1, "Helmand")
