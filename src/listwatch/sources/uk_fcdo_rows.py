"""Rows of the FCDO UK Sanctions List, as the CSV/ODS exports publish them.

Two layouts exist:

* the **full** export (``UK-Sanctions-List.csv``; a ``Report Date: 13-Feb-2026`` line, then the
  header ``Last Updated, Unique ID, OFSI Group ID, UN Reference Number, Name 6, Name 1 … Name 5,
  Name type, Alias strength, Title, Name non-latin script, …, Regime Name, Designation Type
  (older files: "Individual, Entity, Ship"), Designation source, Sanctions Imposed, Other
  Information, UK Statement of Reasons, Address Line 1…6, …, D.O.B, Nationality(/ies), …, IMO
  number, …``): one row per name or address, rows sharing ``Unique ID`` are one designation;
* the **summary** export (8 columns: Unique ID, OFSI Group ID, Name, Regime Name, Type,
  Designation source, Date Designated, Sanctions Imposed): one row per designation.

The XML form is turned into the same column names (``uk_fcdo_xml``), so one function applies both.
"""

from __future__ import annotations

from collections.abc import Iterator

from listwatch.errors import SourceError
from listwatch.model import Entity, Identifier
from listwatch.model.countries import country_code
from listwatch.sources.memo import parse_dates
from listwatch.sources.spreadsheet import Table
from listwatch.sources.uk_common import (
    add_address,
    add_documents,
    add_name,
    numbered,
    schema_for,
    uk_dates,
)

__all__ = ["TYPE_COLUMNS", "apply_row", "parse_table"]

#: The column holding Individual / Entity / Ship, newest name first.
TYPE_COLUMNS = ("Designation Type", "Individual, Entity, Ship", "Type")
_KINDS = {
    "primary name": "name",
    "primary name variation": "alias",
    "alias": "alias",
    "aka": "alias",
    "fka": "previousName",
    "formerly known as": "previousName",
    "previous name": "previousName",
}
_SIMPLE = {
    "Regime Name": "program",
    "Designation source": "authority",
    "Title": "title",
    "Position": "position",
    "Type of entity": "organizationType",
    "Type of ship": "vesselType",
    "Tonnage of ship": "tonnage",
    "Current owner/operator (s)": "owner",
}
_IDS = {
    "Phone number": "phone",
    "Email address": "email",
    "Website": "website",
    "Business registration number (s)": "registration",
    "IMO number": "imo",
    "OFSI Group ID": "other",
    "UN Reference Number": "other",
}


def parse_table(table: Table, dataset: str) -> Iterator[Entity]:
    """Every designation in a full or summary table, grouped by ``Unique ID``."""
    type_column = next((c for c in TYPE_COLUMNS if c in table.header), None)
    if type_column is None:
        raise SourceError("no entry type column", file=table.path, field=TYPE_COLUMNS[0])
    entities: dict[str, Entity] = {}
    for line, row in table.rows():
        uid = row.get("Unique ID", "")
        if not uid:
            raise SourceError("missing Unique ID", file=table.path, line=line, field="Unique ID")
        schema = schema_for(row.get(type_column, ""), table.path, line, type_column)
        entity = entities.get(uid)
        if entity is None:
            entity = entities[uid] = Entity(dataset, uid, schema)
        apply_row(entity, row)
    yield from entities.values()


def apply_row(entity: Entity, row: dict[str, str]) -> None:
    """Add what one row (or one XML record mapped to column names) says about ``entity``."""
    _apply_names(entity, row)
    for column, prop in _SIMPLE.items():
        entity.add(prop, numbered(row.get(column)))
    for column, scheme in _IDS.items():
        for value in numbered(row.get(column)):
            entity.add_identifier(Identifier(scheme, value, label=column))
    entity.add("listingDate", uk_dates(row.get("Date Designated")))
    entity.add("modifiedDate", uk_dates(row.get("Last Updated")))
    entity.add("notes", [row.get("Other Information"), row.get("UK Statement of Reasons")])
    entity.add("birthDate", uk_dates(row.get("D.O.B")))
    entity.add("gender", (row.get("Gender") or "").lower() or None)
    place = [row.get("Town of birth", ""), row.get("Country of birth", "")]
    entity.add("birthPlace", ", ".join(p for p in place if p) or None)
    for column, prop in (
        ("Nationality(/ies)", "nationality"),
        ("Current believed flag of ship", "flag"),
    ):
        entity.add(prop, [country_code(v) or v for v in numbered(row.get(column))])
    entity.add("buildDate", parse_dates(row.get("Year Built")) or row.get("Year Built") or None)
    add_documents(
        entity,
        "passport",
        row.get("Passport number", ""),
        row.get("Passport additional information", ""),
    )
    add_documents(
        entity,
        "nationalId",
        row.get("National Identifier number", ""),
        row.get("National Identifier additional information", ""),
    )
    add_address(
        entity,
        [row.get(f"Address Line {i}", "") for i in range(1, 7)],
        row.get("Address Postal Code", ""),
        row.get("Address Country", ""),
    )


def _apply_names(entity: Entity, row: dict[str, str]) -> None:
    name_type = (row.get("Name type") or "").strip().lower()
    kind = _KINDS.get(name_type, "alias")
    if kind == "alias" and (row.get("Alias strength") or "").lower().startswith("low"):
        kind = "weakAlias"
    if "Name" in row:  # the summary export: one full name, primary
        add_name(entity, row["Name"], "name")
        return
    parts = [row.get(f"Name {i}", "") for i in range(1, 7)]
    full = " ".join(p for p in parts if p)
    if full and not name_type and full in entity.names_of():
        pass  # a row repeated for another address: the name is already known
    elif full:
        add_name(entity, full, kind)
        if kind == "name" and entity.schema == "Person":
            entity.add("firstName", parts[0])
            entity.add("middleName", " ".join(p for p in parts[1:5] if p) or None)
            entity.add("lastName", parts[5])
    script_name = row.get("Name non-latin script", "")
    if script_name and script_name not in entity.names_of():
        add_name(entity, script_name, "alias", row.get("Non-latin script type"))
