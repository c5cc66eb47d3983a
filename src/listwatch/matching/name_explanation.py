"""The explanation carried by every name comparison: the token alignment and what was left."""

from __future__ import annotations

from typing import Any, NamedTuple

__all__ = ["Explanation", "TokenPair"]


class TokenPair(NamedTuple):
    """One aligned token pair of an explanation."""

    query: str
    candidate: str
    similarity: float
    weight: float
    how: str


class Explanation:
    """Which query token met which candidate token, and what was left unmatched."""

    __slots__ = (
        "candidate",
        "legal_forms",
        "notes",
        "pairs",
        "query",
        "unmatched_candidate",
        "unmatched_query",
    )

    def __init__(
        self,
        query: str,
        candidate: str,
        pairs: list[TokenPair],
        unmatched_query: list[str],
        unmatched_candidate: list[str],
        legal_forms: tuple[list[str], list[str]],
        notes: list[str],
    ) -> None:
        self.query = query
        self.candidate = candidate
        self.pairs = pairs
        self.unmatched_query = unmatched_query
        self.unmatched_candidate = unmatched_candidate
        self.legal_forms = legal_forms
        self.notes = notes

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready view."""
        return {
            "query": self.query,
            "candidate": self.candidate,
            "pairs": [pair._asdict() for pair in self.pairs],
            "unmatched_query": self.unmatched_query,
            "unmatched_candidate": self.unmatched_candidate,
            "legal_forms": {"query": self.legal_forms[0], "candidate": self.legal_forms[1]},
            "notes": self.notes,
        }

    def __str__(self) -> str:
        parts = [f"{p.query}={p.candidate}({p.how} {p.similarity:.2f})" for p in self.pairs]
        parts += [f"-{t}" for t in self.unmatched_query]
        parts += [f"+{t}" for t in self.unmatched_candidate]
        return " ".join(parts + [f"[{note}]" for note in self.notes])
