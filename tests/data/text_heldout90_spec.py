"""Ninetieth held-out set ("heldout90", see docs/annotation.md): the SEVENTY-EIGHTH BLIND set. Real AF/PK conflict
reports published in the years 2010 to 2012: in Afghanistan the suicide bombing of the army recruitment centre in
Kunduz with an earlier bombing in the city and the mid-December attack on the same centre cited (2011), a grenade attack
on a house in Nangarhar's Khogyani and a roadside bomb in Haska Mina with the province's joint toll (2012), the Taliban
storming of the traffic police headquarters in Khost city with the Kabul military hospital bombing of the day before
cited (2011), an attack on a check post in Tarinkowt's Safilandi area in Uruzgan (2012); in Pakistan a jet strike on
hideouts in Upper Orakzai's Mamuzai area with shelling of three named areas (2011), a clash in Upper Orakzai's Khuey
Dad Khel and an attack on the Chapri Ferozkhel check post with the day's Orakzai total (2010), a suspected US drone
strike in North Waziristan's Maizer Madakhel with the strike of the day before cited (2010), a cross-border attack on
the Malathar check post in Upper Dir's Barawal tehsil (2012) and a cross-border raid on four villages of Upper Dir
(2011). Outlets: AP (via the Deseret News), Khaama and another Afghan outlet via a blog (two), AFP and the Express
Tribune's own reporters (The Express Tribune, three), INP via a blog, CNN, Reuters via Pakistan Today. Collected and
annotated by reading each text against docs/annotation.md WITHOUT running geoinc's extractor on them (no
extract_places / extract_incidents / eval_text.py / bench_text.py on these texts before the spec was committed, and the
extraction rules in geoinc/text*.py were not read), while the extraction rules were being changed elsewhere. It is not
to be tuned to: run the final code on it once and report that number as the blind score. Same format as
text_dev_spec.py. Texts in devtexts/heldout90/."""

KP = "PK/Khyber Pakhtunkhwa"
KDZ = "AF/Kunduz"
NGR = "AF/Nangarhar"
TAL = "Taliban (claimed)"
PKMIL = "Pakistan military"

ARTICLES = [
    {
        "file": "h90_01_deseret_kunduz.txt",
        "url": "https://www.deseret.com/2011/3/14/20179140/suicide-bomber-kills-at-least-33-in-afghanistan",
        "published": "2011-03-14",
        "published_note": "the URL's date 2011/3/14 (a Monday; 'on Monday', \"Monday's attack\"): the day itself. The "
        "site's 'Facebook Twitter' and 'SHARE' lines are left out; the stored page ends mid-sentence ('came under'), so "
        "the text stops at the last whole sentence before it",
        # the Islamic Movement of Uzbekistan (its 'Uzbekistan' inside it); 'Haqqani network', 'Hizb-i-Islami' hold no
        # place name
        "orgs": ["Islamic Movement of Uzbekistan"],
        "mentions": [
            # headline 'in Afghanistan', the dateline 'KABUL, Afghanistan'
            ("Afghanistan", "AF"),
            ("KABUL", "AF/Kabul"),
            # 'province of Kunduz', 'in Kunduz' (three), 'Kunduz Deputy Governor' (an office title), 'the Kunduz
            # hospital' (a lower-case description, heldout22)
            ("Kunduz", KDZ),
            # 'neighboring Uzbekistan' (the other is inside the organisation); 'the north', 'the south' are no names
            ("Uzbekistan", "out"),
        ],
        "events": [
            # the suicide bomber at the army recruitment centre on Monday: at least 33 dead ('33 bodies', the bomber
            # not said to be among them: he widens the maximum, heldout23), at least 42 wounded, four children among
            # the dead; no claim
            {
                "place": "Kunduz",
                "accept": ["Kunduz"],
                "date": ["2011-03-14", "2011-03-14"],
                "precision": "day",
                "killed": [33, 34],
                "injured": [42, 42],
                "actor": None,
                "kind": "main",
            },
            # 'the second suicide bombing in five days in Kunduz': an earlier bombing cited with a place and a time but
            # no toll: `background` with killed null (heldout24), the five days before as its window
            {
                "place": "Kunduz",
                "accept": ["Kunduz"],
                "date": ["2011-03-09", "2011-03-13"],
                "precision": "period",
                "killed": None,
                "injured": None,
                "actor": None,
                "kind": "background",
            },
            # 'The same recruitment center was targeted in a mid-December attack that killed eight soldiers and
            # policemen' (claimed by the Taliban): `background`; "mid-December" of the year before is written as
            # 10 to 20 December (a NEW convention, see docs/annotation.md)
            {
                "place": "Kunduz",
                "accept": ["Kunduz"],
                "date": ["2010-12-10", "2010-12-20"],
                "precision": "period",
                "killed": [8, 8],
                "injured": None,
                "actor": TAL,
                "kind": "background",
            },
        ],
    },
    {
        "file": "h90_02_sgtjim_nangarhar.txt",
        "url": "https://sgt-jim.blogspot.com/2012/05/8-civilians-killed-following-separate.html",
        "published": "2012-05-30",
        "published_note": "the blog's own date line 'Wednesday, May 30, 2012' (and the URL's month). Neither incident is "
        "dated in the text: the week window. The blog's image caption from Wikipedia (cut as stored, 'north-wes...') is "
        "kept as a photo caption; 'Enhanced by Zemanta', the share-button line and 'Post a Comment' / 'Search this blog' "
        "are left out",
        "orgs": [],
        "mentions": [
            # the caption 'Jalalabad District is located in the north-wes... Nangarhar Province': not the scene
            ("Jalalabad", NGR),
            # headline 'in Nangarhar', caption 'Nangarhar Province', 'eastern Nangarhar province'
            ("Nangarhar", NGR),
            ("Khogyani", NGR),
            ("Haska Mina", NGR),
        ],
        "events": [
            # unknown gunmen threw hand grenades into a house in Khogyani district: at least five family members killed
            # (a child among them; civilians)
            {
                "place": "Khogyani",
                "accept": ["Khogyani"],
                "date": ["2012-05-23", "2012-05-30"],
                "precision": "week",
                "killed": [5, 5],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
            # 'In a separate incident', a vehicle carrying two government employees and a tribal elder struck a
            # roadside bomb at Haska Mina: at least three killed
            {
                "place": "Haska Mina",
                "accept": ["Haska Mina"],
                "date": ["2012-05-23", "2012-05-30"],
                "precision": "week",
                "killed": [3, 3],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
            # 'at least 8 Afghan civilians were killed ... in this province': the total of the two incidents,
            # `aggregate` beside its parts (heldout14), the province and both districts accepted
            {
                "place": "Nangarhar",
                "accept": ["Nangarhar", "Khogyani", "Haska Mina"],
                "date": ["2012-05-23", "2012-05-30"],
                "precision": "week",
                "killed": [8, 8],
                "injured": None,
                "actor": None,
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h90_03_tribune_khost.txt",
        "url": "https://tribune.com.pk/story/173786/six-killed-in-suicide-attack-on-afghan-police-hq",
        "published": "2011-05-22",
        "published_note": "the byline line 'Afp May 22, 2011' (a Sunday; 'died Sunday'). The stored page ends "
        "mid-sentence in a paragraph on earlier breaches ('penetrate offici'), so the text stops at the last whole "
        "paragraph before it",
        # 'Afp' and the Taliban hold no place name
        "orgs": [],
        "mentions": [
            # subhead and body 'Khost city' (twice), 'Khost province'; the dateline in capitals
            ("Khost", "AF/Khost"),
            ("KHOST", "AF/Khost"),
            ("Pakistan", "PK"),
            ("Kabul", "AF/Kabul"),
            ("Afghanistan", "AF"),
        ],
        "events": [
            # four suicide bombers stormed the traffic police headquarters in Khost city on Sunday: four police and two
            # soldiers killed, five wounded; all four attackers died (two blew themselves up, two were shot): [6, 10]
            # (heldout20's attackers in the maximum); claimed by the Taliban
            {
                "place": "Khost",
                "accept": ["Khost"],
                "date": ["2011-05-22", "2011-05-22"],
                "precision": "day",
                "killed": [6, 10],
                "injured": [5, 5],
                "actor": TAL,
                "kind": "main",
            },
            # 'the day after six medical students were killed and 23 wounded when a suicide bomber struck at Kabul's
            # ... main military hospital': `background`, the Saturday; the bomber widens the maximum
            {
                "place": "Kabul",
                "accept": ["Kabul"],
                "date": ["2011-05-21", "2011-05-21"],
                "precision": "day",
                "killed": [6, 7],
                "injured": [23, 23],
                "actor": None,
                "kind": "background",
            },
        ],
    },
    {
        "file": "h90_04_sgtjim_uruzgan.txt",
        "url": "https://sgt-jim.blogspot.com/2012/12/taliban-attack-security-check-post-in.html",
        "published": "2012-12-27",
        "published_note": "the blog's own date line 'Thursday, December 27, 2012' and the source line 'December 27 "
        "2012, 1:21 pm'; 'on Wednesday night' is 26 December. The source line ('from KHAAMA', the byline) is kept; "
        "'Enhanced by Zemanta', '0 comments:', 'Post a Comment' and 'Search this blog' are left out",
        # 'KHAAMA' (the outlet) holds no place name
        "orgs": [],
        "mentions": [
            # headline 'in Uruzgan province', 'southern Uruzgan province', 'Uruzgan is among'
            ("Uruzgan", "AF/Uruzgan"),
            ("Tarinkowt", "AF/Uruzgan"),
            ("Safilandi", "AF/Uruzgan"),
            ("Afghanistan", "AF"),
        ],
        "events": [
            # Taliban attacked a check post in the Safilandi area of Tarinkowt city on Wednesday night, 'in
            # coordination with a police officer': three police killed, three injured; no claim ('yet to comment')
            {
                "place": "Safilandi",
                "accept": ["Safilandi", "Tarinkowt"],
                "date": ["2012-12-26", "2012-12-26"],
                "precision": "day",
                "killed": [3, 3],
                "injured": [3, 3],
                "actor": "Taliban",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h90_05_tribune_orakzai.txt",
        "url": "https://tribune.com.pk/story/313503/11-militants-killed-in-security-clash-in-orakzai",
        "published": "2011-12-29",
        "published_note": "the byline line 'Express December 29, 2011' and the print line 'Published in The Express "
        "Tribune, December 29th, 2011' (a Thursday); 'on Wednesday' is 28 December. The page's repeated headline is "
        "kept as stored; the comment form after the print line is left out",
        # the newspaper's name holds no place name
        "orgs": [],
        "mentions": [
            # the headline (twice), 'Upper Orakzai Agency' (twice: the span is the name inside it)
            ("Orakzai", KP),
            # subhead and body
            ("Sami Bazaar", KP),
            ("Addukhel", KP),
            ("Bodakhel", KP),
            # the dateline
            ("PESHAWAR", KP),
            ("Mamuzai", KP),
            # 'the nearby district of Hangu' (mobile services suspended there: not a scene)
            ("Hangu", KP),
        ],
        "events": [
            # fighter jets struck hideouts in the Mamuzai area of Upper Orakzai on Wednesday: 11 militants killed,
            # eight injured; 'According to reports, security forces bombarded the Sami Bazaar, Addukhel and Bodakhel
            # areas' (the subhead ties it to the same toll): one toll shared by named areas is one event accepting
            # each (heldout13)
            {
                "place": "Mamuzai",
                "accept": ["Mamuzai", "Sami Bazaar", "Addukhel", "Bodakhel", "Upper Orakzai Agency", "Orakzai"],
                "date": ["2011-12-28", "2011-12-28"],
                "precision": "day",
                "killed": [11, 11],
                "injured": [8, 8],
                "actor": PKMIL,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h90_06_iinr_orakzai.txt",
        "url": "http://iinr.blogspot.com/2010/01/15-militants-killed-22-arrested-in.html?showComment=1301058087240",
        "published": "2010-01-23",
        "published_note": "the blog's own date line 'Saturday, January 23, 2010' and the dateline's 'Jan 23'; 'on "
        "Saturday' is that day. The site's hosting advertisement line above the post and the one reader comment below "
        "it (a link to another site) are left out",
        # 'INP' (the news agency) holds no place name
        "orgs": [],
        "mentions": [
            # headline 'in Orakzai Agency', 'areas of Orakzai agency', 'Upper Orakzai Agency'
            ("Orakzai", KP),
            # the dateline 'ORAKAZAI AGENCY' (misspelt, in capitals)
            ("ORAKAZAI", KP),
            ("Khuey Dad Khel", KP),
            ("Chapri Ferozkhel", KP),
        ],
        "events": [
            # the clash in Khuey Dad Khel area of Upper Orakzai on Saturday: nine militants killed, two security
            # personnel injured; an exchange of fire: no actor
            {
                "place": "Khuey Dad Khel",
                "accept": ["Khuey Dad Khel", "Orakzai"],
                "date": ["2010-01-23", "2010-01-23"],
                "precision": "day",
                "killed": [9, 9],
                "injured": [2, 2],
                "actor": None,
                "kind": "main",
            },
            # militants attacked the check post in Chapri Ferozkhel early on Saturday ('no loss or injury'); six
            # attackers killed in the forces' retaliation: one event at the post
            {
                "place": "Chapri Ferozkhel",
                "accept": ["Chapri Ferozkhel", "Orakzai"],
                "date": ["2010-01-23", "2010-01-23"],
                "precision": "day",
                "killed": [6, 6],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
            # 'killed 15 militants ... during clashes with extremist in different areas of Orakzai agency on
            # Saturday': the day's total, `aggregate` beside its two parts (heldout14)
            {
                "place": "Orakzai",
                "accept": ["Orakzai", "Khuey Dad Khel", "Chapri Ferozkhel"],
                "date": ["2010-01-23", "2010-01-23"],
                "precision": "day",
                "killed": [15, 15],
                "injured": None,
                "actor": PKMIL,
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h90_07_cnn_northwaziristan.txt",
        "url": "http://edition.cnn.com/2010/WORLD/asiapcf/06/11/pakistan.drone.attack/?hpt=T2",
        "published": "2010-06-11",
        "published_note": "the URL's date 2010/06/11 (a Friday; 'killing 13 suspected militants Friday'). The "
        "story highlights are kept as text; 'Skip to main content' is left out; the stored page ends mid-sentence "
        "('The civilian'), so the text stops at the last whole paragraph before it",
        # 'CNN', 'U.N.', 'Obama administration' hold no place name
        "orgs": [],
        "mentions": [
            # headline 'northwest Pakistan', highlight 'Pakistan gearing up', the dateline 'Islamabad, Pakistan',
            # 'Pakistan is gearing up', 'drone strikes in northwest Pakistan'
            ("Pakistan", "PK"),
            # highlight, 'a compound in North Waziristan', 'a village in North Waziristan', 'operations in North
            # Waziristan', 'targets in North Waziristan'
            ("North Waziristan", KP),
            # the dateline
            ("Islamabad", "PK/Islamabad"),
            ("Maizer Madakhel", KP),
            # 'the United States is the only country ...', 'the United States should explain'
            ("United States", "out"),
            # 'A suspected U.S. drone', 'U.S. officials': adjective (neutral)
            ("U.S.", "neutral"),
        ],
        "events": [
            # a suspected US drone fired six missiles into a compound in Maizer Madakhel on Friday: 13 killed, 12
            # injured
            {
                "place": "Maizer Madakhel",
                "accept": ["Maizer Madakhel", "North Waziristan"],
                "date": ["2010-06-11", "2010-06-11"],
                "precision": "day",
                "killed": [13, 13],
                "injured": [12, 12],
                "actor": "United States (alleged)",
                "kind": "main",
            },
            # 'hours after a similar drone strike killed three others in the same ... region Thursday': cited as the
            # strike before, `background`, at North Waziristan (no finer place)
            {
                "place": "North Waziristan",
                "accept": ["North Waziristan"],
                "date": ["2010-06-10", "2010-06-10"],
                "precision": "day",
                "killed": [3, 3],
                "injured": None,
                "actor": "United States (alleged)",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h90_08_tribune_upperdir.txt",
        "url": "http://tribune.com.pk/story/400923/upper-dir-eight-militants-killed/",
        "published": "2012-06-29",
        "published_note": "the byline line 'Our Correspondent June 29, 2012' and the print line 'Published in The "
        "Express Tribune, June 29th, 2012' (a Friday); 'on Wednesday' is 27 June. The comment form after the print line "
        "is left out",
        "orgs": [],
        "mentions": [
            # headline 'Upper Dir:', 'Upper Dir district'; the dateline in capitals
            ("Upper Dir", KP),
            ("UPPER DIR", KP),
            ("Malathar", KP),
            ("Barawal", KP),
            # 'travelled to Afghanistan to negotiate'; 'the Afghani border' is an adjective
            ("Afghanistan", "AF"),
        ],
        "events": [
            # militants from across the border attacked the Malathar check-post in Barawal tehsil on Wednesday: at
            # least eight militants killed, 'several others injured' (no figure). The 'remains of security personnel'
            # the militants keep are given no figure or date: no event
            {
                "place": "Malathar",
                "accept": ["Malathar", "Barawal", "Upper Dir"],
                "date": ["2012-06-27", "2012-06-27"],
                "precision": "day",
                "killed": [8, 8],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h90_09_pakistantoday_upperdir.txt",
        "url": "https://archive.pakistantoday.com.pk/2011/07/07/afghan-militants-storm-4-villages-in-upper-dir/",
        "published": "2011-07-07",
        "published_note": "the URL's date 2011/07/07 (a Thursday; the page prints none); 'on Wednesday' is 6 July",
        # 'Reuters' holds no place name
        "orgs": [],
        "mentions": [
            # headline 'in Upper Dir', 'Saro Keley in Upper Dir', 'the tribal militia in Upper Dir'
            ("Upper Dir", KP),
            # 'militants from Afghanistan', 'back across the border into Afghanistan'
            ("Afghanistan", "AF"),
            ("Pakistan", "PK"),
            ("Nusrat Dara", KP),
            # a border village of Upper Dir (not Balochistan's Kharan district)
            ("Kharan", KP),
            ("Batoor", KP),
            ("Saro Keley", KP),
        ],
        "events": [
            # militants from Afghanistan stormed the four villages early on Wednesday: four pro-government tribesmen
            # wounded; the militia chief's 'around 20 militants were killed' ([20, 20], heldout53's "around 140"). One
            # toll shared by four named villages: one event accepting each (heldout13) and the district
            {
                "place": "Nusrat Dara",
                "accept": ["Nusrat Dara", "Kharan", "Batoor", "Saro Keley", "Upper Dir"],
                "date": ["2011-07-06", "2011-07-06"],
                "precision": "day",
                "killed": [20, 20],
                "injured": [4, 4],
                "actor": None,
                "kind": "main",
            },
        ],
    },
]
