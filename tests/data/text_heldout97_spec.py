"""Ninety-seventh held-out set ("heldout97", see docs/annotation.md): the EIGHTY-FIFTH BLIND set. Real AF/PK conflict
reports published in the years 2014 to 2017: in Afghanistan a roadside bomb on a police car in Herat's Guzara with an
Eid bombing near a mosque in Balkh's Sholgara the same day (2015), an air strike on the Taliban's shadow governor in
Ghazni's Payinda Khil (Aab Band) with a suicide bomber killed by police in Ghazni (2016), a Taliban attack on
checkpoints in Kandahar's Maruf (2017), a Taliban attack on border police checkpoints in Kunar's Dowkalan (Nari)
(2014), a clash in Kunar's Chapadara (2015), a clash in Nangarhar's Koz Kunar (Badiali) and an operation in Achin's
Pekha with their joint toll (2017); in Pakistan a roadside bomb on an FC vehicle at Khost in Harnai with a firing on
an FC patrol in Panjgur's Naag, their joint toll and the Pishin Stop bombing in Quetta cited (2017), a US drone
strike in North Waziristan's Datakhel (2014), a US drone strike in North Waziristan's Shawal (2015), a
remote-controlled bomb on a Balochistan Constabulary van in Quetta's Bhosa Mandi (2016), a roadside IED on an
Anti-Narcotics Force jeep in Mohmand Agency's Sangar (Ambar tehsil) (2016). Outlets: Press TV via GlobalSecurity.org,
Dawn (two), The Express Tribune (two), Ariana News, AP via The Herald (Rock Hill), IANS via Business Standard (two),
Khaama Press, Times of Islamabad (APP). Collected and annotated by reading each text against docs/annotation.md
WITHOUT running geoinc's extractor on them (no extract_places / extract_incidents / eval_text.py / bench_text.py on
these texts before the spec was committed, and the extraction rules in geoinc/text*.py were not read), while the
extraction rules were being changed elsewhere. It is not to be tuned to: run the final code on it once and report
that number as the blind score. Same format as text_dev_spec.py. Texts in devtexts/heldout97/."""

KP = "PK/Khyber Pakhtunkhwa"
BL = "PK/Balochistan"
HR = "AF/Herat"
BK = "AF/Balkh"
GZ = "AF/Ghazni"
KD = "AF/Kandahar"
KN = "AF/Kunar"
NG = "AF/Nangarhar"

ARTICLES = [
    {
        "file": "h97_01_presstv_herat.txt",
        "url": "https://www.globalsecurity.org/military/library/news/2015/07/mil-150718-presstv02.htm",
        "published": "2015-07-18",
        "published_note": "the page's own date line 'Sat Jul 18, 2015 6:15AM' (and the URL's 150718); 'on Friday "
        "evening' is 17 July and 'Earlier in the day' the same Friday (Eid al-Fitr). The source line ('Iran Press TV') "
        "and the site's newsletter lines after the article are left out",
        "orgs": [],
        "mentions": [
            # headline 'western Afghanistan', "Afghanistan's western province", "Afghanistan's northern province",
            # 'Afghanistan faces'
            ("Afghanistan", "AF"),
            # 'province of Herat', 'the provincial capital city of Herat' (a mention, not the scene)
            ("Herat", HR),
            ("Guzara", HR),
            ("Balkh", BK),
            ("Sholgara", BK),
            # 'the provincial capital city of Mazar-i-Sharif' (distance reference, not the scene)
            ("Mazar-i-Sharif", BK),
            ("United States", "out"),
            # "Washington's so-called war on terror" (metonym for the US government)
            ("Washington", "out"),
        ],
        "events": [
            # the roadside bomb under a police patrol car in Guzara district on Friday evening: six policemen killed
            {
                "place": "Guzara",
                "accept": ["Guzara"],
                "date": ["2015-07-17", "2015-07-17"],
                "precision": "day",
                "killed": [6, 6],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
            # 'Earlier in the day': the bomb near a mosque in Sholgara district, Balkh, as people gathered for Eid
            # prayers: three killed, 'more than a dozen' injured (13 up to the 99 bound, heldout16's "over a dozen")
            {
                "place": "Sholgara",
                "accept": ["Sholgara"],
                "date": ["2015-07-17", "2015-07-17"],
                "precision": "day",
                "killed": [3, 3],
                "injured": [13, 99],
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h97_02_dawn_harnai.txt",
        "url": "https://dawn.com/news/1351626",
        "published": "2017-08-15",
        "published_note": "the print line 'Published in Dawn, August 15th, 2017' (a Tuesday); 'on Monday evening' is 14 "
        "August and 'On Saturday night' 12 August. No headline on the stored page; the site's opinion and editorial "
        "links after the article are left out",
        # 'Dawn' holds no place name
        "orgs": [],
        "mentions": [
            # the dateline 'QUETTA:'
            ("QUETTA", BL),
            # 'the Khost area', 'passing through Khost', 'the Khost checkpost', 'linking Khost with': the Khost area of
            # Harnai in Balochistan (not Afghanistan's Khost province)
            ("Khost", BL),
            # 'northeast of Quetta' (distance reference), 'shifted to Quetta', "Quetta's Pishin Stop"
            ("Quetta", BL),
            # 'Harnai district', 'Harnai town', 'the Harnai district hospital' (a lower-case description, heldout22)
            ("Harnai", BL),
            ("Panjgur", BL),
            # 'a spokesman for the Balochistan government' (the province's government as speaker)
            ("Balochistan", BL),
            # 'Shahrag coalmine' twice
            ("Shahrag", BL),
            ("Naag", BL),
            ("Pishin Stop", BL),
        ],
        "events": [
            # the remote-controlled IED under an FC vehicle passing through Khost, 16km from Harnai town, on Monday
            # evening: six FC soldiers killed, two injured
            {
                "place": "Khost",
                "accept": ["Khost", "Harnai"],
                "date": ["2017-08-14", "2017-08-14"],
                "precision": "day",
                "killed": [6, 6],
                "injured": [2, 2],
                "actor": None,
                "kind": "main",
            },
            # gunmen fired on FC vehicles patrolling the Naag area of Panjgur district: one FC man killed, one injured
            {
                "place": "Naag",
                "accept": ["Naag", "Panjgur"],
                "date": ["2017-08-14", "2017-08-14"],
                "precision": "day",
                "killed": [1, 1],
                "injured": [1, 1],
                "actor": "gunmen",
                "kind": "main",
            },
            # the lede's 'Seven personnel ... martyred and three others injured in a bomb blast ... in Harnai district,
            # and in firing in Panjgur district on Monday evening': the day's total over two districts, `aggregate`
            {
                "place": "Harnai",
                "accept": ["Harnai", "Khost", "Panjgur", "Naag"],
                "date": ["2017-08-14", "2017-08-14"],
                "precision": "day",
                "killed": [7, 7],
                "injured": [3, 3],
                "actor": None,
                "kind": "aggregate",
            },
            # 'On Saturday night, a powerful explosion near Quetta's Pishin Stop left least 15 people ... dead and over
            # 30 injured': cited, `background` ('over 30' injured: 31 up to the 99 bound)
            {
                "place": "Pishin Stop",
                "accept": ["Pishin Stop", "Quetta"],
                "date": ["2017-08-12", "2017-08-12"],
                "precision": "day",
                "killed": [15, 15],
                "injured": [31, 99],
                "actor": None,
                "kind": "background",
            },
        ],
    },
    {
        "file": "h97_03_dawn_datakhel.txt",
        "url": "https://www.dawn.com/news/1145788",
        "published": "2014-11-20",
        "published_note": "the page's date line 'Published November 20, 2014' (a Thursday); 'on Thursday' is that day. "
        "The photo caption, printed twice on the stored page, is kept once; the 'Also read:' link line and the site's "
        "opinion and editorial links are left out",
        "orgs": [],
        "mentions": [
            # headline, caption and body 'US drone strike', 'the US drone': the US as actor/adjective
            ("US", "neutral"),
            # headline, 'in North Waziristan', 'North Waziristan Agency', 'North Waziristan is among'
            ("North Waziristan", KP),
            # the dateline 'PESHAWAR:'
            ("PESHAWAR", KP),
            # 'Datakhel tehsil'
            ("Datakhel", KP),
            # "Pakistan's seven tribal districts", "Pakistan's military", 'across Pakistan'
            ("Pakistan", "PK"),
        ],
        "events": [
            # two missiles from a US drone on a compound in Datakhel tehsil on Thursday: five suspected militants
            # killed ('also some injured': no figure, injured null). Operation Zarb-i-Azb 'since mid-June' is vague
            # history with no toll: not an event
            {
                "place": "Datakhel",
                "accept": ["Datakhel", "Datta Khel", "North Waziristan"],
                "date": ["2014-11-20", "2014-11-20"],
                "precision": "day",
                "killed": [5, 5],
                "injured": None,
                "actor": "United States (drone)",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h97_04_tribune_shawal.txt",
        "url": "https://tribune.com.pk/story/828986/drone-strike-in-north-waziristan-kills-six/",
        "published": "2015-01-28",
        "published_note": "the page's date line 'Published: January 28, 2015' (a Wednesday); 'on Wednesday' is that "
        "day. The 'RELATED:' link line is left out; the stored page ends mid-sentence, so the text stops at the last "
        "whole sentence",
        # 'AFP' holds no place name
        "orgs": [],
        "mentions": [
            # headline and body 'US drone', 'by the US'
            ("US", "neutral"),
            # headline, 'Shawal area of North Waziristan', 'in North Waziristan' twice more
            ("North Waziristan", KP),
            # the dateline 'PESHAWAR:'
            ("PESHAWAR", KP),
            # 'in Shawal' (lede), 'Shawal area' twice
            ("Shawal", KP),
            # 'districts that border Afghanistan', 'NATO forces in Afghanistan'
            ("Afghanistan", "AF"),
            # 'Washington and Islamabad are coordinating', 'Washington pressed Islamabad': metonyms (mentions, not
            # scenes)
            ("Washington", "out"),
            ("Islamabad", "PK/Islamabad"),
            # 'Pakistan, however, officially denounces' (the state as actor)
            ("Pakistan", "PK"),
            ("NATO", "neutral"),
        ],
        "events": [
            # a US drone's two missiles on a compound and vehicle in the Shawal area on Wednesday: 'at least six'
            # killed (the lede and the first official), 'three ... foreigners whereas four of them local' (seven) by
            # another official: [6, 7]; two injured. 'the fourth US drone attack in Shawal ... in January 2015' gives
            # no toll, place or day of the others: not an event
            {
                "place": "Shawal",
                "accept": ["Shawal", "North Waziristan"],
                "date": ["2015-01-28", "2015-01-28"],
                "precision": "day",
                "killed": [6, 7],
                "injured": [2, 2],
                "actor": "United States (drone)",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h97_05_ariananews_ghazni.txt",
        "url": "https://ariananews.af/taliban-shadow-governor-for-ghazni-killed-in-airstrike/",
        "published": "2016-06-18",
        "published_note": "the page's line '(Last Updated On: June 18, 2016 2:06 pm)' and 'announced on Saturday' (18 "
        "June 2016 is a Saturday): 'last night' is 17 or 18 June (two-day window). The site's 'About Ariana News' and "
        "'Check Also' lines after the article are left out",
        # the ministry's name holds the country (an organisation); 'Afghan National Police' a demonym only
        "orgs": ["Ministry of Interior of Afghanistan"],
        "mentions": [
            # headline 'for Ghazni', 'Ghazni province' five times
            ("Ghazni", GZ),
            ("Payinda Khil", GZ),
            # 'Aab Band District'
            ("Aab Band", GZ),
        ],
        "events": [
            # the air strike 'last night' on Payinda Khil village, Aab Band district: four Taliban killed (the shadow
            # governor Mullah Qasim among them), two injured (the interior ministry's statement)
            {
                "place": "Payinda Khil",
                "accept": ["Payinda Khil", "Aab Band"],
                "date": ["2016-06-17", "2016-06-18"],
                "precision": "day",
                "killed": [4, 4],
                "injured": [2, 2],
                "actor": "Afghan forces",
                "kind": "main",
            },
            # 'Meanwhile MoI said, a suicide bomber was killed by Afghan National Police before he reach his target in
            # Ghazni province': a second incident with one death (the bomber, heldout13) and no day of its own: the
            # week window (heldout14's 'Separately'); no one else harmed
            {
                "place": "Ghazni",
                "accept": ["Ghazni"],
                "date": ["2016-06-11", "2016-06-18"],
                "precision": "week",
                "killed": [1, 1],
                "injured": None,
                "actor": "Afghan National Police",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h97_06_ap_maruf.txt",
        "url": "http://www.heraldonline.com/news/nation-world/world/article179062861.html",
        "published": "2017-10-16",
        "published_note": "the page's date line 'October 16, 2017 5:39 AM' (a Monday); 'late Sunday' is 15 October. "
        "The section label ('World'), the byline ('The Associated Press') and the site's subscription and video lines "
        "after the article are left out",
        "orgs": [],
        "mentions": [
            # headline 'in Kandahar assault', 'the southern Kandahar province'
            ("Kandahar", KD),
            # the dateline 'KABUL Afghanistan.'
            ("KABUL", "AF/Kabul"),
            ("Afghanistan", "AF"),
            ("Maruf", KD),
            ("U.S.", "neutral"),
        ],
        "events": [
            # the Taliban's attack on checkpoints in Maruf district late Sunday: four police killed; the repelled
            # attackers suffered '"heavy casualties"' with no figure, which widens the maximum to the 99 bound like an
            # unquantified 'several' more dead on top of a figure; the Taliban claimed it
            {
                "place": "Maruf",
                "accept": ["Maruf"],
                "date": ["2017-10-15", "2017-10-15"],
                "precision": "day",
                "killed": [4, 99],
                "injured": None,
                "actor": "Taliban (claimed)",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h97_07_ians_nari.txt",
        "url": "https://www.business-standard.com/amp/article/news-ians/three-policemen-10-militants-killed-in-"
        "afghanistan-attack-114111500942_1.html",
        "published": "2014-11-15",
        "published_note": "the page's line 'Last Updated : Nov 15 2014 | 3:35 PM IST' (a Saturday); 'Saturday "
        "morning' is that day. The line 'IANS Kabul' (agency and place of filing) is kept as a dateline; the site's "
        "subscription offers after the article are left out",
        # 'Xinhua' holds no place name
        "orgs": [],
        "mentions": [
            # headline 'in Afghanistan', "Afghanistan's capital Kabul", 'Afghanistan is due', 'stationed in
            # Afghanistan'
            ("Afghanistan", "AF"),
            # the dateline-like 'IANS Kabul'; "Afghanistan's capital Kabul" (distance reference)
            ("Kabul", "AF/Kabul"),
            ("Kunar", KN),
            ("Dowkalan", KN),
            ("Nari", KN),
            # 'the district bordering Pakistan'
            ("Pakistan", "PK"),
            # 'the capital of which is Asadabad' (not the scene)
            ("Asadabad", KN),
            # 'NATO and US forces', 'NATO-led' twice, 'the US plans'
            ("NATO", "neutral"),
            ("US", "neutral"),
        ],
        "events": [
            # the Taliban's attack on three checkpoints in the Dowkalan area of Nari district on Saturday about 5 a.m.:
            # three border policemen and ten militants killed (13), 'Earlier reports said five policemen' (15); the
            # largest single figure is the ten militants: [10, 15]; two police and ten militants wounded: [10, 12]
            {
                "place": "Dowkalan",
                "accept": ["Dowkalan", "Nari"],
                "date": ["2014-11-15", "2014-11-15"],
                "precision": "day",
                "killed": [10, 15],
                "injured": [10, 12],
                "actor": "Taliban (claimed)",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h97_08_ians_chapadara.txt",
        "url": "https://www.business-standard.com/article/news-ians/clash-claims-15-lives-in-afghanistan-115090500729_1.html",
        "published": "2015-09-05",
        "published_note": "the page's line 'First Published: Sep 05 2015 | 6:50 PM IST' (a Saturday); 'on Saturday' is "
        "that day. The site's 'More From This Section' and channel lines are left out",
        "orgs": [],
        "mentions": [
            # headline 'in Afghanistan'
            ("Afghanistan", "AF"),
            # 'province of Kunar', 'Kunar province' twice
            ("Kunar", KN),
            ("Chapadara", KN),
        ],
        "events": [
            # the clash in Chapadara district on Saturday: 14 Taliban and a soldier killed (the headline's 15)
            {
                "place": "Chapadara",
                "accept": ["Chapadara"],
                "date": ["2015-09-05", "2015-09-05"],
                "precision": "day",
                "killed": [14, 15],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h97_09_khaama_nangarhar.txt",
        "url": "http://www.khaama.com/taliban-and-isis-militants-among-14-killed-in-east-of-afghanistan-02801",
        "published": "2017-05-22",
        "published_note": "the page's line 'By Khaama Press - Mon May 22 2017, 11:35 am'. No day is given for any "
        "incident: the week window. No headline on the stored page",
        # 'Islamic State of Iraq and Syria' holds two places outside the region (an organisation, heldout94); 'Khaama
        # Press' holds no place name
        "orgs": ["Islamic State of Iraq and Syria"],
        "mentions": [
            ("Nangarhar", NG),
            ("Afghanistan", "AF"),
            # 'Koz Kunar and Achin districts', 'Badiali area of Koz Kunar district' ('Kunar' inside it is not a
            # separate mention)
            ("Koz Kunar", NG),
            # 'Achin districts', 'Pekha district of Achin'
            ("Achin", NG),
            ("Badiali", NG),
            ("Pekha", NG),
            ("Mohmand Dara", NG),
        ],
        "events": [
            # a clash with the security forces in the Badiali area of Koz Kunar district: five Taliban killed, eight
            # wounded; no day given: the week window
            {
                "place": "Badiali",
                "accept": ["Badiali", "Koz Kunar"],
                "date": ["2017-05-15", "2017-05-22"],
                "precision": "week",
                "killed": [5, 5],
                "injured": [8, 8],
                "actor": "Afghan security forces",
                "kind": "main",
            },
            # the counter-terrorism operation in Pekha ('Pekha district of Achin'): nine ISIS militants killed
            {
                "place": "Pekha",
                "accept": ["Pekha", "Achin"],
                "date": ["2017-05-15", "2017-05-22"],
                "precision": "week",
                "killed": [9, 9],
                "injured": None,
                "actor": "Afghan security forces",
                "kind": "main",
            },
            # 'At least fourteen militants ... were killed ... in Koz Kunar and Achin districts', 'eight militants were
            # also wounded': the total over the two districts, `aggregate` beside its parts
            {
                "place": "Nangarhar",
                "accept": ["Nangarhar", "Koz Kunar", "Achin", "Badiali", "Pekha"],
                "date": ["2017-05-15", "2017-05-22"],
                "precision": "week",
                "killed": [14, 14],
                "injured": [8, 8],
                "actor": "Afghan security forces",
                "kind": "aggregate",
            },
            # the arrest of a kidnapping suspect and two ISIS supporters in Mohmand Dara district: no violence, no
            # toll: `neutral`
            {
                "place": "Mohmand Dara",
                "accept": ["Mohmand Dara"],
                "date": ["2017-05-15", "2017-05-22"],
                "precision": "week",
                "killed": None,
                "injured": None,
                "actor": "Afghan security forces",
                "kind": "neutral",
            },
        ],
    },
    {
        "file": "h97_10_timesofislamabad_quetta.txt",
        "url": "https://timesofislamabad.com/19-May-2016/quetta-bomb-blast-targeted-balochistan-constabulary",
        "published": "2016-05-19",
        "published_note": "the URL's date (19-May-2016, a Thursday) and the dateline's 'May 19 (APP)'; 'on Thursday' "
        "is that day. The headline, printed twice above the dateline on the stored page, is kept once, and the blank "
        "lines holding a single space were emptied (no word changed)",
        # a provincial force named after its province (heldout16's 'Balochistan Levies'); 'APP' holds no place name
        "orgs": ["Balochistan Constabulary"],
        "mentions": [
            # headline and the dateline line's 'Quetta Bomb Blast'
            ("Quetta", BL),
            # the dateline 'QUETTA, May 19 (APP):'
            ("QUETTA", BL),
            # 'the Eastern Bypass area here', 'Bhosa Mandi Eastern Bypass area' (heldout36: both mentions)
            ("Eastern Bypass", BL),
            ("Bhosa Mandi", BL),
        ],
        "events": [
            # the remote-controlled bomb on a Balochistan Constabulary van in the Bhosa Mandi Eastern Bypass area on
            # Thursday: one constable killed, four injured
            {
                "place": "Bhosa Mandi",
                "accept": ["Bhosa Mandi", "Eastern Bypass", "Quetta"],
                "date": ["2016-05-19", "2016-05-19"],
                "precision": "day",
                "killed": [1, 1],
                "injured": [4, 4],
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h97_11_tribune_mohmand.txt",
        "url": "https://tribune.com.pk/story/1057088/development-project-official-among-two-killed-in-mohmand-agency-blast",
        "published": "2016-03-01",
        "published_note": "the byline's date (March 01, 2016, a Tuesday) and the statement's 'the March 1 attack'; 'on "
        "Tuesday' is that day. The byline line ('Mureeb Mohmand March 01, 2016': a person's name) and two related-story "
        "link lines inside the article are left out; the stored page ends mid-sentence, so the text stops at the last "
        "whole sentence",
        # the project's name holds 'Fata' (an organisation); the ANF's full name holds the country (an organisation);
        # 'The Express Tribune' and the Bureau hold no place name
        "orgs": ["Fata Development Project", "Government of Pakistan Anti-Narcotics Force"],
        "mentions": [
            # headline 'in Mohmand Agency', 'in Mohmand Agency on Tuesday'
            ("Mohmand", KP),
            # 'US mission' (headline and body), 'The US government': the US as adjective/actor
            ("US", "neutral"),
            # the dateline 'SHABQADAR:'
            ("SHABQADAR", KP),
            # 'Two Pakistan officials', 'mission in Pakistan', 'the government of Pakistan'
            ("Pakistan", "PK"),
            ("United States", "out"),
            # 'the US mission in Peshawar' (where the speaker is), 'Lady Reading Hospital, Peshawar' (where the victims
            # were taken)
            ("Peshawar", KP),
            # 'the Sangar area of Ambar Tehsil' twice
            ("Sangar", KP),
            ("Ambar", KP),
            # "agency's headquarters, Ghallanai" (where the victims were taken)
            ("Ghallanai", KP),
        ],
        "events": [
            # the roadside IED under an Anti-Narcotics Force jeep in the Sangar area of Ambar tehsil on Tuesday 1 March:
            # two US mission employees killed, four injured
            {
                "place": "Sangar",
                "accept": ["Sangar", "Ambar", "Mohmand"],
                "date": ["2016-03-01", "2016-03-01"],
                "precision": "day",
                "killed": [2, 2],
                "injured": [4, 4],
                "actor": None,
                "kind": "main",
            },
        ],
    },
]
