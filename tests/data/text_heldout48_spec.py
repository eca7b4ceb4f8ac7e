"""Forty-eighth held-out set ("heldout48", see docs/annotation.md): the THIRTY-SIXTH BLIND set. Real AF/PK conflict
reports published in the years 2013 to 2016: in Afghanistan Taliban attacks on checkpoints in Nuristan's Kamdesh with
a roadside bomb in Uruzgan (2013), cross-border shelling of Kunar's Nari and Dangam without casualties (2013), a
landmine in Badghis's Maqur (2014), attacks on three police checkpoints in Uruzgan's Charcheno (2015), a drone strike
on an Islamic State commander in Nangarhar's Haska Mina (2016); in Pakistan an attack on a police picket in
Peshawar's Phari Pura (2013), a drone strike near Wana in South Waziristan with air raids on Shawal and a Data Khel
drone strike cited (2014), a roadside bomb that killed a tribal elder in Bajaur's Bar Kamar (2015), a landmine in
Dera Murad Jamali's Chattar (2016), a bomb in the Eidgah market of Kurram's Parachinar (2015). Outlets: Townhall
(AP), Afghan Central (a blog), Pajhwok, The Nation twice, Dawn, The Express Tribune twice, Business Recorder,
Headline Clicker (Anadolu Agency). Collected and annotated by reading each text against docs/annotation.md WITHOUT
running geoinc's extractor on them (no extract_places / extract_incidents / eval_text.py / bench_text.py on these
texts before the spec was committed, and the extraction rules in geoinc/text*.py were not read), while the extraction
rules were being changed elsewhere. It is not to be tuned to: run the final code on it once and report that number as
the blind score. Same format as text_dev_spec.py. Texts in devtexts/heldout48/."""

KP = "PK/Khyber Pakhtunkhwa"
BL = "PK/Balochistan"
IB = "PK/Islamabad"
KB = "AF/Kabul"
NR = "AF/Nuristan"
UZ = "AF/Uruzgan"
BG = "AF/Badghis"
NG = "AF/Nangarhar"
KN = "AF/Kunar"

ARTICLES = [
    {
        "file": "h48_01_townhall_kamdesh.txt",
        "url": "https://townhall.com/news/politics-elections/2013/06/02/afghan-taliban-kill-4-police-in-checkpoint-attacks-n1611321",
        "published": "2013-06-02",
        "published_note": "the page's line 'Posted: Jun 02, 2013 11:09 AM' (a Sunday) and the URL; the spokesman 'said "
        "Sunday' that the fighting 'began overnight' (Saturday night to Sunday: two-day window); the roadside bomb "
        "'Saturday night' is 1 June. The 'AP News' and 'Posted' lines are left out",
        "orgs": [],
        "mentions": [
            ("KABUL", KB),
            # dateline 'KABUL, Afghanistan', 'eastern Afghanistan'
            ("Afghanistan", "AF"),
            ("NATO", "neutral"),
            ("Nuristan", NR),
            ("Kamdesh", NR),
            # the provincial capital the reinforcements came from: a mention, not the scene
            ("Paron", NR),
            # 'The U.S.-led military coalition' (an adjective) and 'terrorist attacks in the U.S.' (a place outside)
            ("U.S.", "neutral", (2,)),
            ("U.S.", "out", (1,)),
            ("Uruzgan", UZ),
        ],
        "events": [
            # overnight Taliban attacks on two checkpoints in Kamdesh district: four police killed and four wounded,
            # 13 militants dead (max 17, min the largest single figure 13); two checkpoints of one district in one
            # night with one toll are one event
            {
                "place": "Kamdesh",
                "accept": ["Kamdesh"],
                "date": ["2013-06-01", "2013-06-02"],
                "precision": "day",
                "killed": [13, 17],
                "injured": [4, 4],
                "actor": "Taliban",
                "kind": "main",
            },
            # a roadside bomb on Saturday night hit a vehicle in Uruzgan province: four civilians killed including a
            # child, nine wounded; no district given, so the province is the place
            {
                "place": "Uruzgan",
                "accept": ["Uruzgan"],
                "date": ["2013-06-01", "2013-06-01"],
                "precision": "day",
                "killed": [4, 4],
                "injured": [9, 9],
                "actor": "",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h48_02_afghancentral_charcheno.txt",
        "url": "http://afghancentral.blogspot.com/2015/05/12-afghan-police-killed-in-uruzgan.html",
        "published": "2015-05-20",
        "published_note": "the blog post's date line 'Wednesday, 20 May 2015' (left out with the 'No comments' block) "
        "and the URL's month; the official 'said Wednesday' that the attacks came 'Monday night' (18 May, a one-day "
        "window like 'late Saturday night')",
        "orgs": [],
        "mentions": [
            # headline 'in Uruzgan', 'Charcheno district in Uruzgan'
            ("Uruzgan", UZ),
            ("Charcheno", UZ),
        ],
        "events": [
            # Taliban attacks on three police checkpoints in Charcheno district on Monday night, battles still going on;
            # the toll is given only in the headline ('12 Afghan Police Killed', heldout10's headline toll); three
            # checkpoints of one district with one toll are one event
            {
                "place": "Charcheno",
                "accept": ["Charcheno"],
                "date": ["2015-05-18", "2015-05-18"],
                "precision": "day",
                "killed": [12, 12],
                "injured": None,
                "actor": "Taliban",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h48_03_pajhwok_maqur.txt",
        "url": "http://www.pajhwok.com/en/2015/03/10/policeman-killed-5-civilians-hurt-blast",
        "published": "2014-08-23",
        "published_note": "the page's line '23 Aug 2014 - 13:25' (a Saturday; the URL's '2015/03/10' is not the story's "
        "date: the text's 'on Saturday' agrees with 23 August 2014). The headline, printed twice, is kept once; the "
        "author lines, the initials 'rm/mud', 'Visits: 0' and the site's subscription and app blocks are left out",
        # a hospital named after its province, like heldout12's 'Civil Hospital X'
        "orgs": ["Badghis Civil Hospital"],
        "mentions": [
            ("QALA-I-NAW", BG),
            ("Maqur", BG),
            # 'western Badghis province' (the 2nd is inside the hospital's name)
            ("Badghis", BG),
            ("Gulchin", BG),
        ],
        "events": [
            # landmine blast in the Gulchin locality of Maqur district on Saturday: one ALP member killed, five
            # civilians wounded
            {
                "place": "Gulchin",
                "accept": ["Gulchin", "Maqur"],
                "date": ["2014-08-23", "2014-08-23"],
                "precision": "day",
                "killed": [1, 1],
                "injured": [5, 5],
                "actor": "insurgents (alleged)",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h48_04_nation_haskamina.txt",
        "url": "http://nation.com.pk/international/29-May-2016/isis-commander-among-6-killed-in-nangarhar-drone-strike",
        "published": "2016-05-29",
        "published_note": "the URL's date (29 May 2016, a Sunday); the strike is not dated by the text (week window, "
        "heldout12). The trailing link 'ePaper - Nawaiwaqt' is left out",
        # an organisation's name holding countries (heldout20's 'Islamic State in Khorasan Province')
        "orgs": ["Islamic State of Iraq and Syria"],
        "mentions": [
            ("JALALABAD", NG),
            # headline, 'eastern Nangarhar province' twice
            ("Nangarhar", NG),
            ("Haska Mina", NG),
            # 'the US forces' four times: actor/adjective
            ("US", "neutral"),
            # where drone strikes had weakened the group, the district's chief, its former stronghold: mentions, not
            # the scene of this strike
            ("Achin", NG),
        ],
        "events": [
            # drone strike in Haska Mina district: an Islamic State commander 'killed along with his 5 militants' (6)
            {
                "place": "Haska Mina",
                "accept": ["Haska Mina"],
                "date": ["2016-05-22", "2016-05-29"],
                "precision": "week",
                "killed": [6, 6],
                "injured": None,
                "actor": "US forces",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h48_05_dawn_phari.txt",
        "url": "https://dawn.com/news/1050604",
        "published": "2013-10-20",
        "published_note": "the byline 'Published October 20, 2013' (a Sunday, left out); 'on Sunday' is that day. The "
        "file-photo caption (printed twice, repeating the body's sentence) is page furniture and left out; the "
        "stored page ended mid-sentence ('The KP ca'): the text stops at the last whole sentence. 'old' (for 'told') "
        "and 'Leady Reading' are the page's spellings",
        "orgs": [],
        "mentions": [
            # headline, 'a police picket in Peshawar'
            ("Peshawar", KP),
            ("PESHAWAR", KP),
            ("Khyber Pakhtunkhwa", KP),
            ("Afghanistan", "AF"),
            # a bare road name (heldout23), accepted as the scene like heldout26's traffic square
            ("Dalazak Road", "neutral"),
            ("Phari Pura", KP),
            # the picket is 'near Pakha Ghulam Village': a mention, not accepted as the scene (heldout14's 'near')
            ("Pakha Ghulam", KP),
            # 'Phari Police Station': a police station named after a place is a mention (heldout19); the 1st 'Phari'
            # is inside 'Phari Pura'
            ("Phari", KP, (1,)),
            # the protest's road and traffic square (heldout23, heldout26)
            ("GT Road", "neutral"),
            ("Fridous Chowk", "neutral"),
            # a numbered city police division, like heldout30's 'Police District 8'
            ("City-2", "neutral"),
        ],
        "events": [
            # motorcyclists fired on the police check post on Dalazak Road in Phari Pura on Sunday: four policemen
            # killed; the protest that blocked GT Road is not an event
            {
                "place": "Phari Pura",
                "accept": ["Phari Pura", "Dalazak Road", "Phari", "Peshawar"],
                "date": ["2013-10-20", "2013-10-20"],
                "precision": "day",
                "killed": [4, 4],
                "injured": None,
                "actor": "",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h48_06_nation_barkamar.txt",
        "url": "https://nation.com.pk/12-May-2015/tribal-elder-among-six-killed-in-bajaur-blast",
        "published": "2015-05-12",
        "published_note": "the URL's date (12 May 2015, a Tuesday); 'on Monday' is 11 May. The stored page ended "
        "mid-sentence in its last paragraph ('AFP adds: ... lea'): the text stops at the last whole sentence, before "
        "that paragraph",
        # a hospital named after its town (heldout12, heldout19)
        "orgs": ["Agency Headquarters Hospital Khar"],
        "mentions": [
            # headline 'Bajaur blast', 'Mamond tehsil of Bajaur Agency'
            ("Bajaur", KP),
            # dateline 'BAJAUR AGENCY -'
            ("BAJAUR", KP),
            ("Mamond", KP),
            ("Bar Kamar", KP),
            # '22 kilometers northwest of Khar', 'from ... Zagai to Khar' (the 3rd is inside the hospital's name)
            ("Khar", KP),
            # the elder's native village he was travelling from: a mention, not the scene
            ("Zagai", KP),
        ],
        "events": [
            # remote-controlled roadside IED in the Bar Kamar area of Mamond tehsil on Monday: six killed including
            # the tribal elder; 'northwest of Khar' does not make Khar a container; the 'third terrorist attack ... in
            # the agency during the last two weeks' names neither place nor toll of the other two (not events)
            {
                "place": "Bar Kamar",
                "accept": ["Bar Kamar", "Mamond", "Bajaur"],
                "date": ["2015-05-11", "2015-05-11"],
                "precision": "day",
                "killed": [6, 6],
                "injured": None,
                "actor": "militants (alleged)",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h48_07_tribune_karezai.txt",
        "url": "https://tribune.com.pk/story/768639/us-drone-strike-kills-four-in-south-waziristan/",
        "published": "2014-09-29",
        "published_note": "the line 'Published: September 29, 2014' (a Monday, left out with the file-photo caption "
        "'A file photo of a drone. PHOTO: AFP', printed twice); the lede's 'on Sunday' (28 September) closes a "
        "sentence about both the drone strike and the air strikes, so the drone strike has the two-day window of "
        "Sunday and Monday; 'on Wednesday' is 24 September. The stored page ended mid-quote ('... and 15 terrorist'): "
        "the text stops at the last whole sentence",
        "orgs": ["Tehreek-e-Taliban Pakistan"],
        "mentions": [
            # 'US drone strike', 'a US predator strike', 'US pilot-less aircraft', 'the US strike': actor/adjective
            ("US", "neutral"),
            # headline, 'South Waziristan Agency', 'headquarters of South Waziristan', 'slipped into South Waziristan'
            ("South Waziristan", KP),
            ("WANA", KP),
            # the dateline's second city
            ("ISLAMABAD", IB),
            # 'neighbouring North Waziristan', 'Data Khel area of North Waziristan'
            ("North Waziristan", KP),
            ("Karezai Pull", KP),
            # the village is 'near Wana': a mention, not accepted as the scene (heldout14's 'near')
            ("Wana", KP),
            # 'Pakistan condemned', '"Pakistan believes', 'The government of Pakistan' (the 1st is inside the TTP's name)
            ("Pakistan", "PK"),
            ("Data Khel", KP),
            # 'the Waziristan operation'; the first six are inside 'South/North Waziristan'
            ("Waziristan", KP, (1, 2, 3, 4, 5, 6)),
            ("Shawal", KP),
        ],
        "events": [
            # US drone strike on a compound in Karezai Pull village near Wana: four suspected militants killed
            {
                "place": "Karezai Pull",
                "accept": ["Karezai Pull", "South Waziristan"],
                "date": ["2014-09-28", "2014-09-29"],
                "precision": "day",
                "killed": [4, 4],
                "injured": None,
                "actor": "US (drone)",
                "kind": "main",
            },
            # air raids in the Shawal area of North Waziristan on Sunday: 'At least 25' killed (the lede's 'over two
            # dozen'); Shawal is the only place the text gives for the air strikes
            {
                "place": "Shawal",
                "accept": ["Shawal", "North Waziristan"],
                "date": ["2014-09-28", "2014-09-28"],
                "precision": "day",
                "killed": [25, 25],
                "injured": None,
                "actor": "Pakistan military",
                "kind": "main",
            },
            # the earlier drone strike cited with its own place and day: 'At least 10 suspected militants ... killed
            # in a predator strike in the Data Khel area of North Waziristan on Wednesday'
            {
                "place": "Data Khel",
                "accept": ["Data Khel", "North Waziristan"],
                "date": ["2014-09-24", "2014-09-24"],
                "precision": "day",
                "killed": [10, 10],
                "injured": None,
                "actor": "US (drone)",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h48_08_brecorder_deramuradjamali.txt",
        "url": "https://brecorder.com/news/amp/4455384",
        "published": "2016-11-27",
        "published_note": "the page's date line '27 Nov, 2016' (a Sunday, left out with 'Read Comments'); 'on "
        "Saturday' is 26 November",
        "orgs": [],
        "mentions": [
            ("Chattar", BL),
            ("Dera Murad Jamali", BL),
        ],
        "events": [
            # landmine blast in the Chattar area of Dera Murad Jamali on Saturday: one killed, one injured
            {
                "place": "Chattar",
                "accept": ["Chattar", "Dera Murad Jamali"],
                "date": ["2016-11-26", "2016-11-26"],
                "precision": "day",
                "killed": [1, 1],
                "injured": [1, 1],
                "actor": "anti state elements (alleged)",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h48_09_headlineclicker_kunar.txt",
        "url": "http://www.headlineclicker.com/2013/09/afghanistan-accuses-pakistan-of-shelling-border/",
        "published": "2013-09-16",
        "published_note": "the page's date line 'Monday, September 16, 2013' (left out with 'Read more:', the comment "
        "and subscription blocks) and the URL's month; 'on Monday' officials spoke of 'the last 24 hours' (15-16 "
        "September)",
        # a news agency whose name holds a region outside AF/PK
        "orgs": ["Anadolu Agency"],
        "mentions": [
            # headline (an actor, as a country name)
            ("Afghanistan", "AF"),
            # headline 'accuses Pakistan', 'angry at Pakistan'
            ("Pakistan", "PK"),
            # 'eastern Kunar province', 'Kunar Governor' and 'Kunar police chief' (office titles naming a place)
            ("Kunar", KN),
            ("Nari", KN),
            ("Dangam", KN),
        ],
        "events": [
            # roughly 40 missiles fired from Pakistan on Kunar's Nari and Dangam districts in the last 24 hours: 'no
            # human loss' (an attack without casualties is neutral, heldout2); one firing with one (nil) toll over
            # two districts is one event accepting each (heldout13); the earlier shelling 'within the past three years'
            # with no figure is vague history, not an event
            {
                "place": "Nari",
                "accept": ["Nari", "Dangam", "Kunar"],
                "date": ["2013-09-15", "2013-09-16"],
                "precision": "day",
                "killed": None,
                "injured": None,
                "actor": "Pakistani military (alleged)",
                "kind": "neutral",
            },
        ],
    },
    {
        "file": "h48_10_tribune_parachinar.txt",
        "url": "https://tribune.com.pk/story/1009233/four-dead-several-wounded-in-parachinar-blast/",
        "published": "2015-12-13",
        "published_note": "the line 'Published: December 13, 2015' (a Sunday, left out) and the photo captions' date; "
        "'Sunday' is that day. The first photo caption, printed twice (image text and caption), is kept once; two "
        "links to other stories inside the body ('A big bang: ...', 'Muzaffargarh gunfight: ...') are page furniture "
        "and left out; the stored page ended mid-sentence ('... following a nati'): the text stops at the last whole "
        "sentence",
        "orgs": [],
        "mentions": [
            # headline, both captions, 'market in Parachinar', 'Agency Headquarters Hospital in Parachinar' (the city
            # set off after 'in', heldout33's 'Civil Hospital, Quetta')
            ("Parachinar", KP),
            # 'Kurram Agency' twice, 'Kurram tribal district', 'political administrator of Kurram', 'Kurram is one of'
            ("Kurram", KP),
            ("PESHAWAR", KP),
            ("ISLAMABAD", IB),
            # where the wounded were to be flown: a mention, not the scene
            ("Peshawar", KP),
            # a market where the bomb went off: neutral as a mention, accepted as the scene (heldout30's mosque)
            ("Eidgah", "neutral"),
            # 'on the border with Afghanistan', 'invasion of Afghanistan'
            ("Afghanistan", "AF"),
            ("Pakistan", "PK"),
            ("US", "neutral"),
        ],
        "events": [
            # bomb hidden in a bag in the Eidgah used-clothes market in Parachinar on Sunday: at least 23 killed; 'more
            # than 30' wounded (the headline's 30) is written 30 up to the 99 bound (heldout18's 'over 20')
            {
                "place": "Parachinar",
                "accept": ["Parachinar", "Eidgah", "Kurram"],
                "date": ["2015-12-13", "2015-12-13"],
                "precision": "day",
                "killed": [23, 23],
                "injured": [30, 99],
                "actor": "",
                "kind": "main",
            },
        ],
    },
]
