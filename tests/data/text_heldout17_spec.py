"""Seventeenth held-out set ("heldout17", see docs/annotation.md): the FIFTH BLIND set. Real AF/PK reports collected
and annotated by reading each text against docs/annotation.md WITHOUT running geoinc's extractor on them (no
extract_places / extract_incidents / eval_text.py / bench_text.py on these texts before the spec was committed, and
the extraction rules in geoinc/text*.py were not read to predict what they would do; only single names were
geocoded to confirm a mention's province), while the extraction rules were being changed elsewhere. It is not to be
tuned to: run the final code on it once and report that number as the blind score. Same format as
text_dev_spec.py. Texts in devtexts/heldout17/."""

KP = "PK/Khyber Pakhtunkhwa"
BL = "PK/Balochistan"
KH = "AF/Khost"
KU = "AF/Kunar"
HL = "AF/Helmand"

ARTICLES = [
    {
        "file": "h17_01_pakistantoday_shonkrai.txt",
        "url": "https://archive.pakistantoday.com.pk/2015/09/18/us-drone-strike-kills-7-militants/",
        "published": "2015-09-18",
        "published_note": "URL (2015-09-18, a Friday); the strike 'on Friday' is that day. The page title line "
        "('... | Pakistan Today') and 'Related posts' dropped",
        "orgs": [],
        "mentions": [
            # 'US drone strike' in the headline and three times in the body
            ("US", "neutral"),
            # 'South Waziristan Agency', 'village of South Waziristan', 'South Waziristan is among', 'curfew in South
            # Waziristan'
            ("South Waziristan", KP),
            ("Shonkrai Narai", KP),
            # "Pakistan's seven tribal districts"
            ("Pakistan", "PK"),
            ("North Waziristan", KP),
            # 'the nearby Shawal Valley' (an operation, no toll)
            ("Shawal", KP),
        ],
        "events": [
            # two missiles at a vehicle near a compound in Shonkrai Narai village: seven killed, two injured
            {
                "place": "Shonkrai Narai",
                "accept": ["Shonkrai Narai", "South Waziristan"],
                "date": ["2015-09-18", "2015-09-18"],
                "precision": "day",
                "killed": [7, 7],
                "injured": [2, 2],
                "actor": "United States",
                "kind": "main",
            },
            # 'At least five suspected militants were killed when a US drone fired two missiles at a compound in North
            # Waziristan, officials said on September 1': said that day, so the strike is that day or the day before
            {
                "place": "North Waziristan",
                "accept": ["North Waziristan"],
                "date": ["2015-08-31", "2015-09-01"],
                "precision": "day",
                "killed": [5, 5],
                "injured": None,
                "actor": "United States",
                "kind": "background",
            },
            # 'Earlier this week ... a convoy came under attack which left one dead and injuring five security
            # personnel' in South Waziristan ("earlier this week" in a Friday report: the week before publication,
            # heldout13 convention)
            {
                "place": "South Waziristan",
                "accept": ["South Waziristan"],
                "date": ["2015-09-11", "2015-09-18"],
                "precision": "week",
                "killed": [1, 1],
                "injured": [5, 5],
                "actor": "",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h17_02_ap_nawa_tarinkot.txt",
        "url": "http://www.metronews.ca/news/world/2017/08/19/taliban-kill-5-police-in-southern-afghanistan.html",
        "published": "2017-08-19",
        "published_note": "URL + page date (2017-08-19, a Saturday); an AP report. 'late Friday' is 18 August; the "
        "Tarin Kot attack is not dated: the week window. The stored page had no headline (not rebuilt from the slug)",
        "orgs": [],
        "mentions": [
            # dateline 'KANDAHAR, Afghanistan —'
            ("KANDAHAR", "AF/Kandahar"),
            ("Afghanistan", "AF"),
            ("Helmand", HL),
            ("Nawa", HL),
            ("Uruzgan", "AF/Uruzgan"),
            ("Tarin Kot", "AF/Uruzgan"),
            # 'the U.S. and NATO', 'U.S. President', 'U.S. troops'
            ("U.S.", "neutral"),
            ("NATO", "neutral"),
        ],
        "events": [
            # five police killed, six wounded; the Taliban claimed it
            {
                "place": "Nawa",
                "accept": ["Nawa"],
                "date": ["2017-08-18", "2017-08-18"],
                "precision": "day",
                "killed": [5, 5],
                "injured": [6, 6],
                "actor": "Taliban (claimed)",
                "kind": "main",
            },
            # a policeman and 15 insurgents killed (min = the largest single figure), three police wounded
            {
                "place": "Tarin Kot",
                "accept": ["Tarin Kot"],
                "date": ["2017-08-12", "2017-08-19"],
                "precision": "week",
                "killed": [15, 16],
                "injured": [3, 3],
                "actor": "Taliban",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h17_03_dawn_parachinar.txt",
        "url": "http://dawn.com/2012/02/18/parachinar-suicide-blast-claims-at-least-23-lives/",
        "published": "2012-02-18",
        "published_note": "URL (2012-02-18, a Saturday); 'on Friday' is 17 February. The stored page had no "
        "headline (not rebuilt from the slug); a photo caption at its top ('... - File Photo') dropped; the stored "
        "page ended mid-sentence, the text is cut at the last whole sentence",
        "orgs": [],
        "mentions": [
            # dateline 'PARACHINAR / PESHAWAR:'
            ("PARACHINAR", KP),
            ("PESHAWAR", KP),
            # 'in Parachinar on Friday'; the 2nd and 3rd are inside the road name
            ("Parachinar", KP, {2, 3}),
            # 'Kurrmi bazaar', the market where the bomb went off
            ("Kurrmi", KP),
            # 'The Kurram Agency administration'
            ("Kurram", KP),
            # a road named after two places (dev convention); the names inside it are not mentions
            ("Thall-Parachinar", "neutral"),
            # 'the Combined Military Hospital in Thall' (where the injured were taken); the 1st and 3rd are inside
            # the road name
            ("Thall", KP, {1, 3}),
            # 'Kohat Commissioner' (an office title)
            ("Kohat", KP),
        ],
        "events": [
            # the blast: 23 killed, 37 injured (the report) against 13 and 31 (the commissioner)
            {
                "place": "Kurrmi",
                "accept": ["Kurrmi", "Parachinar", "Kurram"],
                "date": ["2012-02-17", "2012-02-17"],
                "precision": "day",
                "killed": [13, 23],
                "injured": [31, 37],
                "actor": "",
                "kind": "main",
            },
            # security personnel firing on the protesters afterwards: three dead, 12 injured (seven, the commissioner
            # says) - violence of its own, in the town, the same day
            {
                "place": "Parachinar",
                "accept": ["Parachinar", "Kurram"],
                "date": ["2012-02-17", "2012-02-17"],
                "precision": "day",
                "killed": [3, 3],
                "injured": [7, 12],
                "actor": "security forces",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h17_04_xinhua_badakhshan.txt",
        "url": "https://www.thenews.com.pk/print/519409-45-afghan-taliban-killed-in-airstrike",
        "published": "2019-08-30",
        "published_note": "in the text (By Xinhua / August 30, 2019, a Friday); the spokesman 'said Thursday' (29 "
        "August) that the strikes began 'two days ago' and ran 'over the past two days': 27 to 29 August. The page's "
        "own date line of the day it was stored ('Tuesday June 25, 2024') dropped",
        "orgs": [],
        "mentions": [
            # dateline 'FAIZABAD, Afghanistan:'
            ("FAIZABAD", "AF/Badakhshan"),
            ("Afghanistan", "AF"),
            ("Badakhshan", "AF/Badakhshan"),
            ("Wardoj", "AF/Badakhshan"),
            ("Yamgan", "AF/Badakhshan"),
            ("Karan wa Munjan", "AF/Badakhshan"),
            # 'the operation dubbed "Pamir 207"' is an operation's name, not a place
        ],
        "events": [
            # one operation with one toll over three districts (heldout12 convention: any of the districts or the
            # province accepted); 45 killed and 15 injured rebels, two security personnel wounded (injured 15 to 17)
            {
                "place": "Wardoj",
                "accept": ["Wardoj", "Yamgan", "Karan wa Munjan", "Badakhshan"],
                "date": ["2019-08-27", "2019-08-29"],
                "precision": "day",
                "killed": [45, 45],
                "injured": [15, 17],
                "actor": "Afghan air force",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h17_05_sputnik_arghistan_andar_murghab.txt",
        "url": "https://www.urdupoint.com/en/world/afghan-airstrikes-kill-23-taliban-militants-i-716956.html",
        "published": "2019-09-21",
        "published_note": "in the text (Sat 21st September 2019); a Sputnik report on UrduPoint citing Khaama Press. "
        "None of the three strikes is dated: the week window",
        "orgs": [],
        "mentions": [
            # dateline 'MOSCOW (UrduPoint News / Sputnik ...)'
            ("MOSCOW", "out"),
            ("Kandahar", "AF/Kandahar"),
            ("Ghazni", "AF/Ghazni"),
            ("Badghis", "AF/Badghis"),
            ("Arghistan", "AF/Kandahar"),
            ("Andar", "AF/Ghazni"),
            ("Bala Murghab", "AF/Badghis"),
            ("Afghanistan", "AF"),
            # 'waging a war against Kabul' (a metonym)
            ("Kabul", "AF/Kabul"),
            ("Russia", "out"),
        ],
        "events": [
            {
                "place": "Arghistan",
                "accept": ["Arghistan"],
                "date": ["2019-09-14", "2019-09-21"],
                "precision": "week",
                "killed": [10, 10],
                "injured": [2, 2],
                "actor": "Afghan forces",
                "kind": "main",
            },
            {
                "place": "Andar",
                "accept": ["Andar"],
                "date": ["2019-09-14", "2019-09-21"],
                "precision": "week",
                "killed": [3, 3],
                "injured": None,
                "actor": "Afghan forces",
                "kind": "main",
            },
            {
                "place": "Bala Murghab",
                "accept": ["Bala Murghab"],
                "date": ["2019-09-14", "2019-09-21"],
                "precision": "week",
                "killed": [10, 10],
                "injured": None,
                "actor": "Afghan forces",
                "kind": "main",
            },
            # '23 militants ... dead' over the three provinces
            {
                "place": None,
                "accept": ["Kandahar", "Ghazni", "Badghis"],
                "date": ["2019-09-14", "2019-09-21"],
                "precision": "week",
                "killed": [23, 23],
                "injured": None,
                "actor": "Afghan forces",
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h17_06_pajhwok_ghazni.txt",
        "url": "https://pajhwok.com/2014/03/19/andar-crime-branch-chief-killed-blast/",
        "published": "2014-03-19",
        "published_note": "URL (2014-03-19, a Wednesday); 'on Wednesday' is that day. The stored page had no "
        "headline (not rebuilt from the slug); the editors' initials and the site's footer links dropped",
        # a hospital named after its city (heldout12 convention)
        "orgs": ["Ghazni Civil Hospital"],
        "mentions": [
            # dateline 'GHAZNI CITY (Pajhwok):'
            ("GHAZNI", "AF/Ghazni"),
            # 'southern Ghazni province' (the 2nd is inside the hospital's name)
            ("Ghazni", "AF/Ghazni"),
        ],
        "events": [
            # in front of the Crime Branch office 'in the capital of southern Ghazni province': the crime branch
            # chief and another person killed, seven civilians injured
            {
                "place": "Ghazni",
                "accept": ["Ghazni"],
                "date": ["2014-03-19", "2014-03-19"],
                "precision": "day",
                "killed": [2, 2],
                "injured": [7, 7],
                "actor": "",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h17_07_pakistantoday_marwa.txt",
        "url": "http://archive.pakistantoday.com.pk/2014/01/28/afghanistan-blames-pak-for-killing-children-in-cross-border-shelling/",
        "published": "2014-01-28",
        "published_note": "URL (2014-01-28, a Tuesday); the shelling is not dated: the week window",
        "orgs": [],
        "mentions": [
            # headline 'Afghanistan blames Pak for ...' (both countries named as actors), 'eastern Afghanistan' twice,
            # 'both from Afghanistan and Pakistan'
            ("Afghanistan", "AF"),
            ("Pak", "PK"),
            ("Kunar", KU),
            ("Pakistan", "PK"),
            ("Marwa", KU),
            ("Nuristan", "AF/Nuristan"),
        ],
        "events": [
            # a rocket from Pakistan hit a house in Marwa district: four children killed; a border policeman 'also
            # killed following the cross-border incursion' (killed 4 to 5)
            {
                "place": "Marwa",
                "accept": ["Marwa"],
                "date": ["2014-01-21", "2014-01-28"],
                "precision": "week",
                "killed": [4, 5],
                "injured": None,
                "actor": "Pakistani military (alleged)",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h17_08_ariana_sayad.txt",
        "url": "https://ariananews.af/ghaflatoon-village-of-sayad-district-collapsed-to-taliban/",
        "published": "2018-06-12",
        "published_note": "in the text (Last Updated On: June 12, 2018, a Tuesday); the clashes 'started at 10:00 pm "
        "on Monday night' (11 June) 'and are still ongoing': 11 to 12 June. The 'Breaking News' banner and the "
        "'About Ariana News' / 'Check Also' links dropped",
        # a provincial council named after its province (heldout13 convention)
        "orgs": ["Sare Pul provincial council"],
        "mentions": [
            ("Ghaflatoon", "AF/Sar-e Pul"),
            ("Sayad", "AF/Sar-e Pul"),
            # 'Sare Pul province' (the 2nd is inside the council's name)
            ("Sare Pul", "AF/Sar-e Pul"),
        ],
        "events": [
            # initial reports: two soldiers killed, 11 wounded; a council member: at least 14 killed, 20 (forces) and
            # nine civilians wounded (29) - different sources widen the range
            {
                "place": "Ghaflatoon",
                "accept": ["Ghaflatoon", "Sayad"],
                "date": ["2018-06-11", "2018-06-12"],
                "precision": "day",
                "killed": [2, 14],
                "injured": [11, 29],
                "actor": "Taliban",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h17_09_afp_spinboldak.txt",
        "url": "https://english.bd-voice.com/international/a13a9984/detail",
        "published": "2025-10-16",
        "published_note": "in the text (Published: 16 October 2025, 03:26, a Thursday); an AFP-based report. The "
        "fighting 'resumed early Wednesday morning' (15 October); officials spoke 'on Wednesday'. The page's 'Latest' "
        "label and the repeated headline dropped; the stored page ended mid-sentence, the text is cut at the last "
        "whole sentence",
        "orgs": [],
        "mentions": [
            ("Afghanistan", "AF"),
            # headline, 'between Afghanistan and Pakistan', "Pakistan's military" twice, 'prompting Pakistan'
            ("Pakistan", "PK"),
            ("Kabul", "AF/Kabul"),
            # 'that Islamabad has blamed' (a metonym)
            ("Islamabad", "PK/Islamabad"),
            # 'the local information department in Spin Boldak', 'Spin Boldak district hospital'
            ("Spin Boldak", "AF/Kandahar"),
        ],
        "events": [
            # civilians killed by Pakistani mortar fire in Spin Boldak: 15 (local spokesman, hospital) or 12 (Taliban
            # government spokesman); more than 80 or around 100 wounded
            {
                "place": "Spin Boldak",
                "accept": ["Spin Boldak"],
                "date": ["2025-10-15", "2025-10-15"],
                "precision": "day",
                "killed": [12, 15],
                "injured": [80, 100],
                "actor": "Pakistani forces (alleged)",
                "kind": "main",
            },
            # Pakistan's military: 'attacks at four locations ... 15-20 Afghan Taliban have been killed' - one toll
            # over four unnamed places; Spin Boldak, the only place the report names, accepted
            {
                "place": None,
                "accept": ["Spin Boldak"],
                "date": ["2025-10-15", "2025-10-15"],
                "precision": "day",
                "killed": [15, 20],
                "injured": None,
                "actor": "Pakistan's military",
                "kind": "aggregate",
            },
            # 'a series of explosions in Afghanistan last week - including two in Kabul': no toll; 'last week' in a
            # Wednesday/Thursday report is the week before
            {
                "place": "Kabul",
                "accept": ["Kabul"],
                "date": ["2025-10-06", "2025-10-13"],
                "precision": "week",
                "killed": None,
                "injured": None,
                "actor": "",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h17_10_ani_khost_kunar.txt",
        "url": "https://www.devdiscourse.com/article/international/2006127-hamid-karzai-condemns-civilian-killings-in-"
        "pak-airstrikes-in-afghanistan-calls-it-crime-against-humanity",
        "published": "2022-04-17",
        "published_note": "page date (2022-04-17, a Sunday); an ANI report. 'on Friday night' is 15 April (the "
        "guideline's 'on Tuesday night' rule); the Kunar strike is not dated by the text: the week window. The stored "
        "page had no headline (not rebuilt from the slug)",
        "orgs": ["Tehreek-e-Taliban Pakistan"],
        "mentions": [
            # "Pakistan's airstrikes", "Pakistan's ambassador", 'the Pakistan government' twice, 'conducted by
            # Pakistan'; the one inside the TTP's name is an organisation span
            ("Pakistan", "PK"),
            ("Khost", KH),
            ("Kunar", KU),
            ("Afghanistan", "AF"),
            ("Pesa Mila", KH),
            ("Mir Safar", KH),
            ("Spera", KH),
            ("Shaltan", KU),
        ],
        "events": [
            # Khost: officials name the Pesa Mila and Mir Safar areas, residents the Spera district (which holds them);
            # residents: 33 members of two families killed. The officials' 'five children and a woman' is given for
            # both provinces together and matches the Kunar residents' figure, so it is not put on Khost
            {
                "place": "Pesa Mila",
                "accept": ["Pesa Mila", "Mir Safar", "Spera"],
                "date": ["2022-04-15", "2022-04-15"],
                "precision": "day",
                "killed": [33, 33],
                "injured": None,
                "actor": "Pakistani aircraft",
                "kind": "main",
            },
            # Shaltan district of Kunar: five children and a woman killed (six civilians)
            {
                "place": "Shaltan",
                "accept": ["Shaltan"],
                "date": ["2022-04-10", "2022-04-17"],
                "precision": "week",
                "killed": [6, 6],
                "injured": None,
                "actor": "Pakistani aircraft",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h17_11_dawn_hazaratown.txt",
        "url": "https://dawn.com/news/1136342/suicide-attack-kills-six-in-quetta",
        "published": "2014-10-05",
        "published_note": "in the text (Published October 5, 2014, a Sunday); 'on Saturday night' and 'Earlier in the "
        "morning' are 4 October. The photo caption (stored twice) and a related-story link ('Hazara Town targeted yet "
        "again; ...') dropped; the stored page ended mid-sentence, the text is cut at the last whole sentence",
        # 'Bolan Medical College (BMC) Hospital' holds a district's name; 'Hazara' in the party's name is the
        # community (not a place either way)
        "orgs": ["Bolan Medical College", "Hazara Democratic Party"],
        "mentions": [
            ("Quetta", BL),
            ("QUETTA", BL),
            # a street (heldout14 convention)
            ("Spiny Road", "neutral"),
            # 'IGP Balochistan' (an office title)
            ("Balochistan", BL),
            ("Aliabad", BL),
            ("Hazara Town", BL),
        ],
        "events": [
            # the suicide attack in the Aliabad area of Hazara Town: six killed (the police); a Hazara leader says two
            # women (the police: one) and 'a child also succumbed' - killed 6 to 7; injured 24 (at least), 27 (police)
            {
                "place": "Aliabad",
                "accept": ["Aliabad", "Hazara Town", "Quetta"],
                "date": ["2014-10-04", "2014-10-04"],
                "precision": "day",
                "killed": [6, 7],
                "injured": [24, 27],
                "actor": "",
                "kind": "main",
            },
            # the morning's pick-up bomb on Spiny Road aimed at a police vehicle: seven wounded, no death reported
            {
                "place": "Quetta",
                "accept": ["Quetta", "Spiny Road"],
                "date": ["2014-10-04", "2014-10-04"],
                "precision": "day",
                "killed": None,
                "injured": [7, 7],
                "actor": "",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h17_12_brecorder_turbat.txt",
        "url": "https://www.brecorder.com/news/40295530/fc-soldier-martyred-4-terrorists-killed-in-attack-on-pakistan-naval-base",
        "published": "2024-03-26",
        "published_note": "page date (2024-03-26, a Tuesday; 'said on Tuesday'); 'last night' is 25 or 26 March (two-day "
        "window). The stored page had no headline (not rebuilt from the slug); it ended mid-sentence and is cut at "
        "the last whole sentence, which drops the sentence naming the two soldiers killed at Gwadar",
        # like 'Balochistan Levies' / 'Balochistan Constabulary'
        "orgs": ["Balochistan Frontier Corps", "Tehreek-i-Taliban Pakistan"],
        "mentions": [
            ("Turbat", BL),
            # the naval base (a landmark) attacked
            ("PNS Siddique", BL),
            # 'several separatist groups in Balochistan' (the two others are inside 'Balochistan Frontier Corps')
            ("Balochistan", BL),
            ("Pakistan", "PK"),
            # a building, like a hotel (heldout9 convention)
            ("Port Authority Complex", "neutral"),
            ("Gwadar", BL),
        ],
        "events": [
            # the attack on PNS Siddique: one FC soldier and all four attackers killed; the BLA claimed it
            {
                "place": "PNS Siddique",
                "accept": ["PNS Siddique", "Turbat"],
                "date": ["2024-03-25", "2024-03-26"],
                "precision": "day",
                "killed": [4, 5],
                "injured": None,
                "actor": "Baloch Liberation Army (claimed)",
                "kind": "main",
            },
            # 'Last week' at the Port Authority Complex in Gwadar: all eight attackers killed (the soldiers' deaths are
            # in the sentence the stored page cut)
            {
                "place": "Gwadar",
                "accept": ["Gwadar", "Port Authority Complex"],
                "date": ["2024-03-18", "2024-03-25"],
                "precision": "week",
                "killed": [8, 8],
                "injured": None,
                "actor": "militants",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h17_13_nyt_nowzad.txt",
        "url": "https://toppagenews.blogspot.com/2012_07_15_archive.html",
        "published": "2012-07-15",
        "published_note": "in the text (the blog's date line Sunday, July 15, 2012) + URL; a repost of a New York Times "
        "report. 'about 11 p.m. Saturday' is 14 July. The stored page ended mid-sentence, the text is cut at the last "
        "whole sentence",
        "orgs": [],
        "mentions": [
            # 'NATO Airstrike' (headline), 'NATO said', 'the NATO-led military coalition' twice, 'condemned NATO',
            # 'NATO and American forces'
            ("NATO", "neutral"),
            # 'the deaths in Helmand', 'Helmand Province'
            ("Helmand", HL),
            ("Salaam Bazaar", HL),
            ("Now Zad", HL),
            # 'north of Lashkar Gah' (a reference point) and 'the provincial hospital in Lashkar Gah'
            ("Lashkar Gah", HL),
        ],
        "events": [
            # bombs on two family compounds in the Salaam Bazaar area of Now Zad District: five girls, seven boys and
            # two women killed (14), six wounded
            {
                "place": "Salaam Bazaar",
                "accept": ["Salaam Bazaar", "Now Zad"],
                "date": ["2012-07-14", "2012-07-14"],
                "precision": "day",
                "killed": [14, 14],
                "injured": [6, 6],
                "actor": "NATO",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h17_14_afp_loisam.txt",
        "url": "http://www.france24.com/en/20080807-scores-taliban-militants-killed-counterattack-pakistan-afghanistan",
        "published": "2008-08-07",
        "published_note": "URL + in the text (Latest update : 2008-08-07, a Thursday); 'over the past 24 hours' said "
        "on Thursday: 6 to 7 August. An AFP report on France 24; the site's 'Don't miss' links dropped; the stored "
        "page ended mid-sentence, the text is cut at the last whole sentence",
        "orgs": [],
        "mentions": [
            # "Pakistan's border", "Pakistan's fledgling democratic government"
            ("Pakistan", "PK"),
            ("Afghanistan", "AF"),
            ("Bajaur", KP),
            ("Loisam", KP),
            # '15 kilometres (10 miles) west of Khar': a reference point, not the container
            ("Khar", KP),
            ("US", "neutral"),
        ],
        "events": [
            # militants attacked the reoccupied post: 25 of them and one soldier killed (25 to 26)
            {
                "place": "Loisam",
                "accept": ["Loisam", "Bajaur"],
                "date": ["2008-08-06", "2008-08-07"],
                "precision": "day",
                "killed": [25, 26],
                "injured": None,
                "actor": "Taliban",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h17_15_nation_mamonzai.txt",
        "url": "https://staging.nation.com.pk/18-Feb-2013/airstrikes-kill-10-militants-in-orakzai-agency",
        "published": "2013-02-18",
        "published_note": "URL (2013-02-18, a Monday); 'on Sunday' is 17 February. The stored page had no headline "
        "(not rebuilt from the slug)",
        "orgs": [],
        "mentions": [
            # dateline 'ORAKZAI AGENCY -'
            ("ORAKZAI", KP),
            ("Orakzai", KP),
            ("Mamonzai", KP),
            ("Jandari Kalli", KP),
            ("Merkalam Khel", KP),
            # residents of Argheljo moved away; no strike reported there
            ("Argheljo", KP),
        ],
        "events": [
            # jets on positions at Jandari Kalli and Merkalam Khel in the Mamonzai area: one toll shared by two named
            # areas is one event accepting each (heldout13 convention); ten killed, four injured
            {
                "place": "Jandari Kalli",
                "accept": ["Jandari Kalli", "Merkalam Khel", "Mamonzai", "Orakzai"],
                "date": ["2013-02-17", "2013-02-17"],
                "precision": "day",
                "killed": [10, 10],
                "injured": [4, 4],
                "actor": "Pakistan's military",
                "kind": "main",
            },
        ],
    },
]
