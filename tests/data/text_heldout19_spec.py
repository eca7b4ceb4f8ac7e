"""Nineteenth held-out set ("heldout19", see docs/annotation.md): the SEVENTH BLIND set. Real AF/PK reports,
mostly short wire-style and local-outlet reports (The Nation, Dawn, The News, Pakistan Observer, The Frontier Post,
Pajhwok, Ariana News, Kabul Now, the Afghan interior ministry), many with two or more separate incidents in one
report, collected and annotated by reading each text against docs/annotation.md WITHOUT running geoinc's extractor
on them (no extract_places / extract_incidents / eval_text.py / bench_text.py on these texts before the spec was
committed, and the extraction rules in geoinc/text*.py were not read to predict what they would do; only single
names were geocoded to confirm a mention's province), while the extraction rules were being changed elsewhere. It is
not to be tuned to: run the final code on it once and report that number as the blind score. Same format as
text_dev_spec.py. Texts in devtexts/heldout19/."""

KP = "PK/Khyber Pakhtunkhwa"
BL = "PK/Balochistan"
FY = "AF/Faryab"
JZ = "AF/Jowzjan"
KZ = "AF/Kunduz"
UZ = "AF/Uruzgan"
DK = "AF/Daykundi"
ZB = "AF/Zabul"
LG = "AF/Logar"
BG = "AF/Baghlan"

ARTICLES = [
    {
        "file": "h19_01_nation_swat_bajaur.txt",
        "url": "https://nation.com.pk/23-Nov-2018/3-children-among-five-killed-in-kp-blasts",
        "published": "2018-11-23",
        "published_note": "page date + URL (23-Nov-2018, a Friday); 'on Wednesday' is 21 November. The stored page had "
        "no headline (not rebuilt from the URL slug); page furniture ('Share:') dropped",
        # a hospital named after its town (heldout12/13 convention)
        "orgs": ["Saidu Sharif Hospital Swat"],
        "mentions": [
            ("PESHAWAR", KP),
            # 'at Swat and Bajaur tribal district', 'In Swat'; the third is inside the hospital's name
            ("Swat", KP),
            ("Bajaur", KP),
            # 'at Nela Garam district of Matta area': a locality the gazetteer may lack
            ("Nela Garam", KP),
            ("Matta", KP),
            # 'KP Chief Minister' (an office naming a province)
            ("KP", KP),
            # 'Nawagia Tehsil': a misspelling of Nawagai, as written
            ("Nawagia", KP),
            ("Chinar Charmang", KP),
            # 'near Pak-Afghan border' (heldout2/15 convention)
            ("Pak", "neutral"),
        ],
        "events": [
            # 'three children died and two others injured while playing with an old and abundant mortar shell lying
            # in a field': a leftover shell going off, not an attack - neutral (scored neither way)
            {
                "place": "Nela Garam",
                "accept": ["Nela Garam", "Matta", "Swat"],
                "date": ["2018-11-21", "2018-11-21"],
                "precision": "day",
                "killed": [3, 3],
                "injured": [2, 2],
                "actor": "",
                "kind": "neutral",
            },
            # remote-controlled IED on a car: two men killed
            {
                "place": "Chinar Charmang",
                "accept": ["Chinar Charmang", "Nawagia", "Bajaur"],
                "date": ["2018-11-21", "2018-11-21"],
                "precision": "day",
                "killed": [2, 2],
                "injured": None,
                "actor": "",
                "kind": "main",
            },
            # the lead's 'At least five people, including three children, were killed in mortar explosion and an IED
            # blast at Swat and Bajaur': the two incidents' joint toll
            {
                "place": None,
                "accept": ["Swat", "Bajaur", "Nela Garam", "Matta", "Nawagia", "Chinar Charmang"],
                "date": ["2018-11-21", "2018-11-21"],
                "precision": "day",
                "killed": [5, 5],
                "injured": None,
                "actor": "",
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h19_02_moi_faryab.txt",
        "url": "https://moi.gov.af/en/taliban-shadow-district-governor-killed-faryab-infighting",
        "published": "2018-12-26",
        "published_note": "in the text (Wed, Dec 26 2018); neither clash is dated: the week window",
        "orgs": [],
        "mentions": [
            # headline, 'Garziwan district of Faryab province', 'northern Faryab province', 'Almar district, Faryab
            # province'
            ("Faryab", FY),
            ("Garziwan", FY),
            ("Sarchakan", FY),
            ("Almar", FY),
        ],
        "events": [
            # the Taliban shadow district governor and three other Taliban killed, three wounded, in a clash with
            # the police (the headline's 'Infighting' notwithstanding, the body says a clash with the ANP)
            {
                "place": "Sarchakan",
                "accept": ["Sarchakan", "Garziwan"],
                "date": ["2018-12-19", "2018-12-26"],
                "precision": "week",
                "killed": [4, 4],
                "injured": [3, 3],
                "actor": "Afghan National Police",
                "kind": "main",
            },
            # 'In a separate report': eight Taliban and four policemen killed, five Taliban and two police wounded
            {
                "place": "Almar",
                "accept": ["Almar"],
                "date": ["2018-12-19", "2018-12-26"],
                "precision": "week",
                "killed": [8, 12],
                "injured": [5, 7],
                "actor": "Afghan National Police",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h19_03_frontierpost_almar.txt",
        "url": "https://thefrontierpost.com/taliban-commander-killed-in-faryab/",
        "published": "2019-01-01",
        "published_note": "page date (2019-01-01, a Tuesday); 'on Sunday' is 30 December 2018. A Khaama Press report "
        "reposted by The Frontier Post; the stored page had no headline (the desk byline comes first)",
        "orgs": [],
        "mentions": [
            ("KABUL", "AF/Kabul"),
            # 'northern Faryab province', 'Faryab is among', 'in Faryab and other restive provinces'
            ("Faryab", FY),
            ("Afghanistan", "AF"),
            ("Almar", FY),
            # 'the Afghan Military in the North', 'provinces in North of Afghanistan', 'in the North': a loose
            # regional label, scored neither way
            ("North", "neutral"),
        ],
        "events": [
            # a Taliban commander and his two fighters killed in a clash with the army 'in the vicnity of Almar'
            {
                "place": "Almar",
                "accept": ["Almar"],
                "date": ["2018-12-30", "2018-12-30"],
                "precision": "day",
                "killed": [3, 3],
                "injured": None,
                "actor": "Afghan army",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h19_04_thenews_bannu_lakki.txt",
        "url": "https://www.thenews.com.pk/print/1028406-cop-martyred-in-bannu-attack-repulsed-in-lakki-marwat",
        "published": "2023-01-08",
        "published_note": "page date (2023-01-08, a Sunday; the print edition); 'on Saturday' and 'in the wee hours of "
        "Saturday' are 7 January. The stored page had no headline (not rebuilt) and ended mid-sentence: the text "
        "stops at the last whole sentence",
        "orgs": [],
        "mentions": [
            # dateline 'BANNU/LAKKI MARWAT:'
            ("BANNU", KP),
            ("LAKKI MARWAT", KP),
            ("KP", KP),
            ("Dogar Umarzai", KP),
            ("Bannu", KP),
            ("Lakki Marwat", KP),
            # 'SHO ... of Domail Police Station' (a police station named after its place is a mention, as
            # 'Ghoriwala police station' in heldout13)
            ("Domail", KP),
            # one locality name as written ('a police post in Shahtora Takhtikhel in Serai Naurang tehsil')
            ("Shahtora Takhtikhel", KP),
            ("Serai Naurang", KP),
        ],
        "events": [
            # a hand-grenade and gunfire attack on a police vehicle: a head-constable killed, a cop injured
            {
                "place": "Dogar Umarzai",
                "accept": ["Dogar Umarzai", "Bannu"],
                "date": ["2023-01-07", "2023-01-07"],
                "precision": "day",
                "killed": [1, 1],
                "injured": [1, 1],
                "actor": "",
                "kind": "main",
            },
            # an attack on a police post repulsed, no casualties reported: neutral (heldout2/13 convention)
            {
                "place": "Shahtora Takhtikhel",
                "accept": ["Shahtora Takhtikhel", "Serai Naurang", "Lakki Marwat"],
                "date": ["2023-01-07", "2023-01-07"],
                "precision": "day",
                "killed": None,
                "injured": None,
                "actor": "",
                "kind": "neutral",
            },
        ],
    },
    {
        "file": "h19_05_dawn_turbat_nasirabad.txt",
        "url": "https://www.dawn.com/news/1911598/security-forces-kill-two-assailants-after-attempt-to-attack-fc-post-"
        "in-turbat-police",
        "published": "2025-05-17",
        "published_note": "in the text (Published May 17, 2025, a Saturday); 'on Friday night', 'last night' and 'late "
        "on Friday night' are 16 May; the Quetta blast 'Earlier in the week ... on Wednesday' is 14 May; the "
        "Nasirabad grenade has no day of its own: the week window. Page furniture ('E-Paper | May 17, 2025') "
        "dropped; the stored page ended mid-sentence: the text stops at the last whole sentence",
        "orgs": [],
        "mentions": [
            # headline, "Balochistan's Turbat city", '40 kilometres from Turbat' (a reference point)
            ("Turbat", BL),
            ("Balochistan", BL),
            # 'Kech district', 'Kech SSP' (an office)
            ("Kech", BL),
            ("Khyber Pakhtunkhwa", KP),
            ("Sangani Sar", BL),
            # a place 40 km from Turbat (in Kech), not the Nasirabad district; Balochistan either way
            ("Nasirabad", BL),
            ("Nasl", BL),
            ("Khuzdar", BL),
            ("Quetta", BL),
        ],
        "events": [
            # the attempted attack on an FC post in Turbat; the two attackers were chased and killed in Sangani Sar
            {
                "place": "Sangani Sar",
                "accept": ["Sangani Sar", "Turbat", "Kech"],
                "date": ["2025-05-16", "2025-05-16"],
                "precision": "day",
                "killed": [2, 2],
                "injured": None,
                "actor": "security forces",
                "kind": "main",
            },
            # 'In another incident in Nasirabad': a grenade thrown at a house, four injured, no one killed
            {
                "place": "Nasirabad",
                "accept": ["Nasirabad"],
                "date": ["2025-05-10", "2025-05-17"],
                "precision": "week",
                "killed": None,
                "injured": [4, 4],
                "actor": "",
                "kind": "main",
            },
            # four Levies personnel killed in an attack on their post
            {
                "place": "Nasl",
                "accept": ["Nasl", "Khuzdar"],
                "date": ["2025-05-16", "2025-05-16"],
                "precision": "day",
                "killed": [4, 4],
                "injured": None,
                "actor": "",
                "kind": "main",
            },
            # the blast on an MPA's convoy cited from earlier in the week
            {
                "place": "Quetta",
                "accept": ["Quetta"],
                "date": ["2025-05-14", "2025-05-14"],
                "precision": "day",
                "killed": [1, 1],
                "injured": [10, 10],
                "actor": "",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h19_06_nation_faizabad_chardara.txt",
        "url": "https://nation.com.pk/27-Sep-2018/over-dozen-killed-as-clash-erupts-in-n-afghanistan",
        "published": "2018-09-27",
        "published_note": "page date + URL (27-Sep-2018, a Thursday); 'on Tuesday' / 'late Tuesday night' is 25 "
        "September; the Chardara operations ran 'since Tuesday' as said 'on Wednesday': 25-26 September, and so "
        "the airstrike the resident reports. The stored page had no headline (not rebuilt); 'Share:' dropped",
        # a military command whose name holds a place (heldout16 convention)
        "orgs": ["Pamir 20 Corps"],
        "mentions": [
            # dateline
            ("SHIBERGHAN", JZ),
            ("Faizabad", JZ),
            ("Afghanistan", "AF"),
            ("Jawzjan", JZ),
            ("Haider Abad", JZ),
            ("Chardara", KZ),
            ("Kunduz", KZ),
            ("Nahr-e-Sufi", KZ),
        ],
        "events": [
            # militia attack on Taliban positions: 'over a dozen Taliban fighters' killed (13 up to the 99 bound,
            # heldout16 convention) and one militiaman; 'Over a dozen others including six pro-government militia'
            # injured
            {
                "place": "Haider Abad",
                "accept": ["Haider Abad", "Faizabad"],
                "date": ["2018-09-25", "2018-09-25"],
                "precision": "day",
                "killed": [13, 100],
                "injured": [13, 99],
                "actor": "pro-government militia",
                "kind": "main",
            },
            # 'up to 22 militants' killed and six injured in operations on 'several villages of Chardara district'
            # (one district toll, one event)
            {
                "place": "Chardara",
                "accept": ["Chardara"],
                "date": ["2018-09-25", "2018-09-26"],
                "precision": "day",
                "killed": [22, 22],
                "injured": [6, 6],
                "actor": "Afghan forces",
                "kind": "main",
            },
            # a resident of Nahr-e-Sufi village: an airstrike killed two women and injured eight (the official
            # denies civilian harm)
            {
                "place": "Nahr-e-Sufi",
                "accept": ["Nahr-e-Sufi", "Chardara"],
                "date": ["2018-09-25", "2018-09-26"],
                "precision": "day",
                "killed": [2, 2],
                "injured": [8, 8],
                "actor": "Afghan forces (alleged)",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h19_07_kabulnow_tarinkot_patoo.txt",
        "url": "https://kabulnow.com/2020/08/taliban-kill-10-security-forces-in-daikundi-and-urozgan/",
        "published": "2020-08-15",
        "published_note": "the URL gives 2020/08 only; the text dates both attacks 'last night, August 14', so the "
        "report is of 15 August 2020 (a Saturday); 'the night of' a date is that day",
        # an outlet's name holding a place (heldout12 convention)
        "orgs": ["Kabul Now"],
        "mentions": [
            # headline, 'central Daikundi provinces', "Daikundi's Police Department", "Daikundi's Patoo district",
            # 'The central Daikundi province'
            ("Daikundi", DK),
            # headline, 'southern Urozgan', 'Urozgan governor' (an office), 'restive Urozgan districts'
            ("Urozgan", UZ),
            ("Yak Linga", UZ),
            ("Sofian", UZ),
            ("Tarinkot", UZ),
            ("Zeyn", DK),
            ("Patoo", DK),
            ("Kejran", DK),
            ("Doha", "out"),
        ],
        "events": [
            # attacks on several outposts in two villages of Tarinkot: five police killed, five wounded (one toll
            # over the two villages, heldout13 convention)
            {
                "place": "Yak Linga",
                "accept": ["Yak Linga", "Sofian", "Tarinkot"],
                "date": ["2020-08-14", "2020-08-14"],
                "precision": "day",
                "killed": [5, 5],
                "injured": [5, 5],
                "actor": "Taliban",
                "kind": "main",
            },
            # five militiamen killed, six injured; Taliban losses not given
            {
                "place": "Zeyn",
                "accept": ["Zeyn", "Patoo"],
                "date": ["2020-08-14", "2020-08-14"],
                "precision": "day",
                "killed": [5, 5],
                "injured": [6, 6],
                "actor": "Taliban",
                "kind": "main",
            },
            # the lead's 10 killed and 11 wounded in the two provinces
            {
                "place": None,
                "accept": ["Urozgan", "Daikundi", "Tarinkot", "Yak Linga", "Sofian", "Patoo", "Zeyn"],
                "date": ["2020-08-14", "2020-08-14"],
                "precision": "day",
                "killed": [10, 10],
                "injured": [11, 11],
                "actor": "Taliban",
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h19_08_pajhwok_qalat.txt",
        "url": "https://pajhwok.com/2014/06/18/2-policemen-killed-zabul-suicide-blast/?rcp_action=lostpassword",
        "published": "2014-06-18",
        "published_note": "in the text (18 Jun 2014 - 20:50, a Wednesday) + URL; 'Wednesday evening' is that day; the "
        "earlier bombing 'two days' before is 16 June. Page furniture (login prompt, repeated headline, author "
        "avatar, footer) dropped",
        "orgs": [],
        "mentions": [
            # headline, 'southern Zabul province'; the third is inside the road name
            ("Zabul", ZB, {3}),
            # dateline 'QALAT (Pajhwok):'
            ("QALAT", ZB),
            ("Qalat", ZB),
            # a road named after two places (dev convention); 'Kandahar' inside it is not a mention
            ("Zabul-Kandahar", "neutral"),
            ("Pul-i-Sangi", ZB),
        ],
        "events": [
            # a suicide bomber stopped at a check: two policemen killed, two wounded (the bomber not counted by the
            # text, heldout16 convention)
            {
                "place": "Pul-i-Sangi",
                "accept": ["Pul-i-Sangi", "Qalat", "QALAT"],
                "date": ["2014-06-18", "2014-06-18"],
                "precision": "day",
                "killed": [2, 2],
                "injured": [2, 2],
                "actor": "",
                "kind": "main",
            },
            # 'two days after a suicide bomber detonated his explosives before reaching his target. One civilian was
            # killed and another was wounded': no place of its own; in this Zabul report, the province (Qalat
            # accepted)
            {
                "place": "Zabul",
                "accept": ["Zabul", "Qalat", "QALAT"],
                "date": ["2014-06-16", "2014-06-16"],
                "precision": "day",
                "killed": [1, 1],
                "injured": [1, 1],
                "actor": "",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h19_09_frontierpost_barakibarak.txt",
        "url": "https://reliefweb.int/report/afghanistan/roadside-bomb-blast-leaves-3-dead",
        "published": "2018-05-26",
        "published_note": "ReliefWeb's copy of a Frontier Post report (Published on 26 May 2018, a Saturday); police "
        "spoke on Friday 25 May without dating the blast: the week window. ReliefWeb's furniture (date, 'Report "
        "from Frontier Post', 'View Original') dropped",
        "orgs": [],
        "mentions": [
            ("KABUL", "AF/Kabul"),
            ("Barak-e-Barak", LG),
            # 'Logar province', 'issued by Logar police' (lower-case 'police': the police of Logar, a mention)
            ("Logar", LG),
            ("Sajawan", LG),
        ],
        "events": [
            # a landmine on civilians: three killed; 'wounded four others' in the lead, 'a child among three others'
            # in the police release - injured 3 to 4; police blamed 'anti-government gunmen'
            {
                "place": "Sajawan",
                "accept": ["Sajawan", "Barak-e-Barak"],
                "date": ["2018-05-19", "2018-05-26"],
                "precision": "week",
                "killed": [3, 3],
                "injured": [3, 4],
                "actor": "anti-government gunmen (alleged)",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h19_10_dawn_tank_khyber.txt",
        "url": "https://www.dawn.com/news/1798286/five-police-fc-officials-martyred-in-kp-attacks",
        "published": "2023-12-16",
        "published_note": "page date (2023-12-16, a Saturday); 'on Friday' and 'at around 3:30 on Friday morning' are "
        "15 December. The stored page had no headline (not rebuilt) and ended mid-sentence in the Khyber part: the "
        "text stops at the last whole sentence, so the Khyber attack has the district only",
        "orgs": [],
        "mentions": [
            # dateline 'DERA ISMAIL KHAN/PESHAWAR:'
            ("DERA ISMAIL KHAN", KP),
            ("PESHAWAR", KP),
            ("Khyber Pakhtunkhwa", KP),
            # 'Tank and Khyber districts', 'Khyber attack' (a subheading), 'in Khyber district'; the first is in
            # 'Khyber Pakhtunkhwa'
            ("Khyber", KP, {1}),
            # 'Tank and Khyber districts', 'district of Tank', 'Tank city', 'in Tank district' (a subheading)
            ("Tank", KP),
            ("KP", KP),
            # "Pakistan's security forces"
            ("Pakistan", "PK"),
        ],
        "events": [
            # militants with a suicide bomber stormed the police headquarters: three police and all five attackers
            # killed
            {
                "place": "Tank",
                "accept": ["Tank"],
                "date": ["2023-12-15", "2023-12-15"],
                "precision": "day",
                "killed": [5, 8],
                "injured": None,
                "actor": "militants",
                "kind": "main",
            },
            # a joint police/FC checkpoint attacked: two FC killed, 'six others, along with a policeman' injured
            {
                "place": "Khyber",
                "accept": ["Khyber"],
                "date": ["2023-12-15", "2023-12-15"],
                "precision": "day",
                "killed": [2, 2],
                "injured": [6, 7],
                "actor": "militants",
                "kind": "main",
            },
            # the lead: 'Five police and FC officials were martyred and as many militants were killed in two
            # attacks ... in Tank and Khyber districts'
            {
                "place": None,
                "accept": ["Tank", "Khyber"],
                "date": ["2023-12-15", "2023-12-15"],
                "precision": "day",
                "killed": [5, 10],
                "injured": None,
                "actor": "militants",
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h19_11_nation_kalachi.txt",
        "url": "https://www.nation.com.pk/30-Dec-2022/terrorists-attack-police-picket-in-dera-ismail-khan",
        "published": "2022-12-30",
        "published_note": "page date + URL (30-Dec-2022, a Friday); the picket attack is not dated: the week window; "
        "'Earlier on October 30' is 30 October 2022. The stored page had no headline (not rebuilt); 'Share:' "
        "dropped",
        # a hospital named after its city (heldout12 convention)
        "orgs": ["District Headquarters Hospital, Dera"],
        "mentions": [
            ("Dera Ismail Khan", KP),
            # 'in the limits of Kalachi police station' (Kulachi, as written)
            ("Kalachi", KP),
            ("DI Khan", KP),
            ("Daraban", KP),
        ],
        "events": [
            # three policemen injured; 'several of their accomplices were dead' gives no figure: killed null
            {
                "place": "Kalachi",
                "accept": ["Kalachi", "Dera Ismail Khan", "DI Khan"],
                "date": ["2022-12-23", "2022-12-30"],
                "precision": "week",
                "killed": None,
                "injured": [3, 3],
                "actor": "",
                "kind": "main",
            },
            # the cited attack on the Daraban check post: a policeman and a civilian killed, four police injured
            {
                "place": "Daraban",
                "accept": ["Daraban", "Dera Ismail Khan", "DI Khan"],
                "date": ["2022-10-30", "2022-10-30"],
                "precision": "day",
                "killed": [2, 2],
                "injured": [4, 4],
                "actor": "",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h19_12_pakobserver_arang.txt",
        "url": "http://pakobserver.net/bajaur-blast-leaves-child-dead-4-injured/",
        "published": "2017-02-11",
        "published_note": "page date (2017-02-11, a Saturday); 'Friday morning' is 10 February. The stored page had no "
        "headline (the byline and a 'Peshwar' dateline come first; not rebuilt)",
        # a hospital named after its town
        "orgs": ["District Headquarters Hospital Timergara"],
        "mentions": [
            # dateline, misspelt as written
            ("Peshwar", KP),
            ("Bajaur", KP),
            ("Arang", KP),
            ("Utman Khel", KP),
        ],
        "events": [
            # a roadside IED on a van of children: a boy killed, five injured ('wounding six people' before one
            # died)
            {
                "place": "Arang",
                "accept": ["Arang", "Utman Khel", "Bajaur"],
                "date": ["2017-02-10", "2017-02-10"],
                "precision": "day",
                "killed": [1, 1],
                "injured": [5, 5],
                "actor": "",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h19_13_ariana_dandshahabuddin.txt",
        "url": "https://ariananews.af/roadside-bomb-kills-eight-civilians-in-baghlan/",
        "published": "2019-11-04",
        "published_note": "in the text (Last Updated On: November 4, 2019, a Monday); 'this morning' is that day; the "
        "Pul-e-Khomri explosion 'Earlier this week' has no day: the week window. The stored page had no headline "
        "(not rebuilt)",
        # a UN mission whose name holds a country (heldout16 convention for such names)
        "orgs": ["UN Assistance Mission in Afghanistan"],
        "mentions": [
            ("Baghlan", BG),
            ("Aka Khail", BG),
            ("Dand-e-Shahabuddin", BG),
            ("Pul-e-Khomri", BG),
        ],
        "events": [
            # a roadside mine: eight of one family killed (four children, two women, two men), six wounded;
            # police blamed the Taliban
            {
                "place": "Aka Khail",
                "accept": ["Aka Khail", "Dand-e-Shahabuddin"],
                "date": ["2019-11-04", "2019-11-04"],
                "precision": "day",
                "killed": [8, 8],
                "injured": [6, 6],
                "actor": "Taliban (alleged)",
                "kind": "main",
            },
            # 'Earlier this week, at least 11 civilians were injured in an explosion in Pul-e-Khomri'
            {
                "place": "Pul-e-Khomri",
                "accept": ["Pul-e-Khomri"],
                "date": ["2019-10-28", "2019-11-04"],
                "precision": "week",
                "killed": None,
                "injured": [11, 11],
                "actor": "",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h19_14_dawn_charkhel_kurram.txt",
        "url": "https://globalpoliticsnews.com/four-killed-six-injured-in-kurram-attack",
        "published": "2023-10-27",
        "published_note": "in the text ('Report in Dawn, October 27th, 2023', a Friday; a repost of Dawn's report, "
        "whose URL closes the text); 'on Thursday' is 26 October, 'On Wednesday' 25 October, 'the past 48 hours' "
        "25-27 October; the Badhber and Dandar attacks have no day: the week window",
        # a hospital named after its town
        "orgs": ["Combined Military Hospital Thal"],
        "mentions": [
            # dateline
            ("KURRAM", KP),
            ("Charkhel", KP),
            ("Lower Kurram", KP),
            ("Upper Kurram", KP),
            # 'headquarters of Kurram district', 'in Dandar area the Kurram district', 'Kurram District Police
            # Officer' (an office); the 1st and 3rd are inside 'Lower Kurram' / 'Upper Kurram'
            ("Kurram", KP, {1, 3}),
            # 'from Thal area of district Hangu': where the convoy came from, not the scene
            ("Thal", KP),
            ("Hangu", KP),
            ("Parachinar", KP),
            ("Shalozan", KP),
            ("Qatar", "out"),
            # 'in Badhber area on outskirts of the provincial capital'
            ("Badhber", KP),
            ("Dandar", KP),
        ],
        "events": [
            # two police-escorted vehicles attacked: four killed, six injured
            {
                "place": "Charkhel",
                "accept": ["Charkhel", "Lower Kurram", "Kurram"],
                "date": ["2023-10-26", "2023-10-26"],
                "precision": "day",
                "killed": [4, 4],
                "injured": [6, 6],
                "actor": "",
                "kind": "main",
            },
            # a man killed and two injured by gunfire
            {
                "place": "Shalozan",
                "accept": ["Shalozan", "Upper Kurram", "Kurram"],
                "date": ["2023-10-25", "2023-10-25"],
                "precision": "day",
                "killed": [1, 1],
                "injured": [2, 2],
                "actor": "",
                "kind": "main",
            },
            # a passenger vehicle 'came under fire' near Peshawar; no casualties given: neutral
            {
                "place": "Badhber",
                "accept": ["Badhber"],
                "date": ["2023-10-20", "2023-10-27"],
                "precision": "week",
                "killed": None,
                "injured": None,
                "actor": "",
                "kind": "neutral",
            },
            # two men building an imambargah killed, three injured
            {
                "place": "Dandar",
                "accept": ["Dandar", "Kurram"],
                "date": ["2023-10-20", "2023-10-27"],
                "precision": "week",
                "killed": [2, 2],
                "injured": [3, 3],
                "actor": "",
                "kind": "main",
            },
            # 'At least eight persons have lost their lives and 13 others sustained injuries in the sectarian
            # conflict in the district during the past 48 hours'
            {
                "place": "Kurram",
                "accept": ["Kurram", "Charkhel", "Lower Kurram", "Shalozan", "Upper Kurram", "Dandar"],
                "date": ["2023-10-25", "2023-10-27"],
                "precision": "day",
                "killed": [8, 8],
                "injured": [13, 13],
                "actor": "",
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h19_15_pajhwok_alisher.txt",
        "url": "http://pajhwok.com/en/2014/01/18/4-border-police-killed-khost-attack",
        "published": "2014-01-18",
        "published_note": "URL (2014-01-18, a Saturday); 'on Saturday' is that day. The stored page had no headline "
        "(not rebuilt); the page's footer dropped",
        "orgs": [],
        "mentions": [
            # dateline 'KHOST CITY (Pajhwok):'
            ("KHOST CITY", "AF/Khost"),
            ("Khost", "AF/Khost"),
            ("Ali Sher", "AF/Khost"),
        ],
        "events": [
            # four border policemen ambushed and killed, a fifth wounded
            {
                "place": "Ali Sher",
                "accept": ["Ali Sher"],
                "date": ["2014-01-18", "2014-01-18"],
                "precision": "day",
                "killed": [4, 4],
                "injured": [1, 1],
                "actor": "",
                "kind": "main",
            },
        ],
    },
]
