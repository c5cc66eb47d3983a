"""Phonetic keys for name tokens: spellings that sound alike get the same or a close key.

Two keys are computed once per token, from its ASCII form:

* :func:`phonetic_key` keeps vowels but folds consonant spellings that transliteration systems
  disagree on (``kh``/``ch``/``h`` after a vowel, ``ts``/``tz``, ``w``/``v``, ``y``/``i``,
  ``yo``/``e`` after a consonant, doubled letters, the Arabic article's ``el``/``ul``/``il``):
  ``Zavyalov`` and ``Zavjalov``, ``Khoury`` and ``Khouri``, ``Artyom`` and ``Artem``,
  ``Mitikadzu`` and ``Michikazu`` end up one or no edit apart.
* :func:`skeleton` keeps only consonant classes: labials ``b`` (b p f v), velars ``k`` (k g q
  and j, which Arabic, Hebrew and Russian spell now as g, now as dzh), dentals ``t`` (t d),
  sibilants ``s`` (s z sh ts), ``x`` for h and the ch/kh sounds, and ``l``, ``r``, ``m``, ``n``.
  Arabic and Hebrew leave short vowels unwritten, so a word from those scripts is compared
  with a Latin word on skeletons: ``آتشيسون`` (``atshisun``) and ``acheson`` both give ``xsn``.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["phonetic_key", "skeleton"]

# Multi-letter spellings first; upper-case placeholders keep later rules from re-reading them.
_DIGRAPHS: tuple[tuple[str, str], ...] = (
    ("tsch", "X"),  # German romanisation of Russian: Tschernow is Chernov
    ("dsch", "J"),  # Dschabarow is Dzhabarov
    ("shch", "S"),
    ("sch", "S"),
    ("tch", "X"),
    ("tsh", "X"),
    ("dzh", "J"),
    ("dsh", "J"),
    ("dj", "J"),
    ("zh", "J"),
    ("ch", "X"),
    ("kh", "X"),
    ("sh", "S"),
    ("ph", "F"),
    ("th", "T"),
    ("dh", "D"),
    ("gh", "G"),
    ("ck", "K"),
    ("ts", "S"),
    ("tz", "S"),
    ("dz", "Z"),
    ("qu", "K"),
    ("x", "KS"),
    ("q", "K"),
    ("ce", "Se"),
    ("ci", "Si"),
    ("cy", "Si"),
    ("c", "K"),
    ("ee", "i"),
    ("oo", "u"),
    ("ou", "u"),
    ("ue", "u"),
    ("w", "W"),
    ("y", "i"),
)
#: Russian ё after a consonant, romanised now ``yo``, now ``e`` (``Artyom``/``Artem``,
#: ``Fyodor``/``Fedor``, ``Gorbachyov``/``Gorbachev``). Not after k, g, r or h alone, where
#: ``yo`` is mostly a Japanese or Korean syllable (``Kyoko``, ``Ryota``, ``Hyogo``).
_YO_RE = re.compile(r"(?<=[bdflmnpstvz])yo|(?<=[csz]h)yo")
_DIGRAPH_MAP = dict(_DIGRAPHS)
_DIGRAPH_RE = re.compile("|".join(re.escape(k) for k, _ in _DIGRAPHS))
_REPEAT_RE = re.compile(r"(.)\1+")
#: Romanisations of the Arabic article (``EL-BARNAOUI``/``AL-BARNAWI``, ``Abd-ul-``).
_ARTICLE_KEYS = {"el": "al", "ul": "al", "il": "al"}

# Consonant classes of the skeleton; vowels, h and glides map to "".
_SKELETON_CLASS: dict[str, str] = {
    "b": "b", "p": "b", "f": "b", "v": "b",
    "k": "k", "g": "k",
    "t": "t", "d": "t",
    "s": "s", "z": "s",
    "j": "k", "x": "x", "h": "x",
    "l": "l", "r": "r", "m": "m", "n": "n",
}  # fmt: skip
_SKELETON_TABLE = str.maketrans(
    {c: _SKELETON_CLASS.get(c, "") for c in "abcdefghijklmnopqrstuvwxyz"}
)


@lru_cache(maxsize=131072)
def phonetic_key(token: str) -> str:
    """A vowel-keeping key of ``token`` (lower-case ASCII) that folds spelling variants."""
    if not token.isalpha():
        return token
    if token in _ARTICLE_KEYS:
        return _ARTICLE_KEYS[token]
    key = _DIGRAPH_RE.sub(lambda m: _DIGRAPH_MAP[m.group(0)], _YO_RE.sub("e", token))
    key = key.lower()
    # An h that is not part of a digraph is often silent or dropped in transliteration.
    if len(key) > 2:
        key = key[0] + key[1:].replace("h", "")
    return _REPEAT_RE.sub(r"\1", key.replace("w", "v"))


@lru_cache(maxsize=131072)
def skeleton(token: str, loose: bool = False) -> str:
    """The consonant-class skeleton of ``token``: what an abjad spelling also writes.

    Doubled letters are folded first, then vowels, ``w`` and ``y`` dropped, so ``David`` gives
    ``tbt`` and ``דוד`` (``dod``) ``tt``. With ``loose``, ``v`` is dropped too, because Hebrew
    and Arabic write it with the same letter as the vowels o and u: loose ``David`` is ``tt``.
    """
    if not token.isalpha():
        return token
    key = _DIGRAPH_RE.sub(lambda m: _DIGRAPH_MAP[m.group(0)], token).lower()
    key = _REPEAT_RE.sub(r"\1", key)
    if loose:
        key = key.replace("v", "")
    return key.translate(_SKELETON_TABLE)
