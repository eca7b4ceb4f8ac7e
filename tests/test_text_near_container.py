"""A place "near" another is beside it, not inside it: the name keeps its own exact answer and is never swapped for a
look-alike inside the other place (docs/text.md, "Containers"). Sentences written for the test."""

import pytest

from geoinc.text import extract_places


@pytest.mark.parametrize(
    "text, name, admin1",
    [
        ("Troops patrolled the town of Taloqan, near Kunduz, on Monday.", "Taloqan", "Takhar"),
        ("A bomb went off in Jalalabad, near Kunar, on Monday.", "Jalalabad", "Nangarhar"),
    ],
)
def test_a_town_near_another_keeps_its_own_exact_match(text, name, admin1):
    m = next(m for m in extract_places(text) if m.text == name)
    assert m.status == "matched" and m.place is not None and m.place.admin1 == admin1, (m.status, m.reason)
    assert not m.reason.startswith("fuzzy")


def test_a_district_of_the_province_is_located_at_the_province_named_before():
    from geoinc.textevents import extract_incidents

    text = "Officials in eastern Nangarhar province said an airstrike killed nine civilians in Zzkot district of the province."
    d = extract_incidents(text, published="2024-06-10")
    assert [(r.location, r.admin1, r.precision) for r in d.itertuples()] == [("Zzkot", "Nangarhar", 3)]
