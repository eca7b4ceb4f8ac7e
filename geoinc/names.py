"""Place-name normalisation and transliteration folding (pure functions).

News writes the same place many ways: ``Kābul`` / ``Kabul``, ``Dar-ul-Aman`` /
``Darulaman`` / ``Dar ul Aman``, ``Khowst`` / ``Khost``, ``Paktia`` / ``Paktiya`` /
``Paktya``, ``کابل`` with Arabic or Persian letters.  This module turns a name into
three forms used for matching:

``clean(name)``
    Readable normal form: NFKC, case-folded, diacritics and apostrophes removed,
    punctuation turned into single spaces.  Perso-Arabic text is kept in its script
    with letters unified (see :func:`clean`).
``exact_key(name)``
    ``clean`` without feature words ("district", "province", ...) and without
    spaces, so spacing and hyphenation variants coincide.
``variant_key(name)``
    ``exact_key`` folded through the romanisation variants common in Dari, Pashto
    and Urdu transliteration (kh/k, q/k, gh/g, w/v, dh/z, ph/f, c/k, vowel
    qualities, doubled letters, "-abad"/"-obod", a final "h" after a vowel).

All three are idempotent and accept any ``str`` without raising.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "FEATURE_WORDS",
    "clean",
    "exact_key",
    "feature_words",
    "is_arabic_script",
    "split_feature_words",
    "split_feature_words_many",
    "variant_key",
]

#: Words that describe a feature rather than name it, with the kind they hint at.
#: They are stripped from the start or end of a name (never from the middle, and
#: never when nothing would be left).
FEATURE_WORDS: dict[str, str] = {
    # provinces
    "province": "province",
    "provinces": "province",
    "provincial": "province",
    "wilayat": "province",
    "welayat": "province",
    "velayat": "province",
    "vilayat": "province",
    "wilayat e": "province",
    "velayat e": "province",
    "suba": "province",
    "subah": "province",
    "ولایت": "province",
    "صوبہ": "province",
    "صوبه": "province",
    # districts
    "district": "district",
    "districts": "district",
    "woluswali": "district",
    "wuleswali": "district",
    "uluswali": "district",
    "woleswali": "district",
    "alaqadari": "district",
    "alaqahdari": "district",
    "alaqadary": "district",
    "agency": "district",
    "tehsil": "district",
    "tahsil": "district",
    "ولسوالی": "district",
    "ولسوالۍ": "district",
    "ضلع": "district",
    # populated places and areas ("Sangin district center": the district's seat)
    "district center": "populated_place",
    "district centre": "populated_place",
    "district headquarters": "populated_place",
    "city": "populated_place",
    "town": "populated_place",
    "township": "populated_place",
    "village": "populated_place",
    "area": "area",
    "areas": "area",
    "region": "area",
    "valley": "area",
    "neighbourhood": "neighbourhood",
    "neighborhood": "neighbourhood",
    # military
    "airbase": "airbase",
    "air base": "airbase",
    "airfield": "airbase",
    "air field": "airbase",
    "base": "airbase",
    # crossings
    "border crossing": "crossing",
    "crossing": "crossing",
    "crossing point": "crossing",
}

_MAX_FEATURE_WORDS = max(len(k.split()) for k in FEATURE_WORDS)
# a feature word can be stripped only where a name begins with the first word of one or ends
# with the last word of one: split_feature_words returns at once for the other names
_FEATURE_FIRST = frozenset(k.split()[0] for k in FEATURE_WORDS)
_FEATURE_LAST = frozenset(k.split()[-1] for k in FEATURE_WORDS)

# Letters that Unicode decomposition does not reduce to ASCII.
_LATIN_EXTRA = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "ə": "e",
        "ɨ": "i",
        "ʉ": "u",
        "ɣ": "gh",
        "ʃ": "sh",
        "ʒ": "zh",
        "ŋ": "ng",
        "ħ": "h",
        "ŧ": "t",
    }
)
_HAS_LATIN_EXTRA = re.compile("[" + "".join(map(chr, _LATIN_EXTRA)) + "]")  # translate only names that hold one

# Apostrophes, ayn/hamza marks and quotes vanish; they are spelled inconsistently.
_APOSTROPHES = re.compile("['`´‘’‛′ʹʻʼʽʾʿˈˊˋ\u02bc\u055a\u05f3\ua78b\ua78c\"“”«»]")

# Perso-Arabic letter unification: Arabic forms -> Persian/Urdu forms used in AF/PK.
_ARABIC_LETTERS = str.maketrans(
    {
        "\u064a": "\u06cc",  # ARABIC YEH -> FARSI YEH
        "\u0649": "\u06cc",  # ALEF MAKSURA -> FARSI YEH
        "\u06d2": "\u06cc",  # YEH BARREE (Urdu) -> FARSI YEH
        "\u06d0": "\u06cc",  # Pashto E
        "\u06cd": "\u06cc",  # YEH WITH TAIL (Pashto)
        "\u0626": "\u06cc",  # YEH WITH HAMZA ABOVE
        "\u0643": "\u06a9",  # ARABIC KAF -> KEHEH
        "\u06aa": "\u06a9",  # SWASH KAF
        "\u0629": "\u0647",  # TEH MARBUTA -> HEH
        "\u06c1": "\u0647",  # HEH GOAL (Urdu) -> HEH
        "\u06be": "\u0647",  # HEH DOACHASHMEE (Urdu) -> HEH
        "\u06c0": "\u0647",  # HEH WITH YEH ABOVE
        "\u0623": "\u0627",  # ALEF WITH HAMZA ABOVE
        "\u0625": "\u0627",  # ALEF WITH HAMZA BELOW
        "\u0622": "\u0627",  # ALEF WITH MADDA
        "\u0671": "\u0627",  # ALEF WASLA
        "\u0624": "\u0648",  # WAW WITH HAMZA
    }
)
# Harakat, superscript alef, tatweel, Quranic marks and bidi/format controls.
_ARABIC_DROP = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640\u06d6-\u06ed\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_ARABIC_RANGE = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)

_MAX_LEN = 1000  # longer input is truncated before normalisation (the geocoder rejects it anyway)


def is_arabic_script(text: str) -> bool:
    """Return True if ``text`` contains Perso-Arabic letters.

    Examples
    --------
    >>> is_arabic_script("کابل"), is_arabic_script("Kabul")
    (True, False)
    """
    return bool(_ARABIC_RANGE.search(text))


def clean(name: str) -> str:
    """Return the readable normal form of a place name.

    Parameters
    ----------
    name : str
        Any text.  Non-strings give ``""``.

    Returns
    -------
    str
        Lower case, without diacritics, apostrophes or punctuation, words separated
        by single spaces.  Perso-Arabic letters are unified (Arabic yeh/kaf to
        Persian forms, Urdu heh/yeh forms, hamza carriers), harakat, tatweel and
        zero-width characters are removed.

    Examples
    --------
    >>> clean("Kābul"), clean("Dar-ul-Aman"), clean("‘Alī Shēr")
    ('kabul', 'dar ul aman', 'ali sher')
    >>> clean("  ") , clean("كابل") == clean("کابل")
    ('', True)
    """
    if not isinstance(name, str):
        return ""
    return _clean(name)


_SETTLED = re.compile(r"[a-z0-9]+(?: [a-z0-9]+)*")


class _NoCombining(dict):
    """``str.translate`` table dropping combining marks (``unicodedata.combining``), filled per code point on first use."""

    def __missing__(self, code: int) -> str | None:
        ch = chr(code)
        got = None if unicodedata.combining(ch) else ch
        if len(self) < 8192:  # the scripts of place names are few; the table stays small
            self[code] = got
        return got


_NO_COMBINING = _NoCombining()


@lru_cache(maxsize=200_000)
def _clean(name: str) -> str:
    if name.isascii():
        text = name[:_MAX_LEN].lower()
        if text.isalnum():  # one word of letters and digits (most names): already clean
            return text
        words = text.split()
        if "".join(words).isalnum():  # letters and digits only: the regexes below would only re-space it
            return " ".join(words)
        text = _NON_WORD.sub(" ", _APOSTROPHES.sub("", text)).strip()
        if not text or _SETTLED.fullmatch(text):
            return text  # plain ASCII: nothing for Unicode normalisation to do
    text = unicodedata.normalize("NFKC", name[:_MAX_LEN]).casefold()
    text = _APOSTROPHES.sub("", text)
    if is_arabic_script(text):
        text = text.translate(_ARABIC_LETTERS)
        text = text.replace("\u200c", "").replace("\u200d", "")
        text = _ARABIC_DROP.sub("", text)
    else:
        if _HAS_LATIN_EXTRA.search(text):
            text = text.translate(_LATIN_EXTRA)
        text = unicodedata.normalize("NFKD", text).translate(_NO_COMBINING)
        if _HAS_LATIN_EXTRA.search(text):
            text = text.translate(_LATIN_EXTRA)
    text = _NON_WORD.sub(" ", text).strip()
    if text != name and not _SETTLED.fullmatch(text):
        # decomposition can expose new combining marks or punctuation: settle it
        return _clean(text)
    return text


@lru_cache(maxsize=200_000)
def split_feature_words(cleaned: str) -> tuple[str, tuple[str, ...]]:
    """Strip feature words from both ends of a cleaned name.

    Parameters
    ----------
    cleaned : str
        Output of :func:`clean`.

    Returns
    -------
    (str, tuple of str)
        The remaining name (never empty unless the input was) and the kinds hinted
        by the stripped words, outermost first.

    Examples
    --------
    >>> split_feature_words("zazai maidan district")
    ('zazai maidan', ('district',))
    >>> split_feature_words("wilayat e kabul")
    ('kabul', ('province',))
    >>> split_feature_words("district")
    ('district', ())
    """
    words = cleaned.split()
    if len(words) < 2 or (words[0] not in _FEATURE_FIRST and words[-1] not in _FEATURE_LAST):
        return " ".join(words), ()
    kinds: list[str] = []
    changed = True
    while changed and len(words) > 1:
        changed = False
        for size in range(min(_MAX_FEATURE_WORDS, len(words) - 1), 0, -1):
            head = " ".join(words[:size])
            tail = " ".join(words[-size:])
            if tail in FEATURE_WORDS:
                kinds.append(FEATURE_WORDS[tail])
                words = words[:-size]
                changed = True
                break
            if head in FEATURE_WORDS:
                kinds.append(FEATURE_WORDS[head])
                words = words[size:]
                changed = True
                break
    return " ".join(words), tuple(kinds)


def split_feature_words_many(texts: list[str]) -> list[tuple[str, tuple[str, ...]]]:
    """``split_feature_words(clean(t))`` for many strings (a batch's queries).

    Plain ASCII names of letters, digits and spaces without a feature word at either end
    (most names) are read here, without the per-string calls and caches; the others go
    through :func:`clean` and :func:`split_feature_words`.

    Examples
    --------
    >>> split_feature_words_many(["Khost", "Zazai Maidan District", "Kābul"])
    [('khost', ()), ('zazai maidan', ('district',)), ('kabul', ())]
    """
    out: list[tuple[str, tuple[str, ...]]] = []
    add = out.append
    nothing: tuple[str, ...] = ()
    for t in texts:
        if t.isascii():
            text = t[:_MAX_LEN].lower()
            if text.isalnum():  # as _clean: one word, already clean; one word bears no feature word
                add((text, nothing))
                continue
            words = text.split()
            if "".join(words).isalnum() and words[0] not in _FEATURE_FIRST and words[-1] not in _FEATURE_LAST:
                add((" ".join(words), nothing))
                continue
        add(split_feature_words(clean(t)))
    return out


def feature_words(name: str) -> tuple[str, ...]:
    """Return the kinds hinted by feature words in ``name`` ("Khost province" -> province)."""
    return split_feature_words(clean(name))[1]


def exact_key(name: str) -> str:
    """Return the spacing-insensitive key of a name.

    Examples
    --------
    >>> exact_key("Dar-ul-Aman") == exact_key("Darulaman") == exact_key("Dar ul Aman")
    True
    >>> exact_key("Zazai Maidan District"), exact_key("Khost Province")
    ('zazaimaidan', 'khost')
    """
    return _exact_key(name) if isinstance(name, str) else ""


@lru_cache(maxsize=200_000)
def _exact_key(name: str) -> str:
    core, _ = split_feature_words(_clean(name))
    return core.replace(" ", "")


# Ordered consonant folds applied to a spaceless ASCII key.
_CONSONANTS = (
    ("dzh", "j"),
    ("dj", "j"),
    ("kh", "k"),
    ("gh", "g"),
    ("ph", "f"),
    ("dh", "z"),
    ("th", "t"),
    ("ck", "k"),
    ("q", "k"),
    ("x", "ks"),
    ("v", "w"),
)
_VOWEL_RUN = re.compile(r"[aeiouy]{2,}")  # runs of one vowel fold e, y -> i and o -> u (as _fold_run would)
_LONE_C = re.compile(r"c(?!h)")  # "ch" stays; Cabul -> kabul
_VOCALIC_W = re.compile(r"(?<=[aeiou])w(?![aeiouy])")  # Khowst, Naw -> vowel
_SILENT_H = re.compile(r"(?<=[aeiouy])h+$")
_DOUBLE = re.compile(r"(.)\1+")


def _first_of_run(match: re.Match[str]) -> str:
    """What ``_DOUBLE.sub(r"\\1", ...)`` puts for a run (a function: no template to expand per match)."""
    return match.group(1)


def _fold_vowel_run(match: re.Match[str]) -> str:
    run = match.group(0)
    got = _RUN_MEMO.get(run)
    if got is None:
        got = _fold_run(run)
        if len(_RUN_MEMO) < 4096:  # vowel runs are few; the memo stays small
            _RUN_MEMO[run] = got
    return got


_RUN_MEMO: dict[str, str] = {}


def _fold_run(run: str) -> str:
    if set(run) == {"a"}:
        return "a"
    mapped = run.replace("e", "i").replace("y", "i").replace("o", "u")
    mapped = _DOUBLE.sub(r"\1", mapped)
    # diphthongs written with a leading "a" (ai, ay, ei -> i; au, aw -> u)
    if mapped in ("ai", "ia", "aia"):
        return "i" if mapped == "ai" else mapped
    if mapped == "au":
        return "u"
    return mapped


def _fold_once(key: str) -> str:
    # each regex runs only when the letter it needs is there (same result, fewer passes)
    for old, new in _CONSONANTS:
        key = key.replace(old, new)
    if "c" in key:
        key = _LONE_C.sub("k", key)
    if "w" in key:
        key = _VOCALIC_W.sub("u", key)
    key = key.replace("obod", "abad")
    # lone vowels e, y -> i and o -> u (three replaces: a translate table is slower on short ASCII keys)
    key = _VOWEL_RUN.sub(_fold_vowel_run, key).replace("e", "i").replace("y", "i").replace("o", "u")
    key = _DOUBLE.sub(_first_of_run, key)
    if len(key) > 2 and key.endswith("h"):
        key = _SILENT_H.sub("", key)
    return key


def variant_key(name: str) -> str:
    """Return the transliteration-folded key of a name.

    Perso-Arabic names are returned as their :func:`exact_key` (the letter
    unification in :func:`clean` is their folding).

    Examples
    --------
    >>> variant_key("Khowst") == variant_key("Khost") == variant_key("Khōst")
    True
    >>> variant_key("Paktia") == variant_key("Paktiya") == variant_key("Paktya")
    True
    >>> variant_key("Qandahar") == variant_key("Kandahar")
    True
    >>> variant_key("Kher Khana") == variant_key("Khair Khana") == variant_key("Khairkhanah")
    True
    """
    return _variant_key(name) if isinstance(name, str) else ""


@lru_cache(maxsize=200_000)
def _variant_key(name: str) -> str:
    core, _ = split_feature_words(_clean(name))
    if not core or is_arabic_script(core) or not core.isascii():
        return core.replace(" ", "")
    # a final "h" after a vowel is silent in romanisations (Khanah / Khana)
    words = [_SILENT_H.sub("", w) if len(w) > 2 and w.endswith("h") else w for w in core.split()]
    key = "".join(words)
    for _ in range(8):
        folded = _fold_once(key)
        if folded == key:
            break
        key = folded
    return key
