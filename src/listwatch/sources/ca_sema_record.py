"""One ``<record>`` of Canada's consolidated autonomous sanctions list → Entity.

Two schemas exist. Current (2021-): ``Country``, ``LastName``, ``GivenName``, ``EntityOrShip``,
``TitleOrShip``, ``ShipIMONumber``, ``DateOfBirthOrShipBuildDate``, ``Aliases``, ``Schedule``,
``Item``, ``DateOfListing``. Older (2020): ``Entity``, ``Title``, ``DateOfBirth`` instead, no
listing date. ``Item`` numbers restart for every regulation and schedule, so the native id joins
them: ``<country slug>.<schedule slug>.<item>`` (``russia.1-part-1.42``; ``russia.42`` when the
record has no schedule).
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from listwatch.errors import SourceError
from listwatch.model import Entity, Identifier, country_code
from listwatch.sources.memo import parse_date, parse_dates
from listwatch.sources.scripts import script_of
from listwatch.sources.xmlstream import child_text, line_of

__all__ = ["DATASET", "entity_from_record", "native_id"]

DATASET = "ca_dfatd_sema_sanctions"
_JVCFOR = "Justice for Victims of Corrupt Foreign Officials"
_ALIAS_SPLIT = re.compile(r"\s*(?:;|,|\s+or\s+)\s*", re.IGNORECASE)
_PERSON_SPLIT = re.compile(r"\s+and\s+")
#: "Belarusian: …", "Russian\xa0: …", "Arabic:…" language labels inside the Aliases text.
_LANG_LABEL = re.compile(r"\b[A-Za-z]+\s*:\s*")
_DATE_SPLIT = re.compile(r"\s+or\s+|;", re.IGNORECASE)
_YEAR_RANGE = re.compile(r"^(\d{4})\s*-\s*(\d{4})$")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _english(country: str) -> str:
    """``Russia / Russie`` → ``Russia`` (the list writes English / French)."""
    return " ".join(country.split(" / ", 1)[0].split())


def native_id(country: str, schedule: str | None, item: str) -> str:
    english = _english(country)
    acronym = re.search(r"\(([A-Z]{3,})\)", english)
    parts = [acronym.group(1).lower() if acronym else _slug(english)]
    if schedule and _slug(schedule):
        parts.append(_slug(schedule))
    parts.append(item)
    return ".".join(parts)


def _regime(entity: Entity, country: str, schedule: str | None) -> None:
    english = _english(country)
    if english.startswith(_JVCFOR):
        entity.add("program", "JVCFOR")
        authority = f"{_JVCFOR} Regulations"
    else:
        entity.add("program", f"SEMA {english}")
        authority = f"Special Economic Measures ({english}) Regulations"
        entity.add("country", country_code(english))
    if schedule:
        where = f"Schedule {schedule}" if schedule[0].isdigit() else schedule
        authority = f"{authority}, {where}"
    entity.add("authority", authority)


def _dates(text: str) -> list[str]:
    out: list[str] = []
    for part in _DATE_SPLIT.split(text):
        part = part.strip()
        if match := _YEAR_RANGE.match(part):
            out.append(f"{match.group(1)}/{match.group(2)}")
        else:
            out.extend(parse_dates(part))
    return out


def _aliases(entity: Entity, text: str | None) -> None:
    if not text:
        return
    text = _LANG_LABEL.sub(";", text)
    if entity.schema == "Person":
        text = _PERSON_SPLIT.sub(";", text)
    for piece in _ALIAS_SPLIT.split(text):
        value = piece.strip(" ()")
        if len(value) < 2:
            continue
        # A lone word ("Givi", "PASHENKO") is a fragment of a person's name: weak.
        weak = entity.schema == "Person" and len(value.split()) == 1
        entity.add_name(value, "weakAlias" if weak else "alias", script=script_of(value))


def entity_from_record(record: etree._Element, path: Path) -> Entity:
    """Build the Entity of one ``<record>``; SourceError when it has no usable id or name."""
    line = line_of(record)
    country = child_text(record, "Country")
    item = child_text(record, "Item")
    if not country:
        raise SourceError("record has no Country", file=path, line=line, field="Country")
    if not item:
        raise SourceError("record has no Item number", file=path, line=line, field="Item")
    schedule = child_text(record, "Schedule")
    if schedule and schedule.upper() in {"N/A", "NA", "-"}:
        schedule = None
    last, given = child_text(record, "LastName"), child_text(record, "GivenName")
    org = child_text(record, "EntityOrShip") or child_text(record, "Entity")
    title = child_text(record, "TitleOrShip") or child_text(record, "Title")
    imo = child_text(record, "ShipIMONumber")
    born = child_text(record, "DateOfBirthOrShipBuildDate") or child_text(record, "DateOfBirth")
    if last or given:
        schema = "Person"
    elif org and (imo or child_text(record, "TitleOrShip")):
        schema = "Vessel"
    elif org:
        schema = "Organization"
    else:
        raise SourceError("record has no name", file=path, line=line, field="LastName")
    entity = Entity(DATASET, native_id(country, schedule, item), schema)
    if schema == "Person":
        entity.add_name(" ".join(p for p in (given, last) if p), "name")
        entity.add("firstName", given)
        entity.add("lastName", last)
        entity.add("title", title)
    else:
        entity.add_name(org, "name", script=script_of(org))
    _aliases(entity, child_text(record, "Aliases"))
    if schema == "Vessel":
        entity.add("vesselType", title)
        if imo:
            entity.add_identifier(Identifier("imo", imo, label="IMO"))
    if born:
        dates = _dates(born)
        entity.add("buildDate" if schema == "Vessel" else "birthDate", dates)
        if not dates:
            entity.add("notes", f"Date of birth or build: {born}")
    _regime(entity, country, schedule)
    entity.add("listingDate", parse_date(child_text(record, "DateOfListing")))
    return entity
