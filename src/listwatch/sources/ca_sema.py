"""Canada: Consolidated Canadian Autonomous Sanctions List (``sema-lmes.xml``).

Format: ``<data-set>`` of flat ``<record>`` elements, one per listed person, entity or ship,
under the Special Economic Measures Act (SEMA) regulations and the Justice for Victims of
Corrupt Foreign Officials Regulations (JVCFOR). See :mod:`listwatch.sources.ca_sema_record`
for the fields and the id scheme. The file carries no publication date.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

from listwatch.errors import SourceError
from listwatch.model import Entity
from listwatch.sources.base import Download
from listwatch.sources.ca_sema_record import DATASET, entity_from_record
from listwatch.sources.xmlstream import iter_entries, line_of

__all__ = ["SOURCE", "CaSemaSource"]

_URL = (
    "https://www.international.gc.ca/world-monde/assets/office_docs/"
    "international_relations-relations_internationales/sanctions/sema-lmes.xml"
)


class CaSemaSource:
    """Canada's consolidated autonomous sanctions list (SEMA and JVCFOR)."""

    dataset: str = DATASET
    title: str = "Canada Consolidated Autonomous Sanctions List (SEMA)"
    publisher: str = "Global Affairs Canada"
    downloads: tuple[Download, ...] = (Download(_URL, "sema-lmes.xml"),)

    def parse(self, files: Sequence[Path]) -> Iterator[Entity]:
        if not files:
            raise SourceError("no file given for the Canadian sanctions list")
        for path in files:
            seen: dict[str, int | None] = {}
            roots = frozenset({"data-set"})
            for record in iter_entries(path, roots, frozenset({"record"}), "a SEMA list"):
                entity = entity_from_record(record, path)
                if entity.native_id in seen:
                    raise SourceError(
                        f"duplicate record {entity.native_id} (first at line "
                        f"{seen[entity.native_id]})",
                        file=path,
                        line=line_of(record),
                        field="Item",
                    )
                seen[entity.native_id] = line_of(record)
                yield entity

    def published(self, files: Sequence[Path]) -> date | None:
        return None


SOURCE = CaSemaSource()
