"""Thirty-fourth held-out set ("heldout34", see docs/annotation.md): the TWENTY-SECOND BLIND set. Real AF/PK conflict
reports published in the years 2020 to 2026 only (heldout32 and heldout33 were built at the same time from other
years): in Afghanistan a Taliban attack on a police checkpoint in Takhar (2020), a Taliban attack on a checkpoint in
Kunar's Marawara district (2020), an Afghan Air Force strike on Khwaja Namusi in Faryab's Pashtun Kot district with a
district police chief killed in Herat's Torghundi (2021), a roadside mine on the Kabul-Kandahar highway in Maiwand with
the district taken the day before (2021), air strikes on Murghab, Hasantabin and Atma villages of Jawzjan (2021), a
firefight at the Torkham border (2023), the gun attack on foreign tourists in Bamyan (2024); in Pakistan the suicide
bombing of a Shia mosque in Peshawar's Kocha Risaldar (2022), a roadside bomb on Peshawar's Warsak Road with a Dera
Ismail Khan blast cited (2023), an explosion of explosives being carried on a motorcycle near Peshawar's Board Bazaar
(2024), the ambush of a supply convoy in Kurram's Bagan area (2025), a woman suicide bomber's attack on an FC convoy at
Mughalzai near Kalat (2025), and a shooting of traffic police in Lakki Marwat's Serai Naurang with a Bannu constable
killed and a Karak ambush and operation cited (2026). Outlets: Mehr News (AVA Press), Devdiscourse (ANI/Sputnik),
Catch News (Khaama Press), UrduPoint (Sputnik), People's Daily (Xinhua), Afghanistan International, Fox News (AP),
CanIndia (citing Dawn), The Frontier Post, Indian Defence News (Dawn), Dawn twice, Daily Pakistan. Collected and
annotated by reading each text against docs/annotation.md WITHOUT running geoinc's extractor on them (no
extract_places / extract_incidents / eval_text.py / bench_text.py on these texts before the spec was committed, and the
extraction rules in geoinc/text*.py were not read; only single names were geocoded, to write a mention's province),
while the extraction rules were being changed elsewhere. It is not to be tuned to: run the final code on it once and
report that number as the blind score. Same format as text_dev_spec.py. Texts in devtexts/heldout34/."""

KP = "PK/Khyber Pakhtunkhwa"
BL = "PK/Balochistan"
TK = "AF/Takhar"
KN = "AF/Kunar"
FY = "AF/Faryab"
HR = "AF/Herat"
KD = "AF/Kandahar"
JZ = "AF/Jowzjan"
BM = "AF/Bamyan"

ARTICLES = [
    {
        "file": "h34_01_mehrnews_takhar.txt",
        "url": "https://en.mehrnews.com/news/164639/3-Afghan-police-officers-killed-in-Takhar-Province",
        "published": "2020-10-13",
        "published_note": "the stored page's date (13 October 2020, a Tuesday); 'on Monday' is 12 October. The stored "
        "page has no headline (not rebuilt from the URL)",
        "orgs": [],
        "mentions": [
            # 'Takhar Province'
            ("Takhar", TK),
            # 'US forces along with NATO' (actors)
            ("US", "neutral"),
            ("NATO", "neutral"),
            ("Afghanistan", "AF"),
        ],
        "events": [
            # the Taliban attacked a security checkpoint in Takhar on Monday: three local police officers killed,
            # four injured (no finer place than the province)
            {
                "place": "Takhar",
                "accept": ["Takhar"],
                "date": ["2020-10-12", "2020-10-12"],
                "precision": "day",
                "killed": [3, 3],
                "injured": [4, 4],
                "actor": "Taliban",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h34_02_devdiscourse_marawara.txt",
        "url": "https://www.devdiscourse.com/article/international/1211357-taliban-kill-1-injure-4-police-officers-in-afghanistan",
        "published": "2020-09-14",
        "published_note": "the page's line 'Updated: 14-09-2020 17:51 IST' and the dateline 'September 14' (a Monday); "
        "'on Sunday night' is 13 September. The summary sentence ran into the agency line ('... on Monday.ANI | "
        "Kabul | ...'): the line break was put back, no word changed",
        "orgs": [],
        "mentions": [
            # headline 'in Afghanistan', dateline 'Kabul [Afghanistan]'
            ("Afghanistan", "AF"),
            # 'the northeastern Afghan province of Kunar' twice
            ("Kunar", KN),
            # the agency line 'ANI | Kabul |' and the dateline 'Kabul [Afghanistan]'
            ("Kabul", "AF/Kabul"),
            ("Marawara", KN),
        ],
        "events": [
            # the Taliban attacked a checkpoint in Marawara District on Sunday night: one police officer killed, four
            # injured (the weekday pins the night)
            {
                "place": "Marawara",
                "accept": ["Marawara"],
                "date": ["2020-09-13", "2020-09-13"],
                "precision": "day",
                "killed": [1, 1],
                "injured": [4, 4],
                "actor": "Taliban",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h34_03_catchnews_faryab_herat.txt",
        "url": "http://staging.catchnews.com/amp/world/afghan-air-force-airstrikes-kill-19-taliban-terrorists-including-"
        "pakistani-affiliates-216491.html",
        "published": "2021-05-19",
        "published_note": "the page's line 'News Agencies 19 May 2021, 12:51 IST' (a Wednesday); 'on Monday' is 17 May. "
        "The page's close-button line ('X') is left out; the headline, printed twice, is kept as printed; the stored "
        "page ends mid-sentence ('... took place on Monday night, reported The Kh'): the text stops at the last whole "
        "sentence, so the Herat incident has no day of its own",
        "orgs": [],
        "mentions": [
            # 'in Faryab province', 'in Faryab province on Monday evening', "military chief for Faryab province" (an
            # office title), 'parts of the Faryab province'
            ("Faryab", FY),
            ("Khwaja Namusi", FY),
            ("Pashtun Kot", FY),
            # districts in the dead commanders' titles ('shadow district governor for Almar district'): mentions,
            # not the scene
            ("Almar", FY),
            ("Bala-Murghab", "AF/Badghis"),
            ("Andkhoi", FY),
            ("Herat", HR),
            # 'head of the police for Torghundi district' (an office title; the only name the text gives for where
            # the clash was)
            ("Torghundi", HR),
        ],
        "events": [
            # an Afghan Air Force strike on a Taliban base in the Khwaja Namusi area of Pashtun Kot district on Monday
            # evening: 19 killed (three Pakistani nationals among them), 15 wounded
            {
                "place": "Khwaja Namusi",
                "accept": ["Khwaja Namusi", "Pashtun Kot"],
                "date": ["2021-05-17", "2021-05-17"],
                "precision": "day",
                "killed": [19, 19],
                "injured": [15, 15],
                "actor": "Afghan Air Force",
                "kind": "main",
            },
            # the Torghundi district police chief killed in clashes with the Taliban (the sentence with its day was
            # cut: week window, heldout14 convention); the district is known only from his title, the province from
            # the sources, so both are accepted
            {
                "place": "Torghundi",
                "accept": ["Torghundi", "Herat"],
                "date": ["2021-05-12", "2021-05-19"],
                "precision": "week",
                "killed": [1, 1],
                "injured": None,
                "actor": "Taliban (clash)",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h34_04_urdupoint_maiwand.txt",
        "url": "https://www.urdupoint.com/en/world/roadside-bomb-blast-in-southern-afghanistan-l-1284762.html",
        "published": "2021-06-23",
        "published_note": "the dateline '(UrduPoint News / Sputnik - 23rd June, 2021)' (a Wednesday); 'on Tuesday "
        "night' is 22 June, 'on Monday' 21 June. The headline, printed twice (once in title case), is kept as printed",
        "orgs": [],
        "mentions": [
            # headline twice 'Southern Afghanistan', "Afghanistan's southern province of Kandahar" twice
            ("Afghanistan", "AF"),
            # 'province of Kandahar' twice; the 3rd is inside 'Kabul-Kandahar highway'
            ("Kandahar", KD, {3}),
            ("MOSCOW", "out"),
            # a highway named after two places (heldout16): neutral, the names inside it are not mentions
            ("Kabul-Kandahar", "neutral"),
            ("Maiwand", KD),
        ],
        "events": [
            # a roadside mine hit a passenger vehicle on the Kabul-Kandahar highway in Maiwand district on Tuesday
            # night: five civilians killed, 20 injured
            {
                "place": "Maiwand",
                "accept": ["Maiwand"],
                "date": ["2021-06-22", "2021-06-22"],
                "precision": "day",
                "killed": [5, 5],
                "injured": [20, 20],
                "actor": None,
                "kind": "main",
            },
            # 'the Taliban took control of the district following clashes on Monday': a district taken without a toll
            # (heldout13 convention: neutral)
            {
                "place": "Maiwand",
                "accept": ["Maiwand"],
                "date": ["2021-06-21", "2021-06-21"],
                "precision": "day",
                "killed": None,
                "injured": None,
                "actor": "Taliban",
                "kind": "neutral",
            },
        ],
    },
    {
        "file": "h34_05_peoplecn_jawzjan.txt",
        "url": "http://en.people.cn/n3/2021/0731/c90000-9878872.html",
        "published": "2021-07-31",
        "published_note": "the page's line '(Xinhua) 15:31, July 31, 2021' (a Saturday); 'on Friday' is 30 July",
        "orgs": [],
        "mentions": [
            # headline 'northern Jawzjan province', "northern Jawzjan province", 'linking Jawzjan to'
            ("Jawzjan", JZ),
            # "Afghanistan's northern Jawzjan province", 'pullout from Afghanistan'
            ("Afghanistan", "AF"),
            # villages of Jawzjan (labelled with the province the text puts them in)
            ("Murghab", JZ),
            ("Hasantabin", JZ),
            ("Atma", JZ),
            ("Sari Pul", "AF/Sar-e Pul"),
            # 'U.S.-led forces'
            ("U.S.", "neutral"),
        ],
        "events": [
            # fighting planes struck Taliban positions in Murghab, Hasantabin, Atma and adjoining villages on Friday
            # afternoon: 21 killed, 10 injured (one toll over several named villages: one event accepting each,
            # heldout13 convention; no district is named, so the province is not accepted)
            {
                "place": "Murghab",
                "accept": ["Murghab", "Hasantabin", "Atma"],
                "date": ["2021-07-30", "2021-07-30"],
                "precision": "day",
                "killed": [21, 21],
                "injured": [10, 10],
                "actor": "Afghan air force",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h34_06_afintl_torkham.txt",
        "url": "https://www.afintl.com/en/202301051833",
        "published": "2023-01-05",
        "published_note": "the page's date line 'Thursday, 01/05/2023' (month/day/year, as in the URL "
        "202301051833); 'on Thursday' is that day. The page's 'More News' line is left out",
        "orgs": ["Pakistan Military Forces", "Pakistan military"],
        "mentions": [
            # headline 'Torkham Border', 'the Torkham border', 'the border of Torkham and Spin Boldak'
            ("Torkham", KP),
            # 'between Pakistan and the Taliban' (an actor); the headline's 'Taliban-Pakistan Military Forces' and the
            # body's 'Pakistan military' are organisations (new here: like 'the Pakistan army', heldout16)
            ("Pakistan", "PK"),
            ("Spin Boldak", KD),
        ],
        "events": [
            # a firefight at the Torkham border on Thursday: an Afghan citizen killed, a Pakistani officer wounded
            # (Pakistani officials blame the Taliban forces). Dead on one side only: one event at the crossing
            {
                "place": "Torkham",
                "accept": ["Torkham"],
                "date": ["2023-01-05", "2023-01-05"],
                "precision": "day",
                "killed": [1, 1],
                "injured": [1, 1],
                "actor": "Taliban forces (alleged by Pakistani officials)",
                "kind": "main",
            },
            # 'Earlier, ... had a military confrontation on the border of Torkham and Spin Boldak': no date, no toll,
            # no count: vague history, not an event (new here)
        ],
    },
    {
        "file": "h34_07_foxnews_bamyan.txt",
        "url": "https://www.foxnews.com/world/gunmen-open-fire-kill-4-people-including-3-foreigners-afghanistans-"
        "central-bamyan-province",
        "published": "2024-05-17",
        "published_note": "the stored page's date (17 May 2024, a Friday); 'late on Friday' is that day. The page's "
        "'Expand / Collapse search' and section ('Afghanistan') lines and a related-story link in capitals are left "
        "out; the map caption ('Afghanistan map' / 'This is a locator map ...') is kept",
        "orgs": [],
        "mentions": [
            # headline "Afghanistan's central Bamyan province", 'central Afghanistan', the map caption twice, 'power in
            # Afghanistan', "affiliate in Afghanistan"
            ("Afghanistan", "AF"),
            # headline, 'the scene in Bamyan province'
            ("Bamyan", BM),
            # the map caption ('its capital, Kabul')
            ("Kabul", "AF/Kabul"),
            ("U.S.", "neutral"),
            ("NATO", "neutral"),
            ("Bamiyan", BM),
        ],
        "events": [
            # gunmen opened fire on a group late on Friday in Bamyan province: at least four killed (three foreign
            # nationals), seven wounded (four foreigners)
            {
                "place": "Bamyan",
                "accept": ["Bamyan", "Bamiyan"],
                "date": ["2024-05-17", "2024-05-17"],
                "precision": "day",
                "killed": [4, 4],
                "injured": [7, 7],
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h34_08_canindia_peshawar.txt",
        "url": "https://www.canindia.com/suicide-blast-in-peshawar-shia-mosque-kills-at-least-30-2nd-ld/",
        "published": "2022-03-04",
        "published_note": "the stored page's date (4 March 2022, a Friday); 'on Friday' is that day. The stored page "
        "has no headline (not rebuilt from the URL) and ends mid-sentence ('\u201cThose martyred and injure'): the "
        "text stops at the last whole sentence",
        "orgs": [],
        "mentions": [
            # "Peshawar's Kocha Risaldar area", 'Capital City Police Officer (CCPO), Peshawar' and 'Peshawar SSP'
            # (office titles)
            ("Peshawar", KP),
            ("Kocha Risaldar", KP),
            # 'Khyber Pakhtunkhwa (KP) minister' (an office title)
            ("Khyber Pakhtunkhwa", KP),
            # '(KP)', 'KP government spokesman'
            ("KP", KP),
            ("Qissa Khwani Bazaar", KP),
        ],
        "events": [
            # two attackers fired on the police guarding a Shia mosque in Kocha Risaldar (Qissa Khwani Bazaar) on
            # Friday, one was shot, the other blew himself up inside: at least 30 killed (30 bodies at the hospital),
            # at least 80 injured. The text does not say whether the two policemen killed are among the 30 bodies, nor
            # the two attackers: the maximum adds all four; one policeman critically injured widens the injured max
            {
                "place": "Kocha Risaldar",
                "accept": ["Kocha Risaldar", "Qissa Khwani Bazaar", "Peshawar"],
                "date": ["2022-03-04", "2022-03-04"],
                "precision": "day",
                "killed": [30, 34],
                "injured": [80, 81],
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h34_09_frontierpost_warsakroad.txt",
        "url": "https://thefrontierpost.com/three-children-among-7-injured-in-peshawars-warsak-road-blast/",
        "published": "2023-12-05",
        "published_note": "the stored page's date (5 December 2023, a Tuesday). The stored page has no headline (not "
        "rebuilt from the URL; the text starts at the byline 'F.P. Report'). The text gives the blast no day: week "
        "window",
        "orgs": ["Tehreek-e-Taliban Pakistan"],
        "mentions": [
            ("PESHAWAR", KP),
            # a bare road name (heldout23): neutral, accepted as the scene
            ("Warsak Road", "neutral"),
            # "Khyber Pakhtunkhwa's capital", 'Caretaker Chief Minister Khyber Pakhtunkhwa' (an office title),
            # 'especially in Khyber Pakhtunkhwa and Balochistan'
            ("Khyber Pakhtunkhwa", KP),
            ("Peshawar", KP),
            # a road junction (heldout18): neutral, accepted as the scene
            ("Babu Garhi Chowk", "neutral"),
            # 'the Machini Gate police station' (a police station named after a place is a mention, heldout19)
            ("Machini Gate", KP),
            ("KP", KP),
            ("Dera Ismail Khan", KP),
            # 'Pakistan has seen' (the other is inside the TTP's name)
            ("Pakistan", "PK"),
            ("Balochistan", BL),
        ],
        "events": [
            # a roadside bomb on Warsak Road near Babu Garhi Chowk: seven injured (three children), no one killed;
            # no day given: week window
            {
                "place": "Babu Garhi Chowk",
                "accept": ["Babu Garhi Chowk", "Warsak Road", "Machini Gate", "Peshawar", "PESHAWAR"],
                "date": ["2023-11-28", "2023-12-05"],
                "precision": "week",
                "killed": None,
                "injured": [7, 7],
                "actor": None,
                "kind": "main",
            },
            # 'Last month, five people were killed and over 20 sustained injuries in a blast targeting police in KP's
            # Dera Ismail Khan' (November 2023; 'over 20' is 21 up to 99, heldout18)
            {
                "place": "Dera Ismail Khan",
                "accept": ["Dera Ismail Khan"],
                "date": ["2023-11-01", "2023-11-30"],
                "precision": "period",
                "killed": [5, 5],
                "injured": [21, 99],
                "actor": None,
                "kind": "background",
            },
        ],
    },
    {
        "file": "h34_10_dawn_kurram.txt",
        "url": "https://www.dawn.com/news/1885873/death-toll-in-attack-on-kurram-convoy-rises-to-10-official",
        "published": "2025-01-17",
        "published_note": "the page's line 'Published January 17, 2025' (a Friday); 'Thursday's attack' and 'a day "
        "ago' are 16 January. Both photo captions are kept; the stored page ends mid-sentence ('... while only one "
        "reached '): the text stops at the last whole sentence",
        "orgs": ["Alizai Hospital"],
        "mentions": [
            # headline, "KP's Kurram district" (caption), 'an ambushed region in Kurram' (caption), "Khyber
            # Pakhtunkhwa's Kurram district", 'The Kurram DHO' (an office title)
            ("Kurram", KP),
            # 'headed for Parachinar', 'bound for Parachinar', 'items to Parachinar' (destinations)
            ("Parachinar", KP),
            ("KP", KP),
            # caption 'Kurram, Khyber Pakhtunkhwa', "Khyber Pakhtunkhwa's Kurram district"
            ("Khyber Pakhtunkhwa", KP),
            ("Bagan", KP),
            ("Thall", KP),
            ("Hangu", KP),
            # where two bodies were taken (not the scene)
            ("Lower Alizai", KP),
            ("Udawali", KP),
        ],
        "events": [
            # a supply convoy to Parachinar ambushed in the Bagan area on Thursday: toll risen to 10 by Friday (a
            # security official, one more who died of his wounds overnight, six drivers, two passengers; four of the
            # drivers found shot in the Udawali area the next morning), six attackers killed (max 16); four security
            # men injured (one later died: out of the injured, heldout20) and 10 attackers injured. The drivers
            # were out of contact after 1am, so the window takes the next day too; the Udawali area where the bodies
            # of the convoy's drivers were found is accepted (new here)
            {
                "place": "Bagan",
                "accept": ["Bagan", "Kurram", "Udawali"],
                "date": ["2025-01-16", "2025-01-17"],
                "precision": "day",
                "killed": [10, 16],
                "injured": [10, 13],
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h34_11_dawn_kalat.txt",
        "url": "https://www.dawn.com/news/1895620/fc-soldier-martyred-in-kalat-suicide-bombing",
        "published": "2025-03-04",
        "published_note": "the stored page's date (4 March 2025, a Tuesday); 'on Monday' is 3 March, 'Earlier on "
        "Sunday' 2 March. The stored page has no headline (not rebuilt from the URL) and ends mid-sentence ('... the "
        "previous government's policy o'): the text stops at the last whole sentence",
        "orgs": [],
        "mentions": [
            ("QUETTA", BL),
            # 'a convoy near Kalat', 'Kalat Deputy Commissioner' (an office title), 'the FC fort in Kalat area'
            ("Kalat", BL),
            ("Mughalzai", BL),
            # where the chief minister spoke (not a scene)
            ("Quetta", BL),
            ("Balochistan", BL),
        ],
        "events": [
            # a woman suicide bomber hit an FC convoy passing through the Mughalzai area near Kalat on Monday: one FC
            # soldier killed (the bomber widens the maximum), four injured; claimed by the BLA-Azad
            {
                "place": "Mughalzai",
                "accept": ["Mughalzai", "Kalat"],
                "date": ["2025-03-03", "2025-03-03"],
                "precision": "day",
                "killed": [1, 2],
                "injured": [4, 4],
                "actor": "Baloch Liberation Army (BLA-Azad) (claimed)",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h34_12_dailypakistan_lakkimarwat.txt",
        "url": "https://en.dailypakistan.com.pk/04-Jan-2026/terror-strikes-kp-again-as-three-cops-martyred-in-lakki-marwat",
        "published": "2026-01-04",
        "published_note": "the URL date (4 January 2026, a Sunday; 'on Sunday' in the text). The stored page has no "
        "headline (not rebuilt from the URL; the text starts at the dateline)",
        "orgs": ["KP police", "Naurang Hospital"],
        "mentions": [
            ("BANNU", KP),
            # 'law enforcement in KP' three times (the 'KP police officers' one is inside an organisation: a
            # provincial police force named after its province, heldout16)
            ("KP", KP),
            ("Lakki Marwat", KP),
            ("Serai Naurang", KP),
            ("Dil Begu Khel", KP),
            # 'Bannu district', 'the Bannu DPO' (an office title)
            ("Bannu", KP),
            ("Karak", KP),
        ],
        "events": [
            # gunmen on a motorcycle shot three traffic policemen on duty near Dil Begu Khel in Serai Naurang on
            # Sunday
            {
                "place": "Dil Begu Khel",
                "accept": ["Dil Begu Khel", "Serai Naurang", "Lakki Marwat"],
                "date": ["2026-01-04", "2026-01-04"],
                "precision": "day",
                "killed": [3, 3],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
            # 'Another police constable martyred in Bannu district' shot dead leaving home: no day of its own (week
            # window, heldout14 convention)
            {
                "place": "Bannu",
                "accept": ["Bannu"],
                "date": ["2025-12-28", "2026-01-04"],
                "precision": "week",
                "killed": [1, 1],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
            # 'Just last month, five policemen were martyred when a vehicle was ambushed in Karak' (December 2025)
            {
                "place": "Karak",
                "accept": ["Karak"],
                "date": ["2025-12-01", "2025-12-31"],
                "precision": "period",
                "killed": [5, 5],
                "injured": None,
                "actor": None,
                "kind": "background",
            },
            # '... prompting a large-scale counter-terrorism operation in which eight terrorists were killed': an
            # operation's total (heldout12) with no place of its own beside the ambush it followed; from the
            # ambush's month up to publication
            {
                "place": "Karak",
                "accept": ["Karak"],
                "date": ["2025-12-01", "2026-01-04"],
                "precision": "period",
                "killed": [8, 8],
                "injured": None,
                "actor": "Pakistani security forces",
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h34_13_indiandefensenews_peshawar.txt",
        "url": "https://www.indiandefensenews.in/2024/03/two-killed-in-blast-near-peshawars.html",
        "published": "2024-03-11",
        "published_note": "the stored page's date (11 March 2024, a Monday; March 2024 in the URL); 'early Sunday "
        "morning' is 10 March. The stored page has no headline (not rebuilt from the URL); its runs of empty lines "
        "between paragraphs are written as one empty line (no word changed); it ends mid-sentence ('... "
        "violence-related fatalities and 1'): the text stops at the last whole sentence",
        "orgs": ["Khyber Teaching Hospital", "Tehreek-i-Taliban Pakistan"],
        "mentions": [
            # dateline 'Peshawar:', "Khyber Pakhtunkhwa's Peshawar", 'Peshawar Senior Superintendent of Police' (an
            # office title)
            ("Peshawar", KP),
            ("Board Bazaar", KP),
            # "Khyber Pakhtunkhwa's Peshawar", 'Khyber Pakhtunkhwa Chief Minister' (an office title), 'especially in
            # Khyber Pakhtunkhwa and Balochistan'
            ("Khyber Pakhtunkhwa", KP),
            # 'Pakistan has witnessed' (the other is inside the TTP's name)
            ("Pakistan", "PK"),
            ("Balochistan", BL),
        ],
        "events": [
            # explosives being carried on a motorcycle went off near the Board Bazaar early on Sunday: the two men
            # carrying them killed, one injured (an early blast that kills only its carriers is an event, heldout13)
            {
                "place": "Board Bazaar",
                "accept": ["Board Bazaar", "Peshawar"],
                "date": ["2024-03-10", "2024-03-10"],
                "precision": "day",
                "killed": [2, 2],
                "injured": [1, 1],
                "actor": "militants (own explosives)",
                "kind": "main",
            },
        ],
    },
]
