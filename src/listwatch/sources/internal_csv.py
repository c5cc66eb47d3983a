"""A user's own internal watch list: a UTF-8 CSV with a header row.

Required columns ``id`` (unique), ``name`` and ``schema`` (Person, Organization, Company,
LegalEntity, Vessel or Aircraft); optional columns are listed in ``COLUMNS``; multi-valued cells
are ``;``-separated. Header names are case-insensitive and spaces or hyphens count as ``_``.
A column that is not known is kept in ``notes`` as ``column: value``, unless it looks like a
misspelt known column (``nmae``, ``alias``), which is an error. See docs/internal-list-format.md.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Sequence
from datetime import date
from functools import partial
from pathlib import Path

from listwatch.errors import SourceError
from listwatch.model import SCHEMATA, Address, Entity, Identifier, country_code, parse_date
from listwatch.sources.base import Download
from listwatch.sources.delimited import Row, read_rows

__all__ = ["COLUMNS", "REQUIRED", "SOURCE", "InternalCsvSource"]

DATASET = "internal"
REQUIRED = ("id", "name", "schema")
#: Optional column → what it becomes.
COLUMNS: dict[str, str] = {
    "aliases": "alias",
    "weak_aliases": "weakAlias",
    "previous_names": "previousName",
    "birth_date": "birthDate",
    "birth_place": "birthPlace",
    "nationality": "nationality",
    "citizenship": "citizenship",
    "country": "country",
    "gender": "gender",
    "program": "program",
    "listing_date": "listingDate",
    "passport": "passport",
    "national_id": "nationalId",
    "tax_id": "taxId",
    "registration": "registration",
    "imo": "imo",
    "address": "address",
    "notes": "notes",
    "source_url": "sourceUrl",
}
_NAMES = ("aliases", "weak_aliases", "previous_names")
_DATES = ("birth_date", "listing_date")
_COUNTRIES = ("nationality", "citizenship", "country")
_IDS = ("passport", "national_id", "tax_id", "registration", "imo")
_PLAIN = ("birth_place", "program", "notes", "source_url")
_SCHEMA = {s.lower(): s for s in SCHEMATA}
_GENDER = {"male": "male", "m": "male", "female": "female", "f": "female", "other": "other"}
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _column(cell: str) -> str:
    return re.sub(r"[\s\-]+", "_", cell.strip().lower())


def _check_header(path: Path, header: list[str]) -> None:
    known = [*REQUIRED, *COLUMNS]
    for col in header:
        if col in known:
            continue
        if not col:
            raise SourceError(f"header cell {header.index(col) + 1} is empty", file=path, line=1)
        close = difflib.get_close_matches(col, known, n=1, cutoff=0.8)
        if close:
            raise SourceError(
                f"unknown column; did you mean {close[0]!r}?", file=path, line=1, field=col
            )


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(";") if part.strip()]


def _date(value: str, path: Path, row: Row, column: str) -> str:
    parts = value.split("/")
    if len(parts) <= 2 and all(_DATE.match(p) and parse_date(p) for p in parts):
        return value
    raise SourceError(
        f"not a date {value!r}: write YYYY-MM-DD, YYYY-MM or YYYY (a range as 1960/1962)",
        file=path,
        line=row.line,
        field=column,
    )


def _entity(path: Path, row: Row) -> Entity:
    get = row.get
    for col in ("id", "name"):
        if not get(col):
            raise SourceError(f"empty {col}", file=path, line=row.line, field=col)
    schema = _SCHEMA.get(get("schema").lower())
    if schema is None:
        raise SourceError(
            f"schema {get('schema')!r} is not one of {', '.join(sorted(SCHEMATA))}",
            file=path,
            line=row.line,
            field="schema",
        )
    entity = Entity(DATASET, get("id"), schema)
    entity.add_name(get("name"))
    for col in _NAMES:
        for value in _split(get(col)):
            entity.add_name(value, COLUMNS[col])
    for col in _DATES:
        entity.add(COLUMNS[col], [_date(v, path, row, col) for v in _split(get(col))])
    for col in _COUNTRIES:
        for value in _split(get(col)):
            code = country_code(value)
            if code is None:
                raise SourceError(f"unknown country {value!r}", file=path, line=row.line, field=col)
            entity.add(COLUMNS[col], code)
    if get("gender"):
        gender = _GENDER.get(get("gender").lower())
        if gender is None:
            raise SourceError(
                f"gender {get('gender')!r} is not male, female or other",
                file=path,
                line=row.line,
                field="gender",
            )
        entity.add("gender", gender)
    for col in _IDS:
        for value in _split(get(col)):
            if col == "imo":
                value = value.upper().removeprefix("IMO").strip()
            entity.add_identifier(Identifier(COLUMNS[col], value))
    for col in _PLAIN:
        entity.add(COLUMNS[col], _split(get(col)) if col != "notes" else [get(col)])
    for value in _split(get("address")):
        entity.add_address(Address(value))
    extra = [c for c in row.values if c not in COLUMNS and c not in REQUIRED]
    entity.add("notes", [f"{c}: {get(c)}" for c in extra if get(c)])
    return entity


class InternalCsvSource:
    dataset = DATASET
    title = "Internal watch list"
    publisher = "this organisation"
    downloads: tuple[Download, ...] = ()

    def parse(self, files: Sequence[Path]) -> Iterator[Entity]:
        seen: dict[str, tuple[Path, int]] = {}
        for path in files:
            for row in read_rows(
                path,
                required=REQUIRED,
                what="internal list CSV",
                column_key=_column,
                check_header=partial(_check_header, path),
            ):
                entity = _entity(path, row)
                if entity.native_id in seen:
                    first_path, first_line = seen[entity.native_id]
                    where = f"line {first_line}" + (
                        "" if first_path == path else f" of {first_path}"
                    )
                    raise SourceError(
                        f"duplicate id {entity.native_id!r}, first on {where}",
                        file=path,
                        line=row.line,
                        field="id",
                    )
                seen[entity.native_id] = (path, row.line)
                yield entity

    def published(self, files: Sequence[Path]) -> date | None:
        return None  # the importer gives the date (``--published``)


SOURCE = InternalCsvSource()
