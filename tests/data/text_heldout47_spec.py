"""Forty-seventh held-out set ("heldout47", see docs/annotation.md): the THIRTY-FIFTH BLIND set. Real AF/PK conflict
reports published in the years 2006 to 2009: in Afghanistan a suicide car bomb on a NATO convoy in eastern Kabul
(2007), a battle with Taliban in Farah with a convoy ambush in Kunar and a roadside bomb in Faryab (2009), the
assault in Nuristan's Kamdesh after the attack on two outposts there, with the July 2008 battle in Kunar cited
(2009), a raid on a compound in western Afghanistan and a clash in the south (2008), a suicide bombing at a
governor's funeral in Khost with his killing in Gardez and the year's suicide-bombing tolls cited (2006), an attack
on Nuristan's Barg Matal with the Helmand offensive cited (2009); in Pakistan a suspected US missile strike near
Makeen in South Waziristan (2009), a helicopter attack on Bajaur's Baloot with clashes and the ambush of a tribal
lashkar in Darra cited (2008), a suicide car bomb on the Nakai checkpost in Mohmand's Haleem Zae (2008), a bomb near
Peshawar's Khyber Bazaar (2009), a roadside bomb on a police van in Dera Ismail Khan's Kotli Imam (2006), a suicide
bombing of police recruits in Mingora with a blast on a NATO convoy at Chaman (2009). Outlets: eurasia.ro (AP), Fox
News (AP), RFE/RL (Reuters) twice, a news blog (AP), the Orlando Sentinel, VOA, Dawn, The Nation, WN.com (AP), The
Washington Post, a Democratic Underground forum post (MSNBC and BBC). Collected and annotated by reading each text
against docs/annotation.md WITHOUT running geoinc's extractor on them (no extract_places / extract_incidents /
eval_text.py / bench_text.py on these texts before the spec was committed, and the extraction rules in
geoinc/text*.py were not read), while the extraction rules were being changed elsewhere. It is not to be tuned to:
run the final code on it once and report that number as the blind score. Same format as text_dev_spec.py. Texts in
devtexts/heldout47/."""

KP = "PK/Khyber Pakhtunkhwa"
IB = "PK/Islamabad"
KB = "AF/Kabul"
FR = "AF/Farah"
KN = "AF/Kunar"
FY = "AF/Faryab"
NR = "AF/Nuristan"
KH = "AF/Khost"
PA = "AF/Paktia"
NG = "AF/Nangarhar"
HE = "AF/Helmand"
BL = "PK/Balochistan"

ARTICLES = [
    {
        "file": "h47_01_eurasia_kabul.txt",
        "url": "https://eurasia.ro/2007/06/28/suicide-bomber-hits-nato-convoy-in-kabu/",
        "published": "2007-06-28",
        "published_note": "the URL's date (28 June 2007, a Thursday; the bombing was 'Thursday'). The stored page's "
        "headline is cut ('in Kabu') and a stray fragment (' wether they were wounded or killed.') stands after the "
        "last paragraph: both kept as stored; the site's 'Check Also' teaser at the end is left out",
        # lower-case city police named after its city (heldout43's 'Kabul police')
        "orgs": ["Kabul police"],
        "mentions": [
            # the headline's cut 'Kabu' is the name as written (a misspelling, like 'Patktia')
            ("Kabu", KB),
            ("KABUL", KB),
            ("Afghanistan", "AF"),
            # 'in eastern Kabul' (the one in 'Kabul police' is inside the organisation)
            ("Kabul", KB),
            ("NATO", "neutral"),
        ],
        "events": [
            # suicide car bomb on a NATO convoy in eastern Kabul on Thursday: two foreigners killed (the confirmed
            # bomber widens the maximum, heldout42); 'wounding three others' and 'also wounded two Afghan civilians'
            {
                "place": "Kabul",
                "accept": ["Kabul", "KABUL", "Kabu"],
                "date": ["2007-06-28", "2007-06-28"],
                "precision": "day",
                "killed": [2, 3],
                "injured": [3, 5],
                "actor": "",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h47_02_foxnews_farah_kunar.txt",
        "url": "http://www.foxnews.com/story/2009/09/28/taliban-fighters-killed-during-battle-with-us-forces.html",
        "published": "2009-09-28",
        "published_note": "the URL's date (28 September 2009, a Monday; officials 'said Monday'); 'On Sunday' is 27 "
        "September. The stored page ended mid-sentence (a Kunduz checkpoint shooting): the text stops at the last whole "
        "sentence",
        "orgs": [],
        "mentions": [
            ("U.S.", "neutral"),
            # 'Farah provincial Gov.': an office title naming a place (heldout2)
            ("Farah", FR),
            # 'eastern Kunar province', "Kunar's police chief"
            ("Kunar", KN),
            ("Faryab", FY),
        ],
        "events": [
            # US-Afghan raid on a stronghold 'in the country's west', told by the Farah governor: the text names the
            # province only through him (heldout33's speaker-named district), so Farah; fighting 'began overnight' in
            # a Monday report (two-day window); governor 50 against the US military's 30
            {
                "place": "Farah",
                "accept": ["Farah"],
                "date": ["2009-09-27", "2009-09-28"],
                "precision": "day",
                "killed": [30, 50],
                "injured": None,
                "actor": "US and Afghan forces",
                "kind": "main",
            },
            # Taliban ambush of a truck convoy in Kunar on Sunday: six drivers killed (a seventh kidnapped)
            {
                "place": "Kunar",
                "accept": ["Kunar"],
                "date": ["2009-09-27", "2009-09-27"],
                "precision": "day",
                "killed": [6, 6],
                "injured": None,
                "actor": "Taliban",
                "kind": "main",
            },
            # roadside bomb on a private van in Faryab on Sunday: six killed, seven injured
            {
                "place": "Faryab",
                "accept": ["Faryab"],
                "date": ["2009-09-27", "2009-09-27"],
                "precision": "day",
                "killed": [6, 6],
                "injured": [7, 7],
                "actor": "",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h47_03_rferl_kamdesh.txt",
        "url": "https://www.rferl.org/a/Taliban_Under_Attack_In_Area_Where_US_Soldiers_Killed/1843703.html",
        "published": "2009-10-05",
        "published_note": "the page prints no date: dated from its text ('on October 5 ... \"The operation started this "
        "morning\"'; the October 3 attacks 'over the weekend', 3 October 2009 being a Saturday; 'a July 2008 battle' "
        "fixes the year), as heldout28 allows. The site's 'Accessibility links' and 'Breaking News' lines are left out; "
        "the stored page ended mid-sentence: the text stops at the last whole sentence",
        "orgs": [],
        "mentions": [
            ("ASADABAD", KN),
            # dateline, 'eastern Afghanistan'
            ("Afghanistan", "AF"),
            # headline 'U.S. Soldiers', 'U.S. soldiers', 'U.S. and NATO-led troops', 'NATO and U.S. forces', ...
            ("U.S.", "neutral"),
            ("NATO", "neutral"),
            # 'Nuristan Province', "Nuristan's governor"
            ("Nuristan", NR),
            ("Kamdesh", NR),
            # 'In Kabul, the Interior Ministry said': a speaker's place
            ("Kabul", KB),
            ("Konar", KN),
        ],
        "events": [
            # the October 3 attack on two outposts in the Kamdesh area (the assaulted 'area ... where the militants
            # killed eight U.S. soldiers' is 'of the province's Kamdesh district'): eight Americans and 'at least two'
            # Afghan security forces; cited with its own date in a report about the assault, so background
            {
                "place": "Kamdesh",
                "accept": ["Kamdesh", "Nuristan"],
                "date": ["2009-10-03", "2009-10-03"],
                "precision": "day",
                "killed": [8, 10],
                "injured": None,
                "actor": "Taliban (claimed)",
                "kind": "background",
            },
            # the assault on the Taliban in Kamdesh on October 5: no toll given (heldout13's district taken without a
            # toll, heldout42's cited offensive), so neutral
            {
                "place": "Kamdesh",
                "accept": ["Kamdesh", "Nuristan"],
                "date": ["2009-10-05", "2009-10-05"],
                "precision": "day",
                "killed": None,
                "injured": None,
                "actor": "US and Afghan forces",
                "kind": "neutral",
            },
            # 'nine were killed in a July 2008 battle in nearby Konar Province'
            {
                "place": "Konar",
                "accept": ["Konar", "Kunar"],
                "date": ["2008-07-01", "2008-07-31"],
                "precision": "month",
                "killed": [9, 9],
                "injured": None,
                "actor": "",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h47_04_sunsetblog_afghanistan.txt",
        "url": "http://sunsetblog.blogspot.com/2008/08/afghanistan.html",
        "published": "2008-08-22",
        "published_note": "the blog post's date line 'Friday, August 22, 2008' (kept, as a repost's date line); the "
        "blog's name and motto above it and 'No comments:' below are left out. Neither incident is dated by the text "
        "(week window)",
        "orgs": [],
        "mentions": [
            ("KABUL", KB),
            # dateline, 'western Afghanistan'
            ("Afghanistan", "AF"),
            ("U.S.", "neutral"),
        ],
        "events": [
            # raid on a compound 'in western Afghanistan': 30 militants; no finer place, so the country (heldout7's
            # unnamed village)
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan"],
                "date": ["2008-08-15", "2008-08-22"],
                "precision": "week",
                "killed": [30, 30],
                "injured": None,
                "actor": "US-led forces",
                "kind": "main",
            },
            # 'Another 11 militants reportedly died in a separate clash in the south'
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan"],
                "date": ["2008-08-15", "2008-08-22"],
                "precision": "week",
                "killed": [11, 11],
                "injured": None,
                "actor": "",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h47_05_voa_makeen.txt",
        "url": "https://www.voanews.com/a/a-13-2009-03-25-voa37-68825057/365162.html",
        "published": "2009-03-25",
        "published_note": "the URL's date (25 March 2009, a Wednesday; 'Wednesday's strike'). The stored page has no "
        "headline; its trailing 'News' link is left out",
        "orgs": ["Pakistan Taliban"],
        "mentions": [
            # 'bordering Afghanistan', 'stabilizing Afghanistan', 'employees from Afghanistan'
            ("Afghanistan", "AF"),
            ("Makeen", KP),
            ("South Waziristan", KP),
            # "Pakistan's border region", "Pakistan's tribal regions", 'The government of Pakistan', 'Pakistan is under'
            # (the one in 'Pakistan Taliban' is inside the organisation)
            ("Pakistan", "PK"),
            ("U.S.", "neutral"),
        ],
        "events": [
            # suspected US missile strike on two vehicles near Makeen on Wednesday: at least seven killed
            {
                "place": "Makeen",
                "accept": ["Makeen", "South Waziristan"],
                "date": ["2009-03-25", "2009-03-25"],
                "precision": "day",
                "killed": [7, 7],
                "injured": None,
                "actor": "US (suspected)",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h47_06_dawn_bajaur.txt",
        "url": "https://www.dawn.com/news/323656/govt-forces-exhort-tribesmen-to-support-operation",
        "published": "2008-10-01",
        "published_note": "the stored page prints no date: its date line 'KHAR, Sept 30' (a Tuesday, the text's 'on "
        "Tuesday', in 2008: the Bajaur operation of that autumn and Dawn's neighbouring story numbers) dates the report, "
        "printed the next morning; 'Monday' is 29 September. The stored page has no headline (not rebuilt from the URL "
        "slug, heldout16)",
        "orgs": [],
        "mentions": [
            ("KHAR", KP),
            ("Baloot", KP),
            # 'Bajaur Agency', 'reconstruct Bajaur'
            ("Bajaur", KP),
            ("Sewai", KP),
            ("Touheedabad", KP),
            ("Khar", KP),
            # 'Darra area' ('Salarzai tribe' is a tribe, not a place: heldout14)
            ("Darra", KP),
        ],
        "events": [
            # helicopter attack in the Baloot area on Tuesday: five militants killed, two injured
            {
                "place": "Baloot",
                "accept": ["Baloot", "Bajaur"],
                "date": ["2008-09-30", "2008-09-30"],
                "precision": "day",
                "killed": [5, 5],
                "injured": [2, 2],
                "actor": "Pakistani security forces",
                "kind": "main",
            },
            # 'At least eight people were killed in clashes in various areas' on Monday night and Tuesday: a total over
            # unnamed areas of the agency (heldout14), whether it holds Baloot's five is not said
            {
                "place": "Bajaur",
                "accept": ["Bajaur", "Baloot", "Sewai"],
                "date": ["2008-09-29", "2008-09-30"],
                "precision": "day",
                "killed": [8, 8],
                "injured": None,
                "actor": "Pakistani security forces",
                "kind": "aggregate",
            },
            # planes' bombing destroyed a commander's house in Sewai: no one reported hurt (heldout2's attack without
            # casualties)
            {
                "place": "Sewai",
                "accept": ["Sewai", "Bajaur"],
                "date": ["2008-09-29", "2008-09-30"],
                "precision": "day",
                "killed": None,
                "injured": None,
                "actor": "Pakistani security forces",
                "kind": "neutral",
            },
            # a Taliban leader's house destroyed in Touheedabad near Khar, no one hurt, no day given
            {
                "place": "Touheedabad",
                "accept": ["Touheedabad", "Bajaur"],
                "date": ["2008-09-24", "2008-10-01"],
                "precision": "week",
                "killed": None,
                "injured": None,
                "actor": "",
                "kind": "neutral",
            },
            # 'Taliban had ambushed the tribal lashkar on Monday, killing 13 people' in the Darra area: cited as the
            # setting of Tuesday's fresh clashes (which have no toll), so background
            {
                "place": "Darra",
                "accept": ["Darra", "Bajaur"],
                "date": ["2008-09-29", "2008-09-29"],
                "precision": "day",
                "killed": [13, 13],
                "injured": None,
                "actor": "Taliban",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h47_07_nation_mohmand.txt",
        "url": "http://www.nation.com.pk/politics/27-Oct-2008/10-soldiers-killed-in-Mohmand-suicide-hit",
        "published": "2008-10-27",
        "published_note": "the URL's date (27 October 2008, a Monday); 'on late night Sunday' is 26 October. The "
        "stored page ended mid-sentence (the Prime Minister's condemnation): the text stops at the last whole sentence",
        "orgs": [],
        "mentions": [
            # headline, 'Mohmand Agency'
            ("Mohmand", KP),
            ("Haleem Zae", KP),
            # 'the Nakai checkpost': a checkpoint named after a place (heldout29)
            ("Nakai", KP),
        ],
        "events": [
            # suicide car bomb on the Nakai checkpost late on Sunday night: at least 10 killed, four injured; the bomber
            # is only 'suspected', so he adds nothing (heldout35)
            {
                "place": "Nakai",
                "accept": ["Nakai", "Haleem Zae", "Mohmand"],
                "date": ["2008-10-26", "2008-10-26"],
                "precision": "day",
                "killed": [10, 10],
                "injured": [4, 4],
                "actor": "",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h47_08_wn_peshawar.txt",
        "url": "http://article.wn.com/view/2009/10/09/Several_killed_in_Pakistan_blast",
        "published": "2009-10-09",
        "published_note": "the URL's date (9 October 2009, a Friday; the photo caption's 'on Friday, Oct. 9, 2009'). The "
        "page's cut teaser 'Tahir Ali... read full story', its 'Ask about this article' box and 'Related Topics:' are "
        "left out; the AP photo caption and credit are kept (heldout14)",
        "orgs": [],
        "mentions": [
            # "Pakistan's northwest city" (twice), 'Peshawar, Pakistan'
            ("Pakistan", "PK"),
            ("Peshawar", KP),
            ("Khyber Bazaar", KP),
        ],
        "events": [
            # minibus bomb near a market in the Khyber Bazaar area on Friday: at least five killed, 20 wounded; the
            # caption calls it a suicide car bomber, so the bomber widens the maximum (heldout42)
            {
                "place": "Khyber Bazaar",
                "accept": ["Khyber Bazaar", "Peshawar"],
                "date": ["2009-10-09", "2009-10-09"],
                "precision": "day",
                "killed": [5, 6],
                "injured": [20, 20],
                "actor": "",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h47_09_du_dikhan.txt",
        "url": "https://du4.democraticunderground.com/discuss/duboard.php?address=102x2176777&az=view_all",
        "published": "2006-03-19",
        "published_note": "the quoted report's line 'Updated: 4:16 p.m. ET March 19, 2006' (a Sunday; the bombs went "
        "off 'Sunday'). A forum post quoting MSNBC and the BBC; their source links are kept as the page prints them "
        "(heldout41's glosses), the forum's own furniture is not in the stored text",
        "orgs": [],
        "mentions": [
            ("DERA ISMAIL KHAN", KP),
            # dateline, 'northwestern Pakistan' (twice), 'north-west Pakistan'
            ("Pakistan", "PK"),
            ("Dera Ismail Khan", KP),
            ("Islamabad", IB),
            ("Kotli Imam", KP),
        ],
        "events": [
            # remote-controlled roadside bomb on a police van in the Kotli Imam neighbourhood on Sunday: three
            # policemen, three paramilitary police and a passer-by killed, four bystanders injured
            {
                "place": "Kotli Imam",
                "accept": ["Kotli Imam", "Dera Ismail Khan"],
                "date": ["2006-03-19", "2006-03-19"],
                "precision": "day",
                "killed": [7, 7],
                "injured": [4, 4],
                "actor": "",
                "kind": "main",
            },
            # the two other bombs, which damaged walls of a police station and a government building: no one hurt
            {
                "place": "Dera Ismail Khan",
                "accept": ["Dera Ismail Khan"],
                "date": ["2006-03-19", "2006-03-19"],
                "precision": "day",
                "killed": None,
                "injured": None,
                "actor": "",
                "kind": "neutral",
            },
        ],
    },
    {
        "file": "h47_10_orlandosentinel_khost.txt",
        "url": "https://www.orlandosentinel.com/news/os-xpm-2006-09-12-mafghan12-story.html",
        "published": "2006-09-12",
        "published_note": "the URL's date (12 September 2006, a Tuesday); the funeral bombing was 'Monday' (11 "
        "September), the governor's killing 'the day before' and 'On Sunday afternoon' (10 September). The stored page "
        "ended mid-word ('Taniw'): the text stops at the last whole sentence",
        "orgs": [],
        "mentions": [
            ("KABUL", KB),
            # 'eastern Khost province', 'the former governor of Khost'
            ("Khost", KH),
            ("Australia", "out"),
            # 'rebuild Afghanistan', 'security in Afghanistan' (and the dateline)
            ("Afghanistan", "AF"),
            ("U.S.", "neutral"),
            # 'governor of Paktia province', 'the capital of Paktia province'
            ("Paktia", PA),
            ("Nangarhar", NG),
            ("Gardez", PA),
        ],
        "events": [
            # suicide bombing at the governor's funeral in Khost on Monday: four police officers, a tribal elder and one
            # other (six; the bomber widens the maximum, heldout42); 'At least 30 people were injured'
            {
                "place": "Khost",
                "accept": ["Khost"],
                "date": ["2006-09-11", "2006-09-11"],
                "precision": "day",
                "killed": [6, 7],
                "injured": [30, 30],
                "actor": "",
                "kind": "main",
            },
            # the governor's killing by a suicide bomber in Gardez on Sunday afternoon: the governor, his secretary and
            # his bodyguard (three; the bomber widens the maximum); the event the funeral was for, cited, so background
            {
                "place": "Gardez",
                "accept": ["Gardez"],
                "date": ["2006-09-10", "2006-09-10"],
                "precision": "day",
                "killed": [3, 4],
                "injured": None,
                "actor": "Taliban (claimed)",
                "kind": "background",
            },
            # 'This year, at least 135 people have been killed in suicide bombings': a national year-to-date total
            # (heldout27's half-year count)
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan"],
                "date": ["2006-01-01", "2006-09-12"],
                "precision": "period",
                "killed": [135, 135],
                "injured": None,
                "actor": "",
                "kind": "aggregate",
            },
            # '24 since Friday': the suicide-bombing deaths from Friday 8 September on, Gardez and Khost among them
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan", "Gardez", "Khost"],
                "date": ["2006-09-08", "2006-09-12"],
                "precision": "period",
                "killed": [24, 24],
                "injured": None,
                "actor": "",
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h47_11_rferl_bargmatal.txt",
        "url": "https://www.rferl.org/a/Taliban_Kills_Eight_Police_Surround_East_Afghan_Office/1772583.html",
        "published": "2009-07-09",
        "published_note": "the page prints no date: dated from its text, the day after the latest moment it reports "
        "('Fighting had subsided, officials said late on July 8'; 'U.S. Marines launched ... last week' fixes 2009), as "
        "heldout28 allows; every event it reports carries its own date, so the choice between 8 and 9 July moves no "
        "window but the cited offensive's. The site's 'Accessibility links' and 'Breaking News' lines and a photo caption "
        "about an unrelated Konduz roadside bomb are left out (heldout46's unrelated file photo); the stored page ended "
        "mid-sentence: the text stops at the last whole sentence",
        "orgs": [],
        "mentions": [
            ("JALALABAD", NG),
            # dateline, "Afghanistan's restive east", "Afghanistan's eastern province", 'across Afghanistan', ...
            ("Afghanistan", "AF"),
            # 'province of Nuristan', "Nuristan's Barg Matal district", 'Nuristan Governor'
            ("Nuristan", NR),
            ("Pakistan", "PK"),
            ("U.S.", "neutral"),
            ("Helmand", HE),
            ("Barg Matal", NR),
            # 'The Defense Ministry in Kabul said': a speaker's place
            ("Kabul", KB),
            ("United States", "out"),
        ],
        "events": [
            # insurgents' attack on government buildings in Barg Matal late on July 7, fighting until July 8: at least
            # eight police killed (eight more kidnapped) and 21 Taliban by officials' count (the Taliban admit four):
            # [21, 29], the largest single figure to all deaths
            {
                "place": "Barg Matal",
                "accept": ["Barg Matal"],
                "date": ["2009-07-07", "2009-07-08"],
                "precision": "day",
                "killed": [21, 29],
                "injured": None,
                "actor": "Taliban",
                "kind": "main",
            },
            # the Marines' Helmand offensive launched 'last week', cited with no toll (heldout42): neutral, with the
            # week before as its window (heldout7)
            {
                "place": "Helmand",
                "accept": ["Helmand"],
                "date": ["2009-06-29", "2009-07-05"],
                "precision": "week",
                "killed": None,
                "injured": None,
                "actor": "US Marines",
                "kind": "neutral",
            },
        ],
    },
    {
        "file": "h47_12_washingtonpost_mingora.txt",
        "url": "http://www.washingtonpost.com/wp-dyn/content/article/2009/08/30/AR2009083000282.html",
        "published": "2009-08-31",
        "published_note": "the page's date line 'Monday, August 31, 2009' (its dateline 'ISLAMABAD, Pakistan, Aug. 30'); "
        "'on Sunday' is 30 August. The byline lines are kept; the stored page ended mid-sentence: the text stops at the "
        "last whole sentence",
        # a newspaper's name holding a place (heldout12)
        "orgs": ["Washington Post"],
        "mentions": [
            # headline, dateline, "Pakistan's Swat Valley", 'A second explosion in Pakistan'
            ("Pakistan", "PK"),
            ("ISLAMABAD", IB),
            # 'Swat Valley', 'The explosion in Swat', 'control of Swat', 'fighting in Swat', 'police in Swat'
            ("Swat", KP),
            ("NATO", "neutral"),
            ("Afghanistan", "AF"),
            ("Baluchistan", BL),
            ("U.S.", "neutral"),
            ("Mingora", KP),
            ("Chaman", BL),
        ],
        "events": [
            # suicide bombing of police recruits at a police station in Mingora on Sunday: 'at least 15' (the bomber
            # widens the maximum, heldout42)
            {
                "place": "Mingora",
                "accept": ["Mingora", "Swat"],
                "date": ["2009-08-30", "2009-08-30"],
                "precision": "day",
                "killed": [15, 16],
                "injured": None,
                "actor": "Taliban",
                "kind": "main",
            },
            # explosion targeting a NATO fuel convoy at the Chaman border crossing on Sunday evening, 'causing no
            # deaths' (heldout39's strike without casualty)
            {
                "place": "Chaman",
                "accept": ["Chaman"],
                "date": ["2009-08-30", "2009-08-30"],
                "precision": "day",
                "killed": None,
                "injured": None,
                "actor": "",
                "kind": "neutral",
            },
        ],
    },
]
