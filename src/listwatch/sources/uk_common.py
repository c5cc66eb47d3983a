"""Field conventions shared by the UK lists (OFSI consolidated list, FCDO UK Sanctions List).

Both publish names in six parts (``Name 1``…``Name 5`` given names, ``Name 6`` the surname or the
whole name of an entity or ship), several values in one cell as ``(1) … (2) …``, partial birth
dates as ``00/00/1962`` or ``dd/mm/1962``, and (OFSI) tagged facts inside "Other Information"
such as ``(IMO number):7408873`` or ``(Gender):Male``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from listwatch.errors import SourceError
from listwatch.model import Address, Entity, Identifier, Link
from listwatch.model.countries import country_code
from listwatch.sources.memo import parse_dates
from listwatch.sources.scripts import detect_script

__all__ = [
    "add_address",
    "add_documents",
    "add_name",
    "apply_tagged_facts",
    "numbered",
    "schema_for",
    "uk_dates",
]

_SCHEMATA = {"individual": "Person", "entity": "Organization", "ship": "Vessel"}
_NUMBERED = re.compile(r"\(\d{1,2}\)\s*")
_DMY = re.compile(r"^(\d{2}|dd)[/-](\d{2}|mm)[/-](\d{4})$", re.IGNORECASE)
_TAGS = (
    "UK Sanctions List Ref", "UK Statement of Reasons", "UN Ref", "Gender", "Phone number",
    "Email address", "Website", "Type of entity", "Parent company", "Subsidiaries",
    "Business Reg No", "IMO number", "Current owners", "Flag of ship", "Previous flags",
    "Type of ship", "Tonnage of ship", "Length of ship", "Year built", "Fax",
)  # fmt: skip
_TAG = re.compile(r"\((" + "|".join(re.escape(t) for t in _TAGS) + r")\):")
_UN_REF = re.compile(r"^[A-Z]{2,3}[a-z]\.\d{3}\b")
_UK_REF = re.compile(r"^[A-Z]{3}\d{4}\b")
_REFS = {"UK Sanctions List Ref": _UK_REF, "UN Ref": _UN_REF}
_IDENTIFIER_TAGS = {"Phone number": "phone", "Fax": "phone", "Email address": "email",
                    "Website": "website", "Business Reg No": "registration"}  # fmt: skip


def schema_for(value: str, path: Path, line: int, field: str) -> str:
    """Individual → Person, Entity → Organization, Ship → Vessel; SourceError otherwise."""
    schema = _SCHEMATA.get(value.strip().lower())
    if schema is None:
        raise SourceError(f"unknown entry type {value!r}", file=path, line=line, field=field)
    return schema


def numbered(text: str | None) -> list[str]:
    """``(1) Tunis (2) - (3) Sfax`` → ``["Tunis", "Sfax"]``; a plain value → ``[value]``."""
    return list(_numbered(text)) if text else []


@lru_cache(maxsize=16384)
def _numbered(text: str) -> tuple[str, ...]:
    parts = _NUMBERED.split(text) if _NUMBERED.match(text.strip()) else [text]
    out = [p.strip().rstrip(".;,").strip() for p in parts]
    return tuple(p for p in out if p and p != "-")


def uk_dates(text: str | None) -> list[str]:
    """Dates as the UK lists write them (``00/00/1962``, ``dd/mm/1962``, ``29-06-2012``)."""
    return list(_uk_dates(text)) if text else []


@lru_cache(maxsize=16384)
def _uk_dates(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for part in _numbered(text):
        m = _DMY.match(part)
        if m:
            day, month, year = m.groups()
            day = "" if not day.isdigit() or day == "00" else day
            month = "" if not month.isdigit() or month == "00" else month
            if month and day:
                out.extend(parse_dates(f"{day}/{month}/{year}"))
            elif month:
                out.extend(parse_dates(f"{year}-{month}"))
            else:
                out.extend(parse_dates(year))
        else:
            out.extend(parse_dates(part))
    return tuple(dict.fromkeys(out))


def add_name(entity: Entity, name: str, kind: str, script_label: str | None = None) -> None:
    """Add a name, with its script when it is not Latin."""
    entity.add_name(name, kind, script=detect_script(name, script_label))


def add_address(entity: Entity, lines: Iterable[str], postal: str, country: str) -> None:
    parts = [p for p in lines if p]
    full = ", ".join([*parts, *(p for p in (postal, country) if p)])
    if not full:
        return
    code = country_code(country) if country else None
    entity.add_address(
        Address(full, street=parts[0] if parts else None, postal_code=postal or None, country=code)
    )
    entity.add("country", code)


def add_documents(entity: Entity, scheme: str, numbers: str, details: str) -> None:
    """Identity documents from parallel ``(1) …`` lists of numbers and descriptions."""
    values, notes = numbered(numbers), numbered(details)
    for i, value in enumerate(values):
        note = notes[i] if len(notes) == len(values) else (details or None)
        entity.add_identifier(Identifier(scheme, value, label=note))


def apply_tagged_facts(entity: Entity, text: str) -> None:
    """Structured facts OFSI packs into "Other Information" as ``(Tag):value``."""
    for tag, value in _tagged_facts(text):
        _apply_tag(entity, tag, value)


@lru_cache(maxsize=4096)
def _tagged_facts(text: str) -> tuple[tuple[str, str], ...]:
    """``(tag, value)`` pairs of a text (cached: every row of a designation repeats it)."""
    matches = list(_TAG.finditer(text))
    ends = [m.start() for m in matches[1:]] + [len(text)]
    return tuple(
        (m.group(1), text[m.end() : end].strip()) for m, end in zip(matches, ends, strict=True)
    )


def _apply_tag(entity: Entity, tag: str, value: str) -> None:
    if not value:
        return
    if tag in _REFS:
        if m := _REFS[tag].match(value):
            entity.add_identifier(Identifier("other", m.group(), label=tag))
    elif tag == "Gender":
        entity.add("gender", value.rstrip(".").strip().lower())
    elif tag in _IDENTIFIER_TAGS:
        for item in numbered(value):
            entity.add_identifier(Identifier(_IDENTIFIER_TAGS[tag], item, label=tag))
    elif tag == "IMO number":
        entity.add_identifier(Identifier("imo", value.removeprefix("IMO").strip().rstrip(".")))
    elif tag == "Flag of ship":
        entity.add("flag", country_code(value) or value)
    elif tag == "Type of ship":
        entity.add("vesselType", value)
    elif tag == "Tonnage of ship":
        entity.add("tonnage", value)
    elif tag == "Year built":
        entity.add("buildDate", parse_dates(value) or [value])
    elif tag == "Current owners":
        entity.add("owner", numbered(value))
    elif tag == "Type of entity":
        entity.add("organizationType", value)
    elif tag in ("Parent company", "Subsidiaries"):
        relation = "parent" if tag == "Parent company" else "subsidiary"
        for item in numbered(value):
            entity.add_link(Link(relation, item))
