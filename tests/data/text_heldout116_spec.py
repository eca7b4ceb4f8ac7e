"""Hundred-and-sixteenth held-out set ("heldout116", see docs/annotation.md): the HUNDRED-AND-FOURTH BLIND set. Real
AF/PK conflict reports published in the years 2018, 2019 and 2020: in Pakistan a blast at a Levies checkpost in the Raghzai
area of Malik Shahi in North Waziristan's Sheva (2019), an intelligence-based operation that killed four TTP
militants in Hangu with the November 2018 Kalaya bazaar bombing in Orakzai cited (2019), and a roadside IED that
killed an FC captain at Peeshto Kandao in Mohmand's Safi subdivision (2018); in Afghanistan a round-up of
Taliban attacks in the north (Kunduz's Dashti Archi, Samangan's Dara Suf, Jowzjan's Khamyab and the outskirts of Sari
Pul city) with its total (2018), US airstrikes in the Baghak area of Qala-e-Naw, Badghis (2019), Afghan and foreign
air operations in Badghis's Abkamari district (2019), an airstrike in Badakhshan's Warduch district with civilian
deaths (2019), a Taliban infiltrator's shooting at an Uprising Forces checkpoint in Tarinkot (2020) and a Taliban
attack on the Kharestan outpost in Ghor's Feroz Koh with the previous day's suicide car bombing in the provincial
capital cited (2020). Outlets: Dawn, Samaa, The News, Scroll.in (AP), UrduPoint/Sputnik twice, Ariana News,
Afghanistan Times, The Killid Group. Collected and annotated by
reading each text against docs/annotation.md WITHOUT running geoinc's extractor on them (no extract_places /
extract_incidents / eval_text.py / bench_text.py on these texts before the spec was committed, and the extraction
rules in geoinc/text*.py were not read), while the extraction rules were being changed elsewhere. It is not to be
tuned to: run the final code on it once and report that number as the blind score. Same format as text_dev_spec.py.
Texts in devtexts/heldout116/."""

KP = "PK/Khyber Pakhtunkhwa"
BG = "AF/Badghis"
BD = "AF/Badakhshan"

ARTICLES = [
    {
        "file": "h116_01_dawn_northwaziristan.txt",
        "url": "https://dawn.com/news/amp/1478757",
        "published": "2019-04-27",
        "published_note": "the page's line 'Published 27 Apr, 2019 06:43pm' (a Saturday; kept as text); the blast was "
        "'on Saturday', the same day. The page furniture before it ('DAWN.COM', \"Today's Paper | November 23, 2024\") "
        "and the 'Read Comments' / next-story links after the text were dropped",
        # 'Levies' alone holds no place name
        "orgs": [],
        "mentions": [
            # the headline's 'blast in North Waziristan' and 'a checkpost in North Waziristan'
            ("North Waziristan", KP),
            # 'the Raghzai area of Malik Shahi, located in the Sheva district': three nested localities
            ("Raghzai", KP),
            ("Malik Shahi", KP),
            ("Sheva", KP),
            # the office title 'Khyber Pakhtunkhwa Chief Minister' (heldout2: office titles naming a place are mentions)
            ("Khyber Pakhtunkhwa", KP),
        ],
        "events": [
            # three Levies personnel martyred and one injured in a blast at a checkpost in the Raghzai area of Malik
            # Shahi, Sheva, North Waziristan, on Saturday
            {
                "place": "Raghzai",
                "accept": ["Raghzai", "Malik Shahi", "Sheva", "North Waziristan"],
                "date": ["2019-04-27", "2019-04-27"],
                "precision": "day",
                "killed": [3, 3],
                "injured": [1, 1],
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h116_02_samaa_hangu.txt",
        "url": "https://www.samaa.tv/news/2019/01/four-ttp-terrorists-killed-in-hangu/",
        "published": "2019-01-16",
        "published_note": "the page's date line 'January 16, 2019' (a Wednesday; kept as text); the operation was 'on "
        "Wednesday morning', the same day. A related-story link between two paragraphs ('Related: In grief, Orakzai "
        "market stops in time') was dropped as page furniture, and trailing spaces were trimmed",
        # 'TTP' and 'Inter-Services Public Relations' hold no place name
        "orgs": [],
        "mentions": [
            # headline 'killed in Hangu', 'an operation in Hangu', "Hangu's Kalaya Bazaar"
            ("Hangu", KP),
            # 'Kalaya Bazaar' (the town's bazaar, the span covers the town's name) and 'a Friday market in Kalaya'
            ("Kalaya", KP),
            ("Orakzai", KP),
            ("Khyber Pakhtunkhwa", KP),
        ],
        "events": [
            # the intelligence-based operation in Hangu on Wednesday morning: four TTP militants killed in the exchange
            # of fire (an operation that killed people is an event)
            {
                "place": "Hangu",
                "accept": ["Hangu"],
                "date": ["2019-01-16", "2019-01-16"],
                "precision": "day",
                "killed": [4, 4],
                "injured": None,
                "actor": "Pakistani security forces",
                "kind": "main",
            },
            # the suicide attack in Kalaya bazaar on 23 November 2018: at least 33 killed, 56 injured; one suicide
            # attacker widens the maximum by one (heldout's 'three suicide attackers' rule). The text puts Kalaya both
            # in Hangu ("Hangu's Kalaya Bazaar") and in Orakzai's lower subdivision: both containers are accepted
            {
                "place": "Kalaya",
                "accept": ["Kalaya", "Orakzai", "Hangu"],
                "date": ["2018-11-23", "2018-11-23"],
                "precision": "day",
                "killed": [33, 34],
                "injured": [56, 56],
                "actor": None,
                "kind": "background",
            },
        ],
    },
    {
        "file": "h116_03_scroll_kunduz.txt",
        "url": "https://scroll.in/latest/893865/afghanistan-taliban-militants-launch-attacks-in-several-provinces-kill-at-least-37-security-forces",
        "published": "2018-09-10",
        "published_note": "the date the stored page carries (2018-09-10, a Monday; the URL holds no date); the attacks "
        "were 'since Sunday', the Kunduz firefight 'began late on Sunday and continued into Monday morning'. No "
        "headline on the stored page (not rebuilt from the URL slug, heldout16); the stored text ends after the "
        "TOLOnews quote, a whole sentence",
        # 'AP' and 'TOLOnews' hold no place name
        "orgs": [],
        "mentions": [
            # 'Dashti Archi district of Kunduz province'
            ("Dashti Archi", "AF/Kunduz"),
            # 'Kunduz province', 'both Kunduz and Jawzjan provinces'
            ("Kunduz", "AF/Kunduz"),
            # 'Samagan province spokesperson' (a variant spelling of Samangan, as written)
            ("Samagan", "AF/Samangan"),
            ("Dara Suf", "AF/Samangan"),
            # 'Jawzjan province Police Chief', 'Kunduz and Jawzjan provinces' (the police chief's name 'Jawzjani' is a
            # person's name, not a mention)
            ("Jawzjan", "AF/Jowzjan"),
            ("Khamyab", "AF/Jowzjan"),
            # 'the Sari Pul province', 'near Sari Pul city'
            ("Sari Pul", "AF/Sar-e Pul"),
        ],
        "events": [
            # the attack on a checkpoint in Dashti Archi, Kunduz, from late Sunday into Monday morning: 13 security
            # forces killed, 15 wounded
            {
                "place": "Dashti Archi",
                "accept": ["Dashti Archi", "Kunduz"],
                "date": ["2018-09-09", "2018-09-10"],
                "precision": "day",
                "killed": [13, 13],
                "injured": [15, 15],
                "actor": "Taliban (claimed)",
                "kind": "main",
            },
            # Taliban attack in Dara Suf district, Samangan: 14 local police and militia killed, six wounded; no day of
            # its own, within the lead's 'since Sunday' (Sunday or Monday)
            {
                "place": "Dara Suf",
                "accept": ["Dara Suf", "Samagan"],
                "date": ["2018-09-09", "2018-09-10"],
                "precision": "day",
                "killed": [14, 14],
                "injured": [6, 6],
                "actor": "Taliban",
                "kind": "main",
            },
            # the attack on Khamyab district, Jowzjan: eight police killed and three wounded, seven Taliban killed and
            # eight injured -> killed [8, 15], injured [8, 11]
            {
                "place": "Khamyab",
                "accept": ["Khamyab", "Jawzjan"],
                "date": ["2018-09-09", "2018-09-10"],
                "precision": "day",
                "killed": [8, 15],
                "injured": [8, 11],
                "actor": "Taliban (claimed)",
                "kind": "main",
            },
            # checkpoints near Sari Pul city attacked: two militia killed, two injured (city and province share the
            # name)
            {
                "place": "Sari Pul",
                "accept": ["Sari Pul"],
                "date": ["2018-09-09", "2018-09-10"],
                "precision": "day",
                "killed": [2, 2],
                "injured": [2, 2],
                "actor": "Taliban",
                "kind": "main",
            },
            # 'killing at least 37 troops since Sunday' in 'the northern part of the country': a total over the four
            # attacks (13 + 14 + 8 + 2), with the seven Taliban of Khamyab the deaths reach 44. No country name is
            # written (only 'Afghan'); the four provinces named are accepted beside the country
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan", "Kunduz", "Samagan", "Jawzjan", "Sari Pul"],
                "date": ["2018-09-09", "2018-09-10"],
                "precision": "day",
                "killed": [37, 44],
                "injured": None,
                "actor": "Taliban",
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h116_04_urdupoint_badghis.txt",
        "url": "https://www.urdupoint.com/en/world/at-least-25-taliban-militants-killed-by-us-ai-729438.html",
        "published": "2019-10-06",
        "published_note": "the dateline '(UrduPoint News / Sputnik - 06th October, 2019)' (a Sunday); the governor "
        "spoke 'on Sunday' and the airstrike 'took place last night': Saturday night or the early Sunday, a two-day "
        "window. The site name line ('UrduPoint.com') before the headline was dropped",
        # 'UrduPoint News', 'Sputnik', 'National Police Post' hold no place name
        "orgs": [],
        "mentions": [
            # headline 'US Airstrikes', 'by US airstrikes', 'US forces': `neutral` as an actor/adjective
            ("US", "neutral"),
            # headline 'In Badghis Province', 'the Afghan province of Badghis'
            ("Badghis", BG),
            # the dateline
            ("KABUL", "AF/Kabul"),
            # 'the Baghak area of the central Qala-e-Naw'
            ("Baghak", BG),
            ("Qala-e-Naw", BG),
        ],
        "events": [
            # the US airstrikes in the Baghak area of Qala-e-Naw, Badghis, last night: 'At least 25' (the governor, as
            # reported) and 'More than 25' (his quote) -> 25 up to the 99 bound ('over 20' convention, heldout18, with
            # the 'at least 25' figure kept as the minimum)
            {
                "place": "Baghak",
                "accept": ["Baghak", "Qala-e-Naw", "Badghis"],
                "date": ["2019-10-05", "2019-10-06"],
                "precision": "day",
                "killed": [25, 99],
                "injured": None,
                "actor": "United States",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h116_05_ariana_abkamari.txt",
        "url": "https://ariananews.af/talibans-shadow-district-governor-key-commanders-killed-in-badghis-airstrikes/",
        "published": "2019-04-29",
        "published_note": "the page's line '(Last Updated On: April 29, 2019)' (a Monday; kept as text); the Ministry of "
        "Defense statement was 'on Sunday' (28 April) and does not say when the air operations took place: the week "
        "window (heldout12's military report). No headline on the stored page (not rebuilt from the URL slug)",
        # 'Ministry of Defense' holds no place name
        "orgs": [],
        "mentions": [
            # 'in Badghis province', 'northwest Badghis province', 'Badghis is among'
            ("Badghis", BG),
            # 'Abkamari district', 'shadow district governor for Abkamari'
            ("Abkamari", BG),
            ("Afghanistan", "AF"),
        ],
        "events": [
            # the joint Afghan and foreign air operations in Abkamari district, Badghis: 19 Taliban killed, including
            # the shadow district governor, four wounded
            {
                "place": "Abkamari",
                "accept": ["Abkamari", "Badghis"],
                "date": ["2019-04-22", "2019-04-29"],
                "precision": "week",
                "killed": [19, 19],
                "injured": [4, 4],
                "actor": "Afghan and foreign forces",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h116_06_urdupoint_warduch.txt",
        "url": "https://www.urdupoint.com/en/world/at-least-15-civilians-killed-injured-in-airs-736585.html",
        "published": "2019-10-14",
        "published_note": "the dateline '(UrduPoint News / Sputnik - 14th October, 2019)' (a Monday); the sources spoke "
        "'on Monday' and the attack 'took place last night': Sunday night or the early Monday, a two-day window. The "
        "page's summary line before the dateline is kept as text (it is the stored page's first paragraph)",
        # a hospital named after its province is an organisation (heldout12's 'Civil Hospital X')
        "orgs": ["Badakhshan Civil Hospital"],
        "mentions": [
            # 'in Warduch district' (twice) and 'a resident of Warduch district'
            ("Warduch", BD),
            # "Afghanistan's northeastern province", "Afghanistan 's northeastern province", 'Afghanistan has long
            # been', 'operating in Afghanistan since 2015'
            ("Afghanistan", "AF"),
            # 'province of Badakhshan' (twice), 'Another source in Badakhshan Province' (the one in 'Badakhshan Civil
            # Hospital' is inside an organisation)
            ("Badakhshan", BD),
            # the dateline
            ("KABUL", "AF/Kabul"),
            # 'a war against Kabul': a metonym, a mention but not a scene
            ("Kabul", "AF/Kabul"),
            ("Russia", "out"),
        ],
        "events": [
            # the airstrike in Warduch district, Badakhshan, last night: local sources say 15 civilians and a Taliban
            # commander killed (16); a resident says 15 civilians 'killed and injured' together; another source a
            # commander and two aides killed (3). Differing sources widen the range: 3 up to 15 + 1 + 2 = 18. At least
            # 15 civilians by the lead. No split of the injured is given -> injured null. The text names no one for
            # the strike
            {
                "place": "Warduch",
                "accept": ["Warduch", "Badakhshan"],
                "date": ["2019-10-13", "2019-10-14"],
                "precision": "day",
                "killed": [3, 18],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h116_07_thenews_mohmand.txt",
        "url": "https://www.thenews.com.pk/print/390975-captain-martyred-soldier-hurt-in-mohmand-ied-blast",
        "published": "2018-11-08",
        "published_note": "the page's date line 'November 8, 2018' under the byline (a Thursday; kept as text; the page "
        "also carries 2018-11-08); the blast was 'on Wednesday', 7 November. Page furniture ('Thu November 08, 2018', "
        "'BR', 'Share') dropped; the stored page ends mid-sentence ('... on Wednesday said Captain'), so the text stops "
        "at the last whole sentence (heldout13)",
        # 'Frontier Corps', 'Bomb Disposal Squad', 'IGFC', 'ISPR' hold no place name
        "orgs": [],
        "mentions": [
            # headline 'Mohmand IED blast', 'Mohmand tribal district' (twice), 'took place in Mohmand', 'Mohmand had'
            ("Mohmand", KP),
            # the dateline (Ghallanai, Mohmand's headquarters, spelt 'GHALLANI' here)
            ("GHALLANI", KP),
            ("Peeshto Kandao", KP),
            ("Safi", KP),
            # 'a hospital in Ghallanai, the headquarters': where the injured was taken, not the scene
            ("Ghallanai", KP),
            # 'Peshawar Cantonment' (the funeral's place) and the office title 'Corps Commander Peshawar'
            ("Peshawar", KP),
            ("Afghanistan", "AF"),
            # where the militants escaped to: mentions, not scenes
            ("Nangarhar", "AF/Nangarhar"),
            ("Kunar", "AF/Kunar"),
            ("Nuristan", "AF/Nuristan"),
            ("Pakistan", "PK"),
        ],
        "events": [
            # the roadside IED at Peeshto Kandao in Safi subdivision, Mohmand, on Wednesday: an FC captain of the bomb
            # disposal squad killed, a soldier injured
            {
                "place": "Peeshto Kandao",
                "accept": ["Peeshto Kandao", "Safi", "Mohmand"],
                "date": ["2018-11-07", "2018-11-07"],
                "precision": "day",
                "killed": [1, 1],
                "injured": [1, 1],
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h116_08_afghanistantimes_tarinkot.txt",
        "url": "http://www.afghanistantimes.af/taliban-infiltrator-kills-4-public-uprising-forces-in-uruzgan/",
        "published": "2020-07-26",
        "published_note": "the date the stored page carries (2020-07-26, a Sunday); the shooting was 'on Sunday morning "
        "at 04:00am', the same day. The breadcrumb line ('Home / Latest Updates / ...') before the headline was dropped",
        # 'AT News' and 'Uprising Forces' hold no place name
        "orgs": [],
        "mentions": [
            # headline 'in Uruzgan', 'Uruzgan province'
            ("Uruzgan", "AF/Uruzgan"),
            # the dateline
            ("KABUL", "AF/Kabul"),
            ("Tarinkot", "AF/Uruzgan"),
        ],
        "events": [
            # a Taliban infiltrator shot dead four Uprising Forces members at their checkpoint in the north of Tarinkot
            # on Sunday at 4am
            {
                "place": "Tarinkot",
                "accept": ["Tarinkot"],
                "date": ["2020-07-26", "2020-07-26"],
                "precision": "day",
                "killed": [4, 4],
                "injured": None,
                "actor": "Taliban",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h116_09_killid_ghor.txt",
        "url": "http://tkg.af/english/2020/10/19/at-least-8-taliban-fighters-killed-in-ghor/",
        "published": "2020-10-19",
        "published_note": "the page's date line '19 Oct 2020' under 'The Killid Group' (a Monday; kept as text; also the "
        "URL's 2020/10/19). The attack on the Kharestan outpost is not dated in the text: the week window. Page "
        "furniture dropped: 'ads', the headline repeated under the byline, the photo credit '(Photo by: Social "
        "Media)', the follow and copyright lines",
        # 'The Killid Group' and '207th  Zafar Army Corps' hold no place name
        "orgs": [],
        "mentions": [
            # headline 'Killed in Ghor', 'western Ghor province' (twice)
            ("Ghor", "AF/Ghor"),
            ("Kharestan", "AF/Ghor"),
            ("Feroz Koh", "AF/Ghor"),
            # "Herat's regional hospital": where the wounded were taken, not a scene
            ("Herat", "AF/Herat"),
        ],
        "events": [
            # Taliban attack on the Kharestan security outpost in western Feroz Koh, four hours of clashes: eight
            # Taliban killed, six Taliban and four government forces wounded (injured 6 to 10); no date in the text
            {
                "place": "Kharestan",
                "accept": ["Kharestan", "Feroz Koh"],
                "date": ["2020-10-12", "2020-10-19"],
                "precision": "week",
                "killed": [8, 8],
                "injured": [6, 10],
                "actor": "Taliban",
                "kind": "main",
            },
            # 'It comes a day after a suicide car bombing killed at least 15 people and wounded around 151 others in the
            # provincial capital of western Ghor province': 'a day after' counts from the event the sentence follows
            # (heldout112's 'Just a day earlier'), itself undated, so the week before it; the provincial capital is
            # not named in that sentence (Feroz Koh accepted beside the province); one suicide bomber widens the
            # maximum by one
            {
                "place": "Ghor",
                "accept": ["Ghor", "Feroz Koh"],
                "date": ["2020-10-11", "2020-10-18"],
                "precision": "week",
                "killed": [15, 16],
                "injured": [151, 151],
                "actor": None,
                "kind": "background",
            },
        ],
    },
]
