"""Sixtieth held-out set ("heldout60", see docs/annotation.md): the FORTY-EIGHTH BLIND set. Real AF/PK conflict
reports published in the years 2009 to 2011: in Afghanistan a round-up of roadside bombs with a motorcycle bomb in
Ghazni city and the year's international troop toll (2010), a NATO munition that fell on civilians in Kunar with the
offensive's weekly toll (2011), a suicide bombing of a police station in Helmand with a foiled bomber in Farah and the
previous day's bombings cited (2009), the roadside bombings in Kandahar city with the previous day's bombings and
killings of a deputy mayor and a former Arghistan district chief cited (2010), a US helicopter strike on a compound in
Kandahar province (2009); in Pakistan a drone strike in Mir Ali's Khushali area with the Abbottabad raid cited (2011),
a suicide bombing near a police station in Bannu with the national bombing toll since 2007 (2010), a bomb outside a
bus terminal in Mingora with the national toll since July 2007 (2010), the gun attack on a bus of Hazaras in Quetta's
Akhtarabad with the Mastung bus attack and a two-week provincial toll cited (2011). Outlets: The Express Tribune (AFP)
twice, Antiwar.com, Al Jazeera, Dawn twice, USA Today (AP), The Sydney Morning Herald (AFP), The New York Times via a
forum repost. Collected and annotated by reading each text against docs/annotation.md WITHOUT running geoinc's
extractor on them (no extract_places / extract_incidents / eval_text.py / bench_text.py on these texts before the spec
was committed, and the extraction rules in geoinc/text*.py were not read), while the extraction rules were being
changed elsewhere. It is not to be tuned to: run the final code on it once and report that number as the blind score.
Same format as text_dev_spec.py. Texts in devtexts/heldout60/."""

KP = "PK/Khyber Pakhtunkhwa"
BL = "PK/Balochistan"
KB = "AF/Kabul"
KD = "AF/Kandahar"

ARTICLES = [
    {
        "file": "h60_01_tribune_roadsidebombs.txt",
        "url": "https://tribune.com.pk/story/40175/roadside-bombs-claim-10-lives-in-kabul/",
        "published": "2010-08-17",
        "published_note": "the page's byline date ('Afp August 17, 2010', a Tuesday; the byline line is page furniture "
        "and left out); 'on Tuesday' is 17 August. The stored page ends mid-sentence in a paragraph on a roadside bomb "
        "in Herat's Shindand ('..., said Lal Mohamm'): the text stops at the last whole sentence (heldout13), so that "
        "incident is not in the text. The deck's 'in have killed' and the double space are the page's",
        "orgs": [],
        "mentions": [
            # headline 'claim 10 lives in Kabul' (the headline's own error: no bomb in the text is in Kabul)
            ("Kabul", KB),
            # dateline
            ("KABUL", KB),
            # 'Roadside bombs in Afghanistan', 'eastern Afghanistan' twice, 'killed in Afghanistan', 'troops in
            # Afghanistan', "Afghanistan's fledgling government", "Afghanistan's southeastern police zone"
            ("Afghanistan", "AF"),
            # 'Nato soldiers' (three times), 'Nato policy', 'Nato force'; 'US-led'
            ("Nato", "neutral"),
            ("US", "neutral"),
            # 'the western province of Herat' (where a contingent is based: no event)
            ("Herat", "AF/Herat"),
            # 'southern Ghazni city'
            ("Ghazni", "AF/Ghazni"),
        ],
        "events": [
            # the lede's total: roadside bombs in Afghanistan killed ten, including three Nato soldiers; its parts
            # include the eastern attack with only the week window: an aggregate with the week window (heldout33)
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan"],
                "date": ["2010-08-10", "2010-08-17"],
                "precision": "week",
                "killed": [10, 10],
                "injured": None,
                "actor": None,
                "kind": "aggregate",
            },
            # 'Two Nato soldiers were killed in an attack in eastern Afghanistan' (no day: the week window; only the
            # country named: heldout7's country placement)
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan"],
                "date": ["2010-08-10", "2010-08-17"],
                "precision": "week",
                "killed": [2, 2],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
            # 'Another died in a similar attack on Tuesday, in the west of the country'
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan"],
                "date": ["2010-08-17", "2010-08-17"],
                "precision": "day",
                "killed": [1, 1],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
            # 'The latest deaths took to 436 the number of international soldiers killed in Afghanistan since the
            # start of the year'
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan"],
                "date": ["2010-01-01", "2010-08-17"],
                "precision": "period",
                "killed": [436, 436],
                "injured": None,
                "actor": None,
                "kind": "aggregate",
            },
            # '520 for the whole of 2009'
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan"],
                "date": ["2009-01-01", "2009-12-31"],
                "precision": "year",
                "killed": [520, 520],
                "injured": None,
                "actor": None,
                "kind": "aggregate",
            },
            # a remote-controlled bomb on a motorcycle on a bridge in southern Ghazni city went off prematurely on
            # Tuesday: two passers-by killed, five wounded (the bomber injured and arrested, not killed)
            {
                "place": "Ghazni",
                "accept": ["Ghazni"],
                "date": ["2010-08-17", "2010-08-17"],
                "precision": "day",
                "killed": [2, 2],
                "injured": [5, 5],
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h60_02_antiwar_kunar.txt",
        "url": "https://news.antiwar.com/2011/10/21/nato-airstrike-hits-civilians-toll-unclear/",
        "published": "2011-10-21",
        "published_note": "the URL's date (21 October 2011, a Friday); 'overnight' is the night before or that day "
        "(two-day window), 'yesterday' 20 October. The author line and the author's biography are page furniture and "
        "left out; \"weren' taken\" is the page's",
        "orgs": [],
        "mentions": [
            # headline 'NATO Airstrike', 'NATO warplanes', 'critical of NATO', 'Since NATO said' (actor)
            ("NATO", "neutral"),
            # 'the Kunar Province', 'in the past week in Kunar'
            ("Kunar", "AF/Kunar"),
        ],
        "events": [
            # a NATO munition that 'fell short' struck a crowd of civilians overnight in the Kunar offensive: NATO
            # says 13 wounded, none killed; unconfirmed reports that all 10 not taken to hospital died. The official
            # no-death account against the unconfirmed ten gives killed [0, 10] and injured [3, 13] (differing
            # sources widen the range; NEW: an official 'all wounded' against a report of deaths starts at 0)
            {
                "place": "Kunar",
                "accept": ["Kunar"],
                "date": ["2011-10-20", "2011-10-21"],
                "precision": "day",
                "killed": [0, 10],
                "injured": [3, 13],
                "actor": "NATO (air strike)",
                "kind": "main",
            },
            # 'the massive offensive in the Kunar Province, which yesterday they reported has killed at least 115
            # "insurgents"', 'the 115 already killed in the past week in Kunar': the offensive's weekly toll
            {
                "place": "Kunar",
                "accept": ["Kunar"],
                "date": ["2011-10-13", "2011-10-21"],
                "precision": "week",
                "killed": [115, 115],
                "injured": None,
                "actor": "NATO",
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h60_03_aljazeera_helmand.txt",
        "url": "https://www.aljazeera.com/news/asia/2009/03/200931664233336238.html",
        "published": "2009-03-16",
        "published_note": "the URL's date (2009/03/2009316..., 16 March 2009, a Monday); the stored page gives no day "
        "for the attacks: the week window. The stored page starts at the headline and deck and then the paragraph on "
        "the deputy police chief (the wire lede is not on it); its paragraph indents are dropped; 'SOURCE: Agencies' "
        "and the list of other stories after it are page furniture and left out; 'they fighters' and 'compound ,' "
        "are the page's",
        "orgs": [],
        "mentions": [
            # deck 'in Helmand province'
            ("Helmand", "AF/Helmand"),
            # 'In a separate attack in Farah'
            ("Farah", "AF/Farah"),
            # 'a province in western Afghanistan', 'the south and east of Afghanistan', 'stationed in Afghanistan'
            ("Afghanistan", "AF"),
            # 'four Nato soldiers', '38,000 US soldiers'
            ("Nato", "neutral"),
            ("US", "neutral"),
            # 'Washington is due to send' (metonym)
            ("Washington", "out"),
        ],
        "events": [
            # the suicide bombing of a police station in Helmand: 'at least nine officers and two others' (11); the
            # Taliban claim 47 police officers; a bomber confirmed ('A man wearing police uniform walked towards us
            # and exploded') adds himself to the maximum (heldout42): [11, 48]
            {
                "place": "Helmand",
                "accept": ["Helmand"],
                "date": ["2009-03-09", "2009-03-16"],
                "precision": "week",
                "killed": [11, 48],
                "injured": None,
                "actor": "Taliban (claimed)",
                "kind": "main",
            },
            # 'In a separate attack in Farah, ... a would-be suicide bomber armed with a grenade killed a police
            # officer', the bomber shot dead by other police: one figure 1, all deaths 2
            {
                "place": "Farah",
                "accept": ["Farah"],
                "date": ["2009-03-09", "2009-03-16"],
                "precision": "week",
                "killed": [1, 2],
                "injured": None,
                "actor": "suicide bomber",
                "kind": "main",
            },
            # 'a day after a string of bombings killed at least seven people, including four Nato soldiers, in the
            # south and east of Afghanistan': a total over several bombings at the country, the day before the
            # week-window attacks
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan"],
                "date": ["2009-03-08", "2009-03-15"],
                "precision": "week",
                "killed": [7, 7],
                "injured": None,
                "actor": None,
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h60_04_tribune_mirali.txt",
        "url": "https://tribune.com.pk/story/258959/drone-strike-kills-5-in-n-waziristan-3/",
        "published": "2011-09-23",
        "published_note": "the page's line 'Published: September 23, 2011' (a Friday; left out); 'on Friday evening' "
        "is 23 September, 'in May this year' May 2011. The photo caption, printed twice, is kept once; 'Facebook "
        "Conversations' and the reader comments are page furniture and left out",
        # 'for the Pakistan army to move' (heldout34: the army is an organisation)
        "orgs": ["Pakistan army"],
        "mentions": [
            # headline
            ("N Waziristan", KP),
            # caption 'in Mir Ali, Khushali area', body 'in Mir Ali, North Waziristan', 'in Mir Ali Khushali area'
            ("Mir Ali", KP),
            ("Khushali", KP),
            # caption, body twice, 'move into North Waziristan'
            ("North Waziristan", KP),
            # dateline
            ("NORTH WAZIRISTAN", KP),
            # "Pakistan's tribal areas", 'between Pakistan and the US', 'deep in Pakistan'
            ("Pakistan", "PK"),
            # 'A US drone', 'US has been', 'the US especially', 'US forces', 'US has in', 'the US says', 'US troops'
            ("US", "neutral"),
            ("Abbottabad", KP),
            ("Afghanistan", "AF"),
            # 'tribal border areas of Waziristan' (the five inside 'North Waziristan' / 'N Waziristan' skipped)
            ("Waziristan", KP, (1, 2, 3, 4, 5)),
        ],
        "events": [
            # a US drone fired missiles at the house of a tribal leader in Mir Ali's Khushali area on Friday evening:
            # five killed; 'many are feared to have been injured' gives no figure
            {
                "place": "Khushali",
                "accept": ["Khushali", "Mir Ali", "North Waziristan", "N Waziristan"],
                "date": ["2011-09-23", "2011-09-23"],
                "precision": "day",
                "killed": [5, 5],
                "injured": None,
                "actor": "United States (drone)",
                "kind": "main",
            },
            # cited: 'US forces raided a compound in the garrison town of Abbottabad ... and killed Osama bin Laden
            # in May this year' (heldout32's Abbottabad raid; the month window)
            {
                "place": "Abbottabad",
                "accept": ["Abbottabad"],
                "date": ["2011-05-01", "2011-05-31"],
                "precision": "month",
                "killed": [1, 1],
                "injured": None,
                "actor": "United States (special forces)",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h60_05_dawn_bannu.txt",
        "url": "http://www.dawn.com/news/587396/newspaper/i.dawn.com",
        "published": "2010-11-30",
        "published_note": "the page's line 'Published November 30, 2010' (a Tuesday; left out); 'on Tuesday' is 30 "
        "November. The photo caption is kept; the 'Opinion' and 'Editorial' lists after the report are page "
        "furniture and left out",
        "orgs": [],
        "mentions": [
            # headline, 'the town of Bannu', 'Bannu police chief' (a speaker's office: still a mention)
            ("Bannu", KP),
            # dateline, not the scene
            ("PESHAWAR", KP),
            # 'northwestern Pakistan', "Pakistan's tribal belt", 'across Pakistan'
            ("Pakistan", "PK"),
            # 'an extremist mosque in Islamabad in 2007'
            ("Islamabad", "PK/Islamabad"),
        ],
        "events": [
            # a suicide bomber on foot blew himself up near a police van close to a police station in Bannu on
            # Tuesday: six killed (two boys, a police official, three pedestrians; 'earlier ... four'), 19 injured;
            # the confirmed bomber adds himself to the maximum (heldout42)
            {
                "place": "Bannu",
                "accept": ["Bannu"],
                "date": ["2010-11-30", "2010-11-30"],
                "precision": "day",
                "killed": [6, 7],
                "injured": [19, 19],
                "actor": "suicide bomber",
                "kind": "main",
            },
            # 'Around 4,000 people have been killed in suicide and bomb attacks across Pakistan since government
            # forces raided an extremist mosque in Islamabad in 2007' (NEW: 'Around N' is written N, N)
            {
                "place": "Pakistan",
                "accept": ["Pakistan"],
                "date": ["2007-01-01", "2010-11-30"],
                "precision": "period",
                "killed": [4000, 4000],
                "injured": None,
                "actor": None,
                "kind": "aggregate",
            },
            # the cited raid on the mosque in Islamabad in 2007: no toll (heldout41's cited strike with a date but
            # no toll), the year window
            {
                "place": "Islamabad",
                "accept": ["Islamabad"],
                "date": ["2007-01-01", "2007-12-31"],
                "precision": "year",
                "killed": None,
                "injured": None,
                "actor": "government forces",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h60_06_usatoday_kandahar.txt",
        "url": "http://usatoday30.usatoday.com/news/world/afghanistan/2010-10-06-kandahar-blasts_N.htm",
        "published": "2010-10-06",
        "published_note": "the URL's date (6 October 2010, a Wednesday; 'on Wednesday' in the lede); 'Tuesday night' "
        "is 5 October, 'On Monday' and 'a day after' 4 October. The 'Posted | Comment | Recommend E-mail | Print' "
        "line is page furniture and left out; the stored page ends mid-sentence ('They could not achieve victory in "
        "nea'): the text stops at the last whole sentence (heldout13)",
        "orgs": [],
        "mentions": [
            # dateline
            ("KANDAHAR", KD),
            # 'KANDAHAR, Afghanistan', '"enemies of Afghanistan"' twice
            ("Afghanistan", "AF"),
            # 'NATO-led' twice, 'NATO and Afghan forces', 'Afghan and NATO forces', 'NATO described'
            ("NATO", "neutral"),
            # headline, 'Kandahar city', 'Control of Kandahar', 'deputy mayor in Kandahar', 'the districts of
            # Kandahar'
            ("Kandahar", KD),
            # 'a former district chief in Arghistan'
            ("Arghistan", KD),
        ],
        "events": [
            # the roadside bombings Tuesday night in Kandahar city that targeted a police vehicle at an intersection:
            # nine killed (five children), 30 injured
            {
                "place": "Kandahar",
                "accept": ["Kandahar"],
                "date": ["2010-10-05", "2010-10-05"],
                "precision": "day",
                "killed": [9, 9],
                "injured": [30, 30],
                "actor": None,
                "kind": "main",
            },
            # 'a day after four officers died in coordinated bombings that were also aimed at police' (in the city,
            # the report's only scene): cited, Monday
            {
                "place": "Kandahar",
                "accept": ["Kandahar"],
                "date": ["2010-10-04", "2010-10-04"],
                "precision": "day",
                "killed": [4, 4],
                "injured": None,
                "actor": None,
                "kind": "background",
            },
            # 'NATO and Afghan forces reported killing 16 militants': a total over their operations with no place
            # (a 'shadow governor of a northern province' among them): an aggregate at the country, the week window
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan"],
                "date": ["2010-09-29", "2010-10-06"],
                "precision": "week",
                "killed": [16, 16],
                "injured": None,
                "actor": "NATO and Afghan forces",
                "kind": "aggregate",
            },
            # 'On Monday, Noor Ahman, deputy mayor in Kandahar, was also killed in an insurgent attack'
            {
                "place": "Kandahar",
                "accept": ["Kandahar"],
                "date": ["2010-10-04", "2010-10-04"],
                "precision": "day",
                "killed": [1, 1],
                "injured": None,
                "actor": "insurgents",
                "kind": "background",
            },
            # 'later in the day, Habibullah Aghonzada, a former district chief in Arghistan, was gunned down ... as he
            # prayed at a packed mosque': no scene named; placed at the district he headed (heldout50, heldout58)
            {
                "place": "Arghistan",
                "accept": ["Arghistan"],
                "date": ["2010-10-04", "2010-10-04"],
                "precision": "day",
                "killed": [1, 1],
                "injured": None,
                "actor": "assailants",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h60_07_smh_mingora.txt",
        "url": "http://news.smh.com.au/breaking-news-world/bomb-attack-kills-five-in-swat-valley-20100715-10chc.html",
        "published": "2010-07-15",
        "published_note": "the URL's date (20100715, 15 July 2010, a Thursday); 'on Thursday' is 15 July. The "
        "headline, printed twice, is kept once; the notice 'We're sorry, this feature is currently unavailable...', "
        "'Advertisement', 'This was published 13 years ago' and the byline 'By Riaz Khan' are page furniture and "
        "left out; the stored page ends mid-sentence ('... and that two security force'): the text stops at the "
        "last whole sentence (heldout13)",
        "orgs": [],
        "mentions": [
            # headline 'in Swat valley', 'the northwestern Swat valley', 'that includes Swat'
            ("Swat", KP),
            # 'foreign ministers in Islamabad', 'a radical mosque in Islamabad'
            ("Islamabad", "PK/Islamabad"),
            ("Mumbai", "out"),
            # 'which New Delhi blamed' (metonym)
            ("New Delhi", "out"),
            # 'across nuclear-armed Pakistan'
            ("Pakistan", "PK"),
            # 'a bus terminal in Mingora'
            ("Mingora", KP),
            # 'the northwestern Malakand region'
            ("Malakand", KP),
        ],
        "events": [
            # the bomb on a busy street outside a bus terminal in Mingora on Thursday, aimed at a military convoy:
            # five killed ('earlier ... four'); 'more than 40 wounded' and doctors' 44: [44, 99]. A suicide bomber
            # only suggested, not confirmed: no bomber added (heldout35)
            {
                "place": "Mingora",
                "accept": ["Mingora", "Swat"],
                "date": ["2010-07-15", "2010-07-15"],
                "precision": "day",
                "killed": [5, 5],
                "injured": [44, 99],
                "actor": None,
                "kind": "main",
            },
            # 'Suicide and bomb attacks ... have killed more than 3500 people across nuclear-armed Pakistan since
            # government troops besieged a radical mosque in Islamabad in July 2007' (heldout36's next-order bound)
            {
                "place": "Pakistan",
                "accept": ["Pakistan"],
                "date": ["2007-07-01", "2010-07-15"],
                "precision": "period",
                "killed": [3501, 9999],
                "injured": None,
                "actor": None,
                "kind": "aggregate",
            },
            # the siege of the mosque in Islamabad in July 2007: no toll, the month window
            {
                "place": "Islamabad",
                "accept": ["Islamabad"],
                "date": ["2007-07-01", "2007-07-31"],
                "precision": "month",
                "killed": None,
                "injured": None,
                "actor": "government troops",
                "kind": "background",
            },
            # 'the 2008 Mumbai attacks': outside Afghanistan and Pakistan, no toll: neutral
            {
                "place": "Mumbai",
                "accept": ["Mumbai"],
                "date": ["2008-01-01", "2008-12-31"],
                "precision": "year",
                "killed": None,
                "injured": None,
                "actor": None,
                "kind": "neutral",
            },
        ],
    },
    {
        "file": "h60_08_dawn_quetta.txt",
        "url": "https://www.dawn.com/news/663912/another-sectarian-attack-near-quetta",
        "published": "2011-10-04",
        "published_note": "the stored page prints no date line; the photo caption dates the attack 'October 4, 2011' "
        "(a Tuesday) and the text's 'on Tuesday' is that day: the page is dated 4 October 2011 (heldout31's dating "
        "from the weekday and the event's date). 'On Sept 20' is 20 September 2011. The stored page ends "
        "mid-sentence ('Later,'): the text stops at the last whole sentence (heldout13)",
        # the newspaper; the paramilitary force; the hospital named after the Bolan area (an organisation)
        "orgs": ["Dawn", "Frontier Corps", "Bolan Medical College Hospital"],
        "mentions": [
            # caption 'a bullet-riddled bus in Quetta', body 'the outskirts of Quetta'
            ("Quetta", BL),
            # dateline
            ("QUETTA", BL),
            # caption "in Pakistan's insurgency-torn southwestern province"
            ("Pakistan", "PK"),
            # caption 'province of Balochistan', body 'Sectarian attacks in Balochistan'
            ("Balochistan", BL),
            ("Hazar Ganji", BL),
            # 'from Akhtarabad in a bus', 'blocked its way in Akhtarabad'
            ("Akhtarabad", BL),
            # 'in Mastung district'
            ("Mastung", BL),
            # 'bound for Iran'
            ("Iran", "out"),
            # streets (heldout14's 'Thana road'): the lower-case 'western bypass' is a description, no mention
            ("Western Bypass", "neutral"),
            ("Brewery Road", "neutral"),
        ],
        "events": [
            # gunmen stopped a bus of Hazaras in Akhtarabad on the outskirts of Quetta on Tuesday and opened fire:
            # 14 killed; ten killed on the spot and ten injured, four of whom died: injured 6 up to 10
            {
                "place": "Akhtarabad",
                "accept": ["Akhtarabad", "Quetta"],
                "date": ["2011-10-04", "2011-10-04"],
                "precision": "day",
                "killed": [14, 14],
                "injured": [6, 10],
                "actor": "gunmen",
                "kind": "main",
            },
            # 'On Sept 20, armed men attacked a bus carrying Shia Hazara pilgrims in Mastung district, killing 26'
            {
                "place": "Mastung",
                "accept": ["Mastung"],
                "date": ["2011-09-20", "2011-09-20"],
                "precision": "day",
                "killed": [26, 26],
                "injured": None,
                "actor": "armed men",
                "kind": "background",
            },
            # 'Sectarian attacks in Balochistan have claimed 45 lives over the past two weeks'
            {
                "place": "Balochistan",
                "accept": ["Balochistan"],
                "date": ["2011-09-20", "2011-10-04"],
                "precision": "period",
                "killed": [45, 45],
                "injured": None,
                "actor": None,
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h60_09_apacheclips_kandahar.txt",
        "url": "http://www.apacheclips.com/boards/threads/2561-U-S-Strike-Kills-5-Civilians-Afghans-Say?s=7453d57b487efe69af64461035546d10&p=8865",
        "published": "2009-07-17",
        "published_note": "the forum repost prints its source's date line 'July 17, 2009' (a Friday; kept, heldout31: "
        "a repost is dated by the date line it prints); 'on Wednesday night' is 15 July. The stored page ends "
        "mid-sentence ('The w'): the text stops at the last whole sentence (heldout13)",
        "orgs": [],
        "mentions": [
            # headline 'U.S. Strike'
            ("U.S.", "neutral"),
            # dateline
            ("KANDAHAR", KD),
            # 'KANDAHAR, Afghanistan', 'forces in Afghanistan' twice, 'the insurgency in Afghanistan'
            ("Afghanistan", "AF"),
            # 'a United States patrol', 'United States forces' twice, 'The United States military', 'United States
            # operations' (the set's usual label)
            ("United States", "out"),
            # 'a Kandahar hospital', 'the governor of Kandahar Province'
            ("Kandahar", KD),
            ("NATO", "neutral"),
        ],
        "events": [
            # US helicopters called in after a patrol was attacked on Wednesday night fired into a compound in a
            # village of Kandahar Province (not named): five civilians killed, 13 wounded. The province is the only
            # place the text gives for the scene
            {
                "place": "Kandahar",
                "accept": ["Kandahar"],
                "date": ["2009-07-15", "2009-07-15"],
                "precision": "day",
                "killed": [5, 5],
                "injured": [13, 13],
                "actor": "United States forces (air support)",
                "kind": "main",
            },
        ],
    },
]
