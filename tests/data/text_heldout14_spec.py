"""Fourteenth held-out set ("heldout14", see docs/annotation.md): a BLIND set. Real AF/PK reports collected and
annotated by reading each text against docs/annotation.md WITHOUT running geoinc's extractor on them (no
extract_places / extract_incidents / eval_text.py on these texts before the spec was committed; only single names
were geocoded to confirm a mention's province), while the extraction rules were being changed elsewhere. It is not
to be tuned to: run the final code on it once and report that number as the blind score. Same format as
text_dev_spec.py. Texts in devtexts/heldout14/."""

KP = "PK/Khyber Pakhtunkhwa"
BL = "PK/Balochistan"
GZ = "AF/Ghazni"

ARTICLES = [
    {
        "file": "h14_01_ap_khwajabahauddin.txt",
        "url": "https://www.680news.com/2019/05/07/afghan-official-taliban-hit-security-checkpoints-killing-8/",
        "published": "2019-05-07",
        "published_note": "in the text (Posted May 7, 2019) + URL; 'Monday night' is 6 May, 'on Sunday' 5 May",
        "orgs": [],
        "mentions": [
            ("KABUL", "AF/Kabul"),
            ("Takhar", "AF/Takhar"),
            ("Khwaja Bahaudin", "AF/Takhar"),
            ("Afghanistan", "AF"),
            ("Farah", "AF/Farah"),
            ("Bakwa", "AF/Farah"),
        ],
        "events": [
            # three soldiers and five policemen
            {
                "place": "Khwaja Bahaudin",
                "accept": ["Khwaja Bahaudin"],
                "date": ["2019-05-06", "2019-05-06"],
                "precision": "day",
                "killed": [8, 8],
                "injured": None,
                "actor": "Taliban (claimed)",
                "kind": "main",
            },
            # a councilman says 15 labourers, the police that those killed were all Taliban: one figure, 15
            {
                "place": "Bakwa",
                "accept": ["Bakwa"],
                "date": ["2019-05-05", "2019-05-05"],
                "precision": "day",
                "killed": [15, 15],
                "injured": None,
                "actor": "United States/NATO",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h14_02_pajhwok_balamorghab.txt",
        "url": "http://www.pajhwok.com/en/2012/01/29/police-commander-among-4-killed-clashes",
        "published": "2012-01-29",
        "published_note": "URL (2012/01/29); 'officials said on Sunday' is that day, 'Saturday night' 28 January",
        "orgs": [],
        "mentions": [
            ("QALA-I-NAW", "AF/Badghis"),
            ("PUL-I-ALAM", "AF/Logar"),
            ("Panirak", "AF/Badghis"),
            # the text says Badghis (the geocoder's first 'Bala Murghab' is a Nuristan village)
            ("Balamorghab", "AF/Badghis"),
            ("Badghis", "AF/Badghis"),
            ("Kharwar", "AF/Logar"),
            # 'Logar province' and 'the Logar crime branch chief' (an office title naming a place)
            ("Logar", "AF/Logar"),
        ],
        "events": [
            # three insurgents and the local police commander (headline: '4 killed'); injured: three fighters and
            # four policemen, and 'two others were wounded' that may or may not be among them
            {
                "place": "Panirak",
                "accept": ["Panirak", "Balamorghab"],
                "date": ["2012-01-28", "2012-01-28"],
                "precision": "day",
                "killed": [4, 4],
                "injured": [7, 9],
                "actor": "Afghan forces",
                "kind": "main",
            },
            # 'Separately, two policemen were injured ... in the Kharwar district': wounded only, not dated
            {
                "place": "Kharwar",
                "accept": ["Kharwar"],
                "date": ["2012-01-22", "2012-01-29"],
                "precision": "week",
                "killed": None,
                "injured": [2, 2],
                "actor": "Taliban",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h14_03_ap_dangam.txt",
        "url": "http://www.sandiegouniontribune.com/sdut-afghans-artillery-from-pakistan-kills-4-civilians-2012jul22-story.html",
        "published": "2012-07-22",
        "published_note": "URL (2012jul22); 'Afghan officials said Sunday' is that day, 'on Saturday' 21 July. The stored "
        "page text ends mid-sentence; the text is cut at the last whole sentence",
        "orgs": [],
        "mentions": [
            ("Pakistan", "PK"),
            ("Afghanistan", "AF"),
            ("Nuristan", "AF/Nuristan"),
            # 'Kunar' and 'Kunar provincial police chief'
            ("Kunar", "AF/Kunar"),
            ("NATO", "neutral"),
            ("U.S.", "neutral"),
            ("Dangam", "AF/Kunar"),
            # "Kabul's Foreign Ministry": a metonym, a mention but no event place
            ("Kabul", "AF/Kabul"),
        ],
        "events": [
            # rockets and shells fired from Pakistan; the government 'has not yet openly blamed the Pakistani military'
            {
                "place": "Dangam",
                "accept": ["Dangam"],
                "date": ["2012-07-21", "2012-07-21"],
                "precision": "day",
                "killed": [4, 4],
                "injured": None,
                "actor": "Pakistan military (alleged)",
                "kind": "main",
            },
            # 'those attacks and others in nearby Nuristan': no casualties, no date
            {
                "place": "Nuristan",
                "accept": ["Nuristan"],
                "date": ["2012-07-15", "2012-07-22"],
                "precision": "week",
                "killed": None,
                "injured": None,
                "actor": "Pakistan military (alleged)",
                "kind": "neutral",
            },
        ],
    },
    {
        "file": "h14_04_xinhua_taluqan.txt",
        "url": "https://margadarsannews.com/2021/04/17/61298",
        "published": "2021-04-17",
        "published_note": "URL of the repost of a Xinhua report (2021/04/17, a Saturday); 'on Saturday' / '1:00 a.m. local "
        "time Saturday' is that day",
        "orgs": [],
        "mentions": [
            ("TALUQAN", "AF/Takhar"),
            ("Afghanistan", "AF"),
            ("Taluqan", "AF/Takhar"),
            ("Takhar", "AF/Takhar"),
            ("Tarmabai", "AF/Takhar"),
        ],
        "events": [
            # four militiamen (police spokesman) and three Taliban (an anonymous security official)
            {
                "place": "Tarmabai",
                "accept": ["Tarmabai", "Taluqan"],
                "date": ["2021-04-17", "2021-04-17"],
                "precision": "day",
                "killed": [4, 7],
                "injured": [5, 8],
                "actor": "Taliban",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h14_05_bbc_bajaur.txt",
        "url": "http://news.bbc.co.uk/2/hi/south_asia/7712936.stm",
        "published": "2008-11-07",
        "published_note": "in the text (Page last updated at 04:17 GMT, Friday, 7 November 2008); 'Thursday' is 6 November. "
        "The stored page text ends mid-sentence; the text is cut at the last whole sentence. A photo caption in the "
        "page ('... a suicide attack in Mingora ...') is kept",
        "orgs": [],
        "mentions": [
            ("Pakistan", "PK"),
            ("Bajaur", KP),
            ("Swat", KP),
            # the official speaks from Khar: a mention, not the scene
            ("Khar", KP),
            ("Mingora", KP),
            # 'the Salarzai tribe' is a tribe, not a place: not a mention
        ],
        "events": [
            # the jirga bombing; the toll 'has risen to 19'
            {
                "place": "Bajaur",
                "accept": ["Bajaur"],
                "date": ["2008-11-06", "2008-11-06"],
                "precision": "day",
                "killed": [19, 19],
                "injured": [40, 40],
                "actor": "",
                "kind": "main",
            },
            # 'another suicide bomber ... in the nearby Swat valley late on Thursday'; the caption places it in Mingora
            {
                "place": "Mingora",
                "accept": ["Mingora", "Swat"],
                "date": ["2008-11-06", "2008-11-06"],
                "precision": "day",
                "killed": [2, 2],
                "injured": [5, 5],
                "actor": "",
                "kind": "main",
            },
            # 'aerial bombing by Pakistani jets in Bajaur' on Thursday
            {
                "place": "Bajaur",
                "accept": ["Bajaur"],
                "date": ["2008-11-06", "2008-11-06"],
                "precision": "day",
                "killed": [4, 4],
                "injured": None,
                "actor": "Pakistan military",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h14_06_dawn_kabal.txt",
        "url": "https://www.dawn.com/news/320877/code.jquery.com",
        "published": "2008-09-12",
        "published_note": "in the text (Published September 12, 2008); dateline 'MINGORA, Sept 11' and 'on Thursday' are 11 September",
        "orgs": [],
        "mentions": [
            # title, 'in Swat on Thursday' and 'Swat police chief' (an office title)
            ("Swat", KP),
            ("MINGORA", KP),
            ("Ningoli", KP),
            ("Kabal", KP),
            ("Sher Falam", KP),
            ("Shakardara", KP),
            ("Bamakhela", KP),
            ("Matta", KP),
            ("Koza Bandai", KP),
        ],
        "events": [
            # 'At least eight militants were killed ... in Swat on Thursday': six at Ningoli + two at Sher Falam
            {
                "place": "Swat",
                "accept": ["Swat"],
                "date": ["2008-09-11", "2008-09-11"],
                "precision": "day",
                "killed": [8, 8],
                "injured": None,
                "actor": "Pakistan military",
                "kind": "aggregate",
            },
            # helicopters shelled the commander's house; he and his two sons injured
            {
                "place": "Ningoli",
                "accept": ["Ningoli", "Kabal", "Swat"],
                "date": ["2008-09-11", "2008-09-11"],
                "precision": "day",
                "killed": [6, 6],
                "injured": [3, 3],
                "actor": "Pakistan military",
                "kind": "main",
            },
            # militants attacked the camp at Sher Falam from the Shakardara mountains 'in the morning' (Thursday,
            # counted in the eight); two militants shot dead in the search
            {
                "place": "Sher Falam",
                "accept": ["Sher Falam", "Shakardara", "Swat"],
                "date": ["2008-09-11", "2008-09-11"],
                "precision": "day",
                "killed": [2, 2],
                "injured": None,
                "actor": "militants",
                "kind": "main",
            },
            # a constable and his daughter shot dead: the text gives no day
            {
                "place": "Bamakhela",
                "accept": ["Bamakhela", "Matta", "Swat"],
                "date": ["2008-09-05", "2008-09-12"],
                "precision": "week",
                "killed": [2, 2],
                "injured": None,
                "actor": "militants",
                "kind": "main",
            },
            # houses and a hujra blown up, no one hurt, no day
            {
                "place": "Ningoli",
                "accept": ["Ningoli"],
                "date": ["2008-09-05", "2008-09-12"],
                "precision": "week",
                "killed": None,
                "injured": None,
                "actor": "militants",
                "kind": "neutral",
            },
            # helicopters pounded positions on Thursday, no toll given
            {
                "place": "Koza Bandai",
                "accept": ["Koza Bandai", "Swat"],
                "date": ["2008-09-11", "2008-09-11"],
                "precision": "day",
                "killed": None,
                "injured": None,
                "actor": "Pakistan military",
                "kind": "neutral",
            },
        ],
    },
    {
        "file": "h14_07_cnn_datakhel.txt",
        "url": "http://edition.cnn.com/2010/WORLD/asiapcf/11/07/pakistan.drone.attacks/index.html",
        "published": "2010-11-07",
        "published_note": "URL (2010/11/07, a Sunday); 'on Sunday' is that day, 'A Wednesday airstrike' 3 November. The "
        "stored page (URL with feed parameters) ends mid-sentence; the text is cut at the last whole sentence",
        "orgs": [],
        "mentions": [
            ("Pakistan", "PK"),
            ("North Waziristan", KP),
            ("Islamabad", "PK/Islamabad"),
            ("Lolai Piran Killay", KP),
            ("Miran Shah", KP),
            ("Data Khel", KP),
            ("Afghanistan", "AF"),
            ("U.S.", "neutral"),
            ("NATO", "neutral"),
            ("United States", "out"),
            ("India", "out"),
        ],
        "events": [
            # the village is 'near the district capital of Miran Shah': near is not a container
            {
                "place": "Lolai Piran Killay",
                "accept": ["Lolai Piran Killay", "North Waziristan"],
                "date": ["2010-11-07", "2010-11-07"],
                "precision": "day",
                "killed": [4, 4],
                "injured": None,
                "actor": "United States",
                "kind": "main",
            },
            {
                "place": "Data Khel",
                "accept": ["Data Khel", "North Waziristan"],
                "date": ["2010-11-07", "2010-11-07"],
                "precision": "day",
                "killed": [5, 5],
                "injured": None,
                "actor": "United States",
                "kind": "main",
            },
            {
                "place": "North Waziristan",
                "accept": ["North Waziristan"],
                "date": ["2010-11-07", "2010-11-07"],
                "precision": "day",
                "killed": [9, 9],
                "injured": None,
                "actor": "United States",
                "kind": "aggregate",
            },
            # 'the third in that area since late October': the two earlier strikes in Data Khel
            {
                "place": "Data Khel",
                "accept": ["Data Khel", "North Waziristan"],
                "date": ["2010-11-03", "2010-11-03"],
                "precision": "day",
                "killed": [5, 5],
                "injured": None,
                "actor": "United States",
                "kind": "background",
            },
            {
                "place": "Data Khel",
                "accept": ["Data Khel", "North Waziristan"],
                "date": ["2010-10-27", "2010-10-27"],
                "precision": "day",
                "killed": [3, 3],
                "injured": None,
                "actor": "United States",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h14_08_dawn_turbat_bhag.txt",
        "url": "https://www.dawn.com/news/1951714/10-security-men-injured-as-kech-dc-survives-ied-blast-in-turbat",
        "published": "2025-10-28",
        "published_note": "page date (2025-10-28); 'on Monday' is 27 October. The stored page text ends mid-sentence in "
        "the Bhag paragraphs; the text is cut at the last whole sentence (the headline was not in the stored text)",
        "orgs": [],
        "mentions": [
            ("GWADAR", BL),
            ("QUETTA", BL),
            # 'the Kech deputy commissioner' (an office title)
            ("Kech", BL),
            ("Turbat", BL),
            # a street of Turbat
            ("Thana road", "neutral"),
            ("Kacchi", BL),
            ("Bhag", BL),
            # where the injured policeman was taken: not the scene
            ("Sibi", BL),
        ],
        "events": [
            # nine Levies men and a passer-by injured, no one killed
            {
                "place": "Turbat",
                "accept": ["Turbat", "Kech"],
                "date": ["2025-10-27", "2025-10-27"],
                "precision": "day",
                "killed": None,
                "injured": [10, 10],
                "actor": "",
                "kind": "main",
            },
            # 'In a separate incident': not dated in the text; two assailants and a police official killed
            {
                "place": "Bhag",
                "accept": ["Bhag", "Kacchi"],
                "date": ["2025-10-21", "2025-10-28"],
                "precision": "week",
                "killed": [2, 3],
                "injured": [1, 1],
                "actor": "militants",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h14_09_pti_tangi.txt",
        "url": "https://www.newsdrum.in/international/2-killed-in-attack-on-polio-vaccination-team-in-pakistan-10915752",
        "published": "2025-12-16",
        "published_note": "page date (2025-12-16) + dateline 'Peshawar, Dec 16'; 'on Tuesday' is that day",
        "orgs": [],
        "mentions": [
            ("Peshawar", KP),
            ("Pakistan", "PK"),
            # incl. 'Chief Minister of Khyber Pakhtunkhwa' (an office title)
            ("Khyber Pakhtunkhwa", KP),
            ("Tangi", KP),
            # Salarzai tehsil of Bajaur (not the Kalat village)
            ("Salarzai", KP),
            # incl. 'District Police Officer (DPO) Bajaur' (an office title)
            ("Bajaur", KP),
            ("Afghanistan", "AF"),
        ],
        "events": [
            # a police constable and a civilian
            {
                "place": "Tangi",
                "accept": ["Tangi", "Salarzai", "Bajaur"],
                "date": ["2025-12-16", "2025-12-16"],
                "precision": "day",
                "killed": [2, 2],
                "injured": None,
                "actor": "unidentified",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h14_10_avapress_khwajaomari.txt",
        "url": "https://avapress.com/en/234340/3-Killed-In-Taliban-s-Roadside-Bomb-Blast-In-Ghazni",
        "published": "2021-05-16",
        "published_note": "in the text (PublishDate: Sunday, May 16, 2021); 'on Saturday night' is 15 May",
        "orgs": [],
        "mentions": [
            # title, '#Ghazni province', 'area in Ghazni'
            ("Ghazni", GZ),
            ("Beh Nehal", GZ),
            ("Khaja Omari", GZ),
            ("Khawaja Omari", GZ),
            # the victims' home area: a mention, not the scene ('area in Ghazni'; the geocoder's first is in Kabul)
            ("Qala-e Qazi", GZ),
        ],
        "events": [
            {
                "place": "Beh Nehal",
                "accept": ["Beh Nehal", "Khaja Omari", "Khawaja Omari"],
                "date": ["2021-05-15", "2021-05-15"],
                "precision": "day",
                "killed": [3, 3],
                "injured": [3, 3],
                "actor": "Taliban (alleged)",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h14_11_rahapress_jaghato.txt",
        "url": "https://www.en.rahapress.af/roadside-mine-blast-kills-six-civilians-in-ghazni/",
        "published": "2020-07-12",
        "published_note": "in the text (publish: 12 July 2020, a Sunday); 'on Saturday afternoon' is 11 July",
        "orgs": [],
        "mentions": [
            ("Ghazni", GZ),
            # Jaghatu district of Ghazni (the geocoder's first is the Wardak district of that name)
            ("Jaghato", GZ),
            ("Dare Qyaq", GZ),
        ],
        "events": [
            # 'six civilians including women and children': civilians as the text says
            {
                "place": "Dare Qyaq",
                "accept": ["Dare Qyaq", "Jaghato"],
                "date": ["2020-07-11", "2020-07-11"],
                "precision": "day",
                "killed": [6, 6],
                "injured": [8, 8],
                "actor": "Taliban (alleged)",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h14_12_thenews_tangkalli.txt",
        "url": "https://www.thenews.com.pk/print/970069-three-killed-one-injured-in-attack-on-polio-team-in-north-waziristan",
        "published": "2022-06-29",
        "published_note": "page date (2022-06-29, the print edition of the next day); 'on Tuesday' is 28 June",
        "orgs": [],
        "mentions": [
            ("PESHAWAR", KP),
            ("North Waziristan", KP),
            ("Tang Kalli", KP),
            # the tehsil, also in the home addresses of the dead
            ("Dattakhel", KP),
            # home villages of the two policemen: mentions, not the scene
            ("Darri Wasta", KP),
            ("Kani Rogha Manzar Khel", KP),
            ("Pakistan", "PK"),
        ],
        "events": [
            # two policemen and a polio worker; one civilian injured, and 'a child was also wounded' (AFP's quote,
            # perhaps the same person)
            {
                "place": "Tang Kalli",
                "accept": ["Tang Kalli", "Dattakhel", "North Waziristan"],
                "date": ["2022-06-28", "2022-06-28"],
                "precision": "day",
                "killed": [3, 3],
                "injured": [1, 2],
                "actor": "unidentified",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h14_13_bakhtar_gardiz.txt",
        "url": "https://bakhtarnews.com.af/mine-blast-kills-four-civilians/",
        "published": "2014-03-31",
        "published_note": "in the text (Monday, March 31, 2014); 'this morning' is that day",
        "orgs": [],
        "mentions": [
            # the dateline 'Gardiz (BNA)', 'Gardiz capital of Paktia', 'Gardiz city'
            ("Gardiz", "AF/Paktia"),
            ("Paktia", "AF/Paktia"),
            ("Qala-e-Neyazi", "AF/Paktia"),
            ("Afghanistan", "AF"),
        ],
        "events": [
            {
                "place": "Qala-e-Neyazi",
                "accept": ["Qala-e-Neyazi", "Gardiz"],
                "date": ["2014-03-31", "2014-03-31"],
                "precision": "day",
                "killed": [4, 4],
                "injured": None,
                "actor": "Taliban (alleged)",
                "kind": "main",
            },
        ],
    },
]
