"""A period's or campaign's count told after an event is not the event's toll (docs/text.md, "Killed and injured").

Every sentence is written for this test (none is taken from a report).
"""

from __future__ import annotations

import pandas as pd
import pytest

from geoinc import extract_incidents

PUBLISHED = "2026-03-10"


def _killed_at(text: str, place: str = "Dand") -> pd.Series:
    d = extract_incidents(text, published=PUBLISHED)
    d = d[~d["aggregate"] & ~d["background"] & (d["location"] == place)]
    assert len(d) == 1, d[["location", "date", "killed_min", "killed_best"]]
    return d.iloc[0]


def _best(row: pd.Series) -> int | None:
    for col in ("killed_best", "killed_min", "killed_max"):
        if not pd.isna(row[col]):
            return int(row[col])
    return None


@pytest.mark.parametrize(
    "text, killed",
    [
        # a later figure far larger than the lead's toll, of 50 or more: a count over a period or a campaign
        (
            "A roadside bomb killed three policemen in Dand district on Monday. "
            "Officials say more than 400 members of the security forces have been killed in the province since January.",
            3,
        ),
        (
            "Two civilians were killed when a mortar shell hit a house in Dand district on Monday. "
            "The army says its offensive has killed 150 militants, a figure that cannot be verified.",
            2,
        ),
        # a toll that rises is the event's own
        (
            "A suicide bomber killed at least eight people at a market in Dand district on Monday. "
            "Hours later the death toll rose to 60 as more bodies were pulled from the rubble.",
            60,
        ),
        # a day's count of an operation is that day's toll
        (
            "Troops killed nine militants in Dand district on Monday. "
            "A spokesman said 90 militants had been killed in the past 24 hours in the district.",
            90,
        ),
        # below 50, or not five times the lead, a later figure still counts as the event's
        (
            "Gunmen killed four guards at a checkpoint in Dand district on Monday. Officials later said 12 people died in the attack.",
            12,
        ),
    ],
)
def test_a_later_period_count_is_not_the_events_toll(text, killed):
    assert _best(_killed_at(text)) == killed


def test_the_left_out_count_is_named_in_the_notes():
    row = _killed_at(
        "Two civilians were killed when a mortar shell hit a house in Dand district on Monday. "
        "The army says its offensive has killed 150 militants, a figure that cannot be verified."
    )
    assert "left out as a period's or campaign's count, not this event's toll: 150" in row["notes"]
