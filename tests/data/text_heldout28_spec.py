"""Twenty-eighth held-out set ("heldout28", see docs/annotation.md): the SIXTEENTH BLIND set. Real AF/PK conflict
reports from even years only (heldout27 was built at the same time from the odd years): in Pakistan a roadside bomb
on a prison vehicle in Dir and a suicide car bombing at Islamabad's Police Lines with the Marriott bombing cited
(2008), a CIA drone strike in North Waziristan's Boya with the drone war's running toll (2010), two drone strikes
hours apart in Tabi Tolkhel, North Waziristan (2014), an attack on a Levies checkpoint in Kharan's Bhat (2022), an
attack on the Bannu police headquarters with a killing in Baka Khel and the Bannu Cantonment attack cited (2024); in
Afghanistan a suicide car bomb on a NATO convoy in the Kandahar region with a claimed bombing in Kandahar and the
region's running count cited (2006), a suicide bombing in Helmand's Kajaki with a bomb in Nad Ali, two assassinations
in Kandahar and a night raid in Kunar's Chawkay (2012), a roadside bomb in Ghazni's Giro (2014), a claimed Taliban
attack on posts in Takhar's Khwaja Ghar (2018), a Taliban attack on the Shinwari checkpoint outside Kunduz and a car
bomb in Kandahar's Maiwand (2020). Outlets: The National (Abu Dhabi), The Hindu, NBC News twice, GHAG, Dawn, Times of
Islamabad, AP via USA Today, AFP via Tengrinews, Sputnik via GlobalSecurity.org. Collected and annotated by reading
each text against docs/annotation.md WITHOUT running geoinc's extractor on them (no extract_places /
extract_incidents / eval_text.py / bench_text.py on these texts before the spec was committed, and the extraction
rules in geoinc/text*.py were not read), while the extraction rules were being changed elsewhere. It is not to be
tuned to: run the final code on it once and report that number as the blind score. Same format as text_dev_spec.py.
Texts in devtexts/heldout28/."""

KP = "PK/Khyber Pakhtunkhwa"
BL = "PK/Balochistan"
IB = "PK/Islamabad"
HL = "AF/Helmand"
KD = "AF/Kandahar"
KN = "AF/Kunar"
GZ = "AF/Ghazni"
KDZ = "AF/Kunduz"
TK = "AF/Takhar"

ARTICLES = [
    {
        "file": "h28_01_thenational_dir_islamabad.txt",
        "url": "https://www.thenationalnews.com/world/asia/pakistan-bombings-kill-eight-wound-four-1.529165",
        "published": "2008-10-09",
        "published_note": "the page's photo caption ('the site of an explosion in Islamabad on Oct 9 2008'); 'today' is "
        "9 October 2008. The caption and the 'Powered by automated translation' line are left out; the stored page "
        "ends mid-sentence ('The police commando Gulshan'): the text stops at the last whole sentence",
        "orgs": [],
        "mentions": [
            # headline, 'in Pakistan today', 'targets in Pakistan'
            ("Pakistan", "PK"),
            ("ISLAMABAD", IB),
            ("Dir", KP),
            # 'Meanwhile in Islamabad', 'suicide truck bombing in Islamabad', 'The latest incident in Islamabad',
            # 'The Islamabad police chief' (an office title)
            ("Islamabad", IB),
            ("Police Lines", IB),
            # a landmark (the hotel bombed on 20 September)
            ("Marriott Hotel", IB),
        ],
        "events": [
            # roadside bomb under a prison vehicle, a school bus caught in its wake, in the Dir region: three children,
            # two police and three prisoners dead ('The deaths occurred in the nation's volatile northwest': all
            # eight of the lede are here)
            {
                "place": "Dir",
                "accept": ["Dir"],
                "date": ["2008-10-09", "2008-10-09"],
                "precision": "day",
                "killed": [8, 8],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
            # apparent suicide car bombing at an anti-terror squad building in the Police Lines neighbourhood: at
            # least four police wounded ('others put the wounded toll as high as nine'); no death is reported, the
            # bomber's included (only 'apparent'), so killed is null
            {
                "place": "Police Lines",
                "accept": ["Police Lines", "Islamabad", "ISLAMABAD"],
                "date": ["2008-10-09", "2008-10-09"],
                "precision": "day",
                "killed": None,
                "injured": [4, 9],
                "actor": None,
                "kind": "main",
            },
            # the lede's total over the two bombings ('Bombings killed eight people and wounded at least four in
            # Pakistan today')
            {
                "place": "Pakistan",
                "accept": ["Pakistan"],
                "date": ["2008-10-09", "2008-10-09"],
                "precision": "day",
                "killed": [8, 8],
                "injured": [4, 4],
                "actor": None,
                "kind": "aggregate",
            },
            # 'A September 20 suicide truck bombing in Islamabad killed 54 and severely damaged the Marriott Hotel'
            {
                "place": "Marriott Hotel",
                "accept": ["Marriott Hotel", "Islamabad"],
                "date": ["2008-09-20", "2008-09-20"],
                "precision": "day",
                "killed": [54, 55],
                "injured": None,
                "actor": None,
                "kind": "background",
            },
        ],
    },
    {
        "file": "h28_02_dawn_kharan.txt",
        "url": "https://www.dawn.com/news/1727478/cdnjs.cloudflare.com",
        "published": "2022-12-21",
        "published_note": "'Published in Dawn, December 21st, 2022' (a Wednesday); 'early Tuesday morning' is 20 "
        "December. The stored page has no headline (the text starts at the dateline); the outlet's opinion and "
        "editorial teasers after the credit line are left out",
        "orgs": [],
        "mentions": [
            ("KHARAN", BL),
            ("Bhat", BL),
            ("Balochistan", BL),
            # 'Kharan district', 'Kharan Deputy Commissioner' (an office title)
            ("Kharan", BL),
            # the injured was taken to a hospital in Quetta (not the scene)
            ("Quetta", BL),
        ],
        "events": [
            # 25 to 30 militants attacked a Levies checkpoint in Bhat area: one Levies soldier killed, one injured;
            # 'the terrorists also suffered losses' gives no figure
            {
                "place": "Bhat",
                "accept": ["Bhat", "Kharan", "KHARAN"],
                "date": ["2022-12-20", "2022-12-20"],
                "precision": "day",
                "killed": [1, 1],
                "injured": [1, 1],
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h28_03_usatoday_kajaki.txt",
        "url": "http://usatoday30.usatoday.com/news/world/afghanistan/story/2012-01-18/afghanistan-suicide-bombing/52639656/1",
        "published": "2012-01-18",
        "published_note": "URL date (18 January 2012, a Wednesday); 'On Tuesday' is 17 January, 'Monday night' 16 "
        "January. A 'Sponsored Links' line is left out; the stored page ends mid-sentence ('Coalition troops and "
        "Afghan special forces have'): the text stops at the last whole sentence",
        "orgs": [],
        "mentions": [
            # dateline 'KABUL, Afghanistan (AP)'
            ("KABUL", "AF/Kabul"),
            # dateline, 'in southern Afghanistan', 'in northeastern Afghanistan'
            ("Afghanistan", "AF"),
            ("Kajaki", HL),
            # 'Kajaki district of Helmand province', 'Farther south in Helmand province'
            ("Helmand", HL),
            ("NATO", "neutral"),
            ("Nad Ali", HL),
            # 'neighboring Kandahar province', 'in Kandahar city'
            ("Kandahar", KD),
            # 'a member of the Dand district council' (a council named after the district; he was killed in
            # Kandahar city)
            ("Dand", KD),
            ("Panjwayi", KD),
            ("Kunar", KN),
            ("Chawkay", KN),
        ],
        "events": [
            # suicide bomber on a motorcycle at a bridge under construction in Kajaki district: 12 killed (two
            # policemen among them), at least 23 wounded; the bomber widens the maximum
            {
                "place": "Kajaki",
                "accept": ["Kajaki"],
                "date": ["2012-01-18", "2012-01-18"],
                "precision": "day",
                "killed": [12, 13],
                "injured": [23, 23],
                "actor": None,
                "kind": "main",
            },
            # remote-controlled bomb as an intelligence official walked out of his house in Nad Ali district on
            # Wednesday afternoon: the official and two bodyguards killed, a third bodyguard wounded
            {
                "place": "Nad Ali",
                "accept": ["Nad Ali"],
                "date": ["2012-01-18", "2012-01-18"],
                "precision": "day",
                "killed": [3, 3],
                "injured": [1, 1],
                "actor": None,
                "kind": "main",
            },
            # 'three government officials have been assassinated so far this week' (the Nad Ali official and the
            # two Kandahar council members): a total over places and days
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan", "Helmand", "Kandahar"],
                "date": ["2012-01-16", "2012-01-18"],
                "precision": "week",
                "killed": [3, 3],
                "injured": None,
                "actor": None,
                "kind": "aggregate",
            },
            # Tuesday: a Dand district council member assassinated while praying in a mosque in Kandahar city
            # (cited as the week's earlier killings: background)
            {
                "place": "Kandahar",
                "accept": ["Kandahar"],
                "date": ["2012-01-17", "2012-01-17"],
                "precision": "day",
                "killed": [1, 1],
                "injured": None,
                "actor": None,
                "kind": "background",
            },
            # Tuesday: a district council member in Panjwayi killed by gunmen on a motorbike
            {
                "place": "Panjwayi",
                "accept": ["Panjwayi"],
                "date": ["2012-01-17", "2012-01-17"],
                "precision": "day",
                "killed": [1, 1],
                "injured": None,
                "actor": None,
                "kind": "background",
            },
            # 'Separately': coalition helicopters fired into a compound on Monday night in Chawkay district, killing
            # two militants and five civilians (a separately reported incident that NATO is investigating: main)
            {
                "place": "Chawkay",
                "accept": ["Chawkay"],
                "date": ["2012-01-16", "2012-01-16"],
                "precision": "day",
                "killed": [7, 7],
                "injured": None,
                "actor": "coalition (NATO) helicopters",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h28_04_tengrinews_giro.txt",
        "url": "https://en.tengrinews.kz/unrest/roadside-bomb-kills-12-civilians-in-eastern-afghanistan-253885",
        "published": "2014-05-31",
        "published_note": "the stored page shows no date; the same AFP report on banglanews24.com is stamped 'MAY 31, "
        "2014' and 31 May 2014 was a Saturday ('Saturday' in the text), with the presidential run-off 'next month' "
        "(June 2014). The page's share buttons, photo credit and a second copy of the lede are left out, as is the "
        "outlet's list of other stories after the text",
        "orgs": [],
        "mentions": [
            # headline, 'in eastern Afghanistan Saturday', 'Afghanistan is in the middle of presidential elections'
            ("Afghanistan", "AF"),
            # 'US-led troops'
            ("US", "neutral"),
            ("Giro", GZ),
            # 'Ghazni province', 'Ghazni provincial governor spokesman'
            ("Ghazni", GZ),
            ("NATO", "neutral"),
        ],
        "events": [
            # minivans returning from a wedding hit a roadside bomb in Giro district: 12 civilians killed (seven
            # women), two wounded; unclaimed
            {
                "place": "Giro",
                "accept": ["Giro"],
                "date": ["2014-05-31", "2014-05-31"],
                "precision": "day",
                "killed": [12, 12],
                "injured": [2, 2],
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h28_05_sputnik_kunduz_maiwand.txt",
        "url": "http://www.globalsecurity.org/military/library/news/2020/09/mil-200913-sputnik07.htm",
        "published": "2020-09-13",
        "published_note": "URL date and the page's '05:12 GMT 13.09.2020' (a Sunday); 'late on Saturday night' is 12 "
        "September. The page's 'Sputnik News' and time lines under the headline are left out",
        "orgs": [],
        "mentions": [
            # headline "Afghanistan's Shinwari Checkpoint", 'Kunduz in Afghanistan', "Afghanistan's southern Kandahar"
            ("Afghanistan", "AF"),
            ("Shinwari", KDZ),
            ("KABUL", "AF/Kabul"),
            # 'the city of Kunduz', 'the Kunduz police chief' (an office title)
            ("Kunduz", KDZ),
            ("Maiwand", KD),
            ("Kandahar", KD),
            ("Qatar", "out"),
        ],
        "events": [
            # the Taliban attacked the Shinwari checkpoint outside Kunduz city late on Saturday night: five police
            # killed (three ANP, two local police), four injured
            {
                "place": "Shinwari",
                "accept": ["Shinwari", "Kunduz"],
                "date": ["2020-09-12", "2020-09-12"],
                "precision": "day",
                "killed": [5, 5],
                "injured": [4, 4],
                "actor": "Taliban",
                "kind": "main",
            },
            # 'At the same time': a car bomb (a Mazda vehicle) at a checkpoint in Maiwand District: one policeman
            # killed, three injured ('The Taliban have not yet commented')
            {
                "place": "Maiwand",
                "accept": ["Maiwand"],
                "date": ["2020-09-12", "2020-09-12"],
                "precision": "day",
                "killed": [1, 1],
                "injured": [3, 3],
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h28_06_thehindu_boya.txt",
        "url": "http://www.thehindu.com/news/international/us-drone-attack-kills-10-in-north-waziristan/article435758.ece"
        "?ref=relatedNews",
        "published": "2010-05-22",
        "published_note": "page date ('May 22, 2010 03:35 pm ... - Islamabad'); the text gives no day for the strike "
        "('just before midnight'): week window. The photo caption, printed twice on the page, is kept once",
        "orgs": [],
        "mentions": [
            # headline, the caption ('main town of North Waziristan'), "Pakistan's North Waziristan tribal district"
            ("North Waziristan", KP),
            # the page's dateline after the date
            ("Islamabad", IB),
            # 'U.S. missile strike' (caption), 'US Central Intelligence Agency', 'US and NATO forces'
            ("U.S.", "neutral"),
            ("US", "neutral"),
            # the hospital in the file photo's caption (not the scene)
            ("Miran Shah", KP),
            ("Pakistan", "PK"),
            ("Boya", KP),
            # 'some 25 km west of Miranshah' (a reference point)
            ("Miranshah", KP),
            # 'the district bordering Afghanistan', 'forces in Afghanistan'
            ("Afghanistan", "AF"),
            ("NATO", "neutral"),
        ],
        "events": [
            # CIA drones fired four missiles just before midnight at a house in Boya sub-district: ten killed (two
            # women and two children who died in hospital, one Arab and four local militants); five women and five
            # children injured. The file photo's caption ('an overnight suspected U.S. missile strike') names only
            # the hospital's town, not a strike site: not an event
            {
                "place": "Boya",
                "accept": ["Boya", "North Waziristan"],
                "date": ["2010-05-15", "2010-05-22"],
                "precision": "week",
                "killed": [10, 10],
                "injured": [10, 10],
                "actor": "United States (CIA drones)",
                "kind": "main",
            },
            # 'Over 900 people have been killed since the drone attacks began in August 2008' (all drone strikes in
            # Pakistan, heldout20 convention: a period aggregate at the country)
            {
                "place": "Pakistan",
                "accept": ["Pakistan"],
                "date": ["2008-08-01", "2010-05-22"],
                "precision": "period",
                "killed": [900, 900],
                "injured": None,
                "actor": "United States",
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h28_07_nbc_tabi_tolkhel.txt",
        "url": "http://www.nbcnews.com/news/world/10-more-killed-second-suspected-u-s-drone-attack-pakistan-n129181"
        "?cid=sm_twitter_feed_world",
        "published": "2014-06-12",
        "published_note": "the page shows no date; Bergdahl was exchanged 'last week' (31 May 2014) and the stored page "
        "goes on to 'this week's deadly Taliban attack on the Karachi airport' (8 June 2014), so 'early Thursday' is 12 "
        "June 2014 and the report of that day. The page's browser notice and sign-up lines are left out; the stored "
        "page ends mid-sentence ('... the Pakistani government'): the text stops before that last, cut sentence",
        "orgs": [],
        "mentions": [
            # headline 'Drone Attack in Pakistan', 'Pakistan officials', dateline, "Pakistan's troubled", 'drone
            # strikes in Pakistan'
            ("Pakistan", "PK"),
            # 'U.S. Drone Attack', 'U.S. Army Sgt.' twice, 'U.S. drone strike', 'The U.S. curtailed'
            ("U.S.", "neutral"),
            ("PESHAWAR", KP),
            ("North Waziristan", KP),
            ("Tabi Tolkhel", KP),
            # 'residents in Miranshah' (speakers' town), 'Javed Khan of Miranshah' (a witness's town)
            ("Miranshah", KP),
        ],
        "events": [
            # the second drone strike, before dawn on Thursday, on a mini-truck and a house in Tabi Tolkhel: ten
            # suspected militants killed
            {
                "place": "Tabi Tolkhel",
                "accept": ["Tabi Tolkhel", "North Waziristan"],
                "date": ["2014-06-12", "2014-06-12"],
                "precision": "day",
                "killed": [10, 10],
                "injured": None,
                "actor": "United States (suspected drone strike)",
                "kind": "main",
            },
            # the first strike 'only a few hours' before in the same village: six suspected militants killed (late
            # Wednesday or in the first hours of Thursday: two-day window); reported with its own toll: main
            {
                "place": "Tabi Tolkhel",
                "accept": ["Tabi Tolkhel", "North Waziristan"],
                "date": ["2014-06-11", "2014-06-12"],
                "precision": "day",
                "killed": [6, 6],
                "injured": None,
                "actor": "United States (suspected drone strike)",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h28_08_timesofislamabad_khwajaghar.txt",
        "url": "https://timesofislamabad.com/09-Mar-2018/afghan-taliban-kill-atleast-16-army-soldiers-in-attack-on-"
        "military-checkposts",
        "published": "2018-03-09",
        "published_note": "URL date (9 March 2018); the text gives no day for the attack (week window). The headline, "
        "printed twice on the page, is kept once",
        "orgs": [],
        "mentions": [
            ("TAKHAR", TK),
            # 'Khwaja Ghar district in Takhar province', 'in Khwaja Ghar district'
            ("Khwaja Ghar", TK),
            ("Takhar", TK),
        ],
        "events": [
            # Taliban attacked security check posts in Khwaja Ghar district: at least 16 killed (ten soldiers, six
            # policemen); the Taliban claimed it (as an Afghan outlet reported)
            {
                "place": "Khwaja Ghar",
                "accept": ["Khwaja Ghar"],
                "date": ["2018-03-02", "2018-03-09"],
                "precision": "week",
                "killed": [16, 16],
                "injured": None,
                "actor": "Taliban (claimed)",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h28_09_ghag_bannu.txt",
        "url": "https://ghag.pk/en/?p=3508",
        "published": "2024-10-14",
        "published_note": "the stored page shows no date; 'earlier on July 15 this year' makes it 2024, and the attack "
        "on the Bannu police lines in burqas was on Monday 14 October 2024 (APP via UrduPoint, dated that day): 'On "
        "Monday' is 14 October, 'the day before' 13 October. The page's headline block (headline, three deck lines, "
        "dateline, byline) is kept as the page prints it",
        "orgs": [],
        "mentions": [
            # headline, deck 'in Bannu on July 15', 'headquarters in Bannu', 'reach Bannu'; the 4th is inside
            # 'Bannu Cantonment'
            ("Bannu", KP, {4}),
            ("PESHAWAR", KP),
            # 'one of the main cities of Khyber Pakhtunkhwa', 'Khyber Pakhtunkhwa Chief Minister' (a title)
            ("Khyber Pakhtunkhwa", KP),
            ("Baka Khel", KP),
            ("Bannu Cantonment", KP),
        ],
        "events": [
            # five terrorists in burqas stormed the district police headquarters in Bannu on Monday: four police
            # officers killed, all five attackers killed (min the largest single figure, max all deaths)
            {
                "place": "Bannu",
                "accept": ["Bannu"],
                "date": ["2024-10-14", "2024-10-14"],
                "precision": "day",
                "killed": [5, 9],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
            # the police officer killed in a terrorist strike in the Baka Khel region 'the day before' (whose funeral
            # was under way)
            {
                "place": "Baka Khel",
                "accept": ["Baka Khel", "Bannu"],
                "date": ["2024-10-13", "2024-10-13"],
                "precision": "day",
                "killed": [1, 1],
                "injured": None,
                "actor": None,
                "kind": "background",
            },
            # 'earlier on July 15 this year ... a major attack in the interior area of Bannu Cantonment ... the forces
            # killed 10 attackers' (also the deck line 'A similar attack took place in Bannu on July 15')
            {
                "place": "Bannu Cantonment",
                "accept": ["Bannu Cantonment", "Bannu"],
                "date": ["2024-07-15", "2024-07-15"],
                "precision": "day",
                "killed": [10, 10],
                "injured": None,
                "actor": None,
                "kind": "background",
            },
        ],
    },
    {
        "file": "h28_10_nbc_kandahar.txt",
        "url": "https://www.nbcnews.com/id/wbna16065218",
        "published": "2006-12-07",
        "published_note": "the page shows no date line; the caption's photo is 'on Dec. 6' and the Kandahar region's "
        "'seven suicide bombings since Nov. 27' in '11 days' end on Thursday 7 December 2006; 'On Wednesday' is 6 "
        "December. The photo's alt text (a copy of the caption, misspelt) and the '/ Source: The Associated Press' "
        "line are left out; the line break inside 'The Kandahar region' is the page's",
        "orgs": ["U.S. Protection and Investigations"],
        "mentions": [
            # the caption's 'A U.S. Blackhawk door-gunner'
            ("U.S.", "neutral"),
            # the caption: a photo over Paktika the day before (no incident)
            ("Paktika", "AF/Paktika"),
            # caption, 'in southern Afghanistan', "Afghanistan's lawless southern provinces"
            ("Afghanistan", "AF"),
            ("NATO", "neutral"),
            # 'the Kandahar region', 'a local hospital in Kandahar' (not the scene), 'The Kandahar\\nregion', 'offices
            # ... in Kandahar'
            ("Kandahar", KD),
        ],
        "events": [
            # suicide car bomber attacked a NATO convoy on Thursday in the Kandahar region: at least two Afghan
            # civilians killed (the bomber widens the maximum); 'Some 15 civilians were killed or wounded', seven
            # wounded sent to hospital -> injured 7 to 13. The region is the finest place the text gives
            {
                "place": "Kandahar",
                "accept": ["Kandahar"],
                "date": ["2006-12-07", "2006-12-07"],
                "precision": "day",
                "killed": [2, 3],
                "injured": [7, 13],
                "actor": None,
                "kind": "main",
            },
            # Wednesday: a bomber blew himself up at the offices of U.S. Protection and Investigations in Kandahar:
            # two Americans and five Afghans killed (the bomber widens the maximum); claimed by a Taliban spokesman
            {
                "place": "Kandahar",
                "accept": ["Kandahar"],
                "date": ["2006-12-06", "2006-12-06"],
                "precision": "day",
                "killed": [7, 8],
                "injured": None,
                "actor": "Taliban (claimed)",
                "kind": "background",
            },
            # 'since Nov. 27, when two Canadian soldiers were killed in an attack' (in the Kandahar region)
            {
                "place": "Kandahar",
                "accept": ["Kandahar"],
                "date": ["2006-11-27", "2006-11-27"],
                "precision": "day",
                "killed": [2, 2],
                "injured": None,
                "actor": None,
                "kind": "background",
            },
            # 'The Kandahar region has seen seven suicide bombings since Nov. 27' (no toll)
            {
                "place": "Kandahar",
                "accept": ["Kandahar"],
                "date": ["2006-11-27", "2006-12-07"],
                "precision": "period",
                "killed": None,
                "injured": None,
                "actor": None,
                "kind": "aggregate",
            },
            # 'A growing insurgency ... has left close to 4,000 people dead' this year (the country)
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan"],
                "date": ["2006-01-01", "2006-12-07"],
                "precision": "period",
                "killed": [4000, 4000],
                "injured": None,
                "actor": None,
                "kind": "aggregate",
            },
        ],
    },
]
