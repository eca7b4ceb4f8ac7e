"""Hundred-and-sixth held-out set ("heldout106", see docs/annotation.md): the NINETY-FOURTH BLIND set. Real AF/PK
conflict reports published in the years 2024 and 2025: in Afghanistan a suicide bombing at the ministry of urban
development and housing in Kabul with the IS-claimed bank attack in the north, the killing of the refugees minister in
Kabul and a 2023 attack near the foreign ministry cited (2025), a clash over poppy eradication in Badakhshan's
Farghamanch village in Jurm (2025), a suicide bombing at the governor's office in Takhar's Taluqan (2025), a gunman's
attack on Sufis at a shrine in Baghlan's Nahrin with the 2022 Kunduz Sufi mosque bombing cited (2024); in Pakistan an
intelligence-based operation in North Waziristan's Mir Ali and an ambush of a convoy from Datta Khel camp to Ghundi
post with the day's joint toll and a week's operations in Lakki Marwat, Karak and Khyber cited (2025), a blast at a
peace committee member's office in South Waziristan's Wana with a repelled attack on Bannu's Baka Khel police station
(2025), an alleged quadcopter strike in Wana with the Mir Ali quadcopter strike of two weeks before cited (2025), a
foiled attack on the police lines in Bannu (2024), an attack on a police checkpoint in Khyber's Charwazagai with a
quarter's national toll cited (2024). Outlets: Hindustan Times (AFP), Dawn, Daily Times, YouDigital, Afghanistan
International, The Frontier Post (Amu TV), KabulNow, WE News, Indian Economic Observer (ANI). Collected and annotated by
reading each text against docs/annotation.md WITHOUT running geoinc's extractor on them (no extract_places /
extract_incidents / eval_text.py / bench_text.py on these texts before the spec was committed, and the extraction
rules in geoinc/text*.py were not read), while the extraction rules were being changed elsewhere. It is not to be tuned
to: run the final code on it once and report that number as the blind score. Same format as text_dev_spec.py. Texts in
devtexts/heldout106/."""

KP = "PK/Khyber Pakhtunkhwa"
BL = "PK/Balochistan"
BD = "AF/Badakhshan"
TK = "AF/Takhar"
KB = "AF/Kabul"
IS = "Islamic State (claimed)"

ARTICLES = [
    {
        "file": "h106_01_hindustantimes_kabul.txt",
        "url": "https://www.hindustantimes.com/world-news/islamic-state-group-claim-bombing-of-taliban-ministry-101739635643038.html",
        "published": "2025-02-15",
        "published_note": "the date the stored page carries (2025-02-15, a Saturday; an AFP report: 'on Saturday "
        "claimed'); the bombing was 'on Thursday', 13 February. The line 'Islamic State group claim bombing of Taliban "
        "ministry' run into the first paragraph (the page's headline or caption) is kept as stored. The stored page "
        "ends mid-sentence ('A UN Security Council report'): the text stops at the last whole sentence",
        # 'SITE Intelligence Group', 'Islamic State' and 'Emergency Hospital' hold no place name
        "orgs": [],
        "mentions": [
            # 'ministry in Afghanistan', 'waned in Afghanistan', 'a north Afghanistan bank'
            ("Afghanistan", "AF"),
            # 'housing in Kabul', "Kabul's Emergency Hospital" (the hospital's name is 'Emergency Hospital'; the
            # possessive city is its location, a mention: new here, like heldout33's 'Civil Hospital, Quetta'),
            # 'his Kabul office'
            ("Kabul", KB),
        ],
        "events": [
            # the suicide attacker shot by guards at the ministry of urban development and housing in Kabul on
            # Thursday detonated himself: one killed (the spokesman and the hospital agree), the bomber widens the
            # maximum (heldout20, heldout23); three wounded (the spokesman) or five (the hospital)
            {
                "place": "Kabul",
                "accept": ["Kabul"],
                "date": ["2025-02-13", "2025-02-13"],
                "precision": "day",
                "killed": [1, 2],
                "injured": [3, 5],
                "actor": IS,
                "kind": "main",
            },
            # 'On Wednesday, the group also claimed an attack on a north Afghanistan bank that killed eight people':
            # `background`; the claim's day does not date the attack (heldout27): the week window; no province
            # named, placed at the country (heldout7's unnamed village)
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan"],
                "date": ["2025-02-08", "2025-02-15"],
                "precision": "week",
                "killed": [8, 8],
                "injured": None,
                "actor": IS,
                "kind": "background",
            },
            # the suicide bombing that killed the refugees minister 'inside his Kabul office in December': the month
            # window; the minister's death, the bomber widening the maximum
            {
                "place": "Kabul",
                "accept": ["Kabul"],
                "date": ["2024-12-01", "2024-12-31"],
                "precision": "month",
                "killed": [1, 2],
                "injured": None,
                "actor": IS,
                "kind": "background",
            },
            # 'Six civilians were also killed in an IS-claimed attack in 2023 that took place near the Taliban
            # government's heavily fortified foreign ministry': no place of its own in a Kabul report, placed at
            # Kabul (heldout19's single-province report); the year window
            {
                "place": "Kabul",
                "accept": ["Kabul"],
                "date": ["2023-01-01", "2023-12-31"],
                "precision": "year",
                "killed": [6, 6],
                "injured": None,
                "actor": IS,
                "kind": "background",
            },
        ],
    },
    {
        "file": "h106_02_dawn_northwaziristan.txt",
        "url": "https://www.dawn.com/news/1888772/major-among-four-personnel-martyred-in-north-waziristan",
        "published": "2025-01-31",
        "published_note": "the date the stored page carries (2025-01-31, a Friday); both encounters were 'on "
        "Thursday', 30 January. 'Ambush' run into the paragraph after it is the page's subheading, kept as stored. No "
        "headline on the stored page. The stored page ends mid-sentence ('According to the military, '): the text "
        "stops at the last whole sentence",
        # 'Inter Services Public Relations (ISPR)' holds no place name
        "orgs": [],
        "mentions": [
            # the dateline 'NORTH WAZIRISTAN:'
            ("NORTH WAZIRISTAN", KP),
            # 'in North Waziristan district' (twice)
            ("North Waziristan", KP),
            ("Mir Ali", KP),
            # 'a native of Rawalpindi district' and 'from Naseerabad, Balochistan': home districts of the dead are
            # mentions, not the scene (heldout18)
            ("Rawalpindi", "PK/Punjab"),
            ("Naseerabad", BL),
            ("Balochistan", BL),
            # 'from Datta Khel camp to Ghundi post': a camp and a post named after places make the places mentions
            # (heldout29, heldout86)
            ("Datta Khel", KP),
            ("Ghundi", KP),
            ("Khyber Pakhtunkhwa", KP),
            ("Lakki Marwat", KP),
            ("Karak", KP),
            # 'Karak and Khyber districts' (the 1st 'Khyber' is inside 'Khyber Pakhtunkhwa')
            ("Khyber", KP, {1}),
            ("KP", KP),
        ],
        "events": [
            # the lede's 'Four security personnel ... were martyred and 13 terrorists were killed in two different
            # encounters in North Waziristan district on Thursday': an `aggregate` beside its two parts (heldout14)
            {
                "place": "North Waziristan",
                "accept": ["North Waziristan"],
                "date": ["2025-01-30", "2025-01-30"],
                "precision": "day",
                "killed": [13, 17],
                "injured": None,
                "actor": None,
                "kind": "aggregate",
            },
            # the intelligence-based operation in Mir Ali: six terrorists and two soldiers (a major and a sepoy)
            # killed
            {
                "place": "Mir Ali",
                "accept": ["Mir Ali", "North Waziristan"],
                "date": ["2025-01-30", "2025-01-30"],
                "precision": "day",
                "killed": [6, 8],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
            # 'In another shootout': terrorists ambushed a convoy 'going from Datta Khel camp to Ghundi post': two
            # security personnel and seven terrorists killed; a convoy hit on its way between two named places is
            # placed at the region with both accepted (heldout29); the lede puts both encounters on Thursday
            {
                "place": "North Waziristan",
                "accept": ["North Waziristan", "Datta Khel", "Ghundi"],
                "date": ["2025-01-30", "2025-01-30"],
                "precision": "day",
                "killed": [7, 9],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
            # 'Around 30 terrorists ... were killed and eight others injured in operations earlier this week', the
            # hideouts 'in Lakki Marwat, Karak and Khyber districts': an `aggregate` over three districts accepting
            # each and the province; 'around 30' is [30, 30] (heldout35); 'earlier this week' in a Friday report:
            # the week window (heldout13)
            {
                "place": "Khyber Pakhtunkhwa",
                "accept": ["Khyber Pakhtunkhwa", "KP", "Lakki Marwat", "Karak", "Khyber"],
                "date": ["2025-01-24", "2025-01-31"],
                "precision": "week",
                "killed": [30, 30],
                "injured": [8, 8],
                "actor": None,
                "kind": "aggregate",
            },
            # 'Most of the 444 terror attacks last year targeted KP' (the military's count, no toll): a year's count
            # of attacks with no death figure is `neutral` (heldout100); '2024 was the deadliest year' is a general
            # statement
            {
                "place": "KP",
                "accept": ["KP", "Khyber Pakhtunkhwa"],
                "date": ["2024-01-01", "2024-12-31"],
                "precision": "year",
                "killed": None,
                "injured": None,
                "actor": None,
                "kind": "neutral",
            },
        ],
    },
    {
        "file": "h106_03_dailytimes_wana.txt",
        "url": "https://dailytimes.com.pk/1293348/blast-in-south-waziristan-kills-5-injures-15/",
        "published": "2025-04-28",
        "published_note": "the date the stored page carries (2025-04-28, a Monday). The text gives neither incident a "
        "day: the week before publication. No headline on the stored page",
        "orgs": [],
        "mentions": [
            # "South Waziristan's Wana area"
            ("South Waziristan", KP),
            ("Wana", KP),
            ("Bannu", KP),
            # 'Baka Khel police station' (a station named after its area, heldout86) and 'the Baka Khel police' (a
            # lower-case description, heldout22's 'the Hangu hospital'): both mentions
            ("Baka Khel", KP),
        ],
        "events": [
            # the explosion at a peace committee member's office in the Wana area: five killed, 15 injured
            {
                "place": "Wana",
                "accept": ["Wana", "South Waziristan"],
                "date": ["2025-04-21", "2025-04-28"],
                "precision": "week",
                "killed": [5, 5],
                "injured": [15, 15],
                "actor": None,
                "kind": "main",
            },
            # 'In a separate incident': the attack on Baka Khel police station repelled with 'no casualties':
            # `neutral` (heldout13)
            {
                "place": "Baka Khel",
                "accept": ["Baka Khel", "Bannu"],
                "date": ["2025-04-21", "2025-04-28"],
                "precision": "week",
                "killed": None,
                "injured": None,
                "actor": None,
                "kind": "neutral",
            },
        ],
    },
    {
        "file": "h106_04_youdigital_wana.txt",
        "url": "https://youdigital.pk/en/2025/05/28/22-injured-in-alleged-quadcopter-strike-in-south-waziristan",
        "published": "2025-05-28",
        "published_note": "the URL's date (2025/05/28, a Wednesday); the page prints none. The text gives the strike "
        "no day ('around 8pm'): the week before publication. The section heads ('Details of the Attack and "
        "Casualties', 'Public Reaction and Background') are text, kept. No headline on the stored page. The stored "
        "page ends mid-sentence ('... reaching an agreement with th'): the text stops at the last whole sentence",
        # the TTP; 'PTI' and 'District Headquarters (DHQ) Hospital' hold no place name
        "orgs": ["Tehreek-i-Taliban Pakistan"],
        "mentions": [
            # the dateline 'ISLAMABAD:'
            ("ISLAMABAD", "PK/Islamabad"),
            # 'the Wana tehsil'; 'Hospital, Wana': the town after a comma behind a generic hospital name is a
            # mention (heldout33)
            ("Wana", KP),
            ("South Waziristan", KP),
            ("Khyber Pakhtunkhwa", KP),
            ("Mir Ali", KP),
            ("North Waziristan", KP),
        ],
        "events": [
            # the alleged quadcopter strike on a volleyball game in Wana tehsil: 22 injured (seven minors), no death
            {
                "place": "Wana",
                "accept": ["Wana", "South Waziristan"],
                "date": ["2025-05-21", "2025-05-28"],
                "precision": "week",
                "killed": None,
                "injured": [22, 22],
                "actor": None,
                "kind": "main",
            },
            # 'another suspected quadcopter strike in Mir Ali, North Waziristan, two weeks ago': four children killed,
            # five injured; `background`; 'two weeks ago' is a week's window around fourteen days before (heldout53);
            # blamed on security forces by locals and on the TTP by the military: no actor
            {
                "place": "Mir Ali",
                "accept": ["Mir Ali", "North Waziristan"],
                "date": ["2025-05-11", "2025-05-18"],
                "precision": "week",
                "killed": [4, 4],
                "injured": [5, 5],
                "actor": None,
                "kind": "background",
            },
        ],
    },
    {
        "file": "h106_05_afintl_jurm.txt",
        "url": "https://www.afintl.com/en/202505261052",
        "published": "2025-05-26",
        "published_note": "the URL's timestamp (202505261052: 2025-05-26 10:52, a Monday); the page prints no date. "
        "'The unrest began on Sunday' is 25 May; the clashes 'have entered a second consecutive day' (Monday). The "
        "stored page ends mid-sentence ('... over the Tali'): the text stops at the last whole sentence",
        # the outlet (an organisation whose name holds a place, heldout12's 'The New York Times') and a provincial
        # council named after its province (heldout13)
        "orgs": ["Afghanistan International", "Badakhshan Provincial Council"],
        "mentions": [
            # headline "Badakhshan's Jurm District", 'Jurm district of Badakhshan', 'harshly in Badakhshan' (the one
            # inside the council's name is not a mention)
            ("Badakhshan", BD),
            ("Jurm", BD),
            ("Farghamanch", BD),
            # "the Taliban governor's office in Faizabad": where the villagers meant to carry the body, not a scene
            ("Faizabad", BD),
        ],
        "events": [
            # the clash over poppy eradication in Farghamanch village on Sunday: one man killed (by Taliban forces,
            # the villagers say), four injured; Monday's warning shots with no casualties are the same clash's second
            # day, no event of their own
            {
                "place": "Farghamanch",
                "accept": ["Farghamanch", "Jurm"],
                "date": ["2025-05-25", "2025-05-25"],
                "precision": "day",
                "killed": [1, 1],
                "injured": [4, 4],
                "actor": "Taliban",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h106_06_frontierpost_takhar.txt",
        "url": "https://thefrontierpost.com/suicide-bombing-targets-taliban-governors-office-in-takhar-sources/",
        "published": "2025-01-25",
        "published_note": "the date the stored page carries (2025-01-25, a Saturday); 'on Saturday afternoon' is that "
        "day. The credit '(Amu tv)' after the dateline is kept as stored. No headline on the stored page",
        # 'Amu tv' / 'Amu' hold no place name
        "orgs": [],
        "mentions": [
            # the dateline 'TAKHAR'
            ("TAKHAR", TK),
            ("Taluqan", TK),
            ("Takhar", TK),
        ],
        "events": [
            # the suicide bombing in front of the governor's office in Taluqan: 'several Taliban members were killed
            # or wounded', no figure: killed null (heldout19's unquantified 'several')
            {
                "place": "Taluqan",
                "accept": ["Taluqan"],
                "date": ["2025-01-25", "2025-01-25"],
                "precision": "day",
                "killed": None,
                "injured": None,
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h106_07_kabulnow_nahrin.txt",
        "url": "https://kabulnow.com/2024/11/ten-killed-in-attack-on-sufi-shrine-in-northern-afghanistan/",
        "published": "2024-11-22",
        "published_note": "the URL's month (November 2024) and the body: the shooting was 'on Thursday evening, "
        "November 21' (2024-11-21 is a Thursday) and sources confirmed it to the outlet 'today', so the report is of "
        "the day after at the earliest: 2024-11-22, a Friday. The photo credit line ('Photo provided to KabulNow') "
        "is page furniture and left out",
        # 'KabulNow' (the outlet, one word) holds no separate place token; 'Islamic State', 'ISKP' and the 'Sayed
        # Pacha Agha Sadat shrine' (a person's name) hold no place name
        "orgs": [],
        "mentions": [
            # headline 'Northern Afghanistan', the dateline 'KABUL, AFGHANISTAN', 'northern Afghanistan', and the
            # office title 'Special Rapporteur for Human Rights in Afghanistan' (heldout2's office titles)
            ("Afghanistan", "AF"),
            ("KABUL", KB),
            ("AFGHANISTAN", "AF"),
            ("Baghlan", "AF/Baghlan"),
            # 'Nahrin district' (twice)
            ("Nahrin", "AF/Baghlan"),
            ("Kunduz", "AF/Kunduz"),
        ],
        "events": [
            # a gunman opened fire on Sufis at a shrine in Nahrin district on Thursday evening, 21 November: ten killed
            {
                "place": "Nahrin",
                "accept": ["Nahrin"],
                "date": ["2024-11-21", "2024-11-21"],
                "precision": "day",
                "killed": [10, 10],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
            # 'ISKP claimed responsibility for bombing a Sufi mosque in northern Kunduz province in April 2022, an
            # attack that killed at least 33 people and wounded dozens more': `background`, the month window;
            # 'dozens' is 24 up to 99 (heldout22)
            {
                "place": "Kunduz",
                "accept": ["Kunduz"],
                "date": ["2022-04-01", "2022-04-30"],
                "precision": "month",
                "killed": [33, 33],
                "injured": [24, 99],
                "actor": "Islamic State-Khorasan (claimed)",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h106_08_wenews_bannu.txt",
        "url": "https://wenewsenglish.pk/?p=254301",
        "published": "2024-10-14",
        "published_note": "the page's date line 'Mon Oct 14 2024'; the attack was 'on Monday', that day. The date "
        "line and the share-icon lines ('icon-facebook icon-twitter icon-whatsapp') are page furniture and left out",
        "orgs": [],
        "mentions": [
            # headline 'Pakistan Police Foil Attack' and body 'Pakistan police and security forces': the country as
            # an actor (the guideline), not a named force (lower case in the body)
            ("Pakistan", "PK"),
            # headline 'Bannu Police Lines', "Khyber Pakhtunkhwa's Bannu district"
            ("Bannu", KP),
            # headline 'Police Lines': a police compound, not a named area: neutral (heldout99)
            ("Police Lines", "neutral"),
            # the dateline 'PESHAWAR:'
            ("PESHAWAR", KP),
            ("Khyber Pakhtunkhwa", KP),
        ],
        "events": [
            # the attack on the police lines in Bannu on Monday foiled: all five attackers (a suicide bomber among
            # them) killed, no police casualty given; the compound accepted beside the district (heldout99)
            {
                "place": "Bannu",
                "accept": ["Bannu", "Police Lines"],
                "date": ["2024-10-14", "2024-10-14"],
                "precision": "day",
                "killed": [5, 5],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h106_09_ieo_khyber.txt",
        "url": "https://indianeconomicobserver.com/news/pakistan-two-police-personnel-one-civilian-killed-in-"
        "terrorist-attack-on-checkpoint-in-khyber20240731131847",
        "published": "2024-07-31",
        "published_note": "the page's date line 'Jul 31, 2024' (a Wednesday; also the ANI dateline 'July 31' and the "
        "URL's timestamp 20240731131847); the date line itself is left out as page furniture. The text gives the "
        "attack no day: the week before publication. The stored page ends mid-sentence ('... wherein the form'): "
        "the text stops at the last whole sentence",
        # the hospitals named after their towns are organisations (heldout12, heldout19); 'Geo News' and the
        # 'Centre for Research and Security Studies' hold no place name
        "orgs": ["Landi Kotal Hospital", "Hayatabad Medical Complex"],
        "mentions": [
            # headline 'Pakistan:', the dateline's '[Pakistan]', "Pakistan's Khyber district", 'when Pakistan',
            # 'Pakistan faced'
            ("Pakistan", "PK"),
            # headline 'in Khyber', "Pakistan's Khyber district" (the 3rd and 4th 'Khyber' are inside 'Khyber
            # Pakhtunkhwa')
            ("Khyber", KP, {3, 4}),
            # the dateline 'Islamabad [Pakistan]'
            ("Islamabad", "PK/Islamabad"),
            ("Charwazagai", KP),
            ("Khyber Pakhtunkhwa", KP),
            # 'the Pak-Afghan highway' (twice): 'Pak' is neutral (heldout15)
            ("Pak", "neutral"),
            # 'near the Landi Kotal Bazar', 'near Landi Kotal Bazar': a named locality (near is not a container)
            ("Landi Kotal Bazar", KP),
            # 'the Hayatabad Medical Complex in Peshawar': where the wounded were taken, not a scene
            ("Peshawar", KP),
            ("Balochistan", BL),
        ],
        "events": [
            # the gun attack on the police checkpoint in the Charwazagai area of Khyber district: two policemen and a
            # civilian killed (largest single figure 2, all 3), a policeman and a civilian injured; no day given
            {
                "place": "Charwazagai",
                "accept": ["Charwazagai", "Khyber"],
                "date": ["2024-07-24", "2024-07-31"],
                "precision": "week",
                "killed": [2, 3],
                "injured": [1, 2],
                "actor": None,
                "kind": "main",
            },
            # the CRSS count: 'Pakistan faced 380 violence-linked fatalities and 220 injuries ... during the second
            # quarter of 2024': an `aggregate` with the quarter as its window (heldout37)
            {
                "place": "Pakistan",
                "accept": ["Pakistan"],
                "date": ["2024-04-01", "2024-06-30"],
                "precision": "period",
                "killed": [380, 380],
                "injured": [220, 220],
                "actor": None,
                "kind": "aggregate",
            },
        ],
    },
]
