"""Hundred-and-twenty-ninth held-out set ("heldout129", see docs/annotation.md): the HUNDRED-AND-SEVENTEENTH BLIND set.
Real AF/PK conflict reports published in the years 2019 to 2022: in Afghanistan a motorbike bomb near the Laghman
prison in Mehtarlam that killed three civilians, with the UN's first-quarter national civilian toll cited (2020), the
Taliban attack on the special forces unit in Maidan Shahr, Wardak (2019), an Afghan air strike on a Taliban convoy
heading for Faryab's Qaysar with a national count since mid-April cited (2021), an explosion in the Darwaz-e- Balkh area
of Mazar-e-Sharif with differing injured counts (2022), a defence-ministry round-up of Taliban killed in Kandahar's
Maiwand and Zheria and, the day before, in Dushi, Nawa and Nad Ali, Koh-Zor and Hesarak with the day's total, and a
roadside bomb in Kabul's 12th district (2020), an air strike in Nawa (Ghazni) and a clash in Faryab's Qaisar with the
headline total (2020); in Pakistan a grenade attack on a check post on Quetta's Sariab Road with a September grenade on
Sabzal road cited (2022), a grenade at Juhan Cross Bazaar in Kalat (2019), a remote-controlled bomb in Aseel Targhao,
Bajaur's Barang tehsil, with an earlier killing there cited (2021), and a cart bomb at Turi Bazaar in Parachinar
(2020). Outlets: The Frontier Post (TOLOnews), Reporterly, Sputnik, Ariana News, CanIndia (IANS), The Nation, The News
twice, UrduPoint (Sputnik) twice. Collected and annotated by reading each text against docs/annotation.md WITHOUT
running geoinc's extractor on them (no extract_places / extract_incidents / eval_text.py / bench_text.py on these
texts before the spec was committed, and the extraction rules in geoinc/text*.py were not read), while the extraction
rules were being changed elsewhere. It is not to be tuned to: run the final code on it once and report that number as
the blind score. Same format as text_dev_spec.py. Texts in devtexts/heldout129/."""

LG = "AF/Laghman"
WR = "AF/Wardak"
FY = "AF/Faryab"
BK = "AF/Balkh"
BL = "PK/Balochistan"
KP = "PK/Khyber Pakhtunkhwa"
KD = "AF/Kandahar"
KB = "AF/Kabul"
BA = "AF/Baghlan"
GZ = "AF/Ghazni"
HL = "AF/Helmand"
NG = "AF/Nangarhar"

ARTICLES = [
    {
        "file": "h129_01_frontierpost_laghman.txt",
        "url": "https://thefrontierpost.com/blast-near-laghman-prison-kills-three-civilians/",
        "published": "2020-05-02",
        "published_note": "the stored page's date (2 May 2020, a Saturday); the blast was 'on Saturday morning', the "
        "same day. No headline on the stored page (not rebuilt from the URL slug, heldout16); the byline 'Monitoring "
        "Desk' and the closing 'Courtesy: (Tolonews)' are kept as stored",
        # 'Tolonews' holds no place name
        "orgs": [],
        "mentions": [
            # the dateline 'LAGHMAN:' and 'the Laghman prison' (a facility named after its province keeps the name as
            # a mention, like a police station, heldout19)
            ("LAGHMAN", LG),
            ("Laghman", LG),
            # 'in the city of Mehtarlam'
            ("Mehtarlam", LG),
        ],
        "events": [
            # explosives on a motorbike went off near the Laghman prison in Mehtarlam on Saturday morning: three
            # civilians killed; the prison's head 'was wounded along with three others' (four wounded)
            {
                "place": "Mehtarlam",
                "accept": ["Mehtarlam"],
                "date": ["2020-05-02", "2020-05-02"],
                "precision": "day",
                "killed": [3, 3],
                "injured": [4, 4],
                "actor": None,
                "kind": "main",
            },
            # 'a UN report shows that more than 500 civilians were killed in the Afghan conflict in the first quarter
            # of this year': a national total over three months, `aggregate` at the country (named only by the
            # demonym); 'more than' runs to the next-order bound (heldout69)
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan"],
                "date": ["2020-01-01", "2020-03-31"],
                "precision": "period",
                "killed": [501, 999],
                "injured": None,
                "actor": None,
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h129_02_reporterly_wardak.txt",
        "url": "https://reporterly.net/live/newsfeed/monday-january-21/developing-12-killed-and-27-injured-in-wardak-attack/",
        "published": "2019-01-21",
        "published_note": "a live-feed item under 'Monday, January 21' (the URL's path and the feed's closing line); "
        "21 January fell on a Monday in 2019 within the outlet's life, and the text's 'Earlier today' is that day. "
        "The feed's author link ('+ posts'), comment form and 'Latest from Newsfeed: Monday, January 21' line are "
        "page furniture and left out",
        # 'TOLO News' holds no place name; 'Afghan special forces' is a demonym
        "orgs": [],
        "mentions": [
            # headline 'in Wardak attack', 'Wardak province', 'Wardak governor spokesperson' (an office title naming a
            # place, heldout2)
            ("Wardak", WR),
            # 'in Maidan Shahr city'
            ("Maidan Shahr", WR),
        ],
        "events": [
            # the Taliban attack (an explosion) at the Afghan special forces unit in Maidan Shahr city 'Earlier today':
            # 12 dead; 17 injured in the body, 27 in the headline (differing figures widen the range)
            {
                "place": "Maidan Shahr",
                "accept": ["Maidan Shahr"],
                "date": ["2019-01-21", "2019-01-21"],
                "precision": "day",
                "killed": [12, 12],
                "injured": [17, 27],
                "actor": "Taliban",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h129_03_sputnik_qaysar.txt",
        "url": "https://sputniknews.com/middleeast/202105041082801135-afghan-army-airstrike-kills-10-talibs-in-northern-afghanistan/",
        "published": "2021-05-04",
        "published_note": "the stored page's date and the URL's (4 May 2021, a Tuesday). The stored page starts at its "
        "third paragraph ('According to the ministry, ...'): the headline and lede, with the strike's day and its "
        "death toll, are not on it and were not rebuilt from the URL slug (heldout16), so the strike has the week "
        "window and no killed figure",
        # 'Tolo News' holds no place name; 'Central Asian country' names none
        "orgs": [],
        "mentions": [
            # 'on its way to the Qaysar', 'the Qaysar district'
            ("Qaysar", FY),
            # 'from Chehel Gazi village' (where the convoy came from)
            ("Chehel Gazi", FY),
            ("Faryab", FY),
            # 'US and allied troops', 'US President': `neutral` as an actor/adjective
            ("US", "neutral"),
            # '*Terrorist organisation banned in Russia' (outside the region)
            ("Russia", "out"),
        ],
        "events": [
            # the air strike on a large Taliban convoy 'on its way to the Qaysar from Chehel Gazi village', thwarting
            # an attack it plotted in Qaysar district: 16 injured; 'the wounded and dead' gives no death figure
            # (killed null). NEW: the scene lies on the convoy's way from the village to the district, so the
            # district is the place, the village (where it came from, heldout10) is not accepted, and the province is
            # accepted because the text does not say the road was inside Qaysar. No day: the week window
            {
                "place": "Qaysar",
                "accept": ["Qaysar", "Faryab"],
                "date": ["2021-04-27", "2021-05-04"],
                "precision": "week",
                "killed": None,
                "injured": [16, 16],
                "actor": "Afghan Air Force",
                "kind": "main",
            },
            # 'Tolo News estimates that 226 Afghan civilians and military personnel have been killed in Taliban
            # attacks since US President Joe Biden announced plans in mid-April': a national running total,
            # `aggregate` at the country; mid-April (11 to 20 April) up to publication
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan"],
                "date": ["2021-04-11", "2021-05-04"],
                "precision": "period",
                "killed": [226, 226],
                "injured": None,
                "actor": "Taliban",
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h129_04_ariananews_mazar.txt",
        "url": "https://www.ariananews.af/six-wounded-in-explosion-in-balkh-province/",
        "published": "2022-08-24",
        "published_note": "the stored page's date and its '(Last Updated On: August 24, 2022)' line (a Wednesday); the "
        "explosion was 'on Wednesday morning', the same day. The update line is page furniture and left out; no "
        "headline on the stored page (not rebuilt from the URL slug, heldout16); the stray space in 'Darwaz-e- Balkh' "
        "is kept as stored",
        "orgs": [],
        "mentions": [
            # 'Residents of Mazar-e-Sharif', 'in PD4 of Mazar-e-Sharif'
            ("Mazar-e-Sharif", BK),
            # 'Balkh province', 'head of public health for Balkh' and 'the security command for Balkh' (office titles
            # naming a place, heldout2), "Balkh's hospital" (a description, not a hospital's name: heldout22's 'the
            # Hangu hospital'); the 4th is inside the area's name
            ("Balkh", BK, {4}),
            # 'in the Darwaz-e- Balkh area' (a named area of the city)
            ("Darwaz-e- Balkh", BK),
            # 'in PD4 of Mazar-e-Sharif': a city police-district number is `neutral` (heldout123)
            ("PD4", "neutral"),
        ],
        "events": [
            # an explosion at around 11:30 on Wednesday morning in the Darwaz-e- Balkh area in PD4 of Mazar-e-Sharif:
            # six injured by the health official's count, one (the man carrying the explosives) by the security
            # command's; no one killed is reported (killed null). The numbered police district and the city are
            # accepted beside the area (heldout123)
            {
                "place": "Darwaz-e- Balkh",
                "accept": ["Darwaz-e- Balkh", "PD4", "Mazar-e-Sharif"],
                "date": ["2022-08-24", "2022-08-24"],
                "precision": "day",
                "killed": None,
                "injured": [1, 6],
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h129_05_canindia_quetta.txt",
        "url": "https://www.canindia.com/grenade-hurled-in-quetta-4-injured/",
        "published": "2022-10-09",
        "published_note": "the wire stamp at the foot of the stored page ('20221009-101601': 9 October 2022, a Sunday, "
        "kept as stored); 'on Saturday night' is 8 October. The page has no other date line",
        # 'Civil Hospital' and 'Dawn' hold no place name; 'FC' is an abbreviation of a force
        "orgs": [],
        "mentions": [
            # headline 'in Quetta', "Balochistan's Quetta", 'the outskirts of Quetta'
            ("Quetta", BL),
            # 'on Sariab Road' (a named road area of the city, a mention as in heldout57)
            ("Sariab Road", BL),
            ("Balochistan", BL),
            # 'on Sabzal road, a locality on the outskirts of Quetta'
            ("Sabzal road", BL),
        ],
        "events": [
            # a grenade hurled by motorcyclists at a security check post on Sariab Road on Saturday night landed on the
            # roadside: four pedestrians injured, no one killed (killed null)
            {
                "place": "Sariab Road",
                "accept": ["Sariab Road", "Quetta"],
                "date": ["2022-10-08", "2022-10-08"],
                "precision": "day",
                "killed": None,
                "injured": [4, 4],
                "actor": None,
                "kind": "main",
            },
            # 'On Sept 17, one person was killed and 13 others ... were injured when a hand grenade aimed at a security
            # check post exploded close to an auto rickshaw on Sabzal road': `background`, the day as the text gives it
            {
                "place": "Sabzal road",
                "accept": ["Sabzal road", "Quetta"],
                "date": ["2022-09-17", "2022-09-17"],
                "precision": "day",
                "killed": [1, 1],
                "injured": [13, 13],
                "actor": None,
                "kind": "background",
            },
        ],
    },
    {
        "file": "h129_06_nation_kalat.txt",
        "url": "https://nation.com.pk/25-Sep-2019/eight-injured-in-kalat-grenade-blast",
        "published": "2019-09-25",
        "published_note": "the stored page's date and the URL's (25 September 2019, a Wednesday); 'on Tuesday evening' "
        "is 24 September. The 'Share:' button is page furniture and left out; no headline on the stored page",
        # 'Quetta Civil Hospital' is a hospital's name holding its city (an organisation, heldout12); 'Levies' names
        # no place
        "orgs": ["Quetta Civil Hospital"],
        "mentions": [
            # the dateline 'QUETTA -' (not the scene)
            ("QUETTA", BL),
            # 'at Juhan Cross Bazaar' (a named market, the scene)
            ("Juhan Cross Bazaar", BL),
            # 'near Khaliqabad area of Kalat district'
            ("Khaliqabad", BL),
            ("Kalat", BL),
        ],
        "events": [
            # men on a motorbike threw a hand grenade at a shopkeeper closing his shop at Juhan Cross Bazaar on Tuesday
            # evening: eight injured, no one killed (killed null). The bazaar is 'near' Khaliqabad, which is therefore
            # not a container (heldout14); the district is
            {
                "place": "Juhan Cross Bazaar",
                "accept": ["Juhan Cross Bazaar", "Kalat"],
                "date": ["2019-09-24", "2019-09-24"],
                "precision": "day",
                "killed": None,
                "injured": [8, 8],
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h129_07_thenews_bajaur.txt",
        "url": "https://www.thenews.com.pk/print/796889-2-injured-in-bajaur-bomb-explosion",
        "published": "2021-02-28",
        "published_note": "the stored page's date (28 February 2021, a Sunday); 'on Saturday' is 27 February and "
        "'last Monday' 22 February. No headline on the stored page; the paragraph break inside 'in the mountainous / "
        "Aseel Targhao area' is kept as stored",
        # 'District Headquarters Hospital' holds no place name
        "orgs": [],
        "mentions": [
            # the dateline 'KHAR:', 'southeast of Khar', 'Hospital in Khar'
            ("KHAR", KP),
            ("Aseel Targhao", KP),
            # 'in Barang tehsil' (twice)
            ("Barang", KP),
            ("Bajaur", KP),
            ("Khar", KP),
        ],
        "events": [
            # a remote-controlled bomb exploded in the Aseel Targhao area of Barang tehsil on Saturday: a tribal elder
            # and a policeman injured, no one killed (killed null)
            {
                "place": "Aseel Targhao",
                "accept": ["Aseel Targhao", "Barang", "Bajaur"],
                "date": ["2021-02-27", "2021-02-27"],
                "precision": "day",
                "killed": None,
                "injured": [2, 2],
                "actor": None,
                "kind": "main",
            },
            # 'a tribal elder, Malik Lal Said, was martyred in a remote-controlled bomb blast in the same area in
            # Barang tehsil last Monday': `background`, 22 February (the Monday before the Sunday report)
            {
                "place": "Aseel Targhao",
                "accept": ["Aseel Targhao", "Barang", "Bajaur"],
                "date": ["2021-02-22", "2021-02-22"],
                "precision": "day",
                "killed": [1, 1],
                "injured": None,
                "actor": None,
                "kind": "background",
            },
        ],
    },
    {
        "file": "h129_08_urdupoint_kandahar_roundup.txt",
        "url": "https://www.urdupoint.com/en/world/security-forces-kill-24-taliban-members-in-so-1122095.html",
        "published": "2020-12-23",
        "published_note": "the page's date line ('Wed 23rd December 2020 | 01:55 PM', kept as stored with its byline) "
        "and the wire line '23rd December, 2020' (a Wednesday); 'yesterday' in the ministry's post is 22 December, "
        "'in the previous day' either the Tuesday or the day before it (21 to 22 December), 'early on Wednesday' "
        "and 'this morning' 23 December. The site's 'UrduPoint.com' header is page furniture and left out",
        # 'Defense Ministry', 'UrduPoint News', 'Sputnik', '#ANDSF', '#ANA' hold no place name
        "orgs": [],
        "mentions": [
            # headline 'In Southern Afghanistan', 'Afghanistan continues'
            ("Afghanistan", "AF"),
            # 'districts of Maiwand and Zheria' (three times each)
            ("Maiwand", KD),
            ("Zheria", KD),
            # the dateline 'KABUL (UrduPoint News / Sputnik ...)'
            ("KABUL", KB),
            ("Kandahar", KD),
            # 'central Dushi district'
            ("Dushi", BA),
            # 'southeastern Nawa district' (the text's 'southeastern' points to Ghazni's Nawa, not Helmand's)
            ("Nawa", GZ),
            ("Nad Ali", HL),
            # 'western Koh-Zor district': the text gives no province and the name is not a known district
            ("Koh-Zor", "AF"),
            # 'eastern Hesarak district'
            ("Hesarak", NG),
            # 'the capital of Kabul', "Kabul's 12th district"
            ("Kabul", KB),
            # a numbered city district is `neutral` (heldout123)
            ("12th district", "neutral"),
            # "Qatar's capital Doha" (outside the region)
            ("Qatar", "out"),
            ("Doha", "out"),
        ],
        "events": [
            # '24 #Taliban were killed in Maiwand and Zheria districts of Kandahar province, yesterday' as they were
            # about to attack checkpoints: one toll over two named districts is one event accepting each (heldout13)
            {
                "place": "Maiwand",
                "accept": ["Maiwand", "Zheria"],
                "date": ["2020-12-22", "2020-12-22"],
                "precision": "day",
                "killed": [24, 24],
                "injured": None,
                "actor": "Afghan military",
                "kind": "main",
            },
            # 'in the previous day' the military repelled Taliban attacks and killed 34 militants, listed by district:
            # each part is an event of its own (the report's further incidents, `main`), the day the Tuesday or the
            # one before it; 'two people in central Dushi district'
            {
                "place": "Dushi",
                "accept": ["Dushi"],
                "date": ["2020-12-21", "2020-12-22"],
                "precision": "day",
                "killed": [2, 2],
                "injured": None,
                "actor": "Afghan military",
                "kind": "main",
            },
            # '16 in southeastern Nawa district and southern Nad Ali district': one toll over two named districts, one
            # event accepting each (heldout13)
            {
                "place": "Nawa",
                "accept": ["Nawa", "Nad Ali"],
                "date": ["2020-12-21", "2020-12-22"],
                "precision": "day",
                "killed": [16, 16],
                "injured": None,
                "actor": "Afghan military",
                "kind": "main",
            },
            # '11 in western Koh-Zor district'
            {
                "place": "Koh-Zor",
                "accept": ["Koh-Zor"],
                "date": ["2020-12-21", "2020-12-22"],
                "precision": "day",
                "killed": [11, 11],
                "injured": None,
                "actor": "Afghan military",
                "kind": "main",
            },
            # 'five in eastern Hesarak district'
            {
                "place": "Hesarak",
                "accept": ["Hesarak"],
                "date": ["2020-12-21", "2020-12-22"],
                "precision": "day",
                "killed": [5, 5],
                "injured": None,
                "actor": "Afghan military",
                "kind": "main",
            },
            # the day's total, 'killed 34 militants' over five districts in four provinces (2 + 16 + 11 + 5):
            # `aggregate` at the country (heldout14's total beside its parts)
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan"],
                "date": ["2020-12-21", "2020-12-22"],
                "precision": "day",
                "killed": [34, 34],
                "injured": None,
                "actor": "Afghan military",
                "kind": "aggregate",
            },
            # 'One policeman was killed and two others were injured in a roadside bomb blast in Kabul's 12th district
            # this morning' (early on Wednesday); the numbered district is accepted beside the city (heldout123)
            {
                "place": "Kabul",
                "accept": ["Kabul", "12th district"],
                "date": ["2020-12-23", "2020-12-23"],
                "precision": "day",
                "killed": [1, 1],
                "injured": [2, 2],
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h129_09_urdupoint_nawa_qaisar.txt",
        "url": "https://www.urdupoint.com/en/world/almost-20-taliban-militants-killed-across-afg-1072450.html",
        "published": "2020-10-31",
        "published_note": "the page's date line ('Sat 31st October 2020 | 05:22 PM', kept as stored with its byline) "
        "and the wire line '31st October, 2020' (a Saturday); 'yesterday' in the ministry's post is 30 October. The "
        "Faryab police gave no day for the Qaisar clash: the week window. The break inside the quoted post ('Helmand "
        "Prov. / was killed') is kept as stored",
        # '#AAF [Afghan Air Force]', 'Defense Ministry', 'UrduPoint News', 'Sputnik' hold no place name
        "orgs": [],
        "mentions": [
            # headline 'Across Afghanistan', 'killed across Afghanistan' (twice)
            ("Afghanistan", "AF"),
            # 'the military commission for the Helmand province' and 'for Helmand Prov.': an office naming a province
            # (heldout2); not the scene
            ("Helmand", HL),
            # the dateline
            ("KABUL", KB),
            # "[the Ghazni province's] Nawa district" (the bracketed words are the outlet's)
            ("Ghazni", GZ),
            ("Nawa", GZ),
            # "the northern Faryab province's police", "the province's Qaisar district"
            ("Faryab", FY),
            ("Qaisar", FY),
        ],
        "events": [
            # the Afghan Air Force struck Taliban in Nawa district 'yesterday': Mullah Amanullah 'was killed with 8 of
            # his fighters' (9 dead). The bracketed '[the Ghazni province's]' is the text's own container, but a
            # district is named, so the province is not accepted
            {
                "place": "Nawa",
                "accept": ["Nawa"],
                "date": ["2020-10-30", "2020-10-30"],
                "precision": "day",
                "killed": [9, 9],
                "injured": None,
                "actor": "Afghan Air Force",
                "kind": "main",
            },
            # Faryab police: '10 Taliban militants were killed and five others injured in the province's Qaisar
            # district', no day given: the week before the report (heldout12)
            {
                "place": "Qaisar",
                "accept": ["Qaisar"],
                "date": ["2020-10-24", "2020-10-31"],
                "precision": "week",
                "killed": [10, 10],
                "injured": [5, 5],
                "actor": "Afghan security forces",
                "kind": "main",
            },
            # 'Almost 20 Taliban insurgents have been killed across Afghanistan': the headline total over the two
            # provinces, `aggregate` at the country; 'almost 20' is below 20 and its parts give 19 (9 + 10)
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan"],
                "date": ["2020-10-24", "2020-10-31"],
                "precision": "week",
                "killed": [19, 19],
                "injured": None,
                "actor": "Afghan security forces",
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h129_10_thenews_parachinar.txt",
        "url": "https://www.thenews.com.pk/print/691264-woman-child-among-17-injured-in-parachinar-blast",
        "published": "2020-07-24",
        "published_note": "the stored page's date (24 July 2020, a Friday, the print edition); 'on Thursday' is 23 "
        "July. No headline on the stored page; the stored page ends mid-sentence ('... showed that some elem'): the "
        "text stops at the last whole sentence (heldout13)",
        # 'Bomb Disposal Unit' holds no place name; 'Sajid Hussain Turi' is a person's name
        "orgs": [],
        "mentions": [
            # the dateline 'PARACHINAR:' (the scene's town as well, but a dateline all the same)
            ("PARACHINAR", KP),
            # 'at Turi Bazaar' (three times)
            ("Turi Bazaar", KP),
            # 'in Parachinar' (twice), 'District Headquarters Hospital (DHQ), Parachinar' (the city after a comma
            # behind a hospital's name is a mention), 'Deputy Superintendent of Police (DSP), Parachinar' (an office
            # title naming a place, heldout2)
            ("Parachinar", KP),
            ("Kurram", KP),
            # 'a hospital in Peshawar' (where a wounded man was sent, not the scene)
            ("Peshawar", KP),
        ],
        "events": [
            # a bomb fitted to a fruit and vegetable cart exploded in the crowd at Turi Bazaar in Parachinar on
            # Thursday: 17 injured, a woman and a child among them; no one killed (killed null)
            {
                "place": "Turi Bazaar",
                "accept": ["Turi Bazaar", "Parachinar", "Kurram"],
                "date": ["2020-07-23", "2020-07-23"],
                "precision": "day",
                "killed": None,
                "injured": [17, 17],
                "actor": None,
                "kind": "main",
            },
        ],
    },
]
