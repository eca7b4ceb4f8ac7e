"""Dates of events in news text, resolved against the publication date.

A small grammar, not a general date parser: reports date events as "on Tuesday night",
"late Saturday night", "on the night of December 24", "Tuesday evening, 24th December",
"in the early hours today", "yesterday", "a day later", "two days earlier". Each is
resolved against the publication date (weekdays: the most recent such day on or before
it, so "on Friday" in a Friday report is that day) or against the event before
(``previous``). Absolute dates without a year take the publication's year, or the year
before when that would put them after publication. A date written as when something was
*said* ("officials said on Sunday") is only a bound: the event was on or before it.

dateparser was tried for the absolute phrases: it does not know the publication-relative
weekday convention above, and costs about a millisecond a call; the phrases it would parse
are all covered by the patterns here, so it is not used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

import pandas as pd

__all__ = ["CARDINALS", "MONTH_BEFORE", "SAME_DAY", "DateFound", "date_in", "is_date_line", "period_in"]

_MONTHS = {
    m: i
    for i, m in enumerate(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
        start=1,
    )
}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
#: Number words one to twelve (dates count months and days with them; tolls add larger ones).
CARDINALS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
_NUMS = {"a": 1, **{w: n for w, n in CARDINALS.items() if n <= 10}}

_M = "|".join(sorted(_MONTHS, key=len, reverse=True))
#: A month's name (or its abbreviation) right before a position ("June 18 - six militants": a date, not a toll;
#: "in June this year": that month).
MONTH_BEFORE = re.compile(r"\b(?:" + _M + r")\.?\s+$", re.I)
_WD = "|".join(_WEEKDAYS)
_ABS = re.compile(
    r"\b(?:("
    + _M
    + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?("
    + _M
    + r")\.?(?:,?\s+(\d{4}))?)\b",
    re.I,
)
_WEEKDAY = re.compile(r"\b(" + _WD + r")(?:[’']s)?\b", re.I)
_SAID = re.compile(
    r"\b(?:said|says|told|confirmed|added|stated|claimed|(?<!were )(?<!was )(?<!been )(?<!\ba )(?<!\ban )(?<!\bthe )reported|"
    r"announced|quoted|statement|(?<=press )release|"
    r"comment(?:ed)?|posted|speaking)(?:\s+to)?,?(?:\s+(?!referring)(?:[\w.’'-]+|\([\w-]+\)),?){0,4}?"
    r"\s+(?:on|late|early)?\s*,?\s*$",
    re.I,
)
# "the coalition announced the death of the soldier on Saturday": when a death was made known, not the event's day
_ANNOUNCED_DEATH = re.compile(r"\b(?:announced|confirmed|reported)\s+the\s+deaths?\s+of\b[^.;:\"“”]{0,40}?\s+on\s+$", re.I)
_CONDEMNED = re.compile(r"\bcondemn(?:ed|s)\b[^.;:]{0,70}?\s+on\s+$", re.I)
# ("a reported clash", "the reported strike": an adjective, not a report's verb)
_SAID_AFTER = re.compile(
    r"^\W*(?:[\w-]+\W+){0,2}?(?:said|says|claimed|told|stated|confirmed|(?<!\ba )(?<!\ban )(?<!\bthe )reported)\b", re.I
)
_EVENT_VERB = re.compile(
    r"\b(?:happened|occurred|took place|was carried out|went off|exploded|struck|hit|attacked|"
    r"stormed|killed|ambushed|targeted|martyred|died|wounded|injured|conducted|launched|carried out)\b",
    re.I,
)
_STAMP = re.compile(r"\b(?:publish\w*|updated|posted|last modified)\b|\b\d{1,2}:\d{2}\b", re.I)
_PUBLISHED = re.compile(r"\b(?:published|updated|posted|publish|publishdate)\W*(?:\w+\W+){0,2}$", re.I)
_RELATIVE = [
    (re.compile(r"\b(?:today|this morning|this afternoon|this evening|tonight|earlier today)\b", re.I), 0, "day"),
    (re.compile(r"\bthe day before yesterday\b", re.I), -2, "day"),
    (re.compile(r"\b(?:yesterday|last night)\b", re.I), -1, "day"),
    (re.compile(r"\boverni(?:ght|te)\b", re.I), -1, "day"),
]
_STEP = re.compile(
    r"\b((?:a )?few|a|one|two|three|four|five|six|seven|\d)\s+days?\s+(later|earlier|before|after|ago|prior)\b|"
    r"\bthe (next|following|previous) day\b|\bthe day (before|after)\b(?! yesterday\b)",
    re.I,
)
# "earlier in the day", "later that day": the day of the event told before
# ... and "came hours after the Taliban attacked a base in X": an event hours from the one told before, its day
SAME_DAY = re.compile(
    r"\b(?:(?:earlier|later) (?:in the|that) day|on the same day|the same day|"
    r"(?:came|comes|happened|occurred|took place) (?:just |only |a few |several |some )?hours (?:after|before))\b",
    re.I,
)
# "In the same month, four soldiers were killed in X": the month of the event told before
_SAME_MONTH = re.compile(r"^\W*(?:in|during|later in|earlier in)\s+(?:the\s+same|that)\s+month\b", re.I)
# "two weeks ago", "a couple of weeks ago": counted back from publication, to the week
_WEEKS_AGO = re.compile(r"\b(a|one|two|three|four|five|six|a couple of|\d)\s+weeks?\s+ago\b", re.I)
_LAST_WEEK = re.compile(r"\b(?:last week|this week|in recent days|over the weekend)\b", re.I)
_TOLL_ROSE = re.compile(r"\b(?:rose|risen|climbed|jumped|reached|mounted|increased)\s+to\s+[\w,]+\s+(?:on\s+)?$", re.I)
# "ahead of the Aug. 20 elections", "scheduled for March 3": a day to come, no event's day
_AHEAD = re.compile(r"\b(?:ahead of|in the run-up to|scheduled for|planned for|due on|set for|upcoming)\s+(?:the\s+)?$", re.I)
# "delegates who will begin a five-day assembly Thursday", "is due to resume on Monday": a weekday to come, counted
# back from publication it would be a past day no event had
_FUTURE = re.compile(r"\b(?:will|shall|(?:is|are) (?:due|set|expected|scheduled) to)\s+(?:[\w-]+\s+){0,6}?(?:on\s+)?$", re.I)
_MONTH_REL = re.compile(
    r"\b(?:earlier (?:in|this) (" + _M + r")|earlier this month|last month|(?:in|the month of) (" + _M + r")(?:,?\s+(\d{4}))?|"
    r"since (" + _M + r"))\b(?!\.?\s+\d)",
    re.I,
)
# "In late September, a soldier was killed in X": a sentence opening on part of a month tells an event of that month
_OPENS_MONTH = re.compile(r"^\W*in (?:early|mid|late)[- ]?(" + _M + r")\b(?!\.?\s+\d)(?:,?\s+(\d{4}))?", re.I)


_WD_SHORT = r"mon|tues?|wed|thu(?:rs?)?|fri|sat|sun"
_DATE_LINE = re.compile(
    r"(?:(?:" + "|".join(_WEEKDAYS) + r"|(?:" + _WD_SHORT + r")\.?),?\s+)?" + _ABS.pattern[2:-2] + r"[\s,.]*", re.I
)


# a page's label before its date, set off by a bar or bullet: "Press Release | Sept. 13, 2018"
_LINE_LABEL = re.compile(r"^[A-Za-z][\w .&-]{0,30}?\s*[|•·]\s*")
# a byline: a name of up to four capitalised words right before the date ("By Zz Khan March 18, 2011"), perhaps
# with the agency after a slash ("Zz Khan/agency July 19, 2016")
_BYLINE_DATE = re.compile(
    r"(?:By\s+)?(?:(?!(?:On|In|At|Of|For|To|From|After|Since)\s)(?-i:[A-Z])[\w.’'-]*(?:/[A-Za-z]+)?,?\s+){1,4}?" + _DATE_LINE.pattern,
    re.I,
)
# a day closing a "since" phrase: "since their seizure of the capital on August 15"
_SINCE_PHRASE = re.compile(r"\bsince\s+(?:their|its|his|her|the)\s+[a-z]+(?:\s+[\w’'-]+){0,5}?\s+on\s+$", re.I)
# an agency's stamp in parentheses ending with the page's date: "(Zz News / Agency - 15th July, 2020)"
_STAMP_OPEN = re.compile(r"\((?-i:[A-Z])[^()]{0,60}?[-–—,/]\s*$")


def is_date_line(s: str) -> bool:
    """A line holding only a date ("September 21, 2017", "1 Mar 2010", "Thu Jul 09, 2020"), perhaps after a
    page's label and a bar ("Press Release | Sept. 13, 2018"): the page's date, not an event's."""
    s = s.strip()
    return len(s) < 48 and bool(_DATE_LINE.fullmatch(_LINE_LABEL.sub("", s, count=1)) or _BYLINE_DATE.fullmatch(s))


@dataclass(frozen=True)
class DateFound:
    """A date in a sentence: the day, its precision ("day", "week", "month", or "range" with
    ``end`` the last day of a period), and whether it only bounds the event ("said on Sunday")."""

    date: pd.Timestamp
    precision: str
    bound: bool = False
    start: int = 0
    end: pd.Timestamp | None = None


def _weekday_back(published: pd.Timestamp, name: str) -> pd.Timestamp:
    return published - pd.Timedelta(days=(published.weekday() - _WEEKDAYS.index(name.lower())) % 7)


def _absolute(m: re.Match[str], published: pd.Timestamp | None) -> pd.Timestamp | None:
    mon, day, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(5), m.group(4), m.group(6))
    y = int(year) if year else (published.year if published is not None else None)
    if y is None:
        return None
    try:
        d = pd.Timestamp(year=y, month=_MONTHS[mon.lower().rstrip(".")], day=int(day))
    except (ValueError, KeyError):
        return None
    if not year and published is not None and d > published + pd.Timedelta(days=1):
        d = d - pd.DateOffset(years=1)
    return d


def _month_start(name: str, year: str | None, published: pd.Timestamp) -> pd.Timestamp:
    """The first day of the month ``name`` of ``year``; with no year, the latest such month up to ``published``."""
    d = pd.Timestamp(year=int(year) if year else published.year, month=_MONTHS[name.lower()], day=1)
    return d if year or d <= published else d - pd.DateOffset(years=1)


# a weekday, then its date in brackets: "Monday (June 10)"
_WEEKDAY_BRACKET = re.compile(r"\b(?:" + _WD + r")\s*\(\s*$", re.I)


class _Span(NamedTuple):
    """A span of a sentence that :func:`_said` reads like a match (its start and end)."""

    a: int
    b: int

    def start(self) -> int:
        return self.a

    def end(self) -> int:
        return self.b


def _said(s: str, m: re.Match[str] | _Span) -> bool:
    """The date says when something was said or reported, not when the event happened. An
    attribution set off by commas after it ("On July 24, officials said, nine people were
    killed") is a parenthesis: the date is the event's."""
    if _TOLL_ROSE.search(s[max(0, m.start() - 40) : m.start()]):
        return True  # "the death toll rose to 34 on Wednesday": when the toll was counted, not the event's day
    before = s[max(0, m.start() - 90) : m.start()]
    if _ANNOUNCED_DEATH.search(before):
        return True
    if "ondemn" in before and _CONDEMNED.search(before):
        return True  # "the president condemned the attack on Wednesday": when it was condemned, on or after the event
    said = _SAID.search(before)
    if said and not _EVENT_VERB.search(said.group(0)):
        return True  # "says the attack happened on Wednesday": the date is the reported event's
    after = _SAID_AFTER.match(s[m.end() : m.end() + 30])
    if after is None:
        return False
    if _EVENT_VERB.search(s[: m.start()]):
        return False  # "eight soldiers were martyred ... on Thursday, sources said": the date is the clause's
    return not (s[m.end() : m.end() + 1] == "," and s[m.end() + after.end() :].startswith(","))


def date_in(s: str, published: pd.Timestamp | None, previous: pd.Timestamp | None = None) -> DateFound | None:
    """The event date a sentence gives, or None.

    Examples
    --------
    >>> pub = pd.Timestamp("2024-12-25")  # a Wednesday
    >>> date_in("the strikes hit four locations on Tuesday evening, December 24", pub).date.date()
    datetime.date(2024, 12, 24)
    >>> date_in("killed overnight on Friday", pd.Timestamp("2026-03-09")).date.date()  # a Monday article
    datetime.date(2026, 3, 6)
    >>> date_in("official sources said on Sunday", pd.Timestamp("2013-03-10")).bound
    True
    """
    if len(s) < 90 and _STAMP.search(s):
        return None  # "PublishDate: Monday, September 20, 2021 15:33": the page's date
    bound_found = None
    m: re.Match[str] | None
    for m in _ABS.finditer(s):
        if m.group(1) and m.group(1).lower() == "may" and not re.match(r"\s+\d", s[m.end(1) : m.end(1) + 2]):
            continue
        if _PUBLISHED.search(s[max(0, m.start() - 30) : m.start()]):
            continue  # "Published 03 Feb, 2025": the page's date, not an event's
        if _STAMP_OPEN.search(s[max(0, m.start() - 64) : m.start()]) and s[m.end() : m.end() + 3].lstrip().startswith(")"):
            continue  # "(Zz News / Agency - 15th July, 2020) Seven police were killed ...": the page's date
        if re.search(r"\b(?:since|until|till)\s+$", s[max(0, m.start() - 8) : m.start()], re.I) and not re.match(
            r",?\s+when\b", s[m.end() : m.end() + 8]
        ):
            # "the second time since July 24": the start of a period, not this event's day (but "the deadliest since
            # July 24, when a bomber killed 12 in X" dates the event it cites)
            continue
        if _SINCE_PHRASE.search(s[max(0, m.start() - 70) : m.start()]):
            continue  # "the first signs of resistance since their seizure of the capital on August 15": a period's start
        if _AHEAD.search(s[max(0, m.start() - 40) : m.start()]):
            continue  # "ahead of the Aug. 20 elections": a day to come, not an event's
        d = _absolute(m, published)
        if d is not None:
            wd = _WEEKDAY_BRACKET.search(s, max(0, m.start() - 16), m.start())
            # "reported Zz News Tuesday (June 11)": the bracket glosses the weekday; it is said or not as the weekday is
            said = _said(s, _Span(wd.start(), m.end() + 1)) if wd and s[m.end() : m.end() + 1] == ")" else _said(s, m)
            found = DateFound(d, "day", said, m.start())
            if not found.bound:
                return found
            bound_found = bound_found or found
    if published is None:
        return bound_found
    month = _MONTH_REL.search(s)
    if bound_found is None and month is not None and month.group(2) and month.group(3):
        # "in October 2021, a week after the attack in X, blasts hit a mosque during the Friday prayers": the month
        # and year the sentence gives outrank a weekday (counted from publication) and a step from another event
        d = pd.Timestamp(year=int(month.group(3)), month=_MONTHS[month.group(2).lower()], day=1)
        return DateFound(d, "month", False, month.start())
    for m in _WEEKDAY.finditer(s):
        if _FUTURE.search(s[max(0, m.start() - 60) : m.start()]):
            continue  # "... who will begin a national assembly Thursday": a day to come
        d = _weekday_back(published, m.group(1))
        found = DateFound(d, "day", _said(s, m), m.start())
        if not found.bound:
            return found
        bound_found = bound_found or found
    m = SAME_DAY.search(s)
    if m and previous is not None:
        return DateFound(previous, "day", False, m.start())
    m = _SAME_MONTH.search(s)
    if m and previous is not None:
        return DateFound(previous.normalize().replace(day=1), "month", False, m.start())
    m = _STEP.search(s)
    if m:
        if m.group(1):
            few = m.group(1).lower().endswith("few")  # "a few days after": about three, to the week
            n = 3 if few else _NUMS.get(m.group(1).lower()) or int(m.group(1))
            word = m.group(2).lower()
            base = published if word == "ago" else previous
            cited = word in ("after", "before") and bool(
                m.start() == 0
                and re.match(r"\s+(?:a|an|the)\b", s[m.end() :])
                or re.search(
                    r"\b(?:comes?|came|took place|happened|occurred)\s+(?:(?:just|only|barely|less than|about)\s+)?$", s[: m.start()]
                )
            )
            precision = "week" if few else "day"
            if base is None and cited and word == "after":
                # "the latest incident comes four days after ..." when the latest one is dated only "on or before"
                # publication: the cited one was those days before that, at the latest
                base, precision = published, "week"
            if base is None and word in ("earlier", "before", "prior") and not s[: m.start()].strip(" ,"):
                # "A day earlier, militants stormed Zzkot" after an event dated only by the report: on or before the
                # day before publication
                base, precision = published, "week"
            if base is not None:
                sign = 1 if word in ("later", "after") else -1
                if cited:
                    # "a day after a Taliban attack in Uruzgan killed 21", "the attack comes four days after two
                    # soldiers were killed": that other event was the days before
                    sign = -sign
                return DateFound(base + pd.Timedelta(days=sign * n), precision, False, m.start())
        elif previous is not None:
            w = (m.group(3) or m.group(4)).lower()
            step = 1 if w in ("next", "following", "after") else -1
            if m.group(4) and re.search(
                r"\b(?:comes?|came|took place|happened|occurred)\s+(?:(?:just|only)\s+)?$", s[: m.start()], re.I
            ):
                step = -step  # "the deaths came the day after 59 people died in X": that other event was the day before
            return DateFound(previous + pd.Timedelta(days=step), "day", False, m.start())
    for pat, delta, prec in _RELATIVE:
        m = pat.search(s)
        if m:
            found = DateFound(published + pd.Timedelta(days=delta), prec, _said(s, m), m.start())
            if not found.bound:
                return found  # "in a statement today, ... attacked the base last night": last night
            bound_found = bound_found or found
    if bound_found is not None:
        return bound_found
    m = _WEEKS_AGO.search(s)
    if m:
        word = m.group(1).lower()
        n = 2 if word == "a couple of" else _NUMS.get(word) or int(word)
        return DateFound(published - pd.Timedelta(days=7 * n), "week", False, m.start())
    m = _LAST_WEEK.search(s)
    if m:
        return DateFound(published - pd.Timedelta(days=3), "week", False, m.start())
    m = _OPENS_MONTH.match(s)
    if m:
        return DateFound(_month_start(m.group(1), m.group(2), published), "month", False, m.start())
    m = _MONTH_REL.search(s)
    if m:
        name = m.group(1) or m.group(2) or m.group(4)
        if name:  # "in March 2017", "earlier in March"
            d = _month_start(name, m.group(3), published)
        else:
            d = published.replace(day=1)
            if "last month" in m.group(0).lower():
                d = (d - pd.Timedelta(days=1)).replace(day=1)
        return DateFound(d, "month", False, m.start())
    return None


_N = r"(\d{1,2}|" + "|".join(CARDINALS) + r")"
_YEAR_REF = r"(?:(?:this|the|the current) year|(\d{4}))"
_PERIOD = re.compile(
    r"\b(?:(?:(?:in|during|over) )?the first (half|quarter|(?:" + _N[1:-1] + r") months) of " + _YEAR_REF + r"|"
    r"(?:in|during|over) the (?:past |last )?" + _N + r" months (?:up )?to (?:the end of )?(" + _M + r")|"
    r"(so far this year|this year|since the (?:beginning|start) of (?:this|the) year|"
    r"since (" + _M + r"|(?:the )?(?:spring|summer|autumn|fall))(?!\.?\s+\d))|"
    r"(last year)|"
    r"(?:in|during|the year) (\d{4})(?!\s*[-–]\d)|"
    r"as of (?:the end of )?(" + _M + r")|"
    # "during the two-week fighting", "over the past three days": that many days, weeks or months up to publication
    r"(?:in|during|over) the (?:past |last )?" + _N + r"[- ](day|week|month)s?)\b",
    re.I,
)


_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9}


def _months(word: str) -> int:
    return int(word) if word.isdigit() else CARDINALS[word.lower()]


def period_in(s: str, published: pd.Timestamp | None) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The period a total covers ("in the first half of this year", "in the nine months to the end of
    September", "so far this year", "last year", "in 2014"), as its first and last day; None when the
    sentence gives none or the period needs a publication date that is missing.

    Examples
    --------
    >>> pub = pd.Timestamp("2015-08-23")
    >>> [d.date().isoformat() for d in period_in("1,600 civilians were killed in the first half of this year", pub)]
    ['2015-01-01', '2015-06-30']
    >>> autumn = pd.Timestamp("2015-10-20")
    >>> [d.date().isoformat() for d in period_in("killed in the nine months to the end of September", autumn)]
    ['2015-01-01', '2015-09-30']
    >>> [d.date().isoformat() for d in period_in("killed in the nine months to the end of September", pub)]
    ['2014-01-01', '2014-09-30']
    >>> [d.date().isoformat() for d in period_in("killed 100 militants during the two-week fighting", pub)]
    ['2015-08-10', '2015-08-23']
    """
    m = _PERIOD.search(s)
    if m is not None and m.group(0).lower() == "this year" and MONTH_BEFORE.search(s, max(0, m.start() - 14), m.start()):
        m = _PERIOD.search(s, m.end())  # "in June this year": that month of the year, not the year so far
    if m is None:
        return None
    if m.group(1):  # the first half / quarter / N months of a year
        year = int(m.group(2)) if m.group(2) else (published.year if published is not None else None)
        if year is None:
            return None
        what = m.group(1).lower()
        n = 6 if what == "half" else 3 if what == "quarter" else _months(what.split()[0])
        if not 1 <= n <= 12:
            return None
        start = pd.Timestamp(year=year, month=1, day=1)
        return start, start + pd.offsets.MonthEnd(n)
    if m.group(3):  # N months to (the end of) a month
        if published is None:
            return None
        n, month = _months(m.group(3)), _MONTHS[m.group(4).lower().rstrip(".")]
        end = pd.Timestamp(year=published.year, month=month, day=1)
        if end > published:
            end = end - pd.DateOffset(years=1)
        if not 1 <= n <= 24:
            return None
        return end - pd.DateOffset(months=n - 1), end + pd.offsets.MonthEnd(0)
    if m.group(5):  # this year, since January
        if published is None:
            return None
        since = (m.group(6) or "").lower().removeprefix("the ")
        month = _SEASONS.get(since) or _MONTHS.get(since, 1)
        start = pd.Timestamp(year=published.year, month=month, day=1)
        if start > published:
            start = start - pd.DateOffset(years=1)
        return start, published.normalize()
    if m.group(7):  # last year
        if published is None:
            return None
        return pd.Timestamp(year=published.year - 1, month=1, day=1), pd.Timestamp(year=published.year - 1, month=12, day=31)
    if m.group(9):  # "as of the end of November": from the year's start to that month's end
        if published is None:
            return None
        end = pd.Timestamp(year=published.year, month=_MONTHS[m.group(9).lower().rstrip(".")], day=1)
        if end > published:
            end = end - pd.DateOffset(years=1)
        return pd.Timestamp(year=end.year, month=1, day=1), end + pd.offsets.MonthEnd(0)
    if m.group(11):  # the past N days, weeks or months
        if published is None:
            return None
        n, unit = _months(m.group(10)), m.group(11).lower()
        if not 1 <= n <= 24:
            return None
        # (the publication day is the last of them: "in the past two days" on Monday is Sunday and Monday)
        back = pd.DateOffset(months=n) if unit == "month" else pd.Timedelta(days=n * (7 if unit == "week" else 1) - 1)
        return published.normalize() - back, published.normalize()
    year = int(m.group(8))
    if not 1900 < year < 2100 or (published is not None and year > published.year):
        return None
    return pd.Timestamp(year=year, month=1, day=1), pd.Timestamp(year=year, month=12, day=31)
