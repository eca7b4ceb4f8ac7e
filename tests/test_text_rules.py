"""The extraction rules of docs/text.md, one behaviour a test.

Sentences quoted from real reports give their URL; the others are written for the tests.
"""

from __future__ import annotations

import pandas as pd
import pytest

import geoinc
from geoinc import extract_incidents, extract_places


def _one(text: str, published: str, **filters) -> pd.Series:
    d = extract_incidents(text, published=published)
    d = d[~d["aggregate"]]
    for k, v in filters.items():
        d = d[d[k] == v]
    assert len(d) == 1, d[["location", "date", "killed_min", "killed_best"]]
    return d.iloc[0]


# --- where -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, place",
    [
        # a dateline names where the report was filed
        ("PESHAWAR: A drone strike killed four people in the Datta Khel area of North Waziristan on Monday.", "Datta Khel"),
        # the place an official speaks from or for
        ("A police official in Bannu said militants attacked a checkpost in Lakki Marwat, killing two policemen.", "Lakki Marwat"),
        ("Kunar governor Abdul Satar said an operation in Narang district killed 38 militants.", "Narang"),
        # a metonym
        ("Islamabad said its jets struck hideouts in Barmal district of Paktika on Tuesday, killing 12 people.", "Barmal"),
        # people's home towns (https://www.wionews.com/south-asia/pakistans-battle-within-7-soldiers-killed-in-ied-blast-in-balochistans-mach-9041492)
        (
            "At least seven security personnel were killed in an improvised explosive device (IED) blast in "
            "Balochistan’s Mach district on Tuesday. Sepoy Tariq Nawaz from Lakki Marwat and Sepoy Muhammad Kashif Khan "
            "from Kohat were killed in the explosion.",
            "Mach",
        ),
        # a name the gazetteer lacks, located at its container
        # (https://tribune.com.pk/story/7164/us-drone-strike-kills-6)
        ("Locals said the drone fired two missiles on a house in the Torkhel area of North Waziristan, killing six.", "Torkhel"),
        # where the wounded were taken is not where it happened
        ("A bomb killed three people in Kalat on Friday; the injured were taken to a hospital in Quetta.", "Kalat"),
    ],
)
def test_event_place_is_where_it_happened(text, place):
    row = _one(text, "2024-12-25")
    assert row["location"] == place


def test_nested_places_give_the_finest_with_the_others_as_context():
    # https://dailywaadi.com/2024/03/afghan-govt-spokesperson-says-provinces-bordering-pakistan-hit-by-airstrikes-claims-8-killed
    text = (
        "Mujahid told Dawn.com that planes had bombed the Laman area in Paktika’s Barmal district and the "
        "Afghan-Dubai area in Khost’s Spera district. Alleging that “houses of common people were targeted”, he "
        "said three women and as many children were killed in Paktika and a house collapsed while two women were "
        "killed in Khost, where a house was destroyed as well."
    )
    d = extract_incidents(text, published="2024-03-18")
    got = {r.location: (r.killed_best, r.place) for r in d.itertuples()}
    assert got["Laman"][0] == 6 and got["Afghan-Dubai"][0] == 2
    assert "Barmal" in d.set_index("location").loc["Laman", "notes"] or got["Laman"][1]


def test_unknown_names_in_locative_patterns_are_unresolved_mentions_at_their_container():
    ms = {
        m.text: m
        for m in extract_places(
            "A blast hit the Qorvandi area of Kalat district in Balochistan.\n\nThe Zzyzx village of Kurram was shelled."
        )
    }
    assert ms["Qorvandi"].status == "unresolved" and ms["Qorvandi"].place.admin1 == "Balochistan"
    assert ms["Zzyzx"].status == "unresolved" and ms["Zzyzx"].place.admin1 == "Khyber Pakhtunkhwa"
    assert (ms["Kalat"].place.kind, ms["Kurram"].place.kind) == ("district", "district")


def test_a_village_name_is_resolved_within_the_units_the_text_gives():
    # the village-level gazetteer has a Johan in Kalat (and 13 "Ali Sher"): alone they are ambiguous
    ms = {
        m.text: m for m in extract_places("A blast hit the Johan area of Kalat district in Balochistan. Another hit Ali Sher, Khost.")
    }
    assert (ms["Johan"].status, ms["Johan"].place.admin2) == ("matched", "Kalat")
    assert (ms["Ali Sher"].status, ms["Ali Sher"].place.admin1) == ("matched", "Khost")


def test_a_name_not_found_inside_its_container_is_approximate_at_the_container():
    m = next(m for m in extract_places("Planes bombed the Laman area in Paktika’s Barmal district.") if m.text == "Laman")
    assert (m.status, m.place.name, m.place.kind) == ("approximate", "Barmal", "district")


def test_a_village_name_alone_stays_ambiguous_with_its_candidates():
    m = extract_places("Gunmen attacked a checkpoint in Torkhel.")[0]
    assert m.status == "ambiguous" and len(m.place.alternatives) >= 2


def test_a_name_placed_once_is_a_mention_everywhere_in_the_text():
    ms = extract_places("The blast hit the Johan area of Kalat. They were coming from Johan to Kalat.")
    assert [m.text for m in ms].count("Johan") == 2


@pytest.mark.parametrize("name", ["کوئٹه", "كوئٹہ", "كويته"])
def test_one_perso_arabic_normaliser_for_geocoding_and_text(name):
    found = extract_places(f"حمله در {name}")
    assert [m.place.name for m in found] == [geoinc.geocode(name).name] == ["Quetta"]


# --- when --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, published, date, precision",
    [
        (
            "The airstrikes, which took place on the night of December 24, hit Khost and killed 15 people.",
            "2024-12-26",
            "2024-12-24",
            "day",
        ),
        ("Pakistani jets struck Khost overnight on Friday, killing five people.", "2026-03-09", "2026-03-06", "day"),
        ("A drone strike killed six people in North Waziristan on Friday.", "2010-04-16", "2010-04-16", "day"),
        (
            "A bomb blast late Saturday night in the Kolachi area of Dera Ismail Khan killed five people.",
            "2025-02-03",
            "2025-02-01",
            "day",
        ),
        ("The suicide attack took place yesterday in Jalalabad, killing four civilians.", "2016-11-01", "2016-10-31", "day"),
        (
            "A drone strike in Datta Khel killed at least two people, official sources said on Sunday.",
            "2013-03-10",
            "2013-03-10",
            "week",
        ),
    ],
)
def test_dates_resolve_against_publication(text, published, date, precision):
    row = _one(text, published)
    assert (row["date"].strftime("%Y-%m-%d"), row["date_precision"]) == (date, precision)


def test_a_day_later_is_relative_to_the_event_before():
    text = "On March 2, a drone strike killed three people in Khost. A day later, shelling killed two people in Asadabad."
    d = extract_incidents(text, published="2026-03-10").set_index("location")
    assert d.loc["Asadabad", "date"] == pd.Timestamp("2026-03-03")


# --- who ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, actor",
    [
        ("Pakistani jets bombed hideouts of the TTP in Khost on Monday, killing nine.", "Pakistan military"),
        ("Pakistani airstrikes hit Khost on Tuesday, killing 46 people.", "Pakistan military"),
        (
            "Militants attacked a checkpost in Bannu on Tuesday, killing three soldiers. The Pakistani Taliban claimed "
            "responsibility.",
            "Pakistani Taliban (claimed)",
        ),
        ("A roadside bomb killed two in Quetta on Monday. No group has claimed the attack.", ""),
        ("Unidentified gunmen killed two policemen in Dera Ismail Khan on Sunday.", "unidentified"),
    ],
)
def test_actor_is_the_attacker_and_claims_are_marked(text, actor):
    assert _one(text, "2026-03-10")["actor"] == actor


# --- tolls -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, killed, injured, civilians",
    [
        ("An airstrike in Narang killed at least 11 people, including four children, on Monday.", (11, None, None), (None, None), 4),
        ("Three Levies personnel were martyred and as many injured in Ziarat on Thursday.", (3, 3, 3), (3, 3), None),
        (
            "A blast in Jalalabad on Saturday killed 2 people and wounded 15, officials said; hospital sources said "
            "the death toll was seven.",
            (2, 7, 7),
            (15, 15),
            None,
        ),
        (
            "The district chief of Sarubi district was killed in a roadside mine on Sunday. He said another three soldiers were "
            "also killed in the incident.",
            (4, 4, 4),
            (None, None),
            None,
        ),
        (
            "More than 35 militia members were killed or wounded in blasts in Jalalabad on Saturday.",
            (None, None, None),
            (None, None),
            None,
        ),
    ],
)
def test_killed_injured_and_civilians_as_stated(text, killed, injured, civilians):
    row = _one(text, "2026-03-10")
    f = lambda v: None if pd.isna(v) else int(v)  # noqa: E731
    assert (f(row["killed_min"]), f(row["killed_best"]), f(row["killed_max"])) == killed
    assert (f(row["injured_min"]), f(row["injured_best"])) == injured
    assert f(row["civilians_killed"]) == civilians


def test_totals_over_several_incidents_are_aggregates_apart_from_the_events():
    # https://www.dawn.com/news/1879391/5-security-men-martyred-in-di-khan-shangla
    text = (
        "Five security personnel were martyred in two separate incidents — an IED blast in Dera Ismail Khan and "
        "a militant attack on a police checkpoint in Shangla district — on Tuesday.\n\nIn the first incident, an "
        "improvised explosive device (IED) targeted a security forces’ vehicle in the Zarkani area of Daraban "
        "tehsil in Dera Ismail Khan."
    )
    d = extract_incidents(text, published="2024-12-18")
    assert d[d["aggregate"]]["killed_min"].tolist() == [5]
    # the first incident told, and the second (Shangla) as an event with no toll of its own: its toll is only in the total
    assert d[~d["aggregate"]]["location"].tolist() == ["Shangla district", "Zarkani"]
    assert d[~d["aggregate"]]["killed_min"].isna().tolist()[0]


def test_background_events_are_marked():
    # https://tribune.com.pk/story/736367/tribune.com.pk?amp=1
    text = (
        "A drone strike in North Waziristan's Datta Khel tehsil killed 20 people, Express News reported on "
        "Wednesday.\n\nPrevious strikes\n\nJune 18 - At least six militants were killed in Miramshah, North "
        "Waziristan."
    )
    d = extract_incidents(text, published="2014-07-16").set_index("location")
    assert not d.loc["Datta Khel", "background"] and d.loc["Miramshah", "background"]
    assert d.loc["Miramshah", "killed_min"] == 6 and d.loc["Miramshah", "date"] == pd.Timestamp("2014-06-18")


def test_general_statements_are_not_events():
    text = "Drone attacks are frequent in the tribal areas of North Waziristan, where militants often hide."
    assert extract_incidents(text, published="2013-03-10").empty


# --- word lists and village names ----------------------------------------------------------------


def test_word_lists_are_data_files_of_the_region():
    from geoinc.textlex import lexicon_dir, lines

    assert (lexicon_dir() / "organisations.txt").is_file()
    assert "Tehreek-i-Taliban Pakistan" in lines("organisations.txt")


def test_village_names_that_are_common_words_or_names_are_not_places_unless_placed():
    from geoinc import Gazetteer

    villages = [
        {
            "id": f"v{i}",
            "name": n,
            "lat": 33.0 + i / 100,
            "lon": 70.0,
            "country": "PK",
            "admin1": "Khyber Pakhtunkhwa",
            "kind": "populated_place",
            "precision": 1,
            "uncertainty_km": 2,
        }
        for i, n in enumerate(["Gate", "Hope", "Muhammad Hanif", "Sarkand"])
    ]
    g = Gazetteer.default().merge(Gazetteer.from_records(villages, label="test villages"))
    text = (
        "Hope returned after the Gate was opened. The injured included Shaukat Ali, Muhammad Hanif and others. "
        "Sarkand said nothing. A strike hit a house in Sarkand."
    )
    got = [(m.text, m.start) for m in extract_places(text, gazetteer=g)]
    assert got == [("Sarkand", text.rindex("Sarkand"))]


@pytest.mark.parametrize(
    "sentence, killed",
    [
        ("Three personnel were martyred and two others injured in the blast in Kalat on Monday.", 3),  # not "per"
        ("A bomb blast martyred five people in the Kolachi area of Dera Ismail Khan on Saturday.", 5),  # not "Mar"
        ("Gunmen stormed a checkpost in Shangla on Tuesday, martyring two personnel.", 2),
    ],
)
def test_words_that_begin_like_units_or_months_are_not_mistaken(sentence, killed):
    assert _one(sentence, "2024-12-18")["killed_best"] == killed


def test_a_draft_at_an_ambiguous_village_is_not_drawn():
    d = extract_incidents("A drone strike killed five people in Torkhel on Friday.", published="2024-12-25")
    row = d.iloc[0]
    assert row["location"] == "Torkhel" and row.geometry.is_empty and "ambiguous" in row["notes"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a district named earlier in the text places a namesake village (18 "Mir Ali" in the gazetteer)
        (
            "Troops were attacked in North Waziristan.\n\nMilitants rammed a truck into a post in Mir Ali.",
            [("North Waziristan", "matched", "North Waziristan"), ("Mir Ali", "matched", "North Waziristan")],
        ),
        # alone, a village named like a person is not taken for a place
        ("Militants rammed a truck into a post in Mir Ali.", []),
        # a weak locative ("adjacent to") needs the text's units too; "according to" is a speaker
        (
            "Torkhel is adjacent to Miranshah in North Waziristan.",
            [("Miranshah", "matched", "North Waziristan"), ("North Waziristan", "matched", "North Waziristan")],
        ),
        ("According to Shahwani, five soldiers died in Quetta.", [("Quetta", "matched", "Quetta")]),
    ],
)
def test_namesakes_are_placed_by_the_units_the_text_names(text, expected):
    got = [(m.text, m.status, m.place.admin2) for m in extract_places(text) if m.status != "ambiguous"]
    assert got == expected


def test_a_misspelt_province_after_a_preposition_is_an_approximate_mention():
    m = extract_places("Fighting in Helmnd went on.")[0]
    assert (m.text, m.status, m.place.name) == ("Helmnd", "approximate", "Helmand") and "fuzzy" in m.reason


# --- rules from the second held-out set's error classes (sentences written for the tests) ------------------


@pytest.mark.parametrize(
    "text, not_places",
    [
        ("Mr Kakar said the road was closed.", {"Kakar"}),  # an honorific is never before a place
        ("Esmatullah Shinwari, a lawmaker, said the house was hit.", {"Shinwari"}),  # "-ullah" is a given name
        ("The victims were named as Mazar Ahmed Khan and Gul Zaman.", {"Mazar"}),  # two name parts after it
        ("They were taken to the Nawab Ghous Bakhsh Hospital.", {"Nawab"}),  # a title starting a person's name
        ("Troops of FC South Balochistan were patrolling.", {"Balochistan"}),  # a force's command
        ("Funeral prayers were offered at the Police Lines.", {"Police Lines"}),  # a quarter named in common words
    ],
)
def test_person_names_commands_and_common_word_quarters_are_not_places(text, not_places):
    assert not not_places & {m.text for m in extract_places(text)}


@pytest.mark.parametrize(
    "text, places",
    [
        # a big place before an appositive with a role is still a place
        ("Two mines went off near the border with Pakistan, a police official said.", {"Pakistan"}),
        # a direction from a town is locative; NWA is North Waziristan Agency
        ("The strike hit a compound in NWA, 40 kilometres west of Miranshah.", {"NWA", "Miranshah"}),
        # "X police station" names a place the gazetteer may spell otherwise
        ("Gunmen attacked the Baragai police station in Lakki Marwat.", {"Baragai", "Lakki Marwat"}),
        ("Landmines are a legacy of the war with the former Soviet Union.", {"Soviet Union"}),
    ],
)
def test_locative_patterns_and_abbreviations_find_places(text, places):
    assert places <= {m.text for m in extract_places(text)}


def test_a_shared_capital_name_is_the_district_of_the_province_the_text_names():
    text = (
        "QUETTA: Two guards were killed in the Dasht area of Mastung district on Friday.\n\n"
        "In a separate incident, a roadside bomb left six soldiers injured in Kalat on Friday."
    )
    kalat = [m for m in extract_places(text) if m.text == "Kalat"][0]
    assert kalat.place.country == "PK" and kalat.place.admin1_code == "PK.02"


@pytest.mark.parametrize(
    "sentence, killed, injured, civilians",
    [
        ("At least five villagers including three women were killed in Dand on Monday.", 5, None, 5),
        ("Three soldiers and two policemen were killed in Dand on Monday.", 5, None, None),
        ("Seven police and four civilians were wounded in Dand on Monday.", None, 11, None),
        ("A roadside bomb left six soldiers injured in Dand on Monday.", None, 6, None),
        ("Twenty fighters, including their local commander and two of his guards, were killed in Dand on Monday.", 20, None, None),
        ("Two guards were gunned down in Dand on Monday.", 2, None, None),
    ],
)
def test_coordinated_and_including_figures(sentence, killed, injured, civilians):
    row = _one(sentence, "2026-03-10")
    f = lambda v: None if pd.isna(v) else int(v)  # noqa: E731
    assert f(row["killed_best"] if not pd.isna(row["killed_best"]) else row["killed_min"]) == killed
    assert f(row["injured_best"]) == injured and f(row["civilians_killed"]) == civilians


def test_a_parenthetical_attribution_does_not_move_the_date_and_since_is_no_day():
    text = (
        "It was the third raid since March 2 in that area.\n\nOn March 2, residents said, four people were "
        "killed in an airstrike in the Shigal district of Kunar."
    )
    d = extract_incidents(text, published="2026-03-10")
    assert d["date"].tolist() == [pd.Timestamp("2026-03-02")]


def test_destinations_and_distance_references_are_not_scenes():
    text = "Police stopped a car going to Tank in the Shahbaz Khel area of Lakki Marwat on Tuesday; 12 militants were killed."
    assert extract_incidents(text, published="2026-03-10")["location"].tolist() == ["Shahbaz Khel"]
    text = "A drone killed five people in the Gorwaik area of North Waziristan, 40 kilometres west of Miranshah, on Monday."
    assert extract_incidents(text, published="2026-03-10")["location"].tolist() == ["Gorwaik"]


def test_last_week_is_a_cited_earlier_event_at_the_place_named_before():
    text = (
        "A guard was wounded in a gun attack in Chaman on Monday.\n\nIt was the third attack in Chaman in a "
        "week. Two policemen were gunned down in the Bypass Road area last week."
    )
    d = extract_incidents(text, published="2026-03-10").set_index("location")
    assert d.loc["Bypass Road", "background"] and d.loc["Bypass Road", "place"] == d.loc["Chaman", "place"]
    assert d.loc["Bypass Road", "killed_best"] == 2 and pd.isna(d.loc["Chaman", "killed_best"])


def test_a_speakers_office_takes_a_quote_back_to_its_event_and_a_headline_is_a_summary():
    text = (
        "Guards killed in Mastung, Kalat attacks\n\n"
        "QUETTA: Two guards were killed in an attack in the Dasht area of Mastung district on Friday.\n\n"
        "In a separate incident, a roadside bomb left six soldiers injured in Kalat on Friday.\n\n"
        "“Two guards lost their lives,” the Mastung deputy commissioner said."
    )
    d = extract_incidents(text, published="2026-03-07").set_index("location")
    assert sorted(d.index) == ["Dasht", "Kalat"]
    assert d.loc["Dasht", "killed_best"] == 2 and pd.isna(d.loc["Kalat", "killed_best"])
    assert d.loc["Kalat", "injured_best"] == 6


def test_in_that_district_refers_to_the_district_named_before():
    text = (
        "Haji Wali, governor of Sherzad district in Nangarhar province, spoke to reporters.\n\n"
        "An airstrike in that district killed six civilians on Thursday."
    )
    row = _one(text, "2026-03-07")
    assert row["location"] == "Sherzad" and row["killed_best"] == 6


# --- rules from the third held-out set's error classes (sentences written for the tests) ---------------------


@pytest.mark.parametrize(
    "sentence, killed, injured",
    [
        ("A roadside bomb killed district police chief Gul Khan in Jaghatu on Monday. Another officer was wounded.", 1, 1),
        # a time is not a toll: "2:30 GMT) and six" is not 36
        ("The attack started at 7am (2:30 GMT) and six police were killed in Qarabagh on Monday.", 6, None),
        ("One of the fighters killed was the commander of the group, police said of the clash in Jaghatu on Monday.", None, None),
    ],
)
def test_one_victim_named_by_role_and_times_that_are_not_tolls(sentence, killed, injured):
    row = _one(sentence, "2026-03-10")
    f = lambda v: None if pd.isna(v) else int(v)  # noqa: E731
    assert f(row["killed_best"]) == killed and f(row["injured_best"]) == injured


def test_a_reported_clause_dates_the_event_and_a_date_line_is_the_pages():
    text = (
        "Taliban attack kills five policemen\n\nSeptember 21, 2017\n\nThe governor says the attack happened on "
        "Wednesday night in Shahjoy district of Zabul, killing five policemen.\n\nIn other violence, a bomb in "
        "Jaghatu district of Ghazni killed one policeman."
    )
    d = extract_incidents(text, published="2017-09-21").set_index("location")
    assert d.loc["Shahjoy", "date"] == pd.Timestamp("2017-09-20") and d.loc["Shahjoy", "date_precision"] == "day"
    assert d.loc["Jaghatu", "date_precision"] == "week"


def test_a_distance_in_two_units_is_still_a_reference_point():
    text = "Six police were killed in Qarabagh district about 120 kilometres (75 miles) southwest of Kabul on Monday."
    assert extract_incidents(text, published="2026-03-10")["location"].tolist() == ["Qarabagh"]


# --- rules from the fourth held-out set's error classes (sentences written for the tests) --------------------


def test_a_figure_goes_to_the_place_named_before_it_in_its_clause():
    text = (
        "Militants struck on Thursday in Kunar province, leaving 9 soldiers dead there, and in Laghman "
        "province, where they killed three policemen."
    )
    d = extract_incidents(text, published="2026-03-13").set_index("location")
    assert d.loc["Kunar", "killed_best"] == 9 and d.loc["Laghman", "killed_best"] == 3


@pytest.mark.parametrize(
    "text, location",
    [
        ("Six soldiers were killed in Khost on Monday, said an army spokesman based in Gardez.", "Khost"),
        ("Seven soldiers died in the ambush in Shawal, officials told the media in Miramshah.", "Shawal"),
    ],
)
def test_where_a_speaker_is_based_or_speaks_is_not_a_scene(text, location):
    assert extract_incidents(text, published="2026-03-10")["location"].tolist() == [location]


def test_a_total_of_two_attacks_dated_before_the_attribution():
    text = (
        "Eight soldiers were martyred in two terrorist attacks in North Waziristan on Thursday, sources said.\n\n"
        "In one incident, seven soldiers were martyred when terrorists ambushed a vehicle in Datta Khel."
    )
    d = extract_incidents(text, published="2026-03-13")
    assert d[d["aggregate"]]["killed_best"].tolist() == [8]
    row = d[~d["aggregate"]].iloc[0]
    assert row["location"] == "Datta Khel" and row["date"] == pd.Timestamp("2026-03-12") and row["killed_best"] == 7


def test_comes_days_after_cites_an_earlier_event():
    text = (
        "A bomb killed six soldiers in Razmak on Thursday.\n\nThe attack comes four days after two soldiers were "
        "killed in an attack on a post in the Shawal valley."
    )
    d = extract_incidents(text, published="2026-03-13").set_index("location")
    assert d.loc["Shawal", "background"] and d.loc["Shawal", "date"] == pd.Timestamp("2026-03-08")


def test_a_list_of_names_after_a_plural_feature_word_are_mentions():
    text = "Militants attacked the checkpoints of Zzalga, Qwosh and Pipana Top in North Waziristan."
    assert {"Zzalga", "Qwosh", "Pipana Top"} <= {m.text for m in extract_places(text)}


# --- rules from the fifth held-out set's error classes (sentences written for the tests) ---------------------


def test_a_rank_two_words_before_a_tribal_name_makes_a_person():
    text = "The martyrs included Sepoy Gulzar Orakzai and Naik Amir Mohmand."
    assert not {"Orakzai", "Mohmand"} & {m.text for m in extract_places(text)}


def test_a_named_post_is_a_place_but_a_force_s_post_is_not():
    got = {m.text for m in extract_places("A guard at the Zzarkot post and another at a Levies post were shot.")}
    assert "Zzarkot" in got and "Levies" not in got


def test_another_incident_with_a_place_starts_an_event_and_different_areas_is_a_total():
    text = (
        "At least nine militants were killed in different areas of Tirah Valley on Friday.\n\n"
        "In the first operation, jets struck the Zzdara and Qqmela areas, killing four militants.\n\n"
        "In another incident, an armed battle broke out in Aka Khel. Five militants were killed in the combat."
    )
    d = extract_incidents(text, published="2026-03-14")
    assert d[d["aggregate"]]["killed_min"].tolist() == [9]
    rows = d[~d["aggregate"]].set_index("location")
    assert rows.loc["Aka Khel", "killed_best"] == 5


def test_an_event_dated_days_before_the_main_one_is_cited():
    text = (
        "Eight soldiers were killed in a clash in Maidan, Tirah, on Sunday.\n\n"
        "On November 13, a water carrier was ambushed in Bara. Assailants shot him dead."
    )
    d = extract_incidents(text, published="2024-11-24").set_index("location")
    assert d.loc["Bara", "background"] and d.loc["Bara", "killed_best"] == 1


# --- rules from the sixth held-out set's error classes (sentences written for the tests) ---------------------


def test_a_dateline_after_a_byline_and_victims_along_with_the_named_one():
    text = (
        "Strike kills commander\nJane Roe Example News March 2, 2026 PESHAWAR — A drone strike has killed a "
        "militant commander along with his six guards in the Datta Khel area of North Waziristan overnight."
    )
    row = _one(text, "2026-03-02")
    assert row["location"] == "Datta Khel" and row["killed_best"] == 7


@pytest.mark.parametrize(
    "sentence, published, start, end",
    [
        (
            "Nearly 900 civilians were killed in Afghanistan in the first half of this year, according to UN figures.",
            "2016-08-20",
            "2016-01-01",
            "2016-06-30",
        ),
        (
            "The UN said 300 civilians were killed in airstrikes in the nine months to the end of September.",
            "2018-12-15",
            "2018-01-01",
            "2018-09-30",
        ),
        (
            "At least 120 soldiers have been killed in Balochistan so far this year, officials said.",
            "2023-05-10",
            "2023-01-01",
            "2023-05-10",
        ),
        (
            "A total of 40 policemen were killed in Khyber Pakhtunkhwa in 2014, the police said.",
            "2015-01-05",
            "2014-01-01",
            "2014-12-31",
        ),
        (
            "A monitoring group said 1,250 civilians had been killed and 2,300 injured as of the end of August.",
            "2017-09-04",
            "2017-01-01",
            "2017-08-31",
        ),
        (
            "The year 2021 saw 212 militant attacks in which 390 people were killed in Balochistan.",
            "2022-01-03",
            "2021-01-01",
            "2021-12-31",
        ),
    ],
)
def test_a_total_over_a_period_is_dated_by_its_period(sentence, published, start, end):
    d = extract_incidents(sentence, published=published)
    agg = d[d["aggregate"]]
    assert len(agg) == 1
    row = agg.iloc[0]
    got = (row["date"].strftime("%Y-%m-%d"), row["date_end"].strftime("%Y-%m-%d"), row["date_precision"])
    assert got == (start, end, "range")


@pytest.mark.parametrize(
    "text, published, killed, total",
    [
        (
            "A roadside bomb killed two policemen in Zzarkot district on Monday. Officials estimate that around 3,000 "
            "people were killed in the province by roadside bombs last year.",
            "2012-05-08",
            2,
            3000,
        ),
        (
            "Gunmen killed three guards at a checkpoint in Zzarkot district on Sunday. The province saw 150 attacks in "
            "which 410 people were killed this year, the police said.",
            "2019-11-18",
            3,
            410,
        ),
        (
            "A blast killed five people at a market in Zzarkot district on Friday. A report released on Thursday said "
            "2,950 civilians had been killed as of the end of October.",
            "2016-11-12",
            5,
            2950,
        ),
        (
            "A bomb killed four soldiers in Zzarkot district on Tuesday. More than 80 people lost their lives last month "
            "in twin suicide bombings that targeted a market and a shrine.",
            "2021-06-09",
            4,
            81,
        ),
    ],
)
def test_a_period_toll_cited_after_an_event_is_a_total_not_the_events_toll(text, published, killed, total):
    d = extract_incidents(text, published=published)
    assert d[~d["aggregate"]]["killed_best"].tolist() == [killed]
    agg = d[d["aggregate"]]
    assert total in agg["killed_best"].tolist() + agg["killed_min"].tolist()


def test_a_placeless_total_is_not_given_a_country_other_than_the_events():
    text = (
        "A roadside bomb killed three soldiers in North Waziristan, near the border with Afghanistan, on Tuesday. "
        "More than 70 people lost their lives last month in twin bombings that targeted a rally and a mosque."
    )
    d = extract_incidents(text, published="2023-10-10")
    agg = d[d["aggregate"]]
    assert agg["killed_min"].tolist() == [71] and agg["country"].isna().all()
    assert d[~d["aggregate"]]["killed_best"].tolist() == [3]


@pytest.mark.parametrize(
    "second",
    [
        "The attack comes less than three weeks after 40 soldiers were killed during a battle in Zzarkot.",
        "The assault came two months after militants killed 25 police at a base in Zzarkot.",
        "It comes after 30 soldiers died in a week of fighting in Zzarkot.",
    ],
)
def test_a_toll_after_comes_after_is_an_earlier_events_not_this_ones(second):
    text = f"Taliban fighters killed 12 police at checkpoints in Zzarkot district on Monday. {second}"
    d = extract_incidents(text, published="2020-05-05")
    main = d[~d["aggregate"] & ~d["background"]]
    assert main["killed_best"].tolist() == [12]


@pytest.mark.parametrize(
    "text, killed",
    [
        ("Troops raided a hideout in Zzarkot district on Monday and a terrorist was neutralised, the military said.", 1),
        ("A shopkeeper was gunned down in Zzarkot district on Monday evening.", 1),
        ("An insurgent commander was eliminated during a raid in Zzarkot district on Monday.", 1),
        ("Troops raided a hideout in Zzarkot district on Monday and the threat was neutralised, the military said.", None),
    ],
)
def test_one_person_neutralised_or_gunned_down_is_one_killed(text, killed):
    row = _one(text, "2024-03-06")
    assert (None if pd.isna(row["killed_best"]) else int(row["killed_best"])) == killed


def test_an_event_has_no_period_end():
    row = _one("A roadside bomb killed three soldiers in Zurmat district on Saturday.", "2015-08-23")
    assert pd.isna(row["date_end"]) and row["date_precision"] == "day"


def test_a_valley_inside_a_district_is_the_finer_place_not_a_second_row():
    d = extract_incidents(
        "Eight militants were killed in clashes in the Tirah valley of Khyber district on Tuesday.", published="2024-11-20"
    )
    d = d[~d["aggregate"]]
    assert d["location"].tolist() == ["Tirah valley"] and d["killed_best"].tolist() == [8]


@pytest.mark.parametrize(
    "text, published, place, date",
    [
        # a dateline with the agencies and date in brackets and no dash: the report's place and day, not the event's
        (
            "KABUL (Wire News / Agency - 05th May, 2021) A policeman was killed in a roadside bomb blast in the Nad Ali "
            "district of Helmand province, officials said on Wednesday.",
            "2021-05-05",
            "Nad Ali",
            "2021-05-05",
        ),
        # a dateline with a day but no year
        (
            "KANDAHAR, Afghanistan, Oct. 10 -- A bomb killed three people Monday in Spin Boldak.",
            "2005-10-11",
            "Spin Boldak",
            "2005-10-10",
        ),
        # two upper-case datelines joined by a slash, then a hyphen with no space before it
        (
            "QUETTA/KALAT- Three guards were killed and two wounded in an attack in Mastung on Friday.",
            "2021-05-09",
            "Mastung",
            "2021-05-07",
        ),
        # a date line with an abbreviated weekday is the page's date: "on Wednesday" dates the event
        ("Thu Jul 09, 2020\n\nA suicide bomber killed three people in Kandahar on Wednesday.", "2020-07-09", "Kandahar", "2020-07-08"),
    ],
)
def test_datelines_and_date_lines_are_the_reports(text, published, place, date):
    row = _one(text, published)
    assert (row["location"], row["date"].strftime("%Y-%m-%d")) == (place, date)


@pytest.mark.parametrize("label", ["News Release | ", "Press Release | ", "Feature • ", ""])
def test_a_date_line_after_a_pages_label_only_bounds_the_event(label):
    text = f"{label}Sept. 13, 2018\n\nTwo airstrikes hit compounds in Andar district of Ghazni province, killing 30 fighters."
    row = _one(text, "2018-09-13")
    assert (row["date"].strftime("%Y-%m-%d"), row["date_precision"]) == ("2018-09-13", "week")


def test_martyrdom_of_an_officer_and_injuries_to_two_others():
    row = _one("An attack on a Levies post in Kalat resulted in the martyrdom of an officer and injuries to two others.", "2025-02-17")
    assert (row["killed_best"], row["injured_best"]) == (1, 2)


def test_a_population_in_millions_is_no_toll_and_a_national_total_is_the_countrys():
    d = extract_incidents(
        "Last year was the deadliest for Pakistan, home to 240 million people, with attacks that "
        "killed more than 1,500 people, according to an Islamabad-based think tank.",
        published="2025-03-09",
    )
    assert d["aggregate"].all() and d["location"].tolist() == ["Pakistan"] and d["killed_min"].tolist() == [1501]
    assert (d["date"].iloc[0].year, d["date_end"].iloc[0].year) == (2024, 2024)


def test_a_district_before_an_appositive_official_is_still_a_place():
    assert [m.text for m in extract_places("Militants attacked a post in Kurram district, a police official said.")] == [
        "Kurram district"
    ]


def test_a_place_closing_a_time_stamp_line_is_the_reports():
    text = (
        "March 3, 2024 10:15 am | Updated 10:15 am IST - Peshawar\n\nMilitants attacked the Gul Shaheed check post "
        "in Tank district on March 2, killing two policemen."
    )
    row = _one(text, "2024-03-03")
    assert row["location"] in ("Gul Shaheed", "Tank district") and "Peshawar" not in str(row["notes"])


def test_a_check_post_name_is_a_place_and_a_bordering_district_is_not_a_scene():
    d = extract_incidents(
        "Militants attacked the Gul Shaheed check post in Tank district bordering South Waziristan on Monday, killing two policemen.",
        published="2024-03-05",
    )
    assert "South Waziristan" not in d["location"].tolist()
    assert "Gul Shaheed" in [m.text for m in extract_places("Militants attacked the Gul Shaheed check post in Tank district.")]


def test_killing_one_named_by_role_and_n_others():
    row = _one("A bomber blew himself up, killing a former militia commander and two others Monday in Kandahar.", "2005-10-11")
    assert row["killed_best"] == 3


def test_casualties_in_an_unnamed_region_are_not_the_current_events():
    text = (
        "A bomb killed four people on Monday in Kandahar. A U.S. soldier was killed and three were wounded in "
        "firefights in the east, while a U.S. helicopter was destroyed."
    )
    row = _one(text, "2005-10-11")
    assert (row["location"], row["killed_best"]) == ("Kandahar", 4)


def test_came_a_day_after_another_attack_is_an_earlier_cited_event():
    text = (
        "A bomb killed four people on Monday in Kandahar. The bombing came a day after another suicide attack in "
        "Kandahar injured three officials."
    )
    d = extract_incidents(text, published="2005-10-11").set_index("date")
    assert d.loc[pd.Timestamp("2005-10-10"), "killed_best"] == 4
    assert bool(d.loc[pd.Timestamp("2005-10-09"), "background"])


@pytest.mark.parametrize(
    "sentence, names",
    [
        ("Militants attacked Zarghun Kala, a village on the road to the district centre.", ["Zarghun Kala"]),
        ("He met Ahmad Shah, a village elder, in Kabul.", ["Kabul"]),
    ],
)
def test_a_name_in_apposition_to_village_is_a_place_but_not_before_a_village_elder(sentence, names):
    assert [m.text for m in extract_places(sentence)] == names


def test_the_ends_of_a_road_are_not_scenes():
    d = extract_incidents(
        "The Taliban attacked the village of Zarghun Kala in Badakhshan province on the road "
        "connecting Fayzabad to Baharak district on Wednesday, killing three policemen.",
        published="2020-10-14",
    )
    assert d["location"].tolist() == ["Zarghun Kala"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police gunned down three terrorists in Lakki Marwat on Sunday.",
        "Police neutralised three terrorists in Lakki Marwat on Sunday.",
    ],
)
def test_gunned_down_and_neutralised_as_active_verbs(sentence):
    assert _one(sentence, "2025-04-13")["killed_best"] == 3


def test_an_event_begun_before_the_lead_gave_its_day_takes_that_day():
    text = (
        "• Bus hit by bomb, four die\n\nSeven people were killed in two separate attacks in Khost and Paktia "
        "provinces on Monday.\n\nThe first attack took place in the Sabari district of Khost when a bomb hit a "
        "bus, killing four passengers."
    )
    d = extract_incidents(text, published="2022-11-15")
    row = d[~d["aggregate"]].iloc[0]
    assert row["date"].strftime("%Y-%m-%d") == "2022-11-14" and row["killed_best"] == 4


def test_a_hotel_is_a_landmark():
    assert "Serena Hotel" in [m.text for m in extract_places("A bomb went off at the Serena Hotel in Kabul.")]


def test_the_ends_of_a_route_from_x_to_y_are_not_scenes():
    d = extract_incidents(
        "Fourteen guards were killed on Thursday on the coastal highway near Ormara while escorting a convoy from Gwadar to Karachi.",
        published="2020-10-16",
    )
    assert "Karachi" not in d["location"].tolist() and "Ormara" in d["location"].tolist()


def test_a_dateline_with_an_agency_after_its_day_and_a_clash_between_two_sides():
    text = (
        "KUNDUZ, Afghanistan, June 24 (Agency) -- Five people have been killed as a clash flared up between "
        "police and Taliban in the Chardara district on Sunday."
    )
    d = extract_incidents(text, published="2018-06-24")
    assert not d["aggregate"].any() and d["location"].tolist() == ["Chardara"]


def test_a_month_and_year_dates_a_cited_event_and_history_without_a_toll_dates_nothing():
    text = (
        "A soldier was killed in an IED blast in the Chamarkand area of Mohmand on Friday. In March 2017, five "
        "soldiers were killed in an attack on border posts in Mohmand."
    )
    d = extract_incidents(text, published="2017-12-01")
    cited = d[d["background"]]
    assert cited["date"].dt.strftime("%Y-%m").tolist() == ["2017-03"] and cited["killed_best"].tolist() == [5]
    d2 = extract_incidents(
        "A bomb killed two soldiers in Bajaur on Monday. The military in August 2008 launched an operation in Bajaur.",
        published="2009-10-26",
    )
    assert len(d2) == 1


def test_five_killed_in_ibos_in_two_districts_is_a_total():
    d = extract_incidents(
        "On March 10, five terrorists were killed by security forces in IBOs carried out in North and South Waziristan.",
        published="2023-04-08",
    )
    assert d["aggregate"].all()


# --- heldout12 round: general fixes (examples written for the tests) ---------------------------


@pytest.mark.parametrize(
    "text, absent",
    [
        # the article "A" starts no name, even before a feature word
        ("A district official was shot dead in Zabul on Monday.", "A"),
        # a place before an organisation head word is an outlet's name, out of the region too
        ("By The New York Times. A bomb killed two people in Khost.", "New York"),
        # a word glossed in lower case is a transliterated word, not the district of that name
        ("The names of the Shuhada (martyrs) were read out in Kabul.", "Shuhada"),
    ],
)
def test_words_that_are_no_place_names(text, absent):
    assert absent not in [m.text for m in extract_places(text)]


@pytest.mark.parametrize(
    "text, surface, name",
    [
        # spellings news uses that the gazetteer lacks (lexicons/spellings.tsv)
        ("Gunmen attacked a post in the Dikhan district on Friday.", "Dikhan", "Dera Ismail Khan"),
        ("A mine went off in northern Balk province.", "Balk", "Balkh"),
        # an abbreviation is that place, not an unknown name of the locative pattern
        ("Troops raided the Zzarkai area of KP’s Bannu district.", "KP", "Khyber Pakhtunkhwa"),
        # a name in the possessive before "X district" is the district's province, not the town
        ("A police chief was killed in Kandahar’s Arghandab district.", "Kandahar", "Kandahar"),
    ],
)
def test_spellings_abbreviations_and_provinces_holding_a_district(text, surface, name):
    m = next(m for m in extract_places(text) if m.text == surface)
    assert m.place is not None and m.place.name == name and m.status == "matched"
    if surface == "Kandahar":
        assert m.place.kind == "province"


def test_a_placed_two_word_name_written_again_is_the_same_place_and_town_comma_places_a_name():
    text = (
        "A drone hit a house near Datta Khel in North Waziristan. The army now holds Datta Khel and the "
        "district's second town, Mir Ali."
    )
    found = [m.text for m in extract_places(text)]
    assert found.count("Datta Khel") == 2 and "Mir Ali" in found


def test_a_district_matched_only_outside_the_province_the_text_names_is_ambiguous():
    text = "Fighting in Helmand province reached the Nawa district on Monday."
    m = next(m for m in extract_places(text) if m.text == "Nawa")
    assert m.status == "ambiguous"


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # "at N locations": a total, kept apart from the event
        (
            "A drone killed four militants in Mir Ali, North Waziristan, on Wednesday. Airstrikes on Tuesday killed "
            "25 militants at five locations in the district.",
            "2014-08-07",
            {"Mir Ali": 4},
        ),
        # an operation's course is a total
        (
            "A drone killed four militants in Mir Ali, North Waziristan, on Wednesday. The offensive, which began in "
            "June, has killed at least 400 people.",
            "2014-08-07",
            {"Mir Ali": 4},
        ),
    ],
)
def test_tolls_over_locations_or_an_operations_course_are_totals(text, published, expected):
    d = extract_incidents(text, published=published)
    single = d[~d["aggregate"]]
    assert dict(zip(single["location"], single["killed_best"])) == expected
    assert d["aggregate"].sum() == 1


def test_a_total_right_after_another_takes_its_period():
    text = (
        "A soldier was killed in Bajaur on Monday. In a briefing last month, a spokesman said 300 people were "
        "killed in 400 attacks over the past year. In Punjab, 20 people lost their lives in 12 attacks."
    )
    d = extract_incidents(text, published="2023-05-18")
    agg = d[d["aggregate"]]
    assert len(agg) == 2 and agg["date"].dt.strftime("%Y-%m").tolist() == ["2023-04", "2023-04"]


def test_an_office_named_after_a_place_is_a_speaker_not_a_scene():
    text = (
        "A bomb killed three policemen in the Hazarganji area on Tuesday. The Kalat Senior Superintendent of Police "
        "said an inquiry had begun."
    )
    assert extract_incidents(text, published="2022-11-30")["location"].tolist() == ["Hazarganji"]


def test_a_subheading_toll_is_not_added_to_the_event_before_it():
    text = (
        "A roadside bomb killed a district governor in Ghor province on Saturday.\n\n"
        "Four guards dead\n\n"
        "In Zabul province, four guards were killed in an attack on a checkpoint on Friday night."
    )
    d = extract_incidents(text, published="2018-07-08")
    assert dict(zip(d["location"], d["killed_best"])) == {"Ghor": 1, "Zabul": 4}


def test_a_headline_toll_over_plural_attacks_is_a_sum():
    text = (
        "Nine soldiers killed in Kurram attacks\n\n"
        "Seven soldiers were killed when militants ambushed a convoy in the Sadda area of Kurram on Monday."
    )
    row = _one(text, "2022-04-12")
    assert row["location"] == "Sadda" and row["killed_best"] == 7


def test_a_toll_restating_a_cited_events_figure_stays_with_it():
    text = (
        "A soldier was killed in an IED blast in the Chamarkand area of Mohmand on Friday. In March 2017, five "
        "soldiers were killed in an attack on border posts in Mohmand. Twelve attackers were also killed. The "
        "army chief visited the troops. However, he added, the soldiers showed bravery by killing 12 attackers."
    )
    d = extract_incidents(text, published="2017-12-01")
    main = d[~d["background"] & ~d["aggregate"]]
    assert main["killed_best"].tolist() == [1]


def test_an_event_in_an_unnamed_village_of_a_country_is_its_own_at_the_country():
    text = (
        "A suicide bomber killed three people in Kandahar on Monday. Meanwhile, a mine exploded in a remote "
        "village in eastern Afghanistan, wounding five farmers."
    )
    d = extract_incidents(text, published="2005-10-11")
    assert sorted(d["location"].tolist()) == ["Afghanistan", "Kandahar"]
    assert d.loc[d["location"] == "Afghanistan", "injured_min"].tolist() == [5]


def test_an_unknown_name_is_located_at_the_unit_its_own_sentence_names_before_it():
    text = (
        "The Taliban struck on Thursday in Paktia province, leaving nine soldiers dead, and in Farah province, "
        "where they killed two policemen. In Paktia, fighters stormed a post in the Zzwarkai area."
    )
    d = extract_incidents(text, published="2018-07-13")
    row = d[d["location"] == "Zzwarkai"]
    assert len(row) == 1 and row["killed_best"].tolist() == [9]


@pytest.mark.parametrize(
    "text, name",
    [
        # a capitalised rarer English word inside a sentence is part of the name
        ("A guard was shot in Bara's Bar Zzkhel area on Monday.", "Bar Zzkhel"),
        # a frequent word is never one
        ("Militants attacked The Zzkhel area of Khyber district.", "Zzkhel"),
    ],
)
def test_a_name_keeps_a_rarer_word_inside_a_sentence(text, name):
    assert name in [m.text for m in extract_places(text)]


def test_a_district_with_its_container_named_is_not_made_ambiguous_by_other_provinces():
    text = (
        "Militants attacked a post in Bannu district of Khyber Pakhtunkhwa on Tuesday.\n\n"
        "Across the border, shells hit villages in Dangam district of Kunar province overnight, wounding four."
    )
    found = {m.text: m for m in extract_places(text)}
    assert found["Dangam"].status == "matched" and found["Kunar"].status == "matched"


def test_one_death_in_a_clause_of_its_own_beside_other_figures():
    text = (
        "On May 2, a major was martyred in an encounter in South Waziristan’s Wana while two soldiers were killed "
        "in an exchange of fire in Tank district."
    )
    d = extract_incidents(text, published="2023-05-10")
    assert dict(zip(d["location"], d["killed_best"])) == {"Wana": 1, "Tank": 2}


def test_a_total_naming_no_place_is_the_countrys_when_the_report_names_one_country():
    text = (
        "An airstrike killed nine people in Kunar province of Afghanistan on Friday. According to UN figures, 250 "
        "civilians were killed in airstrikes in the nine months to the end of September."
    )
    d = extract_incidents(text, published="2018-12-15")
    assert d.loc[d["aggregate"], "location"].tolist() == ["Afghanistan"]


@pytest.mark.parametrize(
    "text",
    [
        "A soldier was martyred in a clash with militants in Datta Khel, North Waziristan, on Friday. Sepoy Amir Gul (age 24 years, "
        "resident of District Bannu), having fought bravely, embraced shahadat.",
        "A soldier was martyred in a clash with militants in Datta Khel, North Waziristan, on Friday. Sepoy Amir Gul, aged 24, a "
        "resident of District Bannu, embraced shahadat.",
    ],
)
def test_an_age_is_no_toll_and_a_home_district_is_no_scene(text):
    d = extract_incidents(text, published="2023-03-31")
    assert list(d["location"]) == ["Datta Khel"]
    assert d.iloc[0]["killed_best"] == 1


@pytest.mark.parametrize(
    "text, n",
    [
        # the headline, dated only by the page's date line, restates the lead's toll: one event, the lead's day
        (
            "26 July 2017\n\nTwelve Militants Killed in Airstrike on Qaysar District\n\nTwelve militants were killed in an "
            "airstrike in Qaysar district of Faryab province on Monday, local officials said Tuesday.",
            1,
        ),
        # another toll in the same province on an earlier day is another event
        (
            "26 July 2017\n\nTwelve militants were killed in an airstrike in Faryab province, officials said.\n\n"
            "A bomb in Maimana, the capital of Faryab, on Monday killed seven civilians.",
            2,
        ),
    ],
)
def test_a_report_dated_on_or_before_merges_with_a_day_that_week_only_with_the_same_toll(text, n):
    d = extract_incidents(text, published="2017-07-26")
    assert len(d) == n
    if n == 1:
        assert str(d.iloc[0]["date"])[:10] == "2017-07-24" and d.iloc[0]["killed_best"] == 12


@pytest.mark.parametrize(
    "text, killed",
    [
        (
            "A bomb ripped through a vehicle carrying the district police chief in Asadabad on Thursday, killing him and "
            "wounding five others.",
            1,
        ),
        ("A suicide vest exploded in a village near Naurang on Thursday, killing the attacker.", 1),
    ],
)
def test_killing_him_or_the_attacker_is_one_death(text, killed):
    row = _one(text, "2021-10-15")
    assert row["killed_best"] == killed


@pytest.mark.parametrize(
    "text, places",
    [
        # a name set off by commas after a role and its unit
        (
            "The police chief of Sayedabad district, Zarak Shinwari, and two guards were killed in an ambush on Monday.",
            ["Sayedabad"],
        ),
        # a person's last name said alone later is the person, not the district of that name
        (
            "Ataullah Khogyani, a spokesman for the governor, said the operation in Khogyani district killed six. "
            '"A farmer was among the dead," Khogyani said. Officials in Nangarhar confirmed it, added Khogyani.',
            ["Khogyani", "Nangarhar"],
        ),
    ],
)
def test_a_persons_name_after_a_role_or_said_again_alone_is_no_place(text, places):
    assert [m.text for m in extract_places(text)] == places


@pytest.mark.parametrize(
    "text, killed",
    [
        ("The police chief of Sayedabad district, Zarak Shinwari, and five policemen died in an ambush on Monday.", 6),
        ("A local commander and three guards were killed in an airstrike in Sayedabad district on Monday.", 4),
        # the role in another clause than the figure's subject adds nothing
        ("An official said on Monday that five policemen died in an ambush in Sayedabad district.", 5),
    ],
)
def test_one_person_by_role_and_a_figure_are_summed(text, killed):
    assert _one(text, "2016-05-17")["killed_best"] == killed


def test_where_a_report_is_released_is_no_scene():
    text = (
        "A bomb killed four civilians in Sayedabad district of Wardak province on Friday. A total of 900 civilians "
        "were killed in the first six months of the year in Afghanistan, according to a UN report released in Kabul."
    )
    d = extract_incidents(text, published="2012-10-19")
    assert "Kabul" not in set(d["location"])
    assert set(d[d["aggregate"]]["location"]) == {"Afghanistan"}


@pytest.mark.parametrize(
    "text, place",
    [
        (
            "Earlier this week, gunmen attacked a government office in the provincial capital, Jalalabad, killing 11 people.",
            "Jalalabad",
        ),
        # a speaker in the capital is still a speaker
        ("A spokesman in the provincial capital, Jalalabad, said a drone strike killed four militants in Achin district.", "Achin"),
    ],
)
def test_the_capital_named_after_in_the_capital_is_a_scene_unless_a_speaker_is_there(text, place):
    assert _one(text, "2018-07-13")["location"] == place


@pytest.mark.parametrize(
    "text, aggregate",
    [
        (
            "At least five policemen were killed in a series of attacks on police stations across Khyber Pakhtunkhwa, "
            "officials said on Thursday.",
            True,
        ),
        ("A roadside bomb killed five policemen in Paktia province on Sunday, the latest in a series of attacks.", False),
        ("Twenty militants were killed in shelling in Kurram and Bajaur tribal regions, officials said.", True),
        # one death is one event's, wherever the sentence names it
        (
            "A police constable was killed as police repelled attacks on a police station in Lakki Marwat and a check post in Bannu.",
            False,
        ),
    ],
)
def test_totals_over_a_series_of_attacks_or_several_regions(text, aggregate):
    d = extract_incidents(text, published="2025-08-14")
    assert len(d) >= 1 and bool(d["aggregate"].iloc[0]) is aggregate


def test_a_dateline_with_a_day_and_an_agency_in_brackets_is_no_scene():
    text = "Kohat, Mar 3 (PTI) Three soldiers were killed in a roadside blast in Hangu district on Tuesday, officials said."
    assert list(extract_incidents(text, published="2026-03-03")["location"]) == ["Hangu district"]


def test_claimed_the_life_of_one():
    text = "In Lower Dir, an attack on a police checkpoint claimed the life of one police constable on Wednesday."
    assert _one(text, "2025-08-14")["killed_best"] == 1


def test_a_headline_toll_over_two_places_is_a_sum_and_gunships_pounding_is_a_strike():
    text = (
        "22 militants killed in Kurram, Bajaur\n\n"
        "PARACHINAR: Gunship helicopters pounded militant hideouts in the Sadda area of Kurram on Sunday, officials said. "
        "Sixteen militants were killed in the shelling.\n\n"
        "Meanwhile, six militants were killed when fighter jets bombed hideouts in Bajaur on Sunday."
    )
    d = extract_incidents(text, published="2010-03-22")
    d = d[~d["aggregate"]]
    assert sorted(zip(d["location"], d["killed_best"])) == [("Bajaur", 6), ("Sadda", 16)]


@pytest.mark.parametrize(
    "text, absent",
    [
        (
            "In the Khyber district, militants attacked the joint Frontier Corps-police checkpoint in Bara.",
            "Frontier Corps-police",
        ),
        ("Gul Ahmad, a member of Farah Provincial Council, said the clash lasted hours.", "Farah"),
    ],
)
def test_a_force_or_council_named_with_a_place_is_an_organisation(text, absent):
    assert absent not in [m.text for m in extract_places(text)]


def test_comes_amid_a_surge_is_background_talk_not_an_event():
    text = (
        "Two soldiers were martyred in an operation in North Waziristan's Datta Khel area, the ISPR said.\n\n"
        "The operation comes amid a surge in attacks across the country, especially in Balochistan."
    )
    assert list(extract_incidents(text, published="2024-05-14")["location"]) == ["Datta Khel"]


def test_the_attacks_took_place_on_dates_the_total_before_it():
    text = (
        "Kohat, Mar 5 (PTI) At least six policemen were killed in a series of attacks on police posts across Khyber "
        "Pakhtunkhwa, officials said on Thursday.\n\nThe attacks took place on Wednesday."
    )
    d = extract_incidents(text, published="2026-03-05")
    agg = d[d["aggregate"]]
    assert len(agg) == 1 and str(agg.iloc[0]["date"])[:10] == "2026-03-04"


def test_another_bomb_in_the_same_district_is_another_event():
    text = (
        "A roadside bomb killed 12 passengers of a minibus in Shindand district of Herat province on Thursday. "
        "Officials said that a small truck hit another roadside bomb Thursday morning in the same district, "
        "wounding four civilians."
    )
    d = extract_incidents(text, published="2011-08-18")
    assert sorted(d["killed_best"].fillna(0)) == [0, 12] and sorted(d["injured_best"].fillna(0)) == [0, 4]


def test_an_incident_told_in_an_unnamed_region_is_placed_by_a_later_sentence_with_its_weapon():
    text = (
        "A roadside bomb killed nine passengers of a bus on Thursday in western Afghanistan.\n\n"
        "In the country's east, a suicide car bomber attacked a police base Thursday, killing three guards.\n\n"
        "Officials said the bus hit the bomb in Shindand district of Herat province.\n\n"
        "The Taliban claimed responsibility for the suicide car bombing at the base near Gardez."
    )
    d = extract_incidents(text, published="2011-08-18")
    assert sorted(zip(d["location"], d["killed_best"])) == [("Gardez", 3), ("Shindand", 9)]


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Jets pounded the hideouts of militants in Orakzai Agency. The fighter planes pounded the hideouts in "
            "Zarghun Mela, Tor Ghar Bazaar, Spinkai and Mamozai.",
            ["Zarghun Mela", "Spinkai", "Mamozai"],
        ),
        ("In Charsadda district, assailants threw a grenade at the Sarkhel check-post on Thursday.", ["Sarkhel"]),
    ],
)
def test_a_closed_list_after_a_preposition_and_a_check_post_name_are_places(text, names):
    found = [m.text for m in extract_places(text)]
    assert all(n in found for n in names), found


@pytest.mark.parametrize(
    "text, name",
    [
        # the lists know a village "Khel"; the geocoder knows "Data Khel" (an alias of Datta Khel)
        ("A later strike killed five people in Data Khel, east of Miran Shah.", "Data Khel"),
        # a hyphenated name whose first part is a village name; the geocoder knows the whole as a variant
        ("The incident occurred in Qala-e-Neyazi of Gardiz city when a motorcycle struck a mine.", "Qala-e-Neyazi"),
    ],
)
def test_a_name_the_lists_matched_only_in_part_is_the_whole_name_when_the_geocoder_knows_it(text, name):
    assert name in [m.text for m in extract_places(text)]


def test_a_part_and_a_feature_word_keep_the_part():
    assert "Naurang" in [m.text for m in extract_places("A bomber died in Hathi Khan Kilay near Naurang Town.")]


def test_a_later_strike_is_its_own_event_and_killed_another_n_is_its_toll():
    text = (
        "Drones hit North Waziristan on Sunday. Four people died when missiles struck a car in the village of Zarakai, "
        "near the district capital of Miran Shah, officials said. "
        "A later strike killed another five people in Datta Khel, the officials said."
    )
    d = extract_incidents(text, published="2010-11-07")
    assert sorted(zip(d["location"], d["killed_best"])) == [("Datta Khel", 5), ("Zarakai", 4)]


@pytest.mark.parametrize(
    "text, place",
    [
        (
            "Four people died in the Zarakai village of North Waziristan, near the district capital of Miran Shah, on Sunday.",
            "Zarakai",
        ),
        ("Two guards were shot dead in the Zzspinkai area of South Waziristan, near Wana, on Sunday.", "Zzspinkai"),
        # no comma after a village or area word
        ("Gunmen killed a constable in Jani Khel village near Saddar police station on Sunday.", "Jani Khel"),
    ],
)
def test_a_place_after_a_named_place_and_near_is_a_reference_not_a_scene(text, place):
    d = extract_incidents(text, published="2010-11-07")
    assert list(d["location"]) == [place]


@pytest.mark.parametrize(
    "sentence, rows",
    [
        ("Scores of vaccinators have been killed in militant attacks in Pakistan since 2012.", 0),
        ("Hundreds of policemen have been killed in attacks in Khyber Pakhtunkhwa since early 2009.", 0),
        ("More than 2,000 people have been killed in drone attacks in Pakistan since August 2008.", 1),
    ],
)
def test_a_running_total_over_years_without_a_count_is_no_row(sentence, rows):
    d = extract_incidents("Gunmen killed two guards in Bannu on Tuesday. " + sentence, published="2022-06-29")
    assert int(d["aggregate"].sum()) == rows


@pytest.mark.parametrize(
    "speaker",
    [
        "Kabul's Foreign Ministry spokesman said the shelling was unacceptable.",
        "Islamabad's ambassador said the shelling was unacceptable.",
        "The Kabul interior ministry said the shelling was unacceptable.",
    ],
)
def test_a_ministry_spokesman_or_envoy_named_after_a_capital_is_no_scene(speaker):
    text = "Shells fired from across the border killed four civilians in Dangam district of Kunar on Saturday. " + speaker
    d = extract_incidents(text, published="2012-07-22")
    assert list(d["location"]) == ["Dangam"]


def test_a_death_toll_risen_far_from_its_verb_and_in_other_violence_start_apart():
    text = (
        "The death toll in a suicide attack at a meeting of tribal elders in the Pakistani tribal area of Bajaur has "
        "risen to 19, a witness said. The bomb went off in Bajaur on Thursday.\n\n"
        "In other violence on Thursday, officials said four militants were killed by Pakistani jets in Bajaur."
    )
    d = extract_incidents(text, published="2008-11-07")
    assert sorted(d["killed_best"].fillna(d["killed_min"])) == [4, 19]


@pytest.mark.parametrize(
    "text, names",
    [
        ("The dead were residents of Zzwasta, Tehsil Zzkhel, in North Waziristan.", ["Zzwasta", "Zzkhel"]),
        ("Gunmen opened fire in Tang Zzkalli Tehsil, Zzkhel on Tuesday.", ["Zzkhel"]),
        ("The District Police Officer said the Tehsil Headquarters Hospital received the bodies.", []),
    ],
)
def test_a_feature_word_written_first_as_a_title_places_the_name_after_it(text, names):
    found = [m.text for m in extract_places(text) if m.place is None or m.place.kind != "province"]
    assert all(n in found for n in names) and ("Police" not in " ".join(found)), found


@pytest.mark.parametrize(
    "second, lead_total",
    [
        ("Troops shot dead two militants in Shakardara during a search operation.", True),  # 6 + 2 = 8
        ("Troops shot dead three militants in Shakardara during a search operation.", False),  # 6 + 3 != 8
    ],
)
def test_a_lead_toll_its_parts_add_up_to_is_a_total(second, lead_total):
    text = (
        "At least eight militants were killed when helicopter gunships pounded hideouts in Swat on Thursday. "
        "A spokesman said six militants were killed when helicopters shelled a house in Ningoli village. " + second
    )
    d = extract_incidents(text, published="2008-09-12")
    agg = d[d["aggregate"]]
    assert (len(agg) == 1 and agg.iloc[0]["killed_min"] == 8) == lead_total
    if lead_total:
        assert d[~d["aggregate"] & (d["location"] == "Ningoli")].iloc[0]["killed_best"] == 6


@pytest.mark.parametrize(
    "sentence, killed",
    [
        ("Three insurgents and a local police commander were killed in Kharwar district on Saturday.", 4),
        ("Two men and a woman died in Kharwar district on Saturday.", 3),
        ("Three soldiers and two policemen were killed in Kharwar district on Saturday.", 5),
    ],
)
def test_n_people_and_a_person_killed_counts_the_person(sentence, killed):
    assert _one(sentence, "2012-01-29")["killed_best"] == killed


@pytest.mark.parametrize(
    "sentence, killed",
    [
        ("An exchange of fire at a checkpost in Shawal on Sunday resulted in the killing of three people.", 3),
        ("A suicide bomber struck a checkpost in Shawal on Sunday; officials confirmed the killing of 12 soldiers.", 12),
    ],
)
def test_the_killing_of_n_people_is_a_toll(sentence, killed):
    assert _one(sentence, "2019-05-28")["killed_best"] == killed


@pytest.mark.parametrize(
    "total",
    [
        "At least twenty police officers have been killed across the country since Saturday, officials said.",
        "More than 1,690 civilians were killed in conflict-related incidents in the first half of the year, the UN said.",
    ],
)
def test_a_nationwide_or_half_year_count_is_a_total_not_the_events_toll(total):
    text = "A roadside bomb killed 10 people, including eight police officers, in Kandahar province on Sunday. " + total
    d = extract_incidents(text, published="2018-07-31")
    ev = d[~d["aggregate"]]
    assert len(ev) == 1 and ev.iloc[0]["killed_best"] == 10, d[["location", "killed_best", "aggregate"]]


@pytest.mark.parametrize(
    "total",
    [
        "A monitoring group counted 1,240 civilian deaths and 2,310 injuries in the first half of 2018.",
        "The attack took the foreign military death toll in the war to 2,000, according to a monitoring website.",
        "It lifted the death toll of the conflict to 1,500 soldiers, the ministry said.",
    ],
)
def test_a_half_year_or_a_wars_toll_is_no_toll_of_the_event(total):
    text = "A roadside bomb killed six people in Zhari district of Kandahar province on Sunday, police said. " + total
    ev = extract_incidents(text, published="2018-07-31")
    ev = ev[~ev["aggregate"]]
    assert ev["killed_best"].tolist() == [6], ev[["location", "killed_best"]]


@pytest.mark.parametrize(
    "event, aside, place",
    [
        (
            "Shelling killed two children on Sunday in a village bordering the Afghan province of Kunar.",
            "Two children were injured on Sunday when shells hit a district that borders the Afghan province of Kunar.",
            "Kunar",
        ),
        (
            "A suicide bomber killed 12 people at a market in Parachinar on Friday.",
            "Islamabad blames Kabul for sheltering the militants who carried out a bombing in March that killed 40 people.",
            "Kabul",
        ),
        (
            "A mortar shell fired from across the border injured two soldiers on Tuesday, said an administration "
            "official from Salarzai in Bajaur Agency.",
            "",
            "Bajaur Agency",
        ),
        (
            "Gunmen killed four labourers in Turbat on Sunday.",
            "Earlier on Sunday, the chief minister, talking to the media in Quetta, condemned the attack.",
            "Quetta",
        ),
    ],
)
def test_a_bordering_province_a_blamed_capital_or_a_press_talks_city_is_no_scene(event, aside, place):
    d = extract_incidents(event + " " + aside, published="2024-03-04")
    assert place not in d["location"].tolist(), d[["location", "killed_best"]]


@pytest.mark.parametrize(
    "statement",
    [
        "Earlier on Sunday, the governor expressed alarm over the security situation in Balochistan.",
        "Earlier on Sunday, the chief minister chaired a meeting on law and order in Quetta.",
        "In a separate development, the interior minister visited Gwadar.",
    ],
)
def test_a_statement_opened_as_another_incident_is_no_event(statement):
    d = extract_incidents("Gunmen killed four labourers in Turbat on Sunday. " + statement, published="2024-03-04")
    assert d["location"].tolist() == ["Turbat"], d[["location", "background"]]


@pytest.mark.parametrize(
    "opener", ["Earlier on Sunday, militants stormed a police station in Kech.", "Separately, a mine went off in Kech."]
)
def test_an_incident_opened_as_another_incident_is_still_an_event(opener):
    d = extract_incidents("Gunmen killed four labourers in Turbat on Monday. " + opener, published="2024-03-04")
    assert "Kech" in d["location"].tolist(), d[["location", "background"]]


@pytest.mark.parametrize(
    "general",
    [
        "Insurgents have carried out several deadly attacks on security forces in the port city of Gwadar.",
        "Militants had launched numerous attacks on police posts in Bannu.",
        "Some of the recent attacks were meant to derail an operation against militant hideouts in North Waziristan.",
        "The raid was meant to detain men involved in roadside bomb attacks in Zhari district.",
        "Police are searching for suspects implicated in targeted killings in Turbat.",
    ],
)
def test_attacks_counted_but_not_told_are_no_event(general):
    d = extract_incidents("A roadside bomb killed three soldiers in Kech on Thursday. " + general, published="2024-03-08")
    assert d["location"].tolist() == ["Kech"], d[["location", "killed_best"]]


@pytest.mark.parametrize(
    "road",
    [
        "along the road linking Balkh to the neighboring Samangan province",
        "on the highway linking Balkh and Samangan",
    ],
)
def test_the_ends_of_a_linking_road_are_no_scenes(road):
    text = f"Airstrikes hit Taliban hideouts in Chimtal district {road} on Friday, killing 14 insurgents."
    d = extract_incidents(text, published="2021-07-31")
    assert d["location"].tolist() == ["Chimtal"] and d["killed_best"].tolist() == [14], d[["location", "killed_best"]]


@pytest.mark.parametrize(
    "headline",
    ["Bus blast in Kabul-Jalalabad leaves 12 dead", "Twelve killed in Kabul-Jalalabad bus bombing"],
)
def test_a_pair_of_names_the_text_calls_a_road_is_the_road_in_a_headline_too(headline):
    text = f"{headline}\n\nA bomb ripped through a passenger bus on the Kabul-Jalalabad highway on Tuesday, killing 12 passengers."
    d = extract_incidents(text, published="2019-07-31")
    assert not {"Kabul", "Jalalabad"} & set(d["location"]), d[["location", "killed_best"]]


@pytest.mark.parametrize(
    "trip, place",
    [("travelling from Kandahar to western Herat province", "Herat"), ("heading to southern Helmand", "Helmand")],
)
def test_a_trips_destination_with_its_origin_or_a_compass_word_is_no_scene(trip, place):
    text = f"A roadside bomb killed nine passengers of a minibus {trip} on Sunday."
    d = extract_incidents(text, published="2019-07-29")
    assert place not in d["location"].tolist(), d[["location", "killed_best"]]


@pytest.mark.parametrize("opener", ["Last month", "Last week"])
def test_last_month_after_an_undated_event_opens_an_earlier_event(opener):
    text = (
        "PESHAWAR: Six people were injured in a roadside bomb blast on Ring Road in Peshawar.\n\n"
        f"{opener}, four people were killed in a blast targeting police in KP’s Bannu."
    )
    d = extract_incidents(text, published="2023-12-20")
    main, earlier = d[~d["background"]], d[d["background"]]
    assert len(main) == 1 and main.iloc[0]["date"] >= pd.Timestamp("2023-12-13"), d[["location", "date", "killed_best"]]
    assert pd.isna(main.iloc[0]["killed_best"]) and earlier["killed_best"].tolist() == [4]


@pytest.mark.parametrize("verb", ["staged a complex attack on", "launched an attack on", "mounted a coordinated attack on"])
def test_an_attack_carried_out_on_a_district_is_an_event_cue(verb):
    text = f"The Taliban {verb} Qaisar district of Faryab province on Sunday. Officials confirmed the killing of 14 security forces."
    assert _one(text, "2021-06-06")["killed_best"] == 14


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("An explosion near a police building in the Pakistani capital injured two people on Saturday.", "Islamabad"),
        ("A bomb went off at a checkpoint in the Afghan capital on Saturday, killing two people.", "Kabul"),
        ("A bomb went off at a checkpoint in the Afghan capital, Kabul, on Saturday, killing two people.", "Kabul"),
    ],
)
def test_the_countrys_capital_named_by_demonym_is_the_scene(sentence, place):
    assert _one(sentence, "2009-04-04")["location"] == place


@pytest.mark.parametrize("dash", [" _ ", " - ", " — "])
def test_a_dateline_inside_the_text_opens_another_report(dash):
    text = (
        "LAHORE (Agency) - A blast near a police station in Lahore injured two people on Saturday. "
        "The earlier story is below.\n\n"
        f"MIRAN SHAH, Pakistan (Agency){dash}A drone fired two missiles on Saturday, leaving 13 people dead. "
        "The house hit was in the village of Zzkhel in North Waziristan, officials said."
    )
    d = extract_incidents(text, published="2009-04-04")
    got = {r["location"]: r["killed_best"] for r in d.to_dict("records")}
    assert got.get("Lahore", 0) != 13 and 13 in got.values() and "MIRAN SHAH" not in got, got


@pytest.mark.parametrize(
    "dateline",
    ["Islamabad [Pakistan], December 11 (Agency): ", "Islamabad [Pakistan] (Agency): ", "Islamabad [Pakistan]: "],
)
def test_a_dateline_with_the_country_in_square_brackets_is_no_scene(dateline):
    text = dateline + "A policeman was killed on Saturday after gunmen attacked a polio team in Tank district."
    assert _one(text, "2021-12-11")["location"] == "Tank"


@pytest.mark.parametrize(
    "origin", ["from across the Pak-Afghan border", "from across the Pakistan-Afghanistan border", "from beyond the Pak-Afghan border"]
)
def test_where_attackers_came_from_across_is_no_scene(origin):
    text = f"Three soldiers were martyred and five militants killed in attacks {origin} on military posts in Shawal on Friday."
    d = extract_incidents(text, published="2018-06-16")
    assert not d["aggregate"].any() and set(d["location"]) == {"Shawal"}, d[["location", "aggregate"]]


@pytest.mark.parametrize("name", ["Faryab", "Herat", "Kandahar"])
def test_a_provincial_council_named_after_a_place_named_before_is_no_mention(name):
    text = f"The Taliban attacked a district of {name} province on Sunday. A member of {name} Provincial Council said 14 died."
    council = text.index(" Provincial Council")
    assert [m.end <= council - len(name) for m in extract_places(text)] == [True]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Terrorists raided Zzkhargarh Post in the Shawal valley on Sunday.", "Zzkhargarh"),
        ("A group assaulted the Zzkhar Qamar Post on Sunday.", "Zzkhar Qamar"),
        ("Five bodies were found 1.5 kilometres away from Zzkhar Qamar Post.", "Zzkhar Qamar"),
        ("He told the Frontier Post on Monday that the road was closed.", None),
    ],
)
def test_a_post_written_as_a_title_after_an_attack_verb_names_a_place(text, name):
    found = [m.text for m in extract_places(text)]
    assert (name in found) if name else not found, found


@pytest.mark.parametrize(
    "second_day, start, end",
    [("on Monday", "2023-02-26", "2023-02-27"), ("late on Sunday", "2023-02-26", "2023-02-26")],
)
def test_an_undated_total_spans_the_days_of_the_events_it_sums(second_day, start, end):
    text = (
        "Two soldiers and a child were martyred in separate incidents in North Waziristan and South Waziristan, "
        "officials confirmed.\n\nMilitants stormed a check post in the Zzkhel area of North Waziristan late on Sunday, "
        "killing two soldiers.\n\nIn the second attack, one child was killed when a bomb went off near Wana in South "
        f"Waziristan {second_day}."
    )
    d = extract_incidents(text, published="2023-02-28")
    agg = d[d["aggregate"]]
    assert len(agg) == 1, d[["location", "date", "aggregate"]]
    got_end = agg.iloc[0]["date_end"] if pd.notna(agg.iloc[0]["date_end"]) else agg.iloc[0]["date"]
    assert (str(agg.iloc[0]["date"])[:10], str(got_end)[:10]) == (start, end)


@pytest.mark.parametrize(
    "clause, other",
    [
        ("where a suicide bomber killed at least two civilians", 2),
        ("where a roadside bomb had killed three soldiers", 3),
        ("where a blast earlier this week killed four people", 4),
    ],
)
def test_an_area_where_another_attack_killed_people_is_another_event(clause, other):
    text = (
        f"A drone fired two missiles on Saturday, leaving 13 people dead in a volatile area near the border {clause}, "
        "officials said. The house hit was in the Zzkhel village of North Waziristan."
    )
    d = extract_incidents(text, published="2009-04-04")
    assert sorted(d["killed_min"].tolist()) == [other, 13], d[["location", "date", "killed_min"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "A suicide bomber killed 12 people in Kabul on Monday, the latest in attacks across the country.",
        "Gunmen killed 12 people in Kabul on Monday as violence rose across the country.",
    ],
)
def test_one_event_told_beside_violence_across_the_country_is_no_total(sentence):
    assert _one(sentence, "2013-01-27")["killed_best"] == 12


# --- heldout16 fix round ---------------------------------------------------------------------------


@pytest.mark.parametrize("road", ["Kunduz-Khanabad highway", "Quetta-Mastung road", "Khost-Gardez Highway"])
def test_a_road_named_after_two_places_is_no_scene(road):
    text = (
        "Gunmen attacked a police post in Gurbuz district of Khost province on Monday, killing four policemen. "
        f"Army outposts along the {road} were also attacked, officials said."
    )
    d = extract_incidents(text, published="2020-07-20")
    assert list(d["location"]) == ["Gurbuz"], d[["location", "killed_best"]]


@pytest.mark.parametrize(
    "text, killed, injured",
    [
        (
            "A suicide bomber struck a police convoy in Lashkargah on Monday in which one police “martyred” and three other injured.",
            1,
            3,
        ),
        ("A bomb hit a police van in Lashkargah on Monday. Two policemen were killed and three others were wounded.", 2, 3),
        (
            "A bomb hit a police van in Lashkargah on Monday, killing two policemen. Officials said one police "
            "'martyred' and three more injured.",
            2,
            3,
        ),
    ],
)
def test_others_injured_after_a_death_are_not_added_to_other_injured(text, killed, injured):
    row = _one(text, "2016-12-26")
    assert (row["killed_best"], row["injured_best"]) == (killed, injured)


@pytest.mark.parametrize("opening", ["On Saturday", "On Dec. 6", "Late on Saturday"])
def test_a_sentence_opening_with_an_earlier_day_and_its_own_toll_is_another_event(opening):
    text = (
        "A drone strike killed four militants in the Datta Khel area of North Waziristan on Sunday, officials said. "
        f"{opening}, soldiers killed top al-Qaida operative Zzamir Khan. He was hiding in South Waziristan, where he was "
        "killed along with two other suspected militants."
    )
    d = extract_incidents(text, published="2014-12-07")
    got = {(r.location, r.date.strftime("%Y-%m-%d"), r.killed_best) for r in d.itertuples()}
    assert got == {("Datta Khel", "2014-12-07", 4), ("South Waziristan", "2014-12-06", 3)}, got


def test_the_day_said_by_an_opening_attribution_is_no_other_event():
    text = "Militants attacked a post in Kalat on Sunday, killing two guards. On Saturday, officials said, a third guard died."
    assert _one(text, "2014-12-07")["location"] == "Kalat"


@pytest.mark.parametrize("verb", ["had escaped the military operation in", "fled from", "was fleeing the fighting in"])
def test_the_place_someone_escaped_from_is_no_scene(verb):
    text = f"On Saturday, soldiers killed a militant commander who {verb} North Waziristan and was hiding in Zhob."
    assert _one(text, "2014-12-07")["location"] == "Zhob"


def test_a_toll_without_a_place_goes_to_the_one_place_the_sentence_before_names():
    text = (
        "The ministry said clashes between the Taliban and the army had occurred in the Farah and Balkh provinces on "
        "Monday. In the southwestern Farah province, the army killed 11 militants in a counteroffensive. In the northern "
        "Balkh province, the Taliban targeted security posts and the air force responded with an airstrike. "
        '"As a result of the airstrikes, 9 Taliban [members] were killed and 2 others were wounded," the ministry said.'
    )
    d = extract_incidents(text, published="2021-02-02")
    got = {(r.location, r.killed_best) for r in d.itertuples()}
    assert got == {("Farah", 11), ("Balkh", 9)}, got


@pytest.mark.parametrize("who", ["Taliban [members]", "[Taliban] fighters", "militants (fighters)"])
def test_a_bracketed_word_between_figure_and_verb_keeps_the_toll(who):
    assert _one(f"An airstrike in Balkh on Monday hit a base; 9 {who} were killed.", "2021-02-02")["killed_best"] == 9


def test_the_other_sides_casualties_given_by_its_own_office_are_an_event_at_that_office():
    text = (
        "At least six civilians were killed by firing from Afghan forces near the Chaman border on Sunday, Pakistan's "
        "military said. Kandahar police spokesman Zzahir Khan said one Afghan soldier was killed and 10 other people, "
        "including three civilians, were injured. A doctor at a hospital in Chaman said six of the wounded died."
    )
    d = extract_incidents(text, published="2022-12-11")
    got = {(r.location, r.killed_min, r.injured_best) for r in d.itertuples()}
    assert ("Kandahar", 1, 10) in got and {r.location for r in d.itertuples()} == {"Chaman", "Kandahar"}, got


def test_an_office_in_the_same_country_gives_no_other_event():
    text = (
        "Gunmen killed three guards at a checkpoint in Zhob on Sunday. Quetta police spokesman Zzahir Khan said a "
        "fourth guard was killed and two were injured."
    )
    assert _one(text, "2022-12-11")["location"] == "Zhob"


@pytest.mark.parametrize(
    "text, names",
    [
        ("A blast hit a convoy in Khar Tehsil of Bajaur. The injured were shifted to Khar Hospital.", ["Khar", "Bajaur"]),
        ("A blast hit a convoy in Khar Tehsil. Zzalam Khan of Bajaur Hospital said two died.", ["Khar"]),
        ("said a general of Special Operations Command-Afghanistan in Kabul.", ["Kabul"]),
        ("Resolute Support Mission-Afghanistan and Task Force-Kandahar said a strike hit Zhari.", ["Zhari"]),
        ("Troops cleared the Kabul-Kandahar highway near Maidan Shahr.", ["Kabul", "Kandahar", "Maidan Shahr"]),
        ("Two soldiers were martyred in a blast in Khyber district. — Radio Pakistan", ["Khyber district"]),
        ("Attacks on the Pakistan security forces rose in Khyber district.", ["Khyber district"]),
        ("Two Pakistan army soldiers were martyred in Bannu.", ["Bannu"]),
    ],
)
def test_a_place_closing_or_opening_an_organisations_name_is_no_mention(text, names):
    assert [m.text for m in extract_places(text)] == names


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "A bomb targeted a vehicle near the Zzadiqabad crossing in Khar Tehsil of Bajaur district.",
            ["Zzadiqabad", "Khar", "Bajaur district"],
        ),
        ("Police stopped a car at the Zzadiqabad crossing on Monday.", ["Zzadiqabad"]),
        ("He blamed militants in Afghanistan crossing the border into Pakistan.", ["Afghanistan", "Pakistan"]),
    ],
)
def test_a_name_before_crossing_names_a_place(text, names):
    assert [m.text for m in extract_places(text)] == names


@pytest.mark.parametrize(
    "text, names",
    [
        # an office named after its unit: a village-only name, kept when the district the text names holds one
        ("A blast in Bajaur district killed Assistant Commissioner Nawagai and a constable.", ["Bajaur district", "Nawagai"]),
        # ... and not when no unit the text names holds it (a person's name, perhaps)
        ("A blast in Quetta killed Assistant Commissioner Nawagai and a constable.", ["Quetta"]),
    ],
)
def test_a_village_name_after_an_office_title_is_kept_when_the_texts_units_hold_it(text, names):
    assert [m.text for m in extract_places(text)] == names


def test_earlier_events_told_with_their_own_days_and_no_place_are_at_the_place_named_before():
    text = (
        "A drone strike killed five militants in Datta Khel on Sunday, officials said. Sunday's strike in Datta Khel "
        "was the third in that area since late October. A Wednesday airstrike killed five suspected militants, while "
        "another three died in an October 27 attack, officials said."
    )
    d = extract_incidents(text, published="2010-11-07")
    got = {(r.location, r.date.strftime("%Y-%m-%d"), r.killed_best, r.background) for r in d.itertuples()}
    assert got == {
        ("Datta Khel", "2010-11-07", 5, False),
        ("Datta Khel", "2010-11-03", 5, True),
        ("Datta Khel", "2010-10-27", 3, True),
    }, got


def test_a_toll_with_an_own_day_and_no_place_is_not_placed_two_sentences_on():
    text = (
        "A drone strike killed five militants in Datta Khel on Sunday. The officials asked not to be named. "
        "A Wednesday airstrike killed four people, officials said."
    )
    d = extract_incidents(text, published="2010-11-07")
    assert list(d["killed_best"]) == [5], d[["location", "date", "killed_best"]]


@pytest.mark.parametrize(
    "victim",
    [
        "Zzarshed, a water carrier for security personnel at the Landi Kotal post,",
        "Zzarshed, a guard of a school in Jamrud,",
        "Zzarshed, a driver for the Peshawar police,",
    ],
)
def test_a_place_describing_the_victim_in_an_appositive_is_no_scene(victim):
    text = f"On November 13, {victim} was ambushed in Bara's Zzqambar Khel area. Assailants shot him dead."
    row = _one(text, "2024-11-24")
    assert (row["location"], row["killed_best"]) == ("Zzqambar Khel", 1)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Police in Lakki Marwat said a vest exploded, killing the attacker in Zzqorai Kilay near Naurang Town.", "Zzqorai Kilay"),
        ("A bomb went off at Zzqorai Bazaar near the Naurang police station.", "Zzqorai Bazaar"),
        ("The raid was carried out in Zzgharai, Zzshaktoi, near the inter-district boundary of Tank.", "Zzshaktoi"),
    ],
)
def test_a_name_after_in_placed_by_near_and_a_name_is_a_mention(text, name):
    assert name in [m.text for m in extract_places(text)]


def test_a_known_name_before_near_stays_what_it_is():
    found = extract_places("Drones carried out strikes over the past year in Pakistan near the Afghan border.")
    assert [(m.text, m.status) for m in found] == [("Pakistan", "matched")]


@pytest.mark.parametrize("second, rows", [("two policemen were injured", 2), ("two policemen were killed", 3)])
def test_a_total_over_separate_incidents_of_which_one_has_deaths_is_that_ones_toll(second, rows):
    text = (
        "Three insurgents and a police commander were killed in separate incidents, officials said on Sunday. "
        "Another three fighters were injured during an operation in the Zzpanir area of Bala Murghab district on "
        "Saturday night. A police commander was also killed in the operation. Separately, "
        f"{second} in an ambush in the Kharwar district of Logar province."
    )
    d = extract_incidents(text, published="2012-01-29")
    assert len(d) == rows, d[["location", "killed_best", "aggregate"]]
    if rows == 2:
        assert not d["aggregate"].any() and d.loc[d["location"] == "Zzpanir", "killed_best"].tolist() == [4]


@pytest.mark.parametrize(
    "second, where",
    [
        ("The operation, which started on June 15, has resulted in at least 550 deaths.", "North Waziristan"),
        ("The military operation has resulted in 550 deaths in the first half of this year.", "North Waziristan"),
        ("Militant attacks have killed 550 people in the first half of this year.", "Pakistan"),
    ],
)
def test_a_placeless_total_of_an_operation_is_where_the_sentence_before_put_it(second, where):
    text = f"Troops in Pakistan are pushing toward Datta Khel in a drive against militants in North Waziristan. {second}"
    agg = extract_incidents(text, published="2014-08-07")
    agg = agg[agg["aggregate"]]
    assert agg["location"].tolist() == [where], agg[["location", "killed_min"]]


def test_a_border_beside_other_places_of_an_event_is_no_draft():
    text = (
        "The Pak-Afghan border crossing at Kharlachi in Kurram remained closed on Wednesday as Afghan forces continued "
        "firing. Residents said Afghan forces opened fire in the Zzspina area, killing two people."
    )
    d = extract_incidents(text, published="2024-05-16")
    assert "Pak-Afghan border" not in set(d["location"]) and len(d) >= 1, d[["location", "killed_best"]]


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("The Taliban killed the police chief of the Zzarobi district of Paktia on Sunday.", "Paktia", "province"),
        ("A blast hit a market in the Gurbuz district of Khost on Sunday.", "Khost", "province"),
        ("A blast hit a market in the Gurbuz district of Khost province on Sunday.", "Khost", "province"),
        # "the district of X": X is the district
        ("Gunmen attacked the district of Ali Sher on Sunday.", "Ali Sher", "district"),
    ],
)
def test_the_place_after_a_named_district_of_is_its_province(text, name, kind):
    found = {m.text: m for m in extract_places(text)}
    assert found[name].status == "matched" and found[name].place.kind == kind, found


@pytest.mark.parametrize(
    "clause, injured",
    [
        ("one police officer was killed and another injured", 1),
        ("six civilians were killed and a seventh injured", 1),
        ("gunmen attacked a polio team, killing one guard and injuring another", 1),
        ("three soldiers were martyred and another got injuries", 1),
        ("the attack resulted in the martyrdom of one officer and injuries to another", 1),
        ("gunmen opened fire, killing 11 and wounding another 12 people", 12),
    ],
)
def test_another_injured_counts_one_unless_a_figure_follows(clause, injured):
    row = _one(f"In the Zzkhel area of Orakzai on Monday, {clause}.", "2024-06-05")
    assert row["injured_best"] == injured


def test_comes_days_after_an_event_dated_only_on_or_before_publication():
    text = (
        "Six soldiers were martyred in a bomb attack near Razmak in North Waziristan, the military said on Thursday. "
        "The latest incident comes four days after two soldiers were martyred in an attack on a post in the Shawal "
        "valley of North Waziristan."
    )
    d = extract_incidents(text, published="2020-10-15")
    got = {(r.killed_best, r.date.strftime("%Y-%m-%d"), r.date_precision) for r in d.itertuples()}
    assert (2, "2020-10-11", "week") in got, got


@pytest.mark.parametrize(
    "sentence, killed",
    [
        (
            "a mortar shell hit children in the Zzbhutan area of Khyber, killing student Zzabid and his sister, while "
            "injuring four others.",
            2,
        ),
        ("militants shot dead constable Zzdost Khan, a guard of the police chief, and his daughter in the Zzbama area of Matta.", 2),
        ("militants shot dead a driver in the Zzbama area of Matta.", 1),
    ],
)
def test_one_victim_by_role_and_a_relative_are_two_deaths(sentence, killed):
    assert _one(f"On November 6, {sentence}", "2024-11-24")["killed_best"] == killed


@pytest.mark.parametrize("span", ["two days", "three weeks", "two months"])
def test_a_span_of_days_before_a_verb_is_no_toll(span):
    text = (
        f"Gunmen killed a tribal elder in the Zzkot area of Bajaur on Monday. It came {span} after a blast in Khar "
        "injured five people."
    )
    d = extract_incidents(text, published="2023-05-16")
    assert sorted(d["injured_best"].dropna().tolist()) == [5], d[["location", "killed_best", "injured_best"]]


@pytest.mark.parametrize("verb", ["must act", "should act", "needs to act", "has to act"])
def test_a_capital_that_must_act_is_a_metonym(verb):
    text = f"Islamabad said Kabul {verb} against the militants who killed 11 soldiers in Zhob on Friday."
    assert _one(text, "2023-07-15")["location"] == "Zhob"


@pytest.mark.parametrize("later", ["Hours later, gunmen", "A day later, militants", "Minutes later, a second bomb"])
def test_hours_later_another_attack_elsewhere_is_its_own_event(later):
    text = (
        "A bomb exploded near a police van in Quetta on Monday, killing five people. Police said the bomb was planted "
        f"on a motorcycle. {later} killed two Levies men in Mastung."
    )
    d = extract_incidents(text, published="2024-02-13")
    assert sorted(zip(d["location"], d["killed_best"])) == [("Mastung", 2), ("Quetta", 5)], d[["location", "killed_best"]]


def test_hours_later_the_toll_rose_is_the_same_event():
    text = "A bomb exploded near a police van in Quetta on Monday, killing five people. Hours later, the toll rose to seven."
    assert _one(text, "2024-02-13")["killed_best"] == 7


def test_a_person_and_a_figure_after_said_are_summed():
    text = (
        "A roadside bomb killed five members of a family in the Bati Kot district of Nangarhar on Monday. The "
        "spokesman said a woman and two children were also wounded."
    )
    assert _one(text, "2019-06-11")["injured_best"] == 3


# --- fix round for heldout17-19: general toll mechanics ---------------------------------------------------------


@pytest.mark.parametrize(
    "clause, killed",
    [
        ("gunmen stormed a checkpoint, killing a guard and sparking clashes that killed 7 of the attackers", 7),
        ("a tribal elder and his three sons were killed", 4),
        ("a village elder was killed along with another man", 2),
        ("a shopkeeper was killed along with his two sons", 3),
        ("six members of a family including two women and a child were killed", 6),
        ("four members of the village defence force—a local militia—were killed", 4),
        ("troops responded, killing all five attackers", 5),
        ("a drone struck a house, killing five children and a woman", 6),
    ],
)
def test_general_toll_wordings(clause, killed):
    text = f"On Monday, {clause} in the Zzkot area of Kunar, officials said."
    assert _one(text, "2021-03-02")["killed_best"] == killed


@pytest.mark.parametrize(
    "text",
    [
        "Kohat Commissioner Zzahid Khan said a blast killed six people in the Zzkot area of Orakzai on Monday.",
        "Paktia’s police security chief said a blast killed six people in the Zzkot area of Khost on Monday.",
        "Islamabad has blamed militants for a blast that killed six people in the Zzkot area of Khost on Monday.",
        "A blast killed six people in the Zzkot area of Khost on Monday, days after Islamabad shut the border crossing.",
        "Militants waging a war against Kabul killed six people in the Zzkot area of Khost on Monday.",
        "A blast killed six people in the Zzkot area of Khost province, just north of Gardez, on Monday.",
        "A blast killed six people in the Zzkot area of Khost on Monday, DC Kakar said.",
    ],
)
def test_speakers_metonyms_and_reference_points_are_no_scene(text):
    d = extract_incidents(text, published="2021-03-02")
    assert set(d["location"]) == {"Zzkot"}, d[["location", "killed_best"]]


@pytest.mark.parametrize("join", [", while", "; and", ", and"])
def test_a_toll_per_clause_and_place_lists_events_not_a_total(join):
    text = (
        f"Drone strikes in the Zzkot area of Khost killed 4 militants{join} the strikes in the Zzdara area of Kunar "
        "left 7 fighters dead on Monday."
    )
    d = extract_incidents(text, published="2021-03-02")
    assert not d["aggregate"].any(), d[["location", "killed_best", "aggregate"]]
    assert sorted(zip(d["location"], d["killed_best"])) == [("Zzdara", 7), ("Zzkot", 4)]


@pytest.mark.parametrize("name", ["Pul-e-Khomri", "Pul-e-Khomri (Puli Khumri)"])
def test_a_named_capital_of_a_province_is_the_scene_not_the_province(name):
    text = f"A bomb killed four people in {name}, the capital city of Baghlan, on Monday."
    d = extract_incidents(text, published="2019-11-05")
    assert list(d["location"]) == ["Pul-e-Khomri"], d[["location", "killed_best"]]


def test_an_ongoing_trend_has_been_doing_starts_no_event():
    text = (
        "A rocket killed four children in the Zzkot area of Khost on Monday. The army has been shelling Kunar and Nuristan provinces."
    )
    d = extract_incidents(text, published="2019-11-05")
    assert list(d["location"]) == ["Zzkot"], d[["location", "killed_best"]]


def test_residents_in_a_place_are_speakers_not_a_scene():
    text = (
        "A rocket killed four children in the Zzkot area of Khost on Monday. According to residents in Kunar, the shelling continued."
    )
    d = extract_incidents(text, published="2019-11-05")
    assert list(d["location"]) == ["Zzkot"], d[["location", "killed_best"]]


def test_attacks_on_villages_named_in_one_list_are_one_event_not_a_total():
    text = "Militants killed six policemen in attacks on outposts in Yak Linga and Sarab villages of Tarinkot on Monday."
    d = extract_incidents(text, published="2020-08-15")
    assert not d["aggregate"].any(), d[["location", "killed_best", "aggregate"]]
    assert sorted(d["killed_best"].dropna().tolist()) == [6]


def test_on_the_other_hand_opens_another_event():
    text = (
        "Militants killed five policemen in attacks on outposts in Zzkot and Zzdara villages of Khost province on Monday. "
        "On the other hand, a security chief said that five militiamen were killed in an attack. He said the attack "
        "took place in the Zzmela area of Kunar."
    )
    d = extract_incidents(text, published="2020-08-15")
    got = list(zip(d["location"], d["killed_best"].fillna(0)))
    assert ("Zzmela", 5) in got and sum(k == 5 for _, k in got) == 2, d[["location", "killed_best"]]


@pytest.mark.parametrize("away", ["in other violence around the country", "elsewhere in the country", "in other parts of the country"])
def test_a_clause_about_violence_elsewhere_gives_the_event_no_toll(away):
    text = f"A bomber wounded six soldiers in the Zzkot area of Khost on Monday, while 15 people were killed {away}."
    d = extract_incidents(text, published="2020-08-15")
    d = d[~d["aggregate"]]
    assert d["killed_best"].isna().all() and d["injured_best"].tolist() == [6], d[["location", "killed_best"]]


def test_in_a_separate_report_opens_another_event():
    text = (
        "Police killed four militants in the Zzkot area of Khost on Monday. In a separate report, police said eight "
        "militants were killed in an encounter. The encounter took place in the Zzdara area of Kunar."
    )
    d = extract_incidents(text, published="2020-08-15")
    assert sorted(zip(d["location"], d["killed_best"])) == [("Zzdara", 8), ("Zzkot", 4)], d[["location", "killed_best"]]


def test_a_restatement_over_the_events_districts_is_no_total():
    text = (
        "At least 45 militants were killed as planes struck Taliban positions in Badakhshan province on Monday, a "
        'spokesman said. "Government forces launched airstrikes on the Taliban in Wardoj and Yamgan districts and 45 '
        'rebels have been killed," he said.'
    )
    d = extract_incidents(text, published="2019-08-30")
    assert not d["aggregate"].any(), d[["location", "killed_best", "aggregate"]]
    assert 45 in d["killed_best"].tolist()


@pytest.mark.parametrize("span", ["during the past 48 hours", "over the last three days", "in the past few days"])
def test_a_toll_in_the_district_over_past_days_is_a_total_at_that_district(span):
    text = (
        "Gunmen killed four people in the Zzkot area of Kurram district on Thursday. At least eight people have died in "
        f"clashes in the district {span}."
    )
    d = extract_incidents(text, published="2023-10-27")
    got = sorted(zip(d["location"], d["killed_min"].fillna(d["killed_best"]), d["aggregate"]))
    assert got == [("Kurram district", 8, True), ("Zzkot", 4, False)], d[["location", "killed_min", "aggregate"]]


def test_a_first_toll_without_a_place_is_at_the_place_the_sentence_before_named():
    text = (
        "Local sources say that the Zzkot village of Sayad district has fallen to the Taliban. At least two soldiers "
        "were killed during the clashes."
    )
    assert _one(text, "2018-06-12")["location"] == "Zzkot"


@pytest.mark.parametrize("verb", ["took place", "happened", "came"])
def test_an_attack_that_took_place_days_after_another_cites_an_earlier_event(verb):
    text = (
        "Two policemen were killed in a suicide attack in Zabul province on Wednesday. No group claimed the attack, "
        f"which {verb} two days after a suicide bomber blew himself up. One civilian was killed in that incident."
    )
    d = extract_incidents(text, published="2014-06-18")
    got = sorted(zip(d["date"].dt.strftime("%Y-%m-%d"), d["killed_best"], d["background"]))
    assert got == [("2014-06-16", 1, True), ("2014-06-18", 2, False)], d[["location", "date", "killed_best"]]


def test_earlier_on_a_date_opens_a_cited_event_that_dates_nothing_else():
    text = (
        "Three policemen were injured when militants attacked a police post in the Zzkot area of Tank. "
        "Earlier on October 3, a policeman and a civilian were martyred as militants attacked the Zzdara post in Tank."
    )
    d = extract_incidents(text, published="2022-12-30")
    got = {r.location: (r.date.strftime("%Y-%m-%d"), r.background, r.killed_best) for r in d.itertuples()}
    assert got["Zzdara"][:2] == ("2022-10-03", True) and got["Zzdara"][2] == 2, got
    assert got["Zzkot"][0] != "2022-10-03" and not got["Zzkot"][1], got


@pytest.mark.parametrize("said", ["In a statement today, the army said", "The army said today"])
def test_last_night_is_the_event_day_not_today_when_it_was_said(said):
    text = f"{said} that militants attacked a base in the Zzkot area of Turbat last night, killing four guards."
    assert _one(text, "2024-03-26")["date"].strftime("%Y-%m-%d") == "2024-03-25"


@pytest.mark.parametrize("near", ["on the outskirts of Qalat", "near Qalat", "outside Qalat"])
def test_a_village_known_only_in_another_province_is_located_at_the_town_beside_it(near):
    (m,) = [m for m in extract_places(f"A bomb went off in Pul-i-Sangi area {near}.") if m.text == "Pul-i-Sangi"]
    assert (m.status, m.place.admin1) == ("unresolved", "Zabul"), m


# --- fix round for heldout20-22: how figures of several sentences combine ----------------------------------------


@pytest.mark.parametrize(
    "later",
    [
        "The commander was among the four killed, the spokesman said.",
        "Four militants died in the raid, the spokesman said.",
    ],
)
def test_others_killed_along_with_add_to_their_own_figure_only(later):
    text = (
        "A militant commander was killed along with three other fighters in a raid in the Zzkot area of Kunar on "
        f"Friday night. {later}"
    )
    row = _one(text, "2021-03-06")
    assert (row["killed_min"], row["killed_best"], row["killed_max"]) == (4, 4, 4)


@pytest.mark.parametrize(
    "later, killed_max",
    [
        # plural events not referred back, no place of their own, a larger toll: a total, not this event's
        ("A series of attacks across the country has left around 80 people dead this spring.", 3),
        ("It was the deadliest month for civilians, with 412 killed in bombings and ambushes.", 3),
        # referred back ("the attacks"): this event's toll
        ("The attacks killed five people in all, officials said.", 5),
    ],
)
def test_a_larger_toll_of_unplaced_plural_events_is_no_figure_of_the_event(later, killed_max):
    text = f"Militants attacked two checkpoints in the Zzkot area of Kunar on Monday, killing three soldiers. {later}"
    d = extract_incidents(text, published="2021-03-02")
    assert d["aggregate"].sum() == 0
    assert _one(text, "2021-03-02")["killed_max"] == killed_max


def test_a_month_and_year_outrank_a_weekday_and_a_step_from_another_event():
    from geoinc.textdates import date_in

    s = "In October 2021, a week after the attack in Zzkot, blasts hit a mosque during the Friday prayers."
    found = date_in(s, pd.Timestamp("2022-04-21"), pd.Timestamp("2022-04-10"))
    assert (found.date, found.precision) == (pd.Timestamp("2021-10-01"), "month")


@pytest.mark.parametrize(
    "later",
    [
        "Police cordoned off the area after the blast and the wounded were airlifted to Peshawar’s Lady Reading Hospital.",
        "After the blast the wounded were evacuated to Peshawar by helicopter.",
        "The bomber had aimed to attack a funeral held for the victims of the Peshawar bombing.",
    ],
)
def test_a_place_the_wounded_were_flown_to_or_of_earlier_victims_is_no_scene(later):
    text = f"A roadside bomb killed two guards in Zzkot district of Kunar on Monday. {later}"
    d = extract_incidents(text, published="2026-03-10")
    assert d["place"].tolist() == ["Kunar"]


@pytest.mark.parametrize(
    "sentence, drafts",
    [
        ("Troops detained two men in Zzkot district of Kunar linked to roadside bombs on Monday.", 0),
        ("Police recovered three remote-control bombs from a house in Zzkot district of Kunar on Monday.", 0),
        ("A roadside bomb hit a car in Zzkot district of Kunar on Monday and police arrested a suspect.", 1),
        ("Troops thwarted a gun attack on a checkpoint in Zzkot district of Kunar on Monday.", 1),
        ("Troops detained a suspect after a blast killed two guards in Zzkot district of Kunar on Monday.", 1),
    ],
)
def test_an_arrest_or_seizure_before_any_violence_word_drafts_no_event(sentence, drafts):
    assert len(extract_incidents(sentence, published="2026-03-10")) == drafts


@pytest.mark.parametrize(
    "sentence, day",
    [
        ("Two weeks ago, a mine in Zzkot killed four herders.", "2026-03-10"),
        ("A couple of weeks ago gunmen shot a guard in Zzabad.", "2026-03-10"),
        ("One week ago a blast in Zzkot killed a driver.", "2026-03-17"),
    ],
)
def test_weeks_ago_count_back_from_publication_to_the_week(sentence, day):
    from geoinc.textdates import date_in

    found = date_in(sentence, pd.Timestamp("2026-03-24"))
    assert (found.date, found.precision) == (pd.Timestamp(day), "week")


@pytest.mark.parametrize(
    "clause, killed",
    [
        ("a roadside blast claimed one life and wounded three people", 1),
        ("a roadside blast claimed four lives", 4),
        ("two gunmen shot at a constable and martyred him on the spot", 1),
        ("a deputy superintendent of police and two constables were martyred", 3),
    ],
)
def test_toll_wordings_of_lives_him_and_a_named_officer(clause, killed):
    text = f"On Monday, {clause} in the Zzkot area of Kunar, officials said."
    assert _one(text, "2021-03-02")["killed_best"] == killed


def test_a_group_that_claimed_hundreds_of_lives_gives_no_toll():
    text = "On Monday, militants attacked a checkpoint in the Zzkot area of Kunar. The insurgency has claimed hundreds of lives."
    assert extract_incidents(text, published="2021-03-02")["killed_best"].isna().all()


@pytest.mark.parametrize(
    "stamp",
    ["Zz Reporter March 18, 2011\n\n", "(Zz News / Agency - 18th March, 2011) "],
)
def test_a_byline_or_an_agency_stamp_gives_the_pages_date_not_the_events(stamp):
    text = f"Drone strike kills civilians\n\n{stamp}A drone strike killed 38 people in the Zzkot area of North Waziristan on Thursday."
    row = _one(text, "2011-03-18")
    assert str(row["date"])[:10] == "2011-03-17"


@pytest.mark.parametrize("verb", ["accuses", "alleges", "launched an inquiry as", "urges calm after"])
def test_a_capital_that_accuses_or_acts_in_any_tense_is_a_metonym(verb):
    text = f"Kabul {verb} gunmen killed 11 soldiers in Zhob on Friday."
    assert _one(text, "2023-07-15")["location"] == "Zhob"


def test_an_event_known_only_by_report_days_is_on_or_before_the_earliest():
    text = (
        "The group on Wednesday claimed responsibility for a suicide attack in Zzkot area of Kabul that killed six "
        "people. The attack killed six people and wounded 13, police said on Tuesday."
    )
    row = _one(text, "2024-09-04")
    assert (str(row["date"])[:10], row["date_precision"]) == ("2024-09-03", "week")


@pytest.mark.parametrize("since", ["the deadliest attack since 2015", "the worst such strike since January"])
def test_a_superlative_since_compares_and_is_no_total(since):
    text = f"In {since}, at least 17 people were killed when a drone struck a house in the Zzkot area of North Waziristan on Thursday."
    d = extract_incidents(text, published="2021-03-05")
    assert not d["aggregate"].any()
    assert _one(text, "2021-03-05")["killed_min"] == 17


def test_a_toll_since_a_year_is_still_a_total():
    text = "Drone strikes have killed at least 170 people in North Waziristan since 2015, officials said on Thursday."
    assert extract_incidents(text, published="2021-03-05")["aggregate"].all()


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("The bomber targeted the Jamiat Ulema Islam party, which has ties to the Taliban.", "Jamiat"),
        ("The Islamic State in Khorasan Province said it carried out the bombing.", "Khorasan"),
    ],
)
def test_a_party_or_group_name_holding_a_place_word_is_no_place(sentence, name):
    assert name not in [m.text for m in extract_places(sentence) if m.status != "country_cue"]


@pytest.mark.parametrize("adjective", ["Southern", "Eastern", "North-western", "Central"])
def test_a_compass_adjective_before_a_name_is_no_place(adjective):
    found = [m.text for m in extract_places(f"Taliban Kill 14 Police Officers In {adjective} Afghanistan")]
    assert adjective not in found and "Afghanistan" in found


@pytest.mark.parametrize("kind", ["city", "town"])
def test_a_country_before_city_of_says_where_the_city_is(kind):
    text = f"A bomb killed 12 worshippers at a mosque in the northern Afghanistan {kind} of Kunduz on Friday."
    row = _one(text, "2021-10-09")
    assert (row["location"], row["killed_best"]) == ("Kunduz", 12)


@pytest.mark.parametrize("pair", ["a brigadier and his driver", "a colonel and a sepoy", "a policeman and his son"])
def test_a_person_by_rank_or_role_and_one_more_are_two_deaths(pair):
    text = f"On Monday, {pair} were killed when gunmen opened fire in the Zzkot area of Kurram, officials said."
    assert _one(text, "2021-03-02")["killed_best"] == 2


@pytest.mark.parametrize("wording", ["during two operations", "in three raids", "across two separate encounters"])
def test_a_roundup_total_over_operations_is_an_aggregate_beside_its_parts(wording):
    text = (
        f"Security forces killed nine militants {wording} in North Waziristan, the military said on Tuesday. "
        "In the first, troops engaged the militants in Mir Ali and six militants were killed. "
        "In another encounter in Spinwam, three more militants were eliminated."
    )
    d = extract_incidents(text, published="2025-12-02")
    parts = d[~d["aggregate"]].set_index("location")["killed_best"].to_dict()
    assert d["aggregate"].sum() == 1 and d.loc[d["aggregate"], "killed_best"].iloc[0] == 9
    assert parts.get("Mir Ali") == 6 and parts.get("Spinwam") == 3


@pytest.mark.parametrize("credit", ["— Reuters/File", "— AFP/File", "— Photo by Zarak Khan", "/ Reuters", "/ Wire Agency"])
def test_a_photo_caption_gives_no_event_or_date(credit):
    text = (
        f"Soldiers stand guard after a blast in Bannu, July 2, 2014. {credit}\n\n"
        "Three militants were killed in an operation in Spinwam on Sunday, the military said."
    )
    d = extract_incidents(text, published="2025-02-17")
    assert list(d["location"]) == ["Spinwam"] and str(d["date"].iloc[0])[:10] == "2025-02-16"


@pytest.mark.parametrize("vague", ["several", "a few"])
def test_an_unquantified_several_alone_gives_no_killed_figure(vague):
    text = f"A drone strike killed {vague} militants in the Zzkot area of Kunar province on Tuesday, officials said."
    row = _one(text, "2019-04-03")
    assert row["location"] == "Zzkot" and row[["killed_min", "killed_best", "killed_max"]].isna().all()


def test_several_beside_a_figure_keeps_the_figure():
    text = "A drone strike killed four militants in Zzkot, Kunar province, on Tuesday, and several more died later."
    assert _one(text, "2019-04-03")["killed_best"] == 4


@pytest.mark.parametrize("mark", ["--", "•", "-"])
def test_a_list_item_of_a_roundup_is_its_own_incident_and_takes_no_earlier_toll(mark):
    text = (
        "The coalition condemned today's attack on the district governor of Dur Baba, Nangarhar province.\n\n"
        "The governor and two guards were killed when their vehicle struck a roadside bomb.\n\n"
        f"{mark} Afghan forces found a weapons cache in the Spin Boldak district of Kandahar province.\n\n"
        f"{mark} One civilian was killed by insurgents today in Kunar province's Bar Kunar district."
    )
    d = extract_incidents(text, published="2010-10-22").set_index("location")["killed_best"].to_dict()
    assert d == {"Dur Baba": 3, "Bar Kunar": 1}


def test_sent_to_hell_in_a_quote_is_the_operations_toll_and_another_encounter_is_its_own_incident():
    text = (
        "Troops conducted an operation in Bannu district on Sunday, the military said. "
        "“During the operation, troops engaged the militants' location and four militants were sent to hell,” it added. "
        "In another encounter in Kohat district, troops neutralised three militants."
    )
    d = extract_incidents(text, published="2025-02-17")
    assert d[["location", "killed_best"]].values.tolist() == [["Bannu district", 4], ["Kohat", 3]]


@pytest.mark.parametrize("verb", ["were sent to hell", "were killed"])
def test_a_sentence_opening_last_week_tells_an_earlier_event(verb):
    text = (
        "A soldier was martyred when militants attacked a naval base in Turbat on Monday night, officials said on Tuesday.\n\n"
        "Last week, a group of eight militants attempted to storm a port complex in Gwadar.\n\n"
        f"Troops responded and all eight militants {verb}."
    )
    d = extract_incidents(text, published="2024-03-26").set_index("location")
    assert d.loc["Turbat", "killed_best"] == 1 and not d.loc["Turbat", "background"]
    assert d.loc["Gwadar", "killed_best"] == 8 and d.loc["Gwadar", "background"]


# --- casualty figures (fifth session, text21) ---------------------------------------------------


def _killed(row: pd.Series):
    for col in ("killed_best", "killed_min", "killed_max"):
        if not pd.isna(row[col]):
            return int(row[col])
    return None


@pytest.mark.parametrize(
    "sentence, killed",
    [
        ("Two guards, four labourers and a driver were killed in Dand on Monday.", 7),
        ("Three porters, two farmers and three drivers died when a mine exploded in Dand on Monday.", 8),
        ("Two soldiers and at least one gunman have been killed in a clash in Dand on Monday.", 3),
        ("Six soldiers and one attacker has been killed in Dand on Monday.", 7),
    ],
)
def test_an_enumeration_of_victims_before_the_verb_is_summed(sentence, killed):
    assert _killed(_one(sentence, "2026-03-10")) == killed


@pytest.mark.parametrize(
    "sentence, killed",
    [
        ("A bomb hit a convoy in Dand on Monday, killing a U.S. soldier, four Afghan guards and an Afghan interpreter.", 6),
        ("Gunmen stormed a post in Dand on Monday, killing the district police chief and a guard, an official said.", 2),
        ("A blast in Dand on Monday killed two soldiers, three police and a driver.", 6),
        ("Troops in Dand shot dead a suspected suicide bomber on Monday.", 1),
        # not an item: the subject of another verb, a part of the figure
        ("A blast in Dand on Monday killed two soldiers and a civilian was hurt.", 2),
        ("A blast in Dand on Monday killed 10 militants and two soldiers were also injured.", 10),
        ("A blast in Dand on Monday killed five people, two of them women, and injured three.", 5),
    ],
)
def test_an_enumeration_of_victims_after_a_killing_verb_is_summed(sentence, killed):
    assert _killed(_one(sentence, "2026-03-10")) == killed


@pytest.mark.parametrize(
    "sentence, killed, injured",
    [
        ("Two coordinated roadside bombs killed six people in Dand on Monday.", 6, None),
        ("Three rockets wounded four people in Dand on Monday.", None, 4),
        ("Two gunmen killed three guards in Dand on Monday.", 3, None),
        # the figure before a passive or a headline's bare verb is the dead
        ("Two gunmen were killed in Dand on Monday.", 2, None),
    ],
)
def test_a_figure_counting_weapons_or_attackers_before_an_active_verb_is_no_toll(sentence, killed, injured):
    row = _one(sentence, "2026-03-10")
    assert _killed(row) == killed and (None if pd.isna(row["injured_best"]) else int(row["injured_best"])) == injured


@pytest.mark.parametrize(
    "text, killed",
    [
        (
            "Five More Killed in Second Drone Strike\n\n"
            "At least five more people were killed in a second drone strike in Dand on Monday.",
            5,
        ),
        ("Another four guards were killed when gunmen stormed a post in Dand on Monday.", 4),
        # after a figure of the event's own, "another" adds to it
        ("Two guards were killed when gunmen stormed a post in Dand on Monday, and another three died later in hospital.", 5),
    ],
)
def test_more_before_the_events_own_figure_is_its_figure_not_an_addition(text, killed):
    assert _killed(_one(text, "2026-03-10")) == killed


@pytest.mark.parametrize("events", ["two bomb blasts", "three explosions", "two suicide bombings"])
def test_a_toll_over_a_count_of_blasts_is_a_total(events):
    text = f"Six people were killed in {events} in Mastung on Monday. The first blast killed four people near a market in Mastung."
    d = extract_incidents(text, published="2026-03-10")
    assert d[d["aggregate"]]["killed_best"].tolist() == [6]
    assert d[~d["aggregate"]]["killed_best"].tolist() == [4]


def test_a_toll_across_a_province_is_that_provinces_total():
    text = (
        "A suicide bomber killed two soldiers at a check post in Miranshah on Tuesday. The attack came days after "
        "bombings that killed more than 40 people across Khyber Pakhtunkhwa province, most of them policemen."
    )
    d = extract_incidents(text, published="2026-03-10")
    total = d[d["aggregate"]]
    assert total["admin1"].tolist() == ["Khyber Pakhtunkhwa"] and total["killed_min"].tolist() == [41]
    assert d[~d["aggregate"]]["killed_best"].tolist() == [2]


def test_a_string_of_attacks_across_regions_is_a_total_apart_from_each_attack():
    text = (
        "Militants carried out a string of attacks on police across northern and eastern Afghanistan on Sunday, "
        "killing at least 12 people, officials said. In Kunduz city, gunmen stormed a police post and killed two officers."
    )
    d = extract_incidents(text, published="2026-03-09")
    assert d[d["aggregate"]]["killed_min"].tolist() == [12]
    assert d[~d["aggregate"]][["location", "killed_best"]].values.tolist() == [["Kunduz", 2]]


def test_a_years_toll_is_the_country_of_the_reports_event_not_its_toll():
    text = (
        "KANDAHAR, Afghanistan - Nine members of a family were killed when a roadside bomb struck their van in Zabul "
        "province on Saturday. They were returning from Pakistan. The United Nations said 3,100 people were killed last year."
    )
    d = extract_incidents(text, published="2026-03-08")
    assert d[~d["aggregate"]][["location", "killed_best"]].values.tolist() == [["Zabul", 9]]
    total = d[d["aggregate"]]
    assert total["location"].tolist() == ["Afghanistan"] and total["killed_best"].tolist() == [3100]
    assert str(total["date"].iloc[0].date()) == "2025-01-01"


@pytest.mark.parametrize(
    "sentence, killed",
    [
        ("Troops killed seven militants in Dand on Monday, but two soldiers were also killed in the firefight.", 9),
        ("Five militants were killed and two soldiers also lost their lives in Dand on Monday.", 7),
        ("Four soldiers were also killed in Dand on Monday.", 4),
    ],
)
def test_a_figure_also_killed_after_another_of_its_sentence_adds_to_it(sentence, killed):
    assert _killed(_one(sentence, "2026-03-10")) == killed


@pytest.mark.parametrize(
    "sentence, killed",
    [
        ("Gunmen fatally shot a health worker and a police officer in Dand on Monday.", 2),
        ("Gunmen fatally shot two policemen in Dand on Monday.", 2),
        ("Gunmen shot and killed a teacher in Dand on Monday.", 1),
        ("A bomb in Dand on Monday killed an aid worker.", 1),
    ],
)
def test_fatally_shot_and_one_victim_by_a_qualified_role(sentence, killed):
    assert _killed(_one(sentence, "2026-03-10")) == killed


@pytest.mark.parametrize(
    "text",
    [
        "Attacks across Afghanistan have killed seven people in the past two days. "
        "Gunmen shot dead a police officer in Qalat on Sunday.",
        "12 Fighters Killed In Army Operations Across Country\n\nGunmen shot dead a police officer in Qalat on Sunday.",
    ],
)
def test_a_toll_over_past_days_or_operations_across_country_is_a_total(text):
    d = extract_incidents(text, published="2026-03-09")
    assert d[~d["aggregate"]][["location", "killed_best"]].values.tolist() == [["Qalat", 1]]


@pytest.mark.parametrize(
    "sentence, killed",
    [
        ("Police said 16 vehicles were destroyed and two people killed in Dand on Monday.", 2),
        ("Police said 30 shops burnt and three people killed in Dand on Monday.", 3),
        ("Troops destroyed 12 hideouts and killed four militants in Dand on Monday.", 4),
    ],
)
def test_a_count_of_things_destroyed_is_never_added_to_a_toll(sentence, killed):
    assert _killed(_one(sentence, "2026-03-10")) == killed


def test_this_comes_as_cites_an_earlier_event_with_its_own_toll():
    text = (
        "A magnetic bomb attached to a car went off in Kabul on Tuesday morning, killing the driver, police said. "
        "This comes as a car bomb was detonated near a compound in Kabul late on Monday, leaving at least 5 dead."
    )
    d = extract_incidents(text, published="2026-03-10").sort_values("date")
    assert d[["killed_min", "background"]].values.tolist() == [[5, True], [1, False]]


def test_a_toll_of_ambushes_and_clashes_is_a_total_apart_from_the_attack_told_next():
    text = (
        "In the southern province of Helmand, ambushes and clashes on Sunday left 12 people dead, said a spokesman. "
        "Gunmen on a motorbike killed three policemen in Nad Ali district on Sunday, he said."
    )
    d = extract_incidents(text, published="2026-03-09")
    assert d[~d["aggregate"]][["location", "killed_best"]].values.tolist() == [["Nad Ali", 3]]
    assert d[d["aggregate"]]["killed_best"].tolist() == [12]


# --- place mentions: recall and precision of the acceptance and resolution steps (text23) -------------------


def _mentions(text: str) -> dict[str, list]:
    out: dict[str, list] = {}
    for m in extract_places(text):
        out.setdefault(m.text, []).append(m)
    return out


@pytest.mark.parametrize("force", ["Frontier Corps", "Frontier Constabulary"])
@pytest.mark.parametrize(
    "template", ["Gunmen attacked the {a} checkpoint in Zzkot village.", "Gunmen attacked the Zzkot {a} post in Kurram."]
)
def test_an_acronym_the_text_defines_for_a_force_is_no_part_of_a_place(force, template):
    found = _mentions(template.format(a="FC") + f" Two soldiers of the {force} (FC) were killed.")
    assert "FC" not in found and "Zzkot FC" not in found
    assert "Zzkot" in found


@pytest.mark.parametrize("given", ["Zia-ul-Haq", "Ata-ur-Rehman", "Shams-uz-Zaman"])
def test_a_compound_given_name_makes_the_next_name_a_persons(given):
    found = _mentions(f"Minister {given} Kakar condemned the attack in Quetta.")
    assert "Kakar" not in found and "Quetta" in found


@pytest.mark.parametrize("feature", ["neighbourhood", "neighborhood"])
def test_a_name_before_neighbourhood_is_one_place_name(feature):
    found = _mentions(f"A bomb hit a mosque in the Zzher Khanna {feature} of northern Kabul.")
    assert "Zzher Khanna" in found and "Khanna" not in found


@pytest.mark.parametrize("prep", ["In", "At", "Near"])
def test_a_sentence_opening_preposition_places_a_spelling_variant(prep):
    found = _mentions(f"Gunmen attacked two camps in Balochistan. {prep} Naushki, four attackers were killed.")
    assert found["Naushki"][0].place.name == "Nushki"


def test_both_names_between_x_and_y_are_places_settled_by_each_other():
    found = _mentions("Troops came under fire during a search between Hushab and Turbat in Balochistan.")
    assert found["Turbat"][0].status == "matched"
    hushab = found["Hushab"][0]
    assert (hushab.status, hushab.place.admin2) == ("matched", "Kech")


@pytest.mark.parametrize(
    "second",
    [
        "The wounded were rushed to Miranshah hospital.",
        "The wounded were taken to Miranshah.",
    ],
)
def test_names_only_other_places_settle_take_the_district_of_the_place_named_with_them(second):
    text = (
        f"A suicide bomber struck a checkpost in Mir Ali on Sunday, killing six soldiers. {second} "
        "A day earlier, militants attacked a post in Dera Ismail Khan."
    )
    found = _mentions(text)
    for name in ("Mir Ali", "Miranshah"):
        m = found[name][0]
        assert (m.status, m.place.admin2) == ("matched", "North Waziristan"), m


def test_a_village_named_like_a_person_stays_out_when_no_place_settles_it():
    assert "Mir Ali" not in _mentions("A suicide bomber struck a checkpost in Mir Ali on Sunday, killing six soldiers.")


def test_a_name_followed_by_another_capitalised_word_is_not_settled_by_other_places():
    found = _mentions("A bomb killed two men in Mingora, Swat. The bodies were moved to the Saidu Sharif Teaching Hospital.")
    assert "Saidu Sharif" not in found


@pytest.mark.parametrize("people", ["tribes", "tribe", "clans"])
def test_a_name_before_tribe_is_a_people_not_a_place(people):
    assert "Datakhel" not in _mentions(f"A jirga was held between the Zzkhel and Datakhel {people} in North Waziristan.")


@pytest.mark.parametrize("landmark", ["Stop", "Square"])
def test_a_bus_stop_or_square_is_a_landmark(landmark):
    found = _mentions(f"A suicide bomber hit a vehicle at Zzpur {landmark} in Quetta.")
    assert f"Zzpur {landmark}" in found


def test_a_province_after_a_forces_name_is_no_place_even_when_named_again():
    found = _mentions("Five soldiers of Frontier Corps Balochistan were killed in Sibi, a district of Balochistan.")
    assert [m.start for m in found["Balochistan"]] == [
        len("Five soldiers of Frontier Corps Balochistan were killed in Sibi, a district of ")
    ]


@pytest.mark.parametrize(
    "sentence",
    ["The UN Assistance Mission to Afghanistan said so.", "A statement issued by the Government of Balochistan said so."],
)
def test_an_institutions_name_holds_no_place(sentence):
    assert _mentions(sentence) == {}


@pytest.mark.parametrize("noun", ["site where the blast occurred", "scene of the attack"])
def test_a_name_in_apposition_to_the_site_is_a_place(noun):
    assert "Zzkot" in _mentions(f"Zzkot, the {noun}, is a congested market.")


def test_a_one_word_town_the_text_placed_is_a_mention_where_written_again():
    found = _mentions("Six labourers were shot dead in Turbat on Friday. Government helicopters later reached Turbat.")
    assert len(found["Turbat"]) == 2


@pytest.mark.parametrize(
    "sentence, found",
    [
        ("Bombs killed eight people in Pakistan today.", {"Pakistan"}),
        ("Violence in Pakistan today is worse than a year ago.", {"Pakistan"}),
        ("Pakistan Today reported the attack.", set()),
    ],
)
def test_a_frequent_lower_case_word_ends_no_organisations_name(sentence, found):
    assert set(_mentions(sentence)) == found


@pytest.mark.parametrize("dash", [" – ", " - ", "–"])
def test_a_name_joined_by_a_dash_to_an_organisations_name_is_part_of_it(dash):
    assert "Khorasan" not in _mentions(f"The strikes targeted fighters of the Islamic State{dash}Khorasan Province.")


@pytest.mark.parametrize("feature", ["areas", "villages"])
def test_the_name_after_a_plural_feature_word_and_of_is_a_container_and_no_guess(feature):
    found = _mentions(f"Jets bombed hideouts in Zzdara, Zzkas and Zzvela {feature} of Kukikhel, killing eight.")
    # a place the text names, but the geocoder's ambiguous spelling variant (a village in another province) locates nothing
    assert found["Kukikhel"][0].status == "unresolved" and found["Kukikhel"][0].place is None
    assert found["Zzvela"][0].place is None


def test_a_known_name_after_a_plural_feature_word_stays_what_the_lists_say():
    found = _mentions("Soldiers were killed in a clash in the border areas of Lower Chitral.")
    assert "Chitral" in found


@pytest.mark.parametrize("given", ["Zzatullah", "Zzamuddin"])
def test_a_given_name_of_the_ullah_form_starts_no_locative_name(given):
    found = _mentions(f"Seven civilians died, {given} Rahmani district governor of Pachir Agam said.")
    assert not any(name.startswith(given) for name in found)


@pytest.mark.parametrize("landmark", ["Hotel", "Airport", "Bridge"])
def test_a_landmark_after_the_is_a_place(landmark):
    assert f"Zzmarri {landmark}" in _mentions(f"A truck bomb severely damaged the Zzmarri {landmark} last year.")


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("A van plunged into a ravine in Malakand Agency on Friday.", "Malakand"),
        ("Militants attacked a checkpost near Malakand Agency.", "Malakand"),
    ],
)
def test_a_unit_named_agency_after_a_preposition_is_a_place_not_an_organisation(sentence, name):
    assert name in _mentions(sentence)


@pytest.mark.parametrize("country", ["Nigeria", "Algeria", "Germany", "Japan"])
def test_any_other_country_of_the_world_is_out_of_region(country):
    (m,) = _mentions(f"The fighters had trained in {country} before the attack.")[country]
    assert m.status == "out_of_region" and m.place is None


def test_a_country_name_inside_an_organisations_name_is_no_place():
    assert _mentions("The Islamic State of Iraq and Syria claimed the bombing.") == {}


@pytest.mark.parametrize("office", ["Assistant Commissioner", "Deputy Commissioner", "DPO"])
def test_a_village_named_before_an_office_is_a_place_when_the_text_settles_it(office):
    found = _mentions(f"Militants attacked a post in North Waziristan. Miranshah {office} Zzwali Khan was hurt.")
    m = found["Miranshah"][0]
    assert (m.status, m.place.admin2) == ("matched", "North Waziristan")
    assert "Miranshah" not in _mentions(f"Miranshah {office} Zzwali Khan was hurt.")  # nothing settles it


@pytest.mark.parametrize(
    "places",
    ["the districts of Sabari and Tani", "the Sabari and Tani districts", "the districts of Sabari, Tani"],
)
def test_a_figure_after_a_list_of_places_is_counted_on_the_lists_first_place(places):
    text = (
        "Airstrikes were reported on the night of March 2 in Khost province. "
        f"According to local sources in {places}, at least 20 civilians were killed."
    )
    d = extract_incidents(text, published="2026-03-05").set_index("location")["killed_min"]
    assert d.get("Sabari") == 20 and pd.isna(d.get("Tani"))


@pytest.mark.parametrize(
    "sentence, killed",
    [
        ("Troops in Dand fought back on Monday and sent 12 terrorists “to hell”, the military said.", 12),
        ("Troops in Dand sent six militants to hell on Monday.", 6),
        ("A blast killed two people in Dand on Monday and the army sent 200 troops there.", 2),
    ],
)
def test_sent_n_to_hell_in_the_active_is_a_toll(sentence, killed):
    assert _killed(_one(sentence, "2026-03-10")) == killed


@pytest.mark.parametrize("adjective", ["mountainous", "remote", "tribal"])
def test_an_adjective_between_a_name_and_its_feature_word_keeps_the_name(adjective):
    assert "Zzgadoon Amazai" in _mentions(f"Two policemen lived in the Zzgadoon Amazai {adjective} area.")


@pytest.mark.parametrize("group", ["Jamaat-ul-Zzansar Al-Zzaria Pakistan", "Jaish al-Zzadl Pakistan"])
def test_a_country_closing_a_name_led_by_the_arabic_article_is_a_groups_name(group):
    assert "Pakistan" not in _mentions(f"A leaflet said the gunmen belonged to {group}. Police in Karachi said so.")


# --- text22: event segmentation, places and dates -----------------------------------------------


@pytest.mark.parametrize("ahead", ["ahead of the Sept. 30", "in the run-up to the Sept. 30", "scheduled for Sept. 30"])
def test_a_day_to_come_is_no_event_day(ahead):
    text = (
        "A roadside bomb killed six people in Kurram district, officials said on Monday. "
        f"Troops are guarding polling stations {ahead} elections."
    )
    row = _one(text, "2025-09-10")
    assert str(row["date"])[:10] == "2025-09-08"


@pytest.mark.parametrize("period", ["this year", "so far this year", "in the past decade"])
def test_a_superlative_before_a_period_compares_and_makes_no_total(period):
    text = f"A drone strike killed 12 people in Mir Ali, North Waziristan, on Sunday, the deadliest {period}, officials said."
    d = extract_incidents(text, published="2025-06-03")
    assert not d["aggregate"].any()
    assert d[["location", "killed_best"]].values.tolist() == [["Mir Ali", 12]]


@pytest.mark.parametrize(
    "trend",
    [
        "a sharp increase in drone strikes",
        "a surge in attacks",
        "a rise in bombings",
        "an uptick in terror activities",
        "a rise in terrorist incidents",
    ],
)
def test_a_trend_sentence_is_no_event(trend):
    text = (
        "A drone strike killed five militants in Mir Ali, North Waziristan, on Monday, officials said. "
        f"There has been {trend} in the region since talks failed two weeks ago."
    )
    d = extract_incidents(text, published="2025-06-03")
    assert d[["location", "killed_best"]].values.tolist() == [["Mir Ali", 5]]
    assert str(d["date"].iloc[0])[:10] == "2025-06-02"


@pytest.mark.parametrize("vague", ["this week", "in recent days"])
def test_a_day_named_later_sharpens_a_week(vague):
    text = (
        f"It was the second airstrike {vague} to kill civilians. "
        "On Monday, a strike left 13 civilians dead in Kunar province, officials said."
    )
    row = _one(text, "2025-06-04")  # a Wednesday: "this week" is read as Sunday
    assert row["location"] == "Kunar" and str(row["date"])[:10] == "2025-06-02"


@pytest.mark.parametrize("verb", ["heading towards", "travelling toward"])
def test_a_destination_after_towards_is_no_scene(verb):
    text = f"A bomb exploded in a bus {verb} Hayatabad in Khyber district on Monday, killing nine people."
    assert _one(text, "2025-06-03")["location"] == "Khyber district"


@pytest.mark.parametrize("here", ["here yesterday", "here on Tuesday", "in the main bazaar here"])
def test_here_in_a_datelined_report_is_the_dateline_place(here):
    text = f"QUETTA: At least seven people were killed when a bomb exploded {here}, police said on Wednesday."
    assert _one(text, "2025-06-04")["location"] == "QUETTA"


def test_here_without_a_dateline_places_nothing():
    text = "At least seven people were killed when a bomb exploded here yesterday, police said."
    assert extract_incidents(text, published="2025-06-04").empty


@pytest.mark.parametrize("clause", ["where roadside bombs are frequently used", "where militants often attack convoys"])
def test_a_where_clause_describing_the_place_keeps_the_event_sentence(clause):
    text = (
        "A roadside bomb hit a wedding party in southern Afghanistan on Wednesday, killing 20 people. "
        f"Women and children were among the dead in Nad Ali district, {clause}."
    )
    assert _one(text, "2025-06-05")["location"] == "Nad Ali"


@pytest.mark.parametrize("verb", ["targeted a patrol", "tried to enter a camp"])
def test_a_toll_before_any_event_is_at_the_place_named_right_before(verb):
    text = (
        "Twelve soldiers were martyred in two separate incidents, the military said on Saturday.\n\n"
        f"Militants {verb} near Spinwam, North Waziristan. The attack left six soldiers martyred."
    )
    d = extract_incidents(text, published="2025-06-07")
    d = d[~d["aggregate"]]
    assert d[["location", "killed_best"]].values.tolist() == [["Spinwam", 6]]


@pytest.mark.parametrize("day", ["On June 14", "On 14 June"])
def test_an_opening_day_with_its_own_toll_after_an_undated_event_is_an_earlier_event(day):
    text = (
        "Five soldiers were martyred in an exchange of fire with militants in Zzkot area of Kharan district, the military said. "
        "Security forces are determined to defeat the militants, the statement added.\n\n"
        f"{day}, four soldiers were martyred when a bomb went off on a highway."
    )
    d = extract_incidents(text, published="2025-06-25")
    assert d[["location", "killed_best"]].values.tolist() == [["Zzkot", 5]]
    assert str(d["date"].iloc[0])[:10] != "2025-06-14"


@pytest.mark.parametrize(
    "sentence",
    [
        "A similar attack took place in Bannu on July 15.",
        "It may be recalled that on July 15 this year, militants attacked Bannu, killing two policemen.",
    ],
)
def test_a_similar_attack_or_a_recalled_one_is_an_earlier_event(sentence):
    text = f"Militants stormed a police station in Lakki Marwat on Monday, killing four policemen.\n\n{sentence}"
    d = extract_incidents(text, published="2025-10-14")
    assert not d["aggregate"].any()
    main = d[~d["background"]]
    assert main[["location", "killed_best"]].values.tolist() == [["Lakki Marwat", 4]]
    assert list(d.loc[d["background"], "location"]) == ["Bannu"]


@pytest.mark.parametrize("who", ["the constable who was killed", "a soldier who had been martyred"])
def test_a_place_of_someone_who_died_before_is_no_scene(who):
    text = (
        "On Monday, militants stormed the police headquarters in Lakki Marwat, killing four policemen. "
        f"The attack came during the funeral prayers for {who} in a strike in Bannu the day before."
    )
    assert _one(text, "2025-10-14", background=False)["location"] == "Lakki Marwat"


@pytest.mark.parametrize("prep", ["at", "near"])
def test_a_stop_after_a_place_name_is_a_landmark_not_the_place(prep):
    text = f"A suicide bomber hit an army truck {prep} Mastung Stop in Quetta on Saturday, killing 15 people."
    names = [m.text for m in extract_places(text)]
    assert "Mastung Stop" in names and "Mastung" not in names
    assert _one(text, "2025-08-10")["location"] == "Mastung Stop"


@pytest.mark.parametrize("credit", ["AFP, Jalalabad (Afghanistan)", "AP/PTI, Jalalabad"])
def test_an_agency_credit_line_is_a_dateline_not_a_scene(credit):
    text = (
        f"Roadside bomb kills seven civilians\n{credit}\n"
        "A roadside bomb killed seven civilians in eastern Afghanistan on Sunday, officials said. "
        "The victims had left their homes for a wedding in a village of Kunar province."
    )
    assert _one(text, "2025-01-13")["location"] == "Kunar"


@pytest.mark.parametrize(
    "cited", ["a suicide bombing in Kabul last week which killed 50 people", "last week's bombing in Kabul that killed 50"]
)
def test_the_reports_own_event_told_after_a_cited_one_is_its_own(cited):
    text = (
        f"Sunday's attack comes right after {cited}. "
        "Seven civilians were killed when their truck hit a roadside bomb in eastern Afghanistan on Sunday. "
        "The villagers were travelling to a wedding in Kunar province, the district governor said."
    )
    d = extract_incidents(text, published="2025-01-13")
    main = d[~d["background"] & ~d["aggregate"]]
    assert main[["location", "killed_best"]].values.tolist() == [["Kunar", 7]]
    assert str(main["date"].iloc[0])[:10] == "2025-01-12"


@pytest.mark.parametrize(
    "victim",
    ["an intelligence official in Nad Ali district was killed", "a police official in Nad Ali and his driver were shot dead"],
)
def test_an_official_in_a_place_who_is_the_victim_places_the_event(victim):
    text = f"A suicide bomber killed 12 people in Kajaki district on Wednesday. Farther south, {victim} in a blast, a spokesman said."
    d = extract_incidents(text, published="2025-01-16")
    assert "Nad Ali" in set(d["location"])


def test_an_official_in_a_place_who_speaks_is_no_scene():
    text = "A suicide bomber killed 12 people in Kajaki district on Wednesday, an official in Nad Ali district said."
    assert set(extract_incidents(text, published="2025-01-16")["location"]) == {"Kajaki"}


@pytest.mark.parametrize(
    "later", ["In Zzkot village of Bihsud district, homes were destroyed.", "The worst damage was in Bihsud district."]
)
def test_a_place_named_later_replaces_an_event_placed_only_at_the_border(later):
    text = (
        "Jets carried out strikes overnight on hideouts near the Pakistan-Afghanistan border, killing 18 people, "
        f"officials said on Monday. {later}"
    )
    d = extract_incidents(text, published="2026-02-23")
    assert len(d) == 1 and d["place"].iloc[0] == "Bihsud"


@pytest.mark.parametrize("unit", ["Ghoryan district", "Obe district"])
def test_an_attack_on_a_named_district_is_an_event_there(unit):
    text = (
        f"A Taliban attack on {unit} in Herat was pushed back, the governor said on Thursday. "
        "The fighters had gathered from other parts of the province. He said 20 fighters were killed in last night's clashes."
    )
    row = _one(text, "2021-07-01")
    assert row["location"] == unit.split()[0] and str(row["date"])[:10] == "2021-06-30"


@pytest.mark.parametrize("count", ["A total of 47 wounded were brought to hospital.", "A total of 30 injured were treated there."])
def test_a_hospital_count_of_wounded_with_no_place_is_no_total_row(count):
    text = f"A bomb exploded in a bus in Peshawar on Wednesday, killing 17 people. “{count}” a doctor said."
    d = extract_incidents(text, published="2016-03-17")
    assert not d["aggregate"].any() and list(d["location"]) == ["Peshawar"]


@pytest.mark.parametrize("verb", ["rejected", "confirmed", "condemned", "insisted"])
def test_a_capital_that_acted_in_the_past_tense_is_a_metonym(verb):
    text = (
        f"A drone killed six militants in North Waziristan on Sunday, officials said a day after Islamabad {verb} reports "
        "on the strikes. The officials said two missiles hit a compound in Zzkot village."
    )
    d = extract_incidents(text, published="2010-11-22")
    assert "Islamabad" not in " ".join(map(str, list(d["location"]) + list(d["place"]) + list(d["notes"])))


@pytest.mark.parametrize("byline", ["By Zz Reporter in Islamabad", "By A B Zzkhan in Peshawar"])
def test_a_byline_place_is_no_scene(byline):
    text = f"Two soldiers killed in suicide attack\n{byline}\nA suicide attack in the tribal region killed two soldiers on Sunday."
    d = extract_incidents(text, published="2007-07-16")
    assert d.empty or not set(d["location"]) & {"Islamabad", "Peshawar"}


@pytest.mark.parametrize("verb", ["reflect", "reflected"])
def test_an_analysis_of_what_attacks_reflect_is_no_event(verb):
    text = (
        "The Taliban killed 11 police officers in Balkh's Shortepa district on Monday, officials said. "
        f"Taliban attacks in Balkh and Takhar provinces {verb} the group's effort to gain strength in the north."
    )
    d = extract_incidents(text, published="2019-10-01")
    assert list(d["location"]) == ["Shortepa"]


@pytest.mark.parametrize("mark", [";", ":"])
def test_an_upper_case_place_and_agency_in_brackets_before_a_semicolon_is_a_dateline(mark):
    text = (
        f"RAWALPINDI (Zz News){mark} Security forces killed seven militants during two operations in North Waziristan, "
        "the military said on Tuesday."
    )
    d = extract_incidents(text, published="2025-12-03")
    assert "Rawalpindi" not in set(d["place"]) and "RAWALPINDI" not in " ".join(map(str, d["notes"]))


@pytest.mark.parametrize(
    "caption",
    [
        "A health worker gives polio drops to a child in Lahore on August 27, 2019.",
        "Soldiers stand guard at a checkpoint on March 3, 2018.",
    ],
)
def test_a_day_long_before_the_report_from_a_sentence_without_violence_does_not_date_the_headline(caption):
    text = f"Gunmen kill two policemen escorting polio workers in Tank\n{caption}\nNo group claimed the attack."
    row = _one(text, "2022-08-16")
    assert str(row["date"])[:4] == "2022"


@pytest.mark.parametrize("verb", ["had hit", "had struck"])
def test_a_month_and_year_in_the_pluperfect_is_a_cited_event_with_the_toll_after_it(verb):
    text = (
        "A blast at a mosque in Mazar-e-Sharif killed 10 worshippers on Thursday, officials said. "
        f"In October 2021, multiple explosions {verb} a mosque in Kandahar city during the Friday prayers. "
        "At least 32 people were killed in the explosions."
    )
    d = extract_incidents(text, published="2022-04-21").set_index("location")
    assert d.loc["Mazar-e-Sharif", "killed_best"] == 10 and not d.loc["Mazar-e-Sharif", "background"]
    assert d.loc["Kandahar", "background"] and str(d.loc["Kandahar", "date"])[:7] == "2021-10"
    assert d.loc["Kandahar", "killed_min"] == 32


@pytest.mark.parametrize("role", ["the commissioner of Kohat Division", "the administrator for Kohat"])
def test_a_commissioner_of_a_place_who_speaks_is_no_scene(role):
    text = (
        "A car bomb killed 13 people at a market in Parachinar on Monday. "
        f"“The car detonated as a convoy passed by and 13 people were killed,” {role} told reporters."
    )
    assert set(extract_incidents(text, published="2012-09-11")["location"]) == {"Parachinar"}


@pytest.mark.parametrize("rose", ["rose to 34 on Wednesday", "climbed to 34 on Wednesday"])
def test_the_day_a_toll_rose_is_not_the_events_day(rose):
    text = (
        f"The death toll from a suicide attack at a funeral in Mardan district {rose} after seven victims died in hospital. "
        "At least 29 people were killed Tuesday when the bomber struck."
    )
    row = _one(text, "2013-06-19")
    assert row["location"] == "Mardan" and str(row["date"])[:10] == "2013-06-18"


@pytest.mark.parametrize("ongoing", ["have been raging", "have been going on"])
def test_fighting_under_way_in_a_named_district_since_a_day_places_the_event(ongoing):
    text = (
        "Taliban attacks on a district in Helmand province killed 24 police officers, "
        "an official said on Sunday. "
        f"He said battles between government forces and militants {ongoing} in the Zzkot district since late Friday."
    )
    row = _one(text, "2016-08-01")
    assert row["location"] == "Zzkot" and str(row["date"])[:10] == "2016-07-29"


@pytest.mark.parametrize(
    "back", ["The suicide attack occurred at a bridge in Gereshk.", "The suicide bombing hit a patrol in Gereshk."]
)
def test_a_sentence_with_an_earlier_events_weapon_goes_back_to_it_after_an_unplaced_separate_one(back):
    text = (
        "A suicide bomber killed 10 civilians in Helmand province on Sunday, an official said. "
        "Separately, two civilians died when a roadside bomb went off near a shrine in eastern Afghanistan, police said. "
        f"{back}"
    )
    d = extract_incidents(text, published="2010-03-21")
    assert d[["location", "killed_best"]].values.tolist() == [["Gereshk", 10]]


# --- place mentions (text25) ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("when", ["Monday evening", "Friday", "March"])
@pytest.mark.parametrize("province", ["Khyber-Pakhtunkhwa", "Balochistan"])
def test_a_day_or_month_after_a_province_is_no_part_of_its_name(when, province):
    found = _mentions(f"Two soldiers died when a bomb hit their vehicle in a remote district of {province} {when}.")
    assert list(found) == [province]
    m = found[province][0]
    assert m.status == "matched" and m.place.kind == "province"


@pytest.mark.parametrize("when", ["Sunday", "January"])
def test_a_day_or_month_after_an_unknown_village_name_is_trimmed(when):
    found = _mentions(f"Gunmen attacked a house in the village of Zzkhanabad {when} night, police in Kurram district said.")
    assert "Zzkhanabad" in found and not any(when in k for k in found)


@pytest.mark.parametrize("country", ["Afghanistan", "Pakistan"])
@pytest.mark.parametrize("prep", ["in", "near"])
def test_an_unknown_name_in_apposition_to_a_country_is_a_mention(country, prep):
    found = _mentions(f"Rockets struck three houses {prep} Zzgholo, {country}, before dawn. Villagers in Zzgholo buried the dead.")
    assert [m.status for m in found["Zzgholo"]] == ["unresolved", "unresolved"]
    assert country in found


@pytest.mark.parametrize(
    "text, absent",
    [
        ("In April, Pakistan said it would close the crossing.", "April"),
        ("On Friday, Afghanistan reopened the road.", "Friday"),
    ],
)
def test_a_month_or_weekday_before_a_country_is_no_place(text, absent):
    assert absent not in _mentions(text)


def test_a_known_name_in_apposition_to_a_country_stays_what_it_is():
    found = _mentions("A car bomb exploded in Kabul, Afghanistan, on Tuesday.")
    assert found["Kabul"][0].status == "matched" and found["Kabul"][0].place.country == "AF"


@pytest.mark.parametrize("closing", ["adjoining villages", "nearby areas", "surrounding localities"])
def test_a_list_closed_by_nearby_places_gives_each_name(closing):
    found = _mentions(f"Jets pounded hideouts in Zzmurg, Zzhasan, Zzatma and {closing} of Kunar province on Friday.")
    assert {"Zzmurg", "Zzhasan", "Zzatma"} <= set(found)


@pytest.mark.parametrize("unit", ["Bajaur district", "Bajaur Agency", "the Kunar province"])
def test_a_name_in_a_named_district_is_a_mention(unit):
    found = _mentions(f"A mortar shell landed in Zzmund in {unit} on Tuesday.")
    assert found["Zzmund"][0].status == "unresolved"


def test_a_speakers_origin_in_a_named_district_is_not_taken_as_an_unknown_place():
    assert "Zzmund" not in _mentions("A rocket hit a school, said an official from Zzmund in Bajaur district.")


@pytest.mark.parametrize("people", ["Shiite", "Sunni", "Baloch", "Ismaili"])
@pytest.mark.parametrize("feature", ["areas", "villages"])
def test_a_religion_or_people_before_a_feature_word_is_no_place(people, feature):
    assert _mentions(f"Militants have attacked minority {people} {feature} in the north.") == {}


@pytest.mark.parametrize(
    "text, place",
    [
        ("The wounded were moved to the Peshawar Teaching Hospital.", "Peshawar"),
        ("The bodies were shifted to Civil Hospital Quetta for postmortem.", "Quetta"),
        ("Reporters gathered at the Kandahar Journalists Press Club.", "Kandahar"),
    ],
)
def test_a_place_in_an_institutions_name_is_no_mention(text, place):
    assert place not in _mentions(text)


def test_a_feature_word_between_place_and_institution_keeps_the_place():
    assert "Khost" in _mentions("The injured were taken to the Khost City Hospital.")


@pytest.mark.parametrize(
    "text, place",
    [
        ("Punjab police officers were performing their duties when gunmen fired.", "Punjab"),
        ("Later, the Kandahar Police said two suspects were arrested.", "Kandahar"),
    ],
)
def test_a_police_force_named_after_its_unit_is_no_place(text, place):
    assert place not in _mentions(text)


@pytest.mark.parametrize(
    "text, place",
    [
        ("Kandahar police chief Zzmal Khan said two suspects were arrested.", "Kandahar"),
        ("A Punjab police spokesman said two suspects were arrested.", "Punjab"),
        ("Gunmen attacked the Kandahar police station at night.", "Kandahar"),
    ],
)
def test_a_police_role_or_station_keeps_its_place(text, place):
    assert place in _mentions(text)


@pytest.mark.parametrize("dash", [" - ", " — ", ": "])
def test_an_unknown_dateline_name_before_a_country_is_a_mention(dash):
    found = _mentions(f"Nine killed in strikes\n\nZZGHOLO, Afghanistan{dash}Airstrikes killed nine villagers on Friday.")
    assert found["ZZGHOLO"][0].status == "unresolved"


@pytest.mark.parametrize("dash", [":", " —"])
def test_a_short_dateline_in_capitals_is_a_place_not_an_acronym(dash):
    found = _mentions(f"Staff report\n\nKHAR{dash} A rocket fired from across the border landed in a field on Tuesday.")
    assert found["KHAR"][0].place.name == "Khar"


def test_a_short_acronym_in_capitals_inside_a_sentence_is_still_no_place():
    assert "KHAR" not in _mentions("Officials said KHAR had been warned on Tuesday.")


@pytest.mark.parametrize("generic", ["Khel", "Kalay", "Banda"])
@pytest.mark.parametrize("prep", ["near", "in"])
def test_an_unknown_name_ending_in_a_regional_place_word_is_a_mention(generic, prep):
    name = f"Zzdin Gul {generic}"
    found = _mentions(f"Policemen were on duty {prep} {name} when gunmen on a motorcycle opened fire.")
    assert found[name][0].status == "unresolved"


@pytest.mark.parametrize("people", ["tribe", "elders"])
def test_a_clan_name_before_a_word_for_its_people_is_no_mention(people):
    assert "Zzmal Khel" not in _mentions(f"Men from Zzmal Khel {people} met officials in Kurram district.")


@pytest.mark.parametrize("part", ["Upper", "Lower"])
def test_upper_or_lower_and_an_unknown_name_after_a_preposition_is_a_mention(part):
    found = _mentions(f"The bodies of two drivers were taken to {part} Zzalizai in sacks.")
    assert found[f"{part} Zzalizai"][0].status == "unresolved"


def test_upper_or_lower_and_a_common_word_is_no_place():
    assert _mentions("The bill was sent to Upper House for approval.") == {}


@pytest.mark.parametrize("street", ["Street", "Road", "Avenue"])
def test_a_street_named_after_a_town_is_not_the_town(street):
    assert "Chaman" not in _mentions(f"Four of the victims were sitting in shops on Chaman {street} in Quetta.")


def test_a_road_area_and_a_two_town_road_keep_their_names():
    assert "Zzkot Road" in _mentions("Gunmen opened fire in the Zzkot Road area of Quetta.")
    found = _mentions("A convoy was hit on the Kabul-Jalalabad Road.")
    assert "Kabul" in found and "Jalalabad" in found


@pytest.mark.parametrize(
    "since",
    [
        "since gunmen stormed Mastung in May",
        "since the suicide bombing at Peshawar airport in May",
        "since militants attacked Mastung last spring",
    ],
)
def test_a_place_in_a_since_clause_citing_an_earlier_attack_is_not_the_scene(since):
    text = (
        "A bomb went off outside the main bazaar of Quetta on Friday, killing three shoppers. "
        f"It was the first large attack in the city {since}."
    )
    d = extract_incidents(text, published="2022-09-24")
    assert list(d["location"]) == ["Quetta"] and d["killed_best"].iloc[0] == 3


@pytest.mark.parametrize("owned", ["car", "armoured vehicle", "driver", "bodyguards"])
def test_a_name_that_owns_a_vehicle_or_driver_is_not_the_scene(owned):
    text = (
        "A suicide bomber struck in the city of Jalalabad on Monday, killing the deputy governor, Abdul Rahim Hotak. "
        f"The bomber rammed into Hotak’s {owned} near his office."
    )
    d = extract_incidents(text, published="2023-06-06")
    assert "Hotak" not in set(d["location"]) and "Jalalabad" in set(d["location"])


@pytest.mark.parametrize("gap", ["months", "several weeks", "two years", "a few months"])
def test_an_attack_that_comes_weeks_or_months_after_a_dated_one_keeps_its_own_date(gap):
    text = (
        "A suicide bomber killed two guards at the gate of the governor's office in Kunduz.\n\n"
        f"The attack comes {gap} after a bombing killed the provincial police chief in Kunduz on March 3, 2021."
    )
    d = extract_incidents(text, published="2023-05-20")
    own = d[~d["background"]]
    cited = d[d["background"]]
    assert list(own["location"]) == ["Kunduz"] and own["date"].iloc[0] != pd.Timestamp("2021-03-03")
    assert list(cited["date"]) == [pd.Timestamp("2021-03-03")]


@pytest.mark.parametrize("period", ["last month", "last week"])
def test_a_toll_of_last_month_later_in_the_text_does_not_date_an_undated_event(period):
    text = (
        "A roadside bomb exploded near a patrol in the Makin area of South Waziristan, the military said.\n\n"
        f"More than 50 people lost their lives {period} in twin bombings that targeted a mosque and a rally."
    )
    d = extract_incidents(text, published="2023-10-28")
    own = d[~d["background"] & ~d["aggregate"]]
    assert list(own["location"]) == ["Makin"] and own["date"].iloc[0] == pd.Timestamp("2023-10-28")
    assert pd.isna(own["killed_best"].iloc[0])


@pytest.mark.parametrize("verb", ["carried out", "launched", "staged"])
def test_two_separate_attacks_in_a_province_make_a_total_not_an_event(verb):
    text = (
        f"Three policemen were killed as militants {verb} two separate attacks on police in Balochistan, officials said.\n\n"
        "In the first attack, gunmen fired on a checkpost in Zhob. In the second incident, a bomb hit a patrol in Kalat."
    )
    d = extract_incidents(text, published="2024-02-10")
    own = d[~d["aggregate"]].set_index("location")
    assert d.loc[d["aggregate"], "killed_best"].tolist() == [3] and pd.isna(own.loc["Zhob", "killed_best"])


@pytest.mark.parametrize("line", ["AFP , Sunday 21 Dec 2014", "Reuters | December 21, 2014", "Staff Report, 21 December 2014"])
def test_a_line_of_an_outlet_and_a_date_does_not_date_the_event(line):
    text = (
        "Bomb kills seven in eastern Afghanistan\n\n"
        f"{line}\n\n"
        "Seven civilians died when a bomb hit a minibus in Asadabad on Saturday, officials said."
    )
    d = extract_incidents(text, published="2014-12-21")
    assert list(d["date"]) == [pd.Timestamp("2014-12-20")]


@pytest.mark.parametrize("said", ["the military had said", "officials said in a statement"])
def test_a_day_inside_the_month_of_an_event_gives_it_its_day(said):
    text = (
        "Gunmen attacked a police post in Bannu on Sunday, killing a constable.\n\n"
        "Earlier this month, soldiers killed six militants during an operation in the Lakki Marwat district.\n\n"
        f'"On May 9, 2024, soldiers conducted an operation in Lakki Marwat district," {said}.'
    )
    d = extract_incidents(text, published="2024-05-26")
    cited = d[d["location"].str.startswith("Lakki Marwat")]
    assert list(cited["date"]) == [pd.Timestamp("2024-05-09")]


@pytest.mark.parametrize(
    "fled",
    [
        "after the fighters fled a long military offensive in the neighbouring tribal district of North Waziristan",
        "after militants escaped from the mountainous border region of North Waziristan",
    ],
)
def test_where_fighters_fled_from_behind_a_unit_word_is_not_the_scene(fled):
    text = f"Troops killed five militants in a raid in Bajaur on Monday, {fled}, officials said."
    d = extract_incidents(text, published="2012-04-03")
    assert list(d["location"]) == ["Bajaur"]


@pytest.mark.parametrize(
    "stamp",
    [
        "09:41 14/03/2026 KABUL, March 14 (Example News) - ",
        "10:05 AM 14.03.2026 KABUL, Afghanistan, March 14, 2026 (Wire Agency) — ",
    ],
)
def test_a_dateline_after_a_time_stamp_with_day_and_agency_is_no_scene(stamp):
    text = "Bomb kills four\n" + stamp + "Four people died when a bomb hit a market in the northern province of Balkh on Saturday."
    d = extract_incidents(text, published="2026-03-14")
    assert list(d["location"]) == ["Balkh"]
    assert d["killed_best"].iloc[0] == 4


@pytest.mark.parametrize("credit", ["/ Reuters", "/ AFP"])
def test_a_caption_with_a_slash_credit_does_not_date_the_reports_event(credit):
    text = (
        "Mine kills three guards in Kunar\n"
        "The guards' vehicle hit the mine in Asmar district, an official says.\n"
        f"Police at the site of a blast in Kabul, Afghanistan May 3, 2019. {credit}\n"
        "June 7, 2019\n\n"
        "The vehicle struck the mine in Asmar district on Thursday, a police spokesman said on Friday."
    )
    d = extract_incidents(text, published="2019-06-07")
    assert list(d["location"]) == ["Asmar"] and str(d["date"].iloc[0])[:10] == "2019-06-06"


@pytest.mark.parametrize("verb", ["conducted", "launched", "carried out"])
def test_an_attack_conducted_this_morning_the_source_said_is_dated_this_morning(verb):
    text = (
        "Six guards were killed in a Taliban attack on a checkpoint in Baghlan province, a police source told reporters "
        f"on Thursday. The attack was {verb} in the Dahana area this morning, the source said. "
        "Besides this, troops on Tuesday freed 12 hostages from a prison in Herat province."
    )
    row = _one(text, "2026-03-12", background=False)
    assert str(row["date"])[:10] == "2026-03-12" and row["killed_best"] == 6


@pytest.mark.parametrize("run", ["a wave of attacks", "a spate of bombings", "a string of deadly blasts"])
def test_a_wave_of_attacks_in_a_closing_sentence_does_not_move_the_event(run):
    text = (
        "A bomb exploded near a police van in the city of Quetta on Monday, injuring four people, police said.\n\n"
        f"The city has seen {run} since the army began an offensive in Kech district."
    )
    d = extract_incidents(text, published="2026-02-10")
    assert list(d["location"]) == ["Quetta"] and d["injured_best"].iloc[0] == 4


@pytest.mark.parametrize("ref", ["Kurram's main town of", "the main town of", "the town of"])
def test_the_reference_town_after_a_distance_is_no_scene(ref):
    text = f"Troops killed six militants in a raid on a hideout in Zzgul village, 30 km north of {ref} Parachinar, on Monday."
    d = extract_incidents(text, published="2026-02-10")
    assert "Parachinar" not in list(d["location"])


@pytest.mark.parametrize("day", ["March 2, 2025", "2 March 2025", "Mar. 2, 2025"])
def test_since_a_day_when_an_attack_happened_dates_that_cited_attack(day):
    text = (
        "A suicide bomber killed seven people at a checkpoint in Zhob district on Monday, officials said. "
        f"It was the deadliest attack since {day}, when a bomber killed 12 people at a market in Quetta."
    )
    d = extract_incidents(text, published="2026-01-20").set_index("location")
    assert str(d.loc["Quetta", "date"])[:10] == "2025-03-02" and bool(d.loc["Quetta", "background"])
    assert str(d.loc["Zhob district", "date"])[:10] == "2026-01-19"


@pytest.mark.parametrize("stamp", ["Updated: 14-03-2026 10:05 IST", "Published: 14-03-2026 10:05 IST | Created: 14-03-2026 09:50 IST"])
def test_a_place_between_bars_on_a_stamp_line_is_no_scene(stamp):
    text = (
        "Police post attacked in Khyber Pakhtunkhwa\n\n"
        f"Example News Desk | Peshawar | {stamp}\n\n"
        "In an attack on Sunday, gunmen targeted a police checkpost in the restive Khyber Pakhtunkhwa province, "
        "killing one policeman."
    )
    d = extract_incidents(text, published="2026-03-14")
    assert "Peshawar" not in list(d["location"]) and 1 in list(d["killed_best"])


@pytest.mark.parametrize("verb", ["reviewed terrorist incidents", "discussed recent attacks", "went over the incidents"])
def test_a_meeting_going_over_earlier_incidents_tells_no_event(verb):
    text = (
        "Two policemen were killed in a roadside blast in Turbat on Saturday, police said. "
        f"Officials {verb} in detail, particularly the Quetta railway station blast and the situation in Khyber Pakhtunkhwa."
    )
    d = extract_incidents(text, published="2026-03-01")
    assert list(d["location"]) == ["Turbat"]


@pytest.mark.parametrize(
    "period, start",
    [
        ("during the two-week fighting", "2026-03-04"),
        ("in the past two days", "2026-03-16"),
        ("over the last three weeks", "2026-02-25"),
    ],
)
def test_a_total_over_the_past_days_or_weeks_is_dated_by_that_period(period, start):
    text = f"Officials said security forces had killed at least 60 militants {period} in various parts of Zhob and Kurram."
    d = extract_incidents(text, published="2026-03-17")
    row = d[d["aggregate"]].iloc[0]
    assert str(row["date"])[:10] == start and str(row["date_end"])[:10] == "2026-03-17"


@pytest.mark.parametrize("since", ["since their seizure of the capital on", "since the fall of the provincial capital on"])
def test_a_day_inside_a_since_phrase_does_not_date_the_event(since):
    text = (
        "Heavy clashes have killed four fighters in Khwaja Bahauddin district, sources said on Monday. "
        f"It is one of the first signs of armed resistance {since} March 2."
    )
    row = _one(text, "2026-03-17")
    assert str(row["date"])[:10] == "2026-03-16"


@pytest.mark.parametrize("opener", ["Earlier in the day", "Later that day", "On the same day"])
def test_earlier_in_the_day_is_the_day_a_sentence_before_gave(opener):
    text = (
        "Security forces killed five militants in two operations in Kurram district, the military said on Tuesday.\n\n"
        f"{opener}, three policemen were martyred when their van was attacked in Lakki Marwat district."
    )
    d = extract_incidents(text, published="2026-03-18").set_index("location")
    assert str(d.loc["Lakki Marwat district", "date"])[:10] == "2026-03-17"
    assert d.loc["Lakki Marwat district", "date_precision"] == "day"


@pytest.mark.parametrize("byline", ["Zarak Khan/afp July 19, 2016", "Zarak Khan/Reuters July 19, 2016"])
def test_a_byline_with_the_agency_after_a_slash_is_the_pages_date(byline):
    text = (
        "Seven killed in Dir explosion\n\n"
        f"{byline}\n\n"
        "UPPER DIR: Seven people were killed in a roadside bomb attack in the Doag Dara area of Upper Dir district Monday evening."
    )
    row = _one(text, "2016-07-19")
    assert str(row["date"])[:10] == "2016-07-18"


@pytest.mark.parametrize("trend", ["an uptick in terror activities", "a rise in terrorist incidents"])
def test_a_trend_sentence_does_not_place_an_event_told_without_a_place(trend):
    text = (
        "Last month, five people were killed in a blast at a crowded market, officials said. "
        f"Pakistan has seen {trend}, especially in Khyber Pakhtunkhwa and Balochistan, since the ceasefire ended."
    )
    assert extract_incidents(text, published="2026-03-18").empty


@pytest.mark.parametrize("attack", ["a blast targeting police in", "an attack on police in", "gunmen who ambushed police in"])
def test_police_after_a_word_of_attack_are_victims_and_their_place_the_scene(attack):
    text = f"Last month, five people were killed in {attack} Dera Ismail Khan."
    assert _one(text, "2026-03-18")["location"] == "Dera Ismail Khan"


@pytest.mark.parametrize("few", ["a few days after", "few days after"])
def test_a_few_days_after_dates_the_cited_event_to_the_week(few):
    text = (
        "Five people were killed when a bomb hit a van in Bara on Monday, officials said. "
        f"The incident took place {few} a suicide blast targeted a convoy in Mastung district."
    )
    d = extract_incidents(text, published="2026-03-18").set_index("location")
    assert str(d.loc["Mastung district", "date"])[:10] == "2026-03-13"
    assert d.loc["Mastung district", "date_precision"] == "week" and bool(d.loc["Mastung district", "background"])


@pytest.mark.parametrize("since", ["since mid-September", "since early March", "since October"])
@pytest.mark.parametrize("where", ["in the Kurram region ", ""])
def test_a_running_toll_since_a_month_is_not_the_events_figure(since, where):
    text = (
        "Soldiers killed eight militants in a night raid on a hideout in Bajaur on Tuesday, the army said.\n\n"
        "One soldier was wounded in the exchange of fire.\n\n"
        f"The army says it has killed more than 500 fighters {where}{since}."
    )
    d = extract_incidents(text, published="2011-11-16")
    own = d[~d["aggregate"]]
    assert list(own["location"]) == ["Bajaur"] and list(own["killed_best"]) == [8]
    assert d["aggregate"].sum() == (1 if where else 0)


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("Officials said the district governor and four other officials were killed in the blast.", 5),
        ('"We know that a police commander and two other policemen died," a spokesman said of the blast.', 3),
        ("A suicide bomber blew up a tribal elder and six others in the blast outside a mosque.", 7),
        ("A roadside bomb killed a local commander, three others in the blast near the market.", 4),
    ],
)
def test_one_by_role_and_n_others_counts_the_one_too(sentence, killed):
    d = extract_incidents(f"{sentence} It happened in Khost on Friday.", published="2013-05-18")
    assert list(d["killed_best"]) == [killed]


@pytest.mark.parametrize(
    "pair", ["A landmine blast and a rocket attack on a checkpoint have killed", "An airstrike and a militant ambush killed"]
)
def test_two_events_of_one_toll_make_a_total_not_the_first_events_figure(pair):
    text = (
        f"{pair} nine people in Afghanistan, officials said Monday.\n\n"
        "Four soldiers died when the blast hit their vehicle in Zurmat district on Sunday, police said."
    )
    d = extract_incidents(text, published="2014-06-02")
    own = d[~d["aggregate"]]
    assert list(own["location"]) == ["Zurmat"] and list(own["killed_best"]) == [4]


@pytest.mark.parametrize(
    ("wording", "killed"),
    [("resulting in the death of 10 militants", 10), ("which led to the deaths of seven fighters", 7)],
)
def test_a_nominal_toll_the_death_of_n_counts(wording, killed):
    text = f"Troops exchanged fire with insurgents in Zurmat district on Tuesday, {wording}, the army said."
    d = extract_incidents(text, published="2012-04-05")
    assert list(d["killed_best"]) == [killed]


@pytest.mark.parametrize(
    "told",
    [
        "The border road was closed last March following an air strike that killed 30 soldiers.",
        "Traders had previously shut the market after a bombing that killed 30 people.",
    ],
)
def test_a_toll_after_a_cue_of_an_earlier_event_is_not_the_current_ones(told):
    text = f"Gunmen shot dead four guards at a depot in Chaman on Thursday, police said.\n\n{told}"
    d = extract_incidents(text, published="2012-04-06")
    own = d[d["location"] == "Chaman"]
    assert list(own["killed_best"]) == [4]


@pytest.mark.parametrize(
    ("victims", "killed"),
    [
        ("two soldiers – Sepoy Zar Gul and Lance Naik Wali Jan Khan – embraced martyrdom", 2),
        ("three policemen — Constable Amir, Constable Noor and Head Constable Shah Wali — were killed", 3),
    ],
)
def test_names_set_off_by_dashes_between_a_figure_and_its_verb_are_skipped(victims, killed):
    d = extract_incidents(f"A roadside bomb exploded in Spinwam on Friday in which {victims}.", published="2023-10-21")
    assert list(d["killed_best"]) == [killed]


@pytest.mark.parametrize(
    "claim",
    [
        "The army said the raid in Zurmat killed 14 militants but did not confirm civilian deaths.",
        "A military spokesman said 14 Taliban fighters were killed in the raid in Zurmat.",
    ],
)
def test_a_larger_count_of_fighters_told_later_does_not_replace_the_ledes_civilian_toll(claim):
    text = f"A night raid by foreign forces killed at least six civilians in Paktia province, villagers said on Sunday.\n\n{claim}"
    d = extract_incidents(text, published="2019-09-30")
    row = d[~d["aggregate"]].iloc[0]
    assert (row["killed_best"], row["killed_max"]) == (6, 14)


def test_a_larger_count_of_civilians_told_later_stays_the_best():
    text = (
        "A night raid by foreign forces killed at least six civilians in Zurmat district, villagers said on Sunday.\n\n"
        "Officials later said nine civilians were killed in the raid."
    )
    d = extract_incidents(text, published="2019-09-30")
    assert list(d["killed_best"]) == [9]


@pytest.mark.parametrize("initials", ["D.I. Khan", "N.W. Zzkot"])
def test_two_initials_do_not_end_a_sentence_so_a_headline_total_stays_whole(initials):
    # cut at the initials, "... nine killed in D.I." would be a headline toll of its own, given to the first event
    text = (
        f"Five policemen among nine killed in {initials} gun and bomb attacks\n\n"
        "A suicide bomber killed five people at a hospital in Dera Ismail Khan on Sunday, after gunmen killed four "
        "policemen at a check-post in Kulachi."
    )
    d = extract_incidents(text, published="2019-07-22")
    assert 9 not in set(d["killed_best"])


@pytest.mark.parametrize("over", ["in past two days", "over past three days"])
def test_a_headlines_toll_over_past_days_without_article_is_no_events_figure(over):
    text = (
        f"Police chief shot dead in Ghazni, among six people killed {over}\n\n"
        "The police chief of Ghazni province was shot dead by gunmen outside his home on Sunday, officials said."
    )
    d = extract_incidents(text, published="2014-11-03")
    own = d[~d["aggregate"]]
    assert list(own["killed_best"]) == [1]


@pytest.mark.parametrize(
    "sentence",
    [
        "Commander Zar Wali Khan and three others were killed in the blast in Zurmat on Friday.",
        "Haji Zar Wali and three of his guards were killed in the blast in Zurmat on Friday.",
        "The district chief, Zar Wali, and three of his bodyguards were killed in the blast in Zurmat on Friday.",
        "The blast killed Haji Zar Wali and three others in Zurmat on Friday.",
    ],
)
def test_one_by_name_and_n_others_counts_the_one_too(sentence):
    d = extract_incidents(sentence, published="2014-11-03")
    assert list(d["killed_best"]) == [4]


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # (since text33: "N of the <group> were killed" is read, the three and no one more)
        ("In Zurmat on Friday, three of the guards were killed.", 3),
        ("Police in Zurmat and three others were killed on Friday.", 3),
    ],
)
def test_n_of_the_group_or_a_place_before_and_adds_no_one(sentence, killed):
    d = extract_incidents(sentence, published="2014-11-03")
    assert [None if pd.isna(k) else k for k in d["killed_best"]] in ([killed], [])


@pytest.mark.parametrize(("items", "killed"), [("three fighters and the four civilians", 7), ("two guards and the two drivers", 4)])
def test_an_enumerated_figure_told_before_with_the_is_summed(items, killed):
    text = f"Gunships fired into a house in Zzkot village of Chawkay district on Monday night, killing {items}."
    d = extract_incidents(text, published="2012-01-18")
    assert list(d["killed_best"]) == [killed]


@pytest.mark.parametrize(
    "talk",
    [
        "Hundreds of people have died in violence ripping through the province since the insurgency flared in late 2004.",
        "Scores of policemen have been killed in the district since 2019.",
    ],
)
def test_a_vague_count_over_years_is_no_events_toll(talk):
    text = f"A bomb wounded twelve people near a market in Quetta on Monday. {talk}"
    row = _one(text, "2024-06-10")
    assert pd.isna(row["killed_min"]) and pd.isna(row["killed_best"]), row[["killed_min", "killed_best"]]


@pytest.mark.parametrize(
    "text",
    [
        "The governor was killed along with his driver and two bodyguards in Paghman on Sunday.",
        "The governor was killed by a roadside bomb in Paghman on Sunday. He died with his driver and two bodyguards outside"
        " his home.",
    ],
)
def test_one_by_duty_and_n_more_after_with_count_all(text):
    assert _one(text, "2024-06-10")["killed_best"] == 4
