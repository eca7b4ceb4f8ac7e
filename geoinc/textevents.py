"""Draft incidents from news text: events, dates, casualties, actors and certainty.

Rules, not a model: every draft carries the sentences it came from (``evidence``) so a
person can check it. One draft per reported event and place; a figure given for several
places together goes on the first of them (the others say so), as in the incident schema.
Period totals ("146 civilian casualties between 26 February and 2 March") become rows with
``aggregate=True``, kept apart from single events.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .text import Mention, TextError, _check_text, extract_places

__all__ = ["extract_incidents"]

_MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                        "september", "october", "november", "december"], start=1)}  # fmt: skip
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a dozen": 12, "dozen": 12, "dozens": 24,
    "scores": 40, "several": 3, "a few": 2, "a hundred": 100, "hundreds": 200,
}  # fmt: skip
_NUM = r"\b(\d[\d,]*|" + "|".join(sorted((re.escape(k) for k in _NUMBER_WORDS), key=len, reverse=True)) + r")\b"
_QUAL = r"(at least|more than|over|nearly|almost|about|around|some|up to|as many as|fewer than|less than)?\s*"
_WHO = r"(?:[\w,-]+\s+){0,6}?"

# event cues, most specific first: (pattern, event type, subtype)
_CUES = [
    (r"\bsuicide (?:bomb(?:ing|er|s)?|attack)", "Suicide bomb", "suicide bombing"),
    (r"\b(?:IEDs?|roadside bomb|landmine|improvised explosive)", "Remote explosive/landmine/IED", "explosive device"),
    (r"\b(?:drone strikes?|drones?|UAVs?)\b", "Air/drone strike", "drone strike"),
    (r"\b(?:air ?strikes?|airstrikes|bombed|bombings?|bombardments?|fighter jets|jets struck|"
     r"aircraft (?:had )?(?:also )?(?:bombed|targeted|struck)|aerial operations?)\b", "Air/drone strike", "airstrike"),
    (r"\b(?:shell(?:ing|ed)|artillery|rockets?|mortars?|missiles?)\b", "Shelling/artillery/missile attack", "shelling"),
    (r"\b(?:clash(?:es|ed)?|fighting|firefights?|exchanges? of fire|exchanged fire|gunfire|gun battle)\b", "Armed clash",
     "clashes"),
    (r"\battack(?:ed|s)?\b[^.]{0,40}\b(?:border posts|outposts|posts|troops|soldiers|forces|checkpoints?)", "Armed clash",
     "attack on posts"),
    (r"\b(?:strikes?|explosions?|blasts?)\b", "Air/drone strike", "strikes"),
]  # fmt: skip
_GENERIC = re.compile(r"^\s*since\b|"
                      r"\b(?:since (?:the )?\w+ \d{4}|since \d{4}|repeatedly|for years|in recent years|often|frequent(?:ly)?|"
                      r"could(?! not be)|would|may soon|risk|if islamabad|fear that|potential)\b", re.I)  # fmt: skip
_METONYM_AFTER = re.compile(r"^[’']?s?\s+(?:said|says|say|confirmed|claims?|claimed|accuses|accused|denied|denies|rejected|"
                            r"quickly|now|has|had|is|insists|swiftly|also|framed|maintains|argue)\b", re.I)  # fmt: skip
_METONYM_BEFORE = re.compile(r"(?:(?:officials|authorities|officials and journalists|government|spokes(?:man|person)|"
                             r"journalists?|residents?|activists?|phone|speaking|reporting) (?:in|from)|accus(?:ed|es|ing)|"
                             r"blame at|regime in)\s*$", re.I)  # fmt: skip
_ANAPHORA = re.compile(r"\b(?:the|those|these)\s+(?:[\w-]+\s+){0,3}?(?:strikes|bombings|attacks|airstrikes|explosions)\b", re.I)
_BORDER_SCENE = re.compile(r"\bborder posts?\b|\b(?:along|across) (?:the|several parts of the) (?:frontier|border)\b|"
                           r"\bborder outposts?\b|\balong several parts of the border\b", re.I)  # fmt: skip
_CONTAINERS = ("country", "province", "region", "populated_place", "district")
_SPECIFIC = ("neighbourhood", "landmark", "airport", "airbase", "crossing", "district")
_VERIFY = [
    (r"could not be (?:independently )?verified|difficult to verify|no evidence|unverified|unconfirmed", "unverified"),
    (r"\bdenie[sd]\b|\bdeny\b|rejected the (?:allegations|accusations)|baseless", "denied"),
    (r"\b(?:UN|United Nations)\b[^.]{0,30}\bconfirm|\bconfirm(?:ed|s)\b", "confirmed"),
    (r"(?<!no group has )(?<!not )\bclaim(?:ed|s)?\b(?! responsibility)|\baccus(?:ed|es)\b|\ballege[sd]?\b",
     "claimed"),
    (r"\breport(?:ed|s)?\b|according to|reportedly", "reported"),
]
_ACTORS = [
    (r"\b(?:TTP|Tehrik-i-Taliban Pakistan|Tehreek-e-Taliban Pakistan|Pakistani Taliban)\b", "TTP"),
    (r"\bPakistani (?:fighter )?(?:jets|aircraft|drones|forces|military|troops|army|air force|artillery|shelling)",
     "Pakistan"),
    (r"\baccused (?:Pakistan|Islamabad)\b|\bPakistan (?:has|had) (?:carried out|extended)", "Pakistan (alleged)"),
    (r"\bTaliban (?:fighters|forces|units)\b|\btheir units\b", "Taliban forces"),
    (r"\b(?:ISKP|Islamic State)\b", "ISKP"),
    (r"\bunidentified (?:UAVs|drones|aircraft|gunmen)\b|\bforeign-made drones\b", "unidentified"),
]


@dataclass
class _Event:
    etype: str
    subtype: str
    sentences: list[tuple[int, int]]
    places: list[Mention]
    date: pd.Timestamp | None = None
    date_precision: str | None = None
    killed: tuple = (np.nan, np.nan, np.nan)
    injured: tuple = (np.nan, np.nan, np.nan)
    civilians: float = np.nan
    casualties_note: str = ""
    actor: str = ""
    verification: str = "reported"
    aggregate: bool = False
    notes: list[str] = field(default_factory=list)


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in re.finditer(r"(?<=[.!?”\"])\s+(?=[A-Z“\"‘])|\n+", text):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _num(word: str) -> float:
    w = word.lower().replace(",", "")
    return float(w) if w.isdigit() else float(_NUMBER_WORDS.get(w, np.nan))


def _range(qual: str | None, n: float) -> tuple[float, float, float]:
    q = (qual or "").lower()
    if q in ("at least", "some"):
        return n, np.nan, np.nan
    if q in ("more than", "over"):
        return n + 1, np.nan, np.nan
    if q in ("up to", "as many as", "fewer than", "less than"):
        return np.nan, np.nan, n
    if q in ("nearly", "almost", "about", "around"):
        return np.nan, n, np.nan
    return n, n, n


def _casualties(s: str, ev: _Event) -> bool:
    """Killed / injured / casualty figures in a sentence; True if any."""
    found = False
    low = s.lower()
    for m in re.finditer(_QUAL + _NUM + r"\s+" + _WHO + r"(?:were |was |have been |had been )?(killed|dead|deaths|died|"
                         r"injured|wounded|hurt|casualties)\b", low):  # fmt: skip
        qual, word, what = m.group(1), m.group(2), m.group(3)
        n = _num(word)
        if np.isnan(n):
            continue
        span_text = m.group(0)
        if what in ("casualties",):
            including = re.search(r"including " + _NUM + r"\s+(?:deaths|dead|killed|fatalities)", low[m.end():m.end() + 40])
            if including:
                k = _num(including.group(1))
                ev.killed = (k, k, k)
            ev.casualties_note = f"{span_text.strip()} (killed and injured together)"
            if "civilian" in span_text:
                ev.notes.append("civilian casualties")
        elif what in ("killed", "dead", "deaths", "died"):
            if np.isnan(ev.killed[0]) and np.isnan(ev.killed[1]):
                ev.killed = _range(qual, n)
            if "civilian" in span_text or "worshipper" in span_text or "children" in span_text:
                ev.civilians = n
        else:
            if np.isnan(ev.injured[0]) and np.isnan(ev.injured[1]):
                ev.injured = _range(qual, n)
        found = True
    w = re.search(r"\b(?:wounding|injuring|wounded|injured)\s+" + _QUAL + _NUM, low)
    if w and np.isnan(ev.injured[0]) and np.isnan(ev.injured[1]):
        n = _num(w.group(2))
        if not np.isnan(n):
            ev.injured = _range(w.group(1), n)
            found = True
    m = re.search(r"\b(?:killing|killed)\s+" + _QUAL + _NUM + r"(\s+(?:\w+\s+){0,2}?(?:civilians|worshippers|people|soldiers))?", low)
    if m and np.isnan(ev.killed[0]) and np.isnan(ev.killed[1]):
        n = _num(m.group(2))
        if not np.isnan(n):
            ev.killed = _range(m.group(1) or ("at least" if m.group(2) in ("dozens", "scores", "several") else None), n)
            if m.group(3) and any(w in m.group(3) for w in ("civilian", "worshipper")):
                ev.civilians = n
            found = True
    return found


def _date_in(s: str, published: pd.Timestamp | None, previous: pd.Timestamp | None):
    """(date, precision) mentioned in a sentence, or None."""
    low = s.lower()
    month_names = "|".join(sorted(_MONTHS, key=len, reverse=True))
    m = re.search(r"\b(" + month_names + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b", low) or \
        re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(" + month_names + r")\.?(?:\s+(\d{4}))?\b", low)  # fmt: skip
    if m:
        a, b, year = m.groups()
        month, day = (_MONTHS[a], int(b)) if a in _MONTHS else (_MONTHS[b], int(a))
        y = int(year) if year else (published.year if published is not None else None)
        if y is None:
            return None
        try:
            d = pd.Timestamp(year=y, month=month, day=day)
        except ValueError:
            return None
        if not year and published is not None and d > published:
            d = d - pd.DateOffset(years=1)
        return d, "day"
    if published is None:
        return None
    if re.search(r"\blast night\b|\bovernight\b", low):
        return published - pd.Timedelta(days=1), "day"
    m = re.search(r"\bearlier (?:in|this) (" + month_names + r")\b", low)
    if m:
        d = pd.Timestamp(year=published.year, month=_MONTHS[m.group(1)], day=1)
        return (d if d <= published else d - pd.DateOffset(years=1)), "month"
    if re.search(r"\ba week earlier\b", low) and previous is not None:
        return previous - pd.Timedelta(days=7), "week"
    if re.search(r"\bover the weekend\b|\bthis weekend\b", low):
        sat = published - pd.Timedelta(days=(published.weekday() - 5) % 7 or 7)
        return sat - pd.Timedelta(days=5), "week"
    if re.search(r"\bin recent days\b|\bthis week\b", low):
        return published - pd.Timedelta(days=published.weekday()), "week"
    for i, wd in enumerate(_WEEKDAYS):
        if re.search(r"\b" + wd + r"\b", low):
            back = (published.weekday() - i) % 7 or 7
            return published - pd.Timedelta(days=back), "day"
    return None


def _cue(s: str):
    for pattern, etype, sub in _CUES:
        m = re.search(pattern, s, re.I)
        if m:
            return etype, sub
    return None


def _event_places(text: str, mentions: list[Mention]) -> list[Mention]:
    out = []
    for m in mentions:
        if m.place is None or m.status == "out_of_region":
            continue
        if _METONYM_AFTER.match(text[m.end : m.end + 25]) or _METONYM_BEFORE.search(text[max(0, m.start - 45) : m.start]):
            continue  # "Islamabad said", "officials in Kabul": a government or a speaker, not a scene
        out.append(m)
    specific = [m for m in out if m.place.kind != "country"]
    # "In Kabul, reports circulated that ... Bagram": the opening "In X," sets the scene of the report
    if len(specific) > 1:
        first = specific[0]
        lead = text[max(0, first.start - 4) : first.start]
        if lead.strip().lower() == "in" and text[first.end : first.end + 1] == ",":
            specific = specific[1:]
    return _drop_containers(specific)


def _contains(big, small) -> bool:
    """``big`` (a city, district or province) holds ``small`` (a narrower place in it)."""
    if big.id == small.id or big.kind not in _CONTAINERS:
        return False
    if big.kind == "country":
        return small.country == big.country
    if big.kind in ("province", "region"):
        return small.admin1_code == big.admin1_code and small.kind != big.kind
    narrower = {"populated_place": _SPECIFIC, "district": ("neighbourhood", "landmark", "airport", "airbase", "crossing")}
    if small.kind not in narrower.get(big.kind, ()) or small.admin1_code != big.admin1_code:
        return False
    # same district: a neighbourhood of Kabul is not in Bagrami district
    return not (small.admin2 and big.admin2) or small.admin2 == big.admin2


def _holds(big, small) -> bool:
    """Looser than _contains, for deciding that two reports are one: a provincial capital
    also holds the districts and places of its province ("Khair Khana and Bagrami districts
    of Kabul")."""
    if _contains(big, small):
        return True
    return (big.kind == "populated_place" and big.feature_code in ("PPLA", "PPLC")
            and small.admin1_code == big.admin1_code and small.kind in _SPECIFIC)  # fmt: skip


def _drop_containers(places: list[Mention]) -> list[Mention]:
    return [m for m in places if not any(_contains(m.place, o.place) for o in places if o is not m)]


def extract_incidents(text: str, *, published=None, source: str | None = None, gazetteer=None):
    """Draft incidents from an article, for review.

    Parameters
    ----------
    text : str
        The article.
    published : date-like, optional
        Publication date: resolves "Friday", "last night", "earlier in February", and
        the year of "March 2". If omitted, a leading "date YYYY-MM-DD" line is used.
    source : str, optional
        Outlet (and URL) recorded in ``sources``.

    Returns
    -------
    geopandas.GeoDataFrame
        The incident schema's columns (EPSG:4326) plus ``aggregate`` (a period total, not
        an event), ``evidence`` (the sentences) and ``evidence_spans`` ("start:end;..."),
        ``place_id``, ``casualties`` (figures not split into killed and injured).
        ``status`` is "draft".
    """
    import geopandas as gpd

    from .coords import CRS, points

    text = _check_text(text)
    if published is None:
        m = re.match(r"\s*date\s+(\d{4}-\d{2}-\d{2})", text)
        published = m.group(1) if m else None
    if published is not None:
        try:
            published = pd.Timestamp(published).normalize()
        except (ValueError, TypeError):
            raise TextError(f"published={published!r} is not a date (use YYYY-MM-DD)") from None
    mentions = extract_places(text, gazetteer=gazetteer)
    # a dateline ("Islamabad, 14 May 2026 —") names where the report was filed, not an event
    dl = re.match(r"\s*([^\n,—–]{2,40}),\s*(\d{1,2}\s+\w+\s+\d{4}|\w+\s+\d{1,2},?\s+\d{4})\s*[—–-]+\s*", text)
    if dl:
        mentions = [m for m in mentions if m.start >= dl.end()]
        if published is None:
            try:
                published = pd.Timestamp(dl.group(2)).normalize()
            except (ValueError, TypeError):
                pass
    sents = _sentences(text)
    events: list[_Event] = []
    last_date = None
    last_para_event: dict[int, _Event] = {}
    paras = [m.start() for m in re.finditer(r"\n", text)]
    para_of = lambda pos: int(np.searchsorted(paras, pos))  # noqa: E731
    for a, b in sents:
        if dl and a < dl.end():
            a = min(dl.end(), b)  # the dateline's own date is not the event's
        s = text[a:b]
        in_s = [m for m in mentions if a <= m.start < b]
        places = _event_places(text, in_s)
        d = _date_in(s, published, last_date)
        if d is not None:
            last_date = d[0]
        cue = _cue(s)
        probe = _Event("Other", "", [], [])
        has_cas = _casualties(s, probe)
        generic = bool(_GENERIC.search(s))
        aggregate = bool(re.search(r"\bbetween (?:" + "|".join(_MONTHS) + r")\s+\d+ and ", s.lower())) and has_cas
        para = para_of(a)
        prev = last_para_event.get(para)
        if aggregate:
            probe.aggregate, probe.sentences = True, [(a, b)]
            probe.places = places or [m for m in in_s if m.place is not None]
            probe.date, probe.date_precision = (d[0], "week") if d else (None, None)
            probe.notes.append("period total, not a single event")
            events.append(probe)
            continue
        anaphoric = cue is not None and not places and bool(_ANAPHORA.search(s)) and events
        if anaphoric:
            # "the bombings", "the February 27 strikes": more about an event already found
            noun = _ANAPHORA.search(s).group(0).lower()
            kinds = ("Air/drone strike", "Shelling/artillery/missile attack") if re.search(r"bomb|strike|explosion", noun) \
                and "suicide" not in noun else None  # fmt: skip
            target = next((e for e in reversed(events) if not e.aggregate and (kinds is None or e.etype in kinds)
                           and (d is None or e.date == d[0])), events[-1])  # fmt: skip
            target.sentences.append((a, b))
            _casualties(s, target)
            continue
        if cue and not places and _BORDER_SCENE.search(s):
            border = [m for m in mentions if m.place is not None and m.place.kind == "border"]
            if border:
                places = [Mention("(the border)", border[0].start, border[0].end, border[0].place, "matched", 0.5,
                                  "", "the sentence places the event on the border")]  # fmt: skip
        if cue is None and has_cas and places and prev is None and not generic and re.search(r"\bkill|\bdead|\bdied", s, re.I):
            cue = ("Other", "people killed (no weapon named)")
        if cue and (places or d or has_cas) and not generic:
            ev = _Event(cue[0], cue[1], [(a, b)], places)
            if d and not (_relative_in_quote(s) and not _absolute(s)):
                ev.date, ev.date_precision = d
            elif prev is not None:
                ev.date, ev.date_precision = prev.date, prev.date_precision
            elif last_date is not None and not _relative_in_quote(s):
                ev.date, ev.date_precision = last_date, "week"
            _casualties(s, ev)
            events.append(ev)
            last_para_event[para] = ev
            continue
        if prev is not None and (has_cas or places) and not generic:
            # a sentence that adds figures or narrower places to the event before it
            prev.sentences.append((a, b))
            _casualties(s, prev)
            if places:
                narrower = [p for p in places if p.place.kind in ("district", "populated_place", "neighbourhood",
                                                                     "landmark", "airbase", "crossing")]  # fmt: skip
                if narrower and all(p.place.kind in ("province", "border", "region") for p in prev.places):
                    prev.places = narrower
                elif not prev.places:
                    prev.places = places
    events = _merge(events)
    rows = []
    for ev in events:
        span_text = " ".join(text[a:b].strip() for a, b in ev.sentences)
        window = " ".join(text[a:b] for a, b in ev.sentences) + " " + _next_sentence(text, sents, ev.sentences[-1])
        ev.verification = next((v for pat, v in _VERIFY if re.search(pat, window, re.I)), "reported")
        ev.actor = next((who for pat, who in _ACTORS if re.search(pat, window)), "")
        targets = ev.places or [None]
        seen = set()
        for m in targets:
            if m is not None and m.place.id in seen:
                continue
            if m is not None:
                seen.add(m.place.id)
            first = len(seen) <= 1
            notes = list(ev.notes)
            if not first:
                notes.append("figures counted on the first place of this event")
            if ev.casualties_note:
                notes.append(ev.casualties_note)
            rows.append({
                "date": ev.date, "date_precision": ev.date_precision, "event_type": ev.etype,
                "event_subtype": ev.subtype, "actor": ev.actor, "location": m.text if m else None,
                "country": m.place.country if m else None, "admin1": m.place.admin1 if m else None,
                "killed_min": ev.killed[0] if first else np.nan, "killed_best": ev.killed[1] if first else np.nan,
                "killed_max": ev.killed[2] if first else np.nan, "injured_min": ev.injured[0] if first else np.nan,
                "injured_best": ev.injured[1] if first else np.nan, "injured_max": ev.injured[2] if first else np.nan,
                "civilians_killed": ev.civilians if first else np.nan, "sources": source,
                "verification": ev.verification, "notes": "; ".join(notes) or None, "place": m.place.name if m else None,
                "place_id": m.place.id if m else None, "lat": m.place.lat if m else np.nan,
                "lon": m.place.lon if m else np.nan, "precision": m.place.precision if m else np.nan,
                "uncertainty_km": m.place.uncertainty_km if m else np.nan, "aggregate": ev.aggregate,
                "evidence": span_text, "evidence_spans": ";".join(f"{a}:{b}" for a, b in ev.sentences),
                "status": "draft",
            })  # fmt: skip
    df = pd.DataFrame(rows, columns=[
        "date", "date_precision", "event_type", "event_subtype", "actor", "location", "country", "admin1",
        "killed_min", "killed_best", "killed_max", "injured_min", "injured_best", "injured_max", "civilians_killed",
        "sources", "verification", "notes", "place", "place_id", "lat", "lon", "precision", "uncertainty_km",
        "aggregate", "evidence", "evidence_spans", "status"])  # fmt: skip
    df.insert(0, "id", [f"draft-{i + 1:03d}" for i in range(len(df))])
    return gpd.GeoDataFrame(df, geometry=points(df["lat"], df["lon"]), crs=CRS)


def _absolute(s: str) -> bool:
    return bool(re.search(r"\b(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?\s+\d{1,2}\b", s.lower()))


def _relative_in_quote(s: str) -> bool:
    """"Last night, they bombed ..." inside a quotation: relative to when it was said, not published."""
    for q in re.finditer(r"[“\"]([^”\"]+)[”\"]", s):
        if re.search(r"\b(?:last night|yesterday|today|this morning|last week)\b", q.group(1), re.I):
            return True
    return False


def _merge(events: list[_Event]) -> list[_Event]:
    """Fold repeats: an event of the same type whose places are the same as, or hold, another's
    (Kabul vs Khair Khana), on the same date or with no date, is the same report."""
    out: list[_Event] = []
    for ev in events:
        if ev.aggregate:
            out.append(ev)
            continue
        host = None
        for other in out:
            if other.aggregate or other.etype != ev.etype and not (other.date is not None and other.date == ev.date):
                continue
            same_day = other.date is None or ev.date is None or other.date == ev.date
            if not same_day or not ev.places or not other.places:
                continue
            ids_ev, ids_o = {m.place.id for m in ev.places}, {m.place.id for m in other.places}
            inside = all(any(m.place.id == o.place.id or _holds(o.place, m.place) for o in other.places)
                         for m in ev.places)  # fmt: skip
            holds = all(any(o.place.id == m.place.id or _holds(m.place, o.place) for m in ev.places)
                        for o in other.places)  # fmt: skip
            if ids_ev == ids_o or inside or holds:
                host = other
                refines = all(any(_holds(o.place, m.place) for o in other.places) for m in ev.places)
                if refines and not ids_ev & ids_o:
                    other.places = list(ev.places)  # the later report names narrower places
                break
        if host is None:
            out.append(ev)
            continue
        host.sentences.extend(ev.sentences)
        if host.date is None and ev.date is not None:
            host.date, host.date_precision = ev.date, ev.date_precision
        for attr in ("killed", "injured"):
            h, e = getattr(host, attr), getattr(ev, attr)
            # "several killed" then "at least six killed": keep the firmer (larger) minimum
            setattr(host, attr, tuple(np.fmax(a, b) if i == 0 else (a if not np.isnan(a) else b)
                                      for i, (a, b) in enumerate(zip(h, e))))  # fmt: skip
        if np.isnan(host.civilians):
            host.civilians = ev.civilians
    return out


def _next_sentence(text: str, sents, span) -> str:
    for a, b in sents:
        if a >= span[1]:
            return text[a:b]
    return ""
