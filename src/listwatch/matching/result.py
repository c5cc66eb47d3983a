"""A screening result: one list entry, its score, and why."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from listwatch.index.entries import entry_fields
from listwatch.matching.features import Feature
from listwatch.matching.name_compare import Explanation

__all__ = ["MatchResult"]


@dataclass(slots=True)
class MatchResult:
    entity_id: str
    dataset: str
    schema: str
    caption: str
    programs: tuple[str, ...]
    published: str
    score: float
    match: bool
    name_score: float
    query_name: str
    matched_name: str
    matched_kind: str
    names: Explanation
    features: list[Feature] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            **entry_fields(self),
            "score": round(self.score, 4),
            "match": self.match,
            "explanation": {
                "name_score": round(self.name_score, 4),
                "query_name": self.query_name,
                "matched_name": self.matched_name,
                "matched_name_kind": self.matched_kind,
                "tokens": self.names.as_dict(),
                "features": [f.to_dict() for f in self.features],
            },
        }

    def summary(self) -> str:
        """One line an analyst can read: how the name met, and each feature's part."""
        parts = [
            f"name {self.name_score:.2f} ({self.matched_kind}: {self.matched_name!r}; {self.names})"
        ]
        parts += [f"{f.detail} ({f.contribution:+.2f})" for f in self.features]
        return "; ".join(parts)
