"""Fifteenth held-out set ("heldout15", see docs/annotation.md): a BLIND set. Real AF/PK reports collected and
annotated by reading each text against docs/annotation.md WITHOUT running geoinc's extractor on them (no
extract_places / extract_incidents / eval_text.py on these texts before the spec was committed; only single names
were geocoded to confirm a mention's province), while the extraction rules were being changed elsewhere. It is not
to be tuned to: run the final code on it once and report that number as the blind score. Same format as
text_dev_spec.py. Texts in devtexts/heldout15/."""

KP = "PK/Khyber Pakhtunkhwa"
KD = "AF/Kandahar"

ARTICLES = [
    {
        "file": "h15_01_pri_kandahar.txt",
        "url": "https://www.pri.org/stories/2013-01-27/afghanistan-roadside-bomb-kandahar-kills-10",
        "published": "2013-01-27",
        "published_note": "URL (2013-01-27, a Sunday); the text dates neither incident ('since Saturday' is 26 January). "
        "A photo caption about a 2011 Kabul attack at the top of the stored page was dropped",
        "orgs": [],
        "mentions": [
            # title and "Afghanistan's Kandahar province"
            ("Afghanistan", "AF"),
            ("Kandahar", KD),
            ("NATO", "neutral"),
            ("Logar", "AF/Logar"),
        ],
        "events": [
            # 10 killed 'including eight police officers'; no day given: the week window
            {
                "place": "Kandahar",
                "accept": ["Kandahar"],
                "date": ["2013-01-20", "2013-01-27"],
                "precision": "week",
                "killed": [10, 10],
                "injured": None,
                "actor": "",
                "kind": "main",
            },
            # Reuters: 'at least twenty police officers have been killed across the country since Saturday'
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan"],
                "date": ["2013-01-26", "2013-01-27"],
                "precision": "week",
                "killed": [20, 20],
                "injured": None,
                "actor": "",
                "kind": "aggregate",
            },
            # 'Meanwhile': Afghan authorities accuse NATO of killing three civilians; NATO says they were insurgents
            # killed by Afghan officials. Not dated in the text
            {
                "place": "Logar",
                "accept": ["Logar"],
                "date": ["2013-01-20", "2013-01-27"],
                "precision": "week",
                "killed": [3, 3],
                "injured": None,
                "actor": "NATO (alleged)",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h15_02_afghanistantimes_qaisar.txt",
        "url": "http://www.afghanistantimes.af/taliban-launch-complex-attack-on-qaisar-district-of-faryab/",
        "published": "2021-06-06",
        "published_note": "page date (2021-06-06, a Sunday); 'officials said on Sunday' is that day; the attack itself is "
        "not dated: the week window",
        # a provincial council named after a place is an organisation (heldout13 convention)
        "orgs": ["Faryab Provincial Council"],
        "mentions": [
            ("KABUL", "AF/Kabul"),
            ("Qaisar", "AF/Faryab"),
            ("Faryab", "AF/Faryab"),
            ("Afghanistan", "AF"),
        ],
        "events": [
            # the district compound fell; 14 security forces killed (one council member); 'more than 40' stationed
            # there is not a toll; the police chief's reported death is inside the 14 ('alongside his comrades')
            {
                "place": "Qaisar",
                "accept": ["Qaisar"],
                "date": ["2021-05-30", "2021-06-06"],
                "precision": "week",
                "killed": [14, 14],
                "injured": None,
                "actor": "Taliban",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h15_03_xinhua_matakhan.txt",
        "url": "http://m.youxi871.com/english/2019-07/23/c_138250966.htm",
        "published": "2019-07-23",
        "published_note": "in the text (Xinhua 2019-07-23, a Tuesday; dateline 'July 23') + URL; 'on Tuesday' is that "
        "day. A mirror of a Xinhua page: the spam line at the top of the stored page was dropped",
        "orgs": [],
        "mentions": [
            ("SHARAN", "AF/Paktika"),
            ("Afghanistan", "AF"),
            ("Paktika", "AF/Paktika"),
            # 'police chief of Mata Khan district' (an office title)
            ("Mata Khan", "AF/Paktika"),
        ],
        "events": [
            # the text places the blast only on 'a dusty road in eastern province of Paktika' as the Mata Khan police
            # chief's vehicle passed 'the area': the province is the finest place the text gives for the scene,
            # Mata Khan (his district) accepted too. Two civilians incl. a child; three police wounded, and an
            # unofficial source says the police chief too
            {
                "place": "Paktika",
                "accept": ["Paktika", "Mata Khan"],
                "date": ["2019-07-23", "2019-07-23"],
                "precision": "day",
                "killed": [2, 2],
                "injured": [3, 4],
                "actor": "Taliban (alleged)",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h15_04_ap_andar.txt",
        "url": "https://mrblogger302.blogspot.com/2013/10/roadside-bomb-kills-18-afghans.html",
        "published": "2013-10-27",
        "published_note": "in the text (Sunday 27 October 2013) + URL; 'Sunday' is that day. A repost of an AP report",
        "orgs": [],
        "mentions": [
            ("KABUL", "AF/Kabul"),
            ("Afghanistan", "AF"),
            ("Ghazni", "AF/Ghazni"),
            ("Andar", "AF/Ghazni"),
        ],
        "events": [
            # 14 women, three men and a child; five women wounded
            {
                "place": "Andar",
                "accept": ["Andar"],
                "date": ["2013-10-27", "2013-10-27"],
                "precision": "day",
                "killed": [18, 18],
                "injured": [5, 5],
                "actor": "",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h15_05_xinhua_sinzar.txt",
        "url": "http://bayanihan.org/2013/09/27/4-afghan-civilians-killed-in-roadside-bombing/",
        "published": "2013-09-26",
        "published_note": "dateline 'KANDAHAR, Afghanistan, Sept. 26' (a Thursday; 'said Thursday'); the repost's URL has "
        "2013/09/27. 'Wednesday night' is 25 September. A PNA/Xinhua report",
        "orgs": [],
        "mentions": [
            ("KANDAHAR", KD),
            ("Afghanistan", "AF"),
            # 'province of Kandahar' and 'provincial capital Kandahar city' (where the victims were going)
            ("Kandahar", KD),
            ("Sinzar", KD),
            ("Zharay", KD),
        ],
        "events": [
            {
                "place": "Sinzar",
                "accept": ["Sinzar", "Zharay"],
                "date": ["2013-09-25", "2013-09-25"],
                "precision": "day",
                "killed": [4, 4],
                "injured": None,
                "actor": "militants",
                "kind": "main",
            },
            # the UN's half-year figure
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan"],
                "date": ["2013-01-01", "2013-06-30"],
                "precision": "period",
                "killed": [1300, 1300],
                "injured": [2500, 2500],
                "actor": "",
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h15_06_xinhua_balabuluk.txt",
        "url": "http://www.nsh-em.com/english/2018-07/31/c_137359108.htm",
        "published": "2018-07-31",
        "published_note": "in the text (Xinhua 2018-07-31, a Tuesday; dateline 'July 31') + URL; 'on Tuesday' is that "
        "day. A mirror of a Xinhua page; the photo caption is kept, the page's pager and keywords dropped",
        "orgs": [],
        "mentions": [
            ("Afghanistan", "AF"),
            # where the injured were treated (caption) and where the bus came from: mentions, not the scene
            ("Herat", "AF/Herat"),
            ("Farah", "AF/Farah"),
            ("Kabul", "AF/Kabul"),
            ("KABUL", "AF/Kabul"),
            ("Lakhshak", "AF/Farah"),
            ("Bala Buluk", "AF/Farah"),
        ],
        "events": [
            {
                "place": "Lakhshak",
                "accept": ["Lakhshak", "Bala Buluk"],
                "date": ["2018-07-31", "2018-07-31"],
                "precision": "day",
                "killed": [8, 8],
                "injured": [40, 40],
                "actor": "Taliban (alleged)",
                "kind": "main",
            },
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan"],
                "date": ["2018-01-01", "2018-06-30"],
                "precision": "period",
                "killed": [1690, 1690],
                "injured": [3430, 3430],
                "actor": "",
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h15_07_nation_makkigarh.txt",
        "url": "https://nation.com.pk/28-May-2019/soldier-martyred-as-army-repulses-attack-on-waziristan-post",
        "published": "2019-05-28",
        "published_note": "page date (2019-05-28, a Tuesday) + URL; 'said yesterday' is 27 May, 'on Sunday' 26 May. The "
        "headline was not in the stored text",
        "orgs": ["Pakistan Army"],
        "mentions": [
            ("ISLAMABAD", "PK/Islamabad"),
            ("North Waziristan", KP),
            ("Federally Administered Tribal Areas", KP),
            ("Makkigarh", KP),
            ("Shawal", KP),
            ("Boya", KP),
            ("Khar Kamar", KP),
            ("Khar Qamar", KP),
        ],
        "events": [
            # one soldier killed; the raid is not dated (the ISPR said it on the 27th): the week window
            {
                "place": "Makkigarh",
                "accept": ["Makkigarh", "Shawal", "North Waziristan"],
                "date": ["2019-05-20", "2019-05-28"],
                "precision": "week",
                "killed": [1, 1],
                "injured": None,
                "actor": "militants",
                "kind": "main",
            },
            # the Khar Kamar (Khar Qamar) post in the Boya area on Sunday: three killed, 15 injured incl. five
            # soldiers; five more bodies with bullet wounds found near the post: 3 to 8. The ISPR says a group led
            # by two PTM lawmakers assaulted the post
            {
                "place": "Khar Kamar",
                "accept": ["Khar Kamar", "Khar Qamar", "Boya", "North Waziristan"],
                "date": ["2019-05-26", "2019-05-26"],
                "precision": "day",
                "killed": [3, 8],
                "injured": [15, 15],
                "actor": "PTM-led group (alleged)",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h15_08_dawn_noorkhel_wana.txt",
        "url": "https://defence.pk/pdf/threads/two-soldiers-one-child-martyred-in-north-south-waziristan-attacks.761797/",
        "published": "2023-02-28",
        "published_note": "in the text (February 28, 2023, a Tuesday); 'late Sunday night' is 26 February, 'on Monday' 27 "
        "February. A forum repost of a Dawn report: the stored page ran sentences together ('confirmed.According', "
        "'2023NORTH WAZIRISTAN'); paragraph breaks were put back at those joins, no word changed; the stored text ends "
        "mid-sentence and is cut at the last whole sentence",
        "orgs": [],
        "mentions": [
            ("NORTH WAZIRISTAN", KP),
            ("SOUTH WAZIRISTAN", KP),
            # title ('North, South Waziristan') and body
            ("South Waziristan", KP),
            ("North Waziristan", KP),
            ("Noorkhel", KP),
            # home towns of the two soldiers: mentions, not the scene
            ("Bajaur", KP),
            ("Upper Dir", KP),
            ("Wana", KP),
        ],
        "events": [
            # two soldiers and two attackers
            {
                "place": "Noorkhel",
                "accept": ["Noorkhel", "North Waziristan"],
                "date": ["2023-02-26", "2023-02-26"],
                "precision": "day",
                "killed": [2, 4],
                "injured": None,
                "actor": "militants",
                "kind": "main",
            },
            # 'near the Wana area', 'some five kilometres south of the district headquarters Wana': nothing finer
            {
                "place": "Wana",
                "accept": ["Wana", "South Waziristan"],
                "date": ["2023-02-27", "2023-02-27"],
                "precision": "day",
                "killed": [1, 1],
                "injured": [2, 2],
                "actor": "",
                "kind": "main",
            },
            # 'Two soldiers and a child ... in separate incidents in North Waziristan and South Waziristan'
            {
                "place": "North Waziristan",
                "accept": ["North Waziristan", "South Waziristan", "NORTH WAZIRISTAN", "SOUTH WAZIRISTAN"],
                "date": ["2023-02-26", "2023-02-27"],
                "precision": "day",
                "killed": [3, 3],
                "injured": None,
                "actor": "",
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h15_09_dawn_beza.txt",
        "url": "https://www.dawn.com/news/1633440/3-soldiers-martyred-in-terrorist-attack-on-north-waziristan-check-post",
        "published": "2021-07-06",
        "published_note": "in the text (Published July 6, 2021, a Tuesday); 'on Monday morning' is 5 July; 'Last week' is "
        "the week before. The photo caption (stored twice) is kept once; the page's opinion column list dropped",
        "orgs": [],
        "mentions": [
            ("North Waziristan", KP),
            ("Beza", KP),
            ("Hasan Khel", KP),
            # where the injured soldier was taken (first) and the scene of last week's attack (second)
            ("Dwatoi", KP),
            ("South Waziristan", KP),
            ("Afghanistan", "AF"),
        ],
        "events": [
            {
                "place": "Beza",
                "accept": ["Beza", "Hasan Khel", "North Waziristan"],
                "date": ["2021-07-05", "2021-07-05"],
                "precision": "day",
                "killed": [3, 3],
                "injured": [1, 1],
                "actor": "militants",
                "kind": "main",
            },
            # 'Last week, terrorists from inside Afghanistan opened fire on a military post in the Dwatoi area'
            {
                "place": "Dwatoi",
                "accept": ["Dwatoi", "North Waziristan"],
                "date": ["2021-06-28", "2021-07-05"],
                "precision": "week",
                "killed": [2, 2],
                "injured": [2, 2],
                "actor": "militants",
                "kind": "background",
            },
            # 'Three soldiers were martyred in South Waziristan the same day'
            {
                "place": "South Waziristan",
                "accept": ["South Waziristan"],
                "date": ["2021-06-28", "2021-07-05"],
                "precision": "week",
                "killed": [3, 3],
                "injured": None,
                "actor": "",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h15_10_nation_bakarabad.txt",
        "url": "https://www.nation.com.pk/03-Feb-2025/policeman-martyred-in-attack-on-polio-team-in-khyber",
        "published": "2025-02-03",
        "published_note": "in the text (February 03, 2025, a Monday) + URL; 'on Monday' is that day",
        "orgs": [],
        "mentions": [
            # title, 'Khyber district', 'District Police Officer (DPO) Khyber' (an office title); the third
            # occurrence is inside 'Khyber Pakhtunkhwa'
            ("Khyber", KP, {3}),
            ("Khyber Pakhtunkhwa", KP),
            ("Ghundi", KP),
            ("Bakarabad", KP),
            ("Jamrud", KP),
        ],
        "events": [
            # 'near Ghundi in the Bakarabad area of Jamrud': near is not a container, Bakarabad is
            {
                "place": "Bakarabad",
                "accept": ["Bakarabad", "Ghundi", "Jamrud", "Khyber"],
                "date": ["2025-02-03", "2025-02-03"],
                "precision": "day",
                "killed": [1, 1],
                "injured": None,
                "actor": "unidentified",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h15_11_ani_tank.txt",
        "url": "https://www.aninews.in/news/world/asia/pakistan-policeman-killed-after-gunmen-attack-polio-team-in-khyber-ttp-claims-responsibility20211211174135/",
        "published": "2021-12-11",
        "published_note": "dateline 'December 11' + URL (20211211, a Saturday); 'on Saturday' is that day, 'on Friday' "
        "(the ceasefire's end) 10 December",
        "orgs": ["Tehreek-e-Taliban Pakistan"],
        "mentions": [
            ("Islamabad", "PK/Islamabad"),
            # '[Pakistan]' and 'Polio teams in Pakistan'
            ("Pakistan", "PK"),
            ("Khyber Pakhtunkhwa", KP),
            ("KP", KP),
            ("Tank", KP),
            ("Dera Ismail Khan", KP),
        ],
        "events": [
            # one policeman killed, another injured; the TTP claimed it
            {
                "place": "Tank",
                "accept": ["Tank", "Dera Ismail Khan"],
                "date": ["2021-12-11", "2021-12-11"],
                "precision": "day",
                "killed": [1, 1],
                "injured": [1, 1],
                "actor": "TTP (claimed)",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h15_12_dawn_shawal.txt",
        "url": "http://www.dawn.com/news/1414443/three-soldiers-martyred-in-attacks-on-border-posts",
        "published": "2018-06-16",
        "published_note": "in the text (Published in Dawn, June 16th, 2018, a Saturday); 'on Friday' is 15 June. The "
        "headline was not in the stored text; the page's opinion column list dropped",
        "orgs": ["Pakistan Army"],
        "mentions": [
            ("PESHAWAR", KP),
            # 'Pak-Afghan border' (as in heldout2)
            ("Pak", "neutral"),
            ("North Waziristan", KP),
            ("Shawal", KP),
            # home towns of the dead soldiers: mentions, not the scene
            ("Sargodha", "PK/Punjab"),
            ("Chitral", KP),
            ("Gujrat", "PK/Punjab"),
        ],
        "events": [
            # attacks on several posts in one area on one day: one event; three soldiers and five attackers
            {
                "place": "Shawal",
                "accept": ["Shawal", "North Waziristan"],
                "date": ["2018-06-15", "2018-06-15"],
                "precision": "day",
                "killed": [3, 8],
                "injured": None,
                "actor": "militants",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h15_13_bbc_torkham.txt",
        "url": "http://news.bbc.co.uk/2/hi/south_asia/8225190.stm",
        "published": "2009-08-27",
        "published_note": "in the text (Page last updated at 21:55 GMT, Thursday, 27 August 2009); neither the bombing nor "
        "the drone strike 'hours' before it is dated in the text: the week window. The stored page text ends "
        "mid-sentence; the text is cut at the last whole sentence",
        "orgs": [],
        "mentions": [
            ("Pakistan", "PK"),
            ("Khyber Pass", KP),
            ("Afghanistan", "AF"),
            # where the BBC's correspondent is: a mention, not the scene
            ("Islamabad", "PK/Islamabad"),
            ("Nato", "neutral"),
            ("Torkham", KP),
            ("Khyber Agency", KP),
            ("North West Frontier Province", KP),
            ("South Waziristan", KP),
        ],
        "events": [
            # 'at least 22 guards'; wounded without a figure
            {
                "place": "Torkham",
                "accept": ["Torkham", "Khyber Pass", "Khyber Agency"],
                "date": ["2009-08-20", "2009-08-27"],
                "precision": "week",
                "killed": [22, 22],
                "injured": None,
                "actor": "",
                "kind": "main",
            },
            # 'hours after a drone attack in South Waziristan killed at least four militants'
            {
                "place": "South Waziristan",
                "accept": ["South Waziristan"],
                "date": ["2009-08-20", "2009-08-27"],
                "precision": "week",
                "killed": [4, 4],
                "injured": None,
                "actor": "",
                "kind": "main",
            },
            # 'a strike earlier this month killed Baitullah Mehsud' in South Waziristan
            {
                "place": "South Waziristan",
                "accept": ["South Waziristan"],
                "date": ["2009-08-01", "2009-08-27"],
                "precision": "month",
                "killed": [1, 1],
                "injured": None,
                "actor": "",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h15_14_ap_datakhel.txt",
        "url": "https://www.washingtontimes.com/news/2009/apr/4/explosion-in-pakistani-capital-wounds-at-least--1/",
        "published": "2009-04-04",
        "published_note": "in the text (Saturday, April 4, 2009) + URL; 'Saturday' is that day. An AP breaking-news "
        "update on top of AP's earlier story; the stored page text ends mid-sentence; the text is cut at the last "
        "whole sentence",
        # a newspaper's name holding a place is an organisation (heldout12 convention)
        "orgs": ["The Washington Times"],
        "mentions": [
            # the blast is 'in the Pakistani capital': here the dateline names the scene
            ("ISLAMABAD", "PK/Islamabad"),
            ("PAKISTAN", "PK"),
            ("MIRAN SHAH", KP),
            ("Pakistan", "PK"),
            ("U.S.", "neutral"),
            ("NATO", "neutral"),
            ("Afghanistan", "AF"),
            ("North Waziristan", KP),
            ("Data Khel", KP),
        ],
        "events": [
            # an explosion near a police building in the capital: at least two injured, no one reported killed
            {
                "place": "Islamabad",
                "accept": ["ISLAMABAD", "Islamabad"],
                "date": ["2009-04-04", "2009-04-04"],
                "precision": "day",
                "killed": None,
                "injured": [2, 2],
                "actor": "",
                "kind": "main",
            },
            # the drone strike on a home in Data Khel village just after dawn Saturday
            {
                "place": "Data Khel",
                "accept": ["Data Khel", "North Waziristan"],
                "date": ["2009-04-04", "2009-04-04"],
                "precision": "day",
                "killed": [13, 13],
                "injured": None,
                "actor": "United States (suspected)",
                "kind": "main",
            },
            # 'in a volatile area near the Afghan border where a suicide bomber killed at least two civilians': the
            # same area as the strike, not dated
            {
                "place": "North Waziristan",
                "accept": ["North Waziristan", "Data Khel"],
                "date": ["2009-03-28", "2009-04-04"],
                "precision": "week",
                "killed": [2, 2],
                "injured": None,
                "actor": "",
                "kind": "main",
            },
        ],
    },
]
