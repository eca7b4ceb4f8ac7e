"""Eighth held-out set ("heldout8", see docs/annotation.md): 5 real AF/PK reports collected and annotated
after the rules had been changed for the seventh held-out set's errors, committed before the extractor was run
on them. Same format as text_dev_spec.py. Texts in devtexts/heldout8/."""

KP = "PK/Khyber Pakhtunkhwa"
BD = "AF/Badakhshan"

ARTICLES = [
    {
        "file": "h8_01_sacbee_chawkay.txt",
        "url": "http://www.sacbee.com/news/nation-world/article178882061.html",
        "published": "2017-10-14",
        "published_note": "in the text + page date",
        "orgs": ["Islamic State"],
        "mentions": [
            ("KABUL", "AF/Kabul"),
            ("Afghanistan", "AF"),
            ("Kunar", "AF/Kunar"),
            ("Chawkay", "AF/Kunar"),
            ("U.S.", "neutral"),
        ],
        "events": [
            {
                "place": "Chawkay",
                "accept": ["Chawkay"],
                "date": ["2017-10-12", "2017-10-12"],
                "precision": "day",
                "killed": [14, 14],
                "injured": None,
                "actor": "United States",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h8_02_dawn_barabandai.txt",
        "url": "https://www.dawn.com/news/1709915",
        "published": "2022-09-13",
        "published_note": "in the text",
        "orgs": ["Tehrik-i-Taliban Pakistan", "Saidu Sharif Teaching Hospital"],
        "mentions": [("Swat", KP), ("Bara Bandai", KP), ("Kot Katai", KP), ("Khyber Pakhtunkhwa", KP)],
        "events": [
            {
                "place": "Kot Katai",
                "accept": ["Kot Katai", "Bara Bandai", "Swat"],
                "date": ["2022-09-13", "2022-09-13"],
                "precision": "day",
                "killed": [5, 5],
                "injured": None,
                "actor": "TTP (claimed)",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h8_03_reporterly_baghemubarak.txt",
        "url": "https://reporterly.net/live/newsfeed/wednesday-october-14-2020/3-policemen-killed-during-taliban-attack-in-badakhshan/",
        "published": "2020-10-14",
        "published_note": "in the text + URL",
        "orgs": [],
        "mentions": [("Badakhshan", BD), ("Bagh-e Mubarak", BD), ("Fayzabad", BD), ("Baharak", BD)],
        "events": [
            # "on Wednesday"; "the attack started at midnight": the night before may be meant
            {
                "place": "Bagh-e Mubarak",
                "accept": ["Bagh-e Mubarak"],
                "date": ["2020-10-13", "2020-10-14"],
                "precision": "day",
                "killed": [3, 3],
                "injured": [2, 2],
                "actor": "Taliban",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h8_04_sunherald_kunar.txt",
        "url": "http://www.sunherald.com/news/nation-world/article159559979.html",
        "published": "2017-07-04",
        "published_note": "in the text + page date",
        "orgs": ["Islamic State"],
        "mentions": [("KABUL", "AF/Kabul"), ("Afghanistan", "AF"), ("Kunar", "AF/Kunar"), ("Kabul", "AF/Kabul"), ("U.S.", "neutral")],
        "events": [
            {
                "place": "Kunar",
                "accept": ["Kunar"],
                "date": ["2017-07-03", "2017-07-03"],
                "precision": "day",
                "killed": [4, 4],
                "injured": None,
                "actor": "United States",
                "kind": "main",
            },
            {
                "place": "Kabul",
                "accept": ["Kabul"],
                "date": ["2017-06-27", "2017-07-04"],
                "precision": "week",
                "killed": [1, 1],
                "injured": None,
                "actor": "",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h8_05_avapress_argo.txt",
        "url": "https://avapress.com/en/218445/Uprising-Forces-Commander-Killed-in-Taliban-s-Attack-in-Badakhshan",
        "published": "2021-01-21",
        "published_note": "in the text (PublishDate)",
        "orgs": [],
        "mentions": [
            ("Badakhshan", BD),
            ("Argo", BD),
            ("Deh Magasam", BD),
            ("Deh Bala", BD),
            ("Deh Payan", BD),
            ("Barlas Wakhian", BD),
            ("Changa", BD),
            ("Tajika", BD),
            ("Darkhan", BD),
        ],
        "events": [
            # the attacks were on villages of Argo district; a commander and a Taliban fighter died
            {
                "place": "Argo",
                "accept": ["Argo", "Darkhan", "Deh Magasam", "Deh Bala", "Deh Payan", "Barlas Wakhian", "Changa", "Tajika"],
                "date": ["2021-01-21", "2021-01-21"],
                "precision": "day",
                "killed": [1, 2],
                "injured": [2, 2],
                "actor": "Taliban",
                "kind": "main",
            },
        ],
    },
]
