"""Thirty-first held-out set ("heldout31", see docs/annotation.md): the NINETEENTH BLIND set. Real AF/PK conflict
reports from the years 2008, 2011, 2014, 2017, 2020, 2023 and 2026 only (heldout29 and heldout30 were built at the same
time from other years): in Pakistan a US drone strike on two vehicles in South Waziristan with an unexploded missile at
Dabkot (2008), air strikes on Kukikhel, Malikdin Khel and Qambar Khel areas of Tirah with a civilian shot at Akkakhel
(2014), an Islamic State suicide attack on an FC vehicle at Quetta's Pishin Stop (2017), a motorcycle bomb near the
Levies headquarters in Chaman (wounded only) and a blast near a football stadium in Panjgur (2020), a suicide bombing
at a Shia mosque in Islamabad's Tarlai with the capital's court bombing cited (2026); in Afghanistan a roadside bomb on
a family's minibus in Zabul with the UN's yearly civilian toll (2011), a roadside bomb in Kandahar's Arghandab with a
suicide attack in Khost (2011), a round-up of Sunday attacks in Mazar-e-Sharif, Kunar's Monogai, Laghman's Alishing and
Wardak's Sayed Abad (2014), a foreign forces' airstrike on Bari village in Logar with an Afghan air force strike in
Herat cited (2017), the Islamic State bombing that killed the Balkh governor in Mazar-i-Sharif (2023), Pakistani air
strikes on Girdi Kas in Nangarhar's Bihsud and on Paktika (2026). Outlets: Antiwar.com, The Korea Herald (AFP), Los
Angeles Times, Dawn, Canadian Inquirer (AP), A News (dpa), The Nation, Diplomacy Pakistan, Daily Pakistan, Streaming
HUB (AP via Fox News), Zambian Observer, The Sentinel (Assam). Collected and annotated by reading each text against
docs/annotation.md WITHOUT running geoinc's extractor on them (no extract_places / extract_incidents / eval_text.py /
bench_text.py on these texts before the spec was committed, and the extraction rules in geoinc/text*.py were not
read), while the extraction rules were being changed elsewhere. It is not to be tuned to: run the final code on it once
and report that number as the blind score. Same format as text_dev_spec.py. Texts in devtexts/heldout31/."""

KP = "PK/Khyber Pakhtunkhwa"
BL = "PK/Balochistan"
IB = "PK/Islamabad"
KD = "AF/Kandahar"
ZB = "AF/Zabul"
KH = "AF/Khost"
BK = "AF/Balkh"
KN = "AF/Kunar"
LM = "AF/Laghman"
WR = "AF/Wardak"
LG = "AF/Logar"
NG = "AF/Nangarhar"
PKT = "AF/Paktika"

ARTICLES = [
    {
        "file": "h31_01_antiwar_southwaziristan.txt",
        "url": "https://news.antiwar.com/2008/12/22/us-drone-strikes-kill-eight-in-south-waziristan/",
        "published": "2008-12-22",
        "published_note": "URL date (22 December 2008, a Monday); 'today ... early in the morning' is that day. The "
        "stored page ends mid-sentence after the author line ('Jason Ditz is senior editor of'): the text stops at the "
        "author line",
        "orgs": [],
        "mentions": [
            # headline 'US Drone Strikes', 'A US drone'
            ("US", "neutral"),
            # headline, "Pakistan's South Waziristan Agency", 'North and South Waziristan'
            ("South Waziristan", KP),
            # "Pakistan's South Waziristan Agency", "Pakistan's military"
            ("Pakistan", "PK"),
            ("Dabkot", KP),
            ("United States", "out"),
            # 'North and South Waziristan': the elided 'North [Waziristan]' (new here: a bare compass word standing
            # for a unit named in the next words; scored neither way)
            ("North", "neutral"),
        ],
        "events": [
            # a US drone's missiles hit two vehicles in separate (unnamed) villages of South Waziristan early in the
            # morning: eight killed, an unknown number injured (no figure). Two strikes in unnamed villages of one
            # agency on one morning with one toll: one event at the agency (heldout23 convention)
            {
                "place": "South Waziristan",
                "accept": ["South Waziristan"],
                "date": ["2008-12-22", "2008-12-22"],
                "precision": "day",
                "killed": [8, 8],
                "injured": None,
                "actor": "United States (drone)",
                "kind": "main",
            },
            # a third missile fired at a house in Dabkot landed unexploded: no one hurt (neutral)
            {
                "place": "Dabkot",
                "accept": ["Dabkot", "South Waziristan"],
                "date": ["2008-12-22", "2008-12-22"],
                "precision": "day",
                "killed": None,
                "injured": None,
                "actor": "United States (drone)",
                "kind": "neutral",
            },
        ],
    },
    {
        "file": "h31_02_koreaherald_zabul.txt",
        "url": "http://www01.koreaherald.com/view.php?mp=1968&np=19673&ud=20110702000039",
        "published": "2011-07-02",
        "published_note": "URL date (ud=20110702; 2 July 2011 was a Saturday, 'Saturday' and 'today' in the text). "
        "The page's 'Back To Top' line and the outlet's 'MOST POPULAR / LATEST NEWS / subscribe' lines after the text "
        "are left out; the leading blanks of the lines are dropped",
        "orgs": [],
        "mentions": [
            ("KANDAHAR", KD),
            # dateline, 'in southern Afghanistan', 'civilians in Afghanistan', 'security incidents in Afghanistan'
            ("Afghanistan", "AF"),
            # 'deputy provincial governor of Zabul' (an office title), "Zabul's border area"
            ("Zabul", ZB),
            # the family's destination (not the scene)
            ("Ghazni", "AF/Ghazni"),
            # 'from Pakistan' twice (where they came from)
            ("Pakistan", "PK"),
        ],
        "events": [
            # an IED hit a family's minibus in Zabul's border area on Saturday at 7:50 a.m.: eleven civilians
            # killed (five men, four women, two children)
            {
                "place": "Zabul",
                "accept": ["Zabul"],
                "date": ["2011-07-02", "2011-07-02"],
                "precision": "day",
                "killed": [11, 11],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
            # 'The United Nations said that 2,777 people were killed last year' (2010, the country)
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan"],
                "date": ["2010-01-01", "2010-12-31"],
                "precision": "period",
                "killed": [2777, 2777],
                "injured": None,
                "actor": None,
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h31_03_latimes_arghandab.txt",
        "url": "http://articles.latimes.com/2011/jun/11/world/la-fgw-afghan-bomb-20110612",
        "published": "2011-06-11",
        "published_note": "the page's date line ('June 11, 2011', a Saturday; 'Saturday' in the text). The 'YOU ARE "
        "HERE' line is left out; the photo caption, printed twice (the second time cut, with its credit), is kept "
        "once; the stored page ends mid-sentence ('... a common practice, particularl'): the text stops at the last "
        "whole sentence",
        "orgs": ["Los Angeles Times"],
        "mentions": [
            # deck 'outside Kandahar', "the south's main city of Kandahar" (a reference point)
            ("Kandahar", KD),
            # deck 'In Khost, a suicide bomber', the caption 'a suicide attack in Khost'
            ("Khost", KH),
            # caption 'east of Kabul', 'Reporting from Kabul and Dubai' (where the reporters are)
            ("Kabul", "AF/Kabul"),
            ("Dubai", "out"),
            ("Arghandab", KD),
            # 'U.S. troop surge', 'U.S. forces', 'U.S. troop strength'
            ("U.S.", "neutral"),
            # 'across Afghanistan', 'who visited Afghanistan last week'
            ("Afghanistan", "AF"),
            # a building standing for the US government (new here: like a building, scored neither way)
            ("White House", "neutral"),
            ("NATO", "neutral"),
        ],
        "events": [
            # a bomb planted by a road killed 15 civilians (eight children) in a minivan in Arghandab district on
            # Saturday
            {
                "place": "Arghandab",
                "accept": ["Arghandab"],
                "date": ["2011-06-11", "2011-06-11"],
                "precision": "day",
                "killed": [15, 15],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
            # the deck's 'In Khost, a suicide bomber hits a police headquarters' (with the caption): no toll and no
            # day in the kept text (the page was cut before the Khost paragraphs): killed null, week window
            {
                "place": "Khost",
                "accept": ["Khost"],
                "date": ["2011-06-04", "2011-06-11"],
                "precision": "week",
                "killed": None,
                "injured": None,
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h31_04_dawn_tirah.txt",
        "url": "http://dawn.com/news/1147648/11-killed-in-tirah-air-attack",
        "published": "2014-11-29",
        "published_note": "'Published November 29, 2014' and 'Published in Dawn, November 29th , 2014' (a Saturday); "
        "'on Friday' is 28 November. The photo caption, printed twice, is kept once; the 'Also read' link and the "
        "outlet's opinion and editorial teasers after the credit line are left out",
        "orgs": ["Lashkar-i-Islam"],
        "mentions": [
            # headline, 'in Tirah valley'
            ("Tirah", KP),
            ("LANDI KOTAL", KP),
            ("Tor Darra", KP),
            ("Sur Kas", KP),
            ("Sra Vela", KP),
            ("Wacho Wany", KP),
            ("Kukikhel", KP),
            ("Naakai", KP),
            ("Malikdin Khel", KP),
            ("Gaary", KP),
            ("Qambar Khel", KP),
            ("Dro Adda", KP),
            ("Akkakhel", KP),
        ],
        "events": [
            # military planes bombed hideouts in the Tor Darra, Sur Kas, Sra Vela and Wacho Wany areas of Kukikhel on
            # Friday: eight militants killed (one toll for four named areas: one event accepting each)
            {
                "place": "Kukikhel",
                "accept": ["Tor Darra", "Sur Kas", "Sra Vela", "Wacho Wany", "Kukikhel", "Tirah"],
                "date": ["2014-11-28", "2014-11-28"],
                "precision": "day",
                "killed": [8, 8],
                "injured": None,
                "actor": "Pakistan military (air strikes)",
                "kind": "main",
            },
            # 'similar attacks in Naakai area of Malikdin Khel and Gaary area of Qambar Khel': three Lashkar-i-Islam
            # men killed (one toll for two named areas)
            {
                "place": "Naakai",
                "accept": ["Naakai", "Malikdin Khel", "Gaary", "Qambar Khel", "Tirah"],
                "date": ["2014-11-28", "2014-11-28"],
                "precision": "day",
                "killed": [3, 3],
                "injured": None,
                "actor": "Pakistan military (air strikes)",
                "kind": "main",
            },
            # the lede's total: 'Eleven suspected militants were killed ... in air strikes in Tirah valley on Friday'
            {
                "place": "Tirah",
                "accept": ["Tirah"],
                "date": ["2014-11-28", "2014-11-28"],
                "precision": "day",
                "killed": [11, 11],
                "injured": None,
                "actor": "Pakistan military (air strikes)",
                "kind": "aggregate",
            },
            # a civilian killed in Dro Adda area of Akkakhel when security forces opened fire over a curfew violation
            # (no day of its own: week window, heldout14 convention)
            {
                "place": "Dro Adda",
                "accept": ["Dro Adda", "Akkakhel"],
                "date": ["2014-11-22", "2014-11-29"],
                "precision": "week",
                "killed": [1, 1],
                "injured": None,
                "actor": "Pakistani security forces",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h31_05_canadianinquirer_mazar_kunar_laghman_wardak.txt",
        "url": "https://canadianinquirer.net/v1/2014/10/13/multiple-attacks-kill-at-least-14-in-afghanistan",
        "published": "2014-10-13",
        "published_note": "URL date (13 October 2014, a Monday); 'on Sunday' is 12 October (an AP report). The "
        "stored page has no headline (the text starts at the dateline) and ends mid-sentence ('The Taliban have "
        "stepped up their attacks o'): the text stops at the last whole sentence",
        "orgs": [],
        "mentions": [
            ("KABUL", "AF/Kabul"),
            # dateline, 'across northern and eastern Afghanistan', "Afghanistan's Western-backed government",
            # 'Afghanistan is still at war'
            ("Afghanistan", "AF"),
            ("United States", "out"),
            ("NATO", "neutral"),
            ("Mazar-e-Sharif", BK),
            ("Balkh", BK),
            ("Monogai", KN),
            ("Kunar", KN),
            ("Alishing", LM),
            ("Laghman", LM),
            ("Wardak", WR),
            ("Sayed Abad", WR),
            ("U.S.", "neutral"),
        ],
        "events": [
            # two gunmen in police uniforms stormed the provincial police headquarters in Mazar-e-Sharif: two officers
            # killed, both gunmen shot dead, nine policemen wounded
            {
                "place": "Mazar-e-Sharif",
                "accept": ["Mazar-e-Sharif"],
                "date": ["2014-10-12", "2014-10-12"],
                "precision": "day",
                "killed": [2, 4],
                "injured": [9, 9],
                "actor": "Taliban (suspected)",
                "kind": "main",
            },
            # Taliban attacked a police checkpoint in Monogai district: three police killed and three wounded, six
            # Taliban killed and six wounded (min the largest single figure, max all)
            {
                "place": "Monogai",
                "accept": ["Monogai"],
                "date": ["2014-10-12", "2014-10-12"],
                "precision": "day",
                "killed": [6, 9],
                "injured": [6, 9],
                "actor": "Taliban",
                "kind": "main",
            },
            # a militants' rocket killed three construction company workers in Alishing district
            {
                "place": "Alishing",
                "accept": ["Alishing"],
                "date": ["2014-10-12", "2014-10-12"],
                "precision": "day",
                "killed": [3, 3],
                "injured": None,
                "actor": "militants",
                "kind": "main",
            },
            # suicide car bomb in Sayed Abad district of Wardak: three civilians and three soldiers killed (the bomber
            # widens the maximum), six civilians and two soldiers wounded
            {
                "place": "Sayed Abad",
                "accept": ["Sayed Abad"],
                "date": ["2014-10-12", "2014-10-12"],
                "precision": "day",
                "killed": [3, 7],
                "injured": [6, 8],
                "actor": None,
                "kind": "main",
            },
            # the lede's total: 'a string of attacks ... across northern and eastern Afghanistan on Sunday, killing
            # at least 14 people'
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan"],
                "date": ["2014-10-12", "2014-10-12"],
                "precision": "day",
                "killed": [14, 14],
                "injured": None,
                "actor": "Taliban (suspected)",
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h31_06_anews_logar.txt",
        "url": "https://www.anews.com.tr/world/2017/08/30/airstrike-kills-at-least-12-civilians-in-eastern-afghanistan",
        "published": "2017-08-30",
        "published_note": "'Published August 30,2017' (a Wednesday); 'late Tuesday night' is 29 August, 'On Monday' "
        "28 August. The page's 'Contact Us' and 'Subscribe' lines are left out",
        "orgs": [],
        "mentions": [
            # headline, 'US forces operating in Afghanistan', 'airstrikes in Afghanistan'
            ("Afghanistan", "AF"),
            # 'US forces', 'The US are', 'US military spokesman', 'US and Afghan airstrikes' twice
            ("US", "neutral"),
            # 'Logar provincial council member' (a council named after the province), 'Khoshi district in Logar'
            ("Logar", LG),
            ("Bari", LG),
            # 'near provincial capital Pul-e-Alam' (a reference point)
            ("Pul-e-Alam", LG),
            # the district of a Taliban commander's self-styled office (not the scene)
            ("Khoshi", LG),
            ("Herat", "AF/Herat"),
        ],
        "events": [
            # a foreign forces' airstrike on a house in Bari village late Tuesday night: at least 12 civilians dead,
            # plus two Taliban commanders 'along with several other militants' (unquantified: 99 upper bound). A
            # village 'near' a town does not take the town (heldout14 convention)
            {
                "place": "Bari",
                "accept": ["Bari"],
                "date": ["2017-08-29", "2017-08-29"],
                "precision": "day",
                "killed": [12, 99],
                "injured": None,
                "actor": "United States (foreign forces, blamed)",
                "kind": "main",
            },
            # 'On Monday, a strike by the country's own nascent airforce left 13 civilians dead and 7 other wounded in
            # western Herat province'
            {
                "place": "Herat",
                "accept": ["Herat"],
                "date": ["2017-08-28", "2017-08-28"],
                "precision": "day",
                "killed": [13, 13],
                "injured": [7, 7],
                "actor": "Afghan air force",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h31_07_nation_quetta.txt",
        "url": "http://nation.com.pk/national/13-Aug-2017/15-martyred-as-is-bomber-hits-mily-truck-in-quetta",
        "published": "2017-08-13",
        "published_note": "URL and page date (13 August 2017, a Sunday); 'on Saturday' is 12 August. The stored page "
        "has no headline (the text starts at the dateline; the headline was not rebuilt from the URL) and ends "
        "mid-sentence ('He also reached Quetta Civil Hospital to inquire af'): the text stops at the last whole "
        "sentence",
        "orgs": ["Civil Hospital Quetta", "Quetta Civil Hospital"],
        "mentions": [
            ("QUETTA", BL),
            # 'at Pishin Stop' three times (a named locality of Quetta)
            ("Pishin Stop", BL),
            # 'a security vehicle in Quetta' (the other four are inside the hospitals' names)
            ("Quetta", BL),
        ],
        "events": [
            # a suicide bomber on a motorcycle hit an FC vehicle at Pishin Stop on Saturday: at least 15 killed (eight
            # security men, seven civilians; the bomber widens the maximum), 25 injured (30 shifted to hospital, 32 by
            # the government's count); claimed by the Islamic State group
            {
                "place": "Pishin Stop",
                "accept": ["Pishin Stop", "Quetta", "QUETTA"],
                "date": ["2017-08-12", "2017-08-12"],
                "precision": "day",
                "killed": [15, 16],
                "injured": [25, 32],
                "actor": "Islamic State (claimed)",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h31_08_diplomacypakistan_chaman.txt",
        "url": "http://www.diplomacypakistan.com/main-front/blast-near-levies-headquarters-injuring-8-people-in-chaman/",
        "published": "2020-03-07",
        "published_note": "the page's date (7 March 2020, a Saturday; 'on Saturday' in the text). The stored page has "
        "no headline (not rebuilt from the URL); a subheading run into the next sentence ('... Chaman blastBalochistan "
        "government ...') had its paragraph break put back, no word changed; the page ends with an unfinished quoted "
        "sentence: the text stops at the last whole sentence",
        "orgs": [],
        "mentions": [
            # 'at Taj Road' (a bare road name: neutral, but accepted as the scene)
            ("Taj Road", "neutral"),
            # 'Balochistan government condemns', 'Balochistan government spokesperson'
            ("Balochistan", BL),
            # 'Chaman blast', 'Chaman hospital' (a lower-case description), 'Chaman Tehsildar' (an office title)
            ("Chaman", BL),
        ],
        "events": [
            # a bomb planted in a motorcycle went off at Taj Road near the Levies headquarters on Saturday: eight
            # injured (the Chaman Tehsildar and a Levies Risaldar among them); no death reported
            {
                "place": "Chaman",
                "accept": ["Chaman", "Taj Road"],
                "date": ["2020-03-07", "2020-03-07"],
                "precision": "day",
                "killed": None,
                "injured": [8, 8],
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h31_09_dailypakistan_panjgur.txt",
        "url": "https://en.dailypakistan.com.pk/26-Dec-2020/at-least-two-killed-several-injured-in-balochistan-blast",
        "published": "2020-12-26",
        "published_note": "the page's time line ('07:13 PM | 26 Dec, 2020', a Saturday) and the URL; 'on Saturday' is that day",
        "orgs": [],
        "mentions": [
            ("Balochistan", BL),
            ("QUETTA", BL),
            ("Panjgur", BL),
        ],
        "events": [
            # an explosion near a football stadium in Panjgur district on Saturday: at least two killed, 'several
            # others' injured (no figure)
            {
                "place": "Panjgur",
                "accept": ["Panjgur"],
                "date": ["2020-12-26", "2020-12-26"],
                "precision": "day",
                "killed": [2, 2],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h31_10_streaminghub_mazar.txt",
        "url": "https://www.streaminghub.com/2023/03/is-claim-responsibility-for-suicide-bombing-on-senior-taliban-"
        "governor-in-afghanistan/",
        "published": "2023-03-10",
        "published_note": "the page's line 'Streaming HUBMarch 10, 2023' (a Friday; kept with a line break put back "
        "between the outlet's name and the date); 'Thursday' is 9 March. A related-story link and the 'Click here to "
        "get the Fox News app' line are left out; the photo caption, printed twice, is kept once; the stored page ends "
        "mid-sentence ('... foreign nationals plann'): the text stops at the last whole sentence",
        "orgs": ["Islamic State in Khorasan province"],
        "mentions": [
            # headline, "Afghanistan's northern Balkh province", 'attacks in Afghanistan', "Afghanistan's Shiite
            # minority", the caption, 'pulled out of Afghanistan'
            ("Afghanistan", "AF"),
            ("Balkh", BK),
            ("Mazar-i-Sharif", BK),
            ("US", "neutral"),
            ("NATO", "neutral"),
        ],
        "events": [
            # a suicide bombing in the governor's office in Mazar-i-Sharif on Thursday: three killed including the
            # Balkh governor Daoud Mujmal (the bomber widens the maximum), four wounded; claimed by the Islamic State
            {
                "place": "Mazar-i-Sharif",
                "accept": ["Mazar-i-Sharif"],
                "date": ["2023-03-09", "2023-03-09"],
                "precision": "day",
                "killed": [3, 4],
                "injured": [4, 4],
                "actor": "Islamic State Khorasan Province (claimed)",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h31_11_zambianobserver_nangarhar_paktika.txt",
        "url": "https://zambianobserver.com/pakistan-has-carried-out-multiple-overnight-air-strikes-inside-afghanistan/",
        "published": "2026-02-23",
        "published_note": "the page's date (23 February 2026, a Monday); 'overnight' in that day's report gives the "
        "two-day window. The stored page has no headline (not rebuilt from the URL) and ends mid-sentence ('... "
        "deadly cross-border clashes — the worst fi'): the text stops at the last whole sentence",
        "orgs": ["Tehreek-i-Taliban Pakistan", "Islamic State – Khorasan Province"],
        "mentions": [
            # 'Pakistan has carried out', "Pakistan's Ministry", 'suicide bombings in Pakistan', 'Pakistan has accused';
            # the 2nd is inside 'Pakistan-Afghanistan border'
            ("Pakistan", "PK", {2}),
            # 'inside Afghanistan', "Afghanistan's Taliban authorities", "Afghanistan's territorial integrity", 'based
            # in Afghanistan'; the 2nd is inside 'Pakistan-Afghanistan border'
            ("Afghanistan", "AF", {2}),
            # 'Islamabad said' (a metonym)
            ("Islamabad", IB),
            # a border named after two countries (heldout26 convention)
            ("Pakistan-Afghanistan", "neutral"),
            # 'Nangarhar Province', "Nangarhar's Bihsud district"
            ("Nangarhar", NG),
            ("Paktika", PKT),
            ("Girdi Kas", NG),
            ("Bihsud", NG),
        ],
        "events": [
            # overnight Pakistani air strikes hit a house in Girdi Kas village of Bihsud district: 18 of a family of
            # 23 killed (a Taliban spokesman; 'Earlier reports suggested around 20 fatalities')
            {
                "place": "Girdi Kas",
                "accept": ["Girdi Kas", "Bihsud"],
                "date": ["2026-02-22", "2026-02-23"],
                "precision": "day",
                "killed": [18, 20],
                "injured": None,
                "actor": "Pakistan (air strikes)",
                "kind": "main",
            },
            # the strikes also hit civilian areas in Paktika Province: 'No deaths were immediately confirmed in other
            # targeted areas' (a strike without a toll: neutral)
            {
                "place": "Paktika",
                "accept": ["Paktika"],
                "date": ["2026-02-22", "2026-02-23"],
                "precision": "day",
                "killed": None,
                "injured": None,
                "actor": "Pakistan (air strikes)",
                "kind": "neutral",
            },
            # the lede's total over the night's strikes ('at least 18 people ... were killed'), seven targets in two
            # provinces
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan", "Nangarhar", "Paktika"],
                "date": ["2026-02-22", "2026-02-23"],
                "precision": "day",
                "killed": [18, 18],
                "injured": None,
                "actor": "Pakistan (air strikes)",
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h31_12_sentinelassam_islamabad.txt",
        "url": "https://www.sentinelassam.com/breakingnews/31-killed-nearly-170-injured-in-suicide-blast-at-shia-mosque-in-islamabad",
        "published": "2026-02-06",
        "published_note": "the page's date (6 February 2026, a Friday; 'on Friday' in the text). The stored page has "
        "no headline (not rebuilt from the URL; the text starts at the dateline)",
        "orgs": ["Tehreek-e-Taliban Pakistan"],
        "mentions": [
            # dateline 'Islamabad:', "Islamabad's Tarlai locality", 'Islamabad Deputy Commissioner' (an office title),
            # 'Hospitals across Islamabad'
            ("Islamabad", IB),
            # "Pakistan's capital" (the other is inside the TTP's name)
            ("Pakistan", "PK"),
            # the mosque where the bomb went off (a building: neutral, accepted as the scene)
            ("Khadijatul Kubra", "neutral"),
            ("Tarlai", IB),
        ],
        "events": [
            # a suicide bomber intercepted at the entrance of the Khadijatul Kubra mosque-cum-imambargah in Tarlai set
            # off his explosives during Friday prayers: 31 killed (the bomber widens the maximum), 169 injured ('nearly
            # 170')
            {
                "place": "Tarlai",
                "accept": ["Tarlai", "Islamabad", "Khadijatul Kubra"],
                "date": ["2026-02-06", "2026-02-06"],
                "precision": "day",
                "killed": [31, 32],
                "injured": [169, 170],
                "actor": "Tehreek-e-Taliban Pakistan (suspected by police)",
                "kind": "main",
            },
            # 'less than three months after a suicide bombing outside a district and sessions court in the capital
            # that left 12 people dead' (the bomber widens the maximum): a period window of the three months before
            {
                "place": "Islamabad",
                "accept": ["Islamabad"],
                "date": ["2025-11-06", "2026-02-06"],
                "precision": "period",
                "killed": [12, 13],
                "injured": None,
                "actor": None,
                "kind": "background",
            },
        ],
    },
]
