"""Patronymics: the father's name that Russian, Ukrainian and Belarusian names carry between
the given name and the family name (``Dmitry Olegovich ROGOZIN``, ``Yulia Volodymyrivna``).

Lists write them in full, while the press, customer files and payment messages mostly leave
them out (``Dmitry Rogozin``): a patronymic missing on one side is ordinary usage, not a
different person, whereas two different patronymics are (``Ivanovich`` is not ``Olegovich``).
The comparator reads :func:`is_patronymic` on normalised, romanised tokens (Cyrillic is
transliterated first), in the common romanisations: English and BGN/PCGN (``-ovich``,
``-yevna``), Ukrainian (``-ovych``, ``-ivna``), Belarusian (``-avich``, ``-auna``), German
(``-owitsch``, ``-owna``) and French (``-ovitch``); and the Turkic father's name followed by
``oglu``/``ogly`` (son of) or ``kyzy``/``qizi`` (daughter of), which is two words.
"""

from __future__ import annotations

import re

__all__ = ["is_patronymic", "looks_like_family_name", "patronymic_positions"]

#: Endings of patronymics, male and female, in the romanisations lists and customers use.
_ENDING = re.compile(
    r"(?:[oe]vich|[oe]vych|avich|[oe]vitch|[oe][vw]itsch|ichna|[oe]vna|ivna|auna|euna|[oe]wna)$"
)
#: Short patronymics of a few given names that do not take the ``-ovich`` ending.
_SHORT = frozenset({"ilich", "ilyich", "iljitsch", "kuzmich", "fomich", "lukich", "nikitich"})
#: Words that make the word before them a patronymic in Azerbaijani, Turkmen, Kazakh and
#: Kyrgyz names (``Mekhti Fikret Oglu``: son of Fikret; ``kyzy``, ``qizi``: daughter of).
_MARKERS = frozenset(
    {"oglu", "ogly", "oghlu", "ugli", "kyzy", "kizi", "qizi", "gizi", "uulu", "uly"}
)
#: Shortest patronymic written with an ending above (``lvovich``, ``ivanovna``).
_MIN_LENGTH = 7
#: Endings of Russian, Ukrainian and Belarusian family names, male and female.
_FAMILY_ENDING = re.compile(r"(?:[oe]va?|[iy]na?|sk[iy]j?|skaya|ska|ko|enko|uk|yuk)$")


def is_patronymic(token: str) -> bool:
    """Whether a normalised, romanised word is written like a patronymic."""
    return token in _SHORT or (len(token) >= _MIN_LENGTH and _ENDING.search(token) is not None)


def looks_like_family_name(token: str) -> bool:
    """Whether a word ends like an East Slavic family name (``FYODOROVA``, ``KUZNETSOV``,
    ``SHEVCHENKO``): such a word is not a patronymic misspelled (``OLEGOVIC``) but another
    name, even when it is spelled from the same given name (``FEDOROVNA``)."""
    return not is_patronymic(token) and _FAMILY_ENDING.search(token) is not None


def patronymic_positions(tokens: tuple[str, ...], size: int) -> frozenset[int]:
    """The positions of the patronymic among a person name's first ``size`` tokens (its name
    tokens, annotations excluded), if any. A one- or two-word name has none: it is a given name
    and a family name (``PETROVICH, Ivan``), whatever their endings; nor does a name start with
    one (``ABRAMOVICH Roman Arkadyevich``). A name has one patronymic, right after the given
    name: of two words written like one, the later is the family name (``Roman Arkadyevich
    ABRAMOVICH``). A Turkic one is two positions, the father's name and ``oglu``."""
    if size < 3:
        return frozenset()
    for i in range(1, size):
        if is_patronymic(tokens[i]):
            return frozenset((i,))
        if i + 1 < size and tokens[i + 1] in _MARKERS:
            return frozenset((i, i + 1))
    return frozenset()
