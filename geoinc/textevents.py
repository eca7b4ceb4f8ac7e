"""Draft incidents from news text: events, places, dates, casualties, actors and certainty.

Rules, not a model, and every draft carries the sentences it came from (``evidence``) so
a person can check it. The rules, with examples, are in ``docs/text.md``. In short:

- **Where**: an event's place is where it happened, never a dateline ("PESHAWAR:"), a
  place an official or source speaks for or from ("Kunar governor", "officials in
  Bannu"), a person's home ("Sepoy X from Karak"), a hospital the wounded were taken to,
  or a metonym ("Islamabad said"). Of nested places the finest is kept ("Laman area in
  Paktika's Barmal district" → Laman, located at Barmal); a name the gazetteer lacks is
  located at the containing unit the text gives. Several places of one event: one draft,
  the others listed in ``notes``.
- **When**: :func:`geoinc.textdates.date_in`; a date written as when something was said
  only bounds the event.
- **Toll**: killed / injured as ranges (``killed_min``/``best``/``max``) over the figures
  the text gives for the event (differing sources widen the range, ``notes`` say who gave
  which); civilians only as stated; totals over several incidents, places or days are
  separate rows with ``aggregate=True``; earlier incidents cited as background have
  ``background=True``.
- **Who**: the attacker ("Pakistani jets bombed TTP hideouts" → Pakistan military; TTP is
  the target), claims ("X claimed responsibility" → "X (claimed)") and accusations
  ("(alleged)").

Cost is linear in the text: sentences are scanned once, each with a fixed set of
patterns over a bounded window; mentions are assigned to sentences by a merge of two
sorted lists.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache

import numpy as np
import pandas as pd

from .errors import TextError
from .gcpause import paused_gc
from .text import Mention, check_text, extract_places
from .textdates import CARDINALS, MONTH_BEFORE, SAME_DAY, DateFound, date_in, is_date_line, period_in
from .textlex import lexicon_dir, lexicons_of, pairs, words

__all__ = ["extract_incidents"]

MAX_PLACES = 50  # distinct places one event may list (a list of districts is not one event's scene)
MAX_SENTENCE = 2000  # characters of a sentence the patterns look at (a sentence-less text is cut in pieces)

_NUMBER_WORDS = {
    **CARDINALS,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "both": 2,  # "both soldiers were killed"
    "a dozen": 12,
    "half a dozen": 6,  # "nearly two dozen people": 24, not "dozen people" 12
    "two dozen": 24,
    "three dozen": 36,
    "four dozen": 48,
    "dozen": 12,
    "dozens": 24,
    "scores": 40,
    "several": 3,
    "a few": 2,
    "hundreds": 200,
    "tens": 20,
}
_VAGUE = {"several", "a few", "dozens", "scores", "hundreds", "tens"}
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_NUM = (
    r"(\d{1,3}(?:,\d{3})+|\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-"
    + _UNITS
    + "|"
    + "|".join(sorted((re.escape(k) for k in _NUMBER_WORDS), key=len, reverse=True))
    + r")"
)
_QUAL = r"(?:(at least|more than|over|nearly|almost|about|around|some|up to|as many as|a total of)\s+)?"
_KILL_WORDS = (
    r"(?:killed|dead|deaths|fatalities|martyred|murdered|assassinated|died|slain|lost (?:their lives|(?:his|her) life)|"
    r"embraced (?:shahadat|martyrdom)|"
    # "one more terrorist was eliminated": military press releases' wording
    r"neutrali[sz]ed|perished|succumbed|gunned down|shot dead|eliminated|sent to hell)"
)
# ("two people received minor injuries", "three policemen sustained serious injuries")
_INJ_WORDS = (
    r"(?:injured|wounded|hurt|(?:received|sustained|suffered)\s+"
    r"(?:(?:serious|minor|critical|severe|grave|multiple|bullet|splinter|shrapnel)\s+)?injuries)"
)
_GAP = r"((?:[\w,()\[\]’'—–-]+\s+){0,8}?)"
_BE = r"(?:(?:were|was|have been|has been|had been|are|is|got|reportedly|also|later|all)\s+)*"
_MILLIONS = r"(?!\s+(?:million|billion|lakh|crore)\b)"  # "home to 250 million people": no toll
_QUOTE = r"[“\"‘']?"  # 'one police “martyred”': a verb in scare quotes
# a figure opens the text or follows a dateline glued to it by a dash ("ZZTOWN, ZZLAND-Four civilians were killed")
_FIG_START = r"(?:(?<![\w-])|(?<=(?-i:[A-Z]{2})-)(?=(?-i:[A-Z0-9])))"
_K1 = re.compile(_FIG_START + _QUAL + _NUM + _MILLIONS + r"\s+" + _GAP + _BE + _QUOTE + _KILL_WORDS + r"\b", re.I)
_K2 = re.compile(
    r"\b(?:killing of|killing|killed|kills|kill|martyring|martyred|martyrdom of|(?:claimed|claiming|claims|claim) the li(?:ves|fe) of|"
    # a nominal toll: "resulting in the death of 10 militants", "led to the deaths of seven fighters"
    r"deaths? of|"
    # "the bombing proved fatal for 17 civilians"
    r"(?:proved|proving) fatal (?:instead )?for|"
    # "a blast claimed one life", "claiming 12 lives" (not "claimed 15 attacks")
    r"(?:claimed|claiming)(?=\s+(?:(?:at least|more than|over|nearly|about|some|up to)\s+)?[\w-]+\s+(?:more\s+)?(?:lives|life)\b)|"
    r"claims|claim|left|"
    # "soldiers sent 12 terrorists “to hell”": military statements' wording, active
    r"sent(?=\s+(?:[\w-]+\s+){1,4}?[“\"‘']?to hell\b)|"
    r"leaving|gunned down|shot dead|fatally shot|fatally shooting|shot and killed|"
    r"neutrali[sz]ed|neutrali[sz]ing)\s+(?:another\s+|all\s+|(?<!of\s)the\s+(?="
    + _NUM[1:-1]
    + r"\s+(?:[\w-]+\s+)?(?:people|persons|civilians|soldiers|policemen|militants|insurgents|"
    # "killing the two militants": the ones the sentence counts, with an article
    r"fighters|terrorists|attackers|guards|children|women|men|brothers|sons)\b))?"
    + _QUAL
    + _NUM
    # the words to the victims' noun never cross an injury verb ("killed two and wounded three soldiers": two)
    + r"(?![\w-])(\s+(?:(?!(?:wounded|wounding|injured|injuring|hurt|hurting|maimed|maiming)\b)[\w-]+\s+){0,3}?"
    r"(?:people|persons|civilians|soldiers|policemen|"
    r"police|personnel|militants|members|children|women|men|troops|worshippers|labourers|others|lives))?",
    re.I,
)
_K3 = re.compile(
    # "officials put the death toll from the blast in X at 14": the figure after "at", far from "toll"
    r"(?:\bput (?:the )?(?:death )?toll\b[^.;]{0,100}?\bat|"
    # "two more of the wounded died, raising the toll from the blast in X on Monday to nine"
    r"\b(?:raising|raised|bringing|brought|taking|took|pushing|pushed) the (?:death )?toll (?:from|in|at)\b"
    r"(?![^.;]{0,100}?\b(?:(?:this|last|past) (?:week|month|year)|since|so far)\b)[^.;]{0,100}?\bto|"
    # "the strike killed only civilians, and their statement put the estimate at 30": a party's estimate of the dead
    r"\b(?:killed|dead|deaths)\b[^.;]{0,80}?\bput (?:the|their|its|his|her) estimate at|"
    # ("the fatalities from the blast rose to 17", "the number of deaths")
    r"\b(?:death toll|number of (?:the )?(?:dead|deaths|fatalities)|fatalities|toll)\b(?:[^.]{0,30}?\b(?:to|was|of|at|is|stood at)|"
    # "the death toll from Monday's blast in X reached 18"
    r"[^.;]{0,140}?\b(?:has |have |had )?reached|"
    # "the death toll in a suicide attack at a gathering of elders in X has risen to 19": the verb far from "toll"
    r"[^.;]{0,140}?\b(?:(?:has|have|had)\s+(?:now\s+)?(?:risen|climbed|jumped|gone up|increased)|"
    r"rose|climbed|jumped|went up)\s+to))\s+" + _QUAL + _NUM + r"(?![\w-])",
    re.I,
)
_I1 = re.compile(_FIG_START + _QUAL + _NUM + _MILLIONS + r"\s+" + _GAP + _BE + _INJ_WORDS + r"\b", re.I)
_I2 = re.compile(
    # ("killing a woman and wounding her two children")
    r"\b(?:injuring|wounding|injured|wounded|hurt|hurting|maimed|maiming|left|injuries to)\s+(?:another\s+|(?:his|her|their)\s+)?"
    + _QUAL
    + _NUM
    + r"(?![\w-])",
    re.I,
)
# "30 fighters, including their commander and his guards, were killed": a long parenthetical after the figure
_K4 = re.compile(
    r"(?<![\w-])"
    + _QUAL
    + _NUM
    + r"\s+((?:[\w,-]+\s+){0,5}?(?:including|among them|among whom)\s+(?:[\w,’'-]+\s+){0,16}?)"
    + _BE
    + _KILL_WORDS
    + r"\b",
    re.I,
)
# "four bullet-riddled bodies were found": the dead found, by their bodies
_K5 = re.compile(
    r"(?<![\w-])" + _QUAL + _NUM + r"\s+(?:(?:more|bullet-riddled|mutilated|decomposed|charred|dead|unidentified|beheaded|"
    r"burnt|burned|tortured)\s+)?bodies\b",
    re.I,
)
_AND_QUAL = r"(?:(?:at least|more than|over|about|around|nearly|some)\s+)?"  # "four soldiers and at least one attacker"
# a victim named by its role, singular or plural: what an item of an enumeration of the dead ends with
_WHO = (
    r"(?:people|persons?|civilians?|soldiers?|troops|policem[ae]n|police|officers?|personnel|officials?|militants?|"
    r"insurgents?|fighters?|terrorists?|rebels?|child(?:ren)?|wom[ae]n|m[ae]n|boys?|girls?|(?:body)?guards?|constables?|"
    r"commanders?|translators?|interpreters?|drivers?|passengers?|workers?|labou?rers?|villagers?|students?|teachers?|"
    r"elders?|journalists?|attackers?|assailants?|bombers?|gunm[ae]n|others?|cops?|members?|relatives?|sons?|daughters?|"
    r"brothers?|employees?|contractors?|shopkeepers?|vendors?|farmers?|worshippers?|pilgrims?|sepoys?|leaders?|"
    r"bystanders?|passers?-?by|onlookers?|pupils?|schoolchildren|residents?|tribesm[ae]n|youths?|pedestrians?|customers?|"
    r"patients?|doctors?|nurses?|guests?|mourners?|"
    # ("three Taliban members and one Islamic State affiliate"): a group's people
    r"affiliates?|supporters?|operatives?|loyalists?|recruits?|volunteers?|activists?)"
)
_ITEM_WORD = r"(?!(?:and|including|of|in|at|on|near|who|while|when|with|as)\b)[\w.’'-]+"
_ITEM_END = r"(?:\s+" + _ITEM_WORD + r"){0,3}?\s+" + _WHO + r"\b"
# "... a U.S. soldier, seven Afghan police officers and an Afghan translator": the items after the first of an
# enumeration of the dead after a killing verb, each a figure or one person, the last after "and" (not the subject of
# another verb: "killing two soldiers and a civilian was hurt")
# one person by kin or duty in commas, with no figure ("killed a police chief, his deputy and two guards")
_COMMA_KIN = (
    r",\s+(?:his|her|their)\s+(?:son|daughter|brother|sister|wife|husband|father|mother|nephew|cousin|driver|guard|bodyguard|"
    r"deputy|aide|assistant|secretary|colleague)\b(?!s)"
)
_MORE_ITEMS = re.compile(
    r"(?:"
    + _COMMA_KIN
    + r"|,\s+(?:(?:his|her|their)\s+)?"
    + _AND_QUAL
    # ("killed a policeman, a child and two women": an item of one person too)
    + r"(?:"
    + _NUM[1:-1]
    + r"|an?|one)"
    + _ITEM_END
    + r")*,?\s+and\s+(?:(?:his|her|their)\s+)?"
    + r"(?:the\s+(?=(?:"  # "killing two militants and the five civilians": the five told before, among the dead
    + _NUM[1:-1]
    + r")\s))?"
    + _AND_QUAL
    + r"(?:"
    + _NUM[1:-1]
    + r"|as many|an?|one)"
    + _ITEM_END
    + r"(?!\s+(?:was|were|is|are|had|has|have|got|sustained|received|said|says|told)\b)",
    re.I,
)
_FIRST_THEN_MORE = re.compile(_ITEM_END + r"(?:" + _MORE_ITEMS.pattern + r")", re.I)
_NP_WORD = (
    r"(?!(?:were|was|are|is|been|have|has|had|destroyed|damaged|burnt|burned|torched|seized|recovered|arrested|captured)\b)"
    r"[\w-]+"
)
# "three soldiers and two policemen were killed": two figures of one clause, summed
_SUM_GAP = re.compile(
    # "three children, two police and three prisoners died": the items before "and" set off by commas, each a figure
    # (an item is the words of a noun phrase, not a clause: "16 vehicles were destroyed and two people killed" is 2)
    r"^(?:(?:"
    + _NP_WORD
    + r"\s+){0,2}?"
    + _NP_WORD
    + r"(?:,\s+(?:"
    + _NUM[1:-1]
    + r")\s+(?:"
    + _NP_WORD
    + r"\s+){0,2}?"
    + _NP_WORD
    + r")*,?\s+)?and\s+"
    + _AND_QUAL
    + r"(?:"
    + _NUM[1:-1]
    + r"|as many|an?)\s+(?:[\w-]+\s+){0,3}$",
    re.I,
)
# the role of one person killed ("a soldier", "the district chief")
_ROLE_OF_ONE = (
    r"(?:chief|commander|operative|"
    r"officer|policeman|soldier|governor|official|civilian|child|boy|girl|woman|man|elder|guard|"
    r"journalist|leader|tehsildar|constable|attacker|bomber|assailant|gunman|student|teacher|driver|doctor|"
    r"worker|vaccinator|shopkeeper|trader|farmer|cleric|shepherd|herder|villager|labou?rer|passer-?by|engineer|nurse|judge|lawyer|imam|"
    # "killing a person", "killing a captain and three soldiers": anyone, an officer by rank
    r"person|resident|passenger|pedestrian|tribes(?:wo)?man|youth|headmaster|principal|captain|major|colonel|lieutenant|"
    r"sergeant|subedar|havildar|sepoy|naik|"
    # "a rocket killed a mother and her daughter": a person by kin
    r"mother|father|wife|husband)\b(?!s)"
)
# "killed police chief Mira Jan", "killing a soldier": one death named by its victim's role
_KILLED_ONE = re.compile(
    r"\b(?:shot|shooting) (?:him|her) dead\b|\b(?:killing|killed|martyring|martyred) (?:him|her)\b(?! and (?:his|her|their) )|"
    # "a suicide bomber killed himself and three guards": the bomber, as reported, then the items after "and"
    r"\b(?:killing|killed|kills) (?:himself|herself)\b|"
    r"\b(?:killed|killing|kills|martyrdom of|death of|shot dead|gunned down|fatally shot|fatally shooting|shot and killed|"
    # "the attack claimed the life of a police officer"
    r"(?:claimed|claiming|claims) the life of|"
    # "a suicide bomber blew up a senior official and 14 others": a person blown up is killed
    r"blew up|blowing up)\s+"
    # after an article any one word may qualify the role: "fatally shot a polio worker"
    # ("killing its driver", "killed their commander": a possessive for the article after an active verb; not "the
    # death of its leader")
    r"(?:(?:an?|the|one|(?:(?<=killing )|(?<=killed ))(?:its|his|her|their))\s+"
    # ("killing a female teacher": any one word before a role)
    r"(?:(?-i:[a-z]+)\s+(?=(?:[\w.-]+\s+)?(?:worker|officer|official|guard|leader)\b|" + _ROLE_OF_ONE + r"))?)?"
    # a possessive before the role: "killing the province's deputy governor", "killing Zzland province's police chief"
    r"(?:(?:(?-i:[A-Z]\w+)\s+)?[a-zA-Z-]+['’]s\s+)?"
    r"(?:(?:police|district|local|provincial|former|"
    r"deputy|security|army|senior|tribal|political|border|militia|village|militant|top|key|suspected|suicide|(?-i:[A-Z]\w+)|"
    # "killed a wanted commander": a standing before the role
    r"wanted|notorious|prominent|veteran|influential|regional|"
    # "kills deputy intelligence chief": the service a chief or officer heads
    r"intelligence|health|education|prison|customs|traffic|election|"
    # "killed a young shepherd", "killing an elderly man": an age or duty before the role
    r"young|old|elderly|teenage|retired|off-duty|"
    # "shot dead a retired non-commissioned officer": a hyphenated qualifier
    r"(?-i:[a-z]{2,}-[a-z]{2,})|"
    # "killed a 12-year-old boy", "killing a seven-year-old girl": an age before the role
    r"(?:\d{1,3}|[a-z]+)-year-old|"
    r"(?-i:[A-Z]\.(?:[A-Z]\.)+)|"
    r"(?-i:[a-z]{2}-[A-Z]\w+))\s+){0,2}" + _ROLE_OF_ONE,
    re.I,
)
# kin by which news names one more victim ("... and his sister"); each pattern adds the roles it also counts
_KIN = r"son|daughter|brother|sister|wife|husband|father|mother|nephew|niece|cousin|uncle|aunt|grandson|granddaughter"
# "killing student Abidullah and his sister", "shot dead constable Dost Mohammad, a guard, and his daughter": one more
_AND_KIN = re.compile(
    r"(?:\s+(?-i:[A-Z][\w'’-]+)){0,3}(?:,[^,.;:]{1,60},)?\s+and\s+(?:his|her)\s+"
    # ("killed the district governor and his bodyguard", "a journalist and his cameraman")
    r"(?:" + _KIN + r"|grandfather|grandmother|driver|guard|bodyguard|deputy|aide|assistant|secretary|colleague|cameraman|"
    # ("a bomber blew himself up, killing himself and his accomplice")
    r"companion|friend|comrade|accomplice|associate)\b(?!s)",
    re.I,
)
# one person by role: the victim of an injuring verb ("wounded an Afghan soldier", "injured a shopkeeper")
_ONE_VICTIM = (
    r"(?:person|civilian|soldier|policeman|police(?:wo)?man|officer|official|militant|child|woman|man|boy|girl|schoolboy|"
    r"schoolgirl|guard|constable|commander|driver|passenger|worker|labou?rer|villager|student|teacher|elder|journalist|"
    r"shopkeeper|vendor|trader|farmer|herder|shepherd|worshipper|pilgrim|bystander|passer-?by|doctor|cleric|resident|"
    r"chief|governor|commissioner|inspector|superintendent|leader|head|tribes(?:wo)?man|schoolteacher|youth|pedestrian|"
    r"headmaster|principal|captain|major|colonel|lieutenant|sergeant|subedar|havildar|sepoy|naik)"
)
_ONE_INJURED = re.compile(
    r"\b(?:another|an?|one)\s+(?:[\w-]+\s+){0,2}?(?:was|were|has been)\s+(?:also\s+)?"
    r"(?:seriously\s+|critically\s+)?(?:wounded|injured|hurt)\b|"
    # "one officer was killed and another injured", "killing one and injuring another", "another got injuries",
    # "the martyrdom of one officer and injuries to another", "six were killed and a seventh injured"
    r"\b(?:and|while)\s+(?:another|an?\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))\s+"
    r"(?:(?:was|got|sustained|received)\s+)?(?:seriously\s+)?(?:wounded|injured|hurt|injuries)\b|"
    # "gunmen killed a policeman and wounded another", "killed one and left another injured"
    r"\b(?:injuring|wounding|injured|wounded|hurt|hurting|injuries to)\s+another\b(?!\s+(?:\d+|" + "|".join(CARDINALS) + r")\b)|"
    r"\b(?:left|leaving)\s+(?:another|one other)\s+(?:[\w-]+\s+){0,2}?(?:wounded|injured|hurt)\b|"
    # "a roadside bomb wounded an Afghan soldier", "the blast left a child injured": one person hurt, by role
    r"\b(?:injured|injuring|wounded|wounding|hurt|hurting|maimed|maiming)\s+(?:an?|one|the)\s+(?:[\w-]+\s+){0,2}?"
    + _ONE_VICTIM
    + r"\b(?!s)|\b(?:left|leaving)\s+(?:an?|one)\s+(?:[\w-]+\s+){0,2}?"
    + _ONE_VICTIM
    + r"\s+(?:seriously\s+|critically\s+)?(?:wounded|injured|hurt)\b|"
    # "two children died and their mother was injured": one person by kin, then the passive verb
    r"\b(?:his|her|their)\s+(?:" + _KIN + r"|driver|guard)\s+(?:was|has been|had been)\s+(?:also\s+)?"
    # ("a teenager was killed and his friend injured": the auxiliary left out after "and")
    r"(?:seriously\s+|critically\s+)?(?:wounded|injured|hurt)\b|"
    r"\band\s+(?:his|her|their)\s+(?:" + _KIN + r"|driver|guard|bodyguard|friend|colleague|companion)\s+"
    r"(?:seriously\s+|critically\s+)?(?:wounded|injured|hurt)\b|"
    # "a blast killed a child and injured his mother": one person by kin
    r"\b(?:injured|injuring|wounded|wounding|hurt|hurting)\s+(?:his|her|their)\s+(?:" + _KIN + r"|driver|guard|bodyguard|"
    r"assistant|aide|colleague|companion|friend)\b(?!s)|"
    # "killed two people and wounded a third"
    r"\b(?:injuring|wounding|injured|wounded|maimed|maiming)\s+(?:a|one)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b|"
    r"\banother\s+(?:[\w-]+\s+){0,2}?(?:got|sustained|received)\s+(?:bullet\s+)?injuries\b|"
    # "a soldier sustained injuries in the blast": one person by role
    r"\b(?:an?|one)\s+(?:[\w-]+\s+){0,2}?" + _ONE_VICTIM + r"\s+(?:got|sustained|received|suffered)\s+(?:[\w-]+\s+)?injuries\b",
    re.I,
)
_AND_OTHERS = re.compile(
    # (a headline's comma for "and": "bomber kills senior official, 14 others")
    r"(?:\s+(?:and|as well as)|,(?=\s+\S+\s+others?\b))\s+" + _NUM + r"\s+(?:others?|(?:[\w-]+\s+)?(?:people|persons|"
    # "... and three of his guards"
    r"civilians|guards|bodyguards|passers-?by|passersby)|of\s+(?:his|her|their)\s+(?:[\w-]+\s+)?[\w-]+)\b",
    re.I,
)
# people by their work, beside the roles of one person that open a toll ("a cleric and four of his students")
_CIVIL_ROLES = r"cleric|imam|teacher|doctor|student|trader|shopkeeper|farmer|judge"
# "the police chief and two other policemen were killed": one person by role, then "and" a figure of "other" ones
# (or by name, "Commander Zar Wali and three others", "the district chief, Zar Wali, and three of his guards")
_ROLE_AND_OTHER = re.compile(
    r"(?:\b(?:the|an?)\s+(?:[\w-]+\s+){0,3}?(?:chief|commander|governor|officer|official|head|leader|elder|soldier|policeman|"
    r"constable|journalist|superintendent|inspector|commissioner|guard|driver|civilian|man|woman|child|boy|girl|"
    + _CIVIL_ROLES
    + r")|"
    r"(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){1,3})(?:,[^,.;:\"”]{1,40},)?\s+and\s+$",
    re.I,
)
# one capitalised name alone before "and" ("Khan and two of his bodyguards were killed"; not "The"/"Police"/"Security": not
# a person's, and "of his/her" after the figure is required where it is used)
_NAME_AND = re.compile(
    r"(?<![\w’'-])(?!(?:The|This|That|These|Those|Police|Security|Army|Troops|Officials)\b)(?-i:[A-Z][a-z’'-]+)\s+and\s+$"
)
# "killed Haji Zar Wali and three others": one named, then N others
_NAMED_AND_OTHERS = re.compile(
    r"\b(?:killed|killing|kills|shot dead|gunned down)\s+(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){1,3}(?=\s+and\s)"
)
# "gunmen killed Zzahid Khan, a local journalist, in X": one person by name, then who they were in commas
_NAMED_APPOSITIVE = re.compile(
    r"\b(?:killed|killing|kills|shot dead|gunned down|assassinated|murdered)\s+(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){1,3},"
    r"\s+(?:an?|the)\s+(?:(?-i:[a-z][\w-]*)\s+){0,3}?" + _ROLE_OF_ONE + r"(?=\s*,|\s+(?:of|in|at|from)\b)"
)
# a sentence opening with one person by role, then "and" right before a figure
_ONE_AND = re.compile(
    r"(?:^|[,;:]\s)\W*(?:the|an?)\s+(?:[\w-]+\s+){0,3}?(?:chief|commander|governor|officer|official|head|leader|elder|soldier|"
    # "a mother and her two children were killed": one person, then "and" her, his or their N
    r"mother|father|wife|husband|woman|man|"
    r"policeman|constable|journalist|superintendent|inspector|commissioner|"
    # "a cleric and four of his students were martyred"
    r"driver|"
    + _CIVIL_ROLES
    + r")\b(?:\s+(?:of|for)\s+[^.;:\"”]{1,40}?)?(?:,[^,.;:\"”]{1,40},)?\s+and\s+(?:his\s+|her\s+|their\s+)?$|"
    # "... said a woman and two children were also wounded": one person, then "and" and the figure
    r"\b(?:said|says|that)\s+an?\s+(?:woman|man|child|boy|girl|civilian|soldier|policeman|guard)\s+and\s+$|"
    # "Zzar Khan, the district police chief, and three policemen were killed": a name, its role in commas, then "and"
    r"(?:^|[,;:]\s)\W*(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){1,3},\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:chief|commander|governor|officer|official|head|leader|elder|policeman|constable|journalist|superintendent|"
    r"inspector|commissioner)\b(?:\s+(?:of|for)\s+[^,.;:\"”]{1,40}?)?,\s+and\s+$",
    re.I,
)
# "a policeman and a civilian were martyred": two persons named one by one, then the verb
_PERSON = (
    r"(?:policeman|soldier|civilian|child|boy|girl|woman|man|guard|officer|constable|cop|elder|driver|passer-?by|"
    r"commander|militant|student|teacher|worker|official)"
)
# the verb after two persons named one by one: "were killed", "lost their lives", "embraced martyrdom"
_TWO_DIED = (
    r"\s+(?:(?:were|have been|had been)\s+(?:also\s+)?(?:killed|martyred|shot dead|slain|gunned down)|(?:also\s+)?"
    r"(?:died|perished|lost their lives|embraced (?:shahadat|martyrdom)))\b"
)
# "... a gunfight in which a policeman and three civilians were killed", "a teacher and four students were hurt":
# one person by role opening a clause, then "and" right before the figure
_ONE_AND_CLAUSE = re.compile(
    # ("the gunfight left a soldier and four militants dead")
    r"(?:^|[,;:]\s|\b(?:in which|during which|when|as|after|while|where|left|leaving)\s)\W*(?:an?|one)\s+(?:[\w-]+\s+)?"
    + _PERSON
    + r"\s+and\s+$",
    re.I,
)
# "a civilian and a soldier were wounded": two persons named one by one, then the passive verb of injury
_TWO_HURT = re.compile(
    r"\b(?:an?|one)\s+(?:[\w-]+\s+)?" + _PERSON + r"\s+and\s+(?:an?|one)\s+(?:[\w-]+\s+)?" + _PERSON + r"\s+"
    r"(?:were|have been|had been)\s+(?:also\s+)?(?:seriously\s+|critically\s+)?(?:wounded|injured|hurt)\b",
    re.I,
)
_TWO_ONES = re.compile(
    r"\b(?:an?|one)\s+(?:[\w-]+\s+)?" + _PERSON + r"\s+and\s+(?:an?|one)\s+(?:[\w-]+\s+)?" + _PERSON + _TWO_DIED,
    re.I,
)


@cache
def _two_ones_ranked(folder) -> re.Pattern[str]:
    """ "a brigadier and his driver were killed", "a colonel and a sepoy were martyred": a person by rank (the region's
    ``lexicons/ranks.txt``) or role, then "and" one more (a, one, his, her, their), then the verb: two deaths.
    ``folder``, the word lists in use, is the cache key."""
    ranks = "|".join(sorted((re.escape(w) for w in words("ranks.txt") if len(w) > 3), key=len, reverse=True))
    # "a major and a sepoy were martyred": "major" names a person here only (never in the word list: "a major attack")
    who = r"(?:" + _PERSON[3:-1] + (r"|" + ranks if ranks else "") + r"|major)"
    return re.compile(
        r"\b(?:an?|one)\s+(?:[\w-]+\s+)?"
        + who
        + r"\s+and\s+(?:an?|one|his|her|their)\s+(?:[\w-]+\s+)?(?:"
        + who[3:-1]
        + r"|son|daughter|brother|sister|wife|husband|father|mother|nephew|cousin)"
        # "a major and a sepoy of the army were martyred": the force they served in
        + r"(?:\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)?"
        + _TWO_DIED,
        re.I,
    )


@cache
def _named_ranked(folder) -> re.Pattern[str]:
    """ "Captain Zzarif Khan and Sepoy Nur Zzali were martyred", "with Inspector Zzarif and Constable Zzamir embracing
    martyrdom": persons each named after a rank (the region's ``lexicons/ranks.txt``), listed, then the verb: one death
    each (counted by the ranks). ``folder``, the word lists in use, is the cache key."""
    ranks = "|".join(sorted((re.escape(w) for w in words("ranks.txt")), key=len, reverse=True)) or "(?!)"
    person = r"(?i:" + ranks + r")\.?(?:\s+(?-i:[A-Z][\w’'-]+)){1,4}"
    return re.compile(
        r"\b" + person + r"(?:,\s+" + person + r")*,?\s+and\s+" + person + r"\s+"
        r"(?:(?:were|have been|had been)\s+(?:also\s+)?(?:killed|martyred|shot dead|slain|gunned down)|"
        r"(?:embraced|embracing)\s+(?:shahadat|martyrdom)|(?:lost|losing)\s+their\s+lives|died)\b"
    )


def _ranked_count(named: re.Match[str]) -> int:
    """The persons of a ``_named_ranked`` match: one more than the separators of its list."""
    return 1 + len(re.findall(r",\s+(?!and\s)|\sand\s", named.group(0)))


_TITLES = (
    "judge",
    "mayor",
    "prosecutor",
    "senator",
    "lawmaker",
    "minister",
    "governor",
    "commander",
    "general",
    "chief",
    "cleric",
    "imam",
    "major",
    "inspector",
    "superintendent",
    "professor",
    "doctor",
)  # general English titles written before a name (the region's ranks and honorifics are in lexicons/ranks.txt)


@cache
def _killed_named(folder) -> re.Pattern[str]:
    """ "gunmen killed Judge Zzabid Khan on Sunday": one person by title (``_TITLES`` or the region's
    ``lexicons/ranks.txt``) and name, then a clause, where or when. ``folder``, the word lists in use, is the cache key."""
    titles = "|".join(sorted({re.escape(w) for w in (*_TITLES, *words("ranks.txt"))}, key=len, reverse=True))
    return re.compile(
        r"\b(?:killed|killing|kills|murdered|assassinated|assassinating|shot dead|gunned down)\s+(?i:" + titles + r")\.?"
        r"(?:\s+(?-i:[A-Z][\w’'-]+)){1,3}(?=\s*[,.;:]|\s+(?:on|in|at|as|while|when|near|outside|inside|after|who|during|"
        r"late|early|last|yesterday|today)\b)"
    )


# ("along with four of his relatives": four more; not "along with one of the ...")
_ALONG_WITH = re.compile(
    r"\balong with (?:his |her |their |its |the )?(?:" + _NUM + r"\s+(?!of\b(?!\s+(?:his|her|their)\s))|(another|one other)\b)", re.I
)
# "a commander was killed with eight of his fighters": "with" right after the verb of death, N of the one's own
_DIED_WITH_N = re.compile(r"\b(?:killed|died|martyred|slain|perished)\s+with\s+" + _NUM + r"\s+of\s+(?:his|her|their)\s", re.I)
_ALONG_BEFORE = re.compile(r"\balong with (?:his |her |their |its |the )?$", re.I)
# "four people, among them two women, were killed": who they were, like "including"
_KIN_ROLE = (
    r"(?:driver|guard|bodyguard|son|daughter|brother|sister|wife|husband|father|mother|nephew|niece|cousin|uncle|"
    r"grandson|granddaughter|aide|assistant|secretary)"
)
_ALONG_KIN = re.compile(
    r"\balong with (?:his|her|their) " + _KIN_ROLE + r"(,? and (?:his |her |their |a )?" + _KIN_ROLE + r")?\b(?!s)", re.I
)
# "killed along with his driver and two bodyguards", "died with his driver and two bodyguards": one by kin or duty, then
# N more ("with" alone only after the verb of death)
_WITH_KIN_AND_N = re.compile(
    r"\b(?:along with|(?:died|killed|martyred|perished)(?:\s+[\w-]+){0,3}?\s+with)\s+(?:his|her|their)\s+"
    + _KIN_ROLE
    + r"\b(?!s),?\s+and\s+(?:his\s+|her\s+|their\s+)?"
    + _NUM
    + r"\s+(?:[\w-]+\s+)?(?:"
    + _KIN_ROLE
    + r"|guard|bodyguard|policem[ae]n|soldier|relative|colleague|other)s\b",
    re.I,
)
# "killed two brothers and their cousin": one more person by kin or duty after the figure's noun, with no figure
# "killed a man, his wife and their three children": kin in commas after one victim, then "and" the last item
_KIN_ITEMS = re.compile(
    r"((?:,\s+(?:his|her|their)\s+(?:"
    + _KIN
    + r")\b(?!s))+),?\s+and\s+(?:(?:his|her|their)\s+)?(?:(an?|one|"
    + _NUM[1:-1]
    + r")\s+)?(?:[\w-]+\s+)?(?:(?:"
    + _KIN
    + r"|child|neighbou?r|relative|guest)s?|children|"
    + _WHO[3:-1]
    + r")\b",
    re.I,
)
# "killing him, his driver and wounding two others", "killed the judge, his son and his guard": kin or aides in commas
# after one victim (each one more; the last may follow "and"), not a speaker ("killing him, his brother said")
_KIN_COMMA = r"(?:his|her|their)\s+" + _KIN_ROLE + r"\b(?!s)(?!\s+(?:said|says|told|was|were|is|are|had|has|have)\b)"
_KIN_COMMAS = re.compile(r"((?:,\s+" + _KIN_COMMA + r")+)(,?\s+and\s+" + _KIN_COMMA + r")?", re.I)
# "killing him along with a colleague and a bodyguard": persons one by one after "along with", each one more
_ALONG_ROLE = (
    r"(?:an?|one|his|her|their)\s+(?:[\w-]+\s+)?(?:"
    + _ONE_VICTIM[3:-1]
    + r"|"
    + _KIN_ROLE[3:-1]
    + r"|colleague|companion|friend|relative|nephew)\b(?!s)"
)
_ALONG_ONES = re.compile(r"\balong with " + _ALONG_ROLE + r"((?:,\s+|,?\s+and\s+)" + _ALONG_ROLE + r"){0,4}", re.I)
_GAP_THEIR_KIN = re.compile(r"^\s*[\w-]+\s+and\s+(?:his|her|their)\s+(?:" + _KIN + r"|driver|guard|bodyguard)\s*$", re.I)
_AND_THEIR_KIN = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+and\s+(?:his|her|their)\s+(?:" + _KIN + r"|driver|guard|bodyguard)\b(?!s)"
    r"(?!\s+(?:was|were|is|are|had|has|have|got|sustained|received|said|says|told)\b)",
    re.I,
)
# ("six people, four of them women, were hurt": a part of the figure in commas)
_SUBSET_GAP = re.compile(
    r"^(?:[\w-]+,?\s+){0,3}?(?:including|among them|among whom)\s+|^(?:[\w-]+\s+){0,2}?[\w-]+,\s+[\w-]+ of (?:them|whom)\s+[^,]*,\s+$|"
    # "eight people, two children among them, were killed": the part told before "among them"
    r"^(?:[\w-]+\s+){0,2}?[\w-]+,\s+[^,]+\samong (?:them|whom),\s+$",
    re.I,
)
_ONE_KILLED = re.compile(
    # (not "no one was killed", "nobody was killed")
    r"(?<!no one )(?<!nobody )(?<!none )\b(?:was|has been|had been) (?:also )?(?:reportedly )?(?:shot and )?"
    r"(?:killed|martyred|murdered|assassinated|shot dead|slain|"
    r"gunned down)\b|"
    # "he was rushed to hospital, where he was pronounced dead"; "he later succumbed to his wounds": one injured who died
    r"\b(?:he|she) (?:was|had been) (?:later )?(?:pronounced|declared) dead\b|"
    r"\b(?:he|she) (?:later |subsequently )?(?:died|succumbed) (?:of|from|to) (?:his |her )?(?:wounds|injuries)\b|"
    # "he received multiple bullet wounds and succumbed to injuries during treatment"
    r"\b(?:he|she) (?:received|sustained|suffered) [^.;]{0,60}?\band (?:later |subsequently )?(?:died|succumbed) "
    r"(?:of|from|to) (?:his |her |the )?(?:wounds|injuries)\b|"
    # "the blast left a policeman dead and six others wounded": one death, the verb after its victim
    r"\b(?:left|leaving) (?:a|an|one) (?:[\w-]+ ){0,2}?" + _ONE_VICTIM + r" dead\b|"
    # "a militant was neutralised" (a fighter's death in a military statement; not "the threat was neutralised")
    r"\b(?:a|an|one|another) (?:[\w-]+ )?(?:militant|terrorist|insurgent|attacker|assailant|bomber|gunman|fighter|"
    r"commander|khwarij|kharji) (?:was|has been|had been) (?:also )?(?:neutrali[sz]ed|eliminated)\b|"
    # "a person died and two others were hurt", "a woman lost her life": one death told without a figure
    # (not "a third guard died": one more of a toll told before)
    r"\b(?:a|an) (?!(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) )(?:[\w-]+ )?(?:person|"
    + _PERSON[3:-1]
    + r") (?:also |later )?(?:died|perished|lost (?:his|her) life|"
    r"embraced (?:shahadat|martyrdom)|succumbed)\b|"
    # "Policeman shot dead in X", "Security official killed in blast": a headline's bare singular victim, then the
    # passive verb with its auxiliary left out (not "Gunman killed two")
    r"^\W*(?=(?-i:[A-Z]))(?:[a-z-]+\s+)?(?:policeman|soldier|official|officer|civilian|child|boy|girl|woman|man|"
    r"elder|guard|journalist|leader|commander|constable|student|teacher|driver|doctor|worker|shopkeeper|trader|"
    r"farmer|cleric|judge|lawyer)\s+(?:killed|shot dead|martyred|gunned down|slain|murdered|assassinated)\b"
    r"(?!\s+(?:an?|the|his|her|their|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b)|"
    # "one of the drivers died": one death of a group told without a figure
    r"\bone of (?:the|his|her|their) (?!(?:dead|killed|wounded|injured|victims|casualties|attackers)\b)(?:[\w-]+ )?[\w-]+"
    # ("one of the two children, Zzname, succumbed": the one's name in commas)
    r"(?:,[^,.;:]{1,40},)? (?:also |later )?(?:died|perished|lost (?:his|her) life|succumbed)\b",
    re.I,
)
_CASUALTIES = re.compile(r"(?:at least |more than |over )?\d[\d,]*\s+(?:[\w-]+\s+)?casualties\b", re.I)
_AS_MANY = re.compile(r"\band as many (?:were )?(?:injured|wounded)\b", re.I)
_AND_NUM = re.compile(
    r"(?:\band\s+(?:the\s+(?=(?:"
    + _NUM[1:-1]
    + r")\s)|(?:his|her|their)\s+)?"
    + _AND_QUAL
    + r"|,\s+(?:(?:his|her|their)\s+)?(?="
    + _NUM[1:-1]
    + r"\s))"
    r"(" + _NUM[1:-1] + r"|as many|an?(?=\s+(?:[\w-]+\s+){0,3}$))(?=\s)",
    re.I,
)
# ", a child" in an enumeration after a verb's first victim: one person more ("killed a policeman, a child and two women")
_COMMA_ONE = re.compile(r",\s+(?:(?:his|her|their)\s+)?an?\s|" + _COMMA_KIN, re.I)
_CIVIL = re.compile(r"\b(?:civilians?|children|women|worshippers|villagers|labourers|passers-by|students)\b", re.I)
_INCLUDING = re.compile(
    r"\bincluding\s+(?:at least\s+)?" + _NUM + r"\s+(?:[\w-]+\s+){0,1}?(children|women|civilians|"
    r"worshippers|students)\b",
    re.I,
)

# event cues, most specific first: (pattern, event type, subtype)
_CUES = [
    (r"\bsuicide (?:bomb(?:ing|er|s)?|attack|car bomb|vest)", "Suicide bomb", "suicide bombing"),
    (
        r"\b(?:IEDs?|roadside (?:bomb|mine)|landmines?|improvised explosive|remote[- ]control(?:led)? bomb|"
        r"magnetic bomb)",
        "Remote explosive/landmine/IED",
        "explosive device",
    ),
    (r"\b(?:drone strikes?|drones?|UAVs?|unmanned (?:aircraft|plane))\b", "Air/drone strike", "drone strike"),
    (
        r"\b(?:air ?strikes?|airstrikes|air raids?|bombed|bombard(?:ed|ment)s?|warplanes|fighter jets|jets|aerial|"
        r"aircraft|planes|gunships?|gunship helicopters?|helicopter gunships?|pounded)\b",
        "Air/drone strike",
        "airstrike",
    ),
    (r"\b(?:shell(?:ing|ed)|artillery|rockets?|mortars?|missiles?)\b", "Shelling/artillery/missile attack", "shelling"),
    (
        r"\b(?:clash(?:es|ed)?|fighting|firefights?|exchanges? of fire|exchanged fire|(?:gun|arm|armed) ?battle|shootout|gunfight|"
        r"engagements?|intelligence-based operation|operation)\b",
        "Armed clash",
        "clashes",
    ),
    (
        r"\b(?:stormed|ambush(?:ed)?|opened fire|gunmen|gun attack|attacked|raid(?:ed)?|assault|firing)\b|"
        r"\battacks? (?:in|at) (?:the )?[A-Z]|"
        # "a Taliban attack on Zzkot district was pushed back": an attack on a named unit
        r"\battacks? on (?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)? (?:district|town|village)\b|"
        # "the Taliban staged a complex attack on X district": an attack carried out, not only talked of
        r"\b(?:staged|launched|mounted|carried out) (?:an? |the )?(?:[\w-]+ ){0,2}?attacks? on\b",
        "Attack",
        "armed attack",
    ),
    (r"\b(?:blasts?|explosions?|bomb(?:ing)?s?|exploded|detonated)\b", "Explosion", "explosion"),
]
_CUE_RES = [(re.compile(p, re.I), t, s) for p, t, s in _CUES]
# "forces detained a suspect linked to bombings", "a plot was foiled by recovering remote-control bombs": the weapon
# words name what was seized or what a suspect is tied to, not an attack that happened ("thwarted an attack" is one:
# an attempt made)
_SEIZURE = re.compile(
    r"\b(?:detain(?:ed|ing)|arrest(?:ed|ing)|captur(?:ed|ing)|apprehend(?:ed|ing)|seiz(?:ed|ing)|confiscat(?:ed|ing)|"
    r"recover(?:ed|ing)|defus(?:ed|ing))\b",
    re.I,
)


def _seizure_only(s: str) -> bool:
    """True when a detention or seizure comes before every weapon or attack word of a sentence (and one follows)."""
    m = _SEIZURE.search(s)
    if m is None:
        return False
    firsts = [c.start() for c in (pat.search(s) for pat, _, _ in _CUE_RES) if c is not None]
    return bool(firsts) and m.start() < min(firsts)


# "before they could enter", "before the bomber could reach the gate": what did not happen, no hedge on what did
_BEFORE_COULD = re.compile(r"\bbefore (?:[\w’'-]+ ){1,3}?could\b", re.I)
_CASUALTY_ANY = re.compile(_KILL_WORDS + r"|\b(?:killing|kills)\b", re.I)
_GENERIC = re.compile(
    r"\b(?:are frequent|frequently|repeatedly|for years|in recent years|in recent months|routinely|often|usually|"
    r"could(?! not be)|would|may soon|risk|fear that|potential|has been battling|continue to|have been one of|"
    r"primary grievances|is considered|is located|is situated|long associated|long been|(?:was|were) long|"
    r"this comes|comes as|(?:comes?|came) amid|reflect(?:s|ed|ing)?|"
    r"peace (?:deal|talks|process)|ha(?:ve|s) (?:recently )?(?:increased|intensified|stepped up|escalated)|"
    r"ha(?:ve|s) been [a-z]+ing|"
    # "militants have launched several major attacks on police in X", "some of the attacks were": attacks not told
    r"ha(?:ve|d) (?:launched|carried out|staged|mounted) (?:several|many|numerous|a number of|scores of|dozens of) "
    # (not with the night or day they were made: "carried out several attacks in X after midnight" is an event told)
    r"(?:[\w-]+ )?attacks(?![^.]{0,80}\b(?:after midnight|last night|overnight|this morning|early (?:on )?[A-Z][a-z]+day|"
    r"on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))|^\W*some of the (?:[\w-]+ )?attacks|"
    # "to detain people involved in roadside bomb attacks in X": who is sought, not an event told
    r"(?:involved|implicated) in (?:[\w-]+ ){0,3}?(?:attacks|bombings|killings|kidnappings)|"
    # "a dramatic increase in drone strikes since ...": a trend, no event
    r"(?:increase|rise|surge|spike|upsurge|uptick|decline|drop) in (?:the (?:number|use) of )?(?:[\w-]+ )?"
    r"(?:attacks|strikes|airstrikes|violence|bombings|raids|activities|incidents)|"
    # "the city has experienced a wave of attacks in recent weeks": a trend, no one event
    r"(?:a|the) (?:wave|spate|string) of (?:[\w-]+ )?(?:attacks|strikes|bombings|blasts|killings|violence)|"
    # "officials reviewed terrorist incidents in detail, particularly the X blast": earlier events a meeting went over
    r"(?:reviewed|discussed|went over|briefed on)(?:\s+[\w-]+){0,2}?\s+(?:incidents|attacks|events))\b",
    re.I,
)
# "between 26 February and 2 March" (a month, not any word: "between police and Taliban" is a clash)
_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
# "... 2,500 civilian deaths, up 20 percent from 2013": a statistic compared with another period (a total's wording, and
# what dates a "They include ..." sentence by the period the sentence before gives)
_STAT_CMP_PATTERN = r"(?:up|down) (?:by )?\d+(?:\.\d+)? ?(?:percent|per cent|%) (?:from|on|over|compared) (?=\d)"
_SINCE_CAMPAIGN_PATTERN = (
    r"since the (?:[\w-]+ )?(?:operation|offensive|campaign|insurgency|war|conflict) (?:was |were )?(?:launched|began|started|"
    r"begun|commenced)"
)
_SINCE_CAMPAIGN = re.compile(r"\b" + _SINCE_CAMPAIGN_PATTERN + r"\b", re.I)
_AGGREGATE = re.compile(
    # "in two separate engagements", "during two operations", "in three raids": a round-up's total over its parts
    r"\b(?:(?:in|during|across) (?:two|three|four|five|several|multiple|\d[\d,]*) (?:separate |[\w-]+ ){0,2}(?:incidents|attacks|"
    r"engagements|operations|raids|clashes|encounters|strikes|ambushes|blasts|bombings|explosions)"
    # (not "in two suicide attacks outside the residence of X": twin attacks on one spot are one event)
    r"(?!\s+(?:outside|near|in front of|inside|at)\s+(?:the|a|an)\s)|"
    # "out of the casualties, 200 children lost their lives during the period": a part of a period's total told before
    r"\b(?:during|in|over|for) (?:the|that) (?:same )?(?:period|time ?frame)\b|\b(?:out of|of) (?:the|these|those) casualties\b|"
    # a headline's "Multiple attacks by militants leave 37 killed": a total over the attacks
    r"(?:multiple|several|numerous) (?:[\w-]+ )?(?:attacks|strikes|airstrikes|blasts|bombings|raids)\b[^.;]{0,30}?"
    r"\b(?:leave|leaves|left|kill|kills|killed)\b|"
    # "in night attacks in four provinces, 37 people were killed": a total over places
    r"(?:in|across) (?:two|three|four|five|six|seven|several|multiple|\d+) (?:[\w-]+ )?(?:provinces|districts|regions|"
    r"agencies|cities)\b|"
    r"separate incidents|multiple engagements|in the (?:first )?(?:nine|six|three|\w+) months|since (?:\w+ )?\d{4}|"
    # "over the last three weeks", "during the past 12 months": a period's toll; "in subsequent operations": a total over
    # the operations that followed an event
    r"\b(?:over|during|in|within) the (?:past|last|previous) (?:few |several |\w+ )?(?:weeks|months)\b|"
    # "14 people have been killed in targeted attacks in the province this month": a month's or week's running toll
    r"\b(?:have|has) (?:been )?(?:killed|martyred|shot dead|died|lost their lives)\b[^.;]{0,100}?\b(?:this|so far this) "
    r"(?:month|week)\b|"
    r"\b(?:in|during) (?:the )?(?:subsequent|ensuing|follow-up|retaliatory) (?:[\w-]+ )?(?:operations|raids|strikes|"
    r"airstrikes|clashes|encounters)\b|"
    r"so far this year|this year|in the (?:first|second) half of (?:(?:the|this|last) year|\d{4})|a total of|"
    # "the American death toll in the war to 1,000": a war's toll
    r"(?:death )?toll (?:in|of) the (?:war|conflict|insurgency)|"
    # "twenty police officers have been killed across the country since Saturday" (not "attacks across the country")
    r"(?:killed|died|dead|martyred|wounded|injured) (?:in (?!other )(?:[\w-]+ ){1,2}?)?(?:across|around|throughout) the country|"
    # a headline's "27 Fighters Killed In Operations Across Country" (with an article, a total placed nowhere stays no row)
    r"(?:operations|attacks|raids|strikes|airstrikes|clashes|incidents) across country|"
    # "ambushes and clashes on Sunday left 10 people dead": a toll over incidents of two kinds
    r"(?:ambushes|clashes|attacks|raids|strikes|airstrikes|bombings|blasts|explosions) and (?:ambushes|clashes|attacks|raids|"
    r"strikes|airstrikes|bombings|blasts|explosions|firefights|fighting)\b[^.;]{0,40}?\b(?:left|killed|claimed)|"
    # "a roadside bomb and a Taliban attack on a police post have killed 14": two events of one toll
    r"(?:bomb|blast|explosion|attack|strike|airstrike|bombing|ambush|raid) and (?:an? |the )?(?:[\w-]+ ){0,2}?"
    r"(?:bomb|blast|explosion|attack|strike|airstrike|bombing|ambush|raid)\b[^.;]{0,40}?\b(?:have |has )?(?:left|killed|kill|kills)\b|"
    # a headline's "Bomb blast, landmine kill two": two events joined by a comma, then a plural verb of their one toll
    r"(?:bomb|blast|explosion|attack|strike|airstrike|bombing|ambush|raid|landmine|mine|rocket|shelling),\s+(?:[\w-]+\s+)?"
    r"(?:bomb|blast|explosion|attack|strike|airstrike|bombing|ambush|raid|landmine|mine|rocket|shelling)\s+(?:kill|leave)\s|"
    # "attacks ... have killed five people in the past two days": a toll over days
    r"(?:killed|died|dead|martyred|lives) (?:[\w-]+ ){0,3}?(?:in|over|during) (?:the )?(?:past|last) (?:two|three|four|five|six|seven|"
    r"several|few|\d+) (?:days|weeks)|"
    # "the 115 already killed in the past week in X": a toll over a week
    r"(?:killed|died|dead|martyred) (?:in|over|during) the (?:past|last) week\b|"
    # "more than 60 people were killed within three days": a toll over days
    r"(?:killed|died|dead|martyred|lost their lives) (?:[\w-]+ ){0,3}?within (?:the )?(?:(?:past|last|first) )?(?:two|three|four|"
    r"five|six|seven|several|few|\d+) (?:days|weeks|months)|"
    # "suicide bombings that killed more than 70 people across X Province": a toll over a province or region
    r"(?:killed|killing|left) (?:more than |at least |over |nearly |some |about )?[\w,-]+ (?:[\w-]+ )?(?:people|civilians|"
    r"soldiers|policemen|militants|persons) across (?:the (?:province|region|north|south|east|west)|(?=(?-i:[A-Z])))|"
    # "4,000 people have been killed in suicide and bomb attacks across the country since ...": a toll over attacks
    r"(?:killed|died|dead|martyred) in (?:[\w-]+ ){0,4}?(?:attacks|bombings|blasts|explosions|violence|strikes|airstrikes|"
    r"raids) across (?!the border)|"
    # "militants led a string of attacks on police across the north, killing 14": a total over the attacks
    r"(?<!latest )(?<!last )(?:series|spate|wave|string) of [^.;]{0,60}? across (?!the (?:border|country))|"
    # "the United Nations said 2,777 people were killed last year": a year's toll
    r"\d[\d,]* (?:[\w-]+ ){0,2}(?:were|have been|had been) (?:killed|martyred) (?:last|this) year|"
    r"according to (?:UN|United Nations) figures|"
    # "2,000 people were killed in political violence in the city in 2012": a year's toll (not "in December 2012")
    # (plural victims: "bin Laden, who was killed by commandos in 2011" is one cited death, no total)
    r"(?:people|civilians|persons|soldiers|troops|policemen|militants|insurgents|fighters)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:killed|died|martyred|lost their lives)\b[^.;]{0,80}?\bin (?:19|20)\d\d\b(?!\s*[-–/])|"
    r"(?:deaths|casualties|fatalities)\b[^.;]{0,40}?\bin (?:19|20)\d\d\b(?!\s*[-–/])|" + _STAT_CMP_PATTERN + r"|"
    # "... 2,500 civilian deaths, up 20 percent from 2013": a statistic compared with another period
    r"(?:last|past) year was|in the (?:last|past) (?:year|decade|\w+ years)|"
    # "eight people have lost their lives in the district during the past 48 hours": a unit's toll over days
    r"in the (?:district|province|region|agency|city|country)\b[^.;]{0,30}?\b(?:during|in|over|within) the (?:last|past) "
    r"(?:\d+|two|three|four|five|six|seven|few|several) (?:hours|days|weeks)|"
    r"in (?:various |different |a series of |a surge (?:of|in) )?attacks that|"
    r"(?<!latest )(?<!last )in a (?:series|spate|wave|string) of (?:[\w-]+ ){0,2}?"
    r"(?:attacks|strikes|airstrikes|blasts|bombings|raids|incidents)|"
    r"in (?:IBOs|intelligence-based operations|(?:a series of )?(?:raids|operations) (?:carried out|conducted) in)|"
    r"since (?:the )?(?:spring|summer|autumn|fall|winter|start of|beginning of)|"
    # "over 3,000 militants have been killed since the operation was launched": a campaign's running toll
     + _SINCE_CAMPAIGN_PATTERN + r"|"
    r"in (?:different|various|several|multiple) (?:areas|parts|places|districts|locations)|"
    r"at (?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple|different|various) "
    r"(?:different )?(?:locations|places|sites|spots)|"
    r"(?:operation|offensive|campaign),? which (?:started|began|was launched|had started|had begun)|"
    # "419 attacks in which 620 people were killed": a count of events, then their toll
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|several|dozens of|hundreds of) (?:[\w-]+ ){0,2}?"
    r"(?:attacks|incidents|blasts|bombings|explosions|strikes|airstrikes|raids|clashes) (?:in which|that|which)|"
    # "around 4,000 people were killed in the province by bomb blasts last year": a year's toll over events
    r"(?:killed|martyred) [^.;,]{0,40}?\b(?:attacks|blasts|bombs|bombings|explosions|strikes|airstrikes|raids|violence)"
    r"[^.;,]{0,20}?\b(?:last|this) year|"
    # "over 60 people lost their lives last month in twin suicide bombings": a month's toll over events
    r"(?:killed|martyred|died|dead|lost their lives) (?:[\w-]+ ){0,3}?(?:last|this|past) month in [^.;]{0,30}?"
    r"\b(?:bombings|attacks|blasts|explosions|strikes|airstrikes|raids)\b|"
    # "1,200 civilians had been killed as of the end of June": a running toll to a date
    r"as of (?:the end of )?(?:mid-)?" + _MONTH_WORD + r"|"
    # "militants carried out two separate attacks on forces in X": a round-up's total over its parts
    r"(?:carried out|launched|staged|mounted) (?:two|three|four|several|multiple|\d+) separate (?:attacks|assaults|raids)|"
    r"(?:an? |the )?(?:\w+ )?tally|between (?:\d{1,2} )?" + _MONTH_WORD + r" (?:\d{1,2} )?and (?:\d{1,2} )?" + _MONTH_WORD + r")\b",
    re.I,
)
# a line that is only an agency or outlet and a date ("AFP , Sunday 21 Dec 2014"): when the report was filed
_DATE_LINE = re.compile(
    r"^\W*(?:[A-Z][\w.&’'-]*[ ,|]+){0,4}(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}),?\s+\d{4}\W*$"
)
# "In a separate incident, ...", "In another attack, ...": a round-up's next incident opening its sentence
_IN_ANOTHER_INCIDENT = re.compile(r"\W*in (?:another|a separate|a similar) (?:[\w-]+ )?(?:incident|attack)\b", re.I)
_YEAR_TOLL = re.compile(r"\b(?:killed|martyred) (?:last|this) year\b|\bas of (?:the end of )?" + _MONTH_WORD + r"\b", re.I)
_NEW_EVENT = re.compile(
    r"\b(?:in (?:the|a|another) (?:second|third|separate|related|similar|other|latest) (?:such )?"
    r"(?:incident|attack)|in (?:another|a separate) (?:[\w-]+ ){0,2}(?:incident|attack|operation|"
    r"engagement|encounter|raid|clash|ambush|exchange of fire|strike|blast|report|shootout|shoot-out|gunfight|gun battle|"
    r"firefight|skirmish|explosion|bombing|firing)|"
    r"separately|in other violence|^\W*on the other hand(?=,)|"
    # "In the western Zzkot province, meanwhile, a roadside bomb killed ...": another incident, told with an indefinite
    # (also after a speaker: "Meanwhile MoI said, a suicide bomber was killed ...")
    r"\bmeanwhile(?:,|\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){1,3}(?:said|added|reported|announced)\s*,)"
    r"\s+an?\s+(?:[\w-]+\s+){0,2}?(?:(?:roadside |suicide |car |sticky |magnetic )?bomb(?:er)?|blast|explosion|"
    r"(?:drone |air)strike|(?:land)?mine|IED|rocket|shell|soldier|policeman|police officer|civilian|child|boy|girl|man|woman)\b|"
    r"^\W*an? similar (?:[\w-]+ )?(?:attack|incident|blast|bombing|strike|raid) (?:had )?(?:took place|happened|occurred)|"
    r"^\W*earlier,? on (?=[A-Z0-9])|^\W*before that\b|"
    # "A day earlier, militants stormed ...": a step back in time opening the sentence tells another event
    r"^\W*(?:a|one|two|three|\d) days? (?:earlier|before)(?=,)|"
    # "The first attack took place near X. ... The second drone attack killed six at Y": each attack of a series
    r"^\W*the (?:second|third|fourth|other|latter) (?:[\w-]+ ){0,2}?(?:attack|strike|airstrike|blast|explosion|bombing|raid)\b|"
    r"(?:hit|struck|triggered|stepped on|ran over|drove over|detonated|set off) another (?:[\w-]+ ){0,2}?"
    r"(?:roadside bomb|bomb|mine|landmine|IED)|"
    r"another (?:[\w-]+ ){0,2}?(?:roadside bomb|bomb|blast|explosion|IED|drone strike|airstrike) "
    r"(?:went off|exploded|struck|hit|killed|wounded|injured)|"
    # "A later strike killed five people in X": the next strike of a series, its own event
    r"(?:a|the) (?:later|subsequent) (?:[\w-]+ ){0,2}?(?:strike|airstrike|attack|blast|explosion|bombing|raid)|"
    # "Hours later, gunmen shot dead two guards in Mastung": another attack by other attackers
    r"^\W*(?:hours|minutes|a day|days|a week) later,\s+(?:[\w-]+\s+){0,3}?(?:gunmen|militants|attackers|assailants|"
    r"terrorists|(?:a|another) (?:(?:second|third|suicide) )*(?:bomber|bomb|blast|explosion|roadside bomb)))\b",
    re.I,
)
# "leaving 13 dead in a volatile area near the border where a suicide bomber killed at least two civilians": the
# clause tells another, earlier event at the same place, its toll not the sentence's event's
_WHERE_OTHER = re.compile(
    r"\b(?:area|region|district|town|village|city|province|valley|agency)\b[^.;]{0,60}?,?\s+(where\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:suicide bomber|bomber|bombing|bomb|blast|explosion|strike|airstrike|drone|attack|gunmen|militants)"
    r"(?:\s+[\w-]+){0,4}?\s+(?:had\s+|has\s+)?(?:killed|kills)\b[^.;,]*)",
    re.I,
)
_MONTH_NAME = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)  # whole words: "martyred" is not March
_BACKGROUND = re.compile(
    r"^\s*(?:" + _MONTH_NAME + r"\.? \d{1,2}\s*[-–—:])|"
    r"^\W*(?i:earlier),? on (?=[A-Z0-9])|^\W*(?i:before that)\b|"
    # ("the previous day" is a step back from the event before, not a cited one)
    r"\b(?:previous(?:ly|(?! (?:day|night|evening|morning|afternoon)\b))|"
    r"earlier this (?:month|year)|last (?:week|month|year)|back in|this is not the first|"
    # "... shut the routes last November following US air strikes that led to the deaths of 24 soldiers": a cited event
    r"last " + _MONTH_NAME + r"|"
    r"had (?:previously )?(?:launched|carried out|conducted)|"
    r"(?:comes?|came|took place|happened|occurred) (?:(?:a|one|two|three|four|five|six|seven|\d+) days? )?after|"
    r"(?:comes?|came) (?:(?:a|one|two|three|four|five|six|several|a few|\d+) )?(?:days|weeks?|months?|years?) after|"
    r"follows? (?:a|the)|^\W*(?:this|it) (?:comes?|came) as (?=[^.;]*\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)|"
    r"following the martyrdom|a day after|(?:it )?(?:may|might|should) be recalled|"
    # "A similar attack took place in X on July 15": an earlier one the report compares its event with
    r"an? similar (?:[\w-]+ )?(?:attack|incident|blast|bombing|strike|raid) (?:had )?"
    r"(?:took place|happened|occurred|was carried out))\b",
    re.I,
)

# "The attack comes less than three weeks after 50 soldiers were killed": what follows is an earlier event
# "They include 3,699 deaths", "Of them, 40 were children" right after a total's sentence: a part of that total
_PART_OF_TOTAL = re.compile(
    r"\s*(?:(?:They|These|Those) (?:include|included|comprise|comprised)\b|(?:Of|Among) (?:them|these|those)\b)"
)
_UNIT_THEN_NAME = re.compile(r"(?:\s+(?:province|district|city)|\s+Province|\s+District)?(?:[’']s\s+|,\s*|\s+)(?:the\s+)?")
# "in the Zzkot clash", "since the Zzkot attack": an event told before, named by its place
_THE_PLACE_EVENT = re.compile(
    r"\bthe ((?-i:[A-Z])[\w’'-]+(?: (?-i:[A-Z])[\w’'-]+){0,2}) (?:clash|clashes|attack|ambush|blast|bombing|raid|strike|airstrike|"
    r"fighting|battle|explosion)\b",
    re.I,
)
_HOURS_AFTER = re.compile(r"\b(?:came|comes|happened|occurred|took place) (?:just |only |a few |several |some )?hours after\b", re.I)
_CAME_AFTER = re.compile(
    r"\b(?:comes?|came) (?:(?:less than |more than |about |nearly |just |only |barely )?(?:a|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|a few|several|\d+) (?:days?|weeks?|months?|years?|hours?) |"
    r"(?:just |only )?(?:days|weeks|months|years|hours) )?"
    r"after\b|"
    # "The incident occurred a week after nine soldiers were killed in X": with a span only (not "occurred after ...")
    r"\b(?:took place|happened|occurred) (?:(?:less than |more than |about |nearly |just |only |barely )?(?:a|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|a few|several|\d+) (?:days?|weeks?|months?|years?|hours?)|"
    # "The blast happened hours after a bomber killed 37 people at a rally"
    r"(?:just |only )?hours) after\b",
    re.I,
)
# ", a day after 14 people were killed in ...", ", two weeks after a blast killed 20": a trailing clause of an earlier event
_AFTER_EARLIER = re.compile(
    r",\s+(?:just |only |barely |less than |more than |nearly |about )?(?:a|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"a few|several|\d+) (?:days?|weeks?|months?|years?|hours?) after\b|"
    # ", the third strike this week, which has seen 19 people killed": a period's toll in a trailing clause
    r",\s+(?:which|that) (?:has|have) seen\b",
    re.I,
)
_STAT_CMP = re.compile(r"\b" + _STAT_CMP_PATTERN, re.I)
# "After the school attack that killed 140 people, the government ...": an opening clause citing an earlier attack
_AFTER_CITED = re.compile(
    r"^\W*(?:after|since|following|in the wake of) (?:the|a|an|last \w+[’']s) (?:[\w-]+ ){0,3}?(?:attack|bombing|blast|"
    r"massacre|strike|airstrike|assault|siege|explosion|ambush)s? (?:that|which|in which)\b[^,;]*"
    r"(?:,\s+(?:mostly|most of them|many of them|including|among them)\b[^,;]*)?",
    re.I,
)
# ", adding to a violent month in which ...": a trailing clause of a period's toll
_ADDING_TO = re.compile(r",\s+(?:which )?add(?:ing|s|ed) to (?:a|an|the)\b", re.I)
# "since the insurgency flared in late 2004": a year up to six words after "since"
_SINCE_SOME_YEAR = re.compile(r"\bsince\b(?:\s+[\w’'-]+){0,6}?\s+((?:19|20)\d\d)\b", re.I)
_SINCE_YEAR = re.compile(r"\bsince (?:(?:early|late|mid-?)\s*)?(?:" + _MONTH_NAME + r"\.? )?(\d{4})\b", re.I)
# "The attacks took place on Wednesday": the day of the events the sentence before counted
# "Security was tightened in Zzkot after the attack", "markets stayed shut in Zzkot": what followed the event, at a
# place that is not its scene (a finer place named so does not refine the event's place)
_AFTERMATH = re.compile(
    r"\bsecurity (?:(?:has|have|had) been |was |were |is |are )?(?:tightened|beefed up|stepped up|heightened|increased)\b|"
    r"\b(?:tighten(?:ed|ing|s)?|beef(?:ed|ing|s)? up|step(?:ped|ping|s)? up|heighten(?:ed|ing|s)?) (?:the )?security\b|"
    r"\b(?:markets?|shops?|businesses|schools?|roads?) (?:(?:has|have|had) )?(?:remained|stayed|were|was|been) (?:closed|shut)\b",
    re.I,
)
_TOOK_PLACE = re.compile(
    r"^\W*(?:the|these|both|all) (?:[\w-]+ )?(?:attacks?|blasts?|strikes?|airstrikes?|incidents?|bombings?|explosions?|raids?|"
    r"clashes) (?:took place|happened|occurred|were carried out|was carried out)\b",
    re.I,
)
# "Both bombs went off on Saturday", "Both attacks took place late Friday": the day of the two incidents told last
_BOTH_WENT_OFF = re.compile(
    r"\W*both (?:[\w-]+ )?(?:attacks|blasts|bombs|bombings|explosions|strikes|airstrikes|incidents|raids|ambushes) "
    r"(?:went off|exploded|took place|happened|occurred|struck|hit|were carried out)\b",
    re.I,
)
# "the bombings came a day after another attack in X": an earlier event, even one day before
# a sentence that goes on about an operation, offensive or campaign the sentence before told
_OPERATION_BACK = re.compile(r"^\W*(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?(?:operation|offensive|campaign|drive)\b")
# a sentence opening with its own day ("On Saturday, soldiers killed ..."): with a toll and a day before the
# current event's, another (earlier) event, even one day apart
_OPENING_DAY = re.compile(r"^\W*(?:On|Late on|Early on|Earlier on)\s+(?:[A-Z][a-z]+day|[A-Z][a-z]+\.? \d{1,2}|\d{1,2} [A-Z][a-z]+)\b")
# "Last week, a group of militants attempted to storm a base in X": a sentence that opens on an earlier period tells
# an earlier event even before its weapon or toll is named
_OPENS_PAST = re.compile(r"\W*last week\b", re.I)
# "Last month, five people were killed in X" after an event with no day of its own: an earlier event
_OPENS_LAST = re.compile(r"\W*last (?:week|month)\b", re.I)
# "Earlier on Sunday, the chief minister expressed alarm over the situation in X": a statement, with no event word
_STATEMENT = re.compile(r"\b(?:expressed|condemned|said|told|talking to|speaking to|addressing|chaired|visited|met with)\b", re.I)
_CITED = re.compile(
    r"\b(?:comes?|came|took place|happened|occurred) (?:a|one|two|three|\d) days? after\b|\ba day after (?:a|an|another)\b|"
    # "The attack comes months after a bombing killed ... on December 26": weeks, months or years before
    r"\b(?:comes?|came) (?:(?:a|one|two|three|four|five|six|several|a few|\d+) )?(?:days|weeks?|months?|years?) after\b|"
    # "This comes as a car bomb was detonated ... late on Monday, leaving 4 dead": an earlier event the report cites
    r"^\W*(?:this|it) (?:comes?|came) as\b",
    re.I,
)
# "in a small village in western Afghanistan": a place the text does not name, in a part of a country
_UNNAMED_SPOT = re.compile(
    r"\b(?:in|at|near) an? (?:[\w-]+ ){0,2}(?:village|town|district|area|market|mosque|school)s? (?:in|of) "
    r"(?:the )?(?:country[’']s )?(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
    r"(?:ern)?\s+[A-Z]"
)
# "In late September, a major was martyred in an IED blast in X": an event of that month, told with its violence
_PART_OF_MONTH = re.compile(r"\W*in (?:early|mid|late)[- ]?" + _MONTH_NAME + r"\b", re.I)
# "in northern Zzland": a part of a country (the direction word, group 1)
_IN_PART_OF = re.compile(r"\bin (?:the )?(north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+(?-i:[A-Z])", re.I)
# a protest, rally or march: with no weapon or toll in its sentence, no event of violence to place
_PROTEST = re.compile(r"\b(?:protests?|protested|protesters|protestors|demonstrations?|demonstrators|rall(?:y|ies)|sit-ins?)\b", re.I)
_ATTACK_WORD = re.compile(r"\b(?:attack|assault|ambush|raid|bombing|blast|strike)\b", re.I)
# casualties somewhere the text does not name: not the current event's
_ELSEWHERE = re.compile(
    r"\bin (?:the )?(?:country[’']s )?(?:north|south|east|west|north-?east|north-?west|south-?east|"
    r"south-?west)(?:ern)?\b(?!\s+(?:of|[A-Z]))",
    re.I,
)

# a mention is not where the event happened when it is ...
_NOT_SCENE_BEFORE = re.compile(
    r"(?:\bfrom(?: across| beyond| over)?|\b(?:escaped|fled|escaping|fleeing)(?:\s+[\w-]+){0,4}?\s+(?:in|from)|"
    r"\b(?:local )?residents? (?:of|in)|\bnative of|\bhails from|\bofficials? (?:in|of|from|at)|\bmedia (?:in|of)|"
    r"\bauthorities (?:in|of)|\bpolice (?:in|of|for)|\bspokes\w* (?:for|of|in)|\bcommissioner|\bminister|"
    r"\bcouncil (?:of|in)|\bhospitals? (?:in|of|at)|\bshifted to|\btaken to|\bsent to|\bmoved to|\brushed to|"
    # "only a clinic in X", "transferred to X", "the SHO of X police station", "the inspector general of police X":
    # where the wounded are treated, an officer's station or an office's title
    r"\b(?:has|have|had|runs?|operates?)\s+(?:only\s+)?(?:a|an|one)\s+(?:[\w-]+\s+)?clinic (?:in|at)|"
    r"\btransferr?(?:ed|ing)? to|\b(?:SHO|station house officer)s? (?:of|at)|"
    r"\binspector[- ]general of police|"
    r"\b(?:air)?lifted to|\bevacuated to|\bvictims of|"
    # "were buried in X", "laid to rest in X", "funeral prayers were offered in X": where the dead were mourned
    r"\b(?:buried|laid to rest|funerals? (?:prayers? )?(?:was |were )?(?:held|offered)) (?:in|at)|"
    r"\bvisit to|\bvisit(?:s|ed|ing)|\btakeover of|\benvoy (?:for|to)|\brepresentative (?:for|to)|\bgovernment (?:in|of)|\bregime in|"
    r"\bjournalists? in|\bcorrespondent in|\bspeaking (?:in|from)|"
    r"\b(?:borders|bordering)(?:\s+with|\s+the\s+(?:[A-Z][\w-]*\s+)?(?:district|province|region|agency)\s+of)?|"
    r"\bsituated near|\blocated near|\bblam(?:es|ed|ing)|"
    # "an administration official from Zzkot in Zzagency": the speaker's unit too
    r"\b(?:officials?|officers?|spokes\w*|administrators?)\s+from(?:\s+[A-Z][\w’'-]*){1,3}\s+in|"
    r"\bjunction that links|\blinks|\blinking(?:\s+[A-Z][\w’'-]*){0,3}(?:\s+(?:to|and|with)(?:\s+the)?(?:\s+neighbou?ring)?)?|"
    r"\bconnecting(?:\s+[A-Z][\w’'-]*){0,3}(?:\s+(?:to|and|with))?|"
    r"\bfrom(?:\s+(?:the\s+)?(?:(?:provincial|district)\s+)?(?:capital|city|town)(?:\s+of)?)?(?:\s+[A-Z][\w’'-]*){1,3}\s+to|"
    # "militants from adjoining areas of X attacked ...", "fired shells from their base in X": where they came or fired from
    r"\bfrom\s+(?:the\s+)?(?:[\w-]+\s+)?(?:areas?|parts?|regions?)\s+of|"
    r"\bfrom\s+(?:their|its|his|her|a|an|the)\s+(?:[\w-]+\s+)?(?:base|camp|positions?|posts?|outposts?|hideouts?)\s+(?:in|at|near)|"
    r"\ben route to|\bpress club|\bcapital,?|\baccus(?:ed|es|ing)|\bblame at|"
    r"\b(?:report|study|survey|statement|data)s? (?:released|issued|published|unveiled) in|"
    r"\bnear the border with|\bborder with|\badjac[ae]nt to|\bheadquarters? of|\bbelong(?:ed|s|ing)? to|"
    r"\b(?:going|heading|travell?ing|returning|on (?:its|their|his|her|the) way|bound)"
    r"(?:\s+from(?:\s+(?:the\s+)?(?:(?:provincial|district)\s+)?(?:capital|city|town)(?:\s+of)?)?(?:\s+[A-Z][\w’'-]*){1,4})?"
    r"\s+(?:to|for|towards?)(?:\s+(?:north|south|east|west)\w*)?|"
    # "they had gone for a picnic to X", "people go to X for picnics": where they were going
    r"\b(?:gone|went|go|goes)(?:\s+(?:for|on)\s+(?:a|an)\s+[\w-]+)?\s+to|"
    r"\b(?:based|stationed) in|\b(?:posted|serving|assigned|appointed) (?:at|in|to)|"
    # "told reporters at a base in southern X": where a speaker spoke
    r"\b(?:told|talking to|speaking to|briefing) (?:the media|reporters|journalists|the press) (?:in|at)"
    r"(?:\s+(?:a|an|the)\s+[\w-]+\s+(?:in|at|near))?(?:\s+(?:north|south|east|west)\w*)?|"
    # "civilians from eastern X province": where people came from
    r"\bfrom\s+(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|"
    # "fired mortars from Zzkot district in the Zzpur province": the unit holding where the fire came from
    r"\bfrom\s+(?:(?-i:[A-Z])[\w’'-]*\s+){1,3}(?:district|province|area|village|town)\s+(?:in|of)|"
    r"\b(?:kilomet(?:re|er)s?|kms?|miles)\)?\s+(?:\(\d+\s+(?:miles|km|kilomet\w+)\)\s+)?"
    r"(?:(?:north|south|east|west)\w*\s+)?(?:of|from))\s+"
    # ("25 km northwest of Zzvalley's main town of X": the reference town after its valley)
    r"(?:the\s+)?(?:[A-Za-z-]+[’']s\s+)?(?:(?:main|provincial)\s+)?(?:(?:district|tehsil|village|town|city|province)\s+(?:of\s+)?)?$",
    re.I,
)
# ... or a reference point or metonym (searched only where "against", "capital" or " of" is): "a war against Kabul",
# "in Pul-e-Khomri, the capital city of Baghlan", "in Khost province, just north of Gardez"
_NOT_SCENE_REFERENCE = re.compile(
    r"(?:\b(?:war|insurgency|fight|fighting|struggle|jihad|campaign) against|"
    r"(?:(?-i:[A-Z])[\w’'-]*|\)),\s+(?:the\s+)?(?:[\w-]+\s+)?capital(?:\s+city)?\s+of|"
    r"\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+"
    r"(?:the\s+)?(?:[A-Za-z-]+[’']s\s+)?(?:(?:district|tehsil|village|town|province)\s+)?$",
    re.I,
)
# "in the village of X, near the district capital of Y": Y says where X is (searched only where "near" is)
# (also with no comma after a village or area word: "in Zzkot village near Zzpur police station")
_NEAR_REFERENCE = re.compile(
    r"[A-Z][\w’'-]*(?:,|\s+(?i:village|area|locality|town|hamlet))\s+(?:just\s+)?near\s+(?:(?:the\s+)?(?:[\w-]+\s+){0,3}?of\s+)?"
    r"(?:the\s+)?$"
)
# "gunmen attacked an office in the provincial capital, Jalalabad": the capital named as the scene
# (also on its outskirts, edge or in its centre: "on the outskirts of the capital, Kabul")
_IN_CAPITAL = re.compile(
    r"\b(?:in|at|inside|near|outside|(?:outskirts|edge|suburbs?|cent(?:re|er)|heart)\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"capital,?\s+$",
    re.I,
)
# "an explosion near a police building in the Pakistani capital": the country's capital, unnamed, as the scene
# (not "the Afghan capital, Kabul" or "the Afghan capital of Kabul": the name that follows is the mention)
_NATIONAL_CAPITAL = re.compile(
    r"\b(?i:in|at|inside|near|outside|of) the ([A-Z][a-z]+) capital\b(?!,?\s+(?:(?i:city)\s+)?(?:of\s+)?[A-Z])"
)
_SPEAKER_NEAR = re.compile(r"\b(?:said|says|told|spokes\w*|officials?|speaking|press)\b", re.I)
_ROLE_BEFORE = re.compile(
    r"\b(?:chief|commander|governor|head|official|officer|spokes\w*|commissioner|administrator)\s+(?:for|of)\s+(?:the\s+)?$", re.I
)
_REPORTING = re.compile(r"\b(?:said|says|told|confirmed|stated|added|according)\b", re.I)
_NOT_SCENE_AFTER = re.compile(
    r"^-based\b|^[’']s\s+(?:[\w-]+\s+)?(?:car|vehicle|motorcade|driver|bodyguards?)\b|"
    # "militants who oppose Zzabad's US alliance": a capital standing for its government's policy
    r"^[’']s\s+(?:[\w.-]+\s+)?(?:alliance|policy|policies|ties|relations|stance|allies)\b|"
    # "the vehicle of Zzkot district governor": an office's title (with its unit's kind between), not where
    r"^\s+(?:district|provincial|province)\s+(?:governor|chief)\b|"
    r"^(?:[’']s)?\s+(?:police chief|governor|provincial council|police spokes\w*|officials?\b|authorities|"
    r"(?:(?:foreign|interior|defen[cs]e|home|information)\s+)?ministry\b|spokes(?:man|woman|person)\b|embassy|ambassador|envoy|"
    r"government\b|hospital|(?:(?-i:[A-Z])[\w-]*\s+){1,3}hospital\b|"
    r"said|says|say\b|has (?:accused|said|denied|condemned|been)|had (?:accused|said)|"
    # a place that speaks, accuses or acts as a government does, in any tense: "Kabul accuses", "Kabul alleges"
    r"(?:accuse|allege|blame|urge|condemn|confirm|insist|reject|launche|warn|demand)(?:s|d|ed)?\b|claims?\b|"
    r"denied|denies|deputy commissioner|administration|"
    r"(?:has |have |had )?(?:blamed|blames|alleged|shut|closed|suspended|retaliated|summoned|protested)\b|"
    r"(?:[\w-]+\s+){0,2}?(?:commissioner|chief|spokes(?:man|woman|person))\b|"
    r"must\b|should\b|needs to|has to|warned|demanded|urged|called on|wants\b|"
    r"is located|is situated|borders|elders|residents|tribesmen|tribal elders|families|"
    r"(?:senior )?superintendents? of police|deputy inspector|inspector[- ]general|(?:SSP|DIG|DPO|DIGP)\b)",
    re.I,
)
# "Peshawar is the main city near the Swat valley", "the town lies close to the restive X district": a place described by
# another one near it; that one is a reference, not where anything happened (searched only where such a word is)
_DESCRIBED_NEAR = re.compile(
    r"(?:(?-i:[A-Z])[\w’'-]*|\bthe (?:city|town|district|area|province|region|valley|village))\s+"
    r"(?:is|lies|sits|stands|is located|is situated)\s+"
    r"(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:city|town|capital|village|district|hub|gateway|cent(?:re|er)|seat)\s*,?\s+)?"
    r"(?:(?:very|just|quite)\s+)?(?:close to|near|next to|not far from|on the edge of|adjacent to)\s+"
    r"(?:the\s+)?(?:(?-i:[a-z])[\w-]*\s+){0,2}$",
    re.I,
)
_BYLINE_IN = re.compile(r"\bBy(?:\s+[A-Z][\w.’'-]*){1,5}\s+in\s+$")
# "an intelligence official in X district and two of his guards were killed": the official is a victim, X the scene
# "a blast targeting police in X", "an attack on police in X": the police are the victims, X the scene
_TARGETED_BEFORE = re.compile(
    r"\b(?:target\w*|attack(?:ed|ing|s)?(?: on)?|ambush\w*(?: on)?|assault on|fired on)\s+(?:the\s+)?$", re.I
)
_OFFICIAL_IN = re.compile(r"\bofficials? (?:in|of|at)\b", re.I)
_VICTIM_AFTER = re.compile(
    r"(?:\s+(?i:district|province|village|town|city|area))?(?:\s+and(?:\s+[\w-]+){1,4}?)?\s+"
    r"(?:was|were|has been|have been|had been)\s+(?:[\w-]+\s+)?(?:killed|martyred|shot dead|slain|gunned down|"
    r"assassinated|injured|wounded|kidnapped|abducted)\b"
)
# a place in a relative clause on someone who died before: "prayers for the officer who was killed in X the day before"
_WHO_DIED = re.compile(
    r"\b(?:for|of)\s+(?:the|a|an|his|their)\s+(?:[\w-]+\s+){0,3}?who\s+(?:was|were|had been)\s+"
    r"(?:killed|martyred|shot dead|slain)\b[^.;:,“”\"]{0,70}?\b(?:in|at|near)\s+(?:the\s+)?$"
)
# a place in a "since" clause citing an earlier attack: "the first attack in the city since militants targeted
# Zz airport in August", "the deadliest since the bombing at Zz market" (searched only where "since" is)
_SINCE_EARLIER = re.compile(
    r"\bsince\s+(?:(?:the|a|an)\s+)?(?:[\w’'-]+\s+){0,4}?"
    r"(?:(?:targeted|attacked|struck|hit|bombed|stormed|raided|overran)|"
    r"(?:attack|bombing|blast|explosion|assault|strike|raid|massacre|siege)s?\s+(?:on|at|in|near|against|of))\s+"
    # "since forces raided a compound in the garrison town of X": the object, then where it was
    r"(?:(?:a|an|the)\s+[\w-]+\s+(?:[\w-]+\s+)?(?:in|at|near)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:(?:town|city|village|district)\s+of\s+)?)?"
    r"(?:the\s+)?$",
    re.I,
)
# "after militants fled a sweeping offensive in the nearby tribal district of X": where they came from (the
# 50-character window of _NOT_SCENE_BEFORE is too short for a unit word and its modifiers; searched where "fle" is)
_FLED_UNIT = re.compile(
    r"\b(?:escaped|fled|escaping|fleeing)(?:\s+[\w-]+){0,4}?\s+(?:in|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:district|agency|region|province|valley|area)\s+of\s+$",
    re.I,
)
# a place inside an appositive that describes a person, before the person's passive verb: "Zarshed, a water
# carrier for security personnel at the Bhutan Sharif post, was ambushed in ..."
_APPOSITIVE_OPEN = re.compile(r"[A-Za-z],\s+an?\s+[^,.;:()“”\"]{3,70}$")
_APPOSITIVE_CLOSE = re.compile(r"[^,.;:()“”\"]{0,30},\s+(?:was|were|had been|has been)\s+[a-z]+ed\b")
# a road named after two places joined by a hyphen ("the Kunduz-Ali Abad highway"): the first name (the second's
# test is a hyphen before it and the road word after it)
# (also a bus, coach or train named after the two ends of its route: "a Quetta-Karachi passenger bus")
_ROAD_WORD = r"\s+(?i:highway|road|motorway|expressway|route|(?:passenger\s+)?(?:bus(?:es)?|coach(?:es)?|trains?))\b"
_ROAD_AFTER = re.compile(_ROAD_WORD)
_ROAD_OF_TWO = re.compile(r"^-[A-Z][\w’']*(?:[ -][A-Z][\w’']*){0,2}" + _ROAD_WORD)
_PAIR = re.compile(r"([A-Z][\w’']*)-([A-Z][\w’']*)")
_PAIR_ROAD = re.compile(_PAIR.pattern + _ROAD_WORD)


@lru_cache(maxsize=4)
def _road_pairs(text: str) -> frozenset[str]:
    """The "X-Y" pairs the text calls a road somewhere ("the Herat-Kandahar highway"), lower-cased."""
    return frozenset(f"{m.group(1)}-{m.group(2)}".lower() for m in _PAIR_ROAD.finditer(text))


def _pair_of_road(text: str, m: Mention) -> bool:
    """Is the mention one end of an "X-Y" pair the text elsewhere calls a road ("an explosion in Herat-Kandahar"
    after or before "on the Herat-Kandahar highway")?"""
    if text[m.end : m.end + 1] == "-":
        after = _PAIR.match(text, m.start)
    elif text[m.start - 1 : m.start] == "-":
        before = re.search(r"[A-Z][\w’']*$", text[max(0, m.start - 40) : m.start - 1])
        after = _PAIR.match(text, m.start - 1 - len(before.group(0))) if before else None
    else:
        return False
    return after is not None and after.group(0).lower() in _road_pairs(text)


_DATELINE = re.compile(
    # (a news service's credit in brackets may come first: "(Zz News Network) KABUL, June 11 (ABC) –")
    r"^[ \t•*]*(?:\((?-i:[A-Z])[^()\n]{2,60}\)[ \t]+(?=[A-Z]{3}))?"
    r"([A-Z][A-Za-z.'’/ -]{1,48}?)(?:,\s*[A-Z][A-Za-z]+|\s*\[[A-Z][A-Za-z ]{1,30}\])?,?\s*(?:\([^)\n]{0,80}\))?"
    r"(?:(?:,?\s*|[ \t]*\|[ \t]*)(\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})|"
    r"(?:,|(?<=\])[ \t])[ \t]*[A-Z](?:[a-z]{2,8}|[A-Z]{2,8})\.?[ \t]+\d{1,2})?(?:,?[ \t]*\([^)\n]{1,40}\))?"
    r"\s*(?::|—|–|--| - | _ |(?<=[A-Z])-(?=[ \t])|(?<=\)[ \t])[?\ufffd](?=[ \t])|(?<=\))\.[-–—](?=[ \t]))",
    re.M,
)
_ACTORS = [
    (
        r"\b(?:Pakistani|Pakistan[’']s|Pakistan)\s+(?:fighter\s+)?(?:jets|aircraft|airstrikes|air ?strikes|planes|drones|"
        r"military|forces|army|troops|security forces|air force|artillery|shelling|strikes)\b|"
        r"\b(?:conducted|carried out|launched) by Pakistan\b|\bPakistan (?:targeted|bombed|struck|carried out|launched)\b",
        "Pakistan military",
    ),
    (
        r"\b(?:US|U\.S\.|American)(?:-led)?\s+(?:coalition\s+)?(?:drones?|airstrikes?|air ?strikes?|air raids?|warplanes|"
        r"forces|aerial bombardment|troops)\b",
        "United States",
    ),
    (
        r"\b(?:NATO|ISAF|coalition)\b[^.]{0,20}\b(?:airstrike|air strike|strike|bombardment|air support)\b|"
        r"\bNATO airstrike\b",
        "NATO",
    ),
    (r"\b(?:Afghan|Taliban) (?:forces|fighters|border guards|troops)\b", "Afghan Taliban forces"),
    (r"\bunidentified (?:gunmen|attackers|armed men|assailants)\b|\bunknown (?:gunmen|armed men|assailants)\b", "unidentified"),
]
_ACTOR_RES = [(re.compile(p, re.I), a) for p, a in _ACTORS]
_CLAIM = re.compile(
    r"\b((?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,4}?(?:[A-Z][\w’'-]*|group|loyalists|militants))\s+"
    r"(?:\([A-Za-z-]+\)\s+)?(?:has |have |had )?(?:also )?(?:claimed|accepted|asserted|took|"
    r"take|taken)\s+(?:the\s+)?responsibility",
    re.I,
)
_BELONGING = re.compile(r"\bbelonging to (?:the )?((?:[A-Z][\w’'-]*\s*){1,4})")
_NOT_ACTOR = re.compile(r"^(?:the\s+)?(?:no|none|nobody|no one|a|any)\b", re.I)
_VERIFY = [
    (
        r"could not (?:be )?(?:independently )?(?:verif|confirm)|difficult to verify|unverified|unconfirmed|"
        r"did not immediately confirm|no official (?:word|statement)",
        "unverified",
    ),
    (r"\bdenie[sd]\b|\bdeny\b|rejected the (?:allegations|accusations)|baseless", "denied"),
    (r"\bconfirm(?:ed|s)\b", "confirmed"),
    (r"\bclaim(?:ed|s)?\b|\baccus(?:ed|es)\b|\ballege[sd]?\b", "claimed"),
]
_VERIFY_RES = [(re.compile(p, re.I), v) for p, v in _VERIFY]
_SPECIFIC = ("neighbourhood", "landmark", "airport", "airbase", "crossing", "district", "populated_place", "area")


@dataclass
class _Figures:
    killed: list[tuple[float, str, int]] = field(default_factory=list)  # (n, qualifier, position)
    injured: list[tuple[float, str, int]] = field(default_factory=list)
    civilians: float = np.nan

    def before(self, cut: int) -> _Figures:
        """The figures told before text position ``cut`` (a trailing clause about another event or period cut off)."""
        return _Figures([v for v in self.killed if v[2] < cut], [v for v in self.injured if v[2] < cut], self.civilians)


@dataclass
class _Event:
    etype: str
    subtype: str
    sentences: list[tuple[int, int]]
    places: list[Mention]
    date: DateFound | None = None
    figures: _Figures = field(default_factory=_Figures)
    aggregate: bool = False
    background: bool = False
    separate: bool = False  # the text says it is another incident ("In a separate incident")
    notes: list[str] = field(default_factory=list)
    seen: list[Mention] = field(default_factory=list)  # every scene mention of its sentences
    awaiting: str = ""  # told first "in the country's east" with this weapon: placed by a later sentence with it
    host: _Event | None = None  # told in a clause about another event's place ("an area where a bomber killed two")
    fallback: list[Mention] = field(default_factory=list)  # its place if no sentence of its own places it
    item: bool = False  # opened by a list item with no weapon or toll: a row only if its sentences give one
    joint: bool = False  # a total of one sentence over several places it names ("strikes in A, B and C killed 13")


# --- parsing helpers --------------------------------------------------------------------


def _num(word: str) -> float:
    w = word.lower().replace(",", "")
    if w.isdigit():
        return float(w)
    if "-" in w:
        tens, _, unit = w.partition("-")
        return float(_NUMBER_WORDS.get(tens, np.nan) + _NUMBER_WORDS.get(unit, np.nan))
    return float(_NUMBER_WORDS.get(w, np.nan))


def _sum_and(first: float, gap: str) -> float:
    """ "eight police and nine civilians were wounded" → 17; "three women and as many children" → 6."""
    total = first
    for m in _AND_NUM.finditer(gap):
        word = m.group(1).lower()
        total += first if word == "as many" else 1.0 if word in ("a", "an") else _num(m.group(1))
    return total


def _with_items(first: float, items: str) -> float:
    """``first`` and the persons of the enumeration ``items`` that follows it: each figure after "and" (:func:`_sum_and`)
    and each "a/an X" or kin in commas (``_COMMA_ONE``): "killing two soldiers, a child and three police" → 6."""
    return _sum_and(first, items + " ") + len(_COMMA_ONE.findall(items))


def _is_year(word: str, after: str) -> bool:
    return len(word) == 4 and word.isdigit() and 1900 <= int(word) <= 2100


def _search_all(pat: re.Pattern[str], s: str):
    """Matches of ``pat`` starting at every position (a match that is rejected does not hide
    a later one inside it). Bounded: sentences are at most MAX_SENTENCE characters."""
    pos = 0
    while pos < len(s):
        m = pat.search(s, pos)
        if m is None:
            return
        yield m
        pos = m.start() + 1


_WEAPON_END = re.compile(
    r"\b(?:blasts?|bombs?|bombings?|explosions?|attacks?|strikes?|airstrikes?|air strikes?|raids?|drones?|missiles?|"
    r"rockets?|shells?|mortars?|mines?|landmines?|IEDs?|grenades?)\s+$",
    re.I,
)
_WEAPON_HEAD = re.compile(
    r"(?:[\w-]+\s+){0,2}?(?:blasts|bombs|bombings|explosions|attacks|strikes|airstrikes|raids|drones|missiles|rockets|"
    r"shells|mortars|mines|landmines|IEDs|grenades)\s+(?:in|at|on|near|across|outside|inside)\s",
    re.I,
)
_OBJECT_FIGURE = re.compile(
    r"\s+(?:at least\s+|more than\s+|over\s+|some\s+)?" + _NUM + r"\s+(?:[\w-]+\s+){0,2}?" + _WHO + r"\b", re.I
)
_ATTACKER_END = re.compile(r"\b(?:bombers?|gunm[ae]n|attackers?|assailants?|militants|insurgents|terrorists)\s+$", re.I)


def _agent_subject(s: str, m: re.Match[str]) -> bool:
    """Is the figure of a "N <words> killed" match (``_K1``/``_I1``) the subject of an active verb, counting what
    killed: weapons or attacks ("two blasts killed seven", "three rockets wounded four"), or attackers with an object
    figure after the verb ("two gunmen killed three guards")? (Not "two soldiers were killed", "two militants killed".)"""
    gap = m.group(3) or ""
    verb_at = m.end(3) if m.lastindex and m.lastindex >= 3 else m.end(2)
    if not re.match(r"\s*(?:killed|wounded|injured|kill|wound|injure)\b", s[verb_at : m.end()], re.I):
        return False  # an auxiliary ("were killed") or no active verb
    if _WEAPON_END.search(gap) or _WEAPON_HEAD.match(gap):
        return True  # "two blasts killed", "two blasts in Zzkot on Monday killed nine": what killed, then where and when
    if _ATTACKER_END.search(gap) and re.match(
        r"\s+(?:at least\s+|more than\s+)?(?:" + _NUM[1:-1] + r"|an?)\s", s[m.end() : m.end() + 30], re.I
    ):
        return True
    # "five soldiers killed two militants": an object figure of persons right after the active verb
    return bool(_OBJECT_FIGURE.match(s, m.end()))


# "four were killed in X and two in Y", "five died at X, three at Y": a second figure with its place, the verb left out
_ELLIPSIS = re.compile(
    r"\b(?:killed|died|dead|martyred|lost their lives)\s+(?:in|at|near)\s+[^,.;:]{1,60}?(?:,\s+|\s+and\s+|,\s+and\s+)"
    + _QUAL
    + _NUM
    + r"\s+(?:(?:more|others?|people|persons|soldiers|policemen|civilians|militants)\s+)?(?:in|at|near)\s+(?-i:[A-Z])",
    re.I,
)
# "two soldiers – Sepoy Zzkhan and Sepoy Zzgul – embraced martyrdom": names set off by dashes between a figure and
# its verb (blanked, same length, before the figures are read)
_NAMES_ASIDE = re.compile(r"\s(?:–|—|--)\s+(?:(?:[A-Z][\w.’'-]*|and)[\s,]+){1,12}?(?:–|—|--)(?=\s)")
# "nine people – five women, three children and a man – were killed": who they were, set off by dashes between a
# figure's noun and its verb (blanked like the names)
_LIST_ASIDE = re.compile(
    r"(?<=[a-z])\s(?:–|—|--)\s[^–—.;:!?\n]{3,100}?\s(?:–|—|--)(?=\s+(?:were|was|have|has|had|died|perished|lost)\b)"
)
# "four personnel —Zzamir and Zzali of the border police and constable Zzadin were killed": names after a dash that
# is never closed, up to the verb of the figure before the dash (blanked like the names)
_OPEN_ASIDE = re.compile(
    r"(?<=[a-z])\s(?:–|—|--)\s?(?=(?-i:[A-Z]))[^–—.;:!?\n(]{3,140}?(?=\s+(?:were|have been|had been)\s+(?:killed|martyred|"
    r"shot dead|injured|wounded)\b)"
)

# "Six of the passengers (inside) were killed": a part of a group that is not itself a toll told before
_PARTITIVE = re.compile(
    # ("three of the governor's bodyguards were killed": a group by its owner)
    r"\s+of\s+(?:the\s+|(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+['’]s\s+)(?!(?:dead|killed|wounded|injured|victims|casualties|deceased|fatalities|bodies|martyrs|attackers)\b)"
    r"[a-z-]+(?:\s+(?:inside|aboard|on board))?\s+were\s",
)
# a relative clause of a campaign's running toll, up to its verb: "the offensive in X, which officials said has killed"
_CAMPAIGN_TOLL = re.compile(
    # "the 20th such strike this year, in which about 150 people have been killed": the running toll of such attacks
    r"\bsuch\s+(?:[\w-]+\s+){1,4}?(?:this|last|so far this)\s+(?:year|month|week),?\s+in\s+which\s+(?:[\w-]+\s+){0,2}?$|"
    r"\b(?:operation|offensive|campaign)\b[^.;,]{0,40},? which (?:[\w-]+ ){0,4}?(?:has|have) (?:so far |now |already )?$|"
    # "the commander later said the operation had been a success with more than 500 rebels killed": a past campaign's
    r"\b(?:operation|offensive|campaign)\s+had\s+been\b[^.;]{0,60}?\bwith\s+(?:more than |at least |over |some |about |nearly )?$",
    re.I,
)
# "... since a suicide bomber killed", "since 60 people were killed": a toll told after "since", an earlier event's
_SINCE_KILLED = re.compile(r"\bsince\s+(?:(?:a|an|the|last\s+\w+[’']s)\s+(?:[\w-]+\s+){0,4}?)?$", re.I)
_ACRONYM_ASIDE = re.compile(r"(?<=[A-Za-z)])\s\((?-i:[A-Z][A-Za-z&]{1,7})\)(?=[\s,])")


# "left N ...": the words after the figure (or after the items of its enumeration) that say what N were left
_SEVERITY = r"(?:(?:seriously|critically|severely|badly)\s+)?"
# an aside in commas or dashes before the word ("left six soldiers — names — martyred")
_LEFT_ASIDE = r"(?:,[^,.;:]{1,60},?\s+|(?:–|—|--)[^–—.;:]{1,200}?(?:–|—|--)\s*)?"
# "left eight security personnel injured", "left five people, including a woman and a child, injured"
_LEFT_INJURED = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:,[^,.;:]{1,60},\s+)?" + _INJ_WORDS + r"\b", re.I)
_LEFT_DEAD = re.compile(r"\s*(?:[\w-]+\s+){0,3}?" + _LEFT_ASIDE + r"[“\"‘']?(?:dead|killed|martyred|lifeless)\b", re.I)
_LEFT_HURT = re.compile(r"\s*(?:[\w-]+\s+){0,3}?" + _LEFT_ASIDE + _SEVERITY + _INJ_WORDS + r"\b", re.I)
_HURT_NEXT = re.compile(r"\s*" + _SEVERITY + _INJ_WORDS + r"\b", re.I)
_THEN_HURT_N = re.compile(r"\s+and\s+(?:injured|wounded|injuring|wounding)\s+" + _QUAL + _NUM + r"\s", re.I)
_OR_HURT = re.compile(r"\s+(?:or|and/or)\s+(?:wounded|injured|hurt)\b", re.I)

# "Earlier reports had put the toll at 15", "the agency had earlier reported that seven died": a superseded count, a
# lower bound only when no other figure is given (not after "but", "later", "revised", "rose" ...: the newer count)
_EARLIER_REPORT = re.compile(
    r"\b(?:earlier|initial|previous)\s+(?:reports?|versions?|figures?|tolls?|accounts?)\b|"
    r"\b(?:earlier|initially|previously)\s+(?:been\s+)?(?:reported|said|put|stated|claimed|told)\b",
    re.I,
)
_NEWER_COUNT = re.compile(r"\b(?:but|however|later|now|revised|rose|risen|raised|updated|corrected)\b", re.I)

# "several other people were also killed, including ...": the list after a vague figure bounds it below
_VAGUE_INCLUDING = re.compile(r",?\s+including\s+([^.;:()\"“”]{1,120})", re.I)

_SEPARATE_CLAUSE = re.compile(
    r"\bseparate\s+(?:[\w-]+\s+)?(?:incident|attack|shooting|blast|bombing|explosion|strike|airstrike|ambush|clash|raid)s?\b",
    re.I,
)


def _figures(s: str, offset: int) -> _Figures:
    if "–" in s or "—" in s or "--" in s:
        s = _NAMES_ASIDE.sub(lambda m: " " * len(m.group(0)), s)
        s = _LIST_ASIDE.sub(lambda m: " " * len(m.group(0)), s)
        s = _OPEN_ASIDE.sub(lambda m: " " * len(m.group(0)), s)
    if "(" in s:
        # "Six personnel of the Army and Frontier Corps (FC) were martyred": an acronym in brackets is no word of the gap
        s = _ACRONYM_ASIDE.sub(lambda m: " " * len(m.group(0)), s)
    f = _Figures()
    spans: list[tuple[int, int]] = []
    also_at: set[int] = set()  # "... seven militants, but two soldiers also lost their lives": two more
    for pat, target in (
        (_K1, f.killed),
        (_K3, f.killed),
        (_K2, f.killed),
        (_K4, f.killed),
        (_K5, f.killed),
        (_I1, f.injured),
        (_I2, f.injured),
    ):
        for m in _search_all(pat, s):
            if any(a <= m.start() < b for a, b in spans):
                continue
            qual, word = m.group(1), m.group(2)
            gap = m.group(3) if pat in (_K1, _I1) and m.lastindex and m.lastindex >= 3 else ""
            # "four civilians including two women were killed" (not "146 casualties, including 42 deaths")
            subset = bool(gap) and bool(_SUBSET_GAP.match(gap)) and "casualties" not in gap.lower()
            summed = bool(gap) and not subset and bool(_SUM_GAP.match(gap))  # "three soldiers and two police were"
            if (
                gap
                and not subset
                and not summed
                # ("five members of one family were killed": "of one" a determiner, no figure)
                and (re.search(r"\band\s+$", gap) or re.search(_NUM + r"\s", re.sub(r"\bof one\s", "of a ", gap), re.I))
            ):
                continue  # "seven people and injured three": the verb starts another clause
            if pat is _K1 and word.lower() == "one" and re.search(r"\bof\s+$", s[max(0, m.start(2) - 4) : m.start(2)], re.I):
                continue  # "five members of one family were killed": the family's, not one killed
            if pat in (_K1, _K2) and _CAMPAIGN_TOLL.search(s, max(0, m.start() - 120), m.start()):
                continue  # "the offensive in X, which officials said has killed 115 insurgents, struck ...": its running toll
            if pat is _I1 and re.match(r"\s+(?:later\s+|also\s+)?(?:died|succumbed|perished)\b", s[m.end() : m.end() + 20]):
                continue  # "two of the wounded later died": deaths, not the injured
            if (
                pat is _K1
                and re.search(
                    r"\b(?:bringing|raising|taking|pushing|brought|raised|took|pushed)\s+to\s+$",
                    s[max(0, m.start() - 14) : m.start()],
                    re.I,
                )
                and re.search(r"\b(?:(?:this|last|past) (?:week|month|year)|since|so far)\b", s[m.end() : m.end() + 80], re.I)
                # (a running toll that names its country or region stays: that place's total, an aggregate row)
                and not re.search(r"\b(?:killed|died|dead)\s+(?:in|across)\s+(?-i:[A-Z])", s[m.end(2) : m.end() + 40])
            ):
                continue  # "bringing to 40 the number killed in the province this month": a period's running toll
            if (
                pat in (_K1, _I1)
                and re.search(r"\bamong (?:them|whom)\s+$", s[max(0, m.start() - 14) : m.start()], re.I)
                # (but "caused 30 casualties, among them 12 dead": the dead of the casualties)
                and not re.search(r"\bcasualties,?\s+among (?:them|whom)\s+$", s[max(0, m.start() - 40) : m.start()], re.I)
            ):
                continue  # "14 people, among them 12 members of a family, were killed": a part of the figure before
            if pat in (_K1, _K2) and _SINCE_KILLED.search(s, max(0, m.start() - 60), m.start()):
                continue  # "the deadliest attack since a bombing killed 60 in May": an earlier event's toll, compared
            if pat is _K1 and re.search(r"\bone of (?:the|his|her|their)\s+$", s[max(0, m.start() - 20) : m.start()], re.I):
                continue  # "one of the three children died": the one (_ONE_KILLED), not the three
            if word.lower() == "one" and re.search(r"\bno\s+$", s[max(0, m.start(2) - 4) : m.start(2)], re.I):
                continue  # "no one was killed": no toll
            if MONTH_BEFORE.search(s[max(0, m.start(2) - 12) : m.start(2)]):
                continue  # "June 18 - six militants were killed": a date, not a toll
            if (
                _is_year(word, s[m.end(2) : m.end(2) + 3])
                or re.match(
                    r"\s*(?:(?:am|pm|a\.m|p\.m|km|kilomet\w*|percent|per cent|GMT|PKT|IST|hrs|hours|minutes|"
                    r"days?|weeks?|months?|years?|yrs)\b|%)",
                    s[m.end(2) : m.end(2) + 9],
                    re.I,
                )
                or s[max(0, m.start(2) - 1) : m.start(2)] == ":"
                or re.search(r"\bage[d:]?\s*$", s[max(0, m.start(2) - 6) : m.start(2)], re.I)
            ):
                continue  # a year, a time ("2:30 GMT"), a distance, a share, an age ("age 29 years")
            if pat in (_K1, _I1) and re.search(r"\b(?:killed|injured|wounded|dead|martyred|hurt|injuries)\b", gap or "", re.I):
                continue  # the gap crossed another figure's verb
            if pat is _K4 and re.search(r"\bcasualt", m.group(3) or "", re.I):
                continue  # "20 casualties, including five dead": the 20 are the dead and the hurt, the five are killed
            if pat is _K4 and re.search(r"\b(?:injured|wounded|hurt)\b", m.group(3) or "", re.I):
                continue  # "six people including a commander were wounded and one guard was killed": the six were hurt
            # "a district chief along with two guards was killed": the singular verb is the one's, the N go along
            along = pat in (_K1, _I1) and _ALONG_BEFORE.search(s, max(0, m.start() - 30), m.start()) is not None
            along_one = (
                along
                and pat is _K1
                and re.search(r"\s(?:was|were|has been|have been)\s", s[m.end(2) : m.end()]) is not None
                and not re.search(r"\band\b", gap, re.I)
            )
            if along and not along_one:
                continue  # "was killed along with 14 fighters and several others were wounded": the 14 were killed
            if pat in (_K1, _I1) and _agent_subject(s, m):
                continue  # "two coordinated blasts killed seven people": the figure counts what killed, not the dead
            if re.search(r"\bamong (?:the|those) (?:dead|killed)", m.group(0), re.I):
                n = _num(word)
                if _CIVIL.search(gap or "") and not np.isnan(n):
                    f.civilians = n if np.isnan(f.civilians) else max(f.civilians, n)
                continue  # "two children were among the dead": who died, not how many
            one_and = (
                pat in (_K1, _I1)
                and re.match(r"(?:others?|other\s|of\s+(?:his|her|their)\s)", (gap or s[m.end(2) + 1 : m.end(2) + 12]), re.I)
                is not None
                and (
                    _ROLE_AND_OTHER.search(s, max(0, m.start() - 80), m.start()) is not None
                    # "Khan and two of his guards": one name alone, then N of his or her own
                    or re.match(r"of\s+(?:his|her)\s", gap or s[m.end(2) + 1 : m.end(2) + 12], re.I) is not None
                    and _NAME_AND.search(s, max(0, m.start() - 40), m.start()) is not None
                )
            )  # "the police chief and two other policemen", "Zar Wali and three of his guards": the one and N
            # "the shadow governor of the group and other 4 fighters were killed": one person, then "and other" N
            other_n = (
                pat is _K1
                and re.search(r"\band\s+other\s+$", s[max(0, m.start() - 12) : m.start()]) is not None
                and re.search(r"\b" + _NUM + r"\b|\d", s[max(0, m.start() - 80) : m.start() - 10], re.I) is None
            )
            one_and = one_and or other_n
            if (
                pat is not _K2
                and word.lower() not in _VAGUE
                and re.match(r"\s+of\b", s[m.end(2) : m.end(2) + 4])
                and not (one_and and re.match(r"\s+of\s+(?:his|her|their)\s", s[m.end(2) : m.end(2) + 12]))
                and not (pat is _K1 and _num(word) >= 2 and _PARTITIVE.match(s, m.end(2)))
            ):
                continue  # "one of the fighters killed" (but "clashes that killed 15 of the insurgents": 15)
            if (
                pat is not _K2
                and target is f.killed
                and re.match(r"\s+(?:or|and)\s+(?:wounded|injured)", s[m.end() : m.end() + 14], re.I)
            ):
                continue  # "killed or wounded": casualties, not deaths
            n = _num(word)
            if np.isnan(n):
                continue
            n = _sum_and(n, gap) if summed else n
            counted = False  # "several others were also killed, including his driver and at least six guards": 7 or more
            if word.lower() in _VAGUE and target is f.killed and (inc := _VAGUE_INCLUDING.match(s, m.end())):
                k = _included_count(inc.group(1))
                counted = k > n
                n = max(n, k)
            if (
                pat in (_K1, _I1)
                and (_ONE_AND.search(s[: m.start()]) or _ONE_AND_CLAUSE.search(s, max(0, m.start() - 60), m.start()) or one_and)
                or along_one
            ):
                n += 1  # "the police chief of X, Name, and five policemen died": the chief and five
            if subset and target is f.killed:
                inner = _INCLUDING.search(gap + " ")
                if inner and not np.isnan(_num(inner.group(1))) and _CIVIL.search(gap[: inner.start()]) is None:
                    f.civilians = max(_num(inner.group(1)), 0 if np.isnan(f.civilians) else f.civilians)
            # the items of an enumeration after the figure ("killing two soldiers, three police and an interpreter")
            items = _FIRST_THEN_MORE.match(s, m.end(2)) if pat in (_K2, _I2) else None
            left = pat in (_K2, _I2) and m.group(0).lower().startswith(("left", "leaving"))
            ends = (m.end(), items.end()) if items else (m.end(),)
            dead = [d for e in ends if (d := _LEFT_DEAD.match(s[e : e + 240]))]
            # "left over 30 dead and injured more than 60 others": the dead, then a verb of injury with its own figure
            dead_then_hurt = left and any(_THEN_HURT_N.match(d.string, d.end()) for d in dead)
            if left and pat is _K2 and not dead_then_hurt and any(_LEFT_INJURED.match(s[e : e + 100]) for e in ends):
                continue  # "left eight security personnel injured": injured (_I1 counts it), not killed
            if left and pat is _K2 and not dead:
                continue  # "the attack also left at least 19 civilians who were taken to hospital": no word of death
            if left and any(_OR_HURT.match(d.string, d.end()) for d in dead):
                continue  # "left 30 people, including women, killed or wounded": casualties, neither deaths nor injured
            if (
                left
                and pat is _I2
                and not _LEFT_HURT.match(s[m.end() : m.end() + 240])
                and not (items and _HURT_NEXT.match(s[items.end() :]))
            ):
                continue  # "the blast left 30 shops in ruins": no word of injury
            if items:
                n = _with_items(n, items.group(0))  # "killing two soldiers, three police and an interpreter"
            elif pat is _K2 and _AND_THEIR_KIN.match(s, m.end(2)):
                n += 1  # "killed two brothers and their cousin": 3
            elif pat in (_K1, _I1) and gap and _GAP_THEIR_KIN.search(gap):
                n += 1  # "two brothers and their cousin were shot dead": 3
            q = (qual or "").lower() or ("at least" if word.lower() in _VAGUE else "")
            if target is f.killed and (
                not other_n
                and re.search(r"\b(?:another|other)\s+$", s[max(0, m.start() - 12) : m.start()])
                or re.search(r"\b(?:others|more)\b", gap or "", re.I)
                or re.search(r"\sanother\s", s[m.start() : m.start(2)], re.I)  # "killed another five"
            ):
                q = "additional"
            earlier = _EARLIER_REPORT.search(s, max(0, m.start() - 100), m.start())
            if earlier and not _NEWER_COUNT.search(s, earlier.end(), m.start()):
                q = "vague"  # "the agency had earlier reported that seven died": a superseded count
            if counted and q != "additional":
                q = "at least"
            target.append((n, "vague" if word.lower() in _VAGUE and not counted else q, offset + m.start()))
            spans.append((m.start(), m.end()))
            if pat is _K1 and q != "additional" and re.search(r"\balso\b", s[m.end(2) : m.end()], re.I):
                also_at.add(offset + m.start())
            if target is f.killed and np.isnan(f.civilians):
                who = (gap or "") + (
                    m.group(m.lastindex) if pat is _K2 and m.lastindex and m.lastindex >= 3 and m.group(m.lastindex) else ""
                )
                if _CIVIL.search(who):
                    f.civilians = n
    if f.killed and (more := _ELLIPSIS.search(s)) and not any(v[2] == offset + more.start(2) for v in f.killed):
        # "four were killed in X and two in Y": the verb of the first clause left out of the second
        n_more = _num(more.group(2))
        if not np.isnan(n_more):
            f.killed.append((n_more, (more.group(1) or "").lower(), offset + more.start(2)))
    if also_at:
        # a figure said "also" killed after another killed figure of the same sentence adds to it
        f.killed = [(v[0], "additional", v[2]) if v[2] in also_at and any(u[2] < v[2] for u in f.killed) else v for v in f.killed]
    if not f.killed and (two := _TWO_ONES.search(s) or _two_ones_ranked(lexicon_dir()).search(s)):
        f.killed.append((2.0, "", offset + two.start()))
    elif not f.killed and (named := _named_ranked(lexicon_dir()).search(s)):
        f.killed.append((float(_ranked_count(named)), "", offset + named.start()))
    if not f.killed and (one := _ONE_KILLED.search(s) or _KILLED_ONE.search(s)):
        n_one = 1.0
        if one.re is _KILLED_ONE and (more := _AND_OTHERS.match(s, one.end())):
            n_one += _num(more.group(1))  # "killing a former commander and two others": 3
        elif one.re is _KILLED_ONE and (items := _MORE_ITEMS.match(s, one.end())):
            n_one = _with_items(n_one, items.group(0))  # "killing the police chief and a guard": 2
        elif one.re is _KILLED_ONE and (kin := _KIN_ITEMS.match(s, one.end())):
            # "killing a man, his wife and their three children": the one, each kin in commas, then the last item
            n_last = _num(kin.group(2)) if kin.group(2) and kin.group(2).lower() not in ("a", "an") else 1.0
            n_one += kin.group(1).count(",") + (0.0 if np.isnan(n_last) else n_last)
        elif one.re is _KILLED_ONE and (kin := _KIN_COMMAS.match(s, one.end())):
            n_one += kin.group(1).count(",") + bool(kin.group(2))  # "killing him, his driver and wounding two": 2
        elif one.re is _KILLED_ONE and _AND_KIN.match(s, one.end()):
            n_one += 1  # "killing student Abidullah and his sister": 2
        f.killed.append((n_one, "", offset + one.start()))
        if (
            one.re is _ONE_KILLED
            and (second := _ONE_KILLED.search(s, one.end())) is not None
            and _CLAUSE_BREAK.search(s, one.end(), second.start()) is not None
            # (not "..., and later in the day, a former district chief in Y was gunned down": another event)
            and not re.search(
                r"\b(?:later|earlier|meanwhile|separately|separate|another|elsewhere)\b", s[one.end() : second.start()], re.I
            )
        ):
            # "a policeman died in the first incident while the second left a civilian dead": one more in a clause of its own
            f.killed.append((1.0, "additional", offset + second.start()))
    elif not f.killed and (named := _NAMED_AND_OTHERS.search(s)) and (more := _AND_OTHERS.match(s, named.end())):
        f.killed.append((1 + _num(more.group(1)), "", offset + named.start()))  # "killed Haji Zar Wali and three others"
    elif not f.killed and (named := _killed_named(lexicon_dir()).search(s)):
        f.killed.append((1.0, "", offset + named.start()))  # "gunmen killed Judge Zzabid Khan on Sunday"
    elif not f.killed and (named := _NAMED_APPOSITIVE.search(s)):
        f.killed.append((1.0, "", offset + named.start()))  # "gunmen killed Zzahid Khan, a local journalist, in X"
    elif f.killed and (one := _ONE_KILLED.search(s)) and not _clause_has(s, one, f.killed, offset):
        # "a brigadier was martyred in X while three soldiers were killed in Y": one death in a clause of its own
        f.killed.append((1.0, "", offset + one.start()))
    if (kin_n := _WITH_KIN_AND_N.search(s)) and not _clause_has(s, kin_n, f.injured, offset):
        # "died with his driver and two bodyguards": one more, then N more; with no figure before, the one who died too
        if f.killed:
            f.killed.append((1.0 + _num(kin_n.group(1)), "additional", offset + kin_n.start()))
        else:
            f.killed.append((2.0 + _num(kin_n.group(1)), "", offset + kin_n.start()))
    elif (
        f.killed
        and (also := _ALONG_WITH.search(s) or _DIED_WITH_N.search(s))
        and all(v[2] != offset + also.start(also.lastindex or 0) for v in f.killed)
    ):
        # "killed X along with his nine aides"; "was killed along with another person": one more
        extra = _num(also.group(1)) if also.group(1) else 1.0
        f.killed.append((extra, "additional", offset + also.start(also.lastindex or 0)))
    elif f.killed and (kin := _ALONG_KIN.search(s)) and not _clause_has(s, kin, f.injured, offset):
        # "killed a district official along with his driver and guard": one more for each person named by role
        f.killed.append((1.0 + bool(kin.group(1)), "additional", offset + kin.start()))
    elif f.killed and (ones := _ALONG_ONES.search(s)) and not _clause_has(s, ones, f.injured, offset):
        # "killing him along with a colleague and a bodyguard": one more for each person named one by one
        n_ones = 1.0 + len(re.findall(r",\s+|\sand\s", ones.group(0)))
        f.killed.append((n_ones, "additional", offset + ones.start()))
    if not f.injured and (two := _TWO_HURT.search(s)):
        f.injured.append((2.0, "", offset + two.start()))
    if not f.injured and (one := _ONE_INJURED.search(s)):
        n_hurt = 1.0
        if one.group(0).lower().startswith(("injur", "wound", "hurt", "maim")):
            if items := _MORE_ITEMS.match(s, one.end()):
                n_hurt = _with_items(n_hurt, items.group(0))  # "wounded a policeman and two civilians": 3
            elif _AND_KIN.match(s, one.end()):
                n_hurt += 1  # "injured the district police chief and his guard": 2
        f.injured.append((n_hurt, "", offset + one.start()))
    if f.killed and (as_many := _AS_MANY.search(s)) and not f.injured:
        f.injured.append((f.killed[0][0], "", offset + as_many.start()))
    inc = _INCLUDING.search(s)
    if inc and f.killed:
        n = _num(inc.group(1))
        if not np.isnan(n) and (np.isnan(f.civilians) or n > f.civilians):
            f.civilians = n
    if f.killed and np.isnan(f.civilians) and re.search(r"\b(?:were|are) (?:all )?(?:women and children|civilians)\b", s, re.I):
        f.civilians = f.killed[0][0]
    if ";" in s:
        # headline "Grenade attack injures six in X; separate shooting leaves four dead": a clause after a semicolon
        # about a separate event holds that event's figures, not this one's
        for sep in _SEPARATE_CLAUSE.finditer(s):
            lo = s.rfind(";", 0, sep.start())
            if lo < 0:
                continue
            hi = s.find(";", sep.end())
            lo, hi = offset + lo, offset + (len(s) if hi < 0 else hi)
            f.killed = [v for v in f.killed if not lo <= v[2] < hi]
            f.injured = [v for v in f.injured if not lo <= v[2] < hi]
    return f


def _included_count(items: str) -> float:
    """The persons an "including" list counts ("his driver and at least six guards": 7); 0 without a figure of two or more."""
    total, figure = 0.0, False
    for item in re.split(r",\s*(?:and\s+)?|\s+and\s+", items.strip()):
        if m := re.match(r"(?:(?:at least|more than|over|some|about|around|nearly)\s+)?" + _NUM + r"\s", item + " ", re.I):
            n = _num(m.group(1))
            if np.isnan(n):
                break
            total += n
            figure = figure or n >= 2
        elif re.match(r"(?:an?|one|the|his|her|their|its)\s|(?-i:[A-Z])", item, re.I):
            total += 1
        else:
            break
    return total if figure else 0.0


def _clause_has(s: str, m: re.Match[str], figures: list[tuple[float, str, int]], offset: int) -> bool:
    """Does the clause of ``s`` around match ``m`` hold one of ``figures`` (positions in the text)?"""
    lo = max((b.end() for b in _CLAUSE_BREAK.finditer(s, 0, m.start())), default=0)
    nxt = _CLAUSE_BREAK.search(s, m.end())
    hi = nxt.start() if nxt else len(s)
    return any(offset + lo <= v[2] < offset + hi for v in figures)


def _firm(vals: list[tuple[float, str, int]]) -> list[tuple[float, str, int]]:
    """The figures that count someone on their own (not "dozens", not "N more" added to another)."""
    return [v for v in vals if v[1] not in ("vague", "additional")]


def _range(vals: list[tuple[float, str, int]]) -> tuple[float, float, float]:
    """(min, best, max) of the figures given for one event."""
    # "10 more killed in second strike ... At least 10 more people were killed": figures before the event's first own
    # figure are its own, whatever "more" they are than an earlier event's; only a figure after one of its own adds to it
    firsts = _firm(vals)
    vals = [(v[0], "", v[2]) if v[1] == "additional" and not any(u[2] < v[2] for u in firsts) else v for v in vals]
    extra = sum(v[0] for v in vals if v[1] == "additional")
    firm = _firm(vals)
    use = firm or [v for v in vals if v[1] != "additional"]
    if not firm and all(v[0] <= _NUMBER_WORDS["several"] for v in use):
        # "an airstrike killed several insurgents" alone: no figure (not "at least 3"); "dozens" still bounds below
        use = []
    if not use:
        return (np.nan, np.nan, np.nan) if not extra else (extra, extra, extra)
    if extra:
        # "X was killed along with three others" adds to the figure it follows (the one before it in the text),
        # not to a figure another sentence gives ("... among the four killed": 1 + 3 and 4, not 4 + 3)
        add = {i: 0.0 for i in range(len(use))}
        for v in vals:
            if v[1] == "additional":
                before = [i for i, u in enumerate(use) if u[2] < v[2]]
                to = max(before, key=lambda i: use[i][2]) if before else 0
                if any(u[2] > v[2] and u[0] >= max(use[to][0], v[0]) and u[0] != use[to][0] + v[0] for u in firm):
                    # "Death toll rises to 43 ... three more died. The toll has now reached 43": a toll told again
                    # after the "more", no smaller than the one they would add to, already counts them (not one
                    # that is their sum: "X was killed along with three others ... among the four killed")
                    continue
                add[to] += v[0]
        use = [(u[0] + add[i], u[1], u[2]) for i, u in enumerate(use)]
    nums = [v[0] for v in use]
    # the largest figure; of equal ones a plain figure ("at least 45 ... 45 rebels were killed": 45)
    best_n, best_q, _ = max(use, key=lambda v: (v[0], v[1] == ""))
    if len(set(nums)) > 1 and best_q in ("more than", "over"):
        # "killing over 100 raiders ... left at least five soldiers dead": the best is at least 101, never 100
        best_n += 1
        nums = [*nums, best_n]
    lo = min(nums)
    hi = max(nums)
    if len(set(nums)) == 1:
        q = best_q
        if q in ("at least", "some", "vague"):
            return (best_n, np.nan, np.nan)
        if q in ("more than", "over"):
            return (best_n + 1, np.nan, np.nan)
        if q in ("up to", "as many as"):
            return (np.nan, np.nan, best_n)
        if q in ("nearly", "almost", "about", "around"):
            return (np.nan, best_n, np.nan)
    return (lo, best_n, hi)


def _toll_per_clause(s: str, a: int, places: list[Mention], figs: _Figures) -> bool:
    """Does each clause of sentence ``s`` (at ``a`` in the text) with a killed figure name a place of its own,
    in two clauses or more ("the strikes in X killed 3, while the airstrike in Y left 10 dead")? Then the
    sentence lists events, it does not total them."""
    cuts = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(s)), len(s)]
    told = 0
    for lo, hi in zip(cuts, cuts[1:]):
        tolls = [v for v in figs.killed if a + lo <= v[2] < a + hi]
        here = [m for m in places if a + lo <= m.start < a + hi]
        if tolls and (len({v[0] for v in tolls}) > 1 or not here or _unrelated(here)):
            return False
        told += bool(tolls)
    return told >= 2


_LIST_JOIN = re.compile(r"(?:,\s*|\s+)(?:and\s+|&\s+)?(?:the\s+)?", re.I)
_SPOT_KINDS = ("populated_place", "neighbourhood", "area", "landmark")


def _one_list_of_spots(text: str, places: list[Mention]) -> bool:
    """Are ``places`` villages or areas named in one list ("outposts in Yak Linga and Zzkot villages")?
    One attack on several spots: one event listing them, not a total over events (provinces and
    districts listed together may be several events: "strikes in Khost and Kunar provinces")."""
    spots = sorted(places, key=lambda m: m.start)
    # an unresolved name is a spot the gazetteer lacks, located at its container
    if len(spots) < 2 or any(m.place is None or m.place.kind not in _SPOT_KINDS and m.status != "unresolved" for m in spots):
        return False
    return all(_LIST_JOIN.fullmatch(text, x.end, y.start) for x, y in zip(spots, spots[1:]))


_ELSEWHERE_CLAUSE = re.compile(
    r"\b(?:in other violence|elsewhere|(?:around|across) the country|in other (?:parts|provinces|districts|areas))\b", re.I
)


def _without_elsewhere(f: _Figures, s: str, a: int) -> _Figures:
    """The figures of sentence ``s`` (at ``a``) without those of a later clause about violence elsewhere ("a bomber
    wounded six in Kabul, while 15 people were killed in other violence around the country": not Kabul's 15)."""
    if not (f.killed or f.injured) or not _ELSEWHERE_CLAUSE.search(s):
        return f
    cuts = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(s)), len(s)]
    away = [(a + lo, a + hi) for lo, hi in zip(cuts[1:], cuts[2:]) if _ELSEWHERE_CLAUSE.search(s, lo, hi)]
    if not away:
        return f
    f.killed = [v for v in f.killed if not any(lo <= v[2] < hi for lo, hi in away)]
    f.injured = [v for v in f.injured if not any(lo <= v[2] < hi for lo, hi in away)]
    return f


def _restates(cur: _Event | None, places: list[Mention], figs: _Figures) -> bool:
    """Does a sentence over several places restate the current event: the same killed figure, at places inside
    the event's ("45 militants were killed as planes struck districts in Badakhshan ... airstrikes on the Taliban
    in Wardoj, Yamgan and Zzdara districts ... 45 rebels have been killed")? Then it names that event's places."""
    if cur is None or cur.aggregate or not cur.places or not cur.figures.killed or not figs.killed or not places:
        return False
    if {v[0] for v in figs.killed} != {v[0] for v in cur.figures.killed}:
        return False
    return all(any(_finer(p, q) or _related(p, q) for q in cur.places) for p in places if p.place is not None)


def _cue(s: str):
    for pat, etype, sub in _CUE_RES:
        if pat.search(s):
            return etype, sub
    return None


# after . ! ? (or a quote closing them), or a quote not closing a clause with a comma ("…,” the official said)
_SENTENCE_BREAK = re.compile(
    r"(?:(?<=[.!?])(?<!\bU\.S\.)(?<!\bU\.N\.)(?<!\bGov\.)(?<!\bGen\.)(?<!\bCol\.)(?<!\bLt\.)"
    r"(?<!\bMaj\.)(?<!\bCapt\.)(?<!\bBrig\.)(?<!\bSgt\.)(?<!\bDr\.)(?<!\bMr\.)"
    r"(?<!\b[A-Z]\.[A-Z]\.)|"  # initials: "D.I. Khan", "N.W. Frontier"
    r"(?<=[.!?][”\"’])|(?<=[^,][”\"]))\s+(?=[A-Z“\"‘(])|"
    # a line break before a lowercase word is a hard-wrapped line's, inside a sentence ("in Zzkot,\na town in ...")
    r"\n+(?![a-z])|"
    r",\s+(?=(?:a|one|two|three) days? (?:after|before) (?:a|an|the)\b)"
)


# "Soldiers stand guard in X, July 2, 2014. — Reuters/File", "A damaged car. — Photo by Y": a photo's caption
# ... or a slash and the agency after the caption's last sentence: "Police at the site in X, May 2, 2018. / Agency"
_CAPTION_CREDIT = re.compile(
    r"(?:\s[—–-]\s*(?:[A-Z][\w.]*(?:\s[A-Z][\w.]*)?/File(?:\s+Photo)?|Photo(?:\s+by|:)\s[^\n]{1,40})|[.”\"]\s*/\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?"
    # "... on May 3, 2019. JOHN DOE/AFP/Getty Images": a photographer's name and the agency after a slash
    r"|[.”\"]\s+(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*/[A-Z][\w.]*(?:[ /][A-Z][\w.]*){0,3})\s*$"
)
# "Guards at a checkpoint in X on May 2, 2018. — AFP", "The scene of the blast.—Agency Photo": a short paragraph
# closed by a dash and an agency alone is a caption too, unless it is the report's last paragraph (a wire credit)
_CAPTION_AGENCY = re.compile(r"[.”\"]\s*[—–]\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\s*$")
# "A soldier, center, secures a police station ...": who is where in a picture, said between commas
_CAPTION_POSITION = re.compile(
    r",\s+(?:(?:second|third|far)\s+)?(?:center|centre|left|right|top|bottom|foreground|background)"
    r"(?:\s+(?:left|right))?,\s+[a-z]"
    # "A police officer (L) collects information ...", "Soldiers (2nd R) patrol ...": the wire's picture positions
    r"|\s\((?:\d(?:st|nd|rd|th)\s+)?[LRC]\)\s+[a-z]"
)


def _caption(text: str, a: int, b: int) -> bool:
    """Is the span ``a:b`` in a paragraph ending with a photo credit (an archive "— Reuters/File" or "— Photo by X"), or
    one that places someone in a picture ("A soldier, center, secures a post in X")?
    A caption tells what a picture shows, often on another day: no event, date or toll of the report."""
    end = text.find("\n", b)
    end = len(text) if end < 0 else end
    start = text.rfind("\n", 0, a) + 1
    if end - start > 400:
        return False
    if _CAPTION_CREDIT.search(text, start, end) or _CAPTION_POSITION.search(text, start, end):
        return True
    return bool(_CAPTION_AGENCY.search(text, start, end)) and bool(text[end:].strip())


_LIST_MARK = re.compile(r"\s*(?:--|[-–—•▪*])\s+(?=\S)")


def _list_item(text: str, a: int) -> bool:
    """Does the sentence at ``a`` open a line with a list mark ("-- ", "• ", "- "): an item of a round-up?"""
    start = text.rfind("\n", 0, a) + 1
    m = _LIST_MARK.match(text, start)
    return m is not None and m.end() >= a - 1 and not text[start : min(a, m.start())].strip()


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    # a clause "..., a day after a Taliban attack in Uruzgan killed 21" reports another event: its own span
    for m in _SENTENCE_BREAK.finditer(text):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    out = []
    for a, b in spans:
        while b - a > MAX_SENTENCE:  # no sentence breaks: cut at a space so each piece stays small
            cut = text.rfind(" ", a + MAX_SENTENCE // 2, a + MAX_SENTENCE)
            cut = cut if cut > a else a + MAX_SENTENCE
            out.append((a, cut))
            a = cut
        if text[a:b].strip():
            out.append((a, b))
    return out


_WHILE = re.compile(r",\s+while\s+")


def _dated_clauses(text: str, sents: list[tuple[int, int]], published) -> tuple[list[tuple[int, int]], set[int]]:
    """Sentences with the clauses of two dated tolls apart ("A Wednesday strike killed five, while another three
    died in an October 27 attack"), and the starts of such second clauses."""
    out, second = [], set()
    for a, b in sents:
        m = _WHILE.search(text, a, b) if published is not None else None
        if m is not None:
            x, y = text[a : m.start()], text[m.end() : b]
            dx, dy = date_in(x, published), date_in(y, published)
            if (
                dx is not None
                and dy is not None
                and not dx.bound
                and not dy.bound
                and dx.date != dy.date
                and _figures(x, a).killed
                and _figures(y, m.end()).killed
            ):
                out += [(a, m.start()), (m.end(), b)]
                second.add(m.end())
                continue
        out.append((a, b))
    return out, second


def _repeats(figs: _Figures, held: _Figures) -> bool:
    """Every death toll of ``figs`` is one ``held`` already has: a restatement ("... by killing 10
    terrorists" after "At least 10 terrorists were also killed" of a cited event)."""
    vals = {v for v, *_ in held.killed}
    return bool(figs.killed) and not figs.injured and all(v in vals for v, *_ in figs.killed)


_PLURAL_EVENTS = re.compile(r"\b(?:attacks|blasts|strikes|airstrikes|incidents|clashes|bombings|raids|explosions)\b", re.I)


_BACK_REFERENCE = re.compile(r"\b(?:the|these|those|both|its|their|this|that|such)\s+(?:[\w-]+\s+)?$", re.I)


def _larger_total(s: str, specific: list[Mention], figs: _Figures, cur: _Event | None) -> bool:
    """Is a toll of sentence ``s`` a total over events the text does not place: plural events not referred back to
    ("a series of attacks across the country left around 100 dead", "violence ... with suicide attacks and roadside
    bombs, 3,021 killed"; not "the strikes killed 12"), no place of the sentence's own finer than a country, and a
    killed figure larger than any the current event has? Then it is no figure of that event."""
    if specific or cur is None or cur.aggregate or not cur.figures.killed or not figs.killed:
        return False
    # (the event's counted figures, not a vague "dozens" of a headline, when it has any)
    held = _firm(cur.figures.killed) or cur.figures.killed
    if max(v[0] for v in figs.killed) <= max(v[0] for v in held):
        return False
    return any(not _BACK_REFERENCE.search(s[max(0, m.start() - 30) : m.start()]) for m in _PLURAL_EVENTS.finditer(s))


# "the deadliest attack since 2006", "the first such strike since January": a comparison, not a period's total
_COMPARED = re.compile(r"\b(?:deadliest|worst|bloodiest|biggest|largest|highest|first|most\s+\w+)\b(?:\s+[\w-]+){0,5}?\s+$", re.I)

# the period words a superlative compares over ("the deadliest this year", "the worst in the past decade")
_COMPARES = re.compile(r"since|(?:so far )?this year|in the (?:last|past) ", re.I)

# "on July 15 this year": a day, not the year's total
_DAY_BEFORE = re.compile(r"(?:\b" + _MONTH_NAME + r"\.? \d{1,2}|\b\d{1,2} " + _MONTH_NAME + r"),?\s+$", re.I)


# "the army says it has killed more than 600 fighters in the region since mid-October": a running total over
# weeks or months, no event's toll
_SINCE_MONTH = re.compile(r"\bsince (?:(?:early|mid|late)[- ]?)?" + _MONTH_NAME + r"\b(?!\.?\s+\d)", re.I)


# "two drone strikes have killed at least 11", "three blasts left 20 dead": a count of attacks as the toll's subject
_COUNT_OF_ATTACKS = re.compile(
    r"\b(?:two|three|four|five|six|several|multiple|\d+) (?:separate )?(?:[\w-]+ ){0,3}?(?:attacks|strikes|airstrikes|"
    r"blasts|bombings|explosions|raids|ambushes)(?: (?:in|at|on|near|across|elsewhere|outside)\b[^.;,]{0,60}?)? "
    r"(?:have |has |had )?(?:killed|left|claimed)\b",
    re.I,
)


_VICTIM_KINDS = (
    re.compile(
        r"\b(?:soldiers?|troops|police(?:m[ae]n)?|personnel|officers?|guards?|security (?:forces|m[ae]n)|sepoys?|"
        r"constables?|cops?|commandos?|servicem[ae]n)\b",
        re.I,
    ),
    re.compile(r"\b(?:civilians?|child(?:ren)?|wom[ae]n|villagers?|students?|worshippers?|passengers?|pilgrims?)\b", re.I),
    re.compile(r"\b(?:militants?|terrorists?|insurgents?|fighters?|rebels?|khwarij)\b", re.I),
)


def _victim_kind(text: str, at: int) -> int:
    """The kind of victims a toll at ``at`` counts (0 security forces, 1 civilians, 2 fighters; -1 not said): the
    first victim word in the few words after the figure."""
    window = text[at : at + 60]
    found = [(m.start(), k) for k, pat in enumerate(_VICTIM_KINDS) if (m := pat.search(window))]
    return min(found)[1] if found else -1


def _other_victims(text: str, head: _Figures, figs: _Figures) -> bool:
    """Do the killed figures of a headline (``head``) and of the sentence that places its event (``figs``) count
    victims of different kinds only ("Nine soldiers killed" over "killing two civilians")?"""
    if not head.killed or not figs.killed:
        return False
    one = {_victim_kind(text, v[2]) for v in head.killed} - {-1}
    two = {_victim_kind(text, v[2]) for v in figs.killed} - {-1}
    return bool(one) and bool(two) and not one & two and {v[0] for v in head.killed}.isdisjoint(v[0] for v in figs.killed)


# "Drones kill 11", "US airstrikes kill 30 militants": attacks in the plural, the subject of a headline's toll
_PLURAL_SUBJECT = re.compile(
    # (not referred back: "The attacks killed five people in all" is the event's own)
    r"\W*(?!(?:the|these|those|both|its|their|such)\b)(?:[\w-]+ ){0,2}?(?:drones|blasts|attacks|strikes|airstrikes|air strikes|"
    r"bombings|explosions|raids|missiles|"
    r"rockets) (?:(?:in|across|around|throughout) (?:[\w-]+ ){1,4}?)?(?:kill|kills|killed|leave|leaves|left|claim|claims)\b",
    re.I,
)


def _period_total(s: str) -> bool:
    """Does sentence ``s`` count its dead since a month ("since mid-October"), other than a "since" that compares
    ("the deadliest attack since March")?"""
    return any(not _COMPARED.search(s, max(0, m.start() - 50), m.start()) for m in _SINCE_MONTH.finditer(s))


# "a total of 13 civilians were killed when a roadside bomb struck a car": the sum of one event's dead
_ONE_EVENT = re.compile(
    # ("a total of 13 soldiers were killed in an ambush": one event's toll, told as a sum)
    r"\b(?:when|as|after|in) (?:a|an) (?:[\w-]+ ){0,2}?(?:bomb|blast|explosion|attack|strike|airstrike|ambush|raid|"
    r"mine|rocket|shell|bomber)\b(?! and\b)(?![^.;]{0,80}?\b(?:and|another|other|separate|second)\b)",
    re.I,
)
# "The blast in Zzkot on Monday killed a total of nine people": one event as the subject of the sum
_ONE_SUBJECT = re.compile(
    r"^\W*(?:the|an?) (?:[\w-]+ ){0,2}?(?:bomb|blast|explosion|attack|strike|airstrike|ambush|raid|bombing|mine|rocket|"
    r"shell|bomber)\b(?! and\b)(?!\s*,)[^.;,]{0,60}?\b(?:killed|kills|left|claimed)\s+$",
    re.I,
)


# a clause after an event's own toll that counts on from it: "..., bringing the number of people killed this year to 85",
# "..., the 20th such strike this year, in which about 150 people have been killed"
_RUNNING_TOLL = re.compile(
    r"\b(?:killed|killing|dead|died)\b[^.;]{0,200}?,\s+(?:(?:bringing|raising|taking|pushing)\s+the\s+(?:number|toll|tally)\b|"
    r"the\s+(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+such\b)[^.;]{0,300}$",
    re.I,
)


_SINCE_WORDS = re.compile(r"\bsince\s+(?:[\w-]+\s+){0,3}$", re.I)


def _total_cue(s: str) -> bool:
    """Does sentence ``s`` word a total over several events, places or days (``_AGGREGATE``), other than a
    "since" that compares ("the deadliest attack since 2006")?"""
    return any(
        not (_COMPARES.match(m.group(0)) and _COMPARED.search(s, max(0, m.start() - 50), m.start()))
        and not (m.group(0).lower() == "this year" and _DAY_BEFORE.search(s, max(0, m.start() - 20), m.start()))
        and not (m.group(0).lower() == "a total of" and (_ONE_EVENT.search(s, m.end()) or _ONE_SUBJECT.match(s[: m.start()])))
        # "a bomb killed six in X on Monday, bringing the number killed this year to 85": a running toll after the event's
        and not _RUNNING_TOLL.search(s, 0, m.start())
        # "the worst attack in the district since 30 people were killed in a bombing in 2019": an earlier event, compared
        and not (
            (since := _SINCE_WORDS.search(s, max(0, m.start() - 40), m.start())) is not None
            and _COMPARED.search(s, max(0, since.start() - 60), since.start()) is not None
        )
        for m in _AGGREGATE.finditer(s)
    )


_OPEN_BRACKET = re.compile(r"\s*\(\s*")


def _without_spellings(text: str, here: list[Mention]) -> list[Mention]:
    """Scene mentions without a name in brackets right after another ("Tarinkot (Tarin Kot)", "Pul-e-Khomri
    (Puli Khumri)"): another spelling of the same place, not a second place of the event."""
    if len(here) < 2:
        return here
    out = [here[0]]
    for m in here[1:]:
        prev = out[-1]
        if _OPEN_BRACKET.fullmatch(text, prev.end, m.start) and text[m.end : m.end + 2].lstrip().startswith(")"):
            continue
        out.append(m)
    return out


def _subheading(text: str, a: int, b: int) -> bool:
    """A short line of its own without closing punctuation, inside the text: a subheading."""
    return (
        b - a <= 80
        and (a == 0 or text[a - 1] == "\n")
        and (b == len(text) or text[b] == "\n")
        and not re.search(r"[.!?:;\"”’)]\s*$", text[a:b])
    )


# the other forms of a dateline, each (pattern, group whose start opens the span, group whose end closes it)
_DATELINE_FORMS: tuple[tuple[re.Pattern[str], int, int], ...] = (
    # a byline's place, a line "Zzkot, Zzland" right over a date line ("Sat, June 20, 2015", "20 June 2015")
    (
        re.compile(
            r"^[ \t]*[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?,[ \t]*[A-Z][a-z]+[ \t]*"
            r"(?=\n[ \t]*(?:[A-Z][a-z]{2,8}\.?,?[ \t]+)?"
            r"(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+\d{4}|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?,?[ \t]+\d{4})[ \t]*$)",
            re.M,
        ),
        0,
        0,
    ),
    # a line holding only an upper-case place: "KABUL, Afghanistan"
    # (also with no comma or a full stop: "KABUL Afghanistan.")
    (re.compile(r"^[ \t]*([A-Z]{3,}[A-Z ]*)(?:(?:,\s*|[ \t]+)[A-Z][A-Za-z]+)?\.?[ \t]*$", re.M), 0, 0),
    # an agency's credit line: "AFP, Jalalabad (Afghanistan)", "AP/PTI, Quetta"
    (
        re.compile(
            r"^[ \t]*[A-Z]{2,8}(?:[ /][A-Z]{2,8}){0,2},[ \t]*[A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+)?"
            r"(?:[ \t]*\([A-Z][A-Za-z ]{1,30}\))?[ \t]*$",
            re.M,
        ),
        0,
        0,
    ),
    # a line holding a place, a day and an agency in capitals: "Zzkot, Oct 19, ABC"
    (
        re.compile(
            r"^[ \t]*[A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+)?,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+[A-Z]{2,8}[ \t]*$", re.M
        ),
        0,
        0,
    ),
    # an upper-case place, then the agencies and date in brackets, no dash: "KABUL (Agency / Agency - 9th May,
    # 2019) A bomb ..."; the date in the brackets is the report's
    (
        re.compile(
            r"^[ \t]*[A-Z]{3,}(?:[ -][A-Z]{3,})*(?:,\s*[A-Z][A-Za-z]+)?,?\s*\([^)\n]{2,80}\)[ \t]*"
            r"(?:[:;—–-]+[ \t]*)?(?=[A-Z])",
            re.M,
        ),
        0,
        0,
    ),
    # a place, a day and an agency in capitals in brackets, no dash: "Peshawar, Aug 14 (PTI) At least five ...", also
    # with no day: "Zzkot (ABC) Security forces ..."
    (
        re.compile(
            r"^[ \t]*[A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+)?(?:,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,?[ \t]+\d{4})?)?,?[ \t]*"
            r"\((?:[A-Z]{2,8}(?:[ /,]+[A-Z]{2,8})*)\)[ \t]*(?:(?:--|[—–-])[ \t]*)?(?=[A-Z])",
            re.M,
        ),
        0,
        0,
    ),
    # a place closing a time-stamp line: "January 24, 2024 03:26 pm | Updated 03:26 pm IST - Peshawar"
    (
        re.compile(
            r"\b\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,4}\s+)?[-–—|]\s*"
            r"([A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+)?)[ \t]*$",
            re.M,
        ),
        1,
        0,
    ),
    # inside a line, after a byline: "... VOA News August 26, 2018 ISLAMABAD — A drone strike ..."
    (re.compile(r"(?<=[\s,])[A-Z]{3,}(?:[ -][A-Z]{3,})*(?:,\s*[A-Z][a-z]+)?\s+(?:—|–|--)\s"), 0, 0),
    # a place between bars on a page's stamp line: "Zz News Desk | Peshawar | Updated: 22-12-2025 13:36 IST"
    (
        re.compile(
            r"^[^\n|]{0,60}\|[ \t]*([A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+)?)[ \t]*\|[^\n]{0,80}?"
            r"\b(?:Updated|Created|Published|Posted)\b",
            re.M,
        ),
        1,
        1,
    ),
    # inside a line, after a time stamp, with the day and the agency: "12:18 05/03/2019 KABUL, March 5 (Agency) - A ..."
    (
        re.compile(
            r"(?<=[\s,])[A-Z]{3,}(?:[ -][A-Z]{3,})*(?:,\s*[A-Z][a-z]+)?,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?"
            r"\s*\([^)\n]{1,40}\)\s*(?:—|–|--|-)\s"
        ),
        0,
        0,
    ),
)


def _datelines(text: str) -> list[tuple[int, int]]:
    """Spans of datelines: "PESHAWAR:", "KABUL, Afghanistan —", "North Waziristan: A drone …"
    at the start of a paragraph, and a line holding only an upper-case place ("KABUL, Afghanistan")."""
    out = []
    for m in _DATELINE.finditer(text):
        name = m.group(1).strip()
        first = name.split()[0] if name.split() else ""
        rest = text[m.end() : m.end() + 40]
        if first.isupper() and len(first) >= 3 or (len(name.split()) <= 3 and len(rest.strip()) >= 20 and "\n" not in rest[:20]):
            out.append((m.start(), m.end()))
    for pattern, first, last in _DATELINE_FORMS:
        out.extend((m.start(first), m.end(last)) for m in pattern.finditer(text))
    return sorted(out)


_SCENE_BEFORE = 150  # characters before a mention that _scene_window reads (its longest look-back, 100, plus a margin)
_SCENE_AFTER = 100  # characters after it (the longest look-ahead is 90)


def _scene(text: str, m: Mention, datelines: list[tuple[int, int]]) -> bool:
    """Could this mention be where an event happened? (An unresolved name not yet located
    is kept: the event it belongs to may locate it.)"""
    if m.status == "out_of_region" or m.place is None and m.status != "unresolved":
        return False
    j = bisect.bisect_right(datelines, (m.start, 10**12)) - 1
    if j >= 0 and datelines[j][0] <= m.start < datelines[j][1]:
        return False
    if _pair_of_road(text, m):
        return False  # "a blast in Herat-Kandahar" where the text names the "Herat-Kandahar highway": the road again
    w0 = max(0, m.start - _SCENE_BEFORE)
    return _scene_window(text[w0 : m.end + _SCENE_AFTER], m.start - w0, m.end - w0)


@lru_cache(maxsize=8192)
def _scene_window(t: str, s: int, e: int) -> bool:
    """:func:`_scene`'s tests of the words around a mention at ``t[s:e]`` (a window of the text): they depend
    on the window only, so list-like text that repeats a name in the same words decides it once."""
    before = t[max(0, s - 50) : s].replace("#", "")  # "residents of #Zzkot": a hashtag is the name
    if "By " in before and _BYLINE_IN.search(before):
        return False  # "By Zz Reporter in Islamabad": a byline
    if (
        (nb := _NOT_SCENE_BEFORE.search(before))
        and not (_IN_CAPITAL.search(before) and not _SPEAKER_NEAR.search(before))
        and not (_OFFICIAL_IN.match(nb.group(0)) and _VICTIM_AFTER.match(t, e, e + 90))
        and not (nb.group(0)[:6].lower() == "police" and _TARGETED_BEFORE.search(before, 0, nb.start()))
    ):
        return False
    if "near" in before and _NEAR_REFERENCE.search(before):
        return False
    if (
        " near" in before or " close" in before or " next" in before or " far" in before or " edge" in before or "adjac" in before
    ) and (_DESCRIBED_NEAR.search(before)):
        return False
    if ("against" in before or "apital" in before or " of" in before[-30:]) and _NOT_SCENE_REFERENCE.search(before):
        return False
    if _ROLE_BEFORE.search(t[max(0, s - 40) : s]) and _REPORTING.search(re.split(r"[.\n]", t[e : e + 80])[0]):
        return False  # "the police chief for X said": a speaker, not a victim
    if "who" in t[max(0, s - 100) : s] and _WHO_DIED.search(t, max(0, s - 100), s):
        return False  # "the funeral of a constable who was killed in a strike in X the day before": another, earlier death
    if ("fle" in t[max(0, s - 90) : s] or "escap" in t[max(0, s - 90) : s]) and _FLED_UNIT.search(t, max(0, s - 90), s):
        return False  # "militants fled an offensive in the nearby district of X": where they came from
    if "since" in t[max(0, s - 80) : s] and _SINCE_EARLIER.search(t, max(0, s - 80), s):
        return False  # "the first attack since militants targeted X in August": a cited earlier event
    if _APPOSITIVE_OPEN.search(t, max(0, s - 80), s) and _APPOSITIVE_CLOSE.match(t, e, e + 50):
        return False  # "Zarshed, a water carrier at the Bhutan Sharif post, was ambushed in X": who he was, not where
    if _ROAD_OF_TWO.match(t[e : e + 40]) or (t[s - 1 : s] == "-" and _ROAD_AFTER.match(t[e : e + 20])):
        return False  # "the Helmand-Kandahar highway": a road named after its two ends, not where it happened
    return not _NOT_SCENE_AFTER.match(t[e : e + 40])


def _contains(big, small) -> bool:
    """``big`` (country, province, district or town) holds ``small``."""
    if big.id == small.id:
        return False
    if big.kind == "country":
        return small.country == big.country
    if big.kind == "region" and big.admin2_code:
        # a valley inside one district ("the Tirah valley") holds that district's towns, not the district
        return small.kind in _SPECIFIC and small.kind not in ("district", "region") and small.admin2_code == big.admin2_code
    if big.kind in ("province", "region"):
        return small.admin1_code == big.admin1_code and small.kind not in ("province", "region", "country")
    if big.kind == "district" and small.kind == "region" and small.admin2_code == big.admin2_code != "":
        return True  # "the Tirah valley of Khyber": a region inside one district
    if big.kind == "district" or big.kind == "populated_place" and big.feature_code.startswith("PPLA"):
        # a district, or the town that is its seat, holds the towns and areas of the district
        return small.kind in _SPECIFIC and small.kind != "district" and small.admin2_code == big.admin2_code != ""
    return False


def _finer(a: Mention, b: Mention) -> bool:
    """Mention ``a`` names a place inside ``b``'s (an unresolved name located at ``b``'s place counts;
    an unresolved name is not known to hold anything)."""
    if f"through '{b.text}'" in a.reason and a.status != "unresolved":
        return True  # looked up within b: "the Zarkani area of Daraban tehsil"
    assert a.place is not None and b.place is not None  # events hold only placed mentions (see _finest)
    if b.status == "unresolved":
        # "the Zarkani area of Daraban tehsil": Zarkani was located through Daraban
        return a.status == "unresolved" and a.place.id == b.place.id and f"through '{b.text}'" in a.reason
    if a.place.id == b.place.id:
        # a name the gazetteer lacks, located at (unresolved) or approximated by (approximate) b's unit
        return a.status in ("unresolved", "approximate") and b.status not in ("unresolved", "approximate")
    if (
        b.place.kind == "populated_place"
        and b.place.feature_code in ("PPLA", "PPLC")
        and a.place.kind in _SPECIFIC
        and a.place.admin1_code == b.place.admin1_code
        and a.place.kind != "populated_place"
    ):
        return True  # "an attack in Khost ... in the Gurbuz district": the capital's name stands for its province
    return _contains(b.place, a.place)


def _strictly_finer(a: Mention, b: Mention) -> bool:
    """``a`` inside ``b`` and not the other way round; when each reads as inside the other (a name
    approximated at a district, beside the district's seat town), the one looked up through the
    other is the finer."""
    return _finer(a, b) and (not _finer(b, a) or f"through '{b.text}'" in a.reason)


def _related(a: Mention, b: Mention) -> bool:
    if _norm(a.text) == _norm(b.text):
        return True
    if a.status == "unresolved" and b.status == "unresolved":
        return False  # two names the gazetteer lacks, located at one district: not the same place
    assert a.place is not None and b.place is not None  # events hold only placed mentions (see _finest)
    return a.place.id == b.place.id or _finer(a, b) or _finer(b, a)


def _unrelated(places: list[Mention]) -> bool:
    """Two or more places, none inside or the same as another."""
    return len(places) >= 2 and not any(_related(x, y) for x in places for y in places if x is not y)


_NOT_LOWER_LETTER = re.compile(r"[^a-z]")


@lru_cache(maxsize=4096)
def _norm(s: str) -> str:
    """A name's letters in lower case: the comparison key of two mentions (cached: events compare the same
    few names many times)."""
    return _NOT_LOWER_LETTER.sub("", s.lower())


_AND_BETWEEN = re.compile(r"[^.;:\n]{0,30}?\band\b[^.;:\n]{0,30}")


def _joined(text: str, x: Mention, y: Mention) -> bool:
    """Are ``x`` and ``y`` two members of one list or of two coordinated clauses ("in Zzabad and Zzkot district",
    "five were killed in Zzabad and two died in Zzkot district")?"""
    lo, hi = (x, y) if x.start < y.start else (y, x)
    return 0 <= hi.start - lo.end <= 60 and bool(_AND_BETWEEN.fullmatch(text, lo.end, hi.start))


def _capital_holds(big: Mention, small: Mention) -> bool:
    """``big`` is a provincial capital read as its province, holding the district ``small`` only that way."""
    assert big.place is not None and small.place is not None
    return (
        big.place.kind == "populated_place"
        and big.place.feature_code in ("PPLA", "PPLC")
        and (small.place.kind != "populated_place" or small.status == "unresolved" and small.place.id == big.place.id)
        and not _contains(big.place, small.place)
    )


# what tells a provincial capital's name means the town: "Kandahar city", "the city of Kandahar", "Kandahar, the
# provincial capital"
_TOWN_AFTER = re.compile(r"['’]?s?\s*,?\s+(?:the\s+)?(?:city|town|provincial\s+capital|capital)\b", re.I)
_TOWN_BEFORE = re.compile(r"\b(?:city|town|capital)\s+of\s+$", re.I)


def _capitals_read_as_province(uniq: list[Mention], places: list[Mention], text: str) -> list[Mention]:
    """A provincial capital's bare name beside its province named as one ("attack in Kandahar" then "the southern
    province of Kandahar"): the text says which it means, the province; the town reading is the name's default only.
    Any mention calling it a city or town keeps the town."""
    provinces = {(_norm(m.text), m.place.admin1_code) for m in uniq if m.place is not None and m.place.kind == "province"}
    if not provinces:
        return uniq

    def bare_capital(m: Mention) -> bool:
        p = m.place
        if p is None or p.kind != "populated_place" or p.feature_code != "PPLA" or (_norm(m.text), p.admin1_code) not in provinces:
            return False
        return not any(
            _TOWN_AFTER.match(text, x.end, x.end + 30) or _TOWN_BEFORE.search(text, max(0, x.start - 16), x.start)
            for x in places
            if _norm(x.text) == _norm(m.text)
        )

    return [m for m in uniq if not bare_capital(m)]


def _finest(places: list[Mention], text: str = "") -> list[Mention]:
    """The places not holding another of them, one per distinct place and name, in order.
    Quadratic only in the distinct places (few), not in the mentions. With ``text``, a provincial capital
    listed with a district of its province ("in Zzabad and Zzkot district") is a place of its own, not the
    province it can stand for."""
    uniq, seen = [], set()
    for m in places:
        assert m.place is not None  # callers pass placed mentions only
        k = (m.place.id, _norm(m.text), m.status)
        if k not in seen:
            seen.add(k)
            uniq.append(m)
    if len(uniq) > MAX_PLACES:
        uniq = uniq[:MAX_PLACES]
    if text:
        uniq = _capitals_read_as_province(uniq, places, text)

    def listed_with(m: Mention, o: Mention) -> bool:  # any mention of m's name joined with one of o's
        xs = [x for x in places if _norm(x.text) == _norm(m.text)]
        return any(_joined(text, x, y) for x in xs for y in places if _norm(y.text) == _norm(o.text))

    keep = [
        m
        for m in uniq
        if not any(_strictly_finer(o, m) and not (text and _capital_holds(m, o) and listed_with(m, o)) for o in uniq if o is not m)
    ]
    # a finer place takes the rank of the first place it refines ("in the Kohlu area ... and in
    # Chaman" then "the Jannat Wali area of Kohlu": Jannat Wali stays first)
    rank = {id(m): min(k for k, o in enumerate(uniq) if o is m or _finer(m, o)) for m in keep}
    keep.sort(key=lambda m: rank[id(m)])
    out, seen_names = [], set()
    for m in keep:
        assert m.place is not None
        key = (m.place.id, _norm(m.text))
        if key not in seen_names:
            seen_names.add(key)
            out.append(m)
    return out


def _actor(window: str) -> str:
    claim = _CLAIM.search(window)
    if claim and not _NOT_ACTOR.match(claim.group(1)) and "no group" not in claim.group(0).lower():
        who = re.sub(r"^(?:the\s+)", "", claim.group(1).strip(), flags=re.I)
        return f"{who} (claimed)"
    for pat, who in _ACTOR_RES:
        if pat.search(window):
            alleged = re.search(r"\b(?:alleged|accus\w+|claiming)\b", window, re.I) and who == "Pakistan military"
            return who + (" (alleged)" if alleged else "")
    b = _BELONGING.search(window)
    if b:
        return f"{b.group(1).strip()} (alleged)"
    if re.search(r"\bTaliban (?:stormed|attacked|killed|ambushed|militants ambushed)\b", window):
        return "Taliban"
    return ""


# --- main -------------------------------------------------------------------------------


def extract_incidents(text: str, *, published=None, source: str | None = None, gazetteer=None, region=None):
    """Draft incidents from an article, for review.

    Parameters
    ----------
    text : str
        The article.
    published : date-like, optional
        Publication date: resolves "Friday", "last night", "a day later", and the year of
        "March 2". If omitted, a leading "date YYYY-MM-DD" line is used.
    source : str, optional
        Outlet (and URL) recorded in ``sources``.
    gazetteer : Gazetteer, optional
        Default: the gazetteer of ``region``.
    region : str, Path or Region, optional
        Whose gazetteer and word lists to use (see :func:`geoinc.text.extract_places`).

    Returns
    -------
    geopandas.GeoDataFrame
        The incident schema's columns (EPSG:4326; ``date_end`` only for a total over a
        period) plus ``aggregate`` (a total over several events, not an event), ``background`` (an earlier event the article cites),
        ``evidence`` (the sentences), ``evidence_spans`` ("start:end;..."), ``place_id``.
        ``status`` is "draft".

    Raises
    ------
    TextError
        ``text`` is not a str or too long; ``published`` is not a date.
    """
    text = check_text(text)
    if published is None:
        m = re.match(r"\s*date\s+(\d{4}-\d{2}-\d{2})", text)
        published = m.group(1) if m else None
    if published is not None:
        try:
            published = pd.Timestamp(published).normalize()
        except (ValueError, TypeError):
            raise TextError(f"published={published!r} is not a date (use YYYY-MM-DD)") from None
    with paused_gc():
        return _extract(text, published, source, gazetteer, region)


def _extract(text, published, source, gazetteer, region=None):
    import geopandas as gpd

    from .coords import CRS, points

    mentions = extract_places(text, gazetteer=gazetteer, region=region)
    if _NATIONAL_CAPITAL.search(text):
        mentions = _with_national_capitals(text, mentions, gazetteer, region)
    datelines = _datelines(text)
    if published is None:
        # "Islamabad, 14 May 2026 —": the dateline's date is the publication date
        m = _DATELINE.match(text.lstrip())
        if m and m.group(2):
            try:
                published = pd.Timestamp(m.group(2).replace(",", "")).normalize()
            except (ValueError, TypeError):
                pass
    scene = [m for m in mentions if _scene(text, m, datelines)]
    starts = [m.start for m in scene]
    sents = [(a, b) for a, b in _sentences(text) if not _caption(text, a, b)]
    events = _events(
        text,
        sents,
        scene,
        starts,
        published,
        datelines,
        others=[m for m in mentions if m.status not in ("out_of_region", "country_cue")],
    )
    return _frame(text, events, published, source, gpd, CRS, points, sents)


def _with_national_capitals(text, mentions, gazetteer, region) -> list[Mention]:
    """Add "the Pakistani capital" (a demonym, then "capital") as a mention of that country's capital
    (``capitals.tsv``), unless a mention already covers it."""
    reg = region if region is not None else (gazetteer.region if gazetteer is not None else None)
    with lexicons_of(reg):
        demonyms, capitals = pairs("demonyms.tsv"), pairs("capitals.tsv")
    out = list(mentions)
    starts = [m.start for m in out]
    resolved: dict[str, Mention | None] = {}
    for hit in _NATIONAL_CAPITAL.finditer(text):
        name = capitals.get(demonyms.get(hit.group(1), ""), "")
        if not name:
            continue
        a, b = hit.start(1), hit.end()
        k = bisect.bisect_left(starts, a)
        if k < len(out) and out[k].start < b or k > 0 and out[k - 1].end > a:
            continue
        if name not in resolved:
            found = [m for m in extract_places(name, gazetteer=gazetteer, region=region) if m.status == "matched"]
            resolved[name] = found[0] if found else None
        cap = resolved[name]
        if cap is None:
            continue
        m = Mention(cap.text, a, b, cap.place, cap.status, cap.confidence, cap.country, f"'{text[a:b]}': {name}")
        out.insert(k, m)
        starts.insert(k, a)
    return out


# "... were killed in the explosions": a toll sentence referring back to the event just told
_THE_EVENT = re.compile(r"\b(?:in|by|during) the (?:[\w-]+ )?(?:explosions?|blasts?|attacks?|bombings?|strikes?|airstrikes?)\b")
# a sentence opening on when the event told before happened: "The skirmishes occurred late Friday"
_THE_EVENT_WHEN = re.compile(
    r"\s*The (?:[\w-]+ )?(?:skirmish|clash|fighting|attack|blast|explosion|bombing|strike|airstrike|ambush|firefight|"
    r"gunfight|raid)(?:e?s)? (?:occurred|happened|took place|erupted|broke out|was carried out|were carried out)\b"
)
_BOMB_TYPES = frozenset({"Explosion", "Remote explosive/landmine/IED", "Suicide bomb"})  # what "the blast" may be
# a sentence opening on the event told before: "The blast went off in Zzkot", "The roadside bomb exploded near Zzkot"
_THE_EVENT_OPENS = re.compile(
    r"\s*The (?:[\w-]+ )?(?:blast|bomb|explosion|bombing)s? (?:went off|exploded|occurred|happened|took place|struck|hit)\b"
)
_PLUPERFECT = re.compile(r"\bhad\s+(?:been\s+)?(?:hit|struck|killed|attacked|targeted|bombed|exploded|stormed|ambushed)\b")
_ONGOING = re.compile(r"\bha(?:ve|s) been (?:raging|going on|under way|continuing)\b")
# "here" as the place of what happened: "killed here on Monday", "a blast here yesterday", "... here."
_HERE = re.compile(r"\bhere(?:\s+(?:on|yesterday|today|tonight|last|this|early|late|in the|near|at)\b|[.,;](?!\w))")


def _dateline_place(s: str, a: int, datelines, others: list[Mention], other_starts: list[int]) -> Mention | None:
    """The place of the dateline a sentence's "here" points to (the last dateline before the sentence), if the
    sentence tells of casualties or an attack "here"."""
    if not _HERE.search(s) or not (_CASUALTY_ANY.search(s) or _cue(s)):
        return None
    k = bisect.bisect_right(datelines, (a, 10**12)) - 1
    if k < 0:
        return None
    d0, d1 = datelines[k]
    for m in others[bisect.bisect_left(other_starts, d0) : bisect.bisect_left(other_starts, d1)]:
        if m.place is not None and m.place.kind not in ("country", "province") and m.status in ("matched", "approximate"):
            return m
    return None


_WHERE_CLAUSE = re.compile(r",\s+where\s[^.;]*")


def _told_before(events: list[_Event], cur: _Event, etype: str, specific: list[Mention]) -> _Event | None:
    """The last placed event before ``cur`` with weapon ``etype`` whose places hold or are held by ``specific``."""
    for e in reversed(events):
        if e is cur or e.aggregate or e.background or not e.places or e.etype != etype:
            continue
        if all(any(_related(p, q) for q in e.places) for p in specific):
            return e
        return None
    return None


def _next_of(sents: list[tuple[int, int]], ev: _Event) -> tuple[int, int] | None:
    """The sentence right after an event's last one."""
    k = bisect.bisect_right(sents, ev.sentences[-1])
    return sents[k] if k < len(sents) else None


def _unit_before(m: Mention, units: list[Mention]) -> Mention | None:
    """The last unit (province, district, provincial capital) named before an unplaced name in its sentence (None for a name
    the geocoder placed, ambiguous or not: its own candidates decide)."""
    if m.place is not None:
        return None
    before = [u for u in units if u.end <= m.start]
    return before[-1] if before else None


def _located(m: Mention, host: Mention) -> Mention:
    assert host.place is not None
    return Mention(
        m.text,
        m.start,
        m.end,
        host.place,
        "unresolved",
        0.3,
        host.country,
        f"located at {host.text}, the place of the event the sentence continues",
    )


_CITY_AFTER = re.compile(r"\s+city\b", re.I)
_CITY_OF_BEFORE = re.compile(r"\bcity of\s+$", re.I)


def _located_or_kept(text: str, m: Mention, host: Mention) -> Mention:
    """:func:`_located`, except for an ambiguous name the text calls a city whose likeliest place is a provincial
    capital outside the host's province ("a raid in Kabul ... On Saturday, a bomber was killed in Faizabad city":
    Badakhshan's capital, not a spot inside Kabul); the name stays ambiguous, its own place."""
    assert host.place is not None
    if (
        m.place is not None
        and m.place.feature_code in ("PPLA", "PPLC")
        and host.place.admin1_code
        and m.place.admin1_code != host.place.admin1_code
        and (_CITY_AFTER.match(text, m.end) or _CITY_OF_BEFORE.search(text, max(0, m.start - 12), m.start))
    ):
        return m
    return _located(m, host)


# ... and "the province was the scene of a suicide bombing": the unit named before, as the subject of the scene
_ANAPHORA = re.compile(
    r"\b(?:(?:in|at|near) (?:that|the same|this) |the (?=\w+ was (?:the )?(?:scene|site) of\b))"
    r"(district|province|village|area|town)\b",
    re.I,
)


def _antecedent(text: str, before: list[Mention], feature: str) -> Mention | None:
    """The place "in that district" refers to: the last one named with that feature word or of
    that kind (a speaker's office counts: "the governor of X district ... an airstrike in that
    district")."""
    for m in reversed(before):
        kind = m.place.kind if m.place is not None else ""
        if (
            re.match(r"\s+" + feature + r"\b", text[m.end : m.end + 20], re.I)
            or kind == feature
            or (feature == "town" and kind == "populated_place")
        ):
            return m
    return None


# a sentence opening on another incident somewhere else ("Elsewhere, ...", "Elsewhere in the country, ...")
_ELSEWHERE_OPENS = re.compile(r"^\W*elsewhere\b", re.I)


def _office_unit(text: str, said: list[Mention]) -> Mention | None:
    """The one province or district of ``said`` (a sentence's mentions) named as an office's ("a spokesman for the
    governor of Zzkot province", "the Zzkot police chief"); None when there is none or more than one."""
    units = [
        m
        for m in said
        if m.place is not None
        and m.place.kind in ("province", "district")
        and m.status == "matched"
        and (_ROLE_BEFORE.search(text, max(0, m.start - 40), m.start) or _NOT_SCENE_AFTER.match(text[m.end : m.end + 40]))
    ]
    return units[0] if units and len({u.place.id for u in units if u.place is not None}) == 1 else None


def _speaker_event(s_mentions: list[Mention], cur: _Event, events: list[_Event]) -> _Event | None:
    """The earlier event a sentence without a scene belongs to by its speaker's office: in
    "'Two guards died,' the Mastung deputy commissioner said", after a report from Kalat, the
    figures are Mastung's event's. None when the office is the current event's own place."""
    if any(_related(m, q) for m in s_mentions for q in cur.places):
        return None
    for ev in reversed(events[-20:]):  # bounded: a list-like text has many events
        if ev is not cur and not ev.aggregate and any(_related(m, q) for m in s_mentions for q in ev.places):
            return ev
    return None


def _across_border(text: str, said: list[Mention], cur: _Event) -> Mention | None:
    """The speaker's office of a toll sentence without a scene, when it is in another country than
    every place of the current event ("Kandahar police spokesman said ..." after a clash at Chaman)."""
    countries = {q.place.country for q in cur.places if q.place is not None}
    if not countries or any(q.place is not None and q.place.kind == "country" for q in cur.places):
        return None
    for m in said:
        if (
            m.place is not None
            and m.status == "matched"
            and m.place.country not in countries
            and _NOT_SCENE_AFTER.match(text[m.end : m.end + 40])
        ):
            return m
    return None


_UNIT_ROLE = re.compile(r"\b(?:governor|police|spokes\w*|officials?|authorities|administration|chief|commander|commissioner)\b", re.I)


# "the Zzkot governor", "the governor of Zzkot": a governor holds a province, even one named after its capital
_GOVERNOR_OF = re.compile(r"\bgovernor\s+of\s+(?:the\s+)?$", re.I)
_GOVERNOR_AFTER = re.compile(r"\s+(?:provincial\s+)?governor\b", re.I)


def _only_unit(text: str, others) -> Mention | None:
    """The one province or district a report names, as the unit of an official ("a spokesman for the Zzkot
    governor"), when it names no other place in the region (countries aside)."""
    unit: Mention | None = None
    role = governed = False
    for m in others:
        if m.place is None or m.place.kind == "country":
            continue
        city = m.place.kind == "populated_place"  # "KHOST, Afghanistan", "the Khost governor": a city that names a province
        if (
            not city
            and m.place.kind not in ("province", "district")
            or unit is not None
            and unit.place is not None
            and unit.place.id != m.place.id
        ):
            return None
        w0 = max(0, m.start - 40)
        w0 += max(text.rfind(".", w0, m.start), text.rfind("\n", w0, m.start), w0 - 1) + 1 - w0  # this sentence's role
        has_role = bool(_UNIT_ROLE.search(text, w0, min(len(text), m.end + 30)))
        unit = m if unit is None or has_role and not role else unit  # the official's mention, not a dateline's
        role = role or has_role
        governed = (
            governed
            or not city
            or bool(_GOVERNOR_AFTER.match(text, m.end) or _GOVERNOR_OF.search(text, max(0, m.start - 20), m.start))
        )
    return unit if role and governed else None


def _events(text, sents, scene, starts, published, datelines=(), others=()) -> list[_Event]:
    events: list[_Event] = []
    cur: _Event | None = None
    last_date = None
    last_day = None  # the last day a sentence gave, even one it was only said on ("the ISPR said on Tuesday")
    last_place: Mention | None = None
    other_starts = [m.start for m in others]

    def mentions_in(a: int, b: int) -> list[Mention]:
        """The first 20 mentions (scenes or not) of the text from ``a`` to ``b`` (a sentence)."""
        return others[bisect.bisect_left(other_starts, a) : bisect.bisect_left(other_starts, b)][:20]

    def mentions_before(a: int) -> list[Mention]:
        """The last 20 mentions (scenes or not) before ``a``."""
        k0 = bisect.bisect_left(other_starts, a)
        return others[max(0, k0 - 20) : k0]

    last_at, prev_start = -1, 0  # where the sentence naming last_place starts; the previous sentence's start
    prev_prev = 0  # the start of the sentence before that
    last_units: list[Mention] = []  # the provinces, districts and regions of the sentence that named last_place
    article_date: DateFound | None = None
    article_places: list[Mention] = []  # the places of the sentence that gave article_date
    main_cur: _Event | None = None
    agg_before: tuple[int, DateFound | None] | None = None  # the index and date of the last total's sentence
    text_countries: dict[str, Mention] = {}  # the countries the text names (first mention of each)
    for m in others:
        if m.place is not None and m.place.kind == "country":
            text_countries.setdefault(m.place.id, m)
    pending: _Event | None = None  # a clause's event ("where a bomber killed two"): its host is the sentence's event
    sents, second_clauses = _dated_clauses(text, sents, published)
    for si, (a, b) in enumerate(sents):
        k = bisect.bisect_right(datelines, (a, 10**12)) - 1
        if k >= 0 and datelines[k][0] <= a < datelines[k][1]:
            a = min(datelines[k][1], b)  # the dateline's place and date are the report's, not the event's
            k0 = bisect.bisect_left(datelines, (datelines[k][0], -1)) - 1  # the dateline before this one
            if k0 >= 0 and any(e.sentences[0][0] >= datelines[k0][1] for e in events):
                # a second dateline, after a report the first one opened, opens another report ("... AP's earlier
                # story is below. MIRAN SHAH, Pakistan (AP) _ A drone ..."): nothing before it continues (a
                # headline's event does continue after the report's first dateline)
                cur = main_cur = last_place = None
        s = text[a:b]
        if is_date_line(s):
            # the page's date line: what an undated event is dated by ("on or before"), never an event's own day
            line = date_in(s, published)
            if line is not None and article_date is None:
                article_date = DateFound(line.date, "week", True, a)
            continue
        i, j = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
        here = _without_spellings(text, scene[i:j])
        if not here and others and (ana := _ANAPHORA.search(s)):
            ante = _antecedent(text, mentions_before(a), ana.group(1).lower())
            if ante is not None:
                here = [
                    Mention(
                        ante.text,
                        a + ana.start(),
                        a + ana.end(),
                        ante.place,
                        ante.status,
                        ante.confidence,
                        ante.country,
                        f"'{ana.group(0)}': {ante.text}, named before",
                    )
                ]
        # names not placed yet, and names the geocoder could not tell apart (ambiguous), are
        # located at the place of the event the sentence continues
        floating = [m for m in here if m.place is None or m.status == "ambiguous"]
        host = cur.places[0] if cur is not None and cur.places else last_place
        # for a name the gazetteer lacks, the place the sentence before named is the nearer antecedent:
        # "... the third attack in Chaman. Two guards were shot in the Roghani road area" → at Chaman
        near = last_place if last_place is not None and last_at >= prev_start else host
        # (a sentence's second dated clause looks back past its first)
        said_before = last_place if last_place is not None and last_at >= (prev_prev if a in second_clauses else prev_start) else None
        # ... but a province, district or provincial capital this sentence names before it is nearer still: "In Kunduz, ... a
        # post in the district of Dasht-e-Arch" is in Kunduz, whatever the sentence before named last
        units = [
            x
            for x in here
            if x.place is not None
            and x.status in ("matched", "approximate")
            and (x.place.kind in ("province", "district") or x.place.feature_code in ("PPLA", "PPLC"))
        ]
        if floating and host is not None and host.place is not None and host.place.kind == "border":
            # a border is no host when the sentence names a place of its own: "near the Pak-Afghan border ... a drone
            # hit a car in the Zzkot area of Lower Kurram" is in Kurram, not on the border line
            host = next(
                (x for x in here if x.place is not None and x.status != "ambiguous" and x.place.kind not in ("country", "border")),
                host,
            )
        if floating and host is not None and host.place is not None and host.place.kind != "country":
            here = [
                m
                if m.place is not None and m.status != "ambiguous"
                else _located_or_kept(
                    text,
                    m,
                    _unit_before(m, units)
                    or (
                        near
                        if m.place is None and near is not None and near.place is not None and near.place.kind != "country"
                        else host
                    ),
                )
                for m in here
            ]
        elif floating and units:
            # no event or place told before: "The blast struck a van in Zzland province's Zzkot district" still places
            # a name the gazetteer lacks at the unit the sentence names before it
            # (only right after the unit: "Zzland province's Zzkot district", "in Zzland, Zzkot district")
            here = [
                m
                if m.place is not None or (u := _unit_before(m, units)) is None or not _UNIT_THEN_NAME.fullmatch(text, u.end, m.start)
                else _located(m, u)
                for m in here
            ]
        places = _finest([m for m in here if m.place is not None], text)
        specific = [p for p in places if p.place is not None and p.place.kind != "country"]
        hrs = _HOURS_AFTER.search(s)
        if hrs is not None and any(p.start < a + hrs.start() for p in specific) and any(p.start >= a + hrs.end() for p in specific):
            # "The raid in Zzkot came hours after the Taliban attacked a base in Yypur": the sentence tells the event in
            # Yypur; Zzkot is the place of the one it is measured from, told before
            places = [p for p in places if p.start >= a + hrs.end()]
            specific = [p for p in specific if p.start >= a + hrs.end()]
        if not specific and datelines and others and (at := _dateline_place(s, a, datelines, others, other_starts)):
            places = specific = [at]  # "PESHAWAR - ... a bomb exploded in a bus here yesterday": the dateline's place
        cue = _cue(s)
        figs = _without_elsewhere(_figures(s, a), s, a)
        if (
            figs.killed
            and all(v[1] == "vague" for v in figs.killed + figs.injured)
            and published is not None
            and (since_year := _SINCE_SOME_YEAR.search(s)) is not None
            and int(since_year.group(1)) < pd.Timestamp(published).year
        ):
            # "Hundreds of people have died in violence since the insurgency flared in late 2004": talk over the
            # years, no count, no event's toll
            figs = _Figures()
        if pending is not None:  # after the event of the sentence that told it, never merged into it
            pending.host = cur
            events.append(pending)
            pending = None
        if (figs.killed or figs.injured) and (clause := _WHERE_OTHER.search(s)) is not None:
            c0, c1 = clause.start(1), clause.end(1)
            in_clause = _figures(s[c0:c1], a + c0)
            rest = _figures(s[:c0] + " " * (c1 - c0) + s[c1:], a)
            if in_clause.killed and rest.killed:
                figs = rest
                cue_told = _cue(s[c0:c1])
                pending = _Event(
                    cue_told[0] if cue_told else "Other",
                    cue_told[1] if cue_told else "",
                    [(a, b)],
                    [],
                    None,
                    in_clause,
                    separate=True,
                )
                pending.notes.append(f"told in a clause about the place of another event: '{s[c0:c1][:60]}'")
        own = s  # the sentence without a trailing clause of an earlier event
        if figs.killed and (after := _AFTER_EARLIER.search(s)) is not None:
            # "a bomb killed two people in X, a day after 14 were killed in Y": the toll after "after" is an earlier
            # event's, not this one's (when the sentence gives one of its own before it)
            cut = a + after.start()
            if any(v[2] < cut for v in figs.killed):
                figs = figs.before(cut)
                own = s[: after.start()]
        if (figs.killed or figs.injured) and (cited := _AFTER_CITED.match(s)) is not None:
            # "After the school attack that killed 140 people, ...": the opening clause's toll is an earlier event's
            cut = a + cited.end()
            kept = [v for v in figs.killed if v[2] >= cut]
            figs = _Figures(kept, [v for v in figs.injured if v[2] >= cut], figs.civilians if kept else np.nan)
        if figs.killed and (adds := _ADDING_TO.search(s)) is not None:
            # "the attack occurred in X, adding to a violent month in which over 50 people were killed": the toll
            # after ", adding to" is the period's, never the event's
            cut = a + adds.start()
            figs = figs.before(cut)
        has_cas = bool(figs.killed or figs.injured)
        # ("Earlier in the day, ..." after "the ISPR said on Tuesday": that Tuesday)
        d = date_in(s, published, last_date if last_date is not None or not SAME_DAY.search(s) else last_day)
        if (
            d is not None
            and d.precision == "day"
            and not d.bound
            and cur is not None
            and cur.date is not None
            and cur.date.bound
            and d.date > cur.date.date
            and _THE_EVENT_WHEN.match(s)
            and (again := date_in(s, cur.date.date)) is not None
            and again.precision == "day"
            and 0 <= (cur.date.date - again.date).days < 7
        ):
            # "... left four dead, sources said on Saturday. The skirmishes occurred late Friday": the Friday before
            # the day the event was told, not the one before a later page date
            d = DateFound(again.date, "day", False, d.start)
        if d is not None and d.precision == "day":
            last_day = d.date
        told_then = bool(cue and (_PLUPERFECT.search(s) or _PART_OF_MONTH.match(s)))
        if d is not None and d.precision == "month" and not has_cas and not told_then:
            # "the military in August 2008 launched an operation in X": history, not an event's day (but "in October
            # 2021, explosions had hit a mosque in X", in the pluperfect, is an earlier event the report cites)
            d = None
        if d is not None and not has_cas and len(s) < 80 and _DATE_LINE.match(s):
            d = None  # "AFP , Sunday 21 Dec 2014": when the report was filed, not the event's day
        units_before = last_units if last_at >= prev_start else []
        if specific:
            last_place, last_at = specific[-1], a
            last_units = [x for x in here if x.place is not None and x.place.kind in ("province", "district", "region")]
        prev_prev, prev_start = prev_start, a
        if d is not None and not d.bound and article_date is None and not _BACKGROUND.search(s):
            article_date, article_places = d, places  # (not a cited event's day: "Earlier on October 30, ...")
        if (
            d is not None
            and not d.bound
            and not has_cas
            and not specific
            and agg_before is not None
            and agg_before[0] == si - 1
            and _TOOK_PLACE.match(s)
            and events
            and events[-1].aggregate
            and (events[-1].date is None or events[-1].date.bound)
        ):
            # "... in a series of attacks, officials said on Thursday. The attacks took place on Wednesday."
            events[-1].date = d
            agg_before = (si, d)
        if (
            has_cas
            and not events
            and (_PLURAL_EVENTS.search(s) or _unrelated(specific))
            and _subheading(text, a, b)
            and not text[:a].strip()
        ):
            # a headline "Eight soldiers martyred in North Waziristan attacks", "25 militants killed in Kurram,
            # Orakzai": a sum, no one event's toll
            continue
        if (
            has_cas
            and not specific
            and si > 0
            and _PART_OF_TOTAL.match(s)
            and not _STAT_CMP.search(s)  # "They include 2,500 deaths, up 20 percent from 2013": a statistic (below)
            and (
                agg_before is not None
                and agg_before[0] == si - 1
                or _total_cue(prev := text[sents[si - 1][0] : sents[si - 1][1]])
                or period_in(prev, published) is not None
            )
        ):
            continue  # "... 10,548 civilian casualties in 2014. They include 3,699 deaths": the total's part, no event's
        if cur is not None and has_cas and not specific and _subheading(text, a, b):
            continue  # "6 militants dead" over the next paragraph: that paragraph's toll, not the event before
        # (a clause describing the place, ", where roadside bombs are frequently used", does not make the sentence
        # general: "... were among the dead in X district, where ..." tells the event)
        # (nor does what the attackers failed to do: "... but were shot dead before they could enter the house")
        s_done = _BEFORE_COULD.sub("", s)
        generic = bool(_GENERIC.search(_WHERE_CLAUSE.sub("", s_done) if specific else s_done)) and not (has_cas and specific)
        if generic and specific and d is not None and not d.bound and d.precision == "day" and _ONGOING.search(s):
            generic = False  # "battles have been raging in Zzkot district since late Friday": an event under way there
        if generic and not has_cas:
            continue
        if not has_cas and _seizure_only(s):
            continue  # "troops detained a suspect tied to bombings in X": an arrest, no attack to draft
        if not has_cas and not cue and _PROTEST.search(s):
            continue  # "protests against the government were held in X and Y districts": no attack to place or draft
        total = _total_cue(s)
        if has_cas and not total and _period_total(s):
            if specific:
                total = True  # "... in the X region since mid-October": the region's total
            elif not _larger_total(s, specific, figs, cur):
                continue  # a running total since a month placed nowhere: neither a draft nor the current event's toll
        if has_cas and not total and not specific and _PLURAL_SUBJECT.match(s):
            figs = _Figures()  # a headline "Drones kill 11" placed nowhere: a total over the attacks, no event's toll
            has_cas = False
        if has_cas and not total and _COUNT_OF_ATTACKS.search(s):
            if not specific:
                # "two drone strikes have killed at least 11" placed nowhere: a total, no event's toll (the sentence
                # still dates and names what it tells)
                figs = _Figures()
                has_cas = False
            else:
                total = True  # "two blasts in Zzkot killed nine": the total over the blasts, at their place
        larger = has_cas and not total and _larger_total(s, specific, figs, cur)
        if (
            has_cas
            and total
            or has_cas
            and max(v[0] for v in figs.killed + figs.injured) >= 2  # one death is one event's, wherever it is named
            and _unrelated(specific)
            and re.search(r"\b(?:airstrikes|strikes|attacks|incidents|blasts|provinces|regions|agencies)\b", s)
            and not _toll_per_clause(s, a, specific, figs)
            and not _one_list_of_spots(text, specific)
            and not _restates(cur, specific, figs)
            or larger
        ):
            since = _SINCE_YEAR.search(s)
            if (
                since
                and published is not None
                and int(since.group(1)) < pd.Timestamp(published).year
                and all(v[1] == "vague" for v in figs.killed + figs.injured)
            ):
                continue  # "scores of guards have been killed since 2012": no count, over years; no total to draft
            period = period_in(s, published)
            if period is None and si and _STAT_CMP.search(s):
                # "... 10,548 civilian casualties in 2014. They include 3,699 civilian deaths, up 25 percent from 2013":
                # a statistic of the period the sentence before gave
                period = period_in(text[sents[si - 1][0] : a], published)
            if period is not None:  # "in the first half of this year": the total's period, not one day
                d = DateFound(period[0], "range", False, 0, period[1])
            elif d is None and agg_before is not None and agg_before[0] == si - 1:
                d = agg_before[1]  # "..., over the past year. In KP, 192 people were martyred": the same period
            countries = {p.place.id: p for p in places if p.place is not None and p.place.kind == "country"}
            # a national total ("the deadliest year for Pakistan, ... attacks that killed 1,600") is the country's
            where = specific or (list(countries.values()) if len(countries) == 1 else [])
            if (acr := re.search(r"\bacross (?=[A-Z])", s)) is not None:
                # "bombings that killed more than 70 people across X Province": the unit named after "across"
                # (the finest of a chain: "across Pakistan's Khyber Pakhtunkhwa province")
                stop = a + acr.end() + len(re.split(r"[,.;:]|\s(?:and|on|in|since|after)\s", s[acr.end() : acr.end() + 60])[0])
                where = _finest([x for x in here if x.place is not None and a + acr.end() <= x.start < stop]) or where
            if not where and _OPERATION_BACK.match(s) and len({u.place.id for u in units_before if u.place}) == 1:
                # "... a drive against the Taliban in North Waziristan. The operation, which started on June 15, has
                # resulted in at least 550 deaths": the operation the sentence before placed (its one unit)
                where = units_before[:1]
            if not where and others and (unit := re.search(r"\bin the (district|province)\b", s)):
                # "... in the district during the past 48 hours": the district the text named last
                ante = _antecedent(text, mentions_before(a), unit.group(1))
                where = [ante] if ante is not None and ante.place is not None else []
            if (
                not where
                and len(text_countries) == 1
                # not the one country named when the report's event is in another ("bordering Afghanistan" in a report
                # of a blast in South Waziristan)
                and (
                    main_cur is None
                    or not main_cur.places
                    or main_cur.places[0].country in {c.country for c in text_countries.values()}
                )
            ):
                where = list(text_countries.values())  # "313 civilians were killed ... in the nine months": the report's country
            if (
                not where
                and not specific
                and len(text_countries) > 1
                and main_cur is not None
                and main_cur.places
                and main_cur.places[0].country in {c.country for c in text_countries.values()}
                and _YEAR_TOLL.search(s)
            ):
                # "The UN said 2,777 people were killed last year" in a report of a bombing in Zabul: the country of the
                # report's event, whatever other countries it names
                where = [next(c for c in text_countries.values() if c.country == main_cur.places[0].country)]
            if (larger or not where and _SINCE_CAMPAIGN.search(s)) and (
                not where
                or all(v[1] == "vague" for v in figs.killed)
                # "a double attack kills dozens ... 12 dead" over an event of nine: within the vague total told before
                or larger
                and cur is not None
                and max(v[0] for v in figs.killed) <= max(v[0] for v in cur.figures.killed)
            ):
                # a total the text places nowhere (no place, not one country) or does not count ("dozens"): no row,
                # and no event's toll
                continue
            agg = _Event(cue[0] if cue else "Other", cue[1] if cue else "", [(a, b)], where, d, figs, aggregate=True)
            agg.notes.append("total over several events, places or days")
            cas = _CASUALTIES.search(s)
            if cas:
                agg.notes.append(f"{cas.group(0)} (killed and injured together)")
            agg.joint = where is specific and len(where) >= 2 and period is None
            agg.seen = list(places)  # the places its parts may be told at ("34 killed, including two in A, 16 in B")
            events.append(agg)
            agg_before = (si, d)
            continue
        if not (cue or has_cas or specific or d):
            continue
        unnamed = False
        if has_cas and cue and not specific and cur is not None and _UNNAMED_SPOT.search(s):
            lands = [p for p in places if p.place is not None and p.place.kind == "country"]
            if len(lands) == 1:
                # "a bomb exploded in a small village in western Afghanistan, wounding 13": an event of its
                # own that the text places no finer than the country
                specific, unnamed = lands, True
        if (
            has_cas
            and not specific
            and cur is not None
            and cur.places
            and _ELSEWHERE_OPENS.match(s)
            and (office := _office_unit(text, mentions_in(a, b)))
            and not any(_related(office, q) for q in cur.places)
        ):
            # "Elsewhere, a spokesman for the governor of Zzkot province said a fighter was killed": another incident,
            # told by the office of the one unit the sentence names, and in it
            told = _Event(cue[0] if cue else "Other", cue[1] if cue else "people killed (no weapon named)", [(a, b)], [office])
            told.date, told.figures, told.separate, told.seen = d if d is not None else cur.date, figs, True, list(places)
            told.notes.append(f"place: {office.text}, the unit whose office tells this other incident")
            events.append(told)
            cur = told
            continue
        if has_cas and not specific and cur is not None and cur.places and _ELSEWHERE.search(s):
            continue  # "a soldier was killed in firefights in the east": somewhere the text does not name
        if (
            has_cas
            and not specific
            and cur is not None
            and cur.places
            and (here_dir := _IN_PART_OF.search(s)) is not None
            and (cur_dirs := {x.group(1).lower() for a0, b0 in cur.sentences[:6] for x in _IN_PART_OF.finditer(text, a0, b0)})
            and here_dir.group(1).lower() not in cur_dirs
        ):
            # "... killed in an attack in southern Zzland" then "The Taliban killed 25 militiamen in northern Zzland":
            # another part of the country, another incident; a later sentence with a place and no toll places it
            told = _Event("Other", "people killed (no weapon named)", [(a, b)], [], d if d is not None else cur.date, figs)
            told.separate, told.awaiting, told.seen = True, "*", list(places)
            events.append(told)
            continue
        if specific and not has_cas and events and events[-1].awaiting == "*" and not events[-1].places and _ATTACK_WORD.search(s):
            # "Taliban claimed responsibility for the attack on the militiamen in Zzkot province"
            events[-1].places = specific
            events[-1].sentences.append((a, b))
            continue
        if has_cas and cue and not specific and cur is not None and cue[0] != cur.etype and _ELSEWHERE.search(s):
            # "In the country's east, a suicide car bomber attacked a base, killing two": another incident, told
            # before its place; a later sentence with the same weapon and a place places it
            told = _Event(cue[0], cue[1], [(a, b)], [], d if d is not None else cur.date, figs, separate=True, awaiting=cue[0])
            told.seen = list(places)
            events.append(told)
            continue
        if specific and cue and not has_cas and cur is not None and cur.etype != cue[0] and _THE_EVENT_OPENS.match(s):
            # "The blast went off in Zzkot while ..." after another incident ("Meanwhile, ... clashed in Yykot"): the
            # blast told before it and placed no finer than the country
            back = next(
                (
                    e
                    for e in reversed(events)
                    if (e.etype == cue[0] or cue[0] == "Explosion" and e.etype in _BOMB_TYPES)
                    and not e.background
                    and not e.aggregate
                    and all(p.place is not None and p.place.kind == "country" for p in e.places)
                ),
                None,
            )
            if back is not None:
                back.places = specific
                back.sentences.append((a, b))
                back.seen += places
                continue
        if specific and cue and (cur is None or cur.etype != cue[0]):
            waiting = next((e for e in reversed(events) if e.awaiting == cue[0] and not e.places), None)
            if waiting is not None and not has_cas:
                # "The Taliban claimed responsibility for the suicide car bombing ... near Gardez"
                waiting.places = specific
                waiting.sentences.append((a, b))
                waiting.seen += places
                continue
        if (
            cur is not None
            and cur.places
            and specific
            and all(p.place is not None and p.place.kind == "border" for p in specific)
            and not has_cas
        ):
            specific = []  # "near the Pakistan-Afghanistan border": where the event already placed is
        if (
            cur is not None
            and cur.background
            and cur.places
            and main_cur is not None
            and not (specific and cur.places and any(_related(p, q) for p in specific for q in cur.places))
            and not (
                not specific
                and d is None
                and has_cas
                and (not cue or cue[0] == cur.etype or _THE_EVENT.search(s))
                and (a, b) == _next_of(sents, cur)
            )
            and not (not specific and d is None and _repeats(figs, cur.figures))
        ):
            # after a cited earlier event, the report goes on about its own; only the toll sentence right
            # after it, with no place, day or weapon of its own ("Assailants shot him dead."), is the cited event's
            cur = main_cur
        elif (
            cur is not None
            and cur.background
            and main_cur is None
            and has_cas
            and (d is not None and not d.bound or cue is not None)
            and not _repeats(figs, cur.figures)
            and not (specific and cur.places and any(_related(p, q) for p in specific for q in cur.places))
        ):
            # "Sunday's attack comes after a bombing in Kabul last week. At least seven civilians were killed when
            # their truck hit a roadside bomb in the east on Sunday": the report's own event, told after the cited one
            cur = None
        if (
            cur is not None
            and cur.separate
            and not cur.places
            and specific
            and cue
            and cue[0] != cur.etype
            and not has_cas
            and (back := _told_before(events, cur, cue[0], specific)) is not None
        ):
            # "A suicide bomber killed 10 in Helmand. Separately, a roadside bomb killed two in the east. The suicide
            # attack occurred at a bridge in Gereshk": the sentence goes back to the event of its weapon
            cur = back
        if specific and d is None and cur is not None and not _NEW_EVENT.search(s) and (named := _THE_PLACE_EVENT.search(s)):
            # "... had killed five militiamen in the Helmand clash": the clash told before at that place, not another
            named_at = [p for p in specific if p.start == a + named.start(1)]
            back = next(
                (
                    e
                    for e in reversed(events)
                    if not e.aggregate and not e.background and named_at and any(_related(named_at[0], q) for q in e.places)
                ),
                None,
            )
            if back is not None and back is not cur:
                cur = back
        related = (
            cur is not None and bool(specific) and bool(cur.places) and all(any(_related(p, q) for q in cur.places) for p in specific)
        )
        # "a drone strike near the Pak-Afghan border ... a drone targeted a car in the Zzkot area of Kurram": the border
        # only said where the event was until a place did, the place goes on with it
        border_only = (
            cur is not None
            and bool(specific)
            and bool(cur.places)
            and all(p.place is not None and p.place.kind == "border" and p.status == "matched" for p in cur.places)
            and not any(p.place is not None and p.place.kind in ("border", "country") for p in specific)
        )
        related = related or border_only
        date_differs = (
            d is not None
            and not d.bound
            and cur is not None
            and cur.date is not None
            # "Earlier this month, forces killed seven ... 'On August 15, forces conducted an operation in X'": the
            # month's day, told again without a toll of its own
            and not (
                cur.date.precision == "month"
                and not cur.date.bound
                and not has_cas
                and d.precision == "day"
                and (d.date.year, d.date.month) == (cur.date.date.year, cur.date.date.month)
            )
            # "... said Sunday that 13 were killed. Both airstrikes were carried out late Friday": the day of the
            # event known only by when it was reported, not another event
            and not (cur.date.bound and not has_cas and d.date <= cur.date.date and bool(_TOOK_PLACE.match(s)))
            and (
                abs((d.date - cur.date.date).days) > 1
                or d.date < cur.date.date
                and (bool(_CITED.search(s)) or has_cas and bool(_OPENING_DAY.match(s)) and not cur.date.bound)
            )
        ) or (
            # "On June 14, four troops were martyred ..." after an event with no day of its own: an earlier one
            d is not None
            and not d.bound
            and (has_cas or cue is not None and bool(_CITED.search(s)))
            and cur is not None
            and (cur.date is None or cur.date.bound)
            and published is not None
            and (pd.Timestamp(published) - d.date).days > 2
            and (bool(_OPENING_DAY.match(s)) or bool(_OPENS_LAST.search(s)) or bool(_CITED.search(s)))
            and not _repeats(figs, cur.figures)
        )
        # a list item ("-- Three civilians were wounded ...") of a round-up is an incident of its own
        listed = _list_item(text, a)
        new_ev = bool(_NEW_EVENT.search(s)) or listed
        starts_new = (
            unnamed
            or (
                cue
                or has_cas
                or specific
                and (new_ev and not _STATEMENT.search(s) or date_differs and not related and bool(_OPENS_PAST.match(s)))
            )
            and (cur is None or (specific and not related and not (cur.places == [] and not date_differs)) or new_ev or date_differs)
        )
        if starts_new and cur is not None and not cur.places and specific and not date_differs and not new_ev:
            starts_new = False  # a headline without a place: this sentence places it
        if starts_new:
            opened = cur is None  # no event told yet, or only totals and clauses
            before_ev = cur
            cur = _Event(
                cue[0] if cue else "Other",
                cue[1] if cue else "people killed (no weapon named)",
                [(a, b)],
                specific,
                d if d is not None else None,
                figs,
            )
            if (
                not specific
                and (date_differs or not events or opened and has_cas)
                and (has_cas or date_differs and cue is not None)
                and said_before is not None
                and said_before.place is not None
                and said_before.place.kind != "country"
            ):
                # "Sunday's attack in Data Khel was the third in that area. A Wednesday strike killed five": an
                # earlier event with no place of its own is at the place the sentence before named, unless the
                # sentences that go on about it place it
                cur.fallback = [said_before]
            if d is None and article_date is not None:
                cur.date = article_date
                cur.notes.append("date: from an earlier sentence of the article")
            if (
                d is None
                and before_ev is not None
                and before_ev.date is not None
                and before_ev.date.precision == "day"
                and not before_ev.date.bound
                and not before_ev.background
                and _IN_ANOTHER_INCIDENT.match(s)
            ):
                # "In a separate incident, militants raided a checkpoint in Zzkot" with no day of its own: a
                # round-up's next incident, on the day of the one told before it
                cur.date = DateFound(before_ev.date.date, "day", False, a)
                cur.notes.append("date: the day of the incident told before it ('in another incident')")
            # cited: its wording says so, or it has its own day, days before the report's main event
            cur.background = bool(_BACKGROUND.search(own)) or (
                d is not None
                and not d.bound
                and main_cur is not None
                and main_cur.date is not None
                and not main_cur.date.bound
                and (main_cur.date.date - d.date).days > 2
            )
            cur.separate = new_ev or unnamed
            cur.item = listed and not (cue or has_cas)
            cur.seen = list(places)
            events.append(cur)
            if not cur.background:
                main_cur = cur
        elif cur is not None and (specific or has_cas or d is not None or cue):
            if has_cas and not specific and others:
                said = [m for m in mentions_in(a, b) if m.place is not None and m.place.kind not in ("country", "province")]
                back = _speaker_event(said, cur, events) if said else None
                if back is not None:
                    cur = back
                elif (across := _across_border(text, said, cur)) is not None:
                    # "Kandahar police spokesman said one Afghan soldier was killed" in a report of Afghan fire on
                    # Chaman: the other side's own casualties, an event at its speaker's place; the report goes on
                    other = _Event(cur.etype, cur.subtype, [(a, b)], [across], cur.date, figs, separate=True)
                    other.seen = [across]
                    other.notes.append(f"casualties on the other side of the border, as the office in {across.text} gives them")
                    events.append(other)
                    continue
            if specific and not cur.places and len(cur.sentences) == 1 and _other_victims(text, cur.figures, figs):
                # "Nine soldiers killed in ambush" over "a car bomb in Zzkot killed two civilians": the headline
                # tells another event of the report, its toll is not this one's
                cur.figures = _Figures()
            cur.sentences.append((a, b))
            cur.seen += places
            if specific:
                if not cur.places:
                    cur.places = specific
                elif related and not border_only and not _AFTERMATH.search(s):
                    cur.places = _finest(cur.places + specific, text)
                elif all(p.place is not None and p.place.kind == "border" for p in cur.places) and not any(
                    p.place is not None and p.place.kind in ("border", "country") for p in specific
                ):
                    # "strikes on hideouts near the Pakistan-Afghanistan border ... In Zzkot village of Bihsud district,
                    # homes were destroyed": the border only said where the event was until a place did
                    cur.places = specific
            came = _CAME_AFTER.search(s)
            if came is None and not cur.background:
                # "... shut the routes last November following air strikes that led to the deaths of 24 soldiers": the
                # toll after a cue of a cited, earlier event is that event's, not the current one's
                came = next((m for m in _BACKGROUND.finditer(s) if m.start() > 0 and s[: m.start()].strip()), None)
            if came is not None:
                # "The attack comes less than three weeks after 50 soldiers were killed in X": the toll after "after"
                # is an earlier event's, not this one's
                figs = _Figures(
                    [v for v in figs.killed if v[2] < a + came.end()],
                    [v for v in figs.injured if v[2] < a + came.end()],
                    figs.civilians if not any(v[2] >= a + came.end() for v in figs.killed) else np.nan,
                )
            cur.figures.killed += figs.killed
            cur.figures.injured += figs.injured
            if np.isnan(cur.figures.civilians):
                cur.figures.civilians = figs.civilians
            if (
                d is not None
                and (cur.date is None or cur.date.bound and (not d.bound or d.date < cur.date.date))
                and not (
                    not has_cas
                    and not cue
                    and published is not None
                    and (pd.Timestamp(published) - d.date).days > 31
                    and not _BACKGROUND.search(s)
                )
                # "Six were killed in clashes, police said on Tuesday. ... Troops left the district two weeks ago": a
                # sentence with no violence and no toll does not move a reported event days before its report
                and not (not has_cas and not cue and cur.date is not None and (cur.date.date - d.date).days > 3)
                # "In mid-June, bombers blew open the jail" after an undated toll: an earlier month's event the
                # report recalls, not the day of the toll told before
                and not (d.precision == "month" and not has_cas and cur.figures.killed and _PART_OF_MONTH.match(s))
            ):
                # an event known only by when it was reported is on or before the earliest of those days (not a day
                # long before the report that a sentence without violence gives: "a health worker gives polio drops
                # in Lahore on August 27, 2019" under a headline, a file photo's caption)
                cur.date = d
            elif (
                d is not None
                and cur.date is not None
                and not d.bound
                and d.precision == "day"
                and cur.date.precision == "week"
                and not cur.date.bound
                and abs((d.date - cur.date.date).days) <= 6
            ):
                # "the second airstrike this week ... On Monday, a strike left 13 dead": the week's day
                cur.date = d
            elif (
                d is not None
                and cur.date is not None
                and not d.bound
                and d.precision == "day"
                and cur.date.precision == "month"
                and not cur.date.bound
                and (d.date.year, d.date.month) == (cur.date.date.year, cur.date.date.month)
            ):
                # "Earlier this month, forces killed seven militants in X. ... 'On August 15, forces conducted an
                # operation in X,' the military had said": the month's day
                cur.date = d
            if (
                d is not None
                and not d.bound
                and not has_cas
                and len(events) >= 2
                and events[-1] is cur
                and _BOTH_WENT_OFF.match(s)
                and not events[-2].background
                and not events[-2].aggregate
                and (events[-2].date is None or events[-2].date.bound)
            ):
                # "In Zzkot, a roadside bomb killed a shepherd. In Yypur, a bomb killed two children. Both bombs went
                # off on Saturday": the day of the two incidents told last
                events[-2].date = d
            if cue and cur.etype == "Other":
                cur.etype, cur.subtype = cue
        else:
            continue
        if cur is not None and cur.date is not None and not cur.date.bound:
            last_date = cur.date.date
    if article_date is not None and not article_date.bound and article_date.precision == "day":
        for e in events:
            if (
                e.date is None
                and not e.background
                and not e.aggregate
                and any(_related(p, q) for p in e.places for q in article_places)
            ):
                # begun before the lead gave its day ("• Police van targeted ..." then "... on Wednesday")
                e.date = article_date
                e.notes.append("date: from another sentence of the article")
    if pending is not None:
        pending.host = cur
        events.append(pending)
    for e in events:
        if e.host is not None and e.host.places:
            # at the place of the event whose place the clause describes; on or before that event's day
            e.places = list(e.host.places)
            if e.host.date is not None:
                e.date = DateFound(e.host.date.date, "week", True, e.host.date.start)
    for e in events:
        if not e.places and e.fallback:
            e.places = e.fallback
            e.notes.append(f"place: {e.fallback[0].text}, named in the sentence before")
    only = _only_unit(text, others)
    for e in events:
        if only is not None and not e.places and not e.aggregate and not e.background and e.figures.killed:
            # "A spokesman for the Zzkot governor said four policemen were killed in an attack on a police station":
            # the report names no place but one province or district (a speaker's unit): the event is in it
            e.places = [only]
            e.notes.append(f"place: {only.text}, the only province or district the report names")
    merged = _merge(_parts_dated_by_total([e for e in events if e.places or e.aggregate and e.figures.killed]), text)
    return _place_parts(
        text, _joint_toll_parts(_without_headline(text, _total_of_one(_total_dated_by_parts(_total_then_parts(merged)))))
    )


def _joint_toll_parts(events: list[_Event]) -> list[_Event]:
    """Beside a total one sentence gives over several places ("warplanes struck hideouts in A, B and C provinces,
    killing 13"), an event at each of its places with no toll of its own (docs/annotation.md: a joint toll), unless
    the report tells an event there itself (then the total's parts are those events)."""
    out: list[_Event] = []
    told: list[Mention] | None = None  # the places of the events told (and of the parts added), gathered once
    for ev in events:
        out.append(ev)
        if not (ev.aggregate and ev.joint and ev.date is not None and not ev.date.bound):
            continue  # a total the text does not date itself may be a period's ("attacks ... particularly in A and B")
        if told is None:
            told = [q for e in events if not e.aggregate for q in e.places]
        for p in _without_border(ev.places):
            if not any(_related(p, q) for q in told):
                part = _Event(ev.etype, ev.subtype, list(ev.sentences), [p], ev.date)
                part.notes.append("toll told only as a total over several places (the aggregate row)")
                out.append(part)
                told.append(p)
    return out


# "killed 34 militants, including two in Zzkot district, 16 in Yyabad and five in eastern Xxpur": a total's parts by
# place after "including" (each a figure, up to two words, "in", up to two lower-case words, then the place)
_PART_IN = r"(" + _NUM[1:-1] + r")\s+(?:[\w-]+\s+){0,2}?in\s+(?:the\s+)?(?:(?-i:[a-z][\w-]*)\s+){0,2}?(?=(?-i:[A-Z]))"
# (opened by "including", "among them/whom", "of them/whom", "with", a colon or a dash: "Twenty were killed on Sunday: five in
# A, seven in B", "left 20 dead, with five killed in A, seven in B")
_PLACE_PARTS = re.compile(
    r"(?:,?\s+(?:including|among\s+(?:them|whom)|of\s+(?:them|whom)|with)\s+|:\s+|\s(?:–|—|--)\s+)" + _PART_IN, re.I
)
_NEXT_PART = re.compile(r"[^,;.]{0,60}?(?:,\s+(?:and\s+)?|\s+and\s+)" + _PART_IN, re.I)


def _place_parts(text: str, events: list[_Event]) -> list[_Event]:
    """A total one sentence splits by place after "including" ("killed 34 militants, including two in A district, 16
    in B and five in C"): each place's part is its own event's toll (the event the report tells there, else a new
    one), the total stays an aggregate over the places not given a part (no row when every place has one)."""
    out: list[_Event] = []
    for ev in events:
        if not (ev.figures.killed and (ev.aggregate or len(ev.places) >= 2) and not ev.background):
            out.append(ev)
            continue
        parts: list[tuple[float, int, Mention, int]] = []
        for a, b in ev.sentences:
            s = text[a:b]
            m = _PLACE_PARTS.search(s)
            while m is not None:
                n = _num(m.group(1))
                at = a + m.end()
                place = next((q for q in (*ev.places, *ev.seen) if at <= q.start < at + 3 and q.place is not None), None)
                # (a place named again in the list is one of the event's places, by its name)
                place = place or next((q for q in ev.places if text.startswith(q.text, at) and q.place is not None), None)
                if place is None or np.isnan(n):
                    break
                parts.append((n, a + m.start(1), place, at + len(place.text)))
                m = _NEXT_PART.match(s, m.end())
        if len(parts) < 2 or sum(n for n, *_ in parts) > max(v[0] for v in ev.figures.killed):
            out.append(ev)  # one part alone, or parts that add up to more than the total: not its split by place
            continue
        lo, hi = parts[0][1], parts[-1][3]  # the list of parts: a place named inside it is a part's
        kept = [q for q in ev.places if not lo <= q.start < hi and not any(_related(q, p[2]) for p in parts)]
        if kept and not ev.aggregate:
            out.append(ev)  # one event's places, not all given a part: left as told
            continue
        if kept:
            ev.places = kept
            out.append(ev)
        for n, at, place, _ in parts:
            own = next(
                (
                    e
                    for e in events
                    if e is not ev and not e.aggregate and e.date == ev.date and any(_related(q, place) for q in e.places)
                ),
                None,
            )
            if own is not None and not own.figures.killed:
                own.figures.killed = [(n, "", at)]
                own.places = [place]
                continue
            if own is not None:
                continue  # told there with a toll of its own
            part = _Event(ev.etype, ev.subtype, list(ev.sentences), [place], ev.date, _Figures(killed=[(n, "", at)]))
            part.notes.append(f"part of a total of {max(v[0] for v in ev.figures.killed):g} told over several places")
            out.append(part)
    return out


def _best_killed(f: _Figures) -> float:
    lo, best, hi = _range(f.killed) if f.killed else (np.nan, np.nan, np.nan)
    return best if not np.isnan(best) else lo


def _total_then_parts(events: list[_Event]) -> list[_Event]:
    """A lead toll an event's later sentence gives a smaller part of, whose rest the events right after it
    (same day) add up to exactly ("At least eight militants were killed ... in Swat on Thursday. ... six were
    killed in X village ... shot dead two militants in Y"): the lead toll is a total over them, its own row."""
    out: list[_Event] = []
    for i, ev in enumerate(events):
        if ev.aggregate or ev.background or len(ev.sentences) < 2 or ev.date is None:
            out.append(ev)
            continue
        a0, b0 = ev.sentences[0]
        lead = [v for v in ev.figures.killed if a0 <= v[2] < b0]
        rest = [v for v in _firm(ev.figures.killed) if not a0 <= v[2] < b0]
        total = lead[0][0] if len(lead) == 1 and lead[0][1] in ("", "at least") else np.nan
        part = max((v[0] for v in rest), default=np.nan)
        if np.isnan(total) or np.isnan(part) or part >= total:
            out.append(ev)
            continue
        acc = part
        for nxt in events[i + 1 :]:
            if nxt.aggregate or nxt.background or nxt.date is None or nxt.date.date != ev.date.date:
                break
            k = _best_killed(nxt.figures)
            if np.isnan(k):
                break
            acc += k
            if acc >= total:
                break
        if acc != total:
            out.append(ev)
            continue
        where = _finest([m for m in ev.seen if a0 <= m.start < b0 and m.place is not None])
        agg = _Event(ev.etype, ev.subtype, [(a0, b0)], where, ev.date, _Figures(killed=lead), aggregate=True)
        agg.notes.append("total over several events, places or days (its parts are told after it)")
        ev.figures.killed = [v for v in ev.figures.killed if v not in lead]
        out += [agg, ev]
    return out


def _parts_dated_by_total(events: list[_Event]) -> list[_Event]:
    """A round-up's total with its own day ("47 militants were killed in separate operations in Zzkot and Yypur on
    Wednesday") whose parts are told after it with no day of their own ("Gunships pounded hideouts in Zzkot, killing
    16"): each part is on the total's day, not only on or before the page's day."""
    for i, agg in enumerate(events):
        if not agg.aggregate or not agg.places or agg.date is None or agg.date.bound or agg.date.precision != "day":
            continue
        # (an event the headline opened goes on after the total: "47 killed in Zzkot" over the lead, then its parts)
        opened = [e for e in events[:i] if not e.aggregate and e.sentences[-1][0] > agg.sentences[0][0]]
        for e in opened + events[i + 1 :]:
            if e.aggregate or e.date is not None and not e.date.bound:
                break  # another total, or an event with a day of its own: the round-up's parts end
            if (
                e.background
                or not e.places
                or e.date is not None
                and not 0 <= (e.date.date - agg.date.date).days <= 7
                or not all(any(_related(p, q) for q in agg.places) for p in e.places)
            ):
                continue
            e.date = DateFound(agg.date.date, "day", False, agg.date.start)
            e.notes.append("date: the day of the round-up's total told before it")
    return events


def _total_of_one(events: list[_Event]) -> list[_Event]:
    """A total with no place of its own ("Three insurgents and a police commander were killed in separate
    incidents") whose report then tells two or more incidents of which only one has deaths: all the deaths are that
    incident's (its own smaller figure stays beside the total as a differing figure); the total is no row."""
    out: list[_Event] = []
    for i, ev in enumerate(events):
        if not ev.aggregate or ev.places or len(ev.figures.killed) != 1 or ev.figures.killed[0][1] != "":
            out.append(ev)
            continue
        after: list[_Event] = []
        for nxt in events[i + 1 :]:
            if nxt.aggregate:
                break
            if not nxt.background:
                after.append(nxt)
        dead = [e for e in after if e.figures.killed]
        if len(after) < 2 or len(dead) != 1 or _best_killed(dead[0].figures) > ev.figures.killed[0][0]:
            out.append(ev)
            continue
        dead[0].figures.killed += ev.figures.killed
        dead[0].sentences = sorted(dead[0].sentences + ev.sentences)
        dead[0].notes.append("killed: the total of the report's incidents, the only one of them with deaths")
    return out


def _total_dated_by_parts(events: list[_Event]) -> list[_Event]:
    """A total with no day of its own ("Two soldiers and a child were martyred in separate incidents in North and
    South Waziristan") whose report tells two or more events at its places with their own days (Sunday night in
    North Waziristan, Monday in South Waziristan) spans those days."""
    for agg in events:
        if not agg.aggregate or not agg.places or agg.date is not None and not agg.date.bound:
            continue
        days = [
            e.date.date
            for e in events
            if not e.aggregate
            and not e.background
            and e.date is not None
            and not e.date.bound
            and e.date.precision == "day"
            and any(_related(p, q) for p in e.places for q in agg.places)
        ]
        if len(days) >= 2:
            lo, hi = min(days), max(days)
            agg.date = DateFound(lo, "day") if lo == hi else DateFound(lo, "range", False, 0, hi)
            agg.notes.append("date: the days of the events at its places the report tells")
    return events


def _without_headline(text: str, events: list[_Event]) -> list[_Event]:
    """A headline ("Two security men martyred in Mastung, Kalat attacks") that did not merge into
    the report's events but only names places the body reports events at is a summary, not
    another event: dropped."""
    if len(events) < 2 or len(events[0].sentences) != 1 or events[0].date is not None:
        return events
    a, b = events[0].sentences[0]
    line = text[a:b].strip()
    if text[:a].strip() or not line or line[-1] in '.!?”"' or "\n" not in text[b : b + 2]:
        return events
    later = events[1:]
    named = {_norm(m.text) for e in later for m in e.seen}
    if all(_norm(p.text) in named or any(_related(p, q) for e in later for q in e.places) for p in events[0].places):
        return later
    return events


def _on_or_before(x: DateFound, y: DateFound) -> bool:
    """One of two dates is only "on or before" (the page's or the report's date) and the other is a day
    within the week before it: the same day may be meant."""
    for bound, day in ((x, y), (y, x)):
        if bound.bound and not day.bound and 0 <= (bound.date - day.date).days <= 7:
            return True
    return False


def _same_toll(x: _Figures, y: _Figures) -> bool:
    """Two reports' killed figures agree (one figure in common, or one gives none)."""
    a, b = {v[0] for v in x.killed}, {v[0] for v in y.killed}
    return not a or not b or bool(a & b)


def _merge(events: list[_Event], text: str = "") -> list[_Event]:
    """Fold repeated reports: same or nested places, same day (or no day), not aggregates."""
    out: list[_Event] = []
    for ev in events:
        host = None
        if not ev.aggregate:
            for other in out:
                if other.aggregate or other.background != ev.background or ev.separate:
                    continue
                same_day = (
                    other.date is None
                    or ev.date is None
                    or other.date.date == ev.date.date
                    or _on_or_before(other.date, ev.date)
                    and _same_toll(other.figures, ev.figures)
                )
                if same_day and all(any(_related(p, q) for q in other.places) for p in ev.places):
                    host = other
                    break
        if host is None:
            out.append(ev)
            continue
        host.sentences += ev.sentences
        host.seen += ev.seen
        host.places = _finest(host.places + ev.places, text)
        host.figures.killed += ev.figures.killed
        host.figures.injured += ev.figures.injured
        if np.isnan(host.figures.civilians):
            host.figures.civilians = ev.figures.civilians
        if host.date is None or host.date.bound and ev.date is not None and not ev.date.bound:
            host.date = ev.date
    return out


_CLAUSE_BREAK = re.compile(r",\s+(?:and|while|but)\b|;|[.!?]\s|\bwhile\b")
# what joins the members of a list of places ("A and B", "A, B and C", "A or B")
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|&)\s+)", re.I)


def _without_border(places: list[Mention]) -> list[Mention]:
    """An event's places without a border beside other places ("the Pak-Afghan border crossing at Kharlachi ...
    fire in the Spina Shaga area": the border says where the places are, it is no scene of its own)."""
    inner = [p for p in places if p.place is None or p.place.kind != "border"]
    return inner if inner and len(inner) < len(places) else places


def _split(ev: _Event, text: str = "") -> list[tuple[Mention | None, _Figures, bool]]:
    """One draft per place of an event: (place, its figures, figures shared with the first).
    A figure goes to the place named nearest after it in its clause ("three women ... were
    killed in Paktika ... two women were killed in Khost"), else to the one named just before it
    in its clause ("struck in Kunduz, leaving 15 dead, and in Farah, where they killed four"),
    else all go to the first place."""
    if len(ev.places) <= 1 or ev.aggregate:
        return [(ev.places[0] if ev.places else None, ev.figures, False)]
    seen = sorted(ev.seen, key=lambda m: m.start)
    pos = [m.start for m in seen]

    def one_of(m: Mention) -> int | None:
        # a unit holding two places of the event ("in Zzprovince, killing six. Four were killed in A and two in B"):
        # -1 - the first place: its figure is their total when the places have figures of their own
        hit = [g for g, pl in enumerate(ev.places) if _related(m, pl)]
        if len(hit) > 1 and all(_strictly_finer(ev.places[g], m) for g in hit):
            return -1 - hit[0]
        return hit[0] if hit else None

    def group(p: int) -> int | None:
        k = bisect.bisect_left(pos, p)
        if k < len(seen) and seen[k].start - p < 90 and not _CLAUSE_BREAK.search(text, p, seen[k].start):
            return one_of(seen[k])
        if k > 0 and p - seen[k - 1].end < 90 and text and not _CLAUSE_BREAK.search(text, seen[k - 1].end, p):
            if k > 1 and _LIST_JOIN.fullmatch(text, seen[k - 2].end, seen[k - 1].start):
                # the last of a list ("in the districts of A and B, 20 were killed"): the figure is the list's
                return None
            return one_of(seen[k - 1])
        return None

    sents = sorted(ev.sentences)

    def focus(p: int) -> int | None:
        # no place in the figure's clause: the one place of the event its sentence names, else the one place the
        # nearest sentence before it names ("In Balkh, the Taliban targeted posts. '... 9 were killed,' the
        # ministry said" after a sentence on Farah: Balkh's)
        k = bisect.bisect_right(sents, (p, 10**12)) - 1
        while k >= 0:
            a, b = sents[k]
            named = {g for m in seen[bisect.bisect_left(pos, a) : bisect.bisect_left(pos, b)] for g in [one_of(m)] if g is not None}
            if named:
                return named.pop() if len(named) == 1 else None
            k -= 1
        return None

    per = [_Figures() for _ in ev.places]
    assigned = 0
    over: list[tuple[str, tuple[float, str, int], int]] = []  # figures of a unit holding several of the places
    for attr in ("killed", "injured"):
        for v in getattr(ev.figures, attr):
            g = group(v[2])
            if g is None:
                g = focus(v[2])
            if g is not None and g < 0:
                over.append((attr, v, -1 - g))
            elif g is not None:
                getattr(per[g], attr).append(v)
                assigned += 1
    if len({g for g in range(len(per)) if per[g].killed}) < 2:
        for attr, v, g in over:  # no split to total: the unit's figure goes to its first place, as any other
            getattr(per[g], attr).append(v)
            assigned += 1
    groups = {g for g in range(len(per)) if per[g].killed or per[g].injured}
    if assigned and len(groups) == 1 and 0 not in groups:
        # every figure the text ties to a place is tied to this one: it carries them all
        g1 = groups.pop()
        return [(pl, ev.figures if g == g1 else _Figures(), g != g1) for g, pl in enumerate(ev.places)]
    if assigned and len(groups) >= 2:
        for f in per:
            f.civilians = f.killed[0][0] if f.killed and not np.isnan(ev.figures.civilians) else np.nan
        return [(pl, per[g], False) for g, pl in enumerate(ev.places)]
    return [(pl, ev.figures if g == 0 else _Figures(), g > 0) for g, pl in enumerate(ev.places)]


# where the clause of a lead's total ends ("At least 12 were killed around the country, including 10 in X": the part)
_TOTAL_CLAUSE_END = re.compile(r",\s+(?:including|among (?:them|whom)|and|while|but)\b|;|[.!?](?:\s|$)|\bwhile\b|\n")


def _names_in_clause(text: str, at: int, name: str) -> bool:
    """Does the clause of the figure at ``at`` name ``name``?"""
    lo = max((b.end() for b in _TOTAL_CLAUSE_END.finditer(text, max(0, at - 300), at)), default=max(0, at - 300))
    nxt = _TOTAL_CLAUSE_END.search(text, at)
    hi = nxt.start() if nxt else len(text)
    return re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text[lo:hi]) is not None


def _without_sum_of_parts(text: str, m: Mention, figs: _Figures, others: Iterable[_Figures], ev: _Event) -> _Figures:
    """The figures of one draft without a lead's total over it and drafts told after it: a killed figure told before the
    draft's own smaller one that is that one plus other drafts' tolls ("Five militants were killed in Swat. Two were
    killed in A ... In another incident, three were killed in B": A's toll is 2, not 5). ``others`` (the other drafts'
    figures) is read only when the draft has a larger figure to test."""
    firm = _firm(figs.killed)
    if ev.aggregate or len({v[0] for v in firm}) < 2:
        return figs
    top = max(v[0] for v in firm)
    at = max(v[2] for v in firm if v[0] == top)
    own = [v for v in firm if v[0] < top]
    if any(v[2] < at for v in own):
        return figs  # the larger figure told after a smaller one, or told again: no lead's total
    if any(_names_in_clause(text, v[2], m.text) for v in firm if v[0] == top):
        return figs  # "a bomb killed three in X" is X's own toll, whatever other drafts add up to
    # the other drafts' tolls, each all told after the total
    parts = [max(v[0] for v in f) for o in others if (f := _firm(o.killed)) and min(v[2] for v in f) > at][:12]
    rest = top - max(v[0] for v in own)
    sums = {0.0}
    for n in parts:
        sums |= {x + n for x in sums if x + n <= rest}
    if rest not in sums or rest <= 0:
        return figs
    return _Figures([v for v in figs.killed if v[0] != top], figs.injured, figs.civilians)


def _frame(text, events, published, source, gpd, CRS, points, sents):
    rows = []
    drafts = []
    ends = [a for a, _ in sents]
    for ev in events:
        if ev.item and ev.etype == "Other" and not ev.figures.killed and not ev.figures.injured:
            continue  # "-- Troops found a weapons cache in Zzkot": an item of a round-up that is no incident
        # who did it and how sure: the event's sentences and the one after ("X claimed responsibility.")
        k = bisect.bisect_left(ends, ev.sentences[-1][1])
        after = text[sents[k][0] : sents[k][1]] if k < len(sents) else ""
        window = " ".join(text[a:b] for a, b in ev.sentences) + " " + after
        ev.places = _without_border(ev.places)
        drafts += [(ev, m, figs, shared, window) for m, figs, shared in _split(ev, text)]
    for i, (ev, m, figs, shared, window) in enumerate(drafts):
        day = ev.date.date if ev.date is not None else None
        # the other drafts of the same day (or of no day the text gives), gathered only if a total is to be tested
        same = (f for j, (e, _, f, *_) in enumerate(drafts) if j != i and not e.aggregate and (e.date is None or e.date.date == day))
        figs = _without_sum_of_parts(text, m, figs, same, ev)
        rows.append(_row(text, ev, m, figs, shared, published, source, window))
    df = pd.DataFrame(
        rows,
        columns=[
            "date",
            "date_end",
            "date_precision",
            "event_type",
            "event_subtype",
            "actor",
            "location",
            "country",
            "admin1",
            "killed_min",
            "killed_best",
            "killed_max",
            "injured_min",
            "injured_best",
            "injured_max",
            "civilians_killed",
            "sources",
            "verification",
            "notes",
            "place",
            "place_id",
            "lat",
            "lon",
            "precision",
            "uncertainty_km",
            "aggregate",
            "background",
            "evidence",
            "evidence_spans",
            "status",
        ],
    )
    df["date"] = pd.to_datetime(df["date"])
    df["date_end"] = pd.to_datetime(df["date_end"])
    df.insert(0, "id", [f"draft-{i + 1:03d}" for i in range(len(df))])
    return gpd.GeoDataFrame(df, geometry=points(df["lat"], df["lon"]), crs=CRS)


def _shared(m: Mention | None, attr: str) -> str | None:
    """The mention's country or province; for an ambiguous one, only if all its candidates share it."""
    if m is None:
        return None
    if m.status != "ambiguous":
        return getattr(m.place, attr)
    assert m.place is not None  # an ambiguous mention has its candidates
    values = {getattr(c, attr) for c in (m.place, *m.place.alternatives)}
    return values.pop() if len(values) == 1 else None


_NUM_WORD = re.compile(r"(?<![\w-])" + _NUM + r"(?![\w-])", re.I)
_FIGHTERS = re.compile(r"\b(?:fighters|militants|insurgents|terrorists|rebels|Taliban|Daesh|khwarij)\b", re.I)


def _victims(text: str, v: tuple[float, str, int]) -> str:
    """The words after figure ``v`` up to its verb or clause end ("15 civilians have been killed": "civilians")."""
    after = text[v[2] : v[2] + 100]
    if (num := _NUM_WORD.search(after)) is not None:
        after = after[num.end() :]  # (a figure after its verb is placed at the verb: "killed at least five civilians")
    return re.split(r"\b(?:were|was|have|has|had|are|is|killed|died|dead|but|while|whereas|though)\b|[.;,]", after, maxsplit=1)[0]


def _civilians_then_fighters(text: str, vals: list[tuple[float, str, int]]) -> float | None:
    """The best killed figure when the event's first firm figure counts civilians and a larger one, told later, counts
    fighters ("at least five civilians were killed, villagers said ... the military said the strikes killed 11
    Taliban fighters"): two sides' claims about different dead; the first, the lede's, is the event's toll (the
    range keeps both). None otherwise."""
    firm = sorted(_firm(vals), key=lambda v: v[2])
    if len(firm) < 2 or not _CIVIL.search(_victims(text, firm[0])) or _FIGHTERS.search(_victims(text, firm[0])):
        return None
    top = max(v[0] for v in firm)
    if top <= firm[0][0] or not all(
        _FIGHTERS.search(_victims(text, v)) and not _CIVIL.search(_victims(text, v)) for v in firm if v[0] > firm[0][0]
    ):
        return None
    return firm[0][0]


# "the death toll rose to 150": a later, larger figure that updates the event's own toll
_TOLL_UPDATE = re.compile(r"\b(?:rose|risen|rising|climbed|jumped|increased|reached|mounted)\b", re.I)
# "143 militants have been killed in the past day": a day's count is the operation's toll of that day
_ONE_DAY = re.compile(r"[^.;]*?\b(?:in|over|during) the (?:past|last|previous) (?:day|24 hours|twenty-four hours)\b", re.I)
# a later figure at least this large, and this many times the lead's toll, is a period's or campaign's count
_STATISTIC_MIN = 50
_STATISTIC_RATIO = 5


def _statistics(text: str, ev: _Event, killed: list[tuple[float, str, int]]) -> list[tuple[float, str, int]]:
    """Killed figures told after the event's lead that are a period's or campaign's count, not its toll.

    The lead toll is the figures of the event's first sentence (else its first figure). A later figure of at
    least 50 and at least five times the lead's largest ("At least 12 died in the blast ... 3,699 civilians
    were killed last year", "... the offensive has killed 150 militants") is left out, unless the words before
    it update the toll ("the death toll rose to 150").
    """
    if len({v[0] for v in killed}) < 2 or not ev.sentences:
        return []
    a, b = ev.sentences[0]
    lead = [v for v in killed if a <= v[2] < b] or [min(killed, key=lambda v: v[2])]
    top = max(v[0] for v in lead)
    return [
        v
        for v in killed
        if v not in lead
        and v[0] >= _STATISTIC_MIN
        and v[0] >= _STATISTIC_RATIO * max(top, 1)
        and not _TOLL_UPDATE.search(text, max(0, v[2] - 60), v[2] + 30)
        and not _ONE_DAY.match(text, v[2], v[2] + 80)
    ]


def _row(text, ev, m, figs, shared, published, source, window) -> dict:
    """One draft as a dict of the incident schema's columns."""
    plain = re.sub(r"\bno (?:group|one|organi[sz]ation)\b[^.]{0,30}?\bclaim\w*[^.]*", "", window, flags=re.I)
    verification = next((v for pat, v in _VERIFY_RES if pat.search(plain)), "reported")
    actor = _actor(window)
    if stats := _statistics(text, ev, figs.killed):
        figs = _Figures([v for v in figs.killed if v not in stats], figs.injured, figs.civilians)
    killed = _range(figs.killed)
    if (other_side := _civilians_then_fighters(text, figs.killed)) is not None:
        killed = (killed[0], other_side, killed[2])
    injured = _range(figs.injured)
    notes = list(ev.notes)
    if shared:
        notes.append("figures counted on another place of this event (the one the text ties them to, else the first)")
    if len({v[0] for v in figs.killed if v[1] != "vague"}) > 1:
        notes.append(
            "differing killed figures: "
            + ", ".join(
                f"{int(v[0])} ({text[max(0, v[2] - 60) : v[2]].split('.')[-1].strip()[-40:]}…)" for v in figs.killed if v[1] != "vague"
            )
        )
    if stats:
        notes.append("left out as a period's or campaign's count, not this event's toll: " + ", ".join(f"{int(v[0])}" for v in stats))
    if ev.background:
        notes.append("background: an earlier event the article cites")
    date, precision = (ev.date.date, ev.date.precision) if ev.date is not None else (published, "week")
    if ev.date is not None and ev.date.bound:
        precision = "week"
        notes.append("date: when it was reported; the event was on or before it")
    elif ev.date is None and published is not None:
        notes.append("date: not given; publication date")
    others = [p.text for p in ev.places if p is not m]
    if others:
        notes.append("same event also at: " + "; ".join(others))
    if m is not None and m.status == "unresolved":
        notes.append(f"'{m.text}' is not in the gazetteer; located at {m.place.name}")
    elif m is not None and m.status == "approximate":
        notes.append(f"'{m.text}' approximate: {m.place.name} ({m.place.kind})")
    elif m is not None and m.status == "ambiguous":
        notes.append(
            f"'{m.text}' is ambiguous ({1 + len(m.place.alternatives)} places of that name, the text does "
            f"not say which; the geocoder's best candidate is {m.place.name}, {m.place.admin1}): no point "
            "drawn; check"
        )
    drawn = m is not None and m.status != "ambiguous"  # an ambiguous place is not drawn (docs/geocoding.md)
    return {
        "date": date,
        "date_end": ev.date.end if ev.date is not None else None,
        "date_precision": precision,
        "event_type": ev.etype,
        "event_subtype": ev.subtype,
        "actor": actor,
        "location": m.text if m else None,
        "country": _shared(m, "country"),
        "admin1": _shared(m, "admin1"),
        "killed_min": killed[0],
        "killed_best": killed[1],
        "killed_max": killed[2],
        "injured_min": injured[0],
        "injured_best": injured[1],
        "injured_max": injured[2],
        "civilians_killed": figs.civilians,
        "sources": source,
        "verification": verification,
        "notes": "; ".join(notes) or None,
        "place": m.place.name if m else None,
        "place_id": m.place.id if m else None,
        "lat": m.place.lat if drawn else np.nan,
        "lon": m.place.lon if drawn else np.nan,
        "precision": m.place.precision if drawn else np.nan,
        "uncertainty_km": m.place.uncertainty_km if drawn else np.nan,
        "aggregate": ev.aggregate,
        "background": ev.background,
        "evidence": " ".join(text[a:b].strip() for a, b in ev.sentences),
        "evidence_spans": ";".join(f"{a}:{b}" for a, b in ev.sentences),
        "status": "draft",
    }
