"""UK FCDO UK Sanctions List (``gb_fcdo_sanctions``), the single UK designation list.

Reads the XML (``UK-Sanctions-List.xml``, :mod:`~listwatch.sources.uk_fcdo_xml`), the full CSV
or ODS export and the 8-column summary export (:mod:`~listwatch.sources.uk_fcdo_rows`). The entry
id is the list's ``Unique ID`` (``AFG0001``, ``RUS1234``); ``OFSI Group ID`` is kept as an
identifier, linking to ``gb_hmt_sanctions`` entries.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

from listwatch.errors import SourceError
from listwatch.model import Entity
from listwatch.sources.base import Download
from listwatch.sources.files import logical_name
from listwatch.sources.spreadsheet import read_table
from listwatch.sources.uk_common import schema_for, uk_dates
from listwatch.sources.uk_fcdo_rows import apply_row, parse_table
from listwatch.sources.uk_fcdo_xml import date_generated, xml_designations

__all__ = ["SOURCE", "UkFcdoSource"]

_SUFFIXES = (".xml", ".csv", ".ods", ".xlsx")
_REPORT_DATE = re.compile(r"report date:?\s*(.+)", re.IGNORECASE)
#: "FCDO_SL_Mon_Aug 11 2025.ods": the summary export carries its date only in its name.
_NAME_DATE = re.compile(r"([A-Za-z]{3}) (\d{1,2}) (\d{4})")


class UkFcdoSource:
    dataset = "gb_fcdo_sanctions"
    title = "UK Sanctions List (FCDO)"
    publisher = "Foreign, Commonwealth & Development Office"
    downloads = (
        Download(
            "https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.xml", "UK-Sanctions-List.xml"
        ),
    )

    def parse(self, files: Sequence[Path]) -> Iterator[Entity]:
        path = _list_file(files)
        if logical_name(path).endswith(".xml"):
            yield from self._parse_xml(path)
        else:
            yield from parse_table(
                read_table(path, ("Unique ID",), encodings=("utf-8", "cp1252")), self.dataset
            )

    def published(self, files: Sequence[Path]) -> date | None:
        path = _list_file(files)
        name = logical_name(path)
        if name.endswith(".xml"):
            found = uk_dates(date_generated(path))
        else:
            table = read_table(path, ("Unique ID",), encodings=("utf-8", "cp1252"))
            texts = [
                m.group(1) for row in table.preamble for c in row if (m := _REPORT_DATE.match(c))
            ]
            found = uk_dates(texts[0].replace("-", " ")) if texts else []
            if not texts and (m := _NAME_DATE.search(path.name)):
                found = uk_dates(" ".join((m.group(2), m.group(1), m.group(3))))
        full = [d for d in found if len(d) == 10]
        return date.fromisoformat(full[0]) if full else None

    def _parse_xml(self, path: Path) -> Iterator[Entity]:
        for line, records in xml_designations(path):
            base = records[0]
            uid = base["Unique ID"]
            if not uid:
                raise SourceError(
                    "designation without UniqueID", file=path, line=line, field="UniqueID"
                )
            schema = schema_for(base["Designation Type"], path, line, "IndividualEntityShip")
            entity = Entity(self.dataset, uid, schema)
            for record in records:
                apply_row(entity, record)
            yield entity


def _list_file(files: Sequence[Path]) -> Path:
    for suffix in _SUFFIXES:
        for path in files:
            if logical_name(path).endswith(suffix):
                return path
    names = ", ".join(p.name for p in files) or "none"
    raise SourceError(f"no UK Sanctions List file (xml, csv, ods) among the files ({names})")


SOURCE = UkFcdoSource()
