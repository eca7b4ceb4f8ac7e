"""Second held-out set ("heldout2", see docs/annotation.md): 15 real AF/PK reports collected and
annotated after the rules had been tuned on the development set and the first held-out set, and
committed with the extractor's first (blind) run before any rule was changed for them. Same format
as text_dev_spec.py. Texts in devtexts/heldout2/ (git-ignored)."""

KP = "PK/Khyber Pakhtunkhwa"
BL = "PK/Balochistan"

ARTICLES = [
    {
        "file": "h2_01_afghanistantimes_khakrez.txt",
        "url": "http://afghanistantimes.af/4-civilians-killed-in-kandahar-bombing/",
        "published": "2017-07-03", "published_note": "page date; 'said on Monday'",
        "orgs": ["Pajhwok Afghan News"],
        "mentions": [("KABUL", "AF/Kabul"), ("Khakrez", "AF/Kandahar"), ("Kandahar", "AF/Kandahar"),
                     ("Dara", "AF/Kandahar"), ("Helmand", "AF/Helmand"), ("Shah Agha Ziarat", "AF/Kandahar")],
        "events": [
            {"place": "Dara", "accept": ["Dara", "Khakrez"], "date": ["2017-07-03", "2017-07-03"], "precision": "day",
             "killed": [4, 4], "injured": [1, 1], "actor": "Taliban (alleged)", "kind": "main"},
        ],
    },
    {
        "file": "h2_02_thenews_pishin.txt",
        "url": "https://www.thenews.com.pk/print/368711-three-levies-personnel-martyred-in-pishin-blast",
        "published": "2018-09-15", "published_note": "page date", "orgs": [],
        "mentions": [("QUETTA", BL), ("Pishin", BL), ("Balochistan", BL), ("Barshore", BL)],
        "events": [
            {"place": "Pishin Bypass", "accept": ["Pishin", "Pishin Bypass"], "date": ["2018-09-14", "2018-09-14"],
             "precision": "day", "killed": [3, 3], "injured": [2, 2], "actor": "", "kind": "main"},
        ],
    },
    {
        "file": "h2_03_dawn_kohlu.txt",
        "url": "https://www.dawn.com/news/1739527/levies-man-martyred-in-kohlu-landmine-blast",
        "published": "2023-02-28", "published_note": "in the text ('Published in Dawn, February 28th, 2023')",
        "orgs": [],
        "mentions": [("QUETTA", BL), ("Kohlu", BL), ("Chaman", BL), ("Jannat Wali", BL), ("Quetta", BL),
                     ("Roghani", "neutral")],
        "events": [
            {"place": "Jannat Wali", "accept": ["Jannat Wali", "Kohlu"], "date": ["2023-02-27", "2023-02-27"],
             "precision": "day", "killed": [1, 1], "injured": [6, 6], "actor": "", "kind": "main"},
            {"place": "Chaman", "accept": ["Chaman"], "date": ["2023-02-27", "2023-02-27"], "precision": "day",
             "killed": None, "injured": [1, 1], "actor": "", "kind": "main"},
            {"place": "Chaman", "accept": ["Chaman", "Roghani"], "date": ["2023-02-20", "2023-02-27"],
             "precision": "week", "killed": [2, 2], "injured": None, "actor": "", "kind": "background"},
            {"place": "Chaman", "accept": ["Chaman"], "date": ["2023-02-20", "2023-02-27"], "precision": "week",
             "killed": [1, 1], "injured": None, "actor": "", "kind": "background"},
        ],
    },
    {
        "file": "h2_04_dawn_mastung_kalat.txt",
        "url": "https://www.dawn.com/news/1858849/two-security-men-martyred-in-mastung-kalat-attacks",
        "published": "2024-09-14", "published_note": "page date + in the text", "orgs": [],
        "mentions": [("QUETTA", BL), ("Mastung", BL), ("Kalat", BL), ("Daringarh", BL), ("Quetta", BL, [1]),
                     ("Quetta-Noshki", "neutral"), ("Takhat", BL)],
        "events": [
            {"place": "Daringarh", "accept": ["Daringarh", "Mastung"], "date": ["2024-09-13", "2024-09-13"],
             "precision": "day", "killed": [2, 2], "injured": [3, 3], "actor": "tribesmen", "kind": "main"},
            {"place": "Takhat", "accept": ["Takhat", "Kalat"], "date": ["2024-09-13", "2024-09-13"],
             "precision": "day", "killed": None, "injured": [8, 8], "actor": "", "kind": "main"},
        ],
    },
    {
        "file": "h2_05_pakistantoday_buleda.txt",
        "url": "https://www.pakistantoday.com.pk/2020/05/08/major-among-6-troops-martyred-balochistan-ied-blast/",
        "published": "2020-05-08", "published_note": "URL; event date not given",
        "orgs": ["Pakistan Army", "Inter-Services Public Relations", "FC South Balochistan"],
        "mentions": [("RAWALPINDI", "PK/Punjab"), ("Kech", BL), ("Balochistan", BL), ("Buleda", BL),
                     ("Pakistan", "PK"), ("Iran", "out"), ("Makran", BL), ("Hafizabad", "PK/Punjab"),
                     ("Mianwali", "PK/Punjab"), ("Taunsa Sharif", "PK/Punjab"), ("Attock", "PK/Punjab"),
                     ("Mardan", KP)],
        "events": [
            {"place": "Buleda", "accept": ["Buleda", "Kech"], "date": ["2020-05-01", "2020-05-08"],
             "precision": "week", "killed": [6, 6], "injured": [1, 1], "actor": "", "kind": "main"},
        ],
    },
    {
        "file": "h2_06_middleeastpress_qaysar.txt",
        "url": "https://middleeastpress.com/english/taliban-veiled-members-clash-with-security-forces-in-faryab/",
        "published": "2019-09-22", "published_note": "in the text",
        "orgs": ["Independent Election Commission", "Interior Ministry"],
        "mentions": [("Faryab", "AF/Faryab"), ("Qaysar", "AF/Faryab"), ("Qaisar", "AF/Faryab"), ("Saq", "AF/Faryab")],
        "events": [
            {"place": "Saq", "accept": ["Saq", "Qaysar", "Qaisar"], "date": ["2019-09-22", "2019-09-22"],
             "precision": "day", "killed": [2, 3], "injured": [1, 1], "actor": "Taliban", "kind": "main"},
        ],
    },
    {
        "file": "h2_07_bakhtarnews_pashtoonkot.txt",
        "url": "https://www.bakhtarnews.af/en/traffic-accident-kills-wounds-3-people/?random-post=1",
        "published": "2012-10-26", "published_note": "in the text ('Friday, October 26, 2012')", "orgs": [],
        "mentions": [("Faryab", "AF/Faryab"), ("Pashtoonkot", "AF/Faryab"), ("Pashtoonkiot", "AF/Faryab")],
        "events": [
            {"place": "Pashtoonkot", "accept": ["Pashtoonkot", "Pashtoonkiot"], "date": ["2012-10-25", "2012-10-26"],
             "precision": "day", "killed": [30, 35], "injured": None, "actor": "Taliban", "kind": "main"},
        ],
    },
    {
        "file": "h2_08_dawn_kurram.txt",
        "url": "https://dawn.com/news/1833722",
        "published": "2024-05-16", "published_note": "in the text ('Published in Dawn, May 16th, 2024')",
        "orgs": [],
        "mentions": [("KURRAM", KP), ("Kharlachi", KP), ("Kurram", KP), ("Spina Shaga", KP), ("Teri Mangal", KP),
                     ("Afghanistan", "AF"), ("Khost", "AF/Khost"), ("Paktia", "AF/Paktia"),
                     ("Nangarhar", "AF/Nangarhar"), ("Pak", "neutral")],
        "events": [
            {"place": "Teri Mangal", "accept": ["Teri Mangal", "Kurram"], "date": ["2024-05-14", "2024-05-15"],
             "precision": "day", "killed": [12, 12], "injured": [4, 4], "actor": "Afghan forces (alleged)",
             "kind": "main"},
            {"place": "Spina Shaga", "accept": ["Spina Shaga", "Kharlachi", "Kurram"],
             "date": ["2024-05-15", "2024-05-15"], "precision": "day", "killed": None, "injured": None,
             "actor": "Afghan forces (alleged)", "kind": "neutral"},
        ],
    },
    {
        "file": "h2_09_pakistantoday_gorwaik.txt",
        "url": "https://archive.pakistantoday.com.pk/2011/07/12/us-drone-strike-kills-12-militants-in-nwa/",
        "published": "2011-07-12", "published_note": "URL", "orgs": [],
        "mentions": [("NWA", KP), ("North Waziristan", KP), ("Gorwaik", KP), ("Datta Khel", KP), ("Miranshah", KP),
                     ("Peshawar", KP)],
        "events": [
            {"place": "Gorwaik", "accept": ["Gorwaik", "Datta Khel", "North Waziristan", "NWA"],
             "date": ["2011-07-11", "2011-07-11"], "precision": "day", "killed": [12, 12], "injured": None,
             "actor": "US", "kind": "main"},
        ],
    },
    {
        "file": "h2_10_eurasia_spinboldak.txt",
        "url": "https://eurasia.ro/2008/05/01/eight-afghan-civilians-killed-by-double-mine-blasts",
        "published": "2008-05-01", "published_note": "URL; 'said on Thursday'", "orgs": ["Reuters", "United Nations"],
        "mentions": [("KANDAHAR", "AF/Kandahar"), ("Afghanistan", "AF"), ("Pakistan", "PK"),
                     ("Spin Boldak", "AF/Kandahar"), ("Kandahar", "AF/Kandahar"), ("Soviet Union", "out")],
        "events": [
            {"place": "Spin Boldak", "accept": ["Spin Boldak"], "date": ["2008-04-30", "2008-04-30"],
             "precision": "day", "killed": [8, 8], "injured": None, "actor": "Taliban (alleged)", "kind": "main"},
        ],
    },
    {
        "file": "h2_11_news957_achin.txt",
        "url": "http://www.news957.com/world/2016/09/28/afghan-official-13-civilians-killed-in-airstrike-on-house/",
        "published": "2016-09-28", "published_note": "URL", "orgs": ["The Associated Press"],
        "mentions": [("KABUL", "AF/Kabul"), ("Afghanistan", "AF"), ("United States", "out"),
                     ("Nangarhar", "AF/Nangarhar"), ("Achin", "AF/Nangarhar"), ("Saudi Arabia", "out"),
                     ("U.S.", "neutral")],
        "events": [
            {"place": "Achin", "accept": ["Achin"], "date": ["2016-09-28", "2016-09-28"], "precision": "day",
             "killed": [13, 13], "injured": [12, 12], "actor": "US", "kind": "main"},
        ],
    },
    {
        "file": "h2_12_nation_bargai.txt",
        "url": "https://www.nation.com.pk/19-Dec-2022/four-cops-martyred-in-lakki-terror-attack",
        "published": "2022-12-19", "published_note": "page date + URL", "orgs": [],
        "mentions": [("LAKKI MARWAT", KP), ("Bargai", KP), ("Tajazai", KP), ("Bannu", KP), ("Baragai", KP),
                     ("Lakki Marwat", KP), ("Khyber Pakhtunkhwa", KP), ("Pakistan", "PK")],
        "events": [
            {"place": "Bargai", "accept": ["Bargai", "Baragai", "Lakki Marwat"], "date": ["2022-12-17", "2022-12-18"],
             "precision": "day", "killed": [4, 4], "injured": [4, 4], "actor": "", "kind": "main"},
        ],
    },
    {
        "file": "h2_13_pakistantoday_khairokhel.txt",
        "url": "https://www.pakistantoday.com.pk/2025/01/06/two-police-officers-martyred-in-lakki-marwat-terrorist-attack/",
        "published": "2025-01-06", "published_note": "URL", "orgs": [],
        "mentions": [("LAKKI MARWAT", KP), ("Khyber Pakhtunkhwa", KP), ("Lakki Marwat", KP), ("Khairo Khel Paka", KP),
                     ("Jabukhel", KP), ("Ghazni Khel", KP)],
        "events": [
            {"place": "Khairo Khel Paka", "accept": ["Khairo Khel Paka", "Khairo Khel", "Ghazni Khel", "Lakki Marwat"],
             "date": ["2025-01-04", "2025-01-04"], "precision": "day", "killed": [2, 2], "injured": None,
             "actor": "", "kind": "main"},
        ],
    },
    {
        "file": "h2_14_thestar_haskameena.txt",
        "url": "https://www.thestar.com/news/world/2017/08/11/us-warplanes-kill-16-civilians-in-afghanistan-officials-say.html",
        "published": "2017-08-11", "published_note": "URL", "orgs": [],
        "mentions": [("Haska Meena", "AF/Nangarhar"), ("Nangarhar", "AF/Nangarhar"), ("Kabul", "AF/Kabul"),
                     ("Kunduz", "AF/Kunduz"), ("Helmand", "AF/Helmand"), ("Dih Bala", "AF/Nangarhar"),
                     ("Pakistan", "PK"), ("Achin", "AF/Nangarhar"), ("United States", "out"), ("U.S.", "neutral")],
        "events": [
            {"place": "Haska Meena", "accept": ["Haska Meena", "Dih Bala"], "date": ["2017-08-10", "2017-08-10"],
             "precision": "day", "killed": [8, 12], "injured": None, "actor": "US", "kind": "main"},
            {"place": "Haska Meena", "accept": ["Haska Meena", "Dih Bala"], "date": ["2017-07-24", "2017-07-24"],
             "precision": "day", "killed": [9, 9], "injured": None, "actor": "US", "kind": "background"},
        ],
    },
    {
        "file": "h2_15_nation_bakhmal.txt",
        "url": "https://www.nation.com.pk/13-Feb-2023/police-repulse-terrorist-attack-in-lakki-marwat",
        "published": "2023-02-13", "published_note": "page date + URL", "orgs": ["Tehreek-e-Taliban Pakistan"],
        "mentions": [("Lakki Marwat", KP), ("Khyber Pakhtunkhwa", KP), ("KP", KP), ("Bakhmal", KP),
                     ("Shahbaz Khel", KP), ("Tank", KP)],
        "events": [
            {"place": "Bakhmal", "accept": ["Bakhmal", "Lakki Marwat"], "date": ["2023-02-12", "2023-02-13"],
             "precision": "day", "killed": None, "injured": None, "actor": "", "kind": "neutral"},
            {"place": "Shahbaz Khel", "accept": ["Shahbaz Khel", "Lakki Marwat"], "date": ["2023-02-07", "2023-02-07"],
             "precision": "day", "killed": [12, 12], "injured": None, "actor": "Pakistan security forces",
             "kind": "background"},
        ],
    },
]
