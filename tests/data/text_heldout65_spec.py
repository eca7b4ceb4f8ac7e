"""Sixty-fifth held-out set ("heldout65", see docs/annotation.md): the FIFTY-THIRD BLIND set. Real AF/PK conflict
reports published in the years 2006 to 2009: in Afghanistan a NATO air strike on a house near Lashkar Gah in Helmand
with the Kunar killings of the same week cited (2009), a Taliban ambush on a militia unit in Helmand with fighting in
Uruzgan and a roadside bomb in Kabul (2006), a Taliban assault on police in Zabul and an attack on a police base in
Uruzgan's Chora with a sweep in Ghazni (2006), a Taliban raid on the Bakwa district centre and an attack on a police
convoy in Farah (2006); in Pakistan rockets fired at the Landinoor camp in South Waziristan's
Shakai and at camps in North Waziristan, with a landmine blast in Shakai (2006), a roadside bomb on a convoy near
Miranshah with the Mir Ali checkpost bombing and the July 14-15 attacks cited (2007), a rocket attack on Matta police
station in Swat with a school torched in Odigram, mortar fire at Takht Band and a bomb near Kanju Township (2009), a
suicide bombing at the cattle market in Adezai near Peshawar (2009). Outlets: Antiwar.com, Reuters (twice, via blogs),
AFP (via a blog), Xinhua (China.org.cn), The Nation (via a blog), Dawn (via a blog), a Google News item (via
dialogue-yemen.org).
Collected and annotated by reading each text against docs/annotation.md WITHOUT running geoinc's extractor on them
(no extract_places / extract_incidents / eval_text.py / bench_text.py on these texts before the spec was committed,
and the extraction rules in geoinc/text*.py were not read), while the extraction rules were being changed
elsewhere. It is not to be tuned to: run the final code on it once and report that number as the blind score. Same
format as text_dev_spec.py. Texts in devtexts/heldout65/."""

KP = "PK/Khyber Pakhtunkhwa"
HE = "AF/Helmand"
UR = "AF/Uruzgan"
KB = "AF/Kabul"

ARTICLES = [
    {
        "file": "h65_01_antiwar_helmand.txt",
        "url": "http://news.antiwar.com/2009/12/31/nato-kills-at-least-eight-afghan-civilians-in-helmand-air-strike/",
        "published": "2009-12-31",
        "published_note": "the URL's date (31 December 2009, a Thursday); 'overnight' is the night before or that "
        "day. The author's by-line and biography ('Author: Jason Ditz ...') are page furniture and left out",
        "orgs": [],
        "mentions": [
            # the headline's 'NATO Kills' (an actor)
            ("NATO", "neutral"),
            # 'Near Helmand Capital', 'Helmand Province', 'the Helmand capital', 'the Helmand killings', 'fighting in
            # Helmand'
            ("Helmand", HE),
            ("Afghanistan", "AF"),
            ("Lashkar Gah", HE),
            # 'the even more high profile Kunar massacre'
            ("Kunar", "AF/Kunar"),
            ("US", "neutral"),
        ],
        "events": [
            # the overnight air strike on a house near Lashkar Gah after foreign forces came under ambush: at least
            # eight civilians killed, three of them children. The ambush has no toll of its own: part of the one
            # event. A place 'near' a town is placed at the town (the only name the text gives); the province is
            # not accepted since the town is finer
            {
                "place": "Lashkar Gah",
                "accept": ["Lashkar Gah"],
                "date": ["2009-12-30", "2009-12-31"],
                "precision": "day",
                "killed": [8, 8],
                "injured": None,
                "actor": "NATO",
                "kind": "main",
            },
            # 'the Kunar massacre ..., in which forces ... killed 10 Afghan civilians, eight of them children', the
            # first 'high profile incident this week': cited, `background`, the week window
            {
                "place": "Kunar",
                "accept": ["Kunar"],
                "date": ["2009-12-24", "2009-12-31"],
                "precision": "week",
                "killed": [10, 10],
                "injured": None,
                "actor": "US (NATO: non-military Americans)",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h65_02_reuters_helmand.txt",
        "url": "http://intelligence-summit.blogspot.com/2006/02/taliban-ambush-afghan-militia-unit-two.html",
        "published": "2006-02-13",
        "published_note": "the blog post's date line 'Monday, February 13, 2006' (kept) and the Reuters dateline "
        "'Feb 13'; 'late on Sunday' is 12 February. The blog's menu ('HOME About Blog ...', 'NEWS & COMMENTARY "
        "2008 SPEAKERS ...') is page furniture and left out. The stored page ended mid-sentence ('About 200 Taliban "
        "launched ... in the'): the text stops at the last whole sentence",
        "orgs": ["Afghan Islamic Press"],
        "mentions": [
            ("KANDAHAR", "AF/Kandahar"),
            # the dateline's country, 'southern Afghanistan', 'its Afghanistan peacekeeping force', 'strength in
            # Afghanistan'
            ("Afghanistan", "AF"),
            # 'U.S. forces', 'U.S. troops', 'A U.S. military spokesman'; the fourth is written 'U.S and Afghan'
            ("U.S.", "neutral"),
            ("Helmand", HE),
            ("NATO", "neutral"),
            ("Uruzgan", UR),
            # 'the Pakistan-based Afghan Islamic Press' (heldout58's 'India-backed'), 'the border with Pakistan',
            # 'Taliban operating from Pakistan'
            ("Pakistan", "PK"),
            ("Kabul", KB),
            # 'the United States aims to cut back its strength' (an actor outside the region)
            ("United States", "out"),
            # 'when he visits Islamabad this week' (a visit, not a scene)
            ("Islamabad", "PK/Islamabad"),
            ("U.S", "neutral", (1, 2, 3)),
        ],
        "events": [
            # the ambush on a militia unit working with U.S. forces 'late on Sunday' in Helmand: the militia
            # commander says two men killed; the Taliban commander says five militiamen killed and one Taliban
            # fighter: differing sources, [2, 6]. The province is the only place given
            {
                "place": "Helmand",
                "accept": ["Helmand"],
                "date": ["2006-02-12", "2006-02-12"],
                "precision": "day",
                "killed": [2, 6],
                "injured": None,
                "actor": "Taliban",
                "kind": "main",
            },
            # 'Violence also erupted in neighbouring Uruzgan province': six Taliban killed in the fighting (the
            # Taliban's claim of 'some U.S. troops' killed gives no figure). No day of its own: the week window
            {
                "place": "Uruzgan",
                "accept": ["Uruzgan"],
                "date": ["2006-02-06", "2006-02-13"],
                "precision": "week",
                "killed": [6, 6],
                "injured": None,
                "actor": "U.S. forces",
                "kind": "main",
            },
            # 'A roadside bomb in Kabul wounded an Afghan soldier': wounded only, killed null (heldout17); no day of
            # its own: the week window
            {
                "place": "Kabul",
                "accept": ["Kabul"],
                "date": ["2006-02-06", "2006-02-13"],
                "precision": "week",
                "killed": None,
                "injured": [1, 1],
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h65_03_reuters_zabul.txt",
        "url": "http://thisfuckingwar.blogspot.com/2006/05/taliban-kill-kidnap-dozens-of-afghan.html",
        "published": "2006-05-31",
        "published_note": "the blog post's date line 'Wednesday, May 31, 2006' (kept; a Reuters report quoted on a "
        "blog, 'officials said on Wednesday'); 'on Tuesday night' is 30 May. The stored page ended mid-sentence "
        "('at least seven Afghans w'): the text stops at the last whole sentence. The sentence without its full "
        "stop ('... would decide their fate') is kept as stored",
        "orgs": [],
        "mentions": [
            ("KABUL", KB),
            ("Afghanistan", "AF"),
            # 'U.S.-led forces'
            ("U.S.", "neutral"),
            ("Zabul", "AF/Zabul"),
            ("Chora", UR),
            ("Uruzgan", UR),
            # 'an official in Kabul said' (a speaker's place)
            ("Kabul", KB),
            ("Ghazni", "AF/Ghazni"),
        ],
        "events": [
            # the Taliban assault in Zabul on Tuesday night: highway police attacked on a road, the reinforcement's
            # car hit by a rocket (senior police official Mohammad Rasoul killed, four wounded); 'more than 10
            # policemen were killed in the Taliban assault' (an official): the one killed is part of that total,
            # so [11, 99] ('over 20' is 21 up to 99, heldout18). The province is the only place given
            {
                "place": "Zabul",
                "accept": ["Zabul"],
                "date": ["2006-05-30", "2006-05-30"],
                "precision": "day",
                "killed": [11, 99],
                "injured": [4, 4],
                "actor": "Taliban",
                "kind": "main",
            },
            # the attack on a police base in Chora district 'hours' before the Tuesday-night raid in Zabul: up to
            # 40 police abducted, 12 killed (the Taliban commander's claim, the only figure). 'Hours before' a
            # Tuesday-night event: Monday or Tuesday
            {
                "place": "Chora",
                "accept": ["Chora"],
                "date": ["2006-05-29", "2006-05-30"],
                "precision": "day",
                "killed": [12, 12],
                "injured": None,
                "actor": "Taliban (claimed)",
                "kind": "main",
            },
            # coalition and Afghan troops scoured villages in several areas of Ghazni on Wednesday: six captured,
            # 'no reports of fighting': `neutral`
            {
                "place": "Ghazni",
                "accept": ["Ghazni"],
                "date": ["2006-05-31", "2006-05-31"],
                "precision": "day",
                "killed": None,
                "injured": None,
                "actor": "coalition and Afghan troops",
                "kind": "neutral",
            },
        ],
    },
    {
        "file": "h65_04_afp_shakai.txt",
        "url": "http://intelligence-summit.blogspot.com/2006/06/rockets-fired-on-pakistan-security.html",
        "published": "2006-06-01",
        "published_note": "the blog post's date line 'Thursday, June 01, 2006' (kept; an AFP report quoted on a blog); "
        "'late Tuesday' is 30 May, 'early Wednesday' 31 May. The blog's menu and footer ('HOME About Blog ...', "
        "'Web IntelligenceSummit.org ...', the copyright line) are page furniture and left out; the line break "
        "inside the last sentence is kept as stored",
        "orgs": [],
        "mentions": [
            # the headline's 'Pakistan security posts', the dateline's country, 'Pakistan has deployed'
            ("Pakistan", "PK"),
            # the dateline 'WANA, Pakistan'; 'a senior security official in Wana' (a speaker's place)
            ("WANA", KP),
            ("South Waziristan", KP),
            ("Shakai", KP),
            # 'the Landinoor military camp in Shakai' (a base: a landmark)
            ("Landinoor", KP),
            ("Wana", KP),
            ("North Waziristan", KP),
            ("Afghanistan", "AF"),
        ],
        "events": [
            # some 50 rockets and 10 mortars landed near the Landinoor camp in Shakai late Tuesday: no casualties,
            # `neutral` (heldout2: an attack without casualties)
            {
                "place": "Landinoor",
                "accept": ["Landinoor", "Shakai", "South Waziristan"],
                "date": ["2006-05-30", "2006-05-30"],
                "precision": "day",
                "killed": None,
                "injured": None,
                "actor": "pro-Taliban insurgents",
                "kind": "neutral",
            },
            # '20 more rockets were fired at three other camps, including two in North Waziristan' overnight: no
            # casualties, `neutral`; the only place named is North Waziristan
            {
                "place": "North Waziristan",
                "accept": ["North Waziristan"],
                "date": ["2006-05-30", "2006-05-31"],
                "precision": "day",
                "killed": None,
                "injured": None,
                "actor": "pro-Taliban insurgents",
                "kind": "neutral",
            },
            # two soldiers injured when their vehicle hit a landmine in Shakai early Wednesday: wounded only, killed
            # null (heldout17)
            {
                "place": "Shakai",
                "accept": ["Shakai", "South Waziristan"],
                "date": ["2006-05-31", "2006-05-31"],
                "precision": "day",
                "killed": None,
                "injured": [2, 2],
                "actor": None,
                "kind": "main",
            },
            # 'the Pakistani military say they killed nearly 200 pro-Taliban militants in fighting in March this
            # year' in North Waziristan: a month's total, `aggregate`; 'nearly 200' is 199 (heldout55). 'Heavy
            # battles in 2004' in Shakai give no toll: vague history, not an event
            {
                "place": "North Waziristan",
                "accept": ["North Waziristan"],
                "date": ["2006-03-01", "2006-03-31"],
                "precision": "month",
                "killed": [199, 199],
                "injured": None,
                "actor": "Pakistani military",
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h65_05_xinhua_miranshah.txt",
        "url": "http://china.org.cn/international/world/2007-07/18/content_1217586.htm",
        "published": "2007-07-18",
        "published_note": "the closing line '(Xinhua News Agency July 18, 2007)' (kept) and the URL; 'Wednesday' is "
        "that day, 'on Tuesday' 17 July. The stored page has no headline; its hard line breaks are kept as stored",
        "orgs": ["Xinhua News Agency"],
        "mentions": [
            # "Pakistan's tribal region"
            ("Pakistan", "PK"),
            ("Miranshah", KP),
            ("North Waziristan", KP),
            ("Afghanistan", "AF"),
            ("Mir Ali", KP),
            ("North West Frontier Province", KP),
            ("NWFP", KP),
        ],
        "events": [
            # a remote-controlled roadside bomb on a convoy near Miranshah on Wednesday: at least 16 soldiers
            # killed, 14 injured (the spokesman's earlier figure of six injured is superseded, not a source of its
            # own for the killed). A place 'near' the town is placed at the town
            {
                "place": "Miranshah",
                "accept": ["Miranshah", "North Waziristan"],
                "date": ["2007-07-18", "2007-07-18"],
                "precision": "day",
                "killed": [16, 16],
                "injured": [14, 14],
                "actor": None,
                "kind": "main",
            },
            # 'A suicide bombing at a checkpost of security forces in Mir Ali ... on Tuesday killed at least five
            # people including three soldiers': cited, `background` (the event is heldout27's main one; this report
            # only cites it)
            {
                "place": "Mir Ali",
                "accept": ["Mir Ali", "North Waziristan"],
                "date": ["2007-07-17", "2007-07-17"],
                "precision": "day",
                "killed": [5, 5],
                "injured": None,
                "actor": None,
                "kind": "background",
            },
            # 'the deadly attacks on July 14-15 in the northwest frontier, which killed around 70 people and injured
            # over 130 others': a total over several attacks and two days, `aggregate`, placed at the province the
            # text names later (heldout27's 'weekend suicide bombings'); 'around 70' is [70, 70]; 'over 130'
            # injured is 131 up to 999 (the 99 bound of 'over 20' scaled to the figure)
            {
                "place": "North West Frontier Province",
                "accept": ["North West Frontier Province", "NWFP"],
                "date": ["2007-07-14", "2007-07-15"],
                "precision": "period",
                "killed": [70, 70],
                "injured": [131, 999],
                "actor": None,
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h65_06_thenation_matta.txt",
        "url": "http://todayswat.blogspot.com/2009/02/militants-torch-school-in-swat.html",
        "published": "2009-02-12",
        "published_note": "the blog post's date lines 'Thursday, February 12, 2009' and 'Feb 12, 2009' (kept; a report "
        "of The Nation quoted on a blog, 'Source: TheNations.' kept as stored); 'on Thursday' is that day. The "
        "blog's '0 comments:' and 'Post a Comment' are page furniture and left out",
        "orgs": [],
        "mentions": [
            # the headline, the lead's 'Swat:' and 'the restive Swat valley'
            ("Swat", KP),
            ("Odigram", KP),
            ("Mingora", KP),
            ("Takht Band", KP),
            ("Matta", KP),
            # 'near Kanju Township chowk': the township is a place; the chowk (a road junction) is not the name
            ("Kanju Township", KP),
        ],
        "events": [
            # militants torched a school in Odigram on the outskirts of Mingora on Thursday: arson with no one hurt,
            # `neutral`
            {
                "place": "Odigram",
                "accept": ["Odigram", "Mingora"],
                "date": ["2009-02-12", "2009-02-12"],
                "precision": "day",
                "killed": None,
                "injured": None,
                "actor": "militants",
                "kind": "neutral",
            },
            # 'A rocket was also fired at a police station in Matta, killing one security man and injuring another':
            # the lead's 'One security personnel was killed and another wounded as clashes ... continued in the
            # restive Swat valley' is the same toll, summarised: one event at Matta (new convention: a lead toll
            # given for the valley that a later sentence places is not an event of its own). The rocket has no day
            # of its own; 'also' joins it to the Thursday clashes, which 'continued': Wednesday night or Thursday
            {
                "place": "Matta",
                "accept": ["Matta"],
                "date": ["2009-02-11", "2009-02-12"],
                "precision": "day",
                "killed": [1, 1],
                "injured": [1, 1],
                "actor": "militants",
                "kind": "main",
            },
            # mortar shells fired at a security post in an agriculture office in Takht Band: 'no loss of life',
            # `neutral`
            {
                "place": "Takht Band",
                "accept": ["Takht Band"],
                "date": ["2009-02-11", "2009-02-12"],
                "precision": "day",
                "killed": None,
                "injured": None,
                "actor": "militants",
                "kind": "neutral",
            },
            # a remote-controlled bomb on a security forces' convoy near Kanju Township chowk: one security man
            # injured; wounded only, killed null (heldout17)
            {
                "place": "Kanju Township",
                "accept": ["Kanju Township", "Kanju"],
                "date": ["2009-02-11", "2009-02-12"],
                "precision": "day",
                "killed": None,
                "injured": [1, 1],
                "actor": "militants",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h65_07_dawn_adezai.txt",
        "url": "https://alertpak.wordpress.com/2009/11/08/revival-of-pak-terrorist-in-peshawar/",
        "published": "2009-11-08",
        "published_note": "the date line 'Sunday, 08 Nov, 2009' (kept; a Dawn report reposted on a blog under its own "
        "title, kept) and the URL; 'on Sunday' is that day. The stored page ended mid-sentence ('not a single "
        "policeman'): the text stops at the last whole sentence. An image name run into a quotation cut off "
        "mid-sentence ('blast-608‘We thought ... I think he was the') is kept as stored",
        "orgs": ["Lady Reading Hospital"],
        "mentions": [
            # the blog title's 'Pak Terrorist' (an adjective, as 'Pak' in 'Pak-Afghan border', heldout15)
            ("Pak", "neutral"),
            # the blog title, the headline's 'near Peshawar', 'the Peshawar frontier region' (a tribal region)
            ("Peshawar", KP),
            ("PESHAWAR", KP),
            # 'in Adezai area', 'Adezai Nazim Abdul Malik' (an office title naming a place, heldout2), 'held in
            # Adezai every Sunday'
            ("Adezai", KP),
        ],
        "events": [
            # the suicide bombing at the cattle market in Adezai on the outskirts of Peshawar on Sunday: at least 12
            # killed (the bomber widens the maximum), 35 injured. The city is Adezai's container
            {
                "place": "Adezai",
                "accept": ["Adezai", "Peshawar"],
                "date": ["2009-11-08", "2009-11-08"],
                "precision": "day",
                "killed": [12, 13],
                "injured": [35, 35],
                "actor": "suicide bomber",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h65_08_googlenews_bakwa.txt",
        "url": "http://dialogue-yemen.org/ENGLISH/show.php?sec=news&n=3151",
        "published": "2006-09-14",
        "published_note": "the date line 'Thursday, September 14, 2006 14:16 IST' (kept; the page's 'Google News "
        "14/9/2006' and headline printed twice kept as stored, heldout34) and the page's 'Date : 2006-09-14'; 'late "
        "on Wednesday' and 'mid-afternoon on Wednesday' are 13 September. The site's news ticker, menu ('Home » "
        "News »') and the 'Cat : ... Date : ... Reader : 303' line are page furniture and left out. The stored page "
        "ended mid-sentence ('The bat'): the text stops at the last whole sentence",
        "orgs": [],
        "mentions": [
            ("KABUL", KB),
            ("Afghanistan", "AF"),
            # 'the capital Bakwa district'
            ("Bakwa", "AF/Farah"),
            ("Farah", "AF/Farah"),
        ],
        "events": [
            # about 150 Taliban stormed the Bakwa district centre late on Wednesday and held it for an hour: two
            # Taliban killed; four Taliban and two police wounded
            {
                "place": "Bakwa",
                "accept": ["Bakwa"],
                "date": ["2006-09-13", "2006-09-13"],
                "precision": "day",
                "killed": [2, 2],
                "injured": [6, 6],
                "actor": "Taliban",
                "kind": "main",
            },
            # 'A police convoy was attacked in Farah province mid-afternoon on Wednesday and four policemen and four
            # Taliban were killed': [4, 8] (the largest single figure, all deaths); the province is the only place.
            # 'the third major attack in the province in three days' gives no toll and no places: not an event
            {
                "place": "Farah",
                "accept": ["Farah"],
                "date": ["2006-09-13", "2006-09-13"],
                "precision": "day",
                "killed": [4, 8],
                "injured": None,
                "actor": "Taliban",
                "kind": "main",
            },
        ],
    },
]
