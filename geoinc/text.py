"""Place mentions and draft incidents from news text, for a person to review.

:func:`extract_places` finds every gazetteer name in a text at once (an Aho–Corasick
automaton over all names, via pyahocorasick), keeps the longest non-overlapping matches
on word boundaries, drops what is not a place (people's names, organisations such as
"Tehrik-i-Taliban Pakistan", demonyms such as "Afghan" — which only count as country
cues), marks places outside the region ("Iran", "Washington"), and resolves each name
with its context (a district next to its province in the same paragraph, "district"
written beside it).

:func:`extract_incidents` proposes one draft incident per reported event, with the
sentences it came from as evidence.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .errors import GeoincError
from .gazetteer import Gazetteer
from .geocoding import resolve
from .names import FEATURE_WORDS
from .place import Place

__all__ = ["Mention", "TextError", "extract_incidents", "extract_places"]

MAX_TEXT = 5_000_000  # characters; longer input is refused (split it)


class TextError(GeoincError, ValueError):
    """Input that is not text, or too long."""


@dataclass(frozen=True, slots=True)
class Mention:
    """A place name found in a text.

    Attributes
    ----------
    text : str
        The surface form as written.
    start, end : int
        Character span in the input (``text[start:end]``).
    place : Place or None
        The resolved place; None when unresolved or out of region.
    status : str
        "matched", "ambiguous" (resolved, other candidates listed on the place),
        "out_of_region" (a real place outside Afghanistan/Pakistan), "country_cue"
        (a demonym such as "Afghan"; only with ``include_cues=True``).
    confidence : float
        0–1.
    country : str
        ISO code the mention points to (for cues and out-of-region places too).
    reason : str
        Why it was resolved this way.
    """

    text: str
    start: int
    end: int
    place: Place | None
    status: str
    confidence: float
    country: str = ""
    reason: str = field(default="", repr=False)

    @property
    def place_id(self) -> str | None:
        return self.place.id if self.place is not None else None


# Names that are not places here, matched so that they block the places inside them.
ORGANISATIONS = (
    "Tehrik-i-Taliban Pakistan", "Tehreek-e-Taliban Pakistan", "Tehrik-e-Taliban Pakistan", "Tehreek-i-Taliban Pakistan",
    "Islamic State–Khorasan Province", "Islamic State-Khorasan Province", "Islamic State Khorasan Province",
    "Islamic State Khorasan", "Islamic State", "Afghanistan Analysts Network", "Drop Site News", "Drop Site",
    "United Nations Assistance Mission in Afghanistan", "UN Office for the Coordination of Humanitarian Affairs",
    "United Nations", "Belt and Road", "Foreign Office", "Foreign Ministry", "Ministry of Interior",
    "Pakistan Army", "Pakistan Air Force", "Afghan Taliban", "Pakistani Taliban", "Getty Images", "Tochi Scouts",
    "Khyber Rifles", "Kabul University", "Kabul Bank", "Radio Kabul", "Ariana Afghan Airlines",
)  # fmt: skip
#: Demonyms and adjectives: country cues, not places.
DEMONYMS = {
    "Afghan": "AF", "Afghans": "AF", "Pakistani": "PK", "Pakistanis": "PK",
    "Pashtun": "", "Pashtuns": "", "Baloch": "PK", "Iranian": "IR", "Indian": "IN", "Chinese": "CN", "American": "US",
    "Americans": "US", "Israeli": "IL", "Russian": "RU", "Tajik": "TJ", "Uzbek": "UZ",
}  # fmt: skip
#: Places outside the region that news about it names often.
OUT_OF_REGION = {
    "Iran": "IR", "Tehran": "IR", "Sistan-Baluchestan": "IR", "Sistan and Baluchestan": "IR", "Zahedan": "IR",
    "Mashhad": "IR", "Washington": "US", "United States": "US", "U.S.": "US", "America": "US", "India": "IN",
    "New Delhi": "IN", "Delhi": "IN", "Kashmir": "", "China": "CN", "Beijing": "CN", "Xinjiang": "CN", "Israel": "IL",
    "Russia": "RU", "Moscow": "RU", "Tajikistan": "TJ", "Dushanbe": "TJ", "Uzbekistan": "UZ", "Tashkent": "UZ",
    "Turkmenistan": "TM", "Qatar": "QA", "Doha": "QA", "Saudi Arabia": "SA", "Riyadh": "SA", "Turkey": "TR",
    "Istanbul": "TR", "Central Asia": "", "South Asia": "", "Middle East": "", "Europe": "", "Gaza": "PS",
    "Ukraine": "UA", "London": "GB", "Geneva": "CH", "New York": "US",
}  # fmt: skip
#: Given names: a capitalised run holding one is a person ("Mohammad Alam", "Sher Agha").
GIVEN_NAMES = frozenset("""
abdul abdullah ahmad ahmed ali amir amin anwar asad asif ashraf aziz bashir daud farid fatima ghulam gul habib
hamid hassan hekmatyar hussain imran ismail jawad karim khalid khawaja mahmood malik marouf mohammad mohammed
muhammad mujahid mullah nawaz nasir omar qasim rahim rahman rashid rauf saira sajid sardar shah shahbaz sharif
sher tahir umar usman yusuf zabihullah zabiullah zaman zardari donald antonio antónio thomas hamid imran
""".split())
#: Words that are also tiny places but are nearly always something else in news text.
_STOP = frozenset("""
march may june july august april january february monday tuesday wednesday thursday friday saturday sunday
said more most many some north south east west central eastern western northern southern new old city town
district province border army police pakistan's afghanistan's ramadan iftar eid islamic state taliban minister
president general colonel news media drop site images photo video
""".split())
_APOS = "'’‘`´"
_DASHES = "-‐‑‒–—"


def _fold_char(c: str) -> str:
    if c in _APOS or c in _DASHES or c in "_/.":
        return " "
    low = c.lower()
    if len(low) != 1:
        return c if len(c) == 1 else " "
    if low.isascii():
        return low
    base = unicodedata.normalize("NFKD", low)[0]
    if base.isascii() and base.isalpha():
        return base
    return {"\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9", "\u0629": "\u0647", "\u200c": " "}.get(low, low)


class _FoldTable(dict):
    """str.translate table filled on demand: each character folds to exactly one character."""

    def __missing__(self, code: int) -> str:
        f = _fold_char(chr(code))
        if len(f) != 1:
            f = " "
        self[code] = f
        return f


_FOLD = _FoldTable()


def _fold(text: str) -> str:
    """Lower case, diacritics off, apostrophes/dashes to spaces: one character per character."""
    return text.translate(_FOLD)


def _key(name: str) -> str:
    return " ".join(_fold(name).split())


@dataclass
class _Automaton:
    automaton: Any
    gazetteer: Gazetteer


@lru_cache(maxsize=4)
def _automaton(g: Gazetteer) -> _Automaton:
    import ahocorasick

    a = ahocorasick.Automaton()
    entries: dict[str, tuple[str, str]] = {}

    def add(name: str, kind: str, value: str) -> None:
        key = _key(name)
        if len(key.replace(" ", "")) < (3 if kind == "place" else 2):
            return
        # organisations, cues and out-of-region names win over places of the same spelling
        if key in entries and entries[key][0] != "place" and kind == "place":
            return
        entries[key] = (kind, value)

    feature = {k for k in FEATURE_WORDS}
    for p in g:
        for name in g.names_of(p.id):
            key = _key(name)
            if key in _STOP or key in feature or key.replace(" ", "").isdigit():
                continue
            add(name, "place", "")
    for name in ORGANISATIONS:
        add(name, "organisation", "")
    for name, cc in DEMONYMS.items():
        add(name, "country_cue", cc)
    for name, cc in OUT_OF_REGION.items():
        add(name, "out_of_region", cc)
    for key, (kind, value) in entries.items():
        a.add_word(key, (key, kind, value))
    a.make_automaton()
    return _Automaton(a, g)


def _raw_matches(text: str, folded: str, auto: _Automaton) -> list[tuple[int, int, str, str]]:
    """Longest non-overlapping matches on word boundaries: (start, end, kind, value)."""
    found = []
    n = len(folded)
    for end_idx, (key, kind, value) in auto.automaton.iter(folded):
        start = end_idx - len(key) + 1
        end = end_idx + 1
        if start > 0 and folded[start - 1].isalnum():
            continue
        if end < n and folded[end].isalnum():
            continue
        found.append((start, end, kind, value))
    found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    out, last = [], -1
    for m in found:
        if m[0] >= last:
            out.append(m)
            last = m[1]
    return out


_WORD = re.compile(r"[A-Z][\w'’\-]*")


def _capitalised_run(text: str, start: int, end: int) -> tuple[int, int]:
    """Span of the run of capitalised words around [start, end) ("Mohammad Alam")."""
    s = start
    while True:
        m = re.search(r"([A-Z][\w'’\-]*)\s+$", text[max(0, s - 40) : s])
        if not m or s == 0:
            break
        s = s - len(m.group(0))
    e = end
    while True:
        m = re.match(r"\s+([A-Z][\w'’\-]*)", text[e : e + 40])
        if not m:
            break
        e += len(m.group(0))
    return s, e


def _is_person(text: str, start: int, end: int) -> bool:
    s, e = _capitalised_run(text, start, end)
    if (s, e) == (start, end):
        return False
    words = [w.lower().strip("'’") for w in re.findall(r"[A-Za-zÀ-ÿ'’]+", text[s:e])]
    inside = {w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ]+", text[start:end])}
    others = [w for w in words if w not in inside]
    return any(w in GIVEN_NAMES for w in others) or any(w in GIVEN_NAMES for w in inside) and len(words) > len(inside)


_PARA = re.compile(r"\n\s*\n|\n(?=[A-Z])")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in _PARA.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return spans


_BEFORE = re.compile(r"(?:(?:^|\W)(the|its|two|three|several|of|in|like|eastern|western|northern|southern|southeastern|"
                     r"northeastern|southwestern|northwestern|border|neighbouring|neighboring)\s+)?"
                     r"(districts?|provinces?)(?:\s+(?:of|like|such as|including))?[\s—–:,-]*"
                     r"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s*(?:,|and)\s*)*$")
_AFTER = re.compile(r"^\s+(districts?|provinces?)\b")


def _wanted_kind(text: str, start: int, end: int) -> set[str] | None:
    """The kind a feature word beside a mention asks for: "Zazai Maidan district",
    "the districts of Ali Sher and Zazai Maidan", "border provinces like Khost and Kunar",
    "the southeastern province of Khost". "Bagrami districts of Kabul" asks nothing of Kabul."""
    after = _AFTER.match(text[end : end + 20])
    if after:
        return {"district"} if after.group(1).startswith("district") else {"province", "region"}
    before = text[max(0, start - 80) : start]
    before = re.split(r"[.!?;\n]", before)[-1]
    m = _BEFORE.search(before)
    if m:
        # "<Name> districts of <mention>": the mention is the parent, not a district
        lead = before[: m.start()].rstrip()
        if m.group(1) is None and lead and re.search(r"[A-Z][\w'’-]*$", lead):
            return None
        return {"district"} if m.group(2).startswith("district") else {"province", "region"}
    return None


def _check_text(text: Any) -> str:
    if not isinstance(text, str):
        raise TextError(f"expected text (str), got {type(text).__name__}")
    if len(text) > MAX_TEXT:
        raise TextError(f"text is {len(text):,} characters (limit {MAX_TEXT:,}); split it into articles")
    return text


def extract_places(text: str, *, country: str | None = None, gazetteer: Gazetteer | None = None,
                   include_cues: bool = False) -> list[Mention]:  # fmt: skip
    """Place names in a text, resolved with their context.

    Parameters
    ----------
    text : str
        An article (Latin or Perso-Arabic script). Empty text gives ``[]``.
    country : str, optional
        Prefer places in this country (ISO alpha-2) where a name is shared.
    gazetteer : Gazetteer, optional
        Default: the shipped AF/PK gazetteer.
    include_cues : bool
        Also return demonyms ("Afghan", "Pakistani") as ``country_cue`` mentions.

    Returns
    -------
    list of Mention
        In text order. Organisations and people's names are never returned;
        places outside the region have status ``out_of_region`` and no place.

    Raises
    ------
    TextError
        ``text`` is not a str, or longer than :data:`MAX_TEXT` characters.

    Examples
    --------
    >>> [(m.text, m.place.kind) for m in extract_places("Strikes hit Khair Khana and Bagrami in Kabul.")]
    [('Khair Khana', 'neighbourhood'), ('Bagrami', 'district'), ('Kabul', 'populated_place')]
    """
    text = _check_text(text)
    g = gazetteer if gazetteer is not None else Gazetteer.default()
    if not text.strip():
        return []
    auto = _automaton(g)
    folded = _fold(text)
    raw = _raw_matches(text, folded, auto)

    mentions: list[tuple[int, int, str, str]] = []
    for start, end, kind, value in raw:
        surface = text[start:end]
        if kind == "organisation":
            continue
        latin = surface[:1].isalpha() and surface[:1].isascii() or surface[:1] in "ĀĪŪ"
        if latin and not surface[:1].isupper():
            continue  # news capitalises place names; lower case is an ordinary word
        if kind == "place" and latin and _is_person(text, start, end):
            continue
        if kind == "place" and surface.isupper() and len(surface) <= 4:
            continue  # acronyms (KP, TTP, AF) are not matched as places
        mentions.append((start, end, kind, value))

    # resolve places alone first, then again with the provinces named in the same paragraph
    import bisect

    para_starts = [a for a, _ in _paragraphs(text)]
    para_of = lambda pos: bisect.bisect_right(para_starts, pos) - 1  # noqa: E731
    first: dict[int, Any] = {}
    context: dict[int, set[str]] = {}
    for k, (start, end, kind, _) in enumerate(mentions):
        if kind != "place":
            continue
        r = resolve(text[start:end], country=country, gazetteer=g)
        first[k] = r
        if r.place is not None and r.place.kind in ("province", "region"):
            context.setdefault(para_of(start), set()).add(r.place.admin1_code)
        elif r.place is not None and r.place.kind == "populated_place" and r.place.feature_code in ("PPLA", "PPLC"):
            context.setdefault(para_of(start), set()).add(r.place.admin1_code)

    out: list[Mention] = []
    for k, (start, end, kind, value) in enumerate(mentions):
        surface = text[start:end]
        if kind == "country_cue":
            if include_cues:
                out.append(Mention(surface, start, end, None, "country_cue", 1.0, value, "demonym"))
            continue
        if kind == "out_of_region":
            out.append(Mention(surface, start, end, None, "out_of_region", 0.9, value, "a place outside AF/PK"))
            continue
        r = first[k]
        if r.place is None:
            continue  # matched a name but not resolvable (should not happen with gazetteer names)
        place, status, conf, reason = r.place, r.status, r.place.score, r.place.reason
        candidates = [place, *place.alternatives]
        want = _wanted_kind(text, start, end)
        ctx = context.get(para_of(start), set())
        better = None
        if want is not None and place.kind not in want:
            better = next((c for c in candidates if c.kind in want and (not ctx or c.admin1_code in ctx)), None) or \
                next((c for c in candidates if c.kind in want), None)  # fmt: skip
        if better is None and ctx and place.admin1_code not in ctx and place.kind not in ("province", "country"):
            better = next((c for c in candidates if c.admin1_code in ctx), None)
        if better is not None and better.id != place.id:
            reason = f"context: {'/'.join(sorted(want)) + ' named beside it' if want else 'province named in the paragraph'}"
            place = better.with_match(alternatives=tuple(c for c in candidates if c.id != better.id), status="matched",
                                      reason=reason)  # fmt: skip
            status, conf = "matched", max(0.6, better.score)
        elif status == "ambiguous":
            conf *= 0.7
        out.append(Mention(surface, start, end, place, status, round(float(conf), 3), place.country, reason))
    return out


def extract_incidents(text: str, *, published=None, source: str | None = None, gazetteer: Gazetteer | None = None):
    """Draft incidents from an article (see :mod:`geoinc.textevents`)."""
    from .textevents import extract_incidents as _extract

    return _extract(text, published=published, source=source, gazetteer=gazetteer)
