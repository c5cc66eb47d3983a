"""Transliteration of names to lower-case ASCII, with the script each word was written in.

Cyrillic, Arabic/Persian and Hebrew use tables written here for names (close to the BGN/PCGN
and common English press spellings: ``Шевченко`` → ``shevchenko``, ``محمد`` → ``mhmd``,
``ג'ון`` → ``jon``); every other script (Greek, Armenian, Georgian, Han, Kana, Hangul, Thai,
Devanagari, Burmese…) and Latin diacritics go through ``anyascii``. Arabic and Hebrew are
abjads: short vowels are not written, so words from them are flagged and compared on their
consonants (see :mod:`listwatch.text.phonetics`).
"""

from __future__ import annotations

from functools import lru_cache

from anyascii import anyascii

__all__ = ["ABJAD_SCRIPTS", "SYLLABIC_SCRIPTS", "script_of", "transliterate_word"]

#: Scripts that leave short vowels unwritten.
ABJAD_SCRIPTS: frozenset[str] = frozenset({"arabic", "hebrew"})
#: Scripts whose romanised tokens are syllables (compared strictly).
SYLLABIC_SCRIPTS: frozenset[str] = frozenset({"han", "hangul", "kana"})

_CYRILLIC: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u", "ј": "j", "љ": "lj",
    "њ": "nj", "ћ": "c", "ђ": "dj", "џ": "dz", "ѓ": "gj", "ќ": "kj", "ѕ": "dz",
}  # fmt: skip

_ARABIC: dict[str, str] = {
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ء": "", "ؤ": "u", "ئ": "i",
    "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
    "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
    "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n",
    "ه": "h", "ة": "a", "ى": "a", "پ": "p", "چ": "ch", "ژ": "zh", "گ": "g", "ک": "k",
    "ڤ": "v", "ڨ": "g", "ۀ": "e", "ە": "e", "ے": "e", "ٹ": "t", "ڈ": "d", "ڑ": "r",
    "ں": "n", "ھ": "h", "ہ": "h",
}  # fmt: skip
_ARABIC_WAW = frozenset("وۇۆۋ")
_ARABIC_YEH = frozenset("يیېې")

_HEBREW: dict[str, str] = {
    "א": "a", "ב": "b", "ג": "g", "ד": "d", "ה": "h", "ז": "z", "ח": "kh", "ט": "t",
    "כ": "k", "ך": "kh", "ל": "l", "מ": "m", "ם": "m", "נ": "n", "ן": "n", "ס": "s",
    "ע": "", "פ": "p", "ף": "f", "צ": "ts", "ץ": "ts", "ק": "k", "ר": "r", "ש": "sh",
    "ת": "t",
}  # fmt: skip
#: Letters that a following geresh turns into another sound (``ג'`` = j, ``צ'`` = ch).
_HEBREW_GERESH = {"ג": "j", "ז": "zh", "צ": "ch", "ץ": "ch", "ת": "th", "ד": "dh", "ח": "kh"}
_GERESH = frozenset("'׳’`")

#: Scripts whose every character is a syllable of its own (tokens for names written unspaced).
_SYLLABIC: frozenset[str] = frozenset({"han", "hangul"})

_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x024F, "latin"),
    (0x0370, 0x03FF, "greek"),
    (0x0400, 0x052F, "cyrillic"),
    (0x0530, 0x058F, "armenian"),
    (0x0590, 0x05FF, "hebrew"),
    (0x0600, 0x06FF, "arabic"),
    (0x0750, 0x077F, "arabic"),
    (0x08A0, 0x08FF, "arabic"),
    (0x0900, 0x097F, "devanagari"),
    (0x0E00, 0x0E7F, "thai"),
    (0x1000, 0x109F, "myanmar"),
    (0x10A0, 0x10FF, "georgian"),
    (0x1100, 0x11FF, "hangul"),
    (0x1E00, 0x1EFF, "latin"),
    (0x3040, 0x30FF, "kana"),
    (0x3130, 0x318F, "hangul"),
    (0x3400, 0x4DBF, "han"),
    (0x4E00, 0x9FFF, "han"),
    (0xAC00, 0xD7AF, "hangul"),
    (0xFB1D, 0xFB4F, "hebrew"),
    (0xFB50, 0xFDFF, "arabic"),
    (0xFE70, 0xFEFF, "arabic"),
)


@lru_cache(maxsize=4096)
def _char_script(char: str) -> str:
    code = ord(char)
    for low, high, name in _RANGES:
        if low <= code <= high:
            return name
    return "other"


def script_of(word: str) -> str:
    """The script of the first letter of ``word`` that has one (``latin`` for ASCII)."""
    for char in word:
        if char.isalpha():
            return _char_script(char)
    return "other"


@lru_cache(maxsize=65536)
def _any(char: str) -> str:
    return anyascii(char).lower()


def _arabic(word: str) -> str:
    out: list[str] = []
    if word.startswith("ال") and len(word) > 3:
        out.append("al-")  # the article: a separate, light token
        word = word[2:]
    for index, char in enumerate(word):
        if char in _ARABIC_WAW:
            out.append("w" if index == 0 else "u")
        elif char in _ARABIC_YEH:
            out.append("y" if index == 0 else "i")
        elif char in _ARABIC:
            out.append(_ARABIC[char])
        elif "\u064b" <= char <= "\u0652" or char == "\u0670":
            continue  # harakat: short-vowel marks and shadda
        else:
            out.append(_any(char))
    return "".join(out)


def _hebrew(word: str) -> str:
    out: list[str] = []
    chars = [c for c in word if not ("\u0591" <= c <= "\u05c7")]  # drop points
    size = len(chars)
    i = 0
    while i < size:
        char = chars[i]
        nxt = chars[i + 1] if i + 1 < size else ""
        if char in _HEBREW_GERESH and nxt in _GERESH:
            out.append(_HEBREW_GERESH[char])
            i += 2
            continue
        if char == "ו":
            if nxt == "ו":
                out.append("w")
                i += 2
                continue
            out.append("w" if i == 0 else "o")
        elif char == "י":
            if nxt == "י":
                out.append("y" if i + 2 < size else "i")
                i += 2
                continue
            out.append("y" if i == 0 else "i")
        elif char == "ה" and i == size - 1 and i > 0:
            out.append("a")  # final he is a vowel letter
        elif char in _HEBREW:
            out.append(_HEBREW[char])
        elif char in _GERESH or char in '״"':
            pass
        else:
            out.append(_any(char))
        i += 1
    return "".join(out)


@lru_cache(maxsize=65536)
def transliterate_word(word: str) -> tuple[str, str]:
    """``(latin, script)`` for one case-folded, whitespace-free word.

    The Latin form is lower-case ASCII; punctuation is kept for the tokenizer to split on.
    """
    script = script_of(word)
    if word.isascii():
        return word.lower(), script
    if script == "arabic":
        return _arabic(word), script
    if script == "hebrew":
        return _hebrew(word), script
    out: list[str] = []
    for char in word:
        if char in _CYRILLIC:
            out.append(_CYRILLIC[char])
        elif char.isascii():
            out.append(char)
        elif _char_script(char) in _SYLLABIC:
            out.append(f" {_any(char)} ")  # one Han or Hangul syllable: one token
        else:
            out.append(_any(char))
    return "".join(out), script
