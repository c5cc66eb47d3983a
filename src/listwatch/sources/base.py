"""The protocol every official list format implements.

A source turns the files of one publication into :class:`~listwatch.model.Entity` objects,
streaming, and raises :class:`~listwatch.errors.SourceError` (naming file, line and field) for
anything it cannot read. Adding a list means one module here and one line in ``registry.py``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol, runtime_checkable

from listwatch.model import Entity

__all__ = ["Download", "Source"]


@dataclass(frozen=True, slots=True)
class Download:
    """One file of a publication on the publisher's server."""

    url: str
    filename: str


@runtime_checkable
class Source(Protocol):
    #: Dataset name, OpenSanctions convention (``us_ofac_sdn``).
    dataset: str
    #: Human title (``US OFAC Specially Designated Nationals``).
    title: str
    publisher: str
    #: The official files ``sync`` fetches, in the order ``parse`` wants them.
    downloads: tuple[Download, ...]

    def parse(self, files: Sequence[Path]) -> Iterator[Entity]:
        """Yield every entry in the publication made of ``files``.

        Raises SourceError for an empty, truncated, wrong-format or garbled file.
        """
        ...

    def published(self, files: Sequence[Path]) -> date | None:
        """The publication date written inside the files, if the format carries one."""
        ...
