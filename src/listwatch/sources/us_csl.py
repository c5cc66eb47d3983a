"""US trade.gov Consolidated Screening List (CSL), ``consolidated.csv``.

One CSV with a header row and 29 columns (``_id``, ``source``, ``entity_number``, ``type``,
``programs``, ``name``, ``alt_names``, ``addresses``, ``dates_of_birth``, ``ids``…) that merges
about a dozen US export-control and sanctions lists: OFAC SDN and non-SDN lists, BIS Entity
List, Denied Persons, Unverified and Military End User lists, State ITAR debarments and
nonproliferation sanctions. Empty ``programs`` get the list's own code (``EL``, ``DPL``).
Multi-valued cells are ``; ``-separated.

Quirks handled: ``_id`` (the native id; OFAC's ent_num for Treasury rows, a hash for others) is
repeated when one party is on several lists (SDN + SSI + CAPTA): those rows are merged into one
entry carrying every list in ``authority``; a row repeating the header (seen in a 2023 copy) is
skipped; the ``ids`` column has two layouts (see :mod:`listwatch.sources.us_csl_ids`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date
from functools import partial
from pathlib import Path

from listwatch.errors import SourceError
from listwatch.model import Address, Entity, Identifier, Link, country_code
from listwatch.sources.base import Download
from listwatch.sources.delimited import Row, merged, read_rows
from listwatch.sources.files import logical_name
from listwatch.sources.memo import parse_dates
from listwatch.sources.us_csl_ids import add_ids

__all__ = ["SOURCE", "UsCslSource"]

DATASET = "us_trade_csl"
_URL = "https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv"
_REQUIRED = ("_id", "source", "type", "name")
_SCHEMA = {
    "individual": "Person",
    "entity": "Organization",
    "vessel": "Vessel",
    "aircraft": "Aircraft",
    "": "LegalEntity",
}
#: FollowTheMoney topic of each constituent list, by the code in its name.
_TOPICS = {
    "EL": "export.control",
    "DPL": "export.control",
    "UVL": "export.control",
    "MEU": "export.control",
    "DTC": "debarment",
}
_CODE = re.compile(r"\(([^)]+)\)")
_LINKED = re.compile(r"\(Linked To: ([^)]+(?:\)[^)(;]*)?)\)")
#: Columns copied as they are, column → property.
_PLAIN = (
    ("title", "position"),
    ("vessel_type", "vesselType"),
    ("gross_tonnage", "tonnage"),
    ("gross_registered_tonnage", "grossRegisteredTonnage"),
    ("vessel_owner", "owner"),
    ("remarks", "notes"),
)
_NOTE_COLUMNS = ("standard_order", "license_requirement", "license_policy", "end_date")


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(";") if part.strip()]


def _key(path: Path, row: Row) -> str:
    if not row.get("_id"):
        raise SourceError("empty id", file=path, line=row.line, field="_id")
    return row.get("_id")


def _new(path: Path, row: Row) -> Entity:
    kind = row.get("type").lower()
    if kind not in _SCHEMA:
        raise SourceError(
            f"unknown type {row.get('type')!r}", file=path, line=row.line, field="type"
        )
    if not row.get("name"):
        raise SourceError("empty name", file=path, line=row.line, field="name")
    return Entity(DATASET, row.get("_id"), _SCHEMA[kind])


def _apply(path: Path, row: Row, entity: Entity | None) -> Entity:
    entity = entity or _new(path, row)
    get = row.values.__getitem__  # "" for a column the file lacks
    entity.add_name(get("name"))
    for alias in _split(get("alt_names")):
        entity.add_name(alias, "alias")
    source = get("source")
    code = m.group(1) if (m := _CODE.search(source)) else source
    entity.add("program", _split(get("programs")) or [code])
    entity.add("authority", [source, get("federal_register_notice")])
    entity.add("topics", _TOPICS.get(code, "sanction"))
    for column, prop in (("start_date", "listingDate"), ("dates_of_birth", "birthDate")):
        if value := get(column):
            entity.add(prop, parse_dates(value))
    entity.add("birthPlace", _split(get("places_of_birth")))
    for column, prop in (("nationalities", "nationality"), ("citizenships", "citizenship")):
        entity.add(prop, [country_code(c) or c for c in _split(get(column))])
    for address in _split(get("addresses")):
        tail = address.rsplit(",", 1)[-1].strip()
        entity.add_address(Address(address, country=country_code(tail) if len(tail) == 2 else None))
    if get("entity_number"):
        entity.add_identifier(Identifier("other", get("entity_number"), label="OFAC ent_num"))
    if get("call_sign"):
        entity.add_identifier(Identifier("callSign", get("call_sign")))
    for column, prop in _PLAIN:
        if value := get(column):
            entity.add(prop, value)
    if get("vessel_flag"):
        entity.add("flag", country_code(get("vessel_flag")) or get("vessel_flag"))
    for target in _LINKED.findall(get("remarks")):
        entity.add_link(Link("linkedTo", target.strip()))
    entity.add("notes", [f"{col}: {get(col)}" for col in _NOTE_COLUMNS if get(col)])
    entity.add("sourceUrl", [get("source_list_url"), get("source_information_url")])
    add_ids(entity, get("ids"))
    return entity


class UsCslSource:
    dataset = DATASET
    title = "US Consolidated Screening List (trade.gov)"
    publisher = "US International Trade Administration (trade.gov)"
    downloads: tuple[Download, ...] = (Download(_URL, "consolidated.csv"),)

    def parse(self, files: Sequence[Path]) -> Iterator[Entity]:
        for path in files:
            name = logical_name(path)
            if not name.endswith(".csv"):
                raise SourceError("expected the CSL consolidated.csv", file=path)
            rows = partial(
                read_rows, path, required=_REQUIRED, what="CSL CSV", skip_repeated_header=True
            )
            yield from merged(rows, partial(_key, path), partial(_apply, path))

    def published(self, files: Sequence[Path]) -> date | None:
        return None  # the file carries no publication date


SOURCE = UsCslSource()
