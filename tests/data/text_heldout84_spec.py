"""Eighty-fourth held-out set ("heldout84", see docs/annotation.md): the SEVENTY-SECOND BLIND set. Real AF/PK conflict
reports published in the years 2009 to 2011: in Afghanistan the NATO airstrike on two hijacked fuel trucks in Kunduz's Ali
Abad (2009, a Long War Journal item reposted on a blog), a suicide car bomb in Kandahar city with three 2009 Kandahar
attacks cited (2010), a roadside bomb on a minibus from Herat's Kosh-e-Kohna with a coalition airstrike that killed four
Afghan soldiers in Helmand (2010), a NATO airstrike on a police checkpoint in Nuristan's Wama (2011, an AP item on a
blog), the suicide assault on the Parwan governor's compound with the helicopter downed eight days before cited (2011,
a Reuters report on a blog); in Pakistan the twin suicide bombing at the political agent's office in Mohmand's Ghalanai
(2010), a US drone strike on Dwasarak in South Waziristan's Angoor Ada with the running drone toll since 2008 (2010),
militants killed entering Swat from Dir and at Malakand's Thana with five bodies found near Mardan's Abrahim Khan Kalay
(2011), a bomb in Pashat Bazaar of Bajaur's Salarzai (2011) and the twin suicide attack on the FC DIG's residence in
Quetta (2011). Outlets: The Express Tribune (two), Pakistan Today (two), CNN's Afghanistan blog (two), Dawn, and three
blog reposts (The AfPak Reader, livenws, worldspride).
Collected and annotated by reading each text against docs/annotation.md WITHOUT running geoinc's extractor on them
(no extract_places / extract_incidents / eval_text.py / bench_text.py on these texts before the spec was committed, and
the extraction rules in geoinc/text*.py were not read), while the extraction rules were being changed elsewhere. It is
not to be tuned to: run the final code on it once and report that number as the blind score. Same format as
text_dev_spec.py. Texts in devtexts/heldout84/."""

KP = "PK/Khyber Pakhtunkhwa"
KDZ = "AF/Kunduz"

ARTICLES = [
    {
        "file": "h84_01_tribune_ghalanai.txt",
        "url": "https://tribune.com.pk/story/86562/explosion-in-mohmand-kills-8/",
        "published": "2010-12-07",
        "published_note": "the page's 'Published: December 7, 2010' (a Tuesday; 'said Tuesday' is that day); the "
        "attack day is the caption's 'on December 6, 2010'. The photo caption was stored three times (the third with "
        "a second caption run on): kept once, as the third line; the stored page ends mid-quote ('Khan Zaman, who also "
        "survived the attack, said: \"There was a deafening explosion. And a thick cloud of smoke enveloped the whole'),"
        " so the text stops at the last whole sentence before that paragraph",
        # 'AFP', 'Lady Reading Hospital' hold no place name; the hospitals 'Tehsil Headquarters Hospital in Ghalani' and
        # 'District Headquarters Hospital in Charsadda' are generic names followed by their towns: the towns are mentions
        "orgs": [],
        "mentions": [
            # both headlines ('Bloodbath in Mohmand Agency'), the caption's 'the district of Mohmand', 'bombings in
            # Mohmand', 'the Mohmand tribal region', 'the main town in Mohmand Agency'
            ("Mohmand", KP),
            # 'died in Peshawar hospital' (where the wounded died, not the scene), 'Lady Reading Hospital in Peshawar'
            ("Peshawar", KP),
            # 'the town of Ghalanai' (a speaker's town, also the scene), "the political agent's office in Ghalanai"
            ("Ghalanai", KP),
            # a variant spelling of the same town: 'Ghalani hospital', 'Tehsil Headquarters Hospital in Ghalani'
            ("Ghalani", KP),
            ("Charsadda", KP),
        ],
        "events": [
            # twin suicide bombers at the political agent's office in Ghalanai on 6 December (the caption's date): 40
            # killed (print edition), the toll risen to 43 on Tuesday; the two bombers widen the maximum to 45; 60
            # wounded (Amjad Ali); a purported Taliban spokesperson claimed it
            {
                "place": "Ghalanai",
                "accept": ["Ghalanai", "Ghalani", "Mohmand"],
                "date": ["2010-12-06", "2010-12-06"],
                "precision": "day",
                "killed": [43, 45],
                "injured": [60, 60],
                "actor": "Taliban (claimed)",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h84_02_pakistantoday_pashat.txt",
        "url": "https://archive.pakistantoday.com.pk/2011/05/29/two-tribal-elders-among-8-killed-in-bajaur-bomb-blast/",
        "published": "2011-05-29",
        "published_note": "the URL's date (29 May 2011, a Sunday); 'on Saturday' is 28 May",
        # 'TTP', 'AFP' hold no place name
        "orgs": [],
        "mentions": [
            # headline 'in Bajaur bomb blast', "Bajaur Agency's Salarzai tehsil"
            ("Bajaur", KP),
            # the two spellings of the bazaar as written
            ("Pashat Bazar", KP),
            ("Pashat Bazaar", KP),
            # 'Salarzai tehsil' is a mention; 'the Salarzai tribe' (the 2nd) is a tribe, not a place (heldout14)
            ("Salarzai", KP, [2]),
        ],
        "events": [
            # the bomb in a tea shop in Pashat Bazaar, Salarzai tehsil, on Saturday: at least eight killed (two tribal
            # elders and six others), 12 injured; the TTP claimed a 'suicide attack': the bomber widens the maximum
            {
                "place": "Pashat Bazaar",
                "accept": ["Pashat Bazaar", "Pashat Bazar", "Salarzai", "Bajaur"],
                "date": ["2011-05-28", "2011-05-28"],
                "precision": "day",
                "killed": [8, 9],
                "injured": [12, 12],
                "actor": "Tehrik-i-Taliban Pakistan (claimed)",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h84_03_afpakreader_aliabad.txt",
        "url": "https://theafpakreader.wordpress.com/2009/09/11/mainlining-bill-roggio-summer-2009-week-11-volume-7/",
        "published": "2009-09-11",
        "published_note": "the blog page's date line 'September 11, 2009' (and its URL); the reposted Long War Journal "
        "item carries its own date line 'September 4, 2009 7:42 AM', and the strike 'occurred at 2:30 AM local time' "
        "that morning: 4 September (new here: a repost's own date line dates its events, as heldout24's ISAF release). "
        "The blog's repeated post title is kept as stored; the stored page ends mid-sentence ('The strike was o'), so "
        "the text stops at the last whole sentence",
        # the blog's name ('AfPak' is a region name inside it)
        "orgs": ["The AfPak Reader"],
        "mentions": [
            # 'NATO airstrike' (twice), 'NATO fighter-bombers', 'the biggest NATO contingent' (actor/adjective)
            ("NATO", "neutral"),
            # headline 'in Kunduz', 'in Kunduz province', 'Kunduz Governor' (an office title naming a place,
            # heldout2), 'contingent in Kunduz'
            ("Kunduz", KDZ),
            ("Afghanistan", "AF"),
            # 'Germany insists' (a metonym for a government outside the region)
            ("Germany", "out"),
            # 'the Taliban-controlled Ali Abad district', 'the district governor of the Ali Abad district'
            ("Ali Abad", KDZ),
            # 'transported to Kabul for treatment' (where the wounded went, not the scene)
            ("Kabul", "AF/Kabul"),
        ],
        "events": [
            # NATO fighter-bombers hit two hijacked fuel trucks stalled in a riverbed in Ali Abad district at 2:30 AM
            # on 4 September: '93 people have been reported killed' ('More than 90'; the governor's 45 Taliban plus a
            # commander and the police chief's 65 Taliban are parts of it), 'More than a hundred' seriously injured
            # (101 up to 999, heldout23)
            {
                "place": "Ali Abad",
                "accept": ["Ali Abad", "Kunduz"],
                "date": ["2009-09-04", "2009-09-04"],
                "precision": "day",
                "killed": [93, 93],
                "injured": [101, 999],
                "actor": "NATO",
                "kind": "main",
            },
            # the Taliban hijacked the two fuel trucks in Kunduz province and 'beheaded the drivers' (no figure) before
            # the strike; cited only as its cause, with no date of its own: `background`, from the day before the
            # strike to the strike
            {
                "place": "Ali Abad",
                "accept": ["Ali Abad", "Kunduz"],
                "date": ["2009-09-03", "2009-09-04"],
                "precision": "period",
                "killed": None,
                "injured": None,
                "actor": "Taliban",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h84_04_cnn_koshkekohna.txt",
        "url": "https://afghanistan.blogs.cnn.com/2010/12/16/bomb-strikes-minibus-kills-14-civilians/",
        "published": "2010-12-16",
        "published_note": "the page's date line 'December 16th, 2010 07:56 AM ET' (a Thursday); 'a Wednesday airstrike' "
        "is 15 December. The minibus bombing is not dated in the text: the week window. The 'Filed under' line and the "
        "readers' comments below it are left out",
        # 'International Security Assistance Force', 'Afghan National Army' hold no place name
        "orgs": [],
        "mentions": [
            ("Afghanistan", "AF"),
            # 'Herat province', 'the city of Herat', 'the Herat provincial governor' (an office naming a place)
            ("Herat", "AF/Herat"),
            # the district in two spellings, as written
            ("Kosh-e-Kohna", "AF/Herat"),
            ("Koshk-e-Kohna", "AF/Herat"),
            # 'used by NATO and Afghan forces', 'NATO-led forces', "NATO's International Security Assistance Force"
            ("NATO", "neutral"),
            # 'In Helmand province', 'the Helmand governor'
            ("Helmand", "AF/Helmand"),
        ],
        "events": [
            # the roadside bomb that struck a minibus of a family headed from Kosh-e-Kohna district to Herat city: at
            # least 14 killed, four injured; the district's 'only one small road' runs through it, so the district is
            # the scene, with Herat (the city it was headed for, and the province) accepted (heldout29's convoy
            # between two towns); not dated in the text: the week window
            {
                "place": "Kosh-e-Kohna",
                "accept": ["Kosh-e-Kohna", "Koshk-e-Kohna", "Herat"],
                "date": ["2010-12-09", "2010-12-16"],
                "precision": "week",
                "killed": [14, 14],
                "injured": [4, 4],
                "actor": None,
                "kind": "main",
            },
            # 'In Helmand province', the Wednesday (15 December) coalition airstrike that killed four Afghan soldiers
            # by mistake; no finer place than the province
            {
                "place": "Helmand",
                "accept": ["Helmand"],
                "date": ["2010-12-15", "2010-12-15"],
                "precision": "day",
                "killed": [4, 4],
                "injured": None,
                "actor": "NATO/ISAF",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h84_05_pakistantoday_swat.txt",
        "url": "https://archive.pakistantoday.com.pk/2011/02/12/11-militants-killed-in-swat/",
        "published": "2011-02-12",
        "published_note": "the URL's date (12 February 2011, a Saturday); officials 'said on Friday' (11 February) but "
        "none of the killings is dated: the week window (heldout27's 'said Thursday'). The page-title line '11 "
        "militants killed in Swat | Pakistan Today' above the headline and the closing 'Related posts' are left out",
        # the newspaper (heldout12); the TTP with its chapters named after two agencies (heldout56's 'Mohmand
        # chapter'); a district police force (heldout24's 'DI Khan Police')
        "orgs": ["Pakistan Today", "Tehrik-e-Taliban Pakistan, Malakand and Mohmand chapters", "Mardan police"],
        "mentions": [
            # headline, 'sneak into Swat' (twice more), 'into Swat' (twice), 'ISPR Swat' (an office naming a place),
            # 'in Kabal area of Swat', 'River Swat' (a river: a landmark), 'The security forces in Swat'
            ("Swat", KP),
            # the dateline
            ("PESHAWAR", KP),
            # 'from district Dir', 'Swat from Dir'
            ("Dir", KP),
            ("Thana", KP),
            # 'Thana Malakand Agency', 'Sher Khana Malakand Agency' (the 3rd is inside the TTP chapters)
            ("Malakand", KP),
            # 'military operation in Mohmand tribal Agency' (the 2nd is inside the TTP chapters)
            ("Mohmand", KP),
            ("Kabal", KP),
            # home towns of the dead (mentions, not the scene: heldout10)
            ("Barikot", KP),
            ("Sher Khana", KP),
            # 'army recruits in Mardan', 'found in Mardan' (the 3rd is inside 'Mardan police', the 4th inside the
            # two-town road)
            ("Mardan", KP, [4]),
            ("Abrahim Khan Kalay", KP),
            # a road named after two towns: neutral, the names inside are not mentions (heldout16)
            ("Charsadda-Mardan Road", "neutral"),
            # a generic station name (heldout21)
            ("Saddar Police Station", "neutral"),
            ("Shabqadar", KP),
            # 'Shabqadar area of Charsadda district' (the 1st is inside the two-town road)
            ("Charsadda", KP, [1]),
            ("Swabi", KP),
            ("Rawalpindi", "PK/Punjab"),
        ],
        "events": [
            # five militants killed 'while entering from district Dir into Swat' (buried in Kabal area of Swat): the
            # text names Swat's Kabal only as their burial place, so Swat is the scene, Kabal accepted
            {
                "place": "Swat",
                "accept": ["Swat", "Kabal"],
                "date": ["2011-02-05", "2011-02-12"],
                "precision": "week",
                "killed": [5, 5],
                "injured": None,
                "actor": "Pakistani security forces",
                "kind": "main",
            },
            # six militants killed trying to sneak into Thana, Malakand Agency, from Swat ('near River Swat')
            {
                "place": "Thana",
                "accept": ["Thana", "Malakand"],
                "date": ["2011-02-05", "2011-02-12"],
                "precision": "week",
                "killed": [6, 6],
                "injured": None,
                "actor": "Pakistani security forces",
                "kind": "main",
            },
            # the lead's 11 over the two: an aggregate
            {
                "place": "Swat",
                "accept": ["Swat", "Thana", "Malakand", "Kabal"],
                "date": ["2011-02-05", "2011-02-12"],
                "precision": "week",
                "killed": [11, 11],
                "injured": None,
                "actor": "Pakistani security forces",
                "kind": "aggregate",
            },
            # five bullet-riddled bodies found near Abrahim Khan Kalay on the Charsadda-Mardan Road (a Taliban note by
            # them): a killing of five, undated
            {
                "place": "Abrahim Khan Kalay",
                "accept": ["Abrahim Khan Kalay", "Mardan"],
                "date": ["2011-02-05", "2011-02-12"],
                "precision": "week",
                "killed": [5, 5],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
            # 'the suicide attack on army recruits in Mardan', cited without a date or a toll: `background`, killed
            # null, the week window
            {
                "place": "Mardan",
                "accept": ["Mardan"],
                "date": ["2011-02-05", "2011-02-12"],
                "precision": "week",
                "killed": None,
                "injured": None,
                "actor": None,
                "kind": "background",
            },
        ],
    },
    {
        "file": "h84_06_livenws_wama.txt",
        "url": "http://livenws.blogspot.com/2011/08/afghan-governor-nato-airstrike-kills-4.html",
        "published": "2011-08-01",
        "published_note": "the blog's date line 'Monday, August 1, 2011' (and the URL's month); 'late Sunday' is 31 July. "
        "The link text 'News..' run onto the last sentence is kept as stored; the closing '0 commentaires:' and 'Post a "
        "Comment' lines are left out",
        "orgs": [],
        "mentions": [
            # "Afghanistan's northeastern Nuristan province"
            ("Afghanistan", "AF"),
            ("Nuristan", "AF/Nuristan"),
            # 'a NATO airstrike' (headline and body), 'NATO forces'
            ("NATO", "neutral"),
            ("Wama", "AF/Nuristan"),
            # 'the largely lawless province which borders Pakistan'
            ("Pakistan", "PK"),
        ],
        "events": [
            # a NATO airstrike on a police checkpoint in Wama district late on Sunday: four police killed, two wounded
            # (the governor's figures); the detention of 12 police afterwards is no event
            {
                "place": "Wama",
                "accept": ["Wama", "Nuristan"],
                "date": ["2011-07-31", "2011-07-31"],
                "precision": "day",
                "killed": [4, 4],
                "injured": [2, 2],
                "actor": "NATO",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h84_07_cnn_kandahar.txt",
        "url": "https://afghanistan.blogs.cnn.com/2010/02/04/suicide-car-bomb-in-kandahar-kills-2-wounds-12/",
        "published": "2010-02-04",
        "published_note": "the page's date line 'February 4th, 2010 01:36 PM ET' (a Thursday); 'Thursday' at '7:30 p.m.' "
        "local time is that day (10:00 AM ET). The 'Filed under' line and the readers' comments below it are left out",
        "orgs": [],
        "mentions": [
            # headline 'in Kandahar', 'the southern Afghan city of Kandahar', 'Kandahar Police Chief' (an office naming
            # a place), "one of Kandahar's main roads", 'Kandahar province', 'construction company in Kandahar'
            ("Kandahar", "AF/Kandahar"),
            # 'NATO-led forces'
            ("NATO", "neutral"),
            ("Afghanistan", "AF"),
        ],
        "events": [
            # the suicide car bomb that went off early in front of a guest house on a main road of Kandahar city on
            # Thursday evening: at least two civilians killed, at least 12 wounded; the bomber widens the maximum
            {
                "place": "Kandahar",
                "accept": ["Kandahar"],
                "date": ["2010-02-04", "2010-02-04"],
                "precision": "day",
                "killed": [2, 3],
                "injured": [12, 12],
                "actor": None,
                "kind": "main",
            },
            # 'In December, at least eight people died when an explosive on a horse cart detonated': no place of its
            # own in a report about Kandahar: placed at Kandahar (heldout19); December 2009 as a `period`
            {
                "place": "Kandahar",
                "accept": ["Kandahar"],
                "date": ["2009-12-01", "2009-12-31"],
                "precision": "period",
                "killed": [8, 8],
                "injured": None,
                "actor": None,
                "kind": "background",
            },
            # '..., and a Canadian and Afghan soldier were killed during a foot patrol' (December): a second incident
            # in the same sentence, its own circumstances and toll (new here: two incidents joined by 'and' in one
            # sentence are two events)
            {
                "place": "Kandahar",
                "accept": ["Kandahar"],
                "date": ["2009-12-01", "2009-12-31"],
                "precision": "period",
                "killed": [2, 2],
                "injured": None,
                "actor": None,
                "kind": "background",
            },
            # 'In August, more than 40 people died when a tanker truck full of explosives went off in front of a
            # Japanese construction company in Kandahar': 41 up to 99 (heldout18's 'over 20'); August 2009
            {
                "place": "Kandahar",
                "accept": ["Kandahar"],
                "date": ["2009-08-01", "2009-08-31"],
                "precision": "period",
                "killed": [41, 99],
                "injured": None,
                "actor": None,
                "kind": "background",
            },
        ],
    },
    {
        "file": "h84_08_tribune_angoorada.txt",
        "url": "https://tribune.com.pk/story/30650/us-drone-strike-kills-16-in-south-waziristan/",
        "published": "2010-07-24",
        "published_note": "the page's 'Published: July 24, 2010' (a Saturday); 'on Saturday' is that day. The photo "
        "caption, stored twice, is kept once; 'Facebook Conversations', the readers' comments and 'More in Pakistan' "
        "are left out. The double spaces are kept as stored",
        # 'EPA' (the caption's credit) holds no place name
        "orgs": [],
        "mentions": [
            # headline, caption and body 'US drone strikes', 'Two US drones' (an adjective/actor)
            ("US", "neutral"),
            # headline, caption, 'Angoor Ada, South Waziristan', 'the main town in South Waziristan district'
            ("South Waziristan", KP),
            ("Angoor Ada", KP),
            ("Dwasarak", KP),
            # '40 kilometres west of Wana' (a reference town), 'one in Wana' (a speaker's location)
            ("Wana", KP),
            # 'one based in Peshawar' (a speaker's location)
            ("Peshawar", KP),
            ("Pakistan", "PK"),
        ],
        "events": [
            # US drones fired missiles at a compound (a house) in Dwasarak village, Angoor Ada, on Saturday: 16 killed;
            # the village is named, so Wana (40 km away) is a reference point, not a container (heldout14)
            {
                "place": "Dwasarak",
                "accept": ["Dwasarak", "Angoor Ada", "South Waziristan"],
                "date": ["2010-07-24", "2010-07-24"],
                "precision": "day",
                "killed": [16, 16],
                "injured": None,
                "actor": "United States (drone)",
                "kind": "main",
            },
            # 'Nearly 1,000 people have been killed in more than 100 drone strikes in Pakistan since August 2008': a
            # `period` aggregate at the country (heldout28's 'over 900 killed since August 2008'); 'Nearly 1,000' is
            # written [999, 1000] (heldout21's 'almost 50')
            {
                "place": "Pakistan",
                "accept": ["Pakistan"],
                "date": ["2008-08-01", "2010-07-24"],
                "precision": "period",
                "killed": [999, 1000],
                "injured": None,
                "actor": "United States (drone)",
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h84_09_worldspride_parwan.txt",
        "url": "http://worldspride.blogspot.com/2011/08/suicide-bombers-gunmen-kill-19-in.html",
        "published": "2011-08-14",
        "published_note": "the blog's date line 'Sunday, August 14, 2011' (a Reuters report reposted); 'on Sunday' is "
        "that day, and 'Eight days ago' is 6 August. The blog's 'Search Here' line is left out; the stored page ends "
        "mid-sentence ('... but said the attackers di'), so the text stops at the last whole sentence before that "
        "paragraph",
        # 'Reuters', 'Interior Ministry' hold no place name
        "orgs": [],
        "mentions": [
            # headline and body 'central Afghanistan', the line opening 'Afghanistan -', "Afghanistan's Interior
            # Ministry" (a country in the possessive)
            ("Afghanistan", "AF"),
            # 'Parwan governor' (an office naming a place), 'the Parwan provincial hospital' (a generic hospital
            # qualified by its province: a mention, heldout82), 'Parwan lies', 'the Parwan attack'
            ("Parwan", "AF/Parwan"),
            # 'the capital, Kabul', 'province near Kabul'
            ("Kabul", "AF/Kabul"),
            ("NATO", "neutral"),
            # '30 U.S. troops', 'U.S. officials'
            ("U.S.", "neutral"),
        ],
        "events": [
            # suicide bombers and gunmen attacked the Parwan governor's compound on Sunday: 19 killed including five
            # police, 37 wounded (the ministry); the doctor's 'So far ... 16 bodies and 29' injured is an interim
            # count below the official toll and does not lower the minimum (new here); the six bombers the Taliban
            # name (a car bomber at the gate and five inside) widen the maximum to 25. The city is not named: the
            # province
            {
                "place": "Parwan",
                "accept": ["Parwan"],
                "date": ["2011-08-14", "2011-08-14"],
                "precision": "day",
                "killed": [19, 25],
                "injured": [37, 37],
                "actor": "Taliban (claimed)",
                "kind": "main",
            },
            # 'Eight days ago' (6 August) the Taliban brought down a NATO helicopter 'in another central Afghan
            # province near Kabul' (not named): 30 U.S. troops and eight Afghans killed ([30, 38]); placed at the
            # country (heldout7), `background`
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan"],
                "date": ["2011-08-06", "2011-08-06"],
                "precision": "day",
                "killed": [30, 38],
                "injured": None,
                "actor": "Taliban",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h84_10_dawn_quetta.txt",
        "url": "http://dawn.com/2011/09/08/fc-brigadiers-wife-colonel-among-28-killed-suicide-blasts-rock-quetta.html",
        "published": "2011-09-08",
        "published_note": "the URL's date (8 September 2011, the print edition); the dateline 'QUETTA, Sept 7' and 'on "
        "Wednesday morning' give 7 September. No headline on the stored page; it ends mid-quote ('\u201cIn the sec'), "
        "so the text stops at the last whole sentence before it. The same report is stored at "
        "dawn.com/news/657319 (also checked, not used twice)",
        # the TTP (its 'Pakistan' is inside the name); a provincial force named after its province (heldout16's
        # 'Balochistan Levies'); 'Frontier Corps', 'Combined Medical Hospital', 'Dawn' hold no place name
        "orgs": ["Tehrik-i-Taliban Pakistan", "Balochistan Constabulary"],
        "mentions": [
            # the dateline (the scene's city: 'here')
            ("QUETTA", "PK/Balochistan"),
        ],
        "events": [
            # two suicide bombers about six minutes apart outside the residences of the FC's DIG and his deputy in
            # one high-security neighbourhood of Quetta on Wednesday morning: one coordinated attack with one toll
            # (heldout7's two bombings in one city on one day), 28 killed (13 security personnel, 15 civilians), the
            # two bombers widen the maximum to 30; 82 injured; claimed by a TTP spokesman. The only name for the scene
            # is the dateline (heldout15)
            {
                "place": "Quetta",
                "accept": ["QUETTA", "Quetta"],
                "date": ["2011-09-07", "2011-09-07"],
                "precision": "day",
                "killed": [28, 30],
                "injured": [82, 82],
                "actor": "Tehrik-i-Taliban Pakistan (claimed)",
                "kind": "main",
            },
        ],
    },
]
