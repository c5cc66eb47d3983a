"""The nasab: a father's (and grandfather's) name written ``bin``/``ibn``/``ben`` (son of) or
``bint``/``binti`` (daughter of) and the name, in Arabic, Maghrebi and Malay names
(``Usama bin Muhammad bin Awad BIN LADIN``, ``Mourad Ben Ali TRABELSI``, ``Tuah BIN ARIF``).

Like a patronymic, lists write it and usage mostly leaves it out (``Usama BIN LADIN``): a
nasab left out is ordinary usage, not another person. The particle counts only after the
first word (``Ben Smith`` is a given name) and before a word of letters.
"""

from __future__ import annotations

__all__ = ["nasab_positions"]

#: Son of, daughter of, in the usual romanisations.
_PARTICLES = frozenset({"bin", "ibn", "ben", "bint", "binti", "binte"})


def nasab_positions(tokens: tuple[str, ...], size: int) -> frozenset[tuple[int, int]]:
    """The (particle, name) positions of each nasab among the name words (the first ``size``
    tokens)."""
    return frozenset(
        (k, k + 1)
        for k in range(1, size - 1)
        if tokens[k] in _PARTICLES and tokens[k + 1].isalpha() and tokens[k + 1] not in _PARTICLES
    )
