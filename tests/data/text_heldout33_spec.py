"""Thirty-third held-out set ("heldout33", see docs/annotation.md): the TWENTY-FIRST BLIND set. Real AF/PK conflict
reports from the years 2013 to 2019 only (heldout32 and heldout34 were built at the same time from other years): in
Pakistan a rocket fired from Afghanistan on Sarkai village in Bajaur's Mamond, with a firing incident of the day before
cited (2013), gunmen on motorcycles killing five at shops in Quetta's Usman Road area (2014), three welders shot dead
on Quetta's Sirki Road with a Levies constable killed at the Badizai check post in Pishin (2015), a roadside bomb that
killed a peace committee head and six others in Upper Dir's Doag Dara/Shringil area (2016), a cross-border attack on
an FC post in Khyber and suicide bombers at an FC training centre in Charsadda, with February's court attack in
Charsadda, a Sufi shrine bombing and the month's national toll cited (2017), a shooting at a shop on Quetta's Jan
Muhammad Road with the killing of two Hazara shopkeepers the day before (2018); in Afghanistan a Taliban ambush of a
police convoy in Badakhshan (2013), a local police commander killed and an attack on the district headquarters of
Badakhshan's Tagab (2014), roadside bombs in Helmand and Ghor with their joint toll (2016), twin Taliban suicide
bombings in Kabul with a US strike in Kunduz cited (2017), a roadside bomb in Nangarhar's Aska Mina with the UN's
first-quarter civilian toll (2018), a bus bombing in the Shawaz and Abkhurma area on the Herat-Farah border with the
UN's half-year toll (2019). Outlets: The Express Tribune twice, Dawn three times, Tasnim (via a mirror), Al Jazeera,
Bakhtar News Agency, Los Angeles Times (via a mirror), Firstpost (AP), Raha Press, New Age (AP). Collected and
annotated by reading each text against docs/annotation.md WITHOUT running geoinc's extractor on them (no
extract_places / extract_incidents / eval_text.py / bench_text.py on these texts before the spec was committed, and the
extraction rules in geoinc/text*.py were not read), while the extraction rules were being changed elsewhere. It is not
to be tuned to: run the final code on it once and report that number as the blind score. Same format as
text_dev_spec.py. Texts in devtexts/heldout33/."""

KP = "PK/Khyber Pakhtunkhwa"
BL = "PK/Balochistan"
IB = "PK/Islamabad"
PB = "PK/Punjab"
BD = "AF/Badakhshan"
KB = "AF/Kabul"
KZ = "AF/Kunduz"
NG = "AF/Nangarhar"
HM = "AF/Helmand"
GH = "AF/Ghor"

ARTICLES = [
    {
        "file": "h33_01_tribune_bajaur.txt",
        "url": "https://tribune.com.pk/story/621062/cross-border-attack-rocket-fired-from-afghanistan-national-brief",
        "published": "2013-10-23",
        "published_note": "the page's line 'Our Correspondent October 23, 2013' and 'Published in The Express Tribune, "
        "October 23rd, 2013' (a Wednesday); 'on Tuesday' is 22 October, 'A day earlier' 21 October. The 'PHOTO: FILE' "
        "placeholder and the comment-form lines after the credit line are left out",
        "orgs": [],
        "mentions": [
            # headline 'Rocket fired from Afghanistan', 'was fired from Afghanistan on Tuesday'
            ("Afghanistan", "AF"),
            # 'on Pak-Afghan border' twice (heldout2/15 convention; 'Afghan' is an adjective)
            ("Pak", "neutral"),
            ("KHAR", KP),
            # 'an official from Mamond in Bajaur Agency' (an official's place), 'Sarkai village in Mamond'
            ("Mamond", KP),
            # 'Bajaur Agency' twice, 'in Bajaur'
            ("Bajaur", KP),
            ("Sarkai", KP),
            # 'borders the Afghan province of Kunar'
            ("Kunar", "AF/Kunar"),
        ],
        "events": [
            # a rocket fired from Afghanistan on Tuesday towards Sarkai village in Mamond: no loss of life, two FC
            # personnel with minor shrapnel injuries (wounded only: killed null, heldout17 convention); security forces
            # fired back (no casualties given)
            {
                "place": "Sarkai",
                "accept": ["Sarkai", "Mamond", "Bajaur"],
                "date": ["2013-10-22", "2013-10-22"],
                "precision": "day",
                "killed": None,
                "injured": [2, 2],
                "actor": "from Afghanistan (cross-border rocket)",
                "kind": "main",
            },
            # 'A day earlier, two minors were injured in a cross-border firing incident' (the first of the 'second
            # consecutive cross-border attack in two days'): no place of its own, placed at the agency the report is
            # about (heldout19 convention), Mamond accepted as the report's area
            {
                "place": "Bajaur",
                "accept": ["Bajaur", "Mamond"],
                "date": ["2013-10-21", "2013-10-21"],
                "precision": "day",
                "killed": None,
                "injured": [2, 2],
                "actor": "from Afghanistan (cross-border fire)",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h33_02_dawn_quetta_usmanroad.txt",
        "url": "https://dawn.com/news/1144187",
        "published": "2014-11-13",
        "published_note": "'Published in Dawn, November 13th , 2014' (a Thursday); 'on Wednesday' is 12 November. The "
        "stored page has no headline (the text starts at the dateline; not rebuilt from elsewhere); the photo caption "
        "inside the text is kept where the page prints it",
        "orgs": [],
        "mentions": [
            # dateline and the caption's dateline
            ("QUETTA", BL),
            # 'in Usman Road area' (an 'X Road area' is a mention, heldout23 convention)
            ("Usman Road", BL),
            # a street (heldout14 convention: neutral), accepted as the scene; not the town of Chaman
            ("Chaman Street", "neutral"),
            # 'Balochistan Chief Minister' (an office title)
            ("Balochistan", BL),
            # 'Quetta police chief' (an office title)
            ("Quetta", BL),
            # 'the SHO of Gawalmandi police station' (a police station named after a place, heldout19 convention)
            ("Gawalmandi", BL),
        ],
        "events": [
            # gunmen on two motorcycles fired on a barber's and a dry-cleaner's shops in the Usman Road area on
            # Wednesday: two killed and five injured, three of the wounded died in hospital: five dead, two injured
            # (the wounded who died are taken out of the injured, heldout20 convention); claimed by the Baloch
            # Liberation Army
            {
                "place": "Usman Road",
                "accept": ["Usman Road", "Quetta", "QUETTA", "Chaman Street"],
                "date": ["2014-11-12", "2014-11-12"],
                "precision": "day",
                "killed": [5, 5],
                "injured": [2, 2],
                "actor": "Baloch Liberation Army (claimed)",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h33_03_dawn_quetta_pishin.txt",
        "url": "http://www.dawn.com/news/1191661/gunmen-kill-3-in-targeted-attack-in-quetta",
        "published": "2015-07-01",
        "published_note": "'Published July 1, 2015' (a Wednesday; 'Wednesday' in the text). The photo caption, "
        "printed twice, is kept once; the outlet's opinion and editorial teasers after the text are left out",
        "orgs": ["Civil Hospital Quetta"],
        "mentions": [
            # headline, 'at a shop in Quetta', "Quetta's Sirki Road" (the fourth is inside the hospital's name)
            ("Quetta", BL),
            ("QUETTA", BL),
            # 'the victims were from Punjab' (where they came from, not the scene)
            ("Punjab", PB),
            # "Quetta's Sirki Road": a bare road name (heldout23 convention: neutral), accepted as the scene
            ("Sirki Road", "neutral"),
            ("Balochistan", BL),
            # "Balochistan's Pishin district", 'Badizai check post in Pishin'
            ("Pishin", BL),
            # 'Badizai check post' (a checkpoint named after a place is a mention, heldout29 convention)
            ("Badizai", BL),
        ],
        "events": [
            # two assailants on a motorcycle shot dead three welders at a shop on Sirki Road on Wednesday
            {
                "place": "Quetta",
                "accept": ["Quetta", "QUETTA", "Sirki Road"],
                "date": ["2015-07-01", "2015-07-01"],
                "precision": "day",
                "killed": [3, 3],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
            # 'In a separate incident', militants fired at the Levies check post at Badizai in Pishin, killing a Levies
            # constable (no day of its own: week window, heldout14 convention)
            {
                "place": "Badizai",
                "accept": ["Badizai", "Pishin"],
                "date": ["2015-06-24", "2015-07-01"],
                "precision": "week",
                "killed": [1, 1],
                "injured": None,
                "actor": "militants",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h33_04_tasnim_khyber_charsadda.txt",
        "url": "https://kaaf.at/en/news/2017/03/17/1359594/two-pakistani-troops-killed-in-cross-border-fire",
        "published": "2017-03-17",
        "published_note": "URL date (17 March 2017, a Friday; 'Friday' and 'Earlier Friday' in the text), a mirror of "
        "a Tasnim report. The stored page ends mid-sentence ('... making strong gains in its decade'): the text stops "
        "at the last whole sentence",
        "orgs": [],
        "mentions": [
            # dateline 'TEHRAN (Tasnim)' (outside the region)
            ("TEHRAN", "out"),
            # 'from Afghanistan Friday', 'between Pakistan and Afghanistan', 'Afghanistan also routinely accuses'
            ("Afghanistan", "AF"),
            # 'Khyber tribal district', 'Khyber Agency'; the 3rd is inside 'Khyber Pakhtunkhwa'
            ("Khyber", KP, {3}),
            # 'between Pakistan and Afghanistan', 'accuses Pakistan'
            ("Pakistan", "PK"),
            # 'the Pak-Bdr' (the Pakistan border) and 'Pak FC' (an adjective), as 'Pak' in 'Pak-Afghan border'
            ("Pak", "neutral"),
            # 'Islamabad blames Kabul' (metonyms)
            ("Islamabad", IB),
            ("Kabul", KB),
            ("Khyber Pakhtunkhwa", KP),
            # 'police chief in Charsadda district' (an office title), 'Charsadda was among the places targeted'
            ("Charsadda", KP),
        ],
        "events": [
            # gunmen from across the border attacked an FC post in Khyber Agency on Friday: two security personnel and
            # six militants killed (min the largest single figure, max all); claimed by Jamaat-ul-Ahrar
            {
                "place": "Khyber",
                "accept": ["Khyber", "Khyber Agency"],
                "date": ["2017-03-17", "2017-03-17"],
                "precision": "day",
                "killed": [6, 8],
                "injured": None,
                "actor": "Jamaat-ul-Ahrar (claimed)",
                "kind": "main",
            },
            # 'Earlier Friday', two suicide bombers tried to enter an FC training centre 'in northwestern Khyber
            # Pakhtunkhwa province' (the Charsadda police chief's account; Charsadda is the district the text points
            # to, the province its only stated scene, both accepted): one FC soldier killed, one injured, one bomber
            # blew himself up and the other was shot dead (the bombers widen the maximum)
            {
                "place": "Charsadda",
                "accept": ["Charsadda", "Khyber Pakhtunkhwa"],
                "date": ["2017-03-17", "2017-03-17"],
                "precision": "day",
                "killed": [1, 3],
                "injured": [1, 1],
                "actor": None,
                "kind": "main",
            },
            # 'three people killed and 19 injured when multiple suicide bombers attempted to enter a court complex on
            # February 21' in Charsadda (the bombers' fate is not given)
            {
                "place": "Charsadda",
                "accept": ["Charsadda"],
                "date": ["2017-02-21", "2017-02-21"],
                "precision": "day",
                "killed": [3, 3],
                "injured": [19, 19],
                "actor": None,
                "kind": "background",
            },
            # 'a wave of attacks in February that killed 130 people across the country'
            {
                "place": "Pakistan",
                "accept": ["Pakistan"],
                "date": ["2017-02-01", "2017-02-28"],
                "precision": "month",
                "killed": [130, 130],
                "injured": None,
                "actor": None,
                "kind": "aggregate",
            },
            # February's attacks 'also included a suicide blast at a Sufi shrine that killed 90 people', claimed by
            # Daesh: one incident with no place of its own in a report on the whole country: placed at the country
            # (heldout7 convention), the month as its window
            {
                "place": "Pakistan",
                "accept": ["Pakistan"],
                "date": ["2017-02-01", "2017-02-28"],
                "precision": "month",
                "killed": [90, 90],
                "injured": None,
                "actor": "Daesh (claimed)",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h33_05_dawn_quetta_janmuhammadroad.txt",
        "url": "https://www.dawn.com/news/1404647/3-killed-in-suspected-target-killing-in-quetta-police?utm_source="
        "feedburner&utm_medium=feed&utm_campaign=Feed%3A+dawn-news+%28Dawn+News%29",
        "published": "2018-04-30",
        "published_note": "the page's line 'Syed Ali ShahUpdated April 30, 2018' (a Monday; kept with a line break put "
        "back between the author's name and 'Updated'); 'on Sunday evening' is 29 April, 'On Saturday' 28 April. The "
        "outlet's 'DAWN.COM' banner before the headline is left out",
        "orgs": [],
        "mentions": [
            # headline, 'in Quetta on Sunday evening', "Quetta's Jan Muhammad Road", 'Civil Hospital, Quetta' (new
            # here: the city set off by a comma after a generic hospital name is a mention, unlike 'Civil Hospital
            # Quetta', an organisation), "Quetta's Jamaluddin Afghani Road"
            ("Quetta", BL),
            # bare road names (heldout23 convention: neutral), each accepted as its incident's scene
            ("Jan Muhammad Road", "neutral"),
            ("Jamaluddin Afghani Road", "neutral"),
        ],
        "events": [
            # unidentified attackers fired at people sitting inside a shop on Jan Muhammad Road on Sunday evening:
            # three killed, two injured
            {
                "place": "Quetta",
                "accept": ["Quetta", "Jan Muhammad Road"],
                "date": ["2018-04-29", "2018-04-29"],
                "precision": "day",
                "killed": [3, 3],
                "injured": [2, 2],
                "actor": None,
                "kind": "main",
            },
            # 'On Saturday, two shopkeepers belonging to the Shia Hazara community were killed in a drive-by shooting
            # in Quetta's Jamaluddin Afghani Road'
            {
                "place": "Quetta",
                "accept": ["Quetta", "Jamaluddin Afghani Road"],
                "date": ["2018-04-28", "2018-04-28"],
                "precision": "day",
                "killed": [2, 2],
                "injured": None,
                "actor": None,
                "kind": "background",
            },
        ],
    },
    {
        "file": "h33_06_aljazeera_badakhshan.txt",
        "url": "https://www.aljazeera.com/news/2013/9/19/taliban-attack-police-in-afghanistans-north",
        "published": "2013-09-19",
        "published_note": "URL date (19 September 2013, a Thursday; 'said on Thursday' in the text); 'on Wednesday' is "
        "18 September. The map image's label line ('Badakhshan map') is left out as page furniture",
        "orgs": [],
        "mentions": [
            # headline "Afghanistan's north", 'in northern Afghanistan'
            ("Afghanistan", "AF"),
            # deck 'previously peaceful Badakhshan province', 'in Badakhshan province on Wednesday'
            ("Badakhshan", BD),
            # 'the Interior Ministry in Kabul' (where the speaker is)
            ("Kabul", KB),
        ],
        "events": [
            # the Taliban ambushed a police convoy in Badakhshan province on Wednesday: 10 policemen killed (the
            # district chief; 16 captured, which the ministry denied); no district named
            {
                "place": "Badakhshan",
                "accept": ["Badakhshan"],
                "date": ["2013-09-18", "2013-09-18"],
                "precision": "day",
                "killed": [10, 10],
                "injured": None,
                "actor": "Taliban",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h33_07_bakhtar_tagab.txt",
        "url": "https://bakhtarnews.com.af/taliban-kill-local-police-commander/",
        "published": "2014-03-04",
        "published_note": "the page's date line 'Tuesday, March 4, 2014'; neither incident has a day of its own (week "
        "window). The 'Show More / Related Articles / Leave a Reply' lines after the byline are left out",
        "orgs": [],
        "mentions": [
            # dateline 'Faizabad (BNA)'
            ("Faizabad", BD),
            # 'Tagab district' three times (the Badakhshan district, not Kapisa's Tagab)
            ("Tagab", BD),
            # 'Badakhshan province' three times, 'Badakhshan governor' (an office title)
            ("Badakhshan", BD),
        ],
        "events": [
            # the Taliban attacked the house of local police commander Abdul Baqi in Tagab district and killed him
            # (no day given: week window)
            {
                "place": "Tagab",
                "accept": ["Tagab"],
                "date": ["2014-02-25", "2014-03-04"],
                "precision": "week",
                "killed": [1, 1],
                "injured": None,
                "actor": "Taliban",
                "kind": "main",
            },
            # 'According to another report', the Taliban attacked the headquarters of Tagab district: a four-hour
            # clash, 'heavy casualties' on the Taliban (no figure; 'casualties' is not a killed figure, heldout21
            # convention), none among the police: killed null
            {
                "place": "Tagab",
                "accept": ["Tagab"],
                "date": ["2014-02-25", "2014-03-04"],
                "precision": "week",
                "killed": None,
                "injured": None,
                "actor": "Taliban",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h33_08_latimes_kabul.txt",
        "url": "https://ukobiw.net/world/la-fg-afghanistan-bombings-20170301-story.html",
        "published": "2017-03-01",
        "published_note": "the date in the URL slug ('20170301', a Wednesday; 'Wednesday afternoon' in the text), a "
        "mirror of a Los Angeles Times story; 'Sunday' is 26 February. The stored page ends with an 'UPDATES:' heading "
        "and a cut update line ('... updated with a higher'): the text stops at the last whole sentence before them; "
        "the mis-encoded closing quote ('area,†he said') is kept as stored",
        "orgs": [],
        "mentions": [
            # headline, 'Reporting from Kabul' (the reporter's place), 'western Kabul', 'eastern Kabul', 'Kabul
            # hospitals', 'the Kabul attacks'
            ("Kabul", KB),
            # headline 'U.S. kills', 'a U.S. military airstrike', 'The U.S. strike'
            ("U.S.", "neutral"),
            # dateline, "Afghanistan's intelligence agency"
            ("Afghanistan", "AF"),
            # a building standing for the US defence department (like 'the White House', heldout31)
            ("Pentagon", "neutral"),
            ("Kunduz", KZ),
            # 'from Mumbai, India' (where a contributor was)
            ("Mumbai", "out"),
            ("India", "out"),
        ],
        "events": [
            # two suicide attacks in Kabul less than an hour apart on Wednesday afternoon (a car bomb at a police
            # district headquarters in western Kabul followed by a gun battle, a suicide bomber at an NDS building in
            # eastern Kabul): one toll of 16 killed and 44 injured ('wounding dozens' in the lede: the 99 upper bound
            # beside the figure, heldout13 convention); two bombings in one city on one day are one event (heldout7
            # convention); the two bombers and the attacker gunned down widen the killed maximum; claimed by the
            # Taliban
            {
                "place": "Kabul",
                "accept": ["Kabul"],
                "date": ["2017-03-01", "2017-03-01"],
                "precision": "day",
                "killed": [16, 19],
                "injured": [44, 99],
                "actor": "Taliban (claimed)",
                "kind": "main",
            },
            # 'a U.S. military airstrike Sunday ... killed five militants in the northern province of Kunduz'
            # (Mullah Salam among them)
            {
                "place": "Kunduz",
                "accept": ["Kunduz"],
                "date": ["2017-02-26", "2017-02-26"],
                "precision": "day",
                "killed": [5, 5],
                "injured": None,
                "actor": "United States (airstrike)",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h33_09_firstpost_askamina.txt",
        "url": "https://www.firstpost.com/world/afghanistan-blast-five-killed-14-injured-in-roadside-bomb-explosion-"
        "in-nangarhar-province-says-official-4439881.html",
        "published": "2018-04-20",
        "published_note": "the page's line 'World AP Apr 20, 2018 17:11:55 IST' (a Friday; 'on Friday' in the text). "
        "The 'You are here:' line is left out; the photo caption is kept",
        "orgs": [],
        "mentions": [
            # headline 'Afghanistan blast', 'Afghanistan has the highest number', 'the UN mission in Afghanistan'
            ("Afghanistan", "AF"),
            # headline, 'eastern Nangarhar province'
            ("Nangarhar", NG),
            ("Kabul", KB),
            # 'the Aska Mina district' (a spelling of Haska Mina/Deh Bala)
            ("Aska Mina", NG),
        ],
        "events": [
            # a roadside bomb struck a vehicle in Aska Mina district on Friday: five killed, 14 civilians wounded
            {
                "place": "Aska Mina",
                "accept": ["Aska Mina"],
                "date": ["2018-04-20", "2018-04-20"],
                "precision": "day",
                "killed": [5, 5],
                "injured": [14, 14],
                "actor": "Taliban (blamed)",
                "kind": "main",
            },
            # the UN mission: 'the country's civilian death toll in the first three months of this year was ... 763'
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan"],
                "date": ["2018-01-01", "2018-03-31"],
                "precision": "period",
                "killed": [763, 763],
                "injured": None,
                "actor": None,
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h33_10_rahapress_shawaz.txt",
        "url": "https://www.en.rahapress.af/roadside-bomb-explosion-in-herat-kandahar-left-34-killed-and-wounded/",
        "published": "2019-07-31",
        "published_note": "the page's lines '• publish: 31 July 2019' and '• time: 10:06 am' (kept without their "
        "bullets; the 'category' and 'No' lines are left out). The text gives the incident no day ('around 8:00 am' "
        "only): week window. The comment form after the text is left out",
        "orgs": [],
        "mentions": [
            # headline 'in Herat-Kandahar', 'on Herat-Kandahar highway' (a road named after two places: neutral)
            ("Herat-Kandahar", "neutral"),
            ("Shawaz", "AF/Farah"),
            ("Abkhurma", "AF/Farah"),
            # 'along Herat-Farah border' (a border zone named after two units, heldout22 convention)
            ("Herat-Farah", "neutral"),
            # the bus's origin and destination (not the scene)
            ("Nimruz", "AF/Nimroz"),
            # 'western Herat province'; the first three are inside the two neutral compounds
            ("Herat", "AF/Herat", {1, 2, 3}),
            ("Afghanistan", "AF"),
        ],
        "events": [
            # an explosion ripped through a passenger bus in the Shawaz and Abkhurma area along the Herat-Farah border:
            # 34 civilians killed and at least 17 wounded (eyewitnesses; the headline's '34 killed and wounded' is a
            # combined figure, not a killed figure); one toll for two named areas: one event accepting each
            # (heldout13 convention); no day in the text: week window
            {
                "place": "Shawaz",
                "accept": ["Shawaz", "Abkhurma"],
                "date": ["2019-07-24", "2019-07-31"],
                "precision": "week",
                "killed": [34, 34],
                "injured": [17, 17],
                "actor": None,
                "kind": "main",
            },
            # the UN's update: 3,812 civilian casualties (1,366 deaths, 2,446 injured) in the first half of 2019
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan"],
                "date": ["2019-01-01", "2019-06-30"],
                "precision": "period",
                "killed": [1366, 1366],
                "injured": [2446, 2446],
                "actor": None,
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h33_11_tribune_upperdir.txt",
        "url": "https://tribune.com.pk/story/1144615/i.tribune.com.pk",
        "published": "2016-07-19",
        "published_note": "the page's line 'Latif Khan/afp July 19, 2016' (a Tuesday); 'Monday evening' is 18 July. "
        "The stored page ends mid-sentence ('... a manhunt in the region for the perpetr'): the text stops at the last "
        "whole sentence",
        "orgs": ["Pakistan Peoples Party"],
        "mentions": [
            # headline 'in Dir explosion'; the 2nd is inside 'Upper Dir district'
            ("Dir", KP, {2}),
            ("UPPER DIR", KP),
            ("Khyber-Pakhtunkhwa", KP),
            ("Doag Dara", KP),
            ("Upper Dir", KP),
            ("Shringil", KP),
            # 'near Badar Kani village' (a reference point, not the scene: heldout14 convention)
            ("Badar Kani", KP),
        ],
        "events": [
            # a remote-controlled IED hit the vehicle of peace committee head Khan Muhammad in the Shringil area of
            # Doag Dara, Upper Dir, on Monday evening: seven killed, three critically wounded
            {
                "place": "Shringil",
                "accept": ["Shringil", "Doag Dara", "Upper Dir", "UPPER DIR", "Dir"],
                "date": ["2016-07-18", "2016-07-18"],
                "precision": "day",
                "killed": [7, 7],
                "injured": [3, 3],
                "actor": "suspected terrorists",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h33_12_newage_helmand_ghor.txt",
        "url": "http://newagebd.net/249105/roadside-bombs-kill-nine-civilians-afghanistan/",
        "published": "2016-08-29",
        "published_note": "the page's line 'August 29, 2016 5:32 pm' (a Monday; the comment counter run into it is "
        "left out); 'late Sunday' is 28 August; the Helmand blast has no day of its own (week window). The 'You are "
        "here: Home » International' line and the map image's label run into the first sentence ('Afghanistan "
        "mapTwo roadside bombs ...') are left out as page furniture",
        "orgs": [],
        "mentions": [
            ("Afghanistan", "AF"),
            # 'Associated Press . Kabul / New Age Online' (where the report was filed)
            ("Kabul", KB),
            ("Helmand", HM),
            ("Ghor", GH),
        ],
        "events": [
            # a blast in Helmand province killed six people of one family and wounded five (no district, no day)
            {
                "place": "Helmand",
                "accept": ["Helmand"],
                "date": ["2016-08-22", "2016-08-29"],
                "precision": "week",
                "killed": [6, 6],
                "injured": [5, 5],
                "actor": None,
                "kind": "main",
            },
            # a roadside bomb in Ghor province late Sunday killed two women and a man ([2, 3]: the largest single
            # figure is two, heldout29 convention) and wounded eight
            {
                "place": "Ghor",
                "accept": ["Ghor"],
                "date": ["2016-08-28", "2016-08-28"],
                "precision": "day",
                "killed": [2, 3],
                "injured": [8, 8],
                "actor": None,
                "kind": "main",
            },
            # the lede's total: 'Two roadside bombs have killed at least nine Afghan civilians' (the Helmand blast has
            # only the week window)
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan", "Helmand", "Ghor"],
                "date": ["2016-08-22", "2016-08-29"],
                "precision": "week",
                "killed": [9, 9],
                "injured": None,
                "actor": None,
                "kind": "aggregate",
            },
        ],
    },
]
