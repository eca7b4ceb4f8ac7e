"""Sixteenth held-out set ("heldout16", see docs/annotation.md): a BLIND set. Real AF/PK reports collected and
annotated by reading each text against docs/annotation.md WITHOUT running geoinc's extractor on them (no
extract_places / extract_incidents / eval_text.py on these texts before the spec was committed; only single names
were geocoded to confirm a mention's province), while the extraction rules were being changed elsewhere. It is not
to be tuned to: run the final code on it once and report that number as the blind score. Same format as
text_dev_spec.py. Texts in devtexts/heldout16/."""

KP = "PK/Khyber Pakhtunkhwa"
KZ = "AF/Kunduz"
HL = "AF/Helmand"
NG = "AF/Nangarhar"

ARTICLES = [
    {
        "file": "h16_01_ap_kunduz.txt",
        "url": "http://www.seattletimes.com/nation-world/official-13-afghan-soldiers-killed-in-taliban-attack/"
        "?utm_source=RSS&utm_medium=Referral&utm_campaign=RSS_all",
        "published": "2016-09-27",
        "published_note": "page date (2016-09-27, a Tuesday; 'said Tuesday'). 'after midnight Monday' can be the small "
        "hours of Monday or of the night from Monday to Tuesday: a two-day window. The stored page had no headline; "
        "AP's headline for the story, as another copy of the same AP report carries it (the URL slug's words), was "
        "put on top",
        "orgs": [],
        "mentions": [
            ("KABUL", "AF/Kabul"),
            ("Afghanistan", "AF"),
            # 'northern Kunduz province', 'the provincial governor in Kunduz' (speaker), 'outskirts of Kunduz city'
            ("Kunduz", KZ),
        ],
        "events": [
            # 15 soldiers at the checkpoint, two joined the attackers; 'at least 13' killed; the Taliban claim they
            # killed 'all the soldiers' (the 13 loyal ones)
            {
                "place": "Kunduz",
                "accept": ["Kunduz"],
                "date": ["2016-09-26", "2016-09-27"],
                "precision": "day",
                "killed": [13, 13],
                "injured": None,
                "actor": "Taliban (claimed)",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h16_02_afghanistantimes_lashkargah.txt",
        "url": "http://afghanistantimes.af/suicide-bomber-targets-police-in-helmand-province/",
        "published": "2016-12-26",
        "published_note": "page date (2016-12-26, a Monday); 'Monday before noon' is that day",
        # a newspaper's name holding a place (heldout12 convention); a provincial police force named after its
        # province, like 'Balochistan Levies' / 'Balochistan Constabulary'
        "orgs": ["Afghanistan Times", "Helmand Police"],
        "mentions": [
            # dateline 'AT-KABUL:'
            ("KABUL", "AF/Kabul"),
            # title, 'Helmand province' twice, 'Helmand Governor spokesman' (an office); the 6th occurrence is in
            # the road name
            ("Helmand", HL, {6}),
            ("Lashkargah", HL),
            # a road named after two places (dev convention)
            ("Helmand-Kandahar", "neutral"),
        ],
        "events": [
            # one policeman killed, three injured; the bomber is not counted by the text
            {
                "place": "Lashkargah",
                "accept": ["Lashkargah"],
                "date": ["2016-12-26", "2016-12-26"],
                "precision": "day",
                "killed": [1, 1],
                "injured": [3, 3],
                "actor": "",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h16_03_afghanistantimes_kunduz.txt",
        "url": "http://www.afghanistantimes.af/eight-security-forces-killed-in-kunduz-clash/",
        "published": "2020-07-20",
        "published_note": "page date (2020-07-20, a Monday); the spokesman 'said Monday' that the attack 'began at "
        "01:00 am' without naming the day: the night before or that morning, a two-day window",
        "orgs": ["AT News"],
        "mentions": [
            ("KABUL", "AF/Kabul"),
            # title, 'province of Kunduz', 'Kunduz city'; the 4th is in the highway's name
            ("Kunduz", KZ, {4}),
            ("Shinwari", KZ),
            ("Kunduz-Ali Abad", "neutral"),
        ],
        "events": [
            # five police and three soldiers killed, three police and two soldiers wounded; the outposts on the
            # highway 'also attacked' are part of the same night's attack (one joint toll); attackers' losses not
            # counted by the text
            {
                "place": "Shinwari",
                "accept": ["Shinwari", "Kunduz"],
                "date": ["2020-07-19", "2020-07-20"],
                "precision": "day",
                "killed": [8, 8],
                "injured": [5, 5],
                "actor": "Taliban",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h16_04_sputnik_kunduz_surkhrod.txt",
        "url": "https://www.urdupoint.com/en/world/update-taliban-attack-on-afghan-military-ch-1157660.html",
        "published": "2021-02-02",
        "published_note": "in the text (02nd February, 2021, a Tuesday; 'told Sputnik on Tuesday') + page date. 'Last "
        "night' is 1 or 2 February; the three other incidents are not dated ('In a separate incident', "
        "'Meanwhile'): the week window. The stored page had no headline (the URL slug begins 'update-taliban-attack')",
        "orgs": [],
        "mentions": [
            ("KABUL", "AF/Kabul"),
            ("Kunduz", KZ),
            # 'the Pakistan-bordering Nangarhar province': a country name, a mention
            ("Pakistan", "PK"),
            ("Nangarhar", NG),
            ("Surkh Rod", NG),
            ("Farah", "AF/Farah"),
            ("Balkh", "AF/Balkh"),
        ],
        "events": [
            # a checkpoint 'in the first security district of Kunduz city'
            {
                "place": "Kunduz",
                "accept": ["Kunduz"],
                "date": ["2021-02-01", "2021-02-02"],
                "precision": "day",
                "killed": [4, 4],
                "injured": [1, 1],
                "actor": "Taliban",
                "kind": "main",
            },
            {
                "place": "Surkh Rod",
                "accept": ["Surkh Rod"],
                "date": ["2021-01-26", "2021-02-02"],
                "precision": "week",
                "killed": [1, 1],
                "injured": [2, 2],
                "actor": "",
                "kind": "main",
            },
            # the army's counteroffensive (with the air force) after an attempted Taliban attack: 11 killed, 'over
            # a dozen' injured (13 up to the 99 bound for an unquantified plural, heldout13 convention)
            {
                "place": "Farah",
                "accept": ["Farah"],
                "date": ["2021-01-26", "2021-02-02"],
                "precision": "week",
                "killed": [11, 11],
                "injured": [13, 99],
                "actor": "Afghan army",
                "kind": "main",
            },
            # airstrikes in answer to attacks on posts: 9 killed, 2 wounded
            {
                "place": "Balkh",
                "accept": ["Balkh"],
                "date": ["2021-01-26", "2021-02-02"],
                "precision": "week",
                "killed": [9, 9],
                "injured": [2, 2],
                "actor": "Afghan air force",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h16_05_ap_rodat.txt",
        "url": "https://ekpoesito.com/2018/06/bomber-kills-11-mostly-taliban-celebrating-truce-official/",
        "published": "2018-06-16",
        "published_note": "a repost of an AP report; the URL gives 2018/06 only and the text dates the blast "
        "'Saturday' during the three-day Eid al-Fitr ceasefire: Saturday 16 June 2018 (the ceasefire ran 15-17 June). "
        "Comment-form text at the end of the stored page dropped",
        "orgs": [],
        "mentions": [
            # 'outside the Nangarhar provincial capital of Jalalabad': a place near the scene, not its container
            ("Nangarhar", NG),
            ("Jalalabad", NG),
            ("Rodat", NG),
        ],
        "events": [
            # 11 killed, 12 wounded, most of them Taliban; no claim (IS only said to be present in the area)
            {
                "place": "Rodat",
                "accept": ["Rodat"],
                "date": ["2018-06-16", "2018-06-16"],
                "precision": "day",
                "killed": [11, 11],
                "injured": [12, 12],
                "actor": "",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h16_06_centcom_nawah.txt",
        "url": "https://www.centcom.mil/MEDIA/PRESS-RELEASES/Press-Release-View/Article/1631779/"
        "kinetic-strikes-kill-dozens-of-taliban-fighters-in-ghazni/",
        "published": "2018-09-13",
        "published_note": "in the text (Press Release | Sept. 13, 2018, a Thursday); the strikes are dated 'September "
        "10'. The site's banner about .mil websites dropped",
        # command names holding a place are organisations ('Kabul Now', 'Pakistan Army' conventions)
        "orgs": [
            "NATO Special Operations Component Command-Afghanistan",
            "NATO Special Operations Joint Task Force-Afghanistan",
            "Special Operations Joint Task Force-Afghanistan",
        ],
        "mentions": [
            ("Ghazni", "AF/Ghazni"),
            ("BAGRAM", "AF/Parwan"),
            # dateline 'BAGRAM, Afghanistan', 'U.S. Forces in Afghanistan', "Afghanistan's security", 'defend
            # Afghanistan' (those inside the command names are organisation spans)
            ("Afghanistan", "AF"),
            ("U.S.", "neutral"),
            ("NATO", "neutral"),
            ("Nawah", "AF/Ghazni"),
        ],
        "events": [
            # 'two kinetic strikes' on adjacent compounds: one place, one day, one toll
            {
                "place": "Nawah",
                "accept": ["Nawah"],
                "date": ["2018-09-10", "2018-09-10"],
                "precision": "day",
                "killed": [30, 30],
                "injured": None,
                "actor": "United States",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h16_07_aljazeera_chaman.txt",
        "url": "https://www.aljazeera.com/news/2022/12/11/unprovoked-firing-from-afghan-forces-kill-civilians-pakistan-chaman",
        "published": "2022-12-11",
        "published_note": "URL (2022-12-11, a Sunday); the army's media wing 'said on Sunday' but the text never "
        "says when the firing happened: the week window (heldout12 convention). Two photo captions dropped; the "
        "stored page ended mid-sentence, the text is cut at the last whole sentence",
        # 'the Pakistan army says' (the 'Pakistan Army' convention)
        "orgs": ["Pakistan army"],
        "mentions": [
            ("Pakistan", "PK"),
            ("Chaman", "PK/Balochistan"),
            ("Afghanistan", "AF"),
            # "Kandahar's governor", 'Kandahar police spokesman', an official 'in Kandahar': speakers
            ("Kandahar", "AF/Kandahar"),
            ("Kabul", "AF/Kabul"),
        ],
        "events": [
            # on the Pakistani side: six civilians killed; 17 wounded (army) or 27 hit, six of whom died (doctor)
            {
                "place": "Chaman",
                "accept": ["Chaman"],
                "date": ["2022-12-04", "2022-12-11"],
                "precision": "week",
                "killed": [6, 6],
                "injured": [17, 27],
                "actor": "Afghan forces (alleged)",
                "kind": "main",
            },
            # on the Afghan side (Kandahar police): one Afghan soldier killed, 10 injured incl. three civilians. The
            # text names no place there beyond Kandahar; the border crossing at Chaman accepted too
            {
                "place": "Kandahar",
                "accept": ["Kandahar", "Chaman"],
                "date": ["2022-12-04", "2022-12-11"],
                "precision": "week",
                "killed": [1, 1],
                "injured": [10, 10],
                "actor": "Pakistani forces",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h16_08_nation_peshawar.txt",
        "url": "https://www.nation.com.pk/05-Jun-2024/cop-guarding-polio-team-gunned-down-in-peshawar",
        "published": "2024-06-05",
        "published_note": "URL + page date (2024-06-05, a Wednesday); 'on Tuesday' is 4 June, 'On Monday last' is "
        "3 June. The stored page had no headline. A link's words are missing "
        "from the stored text ('while he was protecting a .'), kept as stored",
        "orgs": [],
        "mentions": [
            ("PESHAWAR", KP),
            ("Peshawar", KP),
            ("Sulemankhel", KP),
            ("Khyber Pakhtunkhwa", KP),
            ("Lakki Marwat", KP),
            ("Wargari", KP),
            ("Pakistan", "PK"),
        ],
        "events": [
            {
                "place": "Sulemankhel",
                "accept": ["Sulemankhel", "Peshawar"],
                "date": ["2024-06-04", "2024-06-04"],
                "precision": "day",
                "killed": [1, 1],
                "injured": None,
                "actor": "",
                "kind": "main",
            },
            # the earlier killing the report cites: a police officer in Wargari, Lakki Marwat, and one attacker
            {
                "place": "Wargari",
                "accept": ["Wargari", "Lakki Marwat"],
                "date": ["2024-06-03", "2024-06-03"],
                "precision": "day",
                "killed": [1, 2],
                "injured": None,
                "actor": "",
                "kind": "background",
            },
            # 'This year alone, at least 12 police officers have been killed' guarding vaccinations in the province
            {
                "place": "Khyber Pakhtunkhwa",
                "accept": ["Khyber Pakhtunkhwa"],
                "date": ["2024-01-01", "2024-06-05"],
                "precision": "period",
                "killed": [12, 12],
                "injured": None,
                "actor": "",
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h16_09_tnn_orakzai.txt",
        "url": "https://menafn.com/1108829506/Polio-Team-Attacked-In-Orakzai-One-Policeman-Martyred-Another-Injured",
        "published": "2024-10-29",
        "published_note": "page date (2024-10-29, a Tuesday); a Tribal News Network report on MENAFN. The text "
        "does not date the attack ('just as a nationwide polio vaccination drive commenced'): the week window",
        "orgs": [],
        "mentions": [
            # title, "Khyber Pakhtunkhwa's Orakzai district"
            ("Orakzai", KP),
            ("Khyber Pakhtunkhwa", KP),
            # 'the Dabori Badaan Khel area': one named area
            ("Dabori Badaan Khel", KP),
            ("Pakistan", "PK"),
            ("Balochistan", "PK/Balochistan"),
            ("Sindh", "PK/Sindh"),
            ("Karachi", "PK/Sindh"),
            ("Punjab", "PK/Punjab"),
            ("Islamabad", "PK/Islamabad"),
        ],
        "events": [
            # one officer killed, one injured
            {
                "place": "Dabori Badaan Khel",
                "accept": ["Dabori Badaan Khel", "Dabori", "Orakzai"],
                "date": ["2024-10-22", "2024-10-29"],
                "precision": "week",
                "killed": [1, 1],
                "injured": [1, 1],
                "actor": "",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h16_10_ap_kharatanga.txt",
        "url": "https://www.militarytimes.com/news/your-military/2014/12/07/suspected-u-s-drone-strike-kills-4-in-pakistan/",
        "published": "2014-12-07",
        "published_note": "URL (2014-12-07, a Sunday); 'Sunday' is that day, 'On Saturday' 6 December. An AP report; "
        "the stored page had no headline. The page's share/related links dropped",
        "orgs": [],
        "mentions": [
            ("Pakistan", "PK"),
            ("ISLAMABAD", "PK/Islamabad"),
            ("U.S.", "neutral"),
            ("North Waziristan", KP),
            ("Khara Tanga", KP),
            ("Datta Khel", KP),
            # 'operations in both part of Waziristan'; the others are inside 'North/South Waziristan'
            ("Waziristan", KP, {1, 2, 4, 5}),
            ("South Waziristan", KP),
            ("New York", "out"),
            # 'Washington long has used drone strikes' (a metonym outside the region)
            ("Washington", "out"),
        ],
        "events": [
            # two missiles on a compound in Khara Tanga village, Datta Khel area: four killed, two wounded
            {
                "place": "Khara Tanga",
                "accept": ["Khara Tanga", "Datta Khel", "North Waziristan"],
                "date": ["2014-12-07", "2014-12-07"],
                "precision": "day",
                "killed": [4, 4],
                "injured": [2, 2],
                "actor": "United States (suspected)",
                "kind": "main",
            },
            # the day before: soldiers killed Shukrijumah 'along with two other suspected militants' in South
            # Waziristan
            {
                "place": "South Waziristan",
                "accept": ["South Waziristan"],
                "date": ["2014-12-06", "2014-12-06"],
                "precision": "day",
                "killed": [3, 3],
                "injured": None,
                "actor": "Pakistan's military",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h16_11_dunya_bajaur.txt",
        "url": "https://dunyanews.tv/en/Pakistan/892390-ac-tehsildar-among-five-martyred-in-bajaur-blast",
        "published": "2025-07-02",
        "published_note": "page date (2025-07-02, a Wednesday); the text never dates the blast: the week window. The "
        "'Topline' bullets and page links dropped; the stored page ended mid-sentence, the text is cut at the last "
        "whole sentence",
        # a hospital named after its town (heldout12 convention)
        "orgs": ["Khar Hospital"],
        "mentions": [
            ("BAJAUR", KP),
            ("Bajaur", KP),
            ("Sadiqueabad", KP),
            # 'Khar Tehsil'
            ("Khar", KP),
            # 'Assistant Commissioner Nawagai' (an office title; Nawagai tehsil of Bajaur)
            ("Nawagai", KP),
            # 'near a Phatak Mela': unclear whether a place name
            ("Phatak Mela", "neutral"),
            ("Khyber Pakhtunkhwa", KP),
            ("KP", KP),
            # 'the Regional Police Officer of Malakand' (an office)
            ("Malakand", KP),
        ],
        "events": [
            # five killed (the assistant commissioner, the tehsildar, a police subedar, a constable and one more),
            # 11 injured
            {
                "place": "Sadiqueabad",
                "accept": ["Sadiqueabad", "Khar", "Bajaur"],
                "date": ["2025-06-25", "2025-07-02"],
                "precision": "week",
                "killed": [5, 5],
                "injured": [11, 11],
                "actor": "",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h16_12_thenews_daraban.txt",
        "url": "https://www.thenews.com.pk/latest/1154777-10-cops-martyred-six-injured-in-terrorist-attack-on-police-"
        "station-in-di-khan",
        "published": "2024-02-05",
        "published_note": "the stored text carries no date; 'in the wee hours of Monday' and the page id put it on "
        "Monday 5 February 2024 (other outlets' reports of the attack, not used here, have that day); 'More to "
        "follow' dropped. The stored page had no headline",
        "orgs": [],
        "mentions": [
            ("DI KHAN", KP),
            ("Khyber-Pakhtunkhwa", KP),
            ("Dera Ismail Khan", KP),
            ("Daraban", KP),
        ],
        "events": [
            # an attack on a police station in Daraban tehsil at 3am: 10 police killed, six injured
            {
                "place": "Daraban",
                "accept": ["Daraban", "Dera Ismail Khan", "DI Khan"],
                "date": ["2024-02-05", "2024-02-05"],
                "precision": "day",
                "killed": [10, 10],
                "injured": [6, 6],
                "actor": "",
                "kind": "main",
            },
        ],
    },
]
