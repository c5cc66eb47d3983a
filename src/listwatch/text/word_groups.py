"""Words grouped as variants of one word, a group per line: two words are related when they share
a group. Nicknames of people (:mod:`listwatch.text.nicknames`) and the business words of
organisations (:mod:`listwatch.text.business_words`) are such groups.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

__all__ = ["WordGroups"]

_NONE: frozenset[int] = frozenset()


class WordGroups:
    """Group ids by word, and the words of each group."""

    __slots__ = ("_groups", "_members")

    def __init__(self, lines: Iterable[Sequence[str]], first_id: int = 0) -> None:
        """``lines``: the words of each group; the groups are numbered from ``first_id``."""
        groups: dict[str, set[int]] = {}
        self._members: dict[int, tuple[str, ...]] = {}
        for number, words in enumerate(lines, first_id):
            self._members[number] = tuple(words)
            for word in words:
                groups.setdefault(word, set()).add(number)
        self._groups = {word: frozenset(ids) for word, ids in groups.items()}

    def groups(self, word: str) -> frozenset[int]:
        """The ids of the groups ``word`` belongs to (empty if none)."""
        return self._groups.get(word, _NONE)

    def variants(self, word: str) -> set[str]:
        """Every word sharing a group with ``word``, ``word`` included if it has a group."""
        return {other for group in self.groups(word) for other in self._members[group]}
