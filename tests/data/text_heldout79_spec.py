"""Seventy-ninth held-out set ("heldout79", see docs/annotation.md): the SIXTY-SEVENTH BLIND set. Real AF/PK conflict
reports published in the years 2014 to 2016: in Pakistan air strikes on the Meezar and Sherani areas of North
Waziristan's Datta Khel with the operation's running toll and the Karachi airport attack cited (2016), air strikes in
the Shawal Valley's Datta Khel area (2015), the targeted killing of a retired army man in Peshawar's Faqirabad with
an earlier killing of three Frontier Constabulary men there and the city's targeted-killing counts cited (2016); in
Afghanistan clashes in Uruzgan's Deh Rawood (2016), a Taliban ambush on a police convoy between Laghman and Alaf
Safid in Sar-e Pul with a NATO air strike near Gardez and a suicide bombing near Kabul the same day (2014), a
magnetic bomb on a police vehicle in Kabul's Bagrami with the Company suicide attack and the April attack on the VIP
protection unit cited (2016), a Taliban attack on army posts in Badakhshan's Jurm (2015); in Pakistan also a roadside
bomb on an army convoy at Ghulamkhan in North Waziristan (2014). Outlets: The Express Tribune, Dawn twice, Wars in
the World (a Press TV repost), Deutsche Welle, Rantburg (a Khaama Press repost), Geo Breaking News (a blog repost),
Al Alam. Collected and annotated by reading each text against docs/annotation.md WITHOUT running geoinc's extractor
on them (no extract_places / extract_incidents / eval_text.py / bench_text.py on these texts before the spec was
committed, and the extraction rules in geoinc/text*.py were not read), while the extraction rules were being changed
elsewhere. It is not to be tuned to: run the final code on it once and report that number as the blind score. Same
format as text_dev_spec.py. Texts in devtexts/heldout79/."""

KP = "PK/Khyber Pakhtunkhwa"
SD = "PK/Sindh"
IB = "PK/Islamabad"
UZ = "AF/Uruzgan"
SP = "AF/Sar-e Pul"
KB = "AF/Kabul"

ARTICLES = [
    {
        "file": "h79_01_tribune_dattakhel.txt",
        "url": "http://tribune.com.pk/story/1024458/aerial-strikes-38-militants-killed-in-north-waziristan/",
        "published": "2016-01-08",
        "published_note": "the page's byline line 'Nasruminallah January 08, 2016' (a Friday; left out with the photo "
        "caption that repeats the subhead); 'on Friday' is that day. The two related-story links ('Campaign "
        "intensifies: ...', 'Battle for Helmand: ...') are page furniture and left out; the stored page ends "
        "mid-sentence ('North Waziristan is one of the seven regions in Pakistan's'): the text stops at the last whole "
        "sentence",
        # 'Pakistan Army', 'Tehreek-e-Taliban Pakistan': the organisation spans hold 'Pakistan'; 'Islamic Movement of
        # Uzbekistan' holds a country outside the region
        "orgs": ["Islamic Movement of Uzbekistan", "Pakistan Army", "Tehreek-e-Taliban Pakistan"],
        "mentions": [
            # headline, 'in North Waziristan on Friday', 'airstrikes in North Waziristan', 'Operation Zarb-e-Azb in
            # North Waziristan', "North Waziristan's capital"
            ("North Waziristan", KP),
            # the dateline, upper case
            ("NORTH WAZIRISTAN", KP),
            # 'the border with Afghanistan', 'the boundary with Afghanistan'
            ("Afghanistan", "AF"),
            ("Meezar", KP),
            ("Sherani", KP),
            # 'Three vehicles ... destroyed in Mizer Madakhel'
            ("Mizer Madakhel", KP),
            # 'In Peshawar, the ISPR confirmed': where the speaker is, not a scene
            ("Peshawar", KP),
            # 'a brazen attack on Karachi airport'
            ("Karachi", SD),
            # 'peace talks between Islamabad and the banned Tehreek-e-Taliban Pakistan': a metonym
            ("Islamabad", IB),
            ("Datta Khel", KP),
            ("Miran Shah", KP),
        ],
        "events": [
            # fighter jets struck five hideouts 'in the Meezar and Sherani areas' on Friday, vehicles destroyed in
            # Mizer Madakhel; 'the latest surgical strikes took place in the Datta Khel area': at least 38 killed (the
            # political administration; the ISPR gave no number). One toll shared by named areas is one event
            # accepting each (heldout13)
            {
                "place": "Meezar",
                "accept": ["Meezar", "Sherani", "Mizer Madakhel", "Datta Khel", "North Waziristan"],
                "date": ["2016-01-08", "2016-01-08"],
                "precision": "day",
                "killed": [38, 38],
                "injured": None,
                "actor": "Pakistan military",
                "kind": "main",
            },
            # 'over 3,400 militants have been killed since the operation was launched' (June 2014): the operation's
            # running toll, `aggregate` (heldout12); 'over 3,400' is 3,401 up to the next order of magnitude
            # (heldout46)
            {
                "place": "North Waziristan",
                "accept": ["North Waziristan"],
                "date": ["2014-06-01", "2016-01-08"],
                "precision": "period",
                "killed": [3401, 9999],
                "injured": None,
                "actor": "Pakistan military",
                "kind": "aggregate",
            },
            # 'a brazen attack on Karachi airport' in June 2014: cited with a place and a month, no figure:
            # `background`, killed null (heldout73)
            {
                "place": "Karachi",
                "accept": ["Karachi"],
                "date": ["2014-06-01", "2014-06-30"],
                "precision": "month",
                "killed": None,
                "injured": None,
                "actor": None,
                "kind": "background",
            },
        ],
    },
    {
        "file": "h79_02_dawn_dattakhel.txt",
        "url": "http://dawn.com/news/1183350",
        "published": "2015-05-21",
        "published_note": "the page's line 'Published May 21, 2015' (a Thursday; left out as page furniture); 'on "
        "Thursday' is that day. The subhead is kept (it is repeated in the body as stored); the 'Also read: ...' link "
        "is left out; the stored page ends mid-sentence ('... have now vowed to intensify operat'): the text stops at "
        "the last whole sentence",
        "orgs": [],
        "mentions": [
            # headline, 'the Datta Khel area of North Waziristan', 'control all of North Waziristan'
            ("North Waziristan", KP),
            # dateline 'PARACHINAR:': where the report was filed, not the scene
            ("PARACHINAR", KP),
            # 'northwestern Shawal Valley', 'includes the Shawal Valley', 'an operation in Shawal Valley', 'in the
            # Shawal Valley over the past week'
            ("Shawal Valley", KP),
            ("Datta Khel", KP),
            # 'urged Pakistan to carry out', 'safe havens in Pakistan'
            ("Pakistan", "PK"),
            # 'Nato forces', 'attack Nato and Afghan forces': an actor, `neutral`
            ("Nato", "neutral"),
            ("Afghanistan", "AF"),
            # 'by U.S. authorities': `neutral`
            ("U.S.", "neutral"),
        ],
        "events": [
            # air strikes in the Shawal Valley on Thursday: 'at least 15', '15 or 16 suspected militants were killed in
            # the Datta Khel area'
            {
                "place": "Shawal Valley",
                "accept": ["Shawal Valley", "Datta Khel", "North Waziristan"],
                "date": ["2015-05-21", "2015-05-21"],
                "precision": "day",
                "killed": [15, 16],
                "injured": None,
                "actor": "Pakistan military",
                "kind": "main",
            },
            # 'a number of air strikes in the Shawal Valley over the past week and two drone attacks': several strikes
            # of the week before with no toll, which cannot be told apart from the Thursday strikes: `neutral`
            {
                "place": "Shawal Valley",
                "accept": ["Shawal Valley", "Datta Khel", "North Waziristan"],
                "date": ["2015-05-14", "2015-05-21"],
                "precision": "week",
                "killed": None,
                "injured": None,
                "actor": None,
                "kind": "neutral",
            },
        ],
    },
    {
        "file": "h79_03_warsintheworld_dehrawood.txt",
        "url": "https://www.warsintheworld.com/index.php/2016/03/17/afghanistan-clashes-between-taliban-and-afghan-"
        "forces-kill-25-people-in-uruzgan/",
        "published": "2016-03-17",
        "published_note": "the page's date line 'Thursday, March 17, 2016' (left out as page furniture) and the URL; "
        "the district governor 'said on Wednesday' (16 March) that the dead fell 'over the past few days': the week "
        "before his statement. The source line ('The News: http://www.presstv.i ...') and the site's link blocks "
        "after it are left out",
        "orgs": [],
        "mentions": [
            # headline 'Afghanistan: Clashes ...'
            ("Afghanistan", "AF"),
            # headline, "the country's central province of Uruzgan"
            ("Uruzgan", UZ),
            # 'governor of Deh Rawood district' (an office title naming a place), 'operation in Deh Rawood'
            ("Deh Rawood", UZ),
            # 'southwest of the capital, Kabul': a reference point, not a scene
            ("Kabul", KB),
        ],
        "events": [
            # skirmishes in Deh Rawood over the past few days: 'at least 10 members of security forces as well as 15
            # Taliban militants' killed (25 in the headline); min the largest single figure, max all
            {
                "place": "Deh Rawood",
                "accept": ["Deh Rawood"],
                "date": ["2016-03-09", "2016-03-16"],
                "precision": "period",
                "killed": [15, 25],
                "injured": None,
                "actor": "Taliban",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h79_04_dawn_peshawar.txt",
        "url": "http://www.dawn.com/news/1262212/retired-army-man-shot-dead-in-peshawar",
        "published": "2016-06-02",
        "published_note": "the print line 'Published in Dawn, June 2nd, 2016' (a Thursday; kept as the page's own "
        "line); 'on Wednesday' is 1 June. The site's opinion and editorial teasers after the print line are left out; "
        "the stored page has no headline (not rebuilt from the URL)",
        # 'Pak Army' (heldout16: 'the Pakistan army' is an organisation)
        "orgs": ["Pak Army"],
        "mentions": [
            ("PESHAWAR", KP),
            # 'the limits of Faqirabad police station' (a police station named after a place, heldout19), 'ASP
            # Faqirabad' (an office title), 'A Faqirabad police station official'
            ("Faqirabad", KP),
            # his home under construction, where he was returning
            ("Qazi Kilay", KP),
        ],
        "events": [
            # a retired subedar shot dead by motorcyclists on Wednesday on his way home, in the limits of Faqirabad
            # police station (Qazi Kilay village)
            {
                "place": "Faqirabad",
                "accept": ["Faqirabad", "Qazi Kilay", "Peshawar"],
                "date": ["2016-06-01", "2016-06-01"],
                "precision": "day",
                "killed": [1, 1],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
            # 'On May 25, three Frontier Constabulary personnel ... were gunned down ... in the same area'
            {
                "place": "Faqirabad",
                "accept": ["Faqirabad", "Qazi Kilay", "Peshawar"],
                "date": ["2016-05-25", "2016-05-25"],
                "precision": "day",
                "killed": [3, 3],
                "injured": None,
                "actor": None,
                "kind": "background",
            },
            # 'number of targeted killings had reached 16, this year, against nine such incidents ... the same period,
            # last year' in 'the provincial capital': counts of incidents, not of the dead: two `aggregate` events
            # with killed null
            {
                "place": "Peshawar",
                "accept": ["Peshawar", "PESHAWAR"],
                "date": ["2016-01-01", "2016-06-01"],
                "precision": "period",
                "killed": None,
                "injured": None,
                "actor": None,
                "kind": "aggregate",
            },
            {
                "place": "Peshawar",
                "accept": ["Peshawar", "PESHAWAR"],
                "date": ["2015-01-01", "2015-06-01"],
                "precision": "period",
                "killed": None,
                "injured": None,
                "actor": None,
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h79_05_dw_saripul.txt",
        "url": "http://www.dw.de/taliban-attack-targets-kills-afghan-security-forces/a-17993921",
        "published": "2014-10-13",
        "published_note": "the page's date line 'October 13, 2014' (a Monday; left out with the skip links, the short "
        "link and the German photo caption as page furniture). The text gives the ambush no day ('The early morning "
        "attack'); it happened 'on the same day' villagers reported an air strike that 'hit a village Sunday': 12 or "
        "13 October. The suicide bombing has no day of its own: the week window. The doubled opening quote is kept "
        "as stored",
        "orgs": [],
        "mentions": [
            # 'in northern Afghanistan' (twice)
            ("Afghanistan", "AF"),
            # 'with the US and NATO' (twice): `neutral`
            ("US", "neutral"),
            ("NATO", "neutral"),
            ("Sari Pul", SP),
            # 'south east of Masaar-i-Sharif': a reference point, as written
            ("Masaar-i-Sharif", "AF/Balkh"),
            # 'going from Laghman area to Alaf Safid': an area of Sar-e Pul, not the province of that name
            ("Laghman", SP),
            ("Alaf Safid", SP),
            ("Gardez", "AF/Paktia"),
            ("Paktia", "AF/Paktia"),
            # 'the outskirts of the capital, Kabul'
            ("Kabul", KB),
        ],
        "events": [
            # the Taliban ambush on a police convoy going from the Laghman area to Alaf Safid in Sari Pul: 'at least
            # 14' (lede), '22 police were martyred', '23 Taliban insurgents were also killed': min the largest single
            # figure (23), max all (45); 8 police and 17 soldiers wounded. The road between two named areas: either
            # accepted (heldout13), the province not (the text gives finer)
            {
                "place": "Laghman",
                "accept": ["Laghman", "Alaf Safid"],
                "date": ["2014-10-12", "2014-10-13"],
                "precision": "period",
                "killed": [23, 45],
                "injured": [17, 25],
                "actor": "Taliban",
                "kind": "main",
            },
            # 'a NATO airstrike had killed seven civilians ... hit a village Sunday on the outskirts of Gardez'
            {
                "place": "Gardez",
                "accept": ["Gardez"],
                "date": ["2014-10-12", "2014-10-12"],
                "precision": "day",
                "killed": [7, 7],
                "injured": None,
                "actor": "NATO (reported)",
                "kind": "main",
            },
            # 'a suicide bomber is said to have blown himself up in his car on the outskirts of the capital, Kabul,
            # killing one person': the bomber widens the maximum (heldout42); no day of its own: the week window
            {
                "place": "Kabul",
                "accept": ["Kabul"],
                "date": ["2014-10-06", "2014-10-13"],
                "precision": "week",
                "killed": [1, 2],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h79_06_rantburg_bagrami.txt",
        "url": "https://www.rantburg.com/comments.php?D=2016-07-17&ID=461943&HC=1",
        "published": "2016-07-17",
        "published_note": "the post's date line '2016-07-17' (a Sunday) and the URL; 'earlier this morning' is that "
        "day. The comment form above the post, the section label, the date line and 'Posted by:Fred' are left out; "
        "the source tag '[Khaama (Afghanistan)]' is kept as stored",
        # 'Khaama' is the agency's name (no place)
        "orgs": [],
        "mentions": [
            # headline 'Kabul explosion', 'the outskirts of Kabul', 'the outskirt of Kabul'
            ("Kabul", KB),
            # the source tag '[Khaama (Afghanistan)]', like a dateline
            ("Afghanistan", "AF"),
            # 'The administrative chief of Bagram': an office title naming the district, as written (the text's
            # variant of Bagrami, not Parwan's Bagram: the same incident)
            ("Bagram", KB),
            ("Bagrami", KB),
            # 'in Company area of the city'
            ("Company", KB),
        ],
        "events": [
            # a magnetic bomb on a police vehicle in Bagrami district this morning: one policeman killed, two wounded
            {
                "place": "Bagrami",
                "accept": ["Bagrami", "Bagram"],
                "date": ["2016-07-17", "2016-07-17"],
                "precision": "day",
                "killed": [1, 1],
                "injured": [2, 2],
                "actor": None,
                "kind": "main",
            },
            # 'at least 33 people lost their lives and 80 others were wounded in a coordinated suicide attack in the
            # outskirt of Kabul late last month ... in Company area': `background`, the last ten days of June
            {
                "place": "Company",
                "accept": ["Company", "Kabul"],
                "date": ["2016-06-20", "2016-06-30"],
                "precision": "period",
                "killed": [33, 33],
                "injured": [80, 80],
                "actor": "Taliban (claimed)",
                "kind": "background",
            },
            # 'at least 64 people were killed and 347 others were wounded after the militants attacked the VIP
            # protection unity in the city in April': `background`, April 2016
            {
                "place": "Kabul",
                "accept": ["Kabul"],
                "date": ["2016-04-01", "2016-04-30"],
                "precision": "month",
                "killed": [64, 64],
                "injured": [347, 347],
                "actor": None,
                "kind": "background",
            },
        ],
    },
    {
        "file": "h79_07_geoblog_ghulamkhan.txt",
        "url": "http://geo-breakingnews.blogspot.com/2014/05/ied-blast-martyrs-eight-soldiers-in.html",
        "published": "2014-05-08",
        "published_note": "the blog's line 'on Thursday, May 8, 2014' (left out with the repeated title above it and "
        "the '0 comments: Post a Comment' block) and the URL's month; 'on Thursday' is that day",
        "orgs": [],
        "mentions": [
            # headline, 'in North Waziristan on Thursday', 'Ghulamkhan in North Waziristan'
            ("North Waziristan", KP),
            # the dateline
            ("MIRANSHAH", KP),
            # 'the village of Ghulamkhan'; the second is inside the road name
            ("Ghulamkhan", KP, (2,)),
            # 'Miranshah-Ghulamkhan road': a road named after two towns, `neutral` (the names inside it are not
            # mentions, heldout16)
            ("Miranshah-Ghulamkhan", "neutral"),
        ],
        "events": [
            # a roadside bomb on a military convoy in the village of Ghulamkhan on Thursday: at least eight soldiers
            # killed, 'several' wounded (no figure: null)
            {
                "place": "Ghulamkhan",
                "accept": ["Ghulamkhan", "North Waziristan"],
                "date": ["2014-05-08", "2014-05-08"],
                "precision": "day",
                "killed": [8, 8],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h79_08_alalam_jurm.txt",
        "url": "http://en.alalam.ir/news/1694778/33-afghan-soldiers-killed-wounded-and-beheaded-in-badakhshan",
        "published": "2015-04-14",
        "published_note": "the page's line 'Tue Apr 14, 2015 16:48:08' (left out with the repeated title above it); "
        "'late on Friday night' is 10 April. The stored page ends mid-sentence ('... which it said came from "
        "unspecifi'): the text stops at the last whole sentence, whose closing quote the page put on a line of its "
        "own (kept as stored)",
        # 'Afghan National Army', 'Khaama Press', 'AP' hold no place name
        "orgs": [],
        "mentions": [
            # headline, 'northeastern Badakhshan province'
            ("Badakhshan", "AF/Badakhshan"),
            ("Jurm", "AF/Badakhshan"),
        ],
        "events": [
            # the Taliban attack on army posts in Jurm district late on Friday night: the Defense Ministry's 33 (and 30)
            # 'martyred, wounded or kidnapped' are joint counts; the death figures are 'at least 18 soldiers' (the
            # governor's spokesman via AP) and '20 militants' (the ministry) or '19 Taliban fighters' (AP): min the
            # largest single figure (20), max all (18 + 20 = 38); '7 others were injured' among the militants (the
            # soldiers' wounded have no figure of their own)
            {
                "place": "Jurm",
                "accept": ["Jurm"],
                "date": ["2015-04-10", "2015-04-10"],
                "precision": "day",
                "killed": [20, 38],
                "injured": [7, 7],
                "actor": "Taliban",
                "kind": "main",
            },
        ],
    },
]
