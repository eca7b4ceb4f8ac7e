"""Thirty-second held-out set ("heldout32", see docs/annotation.md): the TWENTIETH BLIND set. Real AF/PK conflict
reports from the years 2006 to 2012 only (heldout33 and heldout34 were built at the same time from other years): in
Afghanistan NATO helicopter strikes on Ashogho in Kandahar's Zhari district with a rocket on a village to its west
(2006), a suicide car bomb near the US embassy in Kabul (2008), a Taliban raid on a police checkpoint in Farah's
Pashtrod district (2009), the suicide car bomb on a NATO convoy in Kabul with an earlier roadside bomb and the war's
American toll (2010), a roadside bomb on a family's station wagon in Herat's Shindand with the shooting of a CIA
employee in Kabul cited (2011), three roadside bombs in Kandahar's Arghistan with a checkpoint raid and an ambush of
reinforcements in Musa Qala and NATO deaths from IEDs (2012); in Pakistan a suicide bomber who killed only himself
beside a police van in Peshawar with a madrassa air strike, an attack on army recruits and a Peshawar market bomb
cited (2006), a suicide car bomb on a police van in Bannu (2008), a suicide attack on a checkpost at Waliabad in Swat
with the offensive's toll (2009), a US drone strike on Shawal with the drone campaign's toll (2010), a raid on a
checkpoint in South Waziristan's Marabi with a bomb on the outskirts of Peshawar, Ilyas Kashmiri's death and the
Abbottabad raid cited (2011), a Taliban assault on a checkpost at Surang Baba Ziarat in Badar with a TTP commander shot
by a relative in Khyber (2012), a motorcycle bomb in Quetta's Shahbaz Town (2012). Outlets: The Gainesville Sun (AP),
China Daily, The Washington Post, AVA, McClatchy, Townhall (AP), Los Angeles Times (blog), Business Recorder (AFP),
The Sydney Morning Herald (AFP), Gaea Times (ANI), PRI, The Nation, The Express Tribune. Collected and annotated by
reading each text against docs/annotation.md WITHOUT running geoinc's extractor on them (no extract_places /
extract_incidents / eval_text.py / bench_text.py on these texts before the spec was committed, and the extraction
rules in geoinc/text*.py were not read), while the extraction rules were being changed elsewhere. It is not to be
tuned to: run the final code on it once and report that number as the blind score. Same format as text_dev_spec.py.
Texts in devtexts/heldout32/."""

KP = "PK/Khyber Pakhtunkhwa"
BL = "PK/Balochistan"
IB = "PK/Islamabad"
SD = "PK/Sindh"
KD = "AF/Kandahar"
KB = "AF/Kabul"
FR = "AF/Farah"
HR = "AF/Herat"
HL = "AF/Helmand"

ARTICLES = [
    {
        "file": "h32_01_gainesville_ashogho.txt",
        "url": "https://www.gainesville.com/story/news/2006/10/19/nato-airstrikes-kill-at-least-9-afghan-villagers/31500121007/",
        "published": "2006-10-19",
        "published_note": "URL date (19 October 2006, a Thursday; an AP report of the day before); 'early Wednesday' "
        "is 18 October (the most recent Wednesday). The 'View Comments' button line is left out; the stored page ends "
        "mid-sentence ('Khalid, who traveled Wednesday to'): the text stops at the last whole sentence",
        "orgs": [],
        "mentions": [
            # headline, the caption 'NATO bombing', "NATO's hopes", "NATO's International Security Assistance Force",
            # 'NATO said'
            ("NATO", "neutral"),
            # the caption 'in Ashogho, Afghanistan', 'villagers in Ashogho', 'houses in Ashogho', "Ashogho's lane"
            ("Ashogho", KD),
            # the caption, the dateline, 'in southern Afghanistan'
            ("Afghanistan", "AF"),
            ("ASHOGHO", KD),
            # 'Kandahar provincial Gov.' (an office title), 'Zhari district of Kandahar province', 'operation in
            # Kandahar'
            ("Kandahar", KD),
            # 'the Zhari district', 'which borders Zhari'
            ("Zhari", KD),
            # where the people the operation was meant to detain had planted bombs (not a scene)
            ("Panjwayi", KD),
        ],
        "events": [
            # NATO helicopters' airstrikes tore through three mud homes in Ashogho (the 2 a.m. raid in Zhari
            # district) early Wednesday: at least nine civilians killed
            {
                "place": "Ashogho",
                "accept": ["Ashogho", "ASHOGHO", "Zhari"],
                "date": ["2006-10-18", "2006-10-18"],
                "precision": "day",
                "killed": [9, 9],
                "injured": None,
                "actor": "NATO (air strikes)",
                "kind": "main",
            },
            # 'at about the same time a rocket struck a house in a village to the west, reportedly killing 13 people':
            # an unnamed village west of Ashogho is placed at Ashogho (heldout20 convention), its district accepted
            {
                "place": "Ashogho",
                "accept": ["Ashogho", "ASHOGHO", "Zhari"],
                "date": ["2006-10-18", "2006-10-18"],
                "precision": "day",
                "killed": [13, 13],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h32_02_chinadaily_peshawar.txt",
        "url": "https://global.chinadaily.com.cn/world/2006-11/17/content_736071.htm",
        "published": "2006-11-17",
        "published_note": "URL date (17 November 2006, a Friday; 'on Friday' in the text). The font-size line ('Large "
        "Medium Small |') and the share-button line after the text are left out; the stored page has no headline",
        "orgs": [],
        "mentions": [
            ("PESHAWAR", KP),
            # dateline, 'the northwestern Pakistan city of Peshawar'
            ("Pakistan", "PK"),
            # 'city of Peshawar', 'living in Peshawar', 'bombs in Peshawar'
            ("Peshawar", KP),
            ("United States", "out"),
            # 'the area bordering Afghanistan'
            ("Afghanistan", "AF"),
        ],
        "events": [
            # a suicide bomber killed himself in an attack on a police van in Peshawar on Friday; neither policeman
            # hurt: one death (heldout13 convention for a bomber who kills only himself)
            {
                "place": "Peshawar",
                "accept": ["Peshawar", "PESHAWAR"],
                "date": ["2006-11-17", "2006-11-17"],
                "precision": "day",
                "killed": [1, 1],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
            # 'an airstrike on a religious school at the end of October that killed about 80 suspected militants', in
            # an unnamed place 'in the area bordering Afghanistan': placed at the country (heldout7 convention); 'the
            # end of October' is a period window of its last eleven days
            {
                "place": "Pakistan",
                "accept": ["Pakistan"],
                "date": ["2006-10-21", "2006-10-31"],
                "precision": "period",
                "killed": [80, 80],
                "injured": None,
                "actor": "Pakistani security forces (air strike)",
                "kind": "background",
            },
            # 'Days later, a suicide attacker detonated a bomb among army recruits on a training ground in a nearby
            # northwestern town, killing 42 of them' (the bomber widens the maximum); no town named: the country;
            # 'days later' after the end-of-October strike: a period up to ten days after it
            {
                "place": "Pakistan",
                "accept": ["Pakistan"],
                "date": ["2006-10-22", "2006-11-10"],
                "precision": "period",
                "killed": [42, 43],
                "injured": None,
                "actor": None,
                "kind": "background",
            },
            # 'one that killed six people and wounded more than 30 in a crowded market on October 20' (of the bombs in
            # Peshawar); 'more than 30' is 31 up to 99
            {
                "place": "Peshawar",
                "accept": ["Peshawar", "PESHAWAR"],
                "date": ["2006-10-20", "2006-10-20"],
                "precision": "day",
                "killed": [6, 6],
                "injured": [31, 99],
                "actor": None,
                "kind": "background",
            },
        ],
    },
    {
        "file": "h32_03_washingtonpost_kabul.txt",
        "url": "http://www.washingtonpost.com/wp-dyn/content/article/2008/11/27/AR2008112700987.html?hpid=moreheadlines",
        "published": "2008-11-28",
        "published_note": "the page's date line ('Friday, November 28, 2008'); the dateline 'KABUL, Nov. 27' and "
        "'Thursday' give 27 November for the attack. The stored page ends mid-sentence ('... where the Taliban have "
        "latel'): the text stops at the last whole sentence",
        "orgs": ["Washington Post"],
        "mentions": [
            # headline 'U.S. Convoy', 'U.S. troops', 'U.S. military vehicles', 'the U.S. Embassy'
            ("U.S.", "neutral"),
            # headline, 'the heart of Kabul', 'division in Kabul', 'inside Kabul'
            ("Kabul", KB),
            ("KABUL", KB),
        ],
        "events": [
            # a suicide car bomb about 200 yards from the US embassy as a US convoy passed, Thursday around 8:30 a.m.:
            # four killed and three injured (the police), seven killed and six injured (an intelligence official); the
            # bomber widens the killed maximum; all the casualties Afghan civilians
            {
                "place": "Kabul",
                "accept": ["Kabul", "KABUL"],
                "date": ["2008-11-27", "2008-11-27"],
                "precision": "day",
                "killed": [4, 8],
                "injured": [3, 6],
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h32_04_avapress_pashtrod.txt",
        "url": "https://avapress.com/en/32702/6-Taliban-killed-13-more-wounded-in-Farah",
        "published": "2009-08-29",
        "published_note": "in the text (PublishDate: Saturday, August 29, 2009); 'Friday' is 28 August. The 'Your "
        "comment / Related posts / Latest news' lines after the text are left out",
        "orgs": [],
        "mentions": [
            # headline 'in Farah'
            ("Farah", FR),
            ("Pashtrod", FR),
        ],
        "events": [
            # Taliban fighters raided a police checkpoint in Pashtrod district on Friday; in the gun battle (backed by
            # international forces' helicopter gunships) six rebels were killed, 13 militants and one police
            # constable wounded
            {
                "place": "Pashtrod",
                "accept": ["Pashtrod"],
                "date": ["2009-08-28", "2009-08-28"],
                "precision": "day",
                "killed": [6, 6],
                "injured": [13, 14],
                "actor": "Taliban",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h32_05_mcclatchy_kabul.txt",
        "url": "http://www.mcclatchydc.com/2010/05/18/94325/suicide-bomber-hits-nato-convoy.html",
        "published": "2010-05-18",
        "published_note": "the page's line 'McClatchyNewspapersMay 18, 2010' (kept as printed) and the URL; "
        "'Tuesday' is 18 May. The photo caption is kept; the stored page ends mid-sentence ('... cripple the Taliban "
        "and'): the text stops at the last whole sentence",
        "orgs": [],
        "mentions": [
            # headline, the caption twice, 'a NATO convoy'
            ("NATO", "neutral"),
            # headline, the caption ('Kabul, Afghanistan', "Afghanistan's parliament"), the dateline, 'southern
            # Afghanistan', 'in Afghanistan and Iraq'
            ("Afghanistan", "AF"),
            # the caption, 'a suicide bomber in Kabul'
            ("Kabul", KB),
            # 'U.S. military base', 'five U.S. troops', 'U.S. military loss'
            ("U.S.", "neutral"),
            ("KABUL", KB),
            # 'his recent meetings in Washington' (where the meetings were)
            ("Washington", "out"),
            ("Iraq", "out"),
            ("United States", "out"),
        ],
        "events": [
            # a suicide car bomber hit a NATO convoy in Kabul on Tuesday morning: 18 killed (five US troops, a
            # Canadian soldier, 12 Afghan civilians; the bomber widens the maximum); claimed by the Taliban
            {
                "place": "Kabul",
                "accept": ["Kabul", "KABUL"],
                "date": ["2010-05-18", "2010-05-18"],
                "precision": "day",
                "killed": [18, 19],
                "injured": None,
                "actor": "Taliban (claimed)",
                "kind": "main",
            },
            # 'last October, when a roadside bomb killed seven soldiers in southern Afghanistan' (no place named: the
            # country; October 2009)
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan"],
                "date": ["2009-10-01", "2009-10-31"],
                "precision": "period",
                "killed": [7, 7],
                "injured": None,
                "actor": None,
                "kind": "background",
            },
            # 'carrying the American death toll in the war to 1,000': a total over the war (from October 2001)
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan"],
                "date": ["2001-10-07", "2010-05-18"],
                "precision": "period",
                "killed": [1000, 1000],
                "injured": None,
                "actor": None,
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h32_06_townhall_shindand.txt",
        "url": "https://townhall.com/news/world/2011/09/27/roadside-bomb-kills-16-afghans,-including-11-kids-n1361894",
        "published": "2011-09-27",
        "published_note": "the page's line 'Posted: Sep 27, 2011 1:01 PM' (a Tuesday) and the URL. The headline, "
        "printed twice, is kept once; the stored page ends mid-sentence ('In the south on Tuesday,'): the text stops "
        "at the last whole sentence",
        "orgs": [],
        "mentions": [
            # 'in western Afghanistan', 'violence in Afghanistan this year'
            ("Afghanistan", "AF"),
            ("Herat", HR),
            ("Shindand", HR),
            ("NATO", "neutral"),
            # "this week's killing of an American CIA employee in Kabul", 'the U.S. annex in Kabul'
            ("Kabul", KB),
            # 'A U.S. Embassy spokesman', 'the U.S. annex', 'U.S. officials', 'A U.S. official'
            ("U.S.", "neutral"),
            # 'A U.S. official in Washington' (where a speaker is)
            ("Washington", "out"),
        ],
        "events": [
            # a station wagon of one extended family struck a roadside bomb in Herat's Shindand district: 16 killed
            # (11 children), four wounded; no day given: the week window
            {
                "place": "Shindand",
                "accept": ["Shindand"],
                "date": ["2011-09-20", "2011-09-27"],
                "precision": "week",
                "killed": [16, 16],
                "injured": [4, 4],
                "actor": None,
                "kind": "main",
            },
            # an American CIA employee 'shot dead Sunday evening by an Afghan worker' at the US annex in Kabul
            # (25 September; an earlier incident the report gives further details of)
            {
                "place": "Kabul",
                "accept": ["Kabul"],
                "date": ["2011-09-25", "2011-09-25"],
                "precision": "day",
                "killed": [1, 1],
                "injured": None,
                "actor": "an Afghan security worker",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h32_07_latimes_arghistan_musaqala.txt",
        "url": "http://latimesblogs.latimes.com/world_now/2012/07/roadside-bombs-in-southern-afghanistan-kill-14-"
        "civilians-one-nato-soldier.html",
        "published": "2012-07-08",
        "published_note": "the post's date line ('July 8, 2012 | 5:05 am', a Sunday; 'on Sunday' in the text). The "
        "blog's header lines ('World Now / News from around the world / « Previous Post | World Now Home | Next Post "
        "»') are left out; the bracketed update notes are text and are kept; the stored page ends mid-sentence ('... a "
        "van carrying at least 10 people, most of them'): the text stops at the last whole sentence",
        "orgs": [],
        "mentions": [
            # headline, the dateline, 'in southern Afghanistan'
            ("Afghanistan", "AF"),
            # headline 'one NATO soldier', 'two NATO troops'
            ("NATO", "neutral"),
            ("KABUL", KB),
            # 'Officials in Kandahar province', 'a comeback in Kandahar province'
            ("Kandahar", KD),
            ("Arghistan", KD),
            # 'close to the Pakistan border'
            ("Pakistan", "PK"),
            # a Helmand district the text puts in Kandahar province: labelled as the place it is (heldout21)
            ("Musa Qala", HL),
        ],
        "events": [
            # three roadside bombs on Sunday in a single district, Arghistan (a minivan, those who came to the rescue,
            # another civilian vehicle): 18 civilians killed and 10 hurt, up from 14 dead and nine wounded in the
            # original post (the headline's 14): one joint toll for one district and day, one event
            {
                "place": "Arghistan",
                "accept": ["Arghistan"],
                "date": ["2012-07-08", "2012-07-08"],
                "precision": "day",
                "killed": [14, 18],
                "injured": [9, 10],
                "actor": None,
                "kind": "main",
            },
            # 'two NATO troops were killed by IEDs ... in southern Afghanistan' (up from one in the original post; the
            # military did not say where): more than one device, no place named: an aggregate at the country, no day
            # given: the week window
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan"],
                "date": ["2012-07-01", "2012-07-08"],
                "precision": "week",
                "killed": [1, 2],
                "injured": None,
                "actor": None,
                "kind": "aggregate",
            },
            # insurgents stormed a police checkpoint in Musa Qala just after dawn Sunday: 22 insurgents killed, three
            # policemen wounded
            {
                "place": "Musa Qala",
                "accept": ["Musa Qala"],
                "date": ["2012-07-08", "2012-07-08"],
                "precision": "day",
                "killed": [22, 22],
                "injured": [3, 3],
                "actor": "insurgents",
                "kind": "main",
            },
            # 'another five policemen were killed by a roadside bomb after the police at the checkpoint called for
            # reinforcements' (an ambush of reinforcements is an event of its own, heldout27 convention)
            {
                "place": "Musa Qala",
                "accept": ["Musa Qala"],
                "date": ["2012-07-08", "2012-07-08"],
                "precision": "day",
                "killed": [5, 5],
                "injured": None,
                "actor": "insurgents",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h32_08_brecorder_bannu.txt",
        "url": "https://brecorder.com/news/amp/3578672",
        "published": "2008-11-29",
        "published_note": "the page's date line ('29 Nov, 2008', a Saturday); 'on Friday' is 28 November. The 'Read "
        "Comments' line is left out",
        "orgs": [],
        "mentions": [
            # headline, 'in Bannu on Friday', 'happened in Bannu'
            ("Bannu", KP),
        ],
        "events": [
            # a suicide bomber rammed his explosives-laden car into a police van in Bannu on Friday: at least seven
            # killed, police and civilians (the bomber widens the maximum); about 15 admitted with injuries
            {
                "place": "Bannu",
                "accept": ["Bannu"],
                "date": ["2008-11-28", "2008-11-28"],
                "precision": "day",
                "killed": [7, 8],
                "injured": [15, 15],
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h32_09_smh_swat.txt",
        "url": "http://news.smh.com.au/breaking-news-world/three-troops-killed-in-nw-pakistan-20090815-eloa.html",
        "published": "2009-08-15",
        "published_note": "URL date (20090815; 15 August 2009, a Saturday; 'on Saturday' in the text). The site's "
        "'feature unavailable' notice, 'Advertisement', 'This was published 14 years ago' and the 'Most Viewed in World "
        "/ Loading' lines are left out; the headline, printed twice, is kept once",
        "orgs": [],
        "mentions": [
            # headline 'NW Pakistan', 'northwestern Pakistan', 'Pakistan says', 'Pakistan Prime Minister' (an office
            # title)
            ("Pakistan", "PK"),
            # 'Waliabad village' twice
            ("Waliabad", KP),
            # 'the Swat valley', 'Swat police chief' (an office title), 'Swat slipped', 'Lower Dir and Swat' ('Sajid
            # Mohmand' is a person's name, not a mention)
            ("Swat", KP),
            ("Buner", KP),
            ("Lower Dir", KP),
            # 'the capital, Islamabad' (where the rebels marched towards)
            ("Islamabad", IB),
        ],
        "events": [
            # a suicide bomber blew up his vehicle near a military checkpost in Waliabad village, Swat valley, on
            # Saturday: three soldiers killed (the bomber widens the maximum), five wounded
            {
                "place": "Waliabad",
                "accept": ["Waliabad", "Swat"],
                "date": ["2009-08-15", "2009-08-15"],
                "precision": "day",
                "killed": [3, 4],
                "injured": [5, 5],
                "actor": None,
                "kind": "main",
            },
            # 'more than 1,800 militants and over 160 security personnel have been killed in the offensive since late
            # April' in Buner, Lower Dir and Swat: an aggregate accepting each district (heldout12 convention for one
            # toll over three districts); 'more than 1,800' is 1,801 up to the next order of magnitude
            {
                "place": "Swat",
                "accept": ["Swat", "Buner", "Lower Dir"],
                "date": ["2009-04-20", "2009-08-15"],
                "precision": "period",
                "killed": [1801, 9999],
                "injured": None,
                "actor": "Pakistani army (offensive)",
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h32_10_gaeatimes_shawal.txt",
        "url": "https://breakingnews.gaeatimes.com/2010/09/14/10-militants-killed-in-us-drone-attack-in-north-waziristan-50872/",
        "published": "2010-09-14",
        "published_note": "the page's date line ('Tuesday, September 14, 2010') and the URL. The 'Tags:' line and the "
        "comment form after the text are left out",
        "orgs": [],
        "mentions": [
            # headline 'US drone attack', 'a US drone attack', 'US troops', 'A US drone', 'US missile attacks'
            ("US", "neutral"),
            # headline, 'tribal belt of North Waziristan', 'pounded North Waziristan'
            ("North Waziristan", KP),
            ("PESHAWAR", KP),
            # 'North Waziristan in Pakistan', 'tribal areas of Pakistan' twice
            ("Pakistan", "PK"),
            ("Shawal", KP),
            # 'across the border in Afghanistan'
            ("Afghanistan", "AF"),
            # 'a senior security official in Peshawar' (where a speaker is)
            ("Peshawar", KP),
        ],
        "events": [
            # a US drone fired two missiles at a house in the northern part of Shawal village: at least ten militants
            # killed; no day given: the week window
            {
                "place": "Shawal",
                "accept": ["Shawal", "North Waziristan"],
                "date": ["2010-09-07", "2010-09-14"],
                "precision": "week",
                "killed": [10, 10],
                "injured": None,
                "actor": "United States (drone)",
                "kind": "main",
            },
            # 'more than 200 strikes, which have killed over 900 people ... in the troubled northwest tribal areas of
            # Pakistan since 2008' ('over 900' is 901 up to 999)
            {
                "place": "Pakistan",
                "accept": ["Pakistan"],
                "date": ["2008-01-01", "2010-09-14"],
                "precision": "period",
                "killed": [901, 999],
                "injured": None,
                "actor": "United States (drones)",
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h32_11_pri_southwaziristan_peshawar.txt",
        "url": "https://www.pri.org/stories/2011-06-09/militants-swarm-police-checkpoint-northwest-pakistan",
        "published": "2011-06-09",
        "published_note": "URL date (9 June 2011, a Thursday; 'on Thursday' in the text). The section label ('Conflict "
        "& Justice') above the headline is left out; the photo caption is kept",
        "orgs": [],
        "mentions": [
            # headline, 'a tribal area of northwest Pakistan', "Pakistan's volatile northwest", 'in northwest Pakistan
            # and', 'elsewhere in northwest Pakistan'; the 5th is inside 'Afghan-Pakistan border'
            ("Pakistan", "PK", {5}),
            # the caption twice ('homes in South Waziristan', 'returned to South Waziristan'), 'the Marabi area of South
            # Waziristan'
            ("South Waziristan", KP),
            # the caption's 'Kour Internally Displaced People (IDP) camp' (a camp named after its locality: a landmark
            # mention, like a checkpoint named after a place)
            ("Kour", KP),
            ("Tank", KP),
            ("Marabi", KP),
            # 'U.S. drone strikes', 'A U.S. drone attack', 'U.S. special forces'
            ("U.S.", "neutral"),
            ("Abbottabad", KP),
            ("Karachi", SD),
            ("North Waziristan", KP),
            # a border named after two countries (heldout26 convention)
            ("Afghan-Pakistan", "neutral"),
            ("Peshawar", KP),
        ],
        "events": [
            # some 150 militants stormed a security checkpoint in the Marabi area of South Waziristan on Thursday:
            # eight soldiers killed, at least 12 insurgents killed in the overnight firefight (the weekday pins the day)
            {
                "place": "Marabi",
                "accept": ["Marabi", "South Waziristan"],
                "date": ["2011-06-09", "2011-06-09"],
                "precision": "day",
                "killed": [12, 20],
                "injured": None,
                "actor": "militants",
                "kind": "main",
            },
            # 'The deadliest of the bombings hit a vehicle on the outskirts of Peshawar, killing four people including
            # a woman and a child' (Thursday)
            {
                "place": "Peshawar",
                "accept": ["Peshawar"],
                "date": ["2011-06-09", "2011-06-09"],
                "precision": "day",
                "killed": [4, 4],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
            # 'On Thursday, two bomb attacks elsewhere in northwest Pakistan killed six civilians' (the second bombing
            # has no place or figure of its own): an aggregate
            {
                "place": "Pakistan",
                "accept": ["Pakistan", "Peshawar"],
                "date": ["2011-06-09", "2011-06-09"],
                "precision": "day",
                "killed": [6, 6],
                "injured": None,
                "actor": None,
                "kind": "aggregate",
            },
            # 'A U.S. drone attack recently killed a top Al-Qaeda militant, Ilyas Kashmiri' ('in the area': South
            # Waziristan); 'recently' is a period of the two weeks before (new here)
            {
                "place": "South Waziristan",
                "accept": ["South Waziristan"],
                "date": ["2011-05-26", "2011-06-09"],
                "precision": "period",
                "killed": [1, 1],
                "injured": None,
                "actor": "United States (drone)",
                "kind": "background",
            },
            # 'the May 2 killing of Osama bin Laden by U.S. special forces in the garrison town of Abbottabad'
            {
                "place": "Abbottabad",
                "accept": ["Abbottabad"],
                "date": ["2011-05-02", "2011-05-02"],
                "precision": "day",
                "killed": [1, 1],
                "injured": None,
                "actor": "United States (special forces)",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h32_12_nation_badar.txt",
        "url": "http://www.nation.com.pk/national/30-Aug-2012/eight-soldiers-18-militants-die-in-swa-checkpost-attack",
        "published": "2012-08-30",
        "published_note": "URL date (30 August 2012, a Thursday); 'on Wednesday' is 29 August, 'on Tuesday' 28 "
        "August. The stored page ends mid-sentence ('... the kidnapping of late Polish engineer and in'): the text "
        "stops at the last whole sentence",
        "orgs": [],
        "mentions": [
            # headline 'SWA checkpost', '(SWA)', 'the main SWA' (the elided 'town of')
            ("SWA", KP),
            ("PESHAWAR", KP),
            # 'Badar area', 'Badar valley'
            ("Badar", KP),
            # 'South Waziristan Agency (SWA)', 'Badar valley of South Waziristan'
            ("South Waziristan", KP),
            # a village whose name holds 'Ziarat' (the whole name is the mention)
            ("Surang Baba Ziarat", KP),
            ("Wana", KP),
            # 'a senior security official in Peshawar' (where a speaker is)
            ("Peshawar", KP),
            # 'in Khyber Agency'
            ("Khyber", KP),
        ],
        "events": [
            # dozens of Taliban stormed a checkpost in Surang Baba Ziarat village, Badar area of South Waziristan, on
            # Wednesday: eight soldiers killed and six injured, 18 militants killed (the official; 'Up to eight
            # soldiers and over a dozen militants' in the lede); the TTP claimed 'more than a dozen' soldiers killed
            # and one militant, which stays within the officials' total: [18, 26]
            {
                "place": "Surang Baba Ziarat",
                "accept": ["Surang Baba Ziarat", "Badar", "South Waziristan", "SWA"],
                "date": ["2012-08-29", "2012-08-29"],
                "precision": "day",
                "killed": [18, 26],
                "injured": [6, 6],
                "actor": "Tehreek-e-Taliban Pakistan (claimed)",
                "kind": "main",
            },
            # a TTP commander 'shot dead by his brother-in-law in Khyber Agency on Tuesday' (a killing by a relative,
            # not an attack: neutral)
            {
                "place": "Khyber",
                "accept": ["Khyber"],
                "date": ["2012-08-28", "2012-08-28"],
                "precision": "day",
                "killed": [1, 1],
                "injured": None,
                "actor": None,
                "kind": "neutral",
            },
        ],
    },
    {
        "file": "h32_13_tribune_quetta.txt",
        "url": "https://tribune.com.pk/story/469190/explosion-heard-in-quetta-express-news/",
        "published": "2012-11-21",
        "published_note": "the page's date line ('Published: November 21, 2012', a Wednesday; 'on Wednesday' in the "
        "text). The photo caption, printed twice, is kept once; the 'Facebook Conversations' and reader comments after "
        "the text are left out",
        "orgs": [],
        "mentions": [
            # headline, 'the Shahbaz Town area of Quetta', 'CPO Quetta' (an office title), 'in Quetta during Muharram'
            ("Quetta", BL),
            ("QUETTA", BL),
            ("Shahbaz Town", BL),
            # 'Secretary Interior Balochistan' (an office title)
            ("Balochistan", BL),
        ],
        "events": [
            # a bomb planted on a motorcycle went off in the Shahbaz Town area of Quetta on Wednesday, targeting a
            # vehicle of security officials near the district jail's gate: at least seven killed (Express News and
            # rescue sources), five (government sources), three (the interior secretary and the city police chief);
            # more than 16 injured (17 up to 99), seven by the officials
            {
                "place": "Shahbaz Town",
                "accept": ["Shahbaz Town", "Quetta", "QUETTA"],
                "date": ["2012-11-21", "2012-11-21"],
                "precision": "day",
                "killed": [3, 7],
                "injured": [7, 99],
                "actor": None,
                "kind": "main",
            },
        ],
    },
]
