"""Candidate retrieval: from a query's tokens to the few list names worth scoring.

Each query token looks up list tokens that are equal, one edit apart (a deletion neighbourhood
over the vocabulary, as SymSpell does), sound alike (the same phonetic key, or one a single
edit away for keys of five letters or more), or are nicknames or
variants of it (``bill``/``william``). Every list name that carries such a token gains that
query token's weight (query coverage) and the list token's weight in the name (list-name
coverage). The query's tokens run together are looked up too (``JSCARGUMENT`` ~ ``JSC
ARGUMENT``).

A name whose score bound from the tokens found, ``QUERY_SHARE`` × query coverage + the rest ×
list-name coverage, reaches ``floor`` is a candidate (the best ``limit`` of them). Tokens left
unpaired on both sides may still pair in the comparison (a cross-script pair two edits apart,
``elia``/``ilya``): names that reach ``floor`` only by crediting them at :data:`UNSEEN_PAIR`
are many and seldom match, so only the best :data:`UNSEEN_CANDIDATES` of them are added.

Very common tokens (``mohammed``) only reinforce names found through rarer tokens, so one
common word does not pull in thousands of names.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from listwatch.matching.name_compare import QUERY_SHARE
from listwatch.text.nicknames import nickname_variants

__all__ = ["TokenIndex", "deletions"]

#: Tokens shorter than this are matched exactly only (deletions of short tokens are noise).
MIN_FUZZY_LENGTH = 4
#: Credit assumed for query and list tokens that retrieval could not pair (the comparator
#: pairs same-script tokens from a similarity of 0.75).
UNSEEN_PAIR = 0.75
#: Names retrieved only thanks to the UNSEEN_PAIR credit that are compared, at most.
UNSEEN_CANDIDATES = 8
#: Phonetic keys at least this long are also looked up one edit away.
MIN_FUZZY_KEY_LENGTH = 5
#: Tokens at least this long are also looked up two edits away.
TWO_EDIT_LENGTH = 8
#: A token carried by more names than this only reinforces names found by rarer tokens.
COMMON_POSTINGS = 1500
_SIMILAR_CACHE_MAX = 200_000
_ONE_EDIT = "\x00"


def deletions(token: str) -> set[str]:
    """The token with any one character removed."""
    return {token[:i] + token[i + 1 :] for i in range(len(token))}


class TokenIndex:
    """Postings from list tokens to name numbers, fuzzy and phonetic vocabularies, and per
    name the weight of each token (for the list-name coverage bound)."""

    __slots__ = (
        "_similar",
        "by_deletion",
        "by_joined",
        "by_phonetic",
        "by_phonetic_deletion",
        "name_totals",
        "postings",
        "token_weight",
    )

    def __init__(self) -> None:
        #: Only while building: token → name numbers (``token_weight`` holds them after).
        self.postings: dict[str, list[int]] = defaultdict(list)
        #: Deletion variant → list tokens (space-joined once frozen).
        self.by_deletion: dict[str, Any] = defaultdict(list)
        self.by_phonetic: dict[str, list[str]] = defaultdict(list)
        #: Deletion variant of a phonetic key → list tokens (space-joined once frozen).
        self.by_phonetic_deletion: dict[str, Any] = defaultdict(list)
        self.by_joined: dict[str, list[int]] = defaultdict(list)
        #: (name number, token) → the token's weight in that name.
        self.token_weight: dict[str, dict[int, float]] = defaultdict(dict)
        self.name_totals: list[float] = []
        self._similar: dict[tuple[str, str], tuple[str, ...]] = {}

    def add(
        self,
        name_no: int,
        tokens: tuple[str, ...],
        phonetic: tuple[str, ...],
        weights: tuple[float, ...],
        joined: str,
    ) -> None:
        assert name_no == len(self.name_totals)
        self.name_totals.append(sum(weights) or 1.0)
        for token, key, weight in zip(tokens, phonetic, weights, strict=True):
            postings = self.postings.get(token)
            if postings is None:
                self.postings[token] = [name_no]
                if len(token) >= MIN_FUZZY_LENGTH and not token.isdigit():
                    for variant in deletions(token):
                        self.by_deletion[variant].append(token)
                if key:
                    self.by_phonetic[key].append(token)
                    if len(key) >= MIN_FUZZY_KEY_LENGTH:
                        for variant in deletions(key):
                            self.by_phonetic_deletion[variant].append(token)
            elif postings[-1] != name_no:
                postings.append(name_no)
            per_name = self.token_weight[token]
            per_name[name_no] = per_name.get(name_no, 0.0) + weight
        if joined:
            self.by_joined[joined].append(name_no)

    def freeze(self) -> None:
        """Drop the defaultdict behaviour so lookups of unknown keys stay cheap and pure, and
        keep the deletion neighbourhood as space-joined strings (far fewer objects to load)."""
        self.postings = {}
        self.by_deletion = {k: " ".join(v) for k, v in self.by_deletion.items()}
        self.by_phonetic = dict(self.by_phonetic)
        self.by_phonetic_deletion = {k: " ".join(v) for k, v in self.by_phonetic_deletion.items()}
        self.by_joined = dict(self.by_joined)
        self.token_weight = dict(self.token_weight)

    def to_state(self) -> dict[str, object]:
        """Plain values only (marshal-able); the fuzzy-lookup memo is not kept."""
        return {k: getattr(self, k) for k in self.__slots__ if k not in ("_similar", "postings")}

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> TokenIndex:
        index = cls.__new__(cls)
        index.__setstate__(state)
        return index

    __getstate__ = to_state

    def __setstate__(self, state: dict[str, Any]) -> None:
        for key, value in state.items():
            setattr(self, key, value)
        self.postings = {}
        self._similar = {}

    def one_edit_tokens(self, token: str) -> tuple[str, ...]:
        """List tokens equal to ``token`` or one edit away (for two query tokens run
        together, ``ghulamreza``/``gholamreza``)."""
        key = (token, _ONE_EDIT)  # no phonetic key holds this character
        cached = self._similar.get(key)
        if cached is None:
            cached = self._remember(key, self._within_edits(token, two=False))
        return cached

    def similar_tokens(self, token: str, phonetic: str) -> tuple[str, ...]:
        """List tokens equal to ``token``, one edit away (two for long tokens), with the same
        phonetic key, or a nickname or variant of it (``bill``/``william``)."""
        key = (token, phonetic)
        cached = self._similar.get(key)
        if cached is not None:
            return cached
        postings = self.token_weight
        if len(token) >= MIN_FUZZY_LENGTH and not token.isdigit():
            # Long tokens pair in comparison up to two edits apart (mohammed/muhammad).
            found = self._within_edits(token, two=len(token) >= TWO_EDIT_LENGTH)
        else:
            found = {token} if token in postings else set()
        if phonetic:
            found.update(self.by_phonetic.get(phonetic, ()))
            if len(phonetic) >= MIN_FUZZY_KEY_LENGTH:
                # Phonetic keys one edit apart (sakutin/sakulin, kavamin/gavamin) pair in the
                # comparison when the spellings are further apart than retrieval looks.
                by_key, by_key_deletion = self.by_phonetic, self.by_phonetic_deletion
                found.update(by_key_deletion.get(phonetic, "").split())
                for variant in deletions(phonetic):
                    found.update(by_key.get(variant, ()))
                    found.update(by_key_deletion.get(variant, "").split())
        found.update(t for t in nickname_variants(token) if t in postings)
        return self._remember(key, found)

    def _within_edits(self, token: str, *, two: bool) -> set[str]:
        """List tokens equal to ``token`` or one edit away (two with ``two``): the token's
        deletion variants met against the list tokens and their own deletion variants."""
        postings, by_deletion = self.token_weight, self.by_deletion
        found: set[str] = set()
        variants = deletions(token)
        if two:
            variants |= {v for one in list(variants) for v in deletions(one)}
        for variant in (token, *variants):
            if variant in postings:
                found.add(variant)
            found.update(by_deletion.get(variant, "").split())
        return found

    def _remember(self, key: tuple[str, str], found: set[str]) -> tuple[str, ...]:
        result = tuple(sorted(found))
        if len(self._similar) >= _SIMILAR_CACHE_MAX:
            self._similar.clear()
        self._similar[key] = result
        return result

    def _best_weights(self, list_tokens: tuple[str, ...]) -> dict[int, float]:
        """Name number → the largest weight any of ``list_tokens`` has in that name (read
        only: for one token, its own postings)."""
        token_weight = self.token_weight
        if len(list_tokens) == 1:
            return token_weight[list_tokens[0]]
        best: dict[int, float] = {}
        for list_token in list_tokens:
            for name_no, c_weight in token_weight[list_token].items():
                if c_weight > best.get(name_no, 0.0):
                    best[name_no] = c_weight
        return best

    def candidates(
        self,
        tokens: tuple[str, ...],
        phonetic: tuple[str, ...],
        weights: tuple[float, ...],
        joined: str,
        limit: int,
        floor: float,
    ) -> list[int]:
        """Name numbers whose score bound reaches ``floor``, best bound first (at most
        ``limit``)."""
        total = sum(weights) or 1.0
        plan = []
        postings = self.token_weight
        for token, key, weight in zip(tokens, phonetic, weights, strict=True):
            similar = self.similar_tokens(token, key)
            size = sum(len(postings[t]) for t in similar)
            plan.append((size, weight, similar))
        plan.sort(key=lambda item: item[0])
        got_q: dict[int, float] = {}
        got_c: dict[int, float] = {}
        token_weight = self.token_weight
        rest = 1.0 - QUERY_SHARE
        # Prefix filtering: a name must cover ``need`` of the query's weight to reach
        # ``floor``; once the tokens still to come weigh less than that, a name first met
        # through them cannot qualify, so they only reinforce names already found.
        need = max(0.0, (floor - rest) / QUERY_SHARE) * total
        remaining = total
        reinforce_pairs = False
        for size, weight, similar in plan:
            reinforce_only = bool(got_q) and (size > COMMON_POSTINGS or remaining < need - 1e-9)
            reinforce_pairs = reinforce_pairs or reinforce_only
            remaining -= weight
            if not similar:
                continue
            # Reinforcing: walk the postings or probe the names found so far, whichever is
            # cheaper.
            probe = reinforce_only and len(got_q) * len(similar) < size
            if not reinforce_only:
                best_c = self._best_weights(similar)
            else:
                best_c = {}
                for list_token in similar:
                    per_name = token_weight[list_token]
                    if probe:
                        hits = [(n, per_name[n]) for n in got_q if n in per_name]
                    else:
                        hits = [(n, w) for n, w in per_name.items() if n in got_q]
                    for name_no, c_weight in hits:
                        if c_weight > best_c.get(name_no, 0.0):
                            best_c[name_no] = c_weight
            if not got_q:
                got_q = dict.fromkeys(best_c, weight)
                got_c = dict(best_c)
                continue
            for name_no, c_weight in best_c.items():
                if name_no in got_q:
                    got_q[name_no] += weight
                    got_c[name_no] += c_weight
                else:
                    got_q[name_no] = weight
                    got_c[name_no] = c_weight
        # Two adjacent query tokens may spell one list token, or nearly (ABED SHAHI ~
        # ABEDSHAHI, GHULAM REZA ~ GHOLAMREZA).
        for i in range(len(tokens) - 1):
            pair_best = self._best_weights(self.one_edit_tokens(tokens[i] + tokens[i + 1]))
            pair_weight = weights[i] + weights[i + 1]
            for name_no, c_weight in pair_best.items():
                if name_no in got_q or not reinforce_pairs:
                    got_q[name_no] = got_q.get(name_no, 0.0) + pair_weight
                    got_c[name_no] = got_c.get(name_no, 0.0) + c_weight
        whole = (*self.by_joined.get(joined, ()), *postings.get(joined, ()))
        for name_no in whole:  # the query's letters run together equal a name or a token
            got_q[name_no] = total
            got_c[name_no] = self.name_totals[name_no]
        totals = self.name_totals
        sure: list[tuple[float, int]] = []
        maybe: list[tuple[float, int]] = []
        for name_no, q_weight in got_q.items():
            c_weight, c_total = got_c[name_no], totals[name_no]
            seen = QUERY_SHARE * min(1.0, q_weight / total) + rest * min(1.0, c_weight / c_total)
            if seen >= floor:
                sure.append((seen, name_no))
                continue
            # Tokens left over on both sides may still pair in the comparison (a fuzzy pair
            # two or more edits apart, elia/ilya): credit them at UNSEEN_PAIR.
            unseen = UNSEEN_PAIR * min(total - q_weight, c_total - c_weight)
            if unseen > 0:
                bound = QUERY_SHARE * min(1.0, (q_weight + unseen) / total) + rest * min(
                    1.0, (c_weight + unseen) / c_total
                )
                if bound >= floor:
                    maybe.append((bound, name_no))
        # Names that reach the floor only through that credit are many and seldom match: the
        # best few of them by that bound are compared.
        sure.sort(reverse=True)
        maybe.sort(reverse=True)
        return [n for _b, n in sure[:limit]] + [n for _b, n in maybe[:UNSEEN_CANDIDATES]]
