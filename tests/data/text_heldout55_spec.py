"""Fifty-fifth held-out set ("heldout55", see docs/annotation.md): the FORTY-THIRD BLIND set. Real AF/PK conflict
reports published in the years 2020 to 2022: in Afghanistan a Taliban attack on a checkpoint in Daykundi (2020), Afghan
Air Force strikes near Shiberghan in Jawzjan and on the outskirts of Lashkar Gah with their two-province total (2021),
a US strike on Lashkargah with last week's strikes and the national toll since 14 April cited (2021), Afghan air force
strikes and clashes in Lashkar Gah with the Taliban's hold on Sar-e-Pul and Jawzjan's districts (2021), a blast in a
mosque in Herat city (2022); in Pakistan a hand grenade attack on a police van in Peshawar's Karkhono Market (2021), an
operation in North Waziristan's Spinwam with the Kaniguram IED, the Dosalli clash and an operation in Ladha cited
(2020), a grenade thrown at a house in Peshawar's Hayatabad Phase II with a blast at a Karachi police headquarters
cited (2022). Outlets: Mehr News (AVA), News Diary Online (Xinhua), ANI, Republic World, The Hindu (AP), Geo News, a
defence.pk forum repost, Devdiscourse (ANI). Collected and annotated by reading each text against docs/annotation.md
WITHOUT running geoinc's extractor on them (no extract_places / extract_incidents / eval_text.py / bench_text.py on
these texts before the spec was committed, and the extraction rules in geoinc/text*.py were not read), while the
extraction rules were being changed elsewhere. It is not to be tuned to: run the final code on it once and report that
number as the blind score. Same format as text_dev_spec.py. Texts in devtexts/heldout55/."""

KP = "PK/Khyber Pakhtunkhwa"
PB = "PK/Punjab"
SD = "PK/Sindh"
KB = "AF/Kabul"
DK = "AF/Daykundi"
JZ = "AF/Jowzjan"
HM = "AF/Helmand"
SP = "AF/Sar-e Pul"
TK = "AF/Takhar"
KZ = "AF/Kunduz"
BD = "AF/Badakhshan"
HR = "AF/Herat"
FR = "AF/Farah"

ARTICLES = [
    {
        "file": "h55_01_mehrnews_daykundi.txt",
        "url": "https://en.mehrnews.com/news/162294/5-Afghan-policemen-killed-in-Daykundi-Province",
        "published": "2020-08-15",
        "published_note": "the stored page's date (15 August 2020, a Saturday); 'on Saturday' is 15 August. The stored "
        "page has no headline (not rebuilt from the URL slug, heldout16); the agency's story code ('FA/4999200') is page "
        "furniture and left out",
        "orgs": [],
        "mentions": [
            # 'Daykundi Province in Afghanistan'
            ("Daykundi", DK),
            # 'in Afghanistan' twice (the second: 'a war in Afghanistan')
            ("Afghanistan", "AF"),
            ("US", "neutral"),
            ("NATO", "neutral"),
        ],
        "events": [
            # the Taliban attack on a security checkpoint in Daykundi on Saturday: five local police killed, six
            # injured; no district named, so the province is the place
            {
                "place": "Daykundi",
                "accept": ["Daykundi"],
                "date": ["2020-08-15", "2020-08-15"],
                "precision": "day",
                "killed": [5, 5],
                "injured": [6, 6],
                "actor": "Taliban",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h55_02_newsdiary_jawzjan_lashkargah.txt",
        "url": "https://newsdiaryonline.com/33-taliban-militants-killed-in-afghan-air-force-strikes-defense-ministry/",
        "published": "2021-07-24",
        "published_note": "the page's date line 'July 24, 2021' (a Saturday, kept as stored); 'on Friday' is 23 July. "
        "The stored repost of a Xinhua story has words missing ('were and 17 wounded'): kept as stored, no word "
        "changed; a run of blank lines after the date line was collapsed to one",
        "orgs": [],
        "mentions": [
            # 'northern Jawzjan province'
            ("Jawzjan", JZ),
            # the two villages struck, on the outskirts of the provincial capital
            ("Murghab", JZ),
            ("Hassan Tabbin", JZ),
            ("Shiberghan", JZ),
            ("Lashkar Gah", HM),
            ("Helmand", HM),
            ("U.S.", "neutral"),
            ("NATO", "neutral"),
        ],
        "events": [
            # Afghan Air Force strikes on hideouts in Murghab and Hassan Tabbin villages on the outskirts of Shiberghan
            # on Friday: 19 militants killed, 15 wounded. One toll shared by two named villages is one event accepting
            # each (heldout13); Shiberghan is the district they lie in
            {
                "place": "Murghab",
                "accept": ["Murghab", "Hassan Tabbin", "Shiberghan"],
                "date": ["2021-07-23", "2021-07-23"],
                "precision": "day",
                "killed": [19, 19],
                "injured": [15, 15],
                "actor": "Afghan Air Force",
                "kind": "main",
            },
            # the strike on a Taliban position on the outskirts of Lashkar Gah on Friday: 14 killed (two of them
            # non-Afghan), two wounded
            {
                "place": "Lashkar Gah",
                "accept": ["Lashkar Gah"],
                "date": ["2021-07-23", "2021-07-23"],
                "precision": "day",
                "killed": [14, 14],
                "injured": [2, 2],
                "actor": "Afghan Air Force",
                "kind": "main",
            },
            # the headline's and lead's total over the two provinces on Friday (19 + 14 killed, 15 + 2 wounded): an
            # aggregate beside its parts (heldout14), either province accepted (heldout49's 'Last weekend' total)
            {
                "place": "Jawzjan",
                "accept": ["Jawzjan", "Helmand"],
                "date": ["2021-07-23", "2021-07-23"],
                "precision": "day",
                "killed": [33, 33],
                "injured": [17, 17],
                "actor": "Afghan Air Force",
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h55_03_ani_lashkargah.txt",
        "url": "https://www.aninews.in/news/world/asia/40-taliban-terrorists-killed-in-us-airstrike-on-helmand-"
        "province20210803032116/",
        "published": "2021-08-03",
        "published_note": "the dateline's 'August 3' and the URL's timestamp (3 August 2021, a Tuesday); 'on Monday' is "
        "2 August, 'Last week' the week before (heldout21), 'since April 14' 14 April 2021. The stored page has no "
        "headline (not rebuilt from the URL slug, heldout16); a run of blank lines was collapsed to one",
        # a ministry named after the country ('Afghanistan Defense Ministry', heldout46) and an army corps holding a
        # district's and the country's names (heldout16's command; 'Pamir 20 Corps')
        "orgs": ["Afghanistan Ministry of Defence", "Maiwand 215th Corps of Afghanistan", "Afghanistan Foreign Ministry"],
        "mentions": [
            # dateline
            ("Kabul", KB),
            # '[Afghanistan]' (dateline), 'several provinces in Afghanistan', 'several districts in Afghanistan' (the
            # others inside org names)
            ("Afghanistan", "AF"),
            # 'The US on Monday', 'carried out by the US' (actor)
            ("US", "neutral"),
            ("Helmand", HM),
            # "Helmand's Lashkargah city", 'two parts of Lashkargah'
            ("Lashkargah", HM),
            # 'including Takhar, the country's northeastern province', 'in Takhar, Kunduz, ...'
            ("Takhar", TK),
            ("Kunduz", KZ),
            ("Badakhshan", BD),
            ("Herat", HR),
            ("Farah", FR),
        ],
        "events": [
            # the US strike on Lashkargah city on Monday: at least 40 Taliban killed by the ministry's account, and
            # eight members of a family 'said to be killed' by local sources (Khaama Press): 40 up to 48
            {
                "place": "Lashkargah",
                "accept": ["Lashkargah", "Lashkar Gah"],
                "date": ["2021-08-02", "2021-08-02"],
                "precision": "day",
                "killed": [40, 48],
                "injured": None,
                "actor": "US military",
                "kind": "main",
            },
            # 'Last week, five Taliban terrorists were also killed in airstrikes carried out by the US in several
            # provinces in Afghanistan': a total over several strikes and provinces, the week before (heldout21)
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan"],
                "date": ["2021-07-26", "2021-08-02"],
                "precision": "week",
                "killed": [5, 5],
                "injured": None,
                "actor": "US military",
                "kind": "aggregate",
            },
            # the ministry's national toll since 14 April: 'nearly 4,000' ANDSF killed (3,999 as heldout50's 'nearly
            # 30' is 29) and 'As many as 2,000' civilians: 3,999 up to 6,000; 'over 7,000' injured (7,001 up to 9,999,
            # heldout32) and 2,200 civilians injured: 7,001 up to 12,199. The districts, district centres and border
            # crossings the Taliban took 'over the last few weeks' come with no toll and no district named (Takhar is
            # a province, 'Takhar, Kunduz, ... provinces' lists crossings by province): vague history, not events
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan"],
                "date": ["2021-04-14", "2021-08-03"],
                "precision": "period",
                "killed": [3999, 6000],
                "injured": [7001, 12199],
                "actor": "",
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h55_04_republicworld_lashkargah.txt",
        "url": "https://www.republicworld.com/world-news/rest-of-the-world-news/afghanistan-air-force-launches-strikes-"
        "against-taliban-23-terrorists-killed-10-wounded.html",
        "published": "2021-08-06",
        "published_note": "the stored page's date (6 August 2021, a Friday); 'on Thursday night' is 5 August (heldout's "
        "'late Saturday night' rule), 'on Wednesday' 4 August. The stored page has no headline (not rebuilt from the URL "
        "slug, heldout16); its two subheadings are kept as text. It ended mid-sentence ('Taliban attacked seven di'): "
        "the text stops at the last whole sentence",
        # a lower-case air force named after the country, like 'the Herat provincial police' (heldout50)
        "orgs": ["Afghanistan air force"],
        "mentions": [
            # 'southern Afghanistan', 'northern Afghanistan', 'killed in Afghanistan', 'returned to Afghanistan' (the
            # subheading's first is inside the org)
            ("Afghanistan", "AF"),
            # 'the southern Helmand province', "Helmand's public health department"
            ("Helmand", HM),
            ("Lashkar Gah", HM),
            ("Sar-e-Pul", SP),
            ("Jawzjan", JZ),
            ("Shibirghan", JZ),
        ],
        "events": [
            # Afghan air force strikes in Lashkar Gah on Thursday night (23 Taliban killed, 10 injured) and the clashes
            # in the city the same report gives (three civilians killed, 40 wounded): one city, one night, one event;
            # killed 23 (the largest single figure) up to 26, injured 40 up to 50
            {
                "place": "Lashkar Gah",
                "accept": ["Lashkar Gah"],
                "date": ["2021-08-05", "2021-08-05"],
                "precision": "day",
                "killed": [23, 26],
                "injured": [40, 50],
                "actor": "Afghan air force",
                "kind": "main",
            },
            # the Taliban 'has taken control of much of the province capital of Sar-e-Pul', no toll and no day: a
            # seizure without a toll is `neutral` (heldout13), the week window
            {
                "place": "Sar-e-Pul",
                "accept": ["Sar-e-Pul"],
                "date": ["2021-07-30", "2021-08-06"],
                "precision": "week",
                "killed": None,
                "injured": None,
                "actor": "Taliban",
                "kind": "neutral",
            },
            # Jawzjan attacked 'for three months', most districts surrendered without a struggle, eight of ten lost:
            # districts taken without a toll are one `neutral` event with the period window (heldout49)
            {
                "place": "Jawzjan",
                "accept": ["Jawzjan"],
                "date": ["2021-05-06", "2021-08-06"],
                "precision": "period",
                "killed": None,
                "injured": None,
                "actor": "Taliban",
                "kind": "neutral",
            },
        ],
    },
    {
        "file": "h55_05_thehindu_herat.txt",
        "url": "https://www.thehindu.com/news/international/several-people-killed-and-manu-injured-at-an-explosion-at-"
        "afghan-mosque-in-herat/article65840295.ece",
        "published": "2022-09-02",
        "published_note": "the page's date line 'AP September 02, 2022 15:28 IST' (a Friday, kept as stored); "
        '"Friday\'s blast" is 2 September',
        "orgs": [],
        "mentions": [
            # 'the northern Afghan city of Herat' (the text's 'northern', as written)
            ("Herat", HR),
            # "Afghanistan's Taliban government"
            ("Afghanistan", "AF"),
        ],
        "events": [
            # an explosion in a mosque in Herat city on Friday: 'people have been killed and injured' with no figure:
            # killed and injured null (a draft must give none)
            {
                "place": "Herat",
                "accept": ["Herat"],
                "date": ["2022-09-02", "2022-09-02"],
                "precision": "day",
                "killed": None,
                "injured": None,
                "actor": "",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h55_06_geo_peshawar.txt",
        "url": "https://www.geo.tv/latest/362529-one-policeman-killed-another-injured-in-hand-grenade-attack-in-peshawar",
        "published": "2021-07-30",
        "published_note": "the page's date line 'Friday Jul 30, 2021' (kept as stored); the text does not say when the "
        "grenade was thrown: the week window (heldout12). The section tag ('pakistan'), the repeated date and byline "
        "lines, the file photo's caption (twice) and 'Details to follow....' are page furniture and left out",
        # a hospital named after its area (heldout12's 'Civil Hospital X', heldout35)
        "orgs": ["Hayatabad Medical Complex"],
        "mentions": [
            # headline, 'a police van in Peshawar'
            ("Peshawar", KP),
            ("Karkhono Market", KP),
        ],
        "events": [
            # a hand grenade thrown at a police van stationed in the Karkhono Market: one policeman killed, another
            # injured
            {
                "place": "Karkhono Market",
                "accept": ["Karkhono Market", "Karkhono", "Peshawar"],
                "date": ["2021-07-23", "2021-07-30"],
                "precision": "week",
                "killed": [1, 1],
                "injured": [1, 1],
                "actor": "",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h55_07_defencepk_spinwam.txt",
        "url": "https://defence.pk/pdf/threads/soldier-martyred-in-north-waziristan-ibo.714545/",
        "published": "2020-11-22",
        "published_note": "the forum post's date (22 November 2020, a Sunday); 'on Saturday' is 21 November, 'Earlier "
        "this month' November 2020 before the post, 'Last month' October 2020, 'In April' April 2020. A forum member's "
        "comment after the reposted story and the thread furniture are left out",
        "orgs": ["Tehreek-e-Taliban Pakistan", "Pakistan Army"],
        "mentions": [
            # headline, 'Spinwam area', 'in Spinwam'
            ("Spinwam", KP),
            # "Khyber-Pakhtunkhwa's North Waziristan", "Khyber-Pakhtunkhwa's South Waziristan"
            ("Khyber-Pakhtunkhwa", KP),
            ("North Waziristan", KP),
            # the martyred soldier's home town (not the scene)
            ("Attock", PB),
            ("Kaniguram", KP),
            ("South Waziristan", KP),
            # 'a 26-year-old Karachi resident' (a home town)
            ("Karachi", SD),
            ("Dosalli", KP),
            ("Ladha", KP),
        ],
        "events": [
            # the IBO in North Waziristan's Spinwam area on Saturday: two terrorists and a soldier killed
            {
                "place": "Spinwam",
                "accept": ["Spinwam", "North Waziristan"],
                "date": ["2020-11-21", "2020-11-21"],
                "precision": "day",
                "killed": [3, 3],
                "injured": None,
                "actor": "Pakistani security forces",
                "kind": "main",
            },
            # cited: 'Earlier this month', an IED near a military checkpost in the Kaniguram area of South Waziristan:
            # one soldier killed; this month up to the post
            {
                "place": "Kaniguram",
                "accept": ["Kaniguram", "South Waziristan"],
                "date": ["2020-11-01", "2020-11-22"],
                "precision": "month",
                "killed": [1, 1],
                "injured": None,
                "actor": "",
                "kind": "background",
            },
            # cited: 'Last month', an officer and two soldiers killed in an exchange of fire in the Dosalli area
            {
                "place": "Dosalli",
                "accept": ["Dosalli", "North Waziristan"],
                "date": ["2020-10-01", "2020-10-31"],
                "precision": "month",
                "killed": [3, 3],
                "injured": None,
                "actor": "",
                "kind": "background",
            },
            # cited: 'In April', a terrorist killed during an IBO in the Ladha area of South Waziristan
            {
                "place": "Ladha",
                "accept": ["Ladha", "South Waziristan"],
                "date": ["2020-04-01", "2020-04-30"],
                "precision": "month",
                "killed": [1, 1],
                "injured": None,
                "actor": "Pakistani security forces",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h55_08_devdiscourse_hayatabad.txt",
        "url": "https://www.devdiscourse.com/article/international/2142599-grenade-blast-in-pakistans-peshawar-no-casualties-reported",
        "published": "2022-08-13",
        "published_note": "the page's line 'Updated: 13-08-2022 07:11 IST' (a Saturday, early morning); 'on Friday' is "
        "12 August, 'On August 3' 3 August 2022. The desk/update line ('ANI | Khyber Pakhtunkhwa | ...'), the image "
        "credit and the 'Country: Pakistan' tag lines are page furniture and left out (heldout52); the summary "
        "paragraph repeats the lead and is kept. The stored page ended mid-sentence ('the first six months o'): the "
        "text stops at the last whole sentence",
        # a police headquarters named after its area, an organisation like heldout45's police station
        "orgs": ["Garden Police Headquarters"],
        "mentions": [
            # "Pakistan's Peshawar" (headline), "Pakistan's Hayatabad Phase II" (summary and lead)
            ("Pakistan", "PK"),
            # headline, summary, lead, "Peshawar's Hayatabad Phase II"
            ("Peshawar", KP),
            ("Hayatabad Phase II", KP),
            ("Khyber Pakhtunkhwa", KP),
            ("KP", KP),
            ("Karachi", SD),
        ],
        "events": [
            # a grenade thrown at a residence in Hayatabad Phase II on Friday: partial damage, no one hurt; an attack
            # without casualties is `neutral` (heldout2)
            {
                "place": "Hayatabad Phase II",
                "accept": ["Hayatabad Phase II", "Hayatabad", "Peshawar"],
                "date": ["2022-08-12", "2022-08-12"],
                "precision": "day",
                "killed": None,
                "injured": None,
                "actor": "",
                "kind": "neutral",
            },
            # cited: on 3 August a grenade went off at the Garden Police Headquarters in Karachi while stored bombs were
            # being defused ('The bomb exploded during diffusion'): two policemen killed, two injured. An accident
            # while defusing, not an attack: `neutral`
            {
                "place": "Karachi",
                "accept": ["Karachi"],
                "date": ["2022-08-03", "2022-08-03"],
                "precision": "day",
                "killed": [2, 2],
                "injured": [2, 2],
                "actor": "",
                "kind": "neutral",
            },
        ],
    },
]
