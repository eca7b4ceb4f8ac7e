"""Fourth held-out set ("heldout4", see docs/annotation.md): 6 real AF/PK reports collected and annotated
after the rules had been changed for the third held-out set, committed before the extractor was run on
them: a blind check of all changes so far. Same format as text_dev_spec.py. Texts in devtexts/heldout4/."""

KP = "PK/Khyber Pakhtunkhwa"

ARTICLES = [
    {
        "file": "h4_01_pajhwok_qarluq.txt",
        "url": "https://www.pajhwok.com/en/2020/01/01/14-security-personnel-killed-kunduz-attack",
        "published": "2020-01-01", "published_note": "URL + page date",
        "orgs": ["Pajhwok Afghan News", "National Directorate of Security", "Afghan National Army"],
        "mentions": [("KUNDUZ", "AF/Kunduz"), ("Dasht-i-Archi", "AF/Kunduz"), ("Kunduz", "AF/Kunduz"),
                     ("Qarluq", "AF/Kunduz")],
        "events": [
            {"place": "Qarluq", "accept": ["Qarluq", "Dasht-i-Archi"], "date": ["2019-12-31", "2020-01-01"],
             "precision": "day", "killed": [2, 14], "injured": [1, 6], "actor": "Taliban", "kind": "main"},
        ],
    },
    {
        "file": "h4_02_nwaonline_dashtearchi.txt",
        "url": "http://www.nwaonline.com/news/2018/jul/13/attacks-taliban-kill-afghan-soldiers-police/",
        "published": "2018-07-13", "published_note": "URL", "orgs": [],
        "mentions": [("KABUL", "AF/Kabul"), ("Afghanistan", "AF"), ("Kunduz", "AF/Kunduz"), ("Farah", "AF/Farah"),
                     ("Dasht-e-Arch", "AF/Kunduz"), ("Balkh", "AF/Balkh")],
        "events": [
            {"place": "Dasht-e-Arch", "accept": ["Dasht-e-Arch"], "date": ["2018-07-12", "2018-07-12"],
             "precision": "day", "killed": [15, 36], "injured": [13, 13], "actor": "Taliban", "kind": "main"},
            {"place": "Farah", "accept": ["Farah"], "date": ["2018-07-12", "2018-07-12"], "precision": "day",
             "killed": [4, 4], "injured": None, "actor": "Taliban", "kind": "main"},
        ],
    },
    {
        "file": "h4_03_dawn_razmak.txt",
        "url": "https://www.dawn.com/news/1585213/6-pakistan-army-soldiers-martyred-in-ied-attack-in-north-waziristan-ispr",
        "published": "2020-10-15", "published_note": "in the text + page date; event date not given ('said on Thursday')",
        "orgs": ["Pakistan Army", "Inter-Services Public Relations"],
        "mentions": [("North Waziristan", KP), ("Razmak", KP), ("Shawal", KP), ("Manra Mendara", KP),
                     ("South Waziristan", KP), ("Ghariom", KP), ("Shaktu", KP)],
        "events": [
            {"place": "Razmak", "accept": ["Razmak"], "date": ["2020-10-08", "2020-10-15"], "precision": "week",
             "killed": [6, 6], "injured": None, "actor": "", "kind": "main"},
            {"place": "Manra Mendara", "accept": ["Manra Mendara", "Shawal"], "date": ["2020-10-04", "2020-10-11"],
             "precision": "week", "killed": [2, 2], "injured": [3, 3], "actor": "", "kind": "background"},
            {"place": "Ghariom", "accept": ["Ghariom", "Shaktu"], "date": ["2020-09-01", "2020-09-30"],
             "precision": "month", "killed": [4, 4], "injured": None, "actor": "Pakistan military",
             "kind": "background"},
        ],
    },
    {
        "file": "h4_04_defencepk_datakhel.txt",
        "url": "https://defence.pk/pdf/threads/eight-soldiers-martyred-in-north-waziristan-attacks.740142/",
        "published": "2022-04-15", "published_note": "in the text (repost of a Dawn report)", "orgs": [],
        "mentions": [("NORTH WAZIRISTAN", KP), ("North Waziristan", KP), ("Datakhel", KP), ("Isham", KP),
                     ("Miramshah", KP), ("Dera Ismail Khan", KP)],
        "events": [
            {"place": "Datakhel", "accept": ["Datakhel"], "date": ["2022-04-14", "2022-04-14"], "precision": "day",
             "killed": [7, 7], "injured": None, "actor": "", "kind": "main"},
            {"place": "Isham", "accept": ["Isham"], "date": ["2022-04-14", "2022-04-14"], "precision": "day",
             "killed": [1, 1], "injured": None, "actor": "", "kind": "main"},
            {"place": "Dera Ismail Khan", "accept": ["Dera Ismail Khan"], "date": ["2022-04-11", "2022-04-12"],
             "precision": "day", "killed": [5, 5], "injured": [4, 4], "actor": "", "kind": "background"},
            {"place": None, "accept": ["North Waziristan"], "date": ["2022-04-14", "2022-04-14"], "precision": "day",
             "killed": [8, 8], "injured": None, "actor": "", "kind": "aggregate"},
        ],
    },
    {
        "file": "h4_05_dawn_spinwam_fwo.txt",
        "url": "https://www.dawn.com/news/1716599/four-fwo-men-hurt-in-north-waziristan-suicide-bombing",
        "published": "2022-10-24", "published_note": "in the text", "orgs": ["Frontier Works Organisation",
                                                                          "Inter-Services Public Relations"],
        "mentions": [("NORTH WAZIRISTAN", KP), ("North Waziristan", KP), ("Spinwam", KP), ("Bannu", KP), ("Khyber", KP),
                     ("Shalobar", KP),
                     ("Afghanistan", "AF"), ("Hassan Khel", KP), ("Chota Lahore", KP), ("Swabi", KP),
                     ("Pakistan", "PK"), ("Islamabad", "PK/Islamabad")],
        "events": [
            {"place": "Spinwam", "accept": ["Spinwam"], "date": ["2022-10-17", "2022-10-24"], "precision": "week",
             "killed": None, "injured": [4, 4], "actor": "", "kind": "main"},
            {"place": "Shalobar", "accept": ["Shalobar", "Khyber"], "date": ["2022-10-17", "2022-10-24"],
             "precision": "week", "killed": [1, 1], "injured": None, "actor": "Pakistan military", "kind": "main"},
            {"place": "Hassan Khel", "accept": ["Hassan Khel"], "date": ["2022-10-21", "2022-10-21"],
             "precision": "day", "killed": [1, 1], "injured": None, "actor": "", "kind": "main"},
        ],
    },
    {
        "file": "h4_06_dawn_miramshah.txt",
        "url": "https://www.dawn.com/news/1895661/four-security-men-martyred-in-north-waziristan-attack",
        "published": "2025-03-04", "published_note": "page date; 'told Dawn on Monday'",
        "orgs": ["Combined Military Hospital", "Inter-Services Public Relations"],
        "mentions": [("NORTH WAZIRISTAN", KP), ("Miramshah", KP), ("North Waziristan", KP), ("Spalga", KP),
                     ("Gosh", KP), ("Tappi", KP), ("Barwana", KP), ("Pipana Lower", KP), ("Pipana Top", KP),
                     ("Bannu", KP), ("Afghanistan", "AF"), ("Eidak", KP)],
        "events": [
            {"place": "Miramshah", "accept": ["Miramshah", "Spalga", "Gosh", "Tappi", "Barwana", "Pipana Lower",
                                              "Pipana Top", "North Waziristan"],
             "date": ["2025-03-02", "2025-03-03"], "precision": "day", "killed": [13, 17], "injured": [13, 13],
             "actor": "", "kind": "main"},
            {"place": "Eidak", "accept": ["Eidak"], "date": ["2025-02-24", "2025-03-03"], "precision": "week",
             "killed": [2, 2], "injured": [10, 10], "actor": "", "kind": "background"},
        ],
    },
]
