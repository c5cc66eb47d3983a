"""OFAC ``sdnList`` XML: the format of SDN.XML and CONSOLIDATED.XML.

Root ``sdnList`` (namespace-qualified in current files) holding ``publshInformation``
(``Publish_Date`` MM/DD/YYYY, ``Record_Count``) and one ``sdnEntry`` per designation: ``uid``
(the ent_num of the CSV files), ``lastName``/``firstName``, ``sdnType`` (Individual, Entity,
Vessel, Aircraft), ``title``, ``remarks``, ``programList``, ``akaList`` (``type`` a.k.a./f.k.a./
n.k.a., ``category`` strong/weak), ``idList``, ``addressList``, ``dateOfBirthList``,
``placeOfBirthList``, ``nationalityList``, ``citizenshipList`` and ``vesselInfo``. People are
named ``LAST, First`` as in the CSV files, so both formats give identical names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from lxml import etree

from listwatch.errors import SourceError
from listwatch.model import Address, Entity, Link, country_code
from listwatch.sources.files import open_binary
from listwatch.sources.ofac_details import apply_detail, country_prop
from listwatch.sources.xmlstream import child_text, iter_elements, leading_text, line_of, localname

__all__ = [
    "SCHEMA_OF_TYPE",
    "linked_to",
    "parse_ofac_xml",
    "person_name",
    "published_ofac_xml",
]

#: OFAC entry types (``sdnType``, enhanced ``entityType``) → schema; "Entity" is Organization as
#: in the CSV parser (``ofac_csv``), so every OFAC format gives the same schema.
SCHEMA_OF_TYPE: dict[str, str] = {
    "individual": "Person",
    "entity": "Organization",
    "vessel": "Vessel",
    "aircraft": "Aircraft",
}
_ROOTS = frozenset({"sdnList"})
_ELEMENTS = frozenset({"sdnEntry", "Record_Count"})
_LINKED = re.compile(r"Linked To:\s*([^;]+)")
_ADDRESS_PARTS = ("address1", "address2", "address3", "city", "stateOrProvince", "postalCode")
_VESSEL = {
    "callSign": "Vessel Call Sign",
    "vesselType": "Vessel Type",
    "vesselFlag": "Vessel Flag",
    "vesselOwner": "Vessel Owner",
    "tonnage": "Vessel Tonnage",
    "grossRegisteredTonnage": "Vessel Gross Registered Tonnage",
}


def parse_ofac_xml(path: Path, dataset: str) -> Iterator[Entity]:
    """Stream every ``sdnEntry`` of an OFAC sdnList XML file as an Entity."""
    count = 0
    declared: int | None = None
    with open_binary(path) as fh:
        for elem in iter_elements(fh, path, _ROOTS, _ELEMENTS, "an OFAC sdnList XML file"):
            if localname(elem) == "sdnEntry":
                yield _entry(elem, path, dataset)
                count += 1
            elif elem.text and elem.text.strip().isdigit():
                declared = int(elem.text)
    if count == 0:
        raise SourceError("no sdnEntry in the file", file=path)
    if declared is not None and declared != count:
        raise SourceError(
            f"Record_Count says {declared} entries but the file holds {count}",
            file=path,
            field="Record_Count",
        )


def published_ofac_xml(path: Path) -> date | None:
    """``Publish_Date`` (MM/DD/YYYY) of the file's ``publshInformation``."""
    with open_binary(path) as fh:
        found = leading_text(fh, path, "Publish_Date", before="sdnEntry")
    if found is None:
        return None
    text, line = found
    try:
        return datetime.strptime(text, "%m/%d/%Y").date()
    except ValueError as exc:
        raise SourceError(f"bad date {text!r}", file=path, line=line, field="Publish_Date") from exc


def person_name(last: str | None, first: str | None) -> str | None:
    """``LAST, First`` as OFAC's CSV writes people; whichever part exists otherwise."""
    if last and first:
        return f"{last}, {first}"
    return last or first


def linked_to(entity: Entity, remarks: str) -> None:
    """Turn ``Linked To: NAME`` in remarks into links."""
    for match in _LINKED.finditer(remarks):
        target = match.group(1).strip().rstrip(".").strip()
        while target.endswith(")") and target.count(")") > target.count("("):
            target = target[:-1].rstrip()
        entity.add_link(Link("linkedTo", target))


def _entry(elem: etree._Element, path: Path, dataset: str) -> Entity:
    line = line_of(elem)
    uid = child_text(elem, "uid")
    if not uid:
        raise SourceError("entry without uid", file=path, line=line, field="uid")
    sdn_type = child_text(elem, "sdnType") or ""
    schema = SCHEMA_OF_TYPE.get(sdn_type.lower())
    if schema is None:
        raise SourceError(f"unknown sdnType {sdn_type!r}", file=path, line=line, field="sdnType")
    last, first = child_text(elem, "lastName"), child_text(elem, "firstName")
    entity = Entity(dataset, uid, schema)
    entity.add_name(person_name(last, first) if schema == "Person" else last or first)
    if not entity.names:
        raise SourceError(f"entry {uid} has no name", file=path, line=line, field="lastName")
    if schema == "Person":
        entity.add("lastName", last)
        entity.add("firstName", first)
    entity.add("program", [p.text for p in elem.iterfind("{*}programList/{*}program")])
    entity.add("title", child_text(elem, "title"))
    remarks = child_text(elem, "remarks")
    if remarks:
        entity.add("notes", remarks)
        linked_to(entity, remarks)
    for aka in elem.iterfind("{*}akaList/{*}aka"):
        _aka(entity, aka, path)
    for item in elem.iterfind("{*}idList/{*}id"):
        _identifier(entity, item, path)
    for address in elem.iterfind("{*}addressList/{*}address"):
        _address(entity, address)
    for dob in elem.iterfind("{*}dateOfBirthList/{*}dateOfBirthItem/{*}dateOfBirth"):
        apply_detail(entity, "Birthdate", dob.text or "")
    for pob in elem.iterfind("{*}placeOfBirthList/{*}placeOfBirthItem/{*}placeOfBirth"):
        entity.add("birthPlace", pob.text)
    for nat in elem.iterfind("{*}nationalityList/{*}nationality/{*}country"):
        country_prop(entity, "nationality", nat.text)
    for cit in elem.iterfind("{*}citizenshipList/{*}citizenship/{*}country"):
        country_prop(entity, "citizenship", cit.text)
    vessel = elem.find("{*}vesselInfo")
    if vessel is not None:
        for tag, label in _VESSEL.items():
            apply_detail(entity, label, child_text(vessel, tag) or "")
    return entity


def _aka(entity: Entity, aka: etree._Element, path: Path) -> None:
    last, first = child_text(aka, "lastName"), child_text(aka, "firstName")
    value = person_name(last, first)
    if not value:
        raise SourceError(
            f"alias of entry {entity.native_id} has no name",
            file=path,
            line=line_of(aka),
            field="lastName",
        )
    kind_text = (child_text(aka, "type") or "").lower()
    if (child_text(aka, "category") or "").lower() == "weak":
        kind = "weakAlias"
    elif kind_text.startswith("f.k.a"):
        kind = "previousName"
    else:
        kind = "alias"
    entity.add_name(value, kind)


def _identifier(entity: Entity, item: etree._Element, path: Path) -> None:
    label = child_text(item, "idType")
    number = child_text(item, "idNumber")
    if not label or not number:
        raise SourceError(
            f"id of entry {entity.native_id} lacks a type or number",
            file=path,
            line=line_of(item),
            field="idType" if not label else "idNumber",
        )
    dates = [
        f"{word} {text}"
        for word, tag in (("issued", "issueDate"), ("expires", "expirationDate"))
        if (text := child_text(item, tag))
    ]
    note = "; ".join(dates) or None
    apply_detail(entity, label, number, country=child_text(item, "idCountry"), note=note)


def _address(entity: Entity, elem: etree._Element) -> None:
    parts = {tag: child_text(elem, tag) for tag in (*_ADDRESS_PARTS, "country", "region")}
    country_text = parts["country"]
    region = parts["region"] or parts["stateOrProvince"]
    if country_text and country_text.lower().startswith("region:"):
        region = country_text.partition(":")[2].strip()
    code = country_code(country_text) if country_text else None
    if code is None and region:
        code = country_code(region)
    street = ", ".join(p for t in ("address1", "address2", "address3") if (p := parts[t])) or None
    shown = [parts[t] for t in _ADDRESS_PARTS] + [parts["region"], country_text]
    full = ", ".join(p for p in shown if p)
    if not full:
        return
    entity.add_address(Address(full, street, parts["city"], parts["postalCode"], region, code))
    if code:
        entity.add("country", code)
