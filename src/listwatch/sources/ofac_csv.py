"""OFAC's legacy CSV set: ``sdn.csv`` + ``alt.csv`` + ``add.csv`` + ``sdn_comments.csv``.

The same four-file layout serves the SDN list and the Consolidated (non-SDN) list
(``cons_prim.csv``, ``cons_alt.csv``, ``cons_add.csv``, ``cons_comments.csv``). No header row;
``-0-`` (usually with a trailing space) means empty; files may end with a ``0x1A`` byte; text is
ASCII/UTF-8 with cp1252 possible. Columns:

- primary (12): ent_num, SDN_Name, SDN_Type, Program (``A] [B``), Title, Call_Sign, Vess_type,
  Tonnage, GRT, Vess_flag, Vess_owner, Remarks
- alt (5): ent_num, alt_num, alt_type (aka/fka/nka), alt_name, alt_remarks
- add (6): ent_num, add_num, address, city/state/postal code, country, add_remarks
- comments (2): ent_num, continuation of a remark truncated in the primary file

File roles come from the logical file name, or from the width of the first row. The primary file
is streamed; the smaller side files are indexed by ent_num first and attached as rows stream.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from functools import partial
from pathlib import Path

from listwatch.errors import SourceError
from listwatch.model import Address, Entity, Identifier
from listwatch.sources.delimited import records
from listwatch.sources.files import logical_name
from listwatch.sources.ofac_remarks import ofac_country, remark_parts

__all__ = ["file_role", "parse_ofac_csv", "read_rows"]

_ROLE_BY_NAME = {
    "sdn.csv": "primary",
    "cons_prim.csv": "primary",
    "alt.csv": "alt",
    "cons_alt.csv": "alt",
    "add.csv": "add",
    "cons_add.csv": "add",
    "sdn_comments.csv": "comments",
    "cons_comments.csv": "comments",
}
_WIDTH = {"primary": 12, "alt": 5, "add": 6, "comments": 2}
_ROLE_BY_WIDTH = {width: role for role, width in _WIDTH.items()}
_SCHEMA = {"individual": "Person", "vessel": "Vessel", "aircraft": "Aircraft", "": "Organization"}
_ALIAS_KIND = {"aka": "alias", "fka": "previousName", "nka": "alias"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x19\x1b-\x1f\x7f]")

Row = tuple[int, list[str]]


_EMPTY = frozenset({"-0-", "-0"})


def _value(text: str) -> str:
    """A field with OFAC's ``-0-`` empty marker (also ``-0``) turned into ``""``."""
    text = text.strip()
    return "" if text in _EMPTY else text


def _check_line(path: Path, line: int, text: str) -> str:
    """Refuse XML and control characters; drop the ``0x1A`` end-of-file byte."""
    if line == 1 and text.lstrip().startswith("<"):
        raise SourceError("XML content, not an OFAC legacy CSV file", file=path, line=1)
    text = text.replace("\x1a", "")
    if _CONTROL.search(text):
        raise SourceError("garbled bytes (control characters)", file=path, line=line)
    return text


def read_rows(path: Path, width: int | None = None) -> Iterator[Row]:
    """(line number, fields) of every non-empty row; SourceError for a row of another width."""
    seen = False
    for start, row in records(
        path,
        encodings=("utf-8", "cp1252"),
        what="OFAC legacy CSV",
        per_line=True,
        check=partial(_check_line, path),
    ):
        if not row or (len(row) == 1 and not row[0].strip()):
            continue
        seen = True
        if width is not None and len(row) != width:
            raise SourceError(f"expected {width} fields, found {len(row)}", file=path, line=start)
        yield start, row
    if not seen:
        raise SourceError("file is empty", file=path)


def file_role(path: Path) -> str:
    """``primary``, ``alt``, ``add`` or ``comments``: by name, else by first-row width."""
    role = _ROLE_BY_NAME.get(logical_name(path))
    if role:
        return role
    for _line, row in read_rows(path):
        found = _ROLE_BY_WIDTH.get(len(row))
        if found is None:
            raise SourceError(f"{len(row)} fields: not an OFAC legacy CSV file", file=path, line=1)
        return found
    raise SourceError("file is empty", file=path)  # pragma: no cover - read_rows raises first


def _ent_num(path: Path, line: int, row: list[str]) -> str:
    ent = row[0].strip()
    if not ent.isdigit():
        raise SourceError(
            f"missing or invalid entry number {ent!r}", file=path, line=line, field="ent_num"
        )
    return ent


def _index(paths: Iterable[Path], role: str) -> dict[str, list[tuple[Path, int, list[str]]]]:
    index: dict[str, list[tuple[Path, int, list[str]]]] = defaultdict(list)
    for path in paths:
        for line, row in read_rows(path, _WIDTH[role]):
            index[_ent_num(path, line, row)].append((path, line, row))
    return index


def parse_ofac_csv(files: Sequence[Path], dataset: str) -> Iterator[Entity]:
    """Every entry of a legacy CSV set, with aliases, addresses and full remarks attached."""
    by_role: dict[str, list[Path]] = defaultdict(list)
    for path in files:
        by_role[file_role(path)].append(path)
    if not by_role["primary"]:
        names = ", ".join(p.name for p in files) or "no files"
        raise SourceError(f"no primary file (sdn.csv / cons_prim.csv) in the set ({names})")
    alts, adds, comments = (_index(by_role[r], r) for r in ("alt", "add", "comments"))
    seen: set[str] = set()
    for path in by_role["primary"]:
        for line, row in read_rows(path, _WIDTH["primary"]):
            ent = _ent_num(path, line, row)
            if ent in seen:
                raise SourceError(
                    f"entry number {ent} appears twice", file=path, line=line, field="ent_num"
                )
            seen.add(ent)
            extra = "".join(_value(r[1]) for _p, _l, r in comments.pop(ent, []))
            entity = _primary(dataset, ent, path, line, row, extra)
            for alt_path, alt_line, alt in alts.pop(ent, []):
                _add_alias(entity, alt_path, alt_line, alt)
            for _p, _l, add in adds.pop(ent, []):
                _add_address(entity, add)
            yield entity
    for index in (alts, adds, comments):
        for ent, rows in index.items():
            orphan, line, _row = rows[0]
            raise SourceError(
                f"entry {ent} is not in the primary file", file=orphan, line=line, field="ent_num"
            )


def _programs(text: str) -> list[str]:
    return [p.strip(" []") for p in text.split("] [") if p.strip(" []")]


def _primary(dataset: str, ent: str, path: Path, line: int, row: list[str], extra: str) -> Entity:
    values = [_value(v) for v in row]
    _, name, kind, program, title, call_sign, vtype, tonnage, grt, flag, owner, remarks = values
    schema = _SCHEMA.get(kind.lower())
    if schema is None:
        raise SourceError(f"unknown entry type {kind!r}", file=path, line=line, field="SDN_Type")
    if not name:
        raise SourceError("entry without a name", file=path, line=line, field="SDN_Name")
    entity = Entity(dataset, ent, schema)
    entity.add_name(name)
    if schema == "Person" and name.count(",") == 1:
        last, first = name.split(",")
        entity.add("lastName", last)
        entity.add("firstName", first)
    entity.add("program", _programs(program))
    if call_sign:
        entity.add_identifier(Identifier("callSign", call_sign, label="Call Sign"))
    for prop, value in (
        ("title", title),
        ("vesselType", vtype),
        ("tonnage", tonnage),
        ("grossRegisteredTonnage", grt),
        ("owner", owner),
    ):
        if value:
            entity.add(prop, value)
    if flag and flag.lower() != "none identified":
        code = ofac_country(flag)
        entity.add("flag", code)
        if code is None:
            entity.add("notes", f"Vessel flag: {flag}")
    text = remarks + extra
    if text:
        _apply_remarks(entity, text, title)
    return entity


def _apply_remarks(entity: Entity, text: str, title: str) -> None:
    # Part by part: the same as applying parse_remarks()'s merged info, without merging.
    for _raw, info in remark_parts(text, title=title or None):
        if info is None:
            continue
        for alias in info.names:
            entity.add_name(alias.value, alias.kind)
        for prop, values in info.props.items():
            entity.add(prop, values)
        for identifier in info.identifiers:
            entity.add_identifier(identifier)
        for link in info.links:
            entity.add_link(link)
    entity.add("notes", text)


def _add_alias(entity: Entity, path: Path, line: int, row: list[str]) -> None:
    _, _, alt_type, alt_name, alt_remarks = (_value(v) for v in row)
    kind = _ALIAS_KIND.get(alt_type.lower())
    if kind is None:
        raise SourceError(
            f"unknown alias type {alt_type!r}", file=path, line=line, field="alt_type"
        )
    if not alt_name:
        raise SourceError("alias without a name", file=path, line=line, field="alt_name")
    if "low quality" in alt_remarks.lower() or "weak" in alt_remarks.lower():
        kind = "weakAlias"
    entity.add_name(alt_name, kind)
    if alt_remarks:
        entity.add("notes", f"{alt_name}: {alt_remarks}")


def _add_address(entity: Entity, row: list[str]) -> None:
    _, _, street, city, country, remarks = (_value(v) for v in row)
    code = ofac_country(country)
    full = ", ".join(p for p in (street, city, country) if p)
    if full:
        entity.add_address(Address(full, street=street or None, city=city or None, country=code))
    entity.add("country", code)
    if remarks:
        entity.add("notes", remarks)
