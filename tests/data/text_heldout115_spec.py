"""Hundred-and-fifteenth held-out set ("heldout115", see docs/annotation.md): the HUNDRED-AND-THIRD BLIND set. Real
AF/PK conflict reports published in the years 2014 to 2017: in Pakistan a security operation killing ten suspected
militants in Balochistan's Harnai district with the Frontier Corps vehicle attack of 14 August cited (2017), a militant
ambush on officials' convoy in Balochistan's Awaran (five injured, no death) and three bullet-riddled bodies found in
Kech's Gomazi (2016), a gun ambush on people returning from a Shia funeral in the Lalpura area of lower Orakzai (2014),
air strikes in North Waziristan's Shawal with the offensive's first-year toll cited (2015); in Afghanistan a Taliban
attack on security forces in Kandahar province with no day given (2017), an overnight operation against Daesh in the
Pekhe area of Nangarhar's Achin district (2017), the overnight Taliban attack on an army base in Kandahar's Khakrez with
the Kabul minibus bombing two days before cited (2017), a bomb on a bus of election workers in Samangan on the run-off
day with voters' fingers cut off in Herat and the day's national toll (2014), a failed Taliban attack on the Kunduz
governor's convoy with the attackers killed and no figure (2016), the suicide bombing outside a Jalalabad bank with a
second, harmless blast near a shrine (2015). Outlets: Dawn four times, Times of Islamabad, TKG, The Wall Street
Journal, Deutsche Welle (mirror), Bakhtar News Agency, Newslines.
Collected and annotated by reading each text against docs/annotation.md WITHOUT running geoinc's extractor on them (no
extract_places / extract_incidents / eval_text.py / bench_text.py on these texts before the spec was committed, and the
extraction rules in geoinc/text*.py were not read), while the extraction rules were being changed elsewhere. It is not
to be tuned to: run the final code on it once and report that number as the blind score. Same format as
text_dev_spec.py. Texts in devtexts/heldout115/."""

BL = "PK/Balochistan"
KP = "PK/Khyber Pakhtunkhwa"
KD = "AF/Kandahar"
NG = "AF/Nangarhar"
KB = "AF/Kabul"

ARTICLES = [
    {
        "file": "h115_01_dawn_harnai.txt",
        "url": "https://dawn.com/news/amp/1355170",
        "published": "2017-08-31",
        "published_note": "the byline 'Published 31 Aug, 2017 11:25pm' (a Thursday; the page's 'Today's Paper | "
        "December 01, 2024' line is page furniture and dropped); the operation was 'on Thursday evening', the same day",
        # 'DawnNews' and 'the Frontier Corps' hold no place name
        "orgs": [],
        "mentions": [
            # the headline 'in Balochistan operation', "Balochistan's Harnai district"
            ("Balochistan", BL),
            # "Harnai district", 'Harnai hospital' (a lower-case generic hospital after its town: the town, like
            # heldout33's 'Hospital in Bannu'; not a hospital's own name such as 'Civil Hospital Quetta')
            ("Harnai", BL),
        ],
        "events": [
            # ten suspected militants killed in an operation by security forces in Harnai district on Thursday evening
            {
                "place": "Harnai",
                "accept": ["Harnai"],
                "date": ["2017-08-31", "2017-08-31"],
                "precision": "day",
                "killed": [10, 10],
                "injured": None,
                "actor": "Pakistani security forces",
                "kind": "main",
            },
            # 'a vehicle of the Frontier Corps had come under attack in the area on Aug 14. Eight personnel were
            # martyred': 'the area' is Harnai
            {
                "place": "Harnai",
                "accept": ["Harnai"],
                "date": ["2017-08-14", "2017-08-14"],
                "precision": "day",
                "killed": [8, 8],
                "injured": None,
                "actor": None,
                "kind": "background",
            },
        ],
    },
    {
        "file": "h115_02_timesofislamabad_kandahar.txt",
        "url": "https://timesofislamabad.com/65567-2/2017/01/21/",
        "published": "2017-01-21",
        "published_note": "the date in the URL (2017/01/21, a Saturday); the stored page has no date line and the text "
        "dates the attack by no day",
        "orgs": [],
        "mentions": [
            # the headline 'by Taliban in Kandahar', 'in Kandahar Province'
            ("Kandahar", KD),
            # 'In Afghanistan, sixteen Police personnel' (the headline's 'Afghan' is a demonym)
            ("Afghanistan", "AF"),
        ],
        "events": [
            # the Taliban attack on security forces in Kandahar Province: sixteen police and fifteen Taliban killed,
            # eleven injured; no finer place than the province and no day: the week before publication
            {
                "place": "Kandahar",
                "accept": ["Kandahar"],
                "date": ["2017-01-14", "2017-01-21"],
                "precision": "week",
                "killed": [16, 31],
                "injured": [11, 11],
                "actor": "Taliban",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h115_03_tkg_achin.txt",
        "url": "https://tkg.af/english/2017/05/22/eight-daesh-militants-killed-nangarhar-2/",
        "published": "2017-05-22",
        "published_note": "the date in the URL (2017/05/22, a Monday); the stored text has no headline or date line. "
        "'last night' is 21 or 22 May",
        "orgs": [],
        "mentions": [
            # 'Local officials in Nangarhar', 'spokesman for Nangarhar governor' (an office title naming a place,
            # heldout2)
            ("Nangarhar", NG),
            ("Achin", NG),
            # 'in Pekhe area of the district'
            ("Pekhe", NG),
        ],
        "events": [
            # the special operation by Afghan security forces 'last night in Pekhe area' of Achin: eight Daesh
            # militants killed, 'tens of others' injured (no figure)
            {
                "place": "Pekhe",
                "accept": ["Pekhe", "Achin"],
                "date": ["2017-05-21", "2017-05-22"],
                "precision": "day",
                "killed": [8, 8],
                "injured": None,
                "actor": "Afghan security forces",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h115_04_wsj_khakrez.txt",
        "url": "https://www.wsj.com/articles/afghan-military-base-hit-by-taliban-attack-1501072183?mod=article_inline",
        "published": "2017-07-26",
        "published_note": "the time stamp in the URL (1501072183 = 2017-07-26 12:29 UTC, a Wednesday) and the text's "
        "'said Wednesday'; the stored page has no date line. The photo credit run into the dateline ('Photo: muhammad "
        "sadiq/European Pressphoto Agency') and the coupon list after the text are page furniture and dropped; the "
        "photo caption is kept",
        # 'the Defense Ministry' holds no place name
        "orgs": [],
        "mentions": [
            # the dateline 'KABUL—' and 'in western Kabul' (the second is the scene of a cited bombing)
            ("KABUL", KB),
            ("Kabul", KB),
            # 'southern Kandahar province', 'provincial capital Kandahar City', 'Kandahar is the birthplace'
            ("Kandahar", KD),
            ("Khakrez", KD),
            # 'neighboring Pakistan'
            ("Pakistan", "PK"),
        ],
        "events": [
            # the Taliban attack on an army base in Khakrez district 'overnight', close to midnight, reported on
            # Wednesday: Tuesday night or early Wednesday; at least 26 soldiers killed, 'more than a dozen' wounded (no
            # figure); the Taliban claimed it
            {
                "place": "Khakrez",
                "accept": ["Khakrez", "Kandahar"],
                "date": ["2017-07-25", "2017-07-26"],
                "precision": "day",
                "killed": [26, 26],
                "injured": None,
                "actor": "Taliban (claimed)",
                "kind": "main",
            },
            # 'two days after a Taliban suicide car bombing targeted a minibus carrying government employees in western
            # Kabul, killing 31 people': Monday 24 July; 'dozens' injured is no figure
            {
                "place": "Kabul",
                "accept": ["Kabul"],
                "date": ["2017-07-24", "2017-07-24"],
                "precision": "day",
                "killed": [31, 31],
                "injured": None,
                "actor": "Taliban",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h115_05_dawn_awaran.txt",
        "url": "https://www.dawn.com/news/amp/1302941",
        "published": "2016-12-18",
        "published_note": "the byline 'Published 18 Dec, 2016 12:02am' (a Sunday, just after midnight; the page's "
        "'Today's Paper | April 29, 2024' line and the 'Read Comments ... Next Story' tail are page furniture and "
        "dropped); the ambush was 'on Saturday', 17 December",
        # 'DawnNews', 'Levies' and 'Al Qaeda' hold no place name
        "orgs": [],
        "mentions": [
            # the headline "Balochistan's Awaran district", the lead's, "Balochistan's Kech district", 'Balochistan has
            # been experiencing'
            ("Balochistan", BL),
            ("Awaran", BL),
            # "Balochistan's Kech district", 'Gomazi area of Kech district'
            ("Kech", BL),
            ("Gomazi", BL),
            # 'shares borders with Afghanistan and Iran'
            ("Afghanistan", "AF"),
            ("Iran", "out"),
        ],
        "events": [
            # the ambush on the convoy of a district police officer and the assistant commissioner in Awaran district on
            # Saturday: five Levies and police personnel injured, no death reported: `main` with killed null (the
            # blast with only injured of an earlier set)
            {
                "place": "Awaran",
                "accept": ["Awaran"],
                "date": ["2016-12-17", "2016-12-17"],
                "precision": "day",
                "killed": None,
                "injured": [5, 5],
                "actor": "militants",
                "kind": "main",
            },
            # 'In a separate incident, Levies personnel found three bodies' in the Gomazi area of Kech district, all
            # with multiple bullet injuries: bodies found shot are a `main` event with the week window (an earlier
            # set's bullet-riddled bodies); the finding is not dated
            {
                "place": "Gomazi",
                "accept": ["Gomazi", "Kech"],
                "date": ["2016-12-11", "2016-12-18"],
                "precision": "week",
                "killed": [3, 3],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h115_06_dawn_orakzai.txt",
        "url": "https://www.dawn.com/news/amp/1109471",
        "published": "2014-05-30",
        "published_note": "the byline 'Published 30 May, 2014 07:17am' and the print line 'Published in Dawn, May 30th, "
        "2014' (a Friday; the page's 'Today's Paper | May 05, 2024' line and the 'Read Comments ... Next Story' tail "
        "are page furniture and dropped); the ambush was 'on Thursday', 29 May",
        # a hospital named after its town ('Karaiz Civil Hospital', like heldout12's 'Civil Hospital Ziarat') is an
        # organisation; 'Levies Force' holds no place name; 'Shiekhan tribe' is a tribe, not a place
        "orgs": ["Karaiz Civil Hospital"],
        "mentions": [
            # the dateline 'KALAYA:' and 'to Kalaya for identification' (where the body was taken, not the scene)
            ("KALAYA", KP),
            ("Kalaya", KP),
            # 'the Lalpura area of lower Orakzai tehsil'
            ("Lalpura", KP),
            ("Orakzai", KP),
        ],
        "events": [
            # gunmen ambushed a group returning from a Shia funeral in the Lalpura area of lower Orakzai on Thursday:
            # four killed (a Levies man among them) and one injured; one attacker killed when fire was returned: the
            # headline's 'Five killed' is the total as one figure, so [5, 5]
            {
                "place": "Lalpura",
                "accept": ["Lalpura", "Orakzai"],
                "date": ["2014-05-29", "2014-05-29"],
                "precision": "day",
                "killed": [5, 5],
                "injured": [1, 1],
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h115_07_dw_samangan.txt",
        "url": "https://lfwp.net/dw/en/roadside-bomb-kills-election-workers-returning-from-afghan-polls/a-17708166",
        "published": "2014-06-15",
        "published_note": "the date line 'June 15, 2014' (a Sunday) of this mirror of a Deutsche Welle report, run "
        "together with the first sentence on the stored page and kept as text; 'officials on Sunday' is that day and "
        "'voting had ended on Saturday' is 14 June. The stored page has no headline of its own",
        # 'Independent Election Commission' and 'World Bank' hold no place name; 'Nouristani' is a person's name
        "orgs": [],
        "mentions": [
            # 'in Samangan province', 'the capital of Samangan province', 'the governor of Samangan' (an office title,
            # heldout2)
            ("Samangan", "AF/Samangan"),
            # 'a polling station in Aybak'
            ("Aybak", "AF/Samangan"),
            # 'the western province of Herat'
            ("Herat", "AF/Herat"),
            # "Afghanistan's Defense Ministry" (the possessive country) and "Afghanistan's 12 million registered voters"
            ("Afghanistan", "AF"),
        ],
        "events": [
            # the bomb that tore through a bus of election workers and observers returning from a polling station in
            # Aybak after voting ended on Saturday, reported on Sunday: at least 11 killed; the blast's place is given
            # only as Samangan province, Aybak (the district the bus came from) accepted
            {
                "place": "Samangan",
                "accept": ["Samangan", "Aybak"],
                "date": ["2014-06-14", "2014-06-15"],
                "precision": "day",
                "killed": [11, 11],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
            # 'In a separate incident, the Taliban cut off the fingers of 11 people in the western province of Herat to
            # punish them for voting': political violence that hurt people, a second incident of the report: `main`
            # with killed null (only injured, like an earlier set's blast with only injured); not dated beyond the
            # voting: the voting day or the report's day
            {
                "place": "Herat",
                "accept": ["Herat"],
                "date": ["2014-06-14", "2014-06-15"],
                "precision": "day",
                "killed": None,
                "injured": [11, 11],
                "actor": "Taliban",
                "kind": "main",
            },
            # '150 reported incidents of violence during voting on Saturday ... the death toll at 227 people' (33
            # civilians, 18 soldiers, 176 Taliban fighters): an `aggregate` at the country on the voting day
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan"],
                "date": ["2014-06-14", "2014-06-14"],
                "precision": "day",
                "killed": [227, 227],
                "injured": None,
                "actor": None,
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h115_08_dawn_shawal.txt",
        "url": "https://www.dawn.com/news/amp/1212483",
        "published": "2015-10-12",
        "published_note": "the byline 'Published 12 Oct, 2015 06:02am' and the print line 'Published in Dawn, October "
        "12th, 2015' (a Monday; the page's 'Today's Paper' line, the mobile-app line and the 'Read Comments ... Next "
        "Story' tail are page furniture and dropped); the strikes were 'on Sunday', 11 October",
        # 'Inter Services Public Relations' and 'ISPR' hold no place name
        "orgs": [],
        "mentions": [
            # the headline 'in N. Waziristan air strikes' (an abbreviated form, like heldout112's 'KP')
            ("N. Waziristan", KP),
            # the dateline 'PESHAWAR:'
            ("PESHAWAR", KP),
            ("Shawal", KP),
            # 'Shawal area of North Waziristan Agency', 'in North Waziristan since July 2014'
            ("North Waziristan", KP),
            # 'including Miramshah, its administrative headquarters'
            ("Miramshah", KP),
        ],
        "events": [
            # air strikes on militant positions in the Shawal area on Sunday: 22 'terrorists' killed by the military's
            # claim (not independently verified), six hideouts destroyed
            {
                "place": "Shawal",
                "accept": ["Shawal", "North Waziristan", "N. Waziristan"],
                "date": ["2015-10-11", "2015-10-11"],
                "precision": "day",
                "killed": [22, 22],
                "injured": None,
                "actor": "Pakistani security forces",
                "kind": "main",
            },
            # 'An official tally released on the first anniversary of the offensive said that 2,700 militants had been
            # killed': a total over the offensive's first year in North Waziristan (fighting 'since July 2014'): an
            # `aggregate` with the year up to its anniversary as the window
            {
                "place": "North Waziristan",
                "accept": ["North Waziristan", "N. Waziristan"],
                "date": ["2014-07-01", "2015-07-31"],
                "precision": "period",
                "killed": [2700, 2700],
                "injured": None,
                "actor": "Pakistani security forces",
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h115_09_bakhtar_kunduz.txt",
        "url": "https://bakhtarnews.com.af/taliban-attack-failed-on-governor-convoy-in-kunduz/",
        "published": "2016-08-26",
        "published_note": "the date line 'Friday, August 26, 2016' under the headline; 'yesterday' is 25 August. The "
        "page's 'Show More / Related Articles / Leave a Reply' tail is page furniture and dropped",
        # 'BNA' (Bakhtar News Agency) holds no place name
        "orgs": [],
        "mentions": [
            # the headline 'Convoy in Kunduz', the dateline 'Kunduz (BNA)', 'local officials of Kunduz province', 'A
            # military official of Kunduz province' (a speaker's place, still a mention)
            ("Kunduz", "AF/Kunduz"),
        ],
        "events": [
            # the Taliban attack on the convoy of the governor, police official and security head of Kunduz province
            # 'yesterday': no one of the convoy killed or injured, 'all Taliban attackers were killed' with no figure:
            # people were killed, so not an attack without casualties, but the text gives no death figure: `main` with
            # killed null; the province is the only place given
            {
                "place": "Kunduz",
                "accept": ["Kunduz"],
                "date": ["2016-08-25", "2016-08-25"],
                "precision": "day",
                "killed": None,
                "injured": None,
                "actor": "Taliban",
                "kind": "main",
            },
        ],
    },
    {
        "file": "h115_10_newslines_jalalabad.txt",
        "url": "https://newslines.org/afghanistan/suicide-attack-kills-over-30/",
        "published": "2015-04-18",
        "published_note": "the date line '18 Apr, 2015' under the headline (a Saturday); the text dates the attack by "
        "no day of its own. The category line 'AfghanistanTerror Incident' above the headline, the empty image lines "
        "and the 'Add your comments below...' tail are page furniture and dropped",
        "orgs": [],
        "mentions": [
            # 'the eastern Afghan city of Jalalabad' (the adjective is no mention), 'near a shrine in Jalalabad', 'A
            # third blast was also heard in Jalalabad'
            ("Jalalabad", "AF/Nangarhar"),
            # 'by the Afghan army in Nangarhar'
            ("Nangarhar", "AF/Nangarhar"),
        ],
        "events": [
            # the suicide bombing outside a bank branch in Jalalabad where military personnel and civilians waited for
            # their salaries: 'over 30' (headline) and 'at least 30' killed, 'More than 80' wounded: 'over 30' is 31 up
            # to 99 and 'More than 80' 81 up to 99 (heldout18's bounds); no day in the text: the week window
            {
                "place": "Jalalabad",
                "accept": ["Jalalabad"],
                "date": ["2015-04-11", "2015-04-18"],
                "precision": "week",
                "killed": [31, 99],
                "injured": [81, 99],
                "actor": None,
                "kind": "main",
            },
            # 'Another blast was reported near a shrine in Jalalabad, but no one was hurt': a blast without casualties
            # is `neutral` (the second held-out set); the army's controlled explosion is no attack and no event
            {
                "place": "Jalalabad",
                "accept": ["Jalalabad"],
                "date": ["2015-04-11", "2015-04-18"],
                "precision": "week",
                "killed": None,
                "injured": None,
                "actor": None,
                "kind": "neutral",
            },
        ],
    },
]
