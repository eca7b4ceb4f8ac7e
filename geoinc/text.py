"""Place mentions and draft incidents from news text, for a person to review.

:func:`extract_places` finds every gazetteer name in a text in one pass (an Aho–Corasick
automaton over all names, via pyahocorasick, on the text folded by the same Perso-Arabic
and Latin normaliser as the geocoder, :func:`geoinc.names.clean`), keeps the longest
matches on word boundaries, and drops what is not a place: organisations ("Tehrik-i-Taliban
Pakistan", "Kurram Militia"), people ("Sepoy Tariq Nawaz", "Darya Khan, the district
chief"), demonyms ("Afghan" — a country cue only), and village names that are also
common words or people's names unless the text places them ("in X", "X village").
Unknown capitalised names in locative patterns ("the Qorvandi area of North Waziristan",
"Paktika's Sar Rawza district") are mentions with status ``unresolved``, located at
their containing unit when the text gives one. A name the geocoder finds ambiguous alone
(village names repeat: 14 "Ali Sher") is resolved with the provinces and districts the
text gives as hints (``admin1=``/``admin2=``), or stays ``ambiguous``; a name not found
inside its container is ``approximate`` at it. Rules and examples: ``docs/text.md``.

Cost grows linearly with the text: one automaton pass, one pass of a few regular
expressions, and constant work per match (windows of fixed size, resolutions cached
per name).

:func:`geoinc.textevents.extract_incidents` proposes draft incidents from these mentions.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from .deps import optional_import
from .errors import TextError
from .gazetteer import Gazetteer
from .gcpause import paused_gc
from .geocoding import importance, resolve
from .names import FEATURE_WORDS, clean, split_feature_words
from .place import Place
from .regions import RegionLike
from .status import AMBIGUOUS, APPROXIMATE, MATCHED
from .textlex import lexicon_dir, lexicons_of, lines, pairs, words

__all__ = ["MAX_TEXT", "Mention", "TextError", "check_text", "extract_places"]

MAX_TEXT = 5_000_000  # characters; longer input is refused (split it)


class Mention(NamedTuple):
    """A place name found in a text (an immutable named tuple: cheap to make in bulk).

    Attributes
    ----------
    text : str
        The surface form as written.
    start, end : int
        Character span in the input (``text[start:end]``).
    place : Place or None
        The resolved place. For an ``unresolved`` mention, the containing unit the
        text names (its district or province), or None.
    status : str
        "matched", "approximate" (no place of the name inside the container the text
        gives: located at that unit; or a fuzzy reading), "ambiguous" (namesakes the text
        does not separate: the best candidate, others in ``place.alternatives``),
        "unresolved" (a name the gazetteer lacks, found in a locative pattern),
        "out_of_region" (a real place outside the region: its word list `out_of_region.tsv`), "country_cue"
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
    reason: str = ""

    @property
    def place_id(self) -> str | None:
        return self.place.id if self.place is not None else None


# --- folding: one normaliser, shared with the geocoder ------------------------------------


class _FoldTable(dict):
    """str.translate table filled on demand from :func:`geoinc.names.clean`.

    Each character folds to one character (a letter, a digit or a space) or, for
    combining marks and invisible format characters, to nothing."""

    def __missing__(self, code: int) -> str | None:
        c = chr(code)
        f = clean(c)
        if len(f) == 1 and f.isalnum():
            out: str | None = f
        elif len(f) > 1 and f[0].isalnum():
            out = f[0]
        elif unicodedata.category(c) in ("Mn", "Me", "Cf"):
            out = None
        else:
            out = " "
        self[code] = out
        return out


_FOLD = _FoldTable()


def _fold(text: str) -> tuple[str, np.ndarray | None]:
    """Folded text and, when characters were dropped, each folded character's index in ``text``."""
    folded = text.translate(_FOLD)
    if len(folded) == len(text):
        return folded, None
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    dropped = np.array([k for k, v in _FOLD.items() if v is None], dtype=np.uint32)
    return folded, np.flatnonzero(~np.isin(codes, dropped))


def _key(name: str) -> str:
    return " ".join(name.translate(_FOLD).split())


# --- the automaton ----------------------------------------------------------------------

_PLACE, _ORG, _CUE, _OUT = 0, 1, 2, 3


@dataclass
class _Automaton:
    automaton: Any
    major: frozenset[str]  # keys naming at least one district, province, city or curated place
    top: frozenset[str]  # keys naming a country, province or large city
    top_names: frozenset[str]  # the keys of those places' own names, not of their alternate spellings


def _perso_arabic_locatives() -> frozenset[str]:
    return _locatives_in(lexicon_dir())


@lru_cache(maxsize=4)
def _locatives_in(folder: Path) -> frozenset[str]:
    return frozenset(_key(w) for w in lines("locatives_perso_arabic.txt"))


_PREV_WORD = re.compile(r"(\S+)\s+$")


def _placed_in_perso_arabic(text: str, s: int) -> bool:
    """A Perso-Arabic village name (no capitals to tell it from a word) is a place only after
    a preposition of place or a feature word ("در", "قریه", "ولسوالی")."""
    m = _PREV_WORD.search(text, max(0, s - 24), s)
    return m is not None and _key(m.group(1)) in _perso_arabic_locatives()


@lru_cache(maxsize=4)
def _automaton(g: Gazetteer, lexicons: Path | None = None) -> _Automaton:
    """The names of ``g`` and of the word lists in ``lexicons`` (the folder in use; part of the cache key)."""
    ahocorasick = optional_import("ahocorasick", "place extraction")

    common = words("common_words.txt") | {_key(w) for w in lines("common_words_perso_arabic.txt")}
    feature = set(FEATURE_WORDS)
    entries: dict[str, tuple[int, int, str]] = {}
    major: set[str] = set()
    top: set[str] = set()
    top_names: set[str] = set()
    given = words("given_names.txt")
    feature_words = {w for f in feature for w in f.split()}
    keys_of: dict[str, tuple[str, ...]] = {}  # villages share names: fold each name once

    def keys(name: str) -> tuple[str, ...]:
        full = _key(name)
        parts = full.split()
        out = {full}
        if parts and (parts[0] in feature_words or parts[-1] in feature_words):
            core = split_feature_words(clean(name))[0]  # "Shangla District" is also "Shangla"
            out.add(_key(core) if core else "")
        return tuple(k for k in out if len(k.replace(" ", "")) >= 3 and k not in feature and not k.replace(" ", "").isdigit())

    for p in g:
        imp = importance(p)
        for name in g.names_of(p.id):
            ks = keys_of.get(name)
            if ks is None:
                ks = keys_of[name] = keys(name)
            for key in ks:
                if imp >= 3:
                    major.add(key)
                    if imp >= 4:
                        top.add(key)
                        if name == p.name:
                            top_names.add(key)
                elif key in common or (" " not in key and key in given) or all(w in common for w in key.split()):
                    continue  # a village called "Gate" or "Ahmad", a quarter called "Police Lines": never matched bare
                if key not in entries:
                    entries[key] = (0, _PLACE, "")
    # organisations, cues and out-of-region names win over places of the same spelling
    for name in lines("organisations.txt"):
        entries[_key(name)] = (len(_key(name)) + 2, _ORG, "")
    for name, cc in pairs("demonyms.tsv").items():
        entries[_key(name)] = (len(_key(name)) + 2, _CUE, cc)
    for name, cc in pairs("out_of_region.tsv").items():
        entries[_key(name)] = (len(_key(name)) + 2, _OUT, cc)
    a = ahocorasick.Automaton()
    for key, value in entries.items():
        if key:
            # words are joined by two spaces, as in the text searched (see _matches)
            padded = " " + key.replace(" ", "  ") + " "
            a.add_word(padded, (len(padded),) + value[1:])
    a.make_automaton()
    return _Automaton(a, frozenset(major), frozenset(top), frozenset(top_names))


def _matches(folded: str, auto: _Automaton) -> list[tuple[int, int, int, str]]:
    """Leftmost-longest whole-word matches in folded coordinates: (start, end, kind, value).

    Every space of the folded text is doubled, and keys are padded with a space each side
    and have their words joined by two spaces: a key can then only match whole words, and
    two adjacent names do not share a space, so pyahocorasick's ``iter_long`` (leftmost
    longest, non-overlapping, in C) gives the matches in one pass, already in order."""
    doubled = " " + folded.replace(" ", "  ") + " "
    spaces = np.frombuffer(folded.encode("utf-32-le"), dtype=np.uint32) == 32
    # position in ``doubled`` of each folded character: 1 + index + spaces before it
    where = np.arange(len(folded)) + np.concatenate(([0], np.cumsum(spaces)[:-1])) + 1 if len(folded) else spaces
    found = list(auto.automaton.iter_long(doubled))
    if not found:
        return []
    ends = np.fromiter((m[0] for m in found), dtype=np.int64, count=len(found))
    lengths = np.fromiter((m[1][0] for m in found), dtype=np.int64, count=len(found))
    first = np.searchsorted(where, ends - lengths + 2).tolist()  # first character of each name
    last = (np.searchsorted(where, ends - 1) + 1).tolist()
    return [(i, j, m[1][1], m[1][2]) for i, j, m in zip(first, last, found)]


# --- context rules ----------------------------------------------------------------------

_CAP = r"[A-Z][\w'’\-]*"
_BEFORE_WORDS = re.compile(r"((?:" + _CAP + r"[ ]){1,3})$")
_AFTER_WORDS = re.compile(r"^((?:[ ]" + _CAP + r"){1,3})")
_NEXT_WORD = re.compile(r"^[ ]([A-Z][\w]*)")
_PREV_HEAD = re.compile(r"\b([A-Z]\w*)[- ]$")
_APPOSITIVE_ROLE = re.compile(
    r"^,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:chief|commander|spokes\w*|governor|official|minister|head|leader|"
    r"officer|member|resident|president|director|founder|son|brother|father)\b"
)
_LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:in|at|near|from|outside|into|towards?|across|around|between|"
    r"(?<![,;][ ])between[ ](?-i:[A-Z][\w'’-]*)(?:[ ](?-i:[A-Z][\w'’-]*))?[ ]and|"
    r"hit|struck|bombed|targeted|reach|reached|reaching|(?:road|way|route|journey|travelling|traveling|heading|headed) to|"
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)? of|"
    # "at the main square of X", "on the outskirts of X": a part of the town
    r"(?:market|bazaa?r|square|chowk|cent(?:re|er)|outskirts|heart|edge|suburbs?) of)|[’']s)"
    r"\s+(?:the\s+)?(?:(?-i:upper|lower)\s+)?$",  # "in upper Zzkot": the upper part of a place, in lower case
    re.I,
)
# "adjacent to X": a village after these is kept only when the text's units resolve it
_WEAK_LOCATIVE_BEFORE = re.compile(
    r"\b(?<!according )(?<!spoke )(?<!told )(?:to|via|through|beyond|past)\s+"
    r"(?:the\s+)?$"
    # "Assistant Commissioner Nawagai": an office named after its unit (or a person's name: only if the text's units
    # resolve it)
    r"|\b(?-i:(?:Deputy|Assistant) Commissioner|District Police Officer|DPO|DC|AC)\s+$",
    re.I,
)
_FEATURE_BEFORE = re.compile(
    r"\b(?:districts?|provinces?|villages?|areas?|towns?|tehsils?|city|valley) of\s+"
    r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s*(?:,|and)\s*)*$"
    r"|\b(?:town|village|city),\s+$"  # "the district's other principal town, Mir Ali"
)
_FEATURE_AFTER = re.compile(
    r"^\s+(?:general\s+)?(?:areas?|villages?|towns?|tehsil|districts?|valley|locality|bazaar|market|region|"
    r"sub-?division|agency|province|city|neighbourhood|neighborhood|camp|post|check ?post|checkpoint|police station|"
    r"police check ?(?:post|point)|police post)\b",
    re.I,
)
_PARA = re.compile(r"\n\s*\n|\n(?=[A-Z])")
_WANT_BEFORE = re.compile(
    r"(?:(?:^|\W)(the|its|two|three|several|of|in|like|eastern|western|northern|southern|southeastern|"
    r"northeastern|southwestern|northwestern|border|neighbouring|neighboring)\s+)?"
    r"(districts?|provinces?)(?:\s+(?:of|like|such as|including))?[\s—–:,-]*"
    r"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s*(?:,|and)\s*)*$"
)
_FEATURE_END = re.compile(r"\b(?:districts?|provinces?|tehsil|agency|city|town|village|area|valley)$", re.I)
_WANT_AFTER = re.compile(r"^\s+(districts?|provinces?|tehsil|agency|city|town)\b", re.I)
# "Balkh’s Chahar Bolak district": the name that holds a district is its province
_HOLDS_DISTRICT = re.compile(r"^[’']s\s+(?:[A-Z][\w'’-]*\s+){1,3}districts?\b")


def _is_person(text: str, start: int, end: int, surface: str, level: int = 0) -> bool:
    """A person's name around a place-like name: "Sepoy Tariq Nawaz", "Mohammad Alam",
    "Darya Khan, the district chief". ``level``: 0 village, 1 district or town, 2
    country, province or large city (never taken for a name after a title alone)."""
    given, titles = words("given_names.txt"), words("titles.txt")
    before = _BEFORE_WORDS.search(text, max(0, start - 48), start)
    after = _AFTER_WORDS.match(text[end : end + 48])
    prev = [w.lower().strip("'’") for w in before.group(1).split()] if before else []
    nxt = [w.lower().strip("'’") for w in after.group(1).split()] if after else []
    if _HONORIFIC_BEFORE.search(text, max(0, start - 8), start):
        return True  # "Mr Kakar", "Dr. Swat": an honorific is never written before a place
    own = surface.lower().split()
    if prev and prev[-1] in words("unit_offices.txt") and not _given(own[0], given) and own[0] not in titles:
        return False  # "SHO Zzkot Sadiq Khan", "Deputy Commissioner Zzkot": an office, then the unit it serves
    if prev and (_given(prev[-1], given) or prev[-1] in titles and level == 0):
        return True
    if len(prev) >= 2 and prev[-2] in words("ranks.txt"):
        return True  # "Sepoy Mushahid Orakzai": a rank, a given name, then a tribal name
    if (
        len(prev) >= 2
        and (prev[-2] in titles or len(prev) >= 3 and prev[-3] in titles and _given(prev[-2], given))
        and prev[-1] not in titles
        and prev[-1] not in words("unit_offices.txt")
        and prev[-1] not in words("common_words.txt")
        and before is not None
        and not before.group(1).rstrip().endswith(("’s", "'s"))
    ):
        return True  # "DPO Zzahid Zzkot", "Director Zzahid Zzkot", "Tehsildar Abdul Zzahid Zzkot": a title, a name, then a surname
    if nxt and nxt[0] in given and (level < 2 or len(nxt) >= 2 and nxt[1] in given):
        return True  # "Mazar Ahmed Khan": two name parts after it make even a big place's name a person's
    if (prev or nxt) and len(own) == 1 and own[0] in given:
        return True
    if nxt and len(own) == 1 and own[0] in titles and not re.match(r"\s*[,.;:]", text[end : end + 2]):
        return True  # "Nawab Ghous Bakhsh ...": a title word starting a person's name
    if level < 2 and prev and re.match(r"\s*,", text[end : end + 2]) and _ROLE_BEFORE_NAME.search(text, max(0, start - 110), start):
        return True  # "the police chief of X district, Kahko Shinwari, and ...": a name set off after a role
    if level >= 2 or not _APPOSITIVE_ROLE.match(text[end : end + 80]):
        return False
    # "in Kurram district, a police official said": a unit's name is no person's
    return not (_FEATURE_END.search(surface) or _WANT_AFTER.match(text[end : end + 20]))


_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.?[ ]$")
# "the police chief of X district, Kahko ": a role, its unit, a comma, then the name's first parts
_ROLE_BEFORE_NAME = re.compile(
    r"\b(?:chief|commander|governor|spokes(?:man|person|woman)|official|head|officer|leader|minister|elder|director)"
    r"(?:\s+(?:of|for|in)\s+[^,.;:\n]{1,50})?,\s+(?:(?-i:[A-Z][\w'’-]+)\s+){1,3}$",
    re.I,
)
# "Kabul's": a possessive between two names
_POSSESSIVE_S = re.compile(r"[’']s\s+")
# "Ataullah Khogyani": a given name then a second name part
_GIVEN_THEN_NAME = re.compile(r"\b([A-Z][a-z][\w'’-]*)[ ]([A-Z][a-z][\w'’-]+)\b(?![ ][A-Z])")


def _named_person(text: str, s: int, e: int, surnames: dict[str, int]) -> bool:
    """Is ``text[s:e]`` the last name part of a person named before, not placed by a preposition or a
    feature word here ("Khogyani said" after "Ataullah Khogyani"; but "in Khogyani district")?"""
    return (
        surnames.get(text[s:e], len(text)) < s
        and not _LOCATIVE_BEFORE.search(text[max(0, s - 24) : s])
        and not _FEATURE_AFTER.match(text[e : e + 30])
        and not _FEATURE_BEFORE.search(text[max(0, s - 80) : s])
    )


def _surnames(text: str) -> dict[str, int]:
    """The last name parts of the people a text names ("Ataullah Khogyani" → Khogyani), with where
    each is first named. Said alone later ("Khogyani said"), such a name is the person."""
    given = words("given_names.txt")
    out: dict[str, int] = {}
    no_role: set[str] = set()  # windows already searched in vain: list-like text repeats them
    for m in _GIVEN_THEN_NAME.finditer(text):
        if m.group(2) in out:
            continue
        if _given(m.group(1).lower(), given):
            out[m.group(2)] = m.end()
            continue
        if (t := _PREV_HEAD.search(text, max(0, m.start() - 16), m.start())) and t.group(1).lower() in words("titles.txt"):
            out[m.group(2)] = m.end()  # "Director Zzahid Zzkot ... Zzkot added": a title, then a person's two names
            continue
        a, b = max(0, m.start() - 110), m.end(1) + 1
        window = text[max(0, a - 1) : b]  # the search's result depends on these characters only
        if window in no_role:
            continue
        if _ROLE_BEFORE_NAME.search(text, a, b):
            out[m.group(2)] = m.end()
        else:
            no_role.add(window)
    return out


# Arabic-derived given names end so: "Esmatullah", "Attaullah", "Ziauddin", "Nasir-ud-Din"; or are compounds
# joined by the article: "Zia-ul-Haq", "Ata-ur-Rehman", "Shams-uz-Zaman"
_GIVEN_SUFFIX = re.compile(r"\w{2,}(?:ullah|ulla|uddin|ud-din)$|\w{2,}-u[lrdsz]-\w{2,}")


def _given(word: str, given: frozenset[str]) -> bool:
    """A given name: in the list, or of the "-ullah"/"-uddin" form."""
    return word in given or bool(_GIVEN_SUFFIX.fullmatch(word))


def _national(word: str) -> bool:
    """A demonym or a country's name, possessive or not ("Afghan", "Pakistan's"): an adjective of a feature
    word ("the southern Afghan province of Kandahar"), not a place it belongs to."""
    bare = re.sub(r"['’]s$", "", word)
    return bare in pairs("demonyms.tsv") or bare in pairs("country_names.tsv")


def _wanted_kind(text: str, start: int, end: int) -> set[str] | None:
    """The kind a feature word beside a mention asks for: "Zazai Maidan district",
    "the districts of Ali Sher and Zazai Maidan", "the southeastern province of Khost"."""
    if _HOLDS_DISTRICT.match(text[end : end + 60]):
        return {"province", "region"}
    after = _WANT_AFTER.match(text[end : end + 24])
    if after:
        w = after.group(1).lower()
        if w.startswith(("district", "tehsil", "agency")):
            return {"district"}
        if w in ("city", "town"):
            return {"populated_place"}
        return {"province", "region"}
    window = text[max(0, start - 80) : start]
    if "istrict" not in window and "rovince" not in window:
        return None
    before = re.split(r"[.!?;\n]", window)[-1]
    m = _WANT_BEFORE.search(before)
    if m:
        lead = before[: m.start()].rstrip()
        last = re.search(r"([A-Z][\w'’-]*)$", lead) if m.group(1) is None else None
        if last and not _national(last.group(1)):
            return None  # "<Name> districts of <mention>": the mention is the parent
        return {"district"} if m.group(2).startswith("district") else {"province", "region"}
    return None


def check_text(text: Any) -> str:
    """``text`` itself if it is a string no longer than :data:`MAX_TEXT`, else a :class:`TextError`."""
    if not isinstance(text, str):
        raise TextError(f"expected text (str), got {type(text).__name__}")
    if len(text) > MAX_TEXT:
        raise TextError(f"text is {len(text):,} characters (limit {MAX_TEXT:,}); split it into articles")
    return text


# --- unknown names in locative patterns -------------------------------------------------

_NAME = r"(?:[A-Z]\w*(?:-[A-Za-z]\w*)*)"
_LOCATIVE_NAME = re.compile(
    r"\b(" + _NAME + r"(?:[ ]" + _NAME + r"){0,2})[ ]\(?(?:general[ ]|(?:mountainous|remote|tribal|hilly|restive|rural)[ ])?"
    r"(area|areas|village|villages|tehsil|district|districts|District|Tehsil|Area|Village|sub-division|subdivision|region|"
    r"valley|locality|neighbou?rhood|bazaar|Bazaar|agency|Agency|city|town|police station|Police Station|"
    r"post|check post|checkpost|check-post|"
    r"checkpoint|crossing(?![ ](?:the|into|over|a|an|from|to|through)\b)|"
    r"police check ?(?:post|point)|"
    r"Check Post|Checkpost|Check-post|Checkpoint)\b"
)
# "raided Zzkot Post", "assaulted the Zzkot Post", "away from Zzkot Post": a post written as a title after an
# attack verb or a preposition of place (not "the Frontier Post reported": a newspaper)
_POST_BEFORE = r"\b(?:raided|attacked|assaulted|stormed|targeted|struck|hit|overran|at|on|near|from) (?:the )?"
_POST_NAME = re.compile(_POST_BEFORE + r"(" + _NAME + r"(?:[ ]" + _NAME + r"){0,2})[ ]Post\b")
_POST_BEFORE_END = re.compile(_POST_BEFORE + r"$")
_AND_NAME = re.compile(
    r"\b(" + _NAME + r"(?:[ ]" + _NAME + r")?)(?:,| and) (?=" + _NAME + r"(?:[ ]" + _NAME + r")?[ ](?:areas|villages|districts)\b)"
)
# (the fixed words _AND_NAME needs: a text without them is not scanned; keep in step)
_AND_NAME_WORDS = (" areas", " villages", " districts")
_ONE = _NAME + r"(?:[ ]" + _NAME + r"){0,2}"
# "exploded in Zzkhan Kilay near Naurang Town": a name after "in", placed by "near" and a name
_IN_NEAR = re.compile(r"\b(?:in|at) (" + _ONE + r")(?:, (" + _ONE + r"),)? near (?:the )?(?=[A-Z]|(?:[a-z-]+ ){0,3}boundary)")
# "the checkpoints of Spalga, Gosh and Pipana Top": a list of names after a plural feature word
# "in Dwa Toai, Sarai Morcha, Narai Baba and Stori Khel areas": a list before a plural feature word
_LIST_BEFORE = re.compile(
    r"\b(?:in|of|at|near) (" + _ONE + r"(?:, " + _ONE + r"){1,12},? and " + _ONE + r") "
    r"(?:areas|villages|localities|towns|districts)\b"
)
# "in Zzmurg, Zzhasan, Zzatma and adjoining villages": a list closed by neighbouring places of the same kind
_LIST_AND_NEARBY = re.compile(
    r"\b(?:in|of|at|near) (" + _ONE + r"(?:, " + _ONE + r"){1,12}),? and (?:the )?(?:adjoining|adjacent|nearby|surrounding|"
    r"neighbou?ring|other) (?:areas|villages|localities|towns)\b"
)
# "an official from Zzmund in Bajaur Agency": a name placed in a named district, agency or province
_IN_NAMED_UNIT = re.compile(
    r"\b(?:in|at|near) (" + _ONE + r") in (?:the )?" + _ONE + r" (?:districts?|District|[Aa]gency|provinces?|Province|tehsil|Tehsil)\b"
)
_LIST_OF = re.compile(
    r"\b(?:villages|areas|localities|towns|checkpoints|check ?posts|posts) (?:(?:of|at|in|including|namely) )?"
    r"(" + _ONE + r"(?:, " + _ONE + r"){0,12},? and " + _ONE + r")"
)
# "pounded the hideouts in Jhalka Mela, Meshti Bazaar, Ferozkhel and Mirzara.": a closed list after a preposition
_LIST_AFTER_PREP = re.compile(
    r"\b(?:in|at|near) (" + _ONE + r"(?:, " + _ONE + r"){1,12},? and " + _ONE + r")(?=[.;]|,? (?:on|in|of|where|when|after|before)\b)"
)
# also a sentence's opening "In X," and "between X and Y"
_PREP_NAME = re.compile(r"\b(?:[Ii]n|[Nn]ear|[Aa]t|from|of|to|outside|between|capital)[ ](" + _NAME + r"(?:[ ]" + _NAME + r"){0,2})")
# (the fixed words _PREP_NAME needs: a text without them is not scanned; keep in step)
_PREP_NAME_WORDS = ("in ", "In ", "near ", "Near ", "at ", "At ", "from ", "of ", "to ", "outside ", "between ", "capital ")
# "ZZKOT, Afghanistan, Dec. 30 (Xinhua) --": a dateline with the country and the day, looked up like a name after "in"
_DATELINE_NAME = re.compile(r"(?m)^([A-Z][A-Z'-]+(?:[ ][A-Z][A-Z'-]+){0,2}),[ ][A-Z][a-z]+,[ ][A-Z][a-z]{2,4}\.?[ ]\d")
# "an operation between X and Y" (not ", between X and Y police stations": reference points for a place named before)
_BETWEEN_AND = re.compile(
    r"between[ ](?<![,;][ ]between[ ])(?<!\wbetween[ ])"
    + _NAME
    + r"(?:[ ]"
    + _NAME
    + r"){0,2}[ ]and[ ]("
    + _NAME
    + r"(?:[ ]"
    + _NAME
    + r"){0,2})"
)
_LANDMARK = re.compile(
    r"\b(?:(?:in|near|at|from|of|to|outside)[ ](?:the[ ])?|the[ ])(" + _NAME + r"(?:[ ]" + _NAME + r"){0,2}[ ]"
    r"(?:Dam|Bazaar|Pass|Bridge|Fort|Camp|Chowk|Stop|Square|Airport|Cantonment|Check[ ]?[Pp]ost|Hotel))\b"
)
# (the fixed words _LANDMARK needs: a text without them is not scanned; keep in step)
_LANDMARK_WORDS = tuple(" " + w for w in "Dam Bazaar Pass Bridge Fort Camp Chowk Stop Square Airport Cantonment Check Hotel".split())
# "an attack near Camp Zzkot", "the base known as Camp Zzkot": a base's name with its feature word first
_LANDMARK_FIRST = re.compile(r"\b(?:in|near|at|from|of|to|outside|into|as)[ ](?:the[ ])?(Camp[ ]" + _NAME + r")\b(?![ ][A-Z])")
# "a resident of Darri Wasta, Tehsil Dattakhel": the feature word written first, as a title (one name word after it)
_FEATURE_FIRST = re.compile(r"\b(Tehsil|District|Agency),?[ ](" + _NAME + r")\b(?![ ]?[A-Z(])")
# ... and the place named before it: "of Darri Wasta, Tehsil Dattakhel"
_BEFORE_FEATURE_FIRST = re.compile(
    r"\b(?:of|in|at|near)[ ](" + _NAME + r"(?:[ ]" + _NAME + r"){0,2}),[ ](?:Tehsil|District|Agency)[ ]" + _NAME + r"\b(?![ ]?[A-Z(])"
)
# (the fixed words _BEFORE_FEATURE_FIRST needs: a text without them is not scanned; keep in step)
_BEFORE_FEATURE_FIRST_WORDS = (", Tehsil ", ", District ", ", Agency ")
# "houses in Zzkot, Afghanistan, were hit": a name after a preposition of place, in apposition to a country's name
_COUNTRY_APPOSITION: dict[tuple[str, ...], re.Pattern[str]] = {}


def _country_apposition() -> re.Pattern[str]:
    """... and a dateline's name in capitals before a country's: "ZZKOT, Afghanistan — ..." (group 2)."""
    names = tuple(sorted(pairs("country_names.tsv")))
    pat = _COUNTRY_APPOSITION.get(names)
    if pat is None:
        alts = "|".join(re.escape(n) for n in names if n[:1].isupper())
        pat = _COUNTRY_APPOSITION[names] = re.compile(
            r"\b(?:[Ii]n|[Nn]ear|[Aa]t|outside) (" + _ONE + r"), (?:" + alts + r")\b|"
            r"(?:^|(?<=\n))([A-Z][A-Z'’-]+(?:[ ][A-Z][A-Z'’-]+){0,2}), (?:" + alts + r")(?:[ ]\([A-Za-z. ]{1,20}\))?[ ]?[:—–-][ ]"
        )
    return pat


# "taken to Lower Zzalizai": "Upper" and "Lower" open many of the region's place names
_UPPER_LOWER_NAME = re.compile(r"\b(?:[Ii]n|[Nn]ear|[Aa]t|to|from|outside)[ ]((?:Upper|Lower)[ ]" + _NAME + r")\b(?![ ][A-Z])")
_WORD_PATTERNS: dict[tuple[str, frozenset[str]], re.Pattern[str]] = {}


def _words_pattern(list_name: str, make: Callable[[str], str]) -> tuple[re.Pattern[str], frozenset[str]]:
    """The words of the region's list ``list_name`` and a pattern built around them (``make`` gets their
    alternation), compiled once per list and words (the region in use decides the words)."""
    ws = frozenset(w for ln in lines(list_name) for w in ln.split())
    key = (list_name, ws)
    pat = _WORD_PATTERNS.get(key)
    if pat is None:
        pat = _WORD_PATTERNS[key] = re.compile(make("|".join(sorted(re.escape(w) for w in ws)) or "(?!)"))
    return pat, ws


def _generic_name() -> tuple[re.Pattern[str], frozenset[str]]:
    """ "near Zz Gul Khel": a name ending in a word of ``place_generics.txt`` after a preposition of place
    (the pattern, and the words)."""
    return _words_pattern(
        "place_generics.txt",
        lambda alts: (
            r"\b(?:[Ii]n|[Nn]ear|[Aa]t|outside|from)[ ](" + _NAME + r"(?:[ ]" + _NAME + r"){0,2}[ ](?:" + alts + r"))\b"
            r"(?![ ](?:tribes?|tribesmen|clans?|elders?)\b)"
        ),
    )


def _head_name() -> tuple[re.Pattern[str], frozenset[str]]:
    """ "near Killi Zzgul": a name opened by a word of ``place_heads.txt`` (a settlement word the region's
    languages put before a name) after a preposition of place (the pattern, and the words)."""
    return _words_pattern(
        "place_heads.txt",
        lambda alts: r"\b(?:[Ii]n|[Nn]ear|[Aa]t|outside|from|to)[ ]((?:" + alts + r")[ ]" + _NAME + r")\b(?![ ](?:tribes?|clans?)\b)",
    )


_NEARBY_CUE = re.compile(r" and (?:the )?(?:adjoining|adjacent|nearby|surrounding|neighbou?ring|other) ")


def _guarded_patterns(text: str) -> dict[str, re.Pattern[str] | None]:
    """The locative patterns whose cheap test (a word they need) the text passes; None for the others."""
    countries = pairs("country_names.tsv")
    generic, generic_words = _generic_name()
    head, head_words = _head_name()
    return {
        "country": _country_apposition() if ", " in text and any(", " + n in text for n in countries) else None,
        "upper": _UPPER_LOWER_NAME if "Upper " in text or "Lower " in text else None,
        "generic": generic if any(" " + w in text for w in generic_words) else None,
        "head": head if any(" " + w + " " in text for w in head_words) else None,
        "nearby": _LIST_AND_NEARBY if " and " in text and _NEARBY_CUE.search(text) else None,
    }


MAX_LOOKUPS = 150  # unknown names looked up per text (bounds the cost on hostile input)
MAX_HINTED = 300  # lookups of a name within the province or district the text gives (same purpose)
# "attacked Bagh Mubarak, a village on the road to ...": a name in apposition to a feature word
_APPOSITIVE_FEATURE = re.compile(
    r"\b(" + _NAME + r"(?:[ ]" + _NAME + r"){0,2}), (?:an? (?:small |remote |mountainous )?|the )"
    r"(village|town|locality|area|site|scene)\b(?![ ](?:elders?|chief|heads?|headman|residents?|"
    r"council|official|leader|commander|man|woman|boy|girl|teacher|shopkeeper))"
)
_OF_NAME = re.compile(
    r"\b(?:village|area|town|locality|district|tehsil) of (" + _NAME + r"(?:[ ]" + _NAME + r"){0,2})|"
    r"\bgeneral area (?:of )?(" + _NAME + r"(?:[ ]" + _NAME + r"){0,2})"
)  # ISPR: "in general area X"
# (the fixed words _OF_NAME needs: a text without them is not scanned; keep in step)
_OF_NAME_WORDS = ("village of ", "area of ", "town of ", "locality of ", "district of ", "tehsil of ", "general area ")
# "the Zzdara and Zzkas areas of Zzkhel": a plural feature word; the name after it is a container
_OF_NAMES = re.compile(r"(?:area|village)s[ ]of[ ](?<!\wareas of )(?<!\wvillages of )(" + _NAME + r"(?:[ ]" + _NAME + r"){0,2})")
_CONTAINER_AFTER = re.compile(
    # "in Zzkot, a village in Zzabad district": an appositive's unit holds the name
    r"^\s*(?:,\s+an?\s+(?:[a-z]+\s+){0,2}?(?:in|of|near)\s+(?:the\s+)?|"
    r"(?:,|of|in|near|on the outskirts of|outside)\s+(?:the\s+)?(?:[a-z]+\s+){0,2})"
)
_OF_THE_UNIT = re.compile(r"\s*(?:of|in) the (province|district)\b", re.I)
_POSSESSIVE_BEFORE = re.compile(r"([’']s\s+|,\s+|\bin\s+)$")
_KIND_OF_FEATURE = {
    "district": "district",
    "tehsil": "district",
    "agency": "district",
    "sub-division": "district",
    "subdivision": "district",
}


_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n\"“‘(—–-])\s*$")


_FREQUENT: dict[int, tuple[tuple[str, ...], frozenset[str]]] = {}


def _frequent_words() -> frozenset[str]:
    """The 300 most frequent English words of ``common_words.txt`` (it is in frequency order): function words.

    Cached on the identity of the region's list (hashing the whole list per call cost more than the
    rest of name trimming)."""
    lst = lines("common_words.txt")
    got = _FREQUENT.get(id(lst))
    if got is None or got[0] is not lst:
        got = _FREQUENT[id(lst)] = (lst, frozenset(w.lower() for w in lst[:300]))
    return got[1]


_TIME_WORD_LAST = re.compile(
    r"[ ](?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|"
    r"August|September|October|November|December)$"
)


_CODE_WORD = re.compile(r"[A-Z]{1,4}-?\d{1,3}")


def _trim_name(text: str, a: int, b: int) -> tuple[int, int] | None:
    """Drop leading words that are not part of a name ("In", "The", titles, demonyms)."""
    common, titles, cues, peoples = words("common_words.txt"), words("titles.txt"), pairs("demonyms.tsv"), words("peoples.txt")
    frequent = _frequent_words()
    first = True
    while a < b:
        m = re.match(r"[^ ]+", text[a:b])
        w = m.group(0) if m else ""
        low = w.lower()
        # a frequent word ("In", "The") always; a rarer one ("Bar", "Lower") only where any word is capitalised,
        # at a sentence's start: "in Bara's Bar Qambar Khel area" keeps Bar
        dropped = low in frequent or low in common and first and _SENTENCE_START.search(text, max(0, a - 4), a) is not None
        first = False
        if dropped or low in titles or w in cues or low in peoples or w == "A" or _CODE_WORD.fullmatch(w):
            a += len(w) + 1  # "A district governor": the article starts no name; "PD12 Zzkot city": a numbered unit's code
        else:
            break
    # "a district of Zzistan Monday evening": a day or month written after a name is no part of it
    while (t := _TIME_WORD_LAST.search(text, a - 1, b)) is not None:
        b = t.start()  # "in April, Pakistan ...": a month alone is no name
    return (a, b) if a < b else None


_LOCATIVE_HINT = re.compile(
    r"\b(?:[Aa]reas?|[Vv]illages?|[Tt]ehsil|[Dd]istricts?|sub-?division|valley|region|locality|neighbou?rhood|"
    r"[Pp]olice [Ss]tation|checkpoints|check ?posts|, an? [a-z]+ ?(?:village|town)|, the (?:site|scene)|"
    r"[Bb]azaar|[Aa]gency|city|town|Dam|Pass|Bridge|Fort|Camp|Chowk|Stop|Square|Airport|Cantonment|Hotel|"
    r"[Pp]osts?|Checkpost|Check-post|Checkpoint|crossing)\b|[a-z] near (?:the )?[A-Z]"
)


def _locative_candidates(text: str) -> list[tuple[int, int, str]]:
    """(start, end, feature word) of capitalised names written in a locative pattern (never an
    organisation's name: "a Taliban post")."""
    if (
        not _LOCATIVE_HINT.search(text)
        and not (" in " in text and _IN_NAMED_UNIT.search(text))
        and not any(p.search(text) for p in _guarded_patterns(text).values() if p is not None)
    ):
        return []
    orgs, heads = _org_keys(), frozenset(lines("organisation_heads.txt"))
    org_acronyms = _organisation_acronyms(text, orgs, heads) if "(" in text else frozenset()
    orgs_spaced = frozenset(o.replace("-", " ") for o in orgs)
    ok: dict[str, bool] = {}  # per distinct name: list-like text repeats them
    out = []
    for c in _locative_spans(text):
        name = text[c[0] : c[1]]
        keep = ok.get(name)
        if keep is None:
            # "a Levies post", "the Kurram Militia post"
            parts = re.split(r"[ -]+", name.lower())
            keep = ok[name] = (
                name.lower() not in orgs
                and name.split()[-1] not in heads
                # "the joint Frontier Corps-police checkpoint": a name opening with a force's or group's name
                and not any(" ".join(parts[:k]) in orgs_spaced for k in range(1, len(parts)))
            )
        if keep and (acr := _ACRONYM_LAST.search(name)) and acr.group(1) in org_acronyms:
            # "an attack on the FC checkpoint", "the Zzkot FC post" where the text writes "Frontier Corps (FC)": the
            # force's acronym is no part of the place
            if not acr.start():
                continue
            c = (c[0], c[0] + acr.start(), c[2])
        if keep and (fac := _FACILITY_LAST.search(name)) and fac.start():
            c = (c[0], c[0] + fac.start(), c[2])  # "the Zzkot Police Check post": the post of Zzkot, its kind no name
        if keep:
            out.append(c)
    return out


_FACILITY_LAST = re.compile(r"(?:[ ](?:Police|Levies|Check))+$")
_ACRONYM_LAST = re.compile(r"(?:^|[ ])([A-Z]{2,5})$")
# "the Frontier Corps (FC)": an organisation's name, then its acronym in brackets
_ACRONYM_BRACKETS = re.compile(r"[ ]\(([A-Z]{2,5})\)")
_WORDS_BEFORE = re.compile(r"((?:[A-Z][\w-]*[ ]){1,5})$")


def _organisation_acronyms(text: str, orgs: frozenset[str], heads: frozenset[str]) -> frozenset[str]:
    """Acronyms the text defines as an organisation's: "Frontier Constabulary (FC)", "Levies Force (LF)", "Afghan Local
    Police (ALP)"."""
    acr_heads = frozenset(lines("organisation_acronym_heads.txt"))
    out = set()
    for m in _ACRONYM_BRACKETS.finditer(text):
        before = _WORDS_BEFORE.search(text, max(0, m.start() - 80), m.start() + 1)
        if before is None:
            continue
        parts = before.group(1).split()
        if any(" ".join(parts[k:]).lower() in orgs for k in range(len(parts))) or parts[-1] in heads or parts[-1] in acr_heads:
            out.add(m.group(1))
    return frozenset(out)


def _org_keys() -> frozenset[str]:
    return frozenset(n.lower() for n in lines("organisations.txt"))  # the region's list (lines() caches it)


@functools.lru_cache(maxsize=8)
def _org_joint_heads(keys: frozenset[str]) -> frozenset[str]:
    """The words that open a joined organisation's name in the region's list ``keys`` ("Zzlashkar" of
    "Zzlashkar-e-Zzkot"): another name they open ("Zzlashkar-e-Zzpur") is an organisation's too."""
    return frozenset(p.split()[-1] for k in keys for p in re.split(r"-(?:e|i|o)-", k)[:-1] if p.split())


def _name_trimmer(text: str) -> Callable[[int, int], tuple[int, int] | None]:
    """:func:`_trim_name` on ``text``, cached per distinct name and whether it starts a sentence
    (all its result depends on): list-like text repeats the same names."""
    trimmed: dict[tuple[str, bool], tuple[int, int] | None] = {}  # offsets within the name
    # ... and per the name with the 4 characters before it (all the sentence test reads): no search for a repeat
    seen: dict[tuple[str, int, bool], tuple[int, int] | None] = {}

    def trim(a: int, b: int) -> tuple[int, int] | None:
        w = max(0, a - 4)
        near = (text[w:b], a - w, w == 0)
        if near in seen:
            rel = seen[near]
        else:
            key = (text[a:b], _SENTENCE_START.search(text, w, a) is not None)
            if key not in trimmed:
                span = _trim_name(text, a, b)
                trimmed[key] = (span[0] - a, span[1] - a) if span else None
            rel = seen[near] = trimmed[key]
        return (a + rel[0], a + rel[1]) if rel else None

    return trim


def _locative_spans(text: str) -> list[tuple[int, int, str]]:
    out = []
    trim = _name_trimmer(text)
    for m in _LOCATIVE_NAME.finditer(text):
        span = trim(m.start(1), m.end(1))
        if span:
            out.append((span[0], span[1], m.group(2).lower()))
    # a pattern whose fixed words the text lacks is not run (list-like text: one fast substring test instead of a scan)
    for m in _POST_NAME.finditer(text) if " Post" in text else ():
        span = trim(m.start(1), m.end(1))
        if span:
            out.append((span[0], span[1], "post"))
    for m in _OF_NAME.finditer(text) if any(w in text for w in _OF_NAME_WORDS) else ():
        g = 1 if m.group(1) else 2
        span = trim(m.start(g), m.end(g))
        if span:
            out.append((span[0], span[1], "of"))
    for m in _OF_NAMES.finditer(text) if "s of " in text else ():
        span = trim(m.start(1), m.end(1))
        if span:
            out.append((span[0], span[1], "ofs"))  # kept only for a name the lists do not know (see _extract_places)
    for m in _APPOSITIVE_FEATURE.finditer(text) if ", a" in text or ", the " in text else ():
        span = trim(m.start(1), m.end(1))
        if span:
            out.append((span[0], span[1], m.group(2)))
    for m in _AND_NAME.finditer(text) if any(w in text for w in _AND_NAME_WORDS) else ():
        span = trim(m.start(1), m.end(1))
        if span:
            out.append((span[0], span[1], "area"))
    for m in _IN_NEAR.finditer(text) if " near " in text else ():
        for g in (1, 2):
            span = trim(m.start(g), m.end(g)) if m.group(g) else None
            if span:
                out.append((span[0], span[1], "near"))  # no kind asked: a known name stays what it is ("in Pakistan near")
    landmarks = _LANDMARK.finditer(text) if any(w in text for w in _LANDMARK_WORDS) else ()
    for m in itertools.chain(landmarks, _LANDMARK_FIRST.finditer(text) if "Camp " in text else ()):
        out.append((m.start(1), m.end(1), "landmark"))
    common = words("common_words.txt")
    for m in _FEATURE_FIRST.finditer(text) if any(w in text for w in ("Tehsil", "District", "Agency")) else ():
        if m.group(2).lower() not in common:  # "District Police Officer", "Tehsil Headquarters": a title
            out.append((m.start(2), m.end(2), m.group(1).lower()))
    for m in _BEFORE_FEATURE_FIRST.finditer(text) if any(w in text for w in _BEFORE_FEATURE_FIRST_WORDS) else ():
        span = trim(m.start(1), m.end(1))
        if span:
            out.append((span[0], span[1], "area"))
    guarded = _guarded_patterns(text)
    for m in guarded["country"].finditer(text) if guarded["country"] else ():
        g = 1 if m.group(1) else 2
        span = trim(m.start(g), m.end(g))
        if span:
            out.append((span[0], span[1], "near"))  # no kind asked; a name the lists know stays what it is
    # "in Upper Zzkot", "near Killi Zzgul": a word that opens names, then the name: the two words are one name (only a
    # name the lists lack; not "the Upper House")
    for opener in (guarded["upper"], guarded["head"]):
        for m in opener.finditer(text) if opener else ():
            if m.group(1).split(None, 1)[1].lower() not in words("common_words.txt"):
                out.append((m.start(1), m.end(1), "near"))
    for m in guarded["generic"].finditer(text) if guarded["generic"] else ():
        span = trim(m.start(1), m.end(1))
        if span:
            out.append((span[0], span[1], "near"))
    for m in _IN_NAMED_UNIT.finditer(text) if " in " in text else ():
        span = trim(m.start(1), m.end(1))
        if span:
            out.append((span[0], span[1], "near"))  # only a name the lists lack (see _extract_places)
    lists = (_LIST_OF, _LIST_BEFORE, _LIST_AFTER_PREP) + ((_LIST_AND_NEARBY,) if guarded["nearby"] else ()) if " and " in text else ()
    for m in [m for pat in lists for m in pat.finditer(text)]:
        for part in re.finditer(_ONE, m.group(1)):
            span = trim(m.start(1) + part.start(), m.start(1) + part.end())
            if span:
                out.append((span[0], span[1], "area"))
    return out


# --- main -------------------------------------------------------------------------------


def extract_places(
    text: str, *, country: str | None = None, gazetteer: Gazetteer | None = None, include_cues: bool = False, region: RegionLike = None
) -> list[Mention]:
    """Place names in a text, resolved with their context.

    Parameters
    ----------
    text : str
        An article (Latin or Perso-Arabic script). Empty text gives ``[]``.
    country : str, optional
        Prefer places in this country (ISO alpha-2) where a name is shared.
    gazetteer : Gazetteer, optional
        Default: the gazetteer of ``region``.
    include_cues : bool
        Also return demonyms ("Afghan", "Pakistani") as ``country_cue`` mentions.
    region : str, Path or Region, optional
        Whose gazetteer (when none is given) and word lists (``lexicons/``; a list the
        region lacks is empty) to use; default the gazetteer's region, else the shipped one.

    Returns
    -------
    list of Mention
        In text order. Organisations and people's names are never returned; places
        outside the region have status ``out_of_region`` and no place; names the
        gazetteer lacks, written in a locative pattern, have status ``unresolved``.

    Raises
    ------
    TextError
        ``text`` is not a str, or longer than :data:`MAX_TEXT` characters.

    Examples
    --------
    >>> [(m.text, m.place.kind) for m in extract_places("Strikes hit Khair Khana and Bagrami in Kabul.")]
    [('Khair Khana', 'neighbourhood'), ('Bagrami', 'district'), ('Kabul', 'populated_place')]
    >>> m = extract_places("A drone hit a house in the Qorvandi area of North Waziristan.")[0]
    >>> (m.text, m.status, m.place.kind, m.place.admin1)
    ('Qorvandi', 'unresolved', 'district', 'Khyber Pakhtunkhwa')
    >>> m = extract_places("Gunmen attacked Ali Sher, Khost.")[0]
    >>> (m.text, m.status, m.place.kind, m.place.admin1)
    ('Ali Sher', 'matched', 'district', 'Khost')
    """
    text = check_text(text)
    g = gazetteer if gazetteer is not None else Gazetteer.default(region)
    if not text.strip():
        return []
    with paused_gc(), lexicons_of(region if region is not None else g.region):
        return _extract_places(text, country, g, include_cues)


def _window_sig(text: str, s: int, e: int, kind: int, value: str) -> tuple:
    """The key of a candidate's decisions: its kind and value and the 80 characters either side of it (all the steps
    that keep and place a name read), so list-like text decides each distinct window once."""
    w0 = s - 80 if s > 80 else 0
    return (kind, value, text[w0 : e + 80], s - w0, e - s)


def _extract_places(text: str, country: str | None, g: Gazetteer, include_cues: bool) -> list[Mention]:
    auto = _automaton(g, lexicon_dir())
    folded, index = _fold(text)
    abbreviations = _surface_names()
    org_heads = frozenset(lines("organisation_heads.txt"))
    heads_before = frozenset(lines("organisation_heads_before.txt"))
    peoples = words("peoples.txt")
    people_at = {m.start() for m in _PEOPLE_FEATURE_AFTER.finditer(text)} if peoples else set()  # where "areas" ... follow

    def orig(i: int) -> int:
        if index is None:
            return i
        return int(index[i]) if i < len(index) else len(text)

    # 1. candidate spans: automaton matches, abbreviations, locative patterns
    if index is None:
        auto_m = _matches(folded, auto)
    else:
        auto_m = [(orig(fs), orig(fe - 1) + 1, kind, value) for fs, fe, kind, value in _matches(folded, auto)]
    if "upper " in text or "lower " in text:
        # "in upper Zzdir": the list's "Upper Zzdir" written in lower case is the upper part of the name after it
        # (looked up whole: "lower Zzdir" is Lower Zzdir)
        auto_m = [
            (a + 6, b, k, v or text[a].upper() + text[a + 1 : b])
            if text[a : a + 6] in ("upper ", "lower ") and k == _PLACE
            else (a, b, k, v)
            for a, b, k, v in auto_m
        ]
    extra: list[tuple[int, int, int, str]] = []
    if abbreviations:
        pat = _abbreviation_pattern(tuple(abbreviations))
        extra += [(m.start(), m.end(), _PLACE, abbreviations[m.group(0)]) for m in pat.finditer(text)]
    # a surface the abbreviation or spelling list knows ("KP", "Greshak") is that place, not an unknown name
    locative = [
        c
        for c in _locative_candidates(text)
        if text[c[0] : c[1]] not in abbreviations
        # "the northern Afghanistan city of X": a country or major place before "city of" says where X is
        and not (_KIND_OF.match(text, c[1], c[1] + 24) and _key(text[c[0] : c[1]]) in auto.top)
    ]
    if any(c[2] == "near" for c in locative):
        # "in X near Y" only finds names the lists lack ("in Pakistan near the Afghan border" stays the country)
        listed = {(a, b) for a, b, _, _ in auto_m}
        locative = [c for c in locative if c[2] != "near" or (c[0], c[1]) not in listed]
    if any(c[2] == "ofs" for c in locative):
        # "the border areas of Lower Chitral": a name the lists know (even in part) stays what the lists say
        auto_spans = [(x, y) for x, y, _, _ in auto_m]
        auto_starts = [a for a, _ in auto_spans]
        locative = [
            (a, b, "of" if f == "ofs" else f)
            for a, b, f in locative
            if f != "ofs" or not _inner_spans_any(auto_spans, auto_starts, (a, b))
        ]
    loc_feature = {(a, b): f for a, b, f in locative}
    extra += [(a, b, -1, "") for a, b, _ in locative]
    if extra:
        # longest first at each start; a locative name wins over the cues and places inside it
        cands = auto_m + extra
        cands.sort(key=lambda c: (c[0], c[0] - c[1], c[2] != -1))
        chosen: list[tuple[int, int, int, str]] = []
        last = -1
        for c in cands:
            if c[0] >= last:
                chosen.append(c)
                last = c[1]
    else:
        chosen = auto_m
    # names after a locative preposition that no list knows: looked up (spelling variants)
    taken = [(a, b) for a, b, _, _ in chosen]
    starts_taken = [a for a, _ in taken]
    whole: set[tuple[int, int]] = set()  # names the list knew only a part of, known whole to the geocoder
    compounds: set[tuple[int, int]] = set()  # hyphenated names the list knew only a part of, unknown whole
    drop: set[tuple[int, int]] = set()
    known_whole: dict[str, bool] = {}
    looked: set[tuple[int, int]] = set()
    trim = _name_trimmer(text)
    # a pattern whose fixed words the text lacks is not run (list-like text: substring tests instead of scans)
    scans = (
        (_PREP_NAME, _PREP_NAME_WORDS),
        (_BETWEEN_AND, ("between ",)),
        (_DATELINE_NAME, (", ",)),
        (_JOINED_WORD, ("-e-", "-i-", "-o-")),
    )
    for m in itertools.chain.from_iterable(pat.finditer(text) for pat, need in scans if any(w in text for w in need)):
        span = trim(m.start(1), m.end(1))
        if not span or (m.re is _JOINED_WORD and span in looked):
            continue  # (a joined word after a preposition is looked up once)
        looked.add(span)
        j = bisect.bisect_right(starts_taken, span[1]) - 1
        if j >= 0 and taken[j][1] > span[0]:
            inner = _inner_spans(taken, starts_taken, span)
            if inner and _known_whole(text[span[0] : span[1]], known_whole, country, g):
                # "in Data Khel", "in Qala-e-Neyazi": the list matched only "Khel" / "Qala"
                drop.update(inner)
                whole.add(span)
                chosen.append((span[0], span[1], -2, ""))
            elif inner and m.re is not _JOINED_WORD and (compound := _hyphen_compound(text, span, inner)):
                # "near Zzkot-Zzlan": the whole hyphenated word is the name (one the lists lack), not its first part
                drop.update(x for x in inner if compound[0] <= x[0] and x[1] <= compound[1])
                chosen.append((compound[0], compound[1], -2, ""))
                compounds.add(compound)
            continue
        if m.re is not _JOINED_WORD:  # a joined word with no preposition before it: only one the geocoder knows whole
            chosen.append((span[0], span[1], -2, ""))
    if drop:
        chosen = [c for c in chosen if (c[0], c[1]) not in drop]
    chosen.sort()

    # 2. filter
    kept: list[tuple[int, int, int, str, tuple | None]] = []
    need_context: set[int] = set()  # kept only if the text's provinces/districts resolve them
    decided: dict[tuple, bool | int] = {}
    surnames = _surnames(text)
    blocked_until = -1
    perso_kept: dict[tuple[str, str], bool] = {}

    def perso_placed(s: int, e: int) -> bool:
        """A major name, or one after a preposition of place: decided per name and the 24 characters
        before it (all the test reads), once for list-like text."""
        k = (text[s:e], text[max(0, s - 24) : s])
        got = perso_kept.get(k)
        if got is None:
            got = perso_kept[k] = _key(text[s:e]) in auto.major or _placed_in_perso_arabic(text, s)
        return got

    for s, e, kind, value in chosen:
        if kind == _ORG:
            head_tail = text[s:e].rsplit(None, 1)
            if len(head_tail) == 2 and head_tail[1][:1].islower() and head_tail[1] in _frequent_words():
                # "in Pakistan today": a frequent word in lower case ends no organisation's name; the name before is
                # what it is
                hit = auto.automaton.get(" " + _key(head_tail[0]).replace(" ", "  ") + " ", None)
                if hit is None:
                    continue
                e, kind, value = s + len(head_tail[0]), hit[1], hit[2]
            else:
                dash = _DASH_AFTER.match(text, e, e + 4)
                blocked_until = dash.end() + 1 if dash else e  # "the Islamic State – Khorasan Province": one name
                continue
        if s < blocked_until:
            continue
        if people_at and e in people_at and kind == _PLACE and text[s:e].lower() in peoples:
            continue  # "minority Sunni villages": who lives there, even where a village has that name
        if kind == _OUT and (nxt := _NEXT_WORD.match(text[e : e + 30])) and nxt.group(1) in org_heads:
            continue  # "The New York Times": an outlet's name, not a place
        first = text[s]
        latin = first.isascii() and first.isalpha()
        if latin and not first.isupper():
            continue  # news capitalises place names; lower case is an ordinary word
        if kind == _PLACE and not latin and not value and first.isalpha() and not perso_placed(s, e):
            continue  # a Perso-Arabic village name with no preposition of place before it
        sig = None
        if kind in (_PLACE, -1, -2) and latin:
            # the decision depends only on the name and a fixed window around it: cached, so
            # list-like text ("Kabul Khost Kabul Khost ...") costs one decision per distinct window
            sig = _window_sig(text, s, e, kind, value)
            ok = decided.get(sig)
            if ok is None:
                ok = decided[sig] = _keep(text, s, e, kind, value, text[s:e], auto, abbreviations, org_heads, heads_before)
            if not ok:
                continue
            if (
                surnames.get(text[s:e], e) < s
                and _key(value or text[s:e]) not in auto.top_names
                and _named_person(text, s, e, surnames)
            ):
                # "... said Ataullah Khogyani. ... Khogyani said": the person named before, not a place; a
                # large place's own name stays a place, an alternate spelling of it ("Tareen") does not
                continue
            if ok == _IF_CONTEXT:
                need_context.add(len(kept))
        kept.append((s, e, kind, value, sig))

    # 3. resolve: names alone first (cached per name), then with context
    paras = [m.end() for m in _PARA.finditer(text)]
    cache: dict[tuple[str, str], Any] = {}
    hinted_cache: dict[tuple, Any] = {}

    def res(name: str, kind_hint: str = "", admin1: str | None = None, admin2: str | None = None, country: str | None = country):
        """The geocoder's answer for a name (with a feature word, and the province or district
        the text places it in, as hints). Hinted lookups are cached apart and bounded."""
        q = name + (" " + kind_hint if kind_hint else "")
        if admin1 is None and admin2 is None:
            k = (name, kind_hint)
            if k not in cache:
                cache[k] = resolve(q, country=country, gazetteer=g)
            return cache[k]
        if country is None and admin1 and re.fullmatch(r"[A-Z]{2}\.\w+", admin1):
            country = admin1[:2]  # the province's country: a hint area never crosses the border
        hk = (q, admin1, admin2, country)
        if hk not in hinted_cache:
            if len(hinted_cache) >= MAX_HINTED:
                return None
            hinted_cache[hk] = resolve(q, country=country, admin1=admin1, admin2=admin2, gazetteer=g)
        return hinted_cache[hk]

    para_of = (
        np.searchsorted(np.asarray(paras, dtype=np.int64), [k[0] for k in kept], side="right").tolist()
        if paras and kept
        else [0] * len(kept)
    )
    first_pass: dict[int, Any] = {}
    context: dict[int, set[str]] = {}
    for i, (s, e, kind, value, _) in enumerate(kept):
        if kind != _PLACE:
            continue
        name = value or text[s:e]
        r = cache.get((name, ""))  # res's own cache, read here: list-like text repeats a few names
        if r is None:
            r = res(name)
        first_pass[i] = r
        p = r.place
        if p is not None and (
            p.kind in ("province", "region")
            or p.kind == "populated_place"
            and p.feature_code in ("PPLA", "PPLC")
            and r.status == MATCHED
        ):
            # a capital only when the name is not shared ("Kalat" is Qalat in Zabul and Kalat in
            # Balochistan: it must not vouch for its own province)
            context.setdefault(para_of[i], set()).add(p.admin1_code)
        elif p is not None and r.status == MATCHED and p.kind == "district" and i not in need_context:
            # a district named in the paragraph: its province, and itself as "admin1|district"
            context.setdefault(para_of[i], set()).update((p.admin1_code, f"{p.admin1_code}|{p.name}"))

    out: list[Mention | None] = []
    deferred: list[tuple[int, int, str, float]] = []  # names only the text's other places can settle
    placed: dict[tuple, Mention] = {}
    located: dict[tuple, Mention | None] = {}
    # a paragraph that names no province takes the provinces of the whole text
    named = set().union(*context.values()) if context else set()
    named_p = {c for c in named if "|" not in c}
    named_d = named - named_p
    no_ctx: set[str] = (named_p if len(named_p) <= 3 else set()) | (named_d if len(named_d) <= 3 else set())
    for para, ctx_p in list(context.items()):
        if not any("|" not in c for c in ctx_p - {c.split("|")[0] for c in ctx_p if "|" in c}):
            context[para] = ctx_p | no_ctx  # only districts named here: the text's provinces too
    for i, (s, e, kind, value, sig) in enumerate(kept):
        if kind == _PLACE:
            r = first_pass[i]
            if r.place is None:
                continue
            ctx = context.get(para_of[i], no_ctx)
            if sig is None:  # not a Latin name: cached too, per name, window and context (all the steps read)
                sig = _window_sig(text, s, e, kind, value)
            key = (sig, id(ctx))
            hit = placed.get(key)
            if hit is None:
                rc = _with_context(text, s, e, value or text[s:e], r, ctx, res)
                if i in need_context and (rc is r or rc.status != MATCHED):
                    deferred.append((s, e, value or text[s:e], 0.0))
                    continue  # "in Mir Ali": a village named like a person, not placed by the text (yet)
                hit = _in_context(text, s, e, text[s:e], rc, ctx)
                placed[key] = hit
                out.append(hit)
            else:
                out.append(Mention(hit.text, s, e, hit.place, hit.status, hit.confidence, hit.country, hit.reason))
            continue
        surface = text[s:e]
        if kind == _CUE:
            if include_cues:
                out.append(Mention(surface, s, e, None, "country_cue", 1.0, value, "demonym"))
        elif kind == _OUT:
            out.append(Mention(surface, s, e, None, "out_of_region", 0.9, value, "a place outside the region"))
        elif kind == -1:
            if len(cache) < MAX_LOOKUPS or (surface, "") in cache:
                ctx = context.get(para_of[i], no_ctx)
                # decided once per feature word, fixed window and context (list-like text repeats them)
                w0 = max(0, s - 80)
                lkey = (loc_feature[(s, e)], text[w0 : e + 80], s - w0, id(ctx))
                lm = located.get(lkey)
                if lm is None:
                    lm = _locative_mention(text, s, e, loc_feature[(s, e)], res, ctx)
                    if lm is not None and lm.place is not None and lm.status != "unresolved" and ctx:
                        lm = _in_context(text, s, e, surface, _Found(lm.place, lm.status), ctx)
                    located[lkey] = lm
                elif lm is not None:
                    lm = Mention(lm.text, s, e, lm.place, lm.status, lm.confidence, lm.country, lm.reason)
                out.append(lm)
            else:
                out.append(Mention(surface, s, e, None, "unresolved", 0.3, "", "not looked up (lookup budget spent)"))
        elif kind == -2:
            ctx = context.get(para_of[i], no_ctx)
            floor = _WHOLE_FLOOR if (s, e) in whole else _VARIANT_FLOOR
            vm = _variant_mention(text, surface, s, e, res, ctx, floor) if len(cache) < MAX_LOOKUPS else None
            if vm is None and len(cache) < MAX_LOOKUPS and (surface, "") in cache and cache[(surface, "")].status == AMBIGUOUS:
                deferred.append((s, e, surface, floor))  # "between Hushab and Turbat": a variant the text's places may settle
            elif vm is None and (s, e) in compounds:
                vm = Mention(surface, s, e, None, "unresolved", 0.3, "", "a hyphenated name the gazetteer lacks")
            out.append(vm)
    found = [m for m in out if m is not None]
    if deferred:
        found = sorted(found + _placed_near(text, deferred, found, res), key=lambda m: m.start)
    mentions = _locate_unresolved(text, found, res)
    names = {text[s:e] for s, e, kind, _, _ in kept if kind in (-1, -2)}
    # a gazetteer name of two or more words the text has placed ("near Datta Khel") is the same place
    # where it is written again without a preposition ("control of Miran Shah", "including Datta Khel")
    names |= {m.text for m in mentions if " " in m.text and m.place is not None and m.status in (MATCHED, AMBIGUOUS)}
    # ... and a one-word name the text placed and the geocoder matched ("in Zzpur" ... "helicopters reached Zzpur")
    placed_names = set(names)
    names |= {
        m.text
        for m in mentions
        if m.status == MATCHED
        and m.place is not None
        and m.place.kind == "populated_place"
        and m.text[:1].isupper()
        and not m.text.isupper()
    }
    return _propagate(text, mentions, names, surnames, org_heads, placed_names, heads_before)


_VARIANT_FLOOR = 0.85  # a name after a preposition that no list knows: the geocoder's score it needs
MAX_CLUSTER = 6  # districts (and provinces) of the text's places a deferred name is looked up in


def _placed_near(text: str, deferred: list[tuple[int, int, str, float]], found: list[Mention], res) -> list[Mention]:
    """Names the geocoder finds ambiguous and the text places only by a preposition ("in Mir Ali", "to
    Miranshah", "between Hushab and Turbat"), settled by the places the text has resolved: looked up
    within the district of each matched place (a town stands for its district), then within each of
    their provinces; kept, ``matched``, only when exactly one of those units holds a place of the name
    (places named together lie together). Two rounds: a name settled so lends its district to the rest."""
    out: list[Mention] = []
    todo = list(deferred)
    places = [m.place for m in found if m.status == MATCHED and m.place is not None and m.place.kind not in _BIG_KINDS]
    for _ in range(2):
        districts = list(dict.fromkeys((p.admin1_code, p.admin2) for p in places if p.admin2))[:MAX_CLUSTER]
        provinces = list(dict.fromkeys(p.admin1_code for p in places if p.admin1_code))[:MAX_CLUSTER]
        left = []
        memo: dict[tuple[str, float], Mention | None] = {}  # list-like text repeats names
        for s, e, name, floor in todo:
            got = None
            if _NAME_AFTER.match(text, e, e + 3):
                left.append((s, e, name, floor))
                continue  # "the Zzpur Teaching Hospital": part of a longer proper name
            if (name, floor) in memo:
                hit = memo[(name, floor)]
                if hit is None:
                    left.append((s, e, name, floor))
                else:
                    out.append(hit._replace(text=text[s:e], start=s, end=e))
                continue
            for hints, what in (([(a1, a2) for a1, a2 in districts], "district"), ([(a1, None) for a1 in provinces], "province")):
                hits: dict[str, Any] = {}
                for a1, a2 in hints:
                    r = res(name, admin1=a1, admin2=a2)
                    if r is not None and r.status == MATCHED and r.place is not None and r.place.score >= floor:
                        hits.setdefault(r.place.id, r.place)
                if len(hits) == 1:
                    p = next(iter(hits.values()))
                    unit = p.admin2 if what == "district" else p.admin1
                    why = f"in {unit}, the {what} of a place the text names"
                    got = Mention(
                        text[s:e],
                        s,
                        e,
                        p.with_match(reason=f"{p.reason}; {why}"),
                        MATCHED,
                        round(float(p.score * 0.9), 3),
                        p.country,
                        why,
                    )
                    break
                if hits:
                    break  # several units hold one: still ambiguous
            memo[(name, floor)] = got
            if got is None:
                left.append((s, e, name, floor))
            else:
                out.append(got)
                places.append(p)
        if not left or len(left) == len(todo):
            break
        todo = left
    return out


_WHOLE_FLOOR = 0.5  # a longer name around a list's match: the lookup already asked an exact or variant name
_WHOLE_REASONS = ("exact", "variant")


def _inner_spans(taken: list[tuple[int, int]], starts: list[int], span: tuple[int, int]) -> list[tuple[int, int]]:
    """The list's matches inside ``span`` when every match overlapping it lies inside it and none is all of it."""
    a, b = span
    lo = bisect.bisect_left(starts, a)
    if lo > 0 and taken[lo - 1][1] > a:
        return []  # a match reaching in from the left
    inner = []
    for k in range(lo, len(taken)):
        ta, tb = taken[k]
        if ta >= b:
            break
        if tb > b or (ta, tb) == (a, b):
            return []
        inner.append((ta, tb))
    return inner


_HYPHEN_WORD = re.compile(r"[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)+")
# a name whose parts a Persian joint links ("Zzkot-e-Zzlan", "Zzpul-i-Zzkot"): one name wherever it is written
_JOINED_NAME = re.compile(r"[A-Z][\w'’]*(?:-(?:e|i|o)-[A-Z][\w'’]*)+")
_JOINED_WORD = re.compile(r"\b(" + _JOINED_NAME.pattern + r")(?![\w-])")


def _hyphen_compound(text: str, span: tuple[int, int], inner: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The hyphenated word opening ``span`` ("Zzkot-Zzlan") when the list names its first part and a later
    capitalised part is no list name (two list names joined, "Zzpur-Zzkot", are a pair: a road, a route)."""
    w = _HYPHEN_WORD.match(text, span[0], span[1])
    if not w or (w.start(), w.start() + w.group(0).index("-")) not in inner:
        return None  # the list names the first part ("Zzkot" of "Zzkot-Zzlan"), not a later one ("Zzhezb-e-Zzkot")
    if w.group(0).lower() in _org_keys() or w.group(0).lower().replace("-", " ") in _org_keys():
        return None  # an organisation's name ("Lashkar-e-..."): not a place
    if _JOINED_NAME.fullmatch(w.group(0)) and w.group(0).split("-", 1)[0].lower() not in _org_joint_heads(_org_keys()):
        return w.start(), w.end()  # "Zzkot-e-Zzlan": a Persian joint ("-e-", "-i-") makes one name, never a pair
    covered = [(a, b) for a, b in inner if a < w.end()]
    for p in re.finditer(r"[A-Z][\w'’]*", w.group(0)):
        a, b = w.start() + p.start(), w.start() + p.end()
        if not any(x <= a and b <= y for x, y in covered):
            return w.start(), w.end()
    return None


def _inner_spans_any(taken: list[tuple[int, int]], starts: list[int], span: tuple[int, int]) -> bool:
    """Does any of ``taken`` (sorted by start) overlap ``span``?"""
    j = bisect.bisect_left(starts, span[1]) - 1
    return j >= 0 and taken[j][1] > span[0]


def _known_whole(name: str, known: dict[str, bool], country: str | None, g: Gazetteer) -> bool:
    """Does the geocoder know the whole name under its exact or a variant spelling (cached, bounded)?"""
    if name not in known:
        if len(known) >= MAX_LOOKUPS or name.lower() in words("common_words.txt"):
            return False
        if split_feature_words(clean(name))[1]:
            known[name] = False  # "Naurang Town", "Kabul Province": the list's match and a feature word
            return False
        r = resolve(name, country=country, gazetteer=g)
        p = r.place
        known[name] = (
            p is not None
            and r.status in (MATCHED, AMBIGUOUS)
            and p.kind != "country"
            and p.reason.startswith(_WHOLE_REASONS)
            and p.score >= _WHOLE_FLOOR
        )
    return known[name]


def _variant_mention(text: str, surface: str, s: int, e: int, res, ctx: set[str], floor: float = _VARIANT_FLOOR) -> Mention | None:
    """A capitalised name after "in", "near", "from"...: a place if the geocoder knows it
    under another spelling ("Miramshah" for Miran Shah, "Kolachi" for Kulachi), with a score of at
    least ``floor``."""
    key = surface.lower()
    if key in words("common_words.txt") or key in words("given_names.txt"):
        return None
    r = res(surface)
    if r.status == AMBIGUOUS and ctx:
        r = _with_context(text, s, e, surface, r, ctx, res)  # "in Miranshah" in a report about Khyber Pakhtunkhwa
    p = r.place
    if p is not None and r.status == APPROXIMATE and p.kind in ("province", "district") and p.score >= 0.7:
        # a misspelt province or district ("in Patktia"): the geocoder's fuzzy reading, kept approximate
        return Mention(
            surface, s, e, p, APPROXIMATE, round(float(p.score * 0.9), 3), p.country, f"spelling variant: {r.message or p.reason}"
        )
    if p is None or r.status not in ("matched", "ambiguous") or p.score < floor or p.kind == "country":
        return None
    conf = p.score * (0.7 if r.status == "ambiguous" else 0.9)
    return Mention(surface, s, e, p, r.status, round(float(conf), 3), p.country, f"spelling variant: {p.reason}")


_BIG_KINDS = ("country", "province", "region")


def _propagate(
    text: str,
    mentions: list[Mention],
    names: set[str],
    surnames: dict[str, int] | None = None,
    org_heads: frozenset[str] = frozenset(),
    names_placed: set[str] | None = None,
    heads_before: frozenset[str] = frozenset(),
) -> list[Mention]:
    """Other capitalised occurrences of a name the text has already shown to be a place
    ("the Johan area" ... "from Johan to Kalat") are mentions of the same place."""
    found: dict[str, Mention] = {}
    for m in mentions:
        if m.text in names and (m.text not in found or found[m.text].place is None):
            found[m.text] = m
    if not found:
        return mentions
    ahocorasick = optional_import("ahocorasick", "place extraction")
    names_auto = ahocorasick.Automaton()
    for n in found:
        names_auto.add_word(n, len(n))
    names_auto.make_automaton()
    starts = [m.start for m in mentions]
    taken = set(starts)
    extra = []
    n_text = len(text)
    for end_idx, length in names_auto.iter_long(text):
        a, b = end_idx - length + 1, end_idx + 1
        if a in taken:
            continue  # a mention starts here (the overlap test below, for list-like text's many repeats)
        if a > 0 and (text[a - 1].isalnum() or text[a - 1] in "-_") or b < n_text and (text[b].isalnum() or text[b] in "-_"):
            continue
        j = bisect.bisect_right(starts, b - 1) - 1
        if j >= 0 and mentions[j].end > a:
            continue
        src = found[text[a:b]]
        if names_placed is not None and " " not in src.text and src.text not in names_placed and text.endswith(" of ", 0, a):
            continue  # "Zzkhan of Zzpur": a one-word name qualifying a person or group is no scene repeated
        if _INSTITUTION_AFTER.match(text[b : b + 50]):
            continue  # "Faryab Provincial Council" after "Faryab province": the institution, not the place
        if (nxt := _NEXT_WORD.match(text[b : b + 30])) and nxt.group(1) in org_heads:
            continue  # "shifted to Khar Hospital" after "Khar Tehsil": an organisation named after the place
        if (
            (run := _CAPITALISED_THEN_HEAD.match(text, b, b + 40))
            and run.group(2) in org_heads
            and not any(w.lower() in _FEATURE_WORDS for w in run.group(1).split())
        ):
            continue  # "the Khar Teaching Hospital" after "Khar Tehsil": as when first seen
        if text[a - 1 : a] == " " and (prev := _PREV_HEAD.search(text, max(0, a - 30), a)) and prev.group(1) in heads_before:
            continue  # "moved to Civil Hospital Khar" after "Khar Tehsil": as when first seen
        if _is_person(text, a, b, src.text):
            continue  # "Mir Ali Khan": a person named like the place
        if _FORCE_UNIT_BEFORE.search(text, max(0, a - 30), a):
            continue  # "Frontier Corps Balochistan": a force's command (as when first seen)
        if surnames is not None and (src.place is None or src.place.kind not in _BIG_KINDS) and _named_person(text, a, b, surnames):
            continue  # "Khogyani said" after "Ataullah Khogyani" and "Khogyani district"
        extra.append(
            Mention(src.text, a, b, src.place, src.status, src.confidence, src.country, f"same name as at {src.start}: {src.reason}")
        )
    return sorted(mentions + extra, key=lambda x: x.start) if extra else mentions


_INSTITUTION_AFTER = re.compile(
    r"^(?:\s+(?:[Pp]rovincial|[Ss]ecurity)[ ](?:[Cc]ouncil|[Cc]ommand)\b"
    r"|[’']s(?:[ ][A-Z][\w-]*){1,3}[ ](?:Department|Directorate|Authority|Council|Command)\b"
    r"|(?:[ ][A-Za-z][a-z]+){1,2}[ ](?:[Dd]epartment|[Dd]irectorate)\b)"
)
_IF_CONTEXT = 2  # _keep: a place only if the text's provinces or districts resolve it
_FORCE_UNIT_BEFORE = re.compile(r"\b(?:FC|Frontier Corps)(?:[ ](?:North|South|East|West))?[ ]$")


class _Found(NamedTuple):
    place: Place
    status: str


def _surface_names() -> dict[str, str]:
    """Surface -> gazetteer name: the region's abbreviations (``abbreviations.tsv``: "KP", "DI Khan") and
    spellings news uses that the gazetteer lacks (``spellings.tsv``: "Greshak" for Gereshk)."""
    return {**pairs("abbreviations.tsv"), **pairs("spellings.tsv")}


# "Shuhada (martyrs)": a word glossed in lower case is a transliterated word, not a place
# "Shuhada (martyrs)": a gloss in brackets (not a feature word: "Zzkot (check-post)")
_GLOSS_AFTER = re.compile(r"^\s*\((?!(?:check[ -]?posts?|posts?|checkpoints?|villages?|areas?|towns?)\))[a-z][a-z -]{1,30}\)")
_ARABIC_ARTICLE_BEFORE = re.compile(r"(?:^|[ ])[Aa]l-[A-Z][\w'’]*[ ]$")
_DASH_AFTER = re.compile(r"[ ]?[–—-][ ]?")
_PEOPLE_FEATURE_AFTER = re.compile(r"[ ](?:areas|villages|localities|neighbou?rhoods|quarters|districts)\b")
_PEOPLE_AFTER = re.compile(r"[ ](?:tribes?|tribesmen|clans?)\b")
_FORCE_AFTER = re.compile(r"[ ](?:security forces|army|military|troops|armed forces)\b")


_KIND_OF = re.compile(r"\s+(?:city|town|province|district|capital)\s+of\b", re.I)
_COMPASS_ADJECTIVE = re.compile(r"(?:(?:North|South)(?:-|\s)?(?:east|west)ern|Northern|Southern|Eastern|Western|Central)", re.I)
_NAME_AFTER = re.compile(r"\s+[A-Z]")


# "Zzistan police officers", "the Zzkot Police said": a police force named after its unit is an organisation (not
# "X police station", a place, nor "X police chief", "X police spokesman", a role that says where the officer serves)
_STREET_AFTER = re.compile(r"[ ](?:Street|Road|Bazar|Avenue|Lane)\b")
_POLICE_FORCE_AFTER = re.compile(
    r"[ ][Pp]olice\b(?![.]|[ ](?:[Ss]tations?|[Pp]osts?|[Cc]heck|[Cc]heckpoints?|[Ll]ines|[Hh]eadquarters|[Cc]hauki|[Tt]hana|"
    r"[Cc]hief|[Ss]pokes\w+|[Hh]ead|[Cc]ommander|District|Officer))"
)
# "KHAR: A rocket ...", "ZZKOT, Afghanistan — ...": a dateline, the capitalised place a report was filed from,
# opening a paragraph
_DATELINE_AFTER = re.compile(
    r"(?:,[ ][A-Z][a-z]+)?(?:,?[ ][A-Z][a-z]{2,4}\.?[ ]\d{1,2}(?:,[ ]\d{4})?)?(?:[ ]\([A-Za-z. ]{1,20}\))?[ ]?(?:--|[:—–-])[ ]"
)


def _dateline(text: str, s: int, e: int) -> bool:
    return (s == 0 or text[s - 1] == "\n") and _DATELINE_AFTER.match(text, e, e + 40) is not None


_CAPITALISED_THEN_HEAD = re.compile(r"((?:[ ][A-Z][a-z]+){1,2})[ ]([A-Z]\w*)\b")
_FEATURE_WORDS = frozenset({"district", "province", "tehsil", "agency", "city", "town", "village", "area", "valley", "bazaar"})


def _keep(text, s, e, kind, value, surface, auto, abbreviations, org_heads, heads_before=frozenset()) -> bool | int:
    """Is this capitalised match a place here (not an acronym, organisation, person, or a
    village name the text does not place)?"""
    if kind == _PLACE and surface.isupper() and len(surface) <= 4 and surface not in abbreviations and not _dateline(text, s, e):
        return False  # acronyms (TTP, ISPR) are not places (but a dateline's "KHAR:" is a place)
    if kind == -1 and " " in surface and _GIVEN_SUFFIX.fullmatch(surface.split(None, 1)[0].lower()):
        return False  # "Zzatullah Rahmani district governor": a person's name (an "-ullah" given name first) and a role
    nxt = _NEXT_WORD.match(text[e : e + 30])
    if (
        nxt
        and nxt.group(1) in org_heads
        and not (kind == -1 and nxt.group(1) == "Post" and _POST_BEFORE_END.search(text, max(0, s - 24), s))
        and not (kind == -1 and nxt.group(1) == "Agency" and _LOCATIVE_BEFORE.search(text, max(0, s - 24), s))
    ):
        return False  # "Kurram Militia", "Pakistan Today" (but "raided Zzkot Post": a post; "in Zzkot Agency": a unit)
    if (
        kind in (_PLACE, -2)
        and (run := _CAPITALISED_THEN_HEAD.match(text, e, e + 40))
        and run.group(2) in org_heads
        and not any(w.lower() in _FEATURE_WORDS for w in run.group(1).split())
    ):
        return False  # "the Zzkot Teaching Hospital", "Zzkot Press Club": the name of an institution named after the place
    if (
        s > 0
        and text[s - 1] in "- "
        and (prev := _PREV_HEAD.search(text, max(0, s - 30), s))
        and prev.group(1) in (org_heads if text[s - 1] == "-" else heads_before)
    ):
        return False  # "Special Operations Command-Afghanistan", "Radio Pakistan": the place closes an organisation's name
    if _ARABIC_ARTICLE_BEFORE.search(text, max(0, s - 30), s):
        return False  # "Jaish al-Zzadl Pakistan", "Ansar Al-Zzaria Pakistan": a group's (or a person's) name ends there
    if _GLOSS_AFTER.match(text[e : e + 40]) or _PEOPLE_AFTER.match(text, e, e + 14):
        return False  # "Shuhada (martyrs)"; "the Zzkhel tribe": a transliterated word, a people
    if _INSTITUTION_AFTER.match(text[e : e + 50]):
        return False  # "Herat Provincial Council": an institution named after the place
    if _FORCE_UNIT_BEFORE.search(text, max(0, s - 30), s):
        return False  # "FC South Balochistan", "Frontier Corps North": a force's command, not a place
    if _COMPASS_ADJECTIVE.fullmatch(surface) and _NAME_AFTER.match(text, e, e + 3):
        return False  # "Southern Afghanistan", "Eastern Nangarhar": a part of the place named next, not a place called so
    key = _key(value or surface)
    level = 2 if key in auto.top else 1 if key in auto.major else 0
    if level == 2 and _FORCE_AFTER.match(text, e, e + 40):
        return False  # "the Pakistan security forces": a country's forces, not a place
    if kind == _PLACE and _STREET_AFTER.match(text, e, e + 12) and text[s - 1 : s] != "-":
        return False  # "the shops on Zzkot Street": a street named after a town, not the town ("X Road area" is a locative name)
    if kind == _PLACE and _POLICE_FORCE_AFTER.match(text, e, e + 40):
        return False  # "Zzistan police officers were on duty": the force named after its unit, an organisation
    if _is_person(text, s, e, surface, level):
        return False
    if kind == _PLACE and value == "" and not surface.isupper() and level == 0:
        # a village name needs the text to place it ("in X", "X village"); one that starts
        # with a given name ("Muhammad Hanif") only with a feature word after it
        if _FEATURE_AFTER.match(text[e : e + 30]) or _FEATURE_BEFORE.search(text[max(0, s - 80) : s]):
            return True
        if surface.split()[0].lower() in words("given_names.txt"):
            return _IF_CONTEXT if _LOCATIVE_BEFORE.search(text[max(0, s - 24) : s]) else False
        if _LOCATIVE_BEFORE.search(text[max(0, s - 24) : s]):
            return True
        if _WEAK_LOCATIVE_BEFORE.search(text[max(0, s - 24) : s]) or _OFFICE_AFTER.match(text, e, e + 32):
            return _IF_CONTEXT  # "Zzpur Assistant Commissioner X": an office named after its unit, if the text places it
        return False
    return True


# "Zzpur Assistant Commissioner Shah Wali": an office named after its unit, written before the title
_OFFICE_AFTER = re.compile(r"[ ](?:(?:Deputy|Assistant)[ ]Commissioner|District[ ]Police[ ]Officer|DPO|SHO)\b")


@lru_cache(maxsize=8)
def _abbreviation_pattern(keys: tuple[str, ...]) -> re.Pattern[str]:
    alts = "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
    return re.compile(r"(?<![\w.])(?:" + alts + r")(?![\w])")


def _with_context(text: str, s: int, e: int, name: str, r, ctx: set[str] | frozenset[str], res):
    """Resolve a name the geocoder finds ambiguous alone within what the text says about it:
    the kind a feature word asks for ("the districts of Ali Sher and Zazai Maidan") and the
    provinces the paragraph (or the whole text) names, passed as ``admin1=`` hints. A hinted
    answer is taken only when it is ``matched`` in exactly one of those provinces; otherwise
    the bare answer stands (ambiguous, with its candidates listed)."""
    if r.status == MATCHED:
        return r
    want = _wanted_kind(text, s, e)
    kind_hint = "district" if want == {"district"} else ""
    if kind_hint:
        r2 = res(name, kind_hint)
        if r2.status == MATCHED and r2.place is not None and r2.place.kind == "district" and (not ctx or r2.place.admin1_code in ctx):
            return r2
    districts = sorted(c for c in ctx if "|" in c)[:3]
    provinces = sorted(c for c in ctx if "|" not in c)[:3]
    if not kind_hint and provinces:
        # the exact name of a district of a province the text names is that district, before any
        # same-name village of another district ("Kalat" beside "Mastung district", both Balochistan)
        r2 = res(name, "district")
        if (
            r2 is not None
            and r2.status == MATCHED
            and r2.place is not None
            and r2.place.kind == "district"
            and r2.place.admin1_code in provinces
            and r2.place.reason.startswith("exact")
        ):
            why = "a district of the province the text names"
            return _Found(r2.place.with_match(reason=f"{r2.place.reason}; {why}"), MATCHED)
    for hints, what in (([tuple(d.split("|", 1)) for d in districts], "district"), ([(a, None) for a in provinces], "province")):
        found: dict[str, Any] = {}
        for a1, a2 in hints:
            r3 = res(name, kind_hint, admin1=a1, admin2=a2)
            if r3 is not None and r3.status == MATCHED and r3.place is not None:
                found.setdefault(r3.place.id, r3)
        if len(found) == 1:
            r3 = next(iter(found.values()))
            unit = r3.place.admin2 if what == "district" else r3.place.admin1
            why = f"in {unit}, the {what} the text names"
            p = r3.place.with_match(reason=f"{r3.place.reason}; {why}" if r3.place.reason else why)
            return _Found(p, MATCHED)
    return r


def _in_context(text: str, s: int, e: int, surface: str, r, ctx: set[str]) -> Mention:
    place, status, conf, reason = r.place, r.status, r.place.score, r.place.reason
    candidates = [place, *place.alternatives]
    want = _wanted_kind(text, s, e)
    better = None
    if want is not None and place.kind not in want:
        better = next((c for c in candidates if c.kind in want and (not ctx or c.admin1_code in ctx)), None) or next(
            (c for c in candidates if c.kind in want), None
        )
    if better is None and ctx and status == AMBIGUOUS and place.admin1_code not in ctx and place.kind not in ("province", "country"):
        inside = {c.id: c for c in candidates if c.admin1_code in ctx}
        better = next(iter(inside.values())) if len(inside) == 1 else None  # several there: still ambiguous
    if better is not None and better.id != place.id:
        reason = f"context: {'/'.join(sorted(want)) + ' named beside it' if want else 'province named in the paragraph'}"
        place = better.with_match(alternatives=tuple(c for c in candidates if c.id != better.id), status="matched", reason=reason)
        status, conf = "matched", max(0.6, better.score)
    elif status == "ambiguous":
        conf *= 0.7
    return Mention(surface, s, e, place, status, round(float(conf), 3), place.country, reason)


# "Dangam district of Kunar", "the district of Kunar province": the text names the container or the kind
_CONTAINER_NAMED = re.compile(r"^\s+(?:districts?,?\s+(?:of|in)\s+(?:the\s+)?[A-Z]|provinces?\b)")
_NAMED_UNIT_OF = re.compile(r"[A-Z][\w’'-]*[ ](?:district|tehsil)[ ]of[ ](?:the[ ])?$")
_OF_FEATURE = re.compile(r"\b(village|area|locality|town|district|tehsil)s? of\s+$")
_UNIT_KINDS = ("district", "province", "region")


def _locative_mention(text: str, s: int, e: int, feature: str, res, ctx: set[str] | frozenset = frozenset()) -> Mention | None:
    """A capitalised name in a locative pattern: the gazetteer's place if it has one of the
    right kind (spelling variants included, the text's provinces as hints), else an
    unresolved mention. After "village of", "area of" the name is a container: of the
    places of that name, the one district or province."""
    surface = text[s:e]
    want = _KIND_OF_FEATURE.get(feature)
    container = False
    if feature == "of":
        fb = _OF_FEATURE.search(text, max(0, s - 30), s)
        if fb and _NAMED_UNIT_OF.search(text, max(0, s - 60), s):
            # "the Sarubi district of Paktia": Paktia holds the district named before ("of Khost province": the
            # province, not the town)
            container, want = True, "province"
        elif _wanted_kind(text, s, e) == {"district"} or fb and fb.group(1) in ("district", "tehsil"):
            want = "district"  # "the area of Kalat district", "the district of Ali Sher"
        elif fb and fb.group(1) in ("village", "area", "locality"):
            container = True
    r = res(surface, want if want in ("district", "province") else "")
    if want == "province" and (r.place is None or r.status != MATCHED or r.place.kind not in _UNIT_KINDS):
        r = res(surface)  # a district's container that is no province ("the Dattakhel tehsil of North Waziristan")
    elif feature == "of" and want == "district" and r.status != MATCHED:
        # "a remote district of Zzistan": no district of that name; a district (unnamed) of the province so named
        r2 = res(surface)
        if r2.place is not None and r2.status == MATCHED and r2.place.kind == "province":
            r = r2
    p = r.place
    provinces = {c for c in ctx if "|" not in c}
    if (
        p is not None
        and r.status == MATCHED
        and want == "district"
        and provinces
        and p.admin1_code not in provinces
        and not _CONTAINER_NAMED.match(text[e : e + 40])
    ):
        # "the remote Nawa district" in a report on Helmand: Ghazni's Nawa district is only a candidate
        r = _Found(p.with_match(reason=f"{p.reason}; not in the province the text names"), AMBIGUOUS)
    if p is not None and want == "district" and p.kind != "district":
        r2 = res(surface)  # "Mach district": no district of that name, but a town
        if r2.place is not None and r2.place.kind == "populated_place" and r2.place.score >= 0.9:
            r, p = r2, r2.place
    if p is not None and r.status == AMBIGUOUS and container:
        units = {c.id: c for c in (p, *p.alternatives) if c.kind in _UNIT_KINDS}
        if len(units) == 1:
            u = next(iter(units.values()))
            p = u.with_match(
                alternatives=tuple(c for c in (p, *p.alternatives) if c.id != u.id),
                status=MATCHED,
                score=0.9,
                reason=f"the one district or province named '{surface}' (a container: '{feature} {surface}')",
            )
            r = _Found(p, MATCHED)
    if p is not None and r.status != MATCHED:
        r = _with_context(text, s, e, surface, r, ctx, res)
        p = r.place
    floor = {MATCHED: 0.8, APPROXIMATE: 0.8, AMBIGUOUS: 0.5}.get(r.status)
    if container and r.status == AMBIGUOUS and p is not None and not p.reason.startswith("exact"):
        floor = None  # "the areas of Zzkikhel": an ambiguous spelling variant is no container to place others in
    if (
        p is not None
        and floor is not None
        and p.score >= floor
        and p.kind != "country"
        and (
            feature in ("of", "landmark")
            or want is None
            and p.kind != "province"
            or p.kind == want
            or want == "district"
            and p.kind == "populated_place"
        )
    ):
        conf = p.score * (0.7 if r.status == AMBIGUOUS else 1.0)
        return Mention(surface, s, e, p, r.status, round(float(conf), 3), p.country, p.reason)
    return Mention(surface, s, e, None, "unresolved", 0.3, "", f"'{surface}' ({feature}) is not in the gazetteer")


_PART_OF_UNIT = re.compile(r"(?:Upper|Lower) (\S.*)")
_HALVES = frozenset(("North", "South", "East", "West", "Upper", "Lower"))
_HALF_PAIR = re.compile(r" (?:and|&) (?:the )?")


def _locate_unresolved(text: str, mentions: list[Mention], res) -> list[Mention]:
    """Give each unresolved mention the containing unit the text names: "the X area of
    Y", "X village in Y district", "Y's X district", "X, Y". An ambiguous name with such a
    container ("Ali Sher, Khost", "the Mir Ali area of North Waziristan") is looked up within
    it: ``matched`` if the container holds a place of that name, else ``approximate`` at
    the container (the geocoder's rule)."""
    starts = [m.start for m in mentions]
    ends = [m.end for m in mentions]
    out = list(mentions)
    located_at: dict[tuple[str, int, str], Place] = {}
    after_name: dict[str, tuple[re.Match[str] | None, re.Match[str] | None]] = {}
    possessive = "'s" in text or "’s" in text  # else _POSSESSIVE_S matches nowhere: its tests are skipped
    for k in range(len(out) - 1, -1, -1):  # right to left: a container may itself be located first
        m = out[k]
        if m.status not in ("unresolved", AMBIGUOUS, MATCHED) or m.status == MATCHED and m.place is None:
            continue
        container = None
        # both matches depend only on the 70 characters after the name: cached (list-like text repeats them)
        window = text[m.end : m.end + 70]
        matched = after_name.get(window)
        if matched is None:
            tail = _FEATURE_AFTER.match(window[:30])
            rel = tail.end() if tail else 0
            matched = after_name[window] = (tail, _CONTAINER_AFTER.match(window[rel : rel + 40]))
        tail, after = matched
        pos = m.end + (tail.end() if tail else 0)
        if after:
            j = bisect.bisect_left(starts, pos + after.end())
            if j < len(out) and out[j].start == pos + after.end() and out[j].place is not None:
                # the finest of a chain: "in Paktika’s Barmal district"
                while (
                    possessive
                    and j + 1 < len(out)
                    and out[j + 1].place is not None
                    and out[j + 1].status != "out_of_region"
                    and _POSSESSIVE_S.fullmatch(text[out[j].end : out[j + 1].start])
                ):
                    j += 1
                container = out[j]
        if m.status == MATCHED:
            # a name the geocoder placed outside the unit the text puts it in ("Balochistan’s Mach
            # district" is not a Mach district elsewhere): looked up again within that unit
            j = bisect.bisect_left(ends, m.start) - 1 if possessive else -1
            if (
                container is None
                and j >= 0
                and out[j].place is not None
                and out[j].status == MATCHED
                and _POSSESSIVE_S.fullmatch(text[out[j].end : m.start])
            ):
                container = out[j]
            assert m.place is not None  # a MATCHED mention without a place was skipped above
            if (
                container is not None
                and container.place is not None
                and container.status == MATCHED
                and _outside(m.place, container.place)
                # "the town of Taloqan, near Kunduz": a provincial capital near another place is beside it, not a
                # namesake inside it; the name's own answer stands (a village "near Qalat" is looked up there)
                and not (after is not None and "near" in after.group(0) and m.place.feature_code in ("PPLA", "PPLC"))
            ):
                out[k] = _within(m, container, res, keep_if_not_found=False)
                if out[k] is m and container.place.kind == "populated_place":
                    # a village of that name only in another province: another place the gazetteer lacks,
                    # located at the town the text puts it beside
                    c = container.place
                    why = (
                        f"'{m.text}' is in the gazetteer only outside {c.admin1}; located at {c.name} ({c.kind}) "
                        f"through '{container.text}', which the text names around it"
                    )
                    here = c.with_match(alternatives=(), reason=why)
                    out[k] = Mention(m.text, m.start, m.end, here, "unresolved", 0.4, c.country, why)
            elif (
                container is not None
                and container.place is not None
                and tail
                and after
                and re.match(r"\s*(?:of|in)\b", after.group(0))
                and container.place.kind != "country"
                and not _outside(m.place, container.place)
                and m.place.kind not in ("province", "region", "country")
            ):
                # "the Zarkani area of Daraban tehsil": the text nests it; said so (events use it)
                out[k] = m._replace(reason=f"{m.reason}; inside {container.place.name} through '{container.text}', as the text says")
            continue
        if m.status == AMBIGUOUS:
            j = bisect.bisect_left(ends, m.start) - 1 if possessive else -1
            if container is None and j >= 0 and out[j].place is not None and _POSSESSIVE_S.fullmatch(text[out[j].end : m.start]):
                container = out[j]  # "Khost's Ali Sher"; a comma or "in" before may be a list
            if container is not None and container.status in (MATCHED, APPROXIMATE):
                out[k] = _within(m, container, res)
            continue
        if container is None:
            j = bisect.bisect_left(ends, m.start) - 1
            if j >= 0 and out[j].place is not None and out[j].status != "out_of_region":
                between = text[out[j].end : m.start]
                if _POSSESSIVE_BEFORE.fullmatch(between) or _POSSESSIVE_S.fullmatch(between):
                    container = out[j]
        if container is None and m.place is None and tail and (unit := _OF_THE_UNIT.match(text, pos)):
            # "in Zzkot district of the province", after the province is named: the last province (district) matched
            # or approximated in the 400 characters before
            kind = unit.group(1).lower()
            named = [
                o
                for o in out[:k]
                if o.place is not None and o.place.kind == kind and o.end > m.start - 400 and o.status in (MATCHED, APPROXIMATE)
            ]
            if named:
                container = named[-1]
        if m.place is None and m.status == "unresolved" and m.text in _HALVES and k + 1 < len(out):
            # "the North and South Waziristan districts", "Upper and Lower Dir": the first half names its own unit
            nxt = out[k + 1]
            pair = _HALF_PAIR.fullmatch(text, m.end, nxt.start)
            rest = nxt.text.split(None, 1)
            if pair and nxt.place is not None and len(rest) == 2 and rest[0] in _HALVES and rest[0] != m.text:
                r = res(f"{m.text} {rest[1]}")
                if r is not None and r.status == MATCHED and r.place is not None and r.place.kind in ("district", "province"):
                    why = f"'{m.text}' and '{nxt.text}': {r.place.name}, the first of the pair"
                    out[k] = Mention(m.text, m.start, m.end, r.place.with_match(reason=why), MATCHED, 0.9, r.place.country, why)
                    continue
        if container is None and m.place is None and m.status == "unresolved":
            part = _PART_OF_UNIT.fullmatch(m.text)
            r = res(part.group(1)) if part else None
            if r is not None and r.status == MATCHED and r.place is not None and r.place.kind in ("district", "province"):
                # "Lower Orakzai", "Upper Kurram": the part of a district the lists lack, located at that district
                c = r.place
                why = f"'{m.text}' is not in the gazetteer; located at {c.name} ({c.kind}), the unit it is a part of"
                out[k] = Mention(m.text, m.start, m.end, c.with_match(alternatives=(), reason=why), "unresolved", 0.4, c.country, why)
                continue
        if container is None or container.place is None or container.place.kind == "country":
            continue
        c = container.place
        lkey = (m.text, id(c), container.text)
        place = located_at.get(lkey)  # list-like text locates the same name at the same unit again and again
        if place is None or place.id != c.id:
            place = located_at[lkey] = c.with_match(
                alternatives=(),
                reason=f"'{m.text}' is not in the gazetteer; located at {c.name} "
                f"({c.kind}) through '{container.text}', which the text names "
                "around it",
            )
        out[k] = Mention(m.text, m.start, m.end, place, "unresolved", 0.4, c.country, place.reason)
    # a name located once is located everywhere in the text
    located = {m.text: m for m in out if m.status == "unresolved" and m.place is not None}
    for k, m in enumerate(out):
        if m.status == "unresolved" and m.place is None and m.text in located:
            src = located[m.text]
            out[k] = Mention(m.text, m.start, m.end, src.place, "unresolved", src.confidence, src.country, src.reason)
    return out


def _outside(p: Place, c: Place) -> bool:
    """Place ``p`` is plainly not in the province, district or country ``c`` (by its codes)."""
    if p.kind == "country" or c.kind not in ("province", "region", "district", "country", "populated_place"):
        return False
    if p.country != c.country:
        return True
    if c.kind in ("province", "region"):
        return p.kind not in ("province", "region") and p.admin1_code != c.admin1_code
    if c.kind == "populated_place":  # "the X area on the outskirts of Y (a town)": X is in Y's province
        return p.kind == "populated_place" and bool(c.admin1_code) and p.admin1_code != c.admin1_code
    return c.kind == "district" and p.kind != "province" and p.admin1_code != c.admin1_code


def _within(m: Mention, container: Mention, res, keep_if_not_found: bool = True) -> Mention:
    """A mention looked up again inside the district or province that contains it (a town
    stands for its district: "the Kolachi area of Dera Ismail Khan")."""
    c = container.place
    assert c is not None  # callers pass a container with a place
    if c.kind in ("province", "region"):
        r = res(m.text, "", admin1=c.admin1_code, country=c.country)
    elif c.kind == "district":
        r = res(m.text, "", admin1=c.admin1_code, admin2=c.name, country=c.country)
    elif c.kind == "populated_place" and c.admin2:
        r = res(m.text, "", admin1=c.admin1_code, admin2=c.admin2, country=c.country)
    else:
        return m
    if r is None or r.place is None or r.status not in (MATCHED, APPROXIMATE):
        return m
    if (
        r.status == APPROXIMATE
        and not keep_if_not_found
        and (r.place.kind in ("district", "province", "region") or r.place.reason.startswith("fuzzy"))
    ):
        # not found inside, or only a look-alike: the name's own answer stands (the text's container may be loose)
        return m
    p = r.place
    why = f"within {c.name} ({c.kind}) through '{container.text}', which the text names around it"
    p = p.with_match(reason=f"{p.reason}; {why}" if r.status == MATCHED else f"{r.message}; {why}")
    conf = p.score if r.status == MATCHED else 0.5
    return Mention(m.text, m.start, m.end, p, r.status, round(float(conf), 3), p.country, p.reason)
