"""A total one sentence gives over several places: an aggregate row plus an event at each place with no toll of
its own (docs/text.md, "Joint tolls"). Sentences written for the test."""

import math

import pytest

from geoinc.textevents import extract_incidents

PUBLISHED = "2020-07-18"  # a Saturday


def _rows(text: str) -> list[tuple[str, str, float, bool]]:
    d = extract_incidents(text, published=PUBLISHED)
    return [(r.location, str(r.date)[:10], r.killed_min, bool(r.aggregate)) for r in d.itertuples()]


@pytest.mark.parametrize(
    "text, places",
    [
        (
            "On Friday, Afghan warplanes struck Taliban hideouts in Kunar, Logar and Farah provinces, killing 21 militants, "
            "the defence ministry said.",
            ["Kunar", "Logar", "Farah"],
        ),
        ("Overnight on Friday, drone strikes hit compounds in Kunar and Logar provinces, killing 14 fighters.", ["Kunar", "Logar"]),
    ],
)
def test_a_dated_joint_toll_gives_an_event_at_each_place_without_a_toll(text, places):
    rows = _rows(text)
    totals = [r for r in rows if r[3]]
    parts = [r for r in rows if not r[3]]
    assert len(totals) == 1 and not math.isnan(totals[0][2])
    assert [r[0] for r in parts] == places
    assert all(math.isnan(r[2]) and r[1] == "2020-07-17" for r in parts)


def test_places_the_report_gives_their_own_toll_get_no_extra_event():
    rows = _rows(
        "On Friday, Afghan warplanes struck Taliban hideouts in Kunar and Logar provinces, killing 21 militants, the "
        "defence ministry said. Twelve were killed in Kunar and nine died in Logar."
    )
    assert sorted((r[0], r[2]) for r in rows if not r[3]) == [("Kunar", 12.0), ("Logar", 9.0)]


@pytest.mark.parametrize(
    "text",
    [
        "Militants killed 300 people in attacks in Kunar and Logar provinces last year, the UN said on Friday.",
        "Airstrikes in Kunar and Logar provinces killed 21 militants, officials said.",  # the text does not date it
    ],
)
def test_a_period_or_undated_total_gets_no_events_at_its_places(text):
    assert [r for r in _rows(text) if not r[3]] == []
