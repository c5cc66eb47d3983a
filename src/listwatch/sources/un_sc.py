"""UN Security Council Consolidated List (``consolidated.xml``).

Format: ``<CONSOLIDATED_LIST dateGenerated="…">`` holding ``<INDIVIDUALS><INDIVIDUAL>…`` and
``<ENTITIES><ENTITY>…``, one element per designation, all data in child elements (see
:mod:`listwatch.sources.un_sc_entry`). The id is ``REFERENCE_NUMBER`` as written
(``un_sc_sanctions:QDi.001``). Individuals become ``Person``, entities ``Organization``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

from listwatch.errors import SourceError
from listwatch.model import Entity
from listwatch.sources.base import Download
from listwatch.sources.un_sc_entry import DATASET, entity_from_element
from listwatch.sources.xmlstream import iter_entries, root_date

__all__ = ["SOURCE", "UnScSource"]

_ROOTS = frozenset({"CONSOLIDATED_LIST"})
_ENTRIES = frozenset({"INDIVIDUAL", "ENTITY"})


class UnScSource:
    """The UN Security Council Consolidated List."""

    dataset: str = DATASET
    title: str = "UN Security Council Consolidated List"
    publisher: str = "United Nations Security Council"
    downloads: tuple[Download, ...] = (
        Download(
            "https://scsanctions.un.org/resources/xml/en/consolidated.xml", "consolidated.xml"
        ),
    )

    def parse(self, files: Sequence[Path]) -> Iterator[Entity]:
        if not files:
            raise SourceError("no file given for the UN consolidated list")
        for path in files:
            for element in iter_entries(path, _ROOTS, _ENTRIES, "a UN consolidated list"):
                yield entity_from_element(element, path)

    def published(self, files: Sequence[Path]) -> date | None:
        for path in files:
            found = root_date(path, "dateGenerated")
            if found:
                return found
        return None


SOURCE = UnScSource()
