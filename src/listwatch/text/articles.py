"""Arabic definite articles written as words of a family name (``AL-ASSAD``, ``EL MASRI``,
``AR-RAHMAN``), which lists keep and usage often drops (``ASSAD, Zuhair``).

The article is ``al`` (``el``, ``ul`` in other romanisations); before a "sun letter" it takes
that letter's sound (``ar-rahman``, ``as-sayyid``, ``ash-shami``, ``ad-din``), which the
romanisation then writes. Such a word counts as an article only when the next word of the
name follows it, and an assimilated one only when that word starts with its letters.
"""

from __future__ import annotations

__all__ = ["article_positions"]

#: Articles written the same before any word.
_PLAIN = frozenset({"al", "el", "ul"})
#: Articles assimilated to the next word's first consonant (the word starts with ``[1:]``).
_ASSIMILATED = frozenset(
    {"ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az", "ed", "en", "er", "es", "et", "ez"}
)


def article_positions(tokens: tuple[str, ...], size: int) -> frozenset[int]:
    """Positions of the name words (the first ``size`` tokens) that are articles of the word
    after them."""
    return frozenset(
        k
        for k in range(size - 1)
        if tokens[k + 1].isalpha()
        and (
            tokens[k] in _PLAIN
            or (tokens[k] in _ASSIMILATED and tokens[k + 1].startswith(tokens[k][1:]))
        )
    )
