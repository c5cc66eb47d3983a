"""UK HM Treasury OFSI Consolidated List of Financial Sanctions Targets (``gb_hmt_sanctions``).

Published as ``ConList.csv`` (first line ``Last Updated,<dd/mm/yyyy>``, then the header) and as
``ConList.xlsx`` (sheet "Data", same two leading rows). One row per name: the rows sharing a
``Group ID`` are one designation, whose id is that Group ID. ``Alias Type`` is "Primary name",
"Primary name variation", "AKA" or "FKA"; ``Alias Quality`` "Low quality" marks a weak alias.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

from listwatch.errors import SourceError
from listwatch.model import Entity
from listwatch.model.countries import country_code
from listwatch.sources.base import Download
from listwatch.sources.files import logical_name
from listwatch.sources.spreadsheet import read_table
from listwatch.sources.uk_common import (
    add_address,
    add_documents,
    add_name,
    apply_tagged_facts,
    numbered,
    schema_for,
    uk_dates,
)

__all__ = ["SOURCE", "UkOfsiSource"]

_REQUIRED = ("Group ID", "Name 6", "Group Type", "Alias Type")
_NAME_KINDS = {
    "primary name": "name",
    "primary name variation": "alias",
    "aka": "alias",
    "alias": "alias",
    "prime alias": "alias",
    "fka": "previousName",
}

#: The columns :func:`_apply_facts` reads.
_FACT_COLUMNS = (
    "Title", "DOB", "Town of Birth", "Country of Birth", "Nationality", "Passport Number",
    "Passport Details", "National Identification Number", "National Identification Details",
    "Position", *(f"Address {i}" for i in range(1, 7)), "Post/Zip Code", "Country",
    "Other Information", "Regime", "Listed On", "UK Sanctions List Date Designated",
    "Last Updated",
)  # fmt: skip


class UkOfsiSource:
    dataset = "gb_hmt_sanctions"
    title = "UK HM Treasury OFSI Consolidated List"
    publisher = "HM Treasury, Office of Financial Sanctions Implementation"
    downloads = (
        Download(
            "https://ofsistorage.blob.core.windows.net/publishlive/2022format/ConList.csv",
            "ConList.csv",
        ),
    )

    def parse(self, files: Sequence[Path]) -> Iterator[Entity]:
        for path in _list_files(files):
            entities: dict[str, Entity] = {}
            applied: set[tuple[str | None, ...]] = set()
            table = read_table(path, _REQUIRED, sheet=_sheet(path), encodings=("utf-8", "cp1252"))
            for line, row in table.rows():
                group = row["Group ID"]
                if not group:
                    raise SourceError("missing Group ID", file=path, line=line, field="Group ID")
                schema = schema_for(row["Group Type"], path, line, "Group Type")
                entity = entities.get(group)
                if entity is None:
                    entity = entities[group] = Entity(self.dataset, group, schema)
                _apply_names(entity, row)
                # The rows of a designation (one per name) mostly repeat its facts, and applying
                # the same facts twice changes nothing: apply each distinct set once.
                facts = (group, *map(row.get, _FACT_COLUMNS))
                if facts not in applied:
                    applied.add(facts)
                    _apply_facts(entity, row)
            yield from entities.values()

    def published(self, files: Sequence[Path]) -> date | None:
        for path in _list_files(files):
            table = read_table(path, _REQUIRED, sheet=_sheet(path), encodings=("utf-8", "cp1252"))
            for cells in table.preamble:
                if cells and cells[0].strip().lower() == "last updated" and len(cells) > 1:
                    found = uk_dates(cells[1])
                    if found and len(found[0]) == 10:
                        return date.fromisoformat(found[0])
        return None


def _list_files(files: Sequence[Path]) -> list[Path]:
    chosen = [p for p in files if logical_name(p).endswith((".csv", ".xlsx", ".xls", ".ods"))]
    if not chosen:
        names = ", ".join(p.name for p in files) or "none"
        raise SourceError(f"no ConList.csv or ConList.xlsx among the files ({names})")
    return chosen[:1]


def _sheet(path: Path) -> str | None:
    return "Data" if logical_name(path).endswith((".xlsx", ".xls")) else None


def _apply_names(entity: Entity, row: dict[str, str]) -> None:
    parts = [row.get(f"Name {i}", "") for i in range(1, 7)]
    full = " ".join(p for p in parts if p) if entity.schema == "Person" else parts[5]
    alias_type = row["Alias Type"].strip().lower()
    kind = _NAME_KINDS.get(alias_type, "alias")
    if kind != "name" and row.get("Alias Quality", "").strip().lower().startswith("low"):
        kind = "weakAlias"
    add_name(entity, full or " ".join(p for p in parts if p), kind)
    add_name(entity, row.get("Name Non-Latin Script", ""), kind, row.get("Non-Latin Script Type"))
    if entity.schema == "Person" and kind == "name":
        entity.add("firstName", parts[0])
        entity.add("middleName", " ".join(p for p in parts[1:5] if p))
        entity.add("lastName", parts[5])


def _apply_facts(entity: Entity, row: dict[str, str]) -> None:
    """What a row says besides the name: only the columns in ``_FACT_COLUMNS`` are read."""
    entity.add("title", row.get("Title"))
    entity.add("birthDate", uk_dates(row.get("DOB")))
    towns, countries = numbered(row.get("Town of Birth")), numbered(row.get("Country of Birth"))
    if len(towns) == len(countries):
        entity.add("birthPlace", [f"{t}, {c}" for t, c in zip(towns, countries, strict=True)])
    else:
        entity.add("birthPlace", towns + countries)
    entity.add("nationality", [country_code(n) or n for n in numbered(row.get("Nationality"))])
    add_documents(
        entity, "passport", row.get("Passport Number", ""), row.get("Passport Details", "")
    )
    add_documents(
        entity,
        "nationalId",
        row.get("National Identification Number", ""),
        row.get("National Identification Details", ""),
    )
    entity.add("position", numbered(row.get("Position")))
    add_address(
        entity,
        [row.get(f"Address {i}", "") for i in range(1, 7)],
        row.get("Post/Zip Code", ""),
        row.get("Country", ""),
    )
    info = row.get("Other Information", "")
    entity.add("notes", info)
    apply_tagged_facts(entity, info)
    entity.add("program", row.get("Regime"))
    entity.add("listingDate", uk_dates(row.get("Listed On")))
    entity.add("listingDate", uk_dates(row.get("UK Sanctions List Date Designated")))
    entity.add("modifiedDate", uk_dates(row.get("Last Updated")))


SOURCE = UkOfsiSource()
