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

How the walk stays cheap (it is the bulk of ``scan``'s time): what the spotter knows of a text
token (its list look-alikes, the names posted under them) is memoised per distinct token, the
look-alikes coming from the index's deletion neighbourhood one edit deep; only capitalised
tokens with names posted under them are visited as anchors. At an anchor a name is looked at
only if a list token of its own, other than those like the anchor, is found in the window (a
plan per anchor token maps those tokens to its names), and then tested for the weight it could
cover there before the exact, order-aware cover: so the hundreds of names posted under a
frequent token (``state``, ``china``) cost a dictionary look-up per nearby word, not a test
each.
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_right
from collections import defaultdict
from itertools import compress

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
#: Distinct text tokens whose look-ups are memoised (then the memo starts afresh).
_LEXICON_MAX = 1 << 18

#: ``(first token, last token, name number)`` of a candidate span (inclusive positions).
Candidate = tuple[int, int, int]


class _Name:
    __slots__ = ("number", "tokens", "total", "upper_only", "weights")

    def __init__(
        self,
        number: int,
        tokens: tuple[str, ...],
        weights: tuple[float, ...],
        total: float,
        upper: bool,
    ) -> None:
        self.number = number
        self.tokens = tokens
        self.weights = weights
        self.total = total
        self.upper_only = upper


class _Lexeme:
    """What the spotter knows of one text token: the list tokens like it, the numbers of the
    names posted under them, whether it is distinctive (not common nor a number), and the plan
    for it as an anchor (made on first use). Lexemes are memoised (up to :data:`_LEXICON_MAX`
    tokens), so they are kept lean: the many tokens like no list token share one.
    """

    __slots__ = ("distinctive", "names", "plan", "similar")

    def __init__(self, similar: frozenset[str], names: tuple[int, ...], distinctive: bool) -> None:
        self.similar = similar
        self.names = names
        self.distinctive = distinctive
        self.plan: _Plan | None = None


class _Plan:
    """The names posted under an anchor token, arranged for the walk: the one-word names, the
    names holding two tokens like the anchor (``ready``), and for every other token of the
    longer names, the names that hold it; ``reach``, the widest window they need."""

    __slots__ = ("by_token", "reach", "ready", "solo")

    def __init__(self, lex: _Lexeme, names: list[_Name | None]) -> None:
        own = lex.similar
        posted = [(n, name.tokens) for n in lex.names if (name := names[n]) is not None]
        self.solo = tuple(n for n, tokens in posted if len(tokens) == 1)
        longer = [(n, tokens) for n, tokens in posted if len(tokens) > 1]
        self.ready = tuple(n for n, tokens in longer if sum(t in own for t in tokens) >= 2)
        by_token: dict[str, list[int]] = defaultdict(list)
        for n, tokens in longer:
            for token in dict.fromkeys(tokens):
                if token not in own:
                    by_token[token].append(n)
        self.by_token = {token: tuple(numbers) for token, numbers in by_token.items()}
        self.reach = max((len(tokens) + 1 for _, tokens in longer), default=0)


#: The lexemes of tokens like no list token (``True``: a distinctive one).
_UNKNOWN = {flag: _Lexeme(frozenset(), (), flag) for flag in (False, True)}

#: A usable text position around an anchor: distance to it, position, its lexeme.
_Slot = tuple[int, int, _Lexeme]


def _prefix_order(item: tuple[float, str]) -> tuple[bool, float]:
    """Words that are not frequent in running text first, then the rarest in the lists."""
    return is_frequent(item[1]), -item[0]


def _distinctive(token: str) -> bool:
    return not is_common(token) and not token.isdigit() and len(token) > 1


def _may_cover(name: _Name, near: set[str], need: float) -> bool:
    """Whether the list tokens ``near`` the anchor can cover ``need`` of ``name`` with two of
    its tokens (a necessary condition of :func:`_cover`, and much cheaper)."""
    got = 0.0
    count = 0
    for token, weight in zip(name.tokens, name.weights, strict=True):
        if token in near:
            got += weight
            count += 1
    return count >= 2 and got >= need


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
            weak = _KINDS[index.name_kind[name_no]] == "weakAlias"
            entry = _Name(name_no, tokens, weights, total, weak)
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
        #: Per name number: how many tokens the name has (0: not spotted).
        self.sizes = [len(name.tokens) if name else 0 for name in self.names]
        self._lexicon: dict[str, _Lexeme] = {}

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

    def _one_edit(self, token: str) -> set[str]:
        """Spottable list tokens one edit from ``token``, from the index's deletion
        neighbourhood: list tokens with ``token`` among their deletions, deletions of
        ``token``, and list tokens sharing a deletion with it (those two edits apart too,
        hence the distance check)."""
        tokens = self.index.tokens
        deleted, known, vocab = tokens.by_deletion.get, tokens.token_weight, self.vocab
        found = set(deleted(token, "").split())
        for i in range(len(token)):
            variant = token[:i] + token[i + 1 :]
            if variant in known:
                found.add(variant)
            holders = deleted(variant)
            if holders:
                found.update(holders.split())
        return {t for t in found if t in vocab and _distance(t, token) <= 1}

    def lexeme(self, token: str) -> _Lexeme:
        """List tokens like ``token``, and the names posted under them (memoised)."""
        found = self._lexicon.get(token)
        if found is not None:
            return found
        similar = {token} if token in self.vocab else set()
        fuzzy = len(token) >= MIN_FUZZY and not token.isdigit()
        if fuzzy:
            similar |= self._one_edit(token)
        numbers: set[int] = set()
        if _distinctive(token):
            for list_token in similar if len(token) >= MIN_FUZZY_ANCHOR else (token,):
                numbers.update(self.postings.get(list_token, ()))
        if fuzzy:
            sound = self.index.tokens.by_phonetic.get(phonetic_key(token), ())
            similar.update(t for t in sound if t in self.vocab)
        if len(self._lexicon) >= _LEXICON_MAX:
            self._lexicon.clear()
        if similar:
            found = _Lexeme(frozenset(similar), tuple(sorted(numbers)), _distinctive(token))
        else:  # most words of a text: one shared lexeme keeps the memo small
            found = _UNKNOWN[_distinctive(token)]
        self._lexicon[token] = found
        return found

    def candidates(self, tt: TextTokens, coverage: float) -> list[Candidate]:
        """Spans of ``tt`` that may be a list name, with at least ``coverage`` of its weight."""
        norms, cap = tt.norms, tt.cap
        count = len(norms)
        lexicon, lexeme = self._lexicon, self.lexeme
        breaks = list(compress(range(count), tt.brk))
        out: set[Candidate] = set()
        for i in compress(range(count), cap):
            lex = lexicon.get(norms[i]) or lexeme(norms[i])
            if not lex.names:
                continue
            k = bisect_right(breaks, i)
            seg_lo = breaks[k - 1] if k else 0
            seg_hi = breaks[k] - 1 if k < len(breaks) else count - 1
            self._anchor(tt, i, lex, seg_lo, seg_hi, coverage, out)
        return sorted(out)

    def _anchor(
        self,
        tt: TextTokens,
        anchor: int,
        lex: _Lexeme,
        seg_lo: int,
        seg_hi: int,
        coverage: float,
        out: set[Candidate],
    ) -> None:
        """Add the candidates among the names posted under the token at ``anchor`` (its
        sentence or clause is ``seg_lo`` to ``seg_hi``) to ``out``."""
        names = self.names
        plan = lex.plan
        if plan is None:
            plan = lex.plan = _Plan(lex, names)
        norms, cap = tt.norms, tt.cap
        token = norms[anchor]
        for n in plan.solo:
            name = names[n]
            assert name is not None
            if token == name.tokens[0] and (
                (len(token) >= _SOLO_LENGTH and not name.upper_only)
                or tt.text[tt.starts[anchor] : tt.ends[anchor]].isupper()
            ):
                out.add((anchor, anchor, name.number))
        # The usable positions around the anchor, nearest first (right before left), and the
        # names holding a list token like one of them.
        lexicon, lexeme, by_token = self._lexicon, self.lexeme, plan.by_token
        slots: list[_Slot] = [(0, anchor, lex)]
        hits: set[int] = set(plan.ready)
        for reach in range(1, min(plan.reach, max(anchor - seg_lo, seg_hi - anchor)) + 1):
            for j in (anchor + reach, anchor - reach):
                if seg_lo <= j <= seg_hi and (cap[j] or is_common(norms[j])):
                    other = lexicon.get(norms[j]) or lexeme(norms[j])
                    slots.append((reach, j, other))
                    for list_token in other.similar:
                        holders = by_token.get(list_token)
                        if holders is not None:
                            hits.update(holders)
        if not hits:
            return
        # Shortest names first, the list tokens near growing with their windows.
        near = set(lex.similar)
        filled = 1
        for n in sorted(hits, key=self.sizes.__getitem__):
            name = names[n]
            assert name is not None
            window = len(name.tokens) + 1
            while filled < len(slots) and slots[filled][0] <= window:
                near.update(slots[filled][2].similar)
                filled += 1
            need = coverage * name.total
            if _may_cover(name, near, need):
                span = _cover(name, slots, need)
                if span is not None:
                    out.add((span[0], span[1], name.number))


def _cover(name: _Name, slots: list[_Slot], need: float) -> tuple[int, int] | None:
    """The span around the anchor (``slots[0]``) in which ``name``'s tokens, each met once,
    in any order, nearest first and within its length plus one, cover ``need`` of its
    weight, or ``None``."""
    size = len(name.tokens)
    tokens, weights = name.tokens, name.weights
    free = list(range(size))
    got = 0.0
    lo = hi = slots[0][1]
    distinctive = 0
    matched = 0
    for reach, j, lex in slots:
        if reach > size + 1:
            break
        similar = lex.similar
        for pos, m in enumerate(free):
            if tokens[m] in similar:
                got += weights[m]
                matched += 1
                distinctive += lex.distinctive
                if j < lo:
                    lo = j
                elif j > hi:
                    hi = j
                del free[pos]
                break
        if not free:
            break
    if matched < 2 or not distinctive or got < need:
        return None
    if distinctive < 2 and any(len(tokens[m]) > 3 for m in free):
        return None  # "del Golfo" is not CARTEL DEL GOLFO: only particles may be missing
    return lo, hi


_SPOTTERS: weakref.WeakKeyDictionary[ScreeningIndex, Spotter] = weakref.WeakKeyDictionary()


def get_spotter(index: ScreeningIndex) -> Spotter:
    """The spotter of ``index``, built on first use (about a second for all bundled lists)."""
    spotter = _SPOTTERS.get(index)
    if spotter is None:
        spotter = _SPOTTERS[index] = Spotter(index)
    return spotter
