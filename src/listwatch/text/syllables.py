"""Romanised Chinese and Korean syllables: names whose every word is one (``WANG, Wen Chou``,
``KIM, Jong Un``) write one given name as several words, so a word of it left out is not a
middle name left out.

The sets are built from the romanisation systems' own parts: Hanyu Pinyin (and the Wade-Giles
spellings lists use: ``chou``, ``hsu``, ``tsai``) initials and finals; Revised Romanization and
McCune-Reischauer onsets, vowels and codas for Korean. Some combinations are not syllables of
the language; that only makes a name count as East Asian more easily.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import product

__all__ = ["is_romanised_syllable"]

_PINYIN_INITIALS = (
    "", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "zh", "ch", "sh",
    "r", "z", "c", "s", "y", "w", "hs", "ts", "tz", "ch'", "ts'",
)  # fmt: skip
_PINYIN_FINALS = (
    "a", "o", "e", "i", "u", "v", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong",
    "er", "ia", "ie", "iao", "iu", "ian", "in", "iang", "ing", "iong", "ua", "uo", "uai",
    "ui", "uan", "un", "uang", "ue", "ueng", "ung", "ih", "uei", "uen", "ieh", "eh", "iung",
    "yu", "ueh", "ien",
)  # fmt: skip
_KOREAN_ONSETS = (
    "", "g", "k", "kk", "n", "d", "t", "tt", "r", "l", "m", "b", "p", "pp", "s", "ss", "sh",
    "j", "jj", "ch", "h",
)  # fmt: skip
_KOREAN_VOWELS = (
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo",
    "we", "wi", "yu", "eu", "ui", "i", "ou", "oo", "ee",
)  # fmt: skip
_KOREAN_CODAS = ("", "k", "g", "n", "l", "r", "m", "p", "b", "ng", "t", "ck")


@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    pinyin = {i + f for i, f in product(_PINYIN_INITIALS, _PINYIN_FINALS)}
    korean = {o + v + c for o, v, c in product(_KOREAN_ONSETS, _KOREAN_VOWELS, _KOREAN_CODAS)}
    return frozenset(s.replace("'", "") for s in pinyin | korean)


def is_romanised_syllable(word: str) -> bool:
    """Whether ``word`` (normalised, lower case) may be one romanised Chinese or Korean
    syllable."""
    return word in _syllables()
