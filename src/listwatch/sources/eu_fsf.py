"""EU Financial Sanctions Files: consolidated list, XML ``xmlFullSanctionsList_1_1``.

Format: ``<export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="…">`` holding one
``<sanctionEntity logicalId="…">`` per designation, data in attributes of child elements (see
:mod:`listwatch.sources.eu_fsf_entry`). The id is the ``logicalId`` (``eu_fsf:13``).

The download link needs a token; the public one is the default and the setting
``LISTWATCH_EU_FSF_TOKEN`` overrides it (read when the module is imported).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

from listwatch.errors import SourceError
from listwatch.model import Entity
from listwatch.sources.base import Download
from listwatch.sources.eu_fsf_entry import DATASET, entity_from_element
from listwatch.sources.xmlstream import iter_entries, root_date

__all__ = ["DEFAULT_TOKEN", "SOURCE", "EuFsfSource"]

DEFAULT_TOKEN = "dG9rZW4tMjAxNw"
_URL = "https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token="


class EuFsfSource:
    """The EU consolidated list of persons, groups and entities subject to financial sanctions."""

    dataset: str = DATASET
    title: str = "EU Financial Sanctions Files (consolidated list)"
    publisher: str = "European Commission (DG FISMA)"

    def __init__(self, token: str | None = None) -> None:
        token = token or os.environ.get("LISTWATCH_EU_FSF_TOKEN") or DEFAULT_TOKEN
        self.downloads: tuple[Download, ...] = (
            Download(_URL + token, "xmlFullSanctionsList_1_1.xml"),
        )

    def parse(self, files: Sequence[Path]) -> Iterator[Entity]:
        if not files:
            raise SourceError("no file given for the EU consolidated list")
        for path in files:
            roots = frozenset({"export"})
            for element in iter_entries(
                path, roots, frozenset({"sanctionEntity"}), "an EU FSF export"
            ):
                yield entity_from_element(element, path)

    def published(self, files: Sequence[Path]) -> date | None:
        for path in files:
            found = root_date(path, "generationDate")
            if found:
                return found
        return None


SOURCE = EuFsfSource()
