"""Hundred-and-thirty-third held-out set ("heldout133", see docs/annotation.md): the HUNDRED-AND-TWENTY-FIRST BLIND set.
Real AF/PK conflict reports published in the years 2014 to 2016: in Afghanistan a Taliban attack on a police
headquarters and an intelligence office in Helmand (2016), the suicide bombing of a volleyball tournament in Paktika's
Yahyakhail district (2014), gunmen's attack near the Indian consulate in Mazar-i-Sharif with the Pathankot air base
attack in India cited (2016), the Taliban assault on the Kandahar airport with a checkpoint attack the day before cited
(2015), a suicide bombing of a patrol near Bagram Airfield with the Taliban's reported takeover of Sangin (2015); in
Pakistan an IED at a Frontier Corps checkpoint in Quetta (2015), an IED that killed a peace committee member in Bajaur
(2015), air strikes on the Sipah areas of Tirah with the offensive's three-day toll, a roadside bomb that killed a
Levies subedar at Badan in Mamond and a militant shot at Malkana in Salarzai (2015), an IED on Lashkar-i-Islam
militants in Sipah, Bara, with an earlier killing in Bara, recent air strikes in Khyber and a shooting in FR Janikhel,
Bannu, cited (2014), and the suicide bombing of the Shah Noorani shrine in Khuzdar district (2016). Outlets: AP via a
blog repost, Geo (AFP), Business Standard (PTI), Dawn three times, Kuwait Times, The News, Gephardt Daily (UPI), Los
Angeles Times. Collected and annotated by reading each text against docs/annotation.md WITHOUT running geoinc's
extractor on them (no extract_places / extract_incidents / eval_text.py / bench_text.py on these texts before the spec
was committed, and the extraction rules in geoinc/text*.py were not read), while the extraction rules were being
changed elsewhere. It is not to be tuned to: run the final code on it once and report that number as the blind score.
Same format as text_dev_spec.py. Texts in devtexts/heldout133/."""

KP = "PK/Khyber Pakhtunkhwa"
BL = "PK/Balochistan"
KB = "AF/Kabul"
HL = "AF/Helmand"
PK_ = "AF/Paktika"
BK = "AF/Balkh"
KD = "AF/Kandahar"
PW = "AF/Parwan"

ARTICLES = [
    {
        "file": "h133_01_ap_lynneodonnell_helmand.txt",
        "url": "https://lynneodonnell.net/2016/03/09/taliban-attack-police-headquarters-in-afghanistans-helmand/",
        "published": "2016-03-09",
        "published_note": "the URL's date (9 March 2016, a Wednesday), a blog's repost of an AP report; the attack was "
        "'early Wednesday', the same day. The stored page ends mid-sentence ('The head of the U.S. Central Command, "
        "Army Gen. Lloyd Aus'): that last paragraph, with no whole sentence, is left out (heldout14); the paragraph "
        "beginning 'Its report said' is kept as stored although the report it refers to was cut from the repost",
        "orgs": [],
        "mentions": [
            # headline "in Afghanistan's Helmand", the dateline 'KABUL, Afghanistan (AP)', "in Afghanistan's southern
            # Helmand province"
            ("Afghanistan", "AF"),
            # headline, 'Helmand province', 'the situation in Helmand', 'the attack in Helmand', 'exposed in Helmand'
            ("Helmand", HL),
            # the dateline
            ("KABUL", KB),
            # 'the U.S. and NATO formally concluded', 'U.S. and British troops': actors and adjectives
            ("U.S.", "neutral"),
            ("NATO", "neutral"),
            # 'Both the United States and Britain have sent reinforcements' (actors outside the region)
            ("United States", "out"),
            ("Britain", "out"),
            # the metonym 'when Kabul revealed'
            ("Kabul", KB),
        ],
        "events": [
            # the Taliban attacked a police headquarters and an intelligence agency office early Wednesday in Helmand
            # province (no finer place is named): at least three police officers killed along with seven attackers
            # (7 the largest single figure, 10 all deaths); the Taliban claimed it
            {
                "place": "Helmand",
                "accept": ["Helmand"],
                "date": ["2016-03-09", "2016-03-09"],
                "precision": "day",
                "killed": [7, 10],
                "injured": None,
                "actor": "Taliban (claimed)",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h133_02_geo_quetta.txt",
        "url": "https://geo.tv/latest/100189-bomb-kills-fc-soldier-wounds-four-in-quetta",
        "published": "2015-12-12",
        "published_note": "the page's date line ('December 12, 2015', a Saturday) under the AFP byline; the police spoke "
        "'on Saturday' of a bomb that went off 'early Saturday', the same day. No headline on the stored page; the "
        "page's summary line before the byline (the lead again, run into 'The bomb,...') and the byline with its date "
        "line are kept as stored",
        # 'Frontier Corps (FC)' holds no place name
        "orgs": [],
        "mentions": [
            # the summary's and the body's dateline 'QUETTA:'
            ("QUETTA", BL),
            # 'the Balochistan capital' (twice)
            ("Balochistan", BL),
            # 'for daily duty in Quetta'
            ("Quetta", BL),
        ],
        "events": [
            # a bomb planted close to a Frontier Corps checkpoint in Quetta ('the Balochistan capital') went off early
            # Saturday as soldiers reached it: one soldier killed, four wounded including a teenage passer-by (the
            # critical soldier is one of the four)
            {
                "place": "Quetta",
                "accept": ["Quetta"],
                "date": ["2015-12-12", "2015-12-12"],
                "precision": "day",
                "killed": [1, 1],
                "injured": [4, 4],
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h133_03_businessstandard_bajaur.txt",
        "url": "https://business-standard.com/article/pti-stories/peace-committee-member-killed-in-pak-blast-115050100688_1.html",
        "published": "2015-05-01",
        "published_note": "the page's 'First Published: May 01 2015 | 6:48 PM IST' (a Friday) and the URL's number "
        "(…115050100688); the member was killed 'today', the same day. The page's header (a 2025 retrieval date, "
        "site menu), the 'Image' placeholder, the Telegram promotion and the 'First Published' line are page "
        "furniture and left out; the byline 'Press Trust of India Peshawar' is kept",
        # the agency's name holds 'India'; the banned group's name holds 'Pakistan'
        "orgs": ["Press Trust of India", "Tehreek-i-Taliban Pakistan"],
        "mentions": [
            # headline 'in Pak blast': the short form used as an adjective is `neutral` (heldout15's "Pak-Afghan")
            ("Pak", "neutral"),
            # the byline's dateline
            ("Peshawar", KP),
            # "Pakistan's restive northwest tribal region", "Pakistan's semi-autonomous tribal belt" (the one in the
            # group's name is inside an organisation)
            ("Pakistan", "PK"),
            # 'in Bajaur agency', 'Bajaur is one of seven districts'
            ("Bajaur", KP),
            # 'bordering Afghanistan'
            ("Afghanistan", "AF"),
            # 'the Nawagai Aman committee': a committee named after a place keeps the place as a mention (heldout28's
            # council named after a district); the text does not put the blast there, so it is not accepted
            ("Nawagai", KP),
        ],
        "events": [
            # a member of a peace committee killed 'today' by an IED in Bajaur agency; Jamatul Ahrar claimed it
            {
                "place": "Bajaur",
                "accept": ["Bajaur"],
                "date": ["2015-05-01", "2015-05-01"],
                "precision": "day",
                "killed": [1, 1],
                "injured": None,
                "actor": "Jamatul Ahrar (claimed)",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h133_04_dawn_tirah_bajaur.txt",
        "url": "http://www.dawn.com/news/1174429/cdnjs.cloudflare.com",
        "published": "2015-04-07",
        "published_note": "the page's 'Published April 7, 2015' (a Tuesday); the air strikes and the Bajaur blast were "
        "'on Monday', 6 April, the arrest attempt at Malkana 'On Sunday', 5 April. A Dawn file photo's caption "
        "(printed twice) and the link 'Take a look: Five killed in Tirah air strikes' are page furniture and left out "
        "(heldout37's file-photo caption, links inside a body)",
        # 'Lashkar-i-Islam', 'LI', 'Levies' hold no place name; the banned group's name holds 'Pakistan'
        "orgs": ["Tehreek-i-Taliban Pakistan"],
        "mentions": [
            # headline 'in Tirah bombing', 'in Tirah valley'
            ("Tirah", KP),
            # the dateline 'LANDI KOTAL:'
            ("LANDI KOTAL", KP),
            # 'in Sanda Pal, Nangorsa, Speen Drand and Nakai areas of Sipah'
            ("Sanda Pal", KP),
            ("Nangorsa", KP),
            ("Speen Drand", KP),
            ("Nakai", KP),
            ("Sipah", KP),
            # the subheading 'BAJAUR BLAST:' and 'in Bajaur tribal region'
            ("BAJAUR", KP),
            ("Bajaur", KP),
            # 'our correspondent in Khar adds' (where the reporter is, not the scene)
            ("Khar", KP),
            # 'Government High School at Badan in Mamond tehsil'
            ("Badan", KP),
            ("Mamond", KP),
            # 'at Malkana in Salarzai tehsil' (a tehsil, not heldout14's tribe)
            ("Malkana", KP),
            ("Salarzai", KP),
        ],
        "events": [
            # military planes pounded militant positions in Tirah valley on Monday: six suspected militants killed,
            # three injured, in the Sanda Pal, Nangorsa, Speen Drand and Nakai areas of Sipah; one toll over named
            # areas is one event accepting each (heldout13), with Sipah and Tirah as their containers
            {
                "place": "Sipah",
                "accept": ["Sipah", "Sanda Pal", "Nangorsa", "Speen Drand", "Nakai", "Tirah"],
                "date": ["2015-04-06", "2015-04-06"],
                "precision": "day",
                "killed": [6, 6],
                "injured": [3, 3],
                "actor": "Pakistani military",
                "kind": "main",
            },
            # 'Security forces claimed to have killed 14 militants ... over the past three days': the offensive's
            # running toll in Tirah, an `aggregate` with a `period` window of the three days to the report
            {
                "place": "Tirah",
                "accept": ["Tirah", "Sipah"],
                "date": ["2015-04-04", "2015-04-07"],
                "precision": "period",
                "killed": [14, 14],
                "injured": None,
                "actor": "Pakistani security forces (claimed)",
                "kind": "aggregate",
            },
            # a roadside IED killed Levies Subedar Sultan Bakht on Monday as his group walked to the Government High
            # School at Badan in Mamond tehsil; the TTP claimed it
            {
                "place": "Badan",
                "accept": ["Badan", "Mamond", "Bajaur"],
                "date": ["2015-04-06", "2015-04-06"],
                "precision": "day",
                "killed": [1, 1],
                "injured": None,
                "actor": "Tehreek-i-Taliban Pakistan (claimed)",
                "kind": "main",
            },
            # a suspected militant shot dead when he resisted arrest during a search operation at Malkana in Salarzai
            # tehsil: the lede puts it 'on Monday' with the blast, the paragraph 'On Sunday', so both days
            {
                "place": "Malkana",
                "accept": ["Malkana", "Salarzai", "Bajaur"],
                "date": ["2015-04-05", "2015-04-06"],
                "precision": "day",
                "killed": [1, 1],
                "injured": None,
                "actor": "Pakistani security forces",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h133_05_dawn_bara_bannu.txt",
        "url": "https://dawn.com/news/1132978/fonts.googleapis.com",
        "published": "2014-09-19",
        "published_note": "the page's 'Published September 19, 2014' (a Friday); the blast was 'on Friday', the same "
        "day. A Dawn file photo's caption (printed twice) and the link 'Also read: Former spokesman for outlawed "
        "Lashkar-i-Islam killed' are page furniture and left out; the Bannu subheading and its paragraphs are kept "
        "(the page's runs of empty lines around the subheading kept as stored)",
        # 'Lashkar-i-Islam', 'LI', 'Al Qaeda', 'Operation Zarb-i-Azb' hold no place name
        "orgs": [],
        "mentions": [
            # headline 'in Bara', 'Bara tehsil', 'also in Bara'
            ("Bara", KP),
            # the dateline 'PESHAWAR:'
            ("PESHAWAR", KP),
            # 'in the Sipah area of Bara tehsil'
            ("Sipah", KP),
            # 'Khyber tribal region', 'Khyber is situated', 'hideouts in Khyber' (the fourth, inside 'Khyber
            # Pakhtunkhwa', is that longer name's)
            ("Khyber", KP, [4]),
            # "Pakistan's semi-autonomous tribal belt" ('the Afghan border' is a demonym)
            ("Pakistan", "PK"),
            # 'to the north of North Waziristan'
            ("North Waziristan", KP),
            # 'bordering Peshawar city'
            ("Peshawar", KP),
            # 'underway in NWA' (North Waziristan Agency)
            ("NWA", KP),
            # the subheading 'Woman killed in Bannu firing', 'of Bannu district'
            ("Bannu", KP),
            # 'in FR Janikhel area', 'SHO Janikhel police station' (a police station named after its place keeps
            # the place, heldout19)
            ("Janikhel", KP),
            # 'in the Khyber Pakhtunkhwa province'
            ("Khyber Pakhtunkhwa", KP),
        ],
        "events": [
            # a remote-controlled IED hit a vehicle of Lashkar-i-Islam militants in the Sipah area of Bara tehsil,
            # Khyber, on Friday: three suspected militants killed
            {
                "place": "Sipah",
                "accept": ["Sipah", "Bara", "Khyber"],
                "date": ["2014-09-19", "2014-09-19"],
                "precision": "day",
                "killed": [3, 3],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
            # 'comes weeks after former LI spokesman Zar Khan was gunned down by unknown assailants, also in Bara':
            # NEW: an unnumbered 'weeks after' gives a `period` window of two to eight weeks before the dated event
            # (plural weeks, and not yet 'months')
            {
                "place": "Bara",
                "accept": ["Bara", "Khyber"],
                "date": ["2014-07-25", "2014-09-05"],
                "precision": "period",
                "killed": [1, 1],
                "injured": None,
                "actor": None,
                "kind": "background",
            },
            # 'Military jets have also recently struck insurgent hideouts in Khyber ... killing scores of suspected
            # militants': several strikes with one vague toll, an `aggregate` at Khyber with the two weeks before
            # ("recently", heldout32); 'scores' is not a figure (killed null, heldout124's 'dozens')
            {
                "place": "Khyber",
                "accept": ["Khyber"],
                "date": ["2014-09-05", "2014-09-19"],
                "precision": "period",
                "killed": None,
                "injured": None,
                "actor": "Pakistani military",
                "kind": "aggregate",
            },
            # under its own subheading and with no day of its own: unidentified gunmen fired at a vehicle in the FR
            # Janikhel area of Bannu district, killing a woman and injuring three; the week window (heldout14's
            # separate incident)
            {
                "place": "Janikhel",
                "accept": ["Janikhel", "Bannu"],
                "date": ["2014-09-12", "2014-09-19"],
                "precision": "week",
                "killed": [1, 1],
                "injured": [3, 3],
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h133_06_timeskuwait_paktika.txt",
        "url": "http://timeskuwait.com/Times_Suicide-bomber-kills-at-least-50-Afghans-at-volleyball-match",
        "published": "2014-11-24",
        "published_note": "the page's date line ('November 24, 2014, 8:45 am', a Monday) under the headline; the "
        "bombing was 'on Sunday', 23 November. The login prompt before the headline is page furniture and left out; "
        "the stored page ends mid-sentence ('The Bilateral Security Agreement with the United State'): that paragraph "
        "is left out (heldout14). The photo caption (of the scene) is kept",
        "orgs": [],
        "mentions": [
            # the caption 'in the Yahyakhail district', 'in Yahyakhail district'
            ("Yahyakhail", PK_),
            # the caption 'of Paktika province', 'governor of Paktika province' (an office title), 'Paktika,
            # bordering Pakistan'
            ("Paktika", PK_),
            # the caption 'east of Kabul', 'to Kabul for treatment', the metonym 'the government in Kabul'
            ("Kabul", KB),
            # 'in eastern Afghanistan', "Afghanistan's most volatile regions", "Afghanistan's lower house"
            # ('Afghans', 'Afghan soldiers' are demonyms)
            ("Afghanistan", "AF"),
            # 'bordering Pakistan'
            ("Pakistan", "PK"),
            # 'NATO-led troops', 'US-led NATO combat operations', 'The new NATO mission', 'US counter-terrorism
            # operations': actors and adjectives
            ("NATO", "neutral"),
            ("US", "neutral"),
        ],
        "events": [
            # a suicide bomber on foot blew himself up in the crowd at an inter-district volleyball tournament in
            # Yahyakhail district late Sunday afternoon: at least 50 killed, the confirmed bomber adding one
            # (heldout42); 'Dozens more were wounded' with no figure is 24 up to 99
            {
                "place": "Yahyakhail",
                "accept": ["Yahyakhail", "Yahya Khel"],
                "date": ["2014-11-23", "2014-11-23"],
                "precision": "day",
                "killed": [50, 51],
                "injured": [24, 99],
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h133_07_thenews_mazar.txt",
        "url": "http://www.thenewsinternational.com/2016/01/03/news/international/indian-consulate-targeted-in-"
        "northern-afghanistans-mazar-i-sharif/4127902.html",
        "published": "2016-01-03",
        "published_note": "the URL's date (3 January 2016, a Sunday); the attack was 'on Sunday', the same day. The "
        "breadcrumb ('Home / News / International / ...') and the closing 'Leave a Reply' / 'Scroll To Top' are page "
        "furniture and left out",
        # 'AFP' holds no place name
        "orgs": [],
        "mentions": [
            # headline "Northern Afghanistan's Mazar-i-Sharif" ('the northern Afghan city' is a demonym)
            ("Afghanistan", "AF"),
            # headline, 'the northern Afghan city of Mazar-i-Sharif'
            ("Mazar-i-Sharif", BK),
            # the dateline 'KABUL:'
            ("KABUL", KB),
            # 'a spokesman for the Balkh province governor' (an office title naming a place)
            ("Balkh", BK),
            # 'the air base in Pathankot' (India, outside the region)
            ("Pathankot", "out"),
            # 'near the border with Pakistan' ('his Pakistani counterpart' is a demonym)
            ("Pakistan", "PK"),
        ],
        "events": [
            # gunmen hidden in a house near the Indian consulate in Mazar-i-Sharif attacked after dark on Sunday and
            # tried to enter the compound: two of the four attackers killed by Afghan special forces, no other
            # casualties reported
            {
                "place": "Mazar-i-Sharif",
                "accept": ["Mazar-i-Sharif"],
                "date": ["2016-01-03", "2016-01-03"],
                "precision": "day",
                "killed": [2, 2],
                "injured": None,
                "actor": "gunmen",
                "kind": "main",
            },
            # the attack on the air base in Pathankot, India, that 'has killed at least seven military personnel':
            # outside the region, a `neutral` event (heldout29's Dushanbe); the text gives it no day (week window)
            {
                "place": "Pathankot",
                "accept": ["Pathankot"],
                "date": ["2015-12-27", "2016-01-03"],
                "precision": "week",
                "killed": [7, 7],
                "injured": [20, 20],
                "actor": None,
                "kind": "neutral",
            },
        ],
    },
    {
        "file": "h133_08_dawn_khuzdar.txt",
        "url": "http://www.dawn.com/news/1296019",
        "published": "2016-11-13",
        "published_note": "the page's 'Published November 13, 2016' (a Sunday); the bombing was 'on Saturday evening', "
        "12 November. The two photo captions, each printed twice, are kept once (heldout37); the stored page ends "
        "mid-sentence ('Kalat Commissioner Mohammad Hashim Ghalzai said that according to prelim'): that paragraph is "
        "left out (heldout14)",
        # 'Islamic State', 'FC', 'AFP', 'AP' hold no place name
        "orgs": [],
        "mentions": [
            # headline 'on Balochistan shrine'
            ("Balochistan", BL),
            # the caption's 'HUB:' (where the hospital is), 'a hospital in Hub', 'the Hub hospital'
            ("HUB", BL),
            ("Hub", BL),
            # 'the Shah Noorani shrine' (three times): a shrine named after its saint is `neutral` as a mention but
            # accepted as the scene, like heldout30's mosque
            ("Shah Noorani", "neutral"),
            # the dateline 'QUETTA/KHUZDAR:'
            ("QUETTA", BL),
            ("KHUZDAR", BL),
            # 'a remote mountainous region of Khuzdar district'
            ("Khuzdar", BL),
            # 'particularly Karachi which is at a distance of 250 kilometres' (where visitors came from)
            ("Karachi", "PK/Sindh"),
        ],
        "events": [
            # a teenage suicide bomber blew himself up in the courtyard of the Shah Noorani shrine in Khuzdar district
            # on Saturday evening during the dhamaal: at least 52 killed, the confirmed bomber adding one (heldout42);
            # 'over 100 others wounded' is 101 up to 999 (heldout's "over 1,659"); Islamic State claimed it (AFP)
            {
                "place": "Shah Noorani",
                "accept": ["Shah Noorani", "Khuzdar"],
                "date": ["2016-11-12", "2016-11-12"],
                "precision": "day",
                "killed": [52, 53],
                "injured": [101, 999],
                "actor": "Islamic State (claimed)",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h133_09_upi_gephardt_kandahar.txt",
        "url": "https://gephardtdaily.com/national-international/taliban-militants-assault-kandahar-airport-in-afghanistan/",
        "published": "2015-12-08",
        "published_note": "the dateline's 'Dec. 8 (UPI)' (a Tuesday), the year from the page's photo caption ('On Dec. "
        "8, 2015, ...'); the assault was 'on Tuesday', the same day. That caption belongs to a UPI file photo of Kabul "
        "in 2011 and is left out with the image's title line, as page furniture (heldout37's agency file-photo "
        "caption); the stored page ends mid-sentence ('The militants seized var'): that paragraph is left out",
        # the broadcaster's name holds 'America' (a place outside the region); 'Al Jazeera' holds none
        "orgs": ["Voice of America"],
        "mentions": [
            # headline 'Kandahar Airport', 'the Kandahar airport', 'a police checkpoint in Kandahar'
            ("Kandahar", KD),
            # headline 'In Afghanistan', the dateline, 'in southern Afghanistan'
            ("Afghanistan", "AF"),
            # the dateline 'KANDAHAR, Afghanistan'
            ("KANDAHAR", KD),
            # 'a joint Afghan-NATO military base', 'Afghan or NATO forces', 'NATO troops': actors and adjectives
            ("NATO", "neutral"),
        ],
        "events": [
            # Taliban militants stormed the Kandahar airport on Tuesday, attacking a residential area and the joint
            # base inside it: security forces killed all 10 attackers, and an attack on the regional corps commander
            # killed his bodyguard and injured another (the other victims, 'several', have no figure): 10 to 11
            {
                "place": "Kandahar",
                "accept": ["Kandahar", "Kandahar airport"],
                "date": ["2015-12-08", "2015-12-08"],
                "precision": "day",
                "killed": [10, 11],
                "injured": [1, 1],
                "actor": "Taliban",
                "kind": "main",
            },
            # 'The assault came one day after the Taliban attacked a police checkpoint in Kandahar, killing three
            # officers ... Two militants were killed': the Monday before, 3 to 5
            {
                "place": "Kandahar",
                "accept": ["Kandahar"],
                "date": ["2015-12-07", "2015-12-07"],
                "precision": "day",
                "killed": [3, 5],
                "injured": None,
                "actor": "Taliban",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h133_10_latimes_bagram.txt",
        "url": "https://www.latimes.com/world/afghanistan-pakistan/la-fg-afghanistan-suicide-attack-20151221-story.html",
        "published": "2015-12-21",
        "published_note": "the URL's date (21 December 2015, a Monday); the bombing was 'Monday', the same day. The "
        "stored page ends mid-sentence ('The total includes the'): the text stops at the last whole sentence "
        "(heldout14)",
        # 'U.S. Army', 'Afghan National Police' and the coalition hold no place name beyond the neutral 'U.S.'
        "orgs": [],
        "mentions": [
            # headline '6 NATO soldiers', 'a joint Afghan-NATO security patrol': actors and adjectives
            ("NATO", "neutral"),
            # headline 'killed in Afghanistan', 'base in Afghanistan', 'in northern Afghanistan', 'every day in
            # Afghanistan', 'my visit to Afghanistan', 'troops in Afghanistan' ('Americans', 'Afghan' are demonyms)
            ("Afghanistan", "AF"),
            # 'the largest U.S. military base', 'the U.S.-led military coalition', 'U.S. Army', 'six U.S. service
            # members', 'U.S. troops', 'U.S. Marines'
            ("U.S.", "neutral"),
            # 'near Bagram Airfield' (twice): an airfield is a landmark
            ("Bagram", PW),
            # 'the provincial council of Parwan' (a council named after its province: a mention, not the scene,
            # heldout28)
            ("Parwan", PW),
            # 'the district of Sangin', 'withdrew from Sangin'
            ("Sangin", HL),
            # 'the southern province of Helmand'
            ("Helmand", HL),
        ],
        "events": [
            # a suicide car bombing near Bagram Airfield on Monday hit a joint Afghan-NATO patrol: six U.S. service
            # members killed, the bomber adding one (heldout42); two service members and a contractor injured and at
            # least three Afghan police (3 the largest single figure, 6 in all); the Taliban claimed it. The text names
            # nothing finer than the airfield, and its province only through a council member
            {
                "place": "Bagram",
                "accept": ["Bagram", "Bagram Airfield"],
                "date": ["2015-12-21", "2015-12-21"],
                "precision": "day",
                "killed": [6, 7],
                "injured": [3, 6],
                "actor": "Taliban (claimed)",
                "kind": "main",
            },
            # 'reports that the Taliban had taken over the district of Sangin': a district taken with no toll is
            # `neutral` (heldout13), with the week before publication as its window
            {
                "place": "Sangin",
                "accept": ["Sangin"],
                "date": ["2015-12-14", "2015-12-21"],
                "precision": "week",
                "killed": None,
                "injured": None,
                "actor": "Taliban",
                "kind": "neutral",
            },
        ],
    },
]
