"""Sixty-sixth held-out set ("heldout66", see docs/annotation.md): the FIFTY-FOURTH BLIND set. Real AF/PK conflict
reports published in the years 2010 to 2012: in Pakistan a bicycle bomb that killed a police officer in Dera Ismail
Khan's Kutchi Painda Khan (2010), a suicide vehicle bomb on the Lakki City police station in Lakki Marwat (2010), the
Afghan Taliban's storming of the Gwar Pari post in Mohmand with an operation in Bajaur's Khar (2010), gunship strikes
and clashes in Kurram's Gowaza, Gowaki and Jawaki and Orakzai's Khadezai with the day's and the past days' totals
(2011), jets on hideouts in Kurram with an IED in Thok and a Friday strike in Upper Orakzai cited (2011); in
Afghanistan the suicide car bomb that killed Ghazni's deputy governor with a civilian killed by a coalition soldier in
Laghman's Alishing, a Laghman operation of the week before and an earlier attempt on the deputy governor cited (2010),
two suicide bombers at a police headquarters in Paktika with a NATO soldier killed in the east (2010), a roadside bomb
on a truck of labourers in Kandahar with a failed suicide bombing in Kabul (2011), a roadside bomb in Uruzgan's Chora
with two IED blasts in Helmand and the 2011 national civilian toll cited (2012), a suicide bomber on a joint patrol in
Khost city with the 2009 CIA base bombing and the year's insider-attack toll cited (2012). Outlets: Forma Mentis (a
blog copy of a Wikinews report), Gaea Times (AP), The Express Tribune (four), The Vindicator (AP), Lincoln Daily News
(AP), sgt-jim (a blog copy of a Xinhua report), Los Angeles Times. Collected and annotated by reading each text against
docs/annotation.md WITHOUT running geoinc's extractor on them (no extract_places / extract_incidents / eval_text.py /
bench_text.py on these texts before the spec was committed, and the extraction rules in geoinc/text*.py were not
read), while the extraction rules were being changed elsewhere. It is not to be tuned to: run the final code on it
once and report that number as the blind score. Same format as text_dev_spec.py. Texts in devtexts/heldout66/."""

KP = "PK/Khyber Pakhtunkhwa"
GZ = "AF/Ghazni"
LM = "AF/Laghman"
KH = "AF/Kandahar"
UR = "AF/Uruzgan"

ARTICLES = [
    {
        "file": "h66_01_formaementis_dikhan.txt",
        "url": "https://formaementis.wordpress.com/2010/05/18/suicide-bomb-blast-hits-pakistani-city/",
        "published": "2010-05-18",
        "published_note": "the blog post's date in the URL (18 May 2010, a Tuesday); the text never dates the blast: "
        "the week window (heldout12). The blog's '%d bloggers like this:' line is page furniture and left out; the "
        "map label 'Dera Īsmāil Khān, Pakistan' is kept as stored",
        # a news agency whose name holds a country (scored as an organisation, not a place); 'Dera Ismail Khan
        # hospital' (the hospital named after its town, heldout12; lower-case like heldout43's 'Kabul police')
        "orgs": ["Agence France-Presse", "Dera Ismail Khan hospital"],
        "mentions": [
            ("Dera Ismail Khan", KP),
            # the province's name before 2010
            ("North-West Frontier Province", KP),
            # 'Frontier Province of Pakistan', the map label
            ("Pakistan", "PK"),
            # the map label, with its diacritics as stored
            ("Dera Īsmāil Khān", KP),
            ("Kutchi Painda Khan", KP),
        ],
        "events": [
            # a remote-controlled bomb on a bicycle as DSP Iqbal Khan left his house in the Kutchi Painda Khan region of
            # the town: 12 dead (three policemen and nine civilians), 10 wounded; 'at least twelve' is [12, 12]
            {
                "place": "Kutchi Painda Khan",
                "accept": ["Kutchi Painda Khan", "Dera Ismail Khan", "Dera Īsmāil Khān"],
                "date": ["2010-05-11", "2010-05-18"],
                "precision": "week",
                "killed": [12, 12],
                "injured": [10, 10],
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h66_02_gaeatimes_ghazni.txt",
        "url": "https://calamities.gaeatimes.com/2010/09/28/police-eastern-afghan-official-killed-by-car-bomb-while-"
        "driving-to-work-51072",
        "published": "2010-09-28",
        "published_note": "the page's date line 'By APTuesday, September 28, 2010' (kept as stored; also in the URL); "
        "'Tuesday' is 28 September, 'on Sunday' 26 September. The tag list ('Tags: Afghanistan, ...') is page "
        "furniture and left out",
        # 'Ghazni province Police Chief' holds an organisation (heldout52's 'Balochistan police')
        "orgs": ["Ghazni province Police"],
        "mentions": [
            # the dateline 'KABUL, Afghanistan —', 'northeast of Kabul'
            ("KABUL", "AF/Kabul"),
            ("Afghanistan", "AF"),
            # 'in Ghazni city' twice (the other is inside the organisation)
            ("Ghazni", GZ),
            ("NATO", "neutral"),
            ("Laghman", LM),
            ("Kabul", "AF/Kabul"),
            ("Alishing", LM),
        ],
        "events": [
            # a suicide car bomber rammed the deputy governor's convoy in Ghazni city on Tuesday: he and five others
            # killed (the bomber widens the maximum, heldout32), 12 wounded
            {
                "place": "Ghazni",
                "accept": ["Ghazni"],
                "date": ["2010-09-28", "2010-09-28"],
                "precision": "day",
                "killed": [6, 7],
                "injured": [12, 12],
                "actor": None,
                "kind": "main",
            },
            # 'He survived a bombing attempt just two months ago in Ghazni city': an attack with no toll is `neutral`
            # (heldout2), a month window around two months before
            {
                "place": "Ghazni",
                "accept": ["Ghazni"],
                "date": ["2010-07-14", "2010-08-11"],
                "precision": "month",
                "killed": None,
                "injured": None,
                "actor": None,
                "kind": "neutral",
            },
            # 'one Afghan civilian was killed by a coalition service member in the Alishing district of Laghman on
            # Sunday': a second incident the report gives as news, `main`
            {
                "place": "Alishing",
                "accept": ["Alishing", "Laghman"],
                "date": ["2010-09-26", "2010-09-26"],
                "precision": "day",
                "killed": [1, 1],
                "injured": None,
                "actor": "NATO (coalition)",
                "kind": "main",
            },
            # 'about 30 insurgents were killed during an operation ... last week' in Laghman (the text gives no
            # district for it): `background` with the week before as its window (heldout7)
            {
                "place": "Laghman",
                "accept": ["Laghman"],
                "date": ["2010-09-21", "2010-09-28"],
                "precision": "week",
                "killed": [30, 30],
                "injured": None,
                "actor": "Afghan and coalition forces",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h66_03_tribune_lakkimarwat.txt",
        "url": "https://tribune.com.pk/story/47137/suicide-attack-kills-11-in-lakki-marwat/",
        "published": "2010-09-07",
        "published_note": "the page's line 'Published: September 7, 2010' (a Tuesday); 'on Monday' is 6 September. "
        "The photo captions are kept as stored (three times, as on the page); the stored page ended mid-sentence "
        "('Published in '): the text stops at the last whole sentence",
        # 'Khyber-Pakhtunkhwa police chief' holds an organisation (heldout52)
        "orgs": ["Khyber-Pakhtunkhwa police"],
        "mentions": [
            # 'Lakki Marwat district', 'Lakki Marwat and Bannu hospitals', 'visited Lakki Marwat'
            ("Lakki Marwat", KP),
            # 'The Lakki City police station' (a police station named after a place is a mention, heldout19)
            ("Lakki City", KP),
            # where the wounded were taken
            ("Bannu", KP),
            # 'Khyber-Pakhtunkhwa Chief Minister' (an office title, heldout2); the 1st is inside the organisation
            ("Khyber-Pakhtunkhwa", KP),
        ],
        "events": [
            # a suicide bomber rammed an explosives-laden vehicle into the Lakki City police station on Monday: the
            # information minister's 19 dead against the police chief's 15 (differing sources widen the range; the
            # bomber widens the maximum), 36 injured
            {
                "place": "Lakki City",
                "accept": ["Lakki City", "Lakki Marwat"],
                "date": ["2010-09-06", "2010-09-06"],
                "precision": "day",
                "killed": [15, 20],
                "injured": [36, 36],
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h66_04_tribune_kurram_orakzai.txt",
        "url": "https://tribune.com.pk/story/296689/militancy-in-tribal-areas-47-militants-killed-in-kurram-orakzai",
        "published": "2011-11-24",
        "published_note": "the page's line 'Express November 24, 2011' and 'Published in The Express Tribune, November "
        "24th, 2011' (a Thursday); 'on Wednesday' is 23 November. The comments below the article ('COMMENTS (1)') "
        "are page furniture and left out",
        "orgs": ["The Express Tribune"],
        "mentions": [
            # headline, 'the Kurram and Orakzai tribal agencies', 'Central Kurram Agency', 'the Central Kurram region',
            # 'the Jawaki area of the Central Kurram', 'the Central Kurram Agency', 'central Kurram regions'
            ("Kurram", KP),
            ("Orakzai", KP),
            # the dateline
            ("PESHAWAR", KP),
            ("Gowaza", KP),
            ("Gowaki", KP),
            ("Jawaki", KP),
            ("Khadezai", KP),
        ],
        "events": [
            # the day's total 'in separate operations in the Kurram and Orakzai tribal agencies on Wednesday': 47
            # militants and five security personnel killed, 50 and 15 injured
            {
                "place": "Kurram",
                "accept": ["Kurram", "Orakzai"],
                "date": ["2011-11-23", "2011-11-23"],
                "precision": "day",
                "killed": [52, 52],
                "injured": [65, 65],
                "actor": "Pakistani security forces",
                "kind": "aggregate",
            },
            # gunship helicopters on hideouts 'in the Gowaza and Gowaki areas of the Central Kurram region': two areas
            # of one region in one strike report are one event there (the Barmal rule), 16 killed, 18 injured
            {
                "place": "Kurram",
                "accept": ["Kurram", "Gowaza", "Gowaki"],
                "date": ["2011-11-23", "2011-11-23"],
                "precision": "day",
                "killed": [16, 16],
                "injured": [18, 18],
                "actor": "Pakistani security forces",
                "kind": "main",
            },
            # clashes in the Jawaki area of Central Kurram: 'about 20' militants and two security personnel killed, 30
            # militants and nine personnel injured
            {
                "place": "Jawaki",
                "accept": ["Jawaki", "Kurram"],
                "date": ["2011-11-23", "2011-11-23"],
                "precision": "day",
                "killed": [20, 22],
                "injured": [30, 39],
                "actor": "Pakistani security forces",
                "kind": "main",
            },
            # clashes in the Khadezai area of Upper Orakzai Agency: 11 militants killed, five militants and six
            # personnel injured
            {
                "place": "Khadezai",
                "accept": ["Khadezai", "Orakzai"],
                "date": ["2011-11-23", "2011-11-23"],
                "precision": "day",
                "killed": [11, 11],
                "injured": [6, 11],
                "actor": "Pakistani security forces",
                "kind": "main",
            },
            # 'more than 150 militants have so far been killed ... during the past few days' in upper Orakzai and
            # central Kurram: an aggregate, 151 up to the 999 bound (heldout23), the week window
            {
                "place": "Kurram",
                "accept": ["Kurram", "Orakzai"],
                "date": ["2011-11-17", "2011-11-24"],
                "precision": "week",
                "killed": [151, 999],
                "injured": None,
                "actor": "Pakistani security forces",
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h66_05_tribune_kurram.txt",
        "url": "https://tribune.com.pk/story/302540/security-forces-kill-seven-militants-in-kurram-agency/",
        "published": "2011-12-05",
        "published_note": "the page's byline date 'December 05, 2011' (a Monday); 'on Monday' is 5 December, 'Earlier "
        "on Friday' 2 December. 'Earlier yesterday' on a page dated Monday beside a strike 'on Monday' (the print "
        "edition's wording) gives the IED the two days 4-5 December. The comments below the article are page "
        "furniture and left out",
        "orgs": ["The Express Tribune"],
        "mentions": [
            # headline 'Kurram Agency', subhead 'Thok area of Kurram', 'the Kurram Agency near', 'central Kurram
            # Agency', 'Orakzai and Kurram agencies', 'in Kurram this summer'
            ("Kurram", KP),
            ("Thok", KP),
            # the dateline 'KURRAM AGENCY:'
            ("KURRAM", KP),
            ("Afghanistan", "AF"),
            # where a security official spoke
            ("Peshawar", KP),
            ("Orakzai", KP),
            ("Hangu", KP),
        ],
        "events": [
            # fighter jets on militants' mountain hideouts in Kurram Agency on Monday: seven killed
            {
                "place": "Kurram",
                "accept": ["Kurram", "KURRAM"],
                "date": ["2011-12-05", "2011-12-05"],
                "precision": "day",
                "killed": [7, 7],
                "injured": None,
                "actor": "Pakistani security forces",
                "kind": "main",
            },
            # 'Earlier yesterday, a security official was killed when an IED went off near a vehicle of the security
            # forces in the Thok area of central Kurram Agency'
            {
                "place": "Thok",
                "accept": ["Thok", "Kurram"],
                "date": ["2011-12-04", "2011-12-05"],
                "precision": "period",
                "killed": [1, 1],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
            # 'Earlier on Friday', gunships on hideouts in the Upper Orakzai Agency: 12 militants killed, two
            # personnel injured
            {
                "place": "Orakzai",
                "accept": ["Orakzai"],
                "date": ["2011-12-02", "2011-12-02"],
                "precision": "day",
                "killed": [12, 12],
                "injured": [2, 2],
                "actor": "Pakistani security forces",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h66_06_sgtjim_chora.txt",
        "url": "http://sgt-jim.blogspot.com/2012/07/roadside-bombing-kills-6-civilians-in-s.html",
        "published": "2012-07-07",
        "published_note": "the blog's date line 'Saturday, July 7, 2012' and the Xinhua dateline 'July 7' (kept as "
        "stored, with Xinhua's time stamp '2012-07-07 16:26:51'); 'Saturday morning' is 7 July, 'Friday evening' 6 "
        "July. The blog's 'Enhanced by Zemanta', 'Post a Comment' and 'Search this blog' are page furniture and left "
        "out",
        "orgs": [],
        "mentions": [
            # headline 'S. Afghanistan', the dateline 'TIRIN KOT, Afghanistan'
            ("Afghanistan", "AF"),
            ("TIRIN KOT", UR),
            ("Uruzgan", UR),
            ("Sangar", UR),
            ("Chora", UR),
            ("Helmand", "AF/Helmand"),
            # where the UN report was released
            ("Kabul", "AF/Kabul"),
        ],
        "events": [
            # a roadside bomb struck a vehicle 'in Sangar area of Chora district' on Saturday morning: six civilians
            # killed, two injured
            {
                "place": "Sangar",
                "accept": ["Sangar", "Chora"],
                "date": ["2012-07-07", "2012-07-07"],
                "precision": "day",
                "killed": [6, 6],
                "injured": [2, 2],
                "actor": None,
                "kind": "main",
            },
            # 'four children were killed and three other children were injured in two separate IED blasts earlier
            # Saturday and Friday evening' in Helmand: one figure over two blasts on two days with only the province
            # given is an `aggregate`
            {
                "place": "Helmand",
                "accept": ["Helmand"],
                "date": ["2012-07-06", "2012-07-07"],
                "precision": "period",
                "killed": [4, 4],
                "injured": [3, 3],
                "actor": None,
                "kind": "aggregate",
            },
            # 'A total of 3,021 Afghan civilians were killed in 2011'
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan"],
                "date": ["2011-01-01", "2011-12-31"],
                "precision": "year",
                "killed": [3021, 3021],
                "injured": None,
                "actor": None,
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h66_07_lincolndailynews_kandahar.txt",
        "url": "https://archives.lincolndailynews.com/2011/May/24/News/news052411_k.shtml",
        "published": "2011-05-24",
        "published_note": "the page's date line '[May 24, 2011]' (kept as stored; a Tuesday; also in the URL); "
        "'on Tuesday' is 24 May. The sponsor line ('News... sponsored by'), 'Send a link to a friend' and the stray "
        "advertisement word before 'The attacks came' are page furniture and left out; the stored page ended "
        "mid-sentence ('The driver was arrested'): the text stops at the last whole sentence",
        # the hospital named after its town (heldout12); 'Kabul police said' (heldout43)
        "orgs": ["Kandahar Hospital", "Kabul police"],
        "mentions": [
            # headline, the dateline 'KABUL, Afghanistan (AP)', 'southern Afghanistan', 'in Afghanistan after nearly'
            ("Afghanistan", "AF"),
            ("KABUL", "AF/Kabul"),
            # "NATO's secretary general", 'NATO also acknowledged'
            ("NATO", "neutral"),
            # 'restive Kandahar province', 'the attack in Kandahar' (the other is inside the organisation)
            ("Kandahar", KH),
        ],
        "events": [
            # a roadside bomb tore through a truck carrying labourers in Kandahar province on Tuesday: 10 killed, 28
            # wounded; the text gives no district
            {
                "place": "Kandahar",
                "accept": ["Kandahar"],
                "date": ["2011-05-24", "2011-05-24"],
                "precision": "day",
                "killed": [10, 10],
                "injured": [28, 28],
                "actor": None,
                "kind": "main",
            },
            # the attempted suicide bombing of the deputy intelligence chief's convoy in 'the nation's capital' (Kabul
            # by the dateline and 'Kabul police said') on Tuesday morning: no one killed, only the would-be bomber
            # wounded by the bodyguards, so an attack without casualties among its targets is `neutral` (heldout2)
            {
                "place": "Kabul",
                "accept": ["Kabul", "KABUL"],
                "date": ["2011-05-24", "2011-05-24"],
                "precision": "day",
                "killed": None,
                "injured": [1, 1],
                "actor": "Taliban (claimed)",
                "kind": "neutral",
            },
        ],
    },
    {
        "file": "h66_08_latimes_khost.txt",
        "url": "https://www.latimes.com/archives/blogs/world-now/story/2012-10-01/afghan-suicide-bomber-kills-14-"
        "including-three-nato-troops",
        "published": "2012-10-01",
        "published_note": "the URL's date (1 October 2012, a Monday; 'on Monday' in the text). The archive's note "
        "('This article was originally on a blog post platform ...') and the 'Must Reads' list the stored page ended "
        "on are page furniture and left out",
        "orgs": [],
        "mentions": [
            # the dateline 'KABUL, Afghanistan --', 'Washington and Kabul' (a metonym)
            ("KABUL", "AF/Kabul"),
            ("Afghanistan", "AF"),
            ("NATO", "neutral"),
            # 'the eastern city of Khost', 'governor for Khost province' (an office title), 'Khost is one of'
            ("Khost", "AF/Khost"),
            ("Pakistan", "PK"),
            ("Washington", "out"),
            ("Kabul", "AF/Kabul"),
            ("U.S.", "neutral"),
        ],
        "events": [
            # a suicide bomber on a motorcycle rammed a joint patrol in Khost city on Monday: at least 14 killed
            # (three coalition soldiers, their interpreter, 10 civilians; the bomber widens the maximum), 61 injured
            {
                "place": "Khost",
                "accept": ["Khost"],
                "date": ["2012-10-01", "2012-10-01"],
                "precision": "day",
                "killed": [14, 15],
                "injured": [61, 61],
                "actor": "Taliban (claimed)",
                "kind": "main",
            },
            # 'In December 2009, the province was the scene of a suicide bombing of a CIA base that killed seven':
            # placed at the province (the text names no base), the month window; the bomber widens the maximum
            {
                "place": "Khost",
                "accept": ["Khost"],
                "date": ["2009-12-01", "2009-12-31"],
                "precision": "month",
                "killed": [7, 8],
                "injured": None,
                "actor": None,
                "kind": "background",
            },
            # insider attacks 'have claimed the lives of more than 50 U.S. and coalition troops this year': a total
            # with no place of its own, at the country (heldout60), 51 up to the 99 bound, the year so far
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan"],
                "date": ["2012-01-01", "2012-10-01"],
                "precision": "year",
                "killed": [51, 99],
                "injured": None,
                "actor": "Afghan security forces (insiders)",
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h66_09_vindicator_paktika.txt",
        "url": "https://vindyarchives.com/news/2010/nov/28/suicide-bombers-kill-12-in-afghanistan/",
        "published": "2010-11-28",
        "published_note": "the URL's date (28 November 2010, a Sunday: The Vindicator's edition of the day after); "
        "'Saturday' is 27 November",
        # 'a Pakistan-based Taliban faction' is a mention (heldout58's 'India-backed'); 'The Associated Press' holds
        # no place
        "orgs": [],
        "mentions": [
            # headline, the dateline, 'violent areas of Afghanistan', 'southeastern Afghanistan', 'eastern
            # Afghanistan'
            ("Afghanistan", "AF"),
            ("KABUL", "AF/Kabul"),
            # 'the Pakistan border', 'a Pakistan-based Taliban faction'
            ("Pakistan", "PK"),
            ("NATO", "neutral"),
            # 'eastern Paktika province', "Paktika's provincial council", 'Paktika province', 'the Paktika bombing'
            ("Paktika", "AF/Paktika"),
        ],
        "events": [
            # two suicide bombers at a police headquarters in Paktika on Saturday: at least 12 officers killed (the two
            # bombers widen the maximum), 16 wounded; the text names no town, so the province
            {
                "place": "Paktika",
                "accept": ["Paktika"],
                "date": ["2010-11-27", "2010-11-27"],
                "precision": "day",
                "killed": [12, 14],
                "injured": [16, 16],
                "actor": "Taliban (claimed)",
                "kind": "main",
            },
            # 'A NATO service member also was killed in a bomb attack in eastern Afghanistan on Saturday': a second
            # incident with only a region of the country, placed at the country (heldout7)
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan"],
                "date": ["2010-11-27", "2010-11-27"],
                "precision": "day",
                "killed": [1, 1],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h66_10_tribune_mohmand.txt",
        "url": "https://tribune.com.pk/story/21880/35-soldiers-go-missing-in-mohmand-agency/",
        "published": "2010-06-16",
        "published_note": "the page's byline date 'June 16, 2010' (a Wednesday; 'on Wednesday' in the text). The "
        "report gives the post attack both as 'the Monday attack' (14 June) and 'on Sunday' (13 June): the window "
        "holds both days. The stored page ended mid-sentence ('AFP new'): the text stops at the last whole sentence",
        "orgs": ["Pakistan Army", "Frontier Corps"],
        "mentions": [
            # headline, 'between Mohmand and Bajaur agencies', 'the checkpoint in Mohmand Agency', 'the Gwar Pari post
            # in Mohmand Agency'
            ("Mohmand", KP),
            ("Bajaur", KP),
            # where the consulate is (twice), not a scene
            ("Jalalabad", "AF/Nangarhar"),
            # 'Jalalabad, Afghanistan', 'the border with Afghanistan', 'crossed into Afghanistan'
            ("Afghanistan", "AF"),
            ("Gwar Pari", KP),
            ("Kunar", "AF/Kunar"),
            # 'the Pakistan consulate in Jalalabad' (the country's consulate, like a possessive); the other two are
            # inside 'Pakistan Army'
            ("Pakistan", "PK"),
            ("Khar", KP),
        ],
        "events": [
            # Afghan Taliban stormed the Gwar Pari post in Mohmand Agency: seven soldiers killed by the Taliban's claim
            # (officials did not confirm it and gave no figure of their own), dozens missing
            {
                "place": "Gwar Pari",
                "accept": ["Gwar Pari", "Mohmand"],
                "date": ["2010-06-13", "2010-06-14"],
                "precision": "period",
                "killed": [7, 7],
                "injured": None,
                "actor": "Afghan Taliban (claimed)",
                "kind": "main",
            },
            # 'In the neighbouring Bajaur Agency, at least 38 suspected militants were killed in an attack by security
            # forces in the Khar sub-division' (the sentence giving the troops' deaths was cut with the page): no day,
            # the week window
            {
                "place": "Khar",
                "accept": ["Khar", "Bajaur"],
                "date": ["2010-06-09", "2010-06-16"],
                "precision": "week",
                "killed": [38, 38],
                "injured": None,
                "actor": "Pakistani security forces",
                "kind": "main",
            },
        ],
    },
]
