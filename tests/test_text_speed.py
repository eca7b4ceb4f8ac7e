"""Text extraction costs time linear in the text, on hostile and list-like input too.

Each case is timed at n and 2n characters (CPU time, best of three, so other processes on a
shared machine matter less); the ratio must stay near 2 (at most 2.6), which a quadratic
step would break by far (the previous version took 55 s on 24 kB of "Kabul Khost ").
The absolute floors are loose (a loaded 2-core machine): benchmarks/bench_text.py measures
the real rates.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from geoinc import extract_incidents, extract_places

#: repeating units of hostile text (shared with benchmarks/bench_text.py)
UNITS = json.loads((Path(__file__).resolve().parent / "data" / "hostile_text_units.json").read_text("utf-8"))


def _cpu(fn, text: str) -> float:
    best = float("inf")
    for _ in range(3):
        t0 = time.process_time()
        fn(text)
        best = min(best, time.process_time() - t0)
    return best


@pytest.fixture(scope="module", autouse=True)
def _warm():
    extract_places("Kabul")  # build the automaton once, outside the timings
    extract_incidents("A strike hit Kabul.", published="2026-03-05")


@pytest.mark.parametrize("case", sorted(UNITS))
def test_extract_places_is_linear_and_at_least_quarter_mb_per_s(case):
    n = 100_000
    small = (UNITS[case] * (n // len(UNITS[case]) + 1))[:n]
    big = (UNITS[case] * (2 * n // len(UNITS[case]) + 1))[: 2 * n]
    t1, t2 = _cpu(extract_places, small), _cpu(extract_places, big)
    assert t2 / max(t1, 1e-3) <= 2.6, (t1, t2)
    assert 2 * n / 1e6 / t2 >= 0.25, f"{2 * n / 1e6 / t2:.2f} MB/s"


@pytest.mark.parametrize("case", sorted(UNITS))
def test_extract_incidents_is_linear_and_at_least_25_kb_per_s(case):
    n = 25_000
    run = lambda t: extract_incidents(t, published="2026-03-05")  # noqa: E731
    small = (UNITS[case] * (n // len(UNITS[case]) + 1))[:n]
    big = (UNITS[case] * (2 * n // len(UNITS[case]) + 1))[: 2 * n]
    t1, t2 = _cpu(run, small), _cpu(run, big)
    assert t2 / max(t1, 1e-3) <= 2.6, (t1, t2)
    assert 2 * n / 1e3 / t2 >= 25, f"{2 * n / 1e3 / t2:.0f} kB/s"
