"""Forty-fourth held-out set ("heldout44", see docs/annotation.md): the THIRTY-SECOND BLIND set. Real AF/PK conflict
reports published in the years 2006 to 2010: in Afghanistan an attack on a coalition base in Helmand's Sangin with
the previous day's roadside bombings and a Kandahar checkpoint attack cited (2006), a suicide car bomb near Kabul's
Camp Phoenix with an ambush in Sangin and a battle in Uruzgan (2006), an ambush in Nuristan with the year's US toll
(2007), a suicide attack on the governor's compound in Nimroz's Zaranj with a foiled bus attack in Kabul (2007), an
ambush on security guards in Farah (2007); in Pakistan two drone strikes near Mir Ali and at Bichi in North
Waziristan (2010), an attack on a checkpoint in Khyber (2010), a drone strike east of Miran Shah with the year's
Waziristan total and a cited strike (2010), drone strikes at Latakka in Datta Khel with two running totals (2010), a
bomb on a Frontier Corps patrol at Qambar Khel in Khyber (2010). Outlets: NBC News (AP), The Daily Star (AFP), BBC via
Acik Radyo, The New York Times via a repost, WN (AFP), The Sydney Morning Herald, AP via Gaea Times, UPI, Rediff,
a news blog. Collected and annotated by reading each text against docs/annotation.md WITHOUT running geoinc's
extractor on them (no extract_places / extract_incidents / eval_text.py / bench_text.py on these texts before the
spec was committed, and the extraction rules in geoinc/text*.py were not read), while the extraction rules were being
changed elsewhere. It is not to be tuned to: run the final code on it once and report that number as the blind
score. Same format as text_dev_spec.py. Texts in devtexts/heldout44/."""

KP = "PK/Khyber Pakhtunkhwa"
IB = "PK/Islamabad"
HL = "AF/Helmand"
KD = "AF/Kandahar"
KB = "AF/Kabul"

ARTICLES = [
    {
        "file": "h44_01_nbcnews_sangin.txt",
        "url": "http://www.nbcnews.com/id/12059469/ns/world_news-south_and_central_asia/",
        "published": "2006-03-29",
        "published_note": "the page's line 'updated 3/29/2006 7:14:33 AM ET' (a Wednesday); the base attack is 'on "
        "Wednesday', the roadside bombings and the Kandahar checkpoint attack 'Tuesday' (28 March). The photo "
        "credit line above the caption is left out; the stored page ended in a second photo caption cut "
        "mid-sentence, so the text stops at the last whole sentence of the article",
        "orgs": [],
        "mentions": [
            # 'U.S. soldiers', 'the U.S.-led coalition', 'a U.S. military statement' (twice), ...
            ("U.S.", "neutral"),
            # the caption's 'southern Afghanistan town', 'in southern Afghanistan on Wednesday'
            ("Afghanistan", "AF"),
            ("Qalat", "AF/Zabul"),
            # "Helmand province's Sangin district", 'Helmand is a hotbed'
            ("Helmand", HL),
            ("Sangin", HL),
            # 'southern Kandahar city', 'a police checkpoint in Kandahar city', 'a base in Kandahar'
            ("Kandahar", KD),
        ],
        "events": [
            # insurgent attack on a coalition base in Sangin district on Wednesday and the fighting that followed:
            # 32 militants (12 + 20) and two troops killed (32 up to 34); three Canadian and one American wounded
            {
                "place": "Sangin",
                "accept": ["Sangin"],
                "date": ["2006-03-29", "2006-03-29"],
                "precision": "day",
                "killed": [32, 34],
                "injured": [3, 4],
                "actor": "Taliban",
                "kind": "main",
            },
            # 'separate roadside bombings in the region Tuesday' killing six Afghan soldiers and four private
            # security workers: cited earlier incidents, no place finer than southern Afghanistan (heldout7's
            # country placement); two bombings in one unnamed region on one day are one event (heldout7)
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan"],
                "date": ["2006-03-28", "2006-03-28"],
                "precision": "day",
                "killed": [6, 10],
                "injured": None,
                "actor": "Taliban (alleged)",
                "kind": "background",
            },
            # attack on a police checkpoint in Kandahar city late Tuesday: two officers killed, four wounded
            {
                "place": "Kandahar",
                "accept": ["Kandahar"],
                "date": ["2006-03-28", "2006-03-28"],
                "precision": "day",
                "killed": [2, 2],
                "injured": [4, 4],
                "actor": "Taliban (alleged)",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h44_02_dailystar_kabul_sangin.txt",
        "url": "https://online91.thedailystar.net/2006/05/22/d605221306128.html",
        "published": "2006-05-22",
        "published_note": "the URL's date (a Monday; the coalition 'said Sunday'); the Kabul bombing is 'yesterday' "
        "(21 May), the Helmand ambush 'early Saturday' (20 May), the Uruzgan battle 'on Friday' (19 May). The "
        "page's 'Comments' line is left out",
        "orgs": [],
        "mentions": [
            # 'near a coalition military base in Kabul'
            ("Kabul", KB),
            # a coalition base (a landmark, like a naval base in heldout17)
            ("Camp Phoenix", KB),
            ("Helmand", HL),
            ("Sangin", HL),
            # 'a battle in southern Afghanistan last week'
            ("Afghanistan", "AF"),
            # 'a US soldier', 'the US-led coalition'
            ("US", "neutral"),
            ("Uruzgan", "AF/Uruzgan"),
        ],
        "events": [
            # suicide car bomb near Camp Phoenix in Kabul yesterday: 'at least two civilians' killed; the spokesman
            # names the bomber, a truck driver and a passer-by (2 up to 3); two wounded
            {
                "place": "Kabul",
                "accept": ["Kabul", "Camp Phoenix"],
                "date": ["2006-05-21", "2006-05-21"],
                "precision": "day",
                "killed": [2, 3],
                "injured": [2, 2],
                "actor": "",
                "kind": "main",
            },
            # Taliban ambush in Helmand early Saturday: four soldiers killed, 24 wounded, and nine of the missing
            # found killed in the fighting in Sangin district (the headline's 9; 9 up to 13): one engagement, one
            # event at the district
            {
                "place": "Sangin",
                "accept": ["Sangin"],
                "date": ["2006-05-20", "2006-05-20"],
                "precision": "day",
                "killed": [9, 13],
                "injured": [24, 24],
                "actor": "Taliban",
                "kind": "main",
            },
            # battle in Uruzgan province on Friday: 20 'enemy fighters' and a US soldier killed (20 up to 21),
            # seven others wounded
            {
                "place": "Uruzgan",
                "accept": ["Uruzgan"],
                "date": ["2006-05-19", "2006-05-19"],
                "precision": "day",
                "killed": [20, 21],
                "injured": [7, 7],
                "actor": "Afghan and coalition forces",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h44_03_bbc_nuristan.txt",
        "url": "https://apacikradyo.com.tr/node/110743",
        "published": "2007-11-10",
        "published_note": "the page's date line '10 November 2007' (a Saturday); the attack 'took place on Friday' "
        "(9 November). The site's section and font-size buttons, the photo caption 'US soldier within Isaf - "
        "archive image', the 'Map' label and the closing BBC link are left out. The stored page gives the toll only "
        "in the headline (heldout10: the event's)",
        "orgs": [],
        "mentions": [
            # 'US troops', 'US forces', 'the US since', 'Eight US troops', 'A US military spokesman', 'US
            # fatalities', 'US direction'
            ("US", "neutral"),
            # "Nato's International Security Assistance Force"
            ("Nato", "neutral"),
            # 'in Nuristan province', 'in remote Nuristan province'
            ("Nuristan", "AF/Nuristan"),
            # 'this year in Afghanistan', 'foreign soldiers in Afghanistan'
            ("Afghanistan", "AF"),
            ("Pakistan", "PK"),
        ],
        "events": [
            # ambush of an Afghan-US patrol in Nuristan province on Friday: nine troops dead (headline); eight US
            # and 11 Afghans wounded (11 up to 19)
            {
                "place": "Nuristan",
                "accept": ["Nuristan"],
                "date": ["2007-11-09", "2007-11-09"],
                "precision": "day",
                "killed": [9, 9],
                "injured": [11, 19],
                "actor": "Taleban (claimed)",
                "kind": "main",
            },
            # 'US fatalities this year in Afghanistan' now 101: a yearly national total (heldout12)
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan"],
                "date": ["2007-01-01", "2007-11-10"],
                "precision": "year",
                "killed": [101, 101],
                "injured": None,
                "actor": "",
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h44_04_nyt_zaranj.txt",
        "url": "http://goodtimesweb.org/overseas-war/2020/nyt-suicide-attack-afghanistan-nov-20-2007.html",
        "published": "2007-11-20",
        "published_note": "the repost's date line 'November 20, 2007' (the New York Times article; the dateline 'Nov. "
        "19' is the Monday of the attack). The stored page ended mid-sentence, so the text stops at the last whole "
        "sentence",
        "orgs": ["Kabul Police"],
        "mentions": [
            # headline, 'KABUL, Afghanistan', 'southwestern Afghanistan'
            ("Afghanistan", "AF"),
            ("KABUL", KB),
            ("Zaranj", "AF/Nimroz"),
            ("Nimruz", "AF/Nimroz"),
            ("Iran", "out"),
            # 'In Kabul, security forces', 'attacks in Kabul' ('the Kabul Police' an organisation)
            ("Kabul", KB),
            # 'he was from Pakistan'
            ("Pakistan", "PK"),
        ],
        "events": [
            # suicide bombing at the entrance of the governor's compound in Zaranj on Monday: the governor's son,
            # five bodyguards and a bystander killed (7; the bomber of a confirmed suicide bombing makes 8,
            # heldout42), 14 wounded
            {
                "place": "Zaranj",
                "accept": ["Zaranj"],
                "date": ["2007-11-19", "2007-11-19"],
                "precision": "day",
                "killed": [7, 8],
                "injured": [14, 14],
                "actor": "",
                "kind": "main",
            },
            # a suicide attack on a military bus in Kabul thwarted the same day, no one hurt: neutral (heldout13)
            {
                "place": "Kabul",
                "accept": ["Kabul"],
                "date": ["2007-11-19", "2007-11-19"],
                "precision": "day",
                "killed": None,
                "injured": None,
                "actor": "",
                "kind": "neutral",
            },
        ],
    },
    {
        "file": "h44_05_wn_farah.txt",
        "url": "http://article.wn.com/view/2007/12/18/Taliban_kills_15_guards_in_ambush",
        "published": "2007-12-18",
        "published_note": "the URL's date (a Tuesday); the ambush was 'last night' (17 or 18 December, the two-day "
        "window). The page's question box and 'Related Topics' lines are left out; the photo caption is kept",
        "orgs": [],
        "mentions": [
            ("HERAT", "AF/Herat"),
            # 'HERAT, Afghanistan', 'western Afghanistan', the caption's 'Kabul, Afghanistan'
            ("Afghanistan", "AF"),
            # 'a private US firm'
            ("US", "neutral"),
            ("Farah", "AF/Farah"),
            # the caption (three times)
            ("Musa Qala", HL),
            ("Helmand", HL),
            ("Kabul", KB),
            ("NATO", "neutral"),
        ],
        "events": [
            # Taliban ambush on guards of a private US firm in Farah province last night: 15 killed, nine wounded
            {
                "place": "Farah",
                "accept": ["Farah"],
                "date": ["2007-12-17", "2007-12-18"],
                "precision": "day",
                "killed": [15, 15],
                "injured": [9, 9],
                "actor": "Taliban",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h44_06_smh_mirali.txt",
        "url": "http://www.smh.com.au/world/drones-kill-11-20100116-mdg5.html",
        "published": "2010-01-16",
        "published_note": "the URL's date (a Saturday); the first attack was 'on Friday' (15 January), the second is "
        "not dated (week window, heldout14). The page's notice lines, 'Advertisement', 'This was published 14 years "
        "ago' and 'Most Viewed in World' are left out, and the repeated headline is kept once",
        "orgs": [],
        "mentions": [
            # 'Two US drone', 'a US spy plane', 'US President'
            ("US", "neutral"),
            # "Pakistan's tribal belt", 'puts Pakistan at the heart'
            ("Pakistan", "PK"),
            ("Mir Ali", KP),
            ("North Waziristan", KP),
            ("Bichi", KP),
            ("South Waziristan", KP),
        ],
        "events": [
            # first drone attack on Friday near Mir Ali: no figure of its own (the total minus the second attack is
            # not stated), killed null
            {
                "place": "Mir Ali",
                "accept": ["Mir Ali", "North Waziristan"],
                "date": ["2010-01-15", "2010-01-15"],
                "precision": "day",
                "killed": None,
                "injured": None,
                "actor": "US (drone)",
                "kind": "main",
            },
            # second drone attack at Bichi village 'in the same region': at least six killed, not dated
            {
                "place": "Bichi",
                "accept": ["Bichi", "North Waziristan"],
                "date": ["2010-01-09", "2010-01-16"],
                "precision": "week",
                "killed": [6, 6],
                "injured": None,
                "actor": "US (drone)",
                "kind": "main",
            },
            # 'Two US drone aircraft attacks have killed at least 11 militants': the total over the two strikes
            # (heldout14)
            {
                "place": "North Waziristan",
                "accept": ["North Waziristan", "Mir Ali", "Bichi"],
                "date": ["2010-01-09", "2010-01-16"],
                "precision": "week",
                "killed": [11, 11],
                "injured": None,
                "actor": "US (drone)",
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h44_07_ap_khyber.txt",
        "url": "https://breakingnews.gaeatimes.com/2010/03/31/pakistan-army-says-6-soldiers-25-militants-killed-in-"
        "fighting-in-northwest-of-the-country-18948",
        "published": "2010-03-31",
        "published_note": "the page's date line 'Wednesday, March 31, 2010'; the fighting was 'Wednesday'. The "
        "comment form is left out",
        "orgs": ["Pakistan army"],
        "mentions": [
            # 'kill 6 Pakistan soldiers' ('Pakistan army' twice an organisation, heldout16)
            ("Pakistan", "PK"),
            ("ISLAMABAD", IB),
            ("Khyber", KP),
            ("Peshawar", KP),
        ],
        "events": [
            # insurgent attack on a checkpoint in the Khyber district on Wednesday: 6 soldiers and 25 militants
            # killed (25 up to 31)
            {
                "place": "Khyber",
                "accept": ["Khyber"],
                "date": ["2010-03-31", "2010-03-31"],
                "precision": "day",
                "killed": [25, 31],
                "injured": None,
                "actor": "Taliban",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h44_08_upi_northwaziristan.txt",
        "url": "http://www.upi.com/Top_News/US/2010/06/19/US-drone-strike-kills-11-in-Pakistan/UPI-96711276952695/",
        "published": "2010-06-19",
        "published_note": "the dateline 'June 19' and the URL's year (a Saturday); the strike is not dated (week "
        "window). The stock photo and its caption (an Iraqi air base), 'Advertisement' and 'Latest Headlines' are "
        "left out",
        "orgs": ["BBC"],
        "mentions": [
            # headline, 'A suspected U.S. drone attack', 'U.S.-led NATO troops'
            ("U.S.", "neutral"),
            # headline, 'ISLAMABAD, Pakistan', 'a tribal Pakistan region'
            ("Pakistan", "PK"),
            ("ISLAMABAD", IB),
            # 'border with Afghanistan', 'plan Afghanistan attacks'
            ("Afghanistan", "AF"),
            ("North Waziristan", KP),
            ("Miran Shah", KP),
            ("NATO", "neutral"),
            # 'North and South Waziristan'
            ("South Waziristan", KP),
        ],
        "events": [
            # drone strike on a house in a village in North Waziristan about 15 miles east of Miran Shah: at least 11
            # killed; a village at a distance from a town does not take the town (heldout14)
            {
                "place": "North Waziristan",
                "accept": ["North Waziristan"],
                "date": ["2010-06-12", "2010-06-19"],
                "precision": "week",
                "killed": [11, 11],
                "injured": None,
                "actor": "US (drone, suspected)",
                "kind": "main",
            },
            # 'Since the beginning of 2010, about 70 drone strikes have killed more than 200 people in North and
            # South Waziristan': a running total (201 up to 999), either agency accepted
            {
                "place": "North Waziristan",
                "accept": ["North Waziristan", "South Waziristan"],
                "date": ["2010-01-01", "2010-06-19"],
                "precision": "period",
                "killed": [201, 999],
                "injured": None,
                "actor": "US (drone)",
                "kind": "aggregate",
            },
            # 'Last month' al-Qaida's third in command believed killed in a missile strike in North Waziristan
            {
                "place": "North Waziristan",
                "accept": ["North Waziristan"],
                "date": ["2010-05-01", "2010-05-31"],
                "precision": "month",
                "killed": [1, 1],
                "injured": None,
                "actor": "US (drone)",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h44_09_rediff_dattakhel.txt",
        "url": "https://m.rediff.com/amp/news/report/11-militants-killed-in-us-drone-attacks-in-pakistan/20101014.htm",
        "published": "2010-10-14",
        "published_note": "the URL's date (a Thursday); the strikes were 'on Wednesday evening' (13 October). The "
        "stored page has no headline (not rebuilt from the URL slug, heldout16); its five related-story link lines "
        "are left out",
        "orgs": ["Islamic Army of Great Britain"],
        "mentions": [
            # "Pakistan's northwest tribal region", "Pakistan's tribal areas"
            ("Pakistan", "PK"),
            ("North Waziristan", KP),
            ("Latakka", KP),
            ("Datta Khel", KP),
            ("Miranshah", KP),
            # 'the United States has significantly increased drone strikes' (as in the guideline's example)
            ("United States", "out"),
            ("United Kingdom", "out"),
            ("Mumbai", "out"),
            ("London", "out"),
            ("Paris", "out"),
            # 'US drone missile strikes'
            ("US", "neutral"),
        ],
        "events": [
            # four drone strikes within minutes on a house and two vehicles near it in the Latakka area of Datta
            # Khel on Wednesday evening: 4 + 2 + 5 = 11 killed (one place, one time: one event)
            {
                "place": "Latakka",
                "accept": ["Latakka", "Datta Khel", "North Waziristan"],
                "date": ["2010-10-13", "2010-10-13"],
                "precision": "day",
                "killed": [11, 11],
                "injured": None,
                "actor": "US (drone)",
                "kind": "main",
            },
            # 'Over 140 people have been killed in more than two dozen missile since early September in the
            # region' (141 up to 999)
            {
                "place": "Pakistan",
                "accept": ["Pakistan", "North Waziristan"],
                "date": ["2010-09-01", "2010-10-14"],
                "precision": "period",
                "killed": [141, 999],
                "injured": None,
                "actor": "US (drone)",
                "kind": "aggregate",
            },
            # 'More than 1,100 people have been killed in over 140 US drone missile strikes in the area since
            # August 2008' (1,101 up to 9,999)
            {
                "place": "Pakistan",
                "accept": ["Pakistan", "North Waziristan"],
                "date": ["2008-08-01", "2010-10-14"],
                "precision": "period",
                "killed": [1101, 9999],
                "injured": None,
                "actor": "US (drone)",
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h44_10_blog_khyber.txt",
        "url": "http://worldterrorismnews.blogspot.com/2010/10/bomb-kills-three-soldiers-in-khyber.html",
        "published": "2010-10-20",
        "published_note": "the post's date line 'Wednesday, October 20, 2010'; the blast was 'on Wednesday'. The "
        "blog's own address line inside the post and the comment lines are left out",
        "orgs": [],
        "mentions": [
            # headline 'in the Khyber', 'the Khyber region', 'Khyber is home'
            ("Khyber", KP),
            ("Qambar Khel", KP),
            ("Nato", "neutral"),
            ("US", "neutral"),
            ("Afghanistan", "AF"),
        ],
        "events": [
            # bomb on a Frontier Corps patrol vehicle in Qambar Khel town on Wednesday: three killed, three wounded
            {
                "place": "Qambar Khel",
                "accept": ["Qambar Khel", "Khyber"],
                "date": ["2010-10-20", "2010-10-20"],
                "precision": "day",
                "killed": [3, 3],
                "injured": [3, 3],
                "actor": "militants",
                "kind": "main",
            },
        ],
    },
]
