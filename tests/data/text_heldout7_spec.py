"""Seventh held-out set ("heldout7", see docs/annotation.md): 7 real AF/PK reports collected and annotated
after the rules had been changed for the pooled errors of the earlier held-out sets (period dates of totals;
a valley inside its district), committed before the extractor was run on them. Same format as
text_dev_spec.py. Texts in devtexts/heldout7/."""

BL = "PK/Balochistan"
KP = "PK/Khyber Pakhtunkhwa"

ARTICLES = [
    {
        "file": "h7_01_urdupoint_greshak.txt",
        "url": "https://www.urdupoint.com/en/world/policeman-killed-4-others-injured-in-bomb-bl-732723.html",
        "published": "2019-10-09",
        "published_note": "in the text + page date",
        "orgs": ["UrduPoint News"],
        "mentions": [("Helmand", "AF/Helmand"), ("KABUL", "AF/Kabul"), ("Greshak", "AF/Helmand")],
        "events": [
            # no day for the blast ("told Sputnik on Wednesday" is when it was said): the week before publication
            {
                "place": "Greshak",
                "accept": ["Greshak"],
                "date": ["2019-10-02", "2019-10-09"],
                "precision": "week",
                "killed": [1, 1],
                "injured": [2, 4],
                "actor": "",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h7_02_brecorder_kurram.txt",
        "url": "https://www.brecorder.com/news/40352029/kurram-district-4-security-personnel-martyred-in-attack-on-security-checkpoint",
        "published": "2025-03-09",
        "published_note": "page date",
        "orgs": ["Tehreek-e-Taliban Pakistan", "Center for Research and Security Studies"],
        "mentions": [
            ("Khyber Pakhtunkhwa", KP),
            ("KP", KP),
            ("Kurram", KP),
            ("Afghanistan", "AF"),
            ("Pakistan", "PK"),
            ("Kabul", "AF/Kabul"),
            ("Islamabad", "PK/Islamabad"),
            ("Bannu", KP),
        ],
        "events": [
            {
                "place": "Kurram",
                "accept": ["Kurram"],
                "date": ["2025-03-09", "2025-03-09"],
                "precision": "day",
                "killed": [4, 4],
                "injured": [7, 7],
                "actor": "",
                "kind": "main",
            },
            {
                "place": "Bannu",
                "accept": ["Bannu"],
                "date": ["2025-03-01", "2025-03-08"],
                "precision": "week",
                "killed": [18, 18],
                "injured": None,
                "actor": "",
                "kind": "background",
            },
            {
                "place": "Pakistan",
                "accept": ["Pakistan"],
                "date": ["2024-01-01", "2024-12-31"],
                "precision": "period",
                "killed": [1600, 1600],
                "injured": None,
                "actor": "",
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h7_03_thehindu_dikhan.txt",
        "url": "https://www.thehindu.com/news/international/militants-attack-check-post-in-pakistans-khyber-pakhtunkhwa-3-killed/article67772079.ece",
        "published": "2024-01-24",
        "published_note": "in the text + page date",
        "orgs": ["Pakistan Taliban"],
        "mentions": [
            ("Pakistan", "PK"),
            ("Khyber Pakhtunkhwa", KP),
            ("Peshawar", KP),
            ("Aba Shaheed", KP),
            ("Dikhan", KP),
            ("South Waziristan", KP),
            ("Dera", KP),
        ],
        "events": [
            {
                "place": "Aba Shaheed",
                "accept": ["Aba Shaheed", "Aba Shaheed check post", "Dikhan"],
                "date": ["2024-01-23", "2024-01-23"],
                "precision": "day",
                "killed": [3, 3],
                "injured": [2, 2],
                "actor": "",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h7_04_thenews_shawalikot.txt",
        "url": "https://www.thenews.com.pk/print/684119-suicide-bomber-kills-three",
        "published": "2020-07-09",
        "published_note": "in the text + page date",
        "orgs": [],
        "mentions": [
            ("KANDAHAR", "AF/Kandahar"),
            ("Kandahar", "AF/Kandahar"),
            ("Afghanistan", "AF"),
            ("United States", "out"),
            ("Sha Wali Kot", "AF/Kandahar"),
        ],
        "events": [
            {
                "place": "Sha Wali Kot",
                "accept": ["Sha Wali Kot"],
                "date": ["2020-07-08", "2020-07-08"],
                "precision": "day",
                "killed": [3, 3],
                "injured": [14, 14],
                "actor": "Taliban",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h7_05_nation_kalat.txt",
        "url": "https://www.nation.com.pk/17-Feb-2025/levies-officer-martyred-in-kalat-attack",
        "published": "2025-02-17",
        "published_note": "URL + page date",
        "orgs": [],
        "mentions": [("KALAT", BL), ("Kalat", BL), ("Balochistan", BL), ("Quetta", BL)],
        "events": [
            # the text gives no day: the week before publication
            {
                "place": "Kalat",
                "accept": ["Kalat"],
                "date": ["2025-02-10", "2025-02-17"],
                "precision": "week",
                "killed": [1, 1],
                "injured": [2, 2],
                "actor": "",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h7_06_geotv_babri.txt",
        "url": "https://www.geo.tv/latest/472072-two-levies-troopers-martyred-as-terrorists-storm-mastung-check-post",
        "published": "2023-02-21",
        "published_note": "page date",
        "orgs": ["Balochistan Levies"],
        "mentions": [("MASTUNG", BL), ("Babri", BL), ("Mastung", BL), ("Balochistan", BL), ("Quetta-Taftan", "neutral")],
        "events": [
            # "an official said on Tuesday": when it was said; no day for the attack
            {
                "place": "Babri",
                "accept": ["Babri", "Mastung"],
                "date": ["2023-02-14", "2023-02-21"],
                "precision": "week",
                "killed": [2, 2],
                "injured": None,
                "actor": "",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h7_07_washingtonpost_kandahar.txt",
        "url": "http://www.washingtonpost.com/wp-dyn/content/article/2005/10/10/AR2005101001662.html",
        "published": "2005-10-11",
        "published_note": "in the text",
        "orgs": ["Associated Press", "Northern Alliance"],
        "mentions": [("Kandahar", "AF/Kandahar"), ("KANDAHAR", "AF/Kandahar"), ("Afghanistan", "AF"), ("U.S.", "neutral")],
        "events": [
            # the first bombing; the second (two hours later, same city, only the bomber died) is the same place
            # and day, so one event
            {
                "place": "Kandahar",
                "accept": ["Kandahar"],
                "date": ["2005-10-10", "2005-10-10"],
                "precision": "day",
                "killed": [3, 5],
                "injured": [8, 8],
                "actor": "Taliban (suspected)",
                "kind": "main",
            },
            {
                "place": "Kandahar",
                "accept": ["Kandahar"],
                "date": ["2005-10-09", "2005-10-09"],
                "precision": "day",
                "killed": None,
                "injured": [4, 4],
                "actor": "",
                "kind": "background",
            },
            {
                "place": None,
                "accept": [],
                "date": ["2005-03-01", "2005-10-11"],
                "precision": "period",
                "killed": [1300, 1300],
                "injured": None,
                "actor": "Taliban",
                "kind": "aggregate",
            },
            # "in a small village in western Afghanistan": no finer place named
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan"],
                "date": ["2005-10-04", "2005-10-11"],
                "precision": "week",
                "killed": None,
                "injured": [13, 13],
                "actor": "",
                "kind": "main",
            },
        ],
    },
]
