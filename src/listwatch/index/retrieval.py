"""Candidate retrieval: from a query's tokens to the few dozen list names worth scoring.

Each query token looks up list tokens that are equal, one edit apart (a deletion neighbourhood
over the vocabulary, as SymSpell does), or sound alike (phonetic key); each hit adds the list
token's weight to the names that carry it. Rare tokens are looked up first; a very common token
only adds to names already found, so "Mohammed" alone does not pull in thousands of names.
The query's tokens run together are looked up too (``JSCARGUMENT`` ~ ``JSC ARGUMENT``).
"""

from __future__ import annotations

from collections import defaultdict

__all__ = ["TokenIndex", "deletions"]

#: Tokens shorter than this are matched exactly only (deletions of short tokens are noise).
MIN_FUZZY_LENGTH = 4
#: A token carried by more names than this only reinforces candidates found by rarer tokens.
COMMON_POSTINGS = 1500


def deletions(token: str) -> set[str]:
    """The token with any one character removed."""
    return {token[:i] + token[i + 1 :] for i in range(len(token))}


class TokenIndex:
    """Postings from list tokens to name numbers, plus fuzzy and phonetic vocabularies."""

    __slots__ = ("by_deletion", "by_joined", "by_phonetic", "postings")

    def __init__(self) -> None:
        self.postings: dict[str, list[int]] = defaultdict(list)
        self.by_deletion: dict[str, list[str]] = defaultdict(list)
        self.by_phonetic: dict[str, list[str]] = defaultdict(list)
        self.by_joined: dict[str, list[int]] = defaultdict(list)

    def add(
        self, name_no: int, tokens: tuple[str, ...], phonetic: tuple[str, ...], joined: str
    ) -> None:
        for token, key in zip(tokens, phonetic, strict=True):
            postings = self.postings.get(token)
            if postings is None:
                self.postings[token] = [name_no]
                if len(token) >= MIN_FUZZY_LENGTH and not token.isdigit():
                    for variant in deletions(token):
                        self.by_deletion[variant].append(token)
                if key:
                    self.by_phonetic[key].append(token)
            elif postings[-1] != name_no:
                postings.append(name_no)
        if joined:
            self.by_joined[joined].append(name_no)

    def freeze(self) -> None:
        """Drop the defaultdict behaviour so lookups of unknown keys stay cheap and pure."""
        self.postings = dict(self.postings)
        self.by_deletion = dict(self.by_deletion)
        self.by_phonetic = dict(self.by_phonetic)
        self.by_joined = dict(self.by_joined)

    def similar_tokens(self, token: str, phonetic: str) -> set[str]:
        """List tokens equal to ``token``, one edit away, or with the same phonetic key."""
        found: set[str] = set()
        if token in self.postings:
            found.add(token)
        if len(token) >= MIN_FUZZY_LENGTH and not token.isdigit():
            by_deletion = self.by_deletion
            found.update(by_deletion.get(token, ()))
            for variant in deletions(token):
                if variant in self.postings:
                    found.add(variant)
                found.update(by_deletion.get(variant, ()))
        if phonetic:
            found.update(self.by_phonetic.get(phonetic, ()))
        return found

    def candidates(
        self,
        tokens: tuple[str, ...],
        phonetic: tuple[str, ...],
        weights: tuple[float, ...],
        joined: str,
        limit: int,
        min_share: float,
    ) -> list[int]:
        """Name numbers sharing the most query weight, best first (at most ``limit``)."""
        total = sum(weights) or 1.0
        plan = []
        for token, key, weight in zip(tokens, phonetic, weights, strict=True):
            similar = self.similar_tokens(token, key)
            size = sum(len(self.postings[t]) for t in similar)
            plan.append((size, weight, similar))
        plan.sort(key=lambda item: item[0])
        acc: dict[int, float] = {}
        for size, weight, similar in plan:
            if size > COMMON_POSTINGS and acc:
                for list_token in similar:
                    for name_no in self.postings[list_token]:
                        if name_no in acc:
                            acc[name_no] += weight
                continue
            seen: set[int] = set()
            for list_token in similar:
                for name_no in self.postings[list_token]:
                    if name_no not in seen:
                        seen.add(name_no)
                        acc[name_no] = acc.get(name_no, 0.0) + weight
        if len(tokens) > 1:
            for name_no in (*self.by_joined.get(joined, ()), *self.postings.get(joined, ())):
                acc[name_no] = acc.get(name_no, 0.0) + total
        floor = min_share * total
        ranked = sorted((s, n) for n, s in acc.items() if s >= floor)
        return [n for _s, n in ranked[::-1][:limit]]
