"""Forty-sixth held-out set ("heldout46", see docs/annotation.md): the THIRTY-FOURTH BLIND set. Real AF/PK conflict
reports published in the years 2020 to 2024: in Afghanistan a Taliban attack on a police station in Daykundi and the
operation after it (2020), Afghan Air Force and ground operations in Nimruz's Zaranj and on the outskirts of Takhar's
Taliqan with their joint toll and the UN's half-year civilian toll (2021), the fall of Jawzjan's Mardian with an
operation in Qosh Tepa and Faryab's Khwaja Sabz Posh taken (2021), the bombing of the governor's office in
Mazar-e Sharif (2023), a mine blast claimed by ISIS-K in Nangarhar's Darai Nur (2024); in Pakistan an attack on Tank's
Gul Imam police station with the police-van bombing in Dera Ismail Khan's Tank Adda cited (2023), an attack on the
Domand checkpost in Dera Ismail Khan's Mughalkot with an operation in Tank's Gomal and an assault on Bannu's Mandan
police station cited (2024), an attack on the Shah Mardan check post in Kalat's Johan (2024), an IED in Turbat's
Dasht with blasts in Killa Abdullah and Harnai and the Quetta railway station bombing cited (2024). Outlets: Mehr News
(AVA), Lokmat Times (ANI), Afghanistan Times, KTVZ (AP), KabulNow, Daily Times, Tribal News Network (via MENAFN), The
Frontier Post, The News. Collected and annotated by reading each text against docs/annotation.md WITHOUT running
geoinc's extractor on them (no extract_places / extract_incidents / eval_text.py / bench_text.py on these texts
before the spec was committed, and the extraction rules in geoinc/text*.py were not read), while the extraction
rules were being changed elsewhere. It is not to be tuned to: run the final code on it once and report that number
as the blind score. Same format as text_dev_spec.py. Texts in devtexts/heldout46/."""

KP = "PK/Khyber Pakhtunkhwa"
BL = "PK/Balochistan"
IB = "PK/Islamabad"
DK = "AF/Daykundi"
NZ = "AF/Nimroz"
TK = "AF/Takhar"
KZ = "AF/Kunduz"
KD = "AF/Kandahar"
KB = "AF/Kabul"
JZ = "AF/Jowzjan"
FY = "AF/Faryab"
BK = "AF/Balkh"
NG = "AF/Nangarhar"
NR = "AF/Nuristan"

ARTICLES = [
    {
        "file": "h46_01_mehrnews_daykundi.txt",
        "url": "https://en.mehrnews.com/news/160875/4-Afghan-police-forces-killed-in-Daykundi-Province",
        "published": "2020-07-12",
        "published_note": "the stored page's date (12 July 2020, a Sunday; the spokesman 'announced on Sunday'); the "
        "attack itself is not dated by the text (week window, heldout12). The stored page has no headline (not rebuilt "
        "from the URL slug, heldout16); the agency code line 'FA/ 4972478' at its end is left out",
        "orgs": [],
        "mentions": [
            # "Afghanistan's Daykundi governor", 'the country' not a name; 'war in Afghanistan'
            ("Afghanistan", "AF"),
            ("Daykundi", DK),
            ("US", "neutral"),
            ("NATO", "neutral"),
        ],
        "events": [
            # Taliban attack on a police station in Daykundi: four security forces killed, two injured; no district
            # given, so the province is the place
            {
                "place": "Daykundi",
                "accept": ["Daykundi"],
                "date": ["2020-07-05", "2020-07-12"],
                "precision": "week",
                "killed": [4, 4],
                "injured": [2, 2],
                "actor": "Taliban",
                "kind": "main",
            },
            # '12 Taliban militants were also killed in an operation carried out after the attack': an operation with
            # its own toll after the attack, a second event at the same place (heldout17's firing after a blast,
            # heldout42's air strike and ground fighting)
            {
                "place": "Daykundi",
                "accept": ["Daykundi"],
                "date": ["2020-07-05", "2020-07-12"],
                "precision": "week",
                "killed": [12, 12],
                "injured": None,
                "actor": "Afghan security forces",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h46_02_lokmattimes_zaranj_taliqan.txt",
        "url": "https://www.lokmattimes.com/international/taliban-shadow-governor-for-nimruz-among-25-killed-in-afghan-"
        "forces-operations-in-zaranj-taliqan/amp",
        "published": "2021-08-07",
        "published_note": "the page's line 'By ANI | Updated: August 7, 2021 11:10 IST' (a Saturday); 'on Friday night' "
        "is 6 August, and the quoted tweets' 'last night' and 'yesterday' agree. The page's menu words ('City', "
        "'Epaper', 'Open in App') are left out, and the lede, printed twice on the page (summary and body), is kept "
        "once. The stored page ended mid-sentence: the text stops at the last whole sentence",
        "orgs": [],
        "mentions": [
            # headline, 'Nimruz Province' (lede), 'Nimruz Province' (tweet)
            ("Nimruz", NZ),
            # headline, lede, 'Zaranj city' (tweet)
            ("Zaranj", NZ),
            # headline, lede, 'outskirts of Taliqan city'
            ("Taliqan", TK),
            # 'cities of Afghanistan', 'Afghanistan has witnessed', 'civilian casualties in Afghanistan'
            ("Afghanistan", "AF"),
            # the post of a Taliban shadow governor killed near Taliqan: a mention, not the scene
            ("Dasht-e-Archi", KZ),
            ("Kunduz", KZ),
            ("Dasht Archi", KZ),
            ("Konduz", KZ),
            ("Kandahar", KD),
        ],
        "events": [
            # Afghan Air Force strike on a Taliban gathering in Zaranj city on Friday night: the Nimruz shadow
            # governor 'killed along with 14 terrorists' (15)
            {
                "place": "Zaranj",
                "accept": ["Zaranj"],
                "date": ["2021-08-06", "2021-08-06"],
                "precision": "day",
                "killed": [15, 15],
                "injured": None,
                "actor": "Afghan Air Force",
                "kind": "main",
            },
            # ANDSF and uprising forces on the outskirts of Taliqan city: the Dasht Archi shadow governor 'killed along
            # with 11 terrorists' (12); Dasht-e-Archi is his post, not the scene
            {
                "place": "Taliqan",
                "accept": ["Taliqan"],
                "date": ["2021-08-06", "2021-08-06"],
                "precision": "day",
                "killed": [12, 12],
                "injured": None,
                "actor": "Afghan security forces",
                "kind": "main",
            },
            # headline/lede total: 25 killed in the two cities' operations (the parts as quoted sum to 27, so the range
            # is [25, 27])
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan", "Zaranj", "Taliqan"],
                "date": ["2021-08-06", "2021-08-06"],
                "precision": "day",
                "killed": [25, 27],
                "injured": None,
                "actor": "Afghan security forces",
                "kind": "aggregate",
            },
            # 'civilian casualties in Afghanistan in the first half of 2021 ... over 1,659 people killed and 3,254
            # others wounded': a half-year national total (heldout27, heldout29); 'over 1,659' is 1,660 up to the
            # next order of magnitude (heldout32), the wounded likewise from 3,254
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan"],
                "date": ["2021-01-01", "2021-06-30"],
                "precision": "period",
                "killed": [1660, 9999],
                "injured": [3254, 9999],
                "actor": "",
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h46_03_afghanistantimes_jawzjan_faryab.txt",
        "url": "http://www.afghanistantimes.af/taliban-capture-two-districts-amid-raging-battles-in-north/",
        "published": "2021-06-19",
        "published_note": "the page's date (19 June 2021, a Saturday); 'on Saturday morning' is 19 June, 'on Friday' "
        "and 'on Friday night' 18 June, 'clashes since Friday' 18-19 June. The stored page has no headline (not "
        "rebuilt from the URL slug, heldout16)",
        # a provincial council named after its province, in lower case, is an organisation (heldout13's provincial
        # council, heldout43's lower-case 'Kabul police')
        "orgs": ["Jawzjan provincial council", "Faryab provincial council"],
        "mentions": [
            ("KABUL", KB),
            # 'northern Afghanistan', 'roughly 30 districts across Afghanistan'
            ("Afghanistan", "AF"),
            # 'Jawzjan province', 'Mardian district in Jawzjan', 'Qosh Tepa district in Jawzjan' (the 2nd is inside
            # the council's name)
            ("Jawzjan", JZ),
            ("Mardian", JZ),
            ("Qosh Tepa", JZ),
            ("Khwaja Sabz Posh", FY),
            # 'district in Faryab', 'a security forces commander in Faryab' (the 2nd inside the council's name)
            ("Faryab", FY),
            ("U.S.", "neutral"),
        ],
        "events": [
            # clashes in Mardian district since Friday and the capture of its centre on Saturday morning: 'at least
            # 16 troops were killed and 14 more captured'
            {
                "place": "Mardian",
                "accept": ["Mardian"],
                "date": ["2021-06-18", "2021-06-19"],
                "precision": "day",
                "killed": [16, 16],
                "injured": None,
                "actor": "Taliban",
                "kind": "main",
            },
            # the Afghan army's operation in Qosh Tepa district on Friday: a Taliban commander 'and eight others' (9)
            {
                "place": "Qosh Tepa",
                "accept": ["Qosh Tepa"],
                "date": ["2021-06-18", "2021-06-18"],
                "precision": "day",
                "killed": [9, 9],
                "injured": None,
                "actor": "Afghan army",
                "kind": "main",
            },
            # the centre of Khwaja Sabz Posh captured on Friday night, a commander surrendering, no toll: neutral
            # (heldout13's district taken without a toll)
            {
                "place": "Khwaja Sabz Posh",
                "accept": ["Khwaja Sabz Posh"],
                "date": ["2021-06-18", "2021-06-18"],
                "precision": "day",
                "killed": None,
                "injured": None,
                "actor": "Taliban",
                "kind": "neutral",
            },
        ],
    },
    {
        "file": "h46_04_ktvz_mazar.txt",
        "url": "https://ktvz.com/news/ap-national-news/2023/03/09/bomb-kills-3-including-provincial-governor-in-afghanistan/",
        "published": "2023-03-09",
        "published_note": "the page's date (9 March 2023, a Thursday; 2023/03/09 in the URL); the spokesman 'said "
        "Thursday' without dating the explosion (week window, heldout12). The stored page has no headline (not rebuilt "
        "from the URL slug, heldout16); 'provinicial' is the page's spelling",
        "orgs": ["Islamic State in Khorasan Province"],
        "mentions": [
            # dateline of an AP report from Islamabad about an explosion in Balkh: a mention, not the scene
            ("ISLAMABAD", IB),
            ("Balkh", BK),
            ("Mazar-e Sharif", BK),
            # 'attacks in Afghanistan', "Afghanistan's Shiite minority"
            ("Afghanistan", "AF"),
        ],
        "events": [
            # bomb inside the governor's office in Mazar-e Sharif: the governor 'and two others' killed (3)
            {
                "place": "Mazar-e Sharif",
                "accept": ["Mazar-e Sharif"],
                "date": ["2023-03-02", "2023-03-09"],
                "precision": "week",
                "killed": [3, 3],
                "injured": None,
                "actor": "",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h46_05_kabulnow_darainur.txt",
        "url": "https://kabulnow.com/2024/08/isis-k-claims-responsibility-for-nangarhar-explosion-says-it-killed-taliban-members/",
        "published": "2024-08-23",
        "published_note": "the URL gives 2024/08 only; the text dates the explosion 'Thursday, August 22' and the "
        "Taliban's report 'Yesterday', so the report is of 23 August 2024 (a Friday; 24 August at the latest: the "
        "event's own date does not depend on it). The stored page ended mid-sentence and its 'File Photos' caption "
        "line is left out: the text stops at the last whole sentence",
        # a provincial security command in lower case is an organisation (heldout43's 'Kabul police')
        "orgs": ["Nangarhar security command"],
        "mentions": [
            # headline, 'eastern Nangarhar province', 'a local source in Nangarhar province' (the 3rd is inside the
            # command's name)
            ("Nangarhar", NG),
            # dateline 'KABUL, AFGHANISTAN –'; 'KabulNow' (the outlet) is one word and holds no mention
            ("KABUL", KB),
            ("AFGHANISTAN", "AF"),
            ("Darai Nur", NG),
            # where the victims came from, and the post of the commander whose family they were: mentions, not the
            # scene
            ("Nuristan", NR),
            ("Afghanistan", "AF"),
            ("US", "neutral"),
            ("NATO", "neutral"),
        ],
        "events": [
            # explosion in Darai Nur district on Thursday 22 August: six killed including five children, four
            # injured; ISIS-K claimed it (the Taliban say an old mine)
            {
                "place": "Darai Nur",
                "accept": ["Darai Nur"],
                "date": ["2024-08-22", "2024-08-22"],
                "precision": "day",
                "killed": [6, 6],
                "injured": [4, 4],
                "actor": "ISIS-K (claimed)",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h46_06_dailytimes_tank.txt",
        "url": "https://dailytimes.com.pk/1146208/militants-attack-police-station-in-di-khan/",
        "published": "2023-11-06",
        "published_note": "the page's date (6 November 2023, a Monday); 'on Sunday night' is 5 November, 'the preceding "
        "Friday' / 'the past Friday' 3 November. The stored page has no headline (not rebuilt from the URL slug, "
        "heldout16) and ended mid-sentence: the text stops at the last whole sentence",
        "orgs": [],
        "mentions": [
            # 'a police station in Dera Ismail Khan' (the text puts Tank's police station in DI Khan), 'Dera Ismail
            # Khan city'
            ("Dera Ismail Khan", KP),
            ("Pakistan", "PK"),
            # a police station named after a place (heldout19)
            ("Gul Imam", KP),
            # 'police station in Tank', 'District Headquarters Hospital in Tank' (a generic hospital name with its town
            # set off), 'District Police Officer Tank' (an office title); the 4th is inside 'Tank Adda'
            ("Tank", KP, [4]),
            ("DI Khan", KP),
            ("Tank Adda", KP),
            # a police lines named after a person: a landmark building, neutral (heldout17's building, heldout40's
            # complex)
            ("Ijaz Shaheed Police Lines", "neutral"),
            ("Kulachi", KP),
        ],
        "events": [
            # the attack on the Gul Imam police station in Tank on Sunday night, repelled: one constable injured, no
            # one killed (injured only: killed null); the text's 'in Dera Ismail Khan' is the division, so the place
            # is accepted as it is (heldout21's misassigned place)
            {
                "place": "Gul Imam",
                "accept": ["Gul Imam", "Tank"],
                "date": ["2023-11-05", "2023-11-05"],
                "precision": "day",
                "killed": None,
                "injured": [1, 1],
                "actor": "",
                "kind": "main",
            },
            # cited: the remote-controlled blast on a police van in DI Khan's Tank Adda area 'on the past Friday': at
            # least six killed, 'more than 30' injured (31 up to 99, heldout18)
            {
                "place": "Tank Adda",
                "accept": ["Tank Adda", "DI Khan", "Dera Ismail Khan"],
                "date": ["2023-11-03", "2023-11-03"],
                "precision": "day",
                "killed": [6, 6],
                "injured": [31, 99],
                "actor": "",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h46_07_tnn_mughalkot.txt",
        "url": "https://menafn.com/1107690477/Terrorist-Attack-Injures-Policemen-In-Dera-Ismail-Khan",
        "published": "2024-01-06",
        "published_note": "the page's line 'By TNN Editor - January 6, 2024' (a Saturday); the Domand attack is not "
        "dated (week window, heldout12). A Tribal News Network report on MENAFN: the 'MENAFN- Tribal News Network' "
        "label, the byline and share buttons, and a file-photo caption about a 2013 jail attack are left out "
        "(furniture); the stored page ended mid-sentence after 'A fierc': the text stops at the last whole sentence",
        "orgs": [],
        "mentions": [
            # headline, 'the Dera Ismail Khan Mughalkot area'
            ("Dera Ismail Khan", KP),
            # a checkpost named after a place (heldout23's 'Zam FC checkpoint')
            ("Domand", KP),
            ("Mughalkot", KP),
            # police stations named after places (heldout19)
            ("Gomal", KP),
            ("Tank", KP),
            ("Mandan", KP),
            ("Bannu", KP),
        ],
        "events": [
            # attack on the Domand checkpost in Mughalkot: two policemen injured, no one killed (killed null)
            {
                "place": "Domand",
                "accept": ["Domand", "Mughalkot", "Dera Ismail Khan"],
                "date": ["2023-12-30", "2024-01-06"],
                "precision": "week",
                "killed": None,
                "injured": [2, 2],
                "actor": "",
                "kind": "main",
            },
            # cited: the intelligence-based operation in the Gomal police station limits in Tank before it: a wanted
            # militant 'killed alongside an accomplice' (2); undated (week window)
            {
                "place": "Gomal",
                "accept": ["Gomal", "Tank"],
                "date": ["2023-12-30", "2024-01-06"],
                "precision": "week",
                "killed": [2, 2],
                "injured": None,
                "actor": "police and security forces",
                "kind": "background",
            },
            # cited: the night assault on the Mandan police station in Bannu 'a day prior' (to the undated Domand
            # attack: the week window moved back a day, with the night's evening before, heldout23); the page is cut
            # before any toll (killed null, heldout38)
            {
                "place": "Mandan",
                "accept": ["Mandan", "Bannu"],
                "date": ["2023-12-28", "2024-01-05"],
                "precision": "week",
                "killed": None,
                "injured": None,
                "actor": "",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h46_08_frontierpost_kalat.txt",
        "url": "https://thefrontierpost.com/seven-security-personnel-martyred-in-kalat-checkpost-attack/",
        "published": "2024-11-16",
        "published_note": "the page's date (16 November 2024, a Saturday); 'late on Friday night' is 15 November. The "
        "stored page has no headline (not rebuilt from the URL slug, heldout16) and ended mid-sentence: the text "
        "stops at the last whole sentence",
        "orgs": ["Istehkam-e-Pakistan Party"],
        "mentions": [
            # dateline 'KALAT, Balochistan:'
            ("KALAT", BL),
            # dateline, 'Kalat, Balochistan late on Friday', 'destabilize Balochistan'
            ("Balochistan", BL),
            # a check post named after a place (heldout23)
            ("Shah Mardan", BL),
            ("Johan", BL),
            # 'the Johan area of Kalat', 'the attack in Kalat'
            ("Kalat", BL),
            # where the bodies and injured were taken: a mention, not the scene
            ("Quetta", BL),
            # "Pakistan's enemies" (the other is inside the party's name)
            ("Pakistan", "PK"),
        ],
        "events": [
            # attack on the Shah Mardan check post in Johan, Kalat, late on Friday night: seven security personnel
            # 'allegedly' killed, 15 injured; the Baloch Liberation Army 'is said to have claimed' it
            {
                "place": "Shah Mardan",
                "accept": ["Shah Mardan", "Johan", "Kalat"],
                "date": ["2024-11-15", "2024-11-15"],
                "precision": "day",
                "killed": [7, 7],
                "injured": [15, 15],
                "actor": "Baloch Liberation Army (claimed)",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h46_09_thenews_turbat.txt",
        "url": "https://www.thenews.com.pk/latest/1265285-turbat-blast-kills-at-least-two-injures-four",
        "published": "2024-12-25",
        "published_note": "the page's date (25 December 2024, a Wednesday); 'on Wednesday' is 25 December, 'Earlier "
        "this month' December, 'The month of November' November. The photo caption 'Representational image of police "
        "tape ...' is left out; the stored page has no headline (not rebuilt from the URL slug, heldout16) and ended "
        "mid-sentence: the text stops at the last whole sentence",
        "orgs": [],
        "mentions": [
            ("QUETTA", BL),
            ("Dasht", BL),
            # "Balochistan's Turbat district", 'affected Balochistan and Khyber Pakhtunkhwa'
            ("Balochistan", BL),
            # the text's 'Turbat district' (Turbat is the headquarters of Kech district)
            ("Turbat", BL),
            ("Khyber Pakhtunkhwa", KP),
            ("Killa Abdullah", BL),
            ("Harnai", BL),
            # 'the Quetta railway station' (a lower-case description, heldout22)
            ("Quetta", BL),
            ("Afghanistan", "AF"),
        ],
        "events": [
            # remote-controlled IED on a vehicle in the Dasht area of Turbat on Wednesday: at least two killed, four
            # injured
            {
                "place": "Dasht",
                "accept": ["Dasht", "Turbat", "Kech"],
                "date": ["2024-12-25", "2024-12-25"],
                "precision": "day",
                "killed": [2, 2],
                "injured": [4, 4],
                "actor": "",
                "kind": "main",
            },
            # cited: 'Earlier this month' a bomb went off behind a Levies station in Killa Abdullah, killing the two
            # men carrying it (heldout13's bomber killed by his own bomb); month window (heldout39)
            {
                "place": "Killa Abdullah",
                "accept": ["Killa Abdullah"],
                "date": ["2024-12-01", "2024-12-25"],
                "precision": "month",
                "killed": [2, 2],
                "injured": None,
                "actor": "",
                "kind": "background",
            },
            # cited: two soldiers killed by an IED during an operation in Harnai in November
            {
                "place": "Harnai",
                "accept": ["Harnai"],
                "date": ["2024-11-01", "2024-11-30"],
                "precision": "month",
                "killed": [2, 2],
                "injured": None,
                "actor": "",
                "kind": "background",
            },
            # cited: 'Before that' (before the November blast) the suicide attack at the Quetta railway station, at
            # least 27 killed and 62 wounded; undated, so heldout40's three-month period window, ending with November
            {
                "place": "Quetta",
                "accept": ["Quetta"],
                "date": ["2024-09-25", "2024-11-30"],
                "precision": "period",
                "killed": [27, 27],
                "injured": [62, 62],
                "actor": "",
                "kind": "background",
            },
        ],
    },
]
