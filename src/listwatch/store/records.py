"""Plain records the store hands out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

__all__ = ["FileInfo", "PublicationInfo"]


@dataclass(frozen=True, slots=True)
class FileInfo:
    name: str
    sha256: str
    size: int

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "sha256": self.sha256, "size": self.size}


@dataclass(frozen=True, slots=True)
class PublicationInfo:
    id: int
    dataset: str
    published: date
    fetched_at: datetime
    source: str
    entry_count: int
    content_sha256: str
    files: tuple[FileInfo, ...] = field(default=())

    @property
    def name(self) -> str:
        """``<dataset>@<date>``, the notation of the evaluation sets and ``--lists``."""
        return f"{self.dataset}@{self.published.isoformat()}"

    def age_days(self, today: date | None = None) -> int:
        return ((today or datetime.now(UTC).date()) - self.published).days

    def to_dict(self) -> dict[str, Any]:
        return {
            "dataset": self.dataset,
            "published": self.published.isoformat(),
            "fetched_at": self.fetched_at.isoformat(),
            "source": self.source,
            "entry_count": self.entry_count,
            "content_sha256": self.content_sha256,
            "age_days": self.age_days(),
            "files": [f.to_dict() for f in self.files],
        }
