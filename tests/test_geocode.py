"""Geocoder behaviour: hints, kinds, ambiguity, fuzzy matching, bad input, batches."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import geoinc
from geoinc import GeocodeQueryError, GeocodeTypeError, GeoincError


# --- bad input -------------------------------------------------------------------
@pytest.mark.parametrize("query", ["", "   ", "\t\n", "---", "x" * 301])
def test_geocode_rejects_malformed_query_with_value_error(query):
    with pytest.raises(GeocodeQueryError) as info:
        geoinc.geocode(query)
    assert isinstance(info.value, ValueError) and isinstance(info.value, GeoincError)


@pytest.mark.parametrize("query", [None, 42, 3.5, b"Kabul", ["Kabul"], {"q": "Kabul"}])
def test_geocode_rejects_non_string_with_type_error(query):
    with pytest.raises(GeocodeTypeError) as info:
        geoinc.geocode(query)
    assert isinstance(info.value, TypeError)


@pytest.mark.parametrize("kw", [{"country": "Narnia"}, {"admin1": "Atlantis"}])
def test_unknown_hint_parameter_is_a_clear_error(kw):
    with pytest.raises(GeocodeQueryError, match="not"):
        geoinc.geocode("Kabul", **kw)


# --- honest unresolved -----------------------------------------------------------
@pytest.mark.parametrize("query", ["Springfield", "Xyzzy", "Narnia", "Paris", "Tokyo", "Qwertyuiop"])
def test_unknown_name_is_unresolved_not_forced(query):
    assert geoinc.geocode(query) is None


# --- fuzzy ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "typo, expected",
    [
        ("Kandahr", "gn:1138336"),
        ("Peshwar", "gn:1168197"),
        ("Jalalbad", "gn:1139715"),
        ("Nangahar", "adm1:AF.18"),
        ("Khyber Pakhtunkwa", "adm1:PK.03"),
        ("Asadabaad", "gn:1148311"),
    ],
)
def test_misspelling_resolves_with_a_lower_score(typo, expected):
    place = geoinc.geocode(typo)
    assert place is not None and place.id == expected
    assert place.score <= 0.9 and ("fuzzy" in place.reason or "variant" in place.reason)


@pytest.mark.parametrize("query", ["Kabak", "Gardiff", "Paktoria", "Lahorez"])
def test_near_miss_of_a_short_name_is_not_forced(query):
    # short keys: one edit away from a real name is as likely another place (calibration)
    place = geoinc.geocode(query)
    assert place is None or place.score < 0.85


# --- kinds and hints ---------------------------------------------------------------
@pytest.mark.parametrize(
    "query, kind",
    [
        ("Khost province", "province"),
        ("Khost district", "district"),
        ("Khost city", "populated_place"),
        ("Kunar province", "province"),
        ("Bagram airfield", "airbase"),
        ("Bagram district", "district"),
    ],
)
def test_feature_word_selects_the_kind(query, kind):
    assert geoinc.geocode(query).kind == kind


def test_bare_name_of_capital_gives_city_with_province_as_alternative():
    place = geoinc.geocode("Khost")
    assert place.kind == "populated_place"
    assert "adm1:AF.37" in [a.id for a in place.alternatives]


def test_province_query_gives_province_with_city_as_alternative():
    place = geoinc.geocode("Khost Province")
    assert place.kind == "province"
    assert "gn:1136469" in [a.id for a in place.alternatives]
    assert place.centroid is not None
    assert place.geometry.geom_type in ("Polygon", "MultiPolygon")
    assert place.geometry.contains(geoinc.geocode("Khost").point)


def test_in_query_hint_selects_the_candidate_in_that_province():
    assert geoinc.geocode("Dowlatabad").status == "ambiguous"
    assert geoinc.geocode("Dowlatabad, Balkh").admin1 == "Balkh"
    assert geoinc.geocode("Dowlatabad, Faryab").admin1 == "Faryab"


@pytest.mark.parametrize("kw, admin1", [({"admin1": "Balkh"}, "Balkh"), ({"admin1": "AF.07"}, "Faryab")])
def test_admin1_parameter_restricts_candidates(kw, admin1):
    place = geoinc.geocode("Dowlatabad", **kw)
    assert place.admin1 == admin1 and place.status == "matched"


def test_country_parameter_filters_hard():
    p = geoinc.geocode("Khost", country="PK")
    assert p is None or (p.country == "PK" and p.status != "matched")
    assert geoinc.geocode("Khost", country="Afghanistan").country == "AF"
    assert geoinc.geocode("Peshawar", country="pk").country == "PK"


def test_an_in_query_hint_is_a_constraint_too():
    r = geoinc.resolve("Khost, Pakistan")
    assert r.place is None or (r.place.country == "PK" and r.status != "matched")


def test_ambiguity_is_reported_not_silently_decided():
    r = geoinc.resolve("Dowlatabad")
    assert r.status == "ambiguous"
    assert "ambiguous" in r.message and len(r.place.alternatives) >= 1
    with pytest.raises(geoinc.AmbiguousPlace) as info:
        geoinc.geocode("Dowlatabad", strict=True)
    assert len(info.value.candidates) >= 2


def test_same_place_under_several_records_is_not_ambiguous():
    # the district Bagram, its seat and the airfield named after it lie together: one place
    r = geoinc.resolve("Bagram")
    assert r.status == "matched" and r.place.kind == "district"


def test_place_is_immutable():
    place = geoinc.geocode("Kabul")
    with pytest.raises(AttributeError):
        place.lat = 0.0  # type: ignore[misc]


# --- geocode_many ------------------------------------------------------------------
def test_geocode_many_keeps_rows_in_order_with_a_status_each():
    queries = ["Kabul", "", None, "Xyzzy", "Dowlatabad", "Kabul", 7, "Khost province"]
    df = geoinc.geocode_many(queries)
    assert list(df.columns) == list(geoinc.geocoding.RESULT_COLUMNS)
    assert len(df) == len(queries)
    assert list(df["status"]) == ["matched", "invalid", "invalid", "unresolved", "ambiguous", "matched", "invalid", "matched"]
    assert df.loc[2, "message"].startswith("row 2:")
    assert df.loc[6, "message"].startswith("row 6:") and "int" in df.loc[6, "message"]
    assert df.loc[1, "message"].startswith("row 1:") and "empty" in df.loc[1, "message"]


def test_geocode_many_keeps_a_series_index():
    s = pd.Series(["Gardez", "Paktia"], index=["a", "b"])
    df = geoinc.geocode_many(s)
    assert list(df.index) == ["a", "b"]
    assert list(df["name"]) == ["Gardez", "Paktiya"]


@pytest.mark.parametrize("container", [list, tuple, np.array, pd.Series])
def test_geocode_many_accepts_array_likes(container):
    df = geoinc.geocode_many(container(["Kabul", "Khost"]))
    assert list(df["status"]) == ["matched", "matched"]


def test_geocode_many_of_empty_input_is_an_empty_frame():
    df = geoinc.geocode_many([])
    assert len(df) == 0 and list(df.columns) == list(geoinc.geocoding.RESULT_COLUMNS)


@pytest.mark.parametrize("bad", ["Kabul", 42])
def test_geocode_many_rejects_a_single_string_or_scalar(bad):
    with pytest.raises(GeocodeTypeError):
        geoinc.geocode_many(bad)


def test_geocode_many_matches_geocode_row_by_row():
    queries = ["Khair Khana", "Zazai Maidan, Khost", "Kandahr", "Paktia"]
    df = geoinc.geocode_many(queries)
    for q, (_, row) in zip(queries, df.iterrows()):
        p = geoinc.geocode(q)
        assert (row["id"], row["lat"], row["lon"], row["score"]) == (p.id, p.lat, p.lon, p.score)


def test_a_batch_of_fuzzy_queries_gives_the_same_answers_as_one_by_one():
    import random

    rng = random.Random(3)
    base = ["Kandahar", "Jalalabad", "Peshawar", "Nangarhar", "Asadabad", "Mazar-e Sharif", "Lashkar Gah"]
    typos = []
    for _ in range(120):
        s = rng.choice(base)
        i = rng.randrange(1, len(s) - 1)
        typos.append(s[:i] + rng.choice("xqzjv") + s[i + 1 :])
    typos += [f"Zzyqv{n}ville" for n in range(30)]
    from geoinc import geocoding

    geocoding._resolve_cached.cache_clear()  # the batch runs cold, the single calls warm
    df = geoinc.geocode_many(typos)
    for q, got in zip(typos, df["id"]):
        one = geoinc.geocode(q)
        assert (one.id if one else None) == (got if isinstance(got, str) else None), q
