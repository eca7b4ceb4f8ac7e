"""Ninth held-out set ("heldout9", see docs/annotation.md): 5 real AF/PK reports collected and annotated after
the rules had been changed for the eighth held-out set's errors, committed before the extractor was run on them.
Same format as text_dev_spec.py. Texts in devtexts/heldout9/."""

KP = "PK/Khyber Pakhtunkhwa"
LG = "AF/Logar"

ARTICLES = [
    {
        "file": "h9_01_dawn_kurrumpar.txt",
        "url": "https://www.dawn.com/news/1721354/eight-law-enforcers-martyred-in-lakki-bajaur",
        "published": "2022-11-17",
        "published_note": "page date",
        "orgs": ["Tehreek-i-Taliban Pakistan"],
        "mentions": [
            ("KP", KP),
            ("LAKKI MARWAT", KP),
            ("BAJAUR", KP),
            ("Lakki Marwat", KP),
            ("Bajaur", KP),
            ("Kurrum Par", KP),
            ("Abbas", KP),
            ("Wanda Shahabkhel", KP),
            ("Karak", KP),
        ],
        "events": [
            {
                "place": "Kurrum Par",
                "accept": ["Kurrum Par", "Lakki Marwat"],
                "date": ["2022-11-16", "2022-11-16"],
                "precision": "day",
                "killed": [6, 6],
                "injured": None,
                "actor": "TTP (claimed)",
                "kind": "main",
            },
            # the text is cut before the Bajaur details; the lead gives its place and day
            {
                "place": "Bajaur",
                "accept": ["Bajaur"],
                "date": ["2022-11-16", "2022-11-16"],
                "precision": "day",
                "killed": [2, 2],
                "injured": None,
                "actor": "",
                "kind": "main",
            },
            {
                "place": None,
                "accept": [],
                "date": ["2022-11-16", "2022-11-16"],
                "precision": "day",
                "killed": [8, 8],
                "injured": None,
                "actor": "",
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h9_02_dailypakistan_khankhel.txt",
        "url": "https://en.dailypakistan.com.pk/13-Apr-2025/three-terrorists-killed-in-search-and-strike-operation-in-lakki-marwat",
        "published": "2025-04-13",
        "published_note": "URL + page date",
        "orgs": [],
        "mentions": [
            ("LAKKI MARWAT", KP),
            ("Lakki Marwat", KP),
            ("Khyber Pakhtunkhwa", KP),
            ("Tajori", KP),
            ("Bargai", KP),
            ("Khankhel Mandzai", KP),
            ("KP", KP),
        ],
        "events": [
            # "Last night ... At around 10:45 am, the operation led to a fierce gun battle": that night or the morning
            {
                "place": "Khankhel Mandzai",
                "accept": ["Khankhel Mandzai", "Lakki Marwat"],
                "date": ["2025-04-12", "2025-04-13"],
                "precision": "day",
                "killed": [3, 3],
                "injured": None,
                "actor": "Pakistan police",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h9_03_nation_lakkidsp.txt",
        "url": "https://nation.com.pk/30-Mar-2023/pm-shehbaz-expresses-grief-over-martyrdom-of-policemen-in-lakki-marwat-attack",
        "published": "2023-03-30",
        "published_note": "URL",
        "orgs": [],
        "mentions": [("Lakki Marwat", KP), ("لکی مروت", KP)],
        "events": [
            # no day for the attack in the text (the tweet's date is when it was said)
            {
                "place": "Lakki Marwat",
                "accept": ["Lakki Marwat", "لکی مروت"],
                "date": ["2023-03-23", "2023-03-30"],
                "precision": "week",
                "killed": [4, 4],
                "injured": [6, 6],
                "actor": "",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h9_04_ariananews_puleealam.txt",
        "url": "https://ariananews.af/police-official-killed-in-logar-suicide-attack/",
        "published": "2018-05-30",
        "published_note": "in the text (Last Updated On)",
        "orgs": [],
        "mentions": [("Logar", LG), ("Pul-e-Alam", LG)],
        "events": [
            {
                "place": "Pul-e-Alam",
                "accept": ["Pul-e-Alam"],
                "date": ["2018-05-30", "2018-05-30"],
                "precision": "day",
                "killed": [1, 1],
                "injured": [8, 12],
                "actor": "",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h9_05_ariananews_muhammadagha.txt",
        "url": "https://ariananews.af/3-local-police-15-civilians-wounded-in-logar-suicide-attack/",
        "published": "2015-08-13",
        "published_note": "in the text (Last Updated On)",
        "orgs": ["Kabul Police academy"],
        "mentions": [("Logar", LG), ("Muhammad Agha", LG), ("Salam Hotel", "neutral")],
        "events": [
            {
                "place": "Muhammad Agha",
                "accept": ["Muhammad Agha", "Salam Hotel"],
                "date": ["2015-08-06", "2015-08-13"],
                "precision": "week",
                "killed": None,
                "injured": [18, 18],
                "actor": "",
                "kind": "main",
            },
        ],
    },
]
