"""Candidate retrieval: from a query's tokens to the few list names worth scoring.

Each query token looks up list tokens that are equal, one edit apart (a deletion neighbourhood
over the vocabulary, as SymSpell does), sound alike (the same phonetic key, or one a single
edit away: see :data:`MIN_FUZZY_KEY_LENGTH`), or are nicknames or variants of it
(``bill``/``william``). Every list name that carries such a token gains that
query token's weight (query coverage) and the list token's weight in the name (list-name
coverage). The query's tokens run together are looked up too (``JSCARGUMENT`` ~ ``JSC
ARGUMENT``).

A name whose score bound from the tokens found, ``QUERY_SHARE`` × query coverage + the rest ×
list-name coverage, reaches ``floor`` is a candidate (the best ``limit`` of them). Tokens left
unpaired on both sides may still pair in the comparison (a cross-script pair two edits apart,
``elia``/``ilya``): names that reach ``floor`` only by crediting them at :data:`UNSEEN_PAIR`
are many and seldom match: the best :data:`UNSEEN_POOL` of them by that bound are ranked by
how alike their spelling is to the query's (rapidfuzz's indel similarity of the sorted tokens,
``amin sherri``/``amin shri``), and only the best :data:`UNSEEN_CANDIDATES` spellings are added
(with every copy of them: the same name is often on several lists).

Very common tokens (``mohammed``) only reinforce names found through rarer tokens, so one
common word does not pull in thousands of names.
"""

from __future__ import annotations

from collections import OrderedDict, defaultdict
from collections.abc import Iterable, Iterator
from typing import Any, Generic, TypeVar

import numpy as np

from listwatch.index.coverage import EMPTY, Floats, Group, Postings, most_alike, select
from listwatch.matching.name_compare import QUERY_SHARE
from listwatch.text.business_words import business_word_variants
from listwatch.text.nicknames import nickname_variants

__all__ = ["TokenIndex", "deletions", "spelling"]

#: Tokens shorter than this are matched exactly only (deletions of short tokens are noise).
MIN_FUZZY_LENGTH = 4
#: Credit assumed for query and list tokens that retrieval could not pair (the comparator
#: pairs same-script tokens from a similarity of 0.75).
UNSEEN_PAIR = 0.75
#: Spellings of names retrieved only thanks to the UNSEEN_PAIR credit compared, at most.
UNSEEN_CANDIDATES = 8
#: Names retrieved only thanks to the UNSEEN_PAIR credit whose spelling is weighed, at most.
UNSEEN_POOL = 64
#: Phonetic keys at least this long are also looked up one edit away (those of four letters
#: only for longer tokens, whose key left letters out: ``ahsan``/``asan`` ~ ``hassan``/``hasan``;
#: four-letter words one edit apart are mostly other names, ``sara``/``sala``).
MIN_FUZZY_KEY_LENGTH = 4
#: Tokens at least this long are also looked up two edits away.
TWO_EDIT_LENGTH = 8
#: A token carried by more names than this only reinforces names found by rarer tokens.
COMMON_POSTINGS = 1500
_SIMILAR_CACHE_MAX = 200_000
_ARRAYS_CACHE_MAX = 50_000
_RUNS_CACHE_MAX = 200_000
#: Stands for the phonetic key in the memo of the postings of list words that two adjacent
#: query words run together spell (no word's key has it: the two kinds never meet).
_RUN_TOGETHER = "+"


K = TypeVar("K")
V = TypeVar("V")


class _Recent(Generic[K, V]):
    """A memo of at most ``limit`` values, the least recently used forgotten first."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._items: OrderedDict[K, V] = OrderedDict()

    def recall(self, key: K) -> V | None:
        """The value kept for ``key`` (now the most recently used), or ``None``."""
        found = self._items.get(key)
        if found is not None:
            self._items.move_to_end(key)
        return found

    def keep(self, key: K, value: V) -> V:
        """Keep ``value`` for ``key``, forgetting the least recently used if full."""
        if len(self._items) >= self.limit:
            self._items.popitem(last=False)
        self._items[key] = value
        return value

    def __iter__(self) -> Iterator[K]:
        return iter(self._items)


def deletions(token: str) -> set[str]:
    """The token with any one character removed."""
    return {token[:i] + token[i + 1 :] for i in range(len(token))}


def spelling(tokens: tuple[str, ...]) -> str:
    """A name's tokens sorted and space-joined: its spelling, whatever the name order."""
    return " ".join(sorted(tokens))


#: The attributes of a :class:`TokenIndex` kept on disk (the memos and ``postings`` are not).
_STATE = (
    "by_deletion",
    "by_joined",
    "by_phonetic",
    "by_phonetic_deletion",
    "name_spellings",
    "name_totals",
    "token_weight",
)


class TokenIndex:
    """Postings from list tokens to name numbers, fuzzy and phonetic vocabularies, and per
    name the weight of each token (for the list-name coverage bound)."""

    # One instance per index: no __slots__ (the attributes kept on disk are listed in _STATE).

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
        #: Per name, its tokens sorted and space-joined (to rank spellings alike).
        self.name_spellings: list[str] = []
        self._similar: dict[tuple[str, str], tuple[str, ...]] = {}
        self._arrays: _Recent[tuple[str, str], Postings] = _Recent(_ARRAYS_CACHE_MAX)
        self._runs: _Recent[str, tuple[str, ...]] = _Recent(_RUNS_CACHE_MAX)
        self._totals_array: Floats | None = None

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
        self.name_spellings.append(spelling(tokens))
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
        return {k: getattr(self, k) for k in _STATE}

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> TokenIndex:
        index = cls()
        index.__setstate__(state)
        return index

    def __getstate__(self) -> dict[str, object]:
        return self.to_state()

    def __setstate__(self, state: dict[str, Any]) -> None:
        for key, value in state.items():
            setattr(self, key, value)
        self.postings = {}
        self._similar = {}
        self._arrays = _Recent(_ARRAYS_CACHE_MAX)
        self._runs = _Recent(_RUNS_CACHE_MAX)
        self._totals_array = None

    def one_edit_tokens(self, token: str) -> tuple[str, ...]:
        """List tokens equal to ``token`` or one edit away, sorted (for two query tokens run
        together, ``ghulamreza``/``gholamreza``); memoised apart from single tokens, the least
        recently used forgotten first: two words that follow each other in names recur
        (a given name and a common surname, ``trading llc``), but far less than single ones."""
        found = self._runs.recall(token)
        if found is None:
            found = self._runs.keep(token, tuple(sorted(self._within_edits(token, two=False))))
        return found

    def similar_tokens(self, token: str, phonetic: str) -> tuple[str, ...]:
        """List tokens equal to ``token``, one edit away (two for long tokens), with the same
        phonetic key, or a nickname or variant of it (``bill``/``william``), or a business word's
        rendering (``zavod``/``plant``)."""
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
            if len(phonetic) > MIN_FUZZY_KEY_LENGTH or (
                len(phonetic) == MIN_FUZZY_KEY_LENGTH and len(token) > len(phonetic)
            ):
                # Phonetic keys one edit apart (sakutin/sakulin, kavamin/gavamin) pair in the
                # comparison when the spellings are further apart than retrieval looks.
                by_key, by_key_deletion = self.by_phonetic, self.by_phonetic_deletion
                listed = by_key_deletion.get(phonetic)
                if listed is not None:
                    found.update(listed.split())
                for variant in deletions(phonetic):
                    found.update(by_key.get(variant, ()))
                    listed = by_key_deletion.get(variant)
                    if listed is not None:
                        found.update(listed.split())
        found.update(t for t in nickname_variants(token) if t in postings)
        found.update(t for t in business_word_variants(token) if t in postings)
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
            listed = by_deletion.get(variant)
            if listed is not None:
                found.update(listed.split())
        return found

    def _remember(self, key: tuple[str, str], found: set[str]) -> tuple[str, ...]:
        result = tuple(sorted(found))
        if len(self._similar) >= _SIMILAR_CACHE_MAX:
            self._similar.clear()
        self._similar[key] = result
        return result

    def _postings(self, key: tuple[str, str], list_tokens: tuple[str, ...]) -> Postings:
        """The names carrying any of ``list_tokens`` (the similar tokens found for ``key``),
        each with the largest weight one of them has there; memoised, the least recently used
        forgotten first (common tokens recur and their postings are the costliest to merge)."""
        found = self._arrays.recall(key)
        if found is None:
            found = self._arrays.keep(key, self._merged(list_tokens))
        return found

    def _merged(self, list_tokens: Iterable[str]) -> Postings:
        token_weight = self.token_weight
        per_token = [token_weight[t] for t in list_tokens]
        return Postings.merge(per_token) if per_token else EMPTY

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
        for token, key, weight in zip(tokens, phonetic, weights, strict=True):
            postings = self._postings((token, key), self.similar_tokens(token, key))
            plan.append((postings.size, weight, postings))
        plan.sort(key=lambda item: item[0])
        rest = 1.0 - QUERY_SHARE
        # Prefix filtering: a name must cover ``need`` of the query's weight to reach
        # ``floor``; once the tokens still to come weigh less than that, a name first met
        # through them cannot qualify, so they only reinforce names already found. Very
        # common tokens only reinforce too.
        need = max(0.0, (floor - rest) / QUERY_SHARE) * total
        remaining = total
        finding: list[Group] = []
        reinforcing: list[Group] = []
        for size, weight, postings in plan:
            reinforce_only = bool(finding) and (size > COMMON_POSTINGS or remaining < need - 1e-9)
            if reinforce_only:
                reinforcing.append((weight, postings.ids, postings.weights))
            remaining -= weight
            if size and not reinforce_only:
                finding.append((weight, postings.ids, postings.weights))
        # Two adjacent query tokens may spell one list token, or nearly (ABED SHAHI ~
        # ABEDSHAHI, GHULAM REZA ~ GHOLAMREZA).
        for i in range(len(tokens) - 1):
            listed = self.one_edit_tokens(tokens[i] + tokens[i + 1])
            if listed:
                postings = self._postings((" ".join(listed), _RUN_TOGETHER), listed)
                (reinforcing if reinforcing else finding).append(
                    (weights[i] + weights[i + 1], postings.ids, postings.weights)
                )
        # The query's letters run together equal a name or one of its tokens.
        whole = [*self.by_joined.get(joined, ()), *self.token_weight.get(joined, ())]
        # Tokens left over on both sides may still pair in the comparison (a fuzzy pair two
        # or more edits apart, elia/ilya): names that reach the floor only with them credited
        # at UNSEEN_PAIR are many and seldom match, so of the best by that bound, those
        # spelled most like the query are compared.
        chosen, maybe = select(
            finding,
            reinforcing,
            whole,
            self._totals(),
            total,
            floor,
            limit,
            UNSEEN_POOL,
            QUERY_SHARE,
            UNSEEN_PAIR,
        )
        if len(maybe) <= UNSEEN_CANDIDATES:
            return chosen + maybe
        return chosen + most_alike(spelling(tokens), self.name_spellings, maybe, UNSEEN_CANDIDATES)

    def _totals(self) -> Floats:
        """Each name's total token weight, as an array (built on first use)."""
        if self._totals_array is None:
            self._totals_array = np.array(self.name_totals, np.float64)
        return self._totals_array
