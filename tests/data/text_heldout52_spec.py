"""Fifty-second held-out set ("heldout52", see docs/annotation.md): the FORTIETH BLIND set. Real AF/PK conflict
reports published in the years 2023 to 2025: in Afghanistan a sticky bomb in Kabul's Darul Aman (2023), the suicide
bombing of a Shia mosque in Baghlan's Pul-e-Khumri (2023), a minibus explosion in Kabul's Dasht-e-Barchi with the
sports-club blast of late October cited (2023), a gun attack on a mosque in Herat's Guzara (2024), the suicide
bombing of a bank in Kandahar city (2024); in Pakistan a roadside bomb on a police vehicle in Kuchlak near Quetta
with August's Balochistan toll (2024), a cross-border clash at the Torkham crossing (2024), an attack on a checkpoint
in Kurram with the Bannu car bombs of the week before and 2024's national toll cited (2025), a check post attack in
North Waziristan's Shawal with militants killed in Musakhel and policemen killed in Bannu ('Banny') (2025), the
attack on the FC Headquarters in Bannu with June's national toll (2025). Outlets: Devdiscourse twice, Business
Recorder (AFP), Daily Pakistan, World Affairs Connect (a repost), AOP News (RFE/RL), Pledge Times, TRT World,
Hurriyet Daily News, The Hindu (AP). Collected and annotated by reading each text against docs/annotation.md WITHOUT
running geoinc's extractor on them (no extract_places / extract_incidents / eval_text.py / bench_text.py on these
texts before the spec was committed, and the extraction rules in geoinc/text*.py were not read), while the extraction
rules were being changed elsewhere. It is not to be tuned to: run the final code on it once and report that number as
the blind score. Same format as text_dev_spec.py. Texts in devtexts/heldout52/."""

KP = "PK/Khyber Pakhtunkhwa"
BL = "PK/Balochistan"
IB = "PK/Islamabad"
KB = "AF/Kabul"
BG = "AF/Baghlan"
HR = "AF/Herat"
KD = "AF/Kandahar"

ARTICLES = [
    {
        "file": "h52_01_devdiscourse_kuchlak.txt",
        "url": "https://www.devdiscourse.com/article/law-order/3087042-tragic-bomb-blast-in-balochistan-two-policemen-killed",
        "published": "2024-09-14",
        "published_note": "the page's line 'Updated: 14-09-2024 21:54 IST' (a Saturday); 'on Saturday' is 14 September. "
        "That desk/update line ('Devdiscourse News Desk | Karachi | ...') and the 'Country: Pakistan' tag lines are "
        "page furniture and left out",
        # the separatist group and the provincial police hold the province's name (heldout16's 'Helmand Police',
        # heldout43's lower-case 'Kabul police'); the institute's 'Pak' likewise
        "orgs": ["Balochistan Liberation Army", "Balochistan police", "Pak Institute for Peace Studies"],
        "mentions": [
            # headline, 'in Balochistan on Saturday', "Balochistan's restive province" (the others inside org names)
            ("Balochistan", BL),
            ("Kuchlak", BL),
            # 'Kuchlak town near Quetta', 'a trauma center in Quetta' (where the driver was taken: not the scene)
            ("Quetta", BL),
        ],
        "events": [
            # the remote-controlled bomb on a police vehicle in Kuchlak on Saturday: two policemen killed, the driver
            # injured; claimed by the BLA. 'Kuchlak town near Quetta': a place 'near' a town does not take it as a
            # container (heldout14), so only Kuchlak is accepted
            {
                "place": "Kuchlak",
                "accept": ["Kuchlak"],
                "date": ["2024-09-14", "2024-09-14"],
                "precision": "day",
                "killed": [2, 2],
                "injured": [1, 1],
                "actor": "Balochistan Liberation Army (claimed)",
                "kind": "main",
            },
            # 'a violent August where over 50 individuals ... were killed within two days' (the BLA's 'August 25
            # incident across the province'): a provincial total over several attacks; 'over 50' is 51 up to the
            # next order of magnitude (heldout32); the month is what the text fixes. PIPS's '59 incidents
            # nationwide' in August gives no deaths: not an event
            {
                "place": "Balochistan",
                "accept": ["Balochistan"],
                "date": ["2024-08-01", "2024-08-31"],
                "precision": "month",
                "killed": [51, 99],
                "injured": None,
                "actor": "Balochistan Liberation Army (claimed)",
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h52_02_brecorder_kurram.txt",
        "url": "https://www.brecorder.com/news/40352029/kurram-district-4-security-personnel-martyred-in-attack-on-"
        "security-checkpoint",
        "published": "2025-03-09",
        "published_note": "the stored page's date (9 March 2025, a Sunday); 'on Sunday morning' is 9 March, 'Last week' "
        "the week before (heldout21), 'Last year' 2024. The stored page has no headline (not rebuilt from the URL "
        "slug, heldout16)",
        "orgs": ["Tehreek-e-Taliban Pakistan"],
        "mentions": [
            ("Khyber Pakhtunkhwa", KP),
            ("KP", KP),
            # "KP's Kurram district", 'Kurram district, located on the border'
            ("Kurram", KP),
            ("Afghanistan", "AF"),
            # 'increased in Pakistan', 'assaults on Pakistan', 'the deadliest in a decade for Pakistan' (the 4th is
            # inside the TTP's name)
            ("Pakistan", "PK"),
            # 'returned to power in Kabul', "Kabul's rulers" (metonyms)
            ("Kabul", KB),
            # 'Islamabad accuses' (a metonym), 'an Islamabad-based analysis group' (heldout43)
            ("Islamabad", IB),
            ("Bannu", KP),
        ],
        "events": [
            # the attack on a security checkpoint in Kurram on Sunday morning: four security personnel killed, seven
            # injured
            {
                "place": "Kurram",
                "accept": ["Kurram"],
                "date": ["2025-03-09", "2025-03-09"],
                "precision": "day",
                "killed": [4, 4],
                "injured": [7, 7],
                "actor": "",
                "kind": "main",
            },
            # cited: 'Last week, 13 civilians and five soldiers were martyred when suicide bombers drove two car bombs
            # into an army compound in the Bannu district': the largest single figure 13, all deaths 18; the week
            # before (heldout21)
            {
                "place": "Bannu",
                "accept": ["Bannu"],
                "date": ["2025-03-01", "2025-03-08"],
                "precision": "week",
                "killed": [13, 18],
                "injured": None,
                "actor": "",
                "kind": "background",
            },
            # 'Last year was the deadliest in a decade for Pakistan ... attacks that killed more than 1,600 people': a
            # yearly national total (heldout12); 'more than 1,600' is 1,601 up to 9,999 (heldout32)
            {
                "place": "Pakistan",
                "accept": ["Pakistan"],
                "date": ["2024-01-01", "2024-12-31"],
                "precision": "year",
                "killed": [1601, 9999],
                "injured": None,
                "actor": "",
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h52_03_devdiscourse_shawal.txt",
        "url": "https://www.devdiscourse.com/article/law-order/3439682-escalating-violence-in-khyber-pakhtunkhwa-"
        "security-forces-under-siege",
        "published": "2025-05-29",
        "published_note": "the page's line 'Updated: 29-05-2025 17:07 IST' (a Thursday; 'sources confirmed this "
        "Thursday'); none of the three incidents is dated by the text: the week window (heldout12, heldout14's "
        "'Meanwhile'/'Separately'). The desk/update line ('Devdiscourse News Desk | Peshawar | ...') is page "
        "furniture and left out",
        "orgs": ["Tehreek-e-Taliban Pakistan"],
        "mentions": [
            # headline, summary, 'volatile Khyber Pakhtunkhwa province', 'As Khyber Pakhtunkhwa grapples'
            ("Khyber Pakhtunkhwa", KP),
            # "Pakistan's Khyber Pakhtunkhwa" (summary), "Pakistan's volatile" (the 3rd is inside the TTP's name)
            ("Pakistan", "PK"),
            # 'the North Waziristan district', "North Waziristan's Shawal area"
            ("North Waziristan", KP),
            ("Shawal", KP),
            # Balochistan's Musakhel district
            ("Musakhel", BL),
            # 'Banny district': a misspelling of Bannu, as written
            ("Banny", KP),
        ],
        "events": [
            # militants' fire on a check post in North Waziristan's Shawal area: an officer and three soldiers
            # killed (4)
            {
                "place": "Shawal",
                "accept": ["Shawal", "North Waziristan"],
                "date": ["2025-05-22", "2025-05-29"],
                "precision": "week",
                "killed": [4, 4],
                "injured": None,
                "actor": "",
                "kind": "main",
            },
            # 'a separate operation': four militants killed in Musakhel district while planting an IED on a highway
            {
                "place": "Musakhel",
                "accept": ["Musakhel"],
                "date": ["2025-05-22", "2025-05-29"],
                "precision": "week",
                "killed": [4, 4],
                "injured": None,
                "actor": "Pakistani security forces",
                "kind": "main",
            },
            # 'Meanwhile, another attack left two policemen dead and three injured in Banny district'
            {
                "place": "Banny",
                "accept": ["Banny", "Bannu"],
                "date": ["2025-05-22", "2025-05-29"],
                "precision": "week",
                "killed": [2, 2],
                "injured": [3, 3],
                "actor": "",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h52_04_dailypakistan_bannu.txt",
        "url": "https://en.dailypakistan.com.pk/03-Sep-2025/six-security-personnel-martyred-5-terrorists-killed-in-"
        "bannu-attack-on-fc-headquarterswe",
        "published": "2025-09-02",
        "published_note": "the stored page's date (2 September 2025, a Tuesday; the URL says 03-Sep-2025); the ISPR "
        "'confirmed Tuesday' without dating the attack: the week window before the Tuesday (heldout12), the same "
        "whichever of the two days the page is of. 'in June alone' is June 2025. The stored page has no headline "
        "(not rebuilt from the URL slug, heldout16) and ended mid-sentence ('two peace committee'): the text stops at "
        "the last whole sentence",
        "orgs": ["Pakistan Army", "Pakistan Institute for Conflict and Security Studies"],
        "mentions": [
            # dateline
            ("BANNU", KP),
            # "Khyber Pakhtunkhwa's Bannu district", 'particularly in Khyber Pakhtunkhwa and Balochistan'
            ("Khyber Pakhtunkhwa", KP),
            ("Bannu", KP),
            # "Pakistan's security forces", 'Pakistan has seen' (the others inside org names)
            ("Pakistan", "PK"),
            ("Balochistan", BL),
            ("Islamabad", IB),
        ],
        "events": [
            # the attack on the FC Headquarters in Bannu: six army and FC personnel killed and all five attackers
            # (6 up to 11), three civilians injured
            {
                "place": "Bannu",
                "accept": ["Bannu"],
                "date": ["2025-08-26", "2025-09-02"],
                "precision": "week",
                "killed": [6, 11],
                "injured": [3, 3],
                "actor": "",
                "kind": "main",
            },
            # PICSS: 'in June alone, the country suffered 78 terrorist attacks, resulting in at least 100 deaths'
            # (53 + 39 + 6 + 2), 189 injured: a monthly national total
            {
                "place": "Pakistan",
                "accept": ["Pakistan"],
                "date": ["2025-06-01", "2025-06-30"],
                "precision": "month",
                "killed": [100, 100],
                "injured": [189, 189],
                "actor": "",
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h52_05_worldaffairsconnect_torkham.txt",
        "url": "https://worldaffairsconnect.com/index.php/2024/08/13/three-afghan-civilians-dead-as-pakistani-and-afghan-forces-clash",
        "published": "2024-08-13",
        "published_note": "the URL date (13 August 2024, a Tuesday); 'late on Monday' is 12 August. The stored page has "
        "no headline (not rebuilt from the URL slug, heldout16)",
        "orgs": [],
        "mentions": [
            # 'between Pakistan and Afghanistan', "in Pakistan's Khyber Pakhtunkhwa", 'Local officials in Pakistan',
            # "Pakistan's non-recognition"; the 3rd occurrence is inside 'Afghan-Pakistan' (neutral)
            ("Pakistan", "PK", [3]),
            # 'and Afghanistan near', "Afghanistan's Interior Ministry" (a country in the possessive), 'government
            # in Afghanistan'
            ("Afghanistan", "AF"),
            # 'the Torkham crossing', 'the Torkham border', 'the Torkham and Chaman crossings'
            ("Torkham", KP),
            ("Khyber Pakhtunkhwa", KP),
            # a border named after two countries (heldout43's 'Pakistan-Afghanistan border')
            ("Afghan-Pakistan", "neutral"),
            ("Chaman", BL),
            ("U.S.", "neutral"),
            ("NATO", "neutral"),
        ],
        "events": [
            # the clash near the Torkham crossing late on Monday: three Afghan civilians killed, three Pakistani
            # paramilitary troops wounded. One event at one crossing: the two sides' casualties are at the same
            # named place and time, so they are not split (heldout16 split them by side only where each side had
            # its own place)
            {
                "place": "Torkham",
                "accept": ["Torkham"],
                "date": ["2024-08-12", "2024-08-12"],
                "precision": "day",
                "killed": [3, 3],
                "injured": [3, 3],
                "actor": "Pakistani border forces (alleged)",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h52_06_aopnews_kabul.txt",
        "url": "http://www.aopnews.com/taliban/explosion-in-kabul-kills-two-people-inside-car-injures-one/",
        "published": "2023-08-21",
        "published_note": "the date line in the text ('August 21, 2023', a Monday; the stored page's date agrees); the "
        "explosion is dated 'on August 21'. The stored page has no headline (not rebuilt from the URL slug, "
        "heldout16); the RFE/RL copyright line at its end is kept as stored",
        # the state agency and the broadcaster hold place names (heldout10's Bakhtar as an outlet)
        "orgs": ["Bakhtar news agency", "Radio Free Europe/Radio Liberty"],
        "mentions": [
            ("Kabul", KB),
            # "the Afghan capital's Darul Aman district"
            ("Darul Aman", KB),
            # the broadcaster's street address: a street is neutral (heldout14), the city is outside the region
            ("Connecticut Ave NW", "neutral"),
            ("Washington DC", "out"),
        ],
        "events": [
            # sticky bomb on a vehicle in Kabul's Darul Aman on 21 August: two killed, a passenger injured
            {
                "place": "Darul Aman",
                "accept": ["Darul Aman", "Kabul"],
                "date": ["2023-08-21", "2023-08-21"],
                "precision": "day",
                "killed": [2, 2],
                "injured": [1, 1],
                "actor": "",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h52_07_pledgetimes_pulekhumri.txt",
        "url": "https://pledgetimes.com/7-killed-in-a-suicide-bombing-in-northern-afghanistan/",
        "published": "2023-10-13",
        "published_note": "the stored page's date (13 October 2023, a Friday); 'on Friday' is 13 October. The stored "
        "page has no headline (not rebuilt from the URL slug, heldout16)",
        # a hospital named after its province (heldout13)
        "orgs": ["Baghlan Regional Hospital"],
        "mentions": [
            ("Afghanistan", "AF"),
            ("Pul-e-Khumri", BG),
            # 'Baghlan province' (the 2nd inside the hospital's name)
            ("Baghlan", BG),
        ],
        "events": [
            # suicide bombing of a mosque in Pul-e-Khumri during Friday prayers: seven killed and 15 injured (the
            # Taliban government), 19 bodies and 40 wounded at the hospital (a hospital source): differing sources
            # widen the range
            {
                "place": "Pul-e-Khumri",
                "accept": ["Pul-e-Khumri"],
                "date": ["2023-10-13", "2023-10-13"],
                "precision": "day",
                "killed": [7, 19],
                "injured": [15, 40],
                "actor": "",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h52_08_trt_dashtebarchi.txt",
        "url": "https://trt.global/world/article/15727790",
        "published": "2023-11-07",
        "published_note": "the date line in the text ('November 7, 2023', a Tuesday); the police spokesman 'said on "
        "Tuesday' without dating the explosion (week window, heldout12); 'in late October' is the month window "
        "(heldout45). The 'WORLD' / '2 MIN READ' labels and a photo caption without places are page furniture and "
        "left out",
        # a city's police force in lower case (heldout43)
        "orgs": ["Kabul police"],
        "mentions": [
            # headline "Afghanistan's capital", 'post-Taliban Afghanistan'
            ("Afghanistan", "AF"),
            # "Kabul's Dasht-e-Barchi" (subheading), 'the Dasht-e-Barchi area of Kabul' (the 2nd occurrence is inside
            # the police's name)
            ("Kabul", KB),
            ("Dasht-e-Barchi", KB),
            ("US", "neutral"),
        ],
        "events": [
            # the explosion in a bus carrying civilians in Dasht-e-Barchi: seven killed, 20 injured
            {
                "place": "Dasht-e-Barchi",
                "accept": ["Dasht-e-Barchi", "Kabul"],
                "date": ["2023-10-31", "2023-11-07"],
                "precision": "week",
                "killed": [7, 7],
                "injured": [20, 20],
                "actor": "",
                "kind": "main",
            },
            # cited: 'A deadly explosion in a sports club in the same neighbourhood was claimed by Daesh-K in late
            # October': four killed, seven injured
            {
                "place": "Dasht-e-Barchi",
                "accept": ["Dasht-e-Barchi", "Kabul"],
                "date": ["2023-10-01", "2023-10-31"],
                "precision": "month",
                "killed": [4, 4],
                "injured": [7, 7],
                "actor": "Daesh-K (claimed)",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h52_09_hurriyet_guzara.txt",
        "url": "https://www.hurriyetdailynews.com/gunman-kills-six-in-attack-on-afghan-mosque-192975",
        "published": "2024-04-30",
        "published_note": "the stored page's date (30 April 2024, a Tuesday; the spokesman 'said Tuesday'); the text's "
        "'early yesterday morning' reads as the print edition of 1 May, and 'on Monday' is 29 April either way",
        "orgs": [],
        "mentions": [
            # dateline
            ("KABUL", KB),
            # 'western Afghanistan', 'the largest security threat in Afghanistan'
            ("Afghanistan", "AF"),
            # "Herat province's Guzara district", 'the provincial capital of Herat city' (a mention, not the scene)
            ("Herat", HR),
            ("Guzara", HR),
        ],
        "events": [
            # gunman's attack on a Shia mosque in Guzara district on Monday at around 9 p.m.: six killed, one injured
            {
                "place": "Guzara",
                "accept": ["Guzara"],
                "date": ["2024-04-29", "2024-04-29"],
                "precision": "day",
                "killed": [6, 6],
                "injured": [1, 1],
                "actor": "",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h52_10_thehindu_kandahar.txt",
        "url": "https://www.thehindu.com/news/international/suicide-bomber-attacks-a-bank-in-afghanistan/article67976345.ece/amp/",
        "published": "2024-03-21",
        "published_note": "the page's date line ('March 21, 2024 08:51 pm | Updated 08:51 pm IST - ISLAMABAD', a "
        "Thursday), kept as stored since it carries the dateline; 'Thursday' is 21 March. The stored page has no "
        "headline (not rebuilt from the URL slug, heldout16)",
        # the bank and the provincial department hold place names (heldout46's lower-case provincial command)
        "orgs": ["New Kabul Bank", "Kandahar Information and Culture Department"],
        "mentions": [
            # dateline of an AP report from Islamabad about a bombing in Kandahar: a mention, not the scene
            ("ISLAMABAD", IB),
            # 'Kandahar city' twice (the 2nd occurrence is inside the department's name)
            ("Kandahar", KD),
            # 'southern Afghanistan', "Afghanistan's rulers", 'power in Afghanistan', 'rule of Afghanistan'
            ("Afghanistan", "AF"),
            # 'authorities in Kabul, the capital' (the 1st occurrence is inside the bank's name)
            ("Kabul", KB),
            ("U.S.", "neutral"),
            ("NATO", "neutral"),
        ],
        "events": [
            # suicide bombing at the New Kabul Bank branch in Kandahar city on Thursday: at least three killed, 12
            # injured (the bomber's death is not stated)
            {
                "place": "Kandahar",
                "accept": ["Kandahar"],
                "date": ["2024-03-21", "2024-03-21"],
                "precision": "day",
                "killed": [3, 3],
                "injured": [12, 12],
                "actor": "",
                "kind": "main",
            },
        ],
    },
]
