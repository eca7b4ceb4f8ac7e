"""Twenty-second held-out set ("heldout22", see docs/annotation.md): the TENTH BLIND set. Real AF/PK reports of
2008-2013, the years of Pakistan's big military operations and of the ISAF war: the Swat offensive of May 2009 (with
Buner and Lower Dir's Maidan), the South Waziristan offensive of October-November 2009 (Makeen; a gun attack on a
brigadier in Islamabad), a helicopter strike in Bajaur's Badan (2008), jet strikes in Orakzai (Dabori 2012, Upper
Orakzai 2012), sectarian bombings in Quetta's Hazara Town (2013), Parachinar's Turi Market (2012), Hangu's Pat Bazaar
(2013) and Karachi's Ashura procession (2009), the Polytechnic College twin blasts in Dera Ismail Khan (2009); and in
Afghanistan a police-headquarters car bomb in Kandahar (2012), disputed NATO strikes and raids in Kunar's Watapur,
near Jalalabad and in Wardak's Sayed Abad (2013), and an insider shooting in the south. Outlets: The Nation three
times, The Hindu, The Washington Post, Dawn three times, Geo News via a blog, The Guardian, Pakistan Today/AFP, The
Express Tribune, AP via USA Today and via WBUR, Antiwar.com. Collected and annotated by reading each text against
docs/annotation.md WITHOUT running geoinc's extractor on them (no extract_places / extract_incidents / eval_text.py /
bench_text.py on these texts before the spec was committed, and the extraction rules in geoinc/text*.py were not
read; only single names were geocoded to confirm a mention's province), while the extraction rules were being
changed elsewhere. It is not to be tuned to: run the final code on it once and report that number as the blind
score. Same format as text_dev_spec.py. Texts in devtexts/heldout22/."""

KP = "PK/Khyber Pakhtunkhwa"
BL = "PK/Balochistan"
PJ = "PK/Punjab"
IB = "PK/Islamabad"
KN = "AF/Kunar"
NG = "AF/Nangarhar"
KD = "AF/Kandahar"
WR = "AF/Wardak"

ARTICLES = [
    {
        "file": "h22_01_nation_swat.txt",
        "url": "https://nation.com.pk/09-May-2009/Military-steps-up-offensive-in-Swat",
        "published": "2009-05-09",
        "published_note": "URL date (2009-05-09, a Saturday, the print edition); 'the Army said Friday' and 'on Friday' "
        "are 8 May; 'during the last 24 hours' / 'in the past day' is 7-8 May. The stored page ended mid-sentence "
        "('Operation will continue till '): the text stops at the last whole sentence",
        "orgs": [],
        "mentions": [
            # headline, 'the Swat Valley', 'Swat operations', 'in Swat -', 'Swat area', 'from Swat'
            ("Swat", KP),
            # joint dateline
            ("ISLAMABAD", IB),
            ("PESHAWAR", KP),
            ("Lower Dir", KP),
            ("Buner", KP),
            # 'a compound in the Maidan area of Lower Dir district'
            ("Maidan", KP),
        ],
        "events": [
            # the Army's 24-hour total over the three districts: seven soldiers and 164 militants killed, 12 soldiers
            # wounded; 143 (Swat) + 6 (Buner) + 15 (Maidan) = 164
            {
                "place": None,
                "accept": ["Swat", "Lower Dir", "Buner", "Maidan"],
                "date": ["2009-05-07", "2009-05-08"],
                "precision": "day",
                "killed": [164, 171],
                "injured": [12, 12],
                "actor": "Pakistan Army",
                "kind": "aggregate",
            },
            # '143 militants have been killed in the past day in Swat': one district's toll of the day's air and
            # ground operation (one event per place and time, heldout12 convention); the seven soldiers are not
            # placed by the text, so they only widen the maximum
            {
                "place": "Swat",
                "accept": ["Swat"],
                "date": ["2009-05-07", "2009-05-08"],
                "precision": "day",
                "killed": [143, 150],
                "injured": None,
                "actor": "Pakistan Army",
                "kind": "main",
            },
            # 'in the neighbouring district of Buner six were killed'
            {
                "place": "Buner",
                "accept": ["Buner"],
                "date": ["2009-05-07", "2009-05-08"],
                "precision": "day",
                "killed": [6, 6],
                "injured": None,
                "actor": "Pakistan Army",
                "kind": "main",
            },
            # 'Security forces also attacked a compound in the Maidan area of Lower Dir district on Friday, killing 15'
            {
                "place": "Maidan",
                "accept": ["Maidan", "Lower Dir"],
                "date": ["2009-05-08", "2009-05-08"],
                "precision": "day",
                "killed": [15, 15],
                "injured": None,
                "actor": "Pakistani security forces",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h22_02_hindu_makeen.txt",
        "url": "https://www.thehindu.com/news/international/Forces-enter-Maken-in-Waziristan-Pak-military/article16890599.ece",
        "published": "2009-11-06",
        "published_note": "in the text ('November 06, 2009', a Friday); 'over the past 24 hours' is 5-6 November; the "
        "attack on the brigadier came 'hours' before the Friday statement. The photo caption (stored twice) kept "
        "twice as the page gives it; the stored page ended mid-sentence ('Five days later, a brigadier heading the "
        "Defe'): the text stops at the last whole sentence",
        "orgs": ["Pakistan Institute of Medical Sciences"],
        "mentions": [
            # headline spelling
            ("Maken", KP),
            # headline 'Maken in Waziristan'; the 2nd-4th are inside 'South Waziristan'
            ("Waziristan", KP, (2, 3, 4)),
            ("South Waziristan", KP),
            # 'Pak military' in the headline: an abbreviated adjective (heldout2/15 convention for 'Pak')
            ("Pak", "neutral"),
            # dateline line '... IST - Islamabad', 'Sector I-8/4 of Islamabad', 'army officers in Islamabad'
            ("Islamabad", IB),
            ("Makeen", KP),
            # a sector of Islamabad written as a code: its place status is unclear as a name (heldout18 convention
            # for codes)
            ("I-8/4", "neutral"),
        ],
        "events": [
            # 'A total of 21 militants were gunned down around Makeen' (over the past 24 hours)
            {
                "place": "Makeen",
                "accept": ["Makeen", "Maken", "South Waziristan", "Waziristan"],
                "date": ["2009-11-05", "2009-11-06"],
                "precision": "day",
                "killed": [21, 21],
                "injured": None,
                "actor": "Pakistani military",
                "kind": "main",
            },
            # 'Twenty-four militants were killed ... in fighting over the past 24 hours': a total over Makeen and
            # other fronts of the offensive
            {
                "place": "South Waziristan",
                "accept": ["South Waziristan", "Waziristan", "Makeen", "Maken"],
                "date": ["2009-11-05", "2009-11-06"],
                "precision": "day",
                "killed": [24, 24],
                "injured": None,
                "actor": "Pakistani military",
                "kind": "aggregate",
            },
            # two motorcycle-borne gunmen shot and wounded a brigadier and his driver in Sector I-8/4 of Islamabad,
            # hours before the Friday statement: wounded only (killed null, heldout17 convention)
            {
                "place": "Islamabad",
                "accept": ["Islamabad", "I-8/4"],
                "date": ["2009-11-06", "2009-11-06"],
                "precision": "day",
                "killed": None,
                "injured": [2, 2],
                "actor": "gunmen",
                "kind": "main",
            },
            # 'On October 22, a brigadier and his driver were killed by militants' (in Islamabad: 'attack on army
            # officers in Islamabad')
            {
                "place": "Islamabad",
                "accept": ["Islamabad"],
                "date": ["2009-10-22", "2009-10-22"],
                "precision": "day",
                "killed": [2, 2],
                "injured": None,
                "actor": "militants",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h22_03_wapo_southwaziristan.txt",
        "url": "http://www.washingtonpost.com/wp-dyn/content/article/2009/10/19/AR2009101902520_pf.html",
        "published": "2009-10-20",
        "published_note": "in the text ('Tuesday, October 20, 2009'); 'on Monday' is 19 October; 'since Saturday' and "
        "'the three-day offensive' are 17-19 October. The stored page ended mid-sentence ('... relief efforts as "
        "ci'): the text stops at the last whole sentence",
        "orgs": ["Washington Post"],
        "mentions": [
            ("South Waziristan", KP),
            # dateline 'ISLAMABAD, PAKISTAN --'
            ("ISLAMABAD", IB),
            ("PAKISTAN", "PK"),
            # 'a tribal region that Pakistan says ...' (metonym, a mention)
            ("Pakistan", "PK"),
            ("Afghanistan", "AF"),
            # 'told journalists in Islamabad, the capital', 'In Islamabad, Gen. David Petraeus'
            ("Islamabad", IB),
            ("United States", "out"),
            ("U.S.", "neutral"),
            # '(D-Mass.)': a party-and-state tag after a senator's name
            ("Mass", "neutral"),
        ],
        "events": [
            # Monday: 18 fighters killed, two soldiers killed 'as forces pushed further'
            {
                "place": "South Waziristan",
                "accept": ["South Waziristan"],
                "date": ["2009-10-19", "2009-10-19"],
                "precision": "day",
                "killed": [18, 20],
                "injured": None,
                "actor": "Pakistani army",
                "kind": "main",
            },
            # the three-day totals: nine soldiers since Saturday; 78 militants (the military) or 20 (a tribal elder)
            {
                "place": "South Waziristan",
                "accept": ["South Waziristan"],
                "date": ["2009-10-17", "2009-10-19"],
                "precision": "period",
                "killed": [20, 87],
                "injured": None,
                "actor": "Pakistani army",
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h22_04_dawn_quetta.txt",
        "url": "https://www.dawn.com/news/786556/large-number-of-women-children-among-dead-in-quetta-terror-comes-"
        "back-to-haunt-hazaras-blast-kills-67",
        "published": "2013-02-17",
        "published_note": "the stored page shows no date; the dateline 'QUETTA, Feb 16' and 'on Saturday' (16 February "
        "2013, the Saturday of the Hazara Town bombing that the text describes) date the event; Dawn's print edition "
        "with a previous-day dateline gives 17 February as publication. The stored page had no headline (not rebuilt "
        "from the URL slug) and ended on a whole sentence",
        "orgs": ["Lashkar-i-Jhangvi"],
        "mentions": [
            ("QUETTA", BL),
            # 'in Quetta on Saturday'; 'Quetta police chief' (an office naming a place is a mention)
            ("Quetta", BL),
            ("Balochistan", BL),
            ("Hazara Town", BL),
            # a road (heldout14 convention: a street is neutral)
            ("Alamdar Road", "neutral"),
        ],
        "events": [
            # the water-tank bomb on a tractor-trolley in Hazara Town: at least 67 killed (30 on the spot, 37 in
            # hospitals); claimed by Lashkar-i-Jhangvi
            {
                "place": "Hazara Town",
                "accept": ["Hazara Town", "Quetta", "QUETTA"],
                "date": ["2013-02-16", "2013-02-16"],
                "precision": "day",
                "killed": [67, 67],
                "injured": None,
                "actor": "Lashkar-i-Jhangvi (claimed)",
                "kind": "main",
            },
            # 'three days after a suicide bomber took almost 100 lives' (Jan 13 - 3 = Jan 10), 'the Alamdar Road
            # explosion of Jan 10': 'almost 100' written [99, 100] (heldout21 convention for 'almost N')
            {
                "place": "Quetta",
                "accept": ["Alamdar Road", "Quetta"],
                "date": ["2013-01-10", "2013-01-10"],
                "precision": "day",
                "killed": [99, 100],
                "injured": None,
                "actor": "",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h22_05_dawn_dabori.txt",
        "url": "http://dawn.com/2012/07/23/15-die-in-orakzai-air-strikes/",
        "published": "2012-07-23",
        "published_note": "URL date (2012-07-23); the dateline 'KALAYA, July 22' and 'on Sunday' are 22 July. The "
        "stored page had no headline (not rebuilt from the URL slug); the opinion/editorial sidebar after the report "
        "dropped",
        "orgs": [],
        "mentions": [
            ("KALAYA", KP),
            # 'in Dabori area', 'presence in Dabori'; the 2nd is inside 'Dabori Bazaar'
            ("Dabori", KP, (2,)),
            ("Dabori Bazaar", KP),
            ("Zekhtoon", KP),
            ("Gandi Tall", KP),
            # 'Orakzai Agency' three times
            ("Orakzai", KP),
            ("Arkhung", KP),
            ("Essa Khan Kali", KP),
            ("Gall", KP),
        ],
        "events": [
            # fighter jets on hideouts in the Dabori area (positions in Dabori Bazaar, Zekhtoon and Gandi Tall): one
            # toll for the named areas (heldout13 convention), 15 killed and 8 injured
            {
                "place": "Dabori",
                "accept": ["Dabori", "Dabori Bazaar", "Zekhtoon", "Gandi Tall", "Orakzai"],
                "date": ["2012-07-22", "2012-07-22"],
                "precision": "day",
                "killed": [15, 15],
                "injured": [8, 8],
                "actor": "Pakistan Air Force",
                "kind": "main",
            },
            # a search operation that seized weapons, no casualties: out of scope
            {
                "place": "Arkhung",
                "accept": ["Arkhung", "Essa Khan Kali", "Gall", "Orakzai"],
                "date": ["2012-07-16", "2012-07-23"],
                "precision": "week",
                "killed": None,
                "injured": None,
                "actor": "security forces",
                "kind": "neutral",
            },
        ],
    },
    {
        "file": "h22_06_geo_upperorakzai.txt",
        "url": "http://sgt-jim.blogspot.com/2012/03/jets-kill-18-militants-in-upper-orakzai.html",
        "published": "2012-03-01",
        "published_note": "the blog post's date line ('Thursday, March 1, 2012', dropped with the blog furniture); "
        "'on Thursday' is that day. Repost of a Geo News report",
        "orgs": ["Geo News"],
        "mentions": [
            ("PESHAWAR", KP),
            # 'Pakistan military jets': a country name used as an actor is a mention
            ("Pakistan", "PK"),
            ("Upper Orakzai", KP),
            # 'areas of Orakzai Agency', 'border areas of Orakzai Agency'; the others are inside 'Upper Orakzai' (1st,
            # 3rd, 6th) or 'Kurram-Orakzai' (4th)
            ("Orakzai", KP, (1, 3, 4, 6)),
            ("Samarbazar", KP),
            ("Barlas", KP),
            ("Bermela", KP),
            # 'Kurram-Orakzai border areas': a border zone named after two agencies, like a road named after two
            # towns (neutral; the names inside it are not mentions)
            ("Kurram-Orakzai", "neutral"),
        ],
        "events": [
            # jets on five compounds in Upper Orakzai, areas Samarbazar, Barlas, Bermela and the Kurram-Orakzai border
            # areas: one toll, 18 killed, 26 injured
            {
                "place": "Upper Orakzai",
                "accept": ["Upper Orakzai", "Samarbazar", "Barlas", "Bermela", "Orakzai"],
                "date": ["2012-03-01", "2012-03-01"],
                "precision": "day",
                "killed": [18, 18],
                "injured": [26, 26],
                "actor": "Pakistan Air Force",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h22_07_guardian_watapur.txt",
        "url": "https://www.theguardian.com/world/2013/sep/08/afghan-nato-air-strike-civilians",
        "published": "2013-09-08",
        "published_note": "URL date (2013-09-08, a Sunday); 'on Saturday evening' is 7 September. Page furniture "
        "('Skip to main content', 'This article is more than 9 years old', the 'Kunar province' tag) dropped, the "
        "photo caption (stored twice) kept once; the stored page ended mid-sentence ('The Watapur district chie'): the "
        "text stops at the last whole sentence",
        "orgs": [],
        "mentions": [
            # standfirst, caption, 'the Watapur district of Kunar province', 'The Kunar province police chief'
            ("Kunar", KN),
            ("Watapur", KN),
            ("Afghanistan", "AF"),
            ("Pakistan", "PK"),
            ("Qoro", KN),
            ("Nato", "neutral"),
            # 'US soldiers', 'US-led troops'
            ("US", "neutral"),
        ],
        "events": [
            # the strike on a pickup truck in Qoro village: Afghan officials 15 dead (nine civilians: four women, four
            # children, the driver), Nato 10 militants and no civilians
            {
                "place": "Qoro",
                "accept": ["Qoro", "Watapur", "Kunar"],
                "date": ["2013-09-07", "2013-09-07"],
                "precision": "day",
                "killed": [10, 15],
                "injured": None,
                "actor": "Nato (alleged)",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h22_08_pakistantoday_jalalabad.txt",
        "url": "https://archive.pakistantoday.com.pk/2013/10/06/children-among-5-afghans-killed-in-nato-airstrike",
        "published": "2013-10-06",
        "published_note": "URL date (2013-10-06, a Sunday); 'said Saturday' is 5 October, 'killed overnight' the night "
        "into Saturday (4-5 October); 'In a separate incident on Saturday' is 5 October. The stored page had no "
        "headline (not rebuilt from the URL slug); reader comments after the report dropped",
        "orgs": ["Nangarhar education department"],
        "mentions": [
            # 'in eastern Afghanistan', 'in the south of the country' (no name), 'in southern Afghanistan'
            ("Afghanistan", "AF"),
            ("Jalalabad", NG),
            ("Nangarhar", NG),
            # 'Death to America' (a slogan naming a country outside the region)
            ("America", "out"),
            ("US", "neutral"),
            ("NATO", "neutral"),
        ],
        "events": [
            # the NATO airstrike near Jalalabad on bird hunters: five civilians, three of them children (officials);
            # NATO says no civilian casualties. An unnamed place near a town is placed at the town (heldout20)
            {
                "place": "Jalalabad",
                "accept": ["Jalalabad", "Nangarhar"],
                "date": ["2013-10-04", "2013-10-05"],
                "precision": "day",
                "killed": [5, 5],
                "injured": None,
                "actor": "NATO",
                "kind": "main",
            },
            # a contracted security guard killed a coalition member at a base in southern Afghanistan and was shot
            # dead: placed at the country (heldout7 convention for an unnamed place in a region of Afghanistan)
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan"],
                "date": ["2013-10-05", "2013-10-05"],
                "precision": "day",
                "killed": [2, 2],
                "injured": None,
                "actor": "security guard",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h22_09_tribune_parachinar.txt",
        "url": "http://tribune.com.pk/story/434722/car-bomb-ravages-parachinar-market-front-page/",
        "published": "2012-09-11",
        "published_note": "in the text ('September 11, 2012', a Tuesday, print edition); the report gives no day for "
        "the bombing: the week window. The stored page ended mid-sentence ('Residents said the blast also'): the text "
        "stops at the last whole sentence",
        # a newspaper's name is an organisation (no place inside it here); the hospital's name holds no place
        "orgs": ["The Express Tribune", "Lady Reading Hospital"],
        "mentions": [
            ("Parachinar", KP),
            ("PARACHINAR", KP),
            # 'Kurram Agency' twice
            ("Kurram", KP),
            # a named market where the car bomb went off: a locality (like 'Dabori Bazaar')
            ("Turi Market", KP),
            # 'the commissioner of Kohat Division': an office naming a place
            ("Kohat", KP),
            # where the injured were taken: mentions, not the scene
            ("Hangu", KP),
            ("Thal", KP),
            ("Peshawar", KP),
        ],
        "events": [
            # the Corolla car bomb in Turi Market: 13 killed (Political Agent) or 14 bodies (the correspondent); 'over
            # 50 wounded' written 51 up to the 99 bound (heldout18 convention for 'over N')
            {
                "place": "Turi Market",
                "accept": ["Turi Market", "Parachinar", "PARACHINAR", "Kurram"],
                "date": ["2012-09-04", "2012-09-11"],
                "precision": "week",
                "killed": [13, 14],
                "injured": [51, 99],
                "actor": "",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h22_10_nation_dikhan.txt",
        "url": "http://nation.com.pk/politics/05-Jan-2009/Twin-blasts-rock-DI-Khan",
        "published": "2009-01-05",
        "published_note": "URL date (2009-01-05, a Monday, print edition); 'here on Sunday' is 4 January. The stored "
        "page ended mid-sentence ('AFP adds: ... killing seven people and wounding'): the text stops at the last "
        "whole sentence",
        "orgs": [],
        "mentions": [
            ("DI Khan", KP),
            ("DERA ISMAIL KHAN", KP),
            # a college building, the scene's landmark (heldout17 convention: a building is neutral)
            ("Polytechnic College", "neutral"),
            # 'NWFP Chief Minister', 'Punjab Chief Minister': offices naming places
            ("NWFP", KP),
            ("Punjab", PJ),
        ],
        "events": [
            # a hand grenade and ten minutes later a bomb (in a Rescue 15 vehicle, a suicide bomber believed inside)
            # in front of Polytechnic College: one event ('twin bomb blasts'), 10 killed, 28 injured. The only names
            # for the city are the headline and the dateline ('here'): the dateline is accepted (heldout15)
            {
                "place": "Dera Ismail Khan",
                "accept": ["DERA ISMAIL KHAN", "DI Khan", "Polytechnic College"],
                "date": ["2009-01-04", "2009-01-04"],
                "precision": "day",
                "killed": [10, 10],
                "injured": [28, 28],
                "actor": "",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h22_11_ap_kandahar.txt",
        "url": "http://usatoday30.usatoday.com/news/world/afghanistan/story/2012-02-05/american-soldier-kills-afghan-guard/52967480/1",
        "published": "2012-02-05",
        "published_note": "URL date (2012-02-05, a Sunday); 'on Sunday' is that day; 'The U.N. reported on Saturday' "
        "that 2011 was the deadliest year. The photo caption (stored twice with its credit) kept once without the "
        "credit line; 'Sponsored Links' dropped; the stored page ended mid-word ('Afgha'): the text stops at the last "
        "whole sentence",
        "orgs": [],
        "mentions": [
            ("KABUL", "AF/Kabul"),
            # dateline, 'a southern Afghanistan city', caption, 'coalition in Afghanistan'
            ("Afghanistan", "AF"),
            # caption 'in Kandahar, Afghanistan', 'police building in Kandahar', 'Kandahar city'
            ("Kandahar", KD),
            ("NATO", "neutral"),
        ],
        "events": [
            # car bomb at the parking lot outside the police headquarters in Kandahar: five police and two civilians
            # killed, at least 21 wounded
            {
                "place": "Kandahar",
                "accept": ["Kandahar"],
                "date": ["2012-02-05", "2012-02-05"],
                "precision": "day",
                "killed": [7, 7],
                "injured": [21, 21],
                "actor": "",
                "kind": "main",
            },
            # the U.N.'s national civilian toll for 2011 (heldout12 convention: a yearly national total is an
            # aggregate)
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan"],
                "date": ["2011-01-01", "2011-12-31"],
                "precision": "year",
                "killed": [3021, 3021],
                "injured": None,
                "actor": "",
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h22_12_antiwar_sayedabad.txt",
        "url": "https://news.antiwar.com/2013/01/13/nato-kills-at-least-four-in-afghan-night-raid-against-mosque",
        "published": "2013-01-13",
        "published_note": "URL date (2013-01-13, a Sunday); the raid 'overnight' is the night into that day (12-13 "
        "January), the second explosion 'about 90 minutes later'. The author's biography after the report dropped",
        "orgs": [],
        "mentions": [
            ("Sayed Abad", WR),
            ("Wardak", WR),
            ("NATO", "neutral"),
        ],
        "events": [
            # the night raid: four people killed, and an Afghan soldier 'also reported slain'
            {
                "place": "Sayed Abad",
                "accept": ["Sayed Abad", "Wardak"],
                "date": ["2013-01-12", "2013-01-13"],
                "precision": "day",
                "killed": [4, 5],
                "injured": None,
                "actor": "NATO",
                "kind": "main",
            },
            # the second explosion at the same mosque 90 minutes later, while civilians recovered bodies: at least
            # seven more civilians; its cause disputed (NATO denies it; officials suspect a vest): an event of its
            # own at the same place (heldout17 convention for a second violent act after a first)
            {
                "place": "Sayed Abad",
                "accept": ["Sayed Abad", "Wardak"],
                "date": ["2013-01-12", "2013-01-13"],
                "precision": "day",
                "killed": [7, 7],
                "injured": None,
                "actor": "",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h22_13_nation_bajaur.txt",
        "url": "http://www.nation.com.pk/islamabad/08-Oct-2008/Pakistan-troops-kill-12-militants-in-Bajaur",
        "published": "2008-10-08",
        "published_note": "URL date (2008-10-08, a Wednesday); 'The casualties occurred on Wednesday' is 8 October. "
        "The e-paper link after the report dropped",
        "orgs": [],
        "mentions": [
            # headline, 'in the Bajaur region'
            ("Bajaur", KP),
            ("Badan", KP),
            # 'a term used by Pakistan authorities'
            ("Pakistan", "PK"),
        ],
        "events": [
            # helicopter gunships on militant positions in the Badan area: 12 killed, two of them foreigners
            {
                "place": "Badan",
                "accept": ["Badan", "Bajaur"],
                "date": ["2008-10-08", "2008-10-08"],
                "precision": "day",
                "killed": [12, 12],
                "injured": None,
                "actor": "Pakistani military",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h22_14_dawn_hangu.txt",
        "url": "https://www.dawn.com/news/782985/suicide-bomber-slays-26-outside-hangu-mosque",
        "published": "2013-02-01",
        "published_note": "the stored page shows no date line; the photo caption dates the bombing 'Friday, Feb 1, "
        "2013' and the report's 'on Friday' is that day. Adblock/browser notices dropped, the caption (stored twice) "
        "kept once; the stored page had no headline (not rebuilt from the URL slug) and ended mid-sentence "
        "('Investigators '): the text stops at the last whole sentence",
        "orgs": [],
        "mentions": [
            # caption, 'Pat Bazaar area of Hangu district', 'a Reuters report from Hangu' (where a source reports
            # from: a mention), 'DPO of Hangu' (an office), 'district headquarters hospital in Hangu', 'the Hangu
            # hospital' (a description in lower case, not a hospital's name)
            ("Hangu", KP),
            ("Pakistan", "PK"),
            ("KOHAT", KP),
            # 'DIG of Kohat division' (an office), 'KDA Hospital in Kohat' (where the injured were taken)
            ("Kohat", KP),
            ("Pat Bazaar", KP),
            ("Peshawar", KP),
        ],
        "events": [
            # the suicide bombing outside a Shia mosque in Pat Bazaar after Friday prayers: 26 killed, 56 injured
            {
                "place": "Pat Bazaar",
                "accept": ["Pat Bazaar", "Hangu"],
                "date": ["2013-02-01", "2013-02-01"],
                "precision": "day",
                "killed": [26, 26],
                "injured": [56, 56],
                "actor": "",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h22_15_wbur_karachi.txt",
        "url": "https://www.wbur.org/news/2009/12/28/pakistan-25",
        "published": "2009-12-28",
        "published_note": "URL date (2009-12-28, a Monday); 'Monday' is that day; 'since October' is October to "
        "December 2009. An AP report. 'This article is more than 11 years old' dropped, the photo caption (stored "
        "twice) kept once; the stored page ended mid-sentence ('At the nearby Civil Hospital, relatives cried and "
        "beat their chest'): the text stops at the last whole sentence",
        "orgs": [],
        "mentions": [
            # headline, caption, "Pakistan's largest city", 'to hit Pakistan', 'killings in Pakistan'
            ("Pakistan", "PK"),
            # caption, 'city of Karachi', 'Karachi has largely', 'Karachi Mayor' (an office)
            ("Karachi", "PK/Sindh"),
        ],
        "events": [
            # the suicide bombing of the Ashura procession: 25 killed; 'wounded dozens more' (no figure) written from
            # two dozen up to the 99 bound (heldout13 convention for 'dozens')
            {
                "place": "Karachi",
                "accept": ["Karachi"],
                "date": ["2009-12-28", "2009-12-28"],
                "precision": "day",
                "killed": [25, 25],
                "injured": [24, 99],
                "actor": "",
                "kind": "main",
            },
            # the riot after the blast (arson, stones, shots in the air), no one reported hurt: out of scope
            {
                "place": "Karachi",
                "accept": ["Karachi"],
                "date": ["2009-12-28", "2009-12-28"],
                "precision": "day",
                "killed": None,
                "injured": None,
                "actor": "protesters",
                "kind": "neutral",
            },
            # 'terrorist strikes killing 500 people since October' across Pakistan
            {
                "place": "Pakistan",
                "accept": ["Pakistan"],
                "date": ["2009-10-01", "2009-12-28"],
                "precision": "period",
                "killed": [500, 500],
                "injured": None,
                "actor": "",
                "kind": "aggregate",
            },
        ],
    },
]
