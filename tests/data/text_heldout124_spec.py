"""Hundred-and-twenty-fourth held-out set ("heldout124", see docs/annotation.md): the HUNDRED-AND-TWELFTH BLIND set.
Real AF/PK conflict reports published in the years 2024 to 2026: in Pakistan six soldiers killed when militants attacked
a security checkpoint in the Kurram region, with October's border fighting in that region cited (2025), a
vehicle-borne bombing of a joint security checkpost in Bajaur that killed eleven security personnel and a girl, with
twelve attackers killed, an earlier killing in War Mamund cited and Khyber Pakhtunkhwa's yearly death tolls (2026),
militants' attack on government offices and a bank in a town of Mastung district (2025), a suicide attack on a police
mobile near Katta Khel in Lakki Marwat with a constable shot in Bannu's Sarangi Adda and a counter-terror operation in
Hangu cited (2025); in Afghanistan an explosion at a hotel in Kabul's Shahr-e-Naw with the year's count of suicide
attacks (2026), a former police officer shot dead in Faryab's Maimana (2024), a former soldier shot dead in the Silo
neighbourhood of Baghlan's Pol-e-Khomri with a similar killing in Maimana cited (2024), and ten Afghans shot dead by
Iranian border guards after crossing at Farah's Sheikh Abu Nasr Farahi border point (2025). Outlets: Voice of Emirates
(Reuters-based), The Indian System, ETV Bharat (PTI), Pakistan Today, ABP Live, KabulNow twice, TRT World. Collected and
annotated by reading each text against docs/annotation.md WITHOUT running geoinc's extractor on them (no
extract_places / extract_incidents / eval_text.py / bench_text.py on these texts before the spec was committed, and the
extraction rules in geoinc/text*.py were not read), while the extraction rules were being changed elsewhere. It is not
to be tuned to: run the final code on it once and report that number as the blind score. Same format as
text_dev_spec.py. Texts in devtexts/heldout124/."""

KP = "PK/Khyber Pakhtunkhwa"
BL = "PK/Balochistan"
KB = "AF/Kabul"
FY = "AF/Faryab"
BA = "AF/Baghlan"
FR = "AF/Farah"

ARTICLES = [
    {
        "file": "h124_01_voiceofemirates_kurram.txt",
        "url": "https://www.voiceofemirates.com/en/news/2025/12/09/pakistan-six-soldiers-killed-after-checkpoint-near-"
        "afghanistan-border-targeted",
        "published": "2025-12-09",
        "published_note": "the URL's date (9 December 2025, a Tuesday); the sources spoke 'on Tuesday', the same day. "
        "The text gives no day for the attack itself, so it has the week before publication as its window. No "
        "headline on the stored page (not rebuilt from the URL slug, heldout16); the page's '2011' for the Taliban's "
        "seizure of Kabul is kept as stored",
        # 'Reuters' holds no place name
        "orgs": [],
        "mentions": [
            # the dateline 'Islamabad, Pakistan –' and the metonym 'Islamabad blames'
            ("Islamabad", "PK/Islamabad"),
            # the dateline, 'Pakistan and Afghanistan are struggling', "Pakistan's security" ('Pakistani' is a demonym)
            ("Pakistan", "PK"),
            # 'near the border with Afghanistan', 'Pakistan and Afghanistan' ('Afghan territory' is a demonym)
            ("Afghanistan", "AF"),
            # 'in the Kurram region'
            ("Kurram", KP),
            # 'seized control of Kabul' and the metonym 'Kabul denies'
            ("Kabul", KB),
        ],
        "events": [
            # militants attacked a security checkpoint in the Kurram region, killing six Pakistani soldiers; the text
            # gives no day (the sources spoke on Tuesday), so the week window
            {
                "place": "Kurram",
                "accept": ["Kurram"],
                "date": ["2025-12-02", "2025-12-09"],
                "precision": "week",
                "killed": [6, 6],
                "injured": None,
                "actor": "militants",
                "kind": "main",
            },
            # 'The region witnessed the worst fighting between the two countries in October', which 'has killed
            # dozens on both sides': 'the region' is the Kurram region of the sentence before; October of the
            # publication year; 'dozens' is not a figure (killed null)
            {
                "place": "Kurram",
                "accept": ["Kurram"],
                "date": ["2025-10-01", "2025-10-31"],
                "precision": "month",
                "killed": None,
                "injured": None,
                "actor": None,
                "kind": "background",
            },
        ],
    },
    {
        "file": "h124_02_theindiansystem_bajaur.txt",
        "url": "https://theindiansystem.com/posts/32824-11-security-personnel-martyred-in-bajaur-terror-blast-12-terrorists-killed",
        "published": "2026-02-17",
        "published_note": "the date line under the headline ('February 17, 2026', a Tuesday); the attack was 'on "
        "February 16', stated in the text. The closing 'Read More' link is page furniture and left out",
        # the banned group's name holds 'Pakistan' inside it; 'Centre for Research and Security Studies' and 'ISPR'
        # hold no place name; 'Indian Proxy' is an adjective
        "orgs": ["Tehreek-i-Taliban Pakistan"],
        "mentions": [
            # headline 'in Bajaur Terror Blast', 'in Bajaur, Khyber Pakhtunkhwa', "in Bajaur District", 'recent violence
            # in Bajaur'
            ("Bajaur", KP),
            # 'Bajaur, Khyber Pakhtunkhwa', 'fatalities in Khyber Pakhtunkhwa'
            ("Khyber Pakhtunkhwa", KP),
            # 'terrorism in Pakistan', "Pakistan's strong commitment" (the one in the group's name is inside an
            # organisation)
            ("Pakistan", "PK"),
            # 'in War Mamund tehsil'
            ("War Mamund", KP),
        ],
        "events": [
            # a bomb-laden vehicle rammed the joint security checkpost in Bajaur District on February 16: 11 security
            # personnel and a young girl killed, seven others injured, and 12 terrorists killed as they tried to flee;
            # the text does not call it a suicide attack, so no driver is added. Killed: the largest single figure
            # (12) to the sum 11 + 1 + 12 = 24. The state's attribution to the TTP is the other side's word (alleged)
            {
                "place": "Bajaur",
                "accept": ["Bajaur"],
                "date": ["2026-02-16", "2026-02-16"],
                "precision": "day",
                "killed": [12, 24],
                "injured": [7, 7],
                "actor": "Tehreek-i-Taliban Pakistan (alleged)",
                "kind": "main",
            },
            # 'This attack follows other recent violence in Bajaur, including the killing of a senior police officer
            # in War Mamund tehsil': no date, so 'recent' gives the two weeks before the attack (heldout's
            # "recently", a `period` window); one officer killed
            {
                "place": "War Mamund",
                "accept": ["War Mamund", "Bajaur"],
                "date": ["2026-02-02", "2026-02-16"],
                "precision": "period",
                "killed": [1, 1],
                "injured": None,
                "actor": None,
                "kind": "background",
            },
            # the CRSS yearly provincial tolls: 'fatalities in Khyber Pakhtunkhwa jumped from 1,620 in 2024 to 2,331
            # in 2025' (two years, two aggregates)
            {
                "place": "Khyber Pakhtunkhwa",
                "accept": ["Khyber Pakhtunkhwa"],
                "date": ["2024-01-01", "2024-12-31"],
                "precision": "year",
                "killed": [1620, 1620],
                "injured": None,
                "actor": None,
                "kind": "aggregate",
            },
            {
                "place": "Khyber Pakhtunkhwa",
                "accept": ["Khyber Pakhtunkhwa"],
                "date": ["2025-01-01", "2025-12-31"],
                "precision": "year",
                "killed": [2331, 2331],
                "injured": None,
                "actor": None,
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h124_03_etvbharat_mastung.txt",
        "url": "https://www.etvbharat.com/en/!international/militants-attack-govt-offices-in-balochistan-two-"
        "terrorists-teenager-among-dead-enn25070106813",
        "published": "2025-07-01",
        "published_note": "the stored page's date and the URL's number (…25070106813: 2025-07-01, a Tuesday); the attack "
        "was 'on Tuesday', the same day. No headline on the stored page (not rebuilt from the URL slug, heldout16); "
        "the stored page ends mid-sentence ('In the past, India has rejected ... to blame it for'): the text is cut "
        "at the last whole sentence, as in heldout14",
        # 'Frontier Constabulary', 'Frontier Corps (FC)', 'Counter Terrorism Department' hold no place name
        "orgs": [],
        "mentions": [
            # the dateline 'Karachi:' (not the scene)
            ("Karachi", "PK/Sindh"),
            # "Pakistan's restive Balochistan province"
            ("Pakistan", "PK"),
            # 'Balochistan province', 'Balochistan government spokesperson' (an office title naming a place)
            ("Balochistan", BL),
            # 'a town in Mastung district', 'Deputy Commissioner Mastung' (an office title, heldout2)
            ("Mastung", BL),
            # 'a proxy group linked to India' (outside the region)
            ("India", "out"),
        ],
        "events": [
            # about a dozen militants attacked government offices and a bank in a town of Mastung district on
            # Tuesday around 11:00 AM: a 16-year-old boy and two terrorists killed (2 is the largest single figure,
            # 3 all deaths); eight civilians wounded and three more terrorists injured (8 to 11)
            {
                "place": "Mastung",
                "accept": ["Mastung"],
                "date": ["2025-07-01", "2025-07-01"],
                "precision": "day",
                "killed": [2, 3],
                "injured": [8, 11],
                "actor": "militants",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h124_04_pakistantoday_lakkimarwat_bannu.txt",
        "url": "https://www.pakistantoday.com.pk/2025/12/01/suicide-attack-on-police-mobile-kills-officer-injures-five-in-kp/",
        "published": "2025-12-01",
        "published_note": "the URL's date (1 December 2025, a Monday); the suicide attack was 'on Monday', the same day. "
        "No headline on the stored page (not rebuilt from the URL slug, heldout16)",
        # 'Tehreek-i-Taliban Pakistan (TTP)' holds 'Pakistan' inside it; 'Elite Force' holds no place name
        "orgs": ["Tehreek-i-Taliban Pakistan"],
        "mentions": [
            # the dateline 'LAKKI MARWAT:'
            ("LAKKI MARWAT", KP),
            # "Khyber Pakhtunkhwa's Lakki Marwat district"
            ("Khyber Pakhtunkhwa", KP),
            # "Lakki Marwat district", 'the site in Lakki Marwat'
            ("Lakki Marwat", KP),
            # 'from Bittani subdivision'
            ("Bittani", KP),
            # 'toward the Bakhmal Ahmadzai area'
            ("Bakhmal Ahmadzai", KP),
            # 'checkpoints at Katta Khel'
            ("Katta Khel", KP),
            # 'KP Chief Minister' (an office title naming a place, heldout2), 'in KP and Balochistan'
            ("KP", KP),
            # 'in Sarangi Adda, Bannu'
            ("Sarangi Adda", KP),
            ("Bannu", KP),
            # 'in KP and Balochistan'
            ("Balochistan", BL),
            # 'in Hangu district'
            ("Hangu", KP),
        ],
        "events": [
            # police chasing two motorcyclists from the checkpoints set up at Katta Khel: one attacker detonated a
            # suicide vest, killing Head Constable Alauddin and injuring five; the bomber is confirmed, so he may add
            # one (heldout42's bomber): killed [1, 2]
            {
                "place": "Katta Khel",
                "accept": ["Katta Khel", "Lakki Marwat"],
                "date": ["2025-12-01", "2025-12-01"],
                "precision": "day",
                "killed": [1, 2],
                "injured": [5, 5],
                "actor": None,
                "kind": "main",
            },
            # 'In a separate incident': Constable Muhammad Tariq shot and killed in Sarangi Adda, Bannu; no day, so
            # the week window (heldout14's "separate incident")
            {
                "place": "Sarangi Adda",
                "accept": ["Sarangi Adda", "Bannu"],
                "date": ["2025-11-24", "2025-12-01"],
                "precision": "week",
                "killed": [1, 1],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
            # 'Last week, three police officers were killed during a counter-terror operation in Hangu district'
            # (heldout7's "last week": the week before the report)
            {
                "place": "Hangu",
                "accept": ["Hangu"],
                "date": ["2025-11-24", "2025-12-01"],
                "precision": "week",
                "killed": [3, 3],
                "injured": None,
                "actor": None,
                "kind": "background",
            },
        ],
    },
    {
        "file": "h124_05_abplive_kabul.txt",
        "url": "https://news.abplive.com/news/world/kabul-hotel-blast-shahr-e-naw-casualties-fatalities-dead-injured-"
        "investigation-1822581",
        "published": "2026-01-19",
        "published_note": "the stored page's date (19 January 2026, a Monday); the blast was 'on Monday', the same day. "
        "No headline on the stored page (not rebuilt from the URL slug, heldout16); the stray opening quote mark and "
        "the two subheadings with their paragraphs cut away ('Chinese Nationals Targeted, Probe On', 'ISIL Threat "
        "Persists Despite Taliban Rule') are kept as stored",
        # 'Interior Ministry' and 'ISIL (ISIS)' hold no place name
        "orgs": [],
        "mentions": [
            # "Kabul's Shahr-e-Naw district", 'Blasts in Kabul'
            ("Kabul", KB),
            # "Kabul's Shahr-e-Naw district"
            ("Shahr-e-Naw", KB),
            # 'other parts of Afghanistan', 'Afghanistan witnessed'
            ("Afghanistan", "AF"),
            # 'the US withdrawal': `neutral` as an actor/adjective
            ("US", "neutral"),
        ],
        "events": [
            # an explosion struck a hotel in Kabul's Shahr-e-Naw on Monday, 'killing several people and injuring
            # others': no figure, so killed and injured are null
            {
                "place": "Shahr-e-Naw",
                "accept": ["Shahr-e-Naw", "Kabul"],
                "date": ["2026-01-19", "2026-01-19"],
                "precision": "day",
                "killed": None,
                "injured": None,
                "actor": None,
                "kind": "main",
            },
            # 'Afghanistan witnessed two suicide attacks in 2025': a year's national count of attacks with no toll is
            # an `aggregate` (killed null)
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan"],
                "date": ["2025-01-01", "2025-12-31"],
                "precision": "year",
                "killed": None,
                "injured": None,
                "actor": None,
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h124_06_kabulnow_faryab.txt",
        "url": "https://kabulnow.com/2024/08/former-police-officer-shot-dead-by-unknown-assailants-in-faryab-province/",
        "published": "2024-08-26",
        "published_note": "the URL's month (August 2024) and the body's 'on Sunday afternoon, August 25' (2024-08-25 is a "
        "Sunday) with the authorities' arrests already made: reported that day or the next; every date below is "
        "stated in the text, so it holds for either day. No headline on the stored page (not rebuilt from the URL "
        "slug, heldout16)",
        # 'Afghan National Defense and Security Forces (ANDSF)' and "Information and Culture directorate" hold no
        # place name
        "orgs": [],
        "mentions": [
            # the dateline 'KABUL, AFGHANISTAN –' (both upper-case names are mentions)
            ("KABUL", KB),
            ("AFGHANISTAN", "AF"),
            # "Afghanistan's northern Faryab province", 'across Afghanistan'
            ("Afghanistan", "AF"),
            # 'Faryab province', "Faryab's Maimana city", 'directorate in Faryab'
            ("Faryab", FY),
            # "Faryab's Maimana city"
            ("Maimana", FY),
            # 'fled to Iran' (outside the region)
            ("Iran", "out"),
            # 'refuge in neighboring Pakistan'
            ("Pakistan", "PK"),
        ],
        "events": [
            # a former police officer shot dead by unidentified gunmen in Maimana city on Sunday afternoon, August 25
            {
                "place": "Maimana",
                "accept": ["Maimana"],
                "date": ["2024-08-25", "2024-08-25"],
                "precision": "day",
                "killed": [1, 1],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h124_07_kabulnow_baghlan.txt",
        "url": "https://kabulnow.com/2024/05/taliban-kills-a-former-andsf-member-continuing-its-campaign-of-vengeance/",
        "published": "2024-05-26",
        "published_note": "the URL's month (May 2024) and the body's 'on Saturday, May 25' (2024-05-25 is a Saturday) with "
        "'The Taliban authorities have not yet commented': reported that day or the next (the Sunday taken). No "
        "headline on the stored page (not rebuilt from the URL slug, heldout16); the stored page ends mid-sentence "
        "('... expressing concerns that revenge killing'): the text is cut at the last whole sentence (heldout14)",
        "orgs": [],
        "mentions": [
            # the dateline 'KABUL, AFGHANISTAN –'
            ("KABUL", KB),
            ("AFGHANISTAN", "AF"),
            # 'the republic government in Afghanistan', "return to power in Afghanistan"
            ("Afghanistan", "AF"),
            # 'in Pol-e-Khomri, the capital city', 'the Silo neighborhood of Pol-e-Khomri city'
            ("Pol-e-Khomri", BA),
            # 'northern Baghlan province'
            ("Baghlan", BA),
            # 'originally from Andarab district' (where the victim came from: a mention, not the scene)
            ("Andarab", BA),
            # 'the Silo neighborhood'
            ("Silo", BA),
            # 'in Maimana, the capital city of northern Faryab province'
            ("Maimana", FY),
            ("Faryab", FY),
        ],
        "events": [
            # Taliban members on a motorcycle shot dead a former soldier exercising in a park in the Silo
            # neighbourhood of Pol-e-Khomri on Saturday, May 25 (the report's own account from local sources; the
            # Taliban had not commented)
            {
                "place": "Silo",
                "accept": ["Silo", "Pol-e-Khomri"],
                "date": ["2024-05-25", "2024-05-25"],
                "precision": "day",
                "killed": [1, 1],
                "injured": None,
                "actor": "Taliban (alleged)",
                "kind": "main",
            },
            # 'A similar incident occurred just three weeks ago in Maimana': two Taliban members shot dead a former
            # local police officer. Three weeks before the report (25 or 26 May) with two days either side, as
            # heldout's "a week earlier" rule does for one week
            {
                "place": "Maimana",
                "accept": ["Maimana"],
                "date": ["2024-05-02", "2024-05-07"],
                "precision": "week",
                "killed": [1, 1],
                "injured": None,
                "actor": "Taliban (alleged)",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h124_08_trtworld_farah.txt",
        "url": "https://www.trtworld.com:443/article/630b5c4fcf1b",
        "published": "2025-12-02",
        "published_note": "the stored page's date (2 December 2025, a Tuesday); the authorities spoke 'on Tuesday' of "
        "killings 'late on Monday', 1 December. No headline on the stored page",
        # 'Hurriyat Radio' holds no place name
        "orgs": [],
        "mentions": [
            # 'cross into Iran' (outside the region; 'Iranian territory' is an adjective)
            ("Iran", "out"),
            # "Afghanistan's western Farah province"
            ("Afghanistan", "AF"),
            # 'Farah province', 'residents of Farah'
            ("Farah", FR),
            # 'the Sheikh Abu Nasr Farahi border point': a border crossing is a place
            ("Sheikh Abu Nasr Farahi", FR),
        ],
        "events": [
            # at least ten Afghans shot dead by Iranian border guards late on Monday after entering Iranian territory
            # through the Sheikh Abu Nasr Farahi border point: the scene is just across the border and the text
            # names nothing finer than the crossing, so the crossing is the place, with its province accepted (no
            # district is named); the Afghan official's account (alleged)
            {
                "place": "Sheikh Abu Nasr Farahi",
                "accept": ["Sheikh Abu Nasr Farahi", "Farah"],
                "date": ["2025-12-01", "2025-12-01"],
                "precision": "day",
                "killed": [10, 10],
                "injured": None,
                "actor": "Iranian border guards (alleged)",
                "kind": "main",
            },
        ],
    },
]
