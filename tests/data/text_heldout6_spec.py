"""Sixth held-out set ("heldout6", see docs/annotation.md): 4 real AF/PK reports collected and annotated
after the rules had been changed for the fifth held-out set, committed before the extractor was run on
them. Same format as text_dev_spec.py. Texts in devtexts/heldout6/."""

BL = "PK/Balochistan"

ARTICLES = [
    {
        "file": "h6_01_stripes_nangarhar.txt",
        "url": "https://www.stripes.com/news/middle-east/afghan-official-nato-drones-kill-11-islamic-state-fighters-1.453168",
        "published": "2017-02-09",
        "published_note": "in the text + page date",
        "orgs": ["Islamic State", "STARS AND STRIPES"],
        "mentions": [
            ("KABUL", "AF/Kabul"),
            ("Afghanistan", "AF"),
            ("Nangarhar", "AF/Nangarhar"),
            ("NATO", "neutral"),
            ("U.S.", "neutral"),
        ],
        "events": [
            {
                "place": "Nangarhar",
                "accept": ["Nangarhar"],
                "date": ["2017-02-08", "2017-02-08"],
                "precision": "day",
                "killed": [11, 11],
                "injured": [6, 6],
                "actor": "NATO",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h6_02_aopnews_khogyani.txt",
        "url": "https://www.aopnews.com/tag/nangarhar/page/12",
        "published": "2018-08-26",
        "published_note": "in the text (a VOA report quoted on a tag page)",
        "orgs": ["Islamic State"],
        "mentions": [
            ("Afghanistan", "AF"),
            ("ISLAMABAD", "PK/Islamabad"),
            ("Khogyani", "AF/Nangarhar"),
            ("Nangarhar", "AF/Nangarhar"),
        ],
        "events": [
            {
                "place": "Khogyani",
                "accept": ["Khogyani"],
                "date": ["2018-08-25", "2018-08-26"],
                "precision": "day",
                "killed": [10, 10],
                "injured": None,
                "actor": "",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h6_03_thenews_bachakhan.txt",
        "url": "https://www.thenews.com.pk/print/505937-four-killed-30-hurt-in-quetta-blast",
        "published": "2019-07-30",
        "published_note": "page date",
        "orgs": [],
        "mentions": [("Quetta", BL), ("QUETTA", BL), ("Bacha Khan Chowk", BL)],
        "events": [
            {
                "place": "Bacha Khan Chowk",
                "accept": ["Bacha Khan Chowk", "Quetta"],
                "date": ["2019-07-30", "2019-07-30"],
                "precision": "day",
                "killed": [4, 4],
                "injured": [30, 30],
                "actor": "",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h6_04_dailytimes_sariab.txt",
        "url": "https://dailytimes.com.pk/831065/one-cop-martyred-seven-injured-in-blast-near-balochistan-university/",
        "published": "2021-10-18",
        "published_note": "page date",
        "orgs": ["Balochistan University"],
        "mentions": [("QUETTA", BL), ("Quetta", BL), ("Saryab", BL), ("Sariab", BL), ("Balochistan", BL)],
        "events": [
            {
                "place": "Saryab",
                "accept": ["Saryab", "Sariab", "Saryab Road", "Sariab road", "Quetta"],
                "date": ["2021-10-18", "2021-10-18"],
                "precision": "day",
                "killed": [1, 1],
                "injured": [7, 11],
                "actor": "",
                "kind": "main",
            },
        ],
    },
]
