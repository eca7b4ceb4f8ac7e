"""Hundred-and-fifth held-out set ("heldout105", see docs/annotation.md): the NINETY-THIRD BLIND set. Real AF/PK
conflict reports published in the years 2021 to 2023: in Afghanistan a National Resistance Front ambush on Taliban
fighters near Hesarak in Panjshir with a February claim in Anaba cited (2022), an ambush on the Taliban police chief for
Darah Suf Bala in Balkhab's Chaharde area (2022), the madrassa bombing in Aybak with a Taliban raid in Daikundi cited in
an embedded post (2022), a Taliban raid on an Islamic State hideout in Kabul with the Kaaj Institute and Wazir Akbar
Khan bombings cited (2022), a Taliban raid in Kabul with a foiled suicide bomber in Faizabad cited (2023), a Taliban
crackdown on Islamic State in Kandahar with a Kabul blast, the Dasht-e Barchi minibus bombing and the National Military
Hospital raid cited (2021); in Pakistan a soldier killed in Mir Ali with the Chitral, South Waziristan, Zhob/Sui and
Kech attacks cited (2023), an operation in North Waziristan that killed two soldiers and a militant (2021), an
operation in North Waziristan's Jhallar Algad (2022), and the killing of a policeman guarding a polio team in Pishin's
Trat (2022). Outlets: Republic World, Kabul Press via Kokcha Press (Hasht-e Subh), Chiang Rai Times, The Jerusalem
Post (Reuters), GNA (dpa), SMMA Fpak (a Press TV style report), Dawn, Pakistan Today (two), Samaa. Collected and
annotated by reading each text against docs/annotation.md WITHOUT running geoinc's extractor on them (no
extract_places / extract_incidents / eval_text.py / bench_text.py on these texts before the spec was committed, and
the extraction rules in geoinc/text*.py were not read), while the extraction rules were being changed elsewhere. It
is not to be tuned to: run the final code on it once and report that number as the blind score. Same format as
text_dev_spec.py. Texts in devtexts/heldout105/."""

KP = "PK/Khyber Pakhtunkhwa"
BL = "PK/Balochistan"
PJ = "AF/Panjshir"
SP = "AF/Sar-e Pul"
KB = "AF/Kabul"
NRF = "National Resistance Front (claimed)"
TALIBAN = "Taliban security forces"
PAKSF = "Pakistani security forces"

ARTICLES = [
    {
        "file": "h105_01_republicworld_panjshir.txt",
        "url": "https://www.republicworld.com/world-news/rest-of-the-world-news/afghanistan-10-taliban-fighers-"
        "ambushed-12-others-wounded-by-nrf-in-panjshir-valley-articleshow.html",
        "published": "2022-04-01",
        "published_note": "the date the stored page carries (2022-04-01, a Friday); 'The conflict began on April 1, "
        "at noon' is that day. No headline on the stored page (the URL slug is not text)",
        # the front's name holds the country (an organisation, heldout20's rule for names holding a place)
        "orgs": ["National Resistance Front of Afghanistan"],
        "mentions": [
            # 'the Panjshir province', 'the Hesarak area of Panjshir', the subheading's 'to Panjshir', 'the Panjshir
            # Valley' (matched inside it), 'arrived in Panjshir', 'killed in Panjshir'
            ("Panjshir", PJ),
            # 'the Hesarak area of Panjshir', 'near the Hesarak base' (a base named after its area, heldout86)
            ("Hesarak", PJ),
            # 'the Hindukush mountains', 'the peaks of Hindukush': a range across both countries, no province: neutral
            ("Hindukush", "neutral"),
            ("Anaba", PJ),
        ],
        "events": [
            # the NRF ambush near the Hesarak base on April 1 at noon: 'ambushed 10 Taliban insurgents and severely
            # wounded 12 others', with 'The death toll of the Taliban fighters ... rising': the ten are read as the
            # dead (the 'others' are the wounded); no NRF casualties
            {
                "place": "Hesarak",
                "accept": ["Hesarak", "Panjshir"],
                "date": ["2022-04-01", "2022-04-01"],
                "precision": "day",
                "killed": [10, 10],
                "injured": [12, 12],
                "actor": NRF,
                "kind": "main",
            },
            # 'On February 21, the NRF tracked down one of the Taliban's helicopters in the Anaba district. One of the
            # resistance front's commanders claimed that at least 23 Taliban fighters were killed in Panjshir during
            # an ambush': the claim has no date of its own and follows the dated sentence in the same paragraph: one
            # `background` event on February 21, Anaba and the province accepted
            {
                "place": "Anaba",
                "accept": ["Anaba", "Panjshir"],
                "date": ["2022-02-21", "2022-02-21"],
                "precision": "day",
                "killed": [23, 23],
                "injured": None,
                "actor": NRF,
                "kind": "background",
            },
        ],
    },
    {
        "file": "h105_02_kokchapress_balkhab.txt",
        "url": "https://en.kokchapress.com/2022/06/25/taliban-police-chief-for-darah-suf-bala-and-his-ten-fighters-killed-in-balkhab/",
        "published": "2022-06-25",
        "published_note": "the URL's date (2022/06/25, a Saturday); the text gives no day for the ambush ('this "
        "afternoon' is when the antennas were cut): the week before publication. The feed footer 'The post ... "
        "appeared first on Hasht-e Subh Daily' is left out",
        "orgs": [],
        "mentions": [
            # headline and body: 'Police Chief for Darah Suf Bala' (an office title naming a district of Samangan)
            ("Darah Suf Bala", "AF/Samangan"),
            # headline, 'Balkhab district' (several), 'his home district, Balkhab'
            ("Balkhab", SP),
            ("Sar-e Pol", SP),
            # 'on the Glorz line': a front line named after its locality (heldout86's posts named after areas)
            ("Glorz", SP),
            ("Chaharde", SP),
            # 'Provincial Intelligence Chief for Bamyan' (an office title)
            ("Bamyan", "AF/Bamyan"),
        ],
        "events": [
            # the ambush by Mawlawi Mehdi's forces in the Chaharde area of Balkhab: the police chief and ten fighters
            # killed (one figure each, heldout99's 'a police constable and a terrorist': [10, 11]); undated: the week
            {
                "place": "Chaharde",
                "accept": ["Chaharde", "Balkhab"],
                "date": ["2022-06-18", "2022-06-25"],
                "precision": "week",
                "killed": [10, 11],
                "injured": None,
                "actor": "Mawlawi Mehdi's forces",
                "kind": "main",
            },
            # 'the Taliban suffered casualties on the Glorz line': casualties with no death figure are `neutral`
            # (heldout100)
            {
                "place": "Glorz",
                "accept": ["Glorz", "Balkhab"],
                "date": ["2022-06-18", "2022-06-25"],
                "precision": "week",
                "killed": None,
                "injured": None,
                "actor": "Mawlawi Mehdi's forces",
                "kind": "neutral",
            },
        ],
    },
    {
        "file": "h105_03_chiangraitimes_aybak.txt",
        "url": "https://www.chiangraitimes.com/news-asia/blast-in-afghanistan-kills-19-and-wounds-24/",
        "published": "2022-12-01",
        "published_note": "the date the stored page carries (2022-12-01, a Thursday); 'on Wednesday' is 30 November. "
        "An embedded post (dated November 26, 2022, a Saturday) is kept as stored; its 'a raid on Friday' is 25 "
        "November. No headline on the stored page. The stored page ends mid-sentence (on the injuries): the text "
        "stops at the last whole sentence",
        "orgs": [],
        "mentions": [
            # 'the northern Afghanistan city of Aybak'
            ("Afghanistan", "AF"),
            # 'city of Aybak', 'the doctor in Aybak', 'The doctor from Aybak'
            ("Aybak", "AF/Samangan"),
            # '200 kilometers ... north of Kabul' (a reference point)
            ("Kabul", KB),
            # the embedded post's '#Daikundi province' ('#Afghan' is a demonym)
            ("Daikundi", "AF/Daykundi"),
            # where the wounded were taken (not the scene)
            ("Mazar-i-Sharif", "AF/Balkh"),
        ],
        "events": [
            # the madrassa explosion in Aybak on Wednesday: at least 19 dead and 24 injured (a doctor), ten students
            # (the Taliban): [10, 19]
            {
                "place": "Aybak",
                "accept": ["Aybak"],
                "date": ["2022-11-30", "2022-11-30"],
                "precision": "day",
                "killed": [10, 19],
                "injured": [24, 24],
                "actor": None,
                "kind": "main",
            },
            # the embedded post: security forces killed nine 'rebels' in Daikundi, one security man killed, two
            # injured, in a raid on Friday: cited, `background`; nine and one: [9, 10]
            {
                "place": "Daikundi",
                "accept": ["Daikundi"],
                "date": ["2022-11-25", "2022-11-25"],
                "precision": "day",
                "killed": [9, 10],
                "injured": [2, 2],
                "actor": TALIBAN,
                "kind": "background",
            },
        ],
    },
    {
        "file": "h105_04_jpost_kabul.txt",
        "url": "https://www.jpost.com/international/article-720288",
        "published": "2022-10-22",
        "published_note": "the stored page's 'Published: OCTOBER 22, 2022' (a Saturday); 'said on Saturday' is that "
        "day and the 'overnight operation' the night before or that day. The byline and the published/updated lines "
        "are left out, and each photo caption is kept once (the stored page repeats them). The stored page ends in a "
        "cut related-story heading: the text stops at the last whole sentence",
        # the regime's name holds the country (an organisation, as in the other sets); the institute is an organisation
        # (heldout37)
        "orgs": ["Islamic Emirate of Afghanistan", "Kaaj Institute"],
        "mentions": [
            # the captions' 'fall of Kabul', 'in Kabul, Afghanistan' (twice); body 'the Afghan capital, Kabul'
            ("Kabul", KB),
            ("Afghanistan", "AF"),
            # 'the Wazir Akbar Khan mosque' (a mosque named after its neighbourhood, heldout86), 'a mosque in Wazir
            # Akbar Khan, a heavily fortified neighborhood'
            ("Wazir Akbar Khan", KB),
        ],
        "events": [
            # the overnight raid on the Islamic State hideout in Kabul, reported on Saturday: six IS members and one
            # Taliban security force member killed: [6, 7]; 'overnight' in a Saturday report: the Friday or Saturday
            {
                "place": "Kabul",
                "accept": ["Kabul"],
                "date": ["2022-10-21", "2022-10-22"],
                "precision": "day",
                "killed": [6, 7],
                "injured": None,
                "actor": TALIBAN,
                "kind": "main",
            },
            # 'The blast at the female section of the Kaaj Institute education center on Sept. 30 killed 53 people':
            # `background`; the institute is an organisation, so the place is the city the report is about
            {
                "place": "Kabul",
                "accept": ["Kabul"],
                "date": ["2022-09-30", "2022-09-30"],
                "precision": "day",
                "killed": [53, 53],
                "injured": None,
                "actor": None,
                "kind": "background",
            },
            # 'On Sept. 23, at least seven people were killed and more than 40 wounded in blast near a mosque in Wazir
            # Akbar Khan': `background`; 'more than 40' is 41 up to the 99 bound (heldout22)
            {
                "place": "Wazir Akbar Khan",
                "accept": ["Wazir Akbar Khan", "Kabul"],
                "date": ["2022-09-23", "2022-09-23"],
                "precision": "day",
                "killed": [7, 7],
                "injured": [41, 99],
                "actor": None,
                "kind": "background",
            },
        ],
    },
    {
        "file": "h105_05_gna_kabul.txt",
        "url": "https://gna.org.gh/2023/02/taliban-forces-kill-two-is-members-in-kabul-raid/",
        "published": "2023-02-27",
        "published_note": "the dateline 'Islamabad, Feb 27, (dpa/GNA)' and the page's date (2023-02-27, a Monday). "
        "The spokesman announced the raid 'late on Sunday' (26 February) without saying when it took place: the week "
        "before that Sunday (heldout12). 'On Saturday' is 25 February. No headline on the stored page",
        "orgs": [],
        "mentions": [
            # the dateline (where the report was filed)
            ("Islamabad", "PK/Islamabad"),
            # 'in Kabul city', 'Locals in Kabul'
            ("Kabul", KB),
            # 'its attacks in Afghanistan', 'Afghanistan has become ... isolated'
            ("Afghanistan", "AF"),
            # 'outside a bank branch in Faizabad city' (the provincial capital of Badakhshan)
            ("Faizabad", "AF/Badakhshan"),
        ],
        "events": [
            # the raid on an IS hideout in the northern part of Kabul: two IS members killed, a third arrested
            {
                "place": "Kabul",
                "accept": ["Kabul"],
                "date": ["2023-02-19", "2023-02-26"],
                "precision": "week",
                "killed": [2, 2],
                "injured": None,
                "actor": TALIBAN,
                "kind": "main",
            },
            # 'On Saturday, a suicide bomber was killed before he was able to blow himself up outside a bank branch in
            # Faizabad city': a foiled attack with the bomber dead is an event with one death (heldout13, heldout20);
            # cited, `background`
            {
                "place": "Faizabad",
                "accept": ["Faizabad"],
                "date": ["2023-02-25", "2023-02-25"],
                "precision": "day",
                "killed": [1, 1],
                "injured": None,
                "actor": None,
                "kind": "background",
            },
        ],
    },
    {
        "file": "h105_06_smmafpak_kandahar.txt",
        "url": "https://smmafpak.com/2021/11/16/taliban-target-isis-hideouts-in-afghanistans-kandahar",
        "published": "2021-11-16",
        "published_note": "the URL's date (2021/11/16, a Tuesday); the police chief spoke 'on Monday' (15 November) of "
        "'the past 24 hours' (14 and 15 November); 'at the weekend' before that Monday is 13 and 14 November; 'Earlier "
        "this month' is 1 to 15 November",
        "orgs": [],
        "mentions": [
            # headline "Afghanistan's Kandahar", 'southern Afghanistan', 'across Afghanistan', 'ISIS in Afghanistan',
            # 'ruled Afghanistan'
            ("Afghanistan", "AF"),
            # headline, 'various districts of Kandahar province'
            ("Kandahar", "AF/Kandahar"),
            # 'a western suburb of Kabul', 'the capital Kabul', 'a Kabul suburb'
            ("Kabul", KB),
            ("Dasht-e Barchi", KB),
            # 'Nangarhar is considered as the heartland of ISIS' (a general statement, not an event)
            ("Nangarhar", "AF/Nangarhar"),
            # 'the US was in the middle of a chaotic troop withdrawal': an actor (neutral)
            ("US", "neutral"),
        ],
        "events": [
            # the crackdown across various districts of Kandahar province over the past 24 hours: at least four ISIS
            # fighters killed (one blew himself up), ten arrested; two civilians killed in the crossfire: [4, 6]; no
            # district named: the province
            {
                "place": "Kandahar",
                "accept": ["Kandahar"],
                "date": ["2021-11-14", "2021-11-15"],
                "precision": "day",
                "killed": [4, 6],
                "injured": None,
                "actor": TALIBAN,
                "kind": "main",
            },
            # 'a blast in a western suburb of Kabul on Monday morning', no toll: `background` with killed null
            # (heldout24)
            {
                "place": "Kabul",
                "accept": ["Kabul"],
                "date": ["2021-11-15", "2021-11-15"],
                "precision": "day",
                "killed": None,
                "injured": None,
                "actor": None,
                "kind": "background",
            },
            # the minibus bomb 'in the capital Kabul at the weekend' near a checkpoint 'in a mainly Shia neighborhood'
            # (the text then names Dasht-e Barchi as that Shia suburb): 'a well-known local journalist and up to two
            # others were killed': [1, 3]; claimed by ISIS
            {
                "place": "Dasht-e Barchi",
                "accept": ["Dasht-e Barchi", "Kabul"],
                "date": ["2021-11-13", "2021-11-14"],
                "precision": "period",
                "killed": [1, 3],
                "injured": None,
                "actor": "Islamic State (claimed)",
                "kind": "background",
            },
            # 'Earlier this month, ISIS terrorists raided the city's National Military Hospital, killing at least 19
            # people and injuring more than 50 others' (the city is Kabul): `background`; 'more than 50' is 51 up to 99
            {
                "place": "Kabul",
                "accept": ["Kabul"],
                "date": ["2021-11-01", "2021-11-15"],
                "precision": "month",
                "killed": [19, 19],
                "injured": [51, 99],
                "actor": "Islamic State",
                "kind": "background",
            },
            # 'targeted mosques in a series of bombings that killed scores of Shia Muslim worshipers': no place, no
            # window -- vague history, no event
        ],
    },
    {
        "file": "h105_07_dawn_mirali.txt",
        "url": "https://www.dawn.com/news/1774933/soldier-martyred-in-exchange-of-fire-with-terrorists-in-north-waziristan-ispr",
        "published": "2023-09-09",
        "published_note": "the date the stored page carries (2023-09-09, a Saturday); 'on Saturday' is that day and "
        "'On Wednesday' 6 September. No headline on the stored page. The stored page ends mid-sentence (a think tank's "
        "report): the text stops at the last whole sentence",
        "orgs": ["Tehreek-i-Taliban Pakistan", "Pakistan Army"],
        "mentions": [
            ("Khyber Pakhtunkhwa", KP),
            ("North Waziristan", KP),
            ("Mir Ali", KP),
            # the soldier was a 'resident of District Upper Dir' (a home town: a mention, not the scene)
            ("Upper Dir", KP),
            # 'Security forces of Pakistan' (in a quotation), 'Pakistan has witnessed'; the others are inside the TTP's
            # and the army's names
            ("Pakistan", "PK"),
            # "KP's Chitral district", 'in KP and Balochistan'
            ("KP", KP),
            ("Chitral", KP),
            # 'KP and Balochistan', 'areas of Balochistan', "Balochistan's Kech district"
            ("Balochistan", BL),
            ("South Waziristan", KP),
            ("Zhob", BL),
            ("Sui", BL),
            ("Kech", BL),
        ],
        "events": [
            # the exchange of fire in Mir Ali on Saturday: one soldier killed
            {
                "place": "Mir Ali",
                "accept": ["Mir Ali", "North Waziristan"],
                "date": ["2023-09-09", "2023-09-09"],
                "precision": "day",
                "killed": [1, 1],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
            # 'On Wednesday, four soldiers were martyred and 12 terrorists killed in an operation to repulse militants
            # from KP's Chitral district': `background`, [12, 16]
            {
                "place": "Chitral",
                "accept": ["Chitral"],
                "date": ["2023-09-06", "2023-09-06"],
                "precision": "day",
                "killed": [12, 16],
                "injured": None,
                "actor": None,
                "kind": "background",
            },
            # 'On August 22, six soldiers ... in South Waziristan district ... At least four terrorists were killed':
            # `background`, [6, 10]
            {
                "place": "South Waziristan",
                "accept": ["South Waziristan"],
                "date": ["2023-08-22", "2023-08-22"],
                "precision": "day",
                "killed": [6, 10],
                "injured": None,
                "actor": None,
                "kind": "background",
            },
            # 'In July, as many as 12 soldiers ... were martyred in separate military operations in the Zhob and Sui
            # areas of Balochistan' (one day, not named): the joint toll of two operations is an `aggregate`, each
            # operation a null-toll `background` event (heldout21's joint toll); the month window
            {
                "place": "Zhob",
                "accept": ["Zhob"],
                "date": ["2023-07-01", "2023-07-31"],
                "precision": "month",
                "killed": None,
                "injured": None,
                "actor": None,
                "kind": "background",
            },
            {
                "place": "Sui",
                "accept": ["Sui"],
                "date": ["2023-07-01", "2023-07-31"],
                "precision": "month",
                "killed": None,
                "injured": None,
                "actor": None,
                "kind": "background",
            },
            {
                "place": "Balochistan",
                "accept": ["Balochistan", "Zhob", "Sui"],
                "date": ["2023-07-01", "2023-07-31"],
                "precision": "month",
                "killed": [12, 12],
                "injured": None,
                "actor": None,
                "kind": "aggregate",
            },
            # '10 personnel were martyred in a 'fire raid' in Balochistan's Kech district in February 2022':
            # `background` with the month window
            {
                "place": "Kech",
                "accept": ["Kech"],
                "date": ["2022-02-01", "2022-02-28"],
                "precision": "month",
                "killed": [10, 10],
                "injured": None,
                "actor": None,
                "kind": "background",
            },
        ],
    },
    {
        "file": "h105_08_pakistantoday_nwaziristan.txt",
        "url": "https://www.pakistantoday.com.pk/2021/10/23/two-soldiers-terrorist-killed-in-n-waziristan-clash/",
        "published": "2021-10-23",
        "published_note": "the URL's date (2021/10/23, a Saturday); the army's statement came 'late Friday' (22 "
        "October) without saying when the clash took place: the week before that Friday (heldout12). The section "
        "label 'NATIONAL' and the 'By Staff Report' byline (and its repeat at the end) are left out",
        "orgs": [],
        "mentions": [
            # the headline's abbreviation 'N Waziristan'
            ("N Waziristan", KP),
            # the dateline (where the report was filed)
            ("ISLAMABAD", "PK/Islamabad"),
            # 'terrorists in Khyber Pakhtunkhwa', 'in Khyber Pakhtunkhwa and Balochistan'
            ("Khyber Pakhtunkhwa", KP),
            ("North Waziristan", KP),
            ("Balochistan", BL),
        ],
        "events": [
            # the operation in North Waziristan on a tip-off: two soldiers and a terrorist killed (one figure each,
            # heldout99: [2, 3])
            {
                "place": "North Waziristan",
                "accept": ["North Waziristan", "N Waziristan"],
                "date": ["2021-10-15", "2021-10-22"],
                "precision": "week",
                "killed": [2, 3],
                "injured": None,
                "actor": PAKSF,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h105_09_samaa_northwaziristan.txt",
        "url": "https://www.samaaenglish.tv/news/40022738/pakistan-soldier-martyred-5-terrorists-killed-n-waziristan-skirmish",
        "published": "2022-12-05",
        "published_note": "the date the stored page carries (2022-12-05, a Monday); 'on Monday' is that day. No "
        "headline on the stored page",
        "orgs": [],
        "mentions": [
            # 'an operation in North Waziristan', 'Jhallar Algad, North Waziristan District'
            ("North Waziristan", KP),
            ("Jhallar Algad", KP),
            # the soldier was 'a resident of the neighboring South Waziristan District' (a home town)
            ("South Waziristan", KP),
        ],
        "events": [
            # the intelligence-based operation in Jhallar Algad on Monday: at least five terrorists and a soldier
            # killed: [5, 6]
            {
                "place": "Jhallar Algad",
                "accept": ["Jhallar Algad", "North Waziristan"],
                "date": ["2022-12-05", "2022-12-05"],
                "precision": "day",
                "killed": [5, 6],
                "injured": None,
                "actor": PAKSF,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h105_10_pakistantoday_pishin.txt",
        "url": "https://www.pakistantoday.com.pk/2022/10/25/gunmen-killed-cop-guarding-polio-workers-in-balochistan/",
        "published": "2022-10-25",
        "published_note": "the URL's date and the page's (2022-10-25, a Tuesday); 'on Tuesday' is that day. No "
        "headline on the stored page",
        "orgs": [],
        "mentions": [
            # the dateline 'QUETTA:'; 'the body was shifted to Quetta' (not the scene)
            ("QUETTA", BL),
            # 'the Pishin district of Balochistan', 'deputy commissioner of Pishin' (an office title), 'the Trat town of
            # Pishin'
            ("Pishin", BL),
            ("Balochistan", BL),
            ("Trat", BL),
            ("Quetta", BL),
            # 'making Pakistan a polio-free state', 'Since April, Pakistan has registered'
            ("Pakistan", "PK"),
        ],
        "events": [
            # gunmen on a motorcycle shot dead the constable guarding a polio team in Trat town on Tuesday
            {
                "place": "Trat",
                "accept": ["Trat", "Pishin"],
                "date": ["2022-10-25", "2022-10-25"],
                "precision": "day",
                "killed": [1, 1],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
        ],
    },
]
