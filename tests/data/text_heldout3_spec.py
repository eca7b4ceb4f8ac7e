"""Third held-out set ("heldout3", see docs/annotation.md): 6 real AF/PK reports collected and annotated
after the rules had been changed for the second held-out set, committed before the extractor was run on
them: a blind check of those changes. Same format as text_dev_spec.py. Texts in devtexts/heldout3/."""

KP = "PK/Khyber Pakhtunkhwa"

ARTICLES = [
    {
        "file": "h3_01_firstpost_ghazni.txt",
        "url": "https://www.firstpost.com/world/at-least-four-policemen-dead-after-insurgents-attack-checkpoint-in-afghanistans-ghazni-province-4432437.html",
        "published": "2018-04-15", "published_note": "in the text + page date", "orgs": [],
        "mentions": [("Afghanistan", "AF"), ("Ghazni", "AF/Ghazni"), ("Kabul", "AF/Kabul")],
        "events": [
            {"place": "Ghazni", "accept": ["Ghazni"], "date": ["2018-04-14", "2018-04-14"], "precision": "day",
             "killed": [4, 4], "injured": [5, 5], "actor": "", "kind": "main"},
            {"place": "Ghazni", "accept": ["Ghazni"], "date": ["2018-04-12", "2018-04-12"], "precision": "day",
             "killed": [15, 15], "injured": None, "actor": "Taliban", "kind": "background"},
        ],
    },
    {
        "file": "h3_02_kashmirpress_khogyani.txt",
        "url": "https://thekashmirpress.com/2018/11/05/taliban-attack-checkpoint-in-ghazni-province-kill-13-soldiers-policemen/",
        "published": "2018-11-05", "published_note": "URL", "orgs": ["The Associated Press"],
        "mentions": [("Ghazni", "AF/Ghazni"), ("Srinagar", "out"), ("Khogyani", "AF/Ghazni")],
        "events": [
            {"place": "Khogyani", "accept": ["Khogyani"], "date": ["2018-11-05", "2018-11-05"], "precision": "day",
             "killed": [13, 19], "injured": [4, 15], "actor": "Taliban (claimed)", "kind": "main"},
        ],
    },
    {
        "file": "h3_03_wtop_shahjoy.txt",
        "url": "http://wtop.com/asia/2017/09/afghan-official-taliban-attack-kills-5-policemen-in-south/",
        "published": "2017-09-21", "published_note": "in the text + URL", "orgs": [],
        "mentions": [("KABUL", "AF/Kabul"), ("Afghanistan", "AF"), ("Zabul", "AF/Zabul"), ("Shahjoy", "AF/Zabul"),
                     ("Ghazni", "AF/Ghazni"), ("Jaghatu", "AF/Ghazni")],
        "events": [
            {"place": "Shahjoy", "accept": ["Shahjoy"], "date": ["2017-09-20", "2017-09-20"], "precision": "day",
             "killed": [5, 5], "injured": [2, 2], "actor": "Taliban", "kind": "main"},
            {"place": "Jaghatu", "accept": ["Jaghatu"], "date": ["2017-09-14", "2017-09-21"], "precision": "week",
             "killed": [1, 1], "injured": [1, 1], "actor": "Taliban (alleged)", "kind": "main"},
        ],
    },
    {
        "file": "h3_04_pakistantoday_qarabagh.txt",
        "url": "https://archive.pakistantoday.com.pk/2011/06/22/6-afghan-police-killed-in-checkpoint-attack/",
        "published": "2011-06-22", "published_note": "URL", "orgs": ["AFP"],
        "mentions": [("United States", "out"), ("Qarabagh", "AF/Ghazni"), ("Kabul", "AF/Kabul"),
                     ("Afghanistan", "AF"), ("Ghazni", "AF/Ghazni"), ("US", "neutral")],
        "events": [
            {"place": "Qarabagh", "accept": ["Qarabagh"], "date": ["2011-06-22", "2011-06-22"], "precision": "day",
             "killed": [6, 6], "injured": None, "actor": "Taliban (claimed)", "kind": "main"},
        ],
    },
    {
        "file": "h3_05_nation_tangigarikal.txt",
        "url": "https://nation.com.pk/18-Sep-2017/tehsildar-among-six-die-in-bajaur-blast",
        "published": "2017-09-18", "published_note": "URL", "orgs": ["Tehreek-e-Taliban Pakistan"],
        "mentions": [("PESHAWAR", KP), ("Bajaur", KP), ("Tangi Gari Kal", KP), ("Bajur", KP), ("Upper Mamond", KP)],
        "events": [
            {"place": "Tangi Gari Kal", "accept": ["Tangi Gari Kal", "Upper Mamond", "Mamond"],
             "date": ["2017-09-17", "2017-09-17"], "precision": "day", "killed": [6, 7], "injured": None,
             "actor": "TTP (claimed)", "kind": "main"},
        ],
    },
    {
        "file": "h3_06_pakistantoday_raghagan.txt",
        "url": "https://pakistantoday.com.pk/2021/11/13/two-police-killed-in-bajaur-explosion",
        "published": "2021-11-13", "published_note": "URL", "orgs": [],
        "mentions": [("PESHAWAR", KP), ("Raghagan Dam", KP), ("Khaar", KP), ("Bajaur", KP), ("Khyber Pakhtunkhwa", KP)],
        "events": [
            {"place": "Raghagan Dam", "accept": ["Raghagan Dam", "Raghagan", "Bajaur"],
             "date": ["2021-11-13", "2021-11-13"], "precision": "day", "killed": [2, 2], "injured": None, "actor": "",
             "kind": "main"},
        ],
    },
]
