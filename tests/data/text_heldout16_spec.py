"""Sixteenth held-out set ("heldout16", see docs/annotation.md): a BLIND set. Real AF/PK reports collected and
annotated by reading each text against docs/annotation.md WITHOUT running geoinc's extractor on them (no
extract_places / extract_incidents / eval_text.py on these texts before the spec was committed; only single names
were geocoded to confirm a mention's province), while the extraction rules were being changed elsewhere. It is not
to be tuned to: run the final code on it once and report that number as the blind score. Same format as
text_dev_spec.py. Texts in devtexts/heldout16/."""

KP = "PK/Khyber Pakhtunkhwa"
KZ = "AF/Kunduz"
HL = "AF/Helmand"
NG = "AF/Nangarhar"

ARTICLES = [
    {
        "file": "h16_01_ap_kunduz.txt",
        "url": "http://www.seattletimes.com/nation-world/official-13-afghan-soldiers-killed-in-taliban-attack/"
        "?utm_source=RSS&utm_medium=Referral&utm_campaign=RSS_all",
        "published": "2016-09-27",
        "published_note": "page date (2016-09-27, a Tuesday; 'said Tuesday'). 'after midnight Monday' can be the small "
        "hours of Monday or of the night from Monday to Tuesday: a two-day window. The stored page had no headline; "
        "the AP headline (same as the URL slug) was put on top",
        "orgs": [],
        "mentions": [
            ("KABUL", "AF/Kabul"),
            ("Afghanistan", "AF"),
            # 'northern Kunduz province', 'the provincial governor in Kunduz' (speaker), 'outskirts of Kunduz city'
            ("Kunduz", KZ),
        ],
        "events": [
            # 15 soldiers at the checkpoint, two joined the attackers; 'at least 13' killed; the Taliban claim they
            # killed 'all the soldiers' (the 13 loyal ones)
            {
                "place": "Kunduz",
                "accept": ["Kunduz"],
                "date": ["2016-09-26", "2016-09-27"],
                "precision": "day",
                "killed": [13, 13],
                "injured": None,
                "actor": "Taliban (claimed)",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h16_02_afghanistantimes_lashkargah.txt",
        "url": "http://afghanistantimes.af/suicide-bomber-targets-police-in-helmand-province/",
        "published": "2016-12-26",
        "published_note": "page date (2016-12-26, a Monday); 'Monday before noon' is that day",
        # a newspaper's name holding a place (heldout12 convention); a provincial police force named after its
        # province, like 'Balochistan Levies' / 'Balochistan Constabulary'
        "orgs": ["Afghanistan Times", "Helmand Police"],
        "mentions": [
            # dateline 'AT-KABUL:'
            ("KABUL", "AF/Kabul"),
            # title, 'Helmand province' twice, 'Helmand Governor spokesman' (an office); the 6th occurrence is in
            # the road name
            ("Helmand", HL, {6}),
            ("Lashkargah", HL),
            # a road named after two places (dev convention)
            ("Helmand-Kandahar", "neutral"),
        ],
        "events": [
            # one policeman killed, three injured; the bomber is not counted by the text
            {
                "place": "Lashkargah",
                "accept": ["Lashkargah"],
                "date": ["2016-12-26", "2016-12-26"],
                "precision": "day",
                "killed": [1, 1],
                "injured": [3, 3],
                "actor": "",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h16_03_afghanistantimes_kunduz.txt",
        "url": "http://www.afghanistantimes.af/eight-security-forces-killed-in-kunduz-clash/",
        "published": "2020-07-20",
        "published_note": "page date (2020-07-20, a Monday); the spokesman 'said Monday' that the attack 'began at "
        "01:00 am' without naming the day: the night before or that morning, a two-day window",
        "orgs": ["AT News"],
        "mentions": [
            ("KABUL", "AF/Kabul"),
            # title, 'province of Kunduz', 'Kunduz city'; the 4th is in the highway's name
            ("Kunduz", KZ, {4}),
            ("Shinwari", KZ),
            ("Kunduz-Ali Abad", "neutral"),
        ],
        "events": [
            # five police and three soldiers killed, three police and two soldiers wounded; the outposts on the
            # highway 'also attacked' are part of the same night's attack (one joint toll); attackers' losses not
            # counted by the text
            {
                "place": "Shinwari",
                "accept": ["Shinwari", "Kunduz"],
                "date": ["2020-07-19", "2020-07-20"],
                "precision": "day",
                "killed": [8, 8],
                "injured": [5, 5],
                "actor": "Taliban",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h16_04_sputnik_kunduz_surkhrod.txt",
        "url": "https://www.urdupoint.com/en/world/update-taliban-attack-on-afghan-military-ch-1157660.html",
        "published": "2021-02-02",
        "published_note": "in the text (02nd February, 2021, a Tuesday; 'told Sputnik on Tuesday') + page date. 'Last "
        "night' is 1 or 2 February; the three other incidents are not dated ('In a separate incident', "
        "'Meanwhile'): the week window. The stored page had no headline (the URL slug begins 'update-taliban-attack')",
        "orgs": [],
        "mentions": [
            ("KABUL", "AF/Kabul"),
            ("Kunduz", KZ),
            # 'the Pakistan-bordering Nangarhar province': a country name, a mention
            ("Pakistan", "PK"),
            ("Nangarhar", NG),
            ("Surkh Rod", NG),
            ("Farah", "AF/Farah"),
            ("Balkh", "AF/Balkh"),
        ],
        "events": [
            # a checkpoint 'in the first security district of Kunduz city'
            {
                "place": "Kunduz",
                "accept": ["Kunduz"],
                "date": ["2021-02-01", "2021-02-02"],
                "precision": "day",
                "killed": [4, 4],
                "injured": [1, 1],
                "actor": "Taliban",
                "kind": "main",
            },
            {
                "place": "Surkh Rod",
                "accept": ["Surkh Rod"],
                "date": ["2021-01-26", "2021-02-02"],
                "precision": "week",
                "killed": [1, 1],
                "injured": [2, 2],
                "actor": "",
                "kind": "main",
            },
            # the army's counteroffensive (with the air force) after an attempted Taliban attack: 11 killed, 'over
            # a dozen' injured (13 up to the 99 bound for an unquantified plural, heldout13 convention)
            {
                "place": "Farah",
                "accept": ["Farah"],
                "date": ["2021-01-26", "2021-02-02"],
                "precision": "week",
                "killed": [11, 11],
                "injured": [13, 99],
                "actor": "Afghan army",
                "kind": "main",
            },
            # airstrikes in answer to attacks on posts: 9 killed, 2 wounded
            {
                "place": "Balkh",
                "accept": ["Balkh"],
                "date": ["2021-01-26", "2021-02-02"],
                "precision": "week",
                "killed": [9, 9],
                "injured": [2, 2],
                "actor": "Afghan air force",
                "kind": "main",
            },
        ],
    },
]
