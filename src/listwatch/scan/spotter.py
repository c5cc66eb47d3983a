"""Spotting candidate name spans in a text: prefix-filtered postings over list-name tokens.

Built once per :class:`~listwatch.index.ScreeningIndex` (:func:`get_spotter` memoises it per
index object; about a second for every bundled list). For every list name it keeps the name's
tokens and their weights (the weights :func:`~listwatch.matching.compare_names` uses) and posts
the name under its *prefix*: its non-common tokens, those that are not frequent words of running
text first (``state``, ``china`` and ``gulf`` come last), then the rarest in the lists, taken
until the weight left over is below :data:`MIN_COVERAGE` of the name. A span can score as that
name only if it contains one of the prefix tokens, so walking the text meets every possible name
through one of them, while a frequent token (``mohammed``) is posted only for the names in which
it is needed.

Walking a text: each token that may start a name (see :mod:`listwatch.scan.tokens`) and is not
a common word (``the``, ``cartel``, ``bank``), a number or a single letter looks up the list
tokens equal to it or one edit away (tokens of six letters or more), and the names posted under
those. Around it, within the name's length plus one on either side and without crossing a hard
break, the other tokens of the name are sought in any order; they may be one edit away (five
letters or more) or sound alike. A candidate span needs the name's tokens carrying at least the
required share of its weight, at least two tokens of a longer name (so ``Sinaloa`` alone is not
``SINALOA CARTEL``), and one token that is neither common nor a number; with only one such
token, every word of the name but short particles (``de``, ``los``) must be there (``del
Golfo`` is not ``CARTEL DEL GOLFO``).

Names of one word are spotted only on an exact word of four letters or more that is not a
frequent English or Spanish word, and written in capitals (``HAMAS``, ``CJNG``) unless it has
five letters or more and is not a weak alias; people's names of one word never (a lone
``Hussein`` is not a designation).
"""

from __future__ import annotations

import re
import weakref
from collections import defaultdict

from rapidfuzz.distance import Levenshtein

from listwatch.index import KIND_FACTORS, ScreeningIndex
from listwatch.scan.frequent_words import is_frequent
from listwatch.scan.tokens import TextTokens
from listwatch.text import is_common, phonetic_key, tokenize_name
from listwatch.text.common_words import base_weight

__all__ = ["MIN_COVERAGE", "Candidate", "Spotter", "get_spotter"]

#: Least share of a name's weight a span must match to be a candidate for any threshold.
MIN_COVERAGE = 0.3
#: Text tokens at least this long are matched one edit away and by sound, not only exactly.
MIN_FUZZY = 5
#: Text tokens at least this long also look up the names of list tokens one edit away.
MIN_FUZZY_ANCHOR = 6

_distance = Levenshtein.distance
#: A one-word name in mixed case must be this long (shorter ones only in capitals).
_SOLO_LENGTH = 5
_KINDS = tuple(KIND_FACTORS)
#: What may put annotations into a name (see :mod:`listwatch.text.tokens`).
_ANNOTATED = re.compile(r"[(\[{]")
_TAIL = re.compile(r"[,،;]|\s[-–—]\s|\sc/o\s", re.IGNORECASE)
#: Tokens on either side of an anchor looked at by the quick test.
_NEAR = 6

#: ``(first token, last token, name number)`` of a candidate span (inclusive positions).
Candidate = tuple[int, int, int]


class _Name:
    __slots__ = ("tokens", "total", "upper_only", "weights")

    def __init__(
        self, tokens: tuple[str, ...], weights: tuple[float, ...], total: float, upper: bool
    ) -> None:
        self.tokens = tokens
        self.weights = weights
        self.total = total
        self.upper_only = upper


def _prefix_order(item: tuple[float, str]) -> tuple[bool, float]:
    """Words that are not frequent in running text first, then the rarest in the lists."""
    return is_frequent(item[1]), -item[0]


def _distinctive(token: str) -> bool:
    return not is_common(token) and not token.isdigit() and len(token) > 1


def _may_cover(name: _Name, near: set[str], coverage: float) -> bool:
    """Whether the tokens near the anchor can cover ``name`` at all (a quick test first)."""
    got = 0.0
    count = 0
    for token, weight in zip(name.tokens, name.weights, strict=True):
        if token in near:
            got += weight
            count += 1
    return (count >= 2 or len(name.tokens) == 1) and got >= coverage * name.total


class Spotter:
    """Name postings for spotting mentions in text, built from one screening index."""

    def __init__(self, index: ScreeningIndex) -> None:
        self.index = index
        self.names: list[_Name | None] = []
        postings: dict[str, list[int]] = defaultdict(list)
        vocab: set[str] = set()
        forms: dict[int, tuple[tuple[str, ...], bool]] = {}
        token_weight = index.tokens.token_weight
        totals = index.tokens.name_totals
        for name_no, form_no in enumerate(index.name_form):
            found = forms.get(form_no)
            if found is None:
                found = forms[form_no] = self._form_tokens(index, form_no)
            tokens, whole = found
            if whole:
                weights = tuple(index.weights.weight(t) * base_weight(t) for t in tokens)
                total = sum(weights) or 1.0
            else:
                weights = tuple(token_weight[t][name_no] for t in tokens)
                total = totals[name_no]
            entry = _Name(tokens, weights, total, _KINDS[index.name_kind[name_no]] == "weakAlias")
            if not self._spottable(entry, index.form_schema[form_no]):
                self.names.append(None)
                continue
            self.names.append(entry)
            vocab.update(tokens)
            left = total
            for w, token in sorted(zip(weights, tokens, strict=True), key=_prefix_order):
                if is_common(token):
                    continue
                postings[token].append(name_no)
                left -= w
                if left < MIN_COVERAGE * total:
                    break
        self.postings = dict(postings)
        self.vocab = frozenset(vocab)
        self._lexicon: dict[str, tuple[frozenset[str], tuple[int, ...]]] = {}

    @staticmethod
    def _form_tokens(index: ScreeningIndex, form_no: int) -> tuple[tuple[str, ...], bool]:
        """The name tokens of a list name without its annotations, and whether they are its
        whole words (legal forms kept: the name lost words to them, ``MS-13`` kept ``13``)."""
        tokens = index.form_tokens[form_no]
        text, schema = index.form_text[form_no], index.form_schema[form_no]
        if _ANNOTATED.search(text) or (schema != "Person" and _TAIL.search(text)):
            tokens = tuple(tokenize_name(text, schema).tokens)  # no annotations
        if len(tokens) == 1 or not any(_distinctive(t) for t in tokens):
            whole = tokenize_name(text, schema).whole
            return tuple(t for t in whole if len(t) > 1) or tokens, True
        return tokens, False

    @staticmethod
    def _spottable(name: _Name, schema: str) -> bool:
        if not any(_distinctive(t) for t in name.tokens):
            return False
        if len(name.tokens) > 1:
            return True
        token = name.tokens[0]
        return schema != "Person" and len(token) >= 4 and not is_frequent(token)

    def lexeme(self, token: str) -> tuple[frozenset[str], tuple[int, ...]]:
        """List tokens like ``token``, and the names posted under them (memoised)."""
        found = self._lexicon.get(token)
        if found is not None:
            return found
        similar = {token} if token in self.vocab else set()
        if len(token) >= MIN_FUZZY and not token.isdigit():
            tokens = self.index.tokens
            near = tokens.similar_tokens(token, "")
            similar.update(t for t in near if t in self.vocab and _distance(t, token) <= 1)
        names: set[int] = set()
        if _distinctive(token):
            for list_token in similar if len(token) >= MIN_FUZZY_ANCHOR else (token,):
                names.update(self.postings.get(list_token, ()))
        if len(token) >= MIN_FUZZY and not token.isdigit():
            sound = self.index.tokens.by_phonetic.get(phonetic_key(token), ())
            similar.update(t for t in sound if t in self.vocab)
        found = self._lexicon[token] = (frozenset(similar), tuple(sorted(names)))
        return found

    def candidates(self, tt: TextTokens, coverage: float) -> list[Candidate]:
        """Spans of ``tt`` that may be a list name, with at least ``coverage`` of its weight."""
        norms, cap, brk = tt.norms, tt.cap, tt.brk
        count = len(norms)
        known = self._lexicon
        lex = [known.get(t) or self.lexeme(t) for t in norms]
        seg_lo = [0] * count
        for i in range(1, count):
            seg_lo[i] = i if brk[i] else seg_lo[i - 1]
        seg_hi = [count - 1] * count
        for i in range(count - 2, -1, -1):
            seg_hi[i] = i if brk[i + 1] else seg_hi[i + 1]
        usable = [c or is_common(t) for c, t in zip(cap, norms, strict=True)]
        out: set[Candidate] = set()
        names = self.names
        for i in range(count):
            anchored = lex[i][1]
            if not anchored or not cap[i]:
                continue
            lo_near, hi_near = max(seg_lo[i], i - _NEAR), min(seg_hi[i], i + _NEAR)
            near = set().union(*(lex[j][0] for j in range(lo_near, hi_near + 1) if usable[j]))
            for name_no in anchored:
                name = names[name_no]
                assert name is not None
                if len(name.tokens) <= _NEAR and not _may_cover(name, near, coverage):
                    continue
                if len(name.tokens) == 1:
                    if norms[i] == name.tokens[0] and (
                        (len(norms[i]) >= _SOLO_LENGTH and not name.upper_only)
                        or tt.text[tt.starts[i] : tt.ends[i]].isupper()
                    ):
                        out.add((i, i, name_no))
                    continue
                span = self._cover(name, i, lex, usable, norms, seg_lo[i], seg_hi[i], coverage)
                if span is not None:
                    out.add((span[0], span[1], name_no))
        return sorted(out)

    @staticmethod
    def _cover(
        name: _Name,
        anchor: int,
        lex: list[tuple[frozenset[str], tuple[int, ...]]],
        usable: list[bool],
        norms: list[str],
        seg_lo: int,
        seg_hi: int,
        coverage: float,
    ) -> tuple[int, int] | None:
        size = len(name.tokens)
        lo_bound = max(seg_lo, anchor - size - 1)
        hi_bound = min(seg_hi, anchor + size + 1)
        free = list(range(size))
        got = 0.0
        lo = hi = anchor
        distinctive = 0
        matched = 0
        for step in range(2 * size + 3):
            j = anchor + (step + 1) // 2 * (1 if step % 2 else -1) if step else anchor
            if j < lo_bound or j > hi_bound or not usable[j]:
                continue
            similar = lex[j][0]
            for pos, m in enumerate(free):
                if name.tokens[m] in similar:
                    got += name.weights[m]
                    matched += 1
                    distinctive += _distinctive(norms[j])
                    lo, hi = min(lo, j), max(hi, j)
                    del free[pos]
                    break
            if not free:
                break
        if matched < 2 or not distinctive or got < coverage * name.total:
            return None
        if distinctive < 2 and any(len(name.tokens[m]) > 3 for m in free):
            return None  # "del Golfo" is not CARTEL DEL GOLFO: only particles may be missing
        return lo, hi


_SPOTTERS: weakref.WeakKeyDictionary[ScreeningIndex, Spotter] = weakref.WeakKeyDictionary()


def get_spotter(index: ScreeningIndex) -> Spotter:
    """The spotter of ``index``, built on first use (about a second for all bundled lists)."""
    spotter = _SPOTTERS.get(index)
    if spotter is None:
        spotter = _SPOTTERS[index] = Spotter(index)
    return spotter
