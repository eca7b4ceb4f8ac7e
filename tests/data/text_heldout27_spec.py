"""Twenty-seventh held-out set ("heldout27", see docs/annotation.md): the FIFTEENTH BLIND set. Real AF/PK conflict
reports from odd years only (the sixteenth set, built at the same time, takes even years): in Afghanistan a Taliban
attack on a police post in Helmand's Nahri Sarraj with the ambush of the reinforcements from Lashkar Gah (2009), the
killing of Archi's district police chief in Kunduz with a photo caption citing an earlier attack (2009), a night
attack on an outpost in Badghis's Bala Murghab (2013); in Pakistan an operation in Khyber's Tirah with a cited
soldier's death in North Waziristan and an earlier week's operations in Bannu's Jani Khel and Datta Khel (2023), an
ISPR statement on operations in Mohmand and Dera Ismail Khan's Maddi (2025), two bombings of police in Peshawar
(2011), a suicide attack on a check post in North Waziristan's Mir Ali and a would-be bomber shot in Matta (2007);
in Afghanistan again a roadside bomb in Nangarhar's Pacheer Agam and one in Paktika's Urgun (2017); in Pakistan
again four policemen shot in Quetta's Killi Deba (2017). Outlets: Business Recorder (AFP), an AFP report on a blog,
a Dawn (AP) report on a blog, Dawn twice, Devdiscourse, an AFP-style report on a blog, Hindustan Times (AFP), Topix
(AP- style), Rediff (PTI). Collected and annotated by reading each text against docs/annotation.md WITHOUT running
geoinc's extractor on them (no extract_places / extract_incidents / eval_text.py / bench_text.py on these texts
before the spec was committed, and the extraction rules in geoinc/text*.py were not read), while the extraction
rules were being changed elsewhere. It is not to be tuned to: run the final code on it once and report that number
as the blind score. Same format as text_dev_spec.py. Texts in devtexts/heldout27/."""

KP = "PK/Khyber Pakhtunkhwa"
BL = "PK/Balochistan"
HM = "AF/Helmand"
KDZ = "AF/Kunduz"
BDG = "AF/Badghis"
KBL = "AF/Kabul"
NGR = "AF/Nangarhar"
PKT = "AF/Paktika"
IB = "PK/Islamabad"

ARTICLES = [
    {
        "file": "h27_01_brecorder_nahrisarraj.txt",
        "url": "https://brecorder.com/news/amp/3618824",
        "published": "2009-03-27",
        "published_note": "page date ('27 Mar, 2009', a Friday; dropped from the stored text with the page's "
        "'Read Comments'); an AFP report. 'on Thursday' is 26 March",
        "orgs": [],
        "mentions": [
            # 'southern Afghanistan', 'the enemies of Afghanistan'
            ("Afghanistan", "AF"),
            ("Nahri Sarraj", HM),
            ("Helmand", HM),
            # 'the Western-backed government in Kabul' (a metonym, still a place mention)
            ("Kabul", KBL),
            # where the reinforcements came from, not the scene
            ("Lashkar Gah", HM),
            # the road to the neighbouring district (not the scene)
            ("Nad Ali", HM),
            # 'the US fine-tuned a new strategy'
            ("US", "neutral"),
        ],
        "events": [
            # the storming of the police post in Nahri Sarraj: the ministry's nine; the lead's 'killing 10' counts the
            # policeman killed in the ambush of the reinforcements that followed, hence 9 up to 10
            {
                "place": "Nahri Sarraj",
                "accept": ["Nahri Sarraj", "Helmand"],
                "date": ["2009-03-26", "2009-03-26"],
                "precision": "day",
                "killed": [9, 10],
                "injured": None,
                "actor": "Taliban",
                "kind": "main",
            },
            # the ambush of the reinforcements 'as they were about to arrive at the scene': one policeman killed, two
            # wounded; a second clash at the same site is an event of its own (heldout23/24 conventions)
            {
                "place": "Nahri Sarraj",
                "accept": ["Nahri Sarraj", "Helmand"],
                "date": ["2009-03-26", "2009-03-26"],
                "precision": "day",
                "killed": [1, 1],
                "injured": [2, 2],
                "actor": "Taliban",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h27_02_afp_kounmae_archi.txt",
        "url": "https://kounmae.blogspot.com/2009/08/taliban-kill-afghan-district-police.html",
        "published": "2009-08-12",
        "published_note": "in the page ('Writer: AFP', 'Published: 12/08/2009 at 03:00 PM', a Wednesday; the two "
        "by-lines and the blog's comment footer are not in the stored text); no headline on the stored page (not "
        "rebuilt from the URL slug). The attack is not dated by the text ('an official said Wednesday'): the week "
        "window",
        "orgs": [],
        "mentions": [
            # 'northern Afghanistan' twice, 'across Afghanistan', 'Western forces in Afghanistan'
            ("Afghanistan", "AF"),
            # photo caption 'Kunduz province', 'the province of Kunduz', 'security in Kunduz'
            ("Kunduz", KDZ),
            # 'Archi district', 'the Archi governor', 'The Archi district police chief'
            ("Archi", KDZ),
            # a supply route through Tajikistan (a foreign country)
            ("Tajikistan", "neutral"),
            # 'the 2001 US-led invasion'
            ("US", "neutral"),
        ],
        "events": [
            # Taliban attack on the government compound in Archi district, then the ambush of the police chief who came
            # out to help: the district police chief and a bodyguard killed, three police wounded
            {
                "place": "Archi",
                "accept": ["Archi", "Kunduz"],
                "date": ["2009-08-05", "2009-08-12"],
                "precision": "week",
                "killed": [2, 2],
                "injured": [3, 3],
                "actor": "Taliban",
                "kind": "main",
            },
            # photo caption: 'a suicide attack against NATO forces in Kunduz province on August 10' (no toll)
            {
                "place": "Kunduz",
                "accept": ["Kunduz"],
                "date": ["2009-08-10", "2009-08-10"],
                "precision": "day",
                "killed": None,
                "injured": None,
                "actor": None,
                "kind": "background",
            },
        ],
    },
    {
        "file": "h27_03_dawn_holger_balamurghab.txt",
        "url": "http://holgerawakens.blogspot.com/2013/10/taliban-nighttime-attack-kills-4-afghan.html",
        "published": "2013-10-24",
        "published_note": "blog post date (Thursday, October 24, 2013) reposting a Dawn (AP-style) report; the "
        "stored text starts at the reposted report's own headline (the blog's headline, its 'From DAWN.' line and "
        "the comment below are not in it). 'said on Thursday that the attack the previous night': 23 or 24 October "
        "(two-day window for a night attack)",
        "orgs": [],
        "mentions": [
            # the dateline (an official speaking, not the scene)
            ("KABUL", KBL),
            # headline, 'across Afghanistan'
            ("Afghanistan", "AF"),
            # spelling of Bala Murghab
            ("Bla Murghab", BDG),
            ("Badghis", BDG),
            # 'the US-led foreign forces'
            ("US", "neutral"),
        ],
        "events": [
            {
                "place": "Bla Murghab",
                "accept": ["Bla Murghab", "Badghis"],
                "date": ["2013-10-23", "2013-10-24"],
                "precision": "day",
                "killed": [4, 4],
                "injured": [3, 3],
                "actor": "Taliban",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h27_04_dawn_tirah.txt",
        "url": "https://www.dawn.com/news/1777972/3-terrorists-killed-in-intelligence-based-operation-in-khyber-district-ispr",
        "published": "2023-09-26",
        "published_note": "page date (2023-09-26, a Tuesday; 'said on Tuesday'). 'on the night of September 25/26' is "
        "25 or 26 September; 'on Saturday' is 23 September; 'On Thursday last week' is 21 September",
        "orgs": ["Pakistan Institute for Conflict and Security Studies"],
        "mentions": [
            # headline, 'the Khyber district of', 'Tirah, Khyber district'; not the two inside 'Khyber Pakhtunkhwa'
            ("Khyber", KP, {3, 5}),
            ("Khyber Pakhtunkhwa", KP),
            ("Tirah", KP),
            # 'across Pakistan', 'Security forces of Pakistan', 'Pakistan has witnessed' (the think tank's name is an
            # organisation span)
            ("Pakistan", "PK"),
            ("North Waziristan", KP),
            ("Jani Khel", KP),
            ("Bannu", KP),
            ("Datta Khel", KP),
            ("KP", KP),
            ("Balochistan", BL),
        ],
        "events": [
            # IBO in the general area of Tirah: three terrorists killed, commander Kifayat among them
            {
                "place": "Tirah",
                "accept": ["Tirah", "Khyber"],
                "date": ["2023-09-25", "2023-09-26"],
                "precision": "day",
                "killed": [3, 3],
                "injured": None,
                "actor": "Pakistani security forces",
                "kind": "main",
            },
            # a soldier killed in an exchange of fire in North Waziristan on Saturday
            {
                "place": "North Waziristan",
                "accept": ["North Waziristan"],
                "date": ["2023-09-23", "2023-09-23"],
                "precision": "day",
                "killed": [1, 1],
                "injured": None,
                "actor": "terrorists",
                "kind": "background",
            },
            # 'On Thursday last week': eight terrorists killed in two IBOs (Jani Khel, Bannu; Datta Khel, North
            # Waziristan), split not given: an aggregate beside two null-toll parts
            {
                "place": "Jani Khel",
                "accept": ["Jani Khel", "Bannu", "Datta Khel", "North Waziristan"],
                "date": ["2023-09-21", "2023-09-21"],
                "precision": "day",
                "killed": [8, 8],
                "injured": None,
                "actor": "Pakistani security forces",
                "kind": "aggregate",
            },
            {
                "place": "Jani Khel",
                "accept": ["Jani Khel", "Bannu"],
                "date": ["2023-09-21", "2023-09-21"],
                "precision": "day",
                "killed": None,
                "injured": None,
                "actor": "Pakistani security forces",
                "kind": "background",
            },
            {
                "place": "Datta Khel",
                "accept": ["Datta Khel", "North Waziristan"],
                "date": ["2023-09-21", "2023-09-21"],
                "precision": "day",
                "killed": None,
                "injured": None,
                "actor": "Pakistani security forces",
                "kind": "background",
            },
            # the think tank's count: 389 lives lost in terror and suicide attacks in the first half of 2023
            {
                "place": "Pakistan",
                "accept": ["Pakistan"],
                "date": ["2023-01-01", "2023-06-30"],
                "precision": "period",
                "killed": [389, 389],
                "injured": None,
                "actor": None,
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h27_05_devdiscourse_mohmand_maddi.txt",
        "url": "https://devdiscourse.com/article/law-order/3308805-clashes-in-khyber-pakhtunkhwa-rising-terrorist-activity-sparks-concern",
        "published": "2025-03-15",
        "published_note": "page date (2025-03-15, a Saturday; 'an ISPR statement on Saturday'); 'on Friday night' is "
        "14 March (the guideline's 'on Tuesday night' rule); the Maddi clash is not dated by the text: the week "
        "window. The stored page's 'ALSO READ' links after '(With inputs from agencies.)' are not in the text",
        "orgs": [],
        "mentions": [
            # headline, lead, 'the Khyber Pakhtunkhwa province of Pakistan'
            ("Khyber Pakhtunkhwa", KP),
            # 'Khyber Pakhtunkhwa, Pakistan', 'province of Pakistan', 'Pakistan has seen'
            ("Pakistan", "PK"),
            ("Mohmand", KP),
            ("Maddi", KP),
            ("Dera Ismail Khan", KP),
        ],
        "events": [
            # the ISPR's total: nine militants and two security personnel killed in KP
            {
                "place": "Khyber Pakhtunkhwa",
                "accept": ["Khyber Pakhtunkhwa", "Mohmand", "Maddi", "Dera Ismail Khan"],
                "date": ["2025-03-08", "2025-03-15"],
                "precision": "week",
                "killed": [11, 11],
                "injured": None,
                "actor": "Pakistani security forces",
                "kind": "aggregate",
            },
            # IBO in Mohmand district on Friday night: seven terrorists and two soldiers killed
            {
                "place": "Mohmand",
                "accept": ["Mohmand"],
                "date": ["2025-03-14", "2025-03-14"],
                "precision": "day",
                "killed": [9, 9],
                "injured": None,
                "actor": "Pakistani security forces",
                "kind": "main",
            },
            # Maddi, Dera Ismail Khan district: two militants killed
            {
                "place": "Maddi",
                "accept": ["Maddi", "Dera Ismail Khan"],
                "date": ["2025-03-08", "2025-03-15"],
                "precision": "week",
                "killed": [2, 2],
                "injured": None,
                "actor": "Pakistani security forces",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h27_06_pukhtunz_peshawar.txt",
        "url": "http://pukhtunz.blogspot.com/2011_01_31_archive.html",
        "published": "2011-01-31",
        "published_note": "blog archive page of Monday, January 31, 2011 (the post's date heading and the theme "
        "footer are not in the stored text); 'on Monday' is 31 January. The blog's own lower-case headline is kept",
        "orgs": [],
        "mentions": [
            # the blog's headline 'peshawar blast'
            ("peshawar", KP),
            # the dateline (the scene's city)
            ("PESHAWAR", KP),
            # 'in Peshawar on Monday', 'DCO Peshawar' (an office naming a district), "Peshawar's main hospital",
            # 'the suburbs of Peshawar'
            ("Peshawar", KP),
            ("Khyber Pakhtunkhwa", KP),
        ],
        "events": [
            # the teenage suicide bomber at the police van on the outskirts: five killed (three policemen, two
            # civilians; four bodies at the hospital and one more who died later), 15 injured; the bomber widens the
            # maximum
            {
                "place": "Peshawar",
                "accept": ["Peshawar", "PESHAWAR", "peshawar"],
                "date": ["2011-01-31", "2011-01-31"],
                "precision": "day",
                "killed": [5, 6],
                "injured": [15, 15],
                "actor": None,
                "kind": "main",
            },
            # the roadside bomb near a police van in the suburbs 'a short time later': one police official killed,
            # three wounded
            {
                "place": "Peshawar",
                "accept": ["Peshawar", "PESHAWAR", "peshawar"],
                "date": ["2011-01-31", "2011-01-31"],
                "precision": "day",
                "killed": [1, 1],
                "injured": [3, 3],
                "actor": None,
                "kind": "main",
            },
            # the lead's total over the two blasts: six killed including four police
            {
                "place": "Peshawar",
                "accept": ["Peshawar", "PESHAWAR", "peshawar"],
                "date": ["2011-01-31", "2011-01-31"],
                "precision": "day",
                "killed": [6, 6],
                "injured": None,
                "actor": None,
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h27_07_hindustantimes_pacheeragam.txt",
        "url": "http://www.hindustantimes.com/world-news/afghanistan-roadside-bomb-kills-seven-civilians-say-officials/story-BzH6BUYz5QrzVIY9QEGneP.html",
        "published": "2017-01-15",
        "published_note": "page date ('Updated: Jan 15, 2017 16:13 IST', a Sunday; the page-title line and the "
        "'world Updated' line are not in the stored text); an AFP report. 'on Sunday' is 15 January; 'last week' is "
        "the week before (8 to 14 January)",
        "orgs": [],
        "mentions": [
            # headline, 'Jalalabad (Afghanistan)', 'eastern Afghanistan', 'presence in Afghanistan', 'across
            # Afghanistan'
            ("Afghanistan", "AF"),
            # the by-line dateline (where AFP files from, not the scene)
            ("Jalalabad", NGR),
            # photo caption: the earlier suicide attack
            ("Kabul", KBL),
            # 'from Pacheer Agam district', 'district governor of Pacheer Agam' (an office naming a district)
            ("Pacheer Agam", NGR),
            ("Nangarhar", NGR),
        ],
        "events": [
            # truck hit a roadside bomb while the villagers travelled from Pacheer Agam district to a nearby village:
            # seven civilians killed, one wounded; the ministry blamed 'enemies of peace' (its term for the Taliban)
            {
                "place": "Pacheer Agam",
                "accept": ["Pacheer Agam", "Nangarhar"],
                "date": ["2017-01-15", "2017-01-15"],
                "precision": "day",
                "killed": [7, 7],
                "injured": [1, 1],
                "actor": "Taliban (blamed by the interior ministry)",
                "kind": "main",
            },
            # 'Last week, over 50 people ... killed in multiple Taliban bombings across Afghanistan' (the caption puts
            # it in Kabul): a background total over several bombings, 'over 50' is 51 up to 99
            {
                "place": "Kabul",
                "accept": ["Kabul", "Afghanistan"],
                "date": ["2017-01-08", "2017-01-14"],
                "precision": "week",
                "killed": [51, 99],
                "injured": None,
                "actor": "Taliban",
                "kind": "aggregate",
            },
            # the UN's count for the first nine months of 2016
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan"],
                "date": ["2016-01-01", "2016-09-30"],
                "precision": "period",
                "killed": [2562, 2562],
                "injured": [5835, 5835],
                "actor": None,
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h27_08_topix_urgun.txt",
        "url": "http://www.topix.com/world/afghanistan/2017/02/roadside-bomb-kills-12-in-afghanistans-paktika-province?fromrss=1",
        "published": "2017-02-16",
        "published_note": "page date (2017-02-16, a Thursday; the page's shortened duplicate headline and its '11 hrs "
        "ago' line are not in the stored text); an AP-style report. 'said Thursday that the blast took place' does "
        "not date the blast: the week window",
        "orgs": [],
        "mentions": [
            ("Afghanistan", "AF"),
            # headline, 'the eastern Paktika province'
            ("Paktika", PKT),
            ("Urgun", PKT),
        ],
        "events": [
            # roadside bomb hit a vehicle in Urgun district: all 12 passengers killed, three wounded
            {
                "place": "Urgun",
                "accept": ["Urgun", "Paktika"],
                "date": ["2017-02-09", "2017-02-16"],
                "precision": "week",
                "killed": [12, 12],
                "injured": [3, 3],
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h27_09_rediff_mirali.txt",
        "url": "https://m.rediff.com/amp/news/2007/jul/17pak2.htm",
        "published": "2007-07-17",
        "published_note": "in the page ('July 17, 2007 19:55 IST', a Tuesday; that line and the section label 'NEWS' "
        "are not in the stored text); a PTI correspondent's report. The stored page ended mid-sentence in a last "
        "paragraph on a meeting in Rawalpindi: the text stops before it. The attacks are not dated by the text: the "
        "week window; 'weekend suicide bombings' two days before are 14-15 July",
        "orgs": [],
        "mentions": [
            # 'Pak soldiers' (an adjective, as 'Pak' in 'Pak-Afghan border')
            ("Pak", "neutral"),
            # the correspondent's by-line place; "Islamabad's radical Lal Masjid"
            ("Islamabad", IB),
            # a mosque (a building)
            ("Lal Masjid", "neutral"),
            ("Pakistan", "PK"),
            ("North Waziristan", KP),
            ("Mir Ali", KP),
            # the road between Miranshah and Bannu (blocked; not a scene)
            ("Miranshah", KP),
            ("Bannu", KP),
            # where the reports came from
            ("Malakand", KP),
            ("Matta", KP),
            # spelling of Swat
            ("Swad", KP),
            ("North West Frontier Province", KP),
        ],
        "events": [
            # suicide bomber at a joint army-paramilitary check post in Mir Ali town: two soldiers killed, four
            # injured; the bomber widens the killed maximum
            {
                "place": "Mir Ali",
                "accept": ["Mir Ali", "North Waziristan"],
                "date": ["2007-07-10", "2007-07-17"],
                "precision": "week",
                "killed": [2, 3],
                "injured": [4, 4],
                "actor": None,
                "kind": "main",
            },
            # troops shot dead a suspected suicide bomber scaling the wall of a police station in Matta near Swat
            {
                "place": "Matta",
                "accept": ["Matta", "Swad", "Malakand"],
                "date": ["2007-07-10", "2007-07-17"],
                "precision": "week",
                "killed": [1, 1],
                "injured": None,
                "actor": "Pakistani troops",
                "kind": "main",
            },
            # two police / security check posts blown up in North Waziristan: no casualties given
            {
                "place": "North Waziristan",
                "accept": ["North Waziristan"],
                "date": ["2007-07-10", "2007-07-17"],
                "precision": "week",
                "killed": None,
                "injured": None,
                "actor": "militants",
                "kind": "neutral",
            },
            # the weekend suicide bombings: more than 70 killed across the province (71 up to 99)
            {
                "place": "North West Frontier Province",
                "accept": ["North West Frontier Province"],
                "date": ["2007-07-14", "2007-07-15"],
                "precision": "day",
                "killed": [71, 99],
                "injured": None,
                "actor": None,
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h27_10_dawn_quetta_killideba.txt",
        "url": "https://dawn.com/news/amp/1345069",
        "published": "2017-07-13",
        "published_note": "no date on the stored page (its menu glyph is not in the stored text): dated 13 July 2017, "
        "a Thursday, from an AFP report of the same attack ('13 Julai', the same SP and DIG named) and the Dawn story "
        "number of that month; 'on Thursday' is that day",
        "orgs": [],
        "mentions": [
            # headline, "Quetta's Killi Deba area"
            ("Quetta", BL),
            ("Killi Deba", BL),
            # 'Superintendent of Police Quaidabad' (an office naming a Quetta area)
            ("Quaidabad", BL),
        ],
        "events": [
            # gunmen fired on a patrolling police mobile in Killi Deba: four policemen killed, SP Mubarak Shah among
            # them
            {
                "place": "Killi Deba",
                "accept": ["Killi Deba", "Quetta"],
                "date": ["2017-07-13", "2017-07-13"],
                "precision": "day",
                "killed": [4, 4],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
        ],
    },
]
