"""Eleventh held-out set ("heldout11", see docs/annotation.md): 5 real AF/PK reports collected and annotated
after the rules had been changed for the tenth held-out set's errors, committed before the extractor was run on
them. Same format as text_dev_spec.py. Texts in devtexts/heldout11/."""

KP = "PK/Khyber Pakhtunkhwa"
PB = "PK/Punjab"

ARTICLES = [
    {
        "file": "h11_01_xinhua_chardara.txt",
        "url": "http://nsh-em.com/english/2018-06/24/c_137277071.htm",
        "published": "2018-06-24", "published_note": "in the text", "orgs": [],
        "mentions": [("KUNDUZ", "AF/Kunduz"), ("Kunduz", "AF/Kunduz"), ("Afghanistan", "AF"),
                     ("Juma Bazaar", "AF/Kunduz"), ("Chardara", "AF/Kunduz")],
        "events": [
            {"place": "Juma Bazaar", "accept": ["Juma Bazaar", "Chardara"], "date": ["2018-06-24", "2018-06-24"],
             "precision": "day", "killed": [5, 5], "injured": [3, 5], "actor": "Taliban", "kind": "main"},
        ],
    },
    {
        "file": "h11_02_ariananews_chaharbolak.txt",
        "url": "https://ariananews.af/taliban-attack-kills-district-police-chief-in-balkh/",
        "published": "2019-11-06", "published_note": "in the text (Last Updated On)", "orgs": [],
        "mentions": [("Balkh", "AF/Balkh"), ("Chahar Bolak", "AF/Balkh"), ("Balk", "AF/Balkh")],
        "events": [
            {"place": "Chahar Bolak", "accept": ["Chahar Bolak"], "date": ["2019-11-06", "2019-11-06"],
             "precision": "day", "killed": [6, 7], "injured": [3, 7], "actor": "Taliban", "kind": "main"},
        ],
    },
    {
        "file": "h11_03_dawn_bara.txt",
        "url": "https://www.dawn.com/news/1746596/2-soldiers-martyred-in-ied-blast-in-kps-khyber-district-ispr",
        "published": "2023-04-08", "published_note": "in the text + page date",
        "orgs": ["Pakistan Army", "Radio Pakistan"],
        "mentions": [("KP", KP), ("Khyber", KP, [4]), ("Bara", KP), ("Lower Dir", KP), ("South Waziristan", KP),
                     ("Khyber Pakhtunkhwa", KP), ("Shinwarsak", KP), ("Angoor Adda", KP), ("Dera Ismail Khan", KP),
                     ("Pakistan", "PK")],
        "events": [
            {"place": "Bara", "accept": ["Bara", "Khyber"], "date": ["2023-04-08", "2023-04-08"], "precision": "day",
             "killed": [2, 2], "injured": None, "actor": "", "kind": "main"},
            {"place": "Shinwarsak", "accept": ["Shinwarsak", "South Waziristan"], "date": ["2023-04-05", "2023-04-05"],
             "precision": "day", "killed": [8, 9], "injured": None, "actor": "Pakistan military",
             "kind": "background"},
            {"place": "Angoor Adda", "accept": ["Angoor Adda", "South Waziristan"],
             "date": ["2023-03-21", "2023-03-21"], "precision": "day", "killed": [1, 1], "injured": None, "actor": "",
             "kind": "background"},
            {"place": "Dera Ismail Khan", "accept": ["Dera Ismail Khan"], "date": ["2023-03-21", "2023-03-21"],
             "precision": "day", "killed": [3, 6], "injured": None, "actor": "", "kind": "background"},
            {"place": None, "accept": [], "date": ["2023-03-10", "2023-03-10"], "precision": "day",
             "killed": [5, 5], "injured": None, "actor": "Pakistan military", "kind": "aggregate"},
        ],
    },
    {
        "file": "h11_04_geotv_chamarkand.txt",
        "url": "https://www.geo.tv/latest/170189-soldier-killed-in-ied-blast-at-mohmand-agency",
        "published": "2017-12-01", "published_note": "in the text", "orgs": ["Pakistan Army"],
        "mentions": [("KARACHI", "PK/Sindh"), ("Mohmand Agency", KP), ("Chamarkand", KP), ("Punjab", PB)],
        "events": [
            {"place": "Chamarkand", "accept": ["Chamarkand", "Mohmand Agency", "Mohmand"],
             "date": ["2017-12-01", "2017-12-01"], "precision": "day", "killed": [1, 1], "injured": [1, 1],
             "actor": "", "kind": "main"},
            {"place": "Mohmand Agency", "accept": ["Mohmand Agency", "Mohmand"], "date": ["2017-03-01", "2017-03-31"],
             "precision": "month", "killed": [10, 15], "injured": None, "actor": "", "kind": "background"},
        ],
    },
    {
        "file": "h11_05_dawn_sadda.txt",
        "url": "https://www.dawn.com/news/1841060/5-soldiers-martyred-in-ied-blast-in-kps-kurram-district-ispr",
        "published": "2024-06-21", "published_note": "page date", "orgs": ["Pakistan Army"],
        "mentions": [("Khyber Pakhtunkhwa", KP), ("Kurram", KP), ("Sadda", KP), ("Okara", PB), ("Poonch", "neutral"),
                     ("Attock", PB), ("Haripur", KP), ("Islamabad", "PK/Islamabad"), ("Pakistan", "PK")],
        "events": [
            {"place": "Sadda", "accept": ["Sadda", "Kurram"], "date": ["2024-06-21", "2024-06-21"], "precision": "day",
             "killed": [5, 5], "injured": None, "actor": "", "kind": "main"},
        ],
    },
]
