"""Australia DFAT Consolidated List (``au_dfat_sanctions``), ``regulation8_consolidated.xlsx``.

One row per name. Columns: Reference, Name of Individual or Entity, Type (Individual / Entity,
spelled loosely), Name Type (Primary Name / aka / Original Script / Formerly known as), Date of
Birth, Place of Birth, Citizenship, Address, Additional Information, Listing Information,
Committees, Control Date. The primary name has a numeric Reference (``3``); its other names carry
the number with a letter suffix (``3a``, ``3b``, ``34c1``). The entry id is the number. Multiple
values in one cell are lettered: ``a) 13/01/1954 b) 13/01/1959``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

from listwatch.errors import SourceError
from listwatch.model import Address, Entity, Identifier
from listwatch.model.countries import country_code
from listwatch.sources.base import Download
from listwatch.sources.files import logical_name
from listwatch.sources.memo import parse_date, parse_dates
from listwatch.sources.scripts import detect_script
from listwatch.sources.spreadsheet import read_table

__all__ = ["SOURCE", "AuDfatSource"]

_REQUIRED = ("Reference", "Name of Individual or Entity", "Type", "Name Type")
_REFERENCE = re.compile(r"^(\d+)(?:\.0)?([a-z]+\d*)?$", re.IGNORECASE)
_SCHEMATA = {"individual": "Person", "entity": "Organization", "vessel": "Vessel"}
_KINDS = {
    "primary name": "name",
    "aka": "alias",
    "original script": "alias",
    "formerly known as": "previousName",
    "previously listed as": "previousName",
}
_LETTERED = re.compile(r"(?:^|\s)[a-z]\)\s+")
_YEAR_RANGE = re.compile(r"(\d{4})\s*-\s*(\d{4})")
_LISTED_ON = re.compile(r"(\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4})")
_IMO = re.compile(r"IMO\)?\s*(?:Number|No\.?)?:?\s*(\d{7})\b", re.IGNORECASE)
_EMPTY = {"", "na", "n/a", "-"}


class AuDfatSource:
    dataset = "au_dfat_sanctions"
    title = "Australia DFAT Consolidated List"
    publisher = "Department of Foreign Affairs and Trade (Australia)"
    downloads = (
        Download(
            "https://www.dfat.gov.au/sites/default/files/regulation8_consolidated.xlsx",
            "regulation8_consolidated.xlsx",
        ),
    )

    def parse(self, files: Sequence[Path]) -> Iterator[Entity]:
        path = _list_file(files)
        entities: dict[str, Entity] = {}
        primaries: set[str] = set()
        for line, row in read_table(path, _REQUIRED).rows():
            m = _REFERENCE.match(row["Reference"])
            if not m:
                raise SourceError(
                    f"bad Reference {row['Reference']!r}", file=path, line=line, field="Reference"
                )
            number = m.group(1)
            kind = _KINDS.get(row["Name Type"].strip().lower(), "alias")
            schema = _SCHEMATA.get(row["Type"].strip().lower())
            if schema is None:
                raise SourceError(
                    f"unknown Type {row['Type']!r}", file=path, line=line, field="Type"
                )
            entity = entities.get(number)
            if entity is None:
                entity = entities[number] = Entity(self.dataset, number, schema)
            if kind == "name":
                entity.schema = schema
                primaries.add(number)
            _apply_row(entity, row, kind)
        if missing := sorted(set(entities) - primaries, key=int):
            raise SourceError(
                f"no Primary Name row for Reference {', '.join(missing[:5])}", file=path
            )
        yield from entities.values()

    def published(self, files: Sequence[Path]) -> date | None:
        """The latest Control Date: the file has no publication date of its own."""
        path = _list_file(files)
        dates = [row["Control Date"] for _, row in read_table(path, _REQUIRED).rows()]
        valid = [d for d in dates if parse_date(d) and len(d) == 10]
        return date.fromisoformat(max(valid)) if valid else None


def _list_file(files: Sequence[Path]) -> Path:
    for path in files:
        if logical_name(path).endswith((".xlsx", ".xls", ".ods", ".csv")):
            return path
    names = ", ".join(p.name for p in files) or "none"
    raise SourceError(f"no regulation8_consolidated.xlsx among the files ({names})")


def _lettered(text: str | None) -> list[str]:
    """``a) X b) Y`` → ``["X", "Y"]``; values marked empty (``NA``) are dropped."""
    if not text:
        return []
    parts = _LETTERED.split(text) if _LETTERED.match(text) else [text]
    out = [p.strip().rstrip(";,").strip() for p in parts]
    return [p for p in out if p.lower() not in _EMPTY]


def _apply_row(entity: Entity, row: dict[str, str], kind: str) -> None:
    name = row["Name of Individual or Entity"]
    entity.add_name(name, kind, script=detect_script(name))
    for value in _lettered(row.get("Date of Birth")):
        entity.add("birthDate", parse_dates(_YEAR_RANGE.sub(r"\1 to \2", value)))
    entity.add("birthPlace", _lettered(row.get("Place of Birth")))
    entity.add("nationality", [country_code(c) or c for c in _lettered(row.get("Citizenship"))])
    for text in _lettered(row.get("Address")):
        code = country_code(text)
        entity.add_address(Address(text, country=code))
        entity.add("country", code)
    info = row.get("Additional Information", "")
    entity.add("notes", info)
    for imo in _IMO.findall(info):
        entity.add_identifier(Identifier("imo", imo))
    listing = row.get("Listing Information", "")
    entity.add("authority", listing)
    if m := _LISTED_ON.search(listing):
        entity.add("listingDate", parse_dates(m.group(1)))
    entity.add("program", row.get("Committees"))
    entity.add("modifiedDate", parse_dates(row.get("Control Date")))


SOURCE = AuDfatSource()
