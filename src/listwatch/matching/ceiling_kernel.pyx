# cython: boundscheck=False, wraparound=False, cdivision=True, language_level=3
"""An upper bound on :func:`~listwatch.matching.name_compare.compare_names`' score, as C loops
(Cython): most names retrieval finds score far below the floor once their words are really
compared, and this rules them out for a fraction of a comparison's cost.

The bound credits each word with its best similarity to *any* word of the other name (the
alignment pairs each word once, so it can only do worse), weighed as the comparison weighs it.
Words that a name may leave out as usage does (patronymics, articles, a nasab, middle names)
count at :data:`~listwatch.matching.left_out.LEFT_OUT` in the totals, whether or not they are
left out: the comparison scales only unpaired words, so its totals are never smaller.
Penalties and caps only lower a score. Names spelled with the same letters, or with a word
that may meet a run of adjacent words of the other name, are never ruled out.

A word pair's similarity is computed here, in C: equal words, numbers, initials, nicknames,
equal phonetic keys; two words of one script by optimal string alignment of the words and of
their keys, or as an abbreviation; two words of two scripts by the comparator's credits for
their keys and consonant skeletons, without the rules that only take credit away (consonant
counts far apart, short skeletons). Chinese, Korean and Japanese words ask
:func:`~listwatch.matching.token_similarity.token_similarity` itself (memoised). Each rule
gives at least what the comparator gives. Built by ``python -m
listwatch.native_build`` with the mypyc modules, and loaded only with them
(:mod:`listwatch.native`).
"""

from cpython.bytes cimport PyBytes_AS_STRING, PyBytes_FromStringAndSize
from libc.math cimport pow
from rapidfuzz.distance import OSA, Levenshtein

from listwatch.matching.left_out import LEFT_OUT
from listwatch.matching.name_compare import MERGE_MIN, MIN_TOKEN_SIMILARITY, QUERY_SHARE
from listwatch.matching.token_similarity import (
    ABBREVIATION,
    ALPHABET_PIVOT,
    BELOW_PIVOT_POWER,
    CROSS_SCRIPT_PIVOT,
    DEFAULT_THRESHOLD,
    INITIAL,
    MIN_CROSS_SCRIPT,
    MIN_SAME_SCRIPT,
    NICKNAME,
    PHONETIC,
    SKELETON_FACTOR,
    SKELETON_PIVOT,
    SYLLABIC_SCRIPTS,
    consonants,
    first_consonant,
    token_similarity,
)

cdef enum:
    # Longest word compared here; longer ones are compared by rapidfuzz.
    _LONGEST = 64

# Slack for sums of the same products taken in another order.
cdef double _EPSILON = 1e-9
cdef double _QUERY_SHARE = QUERY_SHARE
cdef double _LEFT_OUT = LEFT_OUT
cdef double _MERGE_MIN = MERGE_MIN
cdef double _LEAST = MIN_TOKEN_SIMILARITY
cdef double _SAME_SCRIPT = MIN_SAME_SCRIPT
cdef double _INITIAL = INITIAL
cdef double _NICKNAME = NICKNAME
cdef double _PHONETIC = PHONETIC
cdef double _ABBREVIATION = ABBREVIATION
cdef double _THRESHOLD = DEFAULT_THRESHOLD
cdef double _CROSS_PIVOT = CROSS_SCRIPT_PIVOT
cdef double _ALPHABET_PIVOT = ALPHABET_PIVOT
cdef double _SKELETON_PIVOT = SKELETON_PIVOT
cdef double _BELOW_POWER = BELOW_PIVOT_POWER
cdef double _SKELETON_FACTOR = SKELETON_FACTOR
cdef double _MIN_CROSS = MIN_CROSS_SCRIPT
cdef frozenset _SYLLABIC = SYLLABIC_SCRIPTS


cdef Py_ssize_t _distance(str a, str b, bint swaps, Py_ssize_t most) except -1:
    """Edit distance of ``a`` and ``b`` (both at most :data:`_LONGEST` long): Levenshtein's,
    or with ``swaps`` optimal string alignment's (two adjacent letters swapped, one edit).
    Stops early, with some distance above ``most``, once it must exceed ``most``."""
    cdef Py_ssize_t la = len(a), lb = len(b), i, j, best, least, least_before = 0
    cdef Py_ssize_t rows[3][_LONGEST + 1]
    cdef Py_ssize_t* before = rows[0]
    cdef Py_ssize_t* last = rows[1]
    cdef Py_ssize_t* now = rows[2]
    cdef Py_ssize_t* spare
    cdef Py_UCS4 ca, cb
    for j in range(lb + 1):
        last[j] = j
    for i in range(1, la + 1):
        ca = a[i - 1]
        now[0] = least = i
        for j in range(1, lb + 1):
            cb = b[j - 1]
            best = last[j - 1] + (ca != cb)
            if last[j] + 1 < best:
                best = last[j] + 1
            if now[j - 1] + 1 < best:
                best = now[j - 1] + 1
            if (
                swaps and i > 1 and j > 1 and ca != cb
                and ca == b[j - 2] and a[i - 2] == cb and before[j - 2] + 1 < best
            ):
                best = before[j - 2] + 1
            now[j] = best
            if best < least:
                least = best
        # Every later cell comes from this row or the one before (a swap from two rows up).
        if least > most and least_before > most:
            return least
        least_before = least
        spare = before
        before = last
        last = now
        now = spare
    return last[lb]


cdef double _similarity(str a, str b, bint swaps, double cutoff) except -1.0:
    """rapidfuzz's normalized similarity (``OSA`` with ``swaps``, else ``Levenshtein``) of
    ``a`` and ``b``, 0 below ``cutoff``: 1 − distance / the longer length."""
    cdef Py_ssize_t la = len(a), lb = len(b)
    cdef Py_ssize_t longer = la if la > lb else lb
    cdef Py_ssize_t most
    cdef double found
    if longer == 0:
        return 1.0
    if 1.0 - <double>(longer - (lb if la > lb else la)) / longer < cutoff:
        return 0.0  # the lengths alone are too far apart
    if longer > _LONGEST:
        scorer = OSA if swaps else Levenshtein
        return scorer.normalized_similarity(a, b, score_cutoff=cutoff)
    # The most edits that keep the similarity at the cutoff (a hair more: rounding).
    most = <Py_ssize_t>((1.0 - cutoff) * longer + 1e-9)
    found = 1.0 - <double>_distance(a, b, swaps, most) / longer
    return found if found >= cutoff else 0.0


cdef inline double _rescale(double raw, double pivot) noexcept:
    """:func:`listwatch.matching.token_similarity._rescale`."""
    if raw >= pivot:
        return _THRESHOLD + (1.0 - _THRESHOLD) * (raw - pivot) / (1.0 - pivot)
    return _THRESHOLD * pow(raw / pivot, _BELOW_POWER)


cdef bint _abbreviates(str short, str long):
    """:func:`listwatch.matching.token_similarity._abbreviates`."""
    cdef Py_ssize_t ls = len(short), ll = len(long), pos, k
    if ls < 3 or ll < ls + 2 or short[0] != long[0]:
        return False
    if long.startswith(short):
        return True
    if short[ls - 1] != long[ll - 1] or 2 * ls > ll:
        return False
    pos = 1
    for k in range(1, ls):
        pos = long.find(short[k], pos) + 1
        if pos == 0:
            return False
    return True


cdef bint _may_merge(tuple features_a, tuple features_b) except -1:
    """Whether a word of ``a`` could meet a run of two or more adjacent words of ``b`` (the
    comparison's joined pairs, ``jscargument`` ~ ``jsc argument``), both given by their words'
    features."""
    cdef Py_ssize_t i, start, end, size, count_b = len(features_b)
    cdef double low, high
    cdef str token, text
    for i in range(len(features_a)):
        token = features_a[i][0]
        size = len(token)
        if size < 4 or features_a[i][6]:  # short, or a number
            continue
        low, high = size * 0.75, size * 1.3
        for start in range(count_b - 1):
            text = features_b[start][0]
            if text[0] != token[0]:
                continue
            for end in range(start + 1, count_b):
                text = text + <str>features_b[end][0]
                if len(text) > high:
                    break
                if len(text) >= low and _similarity(token, text, False, _MERGE_MIN) >= _MERGE_MIN:
                    return True
    return False


cdef double _least_total(tuple weights, frozenset may_leave_out) except -1.0:
    """The least total weight the comparison may give a name: its words that may be left out
    as usage does (``may_leave_out``) counted at :data:`_LEFT_OUT`."""
    cdef double total = 0.0, spared = 0.0
    cdef Py_ssize_t k, size = len(weights)
    for k in range(size):
        total += <double>weights[k]
    for k in may_leave_out:
        if 0 <= k < size:
            spared += <double>weights[k]
    return total - (1.0 - _LEFT_OUT) * spared


cdef class QueryCeiling:
    """Upper bounds on the scores of one query name against list names."""

    cdef tuple tokens, phonetic, scripts, numeric, initial, nicknames, features, weights
    cdef str joined, joined_whole
    cdef bint person
    cdef double least_total
    # List word (its features) → its similarity to each query word, as C doubles: the
    # names of one query share many words.
    cdef dict _rows, _plain_rows

    def __init__(self, q, tuple q_weights):
        self.tokens = q.tokens
        self.phonetic = q.phonetic
        self.scripts = q.scripts
        self.numeric = q.numeric
        self.initial = q.initial
        self.nicknames = q.nicknames
        self.features = q.features
        self.weights = q_weights
        self.joined = q.joined
        self.joined_whole = q.joined_whole
        self.person = q.schema == "Person"
        self._rows = {}
        self._plain_rows = {}
        self.least_total = _least_total(q_weights, q.may_leave_out)

    def could_reach(self, c, tuple c_weights, double floor) -> bool:
        """Whether ``compare_names(q, c, …, q_weights=…, c_weights=…).score`` could reach
        ``floor`` (``False`` only when it cannot)."""
        cdef tuple features_c = c.features
        cdef Py_ssize_t n = len(self.tokens), m = len(features_c), i, j
        cdef double got_q = 0.0, got_c = 0.0, best, score, least_c
        if n == 0 or m == 0 or n > _LONGEST or m > _LONGEST:
            return True
        if self.least_total <= 0.0:
            return True
        cdef str joined_c = c.joined
        if (
            joined_c == self.joined
            or c.joined_whole == self.joined
            or c.joined_whole == self.joined_whole
            or self.joined_whole == joined_c
        ):
            return True  # the same letters, other spacing
        least_c = _least_total(c_weights, c.may_leave_out)
        if least_c <= 0.0:
            return True
        if _may_merge(self.features, features_c) or _may_merge(features_c, self.features):
            return True
        cdef double best_q[_LONGEST]
        cdef double scores[_LONGEST]
        cdef const double* row
        for i in range(n):
            best_q[i] = 0.0
        cdef dict rows = self._rows, plain = self._plain_rows
        cdef bint keyed_by_word
        for j in range(m):
            fb = features_c[j]
            # A Latin word of no nickname or business-word group: its word says it all.
            keyed_by_word = fb[4] == "latin" and not fb[8]
            found = plain.get(fb[0]) if keyed_by_word else rows.get(fb)
            if found is None:
                for i in range(n):
                    score = self._pair(i, fb)
                    scores[i] = score if score >= _LEAST else 0.0
                found = PyBytes_FromStringAndSize(<char*>scores, n * sizeof(double))
                if keyed_by_word:
                    plain[fb[0]] = found
                else:
                    rows[fb] = found
            row = <const double*>PyBytes_AS_STRING(found)
            best = 0.0
            for i in range(n):
                if row[i] > best:
                    best = row[i]
                if row[i] > best_q[i]:
                    best_q[i] = row[i]
            got_c += <double>c_weights[j] * best
        for i in range(n):
            got_q += <double>self.weights[i] * best_q[i]
        score = _QUERY_SHARE * got_q / self.least_total + (1.0 - _QUERY_SHARE) * got_c / least_c
        return score + _EPSILON >= floor

    cdef double _pair(self, Py_ssize_t i, tuple fb) except -1.0:
        """At least the comparator's similarity of query word ``i`` and list word ``fb`` (its
        features: :data:`~listwatch.text.name_form.TokenFeatures`)."""
        cdef str a = self.tokens[i], b = fb[0]
        if a == b:
            return 1.0
        if self.numeric[i] or fb[6]:
            return 0.0
        if self.initial[i] or fb[7]:
            return _INITIAL
        cdef frozenset nick_a = self.nicknames[i], nick_b = fb[8]
        if nick_a and nick_b and not nick_a.isdisjoint(nick_b):
            return _NICKNAME
        cdef str pa = self.phonetic[i], pb = fb[1]
        if pa == pb:
            return _PHONETIC
        if self.scripts[i] != fb[4]:
            return self._across(i, fb)
        cdef double raw = _similarity(a, b, True, _SAME_SCRIPT)
        cdef double keys = _similarity(pa, pb, True, _SAME_SCRIPT)
        if keys > raw:
            raw = keys
        if raw >= _SAME_SCRIPT:
            return raw
        if not self.person and (_abbreviates(a, b) or _abbreviates(b, a)):
            return _ABBREVIATION
        return 0.0

    cdef double _across(self, Py_ssize_t i, tuple fb) except -1.0:
        """At least the comparator's similarity of query word ``i`` and list word ``fb``
        written in two scripts, neither Chinese, Korean nor Japanese (those ask the
        comparator): its credits, without the rules that only take credit away (consonant
        counts far apart, short skeletons)."""
        cdef tuple fa = self.features[i]
        cdef str script_a = fa[4], script_b = fb[4]
        if script_a in _SYLLABIC or script_b in _SYLLABIC:
            return token_similarity(fa, fb, self.person)[0]
        cdef bint abjad = fa[5] or fb[5]
        cdef str a = fa[0], b = fb[0]
        cdef double skeletons = 0.0, other
        cdef double credit = _rescale(
            _similarity(fa[1], fb[1], False, 0.0), _CROSS_PIVOT if abjad else _ALPHABET_PIVOT
        )
        if abjad:
            if fa[3] and fb[3]:
                if script_a == "arabic" or script_b == "arabic":
                    if first_consonant(a) == first_consonant(b):
                        skeletons = _similarity(consonants(a), consonants(b), False, 0.0)
                else:
                    skeletons = _similarity(fa[3], fb[3], False, 0.0)
                    other = _similarity(fa[2], fb[2], False, 0.0)
                    if other > skeletons:
                        skeletons = other
        elif fa[2] and fb[2]:
            skeletons = _SKELETON_FACTOR * _similarity(fa[2], fb[2], False, 0.0)
        if skeletons:
            other = _rescale(skeletons, _SKELETON_PIVOT)
            if other > credit:
                credit = other
        return credit if credit >= _MIN_CROSS - _EPSILON else 0.0
