"""Twenty-ninth held-out set ("heldout29", see docs/annotation.md): the SEVENTEENTH BLIND set. Real AF/PK conflict
reports from the publication years 2006, 2009, 2012, 2015, 2018, 2021 and 2024 only (heldout30 and heldout31 were built
at the same time from other years), six Afghan and six Pakistani: in Afghanistan a suicide bombing at the Helmand
governor's compound in Lashkar Gah (2006), a roadside bomb on a wedding party in Helmand's Garmser (2009), a roadside
bomb at Kohak village in Kandahar's Arghandab with a second in Tarin Kot and an explosion in Dushanbe cited (2012), an
Afghan Air Force strike in Kandahar's Maroof with the UN's half-year civilian toll (2018), a repulsed Taliban attack on
Herat's Ghorian with a round of districts lost and retaken (2021), the Kabul blast that killed the Taliban's refugees
minister with two earlier Kabul attacks cited (2024); in Pakistan a suicide car bombing of a convoy between Mirali and
Bannu with a checkpoint blast in North Waziristan cited (2006), a US drone strike in Esokhel near Mir Ali with the
week's drone count (2012), the suicide bombing of the Nadra office in Mardan with the Peshawar school, Kurram market
and Peshawar air base attacks cited (2015), a police-van blast in Quetta on election day (2018), an attack on an FC
patrol in Sibi's Sangan with an IED on the Marget-Quetta road and an operation in Kharan's Hulmerg cited (2021), a
suicide rickshaw bombing of a checkpost in Mir Ali with the Darazinda attack of the day before (2024). Outlets: AP via
USA Today, China Daily via a mirror, McClatchy via the Miami Herald, RFE/RL via AOP News, Tolo News via The Frontier
Post, Mint, BBC via Rantburg, The Express Tribune, BBC via APUSA, Pakistan Observer, The Nation, Dawn. Collected and
annotated by reading each text against docs/annotation.md WITHOUT running geoinc's extractor on them (no
extract_places / extract_incidents / eval_text.py / bench_text.py on these texts before the spec was committed, and
the extraction rules in geoinc/text*.py were not read), while the extraction rules were being changed elsewhere. It
is not to be tuned to: run the final code on it once and report that number as the blind score. Same format as
text_dev_spec.py. Texts in devtexts/heldout29/."""

KP = "PK/Khyber Pakhtunkhwa"
BL = "PK/Balochistan"
HL = "AF/Helmand"
KD = "AF/Kandahar"

ARTICLES = [
    {
        "file": "h29_01_usatoday_lashkargah.txt",
        "url": "http://usatoday30.usatoday.com/news/world/2006-12-12-afghan-violence_x.htm",
        "published": "2006-12-12",
        "published_note": "URL date and the page's 'Updated 12/12/2006 7:25 PM ET' (a Tuesday); 'on Tuesday' is 12 "
        "December. The 'E-mail | Print |' links are left out; the stray quote mark after 'compound.' is the page's; the "
        "stored page ends mid-sentence ('but he repeated h'): the text stops at the last whole sentence",
        "orgs": [],
        "mentions": [
            # headline 'in southern Afghanistan', dateline, 'the NATO-led troops in Afghanistan'
            ("Afghanistan", "AF"),
            # dateline 'KANDAHAR, Afghanistan (AP)'
            ("KANDAHAR", KD),
            ("Helmand", HL),
            # 'the provincial capital Lashkar Gah', "Lashkar Gah's hospital" (where the victims were sent)
            ("Lashkar Gah", HL),
            # 'Washer district chief Abdul Sattar Khan' (an office title naming a district; a victim's post, not the
            # scene)
            ("Washer", HL),
            ("U.S.", "neutral"),
            ("NATO", "neutral"),
            # 'traveled to Kandahar on Tuesday' (a trip, no incident)
            ("Kandahar", KD),
        ],
        "events": [
            # a suicide bomber on foot blew himself up at the governor's compound in Lashkar Gah on Tuesday as guards
            # tried to search him: eight killed (six police, two civilians, one of them the Washer district chief),
            # eight police wounded; the bomber widens the maximum; claimed by a purported Taliban spokesman
            {
                "place": "Lashkar Gah",
                "accept": ["Lashkar Gah"],
                "date": ["2006-12-12", "2006-12-12"],
                "precision": "day",
                "killed": [8, 9],
                "injured": [8, 8],
                "actor": "Taliban (claimed)",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h29_02_chinadaily_garmser.txt",
        "url": "http://tsdianying02.cn/world/2009-08/06/content_8535676.htm",
        "published": "2009-08-06",
        "published_note": "URL date and the page's 'Updated: 2009-08-06 15:03' (a Thursday, China Daily's page on a "
        "mirror site); 'the Wednesday attack' is 5 August. The mirror's spam title line, the 'WORLD> Asia-Pacific' "
        "breadcrumb and the 'Related readings' box of other headlines are left out (heldout25: a mirror's spam title "
        "is furniture); the stored page ends mid-sentence ('But the report said the'): the text stops at the last "
        "whole sentence",
        "orgs": ["UN Assistance Mission to Afghanistan"],
        "mentions": [
            # headline 'in S Afghanistan', 'in southern Afghanistan'; the 3rd is inside the UN mission's name
            ("Afghanistan", "AF"),
            ("KABUL", "AF/Kabul"),
            # 'Helmand provincial police chief' (an office title), 'offensives in Helmand'
            ("Helmand", HL),
            ("Garmser", HL),
            # 'US Marines'
            ("US", "neutral"),
            # 'military operations by the United States and its allies'
            ("United States", "out"),
        ],
        "events": [
            # a roadside bomb hit people travelling to a wedding in Garmser district on Wednesday: 21 civilians killed
            # (the police chief) or 'at least 20' (the Ministry of Defense), women and children among them; five
            # wounded. The UN's '24 percent' rise for the half-year gives no count: no event
            {
                "place": "Garmser",
                "accept": ["Garmser"],
                "date": ["2009-08-05", "2009-08-05"],
                "precision": "day",
                "killed": [20, 21],
                "injured": [5, 5],
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h29_03_miamiherald_arghandab.txt",
        "url": "http://www.miamiherald.com/2012/03/25/2713146/roadside-bomb-kills-us-soldier.html",
        "published": "2012-03-25",
        "published_note": "URL date (25 March 2012, a Sunday); 'on Saturday' and 'Also Saturday' are 24 March, 'on "
        "Sunday' 25 March. The stored page ends mid-sentence ('and there was no confirmation th'): the text stops at "
        "the last whole sentence",
        "orgs": [],
        "mentions": [
            # headline 'U.S. soldier', 'U.S.-led coalition' twice
            ("U.S.", "neutral"),
            # headline 'in southern Afghanistan', dateline, 'the U.S.-led coalition in Afghanistan', 'an IED attack in
            # southern Afghanistan', 'media reports in Afghanistan', 'economic cooperation for Afghanistan'
            ("Afghanistan", "AF"),
            ("KABUL", "AF/Kabul"),
            # 'in Kandahar province', 'Kandahar province is the home of the Taliban'
            ("Kandahar", KD),
            ("Kohak", KD),
            ("Arghandab", KD),
            ("Tarin Kot", "AF/Uruzgan"),
            # 'neighboring Uruzgan province', "Uruzgan's police chief" (an office title), 'the Uruzgan bombing'
            ("Uruzgan", "AF/Uruzgan"),
            ("Dushanbe", "out"),
            ("Tajikistan", "out"),
        ],
        "events": [
            # a remote-controlled roadside bomb at Kohak village in Arghandab district on Saturday as Afghan and
            # coalition forces were about to defuse it: a U.S. soldier, seven Afghan police and an Afghan translator
            # killed (nine; the largest single figure is the headline's 'eight Afghans'); ISAF's confirmation of 'an
            # IED attack in southern Afghanistan' is the same incident
            {
                "place": "Kohak",
                "accept": ["Kohak", "Arghandab"],
                "date": ["2012-03-24", "2012-03-24"],
                "precision": "day",
                "killed": [8, 9],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
            # 'Also Saturday': a roadside bomb in Tarin Kot hit the car of two tribal elders (one a former senator):
            # both elders and their two police bodyguards killed; the Taliban claimed 'the attack'
            {
                "place": "Tarin Kot",
                "accept": ["Tarin Kot"],
                "date": ["2012-03-24", "2012-03-24"],
                "precision": "day",
                "killed": [2, 4],
                "injured": None,
                "actor": "Taliban (claimed)",
                "kind": "main",
            },
            # 'media reports ... claimed that Dushanbe ... was rocked by an explosion on Sunday': outside the region,
            # no casualties given
            {
                "place": "Dushanbe",
                "accept": ["Dushanbe", "Tajikistan"],
                "date": ["2012-03-25", "2012-03-25"],
                "precision": "day",
                "killed": None,
                "injured": None,
                "actor": None,
                "kind": "neutral",
            },
        ],
    },
    {
        "file": "h29_04_rferl_maroof.txt",
        "url": "http://www.aopnews.com/taliban/air-strike-kills-four-civilians-in-southern-afghanistan/",
        "published": "2018-10-05",
        "published_note": "the page's 'October 5, 2018' under the outlet line (RFE/RL reposted); 'late on October 4' "
        "is that day. The stored page has no headline (the text starts at the outlet line); the closing copyright and "
        "address lines are left out",
        "orgs": [],
        "mentions": [
            # 'in southern Afghanistan'
            ("Afghanistan", "AF"),
            # 'the police chief of Kandahar Province' (an office title)
            ("Kandahar", KD),
            ("Maroof", KD),
        ],
        "events": [
            # the Taliban attacked in Maroof district and security forces answered with an Afghan Air Force strike late
            # on 4 October: a child, three women and 10 insurgents dead ('at least four civilians'), eight wounded (a
            # child and seven women)
            {
                "place": "Maroof",
                "accept": ["Maroof"],
                "date": ["2018-10-04", "2018-10-04"],
                "precision": "day",
                "killed": [10, 14],
                "injured": [8, 8],
                "actor": "Afghan Air Force",
                "kind": "main",
            },
            # 'According to the United Nations, at least 1,692 civilians have been killed in fighting in the first half
            # of the year' (heldout27: the UN's half-year count is a period aggregate)
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan"],
                "date": ["2018-01-01", "2018-06-30"],
                "precision": "period",
                "killed": [1692, 1692],
                "injured": None,
                "actor": None,
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h29_05_frontierpost_ghorian.txt",
        "url": "https://thefrontierpost.com/taliban-attack-pushed-back-in-herat/?utm_source=rss&utm_medium=rss"
        "&utm_campaign=taliban-attack-pushed-back-in-herat",
        "published": "2021-07-01",
        "published_note": "the page's date (1 July 2021, a Thursday: the governor 'said on Thursday'); 'last night's "
        "clashes' reported that day are 30 June or 1 July. The stored page has no headline (the text starts at the "
        "dateline) and ends mid-sentence ('Sources said that public u'): the text stops at the last whole sentence",
        "orgs": [],
        "mentions": [
            ("KABUL", "AF/Kabul"),
            ("Ghorian", "AF/Herat"),
            ("Herat", "AF/Herat"),
            # 'Shinwari district in Parwan', 'recaptured Shinwari district', the governor's 'Shinwari district has been
            # cleared'
            ("Shinwari", "AF/Parwan"),
            # 'in Parwan', 'the northern province of Parwan', 'governor of Parwan' (an office title)
            ("Parwan", "AF/Parwan"),
            ("Alasai", "AF/Kapisa"),
            ("Kapisa", "AF/Kapisa"),
            ("Kaldar", "AF/Balkh"),
            ("Balkh", "AF/Balkh"),
            ("Feroz Nakhchir", "AF/Samangan"),
            ("Samangan", "AF/Samangan"),
            ("Gilan", "AF/Ghazni"),
            # 'Gilan district in Ghazni', 'sent to Ghazni province'
            ("Ghazni", "AF/Ghazni"),
            ("Hesarak", "AF/Nangarhar"),
            ("Nangarhar", "AF/Nangarhar"),
        ],
        "events": [
            # the Taliban attack on Ghorian district was pushed back: 20 attackers killed (the governor) or 'more than
            # 20' (local security officials: 21 up to the 99 bound, heldout18 convention), 'more than 10' wounded (11
            # up to 99); government losses not given. 'last night' in a Thursday report: the two-day window
            {
                "place": "Ghorian",
                "accept": ["Ghorian"],
                "date": ["2021-06-30", "2021-07-01"],
                "precision": "day",
                "killed": [20, 99],
                "injured": [11, 99],
                "actor": "Taliban",
                "kind": "main",
            },
            # Afghan forces retook Shinwari district in Parwan (no toll: heldout13, a district taken without a toll is
            # neutral); the day is not given
            {
                "place": "Shinwari",
                "accept": ["Shinwari", "Parwan"],
                "date": ["2021-06-24", "2021-07-01"],
                "precision": "week",
                "killed": None,
                "injured": None,
                "actor": "Afghan forces",
                "kind": "neutral",
            },
            # security forces 'have left' Alasai, Kaldar, Feroz Nakhchir and Gilan districts (no fighting or toll
            # given): neutral, one per district
            {
                "place": "Alasai",
                "accept": ["Alasai", "Kapisa"],
                "date": ["2021-06-24", "2021-07-01"],
                "precision": "week",
                "killed": None,
                "injured": None,
                "actor": None,
                "kind": "neutral",
            },
            {
                "place": "Kaldar",
                "accept": ["Kaldar", "Balkh"],
                "date": ["2021-06-24", "2021-07-01"],
                "precision": "week",
                "killed": None,
                "injured": None,
                "actor": None,
                "kind": "neutral",
            },
            {
                "place": "Feroz Nakhchir",
                "accept": ["Feroz Nakhchir", "Samangan"],
                "date": ["2021-06-24", "2021-07-01"],
                "precision": "week",
                "killed": None,
                "injured": None,
                "actor": None,
                "kind": "neutral",
            },
            {
                "place": "Gilan",
                "accept": ["Gilan", "Ghazni"],
                "date": ["2021-06-24", "2021-07-01"],
                "precision": "week",
                "killed": None,
                "injured": None,
                "actor": None,
                "kind": "neutral",
            },
            # security forces 'managed to break the siege of Hesarak district' (no toll)
            {
                "place": "Hesarak",
                "accept": ["Hesarak", "Nangarhar"],
                "date": ["2021-06-24", "2021-07-01"],
                "precision": "week",
                "killed": None,
                "injured": None,
                "actor": None,
                "kind": "neutral",
            },
        ],
    },
    {
        "file": "h29_06_livemint_kabul.txt",
        "url": "https://www.livemint.com/news/india/afghansthan-talibans-refugees-minister-khalil-rahman-haqqani-six-"
        "others-killed-in-a-blast-all-you-need-to-know-11733923318549.html",
        "published": "2024-12-11",
        "published_note": "the URL's trailing number 1733923318549 is a Unix time in milliseconds (11 December 2024, "
        "13:21 UTC), the page's date in the stored index too; the text gives no day for the blast (week window). The "
        "stored page has no headline; the run-together subheading ('Taliban rule in Afghanistan The Taliban ...') and "
        "the missing space after 'the attack.' are the page's",
        "orgs": [],
        "mentions": [
            # "Afghanistan's Kabul", 'withdrawal of foreign forces from Afghanistan', the subheading 'Taliban rule in
            # Afghanistan', 'took over Afghanistan'
            ("Afghanistan", "AF"),
            ("Kabul", "AF/Kabul"),
            # 'the foreign minister of neighbouring Pakistan', '"Pakistan unequivocally condemns' (a metonym)
            ("Pakistan", "PK"),
            # 'The U.S. State Department'
            ("U.S.", "neutral"),
        ],
        "events": [
            # an explosion in Kabul as the Taliban's refugees minister Khalil Haqqani left a mosque after afternoon
            # prayers: at least seven killed, the minister among them; no one named behind it
            {
                "place": "Kabul",
                "accept": ["Kabul"],
                "date": ["2024-12-04", "2024-12-11"],
                "precision": "week",
                "killed": [7, 7],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
            # 'In 2022, a blast took place near the interior ministry ..., killing four people' (no place of its own in
            # a one-city report: heldout19, placed at that city)
            {
                "place": "Kabul",
                "accept": ["Kabul"],
                "date": ["2022-01-01", "2022-12-31"],
                "precision": "year",
                "killed": [4, 4],
                "injured": None,
                "actor": None,
                "kind": "background",
            },
            # 'In 2023, Islamic State claimed an attack outside the Taliban-run foreign ministry that killed at least
            # five'
            {
                "place": "Kabul",
                "accept": ["Kabul"],
                "date": ["2023-01-01", "2023-12-31"],
                "precision": "year",
                "killed": [5, 5],
                "injured": None,
                "actor": "Islamic State (claimed)",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h29_07_rantburg_waziristan.txt",
        "url": "http://www.rantburg.com/Jmailer.php?ID=154692",
        "published": "2006-06-02",
        "published_note": "the post's 'Posted by: Steve 2006-06-02' (a Friday; a BBC report quoted on a blog); the text "
        "gives no day for the convoy attack (week window); 'On Sunday' is 28 May 2006. The blogger's one-line aside "
        "inside the quoted report ('That pretty much covers the entire subcontinent') is kept as the page prints it",
        "orgs": [],
        "mentions": [
            # the headline "'Troops die' in Waziristan bomb"; the 2nd to 4th are inside 'North Waziristan'
            ("Waziristan", KP, {2, 3, 4}),
            # 'near the North Waziristan region', 'just outside North Waziristan', 'in North Waziristan when a car
            # exploded'
            ("North Waziristan", KP),
            ("Mirali", KP),
            ("Bannu", KP),
            # "The BBC's Barbara Plett in Islamabad" (a speaker's place)
            ("Islamabad", "PK/Islamabad"),
            # 'the Taleban in Afghanistan'
            ("Afghanistan", "AF"),
        ],
        "events": [
            # one or two suicide bombers drove an explosives-laden car into a military convoy heading from Mirali to
            # Bannu, 'just outside North Waziristan': four soldiers and 'at least one attacker' killed ('at least one
            # suicide bomber, maybe two': the maximum 6), at least seven soldiers wounded. The text names no finer
            # scene than the region it lies just outside of and the two towns of the convoy's route: all three
            # accepted (new convention)
            {
                "place": "North Waziristan",
                "accept": ["North Waziristan", "Waziristan", "Mirali", "Bannu"],
                "date": ["2006-05-26", "2006-06-02"],
                "precision": "week",
                "killed": [4, 6],
                "injured": [7, 7],
                "actor": None,
                "kind": "main",
            },
            # 'On Sunday a soldier and a policeman were killed and three paramilitary soldiers were injured in North
            # Waziristan when a car exploded at a checkpoint' (two dead; the largest single figure is one)
            {
                "place": "North Waziristan",
                "accept": ["North Waziristan"],
                "date": ["2006-05-28", "2006-05-28"],
                "precision": "day",
                "killed": [1, 2],
                "injured": [3, 3],
                "actor": None,
                "kind": "background",
            },
        ],
    },
    {
        "file": "h29_08_tribune_mirali.txt",
        "url": "https://tribune.com.pk/story/388902/deadliest-attack-us-drone-strike-kills-15-in-north-waziristan/",
        "published": "2012-06-05",
        "published_note": "'Published: June 5, 2012' (a Tuesday); 'on Monday' is 4 June. The photo caption, printed "
        "twice on the page, is kept once; the stored page ends mid-sentence ('It said m'): the text stops at the last "
        "whole sentence",
        "orgs": ["Tehreek-e-Taliban Pakistan"],
        "mentions": [
            # headline, 'Mir Ali town in North Waziristan Agency', 'the capital of North Waziristan'
            ("North Waziristan", KP),
            # 'US drone strike', 'US drones', 'a US drone'
            ("US", "neutral"),
            # 'inside Pakistan', 'drone strikes in Pakistan', 'drone attacks in Pakistan', 'has hit Pakistan'; the 5th
            # is inside 'Tehreek-e-Taliban Pakistan'
            ("Pakistan", "PK"),
            ("Mir Ali", KP),
            # 'a Nato summit', 'the vital Nato supply lines'
            ("Nato", "neutral"),
            ("Chicago", "out"),
            ("Esokhel", KP),
            # 'east of Miramshah' (a reference point)
            ("Miramshah", KP),
            # 'The London-based Bureau of Investigative Journalism'
            ("London", "out"),
        ],
        "events": [
            # four missiles from a US drone, two of them into a compound in Esokhel village near Mir Ali before dawn on
            # Monday: at least 15 killed, foreigners among them
            {
                "place": "Esokhel",
                "accept": ["Esokhel", "Mir Ali", "North Waziristan"],
                "date": ["2012-06-04", "2012-06-04"],
                "precision": "day",
                "killed": [15, 15],
                "injured": None,
                "actor": "United States (drone)",
                "kind": "main",
            },
            # 'It brought the death toll from drone attacks in Pakistan in the past three days to 27' (three strikes
            # on three days)
            {
                "place": "Pakistan",
                "accept": ["Pakistan", "North Waziristan"],
                "date": ["2012-06-02", "2012-06-04"],
                "precision": "period",
                "killed": [27, 27],
                "injured": None,
                "actor": "United States (drones)",
                "kind": "aggregate",
            },
            # 'Eight drone strikes have been reported in tribal regions since May 23' (no toll)
            {
                "place": "Pakistan",
                "accept": ["Pakistan"],
                "date": ["2012-05-23", "2012-06-04"],
                "precision": "period",
                "killed": None,
                "injured": None,
                "actor": "United States (drones)",
                "kind": "aggregate",
            },
            # 'the deadliest since 18 TTP members were reported killed on November 16, 2011' (a drone strike with no
            # place of its own in a one-district report: heldout19, placed at that district)
            {
                "place": "North Waziristan",
                "accept": ["North Waziristan"],
                "date": ["2011-11-16", "2011-11-16"],
                "precision": "day",
                "killed": [18, 18],
                "injured": None,
                "actor": "United States (drone)",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h29_09_bbc_mardan.txt",
        "url": "http://apusa.us/pakistan-suicide-bombing-pakistan-suicide-bomb-40432/",
        "published": "2015-12-29",
        "published_note": "'Published: December 29, 2015' (a Tuesday: \"Tuesday's attack\"); a BBC report reposted "
        "with the reposter's title, which is also run into the first sentence as the page prints it. The stored page "
        "ends mid-sentence ('the death toll would be signi'): the text stops at the last whole sentence",
        "orgs": [],
        "mentions": [
            # the reposter's title (twice in it, and printed twice), 'in north-west Pakistan', 'militants in Pakistan'
            ("Pakistan", "PK"),
            ("Mardan", KP),
            # 'massacre ... in Peshawar', 'an air force base in Peshawar'
            ("Peshawar", KP),
            ("Kurram", KP),
        ],
        "events": [
            # a suicide bomber on a motorbike blew himself up outside the Nadra office in Mardan when a guard stopped
            # him: at least 22 killed (the bomber widens the maximum), 'more than 30' wounded (31 up to the 99 bound;
            # 'dozens' at the hospital agrees); claimed by a Pakistani Taliban faction
            {
                "place": "Mardan",
                "accept": ["Mardan"],
                "date": ["2015-12-29", "2015-12-29"],
                "precision": "day",
                "killed": [22, 23],
                "injured": [31, 99],
                "actor": "Pakistani Taliban faction (claimed)",
                "kind": "main",
            },
            # "last December's massacre of 150 pupils and teachers in Peshawar"
            {
                "place": "Peshawar",
                "accept": ["Peshawar"],
                "date": ["2014-12-01", "2014-12-31"],
                "precision": "month",
                "killed": [150, 150],
                "injured": None,
                "actor": None,
                "kind": "background",
            },
            # 'the one that occurred at a marketplace in the Kurram tribal region earlier this month, killing 24'
            {
                "place": "Kurram",
                "accept": ["Kurram"],
                "date": ["2015-12-01", "2015-12-29"],
                "precision": "month",
                "killed": [24, 24],
                "injured": None,
                "actor": None,
                "kind": "background",
            },
            # 'in September when Taliban gunmen stormed an air force base in Peshawar, killing 29 people'
            {
                "place": "Peshawar",
                "accept": ["Peshawar"],
                "date": ["2015-09-01", "2015-09-30"],
                "precision": "month",
                "killed": [29, 29],
                "injured": None,
                "actor": "Taliban",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h29_10_pakobserver_sibi.txt",
        "url": "https://pakobserver.net/five-fc-troops-martyred-in-balochistan-terror-attack/?utm_source=rss"
        "&utm_medium=rss&utm_campaign=five-fc-troops-martyred-in-balochistan-terror-attack",
        "published": "2021-06-25",
        "published_note": "the page's date in the stored index (25 June 2021; the text's 'On June 14' and 'On June 11' "
        "fit, and Dawn's report of the same ISPR statement is 'Published June 25, 2021'); the text gives no day for "
        "the Sibi attack (week window). The stored page has no headline and ends mid-quote ('\u201cTwo terrorists, "
        "involved in ...'): the text stops at the last whole sentence",
        "orgs": ["Frontier Corps Balochistan"],
        "mentions": [
            ("RAWALPINDI", "PK/Punjab"),
            ("Sangan", BL),
            # 'District Sibi'
            ("Sibi", BL),
            # 'prosperity in Balochistan', 'Balochistan Governor' (an office title), 'Balochistan province'; the 1st is
            # inside 'Frontier Corps Balochistan'
            ("Balochistan", BL),
            # a two-town road (neutral; the town names inside it are not mentions), twice
            ("Marget-Quetta road", "neutral"),
            # 'the security of the Marget Mines' (a landmark: the mines the troops guarded)
            ("Marget Mines", BL),
            ("Kharan", BL),
            ("Hulmerg", BL),
        ],
        "events": [
            # terrorists targeted an FC patrol in Sangan area of Sibi district: five soldiers killed ('heavy losses'
            # inflicted on the terrorists: no figure)
            {
                "place": "Sangan",
                "accept": ["Sangan", "Sibi"],
                "date": ["2021-06-18", "2021-06-25"],
                "precision": "week",
                "killed": [5, 5],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
            # 'On June 14, four troops of FC were martyred when an improvised explosive device (IED) went off at the
            # Marget-Quetta road' (guarding the Marget Mines)
            {
                "place": "Marget Mines",
                "accept": ["Marget Mines", "Marget"],
                "date": ["2021-06-14", "2021-06-14"],
                "precision": "day",
                "killed": [4, 4],
                "injured": None,
                "actor": None,
                "kind": "background",
            },
            # 'On June 11, a soldier of FC was martyred while two terrorists were killed during an intelligence-based
            # operation (IBO) in Kharan district', in Hulmerg
            {
                "place": "Hulmerg",
                "accept": ["Hulmerg", "Kharan"],
                "date": ["2021-06-11", "2021-06-11"],
                "precision": "day",
                "killed": [2, 3],
                "injured": None,
                "actor": "Pakistani security forces",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h29_11_nation_mirali.txt",
        "url": "https://www.nation.com.pk/26-Oct-2024/eight-martyred-in-north-waziristan-suicide-attack",
        "published": "2024-10-26",
        "published_note": "URL date (26 October 2024, a Saturday); 'on Saturday' is that day and 'just a day after' "
        "the Friday, 25 October. The stored page has no headline (not rebuilt from the URL slug, heldout16); the "
        "subheading about the Dera Ismail Khan attack is the page's",
        "orgs": ["Khyber Pakhtunkhwa Assembly"],
        "mentions": [
            ("Mir Ali", KP),
            # 'rushed to Miranshah hospital' (not the scene)
            ("Miranshah", KP),
            # the subheading, 'Darazinda, Dera Ismail Khan'
            ("Dera Ismail Khan", KP),
            # 'the Zam FC checkpoint' (a post named after a place: heldout19, like a police station)
            ("Zam", KP),
            ("Darazinda", KP),
        ],
        "events": [
            # a suicide bomber rammed an explosive-laden rickshaw into a joint military and police checkpost in Mir Ali
            # on Saturday: eight killed (four police, two soldiers, civilians), the bomber widens the maximum; five
            # injured taken to Miranshah
            {
                "place": "Mir Ali",
                "accept": ["Mir Ali"],
                "date": ["2024-10-26", "2024-10-26"],
                "precision": "day",
                "killed": [8, 9],
                "injured": [5, 5],
                "actor": None,
                "kind": "main",
            },
            # 'just a day after 10 Frontier Constabulary (FC) soldiers were martyred in an attack on the Zam FC
            # checkpoint in Darazinda, Dera Ismail Khan ... under the cover of darkness': three more FC soldiers
            # injured. A night attack 'a day' before: the night may have begun the day before that, so 24 to 25 October
            # (the two-day window of 'last night')
            {
                "place": "Zam",
                "accept": ["Zam", "Darazinda", "Dera Ismail Khan"],
                "date": ["2024-10-24", "2024-10-25"],
                "precision": "day",
                "killed": [10, 10],
                "injured": [3, 3],
                "actor": None,
                "kind": "background",
            },
        ],
    },
    {
        "file": "h29_12_dawn_quetta.txt",
        "url": "https://dawn.com/news/amp/1422516",
        "published": "2018-07-25",
        "published_note": "'Published 25 Jul, 2018 11:09am' (election day); the blast 'took place around 11:00AM' that "
        "day. The AMP page's masthead and 'Today's Paper' date line (the day it was stored), the 'Read Comments' link "
        "and the next-story teaser are left out",
        "orgs": [],
        "mentions": [
            # headline 'in Quetta blast', "Quetta's NA-260 constituency", "Quetta's Civil Hospital" (the hospital's
            # town, where the injured were taken)
            ("Quetta", BL),
            # a constituency code (heldout18: neutral)
            ("NA-260", "neutral"),
        ],
        "events": [
            # a blast targeting a police van in Quetta around 11 am: five killed, 12 injured
            {
                "place": "Quetta",
                "accept": ["Quetta"],
                "date": ["2018-07-25", "2018-07-25"],
                "precision": "day",
                "killed": [5, 5],
                "injured": [12, 12],
                "actor": None,
                "kind": "main",
            },
        ],
    },
]
