"""Hundred-and-twenty-fifth held-out set ("heldout125", see docs/annotation.md): the HUNDRED-AND-THIRTEENTH BLIND set.
Real AF/PK conflict reports published in the years 2006 to 2009: DOCSTRING-TODO. Collected and annotated by reading each
text against docs/annotation.md WITHOUT running geoinc's extractor on them (no extract_places / extract_incidents /
eval_text.py / bench_text.py on these texts before the spec was committed, and the extraction rules in geoinc/text*.py
were not read), while the extraction rules were being changed elsewhere. It is not to be tuned to: run the final code
on it once and report that number as the blind score. Same format as text_dev_spec.py. Texts in devtexts/heldout125/."""

KP = "PK/Khyber Pakhtunkhwa"
BL = "PK/Balochistan"
KD = "AF/Kandahar"
UR = "AF/Uruzgan"
FR = "AF/Farah"

ARTICLES = [
    {
        "file": "h125_01_chicagotribune_uruzgan.txt",
        "url": "http://articles.chicagotribune.com/2007-07-11/news/0707110095_1_nato-civilians-car-bomb",
        "published": "2007-07-11",
        "published_note": "the date line under the headline ('July 11, 2007', a Wednesday) and the URL's date; the "
        "bombing was 'Tuesday', 10 July. The closing credit 'Items compiled from Tribune news services.' is kept as "
        "stored",
        # 'NATO' is an actor/adjective (neutral); 'Tribune' holds no place name
        "orgs": [],
        "mentions": [
            # the dateline 'KANDAHAR, AFGHANISTAN —' (not the scene)
            ("KANDAHAR", KD),
            ("AFGHANISTAN", "AF"),
            # 'a NATO patrol', "NATO's account", 'eight NATO soldiers', 'a NATO spokesman'
            ("NATO", "neutral"),
            # 'the southern province of Uruzgan'
            ("Uruzgan", UR),
        ],
        "events": [
            # a suicide car bomb meant for a NATO patrol in a crowded bazaar on Tuesday: 17 civilians killed
            # (police), 'more than a dozen' (NATO: 13 or more, no conflict with 17); the bazaar and its town are not
            # named, so the province is the place. The suicide bomber is confirmed and may add one (heldout42):
            # killed [17, 18]; 30 civilians and eight NATO soldiers wounded (38). The Taliban took responsibility
            {
                "place": "Uruzgan",
                "accept": ["Uruzgan"],
                "date": ["2007-07-10", "2007-07-10"],
                "precision": "day",
                "killed": [17, 18],
                "injured": [38, 38],
                "actor": "Taliban (claimed)",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h125_02_bbc_bannu.txt",
        "url": "http://news.bbc.co.uk/2/hi/south_asia/6914844.stm",
        "published": "2007-07-25",
        "published_note": "the page's line 'Last Updated: Wednesday, 25 July 2007, 12:13 GMT', kept; the attack 'came "
        "before dawn' of that Wednesday. The site's banner ('BBC News', 'watch One-Minute World News') is page "
        "furniture and left out; the photo captions and the pull quote are kept as stored. The stored page ends "
        "mid-sentence ('Observers say other police stations on the edge of'): the text is cut at the last whole "
        "paragraph (heldout121)",
        # 'Reuters' holds no place name
        "orgs": [],
        "mentions": [
            # caption 'in Bannu attack', 'fired into Bannu', 'Bannu police officer', 'Bannu is near', "Bannu's police
            # chief"
            ("Bannu", KP),
            # 'north-west Pakistan', 'in Pakistan since', "Pakistan's most wanted", "Pakistan's South Waziristan"
            # ('Pakistani city' is a demonym)
            ("Pakistan", "PK"),
            # 'a radical mosque in Islamabad'
            ("Islamabad", "PK/Islamabad"),
            # 'who the US freed': an actor (neutral)
            ("US", "neutral"),
            # 'Guantanamo Bay' (outside the region)
            ("Guantanamo Bay", "out"),
            # 'his home village of Nano' (a burial place and home village: a mention, not a scene)
            ("Nano", KP),
            ("South Waziristan", KP),
            # 'the North Waziristan tribal region'
            ("North Waziristan", KP),
        ],
        "events": [
            # four rockets fired into Bannu before dawn on Wednesday, hitting houses, a mosque and a shop: eight
            # killed (the police chief), at least 14 (local journalists and eyewitnesses): [8, 14]; 40 injured
            # ('Dozens' in the caption adds no other figure); suspected militants, no claim
            {
                "place": "Bannu",
                "accept": ["Bannu"],
                "date": ["2007-07-25", "2007-07-25"],
                "precision": "day",
                "killed": [8, 14],
                "injured": [40, 40],
                "actor": "militants (suspected)",
                "kind": "main",
            },
            # 'security forces ousted pro-Taleban militants from a radical mosque in Islamabad earlier in July': the
            # text gives no toll (killed null); 'earlier in July' gives July up to publication ("Earlier this month",
            # a `month` window)
            {
                "place": "Islamabad",
                "accept": ["Islamabad"],
                "date": ["2007-07-01", "2007-07-25"],
                "precision": "month",
                "killed": None,
                "injured": None,
                "actor": "security forces",
                "kind": "background",
            },
            # 'About 200 people, mostly police and soldiers, have died in the attacks' since the mosque raid: a total
            # over many attacks across the country ("About 20" is [20, 20], heldout53)
            {
                "place": "Pakistan",
                "accept": ["Pakistan"],
                "date": ["2007-07-01", "2007-07-25"],
                "precision": "period",
                "killed": [200, 200],
                "injured": None,
                "actor": None,
                "kind": "aggregate",
            },
            # Abdullah Mehsud 'had blown himself up to avoid arrest', which officials said the day before: the text
            # names no place for it (Nano is where he was buried, not the scene) and describes no attack, only his
            # own death; `neutral` at the country, scored neither way
            {
                "place": "Pakistan",
                "accept": ["Pakistan"],
                "date": ["2007-07-23", "2007-07-24"],
                "precision": "period",
                "killed": [1, 1],
                "injured": None,
                "actor": None,
                "kind": "neutral",
            },
        ],
    },
    {
        "file": "h125_03_newser_farah.txt",
        "url": "https://amp.newser.com/story/32651/8-afghan-civilians-killed-in-us-led-airstrike.html",
        "published": "2008-07-17",
        "published_note": "the line 'Posted Jul 17, 2008 7:22 AM CDT' (a Thursday), kept; the firefight and the air "
        "strike were 'Tuesday', 15 July. The closing '(Read more Afghanistan stories.)' and 'story continues below' "
        "are page furniture and left out; the photo caption and the byline are kept",
        # 'Newser', 'Reuters' and 'AP Photo' hold no place name
        "orgs": [],
        "mentions": [
            # the headline's 'US-Led' (an adjective, neutral)
            ("US", "neutral"),
            # caption 'a NATO air strike' (an adjective, neutral)
            ("NATO", "neutral"),
            # caption 'in Kapisa province, north of Kabul'
            ("Kapisa", "AF/Kapisa"),
            ("Kabul", "AF/Kabul"),
            # caption 'the western Farah province', body 'western province of Farah'
            ("Farah", FR),
            # "Afghanistan's western province"
            ("Afghanistan", "AF"),
        ],
        "events": [
            # eight civilians killed in a coalition air strike called in during a roadside firefight on Tuesday in
            # Farah; no district is named
            {
                "place": "Farah",
                "accept": ["Farah"],
                "date": ["2008-07-15", "2008-07-15"],
                "precision": "day",
                "killed": [8, 8],
                "injured": None,
                "actor": "US-led coalition",
                "kind": "main",
            },
            # 'There were reports of more civilian casualties in another airstrike today': a second strike of the
            # day of publication, with no place of its own (the country) and 'casualties', not a killed figure
            # (heldout21): killed null
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan"],
                "date": ["2008-07-17", "2008-07-17"],
                "precision": "day",
                "killed": None,
                "injured": None,
                "actor": "US-led coalition",
                "kind": "main",
            },
            # the photo caption's 'house damaged by a NATO air strike in Kapisa province': no date and no one hurt,
            # an attack without casualties (heldout2), `neutral`, with the week before publication as its window
            {
                "place": "Kapisa",
                "accept": ["Kapisa"],
                "date": ["2008-07-10", "2008-07-17"],
                "precision": "week",
                "killed": None,
                "injured": None,
                "actor": "NATO",
                "kind": "neutral",
            },
        ],
    },
]
