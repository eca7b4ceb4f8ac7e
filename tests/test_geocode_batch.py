"""The batch path of ``geocode_many`` gives exactly the answers of the one-query pipeline.

``geocode_many`` resolves the plain queries of a batch over numpy arrays and sends the rest
through :func:`geoinc.geocoding.resolve`; both end in the same decision code.  These tests
run the same rows both ways (the batch path switched off by monkeypatching) and compare
every column of every row.
"""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import geoinc
from geoinc import geocoding
from geoinc.geocoding import geocode_many

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).with_name("data")


def _bench():
    spec = importlib.util.spec_from_file_location("bench_geocode", ROOT / "benchmarks" / "bench_geocode.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


@pytest.fixture(scope="module")
def bench_rows():
    """3,000 queries of the benchmark's mix (seeded), half with their place's province and
    district as per-row hints, some with the country too."""
    g = geoinc.Gazetteer.default()
    triples = _bench().make_queries(3000, seed=3)
    rng = random.Random(4)
    queries, country, admin1, admin2 = [], [], [], []
    for q, _, pid in triples:
        queries.append(q)
        p = g[pid] if pid else None
        hinted = p is not None and rng.random() < 0.5
        country.append(p.country if hinted and rng.random() < 0.3 else None)
        admin1.append((p.admin1 or None) if hinted else None)
        admin2.append((p.admin2 or None) if hinted and rng.random() < 0.8 else None)
    return queries, country, admin1, admin2


def _both_ways(monkeypatch, queries, **hints) -> tuple[pd.DataFrame, pd.DataFrame]:
    fast = geocode_many(queries, **hints)
    with monkeypatch.context() as m:
        m.setattr(geocoding, "_resolve_batch", lambda g, items: {})
        slow = geocode_many(queries, **hints)
    return fast, slow


def _assert_same(fast: pd.DataFrame, slow: pd.DataFrame) -> None:
    assert list(fast.columns) == list(slow.columns)
    for col in fast.columns:
        a, b = fast[col].tolist(), slow[col].tolist()
        diff = [k for k, (x, y) in enumerate(zip(a, b)) if not (x == y or (x != x and y != y))]
        assert not diff, (col, [(fast["query"].iat[k], a[k], b[k]) for k in diff[:5]])
    pd.testing.assert_frame_equal(fast, slow)


def test_the_benchmark_mix_gives_the_same_rows_both_ways(monkeypatch, bench_rows):
    queries, country, admin1, admin2 = bench_rows
    fast, slow = _both_ways(monkeypatch, queries, country=country, admin1=admin1, admin2=admin2)
    _assert_same(fast, slow)
    assert set(fast["status"]) >= {"matched", "ambiguous", "approximate", "unresolved"}


def test_the_batch_path_answers_most_exact_and_variant_queries(bench_rows):
    queries, country, admin1, admin2 = bench_rows
    g = geoinc.Gazetteer.default()
    items = list(dict.fromkeys((q, (c, a1, a2)) for q, c, a1, a2 in zip(queries, country, admin1, admin2)))
    done = geocoding._resolve_batch(g, items)
    assert len(done) >= 0.6 * len(items)  # the fuzzy and unknown 30 % of the mix go the long way


@pytest.mark.parametrize(
    "query, hints",
    [
        ("Khost", {}),
        ("Khost district", {}),
        ("Khost province", {"country": "AF"}),
        ("the Khost", {}),
        ("Kabul", {"admin1": "Kabul"}),
        ("KABUL", {}),
        ("Khowst", {}),
        ("Paktya", {}),
        ("Zazai Maidan district", {}),
        ("Khost", {"admin1": "Khost", "admin2": "Nowhere Qzx district"}),
        ("Khost", {"admin1": "Khyber Pakhtunkwa"}),
        ("Rustam", {"admin1": "Khyber Pakhtunkhwa"}),
        ("Kotah", {"admin1": "Khyber Pakhtunkhwa"}),
        ("Khash", {}),
        ("Mir Ali", {"admin1": "FATA"}),
        ("Mir Ali", {"country": "PK"}),
        ("Charkint", {"admin1": "Balkh"}),
        ("Miran Shah village", {}),
        ("Bagram", {}),
        ("Bagram airbase", {"admin1": "Parwan"}),
        ("Torkham", {}),
        ("Parachinar", {"admin1": "Khyber Pakhtunkhwa", "admin2": "Kurram"}),
        ("Khair Khana", {}),
        ("Zazai Maidan district of Khost province", {}),
        ("Kabul's Khair Khana", {}),
        ("Xyzzy", {"admin1": "Nowhere"}),
        ("Kandahr", {}),
        ("", {}),
        ("  Khost  ", {"admin2": "Khost"}),
        ("کابل", {}),
        ("Dehmazang", {}),
    ],
)
def test_hand_picked_queries_give_the_same_rows_both_ways(monkeypatch, query, hints):
    fast, slow = _both_ways(monkeypatch, [query, query.upper(), "the " + query], **hints)
    _assert_same(fast, slow)


def _dataset_rows():
    ucdp = pd.read_csv(DATA / "ucdp_ged_afpak_sample.csv", dtype=str)
    acled = pd.read_csv(DATA / "acled_afpak_sample.csv", dtype=str)
    gtd = pd.read_csv(DATA / "gtd_afpak_sample.csv", dtype=str)
    rows = [
        (ucdp["where_coordinates"], ucdp["country"], ucdp["adm_1"], ucdp["adm_2"]),
        (ucdp["where_coordinates"].str.split(" ").str[0], None, ucdp["adm_1"], None),
        (acled["location"], acled["country"], acled["admin1"], acled["admin2"]),
        (acled["location"], None, None, None),
        (gtd["city"], gtd["country_txt"], gtd["provstate"], None),
    ]
    dev = ROOT.parent / "shared" / "eval" / "ucdp_pk_places_dev.csv"
    if dev.exists():  # the real UCDP GED dev places, when the shared data sit beside the repository
        d = pd.read_csv(dev, dtype=str)
        rows.append((d["query"], d["country"], d["admin1"], d["admin2"]))
        rows.append((d["query"], None, None, None))
    return rows


@pytest.mark.parametrize("k", range(7))
def test_dataset_rows_give_the_same_rows_both_ways(monkeypatch, k):
    rows = _dataset_rows()
    if k >= len(rows):
        pytest.skip("no such set here")
    queries, country, admin1, admin2 = rows[k]
    fast, slow = _both_ways(monkeypatch, queries, country=country, admin1=admin1, admin2=admin2)
    _assert_same(fast, slow)
    assert len(fast) == len(queries)


def test_rows_in_are_rows_out_with_the_series_index(monkeypatch):
    s = pd.Series(["Khost", None, "Khost", 3.5, "Kabul", "", "the Khost"], index=list("abcdefg"))
    fast, slow = _both_ways(monkeypatch, s, admin1=["Khost", None, "Paktia", None, "Kabul", None, np.nan])
    _assert_same(fast, slow)
    assert list(fast.index) == list("abcdefg")


@pytest.mark.parametrize("level", ["country", "admin1", "admin2"])
def test_coded_membership_equals_the_strength_rule(level):
    """Area.coded_inside (the batch path) says 2 exactly where Area.strength does."""
    from geoinc.areas import resolve_area, resolve_country

    g = geoinc.Gazetteer.default()
    rng = np.random.default_rng(0)
    rows = np.unique(np.concatenate([rng.integers(0, len(g), 4000), np.arange(0, len(g), 997)]))
    texts = {
        "country": ["AF", "PK"],
        "admin1": ["Khost", "Khyber Pakhtunkhwa", "Sindh", "Kabul"],
        "admin2": ["Zazai Maidan", "Kurram", "Peshawar"],
    }[level]
    for text in texts:
        area = resolve_country(text, g) if level == "country" else resolve_area(text, g, level=level)
        assert area is not None and area.level == level
        sub = np.concatenate([rows, [g.index_of(u) for u in area.unit_ids]])
        if level != "country":  # the places of the unit itself, and its neighbours
            sub = np.concatenate([sub, np.flatnonzero(area.row_mask(g))[:3000]])
        got = area.coded_inside(g, sub)
        want = np.array([area.strength(g.place_at(int(i)), g) == 2 for i in sub])
        assert (got == want).all(), [g.place_at(int(i)).id for i in sub[got != want][:5]]
        assert got.any()


def _greedy_groups(cands):
    """The grouping rule one group at a time (the form _groups had before the distance matrix)."""
    from geoinc.geodesy import great_circle_km

    lat, lon = np.array([c.place.lat for c in cands]), np.array([c.place.lon for c in cands])
    unc = np.array([c.place.uncertainty_km for c in cands])
    free, groups = np.ones(len(cands), dtype=bool), []
    while free.any():
        k = int(np.argmax(free))
        if len(groups) == geocoding.MAX_GROUPS:
            groups[-1].extend(int(i) for i in np.flatnonzero(free))
            break
        near = free & (great_circle_km(lat[k], lon[k], lat, lon) <= geocoding.SAME_PLACE_KM + unc[k] + unc)
        groups.append([int(i) for i in np.flatnonzero(near)])
        free &= ~near
    return groups


@pytest.mark.parametrize("seed", range(4))
def test_grouping_with_all_distances_at_once_equals_the_greedy_rule(seed):
    g = geoinc.Gazetteer.default()
    rng = random.Random(seed)
    keys = [k for k in g.column("name")[seed::397]]
    sets = [[i for i, _, _ in g.variant_postings(geoinc.names.variant_key(k))] for k in keys]
    sets = [s for s in sets if len(s) >= 9] + [rng.sample(range(len(g)), rng.randint(9, 128)) for _ in range(40)]
    assert len(sets) >= 60
    for rows in sets:
        rng.shuffle(rows)
        cands = [geocoding._Cand(i, 0, 0, 0, 100.0, g.place_at(i), g) for i in rows]
        got = [[cands.index(m) for m in grp.members] for grp in geocoding._groups(cands)]
        assert got == _greedy_groups(cands)


@pytest.mark.parametrize("repeats", [1, 4])
def test_the_frame_equals_rows_resolved_one_by_one(bench_rows, repeats):
    """geocode_many (batch path; with many repeats the frame is made from the distinct rows) against
    resolve() per row and a frame of all rows: duplicates, non-strings and invalid hints included."""
    queries, country, admin1, admin2 = bench_rows
    qs = [*queries[:1500], *queries[:300] * repeats, None, 7, "", "Khost", "Khost"]
    a1 = [*admin1[:1500], *admin1[:300] * repeats, None, None, None, "Qzxv Nowhere", "Khost"]
    a2 = [*admin2[:1500], *admin2[:300] * repeats, None, None, None, None, None]
    got = geocode_many(qs, admin1=a1, admin2=a2)
    rows = []
    for i, (q, h1, h2) in enumerate(zip(qs, a1, a2)):
        if not isinstance(q, str):
            rows.append(
                geocoding._row(geocoding.Resolution(q, "invalid", None, f"row {i}: expected a str, got {type(q).__name__} {q!r:.40}"))
            )
            continue
        row = geocoding._row(geocoding.resolve(q, admin1=h1, admin2=h2))
        rows.append((*row[:-1], f"row {i}: {row[-1]}") if row[1] == "invalid" else row)
    want = pd.DataFrame.from_records(rows, columns=list(geocoding.RESULT_COLUMNS))
    _assert_same(got, want)
    end = 1500 + 300 * repeats
    assert got["message"].iat[end].startswith(f"row {end}: ") and got["status"].iat[end + 3] == "invalid"


def test_a_batch_gives_the_same_frame_from_eight_threads_and_in_any_order(bench_rows):
    import threading

    queries, country, admin1, admin2 = bench_rows
    qs, a1, a2 = queries[:800], admin1[:800], admin2[:800]
    want = geocode_many(qs, admin1=a1, admin2=a2)
    got: list = [None] * 8

    def work(k):
        got[k] = geocode_many(qs[::-1], admin1=a1[::-1], admin2=a2[::-1]) if k % 2 else geocode_many(qs, admin1=a1, admin2=a2)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for k in range(8):
        frame = got[k].iloc[::-1].reset_index(drop=True) if k % 2 else got[k]
        _assert_same(frame, want)


@pytest.mark.parametrize("enabled", [True, False])
def test_geocode_many_leaves_the_collector_as_it_found_it(monkeypatch, bench_rows, enabled):
    """The collector is paused during a batch only: restored after it, also when it raises."""
    import gc

    queries, _, admin1, admin2 = bench_rows
    was = gc.isenabled()

    def failing(g, items):
        assert not gc.isenabled()
        raise RuntimeError("boom")

    try:
        gc.enable() if enabled else gc.disable()
        geocode_many(queries[:200], admin1=admin1[:200], admin2=admin2[:200])
        assert gc.isenabled() is enabled
        monkeypatch.setattr(geocoding, "_resolve_batch", failing)
        with pytest.raises(RuntimeError):
            geocode_many(queries[:3])
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


def test_a_user_gazetteer_gives_the_same_rows_both_ways(monkeypatch):
    g = geoinc.Gazetteer.from_records(
        [
            {"id": "u:1", "name": "Qala", "lat": 34.5, "lon": 69.2, "country": "AF", "admin1": "Kabul", "kind": "populated_place"},
            {"id": "u:2", "name": "Qala", "lat": 31.6, "lon": 65.7, "country": "AF", "admin1": "Kandahar", "kind": "populated_place"},
            {"id": "u:3", "name": "Kabul", "lat": 34.5, "lon": 69.2, "country": "AF", "kind": "province", "admin1": "Kabul"},
            {"id": "u:4", "name": "Deh Qala", "lat": 34.6, "lon": 69.3, "country": "AF", "admin1": "Kabul", "names": "Dih Kala"},
        ],
        label="user places",
    )
    queries = ["Qala", "QALA", "Kala", "the Qala", "Qala village", "Deh Qala", "Dih Kala", "Deh Kala", "Nowhere", "Kabul"]
    for hints in ({}, {"admin1": "Kabul"}, {"country": "AF"}, {"admin1": "Kandahar"}):
        fast, slow = _both_ways(monkeypatch, queries, gazetteer=g, **hints)
        _assert_same(fast, slow)


def test_another_region_gives_the_same_rows_both_ways(monkeypatch, tmp_path):
    import test_second_region as second

    region = second._make_region(tmp_path / "sytr", second.MANIFEST)
    names = [
        "Aleppo",
        "ALEPPO",
        "Halab",
        "Kilis",
        "the Kilis",
        "Kabul",
        "Antep",
        "Gaziantep",
        "",
        "Xyzzy",
        "Şanlıurfa",
        "Sanliurfa",
        "Reyhanli",
        "Idlib province",
    ]
    for hints in ({}, {"country": "TR"}, {"country": "SY"}, {"country": ["TR", "SY"] * 7}):
        fast, slow = _both_ways(monkeypatch, names, region=region, **hints)
        _assert_same(fast, slow)
