"""Held-out reports (see docs/annotation.md), annotated blind like the development set but
collected and annotated after the rules were tuned on the development set, and never used to
tune them: a check of how the rules generalise. Same format as text_dev_spec.py."""

ARTICLES = [
    {
        "file": "h01_dailypakistan_malikhel.txt",
        "url": "https://en.dailypakistan.com.pk/20-Nov-2024/12-soldiers-martyred-six-terrorists-killed-as-attack-on-bannu-check-post-repulsed",
        "published": "2024-11-20", "published_note": "URL", "orgs": ["Pakistan army", "Frontier Constabulary"],
        "mentions": [("RAWALPINDI", "PK/Punjab"), ("MaliKhel", "PK/Khyber Pakhtunkhwa"),
                     ("Bannu", "PK/Khyber Pakhtunkhwa"), ("Pakistan", "PK"), ("Tirah", "PK/Khyber Pakhtunkhwa"),
                     ("Khyber", "PK/Khyber Pakhtunkhwa")],
        "events": [
            {"place": "MaliKhel", "accept": ["MaliKhel", "Bannu"], "date": ["2024-11-19", "2024-11-19"],
             "precision": "day", "killed": [12, 18], "injured": None, "actor": "", "kind": "main"},
            {"place": "Tirah", "accept": ["Tirah", "Khyber"], "date": ["2024-11-19", "2024-11-19"], "precision": "day",
             "killed": [8, 8], "injured": None, "actor": "Pakistan military", "kind": "main"},
        ],
    },
    {
        "file": "h02_france24_bajaur.txt",
        "url": "https://www.france24.com/en/20091026-taliban-militants-storm-checkpoint-tribal-region-killing-four-soldiers",
        "published": "2009-10-26", "published_note": "URL", "orgs": ["AFP"],
        "mentions": [("Pakistan", "PK"), ("Bajaur", "PK/Khyber Pakhtunkhwa"), ("Matak", "PK/Khyber Pakhtunkhwa"),
                     ("Charmang", "PK/Khyber Pakhtunkhwa"), ("South Waziristan", "PK/Khyber Pakhtunkhwa"),
                     ("Afghanistan", "AF"), ("FATA", "PK/Khyber Pakhtunkhwa"), ("US", "neutral")],
        "events": [
            {"place": "Matak", "accept": ["Matak", "Charmang", "Bajaur"], "date": ["2009-10-25", "2009-10-26"],
             "precision": "day", "killed": [6, 10], "injured": [4, 6], "actor": "Taliban", "kind": "main"},
        ],
    },
    {
        "file": "h03_kabulnow_lashkargah.txt",
        "url": "https://kabulnow.com/2020/11/roadside-bomb-kills-seven-civilians-in-helmand-province/",
        "published": "2020-11-02", "published_note": "in the text + URL", "orgs": ["Kabul Now"],
        "mentions": [("Helmand", "AF/Helmand"), ("Lashkargah", "AF/Helmand")],
        "events": [
            {"place": "Lashkargah", "accept": ["Lashkargah"], "date": ["2020-11-02", "2020-11-02"], "precision": "day",
             "killed": [7, 7], "injured": None, "actor": "Taliban (alleged)", "kind": "main"},
        ],
    },
    {
        "file": "h04_pakistantoday_nahrisarraj.txt",
        "url": "https://archive.pakistantoday.com.pk/2011/07/29/18-civilians-killed-in-helmand-bombing/?amp=1",
        "published": "2011-07-29", "published_note": "URL", "orgs": [],
        "mentions": [("Afghanistan", "AF"), ("Helmand", "AF/Helmand"), ("Uruzgan", "AF/Uruzgan"), ("Kabul", "AF/Kabul"),
                     ("Nahri Sarraj", "AF/Helmand"), ("Lashkar Gah", "AF/Helmand"), ("Garmser", "AF/Helmand")],
        "events": [
            {"place": "Nahri Sarraj", "accept": ["Nahri Sarraj"], "date": ["2011-07-29", "2011-07-29"],
             "precision": "day", "killed": [16, 18], "injured": None, "actor": "", "kind": "main"},
            {"place": "Garmser", "accept": ["Garmser"], "date": ["2011-07-29", "2011-07-29"], "precision": "day",
             "killed": [1, 1], "injured": [4, 4], "actor": "", "kind": "main"},
            {"place": "Uruzgan", "accept": ["Uruzgan"], "date": ["2011-07-28", "2011-07-28"], "precision": "day",
             "killed": [21, 21], "injured": None, "actor": "Taliban", "kind": "background"},
        ],
    },
    {
        "file": "h05_aljazeera_nawa.txt",
        "url": "https://www.aljazeera.com/news/2017/04/roadside-bomb-kills-14-southern-afghanistan-170415155546022.html",
        "published": "2017-04-15", "published_note": "URL", "orgs": ["AFP", "United Nations"],
        "mentions": [("Afghanistan", "AF"), ("Helmand", "AF/Helmand"), ("Nawa", "AF/Helmand"),
                     ("Lashkar Gah", "AF/Helmand"), ("US", "neutral")],
        "events": [
            {"place": "Helmand", "accept": ["Helmand", "Nawa"], "date": ["2017-04-14", "2017-04-14"],
             "precision": "day", "killed": [11, 11], "injured": None, "actor": "Taliban (alleged)", "kind": "main"},
            {"place": None, "accept": ["Afghanistan"], "date": ["2016-01-01", "2016-12-31"], "precision": "period",
             "killed": None, "injured": None, "actor": "", "kind": "aggregate"},
        ],
    },
    {
        "file": "h06_aljazeera_gurbuz.txt",
        "url": "https://www.aljazeera.com/news/2025/11/25/taliban-says-pakistan-bombed-afghanistan-killing-nine-children-and-a-woman",
        "published": "2025-11-25", "published_note": "URL", "orgs": [],
        "mentions": [("Khost", "AF/Khost"), ("Afghanistan", "AF"), ("Gurbuz", "AF/Khost"), ("Kunar", "AF/Kunar"),
                     ("Paktika", "AF/Paktika")],
        "events": [
            {"place": "Gurbuz", "accept": ["Gurbuz"], "date": ["2025-11-24", "2025-11-25"], "precision": "day",
             "killed": [9, 10], "injured": None, "actor": "Pakistan military (alleged)", "kind": "main"},
            {"place": None, "accept": ["Kunar", "Paktika"], "date": ["2025-11-24", "2025-11-25"], "precision": "day",
             "killed": None, "injured": [4, 4], "actor": "Pakistan military (alleged)", "kind": "aggregate"},
        ],
    },
    {
        "file": "h07_radionz_helmand.txt",
        "url": "http://www.radionz.co.nz/news/world/49324/civilians-killed-by-taliban-bomb-in-helmand-province",
        "published": "2010-03-01", "published_note": "in the text", "orgs": ["BBC"],
        "mentions": [("Helmand", "AF/Helmand"), ("Kabul", "AF/Kabul"), ("NATO", "neutral")],
        "events": [
            {"place": "Helmand", "accept": ["Helmand"], "date": ["2010-02-22", "2010-03-01"], "precision": "week",
             "killed": [11, 11], "injured": None, "actor": "Taliban (alleged)", "kind": "main"},
            {"place": "Helmand", "accept": ["Helmand", "Lashkar Gah"], "date": ["2010-02-23", "2010-02-23"],
             "precision": "day", "killed": [7, 7], "injured": None, "actor": "", "kind": "background"},
            {"place": "Kabul", "accept": ["Kabul"], "date": ["2010-02-26", "2010-02-26"], "precision": "day",
             "killed": [16, 16], "injured": None, "actor": "Taliban (claimed)", "kind": "background"},
        ],
    },
    {
        "file": "h08_wionews_mirali.txt",
        "url": "https://www.wionews.com/south-asia/terror-attack-kills-7-pak-soldiers-in-khyber-pakhtunkhwa-700916",
        "published": "2024-03-16", "published_note": "page date; event date not given", "orgs": [],
        "mentions": [("Khyber Pakhtunkhwa", "PK/Khyber Pakhtunkhwa"), ("KP", "PK/Khyber Pakhtunkhwa"),
                     ("North Waziristan", "PK/Khyber Pakhtunkhwa"), ("Afghanistan", "AF"),
                     ("Mir Ali", "PK/Khyber Pakhtunkhwa")],
        "events": [
            {"place": "Mir Ali", "accept": ["Mir Ali", "North Waziristan"], "date": ["2024-03-09", "2024-03-16"],
             "precision": "week", "killed": [7, 13], "injured": None, "actor": "", "kind": "main"},
        ],
    },
]
