"""Fifth held-out set ("heldout5", see docs/annotation.md): 5 real AF/PK reports collected and annotated
after the rules had been changed for the fourth held-out set, committed before the extractor was run on
them. Same format as text_dev_spec.py. Texts in devtexts/heldout5/."""

KP = "PK/Khyber Pakhtunkhwa"

ARTICLES = [
    {
        "file": "h5_01_tribune_zurmat.txt",
        "url": "https://tribune.com.pk/story/960325/afghan-blast-kills-five-policemen-officials?amp=1",
        "published": "2015-08-23", "published_note": "inferred: 'officials said Sunday' after the photo caption's "
                                                      "August 22, 2015 (a Saturday)",
        "orgs": ["AFP"],
        "mentions": [("Zurmat", "AF/Paktia"), ("Pakistan", "PK"), ("Kabul", "AF/Kabul"), ("Afghanistan", "AF"),
                     ("KHOST", "AF/Khost"), ("AFGHANISTAN", "AF"), ("Paktia", "AF/Paktia"), ("Asad Abad", "AF/Kunar"),
                     ("Kunar", "AF/Kunar")],
        "events": [
            {"place": "Zurmat", "accept": ["Zurmat"], "date": ["2015-08-22", "2015-08-22"], "precision": "day",
             "killed": [5, 5], "injured": None, "actor": "Taliban (alleged)", "kind": "main"},
            {"place": "Asad Abad", "accept": ["Asad Abad"], "date": ["2015-08-16", "2015-08-23"], "precision": "week",
             "killed": None, "injured": [8, 8], "actor": "", "kind": "main"},
            {"place": "Kabul", "accept": ["Kabul"], "date": ["2015-08-22", "2015-08-22"], "precision": "day",
             "killed": None, "injured": None, "actor": "", "kind": "neutral"},
            {"place": None, "accept": [], "date": ["2015-01-01", "2015-06-30"], "precision": "period",
             "killed": [1600, 1600], "injured": [3329, 3329], "actor": "", "kind": "aggregate"},
        ],
    },
    {
        "file": "h5_02_pajhwok_sultan.txt",
        "url": "https://www.pajhwok.com/en/2019/11/02/roadside-bomb-kills-7-civilians-paktika",
        "published": "2019-11-02", "published_note": "in the text + URL", "orgs": ["Pajhwok Afghan News"],
        "mentions": [("Paktika", "AF/Paktika"), ("SHARAN", "AF/Paktika"), ("Sar Rawza", "AF/Paktika"),
                     ("Sultan", "AF/Paktika")],
        "events": [
            {"place": "Sultan", "accept": ["Sultan", "Sar Rawza"], "date": ["2019-11-01", "2019-11-02"],
             "precision": "day", "killed": [6, 7], "injured": [1, 1], "actor": "Taliban (alleged)", "kind": "main"},
        ],
    },
    {
        "file": "h5_03_menafn_tirah.txt",
        "url": "https://menafn.com/1108919393/Tirah-Valley-Clashes-Leave-Eight-Militants-And-Eight-Security-Personnel-Dead-Amid-Intensifying-Violence-In-Khyber",
        "published": "2024-11-24", "published_note": "page date; 'today'",
        "orgs": ["Lashkar-e-Islam", "Tribal News Network", "Inter-Services Public Relations"],
        "mentions": [("Tirah Valley", KP), ("Khyber", KP), ("Maidan", KP), ("Bajaur", KP), ("Bagh Bazaar", KP),
                     ("Bhutan Sharif", KP), ("Bara", KP), ("Bar Qambar Khel", KP)],
        "events": [
            {"place": "Maidan", "accept": ["Maidan", "Tirah Valley", "Tirah"], "date": ["2024-11-24", "2024-11-24"],
             "precision": "day", "killed": [8, 16], "injured": None, "actor": "", "kind": "main"},
            {"place": "Bar Qambar Khel", "accept": ["Bar Qambar Khel", "Bara"], "date": ["2024-11-13", "2024-11-13"],
             "precision": "day", "killed": [1, 1], "injured": None, "actor": "", "kind": "background"},
            {"place": "Bhutan Sharif", "accept": ["Bhutan Sharif"], "date": ["2024-11-06", "2024-11-06"],
             "precision": "day", "killed": [2, 2], "injured": [4, 4], "actor": "", "kind": "background"},
        ],
    },
    {
        "file": "h5_04_nation_bara.txt",
        "url": "https://nation.com.pk/21-May-2012/four-militants-killed-volunteer-martyred-in-khyber-agency-clashes",
        "published": "2012-05-21", "published_note": "URL", "orgs": [],
        "mentions": [("Bara", KP), ("Tirah", KP), ("Khyber", KP)],
        "events": [
            {"place": "Bara", "accept": ["Bara", "Tirah"], "date": ["2012-05-21", "2012-05-21"], "precision": "day",
             "killed": [4, 5], "injured": None, "actor": "", "kind": "main"},
        ],
    },
    {
        "file": "h5_05_nation_akakhel.txt",
        "url": "https://nation.com.pk/06-Apr-2013/14-militants-5-troops-killed-in-tirah",
        "published": "2013-04-06", "published_note": "URL", "orgs": [],
        "mentions": [("KHYBER AGENCY", KP), ("Tirah Valley", KP), ("Khyber", KP), ("Dwa Toai", KP),
                     ("Sarai Morcha", KP), ("Narai Baba", KP), ("Takhtakai", KP), ("Stori Khel", KP), ("Aka Khel", KP)],
        "events": [
            {"place": None, "accept": ["Tirah Valley", "Tirah"], "date": ["2013-04-05", "2013-04-05"],
             "precision": "day", "killed": [19, 19], "injured": None, "actor": "", "kind": "aggregate"},
            {"place": "Dwa Toai", "accept": ["Dwa Toai", "Sarai Morcha", "Narai Baba", "Takhtakai", "Stori Khel",
                                             "Tirah Valley", "Tirah"],
             "date": ["2013-04-05", "2013-04-05"], "precision": "day", "killed": [4, 4], "injured": None,
             "actor": "Pakistan military", "kind": "main"},
            {"place": "Aka Khel", "accept": ["Aka Khel"], "date": ["2013-04-05", "2013-04-05"], "precision": "day",
             "killed": [10, 15], "injured": [5, 5], "actor": "", "kind": "main"},
        ],
    },
]
