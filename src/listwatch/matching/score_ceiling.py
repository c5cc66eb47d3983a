"""A cheap upper bound on :func:`~listwatch.matching.name_compare.compare_names`' score.

Retrieval pairs tokens by spelling alone (equal, a few edits apart, the same phonetic key), so
most names it finds score far below the threshold once their tokens are really compared
(``flores``/``foreks`` do not pair at all). Before a full comparison, the screener asks how high
the score could possibly go: each token credited with its best similarity to *any* token of the
other name (the alignment pairs each token once, so it can only do worse), weighed exactly as
the comparison weighs it. Penalties and caps only lower a score, so they are left out; names
whose letters run together equal, or whose tokens might meet a run of adjacent tokens on the
other side, are never ruled out. :class:`QueryCeiling` remembers, per query, each list token's
similarities to the query's tokens: the candidates of one query share many tokens.
"""

from __future__ import annotations

from rapidfuzz.distance import Levenshtein

from listwatch.matching.name_compare import (
    MERGE_MIN,
    MIN_TOKEN_SIMILARITY,
    QUERY_SHARE,
    same_letters,
)
from listwatch.matching.token_similarity import token_similarity
from listwatch.text.name_form import NameForm, TokenFeatures

__all__ = ["QueryCeiling"]

#: Slack for summing the same products in another order.
_EPSILON = 1e-9
_sim = Levenshtein.normalized_similarity


class QueryCeiling:
    """Upper bounds on the scores of one query name against candidate names."""

    __slots__ = ("_long_heads", "_rows", "_run_heads", "q", "q_weights", "total_q")

    def __init__(self, q: NameForm, q_weights: tuple[float, ...]) -> None:
        self.q = q
        self.q_weights = q_weights
        self.total_q = sum(q_weights) or 1.0
        self._rows: dict[TokenFeatures, tuple[float, ...]] = {}
        self._long_heads, self._run_heads = _heads(q)

    def could_reach(self, c: NameForm, c_weights: tuple[float, ...], floor: float) -> bool:
        """Whether ``compare_names(q, c, q_weights=…, c_weights=…).score`` could reach
        ``floor`` (``False`` only when it cannot)."""
        if self.ceiling(c, c_weights) + _EPSILON >= floor:
            return True
        q, ct = self.q, c.tokens
        if same_letters(q, c):
            return True
        # A run starts with the first letter of the token it spells.
        long_heads, run_heads = self._long_heads, self._run_heads
        if any(t[0] in long_heads for t in ct[:-1]) and _may_merge(q, c):
            return True
        return any(len(t) >= 4 and t[0] in run_heads for t in ct) and _may_merge(c, q)

    def ceiling(self, c: NameForm, c_weights: tuple[float, ...]) -> float:
        """Each token's weight times its best similarity to any token of the other name,
        weighed like the comparison (names spelled with the same letters, or with tokens
        meeting runs of the other's tokens, may still score higher: see :meth:`could_reach`)."""
        if not self.q.tokens or not c.tokens:
            return 0.0
        best_q = [0.0] * len(self.q.tokens)
        got_c = 0.0
        rows = self._rows
        for fb, weight in zip(c.features, c_weights, strict=True):
            row = rows.get(fb)
            if row is None:
                row = rows[fb] = self._row(fb)
            got_c += weight * max(row)
            best_q = list(map(max, best_q, row))
        got_q = sum(w * s for w, s in zip(self.q_weights, best_q, strict=True))
        total_c = sum(c_weights) or 1.0
        return min(1.0, QUERY_SHARE * got_q / self.total_q + (1.0 - QUERY_SHARE) * got_c / total_c)

    def _row(self, fb: TokenFeatures) -> tuple[float, ...]:
        """The similarity of list token ``fb`` to each query token (0 where they cannot pair)."""
        person = self.q.schema == "Person"
        token = fb[0]
        row = []
        for fa in self.q.features:
            score = 1.0 if fa[0] == token else token_similarity(fa, fb, person)[0]
            row.append(score if score >= MIN_TOKEN_SIMILARITY else 0.0)
        return tuple(row)


def _heads(form: NameForm) -> tuple[frozenset[str], frozenset[str]]:
    """First letters of the tokens that could meet a run of the other name's tokens, and of
    the tokens that could start such a run (any but the last)."""
    tokens = form.tokens
    long_heads = (
        t[0] for t, num in zip(tokens, form.numeric, strict=True) if len(t) >= 4 and not num
    )
    return frozenset(long_heads), frozenset(t[0] for t in tokens[:-1])


def _may_merge(a: NameForm, b: NameForm) -> bool:
    """Whether a token of ``a`` could meet a run of two or more adjacent tokens of ``b`` (the
    comparison's joined pairs, ``jscargument`` ~ ``jsc argument``)."""
    tokens_b = b.tokens
    for i, token in enumerate(a.tokens):
        size = len(token)
        if size < 4 or a.numeric[i]:
            continue
        low, high = size * 0.75, size * 1.3
        for start in range(len(tokens_b) - 1):
            if tokens_b[start][0] != token[0]:
                continue
            text = tokens_b[start]
            for end in range(start + 1, len(tokens_b)):
                text += tokens_b[end]
                if len(text) > high:
                    break
                if len(text) >= low and _sim(token, text) >= MERGE_MIN:
                    return True
    return False
