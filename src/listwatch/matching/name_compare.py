"""Comparing two prepared names: token alignment, weights, and one calibrated score.

:func:`compare_names` aligns the tokens of a query name with those of a candidate (list) name:

1. Equal tokens pair up first. Then an unpaired token may meet a run of adjacent unpaired
   tokens on the other side that spells it (``jscargument`` ~ ``jsc argument``, ``shakarami``
   ~ ``shah karami``), before a part of the run takes a weaker pair of its own; names whose
   tokens run together equal are equal.
2. The rest pair greedily, best similarity first, by
   :func:`~listwatch.matching.token_similarity.token_similarity` (nicknames, phonetic keys,
   initials, abbreviations, edit distance, and stricter rules across scripts).
3. Each token weighs its :class:`TokenWeights` weight (rare words more than common ones,
   annotations little). Coverage of each side = paired weight × similarity / total weight;
   the score is :data:`QUERY_SHARE` × query coverage + the rest × candidate coverage, so an
   unmatched query word costs more than a dropped middle name or second surname on the list.
4. Pairs out of order cost :data:`ORDER_PENALTY`; different numbers on both sides cap the score
   at :data:`NUMBER_MISMATCH_CAP` (``OCEAN STAR 2`` is not ``OCEAN STAR 3``); names matching
   only through abbreviations at :data:`ABBREVIATIONS_ONLY_CAP` (``JIT`` is not ``JUPITER``); a
   person's name written in Chinese, Korean or Japanese script with a syllable unmatched on
   either side at :data:`SYLLABLES_MISSING_CAP` (``韩瑜`` is not ``HAN YU-RO``); two
   organisation names of one short word each, a letter apart, at :data:`ONE_WORD_CAP`
   (``VIAND`` is not ``VIANA``).

Scores are in [0, 1]; :data:`DEFAULT_THRESHOLD` (0.80) separates same from different: on the
development pair sets it gives F1 0.96 overall, 0.97/0.97/0.97 on the Arabic, Russian and Hebrew
transliteration sets (``listwatch eval``).
"""

from __future__ import annotations

from rapidfuzz.distance import Levenshtein

from listwatch.matching.left_out import weigh_left_out
from listwatch.matching.name_explanation import Explanation, TokenPair
from listwatch.matching.name_weights import TokenWeights
from listwatch.matching.token_similarity import (
    ABBR,
    CROSS_SCRIPT_PIVOT,
    DEFAULT_THRESHOLD,
    EXACT,
    FUZZY,
    INITIAL,
    MERGED,
    NICKNAME,
    PHONETIC,
    syllable,
    token_similarity,
)
from listwatch.text.common_words import is_common
from listwatch.text.name_form import NameForm
from listwatch.text.patronymics import looks_like_family_name

__all__ = [
    "CROSS_SCRIPT_PIVOT",
    "DEFAULT_THRESHOLD",
    "INITIAL",
    "MERGE_MIN",
    "MIN_TOKEN_SIMILARITY",
    "NICKNAME",
    "NUMBER_MISMATCH_CAP",
    "ORDER_PENALTY",
    "PHONETIC",
    "QUERY_SHARE",
    "Explanation",
    "NameMatch",
    "TokenPair",
    "TokenWeights",
    "compare_names",
]

#: Least credit for a token pair; below it the tokens do not pair.
MIN_TOKEN_SIMILARITY = 0.5
QUERY_SHARE = 0.55
ORDER_PENALTY = 0.03
NUMBER_MISMATCH_CAP = 0.5
#: Highest score of names whose only matching words are abbreviations of each other.
ABBREVIATIONS_ONLY_CAP = 0.7
#: Highest score of a syllabic-script name with a syllable unmatched on either side.
SYLLABLES_MISSING_CAP = 0.75
#: Highest score of two organisation or vessel names of one short word each that are only
#: spelled alike, a letter apart (``VIAND``/``VIANA``, ``LINNET``/``LINES``): such a name has no
#: other word to confirm that the letter is a typing slip, and short words a letter apart are
#: mostly other words. Letters swapped (``SOABR``/``SOBAR``) are a typing slip and not capped;
#: nor are people: their one-word names are rare and come with evidence (``AFIZ``/``FAIZ``).
ONE_WORD_CAP = 0.7
#: Word similarity from which one-word names are not capped (one letter in seven).
_ONE_WORD_SURE = 0.85
#: Longest word (of the shorter of the two) that is capped: longer ones a letter or two apart
#: are mostly spellings of one word (``ABSALYUTBANK``/``ABSOLUTBANK``).
_ONE_WORD_SHORT = 6
#: Least similarity of a word and a run of the other name's adjacent words spelling it.
MERGE_MIN = 0.85
#: The same for query words run together before the words pair one by one: a run nearly
#: spelling a list word (TONG YANG ~ TONGBANG) must not take it from a pair of its own.
_MERGE_FIRST_MIN = 0.9
_sim = Levenshtein.normalized_similarity


class NameMatch:
    """The score of one comparison and, on demand, its explanation."""

    __slots__ = ("_cand", "_pairs", "_query", "_weights", "notes", "score")

    def __init__(
        self,
        score: float,
        query: NameForm,
        cand: NameForm,
        pairs: list[tuple[int, int, float, str]],
        weights: tuple[tuple[float, ...], tuple[float, ...]],
        notes: list[str],
    ) -> None:
        self.score = score
        self.notes = notes
        self._query = query
        self._cand = cand
        self._pairs = pairs
        self._weights = weights

    def for_candidate(self, cand: NameForm) -> NameMatch:
        """This match, of a candidate name spelled exactly like ``cand`` (the same tokens,
        scripts and legal forms: the same score and pairs), told as a match of ``cand``."""
        return NameMatch(self.score, self._query, cand, self._pairs, self._weights, self.notes)

    @property
    def candidate_name(self) -> str:
        """The candidate name as written."""
        return self._cand.original

    @property
    def query_size(self) -> int:
        """Name tokens of the query (annotations excluded)."""
        return self._query.size

    @property
    def skipped_inner_candidate_tokens(self) -> int:
        """Candidate name tokens left unmatched *before* its last matched token: a given or
        middle name the query lacks. Tokens after it (a second family name) do not count."""
        matched = {j for _i, j, _s, _h in self._pairs}
        if not matched:
            return 0
        tokens = self._cand.tokens
        left_out = self._cand.patronymics  # ordinary usage, like a second family name
        return sum(
            1
            for j in range(max(matched))
            if j not in matched
            and j < self._cand.size
            and j not in left_out
            and not is_common(tokens[j])
        )

    @property
    def explanation(self) -> Explanation:
        """Which query token met which candidate token, how well, and what was left over."""
        q, c = self._query, self._cand
        qw = self._weights[0]
        pairs = [
            TokenPair(q.tokens[i], c.tokens[j], round(s, 3), round(qw[i], 3), how)
            for i, j, s, how in self._pairs
        ]
        used_q = {i for i, _, _, _ in self._pairs}
        used_c = {j for _, j, _, _ in self._pairs}
        return Explanation(
            query=q.original,
            candidate=c.original,
            pairs=pairs,
            unmatched_query=[t for i, t in enumerate(q.tokens) if i not in used_q],
            unmatched_candidate=[t for j, t in enumerate(c.tokens) if j not in used_c],
            legal_forms=(list(q.legal_forms), list(c.legal_forms)),
            notes=list(self.notes),
        )

    def __repr__(self) -> str:
        return (
            f"NameMatch(score={self.score:.3f}, {self._query.original!r} ~ {self._cand.original!r})"
        )


def _align(q: NameForm, c: NameForm) -> list[tuple[int, int, float, str]]:
    """Token pairs ``(query index, candidate index, similarity, how)``."""
    pairs: list[tuple[int, int, float, str]] = []
    qt, ct = q.tokens, c.tokens
    if q.token_set.isdisjoint(c.token_set):
        free_q = list(range(len(qt)))
        free_c = list(range(len(ct)))
    else:
        free_q = []
        free_c = list(range(len(ct)))
        repeated = len(ct) != len(c.token_set)  # a word the list name writes twice (bin, al)
        for i, token in enumerate(qt):
            for pos, j in enumerate(free_c):
                if ct[j] == token:
                    if repeated:
                        pos = _in_context(q, i, c, free_c, pos)
                        j = free_c[pos]
                    pairs.append((i, j, 1.0, EXACT))
                    del free_c[pos]
                    break
            else:
                free_q.append(i)
    if free_c and len(free_q) > 1:
        # Query words run together spelling a list word (SHAH KARAMI ~ SHAKARAMI) pair before
        # the words pair one by one, where a part could take a weaker pair (KARAMI ~
        # SHAKARAMI). Retrieval looks such runs up; it does not look up runs of list words,
        # which therefore meet a query word only among the words left over (below): pairing
        # them first too finds names the index cannot retrieve (AMIROLMOMENIN ~ AMIR AL
        # MO'MENIN; tried twice, index recall 0.9925 and 0.9926).
        pairs.extend(_merge_runs(c, free_c, q, free_q, swap=True, least=_MERGE_FIRST_MIN))
    if free_q and free_c:
        qf, cf = q.features, c.features
        person = q.schema == "Person"
        options: list[tuple[float, int, int, str]] = []
        patronymics = q.patronymics or c.patronymics
        for i in free_q:
            fa = qf[i]
            for j in free_c:
                if patronymics and _patronymic_against_other(q, i, c, j):
                    continue
                score, how = token_similarity(fa, cf[j], person)
                if score >= MIN_TOKEN_SIMILARITY:
                    options.append((-score, i, j, how))
        if options:
            if len(options) > 1:
                # The best pairs first; of pairs alike, the earlier words first, so that a
                # word the list name writes twice pairs in order (``mohammed`` takes the
                # given name ``Mohamad``, not the one in ``BIN MOHAMAD``).
                options.sort()
            taken_q: set[int] = set()
            taken_c: set[int] = set()
            for negated, i, j, how in options:
                if i in taken_q or j in taken_c:
                    continue
                taken_q.add(i)
                taken_c.add(j)
                pairs.append((i, j, -negated, how))
            free_q = [i for i in free_q if i not in taken_q]
            free_c = [j for j in free_c if j not in taken_c]
    if free_q and free_c and (len(free_q) > 1 or len(free_c) > 1):
        pairs.extend(_merge_runs(q, free_q, c, free_c, swap=False))
        pairs.extend(_merge_runs(c, free_c, q, free_q, swap=True))
    return pairs


def _in_context(q: NameForm, i: int, c: NameForm, free_c: list[int], first: int) -> int:
    """Of the free list words equal to query word ``i`` (the first at ``free_c[first]``), the
    one whose neighbours are the query word's (``BIN LADIN`` pairs the ``bin`` before
    ``ladin`` in ``Usama bin Muhammad bin Awad BIN LADIN``), the first of those alike."""
    qt, ct = q.tokens, c.tokens
    token = qt[i]
    before = qt[i - 1] if i else None
    after = qt[i + 1] if i + 1 < len(qt) else None
    best, best_fit = first, -1
    for pos in range(first, len(free_c)):
        j = free_c[pos]
        if ct[j] != token:
            continue
        # The word after counts more: a particle belongs to it (bin ladin, al assad).
        fit = (j > 0 and ct[j - 1] == before) + 2 * (j + 1 < len(ct) and ct[j + 1] == after)
        if fit > best_fit:
            best, best_fit = pos, fit
    return best


def _patronymic_against_other(q: NameForm, i: int, c: NameForm, j: int) -> bool:
    """Whether one of two tokens is a patronymic and the other a family name: a father's name
    is not a family name, however alike (``FEDOROVNA`` is not ``FYODOROVA``)."""
    if j in c.patronymics:
        return looks_like_family_name(q.tokens[i])
    return i in q.patronymics and looks_like_family_name(c.tokens[j])


def _merge_runs(
    a: NameForm,
    free_a: list[int],
    b: NameForm,
    free_b: list[int],
    swap: bool,
    least: float = MERGE_MIN,
) -> list[tuple[int, int, float, str]]:
    """Pair a free token of ``a`` with a run of adjacent free tokens of ``b`` spelling it."""
    out: list[tuple[int, int, float, str]] = []
    tokens_b = b.tokens
    for i in list(free_a):
        token = a.tokens[i]
        size = len(token)
        if size < 4 or a.numeric[i]:
            continue
        low, high = size * 0.75, size * 1.3
        for pos, k in enumerate(free_b):
            if tokens_b[k][0] != token[0]:
                continue
            text = tokens_b[k]
            end = pos
            best, best_end = 0.0, -1
            while end + 1 < len(free_b) and free_b[end + 1] == free_b[end] + 1:
                end += 1
                text += tokens_b[free_b[end]]
                if len(text) > high:
                    break
                if len(text) >= low:
                    score = _sim(token, text)
                    if score > best:
                        best, best_end = score, end
            if best >= least:
                for k2 in free_b[pos : best_end + 1]:
                    out.append((k2, i, best, MERGED) if swap else (i, k2, best, MERGED))
                free_a.remove(i)
                del free_b[pos : best_end + 1]
                break
    return out


def _syllables_missing(q: NameForm, c: NameForm, pairs: list[tuple[int, int, float, str]]) -> bool:
    """Whether a Chinese, Korean or Japanese name (written in its script on one side) leaves a
    syllable of the other name unmatched, or runs syllables together into another word: each
    syllable is a name element (``韩瑜`` is Han Yu, not ``HAN YU-RO``; ``建平`` is Jianping, not
    ``Jiangping``)."""
    if not (q.syllabic or c.syllabic):
        return False
    used_q = {i for i, _j, _s, _h in pairs}
    used_c = {j for _i, j, _s, _h in pairs}
    if any(i not in used_q for i in range(q.size)) or any(j not in used_c for j in range(c.size)):
        return True
    # Syllables run together must spell the other word, up to romanisation variants: jian ping
    # is not jiangping.
    merged = [(i, j) for i, j, score, how in pairs if how == MERGED and score < 1.0]
    return _run_differs(merged, q.tokens, c.tokens) or _run_differs(
        [(j, i) for i, j in merged], c.tokens, q.tokens
    )


def _run_differs(
    merged: list[tuple[int, int]], parts: tuple[str, ...], wholes: tuple[str, ...]
) -> bool:
    """Whether a run of ``parts`` joined onto one of ``wholes`` (pairs ``(part, whole)``)
    spells another syllable sequence than that word."""
    for whole in {w for _p, w in merged}:
        run = sorted(p for p, w in merged if w == whole)
        if len(run) > 1 and syllable(wholes[whole]) != syllable("".join(parts[p] for p in run)):
            return True
    return False


def _one_short_word_alike(
    q: NameForm, c: NameForm, pairs: list[tuple[int, int, float, str]]
) -> bool:
    """Whether two one-word names pair only as short words spelled alike (:data:`ONE_WORD_CAP`)."""
    if len(pairs) != 1:
        return False
    i, j, score, how = pairs[0]
    a, b = q.tokens[i], c.tokens[j]
    short = min(len(a), len(b)) <= _ONE_WORD_SHORT and a.isalpha() and b.isalpha()
    # Two letters swapped are a typing slip (SOABR for SOBAR), not another word.
    swapped = len(a) == len(b) and sorted(a) == sorted(b)
    return how == FUZZY and score < _ONE_WORD_SURE and short and not swapped


def _same_letters(q: NameForm, c: NameForm) -> bool:
    """Whether the names spell the same letters with other spacing (``AL-QAIDA``/``ALQAIDA``),
    with or without their legal forms (``JSC ARGUMENT``/``JSCARGUMENT``)."""
    if q.joined == c.joined:
        return True
    return c.joined_whole in (q.joined, q.joined_whole) or q.joined_whole == c.joined


def compare_names(
    q: NameForm,
    c: NameForm,
    weights: TokenWeights | None = None,
    *,
    q_weights: tuple[float, ...] | None = None,
    c_weights: tuple[float, ...] | None = None,
) -> NameMatch:
    """Score how well query name ``q`` matches candidate name ``c`` (both prepared).

    ``q_weights``/``c_weights`` are ``weights.apply(q)``/``weights.apply(c)`` when the caller
    has them already (the screener computes the query's once and the index the list names')."""
    if q_weights is not None:
        qw = q_weights
    else:
        qw = weights.apply(q) if weights is not None else q.weights
    if c_weights is not None:
        cw = c_weights
    else:
        cw = weights.apply(c) if weights is not None else c.weights
    notes: list[str] = []
    if not q.tokens or not c.tokens:
        return NameMatch(0.0, q, c, [], (qw, cw), ["empty name"])
    pairs = _align(q, c)
    if len(pairs) < max(q.size, c.size) and _same_letters(q, c):
        notes.append("same letters, other spacing")
        return NameMatch(1.0, q, c, pairs, (qw, cw), notes)
    # Words a name leaves out as usage does (a patronymic, middle names, an article, a
    # father's name) weigh less.
    qw, cw, scaled = weigh_left_out(q, c, pairs, qw, cw, notes)
    got_q = 0.0
    got_c = 0.0
    last_j = -1
    in_order = True
    for i, j, score, how in sorted(pairs):
        got_q += qw[i] * score
        got_c += cw[j] * score
        if how != MERGED:
            in_order = in_order and j > last_j
            last_j = j
    if merged := any(how == MERGED for _i, _j, _s, how in pairs):
        # A joined pair counts its single token once, not once per token of the run.
        best_q: dict[int, float] = {}
        best_c: dict[int, float] = {}
        for i, j, score, _how in pairs:
            best_q[i] = max(best_q.get(i, 0.0), qw[i] * score)
            best_c[j] = max(best_c.get(j, 0.0), cw[j] * score)
        got_q, got_c = sum(best_q.values()), sum(best_c.values())
    if weights is None and q_weights is None and c_weights is None and not scaled:
        total_q, total_c = q.total_weight, c.total_weight
    else:
        total_q, total_c = sum(qw) or 1.0, sum(cw) or 1.0
    score = QUERY_SHARE * got_q / total_q + (1.0 - QUERY_SHARE) * got_c / total_c
    if not in_order:
        score -= ORDER_PENALTY
        notes.append("other word order")
    if pairs and not merged and all(how == ABBR for _i, _j, _s, how in pairs):
        score = min(score, ABBREVIATIONS_ONLY_CAP)  # JIT is not JUPITER, STK not STANKOGOMEL
        notes.append("only abbreviations match")
    if q.schema == "Person" and _syllables_missing(q, c, pairs):
        score = min(score, SYLLABLES_MISSING_CAP)
        notes.append("syllables of the name missing or different")
    if q.size == 1 == c.size and q.schema != "Person" and _one_short_word_alike(q, c, pairs):
        score = min(score, ONE_WORD_CAP)
        notes.append("one word, spelled differently")
    if q.numbers and c.numbers and q.numbers != c.numbers:
        score = min(score, NUMBER_MISMATCH_CAP)
        notes.append("numbers differ")
    return NameMatch(max(0.0, min(1.0, score)), q, c, pairs, (qw, cw), notes)
