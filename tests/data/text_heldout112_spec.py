"""Hundred-and-twelfth held-out set ("heldout112", see docs/annotation.md): the HUNDREDTH BLIND set. Real AF/PK conflict
reports published in the years 2024, 2025 and 2026: in Pakistan a soldier shot dead near the Ayub fuel station on
Miranshah road in Bannu with three earlier Bannu attacks cited (the constable killed last month, the FC headquarters
attack of 2 September, the August checkpoint attack) (2025), a head constable shot dead in Tank's Gali Dak Khana area
with a social worker's killing two days before cited (2026), the gun attack on a passenger convoy in Lower Kurram's
Ucheat (2024), a foiled attack on the police station in Lakki Marwat's Serai Naurang and an IED outside a police
official's house in the Serai Gambila police limits (2025), a gun attack on a police van on Kohat's Shakardara Road
with the previous day's attack on an FC ambulance in Karak's Badrakhail cited (2026); in Afghanistan an overnight
exchange of fire at Spin Boldak and Chaman with the October 2025 border clashes and the Kabul explosions of 9 October
cited (2025), two claimed National Resistance Front attacks near Charikar (Parwan) and in Hesa Duwum (Kapisa) with
their joint toll (2024), leftover-mine blasts killing children in Ghazni's Giro and in Herat with the solar year's
child toll (2024). Outlets: Dawn three times, Sub News, Joint Earn News, Afghanistan International, BNN Breaking, Geo.
Collected and annotated by reading each text against docs/annotation.md WITHOUT running geoinc's extractor on them (no
extract_places / extract_incidents / eval_text.py / bench_text.py on these texts before the spec was committed, and the
extraction rules in geoinc/text*.py were not read), while the extraction rules were being changed elsewhere. It is not
to be tuned to: run the final code on it once and report that number as the blind score. Same format as
text_dev_spec.py. Texts in devtexts/heldout112/."""

KP = "PK/Khyber Pakhtunkhwa"
BL = "PK/Balochistan"
KD = "AF/Kandahar"
GZ = "AF/Ghazni"
NRF = "National Resistance Front (claimed)"

ARTICLES = [
    {
        "file": "h112_01_dawn_bannu.txt",
        "url": "https://www.dawn.com/news/1946783/soldier-martyred-another-injured-by-unknown-assailants-in-kps-bannu-police",
        "published": "2025-10-05",
        "published_note": "the date the stored page carries (2025-10-05, a Sunday); the shooting was 'on Sunday', the "
        "same day. No headline on the stored page (not rebuilt from the URL slug, heldout16)",
        # a district police force named after its district (heldout24's 'DI Khan Police') and the TTP; 'Dawn.com',
        # 'Federal Constabulary (FC) Headquarters' and 'Inter-Services Public Relations' hold no place name
        "orgs": ["Bannu Police", "Tehreek-i-Taliban Pakistan"],
        "mentions": [
            # "Khyber Pakhtunkhwa's Bannu district"
            ("Khyber Pakhtunkhwa", KP),
            # 'Bannu district', 'Hospital in Bannu' (the town after a generic hospital name, heldout33), 'in Bannu
            # while', 'Headquarters in Bannu', 'a checkpoint in Bannu' (the one in 'Bannu Police' is inside an
            # organisation)
            ("Bannu", KP),
            # 'multiple areas of KP', 'especially in KP'
            ("KP", KP),
            ("Peshawar", KP),
            ("Karak", KP),
            ("Lakki Marwat", KP),
            ("Bajaur", KP),
            # 'near the Ayub fuel station': a fuel station named after a person, `neutral` like heldout9's hotel
            ("Ayub fuel station", "neutral"),
            # 'on Miranshah road': a bare road name is `neutral` (heldout23); the town inside it is not a mention
            ("Miranshah road", "neutral"),
            # 'Pakistan has witnessed an uptick' (the other is inside the TTP's name)
            ("Pakistan", "PK"),
            ("Balochistan", BL),
        ],
        "events": [
            # the soldier martyred and another injured when unknown assailants opened fire near the Ayub fuel station
            # on Miranshah road, Bannu, on Sunday; the fuel station and the road are `neutral` and accepted (heldout104's
            # road)
            {
                "place": "Bannu",
                "accept": ["Bannu", "Miranshah road", "Ayub fuel station"],
                "date": ["2025-10-05", "2025-10-05"],
                "precision": "day",
                "killed": [1, 1],
                "injured": [1, 1],
                "actor": None,
                "kind": "main",
            },
            # 'Last month, a police constable was shot dead by unknown assailants in Bannu': September 2025
            {
                "place": "Bannu",
                "accept": ["Bannu"],
                "date": ["2025-09-01", "2025-09-30"],
                "precision": "month",
                "killed": [1, 1],
                "injured": None,
                "actor": None,
                "kind": "background",
            },
            # 'On September 2, six soldiers were martyred, while five terrorists were killed' in the thwarted attack on
            # the FC Headquarters in Bannu: largest single figure 6, all 11
            {
                "place": "Bannu",
                "accept": ["Bannu"],
                "date": ["2025-09-02", "2025-09-02"],
                "precision": "day",
                "killed": [6, 11],
                "injured": None,
                "actor": None,
                "kind": "background",
            },
            # 'In August, a police constable was martyred in a terrorist attack on a checkpoint in Bannu, where an
            # exchange of fire also left three terrorists dead and three policemen injured': largest single figure 3,
            # all 4
            {
                "place": "Bannu",
                "accept": ["Bannu"],
                "date": ["2025-08-01", "2025-08-31"],
                "precision": "month",
                "killed": [3, 4],
                "injured": [3, 3],
                "actor": None,
                "kind": "background",
            },
        ],
    },
    {
        "file": "h112_02_dawn_tank.txt",
        "url": "https://www.dawn.com/news/1977256/policeman-martyred-in-tank-attack",
        "published": "2026-03-02",
        "published_note": "the print line the stored text ends with ('Published in Dawn, March 2nd, 2026', a Monday; "
        "kept as text); the shooting was 'on Saturday evening', 28 February. No headline on the stored page (not "
        "rebuilt from the URL slug, heldout16)",
        # 'Dawn' holds no place name
        "orgs": [],
        "mentions": [
            # the dateline 'DERA ISMAIL KHAN:' (not the scene)
            ("DERA ISMAIL KHAN", KP),
            # 'the main bazaar area of Tank city'
            ("Tank", KP),
            # 'in Gali Dak Khana area'
            ("Gali Dak Khana", KP),
        ],
        "events": [
            # head constable Uzair Khan shot dead at a shop in the Gali Dak Khana area of Tank city on Saturday evening
            {
                "place": "Gali Dak Khana",
                "accept": ["Gali Dak Khana", "Tank"],
                "date": ["2026-02-28", "2026-02-28"],
                "precision": "day",
                "killed": [1, 1],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
            # 'two days after a social worker was shot dead in the same locality at night': a targeted killing cited
            # with its place ('the same locality') and a day two days before the Saturday (Thursday); 'at night' may run
            # past midnight, so the Thursday and the Friday (two-day window, as heldout103's 'three days ago')
            {
                "place": "Gali Dak Khana",
                "accept": ["Gali Dak Khana", "Tank"],
                "date": ["2026-02-26", "2026-02-27"],
                "precision": "day",
                "killed": [1, 1],
                "injured": None,
                "actor": None,
                "kind": "background",
            },
        ],
    },
    {
        "file": "h112_03_subnews_kurram.txt",
        "url": "https://subnewsenglish.com/38-killed-including-women-several-injured-in-passenger-vehicle-attack-in-kurram",
        "published": "2024-11-21",
        "published_note": "the page prints no date of its own; its dateline gives one ('Lower Kurram, November 21, "
        "2024', a Thursday), used as the publication date; the attack was 'on Thursday', the same day. No headline on "
        "the stored page",
        "orgs": [],
        "mentions": [
            # the dateline 'Lower Kurram,' and 'the Ucheat area of Lower Kurram' (a tehsil)
            ("Lower Kurram", KP),
            # 'Kurram District Police Officer': an office title naming a place is a mention (heldout2); the first two
            # 'Kurram' are inside 'Lower Kurram'
            ("Kurram", KP, {1, 2}),
            ("Ucheat", KP),
            # 'traveling from Peshawar to Parachinar': where the convoy came from and went to, not the scene (heldout10)
            ("Peshawar", KP),
            ("Parachinar", KP),
        ],
        "events": [
            # gunmen attacked passenger vehicles of a Peshawar-Parachinar convoy in the Ucheat area of Lower Kurram on
            # Thursday: 38 killed (six women); 'several others injured' gives no figure
            {
                "place": "Ucheat",
                "accept": ["Ucheat", "Lower Kurram", "Kurram"],
                "date": ["2024-11-21", "2024-11-21"],
                "precision": "day",
                "killed": [38, 38],
                "injured": None,
                "actor": None,
                "kind": "main",
            },
        ],
    },
    {
        "file": "h112_04_jointearn_spinboldak.txt",
        "url": "https://news.jointearn.com/?p=27710",
        "published": "2025-12-06",
        "published_note": "the page prints no date of its own; its dateline gives one ('Spin Boldak, Kandahar, "
        "Afghanistan – December 6, 2025', a Saturday; 'officials reported Saturday'). The exchange of fire was "
        "'overnight' and 'lasted until dawn Saturday': the Friday and the Saturday. The section heads ('Civilian Toll', "
        "'Background and Context', 'Details of the Clash') and the list dashes are text, kept. No headline on the "
        "stored page. The stored page ends mid-sentence ('Separately, Pakistan's military reported killing nin'): the "
        "text stops at the last whole sentence",
        # the TTP; 'Afghan Taliban' holds a demonym only
        "orgs": ["Tehrik-e-Taliban Pakistan"],
        "mentions": [
            # the dateline 'Spin Boldak,', 'Spin Boldak District', 'into Spin Boldak'
            ("Spin Boldak", KD),
            ("Kandahar", KD),
            # the dateline 'Afghanistan –', 'between Afghanistan and Pakistan', 'Afghanistan remains committed' (the 2nd
            # is inside 'Afghanistan-Pakistan border')
            ("Afghanistan", "AF", {2}),
            # 'the tense Afghanistan-Pakistan border': `neutral` (heldout26's 'Pakistan-Afghanistan')
            ("Afghanistan-Pakistan", "neutral"),
            # 'between Afghanistan and Pakistan', 'blamed on Pakistan' (the country as the accused actor), 'attacks in
            # Pakistan' (the 1st is inside the border name, the 4th inside the TTP's name)
            ("Pakistan", "PK", {1}),
            ("Qatar", "out"),
            # 'explosions in Kabul on October 9'
            ("Kabul", "AF/Kabul"),
            # 'near the Chaman border crossing'
            ("Chaman", BL),
        ],
        "events": [
            # the overnight exchange of fire at Spin Boldak: five Afghan civilians killed (three children, a woman),
            # five wounded; cross-border firing with casualties on both sides is one event per side (heldout16); each
            # side blames the other: no actor
            {
                "place": "Spin Boldak",
                "accept": ["Spin Boldak"],
                "date": ["2025-12-05", "2025-12-06"],
                "precision": "day",
                "killed": [5, 5],
                "injured": [5, 5],
                "actor": None,
                "kind": "main",
            },
            # the Pakistani side: three civilians (a woman among them) wounded, no death; the only Pakistani place the
            # text names is 'near the Chaman border crossing'
            {
                "place": "Chaman",
                "accept": ["Chaman"],
                "date": ["2025-12-05", "2025-12-06"],
                "precision": "day",
                "killed": None,
                "injured": [3, 3],
                "actor": None,
                "kind": "main",
            },
            # 'since October 2025, when deadly border clashes killed dozens of soldiers, civilians, and suspected
            # militants': clashes over many places and days, an `aggregate`; no place named but the border, placed at
            # the country with the other country and the border name accepted; 'dozens' is 24 up to 99 (heldout22)
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan", "Pakistan", "Afghanistan-Pakistan"],
                "date": ["2025-10-01", "2025-10-31"],
                "precision": "month",
                "killed": [24, 99],
                "injured": None,
                "actor": None,
                "kind": "aggregate",
            },
            # 'explosions in Kabul on October 9, which the Taliban blamed on Pakistan': cited with no toll, `background`
            # with killed null (heldout24); the Taliban's accusation makes the actor alleged
            {
                "place": "Kabul",
                "accept": ["Kabul"],
                "date": ["2025-10-09", "2025-10-09"],
                "precision": "day",
                "killed": None,
                "injured": None,
                "actor": "Pakistan (alleged)",
                "kind": "background",
            },
        ],
    },
    {
        "file": "h112_05_afintl_parwan.txt",
        "url": "https://afintl.com/en/202407188601",
        "published": "2024-07-18",
        "published_note": "the date line the stored page prints under its headline ('Thursday, 07/18/2024', kept as "
        "text) and the URL's timestamp (20240718). The NRF's statement was 'On Wednesday (July 17)'; the claim's day "
        "does not date the attacks (heldout27): the week before publication. 'More News' (page furniture) dropped",
        # 'National Resistance Front' and 'Freedom Front' hold no place name
        "orgs": [],
        "mentions": [
            # headline 'In Parwan & Kapisa', 'in Parwan and Kapisa'
            ("Parwan", "AF/Parwan"),
            # headline, 'Parwan and Kapisa', 'Kapisa province'
            ("Kapisa", "AF/Kapisa"),
            # 'on the outskirts of Charikar city'
            ("Charikar", "AF/Parwan"),
            # 'the Hesa Duwum district of Kapisa province'
            ("Hesa Duwum", "AF/Kapisa"),
        ],
        "events": [
            # the first claimed attack, on a Taliban checkpoint on the outskirts of Charikar city: one Taliban member
            # killed, two injured (the outskirts of a city are placed at the city)
            {
                "place": "Charikar",
                "accept": ["Charikar"],
                "date": ["2024-07-11", "2024-07-18"],
                "precision": "week",
                "killed": [1, 1],
                "injured": [2, 2],
                "actor": NRF,
                "kind": "main",
            },
            # the second, on a Taliban base in the Hesa Duwum district of Kapisa: two fighters killed, one wounded
            {
                "place": "Hesa Duwum",
                "accept": ["Hesa Duwum"],
                "date": ["2024-07-11", "2024-07-18"],
                "precision": "week",
                "killed": [2, 2],
                "injured": [1, 1],
                "actor": NRF,
                "kind": "main",
            },
            # the lede's joint toll 'in two attacks on Taliban forces in Parwan and Kapisa, three Taliban fighters had
            # been killed and three others were wounded': an `aggregate` beside its two parts (heldout14), the two
            # provinces and both places accepted (heldout106)
            {
                "place": "Parwan",
                "accept": ["Parwan", "Kapisa", "Charikar", "Hesa Duwum"],
                "date": ["2024-07-11", "2024-07-18"],
                "precision": "week",
                "killed": [3, 3],
                "injured": [3, 3],
                "actor": NRF,
                "kind": "aggregate",
            },
        ],
    },
    {
        "file": "h112_06_bnn_ghazni.txt",
        "url": "https://bnnbreaking.com/conflict-defence/security/at-least-15-children-killed-in-landmine-blasts-within-two-weeks-in-afghanistan",
        "published": "2024-04-02",
        "published_note": "the date the stored page carries (2024-04-02, a Tuesday); neither blast is given a day: the "
        "week before publication. The section heads ('Legacy of Conflict: ...', 'Children: The Most Vulnerable "
        "Victims') are text, kept. No headline on the stored page. The stored page ends mid-sentence after a last "
        "section head ('International Response and the Path Forward' / 'In response to the ongoing crisis, "
        "international organ'): the text stops at the last whole sentence, the orphaned head dropped with it",
        # 'The United Nations' holds no place name
        "orgs": [],
        "mentions": [
            # 'Recent events in Afghanistan', "Afghanistan's landscape", 'identified Afghanistan'
            ("Afghanistan", "AF"),
            # 'Herat and Ghazni provinces' (twice), 'in Herat province'
            ("Herat", "AF/Herat"),
            # the two 'Herat and Ghazni provinces', 'Ghazni province', 'Helmand, Ghazni, and Kandahar'
            ("Ghazni", GZ),
            ("Giro", GZ),
            ("Helmand", "AF/Helmand"),
            ("Kandahar", KD),
        ],
        "events": [
            # 'a vehicle in the Giro district of Ghazni province encountered a mine, resulting in the deaths of nine
            # children': a leftover mine ('explosions caused by unexploded ordnance', 'leftover mines'), not an attack:
            # `neutral` like heldout19's leftover shell
            {
                "place": "Giro",
                "accept": ["Giro"],
                "date": ["2024-03-26", "2024-04-02"],
                "precision": "week",
                "killed": [9, 9],
                "injured": None,
                "actor": None,
                "kind": "neutral",
            },
            # 'in Herat province, a similar explosion claimed two more young lives': `neutral` likewise
            {
                "place": "Herat",
                "accept": ["Herat"],
                "date": ["2024-03-26", "2024-04-02"],
                "precision": "week",
                "killed": [2, 2],
                "injured": None,
                "actor": None,
                "kind": "neutral",
            },
            # 'at least 14 children aged 7 to 15 lost their lives in Helmand, Ghazni, and Kandahar provinces' in 'the
            # first half of the current solar year': the Afghan solar year then current (1403) had begun on 20 March
            # 2024, thirteen days before, so the count can only be of the year before; a `period` window from that
            # year's start (21 March 2023) to publication; a count of leftover-ordnance deaths, `neutral`;
            # the 'at least 15 children' of the lede are 'deaths and injuries' together, not a killed figure (heldout20)
            # and are left to these entries
            {
                "place": "Afghanistan",
                "accept": ["Afghanistan", "Helmand", "Ghazni", "Kandahar"],
                "date": ["2023-03-21", "2024-04-02"],
                "precision": "period",
                "killed": [14, 14],
                "injured": None,
                "actor": None,
                "kind": "neutral",
            },
        ],
    },
    {
        "file": "h112_07_dawn_lakkimarwat.txt",
        "url": "https://www.dawn.com/news/1959317/terrorist-attack-on-police-station-foiled-in-lakki-marwat",
        "published": "2025-12-05",
        "published_note": "the date the stored page carries (2025-12-05, a Friday); the attack on the police station was "
        "'on Wednesday night', 3 December; the IED ('Separately', no day of its own) gets the week window (heldout14). "
        "The page furniture before the headline ('E-Paper | December 05, 2025') and the byline line ('A Correspondent "
        "Published December 5, 2025 Updated ...') dropped. The stored page ends mid-sentence ('... accelerate actions "
        "against terrorists and the'): the text stops at the last whole sentence",
        "orgs": [],
        "mentions": [
            # the headline '... foiled in Lakki Marwat'
            ("Lakki Marwat", KP),
            # the dateline 'LAKKI MARWAT:'
            ("LAKKI MARWAT", KP),
            # 'in Serai Naurang town'
            ("Serai Naurang", KP),
            # 'located in Naurang city' (the 1st is inside 'Serai Naurang')
            ("Naurang", KP, {1}),
            # 'a search in the Serai for attackers': the town's short name, a mention (the 1st is inside 'Serai
            # Naurang', the 3rd inside 'Serai Gambila')
            ("Serai", KP, {1, 3}),
            # 'in the Dray Plari Kotka Syed Ali area'
            ("Dray Plari Kotka Syed Ali", KP),
            # 'the limits of Serai Gambila police station': a station named after a place (heldout19)
            ("Serai Gambila", KP),
            # 'RPO Bannu Sajjad Khan': an office title naming a place (heldout2)
            ("Bannu", KP),
        ],
        "events": [
            # armed motorcyclists fired on the main gate of the police station in Naurang on Wednesday night; the
            # sentry returned fire, 'the policemen ... remained safe': a repelled attack without casualties, `neutral`
            # (heldout13)
            {
                "place": "Serai Naurang",
                "accept": ["Serai Naurang", "Naurang", "Serai", "Lakki Marwat"],
                "date": ["2025-12-03", "2025-12-03"],
                "precision": "day",
                "killed": None,
                "injured": None,
                "actor": None,
                "kind": "neutral",
            },
            # the IED outside an ASI's house in the Dray Plari Kotka Syed Ali area, 'partially damaging the main gate',
            # no one hurt: `neutral`
            {
                "place": "Dray Plari Kotka Syed Ali",
                "accept": ["Dray Plari Kotka Syed Ali", "Serai Gambila", "Lakki Marwat"],
                "date": ["2025-11-28", "2025-12-05"],
                "precision": "week",
                "killed": None,
                "injured": None,
                "actor": None,
                "kind": "neutral",
            },
        ],
    },
    {
        "file": "h112_08_geo_kohat.txt",
        "url": "https://www.geo.tv/latest/652610-dsp-among-three-cops-martyred-in-attack-on-police-van-in-kohat",
        "published": "2026-02-24",
        "published_note": "the date the stored page carries (2026-02-24, a Tuesday); the attack was 'on Tuesday', the "
        "same day. The representational photo caption the stored text opens with is text, kept. No headline on the "
        "stored page (not rebuilt from the URL slug, heldout16). The stored page ends mid-sentence ('Moreover, four "
        "Indian p'): the text stops at the last whole sentence",
        # 'Federal Constabulary (FC)' and 'Fitna al-Khawarij' hold no place name
        "orgs": [],
        "mentions": [
            # the dateline 'KOHAT:'
            ("KOHAT", KP),
            # "Khyber Pakhtunkhwa's Kohat district"
            ("Khyber Pakhtunkhwa", KP),
            ("Kohat", KP),
            # 'in the remote area of Shakardara Road': the area along a road named after a town is a mention, as
            # heldout23's 'X Road area' (a bare road name would be `neutral`)
            ("Shakardara Road", KP),
            # 'the provinces neighbouring Afghanistan'
            ("Afghanistan", "AF"),
            # 'in the Badrakhail area of Karak, KP'
            ("Badrakhail", KP),
            ("Karak", KP),
            ("KP", KP),
        ],
        "events": [
            # the terrorists' gun attack on a police mobile van in the remote area of Shakardara Road, Kohat, on Tuesday:
            # three policemen killed on the spot, the toll rising to seven (six police, one civilian) when three wounded
            # policemen and a civilian died; the wounded who died are counted among the dead and taken out of the
            # injured (heldout20): three policemen and a civilian still under treatment; the interior minister's
            # attribution to 'Fitna al-Khawarij militants' is the state's label, not a claim: no actor
            {
                "place": "Shakardara Road",
                "accept": ["Shakardara Road", "Kohat"],
                "date": ["2026-02-24", "2026-02-24"],
                "precision": "day",
                "killed": [7, 7],
                "injured": [4, 4],
                "actor": None,
                "kind": "main",
            },
            # 'At least three Federal Constabulary (FC) men were martyred when an ambulance carrying injured personnel
            # came under a terrorist attack in the Badrakhail area of Karak, KP on Monday': 23 February
            {
                "place": "Badrakhail",
                "accept": ["Badrakhail", "Karak"],
                "date": ["2026-02-23", "2026-02-23"],
                "precision": "day",
                "killed": [3, 3],
                "injured": None,
                "actor": None,
                "kind": "background",
            },
        ],
    },
]
