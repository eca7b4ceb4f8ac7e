"""Eighty-second held-out set ("heldout82", see docs/annotation.md): the SEVENTIETH BLIND set. Real AF/PK conflict
reports published in the years 2023 to 2025: in Afghanistan an NRF rocket attack on the Baharak district headquarters in
Takhar with an earlier NRF attack in Parwan's Jabal Saraj cited (2023), a clash between Taliban poppy-eradication units
and farmers in Badakhshan's Argo (2024), the killing of a former anti-Taliban commander in Sar-e-Pol's Balkhab with the
killings of clerics in Takhar's Taleqan and Nangarhar's Khogyani cited (2024), the suicide bombing outside the Kabul Bank
office in Kunduz city (2025); in Pakistan a suspected quadcopter munitions drop on a home in North Waziristan's Mir Ali
(2025), an attack on a Federal Constabulary check post in Hangu's Tora Rawdi with an operation in Upper Dir the same
report gives (2025), an intelligence-based operation in Orakzai in which eleven soldiers and nineteen militants died
(2025), a blast near Quetta's Killi Mangla with the previous day's Surab attack cited (2025), and the Mongochar highway
blockade in Kalat with a Levies post attack near Kot-Langove, a bridge blast near Rahimabad and firing on a coach in
Mastung's Khudkocha (2025). Outlets: Dawn (four), Afghanistan International (two), KabulNow, Daily Times, The Frontier
Post. Collected and annotated by reading each text against docs/annotation.md WITHOUT running geoinc's extractor on them
(no extract_places / extract_incidents / eval_text.py / bench_text.py on these texts before the spec was committed, and
the extraction rules in geoinc/text*.py were not read), while the extraction rules were being changed elsewhere. It is
not to be tuned to: run the final code on it once and report that number as the blind score. Same format as
text_dev_spec.py. Texts in devtexts/heldout82/."""

KP = "PK/Khyber Pakhtunkhwa"
TK = "AF/Takhar"
BD = "AF/Badakhshan"

ARTICLES = [
    {
        "file": "h82_01_dawn_hurmuz.txt",
        "url": "https://www.dawn.com/news/1912113/four-kids-killed-in-north-waziristan-strike",
        "published": "2025-05-20",
        "published_note": "the print line 'Published in Dawn, May 20th, 2025' (a Tuesday); 'on Monday' is 19 May. No "
        "headline on the stored page",
        # the TTP; 'Dawn' (the newspaper) holds no place name
        "orgs": ["Tehreek-i-Taliban Pakistan"],
        "mentions": [
            # the dateline
            ("NORTH WAZIRISTAN", KP),
            # 'Mir Ali tehsil', 'the Mir Ali hospital' (a generic hospital qualified by its town, like heldout60's
            # 'a Kandahar hospital': a mention); the 3rd is inside 'Mir Ali Chowk'
            ("Mir Ali", KP, [3]),
            # 'Mir Ali tehsil of North Waziristan district', 'North Waziristan was being targeted again'
            ("North Waziristan", KP),
            ("Hurmuz", KP),
            # a road junction (heldout18's 'Umar Farooq Chowk'): neutral
            ("Mir Ali Chowk", "neutral"),
            # 'KP Minister for Relief' (an office title naming a place, heldout2), 'The KP minister'
            ("KP", KP),
        ],
        "events": [
            # a suspected quadcopter munitions drop on Hurmuz village in Mir Ali tehsil on Monday: four children
            # killed, five injured; security forces and the TTP both fly quadcopters: no actor
            {
                "place": "Hurmuz",
                "accept": ["Hurmuz", "Mir Ali", "North Waziristan"],
                "date": ["2025-05-19", "2025-05-19"],
                "precision": "day",
                "killed": [4, 4],
                "injured": [5, 5],
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h82_02_afintl_baharak.txt",
        "url": "https://www.afintl.com/en/202306024915",
        "published": "2023-06-02",
        "published_note": "the page's own date line 'Friday, 06/02/2023' (and the article number); the NRF gave its "
        "toll 'On Thursday' (1 June) but never dates the attack: the week window. The site's 'More News' line is left "
        "out",
        # 'National Resistance Front' holds no place name; 'Afghanistan International' does not occur in the text
        "orgs": [],
        "mentions": [
            # headline 'in Takhar', 'in Takhar province'
            ("Takhar", TK),
            # 'the Baharak district headquarters', 'the Baharak district building'
            ("Baharak", TK),
            ("Pol-e-Matak", "AF/Parwan"),
            ("Jabal Saraj", "AF/Parwan"),
            ("Parwan", "AF/Parwan"),
        ],
        "events": [
            # the NRF's rockets on the Baharak district headquarters: four Taliban killed and five wounded (the NRF's
            # own figures); the attack itself is undated: the week window
            {
                "place": "Baharak",
                "accept": ["Baharak"],
                "date": ["2023-05-26", "2023-06-02"],
                "precision": "week",
                "killed": [4, 4],
                "injured": [5, 5],
                "actor": "National Resistance Front (claimed)",
                "kind": "main",
            },
            # 'In the past two weeks, it is the third attack ... Earlier, NRF announced that they had attacked the
            # Taliban forces at the Pol-e-Matak area in the Jabal Saraj district of Parwan province, causing "heavy
            # casualties"': `background`, the two weeks before publication, no figure
            {
                "place": "Pol-e-Matak",
                "accept": ["Pol-e-Matak", "Jabal Saraj"],
                "date": ["2023-05-19", "2023-06-02"],
                "precision": "period",
                "killed": None,
                "injured": None,
                "actor": "National Resistance Front (claimed)",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h82_03_kabulnow_balkhab.txt",
        "url": "https://kabulnow.com/2024/11/former-anti-taliban-commander-shot-dead-by-unidentified-gunmen-in-northern-afghanistan/",
        "published": "2024-11-01",
        "published_note": "the URL's month (November 2024) and the body: sources spoke 'today' of a killing on 'Thursday "
        "night, October 31', so the report is of 1 November (a Friday) or at the latest the day after; every date "
        "below holds for either day. The photo credit line 'Photo provided to KabulNow' above the headline is left "
        "out; the stored page ends mid-sentence inside a Rawadari paragraph, so the text stops at the last whole "
        "paragraph before it",
        # the outlet ('KabulNow' holds 'Kabul'); 'People's Uprising Force' holds no place name
        "orgs": ["KabulNow"],
        "mentions": [
            # headline 'in Northern Afghanistan', 'were reported in Afghanistan', 'across Afghanistan'
            ("Afghanistan", "AF"),
            # the dateline 'KABUL, AFGHANISTAN –'
            ("KABUL", "AF/Kabul"),
            ("AFGHANISTAN", "AF"),
            # 'northern Sar-e-Pol province', 'The Taliban local authorities in Sar-e-Pol'
            ("Sar-e-Pol", "AF/Sar-e Pul"),
            ("Balkhab", "AF/Sar-e Pul"),
            ("Takhar", TK),
            ("Taleqan", TK),
            ("Nangarhar", "AF/Nangarhar"),
            ("Khogyani", "AF/Nangarhar"),
        ],
        "events": [
            # a former People's Uprising Force commander shot dead in his home in Balkhab district on Thursday night,
            # 31 October
            {
                "place": "Balkhab",
                "accept": ["Balkhab"],
                "date": ["2024-10-31", "2024-10-31"],
                "precision": "day",
                "killed": [1, 1],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
            # 'Earlier, two other cases of mysterious killings were reported': a cleric shot dead 'in the capital city
            # of Taleqan on Friday' and a cleric killed 'in the Khogyani district' on 'Friday night'. Cited as earlier
            # reports: `background`; 'Friday' is 25 October or 1 November (the report says 'Earlier' but the Friday
            # before publication is 1 November): a `period` window spanning both Fridays
            {
                "place": "Taleqan",
                "accept": ["Taleqan"],
                "date": ["2024-10-25", "2024-11-01"],
                "precision": "period",
                "killed": [1, 1],
                "injured": None,
                "actor": None,
                "kind": "background",
            },
            {
                "place": "Khogyani",
                "accept": ["Khogyani"],
                "date": ["2024-10-25", "2024-11-01"],
                "precision": "period",
                "killed": [1, 1],
                "injured": None,
                "actor": None,
                "kind": "background",
            },
        ],
    },
    {
        "file": "h82_04_dawn_argo.txt",
        "url": "https://dawn.com/news/1833394/clashes-break-out-in-afghanistan-over-poppy-crop-clearing",
        "published": "2024-05-14",
        "published_note": "the page's 'Published May 14, 2024' (a Tuesday); 'on Monday' is 13 May. The photo caption "
        "(stored twice) and the subheading are kept as stored; the stored page ends mid-sentence ('A journalist in the "
        "provincial capital Faizabad saw three'), so the text stops at the last whole sentence before it",
        # 'AFP' (the caption's credit) holds no place name
        "orgs": [],
        "mentions": [
            # headline 'in Afghanistan', "Afghanistan's northeastern Badakhshan province"
            ("Afghanistan", "AF"),
            # the caption twice ('in Argo district'), 'in the Argo district', 'in Argo' (twice)
            ("Argo", BD),
            # the caption twice, 'FAIZABAD (Badakhshan)', 'Badakhshan province', 'the Argo district of Badakhshan',
            # "the Taliban's army unit in Badakhshan"
            ("Badakhshan", BD),
            # the dateline
            ("FAIZABAD", BD),
            ("Barlas Shalmar", BD),
            # 'the Barlas area' (the 1st 'Barlas' is inside 'Barlas Shalmar')
            ("Barlas", BD, [1]),
        ],
        "events": [
            # Taliban poppy-clearing units fired to disperse farmers throwing rocks in Argo on Monday: a clinic received
            # 'two dead and nine wounded people' from the Barlas area (three neighbouring villages; the witness lives
            # in Barlas Shalmar). Some Taliban were wounded too (no figure): the injured stay at 9
            {
                "place": "Barlas",
                "accept": ["Barlas", "Barlas Shalmar", "Argo"],
                "date": ["2024-05-13", "2024-05-13"],
                "precision": "day",
                "killed": [2, 2],
                "injured": [9, 9],
                "actor": "Taliban",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h82_05_dawn_orakzai.txt",
        "url": "https://www.dawn.com/news/1947428/lt-col-major-among-11-personnel-martyred-in-ibo-in-kps-orakzai-ispr",
        "published": "2025-10-08",
        "published_note": "the stored page's date (8 October 2025, a Wednesday; 'said on Wednesday'); 'last night' in "
        "that day's report: the night of 7-8 October (two-day window). No headline on the stored page; it ends "
        "mid-sentence in the prime minister's quote, so the text stops at the last whole sentence before it",
        # the TTP (its 'Pakistan' is inside the name)
        "orgs": ["Tehreek-i-Taliban Pakistan"],
        "mentions": [
            ("Khyber Pakhtunkhwa", KP),
            # "Khyber Pakhtunkhwa's Orakzai district", 'an IBO in Orakzai district'
            ("Orakzai", KP),
        ],
        "events": [
            # the intelligence-based operation in Orakzai last night: 11 soldiers (a lieutenant colonel and a major
            # among them) and 19 militants killed: [19, 30]
            {
                "place": "Orakzai",
                "accept": ["Orakzai"],
                "date": ["2025-10-07", "2025-10-08"],
                "precision": "day",
                "killed": [19, 30],
                "injured": None,
                "actor": "Pakistani security forces",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h82_06_dailytimes_hangu.txt",
        "url": "https://dailytimes.com.pk/1359169/bloodshed-in-hangu-fc-men-martyred-terrorists-shot-dead-in-dir/",
        "published": "2025-08-25",
        "published_note": "the stored page's date (25 August 2025, a Monday); 'on Monday' is that day. The Upper Dir "
        "operation ('Meanwhile, in a separate operation') has no day of its own: the week window (heldout14). No "
        "headline on the stored page",
        # the TTP; the police force named by its province (like 'Balochistan Levies', an organisation); the group
        # name 'Fitna-al-Hindustan'
        "orgs": ["Tehreek-e-Taliban Pakistan", "KP Police", "Fitna-al-Hindustan"],
        "mentions": [
            # 'a check post in Hangu', 'the Hangu attack'
            ("Hangu", KP),
            ("Tora Rawdi", KP),
            # 'within Doaba police station limits'
            ("Doaba", KP),
            ("Upper Dir", KP),
            # 'eradicating terrorism from Pakistan' (the other is inside the TTP's name)
            ("Pakistan", "PK"),
        ],
        "events": [
            # the TTP attack on an FC check post at Tora Rawdi (Doaba police station, Hangu) on Monday: three FC
            # personnel killed, 'several' injured (no figure); the attackers 'escaped with their dead comrades' (dead
            # attackers, number not given): the maximum widened to the 99 bound (heldout13's 'dozens', heldout76's
            # unquantified more)
            {
                "place": "Tora Rawdi",
                "accept": ["Tora Rawdi", "Doaba", "Hangu"],
                "date": ["2025-08-25", "2025-08-25"],
                "precision": "day",
                "killed": [3, 99],
                "injured": None,
                "actor": "Tehreek-e-Taliban Pakistan",
                "kind": "main",
            },
            # 'in a separate operation in Upper Dir, security forces gunned down five terrorists': no day of its own
            {
                "place": "Upper Dir",
                "accept": ["Upper Dir"],
                "date": ["2025-08-18", "2025-08-25"],
                "precision": "week",
                "killed": [5, 5],
                "injured": None,
                "actor": "CTD and KP Police",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h82_07_afintl_kunduz.txt",
        "url": "https://afintl.com/en/202502119335",
        "published": "2025-02-11",
        "published_note": "the article number (2025-02-11) and the body's 'on Tuesday, 11 February' (the day of the "
        "bombing, reported the same day). The header image link under the headline is left out; the stored page ends "
        "mid-sentence ('several Taliban offices hav'), so the text stops at the last whole sentence before it",
        # the bank named after the capital (like heldout9's 'Kabul Police academy'), the outlet, and the hospital
        # named after its city (heldout12)
        "orgs": ["Kabul Bank", "Afghanistan International", "Kunduz Regional Hospital"],
        "mentions": [
            # headline 'In Kunduz', 'Kunduz province' (twice), "the Taliban's Kunduz police command", 'Sarhadi
            # Hospital in Kunduz', 'Kunduz city' (the hospital's is inside an organisation)
            ("Kunduz", "AF/Kunduz"),
        ],
        "events": [
            # the suicide bombing outside the Kabul Bank office in Kunduz city on Tuesday 11 February: the Taliban
            # say at least five killed and seven injured; hospital sources 14 and 'at least 17' bodies: [5, 17]
            # (differing sources widen the range). 'Other sources have suggested the death toll could be even higher'
            # is a guess, not a figure nor a statement that it is higher: the maximum stays at 17
            {
                "place": "Kunduz",
                "accept": ["Kunduz"],
                "date": ["2025-02-11", "2025-02-11"],
                "precision": "day",
                "killed": [5, 17],
                "injured": [7, 7],
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h82_08_frontierpost_quetta.txt",
        "url": "https://thefrontierpost.com/two-dead-seven-injured-in-quetta-blast/",
        "published": "2025-01-01",
        "published_note": "the stored page's date (1 January 2025, a Wednesday); the text never dates the blast: the "
        "week window. The Surab attack came 'A day earlier' than the blast: the week before publication less its "
        "last day. The byline line 'F.P. Report' is kept; no headline on the stored page",
        # the group name as written (a misspelt 'Fitna al-Hindustan')
        "orgs": ["Fitna-tul-Hidustan"],
        "mentions": [
            # the dateline, 'a powerful blast in Quetta'
            ("QUETTA", "PK/Balochistan"),
            ("Quetta", "PK/Balochistan"),
            ("Killi Mangla", "PK/Balochistan"),
            ("Surab", "PK/Balochistan"),
            ("Balochistan", "PK/Balochistan"),
        ],
        "events": [
            # a blast near Killi Mangla targeting a tribal leader: two killed (he and his brother), seven injured;
            # undated: the week window
            {
                "place": "Killi Mangla",
                "accept": ["Killi Mangla", "Quetta"],
                "date": ["2024-12-25", "2025-01-01"],
                "precision": "week",
                "killed": [2, 2],
                "injured": [7, 7],
                "actor": None,
                "kind": "main",
            },
            # 'A day earlier, the tragic terror attack hit Surab district': militants stormed the town, the Additional
            # Deputy Commissioner 'was martyred': cited as earlier, `background`
            {
                "place": "Surab",
                "accept": ["Surab"],
                "date": ["2024-12-24", "2024-12-31"],
                "precision": "period",
                "killed": [1, 1],
                "injured": None,
                "actor": "Fitna-tul-Hidustan",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h82_09_dawn_kalat.txt",
        "url": "https://www.dawn.com/news/1908061/armed-men-torch-several-govt-buildings-in-kalat",
        "published": "2025-05-03",
        "published_note": "the print line 'Published in Dawn, May 3rd, 2025' (a Saturday); 'on Friday night' is 2 "
        "May. The three other incidents ('In a separate incident', 'also reported', 'Meanwhile') have no day of their "
        "own: the week window (heldout14). No headline on the stored page",
        # the bank (its 'Pakistan' is inside the name); 'Nadra' and 'Ghous Bakhsh Memorial Hospital' hold no place
        "orgs": ["National Bank of Pakistan"],
        "mentions": [
            # the dateline 'QUETTA/KHUZDAR'
            ("QUETTA", "PK/Balochistan"),
            ("KHUZDAR", "PK/Balochistan"),
            # 'the Quetta-Karachi Highway', 'the Quetta-Karachi National Highway': a road named by two towns (neutral)
            ("Quetta-Karachi", "neutral"),
            # 'the Mongochar area', 'the Mongochar bazaar' (twice)
            ("Mongochar", "PK/Balochistan"),
            ("Kalat", "PK/Balochistan"),
            ("Kot-Langove", "PK/Balochistan"),
            ("Rahimabad", "PK/Balochistan"),
            ("Khudkocha", "PK/Balochistan"),
            # 'the Khudkocha area of Mastung', 'Mastung Assistant Commissioner' (an office title, heldout2)
            ("Mastung", "PK/Balochistan"),
        ],
        "events": [
            # armed men blocked the highway at Mongochar and set fire to government buildings on Friday night: no one
            # hurt (arson, heldout2): `neutral`
            {
                "place": "Mongochar",
                "accept": ["Mongochar", "Kalat"],
                "date": ["2025-05-02", "2025-05-02"],
                "precision": "day",
                "killed": None,
                "injured": None,
                "actor": None,
                "kind": "neutral",
            },
            # 'In a separate incident': armed men on motorcycles attacked a Levies check post near Kot-Langove and
            # killed a Levies official
            {
                "place": "Kot-Langove",
                "accept": ["Kot-Langove"],
                "date": ["2025-04-26", "2025-05-03"],
                "precision": "week",
                "killed": [1, 1],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
            # an explosion under a bridge near Rahimabad, Kalat district: 'No casualties were reported': `neutral`
            {
                "place": "Rahimabad",
                "accept": ["Rahimabad", "Kalat"],
                "date": ["2025-04-26", "2025-05-03"],
                "precision": "week",
                "killed": None,
                "injured": None,
                "actor": None,
                "kind": "neutral",
            },
            # firing at a passenger coach in the Khudkocha area of Mastung: six injured, no death given
            {
                "place": "Khudkocha",
                "accept": ["Khudkocha", "Mastung"],
                "date": ["2025-04-26", "2025-05-03"],
                "precision": "week",
                "killed": None,
                "injured": [6, 6],
                "actor": None,
                "kind": "main",
            },
        ],
    },
]
