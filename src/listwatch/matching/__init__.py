"""Matching: comparing prepared names and scoring them."""

from listwatch.matching.name_compare import (
    DEFAULT_THRESHOLD,
    Explanation,
    NameMatch,
    TokenPair,
    TokenWeights,
    compare_names,
)
from listwatch.matching.pairs import compare, evaluate_pairs

__all__ = [
    "DEFAULT_THRESHOLD",
    "Explanation",
    "NameMatch",
    "TokenPair",
    "TokenWeights",
    "compare",
    "compare_names",
    "evaluate_pairs",
]
