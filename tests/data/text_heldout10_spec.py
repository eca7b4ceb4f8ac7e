"""Tenth held-out set ("heldout10", see docs/annotation.md): 4 real AF/PK reports collected and annotated after
the rules had been changed for the ninth held-out set's errors, committed before the extractor was run on them.
Same format as text_dev_spec.py. Texts in devtexts/heldout10/."""

BL = "PK/Balochistan"
KP = "PK/Khyber Pakhtunkhwa"
PB = "PK/Punjab"
HR = "AF/Herat"

ARTICLES = [
    {
        "file": "h10_01_urdupoint_ormara.txt",
        "url": "https://www.urdupoint.com/en/pakistan/around-14-fc-soldiers-security-guards-embrac-1058308.html",
        "published": "2020-10-16",
        "published_note": "in the text + page date",
        "orgs": ["FC Balochistan", "Pakistan Point News"],
        "mentions": [
            ("RAWALPINDI", PB),
            ("Ormara", BL),
            ("Balochistan", BL),
            ("Gwadar", BL),
            ("Karachi", "PK/Sindh"),
            ("Layyah", PB),
            ("Sibi", BL),
            ("Dera Ghazi Khan", PB),
            ("Chakwal", PB),
            ("Pishin", BL),
            ("Mianwali", PB),
            ("Lakki Marwat", KP),
            ("Dera Ismail Khan", KP),
            ("Tank", KP),
            ("Kohat", KP),
            ("Bannu", KP),
            ("Coastal Highway", "neutral"),
        ],
        "events": [
            {
                "place": "Ormara",
                "accept": ["Ormara", "Gwadar"],
                "date": ["2020-10-15", "2020-10-15"],
                "precision": "day",
                "killed": [14, 14],
                "injured": None,
                "actor": "",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h10_02_laht_gulran.txt",
        "url": "http://www.laht.com/article.asp?ArticleId=2449447&CategoryId=12395",
        "published": "2018-01-01",
        "published_note": "page date",
        "orgs": [],
        "mentions": [
            ("KABUL", "AF/Kabul"),
            ("Herat", HR),
            ("Afghanistan", "AF"),
            ("Gulran", HR),
            ("US", "neutral"),
            ("NATO", "neutral"),
        ],
        "events": [
            # the car came from Gulran district (its origin); the text places the blast in Herat province only
            {
                "place": "Herat",
                "accept": ["Herat"],
                "date": ["2017-12-31", "2017-12-31"],
                "precision": "day",
                "killed": [9, 9],
                "injured": [1, 1],
                "actor": "Taliban (presumed)",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h10_03_bakhtar_khakesafeed.txt",
        "url": "http://www.bakhtarnews.com.af/eng/security/item/7360-mine-blast-kills-4-civilians.html?tmpl=component&print=1",
        "published": "2013-05-05",
        "published_note": "in the text",
        "orgs": [],
        "mentions": [("Farah", "AF/Farah"), ("Khak-e-Safeed", "AF/Farah"), ("Afghanistan", "AF")],
        "events": [
            {
                "place": "Khak-e-Safeed",
                "accept": ["Khak-e-Safeed"],
                "date": ["2013-05-04", "2013-05-04"],
                "precision": "day",
                "killed": [4, 4],
                "injured": [5, 5],
                "actor": "Taliban (blamed)",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h10_04_avapress_kohsan.txt",
        "url": "https://avapress.com/en/193599/3-Police-Killed-in-Herat-Roadside-Mine-Blast",
        "published": "2020-07-05",
        "published_note": "in the text (PublishDate)",
        "orgs": [],
        "mentions": [("Herat", HR), ("Kohsan", HR)],
        "events": [
            # the toll is only in the headline; no day given
            {
                "place": "Kohsan",
                "accept": ["Kohsan"],
                "date": ["2020-06-28", "2020-07-05"],
                "precision": "week",
                "killed": [3, 3],
                "injured": None,
                "actor": "",
                "kind": "main",
            },
        ],
    },
]
