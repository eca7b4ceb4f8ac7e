"""Eighty-third held-out set ("heldout83", see docs/annotation.md): the SEVENTY-FIRST BLIND set. Real AF/PK conflict
reports published in the years 2005 to 2008: in Afghanistan a remote-controlled bomb at a bridge in Kandahar's
Arghandab district aimed at a former mujahideen commander, with the national toll of the previous year cited (2007), a
suicide bombing that wounded eight policemen in Helmand (2007), a round-up of the killing of a district intelligence
chief in Ghazni's Waghuz, a raid on a hideout in Uruzgan, a coalition bombing in Kandahar province, a battle in
Helmand's Sangin and a bomb attack in Paktia (2006), and the air strikes on a wedding party in Nangarhar's Deh Bala with
the helicopter strike on the Nuristan-Kunar border two days earlier cited (2008); in Pakistan a suspected missile strike
on a house in South Waziristan's Azam Warsak (2008), a missile strike on a house in Wana (2008), the convoy attack and
clash near Ser Santri in Swat (2008), rocket raids on checkpoints near Miranshah with the offensive's toll (2005), a
motorcycle bomb in the Dera Bugti bazaar (2008), and a bomb blast in Balochistan's Barkhan with Akbar Bugti's death and
the unrest since cited (2006). Outlets: The Daily Star (Dhaka; two, AP and Reuters), The Sydney Morning Herald
(Reuters), OODA Loop (a wire summary), NBC News (AP), ABC News Australia (AFP), a blog repost of The Frontier Post, BBC
News, IRNA (via GlobalSecurity.org), Wikinews. Collected and annotated by
reading each text against docs/annotation.md WITHOUT running geoinc's extractor on them (no extract_places /
extract_incidents / eval_text.py / bench_text.py on these texts before the spec was committed, and the extraction rules
in geoinc/text*.py were not read), while the extraction rules were being changed elsewhere. It is not to be tuned to:
run the final code on it once and report that number as the blind score. Same format as text_dev_spec.py. Texts in
devtexts/heldout83/."""

KP = "PK/Khyber Pakhtunkhwa"
KD = "AF/Kandahar"
HL = "AF/Helmand"
NR = "AF/Nuristan"

ARTICLES = [
    {
        "file": "h83_01_smh_arghandab.txt",
        "url": "http://www.smh.com.au/news/World/Two-dead-in-roadside-bomb-in-Afghanistan/2007/03/10/1173167021730.html",
        "published": "2007-03-10",
        "published_note": "the URL's date (10 March 2007, a Saturday); the page's 'This was published 17 years ago' "
        "agrees. The text never dates the bombing: the week window. The headline is stored twice (kept); the site's "
        "notices ('We're sorry, this feature is currently unavailable', 'Advertisement', 'Most Viewed in World', "
        "'Loading') are page furniture and dropped",
        "orgs": [],
        "mentions": [
            # both headlines 'in Afghanistan', 'in southern Afghanistan', 'Southern and eastern regions of Afghanistan'
            ("Afghanistan", "AF"),
            ("Arghandab", KD),
            ("Kandahar", KD),
            # 'near the Pakistan border'
            ("Pakistan", "PK"),
        ],
        "events": [
            # the remote-controlled bomb at a bridge in Arghandab district: two civilians killed, six wounded (the
            # commander, his two sons, a grandson and two guards); undated: the week window
            {
                "place": "Arghandab",
                "accept": ["Arghandab"],
                "date": ["2007-03-03", "2007-03-10"],
                "precision": "week",
                "killed": [2, 2],
                "injured": [6, 6],
                "actor": None,
                "kind": "main",
            },
            # 'More than 4,000 people died in fighting last year, including about 1,000 civilians': the country's toll
            # for 2006 (`aggregate`, 'more than 4,000' is 4,001 up to the next-order bound, heldout23)
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan"],
                "date": ["2006-01-01", "2006-12-31"],
                "precision": "year",
                "killed": [4001, 9999],
                "injured": None,
                "actor": None,
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h83_02_oodaloop_helmand.txt",
        "url": "https://www.oodaloop.com/realnews-items/2007/09/19/82452/",
        "published": "2007-09-19",
        "published_note": "the URL's date (19 September 2007, a Wednesday); 'on Wednesday' is that day. The link "
        "'Full Story' is page furniture and dropped",
        "orgs": [],
        "mentions": [
            # 'the restive southern province of Helmand', 'Helmand is' (twice)
            ("Helmand", HL),
            # "Afghanistan's most violent region", "Afghanistan's biggest" (curly apostrophes)
            ("Afghanistan", "AF"),
            # 'U.S. forces'
            ("U.S.", "neutral"),
        ],
        "events": [
            # a suicide bomber wounded eight policemen in Helmand on Wednesday; no death given: killed null (an attack
            # with only injured people counted, heldout82); the province is all the text gives
            {
                "place": "Helmand",
                "accept": ["Helmand"],
                "date": ["2007-09-19", "2007-09-19"],
                "precision": "day",
                "killed": None,
                "injured": [8, 8],
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h83_03_dailystar_waghuz.txt",
        "url": "https://online91.thedailystar.net/2006/06/14/d606141308141.html",
        "published": "2006-06-14",
        "published_note": "the URL's date (14 June 2006, a Wednesday: the Dhaka paper prints the AP report a day "
        "after the police official 'said Tuesday', 13 June); 'on Monday' is 12 June and 'on Sunday' / 'the same day' "
        "11 June, both before either day. The page's 'Comments' link is dropped",
        "orgs": [],
        "mentions": [
            # the headline 'S Afghanistan', 'in southern Afghanistan'
            ("Afghanistan", "AF"),
            ("Ghazni", "AF/Ghazni"),
            ("Waghuz", "AF/Ghazni"),
            # 'US-led coalition' (twice)
            ("US", "neutral"),
            ("Uruzgan", "AF/Uruzgan"),
            ("Kandahar", KD),
            # "Helmand province's Sangin district"
            ("Helmand", HL),
            ("Sangin", HL),
            ("Paktia", "AF/Paktia"),
        ],
        "events": [
            # the district intelligence chief of Waghuz shot dead on his way home on Monday; the police blame the
            # Taliban
            {
                "place": "Waghuz",
                "accept": ["Waghuz"],
                "date": ["2006-06-12", "2006-06-12"],
                "precision": "day",
                "killed": [1, 1],
                "injured": None,
                "actor": "Taliban (alleged)",
                "kind": "main",
            },
            # fifteen militants killed in an attack on their hideout in Uruzgan on Sunday (the province is all the
            # text gives)
            {
                "place": "Uruzgan",
                "accept": ["Uruzgan"],
                "date": ["2006-06-11", "2006-06-11"],
                "precision": "day",
                "killed": [15, 15],
                "injured": None,
                "actor": "Afghan security forces and US-led coalition",
                "kind": "main",
            },
            # twelve Taliban killed 'the same day' (Sunday) when coalition warplanes bombed a building in Kandahar
            # province
            {
                "place": "Kandahar",
                "accept": ["Kandahar"],
                "date": ["2006-06-11", "2006-06-11"],
                "precision": "day",
                "killed": [12, 12],
                "injured": None,
                "actor": "US-led coalition (air)",
                "kind": "main",
            },
            # ten Taliban 'believed to have been killed' in a battle on Sunday in Sangin district
            {
                "place": "Sangin",
                "accept": ["Sangin"],
                "date": ["2006-06-11", "2006-06-11"],
                "precision": "day",
                "killed": [10, 10],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
            # a bomb attack in Paktia on Monday: two civilians killed, nine wounded; blamed on the Taliban
            {
                "place": "Paktia",
                "accept": ["Paktia"],
                "date": ["2006-06-12", "2006-06-12"],
                "precision": "day",
                "killed": [2, 2],
                "injured": [9, 9],
                "actor": "Taliban (alleged)",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h83_04_nbc_dehbala.txt",
        "url": "http://www.nbcnews.com/id/25551710/ns/world_news-south_and_central_asia/",
        "published": "2008-07-06",
        "published_note": "the page's line 'updated 7/6/2008 1:52:58 PM ET' (6 July 2008, a Sunday; kept as stored); "
        "'early Sunday' is that day and 'on Friday' 4 July. No headline on the stored page; the section label "
        "'Afghanistan Violence' and the photo credit 'Nesar Ahmad / AP' above the caption are dropped, the caption is "
        "kept; the stored page ends mid-sentence in Karzai's statement, so the text stops at the last whole sentence",
        "orgs": [],
        "mentions": [
            # the caption 'in Jalalabad, Afghanistan'
            ("Jalalabad", "AF/Nangarhar"),
            # the caption's, 'in eastern Afghanistan' (twice)
            ("Afghanistan", "AF"),
            # the caption 'U.S.-led coalition airstrikes', 'The U.S. military', 'U.S. helicopters', 'U.S. Army Gen.',
            # 'U.S. says claims', 'U.S. spokesman'
            ("U.S.", "neutral"),
            ("Deh Bala", "AF/Nangarhar"),
            ("Nangarhar", "AF/Nangarhar"),
            # 'east of Kabul'
            ("Kabul", "AF/Kabul"),
            # 'the Nuristan-Kunar border', 'the governor of Nuristan province' (the governor's name 'Nuristani' is a
            # person's name and not matched)
            ("Nuristan", NR),
            ("Kunar", "AF/Kunar"),
            # 'the commander of NATO forces'
            ("NATO", "neutral"),
        ],
        "events": [
            # aircraft killed 'up to 27' Afghans walking to a wedding early Sunday; the caption places the strikes in
            # Deh Bala district ('up to N' is [N, N], heldout10); the US says only insurgents were hit (no figure).
            # The caption's one injured boy is no count of the wounded: injured null
            {
                "place": "Deh Bala",
                "accept": ["Deh Bala"],
                "date": ["2008-07-06", "2008-07-06"],
                "precision": "day",
                "killed": [27, 27],
                "injured": None,
                "actor": "US-led coalition (air)",
                "kind": "main",
            },
            # the Friday helicopter strike on the Nuristan-Kunar border: the governor says 15 civilians killed and
            # seven wounded, the Defense Ministry that it 'killed or wounded 20 militants' (a joint count of dead and
            # wounded is no death figure, heldout70). Cited as the earlier of 'two military attacks in three days'
            # already under investigation: `background`; the border of two provinces accepts either
            {
                "place": "Nuristan",
                "accept": ["Nuristan", "Kunar"],
                "date": ["2008-07-04", "2008-07-04"],
                "precision": "day",
                "killed": [15, 15],
                "injured": [7, 7],
                "actor": "US forces (air)",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h83_05_abc_azamwarsak.txt",
        "url": "http://www.abc.net.au/news/2008-02-28/pakistan-missile-strike-kills-8/1057282",
        "published": "2008-02-28",
        "published_note": "the URL's date (28 February 2008, a Thursday); the text never dates the strike: the week "
        "window. The closing credit '- AFP' is dropped",
        "orgs": [],
        "mentions": [
            # the headline
            ("Pakistan", "PK"),
            # 'bordering Afghanistan', 'fired from Afghanistan'
            ("Afghanistan", "AF"),
            ("Azam Warsak", KP),
            ("South Waziristan", KP),
            # 'US military drones'
            ("US", "neutral"),
        ],
        "events": [
            # a suspected missile strike on a house in Azam Warsak village: 'At least eight' killed, local sources
            # 'eight to 10': [8, 10]; no actor is stated (the drones of earlier strikes were American): None
            {
                "place": "Azam Warsak",
                "accept": ["Azam Warsak", "South Waziristan"],
                "date": ["2008-02-21", "2008-02-28"],
                "precision": "week",
                "killed": [8, 10],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h83_06_mypetjawa_wana.txt",
        "url": "http://mypetjawa.mu.nu/archives/193681.php",
        "published": "2008-08-20",
        "published_note": "the blog's date line 'August 20, 2008' (a Wednesday; kept as stored); 'Wednesday' in the "
        "reposted Frontier Post text is that day. The blogger's own line after the repost is kept; the footer 'By at "
        "05:37 PM | Comments |' is dropped",
        # the outlet credited ('Via Frontier Post'): no place name in it, but an organisation
        "orgs": ["Frontier Post"],
        "mentions": [
            # the blog's title 'in Waziristan' (the 2nd is inside 'South Waziristan')
            ("Waziristan", KP, [2]),
            # the reposted dateline 'WANA:', the strike site
            ("WANA", KP),
            # 'Missiles fired from Afghanistan', 'The missiles came from Afghanistan'
            ("Afghanistan", "AF"),
            # "Pakistan's tribal belt", "Pakistan's recently elected government"
            ("Pakistan", "PK"),
            ("South Waziristan", KP),
            # the blog's title 'US missile strike', 'key US ally'
            ("US", "neutral"),
            ("Wana", KP),
        ],
        "events": [
            # two missiles on a house in Wana on Wednesday: 'at least eight' killed, the owner wounded and pulled from
            # the rubble
            {
                "place": "Wana",
                "accept": ["Wana", "WANA", "South Waziristan"],
                "date": ["2008-08-20", "2008-08-20"],
                "precision": "day",
                "killed": [8, 8],
                "injured": [1, 1],
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h83_07_bbc_swat.txt",
        "url": "http://news.bbc.co.uk/2/hi/south_asia/7683802.stm",
        "published": "2008-10-22",
        "published_note": "the page's line 'Page last updated at 09:39 GMT, Wednesday, 22 October 2008' (dropped "
        "with the page furniture: its 'UK' is a time zone, not a place named in the report); the fighting 'started on "
        "Tuesday afternoon and continued late into the night': 21 October. The footer (external-sites notice, other "
        "headlines, sign-in and copyright lines) is dropped",
        "orgs": [],
        "mentions": [
            # 'the north-western Swat region', 'in Swat since last year', 'in Swat has been', 'The Swat valley'
            ("Swat", KP),
            # 'Swat region of Pakistan', "Pakistan's most famous tourist destination"
            ("Pakistan", "PK"),
            ("Ser Santri", KP),
            # 'the town of Kabal' (where the convoy came from)
            ("Kabal", KP),
        ],
        "events": [
            # militants attacked a supply convoy near Ser Santri on Tuesday: officials say five security personnel
            # (four soldiers, one policeman) and seven militants killed; the Taleban claim 17 security personnel:
            # min 7 (the largest single official figure, heldout82's Orakzai), max 17 + 7 = 24 (differing sources)
            {
                "place": "Ser Santri",
                "accept": ["Ser Santri", "Swat"],
                "date": ["2008-10-21", "2008-10-21"],
                "precision": "day",
                "killed": [7, 24],
                "injured": None,
                "actor": "Taleban",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h83_08_dailystar_miranshah.txt",
        "url": "https://tds-images.thedailystar.net/2005/10/03/d510031309107.htm",
        "published": "2005-10-03",
        "published_note": "the URL's date (3 October 2005, a Monday); 'yesterday' and 'on Sunday' are 2 October, "
        "'on Thursday' 29 September. The page's closing '|' is dropped; the credit line 'Reuters, Miranshah' is kept "
        "(a dateline)",
        "orgs": [],
        "mentions": [
            # the headline 'Pak checkpoints' (a short form, neutral like 'Pak-Afghan', heldout2)
            ("Pak", "neutral"),
            # the credit line's dateline, 'the town of Miranshah'
            ("Miranshah", KP),
            # 'Pakistan has been trying', 'slipped into Pakistan'
            ("Pakistan", "PK"),
            ("North Waziristan", KP),
            ("Islamabad", "PK/Islamabad"),
            # 'US-led forces'
            ("US", "neutral"),
            ("Afghanistan", "AF"),
            ("United States", "out"),
        ],
        "events": [
            # the first attack, on Sunday: rockets on a paramilitary check-post near Miranshah, two soldiers killed and
            # four wounded
            {
                "place": "Miranshah",
                "accept": ["Miranshah", "North Waziristan"],
                "date": ["2005-10-02", "2005-10-02"],
                "precision": "day",
                "killed": [2, 2],
                "injured": [4, 4],
                "actor": None,
                "kind": "main",
            },
            # 'attacked two Pakistani military checkpoints ... yesterday and two soldiers and two gunmen were killed':
            # a total over the two raids, of which only the first is placed: `aggregate` at its district (heldout70's
            # Razmak), the unplaced raid having no event of its own
            {
                "place": "North Waziristan",
                "accept": ["North Waziristan", "Miranshah"],
                "date": ["2005-10-02", "2005-10-02"],
                "precision": "day",
                "killed": [4, 4],
                "injured": None,
                "actor": None,
                "kind": "aggregate",
            },
            # 'at least seven Pakistani soldiers have been killed since' the offensive began in North Waziristan on
            # Thursday: a total over four days (`aggregate`)
            {
                "place": "North Waziristan",
                "accept": ["North Waziristan"],
                "date": ["2005-09-29", "2005-10-03"],
                "precision": "period",
                "killed": [7, 7],
                "injured": None,
                "actor": None,
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h83_09_irna_derabugti.txt",
        "url": "https://www.globalsecurity.org/wmd/library/news/pakistan/2008/pakistan-081019-irna01.htm",
        "published": "2008-10-19",
        "published_note": "the dateline 'Islamabad, Oct 19, IRNA' and the URL's 081019 (19 October 2008, a Sunday); "
        "'on Sunday' is that day. The host site's banners ('UNITED24 - Make a charitable donation in support of "
        "Ukraine!', 'Weapons of Mass Destruction (WMD)') and the keyword tag 'Pakistan-Bomb-Blast' are page furniture "
        "and dropped; the agency's credit line is kept. The stored page ends mid-sentence ('With about six million "
        "inhabitants, Pakistan's biggest province has'), so the text stops at the last whole sentence before it",
        # 'Baloch Liberation Army' holds no place name ('Baloch' is a demonym)
        "orgs": [],
        "mentions": [
            # the headline "in Pakistan's southwest", "Balochistan is Pakistan's biggest province"
            ("Pakistan", "PK"),
            # the dateline, 'the central government in Islamabad' (a metonym: a mention, not a place of the event)
            ("Islamabad", "PK/Islamabad"),
            # 'the Pakistani province of Balochistan', 'Balochistan has been', "Balochistan's gas reserves",
            # 'Balochistan is'
            ("Balochistan", "PK/Balochistan"),
            ("Dera Bugti", "PK/Balochistan"),
        ],
        "events": [
            # a remote-controlled motorcycle bomb at the main bazaar of Dera Bugti on Sunday: 'At least three' killed,
            # six injured (the target's two guards among them); no claim
            {
                "place": "Dera Bugti",
                "accept": ["Dera Bugti"],
                "date": ["2008-10-19", "2008-10-19"],
                "precision": "day",
                "killed": [3, 3],
                "injured": [6, 6],
                "actor": None,
                "kind": "main",
            },
            # 'Akbar Bugti was killed in a military offensive in August 2006' has no place in this text, and 'Several
            # people ... were killed' no place, date nor figure: neither is an event
        ],
    },
    {
        "file": "h83_10_wikinews_barkhan.txt",
        "url": "https://en.wikinews.org/wiki/Bomb_blast_in_Pakistan,_%22fighters_for_greater_autonomy%22_responsible,_police_claim",
        "published": "2006-09-08",
        "published_note": "the page's date line 'Friday, September 8, 2006' (kept as stored); 'on Friday' is that "
        "day. The wiki's furniture ('From Wikinews, the free news source you can write!', 'Jump to navigation Jump to "
        "search') is dropped; the text's gap 'Everyone in knows' is kept as stored, no word added",
        "orgs": [],
        "mentions": [
            # the headline, 'Barkhan city of Balochistan, Pakistan', 'The Pakistan government' (a metonym)
            ("Pakistan", "PK"),
            ("Barkhan", "PK/Balochistan"),
            # 'Barkhan city of Balochistan', "Balochistan's natural resources", 'continue in Balochistan'
            ("Balochistan", "PK/Balochistan"),
            # the variant spelling as written ('the military operation in Baluchistan')
            ("Baluchistan", "PK/Balochistan"),
        ],
        "events": [
            # the bomb blast in Barkhan city on Friday: 3 killed, 13 wounded; the police blame Bugti's supporters
            {
                "place": "Barkhan",
                "accept": ["Barkhan"],
                "date": ["2006-09-08", "2006-09-08"],
                "precision": "day",
                "killed": [3, 3],
                "injured": [13, 13],
                "actor": "supporters of Akbar Bugti (alleged)",
                "kind": "main",
            },
            # 'Nawab Akbar Bugti, 79, died on August 26 during the military operation in Baluchistan': an earlier
            # killing with its own place (the province is all the text gives) and date: `background`
            {
                "place": "Baluchistan",
                "accept": ["Baluchistan", "Balochistan"],
                "date": ["2006-08-26", "2006-08-26"],
                "precision": "day",
                "killed": [1, 1],
                "injured": None,
                "actor": "Pakistani military",
                "kind": "background",
            },
            # 'The protests, rallies and processions since Akbar Bugti's death have left many people dead': a total
            # over the province and the thirteen days since 26 August with no figure: `aggregate`, killed null
            {
                "place": "Balochistan",
                "accept": ["Balochistan", "Baluchistan"],
                "date": ["2006-08-26", "2006-09-08"],
                "precision": "period",
                "killed": None,
                "injured": None,
                "actor": None,
                "kind": "aggregate",
            },
        ],
    },
]
