"""Twentieth held-out set ("heldout20", see docs/annotation.md): the EIGHTH BLIND set. Real AF/PK reports collected
and annotated by reading each text against docs/annotation.md WITHOUT running geoinc's extractor on them (no
extract_places / extract_incidents / eval_text.py / bench_text.py on these texts before the spec was committed, and
geoinc/text*.py not read; only single names were geocoded to confirm a mention's province), while the extraction
rules were being changed elsewhere. It is not to be tuned to: run the final code on it once and report that number
as the blind score. Its emphasis differs from the earlier blind sets: longer international-press reports (Reuters,
AP, AFP, dpa, VOA, Long War Journal, The Express Tribune) that mix the main event with reactions, officials speaking
from other cities, background attacks, claims of responsibility and conflicting tolls; cross-border incidents
(Chaman, Torkham, Mohmand's border posts, Pakistani strikes in Paktika); US drone strikes in North Waziristan
2008-2013; Islamic State-Khorasan attacks. Same format as text_dev_spec.py. Texts in devtexts/heldout20/."""

KP = "PK/Khyber Pakhtunkhwa"
BL = "PK/Balochistan"
IB = "PK/Islamabad"
KB = "AF/Kabul"

ARTICLES = [
    {
        "file": "h20_01_tribune_chaman.txt",
        "url": "https://tribune.com.pk/story/1401727/civilian-killed-17-injured-afghan-forces-fire-checkposts-chaman/",
        "published": "2017-05-05",
        "published_note": "in the stored page ('Published: May 5, 2017', a Friday; the firing 'on Friday' is that "
        "day). The 'Published' line, the two photo captions and a related-story link ('Afghan president Ashraf Ghani "
        "turns down invitation to visit Pakistan') dropped; the stored page ended mid-sentence, the text is cut at the "
        "last whole sentence",
        "orgs": [],
        "mentions": [
            # a three-city dateline 'QUETTA/ISLAMABAD/LANDIKOTAL:'
            ("QUETTA", BL),
            ("ISLAMABAD", IB),
            ("LANDIKOTAL", KP),
            # headline, 'villages of Chaman', 'Chaman area', 'forces deployed in Chaman', 'the Chaman crossing', 'the
            # government-run hospital in Chaman'
            ("Chaman", BL),
            ("Killi Luqman", BL),
            ("Killi Jahangir", BL),
            ("Afghanistan", "AF"),
            ("Pakistan", "PK"),
            # 'Kabul claims the villages are part of ...' (a metonym)
            ("Kabul", KB),
            # the Afghan district Kabul says the villages belong to: a mention, not the scene
            ("Spin Boldak", "AF/Kandahar"),
        ],
        "events": [
            # the Pakistani side: one toll (10 killed incl. an FC man, 47 injured) for the two named villages of
            # Chaman (heldout13 convention: one event accepting each named area)
            {
                "place": "Killi Luqman",
                "accept": ["Killi Luqman", "Killi Jahangir", "Chaman"],
                "date": ["2017-05-05", "2017-05-05"],
                "precision": "day",
                "killed": [10, 10],
                "injured": [47, 47],
                "actor": "Afghan Border Police (alleged)",
                "kind": "main",
            },
            # the Pakistani return fire 'injured two Afghan security officials': one event per side (heldout16
            # convention); the text names no place on the Afghan side, so the border villages and Chaman are
            # accepted, and Spin Boldak (the district Kabul says the villages are in)
            {
                "place": "Chaman",
                "accept": ["Chaman", "Killi Luqman", "Killi Jahangir", "Spin Boldak"],
                "date": ["2017-05-05", "2017-05-05"],
                "precision": "day",
                "killed": None,
                "injured": [2, 2],
                "actor": "Pakistani forces",
                "kind": "main",
            },
            # 'a series of terrorist attacks across the country left around 100 people dead': a total over several
            # attacks. The text does not date them beyond the pluperfect; the window is the months of 2017 before
            # the report (the month-long closure it names began in February 2017, as other reports say)
            {
                "place": "Pakistan",
                "accept": ["Pakistan"],
                "date": ["2017-01-01", "2017-05-05"],
                "precision": "period",
                "killed": [100, 100],
                "injured": None,
                "actor": "",
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h20_02_lwj_shawal.txt",
        "url": "https://www.longwarjournal.org/archives/2013/06/local_taliban_comman.php",
        "published": "2013-06-09",
        "published_note": "the URL gives 2013/06 only; the text dates the strike 'June 7' ('Friday's drone strike', "
        "7 June 2013 was a Friday) and says it happened 'two days ago': published 9 June 2013 (a Sunday). The stored "
        "page ended mid-sentence, the text is cut at the last whole sentence",
        "orgs": [],
        "mentions": [
            ("Pakistan", "PK"),
            # 'into Afghanistan', 'the bordering area of Afghanistan', 'cross over into Afghanistan', 'a gateway to
            # Afghanistan'
            ("Afghanistan", "AF"),
            ("Shawal", KP),
            # 'Shawal area of North Waziristan', 'the South and North Waziristan Agency'
            ("North Waziristan", KP),
            ("Pash Ziarat", KP),
            # 'the South and North Waziristan Agency': South Waziristan written elliptically, not a name as written
            ("South", "neutral"),
            # 'A US drone strike', 'attacking US soil', 'the US Charge d'Affaires', 'to the US [Charge', 'The US has
            # conducted'
            ("US", "neutral"),
        ],
        "events": [
            # a compound in the Shawal area: 'Six fighters are thought to have been killed'
            {
                "place": "Shawal",
                "accept": ["Shawal", "North Waziristan"],
                "date": ["2013-06-07", "2013-06-07"],
                "precision": "day",
                "killed": [6, 6],
                "injured": None,
                "actor": "United States",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h20_03_reuters_torkham.txt",
        "url": "https://khaleejtimes.com/world/army-major-killed-in-afghan-firing-across-the-border?amp=1",
        "published": "2016-06-15",
        "published_note": "in the stored page ('Published: Wed 15 Jun 2016, 3:51 PM'; a Reuters report filed on "
        "Tuesday 14 June). The major 'died on Tuesday' (14 June) of wounds from the fighting that 'first broke out on "
        "Sunday evening' (12 June); the Afghan toll was given 'on Monday' (13 June). The 'Published' line dropped; "
        "the stored page ended mid-sentence, the text is cut at the last whole sentence",
        "orgs": [],
        "mentions": [
            # 'Peshawar - Two countries ...' (the report's place line), 'about 45km west of Peshawar'
            ("Peshawar", KP),
            ("Khyber Pass", KP),
            ("Torkham", KP),
            ("Pakistan", "PK"),
            ("Afghanistan", "AF"),
            # 'Kabul alleges ...' (a metonym)
            ("Kabul", KB),
        ],
        "events": [
            # the Pakistani side: the major shot in the fighting died on Tuesday; he was one of nine Pakistani troops
            # wounded (8 or 9 injured, as he is counted among the dead). Window from the first firing to his death
            {
                "place": "Torkham",
                "accept": ["Torkham", "Khyber Pass"],
                "date": ["2016-06-12", "2016-06-14"],
                "precision": "day",
                "killed": [1, 1],
                "injured": [8, 9],
                "actor": "Afghan forces (alleged)",
                "kind": "main",
            },
            # the Afghan side: one Afghan soldier killed, six Afghan troops wounded (the same crossing; heldout16's
            # one-event-per-side convention)
            {
                "place": "Torkham",
                "accept": ["Torkham", "Khyber Pass"],
                "date": ["2016-06-12", "2016-06-13"],
                "precision": "day",
                "killed": [1, 1],
                "injured": [6, 6],
                "actor": "Pakistani forces",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h20_04_rferl_mirali.txt",
        "url": "https://www.rferl.org/a/Nine_Dead_In_Suspected_US_Strikes_In_Pakistan/1373950.html",
        "published": "2009-01-23",
        "published_note": "the stored page carries no date and the text dates nothing; 'the first such strike since "
        "Barack Obama became U.S. president' is the strike of Friday 23 January 2009 (other reports of it, not used "
        "here, have that day): published 23 January 2009, the strike in the week window. A Reuters report. The page's "
        "'Accessibility links' / 'Breaking News' furniture dropped",
        "orgs": [],
        "mentions": [
            ("PESHAWAR", KP),
            # headline, "Pakistan's North Waziristan region", "what it sees as Pakistan's failure", 'Pakistan
            # objects', 'strikes into Pakistan'
            ("Pakistan", "PK"),
            ("North Waziristan", KP),
            ("Afghanistan", "AF"),
            ("Mir Ali", KP),
            # headline 'Suspected U.S. Strikes', 'A suspected U.S. drone', 'U.S. president', 'the new U.S.
            # administration'
            ("U.S.", "neutral"),
            # 'the United States stepped up crossborder attacks', 'The United States carried out about 30 attacks'
            ("United States", "out"),
        ],
        "events": [
            # three missiles on a house in a village 2 km west of Mir Ali: nine killed. The village is unnamed and
            # only 2 km from the town, so Mir Ali (the nearest named place) is the place, North Waziristan accepted
            {
                "place": "Mir Ali",
                "accept": ["Mir Ali", "North Waziristan"],
                "date": ["2009-01-16", "2009-01-23"],
                "precision": "week",
                "killed": [9, 9],
                "injured": None,
                "actor": "United States (suspected)",
                "kind": "main",
            },
            # 'about 30 attacks ... in 2008 ... killed more than 220 people' (a Reuters tally)
            {
                "place": "Pakistan",
                "accept": ["Pakistan"],
                "date": ["2008-01-01", "2008-12-31"],
                "precision": "period",
                "killed": [220, 220],
                "injured": None,
                "actor": "United States",
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h20_05_ap_miranshah.txt",
        "url": "https://www.military-quotes.com/forums/threads/suspected-us-missile-strike-kills-5-in-pakistan-border-town.68460/",
        "published": "2008-10-12",
        "published_note": "in the text (Boston Globe, October 12, 2008, a Sunday); an AP report reposted on a forum. "
        "'late yesterday' is Saturday 11 October; 'the Friday bombing' is 10 October. The forum's user-name lines "
        "dropped; the stored page ended mid-sentence, the text is cut at the last whole sentence",
        # a newspaper's name holding a place (heldout12 convention)
        "orgs": ["Boston Globe"],
        "mentions": [
            ("DERA ISMAIL KHAN", KP),
            # headline, the dateline's 'Pakistan', 'the Pakistan side', 'Pakistan intelligence numbers', "Pakistan's
            # semiautonomous tribal regions", 'violence in Pakistan'
            ("Pakistan", "PK"),
            ("Miran Shah", KP),
            # 'in north Waziristan'
            ("Waziristan", KP),
            ("Orakzai", KP),
            ("Afghanistan", "AF"),
            ("US", "neutral"),
            ("NATO", "neutral"),
            ("United States", "out"),
        ],
        "events": [
            # missiles on a factory (a house near a factory in other versions) in Miran Shah town: at least five
            {
                "place": "Miran Shah",
                "accept": ["Miran Shah", "Waziristan"],
                "date": ["2008-10-11", "2008-10-11"],
                "precision": "day",
                "killed": [5, 5],
                "injured": None,
                "actor": "United States (suspected)",
                "kind": "main",
            },
            # Friday's suicide bombing of an anti-Taliban tribal gathering in Orakzai, cited through its burials: 34
            # bodies counted, up to 25 more taken away by relatives (34 to 59)
            {
                "place": "Orakzai",
                "accept": ["Orakzai"],
                "date": ["2008-10-10", "2008-10-10"],
                "precision": "day",
                "killed": [34, 59],
                "injured": None,
                "actor": "",
                "kind": "background",
            },
            # 'tribesmen exchanged fire with Taliban militants' yesterday 'in the region' (Orakzai): no casualties
            # given
            {
                "place": "Orakzai",
                "accept": ["Orakzai"],
                "date": ["2008-10-11", "2008-10-11"],
                "precision": "day",
                "killed": None,
                "injured": None,
                "actor": "tribesmen",
                "kind": "neutral",
            },
            # 'at least 11 missile strikes on the Pakistan side of the Afghan border since mid-August, killing more
            # than 100 people' (an AP count)
            {
                "place": "Pakistan",
                "accept": ["Pakistan"],
                "date": ["2008-08-15", "2008-10-12"],
                "precision": "period",
                "killed": [100, 100],
                "injured": None,
                "actor": "United States (suspected)",
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h20_06_ani_dandedarpakhel.txt",
        "url": "https://topnews.in/node/65435",
        "published": "2008-09-08",
        "published_note": "in the text ('Islamabad, Sept. 8', the attack 'on Monday'); the year is not in the text: "
        "8 September was a Monday in 2008, and the missile strike on the Haqqani seminary it reports is of that day "
        "(other reports, not used here). An ANI report; the doubled apostrophes ('Pakistan''s') are as stored",
        "orgs": [],
        "mentions": [
            ("Islamabad", IB),
            # 'US troops in Afghanistan', "Afghanistan''s eastern Khost province", 'neighboring Afghanistan'
            ("Afghanistan", "AF"),
            ("Pakistan", "PK"),
            ("North Waziristan", KP),
            # 'According to reports from Dera Ismail Khan' (where the reports came from, not the scene)
            ("Dera Ismail Khan", KP),
            # 'a bold attack on a luxury hotel in Kabul' (vague history, no date: not an event)
            ("Kabul", KB),
            ("Khost", "AF/Khost"),
            ("Dande Darba Khel", KP),
            ("US", "neutral"),
            ("U. S.", "neutral"),
            ("NATO", "neutral"),
        ],
        "events": [
            # missiles on a seminary and adjacent houses in Dande Darba Khel: 'at least nine' or 12 (an intelligence
            # official: 3 foreign militants, 2 local men, 4 women, 3 children), 15 injured
            {
                "place": "Dande Darba Khel",
                "accept": ["Dande Darba Khel", "North Waziristan"],
                "date": ["2008-09-08", "2008-09-08"],
                "precision": "day",
                "killed": [9, 12],
                "injured": [15, 15],
                "actor": "United States (suspected)",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h20_07_ap_bajur.txt",
        "url": "https://www.irishexaminer.com/world/arid-41195575.html",
        "published": "2023-07-31",
        "published_note": "in the stored page (Mon, 31 Jul, 2023); the bombing was 'Sunday' (30 July). An AP report "
        "(Anwarullah Khan). The date/byline lines, two photo captions and an unrelated teaser (a football story) "
        "dropped",
        # the group's full name; 'Khorasan Province' inside it is not a place in the region
        "orgs": ["Islamic State in Khorasan Province"],
        "mentions": [
            ("Pakistan", "PK"),
            ("Bajur", KP),
            ("Khyber Pakhtunkhwa", KP),
            ("Afghanistan", "AF"),
        ],
        "events": [
            # 54 killed incl. at least five children, 'nearly 200' wounded; claimed by IS-K
            {
                "place": "Bajur",
                "accept": ["Bajur", "Bajaur"],
                "date": ["2023-07-30", "2023-07-30"],
                "precision": "day",
                "killed": [54, 54],
                "injured": [200, 200],
                "actor": "Islamic State-Khorasan (claimed)",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h20_08_voa_kabul_airport.txt",
        "url": "https://www.newdelhitimes.com/islamic-state-claims-responsibility-for-kabul-attack/",
        "published": "2023-01-02",
        "published_note": "the stored page carries no date; a VOA report whose text says IS 'said Monday' that it was "
        "behind 'Sunday's' bombing, the December attacks being 'last month': the Monday is 2 January 2023, the bombing "
        "Sunday 1 January 2023. The site's section labels dropped; the stored page ended mid-sentence, the text is "
        "cut at the last whole sentence",
        "orgs": [],
        "mentions": [
            # headline, "the country's capital, Kabul", 'a downtown Kabul hotel'
            ("Kabul", KB),
            # "its Afghanistan-based affiliate": the country's name, a mention
            ("Afghanistan", "AF"),
            # 'China confirmed', 'Beijing swiftly advised' (metonyms outside the region)
            ("China", "out"),
            ("Beijing", "out"),
            ("Pakistan", "PK"),
        ],
        "events": [
            # the bombing at the military airport's entrance: 'at least eight Taliban forces' killed (unnamed
            # security sources) or 20 killed and 30 wounded (the IS claim)
            {
                "place": "Kabul",
                "accept": ["Kabul"],
                "date": ["2023-01-01", "2023-01-01"],
                "precision": "day",
                "killed": [8, 20],
                "injured": [30, 30],
                "actor": "Islamic State-Khorasan (claimed)",
                "kind": "main",
            },
            # 'The December 12 attack' on a Kabul hotel: the three attackers killed; it 'killed or wounded several
            # Taliban forces' (no figure: 99 as for 'dozens'), five Chinese injured
            {
                "place": "Kabul",
                "accept": ["Kabul"],
                "date": ["2022-12-12", "2022-12-12"],
                "precision": "day",
                "killed": [3, 99],
                "injured": [5, 99],
                "actor": "Islamic State-Khorasan (claimed)",
                "kind": "background",
            },
            # 'a December 2 assassination attempt' on Pakistan's head of mission in Kabul: a guard injured, no one
            # killed
            {
                "place": "Kabul",
                "accept": ["Kabul"],
                "date": ["2022-12-02", "2022-12-02"],
                "precision": "day",
                "killed": None,
                "injured": [1, 1],
                "actor": "Islamic State-Khorasan (claimed)",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h20_09_afp_paktika.txt",
        "url": "https://www.etvbharat.com/en/international/pakistan-launched-air-strikes-inside-afghanistan-breaking-"
        "a-ceasefire-several-killed-including-three-afghan-cricketers-enn25101800595",
        "published": "2025-10-18",
        "published_note": "page date (2025-10-18, a Saturday; the URL id 'enn251018'); an AFP report. 'late Friday' "
        "is 17 October. The North Waziristan attack is not dated by the text: the week window. The 'ETV Bharat / "
        "international' label dropped; the stored page ended mid-sentence, the text is cut at the last whole sentence",
        # the group's and the board's names hold country names (organisations)
        "orgs": ["Tehreek-e-Taliban Pakistan", "Afghanistan Cricket Board"],
        "mentions": [
            # headline 'As Kabul Accuses' (a metonym), the dateline 'Kabul:', 'a claim Kabul denies' (a metonym)
            ("Kabul", KB),
            ("Pakistan", "PK"),
            ("Afghanistan", "AF"),
            ("Paktika", "AF/Paktika"),
            # 'Islamabad said that same group ...' (a metonym)
            ("Islamabad", IB),
            ("North Waziristan", KP),
        ],
        "events": [
            # 'bombed three locations in Paktika' (one toll): 10 killed (civilians, hospital official; three of them
            # cricket players), 12 wounded. Pakistan says it carried out 'precision aerial strikes'
            {
                "place": "Paktika",
                "accept": ["Paktika"],
                "date": ["2025-10-17", "2025-10-17"],
                "precision": "day",
                "killed": [10, 10],
                "injured": [12, 12],
                "actor": "Pakistani forces",
                "kind": "main",
            },
            # the suicide bombing and gun attack on a military camp in North Waziristan: seven paramilitary troops
            # dead (attackers not counted by the text)
            {
                "place": "North Waziristan",
                "accept": ["North Waziristan"],
                "date": ["2025-10-11", "2025-10-18"],
                "precision": "week",
                "killed": [7, 7],
                "injured": None,
                "actor": "Hafiz Gul Bahadur Group (alleged)",
                "kind": "background",
            },
            # 'nearly a week of bloody border clashes that killed dozens of troops and civilians on both sides': a
            # total over several clashes and places, none named ('dozens': 24 up to the 99 bound)
            {
                "place": None,
                "accept": [],
                "date": ["2025-10-09", "2025-10-15"],
                "precision": "week",
                "killed": [24, 99],
                "injured": None,
                "actor": "",
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h20_10_asianews_kabul.txt",
        "url": "https://afghanistan.asia-news.com/en_GB/articles/cnmi_st/features/2024/09/03/feature-01",
        "published": "2024-09-03",
        "published_note": "URL (2024-09-03, a Tuesday; the claim was made 'September 3'). The blast is dated by the "
        "police statement of 'September 2' (a Monday; other reports of the attack, not used here, put it that day). "
        "The stored page had no headline (not rebuilt); it ended mid-sentence, the text is cut at the last whole "
        "sentence. The 'March' attack in Kandahar is 2024 ('In March' in a September 2024 report)",
        # the group's name; a city police force (the 'Helmand Police' convention); a monitoring group's name
        "orgs": ["Islamic State of Iraq and Syria", "Kabul police", "Afghanistan Security Watch"],
        "mentions": [
            ("KABUL", KB),
            # 'a suicide attack in Kabul', "Kabul's southern outskirts", 'attacks in Kabul', 'a western Kabul
            # neighborhood' ('Kabul police' is an organisation span)
            ("Kabul", KB),
            ("Qala-e-Bakhtiar", KB),
            # 'Khorasan branch': the group's name for its 'province', not a place in the region
            ("Khorasan", "neutral"),
            # 'attacks across Afghanistan', 'suicide attack in Afghanistan'
            ("Afghanistan", "AF"),
            ("Kandahar", "AF/Kandahar"),
        ],
        "events": [
            # six killed (civilians, one woman), 13 wounded; IS's 'more than 45' is dead and wounded together, not a
            # killed figure
            {
                "place": "Qala-e-Bakhtiar",
                "accept": ["Qala-e-Bakhtiar", "Kabul"],
                "date": ["2024-09-02", "2024-09-02"],
                "precision": "day",
                "killed": [6, 6],
                "injured": [13, 13],
                "actor": "ISIS-K (claimed)",
                "kind": "main",
            },
            # 'The most recent suicide attack ... occurred August 11', in a western Kabul neighborhood: no toll
            {
                "place": "Kabul",
                "accept": ["Kabul"],
                "date": ["2024-08-11", "2024-08-11"],
                "precision": "day",
                "killed": None,
                "injured": None,
                "actor": "ISIS-K (claimed)",
                "kind": "background",
            },
            # 'In March ... an attack in Kandahar': three killed (authorities) or 20 (a hospital source)
            {
                "place": "Kandahar",
                "accept": ["Kandahar"],
                "date": ["2024-03-01", "2024-03-31"],
                "precision": "month",
                "killed": [3, 20],
                "injured": None,
                "actor": "ISIS-K (claimed)",
                "kind": "background",
            },
            # '62 deadly attacks across Afghanistan over the past three years' (to the report of August 16): a total,
            # with no death toll
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan"],
                "date": ["2021-08-16", "2024-08-16"],
                "precision": "period",
                "killed": None,
                "injured": None,
                "actor": "ISIS-K",
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h20_11_dpa_mohmand.txt",
        "url": "https://en.trend.az/world/other/1962242.html",
        "published": "2011-11-26",
        "published_note": "in the stored page (26 November 2011, a Saturday; the attack 'Saturday', 'pre-dawn'). A "
        "dpa report. The page's label/date line and its repeat of the lead paragraph above the headline dropped; the "
        "stored page ended mid-sentence, the text is cut at the last whole sentence",
        # 'the Pakistan Army chief'
        "orgs": ["Pakistan Army"],
        "mentions": [
            # 'landlocked Afghanistan', 'infiltrate into Afghanistan'
            ("Afghanistan", "AF"),
            ("Mohmand Agency", KP),
            # where an official spoke from
            ("Peshawar", KP),
            ("Khyber-Pakhtunkhwa", KP),
            # "Pakistan's reaction" (the one in 'Pakistan Army' is an organisation span)
            ("Pakistan", "PK"),
            ("Washington", "out"),
            ("Brussels", "out"),
            ("NATO", "neutral"),
            ("US", "neutral"),
        ],
        "events": [
            # NATO helicopters on two border posts in Mohmand Agency: 24 soldiers killed (military) or 26 (an FC
            # official: two officers more); 13 or 23 injured
            {
                "place": "Mohmand Agency",
                "accept": ["Mohmand Agency", "Mohmand"],
                "date": ["2011-11-26", "2011-11-26"],
                "precision": "day",
                "killed": [24, 26],
                "injured": [13, 23],
                "actor": "NATO (ISAF)",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h20_12_afp_hassokhel.txt",
        "url": "http://panarmenian.net/m/eng/news/108906",
        "published": "2012-05-24",
        "published_note": "the stored page carries no date; the text dates the strike 'early Thursday, May 24' and "
        "puts it after 'a summit of NATO alliance leaders in Chicago earlier this week' (20-21 May 2012): published "
        "Thursday 24 May 2012, 'Wednesday' is 23 May. An AFP-based report; the stored page had no headline",
        "orgs": [],
        "mentions": [
            # "northwest Pakistan's lawless tribal region", "Washington considers Pakistan's", 'Pakistan says'
            ("Pakistan", "PK"),
            ("Hassokhel", KP),
            ("Miranshah", KP),
            ("North Waziristan", KP),
            ("Afghanistan", "AF"),
            # 'Western targets in Kabul' (vague history: not an event)
            ("Kabul", KB),
            # metonyms: 'Washington considers', 'Islamabad has been resisting'
            ("Washington", "out"),
            ("Islamabad", IB),
            ("Chicago", "out"),
            # 'attacks on the West': not a place name as such
            ("West", "neutral"),
            ("U.S.", "neutral"),
            ("NATO", "neutral"),
        ],
        "events": [
            # two missiles on a house in Hassokhel town: five bodies recovered, three worshippers in a nearby mosque
            # wounded
            {
                "place": "Hassokhel",
                "accept": ["Hassokhel", "North Waziristan"],
                "date": ["2012-05-24", "2012-05-24"],
                "precision": "day",
                "killed": [5, 5],
                "injured": [3, 3],
                "actor": "United States",
                "kind": "main",
            },
            # 'one on Wednesday that killed four militants in the same region' (North Waziristan)
            {
                "place": "North Waziristan",
                "accept": ["North Waziristan"],
                "date": ["2012-05-23", "2012-05-23"],
                "precision": "day",
                "killed": [4, 4],
                "injured": None,
                "actor": "United States",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h20_13_voa_kabul_kunduz.txt",
        "url": "https://newsfromrss.com/suicide-bombing-at-afghan-ministry-kills-1-injures-several",
        "published": "2025-02-13",
        "published_note": "the stored page carries no date; a VOA report: 'Taliban officials said Thursday', the "
        "Kunduz bank bombing 'two days' before on 'Tuesday'. The Kunduz bombing outside a bank where Taliban "
        "personnel were collecting salaries is of Tuesday 11 February 2025 (other reports, not used here), so the "
        "Thursday is 13 February 2025. The stored page had no headline (not rebuilt from the URL slug)",
        "orgs": [],
        "mentions": [
            ("Kabul", KB),
            ("Kunduz", "AF/Kunduz"),
            ("Afghanistan", "AF"),
        ],
        "events": [
            # the bomber stopped at the ministry entrance: one Taliban security member killed (the bomber's death
            # makes two), three wounded; no claim, IS-K suspected
            {
                "place": "Kabul",
                "accept": ["Kabul"],
                "date": ["2025-02-13", "2025-02-13"],
                "precision": "day",
                "killed": [1, 2],
                "injured": [3, 3],
                "actor": "Islamic State-Khorasan (suspected)",
                "kind": "main",
            },
            # 'a suicide bombing outside a bank in ... Kunduz that killed at least five people' on Tuesday
            {
                "place": "Kunduz",
                "accept": ["Kunduz"],
                "date": ["2025-02-11", "2025-02-11"],
                "precision": "day",
                "killed": [5, 5],
                "injured": None,
                "actor": "Islamic State-Khorasan (claimed)",
                "kind": "background",
            },
            # 'The violence has killed hundreds of people' since 2021: a general statement with no figure, not
            # annotated as an event
        ],
    },
    {
        "file": "h20_14_tribune_dattakhel.txt",
        "url": "https://tribune.com.pk/story/133842/drone-strike-kills-8-in-datta-khel",
        "published": "2011-03-18",
        "published_note": "in the text ('Manzoor Ali March 18, 2011', a Friday); the strike 'on Thursday' is 17 March. "
        "The stored page ended mid-sentence, the text is cut at the last whole sentence",
        "orgs": ["Tehreek-i-Taliban Pakistan"],
        "mentions": [
            # headline 'Pakistan furious', 'In reaction, Pakistan,' (the one in the TTP's name is an organisation
            # span)
            ("Pakistan", "PK"),
            # 'Islamabad and Washington managed to settle ...' (metonyms)
            ("Islamabad", IB),
            ("Washington", "out"),
            ("North Waziristan", KP),
            ("United States", "out"),
            ("Nayya Adda", KP),
            ("Datta Khel", KP),
            # 'the agency headquarters Miramshah' (a distance reference, not the scene)
            ("Miramshah", KP),
            ("US", "neutral"),
            # 'between Kharhtangi and Datakhel tribes': tribes, not places (heldout14 convention)
        ],
        "events": [
            # missiles on a jirga in the Nayya Adda area of Datta Khel tehsil: 'at least 38' killed, 'some media
            # reports' 40; 15 injured. 'the second attack in the area in as many days' cites an earlier strike with
            # no toll or detail: not annotated
            {
                "place": "Nayya Adda",
                "accept": ["Nayya Adda", "Datta Khel", "North Waziristan"],
                "date": ["2011-03-17", "2011-03-17"],
                "precision": "day",
                "killed": [38, 40],
                "injured": [15, 15],
                "actor": "United States",
                "kind": "main",
            },
        ],
    },
]
