"""Ninety-fourth held-out set ("heldout94", see docs/annotation.md): the EIGHTY-SECOND BLIND set. Real AF/PK conflict
reports published in the years 2022 to 2025: in Pakistan the ambush of a police patrol in Karak's Banda Daud Shah with
the attack on a passenger vehicle near Ahmad Khan Kalle in Lower Kurram cited and August's police toll in K-P (2025),
a gun attack on a police van in Karak's Gurguri Dami Banda (2025), an attack on the Gul Imam police checkpost in Tank
with an October killing in Tank and operations in Bannu and North Waziristan cited (2024), a suicide car bombing of a
Frontier Corps convoy in Peshawar's Hayatabad (2023), a grenade on a police van in Balochistan's Usta Mohammad with a
shooting in Panjgur's Sordo the same night (2025), a hand grenade at the main chowk of Turbat Bazar (2024); in
Afghanistan an Afghanistan Freedom Front attack in Kabul's Pul-e-Artal (2024), three AFF attacks of one day at the
Bagram Airfield gate, in Parwan's Jabal al-Saraj and at a Kabul security district with their joint toll (2024), three
AFF attacks of one day in Kabul's Charahi Gul Surkh and Panjshir Watt and in Pul-e-Khomri's Baghe Madan with their
joint toll (2024), Taliban-Pakistani border clashes in Paktia's Dand-e-Patan with the killing of a Pakistani guard at
the Chaman-Spinboldak crossing cited (2022), and Taliban claims of ISIS militants killed in Takhar's Dashti Qala and
in Kabul with a 2021 police toll in Khyber Pakhtunkhwa (2022). Outlets: Pakistan Today (two), Daily Pakistan, The
News, Sain Network, Quetta Voice, Afghanistan International, KabulNow (three), Devdiscourse (ANI). Collected and
annotated by reading each text against docs/annotation.md WITHOUT running geoinc's extractor on them (no
extract_places / extract_incidents / eval_text.py / bench_text.py on these texts before the spec was committed, and
the extraction rules in geoinc/text*.py were not read), while the extraction rules were being changed elsewhere. It is
not to be tuned to: run the final code on it once and report that number as the blind score. Same format as
text_dev_spec.py. Texts in devtexts/heldout94/."""

KP = "PK/Khyber Pakhtunkhwa"
KB = "AF/Kabul"
PW = "AF/Parwan"
PA = "AF/Paktia"
BL = "PK/Balochistan"
AFF = "Afghanistan Freedom Front (claimed)"

ARTICLES = [
    {
        "file": "h94_01_pakistantoday_karak.txt",
        "url": "https://www.pakistantoday.com.pk/2025/09/05/sho-among-three-policemen-martyred-in-karak-ambush/",
        "published": "2025-09-05",
        "published_note": "the URL's date (2025/09/05, a Friday); 'on Thursday' is 4 September and 'Just two days "
        "earlier' 2 September. No headline on the stored page (the URL slug is not text)",
        "orgs": [],
        "mentions": [
            # the dateline 'KARAK:'
            ("KARAK", KP),
            ("Banda Daud Shah", KP),
            # 'Karak district'
            ("Karak", KP),
            # 'Khyber Pakhtunkhwa (K-P)', 'across Khyber Pakhtunkhwa'; 'K-P' three times
            ("Khyber Pakhtunkhwa", KP),
            ("K-P", KP),
            # 'in Lower Kurram'; 'Kurram District Police Officer' (an office title naming the district: a mention,
            # heldout2); the 1st 'Kurram' is inside 'Lower Kurram'
            ("Lower Kurram", KP),
            ("Kurram", KP, [1]),
            ("Ahmad Khan Kalle", KP),
        ],
        "events": [
            # the ambush of SHO Umar Nawaz's patrol in Banda Daud Shah on Thursday: three policemen killed
            {
                "place": "Banda Daud Shah",
                "accept": ["Banda Daud Shah", "Karak"],
                "date": ["2025-09-04", "2025-09-04"],
                "precision": "day",
                "killed": [3, 3],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
            # 'Just two days earlier, gunmen opened fire on a passenger vehicle in Lower Kurram, killing at least
            # seven people ... near Ahmad Khan Kalle': cited, `background`
            {
                "place": "Ahmad Khan Kalle",
                "accept": ["Ahmad Khan Kalle", "Lower Kurram", "Kurram"],
                "date": ["2025-09-02", "2025-09-02"],
                "precision": "day",
                "killed": [7, 7],
                "injured": None,
                "actor": None,
                "kind": "background",
            },
            # 'In August alone, over 13 coordinated attacks ... in seven districts. At least six police personnel lost
            # their lives': a month's total over K-P, `aggregate`
            {
                "place": "Khyber Pakhtunkhwa",
                "accept": ["Khyber Pakhtunkhwa", "K-P"],
                "date": ["2025-08-01", "2025-08-31"],
                "precision": "month",
                "killed": [6, 6],
                "injured": None,
                "actor": None,
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h94_02_dailypakistan_karak.txt",
        "url": "https://en.dailypakistan.com.pk/23-Dec-2025/five-policemen-martyred-in-gun-attack-on-patrolling-van-in-karak",
        "published": "2025-12-23",
        "published_note": "the URL's date (23-Dec-2025). The text gives no day for the attack: the week before "
        "publication. No headline on the stored page",
        "orgs": [],
        "mentions": [
            # the dateline 'DI KHAN –' (where the report was filed, not the scene)
            ("DI KHAN", KP),
            ("Gurguri Dami Banda", KP),
            # 'area of Karak', 'District Police Officer (DPO) Karak' (an office title)
            ("Karak", KP),
            # 'the jurisdiction of Gurguri police station': a police station named after its area makes the area a
            # mention (heldout86); the 1st 'Gurguri' is inside 'Gurguri Dami Banda'
            ("Gurguri", KP, [1]),
        ],
        "events": [
            # the gun attack on a police van in Gurguri Dami Banda: five policemen killed (four named); no day given
            {
                "place": "Gurguri Dami Banda",
                "accept": ["Gurguri Dami Banda", "Gurguri", "Karak"],
                "date": ["2025-12-16", "2025-12-23"],
                "precision": "week",
                "killed": [5, 5],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h94_03_afintl_kabul.txt",
        "url": "https://www.afintl.com/en/202404134985",
        "published": "2024-04-13",
        "published_note": "the page's own date line 'Saturday, 04/13/2024'; 'on Friday' is 12 April. The site's "
        "'More News' line is left out",
        "orgs": ["Afghanistan Freedom Front"],
        "mentions": [
            ("Pul-e-Artal", KB),
            ("Kabul", KB),
        ],
        "events": [
            # the AFF's bombing of two Taliban intelligence patrol vehicles in Pul-e-Artal on Friday about 8 pm: one
            # killed, three injured (the group's claim)
            {
                "place": "Pul-e-Artal",
                "accept": ["Pul-e-Artal", "Kabul"],
                "date": ["2024-04-12", "2024-04-12"],
                "precision": "day",
                "killed": [1, 1],
                "injured": [3, 3],
                "actor": AFF,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h94_04_kabulnow_parwan.txt",
        "url": "https://kabulnow.com/2024/12/aff-claims-killing-and-injuring-14-taliban-members-in-recent-attacks/",
        "published": "2024-12-20",
        "published_note": "the URL's month (December 2024) and the body's 'on Thursday, December 19' (2024-12-19 is a "
        "Thursday; 'The Taliban have not yet commented': reported that day or the next; every date below is stated in "
        "the text, so it holds for either day). No headline on the stored page; the stored page ends mid-sentence "
        "after the UN report's figures, so the text stops at the last whole sentence",
        # 'Afghan National Defense and Security Forces' holds no place name (a demonym); 'National Resistance Front'
        # none either
        "orgs": ["Afghanistan Freedom Front"],
        "mentions": [
            # the dateline 'KABUL, AFGHANISTAN –'
            ("KABUL", KB),
            ("AFGHANISTAN", "AF"),
            # 'in Parwan province', 'In Parwan,', 'of Parwan province'
            ("Parwan", PW),
            # 'in Kabul city', 'In Kabul,', 'Panjshir, Kabul, and surrounding provinces'
            ("Kabul", KB),
            # 'the entrance gate of Bagram Airfield' (a base: a landmark)
            ("Bagram Airfield", PW),
            ("Jabal al-Saraj", PW),
            # "the Taliban's sixth security district": a city police district by ordinal, neutral (heldout88)
            ("sixth security district", "neutral"),
            ("Panjshir", "AF/Panjshir"),
            # "return to power in Afghanistan in 2021", 'the situation in Afghanistan'
            ("Afghanistan", "AF"),
        ],
        "events": [
            # the attack on the Bagram Airfield gate on Thursday 19 December: four killed (a commander among them),
            # three injured (the AFF's claim)
            {
                "place": "Bagram Airfield",
                "accept": ["Bagram Airfield", "Bagram", "Parwan"],
                "date": ["2024-12-19", "2024-12-19"],
                "precision": "day",
                "killed": [4, 4],
                "injured": [3, 3],
                "actor": AFF,
                "kind": "main",
            },
            # 'a separate attack in the Jabal al-Saraj district': two injured, no dead (killed null, heldout82)
            {
                "place": "Jabal al-Saraj",
                "accept": ["Jabal al-Saraj", "Parwan"],
                "date": ["2024-12-19", "2024-12-19"],
                "precision": "day",
                "killed": None,
                "injured": [2, 2],
                "actor": AFF,
                "kind": "main",
            },
            # the attack on the gate of the Taliban's sixth security district in Kabul: three killed, two injured
            {
                "place": "Kabul",
                "accept": ["Kabul"],
                "date": ["2024-12-19", "2024-12-19"],
                "precision": "day",
                "killed": [3, 3],
                "injured": [2, 2],
                "actor": AFF,
                "kind": "main",
            },
            # 'three attacks on the Taliban on Thursday, killing seven members ... and injuring seven others': the
            # day's total over Parwan and Kabul, `aggregate` beside its parts. The UN's count of 81 attacks 'in the
            # past three months' gives no toll and no place, and 'hundreds' killed over three years is vague history:
            # neither is an event
            {
                "place": "Parwan",
                "accept": ["Parwan", "Kabul", "Bagram Airfield", "Jabal al-Saraj"],
                "date": ["2024-12-19", "2024-12-19"],
                "precision": "day",
                "killed": [7, 7],
                "injured": [7, 7],
                "actor": AFF,
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h94_05_kabulnow_kabul.txt",
        "url": "https://kabulnow.com/2024/02/armed-opposition-group-kills-taliban-members-reporting-multiple-attacks/",
        "published": "2024-02-19",
        "published_note": "the URL's month (February 2024) and the body's 'In statements on Monday ... on Sunday, "
        "February 18' (2024-02-18 is a Sunday): reported on Monday 19 February or the day after; every date below is "
        "stated in the text. The photo credit line before the headline ('Photo: AFF website') is left out; the stored "
        "page ends mid-sentence, so the text stops at the last whole paragraph",
        "orgs": ["Afghanistan Freedom Front"],
        "mentions": [
            # the dateline 'KABUL, AFGHANISTAN –'
            ("KABUL", KB),
            ("AFGHANISTAN", "AF"),
            # 'the capital Kabul', 'attack in Kabul' twice, '11th district of Kabul', 'including in Kabul'
            ("Kabul", KB),
            # 'northern Baghlan province' twice
            ("Baghlan", "AF/Baghlan"),
            ("Charahi Gul Surkh", KB),
            # city police districts by ordinal: neutral (heldout88)
            ("4th district", "neutral"),
            ("Panjshir Watt", KB),
            ("11th district", "neutral"),
            # 'young people from Panjshir province' (home province of victims); the 1st and 2nd 'Panjshir' are inside
            # 'Panjshir Watt'
            ("Panjshir", "AF/Panjshir", [1]),
            ("Pul-e-Khomri", "AF/Baghlan"),
            ("Baghe Madan", "AF/Baghlan"),
            # 'power in Afghanistan in August 2021', 'several provinces of Afghanistan'
            ("Afghanistan", "AF"),
        ],
        "events": [
            # the AFF's attack on a checkpoint in Charahi Gul Surkh (Kabul's 4th district) on Sunday 18 February:
            # three killed, two injured (the group's claim)
            {
                "place": "Charahi Gul Surkh",
                "accept": ["Charahi Gul Surkh", "Kabul"],
                "date": ["2024-02-18", "2024-02-18"],
                "precision": "day",
                "killed": [3, 3],
                "injured": [2, 2],
                "actor": AFF,
                "kind": "main",
            },
            # the attack on a checkpoint in Panjshir Watt (Kabul's 11th district): four killed, two injured
            {
                "place": "Panjshir Watt",
                "accept": ["Panjshir Watt", "Kabul"],
                "date": ["2024-02-18", "2024-02-18"],
                "precision": "day",
                "killed": [4, 4],
                "injured": [2, 2],
                "actor": AFF,
                "kind": "main",
            },
            # the attack on a Taliban outpost in Baghe Madan village, Pul-e-Khomri: two killed, one injured
            {
                "place": "Baghe Madan",
                "accept": ["Baghe Madan", "Pul-e-Khomri", "Baghlan"],
                "date": ["2024-02-18", "2024-02-18"],
                "precision": "day",
                "killed": [2, 2],
                "injured": [1, 1],
                "actor": AFF,
                "kind": "main",
            },
            # 'killed nine Taliban members and wounded several others in three separate attacks in the capital Kabul
            # and northern Baghlan province': the day's total, `aggregate` ('several' wounded: no figure)
            {
                "place": "Kabul",
                "accept": ["Kabul", "Baghlan", "Charahi Gul Surkh", "Panjshir Watt", "Pul-e-Khomri", "Baghe Madan"],
                "date": ["2024-02-18", "2024-02-18"],
                "precision": "day",
                "killed": [9, 9],
                "injured": None,
                "actor": AFF,
                "kind": "aggregate",
            },
            # 'this checkpoint recently opened fire on a civilian vehicle, resulting in the deaths and injuries of young
            # people from Panjshir province': the Panjshir Watt checkpoint's firing, cited with no date and no figure:
            # `neutral` (scored neither way; see docs/annotation.md, heldout94)
            {
                "place": "Panjshir Watt",
                "accept": ["Panjshir Watt", "Kabul"],
                "date": ["2024-01-18", "2024-02-18"],
                "precision": "period",
                "killed": None,
                "injured": None,
                "actor": "Taliban",
                "kind": "neutral",
            },
        ],
    },
    {
        "file": "h94_06_kabulnow_paktia.txt",
        "url": "https://kabulnow.com/2022/11/border-clashes-between-taliban-pakistani-forces-leave-five-dead/",
        "published": "2022-11-21",
        "published_note": "the URL's month (November 2022) and the body's 'on Sunday evening, November 20' (2022-11-20 "
        "is a Sunday) with the crossing 'set to reopen today' (Dawn reported the reopening for Monday 21 November): "
        "the Monday. The page title repeated above the headline is left out",
        # 'the Dawn – a Pakistani newspaper' holds no place name
        "orgs": [],
        "mentions": [
            # 'province of Paktia', 'Paktia provincial hospitals', 'Dand-e-Patan district of Paktia' twice
            ("Paktia", PA),
            # 'Samkanai and Paktia provincial hospitals' (the Samkani district hospital: a place as written)
            ("Samkanai", PA),
            ("Dand-e-Patan", PA),
            # 'the Chaman-Spinboldak border crossing' twice: a crossing named by two towns, neutral like a two-town road
            # (the names inside are not mentions)
            ("Chaman-Spinboldak", "neutral"),
            ("Kandahar", "AF/Kandahar"),
            # 'Pakistan has shut its border', 'Pakistan has agreed' (the state as actor)
            ("Pakistan", "PK"),
            # 'civilian houses in Afghanistan'
            ("Afghanistan", "AF"),
        ],
        "events": [
            # the clashes in Dand-e-Patan on Sunday evening 20 November: at least five dead (civilians among them), 15
            # wounded. The mortar fire on houses and the outposts destroyed are the same clashes; civilians wounded 'on
            # the Pakistani side' have no place and no figure of their own
            {
                "place": "Dand-e-Patan",
                "accept": ["Dand-e-Patan", "Paktia"],
                "date": ["2022-11-20", "2022-11-20"],
                "precision": "day",
                "killed": [5, 5],
                "injured": [15, 15],
                "actor": None,
                "kind": "main",
            },
            # 'a Pakistani border guard was killed by an Afghan man at the Chaman-Spinboldak border crossing in ...
            # Kandahar a week earlier': `background`, a week before the 20th (two days either side)
            {
                "place": "Kandahar",
                "accept": ["Kandahar", "Chaman-Spinboldak", "Spinboldak", "Chaman"],
                "date": ["2022-11-11", "2022-11-15"],
                "precision": "week",
                "killed": [1, 1],
                "injured": None,
                "actor": None,
                "kind": "background",
            },
        ],
    },
    {
        "file": "h94_07_pakistantoday_tank.txt",
        "url": "https://www.pakistantoday.com.pk/2024/11/25/seven-injured-in-police-checkpost-attack-in-tank/",
        "published": "2024-11-25",
        "published_note": "the URL's date (2024/11/25, a Monday); 'on Monday' is that day. The section label "
        "('NATIONAL'), the byline and the site's links after the article are left out",
        "orgs": [],
        "mentions": [
            # headline 'in Tank', 'in Tank district', 'Tank hospital' (lower-case description: a mention, heldout22),
            # 'the Tank district'
            ("Tank", KP),
            # the dateline 'PESHAWAR:'
            ("PESHAWAR", KP),
            # 'the Gul Imam police checkpost'
            ("Gul Imam", KP),
            # where two victims were referred (not the scene)
            ("Dera Ismail Khan", KP),
            ("Bannu", KP),
            ("North Waziristan", KP),
        ],
        "events": [
            # the attack on the Gul Imam police checkpost on Monday: seven injured (five policemen, two drivers), no
            # dead (killed null)
            {
                "place": "Gul Imam",
                "accept": ["Gul Imam", "Tank"],
                "date": ["2024-11-25", "2024-11-25"],
                "precision": "day",
                "killed": None,
                "injured": [7, 7],
                "actor": None,
                "kind": "main",
            },
            # 'the tragic deaths of two police officials in a militant attack in the Tank district earlier in October':
            # `background` with October as its window
            {
                "place": "Tank",
                "accept": ["Tank"],
                "date": ["2024-10-01", "2024-10-31"],
                "precision": "month",
                "killed": [2, 2],
                "injured": None,
                "actor": None,
                "kind": "background",
            },
            # 'In separate operations, security forces had killed four militants in Bannu and North Waziristan
            # districts': one toll over two districts' operations with no date: `aggregate` with the week window
            # (heldout14)
            {
                "place": "Bannu",
                "accept": ["Bannu", "North Waziristan"],
                "date": ["2024-11-18", "2024-11-25"],
                "precision": "week",
                "killed": [4, 4],
                "injured": None,
                "actor": "Pakistan security forces",
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h94_08_thenews_peshawar.txt",
        "url": "https://www.thenews.com.pk/print/1091970-eight-hurt-in-suicide-attack-on-fc-vehicle-in-peshawar",
        "published": "2023-07-19",
        "published_note": "the print edition of 19 July 2023 (the page's date); 'on Tuesday afternoon' is 18 July, as "
        "the photo caption kept at the top also says. No headline on the stored page; it ends mid-sentence, so the "
        "text stops at the last whole sentence",
        # 'The News' holds no place name
        "orgs": [],
        "mentions": [
            # caption "Peshawar’s Hayatabad area", 'parts of Peshawar'
            ("Peshawar", KP),
            # caption, 'Hayatabad Township', 'including Hayatabad'
            ("Hayatabad", KP),
            # the dateline 'PESHAWAR:'
            ("PESHAWAR", KP),
            # township phases: sector labels, neutral (heldout22's 'I-8/4')
            ("Phase 6", "neutral"),
            ("Phase 2", "neutral"),
            # 'nearby Khyber district' (where the blast was heard)
            ("Khyber", KP),
            # 'Superintendent of Police, Cantt', 'The SP Cantt' (the cantonment in an office title): neutral
            ("Cantt", "neutral"),
        ],
        "events": [
            # the suicide car bombing of an FC convoy near the bridge between Phase 6 and Phase 2 of Hayatabad on
            # Tuesday afternoon: six security men and two others injured; no death is stated, the bomber's included
            # (heldout52, heldout58: the bomber's death not stated is not counted): killed null
            {
                "place": "Hayatabad",
                "accept": ["Hayatabad", "Peshawar"],
                "date": ["2023-07-18", "2023-07-18"],
                "precision": "day",
                "killed": None,
                "injured": [8, 8],
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h94_09_devdiscourse_takhar.txt",
        "url": "https://www.devdiscourse.com/article/international/2225726-taliban-claims-killing-isis-commanders-in-"
        "northeastern-afghanistan",
        "published": "2022-10-25",
        "published_note": "the page's date (25 October 2022, a Tuesday); 'on Saturday' is 22 October and 'on Friday "
        "night' (in a statement on Saturday) 21 October. The site's menu label ('Left Menu') is left out; the stored "
        "page ends mid-sentence, so the text stops at the last whole sentence",
        # 'Islamic State of Iraq and Syria' holds two places outside the region (an organisation); 'Bakhtar news
        # agency' likewise an organisation
        "orgs": ["Islamic State of Iraq and Syria", "Bakhtar news agency"],
        "mentions": [
            # headline 'northeastern Afghanistan', "Afghanistan's Takhar", 'modern Afghanistan', 'operating in
            # Afghanistan', "takeover of Afghanistan"
            ("Afghanistan", "AF"),
            ("Takhar", "AF/Takhar"),
            ("Dashti Qala", "AF/Takhar"),
            ("Kabul", KB),
            # 'the k stands for Khorasan, the name of a historical region': the group's name part, neutral (heldout20)
            ("Khorasan", "neutral"),
            # 'parts of modern Afghanistan and Pakistan', 'celebrated in Pakistan'
            ("Pakistan", "PK"),
            ("Khyber Pakhtunkhwa", KP),
        ],
        "events": [
            # the Taliban's claim of four ISIS militants (two commanders) killed at a hideout in a village of Dashti
            # Qala, Takhar, in a joint operation on Saturday
            {
                "place": "Dashti Qala",
                "accept": ["Dashti Qala", "Takhar"],
                "date": ["2022-10-22", "2022-10-22"],
                "precision": "day",
                "killed": [4, 4],
                "injured": None,
                "actor": "Taliban (claimed)",
                "kind": "main",
            },
            # 'killed six ISIS members on Friday night in Kabul' (a separate claim): a second incident of the report.
            # The Kaaj education centre attack and the mosque explosion they are blamed for are named with no date and
            # no toll: not events
            {
                "place": "Kabul",
                "accept": ["Kabul"],
                "date": ["2022-10-21", "2022-10-21"],
                "precision": "day",
                "killed": [6, 6],
                "injured": None,
                "actor": "Taliban (claimed)",
                "kind": "main",
            },
            # 'In 2021, militants ... killed 48 policemen and injured 44 others in the province of Khyber Pakhtunkhwa':
            # a year's total, `aggregate`
            {
                "place": "Khyber Pakhtunkhwa",
                "accept": ["Khyber Pakhtunkhwa"],
                "date": ["2021-01-01", "2021-12-31"],
                "precision": "year",
                "killed": [48, 48],
                "injured": [44, 44],
                "actor": None,
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h94_10_sainnetwork_panjgur.txt",
        "url": "https://sainnetwork.com/balochistan-grenade-attack-august-2025",
        "published": "2025-08-20",
        "published_note": "the dateline's '(Aug 20)' with the year from the URL ('august-2025'); 'on Monday' and "
        "'Monday night' are 18 August 2025. The site's name and menu line before the headline are left out; the "
        "stored page ends mid-sentence, so the text stops at the last whole sentence",
        # the outlet's name holds the province (an organisation, heldout12); 'Baloch Republican Guards' holds a
        # demonym only
        "orgs": ["The Balochistan Post"],
        "mentions": [
            # headline, "Balochistan's Usta Mohammad", 'district of Balochistan', 'instability in Balochistan'
            ("Balochistan", BL),
            ("Usta Mohammad", BL),
            ("Panjgur", BL),
            # the dateline 'BALOCHISTAN, Pakistan (Aug 20):'
            ("BALOCHISTAN", BL),
            ("Pakistan", "PK"),
            # 'the Sordo area of Panjgur'
            ("Sordo", BL),
            # 'residents of Quetta' (home town of the dead, not the scene)
            ("Quetta", BL),
        ],
        "events": [
            # the grenade thrown at a police van near the railway gate in Usta Mohammad on Monday: six injured (four
            # policemen, two civilians), no dead (killed null); claimed by the BRG
            {
                "place": "Usta Mohammad",
                "accept": ["Usta Mohammad"],
                "date": ["2025-08-18", "2025-08-18"],
                "precision": "day",
                "killed": None,
                "injured": [6, 6],
                "actor": "Baloch Republican Guards (claimed)",
                "kind": "main",
            },
            # the shooting at a house in Sordo, Panjgur, on Monday night: four killed, one injured
            {
                "place": "Sordo",
                "accept": ["Sordo", "Panjgur"],
                "date": ["2025-08-18", "2025-08-18"],
                "precision": "day",
                "killed": [4, 4],
                "injured": [1, 1],
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h94_11_quettavoice_turbat.txt",
        "url": "https://quettavoice.com/2024/09/11/hand-grenade-attack-in-turbat-bazar-injures-four",
        "published": "2024-09-11",
        "published_note": "the URL's date (2024/09/11, a Wednesday); 'on Tuesday' is 10 September. The byline line "
        "('From Our Correspondent:') is left out; no headline on the stored page",
        "orgs": [],
        "mentions": [
            # the dateline 'TURBAT:'; 'Security in Turbat' (the 1st 'Turbat' is inside 'Turbat Bazar')
            ("TURBAT", BL),
            ("Turbat", BL, [1]),
            # 'the main chowk of Turbat Bazar'
            ("Turbat Bazar", BL),
            # home places of the injured and of a man who escaped (mentions, not the scene)
            ("Absar", BL),
            ("Khushkalat", BL),
            ("Malik Abad", BL),
        ],
        "events": [
            # the hand grenade thrown at the main chowk of Turbat Bazar on Tuesday: four injured, no dead
            {
                "place": "Turbat Bazar",
                "accept": ["Turbat Bazar", "Turbat", "Kech"],
                "date": ["2024-09-10", "2024-09-10"],
                "precision": "day",
                "killed": None,
                "injured": [4, 4],
                "actor": None,
                "kind": "main",
            },
        ],
    },
]
