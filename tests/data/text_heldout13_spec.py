"""Thirteenth held-out set ("heldout13", see docs/annotation.md): a BLIND set. Real AF/PK reports collected and
annotated by reading each text against docs/annotation.md WITHOUT running geoinc's extractor on them (no
extract_places / extract_incidents / eval_text.py on these texts before the spec was committed; only single names
were geocoded to confirm a mention's province). It is not to be tuned to: run the final code on it once and
report that number as the blind score. Same format as text_dev_spec.py. Texts in devtexts/heldout13/."""

KP = "PK/Khyber Pakhtunkhwa"
BL = "PK/Balochistan"
NG = "AF/Nangarhar"

ARTICLES = [
    {
        "file": "h13_01_xinhua_dawlatabad.txt",
        "url": "https://global.chinadaily.com.cn/world/2012-10/19/content_15832539.htm",
        "published": "2012-10-19",
        "published_note": "in the text (Updated: 2012-10-19) + URL",
        "orgs": [],
        "mentions": [
            ("MAZAR-I-SHARIF", "AF/Balkh"),
            ("Afghanistan", "AF"),
            ("Balkh", "AF/Balkh"),
            ("Sadir Abad", "AF/Balkh"),
            ("Dawlat Abad", "AF/Balkh"),
            ("Kandahar", "AF/Kandahar"),
            ("Zharai", "AF/Kandahar"),
            ("Kabul", "AF/Kabul"),
            ("NATO", "neutral"),
            ("US", "neutral"),
        ],
        "events": [
            {
                "place": "Sadir Abad",
                "accept": ["Sadir Abad", "Dawlat Abad"],
                "date": ["2012-10-19", "2012-10-19"],
                "precision": "day",
                "killed": [15, 15],
                "injured": [18, 18],
                "actor": "",
                "kind": "main",
            },
            # "In addition, ... in southern Kandahar province Thursday": a second incident the report gives
            {
                "place": "Zharai",
                "accept": ["Zharai", "Kandahar"],
                "date": ["2012-10-18", "2012-10-18"],
                "precision": "day",
                "killed": [1, 1],
                "injured": None,
                "actor": "Taliban (blamed)",
                "kind": "main",
            },
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan"],
                "date": ["2012-01-01", "2012-06-30"],
                "precision": "month",
                "killed": [1145, 1145],
                "injured": [1954, 1954],
                "actor": "",
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h13_02_ap_obe.txt",
        "url": "http://www.sandiegouniontribune.com/sdut-afghan-official-20-people-killed-by-roadside-bomb-2011aug18-story.html",
        "published": "2011-08-18",
        "published_note": "URL (2011aug18); 'Thursday' in the text is that day",
        "orgs": [],
        "mentions": [
            ("Afghanistan", "AF"),
            ("U.S.", "neutral"),
            ("Obe", "AF/Herat"),
            ("Herat", "AF/Herat"),
            ("Gardez", "AF/Paktia"),
            ("Paktia", "AF/Paktia"),
        ],
        "events": [
            # the police spokesman says at least 20, a village elder 23
            {
                "place": "Obe",
                "accept": ["Obe"],
                "date": ["2011-08-18", "2011-08-18"],
                "precision": "day",
                "killed": [20, 23],
                "injured": None,
                "actor": "",
                "kind": "main",
            },
            # "another roadside bomb Thursday morning in the same district": wounded only
            {
                "place": "Obe",
                "accept": ["Obe"],
                "date": ["2011-08-18", "2011-08-18"],
                "precision": "day",
                "killed": None,
                "injured": [4, 4],
                "actor": "",
                "kind": "main",
            },
            # the base is "near Gardez, the capital of Paktia province"
            {
                "place": "Gardez",
                "accept": ["Gardez"],
                "date": ["2011-08-18", "2011-08-18"],
                "precision": "day",
                "killed": [2, 2],
                "injured": None,
                "actor": "Taliban (claimed)",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h13_03_ap_pushtrod.txt",
        "url": "http://www.bnd.com/news/nation-world/world/article192510059.html",
        "published": "2018-01-01",
        "published_note": "in the text (January 01, 2018 11:59 PM)",
        "orgs": [],
        "mentions": [
            ("KABUL", "AF/Kabul"),
            ("Afghanistan", "AF"),
            ("Farah", "AF/Farah"),
            ("Pusht-e Rod", "AF/Farah"),
            ("Nangarhar", NG),
            ("Haska Mena", NG),
        ],
        "events": [
            {
                "place": "Pusht-e Rod",
                "accept": ["Pusht-e Rod"],
                "date": ["2018-01-01", "2018-01-01"],
                "precision": "day",
                "killed": [1, 1],
                "injured": [2, 2],
                "actor": "Taliban (claimed)",
                "kind": "main",
            },
            # one civilian killed in the battle, and "dozens" of IS fighters (no figure: 99 stands for "dozens")
            {
                "place": "Haska Mena",
                "accept": ["Haska Mena"],
                "date": ["2018-01-01", "2018-01-01"],
                "precision": "day",
                "killed": [1, 99],
                "injured": [14, 14],
                "actor": "Afghan forces",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h13_04_thenews_asadabad.txt",
        "url": "https://www.thenews.com.pk/print/900500-taliban-police-chief-killed-in-kunar-blast",
        "published": "2021-10-15",
        "published_note": "in the text (October 15, 2021); 'Thursday' is 14 October",
        # a hospital named after the province is an institution (cf. "Kabul Police academy")
        "orgs": ["Kunar central hospital"],
        "mentions": [
            ("Kunar", "AF/Kunar"),
            ("JALALABAD", NG),
            ("Afghanistan", "AF"),
            ("Asadabad", "AF/Kunar"),
            # "the Taliban police chief for Shigal district": an office naming a place; not the scene
            ("Shigal", "AF/Kunar"),
        ],
        "events": [
            {
                "place": "Asadabad",
                "accept": ["Asadabad"],
                "date": ["2021-10-14", "2021-10-14"],
                "precision": "day",
                "killed": [1, 1],
                "injured": [11, 11],
                "actor": "",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h13_05_rferl_khogyani.txt",
        "url": "https://www.rferl.org/a/afghan-forces-kill-civilians-in-operation/29360991.html",
        "published": "2018-07-13",
        "published_note": "page date (2018-07-13); the text says 'on July 13'",
        "orgs": [],
        "mentions": [
            ("Nangarhar", NG),
            # 1st and 3rd "Khogyani" are the spokesman's name
            ("Khogyani", NG, [1, 3]),
            ("Pakistan", "PK"),
            ("U.S.", "neutral"),
            ("Jalalabad", NG),
        ],
        "events": [
            {
                "place": "Khogyani",
                "accept": ["Khogyani"],
                "date": ["2018-07-12", "2018-07-12"],
                "precision": "day",
                "killed": [6, 6],
                "injured": [4, 4],
                "actor": "Afghan forces",
                "kind": "main",
            },
            # "Earlier this week" in a Friday report
            {
                "place": "Jalalabad",
                "accept": ["Jalalabad"],
                "date": ["2018-07-08", "2018-07-13"],
                "precision": "week",
                "killed": [11, 11],
                "injured": None,
                "actor": "unidentified",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h13_06_thenews_kurram_orakzai.txt",
        "url": "https://deepikascorner.wordpress.com/2010/03/22/25-militants-killed-in-kurram-orakzai/",
        "published": "2010-03-22",
        "published_note": "URL of the repost (2010/03/22; a report of The News); the sources 'said on Sunday', 21 March; "
        "the strikes themselves are not dated",
        "orgs": [],
        "mentions": [
            ("Kurram", KP),
            ("Orakzai", KP),
            ("PARACHINAR", KP),
            ("KALAYA", KP),
            ("Masozai", KP),
            ("Marghano", KP),
            ("Waziristan", KP),
            ("Jhalka Mela", KP),
            ("Meshti Bazaar", KP),
            ("Ferozkhel", KP),
            ("Mirzara", KP),
            ("Chappar Meshti", KP),
        ],
        "events": [
            # two named areas, one toll: one event listing both
            {
                "place": "Masozai",
                "accept": ["Masozai", "Marghano", "Kurram Agency", "Kurram"],
                "date": ["2010-03-15", "2010-03-22"],
                "precision": "week",
                "killed": [16, 16],
                "injured": None,
                "actor": "Pakistan military",
                "kind": "main",
            },
            # four hideouts in Orakzai Agency, one toll
            {
                "place": "Jhalka Mela",
                "accept": ["Jhalka Mela", "Meshti Bazaar", "Ferozkhel", "Mirzara", "Orakzai Agency", "Orakzai"],
                "date": ["2010-03-15", "2010-03-22"],
                "precision": "week",
                "killed": [9, 9],
                "injured": [3, 3],
                "actor": "Pakistan military",
                "kind": "main",
            },
            {
                "place": None,
                "accept": [],
                "date": ["2010-03-15", "2010-03-22"],
                "precision": "week",
                "killed": [25, 25],
                "injured": None,
                "actor": "Pakistan military",
                "kind": "aggregate",
            },
            # houses torched and four people taken hostage, no one reported hurt
            {
                "place": "Chappar Meshti",
                "accept": ["Chappar Meshti"],
                "date": ["2010-03-15", "2010-03-22"],
                "precision": "week",
                "killed": None,
                "injured": None,
                "actor": "Taliban",
                "kind": "neutral",
            },
        ],
    },
]
